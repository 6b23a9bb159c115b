"""The guards that keep hostile board text inert in each output format, one at a time:
formulas in CSV, characters XML forbids in SVG, strikethrough in Markdown."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from werkbord.report.csvout import safe_cell
from werkbord.report.markdown import md_text
from werkbord.report.svg import Bar, Dot, bars_svg, network_svg

# --- CSV: every character a spreadsheet starts a formula with --------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_each_formula_start(start):
    cell = f"{start}1+1"
    assert safe_cell(cell) == "'" + cell
    assert safe_cell("  " + cell) == "'  " + cell  # also after leading spaces


def test_csv_leaves_ordinary_text_and_inner_signs_alone():
    for cell in ("Huisarts belt", "1+1", "a-b", "e-mail @ werk", "'al gequote"):
        assert safe_cell(cell) == cell


# --- SVG: characters XML 1.0 forbids never reach the file ------------------------------------------

ILLEGAL = "\x00\x01\x08\x0b\x0c\x0e\x1f\ufffe\uffff"


def _text(svg: str) -> str:
    """The picture's text without whitespace (labels are shortened at white space, which some of
    the forbidden characters count as)."""
    root = ET.fromstring(svg)  # an XML parser refuses any illegal character
    assert not any(c in svg for c in ILLEGAL)
    return "".join("".join(root.itertext()).split())


def test_network_svg_drops_characters_xml_forbids():
    svg = network_svg(
        [Dot("A", f"Huis{ILLEGAL}arts", caption=f"1{ILLEGAL}/2"), Dot("B", "FACT\x02team")],
        title=f"Groep{ILLEGAL} 1",
        patient=f"Pa{ILLEGAL}tiënt",
        zone_labels={"A": f"Kern{ILLEGAL}", "B": "B", "C": "C"},
        unplaced=[f"Buur{ILLEGAL}vrouw"],
        unplaced_label=f"Niet{ILLEGAL} geplaatst",
    )
    text = _text(svg)
    assert "Huisarts" in text and "FACTteam" in text and "Buurvrouw" in text and "Groep1" in text


def test_bars_svg_drops_characters_xml_forbids():
    svg = bars_svg(
        [Bar(f"Huis{ILLEGAL}artsen", 0.5, 0.6)],
        title=f"Pei{ILLEGAL}ling",
        involved_label=f"Betrok{ILLEGAL}ken",
        survey_label=f"Peil{ILLEGAL}ing",
    )
    text = _text(svg)
    assert "Huisartsen" in text and "Peiling" in text and "Betrokken" in text


# --- Markdown: "~" would strike text through ---------------------------------------------------------


def test_md_text_escapes_tildes():
    assert md_text("~~niet doen~~") == "\\~\\~niet doen\\~\\~"
    assert md_text("ca. ~5 min") == "ca. \\~5 min"
