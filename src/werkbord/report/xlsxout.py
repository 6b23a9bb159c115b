"""The report as an Excel workbook (openpyxl): a sheet per section a quality advisor works with.

* notes — exactly the CSV's rows (same header, same order, same neutralising);
* parties per group — one row per group and party: where the group put it (A, B, C, not discussed);
* micro-actions — an action list: party, group, action, expected effect, who, when (as written),
  due date (read from it; empty when it names no day), status (a drop-down list), note, action id.

Every text cell is neutralised like the CSV (a leading ``'`` before ``=``, ``+``, ``-``, ``@``),
and written as a string, so nothing a participant typed becomes a formula. Numbers (the step) and
dates are stored as numbers and dates; long and multi-line cells wrap; every sheet has a filter.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from ..harvest.model import Harvest
from .aggregate import UNPLACED, ZONES, Aggregate
from .csvout import note_header, note_rows, safe_cell
from .followup import follow_up_sheets
from .labels import Labels

_SHEET_NAME_MAX = 31  # Excel's limit
_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
_WIDEST = 60  # characters: a wider column, or a longer cell, wraps
_SPARE_ROWS = 200  # the status list also serves rows a team adds below the actions


def _value(cell: str | date, numeric: bool) -> str | int | date:
    if isinstance(cell, date):
        return cell
    if numeric and cell.isdigit():
        return int(cell)
    return safe_cell(cell)


def _status_list(ws, column: int, header_row: int, n_rows: int, labels: Labels) -> None:
    """The status column as a drop-down list of the four statuses, in the report's language."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from ..actions.words import status_words
    from ..i18n import _, language

    with language(labels.lang):
        words = status_words()
        dv = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True,
                            showErrorMessage=True, errorTitle=labels["status"],
                            error=_("Choose one of: {statuses}").format(statuses=", ".join(words)))  # fmt: skip
    col = get_column_letter(column)
    ws.add_data_validation(dv)
    dv.add(f"{col}{header_row + 1}:{col}{header_row + n_rows + _SPARE_ROWS}")


def _sheet_title(text: str) -> str:
    return text.translate(_FORBIDDEN).strip()[:_SHEET_NAME_MAX] or "Sheet"


def party_rows(agg: Aggregate, labels: Labels) -> list[list[str]]:
    outside = "outside_rings"  # laid beyond ring C: discussed, placed nowhere (not "niet besproken")
    place = {z: z for z in ZONES} | {UNPLACED: labels["not_discussed"], outside: labels["outside_rings"]}
    rows = []
    for ref in agg.groups:
        if not ref.step2:
            continue
        seen: dict[str, str] = {}
        for z in ZONES:
            for p in ref.group.zones.get(z, []):
                seen.setdefault(p.name, z)
        for p in ref.group.unplaced:
            seen.setdefault(p.name, outside if p.outside_rings else UNPLACED)
        for name, z in seen.items():
            rows.append([ref.harvest.title, ref.group.name, name, place[z]])
    return rows


def action_rows(agg: Aggregate, labels: Labels) -> list[list[str | date]]:
    from ..actions.model import actions_of
    from ..actions.words import status_word
    from ..i18n import language

    actions = {}
    for h in agg.harvests:
        for a in actions_of(h):
            actions[(id(h), a.note_id)] = a
    rows: list[list[str | date]] = []
    with language(labels.lang):
        for entry in agg.actions_by_party:
            for r in entry.actions:
                a = r.action
                known = actions.get((id(r.group.harvest), a.note_id))
                action = a.action if a.structured and a.action else (a.action or a.text)
                rows.append(
                    [
                        entry.party or labels["no_party"],
                        r.group.label,
                        action or "",
                        a.expected_effect or "",
                        a.owner or "",
                        a.deadline or "",
                        (known.due if known else None) or "",
                        status_word(known.status if known else "open"),
                        (known.note if known else None) or "",
                        known.id if known else "",
                    ]
                )
    return rows


def _action_header(labels: Labels) -> list[str]:
    from ..i18n import _, language

    with language(labels.lang):
        extra = [_("Due date"), labels["status"], _("Note"), _("Action id")]
    return [labels["party"], labels["group"], labels["action"], labels["effect"], labels["owner"],
            labels["deadline"], *extra]  # fmt: skip


def render_xlsx(harvests: Sequence[Harvest], agg: Aggregate) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
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
        (labels["sheet_actions"], _action_header(labels), action_rows(agg, labels)),
    ]
    actions_sheet = len(sheets) - 1
    sheets += follow_up_sheets(harvests)  # a follow-up session's review (.followup)
    numbers = {0: {2}}  # per sheet, the columns that hold numbers: the notes' step
    warning = None if agg.scrubbed else labels["not_pseudonymised"]
    wrap = Alignment(wrap_text=True, vertical="top")
    date_format = "DD-MM-YYYY" if labels.lang == "nl" else "YYYY-MM-DD"
    for i, (title, header, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = _sheet_title(title)
        if warning:
            ws.append([safe_cell(warning)])
            ws.cell(row=1, column=1).font = Font(bold=True, color="B3261E")
        header_cells = [safe_cell(h) for h in header]
        ws.append(header_cells)
        header_row = 2 if warning else 1
        for col in range(1, len(header) + 1):
            ws.cell(row=header_row, column=col).font = Font(bold=True)
        ws.freeze_panes = f"A{header_row + 1}"  # a string: ws.cell() would add an empty row
        numeric = numbers.get(i, set())
        # Rows are counted here, not asked of the sheet: openpyxl's max_row and ws[row] walk every
        # cell, which made a 3,000-note workbook take seconds.
        longest = [len(str(h or "")) for h in header_cells]
        if warning and longest:
            longest[0] = max(longest[0], len(safe_cell(warning)))
        r = header_row
        for row in rows:
            values = [_value(c, col in numeric) for col, c in enumerate(row)]
            ws.append(values)
            r += 1
            for col, value in enumerate(values):
                if col < len(longest):
                    longest[col] = max(longest[col], len(str(value or "")))
                if isinstance(value, date):
                    ws.cell(row=r, column=col + 1).number_format = date_format
                elif isinstance(value, str) and ("\n" in value or len(value) > _WIDEST):
                    ws.cell(row=r, column=col + 1).alignment = wrap
        for col, width in enumerate(longest, start=1):
            ws.column_dimensions[get_column_letter(col)].width = min(_WIDEST, max(10, width + 2))
        last = get_column_letter(len(header))
        ws.auto_filter.ref = f"A{header_row}:{last}{max(r, header_row + 1)}"
        if i == actions_sheet:
            _status_list(ws, header.index(labels["status"]) + 1, header_row, len(rows), labels)
    # openpyxl writes a str starting with "=" as a formula; safe_cell made sure none does.
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# For the other workbooks of the report package (the team's history): the same sheet names and
# status list.
sheet_title = _sheet_title
status_list = _status_list
