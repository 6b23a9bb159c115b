"""Case-insensitive patterns matched case-sensitively on the lower-cased text: the same matches,
found several times faster.

Python's regular-expression engine cannot skip ahead in a case-insensitive pattern: an
alternation of words such as ``(?i)\\b(?:insta|instagram|tiktok|...)\\b`` is tried word by word
at every position of a note (~40-50 µs a note), where the same words matched case-sensitively
let it jump from one possible first letter to the next (~2-5 µs, the lowering included).

:class:`Folded` keeps both: the pattern as written (``(?i)...``) and its body compiled without
the flag. It searches the body in ``text.lower()`` and, where that finds a match, matches the
pattern as written at the same place in ``text``, so callers get the ordinary match object of
their own text (groups as written, not lower-cased). Both find the same places because, for a
text that holds none of :data:`ODD`:

- a lower-case letter of the pattern matches, case-insensitively, exactly the characters that
  lower-case to it (tested over every Unicode character for every character a folded pattern may
  hold: ASCII, the Latin-1 letters and the punctuation in :data:`_UNCASED`), and any other
  character of the pattern only itself;
- lower-casing keeps every character's kind (letter, digit, space: ``\\w``, ``\\d``, ``\\s``,
  ``\\b``) and the text's length, so positions and look-arounds agree (tested too).

``ODD`` are the characters that match an ASCII letter case-insensitively without lower-casing to
it (``ſ`` matches ``s``, dotless ``ı`` matches ``i``), or whose lower case is two characters
(``İ``): a text with one is searched with the pattern as written. A pattern whose body is not
all lower case, or holds a flag of its own (``(?-i:...)``), is refused where it is made.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

__all__ = ["ODD", "Folded"]

ODD = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K (Kelvin sign)
# Characters without case a folded pattern may hold besides ASCII and the Latin-1 letters.
_UNCASED = frozenset("’‘“”±…–—·°€")
# Latin-1 lower-case letters a folded pattern may hold (µ is not one: it also matches Greek mu).
_LATIN = frozenset(chr(c) for c in range(0xDF, 0x100)) - {"÷"}
_FLAG = re.compile(r"\(\?[aiLmsux-]+[:)]")
_END = sys.maxsize


_ANY_ODD = re.compile("[" + "".join(sorted(ODD)) + "]").search
_last: tuple[str, str | None] = ("", "")  # the text lowered last, and its lower case: a note is
# read by several folded patterns in a row (one tuple, swapped whole: safe between threads)


def _lowered(text: str) -> str | None:
    """``text`` lower-cased, or None where that would not find what the pattern finds."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low = text.lower() if text.isascii() or _ANY_ODD(text) is None else None
    _last = (text, low)
    return low


class Folded:
    """``re.compile(source, flags)`` for a ``(?i)`` pattern whose body is all lower case, with
    the :class:`re.Pattern` methods the rules use; ``pattern`` is the pattern as written."""

    __slots__ = ("_lower", "pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        body = source.removeprefix("(?i)")
        if body == source and not flags & re.IGNORECASE:
            raise ValueError(f"not a case-insensitive pattern: {source[:60]!r}")
        if body != body.lower() or _FLAG.search(body):
            raise ValueError(f"cannot fold a pattern with capitals or flags of its own: {source[:60]!r}")
        odd = {c for c in body if not c.isascii() and c not in _LATIN and c not in _UNCASED}
        if odd:
            raise ValueError(f"cannot fold a pattern holding {''.join(sorted(odd))!r}")
        self.pattern = re.compile(source, flags | re.IGNORECASE)
        self._lower = re.compile(body, flags & ~re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        low = _lowered(text)
        if low is None:
            return self.pattern.search(text, pos, endpos)
        m = self._lower.search(low, pos, endpos)
        return None if m is None else self.pattern.match(text, m.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)  # one place: nothing to skip

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        low = _lowered(text)
        if low is None:
            return self.pattern.finditer(text, pos, endpos)
        found = []
        for m in self._lower.finditer(low, pos, endpos):
            again = self.pattern.match(text, m.start(), endpos)
            if again is None or again.end() != m.end() or m.start() == m.end():
                # (cannot happen for a text without ODD; an empty match would be re-read differently)
                return self.pattern.finditer(text, pos, endpos)
            found.append(again)
        return iter(found)
