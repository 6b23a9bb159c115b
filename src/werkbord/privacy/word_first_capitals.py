"""A capitalised first name that is also a Dutch word, right before a surname the rules found:
"Lente Mulder (zus) komt", "gesprek met Storm Jansen", "(Ben Postma, buurman)".

deduce and :func:`.names.capitals_beside` leave a capitalised word before a surname when the word
is an ordinary word or a verb ("Lente", "Storm", "Ben", "Wil"), so the surname went and the first
name stayed: "Lot [PERSOON-1], ruim ...". Before a surname, written with a capital, a word of
deduce's first-name lists is that person's first name. Not a role, a family word, a title, a
month or a day; not the small words of the first-name lists ("Dan", "Al", "Van", "De", "Door"); and
the verbs "Ben" and "Wil" only where a verb does not stand before its subject: opening a line,
after a bracket, a comma or a colon ("ik Ben Jansen" stays). :mod:`.first_before_surname` reads the same frame in lower
case ("fleur van der Sluis"). Pure: the persons found are handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .lower_names import first_names_all
from .protect import PERSON_TAGS
from .roles import is_role_word
from .words import MONTHS_AND_DAYS, NOT_A_NAME_AFTER_ROLE, PERSON_CONTEXT, ROLE_WORDS

Span = tuple[int, int]

# A capitalised word and the spaces between it and the surname.
_CAPITAL_BEFORE = re.compile(
    r"(?<![\w'’.@/-])([A-ZÀ-Þ][a-zà-ÿ]{1,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t]+(?:(?:van|de|der|den|ter|ten|te)[ \t]+)*$"
)
_SURNAME_STARTS = re.compile(r"(?:(?:van|de|der|den|ter|ten|te|el|al)[ \t]+)*[A-ZÀ-Þ][a-zà-ÿ]")
# Small words of the first-name lists: "Dan [name] bellen", "Door [name] gebeld".
_SMALL = frozenset("dan al van de door".split())
_VERBS = frozenset({"ben", "wil"})
# Where no finite verb stands before a subject: a line's start, a bracket, a comma, a colon.
_OPENS = re.compile(r"(?:^|[(\n,;:•\-–]|->|→)[ \t]*$")


def word_first_capitals(
    text: str, persons: Sequence[Span], found_so_far: Sequence[Found] = (), known: Sequence[Span] = ()
) -> list[Found]:
    """Capitalised first names that are words right before one of ``persons`` or a person in
    ``found_so_far`` (see the module's docstring), outside ``known`` and what was found."""
    covered = [*known, *((f.start, f.end) for f in found_so_far)]
    persons = [*persons, *((f.start, f.end) for f in found_so_far if f.tag in PERSON_TAGS)]
    found = []
    names = None
    for s, _end in persons:
        if not _SURNAME_STARTS.match(text, s):
            continue
        m = _CAPITAL_BEFORE.search(text, max(0, s - 30), s)
        if m is None or any(a < m.end(1) and m.start(1) < b for a, b in (*persons, *covered)):
            continue
        low = m.group(1).lower()
        if low in _SMALL or low in ROLE_WORDS or low in PERSON_CONTEXT or low in MONTHS_AND_DAYS:
            continue
        if (low in NOT_A_NAME_AFTER_ROLE and low not in _VERBS) or is_role_word(low):
            continue
        names = first_names_all() if names is None else names
        if not all(part in names for part in low.split("-")):
            continue
        if low in _VERBS and not _OPENS.search(text, max(0, m.start(1) - 4), m.start(1)):
            continue
        found.append(Found(*m.span(1), "persoon"))
    return found
