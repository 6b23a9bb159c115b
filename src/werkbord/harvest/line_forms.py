"""Reading a micro-action written without labels: who and when in a line of pieces.

A team does not always fill in "Wie:" and "Wanneer:". On a sticky in step 3 the same form is
often one line of pieces: "Noor -> huisarts bellen, vr 14/3", "1 april — kerk: bestuur bellen —
Faye", "bellen → spv → eind Q2", "vr 14/3: huisarts bellen (Noor)", "Noor | bellen | wk 12", or
lines opened by an emoji ("👤 Noor", "📅 vr 14/3"). The pseudonymiser must read those pieces as
the form's fields, or a planned date is replaced as a date of the case and a team member's name
is kept or replaced without the team's list (issue #22).

The line is cut into pieces at strong separators (a new line, an arrow, a spaced dash, "|", a
spaced "/", the colon after a short head, a bracket at the end, the comma before a last piece).
A piece that reads as *when* (it opens with a word that plans or names a day, a week, a month
or a date: "vr 14/3", "binnen 2 wkn", "na Pasen", "eind Q2") is the deadline; a short piece of
one to three members that are capitalised words or roles ("Faye", "Noor + spv", "(SPV)") at an
edge of the line or in the closing bracket is the owner; the rest is the action. Only the
layout is read here; :mod:`werkbord.privacy.fields` decides what each field keeps.
"""

from __future__ import annotations

import re

from ..privacy.roles import is_role_word, names_under_owner, role_spans
from ..privacy.words import MONTHS_AND_DAYS, is_feast

Span = tuple[str, int, int]

# Where a piece ends: a new line, an arrow, a spaced dash, a "|", a spaced "/", a bullet sign.
_CUT = re.compile(r"\s*(?:\n|->|=>|→|⇒|»|\s[-–—]\s|\s?\|\s?|\s/\s)\s*")
# What may open a piece and says nothing: a bullet, an emoji, a check box.
_LEAD = re.compile(r"[\s\-*•·▪☐☑✓✔✅❌⬜🔲▶►\[\]]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*)*")
# A short head before a colon: "Noor: bellen", "vr 14/3: bellen", "GAA-club: ...".
_HEAD = re.compile(r"([^:\n]{1,32}?)\s*:\s+(?=\S)")
# A closing bracket: "bellen (Noor)", "bellen (Noor, vr 14/3)".
_TAIL_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)\s*[.!]?\s*$")
# The last piece after a comma: "bellen, vr 14/3".
_LAST_COMMA = re.compile(r",\s*(?=[^,]*$)")

_WHEN_WORDS = frozenset(
    """voor vóór na ná uiterlijk per vanaf binnen over eind begin half medio rond tijdens tot t/m
    volgende volgend deze dit elke iedere morgen overmorgen vandaag vanavond vanmiddag zsm z.s.m
    asap wk wkn week weken q1 q2 q3 q4 kw ma di wo do vr za zo a.s. komende start deadline
    by before after within next end early mid until this""".split()
)
_DATE_START = re.compile(r"\d{1,2}(?:[-/.]\d{1,2}|\s*(?:e|de|ste)?\s+[a-zA-Z]{3})|(?:19|20)\d\d\b|\d{1,2}[:.]\d{2}")
_WORD = re.compile(r"[\wÀ-ÿ./'’-]+")
_MEMBER_SPLIT = re.compile(r"\s*(?:[+&/,]|\s(?:en|and|met|i\.?s\.?m\.?)\s)\s*")
_MEMBER = re.compile(r"(?:(?:de|mijn|m'n|onze)\s+)?[A-ZÀ-Þ][\wÀ-ÿ'’.-]*(?:\s+[A-ZÀ-Þ][\wÀ-ÿ'’.-]*)?")


def reads_as_when(piece: str) -> bool:
    """A short piece that says when: it opens with a word that plans or names a day, a week, a
    month, a feast or a date ("vr 14/3", "binnen 2 wkn", "na Pasen", "1 april", "Q2")."""
    words = _WORD.findall(piece)
    if not words or len(words) > 7:
        return False
    first = words[0].lower().rstrip(".,")
    if _DATE_START.match(piece.strip()):
        return True
    if first in _WHEN_WORDS or first in MONTHS_AND_DAYS or is_feast(first):
        return True
    # "dinsdagmiddag", "woensdagochtend", "wk12", "maandag-"
    return re.match(r"(?:ma|di|wo|do|vr|za|zo)[a-z]*dag|wk\d|q[1-4]\b", first) is not None


def reads_as_owner(piece: str, lower: bool = False) -> bool:
    """One to three who's: capitalised words or roles ("Faye", "Noor + spv", "SPV", "de POH");
    ``lower``: also one first name in lower case ("noor", where the line's shape says who stands there)."""
    members = [m for m in _MEMBER_SPLIT.split(piece.strip()) if m]
    if not members or len(members) > 3 or len(piece) > 40:
        return False
    if any(m.lower() in MONTHS_AND_DAYS or is_feast(m) for m in members):
        return False
    if lower and len(members) == 1 and _LOWER_MEMBER.fullmatch(members[0]):
        return bool(names_under_owner(members[0], 0, len(members[0])))  # a first name: "noor", "storm"
    return all(_a_role(m) or _MEMBER.fullmatch(m) is not None for m in members)


_LOWER_MEMBER = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]{1,11}")


def _a_role(member: str) -> bool:
    """A role in one word or more: "spv", "PB'er", "de ambulant begeleider"."""
    if is_role_word(member):
        return True
    spans = role_spans(member)
    return (
        bool(spans)
        and not re.sub(r"(?i)\b(?:de|het|mijn|m'n|onze)\b", "", member[: spans[0][0]]).strip()
        and (spans[-1][1] >= len(member.rstrip(" .")) and len(spans) == 1)
    )


# Where an owner may stand, best first: in the closing bracket, at an edge of the line (a head
# before a colon only at its start: "Noor: bellen"; "— kerk: bellen —" names the party), beside
# the deadline.
_BRACKET, _EDGE, _BESIDE = 0, 1, 2


def line_form_spans(text: str) -> list[Span] | None:
    """The fields of a micro-action written without labels, as (field, start, end) per piece,
    or None when no piece reads as its owner or its deadline."""
    pieces = _pieces(text)
    if len(pieces) < 2:
        return None
    fields = ["action"] * len(pieces)
    whens = [i for i, (s, e, _) in enumerate(pieces) if reads_as_when(text[s:e])]
    last = len(pieces) - 1
    owners: list[tuple[int, int]] = []  # (rank, index)
    for i, (s, e, kind) in enumerate(pieces):
        if i in whens or (kind == "head" and i > 0):
            continue
        rank = _BRACKET if kind == "bracket" else _EDGE if i in (0, last) else _BESIDE
        if rank == _BESIDE and i - 1 not in whens and i + 1 not in whens:
            continue
        if reads_as_owner(text[s:e], lower=bool(whens)):
            owners.append((rank, i))
    if not whens and not owners:
        return None
    if whens:
        fields[whens[-1]] = "deadline"
    if owners:
        fields[min(owners)[1]] = "owner"
    if "action" not in fields:
        return None
    return [(name, s, e) for name, (s, e, _) in zip(fields, pieces, strict=True)]


def _pieces(text: str) -> list[tuple[int, int, str]]:
    """The pieces of a line, as (start, end, kind) without their lead and the blanks around
    them; kind "head" (before a colon), "bracket" (in the closing bracket) or "piece"."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for cut in [*_CUT.finditer(text), None]:
        stop = cut.start() if cut else len(text)
        out += _split_piece(text, pos, stop)
        pos = cut.end() if cut else len(text)
    return [p for p in out if p[1] > p[0]]


def _split_piece(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A piece split further: its short head before a colon, its closing bracket (and the
    pieces in it), and its last comma's tail when that reads as when."""
    lead = _LEAD.match(text, start, end)
    start = lead.end() if lead else start
    out: list[tuple[int, int, str]] = []
    head = _HEAD.match(text, start, end)
    if head is not None and len(_WORD.findall(head.group(1))) <= 5:
        out.append((*head.span(1), "head"))
        start = head.end()
    tail: list[tuple[int, int, str]] = []
    bracket = _TAIL_BRACKET.search(text, start, end)
    if bracket is not None and bracket.start() > start:
        inner_start = bracket.start(1)
        for part in re.finditer(r"[^,]+", text[bracket.start(1) : bracket.end(1)]):
            tail.append((*_stripped(text, inner_start + part.start(), inner_start + part.end()), "bracket"))
        end = bracket.start()
    else:
        comma = _LAST_COMMA.search(text, start, end)
        if comma is not None and reads_as_when(text[comma.end() : end]):
            tail.append((*_stripped(text, comma.end(), end), "piece"))
            end = comma.start()
    out.append((*_stripped(text, start, end), "piece"))
    return out + tail


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t.;":
        start += 1
    while end > start and text[end - 1] in " \t.;,":
        end -= 1
    return start, end
