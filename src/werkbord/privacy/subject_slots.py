"""Where a sentence puts its subject: a word in lower case there is a person when no word list
knows it, the way hurried and dictated notes write names (issue #22's seventh session). Pure;
examples are made up.

A subject slot is:
- the start of a sentence or a line, before a finite verb, "uit"/"van" and a place or an
  article, a comma and a possessive with a person word, or an age in brackets ("yerlan heeft
  geen werk", "sjonnie uit de flat kwam", "oksana, zijn vriendin, ...", "radu (ca. 40) woont");
- after a conjunction that opens a clause ("dat", "omdat", "toen", "waarvan", ...), before a
  finite verb or an adverb and a verb ("zegt dat sjaak camera's heeft", "merkten dat bas niet
  meer ... kwam"; the verb may stand a few words on);
- after an inverted finite verb that opens a sentence, with a time or place word before it
  ("daarna kwam vasile langs", "gisteren belde jantje"), before what a subject is followed by.

The caller decides what a word in the slot is: a word on a name list and no Dutch word is a
name; a word no list knows is shown to a reader (a typo stands there as well).
"""

from __future__ import annotations

import re

from .names import FINITE_VERBS

# What follows a subject: a finite verb, or a name's usual company ("uit de flat", "van de
# overkant", ", zijn broer,", "(ca. 40)").
_AFTER_SUBJECT = re.compile(
    rf"\s+(?:{FINITE_VERBS})\b"
    r"|\s+(?:uit|van)\s+(?:de|het|[A-ZÀ-Þ\[])"
    r"|\s*,\s*(?:zijn|haar|z'n|d'r|mijn|onze|de)\s+[a-zà-ÿ]+\s*[,)]"
    r"|\s*\(\s*(?:ca\.?\s*|ong\.?\s*|±\s*)?\d{1,2}\b"
)
# Where a sentence or a line starts (not after a title's or an initial's dot: "mw. k.").
_OPENS = re.compile(r"(?:^|[.!?;]\s+|\n)\s*(?:[-–•*]\s+)?$")
_ABBREVIATED_DOT = re.compile(
    r"(?i)(?:^|[\s(])(?:[a-z]|pt|cl|pat|mw|mevr|dhr|hr|dr|drs|mr|ir|ing|prof|fam|zr|br|ca|ong|evt|vlgs|ivm|tel|nr|"
    r"o\.a|m\.n|i\.p\.v|d\.w\.z|bv|z\.s\.m)\.\s*$"
)
# A conjunction that opens a clause whose subject comes next.
_CLAUSE_BEFORE = re.compile(
    r"(?i)\b(?:dat|omdat|doordat|zodat|nadat|voordat|toen|terwijl|waarvan|waarna|hoewel|of|als|zodra)\s+$"
)
# ... and, a few words on, the clause's verb: "dat bas niet meer uit zijn kamer kwam".
_VERB_SOON = re.compile(rf"(?:\s+[a-zà-ÿ'’]+){{0,6}}?\s+(?:{FINITE_VERBS})\b")
_CLAUSE_END = re.compile(r"[.,;:!?()\n]")
# An inverted sentence: a time or place word opening it and a finite verb ("daarna kwam ",
# "gisteren belde ", "vandaag zat "), the subject right after the verb.
_INVERTED_BEFORE = re.compile(
    r"(?i)(?:^|[.!?;:\n]\s*)(?:daarna|toen|gisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|"
    r"vannacht|morgen|later|eerst|nu|soms|ook|hier|daar|thuis|vorige\s+week|deze\s+week|afgelopen\s+week|"
    r"sindsdien|opeens|ineens|plots|verder)\s+"
    rf"(?:{FINITE_VERBS})\s+$"
)
# What a subject after an inverted verb is followed by: an adverb, a particle, a preposition or
# an object (not a pronoun: "daarna kwam ze", nor an article: "toen kwam de politie").
_AFTER_INVERTED = re.compile(
    r"\s+(?:nog|ook|weer|even|niet|al|pas|zelf|langs|binnen|terug|mee|op|over|met|naar|bij|in|aan|"
    r"haar|zijn|hem|de|het|een|dat)\b|\s*[,.]"
)


def subject_slot(text: str, start: int, end: int) -> bool:
    """The word at ``start``..``end`` (lower case) stands where a sentence puts its subject."""
    before = text[max(0, start - 40) : start]
    if _OPENS.search(before) and not _ABBREVIATED_DOT.search(before):
        return _AFTER_SUBJECT.match(text, end) is not None
    if _CLAUSE_BEFORE.search(before):
        m = _VERB_SOON.match(text, end)
        return m is not None and _CLAUSE_END.search(text, end, m.end()) is None
    if _INVERTED_BEFORE.search(text, max(0, start - 48), start):
        return _AFTER_INVERTED.match(text, end) is not None
    return False
