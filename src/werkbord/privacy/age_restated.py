"""A second age of someone whose age a note already gives: the same age as a paper, a file or
another person states it, the age of the person beside them, or the other end of a range.

Notes that doubt an age write it twice, and the other rules read only the first (issue #22, the
sixth round of ages): "halverwege de vijftig, 55 volgens het dossier", "60 plus volgens zijn
papieren - hij is eenenzestig", "de papieren zeggen 91", "zegt twintig, zegt 'twenty-two' tegen
klanten", "pt zegt zestien, het onderzoek zegt 'boven de 18'", "eind dertig? nee: zij 38, hij 41",
"the file says 51". A number in such a frame is read as an age only where another age in the
note lies close to it (within fifteen years): a count or a score the same frame holds is seldom
that near ("HoNOS 22 volgens de behandelaar" beside "(54)" stays). A range of one person's age
loses both ends where a rule read one ("tussen 54 en 59 jaar", "rond de 70-75 jaar"; a group's
range is read as an age by no rule, so it stays). Every rule returns spans with deduce's tag
"leeftijd". Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .ages import NUMBER_WORD, number_value
from .found import Found

# A number in digits, in Dutch words, or in English words ("twenty-two", "forty").
_EN_NUMBER = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_NUMBER = rf"(?:\d{{2,3}}|{NUMBER_WORD}|{_EN_NUMBER})"
_APPROX = r"(?:ca\.?|circa|ongeveer|rond\s+de|boven\s+de|onder\s+de|bijna|ruim|around|about|over|under|nearly)"
# Where the number ends: a clause's end, a quote, a bracket, or a word that goes on with the doubt.
_ENDS = r"(?=\s*(?:[,;:!?)(\"'”’]|\.(?!\d)|$|[-–—]\s|\s(?:en|maar|nee|and|but|jaar|years?)\b))"

# "55 volgens het dossier", "60 plus volgens zijn papieren", "72 volgens de brief".
_BEFORE_VOLGENS = re.compile(rf"(?i)(?<![\w.,/-])({_NUMBER})(?:\s*\+|\s+plus)?\s+(?=volgens\s)")
# "de papieren zeggen 91", "zegt 'twenty-two' tegen klanten", "the file says 51", "zegt
# 'boven de 18'", "volgens pt. 'around forty'": a verb of saying (or "volgens" and who), then it.
_SAID = re.compile(
    r"(?i)\b(?:zegt|zeggen|zei|zeiden|noemt|noemen|schat|schatten|schrijft|schrijven|geeft\s+op|says|said|say|"
    r"states?|volgens\s+(?:[\w.]+\s+){1,2}?)\s*(?:zelf\s+)?[\"'“‘]?\s*"
    rf"(?:{_APPROX}\s+)?({_NUMBER})(?![\w-]){_ENDS}"
)
# "zij 38, hij 41", "she 44, he 47": a pronoun and a number alone, as a list of who is how old.
_PRONOUN_AGE = re.compile(rf"(?i)(?<![\w-])(?:zij|hij|ze|she|he)\s+({_NUMBER})(?![\w-]){_ENDS}")

# "tussen 54 en [59] jaar", "[60] à 65", "16 of [17] jaar", "rond de [70]-75 jaar": the other end of a
# range whose one end was read as one person's age (a group's range is read by no age rule).
_LOW_END_BEFORE = re.compile(r"(?i)(?<![\w.,/-])(\d{1,3})\s*(?:[-–]|à|a|of|tot|t/m|(?<=\d)\s+en)\s*$")
_BETWEEN_BEFORE = re.compile(r"(?i)\btussen\s+(?:de\s+)?$")
_HIGH_END_AFTER = re.compile(r"(?i)\s*(?:[-–]|à|a|of|tot|t/m)\s*(\d{1,3})(?![\w.,/-]|[-–]\d)")

_NEAR = 15
_SPAN = 10
# Cheap gate: a word of the frames above.
_GATE = re.compile(
    r"(?i)volgens|zeg|zei|noem|schat|schrij|geeft\s+op|\bsa(?:ys|id|y)\b|\bstate|\b(?:zij|hij|ze|she|he)\s"
)


def _values(text: str, ages: Sequence[Found]) -> list[int]:
    out = []
    for f in ages:
        first = text[f.start : f.end].split()[0] if text[f.start : f.end].split() else ""
        v = number_value(first.strip("(),.;:"))
        if v is not None and 10 <= v <= 110:
            out.append(v)
    return out


def _candidates(text: str) -> Iterator[tuple[int, int]]:
    for rx in (_BEFORE_VOLGENS, _SAID, _PRONOUN_AGE):
        for m in rx.finditer(text):
            yield m.start(1), m.end(1)


def range_ends(text: str, ages: Sequence[Found]) -> Iterator[Found]:
    """The other end of a range of one person's age, where ``ages`` hold one end."""
    for f in ages:
        word = text[f.start : f.end]
        if not word.isdigit():
            continue
        high = int(word)
        if m := _LOW_END_BEFORE.search(text, max(0, f.start - 14), f.start):
            low = int(m.group(1))
            with_en = m.group(0).rstrip().lower().endswith("en")
            if 0 < high - low <= _SPAN and (
                not with_en or _BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start())
            ):
                yield Found(m.start(1), m.end(1), "leeftijd")
        if m := _HIGH_END_AFTER.match(text, f.end):
            if 0 < int(m.group(1)) - high <= _SPAN:
                yield Found(m.start(1), m.end(1), "leeftijd")


def restated_ages(text: str, ages: Sequence[Found]) -> list[Found]:
    """Numbers in ``text`` that restate an age of ``ages`` (the ages the other rules found)."""
    found = [f for f in range_ends(text, ages) if not any(g.start < f.end and f.start < g.end for g in ages)]
    values = _values(text, ages)
    if not values or not _GATE.search(text):
        return found
    for start, end in _candidates(text):
        if any(f.start < end and start < f.end for f in ages):
            continue
        v = number_value(text[start:end])
        if v is not None and 10 <= v <= 110 and any(abs(v - a) <= _NEAR for a in values):
            found.append(Found(start, end, "leeftijd"))
    return list(dict.fromkeys(found))
