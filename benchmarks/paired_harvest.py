"""The default harvest of a 3,000-note board (the harvest row of ``whole_process.py``) as a whole
process, two checkouts run alternately (A B A B ...), compared pair by pair.

    python benchmarks/paired_harvest.py --before /path/to/old/src [--pairs 10] [--after src]

Each side runs with the same board, its own bytecode compiled first (as ``pip install`` does)
and its own user cache (``XDG_CACHE_HOME``: a side's compiled patterns and prepared lists are
its own, as on a machine with one werkbord), warmed up by two runs before the pairs. The word
lists are prepared once and shared by linking (the one-time preparation is not what is timed).
Prints each pair's wall and CPU time (the process and its worker), the medians, and the
median of the after/before ratios; the load average before and after, as the machine is shared.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    c0, t0 = _cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    return time.perf_counter() - t0, _cpu() - c0


def _board(folder: Path) -> Path:
    from harvest_classify import scatter, write_notes

    from werkbord import api
    from werkbord.manifest import load_manifest

    done = api.provision(groups=30, title="Bench", out=folder)
    manifest = load_manifest(done.manifest_path)
    write_notes(folder / manifest.board.path, scatter(manifest, random.Random(7)))
    return done.manifest_path


def _cache(home: Path) -> None:
    """A user cache with the prepared lookup and word list files of this machine's, linked."""
    from werkbord.privacy import Scrubber
    from werkbord.privacy.cachefile import cache_file, default_cache_dir

    Scrubber([]).prepare()
    prepared = default_cache_dir()
    target = home / "werkbord" / "deduce"
    target.mkdir(parents=True)
    for made in [cache_file(prepared), *prepared.glob("opentaal-*.txt"), *prepared.glob("english-*.txt")]:
        shutil.copyfile(made, target / made.name)  # (copied: a side may write it again, sorted)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", required=True, type=Path, help="the src folder of the code before")
    ap.add_argument("--after", type=Path, default=ROOT / "src", help="the src folder of the code after")
    ap.add_argument("--pairs", type=int, default=10)
    args = ap.parse_args()
    sides = {"before": args.before.resolve(), "after": args.after.resolve()}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        manifest = _board(tmp_path / "board")
        envs, cmds = {}, {}
        for name, src in sides.items():
            compileall.compile_dir(src, quiet=1)
            home = tmp_path / f"cache-{name}"
            _cache(home)
            envs[name] = {**os.environ, "XDG_CACHE_HOME": str(home), "PYTHONPATH": str(src)}
            envs[name].pop("PYTHONDONTWRITEBYTECODE", None)
            out = tmp_path / f"out-{name}"
            cmds[name] = [sys.executable, "-m", "werkbord", "harvest", str(manifest), "--out", str(out)]
            for _ in range(2):
                timed(cmds[name], envs[name])
        print(f"load average before: {os.getloadavg()[0]:.1f}; {os.cpu_count()} cores")
        rows: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
        for n in range(args.pairs):
            order = ("before", "after") if n % 2 == 0 else ("after", "before")
            for name in order:
                rows[name].append(timed(cmds[name], envs[name]))
            (bw, bc), (aw, ac) = rows["before"][-1], rows["after"][-1]
            print(f"pair {n + 1:2d}: before {bw:.3f} s wall {bc:.3f} s CPU | after {aw:.3f} s wall {ac:.3f} s CPU")
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        for i, what in ((0, "wall"), (1, "CPU")):
            b = [r[i] for r in rows["before"]]
            a = [r[i] for r in rows["after"]]
            ratio = statistics.median(x / y for x, y in zip(a, b, strict=True))
            print(
                f"{what}: median before {statistics.median(b):.3f} s, after {statistics.median(a):.3f} s; "
                f"after/before pair by pair: median {ratio:.3f}x"
            )


if __name__ == "__main__":
    main()
