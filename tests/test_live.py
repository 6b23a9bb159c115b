"""werkbord live without a browser: the timer's shared state, the snapshot a harvest becomes,
change tracking, pacing against the platforms' rate limits, failing refreshes, and the server's
guards. The page itself in a real browser: test_live_browser.py."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from fakes import FakeClock
from fakes.common import Fault, matching
from fakes.harness import MIRO_URL, MURAL_URL, ids_of, miro_options, mural_options
from fakes.miro_app import MiroApp
from fakes.mural_app import MuralApp
from scenario import HOSTILE, Op, region_point, ring_point, session_ops
from test_e2e_excalidraw import play
from werkbord import api
from werkbord.backends import REGISTRY, BackendEntry
from werkbord.board.base import BackendBase, Capabilities, RateLimit
from werkbord.board.miro import MiroBackend
from werkbord.board.mural import MuralBackend
from werkbord.errors import UsageError
from werkbord.layout import layout
from werkbord.live import pacing
from werkbord.live.server import LiveServer, bind, page
from werkbord.live.session import LiveSession, check_interval
from werkbord.live.snapshot import ChangeTracker, forms_per_group
from werkbord.manifest import load_manifest
from werkbord.timer import session_state

# -- an Excalidraw session whose scene file the test edits -------------------------------------


class SceneSession:
    """A provisioned Excalidraw session; :meth:`apply` plays participant ops into its scene file."""

    def __init__(self, folder: Path, wv, groups: int = 3) -> None:
        self.done = api.provision(groups=groups, title="Team Noord", out=folder)
        self.plan = layout(wv, groups, title="Team Noord")
        self.path = folder / "team-noord.excalidraw"
        self.manifest = json.loads(self.done.manifest_path.read_text())

    def apply(self, ops) -> None:
        scene = json.loads(self.path.read_text())
        play(scene, self.manifest, ops)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(scene))
        tmp.replace(self.path)  # as a browser's download lands: whole


# Markup that, run, would mark <body> or retitle the page (HOSTILE only alerts).
PAYLOAD = "<img src=x onerror=\"document.body.dataset.pwned=1\"><script>document.title='pwned'</script>"


def hostile_ops(plan) -> list[Op]:
    """A party name and a micro-action that are markup: they reach the plenary as text."""
    return [
        Op("rename", "g1.s2.blank.2", text=PAYLOAD),
        Op("move", "g1.s2.blank.2", to=ring_point(plan, 1, "C", 200)),
        Op("rename", "g1.s3.form.4", text=f"Partij: {HOSTILE}\nMicro-actie: {PAYLOAD}\nWie: team"),
    ]


@pytest.fixture
def scene_session(tmp_path, wv) -> SceneSession:
    s = SceneSession(tmp_path, wv)
    s.apply(session_ops(s.plan))
    return s


# -- the timer's state file ----------------------------------------------------------------------


def test_timer_state_round_trip_counts_down_and_goes_stale(tmp_path):
    m = tmp_path / "team-noord.werkbord.json"
    assert session_state.state_path(m) == tmp_path / "team-noord.sessie.json"
    assert session_state.read_timer(m) is None  # no timer ran
    session_state.write_timer(m, title="Stap 2 · Netwerk", remaining=300, paused=False, stopped=False, now=1000.0)
    t = session_state.read_timer(m, now=1004.0)
    assert t == {"title": "Stap 2 · Netwerk", "remaining": 296.0, "paused": False, "stopped": False, "finished": False}
    # A running timer that stopped writing (its terminal closed) is gone.
    assert session_state.read_timer(m, now=1000.0 + session_state.GONE_AFTER + 1) is None
    session_state.write_timer(m, title="x", remaining=120, paused=True, stopped=False, now=1000.0)
    assert session_state.read_timer(m, now=1005.0)["remaining"] == 120  # paused: does not run down
    session_state.write_timer(m, title="x", remaining=0, paused=False, stopped=False, now=1000.0)
    t = session_state.read_timer(m, now=1060.0)  # time is up: still shown a while
    assert t is not None and t["finished"]
    session_state.state_path(m).write_text("{broken")
    assert session_state.read_timer(m) is None


def test_timer_writer_writes_on_change_and_at_most_once_a_second(tmp_path, monkeypatch):
    from werkbord.timer import Countdown

    m = tmp_path / "s.werkbord.json"
    shown, writes = [], []
    monkeypatch.setattr(session_state, "write_timer", lambda *a, **k: writes.append(k))
    wall = [5000.0]
    monkeypatch.setattr(session_state.time, "time", lambda: wall[0])
    show = session_state.timer_writer(m, "Stap 1", lambda cd, now, ev: shown.append(now))
    cd = Countdown(total=600, started=0.0)
    for now in (0.0, 0.2, 0.4):  # redraws within one second: one write
        wall[0] = 5000.0 + now
        show(cd, now, None)
    assert len(shown) == 3 and len(writes) == 1 and writes[0]["remaining"] == 600
    cd.toggle_pause(0.5)  # a change of state is written at once
    wall[0] = 5000.5
    show(cd, 0.5, None)
    assert len(writes) == 2 and writes[-1]["paused"] is True


def test_the_timer_command_records_its_state_for_the_live_page(tmp_path):
    from typer.testing import CliRunner

    from werkbord.cli import app

    done = api.provision(groups=2, title="Timer", out=tmp_path)
    result = CliRunner().invoke(app, ["timer", str(done.manifest_path), "--step", "1", "--minutes", "0.01"])
    assert result.exit_code == 0, result.output
    t = session_state.read_timer(done.manifest_path)
    assert t is not None and t["finished"] and t["title"].startswith("Stap 1")


# -- the snapshot ---------------------------------------------------------------------------------


def test_snapshot_cards_count_notes_places_and_forms(scene_session):
    s = LiveSession(scene_session.done.manifest_path)
    assert s.refresh()
    data = s.state()["session"]
    g1, g2, g3 = data["groups"]
    assert g1["zones"] == {"A": 3, "B": 2, "C": 3} and g1["lane"] > 0
    assert g1["outside"] == 1 and g2["outside"] == 0  # "Sociaal domein/wijkteam", laid beyond ring C
    counts = {p["label"]: p["count"] for p in g1["prompts"]}
    assert counts["Wie waren er betrokken?"] == 1 and counts["Terugkerende succesfactoren"] == 2
    assert g1["forms"] == 6 and g1["forms_filled"] == 3 and g1["actions"] == 4  # 3 forms + a free note
    assert g2["zones"] == {"A": 1, "B": 0, "C": 1}
    assert g3["written"] == 0 and g3["forms_filled"] == 0
    plen = data["plenary"]
    assert [f["slug"] for f in plen["figures"]] == ["network-all", "parties"] and plen["survey"]
    assert {w["name"] for w in plen["wanted"]} >= {"FACT-team", "Ervaringsdeskundige"}
    assert any(a["action"] == "Signaleringsplan delen" for a in plen["actions"])
    assert data["pseudonymised"] is True
    assert s.figure("parties").startswith("<svg") and s.figure("nope") is None


def test_change_tracker_moves_only_the_group_that_changed(scene_session, wv):
    h1 = api.harvest(scene_session.done.manifest_path, scrub=False)
    tracker = ChangeTracker()
    assert tracker.update(h1, 100.0) == {1: 100.0, 2: 100.0, 3: 100.0}
    assert tracker.update(h1, 200.0) == {1: 100.0, 2: 100.0, 3: 100.0}  # nothing changed
    scene_session.apply(
        [Op("add", text="Huisarts", to=region_point(scene_session.plan, 3, "betrokken"), new_id="g3-first")]
    )
    h2 = api.harvest(scene_session.done.manifest_path, scrub=False)
    assert tracker.update(h2, 300.0) == {1: 100.0, 2: 100.0, 3: 300.0}


def test_forms_per_group_reads_the_manifest_keys():
    keys = ["g1.s3.form.1", "g1.s3.form.2", "g12.s3.form.1", "g1.s3.frame", "g2.s2.party.x", "facilitator"]
    assert forms_per_group(keys) == {1: 2, 12: 1}


# -- pacing ---------------------------------------------------------------------------------------


def test_pacing_keeps_within_a_quarter_of_the_platform_budget():
    miro, mural = pacing.rate_limit("miro"), pacing.rate_limit("mural")
    assert pacing.budget_per_minute(miro) == 250  # 25,000 of 100,000 credits at 100 a request
    assert pacing.budget_per_minute(mural) == 2500
    assert pacing.rate_limit("excalidraw") is None and pacing.budget_per_minute(None) is None
    assert pacing.next_interval(miro, 20, 40) == 20  # 40 requests × 3 a minute: well inside
    assert pacing.next_interval(miro, 20, 200) == 48  # a huge board: slower than asked
    assert pacing.next_interval(mural, 5, 100) == 5
    assert pacing.next_interval(None, 5, 10_000) == 5  # no budget: as asked
    with pytest.raises(UsageError, match="too short"):
        check_interval("miro", 2)


class _Metered(BackendBase):
    """A backend werkbord does not know by name: it declares its own budget."""

    name = "metered"
    capabilities = Capabilities(rate_limit=RateLimit(600, per_read=2))


def test_pacing_follows_what_a_backend_declares_not_its_name(monkeypatch):
    monkeypatch.setitem(REGISTRY, "metered", BackendEntry("metered", f"{__name__}:_Metered", online=True, local=False))
    limit = pacing.rate_limit("metered")
    assert limit == RateLimit(600, per_read=2)
    assert pacing.budget_per_minute(limit) == 75  # a quarter of 600 units at 2 a request
    assert pacing.next_interval(limit, 20, 100) == 80  # 100 requests at 75 a minute
    with pytest.raises(UsageError, match="too short"):
        check_interval("metered", 2)
    # A backend that declares no budget is refreshed as often as asked, whatever it is called.
    monkeypatch.setattr(_Metered, "capabilities", Capabilities())
    assert pacing.rate_limit("metered") is None
    check_interval("metered", 2)
    # Miro's budget is Miro's declaration: change it and the pacing follows.
    monkeypatch.setattr(MiroBackend, "capabilities", Capabilities(rate_limit=RateLimit(1_000, per_read=100)))
    assert pacing.next_interval(pacing.rate_limit("miro"), 20, 10) == 240


# -- refreshes that fail -----------------------------------------------------------------------------


def test_a_failing_refresh_keeps_the_last_snapshot_and_says_stale(scene_session):
    s = LiveSession(scene_session.done.manifest_path)
    assert s.refresh()
    good = s.state()
    assert not good["status"]["stale"] and good["status"]["last_ok"]
    whole = scene_session.path.read_text()
    scene_session.path.write_text("{ half a download")
    assert not s.refresh()
    bad = s.state()
    assert bad["status"]["stale"] and bad["status"]["error"]
    assert bad["session"] == good["session"] and bad["status"]["last_ok"] == good["status"]["last_ok"]
    scene_session.path.write_text(whole)  # the whole file again
    assert s.refresh() and not s.state()["status"]["stale"]


@pytest.fixture(params=["miro", "mural"])
def platform_session(request, tmp_path, wv):
    """A worked-on 3-group board on the Miro or Mural fake, reached through respx at the edge."""
    import respx

    platform = request.param
    clock = FakeClock()  # the client's waits (retries, rate limit) take no time
    if platform == "miro":
        app, options = MiroApp(clock=clock, sleep=clock.sleep, validate=False), miro_options(clock=clock)
        base = MIRO_URL
    else:
        app, options = MuralApp(clock=clock, sleep=clock.sleep, validate=False), mural_options(clock=clock)
        base = MURAL_URL
    with respx.mock(assert_all_called=False) as router:
        app.mount(router, base)
        done = api.provision(groups=3, title="Team Noord", out=tmp_path, backend=platform, options=options)
        manifest = load_manifest(done.manifest_path)
        app.play(manifest.board.id, ids_of(manifest), session_ops(layout(wv, 3, title="Team Noord")))
        yield app, options, done, manifest


def test_a_refresh_paces_the_next_by_the_budget_the_backend_declares(platform_session, monkeypatch):
    _app, options, done, manifest = platform_session
    cls = MiroBackend if manifest.backend == "miro" else MuralBackend
    monkeypatch.setattr(cls, "capabilities", replace(cls.capabilities, rate_limit=RateLimit(60)))
    s = LiveSession(done.manifest_path, interval=5, options=options)
    assert s.refresh()
    sent = s.state()["status"]["requests_per_refresh"]
    assert sent >= 2 and s.interval == 4 * sent  # a quarter of 60 a minute: 15 requests a minute


def test_board_changes_show_at_the_next_refresh_and_failures_as_stale(platform_session, wv):
    app, options, done, manifest = platform_session
    s = LiveSession(done.manifest_path, interval=5, options=options)
    assert s.refresh()
    first = s.state()
    assert first["status"]["requests_per_refresh"] >= 1
    g3 = first["session"]["groups"][2]
    assert g3["prompts"][0]["count"] == 0
    plan = layout(wv, 3, title="Team Noord")
    app.add_sticky(manifest.board.id, "Huisarts belde", region_point(plan, 3, "betrokken"))
    time.sleep(0.01)
    assert s.refresh()
    groups = s.state()["session"]["groups"]
    assert groups[2]["prompts"][0]["count"] == 1
    assert groups[2]["changed_at"] > first["session"]["groups"][2]["changed_at"]
    assert groups[0]["changed_at"] == first["session"]["groups"][0]["changed_at"]
    app.faults = matching(lambda info: True, Fault("status", 503))
    assert not s.refresh()
    st = s.state()
    assert st["status"]["stale"] and st["session"]["groups"][2]["prompts"][0]["count"] == 1
    app.faults = None
    assert s.refresh() and not s.state()["status"]["stale"]


# -- the server -----------------------------------------------------------------------------------------


def test_server_serves_only_this_machine_with_a_strict_policy(scene_session):
    s = LiveSession(scene_session.done.manifest_path)
    with LiveServer(s, port=0) as srv:
        assert srv.url.startswith("http://127.0.0.1:")
        r = httpx.get(srv.url)
        assert r.status_code == 200 and "script-src 'sha256-" in r.headers["content-security-policy"]
        assert "http" not in r.text.split("<body>")[0].replace("http-equiv", "")  # no CDN in the head
        assert httpx.get(srv.url, headers={"Host": "evil.example"}).status_code == 400  # DNS rebinding
        deadline = time.monotonic() + 30
        while httpx.get(srv.url + "api/state").json()["session"] is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert httpx.get(srv.url + "figure/parties.svg").headers["content-type"].startswith("image/svg+xml")
        assert httpx.get(srv.url + "figure/..%2fmanifest.svg").status_code == 404
        with pytest.raises(UsageError, match="already in use"):
            bind(srv.port)


def test_page_messages_follow_the_session_language(tmp_path):
    html, _ = page("en", {"group": "Group"})
    assert '<html lang="en">' in html and "connection faltering" in html
    html, _ = page("nl", {})
    assert '<html lang="nl">' in html and "verbinding hapert" in html
    # A label ending the JSON block early would be markup: "</" is escaped there.
    html, _ = page("nl", {"group": "</script><script>alert(1)</script>"})
    assert html.count("</script>") == 2


def test_cli_live_refuses_bad_options_in_one_line(tmp_path, scene_session):
    from typer.testing import CliRunner

    from werkbord.cli import app

    r = CliRunner().invoke(app, ["live", str(scene_session.done.manifest_path), "--interval", "0", "--no-browser"])
    assert r.exit_code != 0 and "--interval 0 valt buiten het bereik" in str(r.exception or r.output)  # a Dutch session


def test_live_stops_cleanly(scene_session):
    s = LiveSession(scene_session.done.manifest_path)
    srv = LiveServer(s, port=0)
    srv.__enter__()
    assert httpx.get(srv.url).status_code == 200
    srv.close()
    assert srv.stop.is_set()
    assert not any(t.is_alive() for t in srv._threads)
    with pytest.raises(httpx.ConnectError):
        for _ in range(50):
            httpx.get(srv.url, timeout=1)
            time.sleep(0.1)


def test_ctrl_c_stops_the_command_cleanly(scene_session):
    import signal
    import subprocess
    import sys

    cmd = [
        sys.executable,
        "-m",
        "werkbord",
        "live",
        str(scene_session.done.manifest_path),
        "--no-browser",
        "--port",
        "0",
    ]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = p.stdout.readline().split()[0]
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(url).status_code == 200
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    assert p.returncode == 0, err
    assert "Traceback" not in err and "werkbord live is gestopt" in out  # a Dutch session
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


def test_an_english_session_gets_an_english_page(tmp_path):
    done = api.provision(groups=2, title="Team North", out=tmp_path, lang="en")
    s = LiveSession(done.manifest_path)
    with LiveServer(s, port=0) as srv:
        html = httpx.get(srv.url).text
    assert '<html lang="en">' in html and "Live overview" in html and "Verbinding" not in html
    assert s.refresh()
    data = s.state()["session"]
    assert data["lang"] == "en" and data["groups"][0]["name"] == "Group 1"
    assert data["plenary"]["worked"].startswith("No group worked on step 2")


def test_the_page_embeds_its_texts_with_no_angle_bracket_at_all():
    # "<" inside the JSON block could end the <script> element (or open a comment) early.
    label = "</script><!--<script>alert(1)</script>"
    html, _ = page("nl", {"group": label})
    block = html.split('type="application/json"', 1)[1].split(">", 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block
    assert json.loads(block)["group"] == label  # the page still shows the label as typed


def test_every_answer_forbids_type_sniffing_and_an_svg_runs_nothing(scene_session):
    import asyncio

    from werkbord.live.server import build_app

    s = LiveSession(scene_session.done.manifest_path)
    assert s.refresh()

    async def ask_all() -> dict[str, httpx.Response]:
        transport = httpx.ASGITransport(app=build_app(s))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return {p: await client.get(p) for p in ("/", "/api/state", "/figure/parties.svg", "/figure/nope.svg")}

    answers = asyncio.run(ask_all())
    for path, r in answers.items():
        assert r.headers["x-content-type-options"] == "nosniff", path
    svg = answers["/figure/parties.svg"]
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.headers["content-security-policy"] == "default-src 'none'; style-src 'unsafe-inline'"
