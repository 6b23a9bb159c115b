"""The report's workbook as a spreadsheet user meets it (issue #24 "Spreadsheets", issue #23 item 1):
numbers as numbers, wrapped long cells, a filter on every sheet, a status drop-down, due dates."""

from __future__ import annotations

from datetime import date

import pytest

from test_report_data import team_noord
from werkbord.actions.model import action_id
from werkbord.report import render_reports

openpyxl = pytest.importorskip("openpyxl")


def _noord():
    h = team_noord()
    h = h.model_copy(update={"session_id": "team-noord@2026-12-01T10:00:00+00:00", "session_date": date(2026, 12, 10)})
    for g in h.groups:
        for i, a in enumerate(g.micro_actions):
            a.note_id = f"g{g.index}.a{i}"
    # A multi-line note, as participants write them on a sticky.
    h.notes[0].text = "Eerste regel\ntweede regel\nderde regel"
    return h


def _book(tmp_path, h=None, lang="nl"):
    h = h or _noord()
    render_reports([h], tmp_path, {"xlsx"})
    return openpyxl.load_workbook(tmp_path / f"{h.session}.oogst.xlsx"), h


def _header_row(ws) -> int:
    return next(r for r in range(1, 4) if ws.cell(row=r, column=2).value in ("Groep", "Group"))


def test_the_step_is_a_number(tmp_path):
    wb, _ = _book(tmp_path)
    ws = wb["Notities"]
    top = _header_row(ws)
    assert ws.cell(row=top, column=3).value == "Stap"
    steps = [ws.cell(row=r, column=3).value for r in range(top + 1, ws.max_row + 1)]
    assert steps and all(isinstance(s, int) for s in steps if s not in (None, ""))
    assert {1, 2} <= set(steps)


def test_multi_line_cells_wrap(tmp_path):
    wb, _ = _book(tmp_path)
    cells = [c for row in wb["Notities"].iter_rows() for c in row if isinstance(c.value, str) and "\n" in c.value]
    assert cells and all(c.alignment.wrap_text for c in cells)


def test_every_sheet_has_a_filter_over_its_header(tmp_path):
    wb, _ = _book(tmp_path)
    for ws in wb.worksheets:
        top = _header_row(ws)
        assert ws.auto_filter.ref, ws.title
        first, last = ws.auto_filter.ref.split(":")
        assert first == f"A{top}", ws.title
        assert int("".join(ch for ch in last if ch.isdigit())) >= ws.max_row


def test_status_is_a_drop_down_of_the_four_statuses(tmp_path):
    wb, h = _book(tmp_path)
    ws = wb["Micro-acties"]
    top = _header_row(ws)
    header = [c.value for c in ws[top]]
    col = openpyxl.utils.get_column_letter(header.index("Status") + 1)
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1
    assert lists[0].formula1 == '"open,bezig,gedaan,niet gelukt"'
    assert f"{col}{top + 1}" in str(lists[0].sqref)
    assert {ws[f"{col}{r}"].value for r in range(top + 1, ws.max_row + 1)} == {"open"}


def test_english_statuses(tmp_path):
    from test_report_data import context

    h = _noord()
    h = h.model_copy(update={"context": context("en")})
    wb, _ = _book(tmp_path, h)
    ws = wb.worksheets[2]
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists[0].formula1 == '"open,in progress,done,did not work"'


def test_actions_carry_their_id_and_due_date(tmp_path):
    wb, h = _book(tmp_path)
    ws = wb["Micro-acties"]
    top = _header_row(ws)
    header = [c.value for c in ws[top]]
    rows = [dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=top + 1, values_only=True)]
    anna = next(r for r in rows if r["Wie"] == "Anna")
    assert anna["Wanneer"] == "1 juni"
    assert anna["Datum"].date() == date(2027, 6, 1)  # the next 1 June after the session day
    assert ws.cell(row=top + 1 + rows.index(anna), column=header.index("Datum") + 1).number_format == "DD-MM-YYYY"
    assert anna["Actie-id"] == action_id(h.session_id, "g1.a0")
    unwritten = [r for r in rows if not r["Wanneer"]]
    assert unwritten and all(r["Datum"] in (None, "") for r in unwritten)
