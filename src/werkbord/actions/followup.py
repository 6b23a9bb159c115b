"""What a follow-up session starts from: earlier harvests' actions and the network as placed.

``provision --follow-up H.harvest.json [...]`` passes the harvests here; the result goes into the
manifest (:class:`werkbord.manifest.FollowUpM`), from which :mod:`werkbord.layout_followup`
builds the board and the harvest of the follow-up reads the ids back. Pure: harvests in, data out.

* Actions: every micro-action of every harvest, by its stable id. A harvest that was itself a
  follow-up also carries forward the actions it reviewed as still going ("bezig") or left
  unsorted, under their first id, so a second follow-up sees them again.
* The network: per group, the placement of the latest harvest (by session day, then by when it
  was provisioned) in which that group placed any party.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import UsageError
from ..harvest.model import Harvest
from ..i18n import _
from ..manifest import FollowUpM, PlacementSeedM
from .model import Action, actions_of

if TYPE_CHECKING:
    from ..template import Werkvorm

CARRIED_FORWARD = frozenset({"bezig", None})


def _order(h: Harvest) -> tuple:
    return (h.session_date.isoformat() if h.session_date else "", h.session_created_at or "", h.harvested_at)


def previous_actions(harvests: Sequence[Harvest]) -> list[Action]:
    """Every action the follow-up reviews, once per id, in session order then board order."""
    out: dict[str, Action] = {}
    for h in sorted(harvests, key=_order):
        fu = h.follow_up
        if fu is not None:
            status = {(r.action_id, r.group): r.status for r in fu.reviews}
            for a in fu.previous_actions:
                s = status.get((a.id, a.group))
                if s in CARRIED_FORWARD:
                    out.setdefault(a.id, a.model_copy(update={"status": s or "open"}))
        for a in actions_of(h):
            out.setdefault(a.id, a)
    return list(out.values())


def follow_up_of(harvests: Sequence[Harvest]) -> FollowUpM:
    """The manifest's follow-up record for a session following up ``harvests``."""
    if not harvests:
        raise UsageError(_("--follow-up needs at least one harvest file"))
    teams = sorted({h.care_team for h in harvests if h.care_team})
    if len(teams) > 1:  # one team's loop: never mixed without the team knowing
        raise UsageError(
            _("the harvests to follow up are of different care teams: {teams}").format(teams=", ".join(teams)),
            hint=_("follow up one team's sessions at a time"),
        )
    ordered = sorted(harvests, key=_order)
    latest: dict[int, list[PlacementSeedM]] = {}
    for h in ordered:
        for g in h.groups:
            placed = [
                PlacementSeedM(group=g.index, name=p.name, key=p.key, zone=p.zone, x=p.x, y=p.y)
                for z in ("A", "B", "C")
                for p in g.zones.get(z, [])
                if p.zone
            ]
            if placed:
                latest[g.index] = placed
    actions = previous_actions(ordered)
    groups = max([len(h.groups) for h in ordered] + [g.index for h in ordered for g in h.groups] + [1])
    return FollowUpM(
        previous=list(dict.fromkeys(h.session_id or h.session for h in ordered)),
        actions=[a.model_dump(mode="json") for a in actions],
        placements=[p for index in sorted(latest) for p in latest[index]],
        groups=groups,
    )


def follow_up_title(harvests: Sequence[Harvest], wv: Werkvorm) -> str:
    """'Team Noord · Terugkomsessie': the latest session's title with the follow-up's name, once."""
    base = sorted(harvests, key=_order)[-1].title if harvests else wv.title
    if wv.follow_up is None:
        return base  # the layout says what is missing
    suffix = f" · {wv.follow_up.title}"
    return base if base.endswith(suffix) else base + suffix
