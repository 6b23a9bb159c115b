"""Due dates from what participants wrote under "Wanneer", relative to the session date."""

from __future__ import annotations

import re
from datetime import date


def read_due(text: str | None, session: date | None, *, lang: str = "nl") -> date | None:
    """The date ``text`` names, or None when it cannot be read as one."""
    if not text:
        return None
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None
