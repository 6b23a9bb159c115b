"""Dates in shapes the Dutch date rules of :mod:`.rules` do not read, as new voices write them.

- A feast, fair or event of any calendar with its year, after a word that says when: "sinds
  Sankranti 2024", "tijdens de Kermis 2025", "na Easter Monday 2026", "rond Día de los Muertos
  '23". The shape (a when-word, a capitalised name of one to four words, a year) dates a moment
  whatever the calendar, so no list of feasts is needed; a law or a scheme with its year ("sinds
  de Wmo 2015", "de Jeugdwet 2015") is no moment and stays.
- A day's number and a month in another language: "30 juin 2025", "1. März 2016", "12th of
  March", "12 de marzo de 2024" (month names from CLDR, ``data/month_names.txt``).
- An event named by a word no word list knows, with its year, wherever it stands: "Velykden 2025
  was de eerste keer", "noemde de Palingsound 2024" (:func:`named_events`; a Dutch or English word
  with a year, "Budget 2026", "Windows 2010", and a law or a scheme, "Jeugdwet 2015", stay).
- A day and a month both as ordinal words: "rond de elfde van de elfde 2025", "op de derde van de
  vijfde." (:func:`ordinal_dates`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .english_vocabulary import is_english_word
from .found import Found
from .words import MONTHS_AND_DAYS, Lexicon

# A year, checked after for what stands before it (a pattern that opens with a character class scans fast).
_YEAR = re.compile(r"(?:19|20|['’])\d\d(?![\w/-]|[.,]\d)")
_NOT_BEFORE_A_YEAR = re.compile(r"[\w'’/.-]")
# Words that say when something happened or will: "sinds", "na", "tijdens de", "kort voor".
_WHEN = (
    r"(?i:sinds|sedert|na|ná|voor|vóór|tijdens|rond|rondom|vanaf|omstreeks|"
    r"(?:vlak|kort|net|direct|meteen)\s+(?:na|voor|vóór)|since|after|before|during|around)"
)
# A capitalised word with a lower-case letter after its capital (no acronym: "WK", "ECT").
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ][\wà-öø-ÿ'’-]*"
_LINK = r"(?:de|la|las|los|del|di|du|da|do|van|vanne|al|el|of|the|des|der|den)"
# What stands before a year (read in a short window that ends at the year; a scan anchored on the
# year is far cheaper than one that tries every position of every note).
_FEAST_BEFORE_YEAR = re.compile(
    rf"(?<![\w-]){_WHEN}\s+(?:(?i:de|het|the)\s+)?"
    rf"({_CAP}(?:\s+(?:{_LINK}\s+){{0,2}}{_CAP}){{0,3}})(?:\s+(?i:van|in|of))?\s+$"
)
# A law, a scheme or an agreement named with its year: no moment of someone's life.
_NOT_A_MOMENT = re.compile(
    r"(?i)(?:\w*wet|wmo|wlz|zvw|wzd|wvggz|bopz|awbz|wajong|wia|wet\s+\w+|\w*akkoord|\w*regeling|\w*richtlijn|"
    r"\w*verdrag|\w*norm|\w*plan|\w*beleid|\w*visie|\w*programma|versie|update)"
)


_DUTCH_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


@cache
def _month_names() -> frozenset[str]:
    text = (Path(__file__).parent / "data" / "month_names.txt").read_text("utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return frozenset(words + _DUTCH_MONTHS)  # also English ones ("12th of September")


# A day's number and the word after it ("30 juin", "1. März", "12th of March", "12 de marzo"); the
# word is looked up in the month names, then a year after it is taken along. (The pattern opens
# with a digit, so the scan jumps from digit to digit; what stands before the day is checked after.)
_DAY_AND_WORD = re.compile(r"(\d\d?)(?:st|nd|rd|th|e|\.)?\s+(?:of\s+|de\s+)?([^\W\d_]{3,12})(?![\w-])")
_NOT_BEFORE_A_DAY = re.compile(r"[\w/.,-]")
_YEAR_AFTER = re.compile(r",?\s+(?:de\s+)?(?:19|20)\d{2}(?![\w-])")


def _a_moment(name: str) -> bool:
    return not any(_NOT_A_MOMENT.fullmatch(w) for w in name.split())


def other_dates(text: str, year: bool) -> list[Found]:
    """Dates written as a feast with its year after a when-word, or with a foreign month name.
    Call only when ``text`` has a digit; ``year``: it has a year (a cheap gate)."""
    found = []
    if year:
        for y in _YEAR.finditer(text):
            if y.start() and _NOT_BEFORE_A_YEAR.match(text, y.start() - 1):
                continue
            m = _FEAST_BEFORE_YEAR.search(text, max(0, y.start() - 80), y.start())
            if m and _a_moment(m.group(1)):
                found.append(Found(m.start(1), y.end(), "datum"))
    months = _month_names()
    for m in _DAY_AND_WORD.finditer(text):
        if m.start() and _NOT_BEFORE_A_DAY.match(text, m.start() - 1):
            continue
        if 1 <= int(m.group(1)) <= 31 and m.group(2).lower() in months:
            after = _YEAR_AFTER.match(text, m.end())
            found.append(Found(m.start(), after.end() if after else m.end(), "datum"))
    return found


# A year, and the capitalised word (a lower-case letter after its capital: no acronym) right before it
# (read back from the year: a scan anchored on a digit is far cheaper than one from every capital).
_A_YEAR = re.compile(r"(?:19|20)\d\d(?![\w/-]|[.,]\d)")
_WORD_BEFORE_YEAR = re.compile(r"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,})\s+$")


def named_events(text: str, lexicon: Lexicon) -> list[Found]:
    """Events named by a word no Dutch or English word list knows, dated by the year after it:
    "Velykden 2025 was de eerste keer", "noemde de Palingsound 2024". No when-word is needed: the
    unknown name and its year together date a moment of someone's life, whatever the calendar.
    Call only with the word lists loaded (``lexicon.words``) and when ``text`` has a digit."""
    found = []
    for y in _A_YEAR.finditer(text):
        m = _WORD_BEFORE_YEAR.search(text, max(0, y.start() - 40), y.start())
        if m is None or not _a_moment(m.group(1)):
            continue
        low = m.group(1).lower()
        if _a_word(low, lexicon):
            continue  # "Budget 2026", "Kilo 2019", "Windows 2010": a word with a year, no event
        start = m.start(1)
        # the event's other words before it: "Maha Shivaratri 2026", "Qurban Bayram 2025" (no Dutch word,
        # and no English one where a sentence opens: "Since Velykden 2025")
        while (w := _CAP_BEFORE.search(text, max(0, start - 30), start)) and not _a_word(
            w.group(1).lower(), lexicon, english=_SENTENCE_START.search(text, 0, w.start(1)) is not None
        ):
            start = w.start(1)
        found.append(Found(start, y.end(), "datum"))
    return found


_CAP_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})\s+$")


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _a_word(low: str, lexicon: Lexicon, english: bool = True) -> bool:
    dutch = low in MONTHS_AND_DAYS or lexicon.is_ordinary(low) or lexicon.common(low)
    return dutch or (english and is_english_word(low))


_ORDINAL_DAY = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?twintigste|eenendertigste|dertigste|"
    r"eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende|"
    r"veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|[1-9](?:e|de|ste)|[12]\d(?:e|ste)|3[01]e|"
    r"3[01]ste"
)
_ORDINAL_MONTH = (
    r"eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|[1-9](?:e|de|ste)|1[0-2]e"
)
# "de elfde van de elfde 2025", "op de 3e van de 5e.": the day, then the month, both ordinals; a year
# or the end of the sentence after it ("de eerste van de tweede groep" is no date).
_ORDINAL_DATE = re.compile(
    rf"(?i)(?<![\w-])de\s+((?:{_ORDINAL_DAY})\s+van\s+de\s+(?:{_ORDINAL_MONTH})(?:\s+(?:19|20)\d\d)?)"
    r"(?=\s*[,.;:!?)]|\s*$)"
)


def ordinal_dates(text: str) -> list[Found]:
    """Dates written as "de elfde van de elfde 2025" (call when ``text`` holds " van de ")."""
    return [Found(*m.span(1), "datum") for m in _ORDINAL_DATE.finditer(text)]
