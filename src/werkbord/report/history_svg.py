"""The history's picture: per party a small panel, its ring (A, B, C) over the sessions.

Small multiples in black and grey only: ring and session are told by position, the number of
groups by a number in a disc, so the picture reads the same printed in greyscale. Sized to print
at its own width on A4 (690 px, about 18 cm): every text is at least 12 px (9 pt). Party names
wrap instead of being cut. Text is escaped: party names can be what a group wrote.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..i18n import _
from .history import RINGS, PartyRings, SessionRow

PANEL_W = 170
COLS = 4
GAP = 2
FONT = 12  # px; 9 pt at the picture's own size
ROW_H = 26
NAME_CHARS = 22  # a line of a party's name in a panel


def _wrap(name: str, width: int = NAME_CHARS) -> list[str]:
    """Words (and '/'-parts) onto lines of at most ``width`` characters; nothing is cut."""
    parts: list[str] = []
    for word in name.split():
        pieces = word.replace("/", "/\u0000").split("\u0000")
        parts.extend(p for p in pieces if p)
    lines: list[str] = []
    for p in parts:
        sep = "" if lines and lines[-1].endswith("/") else " "
        if lines and len(lines[-1]) + len(sep) + len(p) <= width:
            lines[-1] += sep + p
        else:
            lines.append(p)
    return lines or [""]


def rings_svg(rings: Sequence[PartyRings], sessions: Sequence[SessionRow], *, day_text, titled: bool = True) -> str:
    """The picture as an ``<svg>`` element (no XML declaration); ``titled``: with its title on top
    (a file of its own), else under a heading of the page it is in."""
    n = max(1, len(sessions))
    name_lines = max((len(_wrap(r.party)) for r in rings), default=1)
    head = 8 + name_lines * (FONT + 3)
    grid_top = head + 6
    panel_h = grid_top + len(RINGS) * ROW_H + FONT + 10
    rows = (len(rings) + COLS - 1) // COLS
    width = COLS * PANEL_W + (COLS - 1) * GAP
    title = _("Ring per party over the sessions")
    key = [
        _("Number in a disc: groups that put the party in that ring. A is closest to the patient."),
        *[
            _("{number} = {day}, {title}{kind}").format(
                number=s.number,
                day=day_text(s.day) if s.day else "?",
                title=s.title,
                kind=" (" + _("follow-up session") + ")" if s.follow_up else "",
            )
            for s in sessions
        ],
    ]
    top = 28 if titled else 2
    key_top = top + rows * (panel_h + GAP) + 8
    height = key_top + len(key) * (FONT + 6) + 4
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="history-rings" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="{FONT}">',
        f"<title>{escape(title)}</title>",
    ]
    if titled:
        out.append(f'<text x="0" y="18" font-size="15" font-weight="bold">{escape(title)}</text>')
    step = (PANEL_W - 34) / n
    for i, r in enumerate(rings):
        x0 = (i % COLS) * (PANEL_W + GAP)
        y0 = top + (i // COLS) * (panel_h + GAP)
        out.append(f'<g class="party" transform="translate({x0},{y0})">')
        out.append(f'<rect x="0" y="0" width="{PANEL_W}" height="{panel_h}" fill="none" stroke="#999"/>')
        for k, line in enumerate(_wrap(r.party)):
            out.append(f'<text x="6" y="{4 + (k + 1) * (FONT + 3)}" font-weight="bold">{escape(line)}</text>')
        for j, ring in enumerate(RINGS):
            y = grid_top + j * ROW_H + ROW_H / 2
            out.append(f'<text x="8" y="{y + FONT / 3:.1f}">{ring}</text>')
            out.append(f'<line x1="22" y1="{y}" x2="{PANEL_W - 6}" y2="{y}" stroke="#ddd"/>')
        path, marks = [], []
        for s, per in enumerate(r.per_session):
            cx = 30 + step * (s + 0.5)
            total = sum(per.get(z, 0) for z in RINGS)
            if total:
                mean = sum(j * per.get(z, 0) for j, z in enumerate(RINGS)) / total
                path.append(f"{cx:.1f},{grid_top + mean * ROW_H + ROW_H / 2:.1f}")
            for j, ring in enumerate(RINGS):
                y = grid_top + j * ROW_H + ROW_H / 2
                count = per.get(ring, 0)
                if count:
                    rad = min(11.5, 8 + 1.2 * count)
                    marks.append(f'<circle cx="{cx:.1f}" cy="{y}" r="{rad:.1f}" fill="#222"/>')
                    marks.append(
                        f'<text x="{cx:.1f}" y="{y + FONT / 3:.1f}" text-anchor="middle" fill="#fff" '
                        f'font-weight="bold">{count}</text>'
                    )
                else:
                    marks.append(f'<circle cx="{cx:.1f}" cy="{y}" r="2" fill="#aaa"/>')
            label_y = grid_top + len(RINGS) * ROW_H + FONT + 2
            marks.append(f'<text x="{cx:.1f}" y="{label_y}" text-anchor="middle" fill="#333">{s + 1}</text>')
        if len(path) > 1:  # the trend: the groups' average ring, session to session (under the discs)
            out.append(
                f'<polyline points="{" ".join(path)}" fill="none" stroke="#666" stroke-width="1.5" '
                'stroke-dasharray="4 3"/>'
            )
        out.extend(marks)
        out.append("</g>")
    for k, line in enumerate(key):
        out.append(f'<text x="0" y="{key_top + (k + 1) * (FONT + 6) - 6}">{escape(line)}</text>')
    out.append("</svg>")
    return "\n".join(out)
