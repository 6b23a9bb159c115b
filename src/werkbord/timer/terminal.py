"""The timer's terminal side: keys without Enter, and a large countdown with a bar per group.

Works the same on Windows, macOS and Linux: the screen is drawn with ``rich.live`` (which
knows each console), keys come from ``msvcrt`` on Windows and from ``termios``/``select`` elsewhere.
The POSIX-only modules are imported only on that branch, and the platform is a parameter, so
tests run the Windows path on any machine. Without a terminal (output piped to a file or a
log) the screen is a line per 15 seconds or change of state, and no keys are read.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from ..i18n import _
from .run import Countdown, TimerEvents, clock_text

# A 5-line block font: large enough to share on screen in a video call.
_FONT = {
    "0": ["███", "█ █", "█ █", "█ █", "███"],
    "1": [" █ ", "██ ", " █ ", " █ ", "███"],
    "2": ["███", "  █", "███", "█  ", "███"],
    "3": ["███", "  █", "███", "  █", "███"],
    "4": ["█ █", "█ █", "███", "  █", "  █"],
    "5": ["███", "█  ", "███", "  █", "███"],
    "6": ["███", "█  ", "███", "█ █", "███"],
    "7": ["███", "  █", "  █", "  █", "  █"],
    "8": ["███", "█ █", "███", "█ █", "███"],
    "9": ["███", "█ █", "███", "  █", "███"],
    ":": ["   ", " █ ", "   ", " █ ", "   "],
}

Keys = Callable[[float], str | None]
_POLL = 0.05  # seconds between looks at the Windows keyboard buffer


def big(text: str) -> list[str]:
    return ["  ".join(_FONT[ch][row] for ch in text if ch in _FONT) for row in range(5)]


def _wait_only(timeout: float) -> str | None:
    try:
        time.sleep(timeout)
    except KeyboardInterrupt:
        return "q"
    return None


@contextlib.contextmanager
def key_reader(*, platform: str | None = None, stdin: TextIO | None = None, msvcrt: Any = None) -> Iterator[Keys]:
    """``keys(timeout)`` → a key or None. Without a terminal it only waits (no keys).

    ``platform`` (``sys.platform``'s value), ``stdin`` and ``msvcrt`` are for tests.
    """
    stdin = stdin or sys.stdin
    platform = platform or sys.platform
    if not stdin.isatty():
        yield _wait_only
        return
    if platform == "win32":
        if msvcrt is None:
            import msvcrt  # type: ignore[no-redef]  # Windows only
        yield _windows_keys(msvcrt)
        return
    with _posix_keys(stdin) as read:
        yield read


def _windows_keys(msvcrt: Any) -> Keys:
    def read(timeout: float) -> str | None:
        end = time.monotonic() + timeout
        try:
            while True:
                if msvcrt.kbhit():
                    ch = msvcrt.getwch()
                    if ch in ("\x00", "\xe0"):  # arrows and function keys come as two; not ours
                        msvcrt.getwch()
                        continue
                    return ch
                left = end - time.monotonic()
                if left <= 0:
                    return None
                time.sleep(min(_POLL, left))
        except KeyboardInterrupt:  # Ctrl-C behaves like q
            return "q"

    return read


@contextlib.contextmanager
def _posix_keys(stdin: TextIO) -> Iterator[Keys]:
    import select
    import termios
    import tty

    fd = stdin.fileno()
    saved = termios.tcgetattr(fd)
    tty.setcbreak(fd)

    def read(timeout: float) -> str | None:
        try:
            ready, _, _ = select.select([stdin], [], [], timeout)
            return stdin.read(1) if ready else None
        except KeyboardInterrupt:  # Ctrl-C behaves like q
            return "q"

    try:
        yield read
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


class Screen:
    """Draws the countdown: in place on a terminal (``rich.live``), a line per step in a log.

    Use it as a context manager around the countdown (it starts and stops the live display).
    """

    def __init__(self, step_title: str, groups: list[str], *, board_live: bool, stream: TextIO | None = None) -> None:
        self.step_title = step_title
        self.groups = groups
        self.board_live = board_live
        self.out = stream or sys.stdout
        self.last_line = ""
        self._live: Any = None

    def __enter__(self) -> Screen:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None

    def __call__(self, cd: Countdown, now: float, ev: TimerEvents) -> None:
        rem = cd.remaining(now)
        state = _("stopped") if cd.stopped else _("time's up") if rem <= 0 else _("paused") if cd.paused else ""
        if not self.out.isatty():
            # A log, not a screen: one line per 15 seconds or change of state.
            shown = rem if rem < 15 else 15 * -(-rem // 15)  # 15-second steps, seconds at the end
            line = f"{self.step_title}: {clock_text(shown)} {state}".rstrip()
            if line != self.last_line:
                self.out.write(line + "\n")
                self.out.flush()
                self.last_line = line
            return
        view = self.render(cd, now, ev, state)
        if self._live is None:
            from rich.console import Console
            from rich.live import Live

            console = Console(file=self.out, force_terminal=True)
            # Redrawn by the countdown itself (at least twice a second), not by a thread of rich's.
            self._live = Live(view, console=console, auto_refresh=False, transient=False)
            self._live.start()
        self._live.update(view, refresh=True)

    def render(self, cd: Countdown, now: float, ev: TimerEvents, state: str) -> Any:
        from rich.console import Group
        from rich.text import Text

        rem = cd.remaining(now)
        colour = "red" if rem <= 0 else "grey50" if cd.paused or cd.stopped else "bold"
        width = 40
        filled = int(round(width * (rem / cd.total))) if cd.total else 0
        bar = "█" * filled + "░" * (width - filled)
        rows: list[Any] = [Text(self.step_title, style="bold"), Text("")]
        rows += [Text(r, style=colour) for r in big(clock_text(rem))]
        rows.append(Text(""))
        rows += [Text(f"{g:<10} {bar} {clock_text(rem)}") for g in self.groups]
        rows.append(Text(""))
        board = ""
        if self.board_live:
            if ev.final_pending:
                board = "  ⚠ " + _("board not updated yet, trying again ([q] quits)")
            elif ev.behind:
                board = "  ⚠ " + _("board is behind, catching up")
            else:
                board = "  " + _("board in sync")
        rows.append(Text(_("[p] pause/resume  [+/-] minute  [q] stop") + f"   {state}{board}"))
        return Group(*rows)
