"""In a note that gives most words a capital, a capital is no sign of a name.

Speech-to-text and some writers capitalise every word ("Dinsdag Is De Groep Weer Begonnen Met
Acht Deelnemers", "Goede Afspraken Met De Apotheek"). deduce then reads runs of capitalised
words as a person or an institution and the note loses its sentence. In such a note (see
:func:`werkbord.privacy.words.title_cased`) a span found as a name, place or institution is
no identifier when every word of it is an ordinary Dutch word (or a verb form of one) and none
is a first name or a town: the capitals are the writer's habit. A span with one word no list
knows ("Risper Dal"), a first name ("Roos") or a town stays replaced. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .lexicon import surnames
from .named_organisations import kind_of_organisation
from .words import ANY_WORD, MID_CAPITAL, NOT_INITIALS, PERSON_CONTEXT, ROLE_WORDS, Lexicon, title_cased

_NAME_TAGS = frozenset({"persoon", "patient", "locatie", "instelling", "zorginstelling"})
_WORD = re.compile(r"[^\W\d_]+")


def plain_word(word: str, lexicon: Lexicon) -> bool:
    """An ordinary word or a verb form, no first name or town (deduce's common words may be both)."""
    low = word.lower()
    if lexicon.common(low) or low in NOT_INITIALS:
        return True  # "De", "Is", "Acht": deduce's own list of common words; "Wmo", "Poh": care's abbreviations
    if low in lexicon.first_names or lexicon.place(word):
        return False
    return lexicon.is_ordinary(low) or verb_form(low, lexicon) or _comparative(low, lexicon)


def _comparative(low: str, lexicon: Lexicon) -> bool:
    """ "vaker" (vaak), "beter", "groter" (groot), "minder": an adjective's -er form."""
    if not low.endswith("er") or len(low) < 5:
        return False
    stem = low[:-2]
    return stem in lexicon.words or (len(stem) > 2 and stem[:-1] + stem[-2] + stem[-1] in lexicon.words)


def verb_form(low: str, lexicon: Lexicon) -> bool:
    """A verb's form no word list holds: "lijkt", "belde", "gehoord", "gegaan", "opgenomen"."""
    if len(low) < 4:
        return False
    if low.endswith("t") and (lexicon.is_verb_stem(low[:-1]) or low[:-1] + "n" in lexicon.words):
        return True  # "lijkt", "ziet"
    if low.endswith(("de", "te")) and lexicon.is_verb_stem(low[:-2]):
        return True  # "belde", "stopte"
    if low.endswith(("den", "ten")) and lexicon.is_verb_stem(low[:-3]):
        return True  # "belden"
    m = re.match(r"(?:[a-z]{2,5}?)?ge([a-zà-ÿ]{3,})$", low)  # "gehoord", "gegaan", "opgenomen", "meegedaan"
    if m is None:
        return False
    stem = m.group(1)
    return (
        stem in lexicon.words
        or (stem.endswith(("d", "t")) and lexicon.is_verb_stem(stem[:-1]))
        or (stem.endswith("en") and len(stem) > 4)
    )


# Small words a name hardly holds with a capital (not "De", "Van", "Het": "De Fontein", "Van Dijk").
_SMALL = frozenset(
    """met is was en een voor na over dat ze zij hij niet wel in op aan bij om te ook nog al maar dan als of
    die deze dit er zijn haar hem wordt werd heeft had want naar uit tot door wat wie we ik je hun geen
    meer veel weer nu toen""".split()
)
_MID_SMALL = re.compile(r"(?<=[\w,] )([A-Z][a-z]{1,5})(?![\w'’-])")


def capitalised_by_habit(text: str) -> bool:
    """The note capitalises most words, small ones inside a sentence too ("Ze Zegt Dat Het Met
    De Groep Goed Gaat"): two capitalised small words or more, and many capitals. Names bring
    capitals too ("bij Kringloop De Ruilhoek"), but not "Met", "Is", "Dat"."""
    small = sum(1 for m in _MID_SMALL.finditer(text) if m.group(1).lower() in _SMALL)
    if small >= 2:
        return title_cased(text)
    # one small word, and nearly every word capitalised: "Ze Zegt Dat Het Beter Gaat Sinds De Vrouw Belt"
    return small == 1 and len(MID_CAPITAL.findall(text)) > 0.6 * len(ANY_WORD.findall(text))


# "Woont In Putten", "Naar Leiden": a town that is also a word, where the sentence says place.
_WHERE_BEFORE = re.compile(r"(?i)\b(?:in|uit|naar|te|bij|vanuit|richting|rond|buiten)\s+$")


def capitals_of_habit(text: str, found: Sequence[Found], lexicon: Lexicon) -> list[Found]:
    """What was found in a note that capitalises most words and is made of plain words only."""
    if not lexicon.words or not any(f.tag in _NAME_TAGS for f in found) or not capitalised_by_habit(text):
        return []
    out = []
    for f in found:
        if f.tag not in _NAME_TAGS:
            continue
        words = list(_WORD.finditer(text, f.start, f.end))
        if words and all(plain_word(m.group(), lexicon) and not _named_here(text, m, lexicon) for m in words):
            out.append(f)
    return out


def _named_here(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    """Where the sentence says a name stands, capitals or not: a town after "in", "naar" ("Woont
    In Putten"), a word after a title or a role ("Met Dokter Bakker"), a word after a preposition
    of place and an article that is no kind of organisation ("Naar De Regenboog"; not "Naar De
    Huisarts", "Bij De Apotheek")."""
    word, low = m.group(), m.group().lower()
    if low in ROLE_WORDS or low in PERSON_CONTEXT or lexicon.common(low):
        return _town_here(text, m, lexicon)
    before = text[max(0, m.start() - 24) : m.start()]
    if (prev := _TITLE_OR_ROLE_BEFORE.search(before)) and _person_word(prev.group(1).lower()):
        if prev.group(1).lower() in _TITLES:
            return low in surnames()  # "Met Dokter Bakker", "Mevrouw De Wit"
        # after a role a surname that is no adjective: "Buurman Bakker"; not "De Buurvrouw Goed Verlopen"
        return low in surnames() and low + "e" not in lexicon.words and low + low[-1:] + "e" not in lexicon.words
    if _PLACE_ARTICLE_BEFORE.search(before) and not kind_of_organisation(word, lexicon):
        return True
    return _town_here(text, m, lexicon)


_TITLE_OR_ROLE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
_PLACE_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:naar|bij|in|op|uit|aan|van|via)[ \t]+(?:de|het|'t)[ \t]+$")


_TITLES = frozenset("mevrouw meneer mevr mw dhr heer dokter dr zuster juf meester".split())


def _person_word(low: str) -> bool:
    return low in ROLE_WORDS or low in PERSON_CONTEXT or low in _TITLES


def _town_here(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    return lexicon.place(m.group()) and _WHERE_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
