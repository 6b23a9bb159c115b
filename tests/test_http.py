"""The shared HTTP layer: retries, Retry-After, pacing, exactly-once creates, error mapping, redaction."""

from __future__ import annotations

import asyncio
import logging
from email.utils import formatdate

import httpx
import pytest
import respx

from werkbord.errors import (
    AuthError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationFailed,
    VendorError,
)
from werkbord.http.client import HttpClient
from werkbord.http.ratebudget import RateBudget
from werkbord.http.redaction import redact, register_secret
from werkbord.http.sync import run_sync
from werkbord.http.tokens import StaticToken

BASE = "https://vendor.test"
TOKEN = "sekrit-token-abcdef123456"
T0 = 1_700_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = T0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, s: float) -> None:
        self.sleeps.append(s)
        self.now += s


class Refreshing:
    """A token provider that hands out a new token once on refresh."""

    def __init__(self, ok: bool = True) -> None:
        self.current = "old-token-0000001"
        self.ok = ok
        self.calls = 0

    async def token(self) -> str:
        return self.current

    async def refresh(self, rejected: str) -> bool:
        self.calls += 1
        if not self.ok:
            return False
        self.current = "new-token-0000002"
        return True


def client(clock: Clock, **kw) -> HttpClient:
    kw.setdefault("auth", StaticToken(TOKEN))
    return HttpClient(BASE, vendor="Vendor", sleep=clock.sleep, clock=clock, **kw)


def run(coro):
    return asyncio.run(coro)


@respx.mock
def test_get_retries_5xx_with_backoff_then_succeeds():
    clock = Clock()
    route = respx.get(f"{BASE}/x").mock(
        side_effect=[httpx.Response(502), httpx.Response(500), httpx.Response(200, json={"ok": True})]
    )

    async def go():
        async with client(clock) as h:
            return await h.request_json("GET", "/x"), h.stats

    body, stats = run(go())
    assert body == {"ok": True}
    assert route.call_count == 3
    assert stats.retries == 2 and stats.requests == 3
    assert len(clock.sleeps) == 2 and all(0 < s <= 30.1 for s in clock.sleeps)


@respx.mock
def test_429_waits_retry_after_seconds():
    clock = Clock()
    respx.get(f"{BASE}/x").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json={})]
    )

    async def go():
        async with client(clock) as h:
            await h.request_json("GET", "/x")

    run(go())
    # The wait is what the server asked for (plus at most half a second of jitter), not backoff.
    assert 7 <= sum(clock.sleeps) <= 7.8


@respx.mock
def test_429_with_http_date_retry_after():
    clock = Clock()
    date = formatdate(T0 + 12, usegmt=True)
    respx.get(f"{BASE}/x").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": date}), httpx.Response(200)]
    )

    async def go():
        async with client(clock) as h:
            await h.request("GET", "/x")

    run(go())
    assert 11 <= sum(clock.sleeps) <= 13


@respx.mock
def test_429_without_retry_after_uses_reset_header():
    clock = Clock()
    reset = str(int(T0 + 20))  # epoch seconds
    respx.get(f"{BASE}/x").mock(
        side_effect=[
            httpx.Response(
                429,
                headers={
                    "X-RateLimit-Limit": "1000",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": reset,
                },
            ),
            httpx.Response(200),
        ]
    )

    async def go():
        async with client(clock) as h:
            await h.request("GET", "/x")

    run(go())
    assert 20 <= sum(clock.sleeps) <= 21


@respx.mock
def test_429_without_any_hint_backs_off_with_jitter():
    clock = Clock()
    respx.get(f"{BASE}/x").mock(side_effect=[httpx.Response(429), httpx.Response(429), httpx.Response(200)])

    async def go():
        async with client(clock, backoff_initial=1.0) as h:
            await h.request("GET", "/x")

    run(go())
    assert len(clock.sleeps) == 2
    assert 0 < clock.sleeps[0] <= 1.05 and 0 < clock.sleeps[1] <= 2.05  # full jitter under a doubling cap


@respx.mock
def test_persistent_429_raises_rate_limited_with_progress():
    clock = Clock()
    route = respx.get(f"{BASE}/x").mock(return_value=httpx.Response(429, headers={"Retry-After": "1"}))

    async def go():
        async with client(clock, max_attempts=4, max_rate_wait=5) as h:
            h.progress = lambda: "12 of 40 items are on the board"
            await h.request("GET", "/x")

    with pytest.raises(RateLimited) as e:
        run(go())
    # A 429 that says when to come back is waited out up to max_rate_wait, not max_attempts.
    assert 5 <= route.call_count <= 6
    assert "429" in str(e.value) and "12 of 40 items" in str(e.value)
    assert e.value.status == 429


@respx.mock
def test_a_429_storm_longer_than_the_attempt_budget_is_waited_out():
    clock = Clock()
    route = respx.get(f"{BASE}/x").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "2"})] * 12 + [httpx.Response(200, json={})]
    )

    async def go():
        async with client(clock, max_attempts=3) as h:
            return await h.request_json("GET", "/x")

    assert run(go()) == {}
    assert route.call_count == 13
    assert all(s >= 2 for s in clock.sleeps[:12])


@respx.mock
def test_max_rate_spaces_requests_before_sending():
    clock = Clock()
    respx.get(f"{BASE}/x").mock(return_value=httpx.Response(200, json={}))

    async def go():
        async with client(clock, max_rate=4) as h:
            for _ in range(5):
                await h.request_json("GET", "/x")

    run(go())
    # Five requests at 4/s: the four after the first each wait their quarter second.
    assert sum(clock.sleeps) == pytest.approx(1.0)


@respx.mock
def test_retry_after_beyond_limit_gives_up_at_once():
    clock = Clock()
    route = respx.get(f"{BASE}/x").mock(return_value=httpx.Response(429, headers={"Retry-After": "3600"}))

    async def go():
        async with client(clock) as h:
            await h.request("GET", "/x")

    with pytest.raises(RateLimited, match="3600s"):
        run(go())
    assert route.call_count == 1 and clock.sleeps == []


@respx.mock
def test_persistent_5xx_raises_vendor_error_after_retries():
    clock = Clock()
    route = respx.get(f"{BASE}/x").mock(return_value=httpx.Response(503))

    async def go():
        async with client(clock, max_attempts=3) as h:
            h.progress = lambda: "run the same command again to resume"
            await h.request("GET", "/x")

    with pytest.raises(VendorError) as e:
        run(go())
    assert route.call_count == 3
    assert "503" in str(e.value) and "resume" in str(e.value)


@respx.mock
def test_network_error_on_get_is_retried():
    clock = Clock()
    route = respx.get(f"{BASE}/x").mock(side_effect=[httpx.ReadTimeout("t"), httpx.Response(200, json=[1])])

    async def go():
        async with client(clock) as h:
            return await h.request_json("GET", "/x")

    assert run(go()) == [1]
    assert route.call_count == 2


@respx.mock
def test_post_with_lost_answer_is_not_resent_without_recheck():
    clock = Clock()
    route = respx.post(f"{BASE}/create").mock(side_effect=httpx.ReadTimeout("t"))

    async def go():
        async with client(clock) as h:
            await h.request_json("POST", "/create", json={"a": 1})

    with pytest.raises(VendorError, match="no answer"):
        run(go())
    assert route.call_count == 1  # sending it again could create it twice


@respx.mock
def test_post_with_lost_answer_asks_recheck_before_resending():
    clock = Clock()
    route = respx.post(f"{BASE}/create").mock(
        side_effect=[httpx.Response(500), httpx.Response(201, json={"id": 2})]
    )
    found: list[int] = []

    async def recheck():
        found.append(1)
        return {"id": 1, "adopted": True}

    async def go():
        async with client(clock) as h:
            return await h.request_json("POST", "/create", json={}, recheck=recheck)

    assert run(go()) == {"id": 1, "adopted": True}
    assert route.call_count == 1 and found == [1]


@respx.mock
def test_post_resent_when_recheck_finds_nothing():
    clock = Clock()
    route = respx.post(f"{BASE}/create").mock(
        side_effect=[httpx.ReadError("x"), httpx.Response(201, json={"id": 2})]
    )

    async def recheck():
        return None

    async def go():
        async with client(clock) as h:
            return await h.request_json("POST", "/create", json={}, recheck=recheck)

    assert run(go()) == {"id": 2}
    assert route.call_count == 2


@respx.mock
def test_post_is_resent_after_429_and_connect_error_without_recheck():
    clock = Clock()
    route = respx.post(f"{BASE}/create").mock(
        side_effect=[httpx.Response(429), httpx.ConnectError("refused"), httpx.Response(201, json={"id": 3})]
    )

    async def go():
        async with client(clock) as h:
            return await h.request_json("POST", "/create", json={})

    # Neither a 429 nor a connection that never opened did anything on the server.
    assert run(go()) == {"id": 3}
    assert route.call_count == 3


@respx.mock
def test_pacing_waits_for_reset_before_budget_runs_out():
    clock = Clock()
    reset = str(int(T0 + 30))
    times: list[float] = []

    def answer(request):
        times.append(clock.now)
        left = str(150 - 100 * (len(times) - 1))  # the server counts what it was sent
        hdr = {"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": left, "X-RateLimit-Reset": reset}
        return httpx.Response(201, json={}, headers=hdr)

    respx.post(f"{BASE}/create").mock(side_effect=answer)

    async def go():
        async with client(clock) as h:
            await h.request("POST", "/create", cost=100)  # learns: 150 left until T0+30
            await h.request("POST", "/create", cost=100)  # 150 - 100 = 50 >= floor: goes at once (50 left)
            await h.request("POST", "/create", cost=100)  # would overdraw: waits for the reset
            return h.budget

    budget = run(go())
    assert times[0] == T0 and times[1] == T0
    assert times[2] >= T0 + 30  # paced, no 429 needed
    assert budget.waited >= 29


def _limits(remaining: int, reset: float) -> httpx.Headers:
    return httpx.Headers(
        {"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": str(int(reset))}
    )


NAMES = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


def test_a_new_window_keeps_the_reservations_the_server_has_not_seen_yet():
    clock = Clock()
    budget = RateBudget(sleep=clock.sleep, clock=clock)
    budget.update(_limits(1000, T0 + 10), NAMES)

    async def go():
        clock.now = T0 + 11.5  # that window is over (a second after its truncated reset)
        for _ in range(9):
            await budget.acquire(100)  # nine calls go out into the new window at once
        # The first answer: the server has counted one of them so far.
        budget.update(_limits(900, T0 + 21.5), NAMES)
        budget.release(100)  # (as the client does once it took in the answer's headers)
        assert budget.remaining == 100  # not 900: eight more are on their way
        await budget.acquire(100)  # would overdraw: waits for the window's (announced) end
        return clock.now

    assert run(go()) >= T0 + 21


class YieldingClock(Clock):
    async def sleep(self, s: float) -> None:
        await super().sleep(s)
        await asyncio.sleep(0)  # as a real sleep: other tasks run meanwhile


def test_a_spent_budget_waits_for_the_answers_that_say_when_the_window_ends():
    clock = YieldingClock()
    budget = RateBudget(sleep=clock.sleep, clock=clock)
    budget.update(_limits(1000, T0 - 5), NAMES)  # long over: the next call opens a new window
    answered = []

    async def answer_later():
        # The answers to the first calls arrive while the next caller waits.
        while clock.now < T0 + 0.5:
            await asyncio.sleep(0)
        budget.update(_limits(20, T0 + 30), NAMES)
        answered.append(clock.now)

    async def go():
        for _ in range(9):
            await budget.acquire(100)
        waiter = asyncio.ensure_future(answer_later())
        await budget.acquire(100)  # must not guess that a second later the window is new:
        await waiter
        probe = clock.now  # one request goes at the announced reset (whole seconds: maybe truncated)
        await budget.acquire(100)  # no answer from it: the rest wait for the second after
        return probe, clock.now

    probe, rest = run(go())
    assert T0 + 30 <= probe < T0 + 30.1
    assert rest >= T0 + 31
    assert answered


@pytest.mark.parametrize(
    "status,cls,words",
    [
        (400, ValidationFailed, "rejected POST /create (400): bad body; [0].data.shape: invalid"),
        (403, PermissionDenied, "refused access (403)"),
        (404, NotFound, "could not find POST /create (404)"),
    ],
)
@respx.mock
def test_error_mapping(status, cls, words):
    clock = Clock()
    body = {
        "type": "error",
        "status": status,
        "message": "bad body" if status == 400 else "nope",
        "context": {"fields": [{"field": "[0].data.shape", "message": "invalid"}]},
    }
    respx.post(f"{BASE}/create").mock(return_value=httpx.Response(status, json=body))

    async def go():
        async with client(clock, hints={403: "check the scopes"}) as h:
            await h.request("POST", "/create", json={})

    with pytest.raises(cls) as e:
        run(go())
    assert words in str(e.value)
    assert e.value.status == status
    if status == 403:
        assert e.value.hint == "check the scopes"
    assert TOKEN not in str(e.value)


@respx.mock
def test_401_refreshes_once_and_retries_with_new_token():
    clock = Clock()
    seen: list[str] = []

    def answer(request):
        seen.append(request.headers["Authorization"])
        if request.headers["Authorization"] == "Bearer old-token-0000001":
            return httpx.Response(401, json={"message": "expired"})
        return httpx.Response(200, json={"ok": 1})

    respx.get(f"{BASE}/x").mock(side_effect=answer)
    auth = Refreshing()

    async def go():
        async with client(clock, auth=auth) as h:
            return await h.request_json("GET", "/x")

    assert run(go()) == {"ok": 1}
    assert seen == ["Bearer old-token-0000001", "Bearer new-token-0000002"] and auth.calls == 1


@respx.mock
def test_401_without_refresh_is_auth_error_and_hides_token():
    clock = Clock()
    respx.get(f"{BASE}/x").mock(
        return_value=httpx.Response(401, json={"message": f"token {TOKEN} is invalid (Bearer {TOKEN})"})
    )

    async def go():
        async with client(clock) as h:
            await h.request("GET", "/x")

    with pytest.raises(AuthError) as e:
        run(go())
    assert TOKEN not in str(e.value) and "[redacted]" in str(e.value)


@respx.mock
def test_paginate_follows_cursor_over_pages_and_stops_on_repeat():
    clock = Clock()
    pages = {
        None: {"data": [1, 2], "cursor": "a"},
        "a": {"data": [3, 4], "cursor": "b"},
        "b": {"data": [5], "cursor": "a"},  # a buggy server repeating itself must not loop forever
    }
    seen: list[dict] = []

    def answer(request):
        params = dict(request.url.params)
        seen.append(params)
        return httpx.Response(200, json=pages[params.get("cursor")])

    respx.get(f"{BASE}/items").mock(side_effect=answer)

    async def go():
        async with client(clock) as h:
            return [i async for i in h.paginate("/items", params={"limit": "2"})]

    assert run(go()) == [1, 2, 3, 4, 5]
    assert [p.get("cursor") for p in seen] == [None, "a", "b"]
    assert all(p["limit"] == "2" for p in seen)


def test_redact_removes_secrets_bearer_and_token_parameters():
    register_secret("a-registered-secret-value")
    text = (
        "Authorization: Bearer abc.def-ghi a-registered-secret-value "
        "https://x/v1/oauth/token?grant_type=refresh_token&refresh_token=RT123&client_secret=CS "
        '{"access_token": "AT999"}'
    )
    out = redact(text)
    for secret in ("abc.def-ghi", "a-registered-secret-value", "RT123", "CS&", "AT999"):
        assert secret not in out
    assert "grant_type=refresh_token" in out  # only secrets go, not the whole URL


@respx.mock
def test_httpx_log_lines_are_redacted(caplog):
    clock = Clock()
    respx.post(f"{BASE}/v1/oauth/token").mock(return_value=httpx.Response(200, json={}))

    async def go():
        async with client(clock, auth=None) as h:
            await h.request("POST", "/v1/oauth/token", params={"refresh_token": "RT-very-secret-1"})

    with caplog.at_level(logging.INFO, logger="httpx"):
        run(go())
    assert caplog.records, "httpx should have logged the request"
    assert all("RT-very-secret-1" not in r.getMessage() for r in caplog.records)


def test_static_token_repr_hides_token():
    assert TOKEN not in repr(StaticToken(TOKEN))


def test_run_sync_works_inside_a_running_loop():
    async def inner():
        return 42

    async def outer():
        return run_sync(inner())

    assert asyncio.run(outer()) == 42
    assert run_sync(inner()) == 42


def test_an_exact_reset_header_gets_no_extra_second():
    # A one-second window that says to the millisecond when it ends: a spent budget waits until
    # then, not a second more (that slack made each spent window cost two).
    clock = Clock()
    budget = RateBudget(sleep=clock.sleep, clock=clock)
    limit = {"X-RateLimit-Limit": "25", "X-RateLimit-Remaining": "0"}

    async def go(reset: str) -> float:
        start = clock.now
        budget.update(httpx.Headers({**limit, "X-RateLimit-Reset": reset}), NAMES)
        await budget.acquire(1)
        return clock.now - start

    waited_ms = run(go(str(int((T0 + 0.6) * 1000))))  # epoch milliseconds
    assert 0.6 - 1e-6 <= waited_ms <= 0.6 + 0.01
    clock.now = T0 + 10
    waited_frac = run(go(f"{T0 + 10.6:.3f}"))  # epoch seconds with a fraction
    assert 0.6 - 1e-6 <= waited_frac <= 0.6 + 0.01
    clock.now = T0 + 20
    # Whole seconds, maybe truncated: one request goes at the reset to see whether the window
    # turned (a probe); without its answer the rest allow a second's slack.
    waited_whole = run(go(str(int(T0 + 21))))
    assert 1.0 <= waited_whole <= 1.1
    run(budget.acquire(1))
    assert clock.now >= T0 + 22


def test_a_window_this_client_opened_ends_when_its_length_says_not_a_second_later():
    # One-second windows with whole-second (truncated) epoch resets: the request that opened
    # the window was answered at T0 + 0.3 (sent at T0 + 0.2), so the window ends by T0 + 1.3;
    # its header says int(T0 + 1.25) = T0 + 1. Waiting until T0 + 2 (the old slack) wastes 0.7 s.
    clock = Clock()
    clock.now = T0 + 0.3
    budget = RateBudget(sleep=clock.sleep, clock=clock)
    hdr = {"X-RateLimit-Limit": "25", "X-RateLimit-Remaining": "24", "X-RateLimit-Reset": str(int(T0 + 1))}
    budget.update(httpx.Headers(hdr), NAMES, sent_at=T0 + 0.2, cost=1)
    assert T0 + 1.0 <= budget.reset_at <= T0 + 1.3
    # Not the window's first request (the server had counted others): nothing is known, a second's slack.
    other = RateBudget(sleep=clock.sleep, clock=clock)
    other.update(httpx.Headers({**hdr, "X-RateLimit-Remaining": "20"}), NAMES, sent_at=T0 + 0.2, cost=1)
    assert other.reset_at == T0 + 2


def test_one_second_windows_are_used_back_to_back_without_a_429():
    # A server with 25 requests per fixed one-second window (opened by the first request), whole-
    # second reset headers: 100 requests take four windows, not eight, and none is refused.
    clock = Clock()
    window = {"opened": None, "used": 0}
    refused = []

    def answer(request):
        now = clock.now
        if window["opened"] is None or now >= window["opened"] + 1.0:
            window["opened"], window["used"] = now, 0
        reset = str(int(window["opened"] + 1.0))
        if window["used"] >= 25:
            refused.append(now)
            return httpx.Response(429, headers={"Retry-After": "1", "X-RateLimit-Reset": reset})
        window["used"] += 1
        hdr = {"X-RateLimit-Limit": "25", "X-RateLimit-Remaining": str(25 - window["used"]), "X-RateLimit-Reset": reset}
        return httpx.Response(200, json={}, headers=hdr)

    async def go():
        with respx.mock(base_url=BASE) as router:
            router.get("/x").mock(side_effect=answer)
            async with HttpClient(BASE, vendor="V", auth=None, sleep=clock.sleep, clock=clock,
                                  max_concurrency=1) as h:  # fmt: skip
                for _ in range(100):
                    await h.request("GET", "/x")
                    clock.now += 0.01  # each answer takes a little time
        return clock.now - T0

    elapsed = run(go())
    assert not refused
    assert elapsed < 4.6  # 3 windows waited out, plus the last (the old slack and jitter: over 6 s)
