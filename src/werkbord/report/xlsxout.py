"""The report as an Excel workbook (openpyxl): a sheet per section a quality advisor works with.

* notes — exactly the CSV's rows (same header, same order, same neutralising);
* parties per group — one row per group and party: where the group put it (A, B, C, not discussed);
* micro-actions — an action list: party, group, action, expected effect, who, when, status.

Every text cell is neutralised like the CSV (a leading ``'`` before ``=``, ``+``, ``-``, ``@``),
and written as a string, so nothing a participant typed becomes a formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from ..harvest.model import Harvest
from .aggregate import UNPLACED, ZONES, Aggregate
from .csvout import note_header, note_rows, safe_cell
from .labels import Labels

_SHEET_NAME_MAX = 31  # Excel's limit
_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(text: str) -> str:
    return text.translate(_FORBIDDEN).strip()[:_SHEET_NAME_MAX] or "Sheet"


def party_rows(agg: Aggregate, labels: Labels) -> list[list[str]]:
    place = {z: z for z in ZONES} | {UNPLACED: labels["not_discussed"]}
    rows = []
    for ref in agg.groups:
        if not ref.step2:
            continue
        seen: dict[str, str] = {}
        for z in ZONES:
            for p in ref.group.zones.get(z, []):
                seen.setdefault(p.name, z)
        for p in ref.group.unplaced:
            seen.setdefault(p.name, UNPLACED)
        for name, z in seen.items():
            rows.append([ref.harvest.title, ref.group.name, name, place[z]])
    return rows


def action_rows(agg: Aggregate, labels: Labels) -> list[list[str]]:
    rows = []
    for entry in agg.actions_by_party:
        for r in entry.actions:
            a = r.action
            action = a.action if a.structured and a.action else (a.action or a.text)
            rows.append(
                [
                    entry.party or labels["no_party"],
                    r.group.label,
                    action or "",
                    a.expected_effect or "",
                    a.owner or "",
                    a.deadline or "",
                    labels["open"],
                ]
            )
    return rows


def render_xlsx(harvests: Sequence[Harvest], agg: Aggregate) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    labels = agg.labels
    wb = Workbook()
    sheets = [
        (labels["sheet_notes"], note_header(labels), note_rows(harvests)),
        (
            labels["sheet_parties"],
            [labels["session"], labels["group"], labels["party"], labels["place"]],
            party_rows(agg, labels),
        ),
        (
            labels["sheet_actions"],
            [labels["party"], labels["group"], labels["action"], labels["effect"], labels["owner"],
             labels["deadline"], labels["status"]],  # fmt: skip
            action_rows(agg, labels),
        ),
    ]
    warning = None if agg.scrubbed else labels["not_pseudonymised"]
    for i, (title, header, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = _sheet_title(title)
        if warning:
            ws.append([safe_cell(warning)])
            ws.cell(row=1, column=1).font = Font(bold=True, color="B3261E")
        ws.append([safe_cell(h) for h in header])
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        ws.freeze_panes = f"A{ws.max_row + 1}"  # a string: ws.cell() would add an empty row
        for row in rows:
            ws.append([safe_cell(c) for c in row])
        for col in range(1, len(header) + 1):
            longest = max((len(str(c.value or "")) for c in ws[get_column_letter(col)]), default=10)
            ws.column_dimensions[get_column_letter(col)].width = min(60, max(10, longest + 2))
    # openpyxl writes a str starting with "=" as a formula; safe_cell made sure none does.
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
