"""Towns and villages that are ordinary words, read where a bare place word stands before them
(:mod:`werkbord.privacy.word_towns`). Examples are made up for these tests; they are not the
development or frozen sets' notes."""

from __future__ import annotations

import pytest

from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy.lexicon import first_names, opentaal_words, town_names
from werkbord.privacy.word_towns import word_towns
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))
needs_lists = pytest.mark.skipif(not LEX.words or not town_names(), reason="needs OpenTaal's and deduce's lists")


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in word_towns(text, LEX)]


@needs_lists
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village that is a word, after a bare "in", "uit", "naar", "vanuit", then a clause goes on
        ("schoonzus werkt in sluis, belt zelden", ["sluis"]),
        ("de neef van dhr. uit beek kwam langs", ["beek"]),
        ("bezoek bij opa in horst zolang moeder weg is", ["horst"]),
        ("zij rijdt elke dag naar doorn en terug", ["doorn"]),
        ("ex-partner vertrok vanuit nes naar de stad", ["nes"]),
        ("oom zat vroeger in lisse want daar was werk", ["lisse"]),
        ("ze gaat naar axel verhuizen", ["axel"]),
        ("pt. (uit Elst) wil niet praten", ["Elst"]),  # capitalised, in brackets
        ("fietst 's avonds naar Son om te gamen", ["Son"]),  # capitalised inside a sentence
        ("moeder zit bij station goor te wachten", ["goor"]),
        ("afspraak richting made verzet", ["made"]),
        # a word after a bare place word: not a place
        ("staat in brand, brandweer gebeld", []),  # a fixed phrase
        ("in acht genomen bij de planning", []),  # a number
        ("in best veel gevallen werkt het", []),  # an adverb before what it says something of
        ("wil graag in warm water zwemmen", []),  # an adjective before its noun
        ("zit in bus, komt later", []),  # a kind of place, shorthand without its article
        ("wandelt elke dag in park.", []),
        ("vluchtelingen wonen nog in kampen.", []),  # a plural: only where someone lives (lower_places)
        ("hij gaat naar huis", []),
        ("in de beek gevallen", []),  # with an article a common noun
        ("Best lastig, dit gesprek.", []),  # opening a note
        ("te goor om aan te raken", []),  # "te" and an adjective
        # a village opening a note, then where it lies or how far it is
        ("Sluis ligt voor hem aan het eind van de wereld.", ["Sluis"]),
        ("Beek is 25 km, de bus rijdt om het uur.", ["Beek"]),
        ("Horst is voor haar niet ver, maar zonder auto lastig.", ["Horst"]),
        ("Best is het om eerst te bellen.", []),
        ("Echt ligt het gevoelig bij hem.", []),
    ],
)
def test_towns_that_are_words(text, expected):
    assert found(text) == expected


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_the_scrubber_replaces_them():
    scrubber = Scrubber(["huisarts", "wijkteam"])
    for note, town in [
        ("zus woont nu bij vriendin in beek, belt af en toe", "beek"),
        ("hij komt uit made, net verhuisd", "made"),
        ("broer fietst naar Son om te sporten", "Son"),
    ]:
        out = scrubber.scrub(note).text
        assert town not in out.split() and "[LOCATIE-" in out, out
    assert scrubber.scrub("staat in brand, brandweer gebeld").text == "staat in brand, brandweer gebeld"
    out = scrubber.scrub("Beek is 25 km, de bus rijdt om het uur.").text
    assert out.startswith("[LOCATIE-1] is 25 km"), out
    assert scrubber.scrub("Best lastig, dit gesprek.").text == "Best lastig, dit gesprek."
