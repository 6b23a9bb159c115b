"""Text normalisation for matching what people wrote: case, diacritics and punctuation ignored."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """Lower case, no diacritics, punctuation as spaces, single spaces: 'POH-GGZ!' → 'poh ggz'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", plain).strip()
