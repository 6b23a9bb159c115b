"""A case number a word or two after its label: "personeelsnummer Defensie R 8841 207",
"klantnummer bij CZ 7731 2290". The rules of :mod:`.rules` read a number right after its label or
after a colon; a note also names whose number it is in between. Five digits or more (a house or a
room number is shorter), in groups, with a letter prefix or not. Spans get the tag "id". Pure.
"""

from __future__ import annotations

import re

from .found import Found

_LABEL_WORDS_NUMBER = re.compile(
    r"(?i:\b[a-zà-ÿ]{3,}(?:nr|nummer)\b\.?)((?:\s+(?!is\b|was\b|wordt\b)[A-Za-zà-ÿ]{2,}){1,2})\s+"
    r"((?:[A-Za-z]{1,3}[ -]?)?\d(?:[\d./-]|\s(?=\d)){3,}\d)(?![\w/-]|[.,]\d)"
)


def id_frames(text: str) -> list[Found]:
    """Case numbers in ``text`` a word or two after their label."""
    if "nummer" not in text.lower() and "nr" not in text.lower():
        return []
    return [
        Found(*m.span(2), "id")
        for m in _LABEL_WORDS_NUMBER.finditer(text)
        if sum(c.isdigit() for c in m.group(2)) >= 5 and "telefoon" not in m.group(0).lower()
    ]
