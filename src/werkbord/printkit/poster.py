"""The step-2 poster of one group: the patient in the centre, rings A/B/C, the zone letters and
definitions, the key questions in the margin. Drawn at A1 landscape, sized to read at 2 m.

The rings keep the board's proportions (the plan's radii), so the picture on paper and the
one on screen are the same model.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A1, landscape
from reportlab.lib.units import mm

from ..palette import PALETTE
from ..plan import GroupGeometry
from ..template import ZONES, Werkvorm
from .draw import block_height, hex_rgb, text_block
from .fonts import BOLD, printable

SIZE = landscape(A1)  # (width, height) in points
MARGIN = 20 * mm
# Ring fills, outer to inner: faint enough to write on, distinct enough to tell apart.
_RING_FILL = {"C": (0.95, 0.95, 0.95), "B": (0.89, 0.93, 0.98), "A": (0.84, 0.92, 0.86)}


@dataclass(frozen=True, slots=True)
class PosterText:
    heading: str  # "Groep 1 · Stap 2 · Netwerk in beeld · 14:25–14:45"
    subtitle: str  # session title


def _margin_texts(wv: Werkvorm) -> list[tuple[str, str, float]]:
    """(kind, text, relative size) for the right-hand column, top to bottom."""
    s2 = wv.step2
    out: list[tuple[str, str, float]] = []
    for z in ZONES:
        out.append(("zone_label", s2.zones[z].label, 1.15))
        out.append(("zone_def", s2.zones[z].definition, 1.0))
    out.append(("note", s2.zone_note, 0.8))
    out.append(("heading", wv.labels.key_questions, 1.15))
    for q in s2.key_questions:
        out.append(("question", f"• {q.text}", 1.0))
    out.append(("instructions", "\n".join(f"• {i}" for i in s2.instructions), 0.75))
    return out


def _gap(kind: str, size: float) -> float:
    return {"zone_label": 0.15, "zone_def": 0.9, "note": 1.2, "heading": 0.3, "question": 0.5}.get(kind, 0) * size


def draw_poster(c, wv: Werkvorm, geo: GroupGeometry, text: PosterText) -> tuple[float, float, float]:
    """Draw the poster on ``c`` in the rectangle (0, 0) – SIZE. Returns where the model's centre
    lies and its scale (points per board px), for what is drawn on top of it."""
    w, h = SIZE
    top = h - MARGIN
    # Heading.
    bottom = text_block(c, MARGIN, top, w - 2 * MARGIN, text.heading, 54, bold=True)
    bottom = text_block(c, MARGIN, bottom - 6, w - 2 * MARGIN, text.subtitle, 30, color=(0.35, 0.35, 0.35))
    model_top = bottom - 12 * mm
    # The model: as large as the page allows on the left.
    radius = min((model_top - MARGIN) / 2, (w * 0.6 - MARGIN) / 2)
    cx, cy = MARGIN + radius, MARGIN + radius
    scale = radius / geo.radii["C"]
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(2.5 * mm)
    for z in reversed(ZONES):
        c.setFillColorRGB(*_RING_FILL[z])
        c.circle(cx, cy, geo.radii[z] * scale, stroke=1, fill=1)
    c.setFillColorRGB(*hex_rgb(PALETTE["light_yellow"]))
    rp = geo.radii["patient"] * scale
    c.circle(cx, cy, rp, stroke=1, fill=1)
    label = printable(wv.step2.patient_label)
    size = 96.0
    while c.stringWidth(label, BOLD, size) > 1.7 * rp and size > 20:
        size *= 0.9
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(BOLD, size)
    c.drawCentredString(cx, cy - size * 0.35, label)
    # Zone letters in the middle of each band, above and below the centre.
    inner = {"A": geo.radii["patient"], "B": geo.radii["A"], "C": geo.radii["B"]}
    for z in ZONES:
        mid = (inner[z] + geo.radii[z]) / 2 * scale
        band = (geo.radii[z] - inner[z]) * scale
        letter = min(220.0, band * 0.75)
        c.setFont(BOLD, letter)
        for dy in (mid, -mid):
            c.drawCentredString(cx, cy + dy - letter * 0.36, z)
    # The margin: zone definitions, key questions, instructions; shrunk only if they do not fit.
    x = 2 * MARGIN + 2 * radius
    col_w = w - MARGIN - x
    items = _margin_texts(wv)
    base = 56.0
    while base > 12:
        need = sum(block_height(t, base * rel, col_w, bold=k in ("zone_label", "heading")) + _gap(k, base * rel)
                   for k, t, rel in items)  # fmt: skip
        if need <= model_top - MARGIN:
            break
        base *= 0.92
    y = model_top
    for kind, t, rel in items:
        size = base * rel
        bold = kind in ("zone_label", "heading")
        colour = (0.35, 0.35, 0.35) if kind in ("note", "instructions") else (0.1, 0.1, 0.1)
        y = text_block(c, x, y, col_w, t, size, bold=bold, color=colour) - _gap(kind, size)
    return cx, cy, scale
