"""The Mural backend against the fake Mural (tests/fakes/mural_app.py, in-process through
respx, which routes every request to it): provision, resume, harvest, errors."""

from __future__ import annotations

import json
from collections import Counter

import httpx
import pytest

from fakes import Fault, chain, on
from fakes.common import serve
from fakes.harness import open_mural
from fakes.mural_app import MuralApp
from fakes.specs import ENDPOINT_OP, need_spec, validate_body
from mural_support import ACCESS, API, REFRESH, fake_mural, settings, signed_in, small_plan
from werkbord.board.base import TextUpdate
from werkbord.board.mural import MuralBackend
from werkbord.errors import (
    AuthError,
    NotFound,
    PermissionDenied,
    RateLimited,
    UsageError,
    ValidationFailed,
    VendorError,
    WerkbordError,
)
from werkbord.geometry import Rect
from werkbord.manifest import Manifest

SECRETS = (ACCESS, REFRESH, "client-SECRET-xyz987654")


def no_secret_in(err: BaseException) -> None:
    text = f"{err} {err!r} {getattr(err, 'hint', '')}"
    for s in SECRETS:
        assert s not in text


pytestmark = pytest.mark.usefixtures("edge")  # respx at the edge, see conftest.py


@pytest.fixture
def mural(monkeypatch, tmp_path):
    signed_in(monkeypatch, tmp_path)
    return fake_mural()


def backend(fake: MuralApp | None = None, **kw) -> MuralBackend:
    """A backend on ``fake`` (and its instant clock); without one, nothing to talk to."""
    opts: dict = dict(settings=settings(), room_id="1608152669000")
    if fake is not None:
        serve(fake, API)
        opts.update(sleep=fake.clock.sleep, clock=fake.clock)
    opts.update(kw)
    return open_mural(**opts)


# Faults by "METHOD what" → (method, path regex).
ROUTES = {
    "POST murals": ("POST", r"/murals$"),
    "POST area": ("POST", r"/widgets/area$"),
    "POST sticky-note": ("POST", r"/widgets/sticky-note$"),
    "GET widgets": ("GET", r"/widgets$"),
}
LOST = Fault("status", 500, after=True)  # the work is done, the answer is a 500
DOWN = Fault("status", 500)  # a 500, nothing done


def fail(route: str, fault: Fault, times: int | None = 1):
    return on(*ROUTES[route], fault, times=times)


def as_fault(resp: httpx.Response) -> Fault:
    """An error answer exactly as given."""
    return Fault("status", resp.status_code, body=resp.json())


def the_mural(fake: MuralApp) -> str:
    """The id of the one mural on the fake."""
    (mid,) = fake.murals
    return mid


def widgets(fake: MuralApp) -> dict:
    """The widgets of the one mural on the fake, by id."""
    return fake.widgets[the_mural(fake)]


class Saves:
    """A checkpoint that snapshots the manifest as a new process would read it back."""

    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest
        self.count = 0
        self.last: dict | None = None

    def __call__(self) -> None:
        self.count += 1
        self.last = json.loads(json.dumps(self.manifest.to_json()))

    def reload(self) -> Manifest:
        assert self.last is not None, "nothing was checkpointed"
        return Manifest.model_validate(self.last)


def fresh_manifest(plan) -> Manifest:
    return Manifest.from_plan(plan, name="team-noord", backend="mural")


def assert_complete_without_duplicates(plan, manifest: Manifest, fake: MuralApp) -> None:
    assert set(manifest.items) == {i.key for i in plan.items}
    ids = [c.id for c in manifest.items.values()]
    assert len(ids) == len(set(ids)), "two plan items share a widget"
    assert set(ids) == set(widgets(fake)), "the mural holds widgets the manifest does not know (duplicates)"


# --- provisioning -------------------------------------------------------------------------------


def test_progress_counts_items_on_the_mural_as_calls_return(mural):
    plan = small_plan(2)
    manifest = fresh_manifest(plan)
    seen: list[tuple[int, int]] = []
    backend(mural, progress=lambda done, total: seen.append((done, total))).provision(plan, manifest, Saves(manifest))
    total = len(plan.items)
    assert len(seen) > 3 and all(t == total for _, t in seen)
    counts = [d for d, _ in seen]
    assert counts == sorted(counts) and counts[0] > 0 and counts[-1] == total


def test_provision_creates_every_item_with_bodies_valid_against_the_spec(mural):
    need_spec()
    plan = small_plan(2)
    manifest = fresh_manifest(plan)
    saves = Saves(manifest)
    report = backend(mural).provision(plan, manifest, saves)

    assert_complete_without_duplicates(plan, manifest, mural)
    assert report.created == len(plan.items) and report.reused == 0 and not report.dry_run
    assert report.requests == len(mural.writes())
    # every body validates against its operation; areas one object per call, the rest arrays
    for method, ep, body in mural.writes():
        if ep == "murals":
            validate_body("createmural", body)
            assert isinstance(body["roomId"], int) and "backgroundColor" not in body
            continue
        validate_body(ENDPOINT_OP[(method, ep)], body)
        assert isinstance(body, dict) if ep == "area" else isinstance(body, list)
    # order: mural, areas, then shapes, textboxes, titles and sticky notes (stacking order)
    eps = [ep for _, ep, _ in mural.writes()]
    assert eps[0] == "murals" and eps[1:10] == ["area"] * 9
    assert eps[10:] == ["shape", "textbox", "title", "sticky-note"]
    shape_batch = next(b for _, ep, b in mural.writes() if ep == "shape")
    sizes = [b["width"] for b in shape_batch]
    assert sizes == sorted(sizes, reverse=True), "rings must be created largest first"
    # every request carried the stored access token
    assert all(r.headers["authorization"] == f"Bearer {ACCESS}" for r in mural.log)
    # the mural and its link are in the manifest, checkpointed as we went
    assert manifest.board.id == the_mural(mural)
    assert manifest.board.url == mural.murals[the_mural(mural)]["_canvasLink"]
    assert saves.count >= 1 + 9 + 4
    # nesting: the prompt region is a child of the step area, at coordinates relative to it
    region = widgets(mural)[manifest.id_of("g1.s1.r1")]
    assert region["parentId"] == manifest.id_of("g1.s1")
    assert (region["x"], region["y"]) == (20, 60)
    label = widgets(mural)[manifest.id_of("g1.ring.A.label")]
    assert label["parentId"] == manifest.id_of("g1.s2")  # rings are not containers


def test_links_open_the_mural_at_each_group_area(mural):
    plan = small_plan(2)
    manifest = fresh_manifest(plan)
    b = backend(mural)
    b.provision(plan, manifest, lambda: None)
    links = b.links(manifest)
    assert links.board == manifest.board.url
    assert links.groups == {g: f"{manifest.board.url}?wid={manifest.id_of(f'g{g}')}" for g in (1, 2)}
    # links need no network: a backend with no settings or credentials answers from the manifest
    assert open_mural(settings=settings()).links(manifest) == links


def test_dry_run_counts_requests_and_calls_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("WERKBORD_CREDENTIALS", "file")
    monkeypatch.setenv("WERKBORD_CONFIG_DIR", str(tmp_path))
    plan = small_plan(2)
    fake = fake_mural()  # any request would show in its log
    report = backend(fake, dry_run=True).provision(plan, fresh_manifest(plan), lambda: None)
    small = backend(fake, dry_run=True, batch_size=2).provision(plan, fresh_manifest(plan), lambda: None)
    assert not fake.log
    # 1 mural + 9 areas + one batch each for shapes, textboxes, titles and sticky notes
    assert report.dry_run and report.requests == 14 and report.created == len(plan.items)
    assert any("9 areas" in n for n in report.notes) and any("6 sticky notes" in n for n in report.notes)
    # 6 shapes, 5 textboxes, 1 title, 6 stickies in batches of 2 → 3 + 3 + 1 + 3
    assert small.requests == 1 + 9 + 10


def test_lost_batch_answer_is_checked_on_the_board_and_not_sent_twice(mural):
    plan = small_plan(2)
    manifest = fresh_manifest(plan)
    mural.faults = fail("POST sticky-note", LOST)  # the batch is created, its answer is a 500
    backend(mural).provision(plan, manifest, lambda: None)
    assert_complete_without_duplicates(plan, manifest, mural)
    assert sum(1 for _, ep, _ in mural.writes() if ep == "sticky-note") == 1


def test_lost_area_answer_is_adopted(mural):
    plan = small_plan(1)
    manifest = fresh_manifest(plan)
    mural.faults = fail("POST area", LOST)
    backend(mural, max_concurrency=1).provision(plan, manifest, lambda: None)
    assert_complete_without_duplicates(plan, manifest, mural)


def test_resume_after_a_failure_half_way_completes_without_duplicates(mural):
    plan = small_plan(2)
    manifest = fresh_manifest(plan)
    saves = Saves(manifest)
    # Sticky batches of 2: one is created but its answer is lost, and the check of the board
    # fails too (Mural down): the run dies with widgets on the mural the manifest lacks.
    mural.faults = chain(fail("POST sticky-note", LOST), fail("GET widgets", DOWN, times=8))
    with pytest.raises(VendorError) as e:
        backend(mural, batch_size=2, max_concurrency=1).provision(plan, manifest, saves)
    assert "run the same command again" in str(e.value)
    no_secret_in(e.value)
    on_board_before = dict(widgets(mural))
    recorded = saves.reload()
    assert recorded.board.id == the_mural(mural)
    assert len(recorded.items) < len(plan.items) < len(on_board_before) + 1

    # A new process, the same command: it finds the lost widgets instead of creating them again.
    mural.page_size = 5  # and reads the board over several pages
    mural.reset_log()
    report = backend(mural, batch_size=2).provision(plan, recorded, Saves(recorded))
    assert_complete_without_duplicates(plan, recorded, mural)
    assert report.reused == 2
    assert report.created == len(plan.items) - len(saves.reload().items) - 2
    assert len(mural.widget_listings()) > 1
    first = mural.widget_listings()[0]
    assert all(p["type"] == first["type"] and p["limit"] == first["limit"] for p in mural.widget_listings())
    assert "next" not in first and all("next" in p for p in mural.widget_listings()[1:])


def test_a_second_run_on_a_complete_board_creates_nothing(mural):
    plan = small_plan(1)
    manifest = fresh_manifest(plan)
    backend(mural).provision(plan, manifest, lambda: None)
    n = len(mural.writes())
    report = backend(mural).provision(plan, manifest, lambda: None)
    assert report.created == 0 and len(mural.writes()) == n


def test_429_with_retry_after_waits_that_long(mural):
    plan = small_plan(1)
    sleeps = mural.clock  # every wait of the backend
    mural.faults = fail("POST area", Fault("status", 429, headers={"Retry-After": "7"}))
    backend(mural, max_concurrency=1).provision(plan, fresh_manifest(plan), lambda: None)
    assert any(7 <= s < 7.6 for s in sleeps.sleeps), sleeps.sleeps
    assert len(widgets(mural)) == len(plan.items)  # a 429 did nothing: sent again, once


def test_429_without_retry_after_backs_off_with_jitter(mural):
    plan = small_plan(1)
    sleeps = mural.clock  # every wait of the backend
    mural.faults = fail("POST sticky-note", Fault("status", 429), times=2)
    # Without the 24 requests/s spacing, so every sleep recorded is a backoff.
    backend(mural, max_rate=None).provision(plan, fresh_manifest(plan), lambda: None)
    assert len(sleeps.sleeps) == 2 and all(0 < s <= 1.1 for s in sleeps.sleeps), sleeps.sleeps
    assert len(widgets(mural)) == len(plan.items)


def test_429_for_ever_gives_up_with_a_message_and_progress(mural):
    plan = small_plan(1)
    # 100 s at a time: past the client's ten minutes of waiting out 429s, it gives up.
    mural.faults = fail("POST sticky-note", Fault("status", 429, headers={"Retry-After": "100"}), times=8)
    with pytest.raises(RateLimited) as e:
        backend(mural, max_attempts=3).provision(plan, fresh_manifest(plan), lambda: None)
    assert "run the same command again" in str(e.value)


# --- harvest --------------------------------------------------------------------------------


def test_read_items_pages_and_returns_absolute_plain_text(mural):
    plan = small_plan(1)
    manifest = fresh_manifest(plan)
    backend(mural).provision(plan, manifest, lambda: None)
    region_id = manifest.id_of("g1.s1.r1")
    # A participant's note inside the prompt region: relative to the region, HTML text.
    widgets(mural)["0-note"] = {
        "id": "0-note",
        "type": "sticky note",
        "parentId": region_id,
        "x": 15,
        "y": 25,
        "width": 100,
        "height": 80,
        "text": "",
        "htmlText": "<p>Mijn <b>zus</b></p><p>&amp; buurman</p>",
        "style": {"backgroundColor": "#FFF9B1FF"},
    }
    mural.page_size = 3
    mural.reset_log()
    items = {i.id: i for i in backend(mural).read_items(manifest)}

    # One listing per type, side by side, every page of each fetched (the type filter on each page).
    listings = mural.widget_listings()
    per_type = Counter(w["type"] for w in widgets(mural).values())
    wanted = {"areas": "area", "sticky notes": "sticky note", "texts": "text", "shapes": "shape"}
    assert {p["type"] for p in listings} == set(wanted)
    for filt, wtype in wanted.items():
        pages = [p for p in listings if p["type"] == filt]
        assert len(pages) == max(1, -(-per_type[wtype] // 3)), filt
    assert all(p["limit"] == "99" for p in listings)
    note = items["0-note"]
    region = plan.by_key()["g1.s1.r1"].rect
    assert note.rect == Rect(region.x + 15, region.y + 25, 100, 80)  # group + step + region + note
    assert note.text == "Mijn zus\n& buurman" and note.kind == "sticky" and note.color == "light_yellow"
    by_key = plan.by_key()
    for key in ("g1", "g1.s1", "g1.ring.A.label", "g1.party.1", "g1.patient"):
        assert items[manifest.id_of(key)].rect == by_key[key].rect, key


def test_update_text_patches_the_right_endpoints(mural):
    need_spec()
    plan = small_plan(1)
    manifest = fresh_manifest(plan)
    backend(mural).provision(plan, manifest, lambda: None)
    timer, title, sticky = (
        manifest.id_of("g1.timer"),
        manifest.id_of("fac.title"),
        manifest.id_of("g1.party.1"),
    )
    widgets(mural)["0-foreign"] = {**widgets(mural)[sticky], "id": "0-foreign"}
    mural.reset_log()
    backend(mural).update_text(
        manifest,
        [TextUpdate(timer, "04:59", "red"), TextUpdate(title, "Pauze"), TextUpdate("0-foreign", "nieuw")],
    )
    patched = {(ep, json.dumps(b, sort_keys=True)) for m, ep, b in mural.writes() if m == "PATCH"}
    assert (
        "textbox",
        json.dumps({"style": {"backgroundColor": "#F0939DFF"}, "text": "04:59"}, sort_keys=True),
    ) in patched
    assert ("title", json.dumps({"text": "Pauze"})) in patched
    assert ("sticky-note", json.dumps({"text": "nieuw"})) in patched  # type asked from Mural
    for m, ep, b in mural.writes():
        validate_body(ENDPOINT_OP[(m, ep)], b)
    assert widgets(mural)[timer]["text"] == "04:59"


# --- errors ---------------------------------------------------------------------------------


def _err(status, code, message="x", **extra):
    return httpx.Response(status, json={"code": code, "message": message, **extra})


def test_not_signed_in(monkeypatch, tmp_path):
    monkeypatch.setenv("WERKBORD_CREDENTIALS", "file")
    monkeypatch.setenv("WERKBORD_CONFIG_DIR", str(tmp_path))
    plan = small_plan(1)
    fake = fake_mural()
    with pytest.raises(AuthError) as e:
        backend(fake).provision(plan, fresh_manifest(plan), lambda: None)
    assert not fake.log
    assert "not signed in" in str(e.value) and "werkbord auth mural" in str(e.value)


def test_expired_refresh_token_tells_to_sign_in_again(monkeypatch, tmp_path):
    signed_in(monkeypatch, tmp_path, expires_in=-10)  # the access token has expired
    plan = small_plan(1)
    fake = fake_mural()
    fake.refresh_tokens[REFRESH] = False  # spent or expired: Mural answers invalid_grant
    with pytest.raises(AuthError) as e:
        backend(fake).provision(plan, fresh_manifest(plan), lambda: None)
    assert fake.count("token") >= 1
    assert "expired" in str(e.value) and "werkbord auth mural" in str(e.value)
    no_secret_in(e.value)


@pytest.mark.parametrize(
    ("route", "answer", "cls", "words"),
    [
        (
            "POST murals",
            _err(403, "INVALID_SCOPE"),
            PermissionDenied,
            ["murals:write", "werkbord auth mural"],
        ),
        ("POST murals", _err(404, "ROOM_NOT_FOUND"), NotFound, ["room 1608152669000", "--room"]),
        ("POST murals", _err(403, "UNSUPPORTED_ZONE"), PermissionDenied, ["data-residency"]),
        (
            "POST area",
            _err(
                400,
                "BODY",
                "Invalid payload",
                details=[{"code": "Invalid property", "message": 'Invalid "bogus" property'}],
            ),
            ValidationFailed,
            ["Invalid payload", '"bogus"'],
        ),
        ("POST murals", _err(401, "UNAUTHORIZED"), AuthError, ["werkbord auth mural"]),
    ],
)
def test_errors_have_one_clear_message_without_tokens(mural, route, answer, cls, words):
    plan = small_plan(1)
    if route == "POST murals" and answer.status_code == 401:
        # refused, renewed (to these tokens), refused again
        mural.faults = fail(route, Fault("status", 401, body={"code": "UNAUTHORIZED", "message": "x"}), times=2)
        mural.next_tokens.append(("acc-NEW-SECRET-1234567", "ref-NEW-SECRET-1234567", 900))
    else:
        mural.faults = fail(route, as_fault(answer))
    with pytest.raises(cls) as e:
        backend(mural).provision(plan, fresh_manifest(plan), lambda: None)
    for w in words:
        assert w in str(e.value)
    assert isinstance(e.value, WerkbordError) and e.value.exit_code != 0
    no_secret_in(e.value)
    assert "acc-NEW-SECRET" not in str(e.value)


def test_mural_not_found_on_harvest(mural):
    plan = small_plan(1)
    manifest = fresh_manifest(plan)
    manifest.board.id = "ws1.999"
    with pytest.raises(NotFound) as e:
        backend(mural).read_items(manifest)
    assert "mural was not found" in str(e.value)


def test_zone_refusal_on_harvest(mural):
    plan = small_plan(1)
    manifest = fresh_manifest(plan)
    backend(mural).provision(plan, manifest, lambda: None)
    mural.faults = fail("GET widgets", as_fault(_err(403, "UNSUPPORTED_ZONE")))
    with pytest.raises(PermissionDenied) as e:
        backend(mural).read_items(manifest)
    assert "UNSUPPORTED_ZONE" in str(e.value)


def test_room_must_be_a_number_and_present(mural):
    plan = small_plan(1)
    with pytest.raises(UsageError, match="not a number"):
        backend(mural, room_id="abc").provision(plan, fresh_manifest(plan), lambda: None)
    with pytest.raises(UsageError, match="--room"):
        backend(mural, room_id=None).provision(plan, fresh_manifest(plan), lambda: None)
    assert not mural.writes()


def test_a_real_layout_provisions_validly_and_reads_back_at_the_same_place(mural, plan4):
    # The lead's layout (4 groups): every body valid, and reading the board back gives every
    # item at its plan rectangle (relative → absolute through all nesting levels).
    need_spec()
    manifest = fresh_manifest(plan4)
    b = backend(mural)
    report = b.provision(plan4, manifest, lambda: None)
    assert_complete_without_duplicates(plan4, manifest, mural)
    areas = sum(1 for _, ep, _ in mural.writes() if ep == "area")
    assert report.requests == 1 + areas + 4  # one batch per widget kind at this size
    for method, ep, body in mural.writes():
        validate_body("createmural" if ep == "murals" else ENDPOINT_OP[(method, ep)], body)
    read = {i.id: i for i in b.read_items(manifest)}
    by_key = plan4.by_key()
    assert {k: read[c.id].rect for k, c in manifest.items.items()} == {k: by_key[k].rect for k in manifest.items}
