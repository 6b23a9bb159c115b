"""The Excalidraw backend: plan → scene integrity, scene → items, and the file backend."""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import datetime

import pytest

from werkbord.board.base import TextUpdate
from werkbord.board.excalidraw import (
    BOUND_TEXT_PADDING,
    FONT_FAMILY_NUNITO,
    FONT_PX,
    LINE_HEIGHT,
    NOMINAL_VIEWPORT,
    ExcalidrawBackend,
    build_scene,
    element_id,
    fit_text,
    fractional_index,
    fractional_indexes,
    plan_to_scene,
    scene_to_items,
    text_width,
    wrap_text,
)
from werkbord.errors import BoardError, NotFound, UsageError, WerkbordError
from werkbord.geometry import Point, Rect
from werkbord.items import clean_text
from werkbord.layout import layout
from werkbord.manifest import Manifest
from werkbord.palette import PALETTE
from werkbord.plan import BoardPlan, GroupGeometry, Kind, PlanItem, Region, Role

COMMON = (
    "id type x y width height angle strokeColor backgroundColor fillStyle strokeWidth strokeStyle "
    "roughness opacity groupIds frameId index roundness seed version versionNonce isDeleted "
    "boundElements updated link locked"
).split()
TEXT_FIELDS = "text originalText fontSize fontFamily lineHeight textAlign verticalAlign containerId autoResize".split()
LONG = (
    "Welke partijen waren betrokken bij de patiënt toen de terugval zich aandiende, en wie merkte "
    "de eerste signalen op voordat het team ervan wist?"
)


def item(key, kind, role, rect, text="", **kw) -> PlanItem:
    return PlanItem(key=key, kind=kind, role=role, rect=Rect(*rect), text=text, **kw)


def small_plan() -> BoardPlan:
    """Every plan kind once, nested as layout nests them (parents listed first)."""
    items = [
        item("facilitator", Kind.FRAME, Role.FACILITATOR_FRAME, (0, 0, 1200, 600), "Facilitator · Test"),
        item(
            "facilitator.title", Kind.TEXT, Role.TITLE, (40, 40, 1100, 60), "Test", parent="facilitator", text_size="xl"
        ),
        item(
            "facilitator.privacy",
            Kind.TEXT,
            Role.PRIVACY_NOTICE,
            (40, 120, 1100, 80),
            "Geen namen op het bord.",
            parent="facilitator",
        ),
        item("g1", Kind.FRAME, Role.GROUP_FRAME, (0, 1000, 2000, 1400), "Groep 1", group=1),
        item(
            "g1.timer",
            Kind.RECTANGLE,
            Role.TIMER,
            (60, 1060, 760, 150),
            "Stap 1 · 25 min",
            color="light_yellow",
            parent="g1",
            group=1,
            text_size="l",
        ),
        item("g1.s1", Kind.FRAME, Role.STEP_FRAME, (60, 1260, 900, 1100), "Stap 1 · Ervaring", parent="g1", group=1),
        item("g1.s1.q", Kind.RECTANGLE, Role.PROMPT_REGION, (100, 1320, 460, 400), LONG, parent="g1.s1", group=1),
        item("g1.s2", Kind.FRAME, Role.STEP_FRAME, (1000, 1260, 960, 1100), "Stap 2 · Netwerk", parent="g1", group=1),
        item("g1.s2.ring.C", Kind.ELLIPSE, Role.ZONE_RING, (1040, 1300, 700, 700), parent="g1.s2", group=1),
        item(
            "g1.s2.patient",
            Kind.ELLIPSE,
            Role.PATIENT,
            (1270, 1530, 240, 240),
            "Patiënt",
            color="light_yellow",
            parent="g1.s2",
            group=1,
            text_size="l",
        ),
        item(
            "g1.s2.zone.C",
            Kind.TEXT,
            Role.ZONE_LABEL,
            (1345, 1320, 90, 50),
            "C",
            parent="g1.s2",
            group=1,
            text_size="xl",
        ),
        item(
            "g1.s2.party.huisarts",
            Kind.STICKY,
            Role.PARTY_STICKY,
            (1760, 1320, 190, 120),
            "Huisarts",
            color="light_blue",
            parent="g1.s2",
            group=1,
            meta={"party": "huisarts"},
        ),
        item(
            "g1.s2.party.ed",
            Kind.STICKY,
            Role.PARTY_STICKY,
            (1760, 1460, 190, 120),
            "Ervaringsdeskundige",
            color="light_blue",
            parent="g1.s2",
            group=1,
        ),
        item(
            "g1.s2.blank.1",
            Kind.STICKY,
            Role.BLANK_PARTY,
            (1760, 1600, 190, 120),
            "",
            color="light_yellow",
            parent="g1.s2",
            group=1,
        ),
        item("loose", Kind.TEXT, Role.INFO, (0, 2600, 600, 40), "Los van elk frame"),
    ]
    geo = GroupGeometry(
        index=1,
        name="Groep 1",
        frame_key="g1",
        frame=Rect(0, 1000, 2000, 1400),
        step_frames={1: Rect(60, 1260, 900, 1100)},
        patient=Point(1390, 1650),
        radii={"patient": 120, "A": 200, "B": 280, "C": 350},
        lane=Rect(1760, 1300, 190, 500),
        regions=[Region("q", 1, Rect(100, 1320, 460, 400), LONG)],
        timer_key="g1.timer",
    )
    return BoardPlan(
        title="Test",
        template="terugval",
        template_version="1",
        lang="nl",
        start=None,
        participants=3,
        items=items,
        groups=[geo],
        facilitator_key="facilitator",
    )


@pytest.fixture(scope="module")
def plan():
    return small_plan()


@pytest.fixture(scope="module")
def plan30(wv):
    return layout(wv, 30, title="Groot", start="09:30", participants=12)


def by_id(scene):
    return {e["id"]: e for e in scene["elements"]}


def key_of(el):
    return el.get("customData", {}).get("werkbord", {}).get("key")


def content_box(c) -> Rect:
    """The editor's bound-text box (getContainerCoords / getBoundTextMaxWidth), independently."""
    if c["type"] == "ellipse":
        ox, oy = c["width"] / 2 * (1 - math.sqrt(2) / 2), c["height"] / 2 * (1 - math.sqrt(2) / 2)
        max_w, max_h = round(c["width"] / 2 * math.sqrt(2)) - 10, round(c["height"] / 2 * math.sqrt(2)) - 10
        return Rect(c["x"] + 5 + ox, c["y"] + 5 + oy, max_w, max_h)
    return Rect(c["x"] + 5, c["y"] + 5, c["width"] - 10, c["height"] - 10)


# --- scene integrity, on a hand-built plan and on full layouts ---------------------------


def check_integrity(plan: BoardPlan, scene: dict) -> None:
    assert scene["type"] == "excalidraw" and scene["version"] == 2 and scene["source"]
    assert scene["files"] == {} and isinstance(scene["appState"], dict)
    els = scene["elements"]
    pos = {e["id"]: i for i, e in enumerate(els)}
    ids = by_id(scene)
    assert len(pos) == len(els), "element ids are unique"
    plan_items = plan.by_key()
    indices = [e["index"] for e in els]
    assert indices == sorted(indices) and len(set(indices)) == len(indices), "fractional indices increase"
    for i, e in enumerate(els):
        missing = [f for f in COMMON if f not in e]
        assert not missing, f"{e['id']} lacks {missing}"
        for f in ("x", "y", "width", "height"):
            assert isinstance(e[f], int | float) and math.isfinite(e[f]), (e["id"], f)
        assert e["width"] > 0 and e["height"] > 0, f"{e['id']} would be dropped as invisible"
        assert e["isDeleted"] is False and e["opacity"] == 100 and e["angle"] == 0
        if e["type"] == "text":
            assert all(f in e for f in TEXT_FIELDS), e["id"]
            assert e["fontFamily"] == FONT_FAMILY_NUNITO and e["lineHeight"] == LINE_HEIGHT
            assert e["text"], "an empty text is deleted by the editor (a blank sticky's one space is kept)"
            lines = e["text"].split("\n")
            assert e["height"] == pytest.approx(len(lines) * e["fontSize"] * LINE_HEIGHT)
        if e["type"] == "frame":
            assert e["frameId"] is None, "frames do not nest"
            assert isinstance(e["name"], str) and e["name"]
        # Locked exactly for furniture, including the labels of furniture.
        p = plan_items[key_of(e)]
        assert e["locked"] is p.locked, e["id"]
        # Bound text pairs, both ways, text right after its container.
        for ref in e["boundElements"]:
            assert ref["type"] == "text"
            t = ids[ref["id"]]
            assert t["containerId"] == e["id"] and pos[t["id"]] == i + 1
        if e["type"] == "text" and e["containerId"] is not None:
            c = ids[e["containerId"]]
            assert {"type": "text", "id": e["id"]} in c["boundElements"]
            assert e["frameId"] == c["frameId"]
            box = content_box(c)
            assert box.x - 0.01 <= e["x"] and e["x"] + e["width"] <= box.right + 0.01, e["originalText"]
            assert box.y - 0.01 <= e["y"] and e["y"] + e["height"] <= box.bottom + 0.01, e["originalText"]
        # Frame membership: a frame named by frameId exists, comes later, and contains the element.
        if e["frameId"] is not None:
            f = ids[e["frameId"]]
            assert f["type"] == "frame" and pos[f["id"]] > i, "frame children come before their frame"
            frame = Rect(f["x"], f["y"], f["width"], f["height"])
            assert frame.contains_rect(Rect(e["x"], e["y"], e["width"], e["height"])), (e["id"], "clipped")


def test_scene_integrity_small_plan(plan):
    check_integrity(plan, plan_to_scene(plan, "sessie"))


def test_scene_integrity_full_4_groups(plan4):
    scene = plan_to_scene(plan4, "team-noord")
    check_integrity(plan4, scene)
    assert sum(e["type"] == "frame" for e in scene["elements"]) == 5  # facilitator + 4 groups


def test_scene_integrity_full_30_groups(plan30):
    scene = plan_to_scene(plan30, "groot")
    check_integrity(plan30, scene)
    # Every plan item is in the scene, under the id the manifest will record.
    _, ids = build_scene(plan30, "groot")
    present = set(by_id(scene))
    assert all(ids[i.key] in present for i in plan30.items if i.kind != Kind.TEXT or i.text.strip())
    assert json.dumps(scene, allow_nan=False)  # no NaN/inf anywhere


def test_full_plan_keeps_planned_font_sizes_mostly(plan4):
    """Our widths match layout's estimates: shrinking a label is the exception, not the rule."""
    scene = plan_to_scene(plan4, "x")
    planned = {i.key: FONT_PX[i.text_size] for i in plan4.items}
    texts = [e for e in scene["elements"] if e["type"] == "text"]
    shrunk = [e for e in texts if e["fontSize"] < planned[key_of(e)]]
    assert len(shrunk) <= len(texts) // 10
    assert all(e["fontSize"] >= 0.75 * planned[key_of(e)] for e in shrunk)


def test_output_is_deterministic(plan4):
    a = json.dumps(plan_to_scene(plan4, "team-noord"), sort_keys=True)
    b = json.dumps(plan_to_scene(plan4, "team-noord"), sort_keys=True)
    assert a == b
    other = plan_to_scene(plan4, "team-zuid")
    # Ids depend on the session, so two boards pasted together do not collide.
    assert not set(by_id(other)) & set(by_id(json.loads(a)))


# --- mapping of plan kinds ----------------------------------------------------------------


def test_kind_mapping(plan):
    scene = plan_to_scene(plan, "s")
    els = by_id(scene)

    def el(key, part=""):
        return els[element_id("s", key, part)]

    fac, g1 = el("facilitator"), el("g1")
    assert fac["type"] == "frame" and fac["name"] == "Facilitator · Test" and fac["locked"]
    assert g1["type"] == "frame" and g1["name"] == "Groep 1"
    step = el("g1.s1")
    assert step["type"] == "rectangle" and step["locked"] and step["frameId"] == g1["id"]
    step_label = el("g1.s1", "text")
    assert step_label["verticalAlign"] == "top" and step_label["originalText"] == "Stap 1 · Ervaring"
    # Every descendant of a group frame, however deep, is clipped to the top-level frame.
    for key in ("g1.timer", "g1.s1.q", "g1.s2.patient", "g1.s2.zone.C", "g1.s2.party.huisarts"):
        assert el(key)["frameId"] == g1["id"], key
    assert el("facilitator.title")["frameId"] == fac["id"]
    assert el("loose")["frameId"] is None
    sticky = el("g1.s2.party.huisarts")
    assert sticky["type"] == "rectangle" and sticky["backgroundColor"] == PALETTE["light_blue"]
    assert sticky["fillStyle"] == "solid" and sticky["locked"] is False
    assert el("g1.s2.party.huisarts", "text")["locked"] is False
    region_label = el("g1.s1.q", "text")
    assert region_label["verticalAlign"] == "top" and region_label["textAlign"] == "left"
    patient = el("g1.s2.patient")
    assert patient["type"] == "ellipse" and patient["backgroundColor"] == PALETTE["light_yellow"]
    assert patient["boundElements"] == [{"type": "text", "id": el("g1.s2.patient", "text")["id"]}]
    ring = el("g1.s2.ring.C")
    assert ring["type"] == "ellipse" and ring["boundElements"] == [] and ring["backgroundColor"] == "transparent"
    free = el("g1.s2.zone.C")
    assert free["type"] == "text" and free["containerId"] is None and free["text"] == "C"
    assert free["fontSize"] == FONT_PX["xl"]
    assert el("facilitator.privacy")["strokeColor"] != el("facilitator.title")["strokeColor"]
    hint = sticky["customData"]["werkbord"]
    assert hint == {"key": "g1.s2.party.huisarts", "role": "party_sticky", "group": 1}


def test_frame_children_precede_frame_and_keep_plan_order(plan):
    els = plan_to_scene(plan, "s")["elements"]
    keys = [key_of(e) for e in els if e.get("customData", {}).get("werkbord", {}).get("part") is None]
    assert keys.index("g1") == 1 + max(keys.index(k) for k in keys if k.startswith("g1."))  # frame last
    assert keys.index("facilitator") < keys.index("g1.timer")  # blocks keep plan order
    # Inside a frame, plan order = z-order: the ring lies under the patient and the stickies.
    assert keys.index("g1.s2.ring.C") < keys.index("g1.s2.patient") < keys.index("g1.s2.party.huisarts")
    assert keys.index("g1.s2") < keys.index("g1.s2.ring.C")  # the step rectangle lies under its content


def test_blank_sticky_has_a_one_space_label_in_the_boards_font(plan):
    els = by_id(plan_to_scene(plan, "s"))
    blank = els[element_id("s", "g1.s2.blank.1")]
    label = els[element_id("s", "g1.s2.blank.1", "text")]
    assert blank["boundElements"] == [{"type": "text", "id": label["id"]}] and label["containerId"] == blank["id"]
    # Not empty (the editor would delete it on load), so typing into the sticky edits it, in Nunito.
    assert label["text"] == label["originalText"] == " " and label["fontFamily"] == 6
    assert [i.text for i in scene_to_items({"elements": [blank, label]})] == [""]  # and it reads back as blank


def test_empty_free_text_is_not_emitted():
    p = small_plan()
    items = [*p.items, item("empty", Kind.TEXT, Role.INFO, (0, 3000, 100, 40), "  ")]
    p2 = BoardPlan(**{**{f: getattr(p, f) for f in p.__dataclass_fields__}, "items": items})
    scene, ids = build_scene(p2, "s")
    assert ids["empty"] not in by_id(scene)


def test_unknown_palette_colour_is_a_clear_error():
    p = small_plan()
    bad = [*p.items, item("odd", Kind.STICKY, Role.FORM_STICKY, (0, 3000, 100, 100), "x", color="mauve")]
    p2 = BoardPlan(**{**{f: getattr(p, f) for f in p.__dataclass_fields__}, "items": bad})
    with pytest.raises(ValueError, match="mauve"):
        plan_to_scene(p2, "s")


# --- bound text placement and wrapping ----------------------------------------------------


@pytest.mark.parametrize("key", ["g1.s2.party.huisarts", "g1.s2.patient", "g1.timer"])
def test_bound_text_is_centred_in_its_container(plan, key):
    els = by_id(plan_to_scene(plan, "s"))
    c, t = els[element_id("s", key)], els[element_id("s", key, "text")]
    assert t["textAlign"] == "center" and t["verticalAlign"] == "middle"
    assert t["x"] + t["width"] / 2 == pytest.approx(c["x"] + c["width"] / 2, abs=0.75)
    assert t["y"] + t["height"] / 2 == pytest.approx(c["y"] + c["height"] / 2, abs=0.75)


def test_region_label_sits_top_left_in_the_padding(plan):
    els = by_id(plan_to_scene(plan, "s"))
    c, t = els[element_id("s", "g1.s1.q")], els[element_id("s", "g1.s1.q", "text")]
    assert (t["x"], t["y"]) == (c["x"] + BOUND_TEXT_PADDING, c["y"] + BOUND_TEXT_PADDING)


def test_long_label_is_prewrapped_and_original_kept(plan):
    els = by_id(plan_to_scene(plan, "s"))
    c, t = els[element_id("s", "g1.s1.q")], els[element_id("s", "g1.s1.q", "text")]
    assert t["originalText"] == LONG and "\n" not in t["originalText"]
    lines = t["text"].split("\n")
    assert len(lines) >= 3
    assert " ".join(lines) == LONG  # only line breaks were added
    assert all(text_width(ln, t["fontSize"]) <= c["width"] - 2 * BOUND_TEXT_PADDING for ln in lines)


def test_long_word_shrinks_rather_than_breaks(plan):
    els = by_id(plan_to_scene(plan, "s"))
    t = els[element_id("s", "g1.s2.party.ed", "text")]
    assert t["text"] == "Ervaringsdeskundige" and t["fontSize"] < FONT_PX["m"]


def test_wrap_text_rules():
    assert wrap_text("een twee\ndrie", 20, 10_000) == "een twee\ndrie"  # hard breaks kept
    assert wrap_text("aaaa aaaa", 20, text_width("aaaa", 20) + 1) == "aaaa\naaaa"
    broken = wrap_text("x" * 30, 20, text_width("x" * 10, 20) + 0.1)
    assert broken.split("\n") == ["x" * 10] * 3  # an over-long word is cut between characters
    # Wider glyphs count wider: W is much wider than i in Nunito.
    assert text_width("WWW", 20) > 3 * text_width("iii", 20)
    assert text_width("é", 20) == text_width("e", 20)
    assert text_width("🙂", 20) >= 20  # unknown glyphs err on the wide side


def test_text_width_adds_the_characters_widths_as_it_always_did():
    import random

    from werkbord.board.excalidraw import WIDTH_SAFETY, char_em

    rng = random.Random(2)
    alphabet = [chr(c) for c in range(0x20, 0x7F)] + list("éëïöüàçñßæø–—…•€🙂\u00ad\u00a0中")
    for _ in range(500):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        size = rng.choice([10, 16, 20.5, 36])
        assert text_width(line, size) == sum(char_em(c) for c in line) * size * WIDTH_SAFETY


def test_fit_text_shrinks_to_fit_height():
    text = " ".join(["woord"] * 60)
    size, wrapped, w, h = fit_text(text, 28, 300, 200)
    assert size < 28 and h <= 200 and w <= 300
    assert h == pytest.approx(len(wrapped.split("\n")) * size * LINE_HEIGHT)
    # Impossible to fit: the smallest size, overflowing rather than vanishing.
    size, _, _, h = fit_text(" ".join(["woord"] * 2000), 20, 100, 50)
    assert size == 10 and h > 50


# --- fractional indices and the initial view -----------------------------------------------


def test_fractional_index_sequence():
    keys = [fractional_index(n) for n in range(62 + 62**2 + 5)]
    assert keys[:3] == ["a0", "a1", "a2"] and keys[61] == "az"
    assert keys[62] == "b00" and keys[62 + 62**2 - 1] == "bzz" and keys[62 + 62**2] == "c000"
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    # The validity rule of the scheme: the fractional part never ends in "0" (ours is empty), and
    # the integer part has exactly as many digits as its head letter says.
    assert all(re.fullmatch(r"[a-z][0-9A-Za-z]+", k) and len(k) == ord(k[0]) - ord("a") + 2 for k in keys)
    # What a scene is given, made in one go: the same keys.
    assert [fractional_indexes(n) for n in (0, 1, 62, 63, len(keys))] == [keys[:n] for n in (0, 1, 62, 63, len(keys))]


def test_app_state_centres_the_facilitator_frame(plan4):
    state = plan_to_scene(plan4, "x")["appState"]
    z = state["zoom"]["value"]
    assert 0.1 <= z <= 1
    fac = plan4.by_key()[plan4.facilitator_key].rect
    vw, vh = NOMINAL_VIEWPORT
    # The editor shows scene point p at screen (p + scroll) * zoom.
    assert (vw / 2 / z - state["scrollX"], vh / 2 / z - state["scrollY"]) == pytest.approx((fac.center.x, fac.center.y))
    assert fac.w * z <= vw and fac.h * z <= vh  # the whole frame is in view


def test_file_open_lands_on_the_facilitator_frame(plan4):
    """excalidraw.com drops the file's scroll on File → Open and centres on the element nearest
    the scene origin (viewport.ts getScrollToContentState): that must be facilitator material."""
    scene = plan_to_scene(plan4, "x")
    fac = by_id(scene)[element_id("x", plan4.facilitator_key)]
    frame = Rect(fac["x"], fac["y"], fac["width"], fac["height"])

    def centre_dist(e):
        return math.hypot(e["x"] + e["width"] / 2, e["y"] + e["height"] / 2)

    nearest = min(scene["elements"], key=centre_dist)
    assert frame.contains(Rect(nearest["x"], nearest["y"], nearest["width"], nearest["height"]).center)


# --- scene → items --------------------------------------------------------------------------


def test_round_trip_plan_scene_items(plan):
    scene, ids = build_scene(plan, "s")
    items = {i.id: i for i in scene_to_items(scene)}
    frame_of = {"g1": ids["g1"], "facilitator": ids["facilitator"]}
    expected_kind = {Kind.STICKY: "sticky", Kind.TEXT: "text", Kind.ELLIPSE: "shape"}
    for p in plan.items:
        got = items[ids[p.key]]
        assert got.text == clean_text(p.text), p.key
        assert got.role_hint == str(p.role)
        if p.kind == Kind.FRAME:
            assert got.kind == ("frame" if p.parent is None else "shape")
        elif p.kind == Kind.RECTANGLE:
            assert got.kind == ("sticky" if p.color else "shape")  # a filled rectangle reads as a sticky
        else:
            assert got.kind == expected_kind[p.kind], p.key
        if p.kind == Kind.TEXT:  # a free text keeps its box's position and width
            assert (got.rect.x, got.rect.y, got.rect.w) == (p.rect.x, p.rect.y, p.rect.w)
        else:
            assert got.rect == p.rect, p.key
        top = p.key.split(".")[0] if p.parent else None
        assert got.parent_id == frame_of.get(top), p.key
        if p.kind == Kind.STICKY:
            assert got.color == PALETTE[p.color]
    # Bound labels are part of their container, not items of their own.
    assert len(items) == len(plan.items)


def test_round_trip_full_plan(plan4):
    scene, ids = build_scene(plan4, "team")
    items = {i.id: i for i in scene_to_items(scene)}
    for p in plan4.items:
        assert items[ids[p.key]].text == clean_text(p.text)
        assert items[ids[p.key]].rect.center == pytest.approx(p.rect.center) or p.kind == Kind.TEXT


def el_base(eid, type_, x=0, y=0, w=100, h=50, **kw):
    return {"id": eid, "type": type_, "x": x, "y": y, "width": w, "height": h, **kw}


def text_el(eid, text, container=None, original=None, **kw):
    el = el_base(eid, "text", text=text, containerId=container, **kw)
    if original is not None:
        el["originalText"] = original
    return el


def test_reading_edge_cases():
    scene = {
        "type": "excalidraw",
        "elements": [
            # a sticky whose label has soft wraps: originalText wins
            el_base(
                "s1",
                "rectangle",
                10,
                20,
                200,
                100,
                backgroundColor="#fff9b1",
                boundElements=[{"type": "text", "id": "t1"}],
                frameId="f1",
            ),
            text_el("t1", "Huisarts\nbelt", "s1", original="Huisarts belt"),
            # a tombstone and its label (excalidraw.com keeps deleted elements)
            el_base("gone", "rectangle", isDeleted=True, boundElements=[{"type": "text", "id": "tg"}]),
            text_el("tg", "weg", "gone", isDeleted=True),
            # a label whose container was deleted: the editor unbinds it, so it is free text
            el_base("gone2", "rectangle", isDeleted=True),
            text_el("orphan", "nog hier", "gone2", x=5, y=6),
            # the newer sticky-note type, linked only from the text's side
            el_base("n1", "stickynote", 300, 0, 150, 150, backgroundColor="#ffcee0"),
            text_el("t2", "Apotheek", "n1"),
            # a free text typed by a participant, with no originalText (older editors)
            text_el("free", "  Wie belt?  ", x=1, y=2),
            # an unfilled rectangle with text: a shape, still a possible note
            el_base("r2", "rectangle", backgroundColor="transparent", boundElements=[{"type": "text", "id": "t3"}]),
            text_el("t3", "vak", "r2", original=""),
            # flipped: negative sizes are normalised
            el_base("flip", "ellipse", 100, 100, -40, -20),
            # a frame
            el_base("f1", "frame", 0, 0, 1000, 1000, name="Groep 1", customData={"werkbord": {"role": "group_frame"}}),
            # ignored types
            el_base("a", "arrow", points=[[0, 0], [10, 10]]),
            el_base("l", "line"),
            el_base("d", "freedraw"),
            el_base("i", "image"),
            # words on an arrow are a participant's words too: read as free text
            text_el("lbl", "belt", "a", original="belt"),
            # malformed: skipped, never fatal
            "not an element",
            {"type": "rectangle", "x": 0, "y": 0, "width": 1, "height": 1},  # no id
            el_base("badx", "rectangle", x="12"),
            el_base("nan", "rectangle", w=float("nan")),
            el_base("bool", "rectangle", y=True),
            {"id": "nogeo", "type": "text", "text": "zweeft"},
            el_base("s1", "rectangle", 999, 999),  # duplicate id
            el_base("weird", "rectangle", boundElements="nope", customData=["x"], frameId=7),
        ],
    }
    items = {i.id: i for i in scene_to_items(scene)}
    assert set(items) == {"s1", "orphan", "n1", "free", "r2", "flip", "f1", "weird", "lbl"}
    assert (items["lbl"].kind, items["lbl"].text) == ("text", "belt")
    s1 = items["s1"]
    assert (s1.kind, s1.text, s1.rect, s1.color, s1.parent_id) == (
        "sticky",
        "Huisarts belt",
        Rect(10, 20, 200, 100),
        "#fff9b1",
        "f1",
    )
    assert items["orphan"].kind == "text" and items["orphan"].text == "nog hier"
    assert (items["n1"].kind, items["n1"].text) == ("sticky", "Apotheek")
    assert (items["free"].kind, items["free"].text) == ("text", "Wie belt?")
    assert (items["r2"].kind, items["r2"].text, items["r2"].color) == ("shape", "vak", None)
    assert items["flip"].rect == Rect(60, 80, 40, 20)
    assert (items["f1"].kind, items["f1"].text, items["f1"].role_hint) == ("frame", "Groep 1", "group_frame")
    assert (items["weird"].text, items["weird"].role_hint, items["weird"].parent_id) == ("", None, None)
    assert not any(i.deleted for i in items.values())


def test_a_label_linked_only_from_its_container_is_paired():
    # Only the container's boundElements names the text (its containerId is missing): the text
    # is the container's label, not a second, free note. A text that names another container,
    # or a bound element that is not a text, is not taken.
    scene = {
        "elements": [
            el_base(
                "s1",
                "rectangle",
                0,
                0,
                200,
                100,
                backgroundColor="#fff9b1",
                boundElements=[{"type": "arrow", "id": "a1"}, {"type": "text", "id": "t1"}],
            ),
            text_el("t1", "Huisarts\nbelt", original="Huisarts belt"),
            el_base("a1", "arrow"),
            el_base(
                "s2",
                "rectangle",
                300,
                0,
                200,
                100,
                backgroundColor="#fff9b1",
                boundElements=[{"type": "text", "id": "t3"}],
            ),
            el_base("s3", "rectangle", 600, 0, 200, 100, backgroundColor="#fff9b1"),
            text_el("t3", "van s3", "s3"),
        ]
    }
    items = {i.id: i for i in scene_to_items(scene)}
    assert set(items) == {"s1", "s2", "s3"}
    assert (items["s1"].kind, items["s1"].text) == ("sticky", "Huisarts belt")
    assert items["s2"].text == "" and items["s3"].text == "van s3"


def test_reading_a_scene_without_elements_gives_nothing():
    assert scene_to_items({"type": "excalidraw"}) == []
    assert scene_to_items({"type": "excalidraw", "elements": []}) == []


def test_very_long_note_is_bounded():
    scene = {"elements": [text_el("t", "x" * 50_000)]}
    (only,) = scene_to_items(scene)
    assert len(only.text) < 11_000


# --- the backend: files, manifest, errors ----------------------------------------------------


def manifest_for(plan, name="sessie") -> Manifest:
    return Manifest.from_plan(plan, name=name, backend="excalidraw")


def test_provision_writes_scene_and_records_items(tmp_path, plan):
    m = manifest_for(plan)
    calls = []
    report = ExcalidrawBackend(tmp_path).provision(plan, m, lambda: calls.append(len(m.items)))
    path = tmp_path / "sessie.excalidraw"
    assert path.is_file() and m.board.path == "sessie.excalidraw"
    # One atomic write: nothing to resume, so no manifest write before the caller's own.
    assert calls == [] and len(m.items) == len(plan.items)
    assert report.created == len(plan.items) and report.reused == 0 and not report.dry_run
    scene = json.loads(path.read_text(encoding="utf-8"))
    assert scene == json.loads(json.dumps(plan_to_scene(plan, "sessie", updated=scene["elements"][0]["updated"])))
    els = by_id(scene)
    for p in plan.items:
        rec = m.items[p.key]
        assert (rec.kind, rec.role, rec.text) == (str(p.kind), str(p.role), p.text)
        if p.text.strip() or p.kind != Kind.TEXT:
            assert key_of(els[rec.id]) == p.key
            assert els[rec.id]["type"] != "text" or p.kind == Kind.TEXT  # containers, not their labels
    # `updated` comes from the manifest's creation time: deterministic per session.
    assert {e["updated"] for e in scene["elements"]} == {int(datetime.fromisoformat(m.created_at).timestamp() * 1000)}
    assert not list(tmp_path.glob(".*.tmp")), "atomic write leaves no temporary file"


def test_provision_again_does_not_overwrite_participants_work(tmp_path, plan):
    m = manifest_for(plan)
    backend = ExcalidrawBackend(tmp_path)
    backend.provision(plan, m, lambda: None)
    path = tmp_path / "sessie.excalidraw"
    edited = path.read_text(encoding="utf-8").replace("Huisarts", "Huisarts (gebeld)")
    path.write_text(edited, encoding="utf-8")
    report = backend.provision(plan, m, lambda: None)
    assert report.reused == len(plan.items) and report.created == 0
    assert path.read_text(encoding="utf-8") == edited


def test_dry_run_writes_nothing(tmp_path, plan):
    m = manifest_for(plan)
    report = ExcalidrawBackend(tmp_path, dry_run=True).provision(plan, m, lambda: None)
    assert report.dry_run and report.created == len(plan.items)
    assert not list(tmp_path.iterdir()) and m.items == {} and m.board.path is None


def test_session_name_must_be_a_file_name(tmp_path, plan):
    with pytest.raises(UsageError):
        ExcalidrawBackend(tmp_path).provision(plan, manifest_for(plan, "../elders"), lambda: None)


def test_read_items_after_provision_and_an_edit(tmp_path, plan):
    m = manifest_for(plan)
    backend = ExcalidrawBackend(tmp_path)
    backend.provision(plan, m, lambda: None)
    path = tmp_path / m.board.path
    scene = json.loads(path.read_text(encoding="utf-8"))
    # A participant drags the Huisarts sticky and types a new note in the frame.
    sticky = by_id(scene)[m.id_of("g1.s2.party.huisarts")]
    sticky["x"] += 300
    label = by_id(scene)[sticky["boundElements"][0]["id"]]
    label["x"] += 300
    scene["elements"].insert(-1, text_el("new", "Wijkteam bellen", x=900, y=1500, frameId=m.id_of("g1")))
    path.write_text(json.dumps(scene), encoding="utf-8")
    items = {i.id: i for i in backend.read_items(m)}
    assert items[sticky["id"]].rect.x == 1760 + 300 and items[sticky["id"]].text == "Huisarts"
    assert items["new"].kind == "text" and items["new"].parent_id == m.id_of("g1")
    assert "new" not in {r.id for r in m.items.values()}  # not furniture: harvest treats it as a note


def test_read_items_errors(tmp_path, plan):
    m = manifest_for(plan)
    m.board.path = "sessie.excalidraw"
    backend = ExcalidrawBackend(tmp_path)
    with pytest.raises(NotFound, match="does not exist"):
        backend.read_items(m)
    path = tmp_path / "sessie.excalidraw"
    path.write_text(json.dumps({"type": "excalidrawlib", "libraryItems": []}), encoding="utf-8")
    with pytest.raises(BoardError, match="not an Excalidraw scene"):
        backend.read_items(m)
    path.write_text(json.dumps([1, 2]), encoding="utf-8")
    with pytest.raises(BoardError, match="not an Excalidraw scene"):
        backend.read_items(m)
    path.write_text(json.dumps({"type": "excalidraw", "elements": {"a": 1}}), encoding="utf-8")
    with pytest.raises(BoardError, match="not a list"):
        backend.read_items(m)
    path.write_text("{ half a scene", encoding="utf-8")
    with pytest.raises(WerkbordError, match="not valid JSON"):
        backend.read_items(m)


def test_update_text_is_refused_clearly(tmp_path, plan):
    backend = ExcalidrawBackend(tmp_path)
    assert ExcalidrawBackend.capabilities.live_updates is False and backend.name == "excalidraw"
    with pytest.raises(BoardError, match="cannot change it live") as err:
        backend.update_text(manifest_for(plan), [TextUpdate(item_id="x", text="Stap 2")])
    assert "terminal" in str(err.value)


def test_links_point_at_the_scene_file(tmp_path, plan):
    m = manifest_for(plan)
    backend = ExcalidrawBackend(tmp_path)
    backend.provision(plan, m, lambda: None)
    links = backend.links(m)
    assert links.board == str((tmp_path / "sessie.excalidraw").resolve())
    assert links.groups == {1: links.board}


def test_open_backend_builds_this_backend(tmp_path):
    from werkbord.backends import open_backend

    backend = open_backend("excalidraw", folder=tmp_path, options={"dry_run": True})
    assert isinstance(backend, ExcalidrawBackend) and backend.dry_run


def _content_digest_as_first_written(scene: dict) -> str:
    """scene_content_digest as it was first written (one value at a time, nothing remembered):
    what every manifest's content_sha256 was computed with."""
    import hashlib
    import math

    from werkbord.board.excalidraw import _label, _str
    from werkbord.fileio import dumps_json

    def place(v):
        if isinstance(v, int | float) and math.isfinite(v):
            return round(float(v), 1)
        return None

    shown = []
    for el in scene.get("elements") or []:
        if not isinstance(el, dict) or el.get("isDeleted") is True:
            continue
        bound = _str(el.get("containerId"))
        where = None if bound else [place(el.get(k)) for k in ("x", "y", "width", "height", "angle")]
        text = _label(el) if el.get("type") == "text" else None
        shown.append(
            [str(el.get("id")), str(el.get("type")), where, text, bound, _str(el.get("frameId")), _str(el.get("name"))]
        )
    shown.sort(key=lambda e: e[0])
    return hashlib.sha256(dumps_json(shown, indent=None)).hexdigest()


def test_the_content_digest_is_the_one_manifests_hold(plan):
    from werkbord.board.excalidraw import scene_content_digest

    scene = plan_to_scene(plan, "sessie")
    odd = [
        0.0,
        -0.0,
        0,
        1,
        True,
        False,
        2.25,
        2.35,
        -2.25,
        1e-9,
        -1e-9,
        1e300,
        float("nan"),
        float("inf"),
        "3",
        None,
        [1],
    ]
    rng = __import__("random").Random(4)
    for n, el in enumerate(scene["elements"]):
        if n % 3 == 0:
            el["x"], el["width"], el["angle"] = rng.choice(odd), rng.choice(odd), rng.choice(odd)
        if n % 7 == 0 and el["type"] == "text":
            el["originalText"] = rng.choice([None, 5, "", " a\r\nb/\nc ", el["text"]])
    scene["elements"] += [{"id": "x", "type": "text", "text": ["no"], "originalText": {"a": 1}}, "not an element", {}]
    # Values that are equal as keys but not as text (-0.0 and 0.0, 1 and 1.0 and True), in both orders.
    for n, (a, b) in enumerate([(-0.0, 0.0), (0.0, -0.0), (1, 1.0), (1.0, True), (2.25, 2.25)]):
        scene["elements"] += [
            {"id": f"p{n}a", "type": "rectangle", "x": a},
            {"id": f"p{n}b", "type": "rectangle", "x": b},
        ]
    assert scene_content_digest(scene) == _content_digest_as_first_written(scene)
    # The same values seen again (remembered the first time) give the same answer.
    scene["elements"] += [dict(el, id=f"{el.get('id')}-again") for el in scene["elements"] if isinstance(el, dict)]
    assert scene_content_digest(scene) == _content_digest_as_first_written(scene)


def test_a_scene_that_cannot_be_written_is_an_error_and_nothing_is_recorded(tmp_path, monkeypatch):
    # The scene goes to disk in a thread while its digests are worked out: its failure must still
    # reach the command, and no item may be recorded (a manifest naming items of a board that was
    # never written would be resumed as if it had been).
    from werkbord import api, fileio

    def disk_full(path, data, *, mode=None):
        raise UsageError(f"cannot write {path} (No space left on device)")

    monkeypatch.setattr(fileio, "write_atomic", disk_full)
    with pytest.raises(UsageError, match="No space left"):
        api.provision(groups=2, title="Team Noord", out=tmp_path)
    assert not list(tmp_path.glob("*.excalidraw"))
    assert not list(tmp_path.glob("*.werkbord.json"))


def test_the_scene_is_on_disk_before_the_provision_returns(tmp_path, monkeypatch):
    import threading
    import time

    from werkbord import api, fileio

    real = fileio.write_atomic
    finished = threading.Event()

    def slow_disk(path, data, *, mode=None):
        time.sleep(0.2)  # a slow fsync: the digests are done long before
        real(path, data, mode=mode)
        finished.set()

    monkeypatch.setattr(fileio, "write_atomic", slow_disk)
    done = api.provision(groups=2, title="Team Noord", out=tmp_path)
    assert finished.is_set()
    scene = tmp_path / done.manifest.board.path
    assert hashlib.sha256(scene.read_bytes()).hexdigest() == done.manifest.board.sha256
    assert len(done.manifest.items) > 0
