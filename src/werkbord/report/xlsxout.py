"""The report as an Excel workbook (XlsxWriter): a sheet per section a quality advisor works with.

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
import re
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
    """The workbook's bytes, written by XlsxWriter (:func:`write_book`)."""
    return write_book(book(harvests, agg, notes))


# What a workbook cannot hold (XML 1.0 refuses them; openpyxl refused them too): dropped, so a
# reader sees the text around them. Tab, newline and carriage return stay.
_UNHOLDABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    # Text longer than a cell holds (32,767 characters) XlsxWriter cuts there, as openpyxl did.
    return _UNHOLDABLE.sub("", value)


def _cut(text: str, room: int) -> str:
    """``text`` cut to ``room`` UTF-16 units, as Excel counts its limits (an emoji takes two)."""
    if len(text) <= room // 2:
        return text
    # a pair of units cut in half is dropped by the decoding
    return text.encode("utf-16-le")[: 2 * room].decode("utf-16-le", errors="ignore")


def _fit(title: str, room: int) -> str:
    """A sheet name cut to ``room``; Excel refuses one that starts or ends with an apostrophe."""
    return _cut(title, room).strip("' ")


def _unique_titles(titles: list[str]) -> list[str]:
    """Each sheet its own name, as Excel needs (case-insensitively): a repeat gets a number,
    as openpyxl named one ("Notities1"). The names come from the harvest file's labels."""
    taken: set[str] = set()
    out = []
    for title in titles:
        base = _fit(_text(title), _SHEET_NAME_MAX) or "Sheet"
        name, n = base, 0
        while name.lower() in taken:
            n += 1
            name = f"{_fit(base, _SHEET_NAME_MAX - len(str(n)))}{n}"
        taken.add(name.lower())
        out.append(name)
    return out


def write_book(described: Book) -> bytes:
    """The workbook written by XlsxWriter, in memory (``constant_memory`` goes through temporary
    files: on a 3,000-note harvest it was slower). Every str goes through ``write_string``: a
    text that looks like a formula stays text (and :func:`.csvout.safe_cell` put a ``'`` before
    it); ``write`` would make "=..." a formula."""
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    bold = wb.add_format({"bold": True})
    warning_format = wb.add_format({"bold": True, "font_color": "#B3261E"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    day = wb.add_format({"num_format": described.date_format})
    warning = described.warning
    for sheet, title in zip(described.sheets, _unique_titles([s.title for s in described.sheets]), strict=True):
        ws = wb.add_worksheet(title)
        for col, width in enumerate(sheet.widths):
            ws.set_column(col, col, width)
        top = sheet.header_row - 1  # XlsxWriter counts rows from 0
        if warning:
            ws.write_string(0, 0, _text(warning), warning_format)
        for col, value in enumerate(sheet.header):
            ws.write_string(top, col, _text(value), bold)
        for r, values in enumerate(sheet.rows, start=top + 1):
            for col, value in enumerate(values):
                if isinstance(value, str):
                    if value:
                        text = _text(value)
                        ws.write_string(r, col, text, wrap if wraps(text) else None)
                elif isinstance(value, date):
                    ws.write_datetime(r, col, value, day)
                else:
                    ws.write_number(r, col, value)
        ws.freeze_panes(top + 1, 0)
        ws.autofilter(f"A{sheet.header_row}:{column_letter(len(sheet.header))}{sheet.last_row}")
        if sheet.status is not None:
            _add_status_choice(ws, sheet.status)
    wb.close()
    return buf.getvalue()


def _add_status_choice(ws, choice: StatusChoice) -> None:
    """The status drop-down on an XlsxWriter sheet (the same list :func:`_add_status_list`
    gives an openpyxl sheet)."""
    ws.data_validation(
        choice.ref,
        {
            "validate": "list",
            "source": choice.formula.strip('"').split(","),
            "ignore_blank": True,
            "show_error": True,
            # Excel's limits (XlsxWriter leaves out a list that exceeds them): the words come
            # from the harvest file's labels, which anyone may have edited.
            "error_title": _cut(choice.title, 32),
            "error_message": _cut(choice.error, 255),
        },
    )


# For the other workbooks of the report package (the team's history): the same sheet names and
# status list.
sheet_title = _sheet_title
status_list = _status_list
