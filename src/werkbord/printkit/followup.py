"""The print kit of a follow-up session: what differs from the first session's kit.

* per group a review sheet (step 1): three areas, Gedaan / Bezig / Niet gelukt, to lay the
  action cards on, and two boxes for "Wat hielp?" and "Wat hield tegen?";
* per group the previous actions as cards to cut out, each with its code (the action's id), so
  the fill-in sheet's row for it is found by code, whatever is written on the card afterwards;
* on the step-2 poster, every party placed last time printed in its former ring as a dashed
  label "vorige keer": the group lays the party's card where it stands now.
"""

from __future__ import annotations

import math

from reportlab.lib.units import mm

from ..plan import BoardPlan, GroupGeometry, PlanItem, Role
from ..template import Werkvorm
from .draw import notice, text_block, wrap
from .fonts import BOLD, REGULAR
from .poster import ring_radii
from .sheets import GREY, PAGE, KitText, M, card_grid, cut_card, page_footer, page_heading

ACTION_CARD = (88 * mm, 52 * mm)


def _group_items(plan: BoardPlan, index: int) -> tuple[list[PlanItem], list[PlanItem]]:
    """(previous actions, pre-placed parties) of one group, in plan order."""
    actions = [i for i in plan.items if i.group == index and i.role == Role.PREVIOUS_ACTION]
    placed = [i for i in plan.items if i.group == index and "previous_zone" in i.meta]
    return actions, placed


def review_sheet(c, wv: Werkvorm, group: str, kit: KitText) -> None:
    """Step 1 of a follow-up on paper: the status areas and the two questions."""
    fu, L = wv.follow_up, wv.labels
    assert fu is not None
    width = PAGE[0] - 2 * M
    y = page_heading(c, f"{group} · {L.step} 1 · {wv.step1.title} · {kit.times[0]}", kit.title)
    y = text_block(c, M, y, width, wv.step1.intro, 10) - 3 * mm
    y = notice(c, M, y, width, L.privacy_notice, 10, bold=True) - 4 * mm
    gap = 3 * mm
    room = y - M - 6 * mm
    status_h = room * 0.55
    col_w = (width - 2 * gap) / 3
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.8)
    for n, label in enumerate((fu.statuses.gedaan, fu.statuses.bezig, fu.statuses.niet_gelukt)):
        x = M + n * (col_w + gap)
        c.roundRect(x, y - status_h, col_w, status_h, 3 * mm, stroke=1, fill=0)
        text_block(c, x + 3 * mm, y - 3 * mm, col_w - 6 * mm, label, 14, bold=True)
    y -= status_h + gap
    half = (width - gap) / 2
    box_h = y - M - 6 * mm
    for n, label in enumerate((fu.helped, fu.hindered)):
        x = M + n * (half + gap)
        c.roundRect(x, y - box_h, half, box_h, 3 * mm, stroke=1, fill=0)
        inner = text_block(c, x + 3 * mm, y - 3 * mm, half - 6 * mm, label, 12, bold=True)
        text_block(c, x + 3 * mm, inner - 1, half - 6 * mm, L.privacy_short, 7, color=GREY)
    page_footer(c, f"{kit.title} · {group} · {L.step} 1")
    c.showPage()


def action_cards(c, wv: Werkvorm, group: str, kit: KitText, actions: list[PlanItem]) -> None:
    """The group's previous actions as cards, each with its code; a note when there were none."""
    fu, L = wv.follow_up, wv.labels
    assert fu is not None
    w, h = ACTION_CARD
    cols, rows, x0, top0 = card_grid(w, h)
    per_page = cols * rows
    pages = [actions[i : i + per_page] for i in range(0, len(actions), per_page)] or [[]]
    for page in pages:
        page_heading(c, f"{group} · {fu.previous_actions}", fu.paper.action_cards)
        if not page:
            text_block(c, M, top0, PAGE[0] - 2 * M, fu.no_actions, 11)
        for n, item in enumerate(page):
            r, col = divmod(n, cols)
            x, y = x0 + col * w, top0 - (r + 1) * h
            cut_card(c, x, y, w, h, item.color or "light_blue", group)
            size = 11.0
            while size > 6 and len(wrap(item.text, size, w - 6 * mm)) * size * 1.22 > h - 16 * mm:
                size *= 0.9
            text_block(c, x + 3 * mm, y + h - 8 * mm, w - 6 * mm, item.text, size)
            c.setFont(BOLD, 9)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.drawString(x + 3 * mm, y + 3.5 * mm, f"{fu.action_code}: {item.meta.get('action_id', '')}")
        page_footer(c, f"{kit.title} · {group} · {L.step} 1 · {fu.previous_actions}")
        c.showPage()


def mark_previous(c, wv: Werkvorm, geo: GroupGeometry, placed: list[PlanItem], cx: float, cy: float) -> None:
    """On the poster: each party of last time in its former ring, a dashed label 'vorige keer: B'.

    The poster's rings are sized for the kit's cards, not in the board's proportions: a party
    keeps its direction from the patient on the board and is set in the middle of its ring's band."""
    fu = wv.follow_up
    assert fu is not None
    radii = ring_radii()
    inner = {"A": radii["patient"], "B": radii["A"], "C": radii["B"]}
    size = 18.0
    for item in placed:
        zone = item.meta["previous_zone"]
        band = radii[zone] - inner[zone]
        centre = item.rect.center
        angle = math.atan2(centre.y - geo.patient.y, centre.x - geo.patient.x)
        x = cx + (inner[zone] + band / 2) * math.cos(angle)
        y = cy - (inner[zone] + band / 2) * math.sin(angle)  # PDF y grows upwards
        name = item.text.rsplit("\n", 1)[0]
        lines = [*wrap(name, size, band * 0.9, bold=True), f"{fu.previous}: {zone}"]
        bw = max(c.stringWidth(line, BOLD, size) for line in lines) + size
        bh = len(lines) * size * 1.22 + size * 0.6
        c.saveState()
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(1.5)
        c.setDash(6, 4)
        c.roundRect(x - bw / 2, y - bh / 2, bw, bh, size * 0.4, stroke=1, fill=1)
        c.setDash()
        c.setFillColorRGB(0.15, 0.15, 0.15)
        ty = y + bh / 2 - size * 0.3
        for n, line in enumerate(lines):
            ty -= size * 1.22
            c.setFont(BOLD if n < len(lines) - 1 else REGULAR, size)
            c.drawCentredString(x, ty + size * 0.25, line)
        c.restoreState()


def previous_of(plan: BoardPlan, index: int) -> tuple[list[PlanItem], list[PlanItem]]:
    return _group_items(plan, index)
