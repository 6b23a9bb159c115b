"""Organisations named with ordinary words, also in lower case, read by the words around them
(:mod:`werkbord.privacy.word_organisations`). Examples are made up for these tests; they are not
the development or frozen sets' notes."""

from __future__ import annotations

import pytest

from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.word_organisations import listed_in_lower_case, organisation_frames, word_organisations
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))
needs_lists = pytest.mark.skipif(not LEX.words, reason="needs OpenTaal's word list")


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in word_organisations(text, LEX)]


@needs_lists
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind, a lower-case article, a capital: "apotheek de Vlier"
        ("Recept ligt bij apotheek de Vlier klaar.", ["Vlier"]),
        ("Ze zingt in koor het Anker, elke donderdag.", ["Anker"]),
        ("zoon traint bij zwemclub de Dolfijn in het weekend", ["Dolfijn"]),
        # a bare kind, an article, a word in lower case: apposition names it
        ("medicijnen ophalen bij apotheek de vlier, vrijdag", ["vlier"]),
        ("dagbesteding op zorgboerderij de klaproos -> B", ["klaproos"]),
        ("opa woont in verpleeghuis het anker sinds de val", ["anker"]),
        ("kerk de ark helpt met boodschappen", ["ark"]),
        ("ze sport bij zwemclub de dolfijn.", ["dolfijn"]),
        ("haalt medicatie bij apotheek de oude linde", ["oude linde"]),
        # a kind with its article: only where the name ends the phrase
        ("moeder gaat naar de kerk de morgenster.", ["morgenster"]),
        ("haalt bij de apotheek de medicijnen op", []),  # an object
        ("bij de apotheek de uitslag gekregen", []),
        ("na de kerk de hele middag geslapen", []),
        ("op school de mentor gesproken", []),
        ("de school de laatste tijd vaak gemist", []),
        ("via de praktijk de kinderen aangemeld", []),
        # a kind, then a word no word list knows: its name
        ("jongens hangen bij snackbar frietpaleis in de wijk", ["frietpaleis"]),
        ("werkt in de loods van transportbedrijf verdonk te zwolle", ["verdonk"]),
        ("kerk herkent het patroon", []),  # a verb after the kind
        ("de gesprekken bij de kliniek duurden te lang", []),  # a verb in the past plural
        ("Afspraken via de Zorgverzekeraar duurden te lang", []),
        # an adverb or an order after a kind is no name (issue #22's twelfth session)
        ("Na ontslag geen thuiszorg daarna, wel de wijkverpleging.", []),
        ("voor hen is de moskee het eerste aanspreekpunt, niet de POH", []),
        ("voor hen is de moskee het anker, niet de POH", ["anker"]),  # a word that names one still goes
        ("winkel gesloten wegens ziekte", []),
        # a name no word list knows before its kind: "de sint-gerardus kerk", "het esvelt college"
        ("ze gaat naar de sint-gerardus kerk in het dorp", ["sint-gerardus"]),
        ("dochter zit op het esvelt college, 2e klas", ["esvelt"]),
        ("vader bidt in de al noor moskee", ["al noor"]),
        ("de katholieke kerk helpt", []),  # an adjective
        ("naar de grote kerk", []),
        # work: a word in lower case where someone works, then where it is or as what
        ("broer werkt bij kompas in deventer, nachtdienst", ["kompas"]),
        ("dhr werkt bij de anker als vrijwilliger", ["anker"]),
        ("zij werkte jaren bij prima in de kantine", ["prima"]),
        ("werkt bij de gemeente in tiel", []),  # a public body
        ("EMDR werkt bij trauma in veel gevallen", []),  # a treatment works for a disorder
        ("werkt bij haar moeder in de winkel", []),
        ("werkt bij de bakker in oss", []),  # a kind of business
        ("Vader werkte 30 jaar bij VDL, nu met pensioen.", ["VDL"]),  # capitals where someone works
        ("Zus werkt bij de GGD als verpleegkundige.", []),  # a public body
        ("CGT werkt voor PTSS in de meeste studies", []),
        ("hij werkt goed mee bij EMDR, na 3 sessies rustiger", []),
        # a name glued to what it has or runs: "Zandloper-pakketten", "de Kiezel-bus", "TKV-jongerengroep"
        ("Elke dag komen er Zandloper-pakketten binnen.", ["Zandloper"]),
        ("hij rijdt op de Kiezel-bus door de wijk", ["Kiezel"]),
        ("ze gaat naar de TKV-winkel op vrijdag", ["TKV"]),
        ("volgend blok de Mindfulness-groep", []),  # a method's group
        # a surname or a word no list knows before a trade, in lower case: a firm
        ("hij werkt bij verhoeven installaties in de buitendienst", ["verhoeven installaties"]),
        ("eigen bedrijf, van der lugt transport, loopt slecht", ["van der lugt transport"]),
        ("ze kiest voor de bouw of de logistiek", []),
        # where a child goes to school: "zit op de vlinder in Hengelo", "zit op het anker, groep 6"
        ("dochter zit op de vlinder in Hengelo, gaat goed", ["vlinder"]),
        ("zoon zit op het anker, groep 6", ["anker"]),
        ("hij zit op de bank in de woonkamer", []),
        ("zit op de fiets naar huis", []),
        ("goede schoonmaak is belangrijk", []),
        ("na de Kerst-pakketten was het rustig", []),  # a feast
        ("de PAAZ-afdeling belde", []),  # a care abbreviation
        ("Zandloper-pakketten stapelen zich op", []),  # opening a note: its capital says nothing
        ("oom gerrit werkt bij fortuna in meppel", ["fortuna"]),  # a person a few words before
        ("neef werkt sinds kort via een uitzendbureau bij plukker in het magazijn", ["plukker"]),
        ("dagbesteding bij t wilgenhof gaat goed", ["wilgenhof"]),
        ("dagbesteding bij de bakker gaat goed", []),
        ("vrijwilligerswerk bij de kringloop op maandag", []),  # a kind of place
        # a kind or an owner, then a word no word list knows: "woongroep van lindora", "werkgever trivano"
        ("ze woont in een woongroep van lindora in assen", ["lindora"]),
        ("zijn werkgever trivano belt hem elke dag", ["trivano"]),
        ("afdeling van cardiologie belde", []),
        ("ze heeft een nieuwe jobcoach bij trevanto, naam volgt", ["trevanto"]),  # a role "bij" a word no list knows
        ("de begeleider bij haar thuis", []),
        # a kind or a role, a comma and a capital in brackets: whom someone works for
        ("Wijkverpleegkundige Anja (thuiszorg, Zonnedauw) belde", ["Zonnedauw"]),
        ("Oom (werkgever, Kiezelsteen Bouw) weet het", ["Kiezelsteen Bouw"]),
        ("Buurvrouw (moeder, Anja) komt vaak", []),  # a person's name
        ("Pt. (huisarts, Utrechtse) belt", []),
        # a kind without an article, then a capital: "kledingbank Overvloed", "vissersboot Zeemeeuw"
        ("ze haalt kleren bij kledingbank Overvloed in de stad", ["Overvloed"]),
        ("naar de zitbank Engels leren", []),  # a language, no name
        ("bij drukkerij de pers hij is ontslagen", ["pers"]),  # dictation: a new clause after the name
        ("Hij wil werken bij de kringloop Zandkorrel, twee ochtenden.", ["Zandkorrel"]),
        ("Jongerenwerk Kompasroos ziet hem elke vrijdag.", ["Kompasroos"]),
        ("zorgkantoor RTZ wil een nieuwe indicatie", ["RTZ"]),  # letters no list knows after a kind
        ("crisisdienst GGZ belde terug", []),  # a care abbreviation
        # a job or a resident "van" an organisation named with a word: "bewoner van Lindehof"
        ("Bewoner van Zonnedauw belde de wijkagent.", ["Zonnedauw"]),
        ("gesprek met de begeleider van Kiezelsteen over de huur", ["Kiezelsteen"]),
        ("Moeder van Roos belde.", []),  # family: a person
        # what the name is, said after it: "de vonk, een inloophuis", "het anker (buurthuis)"
        ("ze gaat naar de zandloper, een inloophuis in de wijk", ["zandloper"]),
        ("hij eet bij het anker (buurthuis) op dinsdag", ["anker"]),
        ("ze gaat naar de Zandloper, een kringloop aan de rand", ["Zandloper"]),
        ("ze werkt aan de overdracht, een lastig traject", []),
        ("daar is de markt, de moskee en de kapper", []),  # a list
        ("lotgenotengroep rouwverwerking: zes avonden", []),  # a group's topic
        # a bare kind, then a noun in lower case: its name ("stichting wegwijzer in", "hogeschool kiezel,")
        ("Ze is vrijwilliger bij stichting wegwijzer in het dorp", ["wegwijzer"]),
        ("studeert aan hogeschool kiezel, tweede jaar", ["kiezel"]),
        ("school morgen dicht wegens staking", []),  # a time
        ("afdeling rustig, geen incidenten", []),  # an adjective
        ("praktijk weg, dus geen afspraak", []),
        ("de coach van Bakker zegt", []),  # a surname
    ],
)
def test_organisations_named_with_words(text, expected):
    assert found(text) == expected


@needs_lists
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed name no word list knows, in lower case wherever it stands (data/*.txt)
        ("verwijzing triversum loopt nog", ["triversum"]),
        ("tactus en emergis weten niet van elkaar", ["tactus", "emergis"]),
        ("schuldhulpmaatje koppelen", []),  # a listed name made of words is a service in lower case
        ("aanmelding bij ggz breburg staat", ["ggz breburg"]),  # several words, one no word
        ("schuld bij vattenfall van 800 euro", ["vattenfall"]),
        ("ze kocht een jumbo pak koffie", []),  # a listed name that is also a word
        ("Verwijzing Triversum loopt", []),  # with a capital: organisations.py's
    ],
)
def test_listed_names_in_lower_case(text, expected):
    assert [text[f.start : f.end] for f in listed_in_lower_case(text, LEX)] == expected


@needs_lists
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hangt rond bij het vlot in [LOCATIE-1], zegt zijn zus", []),  # a kind of place as often
        ("zus werkt bij de gemeentelijke reiniging", []),  # an adjective
        ("ze werkte jaren bij de zandloper", ["zandloper"]),  # where someone works, nothing after
        ("kennismaken met de dagbesteding van zonnedauw", ["zonnedauw"]),  # a kind "van" a word
        ("ze gaat met de trein in [LOCATIE-1] naar huis", []),  # a means of transport
        ("werkt bij de gemeente", []),
        ("de opvang van kinderen regelen", []),  # whom the kind is for
    ],
)
def test_frames_that_only_flag(text, expected):
    assert [text[s:e] for s, e in organisation_frames(text, LEX)] == expected


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_the_review_step_shows_a_word_in_such_a_frame():
    from werkbord.privacy.suspects import find_suspects

    texts = [s.text for s in find_suspects("kennismaken met de dagbesteding van zonnedauw")]
    assert "zonnedauw" in texts


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_the_scrubber_replaces_them():
    scrubber = Scrubber(["huisarts", "apotheek"])
    for note, name in [
        ("recept klaargezet bij apotheek de vlier, ophalen vrijdag", "vlier"),
        ("zus werkt bij kompas in deventer, nachtdienst", "kompas"),
        ("Zoon traint bij zwemclub de Dolfijn.", "Dolfijn"),
    ]:
        out = scrubber.scrub(note).text
        assert name not in out.split() and "[INSTELLING-" in out, out
    kept = "haalt bij de apotheek de medicijnen op"
    assert scrubber.scrub(kept).text == kept
