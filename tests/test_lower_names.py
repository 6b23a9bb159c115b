"""Surnames and nicknames in lower case where the sentence says a person stands
(:mod:`werkbord.privacy.lower_names`). Examples are made up for these tests; they are not the
development or frozen sets' notes."""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.lexicon import first_names, opentaal_words, surnames
from werkbord.privacy.lower_names import lower_surnames
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))
needs_words = pytest.mark.skipif(not LEX.words, reason="needs OpenTaal's word list")


def found(text: str, persons: list[tuple[int, int]] = ()) -> list[str]:
    return [text[f.start : f.end] for f in lower_surnames(text, persons, LEX, surnames())]


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mw. bouhlal wil haar dochter laten overkomen.", ["bouhlal"]),
        ("gesprek met dhr. verkerk-ozturk over de schulden", ["verkerk-ozturk"]),
        ("brief van mr. op den brink ontvangen", ["op den brink"]),
        ("vraag van dr. kroon. Ze belt morgen.", ["kroon"]),  # a surname that is a word, then a full stop
        ("meneer bakker belde om 9 uur", ["bakker"]),
        ("Mw. sloot zich op in de badkamer.", []),  # a verb
        ("Mw. sliep drie nachten niet.", []),
        ("Mw. geeft aan dat het slecht gaat.", []),
        ("Dhr. ervaart veel spanning.", []),
        ("Mw. wil niet meer naar de dagbesteding.", []),
        ("Mw. de rol kwijt, apotheek gebeld.", []),
        ("dhr. van streek door het bericht", []),  # upset, no surname  # a word after a particle, no surname there
        ("Kindgegevens: daan bakker, geb. 2014.", ["daan", "bakker"]),  # a first name, then a surname
        ("student uit Athene, eleni vourlaki, studeert hier", ["eleni", "vourlaki"]),
        ("op de foto met zwart-wit filter", []),  # two words, no name
        ("mevrouw van de berkel is tweeëntachtig", ["van de berkel"]),  # deduce lists no "van de ..."
        ("dokter van gelder kwam om elf uur", ["van gelder"]),
        ("overleg met dokter van beers over de somatiek", ["van beers"]),  # a listed surname that is a word
        ("meneer van de thuiszorg belde om negen uur", []),  # a kind of organisation
        ("mevrouw is van slag.", []),  # an idiom
        ("met mw. de rol op zondag extra checken", []),  # her medicine roll
        ("heb met collega verschuren van de FACT gebeld", ["verschuren"]),  # a surname after a role
        ("buurvrouw tjoe-a-on kijkt elke ochtend", []),  # three parts: not this rule's shape
        ("partij: ouders\nmicro-actie: ouders uitnodigen", []),  # a form's label on the next line
        ("26 jaar bij dezelfde werkgever gewerkt, daarna thuis", []),  # a participle after a role
        ("plan met de jongere en moeder opgesteld.", []),
        ("de kleinzoon heet sem en komt op woensdag", ["sem"]),  # where someone is named
        ("jobcoach bij de sociale dienst, naam: ilona", ["ilona"]),
        ("ze wil roos genoemd worden", ["roos"]),
        ("het water is heet en de thee ook", []),
        ("de cursus heet mindfulness", []),
        ("zij gingen met anna de stad in", []),  # "stad" is no surname
        ("dochtertje heeft, lieke , 6 jr, bij haar vader", ["lieke"]),  # a space before the comma
        # a first name that is no word, then a surname with particles that is a word, as dictated
        ("het gaat om mirthe de haan die is ongeveer dertig", ["mirthe", "de haan"]),
        ("verwijzing voor joost van der kok zevenentwintig jaar uit Epe", ["joost", "van der kok"]),
        ("omdat mirthe de kat in huis haalt", []),  # a clause: a preposition follows, no name's place
        ("zij kent de haan die daar kraait", []),  # a verb, no first name
        # where a family is, after one particle that is also a preposition; a title's own particle stays a name
        ("naasten (familie op afstand) bellen weinig", []),
        ("fam. in nood, buurvrouw belt", []),
        ("familie op den akker belt morgen", ["op den akker"]),
        ("mw. te velde belde", ["te velde"]),
    ],
)
def test_lower_case_surnames_by_their_frame(text, expected):
    assert found(text) == expected


@needs_words
def test_a_surname_after_a_person_already_found():
    text = "Wijkverpleegkundige Marieke janssens komt dinsdag"
    s = text.index("Marieke")
    assert found(text, [(s, s + len("Marieke"))]) == ["janssens"]
    text = "verloskundige [PERSOON-1] de groot belde"
    assert found(text, [(14, 25)]) == ["de groot"]
    text = "[PERSOON-1] in tilburg gebeld"  # "in" says where, not whose son
    assert found(text, [(0, 11)]) == []


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op de groep noemen ze hem 'tijger'.", ["tijger"]),
        ("zijn bijnaam is 'de snoek', al jaren", ["de snoek"]),
        ("haar vriend, door iedereen 'knoet' genoemd, belde", ["knoet"]),
        ("Ze noemt het 'gezellig' maar het is zwaar.", []),
        ("Hij noemt zichzelf 'dom'.", []),
        ('ze noemt het vaak "rustig" daar', []),
        ("ze zegt 'prima' en loopt weg", []),
        ("wil voortaan 'hij' genoemd worden", []),  # a pronoun
    ],
)
def test_lower_case_nicknames_where_someone_is_named(text, expected):
    assert found(text) == expected


@needs_deduce
def test_the_scrubber_replaces_them():
    scrubber = Scrubber([])
    assert scrubber.scrub("Mw. bouhlal belde").text == "Mw. [PERSOON-1] belde"
    assert "vourlaki" not in scrubber.scrub("student eleni vourlaki, 22").text
    assert scrubber.scrub("Mw. sliep slecht.").text == "Mw. sliep slecht."
    # an adverb that deduce's whitelist knows is no name after "pt."
    assert scrubber.scrub("In de Ramadan slaapt pt. anders; de imam ook").text.endswith("pt. anders; de imam ook")


def initials_found(text: str, persons: list[tuple[int, int]] = ()) -> list[str]:
    from werkbord.privacy.lower_names import lower_initials

    return [text[f.start : f.end] for f in lower_initials(text, persons, LEX)]


def _before(text: str, surname: str) -> list[tuple[int, int]]:
    s = text.index(surname)
    return [(s, s + len(surname))]


@needs_words
@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    [
        ("Afdelingsarts drs. th.w. Kolkman vroeg de spiegel aan", "Kolkman", ["th.w."]),
        ("op naam van g. Brinkman, haar ex", "Brinkman", ["g."]),
        ("waarnemer pjm Schoute belde om drie uur", "Schoute", ["pjm"]),
        ("mr. ca Teulings (advocaat) belde", "Teulings", ["ca"]),  # a vowel: only after a title
        ("gesprek met Teulings en de Bruin", "Teulings", []),
        ("ma Teulings belde", "Teulings", []),  # no title before: mother
        ("overleg met dr. Teulings", "Teulings", []),  # a title is no initial
        ("start quetiapine 50 mg Teulings", "Teulings", []),  # a unit after a number
        ("afspraak met dr ö. Kolkman verzet", "Kolkman", ["ö."]),  # an accented letter
        ("gesprek met ç. Brinkman over de huur", "Brinkman", ["ç."]),
        ("ouders: a-j Schoute en zijn vrouw", "Schoute", ["a-j"]),  # a double first name's letters
        ("besproken met é Teulings", "Teulings", []),  # one letter without a dot: a word ("é")
    ],
)
def test_lower_case_initials_before_a_surname(text, surname, expected):
    assert initials_found(text, _before(text, surname)) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kv werkt sinds maart bij de bakker", ["kv"]),
        ("Nachtdienst rustig. pb belde om 3 uur.", ["pb"]),
        ("dw, 41, opnieuw aangemeld", ["dw"]),
        ("k. (zus, wil anoniem blijven) belt vanuit Delft", ["k."]),  # a role in brackets after it
        ("z.s.m. (spoed) bellen", []),  # an abbreviation is no initial
        ("cgt werkt goed in de groep", []),  # an abbreviation of a method (on the list)
        ("cl heeft nu 3 wk niet gedronken", []),  # a person word
        ("pt was rustig, at mee", []),
        ("ok belde niemand", []),  # a vowel
        ("Nachtdienst rustig. Pb belde om 3 uur.", ["Pb"]),  # capitalised as a sentence opens
        ("Rw werkt sinds maart bij de bakker", ["Rw"]),
        ("Dhr belde gisteren, Mw ook", []),  # a title
        ("Sv speelt zaterdag thuis", []),  # a club's prefix
        ("Wlz is aangevraagd", []),  # an abbreviation
    ],
)
def test_lower_case_initials_opening_a_sentence(text, expected):
    assert initials_found(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a word, after a role word or a title where a name's place follows
        ("broer sem belde om acht uur", ["sem"]),
        ("thuiszorg, vaste zuster gerdien.", ["gerdien"]),
        ("woonbegeleider merel, RIBW, komt dinsdag", ["merel"]),
        ("psychiater in opleiding dr. lente zag pt.", ["lente"]),
        ("taalcoach iris → B", ["iris"]),
        ("zus wil niet meer komen", []),  # a verb
        ("buurman max. twee keer per week", []),  # an abbreviation
        # ... or before an age or a role in brackets
        ("storm (stiefvader) wil ook komen", ["storm"]),
        ("roos (16) werd doorverwezen", ["roos"]),
        ("lotus, 47, rijdt vrachtwagen", ["lotus"]),
        ("koffie (2x) gedronken", []),
        ("groep (10) was rustig", []),
        ("lente (ja echt) kwam vroeg", []),  # no role in the brackets
        ("Wil, 49, mantelzorger voor haar moeder", ["Wil"]),  # capitalised, a verb is a name here
        ("Ben (net 14) weegt 41 kg", ["Ben"]),
        ("Ik wil, 2 keer, bellen", []),
        ("Roemeense zus (Ben) komt over", ["Ben"]),  # alone in brackets after a role word
        ("vader (spv) belde", []),
    ],
)
def test_first_names_that_are_words_where_a_person_stands(text, expected):
    assert found(text) == expected


@needs_deduce
def test_initials_opening_a_note_before_an_age_in_years():
    out = Scrubber([], progress=lambda m: None).scrub("hv, 52 jaar, woont alleen in een flat").text
    assert not out.startswith("hv")


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, two or three letters in lower case, a bracket: a short surname or initials, also a word
        ("Gesprek met mw. pot (zie verwijsbrief) over de nachten.", ["pot"]),
        ("dhr. kw (initialen in het dossier) belde", ["kw"]),
        ("Mevrouw uy (rond de 50) komt op dinsdag.", ["uy"]),
        # a short word of the sentence there is none
        ("Mw. had (volgens haar dochter) niet gegeten.", []),
        ("Dhr. nu (na de opname) rustiger.", []),
        ("Mw. eet (sinds kort) weer zelf.", []),
    ],
)
def test_short_letters_after_a_title_before_a_bracket(text, expected):
    assert found(text) == expected
