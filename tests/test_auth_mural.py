"""Mural sign-in: loopback + PKCE code exchange, refresh with rotation, status and logout."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import queue
import stat
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from fakes import Fault, on
from fakes.harness import open_mural
from mural_support import ACCESS, API, CLIENT_SECRET, REFRESH, fake_mural, settings, signed_in, small_plan
from werkbord.auth import mural as auth
from werkbord.credentials import CredentialStore
from werkbord.errors import AuthError, UsageError, VendorError
from werkbord.manifest import Manifest

TOKEN_URL = f"{API}/authorization/oauth2/token"


@pytest.fixture
def store(monkeypatch, tmp_path):
    monkeypatch.setenv("WERKBORD_CREDENTIALS", "file")
    monkeypatch.setenv("WERKBORD_CONFIG_DIR", str(tmp_path / "config"))
    return CredentialStore()


def _token_answer(access=ACCESS, refresh=REFRESH, expires_in=900):
    return httpx.Response(
        200,
        json={
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": expires_in,
            "token_type": "bearer",
        },
    )


class SignInRun:
    """Runs sign_in in a thread (it blocks on the loopback server) and plays the browser."""

    def __init__(self, store, **kw) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.result = None
        self.error: BaseException | None = None
        kw.setdefault("timeout", 10)

        def run() -> None:
            try:
                self.result = auth.sign_in(
                    settings(), open_browser=False, port=0, print_url=self.lines.put, store=store, **kw
                )
            except BaseException as e:  # handed to the test
                self.error = e

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def consent_url(self) -> str:
        line = self.lines.get(timeout=5)
        return line.split(": ", 1)[1]

    def browser_returns(self, query: str) -> int:
        q = parse_qs(urlsplit(self.url).query)
        redirect = q["redirect_uri"][0]
        try:
            with urllib.request.urlopen(f"{redirect}?{query}", timeout=5) as r:
                return r.status
        except urllib.error.HTTPError as e:
            return e.code

    def finish(self):
        self.thread.join(timeout=10)
        assert not self.thread.is_alive()
        return self.result, self.error

    def start(self):
        self.url = self.consent_url()
        return parse_qs(urlsplit(self.url).query)


def test_sign_in_exchanges_the_code_with_pkce_and_stores_the_tokens(store):
    with respx.mock(assert_all_called=True) as router:
        token = router.post(TOKEN_URL).mock(return_value=_token_answer())
        me = router.get(f"{API}/users/me").mock(
            return_value=httpx.Response(
                200,
                json={
                    "value": {
                        "id": "u" + "1" * 24,
                        "firstName": "Ada",
                        "lastName": "Lovelace",
                        "email": "ada@example.org",
                    }
                },
            )
        )
        run = SignInRun(store)
        q = run.start()
        assert q["client_id"] == ["client-123"] and q["response_type"] == ["code"]
        assert q["code_challenge_method"] == ["S256"] and "murals:write" in q["scope"][0]
        redirect = urlsplit(q["redirect_uri"][0])
        assert redirect.hostname == "127.0.0.1" and redirect.path == "/callback"
        assert run.url.startswith(f"{API}/authorization/oauth2/")
        assert run.browser_returns(f"code=the-code&state={q['state'][0]}") == 200
        result, error = run.finish()

    assert error is None, error
    form = parse_qs(token.calls.last.request.content.decode())
    assert form["grant_type"] == ["authorization_code"] and form["code"] == ["the-code"]
    assert form["client_id"] == ["client-123"] and form["client_secret"] == [CLIENT_SECRET]
    assert form["redirect_uri"] == q["redirect_uri"]
    verifier = form["code_verifier"][0]
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    assert challenge == q["code_challenge"][0]  # PKCE: the verifier matches the challenge we sent
    assert me.calls.last.request.headers["Authorization"] == f"Bearer {ACCESS}"

    rec = store.load("mural")
    assert rec["access_token"] == ACCESS and rec["refresh_token"] == REFRESH
    assert abs(rec["expires_at"] - (time.time() + 900)) < 30
    assert stat.S_IMODE(os.stat(store.directory / "credentials.json").st_mode) == 0o600
    assert "Ada Lovelace" in str(result) and ACCESS not in str(result) and REFRESH not in str(result)

    text = auth.status(settings(), store=store)
    assert "Ada Lovelace <ada@example.org>" in text and "valid until" in text
    assert ACCESS not in text and REFRESH not in text
    assert auth.logout(store=store) is True
    assert store.load("mural") is None
    assert "not signed in" in auth.status(settings(), store=store)
    assert auth.logout(store=store) is False


def test_a_wrong_state_is_refused_and_no_code_is_exchanged(store):
    with respx.mock(assert_all_called=False) as router:
        token = router.post(TOKEN_URL).mock(return_value=_token_answer())
        run = SignInRun(store)
        run.start()
        assert run.browser_returns("code=stolen&state=forged") == 400
        _, error = run.finish()
    assert isinstance(error, AuthError) and "state" in str(error)
    assert not token.called and store.load("mural") is None


def test_consent_refused(store):
    with respx.mock(assert_all_called=False):
        run = SignInRun(store)
        q = run.start()
        run.browser_returns(f"error=access_denied&state={q['state'][0]}")
        _, error = run.finish()
    assert isinstance(error, AuthError) and "access_denied" in str(error)


def test_sign_in_times_out(store):
    with respx.mock(assert_all_called=False):
        run = SignInRun(store, timeout=0.5)
        run.start()
        _, error = run.finish()
    assert isinstance(error, AuthError) and "no answer from the browser" in str(error)


def test_code_refused_by_mural(store):
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL).mock(return_value=httpx.Response(400, json={"error": "invalid_grant"}))
        run = SignInRun(store)
        q = run.start()
        run.browser_returns(f"code=old&state={q['state'][0]}")
        _, error = run.finish()
    assert isinstance(error, AuthError) and "invalid_grant" in str(error)
    assert CLIENT_SECRET not in str(error)


def test_sign_in_needs_the_client_credentials(store):
    with pytest.raises(AuthError, match="MURAL_CLIENT_SECRET"):
        auth.sign_in(
            settings(mural_client_secret=None),
            open_browser=False,
            port=0,
            print_url=lambda s: None,
            store=store,
        )


def test_a_busy_port_is_a_usage_error(store):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(UsageError, match="MURAL_REDIRECT_PORT"):
            auth.sign_in(settings(), open_browser=False, port=port, print_url=lambda s: None, store=store)


# --- refresh ----------------------------------------------------------------------------------


class Clock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_token_is_renewed_before_expiry_and_the_rotated_refresh_token_is_kept(monkeypatch, tmp_path):
    # A 15-minute token with 30 s left: inside the renewal margin (a tenth of it, at most 60 s).
    store = signed_in(monkeypatch, tmp_path, expires_in=30, lifetime=900)
    clock = Clock(time.time())
    with respx.mock(assert_all_called=True) as router:
        token = router.post(TOKEN_URL).mock(
            side_effect=[
                _token_answer("acc-2-SECRET-aaaaaaaa", "ref-2-SECRET-aaaaaaaa", 900),
                _token_answer("acc-3-SECRET-bbbbbbbb", "ref-3-SECRET-bbbbbbbb", 900),
            ]
        )
        a = auth.MuralAuth(settings(), store=store, clock=clock)
        assert asyncio.run(a.token()) == "acc-2-SECRET-aaaaaaaa"
        first = parse_qs(token.calls[0].request.content.decode())
        assert first["grant_type"] == ["refresh_token"] and first["refresh_token"] == [REFRESH]
        assert store.load("mural")["refresh_token"] == "ref-2-SECRET-aaaaaaaa"  # stored at once
        assert asyncio.run(a.token()) == "acc-2-SECRET-aaaaaaaa"  # still fresh: no request
        assert token.call_count == 1
        clock.t += 900
        b = auth.MuralAuth(settings(), store=CredentialStore(), clock=clock)  # a later process
        assert asyncio.run(b.token()) == "acc-3-SECRET-bbbbbbbb"
        second = parse_qs(token.calls[1].request.content.decode())
        assert second["refresh_token"] == ["ref-2-SECRET-aaaaaaaa"]  # the rotated one, not the first


def test_concurrent_rejections_refresh_once(monkeypatch, tmp_path):
    store = signed_in(monkeypatch, tmp_path)
    with respx.mock() as router:
        token = router.post(TOKEN_URL).mock(return_value=_token_answer("acc-2-SECRET-aaaaaaaa", "ref-2-SECRET-a1"))
        a = auth.MuralAuth(settings(), store=store)

        async def many():
            return await asyncio.gather(*(a.refresh(ACCESS) for _ in range(5)))

        assert asyncio.run(many()) == [True] * 5
        assert token.call_count == 1


def test_401_token_expired_refreshes_once_and_retries(monkeypatch, tmp_path):
    signed_in(monkeypatch, tmp_path)
    plan = small_plan(1)
    manifest = Manifest.from_plan(plan, name="t", backend="mural")
    fake = fake_mural()
    b = open_mural(
        settings=settings(), room_id="12", transport=fake.transport(), sleep=fake.clock.sleep, clock=fake.clock
    )
    b.provision(plan, manifest, lambda: None)
    fake.faults = on("GET", r"/widgets$", Fault("status", 401, body={"code": "TOKEN_EXPIRED", "message": "expired"}))
    fake.next_tokens.append(("acc-2-SECRET-aaaaaaaa", "ref-2-SECRET-a1", 900))
    n = len(fake.log)
    items = b.read_items(manifest)
    assert fake.count("token") == 1
    retried = [r for r in fake.log[n:] if r.path.endswith("/widgets")]
    # One listing per widget type, side by side: the first meets the 401 and is retried with the
    # new token (refreshed once); the other listings go through with whichever token is current.
    sent = [r.headers["authorization"] for r in retried]
    assert sent[0] == f"Bearer {ACCESS}" and sent[-1] == "Bearer acc-2-SECRET-aaaaaaaa" and len(sent) == 5
    assert len(items) == len(plan.items)
    assert CredentialStore().load("mural")["refresh_token"] == "ref-2-SECRET-a1"


def test_refresh_server_error_is_a_vendor_error_without_secrets(monkeypatch, tmp_path):
    store = signed_in(monkeypatch, tmp_path, expires_in=-1)
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(return_value=httpx.Response(502, text="bad gateway"))
        with pytest.raises(VendorError) as e:
            asyncio.run(auth.MuralAuth(settings(), store=store).token())
    for s in (ACCESS, REFRESH, CLIENT_SECRET):
        assert s not in str(e.value)
    assert store.load("mural")["refresh_token"] == REFRESH  # nothing spent, nothing lost


def test_status_of_an_expired_access_token(monkeypatch, tmp_path):
    store = signed_in(monkeypatch, tmp_path, expires_in=-100)
    text = auth.status(settings(), store=store)
    assert "expired at" in text and "renewed automatically" in text and ACCESS not in text


def _invalid_client():
    return httpx.Response(400, json={"error": "invalid_client", "error_description": "Client authentication failed"})


def test_invalid_client_is_retried_once_with_basic_auth_and_the_way_that_worked_is_kept(monkeypatch, tmp_path):
    store = signed_in(monkeypatch, tmp_path, expires_in=0, lifetime=900)
    with respx.mock(assert_all_called=True) as router:
        token = router.post(TOKEN_URL).mock(
            side_effect=[
                _invalid_client(),
                _token_answer("acc-2-SECRET-aaaaaaaa", "ref-2-SECRET-aaaaaaaa", 900),
                _token_answer("acc-3-SECRET-bbbbbbbb", "ref-3-SECRET-bbbbbbbb", 900),
            ]
        )
        a = auth.MuralAuth(settings(), store=store)
        assert asyncio.run(a.token()) == "acc-2-SECRET-aaaaaaaa"
        first, second = (c.request for c in token.calls[:2])
        assert "client_secret" in first.content.decode() and "authorization" not in first.headers
        assert second.headers["authorization"].startswith("Basic ")
        assert "client_secret" not in second.content.decode()
        assert store.load("mural")["token_auth"] == "client_secret_basic"
        # The next renewal (a later process) starts with what worked: one request, Basic.
        b = auth.MuralAuth(settings(), store=CredentialStore(), clock=lambda: time.time() + 900)
        assert asyncio.run(b.token()) == "acc-3-SECRET-bbbbbbbb"
        assert token.call_count == 3 and token.calls[2].request.headers["authorization"].startswith("Basic ")


def test_invalid_client_both_ways_is_a_clear_error(monkeypatch, tmp_path):
    store = signed_in(monkeypatch, tmp_path, expires_in=0, lifetime=900)
    with respx.mock() as router:
        token = router.post(TOKEN_URL).mock(side_effect=[_invalid_client(), _invalid_client()])
        with pytest.raises(AuthError) as e:
            asyncio.run(auth.MuralAuth(settings(), store=store).token())
    assert token.call_count == 2  # once each way, no more
    assert "invalid_client" in str(e.value) and "MURAL_CLIENT_SECRET" in str(e.value)
    assert CLIENT_SECRET not in str(e.value)


def test_a_rotated_token_that_cannot_be_stored_is_a_loud_error(monkeypatch, tmp_path):
    import errno

    import werkbord.credentials as credentials

    store = signed_in(monkeypatch, tmp_path, expires_in=0, lifetime=900)

    def disk_full(*a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(credentials, "write_atomic", disk_full)
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(return_value=_token_answer("acc-2-SECRET-aaaaaaaa", "ref-2-SECRET-aaaa"))
        with pytest.raises(AuthError) as e:
            asyncio.run(auth.MuralAuth(settings(), store=store).token())
    msg = str(e.value)
    assert "could not store the renewed Mural sign-in" in msg and "credentials.json" in msg and "No space" in msg
    assert "ref-2-SECRET" not in msg


def test_sign_in_retries_the_code_exchange_with_basic_auth_after_invalid_client(store):
    with respx.mock() as router:
        token = router.post(TOKEN_URL).mock(side_effect=[_invalid_client(), _token_answer()])
        router.get(f"{API}/users/me").mock(return_value=httpx.Response(403))
        run = SignInRun(store)
        q = run.start()
        assert run.browser_returns(f"code=the-code&state={q['state'][0]}") == 200
        _, error = run.finish()
    assert error is None, error
    first, second = (c.request for c in token.calls)
    assert "client_secret" in first.content.decode()
    assert second.headers["authorization"].startswith("Basic ") and "client_secret" not in second.content.decode()
    assert parse_qs(second.content.decode())["code_verifier"] == parse_qs(first.content.decode())["code_verifier"]
    assert store.load("mural")["token_auth"] == "client_secret_basic"  # renewals start with what worked


def test_a_sign_in_without_a_refresh_token_says_it_cannot_renew_and_asks_for_a_new_sign_in(monkeypatch, tmp_path):
    # can_refresh is part of the token-provider protocol: False here, and an expired token is
    # then refused with the reason, before any request is made with it.
    store = signed_in(monkeypatch, tmp_path, expires_in=-1, refresh="")
    provider = auth.MuralAuth(settings(), store=store)
    assert provider.can_refresh is False
    with respx.mock() as router:  # nothing may be sent: no token endpoint, no API call
        with pytest.raises(AuthError, match="cannot be renewed") as e:
            asyncio.run(provider.token())
        with pytest.raises(AuthError, match="cannot be renewed"):
            asyncio.run(provider.refresh(ACCESS))  # after a 401: the same reason
        assert not router.calls
    assert "werkbord auth mural" in (e.value.hint or "")


def test_a_sign_in_with_a_refresh_token_can_refresh_and_a_valid_token_needs_none(monkeypatch, tmp_path):
    store = signed_in(monkeypatch, tmp_path, expires_in=3600)
    provider = auth.MuralAuth(settings(), store=store)
    assert provider.can_refresh is True
    assert asyncio.run(provider.token()) == ACCESS
    signed_in(monkeypatch, tmp_path, expires_in=3600, refresh="")
    assert asyncio.run(auth.MuralAuth(settings(), store=CredentialStore()).token()) == ACCESS  # still valid: used
