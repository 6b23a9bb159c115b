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

from .board.base import TextUpdate
from .errors import BoardError, UsageError
from .manifest import Manifest
from .template import Werkvorm

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
        raise UsageError(f"--groups {spec!r} is not a list of group numbers", hint="e.g. --groups 1,3") from None
    bad = [g for g in chosen if g not in all_groups]
    if bad or not chosen:
        raise UsageError(
            f"--groups {spec!r} names no group of this board",
            hint=f"groups are 1 to {len(all_groups)}",
        )
    return chosen


@dataclass
class TimerEvents:
    """What happened, for the terminal display and for tests."""

    sent: list[tuple[float, str]] = field(default_factory=list)  # (time, text) per successful tick
    failures: int = 0
    behind: bool = False
    requests: list[float] = field(default_factory=list)  # time of each item update sent


Keys = Callable[[float], str | None]  # wait up to N seconds for a key; None when none came


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
    native: object | None = None,
    max_requests_per_minute: int = DEFAULT_BUDGET,
) -> tuple[Countdown, TimerEvents]:
    """Count down step ``step`` until time is up or the user stops it.

    ``update`` sends panel texts to the board (None: terminal only, e.g. Excalidraw).
    ``keys(timeout)`` waits for a key: 'p' pause/resume, '+'/'-' a minute more/less, 'q' stop.
    ``native``: an optional object with ``start(seconds)``, ``pause()``, ``resume()``,
    ``extend(delta_seconds)`` and ``end()`` for a platform's own timer (Mural).
    """
    if not 1 <= step <= len(wv.steps):
        raise UsageError(f"--step {step} does not exist", hint=f"choose 1 to {len(wv.steps)}")
    total = 60.0 * (minutes if minutes is not None else wv.steps[step - 1].minutes)
    if total <= 0 or total > 24 * 3600:
        raise UsageError(f"--minutes {minutes} is out of range", hint="choose more than 0 minutes")
    chosen = groups or [g.index for g in manifest.groups]
    ids = []
    for g in manifest.groups:
        if g.index in chosen:
            item_id = manifest.id_of(g.timer_key)
            if item_id:
                ids.append(item_id)
    if max_requests_per_minute < 1:
        raise UsageError("--max-requests-per-minute must be at least 1")
    # Every tick updates each panel once: with many groups and a small budget, tick less often
    # (in whole multiples of 15 s, so whole minutes still get their update).
    per_minute_at_15s = len(ids) * 60 / TICK
    tick = TICK * max(1, math.ceil(per_minute_at_15s / max_requests_per_minute))
    now = clock()
    cd = Countdown(total=total, started=now, tick=tick)
    ev = TimerEvents()
    _native(native, "start", total)

    def push(at: float) -> None:
        text, color = panel(wv, step, cd, at)
        if update is None or not ids:
            ev.sent.append((at, text))
            return
        ev.requests.extend([at] * len(ids))
        try:
            update([TextUpdate(i, text, color) for i in ids])
        except BoardError:
            ev.failures += 1
            ev.behind = True
            return
        ev.behind = False
        ev.sent.append((at, text))

    push(now)
    next_push = cd.next_tick(now)
    while True:
        now = clock()
        show(cd, now, ev)
        if cd.finished(now):
            push(now)
            _native(native, "end")
            return cd, ev
        wait = 1.0 if cd.paused else max(0.0, min(1.0, next_push - now))
        key = keys(wait)
        now = clock()
        if key in ("q", "\x03"):
            cd.stopped = True
            push(now)
            _native(native, "end")
            show(cd, now, ev)
            return cd, ev
        if key == "p":
            cd.toggle_pause(now)
            _native(native, "pause" if cd.paused else "resume")
        elif key in ("+", "=", "-"):
            before = cd.remaining(now)
            cd.extend(60.0 if key != "-" else -60.0, now)
            _native(native, "extend", cd.remaining(now) - before)
        elif cd.paused or now < next_push or cd.finished(now):
            continue  # nothing to send now (the end is sent at the top of the loop)
        push(now)
        next_push = cd.next_tick(now)


def _native(native: object | None, action: str, *args: float) -> None:
    """Drive the platform's own timer when there is one; its failure must not stop ours."""
    fn = getattr(native, action, None) if native is not None else None
    if fn is None:
        return
    try:
        fn(*args)
    except BoardError:
        pass
