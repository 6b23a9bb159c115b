"""The follow-up session on Miro and Mural (the fake servers in tests/fakes): provisioned from an
Excalidraw session's harvest, worked on, harvested: the same statuses and moves as on Excalidraw."""

from __future__ import annotations

import pytest

from fakes import FakeClock
from fakes.harness import ids_of, miro_options, mural_options
from fakes.miro_app import MiroApp
from fakes.mural_app import MuralApp
from test_followup_excalidraw import assert_follow_up_harvest, first_session, follow_up_ops
from werkbord import api
from werkbord.manifest import load_manifest


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    return first_session(tmp_path_factory.mktemp("first"))


@pytest.fixture(scope="module", params=["miro", "mural"])
def follow_up(request, first, tmp_path_factory):
    clock = FakeClock()
    if request.param == "miro":
        app = MiroApp(clock=clock, sleep=clock.sleep)
        options = miro_options(app, clock=clock)
    else:
        app = MuralApp(clock=clock, sleep=clock.sleep)
        options = mural_options(app, clock=clock)
    out = tmp_path_factory.mktemp(request.param)
    done = api.provision(follow_up=[first[2]], date="2026-03-30", out=out, backend=request.param, options=options)
    manifest = load_manifest(done.manifest_path)
    app.play(manifest.board.id, ids_of(manifest), follow_up_ops(manifest))
    return app, done, api.harvest(done.manifest_path, scrub=False, options=options)


def test_the_follow_up_board_is_the_plan(follow_up, wv):
    from werkbord.layout_followup import layout_follow_up

    app, done, _ = follow_up
    m = done.manifest
    plan = layout_follow_up(wv, m.follow_up.seed(), title=m.title)
    assert sorted(m.items) == sorted(i.key for i in plan.items)
    assert m.complete and len(m.groups) == 2
    # Every previous action has its sticky, recorded with the action's id.
    recorded = sorted(ref.meta["action_id"] for ref in m.items.values() if ref.role == "previous_action")
    assert recorded == sorted(a["id"] for a in m.follow_up.actions)
    if not app.validation_skipped:
        assert not [a for a in app.answers if a[2] == 400], "the backend sent a body the spec rejects"


def test_the_follow_up_harvest_is_the_same_as_on_excalidraw(follow_up, first):
    assert_follow_up_harvest(follow_up[2], first[1])
