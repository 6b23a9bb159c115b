from __future__ import annotations

import pytest

from werkbord.errors import UsageError, VendorError
from werkbord.layout import layout
from werkbord.manifest import Manifest
from werkbord.timer import Countdown, clock_text, panel, run_timer, select_groups
from werkbord.timer.sender import InlineSender


class Script:
    """A fake clock and keyboard: keys(timeout) advances time; scheduled keys arrive on time."""

    def __init__(self, keys: dict[float, str] | None = None, t0: float = 1000.0) -> None:
        self.t0 = t0
        self.now = t0
        self.pending = sorted((t0 + t, k) for t, k in (keys or {}).items())

    def clock(self) -> float:
        return self.now

    def keys(self, timeout: float) -> str | None:
        if self.pending and self.pending[0][0] <= self.now + timeout:
            at, key = self.pending.pop(0)
            self.now = max(self.now, at)
            return key
        self.now += timeout if timeout > 0 else 0.001
        return None


def inline(board, script):
    """Updates sent at once, in the test's thread: the fake clock stays in charge."""
    return InlineSender(board, None, clock=script.clock)


class Board:
    def __init__(self, fail_at: set[int] = frozenset()) -> None:
        self.calls: list[list] = []
        self.fail_at = fail_at

    def __call__(self, updates):
        self.calls.append(list(updates))
        if len(self.calls) in self.fail_at:
            raise VendorError("connection lost")


@pytest.fixture()
def manifest(wv):
    plan = layout(wv, 3, title="T", start="14:00")
    m = Manifest.from_plan(plan, name="t", backend="miro")
    for item in plan.items:
        m.record(item, f"id-{item.key}")
    return m


def rel(script, t):
    return round(t - script.t0, 3)


def test_ticks_every_15_seconds_and_ends_in_warning(manifest, wv):
    s, board = Script(), Board()
    cd, ev = run_timer(manifest, wv, board, step=3, minutes=1, clock=s.clock, keys=s.keys, sender=inline(board, s))
    times = [rel(s, t) for t, _ in ev.sent]
    assert times == [0, 15, 30, 45, 60]
    texts = [t for _, t in ev.sent]
    assert "1:00 min over" in texts[0] and "0:45" in texts[1] and "0:15" in texts[3]
    assert "tijd voorbij — rond af" in texts[-1]
    last = board.calls[-1]
    assert {u.color for u in last} == {"red"}
    assert {u.item_id for u in last} == {"id-g1.timer", "id-g2.timer", "id-g3.timer"}
    assert cd.finished(s.now)


def test_pause_resume_and_extend(manifest, wv):
    s, board = Script({20: "p", 80: "p", 85: "+"}), Board()
    cd, ev = run_timer(manifest, wv, board, step=2, minutes=1, clock=s.clock, keys=s.keys, sender=inline(board, s))
    sent = [(rel(s, t), text.splitlines()[1]) for t, text in ev.sent]
    assert (20, "0:40 min over · gepauzeerd") in sent
    # Nothing is sent while paused; after resuming at 80 the remaining 40 s go on, +1 min at 85.
    assert not any(20 < t < 80 for t, _ in sent)
    assert (80, "0:40 min over") in sent
    assert (85, "1:35 min over") in sent
    assert rel(s, s.now) == pytest.approx(180)  # 60 + 60 paused + 60 extended


def test_take_a_minute_never_below_elapsed(wv):
    cd = Countdown(total=120, started=0)
    cd.extend(-60, now=90)
    assert cd.remaining(90) == 0
    cd2 = Countdown(total=300, started=0)
    cd2.extend(-60, now=10)
    assert cd2.remaining(10) == 230


def test_stop_shows_stopped(manifest, wv):
    s, board = Script({31: "q"}), Board()
    cd, ev = run_timer(manifest, wv, board, step=1, clock=s.clock, keys=s.keys, sender=inline(board, s))
    assert cd.stopped
    assert ev.sent[-1][1].endswith("gestopt")
    assert rel(s, ev.sent[-1][0]) == 31


def test_failed_update_then_recovery(manifest, wv):
    s, board = Script(), Board(fail_at={2, 3})
    cd, ev = run_timer(manifest, wv, board, step=3, minutes=1.5, clock=s.clock, keys=s.keys, sender=inline(board, s))
    assert ev.failures == 2
    assert not ev.behind  # caught up at the next tick
    assert [rel(s, t) for t, _ in ev.sent] == [0, 45, 60, 75, 90]
    assert len(board.calls) == 7  # the countdown went on through the failures


def test_only_chosen_groups(manifest, wv):
    s, board = Script(), Board()
    run_timer(
        manifest, wv, board, step=3, minutes=0.5, groups=[1, 3], clock=s.clock, keys=s.keys, sender=inline(board, s)
    )
    assert {u.item_id for call in board.calls for u in call} == {"id-g1.timer", "id-g3.timer"}


def test_requests_per_minute_within_budget(manifest, wv):
    s, board = Script(), Board()
    _, ev = run_timer(manifest, wv, board, step=1, clock=s.clock, keys=s.keys, sender=inline(board, s))
    # 3 groups, one update each per 15 s: at most 4 ticks (+1 at a boundary) a minute.
    for start in range(0, 25 * 60, 60):
        window = [t for t in ev.requests if s.t0 + start <= t < s.t0 + start + 60]
        assert len(window) <= 3 * 5


def test_terminal_only_without_board(manifest, wv):
    s = Script()
    _, ev = run_timer(manifest, wv, None, step=3, minutes=0.25, clock=s.clock, keys=s.keys, sender=inline(None, s))
    assert ev.requests == [] and "tijd voorbij" in ev.sent[-1][1]


def test_native_timer_follows(manifest, wv):
    calls = []

    class Native:
        def start(self, seconds):
            calls.append(("start", seconds))

        def pause(self):
            calls.append(("pause",))

        def resume(self):
            calls.append(("resume",))

        def extend(self, delta):
            calls.append(("extend", delta))

        def end(self):
            calls.append(("end",))

    s, native = Script({10: "p", 20: "p", 30: "+"}), Native()
    run_timer(
        manifest,
        wv,
        Board(),
        step=3,
        minutes=1,
        clock=s.clock,
        keys=s.keys,
        native=native,
        sender=InlineSender(Board(), native, clock=s.clock),
    )
    assert calls[0] == ("start", 60.0)
    assert calls[1:4] == [("pause",), ("resume",), ("extend", 60.0)]
    assert calls[-1] == ("end",)


def test_bad_options(manifest, wv):
    s = Script()
    with pytest.raises(UsageError, match="--step 4"):
        run_timer(manifest, wv, None, step=4, clock=s.clock, keys=s.keys, sender=inline(None, s))
    with pytest.raises(UsageError, match="--groups"):
        select_groups(manifest, "1,7")
    with pytest.raises(UsageError, match="--groups"):
        select_groups(manifest, "een")
    assert select_groups(manifest, None) == [1, 2, 3]


def test_panel_text_and_clock(wv):
    cd = Countdown(total=600, started=0)
    text, color = panel(wv, 2, cd, 5)
    assert text.splitlines() == ["Timer · Stap 2 · Netwerk in beeld", "9:55 min over"] and color == "light_yellow"
    assert clock_text(59.2) == "1:00"


def test_budget_stretches_the_tick_for_many_groups(wv):
    plan = layout(wv, 30)
    m = Manifest.from_plan(plan, name="t", backend="miro")
    for item in plan.items:
        m.record(item, f"id-{item.key}")
    s, board = Script(), Board()
    _, ev = run_timer(
        m, wv, board, step=1, clock=s.clock, keys=s.keys, max_requests_per_minute=60, sender=inline(board, s)
    )
    # 30 panels every 15 s would be 120 a minute; within 60 means a tick of 30 s.
    assert [round(t - s.t0) for t, _ in ev.sent[:4]] == [0, 30, 60, 90]
    for start in range(0, 25 * 60, 60):
        window = [t for t in ev.requests if s.t0 + start <= t < s.t0 + start + 60]
        assert len(window) <= 60


def test_an_unexpected_error_from_the_board_never_ends_the_countdown(manifest, wv):
    # e.g. the RuntimeError an event-loop-bound lock raised during a refresh: counted, not fatal.
    s = Script()

    class Broken(Board):
        def __call__(self, updates):
            super().__call__(updates)
            if len(self.calls) == 2:
                raise RuntimeError("<asyncio.locks.Lock> is bound to a different event loop")

    board = Broken()
    cd, ev = run_timer(manifest, wv, board, step=3, minutes=1, clock=s.clock, keys=s.keys, sender=inline(board, s))
    assert cd.finished(s.now) and ev.failures == 1 and "tijd voorbij" in ev.sent[-1][1]
