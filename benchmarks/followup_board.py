"""A follow-up board for 12 groups against the first board's provisioning targets, on every backend,
as a user runs it (the whole ``werkbord provision --follow-up`` process, start-up included).

    python benchmarks/followup_board.py [--runs 5] [--skip-miro] [--skip-mural] [--skip-print]

The harvest followed up is a first session of 12 groups in which every group placed 8 parties
and wrote 6 micro-actions (72 actions, 96 placements), made in-process beforehand. Rows, each
beside the first board of 12 groups measured the same way in the same run:

* Excalidraw: whole process < 0.5 s (the first board's target is 30 groups in < 0.5 s);
* Miro, fake at 100 ms latency: <= 1.5x the minimal client (plain httpx, the same calls in three
  waves, bodies made beforehand) for the follow-up's own plan;
* Mural, fake at 100 ms: <= 1.5x the lower bound of a client spending each 1-s window's 25
  requests at once, for the follow-up's own plan;
* print kit: < 2 s (benchmarks/print_kit.py's target for 12 groups).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]

from fake_servers import MIRO_TOKEN, miro_env, miro_server, mural_server, provision_mural  # noqa: E402
from whole_process import (  # noqa: E402
    CPU,
    LATENCY,
    MINIMAL_CLIENT,
    WERKBORD,
    best,
    minimal_calls,
    row,
    run_timed,
    whole,
)

from werkbord import api  # noqa: E402

GROUPS = 12
PARTIES = ("naasten", "huisarts", "poh_ggz", "fact_team", "ziekenhuis", "apotheek", "sociaal_domein", "dagbesteding")


def first_harvest(folder: Path) -> Path:
    """A worked-on first session of 12 groups, harvested and saved: what --follow-up reads."""
    import math

    from scenario import fresh_board
    from werkbord.geometry import Rect
    from werkbord.harvest.classify import classify
    from werkbord.layout import layout
    from werkbord.template import load_template

    wv = load_template("terugval", "nl")
    plan = layout(wv, GROUPS, title="Team Noord")
    manifest, items = fresh_board(plan)
    by_id = {i.id: i for i in items}
    for geo in plan.groups:
        g = geo.index
        for n, party in enumerate(PARTIES):
            zone = "ABC"[n % 3]
            inner = {"A": geo.radii["patient"], "B": geo.radii["A"], "C": geo.radii["B"]}[zone]
            r, a = (inner + geo.radii[zone]) / 2, n * 2 * math.pi / len(PARTIES)
            it = by_id[f"g{g}.s2.party.{party}"]
            x, y = geo.patient.x + r * math.cos(a), geo.patient.y + r * math.sin(a)
            by_id[it.id] = replace(it, rect=Rect(x - it.rect.w / 2, y - it.rect.h / 2, it.rect.w, it.rect.h))
        for n in range(1, 7):
            key = f"g{g}.s3.form.{n}"
            text = (
                f"Partij: {wv.party(PARTIES[n]).label}\nMicro-actie: actie {n} van groep {g}\n"
                f"Verwacht effect: beter contact\nWie: persoon {n}\nWanneer: binnen twee weken"
            )
            by_id[key] = replace(by_id[key], text=text)
    h = classify(manifest, list(by_id.values()), wv, now="2026-03-02T15:00:00+00:00")
    h = h.model_copy(update={"session_date": __import__("datetime").date(2026, 3, 2)})
    return api.save_harvest(h, folder)


def excalidraw_rows(runs: int, tmp: Path, harvest: Path) -> None:
    first = [
        *WERKBORD,
        "provision",
        "--groups",
        str(GROUPS),
        "--title",
        "Team Noord",
        "--out",
        str(tmp / "x1"),
        "--force",
    ]
    t1 = whole(first, runs)
    row(f"first board: `werkbord provision`, Excalidraw, {GROUPS} groups", t1, CPU["last"], None, "< 0.5 s", t1 < 0.5)
    cmd = [*WERKBORD, "provision", "--follow-up", str(harvest), "--out", str(tmp / "x2"), "--force"]
    t = whole(cmd, runs)
    inproc = best(lambda: api.provision(follow_up=[harvest], out=tmp / "x2-in", force=True), runs)
    manifest = json.loads(next((tmp / "x2").glob("*.werkbord.json")).read_text(encoding="utf-8"))
    row(
        f"follow-up: `werkbord provision --follow-up`, Excalidraw, {GROUPS} groups",
        t,
        CPU["last"],
        inproc,
        "< 0.5 s",
        t < 0.5,
        f"{len(manifest['items'])} items, {len(manifest['follow_up']['actions'])} "
        f"previous actions; {t / t1:.2f}x the first board",
    )


def print_rows(runs: int, tmp: Path, harvest: Path) -> None:
    first = [
        *WERKBORD,
        "provision",
        "--backend",
        "print",
        "--groups",
        str(GROUPS),
        "--title",
        "Team Noord",
        "--out",
        str(tmp / "p1"),
        "--force",
    ]
    t1 = whole(first, runs)
    row(f"first board: print kit, {GROUPS} groups", t1, CPU["last"], None, "< 2 s", t1 < 2.0)
    cmd = [
        *WERKBORD,
        "provision",
        "--backend",
        "print",
        "--follow-up",
        str(harvest),
        "--out",
        str(tmp / "p2"),
        "--force",
    ]
    t = whole(cmd, runs)
    row(f"follow-up: print kit, {GROUPS} groups", t, CPU["last"], None, "< 2 s", t < 2.0, f"{t / t1:.2f}x the first")


def _follow_up_plan(harvest: Path):
    from werkbord.actions.followup import follow_up_of
    from werkbord.layout_followup import layout_follow_up
    from werkbord.template import load_template

    fu = follow_up_of([api.load_harvest(harvest)])
    return layout_follow_up(load_template("terugval", "nl"), fu.seed(), title="Team Noord · Terugkomsessie")


def miro_rows(runs: int, tmp: Path, harvest: Path) -> None:
    plan = _follow_up_plan(harvest)
    ours, theirs = [], []
    for n in range(runs):
        with miro_server(LATENCY) as srv:
            env = miro_env(srv)
            cmd = [
                *WERKBORD,
                "provision",
                "--backend",
                "miro",
                "--follow-up",
                str(harvest),
                "--out",
                str(tmp / f"miro{n}"),
            ]
            ours.append(run_timed(cmd, env=env, cwd=tmp))
        with miro_server(LATENCY) as srv:
            calls = tmp / "calls.json"
            calls.write_text(json.dumps(minimal_calls(plan, MIRO_TOKEN, srv.url)))
            theirs.append(run_timed([sys.executable, "-c", MINIMAL_CLIENT, str(calls)]))
    w, m = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in theirs)
    row(
        f"follow-up: `werkbord provision --backend miro --follow-up`, {GROUPS} groups, 100 ms latency",
        w,
        None,
        None,
        "<= 1.5x minimal",
        w / m <= 1.5,
        f"{w / m:.2f}x the minimal client ({m:.3f} s) for the same {len(plan.items)} items",
    )


def mural_rows(runs: int, tmp: Path, harvest: Path) -> None:
    from platforms import mural_provision_bound

    from werkbord.layout import layout
    from werkbord.template import load_template

    # The first board of 12 groups, the same way in the same run: the follow-up's ratio beside it.
    first_plan = layout(load_template("terugval", "nl"), GROUPS, title="Team Noord", start="14:00")
    first_bound = mural_provision_bound(first_plan, LATENCY, 1.0)
    firsts = []
    for n in range(runs):
        with mural_server(LATENCY) as srv:
            firsts.append(provision_mural(srv, GROUPS, tmp / f"mural1-cfg-{n}", tmp / f"mural1-{n}"))
    t1 = statistics.median(firsts)
    row(
        f"first board: `werkbord provision --backend mural`, {GROUPS} groups, 100 ms latency",
        t1,
        None,
        None,
        "<= 1.5x the bound",
        t1 / first_bound.seconds <= 1.5,
        f"{t1 / first_bound.seconds:.2f}x the bound ({first_bound.seconds:.2f} s, {first_bound.requests} requests)",
    )
    plan = _follow_up_plan(harvest)
    bound = mural_provision_bound(plan, LATENCY, 1.0)
    times = []
    for n in range(runs):
        with mural_server(LATENCY) as srv:
            times.append(
                provision_mural(srv, 0, tmp / f"mural-cfg-{n}", tmp / f"mural-{n}", "--follow-up", str(harvest))
            )
    t = statistics.median(times)
    row(
        f"follow-up: `werkbord provision --backend mural --follow-up`, {GROUPS} groups, 100 ms latency",
        t,
        None,
        None,
        "<= 1.5x the bound",
        t / bound.seconds <= 1.5,
        f"{t / bound.seconds:.2f}x the bound ({bound.seconds:.2f} s, {bound.requests} requests); "
        f"{t / t1:.2f}x the first board",
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-miro", action="store_true")
    ap.add_argument("--skip-mural", action="store_true")
    ap.add_argument("--skip-print", action="store_true")
    args = ap.parse_args()
    import compileall

    compileall.compile_dir(ROOT / "src", quiet=1)
    load = f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"
    print(f"{os.cpu_count()} cores; load average {load}; whole process: median of {args.runs} runs\n")
    print("| what | whole process (s) | its CPU (s) | in-process (s) | whole / in-process | target | met | notes |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        harvest = first_harvest(tmp)
        excalidraw_rows(args.runs, tmp, harvest)
        if not args.skip_print:
            print_rows(min(args.runs, 3), tmp, harvest)
        if not args.skip_miro:
            miro_rows(args.runs, tmp, harvest)
        if not args.skip_mural:
            mural_rows(min(args.runs, 3), tmp, harvest)


if __name__ == "__main__":
    main()
