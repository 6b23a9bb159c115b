"""De-identifying a harvest: every participant text goes through the scrubber once.

Template party labels and aliases are protected, so "huisarts" or "FACT" survive while a
person's name does not. Texts are scrubbed once each (the same note text appears in several
places of a harvest) and replaced everywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..template import Werkvorm
from .model import Harvest, Scrubbing

if TYPE_CHECKING:  # deduce is imported when a scrubber is made
    from ..privacy import Scrubber


def protected_words(wv: Werkvorm) -> list[str]:
    words = set()
    for p in wv.parties:
        words.update([p.label, *p.aliases])
    for s in wv.sectors:
        words.add(s.label)
    return sorted(w for w in words if w.strip())


def _texts(h: Harvest) -> set[str]:
    found = set(h.outside)
    for n in h.notes:
        found.add(n.text)
        if n.party:
            found.add(n.party)
    for g in h.groups:
        found.update(g.other)
        for texts in (*g.step1.values(), *g.questions.values()):
            found.update(texts)
        for placements in (*g.zones.values(), g.unplaced):
            found.update(p.name for p in placements if p.key is None)
        for a in g.micro_actions:
            found.update(v for v in (a.party, a.action, a.expected_effect, a.owner, a.deadline, a.text) if v)
    found.discard("")
    return found


def ready_scrubber(wv: Werkvorm, *, progress: Callable[[str], None] | None = None) -> Scrubber:
    """A scrubber for this werkvorm with its engine loaded (the slow part: worth doing early)."""
    from ..privacy import Scrubber

    scrubber = Scrubber(protected_words(wv), progress=progress)
    scrubber.prepare()
    return scrubber


def scrub_harvest(
    h: Harvest, wv: Werkvorm, *, progress: Callable[[str], None] | None = None, scrubber: Scrubber | None = None
) -> Harvest:
    """A copy of ``h`` with every participant text de-identified, and the counts per category.

    ``scrubber``: one made by :func:`ready_scrubber` for ``wv`` beforehand (else one is made)."""
    if scrubber is None:
        from ..privacy import Scrubber

        scrubber = Scrubber(protected_words(wv), progress=progress)
    texts = sorted(_texts(h))
    results = dict(zip(texts, scrubber.scrub_many(texts), strict=True))
    counts: Counter[str] = Counter()
    # Count per note (not per distinct text) so the report's figures match what was on the board.
    changed = 0
    for n in h.notes:
        r = results[n.text]
        counts.update(r.counts)
        changed += r.text != n.text

    def s(t: str | None) -> str | None:
        return results[t].text if t else t

    data = h.model_copy(deep=True)
    data.outside = [s(t) for t in data.outside]
    for n in data.notes:
        n.text = s(n.text)
        n.party = s(n.party)
    for g in data.groups:
        g.other = [s(t) for t in g.other]
        g.step1 = {k: [s(t) for t in v] for k, v in g.step1.items()}
        g.questions = {k: [s(t) for t in v] for k, v in g.questions.items()}
        for placements in (*g.zones.values(), g.unplaced):
            for p in placements:
                if p.key is None:
                    p.name = s(p.name)
        for a in g.micro_actions:
            a.party, a.action, a.expected_effect = s(a.party), s(a.action), s(a.expected_effect)
            a.owner, a.deadline, a.text = s(a.owner), s(a.deadline), s(a.text)
    data.scrubbing = Scrubbing(scrubbed=True, counts=dict(sorted(counts.items())), notes_changed=changed)
    return data
