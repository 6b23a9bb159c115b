"""Board items as every backend reads them back: platform-neutral, absolute, plain text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .geometry import Rect

MAX_NOTE_CHARS = 10_000  # a sticky note longer than this is cut (a 1 MB note is hostile)


@dataclass(frozen=True, slots=True)
class BoardItem:
    id: str
    kind: str  # "sticky", "text", "shape", "frame", ... (the platform's own word is fine)
    text: str  # plain text, line breaks kept
    rect: Rect  # absolute canvas rectangle
    color: str | None = None
    deleted: bool = False
    parent_id: str | None = None
    role_hint: str | None = None  # e.g. Excalidraw customData: a hint, never the truth


_BREAK = re.compile(r"<\s*br\s*/?\s*>|<\s*/\s*(p|div|li|h[1-6])\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def html_to_text(s: str | None) -> str:
    """Plain text from the HTML a platform stores: tags stripped, entities unescaped, breaks kept."""
    if not s:
        return ""
    s = _BREAK.sub("\n", s)
    s = _TAG.sub("", s)
    s = html.unescape(s).replace("\xa0", " ")
    lines = [ln.strip() for ln in s.replace("\r\n", "\n").split("\n")]
    return clean_text("\n".join(lines))


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
