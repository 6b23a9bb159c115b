"""Never lose a report: the command provision ends with names the saved scene, an empty harvest
never replaces a verslag that holds notes (unless --force, and then a copy is kept), a scene as
provisioned is never remembered as the session's board, and an empty harvest says what is true."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from test_bad_files import (
    HARVEST,
    edit_json,
    fresh_session,  # noqa: F401 (the fixture "session")
    note,
    region_centre,
    scene_of,
    two_group_board,  # noqa: F401 (the fixture "provisioned")
)
from test_cli import assert_one_line_error, run
from werkbord import api
from werkbord.fileio import _split_suffix


def saved_with_a_note(session: Path, where: Path, text: str = "Korte lijn met de POH") -> Path:
    """The board as excalidraw.com saves it at the end of the session: one note in step 1."""
    where.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(scene_of(session), where)
    x, y = region_centre(session, "werkte")
    edit_json(where, lambda s: s["elements"].append(note("n1", text, x, y)))
    return where


def editor_resave(src: Path, dest: Path) -> Path:
    """What the Excalidraw editor writes for a file it opened and saved without a change: its own
    key order, a new version and nonce per element, numbers as floats, labels measured with the
    browser's font, its source and appState."""
    scene = json.loads(src.read_text())
    elements = []
    for n, el in enumerate(scene["elements"]):
        el = {**el, "version": el["version"] + 1, "versionNonce": 1000 + n, "updated": 1_765_000_000_000 + n}
        for k in ("x", "y", "width", "height"):
            el[k] = float(el[k])
        if el.get("containerId"):  # a label measured again with the browser's own font metrics
            el["width"], el["height"], el["y"] = el["width"] - 1.3, el["height"] + 0.7, el["y"] - 0.35
        elements.append(dict(sorted(el.items())))
    saved = {
        "type": "excalidraw",
        "version": 2,
        "source": "https://excalidraw.com",
        "elements": elements,
        "appState": {"gridSize": 20, "gridStep": 5, "gridModeEnabled": False, "viewBackgroundColor": "#ffffff"},
        "files": {},
    }
    dest.write_text(json.dumps(saved, indent=2))
    return dest


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# --- the line provision ends with ---------------------------------------------------------------


@pytest.mark.parametrize(("lang", "name"), [("nl", "Naamloos"), ("en", "Untitled")])
def test_provision_ends_with_a_harvest_command_that_names_the_saved_scene(tmp_path, lang, name):
    p = run("provision", "--groups", "1", "--title", "Team Noord", "--lang", lang, "--out", "mijn sessie", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    last = p.stdout.strip().splitlines()[-1]
    command = last[last.index("werkbord harvest") :]
    assert f'--scene "$HOME/Downloads/{name}-….excalidraw"' in command
    assert '"mijn sessie/team-noord.werkbord.json"' in command and '--out "mijn sessie/oogst"' in command

    # Pasted into bash with the saved file's name put in, it harvests that file.
    home = tmp_path / "home"
    session = tmp_path / "mijn sessie" / "team-noord.werkbord.json"
    saved_with_a_note(session, home / "Downloads" / f"{name}-2026-12-06-1530.excalidraw")
    pasted = command.replace(f"{name}-….excalidraw", f"{name}-2026-12-06-1530.excalidraw")
    pasted = pasted.replace("werkbord harvest", "python -m werkbord harvest", 1) + " --no-scrub --yes"
    done = subprocess.run(
        ["bash", "-c", pasted],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**_env(tmp_path), "HOME": str(home)},
    )
    assert done.returncode == 0, done.stderr
    harvested = json.loads((tmp_path / "mijn sessie" / "oogst" / "team-noord.harvest.json").read_text())
    assert [n["text"] for n in harvested["notes"]] == ["Korte lijn met de POH"]


def _env(tmp_path: Path) -> dict[str, str]:
    import os
    import sys

    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        "WERKBORD_CREDENTIALS": "file",
        "WERKBORD_CONFIG_DIR": str(tmp_path / ".cfg"),
    }


# --- an empty harvest does not replace a verslag with notes ----------------------------------------


def test_an_empty_harvest_refuses_to_replace_a_verslag_with_notes(session, tmp_path):
    saved = saved_with_a_note(session, tmp_path / "Downloads" / "Naamloos-1.excalidraw")
    out = session.parent / "oogst"
    first = run("harvest", str(session), "--scene", str(saved), *HARVEST, "--out", str(out), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = _files(out)
    manifest_before = session.read_bytes()

    # The line a new user copies without --scene... once the remembered scene is gone, or with
    # --scene naming the file as provisioned: either way a harvest of nothing.
    for scene in (
        ["--scene", str(scene_of(session))],
        ["--scene", str(editor_resave(scene_of(session), tmp_path / "leeg.excalidraw"))],
    ):
        p = run("harvest", str(session), *scene, *HARVEST, "--out", str(out), cwd=tmp_path)
        assert_one_line_error(
            p, "bevat al een verslag van deze sessie met notities", "zou het vervangen door een leeg verslag", "--force"
        )
        assert "Traceback" not in p.stderr and p.returncode != 0
        assert _files(out) == before  # nothing written, nothing removed
        assert session.read_bytes() == manifest_before  # nor remembered as the board


def test_force_replaces_the_verslag_and_keeps_a_copy_of_every_file_it_replaces(session, tmp_path):
    saved = saved_with_a_note(session, tmp_path / "Downloads" / "Naamloos-1.excalidraw")
    out = session.parent / "oogst"
    first = run("harvest", str(session), "--scene", str(saved), *HARVEST, "--out", str(out), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = _files(out)
    p = run(
        "harvest", str(session), "--scene", str(scene_of(session)), *HARVEST, "--out", str(out), "--force", cwd=tmp_path
    )
    assert p.returncode == 0, p.stderr
    assert json.loads((out / "team-noord.harvest.json").read_text())["notes"] == []
    copies = {f.name: f.read_bytes() for f in out.iterdir() if ".backup-" in f.name}
    # Every file of the earlier verslag that was replaced has its copy, with the earlier content.
    for name, data in before.items():
        stem, suffix = _split_suffix(name)
        kept = [c for c in copies if c.startswith(f"{stem}.backup-") and c.endswith(suffix)]
        assert len(kept) == 1 and copies[kept[0]] == data, name
        assert str(out / kept[0]) in p.stdout  # and said where
    assert len(copies) == len(before)
    # Notes again, then another --force: it keeps the verslag it replaces, never a copy of a copy.
    notes = run("harvest", str(session), "--scene", str(saved), *HARVEST, "--out", str(out), cwd=tmp_path)
    assert notes.returncode == 0, notes.stderr
    again = run(
        "harvest", str(session), "--scene", str(scene_of(session)), *HARVEST, "--out", str(out), "--force", cwd=tmp_path
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("Kopie van het vervangen bestand bewaard") == len(before)
    assert not [f for f in out.iterdir() if f.name.count(".backup-") > 1]


def test_a_harvest_with_notes_replaces_an_earlier_one_without_asking(session, tmp_path):
    out = session.parent / "oogst"
    assert run("harvest", str(session), *HARVEST, "--out", str(out), cwd=tmp_path).returncode == 0  # empty first
    saved = saved_with_a_note(session, tmp_path / "Downloads" / "Naamloos-1.excalidraw")
    p = run("harvest", str(session), "--scene", str(saved), *HARVEST, "--out", str(out), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert not [f for f in out.iterdir() if ".backup-" in f.name]  # nothing lost, so nothing to keep
    # And an empty one over an empty one is no loss either.
    other = session.parent / "leeg"
    assert (
        run(
            "harvest", str(session), "--scene", str(scene_of(session)), *HARVEST, "--out", str(other), cwd=tmp_path
        ).returncode
        == 0
    )
    assert (
        run(
            "harvest", str(session), "--scene", str(scene_of(session)), *HARVEST, "--out", str(other), cwd=tmp_path
        ).returncode
        == 0
    )


def test_the_library_refuses_too(session, tmp_path):
    from werkbord.errors import UsageError
    from werkbord.report import write_reports

    saved = saved_with_a_note(session, tmp_path / "eind.excalidraw")
    full = api.harvest(session, scene=saved, scrub=False)
    out = tmp_path / "oogst"
    write_reports([full], out, ["html"])
    api.save_harvest(full, out)
    empty = api.harvest(session, scene=scene_of(session), scrub=False)
    with pytest.raises(UsageError, match="already holds a verslag of this session with notes"):
        api.keep_earlier_report(empty, out, ["html"])
    kept = api.keep_earlier_report(empty, out, ["html"], force=True)
    assert sorted(p.name.split(".backup-")[0] for p in kept) == ["team-noord", "team-noord.oogst"]


# --- a scene as provisioned is not the board ---------------------------------------------------------


def test_a_scene_as_provisioned_is_never_remembered(session, tmp_path):
    copy = tmp_path / "kopie.excalidraw"
    shutil.copy(scene_of(session), copy)
    resaved = editor_resave(scene_of(session), tmp_path / "Naamloos-2.excalidraw")
    for scene in (copy, resaved):
        api.harvest(session, scene=scene, scrub=False)
        assert json.loads(session.read_text())["board"]["scene"] is None
    with_notes = saved_with_a_note(session, tmp_path / "Naamloos-3.excalidraw")
    api.harvest(session, scene=with_notes, scrub=False)
    assert json.loads(session.read_text())["board"]["scene"] == str(with_notes.resolve())
    # ... and a later look at an untouched copy does not make it forget the session's board.
    api.harvest(session, scene=resaved, scrub=False)
    assert json.loads(session.read_text())["board"]["scene"] == str(with_notes.resolve())


# --- what an empty harvest says -----------------------------------------------------------------------


def test_a_file_the_editor_saved_without_changes_is_said_to_have_nothing_written_on_it(session, tmp_path):
    resaved = editor_resave(scene_of(session), tmp_path / "Naamloos-2.excalidraw")
    warned: list[str] = []
    h = api.harvest(session, scene=resaved, scrub=False, warn=warned.append)
    assert h.notes == [] and len(warned) == 1
    assert "nothing was written on" in warned[0] and "saved from Excalidraw without changes" in warned[0]
    assert "no longer the board" not in warned[0] and "group frames" not in warned[0]
    assert "Opslaan naar bestand" in warned[0]  # and how to save the session's board (a Dutch session)


def test_a_board_where_things_only_moved_says_so(session):
    def move_a_card(scene):
        m = json.loads(session.read_text())
        card = m["items"]["g1.s2.party.huisarts"]["id"]
        for el in scene["elements"]:
            if el["id"] == card or el.get("containerId") == card:
                el["x"] += 5  # a nudge inside the lane: not placed, nothing written

    edit_json(scene_of(session), move_a_card)
    warned: list[str] = []
    assert api.harvest(session, scrub=False, warn=warned.append).notes == []
    assert len(warned) == 1 and "nothing was written on" in warned[0] and "only moved, added or removed" in warned[0]


def test_the_scene_content_digest_ignores_how_the_editor_writes_but_not_what_it_shows(session, tmp_path):
    from werkbord.board.excalidraw import scene_content_digest

    ours = json.loads(scene_of(session).read_text())
    theirs = json.loads(editor_resave(scene_of(session), tmp_path / "x.excalidraw").read_text())
    assert scene_content_digest(ours) == scene_content_digest(theirs)
    assert json.loads(session.read_text())["board"]["content_sha256"] == scene_content_digest(ours)
    theirs["elements"][-1]["y"] += 40
    assert scene_content_digest(ours) != scene_content_digest(theirs)
