"""Actions as data: each micro-action of a harvest with a stable id, owner, due date and status.

The id depends only on the session and the note the action was written on, so the same action
keeps its id in every report, calendar file and follow-up session.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

# werkbord.harvest.model.Harvest and .GroupHarvest: not imported, because the harvest model
# imports this one (a follow-up harvest holds the actions it reviewed).
Harvest = Any
GroupHarvest = Any

Status = Literal["open", "bezig", "gedaan", "niet_gelukt"]
STATUSES: tuple[Status, ...] = ("open", "bezig", "gedaan", "niet_gelukt")
CARRIED_OUT: frozenset[str] = frozenset({"gedaan", "bezig"})


class Action(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str  # stable: action_id(session_id, note_id)
    session: str  # manifest name of the session it came from
    session_id: str | None
    group: int
    party: str | None = None
    party_key: str | None = None
    action: str | None = None  # what will be done
    owner: str | None = None  # Wie
    due: date | None = None  # read from Wanneer relative to the session date; None when unreadable
    due_text: str | None = None  # Wanneer as written
    expected_effect: str | None = None
    status: Status = "open"
    note: str | None = None
    note_id: str


def action_id(session_id: str | None, note_id: str) -> str:
    """'a-' and 8 hex characters: the same for the same note of the same provisioning run."""
    digest = hashlib.sha1(f"{session_id or ''}\x1f{note_id}".encode()).hexdigest()
    return "a-" + digest[:8]


def session_day(harvest: Harvest) -> date | None:
    """The day the session was held: its own date, else the day it was provisioned (older files)."""
    if harvest.session_date is not None:
        return harvest.session_date
    for stamp in (harvest.session_created_at, harvest.harvested_at):
        if stamp:
            try:
                return date.fromisoformat(stamp[:10])
            except ValueError:
                continue
    return None


def actions_of(harvest: Harvest) -> list[Action]:
    """Every micro-action of a harvest, in group order and in the order the groups wrote them."""
    return [a for group in harvest.groups for a in actions_of_group(harvest, group)]


def actions_of_group(harvest: Harvest, group: GroupHarvest) -> list[Action]:
    """The micro-actions of one group of a harvest."""
    from .due import read_due

    day = session_day(harvest)
    lang = harvest.context.lang
    return [
        Action(
            id=action_id(harvest.session_id, m.note_id),
            session=harvest.session,
            session_id=harvest.session_id,
            group=group.index,
            party=m.party,
            party_key=m.party_key,
            action=m.action if m.structured else (m.action or m.text),
            owner=m.owner,
            due=read_due(m.deadline, day, lang=lang) if m.deadline else None,
            due_text=m.deadline,
            expected_effect=m.expected_effect,
            note_id=m.note_id,
        )
        for m in group.micro_actions
    ]
