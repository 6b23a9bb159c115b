"""Tiling a poster over smaller sheets for an office printer. Pure geometry, in points.

Every sheet shows one *cell* of the poster plus, where a neighbour follows, an overlap strip on
its right and bottom. The cells partition the poster exactly (equal sizes, no gaps, no overlap);
after cutting each sheet along its left and top cut line, it is glued onto the overlap strips
of the sheets before it. Sheets keep a margin the printer may not reach.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.pagesizes import A1, A3, A4
from reportlab.lib.units import mm

PAPERS = {"a1": A1, "a3": A3, "a4": A4}  # portrait (width, height) in points
MARGIN = 12 * mm  # most office printers cannot print the outer 4-6 mm; room for labels
OVERLAP = 10 * mm  # the glue strip


@dataclass(frozen=True, slots=True)
class Tile:
    row: int  # 1-based, from the top
    col: int  # 1-based, from the left
    cell: tuple[float, float, float, float]  # x, y (bottom-left), w, h in poster coordinates
    shown: tuple[float, float, float, float]  # the cell plus its overlap strips
    overlap_right: bool
    overlap_bottom: bool

    @property
    def name(self) -> str:
        """'B3': row letter, column number (as on a map)."""
        return f"{chr(ord('A') + self.row - 1)}{self.col}"


@dataclass(frozen=True, slots=True)
class Tiling:
    sheet: tuple[float, float]  # the sheet's (width, height), in the orientation chosen
    rows: int
    cols: int
    tiles: list[Tile]


def _grid(poster: tuple[float, float], sheet: tuple[float, float]) -> tuple[int, int]:
    usable_w = sheet[0] - 2 * MARGIN - OVERLAP
    usable_h = sheet[1] - 2 * MARGIN - OVERLAP
    return math.ceil(poster[1] / usable_h - 1e-9), math.ceil(poster[0] / usable_w - 1e-9)


def tile(poster: tuple[float, float], paper: str) -> Tiling:
    """The fewest sheets of ``paper`` (portrait or landscape) that carry ``poster``."""
    pw, ph = PAPERS[paper]
    options = []
    for sheet in ((pw, ph), (ph, pw)):
        rows, cols = _grid(poster, sheet)
        options.append((rows * cols, sheet, rows, cols))
    _, sheet, rows, cols = min(options, key=lambda o: o[0])
    cw, ch = poster[0] / cols, poster[1] / rows
    tiles = []
    for r in range(rows):
        for c in range(cols):
            x0, top = c * cw, poster[1] - r * ch
            right, bottom = c < cols - 1, r < rows - 1
            sw = cw + (OVERLAP if right else 0)
            sh = ch + (OVERLAP if bottom else 0)
            tiles.append(
                Tile(
                    row=r + 1,
                    col=c + 1,
                    cell=(x0, top - ch, cw, ch),
                    shown=(x0, top - sh, sw, sh),
                    overlap_right=right,
                    overlap_bottom=bottom,
                )
            )
    return Tiling(sheet=sheet, rows=rows, cols=cols, tiles=tiles)
