"""Reading an online board ahead of its manifest: a harvest of a Miro board asks for the first
listing pages before the manifest is validated (which then happens while they travel), and gives
the same items, the same errors and nothing left running when the manifest turns out damaged."""

from __future__ import annotations

import json
import time

import pytest

from fakes import FakeClock
from fakes.harness import miro_options
from fakes.miro_app import MiroApp
from werkbord import api
from werkbord.backends import entry, open_backend
from werkbord.board.miro import READ_AHEAD_WAIT, MiroBackend
from werkbord.errors import AuthError, ManifestError
from werkbord.manifest import load_manifest
from werkbord.settings import Settings


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def app(clock):
    return MiroApp(clock=clock, sleep=clock.sleep)


@pytest.fixture
def board(app, clock, tmp_path):
    """A provisioned 2-group Miro board: (options, manifest file)."""
    options = miro_options(app, clock=clock)
    done = api.provision(groups=2, title="Team Noord", out=tmp_path, backend="miro", options=options)
    return options, done.manifest_path


def _listings(app: MiroApp) -> int:
    return sum(1 for r in app.log if r.method == "GET" and r.path.endswith("/items"))


def _wait_for(condition, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the read ahead sent nothing"
        time.sleep(0.005)


def test_only_backends_that_declare_it_read_ahead():
    assert entry("miro").capabilities.read_ahead
    for name in ("excalidraw", "mural", "print"):
        assert not entry(name).capabilities.read_ahead


def test_the_listings_go_out_before_the_manifest_is_given_and_give_the_same_items(app, board):
    options, manifest_file = board
    manifest = load_manifest(manifest_file)
    plain = open_backend("miro", folder=None, options=options).read_items(manifest)
    before = _listings(app)

    ahead = open_backend("miro", folder=None, options=options)
    ahead.read_ahead(manifest.board.id)
    _wait_for(lambda: _listings(app) > before)  # asked for with the board's id alone
    items = ahead.read_items(manifest)
    assert sorted((i.id, i.rect, i.text) for i in items) == sorted((i.id, i.rect, i.text) for i in plain)
    assert _listings(app) - before == before  # the same listings, each once


def test_a_read_ahead_for_another_board_is_not_taken_for_this_one(app, board):
    options, manifest_file = board
    manifest = load_manifest(manifest_file)
    b = open_backend("miro", folder=None, options=options)
    b.read_ahead("someone-elses-board")
    items = b.read_items(manifest)
    assert {i.id for i in items} == {ci.id for ci in manifest.items.values()}


def test_a_stopped_read_ahead_is_not_collected(app, board):
    options, manifest_file = board
    manifest = load_manifest(manifest_file)
    b = open_backend("miro", folder=None, options=options)
    stop = b.read_ahead(manifest.board.id)
    stop()
    before = len(app.log)
    items = b.read_items(manifest)  # read again, in full: nothing of the stopped read is used
    assert len(items) == len(manifest.items)
    assert _listings(app) >= 4 and len(app.log) > before


def test_without_a_token_nothing_is_read_ahead_and_the_read_says_why(app, board, clock):
    options, manifest_file = board
    manifest = load_manifest(manifest_file)
    no_token = {
        **options,
        "settings": Settings(_env_file=None, miro_access_token=None, miro_api_url="http://miro.fake"),
    }
    b = open_backend("miro", folder=None, options=no_token)
    before = len(app.log)
    b.read_ahead(manifest.board.id)
    with pytest.raises(AuthError, match="MIRO_ACCESS_TOKEN"):
        b.read_items(manifest)
    assert len(app.log) == before


def test_a_damaged_manifest_is_refused_and_its_read_ahead_stopped(app, board, monkeypatch):
    options, manifest_file = board
    data = json.loads(manifest_file.read_text(encoding="utf-8"))
    data["participants"] = 0
    manifest_file.write_text(json.dumps(data), encoding="utf-8")
    stopped = []
    read_ahead = MiroBackend.read_ahead

    def watched(self, board_id):
        stop = read_ahead(self, board_id)
        return lambda: (stopped.append(board_id), stop())

    monkeypatch.setattr(MiroBackend, "read_ahead", watched)
    with pytest.raises(ManifestError, match="participants"):
        api.harvest(manifest_file, scrub=False, options=options)
    assert stopped == [data["board"]["id"]]
    # Stopped (on the I/O thread, a moment later), it asks for no more pages.
    time.sleep(0.1)
    asked = _listings(app)
    time.sleep(0.2)
    assert _listings(app) == asked


def test_read_ahead_hands_back_once_its_requests_are_on_the_wire(tmp_path):
    """Over a real connection the caller goes on as soon as the first pages are asked for (its
    own work would slow the sending down), long before any answer."""
    from fakes.server import LoopbackServer

    latency = READ_AHEAD_WAIT + 1  # answers come after read_ahead stops waiting for anything
    with LoopbackServer(MiroApp(latency=0.0)) as srv:
        options = miro_options(url=srv.url)
        done = api.provision(groups=1, title="Team Noord", out=tmp_path, backend="miro", options=options)
        manifest = load_manifest(done.manifest_path)
        srv.app.latency = latency
        b = open_backend("miro", folder=None, options=options)
        t0 = time.monotonic()
        b.read_ahead(manifest.board.id)
        handed_back = time.monotonic() - t0
        items = b.read_items(manifest)
    assert handed_back < READ_AHEAD_WAIT  # neither for an answer nor until it gives up
    assert {i.id for i in items} == {ci.id for ci in manifest.items.values()}
