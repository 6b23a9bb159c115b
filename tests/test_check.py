"""``werkbord check miro|mural`` against the in-repo fakes: a throwaway board is made, the
assumptions are looked at, the board is deleted; the fakes' quirk switches make findings differ."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from fakes import FakeClock
from fakes.common import serve
from fakes.harness import MIRO_URL
from fakes.miro_app import CLIENT_ID, CLIENT_SECRET, TOKEN, MiroApp
from mural_support import API as MURAL_API
from mural_support import fake_mural, settings, signed_in
from werkbord import api, cli
from werkbord.credentials import CredentialStore
from werkbord.settings import Settings

pytestmark = pytest.mark.usefixtures("edge")

NAMES_MIRO = [
    "bulk answer order",
    "text round trip",
    "child coordinates",
    "board listing holds frame children",
    "link form",
    "rate-limit headers",
    "token refresh",
    "throwaway board deleted",
]


def miro_check(fake: MiroApp, clock: FakeClock, tmp_path, **kw):
    serve(fake, MIRO_URL)
    s = Settings(_env_file=None, miro_api_url=MIRO_URL, miro_access_token=TOKEN, **kw)
    store = CredentialStore(tmp_path / "cfg")
    return api.check("miro", {"settings": s, "sleep": clock.sleep, "clock": clock, "credentials": store})


def by_name(findings):
    return {f.name: f for f in findings}


def test_miro_check_on_a_faithful_fake_is_all_ok_and_leaves_no_board(tmp_path):
    clock = FakeClock()
    fake = MiroApp(clock=clock, sleep=clock.sleep)
    findings = miro_check(fake, clock, tmp_path)
    assert [f.name for f in findings] == NAMES_MIRO
    got = by_name(findings)
    assert all(f.status == "ok" for n, f in got.items() if n != "token refresh"), [f.line() for f in findings]
    assert got["token refresh"].status == "skipped"
    assert fake.boards == {} and fake.items == {}  # the throwaway board is gone
    assert "?moveToWidget=" in got["link form"].seen and "/?moveToWidget=" in got["link form"].seen


def test_miro_check_reports_what_differs_on_a_quirky_service(tmp_path):
    clock = FakeClock()
    fake = MiroApp(
        clock=clock, sleep=clock.sleep, quirks={"html_text", "reorder_answers"}, children_in_board_listing=False
    )
    got = by_name(miro_check(fake, clock, tmp_path))
    assert got["bulk answer order"].status == "differs"
    assert got["text round trip"].status == "ok" and "other markup" in got["text round trip"].seen
    assert got["board listing holds frame children"].status == "differs"
    assert fake.boards == {}


def test_miro_check_renews_the_token_when_a_refresh_token_is_configured(tmp_path):
    clock = FakeClock()
    fake = MiroApp(clock=clock, sleep=clock.sleep)
    fake.refresh_tokens["rt-start-000001"] = True
    got = by_name(
        miro_check(
            fake,
            clock,
            tmp_path,
            miro_refresh_token="rt-start-000001",
            miro_client_id=CLIENT_ID,
            miro_client_secret=CLIENT_SECRET,
        )
    )
    assert got["token refresh"].status == "ok", got["token refresh"].seen
    assert fake.refresh_tokens["rt-start-000001"] is False  # it was really used


def test_mural_check_reports_quirks_says_the_group_link_is_unconfirmed_and_deletes(monkeypatch, tmp_path):
    signed_in(monkeypatch, tmp_path)
    fake = fake_mural(quirks={"html_text", "reorder_answers"})
    serve(fake, MURAL_API)
    opts = {"settings": settings(), "room_id": "1608152669000", "sleep": fake.clock.sleep, "clock": fake.clock}
    findings = api.check("mural", opts)
    got = by_name(findings)
    assert got["array answer order"].status == "differs"
    assert got["text round trip"].status == "ok" and "<div>" in got["text round trip"].seen
    assert got["child coordinates"].status == "ok"
    assert "unconfirmed" in got["link form"].seen and "?wid=" in got["link form"].seen
    assert got["rate-limit headers"].status == "ok"
    assert got["token refresh"].status == "ok"  # the signed-in user has a refresh token
    assert got["throwaway mural deleted"].status == "ok" and fake.murals == {}


def test_mural_check_skips_the_refresh_when_the_signed_in_user_has_no_refresh_token(monkeypatch, tmp_path):
    # Asked of the token provider (the protocol's can_refresh), not worked out beside it.
    signed_in(monkeypatch, tmp_path, refresh="")
    fake = fake_mural()
    serve(fake, MURAL_API)
    opts = {"settings": settings(), "room_id": "1608152669000", "sleep": fake.clock.sleep, "clock": fake.clock}
    got = by_name(api.check("mural", opts))
    assert got["token refresh"].status == "skipped"
    assert got["throwaway mural deleted"].status == "ok" and fake.murals == {}


def test_check_command_prints_one_line_per_assumption_and_exits_1_when_something_differs(monkeypatch, tmp_path):
    clock = FakeClock()
    fake = MiroApp(clock=clock, sleep=clock.sleep, quirks={"reorder_answers"})
    serve(fake, MIRO_URL)
    monkeypatch.setenv("MIRO_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("MIRO_API_URL", MIRO_URL)
    monkeypatch.chdir(tmp_path)  # no project .env
    result = CliRunner().invoke(cli.app, ["check", "miro"])
    lines = result.output.strip().splitlines()
    assert len(lines) == len(NAMES_MIRO), result.output
    assert lines[0].startswith("differs  bulk answer order")
    assert result.exit_code == 1
    assert TOKEN not in result.output


def test_check_refuses_an_unknown_vendor():
    result = CliRunner().invoke(cli.app, ["check", "excalidraw"])
    assert result.exit_code != 0


def test_mural_check_on_a_faithful_fake_with_a_fixed_token_is_ok_and_skips_refresh():
    from fakes.harness import MURAL_URL, mural_options
    from fakes.mural_app import MuralApp

    clock = FakeClock()
    fake = MuralApp(clock=clock, sleep=clock.sleep)
    serve(fake, MURAL_URL)
    got = by_name(api.check("mural", mural_options(clock=clock)))
    assert got.pop("token refresh").status == "skipped"
    assert all(f.status == "ok" for f in got.values()), [f.line() for f in got.values()]
    assert fake.murals == {}


def test_a_refused_step_is_reported_and_the_board_is_still_deleted(tmp_path):
    from fakes import Fault, on

    clock = FakeClock()
    fake = MiroApp(clock=clock, sleep=clock.sleep)
    fake.faults = on(
        "POST",
        r"/items/bulk$",
        Fault("status", 400, body={"type": "error", "status": 400, "code": "invalidParameters", "message": "nope"}),
    )
    got = by_name(miro_check(fake, clock, tmp_path))
    assert got["check stopped"].status == "differs" and "nope" in got["check stopped"].seen
    assert got["throwaway board deleted"].status == "ok" and fake.boards == {}
