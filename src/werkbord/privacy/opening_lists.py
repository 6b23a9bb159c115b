"""A capitalised word that opens a list of words written in lower case: a word like the others.

Notes that explain another language's words list them: "Amma en appa, akka en thambi: ...",
"Kalimera, kalispera, efcharisto: ...", "Scopa en briscola op dinsdagmiddag". Only the first is
capitalised, because it opens the note or a sentence, and deduce or the rules read it as a name
("Yerlan, zijn zus", "Nonna" is on deduce's list of first names). When the words that follow it
are written in lower case, at least one is no Dutch word, and none is a name, place, role, family
word or pronoun, the first is an item of that list, not a person: it is kept
(:func:`.detect.false_positives`), and the review step still shows it where it could be a name.

A list with a first name or a surname in lower case ("Sanne, joost en mo"), a role or family
word ("Ahmed en broer", "Fatima, buurvrouw"), a pronoun ("Sanne en ik") or a place stays a list
that may hold persons; so does one of Dutch words only ("Sanne, vandaag gebeld"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .names import FINITE_VERBS
from .words import PERSON_CONTEXT, Lexicon, is_role

# One more item: a comma, "en", "of" or "&", then a word in lower case.
_NEXT_ITEM = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:en|of)[ \t]+|[ \t]*&[ \t]*)([^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*)")
# Where a list ends: a colon, a bracket, a dash, a sentence's end or the line's.
_LIST_END = re.compile(r"[ \t]*(?:[:;(.!?–—]|-[ \t]|$)", re.MULTILINE)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_FINITE_VERB = re.compile(FINITE_VERBS)
_PLURAL_VERBS = frozenset("zijn gaan staan slaan doen zien".split())
_PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie u hem haar hun ons mij me zich".split())
_MOST_ITEMS = 8


def _plain_item(low: str, lexicon: Lexicon, names: tuple[AbstractSet[str], AbstractSet[str]]) -> bool:
    """``low``, written in lower case, is no name, place, role, family word or pronoun."""
    if len(low) < 2 or low in _PRONOUNS or low in PERSON_CONTEXT or is_role(low):
        return False
    parts = low.split("-")
    if any(p in names[0] or p in names[1] or is_role(p) for p in parts):
        return False  # "sanne", "de-vries", "oppas-oma"
    return not lexicon.place(low.capitalize())


def opens_word_list(
    text: str, start: int, end: int, lexicon: Lexicon, names: tuple[AbstractSet[str], AbstractSet[str]]
) -> bool:
    """The capitalised word at ``text[start:end]`` opens a list of words in lower case (joined
    by commas, "en", "of" or "&") that are no names, places, roles or pronouns, at least one of
    them no Dutch word: "Bolingo, lobiko, kimia (...)", "Tatik en papik (oma en opa)".

    The list ends the clause (a colon, a bracket, a dash, a full stop, the line's end), or its
    last item is joined by "en", "of" or "&" ("Scopa en briscola op ..."); not "Sanne, appt
    morgen". A first name of deduce's lists opening it needs two items and the clause's end."""
    if not lexicon.words:
        return False
    items: list[str] = []
    at, joined = end, False
    while len(items) < _MOST_ITEMS and (m := _NEXT_ITEM.match(text, at)) is not None:
        word = m.group(1)
        if not word.islower():
            return False  # "Kees en Fatima", "Wolf, Vos en Beer": capitalised items are other rules' business
        items.append(word)
        at, joined = m.end(), "," not in text[m.start() : m.start(1)]
    if not items or not all(_plain_item(w, lexicon, names) for w in items):
        return False
    if all(lexicon.is_ordinary(w.replace("-", "")) for w in items):
        return False  # "Sanne, vandaag gebeld": Dutch words, another rule's business
    ends = _LIST_END.match(text, at) is not None
    if text[start:end].lower() in names[0]:
        return len(items) >= 2 and ends  # "Nana, dedo, tetka:"; not "Kevin en bro gingen"
    if ends:
        return True
    # "Scopa en briscola op ...", "Khachapuri en khinkali gemaakt": not "Tsegay en yerlan kwamen"
    nxt = _NEXT_WORD.match(text, at)
    return joined and not (nxt is not None and _verb_or_plural(nxt.group(1).lower()))


def _verb_or_plural(low: str) -> bool:
    """A finite verb ("belt", "kwam") or a word in -en (a plural verb: "kwamen", "zijn", "hebben")."""
    return _FINITE_VERB.fullmatch(low) is not None or low.endswith("en") or low in _PLURAL_VERBS
