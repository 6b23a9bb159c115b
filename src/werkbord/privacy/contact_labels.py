"""A name as the label of a phone number: "Tel. Noi: 06 41 77 20 93", "Mo: +31 6 ...",
"Wessel (buurman): 06-...". A contact list or a crisis card names whose number it is right before
the colon; the number goes (:mod:`.contacts`), and the name must go with it. A role, a family word,
a kind of line ("Tel", "Werk", "Privé") and an ordinary Dutch word that is no first name stay
("Huisarts: 030-...", "Moeder: 06-...", "Crisisdienst: 088-..."). Spans get deduce's tag
"persoon". Pure: the lexicon is handed in.

A label before an e-mail address is read the same way ("Willemijn: w.jansen@...").

A contact note also writes the name without a colon, or in lower case: "Lot 06-12345678 (vriendin)",
"Anouk - 06 12345678", "roos 06 12 34 56 78", "bellen naar roos 0612345678", or in brackets after the
number: "06-12345678 (bram)". Right before a phone number or in brackets right after it
(:func:`names_before_numbers`) a first name of deduce's list is a name, also when it is an
ordinary word; in lower case only where a contact line puts it (at the start of a line, after a
comma, a slash or a bracket, after a family word or "naar", "bel", "app"), so "als je wil 06-..."
stays. A capitalised word no list knows is a name there too, unless it is English ("Phone", "Mobile").
Family and role words, kinds of line, countries, months, days and seasons stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .english_vocabulary import is_english_word
from .found import Found
from .roles import is_role_word
from .words import COUNTRIES, LANGUAGES, MONTHS_AND_DAYS, PERSON_CONTEXT, WORLD_COUNTRIES, Lexicon

_LABELLED_NUMBER = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ]+(?:[- ][A-ZÀ-Þ][a-zà-ÿ]+)?)(?:\s*\([^()\n]{1,25}\))?\s*:\s*"
    r"(?=(?:\+|00|0)\s?\(?\d[\d\s().–-]{7,}|[\w.+-]+@[\w-]+\.)"
)
_LINE_WORDS = frozenset(
    """tel telefoon telefoonnummer nummer nr mob mobiel gsm fax werk thuis prive privé vast
    contact bereikbaar noodnummer whatsapp app sms bellen bel""".split()
)
# A word right before a phone number (a bracket, a colon, a comma or a dash between): "Lot 06-...",
# "Dewi (zus, Jakarta) +62 812 ...", "anouk - 06 ...". The number: nine digits or more after "+", "00"
# or "0", in groups of any notation ("+32 (0)470 12 34 56", "(+90) 532 123 4567").
_THEN_NUMBER = (
    r"(?:[ \t]*\([^()\n]{1,25}\))?[ \t]*(?:[,:]|[-–](?=[ \t]))?[ \t]*(?=\(?(?:\+|00|0)(?:[ \t().–-]{0,3}\d){9})"
)
_NUMBER = re.compile(r"\(?(?:\+|00|0)(?:[ \t().–-]{0,3}\d){9}")
_NAME_BEFORE_NUMBER = re.compile(
    r"(?<![\w@/.'’-])([A-Za-zÀ-ÿ][a-zà-ÿ]+)(?:[ \t]*\([^()\n]{1,25}\))?[ \t]*(?:[,:]|[-–](?=[ \t]))?[ \t]*$"
)
_CONTACT_AFTER = re.compile(
    _THEN_NUMBER
    + r"|[ \t]*:[ \t]*[\w.+-]+@[\w-]+\.|['’]s[ \t]+(?:telefoon)?(?:nummer|mobiel|mail|mailadres|e-mailadres)\b"
)
# "06-12345678 (bram)": whose number, in brackets right after it.
_NAME_AFTER_NUMBER = re.compile(r"\d*[ \t]*\([ \t]*([A-Za-zÀ-ÿ][a-zà-ÿ]+)[ \t]*\)")
# Where a contact line puts a name in lower case: a line's start, a comma, a slash, a bracket, a family
# word, or a word of calling ("bellen naar roos", "app bas").
_LOWER_NAME_BEFORE = re.compile(
    r"(?:^|\n|[,;/(]|\b(?:naar|bel|bellen|app|appen|sms|mail|zus|broer|moeder|vader|zoon|dochter|oma|opa|tante|"
    r"oom|neef|nicht|vriend|vriendin|buurman|buurvrouw|partner|ex))[ \t]*$"
)
_NOT_A_LABEL = frozenset(
    """aan als dan dat die dit door en hem haar het hij ik je jij maar met na naar nu of om op over per te tot
    uit van via voor wat we wel wij ze zij zomer winter lente herfst""".split()
)


def contact_labels(text: str, lexicon: Lexicon) -> list[Found]:
    """Names in ``text`` that label a phone number."""
    found = []
    for m in _LABELLED_NUMBER.finditer(text) if ":" in text else ():
        name = m.group(1)
        low = name.lower()
        if low in _LINE_WORDS or low in PERSON_CONTEXT or is_role_word(low):
            continue
        if lexicon.is_ordinary(low) and low not in lexicon.first_names:
            continue  # "Crisisdienst: 088-...", "Afdeling: 030-..."
        found.append(Found(*m.span(1), "persoon"))
    return found


def names_before_numbers(text: str, lexicon: Lexicon, covered: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """First names (and capitalised words no list knows) right before a phone number in ``text``,
    where ``covered`` holds nothing yet (see the module's docstring)."""
    found = []
    matches = []
    for number in _NUMBER.finditer(text) if "0" in text or "+" in text else ():  # (every number opens so)
        before = _NAME_BEFORE_NUMBER.search(text, max(0, number.start() - 48), number.start())
        after = _NAME_AFTER_NUMBER.match(text, number.end())
        matches += [m for m in (before, after) if m is not None]
    for m in matches:
        s, e = m.span(1)
        word = m.group(1)
        low = word.lower()
        if any(a < e and s < b for a, b in covered) or not _may_label(low):
            continue
        if word[0].islower():
            listed = low in lexicon.first_names and word == low
            if not listed or (lexicon.is_ordinary(low) and not _LOWER_NAME_BEFORE.search(text, max(0, s - 12), s)):
                continue  # "als je wil 06-...", "SemHar" (a capital inside)
        elif low not in lexicon.first_names and (lexicon.is_ordinary(low) or is_english_word(low)):
            continue  # "Crisisdienst 088-...", "Phone +44 ..."
        found.append(Found(s, e, "persoon"))
    return found


def contact_after(text: str, end: int) -> bool:
    """A phone number follows the word ending at ``end`` (a bracket, a colon, a comma or a dash between),
    a colon and an e-mail address, or a genitive of a contact detail ("Merel's nummer")."""
    return _CONTACT_AFTER.match(text, end) is not None


def _may_label(low: str) -> bool:
    """Not a kind of line, a person or family word, a role, a country, a month, a day or a small word."""
    if low in _LINE_WORDS or low in PERSON_CONTEXT or low in _NOT_A_LABEL or low in COUNTRIES:
        return False
    if low in WORLD_COUNTRIES or low in LANGUAGES:
        return False  # "Israël +972 ...", "Engels 06-...": which line, not whose
    return low not in MONTHS_AND_DAYS and not is_role_word(low)
