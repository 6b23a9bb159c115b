"""Pure Miro translation: bodies against the OpenAPI document, coordinates both ways, matching."""

from __future__ import annotations

import random

import pytest

from fakes.specs import spec_validator
from werkbord.board import miro_translate as tr
from werkbord.geometry import Rect
from werkbord.plan import Kind, PlanItem, Role

GROUP = PlanItem("g1", Kind.FRAME, Role.GROUP_FRAME, Rect(1000, 2000, 3000, 1500), text="Groep 1", group=1)
STEP = PlanItem("g1.s1", Kind.FRAME, Role.STEP_FRAME, Rect(1100, 2100, 1000, 1200), text="Stap 1", parent="g1", group=1)
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
        v.validate_bulk_item({"type": "sticky_note", "style": {"fillColor": "#ffcee0"}, "position": {"x": 0, "y": 0}})


def test_full_plan_bodies_match_schema(plan4):
    v = spec_validator()
    by_key = plan4.by_key()
    for item in plan4.items:
        if item.kind == Kind.FRAME:
            v.validate("FrameCreateRequest", tr.frame_body(item))
        else:
            anc = tr.frame_ancestor(item, by_key)
            v.validate_bulk_item(tr.item_body(item, "1" if anc else None, anc.rect if anc else None))


def _check_batches(items: list[PlanItem], batches: list[tr.Batch]) -> None:
    """What any packing must keep: each item once, at most 20 a call, plan order inside a
    call, the right parents named, and an item lying over an earlier one never sent before it."""
    by_key = {i.key: i for i in items}
    order = {i.key: n for n, i in enumerate(items)}
    others = [i for i in items if i.kind != Kind.FRAME]
    flat = [i.key for b in batches for i in b.items]
    assert sorted(flat) == sorted(i.key for i in others)
    batch_of = {i.key: n for n, b in enumerate(batches) for i in b.items}
    for n, b in enumerate(batches):
        assert 1 <= len(b.items) <= tr.BULK_MAX
        keys = [i.key for i in b.items]
        assert keys == sorted(keys, key=order.get)
        assert set(b.parent_keys) == {getattr(tr.frame_ancestor(i, by_key), "key", None) for i in b.items}
        assert all(j < n for j in b.after)  # only ever earlier calls: nothing can wait in a circle

    def follows(late: int, early: int) -> bool:
        return late == early or any(follows(j, early) for j in batches[late].after)

    for a in others:
        for b in others:
            if order[a.key] < order[b.key] and a.rect.overlaps(b.rect):
                assert follows(batch_of[b.key], batch_of[a.key]), f"{b.key} could land under {a.key}"


def test_batches_are_packed_across_frames_and_keep_the_visible_order(plan4):
    batches = tr.plan_batches(plan4.items, plan4.by_key())
    _check_batches(plan4.items, batches)
    others = sum(1 for i in plan4.items if i.kind != Kind.FRAME)
    assert len(batches) == -(-others // tr.BULK_MAX)  # the fewest Miro's limit of 20 allows
    assert any(len(b.parent_keys) > 1 for b in batches)
    # The ring model lies in layers (rings, patient, zone letters): one call, in plan order.
    ring = [i.key for i in plan4.items if i.key.startswith("g1.s2.") and i.role in (Role.ZONE_RING, Role.PATIENT)]
    assert len({n for n, b in enumerate(batches) for i in b.items if i.key in ring}) == 1


def test_overlapping_pairs_are_those_a_full_comparison_finds():
    rng = random.Random(7)
    items = [
        PlanItem(
            f"i{n}",
            Kind.STICKY,
            Role.BLANK_PARTY,
            Rect(rng.uniform(-3000, 3000), rng.uniform(-3000, 3000), rng.uniform(1, 1500), rng.uniform(1, 1500)),
        )
        for n in range(300)
    ]
    # And an item larger than the grid handles cell by cell (a backdrop over everything).
    items.append(PlanItem("huge", Kind.RECTANGLE, Role.INFO, Rect(-1e6, -1e6, 2e6, 2e6)))
    n = len(items)
    brute = [(a, b) for a in range(n) for b in range(a + 1, n) if items[a].rect.overlaps(items[b].rect)]
    assert brute and tr.overlapping_pairs(items) == brute
    assert sum(1 for p in brute if n - 1 in p) == n - 1


def test_a_stack_larger_than_one_call_is_sent_in_order():
    frame = PlanItem("f", Kind.FRAME, Role.GROUP_FRAME, Rect(0, 0, 5000, 5000))
    # 45 notes piled on each other (one visible stack), with loose notes around them.
    pile = [
        PlanItem(f"p{n}", Kind.STICKY, Role.BLANK_PARTY, Rect(100 + n, 100, 200, 200), parent="f") for n in range(45)
    ]
    loose = [
        PlanItem(f"l{n}", Kind.STICKY, Role.BLANK_PARTY, Rect(1000 + 300 * n, 1000, 200, 200), parent="f")
        for n in range(12)
    ]
    items = [frame, *loose[:6], *pile, *loose[6:]]
    batches = tr.plan_batches(items, {i.key: i for i in items})
    _check_batches(items, batches)
    holding_pile = [n for n, b in enumerate(batches) if any(i.key.startswith("p") for i in b.items)]
    assert len(holding_pile) == 3
    assert batches[holding_pile[1]].after == (holding_pile[0],)
    assert len(batches) == 3  # the loose notes fill the room the pile leaves


def test_a_frame_waits_only_for_a_filled_frame_around_it():
    by_key = {GROUP.key: GROUP, STEP.key: STEP}
    assert tr.frame_after(STEP, by_key) is None  # transparent group frame: both at once
    assert tr.frame_after(GROUP, by_key) is None
    filled = PlanItem("g1", Kind.FRAME, Role.GROUP_FRAME, GROUP.rect, text="Groep 1", color="light_blue")
    assert tr.frame_after(STEP, {"g1": filled, STEP.key: STEP}) == filled


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
