"""Prints how long the print kit takes for 12 groups (whole CLI process) and how large it is.

    python benchmarks/print_kit.py

Each run is a fresh `werkbord provision --backend print --groups 12` process (start-up, template,
layout, the posters, the A4 kit, the fill-in sheet and the manifest), timed from outside.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

RUNS = 5
TARGET_S = 2.0


def main() -> None:
    print(f"werkbord provision --backend print --groups 12 (whole process, median of {RUNS}):")
    with tempfile.TemporaryDirectory() as tmp:
        for paper in ("a1", "a3", "a4"):
            out = Path(tmp) / paper
            times, cpu = [], []
            for _ in range(RUNS):
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "werkbord",
                        "provision",
                        "--backend",
                        "print",
                        "--groups",
                        "12",
                        "--participants",
                        "6",
                        "--title",
                        "Bench",
                        "--start",
                        "14:00",
                        "--paper",
                        paper,
                        "--out",
                        str(out),
                        "--force",
                    ],
                    check=True,
                    capture_output=True,
                )
                times.append(time.perf_counter() - t0)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
            t = statistics.median(times)
            poster, kit = out / f"bench.poster-{paper}.pdf", out / "bench.kit.pdf"
            pages = len(PdfReader(poster).pages), len(PdfReader(kit).pages)
            verdict = "within" if t < TARGET_S else "OVER"
            print(
                f"  --paper {paper}: {t:5.2f} s wall ({verdict} the {TARGET_S:.0f} s target), "
                f"{statistics.median(cpu):4.2f} s CPU   "
                f"posters {poster.stat().st_size / 1e6:.2f} MB ({pages[0]} pages)   "
                f"kit {kit.stat().st_size / 1e6:.2f} MB ({pages[1]} pages)   "
                f"fill-in sheet {(out / 'bench.invulblad.xlsx').stat().st_size / 1e3:.0f} kB"
            )
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "werkbord", "--help"], check=True, capture_output=True)
        print(
            f"  (start-up alone, `werkbord --help`: {(time.perf_counter() - t0) * 1000:.0f} ms; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )


if __name__ == "__main__":
    main()
