"""Exactly once against vendors that answer in ways their docs leave open: text handed back as
other HTML than was sent, bulk answers in another order than the request; credits and links as
Miro documents them; harvest listings side by side. Through the fakes' quirk switches."""

from __future__ import annotations

import asyncio
import math
from collections import Counter

import pytest

from fakes import FakeClock, Fault, on
from fakes.common import serve
from fakes.harness import MIRO_URL, open_miro, open_mural
from fakes.miro_app import MiroApp
from fakes.mural_app import MuralApp
from mural_support import API as MURAL_API
from mural_support import fake_mural, settings, signed_in, small_plan
from werkbord.board import miro_translate as tr
from werkbord.board import mural_translate as mt
from werkbord.board.miro import MiroBackend
from werkbord.board.mural import MuralBackend
from werkbord.board.rest import Footprint, match, pair_answer
from werkbord.geometry import Point
from werkbord.items import html_to_text, match_text, platform_text
from werkbord.manifest import Manifest
from werkbord.settings import Settings

pytestmark = pytest.mark.usefixtures("edge")


# -- text normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [
        "<div>Huisarts &amp; POH</div><div>bellen</div>",
        "<p>Huisarts &amp; POH</p><p>bellen</p>",
        "<div><p>Huisarts &amp; POH</p></div><div><p>bellen</p></div>",
        "<p>Huisarts &amp; POH<br>bellen</p>",
        "Huisarts & POH\nbellen",
    ],
)
def test_every_html_shape_of_a_text_reads_as_the_same_plain_text(given):
    assert platform_text(given) == "Huisarts & POH\nbellen"
    assert match_text(given) == "Huisarts & POH bellen"


def test_plain_text_with_angle_brackets_is_not_taken_for_html():
    assert platform_text("a < b > c") == "a < b > c"
    assert html_to_text("<div>a</div>\n<div>b</div>") == "a\nb"


# -- matching and pairing (pure) ----------------------------------------------------------------


def fp(x, y, text="", type_="sticky note", parent="p1", w=100.0, h=100.0):
    return Footprint(type=type_, parent=parent, x=x, y=y, w=w, h=h, text=text)


def test_match_is_by_place_with_text_only_breaking_ties():
    wants = [fp(10, 10, "a\nb"), fp(10, 10, "c")]
    # The same two items, text reformatted as HTML and listed in the other order.
    pool = [("2", fp(10.5, 10, "<div>c</div>")), ("1", fp(10, 10, "<div>a</div><div>b</div>"))]
    assert match(wants, pool) == ["1", "2"]
    # Text that no longer matches at all does not stop a match in the right place.
    assert match([fp(10, 10, "a")], [("9", fp(10, 10, "<p>something else</p>"))]) == ["9"]
    # Another parent, type or place is never a match; a taken id is never used again.
    assert match([fp(10, 10)], [("x", fp(10, 10, parent="p2")), ("y", fp(10, 10, type_="text"))]) == [None]
    assert match([fp(10, 10)], [("z", fp(30, 10))]) == [None]
    assert match([fp(10, 10), fp(10, 10)], [("k", fp(10, 10)), ("l", fp(10, 10))], taken={"k"}) == ["l", None]


def test_a_reordered_answer_is_paired_by_content():
    wants = [fp(0, 0, "a"), fp(200, 0, "b"), fp(0, 0, "", type_="text")]
    answered = [("t", fp(0, 0, "", type_="text")), ("B", fp(200, 0, "<p>b</p>")), ("A", fp(0, 0, "<p>a</p>"))]
    assert pair_answer(wants, answered) == ["A", "B", "t"]


# -- Miro ----------------------------------------------------------------------------------------


@pytest.fixture
def clock():
    return FakeClock()


def miro(fake: MiroApp, clock: FakeClock) -> MiroBackend:
    serve(fake, MIRO_URL)
    s = Settings(_env_file=None, miro_api_url=MIRO_URL, miro_access_token="miro-fake-token-0001")
    return open_miro(settings=s, sleep=clock.sleep, clock=clock)


def miro_manifest(plan) -> Manifest:
    return Manifest.from_plan(plan, name="team-noord", backend="miro")


def assert_miro_exactly_once(fake: MiroApp, plan, m: Manifest) -> None:
    """Each plan item once, nothing extra, and each manifest id at its own plan item's place."""
    bid = m.board.id
    ids = [m.id_of(i.key) for i in plan.items]
    assert len(set(ids)) == len(ids) == len(fake.items[bid]), "duplicates on the board"
    for item in plan.items:
        c = fake.abs_rect(bid, m.id_of(item.key)).center
        assert (round(c.x, 6), round(c.y, 6)) == (item.rect.center.x, item.rect.center.y), item.key


def test_miro_lost_bulk_answers_with_html_text_create_nothing_twice(clock, plan4):
    assert any("\n" in i.text for i in plan4.items if i.kind != "frame"), "the plan needs multi-line texts"
    fake = MiroApp(clock=clock, sleep=clock.sleep, quirks={"html_text"})
    fake.faults = on("POST", r"/items/bulk$", Fault("status", 500, after=True), times=12)
    m = miro_manifest(plan4)
    report = miro(fake, clock).provision(plan4, m, lambda: None)
    assert_miro_exactly_once(fake, plan4, m)
    assert report.reused > 0 and report.created + report.reused == len(plan4.items)


def test_miro_bulk_answers_in_another_order_are_paired_by_content(clock, plan4):
    fake = MiroApp(clock=clock, sleep=clock.sleep, quirks={"reorder_answers"})
    m = miro_manifest(plan4)
    miro(fake, clock).provision(plan4, m, lambda: None)
    assert_miro_exactly_once(fake, plan4, m)


def test_miro_listings_are_charged_at_level_2(clock, plan4):
    fake = MiroApp(clock=clock, sleep=clock.sleep)
    m = miro_manifest(plan4)
    b = miro(fake, clock)
    b.provision(plan4, m, lambda: None)
    spent = fake.credits_spent
    b.read_items(m)
    listings = fake.count("list_items")
    assert listings > 0 and fake.credits_spent - spent == 100 * listings
    assert b.last_stats.credits == fake.credits_spent - spent  # the budget counts what Miro charges


def test_miro_harvest_lists_each_type_side_by_side_and_finds_notes_outside_frames(plan4):
    fake = MiroApp(latency=0.005)  # real (tiny) latency: side-by-side requests overlap
    serve(fake, MIRO_URL)
    s = Settings(_env_file=None, miro_api_url=MIRO_URL, miro_access_token="miro-fake-token-0001")
    b = open_miro(settings=s)
    m = miro_manifest(plan4)
    b.provision(plan4, m, lambda: None)
    bid = m.board.id
    outside = fake.add_sticky(bid, "ergens los", Point(-3000, -3000), parent=None)
    fake.reset_log()
    items = {i.id: i for i in b.read_items(m)}
    assert outside in items and items[outside].parent_id is None and items[outside].text == "ergens los"
    assert len(items) == len(plan4.items) + 1
    listings = [r for r in fake.log if r.path.endswith("/items")]
    chains = Counter(r.query.get("type") for r in listings)
    assert None not in chains, "an unfiltered listing pages through everything in one chain"
    per_type = Counter(raw["type"] for raw in fake.items[bid].values())
    for t, n in per_type.items():  # each type's chain is as short as Miro's page size allows
        assert chains[t] == max(1, math.ceil(n / tr.PAGE_LIMIT)), t
    assert max(chains.values()) < math.ceil(len(fake.items[bid]) / tr.PAGE_LIMIT)
    assert fake.max_in_flight >= len(tr.LISTED_TYPES)  # side by side


def test_miro_harvest_lists_frames_side_by_side_when_the_board_listing_has_no_children(plan4):
    fake = MiroApp(latency=0.005, children_in_board_listing=False)
    serve(fake, MIRO_URL)
    s = Settings(_env_file=None, miro_api_url=MIRO_URL, miro_access_token="miro-fake-token-0001")
    b = open_miro(settings=s)
    m = miro_manifest(plan4)
    b.provision(plan4, m, lambda: None)
    fake.reset_log()
    items = b.read_items(m)
    assert len(items) == len(plan4.items)
    frames = sum(1 for i in plan4.items if i.kind == "frame")
    assert sum(1 for r in fake.log if "parent_item_id" in r.query) == frames
    assert fake.max_in_flight >= frames // 2


# -- Mural ---------------------------------------------------------------------------------------


@pytest.fixture
def mural_fake(monkeypatch, tmp_path):
    signed_in(monkeypatch, tmp_path)
    return fake_mural


def mural(fake: MuralApp) -> MuralBackend:
    serve(fake, MURAL_API)
    return open_mural(settings=settings(), room_id="1608152669000", sleep=fake.clock.sleep, clock=fake.clock)


def assert_mural_exactly_once(fake: MuralApp, plan, m: Manifest) -> None:
    (mid,) = fake.murals
    ids = [m.id_of(i.key) for i in plan.items]
    assert len(set(ids)) == len(ids) == len(fake.widgets[mid]), "duplicates on the mural"
    for item in plan.items:
        got = fake.abs_rect(mid, m.id_of(item.key))
        assert (got.x, got.y) == (item.rect.x, item.rect.y), item.key


def test_mural_lost_answers_with_html_text_create_nothing_twice(mural_fake):
    fake = mural_fake(quirks={"html_text"})
    plan = small_plan(2)
    lost = Fault("status", 500, after=True)
    seen: set[str] = set()

    def first_of_each_batch_endpoint(info):  # each batch endpoint's first answer is lost
        if info.method != "POST" or "/widgets/" not in info.path or info.path.endswith("/area"):
            return None
        ep = info.path.rsplit("/", 1)[-1]
        if ep in seen:
            return None
        seen.add(ep)
        return lost

    fake.faults = first_of_each_batch_endpoint
    m = Manifest.from_plan(plan, name="team-noord", backend="mural")
    report = mural(fake).provision(plan, m, lambda: None)
    assert seen == set(mt.BATCH_ENDPOINTS)
    (mid,) = fake.murals
    assert any(w.get("text", "").startswith("<div>") for w in fake.widgets[mid].values())
    assert_mural_exactly_once(fake, plan, m)
    assert report.reused > 0
    assert sum(1 for _, ep, _ in fake.writes() if ep == "sticky-note") == 1


def test_mural_array_answers_in_another_order_are_paired_by_content(mural_fake):
    fake = mural_fake(quirks={"reorder_answers"})
    plan = small_plan(2)
    m = Manifest.from_plan(plan, name="team-noord", backend="mural")
    mural(fake).provision(plan, m, lambda: None)
    assert_mural_exactly_once(fake, plan, m)


def test_mural_reads_html_text_back_as_plain_text(mural_fake):
    fake = mural_fake(quirks={"html_text"})
    plan = small_plan(1)
    m = Manifest.from_plan(plan, name="team-noord", backend="mural")
    b = mural(fake)
    b.provision(plan, m, lambda: None)
    items = {i.id: i for i in b.read_items(m)}
    info = items[m.id_of("fac.info")]
    assert info.text == "Welkom &\nuitleg"


def test_rest_gather_records_finished_work_before_raising():
    from werkbord.board.rest import gather_or_raise
    from werkbord.errors import VendorError

    done = []

    async def ok():
        await asyncio.sleep(0)
        done.append(1)

    async def bad():
        raise VendorError("boom")

    with pytest.raises(VendorError):
        asyncio.run(gather_or_raise([bad(), ok()]))
    assert done == [1]


@pytest.mark.parametrize("platform", ["miro", "mural"])
def test_a_bad_day_on_a_quirky_service_still_creates_each_item_once(platform, monkeypatch, tmp_path, wv):
    """Lost answers at random, text handed back as other HTML and answers in reverse order,
    all at once: every plan item once, at its own place."""
    from fakes import chain, matching, random_faults
    from fakes.harness import miro_options, mural_options
    from werkbord import api
    from werkbord.layout import layout
    from werkbord.manifest import load_manifest

    clock = FakeClock()
    quirks = {"html_text", "reorder_answers"}
    if platform == "miro":
        fake = MiroApp(clock=clock, sleep=clock.sleep, quirks=quirks)
        options = miro_options(fake, clock=clock)
    else:
        fake = MuralApp(clock=clock, sleep=clock.sleep, quirks=quirks)
        options = mural_options(fake, clock=clock)
    posts = lambda info: info.method == "POST"  # noqa: E731
    fake.faults = chain(
        matching(lambda i: i.path.endswith(("/items/bulk", "/sticky-note")), Fault("drop", after=True), times=2),
        random_faults(
            0.15,
            [Fault("status", 500, after=True), Fault("drop", after=True), Fault("status", 503)],
            seed=11,
            only=posts,
        ),
    )
    done = api.provision(groups=2, title="Team Noord", start="14:00", out=tmp_path, backend=platform, options=options)
    m = load_manifest(done.manifest_path)
    plan = layout(wv, 2, title="Team Noord", start="14:00")
    assert done.report.reused > 0
    if platform == "miro":
        assert_miro_exactly_once(fake, plan, m)
    else:
        (mid,) = fake.murals
        ids = [m.id_of(i.key) for i in plan.items]
        assert len(set(ids)) == len(ids) == len(fake.widgets[mid])
        for item in plan.items:
            got = fake.abs_rect(mid, m.id_of(item.key))
            assert abs(got.x - item.rect.x) < 1 and abs(got.y - item.rect.y) < 1, item.key


def test_mural_group_links_are_printed_with_a_word_that_they_are_unconfirmed(tmp_path):
    from typer.testing import CliRunner

    from fakes.harness import MURAL_URL, mural_options
    from werkbord import api, cli

    clock = FakeClock()
    fake = MuralApp(clock=clock, sleep=clock.sleep)
    serve(fake, MURAL_URL)
    done = api.provision(
        groups=2, title="Team Noord", out=tmp_path, backend="mural", options=mural_options(clock=clock)
    )
    assert done.links.note and "does not document" in done.links.note
    result = CliRunner().invoke(cli.app, ["links", str(done.manifest_path)])
    assert result.exit_code == 0, result.output
    assert "?wid=" in result.output and "niet documenteert" in result.output  # a Dutch session
