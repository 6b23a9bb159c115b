"""Every werkbord rule in one call: the patterns of :mod:`.rules` plus the context rules of
:mod:`.names` and :mod:`.places`. Names come first, because an age is recognised by the person
it follows ("J.K. (38)", "zus Anouk, 16,"). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import initials, known_names, proper_names, role_names
from .places import institutions, neighbourhoods, school_acronyms, streets
from .rules import Found, find_extra
from .words import EMPTY, Lexicon

Span = tuple[int, int]
_INNER_CAPITAL = re.compile(r"[A-ZÀ-Þ]")


def find_all(
    text: str,
    persons: Sequence[Span] = (),
    lexicon: Lexicon = EMPTY,
    towns: Sequence[Span] = (),
    known: Sequence[Span] = (),
    names: frozenset[str] = frozenset(),
) -> list[Found]:
    """Spans to scrub besides deduce's.

    ``persons`` and ``towns`` are deduce's names and places in ``text``, ``known`` every span
    deduce found, ``names`` the names found in the other notes of a harvest ("Tsegay" found
    in one note is also scrubbed where nothing else gives it away). A context rule only adds
    what nothing else covers, so "opgenomen in Arkin"
    keeps the institution tag of the rule that knows Arkin rather than the place tag "in" gives.
    """
    found_names = initials(text) + role_names(text, lexicon) + known_names(text, names)
    proper = proper_names(text, lexicon)
    people = [*persons, *((n.start, n.end) for n in found_names)]
    people += [(p.start, p.end) for p in proper if p.tag == "persoon"]
    found = found_names + find_extra(text, people)
    found += [f for f in school_acronyms(text) if not any(s <= f.start and f.end <= e for s, e in known)]
    covered = [*known, *((f.start, f.end) for f in found)]
    context = proper
    # The place and institution rules skip a sentence's first word, so they need a capital
    # after the first letter; many notes have none (tested to change nothing).
    if _INNER_CAPITAL.search(text, 1):
        context += neighbourhoods(text, lexicon, towns) + streets(text, lexicon) + institutions(text, lexicon)
    found += [f for f in context if not any(s <= f.start and f.end <= e for s, e in covered)]
    return list(dict.fromkeys(f for f in found if f.end > f.start))
