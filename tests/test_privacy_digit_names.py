"""Names glued to digits (:mod:`werkbord.privacy.digit_names`). Examples are made up for these tests;
they are not the development or frozen sets' notes."""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.digit_names import digit_names
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veerkracht12 → B: komt pas bij crisis", [("Veerkracht12", "instelling")]),
        ("met de eigenaar van Sport4Life praten over signalen", [("Sport4Life", "instelling")]),
        ("huurschuld bij woningstichting Samen3, brief gehad", [("Samen3", "instelling")]),
        ("Zorg4U stuurt de factuur", [("Zorg4U", "instelling")]),
        ("in de appgroep belde Karel58 haar om 3 uur", [("Karel58", "url")]),
        ("Fase2 start in maart, Groep7 en Kamer12 blijven", []),  # a step, a group, a room
        ("na Covid19 thuisgewerkt op Windows11", []),  # products everyone knows
        ("HbA1c 46, SCID-5-interview gedaan, groep 7", []),  # a lab value, a test, a count
        ("zie Sport4Life-pakket en www.Sport4Life.nl", []),  # glued to more: another rule's
    ],
)
def test_a_name_glued_to_digits(text, expected):
    assert [(text[f.start : f.end], f.tag) for f in digit_names(text, LEX)] == expected


@needs_deduce
def test_a_name_glued_to_digits_is_replaced_in_a_note():
    scrubber = Scrubber([], progress=lambda m: None)
    out = scrubber.scrub("Veerkracht12 → B, Fase2 van het plan loopt").text
    assert "Veerkracht12" not in out and "Fase2 van het plan" in out, out
