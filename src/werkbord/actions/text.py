"""How an action reads in a message, a calendar entry or a list, in the active language."""

from __future__ import annotations

from datetime import date

from ..i18n import N_, _, current_language
from .model import Action

_WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"))


def action_title(a: Action) -> str:
    """'Huisarts: Signaleringsplan delen' (party + action), or what there is of the two."""
    what = one_line(a.action) or _("(no action written)")
    party = one_line(a.party)
    return f"{party}: {what}" if party else what


def one_line(text: str | None) -> str:
    """A note's text on one line (a sticky's line breaks are not a list's)."""
    return " ".join((text or "").split())


def day_text(d: date) -> str:
    """'vrijdag 11-12-2026' in Dutch, 'Friday 2026-12-11' in English."""
    numbers = d.strftime("%d-%m-%Y") if current_language() == "nl" else d.isoformat()
    return f"{_(_WEEKDAYS[d.weekday()])} {numbers}"
