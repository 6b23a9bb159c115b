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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .categories import category_of
from .rules import Found
from .teamlist import TeamList
from .words import NOT_INITIALS, ROLE_WORDS

NOTE = "note"  # anything that is not a micro-action form's field: everything identifying goes
FORM_FIELDS = ("party", "action", "effect", "owner", "deadline")
ALWAYS_REMOVED = frozenset({"bsn", "telefoonnummer", "email"})  # report categories
_DATE = "datum"
_NAME_CATEGORIES = frozenset({"persoon", "naam", "instelling", "locatie"})
# "voor 1 juni", "uiterlijk 15/1", "per 1 maart", "vanaf week 12", "binnen ... ", "eind mei".
# Also a weekday or a meeting right before the date ("do 14/1", "MDO 20/1"), or a table's cell
# ("| do 14/1", "/ 22/1"): an appointment the plan makes.
_PLANNED = re.compile(
    r"(?:\b(?:voor|vóór|uiterlijk|per|vanaf|op|in|binnen|tot|t/m|tot en met|rond|omstreeks|eind|begin|half|"
    r"medio|start|starten|deadline|wanneer|before|by|from|until|on|"
    r"ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"mdo|overleg|afspraak|evaluatie|bespreking|netwerkberaad|intake)\.?|[:>|/])\s*$",
    re.IGNORECASE,
)
Span = tuple[str, int, int]  # (field, start, end) in the text as written


@dataclass(frozen=True, slots=True)
class Layout:
    """How one text is laid out: the fields of a form (``spans``), else one ``default`` field."""

    spans: tuple[Span, ...] = ()
    default: str = NOTE

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
    for f in found:
        where = layout.field_at(f.start)
        if _keeps(text, f, where, team):
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


# "PMT'er", "SPV'ers", "POH'er": one who does what a care abbreviation names (its stem must be one).
_ROLE_OF_ABBREVIATION = re.compile(r"\b(\w{2,6})['’](?:ers?|sters?)\b")


def _keeps(text: str, f: Found, where: str, team: TeamList | None) -> bool:
    cat = category_of(f.tag)
    if cat in ALWAYS_REMOVED or where == NOTE:
        return False
    if cat == _DATE:
        if where == "deadline":
            return True
        if where != "owner":
            line_start = text.rfind("\n", 0, f.start) + 1
            return bool(_PLANNED.search(text[max(line_start, f.start - 30) : f.start]))
        return False
    if where == "owner" and cat in _NAME_CATEGORIES:
        span = text[f.start : f.end].lower()
        doers = [m.group(1) for m in _ROLE_OF_ABBREVIATION.finditer(span)]
        words = re.findall(r"\w+", _ROLE_OF_ABBREVIATION.sub(" ", span))
        if (words or doers) and all(w in ROLE_WORDS for w in words) and all(d in NOT_INITIALS for d in doers):
            return True  # "Wie: Casemanager", "Wie: PMT'er" read as a name: a role stays
        return team is not None and team.keeps(text[f.start : f.end])
    return False


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
