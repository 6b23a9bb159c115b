"""Expiring tokens across a backend's lifetime: one refresh mechanism for Miro and Mural.

Each synchronous backend call runs its I/O as its own coroutine; the token provider outlives
them all, so its lock and its idea of "about to expire" must hold across calls.
"""

from __future__ import annotations

import pytest

from fakes import FakeClock
from fakes.common import serve
from fakes.harness import MIRO_URL as API
from fakes.harness import open_miro
from fakes.miro_app import CLIENT_ID, CLIENT_SECRET, MiroApp
from werkbord.board.base import TextUpdate
from werkbord.board.miro import MiroBackend
from werkbord.credentials import CredentialStore
from werkbord.layout import layout
from werkbord.manifest import Manifest
from werkbord.settings import Settings

pytestmark = pytest.mark.usefixtures("edge")


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def fake(clock):
    app = MiroApp(clock=clock, sleep=clock.sleep)
    app.refresh_tokens["rt-env-000001"] = True
    return app


def miro(fake, clock, tmp_path) -> MiroBackend:
    serve(fake, API)
    s = Settings(
        _env_file=None,
        miro_api_url=API,
        miro_access_token="tok-expired-0009",
        miro_refresh_token="rt-env-000001",
        miro_client_id=CLIENT_ID,
        miro_client_secret=CLIENT_SECRET,
    )
    return open_miro(settings=s, credentials=CredentialStore(tmp_path / "cfg"), sleep=clock.sleep, clock=clock)


@pytest.fixture
def board(fake, clock, tmp_path, wv):
    plan = layout(wv, 6, title="T", start="14:00")
    m = Manifest.from_plan(plan, name="t", backend="miro")
    b = miro(fake, clock, tmp_path)
    b.provision(plan, m, lambda: None)
    timers = [m.id_of(g.timer_key) for g in plan.groups]
    return b, m, timers


def test_concurrent_refreshes_in_successive_calls_share_one_lock(fake, clock, board):
    # Six panel updates at once find the token expired together: they contend for the refresh
    # lock. The next call (a new coroutine, once a new event loop) must be able to do it again
    # (today: "RuntimeError: ... is bound to a different event loop").
    b, m, timers = board
    fake.latency = 0.05  # answers take (fake) time, as on a network: the six requests overlap
    for n in range(3):
        clock.now += 4000  # the access token has expired
        b.update_text(m, [TextUpdate(t, f"tick {n}", "red") for t in timers])
    assert fake.count("token") == 4  # provisioning's first refresh, then one per call, not one per request
    bid = m.board.id
    assert {fake.items[bid][t]["data"]["content"] for t in timers} == {"<p>tick 2</p>"}


def test_a_short_lived_token_is_not_renewed_before_every_request(fake, clock, board):
    # A token that lives 20 s: renewing "60 s before expiry" renewed before every request.
    b, m, timers = board
    fake.token_lifetime = 20
    clock.now += 4000
    before = fake.count("token")
    for n in range(70):
        b.update_text(m, [TextUpdate(timers[0], f"{n}", "red")])
        clock.now += 0.1  # 7 s of updates: well inside the token's 20 s
    assert fake.count("token") - before == 1


@pytest.mark.parametrize(
    ("lifetime", "low", "high"), [(20, 1.0, 5.0), (300, 10.0, 60.0), (3600, 60.0, 60.0), (None, 60.0, 60.0)]
)
def test_renewal_margin_scales_with_the_lifetime(lifetime, low, high):
    from werkbord.auth.renewal import renewal_margin

    margin = renewal_margin(lifetime)
    assert low <= margin <= high
    if lifetime:
        assert margin < lifetime / 2  # a token is used for most of its life


def test_every_token_provider_says_whether_it_can_refresh():
    # can_refresh is part of the TokenProvider protocol: each provider declares it (a property
    # giving a bool), so `werkbord check` asks it instead of probing.
    import inspect

    from werkbord.auth.miro import MiroToken
    from werkbord.auth.mural import MuralAuth
    from werkbord.http.tokens import StaticToken, TokenProvider

    assert "can_refresh" in TokenProvider.__dict__
    for cls in (StaticToken, MiroToken, MuralAuth):
        assert isinstance(inspect.getattr_static(cls, "can_refresh"), property), cls
    assert StaticToken("tok-static-0000001").can_refresh is False
