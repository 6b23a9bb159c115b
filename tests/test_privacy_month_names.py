"""First names that are also a month's name or abbreviation ("Jan", "Sep", "Mei"), read by the date's
company they lack (:mod:`werkbord.privacy.month_names`). Examples are made up for these tests, in
shapes the development sets do not use; they are not the development or frozen sets' notes."""

from __future__ import annotations

import pytest

from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy.month_names import month_first_names


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in month_first_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan slaapt sinds de verhuizing bij zijn tante.", ["Jan"]),
        ("Overdracht. Jan (7) logeert bij de buren.", ["Jan"]),
        ("De wijkagent zag dat Jan weer drinkt.", ["Jan"]),
        ("Ze vertelt veel over Sep, haar oudste.", ["Sep"]),
        ("Haar vriendin heet Mei, ze werkt in de kapsalon.", ["Mei"]),
        # a date's company: a day or a year, a range, another month, a word of time
        ("Intake op 14 Jan bij de poli.", []),
        ("Jan 2026 evaluatie gepland.", []),
        ("Jan t/m Apr geen verlof.", []),
        ("Jan, Feb en Mrt: wachtlijst.", []),
        ("Evaluatie eind Jan met de hele groep.", []),
        ("Sinds Sep gaat het beter op school.", []),
        ("Mei is de drukste maand op de boerderij.", []),  # a month written out opens a sentence
        ("Jan Feb Mrt Apr", []),
    ],
)
def test_a_first_name_that_is_a_month_without_a_date_s_company(text, expected):
    assert found(text) == expected


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_a_first_name_that_is_a_month_is_replaced_in_a_note_and_a_month_stays():
    scrubber = Scrubber(["huisarts"], progress=lambda m: None)
    out = scrubber.scrub("Mentor merkt dat Jan weer spijbelt. Gesprek op 12 Jan met moeder.").text
    assert "dat Jan" not in out and "[PERSOON-" in out and "Jan met" not in out, out
    assert "Jan" not in out or "[DATUM-" in out, out
