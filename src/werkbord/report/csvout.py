"""The report as CSV: one row per participant note, for sorting and counting in a spreadsheet.

Columns: session (title), group, step, prompt or zone (the prompt's own text, a zone's label,
"not discussed", micro-actions, free notes), party, text. Headers come from the labels. Rows are
sorted by session, group, step and prompt or zone. Dutch reports are separated by ``;`` (what
Excel with Dutch settings expects), English ones by ``,``.

* A cell that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``,
  tab or carriage return, also after leading spaces) gets a leading single quote.
* When a harvest was not de-identified, the very first row holds the ``not_deidentified``
  label alone, above the header (``not_pseudonymised``): whoever opens the file sees it before any note. A
  de-identified report has no such row, so the file starts with its header.
* The file starts with a UTF-8 byte order mark, the one way Excel reads ë and é correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..harvest.model import Harvest, Note
from .combine import combine_sessions
from .labels import Labels

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Neutralise a cell a spreadsheet would evaluate as a formula."""
    # A space is no formula start, so this also covers a value that starts with one.
    if value.lstrip(" ").startswith(_FORMULA_START):
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
        if not label:
            return zone
        return label if label.split()[0].strip("·:-—") == zone else f"{zone} — {label}"
    if region == "unplaced":
        return labels["not_discussed_long"]
    if region == "outside_rings":
        return labels["outside_rings"]
    if region == "s3":
        return labels["micro_actions"]
    prompt = next((p for p in h.context.prompts if p.key == region), None)
    return prompt.label if prompt else region


def _region_rank(h: Harvest) -> dict[str | None, int]:
    keys: list[str | None] = [p.key for p in h.context.prompts]
    keys += ["zone.A", "zone.B", "zone.C", "outside_rings", "unplaced", "s3", None]
    return {k: i for i, k in enumerate(keys)}


def note_header(labels: Labels) -> list[str]:
    return [labels["session"], labels["group"], labels["step"], labels["prompt"], labels["party"], labels["text"]]


def note_rows(harvests: Sequence[Harvest]) -> list[list[str]]:
    """One row per note, sorted by session, group, step, prompt or zone (then board order).

    The rows of the CSV and of the spreadsheet's notes sheet, not yet neutralised. Harvests of
    the same session count once (the later one per group, see :mod:`.combine`).
    """
    harvests, _ = combine_sessions(harvests)
    keyed = []
    big = 1 << 30
    for hi, h in enumerate(harvests):
        own = Labels(h.context)
        names = {g.index: g.name for g in h.groups}
        rank = _region_rank(h)
        for ni, n in enumerate(h.notes):
            group = names.get(n.group, str(n.group)) if n.group is not None else own["outside_groups"]
            row = [
                h.title,
                group,
                str(n.step) if n.step is not None else "",
                region_label(h, n, own),
                n.party or "",
                n.text,
            ]
            key = (
                hi,
                n.group if n.group is not None else big,
                n.step if n.step is not None else big,
                rank.get(n.region, len(rank)),
                ni,
            )
            keyed.append((key, row))
    return [row for _, row in sorted(keyed, key=lambda kr: kr[0])]


def delimiter(lang: str) -> str:
    """';' for Dutch (Excel with Dutch settings reads ',' as the decimal comma), ',' otherwise."""
    return ";" if lang == "nl" else ","


def render_csv(harvests: Sequence[Harvest], rows: list[list[str]] | None = None) -> str:
    """The CSV; ``rows``: :func:`note_rows` of ``harvests``, when the caller has them already."""
    labels = Labels(harvests[0].context)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter(labels.lang))
    if not all(h.scrubbing.scrubbed for h in harvests):
        w.writerow([safe_cell(labels["not_pseudonymised"])])
    w.writerow(note_header(labels))
    for row in note_rows(harvests) if rows is None else rows:
        w.writerow([safe_cell(c) for c in row])
    return "\ufeff" + buf.getvalue()
