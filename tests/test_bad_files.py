"""Damaged manifests and scenes, and the Excalidraw round trip, as a user meets them on the command line.

Every damaged file gives one line naming what is wrong, an exit code other than 0 and no traceback;
never a silent, empty report.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from test_cli import assert_one_line_error, run
from werkbord import api
from werkbord.board import excalidraw

HARVEST = ("--no-scrub", "--yes")  # de-identification is not what these tests are about


@pytest.fixture(scope="module", name="provisioned")
def two_group_board(tmp_path_factory) -> Path:
    """A two-group Excalidraw session, provisioned once per module (test_never_lose_a_report too)."""
    out = tmp_path_factory.mktemp("board")
    api.provision(groups=2, title="Team Noord", out=out)
    return out


@pytest.fixture(name="session")
def fresh_session(provisioned, tmp_path) -> Path:
    """A fresh copy of the provisioned session folder; returns the manifest."""
    shutil.copytree(provisioned, tmp_path / "s")
    return tmp_path / "s" / "team-noord.werkbord.json"


def edit_json(path: Path, change) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))  # json writes NaN as NaN, as a careless tool would


def scene_of(manifest: Path) -> Path:
    return manifest.with_name("team-noord.excalidraw")


def note(eid: str, text: str, x: float, y: float) -> dict:
    """A free text typed on the board, as the editor stores it."""
    return {
        "id": eid,
        "type": "text",
        "x": x,
        "y": y,
        "width": 120,
        "height": 25,
        "text": text,
        "originalText": text,
        "containerId": None,
        "isDeleted": False,
    }


def region_centre(manifest: Path, key: str) -> tuple[float, float]:
    m = json.loads(manifest.read_text())
    r = next(r["rect"] for r in m["groups"][0]["regions"] if r["key"] == key)
    return r["x"] + r["w"] / 2, r["y"] + r["h"] / 2


# --- damaged manifests ---------------------------------------------------------------------------


def _unknown_role(m):
    next(iter(m["items"].values()))["role"] = "bogus"


def _empty_patient(m):
    m["groups"][0]["patient"] = {}


def _nan_frame(m):
    m["groups"][0]["frame"]["x"] = float("nan")


def _infinite_radius(m):
    m["groups"][1]["radii"]["C"] = float("inf")


def _rings_out_of_order(m):
    m["groups"][0]["radii"]["B"] = m["groups"][0]["radii"]["C"] + 10


def _unknown_kind(m):
    next(iter(m["items"].values()))["kind"] = "hexagon"


def _repeated_group(m):
    m["groups"][1]["index"] = m["groups"][0]["index"]


@pytest.mark.parametrize(
    "damage,fragments",
    [
        (_unknown_role, ["items.facilitator.role", "onbekende waarde 'bogus'"]),
        (_empty_patient, ["groups.0.patient"]),
        (_nan_frame, ["groups.0.frame.x", "finite"]),
        (_infinite_radius, ["groups.1.radii.C", "finite"]),
        (_rings_out_of_order, ["groups.0.radii", "patiënt < A < B < C"]),
        (_unknown_kind, ["items.facilitator.kind", "onbekende waarde 'hexagon'"]),
        (_repeated_group, ["hetzelfde nummer"]),
    ],
    ids=lambda v: v.__name__.strip("_") if callable(v) else "",
)
def test_a_damaged_manifest_is_refused_in_one_line(session, damage, fragments):
    edit_json(session, damage)
    p = run("harvest", str(session), *HARVEST, cwd=session.parent)
    # A Dutch session: the terminal speaks Dutch too.
    assert_one_line_error(p, "team-noord.werkbord.json", "beschadigd", *fragments)
    assert p.returncode == 2
    assert not (session.parent / "oogst").exists()  # nothing written


def test_an_unknown_language_is_named_as_such_not_as_a_missing_template(session):
    edit_json(session, lambda m: m["template"].update(lang="xx"))
    p = run("harvest", str(session), *HARVEST, cwd=session.parent)
    assert_one_line_error(p, "language 'xx'", "available: nl, en")
    assert "not built in" not in p.stderr


# --- damaged and foreign scenes ------------------------------------------------------------------


def test_a_scene_with_string_coordinates_is_refused_not_harvested_as_empty(session):
    def stringify(scene):
        for el in scene["elements"]:
            el["x"], el["y"] = str(el["x"]), str(el["y"])

    edit_json(scene_of(session), stringify)
    p = run("harvest", str(session), *HARVEST, cwd=session.parent)
    assert_one_line_error(p, "team-noord.excalidraw", "misvormd", "'x' is geen getal")
    assert "Notities gelezen" not in p.stdout


def test_another_board_is_refused(session, tmp_path):
    other = api.provision(groups=2, title="Team Zuid", out=tmp_path / "zuid")
    p = run(
        "harvest",
        str(session),
        "--scene",
        str(other.manifest_path.with_name("team-zuid.excalidraw")),
        *HARVEST,
        cwd=session.parent,
    )
    assert_one_line_error(p, "niet het bord dat voor dit manifest gemaakt is")
    assert p.returncode == 3
    # A refused scene is not remembered.
    assert json.loads(session.read_text())["board"].get("scene") is None


def test_malformed_elements_are_counted_and_the_rest_is_harvested(session):
    x, y = region_centre(session, "gebeurd")

    def add(scene):
        bad = note("bad1", "kwijt", x, y)
        bad["width"] = "breed"
        scene["elements"] += [note("n1", "Huisarts belde", x - 60, y - 12), bad, "not an element"]

    edit_json(scene_of(session), add)
    p = run("harvest", str(session), *HARVEST, cwd=session.parent)
    assert p.returncode == 0, p.stderr
    assert "2 misvormde elementen overgeslagen" in p.stderr and "heeft geen id of type" in p.stderr
    assert "Notities gelezen: 1\n" in p.stdout


def test_read_scene_counts_each_malformed_element_once():
    scene = {
        "elements": [
            note("ok", "a", 0, 0),
            {**note("nan", "b", 0, 0), "y": float("nan")},
            {**note("bool", "c", 0, 0), "height": True},
            {"type": "text"},  # no id
            note("ok", "again", 0, 0),  # a repeated id
            {**note("gone", "d", 0, 0), "x": "x", "isDeleted": True},  # deleted: not counted
            {"id": "arrow", "type": "arrow"},  # ignored type: not malformed
        ]
    }
    read = excalidraw.read_scene(scene)
    assert [i.id for i in read.items] == ["ok"]
    assert read.skipped == 4
    assert read.example == "element 4 has no id or type"


# --- the Excalidraw round trip: save from excalidraw.com, harvest with --scene --------------------


def test_provision_explains_how_to_get_the_work_back(tmp_path):
    nl = run("provision", "--groups", "1", "--title", "X", "--out", "s", cwd=tmp_path)
    assert nl.returncode == 0, nl.stderr
    assert "Sla op..." in nl.stdout and "Opslaan naar bestand" in nl.stdout
    assert "--scene" in nl.stdout and "x.werkbord.json" in nl.stdout
    en = run("provision", "--groups", "1", "--title", "Y", "--lang", "en", "--out", "s", cwd=tmp_path)
    assert "Save to..." in en.stdout and "Sla op" not in en.stdout


def test_harvest_reads_the_saved_scene_and_remembers_it(session, tmp_path):
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    saved = downloads / "Untitled-2026-11-25-1530.excalidraw"
    shutil.copy(scene_of(session), saved)
    x, y = region_centre(session, "werkte")
    edit_json(saved, lambda s: s["elements"].append(note("n1", "Korte lijn met de POH", x, y)))

    first = run("harvest", str(session), "--scene", str(saved), *HARVEST, "--out", "o1", cwd=session.parent)
    assert first.returncode == 0, first.stderr
    assert "Notities gelezen: 1\n" in first.stdout
    assert json.loads(session.read_text())["board"]["scene"] == str(saved.resolve())

    again = run("harvest", str(session), *HARVEST, "--out", "o2", cwd=session.parent)  # no --scene now
    assert "Notities gelezen: 1\n" in again.stdout
    h = json.loads((session.parent / "o2" / "team-noord.harvest.json").read_text())
    assert h["groups"][0]["step1"]["werkte"] == ["Korte lijn met de POH"]


def test_a_scene_beside_the_manifest_is_remembered_relative_to_it(session):
    saved = session.with_name("eind.excalidraw")
    shutil.copy(scene_of(session), saved)
    x, y = region_centre(session, "werkte")
    edit_json(saved, lambda s: s["elements"].append(note("n1", "Iets", x, y)))  # the session's work
    api.harvest(session, scene=saved, scrub=False)
    assert json.loads(session.read_text())["board"]["scene"] == "eind.excalidraw"


def test_an_untouched_board_warns_with_the_save_step(session):
    p = run("harvest", str(session), *HARVEST, cwd=session.parent)
    assert p.returncode == 0, p.stderr
    assert "0 notities" in p.stderr and "het bestand dat werkbord schreef, precies zoals" in p.stderr
    assert "Opslaan naar bestand" in p.stderr and "--scene" in p.stderr


def test_zero_notes_on_a_board_saved_again_without_changes_says_nothing_was_written(session):
    edit_json(scene_of(session), lambda s: s["appState"].update(zoom={"value": 0.5}))  # saved again, no notes
    p = run("harvest", str(session), *HARVEST, cwd=session.parent)
    assert p.returncode == 0
    assert "0 notities: op" in p.stderr and "is niets geschreven" in p.stderr
    assert "zonder wijzigingen opgeslagen vanuit Excalidraw" in p.stderr and "groepskaders" not in p.stderr


def test_a_board_with_notes_gives_no_empty_board_warning(session):
    x, y = region_centre(session, "werkte")
    edit_json(scene_of(session), lambda s: s["elements"].append(note("n1", "Iets", x, y)))
    warned: list[str] = []
    h = api.harvest(session, scrub=False, warn=warned.append)
    assert len(h.notes) == 1 and warned == []


def test_scene_only_applies_to_excalidraw(session):
    edit_json(session, lambda m: m.update(backend="miro"))
    p = run("harvest", str(session), "--scene", "x.excalidraw", *HARVEST, cwd=session.parent)
    assert_one_line_error(p, "--scene geldt alleen voor een Excalidraw-bord")


# --- links into a live collaboration room --------------------------------------------------------


def test_links_open_the_collaboration_room_at_each_group_frame(session):
    room = "https://excalidraw.com/#room=0a1b2c3d4e5f60718293,Ab-cD_ef0123456789xyzQ"
    p = run("links", str(session), "--room", room, cwd=session.parent)
    assert p.returncode == 0, p.stderr
    m = json.loads(session.read_text())
    frames = {e["id"]: e for e in json.loads(scene_of(session).read_text())["elements"] if e["type"] == "frame"}
    lines = p.stdout.splitlines()
    assert len(lines) == 2
    for g, line in zip(m["groups"], lines, strict=True):
        fid = m["items"][g["frame_key"]]["id"]
        assert fid in frames and frames[fid]["name"].startswith(g["name"])
        assert line.split() == [
            *g["name"].split(),
            f"https://excalidraw.com/?element={fid}#room=0a1b2c3d4e5f60718293,Ab-cD_ef0123456789xyzQ",
        ]  # noqa: E501
    assert "room" not in json.dumps(m["board"])  # the room's key is never stored


def test_links_keep_a_self_hosted_room_and_replace_an_old_element(session):
    _, links = api.links(session, room="http://draw.local:3000/app/?element=old&lang=nl#room=r1,k1")
    assert links.board == "http://draw.local:3000/app/?lang=nl#room=r1,k1"
    assert all(v.startswith("http://draw.local:3000/app/?lang=nl&element=wb") for v in links.groups.values())
    assert all(v.endswith("#room=r1,k1") for v in links.groups.values())


@pytest.mark.parametrize(
    "url",
    ["https://excalidraw.com/", "https://excalidraw.com/#json=abc,def", "room=a,b", "javascript:alert(1)#room=a,b"],
)
def test_links_refuse_what_is_not_a_room_link(session, url):
    p = run("links", str(session), "--room", url, cwd=session.parent)
    assert_one_line_error(p, "geen link naar een live-samenwerkingssessie van Excalidraw")


def test_zero_notes_with_a_manifest_too_old_to_tell_still_gives_the_save_step(session):
    edit_json(session, lambda m: (m["board"].pop("sha256"), m["board"].pop("content_sha256")))
    warned: list[str] = []
    api.harvest(session, scrub=False, warn=warned.append)
    assert len(warned) == 1 and "holds no notes" in warned[0] and "Opslaan naar bestand" in warned[0]
