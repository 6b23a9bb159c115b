"""The actions as text for a person: per owner, ready to paste into an e-mail; and what has no date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import _
from .model import Action
from .text import action_title, day_text, one_line

if TYPE_CHECKING:
    from ..harvest.model import Harvest


@dataclass(frozen=True, slots=True)
class ActionList:
    """The micro-actions of one or more harvests, as :func:`actions` read them."""

    harvests: list[Harvest]
    actions: list[Any]  # werkbord.actions.model.Action, in harvest and group order
    titles: dict[str, str]  # session name -> title
    days: dict[str, Any]  # session name -> the day it was held (a date), None when unknown

    @property
    def pseudonymised(self) -> bool:
        return all(h.scrubbing.scrubbed for h in self.harvests)

    @property
    def name(self) -> str:
        """The sessions' names, for the files made of them: 'team-noord', 'team-noord+team-oost'."""
        names = list(
            dict.fromkeys(re.sub(r"[^A-Za-z0-9._-]+", "-", h.session).strip("-.") or "sessie" for h in self.harvests)
        )
        joined = "+".join(names)
        return joined if len(joined) <= 80 else f"{names[0]}+{len(names) - 1}"


@dataclass(frozen=True, slots=True)
class CalendarWritten:
    """The calendar file :func:`write_calendar` wrote, and what it left out."""

    path: Path
    events: int
    undated: list[Any]  # the actions without a due date: not in the calendar
    backup: Path | None  # the replaced file's copy (``force``)


def _when(a: Action) -> str:
    if a.due is not None:
        return day_text(a.due)
    if a.due_text and a.due_text.strip():
        return _('when: "{text}" (no date could be read from it)').format(text=one_line(a.due_text))
    return _("no 'when' filled in")


def _owner_key(owner: str | None) -> str:
    return " ".join((owner or "").split()).casefold()


def heading(titles: dict[str, str], days: dict[str, date | None]) -> str:
    """'Micro-acties — Team Noord (donderdag 10-12-2026)'."""
    named = [f"{t} ({day_text(days[s])})" if days.get(s) else t for s, t in titles.items()]
    return _("Micro-actions — {sessions}").format(sessions=", ".join(named))


def per_owner(actions: Sequence[Action], *, heading: str) -> list[str]:
    """Lines of text: a heading, then per owner (A-Z; no owner last) the actions by due date."""
    groups: dict[str, list[Action]] = {}
    names: dict[str, str] = {}
    for a in actions:
        key = _owner_key(a.owner)
        groups.setdefault(key, []).append(a)
        names.setdefault(key, one_line(a.owner))
    lines = [heading, ""]
    if not actions:
        return [*lines, _("No micro-actions in this harvest.")]
    for key in sorted(groups, key=lambda k: (k == "", k)):
        lines.append(names[key] or _("Who: not filled in"))
        for a in sorted(groups[key], key=lambda a: (a.due is None, a.due or date.max, a.group)):
            lines.append(f"- {action_title(a)} — {_when(a)}")
            if one_line(a.expected_effect):
                lines.append("  " + _("Expected effect: {effect}").format(effect=one_line(a.expected_effect)))
        lines.append("")
    return lines[:-1]


def undated(actions: Sequence[Action]) -> list[str]:
    """The actions a calendar cannot hold, one line each."""
    out = []
    for a in actions:
        if a.due is None:
            who = f" ({one_line(a.owner)})" if one_line(a.owner) else ""
            out.append(f"- {action_title(a)}{who} — {_when(a)}")
    return out
