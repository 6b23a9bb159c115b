"""First names that are also a month's name or its abbreviation: "Jan", "Sep", "Mei".

"Jan" is the commonest Dutch man's name and the abbreviation of "januari"; "Sep" and "Mei" are
first names too. The rules leave such a word alone unless a role word stands before it, since a
month may stand anywhere. A month, though, comes with its date: a day or a year beside it ("3 jan",
"jan 2025", "jan."), another month ("jan t/m mrt", "jan-feb"), or a word of time before it ("in
mei", "eind jan", "sinds Sep"). Written with a capital inside a Dutch sentence after a word that
puts a person there ("dat", "over", "heet", "en"), or ("Jan" only: a month written out opens a
sentence too, "Mei is druk") before what a person does, with none of a date's company, the word
is a name ("Begeleider merkt dat Jan weer blowt", "Jan (9) sliep bij de buren", "Jan woont bij zijn
opa"). Examples are made up. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import FINITE_VERBS
from .rules import Found
from .words import MONTHS_AND_DAYS, title_cased

Span = tuple[int, int]

_NAMES = re.compile(r"(?<![\w'’/-])(Jan|Sep|Mei)(?![\w'’/-])")
# A digit near it, or a dot, colon or a range's sign right after it: a date ("3 Jan", "Jan: ...").
_DIGIT = re.compile(r"\d")
_DATE_AFTER = re.compile(r"[ \t]*(?:[.:/–-]|t/m\b|tot\b)")
_AGE_AFTER = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*(?:jr|jaar)?\)")
# A word of time or a preposition of a period before it: "in Mei", "eind Jan", "vanaf Sep".
_TIME_BEFORE = re.compile(
    r"(?i:\b(?:in|eind|begin|half|medio|sinds|vanaf|tot|per|rond|t/m|deze|vorige|volgende|komende|afgelopen|"
    r"heel|hele|eind-|begin-|midden|maand|na|voor|tussen|van|met|t/m)[ \t]+$)"
)
_FINITE = re.compile(rf"[ \t]+(?:{FINITE_VERBS})\b|[ \t]*\([ \t]*\d{{1,2}}[ \t]*\)|[ \t]*,[ \t]*(?:zijn|haar|de)\b")
_OPENS = re.compile(r"(?:^|[.!?;\n])[ \t]*(?:[-–•*][ \t]+)?$")
_PERSON_BEFORE = re.compile(r"(?i:\b(?:dat|omdat|toen|terwijl|zegt|zei|belde|belt|heet|noemt|over|bij|en)[ \t]+$)")


def month_first_names(text: str, covered: Sequence[Span] = ()) -> list[Found]:
    """ "Jan", "Sep" or "Mei" with a capital, where no date keeps it company and a person's frame
    stands around it (see the module's docstring)."""
    if "Jan" not in text and "Sep" not in text and "Mei" not in text:
        return []
    found: list[Found] = []
    for m in _NAMES.finditer(text):
        s, e = m.span(1)
        if not any(a < e and s < b for a, b in covered) and month_as_name(text, s, e):
            found.append(Found(s, e, "persoon"))
    return found


def month_as_name(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` ("Jan", "Sep" or "Mei") is a person's name here, no month."""
    if text[s:e] not in ("Jan", "Sep", "Mei") or _dated(text, s, e):
        return False
    before = text[max(0, s - 24) : s]
    if _TIME_BEFORE.search(before):
        return False
    person_before = _PERSON_BEFORE.search(before) is not None
    if text[s:e] != "Jan" and not person_before:
        return False  # "Mei is de drukste maand": a month written out opens a sentence as well
    opening = _OPENS.search(before) is not None
    if opening and not _FINITE.match(text, e):
        return False  # "Jan Feb Mrt" stays; "Jan woont", "Jan (9) sliep" are persons
    if not opening and not (person_before or _FINITE.match(text, e)):
        return False
    return not title_cased(text[:s] + text[s:e].lower() + text[e:])  # (the word's own capital aside)


def _dated(text: str, start: int, end: int) -> bool:
    """A digit within a few characters, a date's sign after it, or another month near it."""
    age = _AGE_AFTER.match(text, end)  # "Jan (9)": an age, no date
    after = age.end() if age else end
    if _DIGIT.search(text, max(0, start - 6), start) or _DIGIT.search(text, after, min(len(text), end + 8)):
        return True
    if not age and _DATE_AFTER.match(text, end):
        return True
    near = re.findall(r"[a-zà-ÿ]+", text[max(0, start - 16) : end + 16].lower())
    return sum(w in _MONTHS for w in near) > 1


_MONTHS = frozenset(w for w in MONTHS_AND_DAYS if not w.endswith(("dag", "day")))
