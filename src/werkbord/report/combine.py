"""Harvests of one session combine once: later looks at the same board replace earlier ones.

Harvesting during the session is encouraged, so ``werkbord report mid.json final.json`` must not
count every group twice. Two harvests are of the same session when they name the same board and
the same provisioning run (schema /2), or — for /1 files, which do not record the board — the same
backend, session name and title. Per group the later harvest wins; a group only the earlier one
has (a frame removed since?) is kept. Harvests of different sessions or teams add up as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..harvest.model import Harvest, Scrubbing


@dataclass(frozen=True)
class Combined:
    """Harvests of the same session merged into one; what the report says about it."""

    title: str
    count: int  # how many harvests were merged
    latest: str  # harvested_at of the harvest that won


def session_key(h: Harvest) -> tuple[str, ...]:
    if h.board and h.session_id:
        return ("board", h.board, h.session_id)
    return ("legacy", h.backend, h.session, h.title)


def _merge(same: list[Harvest]) -> Harvest:
    ordered = sorted(same, key=lambda h: h.harvested_at)  # ISO 8601 in UTC: sorts as text
    latest = ordered[-1]
    groups = {}
    source: dict[int, Harvest] = {}
    for h in ordered:
        for g in h.groups:
            groups[g.index] = g
            source[g.index] = h
    notes = [n for h in ordered for n in h.notes if n.group is not None and source.get(n.group) is h]
    notes += [n for n in latest.notes if n.group is None]
    scrubbed = all(h.scrubbing.scrubbed for h in ordered)
    used = [h for h in ordered if any(s is h for s in source.values())]
    # Items replaced, summed over the harvests whose groups are used: exact when the latest has
    # every group (the usual case), an overcount only when an earlier one adds a group.
    counts: dict[str, int] = {}
    kept: dict[str, int] = {}
    replaced: dict[str, int] = {}
    for h in used:
        for total, part in ((counts, h.scrubbing.counts), (kept, h.scrubbing.kept), (replaced, h.scrubbing.replaced)):
            for k, v in part.items():
                total[k] = total.get(k, 0) + v
    review = []  # the suspects of the notes kept, from the harvest each note comes from
    for h in ordered:
        group_of = {n.id: n.group for n in h.notes}
        for r in h.review:
            g = group_of.get(r.note)
            if (source.get(g) is h) if g is not None else (h is latest):
                review.append(r)
    return latest.model_copy(
        update={
            "groups": [groups[i] for i in sorted(groups)],
            "notes": notes,
            "outside": list(latest.outside),
            "scrubbing": Scrubbing(
                scrubbed=scrubbed,
                counts=counts,
                notes_changed=sum(h.scrubbing.notes_changed for h in used),
                kept=kept,
                replaced=replaced,
                privacy_list=latest.scrubbing.privacy_list,
            ),
            "review": review,
        }
    )


def combine_sessions(harvests: Sequence[Harvest]) -> tuple[list[Harvest], list[Combined]]:
    """One harvest per session, in the order sessions first appear; and what was merged."""
    by_key: dict[tuple[str, ...], list[Harvest]] = {}
    for h in harvests:
        by_key.setdefault(session_key(h), []).append(h)
    out, merged = [], []
    for same in by_key.values():
        if len(same) == 1:
            out.append(same[0])
            continue
        m = _merge(same)
        out.append(m)
        merged.append(Combined(title=m.title, count=len(same), latest=m.harvested_at))
    return out, merged
