"""Organisations glued to their kind or to a second name, or coined from a kind
(:mod:`werkbord.privacy.glued_organisations`). Examples are made up for these tests; they are not the
development or frozen sets' notes."""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.glued_organisations import glued_organisations
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.tag) for f in glued_organisations(text, LEX)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind glued to its name by a hyphen
        ("Begeleid door GGZ-Molenwiek sinds maart.", [("GGZ-Molenwiek", "instelling")]),
        ("Aangemeld bij Jeugdzorg-Keerpunt, wachtlijst.", [("Jeugdzorg-Keerpunt", "instelling")]),
        ("De behandelaar van RIBW-Vlonder belt.", [("RIBW-Vlonder", "instelling")]),
        ("Verwezen naar de GGZ-Instelling, daarna het GGZ-Team.", []),  # kinds after the hyphen
        ("Verwezen naar GGZ-Noord.", []),  # a part of town names a team
        ("Mevrouw Bakker-Kooiman en meneer Kamphuis-Dekker belden.", []),  # double surnames
        # two capitalised words joined by "&" after a preposition or a kind
        ("De HIC van Kiezel & Schelp heeft 12 bedden.", [("Kiezel & Schelp", "instelling")]),
        ("Werkt sinds mei bij Vlonder&Zwaluw in de kassen.", [("Vlonder&Zwaluw", "instelling")]),
        ("Locatie Molen & Wiek in Zeist: kamer 4.", [("Molen & Wiek", "instelling")]),
        ("Kiezel & Schelp is vol, wachtlijst.", []),  # opening a sentence: a group's or a course's title
        ("Ze gaat naar Grip & Glans op dinsdag.", []),  # words that begin alike: a course's title
        ("Ze volgt Vallen & Opstaan bij de huisarts.", []),  # what someone does, no place
        ("Bevallen op de afdeling Moeder & Kind.", []),  # a family word: a ward's kind
        ("Gesprek bij Anouk & Joris thuis.", []),  # two first names: persons
        # a word coined from a kind that no dictionary holds, after bij, via, van, door
        ("Bewindvoering via Plangroep, nog 14 maanden.", [("Plangroep", "instelling")]),
        ("Dagbesteding bij de Zorgkwekerij, 3 ochtenden.", [("Zorgkwekerij", "instelling")]),
        ("Lid van de Kookgroep sinds maart.", []),  # the setting's own group after an article
        ("Klimmen bij Klimcentrum Zwaluw op vrijdag.", []),  # a kind before its name: the kind rule's
        ("Aanmelding bij de Huisartsenpraktijk liep vast.", []),  # a dictionary word: a kind
    ],
)
def test_an_organisation_glued_or_coined(text, expected):
    assert spans(text) == expected


def test_a_name_found_in_part_is_taken_whole():
    text = "Werkt bij Vlonder&Zwaluw."
    start = text.index("Vlonder")
    found = glued_organisations(text, LEX, [(start, start + len("Vlonder"))])
    assert [text[f.start : f.end] for f in found] == ["Vlonder&Zwaluw"]
    # a span reaching outside the name (another rule's reading) keeps it out
    assert glued_organisations("Begeleid door GGZ-Molenwiek.", LEX, [(9, 17)]) == []


@needs_deduce
def test_glued_and_coined_organisations_are_replaced_in_a_note():
    scrubber = Scrubber([], progress=lambda m: None)
    out = scrubber.scrub("Begeleid door GGZ-Molenwiek, woont via Plangroep bij Vlonder&Zwaluw.").text
    assert "Molenwiek" not in out and "Plangroep" not in out and "Zwaluw" not in out, out
    kept = "Kiezel & Schelp is vol. Verwezen naar de GGZ-Instelling."
    assert scrubber.scrub(kept).text == kept
