"""A first name in lower case right before a surname another rule found: "fleur van der Sluis",
"crisiskaart daan Bakker". deduce reads the surname (with its particles) and leaves the first
name when it is not capitalised. The word is a first name of deduce's list (also one that is a
Dutch word: "fleur", "roos"), not a small word that stands before a name ("wil", "ben"), and the
surname is written with a capital ("van der Sluis", "Bakker").
Spans get deduce's tag "persoon". Pure: the lexicon and the persons found are handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .words import NOT_A_NAME_AFTER_ROLE, Lexicon

_SURNAME = re.compile(r"(?:(?:van|de|der|den|ter|ten|te|vd|v\.d\.|el|al)\s+)*[A-ZÀ-Þ]")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)[ \t]+$")


def first_before_surname(text: str, persons: Sequence[tuple[int, int]], lexicon: Lexicon) -> list[Found]:
    """Lower-case first names in ``text`` right before one of ``persons``."""
    found = []
    for s, _ in persons:
        m = _WORD_BEFORE.search(text, max(0, s - 30), s)
        if m is None or any(a <= m.start(1) < b for a, b in persons):
            continue
        low = m.group(1)
        surname = _SURNAME.match(text, s)
        if surname and low in lexicon.first_names and low not in NOT_A_NAME_AFTER_ROLE:
            found.append(Found(*m.span(1), "persoon"))
    return found
