"""Every command timed as a user runs it: the whole ``werkbord`` process, start-up included, next
to the same work timed inside one process, with the ratio between them and the target.

    python benchmarks/whole_process.py [--runs 5] [--skip-excalidraw] [--skip-miro] [--skip-mural]
    python benchmarks/whole_process.py --only provision --only harvest   # the local rows alone
    WERKBORD_SRC=/path/to/other/checkout/src python benchmarks/whole_process.py   # before/after

Rows (the targets of issues #15 and #25, on a 2-core machine), each with its target and yes/NO:

* ``werkbord --help``                                     whole process < 0.2 s
* ``werkbord provision`` Excalidraw, 30 groups            whole process < 0.3 s
* ``werkbord harvest`` of an Excalidraw board, 30 groups,
  3,000 notes, pseudonymised (the default), all formats, warm cache     whole process < 2 s
* ``werkbord provision --backend miro``, 12 groups, on the fake Miro with 100 ms latency,
  against a minimal client (a small script: plain httpx, the same calls in three waves, no
  retries, pacing or manifest) run as a whole process too    ratio <= 1.5x
* ``werkbord harvest`` of that Miro board (all report formats), whole process, against the
  fewest sequential round trips the API allows: the longest chain of listing pages of one item
  type (50 items a page; the types are listed side by side)     ratio <= 1.5x; beside it a
  minimal reader (plain httpx, the same listings, nothing else), and the default harvest
  (pseudonymised) of a board with participants' notes (no target)
* ``werkbord provision --backend mural``, 12 groups, on both kinds of rate window (fixed 1-s
  windows aligned to the clock with exact ``X-RateLimit-Reset``; 1-s windows opened by the
  first request with truncated resets), at 100 and 250 ms latency, against a minimal client
  that knows the server's windows (25 requests each, sent as soon as they fit), run as a whole
  process on the same fake in the same run                ratio <= 1.5x

The fakes cost what a server costs: every request body is validated against the vendor's
OpenAPI document, the bookkeeping is done under a lock, and the fake runs in a process of its
own (uvicorn on loopback); the Mural fake's ``X-RateLimit-*`` headers describe the per-user
one-second window there.

The package's bytecode is compiled first, as ``pip install`` does: a user's werkbord starts
from compiled modules, so timing a checkout that recompiles every module on every start (as it
does where ``PYTHONDONTWRITEBYTECODE`` is set) would add a cost no user pays.

Whole-process figures are medians of ``--runs`` runs (the machine is shared: a median says
more than a best); in-process figures are the best of the same number of runs, after a
warm-up, so the difference is what starting a process and importing costs. For Miro the fake
(uvicorn on loopback, a process of its own) reports when the first request arrived and the
last answer left, so the time before and after the network phase is printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parents[1]
# WERKBORD_SRC=<a checkout's src folder> times that code instead (e.g. the commit before a change),
# in-process and as a whole process alike; the fakes and the note generator stay this checkout's.
SRC = Path(os.environ.get("WERKBORD_SRC") or ROOT / "src").resolve()
sys.path[:0] = [str(SRC), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))

from fake_servers import MIRO_TOKEN, MURAL_TOKEN, miro_env, miro_server, mural_server, mural_url  # noqa: E402
from fake_servers import provision_mural as provision_mural_process  # noqa: E402

from werkbord import api  # noqa: E402

WERKBORD = [sys.executable, "-m", "werkbord"]
LATENCY = 0.1


def _children_cpu() -> float:
    if resource is None:  # Windows: CPU times are not printed (0)
        return 0.0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_timed(cmd: list[str], **kw: Any) -> tuple[float, float]:
    """(wall, CPU) seconds of one whole process. CPU time counts what the process itself did,
    and says less about how busy the machine was (colleagues' test runs share its 2 cores)."""
    c0, t0 = _children_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, **kw)
    return time.perf_counter() - t0, _children_cpu() - c0


CPU: dict[str, float] = {}  # the last whole() call's median CPU seconds, for its row


def whole(cmd: list[str], runs: int, *, env: dict[str, str] | None = None, cwd: str | None = None) -> float:
    """Median wall time of a command, run as a user runs it (its median CPU time in ``CPU``)."""
    walls, cpus = zip(*(run_timed(cmd, env=env, cwd=cwd) for _ in range(runs)), strict=True)
    CPU["last"] = statistics.median(cpus)
    return statistics.median(walls)


def best(fn, runs: int) -> float:
    fn()  # warm-up: imports and one-time set-up are start-up, measured by the whole process
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def row(
    what: str, whole_s: float, cpu: float | None, inproc: float | None, target: str, met: bool, note: str = ""
) -> None:
    cells = [
        what,
        f"{whole_s:.3f}",
        f"{cpu:.3f}" if cpu is not None else "-",
        f"{inproc:.3f}" if inproc is not None else "-",
        f"{whole_s / inproc:.1f}x" if inproc else "-",
        target,
        "yes" if met else "NO",
        note,
    ]
    print("| " + " | ".join(cells) + " |")
    sys.stdout.flush()


# -- Excalidraw ---------------------------------------------------------------------------------


LOCAL_ROWS = ("help", "provision", "harvest")


def excalidraw_rows(runs: int, tmp: Path, only: tuple[str, ...] = LOCAL_ROWS) -> None:
    if "help" in only:
        t = whole([*WERKBORD, "--help"], runs)
        row("`werkbord --help`", t, CPU["last"], None, "< 0.2 s", t < 0.2, "start-up only")
    if "provision" in only:
        _provision_row(runs, tmp)
    if "harvest" in only:
        _harvest_row(runs, tmp)


def _provision_row(runs: int, tmp: Path) -> None:
    out = tmp / "p30"
    cmd = [*WERKBORD, "provision", "--groups", "30", "--title", "Bench", "--out", str(out), "--force"]
    t = whole(cmd, runs)
    inproc = best(lambda: api.provision(groups=30, title="Bench", out=tmp / "p30-in", force=True), runs)
    size = (out / "bench.excalidraw").stat().st_size / 1e6
    row(
        "`werkbord provision`, Excalidraw, 30 groups",
        t,
        CPU["last"],
        inproc,
        "< 0.3 s",
        t < 0.3,
        f"scene {size:.1f} MB",
    )


def _harvest_row(runs: int, tmp: Path) -> None:
    from harvest_classify import NOTES, scatter, write_notes

    from werkbord.manifest import load_manifest
    from werkbord.report import render_reports

    done = api.provision(groups=30, title="Bench", out=tmp / "h30")
    manifest = load_manifest(done.manifest_path)
    rng = random.Random(7)
    write_notes(tmp / "h30" / manifest.board.path, scatter(manifest, rng))
    cmd = [*WERKBORD, "harvest", str(done.manifest_path), "--out", str(tmp / "o")]
    subprocess.run(cmd, check=True, capture_output=True)  # the deduce cache is warm, as on a machine in use
    t = whole(cmd, runs)
    cpu = CPU["last"]

    def harvest_in_process() -> None:
        h = api.harvest(done.manifest_path)
        render_reports([h], tmp / "o-in", ("md", "html", "json", "csv"))
        api.save_harvest(h, tmp / "o-in")

    inproc = best(harvest_in_process, runs)
    row(
        f"`werkbord harvest`, Excalidraw, 30 groups, {NOTES:,} notes, pseudonymised, all formats (warm cache)",
        t,
        cpu,
        inproc,
        "< 2 s",
        t < 2.0,
        "in-process: the de-identification engine stays loaded between runs",
    )


# -- Miro ---------------------------------------------------------------------------------------


MINIMAL_CLIENT = """
import asyncio, json, sys
import httpx

calls = json.load(open(sys.argv[1]))

async def go():
    headers = {"Authorization": "Bearer " + calls["token"]}
    async with httpx.AsyncClient(base_url=calls["url"], headers=headers, timeout=60) as c:
        board = (await c.post("/v2/boards", json=calls["board"])).json()["id"]
        path = "/v2/boards/" + board
        answers = await asyncio.gather(*(c.post(path + "/frames", json=f) for f in calls["frames"]))
        ids = dict(zip(calls["frame_keys"], (a.json()["id"] for a in answers)))
        for batch in calls["bulk"]:
            for body in batch:
                if "parent" in body:
                    body["parent"]["id"] = ids[body["parent"]["id"]]
        done = await asyncio.gather(*(c.post(path + "/items/bulk", json=b) for b in calls["bulk"]))
        assert all(a.status_code == 201 for a in done)

asyncio.run(go())
"""


MINIMAL_READER = """
import asyncio, sys
import httpx

url, token, board = sys.argv[1:4]

async def chain(c, kind):
    params, items = {"limit": "50", "type": kind}, []
    while True:
        page = (await c.get("/v2/boards/" + board + "/items", params=params)).json()
        items += page["data"]
        if not page.get("cursor"):
            return items
        params["cursor"] = page["cursor"]

async def go():
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": "Bearer " + token}, timeout=60) as c:
        await asyncio.gather(*(chain(c, k) for k in ("sticky_note", "text", "shape", "frame")))

asyncio.run(go())
"""


def miro_provision_command(groups: int, out: Path) -> list[str]:
    """The provision command both Miro rows time (the same board as the minimal client's plan)."""
    board = ["--groups", str(groups), "--title", "Team Noord", "--start", "14:00"]
    return [*WERKBORD, "provision", "--backend", "miro", *board, "--out", str(out)]


def minimal_calls(plan, token: str, url: str) -> dict:
    """What the minimal client sends, prepared beforehand so its process does nothing else:
    werkbord's own request bodies, parents named by plan key until their frames exist."""
    from werkbord.board import miro_translate as tr
    from werkbord.plan import Kind

    by_key = plan.by_key()
    frames = [i for i in plan.items if i.kind == Kind.FRAME]

    def body(item):
        parent = tr.frame_ancestor(item, by_key)
        return tr.item_body(item, parent.key if parent else None, parent.rect if parent else None)

    return {
        "token": token,
        "url": url,
        "board": tr.board_body(plan.title, None),
        "frames": [tr.frame_body(f) for f in frames],
        "frame_keys": [f.key for f in frames],
        "bulk": [[body(i) for i in b.items] for b in tr.plan_batches(plan.items, by_key)],
    }


def _phases(stats: dict, t0: float, t1: float) -> str:
    if not stats.get("first_at"):
        return ""
    before, after = stats["first_at"] - t0, t1 - stats["last_at"]
    gets = f" ({stats['gets']} GET)" if stats.get("gets") else ""
    return f"{stats['requests']} requests{gets}; {before:.2f} s before the first, {after:.2f} s after the last"


def _miro_harvest_in_process(manifest: Path, out: Path, url: str, token: str, runs: int) -> float:
    """The same harvest (all formats) inside this process, against the same fake board."""
    from werkbord.report import render_reports

    saved = {k: os.environ.get(k) for k in ("MIRO_ACCESS_TOKEN", "MIRO_API_URL")}
    os.environ.update({"MIRO_ACCESS_TOKEN": token, "MIRO_API_URL": url})
    try:

        def harvest() -> None:
            h = api.harvest(manifest, scrub=False)
            render_reports([h], out, ("md", "html", "json", "csv", "xlsx"))
            api.save_harvest(h, out)

        return best(harvest, runs)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def miro_rows(runs: int, tmp: Path, groups: int = 12) -> None:
    from werkbord.board import miro_translate as tr
    from werkbord.layout import layout
    from werkbord.template import load_template

    plan = layout(load_template("terugval", "nl"), groups, title="Team Noord", start="14:00")
    ours: list[tuple[float, float, str]] = []  # (wall, CPU, note) per run
    theirs: list[tuple[float, float, str]] = []
    harvests: list[tuple[float, float, str]] = []
    readers: list[tuple[float, float, str]] = []  # the minimal reader: the same listings, plain httpx
    for n in range(runs):
        # A fresh fake per run: its rate-limit window and request log start empty.
        with miro_server(LATENCY) as srv:
            env = miro_env(srv)
            out = tmp / f"miro{n}"
            cmd = miro_provision_command(groups, out)
            t0 = time.time()
            wall, cpu = run_timed(cmd, env=env, cwd=tmp)
            st = srv.stats()
            ours.append((wall, cpu, _phases(st, t0, t0 + wall)))
            manifest = next(out.glob("*.werkbord.json"))
            n0 = st["requests"]
            cmd = [*WERKBORD, "harvest", str(manifest), "--out", str(out / "oogst"), "--no-scrub", "--yes"]
            wall, cpu = run_timed(cmd, env=env, cwd=tmp)
            harvests.append((wall, cpu, f"{srv.stats()['requests'] - n0} requests"))
            board = json.loads(manifest.read_text(encoding="utf-8"))["board"]["id"]
            n0 = srv.stats()["requests"]
            wall, cpu = run_timed([sys.executable, "-c", MINIMAL_READER, srv.url, MIRO_TOKEN, board])
            readers.append((wall, cpu, f"{srv.stats()['requests'] - n0} requests"))
            if n == runs - 1:
                inproc = _miro_harvest_in_process(manifest, tmp / "oogst-in", srv.url, MIRO_TOKEN, runs)
        with miro_server(LATENCY) as srv:  # the same fake, fresh: its credit window empty
            calls = tmp / "calls.json"
            calls.write_text(json.dumps(minimal_calls(plan, MIRO_TOKEN, srv.url)))
            t0 = time.time()
            wall, cpu = run_timed([sys.executable, "-c", MINIMAL_CLIENT, str(calls)])
            theirs.append((wall, cpu, _phases(srv.stats(), t0, t0 + wall)))
    mid = lambda runs_: sorted(runs_)[len(runs_) // 2]  # noqa: E731 - the median run, with its note
    (w, w_cpu, w_note), (m, m_cpu, m_note), (h, h_cpu, h_note) = mid(ours), mid(theirs), mid(harvests)
    row(
        f"`werkbord provision --backend miro`, {groups} groups, 100 ms latency",
        w,
        w_cpu,
        None,
        "<= 1.5x minimal",
        w / m <= 1.5,
        f"{w / m:.2f}x the minimal client; {w_note}",
    )
    what = f"minimal client (plain httpx, the same calls in 3 waves, bodies made beforehand), {groups} groups"
    row(what, m, m_cpu, None, "-", True, m_note)
    # The fewest sequential round trips the API allows: one listing per item type side by side
    # (only a board-level listing also finds notes outside every frame), so the longest type's
    # chain of pages.
    per_type = Counter(tr.MIRO_TYPE.get(i.kind, "shape") for i in plan.items)
    pages = max(math.ceil(n / tr.PAGE_LIMIT) for n in per_type.values())
    bound = pages * LATENCY
    row(
        f"`werkbord harvest --no-scrub`, Miro, {groups} groups",
        h,
        h_cpu,
        inproc,
        "<= 1.5x the chain",
        h / bound <= 1.5,
        f"{h_note}; {h / bound:.2f}x the longest chain: {pages} pages x {LATENCY:.1f} s = {bound:.1f} s",
    )
    r, r_cpu, r_note = mid(readers)
    row(
        "minimal reader (plain httpx, the same four listings side by side, nothing else)",
        r,
        r_cpu,
        None,
        "-",
        True,
        f"{r_note}; {r / bound:.2f}x the chain; werkbord's harvest takes {h - r:.2f} s more",
    )


WORKED_NOTES = 240
_PEOPLE = ("Jan de Vries", "Fatima El Amrani", "mevrouw Jansen", "Piet Bakker", "Sanne")


def _post_notes(url: str, token: str, manifest_file: Path, count: int) -> int:
    """Participants' sticky notes in the groups' regions, posted as a participant's app would
    (plain httpx, bulk calls, waiting out the fake's rate limit); how many pages they add."""
    import httpx

    from werkbord.manifest import load_manifest

    m = load_manifest(manifest_file)
    rng = random.Random(3)
    items = []
    for n in range(count):
        centre = rng.choice(m.groups[n % len(m.groups)].geometry().regions).rect.center
        text = (
            f"{rng.choice(_PEOPLE)} belde op 12 maart de huisarts in Utrecht; de afstemming ging "
            f"{'goed' if n % 2 else 'moeizaam'} ({n})"
        )
        items.append({"type": "sticky_note", "data": {"content": text}, "position": {"x": centre.x, "y": centre.y}})
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as c:
        for i in range(0, len(items), 20):
            while (r := c.post(f"/v2/boards/{m.board.id}/items/bulk", json=items[i : i + 20])).status_code == 429:
                time.sleep(1)
            r.raise_for_status()
    return count


def miro_worked_row(runs: int, tmp: Path, groups: int = 12) -> None:
    """The default harvest (pseudonymised, all formats) of a Miro board with participants' notes:
    the pseudonymisation engine is made ready while the board is read. No target: a user's figure."""
    from werkbord.board import miro_translate as tr
    from werkbord.layout import layout
    from werkbord.template import load_template

    plan = layout(load_template("terugval", "nl"), groups, title="Team Noord", start="14:00")
    with miro_server(LATENCY) as srv:
        env = miro_env(srv)
        out = tmp / "miro-worked"
        cmd = miro_provision_command(groups, out)
        subprocess.run(cmd, env=env, cwd=tmp, check=True, capture_output=True)
        manifest = next(out.glob("*.werkbord.json"))
        notes = _post_notes(srv.url, MIRO_TOKEN, manifest, WORKED_NOTES)
        t = whole([*WERKBORD, "harvest", str(manifest), "--out", str(out / "oogst")], runs, env=env, cwd=str(tmp))
    stickies = sum(1 for i in plan.items if tr.MIRO_TYPE.get(i.kind) == "sticky_note") + notes
    bound = math.ceil(stickies / tr.PAGE_LIMIT) * LATENCY
    row(
        f"`werkbord harvest` (pseudonymised), Miro, {groups} groups, {notes} participants' notes",
        t,
        CPU["last"],
        None,
        "-",
        True,
        f"{t / bound:.2f}x its longest chain ({stickies} sticky notes: {bound:.1f} s)",
    )


MINIMAL_MURAL_CLIENT = """
import asyncio, json, math, sys, time
import httpx

calls = json.load(open(sys.argv[1]))
latency, kind, LIMIT = calls["latency"], calls["windows"], 25
GUARD = 0.02  # what a client that knows the server keeps from a window's edge

class Pacer:
    # Knows the server: 25 requests per 1-s window, aligned to the clock (a request counts in
    # the window of its arrival: the fake waits out its latency first), or opened by the first
    # request (which then ends a second after that request's answer, at the latest).
    def __init__(self):
        self.start, self.end, self.used = None, None, 0
    async def slot(self):
        while True:
            now = time.time()
            if kind == "aligned":
                seen = now + latency
                if self.start != math.floor(seen):
                    self.start, self.used = math.floor(seen), 0
                if self.used < LIMIT and seen < self.start + 1 - GUARD:
                    self.used += 1
                    return False
                await asyncio.sleep(self.start + 1 - seen + GUARD)
                continue
            if self.end is not None and now >= self.end:
                self.end, self.used = None, 0
            if self.used < LIMIT:
                self.used += 1
                return self.used == 1  # this one opens the window
            await asyncio.sleep(0.005 if self.end is None else self.end - now)
    def opened(self):
        self.end = time.time() + 1 + GUARD

async def go():
    pacer, refused = Pacer(), 0
    headers = {"Authorization": "Bearer " + calls["token"]}
    async with httpx.AsyncClient(base_url=calls["url"], headers=headers, timeout=60,
                                 limits=httpx.Limits(max_connections=32)) as c:
        async def post(path, body):
            nonlocal refused
            while True:
                first = await pacer.slot()
                r = await c.post(path, json=body)
                if first:
                    pacer.opened()
                if r.status_code != 429:
                    break
                refused += 1
                await asyncio.sleep(float(r.headers.get("Retry-After", "1")))
            assert r.status_code == 201, (r.status_code, r.text[:200])
            return r.json()["value"]
        mural = (await post("/murals", calls["mural"]))["id"]
        path = "/murals/" + mural + "/widgets/"
        ids = {}
        def parented(body, parent):
            if parent is not None:
                body["parentId"] = ids[parent]
            return body
        for level in calls["levels"]:
            made = await asyncio.gather(*(post(path + "area", parented(b, parent)) for key, parent, b in level))
            ids.update((key, m["id"]) for (key, _, _), m in zip(level, made))
        for endpoint, chunks in calls["batches"]:
            bodies = [[parented(b, parent) for parent, b in chunk] for chunk in chunks]
            await asyncio.gather(*(post(path + endpoint, b) for b in bodies))

asyncio.run(go())
"""


def minimal_mural_calls(plan, url: str, token: str, room: int, latency: float, windows: str) -> dict:
    """What the minimal Mural client sends, prepared beforehand: werkbord's own bodies, in the
    same order (the mural, each level of areas, each widget endpoint's batches in turn)."""
    from werkbord.board import mural_translate as mt

    by_key = plan.by_key()

    def entry(item):
        parent = mt.area_ancestor(item, by_key)
        return parent.key if parent else None, mt.create_body(item, parent, "placeholder" if parent else None)

    levels = [[(i.key, *entry(i)) for i in level] for level in mt.area_levels(plan.items, by_key)]
    batches = []
    for endpoint in mt.BATCH_ENDPOINTS:
        todo = [i for i in plan.items if mt.endpoint_for(i) == endpoint]
        if endpoint == mt.SHAPE:
            todo.sort(key=lambda i: i.rect.w * i.rect.h, reverse=True)
        if todo:
            batches.append((endpoint, [[entry(i) for i in chunk] for chunk in mt.batches(todo, mt.MAX_BATCH)]))
    return {
        "url": url,
        "token": token,
        "mural": mt.create_mural_body(plan, room),
        "levels": levels,
        "batches": batches,
        "latency": latency,
        "windows": windows,
    }


MURAL_WINDOWS = {
    "aligned": "fixed 1-s windows aligned to the clock, exact reset",
    "opened": "1-s windows opened by the first request, reset truncated",
}


def mural_rows(runs: int, tmp: Path, groups: int = 12) -> None:
    """Mural provisioning as a user runs it, on both kinds of rate window, at 100 and 250 ms,
    against a minimal client that knows the server's windows (run as a whole process too, on the
    same fake in the same run). The fake validates every body against the spec, reports the
    per-user one-second window in its X-RateLimit-* headers, and runs in a process of its own."""
    from fakes.harness import MURAL_ROOM
    from werkbord.layout import layout
    from werkbord.template import load_template

    plan = layout(load_template("terugval", "nl"), groups, title="Team Noord", start="14:00")
    for windows, described in MURAL_WINDOWS.items():
        for latency in (0.1, 0.25):
            ours, theirs, served, refused, minimal_refused = [], [], set(), set(), set()
            for n in range(runs):
                kind = {"windows": windows, "rate_headers": "user"}
                with mural_server(latency, **kind) as srv:
                    cfg, out = tmp / f"mural-cfg-{windows}-{latency}-{n}", tmp / f"mural-{windows}-{latency}-{n}"
                    ours.append(provision_mural_process(srv, groups, cfg, out))
                    st = srv.stats()
                    served.add(st["requests"])
                    refused.add(st.get("rate_limited", 0))
                with mural_server(latency, **kind) as srv:  # the same fake, fresh: its windows unused
                    calls = tmp / "mural-calls.json"
                    made = minimal_mural_calls(plan, mural_url(srv), MURAL_TOKEN, MURAL_ROOM, latency, windows)
                    calls.write_text(json.dumps(made))
                    wall, _cpu = run_timed([sys.executable, "-c", MINIMAL_MURAL_CLIENT, str(calls)])
                    theirs.append(wall)
                    minimal_refused.add(srv.stats().get("rate_limited", 0))
            w, m = statistics.median(ours), statistics.median(theirs)
            row(
                f"`werkbord provision --backend mural`, {groups} groups, {latency * 1000:.0f} ms latency, {described}",
                w,
                None,
                None,
                "<= 1.5x minimal",
                w / m <= 1.5,
                f"{w / m:.2f}x the minimal client ({m:.2f} s); {'/'.join(map(str, sorted(served)))} requests, "
                f"{'/'.join(map(str, sorted(refused)))} answered 429 (minimal client: "
                f"{'/'.join(map(str, sorted(minimal_refused)))})",
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-miro", action="store_true")
    ap.add_argument("--skip-mural", action="store_true", help="Mural takes ~10 s a run")
    ap.add_argument("--skip-excalidraw", action="store_true")
    ap.add_argument(
        "--only",
        action="append",
        choices=LOCAL_ROWS,
        help="only this local (Excalidraw) row; repeatable; skips Miro and Mural",
    )
    args = ap.parse_args()
    compileall.compile_dir(SRC, quiet=1)  # as pip install does (see the docstring)
    load = f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"
    print(f"werkbord from {SRC}; {os.cpu_count()} cores; load average {load}")
    print(f"whole process: median of {args.runs} runs; in-process: best of {args.runs} after a warm-up\n")
    print("| what | whole process (s) | its CPU (s) | in-process (s) | whole / in-process | target | met | notes |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        if args.only:
            excalidraw_rows(args.runs, Path(tmp), tuple(args.only))
            return
        if not args.skip_excalidraw:
            excalidraw_rows(args.runs, Path(tmp))
        if not args.skip_miro:
            miro_rows(args.runs, Path(tmp))
            miro_worked_row(args.runs, Path(tmp))
        if not args.skip_mural:
            mural_rows(min(args.runs, 3), Path(tmp))


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    main()
