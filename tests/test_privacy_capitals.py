"""A note that capitalises most words, small ones too (speech-to-text, some writers): a capital
is no sign of a name there (``werkbord.privacy.capitals``). Examples are made up for these tests."""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.capitals import capitalised_by_habit, capitals_of_habit
from werkbord.privacy.found import Found
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.words import Lexicon

LEX = Lexicon(
    common=lambda w: w in {"de", "het", "met", "is", "en", "in"},  # deduce's list of common words
    words=opentaal_words(),
    first_names=first_names(ambiguous=False),
    place=lambda w: w in {"Putten"},
)
needs_words = pytest.mark.skipif(not LEX.words, reason="needs OpenTaal's list")


def test_habit_needs_capitalised_small_words_not_only_names():
    assert capitalised_by_habit("Vanmiddag Is Het Gesprek Met De Buurvrouw Goed Verlopen")
    assert capitalised_by_habit("Twee Keer Per Week Bellen Lijkt Genoeg Voor Nu")
    # names bring capitals, and their particles, but no "Met", "Is", "Dat"
    assert not capitalised_by_habit("Dagbesteding bij Kringloop De Spaarpot in Hoogland")
    assert not capitalised_by_habit("Gereformeerde Kerk De Bron, dominee Van Dam betrokken")


@needs_words
def test_plain_words_found_as_a_name_in_such_a_note_are_none():
    text = "Vanmiddag Is Het Gesprek Met De Buurvrouw Goed Verlopen"
    span = Found(text.index("Het"), len(text), "instelling")
    assert capitals_of_habit(text, [span], LEX) == [span]


@needs_words
def test_a_first_name_a_word_no_list_knows_or_a_town_after_in_stays_a_name():
    text = "Vanmiddag Is Het Gesprek Met Roos Goed Verlopen En Ze Woont In Putten Met Kwatoria"
    spans = [
        Found(text.index(w), text.index(w) + len(w), t)
        for w, t in (("Roos", "persoon"), ("Putten", "locatie"), ("Kwatoria", "instelling"))
    ]
    assert capitals_of_habit(text, spans, LEX) == []


@needs_deduce
def test_a_note_capitalised_by_habit_stays_as_written():
    scrubber = Scrubber(["huisarts", "wijkteam", "FACT"], progress=lambda m: None)
    for text in (
        "Vanmiddag Is Het Gesprek Met De Buurvrouw Goed Verlopen",
        "Woensdag Is De Groep Weer Gestart Met Negen Deelnemers Na De Vakantie",
    ):
        result = scrubber.scrub(text)
        assert result.text == text and not result.counts, result.text
    out = scrubber.scrub("Vanmiddag Is Het Gesprek Met Mevrouw Jansen Over De Verhuizing Naar Leiden Gegaan").text
    assert "Jansen" not in out and "Leiden" not in out, out


@needs_deduce
def test_where_the_sentence_says_a_name_it_still_goes_in_such_a_note():
    scrubber = Scrubber(["huisarts", "wijkteam", "FACT"], progress=lambda m: None)
    for text, name in (
        ("Het Gesprek Met Dokter Bakker Was Fijn Zegt Ze", "Bakker"),  # a surname after a title
        ("Ze Gaat Naar De Regenboog Elke Dinsdag Met Haar Zus", "Regenboog"),  # a name after "naar de"
        ("Ze Zegt Dat Het Beter Gaat Sinds Kevin Vaker Belt", "Kevin"),  # a first name
        ("Ze Woont Nu In Putten Bij Haar Zus", "Putten"),  # a town after "in"
    ):
        assert name not in scrubber.scrub(text).text, text
    for text in (
        "Ze Zegt Dat Het Beter Gaat Sinds De Buurvrouw Vaker Belt",
        "Volgende Week Weer Overleg Met Het Wijkteam",
    ):
        result = scrubber.scrub(text)
        assert result.text == text and not result.counts, result.text
