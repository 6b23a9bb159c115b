"""What one refresh of ``werkbord live`` costs on Miro and Mural, and whether the default
interval keeps it inside the platform's rate limit.

    python benchmarks/live_refresh.py [--groups 12] [--latency 0.1] [--refreshes 5]

For each platform: a board for ``--groups`` groups is provisioned on the fake (in-process, the
fake's clock made instant), participants' work is added to every group (step 1 notes, parties
placed in the rings, micro-action forms filled), then the fake is forked into a process of its
own on loopback with ``--latency`` seconds per answer and real rate-limit windows, as in
``benchmarks/platforms.py``. ``werkbord live``'s refresh (:meth:`LiveSession.refresh`: harvest,
classify, pseudonymise, aggregate, the report's pictures) then runs ``--refreshes`` times.

Printed per platform: requests per refresh (the fake's own count), time per refresh (first —
which loads de-identification — and the median of the rest, in this process), the requests per
minute at the default interval, and that as a share of the platform's limit:
Miro 100,000 credits per minute (every request counted at a listing page's 100 credits, an
upper bound), Mural 10,000 requests per minute per app. "Inside limit" also requires that live's
own pacing (at most a quarter of the limit, :mod:`werkbord.live.pacing`) kept the default interval.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from fakes import FakeClock  # noqa: E402
from fakes.common import Window  # noqa: E402
from fakes.harness import ids_of, miro_options, mural_options  # noqa: E402
from fakes.miro_app import MiroApp  # noqa: E402
from fakes.mural_app import APP_LIMIT, APP_WINDOW, MuralApp  # noqa: E402
from fakes.server import LoopbackServer  # noqa: E402
from scenario import region_point, ring_point, session_ops  # noqa: E402
from werkbord import api  # noqa: E402
from werkbord.board.miro_translate import CREDITS_LIST  # noqa: E402
from werkbord.layout import layout  # noqa: E402
from werkbord.live import pacing  # noqa: E402
from werkbord.live.session import LiveSession  # noqa: E402
from werkbord.manifest import load_manifest  # noqa: E402
from werkbord.template import load_template  # noqa: E402

DEFAULT_INTERVAL = 20.0  # werkbord live's --interval default
LIMITS = {  # per minute, in the unit each request is counted in below
    "miro": (100_000, "credits", CREDITS_LIST),
    "mural": (APP_LIMIT * 60 / APP_WINDOW, "requests", 1),
}
PROMPTS = ("betrokken", "gebeurd", "werkte", "werkte_niet", "succesfactoren", "knelpunten")
PARTIES = ("naasten", "huisarts", "poh_ggz", "fact_team", "wijkteam", "apotheek")


def worked_on(app, board_id: str, manifest, plan) -> None:
    """Every group did something: six step 1 notes, six parties in the rings, two forms."""
    ids = ids_of(manifest)
    app.play(board_id, ids, session_ops(plan)[:10])  # group 1's scripted moves, parties only
    for g in range(2, len(plan.groups) + 1):
        for i, prompt in enumerate(PROMPTS):
            app.add_sticky(board_id, f"Notitie {i + 1} van groep {g}", region_point(plan, g, prompt))
        for i, party in enumerate(PARTIES):
            key = f"g{g}.s2.party.{party}"
            if key in ids:
                app.move(board_id, ids[key], ring_point(plan, g, "ABC"[i % 3], 40 * i))
        for i in (1, 2):
            app.rename(
                board_id,
                ids[f"g{g}.s3.form.{i}"],
                f"Partij: huisarts\nMicro-actie: Plan {g}.{i} delen\nWie: team\nWanneer: vrijdag",
            )


def fake(platform: str, clock: FakeClock):
    if platform == "miro":
        app = MiroApp(clock=clock, sleep=clock.sleep, validate=False)
        return app, lambda **kw: miro_options(**kw), ""
    app = MuralApp(clock=clock, sleep=clock.sleep, validate=False)
    return app, lambda **kw: mural_options(**kw), "/api/public/v1"


def real_time(app, latency: float) -> None:
    """From the instant provisioning clock to real time, real latency and fresh windows."""
    app.clock, app.sleep, app.latency = time.time, asyncio.sleep, latency
    if isinstance(app, MiroApp):
        app.window = Window(app.window.limit, 60.0)
    else:
        app.user_windows.clear()
        app.app_window = Window(APP_LIMIT, APP_WINDOW)


def run(platform: str, groups: int, latency: float, refreshes: int, folder: Path) -> dict:
    wv = load_template("terugval", "nl")
    plan = layout(wv, groups, title="Team Noord")
    clock = FakeClock()
    app, options_for, suffix = fake(platform, clock)
    done = api.provision(
        groups=groups,
        title="Team Noord",
        out=folder / platform,
        backend=platform,
        options=options_for(app=app, clock=clock),
    )
    manifest = load_manifest(done.manifest_path)
    worked_on(app, manifest.board.id, manifest, plan)
    real_time(app, latency)
    app.reset_log()
    with LoopbackServer(app, process=True) as srv:
        live = LiveSession(done.manifest_path, interval=DEFAULT_INTERVAL, options=options_for(url=srv.url + suffix))
        counts, times = [], []
        for _ in range(refreshes):
            before = srv.stats()["requests"]
            t0 = time.perf_counter()
            ok = live.refresh()
            times.append(time.perf_counter() - t0)
            counts.append(srv.stats()["requests"] - before)
            if not ok:
                raise SystemExit(f"{platform}: a refresh failed: {live.last_error}")
        cards = live.state()["session"]["groups"]
    seen = {
        "groups": len(cards),
        "notes": sum(p["count"] for g in cards for p in g["prompts"]),
        "placed": sum(sum(g["zones"].values()) for g in cards),
        "forms": sum(g["forms_filled"] for g in cards),
        "items": len(manifest.items),
    }
    return {"counts": counts, "times": times, "counted": live.requests_last, "seen": seen, "interval": live.interval}


def first_overview(groups: int, folder: Path) -> float:
    """Whole process: from starting ``werkbord live`` (Excalidraw, worked-on scene) until the page's
    data holds the first overview, start-up and de-identification's loading included."""
    import json
    import signal
    import subprocess

    import httpx

    from test_e2e_excalidraw import play

    wv = load_template("terugval", "nl")
    done = api.provision(groups=groups, title="Team Noord", out=folder / "excalidraw")
    scene_path = folder / "excalidraw" / "team-noord.excalidraw"
    scene = json.loads(scene_path.read_text())
    play(scene, json.loads(done.manifest_path.read_text()), session_ops(layout(wv, groups, title="Team Noord")))
    scene_path.write_text(json.dumps(scene))
    cmd = [sys.executable, "-m", "werkbord", "live", str(done.manifest_path), "--no-browser", "--port", "0"]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    try:
        url = p.stdout.readline().split()[0]
        while httpx.get(url + "api/state").json()["session"] is None:
            time.sleep(0.02)
        return time.perf_counter() - t0
    finally:
        p.send_signal(signal.SIGINT)
        p.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--groups", type=int, default=12)
    ap.add_argument("--latency", type=float, default=0.1, help="seconds per answer from the fake")
    ap.add_argument("--refreshes", type=int, default=5)
    args = ap.parse_args()
    print(
        f"werkbord live: one refresh of a {args.groups}-group board, fake platform on loopback in its own "
        f"process, {args.latency * 1000:.0f} ms per answer; default --interval {DEFAULT_INTERVAL:g} s"
    )
    print()
    header = [
        "platform",
        "requests/refresh",
        "first refresh",
        "median refresh",
        "requests/min at 20 s",
        "share of the limit",
        "share of live's budget",
        "inside limit",
    ]
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    boards = []
    with tempfile.TemporaryDirectory() as tmp:
        for platform in ("miro", "mural"):
            r = run(platform, args.groups, args.latency, args.refreshes, Path(tmp))
            per_refresh = max(r["counts"])
            per_minute = per_refresh * 60 / DEFAULT_INTERVAL
            limit, unit, cost = LIMITS[platform]
            use = per_minute * cost / limit
            budget = pacing.budget_per_minute(pacing.rate_limit(platform)) or 0
            rest = statistics.median(r["times"][1:]) if len(r["times"]) > 1 else r["times"][0]
            print(
                " | ".join(
                    [
                        platform.capitalize(),
                        f"{per_refresh} (counted by live: {r['counted']})",
                        f"{r['times'][0]:.2f} s",
                        f"{rest:.2f} s",
                        f"{per_minute:.0f} ({per_minute * cost:,.0f} {unit})",
                        f"{use:.1%} of {limit:,.0f} {unit}/min",
                        f"{per_minute / budget:.0%} (live may use {pacing.LIVE_SHARE:.0%} of the limit)",
                        "yes" if use <= pacing.LIVE_SHARE and r["interval"] == DEFAULT_INTERVAL else "NO",
                    ]
                )
            )
            seen = r["seen"]
            boards.append(
                f"{platform.capitalize()}: {seen['items']} items provisioned; the page read {seen['groups']} "
                f"groups, {seen['notes']} step 1 notes, {seen['placed']} parties in a ring, "
                f"{seen['forms']} forms filled"
            )
            sys.stdout.flush()
    print()
    print("\n".join(boards))
    with tempfile.TemporaryDirectory() as tmp:
        took = statistics.median(first_overview(args.groups, Path(tmp) / str(i)) for i in range(3))
    print(
        f"Excalidraw, whole process: `werkbord live` started → first overview served: {took:.2f} s "
        "(median of 3; start-up, first harvest and de-identification's loading included)"
    )
    print("Refresh rows: in-process figures (the refresh inside a running `werkbord live`).")


if __name__ == "__main__":
    main()
