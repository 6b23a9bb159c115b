"""A word of another language that opens a sentence, read as a name: kept, and shown to a reader.

A note in a new voice writes the words of a community's language as words: a list of them
("Khinkali, supra, tamada: ...", "Bubbe en zeyde (oma en opa) ...") or one said aloud ("Hajde,
zei hij, ...", "'Sannu' zegt ze bij binnenkomst"). No word list of Dutch knows them, and a
capital opens every sentence, so the rules read the first one as a name ("Yerlan, zijn broer,
..."). What follows it tells them
apart: a name is followed by what says who someone is (a role, a number, a verb, another name), a
word of another language by more words of it in lower case or by who said it. A word with its
meaning in brackets is left to the rules: a name with what someone is in brackets has the same
shape ("Deeqa (sleutelfiguur)", "Iris (twaalf)"), and on the renamed development notes that
shape lost thirty names.

:func:`foreign_list_heads` returns what a rule or deduce tagged that is such a word; the caller
(:func:`.detect.false_positives`) keeps it, and the review step still shows it to the reader
("a name at the start of a sentence?"), so a name in that shape is flagged rather than replaced.
Pure; asked only of what was tagged where a capitalised word opening a sentence is followed by a
comma, "en", "&" or a closing quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .english_vocabulary import is_english_word
from .found import Found
from .words import FAMILY_WORDS, PERSON_CONTEXT, ROLE_WORDS, Lexicon

# A capitalised word (the head) opening the note, a line or a sentence (after ".", ":", ";", "!",
# "?" or a dash), in quotes or not, then a comma, "en", "&", or a closing quote. Asked
# of what was tagged only, with string tests: no pass over every note.
_HEAD_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿāēīōūčćšžđħ'’]{1,20}")
_OPENING_QUOTES = " \t'‘\"“"
_CLOSING = ("'", "’", '"', "”")


def _head(text: str, f: Found) -> bool:
    if not _HEAD_WORD.fullmatch(text, f.start, f.end):
        return False
    after = text[f.end : f.end + 4]
    if not after.startswith(_CLOSING) and not after.lstrip(" ").startswith((",", "en ", "&")):
        return False
    window = text[max(0, f.start - 8) : f.start]
    before = window.rstrip(_OPENING_QUOTES)
    if not before:
        return f.start == len(window)  # the note's first word
    return before[-1] in "\n.:;!?" or before.endswith((" -", " –", " —"))


# What follows the head: the next item of a list, or who said it ("noemt" is left out: "'Bolle'
# noemt moeder hem" is a nickname).
_NEXT_ITEM = re.compile(r"\s*(?:,|en\s|&)\s*([a-zà-öø-ÿāēīōūčćšžđħ'’]{2,24})(?=[\s,.:;!?)–—]|$)")
_LIST_ITEMS = re.compile(r"(?:\s*,\s*[a-zà-ÿ]{2,24}){2,}(?=\s*(?:[,:;.]|en\b|of\b|$))")
_SAID_AFTER = re.compile(
    r"(?:['’\"”]\s*(?:zegt|zei|roept|riep)\b|,\s*(?:zegt|zei|roept|riep)\s+(?:hij|ze|zij|pt|cl|men)\b)"
)


def _after_a_short_word(text: str, start: int) -> bool:
    """The head follows a dot after a short word or a title ("cl. Ongky", "mw. Lale"): no sentence starts there."""
    before = text[:start].rstrip(" \t'‘\"“")
    if not before.endswith("."):
        return False
    word = re.search(r"([^\W\d_]+)\.$", before)
    return word is not None and (len(word.group(1)) <= 4 or word.group(1).lower() in PERSON_CONTEXT)


def _no_person_word(low: str) -> bool:
    return low not in ROLE_WORDS and low not in PERSON_CONTEXT and low not in FAMILY_WORDS


def foreign_list_heads(
    text: str,
    found: Sequence[Found],
    lexicon: Lexicon,
    name_lists: Callable[[], tuple[frozenset[str], frozenset[str]]],
) -> list[Found]:
    """What ``found`` holds that is a word of another language opening a sentence (see the
    module); ``name_lists`` gives the first names and surnames, asked only when a head is found."""
    if not found or not lexicon.words:
        return []
    heads = [f for f in found if _head(text, f)]
    if not heads:
        return []
    first_names, surnames = name_lists()

    def unknown(low: str) -> bool:
        """A word in lower case that no list knows: no Dutch or English word, no name, no town."""
        return not (
            lexicon.is_ordinary(low)
            or is_english_word(low)
            or low in first_names
            or low in surnames
            or lexicon.place(low)
            or not _no_person_word(low)
        )

    wrong = []
    for f in heads:
        word = text[f.start : f.end]
        low = word.lower().rstrip("'’")
        if lexicon.place(word) or not _no_person_word(low) or _after_a_short_word(text, f.start):
            continue
        listed = low in first_names or low in surnames
        item = _NEXT_ITEM.match(text, f.end)
        if item and unknown(item.group(1).lower().strip("'’-")):
            wrong.append(f)  # "Khinkali, supra, tamada", "Bubbe en zeyde": words of one language
            continue
        if listed:
            continue  # "'Ilona' zegt ze": a name someone says
        if _SAID_AFTER.match(text, f.end):
            wrong.append(f)  # "Hajde, zei hij", "'Sannu' zegt ze": what someone said
        elif (items := _LIST_ITEMS.match(text, f.end)) and all(
            lexicon.is_ordinary(w) and _no_person_word(w) for w in re.findall(r"[a-zà-ÿ]+", items.group())
        ):
            wrong.append(f)  # "Deliverance, vasten, nachtwake": one item of a list of things
    return wrong
