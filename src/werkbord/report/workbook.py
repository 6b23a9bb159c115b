"""The report's workbook as its writer (:func:`.xlsxout.write_book`, XlsxWriter) sees it: sheets
of neutralised values, column widths, the status drop-down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WIDEST = 60  # characters: a wider column, or a longer cell, wraps


@dataclass(frozen=True)
class StatusChoice:
    """A column's drop-down list of the four statuses (the actions sheet's status column)."""

    ref: str  # the cells it serves: "H3:H353"
    formula: str  # '"open,bezig,gedaan,niet gelukt"'
    title: str  # the error box's title
    error: str  # what the error box says


@dataclass
class Sheet:
    """One sheet as written: neutralised header and values, widths, where the header is."""

    title: str
    header: list[str]
    rows: list[list[str | int | date]]
    widths: list[int]  # per column, in characters
    header_row: int  # 2 under a warning line, else 1
    last_row: int  # the last row the filter covers
    status: StatusChoice | None = None


@dataclass
class Book:
    """The workbook: its sheets, the warning above each (or None), how dates are shown."""

    sheets: list[Sheet]
    warning: str | None
    date_format: str


def column_letter(n: int) -> str:
    """Excel's name of the ``n``-th column (1 = A, 27 = AA), as openpyxl's get_column_letter."""
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def wraps(value: object) -> bool:
    """Whether a cell's text wraps: a long or multi-line one."""
    return isinstance(value, str) and ("\n" in value or len(value) > WIDEST)
