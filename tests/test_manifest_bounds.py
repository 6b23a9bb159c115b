"""A manifest's numbers keep their bounds: a damaged or edited file is refused in one line, never
read into a board where a group gets no notes or a step no prompts."""

from __future__ import annotations

import copy
import json

import pytest

from werkbord import api
from werkbord.errors import ManifestError
from werkbord.manifest import load_manifest


@pytest.fixture(scope="module")
def provisioned(tmp_path_factory) -> dict:
    done = api.provision(groups=2, title="Team Noord", out=tmp_path_factory.mktemp("grenzen"))
    return json.loads(done.manifest_path.read_text(encoding="utf-8"))


def _set(data: dict, where: str, value) -> dict:
    data = copy.deepcopy(data)
    *path, last = where.split(".")
    node = data
    for part in path:
        node = node[int(part)] if part.isdigit() else node[part]
    node[int(last) if last.isdigit() else last] = value
    return data


# (field, the last value allowed, the first value refused)
BOUNDS = [
    ("groups.0.frame.w", 0, -1),
    ("groups.0.regions.0.rect.h", 0, -0.5),
    ("participants", 1, 0),
    ("groups.0.regions.0.step", 1, 0),
    ("groups.0.index", 1, 0),
]


@pytest.mark.parametrize(("field", "edge", "beyond"), BOUNDS, ids=[b[0] for b in BOUNDS])
def test_a_manifest_number_beyond_its_bound_is_refused_in_one_line(tmp_path, provisioned, field, edge, beyond):
    path = tmp_path / "sessie.werkbord.json"
    path.write_text(json.dumps(_set(provisioned, field, edge)), encoding="utf-8")
    load_manifest(path)  # the bound itself is allowed
    path.write_text(json.dumps(_set(provisioned, field, beyond)), encoding="utf-8")
    with pytest.raises(ManifestError) as e:
        load_manifest(path)
    assert "the manifest is damaged" in str(e.value) and "\n" not in str(e.value)
    assert field.split(".")[-1] in str(e.value)  # says which number


def test_every_manifest_has_lists_and_dicts_of_its_own():
    # Defaults are written as values ({} and []), which pydantic copies for every model: one
    # session's items must never appear in another's.
    from werkbord.manifest import CreatedItem, FollowUpM, Manifest

    def bare(name: str) -> Manifest:
        return Manifest(
            name=name,
            backend="excalidraw",
            template={"name": "t", "version": "1", "lang": "nl"},
            title="",
            participants=1,
            created_at="",
            groups=[],
        )

    a, b = bare("a"), bare("b")
    a.items["k"] = CreatedItem(id="1", kind="frame", role="group_frame")
    assert b.items == {} and bare("c").items == {}
    c, d = CreatedItem(id="1", kind="frame", role="group_frame"), CreatedItem(id="2", kind="frame", role="group_frame")
    c.meta["x"] = "y"
    assert d.meta == {}
    e, f = FollowUpM(), FollowUpM()
    e.previous.append("x"), e.actions.append({}), e.placements.append(None)  # type: ignore[arg-type]
    assert (f.previous, f.actions, f.placements) == ([], [], [])


def test_a_recorded_item_holds_its_own_meta_and_the_plan_s_words():
    # record() hands the plan item's enum members and meta to validation as they are: the
    # manifest's record must still be a copy (the plan item is frozen, and shared).
    from werkbord.layout import layout
    from werkbord.manifest import Manifest
    from werkbord.plan import Kind, Role
    from werkbord.template import load_template

    plan = layout(load_template("terugval", "nl"), 1, title="T")
    item = next(i for i in plan.items if i.meta)
    before = dict(item.meta)
    manifest = Manifest.from_plan(plan, name="t", backend="excalidraw")
    manifest.record(item, "id-1")
    created = manifest.items[item.key]
    created.meta["extra"] = "x"
    assert item.meta == before and created.meta is not item.meta
    assert type(created.kind) is Kind and type(created.role) is Role
    dumped = manifest.to_json()["items"][item.key]
    assert dumped["kind"] == str(item.kind) and dumped["role"] == str(item.role)
