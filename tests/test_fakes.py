"""The fake servers themselves (tests/fakes): they must answer as the real APIs do, or the
backend tests against them prove nothing. Plain httpx against the in-process ASGI apps."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from fakes import FakeClock, Fault, at_requests, matching, storm
from fakes.miro_app import TOKEN as MIRO_TOKEN
from fakes.miro_app import MiroApp
from fakes.mural_app import TOKEN as MURAL_TOKEN
from fakes.mural_app import MuralApp
from werkbord.geometry import Point

MURAL = "/api/public/v1"


def call(app, method: str, path: str, token: str, **kw) -> httpx.Response:
    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=app.transport(), base_url="http://fake") as c:
            return await c.request(method, path, headers={"Authorization": f"Bearer {token}"}, **kw)

    return asyncio.run(go())


def sticky(x: float, y: float, parent: str | None = None, **extra) -> dict:
    body = {
        "type": "sticky_note",
        "data": {"content": "<p>a</p>", "shape": "square"},
        "position": {"x": x, "y": y},
        "geometry": {"width": 100},
        **extra,
    }
    if parent:
        body["parent"] = {"id": parent}
    return body


@pytest.fixture
def miro():
    clock = FakeClock()
    app = MiroApp(clock=clock, sleep=clock.sleep)
    bid = call(app, "POST", "/v2/boards", MIRO_TOKEN, json={"name": "B"}).json()["id"]
    frame = call(
        app,
        "POST",
        f"/v2/boards/{bid}/frames",
        MIRO_TOKEN,
        json={
            "data": {"title": "F", "format": "custom", "type": "freeform"},
            "position": {"x": 500, "y": 500},
            "geometry": {"width": 400, "height": 200},
        },
    ).json()
    return app, clock, bid, frame["id"]


def test_miro_children_are_relative_to_the_frame_top_left(miro):
    app, _, bid, fid = miro
    r = call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[sticky(50, 60, fid)])
    assert r.status_code == 201 and r.json()["type"] == "bulk-list"
    item = r.json()["data"][0]
    assert item["position"]["relativeTo"] == "parent_top_left" and item["parent"]["id"] == fid
    centre = app.abs_rect(bid, item["id"]).center
    assert (centre.x, centre.y) == (300 + 50, 400 + 60)  # frame top-left (300, 400) + offset


def test_miro_bulk_is_limited_and_transactional(miro):
    app, _, bid, fid = miro
    too_many = call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[sticky(1, 1)] * 21)
    assert too_many.status_code == 400
    before = len(app.items[bid])
    # The second item is invalid (an unknown colour): nothing of the call is created.
    bad = [sticky(10, 10, fid), sticky(20, 20, fid, style={"fillColor": "plaid"})]
    r = call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=bad)
    if app.validation_skipped:
        pytest.skip(app.validation_skipped)
    assert r.status_code == 400 and r.json()["code"] == "invalidParameters"
    assert any(f["field"].startswith("[1].style") for f in r.json()["context"]["fields"])
    assert len(app.items[bid]) == before


def test_miro_rejects_what_the_api_rejects(miro):
    app, _, bid, fid = miro
    both = sticky(10, 10, fid, geometry={"width": 100, "height": 100})
    assert call(app, "POST", f"/v2/boards/{bid}/sticky_notes", MIRO_TOKEN, json=both).status_code == 400
    outside = sticky(900, 10, fid)  # the frame is 400 wide
    assert call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[outside]).status_code == 400
    not_a_frame = call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[sticky(1, 1)]).json()
    child = sticky(1, 1, not_a_frame["data"][0]["id"])
    assert call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[child]).status_code == 400
    assert call(app, "GET", f"/v2/boards/{bid}", "wrong-token").status_code == 401
    assert call(app, "GET", "/v2/boards/nope=", MIRO_TOKEN).status_code == 404


def test_miro_pagination(miro):
    app, _, bid, fid = miro
    for _ in range(3):
        call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[sticky(5, 5, fid)] * 20)
    assert call(app, "GET", f"/v2/boards/{bid}/items", MIRO_TOKEN, params={"limit": "51"}).status_code == 400
    seen, params = [], {"limit": "50"}
    while True:
        page = call(app, "GET", f"/v2/boards/{bid}/items", MIRO_TOKEN, params=params).json()
        seen += [i["id"] for i in page["data"]]
        if "cursor" not in page:
            break
        params["cursor"] = page["cursor"]
    assert len(seen) == len(set(seen)) == 61  # the frame and 60 notes, children included
    default = call(app, "GET", f"/v2/boards/{bid}/items", MIRO_TOKEN).json()
    assert default["size"] == 10  # Miro's default page


def test_miro_credit_window(miro):
    app, clock, bid, fid = miro
    app.window.limit = 2_000  # 20 notes in bulk cost 2,000 credits: the next call must wait
    app.window.used = 0
    first = call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[sticky(5, 5, fid)] * 20)
    assert first.status_code == 201 and first.headers["X-RateLimit-Remaining"] == "0"
    refused = call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[sticky(5, 5, fid)])
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert int(refused.headers["X-RateLimit-Reset"]) > clock.now
    clock.now += 61  # the window turns over
    assert call(app, "POST", f"/v2/boards/{bid}/items/bulk", MIRO_TOKEN, json=[sticky(5, 5, fid)]).status_code == 201


def test_fault_modes(miro):
    app, _, bid, fid = miro
    path = f"/v2/boards/{bid}/items/bulk"
    n = len(app.items[bid])
    app.faults = at_requests({app.n + 1}, Fault("status", 500, after=True))
    lost = call(app, "POST", path, MIRO_TOKEN, json=[sticky(5, 5, fid)])
    assert lost.status_code == 500 and len(app.items[bid]) == n + 1  # done, answer lost
    app.faults = at_requests({app.n + 1}, Fault("status", 500))
    assert call(app, "POST", path, MIRO_TOKEN, json=[sticky(5, 5, fid)]).status_code == 500
    assert len(app.items[bid]) == n + 1  # refused before the work
    app.faults = at_requests({app.n + 1}, Fault("drop", after=True))
    with pytest.raises(httpx.RemoteProtocolError):
        call(app, "POST", path, MIRO_TOKEN, json=[sticky(5, 5, fid)])
    assert len(app.items[bid]) == n + 2
    app.faults = at_requests({app.n + 1}, Fault("refuse"))
    with pytest.raises(httpx.ConnectError):
        call(app, "GET", f"/v2/boards/{bid}", MIRO_TOKEN)
    before = app.clock()
    app.faults = matching(lambda info: info.method == "GET", Fault("slow", delay=7.5), times=1)
    assert call(app, "GET", f"/v2/boards/{bid}", MIRO_TOKEN).status_code == 200
    assert app.clock() - before == pytest.approx(7.5)
    app.faults = storm(app.n + 1, 2)
    codes = [call(app, "GET", f"/v2/boards/{bid}", MIRO_TOKEN).status_code for _ in range(3)]
    assert codes == [429, 429, 200]


# -- Mural ----------------------------------------------------------------------------------------


@pytest.fixture
def mural():
    clock = FakeClock()
    app = MuralApp(clock=clock, sleep=clock.sleep)
    r = call(app, "POST", f"{MURAL}/murals", MURAL_TOKEN, json={"title": "M", "roomId": 1001})
    assert r.status_code == 201
    mid = r.json()["value"]["id"]
    area = call(
        app,
        "POST",
        f"{MURAL}/murals/{mid}/widgets/area",
        MURAL_TOKEN,
        json={"x": 100, "y": 50, "width": 400, "height": 300, "title": "A"},
    ).json()["value"]
    return app, clock, mid, area["id"]


def note(x, y, parent=None, **extra):
    body = {"shape": "rectangle", "x": x, "y": y, "text": "hi", **extra}
    if parent:
        body["parentId"] = parent
    return body


def test_mural_envelopes_arrays_and_relative_coordinates(mural):
    app, _, mid, aid = mural
    inner = call(
        app,
        "POST",
        f"{MURAL}/murals/{mid}/widgets/area",
        MURAL_TOKEN,
        json={"x": 10, "y": 20, "width": 100, "height": 100, "parentId": aid},
    ).json()["value"]
    r = call(app, "POST", f"{MURAL}/murals/{mid}/widgets/sticky-note", MURAL_TOKEN, json=[note(5, 6, inner["id"])])
    assert r.status_code == 201 and isinstance(r.json()["value"], list)
    wid = r.json()["value"][0]["id"]
    rect = app.abs_rect(mid, wid)
    assert (rect.x, rect.y) == (100 + 10 + 5, 50 + 20 + 6)  # nested areas add up
    # An area takes one object, not an array; a sticky note needs its required fields.
    as_array = call(app, "POST", f"{MURAL}/murals/{mid}/widgets/area", MURAL_TOKEN, json=[{"x": 1, "y": 1}])
    assert as_array.status_code == 400
    r = call(app, "POST", f"{MURAL}/murals/{mid}/widgets/sticky-note", MURAL_TOKEN, json=[{"x": 1}])
    if app.validation_skipped:
        pytest.skip(app.validation_skipped)
    assert r.status_code == 400 and r.json()["code"] == "BODY"


def test_mural_rejects_unknown_properties(mural):
    app, _, mid, aid = mural
    if app.validation_skipped:
        pytest.skip(app.validation_skipped)
    r = call(app, "POST", f"{MURAL}/murals", MURAL_TOKEN, json={"title": "M", "roomId": 1001, "colour": "red"})
    assert r.status_code == 400 and "colour" in r.json()["details"][0]["message"]
    no_room = call(app, "POST", f"{MURAL}/murals", MURAL_TOKEN, json={"title": "M", "roomId": 7})
    assert no_room.status_code == 404 and no_room.json()["code"] == "ROOM_NOT_FOUND"


def test_mural_pagination_rules(mural):
    app, _, mid, aid = mural
    call(app, "POST", f"{MURAL}/murals/{mid}/widgets/sticky-note", MURAL_TOKEN, json=[note(1, 1, aid)] * 150)
    url = f"{MURAL}/murals/{mid}/widgets"
    assert call(app, "GET", url, MURAL_TOKEN, params={"limit": 100}).json()["code"] == "LIMIT_INVALID"
    first = call(app, "GET", url, MURAL_TOKEN, params={"limit": 99, "type": "sticky notes"}).json()
    assert len(first["value"]) == 99 and first["next"]
    other = call(app, "GET", url, MURAL_TOKEN, params={"limit": 99, "next": first["next"]})
    assert other.status_code == 400  # the token belongs to the 'sticky notes' filter
    rest = call(app, "GET", url, MURAL_TOKEN, params={"limit": 99, "type": "sticky notes", "next": first["next"]})
    assert len(rest.json()["value"]) == 51 and "next" not in rest.json()


def test_mural_user_rate_limit(mural):
    app, clock, mid, _ = mural
    codes = [call(app, "GET", f"{MURAL}/murals/{mid}", MURAL_TOKEN).status_code for _ in range(30)]
    assert codes.count(200) == 25 - app.n + 30 and codes[-1] == 429  # 25 per second, the fixture's included
    clock.now += 1.0
    assert call(app, "GET", f"{MURAL}/murals/{mid}", MURAL_TOKEN).status_code == 200


def test_participants_move_with_their_area(mural):
    app, _, mid, aid = mural
    wid = app.add_sticky(mid, "nieuw", Point(300, 200))
    assert app.widgets[mid][wid]["parentId"] == aid  # dropped on the area: it joins it
    app.move_frame(mid, aid, 1000, 0)
    assert app.abs_rect(mid, wid).center == Point(1300, 200)
    app.move(mid, wid, Point(-500, -500))
    assert "parentId" not in app.widgets[mid][wid]


def test_loopback_server_drops_a_real_connection():
    from fakes.server import LoopbackServer

    app = MiroApp(faults=at_requests({1}, Fault("drop")))
    with LoopbackServer(app) as srv:
        with httpx.Client(base_url=srv.url, headers={"Authorization": f"Bearer {MIRO_TOKEN}"}) as c:
            with pytest.raises(httpx.RemoteProtocolError):
                c.get("/v2/boards")
            assert c.get("/v2/boards").status_code == 200


def test_loopback_server_in_its_own_process_reports_its_state():
    from fakes.server import LoopbackServer

    with LoopbackServer(MiroApp(), process=True) as srv:
        with httpx.Client(base_url=srv.url, headers={"Authorization": f"Bearer {MIRO_TOKEN}"}) as c:
            bid = c.post("/v2/boards", json={"name": "x"}).json()["id"]
            c.post(f"/v2/boards/{bid}/items/bulk", json=[{"type": "text", "data": {"content": "a"}}] * 3)
        stats = srv.stats()
    assert stats["requests"] == 2  # reading the stats is no API request
    assert stats["boards"] == {bid: 3}
    assert stats["max_in_flight"] == 1


def test_fake_quirk_switches_are_named_and_checked():
    from fakes.miro_app import MiroApp
    from fakes.mural_app import MuralApp

    for app in (MiroApp, MuralApp):
        app(quirks={"html_text", "reorder_answers"})
        with pytest.raises(ValueError, match="unknown"):
            app(quirks={"html_txt"})
