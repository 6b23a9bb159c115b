"""Fonts for the kit: Bitstream Vera, which reportlab ships, embedded as TrueType subsets.

Vera covers Dutch (ë, é, ï, ...) and the punctuation the template uses (– — … • ·), so the
kit needs no system font and looks the same on every machine. It has no ⚠ and no emoji: the
warning sign is drawn as a vector (:func:`warning_sign`) and other missing characters are
replaced by what :func:`printable` chooses, never left as an empty box.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

REGULAR = "WerkbordVera"
BOLD = "WerkbordVera-Bold"
WARNING = "\u26a0"
# Characters the font lacks, with the nearest it has; anything else missing is dropped.
_SUBSTITUTES = {"→": "->", "←": "<-", "✓": "v", "🔒": ""}


@cache
def register() -> None:
    """Register the kit's fonts with reportlab once per process."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))


@cache
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def printable(text: str) -> str:
    """``text`` with every character the font cannot show replaced (⚠ is drawn separately)."""
    covered = _covered()
    if all(ord(c) in covered or c == "\n" for c in text):
        return text
    out = []
    for c in text:
        if c == "\n" or ord(c) in covered:
            out.append(c)
        elif c in _SUBSTITUTES:
            out.append(_SUBSTITUTES[c])
        elif c == WARNING:
            continue
        else:
            base = unicodedata.normalize("NFKD", c)
            out.append("".join(b for b in base if ord(b) in covered))
    return re.sub(r" {2,}", " ", "".join(out)).strip(" ")


def warning_sign(canvas, x: float, y: float, size: float) -> None:
    """The ⚠ sign as a vector: a rounded yellow triangle with an exclamation mark.

    (x, y) is the bottom-left corner; ``size`` the triangle's width in points.
    """
    h = size * 0.87
    c = canvas
    c.saveState()
    c.setLineJoin(1)
    c.setLineWidth(size * 0.07)
    c.setStrokeColorRGB(0.1, 0.1, 0.1)
    c.setFillColorRGB(1.0, 0.82, 0.16)
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + size, y)
    p.lineTo(x + size / 2, y + h)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    bar = size * 0.09
    c.rect(x + size / 2 - bar / 2, y + h * 0.36, bar, h * 0.36, stroke=0, fill=1)
    c.circle(x + size / 2, y + h * 0.2, bar * 0.6, stroke=0, fill=1)
    c.restoreState()
