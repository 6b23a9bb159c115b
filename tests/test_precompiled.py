"""The rules' compiled patterns kept between processes (werkbord.privacy.precompiled): a pattern
from the file is the pattern compiled anew, only what a rule module compiles as it is imported
is kept, and a damaged file changes nothing but time."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import threading
from re import _compiler

import pytest

from werkbord.privacy import precompiled as pc

RULES = """
import re
WORDS = re.compile(r"(?i)\\b(?:huisarts|wijkteam|buurvrouw)\\b")
NAMED = re.compile(r"(?P<who>[A-Z][a-z]+) (?P<age>\\d{1,2})", re.MULTILINE)
"""


def _module(tmp_path, monkeypatch, name: str):
    (tmp_path / f"{name}.py").write_text(RULES, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)


def _table(folder, name: str) -> dict:
    return marshal.loads((folder / pc.file_name(name)).read_bytes())


def _import_fresh(name: str):
    sys.modules.pop(name, None)
    re.purge()  # (re's own cache would answer before any compiler)
    return __import__(name)


def test_a_second_import_takes_its_patterns_from_the_file(tmp_path, monkeypatch):
    _module(tmp_path, monkeypatch, "rules_one")
    cache = tmp_path / "cache"
    cache.mkdir()
    with pc.precompiled(cache, "one"):
        first = _import_fresh("rules_one")
    assert len(_table(cache, "one")) == 2

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled anew")

    monkeypatch.setattr(_compiler, "_code", no_compiling)
    with pc.precompiled(cache, "one"):
        again = _import_fresh("rules_one")
    monkeypatch.undo()
    assert again.WORDS == first.WORDS and again.NAMED == first.NAMED
    assert again.NAMED.groupindex == {"who": 1, "age": 2}
    assert again.NAMED.match("Anouk 16").group("age") == "16"
    assert again.WORDS.search("de HUISARTS belt").group() == "HUISARTS"


def test_what_is_compiled_after_the_import_or_in_another_thread_is_not_kept(tmp_path, monkeypatch):
    _module(tmp_path, monkeypatch, "rules_two")
    cache = tmp_path / "cache"
    cache.mkdir()
    note = "Tsegay Werkbordtest"
    with pc.precompiled(cache, "two"):
        _import_fresh("rules_two")
        beside = threading.Thread(target=lambda: re.compile(re.escape(note) + "(?#thread)"))
        beside.start()
        beside.join()
    re.compile(re.escape(note))  # as a rule would at run time, with a note's words
    kept = _table(cache, "two")
    assert len(kept) == 2
    assert not any("Tsegay" in pattern for pattern, _flags in kept)
    assert "Tsegay" not in (cache / pc.file_name("two")).read_bytes().decode("latin-1")


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", marshal.dumps([1, 2, 3])])
def test_a_damaged_file_changes_nothing_but_time(tmp_path, monkeypatch, damage):
    _module(tmp_path, monkeypatch, "rules_three")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / pc.file_name("three")).write_bytes(damage)
    with pc.precompiled(cache, "three"):
        module = _import_fresh("rules_three")
    assert module.NAMED.match("Anouk 16").group("who") == "Anouk"
    assert len(_table(cache, "three")) == 2  # written anew


def test_wrong_code_in_the_file_is_compiled_anew(tmp_path, monkeypatch):
    _module(tmp_path, monkeypatch, "rules_four")
    cache = tmp_path / "cache"
    cache.mkdir()
    with pc.precompiled(cache, "four"):
        first = _import_fresh("rules_four")
    table = _table(cache, "four")
    table = {key: (flags, [999999, *code], *rest) for key, (flags, code, *rest) in table.items()}
    (cache / pc.file_name("four")).write_bytes(marshal.dumps(table))
    with pc.precompiled(cache, "four"):
        again = _import_fresh("rules_four")
    assert again.WORDS == first.WORDS and again.NAMED == first.NAMED


def test_every_rule_pattern_from_the_file_equals_the_pattern_compiled_anew(tmp_path):
    """The engine's own import, in a fresh process, kept in the file; each entry made by the C
    engine from the file equals the same pattern compiled by re."""
    script = (
        "import sys; from pathlib import Path; from werkbord.privacy.precompiled import precompiled\n"
        "with precompiled(Path(sys.argv[1]), 'engine'):\n"
        "    import werkbord.privacy.engine\n"
    )
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True)
    table = _table(tmp_path, "engine")
    assert len(table) > 300
    for (pattern, flags), args in table.items():
        assert _compiler._sre.compile(pattern, *args) == _compiler.compile(pattern, flags), pattern[:80]


def test_the_rules_compile_the_same_patterns_in_every_process(tmp_path):
    """A pattern built from a set in its iteration order differs between processes (string
    hashing is seeded per process): each process would miss it in the file, compile it anew and
    rewrite the whole file. Two processes with different hash seeds find everything in the file
    the first one wrote, and leave it as it is."""
    script = (
        "import sys; from pathlib import Path; from werkbord.privacy.precompiled import precompiled\n"
        "with precompiled(Path(sys.argv[1]), 'engine'):\n"
        "    from werkbord.privacy.engine import build_first_use_patterns\n"
        "    build_first_use_patterns()\n"
    )
    path = tmp_path / pc.file_name("engine")
    written = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True, env=env)
        written.append((path.stat().st_mtime_ns, path.read_bytes()))
    assert written[1] == written[0] and written[2] == written[0], "a process rewrote the file"


def test_a_pattern_the_standard_library_compiles_meanwhile_is_not_kept(tmp_path):
    """``tokenize`` joins a set of string prefixes into its pattern, differently in every
    process: kept, it would rewrite the file at every harvest."""
    import tokenize

    tokenize._compile.cache_clear()
    with pc.precompiled(tmp_path, "stdlib"):
        re.purge()
        tokenize._compile(tokenize.PseudoToken)
        re.compile(r"(?#werkbord's own)\d+")
    kept = _table(tmp_path, "stdlib")
    assert list(kept) == [(r"(?#werkbord's own)\d+", 0)]


def test_a_harvest_keeps_no_note_and_no_word_of_the_teams_list_in_a_patterns_file(tmp_path):
    """A whole harvest (its two processes) with its own cache folder: every file of patterns it
    leaves holds the rules', the template's and deduce's patterns, never a note's words nor the
    team's privacy list (names), whose patterns are compiled too."""
    import json
    import os

    from werkbord import api
    from werkbord.manifest import load_manifest
    from werkbord.privacy import Scrubber
    from werkbord.privacy.cachefile import cache_file, default_cache_dir

    prepared = default_cache_dir()
    Scrubber([]).prepare()  # (the lists prepared once, as the other tests do)
    cache = tmp_path / "cache" / "werkbord" / "deduce"
    cache.mkdir(parents=True)
    for made in [cache_file(prepared), *prepared.glob("opentaal-*.txt")]:
        (cache / made.name).symlink_to(made)  # (read, or replaced by a file of its own: never written)
    done = api.provision(groups=1, title="Privacy", out=tmp_path / "board")
    manifest = load_manifest(done.manifest_path)
    regions = manifest.groups[0].geometry().regions
    notes = [
        "Tsegay Werkbordtest belde de huisarts op 3 maart",
        "Partij: huisarts\nMicro-actie: Bolderikus Kwastelmans bellen\nWie: Zwetsloot-Quirinus\nWanneer: 1 juni",
    ] * 300  # (many notes: a second process tags part of them)
    scene_path = tmp_path / "board" / manifest.board.path
    scene = json.loads(scene_path.read_text(encoding="utf-8"))
    for n, text in enumerate(notes):
        c = regions[n % len(regions)].rect.center
        scene["elements"].append(
            {
                "id": f"n{n}",
                "type": "text",
                "x": c.x,
                "y": c.y,
                "width": 180,
                "height": 120,
                "text": text + f" ({n})",
                "originalText": text,
                "isDeleted": False,
                "containerId": None,
                "fontSize": 20,
                "fontFamily": 5,
            }
        )
    scene_path.write_text(json.dumps(scene), encoding="utf-8")
    (tmp_path / "board" / "privacylijst.txt").write_text(
        "[behouden]\nZwetsloot-Quirinus\n[vervangen]\nKwastelmans\n", encoding="utf-8"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "werkbord", "harvest", str(done.manifest_path), "--out", str(tmp_path / "o")]
    for _ in range(2):
        subprocess.run(cmd, check=True, capture_output=True, env=env)
    files = sorted(cache.glob("patterns-*"))
    assert {f.name for f in files} >= {pc.file_name(n) for n in ("engine", "pipeline", "template", "protected")}
    for f in files:
        data = f.read_bytes().decode("latin-1").lower()
        for word in ("tsegay", "werkbordtest", "bolderikus", "kwastelmans", "zwetsloot", "quirinus"):
            assert word not in data, (f.name, word)
