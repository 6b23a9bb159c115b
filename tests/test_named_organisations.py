"""Organisations named with ordinary words or surnames, found by the words around them
(:mod:`werkbord.privacy.named_organisations`). Examples are made up for these tests; they are
not the development or frozen sets' notes."""

from __future__ import annotations

import re

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.named_organisations import named_organisations
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))
needs_words = pytest.mark.skipif(not LEX.words, reason="needs OpenTaal's word list")


def names(text: str, people: list[tuple[int, int]] = ()) -> list[str]:
    return [text[f.start : f.end] for f in named_organisations(text, LEX, people)]


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij werkt bij hoveniersbedrijf Tuinrijk, vier dagen", ["Tuinrijk"]),
        ("elke zondag naar de Pinksterkerk Stromend Water", ["Stromend Water"]),
        ("Activiteitencentrum Meedoen geeft hem structuur", ["Meedoen"]),
        ("ze werkt voor Thuiszorg Zonnepunt als helpende", ["Zonnepunt"]),
        ("doorverwezen naar crisisdienst Vlinderslag", ["Vlinderslag"]),
        ("opgevangen op de SEH Kompasroos", ["Kompasroos"]),
        ("de hond zit in dierenpension 'De Blaffer'", ["De Blaffer"]),
        ("hij zit in een verband met anderen", []),  # no kind of place, no capital
        ("ze gaat naar de kerk, de Pinksterkerk", []),  # a kind, then no name
        ("de zorgboerderij Maandag gesloten", []),  # a day
        ("de dochter gaat naar opvang Klaverblad", ["Klaverblad"]),  # a bare kind no other rule knows
        ("hij was lid van scouting Kiekendief", ["Kiekendief"]),
        ("elke zondag in de Hersteld Hervormde gemeente Bethanië", ["Bethanië"]),
        # housing corporations, insurers, bands, cooperatives, clubs and youth care by their kind
        ("de sleutel komt van wooncorporatie Zeepaard, maandag", ["Zeepaard"]),
        ("de zorgverzekeraar Klaverweide vergoedt het niet", ["Klaverweide"]),
        ("hij blaast hoorn bij harmonie Eendracht Maakt Macht", ["Eendracht Maakt Macht"]),
        ("coöperatie Graanschuur stuurde een aanmaning", ["Graanschuur"]),
        ("elke dinsdag naar de soos Dobbelsteen", ["Dobbelsteen"]),
        ("jeugd-ggz Vuurvlieg ziet haar eens per week", ["Vuurvlieg"]),
    ],
)
def test_capitals_after_a_compound_that_names_a_kind_of_business_or_unit(text, expected):
    assert names(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dagbesteding bij de Kiezelsteen op woensdag", ["Kiezelsteen"]),
        ("opgenomen op de gesloten afdeling van het Zandloper", ["Zandloper"]),
        ("de huurachterstand bij de Molenwiek loopt op", ["Molenwiek"]),
        ("ze woont sinds mei in de Vlonder, beschermd wonen", ["Vlonder"]),
        ("hij wordt begeleid door Vuurtoren, twee uur per week", ["Vuurtoren"]),
        ("hij werkt bij Zandloper in de nachtdienst", ["Zandloper"]),
        ("ze lag een week in het Ravelstein, daarna thuis", ["Ravelstein"]),  # no word at all
        # an adjective before a noun, or before a kind with a capital, is no name
        ("ze eet alleen van de Syrische winkel om de hoek", []),
        ("lid van de Hersteld Hervormde Gemeente, ouderling komt", []),
        # kinds, roles, times and public bodies with a capital for weight stay
        ("ze werkt bij de Kinderopvang en bij de Gemeente", []),
        ("aangevraagd via de Officier van Justitie", []),
        ("crisis vaak in het Weekend, als alles dicht is", []),
        ("aanmelding bij de Herstelacademie liep vast", []),
        ("gemist door Personeelstekort en Wachtlijsten", []),  # a list of capitalised nouns
        ("via Teams besproken met de moeder", []),  # "via" without an article: a channel
        ("Goede Samenwerking Met De Buurman En De Kiezelsteen", []),  # a note in title case
    ],
)
def test_a_capitalised_ordinary_word_after_a_preposition_inside_a_sentence(text, expected):
    assert names(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij lag twee weken in de HIC van Zandloper, daarna naar huis", ["Zandloper"]),
        ("ze woont in een huurwoning van Keerpunt aan de rand", ["Keerpunt"]),
        ("de psychiater van Korenbloem belde terug", ["Korenbloem"]),
        ("gesprek met mevrouw van Dijk over haar zoon", []),  # a surname's particle after a title
        ("veel last van Angst en Somberheid", []),  # a list of capitalised nouns
        ("de huisarts van Gemeente en Wijkteam", []),
    ],
)
def test_a_capital_after_van_names_whose_thing_or_person_it_is(text, expected):
    assert names(text) == expected


@needs_words
def test_a_name_in_brackets_after_a_person_is_whom_they_work_for():
    for text, expected in (
        ("overleg met de mentor, Jan (Het Spoor), over zijn dagritme", ["Het Spoor"]),
        ("de begeleider van haar, Piet (Houtsnip), belde vanochtend", ["Houtsnip"]),
        ("haar vriendin Els (Maandag vrij) komt later", []),  # a day in brackets is no employer
        ("overleg met de mentor (Het Spoor) over het dagritme", []),  # no person before the bracket
    ):
        name = re.search(r"Jan|Piet|Els", text)
        people = [name.span()] if "(Het Spoor) over het" not in text else []
        assert names(text, people) == expected, text


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij rijdt voor Kok Transport, ploegendienst", ["Kok Transport"]),  # a trade after any capital
        ("ze werkt bij Groen Hoveniers", ["Groen Hoveniers"]),
        ("vader werkt bij Pijpers B.V. in de werkplaats", ["Pijpers B.V."]),
        ("contract bij Van der Pijpers Metaal verlengd", ["Van der Pijpers Metaal"]),
        ("huurachterstand bij Ravelingen Wonen", ["Ravelingen Wonen"]),  # no word: a name
        ("van Beschermd Wonen naar zelfstandig wonen", []),  # a kind of care, not a firm
        ("samen met Maatschappelijk Werk en de huisarts", []),
        ("deurwaarder Hekkel & Partners stuurde een brief", ["Hekkel & Partners"]),  # owners and partners
        ("hij werkt bij Van Dommel & Zonen in de bouw", ["Van Dommel & Zonen"]),
        ("werkt via Libel Flex in de kassen", ["Libel Flex"]),  # an employment agency
        ("Partij: Uitzendbureau Libel Flex", ["Libel Flex"]),  # the kind before it stays
        ("Zorg & Partners vergadert morgen", []),  # a kind, no owner
        ("gesprek over Rust & Ruimte, het programma", []),
    ],
)
def test_capitals_before_a_legal_form_or_a_trade(text, expected):
    assert names(text) == expected


@needs_deduce
def test_the_organisations_are_replaced_in_the_pipeline():
    scrubber = Scrubber(["huisarts", "wijkteam"], progress=lambda m: None)
    out = scrubber.scrub("Ze is vrijwilliger bij de Kiezelsteen en werkt bij hoveniersbedrijf Tuinrijk.").text
    assert "Kiezelsteen" not in out and "Tuinrijk" not in out, out
    assert re.search(r"\[INSTELLING-\d\]", out), out
    for clean in ("Ze werkt bij de Kinderopvang en gaat naar de kerk.", "Vader werkt in de Bouw, ploegendienst."):
        assert scrubber.scrub(clean).text == clean  # a sector or a kind where someone works
    out = scrubber.scrub("Vader werkt bij de Kolibrie, ploegendienst.").text
    assert "Kolibrie" not in out, out


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Vuurvlieg -> B; ouderling -> A", ["De Vuurvlieg"]),  # a network entry with its ring
        ("buurvrouw -> A\nHet Lichtschip (C)", ["Het Lichtschip"]),
        ("De Huisarts -> A", []),  # a role, capitalised
        ("jeugdbeschermer van KVRT wil het plan zien", ["KVRT"]),  # a role's organisation in capitals
        ("de psychiater van de PAAZ belde", []),  # a care unit everyone has
        ("schulden lopen via Bewindvoering Zonnekant", ["Zonnekant"]),
        ("bewind via Keurig Bewind sinds maart", ["Keurig Bewind"]),
        ("hij wordt gebracht door Taxi Vlug, elke ochtend", ["Vlug"]),
        ("met de Regiotaxi naar de dagbesteding", []),  # a kind of transport, capitalised
    ],
)
def test_network_entries_roles_organisations_and_money_matters(text, expected):
    assert names(text) == expected


@needs_words
def test_a_listed_name_in_lower_case_or_before_a_ring():
    from werkbord.privacy.lexicon import shared_lexicon
    from werkbord.privacy.organisations import organisations

    lex = shared_lexicon()

    def listed(text: str) -> list[str]:
        return [text[f.start : f.end] for f in organisations(text, lex)]

    assert listed("weer aan t werk bij de hema, 3 ochtenden") == ["hema"]  # dictated, in lower case
    assert listed("belde vanuit het ziekenhuis (mst) met een gebroken pols") == ["mst"]
    assert listed("hema en koffie, dat was het ontbijt") == []  # no organisation's place
    assert listed("zoon -> B; Buurtzorg -> A") == ["Buurtzorg"]  # a listed word before its ring
    assert listed("Buurtzorg is een mooi model") == []  # a word opening a sentence stays


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Wilgenhof (pinkstergemeente) is haar steun", ["De Wilgenhof"]),  # a name, then its kind
        ("Lichtschip (genderzorg) neemt het over", ["Lichtschip"]),
        ("gesprek op het werk (Zonnedauw, klantenservice)", ["Zonnedauw"]),  # where one works, in brackets
        ("Kerk (pinkstergemeente) is belangrijk", []),  # a kind, then its kind
        ("Lichtschip Zeemeeuw -> B", ["Lichtschip Zeemeeuw"]),  # two capitals and a ring
        ("Tante Els -> A", []),  # a role and a name: the role rules'
        ("Zorgbemiddelaar Zilverdal -> B", []),  # a role opening the entry
        ("hij werkt bij glazenwasserij Helder Zicht", ["Helder Zicht"]),  # a trade's workshop
        ("ze knipt bij kapper Knipoog op zaterdag", ["Knipoog"]),
        # "Gurdwara" (a Sikh temple, data/world_words.txt) is a kind, as "moskee" is: its name goes
        ("elke vrijdag naar de Sikh-tempel (Gurdwara Nanak Huis)", ["Nanak Huis"]),
    ],
)
def test_a_name_before_its_kind_a_ring_entry_and_trades(text, expected):
    assert names(text) == expected


@needs_deduce
def test_a_word_naming_a_hospital_after_in_het_is_no_place_read_as_a_common_noun():
    scrubber = Scrubber(["huisarts"], progress=lambda m: None)
    out = scrubber.scrub("Plan: bevallen in het Zandloper, de internist daar volgt haar.").text
    assert "Zandloper" not in out and "[INSTELLING-1]" in out, out


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bang dat haar werkgever KLM erachter komt", ["KLM"]),  # an owner's word, then capitals
        ("gebracht naar de SEH van het VUMC", ["VUMC"]),  # a care unit's hospital
        ("School: De Zeppelin in het dorp", ["De Zeppelin"]),  # a form's label, then a name
        ("School: Gaat weer beter sinds de zomer", []),  # a form's label, then a sentence
        ("Consultatiebureau: JGZ-arts zag de moeder", []),
        ("hij speelt in Lucky Star Casino aan de weg", ["Lucky Star Casino"]),  # a name and its kind
        ("lid van dispuut Rode Draad sinds het eerste jaar", ["Rode Draad"]),
        ("tolk via de Tolkentelefoon geregeld", []),  # a service, capitalised
        ("ze zat in de Introductieweek als mentor", []),  # an activity, capitalised
    ],
)
def test_owners_units_labels_and_things_capitalised_for_weight(text, expected):
    assert names(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kraamzorg van Wiegeland gaat maar vijf dagen", ["Wiegeland"]),  # a kind opening a sentence
        ("Plan van Aanpak getekend in maart", []),  # a fixed phrase with capitals
        ("verstuurd aan de Raad van Bestuur", []),
        ("Bewindvoerder: Lantaarn Kastanje, tel. volgt", ["Lantaarn Kastanje"]),  # two capitals after a label
    ],
)
def test_a_kind_opening_a_sentence_and_two_capitals_after_a_label(text, expected):
    assert names(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze ligt in het Wadden ziekenhuis op de IC", ["Wadden"]),  # a name, then its kind in lower case
        ("Zijn school belde vanochtend", []),  # a possessive
        ("Kleine school, weinig leerlingen", []),  # an adjective opening a sentence
        ("Zorgadviseur van Vuurtoren teruggebeld", ["Vuurtoren"]),  # a role opening a sentence
        ("hij rijdt voor Kompasroos uit het noorden", ["Kompasroos"]),  # "voor": for whom one works
        ("Psycho-educatie voor Naasten: een avond", []),  # "voor" a kind of people, capitalised
        ("zijn vader rijdt voor Regenboogtoren op lijn 9", ["Regenboogtoren"]),  # a word in -en, no plural
        ("rijdt voor Transportbedrijf KL van Dijkstra", ["KL van Dijkstra"]),  # capitals after a kind
        ("gebak van bakker Van der Molen uit het dorp", ["Van der Molen"]),  # a trade, then its name
    ],
)
def test_a_name_before_its_kind_in_lower_case_and_for_whom_one_works(text, expected):
    assert names(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("opgenomen op afdeling Zeemeeuw, kamer 12", ["Zeemeeuw"]),  # a ward's name
        ("terug naar afdeling Psychiatrie na het weekend", []),  # a specialty
        ("ziek gemeld bij de gemeente, afdeling Handhaving", []),  # a department's task
        ("Schuldeiser Windkracht stuurt weer een aanmaning", ["Windkracht"]),
        ("Zandloper & Windkracht transport = werkgever van pt", ["Zandloper & Windkracht"]),
    ],
)
def test_wards_creditors_and_trades_in_lower_case(text, expected):
    assert names(text) == expected


@needs_words
def test_a_capital_joined_to_an_organisation_found_is_another_one():
    from werkbord.privacy.found import Found
    from werkbord.privacy.named_organisations import coordinated_organisations

    text = "ze werkt bij Kwintes en Zandloper, en bij Kwintes en de Gemeente"
    found = [Found(13, 20, "instelling"), Found(text.rindex("Kwintes"), text.rindex("Kwintes") + 7, "instelling")]
    joined = [text[f.start : f.end] for f in coordinated_organisations(text, found, LEX)]
    assert joined == ["Zandloper"]  # not "de Gemeente": a kind with an article
    person = [Found(13, 20, "persoon")]
    assert coordinated_organisations(text, person, LEX) == []  # only beside an organisation


@needs_deduce
def test_a_name_read_as_a_common_noun_stays_an_organisation_by_its_context():
    scrubber = Scrubber(["huisarts"], progress=lambda m: None)
    out = scrubber.scrub("Schoonvader haalt haar op bij de PAAZ van Schelp, elke week.").text
    assert "Schelp" not in out, out


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De begeleiding gaat via WerkPunt sinds maart", ["WerkPunt"]),  # capitals inside one word
        ("Ze is bekend bij ZorgKracht en de huisarts", ["ZorgKracht"]),
        ("belt hem via WhatsApp en YouTube kijkt hij", []),  # apps everyone uses
        ("inloggen op het eHealth-platform lukt niet", []),
    ],
)
def test_a_name_written_with_capitals_inside_one_word(text, expected):
    assert names(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('hij werkt bij "De Gouden Schaar", een kapsalon', ["De Gouden Schaar"]),  # quoted where an organisation stands
        ("dagbesteding bij 'Het Werkhuis' bevalt goed", ["Het Werkhuis"]),
        ('ze zei iets van "Kop op" tegen hem', []),  # speech in quotes
        ('zij noemt hem "de Baas" van de groep', []),  # a nickname: the nickname rules'
    ],
)
def test_a_quoted_name_where_an_organisation_stands(text, expected):
    assert names(text) == expected


@needs_words
def test_in_a_note_written_in_lower_case_a_listed_word_after_bij_and_a_club_by_its_prefix():
    from werkbord.privacy.lexicon import shared_lexicon
    from werkbord.privacy.organisations import organisations

    lex = shared_lexicon()
    text = "pt weer gezien bij de action om 3u snachts. zus belde"
    assert [text[f.start : f.end] for f in organisations(text, lex)] == ["action"]
    text = "Pt weer gezien bij de action, zegt de zus"  # capitals: a word stays a word
    assert organisations(text, lex) == []
    text = "netwerk snel: school C, voetbal (vv de meern) B"
    assert names(text) == ["vv de meern"]


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze gaat elke week naar stichting Salam in de wijk", ["Salam"]),  # a word of another language
        ("Moskee Shukran belt morgen terug", ["Shukran"]),
        ("dagbesteding bij buurthuis Abla, twee ochtenden", ["Abla"]),  # a word of address
        ("hij werkt bij Injera BV in de keuken", ["Injera BV"]),  # before a legal form
        ("na het eten zei ze Shukran tegen de buurvrouw", []),  # no kind before it: a word
        ("zijn abla komt morgen mee", []),
    ],
)
def test_a_word_of_another_language_after_a_kind_or_before_a_legal_form_names_it(text, expected):
    assert names(text) == expected


@needs_deduce
def test_a_word_of_another_language_naming_an_organisation_is_replaced_in_the_pipeline():
    scrubber = Scrubber([], progress=lambda m: None)
    out = scrubber.scrub("Ze komt niet meer naar de groep bij Stichting Shukran.").text
    assert "Shukran" not in out
    out = scrubber.scrub("Na de les zei ze Shukran tegen de juf.").text
    assert "Shukran" in out


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("warme overdracht naar de boer van Ons Veld", ["Ons Veld"]),  # a capital "Ons" inside a sentence
        ("nieuwe kamer via Onze Haven, tijdelijk", ["Onze Haven"]),
        ("hij bidt elke avond tot Onze Lieve Heer", []),  # a prayer's words
        ("Ons Team werkt goed samen", []),  # opening a sentence
    ],
)
def test_a_capitalised_ons_or_onze_inside_a_sentence_opens_a_name(text, expected):
    assert names(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij werkt 's avonds in eetcafé Zeilsteen, achter de bar", ["Zeilsteen"]),
        ("koopt zijn wiet bij coffeeshop Brulboei om de hoek", ["Brulboei"]),
        ("broer heeft een shoarmazaak Pelucca in het centrum", ["Pelucca"]),
        ("ze vult vakken bij buurtsuper Dorpshart", ["Dorpshart"]),
        ("zoon ligt op marinekazerne Zeehaven, dienstplichtig", ["Zeehaven"]),
        ("dagbesteding in naaiatelier Vingerhoed, 2 ochtenden", ["Vingerhoed"]),
        ("schuldhulp via advocatenkantoor Tellura", ["Tellura"]),
        ("de rechtszaak Maandag is uitgesteld", []),  # a lawsuit, then a day
        ("op kantoor Vrijdag weer overleg", []),  # an office, no kind of its own
        ("hoofdzaak Veiligheid eerst, dan de rest", []),  # the main thing, capitalised for weight
        ("oorzaak Onbekend, verder uitzoeken", []),  # a cause, no shop
        ("de workshop Veerkracht was goed bezocht", []),  # a session's title
    ],
)
def test_a_name_after_a_shop_cafe_or_workplace_named_by_its_kind(text, expected):
    """#22's twelfth session: a shop, a café, a barracks or an office named by its kind, then its name."""
    assert names(text) == expected


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname with its particle or patronymic glued on is a person, with the first name before it
        ("Jan McKinnon belde over de huur van de garage.", [("Jan McKinnon", "persoon")]),
        ("Buurman Keith MacArthur helpt met de tuin.", [("Keith MacArthur", "persoon")]),
        ("Dhr. DiMarco komt dinsdag.", [("DiMarco", "persoon")]),
        # a name with capitals inside otherwise stays an organisation's
        ("Hij werkt via ArboZorg aan zijn re-integratie.", [("ArboZorg", "instelling")]),
    ],
)
def test_a_surname_with_a_glued_particle_is_a_person_and_other_camel_case_an_organisation(text, expected):
    found = [(text[f.start : f.end], f.tag) for f in named_organisations(text, LEX, [])]
    assert found == expected
