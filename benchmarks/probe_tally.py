"""The tally scaffold the generated de-identification probes share (deid_*_probe.py and their
kin): a pool cut into a tuning and a reporting half, one scrubber and suspect finder per run, a
row of counts per cell of a table, rows summed into totals, and shares printed the same way.

What a count MEANS stays in each probe: a probe's row is a :class:`Tally` subclass with its own
named fields and a comment on each ("removed: identifier gone; clean notes: untouched"), and
:meth:`Tally.add` sums whatever int fields a row has, so no meaning hides behind a flag here.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402

HALVES = ("tune", "report")


def half(pool: list | tuple, which: str, halves: tuple[str, str] = HALVES) -> list:
    """The tuning (even positions) or reporting (odd positions) half of a pool; ``halves`` names
    the two halves (some probes call the second one "held")."""
    return list(pool[halves.index(which) :: 2])


def halves(items: Iterable[str], names: tuple[str, str] = HALVES) -> dict[str, list[str]]:
    """A pool cut into both halves at once: {names[0]: even positions, names[1]: odd positions}."""
    items = list(items)
    return {name: half(items, name, names) for name in names}


@dataclass
class Tally:
    """One cell of a probe's table: how many notes it scored, the probe's own counts (a
    subclass's int fields) and what to list under --show (``misses``)."""

    notes: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> Self:
        """Adds ``other``'s counts (every int field) to this row; its misses are not copied."""
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, int):
                setattr(self, f.name, value + getattr(other, f.name))
        return self


K = TypeVar("K")
G = TypeVar("G", bound=Hashable)
T = TypeVar("T", bound=Tally)


def totals(results: Mapping[K, T], by: Callable[[K], G | None], make: Callable[[], T]) -> dict[G, T]:
    """The rows of ``results`` summed per group ``by(key)`` (in the order groups first appear);
    a key whose group is None is left out."""
    out: dict[G, T] = {}
    for key, row in results.items():
        group = by(key)
        if group is not None:
            out.setdefault(group, make()).add(row)
    return out


def total(rows: Iterable[T], make: Callable[[], T]) -> T:
    """All ``rows`` summed into one."""
    acc = make()
    for row in rows:
        acc.add(row)
    return acc


def share(part: int, whole: int) -> str:
    """'97.5% of 120', or '—' when there is nothing to share."""
    return f"{part / whole:.1%} of {whole}" if whole else "—"


def column_share(part: int, whole: int) -> str:
    """' 97.5 % of  120' in a fixed width, for columns aligned with spaces, or a dash."""
    return f"{100 * part / whole:5.1f} % of {whole:4d}" if whole else "      —       "


def pct(part: int, whole: int) -> str:
    """'98%' (whole percents, for dense tables), or '—'."""
    return f"{part / whole:.0%}" if whole else "—"


def per_100(count: int, notes: int, digits: int = 1) -> str:
    """``count`` per 100 notes ('12.5'), or '—' without notes."""
    return f"{100 * count / notes:.{digits}f}" if notes else "—"


@dataclass(frozen=True)
class Pipeline:
    """What a probe runs on each note: werkbord's scrubber (text, field) -> (scrubbed, number of
    tags) and the review step's suspect finder, both protecting the template's words."""

    scrub: dq.Scrub
    suspects: dq.Suspects

    @classmethod
    def load(cls) -> Pipeline:
        template = dq.template_words()
        return cls(dq.werkbord_scrub(sorted(template)), dq.werkbord_suspects(template))


def spans(found: Iterable) -> list[tuple[int, int]]:
    """The (start, end) of each suspect, as :func:`deid_quality.flagged` reads them."""
    return [(s.start, s.start + len(s.text)) for s in found]


def untouched(note: str, scrubbed: str, tags: int) -> bool:
    """A clean note came out exactly as written, without a tag."""
    return scrubbed == note and not tags
