"""The timer speaks the session's language: its screen, its piped lines and its errors."""

from __future__ import annotations

import io

import pytest

from werkbord import i18n
from werkbord.timer import Countdown, TimerEvents
from werkbord.timer.terminal import Screen

NL, EN = "nl_NL.UTF-8", "en_US.UTF-8"


def piped_lines(lang: str) -> list[str]:
    """What a log receives for a running, a paused, a finished and a stopped countdown."""
    out = io.StringIO()  # not a terminal: one line per state
    screen = Screen("Stap 1 · Netwerk", ["Groep 1"], board_live=True, stream=out)
    ev = TimerEvents()
    with i18n.language(lang):
        screen(Countdown(total=60, started=0), 0, ev)
        paused = Countdown(total=60, started=0)
        paused.toggle_pause(10)
        screen(paused, 20, ev)
        screen(Countdown(total=60, started=0), 61, ev)
        stopped = Countdown(total=60, started=0, stopped=True)
        screen(stopped, 30, ev)
    return out.getvalue().splitlines()


def test_piped_lines_name_the_state_in_the_sessions_language():
    assert piped_lines("nl") == [
        "Stap 1 · Netwerk: 1:00",
        "Stap 1 · Netwerk: 1:00 gepauzeerd",
        "Stap 1 · Netwerk: 0:00 tijd is om",
        "Stap 1 · Netwerk: 0:30 gestopt",
    ]
    assert piped_lines("en") == [
        "Stap 1 · Netwerk: 1:00",
        "Stap 1 · Netwerk: 1:00 paused",
        "Stap 1 · Netwerk: 0:00 time's up",
        "Stap 1 · Netwerk: 0:30 stopped",
    ]


def screen_text(lang: str, ev: TimerEvents, cd: Countdown, now: float) -> str:
    from rich.console import Console

    screen = Screen("Stap 2", ["Groep 1", "Groep 2"], board_live=True, stream=io.StringIO())
    out = io.StringIO()
    with i18n.language(lang):
        state = "paused" if cd.paused else ""
        view = screen.render(cd, now, ev, i18n._(state) if state else "")
    Console(file=out, width=120, color_system=None).print(view)
    return out.getvalue()


@pytest.mark.parametrize(
    "ev,nl,en",
    [
        (TimerEvents(), "bord is bijgewerkt", "board in sync"),
        (TimerEvents(behind=True), "⚠ bord loopt achter, wordt bijgewerkt", "⚠ board is behind, catching up"),
        (
            TimerEvents(final_pending=True),
            "⚠ bord nog niet bijgewerkt, opnieuw proberen ([q] stopt)",
            "⚠ board not updated yet, trying again ([q] quits)",
        ),
    ],
)
def test_the_screen_shows_keys_and_the_boards_state_in_the_sessions_language(ev, nl, en):
    cd = Countdown(total=600, started=0)
    dutch, english = screen_text("nl", ev, cd, 30), screen_text("en", ev, cd, 30)
    assert "[p] pauze/verder  [+/-] minuut  [q] stoppen" in dutch and nl in dutch
    assert "[p] pause/resume  [+/-] minute  [q] stop" in english and en in english
    assert "pause/resume" not in dutch and "pauze" not in english
    cd.toggle_pause(30)
    assert "gepauzeerd" in screen_text("nl", ev, cd, 40) and "paused" in screen_text("en", ev, cd, 40)


def test_the_timer_command_counts_down_in_the_sessions_language(cli, tmp_path):
    # The user's locale is the other language each time: the session's manifest decides.
    assert cli("provision", "--groups", "1", "--title", "Noord", "--out", tmp_path, lang=EN).exit_code == 0
    assert (
        cli("provision", "--groups", "1", "--title", "North", "--lang", "en", "--out", tmp_path, lang=NL).exit_code == 0
    )
    nl = cli("timer", tmp_path / "noord.werkbord.json", "--step", "1", "--minutes", "0.005", lang=EN)
    en = cli("timer", tmp_path / "north.werkbord.json", "--step", "1", "--minutes", "0.005", lang=NL)
    assert nl.exit_code == 0 and en.exit_code == 0, (nl.output, en.output)
    assert nl.output.rstrip().endswith("0:00 tijd is om") and "time's up" not in nl.output
    assert en.output.rstrip().endswith("0:00 time's up") and "tijd is om" not in en.output
    assert "Stap 1" in nl.output and "Step 1" in en.output

    # Its errors too.
    groups = cli("timer", tmp_path / "noord.werkbord.json", "--step", "1", "--groups", "x", lang=EN)
    assert str(groups.exception) == "--groups 'x' is geen lijst van groepsnummers (bijvoorbeeld --groups 1,3)"
    groups = cli("timer", tmp_path / "north.werkbord.json", "--step", "1", "--groups", "7", lang=NL)
    assert str(groups.exception) == "--groups '7' names no group of this board (groups are 1 to 1)"
