"""The kit as PDF files: the posters (A1, or tiled over A3/A4) and the A4 kit.

    render_posters(...) -> bytes     one poster per group
    render_handouts(...) -> bytes    facilitator sheet, then per group: step 1, cards, forms
    write_kit(...) -> [Path]         both, written atomically into the session folder

Vector drawing with reportlab; fonts embedded (see :mod:`.fonts`). Output is invariant: the
same plan gives byte-identical files. Every text is the template's wording for a room with
paper (:meth:`~werkbord.template.Werkvorm.on_paper`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..errors import UsageError
from ..fileio import write_atomic
from ..i18n import _
from ..layout import parse_start, step_times
from ..layout_followup import follow_up_werkvorm, is_follow_up
from ..plan import BoardPlan
from ..template import Werkvorm
from .fonts import REGULAR, register
from .messages import messages
from .poster import SIZE as POSTER_SIZE
from .poster import PosterText, draw_poster
from .sheets import PAGE, KitText, action_forms, facilitator_sheet, party_cards, step1_sheet
from .tiling import MARGIN, OVERLAP, PAPERS, Tile, tile

PAPER_CHOICES = tuple(PAPERS)


@dataclass(frozen=True, slots=True)
class KitFiles:
    posters: Path
    handouts: Path


def check_paper(paper: str) -> str:
    p = paper.strip().lower()
    if p not in PAPERS:
        raise UsageError(
            _("--paper {paper} is not a paper size").format(paper=repr(paper)),
            hint=_("choose {choices}").format(choices=", ".join(PAPER_CHOICES)),
        )
    return p


def _canvas(buf: io.BytesIO, size, title: str) -> Canvas:
    register()
    # The initial font too: reportlab's default is Helvetica, a standard font it does not embed.
    c = Canvas(buf, pagesize=size, invariant=1, pageCompression=1, initialFontName=REGULAR, initialFontSize=10)
    c.setTitle(title)
    c.setCreator("werkbord")
    return c


def _group_label(wv: Werkvorm, index: int) -> str:
    return f"{wv.labels.group} {index}"


def _poster_text(wv: Werkvorm, plan: BoardPlan, index: int, times: list[str]) -> PosterText:
    s2 = wv.step2
    return PosterText(
        heading=f"{_group_label(wv, index)} · {wv.labels.step} 2 · {s2.title} · {times[1]}", subtitle=plan.title
    )


def _draw_poster(c, wv: Werkvorm, plan: BoardPlan, geo, times: list[str]) -> None:
    """A group's poster; on a follow-up, with last time's placement marked on it."""
    cx, cy = draw_poster(c, wv, geo, _poster_text(wv, plan, geo.index, times))
    if wv.follow_up is not None and is_follow_up(plan):
        from .followup import mark_previous, previous_of

        mark_previous(c, wv, geo, previous_of(plan, geo.index)[1], cx, cy)


def render_posters(wv: Werkvorm, plan: BoardPlan, *, paper: str = "a1") -> bytes:
    """One step-2 poster per group: an A1 page each, or tiled over A3/A4 sheets."""
    paper = check_paper(paper)
    wv = wv.on_paper()  # a poster is read in a room, not on a board
    times = step_times(wv, parse_start(plan.start))
    msg = messages(wv.lang)
    buf = io.BytesIO()
    c = _canvas(buf, POSTER_SIZE, f"{plan.title} · {msg['poster']}")
    if paper == "a1":
        for geo in plan.groups:
            c.setPageSize(POSTER_SIZE)
            c.setFont(REGULAR, 10)
            _draw_poster(c, wv, plan, geo, times)
            c.showPage()
    else:
        tiling = tile(POSTER_SIZE, paper)
        for geo in plan.groups:
            form = f"poster{geo.index}"
            c.beginForm(form, lowerx=0, lowery=0, upperx=POSTER_SIZE[0], uppery=POSTER_SIZE[1])
            c.setFont(REGULAR, 10)
            _draw_poster(c, wv, plan, geo, times)
            c.endForm()
            for n, t in enumerate(tiling.tiles, start=1):
                c.setPageSize(tiling.sheet)
                _tile_page(c, form, t, tiling.sheet, n, len(tiling.tiles), _group_label(wv, geo.index), msg)
                c.showPage()
    c.save()
    return buf.getvalue()


def _tile_page(c, form: str, t: Tile, sheet, n: int, total: int, group: str, msg) -> None:
    sw, sh = sheet
    x0, y0, w, h = t.shown
    cx, cy, cw, ch = t.cell
    left, top = MARGIN, sh - MARGIN
    # The poster, clipped to this sheet's cell and overlap strips.
    c.saveState()
    p = c.beginPath()
    p.rect(left, top - h, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.translate(left - x0, top - (y0 + h))
    c.doForm(form)
    c.restoreState()
    # Glue strips: covered by the next sheet once assembled.
    c.saveState()
    c.setFillColorRGB(0.5, 0.5, 0.5)
    c.setFillAlpha(0.3)
    c.setFont(REGULAR, 7)
    if t.overlap_right:
        c.rect(left + cw, top - h, OVERLAP, h, stroke=0, fill=1)
    if t.overlap_bottom:
        c.rect(left, top - h, w, OVERLAP, stroke=0, fill=1)
    c.setFillAlpha(1)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    if t.overlap_right:
        c.saveState()
        c.translate(left + cw + OVERLAP * 0.65, top - ch / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, msg["glue"].format(name=f"{chr(ord('A') + t.row - 1)}{t.col + 1}"))
        c.restoreState()
    if t.overlap_bottom:
        c.drawCentredString(
            left + cw / 2, top - ch - OVERLAP * 0.65, msg["glue"].format(name=f"{chr(ord('A') + t.row)}{t.col}")
        )
    c.restoreState()
    # Cut lines where this sheet lies over its neighbours (left, top), crop marks at every corner.
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0.1, 0.1, 0.1)
    c.setFont(REGULAR, 7)
    c.setDash(3, 2)
    if t.col > 1:
        c.line(left, top + 6 * mm, left, top - h - 6 * mm)
        c.drawString(left + 1 * mm, top - h - 5 * mm, msg["cut"])
    if t.row > 1:
        c.line(left - 6 * mm, top, left + w + 6 * mm, top)
        c.drawString(left + w + 1 * mm - 12 * mm, top + 1.5 * mm, msg["cut"])
    c.setDash()
    # Crop marks just outside each corner of the cell, pointing along its edges.
    for x, out_x in ((left, -1), (left + cw, 1)):
        for y, out_y in ((top, 1), (top - ch, -1)):
            c.line(x + out_x * 1.5 * mm, y, x + out_x * 4 * mm, y)
            c.line(x, y + out_y * 1.5 * mm, x, y + out_y * 4 * mm)
    # The page label, in the top margin.
    c.setFont(REGULAR, 8)
    c.drawString(
        left,
        sh - 7 * mm,
        f"{group} · {msg['poster']} · {t.name} · "
        f"{msg['sheet_of'].format(n=n, total=total)} · {msg['row_col'].format(row=t.row, col=t.col)}",
    )
    c.setFont(REGULAR, 6.5)
    c.drawString(left, 4 * mm, msg["tiling_help"])
    c.restoreState()


def render_handouts(wv: Werkvorm, plan: BoardPlan, *, sheet_name: str, manifest_name: str) -> bytes:
    """The A4 kit: facilitator sheet; per group the step 1 sheet, party cards and forms."""
    wv = wv.on_paper()  # worded for a room with paper, also when it is the handout of an online session
    times = step_times(wv, parse_start(plan.start))
    msg = messages(wv.lang)
    if wv.follow_up is not None and is_follow_up(plan):  # what the kit holds, and the sheet's extra columns
        msg = {**msg, "kit_contents": wv.follow_up.paper.kit_contents, "afterwards_text": wv.follow_up.paper.afterwards}
    kit = KitText(title=plan.title, times=times, msg=msg, sheet_name=sheet_name, manifest_name=manifest_name)
    buf = io.BytesIO()
    c = _canvas(buf, PAGE, f"{plan.title} · {msg['kit']}")
    facilitator_sheet(c, wv, kit)
    follow_up = is_follow_up(plan)
    for geo in plan.groups:
        group = _group_label(wv, geo.index)
        if follow_up:  # the previous actions to sort, instead of step 1's prompts
            from .followup import action_cards, previous_of, review_sheet

            review_sheet(c, wv, group, kit)
            action_cards(c, wv, group, kit, previous_of(plan, geo.index)[0])
        else:
            step1_sheet(c, wv, group, kit)
        party_cards(c, wv, group, kit)
        action_forms(c, wv, group, plan.participants, kit)
    c.save()
    return buf.getvalue()


def kit_names(name: str, paper: str) -> tuple[str, str]:
    return f"{name}.poster-{paper}.pdf", f"{name}.kit.pdf"


def write_kit(
    wv: Werkvorm,
    plan: BoardPlan,
    folder: Path,
    *,
    name: str,
    paper: str = "a1",
    sheet_name: str = "",
    manifest_name: str = "",
) -> KitFiles:
    """Write the posters and the A4 kit into ``folder``; each file atomically."""
    paper = check_paper(paper)
    if is_follow_up(plan):  # its steps' titles, times and intros, worded for the room
        wv = follow_up_werkvorm(wv, paper=True)
    poster_name, kit_name = kit_names(name, paper)
    posters = render_posters(wv, plan, paper=paper)
    handouts = render_handouts(wv, plan, sheet_name=sheet_name, manifest_name=manifest_name)
    folder = Path(folder)
    write_atomic(folder / poster_name, posters)
    write_atomic(folder / kit_name, handouts)
    return KitFiles(posters=folder / poster_name, handouts=folder / kit_name)
