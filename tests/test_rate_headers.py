"""Rate-limit reset headers in the three shapes vendors send: epoch seconds, epoch milliseconds and
seconds from now. A millisecond epoch read as seconds would mean a wait of decades."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx

from fakes.common import FakeClock as Clock
from werkbord.http.client import HttpClient
from werkbord.http.tokens import StaticToken

BASE = "https://vendor.test"
T0 = 1_700_000_000.0


def _client(clock: Clock) -> HttpClient:
    return HttpClient(BASE, vendor="Vendor", sleep=clock.sleep, clock=clock, auth=StaticToken("tok-rate-000001"))


RESETS = {
    "epoch seconds": str(int(T0 + 20)),
    "epoch milliseconds": str(int((T0 + 20) * 1000)),
    "seconds from now": "20",
}


@pytest.mark.parametrize("reset", RESETS.values(), ids=RESETS.keys())
@respx.mock
def test_a_429_waits_for_the_reset_whatever_its_unit(reset):
    clock = Clock()
    limited = httpx.Response(429, headers={"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "0",
                                           "X-RateLimit-Reset": reset})  # fmt: skip
    respx.get(f"{BASE}/x").mock(side_effect=[limited, httpx.Response(200)])

    async def go():
        async with _client(clock) as h:
            await h.request("GET", "/x")

    asyncio.run(go())
    assert 20 <= sum(clock.sleeps) <= 22


@pytest.mark.parametrize("reset", RESETS.values(), ids=RESETS.keys())
@respx.mock
def test_pacing_reads_the_reset_whatever_its_unit(reset):
    clock = Clock()
    times: list[float] = []

    def answer(request):
        times.append(clock.now)
        left = str(150 - 100 * (len(times) - 1))  # the server counts what it was sent
        hdr = {"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": left, "X-RateLimit-Reset": reset}
        return httpx.Response(201, json={}, headers=hdr)

    respx.post(f"{BASE}/create").mock(side_effect=answer)

    async def go():
        async with _client(clock) as h:
            for _ in range(3):  # 150 left: the third call of 100 would overdraw and waits
                await h.request("POST", "/create", cost=100)

    asyncio.run(go())
    assert times[0] == times[1] == T0
    assert T0 + 20 <= times[2] <= T0 + 22
