"""Pseudonymising a large harvest on two cores: a second process tags part of the notes.

Tagging is CPU work in pure Python (deduce's annotators and werkbord's rules, ~0.5 ms a note),
so threads cannot share it; a second process can. :meth:`TagWorker.start` starts one as soon
as a harvest knows it has many notes: it loads its own engine (from the same prepared lookup
file) while this process classifies the board and loads its engine. :meth:`TagWorker.tag_all`
then tags from the front of the list while the worker, once it is ready, tags from the back;
they meet wherever they meet (see :mod:`.worker`), so a busy or late core simply does less.
A note gives the same result whichever process tags it (every note is tagged on its own, with
the same settings), so the output does not depend on the split.

No thread runs here while this process tags: it looks at the shared tally between two notes,
and reads the worker's one answer when its own part is done. (A thread that fed the worker
cost more than it saved on a loaded machine: every hand-over of the interpreter lock waited
for the operating system to schedule the other thread.)

Plain ``subprocess`` with pipes rather than ``multiprocessing``: the same on Windows and Linux,
and no re-import of the command's ``__main__`` in the child. Nothing depends on the worker:
when it cannot start, is not ready in time, or fails, this process tags the rest itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cachefile import is_prepared
from .worker import BACK, FRONT, READY, TALLY_SIZE, Tally, read_frame, write_frame

if TYPE_CHECKING:
    from .engine import Tagged
    from .fields import Layout

__all__ = ["MIN_JOBS", "MIN_TEXTS", "CpuWatch", "TagWorker", "cores"]

# Different texts written on a board below which no second process is started: it needs
# ~0.6 s of CPU to start and load its engine, which pays off from several hundred notes
# (~0.5 ms each).
MIN_TEXTS = 500
# Notes below which one call does not use the worker (say, the second pass of a harvest).
MIN_JOBS = 64

_PATH_VARIABLE = "WERKBORD_WORKER_SYS_PATH"
# One line (a command line on Windows), run by the same interpreter with this process's sys.path.
_BOOT = (
    f"import json, os, sys; sys.path[:] = json.loads(os.environ.pop({_PATH_VARIABLE!r})); "
    "from werkbord.privacy.worker import serve; serve(sys.argv[1], sys.argv[2])"
)


def cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows, macOS
        return os.cpu_count() or 1


# Of the cores' time since the watch began, the idle share needed to start a worker: about half
# a core doing nothing. On a machine whose cores are all busy a second process only splits this
# command's share of them, and its own start-up (~0.6 s of CPU) makes the harvest slower.
IDLE_CORES = 0.5
_ENOUGH_TICKS = 20  # a shorter window (all cores together, in clock ticks) says too little: start


class CpuWatch:
    """Whether a core sat idle while the board was read (Linux: ``/proc/stat``; elsewhere it
    cannot tell, and answers yes)."""

    def __init__(self) -> None:
        self._start = _cpu_ticks()

    def idle_core(self) -> bool:
        now = _cpu_ticks()
        if self._start is None or now is None:
            return True
        idle, total = now[0] - self._start[0], now[1] - self._start[1]
        if total < _ENOUGH_TICKS:
            return True
        return idle / total * cores() >= IDLE_CORES


def _cpu_ticks() -> tuple[int, int] | None:
    """(idle, total) clock ticks of all cores since boot; idle counts waiting for disk too."""
    try:
        with open("/proc/stat", "rb") as f:
            fields = f.readline().split()
        user, nice, system, idle, iowait, irq, softirq, steal = (int(v) for v in fields[1:9])
    except (OSError, ValueError):
        return None
    return idle + iowait, user + nice + system + idle + iowait + irq + softirq + steal


class TagWorker:
    """One worker process for one harvest; :meth:`close` it when the harvest is scrubbed."""

    def __init__(self, process: subprocess.Popen[bytes], tally: Tally, tally_path: Path) -> None:
        self._process, self._tally, self._tally_path = process, tally, tally_path
        self._usable = True  # cleared when it fails
        self.answered = 0  # notes the worker tagged, over every call
        # Ended with this object, or as the program exits, if nobody closed it (a harvest that failed).
        self._finalizer = weakref.finalize(self, _end, process, tally, tally_path)

    @classmethod
    def start(cls, cache_dir: Path) -> TagWorker | None:
        """A worker loading the engine for ``cache_dir``, or None where it cannot help: one core,
        a frozen application (no interpreter to start), or lookup data still to be prepared
        (this process prepares it, once)."""
        if cores() < 2 or getattr(sys, "frozen", False) or not sys.executable or not is_prepared(cache_dir):
            return None
        env = dict(os.environ)
        env[_PATH_VARIABLE] = json.dumps(sys.path)  # the same werkbord and packages as this process
        try:
            fd, name = tempfile.mkstemp(prefix="werkbord-tally-")
        except OSError:  # no writable temporary folder: one process does it all
            return None
        tally_path, tally = Path(name), None
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(bytes(TALLY_SIZE))
            tally = Tally(tally_path)
            process = subprocess.Popen(
                [sys.executable, "-c", _BOOT, str(cache_dir), str(tally_path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError:
            if tally is not None:
                tally.close()
            tally_path.unlink(missing_ok=True)
            return None
        return cls(process, tally, tally_path)

    def tag_all(
        self, jobs: Sequence[tuple[str, Layout]], settings: Any, tag_here: Callable[..., Tagged]
    ) -> list[Tagged]:
        """``jobs`` (text, layout) tagged, in order: by ``tag_here(text, layout)`` in this process
        and by the worker with ``settings`` (protected phrases, team list, shared names)."""
        n, tally = len(jobs), self._tally
        results: list[Tagged | None] = [None] * n
        asked = False
        for i in range(n):
            if not asked and self._usable and tally.get(READY):
                asked = self._ask(settings, i, jobs)
            if asked:
                if i >= tally.get(BACK):  # the worker has taken this one: the rest is its part
                    break
                tally.set(FRONT, i + 1)
            results[i] = tag_here(*jobs[i])
        if asked:
            self._collect(results)
        # Whatever the worker did not answer for (it failed or ended) is tagged here.
        return [r if r is not None else tag_here(*jobs[i]) for i, r in enumerate(results)]

    def _ask(self, settings: Any, start: int, jobs: Sequence[tuple[str, Layout]]) -> bool:
        self._tally.set(FRONT, start)
        self._tally.set(BACK, len(jobs))
        try:
            write_frame(self._process.stdin, (settings, start, list(jobs[start:])))  # type: ignore[arg-type]
        except (OSError, ValueError):
            self._usable = False
            return False
        return True

    def _collect(self, results: list[Tagged | None]) -> None:
        try:
            kind, done = read_frame(self._process.stdout)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - the worker ended or broke: its notes are tagged here
            self._usable = False
            return
        if kind != "tagged":
            self._usable = False  # this process tags the rest, and shows any error as usual
        for i, tagged in done.items():
            results[i] = tagged
        self.answered += len(done)

    def close(self) -> None:
        """End the worker (whatever it is doing: it holds nothing to keep) and reap it."""
        self._usable = False
        self._finalizer()


def _end(process: subprocess.Popen[bytes], tally: Tally, tally_path: Path) -> None:
    try:
        process.kill()
    except OSError:
        pass
    process.wait()
    for pipe in (process.stdin, process.stdout):
        try:
            pipe.close()  # type: ignore[union-attr]
        except OSError:
            pass
    tally.close()
    try:
        tally_path.unlink(missing_ok=True)
    except OSError:  # pragma: no cover - Windows, still mapped by a process being ended
        pass
