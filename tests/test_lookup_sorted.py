"""The lean lookup cache keeps its tries sorted, so loading needs no hash table (issue #15)."""

from __future__ import annotations

import random

import deduce  # noqa: F401  (a dependency: without it these tests fail, they never skip)
import pytest


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


def test_sorted_lines_answer_as_the_sorted_list_does(monkeypatch):
    """The lazy form of a trie's sequences (searched in the file's bytes, chunk by chunk)
    answers every membership question as the list of strings does, across chunk edges and
    for text beyond ASCII (UTF-8 bytes sort as the code points do)."""
    from werkbord.privacy.lookup import SortedLines

    rnd = random.Random(25)
    alphabet = ["a", "b", "z", "é", "ë", "ĳ", "ø", "\x1f", "-", " ", "Z", "𝔘"]
    lines = sorted({"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 7))) for _ in range(2000)})
    data = b"junk\n" + "\n".join(lines).encode("utf-8") + b"\nmore"
    lo = len(b"junk\n")
    hi = lo + len("\n".join(lines).encode("utf-8"))
    for chunk in (1, 7, 64, 4096):
        monkeypatch.setattr(SortedLines, "CHUNK", chunk)
        found = SortedLines(data, lo, hi)
        assert len(found) == len(lines) and list(found) == lines
        for line in lines:
            assert line in found
        for _ in range(2000):
            probe = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 7)))
            assert (probe in found) == (probe in set(lines)), probe
        assert "junk" not in found and "more" not in found and "\ud800" not in found
    empty = SortedLines(data, lo, lo)
    assert len(empty) == 0 and list(empty) == [] and "a" not in empty


def test_a_trie_stops_where_no_sequence_goes_on_and_answers_as_every_length_asked(monkeypatch):
    """longest_matching_prefix stops extending where no sequence starts with the tokens so far
    and goes on (has_and_goes_on: one bisection, in the lists in memory and in the file's bytes):
    its answers equal asking every length up to the longest sequence of the first token, across
    chunk edges, also where a sequence goes on with a character that sorts before the separator."""
    from werkbord.privacy.lookup import FlatTrie, SortedLines

    rnd = random.Random(26)
    words = ["van", "de", "Berg", "Zuid", "Éen", "a", "ab", "a\tb", "a\x01", "straat", "𝔘", "-"]
    seqs = sorted({"\x1f".join(rnd.choice(words) for _ in range(rnd.randint(1, 5))) for _ in range(600)})
    known = set(seqs)
    starts: dict[str, int] = {}
    for seq in seqs:
        parts = seq.split("\x1f")
        starts[parts[0]] = max(starts.get(parts[0], 0), len(parts))

    def every_length(tokens: list[str], i: int) -> list[str] | None:
        if tokens[i] not in starts:
            return None
        lengths = [n for n in range(1, min(len(tokens) - i, starts[tokens[i]]) + 1)]
        best = max((n for n in lengths if "\x1f".join(tokens[i : i + n]) in known), default=0)
        return tokens[i : i + best] or None

    data = "\n".join(seqs).encode("utf-8")
    letters = ["a", "b", "d", "e", "\x1f", "\t", "\x01", "Z", "É", "𝔘", "-"]
    for chunk in (1, 5, 4096):
        monkeypatch.setattr(SortedLines, "CHUNK", chunk)
        lines = SortedLines(data, 0, len(data))
        for trie in (FlatTrie(seqs, starts, ordered=True), FlatTrie(lines, starts)):
            for _ in range(1500):
                tokens = [rnd.choice(words) for _ in range(rnd.randint(1, 7))]
                i = rnd.randrange(len(tokens))
                assert trie.longest_matching_prefix(tokens, start_i=i) == every_length(tokens, i), (tokens, i)
            for _ in range(1500):
                probe = "\x1f".join(rnd.choice(words) for _ in range(rnd.randint(1, 3)))
                probe = probe if rnd.random() < 0.7 else probe[: rnd.randint(0, len(probe))]
                answer = (probe in known, any(x.startswith(probe + "\x1f") for x in seqs))
                assert trie.has_and_goes_on(probe) == answer, probe
        for _ in range(1500):
            probe = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 6)))
            assert lines.has_prefix(probe.encode("utf-8")) == any(x.startswith(probe) for x in seqs), probe
    empty = SortedLines(data, 0, 0)
    assert not empty.has_prefix(b"a") and empty.has_and_goes_on(b"a", b"\x1f") == (False, False)


def test_the_loaded_cache_searches_the_file_and_answers_as_the_lists(tmp_path):
    """load_or_build keeps sorted tries in the mapped file; answers equal the eager read's."""
    from werkbord.privacy import lookup

    rnd = random.Random(7)
    words = ["van", "de", "Berg", "Zuid", "Éen", "a", "straat", "laan", "Sint", "-"]
    seqs = sorted({"\x1f".join(rnd.choice(words) for _ in range(rnd.randint(1, 4))) for _ in range(400)})
    starts: dict[str, int] = {}
    for s in seqs:
        parts = s.split("\x1f")
        starts[parts[0]] = max(starts.get(parts[0], 0), len(parts))
    path = lookup.cache_file(tmp_path)
    lookup.write_tables(path, {"street": lookup.Table("trie", [], seqs, starts, ordered=True)})
    structs, info = lookup.load_or_build(tmp_path, lambda m: None)
    assert not info.built
    trie = structs["street"]
    assert isinstance(trie._sequences, lookup.SortedLines)
    eager = lookup.FlatTrie(seqs, starts)
    for _ in range(1000):
        tokens = [rnd.choice(words) for _ in range(rnd.randint(1, 6))]
        assert trie.longest_matching_prefix(tokens) == eager.longest_matching_prefix(tokens)
        assert (tokens in trie) == (tokens in eager)


def _old_file(path, tables) -> None:
    """A cache file as werkbord wrote it before first tokens were kept sorted: each length's
    first tokens in the order the build met them, and no ``starts_sorted`` in the header."""
    import json

    from werkbord.privacy import lookup

    blobs, offset, header = [], 0, {"format": lookup.FORMAT, "tables": {}}

    def put(strings):
        nonlocal offset
        b = "\n".join(strings).encode("utf-8")
        blobs.append(b)
        offset += len(b)
        return [offset - len(b), len(b)]

    for name, t in tables.items():
        by_len: dict[int, list[str]] = {}
        for word, n in t.starts.items():
            by_len.setdefault(n, []).append(word)
        entry = {"kind": t.kind, "pipeline": t.pipeline, "items": put(t.items), "ordered": True}
        entry["starts"] = {str(n): put(words) for n, words in sorted(by_len.items())}
        header["tables"][name] = entry
    head = json.dumps(header).encode("utf-8")
    path.write_bytes(lookup.MAGIC + len(head).to_bytes(8, "little") + head + b"".join(blobs))


def _random_trie(seed: int, count: int):
    rnd = random.Random(seed)
    words = ["van", "de", "Berg", "Zuid", "Éen", "a", "straat", "laan", "Sint", "-", "ĳs", "Ö"]
    words += [f"w{i}" for i in range(60)]
    seqs = sorted({"\x1f".join(rnd.choice(words) for _ in range(rnd.randint(1, 5))) for _ in range(count)})
    starts: dict[str, int] = {}
    for s in seqs:
        parts = s.split("\x1f")
        starts[parts[0]] = max(starts.get(parts[0], 0), len(parts))
    shuffled = dict(rnd.sample(list(starts.items()), len(starts)))  # the order a build meets them in
    return rnd, words, seqs, shuffled


@pytest.mark.parametrize("lazy_from", [0, 100])  # (100: one length in the file, one in a dict)
def test_first_tokens_are_searched_in_the_file_and_answer_as_the_dict(tmp_path, monkeypatch, lazy_from):
    """A trie's first tokens stay in the mapped file (one sorted stretch per length; from
    ``lazy_from`` bytes on, the rest read into a dict): every answer, the iteration and the
    length equal the dict the file was written from."""
    from werkbord.privacy import lookup

    monkeypatch.setattr(lookup, "LAZY_START_BYTES", lazy_from)
    rnd, words, seqs, starts = _random_trie(3, 600)
    path = lookup.cache_file(tmp_path)
    lookup.write_tables(path, {"street": lookup.Table("trie", [], seqs, starts, ordered=True)})
    assert lookup.read_tables(path)["street"].starts_sorted
    structs, info = lookup.load_or_build(tmp_path, lambda m: None)
    assert not info.built
    children = structs["street"].children
    assert isinstance(children, lookup.StartLengths)
    assert len(children) == len(starts) and dict(children) == starts and sorted(children) == sorted(starts)
    for probe in [*words, "", "zz", "\ud800", "van\x1fde", *starts]:
        assert children.get(probe) == starts.get(probe), probe
        assert (probe in children) == (probe in starts)
    assert children.get(["not", "hashable"]) is None
    eager = lookup.FlatTrie(seqs, starts)
    for _ in range(1000):
        tokens = [rnd.choice(words) for _ in range(rnd.randint(1, 6))]
        i = rnd.randrange(len(tokens))
        assert structs["street"].longest_matching_prefix(tokens, i) == eager.longest_matching_prefix(tokens, i)


def test_a_file_whose_first_tokens_are_unsorted_is_rewritten_once_and_answers_the_same(tmp_path, monkeypatch):
    from werkbord.privacy import lookup

    monkeypatch.setattr(lookup, "LAZY_START_BYTES", 0)
    rnd, words, seqs, starts = _random_trie(4, 400)
    path = lookup.cache_file(tmp_path)
    _old_file(path, {"street": lookup.Table("trie", [], seqs, starts, ordered=True)})
    assert not lookup.read_tables(path)["street"].starts_sorted
    structs, info = lookup.load_or_build(tmp_path, lambda m: None)  # read as a dict, then rewritten
    assert not info.built and isinstance(structs["street"].children, dict)
    again = lookup.read_tables(path, lazy=True)["street"]
    assert again.starts_sorted and isinstance(again.starts, lookup.StartLengths) and dict(again.starts) == starts
    structs2, _ = lookup.load_or_build(tmp_path, lambda m: None)
    assert isinstance(structs2["street"].children, lookup.StartLengths)
    for _ in range(500):
        tokens = [rnd.choice(words) for _ in range(rnd.randint(1, 6))]
        assert structs2["street"].longest_matching_prefix(tokens) == structs["street"].longest_matching_prefix(tokens)


def test_a_trie_read_from_the_file_can_still_be_added_to():
    from werkbord.privacy import lookup

    data = b"b\nd"
    trie = lookup.FlatTrie(["b", "d\x1fe"], lookup.StartLengths([(1, lookup.SortedLines(data, 0, 1))]))
    trie.children = lookup.StartLengths([(1, lookup.SortedLines(data, 0, 1)), (2, lookup.SortedLines(data, 2, 3))])
    trie.add_item(["a", "z"])
    assert ["a", "z"] in trie and trie.children == {"a": 2, "b": 1, "d": 2}


def test_first_tokens_out_of_the_order_the_file_says_are_not_trusted(tmp_path, monkeypatch):
    """A file that says its first tokens are sorted while they are not (damaged, or edited by
    hand) is read into a dict, answers right, and is written again sorted."""
    import json

    from werkbord.privacy import lookup

    monkeypatch.setattr(lookup.SortedLines, "CHUNK", 8)  # (many chunks: their first lines are checked)
    monkeypatch.setattr(lookup, "LAZY_START_BYTES", 0)
    rnd, words, seqs, starts = _random_trie(5, 400)
    path = lookup.cache_file(tmp_path)
    _old_file(path, {"street": lookup.Table("trie", [], seqs, starts, ordered=True)})  # unsorted first tokens
    raw = path.read_bytes()
    n = int.from_bytes(raw[len(lookup.MAGIC) : len(lookup.MAGIC) + 8], "little")
    header = json.loads(raw[len(lookup.MAGIC) + 8 : len(lookup.MAGIC) + 8 + n])
    header["tables"]["street"]["starts_sorted"] = True  # ... claimed sorted
    head = json.dumps(header).encode("utf-8")
    path.write_bytes(lookup.MAGIC + len(head).to_bytes(8, "little") + head + raw[len(lookup.MAGIC) + 8 + n :])
    table = lookup.read_tables(path, lazy=True)["street"]
    assert isinstance(table.starts, dict) and table.starts == starts and not table.starts_sorted
    structs, _ = lookup.load_or_build(tmp_path, lambda m: None)
    for _ in range(300):
        tokens = [rnd.choice(words) for _ in range(rnd.randint(1, 6))]
        assert structs["street"].longest_matching_prefix(tokens) == lookup.FlatTrie(
            seqs, starts
        ).longest_matching_prefix(tokens)
    again = lookup.read_tables(path, lazy=True)["street"]
    assert isinstance(again.starts, lookup.StartLengths) and dict(again.starts) == starts  # written again, sorted
