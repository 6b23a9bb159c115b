"""The HTTP layer's guards against losing or doubling work: a lost answer to a call that is not
idempotent is never sent again, and a server's Retry-After never turns time backwards."""

from __future__ import annotations

import asyncio
from email.utils import formatdate

import httpx
import pytest
import respx

from werkbord.errors import VendorError
from werkbord.http.client import HttpClient
from werkbord.http.tokens import StaticToken

BASE = "https://vendor.test"
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


def _client(clock: Clock) -> HttpClient:
    return HttpClient(BASE, vendor="Vendor", auth=StaticToken("guard-token-123456"), sleep=clock.sleep, clock=clock)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@respx.mock
def test_a_lost_answer_to_a_call_that_is_not_idempotent_is_never_resent(method):
    # Mural's timer "extend by delta" is a PATCH: sent twice, the group would get the minutes twice.
    clock = Clock()
    route = respx.route(method=method, url=f"{BASE}/timer").mock(side_effect=httpx.ReadTimeout("lost"))

    async def go():
        async with _client(clock) as h:
            await h.request_json(method, "/timer", json={"delta": 60})

    with pytest.raises(VendorError, match="no answer"):
        asyncio.run(go())
    assert route.call_count == 1


@respx.mock
def test_a_lost_answer_to_a_put_is_sent_again():
    # The other side of the rule: an idempotent call may be repeated safely.
    clock = Clock()
    route = respx.put(f"{BASE}/item").mock(side_effect=[httpx.ReadTimeout("lost"), httpx.Response(200, json={})])

    async def go():
        async with _client(clock) as h:
            return await h.request_json("PUT", "/item", json={"text": "x"})

    assert asyncio.run(go()) == {}
    assert route.call_count == 2


@pytest.mark.parametrize("retry_after", ["-30", formatdate(T0 - 60, usegmt=True)], ids=["negative", "past-date"])
@respx.mock
def test_a_retry_after_in_the_past_means_now_never_a_negative_wait(retry_after):
    clock = Clock()
    route = respx.get(f"{BASE}/x").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": retry_after}), httpx.Response(200, json={})]
    )

    async def go():
        async with _client(clock) as h:
            return await h.request_json("GET", "/x")

    assert asyncio.run(go()) == {}
    assert route.call_count == 2
    assert clock.sleeps and all(s >= 0 for s in clock.sleeps) and clock.now >= T0
    assert sum(clock.sleeps) <= 1.0  # at most the jitter: the server said "now"
