"""The live timer: a countdown for one step, in the terminal and in every group's timer panel.

The countdown itself is pure (:class:`Countdown` takes the time as an argument); the runner
(:func:`run_timer`) takes its clock, sleep, key source and display as arguments, so tests drive
it with a fake clock and never sleep.

Board updates happen at every 15 seconds of remaining time (so also at each whole minute),
right after a key changes the state, and at the end; when that would pass the configured
requests-per-minute budget, every 30, 45... seconds instead. An update that fails (lost connection,
429) never stops the countdown: the panel catches up at the next tick, and the terminal shows
that the board is behind.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..board.base import NativeTimer, TextUpdate
from ..errors import UsageError
from ..i18n import _
from ..manifest import Manifest
from ..template import Werkvorm
from .sender import InlineSender, Job, Sender, ThreadedSender

TICK = 15.0  # seconds between board updates
DEFAULT_BUDGET = 240  # panel updates per minute: 30 groups every 15 s fit (Miro: 100 credits each)
WARNING_COLOR = "red"
RUNNING_COLOR = "light_yellow"
PAUSED_COLOR = "gray"


@dataclass
class Countdown:
    """Remaining time of one step; every method takes the current time ``now`` (seconds)."""

    total: float
    started: float
    paused_at: float | None = None
    paused_for: float = 0.0
    stopped: bool = False
    tick: float = TICK

    def remaining(self, now: float) -> float:
        at = self.paused_at if self.paused_at is not None else now
        return max(0.0, self.total - (at - self.started - self.paused_for))

    def finished(self, now: float) -> bool:
        return self.remaining(now) <= 0

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def toggle_pause(self, now: float) -> None:
        if self.paused_at is None:
            self.paused_at = now
        else:
            self.paused_for += now - self.paused_at
            self.paused_at = None

    def extend(self, seconds: float, now: float) -> None:
        """Add (or, negative, take) time; never below what has already run."""
        self.total = max(self.total + seconds, self.total - self.remaining(now))

    def next_tick(self, now: float) -> float:
        """When the remaining time next reaches a multiple of ``tick`` (running only)."""
        rem = self.remaining(now)
        step_down = rem % self.tick or self.tick
        return now + step_down


def clock_text(seconds: float) -> str:
    s = int(math.ceil(seconds))
    return f"{s // 60:d}:{s % 60:02d}"


def panel(wv: Werkvorm, step: int, cd: Countdown, now: float) -> tuple[str, str]:
    """The timer panel's text and colour for the state at ``now``."""
    L = wv.labels
    head = f"{L.timer_prompt} · {L.step} {step} · {wv.steps[step - 1].title}"
    if cd.stopped:
        return f"{head}\n{L.stopped}", PAUSED_COLOR
    if cd.finished(now):
        return f"{head}\n{L.time_up}", WARNING_COLOR
    rem = clock_text(cd.remaining(now))
    if cd.paused:
        return f"{head}\n{rem} {L.minutes_left} · {L.paused}", PAUSED_COLOR
    return f"{head}\n{rem} {L.minutes_left}", RUNNING_COLOR


def select_groups(manifest: Manifest, spec: str | None) -> list[int]:
    """'1,3' → [1, 3]; None → every group."""
    all_groups = [g.index for g in manifest.groups]
    if not spec:
        return all_groups
    try:
        chosen = sorted({int(p) for p in spec.split(",") if p.strip()})
    except ValueError:
        raise UsageError(_("--groups {groups} is not a list of group numbers").format(groups=repr(spec)),
                         hint=_("e.g. --groups 1,3")) from None  # fmt: skip
    bad = [g for g in chosen if g not in all_groups]
    if bad or not chosen:
        raise UsageError(
            _("--groups {groups} names no group of this board").format(groups=repr(spec)),
            hint=_("groups are 1 to {last}").format(last=len(all_groups)),
        )
    return chosen


def step_seconds(wv: Werkvorm, step: int, minutes: float | None) -> float:
    """How long step ``step`` runs: ``minutes`` when given, else the template's. Refuses a step
    the template lacks and a length out of range (the one place these are checked)."""
    if not 1 <= step <= len(wv.steps):
        raise UsageError(_("--step {step} does not exist").format(step=step),
                         hint=_("choose 1 to {last}").format(last=len(wv.steps)))  # fmt: skip
    total = 60.0 * (minutes if minutes is not None else wv.steps[step - 1].minutes)
    if not 0 < total <= 24 * 3600:  # also refuses nan
        raise UsageError(_("--minutes {minutes} is out of range").format(minutes=minutes),
                         hint=_("choose more than 0 and at most 1440"))  # fmt: skip
    return total


@dataclass
class TimerEvents:
    """What happened, for the terminal display and for tests."""

    sent: list[tuple[float, str]] = field(default_factory=list)  # (time, text) per update that landed
    failures: int = 0
    behind: bool = False
    requests: list[float] = field(default_factory=list)  # time of each item update sent
    dropped: int = 0  # updates never sent because a newer one was due first
    final_pending: bool = False  # time is up; the board does not show it yet
    final_attempts: int = 0


Keys = Callable[[float], str | None]  # wait up to N seconds for a key; None when none came

REDRAW = 0.5  # seconds between redraws at most (the display and the keys never wait longer)
FINAL_RETRY = (2.0, 5.0, 10.0)  # waits between tries of the last update, then the last one again


def run_timer(
    manifest: Manifest,
    wv: Werkvorm,
    update: Callable[[Sequence[TextUpdate]], None] | None,
    *,
    step: int,
    minutes: float | None = None,
    groups: list[int] | None = None,
    clock: Callable[[], float],
    keys: Keys,
    show: Callable[[Countdown, float, TimerEvents], None] = lambda cd, now, ev: None,
    native: NativeTimer | None = None,
    max_requests_per_minute: int = DEFAULT_BUDGET,
    sender: Sender | None = None,
) -> tuple[Countdown, TimerEvents]:
    """Count down step ``step`` until time is up or the user stops it.

    ``update`` sends panel texts to the board (None: terminal only, e.g. Excalidraw).
    ``keys(timeout)`` waits for a key: 'p' pause/resume, '+'/'-' a minute more/less, 'q' stop.
    ``native``: an optional object with ``start(seconds)``, ``pause()``, ``resume()``,
    ``extend(delta_seconds)`` and ``end()`` for a platform's own timer (Mural).
    ``sender``: how updates reach the board; default a worker beside the countdown
    (:class:`~werkbord.timer.sender.ThreadedSender`), so no network trouble delays the display.

    When time is up the countdown ends on time; the last update ("time's up") is then retried
    until it is on the board or the user presses q.
    """
    total = step_seconds(wv, step, minutes)
    ids = _panel_ids(manifest, groups)
    if max_requests_per_minute < 1:
        raise UsageError(_("--max-requests-per-minute must be at least 1"))
    board = update if ids else None
    if sender is None:
        sender = ThreadedSender(board, native) if (board or native) else InlineSender(None, None, clock=clock)
    now = clock()
    cd = Countdown(total=total, started=now, tick=_tick(len(ids), max_requests_per_minute))
    run = _Run(wv, step, ids, board is not None, sender, clock, show, cd)
    try:
        sender.native("start", total)
        run.push(now)
        run.next_push = cd.next_tick(now)
        run.loop(keys)
        return cd, run.ev
    finally:
        run.absorb()
        sender.close()


def _panel_ids(manifest: Manifest, groups: list[int] | None) -> list[str]:
    """The board ids of the chosen groups' timer panels (every group's when none are chosen)."""
    chosen = groups or [g.index for g in manifest.groups]
    ids = []
    for g in manifest.groups:
        if g.index in chosen:
            item_id = manifest.id_of(g.timer_key)
            if item_id:
                ids.append(item_id)
    return ids


def _tick(panels: int, max_requests_per_minute: int) -> float:
    """Seconds between updates. Every tick updates each panel once: with many groups and a small
    budget, tick less often (in whole multiples of 15 s, so whole minutes still get their update)."""
    per_minute_at_15s = panels * 60 / TICK
    return TICK * max(1, math.ceil(per_minute_at_15s / max_requests_per_minute))


@dataclass
class _Run:
    """One countdown's loop: the display every redraw, the board at every tick and key."""

    wv: Werkvorm
    step: int
    ids: list[str]
    has_board: bool  # False: the panels are only shown here (no board, or nothing on it to update)
    sender: Sender
    clock: Callable[[], float]
    show: Callable[[Countdown, float, TimerEvents], None]
    cd: Countdown
    ev: TimerEvents = field(default_factory=TimerEvents)
    next_push: float = 0.0
    ended: bool = False  # time is up and the last update was issued
    final: Job | None = None  # that update (None without a board)
    final_tries_at: float = 0.0  # when to try it again after a failure
    stop_wait_until: float | None = None

    def push(self, at: float, *, last: bool = False) -> Job | None:
        text, color = panel(self.wv, self.step, self.cd, at)
        if not self.has_board:
            self.ev.sent.append((at, text))
            return None
        job = Job(at, text, tuple(TextUpdate(i, text, color) for i in self.ids), final=last)
        self.sender.send(job)
        return job

    def absorb(self) -> None:
        ev = self.ev
        for o in self.sender.poll():
            ev.requests.extend([o.sent_at] * len(o.job.updates))
            if o.job.final:
                ev.final_attempts += 1
            if o.ok:
                ev.sent.append((o.job.at, o.job.text))
                ev.behind = False
                if o.job.final:
                    ev.final_pending = False
            else:
                ev.failures += 1
                ev.behind = True
                if o.job.final:
                    n = min(ev.final_attempts, len(FINAL_RETRY)) - 1
                    self.final_tries_at = self.clock() + FINAL_RETRY[max(0, n)]
        ev.dropped = self.sender.dropped

    def loop(self, keys: Keys) -> None:
        """Until time is up and the board shows it, or the user stops."""
        cd, ev, sender = self.cd, self.ev, self.sender
        while True:
            self.absorb()
            now = self.clock()
            if cd.finished(now) and not self.ended and not cd.stopped:
                self._time_up(now)
            self.show(cd, now, ev)
            if self.ended:
                if not ev.final_pending:
                    return
                if self.final is not None and not sender.busy() and now >= self.final_tries_at:
                    sender.send(self.final)  # the same text again, until it lands
            if self.stop_wait_until is not None and (not sender.busy() or now >= self.stop_wait_until):
                return
            wait = REDRAW if cd.paused or self.ended or self.stop_wait_until else min(REDRAW, self.next_push - now)
            key = keys(max(0.0, wait))
            now = self.clock()
            if key in ("q", "\x03"):
                if self.ended or self.stop_wait_until is not None:
                    self.show(cd, now, ev)
                    return  # the user leaves before the board caught up
                self._stop(now)
            elif self.stop_wait_until is None:
                self._key(key, now)

    def _time_up(self, now: float) -> None:
        # On time, whatever the board is doing: the terminal says so now.
        self.ended = True
        self.final = self.push(now, last=True)
        self.ev.final_pending = self.final is not None
        self.sender.native("end")
        self.absorb()

    def _stop(self, now: float) -> None:
        self.cd.stopped = True
        self.push(now)
        self.sender.native("end")
        # Give the "stopped" text its deadline to land; the screen keeps drawing meanwhile.
        self.stop_wait_until = now + self.sender.deadline + 1.0
        self.absorb()
        self.show(self.cd, now, self.ev)

    def _key(self, key: str | None, now: float) -> None:
        """A key (or none: the wait ran out) while counting."""
        cd = self.cd
        if key == "p":
            cd.toggle_pause(now)
            self.sender.native("pause" if cd.paused else "resume")
        elif key in ("+", "=", "-"):
            before = cd.remaining(now)
            cd.extend(60.0 if key != "-" else -60.0, now)
            self.sender.native("extend", cd.remaining(now) - before)
        elif cd.paused or now < self.next_push or cd.finished(now):
            return  # nothing to send now (the end is sent at the top of the loop)
        self.push(now)
        self.next_push = cd.next_tick(now)
