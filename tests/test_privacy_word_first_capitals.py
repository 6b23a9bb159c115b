"""A capitalised first name that is also a Dutch word or a verb, right before a surname the rules
found ("Notitie: Lot Kuijpers, ca. 30", "(Ben Wijnands, oom)"). Made-up examples in shapes the development
sets do not use; each test fails when the rule is taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import gone
from werkbord.privacy import deduce_available
from werkbord.privacy.found import Found


@pytest.fixture(scope="module")
def scrubber():
    if not deduce_available():
        pytest.skip("deduce is a dependency")
    from werkbord.privacy import Scrubber

    return Scrubber(["huisarts"], progress=lambda m: None)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Notitie: Lot Kuijpers, ca. 30, belt terug", "Lot"),
        ("sleutel ligt bij Lot de Graaf (buurvrouw)", "Lot"),
        ("Contactpersonen (Ben Wijnands, oom) en de wijkagent", "Ben"),
        ("Wil Tahiri, 52, is mantelzorger van haar broer", "Wil"),
    ],
)
def test_the_first_name_before_a_found_surname_goes_too(scrubber, text, first):
    out = scrubber.scrub(text).text
    assert gone(first, out), out


def test_the_rule_reads_the_persons_it_is_given():
    from werkbord.privacy.word_first_capitals import word_first_capitals

    text = "Met Roos Bakker gebeld"
    assert [text[f.start : f.end] for f in word_first_capitals(text, [(9, 15)])] == ["Roos"]
    assert [text[f.start : f.end] for f in word_first_capitals(text, [], [Found(9, 15, "persoon")])] == ["Roos"]
    assert word_first_capitals(text, [], [Found(9, 15, "locatie")]) == []  # a place is no surname
    assert word_first_capitals("Ik zei Ben Bakker", [(11, 17)]) == []  # the verb, not at a line's start
    assert word_first_capitals("Dan Bakker bellen", [(4, 10)]) == []  # a small word of the lists
    assert word_first_capitals("Moeder Bakker belde", [(7, 13)]) == []  # a family word


@pytest.mark.parametrize(
    "text",
    [
        "Dan Verhoeven bellen over de huur",
        "Zorg dat de huisarts het weet",
        "Ook Maandag weer gesprek met de huisarts",
    ],
)
def test_small_words_and_words_before_no_name_stay(scrubber, text):
    out = scrubber.scrub(text).text
    assert out.startswith(text.split()[0]), out
