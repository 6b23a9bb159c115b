"""A capitalised word opening a list of words in lower case, some of them no Dutch word: a word
like the others, kept and shown (``werkbord.privacy.opening_lists``). Examples are made up for
these tests; none is a note of a development or held-out set."""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce, suspected, untouched
from werkbord.privacy import Scrubber
from werkbord.privacy.lexicon import name_lists, shared_lexicon
from werkbord.privacy.opening_lists import opens_word_list

WORD_LISTS = [  # the opener is an item of a list of words of another language
    "Tokori, wambel en fasu: woorden die de groep gebruikt voor rust.",
    "Brelna, kostuvi, marzipo (drie spelletjes van thuis) op woensdag.",
    "Quendo en valiska op zaterdagmiddag, het enige moment van rust.",
    "Zoravi, tenmo, pilaku - zo groet de buurvrouw haar.",
]
PERSONS = [  # the same shape where the list may hold persons, or does not end the clause
    ("Tokori, zijn zus, belde de huisarts.", "Tokori"),  # a possessive and a family word
    ("Tokori en broer kwamen op het spreekuur.", "Tokori"),  # a family word
    ("Tokori en ik spraken af op dinsdag.", "Tokori"),  # a pronoun
    ("Tokori, sanne en joost zitten in de groep.", "Tokori"),  # first names in lower case
    ("Tokori, wambel morgen terugbellen.", "Tokori"),  # one item after a comma that goes on
    ("Tokori en Fasu kwamen langs.", "Tokori"),  # capitalised items: names among names
    ("Tokori en wambel kwamen langs op het spreekuur.", "Tokori"),  # a verb after the list: persons
    ("Tokori en wambel belt de huisarts.", "Tokori"),
]


def _opens(text: str) -> bool:
    word = text.split(",")[0].split()[0]
    return opens_word_list(text, 0, len(word), shared_lexicon(), name_lists())


@needs_deduce
@pytest.mark.parametrize("text", WORD_LISTS)
def test_a_word_opening_a_list_of_words_of_another_language(text):
    assert _opens(text)


@needs_deduce
@pytest.mark.parametrize(("text", "word"), PERSONS)
def test_a_list_that_may_hold_persons_is_no_list_of_words(text, word):
    assert not _opens(text)


@needs_deduce
def test_a_known_first_name_needs_two_items_and_the_clause_end():
    assert not _opens("Kevin en bro gingen stappen.")
    assert not _opens("Kevin, bro en sma gingen stappen.")


@needs_deduce
def test_such_an_opener_is_kept_and_shown_and_a_person_is_still_replaced():
    scrubber = Scrubber(["huisarts", "wijkteam"], progress=lambda m: None)
    for text in WORD_LISTS:
        untouched(scrubber, text)
        assert suspected(text.split(",")[0].split()[0], text), text  # kept, and a suspect for review
    for text, word in PERSONS:
        assert gone(word, scrubber.scrub(text).text), text
