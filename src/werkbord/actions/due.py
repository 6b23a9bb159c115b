"""Due dates from what participants wrote under "Wanneer", relative to the session date.

A table of written forms, Dutch and English, read by rules in a fixed order (absolute dates before
relative ones, a named day before a bare weekday). What none of them reads stays text with no date:
a reminder on a guessed day is worse than none. The conventions, chosen before the rules were
written (tests/data/due_forms_frozen.tsv):

- a weekday alone is its next occurrence after the session day ("vrijdag", "next Friday");
- a period is due on its last day: "volgende week" the Friday of next week, "eind januari" and
  "in januari" the 31st, "volgende maand" that month's last day; "half januari" the 15th,
  "begin januari" the 1st;
- "over", "binnen", "in", "within": counted from the session day ("binnen twee weken");
- a date without a year is the next one on or after the session day;
- "voor <date>" is that date; "voor <season or holiday>" the day before it ("voor de zomer": 30 June).

Why not a date-parsing library: dateparser 1.5 (measured here) read 13 of 28 typical forms and
none of "binnen twee weken", "voor de zomer", "komende vrijdag" or "week 3", while adding ~10 MB of
dependencies and ~0.2 s to the first parse; the forms that matter here would need these rules anyway.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

_MONTHS = {
    # Dutch
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # English (abbreviations shared with Dutch are above)
    "january": 1,
    "february": 2,
    "march": 3,
    "mar": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "oct": 10,
}
_WEEKDAYS = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Short forms only count as the whole text ("zo snel mogelijk" is not a Sunday).
_WEEKDAY_SHORT = {
    "ma": 0,
    "di": 1,
    "wo": 2,
    "do": 3,
    "vr": 4,
    "vrij": 4,
    "za": 5,
    "zo": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_NUMBERS = {
    "een": 1,
    "eén": 1,
    "1": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "veertien": 14,
    "twintig": 20,
    "dertig": 30,
    "anderhalve": 1.5,
    "anderhalf": 1.5,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "twenty": 20,
    "thirty": 30,
}
_UNITS = {
    "dag": "d",
    "dagen": "d",
    "day": "d",
    "days": "d",
    "week": "w",
    "weken": "w",
    "wk": "w",
    "weeks": "w",
    "wkn": "w",
    "maand": "m",
    "maanden": "m",
    "mnd": "m",
    "month": "m",
    "months": "m",
}
# Seasons and holidays: (month, day) the "voor ..." / "before ..." form is due, and the "na ..." one.
_EVENTS = {
    "zomer": ((6, 30), (9, 1)),
    "zomervakantie": ((6, 30), (9, 1)),
    "summer": ((6, 30), (9, 1)),
    "kerst": ((12, 24), (1, 4)),
    "kerstmis": ((12, 24), (1, 4)),
    "kerstvakantie": ((12, 18), (1, 4)),
    "christmas": ((12, 24), (1, 4)),
    "nieuwjaar": ((12, 31), (1, 4)),
    "jaarwisseling": ((12, 31), (1, 4)),
    "herfst": ((9, 21), (12, 21)),
    "najaar": ((9, 21), (12, 21)),
    "autumn": ((9, 21), (12, 21)),
    "herfstvakantie": ((10, 9), (10, 26)),
    "winter": ((12, 20), (3, 21)),
    "voorjaar": ((3, 20), (6, 21)),
    "lente": ((3, 20), (6, 21)),
    "spring": ((3, 20), (6, 21)),
    "voorjaarsvakantie": ((2, 12), (3, 1)),
    "pasen": ((3, 31), (4, 15)),
    "easter": ((3, 31), (4, 15)),
}

_M = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_WD = "(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b"
_U = "(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b"
_N = r"(?P<n>\d+(?:[.,]5)?)"
_NEXT = r"(?:volgende|komende|next|coming)"
_THIS = r"(?:deze|this)"
_END = r"(?:eind|einde|end|late|laatst)"

Rule = Callable[[re.Match[str], date], date | None]


def _normalise(text: str) -> str:
    """Lower case, no accents, no times of day, numbers written out as digits."""
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("a.s.", " aanstaande ")
    t = re.sub(r"(\d) ?(?:a|tot|of|or|to) ?(\d)", r"\1-\2", t)  # "2 a 3 weken" before "a" means 1
    t = re.sub(r"\b\d{1,2}:\d{2}\b|\bom \d{1,2} ?uur\b|\b\d{1,2} ?uur\b", " ", t)  # a time of day
    t = re.sub(r"\b(\d{1,2})(?:ste|de|e|st|nd|rd|th)\b", r"\1", t)  # 1ste, 15e, 15th
    t = re.sub(r"[^\w\-/.,\[\] ]", " ", t)
    t = re.sub(r"[.,](?=\s|$)", " ", t)  # sentence punctuation, not 15.1.2027 or 1,5
    words = [str(_NUMBERS.get(w, w)) if w in _NUMBERS else w for w in t.split()]
    return " ".join(words)


def _next_on_or_after(month: int, day: int, start: date) -> date | None:
    for year in (start.year, start.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= start:
            return found
    return None


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _friday_of(d: date) -> date:
    return d + timedelta(days=4 - d.weekday())


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


def _make(year: int | None, month: int, day: int, s: date) -> date | None:
    if year is None:
        return _next_on_or_after(month, day, s)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(m: re.Match[str], s: date) -> date | None:
    return _make(int(m["y"]), int(m["mo"]), int(m["d"]), s)


def _numeric(m: re.Match[str], s: date) -> date | None:
    day, month = int(m["d"]), int(m["mo"])
    if month > 12 >= day:  # 12/15: month first, as in American English
        day, month = month, day
    return _make(_year(m["y"]), month, day, s)


def _day_month(m: re.Match[str], s: date) -> date | None:
    return _make(_year(m["y"]), _MONTHS[m["month"]], int(m["d"]), s)


def _relative(m: re.Match[str], s: date) -> date | None:
    n = float(m["n"].replace(",", "."))
    unit = _UNITS[m["unit"]]
    if unit == "d":
        return s + timedelta(days=int(n))
    if unit == "w":
        return s + timedelta(days=int(n * 7))
    whole = int(n)
    return _add_months(s, whole) + timedelta(days=int((n - whole) * 30))


def _iso_week(m: re.Match[str], s: date) -> date | None:
    week = int(m["n"])
    for year in (s.year, s.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            continue
        if friday >= s:
            return friday
    return None


def _month_part(m: re.Match[str], s: date) -> date | None:
    month, part = _MONTHS[m["month"]], m["part"]
    year = _year(m["y"])
    if year is None:
        year = s.year if month >= s.month else s.year + 1
    if part in ("begin", "start", "early", "begin van"):
        return date(year, month, 1)
    if part in ("half", "medio", "mid", "midden"):
        return date(year, month, 15)
    if part in ("voor", "before"):
        if year == s.year and month == s.month:
            year += 1
        return date(year, month, 1) - timedelta(days=1)
    return _last_day(year, month)


def _this_month(m: re.Match[str], s: date) -> date | None:
    return _last_day(s.year, s.month)


def _next_month(m: re.Match[str], s: date) -> date | None:
    nxt = _add_months(s.replace(day=1), 1)
    return _last_day(nxt.year, nxt.month)


def _end_of_year(m: re.Match[str], s: date) -> date | None:
    return date(s.year, 12, 31)


def _weekday_next_week(m: re.Match[str], s: date) -> date | None:
    monday = s - timedelta(days=s.weekday()) + timedelta(days=7)
    return monday + timedelta(days=_WEEKDAYS[m["weekday"]])


def _next_week(m: re.Match[str], s: date) -> date | None:
    return _friday_of(s + timedelta(days=7))


def _this_week(m: re.Match[str], s: date) -> date | None:
    return max(_friday_of(s), s)


def _weekday(m: re.Match[str], s: date) -> date | None:
    wanted = _WEEKDAYS.get(m["weekday"], _WEEKDAY_SHORT.get(m["weekday"]))
    if wanted is None:
        return None
    return s + timedelta(days=(wanted - s.weekday() - 1) % 7 + 1)


def _days(n: int) -> Rule:
    return lambda m, s: s + timedelta(days=n)


def _event(m: re.Match[str], s: date) -> date | None:
    before, after = _EVENTS[m["event"]]
    month, day = after if m["when"] in ("na", "after", "na afloop van") else before
    return _next_on_or_after(month, day, s)


_EV = "(?P<event>" + "|".join(sorted(_EVENTS, key=len, reverse=True)) + r")\b"
_SHORT = "(?P<weekday>" + "|".join(sorted(_WEEKDAY_SHORT, key=len, reverse=True)) + ")"

# In this order: the first rule that matches decides.
_RULES: tuple[tuple[re.Pattern[str], Rule], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\b(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})\b", _iso),
        (r"\b(?P<d>\d{1,2})[-/.](?P<mo>\d{1,2})[-/.](?P<y>\d{4}|\d{2})\b", _numeric),
        (r"\b(?P<d>\d{1,2}) ?(?:-|of )?" + _M + r"(?: ?-?(?P<y>\d{4}))?", _day_month),
        (r"\b" + _M + r" (?P<d>\d{1,2})\b(?:,? (?P<y>\d{4}))?", _day_month),
        (r"\b(?:\d+(?:[.,]5)?)-" + _N + " ?" + _U, _relative),  # "2-3 weken": the later
        (r"\b" + _N + " ?" + _U, _relative),
        (r"\b(?P<d>\d{1,2})[/-](?P<mo>\d{1,2})(?P<y>)\b(?![/-]\d)", _numeric),
        (r"\b(?:week|wk)(?: nr| nummer)? ?(?P<n>\d{1,2})\b", _iso_week),
        (
            r"\b(?P<part>begin van|begin|start|early|half|medio|mid|midden|eind|einde|end|late|voor|before)"
            r"(?: van| of)?(?: de maand| the month)? ?-? ?" + _M + r"(?: (?P<y>\d{4}))?",
            _month_part,
        ),
        (r"\b" + _END + r"(?: van)?(?: de| het| the| this)? (?:" + _NEXT + r" maand|next month)\b", _next_month),
        (r"\b(?:" + _NEXT + r" maand|next month)\b", _next_month),
        (
            r"\b"
            + _END
            + r"(?: van| of)?(?: de| deze| the| this)? (?:maand|month)\b|\b"
            + _THIS
            + r" (?:maand|month)\b",
            _this_month,
        ),
        (
            r"\b" + _END + r"(?: van| of)?(?: het| dit| the| this)? (?:jaar|year)\b|\b(?:dit jaar|this year)\b",
            _end_of_year,
        ),
        (r"\b(?P<part>in)? ?" + _M + r"(?: (?P<y>\d{4}))?", _month_part),
        (r"\b(?P<when>voor|before|na|after|rond|around|in)(?: de| het| the)? " + _EV, _event),
        (r"\b" + _NEXT + r" week " + _WD, _weekday_next_week),
        (r"\b" + _WD + " (?:" + _NEXT + r" week|over 1 week)\b", _weekday_next_week),
        (r"\b(?:" + _NEXT + r" week|over (?:1|een) week)\b", _next_week),
        (r"\b" + _THIS + r" week\b|\bnog deze week\b", _this_week),
        (r"\bovermorgen\b|\bday after tomorrow\b", _days(2)),
        (r"\bmorgen\b|\btomorrow\b", _days(1)),
        (r"\bvandaag\b|\btoday\b", _days(0)),
        (r"\b" + _WD, _weekday),
        (
            r"^(?:(?:op|uiterlijk|voor|by|on|before|komende|aanstaande|next|this) )?" + _SHORT + r"(?: aanstaande)?$",
            _weekday,
        ),
    )
)


def read_due(text: str | None, session: date | None, *, lang: str = "nl") -> date | None:
    """The date ``text`` names, counted from the session day; None when it names none.

    ``lang`` is the session's language; both languages' forms are read either way, since a Dutch
    team may write "next week" and an English one "vrijdag".
    """
    if not text or session is None:
        return None
    t = _normalise(text)
    if not t or re.search(r"\[(?:datum|date)", t):  # a pseudonymised date names no day any more
        return None
    t = re.sub(r"\[[^\]]*\]", " ", t)
    for pattern, rule in _RULES:
        m = pattern.search(t)
        if m is not None:
            return rule(m, session)
    return None
