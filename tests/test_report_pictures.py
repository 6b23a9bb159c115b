"""The report's pictures read on paper: no text under 11 px (8.25 pt when printed at their natural
size, which the print style keeps: see werkbord.report.svg), never wider than A4's text width,
every label whole (wrapped, never cut), and the ring letters never covered by a party."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from test_report_data import realistic_session
from werkbord.report.aggregate import aggregate
from werkbord.report.svg import MAX_WIDTH, SMALL, Dot, network_svg, wrap
from werkbord.report.view import build_view

NS = {"s": "http://www.w3.org/2000/svg"}


def _texts(svg: str) -> list[tuple[ET.Element, str]]:
    root = ET.fromstring(svg)
    out = []
    for t in root.iter("{http://www.w3.org/2000/svg}text"):
        spans = t.findall("s:tspan", NS)
        own = (t.text or "") + "".join((c.tail or "") for c in t)  # the text beside a <title>
        shown = " ".join((s.text or "") for s in spans) if spans else own
        out.append((t, shown))
    return out


def _all_text(svg: str) -> str:
    return " ".join(shown for _, shown in _texts(svg))


@pytest.fixture(scope="module")
def figures():
    return build_view(aggregate([realistic_session(4)])).figures()


def test_every_picture_fits_a4_and_has_no_text_under_11_px(figures):
    assert {f.slug for f in figures} >= {"network-all", "parties", "survey", "network-1"}
    for f in figures:
        root = ET.fromstring(f.svg)
        assert float(root.get("width")) <= MAX_WIDTH, f.slug
        sizes = [float(t.get("font-size")) for t, _ in _texts(f.svg)]
        assert sizes and min(sizes) >= SMALL, (f.slug, min(sizes))


def test_no_label_is_cut_short(figures):
    h = realistic_session(4)
    for f in figures:
        assert "…" not in f.svg, f.slug
    across = next(f for f in figures if f.slug == "network-all")
    bars = next(f for f in figures if f.slug == "parties")
    for p in h.context.parties:  # wrapped after "/" or at a space: joined again, the whole name
        for svg in (across.svg, bars.svg):
            assert p.label in _all_text(svg).replace("/ ", "/"), p.label


def test_the_legend_and_the_survey_figures_are_whole(figures):
    bars = next(f for f in figures if f.slug == "parties")
    text = _all_text(bars.svg)
    assert "C · niet betrokken maar wel wenselijk" in text
    assert "Betrokken (A of B)" in text  # the "x van N" column has a heading
    survey = next(f for f in figures if f.slug == "survey")
    width = float(ET.fromstring(survey.svg).get("width"))
    found = [(t, s) for t, s in _texts(survey.svg) if "aantal casussen niet bekend" in s]
    assert len(found) == 4 and all(s.startswith(("69%", "59%", "48%", "44%")) for _, s in found)
    for t, s in found:  # the figure ends inside the picture (estimated glyph width, generous)
        assert float(t.get("x")) + len(s) * 0.62 * float(t.get("font-size")) <= width


def test_wrap_keeps_every_character():
    assert wrap("Dagbesteding/vrijwilligerswerk", 20) == ["Dagbesteding/", "vrijwilligerswerk"]
    assert wrap("Sociaal domein/wijkteam", 20) == ["Sociaal domein/", "wijkteam"]
    long = wrap("Ervaringsdeskundigenondersteuningsteam", 12)
    assert all(len(line) <= 12 for line in long)
    assert "".join(line.removesuffix("-") for line in long) == "Ervaringsdeskundigenondersteuningsteam"


def _ring_letters(svg: str) -> dict[str, tuple[float, float]]:
    return {
        s: (float(t.get("x")), float(t.get("y")) - 4.5)
        for t, s in _texts(svg)
        if "ring-letter" in (t.get("class") or "")
    }


@pytest.mark.parametrize("zone", ["A", "B", "C"])
def test_ring_letters_are_never_covered(zone):
    """However many parties a group put in one ring, and wherever on the board (here: right on top
    of the letters' spot), no dot or label covers a ring letter."""
    dots = [Dot(zone, f"Partij {i}", "light_blue", dx=math.cos(-math.pi / 2 + i / 40), dy=-1) for i in range(24)]
    svg = network_svg(dots, title="t", patient="Patiënt", zone_labels={})
    letters = _ring_letters(svg)
    assert set(letters) == {"A", "B", "C"}
    root = ET.fromstring(svg)
    g = root.find("s:g", NS)
    shift = float(re.search(r"translate\(([\d.]+)", g.get("transform") or "translate(0")[1]) if g is not None else 0
    circles = [c for c in root.iter("{http://www.w3.org/2000/svg}circle") if "dot" in (c.get("class") or "")]
    assert len(circles) == 24
    for c in circles:
        cx, cy, r = float(c.get("cx")), float(c.get("cy")), float(c.get("r"))
        for letter, (lx, ly) in letters.items():
            assert math.hypot(cx - lx, cy - ly) > r + 8, (letter, cx, cy)
    for t, shown in _texts(svg):  # and every label sits outside the rings
        if "party" in (t.get("class") or ""):
            x = float(t.get("x"))
            assert abs(x - (float(root.get("width")) / 2 - shift)) > 108, shown


def test_long_names_and_a_full_ring_still_fit_unscaled():
    """Every template party in one group, and names longer than any line: the pictures stay within
    A4's width at full size, and every name is there whole (hyphenated where it had to be)."""
    from test_report_data import _Ids, group, harvest
    from werkbord.harvest.context import context_of
    from werkbord.template import load_template

    ctx = context_of(load_template("terugval", "nl"))
    ids = _Ids()
    keys = [p.key for p in ctx.parties]
    long_name = "Ervaringsdeskundigenondersteuningsteamleider"
    made = [
        group(ctx, 1, "Groep 1", ids, zones={"A": keys[:9], "B": keys[9:15], "C": keys[15:]}),
        group(
            ctx,
            2,
            "Groep 2",
            ids,
            zones={"A": ["Een heel lange zelfgeschreven partijnaam met veel woorden"], "C": [long_name]},
        ),
    ]
    doc = build_view(aggregate([harvest(made, ctx=ctx, session="s", title="S", scrubbed=True)]))
    for f in doc.figures():
        root = ET.fromstring(f.svg)
        assert float(root.get("width")) <= MAX_WIDTH, f.slug
        assert min(float(t.get("font-size")) for t, _ in _texts(f.svg)) >= SMALL, f.slug
        assert "…" not in f.svg
    g2 = next(f for f in doc.figures() if f.slug == "network-2")
    joined = _all_text(g2.svg).replace("- ", "").replace("-", "")
    assert long_name in joined.replace(" ", "")
