"""Places named in a list, and parts of town written after their town (issue #22; examples are made up). Pure.

- **a list of towns**: deduce's list holds towns that are also words, or read as inflected words
  ("Wierden", "Enter", "Gieten"), and such a word opening a note is taken for the word. Where it
  stands in a list ("," "en" "of" "/" "&") beside another town of that list, and one of the two is
  no plain word ("Rijssen, Enter en Wierden hebben ...", "Gieten of Gasselte maakt ..."), the
  list names places: :func:`town_in_a_list` says so, and the word stays a place.
- **an item beside a place found**: a capitalised word that is a listed town or no word at all
  ("Hoograven, Kattenbroek en Liendert", "in Lochem, Barchem of Vlierhoeve") is a place too:
  :func:`listed_places` adds it, one item after the other along the list.
- **a part of town after its town**: "uit Gouda, Oosterwei." and "woont in Gouda (Korte
  Akkeren)": after a town found, a comma and one capitalised word no word list knows that ends the
  clause, or two capitalised words in brackets (no role, month or country), name a part of it.

Not: an ordinary word, a compass word's region or a country in a list ("Utrecht en Nederland"),
a role or a kind of place ("Zwolle en Omgeving").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .words import COUNTRIES, MONTHS_AND_DAYS, NOT_NAMES, PERSON_CONTEXT, ROLE_WORDS, Lexicon

Span = tuple[int, int]

_ITEM = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*"
_SEPARATOR = r"(?:[ \t]*,[ \t]*|[ \t]+(?:en|of)[ \t]+|[ \t]*[/&][ \t]*)"
_ITEM_AFTER = re.compile(rf"{_SEPARATOR}({_ITEM})(?![\w'’-])")
_ITEM_BEFORE = re.compile(rf"(?<![\w'’-])({_ITEM}){_SEPARATOR}\Z")
# A part of town after its town: ", Oosterwei." (the clause ends after it), "(Korte Akkeren)".
_PART_AFTER_COMMA = re.compile(rf",[ \t]+({_ITEM})(?=[ \t]*(?:[.;:!?)\n]|\Z))")
_TWO_IN_BRACKETS = re.compile(r"[ \t]*\(([A-ZÀ-Þ][a-zà-ÿ'’]{2,}[ \t][A-ZÀ-Þ][a-zà-ÿ'’]{2,})\)")


_NOT_A_PART = ROLE_WORDS | PERSON_CONTEXT | NOT_NAMES | MONTHS_AND_DAYS | COUNTRIES
_NOT_A_PART |= frozenset("team afdeling locatie unit groep regio kantoor poli kliniek praktijk".split())


def _plain(word: str, lexicon: Lexicon) -> bool:
    low = word.lower()
    return low in lexicon.words or lexicon.common(low)


def _neighbours(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items right before and after ``text[start:end]`` in a list, as spans."""
    out = []
    m = _ITEM_AFTER.match(text, end)
    if m:
        out.append(m.span(1))
    m = _ITEM_BEFORE.search(text, max(0, start - 40), start)
    if m:
        out.append(m.span(1))
    return out


def town_in_a_list(text: str, f: Found, lexicon: Lexicon) -> bool:
    """``f`` is a town of deduce's list beside another one in a list, one of them no plain word."""
    word = text[f.start : f.end]
    if f.tag != "locatie" or not lexicon.place(word):
        return False
    for s, e in _neighbours(text, f.start, f.end):
        other = text[s:e]
        if lexicon.place(other) and other.lower() not in COUNTRIES:
            if not _plain(word, lexicon) or not _plain(other, lexicon):
                return True
    return False


def _a_place_word(word: str, lexicon: Lexicon) -> bool:
    low = word.lower()
    if low in ROLE_WORDS or low in PERSON_CONTEXT or low in NOT_NAMES or low in COUNTRIES or low in MONTHS_AND_DAYS:
        return False
    if low in lexicon.extra_common:
        return False
    if lexicon.place(word) and lexicon.place(word.split("-")[0]):
        return True
    return "-" not in word and lexicon.is_name_like(word, compounds=False)


def listed_places(text: str, places: Sequence[Span], covered: Sequence[Span], lexicon: Lexicon) -> list[Found]:
    """Items of a list beside a place found (see the module's docstring), and parts of town after one."""
    found: list[Found] = []
    if "," not in text and " en " not in text and " of " not in text and "/" not in text and "&" not in text:
        return found
    todo = list(places)
    seen = set(covered) | set(places)
    while todo:
        start, end = todo.pop()
        for s, e in _neighbours(text, start, end):
            if (s, e) in seen or any(a < e and s < b for a, b in seen):
                continue
            seen.add((s, e))
            if _a_place_word(text[s:e], lexicon):
                found.append(Found(s, e, "locatie"))
                todo.append((s, e))
    return found


def parts_after_towns(text: str, towns: Sequence[Span], covered: Sequence[Span], lexicon: Lexicon) -> list[Found]:
    """ "uit Gouda, Oosterwei.", "in Gouda (Korte Akkeren)": a part of town after ``towns``."""
    found = []
    for _s, e in towns:
        m = _PART_AFTER_COMMA.match(text, e)
        if m and "-" not in m.group(1) and lexicon.is_name_like(m.group(1), compounds=False):
            if not _overlaps(*m.span(1), covered):
                found.append(Found(*m.span(1), "locatie"))
        m = _TWO_IN_BRACKETS.match(text, e) if "(" in text else None
        if m and not any(w.lower() in _NOT_A_PART for w in m.group(1).split()):
            s, e = m.span(1)
            # (a word of it found already, "(Lage [Vliet])", is taken in with the whole)
            if not any(a < e and s < b and not (s <= a and b <= e) for a, b in covered):
                found.append(Found(s, e, "locatie"))
    return found


def _overlaps(s: int, e: int, spans: Sequence[Span]) -> bool:
    return any(a < e and s < b for a, b in spans)
