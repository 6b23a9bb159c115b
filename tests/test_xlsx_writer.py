"""The report's workbook as XlsxWriter writes it (werkbord.report.xlsxout.write_book), read back
with openpyxl as a spreadsheet program reads it: the layout a quality advisor works in (bold
header, wrapped top-aligned cells, frozen header, filter, widths, the red warning line, the status
drop-down), and what harvested text must never do (become a formula, crash the writer)."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from test_report_data import team_noord
from werkbord.report import aggregate
from werkbord.report.workbook import Book, Sheet, StatusChoice
from werkbord.report.xlsxout import render_xlsx, write_book

openpyxl = pytest.importorskip("openpyxl")


def _load(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def _sheet(rows, *, title="Notities", header=("Groep", "Tekst"), header_row=1, status=None, widths=None) -> Sheet:
    header = list(header)
    return Sheet(
        title=title,
        header=header,
        rows=[list(r) for r in rows],
        widths=widths or [12] * len(header),
        header_row=header_row,
        last_row=max(header_row + len(rows), header_row + 1),
        status=status,
    )


def _one(rows, **kw):
    return _load(write_book(Book([_sheet(rows, **kw)], None, "DD-MM-YYYY"))).worksheets[0]


def _dated(h):
    h = h.model_copy(update={"session_id": "team-noord@2026-12-01T10:00:00+00:00", "session_date": date(2026, 12, 10)})
    for g in h.groups:
        for i, a in enumerate(g.micro_actions):
            a.note_id = f"g{g.index}.a{i}"
    h.notes[0].text = "Eerste regel\ntweede regel\nderde regel"
    return h


@pytest.mark.parametrize("text", ["=1+1", '=HYPERLINK("http://x","klik")', "+31 6 1234", "-2", "@SUM(A1)", " =1"])
def test_text_that_reads_as_a_formula_is_stored_as_text(text):
    # write_book gets what safe_cell left; even a value it would not touch stays text
    ws = _one([["Groep 1", text]])
    cell = ws["B2"]
    assert cell.value == text and cell.data_type == "s"


def test_a_warning_and_a_header_that_read_as_formulas_are_stored_as_text():
    book = Book([_sheet([["g", "t"]], header=("=1+1", "@x"), header_row=2)], '=HYPERLINK("http://x")', "DD-MM-YYYY")
    ws = _load(write_book(book)).worksheets[0]
    assert (ws["A1"].value, ws["A1"].data_type) == ('=HYPERLINK("http://x")', "s")
    assert [(c.value, c.data_type) for c in ws[2]] == [("=1+1", "s"), ("@x", "s")]


def test_a_harvested_formula_reaches_the_workbook_neutralised_and_as_text():
    h = team_noord("nl")
    h.notes[0].text = '=HYPERLINK("http://x","klik")'
    wb = _load(render_xlsx([h], aggregate([h])))
    cells = [c for row in wb.worksheets[0].iter_rows() for c in row if c.value]
    assert all(c.data_type != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    assert any(c.value == '\'=HYPERLINK("http://x","klik")' and c.data_type == "s" for c in cells)


def test_control_characters_a_workbook_cannot_hold_are_dropped_not_fatal():
    ws = _one([["Groep\x00 1", "bel \x02morgen\x1f\ttab\nregel\ufffe"]], header=("Gr\x01oep", "Tekst"))
    assert ws["A1"].value == "Groep"
    assert ws["A2"].value == "Groep 1"
    assert ws["B2"].value == "bel morgen\ttab\nregel"


def test_a_harvest_note_with_a_control_character_is_written():
    h = team_noord("nl")
    h.notes[0].text = "bel \x02 morgen"
    wb = _load(render_xlsx([h], aggregate([h])))
    texts = [c.value for row in wb.worksheets[0].iter_rows() for c in row]
    assert "bel  morgen" in texts


def test_text_longer_than_a_cell_holds_is_cut_at_excels_limit():
    ws = _one([["Groep 1", "z" * 40000]])
    assert ws["B2"].value == "z" * 32767


def test_header_bold_long_and_multi_line_cells_wrap_at_the_top():
    ws = _one([["Groep 1", "kort"], ["Groep 2", "een\ntwee"], ["Groep 3", "lang " * 20]])
    assert ws["A1"].font.b and ws["B1"].font.b
    assert not ws["A2"].font.b
    for ref in ("B3", "B4"):
        assert ws[ref].alignment.wrap_text and ws[ref].alignment.vertical == "top", ref
    assert not ws["B2"].alignment.wrap_text


def test_the_header_is_frozen_and_filtered_and_columns_have_their_widths():
    ws = _one([["Groep 1", "tekst"]], widths=[14, 47])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:B2"
    widths = [ws.column_dimensions[c].width for c in "AB"]
    # XlsxWriter stores Excel's width of that many characters (a little padding on top)
    assert 14 <= widths[0] < 15 and 47 <= widths[1] < 48


def test_under_a_warning_the_header_moves_down_and_the_warning_is_red_and_bold():
    h = team_noord("nl", scrubbed=False)
    wb = _load(render_xlsx([h], aggregate([h])))
    for ws in wb.worksheets:
        warning = ws["A1"]
        assert warning.value and warning.data_type == "s"
        assert warning.font.b and warning.font.color.rgb.endswith("B3261E")
        assert ws["A2"].font.b
        assert ws.freeze_panes == "A3"
        assert ws.auto_filter.ref.startswith("A2:")


def test_steps_are_numbers_and_due_dates_are_dates_in_the_languages_format():
    h = _dated(team_noord("nl", scrubbed=True))
    wb = _load(render_xlsx([h], aggregate([h])))
    assert wb.worksheets[0]["C2"].value in (1, 2, 3)
    ws = wb.worksheets[2]
    due = [c for c in ws["G"][1:] if c.value]
    assert due and all(isinstance(c.value, datetime) and c.number_format == "DD-MM-YYYY" for c in due)
    ws = _load(write_book(Book([_sheet([["g", date(2027, 6, 1)]])], None, "YYYY-MM-DD"))).worksheets[0]
    assert ws["B2"].value == datetime(2027, 6, 1) and ws["B2"].number_format == "YYYY-MM-DD"


def test_the_status_drop_down_survives_a_long_edited_label():
    # the error box's title comes from the harvest file's labels; Excel allows 32 characters
    choice = StatusChoice("B2:B40", '"open,bezig,gedaan,niet gelukt"', "S" * 80, "Kies een van: " + "🙂" * 250)
    ws = _one([["Groep 1", "open"]], status=choice)
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == '"open,bezig,gedaan,niet gelukt"'
    assert str(dv.sqref) == "B2:B40" and dv.showErrorMessage and dv.errorTitle == "S" * 32


def test_sheets_with_one_name_each_get_their_own():
    book = Book([_sheet([], title="Notities"), _sheet([], title="notities"), _sheet([], title="'Acties'")], None, "x")
    assert _load(write_book(book)).sheetnames == ["Notities", "notities1", "Acties"]


def test_a_sheet_name_from_edited_labels_is_one_excel_takes():
    # 31 characters, but an emoji counts twice in Excel's limit; a control character; a cut
    # that would leave an apostrophe at the end
    titles = ["🙂" * 31, "Act\x01ies", "a" * 30 + "'b", "🙂" * 31]
    book = Book([_sheet([], title=t) for t in titles], None, "x")
    names = _load(write_book(book)).sheetnames
    assert names == ["🙂" * 15, "Acties", "a" * 30, "🙂" * 15 + "1"]


def test_writing_the_report_workbook_does_not_import_openpyxl(tmp_path):
    probe = (
        "import sys\n"
        "from test_report_data import team_noord\n"
        "from werkbord.report import render_reports\n"
        "h = team_noord('nl')\n"
        f"render_reports([h], {str(tmp_path)!r}, ['xlsx'])\n"
        "print('OPENPYXL', 'openpyxl' in sys.modules)\n"
    )
    tests = str(Path(__file__).parent)
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tests, check=True)
    assert "OPENPYXL False" in r.stdout
    assert (tmp_path / f"{team_noord('nl').session}.oogst.xlsx").exists()
