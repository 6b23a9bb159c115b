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
from .words import NOT_INITIALS, SENTENCE_START, Lexicon

DATA = Path(__file__).parent / "data"
# file -> deduce tag ("zorginstelling" and "instelling" are both reported as "instelling")
LISTS = {"care_institutions.txt": "zorginstelling", "organisations.txt": "instelling"}

_TOKEN = re.compile(r"[^\W_][\w'’·&.]*")
_CONTEXT_BEFORE = re.compile(
    r"(?i)\b(?:bij|via|van|naar|door|met|voor|aan|op|in|uit|vanuit|tegen|huurt|huurder|werkt|"
    r"de|het|'t)\s+(?:(?:de|het|'t)\s+)?$"
)
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿA-ZÀ-Þ]")  # a note without one is written in lower case
_STRONG_BEFORE = re.compile(r"\b(?:bij|via|van|naar|voor)\s+(?:(?:de|het|'t)\s+)?$")
# What an organisation does or has done to it, right after its name: "Portaal heeft de huur
# verhoogd", "Area bellen over de overlast". A hallway ("portaal") does neither.
_ACTS = re.compile(
    r" (?:heeft|had|hebben|wil|wilde|gaat|ging|stuurt|stuurde|belt|belde|dreigt|dreigde|eist|eiste|"
    r"zegt|zei|weigert|weigerde|verhoogt|verhoogde|bellen|mailen|informeren|benaderen|vragen|"
    r"inschakelen|aanschrijven)\b"
)


# A kind of organisation, then its name in brackets: "ziekenhuis (mst)", "werkgever (hema)".
_KIND_BRACKET = re.compile(
    r"(?i)\b\w*(?:ziekenhuis|kliniek|school|werkgever|werk|corporatie|instelling|zorg|winkel|supermarkt)\s*\(\s*\Z"
)
# A network entry's ring right after the name: "Buurtzorg -> A", "Area (B)", "Portaal – C".
_RING_AFTER = re.compile(r"\s*(?:->|→|–|-|:)\s*(?:ring\s+)?[ABC]\b|\s*\(\s*[ABC]\s*\)")


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


def _lower_case(text: str, start: int, token: str, lexicon: Lexicon) -> Found | None:
    """A listed name written in lower case, as dictated or hurried notes do ("bij de hema", "brief
    van woonstad", "werkt bij tata steel", "(woonbron, rotterdam)"): only where an organisation stands,
    and a name that is also a word only right after "bij", "via", "van", "naar" or "voor"."""
    word = token.rstrip(".")
    low = word.lower()
    before = text[max(0, start - 30) : start]
    where = _CONTEXT_BEFORE.search(before) or _KIND_BRACKET.search(text, 0, start) or _OPEN_BRACKET.search(before)
    for name, tag in _index().get(low, ()):
        if " " in name and where and (hit := _compiled_lower(name).match(text, start)):
            return Found(start, hit.end(), tag)  # "zilveren kruis", "leger des heils", "pro persona"
    if low in NOT_INITIALS:
        return None
    if low in lexicon.words or lexicon.common(low) or lexicon.is_word(low):  # (a word or its inflection)
        # also a word: right after where an organisation stands without an article ("van
        # parnassia"), or after one with an article in a note written all in lower case
        strong = _STRONG_BEFORE_WORD.search(before)
        if not strong and (_CAPITALISED_WORD.search(text) or not _STRONG_BEFORE.search(before)):
            return None
    elif not where:
        return None  # a compound of words or no word ("woonbron", "kwintes"): where an organisation stands
    for name, tag in _index().get(low, ()):
        if name.lower() == low:
            return Found(start, start + len(word), tag)
    return None


# "(kwintes, arnhem)", "woonbegeleider (lunet)": an organisation in brackets after a person.
_OPEN_BRACKET = re.compile(r"\(\s*$")
# Right after where an organisation stands, without an article, a name that is also a word: "van
# parnassia", "bij jumbo" (with an article only in a note written all in lower case: "bij de action"
# in a note with capitals is a word, "bij het portaal" a hallway).
_STRONG_BEFORE_WORD = re.compile(r"\b(?:bij|via|van|naar|voor)\s+$")


@cache
def _compiled_lower(name: str) -> re.Pattern[str]:
    """A listed name of more words as written in lower case ("tata steel", "ggz centraal")."""
    parts = [re.escape(p.lower()) for p in name.split()]
    return re.compile(r"[\s-]+".join(parts) + r"(?![\w])(?!-[a-z0-9])")


def organisations(text: str, lexicon: Lexicon) -> list[Found]:
    """Every listed organisation named in ``text``."""
    index = _index()
    lower_keys = _lower_case_keys()
    found: list[Found] = []
    taken = 0
    for m in _TOKEN.finditer(text):
        start = m.start()
        token = m.group()
        if start < taken or (start and (text[start - 1].isalnum() or text[start - 1] in "-@/")):
            continue
        if token[0].islower() and token not in lower_keys:
            # every listed name starts with a capital, but for a few ("bol.com")
            if token.rstrip(".").lower() in index and (hit := _lower_case(text, start, token, lexicon)):
                found.append(hit)
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
            if _ambiguous(name, lexicon) and not (_ACTS.match(text, end) or _RING_AFTER.match(text, end)):
                before = text[max(0, start - 30) : start]
                if SENTENCE_START.search(before) or not _CONTEXT_BEFORE.search(before):
                    continue
            found.append(Found(start, end, tag))
            taken = end
            break
    return found
