"""A harvested board whose step-3 stickies are micro-action forms in unusual layouts (a "|" table,
"/ wie: / wnr:" on one line, one label for three values, a dictated form, English labels): each
becomes a micro-action with its owner and deadline, and the pseudonymiser keeps the roles under
"Wie" and the planned dates under "Wanneer" while the names under "Wie" go (issue #22)."""

from __future__ import annotations

import json

import pytest

from scenario import Op
from test_e2e_excalidraw import play
from werkbord import api
from werkbord.geometry import Point
from werkbord.layout import layout

NOTES = {
    "n-table": "Partij | Actie | Wie | Wanneer\nbuurvrouw | sleutelkastje regelen | PB'er | vr 8/3",
    "n-slash": "→ huisarts: recept verlengen / wie: Maartje / wnr: di 12/1",
    "n-combined": "Wie/Wat/Wanneer: regiebehandelaar / crisiskaart bespreken / wk 51",
    "n-dictated": "partij zus micro actie zus uitnodigen verwacht effect steun wie tim en de spv wanneer over 2 weken",
    "n-english": "Who: EVV'er\nWhen: do 14/1\nWhat: call the sister",
}


@pytest.fixture(scope="module")
def harvest(tmp_path_factory, wv):
    from werkbord.privacy import deduce_available

    assert deduce_available(), "deduce is a dependency of werkbord: install it rather than skip this test"
    out = tmp_path_factory.mktemp("layouts")
    done = api.provision(groups=1, title="Vormen", out=out)
    scene_path = out / "vormen.excalidraw"
    scene = json.loads(scene_path.read_text())
    manifest = json.loads(done.manifest_path.read_text())
    s3 = layout(wv, 1, title="Vormen").groups[0].step_frames[3]
    ops = [
        Op("add", text=text, to=Point(s3.x + 120 + 150 * i, s3.bottom - 80), new_id=note_id)
        for i, (note_id, text) in enumerate(NOTES.items())
    ]
    play(scene, manifest, ops)
    scene_path.write_text(json.dumps(scene))
    return api.harvest(done.manifest_path)


def _action(h, note_id: str):
    return next(a for a in h.groups[0].micro_actions if a.note_id == note_id)


@pytest.mark.parametrize(
    ("note_id", "owner", "deadline"),
    [
        ("n-table", "PB'er", "vr 8/3"),
        ("n-slash", "[PERSOON-1]", "di 12/1"),
        ("n-combined", "regiebehandelaar", "wk 51"),
        ("n-dictated", "[PERSOON-1] en de spv", "over 2 weken"),
        ("n-english", "EVV'er", "do 14/1"),
    ],
)
def test_each_layout_gives_an_owner_and_a_deadline_kept_or_replaced_by_field(harvest, note_id, owner, deadline):
    action = _action(harvest, note_id)
    assert action.structured
    assert action.owner == owner
    assert action.deadline == deadline
    assert deadline in action.text  # the form as written tells the same story
    for name in ("Maartje", "tim"):
        assert name not in action.text.split()
