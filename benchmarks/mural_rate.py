"""Mural provisioning against the rate limit: does werkbord use 25 requests/s at any latency?

    python benchmarks/mural_rate.py [--groups 12] [--latency 0.1,0.25] [--runs 3] [--windows opened|aligned]

For each latency it provisions the same board on a fresh loopback Mural fake (uvicorn in a
process of its own; 25 requests per user per fixed 1-s window, 429 beyond) twice: as a user
runs it (``werkbord provision --backend mural`` in a new process, start-up included) and
in-process (``api.provision``). It prints the median time, the requests the fake served (the
fewest the API allows means no 429 was retried), the most in flight, and the ratio to the
lower bound of ``benchmarks/platforms.py`` (the whole window budget available at once,
dependency chain × latency).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from fake_servers import mural_server, mural_url, provision_mural  # noqa: E402
from platforms import mural_provision_bound  # noqa: E402

from fakes.harness import mural_options  # noqa: E402
from werkbord import api  # noqa: E402
from werkbord.layout import layout  # noqa: E402
from werkbord.template import load_template  # noqa: E402


def in_process(url: str, groups: int, out: Path) -> float:
    t0 = time.perf_counter()
    api.provision(
        groups=groups, title="Team Noord", start="14:00", out=out, backend="mural", options=mural_options(url=url)
    )
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--groups", type=int, default=12)
    ap.add_argument("--latency", default="0.1,0.25")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument(
        "--windows",
        choices=("opened", "aligned"),
        default="opened",
        help="how the fake's rate windows fall (see fakes.common.Window)",
    )
    ap.add_argument(
        "--headers",
        choices=("app", "user"),
        default="user",
        help="which window the fake's X-RateLimit-* headers describe",
    )
    args = ap.parse_args()
    plan = layout(load_template("terugval", "nl"), args.groups, title="Team Noord", start="14:00")
    print(
        f"Mural provisioning, {args.groups} groups ({len(plan.items)} items), loopback fake, "
        f"25 requests per 1-s window; median of {args.runs} runs\n"
    )
    print("| latency | how | time (s) | requests | most in flight | bound (s) | vs bound |")
    print("|---|---|---|---|---|---|---|")
    for lat in (float(x) for x in args.latency.split(",")):
        bound = mural_provision_bound(plan, lat, 1.0)
        for how in ("whole process", "in-process"):
            times, reqs, flights = [], set(), set()
            for _ in range(args.runs):
                server = mural_server(lat, windows=args.windows, rate_headers=args.headers)
                with server as srv, tempfile.TemporaryDirectory() as tmp:
                    cfg, out = Path(tmp) / "cfg", Path(tmp) / "out"
                    if how == "whole process":
                        times.append(provision_mural(srv, args.groups, cfg, out))
                    else:
                        out.mkdir()
                        times.append(in_process(mural_url(srv), args.groups, out))
                    st = srv.stats()
                    reqs.add(st["requests"])
                    flights.add(st["max_in_flight"])
            t = statistics.median(times)
            print(
                f"| {lat * 1000:.0f} ms | {how} | {t:.2f} | {'/'.join(map(str, sorted(reqs)))} "
                f"(fewest: {bound.requests}) | {max(flights)} | {bound.seconds:.2f} | {t / bound.seconds:.2f}x |"
            )


if __name__ == "__main__":
    main()
