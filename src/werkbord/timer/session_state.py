"""The session state two werkbord processes share: ``werkbord timer`` writes, ``werkbord live`` reads.

A small JSON file beside the manifest (``team-noord.sessie.json``) holds the timer's state. It
carries no participant text: only the step's title, the seconds left and whether the timer is
paused or stopped. The timer writes it at most once a second and whenever its state changes;
the live page counts down between writes from ``written_at``. A timer that stopped writing
(closed terminal, crash) is treated as gone after :data:`GONE_AFTER` seconds.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import WerkbordError
from ..fileio import write_json_atomic

SCHEMA = "werkbord.session-state/1"
SUFFIX = ".sessie.json"
GONE_AFTER = 10.0  # seconds without a write from a running timer: it no longer runs
ENDED_SHOWN = 120.0  # a stopped or finished timer stays on the page this long after its last write
WRITE_EVERY = 1.0


def state_path(manifest_file: Path) -> Path:
    """``team-noord.werkbord.json`` → ``team-noord.sessie.json`` in the same folder."""
    manifest_file = Path(manifest_file)
    stem = manifest_file.name.removesuffix(".json").removesuffix(".werkbord")
    return manifest_file.with_name(stem + SUFFIX)


def write_timer(
    manifest_file: Path,
    *,
    title: str,
    remaining: float,
    paused: bool,
    stopped: bool,
    now: float | None = None,
) -> None:
    """Record the timer's state; a file that cannot be written never stops the timer."""
    state = {
        "schema": SCHEMA,
        "timer": {
            "title": title,
            "remaining": round(max(0.0, remaining), 1),
            "paused": paused,
            "stopped": stopped,
            "written_at": time.time() if now is None else now,
        },
    }
    try:
        write_json_atomic(state_path(manifest_file), state, indent=None)
    except (OSError, WerkbordError):
        pass  # the countdown in the terminal matters more than the live page's copy of it


def read_timer(manifest_file: Path, *, now: float | None = None) -> dict[str, Any] | None:
    """The timer as the live page shows it, or None when no timer runs (or the file is unreadable).

    ``remaining`` is brought up to ``now`` for a running timer. A stopped or finished timer stays
    shown for :data:`ENDED_SHOWN` seconds; a running one that stopped writing is gone after
    :data:`GONE_AFTER` seconds (its process no longer runs).
    """
    now = time.time() if now is None else now
    try:
        data = json.loads(state_path(manifest_file).read_text(encoding="utf-8"))
        t = data["timer"]
        title = str(t["title"])
        remaining = float(t["remaining"])
        written = float(t["written_at"])
        paused, stopped = bool(t["paused"]), bool(t["stopped"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    age = now - written
    ended = stopped or remaining <= 0
    if age < -GONE_AFTER or age > (ENDED_SHOWN if ended else GONE_AFTER):
        return None
    if not (paused or stopped):
        remaining = max(0.0, remaining - max(0.0, age))
    return {
        "title": title,
        "remaining": remaining,
        "paused": paused,
        "stopped": stopped,
        "finished": remaining <= 0 and not stopped,
    }


def timer_writer(manifest_file: Path, title: str, show: Callable[..., None]) -> Callable[..., None]:
    """Wrap the timer's display callback ``show(countdown, now, events)`` so that every redraw also
    records the state for ``werkbord live`` (at most once a second, and at every change of state)."""
    last: list[Any] = [None, 0.0]

    def wrapped(cd: Any, now: float, *rest: Any, **kw: Any) -> None:
        show(cd, now, *rest, **kw)
        remaining = cd.remaining(now)
        state = (cd.paused, cd.stopped, remaining <= 0)
        wall = time.time()
        if state != last[0] or wall - last[1] >= WRITE_EVERY:
            write_timer(manifest_file, title=title, remaining=remaining, paused=cd.paused, stopped=cd.stopped, now=wall)
            last[0], last[1] = state, wall

    return wrapped


class _RecordingScreen:
    """A timer display that also records the state (see :func:`recording_screen`); everything
    else, including use as a context manager, goes to the display it wraps."""

    def __init__(self, screen: Any, record: Callable[..., None]) -> None:
        self._screen = screen
        self._record = record

    def __call__(self, cd: Any, now: float, *rest: Any, **kw: Any) -> None:
        self._record(cd, now, *rest, **kw)

    def __enter__(self) -> _RecordingScreen:
        enter = getattr(self._screen, "__enter__", None)
        if enter is not None:
            enter()
        return self

    def __exit__(self, *exc: Any) -> Any:
        leave = getattr(self._screen, "__exit__", None)
        return leave(*exc) if leave is not None else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._screen, name)


def recording_screen(manifest_file: Path, screen_class: Callable[..., Any]) -> Callable[..., Any]:
    """``werkbord timer``'s display class, made to record the timer's state for ``werkbord live``:
    ``Screen = recording_screen(manifest, Screen)``, then ``Screen(title, ...)`` as before."""

    def make(title: str, *args: Any, **kw: Any) -> _RecordingScreen:
        screen = screen_class(title, *args, **kw)
        return _RecordingScreen(screen, timer_writer(manifest_file, title, screen))

    return make
