"""Text normalisation for matching what people wrote: case, diacritics and punctuation ignored."""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


# The same few texts are normalised again and again (party names in every group, a note by the
# classifier and again by the report): ~5,000 calls for a 3,000-note report, most of them repeats.
@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower case, no diacritics, punctuation as spaces, single spaces: 'POH-GGZ!' → 'poh ggz'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", plain).strip()
