"""What the Excalidraw editor does with the scene: re-wrapping a label from its ``originalText``
after an edit, the font of text a participant types, and example stickies one may adapt."""

from __future__ import annotations

import json

import pytest

from test_bad_files import edit_json
from werkbord import api
from werkbord.board.excalidraw import (
    BOUND_TEXT_PADDING,
    FONT_FAMILY_NUNITO,
    element_id,
    plan_to_scene,
    scene_to_items,
    text_width,
)
from werkbord.layout import layout
from werkbord.plan import Role
from werkbord.template import load_template


@pytest.fixture(scope="module", params=["nl", "en"])
def scene_and_plan(request):
    plan = layout(load_template("terugval", request.param), 2, title="Team Noord", participants=2)
    return plan_to_scene(plan, "s"), plan


def _room(container: dict) -> float:
    """The width the editor wraps a rectangle's bound text at."""
    return container["width"] - 2 * BOUND_TEXT_PADDING


def editor_rewrap(original: str, font_px: float, width: float) -> str:
    """Excalidraw's wrap of ``originalText`` after an edit: at spaces only; a word wider than the
    box is broken between characters. (A hard line break is kept.)"""
    out = []
    for hard in original.split("\n"):
        line = ""
        for word in hard.split(" "):
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, font_px) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
            line = word
            while text_width(line, font_px) > width:  # mid-word, as the editor breaks it
                cut = max(1, max(i for i in range(1, len(line) + 1) if text_width(line[:i], font_px) <= width))
                out.append(line[:cut])
                line = line[cut:]
        out.append(line)
    return "\n".join(out)


def test_reopening_a_party_sticky_keeps_its_break_after_the_slash(scene_and_plan):
    scene, plan = scene_and_plan
    els = {e["id"]: e for e in scene["elements"]}
    slashed = 0
    for item in plan.items:
        if item.role != Role.PARTY_STICKY or "/" not in item.text:
            continue
        container = els[element_id("s", item.key)]
        label = els[element_id("s", item.key, "text")]
        rewrapped = editor_rewrap(label["originalText"], label["fontSize"], _room(container))
        # Every line the editor makes is a line werkbord made: no word is split anew.
        assert set(rewrapped.split("\n")) <= set(label["text"].split("\n")), (label["text"], rewrapped)
        slashed += "/\n" in label["text"]
    assert slashed >= 3  # "Schuldhulp/bewindvoering" and others do break after their slash


def test_a_slash_break_in_original_text_reads_back_as_the_label(scene_and_plan):
    scene, plan = scene_and_plan
    texts = {i.id: i.text for i in scene_to_items(scene)}
    for item in plan.items:
        if item.role == Role.PARTY_STICKY:
            assert texts[element_id("s", item.key)] == item.text


def test_an_untouched_board_with_slash_labels_has_no_notes(tmp_path):
    done = api.provision(groups=1, title="Team Noord", out=tmp_path)
    assert api.harvest(done.manifest_path, scrub=False).notes == []


def test_text_a_participant_types_gets_the_boards_font(scene_and_plan):
    scene, plan = scene_and_plan
    state = scene["appState"]
    fonts = {e["fontFamily"] for e in scene["elements"] if e["type"] == "text"}
    assert fonts == {FONT_FAMILY_NUNITO} and state["currentItemFontFamily"] == FONT_FAMILY_NUNITO
    sizes = {e["fontSize"] for e in scene["elements"] if e["type"] == "text"}
    assert state["currentItemFontSize"] in sizes
    # excalidraw.com's File → Open drops those appState keys: what makes typing into a blank
    # sticky come out in Nunito there is the sticky's own label (one space), which the editor edits.
    els = {e["id"]: e for e in scene["elements"]}
    blanks = [i for i in plan.items if i.role == Role.BLANK_PARTY]
    assert blanks
    for b in blanks:
        label = els[element_id("s", b.key, "text")]
        assert label["containerId"] == element_id("s", b.key) and label["text"] == " "
        assert label["fontFamily"] == FONT_FAMILY_NUNITO and not label["locked"]


def test_example_stickies_can_be_adapted_and_an_adapted_one_is_harvested(tmp_path):
    done = api.provision(groups=1, title="Team Noord", out=tmp_path)
    manifest = json.loads(done.manifest_path.read_text())
    scene_path = tmp_path / "team-noord.excalidraw"
    scene = json.loads(scene_path.read_text())
    examples = {v["id"] for k, v in manifest["items"].items() if v["role"] == "example_action"}
    assert examples
    for el in scene["elements"]:
        if el["id"] in examples or el.get("containerId") in examples:
            assert el["locked"] is False, el["id"]  # a participant can open it and change it
    example = sorted(examples)[0]
    adapted = "Partij: Huisarts\nMicro-actie: Het signaleringsplan delen met de huisarts\nWie: ik\nWanneer: vrijdag"

    def adapt(s):
        label = next(e for e in s["elements"] if e.get("containerId") == example)
        label["text"] = label["originalText"] = adapted

    edit_json(scene_path, adapt)
    h = api.harvest(done.manifest_path, scrub=False)
    actions = h.groups[0].micro_actions
    assert [(a.party, a.owner, a.deadline) for a in actions] == [("Huisarts", "ik", "vrijdag")]
    assert actions[0].action == "Het signaleringsplan delen met de huisarts"
