"""Miro's, Mural's and the credential store's errors read in the session's language.

They reach the user as one line, raised deep in the HTTP layer or the sign-in code; the language
is the one the command chose (:func:`werkbord.i18n.use_language`).
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx

from fakes import FakeClock, Fault, on
from fakes.common import serve
from fakes.harness import MIRO_URL as API
from fakes.harness import open_miro
from fakes.miro_app import TOKEN, MiroApp
from test_credentials import FakeWindowsKeyring, jwt_like, record
from werkbord import i18n
from werkbord.auth.renewal import save_rotated
from werkbord.board.mural_translate import mural_error
from werkbord.credentials import CredentialStore
from werkbord.errors import AuthError, NotFound, PermissionDenied, RateLimited, VendorError
from werkbord.http.client import HttpClient
from werkbord.http.tokens import StaticToken
from werkbord.manifest import Manifest
from werkbord.settings import Settings


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def fake(clock):
    return MiroApp(clock=clock, sleep=clock.sleep)


def provision(fake, clock, plan, **settings_kw):
    settings_kw.setdefault("miro_access_token", TOKEN)
    serve(fake, API)
    backend = open_miro(
        settings=Settings(_env_file=None, miro_api_url=API, **settings_kw), sleep=clock.sleep, clock=clock
    )
    m = Manifest.from_plan(plan, name="team-noord", backend="miro")
    backend.provision(plan, m, lambda: None)


@pytest.mark.usefixtures("edge")
@pytest.mark.parametrize(
    "lang,message,hint",
    [
        ("nl", "Miro accepteerde het toegangstoken niet (401)", "het Miro-token is ongeldig of verlopen: installeer"),
        ("en", "Miro did not accept the access token (401)", "the Miro token is invalid or expired: install"),
    ],
)
def test_a_refused_miro_token_reads_in_the_sessions_language(fake, clock, plan4, lang, message, hint):
    with i18n.language(lang), pytest.raises(AuthError) as e:
        provision(fake, clock, plan4, miro_access_token="tok-not-known-77777")
    assert str(e.value).startswith(message) and e.value.hint.startswith(hint)


@pytest.mark.usefixtures("edge")
def test_miros_rate_limit_reads_in_dutch(fake, clock, plan4):
    # A minute at a time reaches the client's ten minutes in ~190 answers; 2 s at a time (as in
    # tests/test_miro.py, where the giving up itself is tested) takes ~5,000.
    fake.faults = on("POST", r"/frames$", Fault("status", 429, headers={"Retry-After": "60"}), times=None)
    with i18n.language("nl"), pytest.raises(RateLimited) as e:
        provision(fake, clock, plan4)
    text = str(e.value)
    assert text.startswith("Miro bleef langer dan 600 s 429 antwoorden (limiet op verzoeken); ")
    assert "items staan op het bord" in text  # the progress, already Dutch
    assert e.value.hint == "wacht een minuut en voer dan dezelfde opdracht opnieuw uit"


@pytest.mark.usefixtures("edge")
def test_a_refused_miro_refresh_reads_in_dutch(fake, clock, plan4, tmp_path, monkeypatch):
    monkeypatch.setenv("WERKBORD_CREDENTIALS", "file")
    monkeypatch.setenv("WERKBORD_CONFIG_DIR", str(tmp_path))
    with i18n.language("nl"), pytest.raises(AuthError) as e:
        provision(
            fake,
            clock,
            plan4,
            miro_access_token=None,
            miro_refresh_token="rt-env-000001",
            miro_client_id="cid",
            miro_client_secret="csecret-123456",
        )
    assert str(e.value).startswith("Miro weigerde het toegangstoken te vernieuwen (")
    assert e.value.hint.startswith("geef de Miro-app opnieuw toestemming")
    assert "rt-env-000001" not in str(e.value) and "csecret-123456" not in str(e.value)


BASE = "https://vendor.test"


def request(path: str, response: httpx.Response, **kw):
    clock = FakeClock()

    async def go():
        async with HttpClient(
            BASE, vendor="Miro", auth=StaticToken("t0ken-abcdef-123456"), sleep=clock.sleep, clock=clock, **kw
        ) as h:
            await h.request("GET", path)

    with respx.mock:
        respx.get(f"{BASE}{path}").mock(return_value=response)
        asyncio.run(go())


@pytest.mark.parametrize(
    "status,cls,dutch",
    [
        (403, PermissionDenied, "Miro weigerde toegang (403) tot GET /boards/b1"),
        (404, NotFound, "Miro kon GET /boards/b1 niet vinden (404)"),
        (409, VendorError, "Miro antwoordde 409 op GET /boards/b1"),
        (503, VendorError, "Miro: serverfout 503, na 2 pogingen (GET /boards/b1)"),
    ],
)
def test_the_http_layers_errors_read_in_dutch(status, cls, dutch):
    with i18n.language("nl"), pytest.raises(cls) as e:
        request("/boards/b1", httpx.Response(status), max_attempts=2)
    assert str(e.value).startswith(dutch)


def test_a_long_retry_after_reads_in_dutch():
    with i18n.language("nl"), pytest.raises(RateLimited) as e:
        request("/x", httpx.Response(429, headers={"Retry-After": "3600"}))
    assert str(e.value) == (
        "Miro vraagt 3600 s te wachten voor het volgende verzoek (limiet op verzoeken) "
        "(wacht een minuut en voer dan dezelfde opdracht opnieuw uit)"
    )


@pytest.mark.parametrize(
    "status,body,dutch",
    [
        (401, {"code": "TOKEN_EXPIRED"}, "je aanmelding bij Mural is verlopen (TOKEN_EXPIRED)"),
        (404, {"code": "ROOM_NOT_FOUND"}, "Mural-room 123 is niet gevonden, of je bent er geen lid van"),
        (403, {"code": "INVALID_SCOPE"}, "Mural weigerde GET /murals/m1: je aanmelding mist de scope 'murals:read'"),
    ],
)
def test_murals_own_errors_read_in_dutch(status, body, dutch):
    req = httpx.Request("GET", "https://app.mural.co/api/public/v1/murals/m1")
    with i18n.language("nl"):
        err = mural_error(httpx.Response(status, json=body, request=req), VendorError("x"), room_id="123")
    assert err is not None and str(err).startswith(dutch)


def test_a_credential_store_that_takes_nothing_says_why_in_dutch(tmp_path):
    # A Windows keyring too small for the tokens, and a "profile folder" that is a file.
    blocked = tmp_path / "profiel"
    blocked.write_text("not a folder", encoding="utf-8")
    store = CredentialStore(blocked, keyring=FakeWindowsKeyring(), platform="win32")
    rec = record(jwt_like(3000, "acc"), jwt_like(3000, "ref"))
    with i18n.language("nl"), pytest.raises(AuthError) as e:
        save_rotated(store, "miro", rec, vendor="Miro")
    text = str(e.value)
    assert text.startswith("kon de vernieuwde aanmelding bij Miro niet bewaren (Windows Referentiebeheer: ")
    assert "is groter dan de limiet van 2560 bytes per item" in text
    assert e.value.hint == (
        "de volgende keer moet je je opnieuw aanmelden; controleer of je profielmap beschrijfbaar is"
    )
    with pytest.raises(AuthError, match=r"^could not store the new Mural sign-in \(Windows Credential Manager: "):
        save_rotated(store, "mural", rec, vendor="Mural", what="new")
