"""What a reader checks before sharing: the suspects of every note, and how each field was treated.

Pseudonymisation reads a note's field (:mod:`werkbord.privacy.fields`); the report says so in
one line (:func:`fields_line`). What no rule could decide stays in the note as a *suspect*;
:func:`review_entries` lists each one in its note, for the HTML report's opening section
"Controleer vóór delen" (the text stays plain here: the template escapes it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..harvest.model import Harvest
from .labels import Labels

_CONTEXT = 70  # characters of the note shown either side of a suspect


@dataclass(frozen=True)
class ReviewEntry:
    where: str  # "Groep 2" (with the session's title when a report has several)
    before: str  # the note up to the suspect (shortened to its end)
    suspect: str
    after: str  # the note after the suspect (shortened)
    why: str


@dataclass(frozen=True)
class ReviewSection:
    title: str
    explain: str
    empty: str  # said when there is nothing to check
    entries: list[ReviewEntry]
    owners: str = ""  # how to keep the replaced names under "Wie", when there were any


def review_section(harvests: Sequence[Harvest], labels: Labels) -> ReviewSection:
    return ReviewSection(
        labels["review_title"],
        labels["review_explain"],
        labels["review_none"],
        review_entries(harvests, labels),
        owners_replaced_line(harvests, labels),
    )


def owners_replaced_line(harvests: Sequence[Harvest], labels: Labels) -> str:
    """How to keep the names under "Wie" that were replaced ("" when none was): a team member's
    name is kept only when the team's privacy list holds it, and a harvest cannot give it back
    (it never stores the name), so the reader is told where to put it before harvesting again."""
    n = sum(h.scrubbing.replaced.get("owner", 0) for h in harvests if h.scrubbing.scrubbed)
    if not n:
        return ""
    return labels["review_owners_one"] if n == 1 else labels["review_owners_many"].format(n=n)


def _dates_kept(h: Harvest) -> int:
    return sum(v for k, v in h.scrubbing.kept.items() if k != "owner")


def fields_line(harvests: Sequence[Harvest], labels: Labels) -> str:
    """How each field was treated, in one line, with what was kept and replaced under Wie/Wanneer."""
    used = [h for h in harvests if h.scrubbing.scrubbed]
    return labels["fields_line"].format(
        dates=sum(_dates_kept(h) for h in used),
        kept_names=sum(h.scrubbing.kept.get("owner", 0) for h in used),
        names=sum(h.scrubbing.replaced.get("owner", 0) for h in used),
    )


def review_entries(harvests: Sequence[Harvest], labels: Labels) -> list[ReviewEntry]:
    several = len(harvests) > 1
    out: list[ReviewEntry] = []
    for h in harvests:
        notes = {n.id: n for n in h.notes}
        names = {g.index: g.name for g in h.groups}
        for item in h.review:
            note = notes.get(item.note)
            if note is None:
                continue
            text = note.text
            at = item.start
            if at is None or text[at : at + len(item.text)] != item.text:
                at = text.find(item.text)
            if at < 0:
                continue  # no longer in the note (replaced since)
            where = (
                names.get(note.group, labels["outside_groups"]) if note.group is not None else labels["outside_groups"]
            )
            if several:
                where = f"{h.title} · {where}"
            before, after = text[:at], text[at + len(item.text) :]
            if len(before) > _CONTEXT:
                before = "…" + before[-_CONTEXT:]
            if len(after) > _CONTEXT:
                after = after[:_CONTEXT] + "…"
            out.append(ReviewEntry(where, before, item.text, after, item.why))
    return out
