"""Provision → participants → harvest → report on Miro and Mural, against the fake servers
(tests/fakes), with the scripted session of scenario.py: the same harvest as on Excalidraw
(test_e2e_excalidraw.py), whatever the platform's coordinate conventions."""

from __future__ import annotations

import pytest

from fakes import FakeClock
from fakes.harness import ids_of, miro_options, mural_options
from fakes.miro_app import MiroApp
from fakes.mural_app import MuralApp
from scenario import assert_scripted_harvest, session_ops
from werkbord import api
from werkbord.layout import layout
from werkbord.manifest import load_manifest
from werkbord.report import render_reports

PLATFORMS = ["miro", "miro-group-frame-only", "mural"]


def _setup(platform: str):
    clock = FakeClock()
    if platform.startswith("miro"):
        app = MiroApp(clock=clock, sleep=clock.sleep)
        return app, clock, miro_options(app, clock=clock), "miro"
    app = MuralApp(clock=clock, sleep=clock.sleep)
    return app, clock, mural_options(app, clock=clock), "mural"


@pytest.fixture(scope="module", params=PLATFORMS)
def session(request, tmp_path_factory, wv):
    platform = request.param
    app, clock, options, backend = _setup(platform)
    out = tmp_path_factory.mktemp(platform)
    done = api.provision(groups=4, title="Team Noord", start="14:00", out=out, backend=backend, options=options)
    plan = layout(wv, 4, title="Team Noord", start="14:00")
    manifest = load_manifest(done.manifest_path)
    ops = session_ops(plan)
    if backend == "miro":
        # Miro frames do not nest: a facilitator drags the group frame with its step frames
        # (a selection), or only the group frame; classify must give the same harvest for both.
        app.play(manifest.board.id, ids_of(manifest), ops, selection=platform == "miro")
    else:
        app.play(manifest.board.id, ids_of(manifest), ops)
    harvested = api.harvest(done.manifest_path, scrub=False, options=options)
    return platform, app, done, harvested


def test_provisioned_board_is_the_plan(session, wv):
    platform, app, done, _ = session
    plan = layout(wv, 4, title="Team Noord", start="14:00")
    assert sorted(done.manifest.items) == sorted(i.key for i in plan.items)
    assert done.manifest.complete and done.links is not None and len(done.links.groups) == 4


def test_the_scripted_session_gives_the_same_harvest_as_on_excalidraw(session):
    assert_scripted_harvest(session[3])


def test_report_renders_the_harvest(session, tmp_path):
    _, _, _, harvested = session
    paths = render_reports([harvested], tmp_path, ["md", "csv"])
    md = next(p for p in paths if p.suffix == ".md").read_text(encoding="utf-8")
    csv = next(p for p in paths if p.suffix == ".csv").read_text(encoding="utf-8")
    assert "Ervaringsdeskundige" in md and "Vergeten notitie" in csv


def test_every_request_body_was_validated(session):
    # The fake validates against the OpenAPI documents when they are there; say so when not.
    _, app, _, _ = session
    if app.validation_skipped:
        pytest.skip(app.validation_skipped)
    assert app.validate and app.count() > 10
    assert not [a for a in app.answers if a[2] == 400], "the backend sent a body the spec rejects"
