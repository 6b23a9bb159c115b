"""Across groups: one or more harvests → the figures the report shows. Pure: no I/O.

Counting rules (the report and ``docs/report-schema.md`` repeat them):

* **Sessions.** Harvests of the same board and session are merged first, the later one winning
  per group (:mod:`.combine`); different sessions and teams add up.
* **Groups.** Every group of every harvest, in order. A group *worked on step 2* when it placed at
  least one party in ring A, B or C. Only those groups are the denominator of every share ("3 van
  4 groepen"): a frame nobody used, or a group that only wrote step 1 notes, says nothing about
  the network. A group that wrote nothing at all is shown as such.
* **Three different things** per party and group: *placed* in A, B or C (its innermost zone: a
  party placed twice counts once, at its closest relation to the patient); *not discussed* — its
  sticky stayed in the lane, or the party is absent from the group's network; and *wanted but not
  involved* = placed in C. For every party ``A + B + C + not discussed`` equals the number of
  groups that worked on step 2 (``counts[UNPLACED]`` is every group that has it in no ring).
* **Parties** are the template parties (by key, in template order) followed by the parties
  groups wrote themselves, merged by normalised name (case, diacritics and punctuation ignored).
* **Laid outside the rings**: a party dragged out of the lane but left beyond ring C is in no
  ring (``counts[UNPLACED]``), but the group did discuss it: ``outside`` counts those groups,
  ``lane`` the rest, and the report shows the two apart; a party is "niet besproken" only when
  no group placed it or laid it out.
* **Involved** (betrokken) = in A or B. Each party shows its survey bucket's *name*, never the
  bucket's figure: the survey did not measure single parties.
* **Buckets**: the groups (of those that worked on step 2) with at least one party of that bucket
  in A or B, beside the survey's figure: the share of *cases* with agreements.
* **Often missing**: parties placed in C by a group, or named in a step 1 prompt whose key ends
  in ``MISSING_SUFFIXES`` ("partijen die vaak ontbreken"), with the groups that did each; never
  from stickies left in the lane. Sorted by the number of groups, then template order.
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
from ..i18n import _
from ..textnorm import normalise
from .combine import Combined, combine_sessions
from .labels import Labels
from .similar import Cluster, cluster

ZONES = ("A", "B", "C")
UNPLACED = "unplaced"
PLACES = (*ZONES, UNPLACED)  # innermost first: also the tie-break order for "most common"

# Longest first so "werkte_niet" is tested before "werkte".
BOTTLENECK_SUFFIXES = ("werkte_niet", "knelpunten", "bottlenecks")
SUCCESS_SUFFIXES = ("succesfactoren", "success_factors", "werkte")
MISSING_SUFFIXES = ("ontbrekend", "ontbreekt", "missing")


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
    step2: bool = False  # True: it placed at least one party in A, B or C — the denominator

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
    bucket_label: str | None
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PLACES, 0))
    outside: int = 0  # of counts[UNPLACED]: groups that laid it outside the rings, not in the lane

    @property
    def lane(self) -> int:
        """Groups that did not discuss it: it stayed in the lane, or is absent from their network."""
        return self.counts[UNPLACED] - self.outside

    @property
    def discussed(self) -> int:
        """Groups that did something with it: placed it in a ring or laid it outside the rings."""
        return self.n_groups - self.counts[UNPLACED] + self.outside

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
    involved: int  # groups (that worked on step 2) with a party of this bucket in A or B
    n_groups: int  # groups that worked on step 2

    @property
    def involved_share(self) -> float | None:
        return self.involved / self.n_groups if self.n_groups else None


@dataclass
class MissingParty:
    """A party groups wanted but did not have: placed in C, or named as often missing in step 1."""

    id: str
    key: str | None
    name: str
    in_c: list[str] = field(default_factory=list)  # labels of the groups that placed it in C
    named_by: list[str] = field(default_factory=list)  # labels of the groups whose step 1 notes name it
    notes: int = 0  # step 1 notes naming it

    @property
    def groups(self) -> list[str]:
        return list(dict.fromkeys([*self.in_c, *self.named_by]))


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
    often_missing: list[MissingParty]
    success_factors: list[Cluster]
    bottlenecks: list[Cluster]
    actions_by_party: list[PartyActions]
    combined: list[Combined] = field(default_factory=list)  # sessions harvested more than once

    @property
    def counted(self) -> list[GroupRef]:
        """Groups that wrote something."""
        return [g for g in self.groups if g.counted]

    @property
    def step2(self) -> list[GroupRef]:
        """Groups that worked on step 2: the denominator of every share."""
        return [g for g in self.groups if g.step2]

    @property
    def n_groups(self) -> int:
        return len(self.step2)

    @property
    def n_total(self) -> int:
        return len(self.groups)

    @property
    def empty(self) -> list[GroupRef]:
        return [g for g in self.groups if not g.counted]

    @property
    def no_step2(self) -> list[GroupRef]:
        """Groups that wrote something, but placed no party in a ring."""
        return [g for g in self.groups if g.counted and not g.step2]

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


def worked_on_step2(g: GroupHarvest) -> bool:
    return any(g.zones.get(z) for z in ZONES)


def group_refs(harvests: Sequence[Harvest]) -> list[GroupRef]:
    """Every group of ``harvests`` (already one harvest per session, as
    :func:`.combine.combine_sessions` leaves them), labelled, with whether it wrote something and
    whether it worked on step 2."""
    several = len(harvests) > 1
    titles = Counter(h.title for h in harvests)
    refs = []
    for h in harvests:
        # Two sessions with the same title (the same team twice) stay apart by their session name.
        session = h.title if titles[h.title] == 1 else f"{h.title} ({h.session})"
        for g in h.groups:
            label = f"{session} · {g.name}" if several else g.name
            refs.append(GroupRef(h, g, label, counted=not is_empty(g), step2=worked_on_step2(g)))
    return refs


class _PartyIndex:
    """Resolves placements to party ids: template key, or normalised written name."""

    def __init__(self, harvests: Sequence[Harvest]) -> None:
        self.tallies: dict[str, PartyTally] = {}
        self._by_label: dict[str, str] = {}
        self._written: dict[str, Counter[str]] = {}
        buckets: dict[str, str] = {}
        for h in harvests:  # the first harvest that knows a bucket gives its name
            for b in h.context.buckets:
                buckets.setdefault(b.key, b.label)
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
                        bucket_label=buckets.get(p.bucket) if p.bucket else None,
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
                id=pid, key=None, name=name, sector=None, color=None, bucket=None, bucket_label=None
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
    involved_buckets = [{bucket_of.get(pid) for pid, z in where.items() if z in ("A", "B")} for where in places]
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


def _actions_by_party(refs: list[GroupRef], index: _PartyIndex, parties: list[PartyTally]) -> list[PartyActions]:
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


def _missing_notes(ref: GroupRef) -> list[tuple[str | None, str]]:
    """(matched party name or None, note text) of the group's "often missing" step 1 notes."""
    keys = [k for k in ref.group.step1 if k.lower().endswith(MISSING_SUFFIXES)]
    if not keys:
        return []
    party_of = {
        (n.region, n.text): n.party
        for n in ref.harvest.notes
        if n.group == ref.group.index and n.step == 1 and n.region in keys
    }
    return [(party_of.get((k, t)), t) for k in keys for t in ref.group.step1.get(k, [])]


def _often_missing(refs: list[GroupRef], index: _PartyIndex, parties: list[PartyTally]) -> list[MissingParty]:
    order = {t.id: i for i, t in enumerate(parties)}
    found: dict[str, MissingParty] = {}

    def entry(pid: str, key: str | None, name: str) -> MissingParty:
        if pid not in found:
            tally = index.tallies.get(pid)
            found[pid] = MissingParty(pid, tally.key if tally else key, tally.name if tally else name)
        return found[pid]

    for r in refs:
        for p in r.group.zones.get("C", []):
            pid = index.ident(p.key, p.name)
            # Placed in C here, but also in A or B (two stickies)? Then it is involved, not missing.
            if zones_in_group(r.group, index.ident).get(pid) == "C":
                e = entry(pid, p.key, p.name)
                if r.label not in e.in_c:
                    e.in_c.append(r.label)
        for party, text in _missing_notes(r):
            name = party or " ".join(text.split())
            if not name:
                continue
            e = entry(index.ident(None, name), None, name)
            e.notes += 1
            if r.label not in e.named_by:
                e.named_by.append(r.label)
    return sorted(found.values(), key=lambda e: (-len(e.groups), order.get(e.id, len(order)), normalise(e.name)))


def aggregate(harvests: Sequence[Harvest]) -> Aggregate:
    """The cross-group aggregate of all groups of all ``harvests`` (see module docstring)."""
    if not harvests:
        raise UsageError(_("no harvest to report on"), hint=_("pass at least one harvest file"))
    harvests, combined = combine_sessions(harvests)
    refs = group_refs(harvests)
    index = _PartyIndex(harvests)
    places = [zones_in_group(r.group, index.resolve) for r in refs if r.step2]
    laid_out = [{index.ident(p.key, p.name) for p in r.group.unplaced if p.outside_rings} for r in refs if r.step2]
    for tally in index.tallies.values():
        for where, out in zip(places, laid_out, strict=True):
            place = where.get(tally.id, UNPLACED)
            tally.counts[place] += 1
            tally.outside += place == UNPLACED and tally.id in out
    parties = index.finish()
    return Aggregate(
        harvests=harvests,
        groups=refs,
        parties=parties,
        buckets=_tally_buckets(parties, places, harvests),
        often_missing=_often_missing(refs, index, parties),
        success_factors=_themed_notes(refs, "success"),
        bottlenecks=_themed_notes(refs, "bottleneck"),
        actions_by_party=_actions_by_party(refs, index, parties),
        combined=combined,
    )


def placements(g: GroupHarvest) -> list[tuple[str, Placement]]:
    """Every placement of a group with its place, for pictures and tables."""
    out = [(z, p) for z in ZONES for p in g.zones.get(z, [])]
    return out + [(UNPLACED, p) for p in g.unplaced]
