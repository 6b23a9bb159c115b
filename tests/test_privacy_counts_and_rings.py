"""Clean words and numbers that read like identifiers: a network ring after a party word, a role
placed in a ring, doses, blood pressures, service numbers, counts before a code, parts of one
whole. Examples are made up for these tests; none is a note of a development or held-out set."""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.protect import ProtectedPhrases
from werkbord.privacy.rules import Found, is_fraction, named_handles
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "werkgever", "apotheek", "wijkteam", "FACT"], progress=lambda m: None)


def test_a_ring_letter_after_a_party_word_is_no_initial():
    phrases = ProtectedPhrases(["huisarts", "apotheek"])
    for text in ("de huisarts B pas bij een crisis", "Apotheek A, want die ziet het eerst", "oom C -> B"):
        letter = text.index(" B ") + 1 if " B " in text else text.index(" A,") + 1 if " A," in text else 4
        a = Found(letter, letter + 1, "persoon")
        assert phrases.apply(text, [a]) == [], text
    for text in ("de huisarts B. belde", "mw. B komt morgen"):  # an initial: a dot, or after a title
        letter = text.index(" B") + 1
        a = Found(letter, letter + 1, "persoon")
        assert phrases.apply(text, [a]) == [a], text


def test_x_after_a_number_counts_and_names_no_platform():
    assert named_handles("Afgelopen week 3 x F43.1 gezien", LEX) == []
    assert named_handles("op x heet hij NachtUil83", LEX) != []


def test_a_part_of_the_same_whole_as_a_fraction_beside_it_is_no_date():
    text = "1/4 van de ouders kwam, 3/4 bleef thuis."
    assert is_fraction(text, text.index("3/4"), text.index("3/4") + 3)
    text = "Gesprekken op 3/4 en 10/4 bij de huisarts."  # two dates of one month
    assert not is_fraction(text, text.index("3/4"), text.index("3/4") + 3)


@needs_deduce
def test_clean_notes_with_rings_doses_and_measures_stay(scrubber):
    for text in (
        "de werkgever C zou naar B moeten, meneer twijfelt",
        "Oom -> C, komt alleen op verjaardagen",
        "Stiefmoeder → B",
        "Afgelopen week 3 x F43.1 en 1 x E33",
        "Clozapine 2000mg was te veel, nu lager.",
        "Bloeddruk 142/91, pols 88, gewicht stabiel.",
        "Na sluitingstijd het 0800-nummer bellen.",
        "1/4 van de ouders kwam, 3/4 bleef thuis.",
    ):
        result = scrubber.scrub(text)
        assert result.text == text and not result.counts, result.text


@needs_deduce
def test_initials_dates_and_towns_still_go(scrubber):
    for text, gone in (
        ("de huisarts B. belde over de medicatie", "B."),
        ("Gesprekken op 3/4 en 10/4 bij de huisarts.", "3/4"),
        ("Oom woont in Buren sinds de scheiding", "Buren"),
        ("dossiernr 88213 staat op de brief", "88213"),
    ):
        assert gone not in scrubber.scrub(text).text, text


@needs_deduce
def test_a_name_under_who_does_not_swallow_the_next_label(scrubber):
    """ "Wie: huisarts De Vlam\\nWanneer: ...": the words of one name stand on one line."""
    text = "Partij: netwerk\nMicro-actie: plan maken\nVerwacht effect: rust\nWie: huisarts De Vlam\nWanneer: maandag"
    out = scrubber.scrub(text).text
    assert "De Vlam" not in out and "\nWanneer: maandag" in out, out


@needs_deduce
def test_a_country_points_to_no_one_but_a_town_and_a_surname_still_go(scrubber):
    for text in (
        "online gamen met jongens uit Engeland",
        "familie woont in Marokko en Nederland",
        "verhuisd van Polen naar Rijswijk",
    ):
        out = scrubber.scrub(text).text
        assert all(c in out for c in ("Engeland", "Marokko", "Nederland", "Polen") if c in text), out
    assert "Rijswijk" not in scrubber.scrub("verhuisd van Polen naar Rijswijk").text
    assert "Polen" not in scrubber.scrub("mevrouw van Polen belde").text


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Fijne dienst gehad, dank @allen",  # a team chat's mention of a group
        "@nachtdienst: wie doet de belronde?",
        "Behandeling volgens het Minnesota-model, 12 stappen.",  # a method named after a place
        "Cliënt rookt Marlboro, 20 per dag.",  # a brand after what someone smokes
        "Zelfstandige zonder inkomen, Bbz aangevraagd.",  # an abbreviation written like a word
    ],
)
def test_chat_mentions_methods_brands_and_abbreviations_stay(scrubber, text):
    result = scrubber.scrub(text)
    assert result.text == text and not result.counts, result.text


@needs_deduce
def test_a_user_name_and_a_name_after_a_brand_still_go(scrubber):
    assert "@sanne_vd" not in scrubber.scrub("vraag @sanne_vd of ze komt").text
    assert "Kevin" not in scrubber.scrub("hij speelt Fortnite met Kevin").text
