"""Pacing against a vendor's rate budget, from what its ``X-RateLimit-*`` headers report."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import math
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

__all__ = ["Clock", "RateBudget", "RequestStats", "ResetModel", "Sleep", "reset_at", "retry_after"]

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
# While answers are on their way, a waiting caller looks this often whether one said the window
# turned (a long sleep to the estimated end would miss a window that turned earlier).
POLL = 0.02
# Clock difference between this machine and the server that is not yet taken as evidence.
SKEW = 0.02
# Unsure whether a whole-second reset is exact, a spent budget sends one request this long after
# it (a probe) and holds the rest until its answer says which window it landed in.
PROBE_AFTER = 0.03
# Once resets are known to be exact, requests wait this long after one.
EXACT_AFTER = 0.01
# Likelihood ratio (exact : truncated) at which whole-second resets are believed exact, and the
# most one window's observation may add to it (so no single lucky answer settles it).
EXACT_EVIDENCE = 100.0
MIN_OVERLAP = 0.05


class ResetModel:
    """What a whole-second epoch ``Reset`` means on this server, learned from its answers (pure).

    Vendors do not document it. Either the window ends when the header says (*exact*: e.g.
    fixed windows aligned to the clock), or up to a second later (*truncated*: e.g. a window
    opened by the first request, its end rounded down). Every answer tells which window counted
    it (by the reset it announces); the first answer from a newer window bounds when the older
    one ended: after the last request it counted was sent, by the time this answer came.

    * Under exactness that end is the announced reset; under truncation anywhere in the second
      after it, so a window seen ending within ``w`` seconds of its reset is ``1/w`` times
      likelier exact (a likelihood ratio, multiplied over windows).
    * A window opened by a request of ours (its answer's Remaining is the limit less its cost)
      may instead have ended a whole number of seconds after that request: an end that fits
      this too is no evidence either way (our own timing would explain it).
    * A request sent after a window's announced end and still counted (or refused) by it
      proves truncation, for good.
    """

    def __init__(self) -> None:
        self.evidence = 1.0  # likelihood ratio exact : truncated
        self.truncated = False
        self._last_sent: dict[float, float] = {}  # announced reset → latest send it counted
        self._opener: dict[float, tuple[float, float]] = {}  # announced reset → (sent, answered)
        self._judged: set[float] = set()

    @property
    def exact(self) -> bool:
        return not self.truncated and self.evidence >= EXACT_EVIDENCE

    @property
    def settled(self) -> bool:
        return self.truncated or self.exact

    def observe(self, announced: float, sent_at: float, answered_at: float, *, opened: bool = False) -> None:
        """One answer (2xx or 429) from the window that announced ``announced``, to a request
        sent at ``sent_at`` and answered at ``answered_at`` (this machine's clock); ``opened``:
        the server had counted nothing else in that window before it."""
        if sent_at > announced + SKEW:
            self.truncated = True  # the server handled it after that window's announced end
        if opened and (announced not in self._opener or sent_at < self._opener[announced][0]):
            self._opener[announced] = (sent_at, answered_at)
        if announced in self._last_sent:
            self._last_sent[announced] = max(self._last_sent[announced], sent_at)
            return
        for old, last_sent in self._last_sent.items():
            if old >= announced or old in self._judged:
                continue
            self._judged.add(old)
            if old in self._opener:
                s0, a0 = self._opener[old]
                # Opened by us between s0 and a0, lasting whole seconds, it ended by s0 + that.
                if answered_at >= s0 + math.ceil(old - a0 - 1e-9):
                    continue
            # The old window ended in (last_sent, answered_at]; truncation puts its end evenly
            # in [old, old + 1): the chance of this interval under it is their overlap.
            overlap = min(answered_at, old + 1.0) - max(last_sent, old)
            if 0.0 < overlap < 1.0:
                self.evidence /= max(overlap, MIN_OVERLAP)
        self._last_sent[announced] = sent_at
        for old in sorted(self._last_sent)[:-8]:  # a few windows are enough to judge by
            del self._last_sent[old]
            self._opener.pop(old, None)
            self._judged.discard(old)


class RateBudget:
    """Paces requests against the vendor's budget as its ``X-RateLimit-*`` headers report it.

    Each request *reserves* its cost before it is sent (:meth:`acquire`) and gives it back
    once answered (:meth:`release`); what is left is the server's latest ``Remaining`` for the
    current window less what is in flight. When a reservation would drive the budget below
    ``floor`` the caller waits until the window turns, i.e. we slow down before the vendor
    starts answering 429. When the window turns is learned (:class:`ResetModel`): a reset in
    whole seconds is taken as possibly truncated until answers show it is exact; while unsure,
    one probe goes out at the announced reset and the rest follow as soon as its answer shows a
    new window. A 429 that says how long to wait pauses every request (:meth:`hold`).
    Without headers nothing is known and nothing is paced (concurrency is still capped).
    """

    def __init__(self, *, sleep: Sleep, clock: Clock, floor_fraction: float = 0.02) -> None:
        self._sleep = sleep
        self._clock = clock
        self._floor_fraction = floor_fraction
        self.limit: int | None = None
        self.counted: int | None = None  # the server's least Remaining in the current window
        self.in_flight = 0  # cost reserved by requests not answered yet
        self.reset_at: float | None = None  # epoch seconds by which the window has surely turned
        self.announced: float | None = None  # the current window's reset as the server said it
        self.paused_until = 0.0  # a 429's Retry-After: nothing goes out before then
        self.waited: float = 0.0
        self.resets = ResetModel()
        self._whole = False  # the current window's reset came in whole epoch seconds
        self._probed: float | None = None  # the announced reset a probe was sent after
        self._lock = asyncio.Lock()

    @property
    def floor(self) -> int:
        return int((self.limit or 0) * self._floor_fraction)

    @property
    def remaining(self) -> int | None:
        """What is left to spend in this window (None: nothing known)."""
        return None if self.counted is None else self.counted - self.in_flight

    async def hold(self, at_most: float | None = None) -> None:
        """Wait out a pause a 429 asked for (called right before a request goes out); a caller
        with a deadline waits ``at_most`` that long, then lets the server decide."""
        until = self.paused_until if at_most is None else min(self.paused_until, self._clock() + max(0.0, at_most))
        while (left := until - self._clock()) > 0:
            self.waited += left
            await self._sleep(left)

    def release(self, cost: int) -> None:
        """A reserved request was answered (its headers taken in first) or failed."""
        self.in_flight = max(0, self.in_flight - cost)

    async def acquire(self, cost: int) -> None:
        async with self._lock:  # one waiter at a time: the rest queue behind it, not beside
            unknown_wait = 0.0
            while True:
                now = self._clock()
                if now < self.paused_until:
                    await self.hold()
                    continue
                if self.resets.exact and self._whole and self.announced is not None and self.reset_at is not None:
                    self.reset_at = min(self.reset_at, self.announced + EXACT_AFTER)
                if self.reset_at is not None and now >= self.reset_at:
                    # A new window: the server's budget is full again until it tells otherwise.
                    self.counted = self.limit
                    self.reset_at = None
                left = self.remaining
                if left is None or left - cost >= self.floor or (
                    self.limit is not None and cost > self.limit - self.floor
                ):  # (a cost that could never fit: let the server decide rather than wait forever)
                    self.in_flight += cost
                    return
                probe = self._probe_at()
                if probe is not None and now >= probe:
                    self._probed = self.announced
                    self.in_flight += cost
                    return
                if self.reset_at is not None:
                    target = self.reset_at if probe is None else min(self.reset_at, probe)
                    delay = min(target - now, POLL) if self.in_flight else target - now
                elif unknown_wait < UNKNOWN_RESET_WAIT:
                    # A window we opened ourselves is spent and no answer has said yet when it
                    # ends: those answers are on their way, so wait for them, not for a guess.
                    delay = 0.25
                    unknown_wait += delay
                else:
                    # The vendor never says when its window ends: assume it has turned by now
                    # (and if what is in flight still fills it, let the server decide).
                    self.counted = self.limit
                    self.in_flight += cost
                    return
                delay = max(0.001, delay)
                log.debug("rate budget low (%s left); pausing %.2fs", left, delay)
                self.waited += delay
                await self._sleep(delay)

    def _probe_at(self) -> float | None:
        """When to send one request into what may already be the next window (None: no probe)."""
        if self.announced is None or self.reset_at is None or not self._whole or self.resets.settled:
            return None
        if self._probed == self.announced:
            return None  # one probe a window
        at = self.announced + PROBE_AFTER
        return at if self.reset_at - at > 0.1 else None

    def update(
        self,
        headers: httpx.Headers,
        names: tuple[str, str, str],
        *,
        sent_at: float | None = None,
        cost: int | None = None,
    ) -> None:
        """Take in an answer's rate-limit headers (``sent_at``/``cost``: of the request it answers;
        call :meth:`release` for that request afterwards)."""
        limit = _int(headers.get(names[0]))
        remaining = _int(headers.get(names[1]))
        raw_reset = headers.get(names[2])
        now = self._clock()
        announced = reset_at(raw_reset, now)
        if limit is not None:
            self.limit = limit
        whole = _truncation_slack(raw_reset) > 0
        if announced is not None and whole and sent_at is not None and _is_epoch(raw_reset):
            opened = cost is not None and limit is not None and remaining is not None and remaining + cost == limit
            self.resets.observe(announced, sent_at, now, opened=opened)
        if remaining is None:
            return
        if announced is None:
            self.counted = remaining if self.counted is None else min(self.counted, remaining)
            return
        if self.announced is not None and announced <= self.announced - 1.0:
            return  # a late answer from a window that is over: it says nothing about this one
        end = self._end(announced, raw_reset, whole, sent_at, cost, remaining, now)
        if self.announced is None or announced >= self.announced + 1.0:
            # (Within one window, whole-second values differ by less than a second; the next
            # one-second window's by a whole second: it is a new window, not the same one.)
            # The server speaks of a (new) window: its count replaces our estimate; what is
            # still in flight is subtracted from it (it may land in this window).
            self.counted, self.announced, self.reset_at, self._whole = remaining, announced, end, whole
        else:
            # Same window: answers may come in any order; the least Remaining is the latest count.
            self.counted = remaining if self.counted is None else min(self.counted, remaining)
            self.reset_at = end if self.reset_at is None else min(self.reset_at, end)

    def _end(
        self,
        announced: float,
        raw: str | None,
        whole: bool,
        sent_at: float | None,
        cost: int | None,
        remaining: int,
        now: float,
    ) -> float:
        """When the window that announced ``announced`` has surely ended."""
        if not whole:
            return announced
        if self.resets.exact:
            return announced + EXACT_AFTER
        slack = RESET_SLACK
        if sent_at is not None and cost is not None and self.limit is not None and remaining + cost == self.limit:
            slack = _opened_window_slack(announced, sent_at, now, slack)
        return announced + slack

    def exhausted(self, reset_seconds: float | None) -> None:
        """A 429 that says when to come back: nothing is left until then, and nothing goes out
        before then, for every caller (requests already past :meth:`acquire` wait in :meth:`hold`).

        Without that the retry's own backoff is the only wait (waiting here too would double it).
        """
        if reset_seconds is not None:
            until = self._clock() + reset_seconds
            self.paused_until = max(self.paused_until, until)
            self.counted = 0
            self.reset_at = until


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


def _is_epoch(v: str | None) -> bool:
    try:
        return v is not None and float(v) > 1e9
    except ValueError:
        return False


def reset_at(v: str | None, now: float) -> float | None:
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


def retry_after(v: str | None, now: float) -> float | None:
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
