"""Across groups: one or more harvests → the figures the report shows. Pure: no I/O.

Counting rules (the report and ``docs/report-schema.md`` repeat them):

* **Groups.** Every group of every harvest, in order. A group that wrote nothing at all — no
  party in a zone, no note in step 1, 2 or 3 and no free note — is shown but *not counted*: a
  frame nobody used (six planned, four showed up) would otherwise lower every share.
* **A party's zone in a group** is its innermost zone there (a party placed twice counts once,
  at its closest relation to the patient), else "unplaced". *Unplaced* covers both a sticky
  left in the party lane and a party absent from the group altogether, so for every party
  ``A + B + C + unplaced`` equals the number of counted groups. A template party that no group
  placed is unplaced in every group.
* **Parties** are the template parties (by key, in template order) followed by the parties
  groups wrote themselves, merged by normalised name (case, diacritics and punctuation ignored).
* **Involved** (betrokken) = in A or B. ``involved_share`` = groups with the party in A or B /
  counted groups. A party's ``survey_share`` is the figure of its survey bucket, or None.
* **Buckets**: the share of counted groups with at least one party of that bucket in A or B,
  beside the bucket's survey figure.
* **Often missing**: template parties in C or unplaced in at least half the counted groups.
  Self-written parties are left out: one group's own addition is not "missing" in the others.
* **Success factors / bottlenecks**: step 1 notes under prompts whose key ends in one of
  ``SUCCESS_SUFFIXES`` / ``BOTTLENECK_SUFFIXES`` (the template's "samen" section's
  ``…succesfactoren`` / ``…knelpunten``, and the case's ``…werkte`` / ``…werkte_niet``),
  grouped into near-identical points with :func:`.similar.cluster`.
* **Micro-actions by party**: template parties in template order, then written parties by name,
  then actions that name no party.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..errors import UsageError
from ..harvest.model import Context, GroupHarvest, Harvest, MicroAction, Placement
from ..harvest.parties import normalise
from .labels import Labels
from .similar import Cluster, cluster

ZONES = ("A", "B", "C")
UNPLACED = "unplaced"
PLACES = (*ZONES, UNPLACED)  # innermost first: also the tie-break order for "most common"

# Longest first so "werkte_niet" is tested before "werkte".
BOTTLENECK_SUFFIXES = ("werkte_niet", "knelpunten", "bottlenecks")
SUCCESS_SUFFIXES = ("succesfactoren", "success_factors", "werkte")


def theme_of(prompt_key: str) -> str | None:
    """'success', 'bottleneck' or None for a step 1 prompt key."""
    k = prompt_key.lower()
    if k.endswith(BOTTLENECK_SUFFIXES):
        return "bottleneck"
    if k.endswith(SUCCESS_SUFFIXES):
        return "success"
    return None


@dataclass(frozen=True)
class GroupRef:
    """A group together with the harvest it came from (its prompts, labels and session)."""

    harvest: Harvest
    group: GroupHarvest
    label: str  # "Groep 1", or "Team Noord · Groep 1" when several harvests are combined
    counted: bool  # False: the group wrote nothing (see module docstring)

    @property
    def ident(self) -> tuple[str, int]:
        return (self.harvest.session, self.group.index)

    @property
    def context(self) -> Context:
        return self.harvest.context


@dataclass
class PartyTally:
    id: str  # template key, or "~" + normalised name for a party a group wrote itself
    key: str | None
    name: str
    sector: str | None
    color: str | None  # palette name
    bucket: str | None
    survey_share: float | None
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PLACES, 0))

    @property
    def n_groups(self) -> int:
        return sum(self.counts.values())

    @property
    def involved(self) -> int:
        return self.counts["A"] + self.counts["B"]

    @property
    def involved_share(self) -> float | None:
        return self.involved / self.n_groups if self.n_groups else None

    @property
    def missing(self) -> int:
        return self.counts["C"] + self.counts[UNPLACED]

    @property
    def most_common(self) -> str:
        """The place most groups chose; ties go to the inner zone. Unplaced when no group counts."""
        if not self.n_groups:
            return UNPLACED
        return max(PLACES, key=lambda p: (self.counts[p], -PLACES.index(p)))


@dataclass
class BucketTally:
    key: str
    label: str
    survey_share: float
    involved: int  # counted groups with a party of this bucket in A or B
    n_groups: int

    @property
    def involved_share(self) -> float | None:
        return self.involved / self.n_groups if self.n_groups else None


@dataclass(frozen=True)
class ActionRef:
    group: GroupRef
    action: MicroAction


@dataclass
class PartyActions:
    party: str | None  # None: the actions name no party
    key: str | None
    actions: list[ActionRef] = field(default_factory=list)


@dataclass
class Aggregate:
    harvests: list[Harvest]
    groups: list[GroupRef]
    parties: list[PartyTally]
    buckets: list[BucketTally]
    often_missing: list[PartyTally]
    success_factors: list[Cluster]
    bottlenecks: list[Cluster]
    actions_by_party: list[PartyActions]

    @property
    def counted(self) -> list[GroupRef]:
        return [g for g in self.groups if g.counted]

    @property
    def n_groups(self) -> int:
        return len(self.counted)

    @property
    def context(self) -> Context:
        """The first harvest's context: the report's language, labels and survey texts."""
        return self.harvests[0].context

    @property
    def labels(self) -> Labels:
        return Labels(self.context)

    @property
    def scrubbed(self) -> bool:
        return all(h.scrubbing.scrubbed for h in self.harvests)

    @property
    def scrub_counts(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for h in self.harvests:
            total.update(h.scrubbing.counts)
        return dict(sorted(total.items()))


def is_empty(g: GroupHarvest) -> bool:
    """Nothing written: untouched party stickies in the lane (unplaced) do not count as writing."""
    placed = any(g.zones.get(z) for z in ZONES)
    notes = any(g.step1.values()) or any(g.questions.values())
    return not (placed or notes or g.micro_actions or g.other)


def _group_refs(harvests: Sequence[Harvest]) -> list[GroupRef]:
    several = len(harvests) > 1
    titles = Counter(h.title for h in harvests)
    refs = []
    for h in harvests:
        # Two sessions with the same title (the same team twice) stay apart by their session name.
        session = h.title if titles[h.title] == 1 else f"{h.title} ({h.session})"
        for g in h.groups:
            label = f"{session} · {g.name}" if several else g.name
            refs.append(GroupRef(h, g, label, counted=not is_empty(g)))
    return refs


class _PartyIndex:
    """Resolves placements to party ids: template key, or normalised written name."""

    def __init__(self, harvests: Sequence[Harvest]) -> None:
        self.tallies: dict[str, PartyTally] = {}
        self._by_label: dict[str, str] = {}
        self._written: dict[str, Counter[str]] = {}
        buckets: dict[str, float] = {}
        for h in harvests:  # the first harvest that knows a bucket gives its figure
            for b in h.context.buckets:
                buckets.setdefault(b.key, b.survey_share)
        for h in harvests:
            for p in h.context.parties:
                if p.key not in self.tallies:
                    self.tallies[p.key] = PartyTally(
                        id=p.key,
                        key=p.key,
                        name=p.label,
                        sector=p.sector_label,
                        color=p.color,
                        bucket=p.bucket,
                        survey_share=buckets.get(p.bucket) if p.bucket else None,
                    )
                self._by_label.setdefault(normalise(p.label), p.key)

    def ident(self, key: str | None, name: str) -> str:
        """The party id of a placement or action, without registering anything."""
        if key is not None and key in self.tallies:
            return key
        norm = normalise(name) or " ".join(name.casefold().split())
        # A written name equal to a template label (e.g. from a harvest made with another
        # template version) is that template party.
        return self._by_label.get(norm, "~" + norm)

    def resolve(self, key: str | None, name: str) -> str:
        """Like :meth:`ident`, registering a party a group wrote itself."""
        pid = self.ident(key, name)
        if pid not in self.tallies:
            self.tallies[pid] = PartyTally(
                id=pid, key=None, name=name, sector=None, color=None, bucket=None, survey_share=None
            )
        if pid.startswith("~"):
            self._written.setdefault(pid, Counter())[" ".join(name.split())] += 1
        return pid

    def finish(self) -> list[PartyTally]:
        """The tallies: template parties in template order, then written ones, most involved first."""
        # A written party is shown in its most frequent spelling.
        for pid, spellings in self._written.items():
            self.tallies[pid].name = spellings.most_common(1)[0][0]
        template = [t for t in self.tallies.values() if t.key is not None]
        written = sorted(
            (t for t in self.tallies.values() if t.key is None),
            key=lambda t: (-t.involved, normalise(t.name)),
        )
        return template + written


def zones_in_group(g: GroupHarvest, resolve: Callable[[str | None, str], str]) -> dict[str, str]:
    """party id → its place in this group (innermost zone wins; see module docstring)."""
    where: dict[str, str] = {}
    for zone in ZONES:
        for p in g.zones.get(zone, []):
            where.setdefault(resolve(p.key, p.name), zone)
    for p in g.unplaced:
        where.setdefault(resolve(p.key, p.name), UNPLACED)
    return where


def _tally_buckets(
    parties: list[PartyTally], places: list[dict[str, str]], harvests: Sequence[Harvest]
) -> list[BucketTally]:
    bucket_of = {t.id: t.bucket for t in parties if t.bucket}
    involved_buckets = [
        {bucket_of.get(pid) for pid, z in where.items() if z in ("A", "B")} for where in places
    ]
    out: dict[str, BucketTally] = {}
    for h in harvests:
        for b in h.context.buckets:
            if b.key not in out:
                n = sum(1 for found in involved_buckets if b.key in found)
                out[b.key] = BucketTally(b.key, b.label, b.survey_share, n, len(places))
    return list(out.values())


def _themed_notes(refs: list[GroupRef], theme: str) -> list[Cluster]:
    notes = []
    for r in refs:
        if not r.counted:
            continue
        # Follow the template's prompt order, then any keys the template does not know.
        keys = [p.key for p in r.context.prompts if p.step == 1]
        keys += [k for k in r.group.step1 if k not in keys]
        for key in keys:
            if theme_of(key) == theme:
                notes.extend((r.ident, t) for t in r.group.step1.get(key, []))
    return cluster(notes)


def _actions_by_party(
    refs: list[GroupRef], index: _PartyIndex, parties: list[PartyTally]
) -> list[PartyActions]:
    order = {t.id: i for i, t in enumerate(parties)}
    names = {t.id: t.name for t in parties}
    by_id: dict[str | None, PartyActions] = {}
    for r in refs:
        for a in r.group.micro_actions:
            named = a.party_key is not None or bool(a.party and a.party.strip())
            pid = index.ident(a.party_key, a.party or "") if named else None
            if pid not in by_id:
                name = names.get(pid) if pid in names else (" ".join((a.party or "").split()) or None)
                by_id[pid] = PartyActions(party=name, key=None if pid is None or pid.startswith("~") else pid)
            by_id[pid].actions.append(ActionRef(r, a))

    def rank(pid: str | None) -> tuple[int, int, str]:
        if pid is None:
            return (3, 0, "")
        if pid in order:  # a party on the network list: template first, then written, as listed
            return (0 if not pid.startswith("~") else 1, order[pid], "")
        return (2, 0, normalise(by_id[pid].party or ""))

    return [by_id[pid] for pid in sorted(by_id, key=rank)]


def aggregate(harvests: Sequence[Harvest]) -> Aggregate:
    """The cross-group aggregate of all groups of all ``harvests`` (see module docstring)."""
    if not harvests:
        raise UsageError("no harvest to report on", hint="pass at least one harvest file")
    harvests = list(harvests)
    refs = _group_refs(harvests)
    index = _PartyIndex(harvests)
    places = [zones_in_group(r.group, index.resolve) for r in refs if r.counted]
    for tally in index.tallies.values():
        for where in places:
            tally.counts[where.get(tally.id, UNPLACED)] += 1
    parties = index.finish()
    n = len(places)
    often = [t for t in parties if t.key is not None and n and 2 * t.missing >= n]
    often.sort(key=lambda t: -t.missing)  # stable: ties keep template order
    return Aggregate(
        harvests=harvests,
        groups=refs,
        parties=parties,
        buckets=_tally_buckets(parties, places, harvests),
        often_missing=often,
        success_factors=_themed_notes(refs, "success"),
        bottlenecks=_themed_notes(refs, "bottleneck"),
        actions_by_party=_actions_by_party(refs, index, parties),
    )


def placements(g: GroupHarvest) -> list[tuple[str, Placement]]:
    """Every placement of a group with its place, for pictures and tables."""
    out = [(z, p) for z in ZONES for p in g.zones.get(z, [])]
    return out + [(UNPLACED, p) for p in g.unplaced]
