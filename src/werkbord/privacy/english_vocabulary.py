"""Ordinary English words, for notes that mix English into Dutch ("Lovely session", "op de sticky",
"sleeps in a hostel", "Welcome Week"): a word no Dutch word list knows but English does is no name
by itself, so the review step need not show it.

Source: the ``english-words`` package (MIT; Webster's Second International, ``web2``, and GCIDE,
the GNU version of the Collaborative International Dictionary of English). Only the words web2
spells in lower case (its proper nouns are capitalised: "Grace", "Bill") that GCIDE knows too, so
rare dialect entries ("merel", "bas") stay out. The callers decide the frame: a word on a name list,
after a role or family word or a title is read as a name whatever English says.

Loading both pickles costs ~0.2 s, so the set is prepared once as a plain file in the user cache
folder the Dutch word lists use (``platformdirs.user_cache_dir("werkbord")/deduce``) and read from
there (a few hundredths of a second); only when a note asks.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

_MAGIC = "WERKBORD-ENGLISH-WORDS 1\n"
# Inflections the lists leave out: "sleeps", "voices", "feels", "struggling", "skipped", "studies".
_ENDINGS = (("ies", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"))


def _package_version() -> str:
    try:
        from english_words.version import VERSION  # type: ignore[import-not-found]
    except ImportError:
        return "0"
    return str(VERSION)


def build_words() -> frozenset[str]:
    """The ordinary English words, from the package's lists (slow: ~0.2 s)."""
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"])
    gcide = get_english_words_set(["gcide"], lower=True)
    return frozenset(w for w in web2 if w.isalpha() and w.islower() and w in gcide)


def _cache_path() -> Path:
    from .cachefile import default_cache_dir

    return default_cache_dir() / f"english-{_package_version()}.txt"


@functools.cache
def english_words() -> frozenset[str]:
    """The set, from the prepared file when there is one (written now when there is none)."""
    path = _cache_path()
    try:
        text = path.read_text("utf-8")
        if text.startswith(_MAGIC):
            return frozenset(text[len(_MAGIC) :].split())
    except (OSError, UnicodeDecodeError):
        pass
    try:
        words = build_words()
    except ImportError:
        return frozenset()  # without the package the review step shows what it showed before
    _write(path, words)
    return words


def _write(path: Path, words: frozenset[str]) -> None:
    """Whole or not at all, also when two processes prepare it at once; a cache that cannot be
    written only costs the next process the build again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".english-", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(_MAGIC + "\n".join(sorted(words)))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def is_english_word(low: str) -> bool:
    """``low`` (lower case) is an ordinary English word or a regular inflection of one."""
    if len(low) < 2 or not low.isalpha():
        return False
    words = english_words()
    if low in words:
        return True
    for end, back in _ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[: -len(end)] + back
            if stem in words or (
                end in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words
            ):
                return True
    return False
