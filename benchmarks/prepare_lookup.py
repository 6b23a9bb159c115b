"""How long the one-time preparation of de-identification takes, as a user meets it.

Prints, each measured as a whole process in a fresh, empty cache folder (XDG_CACHE_HOME):
  - `werkbord prepare`: start-up, the build in two processes, writing the file;
  - the first `werkbord harvest`-style load afterwards (import, read the file, assemble deduce);
and with --verify, deduce's own build of the same lists (what werkbord did before, one
process, ~1 minute) and a check that both give exactly the same lookup data.

    python benchmarks/prepare_lookup.py [--runs 3] [--verify]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WERKBORD = Path(sys.executable).with_name("werkbord")

_LOAD = "from werkbord import api; api.prepare()"
_DEDUCE_BUILD = """
import sys, time
from pathlib import Path
from werkbord.privacy import lookup
from werkbord.privacy._imports import import_deduce
from werkbord.privacy.cachefile import deduce_lookup_path
deduce = import_deduce()
from deduce.lookup_structs import get_lookup_structs
t = time.perf_counter()
structs = get_lookup_structs(lookup_path=deduce_lookup_path(), cache_path=Path(sys.argv[1]),
    tokenizer=deduce.deduce.Deduce._initialize_tokenizer(deduce_lookup_path()),
    deduce_version=deduce.__version__, build=True, save_cache=False)
print(time.perf_counter() - t)
ours = lookup.read_tables(lookup.cache_file(Path(sys.argv[2])))
theirs = lookup.tables_from_structs(structs.items())
same = set(ours) == set(theirs) and all(
    ours[n].kind == theirs[n].kind and ours[n].pipeline == theirs[n].pipeline
    and set(ours[n].items) == set(theirs[n].items) and ours[n].starts == theirs[n].starts for n in ours)
print("identical" if same else "DIFFERENT")
"""


def _timed(cmd: list[str], env: dict) -> tuple[float, str]:
    t = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - t, done.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--verify", action="store_true", help="also run deduce's own build and compare")
    args = ap.parse_args()
    print(f"{os.cpu_count()} cores; whole processes, each in a new empty cache folder")
    prepare_s, load_s = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "XDG_CACHE_HOME": tmp}
            prepare_s.append(_timed([str(WERKBORD), "prepare"], env)[0])
            load_s.append(_timed([sys.executable, "-c", _LOAD], env)[0])
            if args.verify:
                cache = Path(tmp) / "werkbord" / "deduce"
                with tempfile.TemporaryDirectory() as stock:
                    _, out = _timed([sys.executable, "-c", _DEDUCE_BUILD, stock, str(cache)], env)
                deduce_s, verdict = out.split()
                print(f"deduce's own build (in-process):  {float(deduce_s):6.1f} s; lookup data {verdict}")
    print(
        f"werkbord prepare (whole process): {statistics.median(prepare_s):6.1f} s median of {args.runs} "
        f"(min {min(prepare_s):.1f}, max {max(prepare_s):.1f}); target <= 20 s"
    )
    print(f"first load after it (whole):      {statistics.median(load_s):6.1f} s median")


if __name__ == "__main__":
    main()
