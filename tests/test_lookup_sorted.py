"""The lean lookup cache keeps its tries sorted, so loading needs no hash table (issue #15)."""

from __future__ import annotations

import random

import deduce  # noqa: F401  (a dependency: without it these tests fail, they never skip)


def test_a_file_from_before_sorting_is_sorted_once_and_answers_the_same(tmp_path):
    from werkbord.privacy import lookup

    rnd = random.Random(15)
    words = ["van", "de", "Berg", "Zuid", "Éen", "a", "straat", "laan", "Sint", "-"]
    seqs = sorted({"\x1f".join(rnd.choice(words) for _ in range(rnd.randint(1, 4))) for _ in range(300)})
    starts: dict[str, int] = {}
    for s in seqs:
        parts = s.split("\x1f")
        starts[parts[0]] = max(starts.get(parts[0], 0), len(parts))
    shuffled = seqs[:]
    rnd.shuffle(shuffled)
    path = lookup.cache_file(tmp_path)
    lookup.write_tables(path, {"street": lookup.Table("trie", [], shuffled, starts)})  # no "ordered" mark
    assert lookup.read_tables(path)["street"].ordered is False

    structs, info = lookup.load_or_build(tmp_path, lambda m: None)
    assert not info.built
    trie = structs["street"]
    for s in seqs:
        assert s.split("\x1f") in trie
    assert ["Berg", "Berg", "Berg", "Berg", "Berg"] not in trie
    again = lookup.read_tables(path)["street"]
    assert again.ordered and again.items == seqs  # rewritten sorted, once

    structs2, _ = lookup.load_or_build(tmp_path, lambda m: None)
    for _ in range(500):
        tokens = [rnd.choice(words) for _ in range(rnd.randint(1, 6))]
        assert structs2["street"].longest_matching_prefix(tokens) == trie.longest_matching_prefix(tokens)


def test_flat_trie_keeps_answering_after_items_are_added():
    from werkbord.privacy.lookup import FlatTrie

    trie = FlatTrie(["b", "d\x1fe"], {"b": 1, "d": 2})
    assert ["b"] in trie and ["d", "e"] in trie and ["c"] not in trie
    trie.add_item(["c"])
    trie.add_item(["a", "z"])
    assert ["c"] in trie and ["a", "z"] in trie and ["b"] in trie and len(trie) == 4
    assert trie.longest_matching_prefix(["a", "z", "q"]) == ["a", "z"]
