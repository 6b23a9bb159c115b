"""fileio.dumps_json: the fast encoder writes exactly what json.dumps writes."""

from __future__ import annotations

import json
import math
import random
from enum import StrEnum

import pytest

from werkbord.fileio import dumps_json


class Colour(StrEnum):
    RED = "red"


def _reference(obj, indent, allow_nan=True) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=allow_nan) + "\n").encode("utf-8")


CASES = [
    {},
    [],
    {"a": [], "b": {}, "c": [[]], "d": [{}], "e": None, "f": True, "g": False},
    {"text": 'Eén ‘groep’ – ✓ 🙂 \u2028 \x01\x1f\x7f "quote" \\ \n\t\r\b\f', "n": -0.0},
    {"floats": [0.1, 2.5, 100.0, 1e-4, 9.99e-5, 1e-05, 1.234e-07, 1e15, 1e16, 1.7976931348623157e308, -3e-9]},
    {"ints": [0, -1, 2**63 - 1, 2**64, -(2**70)]},
    {1: "int key", "x": {2.5: "float key"}},
    {"tuple": (1, 2), "enum": Colour.RED},
    {"deep": [[[[[[[[{"k": [1, {"z": "y"}]}]]]]]]]]},
    {"lone": "\ud800 surrogate"},
    # Runs of spaces inside strings and keys: only indentation may be re-indented.
    {"a  b": ["  ", "   x", {"k": " y  "}], "c": [" ", "a b"]},
    {"spaces": [{"one": " a b "}, [[" "]]]},
]


@pytest.mark.parametrize("indent", [None, 1, 2, 4])
@pytest.mark.parametrize("obj", CASES)
def test_same_bytes_as_json_dumps(obj, indent):
    try:
        expected = _reference(obj, indent)
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            dumps_json(obj, indent=indent)
        return
    assert dumps_json(obj, indent=indent) == expected


def test_random_documents_match(indent=1):
    rng = random.Random(3)

    def value(depth):
        kind = rng.randrange(7 if depth < 5 else 4)
        if kind == 0:
            return rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-12, 12)
        if kind == 1:
            return rng.randint(-(10**12), 10**12)
        if kind == 2:
            return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0xA0, 0x2FFF)])) for _ in range(5))
        if kind == 3:
            return rng.choice([None, True, False])
        if kind in (4, 5):
            return {f"k{i}": value(depth + 1) for i in range(rng.randrange(4))}
        return [value(depth + 1) for _ in range(rng.randrange(4))]

    for _ in range(300):
        doc = {"elements": [value(0) for _ in range(5)]}
        assert dumps_json(doc, indent=indent) == _reference(doc, indent)
        assert dumps_json(doc, indent=2) == _reference(doc, 2)


def test_nan_is_refused_when_asked_and_written_as_json_does_otherwise():
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(ValueError):
            dumps_json({"x": [1.0, bad]}, indent=1, allow_nan=False)
        assert dumps_json({"x": bad}, indent=2) == _reference({"x": bad}, 2)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("[" * 63 + "1" + "]" * 63, False),  # 63 lists and a number: 64 levels, the limit
        ("[" * 64 + "]" * 64, False),  # 64 lists, the innermost empty
        ("[" * 64 + "1" + "]" * 64, True),
        ('{"a": ' * 64 + "{}" + "}" * 64, True),
        ('{"a": [1, 2, {"b": "x"}], "c": {}}', False),
    ],
)
def test_nesting_limit(tmp_path, text, refused):
    from werkbord.errors import InputTooLarge
    from werkbord.fileio import read_json_bounded

    path = tmp_path / "x.json"
    path.write_text(text)
    if refused:
        with pytest.raises(InputTooLarge, match="nested too deeply"):
            read_json_bounded(path, what="scene")
    else:
        assert read_json_bounded(path, what="scene") == json.loads(text)


def test_the_indentation_is_counted_from_the_document_as_orjson_writes_it():
    # The fast re-indent compares this count with the spaces in orjson's output; a wrong count
    # would not change the bytes (the long way is exact too) but would make every write slow.
    import orjson

    from werkbord.fileio import _orjson_indentation

    rng = random.Random(5)

    def value(depth):
        kind = rng.randrange(6 if depth < 6 else 3)
        if kind == 0:
            return rng.choice([1, 2.5, None, True, "a b", ""])
        if kind in (1, 2):
            return rng.choice(["x", " lead", "trail ", "mid dle"])
        if kind in (3, 4):
            return {f"k {i}": value(depth + 1) for i in range(rng.randrange(4))}
        return [value(depth + 1) for _ in range(rng.randrange(4))]

    docs = [value(0) for _ in range(300)] + [c for c in CASES if "  " not in json.dumps(c)]
    counted = [(doc, _orjson_indentation(doc, 0)) for doc in docs]
    assert sum(pairs is not None for _doc, pairs in counted) >= 300  # the rest: json writes them
    for doc, pairs in counted:
        try:
            data = orjson.dumps(doc, option=orjson.OPT_INDENT_2)
        except TypeError:  # an integer orjson refuses: json writes it
            continue
        if pairs is not None:
            assert pairs == data.count(b"  "), doc


def test_a_scene_takes_the_one_pass_reindent():
    import orjson

    from werkbord.board.excalidraw import build_scene
    from werkbord.fileio import _orjson_indentation
    from werkbord.layout import layout
    from werkbord.template import load_template

    scene, _ids = build_scene(layout(load_template("terugval", "nl"), 3), "sessie")
    assert _orjson_indentation(scene, 0) == orjson.dumps(scene, option=orjson.OPT_INDENT_2).count(b"  ")
    assert dumps_json(scene, indent=1) == _reference(scene, 1)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": 1, "b": 2, "a": 3}',  # a repeated key: the last value, in the first one's place
        b"[0.1, 1e-7, 5e-324, 1.7976931348623157e308, 2.2250738585072011e-308, -0.0, -0, 1E2, 12.5e3]",
        b"[123456789012345678901234567890, -9223372036854775809, 18446744073709551616]",  # beyond 64 bits
        b'{"x": [1, {"y": 18446744073709551615}], "z": -9223372036854775808}',  # the edges orjson keeps
        b"[1e19, -1e19, 9.3e18]",  # floats as large as those integers: json decides
        b"[NaN, Infinity, -Infinity, 1e400]",
        b'["\\ud800 lone surrogate", "\\ud83d\\ude00"]',
        b'\xef\xbb\xbf{"bom": true}',
        '{"utf16": "é"}'.encode("utf-16"),
        b'{"a": "\xc3\xa9\\n\\t\\u00e9", "b": null, "c": [true, false, []], "d": {}}',
        b"[" * 70 + b"]" * 70,
        b"[" * 1100 + b"]" * 1100,
        b"3.5",
        b"1e300",
    ],
)
def test_a_file_is_read_as_json_reads_it(raw):
    from werkbord.fileio import _parse

    try:
        expected = json.loads(raw)
    except RecursionError:
        with pytest.raises(RecursionError):
            _parse(raw)
        return
    got, depth = _parse(raw)
    assert json.dumps(got) == json.dumps(expected)  # NaN is unequal to itself; its text is not
    assert _types(got) == _types(expected)
    assert depth == _walked(expected)


def _walked(v) -> int:
    """What the walk reports: the depth, or one past the limit once it is passed (it stops there)."""
    from werkbord.fileio import MAX_JSON_DEPTH

    return min(_nesting(v), MAX_JSON_DEPTH + 1)


def _nesting(v) -> int:
    """The depth by its definition, recursively: 1 for a value or an empty container, one more
    than its deepest member for any other container."""
    children = list(v.values()) if isinstance(v, dict) else v if isinstance(v, list) else []
    return 1 + max(map(_nesting, children)) if children else 1


def _types(v):
    if isinstance(v, dict):
        return {k: _types(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_types(x) for x in v]
    return type(v).__name__


@pytest.mark.parametrize(
    "raw", [b'{"a": 1,}', b'{"a" 1}', b"[1, 2", b'{"a": "tab\there"}', b"\xff\xfe\x00", b"", b"[1] [2]", b"nul"]
)
def test_a_broken_file_gets_jsons_own_error(raw):
    from werkbord.fileio import _parse

    with pytest.raises(ValueError) as theirs:
        json.loads(raw)
    with pytest.raises(ValueError) as ours:
        _parse(raw)
    assert type(ours.value) is type(theirs.value) and str(ours.value) == str(theirs.value)


def test_the_depth_walked_with_the_numbers_is_the_depth():
    import random

    from werkbord.fileio import _shape

    rng = random.Random(5)

    def tree(d):
        if d == 0 or rng.random() < 0.3:
            return rng.choice([1, 2.5, "x", None, True])
        if rng.random() < 0.5:
            return [tree(d - 1) for _ in range(rng.randint(0, 3))]
        return {str(i): tree(d - 1) for i in range(rng.randint(0, 3))}

    for _ in range(300):
        t = tree(rng.randint(0, 80))
        assert _shape(t)[0] == _walked(t)


def _vouchable(obj) -> bool:
    """Whether ``obj`` meets dumps_json_vouched's promise (exact JSON types, floats in range)."""
    t = type(obj)
    if t is dict:
        return all(type(k) is str and _vouchable(v) for k, v in obj.items())
    if t is list:
        return all(_vouchable(v) for v in obj)
    if t is float:
        return obj == 0.0 or 1e-4 <= abs(obj) < 1e16
    if t is int:
        return -(2**63) <= obj < 2**63
    return obj is None or t is str or t is bool


@pytest.mark.parametrize("indent", [1, 2, 4])
def test_a_vouched_document_gets_json_bytes(indent):
    # Strings with runs of spaces (the level-by-level re-indent) and without (the one pass).
    from werkbord.fileio import dumps_json_vouched

    rng = random.Random(11)

    def value(depth):
        kind = rng.randrange(7 if depth < 5 else 4)
        if kind == 0:
            return rng.choice([0.0, -0.0, 1e-4, 2.5, -7.25, 9.99e15, 123456.789])
        if kind == 1:
            return rng.choice([0, -1, 2**63 - 1, -(2**63)])
        if kind == 2:
            return rng.choice(["", "a b", "  ", " x  y ", "é ✓", '"\\\n\t\x01'])
        if kind == 3:
            return rng.choice([None, True, False])
        if kind in (4, 5):
            return {rng.choice(["k", "k  2", " k"]) + str(i): value(depth + 1) for i in range(rng.randrange(4))}
        return [value(depth + 1) for _ in range(rng.randrange(4))]

    docs = [value(0) for _ in range(300)] + [c for c in CASES if _vouchable(c)]
    assert sum("  " in json.dumps(d) for d in docs) > 20 and sum("  " not in json.dumps(d) for d in docs) > 20
    for doc in docs:
        try:
            expected = _reference(doc, indent, allow_nan=False)
        except UnicodeEncodeError:  # a lone surrogate: json's error, not orjson's
            with pytest.raises(UnicodeEncodeError):
                dumps_json_vouched(doc, indent=indent)
            continue
        assert dumps_json_vouched(doc, indent=indent) == expected, doc


def _scenes():
    from werkbord.board.excalidraw import build_scene
    from werkbord.layout import layout
    from werkbord.template import load_template

    for lang, groups, participants in (("nl", 3, 6), ("en", 30, 12), ("nl", 1, 1)):
        plan = layout(load_template("terugval", lang), groups, title="Eén  groep", participants=participants)
        yield build_scene(plan, "sessie")[0]


def test_a_built_scene_holds_floats_only_where_its_writer_checks_them():
    # The scene writer vouches for every value but its measures (excalidraw._MEASURES, the
    # line height, the view): a float anywhere else would go unchecked to orjson.
    from werkbord.board.excalidraw import _MEASURES, LINE_HEIGHT

    def floats(node, path):
        if type(node) is dict:
            for k, v in node.items():
                yield from floats(v, (*path, k))
        elif type(node) is list:
            for v in node:
                yield from floats(v, (*path, "[]"))
        elif type(node) is float:
            yield path, node

    for scene in _scenes():
        assert _vouchable(scene)
        places = {path for path, _v in floats(scene, ())}
        elements = {p for p in places if p[:2] == ("elements", "[]")}
        assert {p[2] for p in elements} <= {*_MEASURES, "lineHeight"} and all(len(p) == 3 for p in elements)
        assert {v for p, v in floats(scene, ()) if p[-1] == "lineHeight"} == {LINE_HEIGHT}
        assert places - elements <= {("appState", "scrollX"), ("appState", "scrollY"), ("appState", "zoom", "value")}


def test_a_built_scene_holds_runs_of_spaces_only_where_its_writer_looks_for_them():
    # The scene writer asks only the free texts and the plan keys whether they hold two spaces
    # in a row (excalidraw._spaced); a run of spaces in any other string would go unnoticed and
    # the one-pass re-indent would shorten it.
    from werkbord.board.excalidraw import _FREE_TEXTS, _dumps, _spaced

    def strings(node, path):
        if type(node) is dict:
            for k, v in node.items():
                yield from strings(v, (*path, k))
        elif type(node) is list:
            for v in node:
                yield from strings(v, (*path, "[]"))
        elif type(node) is str:
            yield path, node

    for scene in _scenes():
        spaced = {path for path, s in strings(scene, ()) if "  " in s}
        assert spaced  # the title has two spaces in a row
        assert all(p[:2] == ("elements", "[]") and len(p) == 3 and p[2] in _FREE_TEXTS for p in spaced), spaced
        assert _spaced(scene["elements"])
        assert _dumps(scene) == _reference(scene, 1)
        # A plan key with a run of spaces (a custom template's party key, say) is found too.
        for el in scene["elements"]:
            for k in _FREE_TEXTS:
                if k in el and el[k] is not None:
                    el[k] = el[k].replace("  ", " ")
        assert not _spaced(scene["elements"])
        assert _dumps(scene) == _reference(scene, 1)
        scene["elements"][-1]["customData"]["werkbord"]["key"] = "g1.party.de  buren"
        assert _spaced(scene["elements"])
        assert _dumps(scene) == _reference(scene, 1)


def test_a_scene_with_a_measure_json_writes_otherwise_gets_json_bytes():
    from werkbord.board.excalidraw import _dumps

    scene = next(_scenes())
    assert _dumps(scene) == _reference(scene, 1)
    for residue in (1e-17, -3e-05, 1e16):  # a rounding residue, tiny, huge: json's exponent form
        scene["elements"][2]["x"] = residue
        assert _dumps(scene) == _reference(scene, 1)
    scene["appState"]["scrollY"] = 5e-324
    assert _dumps(scene) == _reference(scene, 1)
    scene["elements"][0]["width"] = math.nan
    with pytest.raises(ValueError):
        _dumps(scene)


def test_a_vouched_document_gets_json_compact_bytes():
    # json's compact form puts ", " and ": " between values; commas, colons, quotes and
    # backslashes inside strings must stay as they are.
    from werkbord.fileio import dumps_json_vouched

    rng = random.Random(13)
    texts = ["", "a, b", "x:y", ', "q": 1', 'say "hi"', "back\\", "tab\t", "é ✓ 🙂", "[1, 2]", "{}", "null,"]

    def value(depth):
        kind = rng.randrange(6 if depth < 4 else 3)
        if kind == 0:
            return rng.choice([0.0, -0.0, 0.1, 2.5, -7.25, 1e-4, 9.99e-5, 1e-7, 1.5e15, 1e16, 3e21, 12, -3, 2**64])
        if kind == 1:
            return rng.choice(texts)
        if kind == 2:
            return rng.choice([None, True, False])
        if kind == 3:
            return {rng.choice(texts) + str(i): value(depth + 1) for i in range(rng.randrange(4))}
        return [value(depth + 1) for _ in range(rng.randrange(5))]

    docs = [value(0) for _ in range(500)]
    docs += [[["wb1", "text", [10.5, -0.0, 200.0, 31.3, 0.0], "Wie, wat: waar", None, "wb2", None]]]
    for doc in docs:
        assert dumps_json_vouched(doc, indent=None) == _reference(doc, None), doc


def test_the_content_digest_is_json_s(monkeypatch):
    # The digest is stored in every manifest: it must stay the hash of json's own bytes.
    import hashlib

    from werkbord.board import excalidraw

    scene = next(_scenes())
    seen = []
    real = excalidraw.dumps_json_vouched

    def keep(rows, *, indent):
        seen.append(rows)
        return real(rows, indent=indent)

    monkeypatch.setattr(excalidraw, "dumps_json_vouched", keep)
    digest = excalidraw.scene_content_digest(scene)
    assert digest == hashlib.sha256(_reference(seen[0], None)).hexdigest()
    assert any("," in (row[3] or "") for row in seen[0])  # labels with commas are in it


def test_a_document_with_vouched_keys_gets_json_bytes():
    # dumps_json(vouched=...) walks only the other keys: whatever those hold (a float json writes
    # otherwise, NaN, a huge integer, a tuple) still decides between orjson and json.
    from werkbord.fileio import dumps_json

    items = {"g1.a": {"id": "wb1", "kind": "text", "group": 1, "text": "a  b", "meta": {"k": "v"}}, "g1.b": {}}
    for rest in [*CASES, {"x": 1e-5}, {"x": math.nan}, {"x": 2**70}, {"x": (1, 2)}, {"x": [1.5, {"y": 1e16}]}]:
        doc = {"rest": rest, "items": items}
        for indent in (1, 2, None):
            try:
                expected = _reference(doc, indent)
            except (UnicodeEncodeError, TypeError) as e:
                with pytest.raises(type(e)):
                    dumps_json(doc, indent=indent, vouched=("items",))
                continue
            assert dumps_json(doc, indent=indent, vouched=("items",)) == expected, doc
