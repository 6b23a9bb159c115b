"""Pictures as standalone SVG text: a group's network, the network across groups, the parties per
group as stacked bars, and the survey comparison bar chart.

Every text that comes from the board is escaped here (and stripped of characters XML forbids),
so the markup these functions return is safe to inline in HTML or to write as an ``.svg`` file.
No scripts, links, external fonts or images are ever emitted.

Size: one SVG unit is one CSS pixel, and every picture is at most ``MAX_WIDTH`` wide, so printed at
its natural size on A4 portrait (186 mm of text width, 703 px) it is never scaled down; no text is
smaller than ``SMALL`` (11 px = 8.25 pt). Labels are never cut: they wrap (after a "/" or at a
space; a word longer than a line is hyphenated), and the picture grows to hold them.

Networks: the patient in the centre, rings A (inner), B, C; a party is a dot in its ring on a
spoke of its own, its name beside the rings on that side, joined to it by a thin line, so no
label ever covers a ring or another label. The ring letters sit at the top, in a gap no spoke
uses. In a group's picture the spokes follow each party's direction from the patient on the board
(``Dot.dx/.dy``), spaced evenly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..palette import PALETTE

FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif"
TEXT = 12.0  # labels
SMALL = 11.0  # the smallest text in any picture: 8.25 pt printed at natural size
MAX_WIDTH = 700  # natural width that fits A4 portrait's text width (703 px) unscaled
CHAR_W = 0.62  # average glyph width per unit of font size; SVG has no text measurement without a browser
LINE = 1.25  # line height per unit of font size
RING_FILL = {"A": "#dbe9f6", "B": "#eaf2fa", "C": "#f6f9fd"}
RING_LINE = "#6b8fb5"
LETTER = "#35597f"
GAP = math.pi / 4  # the gap at the top of the rings that no spoke uses: the ring letters sit there
_DEFAULT_FILL = PALETTE["gray"]
# Characters XML 1.0 does not allow; a note containing one would make the .svg file unreadable.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PIECES = re.compile(r"[^/]*/|[^/]+")  # "domein/wijkteam" -> "domein/", "wijkteam"


def x(text: str) -> str:
    """Escape board text for XML content and attributes."""
    return escape(_XML_ILLEGAL.sub("", text), quote=True)


def wrap(text: str, chars: int) -> list[str]:
    """Lines of at most ``chars`` characters, broken at spaces or after a "/"; nothing is dropped.

    A word longer than a line is broken with a hyphen ("Ervarings-" / "deskundige"): a picture
    never cuts a label short.
    """
    chars = max(4, chars)
    lines: list[str] = []
    line = ""
    for word in text.split():
        for i, part in enumerate(_PIECES.findall(word)):
            sep = " " if i == 0 and line else ""
            if len(line) + len(sep) + len(part) <= chars:
                line += sep + part
                continue
            if line:
                lines.append(line)
                line = ""
            while len(part) > chars:
                lines.append(part[: chars - 1] + "-")
                part = part[chars - 1 :]
            line = part
    if line:
        lines.append(line)
    return lines or [""]


def text_width(line: str, font: float = TEXT) -> float:
    return len(line) * CHAR_W * font


def _fill(color: str | None) -> str:
    # Only palette names are honoured: the harvest file is user input, and a colour string
    # must never carry markup or CSS into the picture.
    return PALETTE.get(color or "", _DEFAULT_FILL)


def _ink(fill: str) -> str:
    """Black or white text, whichever reads better on ``fill``."""
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#fff"


def _text(
    tx: float,
    ty: float,
    lines: Sequence[str],
    *,
    font: float = TEXT,
    anchor: str = "start",
    attrs: str = "",
    tooltip: str | None = None,
) -> str:
    """Text lines whose first baseline is at ``ty``."""
    tip = f"<title>{x(tooltip)}</title>" if tooltip else ""
    spans = "".join(
        f'<tspan x="{tx:.1f}" dy="{0 if i == 0 else font * LINE:.1f}">{x(line)}</tspan>' for i, line in enumerate(lines)
    )
    return f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}" font-size="{font:g}"{attrs}>{tip}{spans}</text>'


def _svg_open(width: float, height: float, cls: str, title: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" '
        f'height="{height:.0f}" role="img" class="{cls}" style="{FONT}">',
        f"<title>{x(title)}</title>",
    ]


def spoke_angles(n: int) -> list[float]:
    """``n`` angles spaced evenly, clockwise from the top, leaving the gap at the top free."""
    span = 2 * math.pi - GAP
    return [-math.pi / 2 + GAP / 2 + span * (i + 0.5) / n for i in range(n)]


@dataclass(frozen=True)
class _Spoke:
    angle: float
    lines: list[str]
    tooltip: str


@dataclass(frozen=True)
class _Placed:
    x: float  # the text's anchor
    y: float  # the middle of the label block
    anchor: str  # "start" (right of the rings) or "end" (left)


class _Rings:
    """Rings around a centre with labels in two columns beside them: the geometry both network
    pictures share. Sizes the canvas so every label fits and none overlaps another."""

    def __init__(
        self, radii: dict[str, float], spokes: Sequence[_Spoke], *, reach: float, below: float = 0.0, font: float = TEXT
    ):
        self.font = font
        self.radii = radii  # "P" (patient), "A", "B", "C": outer radius of each
        self.reach = reach  # labels' leader lines start here (just outside the outermost mark)
        self.margin = 6.0
        self.gap = 16.0  # between the leader's start circle and the label column
        line_h = font * LINE
        col = max((text_width(line, font) for s in spokes for line in s.lines), default=0.0)
        self.col = col
        self.width = 2 * (self.margin + col + self.gap + reach)
        heights = {"start": 0.0, "end": 0.0}
        for s in spokes:
            heights[self._side(s.angle)] += len(s.lines) * line_h + 4
        rings_h = 2 * (reach + self.margin)
        self.height = max(rings_h, max(heights.values()) + 2 * self.margin)
        self.cx, self.cy = self.width / 2, self.height / 2
        self.chart_height = self.height
        self.height += below
        self.placed = self._place(spokes, line_h)

    @staticmethod
    def _side(angle: float) -> str:
        return "start" if math.cos(angle) >= -1e-9 else "end"

    def _place(self, spokes: Sequence[_Spoke], line_h: float) -> list[_Placed]:
        out: list[_Placed | None] = [None] * len(spokes)
        top, bottom = self.margin, self.chart_height - self.margin
        for side in ("start", "end"):
            idx = [i for i, s in enumerate(spokes) if self._side(s.angle) == side]
            idx.sort(key=lambda i: math.sin(spokes[i].angle))
            h = [len(spokes[i].lines) * line_h + 4 for i in idx]
            want = [self.cy + (self.reach + self.gap) * math.sin(spokes[i].angle) for i in idx]
            ys: list[float] = []
            for k, w in enumerate(want):  # downwards: no label above the one before
                low = (ys[-1] + h[k - 1] / 2 + h[k] / 2) if ys else top + h[k] / 2
                ys.append(max(w, low))
            for k in range(len(ys) - 1, -1, -1):  # upwards: no label below the canvas or the next
                high = (ys[k + 1] - h[k + 1] / 2 - h[k] / 2) if k + 1 < len(ys) else bottom - h[k] / 2
                ys[k] = min(ys[k], high)
            tx = self.cx + (self.reach + self.gap) * (1 if side == "start" else -1)
            for k, i in enumerate(idx):
                out[i] = _Placed(tx, ys[k], side)
        return [p for p in out if p is not None]

    def rings(self) -> list[str]:
        out = []
        for zone in ("C", "B", "A"):  # outer first, so inner discs paint over
            out.append(
                f'<circle cx="{self.cx:.1f}" cy="{self.cy:.1f}" r="{self.radii[zone]:.1f}" fill="{RING_FILL[zone]}" '
                f'stroke="{RING_LINE}" stroke-width="1"/>'
            )
        return out

    def letters(self, zone_labels: dict[str, str]) -> list[str]:
        """The ring letters at the top, in the middle of each band: in the gap no spoke uses."""
        out = []
        inner = {"A": self.radii["P"], "B": self.radii["A"], "C": self.radii["B"]}
        for zone in ("A", "B", "C"):
            r = (inner[zone] + self.radii[zone]) / 2
            out.append(
                f'<text x="{self.cx:.1f}" y="{self.cy - r + 4.5:.1f}" text-anchor="middle" font-size="13" '
                f'font-weight="bold" fill="{LETTER}" class="ring-letter">'
                f"<title>{x(zone_labels.get(zone, zone))}</title>{zone}</text>"
            )
        return out

    def patient(self, name: str) -> list[str]:
        r = self.radii["P"]
        lines = wrap(name, max(4, int(2 * r / (CHAR_W * SMALL))))[:2]
        y0 = self.cy + 4 - (len(lines) - 1) * SMALL * LINE / 2
        return [
            f'<circle cx="{self.cx:.1f}" cy="{self.cy:.1f}" r="{r:.1f}" fill="#fde7c8" stroke="#b07a2a"/>',
            _text(self.cx, y0, lines, font=SMALL, anchor="middle", attrs=' font-weight="bold"', tooltip=name),
        ]

    def point(self, angle: float, r: float) -> tuple[float, float]:
        return self.cx + r * math.cos(angle), self.cy + r * math.sin(angle)

    def label(self, s: _Spoke, p: _Placed, *, start: float) -> list[str]:
        """The leader line from radius ``start`` on the spoke to the label, and the label."""
        x0, y0 = self.point(s.angle, start)
        x1, y1 = self.point(s.angle, self.reach)
        x2 = p.x - 3 if p.anchor == "start" else p.x + 3
        n = len(s.lines)
        first = p.y - (n - 1) * self.font * LINE / 2 + self.font * 0.35
        return [
            f'<polyline points="{x0:.1f},{y0:.1f} {x1:.1f},{y1:.1f} {x2:.1f},{p.y:.1f}" fill="none" '
            f'stroke="#8a9bb0" stroke-width=".7"/>',
            _text(
                p.x,
                first,
                s.lines,
                font=self.font,
                anchor=p.anchor,
                attrs=' fill="#1a1a1a" class="party"',
                tooltip=s.tooltip,
            ),
        ]


def _label_chars(reach: float, font: float = TEXT, most: int = 22) -> int:
    """Characters per label line so that two label columns and the rings fit ``MAX_WIDTH``."""
    col = (MAX_WIDTH - 2 * (6 + 16 + reach)) / 2
    return max(8, min(most, int(col / (CHAR_W * font))))


@dataclass(frozen=True)
class Dot:
    """A party to draw in a ring."""

    zone: str  # "A", "B" or "C"
    name: str
    color: str | None = None  # palette name
    dx: float = 0.0  # direction hint: offset from the patient centre on the board
    dy: float = 0.0
    caption: str | None = None  # shown after the name, e.g. "2/3"


def _board_order(dots: Sequence[Dot]) -> list[Dot]:
    """Clockwise from the top, as the dots lay around the patient on the board; undirected last."""
    hinted = [d for d in dots if d.dx or d.dy]
    rest = [d for d in dots if not (d.dx or d.dy)]
    hinted.sort(key=lambda d: (math.atan2(d.dy, d.dx) + math.pi / 2) % (2 * math.pi))
    return hinted + rest


GROUP_RADII = {"P": 24.0, "A": 52.0, "B": 80.0, "C": 108.0}


def network_svg(
    dots: Sequence[Dot],
    *,
    title: str,
    patient: str,
    zone_labels: dict[str, str],
    unplaced: Sequence[str] = (),
    unplaced_label: str = "",
    outside: Sequence[str] = (),
    outside_label: str = "",
) -> str:
    """A group's network: rings, patient, a dot per party in its zone with its name beside the
    rings; below, the parties left in the lane and those laid outside the rings."""
    radii = GROUP_RADII
    chars = _label_chars(radii["C"] + 6, SMALL, 20)
    ordered = _board_order(dots)
    spokes = [
        _Spoke(
            a,
            wrap(f"{d.name} ({d.caption})" if d.caption else d.name, chars),
            f"{d.name} ({zone_labels.get(d.zone, d.zone)})",
        )
        for d, a in zip(ordered, spoke_angles(len(ordered)), strict=True)
    ]
    lists = [(label, names) for label, names in ((unplaced_label, unplaced), (outside_label, outside)) if names]
    # The lists below the rings, as wide as a picture may be.
    chars_below = int((MAX_WIDTH - 20) / (CHAR_W * SMALL))
    below_lines = []
    for label, names in lists:
        below_lines += wrap(f"{label}: " + ", ".join(" ".join(n.split()) for n in names), chars_below)
    below = len(below_lines) * SMALL * LINE + 10 if below_lines else 0.0
    g = _Rings(radii, spokes, reach=radii["C"] + 6, below=below, font=SMALL)
    width = max([g.width] + [text_width(line, SMALL) + 20 for line in below_lines])
    shift = (width - g.width) / 2
    out = _svg_open(width, g.height, "network", title)
    out.append(f'<rect x="0" y="0" width="{width:.0f}" height="{g.height:.0f}" fill="#fff"/>')
    out.append(f'<g transform="translate({shift:.1f} 0)">' if shift else "<g>")
    out += g.rings()
    run = 0  # neighbouring spokes in the same ring: their dots alternate in and out, never touching
    for i, (d, s, p) in enumerate(zip(ordered, spokes, g.placed, strict=True)):
        inner = {"A": radii["P"], "B": radii["A"], "C": radii["B"]}.get(d.zone, radii["B"])
        outer = radii.get(d.zone, radii["C"])
        run = run + 1 if i and ordered[i - 1].zone == d.zone else 0
        r = (inner + outer) / 2 + (outer - inner) / 4 * (1 if run % 2 else -1 if run else 0)
        px, py = g.point(s.angle, r)
        out += g.label(s, p, start=r)
        out.append(
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="6" fill="{_fill(d.color)}" stroke="#333" stroke-width=".8" '
            f'class="dot"><title>{x(s.tooltip)}</title></circle>'
        )
    out += g.letters(zone_labels)
    out += g.patient(patient)
    out.append("</g>")
    if below_lines:
        out.append(_text(10, g.chart_height + SMALL, below_lines, font=SMALL, attrs=' fill="#333"'))
    out.append("</svg>")
    return "\n".join(out)


@dataclass(frozen=True)
class Bar:
    label: str
    involved: float | None  # share of groups, 0–1
    survey: float | None  # the survey's figure, 0–1
    involved_text: str = ""  # e.g. "67% (2 van 3 groepen)"
    survey_text: str = ""  # e.g. "69% van de casussen"


# Greyscale-safe: the two series differ in lightness and the survey bar is hatched as well.
_DARK, _LIGHT = "#24476b", "#e3a64a"
_HATCH = (
    '<defs><pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="{bg}"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="{fg}" stroke-width="2"/></pattern></defs>'
)


def _legend(entries: Sequence[tuple[str, str]], *, top: float, width: float, columns: int) -> tuple[list[str], float]:
    """Swatches with their full text, ``columns`` to a row, wrapped; returns the markup and its height."""
    col_w = (width - 16) / columns
    chars = int((col_w - 22) / (CHAR_W * SMALL))
    out, y, row_h = [], top, 0.0
    for i, (fill, text) in enumerate(entries):
        if i and i % columns == 0:
            y += row_h + 4
            row_h = 0.0
        lx = 8 + (i % columns) * col_w
        lines = wrap(text, chars)
        out.append(
            f'<rect x="{lx:.1f}" y="{y:.1f}" width="12" height="12" fill="{fill}" stroke="#555" stroke-width=".5"/>'
        )
        out.append(_text(lx + 18, y + 10, lines, font=SMALL))
        row_h = max(row_h, 12.0, (len(lines) - 1) * SMALL * LINE + 13)
    return out, y + row_h - top


def bars_svg(bars: Sequence[Bar], *, title: str, involved_label: str, survey_label: str) -> str:
    """Per survey bucket two bars: this session's share of groups, and the survey's share of cases."""
    texts = [t or "—" for b in bars for t in (b.involved_text, b.survey_text)]
    text_w = max((text_width(t, SMALL) for t in texts), default=0.0) + 8
    label_lines = [wrap(b.label, 20) for b in bars]
    left = max((text_width(line) for ls in label_lines for line in ls), default=60.0) + 16
    bar_w = max(160.0, min(300.0, MAX_WIDTH - left - text_w - 8))
    width = min(float(MAX_WIDTH), left + bar_w + text_w + 8)
    if left + bar_w + text_w + 8 > MAX_WIDTH:  # very long figures: they wrap under each other
        text_w = width - left - bar_w - 8
    chars = max(10, int(text_w / (CHAR_W * SMALL)))
    legend, legend_h = _legend(
        [(_DARK, involved_label), ("url(#survey-hatch)", survey_label)], top=6, width=width, columns=1
    )
    top = 6 + legend_h + 12
    rows = []
    y = top
    for b, ls in zip(bars, label_lines, strict=True):
        shown = [
            wrap(t or ("—" if s is None else f"{round(s * 100)}%"), chars)
            for s, t in ((b.involved, b.involved_text), (b.survey, b.survey_text))
        ]
        bar_h = [max(15.0, len(s) * SMALL * LINE + 2) for s in shown]
        row_h = max(sum(bar_h) + 3 + 6, len(ls) * TEXT * LINE + 6)
        rows.append((y, b, ls, shown, bar_h))
        y += row_h
    height = y + 4
    out = _svg_open(width, height, "bars", title)
    out.append(_HATCH.format(id="survey-hatch", bg=_LIGHT, fg="#b77a1c"))
    out.append(f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#fff"/>')
    out += legend
    for y, b, ls, shown, bar_h in rows:
        out.append(_text(left - 8, y + 15, ls, anchor="end", tooltip=b.label))
        by = y + 4
        for (share, fill), lines, h in zip(
            ((b.involved, _DARK), (b.survey, "url(#survey-hatch)")), shown, bar_h, strict=True
        ):
            w = bar_w * (share or 0.0)
            out.append(
                f'<rect x="{left:.1f}" y="{by:.1f}" width="{bar_w:.1f}" height="15" fill="none" stroke="#ccc" '
                f'stroke-width=".5"/>'
            )
            out.append(f'<rect x="{left:.1f}" y="{by:.1f}" width="{w:.1f}" height="15" fill="{fill}"/>')
            out.append(_text(left + bar_w + 6, by + 11.5, lines, font=SMALL))
            by += h + 3
    out.append("</svg>")
    return "\n".join(out)


@dataclass(frozen=True)
class Stack:
    """One party's row: how many groups put it where."""

    label: str
    counts: tuple[int, ...]  # A, B, C, not discussed; or A, B, C, laid outside the rings, not discussed
    caption: str = ""  # at the end of the row, e.g. "2 van 3"


def _five(counts: Sequence[int]) -> tuple[int, int, int, int, int]:
    """(A, B, C, outside the rings, not discussed) from four counts (none outside) or five."""
    a, b, c, *rest = counts
    return (a, b, c, 0, rest[0]) if len(rest) == 1 else (a, b, c, rest[0], rest[1])


# Fill and text colour per segment, dark to light, so the order reads in greyscale too; "laid
# outside the rings" is dotted, "not discussed" white with a hatch, both with a border.
_SEGMENTS = (
    ("#1f3b5a", "#fff"),
    ("#5f8bb8", "#fff"),
    ("#c4d6ea", "#000"),
    ("url(#outside-dots)", "#000"),
    ("url(#lane-hatch)", "#000"),
)
_DOTS = (
    '<defs><pattern id="{id}" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" '
    'fill="#fff"/><circle cx="2.5" cy="2.5" r="1" fill="#8a8a8a"/></pattern></defs>'
)


def stacked_bars_svg(
    rows: Sequence[Stack], *, title: str, legend: Sequence[str], n: int, caption_head: str = ""
) -> str:
    """Per party a bar split into A, B, C, (laid outside the rings,) not discussed, each segment
    labelled with its count; the caption column (e.g. "2 van 3" involved) under the heading
    ``caption_head``. ``legend`` names the four or five segments, in that order; the "outside the
    rings" one is shown only when some row has such a count."""
    counts = [_five(r.counts) for r in rows]
    names = list(legend) if len(legend) == 5 else [*legend[:3], "", legend[3]]
    used = [i for i in range(5) if i != 3 or any(c[3] for c in counts)]
    label_lines = [wrap(r.label, 26) for r in rows]
    left = max((text_width(line, SMALL) for ls in label_lines for line in ls), default=60.0) + 14
    # "Betrokken" over "(A of B)": a heading wraps at its longest word.
    head_lines = wrap(caption_head, max([8, *(len(w) for w in caption_head.split())])) if caption_head else []
    cap_w = max([text_width(r.caption, SMALL) for r in rows] + [text_width(h, SMALL) for h in head_lines] + [0.0]) + 12
    bar_w = max(180.0, min(340.0, MAX_WIDTH - left - cap_w - 8))
    width = left + bar_w + cap_w + 8
    items, legend_h = _legend([(_SEGMENTS[i][0], names[i]) for i in used], top=6, width=width, columns=2)
    head_h = len(head_lines) * SMALL * LINE
    top = 6 + legend_h + 10 + head_h
    out_rows, y = [], top
    for r, ls in zip(rows, label_lines, strict=True):
        row_h = max(16.0, len(ls) * SMALL * LINE + 2)
        out_rows.append((y, r, ls, row_h))
        y += row_h
    height = y + 6
    out = _svg_open(width, height, "stacks", title)
    out.append(_HATCH.format(id="lane-hatch", bg="#fff", fg="#c8c8c8"))
    out.append(_DOTS.format(id="outside-dots"))
    out.append(f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#fff"/>')
    out += items
    if head_lines:
        out.append(
            _text(
                left + bar_w + 6,
                top - head_h + SMALL * 0.9,
                head_lines,
                font=SMALL,
                attrs=' font-weight="bold" class="column-head"',
            )
        )
    unit = bar_w / n if n else 0.0
    for (y, r, ls, row_h), five in zip(out_rows, counts, strict=True):
        mid = y + row_h / 2
        first = mid - (len(ls) - 1) * SMALL * LINE / 2 + SMALL * 0.35
        out.append(_text(left - 6, first, ls, font=SMALL, anchor="end", tooltip=r.label))
        sx = float(left)
        for (fill, ink), k in zip(_SEGMENTS, five, strict=True):
            if not k:
                continue
            w = unit * k
            out.append(
                f'<rect x="{sx:.1f}" y="{mid - 7:.1f}" width="{w:.1f}" height="14" fill="{fill}" stroke="#555" '
                f'stroke-width=".5"/>'
            )
            out.append(
                f'<text x="{sx + w / 2:.1f}" y="{mid + 4:.1f}" text-anchor="middle" font-size="{SMALL:g}" '
                f'fill="{ink}">{k}</text>'
            )
            sx += w
        if r.caption:
            out.append(_text(left + bar_w + 6, mid + 4, [r.caption], font=SMALL))
    out.append("</svg>")
    return "\n".join(out)


@dataclass(frozen=True)
class Spread:
    """One party on the picture across groups: how many groups put it where."""

    label: str
    counts: tuple[int, ...]  # A, B, C, not discussed; or A, B, C, laid outside the rings, not discussed
    color: str | None = None  # palette name, for the label


SPREAD_RADII = {"P": 24.0, "A": 58.0, "B": 92.0, "C": 126.0}


def spread_svg(
    parties: Sequence[Spread],
    *,
    title: str,
    patient: str,
    n: int,
    of: str,
    zone_labels: dict[str, str],
    lane_label: str,
    outside_label: str = "",
) -> str:
    """The network across groups: a spoke per party, a numbered dot in each ring groups chose.

    Dots in one ring mean the groups agreed; dots in several rings show how they differed. The
    number in a dot is the number of groups; the hatched dot outside the rings counts the groups
    that left the party in the lane (not discussed); a dotted one just outside ring C, when a group
    laid the party there, counts those groups. Dark ink on white and numbers, not colour,
    carry the meaning, so it reads in greyscale too.
    """
    radii = SPREAD_RADII
    counts = [_five(p.counts) for p in parties]
    laid_out = any(c[3] for c in counts)
    r_out = radii["C"] + 12  # "laid outside the rings" dots
    r_lane = r_out + (18 if laid_out else 0)
    reach = r_lane + 10
    chars = _label_chars(reach)
    spokes = [
        _Spoke(a, wrap(p.label, chars), p.label) for p, a in zip(parties, spoke_angles(len(parties)), strict=True)
    ]
    # A first layout without the legend says how wide the legend may be; the legend's height
    # then goes below the final one.
    legend_w = max(_Rings(radii, spokes, reach=reach).width, 360.0)
    lane_lines = wrap(lane_label, int((legend_w - 40) / (CHAR_W * TEXT)))
    out_lines = wrap(outside_label, int((legend_w - 40) / (CHAR_W * TEXT))) if laid_out and outside_label else []
    below = 8 + 20 + len(lane_lines) * TEXT * LINE + 8
    below += (len(out_lines) - 1) * TEXT * LINE + 22 if out_lines else 0
    g = _Rings(radii, spokes, reach=reach, below=below)
    width = max(g.width, legend_w)
    shift = (width - g.width) / 2
    out = _svg_open(width, g.height, "network spread", title)
    out.append(_HATCH.format(id="spread-hatch", bg="#fff", fg="#bbb"))
    out.append(_DOTS.format(id="spread-dots"))
    out.append(f'<rect x="0" y="0" width="{width:.0f}" height="{g.height:.0f}" fill="#fff"/>')
    out.append(f'<g transform="translate({shift:.1f} 0)">' if shift else "<g>")
    out += g.rings()
    of_n = f"{of} {n}"  # "of 4 groups": the denominator every dot's tooltip names
    for p, five, s, placed in zip(parties, counts, spokes, g.placed, strict=True):
        x0, y0 = g.point(s.angle, radii["P"])
        x1, y1 = g.point(s.angle, r_lane)
        out.append(
            f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}" stroke="#9aa9b8" stroke-width=".6"/>'
        )
        out += g.label(s, placed, start=r_lane)  # dots paint over the line's start
        out += _spread_ring_dots(g, s.angle, p.label, five[:3], of_n)
        if five[3]:
            out.append(
                _open_dot(
                    g.point(s.angle, r_out),
                    f"{p.label}: {outside_label} — {five[3]} {of_n}",
                    five[3],
                    fill="url(#spread-dots)",
                    stroke="#1f3b5a",
                    stroke_width="1.2",
                )
            )
        if five[4]:
            out.append(
                _open_dot(
                    g.point(s.angle, r_lane),
                    f"{p.label}: {lane_label} — {five[4]} {of_n}",
                    five[4],
                    fill="url(#spread-hatch)",
                    stroke="#555",
                    stroke_width=".7",
                )
            )
    out += g.letters(zone_labels)
    out += g.patient(patient)
    out.append("</g>")
    out += _spread_legend(g.chart_height + 14, f"= 2 {of_n}", lane_lines, out_lines)
    out.append("</svg>")
    return "\n".join(out)


def _spread_ring_dots(g: _Rings, angle: float, label: str, abc: Sequence[int], of_n: str) -> list[str]:
    """A party's dot in each ring groups chose for it, mid-band, numbered with those groups (more
    groups, a bigger dot, as far as the band allows)."""
    radii = g.radii
    bands = {"A": (radii["P"], radii["A"]), "B": (radii["A"], radii["B"]), "C": (radii["B"], radii["C"])}
    out = []
    for zone, k in zip(("A", "B", "C"), abc, strict=True):
        if not k:
            continue
        inner, outer = bands[zone]
        cx, cy = g.point(angle, (inner + outer) / 2)
        dot = min(7.5 + 2.5 * (k - 1), (outer - inner) / 2 - 1)
        tip = f"{label}: {zone} — {k} {of_n}"
        out.append(
            f'<g class="dot"><title>{x(tip)}</title><circle cx="{cx:.1f}" cy="{cy:.1f}" r="{dot:.1f}" '
            f'fill="#1f3b5a" stroke="#fff" stroke-width=".8"/><text x="{cx:.1f}" y="{cy + 4:.1f}" '
            f'text-anchor="middle" font-size="{SMALL:g}" fill="#fff">{k}</text></g>'
        )
    return out


def _open_dot(at: tuple[float, float], tip: str, k: int, *, fill: str, stroke: str, stroke_width: str) -> str:
    """A dot with a pattern fill and dark ink for its number: the groups that laid the party
    outside the rings (dotted) or left it in the lane (hatched)."""
    cx, cy = at
    return (
        f'<g class="dot"><title>{x(tip)}</title><circle cx="{cx:.1f}" cy="{cy:.1f}" r="7.5" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"/><text x="{cx:.1f}" '
        f'y="{cy + 4:.1f}" text-anchor="middle" font-size="{SMALL:g}" fill="#000">{k}</text></g>'
    )


def _spread_legend(ly: float, two_of_n: str, lane_lines: list[str], out_lines: list[str]) -> list[str]:
    """The legend under the picture: what a numbered dot, a hatched dot (and a dotted one) are."""
    out = [
        f'<circle cx="18" cy="{ly:.1f}" r="8" fill="#1f3b5a"/><text x="18" y="{ly + 4:.1f}" text-anchor="middle" '
        f'font-size="{SMALL:g}" fill="#fff">2</text>',
        _text(32, ly + 4.5, [two_of_n]),
    ]
    ly += 22
    out.append(f'<circle cx="18" cy="{ly:.1f}" r="8" fill="url(#spread-hatch)" stroke="#555" stroke-width=".7"/>')
    out.append(_text(32, ly + 4.5, lane_lines))
    if out_lines:
        ly += 22 + (len(lane_lines) - 1) * TEXT * LINE
        out.append(
            f'<circle cx="18" cy="{ly:.1f}" r="8" fill="url(#spread-dots)" stroke="#1f3b5a" stroke-width="1.2"/>'
        )
        out.append(_text(32, ly + 4.5, out_lines))
    return out
