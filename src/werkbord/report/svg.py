"""Pictures as standalone SVG text: a group's network, the network across groups, and the survey
comparison bar chart.

Every text that comes from the board is escaped here (and stripped of characters XML forbids),
so the markup these functions return is safe to inline in HTML or to write as an ``.svg`` file.
No scripts, links, external fonts or images are ever emitted.

Network layout: the patient in the centre, rings A (inner), B, C. Each party is written in the
middle of its ring. The order around a ring follows the party's direction from the patient on
the board (``Placement.x/.y``), spaced evenly so labels do not pile up where a group stacked
stickies; a ring holding more labels than fit alternates between two radii.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..palette import PALETTE

SIZE = 640
CENTRE = SIZE / 2
R_PATIENT, R_A, R_B, R_C = 52.0, 135.0, 215.0, 300.0
BANDS = {"A": (R_PATIENT, R_A), "B": (R_A, R_B), "C": (R_B, R_C)}
RING_FILL = {"A": "#dbe9f6", "B": "#eaf2fa", "C": "#f6f9fd"}
FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif"
FONT_SIZE = 11.0
CHAR_W = 0.6 * FONT_SIZE  # average glyph width; SVG has no text measurement without a browser
LABEL_W_MAX = 17  # characters shown in a picture; the full text is in the tooltip and the tables
_DEFAULT_FILL = PALETTE["gray"]
# Characters XML 1.0 does not allow; a note containing one would make the .svg file unreadable.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def x(text: str) -> str:
    """Escape board text for XML content and attributes."""
    return escape(_XML_ILLEGAL.sub("", text), quote=True)


def _short(text: str, limit: int = LABEL_W_MAX) -> str:
    """At most ``limit`` characters; shortened at a space or after a "/" where that keeps most of it
    ("Schuldhulp/…" rather than "Schuldhulp/bewin…"). The full text is in the tooltip."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = flat[: limit - 1]
    cut = max(head.rfind(" "), head.rfind("/") + 1 if "/" in head else -1)
    if cut >= 0.6 * limit:
        head = head[:cut]
    return head.rstrip() + "…"


def _fill(color: str | None) -> str:
    # Only palette names are honoured: the harvest file is user input, and a colour string
    # must never carry markup or CSS into the picture.
    return PALETTE.get(color or "", _DEFAULT_FILL)


def _ink(fill: str) -> str:
    """Black or white text, whichever reads better on ``fill``."""
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#fff"


@dataclass(frozen=True)
class Dot:
    """A party to draw in a ring."""

    zone: str  # "A", "B" or "C"
    name: str
    color: str | None = None  # palette name
    dx: float = 0.0  # direction hint: offset from the patient centre on the board
    dy: float = 0.0
    caption: str | None = None  # e.g. "2/3" on the picture across groups


def _angles(dots: Sequence[Dot]) -> list[tuple[Dot, float]]:
    """Evenly spaced angles, in the order the dots had around the patient on the board."""
    if not dots:
        return []
    hinted = [d for d in dots if d.dx or d.dy]
    rest = [d for d in dots if not (d.dx or d.dy)]
    hinted.sort(key=lambda d: math.atan2(d.dy, d.dx))
    ordered = hinted + rest
    start = math.atan2(hinted[0].dy, hinted[0].dx) if hinted else -math.pi / 2
    step = 2 * math.pi / len(ordered)
    return [(d, start + i * step) for i, d in enumerate(ordered)]


def _label(
    cx: float, cy: float, text: str, fill: str, caption: str | None, tooltip: str, font: float = FONT_SIZE
) -> str:
    shown = _short(text, LABEL_W_MAX if font <= FONT_SIZE else LABEL_W_MAX - 3)
    width = max(len(shown), len(caption or "")) * 0.6 * font + 10
    height = font + 8 + (font if caption else 0)
    top = cy - height / 2
    ink = _ink(fill)
    parts = [
        f'<g class="party"><title>{x(tooltip)}</title>',
        f'<rect x="{cx - width / 2:.1f}" y="{top:.1f}" width="{width:.1f}" height="{height:.1f}" rx="4" '
        f'fill="{fill}" stroke="#7a7a7a" stroke-width="0.5"/>',
        f'<text x="{cx:.1f}" y="{top + font + 2:.1f}" text-anchor="middle" font-size="{font}" '
        f'fill="{ink}">{x(shown)}</text>',
    ]
    if caption:
        parts.append(
            f'<text x="{cx:.1f}" y="{top + 2 * font + 3:.1f}" text-anchor="middle" '
            f'font-size="{font - 1}" fill="{ink}">{x(caption)}</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        while len(word) > width:  # one very long word must not run off the picture
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def network_svg(
    dots: Sequence[Dot],
    *,
    title: str,
    patient: str,
    zone_labels: dict[str, str],
    unplaced: Sequence[str] = (),
    unplaced_label: str = "",
    font_size: float = FONT_SIZE,
) -> str:
    """The network picture: rings, patient, parties in their zones, then the unplaced ones.

    ``font_size`` larger than the default for a picture printed small (the first page's).
    """
    max_lines = 8
    lines = (
        _wrap(f"{unplaced_label}: " + ", ".join(" ".join(u.split()) for u in unplaced), 80)
        if unplaced
        else []
    )
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1][:90] + " …"]
    height = SIZE + (len(lines) * 16 + 12 if lines else 0)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {height}" width="{SIZE}" '
        f'height="{height}" role="img" class="network" style="{FONT}">',
        f"<title>{x(title)}</title>",
        f'<rect x="0" y="0" width="{SIZE}" height="{height}" fill="#fff"/>',
    ]
    for zone in ("C", "B", "A"):  # outer first, so inner discs paint over
        out.append(
            f'<circle cx="{CENTRE}" cy="{CENTRE}" r="{BANDS[zone][1]}" fill="{RING_FILL[zone]}" '
            f'stroke="#6b8fb5" stroke-width="1.2"/>'
        )
    for zone in ("A", "B", "C"):
        # The zone letter sits on the ring's outer edge, top left, where it is seldom covered.
        r = BANDS[zone][1] - 12
        zx, zy = CENTRE - r * math.cos(math.pi / 4), CENTRE - r * math.sin(math.pi / 4)
        out.append(
            f'<text x="{zx:.1f}" y="{zy:.1f}" text-anchor="middle" font-size="14" font-weight="bold" '
            f'fill="#35597f"><title>{x(zone_labels.get(zone, zone))}</title>{zone}</text>'
        )
    out.append(f'<circle cx="{CENTRE}" cy="{CENTRE}" r="{R_PATIENT}" fill="#fde7c8" stroke="#b07a2a"/>')
    out.append(
        f'<text x="{CENTRE}" y="{CENTRE + 4}" text-anchor="middle" font-size="12" font-weight="bold">'
        f"{x(_short(patient, 12))}</text>"
    )
    for zone in ("A", "B", "C"):
        ring = [d for d in dots if d.zone == zone]
        inner, outer = BANDS[zone]
        mid = (inner + outer) / 2
        fits = max(1, int(2 * math.pi * mid / ((LABEL_W_MAX - 3) * 0.6 * font_size + 14)))
        for i, (d, angle) in enumerate(_angles(ring)):
            r = mid if len(ring) <= fits else mid + (outer - inner) / 4 * (1 if i % 2 else -1)
            tooltip = f"{d.name} ({d.caption})" if d.caption else d.name
            out.append(
                _label(
                    CENTRE + r * math.cos(angle),
                    CENTRE + r * math.sin(angle),
                    d.name,
                    _fill(d.color),
                    d.caption,
                    tooltip,
                    font_size,
                )
            )
    for i, line in enumerate(lines):
        out.append(f'<text x="12" y="{SIZE + 16 + i * 16}" font-size="12" fill="#333">{x(line)}</text>')
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


def bars_svg(bars: Sequence[Bar], *, title: str, involved_label: str, survey_label: str) -> str:
    """Per survey bucket two bars: this session's share of groups, and the survey's share of cases."""
    left, bar_w, row_h = 170, 260, 46
    width, top = left + bar_w + 190, 48
    height = top + row_h * len(bars) + 6
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" class="bars" style="{FONT}">',
        f"<title>{x(title)}</title>",
        _HATCH.format(id="survey-hatch", bg=_LIGHT, fg="#b77a1c"),
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fff"/>',
        f'<rect x="8" y="6" width="12" height="12" fill="{_DARK}"/>',
        f'<text x="26" y="16" font-size="11">{x(_short(involved_label, 90))}</text>',
        '<rect x="8" y="24" width="12" height="12" fill="url(#survey-hatch)" stroke="#7a5a20" stroke-width=".5"/>',
        f'<text x="26" y="34" font-size="11">{x(_short(survey_label, 90))}</text>',
    ]
    for i, b in enumerate(bars):
        y = top + i * row_h
        out.append(
            f'<text x="{left - 8}" y="{y + 22}" text-anchor="end" font-size="12">'
            f"<title>{x(b.label)}</title>{x(_short(b.label, 26))}</text>"
        )
        rows = ((b.involved, _DARK, b.involved_text), (b.survey, "url(#survey-hatch)", b.survey_text))
        for j, (share, fill, text) in enumerate(rows):
            by = y + 4 + j * 18
            w = bar_w * (share or 0.0)
            out.append(
                f'<rect x="{left}" y="{by}" width="{bar_w}" height="15" fill="none" stroke="#ccc" stroke-width=".5"/>'
            )
            out.append(f'<rect x="{left}" y="{by}" width="{w:.1f}" height="15" fill="{fill}"/>')
            shown = text or ("—" if share is None else f"{round(share * 100)}%")
            out.append(f'<text x="{left + bar_w + 6}" y="{by + 12}" font-size="11">{x(shown)}</text>')
    out.append("</svg>")
    return "\n".join(out)


@dataclass(frozen=True)
class Stack:
    """One party's row: how many groups put it where."""

    label: str
    counts: tuple[int, int, int, int]  # A, B, C, not discussed
    caption: str = ""  # at the end of the row, e.g. "2 van 3"


# Fill and text colour per segment, dark to light, so the order reads in greyscale too; the
# "not discussed" segment is white with a hatch and a border.
_SEGMENTS = (("#1f3b5a", "#fff"), ("#5f8bb8", "#fff"), ("#c4d6ea", "#000"), ("url(#lane-hatch)", "#000"))


def stacked_bars_svg(rows: Sequence[Stack], *, title: str, legend: Sequence[str], n: int) -> str:
    """Per party a bar split into A, B, C and not discussed, each segment labelled with its count."""
    left, bar_w, row_h, top = 150, 215, 17, 44
    width = left + bar_w + 60
    height = top + row_h * len(rows) + 6
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" class="stacks" style="{FONT}">',
        f"<title>{x(title)}</title>",
        _HATCH.format(id="lane-hatch", bg="#fff", fg="#c8c8c8"),
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fff"/>',
    ]
    for i, ((fill, _), name) in enumerate(zip(_SEGMENTS, legend, strict=True)):
        lx, ly = 8 + (i % 2) * (width / 2), 4 + (i // 2) * 17  # two legend rows of two
        out.append(
            f'<rect x="{lx:.1f}" y="{ly}" width="12" height="12" fill="{fill}" stroke="#555" stroke-width=".5"/>'
        )
        out.append(f'<text x="{lx + 16:.1f}" y="{ly + 10}" font-size="11">{x(_short(name, 34))}</text>')
    unit = bar_w / n if n else 0.0
    for i, r in enumerate(rows):
        y = top + i * row_h
        out.append(
            f'<text x="{left - 6}" y="{y + 11}" text-anchor="end" font-size="11">'
            f"<title>{x(r.label)}</title>{x(_short(r.label, 22))}</text>"
        )
        sx = float(left)
        for (fill, ink), k in zip(_SEGMENTS, r.counts, strict=True):
            if not k:
                continue
            w = unit * k
            out.append(
                f'<rect x="{sx:.1f}" y="{y}" width="{w:.1f}" height="14" fill="{fill}" stroke="#555" '
                f'stroke-width=".5"/>'
            )
            out.append(
                f'<text x="{sx + w / 2:.1f}" y="{y + 11}" text-anchor="middle" font-size="10" fill="{ink}">{k}</text>'
            )
            sx += w
        if r.caption:
            out.append(f'<text x="{left + bar_w + 6}" y="{y + 11}" font-size="10">{x(r.caption)}</text>')
    out.append("</svg>")
    return "\n".join(out)


@dataclass(frozen=True)
class Spread:
    """One party on the picture across groups: how many groups put it where."""

    label: str
    counts: tuple[int, int, int, int]  # A, B, C, not discussed
    color: str | None = None  # palette name, for the label


def spread_svg(
    parties: Sequence[Spread],
    *,
    title: str,
    patient: str,
    n: int,
    of: str,
    zone_labels: dict[str, str],
    lane_label: str,
) -> str:
    """The network across groups: a spoke per party, a numbered dot in each ring groups chose.

    Dots in one ring mean the groups agreed; dots in several rings show how they differed. The
    number in a dot is the number of groups; the hollow dot outside the rings counts the groups
    that left the party in the lane (not discussed). Dark ink on white and numbers, not colour,
    carry the meaning, so it reads in greyscale too.
    """
    scale = 0.62  # the rings of the group pictures, smaller: room for labels around them
    bands = {z: (a * scale, b * scale) for z, (a, b) in BANDS.items()}
    r_lane = bands["C"][1] + 16
    r_text = bands["C"][1] + 34
    width, height = 780, 2 * (r_text + 24) + 40
    cx, cy = width / 2, height / 2 + 8
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:.0f}" width="{width}" '
        f'height="{height:.0f}" role="img" class="network spread" style="{FONT}">',
        f"<title>{x(title)}</title>",
        _HATCH.format(id="spread-hatch", bg="#fff", fg="#bbb"),
        f'<rect x="0" y="0" width="{width}" height="{height:.0f}" fill="#fff"/>',
    ]
    for zone in ("C", "B", "A"):
        out.append(
            f'<circle cx="{cx}" cy="{cy:.1f}" r="{bands[zone][1]:.1f}" fill="{RING_FILL[zone]}" '
            f'stroke="#6b8fb5" stroke-width="1"/>'
        )
    for zone in ("A", "B", "C"):
        r = bands[zone][1] - 9
        out.append(
            f'<text x="{cx:.1f}" y="{cy - r + 4:.1f}" text-anchor="middle" font-size="12" font-weight="bold" '
            f'fill="#35597f"><title>{x(zone_labels.get(zone, zone))}</title>{zone}</text>'
        )
    rp = bands["A"][0]
    out.append(f'<circle cx="{cx}" cy="{cy:.1f}" r="{rp:.1f}" fill="#fde7c8" stroke="#b07a2a"/>')
    out.append(
        f'<text x="{cx}" y="{cy + 4:.1f}" text-anchor="middle" font-size="10" font-weight="bold">'
        f"{x(_short(patient, 9))}</text>"
    )
    count = max(1, len(parties))
    for i, p in enumerate(parties):
        angle = -math.pi / 2 + 2 * math.pi * (i + 0.5) / count
        ca, sa = math.cos(angle), math.sin(angle)
        out.append(
            f'<line x1="{cx + rp * ca:.1f}" y1="{cy + rp * sa:.1f}" x2="{cx + r_lane * ca:.1f}" '
            f'y2="{cy + r_lane * sa:.1f}" stroke="#9aa9b8" stroke-width=".6"/>'
        )
        for zone, k in zip(("A", "B", "C"), p.counts[:3], strict=True):
            if not k:
                continue
            inner, outer = bands[zone]
            r = (inner + outer) / 2
            dot = min(4 + 3.2 * k, (outer - inner) / 2 - 1)
            tip = f"{p.label}: {zone} — {k} {of} {n}"
            out.append(
                f'<g><title>{x(tip)}</title><circle cx="{cx + r * ca:.1f}" cy="{cy + r * sa:.1f}" r="{dot:.1f}" '
                f'fill="#1f3b5a" stroke="#fff" stroke-width=".8"/><text x="{cx + r * ca:.1f}" '
                f'y="{cy + r * sa + 4:.1f}" text-anchor="middle" font-size="11" fill="#fff">{k}</text></g>'
            )
        lane = p.counts[3]
        if lane:
            tip = f"{p.label}: {lane_label} — {lane} {of} {n}"
            out.append(
                f'<g><title>{x(tip)}</title><circle cx="{cx + r_lane * ca:.1f}" cy="{cy + r_lane * sa:.1f}" '
                f'r="7" fill="url(#spread-hatch)" stroke="#555" stroke-width=".7"/><text x="{cx + r_lane * ca:.1f}" '
                f'y="{cy + r_lane * sa + 3.5:.1f}" text-anchor="middle" font-size="9" fill="#000">{lane}</text></g>'
            )
        anchor = "start" if ca > 0.15 else "end" if ca < -0.15 else "middle"
        ty = cy + r_text * sa + (4 if abs(sa) < 0.9 else (12 if sa > 0 else -2))
        out.append(
            f'<text x="{cx + r_text * ca:.1f}" y="{ty:.1f}" text-anchor="{anchor}" font-size="15" fill="#1a1a1a">'
            f"<title>{x(p.label)}</title>{x(_short(p.label, 18))}</text>"
        )
    # Legend: what a dot and a hollow dot are.
    # Legend, bottom left where the spokes leave room: what a dot and an open dot are.
    ly = height - 34
    out.append(
        f'<circle cx="14" cy="{ly}" r="8" fill="#1f3b5a"/><text x="14" y="{ly + 4}" text-anchor="middle" '
        f'font-size="11" fill="#fff">2</text><text x="28" y="{ly + 5}" font-size="14">= 2 {of} {n}</text>'
    )
    out.append(
        f'<circle cx="14" cy="{ly + 22}" r="8" fill="url(#spread-hatch)" stroke="#555" stroke-width=".7"/>'
        f'<text x="28" y="{ly + 27}" font-size="14">{x(_short(lane_label, 40))}</text>'
    )
    out.append("</svg>")
    return "\n".join(out)
