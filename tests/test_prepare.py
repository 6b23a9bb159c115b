"""Preparing de-identification once: the fast build gives deduce's answers, and runs once at a time.

The fast build replaces three steps of deduce's own (pattern variations, tokenising, the
trie); each is compared here with deduce's step on real list entries. The whole build is
compared with deduce's by ``benchmarks/prepare_lookup.py --verify`` (a minute: too slow here).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
import time

import pytest

# deduce is a dependency: without it these imports fail (never skip).
from deduce import utils as deduce_utils
from deduce.deduce import Deduce

from werkbord.privacy import cachefile, lookup


def _list_items(sub: str, n: int, seed: int = 7) -> list[str]:
    root = cachefile.deduce_lookup_path() / "src" / sub
    lines = sorted(
        {x.strip() for path in root.rglob("items.txt") for x in path.read_text(encoding="utf-8").splitlines()} - {""}
    )
    return random.Random(seed).sample(lines, min(n, len(lines)))


def _transforms(sub: str) -> dict[str, dict[str, list[str]]]:
    path = cachefile.deduce_lookup_path() / "src" / sub / "transform.json"
    return json.loads(path.read_text(encoding="utf-8"))["transforms"]


@pytest.fixture(scope="module")
def tokenizer():
    return Deduce._initialize_tokenizer(cachefile.deduce_lookup_path())


@pytest.mark.parametrize(
    "sub",
    [
        "locations/lst_street",
        "locations/lst_placename",
        "institutions/lst_hospital",
        "institutions/lst_healthcare_institution",
    ],
)
def test_prefiltered_variations_equal_deduces(sub):
    fast = lookup._prefiltered(deduce_utils.str_variations)
    items = _list_items(sub, 1500)
    matched = 0
    for transform in _transforms(sub).values():
        for item in items:
            expected = deduce_utils.str_variations(item, transform)
            assert fast(item, transform) == expected, (item, transform)
            matched += expected != [item]
    assert matched > 0  # the sample exercises the path where a pattern does match


def test_a_pattern_that_refers_back_is_not_combined():
    fast = lookup._prefiltered(deduce_utils.str_variations)
    repl = {r"(a)\1": ["aa", "A"], "x": ["x", "y"]}
    for s in ["baab", "ab", "xa", ""]:
        assert fast(s, repl) == deduce_utils.str_variations(s, repl)


def test_token_texts_equal_deduces_tokens(tokenizer):
    split = lookup.token_texts(tokenizer)
    items = [
        *_list_items("locations/lst_street", 3000),
        *_list_items("institutions/lst_healthcare_institution", 2000),
        *_list_items("names/lst_surname", 1000),
        # merge terms (prefixes, interfixes) and the spaces they keep inside one token
        "Jan van der Berg",
        "Burg. van  den Heuvelstraat 12",
        "dhr. de Vries-van Dam",
        "Mevr.  Ter Horst\tZorg",
        "    vier spaties",
        "",
    ]
    for item in items:
        assert split(item) == [t.text for t in tokenizer.tokenize(item)], item


def test_flat_trie_equals_deduces_trie(tokenizer):
    import docdeid as dd

    s = dd.ds.LookupSet(matching_pipeline=[dd.str.LowercaseString()])
    s.add_items_from_iterable(_list_items("institutions/lst_hospital", 400) + ["Van der Valk Kliniek"])
    flat = lookup.flat_trie_from_set(s, tokenizer)
    tree = deduce_utils.lookup_set_to_trie(s, tokenizer)
    t_flat, t_tree = (lookup.tables_from_structs([("t", x)])["t"] for x in (flat, tree))
    assert set(t_flat.items) == set(t_tree.items) and t_flat.starts == t_tree.starts
    assert t_flat.pipeline == t_tree.pipeline == ["LowercaseString"]


def test_the_cache_key_is_deduces_version_and_list_files_as_importlib_and_pathlib_see_them():
    # The check provision runs reads them without importlib.metadata or a recursive glob; the
    # key must stay what it was, or every machine would prepare its word lists again.
    import hashlib
    import importlib.metadata

    assert cachefile.deduce_version() == importlib.metadata.version("deduce")
    root = cachefile.deduce_lookup_path() / "src"
    h = hashlib.sha256(f"{cachefile.FORMAT}|{importlib.metadata.version('deduce')}".encode())
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in {".txt", ".json"}:
            h.update(f"|{p.relative_to(root).as_posix()}:{p.stat().st_size}".encode())
    assert cachefile.fingerprint() == h.hexdigest()[:16]


def test_the_list_files_are_walked_as_pathlib_would(tmp_path):
    (tmp_path / "b" / "a-b").mkdir(parents=True)
    (tmp_path / "b" / "a").mkdir()
    for rel in ("z.txt", "b/a-b/x.json", "b/a/x.txt", "b/a/skip.csv", "b/.txt", "b/c.TXT"):
        (tmp_path / rel).write_text(rel)
    (tmp_path / "b" / "dir.txt").mkdir()  # a folder named like a list file is not one
    expected = [
        (p.relative_to(tmp_path).parts, p.stat().st_size)
        for p in sorted(tmp_path.rglob("*"))
        if p.is_file() and p.suffix in {".txt", ".json"}
    ]
    assert cachefile._list_files(str(tmp_path)) == expected
    assert [parts[-1] for parts, _ in expected] == ["x.txt", "x.json", "z.txt"]


def test_is_prepared_checks_the_file_for_this_deduce(tmp_path):
    assert not cachefile.is_prepared(tmp_path)
    path = cachefile.cache_file(tmp_path)
    path.write_bytes(b"half a file")
    assert not cachefile.is_prepared(tmp_path)
    lookup.write_tables(path, {"s": lookup.Table("set", [], ["a"])})
    assert cachefile.is_prepared(tmp_path)
    assert cachefile.cache_file(tmp_path) == lookup.cache_file(tmp_path)


_RACER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from werkbord.privacy import lookup

    def slow_build(progress, **kw):
        time.sleep(1.5)  # long enough for the other process to arrive while this one builds
        return {"s": lookup.Table("set", [], ["alpha", "beta"])}

    lookup.build_tables = slow_build
    lookup._tables_from_stock_cache = lambda: None
    Path(sys.argv[2]).write_text("started")
    messages = []
    structs, info = lookup.load_or_build(Path(sys.argv[1]), messages.append)
    print(json.dumps({"built": info.built, "items": sorted(structs["s"].items()), "messages": messages}))
    """
)


def test_two_processes_prepare_once(tmp_path):
    cache = tmp_path / "cache"
    first = subprocess.Popen(
        [sys.executable, "-c", _RACER, str(cache), str(tmp_path / "a")], stdout=subprocess.PIPE, text=True
    )
    # Start the second once the first is running (and so holds the lock or is about to).
    for _ in range(200):
        if (tmp_path / "a").exists():
            break
        time.sleep(0.05)
    second = subprocess.Popen(
        [sys.executable, "-c", _RACER, str(cache), str(tmp_path / "b")], stdout=subprocess.PIPE, text=True
    )
    results = [json.loads(p.communicate(timeout=120)[0]) for p in (first, second)]
    assert sorted(r["built"] for r in results) == [False, True]
    assert all(r["items"] == ["alpha", "beta"] for r in results)
    waiting = next(r for r in results if not r["built"])
    assert any("waiting" in m for m in waiting["messages"])
    assert [p.name for p in cache.glob("lookup-*")] == [cachefile.cache_file(cache).name]


def test_provision_prepares_only_when_needed(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from werkbord import api
    from werkbord.cli import app

    calls = []
    monkeypatch.setattr(api, "prepare", lambda progress=None: calls.append(progress))
    for ready, expected in [(True, 0), (False, 1)]:
        monkeypatch.setattr(api, "privacy_prepared", lambda ready=ready: ready)
        out = tmp_path / f"s{ready}"
        r = CliRunner().invoke(app, ["provision", "--groups", "1", "--title", "T", "--out", str(out)])
        assert r.exit_code == 0, r.output
        assert len(calls) == expected
    dry = ["provision", "--groups", "1", "--title", "T", "--out", str(tmp_path / "d"), "--dry-run"]
    r = CliRunner().invoke(app, dry)
    assert r.exit_code == 0 and len(calls) == 1  # a dry run prepares nothing


def test_prepare_command_says_where(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from werkbord.cli import app

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lookup.write_tables(cachefile.cache_file(tmp_path / "werkbord" / "deduce"), {"s": lookup.Table("set", [], ["a"])})
    r = CliRunner().invoke(app, ["prepare"])
    assert r.exit_code == 0 and str(tmp_path / "werkbord" / "deduce") in r.output and "Already" in r.output


def test_prepare_command_prepares(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from werkbord import api
    from werkbord.cli import app

    class Info:
        path = tmp_path / "x" / "lookup.txt"
        prepare_seconds = 3.2

    monkeypatch.setattr(api, "privacy_prepared", lambda: False)
    monkeypatch.setattr(api, "prepare", lambda progress=None: Info())
    r = CliRunner().invoke(app, ["prepare"])
    assert r.exit_code == 0 and "Prepared in 3 s" in r.output and str(tmp_path / "x") in r.output
