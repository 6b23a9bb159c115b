"""The fill-in sheet: one row per note, typed in after a session in the room.

Columns (headers in the session's language, from the template): group, step, prompt or zone,
party, text — the report CSV's columns, so a report CSV reads back too — plus the step-3 form's
expected effect, who and when. Written as ``<slug>.invulblad.xlsx`` (prompts, zones, groups and
parties as drop-down lists) and ``<slug>.invulblad.csv`` (``;``-separated, UTF-8 with BOM, as
Dutch Excel writes it). Read back from either, ``;`` or ``,`` separated.

This module only knows the file formats; :mod:`.entries` decides what a row means.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..errors import InputTooLarge, UsageError
from ..fileio import write_atomic
from ..i18n import _
from ..template import ZONES, Werkvorm
from ..textnorm import normalise
from .messages import messages

COLUMNS = ("group", "step", "place", "party", "text", "effect", "owner", "deadline")
# A follow-up session's sheet has three more (see .followup_sheet): an action's status, a party's
# ring now, and the code (id) of the previous action a row stands for.
FOLLOW_UP_COLUMNS = ("status", "now", "code")
MAX_SHEET_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
VALIDATED_ROWS = 2000  # rows that get the drop-down lists
_FORMULA_GUARD = ("'=", "'+", "'-", "'@")  # the report CSV's neutralised cells, read back as typed


def sheet_names(name: str) -> tuple[str, str]:
    return f"{name}.invulblad.xlsx", f"{name}.invulblad.csv"


def headers(wv: Werkvorm) -> list[str]:
    L, form = wv.labels, wv.step3.form
    return [L.group, L.step, L.prompt, L.party, L.text, form.effect, form.owner, form.deadline or "deadline"]


def zone_choice(wv: Werkvorm, zone: str) -> str:
    """A zone as the report CSV writes it: its label when that starts with the letter ('A · goed
    en vaak betrokken'), else the letter before it ('A — Goed en vaak betrokken')."""
    label = wv.step2.zones[zone].label
    return label if label.split()[0].strip("·:-—") == zone else f"{zone} — {label}"


def place_choices(wv: Werkvorm) -> list[str]:
    """Everything the 'prompt or zone' column offers, in board order."""
    L = wv.labels
    out = [p.text for s in wv.step1.sections for p in s.prompts]
    out += [zone_choice(wv, z) for z in ZONES] + [L.unplaced]
    out += [q.text for q in wv.step2.key_questions]
    out += [L.micro_actions, L.free_notes]
    return out


def group_choices(wv: Werkvorm, groups: int) -> list[str]:
    return [f"{wv.labels.group} {i}" for i in range(1, groups + 1)] + [wv.labels.outside_groups]


# --- writing -------------------------------------------------------------------------------


def render_xlsx(wv: Werkvorm, groups: int) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    msg = messages(wv.lang)
    wb = Workbook()
    ws = wb.active
    ws.title = msg["sheet_title"][:31]
    ws.append(headers(wv))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF9B1")
    ws.freeze_panes = "A2"
    for i, width in enumerate((16, 8, 44, 26, 60, 30, 14, 14), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    lists = wb.create_sheet(msg["lists_title"][:31])
    columns = {
        "A": [wv.labels.group, *group_choices(wv, groups)],
        "B": [wv.labels.prompt, *place_choices(wv)],
        "C": [wv.labels.party, *(p.label for p in wv.parties)],
    }
    for col, values in columns.items():
        for r, value in enumerate(values, start=1):
            cell = lists[f"{col}{r}"]
            cell.value = value
            cell.data_type = "s"  # a template text starting with "=" is text, never a formula
        lists.column_dimensions[col].width = 40
    # The lists only feed the drop-downs: out of sight, and protected against a stray edit.
    lists.sheet_state = "hidden"
    lists.protection.sheet = True
    title = lists.title.replace("'", "''")

    def dv(col: str, n: int, strict: bool) -> DataValidation:
        v = DataValidation(type="list", formula1=f"'{title}'!${col}$2:${col}${n + 1}", allow_blank=True)
        # Parties are a suggestion: a group may have written one of its own ("buurvrouw").
        v.showErrorMessage = strict
        return v

    last = VALIDATED_ROWS + 1
    for letter, col, strict in (("A", "A", True), ("C", "B", True), ("D", "C", False)):
        v = dv(col, len(columns[col]) - 1, strict)
        v.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(v)
    steps = DataValidation(type="list", formula1='"1,2,3"', allow_blank=True)
    steps.add(f"B2:B{last}")
    ws.add_data_validation(steps)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render_csv(wv: Werkvorm) -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";").writerow(headers(wv))
    return "\ufeff" + buf.getvalue()


def write_sheets(wv: Werkvorm, groups: int, folder: Path, name: str) -> tuple[Path, Path]:
    xlsx, csv_name = sheet_names(name)
    folder = Path(folder)
    write_atomic(folder / xlsx, render_xlsx(wv, groups))
    write_atomic(folder / csv_name, render_csv(wv))
    return folder / xlsx, folder / csv_name


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawRow:
    number: int  # the row number the spreadsheet shows
    cells: dict[str, str]  # column key -> text, stripped


def _header_keys(wv: Werkvorm) -> dict[str, str]:
    names = dict(zip((normalise(h) for h in headers(wv)), COLUMNS, strict=True))
    # English keys always work, and the form's labels as printed ("Partij", "Micro-actie").
    form = wv.step3.form
    for key, label in (("party", form.party), ("text", form.action), ("effect", form.effect)):
        names.setdefault(normalise(label), key)
    for key in COLUMNS:
        names.setdefault(key, key)
    names.setdefault("prompt or zone", "place")
    if wv.follow_up is not None:
        fu = wv.follow_up
        for key, label in (("status", fu.status), ("now", fu.ring_now), ("code", fu.action_code)):
            names.setdefault(normalise(label), key)
    return names


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date | datetime):
        return value.strftime("%d-%m-%Y %H:%M" if isinstance(value, datetime) else "%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").strip()
    if text.startswith(_FORMULA_GUARD):
        text = text[1:]
    return text


def _rows_from_table(table: list[list], path: Path, wv: Werkvorm) -> list[RawRow]:
    keys = _header_keys(wv)
    found = None
    for index, row in enumerate(table[:5]):  # a report CSV may have a warning row above its header
        mapping = {i: keys[normalise(_cell(v))] for i, v in enumerate(row) if normalise(_cell(v)) in keys}
        if "group" in mapping.values() and ({"text", "party"} & set(mapping.values())):
            found = index, mapping
            break
    if found is None:
        raise UsageError(
            _("{path}: no header row with the columns {columns}").format(
                path=path.name, columns=", ".join(headers(wv)[:5])
            ),
            hint=_("keep the first row of the fill-in sheet as provision wrote it"),
        )
    h_index, mapping = found
    out = []
    for n, row in enumerate(table[h_index + 1 :], start=h_index + 2):
        cells = {key: "" for key in (*COLUMNS, *FOLLOW_UP_COLUMNS)}
        for i, key in mapping.items():
            if i < len(row):
                cells[key] = _cell(row[i])
        if any(cells.values()):
            out.append(RawRow(n, cells))
    return out


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UsageError(_("cannot read {path} ({reason})").format(path=path, reason=e.strerror)) from None
    if size > MAX_SHEET_BYTES:
        raise InputTooLarge(
            _("{path} is larger than {size} MB; not a fill-in sheet").format(
                path=path, size=MAX_SHEET_BYTES // (1024 * 1024)
            )
        )


def read_xlsx(path: Path, wv: Werkvorm) -> list[RawRow]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    _check_size(path)
    try:
        # What was typed, not a formula's cached result: "=..." in a note stays text.
        wb = load_workbook(path, read_only=True, data_only=False)
        ws = wb.worksheets[0]
        table = [list(r) for _, r in zip(range(MAX_ROWS + 5), ws.iter_rows(values_only=True), strict=False)]
        wb.close()
    except (BadZipFile, KeyError, ValueError, OSError) as e:
        raise UsageError(
            _("{path} cannot be read as an Excel file ({reason})").format(path=path, reason=type(e).__name__),
            hint=_("save it as .xlsx, or fill in the .csv instead"),
        ) from None
    return _rows_from_table(table, path, wv)


def read_csv(path: Path, wv: Werkvorm) -> list[RawRow]:
    _check_size(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # an older Excel's "CSV (puntkomma)"
    # Dutch Excel writes ';', others ',': the delimiter is the one that gives a header row.
    head = text.split("\n", 6)[:6]
    keys = _header_keys(wv)

    def has_header(d: str) -> bool:
        return any(sum(normalise(v) in keys for v in row) >= 2 for row in csv.reader(head, delimiter=d))

    delimiter = next((d for d in (";", ",", "\t") if has_header(d)), ";")
    table = [
        row for _, row in zip(range(MAX_ROWS + 5), csv.reader(io.StringIO(text), delimiter=delimiter), strict=False)
    ]
    return _rows_from_table(table, path, wv)


def read_sheet(path: Path, wv: Werkvorm) -> list[RawRow]:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return read_csv(path, wv)
    return read_xlsx(path, wv)
