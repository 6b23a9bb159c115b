"""Dutch words no word list holds, told by how Dutch makes words: no name by their shape.

A capitalised word that OpenTaal's list does not know is replaced as a name inside a sentence
(:func:`.names.proper_names`, and the review step's reader where the shape decides). Voices that
capitalise their own vocabulary bring words the list lacks because Dutch makes them on the spot:

- a compound whose first part is a verb's stem ("Vertelkaart", "Drijfband", "Meldrecht"), or a
  noun with the linking -s ("Ontspanningsmat", "Vertrouwensval"), before a word of three letters
  or more;
- a noun made of a verb with -ing inside a compound ("Zorgmijding": "mijden"), or ending a long
  compound ("Onderbewindstelling", "Psychoeducatieverwijzing");
- a participle or another verb form ("Meegegaan", "Doorgestuurd", :func:`.capitals.verb_form`).

Such a word stays in the note; the review step still shows it. Names are made of words too
("Kalverink", "Dijkman", "Wolterink", "Hoekstra"), so a word on deduce's lists of first names
and surnames or of places is never one of these, nor one that ends like a surname does ("-ink",
"-man", "-stra", "-sma", "-ga"). Pure.
"""

from __future__ import annotations

import re
from functools import cache

from .capitals import verb_form
from .lexicon import first_names, surnames, town_names
from .words import Lexicon

# Three-letter ends that make surnames more often than words ("Kalverink", "Dijkman", "Wiersma").
_NAME_TAILS = frozenset("ink man tra sma ter loo hof ema oek ing".split())
# Longer ends that make surnames, and small words that are no noun ("Vendelmaar").
_NAME_ENDS = frozenset("maar stra inga enga mans".split())


def _made_head(head: str, lexicon: Lexicon) -> bool:
    """A verb's stem that is no word itself ("vertel", "drijf", "meld"), or a word with the
    linking -s ("ontspannings", "vertrouwens")."""
    if len(head) >= 4 and not lexicon.is_word(head) and lexicon.is_verb_stem(head):
        return True
    return head.endswith("s") and len(head) > 5 and lexicon.is_word(head[:-1])


def _made_tail(tail: str, lexicon: Lexicon) -> bool:
    """A noun made of a verb with -ing that no list holds: "mijding" (mijden)."""
    return tail.endswith("ing") and len(tail) >= 6 and not lexicon.is_word(tail) and lexicon.is_verb_stem(tail[:-3])


def made_word(word: str, lexicon: Lexicon) -> bool:
    """``word`` is a Dutch word made on the spot (a compound with a verb's stem or a linking -s,
    an -ing noun, a verb form), not a first name, a surname or a place of deduce's lists."""
    low = word.lower()
    if not low.isalpha() or len(low) < 7 or not lexicon.words:
        return False
    if low in first_names() or low in surnames() or lexicon.place(word) or low.capitalize() in town_names():
        return False
    if verb_form(low, lexicon):
        return True
    for i in range(4, len(low) - 2):
        head, tail = low[:i], low[i:]
        if tail in _NAME_ENDS or (len(tail) == 3 and (len(head) < 5 or tail in _NAME_TAILS)):
            continue
        # a plain compound of two words ("Morgenster", "Therapieland") is no sign: names are made so
        if _made_head(head, lexicon) and (lexicon.is_word(tail) or _made_tail(tail, lexicon)):
            return True
        if lexicon.is_word(head) and _made_tail(tail, lexicon):
            return True
    # a long compound on a noun of a verb with -ing, whatever comes before it:
    # "Onderbewindstelling", "Psychoeducatieverwijzing" ("stellen", "verwijzen")
    return len(low) >= 10 and any(
        lexicon.is_word(tail) and lexicon.is_verb_stem(tail[:-3])
        for i in range(3, len(low) - 6)
        if (tail := low[i:]).endswith("ing")
    )


def unlisted_verb_form(word: str, lexicon: Lexicon) -> bool:
    """``word`` is a verb's form by regular Dutch morphology, short ones too ("Hangt": hangen; "woont"),
    or a participle without "ge-" ("overlegd": overleggen, "verhuisd"), and no list of first names,
    surnames or places holds it: a name that is also a verb's form stays a name."""
    low = word.lower()
    if not low.isalpha() or len(low) < 4 or not lexicon.words:
        return False
    if (
        low in first_names()
        or low in surnames()
        or lexicon.place(word.capitalize())
        or low.capitalize() in town_names()
    ):
        return False
    return verb_form(low, lexicon) or (low.endswith("d") and len(low) > 5 and lexicon.is_verb_stem(low[:-1]))


def word_listed_verb_form(low: str, lexicon: Lexicon) -> bool:
    """``low`` is a verb's form only ("duurt", "wilt", "rende"), no word by itself, that deduce's list
    of first names holds but deduce itself leaves out as an ordinary word ("exceptions"), and no
    surname: a name only where a name's place says so, shown for review elsewhere."""
    if not low.isalpha() or low not in _ambiguous_first_names() or low in surnames():
        return False
    return not lexicon.is_word(low) and not lexicon.common(low) and verb_form(low, lexicon)


@cache
def _ambiguous_first_names() -> frozenset[str]:
    return first_names() - first_names(ambiguous=False)


_JOINED_BEFORE = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]{2,})[ \t]*(?:,|[ \t]en|[ \t]of|&)[ \t]*$")
_JOINED_AFTER = re.compile(r"[ \t]*(?:,|en[ \t]|of[ \t]|&)[ \t]*([A-ZÀ-Þ][a-zà-ÿ]{2,})")


def _plain(word: str, lexicon: Lexicon) -> bool:
    low = word.lower()
    return not (low in first_names() or low in surnames() or lexicon.place(word)) and lexicon.is_ordinary(low)


def among_plain_nouns(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """The word at ``text[start:end]`` stands in a list of capitalised ordinary words, joined by
    commas, "en", "of" or "&", with two of them beside or before it and none a name or a town of
    deduce's lists: an item of a list of themes, foods or tools ("Havermout, Skyr en Fruit",
    "Hoop, Verbinding, Empowerment:"), not a name ("Kees, Tsegay en Fatima", "brug, Zuidwillemsvaart,
    Den Bosch")."""
    after = _JOINED_AFTER.match(text, end)
    if after is not None and not _plain(after.group(1), lexicon):
        return False
    plain = after is not None
    at = start
    while plain < 2 and (before := _JOINED_BEFORE.search(text, max(0, at - 30), at)) is not None:
        if not _plain(before.group(1), lexicon):
            return False
        plain += 1
        at = before.start(1)
    return plain >= 2
