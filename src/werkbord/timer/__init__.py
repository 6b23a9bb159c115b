"""The live timer, in one package.

* :mod:`.run` — the pure countdown and the runner that drives display and board;
* :mod:`.sender` — board updates beside the countdown, so a slow network never delays it;
* :mod:`.terminal` — the big-digit terminal display and the key reader;
* :mod:`.session_state` — the state the timer writes beside the manifest for ``werkbord live``.
"""

from .run import Countdown, TimerEvents, clock_text, panel, run_timer, select_groups, step_seconds

__all__ = ["Countdown", "TimerEvents", "clock_text", "panel", "run_timer", "select_groups", "step_seconds"]
