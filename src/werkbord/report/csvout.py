"""The report as CSV: one row per participant note, for sorting and counting in a spreadsheet.

Columns: session (title), group, step, prompt or zone (the prompt's own text, a zone's label,
"unplaced", micro-actions, free notes), party, text. Headers come from the labels.

* A cell that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``,
  tab or carriage return, also after leading spaces) gets a leading single quote.
* When a harvest was not de-identified, the very first row holds the ``not_deidentified``
  label alone, above the header: whoever opens the file sees it before any note. A
  de-identified report has no such row, so the file starts with its header.
* The file starts with a UTF-8 byte order mark, the one way Excel reads ë and é correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..harvest.model import Harvest, Note
from .labels import Labels

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Neutralise a cell a spreadsheet would evaluate as a formula."""
    if value.startswith(_FORMULA_START) or value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


def region_label(h: Harvest, note: Note, labels: Labels) -> str:
    """What a note answers, in words: the prompt's text, the zone, or where it was found."""
    region = note.region
    if region is None:
        return labels["free_notes"] if note.group is not None else ""
    if region.startswith("zone."):
        zone = region.removeprefix("zone.")
        label = next((z.label for z in h.context.zones if z.key == zone), "")
        return f"{zone} — {label}" if label else zone
    if region == "unplaced":
        return labels["unplaced"]
    if region == "s3":
        return labels["micro_actions"]
    prompt = next((p for p in h.context.prompts if p.key == region), None)
    return prompt.label if prompt else region


def render_csv(harvests: Sequence[Harvest]) -> str:
    labels = Labels(harvests[0].context)
    buf = io.StringIO()
    w = csv.writer(buf)
    if not all(h.scrubbing.scrubbed for h in harvests):
        w.writerow([safe_cell(labels["not_deidentified"])])
    w.writerow(
        [
            labels["session"],
            labels["group"],
            labels["step"],
            labels["prompt"],
            labels["party"],
            labels["text"],
        ]
    )
    for h in harvests:
        own = Labels(h.context)
        names = {g.index: g.name for g in h.groups}
        for n in h.notes:
            group = names.get(n.group, str(n.group)) if n.group is not None else own["outside_groups"]
            row = [
                h.title,
                group,
                str(n.step) if n.step is not None else "",
                region_label(h, n, own),
                n.party or "",
                n.text,
            ]
            w.writerow([safe_cell(c) for c in row])
    return "\ufeff" + buf.getvalue()
