"""The timer's terminal on every platform: Windows' keys tested here with the platform injected."""

from __future__ import annotations

import io
import subprocess
import sys
import time

from werkbord.timer import Countdown, TimerEvents
from werkbord.timer.terminal import Screen, key_reader


class TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


class FakeMsvcrt:
    """The keyboard buffer as msvcrt shows it: kbhit() / getwch()."""

    def __init__(self, keys: str) -> None:
        self.buffer = list(keys)

    def kbhit(self) -> bool:
        return bool(self.buffer)

    def getwch(self) -> str:
        return self.buffer.pop(0)


def test_windows_keys_come_from_msvcrt_without_enter():
    kb = FakeMsvcrt("\xe0Hp")  # an arrow key (two codes, ignored), then p
    with key_reader(platform="win32", stdin=TTY(), msvcrt=kb) as keys:
        assert keys(0.5) == "p"
        t = time.monotonic()
        assert keys(0.2) is None  # nothing pressed: waits its timeout, then answers
        assert 0.15 <= time.monotonic() - t < 0.6


def test_windows_ctrl_c_stops_like_q():
    class Interrupting(FakeMsvcrt):
        def kbhit(self) -> bool:
            raise KeyboardInterrupt

    with key_reader(platform="win32", stdin=TTY(), msvcrt=Interrupting("")) as keys:
        assert keys(0.5) == "q"


def test_posix_only_modules_stay_behind_the_platform_switch():
    # As on Windows: no termios, tty or fcntl to import. The module loads and reads keys.
    code = (
        "import sys\n"
        "for m in ('termios', 'tty', 'fcntl'): sys.modules[m] = None\n"
        "import io, werkbord.timer.terminal as tt, werkbord.cli\n"
        "class TTY(io.StringIO):\n"
        "    def isatty(self): return True\n"
        "class K:\n"
        "    def kbhit(self): return True\n"
        "    def getwch(self): return '+'\n"
        "with tt.key_reader(platform='win32', stdin=TTY(), msvcrt=K()) as keys:\n"
        "    print(keys(0.1))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-1500:]
    assert r.stdout.strip() == "+"


def test_without_a_terminal_keys_only_wait():
    with key_reader(platform="win32", stdin=io.StringIO()) as keys:
        t = time.monotonic()
        assert keys(0.1) is None and time.monotonic() - t >= 0.09


def test_terminal_screen_redraws_in_place_with_rich():
    out = TTY()
    cd = Countdown(total=90, started=0)
    with Screen("Stap 1 · Ervaring ophalen", ["Groep 1", "Groep 2"], board_live=True, stream=out) as screen:
        screen(cd, 0.0, TimerEvents())
        screen(cd, 75.0, TimerEvents(behind=True))
    text = out.getvalue()
    assert "Stap 1 · Ervaring ophalen" in text and "Groep 2" in text
    assert "███" in text  # the big digits
    assert "board is behind" in text and "0:15" in text
    assert "\x1b[" in text  # drawn in place with terminal control codes


def test_screen_tells_the_last_update_is_still_pending():
    out = TTY()
    cd = Countdown(total=60, started=0)
    with Screen("Stap 1", ["Groep 1"], board_live=True, stream=out) as screen:
        screen(cd, 61.0, TimerEvents(final_pending=True, behind=True))
    assert "time's up" in out.getvalue() and "board not updated yet" in out.getvalue()


def test_piped_output_prints_a_line_per_tick():
    out = io.StringIO()
    cd = Countdown(total=60, started=0)
    screen = Screen("Stap 1", ["Groep 1"], board_live=True, stream=out)
    for t in range(0, 62):
        screen(cd, float(t), TimerEvents())
    lines = out.getvalue().splitlines()
    assert lines[:4] == ["Stap 1: 1:00", "Stap 1: 0:45", "Stap 1: 0:30", "Stap 1: 0:15"]
    assert lines[-1] == "Stap 1: 0:00 time's up"
    assert "\x1b[" not in out.getvalue()
