"""A micro-action as data: its stable id, owner, due date and status.

Plain data with no logic above the harvest, so a harvest (a follow-up's review) can hold actions;
:mod:`werkbord.actions.model` builds them from a harvest and re-exports these names.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

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
