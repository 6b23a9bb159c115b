"""The Miro backend against the fake Miro (tests/fakes/miro_app.py, in-process through
respx, which routes every request to it): provisioning, resume, rate limits, tokens, errors, harvest.

Every request body the backend sends is validated against Miro's OpenAPI document by the fake
(when ../shared/specs is present; otherwise the behaviour is still tested, unvalidated).
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import replace

import httpx
import pytest

from fakes import FakeClock, Fault, chain, on
from fakes.common import matching, serve
from fakes.harness import MIRO_URL as API
from fakes.harness import open_miro
from fakes.miro_app import CLIENT_ID, CLIENT_SECRET, TOKEN, MiroApp
from fakes.specs import require_miro_spec
from werkbord.backends import open_backend
from werkbord.board.base import TextUpdate
from werkbord.board.miro import MiroBackend
from werkbord.credentials import CredentialStore
from werkbord.errors import AuthError, NotFound, PermissionDenied, RateLimited, ValidationFailed, VendorError
from werkbord.geometry import Point, Rect
from werkbord.layout import layout
from werkbord.manifest import Manifest
from werkbord.plan import Kind, Role
from werkbord.settings import Settings


@pytest.fixture
def clock():
    return FakeClock()


pytestmark = pytest.mark.usefixtures("edge")  # respx at the edge, see conftest.py


@pytest.fixture
def fake(clock):
    return MiroApp(clock=clock, sleep=clock.sleep)


def settings(**kw) -> Settings:
    kw.setdefault("miro_access_token", TOKEN)
    return Settings(_env_file=None, miro_api_url=API, **kw)


def backend(fake: MiroApp, clock, **kw) -> MiroBackend:
    kw.setdefault("settings", settings())
    serve(fake, API)
    return open_miro(sleep=clock.sleep, clock=clock, **kw)


class Saver:
    """The CLI's checkpoint: what would be on disk after each call."""

    def __init__(self, manifest: Manifest) -> None:
        self.m = manifest
        self.saved: dict | None = None
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1
        self.saved = json.loads(json.dumps(self.m.to_json()))

    def load(self) -> Manifest:
        return Manifest.model_validate(self.saved)


def new_manifest(plan) -> tuple[Manifest, Saver]:
    m = Manifest.from_plan(plan, name="team-noord", backend="miro")
    return m, Saver(m)


def assert_board_matches_plan(fake: MiroApp, plan, manifest: Manifest) -> None:
    """Every plan item exactly once on the board, at the plan's place, and nothing else."""
    bid = manifest.board.id
    raws = fake.items[bid]
    assert len(raws) == len(plan.items), "duplicates or missing items"
    ids = [manifest.id_of(i.key) for i in plan.items]
    assert len(set(ids)) == len(ids) and set(ids) == set(raws)
    for item in plan.items:
        centre = fake.abs_rect(bid, manifest.id_of(item.key)).center
        cx, cy = centre.x, centre.y
        assert (round(cx, 6), round(cy, 6)) == (item.rect.center.x, item.rect.center.y), item.key


def test_open_backend_builds_miro_with_cli_options(clock):
    b = open_backend("miro", folder=None, options={"settings": settings(miro_team_id="t1"), "board_id": "uXjV1="})
    assert isinstance(b, MiroBackend) and b.team_id == "t1" and b.board_id == "uXjV1="


def test_provision_full_plan(fake, clock, plan4):
    m, save = new_manifest(plan4)
    progress: list[tuple[int, int]] = []
    report = backend(fake, clock, progress=lambda d, t: progress.append((d, t))).provision(plan4, m, save)

    assert report.created == len(plan4.items) and report.reused == 0 and not report.dry_run
    assert m.complete and save.load().complete
    assert_board_matches_plan(fake, plan4, m)
    bid = m.board.id
    assert m.board.url == f"https://miro.com/app/board/{bid}"  # the viewLink as Miro gave it
    # Frames only through the frames endpoint, all top-level (Miro cannot nest them).
    frames = [i for i in plan4.items if i.kind == Kind.FRAME]
    assert fake.count("create_frame") == len(frames)
    for f in frames:
        assert "parent" not in fake.items[bid][m.id_of(f.key)]
    # Everything else in bulk calls of at most 20, each child relative to its frame's top-left.
    bulk_bodies = [r.body for r in fake.log if r.path.endswith("/items/bulk")]
    assert all(1 <= len(b) <= 20 for b in bulk_bodies)
    assert sum(len(b) for b in bulk_bodies) == len(plan4.items) - len(frames)
    note = next(i for i in plan4.items if i.kind == Kind.STICKY)
    step = plan4.by_key()[note.parent]
    while step.kind != Kind.FRAME:
        step = plan4.by_key()[step.parent]
    raw = fake.items[bid][m.id_of(note.key)]
    assert raw["parent"]["id"] == m.id_of(step.key)
    assert raw["position"]["x"] == note.rect.center.x - step.rect.x
    assert raw["position"]["y"] == note.rect.center.y - step.rect.y
    # Counted as Miro charges: 500 for the board, 100 per item.
    assert report.credits == 500 + 100 * len(plan4.items)
    assert report.requests == 1 + len(frames) + len(bulk_bodies)
    assert progress[-1] == (len(plan4.items), len(plan4.items))


def _created_in_plan_order_where_it_shows(fake: MiroApp, plan, manifest: Manifest) -> dict[str, int]:
    created = {iid: n for n, iid in enumerate(fake.items[manifest.board.id])}  # Miro stacks later on top
    at = {i.key: created[manifest.id_of(i.key)] for i in plan.items}
    others = [i for i in plan.items if i.kind != Kind.FRAME]
    for n, a in enumerate(others):
        for b in others[n + 1 :]:
            if a.rect.overlaps(b.rect):
                assert at[a.key] < at[b.key], f"{b.key} is drawn under {a.key}"
    return at


def test_overlapping_items_are_stacked_in_plan_order(fake, clock, plan4):
    m, save = new_manifest(plan4)
    backend(fake, clock).provision(plan4, m, save)
    _created_in_plan_order_where_it_shows(fake, plan4, m)


def test_a_filled_group_frame_is_created_before_its_step_frames(clock, plan4):
    filled = [replace(i, color="light_blue") if i.role == Role.GROUP_FRAME else i for i in plan4.items]
    plan = replace(plan4, items=filled)
    titles = {i.text for i in plan.items if i.role == Role.GROUP_FRAME}
    # Group frames answer late (really: the fake clock would not let other requests overtake).
    fake = MiroApp(clock=clock, sleep=asyncio.sleep)
    fake.faults = matching(
        lambda r: r.path.endswith("/frames") and (r.body or {}).get("data", {}).get("title") in titles,
        Fault("slow", delay=0.05),
    )
    m, save = new_manifest(plan)
    backend(fake, clock).provision(plan, m, save)
    at = _created_in_plan_order_where_it_shows(fake, plan, m)
    steps = [i for i in plan.items if i.role == Role.STEP_FRAME]
    assert steps and all(at[s.parent] < at[s.key] for s in steps)
    assert_board_matches_plan(fake, plan, m)


def test_every_request_body_was_validated_against_the_spec(fake, clock, plan4):
    require_miro_spec()
    m, save = new_manifest(plan4)
    b = backend(fake, clock)
    b.provision(plan4, m, save)
    b.update_text(m, [TextUpdate(m.id_of(plan4.groups[0].timer_key), "12:00", "red")])
    names = set(fake.validator.validated)
    assert {"BoardChanges", "FrameCreateRequest", "ShapeUpdateRequest"} <= names
    assert {"StickyNoteCreateRequest", "ShapeCreateRequest", "TextCreateRequest"} <= names
    bodies = sum(1 for r in fake.log if r.method in ("POST", "PATCH") and r.body is not None)
    per_item = sum(len(r.body) for r in fake.log if r.path.endswith("/items/bulk"))
    bulk_calls = sum(1 for r in fake.log if r.path.endswith("/items/bulk"))
    assert len(fake.validator.validated) == bodies - bulk_calls + per_item


def test_dry_run_sends_nothing(fake, clock, plan4):
    m, save = new_manifest(plan4)
    report = backend(fake, clock, dry_run=True, settings=settings(miro_access_token=None)).provision(plan4, m, save)
    assert report.dry_run and report.created == len(plan4.items)
    assert report.credits == 500 + 100 * len(plan4.items) and report.requests > len(plan4.items) // 20
    assert fake.log == [] and save.calls == 0


def test_links_open_each_group_frame(fake, clock, plan4):
    m, save = new_manifest(plan4)
    b = backend(fake, clock)
    b.provision(plan4, m, save)
    links = b.links(m)
    bid = m.board.id
    assert not m.board.url.endswith("/")  # the fake's viewLink is the spec's example form
    # Miro's examples: https://miro.com/app/board/<id>/?moveToWidget=<item> — the "/" before "?".
    assert links.board == f"https://miro.com/app/board/{bid}/"
    assert set(links.groups) == {g.index for g in plan4.groups}
    assert links.groups[2] == f"https://miro.com/app/board/{bid}/?moveToWidget={m.id_of(plan4.groups[1].frame_key)}"


def test_provision_into_existing_board(fake, clock, plan4):
    bid = fake.new_board("Bestaand")
    m, save = new_manifest(plan4)
    backend(fake, clock, board_id=bid).provision(plan4, m, save)
    assert fake.count("create_board") == 0 and fake.count("get_board") >= 1
    assert m.board.id == bid
    assert_board_matches_plan(fake, plan4, m)


def test_lost_answers_are_checked_before_resending(fake, clock, plan4):
    # The server does the work, then the answer is lost (500 or a timeout): the backend must look
    # on the board first instead of creating the same things again.
    fake.faults = chain(
        on("POST", r"^/v2/boards$", Fault("raise", exc=httpx.ReadTimeout, after=True)),
        on("POST", r"/frames$", Fault("status", 500, after=True), times=3),
        on("POST", r"/items/bulk$", Fault("status", 502, after=True), times=4),
        on("POST", r"/items/bulk$", Fault("drop", after=True), times=2),
    )
    m, save = new_manifest(plan4)
    report = backend(fake, clock).provision(plan4, m, save)
    assert len(fake.boards) == 1
    assert_board_matches_plan(fake, plan4, m)
    assert report.reused > 0 and report.created + report.reused == len(plan4.items)
    assert fake.count("list_items") >= 1 and fake.count("list_boards") >= 1


def test_resume_after_dying_half_way_creates_no_duplicates(fake, clock, plan4):
    # Ctrl-C lands after Miro created a batch but before the manifest recorded it.
    fake.faults = on("POST", r"/items/bulk$", Fault("raise", exc=KeyboardInterrupt, after=True), skip=5)
    m, save = new_manifest(plan4)
    with pytest.raises(KeyboardInterrupt):
        backend(fake, clock).provision(plan4, m, save)
    resumed = save.load()
    on_board = len(fake.items[resumed.board.id])
    assert 0 < len(resumed.items) < on_board < len(plan4.items)  # some created, not all recorded

    recorded = len(resumed.items)
    report = backend(fake, clock).provision(plan4, resumed, Saver(resumed))
    assert report.reused == on_board - recorded  # adopted, not created again
    assert report.created == len(plan4.items) - on_board
    assert_board_matches_plan(fake, plan4, resumed)
    assert resumed.complete
    assert fake.count("create_board") == 1


def test_resume_after_server_errors_reports_progress_and_finishes(fake, clock, plan4):
    fake.faults = on("POST", r"/items/bulk$", Fault("status", 503), times=None, skip=3)  # down until cleared
    m, save = new_manifest(plan4)
    with pytest.raises(VendorError) as e:
        backend(fake, clock).provision(plan4, m, save)
    msg = str(e.value)
    assert "503" in msg and f"of {len(plan4.items)} items are on the board" in msg and "same command again" in msg
    assert TOKEN not in msg
    fake.faults = None
    resumed = save.load()
    backend(fake, clock).provision(plan4, resumed, Saver(resumed))
    assert_board_matches_plan(fake, plan4, resumed)


def test_429_with_retry_after_is_honoured(fake, clock, plan4):
    fake.faults = on("POST", r"/items/bulk$", Fault("status", 429, headers={"Retry-After": "13"}), skip=2)
    m, save = new_manifest(plan4)
    backend(fake, clock).provision(plan4, m, save)
    assert any(13 <= s <= 13.6 for s in clock.sleeps)
    assert_board_matches_plan(fake, plan4, m)


def test_429_without_retry_after_waits_for_reset(fake, clock, plan4):
    reset = str(int(clock.now + 40))
    fake.faults = on("POST", r"/frames$", Fault("status", 429, headers={"X-RateLimit-Reset": reset}), skip=1)
    m, save = new_manifest(plan4)
    backend(fake, clock).provision(plan4, m, save)
    assert any(39 <= s <= 41 for s in clock.sleeps)
    assert_board_matches_plan(fake, plan4, m)


def test_persistent_429_is_rate_limited_error(fake, clock, plan4):
    # 2 s at a time for ever: past the client's ten minutes of waiting out 429s, it gives up.
    fake.faults = on("POST", r"/frames$", Fault("status", 429, headers={"Retry-After": "2"}), times=None)
    m, save = new_manifest(plan4)
    with pytest.raises(RateLimited) as e:
        backend(fake, clock).provision(plan4, m, save)
    assert "run the same command again" in str(e.value)


def test_thirty_groups_are_paced_without_a_single_429(wv, clock):
    plan = layout(wv, 30, title="Groot", start="09:00")
    fake = MiroApp(clock=clock, sleep=clock.sleep, validate=False)  # bodies are validated in the 4-group tests
    m, save = new_manifest(plan)
    report = backend(fake, clock).provision(plan, m, save)
    assert 100 * len(plan.items) > 100_000  # more than a minute's budget ...
    assert 429 not in [status for (_, _, status) in fake.answers]  # ... yet paced ahead of the limit
    assert clock.now - 1_700_000_000.0 >= 60  # so it had to wait for a new window
    assert report.created == len(plan.items)
    assert_board_matches_plan(fake, plan, m)


# -- tokens -----------------------------------------------------------------------------------


def refresh_settings(**kw) -> Settings:
    return settings(
        miro_access_token=kw.pop("access", "tok-expired-0009"),
        miro_refresh_token="rt-env-000001",
        miro_client_id=CLIENT_ID,
        miro_client_secret=CLIENT_SECRET,
        **kw,
    )


def test_expired_token_is_refreshed_and_rotation_stored(fake, clock, plan4, tmp_path, caplog):
    fake.refresh_tokens["rt-env-000001"] = True
    store = CredentialStore(tmp_path / "cfg")
    m, save = new_manifest(plan4)
    with caplog.at_level(logging.DEBUG):
        backend(fake, clock, settings=refresh_settings(), credentials=store).provision(plan4, m, save)
    assert fake.count("token") == 1
    rec = store.load("miro")
    assert rec["refresh_token"].startswith("rt-fresh-") and rec["access_token"].startswith("tok-fresh-")
    assert fake.refresh_tokens["rt-env-000001"] is False  # rotated: the .env one is dead now
    assert_board_matches_plan(fake, plan4, m)
    # The stored token is not in the project folder or the manifest.
    assert "rt-fresh" not in json.dumps(m.to_json())
    for secret in (
        "rt-env-000001",
        "csecret-123456",
        rec["refresh_token"],
        rec["access_token"],
        "tok-expired-0009",
    ):
        assert all(secret not in r.getMessage() for r in caplog.records)

    # An hour later, a new run: .env still holds the dead refresh token; the stored one is used.
    clock.now += 3700
    m2, save2 = new_manifest(plan4)
    backend(fake, clock, settings=refresh_settings(), credentials=store).provision(plan4, m2, save2)
    assert fake.count("token") == 2
    assert store.load("miro")["refresh_token"] != rec["refresh_token"]


def test_refresh_refused_is_auth_error(fake, clock, plan4, tmp_path):
    m, save = new_manifest(plan4)  # the fake knows no refresh token: every refresh is refused
    with pytest.raises(AuthError) as e:
        backend(fake, clock, settings=refresh_settings(), credentials=CredentialStore(tmp_path)).provision(
            plan4, m, save
        )
    assert "refresh" in str(e.value)
    for secret in ("rt-env-000001", "csecret-123456", "tok-expired-0009"):
        assert secret not in str(e.value)


# -- errors -----------------------------------------------------------------------------------


def test_no_token_is_a_clear_error(fake, clock, plan4):
    m, save = new_manifest(plan4)
    with pytest.raises(AuthError, match="MIRO_ACCESS_TOKEN"):
        backend(fake, clock, settings=settings(miro_access_token=None)).provision(plan4, m, save)
    assert fake.log == []


def test_invalid_token_is_auth_error_without_the_token(fake, clock, plan4):
    m, save = new_manifest(plan4)
    bad = "tok-not-known-77777"
    with pytest.raises(AuthError) as e:
        backend(fake, clock, settings=settings(miro_access_token=bad)).provision(plan4, m, save)
    assert "401" in str(e.value) and bad not in str(e.value) and e.value.exit_code != 0


def test_missing_scope_is_permission_denied(fake, clock, plan4):
    fake.scopes_ok = False
    m, save = new_manifest(plan4)
    with pytest.raises(PermissionDenied) as e:
        backend(fake, clock).provision(plan4, m, save)
    assert "boards:write" in str(e.value) and TOKEN not in str(e.value)


def test_unknown_board_is_not_found(fake, clock, plan4):
    m, save = new_manifest(plan4)
    with pytest.raises(NotFound) as e:
        backend(fake, clock, board_id="uXjVNope=").provision(plan4, m, save)
    assert "404" in str(e.value) and "--board" in str(e.value)


def test_validation_error_carries_miro_message_and_context(fake, clock, plan4):
    m, save = new_manifest(plan4)
    body = {
        "type": "error",
        "status": 400,
        "code": "invalidParameters",
        "message": "Invalid parameters",
        "context": {"fields": [{"field": "[3].style.fillColor", "message": "unknown colour"}]},
    }
    fake.faults = on("POST", r"/items/bulk$", Fault("status", 400, body=body))
    with pytest.raises(ValidationFailed) as e:
        backend(fake, clock).provision(plan4, m, save)
    assert "Invalid parameters" in str(e.value) and "[3].style.fillColor: unknown colour" in str(e.value)
    assert TOKEN not in str(e.value)


# -- harvest and timer ------------------------------------------------------------------------


def provisioned(fake, clock, plan):
    m, save = new_manifest(plan)
    b = backend(fake, clock)
    b.provision(plan, m, save)
    return b, m


def test_harvest_returns_absolute_items_after_participant_changes(fake, clock, plan4):
    b, m = provisioned(fake, clock, plan4)
    bid = m.board.id
    g1 = plan4.groups[0]
    s2 = m.id_of(f"{g1.frame_key}.s2") or m.id_of(g1.frame_key)
    # A participant adds a note inside a step frame, moves a party sticky out of every frame,
    # edits a form, deletes a party, and the facilitator moves group 2's frame.
    new = fake.add_sticky(
        bid,
        "",
        Point(g1.patient.x + 300, g1.patient.y + 40),
        content="<p>Buurvrouw &amp; <b>wijkagent</b></p><p>bellen</p>",
        parent=s2,
    )
    party = next(i for i in plan4.items if i.key.startswith("g1.") and i.role == "party_sticky")
    fake.move(bid, m.id_of(party.key), Point(-500, -600), parent=None)
    form = next(i for i in plan4.items if i.key.startswith("g1.") and i.role == "form_sticky")
    fake.items[bid][m.id_of(form.key)]["data"]["content"] = "<p>Partij: huisarts</p><p>Actie: bellen</p>"
    gone = next(i for i in plan4.items if i.key.startswith("g1.") and i.role == "party_sticky" and i is not party)
    del fake.items[bid][m.id_of(gone.key)]
    g2 = plan4.groups[1]
    frame2 = fake.items[bid][m.id_of(g2.frame_key)]
    frame2["position"]["x"] += 700

    calls_before = fake.count("list_items")
    items = {i.id: i for i in b.read_items(m)}
    assert fake.count("list_items") - calls_before >= 2  # several pages of 50
    assert all(r.query.get("limit") == "50" for r in fake.log if r.path.endswith("/items"))

    assert len(items) == len(plan4.items)  # one deleted, one added
    note = items[new]
    assert note.kind == "sticky_note" and note.text == "Buurvrouw & wijkagent\nbellen"
    assert note.rect.center.x == pytest.approx(g1.patient.x + 300) and note.rect.center.y == pytest.approx(
        g1.patient.y + 40
    )
    assert note.parent_id == s2
    moved = items[m.id_of(party.key)]
    assert moved.rect.center.x == -500 and moved.rect.center.y == -600 and moved.parent_id is None
    assert items[m.id_of(form.key)].text == "Partij: huisarts\nActie: bellen"
    assert m.id_of(gone.key) not in items
    g2_frame = items[m.id_of(g2.frame_key)]
    assert g2_frame.kind == "frame" and g2_frame.rect.x == pytest.approx(g2.frame.x + 700)
    # Children travel with their frame: group 2's timer (a child of the group frame) moved +700.
    timer = plan4.by_key()[g2.timer_key]
    assert items[m.id_of(timer.key)].rect.x == pytest.approx(timer.rect.x + 700)
    assert items[m.id_of(timer.key)].role_hint == "timer"
    # Step frames are top-level in Miro (no nesting through the API): their items stay put.
    ring = next(i for i in plan4.items if i.key.startswith("g2.") and i.role == "zone_ring")
    assert items[m.id_of(ring.key)].rect.x == pytest.approx(ring.rect.x)
    unchanged = next(i for i in plan4.items if i.key.startswith("g1.") and i.role == "prompt_region")
    got = items[m.id_of(unchanged.key)]
    assert got.rect == Rect(unchanged.rect.x, unchanged.rect.y, unchanged.rect.w, unchanged.rect.h)
    assert got.kind == "shape" and got.color == unchanged.color


def test_harvest_lists_frames_when_board_listing_has_no_children(fake, clock, plan4):
    b, m = provisioned(fake, clock, plan4)
    fake.children_in_board_listing = False
    items = b.read_items(m)
    assert len(items) == len(plan4.items)
    per_frame = [r.query for r in fake.log if r.path.endswith("/items") and "parent_item_id" in r.query]
    frames = {m.id_of(i.key) for i in plan4.items if i.kind == Kind.FRAME}
    assert {p["parent_item_id"] for p in per_frame} == frames


def test_update_text_patches_items_with_their_own_colour_format(fake, clock, plan4):
    b, m = provisioned(fake, clock, plan4)
    bid = m.board.id
    timer = m.id_of(plan4.groups[0].timer_key)
    sticky = m.id_of(next(i.key for i in plan4.items if i.kind == Kind.STICKY))
    stranger = fake.add_sticky(bid, "", Point(0, 0), content="x", parent=None)
    b.update_text(
        m,
        [
            TextUpdate(timer, "Stap 2 — nog 5 min", "red"),
            TextUpdate(sticky, "Hallo", "orange"),
            TextUpdate(stranger, "ook", None),
        ],
    )
    assert fake.items[bid][timer]["data"]["content"] == "<p>Stap 2 — nog 5 min</p>"
    assert fake.items[bid][timer]["style"]["fillColor"] == "#f0939d"  # shapes take hex
    assert fake.items[bid][sticky]["style"]["fillColor"] == "orange"  # sticky notes take names
    assert fake.items[bid][stranger]["data"]["content"] == "<p>ook</p>"
    assert fake.count("patch_item") == 3 and fake.count("get_item") == 1
