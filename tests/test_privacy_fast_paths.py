"""Faster ways the privacy rules read a note, held equal to the slower code they replace.

Each fast path here answers exactly what the code before it answered (the rules' decisions do
not change); the reference is kept in the test and compared on many random strings that mix
letters, digits, underscores, hyphens, punctuation, several kinds of white space and letters
from other scripts.
"""

from __future__ import annotations

import random
import re

from werkbord.privacy.suspects import _word_before, _word_ending_at

_ALPHABET = [
    *"abcXYZé9_-.:,(;!'\t\n ",
    *"\xa0\u2009²٣Ωß",  # a non-breaking and a thin space, a superscript digit, an Arabic-Indic digit
    "de ",
    "Jan ",
    "mw. ",
    "12 ",
    "v.d. ",
]


def _strings(n: int, seed: int) -> list[tuple[str, int]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        text = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randrange(0, 60)))
        out.append((text, rnd.randrange(0, len(text) + 1)))
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\.?\s*[:,(]?\s*$")  # what the suspects' rules searched before


def test_word_before_is_the_search_it_replaces():
    for text, start in _strings(60_000, 1):
        for reach in (30, 40):
            m = _WORD_BEFORE.search(text, max(0, start - reach), start)
            assert _word_ending_at(text, start, reach) == (m.group(1) if m else ""), (text, start, reach)
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        assert _word_before(text, start) == (m.group(1).lower() if m else "")


def test_word_before_examples():
    assert _word_before("gesprek met Jan ", 16) == "jan"
    assert _word_before("mw. ", 4) == "mw"
    assert _word_before("dossier-nr: ", 12) == "dossier-nr"
    assert _word_before("12ab ", 5) == "ab"
    assert _word_before("12 ", 3) == ""
    assert _word_before("Jan! ", 5) == ""
