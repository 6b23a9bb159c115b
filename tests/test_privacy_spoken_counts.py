"""Numbers spoken in words that count, dose, tell the time or score; durations; a note's own
person words and verbs after them; present participles; a role made of an abbreviation. They
stay as written, while ages and initials beside them still go. Examples are made up for these
tests; none is a note of a development or held-out set."""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "sertraline wordt vijfenzeventig milligram vanaf maandag",  # a dose
        "moca vandaag negentien van de dertig, vorig jaar nog drieëntwintig",  # a score, and the note scores
        "om half zeven gegeten, drie uur vijfenveertig wakker geworden",  # a time
        "dertig jaar getrouwd en nu voor het eerst in therapie",  # a duration
        "de wachtlijst voor een woning is wel 6 jaar volgens de corporatie",  # "wel": as long as
        "Pt. woont 9 jaar in deze flat, 4 jaar alleen.",  # a duration, and another after it
        "moeder belde. Pt. wil graag mee naar de familiedag.",  # the person word after a sentence
        "afspraak verzet, collega ziek, cl akkoord",  # a person word, no initials
        "overdracht: pt. eet weer mee aan tafel",  # a verb after the person word
        "Samenvattend ziet pt. de huisarts als steun.",  # a present participle opening a note
    ],
)
def test_counts_durations_and_person_words_stay(scrubber, text):
    result = scrubber.scrub(text)
    assert result.text == text and not result.counts, result.text


@needs_deduce
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("mevrouw is achtenvijftig en woont alleen", "achtenvijftig"),
        ("een man van zeventig met een depressie", "zeventig"),
        ("oma is wel 83 jaar en woont alleen", "83"),
        ("dhr kp kwam niet naar de afspraak", "kp"),
        ("EVV'er Marijke belde over de medicatie", "Marijke"),
    ],
)
def test_ages_initials_and_names_beside_them_still_go(scrubber, text, gone):
    out = scrubber.scrub(text).text
    assert gone not in out, out


@needs_deduce
def test_a_role_made_of_an_abbreviation_stays_before_a_name(scrubber):
    assert scrubber.scrub("EVV'er Marijke belde over de medicatie").text.startswith("EVV'er [PERSOON-1]")


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "vandaag 4 HB's / 2 crisis / 1 intake",  # how many of what an abbreviation names
        "Het team (3 SPV's, 1 psychiater) doet de eilanden.",
        "olanzapine 10 mg a.n. en 5 mg z.n.",  # when a dose is taken
        "quetiapine vijftig milligram a.n. voor de nacht",  # also after a dose spoken
    ],
)
def test_counted_abbreviations_and_dose_times_stay(scrubber, text):
    result = scrubber.scrub(text)
    assert result.text == text and not result.counts, result.text


@needs_deduce
def test_initials_away_from_a_dose_still_go_and_a_congregation_keeps_its_kind():
    scrubber = Scrubber(["gemeente", "huisarts"], progress=lambda m: None)
    assert "A.N." not in scrubber.scrub("gesprek met A.N. over de zoon").text
    out = scrubber.scrub("lid van de Hersteld Hervormde Gemeente Bethel in het dorp").text
    assert "Gemeente" in out and "Bethel" not in out, out
