"""Sending the timer's panel updates to the board beside the countdown, never in its way.

The countdown must keep drawing and answering keys whatever the network does (a request that
hangs, a vendor that times out, a connection refused). So the board is updated by a worker:

* each update gets a short deadline and at most two attempts (:func:`werkbord.http.deadline.limited`
  carries them to the HTTP layer, which cancels the call when the deadline passes);
* only the newest panel text waits to be sent: when a newer one is due before an older one
  went out, the older one is dropped (a stale time on the board helps nobody);
* the platform's own timer (Mural) is driven by the same worker, in order, before panel texts;
* a call that ignores its deadline is abandoned (its thread left to finish on its own) and a
  new worker takes over, so one stuck call never holds up the rest.

:class:`InlineSender` does the same work synchronously, for tests driven by a fake clock.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..board.base import NativeTimer, TextUpdate
from ..errors import BoardError
from ..http.deadline import limited

__all__ = ["ATTEMPTS", "DEADLINE", "InlineSender", "Job", "Outcome", "Sender", "ThreadedSender"]

DEADLINE = 6.0  # seconds an update may take (ticks are 15 s apart)
ATTEMPTS = 2  # tries per update; the next tick is the real retry
GRACE = 2.0  # beyond the deadline before a call that ignores it is abandoned
MAX_ABANDONED = 4  # stuck threads tolerated before no new worker is started


@dataclass(frozen=True, slots=True)
class Job:
    at: float  # the countdown time this text is for
    text: str
    updates: tuple[TextUpdate, ...]
    final: bool = False  # time is up (or stopped): retried until it lands


@dataclass(frozen=True, slots=True)
class Outcome:
    job: Job
    ok: bool
    sent_at: float
    error: str = ""


Update = Callable[[Sequence[TextUpdate]], None]


class Sender(Protocol):
    dropped: int
    deadline: float  # seconds a call may take before it counts as failed (0: sent at once)

    def send(self, job: Job) -> None: ...

    def native(self, action: str, *args: float) -> None: ...

    def poll(self) -> list[Outcome]: ...

    def busy(self) -> bool: ...

    def close(self) -> None: ...


def _call(fn: Callable[[], None]) -> str:
    """Run one board call; '' when it worked, else what went wrong (never raises)."""
    try:
        fn()
    except BoardError as e:
        return e.message
    except Exception as e:  # a bug or an unexpected library error must not end the countdown
        return type(e).__name__
    return ""


def _native_fn(native: NativeTimer | None, action: str, args: tuple[float, ...]) -> Callable[[], None] | None:
    if native is None:
        return None
    fn = getattr(native, action)  # one of NativeTimer's methods, by name
    return lambda: fn(*args)


class InlineSender:
    """Sends at once, in the caller's thread (tests with a fake clock; no network)."""

    deadline = 0.0  # every call is made at once, in the caller's thread

    def __init__(self, update: Update | None, native: NativeTimer | None = None, *,
                 clock: Callable[[], float]) -> None:  # fmt: skip
        self._update = update
        self._native = native
        self._clock = clock
        self._done: list[Outcome] = []
        self.dropped = 0

    def send(self, job: Job) -> None:
        sent_at = self._clock()
        err = _call(lambda: self._update(job.updates)) if self._update else ""
        self._done.append(Outcome(job, not err, sent_at, err))

    def native(self, action: str, *args: float) -> None:
        fn = _native_fn(self._native, action, args)
        if fn is not None:
            _call(fn)

    def poll(self) -> list[Outcome]:
        out, self._done = self._done, []
        return out

    def busy(self) -> bool:
        return bool(self._done)  # an outcome not yet polled: the caller has not heard of it

    def close(self) -> None:
        pass


class ThreadedSender:
    """Sends from a worker thread, each call within ``deadline`` seconds and ``attempts`` tries."""

    def __init__(
        self,
        update: Update | None,
        native: NativeTimer | None = None,
        *,
        deadline: float = DEADLINE,
        attempts: int = ATTEMPTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._update = update
        self._native = native
        self.deadline = deadline
        self.attempts = attempts
        self._clock = clock
        self._cv = threading.Condition()
        self._latest: Job | None = None
        self._actions: deque[tuple[str, tuple[float, ...]]] = deque()
        self._done: list[Outcome] = []
        self._current: tuple[Job | None, float] | None = None  # what the worker is doing, since when
        self._generation = 0
        self._abandoned: list[threading.Thread] = []
        self._closed = False
        self.dropped = 0
        self._worker = self._spawn()

    # -- the countdown's side -----------------------------------------------------------------

    def send(self, job: Job) -> None:
        with self._cv:
            if self._latest is not None:
                self.dropped += 1  # never sent: a newer text replaces it
            self._latest = job
            self._cv.notify_all()

    def native(self, action: str, *args: float) -> None:
        if _native_fn(self._native, action, args) is None:
            return
        with self._cv:
            self._actions.append((action, args))
            self._cv.notify_all()

    def poll(self) -> list[Outcome]:
        with self._cv:
            self._abandon_if_stuck()
            out, self._done = self._done, []
        return out

    def busy(self) -> bool:
        with self._cv:
            # An outcome not polled yet counts: the caller must hear of it before it sends again.
            return self._current is not None or self._latest is not None or bool(self._actions or self._done)

    def close(self) -> None:
        with self._cv:
            self._closed = True
            self._cv.notify_all()

    # -- the worker's side --------------------------------------------------------------------

    def _spawn(self) -> threading.Thread:
        th = threading.Thread(target=self._work, args=(self._generation,), name="werkbord-timer-board", daemon=True)
        th.start()
        return th

    def _abandon_if_stuck(self) -> None:
        if self._current is None:
            return
        job, started = self._current
        if self._clock() - started <= self.deadline + GRACE:
            return
        # The call ignores its deadline: give up on it and carry on with a new worker.
        if job is not None:
            self._done.append(Outcome(job, False, started, "no answer"))
        self._abandoned = [t for t in self._abandoned if t.is_alive()]
        if len(self._abandoned) >= MAX_ABANDONED:
            return  # the stuck calls must end first; the countdown goes on regardless
        self._abandoned.append(self._worker)
        self._current = None
        self._generation += 1
        self._worker = self._spawn()

    def _work(self, generation: int) -> None:
        while True:
            with self._cv:
                while not self._closed and generation == self._generation and not (self._actions or self._latest):
                    self._cv.wait(0.5)
                if self._closed or generation != self._generation:
                    return
                job: Job | None = None
                if self._actions:
                    action, args = self._actions.popleft()
                    fn = _native_fn(self._native, action, args)
                else:
                    job, self._latest = self._latest, None
                    assert job is not None
                    fn = (lambda j=job: self._update(j.updates)) if self._update else None  # type: ignore[misc]
                started = self._clock()
                self._current = (job, started)
            err = ""
            if fn is not None:
                with limited(seconds=self.deadline, attempts=self.attempts):
                    err = _call(fn)
            with self._cv:
                if generation != self._generation:
                    return  # abandoned meanwhile; its outcome was given already
                self._current = None
                if job is not None:
                    self._done.append(Outcome(job, not err, started, err))
