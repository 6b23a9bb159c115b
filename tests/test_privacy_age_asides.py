"""Issue #22's sixth round of ages (privacy/age_asides.py): an age after a remark in brackets between
someone and the age. Every example is made up for these tests; each test fails when the rule is
taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce, untouched
from werkbord.privacy.age_asides import aside_ages
from werkbord.privacy.rules import find_extra


def name_span(text: str, name: str) -> list[tuple[int, int]]:
    start = text.index(name)
    return [(start, start + len(name))]


def rules(text, persons):
    return find_extra(text, persons)


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Wessel ('Wes') 23, werkt in de haven.", "Wessel", "23"),
        ("Kleinzoon Brent (zo schrijft hij het) is negen; hij logeert vaak.", "Brent", "negen"),
        ("Haar dochter Iekje (uitspraak: ieke) is 14 en spijbelt.", "Iekje", "14"),
    ],
)
def test_an_age_past_an_aside_is_found(text, name, age):
    found = [text[f.start : f.end] for f in aside_ages(text, name_span(text, name), rules)]
    assert age in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wessel (buurman) 3 keer gebeld.", "Wessel"),
        ("Brent (huisarts) 20 minuten gesproken.", "Brent"),
        ("Iekje (collega) 2 jaar niet gezien.", "Iekje"),
        ("Wessel (kamer 12) 23, werkt in de haven.", "Wessel"),  # a digit in the bracket: no aside
    ],
)
def test_counts_past_an_aside_stay(text, name):
    assert aside_ages(text, name_span(text, name), rules) == []


@needs_deduce
def test_the_scrubber_replaces_an_age_past_an_aside(scrubber):
    assert gone("17", scrubber.scrub("Mw. Kroes belde, haar zoon Mart (ja, met een t) is 17 en blowt.").text)


@needs_deduce
def test_the_scrubber_leaves_a_count_past_an_aside(scrubber):
    untouched(scrubber, "De buurvrouw (die van boven) heeft 3 keer gebeld.")
