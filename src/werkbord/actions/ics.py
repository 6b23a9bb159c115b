"""The micro-actions as an iCalendar file (RFC 5545, written with the icalendar library).

One all-day event per dated action on its due date, importable in Outlook and Google Calendar
without an account anywhere: a file a facilitator mails or imports. The UID comes from the
action id, so importing a newer file updates an event instead of adding a second one.
Only the harvest's texts go in: what pseudonymisation kept, nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from ..i18n import _, current_language
from .model import Action
from .text import action_title, day_text, one_line

UID_DOMAIN = "werkbord"


def calendar_bytes(
    actions: Sequence[Action],
    *,
    titles: dict[str, str],
    days: dict[str, date | None] | None = None,
    now: datetime | None = None,
    version: str = "",
) -> bytes:
    """The calendar of every action that has a due date, in the active language.

    ``titles``: session name -> the session's title; ``days``: session name -> the day it was
    held; both for the description.
    """
    from icalendar import Calendar, Event

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", f"-//werkbord//werkbord {version}//{current_language().upper()}".replace("  ", " "))
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    sessions = ", ".join(dict.fromkeys(titles.get(a.session, a.session) for a in actions))
    cal.add("x-wr-calname", _("Micro-actions {sessions}").format(sessions=sessions).strip())
    for a in actions:
        if a.due is None:
            continue
        ev = Event()
        ev.add("uid", f"{a.id}@{UID_DOMAIN}")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", a.due)  # a date: DTSTART;VALUE=DATE, an all-day event
        ev.add("dtend", a.due + timedelta(days=1))
        ev.add("summary", action_title(a))
        ev.add("description", _description(a, titles.get(a.session, a.session), (days or {}).get(a.session)))
        ev.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day stays free
        cal.add_component(ev)
    return cal.to_ical()


def _description(a: Action, title: str, day: date | None) -> str:
    held = _("Session: {title} of {day}, group {group}") if day else _("Session: {title}, group {group}")
    lines = [
        _("Who: {owner}").format(owner=one_line(a.owner) or _("(not filled in)")),
        _("Expected effect: {effect}").format(effect=one_line(a.expected_effect) or _("(not filled in)")),
        held.format(title=title, group=a.group, day=day_text(day) if day else ""),
    ]
    if a.due_text:
        lines.append(_("When (as written): {text}").format(text=a.due_text))
    if a.due is not None:
        lines.append(_("Due: {day}").format(day=day_text(a.due)))
    lines.append(_("Action id: {id}").format(id=a.id))
    return "\n".join(lines)
