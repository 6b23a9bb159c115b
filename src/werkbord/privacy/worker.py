"""The second process of a large harvest: it loads its own engine and tags the notes it is given.

Started by :mod:`.parallel` (never by a user). Two channels connect it to the harvest:

- a small shared file, mapped by both (:class:`Tally`): the worker sets ``ready`` once its engine
  is loaded, and while a list of notes is tagged it holds how far each side has come: the
  harvest takes notes from the front (``front``: the first note it has not taken), the worker
  from the back (``back``: the last note it took). Each side checks the other's mark before
  taking a note, so they meet in the middle without waiting for each other; at worst both tag
  the note they met on, which gives the same result twice.
- its standard input and output, in frames (a 4-byte length, then a pickle): a request is
  ``(settings, offset, jobs)`` with ``settings`` = ``(protected, team, names, review)`` (``review``:
  the words the review step keeps, to read each tagged note for it too, or None) and ``jobs`` the
  notes ``(text, layout)`` from index ``offset`` on; the answer ``("tagged", {index: Tagged})``
  for the notes it took, or ``("failed", {})`` when tagging raised (the harvest then tags those
  itself, so an error shows as it would without a worker). Both ends are werkbord of the same
  installation and the pipes are private to the two processes, so the pickles are trusted.

End of input (the harvest closed the pipe, or ended) ends the process. Nothing is written to
standard error: a traceback could quote a note.
"""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import sys
from pathlib import Path
from typing import Any, BinaryIO

_LENGTH = struct.Struct("!I")
_WORD = struct.Struct("q")
READY, FRONT, BACK = 0, 1, 2
TALLY_SIZE = 3 * _WORD.size


class Tally:
    """Three numbers in a file both processes map: ``ready``, ``front`` and ``back``."""

    def __init__(self, path: str | Path) -> None:
        with open(path, "r+b") as f:
            self._map = mmap.mmap(f.fileno(), TALLY_SIZE)

    def get(self, word: int) -> int:
        return _WORD.unpack_from(self._map, word * _WORD.size)[0]

    def set(self, word: int, value: int) -> None:
        _WORD.pack_into(self._map, word * _WORD.size, value)

    def close(self) -> None:
        self._map.close()


def write_frame(out: BinaryIO, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)) + data)
    out.flush()


def read_frame(inp: BinaryIO) -> Any:
    """The next frame's object; EOFError when the other side closed the pipe."""
    head = _read_exactly(inp, _LENGTH.size)
    return pickle.loads(_read_exactly(inp, _LENGTH.unpack(head)[0]))


def _read_exactly(inp: BinaryIO, n: int) -> bytes:
    parts, left = [], n
    while left:
        chunk = inp.read(left)
        if not chunk:
            raise EOFError
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _private_streams() -> tuple[BinaryIO, BinaryIO]:
    """The protocol's input and output; everything else that would print goes nowhere (deduce
    configures logging to standard output on import)."""
    inp = os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    return inp, out


def serve(cache_dir: str, tally_path: str) -> None:
    """Load the engine for ``cache_dir``, then tag what the harvest asks until it closes the pipe."""
    inp, out = _private_streams()
    from .. import gcpolicy

    gcpolicy.for_the_command()
    tally = Tally(tally_path)
    try:
        from .precompiled import precompiled

        with precompiled(Path(cache_dir), "engine"):  # the rules' patterns, compiled as they are imported
            from .engine import build_first_use_patterns, get_engine, reviewed

            build_first_use_patterns()

        engine = get_engine(Path(cache_dir), lambda message: None)
    except Exception:  # noqa: BLE001 - never ready: the harvest tags everything itself
        return
    tally.set(READY, 1)
    while True:
        try:
            settings, offset, jobs = read_frame(inp)
        except EOFError:
            return
        done: dict[int, Any] = {}
        try:
            protected, team, names, review = (*settings, None)[:4]
            while (j := tally.get(BACK) - 1) >= tally.get(FRONT):
                tally.set(BACK, j)
                text, layout = jobs[j - offset]
                tagged = engine.tag(text, protected, names=names, layout=layout, team=team)
                done[j] = tagged if review is None else reviewed(tagged, review)
        except Exception:  # noqa: BLE001 - the harvest tags these itself, and reports what fails
            write_frame(out, ("failed", {}))
            continue
        write_frame(out, ("tagged", done))
