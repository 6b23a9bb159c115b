"""A validated template kept in the user's cache (werkbord.modelcache): had again without
yaml or pydantic's validators, equal to a validated one, and safe to lose or damage."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from werkbord import modelcache, template
from werkbord.errors import TemplateError
from werkbord.template import Werkvorm, load_template, parse_template

TEMPLATE = Path(__file__).resolve().parents[1] / "templates" / "terugval.yaml"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(modelcache, "cache_dir", lambda kind: folder / kind)
    return folder / "templates"


def _validated(lang: str, path: Path = TEMPLATE) -> Werkvorm:
    import yaml

    return parse_template(yaml.safe_load(path.read_text(encoding="utf-8")), lang)


def _state(value):
    """Everything pickle would keep of a model tree, to compare two of them exactly."""
    if isinstance(value, BaseModel):
        return (type(value), {k: _state(v) for k, v in value.__dict__.items()}, value.model_fields_set)
    if isinstance(value, list):
        return [_state(v) for v in value]
    if isinstance(value, dict):
        return {k: _state(v) for k, v in value.items()}
    return (type(value), value)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_cached_template_is_the_validated_one(cache, lang):
    first = load_template("terugval", lang)  # validated, then stored
    assert len(list(cache.glob("*.json"))) == 1
    again = load_template("terugval", lang)  # restored from the cache
    expected = _validated(lang)
    assert again == expected and first == expected
    assert _state(again) == _state(expected)  # classes, values and the fields each model was given
    # What the board and the paper kit ask of it works on the restored copy.
    assert again.on_paper() == expected.on_paper()
    assert again.step2.zones["A"].label == expected.step2.zones["A"].label


def test_a_command_with_a_cached_template_reads_no_yaml_and_builds_no_validators(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from werkbord import modelcache\n"
        f"modelcache.cache_dir = lambda kind: Path({str(tmp_path)!r}) / kind\n"
        "from werkbord.template import Werkvorm, load_template\n"
        "wv = load_template('terugval', 'nl')\n"
        "print('YAML', 'yaml' in sys.modules, 'BUILT', Werkvorm.__pydantic_complete__)\n"
        "print(wv.model_dump_json())\n"
    )
    first = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert first.stdout.startswith("YAML True BUILT True\n"), first.stdout + first.stderr
    second = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert second.stdout.startswith("YAML False BUILT False\n"), second.stdout + second.stderr
    assert first.stdout.splitlines()[1] == second.stdout.splitlines()[1]  # the same werkvorm


def _the_file(cache: Path) -> Path:
    (path,) = cache.glob("*.json")
    return path


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b.replace(b'"lang":"en"', b'"lang":"nl"', 1),  # valid JSON, another value, the old digest
        lambda b: b"",
        lambda b: b"\xff\xfe" + b,
    ],
)
def test_a_damaged_cache_file_is_ignored_and_written_again(cache, damage):
    expected = load_template("terugval", "en")
    path = _the_file(cache)
    good = path.read_bytes()
    path.write_bytes(damage(good))
    assert load_template("terugval", "en") == expected
    assert path.read_bytes() == good


def test_a_cache_file_that_checks_out_but_names_an_unknown_model_is_ignored(cache):
    expected = load_template("terugval", "nl")
    path = _the_file(cache)
    head, _sep, body = path.read_bytes().partition(b"\n")
    data = json.loads(body)
    data["model"] = "Os"  # not a model of a werkvorm
    body = json.dumps(data).encode()
    path.write_bytes(modelcache.MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    assert load_template("terugval", "nl") == expected


def test_an_edited_template_is_validated_again_and_a_broken_edit_still_fails(cache, tmp_path):
    own = tmp_path / "eigen.yaml"
    text = TEMPLATE.read_text(encoding="utf-8")
    own.write_text(text, encoding="utf-8")
    load_template(own, "nl")
    own.write_text(text.replace("name: terugval", "name: eigen"), encoding="utf-8")
    assert load_template(own, "nl").name == "eigen"
    own.write_text(text.replace("name: terugval", "name: Niet Geldig"), encoding="utf-8")
    with pytest.raises(TemplateError, match="name"):
        load_template(own, "nl")
    assert len(list(cache.glob("*.json"))) == 2  # only what validated was kept


def test_a_new_werkbord_does_not_take_an_older_ones_cache(cache, monkeypatch):
    load_template("terugval", "nl")
    before = _the_file(cache).name
    template._code_digest.cache_clear()
    monkeypatch.setattr(template, "_CODE", (*template._CODE, "errors.py"))  # as if the models changed
    try:
        load_template("terugval", "nl")
        assert {p.name for p in cache.glob("*.json")} - {before}
    finally:
        template._code_digest.cache_clear()


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(modelcache, "cache_dir", lambda kind: blocked / kind)
    assert load_template("terugval", "nl") == _validated("nl")
    assert blocked.read_text() == "not a folder"


def test_the_cache_keeps_the_newest_files_only(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(modelcache, "KEEP", 2)
    text = TEMPLATE.read_text(encoding="utf-8")
    for n in range(4):
        own = tmp_path / f"t{n}.yaml"
        own.write_text(text + f"\n# edit {n}\n", encoding="utf-8")
        load_template(own, "nl")
        for p in cache.glob("*.json"):  # each older than the next one written
            os.utime(p, (p.stat().st_mtime - 10, p.stat().st_mtime - 10))
    assert len(list(cache.glob("*.json"))) == 2
    assert template._cache_key(own.read_text(encoding="utf-8"), "nl") + ".json" in {p.name for p in cache.iterdir()}


def test_a_value_json_would_change_is_not_cached(tmp_path):
    from pydantic import BaseModel

    class Odd(BaseModel):
        when: tuple[int, int]

    assert not modelcache.write(tmp_path, "k", Odd(when=(1, 2)), {"Odd": Odd})
    assert not list(tmp_path.iterdir())
