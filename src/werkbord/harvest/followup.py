"""Harvesting a follow-up session: which previous actions were done, what helped, what moved.

Pure, like :mod:`.classify`, which calls it for a manifest with a ``follow_up`` record:

* each previous action's status is the status area (``status.<status>`` regions of step 1) its
  sticky lies in now, found by the sticky's platform id recorded under the action's id: a
  participant may rewrite the text, the match never depends on it. Not in an area (or deleted):
  no status;
* "Wat hielp?" / "Wat hield tegen?" are the notes in the ``helped`` / ``hindered`` regions;
* per party its move since last time: its ring in the earlier session (from the manifest) against
  its ring now (from this harvest): closer, further, unchanged, or newly placed. A party placed
  before and now not placed counts as further. Across groups: the ring most groups chose (a tie
  goes to the inner ring), before and now. Beside each move: the ids of the previous actions aimed
  at that party.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..items import BoardItem
from ..manifest import Manifest
from ..plan import GroupGeometry, Role
from ..textnorm import normalise
from .action import Action
from .model import ActionReview, FollowUp, GroupHarvest, PartyMove, ZoneName

STATUS_PREFIX = "status."
HELPED, HINDERED = "helped", "hindered"
_RANK = {"A": 1, "B": 2, "C": 3}


def without_markers(manifest: Manifest, items: list[BoardItem]) -> list[BoardItem]:
    """The items with the "(vorige keer: B)" line taken off the pre-placed parties' text, so a
    party is read by its name (a party a group wrote itself, too)."""
    markers = {
        ref.id: ref.text.rsplit("\n", 1)[-1].strip() for ref in manifest.items.values() if "previous_zone" in ref.meta
    }
    if not markers:
        return items
    out = []
    for item in items:
        marker = markers.get(item.id)
        if marker and marker in item.text:
            lines = [line for line in item.text.split("\n") if line.strip() != marker]
            item = replace(item, text="\n".join(lines).strip())
        out.append(item)
    return out


def _status_at(geos: Iterable[GroupGeometry], item: BoardItem) -> str | None:
    c = item.rect.center
    for geo in geos:
        for r in geo.regions:
            if r.step == 1 and r.key.startswith(STATUS_PREFIX) and r.rect.contains(c):
                return r.key.removeprefix(STATUS_PREFIX)
    return None


def _ident(key: str | None, name: str) -> str:
    return key or normalise(name)


def _now_zones(g: GroupHarvest) -> dict[str, tuple[str, str | None, ZoneName]]:
    """Per party (key or written name) its ring now: the innermost one it was put in."""
    out: dict[str, tuple[str, str | None, ZoneName]] = {}
    for zone in ("A", "B", "C"):
        for p in g.zones.get(zone, []):
            out.setdefault(_ident(p.key, p.name), (p.name, p.key, zone))
    return out


def move_of(before: str | None, now: str | None) -> str:
    if before is None:
        return "new"
    if now is None or _RANK[now] > _RANK[before]:
        return "further"
    return "closer" if _RANK[now] < _RANK[before] else "unchanged"


def _aimed(actions: list[Action], ident: str, group: int | None) -> list[str]:
    return [
        a.id
        for a in actions
        if (group is None or a.group == group) and (a.party_key == ident or (a.party and normalise(a.party) == ident))
    ]


def _mode(zones: list[str]) -> str | None:
    if not zones:
        return None
    counts = Counter(zones)
    return min(counts, key=lambda z: (-counts[z], _RANK[z]))


def follow_up_review(
    manifest: Manifest,
    items: list[BoardItem],
    groups: list[GroupHarvest],
    geos: list[GroupGeometry],
) -> FollowUp:
    """The follow-up part of a harvest, from the board as read and the harvest's groups."""
    record = manifest.follow_up
    assert record is not None
    actions = [Action.model_validate(a) for a in record.actions]
    by_id = {i.id: i for i in items if not i.deleted}
    sticky_of = {
        ref.meta.get("action_id"): ref.id for ref in manifest.items.values() if ref.role == Role.PREVIOUS_ACTION
    }
    reviews = []
    for a in actions:
        item = by_id.get(sticky_of.get(a.id, ""))
        reviews.append(ActionReview(action_id=a.id, group=a.group, status=_status_at(geos, item) if item else None))

    helped = {g.index: list(g.step1.get(HELPED, [])) for g in groups if g.step1.get(HELPED)}
    hindered = {g.index: list(g.step1.get(HINDERED, [])) for g in groups if g.step1.get(HINDERED)}

    moves: list[PartyMove] = []
    names: dict[str, tuple[str, str | None]] = {}
    before_all: dict[str, list[str]] = {}
    now_all: dict[str, list[str]] = {}
    for g in groups:
        before = {}
        for p in record.placements:
            if p.group == g.index:
                before.setdefault(_ident(p.key, p.name), (p.name, p.key, p.zone))
        now = _now_zones(g)
        for ident in [*before, *(k for k in now if k not in before)]:
            name, key, was = before.get(ident, (None, None, None))
            n_name, n_key, is_ = now.get(ident, (None, None, None))
            name, key = name or n_name, key or n_key
            names.setdefault(ident, (name, key))
            if was:
                before_all.setdefault(ident, []).append(was)
            if is_:
                now_all.setdefault(ident, []).append(is_)
            moves.append(
                PartyMove(
                    group=g.index,
                    party=name,
                    party_key=key,
                    before=was,
                    now=is_,
                    move=move_of(was, is_),
                    actions=_aimed(actions, ident, g.index),
                )
            )
    for ident, (name, key) in names.items():
        was, is_ = _mode(before_all.get(ident, [])), _mode(now_all.get(ident, []))
        moves.append(
            PartyMove(
                group=None,
                party=name,
                party_key=key,
                before=was,
                now=is_,
                move=move_of(was, is_),
                actions=_aimed(actions, ident, None),
            )
        )
    return FollowUp(
        previous=list(record.previous),
        previous_actions=actions,
        reviews=reviews,
        helped=helped,
        hindered=hindered,
        moves=moves,
    )


def follow_up_texts(fu: FollowUp) -> set[str]:
    """The participant texts of a follow-up, for de-identification."""
    found: set[str] = set()
    for texts in (*fu.helped.values(), *fu.hindered.values()):
        found.update(texts)
    found.update(m.party for m in fu.moves if m.party_key is None)
    for a in fu.previous_actions:
        found.update(v for v in (a.party, a.action, a.owner, a.due_text, a.expected_effect, a.note) if v)
    return found


def scrub_follow_up(fu: FollowUp, s: Callable[[str | None], str | None]) -> None:
    """Replace a follow-up's texts in place by their de-identified versions."""
    fu.helped = {k: [s(t) for t in v] for k, v in fu.helped.items()}
    fu.hindered = {k: [s(t) for t in v] for k, v in fu.hindered.items()}
    for m in fu.moves:
        if m.party_key is None:
            m.party = s(m.party)
    for a in fu.previous_actions:
        a.party, a.action, a.owner = s(a.party), s(a.action), s(a.owner)
        a.due_text, a.expected_effect, a.note = s(a.due_text), s(a.expected_effect), s(a.note)


def follow_up_labels(wv) -> dict[str, str]:
    """The follow-up's template texts a report needs, as ``context.labels`` keys ``fu.…``."""
    fu = wv.follow_up
    if fu is None:
        return {}
    out = {
        "fu.title": fu.title,
        "fu.previous_actions": fu.previous_actions,
        "fu.helped": fu.helped,
        "fu.hindered": fu.hindered,
        "fu.status": fu.status,
        "fu.ring_now": fu.ring_now,
        "fu.previous": fu.previous,
        "fu.moves_title": fu.moves_title,
        "fu.not_sorted": fu.not_sorted,
        "fu.aimed_actions": fu.aimed_actions,
    }
    out.update({f"fu.status.{k}": v for k, v in fu.statuses.model_dump().items()})
    out.update({f"fu.move.{k}": v for k, v in fu.moves.items()})
    return out
