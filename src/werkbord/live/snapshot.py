"""A harvest → what the live page shows: a card per group and the plenary view. Pure: no I/O.

Everything comes from the (pseudonymised) harvest and the report's aggregate, so the live page
and ``werkbord harvest``'s report count the same way; the pictures are the report's own SVG.

"Last changed" cannot be read from a board (Miro, Mural and Excalidraw files do not say when a
group last touched its frame in a form every backend shares), so :class:`ChangeTracker` compares
successive harvests: a group whose content differs from the previous look changed at that
look. A group seen for the first time counts from then (the page starts as the session runs).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..harvest.model import GroupHarvest, Harvest
from ..report.aggregate import ZONES, Aggregate, aggregate
from ..report.labels import Labels
from ..report.view import across_figure, party_bars_figure, survey_figure

QUIET_MINUTES = 5  # a group quiet this long stands out on its card


def group_fingerprint(g: GroupHarvest) -> str:
    """Changes whenever anything in the group's harvest changes (a note, a move, a form)."""
    return hashlib.sha256(g.model_dump_json().encode("utf-8")).hexdigest()


@dataclass
class ChangeTracker:
    """Per group (by index) the time its harvested content last differed from the look before."""

    seen: dict[int, tuple[str, float]] = field(default_factory=dict)  # index → (fingerprint, changed at)

    def update(self, h: Harvest, now: float) -> dict[int, float]:
        for g in h.groups:
            fp = group_fingerprint(g)
            before = self.seen.get(g.index)
            if before is None or before[0] != fp:
                self.seen[g.index] = (fp, now)
        return {i: at for i, (_, at) in self.seen.items()}


def forms_per_group(item_keys: list[str]) -> dict[int, int]:
    """How many micro-action forms each group's step 3 has, from the manifest's item keys
    (``g3.s3.form.2`` is group 3's second form)."""
    out: dict[int, int] = {}
    for key in item_keys:
        parts = key.split(".")
        if len(parts) == 4 and parts[1] == "s3" and parts[2] == "form" and parts[0][1:].isdigit():
            i = int(parts[0][1:])
            out[i] = out.get(i, 0) + 1
    return out


def group_card(h: Harvest, g: GroupHarvest, *, forms: int, changed_at: float | None) -> dict[str, Any]:
    prompts = [p for p in h.context.prompts if p.step == 1]
    written = sum(len(v) for v in g.step1.values()) + sum(len(v) for v in g.questions.values())
    written += len(g.micro_actions) + len(g.other)
    return {
        "index": g.index,
        "name": g.name,
        "prompts": [{"label": p.label, "count": len(g.step1.get(p.key, []))} for p in prompts],
        "zones": {z: len(g.zones.get(z, [])) for z in ZONES},
        "lane": sum(1 for p in g.unplaced if not p.outside_rings),
        "outside": sum(1 for p in g.unplaced if p.outside_rings),  # dragged out, but beyond ring C
        "forms_filled": sum(1 for a in g.micro_actions if a.structured),
        "forms": forms,
        "actions": len(g.micro_actions),
        "written": written + sum(len(g.zones.get(z, [])) for z in ZONES),
        "changed_at": changed_at,
    }


def _wanted(agg: Aggregate, labels: Labels) -> list[dict[str, Any]]:
    """Parties groups placed in C: wanted but not involved (most groups first)."""
    n = agg.n_groups
    rows = [m for m in agg.often_missing if m.in_c]
    rows.sort(key=lambda m: -len(m.in_c))  # stable: the aggregate's order breaks ties
    return [{"name": m.name, "count": labels.of_groups(len(m.in_c), n), "groups": labels.join(m.in_c)} for m in rows]


def _actions(agg: Aggregate, labels: Labels) -> list[dict[str, str]]:
    out = []
    for entry in agg.actions_by_party:
        for r in entry.actions:
            a = r.action
            text = a.action if a.structured and a.action else (a.action or a.text)
            out.append(
                {
                    "party": entry.party or labels["no_party"],
                    "group": r.group.label,
                    "action": text or "",
                    "owner": a.owner or "",
                    "deadline": a.deadline or "",
                }
            )
    return out


def plenary(agg: Aggregate, labels: Labels) -> tuple[dict[str, Any], dict[str, str]]:
    """The plenary view's data and its pictures (slug → SVG markup from the report)."""
    figures = []
    if agg.n_groups:
        figures += [across_figure(agg, labels), party_bars_figure(agg, labels)]
    survey = survey_figure(agg, labels) if agg.buckets and agg.n_groups else None
    svgs = {f.slug: f.svg for f in [*figures, *([survey] if survey else [])]}

    def described(f) -> dict[str, str]:
        return {
            "slug": f.slug,
            "caption": f.caption,
            "note": f.note,
            "version": hashlib.sha256(f.svg.encode("utf-8")).hexdigest()[:16],
        }

    worked = labels["no_group_worked"]
    if agg.n_groups:
        groups = labels.groups_word(agg.n_total)
        worked = labels["groups_worked_line"].format(n=agg.n_groups, total=agg.n_total, groups=groups)
    data = {
        "n_groups": agg.n_groups,
        "n_total": agg.n_total,
        "worked": worked,
        "figures": [described(f) for f in figures],
        "survey": described(survey) if survey else None,
        "wanted": _wanted(agg, labels),
        "actions": _actions(agg, labels),
    }
    return data, svgs


def snapshot(h: Harvest, *, item_keys: list[str], changed: dict[int, float]) -> tuple[dict[str, Any], dict[str, str]]:
    """Everything the page shows of one harvest, as JSON-ready data, and the plenary's pictures."""
    agg = aggregate([h])
    labels = Labels(h.context)
    forms = forms_per_group(item_keys)
    cards = [group_card(h, g, forms=forms.get(g.index, 0), changed_at=changed.get(g.index)) for g in h.groups]
    plen, svgs = plenary(agg, labels)
    data = {
        "lang": h.context.lang,
        "title": h.title,
        "werkvorm": h.context.title,
        "pseudonymised": h.scrubbing.scrubbed,
        "groups": cards,
        "plenary": plen,
    }
    return data, svgs
