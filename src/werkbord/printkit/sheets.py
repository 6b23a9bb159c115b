"""The A4 pages of the kit: facilitator sheet, and per group the step-1 sheet, party cards and
micro-action forms. Each function draws whole pages and leaves the canvas on a fresh page."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ..palette import PALETTE
from ..template import Werkvorm
from .draw import block_height, hex_rgb, notice, text_block, wrap
from .fonts import BOLD, REGULAR, printable

PAGE = A4
M = 15 * mm  # page margin
# A party card: small enough that a ring band of the poster holds it with room to spare (see
# poster.ring_radii), large enough to read from across a table. Three to a row on A4.
CARD_W, CARD_H = 60 * mm, 40 * mm
GREY = (0.4, 0.4, 0.4)


@dataclass(frozen=True, slots=True)
class KitText:
    """Session facts every page may show."""

    title: str  # the session title
    times: list[str]  # per step: "14:00–14:25" or "25 min"
    msg: dict[str, str]  # the kit's message catalogue
    sheet_name: str  # the fill-in sheet's file name
    manifest_name: str


def page_footer(c, text: str) -> None:
    c.setFont(REGULAR, 7)
    c.setFillColorRGB(*GREY)
    c.drawString(M, 8 * mm, text[:150])


class _Flow:
    """A cursor down A4 pages: starts a new page when a block does not fit."""

    def __init__(self, c, footer: str) -> None:
        self.c, self.footer = c, footer
        self.width = PAGE[0] - 2 * M
        self.y = PAGE[1] - M

    def need(self, height: float) -> None:
        if self.y - height < M + 5 * mm:
            self.page()

    def page(self) -> None:
        page_footer(self.c, self.footer)
        self.c.showPage()
        self.y = PAGE[1] - M

    def text(self, text: str, size: float, *, bold: bool = False, gap: float = 0.5, color=(0.1, 0.1, 0.1)) -> None:
        # A long block may span pages: place it line by line.
        lines = wrap(text, size, self.width, bold=bold)
        for line in lines:
            self.need(size * 1.3)
            self.y = text_block(self.c, M, self.y, self.width, line, size, bold=bold, color=color)
        self.y -= gap * size

    def notice(self, text: str, size: float) -> None:
        self.need(block_height(text, size, self.width - 2 * size) + size)
        self.y = notice(self.c, M, self.y, self.width, text, size, bold=True) - 0.6 * size


def facilitator_sheet(c, wv: Werkvorm, kit: KitText) -> None:
    L, msg = wv.labels, kit.msg
    f = _Flow(c, f"{kit.title} · {L.facilitator}")
    f.text(f"{L.facilitator} · {kit.title}", 20, bold=True, gap=0.2)
    f.text(f"{wv.title} · {wv.theme} · {msg['kit']}", 11, color=GREY, gap=1.0)
    f.text(L.goal, 13, bold=True, gap=0.2)
    f.text(f"{wv.goal} ({wv.time_indication})", 10, gap=0.8)
    f.text(L.agenda, 13, bold=True, gap=0.2)
    for i, (step, t) in enumerate(zip(wv.steps, kit.times, strict=True), start=1):
        f.text(f"{t}   {L.step} {i} · {step.title} ({step.minutes} min)", 10, gap=0.2)
    f.y -= 6
    f.notice(f"{L.privacy_title}: {L.privacy_notice}", 10)
    f.text(L.materials, 13, bold=True, gap=0.2)
    f.text("\n".join(f"• {m}" for m in wv.materials.physical), 10, gap=0.8)
    f.text(L.preparation, 13, bold=True, gap=0.2)
    f.text("\n".join(f"• {p}" for p in wv.preparation), 10, gap=0.8)
    f.text(msg["in_the_room"], 13, bold=True, gap=0.2)
    f.text(msg["kit_contents"], 10, gap=0.8)
    f.text(msg["instructions"], 13, bold=True, gap=0.3)
    s1, s2, s3 = wv.step1, wv.step2, wv.step3
    for i, step in enumerate(wv.steps, start=1):
        f.need(60)
        f.text(f"{L.step} {i} · {step.title} · {kit.times[i - 1]}", 11, bold=True, gap=0.2)
        f.text(step.intro, 10, gap=0.3)
        if step is s1:
            for sec in s1.sections:
                f.text(f"{sec.title}: " + " · ".join(p.text for p in sec.prompts), 10, gap=0.2)
        elif step is s2:
            f.text("\n".join(f"• {x}" for x in s2.instructions), 10, gap=0.2)
            f.text(f"{L.key_questions}: " + " · ".join(q.text for q in s2.key_questions), 10, gap=0.2)
        elif step is s3:
            f.text("\n".join(f"• {x}" for x in s3.instructions), 10, gap=0.2)
            f.text("\n".join(f"• {x}" for x in s3.sharing_questions), 10, gap=0.2)
        f.y -= 6
    f.text(msg["afterwards"], 13, bold=True, gap=0.2)
    f.text(msg["afterwards_text"].format(sheet=kit.sheet_name, manifest=kit.manifest_name), 10, gap=0.8)
    f.text(L.sources, 13, bold=True, gap=0.2)
    f.text("\n".join(f"• {s.title}" + (f" — {s.url}" if s.url else "") for s in wv.sources), 9, gap=0.5)
    f.text(f"{L.survey}: {wv.survey.source}. {wv.survey.note}", 9, color=GREY)
    f.page()


def page_heading(c, text: str, sub: str | None = None) -> float:
    y = text_block(c, M, PAGE[1] - M, PAGE[0] - 2 * M, text, 16, bold=True)
    if sub:
        y = text_block(c, M, y - 2, PAGE[0] - 2 * M, sub, 9, color=GREY)
    return y - 4 * mm


def step1_sheet(c, wv: Werkvorm, group: str, kit: KitText) -> None:
    """The prompts of step 1 with room to write, and the privacy notice."""
    L, s1 = wv.labels, wv.step1
    width = PAGE[0] - 2 * M
    y = page_heading(c, f"{group} · {L.step} 1 · {s1.title} · {kit.times[0]}", kit.title)
    y = text_block(c, M, y, width, s1.intro, 10) - 3 * mm
    y = notice(c, M, y, width, L.privacy_notice, 10, bold=True) - 4 * mm
    cols = min(3, max(len(s.prompts) for s in s1.sections))
    titles = sum(block_height(s.title, 12, width, bold=True) + 2 * mm for s in s1.sections)
    rows = sum(math.ceil(len(s.prompts) / cols) for s in s1.sections)
    gap = 3 * mm
    box_h = (y - M - 6 * mm - titles - rows * gap) / rows
    box_w = (width - (cols - 1) * gap) / cols
    for sec in s1.sections:
        y = text_block(c, M, y, width, sec.title, 12, bold=True) - 2 * mm
        for i, prompt in enumerate(sec.prompts):
            r, col = divmod(i, cols)
            x, top = M + col * (box_w + gap), y - r * (box_h + gap)
            c.setStrokeColorRGB(0.3, 0.3, 0.3)
            c.setLineWidth(0.8)
            c.roundRect(x, top - box_h, box_w, box_h, 3 * mm, stroke=1, fill=0)
            inner = text_block(c, x + 3 * mm, top - 3 * mm, box_w - 6 * mm, prompt.text, 10, bold=True)
            text_block(c, x + 3 * mm, inner - 1, box_w - 6 * mm, L.privacy_short, 7, color=GREY)
        y -= math.ceil(len(sec.prompts) / cols) * (box_h + gap)
    page_footer(c, f"{kit.title} · {group} · {L.step} 1")
    c.showPage()


def party_cards(c, wv: Werkvorm, group: str, kit: KitText) -> None:
    """One card per party, coloured by sector as on the boards, and blank cards, on a grid of
    :data:`CARD_W` × :data:`CARD_H` with dashed cut lines."""
    L, msg = wv.labels, kit.msg
    cols, rows, x0, top0 = card_grid(CARD_W, CARD_H)
    cards = [(p.label, wv.sector(p.sector).label, wv.sector(p.sector).color) for p in wv.parties]
    cards += [(None, None, "light_yellow")] * wv.step2.blank_parties
    per_page = cols * rows
    room_w, room_h = CARD_W - 6 * mm, CARD_H - 15 * mm  # inside the group line and the sector line
    for start in range(0, len(cards), per_page):
        page_heading(c, f"{group} · {msg['cards']}", msg["cards_help"])
        for i, (label, sector, colour) in enumerate(cards[start : start + per_page]):
            r, col = divmod(i, cols)
            x, y = x0 + col * CARD_W, top0 - (r + 1) * CARD_H
            cut_card(c, x, y, CARD_W, CARD_H, colour, group)
            if label is None:
                c.drawString(x + 3 * mm, y + CARD_H - 10 * mm, msg["blank_card"])
                continue
            size = 18.0
            while size > 7 and not _fits(label, size, room_w, room_h):
                size *= 0.95
            lines = card_lines(label, size, room_w)
            block = len(lines) * size * 1.22
            ty = y + CARD_H / 2 + block / 2
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont(BOLD, size)
            for line in lines:
                ty -= size * 1.22
                c.drawCentredString(x + CARD_W / 2, ty + size * 0.25, line)
            c.setFont(REGULAR, 7)
            c.setFillColorRGB(0.25, 0.25, 0.25)
            c.drawCentredString(x + CARD_W / 2, y + 3 * mm, sector)
        page_footer(c, f"{kit.title} · {group} · {L.step} 2 · {msg['cards']}")
        c.showPage()


def card_grid(w: float, h: float) -> tuple[int, int, float, float]:
    """How cards of ``w`` × ``h`` fill a page below its heading: (columns, rows, left edge of the
    centred grid, its top)."""
    cols = int((PAGE[0] - 2 * M) // w)
    rows = int((PAGE[1] - 2 * M - 20 * mm) // h)
    return cols, rows, (PAGE[0] - cols * w) / 2, PAGE[1] - M - 20 * mm


def cut_card(c, x: float, y: float, w: float, h: float, colour: str, group: str) -> None:
    """A card to cut out: its colour inside dashed cut lines, its group small at the top left
    (cards of several groups end up on one table)."""
    c.setFillColorRGB(*hex_rgb(PALETTE[colour]))
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.setLineWidth(0.5)
    c.setDash(3, 2)  # the cut lines
    c.rect(x, y, w, h, stroke=1, fill=1)
    c.setDash()
    c.setFillColorRGB(0.25, 0.25, 0.25)
    c.setFont(REGULAR, 7)
    c.drawString(x + 3 * mm, y + h - 5 * mm, group)


def card_lines(text: str, size: float, width: float) -> list[str]:
    """A card's label in lines that break at spaces and after a "/" ("Schuldhulp/" over
    "bewindvoering"), never inside a word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for hard in printable(text).split("\n"):
        line = ""
        for word in hard.split(" "):
            for i, piece in enumerate(p for p in _AFTER_SLASH.split(word) if p):
                candidate = f"{line}{'' if i else ' '}{piece}" if line else piece
                if line and stringWidth(candidate, BOLD, size) > width:
                    lines.append(line)
                    candidate = piece
                line = candidate
        lines.append(line)
    return lines


_AFTER_SLASH = re.compile(r"(?<=/)")


def _fits(text: str, size: float, width: float, height: float) -> bool:
    """Whether ``text`` wrapped at ``size`` fits the box (a long word cannot be wrapped)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = card_lines(text, size, width)
    return len(lines) * size * 1.22 <= height and all(stringWidth(ln, BOLD, size) <= width for ln in lines)


def action_forms(c, wv: Werkvorm, group: str, participants: int, kit: KitText) -> None:
    """One micro-action form per participant, two to an A4 page (cut in the middle)."""
    L, s3, msg = wv.labels, wv.step3, kit.msg
    width = PAGE[0] - 2 * M
    half = PAGE[1] / 2
    fields = [
        (s3.form.party, 1),
        (s3.form.action, 3),
        (s3.form.effect, 2),
        (s3.form.owner, 1),
        (s3.form.deadline or "", 1),
    ]
    for i in range(participants):
        slot = i % 2
        top = PAGE[1] - M - slot * half
        bottom_limit = top - half + 2 * M
        y = text_block(
            c, M, top, width, f"{group} · {msg['form']} · {L.step} 3 · {s3.title} · {kit.times[2]}", 12, bold=True
        )
        y = text_block(c, M, y - 2, width, s3.instructions[0], 8.5, color=GREY) - 3 * mm
        lines_total = sum(n for _, n in fields if _)
        labels_h = len(fields) * 11
        step = max(7 * mm, min(10 * mm, (y - bottom_limit - labels_h) / lines_total))
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.6)
        for name, n in fields:
            if not name:
                continue
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont(BOLD, 10)
            c.drawString(M, y - 10, f"{name}:")
            y -= 11
            for _ in range(n):
                y -= step
                c.line(M, y, M + width, y)
        text_block(c, M, y - 2 * mm, width, L.privacy_short, 7, color=GREY)
        if slot == 0 and i + 1 < participants:
            c.setDash(4, 3)
            c.setStrokeColorRGB(0.5, 0.5, 0.5)
            c.line(5 * mm, half, PAGE[0] - 5 * mm, half)
            c.setDash()
            c.setFont(REGULAR, 7)
            c.drawString(5 * mm, half + 1.5 * mm, msg["cut"])
        if slot == 1 or i + 1 == participants:
            page_footer(c, f"{kit.title} · {group} · {L.step} 3")
            c.showPage()
