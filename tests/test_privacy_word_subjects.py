"""First names that are ordinary words, in lower case, in a subject slot before a verb only a person
does (:mod:`werkbord.privacy.word_subjects`). Examples are made up for these tests, in shapes the
development sets do not use; they are not the development or frozen sets' notes."""

from __future__ import annotations

import pytest

from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.word_subjects import word_subjects
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))
needs_words = pytest.mark.skipif(not LEX.words, reason="needs OpenTaal's word list")


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in word_subjects(text, LEX)]


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opening a sentence or a line before a verb of a person
        ("merel haalt hem vrijdag op bij de opvang.", ["merel"]),
        ("Rustige dienst. storm bracht de boodschappen.", ["storm"]),
        ("- roos logeert dit weekend bij oma", ["roos"]),
        ("bram slaapt slecht sinds de verhuizing", ["bram"]),
        # opening, then an apposition with a family or role word
        ("fleur, haar buurvrouw, kookt voor haar.", ["fleur"]),
        ("roos, haar lievelingsbloem, staat op tafel.", []),  # no person word in the apposition
        # opening, then "en", a possessive and a family word
        ("ben en zijn zwager deden samen de verhuizing.", ["ben"]),
        ("Storm en haar oma komen vrijdag.", ["Storm"]),
        ("Moeder en haar zus komen vrijdag.", []),  # a family word itself
        # after a clause's conjunction
        ("Zus zegt dat merel nog niet belde.", ["merel"]),
        ("Hij vertelt dat storm weer niet slaapt.", ["storm"]),
        # after a word of time and the verb
        ("Vanmiddag kwam bram nog even langs.", ["bram"]),
        ("gisteren haalde fleur hem op.", ["fleur"]),
        ("Kwam bram vanochtend binnen met zijn zus.", ["bram"]),  # the verb opens the sentence
        ("Toen kwam storm op.", []),  # weather: no adverb, particle or object a person has after it
        # no name: a pronoun after the verb, a season, an adjective, a title's dot, no person verb
        ("zomer komt eraan", []),
        ("mw. roos belt morgen terug", []),  # the title's rules decide there
        ("merel zingt in de tuin", []),  # a bird may sing
        ("Toen kwam hij binnen.", []),
        ("Hij zegt: merel appte.", []),  # not opening a sentence
    ],
)
def test_a_first_name_that_is_a_word_where_a_person_acts(text, expected):
    assert found(text) == expected


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_a_first_name_that_is_a_word_where_a_person_acts_is_replaced_in_a_note():
    scrubber = Scrubber(["huisarts"], progress=lambda m: None)
    out = scrubber.scrub("Overdracht avond. merel haalt hem morgen op; moeder zegt dat storm weer niet slaapt.").text
    assert "merel" not in out and "storm" not in out and "[PERSOON-" in out, out
