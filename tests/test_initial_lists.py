"""Initials in frames that say who wrote, who works or who acts (issue #22, ninth round): after a
word that signs, in a list of a team or a shift beside roles, two people's initials joined by a
slash, capitals after "door" before what was done. Care abbreviations in the same frames stay.
Every example is made up."""

from __future__ import annotations

import pytest

from werkbord.privacy.initial_lists import initial_lists


def _found(text: str, lexicon) -> list[str]:
    return [text[f.start : f.end] for f in initial_lists(text, lexicon)]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Getekend: P.", ["P."]),
        ("Ondertekend: hvk (ambulant begeleider)", ["hvk"]),
        ("Namens de woongroep: BK, PB'er", ["BK"]),
        ("Paraaf wzl 16.30", ["wzl"]),
        ("Genoteerd door DvS", ["DvS"]),
        ("Nachtdienst: KP, HW en de SPV", ["KP", "HW"]),
        ("Bezetting: fj, lw en casemanager", ["fj", "lw"]),
        ("afstemming HK/RW over de sleutel", ["HK", "RW"]),
        ("gisteren door UB bezocht, deur bleef dicht", ["UB"]),
    ],
)
def test_initials_in_a_frame_that_says_whose_they_are(lexicon, text, initials):
    assert _found(text, lexicon) == initials


@pytest.mark.parametrize(
    "text",
    [
        "Getekend: SPV",
        "Team: PMT, VG en huisarts",
        "Nachtdienst: rustig, 2x wc",
        "Team: Ruimte, Rust en Regelmaat",  # no role beside them: themes, no people
        "overleg ADL/PMT over de dagstructuur",
        "taal: PL/RO/BG",
        "SUD/VOC gemeten na de sessie",
        "gestart door HA, evaluatie na 4 weken",
        "door AI samengevat",
        "Team: B.",  # a ring, not a person
        "keuze en/of voorkeur",
        "Aanwezig: rechter, advocaat, psychiater, pvp.",  # a role no list names, in a list of who was there
    ],
)
def test_abbreviations_rings_and_words_in_the_same_frames_stay(lexicon, text):
    assert _found(text, lexicon) == []


def test_a_role_in_brackets_after_a_name_is_no_place():
    from werkbord.privacy import Scrubber

    out = Scrubber([], progress=lambda m: None).scrub("Wies (PB) is vrijdag niet op de groep").text
    assert "(PB)" in out and "Wies" not in out


def test_the_scrubber_replaces_initials_in_these_frames():
    from werkbord.privacy import Scrubber

    s = Scrubber([], progress=lambda m: None)
    out = s.scrub("Nachtdienst: KP, HW en de SPV. Ondertekend: hvk (ambulant begeleider)").text
    assert "KP" not in out and "HW" not in out and "hvk" not in out and "SPV" in out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("P: leefstijladvies, ctrl over 3 wk.", "ctrl"),
        ("Aanwezig: jurist, pvp en de psychiater", "pvp"),
        ("medicatie dgl om 8u, vit B12 500 mcg", "dgl"),
        ("moeder wrs ook ongerust, gesprek ibv de zus", "wrs"),
    ],
)
def test_care_shorthand_is_no_initials_to_check(text, word):
    from werkbord.privacy.suspects import find_suspects

    assert word not in [s.text.rstrip(".") for s in find_suspects(text)]
