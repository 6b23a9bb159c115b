"""The few lines `werkbord harvest` prints at the end, in the session's language."""

from __future__ import annotations

from collections.abc import Sequence

from ..harvest.model import Harvest
from .aggregate import ZONES, group_refs
from .labels import Labels
from .review import fields_line, owners_replaced_line


def harvest_summary(h: Harvest, files: Sequence[tuple[str, str]]) -> list[str]:
    """Groups that worked, parties placed, micro-actions, items pseudonymised per category, files.

    ``files``: (path, action) with action "written", "replaced" or "removed".
    """
    # The group counts alone: the whole aggregate (its similar-notes grouping above all) was
    # already built for the reports, and building it again cost ~0.05 s of a 3,000-note harvest.
    refs = group_refs([h])
    labels = Labels(h.context)
    placed = sum(len(g.zones.get(z, [])) for g in h.groups for z in ZONES)
    actions = sum(len(g.micro_actions) for g in h.groups)
    lines = [
        labels["sum_groups"].format(
            worked=sum(r.counted for r in refs), total=len(refs), step2=sum(r.step2 for r in refs)
        ),
        labels["sum_notes"].format(n=len(h.notes)),
        labels["sum_parties"].format(n=placed),
        labels["sum_actions"].format(n=actions),
    ]
    if not h.scrubbing.scrubbed:
        lines.append(labels["sum_not_pseudo"])
    elif h.scrubbing.counts:
        detail = labels.counted(dict(sorted(h.scrubbing.counts.items())))
        lines.append(labels["sum_pseudo"].format(detail=detail))
    else:
        lines.append(labels["sum_pseudo_none"])
    if h.scrubbing.scrubbed:
        lines.append(fields_line([h], labels))
        if owners := owners_replaced_line([h], labels):
            lines.append(owners)
        if h.review:
            lines.append(labels["sum_review_one" if len(h.review) == 1 else "sum_review"].format(n=len(h.review)))
    lines.append(labels["sum_files"])
    word = {"written": labels["sum_written"], "replaced": labels["sum_replaced"], "removed": labels["sum_removed"]}
    lines += [f"  {path}  ({word.get(action, action)})" for path, action in files]
    return lines
