"""Prints how long `provision` takes on the Excalidraw default, and the CLI's start-up time.

python benchmarks/provision_excalidraw.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from werkbord import api


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print("provision (excalidraw, in-process, best of 5):")
        for groups in (4, 30):
            out = Path(tmp) / f"g{groups}"
            t = best_of(5, lambda g=groups, o=out: api.provision(groups=g, title="Bench", out=o, force=True))
            size = (out / "bench.excalidraw").stat().st_size
            print(f"  {groups:>2} groups: {t * 1000:7.1f} ms   scene {size / 1e6:.1f} MB")

        def cli(*args: str) -> None:
            subprocess.run([sys.executable, "-m", "werkbord", *args], check=True, capture_output=True, cwd=tmp)

        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            cli("--help")
            runs.append(time.perf_counter() - t0)
        print(f"start-up `werkbord --help`: median {statistics.median(runs) * 1000:.0f} ms (5 runs)")
        t0 = time.perf_counter()
        cli("provision", "--groups", "30", "--title", "Cli", "--out", "cli", "--force")
        print(f"whole CLI process, provision 30 groups: {(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
