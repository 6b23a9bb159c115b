"""The timer's terminal side: keys without Enter, and a large countdown with a bar per group."""

from __future__ import annotations

import contextlib
import select
import sys
import time
from collections.abc import Iterator

from .timer import Countdown, TimerEvents, clock_text

# A 5-line block font: large enough to share on screen in a video call.
_FONT = {
    "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
    "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
    "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
    "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
    "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
    ":": ["   ", " █ ", "   ", " █ ", "   "],
}  # fmt: skip


def big(text: str) -> list[str]:
    return ["  ".join(_FONT[ch][row] for ch in text if ch in _FONT) for row in range(5)]


@contextlib.contextmanager
def key_reader() -> Iterator:
    """``keys(timeout)`` → a key or None. Without a terminal it only waits (no keys)."""
    if not sys.stdin.isatty():

        def wait_only(timeout: float) -> str | None:
            try:
                time.sleep(timeout)
            except KeyboardInterrupt:
                return "q"
            return None

        yield wait_only
        return
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    tty.setcbreak(fd)

    def read(timeout: float) -> str | None:
        try:
            ready, _, _ = select.select([sys.stdin], [], [], timeout)
            return sys.stdin.read(1) if ready else None
        except KeyboardInterrupt:  # Ctrl-C behaves like q
            return "q"

    try:
        yield read
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


class Screen:
    """Redraws the countdown in place."""

    def __init__(self, step_title: str, groups: list[str], *, board_live: bool, stream=None) -> None:
        self.step_title = step_title
        self.groups = groups
        self.board_live = board_live
        self.out = stream or sys.stdout
        self.lines = 0
        self.last_line = ""

    def __call__(self, cd: Countdown, now: float, ev: TimerEvents) -> None:
        rem = cd.remaining(now)
        state = "stopped" if cd.stopped else "time's up" if rem <= 0 else "paused" if cd.paused else ""
        if not self.out.isatty():
            # A log, not a screen: one line per 15 seconds or change of state.
            shown = rem if rem < 15 else 15 * -(-rem // 15)  # 15-second steps, seconds at the end
            line = f"{self.step_title}: {clock_text(shown)} {state}".rstrip()
            if line != self.last_line:
                self.out.write(line + "\n")
                self.out.flush()
                self.last_line = line
            return
        width = 40
        filled = int(round(width * (rem / cd.total))) if cd.total else 0
        bar = "█" * filled + "░" * (width - filled)
        rows = [self.step_title, "", *big(clock_text(rem)), ""]
        rows += [f"{g:<10} {bar} {clock_text(rem)}" for g in self.groups]
        rows.append("")
        board = "" if not self.board_live else ("  ⚠ board is behind, catching up" if ev.behind else "  board in sync")
        rows.append(f"[p] pause/resume  [+/-] minute  [q] stop   {state}{board}")
        if self.lines:
            self.out.write(f"\x1b[{self.lines}F")
        self.out.write("".join(f"\x1b[2K{r}\n" for r in rows))
        self.out.flush()
        self.lines = len(rows)
