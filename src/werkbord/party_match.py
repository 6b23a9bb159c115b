"""Matching what participants wrote to the template's parties.

Matching ignores case, diacritics, punctuation and surrounding words: "de huisarts",
"POH-GGZ" and "Huisarts / POH" all find their party. When a text names several parties the
one mentioned first wins (ties: the longest alias), so "Huisarts / POH" is the huisarts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .template import Party
from .textnorm import normalise

__all__ = ["PartyMatch", "PartyMatcher", "normalise"]


@dataclass(frozen=True, slots=True)
class PartyMatch:
    key: str | None  # None: not a template party
    name: str  # the template label, or the text as written


class PartyMatcher:
    def __init__(self, parties: list[Party]) -> None:
        self._labels = {p.key: p.label for p in parties}
        pairs: list[tuple[str, str]] = []
        for p in parties:
            for alias in {p.label, p.key.replace("_", " "), *p.aliases}:
                n = normalise(alias)
                if n:
                    pairs.append((n, p.key))
        # Longest first so "poh ggz" is tried before "poh" at the same position.
        pairs.sort(key=lambda a: (-len(a[0]), a[0]))
        self._pattern = (
            re.compile(r"(?<![0-9a-z])(" + "|".join(re.escape(a) for a, _ in pairs) + r")(?![0-9a-z])")
            if pairs
            else None
        )
        self._by_alias = dict(pairs)

    def find(self, text: str) -> str | None:
        """The key of the first party the text mentions, if any."""
        if self._pattern is None:
            return None
        m = self._pattern.search(normalise(text))
        return self._by_alias[m.group(1)] if m else None

    def match(self, text: str) -> PartyMatch | None:
        """A party sticky's text as a party: template party, or kept as written. None if empty."""
        written = " ".join(text.split())
        if not written:
            return None
        key = self.find(written)
        if key is not None:
            return PartyMatch(key, self._labels[key])
        return PartyMatch(None, written)

    def label(self, key: str) -> str:
        return self._labels[key]
