"""Atomic, bounded file I/O: an interrupted run never leaves a half-written file."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from .errors import InputTooLarge, UsageError
from .gcpolicy import paused
from .i18n import N_, _

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - a dependency; without it the output is the same, only slower
    _orjson = None

MAX_JSON_BYTES = 100 * 1024 * 1024  # a scene with 30 groups is a few MB; 100 MB is hostile
MAX_JSON_DEPTH = 64
# The files read_json_bounded is given, named in its messages as ``what`` (marked for the catalogue).
KINDS = (N_("manifest"), N_("harvest"), N_("scene"))


def write_atomic(path: Path, data: str | bytes, *, mode: int | None = None) -> None:
    """Write to a temporary file beside ``path``, fsync, then rename over it."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise UsageError(
            _("cannot write to {path} ({reason})").format(path=path.parent, reason=e.strerror),
            hint=_("choose a writable folder with --out"),
        ) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file 0600; a report or scene should get the user's usual mode.
        os.chmod(tmp, mode if mode is not None else default_mode())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise UsageError(_("cannot write {path} ({reason})").format(path=path, reason=e.strerror)) from None
        raise


def write_atomic_started(path: Path, data: bytes, *, mode: int | None = None) -> Callable[[], None]:
    """:func:`write_atomic` in a thread of its own, so the caller works on while the disk
    syncs (fsync holds no lock of the interpreter: 5-15 ms for a 30-group scene here). Call
    the function returned before anything relies on the file: it waits for the write and raises
    what :func:`write_atomic` raised. The file's mode is asked for here, before the thread
    starts (see :func:`default_mode`)."""
    import threading

    mode = default_mode() if mode is None else mode
    failed: list[BaseException] = []

    def write() -> None:
        try:
            write_atomic(path, data, mode=mode)
        except BaseException as e:  # carried to the caller by wait()
            failed.append(e)

    thread = threading.Thread(target=write, name=f"write {Path(path).name}")
    thread.start()

    def wait() -> None:
        thread.join()
        if failed:
            raise failed[0]

    return wait


def holds(path: Path, data: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``data``: compared piece by piece, without
    reading a large file into memory first (a 30-group scene is 3.5 MB)."""
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size != len(data):
            return False
        view = memoryview(data)
        done = 0
        while chunk := f.read(1 << 16):
            if view[done : done + len(chunk)] != chunk:
                return False
            done += len(chunk)
        return done == len(data)


def default_mode() -> int:
    """The mode the user's umask gives a new file. Asking for the umask sets it (and sets it
    back): a program writing from several threads asks once, before they start."""
    return 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def backup_copy(path: Path, *, now: str | None = None) -> Path:
    """Copy ``path`` to ``<stem>.backup-<time><suffix>`` beside it, before it is replaced.

    The suffix stays last so the copy opens in the same program (``.excalidraw``, ``.json``).
    """
    import shutil
    from datetime import datetime

    path = Path(path)
    stamp = now or datetime.now().strftime("%Y%m%d-%H%M%S")
    stem, suffix = _split_suffix(path.name)
    target = path.with_name(f"{stem}.backup-{stamp}{suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{stem}.backup-{stamp}-{n}{suffix}")
    try:
        shutil.copy2(path, target)
    except OSError as e:
        raise UsageError(
            _("cannot keep a copy of {path} before replacing it ({reason})").format(path=path, reason=e.strerror),
            hint=_("check that the folder is writable; nothing was replaced"),
        ) from None
    return target


def _split_suffix(name: str) -> tuple[str, str]:
    # 'team.werkbord.json' keeps '.werkbord.json' together, 'team.excalidraw' its one suffix.
    for double in (".werkbord.json", ".harvest.json"):
        if name.endswith(double):
            return name[: -len(double)], double
    stem, dot, ext = name.rpartition(".")
    return (stem, dot + ext) if stem else (name, "")


def write_json_atomic(
    path: Path, obj: Any, *, mode: int | None = None, indent: int | None = 2, vouched: Collection[str] = ()
) -> None:
    write_atomic(path, dumps_json(obj, indent=indent, vouched=vouched), mode=mode)


def dumps_json(obj: Any, *, indent: int | None = 2, allow_nan: bool = True, vouched: Collection[str] = ()) -> bytes:
    """``json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=allow_nan) + "\\n"`` in UTF-8,
    byte for byte, at the speed of a C encoder.

    The standard library's C encoder only serves unindented output; indented output falls back
    to its pure-Python encoder (a 30-group scene: 0.17 s of a 0.5 s provisioning). orjson writes
    the same text with two-space indentation, re-indented here with a few byte replacements.
    Where the two encoders would differ - floats below 1e-4 or from 1e16 on (orjson writes
    ``0.00001`` where json writes ``1e-05``), NaN and infinity, non-string keys, lone
    surrogates, integers beyond 64 bits, unusual types - the standard encoder writes it.

    ``vouched``: keys of ``obj`` (a dict) whose values the caller vouches for as
    :func:`dumps_json_vouched` says (say, records a model's types allow no float in), so they are
    not walked. Only with ``indent=2``, where nothing is re-indented; otherwise all is walked.
    """
    if indent == 2 and vouched and type(obj) is dict and _orjson is not None:
        rest = {k: v for k, v in obj.items() if k not in vouched}
        if _orjson_indentation(rest, 0) is not None:
            try:
                return _orjson.dumps(obj, option=_orjson.OPT_INDENT_2 | _orjson.OPT_APPEND_NEWLINE)
            except TypeError:  # a key, string or number orjson refuses: the standard encoder decides
                pass
        return (json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=allow_nan) + "\n").encode("utf-8")
    if indent is not None and _orjson is not None and 1 <= indent <= 8:
        pairs = _orjson_indentation(obj, 0)
        if pairs is not None:
            try:
                data = _orjson.dumps(obj, option=_orjson.OPT_INDENT_2 | _orjson.OPT_APPEND_NEWLINE)
            except TypeError:  # a key, string or number orjson refuses: the standard encoder decides
                pass
            else:
                return _reindent(data, indent, pairs)
    return (json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=allow_nan) + "\n").encode("utf-8")


def dumps_json_vouched(obj: Any, *, indent: int | None, spaced: bool = True) -> bytes:
    """:func:`dumps_json` with ``allow_nan=False``, for a document whose maker vouches for its
    values: every one an exact ``str``, ``bool``, ``None``, ``int`` within 64 bits, ``float`` that
    is 0 or finite with ``1e-4 <= abs(v) < 1e16``, a ``dict`` with ``str`` keys or a ``list`` of
    these (what orjson writes as json does, or refuses; see :func:`dumps_json`). The caller
    proves that (the Excalidraw scene writer checks its few non-integral numbers), so no walk
    over every value proves it here (on a 30-group scene: 108 of 246 million instructions).

    Re-indenting in one pass needs every run of two spaces to be indentation: that holds when no
    string holds two spaces in a row, which orjson's compact output (spaces only inside strings)
    shows at a fraction of the walk's cost. Otherwise each level is rewritten on its own.
    ``spaced=False``: the caller vouches for that too (it checked the strings that could hold
    them), and the compact output is not written.

    ``indent=None``: json's compact form, ``", "`` and ``": "`` between values, see
    :func:`_compact_as_json`."""
    if indent is None:
        return _compact_as_json(obj)
    if _orjson is None or not 1 <= indent <= 8:
        return dumps_json(obj, indent=indent, allow_nan=False)
    try:
        data = _orjson.dumps(obj, option=_orjson.OPT_INDENT_2 | _orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # what orjson refuses (a lone surrogate, a huge integer): json decides
        return dumps_json(obj, indent=indent, allow_nan=False)
    if indent == 2:
        return data
    if spaced and b"  " in _orjson.dumps(obj):
        return _reindent_by_level(data, indent)
    return data.replace(b"  ", b" " * indent)


def _compact_as_json(obj: Any) -> bytes:
    """``json.dumps(obj, ensure_ascii=False) + "\\n"`` for a vouched document (see
    :func:`dumps_json_vouched`; NaN and infinity are not allowed): orjson's compact output with
    json's separators put in between its strings. Where that cannot be told for sure - a string
    holding a quote (or ending in a backslash), a number written with an exponent or below 1e-4
    (where orjson and json may part; tests/test_fileio_json.py holds orjson to json's form from
    1e16 on), anything orjson refuses - json writes it."""
    if _orjson is None:
        return dumps_json(obj, indent=None, allow_nan=False)
    try:
        data = _orjson.dumps(obj)
    except TypeError:
        return dumps_json(obj, indent=None, allow_nan=False)
    if b'\\"' in data:  # an escaped quote: the quotes no longer take turns opening and closing
        return dumps_json(obj, indent=None, allow_nan=False)
    parts = data.split(b'"')  # outside a string, inside, outside, ...
    # The stretches between the strings, joined by a byte orjson never writes raw (it escapes
    # control characters), get their separators in two passes, not two calls per stretch (a
    # 30-group scene's digest has ~44,000 of them), and are split apart again.
    between = b"\x00".join(parts[0::2])
    if b"e" in between or b"0.0000" in between:
        return dumps_json(obj, indent=None, allow_nan=False)
    parts[0::2] = between.replace(b",", b", ").replace(b":", b": ").split(b"\x00")
    return b'"'.join(parts) + b"\n"


def _orjson_indentation(node: Any, depth: int) -> int | None:
    """How many pairs of spaces orjson's two-space indentation writes for ``node`` at ``depth``
    (each line holds one pair per level), or None when orjson would not write every value of
    ``node`` as json does (see :func:`dumps_json`)."""
    t = type(node)
    if t is dict:
        values = node.values()
    elif t is list:
        values = node
    else:
        values = (node,)
    # A container's entries each stand on a line one level deeper, its closing bracket on one
    # at its own level; an empty container stays on its opening line.
    pairs = len(values) * (depth + 1) + depth if values and (t is dict or t is list) else 0
    for v in values:
        t = type(v)
        if t is str or t is int or t is bool or v is None:
            continue
        if t is float:
            # NaN and infinity fail both comparisons; 0.0 and -0.0 are written alike.
            if not 1e-4 <= abs(v) < 1e16 and v != 0.0:
                return None
        elif t is dict or t is list:
            if not v:  # an empty one adds no line (most of a scene's lists are empty)
                continue
            inner = _orjson_indentation(v, depth + 1)
            if inner is None:
                return None
            pairs += inner
        else:  # tuples, subclasses, enums, ...: rare here, and not worth proving equal
            return None
    return pairs


def _reindent(data: bytes, indent: int, indentation: int) -> bytes:
    """orjson's two-space indentation turned into ``indent`` spaces. Every line of its output
    starts with its indentation (strings never hold a raw newline), ``indentation`` pairs of
    spaces in all (:func:`_orjson_indentation`)."""
    if indent == 2:
        return data
    # One pass when no string holds two spaces in a row (the usual case): every "  " is then
    # one level of indentation. Counted, not assumed - a single pair elsewhere takes the long way.
    # The replacement counts them: each pair it replaced changed the length by indent - 2.
    out = data.replace(b"  ", b" " * indent)
    if len(out) - len(data) == indentation * (indent - 2):
        return out
    return _reindent_by_level(data, indent)


def _reindent_by_level(data: bytes, indent: int) -> bytes:
    """orjson's two-space indentation turned into ``indent`` spaces, whatever the strings hold.
    The deepest level is rewritten first, into a placeholder byte orjson never emits raw (it
    escapes control characters), then the placeholders become spaces."""
    depth = 1
    while b"\n" + b"  " * depth in data:
        depth += 1
    for d in range(depth - 1, 0, -1):
        data = data.replace(b"\n" + b"  " * d, b"\n" + b"\x01" * (d * indent))
    return data.replace(b"\x01", b" ")


def _parse(raw: bytes) -> tuple[Any, int]:
    """``json.loads(raw)`` and its nesting depth (:func:`_shape`).

    orjson parses it where it gives json's values (a 3,000-note scene: ~0.02 s against ~0.035 s):
    the same floats, the last of repeated keys. Where it would not - integers beyond 64 bits,
    which it turns into floats (so any float that large sends the file to json) - or where it
    refuses what json accepts or words an error differently (NaN, infinity, lone surrogates,
    other encodings, a byte-order mark, deep nesting, any mistake), json parses the file, so
    the value, or the error and its message, is json's."""
    if _orjson is not None:
        try:
            obj = _orjson.loads(raw)
        except _orjson.JSONDecodeError:
            pass
        else:
            depth, exact = _shape(obj)
            if exact:
                return obj, depth
    obj = json.loads(raw)
    return obj, _shape(obj)[0]


_HUGE = 2.0**63  # orjson reads an integer from here on (below -2**63, above 2**64 - 1) as a float


def _shape(obj: Any) -> tuple[int, bool]:
    """The nesting depth (a value inside a container is one deeper than the container), level by
    level without recursion: a hostile file must not exhaust the stack; and whether no float is
    as large as an integer orjson would have made one of."""
    deepest, level, d, exact = 1, [obj], 1, type(obj) is not float or abs(obj) < _HUGE
    while level:
        below: list[Any] = []
        for node in level:
            if type(node) is dict:
                values = list(node.values())
            elif type(node) is list:
                values = node
            else:
                continue
            if values:
                deepest = d + 1
                for v in values:
                    t = type(v)
                    if t is dict or t is list:
                        below.append(v)
                    elif t is float and not -_HUGE < v < _HUGE:
                        exact = False
        if deepest > MAX_JSON_DEPTH:
            return deepest, exact
        level, d = below, d + 1
    return deepest, exact


# What the json module says where a file stops being JSON (its msg, English), as a sentence of
# werkbord's catalogue: a facilitator reads "line 3, column 5: a comma was expected here".
_JSON_PROBLEMS = {
    "Expecting value": N_("a value was expected here"),
    "Expecting property name enclosed in double quotes": N_("a name in double quotes was expected here"),
    "Expecting ':' delimiter": N_("a colon was expected here"),
    "Expecting ',' delimiter": N_("a comma was expected here"),
    "Unterminated string starting at": N_("text in quotes starts here and is never closed"),
    "Invalid control character at": N_("a character that is not allowed in JSON text"),
    "Invalid \\escape": N_("a backslash code that JSON does not know"),
    "Invalid \\uXXXX escape": N_("a backslash code that JSON does not know"),
    "Extra data": N_("more follows after the end of the JSON"),
    "Illegal trailing comma before end of object": N_("a comma too many before the closing brace"),
    "Illegal trailing comma before end of array": N_("a comma too many before the closing bracket"),
}


def json_problem(error: json.JSONDecodeError) -> str:
    """Where and what is wrong in a JSON file, in the active language."""
    problem = _JSON_PROBLEMS.get(error.msg)
    said = _(problem) if problem else error.msg
    return _("line {line}, column {column}: {problem}").format(line=error.lineno, column=error.colno, problem=said)


def read_json_bounded(path: Path, *, what: str, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Read a JSON file that a user handed us, refusing what is too big or too deep."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UsageError(
            _("{what} {path} does not exist").format(what=_(what), path=path), hint=_("check the path")
        ) from None
    except OSError as e:
        raise UsageError(
            _("cannot read {what} {path} ({reason})").format(what=_(what), path=path, reason=e.strerror)
        ) from None
    if size > max_bytes:
        raise InputTooLarge(
            _("{what} {path} is {size} MB, more than the {limit} MB it can be").format(
                what=_(what), path=path, size=size // (1024 * 1024), limit=max_bytes // (1024 * 1024)
            )
        )
    try:
        raw = path.read_bytes()
        with paused():  # parsing makes no cycles: collections meanwhile would find nothing
            obj, depth = _parse(raw)
    except RecursionError:
        raise InputTooLarge(_("{what} {path} is nested too deeply").format(what=_(what), path=path)) from None
    except UnicodeDecodeError:
        raise UsageError(
            _("{what} {path} is not valid JSON ({reason})").format(
                what=_(what), path=path, reason=_("it is not UTF-8 text")
            )
        ) from None
    except json.JSONDecodeError as e:
        raise UsageError(
            _("{what} {path} is not valid JSON ({reason})").format(what=_(what), path=path, reason=json_problem(e))
        ) from None
    except OSError as e:
        raise UsageError(
            _("cannot read {what} {path} ({reason})").format(what=_(what), path=path, reason=e.strerror)
        ) from None
    if depth > MAX_JSON_DEPTH:
        raise InputTooLarge(_("{what} {path} is nested too deeply").format(what=_(what), path=path))
    return obj
