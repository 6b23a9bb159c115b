"""werkbord on Miro and Mural against the fake servers on loopback, with injected latency.

    python benchmarks/platforms.py [--quick] [--groups 4,12,30] [--latency 0.1] [--no-sdk]

For each platform and board size it prints the requests and wall time of werkbord's
provisioning and harvest, the lower bound the API allows, and werkbord's ratio to it; on Miro
also the same board made with the official Miro Python SDK (``miro-api``, synchronous) item by
item (as its examples do) and with its bulk method, sequentially.

The fakes do not validate bodies here (the test suite does): the time measured is the
client's and the network's, not jsonschema's. Every run gets a fresh fake server (uvicorn on
127.0.0.1, a free port, in a process of its own: a vendor's servers do not share the client's
CPU), so rate-limit windows never carry over between runs.

Lower bounds assume unlimited concurrency within the rate limit:
    requests  = the fewest the API allows (bulk sizes: Miro 20 items per call, frames one per
                call; Mural 1,000 widgets per batch call, areas one per call);
    time      = max(dependency chain × latency,
                    (windows needed − 1) × window length + latency)
    where a fixed window's budget is available at once (the fakes' windows open at the first
    request, as the real APIs' per-minute counters do). Miro: 100 credits per created item,
    500 per board, 100 per listing page (Level 2), 100,000 credits per minute. Mural: 25 requests
    per second per user, 10,000 per minute per app. Harvest: a cursor-paginated listing is a chain
    of pages; listings filtered by type run side by side, so the longest chain is the bound.

``--quick`` shrinks Miro's one-minute credit window ten-fold (to 6 s) so the 30-group Miro
board does not need three real minutes; the output says so. Mural's windows stay real (its
per-second user window costs seconds, not minutes). The
Miro SDK has no rate-limit handling: its 429s are retried here after ``Retry-After``, the least
any caller of it must add, and those retries are counted as requests.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import math
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from fakes.harness import miro_options, mural_options  # noqa: E402
from fakes.miro_app import TOKEN as MIRO_TOKEN  # noqa: E402
from fakes.miro_app import MiroApp  # noqa: E402
from fakes.mural_app import APP_LIMIT, APP_WINDOW, USER_LIMIT, USER_WINDOW, MuralApp  # noqa: E402
from fakes.server import LoopbackServer  # noqa: E402
from werkbord import api  # noqa: E402
from werkbord.board import miro_translate as tr  # noqa: E402
from werkbord.board import mural_translate as mt  # noqa: E402
from werkbord.layout import layout  # noqa: E402
from werkbord.plan import BoardPlan, Kind  # noqa: E402
from werkbord.template import load_template  # noqa: E402


@dataclass
class Run:
    requests: int
    seconds: float
    extra: str = ""


@dataclass
class Bound:
    requests: int
    seconds: float
    why: str


# -- lower bounds -------------------------------------------------------------------------------


def _window_time(units: float, limit: float, window: float, latency: float) -> float:
    windows = math.ceil(units / limit) if units else 1
    return (windows - 1) * window + latency


def miro_provision_bound(plan: BoardPlan, latency: float, window: float) -> Bound:
    frames = sum(1 for i in plan.items if i.kind == Kind.FRAME)
    others = len(plan.items) - frames
    requests = 1 + frames + math.ceil(others / tr.BULK_MAX)
    credits = tr.CREDITS_BOARD + tr.CREDITS_WRITE * len(plan.items)
    chain = 3  # board → frames (all at once) → items (all at once; a child needs its frame's id)
    t = max(chain * latency, _window_time(credits, 100_000, window, latency))
    return Bound(requests, t, f"{credits:,} credits")


def _listing_bound(counts: dict[str, int], types: tuple[str, ...], page: int, latency: float) -> Bound:
    """Listings side by side, one per type (the finest split the board listing's type filter
    allows, and the only listing that shows items outside every frame): the longest cursor
    chain sets the time; each type costs at least one page."""
    pages = {t: max(1, math.ceil(counts.get(t, 0) / page)) for t in types}
    longest = max(pages.values())
    return Bound(sum(pages.values()), longest * latency, f"longest chain {longest} pages ({len(types)} side by side)")


def miro_harvest_bound(plan: BoardPlan, latency: float) -> Bound:
    counts: dict[str, int] = {}
    for i in plan.items:
        counts[tr.MIRO_TYPE[i.kind]] = counts.get(tr.MIRO_TYPE[i.kind], 0) + 1
    return _listing_bound(counts, tr.LISTED_TYPES, tr.PAGE_LIMIT, latency)


def mural_provision_bound(plan: BoardPlan, latency: float, scale: float) -> Bound:
    by_key = plan.by_key()
    eps: dict[str, int] = {}
    for i in plan.items:
        eps[mt.endpoint_for(i)] = eps.get(mt.endpoint_for(i), 0) + 1
    areas = eps.get(mt.AREA, 0)
    batches = sum(math.ceil(eps.get(ep, 0) / mt.MAX_BATCH) for ep in mt.BATCH_ENDPOINTS)
    requests = 1 + areas + batches
    levels = len(mt.area_levels(plan.items, by_key))
    chain = 1 + levels + 1  # mural → each level of nested areas → every batch at once
    t = max(
        chain * latency,
        _window_time(requests, USER_LIMIT, USER_WINDOW * scale, latency),
        _window_time(requests, APP_LIMIT, APP_WINDOW * scale, latency),
    )
    return Bound(requests, t, f"{requests} requests at {USER_LIMIT}/s")


def mural_harvest_bound(plan: BoardPlan, latency: float) -> Bound:
    filters = {"area": "areas", "sticky note": "sticky notes", "text": "texts", "shape": "shapes"}
    counts: dict[str, int] = {}
    for i in plan.items:
        f = filters[mt.WIDGET_TYPE[mt.endpoint_for(i)]]
        counts[f] = counts.get(f, 0) + 1
    return _listing_bound(counts, mt.READ_TYPES, mt.PAGE_LIMIT, latency)


# -- werkbord -----------------------------------------------------------------------------------


def werkbord_run(
    backend: str, groups: int, srv: LoopbackServer, url: str, concurrency: int | None
) -> tuple[Run, Run, int]:
    extra = {"max_concurrency": concurrency} if concurrency else {}
    options = miro_options(url=url, **extra) if backend == "miro" else mural_options(url=url, **extra)
    with tempfile.TemporaryDirectory() as out:
        n0 = srv.stats()["requests"]
        gc.collect()  # each timed run starts from a clean heap: earlier runs' garbage is not its cost
        t0 = time.perf_counter()
        done = api.provision(
            groups=groups, title="Team Noord", start="14:00", out=Path(out), backend=backend, options=options
        )
        t = time.perf_counter() - t0
        st = srv.stats()
        prov = Run(st["requests"] - n0, t, f"max {st['max_in_flight']} in flight")
        n1 = st["requests"]
        gc.collect()
        t1 = time.perf_counter()
        api.harvest(done.manifest_path, scrub=False, options=options)
        t = time.perf_counter() - t1
        st = srv.stats()
        harv = Run(st["requests"] - n1, t)
        items = st["boards"][done.manifest.board.id]
    return prov, harv, items


# -- the official Miro SDK ----------------------------------------------------------------------


def _sdk(url: str):
    from miro_api import MiroApi
    from miro_api.configuration import Configuration
    from miro_api.rest import RESTClientObject

    api_ = MiroApi(MIRO_TOKEN)
    # OpenAPI-generated: the base URL is Configuration.host (default https://api.miro.com).
    cfg = Configuration(host=url)
    api_.api_client.configuration = cfg
    api_.api_client.rest_client = RESTClientObject(cfg)
    return api_


def _with_429_retry(call, stats: dict):
    """The SDK raises on 429; wait what the server asks and call again (counted)."""
    from miro_api.exceptions import ApiException

    while True:
        try:
            return call()
        except ApiException as e:
            if e.status != 429:
                raise
            stats["retries"] += 1
            wait = float((e.headers or {}).get("Retry-After", 1))
            time.sleep(wait)


def sdk_run(plan: BoardPlan, srv: LoopbackServer, *, bulk: bool) -> Run:
    from miro_api.models import (
        BoardChanges,
        FrameCreateRequest,
        ItemCreate,
        ShapeCreateRequest,
        StickyNoteCreateRequest,
        TextCreateRequest,
    )

    sdk = _sdk(srv.url)
    stats = {"retries": 0}
    n0 = srv.stats()["requests"]
    gc.collect()
    t0 = time.perf_counter()
    board = _with_429_retry(lambda: sdk.create_board(BoardChanges(name=plan.title)), stats)
    by_key = plan.by_key()
    ids: dict[str, str] = {}
    for item in plan.items:  # frames one per call: the only way
        if item.kind == Kind.FRAME:
            body = FrameCreateRequest.from_dict(tr.frame_body(item))
            ids[item.key] = _with_429_retry(lambda body=body: sdk.create_frame_item(board.id, body), stats).id
    bodies = []
    for item in plan.items:
        if item.kind == Kind.FRAME:
            continue
        parent = tr.frame_ancestor(item, by_key)
        bodies.append(tr.item_body(item, ids.get(parent.key) if parent else None, parent.rect if parent else None))
    if bulk:
        for i in range(0, len(bodies), tr.BULK_MAX):
            chunk = [ItemCreate.from_dict(b) for b in bodies[i : i + tr.BULK_MAX]]
            _with_429_retry(lambda chunk=chunk: sdk.create_items(board.id, chunk), stats)
    else:
        make = {
            "sticky_note": (StickyNoteCreateRequest, sdk.create_sticky_note_item),
            "shape": (ShapeCreateRequest, sdk.create_shape_item),
            "text": (TextCreateRequest, sdk.create_text_item),
        }
        for b in bodies:
            model, create = make[b["type"]]
            req = model.from_dict({k: v for k, v in b.items() if k != "type"})
            _with_429_retry(lambda create=create, req=req: create(board.id, req), stats)
    t = time.perf_counter() - t0
    st = srv.stats()
    items = st["boards"][board.id]
    if items != len(plan.items):
        raise RuntimeError(f"the SDK run made {items} items, the plan has {len(plan.items)}")
    return Run(st["requests"] - n0, t, f"{stats['retries']} 429s retried")


# -- bare httpx: the same calls without werkbord --------------------------------------------------


def bare_httpx_run(plan: BoardPlan, srv: LoopbackServer) -> Run:
    """The calls werkbord makes, in three waves from plain httpx: the board, every frame at once,
    every bulk call at once (within httpx's default 100 connections). No retries, pacing,
    checkpoints or ordering, and only the waves are timed (not the client's set-up): what the
    HTTP client itself costs for these calls, next to what werkbord takes in all."""
    import httpx

    by_key = plan.by_key()
    frames = [i for i in plan.items if i.kind == Kind.FRAME]
    batches = tr.plan_batches(plan.items, by_key)
    timed: list[float] = []

    async def go() -> None:
        headers = {"Authorization": f"Bearer {MIRO_TOKEN}"}
        async with httpx.AsyncClient(base_url=srv.url, headers=headers, timeout=60) as c:
            gc.collect()
            t0 = time.perf_counter()
            board = (await c.post("/v2/boards", json=tr.board_body(plan.title, None))).json()["id"]
            path = f"/v2/boards/{board}"
            answers = await asyncio.gather(*(c.post(f"{path}/frames", json=tr.frame_body(f)) for f in frames))
            ids = {f.key: a.json()["id"] for f, a in zip(frames, answers, strict=True)}

            def body(item):
                parent = tr.frame_ancestor(item, by_key)
                return tr.item_body(item, ids[parent.key] if parent else None, parent.rect if parent else None)

            calls = [[body(i) for i in b.items] for b in batches]
            done = await asyncio.gather(*(c.post(f"{path}/items/bulk", json=b) for b in calls))
            timed.append(time.perf_counter() - t0)
            if any(a.status_code != 201 for a in done):
                raise RuntimeError("a bulk call failed: the bare run has no retries, run it within the rate limit")

    n0 = srv.stats()["requests"]
    asyncio.run(go())
    return Run(srv.stats()["requests"] - n0, timed[0])


# -- printing -----------------------------------------------------------------------------------


def warm_up(args: argparse.Namespace, latency: float, scale: float) -> None:
    """One untimed run of every contender on a one-group board first, so the first timed size
    does not also pay for imports and one-time set-up (TLS context, the SDK's models)."""
    plan = layout(load_template("terugval", "nl"), 1, title="warm-up")
    with LoopbackServer(miro_fake(latency, scale), process=True) as srv:
        werkbord_run("miro", 1, srv, srv.url, args.concurrency)
        if not args.no_sdk:
            sdk_run(plan, srv, bulk=True)
    with LoopbackServer(MuralApp(latency=latency, validate=False), process=True) as srv:
        werkbord_run("mural", 1, srv, srv.url + "/api/public/v1", args.concurrency)
    print("(after one untimed warm-up run of each on a one-group board)\n")


def miro_fake(latency: float, scale: float) -> MiroApp:
    return MiroApp(latency=latency, window_seconds=60 * scale, validate=False)


def print_row(platform: str, what: str, run: Run, bound: Bound, note: str, *, groups: int, items: int) -> None:
    cells = [
        platform,
        str(groups),
        str(items),
        what,
        str(run.requests),
        f"{run.seconds:.2f}",
        f"{bound.requests} / {bound.seconds:.2f}",
        f"{run.seconds / bound.seconds:.2f}x",
        note,
    ]
    print(fmt_row(cells))


def fmt_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--groups", default="4,12,30")
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--quick", action="store_true", help="Miro credit window 10x shorter")
    ap.add_argument("--no-sdk", action="store_true", help="skip the Miro SDK runs")
    ap.add_argument("--concurrency", type=int, default=None, help="werkbord's max_concurrency (default: its own)")
    ap.add_argument("--sdk-per-item-max", type=int, default=30, help="largest board made item by item")
    args = ap.parse_args()
    scale = 0.1 if args.quick else 1.0
    lat = args.latency
    wv = load_template("terugval", "nl")
    sizes = [int(g) for g in args.groups.split(",")]

    import warnings

    warnings.filterwarnings("ignore", module="pydantic")  # the SDK's generated models warn on serialising
    conc = f"werkbord max_concurrency {args.concurrency}" if args.concurrency else "werkbord's default concurrency"
    print(
        f"latency {lat * 1000:.0f} ms per request; loopback uvicorn fakes; {conc}; "
        + (
            "--quick: Miro credit window x0.1 (100k credits per 6 s); Mural windows real"
            if args.quick
            else "real rate-limit windows"
        )
    )
    print(
        "lower bound: unlimited concurrency within the rate limit; max(dependency chain x latency, "
        "(windows needed - 1) x window + latency)\n"
    )
    header = [
        "platform",
        "groups",
        "items",
        "what",
        "requests",
        "time (s)",
        "lower bound req / s",
        "werkbord vs bound (time)",
        "notes",
    ]
    warm_up(args, lat, scale)
    print(fmt_row(header))
    print(fmt_row(["---"] * len(header)))
    for groups in sizes:
        plan = layout(wv, groups, title="Team Noord", start="14:00")
        row = functools.partial(print_row, groups=groups, items=len(plan.items))
        # Miro
        with LoopbackServer(miro_fake(lat, scale), process=True) as srv:
            prov, harv, items = werkbord_run("miro", groups, srv, srv.url, args.concurrency)
        pb = miro_provision_bound(plan, lat, 60 * scale)
        hb = miro_harvest_bound(plan, lat)
        row("Miro", "werkbord provision", prov, pb, f"{pb.why}; {prov.extra}")
        row("Miro", "werkbord harvest", harv, hb, hb.why)
        if tr.CREDITS_WRITE * len(plan.items) <= 100_000:  # one credit window: a client without retries gets no 429
            with LoopbackServer(miro_fake(lat, scale), process=True) as srv:
                run = bare_httpx_run(plan, srv)
            row("Miro", "bare httpx, same calls", run, pb, f"werkbord takes {prov.seconds / run.seconds:.2f}x this")
        if not args.no_sdk:
            for bulk in (True, False):
                if not bulk and groups > args.sdk_per_item_max:
                    continue
                with LoopbackServer(miro_fake(lat, scale), process=True) as srv:
                    run = sdk_run(plan, srv, bulk=bulk)
                what = "SDK bulk, sequential" if bulk else "SDK per item"
                row("Miro", what, run, pb, f"werkbord {run.seconds / prov.seconds:.1f}x faster; {run.extra}")
        # Mural
        with LoopbackServer(MuralApp(latency=lat, validate=False), process=True) as srv:
            prov, harv, items = werkbord_run("mural", groups, srv, srv.url + "/api/public/v1", args.concurrency)
        pb = mural_provision_bound(plan, lat, 1.0)
        hb = mural_harvest_bound(plan, lat)
        row("Mural", "werkbord provision", prov, pb, f"{pb.why}; {prov.extra}")
        row("Mural", "werkbord harvest", harv, hb, hb.why)
        sys.stdout.flush()


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    main()
