"""Board items as every backend reads them back: platform-neutral, absolute, plain text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .geometry import Rect

MAX_NOTE_CHARS = 10_000  # a sticky note longer than this is cut (a 1 MB note is hostile)


@dataclass(frozen=True, slots=True)
class BoardItem:
    """One item as a backend read it back from the board."""

    id: str
    kind: str  # "sticky", "text", "shape", "frame", ... (the platform's own word is fine)
    text: str  # plain text, line breaks kept
    rect: Rect  # absolute canvas rectangle
    color: str | None = None
    deleted: bool = False
    parent_id: str | None = None
    role_hint: str | None = None  # e.g. Excalidraw customData: a hint, never the truth


# Block elements end a line; ``<br>`` is a line break. Vendors differ in what they send back for
# the same text (Miro's editor ``<p>`` per line, Mural ``<div>`` per line, nested ``<div><p>``…),
# so runs of block boundaries count as one break: the same text reads the same from every source.
_MARK = "\x00"  # a block boundary while converting (control characters are dropped from text anyway)


@functools.cache
def _html() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(block, br, tag, marks, looks_html): compiled when a platform's text is first read, not
    on import (an Excalidraw provision reads none; ~5 million instructions)."""
    block = re.compile(
        r"<\s*/?\s*(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|section|article|header|footer|tr|table)\b[^>]*>",
        re.IGNORECASE,
    )
    br = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
    tag = re.compile(r"<[^>]*>")
    marks = re.compile("[ \t]*\x00(?:[ \t]*\x00)*[ \t]*")
    # What tells HTML from plain text that merely contains "<": a known tag or an entity.
    looks_html = re.compile(
        r"</?(?:p|div|br|span|b|i|u|s|em|strong|strike|del|ins|sub|sup|font|a|li|ul|ol|h[1-6]|"
        r"blockquote|pre|code)\b[^<>]*>|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});"
    )
    return block, br, tag, marks, looks_html


def html_to_text(s: str | None) -> str:
    """Plain text from the HTML a platform stores: tags stripped, entities unescaped, block
    elements and ``<br>`` as line breaks (nested or adjacent blocks as one)."""
    if not s:
        return ""
    block, br, tag, marks, _looks_html = _html()
    s = s.replace("\r\n", "\n").replace("\n", " ")  # in HTML a newline in the source is a space
    s = br.sub("\n", s)
    s = block.sub(_MARK, s)
    s = tag.sub("", s)
    s = marks.sub("\n", s.strip(_MARK + " \t"))
    import html  # only a platform's HTML needs it: a provision does not load it

    s = html.unescape(s).replace("\xa0", " ")
    lines = [ln.strip() for ln in s.split("\n")]
    return clean_text("\n".join(lines))


def platform_text(s: str | None) -> str:
    """Text a platform hands back, as plain text: HTML when it looks like HTML (some answers
    carry ``<div>``/``<p>`` per line in a field documented as text), else just cleaned."""
    if not s:
        return ""
    return html_to_text(s) if _html()[4].search(s) else clean_text(s)


def match_text(s: str | None) -> str:
    """Text for comparing what we sent with what came back: plain, whitespace runs as one space."""
    return " ".join(platform_text(s).split())


# Control characters and bidirectional overrides: invisible in a note, but able to garble a
# terminal, a CSV cell or the reading order of a report ("Trojan source").
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def clean_text(s: str | None) -> str:
    """Trim, drop control characters and empty leading/trailing lines, bound the length."""
    if not s:
        return ""
    s = _HIDDEN.sub("", s.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(s) > MAX_NOTE_CHARS:
        s = s[:MAX_NOTE_CHARS] + "…"
    return s
