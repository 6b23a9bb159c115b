"""The report's workbook written part by part, as openpyxl writes it, without openpyxl.

A 3,000-note workbook took ~0.4 s through openpyxl (its import ~0.12 s, then an object and an
XML element per cell); written here as strings it takes a few hundredths. The parts are what
openpyxl 3.1 writes for :func:`.xlsxout.render_with_openpyxl` - the same sheets, styles (in the
order openpyxl registers them), filters, frozen header, column widths and status drop-down -
and ``tests/test_xlsx_parts.py`` compares the two part by part. What this writer does not know
(see :func:`handles`) is left to openpyxl: text with characters a workbook cannot hold, cells
longer than Excel's limit, text openpyxl would take for a formula, other kinds of value.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, date, datetime
from importlib import resources

from .workbook import Book, Sheet, column_letter, wraps

__all__ = ["handles", "write"]

# What openpyxl refuses in a cell (its ILLEGAL_CHARACTERS_RE), and the text it stores as an error.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_MAX_TEXT = 32767  # Excel's limit on a cell (openpyxl cuts longer text)
_EPOCH = datetime(1899, 12, 30)  # Excel's day 0 (Windows)
_DATE_ON_APPEND = "yyyy-mm-dd"  # the format openpyxl gives a date cell before werkbord sets its own

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CELL_ALIGNMENT_WRAP = '<alignment vertical="top" wrapText="1" />'
_FONT_WARNING = '<font><b val="1" /><color rgb="00B3261E" /></font>'
_FONT_BOLD = '<font><b val="1" /></font>'
_INDEXED_COLORS = (
    "00000000 00FFFFFF 00FF0000 0000FF00 000000FF 00FFFF00 00FF00FF 0000FFFF 00000000 00FFFFFF 00FF0000 "
    "0000FF00 000000FF 00FFFF00 00FF00FF 0000FFFF 00800000 00008000 00000080 00808000 00800080 00008080 "
    "00C0C0C0 00808080 009999FF 00993366 00FFFFCC 00CCFFFF 00660066 00FF8080 000066CC 00CCCCFF 00000080 "
    "00FF00FF 00FFFF00 0000FFFF 00800080 00800000 00008080 000000FF 0000CCFF 00CCFFFF 00CCFFCC 00FFFF99 "
    "0099CCFF 00FF99CC 00CC99FF 00FFCC99 003366FF 0033CCCC 0099CC00 00FFCC00 00FF9900 00FF6600 00666699 "
    "00969696 00003366 00339966 00003300 00333300 00993300 00993366 00333399 00333333"
).split()


def handles(book: Book) -> bool:
    """Whether every cell is one this writer writes as openpyxl does: text it stores as text,
    whole numbers, dates; and every sheet title different (openpyxl would rename a repeat)."""
    titles = [s.title for s in book.sheets]
    if len(set(titles)) != len(titles):
        return False
    texts = [t for t in (book.warning,) if t is not None]
    for sheet in book.sheets:
        texts += sheet.header
        for row in sheet.rows:
            for value in row:
                kind = type(value)
                if kind is str:
                    texts.append(value)
                elif kind is not int and kind is not date:
                    return False
    return all(len(t) <= _MAX_TEXT and not (len(t) > 1 and t.startswith("=")) and not _ILLEGAL.search(t) for t in texts)


def _text(s: str) -> str:
    # xml.etree's escaping of character data, as openpyxl's serialiser uses it
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    return s


def _attr(s: str) -> str:
    # xml.etree's escaping of an attribute value
    s = _text(s)
    if '"' in s:
        s = s.replace('"', "&quot;")
    if "\r" in s:
        s = s.replace("\r", "&#13;")
    if "\n" in s:
        s = s.replace("\n", "&#10;")
    if "\t" in s:
        s = s.replace("\t", "&#09;")
    return s


class _Styles:
    """Fonts, number formats and cell formats, numbered in the order openpyxl numbers them:
    fonts and number formats when a cell is given one, cell formats as cells are written."""

    def __init__(self) -> None:
        self.fonts: list[str] = []  # beyond the default font 0
        self.formats: list[str] = []  # custom number formats, from id 164
        self.xfs: dict[tuple[int, int, bool], int] = {(0, 0, False): 0}  # (numFmtId, fontId, wrap)

    def font(self, xml: str) -> int:
        if xml not in self.fonts:
            self.fonts.append(xml)
        return self.fonts.index(xml) + 1

    def number_format(self, code: str) -> int:
        if code not in self.formats:
            self.formats.append(code)
        return self.formats.index(code) + 164

    def xf(self, key: tuple[int, int, bool]) -> str:
        """The `` s="n"`` of a cell with this format ("" for the default)."""
        n = self.xfs.setdefault(key, len(self.xfs))
        return f' s="{n}"' if n else ""

    def xml(self) -> str:
        formats = "".join(
            f'<numFmt numFmtId="{i}" formatCode="{_attr(code)}" />' for i, code in enumerate(self.formats, 164)
        )
        fonts = [
            '<font><name val="Calibri" /><family val="2" /><color theme="1" /><sz val="11" /><scheme val="minor" />'
            "</font>",
            *self.fonts,
        ]
        xfs = []
        for fmt, font, wrap in self.xfs:
            common = f'numFmtId="{fmt}" fontId="{font}" fillId="0" borderId="0"'
            tail = 'pivotButton="0" quotePrefix="0" xfId="0"'
            xfs.append(
                f'<xf {common} applyAlignment="1" {tail}>{_CELL_ALIGNMENT_WRAP}</xf>'
                if wrap
                else f"<xf {common} {tail} />"
            )
        colors = "".join(f'<rgbColor rgb="{c}" />' for c in _INDEXED_COLORS)
        return (
            f'<styleSheet xmlns="{_MAIN}">'
            + (f'<numFmts count="{len(self.formats)}">{formats}</numFmts>' if formats else '<numFmts count="0" />')
            + f'<fonts count="{len(fonts)}">{"".join(fonts)}</fonts>'
            + '<fills count="2"><fill><patternFill /></fill><fill><patternFill patternType="gray125" /></fill></fills>'
            + '<borders count="1"><border><left /><right /><top /><bottom /><diagonal /></border></borders>'
            + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" /></cellStyleXfs>'
            + f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0" /></cellStyles>'
            + '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16" />'
            + f"<colors><indexedColors>{colors}</indexedColors></colors></styleSheet>"
        )


def _number(x: float) -> str:
    return f"{x:.16g}"  # openpyxl's safe_string of a number


def _serial(d: date) -> str:
    days = (datetime(d.year, d.month, d.day) - _EPOCH).days
    if 0 < days <= 60:  # openpyxl's correction for Excel's 1900 leap-year bug
        days -= 1
    return _number(float(days))


def _cell(ref: str, value: str | int | date, font: int, styles: _Styles, book: Book) -> str:
    """One ``<c>`` element; ``font`` the cell's font (0: none, as openpyxl leaves it)."""
    if type(value) is str:
        s = styles.xf((0, font, not font and wraps(value)))
        if not value:
            return f'<c r="{ref}"{s} t="inlineStr" />'
        if value in _ERROR_CODES:
            return f'<c r="{ref}"{s} t="e"><v>{_text(value)}</v></c>'
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and value != stripped else ""
        return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{_text(value)}</t></is></c>'
    if type(value) is int:
        return f'<c r="{ref}"{styles.xf((0, font, False))} t="n"><v>{_number(value)}</v></c>'
    # A date: openpyxl gives it a format of its own when it is added, then werkbord sets the report's.
    styles.number_format(_DATE_ON_APPEND)
    s = styles.xf((styles.number_format(book.date_format), font, False))
    return f'<c r="{ref}"{s} t="n"><v>{_serial(value)}</v></c>'


def _sheet_data(sheet: Sheet, book: Book, styles: _Styles) -> tuple[str, int, int]:
    """The ``<sheetData>`` element, its last row and its widest row's number of cells."""
    lines: list[tuple[int, list[str | int | date], int]] = []  # (row, values, font)
    if book.warning:
        lines.append((1, [book.warning], styles.font(_FONT_WARNING)))
    header_font = styles.font(_FONT_BOLD)
    lines.append((sheet.header_row, sheet.header, header_font))
    lines += [(n, values, 0) for n, values in enumerate(sheet.rows, start=sheet.header_row + 1)]
    widest = max(len(values) for _, values, _ in lines)
    letters = [column_letter(c) for c in range(1, widest + 1)]
    rows, last = [], 1
    for n, values, font in lines:
        if not values:  # openpyxl writes the rows that hold cells
            continue
        last = n
        cells = "".join(_cell(f"{letters[col]}{n}", v, font, styles, book) for col, v in enumerate(values))
        rows.append(f'<row r="{n}">{cells}</row>')
    return f"<sheetData>{''.join(rows)}</sheetData>", last, widest


def _sheet_xml(sheet: Sheet, book: Book, styles: _Styles) -> str:
    data, last, widest = _sheet_data(sheet, book, styles)
    top = sheet.header_row + 1
    cols = "".join(
        f'<col width="{_number(float(w))}" customWidth="1" min="{c}" max="{c}" />'
        for c, w in enumerate(sheet.widths, start=1)
    )
    validation = ""
    if sheet.status is not None:
        st = sheet.status
        validation = (
            f'<dataValidations count="1"><dataValidation sqref="{_attr(st.ref)}" showDropDown="0" '
            f'showInputMessage="0" showErrorMessage="1" allowBlank="1" errorTitle="{_attr(st.title)}" '
            f'error="{_attr(st.error)}" type="list"><formula1>{_text(st.formula)}</formula1></dataValidation>'
            "</dataValidations>"
        )
    return (
        f'<worksheet xmlns="{_MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1" /><pageSetUpPr />'
        f'</sheetPr><dimension ref="A1:{column_letter(widest)}{last}" /><sheetViews><sheetView workbookViewId="0">'
        f'<pane ySplit="{sheet.header_row}" topLeftCell="A{top}" activePane="bottomLeft" state="frozen" />'
        '<selection pane="bottomLeft" activeCell="A1" sqref="A1" /></sheetView></sheetViews>'
        '<sheetFormatPr baseColWidth="8" defaultRowHeight="15" />'
        + (f"<cols>{cols}</cols>" if cols else "")
        + data
        + f'<autoFilter ref="{_filter_ref(sheet)}" />'
        + validation
        + '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5" /></worksheet>'
    )


def _filter_ref(sheet: Sheet) -> str:
    return f"A{sheet.header_row}:{column_letter(len(sheet.header))}{sheet.last_row}"


def _workbook_xml(book: Book) -> str:
    sheets = "".join(
        f'<sheet name="{_attr(s.title)}" sheetId="{i}" state="visible" r:id="rId{i}" />'
        for i, s in enumerate(book.sheets, start=1)
    )
    names = []
    for i, s in enumerate(book.sheets):
        quoted = "'" + s.title.replace("'", "''") + "'"
        a, b = _filter_ref(s).split(":")
        absolute = ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in (a, b))
        names.append(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{_text(quoted)}!{absolute}</definedName>"
        )
    return (
        f'<workbook xmlns:r="{_REL}" xmlns="{_MAIN}"><workbookPr /><workbookProtection /><bookViews>'
        '<workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" '
        'showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1" />'
        f"</bookViews><sheets>{sheets}</sheets><definedNames>{''.join(names)}</definedNames>"
        '<calcPr calcId="124519" fullCalcOnLoad="1" /></workbook>'
    )


def _workbook_rels(n: int) -> str:
    rel = f"{_REL}/"
    parts = [(f"{rel}worksheet", f"/xl/worksheets/sheet{i}.xml") for i in range(1, n + 1)]
    parts += [(f"{rel}styles", "styles.xml"), (f"{rel}theme", "theme/theme1.xml")]
    return (
        f'<Relationships xmlns="{_PKG_REL}">'
        + "".join(
            f'<Relationship Type="{t}" Target="{target}" Id="rId{i}" />' for i, (t, target) in enumerate(parts, 1)
        )
        + "</Relationships>"
    )


def _content_types(n: int) -> str:
    office = "application/vnd.openxmlformats-officedocument"
    overrides = [
        ("/xl/styles.xml", f"{office}.spreadsheetml.styles+xml"),
        ("/xl/theme/theme1.xml", f"{office}.theme+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", f"{office}.extended-properties+xml"),
        *((f"/xl/worksheets/sheet{i}.xml", _SHEET_TYPE) for i in range(1, n + 1)),
        ("/xl/workbook.xml", f"{office}.spreadsheetml.sheet.main+xml"),
    ]
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
        '<Default Extension="xml" ContentType="application/xml" />'
        + "".join(f'<Override PartName="{p}" ContentType="{t}" />' for p, t in overrides)
        + "</Types>"
    )


_ROOT_RELS = (
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Type="{_REL}/officeDocument" Target="xl/workbook.xml" Id="rId1" />'
    f'<Relationship Type="{_PKG_REL}/metadata/core-properties" Target="docProps/core.xml" Id="rId2" />'
    f'<Relationship Type="{_REL}/extended-properties" Target="docProps/app.xml" Id="rId3" />'
    "</Relationships>"
)
# openpyxl's words for the program that wrote the file: kept, so the file reads as before.
_APP = (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Microsoft Excel Compatible / Openpyxl 3.1.5</Application><AppVersion>3.1</AppVersion></Properties>"
)


def _core(now: datetime) -> str:
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>openpyxl</dc:creator>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>'
    )


def _theme() -> bytes:
    """openpyxl's default theme (its ``theme_xml``), kept beside this module."""
    return resources.files("werkbord.report").joinpath("templates", "xlsx-theme1.xml").read_bytes()


def write(book: Book) -> bytes:
    """The workbook's bytes (see the module docstring; :func:`handles` must hold)."""
    styles = _Styles()
    sheets = [_sheet_xml(s, book, styles) for s in book.sheets]  # numbers the styles, in order
    parts: list[tuple[str, str | bytes]] = [
        ("docProps/app.xml", _APP),
        ("docProps/core.xml", _core(datetime.now(UTC))),
        ("xl/theme/theme1.xml", _theme()),
        *((f"xl/worksheets/sheet{i}.xml", xml) for i, xml in enumerate(sheets, start=1)),
        ("xl/styles.xml", styles.xml()),
        ("_rels/.rels", _ROOT_RELS),
        ("xl/workbook.xml", _workbook_xml(book)),
        ("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets))),
        ("[Content_Types].xml", _content_types(len(sheets))),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for name, data in parts:
            archive.writestr(name, data)
    return buf.getvalue()
