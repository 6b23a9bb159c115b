"""The step-2 poster of one group: the patient in the centre, rings A/B/C, the zone letters and
definitions, the key questions in the margin. Drawn at A1 landscape, sized to read at 2 m.

On paper a party card lies in a ring, so the rings are made for the kit's own cards: the
model takes the page's full height and its three bands are equally wide, each at least a card
plus :data:`BAND_ROOM` clear between the ring lines (a card then never has to cross a line, so
its zone is never a judgement call). The board's own proportions (a smaller patient circle
on screen) do not matter here: harvest reads a paper session's zones from the fill-in sheet.
The A3/A4 tilings carry this same A1 poster at full size.
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
from .sheets import CARD_H, CARD_W

SIZE = landscape(A1)  # (width, height) in points
MARGIN = 20 * mm
RING_LINE = 1.5 * mm  # the width of a ring line
PATIENT_RADIUS = 30 * mm
BAND_ROOM = 15 * mm  # room beside a card in a band: what makes its ring obvious
# Ring fills, outer to inner: faint enough to write on, distinct enough to tell apart.
_RING_FILL = {"C": (0.95, 0.95, 0.95), "B": (0.89, 0.93, 0.98), "A": (0.84, 0.92, 0.86)}


def ring_radii() -> dict[str, float]:
    """The poster's radii (points, to the middle of each line): patient, A, B, C."""
    outer = (SIZE[1] - 2 * MARGIN - RING_LINE) / 2
    band = (outer - PATIENT_RADIUS) / 3
    clear = band - RING_LINE
    card = max(CARD_W, CARD_H)
    if clear < card + BAND_ROOM:  # pragma: no cover - a change of card or page size that breaks the rule
        raise ValueError(f"a ring band of {clear / mm:.0f} mm is too narrow for a {card / mm:.0f} mm card")
    return {"patient": PATIENT_RADIUS, "A": PATIENT_RADIUS + band, "B": PATIENT_RADIUS + 2 * band, "C": outer}


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


def draw_poster(c, wv: Werkvorm, geo: GroupGeometry, text: PosterText) -> tuple[float, float]:
    """Draw the poster on ``c`` in the rectangle (0, 0) – SIZE. Returns where the model's centre
    lies, for what is drawn on top of it (rings: :func:`ring_radii`)."""
    w, h = SIZE
    radii = ring_radii()
    # The model: the page's full height, on the left.
    cx, cy = MARGIN + radii["C"], h / 2
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(RING_LINE)
    for z in reversed(ZONES):
        c.setFillColorRGB(*_RING_FILL[z])
        c.circle(cx, cy, radii[z], stroke=1, fill=1)
    c.setFillColorRGB(*hex_rgb(PALETTE["light_yellow"]))
    rp = radii["patient"]
    c.circle(cx, cy, rp, stroke=1, fill=1)
    label = printable(wv.step2.patient_label)
    size = 96.0
    while c.stringWidth(label, BOLD, size) > 1.7 * rp and size > 20:
        size *= 0.9
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(BOLD, size)
    c.drawCentredString(cx, cy - size * 0.35, label)
    # Zone letters in each band, above and below the centre: the cards go all around.
    inner = {"A": radii["patient"], "B": radii["A"], "C": radii["B"]}
    for z in ZONES:
        mid = (inner[z] + radii[z]) / 2
        letter = min(160.0, (radii[z] - inner[z]) * 0.55)
        c.setFont(BOLD, letter)
        for dy in (mid, -mid):
            c.drawCentredString(cx, cy + dy - letter * 0.36, z)
    # The right-hand column: heading, zone definitions, key questions, instructions; shrunk only
    # if they do not fit.
    x = cx + radii["C"] + RING_LINE / 2 + MARGIN
    col_w = w - MARGIN - x
    top = text_block(c, x, h - MARGIN, col_w, text.heading, 40, bold=True)
    top = text_block(c, x, top - 4, col_w, text.subtitle, 24, color=(0.35, 0.35, 0.35)) - 8 * mm
    items = _margin_texts(wv)
    base = 56.0
    while base > 12:
        need = sum(
            block_height(t, base * rel, col_w, bold=k in ("zone_label", "heading")) + _gap(k, base * rel)
            for k, t, rel in items
        )
        if need <= top - MARGIN:
            break
        base *= 0.96
    y = top
    for kind, t, rel in items:
        size = base * rel
        bold = kind in ("zone_label", "heading")
        colour = (0.35, 0.35, 0.35) if kind in ("note", "instructions") else (0.1, 0.1, 0.1)
        y = text_block(c, x, y, col_w, t, size, bold=bold, color=colour) - _gap(kind, size)
    return cx, cy
