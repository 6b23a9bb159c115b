"""Actions as data (issue #23 item 1): stable ids, the session's date and care team."""

from __future__ import annotations

import json
from datetime import date

import pytest

from werkbord import api
from werkbord.actions.model import Action, action_id, actions_of
from werkbord.errors import UsageError
from werkbord.harvest.model import Harvest
from werkbord.sessiondate import session_date, split_start


def test_action_id_is_stable_and_depends_on_session_and_note():
    a = action_id("team-noord@2026-12-01T10:00:00+00:00", "g1.s3.form.1")
    assert a == action_id("team-noord@2026-12-01T10:00:00+00:00", "g1.s3.form.1")
    assert a.startswith("a-") and len(a) == 10 and int(a[2:], 16) >= 0
    assert a != action_id("team-noord@2026-12-08T10:00:00+00:00", "g1.s3.form.1")
    assert a != action_id("team-noord@2026-12-01T10:00:00+00:00", "g1.s3.form.2")


def test_an_action_round_trips_json():
    a = Action(
        id="a-12345678",
        session="s",
        session_id="s@x",
        group=2,
        party="Huisarts",
        party_key="huisarts",
        action="bellen",
        owner="Anna",
        due=date(2026, 12, 18),
        due_text="vrijdag over een week",
        expected_effect="sneller",
        status="bezig",
        note="loopt",
        note_id="n1",
    )
    assert Action.model_validate_json(a.model_dump_json()) == a


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("14:00", (None, "14:00")),
        ("2026-12-10 14:00", (date(2026, 12, 10), "14:00")),
        ("2026-12-10T14:00", (date(2026, 12, 10), "14:00")),
        ("10-12-2026 14:00", (date(2026, 12, 10), "14:00")),
        ("2026-12-10", (date(2026, 12, 10), None)),
        (None, (None, None)),
    ],
)
def test_a_date_in_start_is_split_off(start, expected):
    assert split_start(start) == expected


def test_date_and_start_must_agree_and_default_to_today():
    assert session_date("2026-12-10", "14:00") == (date(2026, 12, 10), "14:00")
    assert session_date(None, None, today=date(2026, 1, 2)) == (date(2026, 1, 2), None)
    with pytest.raises(UsageError):
        session_date("2026-12-11", "2026-12-10 14:00")
    with pytest.raises(UsageError, match="31-02"):
        session_date("31-02-2026", None)


def test_provision_stores_date_and_care_team_and_harvest_carries_them(tmp_path):
    done = api.provision(groups=1, title="Team Noord", start="2026-12-10 14:00", out=tmp_path)
    m = json.loads(done.manifest_path.read_text())
    assert m["session_date"] == "2026-12-10" and m["start"] == "14:00"
    assert m["care_team"] == "Team Noord"  # default: the title
    h = api.harvest(done.manifest_path, scrub=False)
    assert h.session_date == date(2026, 12, 10) and h.care_team == "Team Noord"
    other = api.provision(groups=1, title="Sessie 2", date="2027-01-14", care_team="FACT Noord", out=tmp_path)
    m2 = json.loads(other.manifest_path.read_text())
    assert (m2["session_date"], m2["care_team"]) == ("2027-01-14", "FACT Noord")


def test_older_files_without_date_or_team_still_load(tmp_path):
    done = api.provision(groups=1, title="Oud", out=tmp_path)
    h = api.harvest(done.manifest_path, scrub=False)
    data = h.model_dump(mode="json", by_alias=True)
    del data["session_date"], data["care_team"]
    old = Harvest.model_validate(data)
    assert old.session_date is None and old.care_team is None
    m = json.loads(done.manifest_path.read_text())
    del m["session_date"], m["care_team"]
    done.manifest_path.write_text(json.dumps(m))
    assert api.harvest(done.manifest_path, scrub=False).session_date is None


def test_actions_of_a_harvest_in_group_order(tmp_path, wv):
    from scenario import session_ops
    from test_e2e_excalidraw import play
    from werkbord.layout import layout

    done = api.provision(groups=4, title="Team Noord", date="2026-12-10", out=tmp_path)
    scene_path = tmp_path / "team-noord.excalidraw"
    scene = json.loads(scene_path.read_text())
    play(scene, json.loads(done.manifest_path.read_text()), session_ops(layout(wv, 4, title="Team Noord")))
    scene_path.write_text(json.dumps(scene))
    h = api.harvest(done.manifest_path, scrub=False)
    acts = actions_of(h)
    assert len(acts) == sum(len(g.micro_actions) for g in h.groups) >= 3
    assert [a.group for a in acts] == sorted(a.group for a in acts)
    first = acts[0]
    assert (first.party, first.action, first.owner, first.due_text) == (
        "Huisarts",
        "Signaleringsplan delen",
        "Anna",
        "vrijdag",
    )
    assert first.due == date(2026, 12, 11)  # "vrijdag" after a Thursday session
    assert first.id == action_id(h.session_id, first.note_id) and first.status == "open"
    assert len({a.id for a in acts}) == len(acts)


def test_the_actions_data_depends_on_the_harvest_alone():
    # The report shows actions (ids, due dates, statuses), so this part sits below it; the rest of
    # the follow-up layer may use the report, never the boards.
    from test_layering import SRC, _imports

    data = ("model", "due", "words", "text")
    for p in sorted((SRC / "actions").glob("*.py")):
        found = _imports(p, "werkbord.actions")
        assert not {m for m in found if m.startswith("werkbord.board")}, p.name
        if p.stem in data:
            above = {m for m in found if m.startswith(("werkbord.report", "werkbord.api", "werkbord.cli"))}
            assert not above, (p.name, above)
    for p in sorted((SRC / "report").glob("*.py")):
        used = {m for m in _imports(p, "werkbord.report") if m.startswith("werkbord.actions.")}
        assert {m.split(".")[2] for m in used} <= set(data), (p.name, used)


def test_the_report_shows_the_session_day_not_the_provisioning_day():
    from test_report_data import team_noord
    from werkbord.report.labels import Labels
    from werkbord.report.view import session_line

    h = team_noord().model_copy(update={"session_created_at": "2026-12-07T09:00:00+00:00"})
    assert "07-12-2026" in session_line(h, Labels(h.context))  # an older harvest: the day it was made
    h = h.model_copy(update={"session_date": date(2026, 12, 10)})
    line = session_line(h, Labels(h.context))
    assert "10-12-2026" in line and "07-12-2026" not in line
