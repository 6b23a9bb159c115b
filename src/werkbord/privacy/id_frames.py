"""A case number a word or two after its label, or before it: "personeelsnummer Defensie R 8841 207",
"403 156 71 is het cliëntnummer",
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


# "403 156 71 is het cliëntnummer": the number before its label.
_NUMBER_BEFORE_LABEL = re.compile(
    r"(?<![\w./-])((?:[A-Za-z]{1,3}[ -]?)?\d(?:[\d./-]|\s(?=\d)){3,}\d)\s+(?:is|was)\s+(?:het|zijn|haar|ons|uw|de)\s+"
    r"(?i:[a-zà-ÿ]{3,}(?:nr|nummer)|kenmerk|kenm|referentie)\b"
)


def id_frames(text: str) -> list[Found]:
    """Case numbers in ``text`` a word or two after their label, or right before it."""
    low = text.lower()
    if "nummer" not in low and "nr" not in low and "kenm" not in low and "referentie" not in low:
        return []
    found = [
        Found(*m.span(2), "id")
        for m in _LABEL_WORDS_NUMBER.finditer(text)
        if sum(c.isdigit() for c in m.group(2)) >= 5 and "telefoon" not in m.group(0).lower()
    ]
    return found + [
        Found(*m.span(1), "id")
        for m in _NUMBER_BEFORE_LABEL.finditer(text)
        if sum(c.isdigit() for c in m.group(1)) >= 5 and "telefoon" not in m.group(0).lower()
    ]
