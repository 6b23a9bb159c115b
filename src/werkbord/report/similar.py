"""Grouping identical and near-identical notes, so a recurring point is counted, not repeated.

Two notes are the same point when, after normalising (case, diacritics, punctuation, spacing):

* they are equal, or
* their word sets overlap for at least ``TOKEN_OVERLAP`` (Jaccard), or
* difflib's character ratio is at least ``CHAR_RATIO`` (catches typos and inflections:
  "goede communicatie met huisarts" / "Goede communicatie met de huisarts!"),

unless they differ in a negation word: "naasten niet betrokken" and "naasten wel betrokken"
are 88 % alike by characters and opposite in meaning.

Clustering is greedy in reading order, comparing with each cluster's first note: simple,
deterministic, and good enough for the tens of notes a workshop produces. The cost is
quadratic in distinct notes: about 0.3 s for 600, 4 s for 2,000 (a hundred groups' worth).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..textnorm import normalise

TOKEN_OVERLAP = 0.8
CHAR_RATIO = 0.85
# Beyond this length difflib's quadratic cost buys nothing: long notes are compared by their start.
_MAX_COMPARE = 300
_NEGATIONS = frozenset({"niet", "geen", "wel", "nooit", "zonder", "not", "no", "never", "without", "nothing"})


def normalised(text: str) -> str:
    """Comparable form of a note; falls back to case-folded text when nothing alphanumeric is left
    (a note of only emoji must not collapse into the empty string and match every other one)."""
    return normalise(text) or " ".join(text.casefold().split())


def similar(a: str, b: str) -> bool:
    """Whether two *normalised* notes make the same point (see module docstring)."""
    return _Prepared(b).matches(_Prepared(a))


class _Prepared:
    """A normalised note with what every comparison needs, computed once.

    Cheap upper bounds on difflib's ratio (lengths, then shared characters) rule most pairs out
    before the quadratic ``ratio`` runs; difflib caches its analysis of the *second* sequence,
    so the note being placed goes there and each cluster seed is swapped in as the first.
    """

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.head = norm[:_MAX_COMPARE]
        self.tokens = set(norm.split())
        self.negations = self.tokens & _NEGATIONS
        self.chars = Counter(self.head)
        self._matcher: SequenceMatcher | None = None

    def matches(self, seed: _Prepared) -> bool:
        if seed.norm == self.norm:
            return True
        if seed.negations != self.negations:
            return False
        shared = len(seed.tokens & self.tokens)
        if shared and shared / len(seed.tokens | self.tokens) >= TOKEN_OVERLAP:
            return True
        total = len(seed.head) + len(self.head)
        if 2 * min(len(seed.head), len(self.head)) / total < CHAR_RATIO:
            return False
        if 2 * sum((seed.chars & self.chars).values()) / total < CHAR_RATIO:
            return False
        if self._matcher is None:
            self._matcher = SequenceMatcher(None, "", self.head, autojunk=False)
        self._matcher.set_seq1(seed.head)
        return ratio_reaches(self._matcher, CHAR_RATIO)


def ratio_reaches(m: SequenceMatcher, threshold: float) -> bool:
    """``m.ratio() >= threshold``, stopping as soon as the blocks found so far reach it.

    The same blocks as difflib's ``get_matching_blocks`` (the longest match in a range, then
    the ranges left and right of it); the ratio only grows with each block, so once it reaches
    the threshold the rest cannot change the answer. Similar notes usually get there with their
    first two blocks, of about five.
    """
    length = len(m.a) + len(m.b)
    if not length:
        return 1.0 >= threshold
    found = 0
    ranges = [(0, len(m.a), 0, len(m.b))]
    while ranges:
        alo, ahi, blo, bhi = ranges.pop()
        i, j, k = m.find_longest_match(alo, ahi, blo, bhi)
        if k:
            found += k
            if 2.0 * found / length >= threshold:  # difflib's own arithmetic
                return True
            if alo < i and blo < j:
                ranges.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                ranges.append((i + k, ahi, j + k, bhi))
    return 2.0 * found / length >= threshold


@dataclass
class Cluster:
    """One point made in one or more notes."""

    seed: str  # normalised text of the first note, the one others are compared with
    texts: list[str] = field(default_factory=list)  # every note as written, in reading order
    sources: set[Hashable] = field(default_factory=set)  # which groups wrote it

    @property
    def text(self) -> str:
        """The most frequent wording (ties: the first written)."""
        counts = Counter(self.texts)
        return max(counts, key=lambda t: (counts[t], -self.texts.index(t)))

    @property
    def count(self) -> int:
        return len(self.texts)

    @property
    def groups(self) -> int:
        return len(self.sources)

    @property
    def variants(self) -> list[str]:
        """Distinct wordings other than :attr:`text`, in reading order."""
        main = self.text
        return [t for t in dict.fromkeys(self.texts) if t != main]


def cluster(notes: Iterable[tuple[Hashable, str]]) -> list[Cluster]:
    """Group ``(source, text)`` notes into points, most widespread first.

    Order: number of groups, then number of notes, then first appearance — so the points many
    groups raised lead the list.
    """
    clusters: list[Cluster] = []
    seeds: list[_Prepared] = []  # clusters[i]'s seed, prepared once
    exact: dict[str, Cluster] = {}  # normalised text → its cluster: repeats skip the comparisons
    for source, text in notes:
        if not text.strip():
            continue
        norm = normalised(text)
        home = exact.get(norm)
        if home is None:
            note = _Prepared(norm)
            home = next((c for c, seed in zip(clusters, seeds, strict=True) if note.matches(seed)), None)
            if home is None:
                home = Cluster(seed=norm)
                clusters.append(home)
                seeds.append(note)
            exact[norm] = home
        home.texts.append(" ".join(text.split()))
        home.sources.add(source)
    order = {id(c): i for i, c in enumerate(clusters)}
    return sorted(clusters, key=lambda c: (-c.groups, -c.count, order[id(c)]))
