"""The privacy rules' regular expressions, compiled once and kept beside the prepared word lists,
so that a harvest's processes start without compiling them again.

Importing the rule modules compiles ~600 patterns, ~0.1-0.2 s in each process of a harvest
(the command's and its second one, :mod:`.parallel`). Python's :mod:`re` parses a pattern and
generates its code in Python, and keeps nothing between processes; what it then hands its C
engine (``_sre.compile``) is plain data: the flags, a list of code words and the group names.
That data is kept here, per pattern and flags, in one file in the lookup cache folder (as
``.pyc`` files keep modules' bytecode); the next process hands it to ``_sre.compile`` directly,
which checks the code it is given as it does for every pattern. A pattern made so equals one
compiled anew (``==`` compares flags and code; tested over the whole file).

Only what is compiled inside :func:`precompiled`, in the entering thread, is kept, and it is
entered only where no note and no team list is read: around the rule modules' import
("engine", "teamlist"), deduce's pipeline being assembled ("pipeline"), the date rules' import
("due"), and the template's own patterns ("template": its parties and form labels;
"protected": its party words), a template's words being the workshop's, not anyone's data (the
template itself is kept in the user cache too). A test runs a whole harvest with a privacy list
and finds none of its notes' or list's words in any of these files. Each file
is rewritten (atomically) only when a pattern was missing from it (a new werkbord, other
rules), with exactly the patterns of that import. It belongs to one Python and one ``_sre``
(its name says which); whatever goes wrong reading, using or writing it, patterns are
compiled as usual.

A rule module must build each pattern the same way in every process: one that joins a set's
words in the set's order differs between processes (Python seeds string hashing per process),
so every process missed it, compiled it anew and rewrote the whole file (two ~1 MB writes per
harvest). Sort such words fully (``key=lambda w: (-len(w), w)``, not ``key=len``); a test runs
the import with three hash seeds and checks that the file is written once. A pattern the
standard library compiles meanwhile is not kept (``tokenize`` builds one from a set).
"""

from __future__ import annotations

import marshal
import os
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler

_sre = _compiler._sre
_FOR = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
_DEBUG = 128  # re.DEBUG: such a pattern prints as it compiles
_lock = threading.Lock()


def _read(path: Path) -> dict:
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _write(path: Path, table: dict) -> None:
    if not path.parent.is_dir():
        return  # (the word lists are not prepared yet: the next command writes it)
    from .cachefile import write_cache  # (here: this module is imported before any pattern is compiled)

    try:
        data = marshal.dumps(table)
    except ValueError:
        return  # a cache: the next command compiles again
    write_cache(path, data)


_STDLIB = os.path.dirname(os.__file__)


def _by_the_standard_library() -> bool:
    """The pattern being compiled was asked for by the standard library (not by a package):
    some build theirs from a set (``tokenize``'s string prefixes), differently in every
    process, so keeping them would only rewrite the file each time."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    if frame is None:
        return False
    where = frame.f_code.co_filename
    return where.startswith(_STDLIB) and "site-packages" not in where and "dist-packages" not in where


def file_name(name: str) -> str:
    """The file of the patterns of the import called ``name``, for this Python."""
    return f"patterns-{name}-{_FOR}.marshal"


@contextmanager
def precompiled(cache_dir: Path | None, name: str) -> Iterator[None]:
    """Patterns compiled in this thread within the ``with`` block come from ``cache_dir``'s
    file for ``name`` (one per place that imports rule modules) where it has them; missing ones
    are compiled and that file rewritten."""
    if cache_dir is None or not _lock.acquire(blocking=False):
        yield  # no folder, or another thread is in here: compile as usual
        return
    path = Path(cache_dir) / file_name(name)
    table: dict = {}
    used: dict = {}
    pending: list = []
    read: list[bool] = []  # the file is read at the first pattern (an import done before: never)
    me = threading.get_ident()
    compile_anew = _compiler.compile

    def compile_known(pattern, flags=0):  # noqa: ANN001, ANN202 - re._compiler.compile's own
        if threading.get_ident() != me or not isinstance(pattern, str) or flags & _DEBUG:
            return compile_anew(pattern, flags)
        if not read:
            read.append(True)
            table.update(_read(path))
        key = (pattern, int(flags))
        args = table.get(key)
        if args is not None:
            try:
                done = _sre.compile(pattern, *args)
            except Exception:  # noqa: BLE001 - not for this Python after all: compiled anew
                done = None
            if done is not None:
                used[key] = args
                return done
        if _by_the_standard_library():
            return compile_anew(pattern, flags)  # (not kept: see there)
        pending.append(key)
        try:
            return compile_anew(pattern, flags)
        finally:
            pending.pop()

    def record(pattern, flags, code, *rest):  # noqa: ANN001, ANN202 - _sre.compile's own
        if threading.get_ident() == me and pending:
            used[pending[-1]] = (int(flags), [int(c) for c in code], *rest)
        return _sre.compile(pattern, flags, code, *rest)

    # re._compiler finds _sre.compile through its module; the stand-in answers everything else
    # as _sre does, without a lookup per attribute.
    stand_in = types.SimpleNamespace(**{k: getattr(_sre, k) for k in dir(_sre) if not k.startswith("__")})
    stand_in.compile = record
    _compiler.compile, _compiler._sre = compile_known, stand_in
    try:
        yield
        missed = any(key not in table for key in used)
    finally:
        _compiler.compile, _compiler._sre = compile_anew, _sre
        _lock.release()
    if missed:
        _write(path, used)
