"""A team's own werkvorm: copy, edit, check, provision and harvest it; the schema editors use."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from scenario import Op, ring_point
from test_e2e_excalidraw import play
from werkbord import api
from werkbord.cli import app
from werkbord.layout import layout
from werkbord.template import builtin_templates, load_template
from werkbord.template_tools import schema_path, template_json_schema

runner = CliRunner()

VEILIG_THUIS = """parties:
  - key: veilig_thuis
    label: {nl: "Veilig Thuis", en: "Safe at Home"}
    sector: sociaal
    aliases: ["VT", "advies- en meldpunt"]
"""


def test_shipped_schema_is_current_and_accepts_the_builtin_templates():
    shipped = json.loads(schema_path().read_text(encoding="utf-8"))
    assert shipped == template_json_schema(), "regenerate: python -m werkbord.template_tools"
    for path in builtin_templates().values():
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), shipped)


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d["parties"][0].update(sector=5),  # wrong type
        lambda d: d["parties"][0].update(colour="red"),  # a field the loader does not know
        lambda d: d["sectors"][0].update(color="mauve"),  # not a palette colour
        lambda d: d.pop("labels"),  # a required section
    ],
)
def test_schema_rejects_what_the_loader_rejects(break_it, tmp_path):
    data = yaml.safe_load(builtin_templates()["terugval"].read_text(encoding="utf-8"))
    break_it(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, template_json_schema())
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    r = runner.invoke(app, ["templates", "check", str(path)])
    assert r.exit_code != 0


def test_copy_edit_check_provision_and_harvest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["templates", "copy", "terugval", "jeugd-team.yaml"])
    assert r.exit_code == 0, r.output
    copy = tmp_path / "jeugd-team.yaml"
    text = copy.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=") and "\nname: jeugd-team\n" in text
    # A second copy over it is refused (nothing lost), --force allows it.
    assert runner.invoke(app, ["templates", "copy", "terugval", "jeugd-team.yaml"]).exit_code != 0
    assert copy.read_text(encoding="utf-8") == text

    # The youth team's edit: one party more (no survey bucket), one title changed.
    text = text.replace("parties:\n", VEILIG_THUIS, 1)
    text = text.replace('title: {nl: "Samenwerken rond terugval"', 'title: {nl: "Samen rond terugval (jeugd)"', 1)
    copy.write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["templates", "check", "jeugd-team.yaml"])
    assert r.exit_code == 0, r.output
    assert "Samen rond terugval (jeugd) (nl, en)" in r.output and "21 parties" in r.output
    assert "Veilig Thuis" in r.output.split("Without a survey bucket")[1]

    monkeypatch.setattr(api, "privacy_prepared", lambda: True)
    r = runner.invoke(
        app, ["provision", "--groups", "1", "--title", "Jeugd", "--template", "jeugd-team.yaml", "--out", "sessie"]
    )
    assert r.exit_code == 0, r.output
    wv = load_template(copy, "nl")
    plan = layout(wv, 1, title="Jeugd")
    assert any(i.text == "Veilig Thuis" for i in plan.items)
    scene_path = tmp_path / "sessie" / "jeugd.excalidraw"
    manifest_path = tmp_path / "sessie" / "jeugd.werkbord.json"
    scene, manifest = json.loads(scene_path.read_text()), json.loads(manifest_path.read_text())
    play(scene, manifest, [Op("move", "g1.s2.party.veilig_thuis", to=ring_point(plan, 1, "C", 40))])
    scene_path.write_text(json.dumps(scene))
    h = api.harvest(manifest_path, scrub=False)  # finds the template through the manifest
    assert [p.name for p in h.groups[0].zones["C"]] == ["Veilig Thuis"]


def test_check_names_the_field_of_the_first_problem(tmp_path):
    text = builtin_templates()["terugval"].read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("sector: naasten\n", "sector: buren\n", 1), encoding="utf-8")
    r = runner.invoke(app, ["templates", "check", str(bad)])
    assert r.exit_code != 0
    assert "unknown sector 'buren'" in str(r.exception) or "unknown sector 'buren'" in r.output


def test_copy_wants_a_yaml_name(tmp_path):
    r = runner.invoke(app, ["templates", "copy", "terugval", str(tmp_path / "team.txt")])
    assert r.exit_code != 0 and not (tmp_path / "team.txt").exists()


def test_language_codes_ignore_case(tmp_path):
    assert load_template("terugval", "NL").lang == "nl" and load_template("terugval", " En ").lang == "en"
    r = runner.invoke(
        app, ["provision", "--groups", "1", "--title", "X", "--lang", "EN", "--out", str(tmp_path), "--dry-run"]
    )
    assert r.exit_code == 0, r.output
