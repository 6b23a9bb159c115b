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
from .workbook import WIDEST, Book, Sheet, StatusChoice, column_letter, wraps

_SHEET_NAME_MAX = 31  # Excel's limit
_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
_SPARE_ROWS = 200  # the status list also serves rows a team adds below the actions


def _value(cell: str | date, numeric: bool) -> str | int | date:
    if isinstance(cell, date):
        return cell
    if numeric and cell.isdigit():
        return int(cell)
    return safe_cell(cell)


def _status_list(ws, column: int, header_row: int, n_rows: int, labels: Labels) -> None:
    """The status column as a drop-down list of the four statuses, in the report's language."""
    _add_status_list(ws, _status_choice(column, header_row, n_rows, labels))


def _status_choice(column: int, header_row: int, n_rows: int, labels: Labels) -> StatusChoice:
    from ..actions.words import status_words
    from ..i18n import _, language

    with language(labels.lang):
        words = status_words()
        error = _("Choose one of: {statuses}").format(statuses=", ".join(words))
    col = column_letter(column)
    ref = f"{col}{header_row + 1}:{col}{header_row + n_rows + _SPARE_ROWS}"
    return StatusChoice(ref, '"' + ",".join(words) + '"', labels["status"], error)


def _add_status_list(ws, choice: StatusChoice) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(
        type="list",
        formula1=choice.formula,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=choice.title,
        error=choice.error,
    )
    ws.add_data_validation(dv)
    dv.add(choice.ref)


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
    return [
        labels["party"],
        labels["group"],
        labels["action"],
        labels["effect"],
        labels["owner"],
        labels["deadline"],
        *extra,
    ]


def book(harvests: Sequence[Harvest], agg: Aggregate, notes: list[list[str]] | None = None) -> Book:
    """What the workbook holds, for either writer (see :func:`render_xlsx`); ``notes``: the
    notes sheet's rows (:func:`.csvout.note_rows`), when the caller has them already."""
    labels = agg.labels
    sheets = [
        (labels["sheet_notes"], note_header(labels), note_rows(harvests) if notes is None else notes),
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
    warning = None if agg.scrubbed else safe_cell(labels["not_pseudonymised"])
    out = []
    for i, (title, header, rows) in enumerate(sheets):
        header_cells = [safe_cell(h) for h in header]
        header_row = 2 if warning else 1
        numeric = numbers.get(i, set())
        longest = [len(str(h or "")) for h in header_cells]
        if warning and longest:
            longest[0] = max(longest[0], len(warning))
        values_rows = []
        for row in rows:
            values = [_value(c, col in numeric) for col, c in enumerate(row)]
            values_rows.append(values)
            for col, value in enumerate(values):
                if col < len(longest):
                    longest[col] = max(longest[col], len(str(value or "")))
        status = None
        if i == actions_sheet:
            status = _status_choice(header.index(labels["status"]) + 1, header_row, len(rows), labels)
        out.append(
            Sheet(
                title=_sheet_title(title),
                header=header_cells,
                rows=values_rows,
                widths=[min(WIDEST, max(10, width + 2)) for width in longest],
                header_row=header_row,
                last_row=max(header_row + len(rows), header_row + 1),
                status=status,
            )
        )
    return Book(out, warning, "DD-MM-YYYY" if labels.lang == "nl" else "YYYY-MM-DD")


def render_xlsx(harvests: Sequence[Harvest], agg: Aggregate, notes: list[list[str]] | None = None) -> bytes:
    """The workbook's bytes. Its parts are written directly (:mod:`.xlsxparts`), as openpyxl
    writes them; a workbook holding what that writer does not handle (see
    :func:`.xlsxparts.handles`) is written by openpyxl itself. openpyxl's import and its
    per-cell objects took ~0.4 s of a 3,000-note harvest; the direct writer ~0.03 s."""
    from .xlsxparts import handles, write

    described = book(harvests, agg, notes)
    if handles(described):
        return write(described)
    return render_with_openpyxl(described)


def render_with_openpyxl(described: Book) -> bytes:
    """The workbook written by openpyxl (what :mod:`.xlsxparts` writes, byte for byte)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    warning = described.warning
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, sheet in enumerate(described.sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = sheet.title
        if warning:
            ws.append([warning])
            ws.cell(row=1, column=1).font = Font(bold=True, color="B3261E")
        ws.append(sheet.header)
        for col in range(1, len(sheet.header) + 1):
            ws.cell(row=sheet.header_row, column=col).font = Font(bold=True)
        ws.freeze_panes = f"A{sheet.header_row + 1}"  # a string: ws.cell() would add an empty row
        # Rows are counted here, not asked of the sheet: openpyxl's max_row and ws[row] walk every
        # cell, which made a 3,000-note workbook take seconds.
        r = sheet.header_row
        for values in sheet.rows:
            ws.append(values)
            r += 1
            for col, value in enumerate(values):
                if isinstance(value, date):
                    ws.cell(row=r, column=col + 1).number_format = described.date_format
                elif wraps(value):
                    ws.cell(row=r, column=col + 1).alignment = wrap
        for col, width in enumerate(sheet.widths, start=1):
            ws.column_dimensions[column_letter(col)].width = width
        ws.auto_filter.ref = f"A{sheet.header_row}:{column_letter(len(sheet.header))}{sheet.last_row}"
        if sheet.status is not None:
            _add_status_list(ws, sheet.status)
    # openpyxl writes a str starting with "=" as a formula; safe_cell made sure none does.
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# For the other workbooks of the report package (the team's history): the same sheet names and
# status list.
sheet_title = _sheet_title
status_list = _status_list
