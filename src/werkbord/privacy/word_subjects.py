"""First names that are ordinary words, in lower case, where the sentence puts the one who acts.

Hurried and dictated notes write a first name without its capital ("merel haalt hem op", "zegt
dat storm weer niet slaapt", "gisteren kwam roos nog langs"). deduce does not read a name in
lower case, and a first name that is also a word ("merel", "storm", "roos", "bram") was only
shown for review. Its place and the verb decide here, not a list of the notes' names: a bare
singular noun does not phone, come by, pick up, live, sleep or say something, a person does.

A first name that is a word (deduce's first names that the Dutch word list also knows, never an
adjective, a function word, a season or a role) is a name:

- opening a sentence or a line, right before a verb only a person does in the singular ("fleur
  komt morgen langs", "bram bezocht hem"), unless a pronoun follows the verb (then the word was
  an adverb); or before a comma, a possessive and a family or role word and a comma ("merel,
  zijn zus, belde");
- opening a sentence, also with a capital, before "en", a possessive and a family or role word
  ("ben en zijn broer deden de boodschappen", "Storm en haar moeder komen");
- after a conjunction that opens a clause ("dat", "omdat", "toen", ...), with at most two small
  words before such a verb ("zegt dat storm weer niet slaapt");
- after a word of time and such a verb in the singular, or such a verb opening the sentence, before
  an adverb, a particle or an object ("gisteren kwam roos nog langs", "vanochtend haalde storm hem
  op", "Kwam bram vanochtend binnen").

Pure: the lexicon is handed in; the first names are deduce's list. Examples are made up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lower_names import first_names_all
from .rules import Found
from .word_names import SEASONS, is_kin_word, word_name_candidate
from .words import Lexicon

Span = tuple[int, int]

# Verbs in the singular whose subject is a person: speech, contact, visits, care, living and sleeping.
_PERSON_VERBS = (
    "belde|belt|zei|zegt|vertelde|vertelt|vroeg|vraagt|appte|appt|mailde|mailt|antwoordde|antwoordt|"
    "huilde|huilt|lachte|lacht|schreeuwde|schreeuwt|komt|kwam|haalt|haalde|brengt|bracht|bezoekt|bezocht|"
    "woont|woonde|logeert|logeerde|slaapt|sliep|helpt|hielp|zorgt|zorgde|past|paste|stuurt|stuurde|"
    "schrijft|schreef|blowt|blowde|drinkt|dronk|rookt|rookte|weigert|weigerde|wil|wilde|durft|durfde|"
    "weet|wist|vindt|vond|denkt|dacht|voelt|voelde|werkt|werkte|speelt|speelde|zit|zat|gaat|ging"
)
# Each frame is read around a candidate word only: what stands before it, then what follows it.
_TOKEN = re.compile(r"(?<![\w'’-])([A-Za-zà-ÿ][a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)(?![\w'’-])")
# A sentence or a line opens right before the word ("merel haalt ...", "- roos logeert").
_OPENS = re.compile(r"(?:^|[.!?\n])[ \t]*(?:[-–•*][ \t]+)?\Z")
# ... and a verb only a person does follows, or an apposition with a possessive: "merel, zijn zus, belde".
_AFTER_OPENING = re.compile(
    rf"[ \t]+(?:{_PERSON_VERBS})(?![\w'’-])|[ \t]*,[ \t]*(?:zijn|haar|z'n|d'r|hun|mijn)[ \t]+([a-zà-ÿ'’-]+)[ \t]*,"
)
# ... or, with a capital or without, "en" and someone's family or role word: "ben en zijn broer deden".
_AND_KIN = re.compile(r"[ \t]+en[ \t]+(?:zijn|haar|z'n|d'r|hun|mijn)[ \t]+([a-zà-ÿ'’-]+)\b")
# A title's or an initial's dot is no sentence end: "mw. roos", "j. storm".
_ABBREVIATED = re.compile(r"(?i)(?:^|[\s(])(?:[a-z]|pt|cl|mw|mevr|dhr|hr|dr|drs|mr|ir|fam|zr|br|ca|ong|nr)\.[ \t]*\Z")
# After a clause's conjunction, before such a verb: "dat storm (weer) (niet) slaapt".
_CLAUSE_BEFORE = re.compile(r"(?i:\b(?:dat|omdat|doordat|zodat|nadat|voordat|toen|terwijl|hoewel|zodra))[ \t]+\Z")
_CLAUSE_AFTER = re.compile(
    r"(?:[ \t]+(?:nog|ook|weer|niet|al|pas|zelf|nooit|altijd|vaak|soms|steeds|morgen|vandaag|gisteren)){0,2}"
    + rf"[ \t]+(?:{_PERSON_VERBS})(?![\w'’-])"
)
# After a word of time and such a verb, or the verb opening: "gisteren kwam roos nog langs", "Belde bram dat".
_INVERTED_BEFORE = re.compile(
    r"(?:^|[.!?;:\n])[ \t]*"
    r"(?:(?i:daarna|toen|gisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|morgen|later|eerst|nu|"
    r"soms|ook|net|zojuist|vorige[ \t]+week|deze[ \t]+week)[ \t]+(?:" + _PERSON_VERBS + r")"
    r"|Kwam|Komt|Belde|Belt|Zei|Zegt|Vertelde|Vertelt|Vroeg|Vraagt|Appte|kwam|belde|zei|vertelde|vroeg|appte)"
    r"[ \t]+\Z"
)
_INVERTED_AFTER = re.compile(
    r"[ \t]+(?:nog|ook|weer|even|niet|al|pas|zelf|langs|binnen|terug|mee|met|naar|bij|hem|haar|"
    r"de|het|een|dat|vanochtend|vanmorgen|gisteren|vandaag|vanavond)\b|[ \t]*[,.]"
)
# A pronoun right after the verb: the opening word was an adverb ("toen belde hij").
_PRONOUN_AFTER = re.compile(r"[ \t]+(?:ik|je|jij|hij|zij|ze|we|wij|u|jullie|men)\b")


def word_subjects(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """First names that are words, in lower case, where a sentence puts a person who acts (see the
    module's docstring)."""
    if not lexicon.words:
        return []
    candidates = _candidates(lexicon)
    if candidates.isdisjoint(_LETTERS.findall(text.lower())):
        return []  # (most notes hold no such word: one scan instead of a frame's pattern over each)
    found: list[Found] = []
    for m in _TOKEN.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low not in candidates and not all(p in candidates for p in low.split("-")):
            continue
        s, e = m.span(1)
        if _slot(text, s, e, word == low):
            _add(found, text, (s, e), lexicon, covered)
    return found


def _slot(text: str, s: int, e: int, lower: bool) -> bool:
    """The word at ``s``..``e`` stands where a person acts (``lower``: written in lower case)."""
    opening = _OPENS.search(text, max(0, s - 6), s) is not None and not _ABBREVIATED.search(text, max(0, s - 8), s)
    if opening and (kin := _AND_KIN.match(text, e)) and is_kin_word(kin.group(1)):
        return True  # "ben en zijn broer", "Storm en haar oma"
    if not lower:
        return False
    if opening and (after := _AFTER_OPENING.match(text, e)):
        if after.group(1) is not None:
            return is_kin_word(after.group(1))  # "roos, haar lievelingsbloem, ..." is no apposition of a person
        return not _PRONOUN_AFTER.match(text, after.end())
    if _CLAUSE_BEFORE.search(text, max(0, s - 12), s) and _CLAUSE_AFTER.match(text, e):
        return True
    return bool(_INVERTED_BEFORE.search(text, max(0, s - 40), s) and _INVERTED_AFTER.match(text, e))


# deduce's first names that may stand for a person here: the words this module can replace at all.
_LETTERS = re.compile(r"[a-zà-ÿ]{2,}")
_CANDIDATES: dict[int, frozenset[str]] = {}


def _candidates(lexicon: Lexicon) -> frozenset[str]:
    """First names :func:`.word_names.word_name_candidate` lets through, worked out once per lexicon."""
    key = id(lexicon)
    if key not in _CANDIDATES:
        _CANDIDATES[key] = frozenset(w for w in first_names_all() if word_name_candidate(w, lexicon))
    return _CANDIDATES[key]


def _add(found: list[Found], text: str, span: Span, lexicon: Lexicon, covered: Sequence[Span]) -> None:
    s, e = span
    low = text[s:e].lower()
    if low in SEASONS or is_kin_word(low) or not word_name_candidate(low, lexicon):
        return
    if any(a < e and s < b for a, b in covered) or any(f.start == s for f in found):
        return
    found.append(Found(s, e, "persoon"))
