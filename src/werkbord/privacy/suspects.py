"""Suspects: tokens left in a pseudonymised note that still look like an identifier.

No automatic method is perfect, so a person checks these before a report is shared (the
report's "Controleer vóór delen" section, ``werkbord review``). This is a minimal version of
the interface (a capitalised word inside a sentence, a token with digits); the rules that know
Dutch vocabulary replace it.

Pure: no deduce import.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from ..i18n import _
from .protect import ProtectedPhrases

_TAG = re.compile(r"\[[A-Z]+(?:-\d+)?\]")
_TOKEN = re.compile(r"[^\W_][\w.@/+-]*[^\W_]|[^\W_]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|^\s*[-*•]\s*)$")


@dataclass(frozen=True, slots=True)
class Suspect:
    text: str  # as it stands in the (pseudonymised) note
    start: int
    why: str  # a short reason, in the session's language


@lru_cache(maxsize=32)
def _shield(protected: frozenset[str]) -> ProtectedPhrases:
    # One regex for the template's words is shared by every note: compiling it per note cost
    # seconds on a harvest of 3,000 notes.
    return ProtectedPhrases(protected)


def find_suspects(text: str, *, protected: Collection[str]) -> list[Suspect]:
    """Tokens of ``text`` (an already pseudonymised note) that may still identify someone."""
    shield = _shield(frozenset(protected))
    covered = [m.span() for m in _TAG.finditer(text)] + shield.spans(text)
    out: list[Suspect] = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in covered):
            continue
        token = m.group()
        if any(c.isdigit() for c in token):
            out.append(Suspect(token, s, _("contains digits")))
        elif token[0].isupper() and not token.isupper() and not _SENTENCE_START.search(text[max(0, s - 4) : s]):
            out.append(Suspect(token, s, _("capitalised word inside a sentence")))
    return out
