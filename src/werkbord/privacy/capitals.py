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
from .words import Lexicon, title_cased

_NAME_TAGS = frozenset({"persoon", "patient", "locatie", "instelling", "zorginstelling"})
_WORD = re.compile(r"[^\W\d_]+")


def plain_word(word: str, lexicon: Lexicon) -> bool:
    """An ordinary word or a verb form, no first name or town (deduce's common words may be both)."""
    low = word.lower()
    if lexicon.common(low):
        return True  # "De", "Is", "Acht": deduce's own list of common words
    if low in lexicon.first_names or lexicon.place(word):
        return False
    return lexicon.is_ordinary(low) or verb_form(low, lexicon)


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
    return small >= 2 and title_cased(text)


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
        if words and all(plain_word(m.group(), lexicon) and not _town_here(text, m, lexicon) for m in words):
            out.append(f)
    return out


def _town_here(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    return lexicon.place(m.group()) and _WHERE_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
