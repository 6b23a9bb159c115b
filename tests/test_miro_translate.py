"""Pure Miro translation: bodies against the OpenAPI document, coordinates both ways, matching."""

from __future__ import annotations

import pytest

from fakes.specs import MIRO_SPEC, spec_validator
from werkbord.board import miro_translate as tr
from werkbord.geometry import Rect
from werkbord.plan import Kind, PlanItem, Role

needs_spec = pytest.mark.skipif(
    not MIRO_SPEC.exists(), reason="../shared/specs/miro-openapi.json is not beside the repo"
)

GROUP = PlanItem("g1", Kind.FRAME, Role.GROUP_FRAME, Rect(1000, 2000, 3000, 1500), text="Groep 1", group=1)
STEP = PlanItem(
    "g1.s1", Kind.FRAME, Role.STEP_FRAME, Rect(1100, 2100, 1000, 1200), text="Stap 1", parent="g1", group=1
)
REGION = PlanItem(
    "g1.s1.r",
    Kind.RECTANGLE,
    Role.PROMPT_REGION,
    Rect(1150, 2200, 400, 300),
    text="Wie?",
    parent="g1.s1",
    group=1,
    color="light_blue",
)
NOTE = PlanItem(
    "g1.s1.n",
    Kind.STICKY,
    Role.PARTY_STICKY,
    Rect(1200, 2300, 200, 200),
    text="Huisarts & co\nPOH",
    parent="g1.s1.r",
    group=1,
    color="light_pink",
)
RING = PlanItem("g1.ring", Kind.ELLIPSE, Role.ZONE_RING, Rect(2500, 2200, 900, 700), parent="g1", group=1)
TEXT = PlanItem("title", Kind.TEXT, Role.TITLE, Rect(0, -200, 800, 100), text="Sessie <1>", text_size="xl")
ITEMS = [GROUP, STEP, REGION, NOTE, RING, TEXT]
BY_KEY = {i.key: i for i in ITEMS}


def test_frames_are_never_nested_and_children_get_their_nearest_frame():
    assert tr.frame_ancestor(STEP, BY_KEY) is None  # Miro's frame create has no parent
    assert tr.frame_ancestor_of_frame(STEP, BY_KEY) is GROUP  # (for creation order only)
    assert tr.frame_ancestor(NOTE, BY_KEY) is STEP  # through the region: shapes cannot be parents
    assert tr.frame_ancestor(RING, BY_KEY) is GROUP
    assert tr.frame_ancestor(TEXT, BY_KEY) is None


def test_child_position_is_centre_relative_to_frame_top_left():
    body = tr.item_body(NOTE, "77", STEP.rect)
    assert body["position"] == {"x": 1200 + 100 - 1100, "y": 2300 + 100 - 2100}
    assert body["parent"] == {"id": "77"}
    top = tr.item_body(TEXT, None, None)
    assert top["position"] == {"x": 400, "y": -150} and "parent" not in top
    assert tr.frame_body(GROUP)["position"] == {"x": 2500, "y": 2750}


def test_sticky_takes_named_colour_and_width_only():
    body = tr.item_body(NOTE, "77", STEP.rect)
    assert body["type"] == "sticky_note"
    assert body["style"]["fillColor"] == "light_pink"
    assert body["geometry"] == {"width": 200}
    assert body["data"]["content"] == "<p>Huisarts &amp; co</p><p>POH</p>"
    assert tr.sticky_color("#FFCEE0") == "light_pink" and tr.sticky_color(None) == "light_yellow"


def test_shapes_take_hex_and_ellipse_is_a_circle():
    region = tr.item_body(REGION, "77", STEP.rect)
    assert region["data"]["shape"] == "rectangle"
    assert region["style"]["fillColor"] == "#a6ccf5" and region["style"]["textAlignVertical"] == "top"
    ring = tr.item_body(RING, "1", GROUP.rect)
    assert ring["data"]["shape"] == "circle" and ring["geometry"] == {"width": 900, "height": 700}
    assert "fillColor" not in ring["style"]  # no colour: Miro leaves it transparent
    assert tr.item_body(TEXT, None, None)["style"]["fontSize"] == str(tr.FONT_SIZES["xl"])


@needs_spec
def test_every_body_matches_its_schema():
    v = spec_validator()
    for item in ITEMS:
        if item.kind == Kind.FRAME:
            v.validate("FrameCreateRequest", tr.frame_body(item))
        else:
            anc = tr.frame_ancestor(item, BY_KEY)
            v.validate_bulk_item(tr.item_body(item, "1" if anc else None, anc.rect if anc else None))
    v.validate("BoardChanges", tr.board_body("x" * 100, "3074457"))
    assert len(tr.board_body("x" * 100, None)["name"]) == 60
    for mtype, schema in [
        ("sticky_note", "StickyNoteUpdateRequest"),
        ("shape", "ShapeUpdateRequest"),
        ("text", "TextUpdateRequest"),
        ("frame", "FrameUpdateRequest"),
    ]:
        v.validate(schema, tr.update_body(mtype, "12:30\nnog 5 min", "red"))
    # The validator itself must catch a wrong body, or the test above proves nothing.
    with pytest.raises(AssertionError):
        v.validate_bulk_item(
            {"type": "sticky_note", "style": {"fillColor": "#ffcee0"}, "position": {"x": 0, "y": 0}}
        )


@needs_spec
def test_full_plan_bodies_match_schema(plan4):
    v = spec_validator()
    by_key = plan4.by_key()
    for item in plan4.items:
        if item.kind == Kind.FRAME:
            v.validate("FrameCreateRequest", tr.frame_body(item))
        else:
            anc = tr.frame_ancestor(item, by_key)
            v.validate_bulk_item(tr.item_body(item, "1" if anc else None, anc.rect if anc else None))


def test_batches_hold_one_parent_and_at_most_20_in_plan_order(plan4):
    by_key = plan4.by_key()
    batches = tr.plan_batches(plan4.items, by_key)
    assert all(1 <= len(b.items) <= tr.BULK_MAX for b in batches)
    for b in batches:
        assert {getattr(tr.frame_ancestor(i, by_key), "key", None) for i in b.items} == {b.parent_key}
    flat = [i.key for b in batches for i in b.items]
    order = {i.key: n for n, i in enumerate(plan4.items)}
    for parent in {b.parent_key for b in batches}:
        keys = [i.key for b in batches if b.parent_key == parent for i in b.items]
        assert keys == sorted(keys, key=order.get)
    assert len(flat) == sum(1 for i in plan4.items if i.kind != Kind.FRAME)


def test_estimate_counts_requests_and_credits(plan4):
    est = tr.estimate(plan4)
    frames = sum(1 for i in plan4.items if i.kind == Kind.FRAME)
    assert est.items == len(plan4.items)
    assert est.credits == 500 + 100 * len(plan4.items)
    assert est.requests == 1 + frames + len(tr.plan_batches(plan4.items, plan4.by_key()))
    done = [i.key for i in plan4.items[:10]]
    assert tr.estimate(plan4, done=done, create_board=False).items == len(plan4.items) - 10


def test_absolute_rects_add_parent_offsets():
    raws = [
        {
            "id": "f",
            "type": "frame",
            "position": {"x": 500, "y": 300, "relativeTo": "canvas_center"},
            "geometry": {"width": 1000, "height": 600},
        },
        {
            "id": "n",
            "type": "sticky_note",
            "parent": {"id": "f"},
            "position": {"x": 100, "y": 50, "relativeTo": "parent_top_left"},
            "geometry": {"width": 40, "height": 20},
        },
        {
            "id": "t",
            "type": "text",
            "position": {"x": -10, "y": -10},
            "geometry": {"width": 20, "height": 20},
        },
        {"id": "o", "type": "shape", "parent": {"id": "gone"}, "position": {"x": 1, "y": 1}, "geometry": {}},
    ]
    rects = tr.absolute_rects(raws)
    assert rects["f"] == Rect(0, 0, 1000, 600)
    assert rects["n"] == Rect(80, 40, 40, 20)
    assert rects["t"] == Rect(-20, -20, 20, 20)
    assert "o" not in rects  # unknown parent: its place on the canvas is unknown


def test_board_items_from_miro_are_plain_text_with_palette_colours():
    raws = [
        {
            "id": "1",
            "type": "sticky_note",
            "data": {"content": "<p>Eerste &amp; <b>vet</b></p><p>tweede</p>"},
            "style": {"fillColor": "light_pink"},
            "position": {"x": 0, "y": 0},
            "geometry": {"width": 10, "height": 10},
        },
        {
            "id": "2",
            "type": "shape",
            "data": {"content": "a<br>b"},
            "style": {"fillColor": "#A6CCF5"},
            "position": {"x": 0, "y": 0},
            "geometry": {"width": 10, "height": 10},
        },
        {
            "id": "3",
            "type": "frame",
            "data": {"title": "Groep 1"},
            "style": {"fillColor": "#123456"},
            "position": {"x": 0, "y": 0},
            "geometry": {"width": 10, "height": 10},
        },
    ]
    items = {i.id: i for i in tr.to_board_items(raws, {"1": "party_sticky"})}
    assert items["1"].text == "Eerste & vet\ntweede" and items["1"].color == "light_pink"
    assert items["1"].role_hint == "party_sticky" and items["1"].kind == "sticky_note"
    assert items["2"].text == "a\nb" and items["2"].color == "light_blue"
    assert items["3"].text == "Groep 1" and items["3"].color == "#123456"


def test_match_bodies_adopts_each_existing_item_once():
    body = tr.item_body(NOTE, "77", STEP.rect)
    same = {
        "id": "a",
        "type": "sticky_note",
        "parent": {"id": "77"},
        "data": {"content": "<p>Huisarts &amp; co</p><p>POH</p>"},
        "position": {"x": body["position"]["x"] + 0.5, "y": body["position"]["y"]},
    }
    twin = {**same, "id": "b"}
    moved = {**same, "id": "c", "position": {"x": 0, "y": 0}}
    claimed = {"b"}
    assert tr.match_bodies([body, body], [moved, same, twin], claimed) == ["a", None]
    assert claimed == {"a", "b"}
    other_parent = {**same, "id": "d", "parent": {"id": "78"}}
    assert tr.match_bodies([body], [other_parent], set()) == [None]
