"""Small drawing helpers over a reportlab canvas: wrapped text from the top down, notices.

Coordinates are PDF points with the origin bottom-left; helpers take the *top* of a block and
return its bottom, so a page is laid out by moving a cursor down.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.utils import simpleSplit

from .fonts import BOLD, REGULAR, WARNING, printable, warning_sign

LEADING = 1.22


def font(bold: bool) -> str:
    return BOLD if bold else REGULAR


def wrap(text: str, size: float, width: float, *, bold: bool = False) -> list[str]:
    """Lines of ``text`` (hard breaks kept) that fit ``width`` at ``size``."""
    return list(_wrap(text, size, width, bold))


@lru_cache(maxsize=4096)
def _wrap(text: str, size: float, width: float, bold: bool) -> tuple[str, ...]:
    # Every group's pages repeat the template's texts: measure each once.
    lines: list[str] = []
    for hard in printable(text).split("\n"):
        lines.extend(simpleSplit(hard, font(bold), size, width) or [""])
    return tuple(lines)


def block_height(text: str, size: float, width: float, *, bold: bool = False) -> float:
    return len(wrap(text, size, width, bold=bold)) * size * LEADING


def text_block(
    c,
    x: float,
    top: float,
    width: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    color: tuple[float, float, float] = (0.1, 0.1, 0.1),
) -> float:
    """Draw wrapped text with its first line's top at ``top``; returns the bottom."""
    lines = wrap(text, size, width, bold=bold)
    c.setFillColorRGB(*color)
    t = c.beginText()
    t.setFont(font(bold), size, size * LEADING)
    t.setTextOrigin(x, top - size * 0.95)
    for line in lines:
        t.textLine(line)
    c.drawText(t)
    return top - len(lines) * size * LEADING


def notice(c, x: float, top: float, width: float, text: str, size: float, *, bold: bool = False) -> float:
    """A privacy notice: the vector ⚠ sign and the text beside it. Returns the bottom."""
    sign = size * 1.5
    warning_sign(c, x, top - sign * 0.9, sign)
    bottom = text_block(
        c, x + sign + size * 0.5, top, width - sign - size * 0.5, text.replace(WARNING, "").strip(), size, bold=bold
    )
    return min(bottom, top - sign)


def hex_rgb(value: str) -> tuple[float, float, float]:
    v = value.lstrip("#")
    return (int(v[0:2], 16) / 255, int(v[2:4], 16) / 255, int(v[4:6], 16) / 255)
