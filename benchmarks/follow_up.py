"""After the session, timed as a user runs it (whole ``werkbord`` process, start-up included) and
in one process, with the ratio to the target of issue #23:

* ``werkbord actions HARVEST --ics FILE`` for 12 actions           whole process < 0.5 s
* ``werkbord report`` of a team's history: 3 sessions x 4 groups
  (a session and two follow-ups), every format, report and history  whole process < 2 s
* beside them ``werkbord --version`` and ``werkbord links``: what a command costs to start (every
  command with arguments loads typer's pydantic-based parameter handling)

    python benchmarks/follow_up.py [--runs 5]

The harvests are played on Excalidraw boards (tests/team_play.py, tests/test_history.py).
Whole-process figures are medians of ``--runs`` runs; in-process ones the best of the same
number after a warm-up.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def whole(args: list[str], runs: int, before=None) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of the whole process: on a shared,
    busy machine the CPU time is closer to what an idle laptop's wall clock would show."""
    import resource

    times, cpu = [], []
    for _ in range(runs):
        if before:
            before()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "werkbord", *args], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return statistics.median(times), statistics.median(cpu)


def inproc(fn, runs: int) -> float:
    fn()
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    runs = p.parse_args().runs
    compileall.compile_dir(ROOT / "src" / "werkbord", quiet=1)
    from test_history import team  # a session and two follow-ups of Team Noord, 4 groups each
    from werkbord import api
    from werkbord.report import write_reports

    class Factory:
        def __init__(self, root: Path) -> None:
            self.root = root

        def mktemp(self, name: str) -> Path:
            path = self.root / name
            path.mkdir()
            return path

    with tempfile.TemporaryDirectory() as tmp:
        root, paths = team.__wrapped__(Factory(Path(tmp)))
        first = paths[0]
        n_actions = len(api.actions([first]).actions)
        ics = Path(tmp) / "a.ics"

        def drop_ics() -> None:
            ics.unlink(missing_ok=True)

        out = Path(tmp) / "out"

        def drop_out() -> None:
            shutil.rmtree(out, ignore_errors=True)

        rows = [
            ("werkbord --version", whole(["--version"], runs), None, None),
            (
                "werkbord links MANIFEST (a small command, for comparison)",
                whole(["links", str(next(first.parent.glob("*.werkbord.json")))], runs),
                None,
                None,
            ),
            (
                f"werkbord actions --ics ({n_actions} actions)",
                whole(["actions", str(first), "--ics", str(ics)], runs, drop_ics),
                inproc(lambda: (drop_ics(), api.write_calendar(api.actions([first]), ics)), runs),
                0.5,
            ),
            (
                "werkbord report, history of 3 sessions x 4 groups, all formats",
                whole(["report", *map(str, paths), "--out", str(out)], runs, drop_out),
                inproc(
                    lambda: (
                        drop_out(),
                        write_reports(
                            loaded := [api.load_harvest(x) for x in paths], out, {"md", "html", "json", "csv", "xlsx"}
                        ),
                        api.history(loaded, out, {"md", "html", "json", "csv", "xlsx"}),
                    ),
                    runs,
                ),
                2.0,
            ),
        ]
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        "| command | whole process, wall (s) | whole process, CPU (s) | in process (s) | target (s) | wall / target |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for name, (w, c), i, target in rows:
        print(
            f"| {name} | {w:.3f} | {c:.3f} | {'' if i is None else f'{i:.3f}'} | {target or ''} | "
            f"{'' if not target else f'{w / target:.2f}'} |"
        )


if __name__ == "__main__":
    main()
