"""Hostile and broken inputs: bounded, clear errors, nothing half-written, no secret printed."""

from __future__ import annotations

import io
import json
import logging
import os
import stat

import pytest

from werkbord import api
from werkbord.board.excalidraw import ExcalidrawBackend
from werkbord.credentials import CredentialStore
from werkbord.errors import InputTooLarge, ManifestError, UsageError, WerkbordError
from werkbord.fileio import read_json_bounded, write_atomic
from werkbord.http.redaction import redacting_handler, register_secret
from werkbord.items import MAX_NOTE_CHARS, html_to_text
from werkbord.manifest import load_manifest


@pytest.fixture()
def session(tmp_path):
    done = api.provision(groups=1, title="Veilig", out=tmp_path)
    return tmp_path, done.manifest_path


def test_oversized_scene_is_refused_without_reading_it(session):
    folder, mpath = session
    scene = folder / "veilig.excalidraw"
    with open(scene, "r+b") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB claimed, nothing really written
    with pytest.raises(InputTooLarge, match="200 MB"):
        api.harvest(mpath, scrub=False)


def test_deeply_nested_json_is_refused(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(InputTooLarge, match="nested too deeply"):
        read_json_bounded(deep, what="scene")
    shallow_but_deep = tmp_path / "d2.json"
    shallow_but_deep.write_text(json.dumps(json.loads("[" * 80 + "]" * 80)))
    with pytest.raises(InputTooLarge):
        read_json_bounded(shallow_but_deep, what="manifest")


def test_scene_that_is_not_a_scene(session):
    folder, mpath = session
    (folder / "veilig.excalidraw").write_text(json.dumps({"type": "something-else", "elements": []}))
    with pytest.raises(WerkbordError, match="not an Excalidraw scene|not a scene|excalidraw"):
        api.harvest(mpath, scrub=False)


def test_manifest_that_is_not_what_it_claims(tmp_path):
    fake = tmp_path / "x.werkbord.json"
    fake.write_text(json.dumps({"schema": "werkbord.manifest/1", "groups": "many"}))
    with pytest.raises(ManifestError, match="damaged"):
        load_manifest(fake)


def test_a_one_megabyte_note_is_bounded(session):
    folder, mpath = session
    scene_path = folder / "veilig.excalidraw"
    scene = json.loads(scene_path.read_text())
    huge = "x" * 1_000_000
    scene["elements"].append(
        {
            "id": "huge",
            "type": "text",
            "x": 10,
            "y": 10,
            "width": 10,
            "height": 10,
            "text": huge,
            "originalText": huge,
            "containerId": None,
            "isDeleted": False,
        }
    )
    scene_path.write_text(json.dumps(scene))
    h = api.harvest(mpath, scrub=False)
    assert h.outside and all(len(t) <= MAX_NOTE_CHARS + 1 for t in h.outside)


def test_interrupted_write_keeps_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "manifest.json"
    target.write_text("old and whole")

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new " * 1000)
    assert target.read_text() == "old and whole"
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]  # no temporary left behind


def test_unwritable_target_is_a_usage_error(tmp_path):
    blocker = tmp_path / "f"
    blocker.write_text("")
    with pytest.raises(UsageError, match="cannot write"):
        write_atomic(blocker / "x" / "y.json", "{}")


def test_credentials_file_is_private(tmp_path):
    store = CredentialStore(tmp_path / "cfg")
    store.save("mural", {"access_token": "at-secret", "refresh_token": "rt-secret"})
    path = tmp_path / "cfg" / "credentials.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "cfg").stat().st_mode) == 0o700
    assert store.load("mural")["refresh_token"] == "rt-secret"
    assert store.delete("mural") and store.load("mural") is None


def test_manifest_never_holds_a_secret(tmp_path):
    # A platform board, made with a token, a refresh token and a client secret at hand: none of
    # them may end up in the manifest written beside the board.
    from fakes import FakeClock
    from fakes.harness import MIRO_URL, miro_options
    from fakes.miro_app import CLIENT_ID, CLIENT_SECRET, TOKEN, MiroApp
    from werkbord.settings import Settings

    clock = FakeClock()
    app = MiroApp(clock=clock, sleep=clock.sleep)
    app.refresh_tokens["rt-veilig-000001"] = True
    settings = Settings(
        _env_file=None,
        miro_access_token=TOKEN,
        miro_refresh_token="rt-veilig-000001",
        miro_client_id=CLIENT_ID,
        miro_client_secret=CLIENT_SECRET,
        miro_api_url=MIRO_URL,
    )
    options = miro_options(app, clock=clock, settings=settings, credentials=CredentialStore(tmp_path / "cfg"))
    done = api.provision(groups=1, title="Veilig", out=tmp_path / "s", backend="miro", options=options)
    text = done.manifest_path.read_text()
    assert done.manifest.board.id and len(done.manifest.items) > 50  # a real platform manifest
    for secret in (TOKEN, "rt-veilig-000001", CLIENT_SECRET):
        assert secret not in text
    for word in ("token", "secret", "Bearer", "password"):
        assert word.lower() not in text.lower()


def test_verbose_log_redacts_tokens():
    register_secret("tok-abcdef123456")
    out = io.StringIO()
    handler = redacting_handler(out)
    log = logging.getLogger("httpx.child")
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        log.debug("GET /v2/boards Authorization: Bearer tok-abcdef123456 refresh_token=rt-999")
    finally:
        log.removeHandler(handler)
    printed = out.getvalue()
    assert "tok-abcdef123456" not in printed and "rt-999" not in printed
    assert "GET /v2/boards" in printed


def test_html_entities_and_tags_in_platform_text_become_plain_text():
    assert html_to_text("<p>Huisarts &amp; POH</p><p>&lt;script&gt;</p>") == "Huisarts & POH\n<script>"


def test_gitignore_keeps_env_out():
    from pathlib import Path

    ignore = (Path(__file__).resolve().parents[1] / ".gitignore").read_text().split()
    assert ".env" in ignore


def test_excalidraw_backend_cannot_update_live(session):
    folder, mpath = session
    with pytest.raises(WerkbordError):
        ExcalidrawBackend(folder).update_text(load_manifest(mpath), [])


def test_control_and_bidi_characters_are_dropped_from_board_text():
    from werkbord.items import clean_text

    assert clean_text("huis\x1b[31marts\u202e evil\x00\nregel 2\r\n") == "huis[31marts evil\nregel 2"
