"""The day a session is held: from ``provision --date``, or a date given in ``--start``.

A board is often prepared days before the session, so the provisioning date is only the default.
"""

from __future__ import annotations

import re
from datetime import date

from .errors import UsageError
from .i18n import _

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DUTCH = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")  # 10-12-2026, as a Dutch user writes it


def _date_or_none(text: str) -> date | None:
    if m := _ISO.fullmatch(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DUTCH.fullmatch(text):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def parse_session_date(text: str, *, option: str = "--date") -> date:
    """'2026-12-10' (or '10-12-2026') as a date; a clear error otherwise."""
    found = _date_or_none(text.strip())
    if found is None:
        raise UsageError(
            _("{option} {value} is not a date").format(option=option, value=repr(text)),
            hint=_("use YYYY-MM-DD, e.g. --date 2026-12-10"),
        )
    return found


def split_start(start: str | None) -> tuple[date | None, str | None]:
    """'2026-12-10 14:00' → (the date, '14:00'); '14:00' → (None, '14:00'); a date alone → (date, None)."""
    if start is None:
        return None, None
    parts = start.replace("T", " ").split()
    if not parts:
        return None, start
    day = _date_or_none(parts[0])
    if day is None:
        return None, start
    rest = " ".join(parts[1:])
    return day, rest or None


def session_date(
    date_text: str | date | None, start: str | None, *, today: date | None = None
) -> tuple[date, str | None]:
    """The session's day and its start time of day, from ``--date`` and ``--start``.

    A date in both must agree; without either the day is ``today`` (the provisioning date).
    """
    in_start, clock = split_start(start)
    given = date_text if isinstance(date_text, date) or date_text is None else parse_session_date(date_text)
    if given is not None and in_start is not None and given != in_start:
        raise UsageError(
            _("--date {date} and --start {start} name different days").format(
                date=given.isoformat(), start=repr(start)
            ),
            hint=_("give the date once: --date YYYY-MM-DD --start HH:MM"),
        )
    return given or in_start or today or date.today(), clock
