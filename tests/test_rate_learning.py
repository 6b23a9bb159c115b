"""Pacing that learns how the server's rate windows fall (issue #25), on a fake clock: no test
here sleeps or times anything.

Two kinds of server follow the same header convention: fixed windows aligned to the clock whose
``X-RateLimit-Reset`` is exact, and windows opened by the first request whose reset is rounded
down to the second. A client that bets on one reading is slow (or refused) on the other.
"""

from __future__ import annotations

import asyncio
import math

import httpx
import pytest
import respx

from fakes.common import FakeClock as Clock
from fakes.common import VirtualClock, Window
from werkbord.http.client import HttpClient
from werkbord.http.ratebudget import EXACT_AFTER, RateBudget, ResetModel
from werkbord.http.tokens import StaticToken

BASE = "https://vendor.test"
T0 = 1_700_000_000.0
NAMES = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


def run(coro):
    return asyncio.run(coro)


# -- a 429 holds every request on the token --------------------------------------------------


def test_a_429_with_retry_after_pauses_every_request_on_the_token():
    # Three calls; only one may be on the wire at a time. The first is refused with
    # "Retry-After: 5": the two queued behind it must not go out before then either.
    clock = VirtualClock()
    sent: list[tuple[str, float]] = []
    answers = iter([httpx.Response(429, headers={"Retry-After": "5"})] + [httpx.Response(200, json={})] * 3)

    async def answer(request):
        sent.append((request.url.path, clock.now))
        await clock.sleep(0.1)  # the answer takes a while: the other calls queue up meanwhile
        return next(answers)

    async def go():
        with respx.mock(base_url=BASE) as router:
            router.get(path__regex=r"/x/\d").mock(side_effect=answer)
            async with HttpClient(BASE, vendor="V", auth=StaticToken("tok-pause-00001"), sleep=clock.sleep,
                                  clock=clock, max_concurrency=1) as h:  # fmt: skip
                await asyncio.gather(*(h.request("GET", f"/x/{n}") for n in range(3)))

    clock.run(go())
    assert sent[0] == ("/x/0", T0)
    assert len(sent) == 4
    assert all(t >= T0 + 5 for _, t in sent[1:]), sent


def test_requests_that_waited_for_a_connection_still_leave_spaced():
    # At most 2 in flight, 10 a second. The server answers in bunches (on the next whole
    # second): requests spaced before they waited for a connection would then leave together,
    # two at a time, over the per-second limit in short windows.
    clock = VirtualClock()
    sent: list[float] = []

    async def answer(request):
        sent.append(clock.now)
        await clock.sleep(math.floor(clock.now) + 1 - clock.now)
        return httpx.Response(200, json={})

    async def go():
        with respx.mock(base_url=BASE) as router:
            router.get("/x").mock(side_effect=answer)
            async with HttpClient(BASE, vendor="V", auth=None, sleep=clock.sleep, clock=clock, max_concurrency=2,
                                  max_rate=10) as h:  # fmt: skip
                await asyncio.gather(*(h.request("GET", "/x") for _ in range(8)))

    clock.run(go())
    gaps = [b - a for a, b in zip(sent, sent[1:], strict=False)]
    assert len(sent) == 8 and min(gaps) >= 0.1 - 1e-6, gaps


# -- both kinds of window, end to end through the client --------------------------------------


def _server(clock: Clock, kind: str, refused: list[float]):
    """25 requests per one-second window of the fake servers' kind, as a respx side effect."""
    window = Window(25, 1.0, kind)

    def answer(request):
        now = clock.now
        hdr = {"X-RateLimit-Limit": "25", "X-RateLimit-Reset": window.reset_header(now)}
        if not window.fits(1, now):
            refused.append(now)
            after = max(1, int(window.retry_after(now) + 0.999))
            return httpx.Response(429, headers={**hdr, "X-RateLimit-Remaining": "0", "Retry-After": str(after)})
        window.spend(1)
        return httpx.Response(200, json={}, headers={**hdr, "X-RateLimit-Remaining": str(window.remaining)})

    return answer


def _sequential(clock: Clock, kind: str, requests: int) -> tuple[float, list[float]]:
    refused: list[float] = []

    async def go():
        with respx.mock(base_url=BASE) as router:
            router.get("/x").mock(side_effect=_server(clock, kind, refused))
            async with HttpClient(BASE, vendor="V", auth=None, sleep=clock.sleep, clock=clock,
                                  max_concurrency=1) as h:  # fmt: skip
                for _ in range(requests):
                    await h.request("GET", "/x")
                    clock.now += 0.01  # each answer takes a little time
        return clock.now

    return run(go()) - T0, refused


def test_windows_aligned_to_the_clock_are_used_back_to_back():
    # Exact whole-second resets: 200 requests need 8 windows. Treating every whole-second reset
    # as maybe a second early (as before) waited out a second window after each: ~16 s.
    clock = Clock(T0 + 0.4)  # start inside a window
    elapsed, refused = _sequential(clock, "aligned", 200)
    assert not refused
    assert elapsed < 0.6 + 7 + 0.2  # the first window's remaining 0.6 s, 7 more, a probe's delay each


def test_windows_opened_by_the_first_request_cost_at_most_one_429_to_learn():
    clock = Clock(T0 + 0.4)
    elapsed, refused = _sequential(clock, "opened", 200)
    assert len(refused) <= 1  # a probe, while it is not known how windows fall
    assert all(t < T0 + 0.4 + 3 for t in refused)  # ... in the first windows, never later
    assert elapsed < 8 * 1.1 + 1.5  # 8 windows; at most one refused probe's Retry-After


# -- the model, fed observations directly -------------------------------------------------------


def test_resets_seen_to_turn_on_time_are_learned_to_be_exact():
    model = ResetModel()
    settled = []
    for k in range(1, 6):  # windows [k, k + 1) aligned to the clock; we did not open them
        r = T0 + k
        model.observe(r, sent_at=r - 0.5, answered_at=r - 0.4)  # counted mid-window
        model.observe(r, sent_at=r - 0.08, answered_at=r + 0.02)  # the last one it counted
        # The next window's first answer, to a request sent just before the reset:
        model.observe(r + 1, sent_at=r - 0.02, answered_at=r + 0.08)
        settled.append(model.exact)
    assert settled == [False, True, True, True, True]  # one window is not enough; two are
    assert not model.truncated


def test_a_request_counted_after_the_announced_reset_proves_truncation():
    model = ResetModel()
    model.evidence = 1e6  # however sure it was
    model.observe(T0 + 1, sent_at=T0 + 1.2, answered_at=T0 + 1.3)  # sent after the end, still counted
    assert model.truncated and not model.exact


def test_windows_our_own_requests_opened_are_no_evidence_of_exact_resets():
    # Windows opened by the first request, each opened by our probe just after the last one's
    # reset: every probe finds a new window, exactly as on a clock-aligned server. Our own
    # timing explains it; nothing is learned (believing it would be refused on the next window).
    model = ResetModel()
    for k in range(1, 10):
        r = T0 + k
        opened_at = r - 1 + 0.03  # the previous probe, sent 0.03 s after its reset
        model.observe(r, sent_at=opened_at, answered_at=opened_at + 0.05, opened=True)
        model.observe(r, sent_at=opened_at + 0.3, answered_at=opened_at + 0.35)
    assert not model.exact and not model.truncated


def test_once_resets_are_known_exact_a_spent_budget_waits_only_until_the_reset():
    clock = Clock(T0 + 0.5)
    budget = RateBudget(sleep=clock.sleep, clock=clock)
    budget.resets.evidence = 1e6  # learned
    budget.update(httpx.Headers({"X-RateLimit-Limit": "25", "X-RateLimit-Remaining": "0",
                                 "X-RateLimit-Reset": str(int(T0 + 1))}), NAMES)  # fmt: skip
    run(budget.acquire(1))
    assert clock.now == pytest.approx(T0 + 1 + EXACT_AFTER)


def test_the_fakes_have_both_kinds_of_window():
    aligned, opened = Window(25, 1.0, "aligned"), Window(25, 1.0, "opened")
    for w in (aligned, opened):
        assert w.fits(1, T0 + 0.7)
        w.spend(1)
    assert aligned.reset_header(T0 + 0.7) == str(int(T0 + 1))  # exact: the next whole second
    assert opened.reset_at(T0 + 0.7) == T0 + 1.7
    assert opened.reset_header(T0 + 0.7) == str(int(T0 + 1))  # truncated: 0.7 s early
    assert aligned.fits(25, T0 + 1.0) and not opened.fits(25, T0 + 1.0)
    with pytest.raises(ValueError):
        Window(25, 1.0, "sliding")


# -- many requests at once, with latency, on virtual time -----------------------------------------


def _simulate(kind: str, latency: float, requests: int, *, start: float = 0.37, rate: float | None = 24.0):
    """``requests`` independent calls, at most 16 in flight and ``rate`` a second (werkbord's
    Mural settings), against 25 per one-second window of ``kind``; half the latency each way.
    (elapsed, when each 429 was answered, requests sent)."""
    clock = VirtualClock(T0 + start)
    window = Window(25, 1.0, kind)
    refused: list[float] = []

    async def answer(request):
        await clock.sleep(latency / 2)
        now = clock.now
        hdr = {"X-RateLimit-Limit": "25", "X-RateLimit-Reset": window.reset_header(now)}
        if window.fits(1, now):
            window.spend(1)
            resp = httpx.Response(200, json={}, headers={**hdr, "X-RateLimit-Remaining": str(window.remaining)})
        else:
            refused.append(now)
            after = str(max(1, int(window.retry_after(now) + 0.999)))
            resp = httpx.Response(429, headers={**hdr, "X-RateLimit-Remaining": "0", "Retry-After": after})
        await clock.sleep(latency / 2)
        return resp

    async def go():
        with respx.mock(base_url=BASE) as router:
            route = router.post("/x").mock(side_effect=answer)
            async with HttpClient(BASE, vendor="V", auth=None, sleep=clock.sleep, clock=clock, max_concurrency=16,
                                  max_rate=rate) as h:  # fmt: skip
                await asyncio.gather(*(h.request("POST", "/x") for _ in range(requests)))
            return route.call_count

    sent = clock.run(go())
    return clock.now - (T0 + start), refused, sent


@pytest.mark.parametrize("kind", ["aligned", "opened"])
@pytest.mark.parametrize("latency", [0.1, 0.25])
def test_many_calls_keep_close_to_the_windows_and_stop_meeting_429s(kind, latency):
    elapsed, refused, sent = _simulate(kind, latency, 175)
    # A client that knew the windows: 7 full windows; the last answers a latency later.
    ideal = 6 + latency
    assert elapsed <= 1.5 * ideal, (elapsed, refused)
    assert len(refused) <= 2 and all(t < T0 + 3 for t in refused), refused  # learning, then none
    assert sent == 175 + len(refused)
