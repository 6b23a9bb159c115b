"""The report's workbook is written without openpyxl (werkbord.report.xlsxparts), part for part
as openpyxl writes it: compared here with openpyxl's own output for real harvests and for
sheets full of what XML and spreadsheets make awkward."""

from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import date, datetime

import pytest

from test_report_data import team_noord
from werkbord.report import aggregate, xlsxparts
from werkbord.report.workbook import Book, Sheet, StatusChoice
from werkbord.report.xlsxout import book, render_with_openpyxl, render_xlsx

pytest.importorskip("openpyxl")

_STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _parts(data: bytes) -> list[tuple[str, int, bytes]]:
    """(name, compression, content) of every part, in order; the time the workbook was made blanked."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for info in archive.infolist():
        content = archive.read(info.filename)
        if info.filename == "docProps/core.xml":
            content = _STAMP.sub(b"<TIME>", content)
        out.append((info.filename, info.compress_type, content))
    return out


def _same_as_openpyxl(described: Book) -> None:
    assert xlsxparts.handles(described)
    ours, theirs = _parts(xlsxparts.write(described)), _parts(render_with_openpyxl(described))
    assert [p[:2] for p in ours] == [p[:2] for p in theirs]
    for (name, _, mine), (_, _, expected) in zip(ours, theirs, strict=True):
        assert mine == expected, name


def _dated(h):
    """A harvest whose actions have due dates and a note that wraps over lines."""
    h = h.model_copy(update={"session_id": "team-noord@2026-12-01T10:00:00+00:00", "session_date": date(2026, 12, 10)})
    for g in h.groups:
        for i, a in enumerate(g.micro_actions):
            a.note_id = f"g{g.index}.a{i}"
    h.notes[0].text = "Eerste regel\ntweede regel\nderde regel"
    return h


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("scrubbed", [False, True])
def test_a_harvests_workbook_is_what_openpyxl_writes(lang, scrubbed):
    h = _dated(team_noord(lang, scrubbed=scrubbed))
    described = book([h], aggregate([h]))
    assert any(type(v) is date for s in described.sheets for r in s.rows for v in r)  # due dates
    assert (described.warning is None) == scrubbed
    _same_as_openpyxl(described)


_AWKWARD = [
    "",
    " ",
    "a & b < c > d",
    "quote \" and ' apostrophe",
    "  leading and trailing  ",
    "\ttab first",
    "line one\nline two",
    "carriage\r\nreturn",
    "#N/A",
    "#DIV/0!",
    "'=neutralised formula",
    "=",
    "emoji 🙂 and ü, é, ß",
    "x" * 61,
    "y" * 300,
    "]]> <![CDATA[",
    "&amp; already escaped",
    "\u00a0non-breaking\u00a0",
    "12345",
]


def _awkward_book(rng: random.Random, *, warning: str | None, date_format: str) -> Book:
    sheets = []
    for n, title in enumerate(["Notities", "Ad & <Co>", "O'Brien's \"lijst\"", "Vervolg"]):
        width = rng.randint(1, 9)
        header = [rng.choice(_AWKWARD) or f"kolom {c}" for c in range(width)]
        rows: list[list[str | int | date]] = []
        for _ in range(rng.randint(0, 40)):
            row: list[str | int | date] = []
            for _ in range(rng.randint(0, width + 1)):  # ragged, now and then empty
                pick = rng.random()
                if pick < 0.15:
                    row.append(rng.choice([0, 1, 7, 42, 10**17]))
                elif pick < 0.25:
                    row.append(rng.choice([date(2027, 6, 1), date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1)]))
                else:
                    row.append(rng.choice(_AWKWARD))
            rows.append(row)
        header_row = 2 if warning else 1
        status = None
        if n == 2:
            status = StatusChoice(
                "H3:H40", '"open,bezig,gedaan,niet gelukt"', "Status & <x>", 'Kies een van: "open"\r\n\t'
            )
        widths = [rng.randint(10, 60) for _ in header]
        last = max(header_row + len(rows), header_row + 1)
        sheets.append(Sheet(title, header, rows, widths, header_row, last, status))
    return Book(sheets, warning, date_format)


@pytest.mark.parametrize("seed", range(12))
def test_awkward_text_numbers_and_dates_are_written_as_openpyxl_writes_them(seed):
    rng = random.Random(seed)
    warning = [None, "Niet gepseudonimiseerd", " <Let op> & "][seed % 3]
    _same_as_openpyxl(_awkward_book(rng, warning=warning, date_format=["DD-MM-YYYY", "YYYY-MM-DD"][seed % 2]))


@pytest.mark.parametrize(
    "value",
    [
        "control \x01 character",  # openpyxl refuses it: the same error as before, from openpyxl
        "=1+1",  # openpyxl would take it for a formula (safe_cell never lets one through)
        "z" * 32768,  # longer than a cell holds: openpyxl cuts it
        datetime(2027, 6, 1, 9, 30),
        True,
        1.5,
    ],
)
def test_what_the_writer_does_not_know_is_left_to_openpyxl(value):
    rng = random.Random(1)
    described = _awkward_book(rng, warning=None, date_format="DD-MM-YYYY")
    described.sheets[0].rows.append(["ok", value])
    assert not xlsxparts.handles(described)


def test_two_sheets_with_one_title_are_left_to_openpyxl():
    described = _awkward_book(random.Random(2), warning=None, date_format="DD-MM-YYYY")
    described.sheets[1] = replace(described.sheets[1], title=described.sheets[0].title)
    assert not xlsxparts.handles(described)


def test_a_note_openpyxl_refuses_is_refused_as_before():
    from openpyxl.utils.exceptions import IllegalCharacterError

    h = team_noord("nl")
    h.notes[0].text = "bel \x02 morgen"
    with pytest.raises(IllegalCharacterError):
        render_xlsx([h], aggregate([h]))


def test_the_fallback_writes_the_same_workbook_for_text_the_writer_knows():
    h = _dated(team_noord("nl"))
    assert _parts(render_xlsx([h], aggregate([h]))) == _parts(render_with_openpyxl(book([h], aggregate([h]))))


def test_writing_the_report_workbook_does_not_import_openpyxl(tmp_path):
    probe = (
        "import sys\n"
        "from test_report_data import team_noord\n"
        "from werkbord.report import render_reports\n"
        "h = team_noord('nl')\n"
        f"render_reports([h], {str(tmp_path)!r}, ['xlsx'])\n"
        "print('OPENPYXL', 'openpyxl' in sys.modules)\n"
    )
    tests = str(__import__("pathlib").Path(__file__).parent)
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tests, check=True)
    assert "OPENPYXL False" in r.stdout
    assert (tmp_path / f"{team_noord('nl').session}.oogst.xlsx").exists()


def test_the_theme_is_openpyxls():
    from openpyxl.writer.theme import theme_xml

    from werkbord.report.xlsxparts import _theme

    assert _theme() == theme_xml.encode("utf-8")


def test_a_workbook_from_a_real_file_opens_in_openpyxl_with_its_values():
    import openpyxl

    h = _dated(team_noord("nl", scrubbed=True))
    data = render_xlsx([h], aggregate([h]))
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[2]
    due = [c.value for c in ws["G"][1:] if c.value]
    assert due and all(isinstance(d, datetime) for d in due)
    assert wb.worksheets[0]["C2"].value in (1, 2, 3)
