"""Ages after a remark in brackets that stands between someone and their age.

A note breaks its own frame with an aside: "Jorrit ("Jor") 19, mbo-4", "pt. ML (initialen in de
agenda) 57, mail", "haar zoon lente (ja echt) is 17 en", "Kleindochter Tilelli (naam betekent
vrijheid) is zeven;" (issue #22, the sixth round of ages). The age rules read "Jorrit 19," and
"Tilelli is zeven;", so the aside is read as blank: the rules run again on the note with the
bracket after a name blanked out (the same length, so every offset holds), and what they find
right after that bracket is kept. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .found import Found

Span = tuple[int, int]
AgeRules = Callable[[str, Sequence[Span]], list[Found]]

# A remark in brackets (no bracket inside, no digit: "(kamer 14)" may hold the number itself).
_ASIDE = re.compile(r"[ \t]*\([^()\d\n]{1,60}\)")
# How far after the bracket the age may begin: "(...) 19,", "(...) is zeven", "(...) is nu 17".
_REACH = 16


def aside_ages(text: str, persons: Sequence[Span], rules: AgeRules) -> list[Found]:
    """Ages the ``rules`` find once each bracketed remark right after a name of ``persons`` is blank."""
    asides = [m for _, end in persons if (m := _ASIDE.match(text, end))]
    if not asides:
        return []
    blank = list(text)
    for m in asides:
        blank[m.start() : m.end()] = " " * (m.end() - m.start())
    found = rules("".join(blank), persons)
    return [f for f in found if f.tag == "leeftijd" and any(m.end() <= f.start <= m.end() + _REACH for m in asides)]
