"""Provision → participants edit the scene file → harvest: the scripted session of scenario.py,
played on a real Excalidraw scene (moving shapes with their labels, frames with children)."""

from __future__ import annotations

import json

import pytest

from scenario import assert_scripted_harvest, session_ops
from werkbord import api
from werkbord.layout import layout


def _label_of(elements, container):
    ids = {b["id"] for b in container.get("boundElements") or [] if b.get("type") == "text"}
    return [e for e in elements if e["id"] in ids]


def play(scene: dict, manifest: dict, ops) -> None:
    """Apply participant ops to the scene the way the editor would store them."""
    els = scene["elements"]
    by_id = {e["id"]: e for e in els}
    ids = {k: v["id"] for k, v in manifest["items"].items()}

    def move_to(el, cx, cy):
        dx, dy = cx - (el["x"] + el["width"] / 2), cy - (el["y"] + el["height"] / 2)
        for e in [el, *_label_of(els, el)]:
            e["x"] += dx
            e["y"] += dy  # still in its frame: the editor keeps frameId

    def set_text(el, text):
        labels = _label_of(els, el)
        if labels:
            labels[0]["text"] = labels[0]["originalText"] = text
        else:
            tid = el["id"] + "-t"
            el["boundElements"] = [*(el.get("boundElements") or []), {"type": "text", "id": tid}]
            els.append(
                {
                    **el,
                    "id": tid,
                    "type": "text",
                    "text": text,
                    "originalText": text,
                    "containerId": el["id"],
                    "fontSize": 20,
                    "fontFamily": 6,
                    "boundElements": None,
                }
            )

    for op in ops:
        if op.kind == "move":
            move_to(by_id[ids[op.key]], op.to.x, op.to.y)
        elif op.kind == "rename":
            set_text(by_id[ids[op.key]], op.text)
        elif op.kind == "delete":
            el = by_id[ids[op.key]]
            for e in [el, *_label_of(els, el)]:
                e["isDeleted"] = True
        elif op.kind == "add":
            # A participant's sticky: the newer stickynote type with a label (copy of an element).
            sid, tid = op.new_id, op.new_id + "-t"
            x, y = op.to.x - 90, op.to.y - 60
            common = {
                "angle": 0,
                "strokeColor": "#1e1e1e",
                "isDeleted": False,
                "groupIds": [],
                "frameId": None,
                "locked": False,
                "version": 1,
                "versionNonce": 1,
                "seed": 1,
                "roundness": None,
                "link": None,
                "updated": 1,
            }
            els.append(
                {
                    **common,
                    "id": sid,
                    "type": "stickynote",
                    "x": x,
                    "y": y,
                    "width": 180,
                    "height": 120,
                    "backgroundColor": "#fff9b1",
                    "boundElements": [{"type": "text", "id": tid}],
                }
            )
            els.append(
                {
                    **common,
                    "id": tid,
                    "type": "text",
                    "x": x + 5,
                    "y": y + 5,
                    "width": 170,
                    "height": 25,
                    "text": op.text,
                    "originalText": op.text,
                    "containerId": sid,
                    "fontSize": 20,
                    "fontFamily": 6,
                    "boundElements": None,
                }
            )
        elif op.kind == "move_frame":
            fid = ids[op.key]
            for e in els:
                if e["id"] == fid or e.get("frameId") == fid:
                    e["x"] += op.dx
                    e["y"] += op.dy
    # The editor keeps tombstones; add one for a note that was deleted before saving.
    els.append({**els[-1], "id": "tomb", "isDeleted": True, "text": "weg", "originalText": "weg"})


@pytest.fixture(scope="module")
def harvested(tmp_path_factory, wv):
    out = tmp_path_factory.mktemp("sessie")
    done = api.provision(groups=4, title="Team Noord", start="14:00", out=out)
    plan = layout(wv, 4, title="Team Noord", start="14:00")
    scene_path = out / "team-noord.excalidraw"
    scene = json.loads(scene_path.read_text())
    manifest = json.loads(done.manifest_path.read_text())
    play(scene, manifest, session_ops(plan))
    scene_path.write_text(json.dumps(scene))
    return api.harvest(done.manifest_path, scrub=False)


def test_the_scripted_session_gives_the_expected_harvest(harvested):
    assert_scripted_harvest(harvested)
    assert "weg" not in {n.text for n in harvested.notes}  # a tombstone is not a note


def test_harvest_is_repeatable(harvested, tmp_path):
    # Harvest only reads: the same board gives the same harvest (but for its timestamp).
    assert harvested.groups == harvested.model_copy(deep=True).groups


def test_scrubbed_harvest_keeps_parties_and_drops_names(tmp_path, wv):
    from werkbord.privacy import deduce_available

    assert deduce_available(), "deduce is a dependency of werkbord: install it rather than skip this test"
    done = api.provision(groups=1, title="Privacy", out=tmp_path)
    scene_path = tmp_path / "privacy.excalidraw"
    scene = json.loads(scene_path.read_text())
    manifest = json.loads(done.manifest_path.read_text())
    plan = layout(wv, 1, title="Privacy")
    from scenario import Op, region_point

    play(
        scene,
        manifest,
        [
            Op(
                "add",
                text="Mevr. Jansen (54) belde de huisarts op 12-03-2024",
                to=region_point(plan, 1, "gebeurd"),
                new_id="n1",
            ),
            Op(
                "add", text="FACT-team en wijkteam stemden niet af", to=region_point(plan, 1, "knelpunten"), new_id="n2"
            ),
        ],
    )
    scene_path.write_text(json.dumps(scene))
    h = api.harvest(done.manifest_path)
    gebeurd = h.groups[0].step1["gebeurd"][0]
    assert "Jansen" not in gebeurd and "54" not in gebeurd and "12-03-2024" not in gebeurd
    assert "huisarts" in gebeurd
    assert h.groups[0].step1["knelpunten"] == ["FACT-team en wijkteam stemden niet af"]
    assert h.scrubbing.scrubbed and h.scrubbing.counts.get("persoon", 0) >= 1
    assert all("Jansen" not in n.text for n in h.notes)
