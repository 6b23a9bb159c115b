"""Places a note names by the frame around them (issue #22's seventh session). Pure; examples are
made up.

- A part of town in brackets right after a town or an organisation found: "woont in Houten
  (Castellum)", "flat De Linde (Overvecht)": one capitalised word, no abbreviation, no role.
- A building named after its kind: "Flat Hoogstraaten", "portiekflat Marijkestaete", "woontoren
  Zuiderlicht": a capitalised word no word list knows after a word for a block of homes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .words import COUNTRIES, NOT_NAMES, PERSON_CONTEXT, ROLE_WORDS, Lexicon

Span = tuple[int, int]

_BRACKETED_CAPITAL = re.compile(r"[ \t]*\(([A-ZÀ-Þ][a-zà-ÿ'’]{3,}(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)?)\)")
_BUILDING = re.compile(
    r"(?i)\b(?:(?:portiek|galerij|studenten|senioren)?flat|woontoren|wooncomplex|woonblok|hofje)[ \t]+"
    r"([A-ZÀ-Þ][a-zà-ÿ'’]{3,})(?![\w-])"
)


def place_frames(text: str, towns: Sequence[Span], organisations: Sequence[Span], lexicon: Lexicon) -> list[Found]:
    """The shapes of the module's docstring, after ``towns`` and ``organisations`` found. After
    a town a word names a part of it too ("Houten (Castellum)"); after an organisation only a
    word no list knows does ("De Hoeksteen (Vrijgemaakt)" says what church it is)."""
    found = []
    if "(" in text:
        for spans, words_too in ((towns, True), (organisations, False)):
            for _s, e in spans:
                m = _BRACKETED_CAPITAL.match(text, e)
                if m and _a_name(m.group(1), lexicon, words_too=words_too):
                    found.append(Found(*m.span(1), "locatie"))
    if "flat" in text.lower() or "wo" in text.lower() or "hofje" in text.lower():
        for m in _BUILDING.finditer(text):
            if _a_name(m.group(1), lexicon, words_too=False):
                found.append(Found(*m.span(1), "locatie"))
    return found


_ADJECTIVE_ENDINGS = ("lijk", "ig", "isch", "baar", "loos", "zaam", "end")


def _a_name(word: str, lexicon: Lexicon, *, words_too: bool) -> bool:
    low = word.lower()
    if (
        low in ROLE_WORDS
        or low in PERSON_CONTEXT
        or low in NOT_NAMES
        or low in COUNTRIES
        or low in lexicon.extra_common
    ):
        return False
    if words_too:  # "(Castellum)", "(Hoograven)"; not "(Tijdelijk)", "(Opname)"
        return not lexicon.common(low) and not low.endswith(_ADJECTIVE_ENDINGS)
    if low.endswith(("d", "t")) and lexicon.is_verb_stem(low[:-1]):
        return False  # "(Hersteld)", "(Vernieuwd)": a participle
    return lexicon.is_name_like(word, compounds=False)  # "Hoogstraaten" is no word, though made of two
