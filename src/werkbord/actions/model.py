"""Actions as data: each micro-action of a harvest with a stable id, owner, due date and status.

The id depends only on the session and the note the action was written on, so the same action
keeps its id in every report, calendar file and follow-up session.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

# The data itself lives beside the harvest (a follow-up's harvest holds actions); re-exported here.
from ..harvest.action import CARRIED_OUT, STATUSES, Action, Status, action_id

if TYPE_CHECKING:
    from ..harvest.model import GroupHarvest, Harvest

__all__ = ["CARRIED_OUT", "STATUSES", "Action", "Status", "action_id", "actions_of", "actions_of_group", "session_day"]


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
