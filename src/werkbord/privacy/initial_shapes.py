"""Initials in shapes the other initial rules (:mod:`.names`, :mod:`.lower_names`) do not read.

- four or more lower-case letters with dots, or three with a particle's letter inside: "j.v.d.b.",
  "e.v.d.b.", "m.v.d." (a care abbreviation with dots is no one: "i.v.m.", "t.z.t.", "d.m.v.");
- a double first name by its capitals joined by a hyphen: "J-P", "M.-J." (not rings "A-B", "B-C",
  nor an abbreviation: "C-L consult");
- lower-case initials with dots after a title, before a surname: "mw. a.m. de Vries";
- a short token a note says someone is called: "een vriend die jd heet", "ook wel jd genoemd".

Every rule returns spans with deduce's tag "persoon", as the other initial rules do. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .words import NOT_INITIALS

Span = tuple[int, int]

_DOTTED_LOWER = re.compile(r"(?<![\w.])((?:[a-z]\.){3,5})(?![\w.])")
# A particle's letter inside three letters: "m.v.d.", "j.v.b.", "a.d.h." reads "van", "de", "der".
_PARTICLE_INSIDE = re.compile(r"^.\.(?:v|d|t)\.")
_HYPHEN_PAIR = re.compile(r"(?<![\w.-])([A-Z]\.?-[A-Z]\.?)(?![\w-])")
_TITLE_LOWER = re.compile(
    r"(?i:\b(?:mw|mevr|mevrouw|dhr|meneer|de\s+heer|mr|dr|drs|ir|ing)\.?)[ \t]+((?:[a-z]\.){1,4})"
    r"(?=[ \t]+(?:(van|de|der|den|ter|ten|te|v\.|d\.|vd)[ \t]+)*([A-Za-zà-ÿ]))"
)
_CALLED = re.compile(r"(?<![\w.])((?:[a-z]\.){2,4}|[b-df-hj-np-tv-xz]{2,3})(?=[ \t]+(?:heet|heten|genoemd|noemt)\b)")


_ANY_SHAPE = re.compile(r"[a-z]\.[a-z]\.|[A-Z]\.?-[A-Z]|\.[ \t]+[a-z]\.")


def _abbreviation(letters: str) -> bool:
    return letters.replace(".", "") in NOT_INITIALS


def initial_shapes(text: str, covered: Sequence[Span] = ()) -> list[Found]:
    """Initials in ``text`` outside ``covered`` (what other rules found)."""
    called = "heet" in text or "heten" in text or "genoemd" in text or "noemt" in text
    if not called and not _ANY_SHAPE.search(text):
        return []  # most notes (one cheap scan)
    found = []
    for m in _DOTTED_LOWER.finditer(text) if "." in text else ():
        letters = m.group(1)
        if _abbreviation(letters):
            continue
        if len(letters) >= 8 or _PARTICLE_INSIDE.match(letters):  # "j.v.d.b.", "m.v.d."
            found.append(Found(*m.span(1), "persoon"))
    for m in _HYPHEN_PAIR.finditer(text) if "-" in text else ():
        pair = m.group(1).replace(".", "").lower()
        if not set(pair.replace("-", "")) <= set("abc") and pair not in NOT_INITIALS:  # not "C-L consult"
            found.append(Found(*m.span(1), "persoon"))
    for m in _TITLE_LOWER.finditer(text) if "." in text else ():
        # "mw. a.m. de Vries": before a particle or a capital the letters are hers ("dhr. a.s.
        # maandag" is "aanstaande")
        if not _abbreviation(m.group(1)) or m.group(2) or m.group(3).isupper():
            found.append(Found(*m.span(1), "persoon"))
    for m in _CALLED.finditer(text) if called else ():
        if not _abbreviation(m.group(1)):
            found.append(Found(*m.span(1), "persoon"))
    return [f for f in found if not any(s < f.end and f.start < e for s, e in covered)]
