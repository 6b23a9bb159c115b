"""Which detections a note's field keeps: the policy that makes pseudonymisation read in context.

A step-1 case note or a network sticky is where patient details live: everything the rules
find goes. A micro-action form is the team's own plan, split into its fields:

- ``deadline`` ("Wanneer"): planned dates and periods stay ("1 juni", "per 1 maart");
- ``action``, ``effect``, ``party`` (the rest of step 3): a date stays when the text says it is
  planned ("voor 1 juni bellen", "uiterlijk 15 januari"); other dates go;
- ``owner`` ("Wie"): role words always stay (they are never replaced, see :mod:`.protect`);
  a name stays when it is on the team's privacy list (``[behouden]``), otherwise it goes and the
  report says how many did;
- BSN, phone numbers and e-mail addresses go everywhere, whatever the field;
- the team list's ``[vervangen]`` entries go everywhere too.

Pure: works on :class:`~.rules.Found` spans, no deduce import.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .categories import category_of
from .roles import is_role_word, names_under_owner, role_spans
from .rules import Found
from .teamlist import TeamList
from .words import MONTHS_AND_DAYS, Lexicon, is_feast

NOTE = "note"  # anything that is not a micro-action form's field: everything identifying goes
FORM_FIELDS = ("party", "action", "effect", "owner", "deadline")
ALWAYS_REMOVED = frozenset({"bsn", "telefoonnummer", "email"})  # report categories
_DATE = "datum"
_NAME_CATEGORIES = frozenset({"persoon", "naam", "instelling", "locatie"})
# "voor 1 juni", "uiterlijk 15/1", "per 1 maart", "vanaf week 12", "binnen ... ", "eind mei".
# A weekday before a date names an appointment ("do 14/1 bellen"), and so does what a team plans
# ("MDO 20/1", "afspraak 2/2", "af 1 maart"), or a table's cell ("| do 14/1", "/ 22/1").
_PLANNED = re.compile(
    r"(?:\b(?:voor|vóór|uiterlijk|per|vanaf|op|in|binnen|tot|t/m|tot en met|rond|omstreeks|eind|begin|half|"
    r"medio|start|starten|deadline|wanneer|before|by|from|until|on|na|ná|tegen|wk|week|"
    r"ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mon|tue|wed|thu|fri|"
    r"mdo|afspraak|overleg|evaluatie|evalueren|bespreking|netwerkberaad|consult|huisbezoek|intake|gesprek|"
    r"klaar|af|gereed)\.?|[:>|/])\s*$",
    re.IGNORECASE,
)
# ... or a time or "klaar" after it ("2/2 om 10u", "3/2 klaar").
_PLANNED_AFTER = re.compile(
    r"\s*(?:om\s+\d|\d{1,2}[:.]\d{2}\b|\d{1,2}\s*u(?:ur)?\b|klaar\b|af\b|gereed\b)", re.IGNORECASE
)
# A day and a month, with a year or not: "12-3", "30/4", "17.06.2026".
_DATE_SHAPE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])(?:\1(?:\d{2}|\d{4}))?")
Span = tuple[str, int, int]  # (field, start, end) in the text as written


@dataclass(frozen=True, slots=True)
class Layout:
    """How one text is laid out: the fields of a form (``spans``), else one ``default`` field."""

    spans: tuple[Span, ...] = ()
    default: str = NOTE

    def end_at(self, pos: int) -> int | None:
        """Where the field value at ``pos`` ends (None: the text's end)."""
        return next((end for _, start, end in self.spans if start <= pos < end), None)

    def field_at(self, pos: int) -> str:
        for name, start, end in self.spans:
            if start <= pos < end:
                return name
        return self.default


PLAIN = Layout()


@dataclass(slots=True)
class Decision:
    replace: list[Found]
    kept: Counter[str] = field(default_factory=Counter)  # field -> detections left in place
    replaced: Counter[str] = field(default_factory=Counter)  # field -> detections replaced (forms only)
    kept_texts: list[str] = field(default_factory=list)  # what was left in place, for the review step


def decide(
    text: str,
    found: Sequence[Found],
    layout: Layout,
    team: TeamList | None = None,
) -> Decision:
    """The detections to replace in ``text``, given where each one stands."""
    decision = Decision(replace=[])
    for f in _without_roles(text, found, layout, decision):
        f = _value_part(text, f, layout)
        where = layout.field_at(f.start)
        if _a_label(text, f, layout):
            continue  # "When:", "Action:" read as a name: the form's own words, no one's
        if _keeps(text, f, where, team, layout.end_at(f.start)):
            decision.kept[where] += 1
            decision.kept_texts.append(text[f.start : f.end])
            continue
        decision.replace.append(f)
        if where != NOTE:
            decision.replaced[where] += 1
    if team is not None:
        taken = [(f.start, f.end) for f in decision.replace]
        for extra in team.to_replace(text):
            if not any(s < extra.end and extra.start < e for s, e in taken):
                decision.replace.append(extra)
                where = layout.field_at(extra.start)
                if where != NOTE:
                    decision.replaced[where] += 1
    decision.replace.sort(key=lambda f: f.start)
    return decision


def _value_part(text: str, f: Found, layout: Layout) -> Found:
    """A detection that starts on a form's label and runs into its value, cut to the value: a rule
    read "Partij - Buurman" as one double surname, but "Partij" is the form's own word."""
    for _, s, _ in layout.spans:
        if f.start < s < f.end and _A_LABEL_BEFORE_VALUE.fullmatch(text, f.start, s):
            return Found(s, f.end, f.tag)
    return f


# A label's words and its separator, all of a detection before a value: "Partij - ", "Wie: ".
_A_LABEL_BEFORE_VALUE = re.compile(r"[^\W\d][\w -]{0,30}?[ \t]*(?:[:|=]|->|→|[-–])\s*")


# What follows a label: "When:", "**Action:**", "Who |", "Wie ->".
_AFTER_LABEL = re.compile(r"\s*(?:\*\*|__)?\s*(?:[:?|=]|->|→)")


def _a_label(text: str, f: Found, layout: Layout) -> bool:
    """A detection in a form outside every value, before a separator: a label's word."""
    if not layout.spans or category_of(f.tag) in ALWAYS_REMOVED:
        return False
    if any(s < f.end and f.start < e for _, s, e in layout.spans):
        return False
    return _AFTER_LABEL.match(text, f.end) is not None


def _keeps(text: str, f: Found, where: str, team: TeamList | None, end: int | None = None) -> bool:
    cat = category_of(f.tag)
    if cat in ALWAYS_REMOVED or where == NOTE:
        return False
    fields = where.split("+")  # "owner+deadline": one value under two labels ("Wie/Wanneer: ...")
    if cat != _DATE and fields != ["owner"] and _calendar_only(text, f):
        # "Wanneer: Augustus", "wnr: 2026", "Streefdatum: 2e Pinksterdag": a month, feast or year
        # some rule read as a name or a number; in step-3 text only after a word that plans
        line_start = text.rfind("\n", 0, f.start) + 1
        before = text[max(line_start, f.start - 30) : f.start]
        if "deadline" in fields:
            return True
        if (_PLANNED.search(before) or _PLANS.search(before)) and _PAST_AFTER.match(text, f.end) is None:
            return True
    if "deadline" in fields and _DATE_SHAPE.fullmatch(text, f.start, f.end):
        return True  # "wnr: 12-3" read as a number after its keyword: under Wanneer it is a date
    if "deadline" in fields and cat in _NAME_CATEGORIES and _a_named_moment(text, f):
        return True  # "Wanneer: na Sankranti", "Wanneer: rond Vastelaovend 2026": a feast, no name
    if cat == _DATE:
        if "deadline" in fields:
            return True
        if fields != ["owner"]:
            return _planned_in_step3(text, f, end)
        return False
    if cat in _NAME_CATEGORIES and {"party", "owner"} & set(fields) and _a_party_word(text[f.start : f.end]):
        return True  # "Partij: Buren" (a town too), "Wie: docent Herstelacademie": who, not whose name
    if cat in _NAME_CATEGORIES and _CALENDAR_WORD_BEFORE_NUMBER.fullmatch(text, f.start, min(len(text), f.end + 12)):
        return True  # "za 1-2", "Do 3/4", "wk 12": a day or a week before its number in a form, no name
    if "owner" in fields and cat in _NAME_CATEGORIES:
        return team is not None and team.keeps(text[f.start : f.end])
    return False


# Under "Wanneer", a capitalised name right after a word that plans, ending the value (or its line,
# or a clause) with at most a year after it: "na Sankranti", "rond Vastelaovend 2026", "voor Obon,
# dan evalueren". Whatever the calendar, the value says when; "na Marloes' vakantie" or "voor
# Ahmed terug is" go on after the name and stay a name.
_PLAN_WORD_BEFORE = re.compile(
    r"(?i)(?:^|[\s:(])(?:na|ná|voor|vóór|rond|rondom|tijdens|vanaf|tot|begin|eind|half|medio)\s+"
    r"(?:(?:de|het)\s+)?$"
)
_VALUE_ENDS = re.compile(r"(?:\s+(?:19|20)\d{2}|\s*['’]\d{2})?\s*(?:$|[\n,;.!?)(]|\s[-–]\s)")


# A feast's own word right after the name, and then the value's end: the name qualifies the feast
# ("vóór Khmer Nieuwjaar", "na Chinees Nieuwjaar 2027"); "voor Ahmed Pasen viert" goes on and stays a name.
_FEAST_AFTER = re.compile(r"\s+([A-Za-zÀ-ÿ-]+)")


def _a_named_moment(text: str, f: Found) -> bool:
    line_start = text.rfind("\n", 0, f.start) + 1
    before = text[max(line_start, f.start - 40) : f.start]
    if _PLAN_WORD_BEFORE.search(before) is None:
        return False
    if _VALUE_ENDS.match(text, f.end) is not None:
        return True
    feast = _FEAST_AFTER.match(text, f.end)
    return feast is not None and is_feast(feast.group(1)) and _VALUE_ENDS.match(text, feast.end()) is not None


# A kind of place of care or work written as one capitalised compound, that a rule read as a
# name after a role ("docent Herstelacademie", "Partij: Wijkcentrum"); not "-huis", the ending
# of many surnames ("Veldhuis").
_KIND_COMPOUND = re.compile(
    r"[A-ZÀ-Þ]?[a-zà-ÿ]{3,}(?:academie|centrum|team|school|kliniek|loket|poli|afdeling|dienst|praktijk|steunpunt)"
    # a house of worship or a club by its kind, alone or in a compound: "Partij: Tempel", "Moskee", "Buurtkerk"
    r"|(?i:[a-zà-ÿ]*?(?:tempel|moskee|kerk|synagoge|gurdwara|mandir|parochie|kapel|vereniging|club))"
)


def _a_party_word(phrase: str) -> bool:
    """A role or family word ("Buren", "Zwager"), or a kind of place of care in one word."""
    return is_role_word(phrase) or _KIND_COMPOUND.fullmatch(phrase) is not None


_CALENDAR_TOKEN = re.compile(r"\w+|'\d\d|[^\w\s]")
_CONNECTORS = frozenset({"t", "m", "tot", "en", "of", "tm", "/", "-", "&", ".", "'", "+", "–"})


def _calendar_only(text: str, f: Found) -> bool:
    """Every word of the detection is a month, a day, a feast or season, a year or a day's number,
    an ordinal ("2e") or a word between them ("t/m", "&"): it dates, it names no one."""
    if is_feast(text[f.start : f.end]):
        return True  # "Sint-Maarten", "Keti Koti"
    tokens = _CALENDAR_TOKEN.findall(text, f.start, f.end)
    if not tokens:
        return False
    for t in tokens:
        low = t.lower().rstrip(".")
        if (
            low in _CONNECTORS
            or low in MONTHS_AND_DAYS
            or is_feast(low)
            or re.fullmatch(r"'?\d{1,2}|(?:19|20)\d\d|\d{1,2}(?:e|de|ste)", low)
        ):
            continue
        return False
    return True


# A day of the week (abbreviated or not) and the start of a date after it; a week or a block and
# its number ("wk 12", "blok 4").
_CALENDAR_WORD_BEFORE_NUMBER = re.compile(
    r"(?i:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|wk|week|kw|blok)\.?\s*\d{1,2}\b.*",
    re.DOTALL,
)


# Words before a date that plan, whatever the year: "voor Pasen 2025", "uiterlijk 1-3-2026".
_PLANS = re.compile(
    r"\b(?:voor|vóór|uiterlijk|na|ná|rond|binnen|tot|t/m|tegen|deadline|before|by|until)\.?\s*$", re.IGNORECASE
)
# Words before a date that say what happened or who someone is: "opname van 3 maart", "geb. 3/4".
_NOT_PLANNED_BEFORE = re.compile(
    r"\b(?:van|sinds|geb|geboren|overleden|opgenomen|ontslagen|dd|d\.d|gedateerd|vorige|afgelopen|sedert)\.?\s*$",
    re.IGNORECASE,
)
# What may stand after a date that ends an action's clause: "Huisarts bellen 1 juni.", "(3/4)".
_CLAUSE_END = re.compile(r"[\s.)!;,-]*")


# The rest of a range after its first date: " t/m 15-6", " tot 3 maart", " & 10 april".
_RANGE_AFTER = re.compile(
    r"\s*(?:t/m|tot en met|tot|[-–&]|en)\s*\d{1,2}(?:[-/.]\d{1,2}(?:[-/.]\d{2,4})?)?(?:\s+[a-z]{3,9}\.?)?",
    re.IGNORECASE,
)


def _planned_in_step3(text: str, f: Found, end: int | None) -> bool:
    """A date in the rest of a form (not under "Wanneer") that says when: after a word that plans
    ("voor 1 juni", "na Pasen"), before a time ("3/2 om 10u"), or closing the action's value or
    line ("Huisarts bellen 1 juni") where nothing before it says it happened ("opname van 3
    maart", "geb. 3/4"). Not when a verb in the past follows or its year has gone by (unless a
    word that plans stands before it)."""
    line_start = text.rfind("\n", 0, f.start) + 1
    before = text[max(line_start, f.start - 30) : f.start]
    if _PLANS.search(before):
        return _PAST_AFTER.match(text, f.end) is None
    line_end = text.find("\n", f.end)
    stop = min(end if end is not None else len(text), line_end if line_end >= 0 else len(text))
    after = _RANGE_AFTER.match(text, f.end, stop)  # "1-6 t/m 15-6": the range closes the value
    at = after.end() if after else f.end
    closes = _CLAUSE_END.fullmatch(text, at, max(at, stop)) is not None
    planned = (
        _PLANNED.search(before)
        or _PLANNED_AFTER.match(text, f.end)
        or (closes and before.strip() and not _NOT_PLANNED_BEFORE.search(before))
    )
    return bool(planned) and not _in_the_past(text, f)


# What happened, not what is planned: a verb in the past after the date ("op 5 maart was de
# opname", "per 1 mei werd hij ontslagen").
_PAST_AFTER = re.compile(
    r"[^\n.;]{0,25}?\b(?:was|waren|werd|werden|had|hadden|gebeurde|overleed|is\s+\w+\s+geweest|"
    r"opgenomen|ontslagen|gestopt|begonnen|verhuisd)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _in_the_past(text: str, f: Found) -> bool:
    """A date in the rest of a form that says what happened: a verb in the past after it, or a
    year before this one ("op 5 maart 2024 was de opname"). Under "Wanneer" every date stays."""
    year = _YEAR.search(text, f.start, f.end)
    if year is not None and int(year.group()) < time.localtime().tm_year:
        return True
    return _PAST_AFTER.match(text, f.end) is not None


def _owner_spans(layout: Layout) -> list[Span]:
    return [span for span in layout.spans if "owner" in span[0].split("+")]


# What is left of a detection once its roles are out and is no name: "de", "mijn", "(", "en".
_LEFTOVER = re.compile(r"(?i)(?:\W|\b(?:de|het|een|mijn|m'n|onze|ons|en|van|met|ik|wij|we)\b)*")


def _without_roles(text: str, found: Sequence[Found], layout: Layout, decision: Decision) -> list[Found]:
    """``found`` with the roles under "Wie" cut out of its name detections: "Wie: Casemanager"
    or "Wie: PMT'er" read as a name stays, "Wie: Ambulant begeleider Noord" keeps its role and
    loses its place, "Wie: Roos (SPV)" loses the name. A role cut out is left in place (and is
    not flagged for review), but counts as no kept name."""
    found = _within_fields(text, found, layout)
    owners = _owner_spans(layout)
    if not owners:
        return list(found)
    roles = [r for _, s, e in owners for r in role_spans(text, s, e)]
    out: list[Found] = []
    for f in found:
        hits = [(s, e) for s, e in roles if s < f.end and f.start < e]
        if not hits or "owner" not in layout.field_at(f.start).split("+") or category_of(f.tag) not in _NAME_CATEGORIES:
            out.append(f)
            continue
        decision.kept_texts.extend(text[max(s, f.start) : min(e, f.end)] for s, e in hits)
        pos = f.start
        for s, e in [*hits, (f.end, f.end)]:
            piece = (pos, min(s, f.end))
            if piece[1] > piece[0] and not _LEFTOVER.fullmatch(text, *piece):
                a, b = piece
                while a < b and not text[a].isalnum():
                    a += 1
                while b > a and not text[b - 1].isalnum():
                    b -= 1
                out.append(Found(a, b, f.tag))
            pos = max(pos, e)
    return out


def _within_fields(text: str, found: Sequence[Found], layout: Layout) -> list[Found]:
    """A detection that runs from a field's value into the next label ends where the value ends:
    "Wat: ... de Ayasofya moskee Wie: Okan" keeps its label "Wie". (One that runs on into the
    value's next line stays whole: "bellen met Jan\nde Vries".)"""
    if not layout.spans:
        return list(found)
    out = []
    for f in found:
        span = next(((s, e) for _, s, e in layout.spans if s <= f.start < e), None)
        if span is not None and f.end > span[1]:
            outside = [
                i
                for i in range(span[1], f.end)
                if text[i].isalnum() and not any(s <= i < e for _, s, e in layout.spans)
            ]
            if outside:
                end = span[1]
                while end > f.start and not text[end - 1].isalnum():
                    end -= 1
                f = Found(f.start, end, f.tag)
        out.append(f)
    return out


def owner_names(text: str, layout: Layout, found: Sequence[Found], lexicon: Lexicon | None = None) -> list[Found]:
    """Names under "Wie" that no rule found, as person detections ("Wie: tim", "Wie: Ben",
    "Wie: Roos (SPV)"): in so short a field a first name is a name even in lower case or when
    it is also a word; and (with a ``lexicon``) a capitalised word no list knows that stands
    alone for one who acts ("Wie: Radu", "Wie: Kasia + spv"). Not where a detection already stands."""
    out: list[Found] = []
    for _, s, e in _owner_spans(layout):
        spans = names_under_owner(text, s, e)
        if lexicon is not None:
            spans += [m for m in _unknown_members(text, s, e, lexicon) if m not in spans]
        for a, b in spans:
            if not any(f.start < b and a < f.end for f in found) and not any(o.start < b and a < o.end for o in out):
                out.append(Found(a, b, "persoon"))
    return out


# Where one who acts ends and the next begins under "Wie": "Noor + spv", "Radu/huisarts", "Jos (PB)".
_MEMBER_SEPARATOR = re.compile(r"\s*(?:[,;/&+()\[\]|]|\s(?:en|and|met|samen met|i\.?s\.?m\.?|of|or)\s|\s[-–]\s)\s*")
_ONE_WORD = re.compile(r"\s*(?:(?i:de|mijn|m'n|onze)\s+)?([A-ZÀ-Þa-zà-ÿ][a-zà-ÿ'’-]{2,})\s*")
# One who does what a short abbreviation names, written without its apostrophe: "pber", "spver",
# "ipser", "evvers" (a name of this shape is on deduce's list of first names, read before this).
_ABBREVIATION_DOER = re.compile(r"[a-z]{2,4}(?:er|ers|ster|sters)")
_VOWEL = re.compile(r"[aeiouyà-ÿ]")
# Who is no one in particular under "Wie" (lower case, no list holds them all).
_NO_ONE = frozenset(
    """ik wij we jij jullie zij hij ze u zelf iedereen allen allemaal allebei beiden samen team
    nnb ntb nvt tbd pt pte patient patiënt client cliënt me you all both everyone""".split()
)


def _unknown_name(word: str, lexicon: Lexicon) -> bool:
    """A word written as a name that no list knows as a role, a word or no one ("Radu"; in lower
    case too, "kasia", when it has a vowel: "pmt" may be a role no list holds)."""
    low = word.lower()
    if len(low) > 8:
        return False  # a long unknown word is more often a compound role ("Gokcounsellor") than a name
    if is_role_word(word) or low in _NO_ONE or not _VOWEL.search(low) or _ABBREVIATION_DOER.fullmatch(low):
        return False
    return lexicon.is_name_like(word if word[:1].isupper() else low.capitalize())


def _unknown_members(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Members under "Wie" that are one word that is no role, no word and no list's name: in so
    short a field it is a name ("Wie: Radu", "Kasia + spv", "wie: radu")."""
    out = []
    colon = text.rfind(":", start, end)
    pos = colon + 1 if colon >= 0 else start  # "Wie pakt het op: Radu": the label's tail is no one
    for sep in [*_MEMBER_SEPARATOR.finditer(text, pos, end), None]:
        stop = sep.start() if sep else end
        m = _ONE_WORD.fullmatch(text, pos, stop)
        # (in lower case not in brackets: "ik (outreach)" says how, not who)
        bracketed = sep is not None and sep.group().strip() == ")" and m is not None and m.group(1).islower()
        if m and not bracketed and _unknown_name(m.group(1), lexicon):
            out.append(m.span(1))
        pos = sep.end() if sep else end
    return out


def splice(text: str, spans: list[Found], replacements: tuple[str, ...], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with each span (sorted, not overlapping) replaced; a span that only
    partly lies inside the stretch is replaced whole there (its tag shows in both fields)."""
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
    for f, rep in zip(spans, replacements, strict=True):
        if f.end <= start or f.start >= end:
            continue
        out.append(text[pos : max(pos, f.start)])
        out.append(rep)
        pos = max(pos, min(f.end, end))
    out.append(text[pos:end])
    return "".join(out)
