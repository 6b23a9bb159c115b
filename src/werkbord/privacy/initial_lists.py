"""Initials read by a frame that names who wrote, who works or who acts, in layouts the other
initial rules (:mod:`.initial_frames`, :mod:`.initial_shapes`) leave.

- after a word that signs, closing its line: "Ondertekend: K.", "Paraaf tmw", "Namens het
  wijkteam: raw (casemanager)", "Opgesteld door: JdV, SPV";
- in a list of the people on a team or a shift, beside roles: "Team: OT, GI, huisarts en SPV",
  "Dienst: tcw/AW", "Nacht: rk, SPV";
- two people's initials of two capitals joined by a slash: "overleg TM/TA", "mw. EW/GI (PB)";
- capitals after "door", "volgens" or "namens" before what they did: "door OC gezien".

A care abbreviation (``data/abbreviations.txt``: "PMT/ADL", "Team: SPV, VG"), a role, a Dutch
word and a template word are never initials (the test of :mod:`.initial_frames`). Every rule
returns spans with deduce's tag "persoon". Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .folded import Folded
from .found import Found
from .initial_frames import INITIALS_TOKEN as _TOKEN
from .initial_frames import no_initials as _no_initials
from .roles import is_role_word
from .words import Lexicon

Span = tuple[int, int]

# A word that signs, then what it signs with closing the line (a role in brackets or after a
# comma, or a time, may follow): "Ondertekend: K.", "Namens het wijkteam: raw (casemanager)".
_SIGNED = re.compile(
    r"(?i:\b(?:ondertekend|getekend|paraaf|geparafeerd|afz|afzender|auteur|notulist|notulen|"
    r"(?:opgesteld|genoteerd|ingevuld|geschreven|verslag)\s+door|namens\s+[^:\n]{1,30}:))\.?\s*:?\s*"
    rf"({_TOKEN}|[A-Z]\.)(?=\s*(?:\([^()\n]{{1,30}}\)|,\s*[\w'’ -]{{1,30}}|\d{{1,2}}[.:]\d{{2}})?\s*[.!]?\s*(?:$|\n))"
)
# A list of the people on a team or a shift after its label: "Team: OT, GI, huisarts en SPV"
# (a list of who was there, "Aanwezig: ...", is :mod:`.initial_frames`' and holds roles such as
# "pvp" no list names).
_TEAM_LIST = re.compile(
    r"(?i:\b(?:team|dienst|nachtdienst|avonddienst|dagdienst|bezetting|rooster|nacht|avond|overdracht"
    r"(?:\s+\w+)?))\s*:\s*([^\n.;:]{3,120})"
)
_ITEM = re.compile(rf"(?<![\w.])({_TOKEN})(?=\s*(?:,|/|\ben\b|&|\+|$))")
_ITEM_WORD = re.compile(r"[\w'’.-]+")
# Two people's initials joined by a slash: "TM/TA", "rk/jb" (the second may follow one found).
# (Two capitals each: "SUD/VOC", "HKZ/ISO" or "PL/RO/BG" are abbreviations and lists.)
_SLASH_PAIR = re.compile(r"(?<![\w/.])([A-Z]{2})/([A-Z]{2})(?![\w/])")
# Capitals after "door", "volgens" or "namens": "door OC gezien", "volgens RvK".
_AGENT = re.compile(r"(?i:\b(?:door|volgens|namens))\s+([A-Z]{2,3}|[A-Z][a-z]?[A-Z])(?=\s+[a-z]|\s*[,.;)]|\s*$)")
_GATE = Folded(
    r"(?i)teken|paraaf|paraf|afz|auteur|notul|door|namens|volgens|team|dienst|nacht|avond|"
    r"bezetting|rooster|overdracht|/"
)


def initial_lists(
    text: str, lexicon: Lexicon, covered: Sequence[Span] = (), template: frozenset[str] = frozenset()
) -> list[Found]:
    """Initials in ``text`` outside ``covered``, read by who the frame says they are."""
    if _GATE.search(text) is None:
        return []

    def no(token: str) -> bool:
        return _no_initials(token, lexicon, template)

    spans = [m.span(1) for m in _SIGNED.finditer(text) if not no(m.group(1))]
    for lst in _TEAM_LIST.finditer(text):
        spans += _team_members(text, lst.start(1), lst.end(1), no)
    for m in _SLASH_PAIR.finditer(text) if "/" in text else ():
        a, b = m.group(1), m.group(2)
        if not no(a) and not no(b):
            spans += [m.span(1), m.span(2)]
    spans += [m.span(1) for m in _AGENT.finditer(text) if not no(m.group(1))]
    found: list[Found] = []
    for s, e in sorted(set(spans)):
        if not any(a < e and s < b for a, b in covered) and not any(f.start < e and s < f.end for f in found):
            found.append(Found(s, e, "persoon"))
    return found


def _team_members(text: str, start: int, end: int, no) -> list[Span]:  # noqa: ANN001
    """The initials in a list of people: the list must hold a role, an abbreviation or another
    person word beside them ("OT, GI, huisarts en SPV"), so "Team: Ruimte, Rust" says nothing."""
    items = list(_ITEM.finditer(text, start, end))
    words = [w.group() for w in _ITEM_WORD.finditer(text, start, end)]
    if not any(is_role_word(w) or (w.isupper() and no(w)) for w in words):
        return []
    return [m.span(1) for m in items if not no(m.group(1)) and not is_role_word(m.group(1))]
