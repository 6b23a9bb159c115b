"""The ending after a word's apostrophe belongs to that word, never to a name; the old genitive
of an ordinary word ("'s avonds") is no name either. Pure.

Dutch writes some plurals and suffixes after an apostrophe: "risico's", "auto's", "baby'tje",
"PMT'er". deduce's tokenizer splits there, so an "s" followed by a full stop ("vier risico's.
Nazit ...") reads as an initial, and the initial and the next capitalised word are replaced as
one name: "risico'[PERSOON-1]". The replacement then eats part of an ordinary word and the
sentence break. This module moves such a span's start past the ending; what follows is judged
on its own (it may still be a name and is then still replaced).

"'s Avonds", "'s Zondags", "'s Winters" are adverbs in the old genitive: after "'s" comes an
ordinary word's stem and -s. The rules read them as towns ("'s-Hertogenbosch") or as surnames
("Winters"); a town in that shape is no ordinary word with -s, so it still goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .found import Found
from .words import Lexicon

# A letter, then an apostrophe: the span starts inside that word.
_WORD_AND_APOSTROPHE = re.compile(r"[^\W\d_]['’]$")
# The ending itself (lower case, up to four letters: 's, 'tje, 'er, 'ers), then what closes it.
_ENDING = re.compile(r"[a-zà-ÿ]{1,4}(?![\w'’])[.,;:!?]*\s*")


def outside_word_endings(text: str, found: Iterable[Found]) -> list[Found]:
    """``found`` with each span that starts on the ending after a word's apostrophe moved past it."""
    out = []
    for f in found:
        if f.start >= 2 and _WORD_AND_APOSTROPHE.search(text, f.start - 2, f.start):
            m = _ENDING.match(text, f.start, f.end)
            if m:
                if m.end() < f.end:
                    out.append(Found(m.end(), f.end, f.tag))
                continue
        out.append(f)
    return out


# "'s " (or "'s-") directly before a span.
_OLD_GENITIVE = re.compile(r"(?<![\w'’])[’'‘]s[- ]$")


def genitive_adverb(word: str, lexicon: Lexicon) -> bool:
    """``word`` (after "'s") is an ordinary word's stem and -s: "avonds", "Zondags", "winters"."""
    return len(word) > 3 and word.endswith("s") and lexicon.is_word(word[:-1].lower())


def without_genitive_adverbs(text: str, found: Iterable[Found], lexicon: Lexicon) -> list[Found]:
    """``found`` without the spans that are one genitive adverb after "'s"."""
    return [
        f
        for f in found
        if not (
            f.start >= 3
            and _OLD_GENITIVE.search(text, f.start - 3, f.start)
            and genitive_adverb(text[f.start : f.end], lexicon)
        )
    ]
