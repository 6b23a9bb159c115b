"""Dates in shapes the Dutch date rules of :mod:`.rules` do not read, as new voices write them.

- A feast, fair or event of any calendar with its year, after a word that says when: "sinds
  Sankranti 2024", "tijdens de Kermis 2025", "na Easter Monday 2026", "rond Día de los Muertos
  '23". The shape (a when-word, a capitalised name of one to four words, a year) dates a moment
  whatever the calendar, so no list of feasts is needed; a law or a scheme with its year ("sinds
  de Wmo 2015", "de Jeugdwet 2015") is no moment and stays.
- A day's number and a month in another language: "30 juin 2025", "1. März 2016", "12th of
  March", "12 de marzo de 2024" (month names from CLDR, ``data/month_names.txt``).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .found import Found

_YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2})"
# Words that say when something happened or will: "sinds", "na", "tijdens de", "kort voor".
_WHEN = (
    r"(?i:sinds|sedert|na|ná|voor|vóór|tijdens|rond|rondom|vanaf|omstreeks|"
    r"(?:vlak|kort|net|direct|meteen)\s+(?:na|voor|vóór)|since|after|before|during|around)"
)
# A capitalised word with a lower-case letter after its capital (no acronym: "WK", "ECT").
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ][\wà-öø-ÿ'’-]*"
_LINK = r"(?:de|la|las|los|del|di|du|da|do|van|vanne|al|el|of|the|des|der|den)"
_FEAST_WITH_YEAR = re.compile(
    rf"(?<![\w-]){_WHEN}\s+(?:(?i:de|het|the)\s+)?"
    rf"({_CAP}(?:\s+(?:{_LINK}\s+){{0,2}}{_CAP}){{0,3}}(?:\s+(?i:van|in|of))?\s+{_YEAR})(?![\w/-]|[.,]\d)"
)
# A law, a scheme or an agreement named with its year: no moment of someone's life.
_NOT_A_MOMENT = re.compile(
    r"(?i)(?:\w*wet|wmo|wlz|zvw|wzd|wvggz|bopz|awbz|wajong|wia|wet\s+\w+|\w*akkoord|\w*regeling|\w*richtlijn|"
    r"\w*verdrag|\w*norm|\w*plan|\w*beleid|\w*visie|\w*programma|versie|update)"
)


_DUTCH_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


@cache
def _foreign_months() -> str:
    text = (Path(__file__).parent / "data" / "month_names.txt").read_text("utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    words += _DUTCH_MONTHS  # also English ones ("12th of September")
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _day_foreign_month() -> re.Pattern[str]:
    # "30 juin 2025", "1. März 2016", "12th of March", "12 de marzo de 2024", "3 Mart"
    return re.compile(
        rf"(?i)(?<![\w/.,-])((?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|e|\.)?\s+(?:of\s+|de\s+)?"
        rf"(?:{_foreign_months()})(?:,?\s+(?:de\s+)?(?:19|20)\d{{2}})?)(?![\w-])"
    )


def _a_moment(span: str) -> bool:
    name = span.rsplit(None, 1)[0]
    return not any(_NOT_A_MOMENT.fullmatch(w) for w in name.split())


def other_dates(text: str, year: bool) -> list[Found]:
    """Dates written as a feast with its year after a when-word, or with a foreign month name.
    Call only when ``text`` has a digit; ``year``: it has a year (a cheap gate)."""
    found = (
        [Found(*m.span(1), "datum") for m in _FEAST_WITH_YEAR.finditer(text) if _a_moment(m.group(1))] if year else []
    )
    found += [Found(*m.span(1), "datum") for m in _day_foreign_month().finditer(text)]
    return found
