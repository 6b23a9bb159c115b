"""Limits a caller puts on the board calls it makes: a deadline and a number of attempts.

The live timer sends panel updates beside the countdown and must not wait for a network that
has gone: it sends with ``limited(seconds=6, attempts=2)``. Backends need not know: the limits
travel in a context variable to :func:`werkbord.http.sync.run_sync` (which cancels the call at
the deadline) and to the HTTP client (which makes at most ``attempts`` tries, each with a
timeout no longer than what is left). No third-party import here: the timer imports it cheaply.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = ["Limits", "current_limits", "limited"]


@dataclass(frozen=True, slots=True)
class Limits:
    deadline: float | None = None  # on ``clock``'s scale; None: no deadline
    seconds: float = 0.0  # the deadline as it was given, for messages
    attempts: int | None = None  # None: the client's own
    clock: Callable[[], float] = time.monotonic

    def left(self) -> float | None:
        return None if self.deadline is None else max(0.0, self.deadline - self.clock())


_NONE = Limits()
_LIMITS: contextvars.ContextVar[Limits] = contextvars.ContextVar("werkbord_limits", default=_NONE)


def current_limits() -> Limits:
    return _LIMITS.get()


@contextlib.contextmanager
def limited(*, seconds: float | None = None, attempts: int | None = None) -> Iterator[Limits]:
    """Board calls made inside end within ``seconds`` and try at most ``attempts`` times."""
    deadline = time.monotonic() + seconds if seconds is not None else None
    token = _LIMITS.set(Limits(deadline=deadline, seconds=seconds or 0.0, attempts=attempts))
    try:
        yield _LIMITS.get()
    finally:
        _LIMITS.reset(token)
