"""A care team's history over its sessions: did the actions happen, and did the network move?

    harvests of one team ──combine──▶ one per session, in date order ──▶ TeamHistory
        sessions      the sessions, first session and follow-ups ("terugkomsessies")
        actions       every action of every session, with its latest reviewed status
        rate          carried out (gedaan + bezig) of the actions a follow-up reviewed, with n
        rings         per party, per session: how many groups put it in A, B and C
        moves         per follow-up, the parties that moved, with the actions aimed at them
        carried       the actions still open (open, bezig, or not sorted): they go on

Statuses and moves come from the follow-up harvests (``Harvest.follow_up``); a status is never
matched by the action's text, only by its id. Harvests of different care teams are never mixed
into one history (:func:`teams_of`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..actions.model import CARRIED_OUT, Action, Status, actions_of, session_day
from ..harvest.model import Harvest
from .combine import combine_sessions

RINGS = ("A", "B", "C")


def team_of(h: Harvest) -> str:
    """The care team a harvest belongs to: its ``care_team``, else (older files) its title."""
    return " ".join((h.care_team or h.title or h.session).split())


def teams_of(harvests: Sequence[Harvest]) -> list[str]:
    """The distinct care teams, in the harvests' order (compared without case and spacing)."""
    seen: dict[str, str] = {}
    for h in harvests:
        seen.setdefault(team_of(h).casefold(), team_of(h))
    return list(seen.values())


@dataclass(frozen=True)
class SessionRow:
    number: int  # 1, 2, 3 in date order
    session: str
    session_id: str | None
    title: str
    day: date | None
    follow_up: bool
    groups: int
    actions: int  # actions made in this session


@dataclass(frozen=True)
class ActionState:
    action: Action
    session_number: int  # the session it was made in
    status: Status | None  # latest reviewed status; None: never sorted in a follow-up
    reviewed: bool  # a follow-up had it up for review


@dataclass(frozen=True)
class Rate:
    carried_out: int  # gedaan + bezig
    n: int  # every action up for review
    counts: dict[str, int]  # status (or "unsorted") -> actions

    @property
    def share(self) -> float | None:
        return self.carried_out / self.n if self.n else None


@dataclass(frozen=True)
class PartyRings:
    party: str
    key: str | None
    per_session: list[dict[str, int]]  # per session: ring -> groups that put it there


@dataclass(frozen=True)
class MoveRow:
    session_number: int  # the follow-up it was seen in
    group: int | None  # None: across groups
    party: str
    before: str | None
    now: str | None
    move: str  # closer | further | unchanged | new
    actions: list[ActionState]  # the actions aimed at the party beforehand


@dataclass(frozen=True)
class TeamHistory:
    team: str
    lang: str
    sessions: list[SessionRow]
    actions: list[ActionState]
    rate: Rate
    rate_per_follow_up: list[tuple[int, Rate]]  # (session number, rate of what it reviewed)
    rings: list[PartyRings]
    moves: list[MoveRow]
    carried: list[ActionState]
    pseudonymised: bool
    harvests: list[Harvest] = field(repr=False, default_factory=list)


def _order(h: Harvest) -> tuple:
    day = session_day(h)
    return (day or date.max, h.session_created_at or "", h.harvested_at)


def _rate(states: Sequence[ActionState]) -> Rate:
    counts = Counter(s.status or "unsorted" for s in states)
    done = sum(n for k, n in counts.items() if k in CARRIED_OUT)
    return Rate(done, len(states), dict(counts))


def _party_id(key: str | None, name: str) -> str:
    return key or " ".join(name.split()).casefold()


def build_history(harvests: Sequence[Harvest]) -> TeamHistory:
    """The history of one team's harvests (see :func:`teams_of` for checking that first)."""
    sessions_h = sorted(combine_sessions(list(harvests))[0], key=_order)
    number = {h.session_id or h.session: i for i, h in enumerate(sessions_h, start=1)}

    actions: dict[str, Action] = {}
    made_in: dict[str, int] = {}
    for i, h in enumerate(sessions_h, start=1):
        if h.follow_up is not None:  # actions of sessions not given, known from the follow-up
            for a in h.follow_up.previous_actions:
                actions.setdefault(a.id, a)
                made_in.setdefault(a.id, number.get(a.session_id or a.session, 0))
        for a in actions_of(h):
            actions[a.id] = a
            made_in[a.id] = i

    status: dict[str, Status | None] = {}
    reviewed_by: dict[int, list[str]] = {}
    for i, h in enumerate(sessions_h, start=1):
        fu = h.follow_up
        if fu is None:
            continue
        ids = list(dict.fromkeys([a.id for a in fu.previous_actions] + [r.action_id for r in fu.reviews]))
        reviewed_by[i] = [x for x in ids if x in actions]
        for r in fu.reviews:
            if r.status is not None or r.action_id not in status:
                status[r.action_id] = r.status if r.status is not None else status.get(r.action_id)
        for x in ids:
            status.setdefault(x, None)

    states = {
        x: ActionState(
            a.model_copy(update={"status": status.get(x) or a.status}), made_in.get(x, 0), status.get(x), x in status
        )
        for x, a in actions.items()
    }
    up = [s for s in states.values() if s.reviewed]
    per_fu = [(i, _rate([states[x] for x in ids])) for i, ids in reviewed_by.items()]

    rows = [
        SessionRow(
            i,
            h.session,
            h.session_id,
            h.title,
            session_day(h),
            h.follow_up is not None,
            len(h.groups),
            sum(1 for x in made_in.values() if x == i),
        )
        for i, h in enumerate(sessions_h, start=1)
    ]

    # Rings: template parties in the template's order, then parties written by the groups.
    names: dict[str, tuple[str, str | None]] = {}
    for h in sessions_h:
        for p in h.context.parties:
            names.setdefault(p.key, (p.label, p.key))
    counts: dict[str, list[Counter]] = {}
    for i, h in enumerate(sessions_h):
        for g in h.groups:
            for ring in RINGS:
                for p in g.zones.get(ring, []):
                    pid = _party_id(p.key, p.name)
                    names.setdefault(pid, (p.name, p.key))
                    counts.setdefault(pid, [Counter() for _ in sessions_h])[i][ring] += 1
    rings = [PartyRings(names[pid][0], names[pid][1], [dict(c) for c in counts[pid]]) for pid in names if pid in counts]

    moves = []
    for i, h in enumerate(sessions_h, start=1):
        if h.follow_up is None:
            continue
        for m in h.follow_up.moves:
            if m.move in ("closer", "further") or m.actions:
                aimed = [states[x] for x in m.actions if x in states]
                moves.append(MoveRow(i, m.group, m.party, m.before, m.now, m.move, aimed))
    moves.sort(key=lambda m: (m.session_number, m.group is not None, m.group or 0, m.party.casefold()))

    last = len(sessions_h)
    carried = [s for s in states.values() if s.session_number < last and s.status in (None, "open", "bezig")]
    return TeamHistory(
        team=team_of(sessions_h[0]) if sessions_h else "",
        lang=sessions_h[0].context.lang if sessions_h else "nl",
        sessions=rows,
        actions=sorted(states.values(), key=lambda s: (s.session_number, s.action.group)),
        rate=_rate(up),
        rate_per_follow_up=per_fu,
        rings=rings,
        moves=moves,
        carried=sorted(carried, key=lambda s: (s.session_number, s.action.group)),
        pseudonymised=all(h.scrubbing.scrubbed for h in sessions_h),
        harvests=sessions_h,
    )


def wants_history(harvests: Sequence[Harvest]) -> bool:
    """A history says something once there is more than one session, or a follow-up."""
    sessions = combine_sessions(list(harvests))[0]
    return len(sessions) > 1 or any(h.follow_up is not None for h in sessions)
