"""A word of another language that opens a sentence (issue #22, :mod:`werkbord.privacy.foreign_lists`)
is kept where what follows says it is a word (more such words in lower case, or who said it), and
shown to the reader all the same; a name in the same places still goes, also a name with what
someone is or how old in brackets. Every example is made up, in languages no test set writes in."""

from __future__ import annotations

import pytest

from privacy_checks import gone
from werkbord.privacy import Scrubber, deduce_available

needs_deduce = pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam", "FACT", "buren", "psychiater"], progress=lambda m: None)


def _flagged(scrubber: Scrubber, text: str) -> tuple[str, list[str]]:
    result = scrubber.scrub_many([text], review=[])[0]
    return result.text, [s[0] for s in result.suspects or ()]


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Bigos, pierogi, kompot: zo kookt oma voor de hele familie.",  # a list in lower case after it
        "Zakuski en kvas staan elke zondag op tafel.",
        "Vamos, zei ze, en pakte haar jas. Gesprek na 20 min gestopt.",  # what someone said
        "'Merhaba' zegt hij bij de deur. Stemming redelijk.",
        "Ghormeh, tahdig en doogh: het eten van thuis helpt haar.",
    ],
)
def test_a_word_of_another_language_opening_a_sentence_stays_and_is_shown(scrubber, text):
    out, suspects = _flagged(scrubber, text)
    assert out == text
    assert text.split()[0].strip("',") in suspects  # kept, and shown to the reader all the same


@needs_deduce
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tsegereda, zijn zus, belt elke avond.", "Tsegereda"),  # a role after the comma
        ("Yerlan en zijn broer komen morgen.", "Yerlan"),
        ("Dorcas (buurvrouw) brengt de boodschappen.", "Dorcas"),  # a role word in the brackets
        ("Mw. kwam met cl. Ongwen (zesenveertig) naar de poli.", "Ongwen"),  # after a title's dot
        ("Kwabena, 31, woont sinds kort in Almere.", "Kwabena"),
        ("Velorna (zeventien) zit op het praktijkonderwijs.", "Velorna"),  # an age in words in brackets
        ("Tamirvo (sleutelfiguur) → A", "Tamirvo"),  # what someone is in brackets
        ("'Korvel' noemt zijn moeder hem, de anderen niet.", "Korvel"),  # a nickname, not what is said
    ],
)
def test_a_name_in_the_same_place_still_goes(scrubber, text, name):
    assert gone(name, scrubber.scrub(text).text)


@needs_deduce
def test_a_name_at_the_head_of_a_list_of_foreign_words_is_at_least_shown():
    from werkbord.privacy.foreign_lists import foreign_list_heads
    from werkbord.privacy.found import Found
    from werkbord.privacy.lexicon import first_names, opentaal_words, surnames
    from werkbord.privacy.words import Lexicon

    lexicon = Lexicon(words=opentaal_words())
    text = "Bigos, pierogi, kompot: zo kookt oma."
    head = Found(0, 5, "persoon")
    assert foreign_list_heads(text, [head], lexicon, lambda: (first_names(), surnames())) == [head]
    named = "Bigos, zijn broer, kookt."
    assert foreign_list_heads(named, [head], lexicon, lambda: (first_names(), surnames())) == []
