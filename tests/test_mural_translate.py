"""Pure Mural translation: bodies against the spec, coordinates both ways, text, links, errors."""

from __future__ import annotations

import httpx
import pytest

from fakes.specs import need_spec, operation, validate_body, validate_response
from mural_support import small_plan
from werkbord.board import mural_translate as mt
from werkbord.errors import AuthError, NotFound, PermissionDenied, ValidationFailed, VendorError
from werkbord.geometry import Rect
from werkbord.plan import Kind, PlanItem, Role

# --- bodies ---------------------------------------------------------------------------------


def _bodies(plan):
    """Every create body of a plan, with made-up ids for the areas (as provisioning assigns)."""
    by_key = plan.by_key()
    ids = {i.key: f"0-{n}" for n, i in enumerate(plan.items) if mt.endpoint_for(i) == mt.AREA}
    for item in plan.items:
        parent = mt.area_ancestor(item, by_key)
        yield item, mt.create_body(item, parent, ids[parent.key] if parent else None)


SLUG = {
    "area": "createarea",
    "shape": "createshapewidget",
    "sticky-note": "createstickynote",
    "textbox": "createtextbox",
    "title": "createtitle",
}


def test_every_create_body_validates_against_its_operation_schema():
    need_spec()
    seen = set()
    for item, body in _bodies(small_plan()):
        ep = mt.endpoint_for(item)
        seen.add(ep)
        # Areas take one object per call; the other endpoints take arrays.
        validate_body(SLUG[ep], body if ep == mt.AREA else [body])
    assert seen == {"area", "shape", "sticky-note", "textbox", "title"}


def test_mural_body_validates_and_has_an_integer_room_and_no_background():
    need_spec()
    body = mt.create_mural_body(small_plan(), 1608152669000)
    validate_body("createmural", body)
    assert body["roomId"] == 1608152669000 and isinstance(body["roomId"], int)
    assert "backgroundColor" not in body  # rejected on create
    assert 3000 <= body["width"] <= 60000 and 3000 <= body["height"] <= 60000
    assert body["width"] >= max(i.rect.right for i in small_plan().items)  # the canvas fits the plan


def test_update_bodies_validate():
    need_spec()
    for ep, slug in [
        ("sticky-note", "updatestickynote"),
        ("textbox", "updatetextbox"),
        ("title", "updatetitle"),
        ("shape", "updateshapewidget"),
        ("area", "updatearea"),
    ]:
        body = mt.update_body(ep, "10:00", "red")
        validate_body(slug, body)
        assert body["style"]["backgroundColor"] == "#F0939DFF"
    assert mt.update_body("area", "Titel") == {"title": "Titel"}
    assert mt.update_body("sticky-note", "x") == {"text": "x"}


def test_a_body_with_an_unknown_property_is_caught_by_the_validation():
    # The check the provisioning tests rely on must itself be able to fail.
    need_spec()
    with pytest.raises(AssertionError, match="locked"):
        validate_body("createstickynote", [{"shape": "rectangle", "x": 0, "y": 0, "locked": True}])


def test_kind_mapping():
    r = Rect(0, 0, 10, 10)
    assert mt.endpoint_for(PlanItem("a", Kind.FRAME, Role.GROUP_FRAME, r)) == "area"
    assert mt.endpoint_for(PlanItem("b", Kind.RECTANGLE, Role.PROMPT_REGION, r)) == "area"
    assert mt.endpoint_for(PlanItem("c", Kind.ELLIPSE, Role.ZONE_RING, r)) == "shape"
    assert mt.endpoint_for(PlanItem("d", Kind.STICKY, Role.PARTY_STICKY, r)) == "sticky-note"
    assert mt.endpoint_for(PlanItem("e", Kind.TEXT, Role.TITLE, r)) == "title"
    assert mt.endpoint_for(PlanItem("f", Kind.TEXT, Role.INFO, r)) == "textbox"


def test_sticky_colour_is_the_palette_hex_in_murals_format():
    plan = small_plan(1)
    bodies = dict((i.key, b) for i, b in _bodies(plan))
    assert bodies["g1.party.1"]["style"]["backgroundColor"] == "#FFCEE0FF"  # light_pink
    assert bodies["g1.patient"]["shape"] == "ellipse"
    assert mt.mural_color("#abcdef") == "#ABCDEFFF"
    assert mt.mural_color(None) is None
    with pytest.raises(ValueError):
        mt.mural_color("mauve")
    assert mt.palette_name("#FFCEE0FF") == "light_pink"
    assert mt.palette_name("#123456FF") == "#123456"


# --- coordinates ----------------------------------------------------------------------------


def test_children_are_relative_to_their_immediate_area_and_nesting_adds_up():
    plan = small_plan(1)
    bodies = dict((i.key, b) for i, b in _bodies(plan))
    # group frame at (1000, 0); step 1 at (1020, 60); region at (1040, 120)
    assert (bodies["g1"]["x"], bodies["g1"]["y"]) == (1000, 0) and "parentId" not in bodies["g1"]
    assert (bodies["g1.s1"]["x"], bodies["g1.s1"]["y"]) == (20, 60)
    assert (bodies["g1.s1.r1"]["x"], bodies["g1.s1.r1"]["y"]) == (20, 60)
    index = {i.key: n for n, i in enumerate(plan.items)}
    assert bodies["g1.s1.r1"]["parentId"] == f"0-{index['g1.s1']}"  # the step area, not the group
    assert bodies["g1.s1"]["parentId"] == f"0-{index['g1']}"
    # ring label: plan parent is an ellipse, which cannot contain; Mural parent is the step-2 area
    by_key = plan.by_key()
    assert mt.area_ancestor(by_key["g1.ring.A.label"], by_key).key == "g1.s2"
    s2 = by_key["g1.s2"].rect
    label = by_key["g1.ring.A.label"].rect
    assert (bodies["g1.ring.A.label"]["x"], bodies["g1.ring.A.label"]["y"]) == (
        label.x - s2.x,
        label.y - s2.y,
    )


def test_relative_to_absolute_round_trip_through_nested_areas():
    plan = small_plan(2)
    by_key = plan.by_key()
    widgets = []
    for n, (item, body) in enumerate(_bodies(plan)):
        w = {"id": f"0-{n}", "type": mt.WIDGET_TYPE[mt.endpoint_for(item)], **body}
        widgets.append(w)
    # the ids _bodies invented for areas are "0-<index>", and so are these
    rects = mt.absolute_rects(widgets)
    for n, item in enumerate(plan.items):
        assert rects[f"0-{n}"] == item.rect, item.key
    assert by_key  # the plan had items


def test_absolute_rects_three_levels_deep_and_hostile_input():
    ws = [
        {"id": "c", "parentId": "b", "x": 1, "y": 2, "width": 5, "height": 5},
        {"id": "b", "parentId": "a", "x": 10, "y": 20, "width": 50, "height": 50},
        {"id": "a", "x": 100, "y": 200, "width": 500, "height": 500},
        {"id": "orphan", "parentId": "gone", "x": 7, "y": 8, "width": 1, "height": 1},
        {"id": "loop1", "parentId": "loop2", "x": 1, "y": 1, "width": 1, "height": 1},
        {"id": "loop2", "parentId": "loop1", "x": 1, "y": 1, "width": 1, "height": 1},
        {"id": "bad", "x": "NaN", "y": None, "width": 1, "height": 1},
    ]
    r = mt.absolute_rects(ws)
    assert r["c"] == Rect(111, 222, 5, 5)
    assert r["b"] == Rect(110, 220, 50, 50)
    assert r["orphan"] == Rect(7, 8, 1, 1)  # an unknown parent counts as the mural
    assert r["bad"] == Rect(0, 0, 1, 1)
    assert {"loop1", "loop2"} <= set(r)  # a cycle terminates


def test_area_levels_put_parents_before_children():
    plan = small_plan(2)
    levels = [[i.key for i in lv] for lv in mt.area_levels(plan.items, plan.by_key())]
    assert levels == [["fac", "g1", "g2"], ["g1.s1", "g1.s2", "g2.s1", "g2.s2"], ["g1.s1.r1", "g2.s1.r1"]]


# --- reading --------------------------------------------------------------------------------


def test_board_items_plain_text_from_text_then_html_and_absolute_geometry():
    ws = [
        {"id": "A", "type": "area", "title": "Groep 1", "x": 100, "y": 50, "width": 900, "height": 800},
        {
            "id": "s1",
            "type": "sticky note",
            "parentId": "A",
            "x": 10,
            "y": 20,
            "width": 138,
            "height": 138,
            "text": "",
            "htmlText": "<p>Zus &amp; broer</p><p>buren<br/>vrienden</p>",
            "style": {"backgroundColor": "#FFF9B1FF"},
        },
        {"id": "s2", "type": "sticky note", "x": 1, "y": 2, "width": 3, "height": 4, "text": " Huisarts "},
        {"id": "t", "type": "text", "x": 0, "y": 0, "width": 10, "height": 10, "text": "15:00"},
        {
            "id": "h",
            "type": "sticky note",
            "x": 0,
            "y": 0,
            "width": 1,
            "height": 1,
            "text": "x",
            "invisible": True,
        },
    ]
    items = {i.id: i for i in mt.board_items(ws)}
    assert items["s1"].text == "Zus & broer\nburen\nvrienden"
    assert items["s1"].rect == Rect(110, 70, 138, 138)
    assert items["s1"].color == "light_yellow" and items["s1"].parent_id == "A"
    assert items["s1"].kind == "sticky" and items["A"].kind == "frame" and items["A"].text == "Groep 1"
    assert items["s2"].text == "Huisarts"
    assert items["t"].kind == "text"
    assert "h" not in items


def test_fake_answers_follow_the_spec():
    # The backend tests run against the fake in fakes/mural_app.py; its shapes must be Mural's. (A member
    # id would match both oneOf branches of createdBy in the spec, so the fake uses a visitor.)
    need_spec()
    w = {
        "id": "0-1",
        "type": "sticky note",
        "x": 1,
        "y": 2,
        "width": 3,
        "height": 4,
        "createdOn": 1,
        "createdBy": {"id": "a29e693f-8864-49e8-a4e4-2af582c2e1e2", "alias": "Racoon"},
        "rotation": 0,
        "stackingOrder": 1,
        "hidden": False,
        "hideEditor": False,
        "hideOwner": False,
        "locked": False,
        "lockedByFacilitator": False,
        "shape": "rectangle",
        "title": "",
        "text": "x",
        "style": {
            "backgroundColor": "#FFF9B1FF",
            "bold": False,
            "border": False,
            "italic": False,
            "underline": False,
            "strike": False,
            "font": "proxima-nova",
            "fontSize": 23,
            "textAlign": "center",
        },
    }
    validate_response("getmuralwidgets", 200, {"value": [w], "next": "abc"})


# --- links ----------------------------------------------------------------------------------


def test_mural_link_preference():
    assert mt.mural_link({"_canvasLink": "https://c", "visitorsSettings": {"link": "https://v"}}) == "https://c"
    assert (
        mt.mural_link({"visitorsSettings": {"link": "https://v"}, "sharingSettings": {"link": "https://s"}})
        == "https://v"
    )
    assert mt.mural_link({"sharingSettings": {"link": "https://s"}}) == "https://s"
    assert mt.mural_link({}) is None


def test_widget_link_adds_wid_and_keeps_other_query():
    assert mt.widget_link("https://app.mural.co/t/w/m/w/1/abc", "0-17") == "https://app.mural.co/t/w/m/w/1/abc?wid=0-17"
    assert (
        mt.widget_link("https://app.mural.co/invitation/mural/w/1?sender=u1&key=k&wid=old", "0-2")
        == "https://app.mural.co/invitation/mural/w/1?sender=u1&key=k&wid=0-2"
    )


# --- resume matching ------------------------------------------------------------------------


def test_adopt_finds_created_widgets_once_each_and_anchors_children_on_adopted_areas():
    plan = small_plan(1)
    by_key = plan.by_key()
    # Simulate the board after a lost answer: everything exists, the manifest knows only "fac".
    widgets, ids = [], {}
    for n, item in enumerate(plan.items):
        parent = mt.area_ancestor(item, by_key)
        body = mt.create_body(item, parent, ids.get(parent.key) if parent else None)
        ids[item.key] = f"w{n}"
        widgets.append({"id": f"w{n}", "type": mt.WIDGET_TYPE[mt.endpoint_for(item)], **body})
    widgets.append({"id": "foreign", "type": "sticky note", "x": 5, "y": 5, "text": "a participant's note"})
    known = {"fac": "w0"}
    missing = [i for i in plan.items if i.key != "fac"]
    found = mt.adopt(missing, by_key, known, widgets)
    assert found == {k: v for k, v in ids.items() if k != "fac"}
    assert len(set(found.values())) == len(found)  # the two identical blanks got different widgets
    # with one blank missing from the board, only one blank is adopted
    widgets2 = [w for w in widgets if w["id"] != ids["g1.blank.2"]]
    found2 = mt.adopt(missing, by_key, known, widgets2)
    assert ("g1.blank.1" in found2) != ("g1.blank.2" in found2)


def test_adopt_skips_children_of_an_area_that_is_not_there():
    plan = small_plan(1)
    by_key = plan.by_key()
    found = mt.adopt([by_key["g1.s1"]], by_key, {}, [{"id": "x", "type": "area", "x": 20, "y": 60, "title": "Stap 1"}])
    assert found == {}


# --- errors ---------------------------------------------------------------------------------


def _resp(status, body, method="POST", path="/api/public/v1/murals/ws.1/widgets/sticky-note"):
    return httpx.Response(status, json=body, request=httpx.Request(method, "https://app.mural.co" + path))


def _default(status):
    return VendorError("default", status=status)


def test_required_scope_agrees_with_the_spec():
    need_spec()
    for slug in [
        "createmural",
        "createarea",
        "createstickynote",
        "getmuralwidgets",
        "getmuralbyid",
        "getcurrentmember",
        "getroominfobyid",
        "getroommurals",
        "updatestickynote",
        "updatearea",
    ]:
        method, path, op, _ = operation(slug)
        concrete = path.replace("{muralId}", "ws.1").replace("{widgetId}", "0-1").replace("{roomId}", "12")
        assert mt.required_scope(method, concrete) == op["security"][0]["oauth2"][0], slug


def test_invalid_scope_names_the_scope():
    err = mt.mural_error(_resp(403, {"code": "INVALID_SCOPE", "message": "no"}), _default(403))
    assert isinstance(err, PermissionDenied) and "murals:write" in str(err) and "werkbord auth mural" in str(err)
    err = mt.mural_error(
        _resp(403, {"code": "INVALID_SCOPE", "message": "no"}, "GET", "/api/public/v1/murals/ws.1/widgets"),
        _default(403),
    )
    assert "murals:read" in str(err)


def test_body_error_carries_the_details():
    body = {
        "code": "BODY",
        "message": "Invalid payload",
        "details": [{"code": "Invalid property", "message": 'Invalid "backgroundColor" property type was sent.'}],
    }
    err = mt.mural_error(_resp(400, body), _default(400))
    assert isinstance(err, ValidationFailed)
    assert "Invalid payload" in str(err) and "backgroundColor" in str(err)


def test_zone_room_mural_and_token_errors():
    z = mt.mural_error(_resp(403, {"code": "UNSUPPORTED_ZONE", "message": "x"}), _default(403))
    assert isinstance(z, PermissionDenied) and "data-residency" in str(z)
    r = mt.mural_error(
        _resp(404, {"code": "ROOM_NOT_FOUND", "message": "x"}, path="/api/public/v1/murals"),
        _default(404),
        room_id="42",
    )
    assert isinstance(r, NotFound) and "room 42" in str(r) and "--room" in str(r)
    m = mt.mural_error(_resp(404, {"code": "MURAL_NOT_FOUND", "message": "x"}), _default(404))
    assert isinstance(m, NotFound) and "mural was not found" in str(m)
    t = mt.mural_error(_resp(401, {"code": "TOKEN_EXPIRED", "message": "x"}), _default(401))
    assert isinstance(t, AuthError) and "werkbord auth mural" in str(t)
    assert mt.mural_error(_resp(500, {"code": "INTERNAL_SERVER_ERROR", "message": "x"}), _default(500)) is None
    assert (
        mt.mural_error(httpx.Response(400, text="<html>", request=httpx.Request("GET", "https://x/")), _default(400))
        is None
    )
