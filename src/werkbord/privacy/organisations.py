"""Organisations by name, from curated lists: care providers, housing corporations, transport
companies, employers, charities.

deduce knows hospitals and many care institutions; a sticky note also says where someone rents
("op de wachtlijst bij Woonstad"), works ("conducteur bij de NS", "werkt bij Vanderlande") or
gets help ("eet bij het Leger des Heils", "aangemeld bij MEE"). Each of those narrows down who
it is. The names are kept as data files (``data/*.txt``, each naming its source and licence),
not as code.

Matching is by word: each capitalised or alphanumeric token is looked up by its first word,
then the longer names starting there are compared, so the cost does not grow with the lists.
A name that is also an ordinary Dutch word ("Area", "Action", "Koraal") counts only inside a
sentence, after a preposition or article, or before a verb an organisation does ("Area heeft
de huur verhoogd", "Area bellen"). Pure apart from reading the files once.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .found import Found
from .words import Lexicon

DATA = Path(__file__).parent / "data"
# file -> deduce tag ("zorginstelling" and "instelling" are both reported as "instelling")
LISTS = {"care_institutions.txt": "zorginstelling", "organisations.txt": "instelling"}

_TOKEN = re.compile(r"[^\W_][\w'’·&.]*")
_CONTEXT_BEFORE = re.compile(
    r"(?i)\b(?:bij|via|van|naar|door|met|voor|aan|op|in|uit|vanuit|tegen|huurt|huurder|werkt|"
    r"de|het|'t)\s+(?:(?:de|het|'t)\s+)?$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[-–•*]\s+|\(\s*)$")
# What an organisation does or has done to it, right after its name: "Portaal heeft de huur
# verhoogd", "Area bellen over de overlast". A hallway ("portaal") does neither.
_ACTS = re.compile(
    r" (?:heeft|had|hebben|wil|wilde|gaat|ging|stuurt|stuurde|belt|belde|dreigt|dreigde|eist|eiste|"
    r"zegt|zei|weigert|weigerde|verhoogt|verhoogde|bellen|mailen|informeren|benaderen|vragen|"
    r"inschakelen|aanschrijven)\b"
)


def read_list(path: Path) -> list[str]:
    """The names in one data file: one a line, "#" starts a comment line."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        name = line.strip()
        if name and not name.startswith("#"):
            out.append(name)
    return out


@cache
def _index() -> dict[str, list[tuple[str, str]]]:
    """First word (lower case) -> (name, tag), longest name first."""
    index: dict[str, list[tuple[str, str]]] = {}
    for file, tag in LISTS.items():
        for name in read_list(DATA / file):
            first = _TOKEN.match(name)
            if first is None:
                continue
            key = first.group().rstrip(".").lower()
            entries = index.setdefault(key, [])
            if all(n != name for n, _ in entries):
                entries.append((name, tag))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@cache
def _lower_case_keys() -> frozenset[str]:
    """First words of the listed names that start in lower case ("bol.com", "deltaWonen")."""
    return frozenset(name.split()[0] for names in _index().values() for name, _ in names if name[0].islower())


def _pattern(name: str) -> re.Pattern[str]:
    # A space in a listed name also matches a hyphen and more spaces: "HVO Querido", "HVO-Querido".
    # "AH-distributiecentrum", "PostNL-depot": a common noun glued on with a hyphen is no part of it.
    parts = [re.escape(p) for p in name.split()]
    return re.compile(r"[\s-]+".join(parts) + r"(?![\w])(?!-[A-ZÀ-Þ0-9])")


@cache
def _compiled(name: str) -> re.Pattern[str]:
    return _pattern(name)


def _ambiguous(name: str, lexicon: Lexicon) -> bool:
    """A one-word name that is also an ordinary word ("Area", "Koraal"); a compound of words
    with a capital ("VluchtelingenWerk") is the organisation."""
    low = name.lower()
    return " " not in name and (low in lexicon.words or lexicon.common(low))


def organisations(text: str, lexicon: Lexicon) -> list[Found]:
    """Every listed organisation named in ``text``."""
    index = _index()
    lower_keys = _lower_case_keys()
    found: list[Found] = []
    taken = 0
    for m in _TOKEN.finditer(text):
        start = m.start()
        token = m.group()
        if token[0].islower() and token not in lower_keys:
            continue  # every listed name starts with a capital, but for a few ("bol.com")
        if start < taken or (start and (text[start - 1].isalnum() or text[start - 1] in "-@/")):
            continue
        entries = index.get(token.rstrip(".").lower())
        if not entries:
            continue
        for name, tag in entries:
            hit = _compiled(name).match(text, start)
            if hit is None:
                continue
            end = hit.end()
            while end > start and text[end - 1] in ".’'":
                end -= 1  # "bij de NS." - the full stop ends the sentence
            if _ambiguous(name, lexicon) and not _ACTS.match(text, end):
                before = text[max(0, start - 30) : start]
                if _SENTENCE_START.search(before) or not _CONTEXT_BEFORE.search(before):
                    continue
            found.append(Found(start, end, tag))
            taken = end
            break
    return found
