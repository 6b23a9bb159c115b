"""Towns, villages and neighbourhoods in lower case (:mod:`werkbord.privacy.lower_places`).
Examples are made up for these tests; they are not the development or frozen sets' notes."""

from __future__ import annotations

import pytest

from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy.lexicon import first_names, opentaal_words, town_names
from werkbord.privacy.lower_places import lower_places
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))
needs_lists = pytest.mark.skipif(not LEX.words or not town_names(), reason="needs OpenTaal's and deduce's lists")


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in lower_places(text, LEX)]


@needs_lists
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Broer woont in nunspeet, belt weinig.", ["nunspeet"]),
        ("ze belt elke week vanuit veldhoven", ["veldhoven"]),
        ("vaste telefoon oma (brunssum) werkt niet", ["brunssum"]),
        ("Moeder woont nu in tiel-oost met de kinderen.", ["tiel-oost"]),
        ("opgegroeid in sittard-geleen, later weg", ["sittard-geleen"]),
        ("via ter apel gekomen in 2015", ["ter apel"]),
        ("huisarts in wijk bij duurstede verwees door", ["wijk bij duurstede"]),
        ("Ze kwamen uit gouda; gesprek verliep rustig.", ["gouda"]),  # a town that is a word
        ("Cl. woont in ens bij zijn zus.", ["ens"]),
        ("gemeente ede belde terug", ["ede"]),
        ("Intake wijkteam hatert: huurachterstand.", ["hatert"]),
        ("verhuisd naar kanaleneiland, klein appartement", ["kanaleneiland"]),
        ("ze woont sinds kort in tongelre, alleen", ["tongelre"]),  # a neighbourhood no list knows
        ("sliep in de auto op een parkeerplaats in lindenheuvel", ["lindenheuvel"]),  # made of words
        ("de pillen zitten in weekdoos", []),  # a thing
        ("in vruchtbare grond", []),  # an inflected adjective
        ("zijn zus komt uit zelhem-zuid", ["zelhem-zuid"]),  # a village and its part
        # words, not places
        ("hij is het huis uit gegaan", []),  # a participle
        ("in partiële remissie", []),
        ("ik luister naar hardstyle", []),  # "naar" after listening
        ("familie woont nog in syrië", []),  # a country (no identifier)
        ("Hij woont in huizen van de corporatie.", []),
        ("In de groep was het rustig.", []),
        ("Ze leende geld van haar zus.", []),
        ("putten en zaaien in de moestuin", []),
        ("gaat goed in de wijk, weinig klachten", []),
        ("woont in een flat, verhuisd naar begeleidwonen", []),
        # a plan, list or roll a thing is kept in; a verb's stem as a state (issue #22's twelfth session)
        ("broer staat nu in terugvalplan als eerste contact", []),
        ("zus staat nog niet in naastenlijst", []),
        ("medicatie komt in baxterrollen van de apotheek", []),
        ("twee bewoners in separeer vannacht, rustig", []),
        ("zus woont in paarl, belt weinig", ["paarl"]),  # a town abroad that is also a verb's stem ("paarlen")
        ("broer komt uit kanaleneiland, belt weinig", ["kanaleneiland"]),  # a neighbourhood made of words stays one
        # a bare "richting" points at a place, also a town that is a word (issue #22's thirteenth session)
        ("ze rijdt vaak richting putten als ze onrustig is", ["putten"]),
        ("fietst richting huizen.", ["huizen"]),
        ("hij rijdt richting huizen van de buren", []),  # a common noun after it
        ("bij putten van de tuin helpt hij mee", []),
    ],
)
def test_lower_case_places(text, expected):
    assert found(text) == expected


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_the_scrubber_replaces_them():
    scrubber = Scrubber([])
    assert scrubber.scrub("zus woont in nunspeet").text == "zus woont in [LOCATIE-1]"
    assert scrubber.scrub("Ze woont in huizen van de gemeente.").text == "Ze woont in huizen van de gemeente."


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zus heeft sleutel, woont beukenlaan 21 verderop", "zus heeft sleutel, woont [LOCATIE-1] verderop"),
        ("hij woont om de hoek op de dorpsstraat en heeft een sleutel", "op de [LOCATIE-1] en"),
        ("de kerkstraat nummer zeven is verkocht", "de [LOCATIE-1] is verkocht"),
        ("slaapt bij zijn oom aan de heidebloemweg, ver weg", "aan de [LOCATIE-1], ver weg"),
        # streets that are words, without a number or where someone lives: words
        ("file op de snelweg", "file op de snelweg"),
        ("op het marktplein stond een kraam", "op het marktplein stond een kraam"),
        ("de dorpsstraat was druk met de kermis", "de dorpsstraat was druk met de kermis"),
    ],
)
def test_streets_in_lower_case(text, expected):
    assert expected in Scrubber([]).scrub(text).text


@needs_lists
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("adres: Dorpsweg 3, 7741 kd, bovenwoning", ["7741 kd"]),
        ("in 2024 en 2025 rustig", []),
        ("1500 mg per dag", []),
        ("reclassering 's-hertogenbosch belde", ["'s-hertogenbosch"]),
        ("HAP oost-achterhoek 's nachts bezocht", ["oost-achterhoek"]),
        ("noord-oost gevel van de flat", []),
    ],
)
def test_postcodes_genitive_towns_and_regions_in_lower_case(text, expected):
    from werkbord.privacy.lower_places import lower_codes_and_regions

    assert [text[f.start : f.end] for f in lower_codes_and_regions(text, LEX)] == expected
