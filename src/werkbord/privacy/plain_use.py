"""Suspects that are a word, a quotation or a number in its ordinary use: not worth a reviewer's look.

The review step lists what the rules left in a note that may still identify someone (see
:mod:`.suspects`). Some of its reasons are loose on purpose, and in notes of new voices they
also catch words that no sentence could use as a name. A reviewer who finds mostly such words
in the list stops reading it, so these are taken off it (shapes and context, no lists of names):

- a determiner or preposition in lower case, which the name lists also know as a first name
  ("elke", "per", "alle", "onder"): it is followed by what it governs ("elke avond", "per maand",
  "alle weekenden", "onder behandeling");
- a verb form in lower case followed by a pronoun as its object ("kent iedereen", "kent hem"):
  a name there would be followed by a verb;
- the first word of a quoted phrase, capitalised as any sentence opens, when it is an ordinary
  word and the phrase goes on in lower case ('de folder "Wacht niet te lang"'); a nickname in
  quotes ("'Snoek'", "'Lange Piet'") stays a suspect;
- a number in a measurement: the end of a change from one value to another ("van 31 → 24"), a
  count per unit of time ("15 per dag", "20/dag"), the size of a sample ("(n = 17)"), and a
  frequency or a dose per period ("1x/2 wk", "400 mg/4 wk", "72/min"), and a number with a unit
  of time, dose or size ("42 sec", "88 kg"), or after the name of a scale or a lab value
  ("PANSS pos 18", "HADS-A 14", "HbA1c 46"); a dose or an amount written as a product ("3x30 mg",
  "2x4 uur", "2dd1", "x100"), the cents or decimals of an amount below one ("€3,50", "0,38"), and
  the number of a thing in a series ("Psalm 42", "op dag 30", "sessie 3, 11, 19");
- the name of a scale or a lab value, shaped as one (a digit among capitals, capitals with a
  one-letter part, a lower-case prefix), right before its score: "4AT 6", "HbA1c 46", "eGFR 54",
  "HAM-D 22"; after a preposition such a name may be an organisation's ("bij Bet365 400 euro kwijt");
- a day of the week, shortened, beside another one ("di en do", "ma/wo"): "do" and "ma" are names
  and words too, but not in a list of days;
- a date under a form's "Wanneer:" ("Wanneer: 17-12-2026"): the deadline the team planned, kept by
  design (the planned dates of :mod:`.fields`), never a date that identifies anyone;
- a country or a language where a place or a language stands ("zoon in Canada", "bad in het
  Yoruba", :func:`.words.world_words_only`): where someone's family lives identifies no one.

Pure; it reads only the text, the Dutch word list it is given and the lists of :mod:`.words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .words import where_or_which_language, world_words_only

# Determiners and prepositions that a first-name list also holds ("Elke", "Per", "Alle", "Onder"):
# in lower case they are the Dutch word.
DETERMINERS = frozenset(
    """elke elk ieder iedere alle alles allen beide enkele sommige per onder boven tussen tegen
    zonder sinds tijdens rond""".split()
)
# A pronoun as the object of a verb: "kent iedereen", "ziet hem".
_OBJECT_AFTER = re.compile(r"\s+(?:iedereen|niemand|hem|haar|hen|ons|jullie|elkaar|alles|niets|me|mij)\b")
_QUOTE_BEFORE = re.compile(r"(?:^|[\s(:])[\"'‘“„]$")
_PHRASE_GOES_ON = re.compile(r"\s+[a-zà-ÿ]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# "MADRS 28 → 14", "van 31 -> 24", "350 → 250 mg": a chain of values changing, named by a scale or
# "score"/"van" before it or by a unit after it; "Isa (14 → 15 in mei)" is an age turning.
_ARROW = r"\s*(?:→|->|=>|➔)\s*"
_CHAIN_BEFORE = re.compile(r"(?:\d+(?:[.,]\d+)?" + _ARROW + r")+$")
_CHAIN_AFTER = re.compile(r"(?:" + _ARROW + r"\d+(?:[.,]\d+)?)+")
_SCORE_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*[A-Z][\w-]*|\bscore|\bvan)\s*:?\s*$")
_UNIT_AFTER = re.compile(r"(?i)\s*(?:mg|ml|kg|mmol|mcg|µg|%|punten)(?![^\W\d_])")
# "15 per dag", "20 sig/dag", "30 per nacht", "2 p/w": a count per unit of time.
_PER_TIME_AFTER = re.compile(
    r"(?i)(?:\s+[a-zà-ÿ]{1,5}\.?)?\s*(?:\s+per\s+|/|\s+p/?)(?:dag|dg|d|nacht|week|wk|w|maand|mnd|m|uur|u|avond|ochtend)\b"
)
_AGE_AFTER = re.compile(r"(?i)\s*(?:jaar|jr|j\b|-jarig|e\b|ste\b)")
_SAMPLE_BEFORE = re.compile(r"\b[nN]\s*=\s*$")
# "1x/2", "3x/day", "mg/4", "mg/24": a frequency or a dose per period, cut by the tokeniser.
_PER_PERIOD = re.compile(r"(?i)(?:\d+x|mg|ml|mcg|µg|e)/\d*[a-z]*|\d+/(?:min|u|uur|dag|wk|week|mnd)")
# "3x30", "2x4", "4 x 3", "2dd1", "x100": a dose or an amount as a product, or a dose a day.
_PRODUCT = re.compile(r"(?i)(?:\d+(?:[.,]\d+)?)?[x×]\d+(?:[.,]\d+)?|\d+dd\d+(?:[.,]\d+)?")
# A date as digits ("17-12-2026", "1/4/27"), standing in the value of a "Wanneer:" or "When:" line.
_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})")
_PLANNED_LINE = re.compile(r"(?im)(?:^|[|·•;])[ \t]*(?:wanneer|when|deadline)[ \t]*:[^\n|·•;:]*\Z")
# "€3,50", "€ 0,23", "0,38 naar 0,71": the cents or the decimals of an amount or a level below one.
_DECIMALS_BEFORE = re.compile(r"(?:€\s*\d+|(?<![\d.,])0)[,.]$")
# "Psalm 42", "op dag 30", "sessie 3, 11, 19", "stap 4": the number of a thing in a series, no age.
_NUMBERED_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:psalm|gezang|dag|stap|sessie|sessies|les|item|vraag|hoofdstuk|fase|ronde)\s+(?:\d+\s*,\s*)*$"
)
# "42 sec", "504 mC", "88 kg": a number with a unit of time, dose, charge or size is no age.
_MEASURE_AFTER = re.compile(
    r"\s*(?:sec|seconden|ms|mg|ml|mcg|µg|kg|gram|mmol|mmhg|cm|mm|km|kcal|bpm|mc|ie)(?![^\W\d_])", re.I
)

# "PANSS pos 18", "HADS-A 14", "CIWA-Ar: 22", "RCADS angst T 68", "HbA1c 46": a number after the
# name of a scale or a lab value (four or more characters with three capitals, or capitals with a
# digit or a hyphenated part), with at most two lower-case words or a letter between, is a score.
# Initials are shorter or stand in brackets or after a comma: "JK (45)", "Pt. JK, 45".
_SCALE_BEFORE = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]?[A-Z0-9]*(?:-[A-Za-z0-9]+)+"
    r"|[A-Z][a-z]?[A-Z]+\d[a-z0-9]*)"
    r"\s*:?\s+(?:[a-zà-ÿ]+\s+){0,2}(?:[A-Z]\s+)?$"
)

# The name of a scale or a lab value by its shape: a digit among capitals ("4AT", "4DKL", "HbA1c",
# "MMPI-2-RF"; two lower-case letters at most), capitals with a one-letter part ("HAM-D", "IES-R",
# "CGI-S") or a lower-case prefix before capitals ("eGFR"); then its score: "4AT 6", "eGFR 54".
_SCALE_NAME = re.compile(r"(?=[\w-]*[A-Z][\w-]*[A-Z])(?:[\w-]*\d[\w-]*|[A-Z]{2,}(?:-[A-Z])+|[a-z][A-Z]{2,}[a-z]?)")
_SCORE_AFTER = re.compile(r"\s*:?[ \t]+\d{1,3}(?:[.,]\d+)?(?![\w.,/-]*\w)")
# An organisation is named after a preposition ("bij Bet365 400 euro kwijt"); a scale is taken.
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:bij|via|van|voor|naar|op|met|aan|uit|in|door)\s+(?:de\s+|het\s+)?$")

# Days of the week, shortened, beside another one: "di en do", "ma/wo/vr", "za t/m zo".
_DAYS = r"(?:ma|di|wo|do|vr|za|zo)\.?"
_DAY_JOIN = r"\s*(?:,|/|&|-|\ben\b|\bof\b|\bt/m\b|\btot\b)\s*"
_DAY_BEFORE = re.compile(r"(?<![\w.])" + _DAYS + _DAY_JOIN + r"$")
_DAY_AFTER = re.compile(_DAY_JOIN + _DAYS + r"(?![\w])")
_DAY = re.compile(_DAYS)

Known = Callable[[str], bool]


def governing_word(token: str, start: int, text: str, inflected: Known) -> bool:
    """A lower-case token used as a determiner, a preposition or a verb with its object."""
    if not token.isalpha() or not token.islower():
        return False
    if token in DETERMINERS:
        return True
    end = start + len(token)
    return token.endswith("t") and _OBJECT_AFTER.match(text, end) is not None and inflected(token)


def quoted_phrase_opening(token: str, start: int, text: str, ordinary: Known, names: Collection[str]) -> bool:
    """The capitalised first word of a quoted phrase that goes on in lower case."""
    if not token.istitle() or not token.isalpha() or _QUOTE_BEFORE.search(text, max(0, start - 2), start) is None:
        return False
    low = token.lower()
    if low in names or not ordinary(low):
        return False
    return _PHRASE_GOES_ON.match(text, start + len(token)) is not None


def measured_number(token: str, start: int, text: str, names: Known = lambda _w: False) -> bool:
    """A number that is a value, a count per time, a sample size, a frequency or a dose
    (``names``: whether a lower-case word is a name, which no scale is: "KEES 19")."""
    if _PER_PERIOD.fullmatch(token) or _PRODUCT.fullmatch(token):
        return True
    if _DATE.fullmatch(token) and _PLANNED_LINE.search(text, max(0, start - 60), start):
        return True  # "Wanneer: 17-12-2026": the planned date of a micro-action
    if not _NUMBER.fullmatch(token):
        return False
    end = start + len(token)
    if _AGE_AFTER.match(text, end):
        return False  # "12 → 13 jaar": an age all the same
    before = text[max(0, start - 12) : start]
    return bool(
        _DECIMALS_BEFORE.search(before)
        or _NUMBERED_BEFORE.search(text, max(0, start - 40), start)
        or _changing_value(text, start, end)
        or _PER_TIME_AFTER.match(text, end)
        or _SAMPLE_BEFORE.search(before)
        or _MEASURE_AFTER.match(text, end)
        or _scale_score(text, start, names)
        or _after_a_scale_name(text, start)
    )


_TOKEN_BEFORE = re.compile(r"(?<![\w-])([\w-]+)\s*:?[ \t]+$")


def _after_a_scale_name(text: str, start: int) -> bool:
    """The score after a name shaped as a scale's (:func:`scale_with_a_score`): "eGFR 54"."""
    m = _TOKEN_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and scale_with_a_score(m.group(1), m.start(1), text)


def weekday_in_a_list(token: str, start: int, text: str) -> bool:
    """A day of the week, shortened, beside another one: "do" in "di en do", "vr" in "wo/vr"."""
    if not token.islower() or _DAY.fullmatch(token) is None:
        return False
    end = start + len(token)
    return bool(_DAY_BEFORE.search(text, max(0, start - 8), start) or _DAY_AFTER.match(text, end))


def scale_with_a_score(token: str, start: int, text: str) -> bool:
    """A scale's or a lab value's name, shaped as one, right before its score: "4AT 6", "eGFR 54"."""
    if _SCALE_NAME.fullmatch(token) is None or _SCORE_AFTER.match(text, start + len(token)) is None:
        return False
    if sum(c.islower() for c in token) > 2:
        return False  # "Fit4All 3 keer", "Proud2Bme": a name made of words and a digit
    return _PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is None


def _scale_score(text: str, start: int, names: Known) -> bool:
    m = _SCALE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    scale = m.group().split()[0].rstrip(":")
    if scale.isalpha() and scale.isupper():  # "PANSS", not "KEES" or "DEWI": a name in capitals
        return len(scale) >= 5 and not names(scale.lower())
    return sum(c.isalnum() for c in scale) >= 4


def _changing_value(text: str, start: int, end: int) -> bool:
    """A value in a chain "A → B (→ C)" that a scale, "score" or "van" names, or a unit follows."""
    back = _CHAIN_BEFORE.search(text, max(0, start - 40), start)
    ahead = _CHAIN_AFTER.match(text, end)
    if back is None and ahead is None:
        return False
    first, last = (back.start() if back else start), (ahead.end() if ahead else end)
    named = _SCORE_BEFORE.search(text, max(0, first - 16), first) is not None
    return named or _UNIT_AFTER.match(text, last) is not None


def world_word_in_place(token: str, start: int, text: str) -> bool:
    """A country or a language of CLDR's list after "in", "naar", "uit" or "het": "zoon in Canada"."""
    return token[:1].isalpha() and world_words_only(token) and where_or_which_language(text, start)
