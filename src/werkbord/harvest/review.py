"""Applying a team's review decisions to a harvest that was already pseudonymised.

``werkbord review`` asks a person about each suspect; a word to replace goes onto the team's
privacy list (``[vervangen]``) and out of every text of the harvest, as ``[NAAM-n]`` numbered
per text after the ones already there; a word to keep goes onto ``[behouden]`` and is no longer
a suspect. The same list makes every later harvest do the same by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..privacy.teamlist import REPLACE_TAG, TeamList, key
from .model import Harvest, ReviewItem
from .texts import map_texts


@dataclass(frozen=True)
class ReviewQuestion:
    """One suspect put to the reviewer: where it stands, the note around it, why it looks identifying."""

    number: int  # 1-based, of ``total`` still to decide (an earlier answer can settle later ones)
    total: int
    session: str  # the session's title
    group: str | None  # the group's name, None outside every group
    before: str  # the note up to the suspect
    suspect: str
    after: str
    why: str


@dataclass(frozen=True)
class ReviewOutcome:
    """What a review decided, and the files it rewrote."""

    kept: list[str]  # words put under [behouden]
    replaced: list[str]  # words put under [vervangen]
    stopped: bool  # the reviewer stopped before the last suspect
    privacy_list: Path
    written: list[Path]  # the harvest files and reports rewritten


_LABEL = REPLACE_TAG.upper()
_NUMBERED = re.compile(rf"\[{_LABEL}-(\d+)\]")
_ANY_TAG = re.compile(r"\[[A-Z]+(?:-\d+)?\]")


def replace_listed(text: str, team: TeamList) -> tuple[str, int]:
    """``text`` with the list's ``[vervangen]`` entries replaced; and how many were."""
    tags = [m.span() for m in _ANY_TAG.finditer(text)]
    # A listed word inside a tag ("naam" in "[NAAM-1]") is the tag, not the word.
    found = [f for f in team.to_replace(text) if not any(s < f.end and f.start < e for s, e in tags)]
    if not found:
        return text, 0
    n = max((int(m.group(1)) for m in _NUMBERED.finditer(text)), default=0)
    numbers: dict[str, int] = {}
    out, pos = [], 0
    for f in found:
        word = key(text[f.start : f.end])
        if word not in numbers:
            n += 1
            numbers[word] = n
        out += [text[pos : f.start], f"[{_LABEL}-{numbers[word]}]"]
        pos = f.end
    out.append(text[pos:])
    return "".join(out), len(found)


def apply_decisions(h: Harvest, team: TeamList) -> Harvest:
    """``h`` with the list's ``[vervangen]`` entries replaced everywhere and its decided suspects
    off the review list (the others pointing at where they now stand)."""
    cache: dict[str, str] = {}

    def fn(t: str) -> str:
        if t not in cache:
            cache[t] = replace_listed(t, team)[0]
        return cache[t]

    data = map_texts(h, fn)
    replaced = sum(replace_listed(n.text, team)[1] for n in h.notes if n.text)
    if replaced:
        counts = dict(data.scrubbing.counts)
        counts[REPLACE_TAG] = counts.get(REPLACE_TAG, 0) + replaced
        # A note without any tag was left untouched by the harvest: it counts as changed now.
        pairs = zip(h.notes, data.notes, strict=True)
        changed = sum(1 for old, new in pairs if old.text != new.text and not _ANY_TAG.search(old.text))
        data.scrubbing = data.scrubbing.model_copy(
            update={"counts": dict(sorted(counts.items())), "notes_changed": data.scrubbing.notes_changed + changed}
        )
    texts = {n.id: n.text for n in data.notes}
    review: list[ReviewItem] = []
    for item in h.review:
        if team.decided(item.text):
            continue
        now = texts.get(item.note, "")
        at = item.start if item.start is not None and now[item.start :].startswith(item.text) else now.find(item.text)
        if at >= 0:
            review.append(item.model_copy(update={"start": at}))
    data.review = review
    return data
