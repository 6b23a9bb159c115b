"""Pacing against a vendor's rate budget, from what its ``X-RateLimit-*`` headers report."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import math
import random
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

__all__ = ["Clock", "RateBudget", "RequestStats", "Sleep"]

log = logging.getLogger("werkbord.http")

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


@dataclass(slots=True)
class RequestStats:
    requests: int = 0  # requests sent, retries included
    retries: int = 0
    credits: int = 0  # sum of the ``cost`` of requests that succeeded
    rate_limited: int = 0  # 429 answers seen
    by_status: Counter = field(default_factory=Counter)


# Whole-second reset headers may be truncated: such a window is over only a second after one says.
RESET_SLACK = 1.0
# How long a spent budget waits for an answer saying when the window ends before assuming it has.
UNKNOWN_RESET_WAIT = 2.0


class RateBudget:
    """Paces requests against the vendor's budget as its ``X-RateLimit-*`` headers report it.

    Each request *reserves* its cost before it is sent; the server's ``Remaining`` then
    corrects the estimate. When a reservation would drive the budget below ``floor`` the caller
    sleeps until the window resets, i.e. we slow down before the vendor starts answering 429.
    Without headers nothing is known and nothing is paced (concurrency is still capped).
    """

    def __init__(self, *, sleep: Sleep, clock: Clock, floor_fraction: float = 0.02) -> None:
        self._sleep = sleep
        self._clock = clock
        self._floor_fraction = floor_fraction
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset_at: float | None = None  # epoch seconds by which the window has surely turned
        self.waited: float = 0.0
        self._lock = asyncio.Lock()

    @property
    def floor(self) -> int:
        return int((self.limit or 0) * self._floor_fraction)

    async def acquire(self, cost: int) -> None:
        async with self._lock:  # one waiter at a time: the rest queue behind it, not beside
            unknown_wait = 0.0
            while True:
                now = self._clock()
                if self.reset_at is not None and now >= self.reset_at:
                    # A new window: the server's budget is full again until it tells otherwise.
                    self.remaining = self.limit
                    self.reset_at = None
                if self.remaining is None or self.remaining - cost >= self.floor:
                    if self.remaining is not None:
                        self.remaining -= cost
                    return
                if self.limit is not None and cost > self.limit - self.floor:
                    return  # could never fit: let the server decide rather than wait forever
                if self.reset_at is not None:
                    delay = self.reset_at - now
                elif unknown_wait < UNKNOWN_RESET_WAIT:
                    # A window we opened ourselves is spent and no answer has said yet when it
                    # ends: those answers are on their way, so wait for them, not for a guess.
                    delay = 0.25
                    unknown_wait += delay
                else:
                    # The vendor never says when its window ends: assume it has turned by now.
                    self.remaining = self.limit
                    continue
                # A little jitter (a tenth of the wait, at most 0.25 s) so callers do not align;
                # more would add a tenth of a one-second window to every spent budget.
                delay = max(0.05, delay)
                delay += random.uniform(0, min(0.25, 0.1 * delay))
                log.debug("rate budget low (%s left); pausing %.1fs", self.remaining, delay)
                self.waited += delay
                await self._sleep(delay)

    def update(
        self,
        headers: httpx.Headers,
        names: tuple[str, str, str],
        *,
        sent_at: float | None = None,
        cost: int | None = None,
    ) -> None:
        """Take in an answer's rate-limit headers (``sent_at``/``cost``: of the request it answers)."""
        limit = _int(headers.get(names[0]))
        remaining = _int(headers.get(names[1]))
        raw_reset = headers.get(names[2])
        now = self._clock()
        reset = _reset_at(raw_reset, now)
        if limit is not None:
            self.limit = limit
        if reset is not None:
            slack = _truncation_slack(raw_reset)
            if slack and sent_at is not None and cost is not None and remaining is not None:
                if self.limit is not None and remaining + cost == self.limit:
                    slack = _opened_window_slack(reset, sent_at, now, slack)
            reset += slack
        if remaining is None:
            return
        if reset is not None and self.reset_at is None and self.remaining is not None:
            # The first word on a window we opened ourselves (we waited for its reset): what we
            # reserved since counts in it, including requests the server has not seen yet, so
            # its count may only lower our estimate. Taking it as is would forget those and
            # overdraw the window by up to the concurrency's worth of requests.
            self.reset_at = reset
            self.remaining = min(self.remaining, remaining)
        elif reset is not None and (self.reset_at is None or abs(reset - self.reset_at) >= 1.0):
            # (Within one window, whole-second values differ by less than a second; the next
            # one-second window's by a whole second: it is a new window, not the same one.)
            # The server speaks of a (new) window: its count replaces our estimate.
            self.remaining, self.reset_at = remaining, reset
        else:
            # Same window: in-flight reservations are not in the server's count yet; keep the lower.
            self.remaining = remaining if self.remaining is None else min(self.remaining, remaining)

    def exhausted(self, reset_seconds: float | None) -> None:
        """A 429 that says when to come back: nothing is left until then, for every caller.

        Without that the retry's own backoff is the only wait (waiting here too would double it).
        """
        if reset_seconds is not None:
            self.remaining = 0
            self.reset_at = self._clock() + reset_seconds


def _opened_window_slack(reset: float, sent_at: float, answered_at: float, slack: float) -> float:
    """A truncated reset ``reset`` of a window this request opened (it was the first the server
    counted): the window began between sending and the answer, so it ends at most its length
    after the answer. Windows last whole seconds; when only one length fits what was seen, the
    slack shrinks to what that allows (each spent window no longer waits out most of another).
    """
    low, high = reset - answered_at, reset + slack - sent_at  # the window's length lies between
    lengths = [w for w in range(max(1, math.floor(low) + 1), math.ceil(high)) if low < w < high]
    if len(lengths) != 1:
        return slack  # ambiguous: the safe second
    return max(0.0, min(slack, answered_at + lengths[0] - reset))


def _truncation_slack(v: str | None) -> float:
    """How much later than it says a window may end: a second for a whole-second value (it may
    be truncated), nothing for one with a fraction or in milliseconds (it is exact). A slack
    where none is needed makes every spent budget wait out part of another window."""
    try:
        f = float(v) if v is not None else None
    except ValueError:
        return 0.0
    if f is None or f > 1e12 or not f.is_integer() or "." in (v or ""):
        return 0.0
    return RESET_SLACK


def _int(v: str | None) -> int | None:
    try:
        return int(float(v)) if v is not None else None
    except ValueError:
        return None


def _reset_at(v: str | None, now: float) -> float | None:
    """Reset header as an epoch time; small numbers are seconds from now (vendors differ)."""
    try:
        f = float(v) if v is not None else None
    except ValueError:
        return None
    if f is None:
        return None
    if f > 1e12:  # milliseconds since the epoch
        f /= 1000.0
    return f if f > 1e9 else now + f


def _retry_after(v: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP date."""
    if not v:
        return None
    v = v.strip()
    try:
        return max(0.0, float(v))
    except ValueError:
        pass
    try:
        dt = email.utils.parsedate_to_datetime(v)
    except (TypeError, ValueError):
        return None
    return max(0.0, dt.timestamp() - now)
