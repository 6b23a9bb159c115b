"""Fault tolerance of the Miro and Mural backends against the fake servers (tests/fakes).

* provisioning under ~10% injected 500s (some *after* the effect: the answer is lost), dropped
  connections and a 429 storm creates every plan item exactly once;
* a run killed half-way (every connection dropped until it gives up) and run again with the
  same session folder finishes the board with no duplicate and no missing item;
* harvest under the same faults gives the same harvest as without.

Time is a FakeClock shared by the fake and the backend: backoff, Retry-After and the rate
windows all pass instantly, so these tests never sleep for real.
"""

from __future__ import annotations

from collections import Counter

import pytest

from fakes import FakeClock, Fault, at_requests, chain, matching, random_faults, storm
from fakes.harness import ids_of, miro_options, mural_options
from fakes.miro_app import MiroApp
from fakes.mural_app import MuralApp
from scenario import session_ops
from werkbord import api
from werkbord.errors import BoardError
from werkbord.layout import layout
from werkbord.manifest import load_manifest

GROUPS = 2  # enough for every kind of item and two groups; small enough to stay fast
KW = dict(groups=GROUPS, title="Team Noord", start="14:00")

# The faults of a bad day: 500 before the work, 500 after it (answer lost), a dropped
# connection after the work, a 503 (documented as "not processed").
BAD_DAY = [
    Fault("status", 500),
    Fault("status", 500, after=True),
    Fault("drop", after=True),
    Fault("status", 503),
]


def make(platform: str, clock: FakeClock):
    if platform == "miro":
        app = MiroApp(clock=clock, sleep=clock.sleep)
        return app, miro_options(app, clock=clock)
    app = MuralApp(clock=clock, sleep=clock.sleep)
    return app, mural_options(app, clock=clock)


def board_ids(app, board_id: str) -> list[str]:
    if isinstance(app, MiroApp):
        return list(app.items[board_id])
    return list(app.widgets[board_id])


def assert_exactly_once(app, manifest, plan) -> None:
    """Each plan key once on the board, each board item a plan key's, nothing extra."""
    assert sorted(manifest.items) == sorted(i.key for i in plan.items), "plan keys missing from the manifest"
    ids = [manifest.items[i.key].id for i in plan.items]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"two plan keys share an item: {dupes}"
    on_board = board_ids(app, manifest.board.id)
    extra = set(on_board) - set(ids)
    assert not extra, f"{len(extra)} items on the board that the manifest does not know (duplicates)"
    assert len(on_board) == len(plan.items)
    if isinstance(app, MiroApp):  # and each where the plan put it (a wrong adoption would not be)
        for item in plan.items:
            got = app.abs_rect(manifest.board.id, manifest.items[item.key].id)
            assert abs(got.center.x - item.rect.center.x) < 1 and abs(got.center.y - item.rect.center.y) < 1


def faults_seen(app) -> Counter:
    return Counter(a[2] for a in app.answers)


@pytest.fixture(scope="module")
def plan(wv):
    return layout(wv, GROUPS, title="Team Noord", start="14:00")


@pytest.mark.parametrize("platform", ["miro", "mural"])
def test_provisioning_under_faults_creates_each_item_once(platform, plan, tmp_path):
    clock = FakeClock()
    app, options = make(platform, clock)
    posts = lambda info: info.method == "POST"  # noqa: E731 - the requests that change the board
    app.faults = chain(
        # A storm mid-run (the board exists by then). werkbord's budget holds every request
        # back behind the one that met the storm, so that one request absorbs the storm's
        # answers; it gives up after 8 attempts (see the report: a longer storm kills the run).
        storm(start=6, length=4, retry_after=2),
        # One batch of notes surely loses its answer after being created (a dropped connection).
        matching(lambda info: info.path.endswith(("/items/bulk", "/sticky-note")), Fault("drop", after=True), times=1),
        random_faults(0.10, BAD_DAY, seed=7, only=posts),
        # Reads fail too (rechecks, listings), at the same rate.
        random_faults(0.10, Fault("status", 500), seed=8, only=lambda info: not posts(info)),
    )
    done = api.provision(**KW, out=tmp_path, backend=platform, options=options)
    assert_exactly_once(app, load_manifest(done.manifest_path), plan)
    seen = faults_seen(app)
    # The faults really happened, including lost answers to work that was done.
    assert seen[429] >= 4 and seen[500] >= 2 and seen["drop"] >= 1, seen
    lost = [a for a, info in zip(app.answers, app.log, strict=True) if info.method == "POST" and a[2] in (500, "drop")]
    assert lost, "no create lost its answer: the exactly-once path was not exercised"
    assert clock.slept > 0  # it waited (Retry-After, backoff) — on the fake clock


@pytest.mark.parametrize("platform", ["miro", "mural"])
def test_killed_half_way_then_run_again(platform, plan, tmp_path):
    # How many requests a clean run takes, to kill the real one half-way through.
    clean_clock = FakeClock()
    clean, clean_opts = make(platform, clean_clock)
    api.provision(**KW, out=tmp_path / "clean", backend=platform, options=clean_opts)
    half = clean.n // 2

    clock = FakeClock()
    app, options = make(platform, clock)
    # From request `half` on every connection drops; the first one after doing its work.
    app.faults = chain(
        matching(lambda info: info.n == half, Fault("drop", after=True)),
        matching(lambda info: info.n > half, Fault("drop")),
    )
    out = tmp_path / "sessie"
    with pytest.raises(BoardError) as err:
        api.provision(**KW, out=out, backend=platform, options=options)
    assert "run the same command again" in str(err.value) or "again" in (err.value.hint or "")
    first = next(out.glob("*.werkbord.json"))
    half_done = load_manifest(first)
    assert not half_done.complete and 0 < len(half_done.items) < len(plan.items)
    on_board = board_ids(app, half_done.board.id)
    assert len(on_board) > len(half_done.items) or app.log[half - 1].method != "POST", (
        "the killing request did work the manifest could not record: the re-run must adopt it"
    )

    app.faults = None  # the network is back
    done = api.provision(**KW, out=out, backend=platform, options=options)
    # What the first run left on the board without recording it is adopted, not created again;
    # what it recorded is neither; the rest is created now.
    assert done.report.reused == len(on_board) - len(half_done.items)
    assert done.report.created == len(plan.items) - len(on_board)
    assert_exactly_once(app, load_manifest(done.manifest_path), plan)
    assert load_manifest(done.manifest_path).complete


@pytest.mark.parametrize("platform", ["miro", "mural"])
def test_harvest_under_faults_is_the_same_harvest(platform, plan, tmp_path):
    clock = FakeClock()
    app, options = make(platform, clock)
    done = api.provision(**KW, out=tmp_path, backend=platform, options=options)
    manifest = load_manifest(done.manifest_path)
    app.play(manifest.board.id, ids_of(manifest), session_ops(plan))
    calm = api.harvest(done.manifest_path, scrub=False, options=options)

    app.reset_log()
    # A few pages only, so the faults are placed: a storm, then a 500, a dropped connection
    # and a 503 on the pages that follow (each retried request takes the next number).
    app.faults = chain(
        storm(start=2, length=4, retry_after=1),  # a listing is sequential: one request absorbs it
        at_requests({6}, Fault("status", 500)),
        at_requests({7}, Fault("drop")),
        at_requests({8}, Fault("status", 503)),
    )
    stormy = api.harvest(done.manifest_path, scrub=False, options=options)
    seen = faults_seen(app)
    assert seen[429] == 4 and seen[500] == 1 and seen["drop"] == 1 and seen[503] == 1, seen
    skip = {"harvested_at"}
    assert stormy.model_dump(exclude=skip) == calm.model_dump(exclude=skip)
    assert calm.groups[0].zones["A"], "the harvest is not empty: the comparison means something"


def test_miro_pacing_across_credit_windows(plan, tmp_path):
    # A credit budget far below the board's cost: werkbord must pace across several windows
    # (the fake refuses whatever does not fit) and still create everything exactly once.
    clock = FakeClock()
    app = MiroApp(clock=clock, sleep=clock.sleep, credit_limit=4_000)
    done = api.provision(**KW, out=tmp_path, backend="miro", options=miro_options(app, clock=clock))
    assert_exactly_once(app, load_manifest(done.manifest_path), plan)
    windows = app.credits_spent / 4_000
    assert clock.slept >= 60 * (int(windows) - 1), "finished faster than the rate limit allows"


def test_mural_user_rate_limit_is_respected(plan, tmp_path):
    # 25 requests per second per user: with no latency werkbord meets the limit; it must
    # come through the 429s (Retry-After) with every widget created once.
    clock = FakeClock()
    app = MuralApp(clock=clock, sleep=clock.sleep)
    done = api.provision(**KW, out=tmp_path, backend="mural", options=mural_options(app, clock=clock))
    assert_exactly_once(app, load_manifest(done.manifest_path), plan)
    assert clock.slept >= app.n / 25 - 1
