"""Issue #22's sixth round of ages (privacy/age_restated.py): an age restated by a paper, a file or
someone else, near an age the note already gives. Every example is made up for these tests; each
test fails when the rule is taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce
from werkbord.privacy.age_restated import restated_ages
from werkbord.privacy.found import Found


def restated(text: str, age: str) -> list[str]:
    start = text.index(age)
    return [text[f.start : f.end] for f in restated_ages(text, [Found(start, start + len(age), "leeftijd")])]


@pytest.mark.parametrize(
    ("text", "age", "again"),
    [
        ("Mw. (rond de zestig, 63 volgens de verwijzer) woont alleen.", "zestig", ["63"]),
        ("Hij is achtenveertig, de papieren zeggen 52.", "achtenveertig", ["52"]),
        ("Dhr. is 70; the letter says 74.", "70", ["74"]),
        ("Zij noemt zich negentien, de school zegt 'bijna 21'.", "negentien", ["21"]),
        ("Mw. is dertig, zegt 'thirty-four' tegen iedereen.", "dertig", ["thirty-four"]),
        ("Echtpaar (eind veertig? nee: zij 46, hij 51) verhuisd.", "veertig", ["46", "51"]),
        ("Zoon (25 plus volgens de IND) vraagt asiel.", "25", []),  # the age itself is no second one
    ],
)
def test_a_restated_age_near_an_age_is_found(text, age, again):
    assert restated(text, age) == again


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mw. (54) heeft HoNOS 22 volgens de behandelaar.", "54"),  # too far from the age
        ("Dhr. is 45, zegt 40 uur per week te werken.", "45"),  # a unit after the number
        ("Mw. (38) zegt 35 keer gebeld te hebben.", "38"),
        ("Mw. (44) zegt: 30 euro per week is te weinig.", "44"),
    ],
)
def test_counts_and_scores_in_the_same_frames_stay(text, age):
    assert restated(text, age) == []


def test_no_age_in_the_note_no_restated_age():
    assert restated_ages("De papieren zeggen 52, volgens de brief 48.", []) == []


@needs_deduce
def test_the_scrubber_replaces_both_ages(scrubber):
    out = scrubber.scrub("Meneer zegt dat hij vierenzeventig is, de papieren zeggen 77.").text
    assert gone("vierenzeventig", out) and gone("77", out)


@pytest.mark.parametrize(
    ("text", "age", "other"),
    [
        ("Vrouw, ergens tussen 41 en 46 jaar, geen papieren.", "46", ["41"]),
        ("Man, 70 à 75 jaar, verward.", "75", ["70"]),
        ("Meisje, 15 of 16 jaar, alleen op straat.", "16", ["15"]),
        ("Mw. rond de 80-85 jaar.", "80", ["85"]),
    ],
)
def test_the_other_end_of_one_persons_range_is_found(text, age, other):
    assert restated(text, age) == other


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Klant nr 12 tot 40 jaar oud: de regel.", "40"),  # too far apart for one person's range
        ("Zoon 58 en vader 59, allebei thuis.", "59"),  # "en" without "tussen": two ages, not a range
    ],
)
def test_numbers_beside_an_age_that_are_no_range_stay(text, age):
    assert restated(text, age) == []
