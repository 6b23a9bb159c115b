"""The Miro backend: REST API v2, through the shared HTTP layer (:mod:`werkbord.http`).

Thin I/O only: every body and every reading of an answer is a pure function in
:mod:`werkbord.board.miro_translate`.

Provisioning order (and why):

1. The board: reused from the manifest (a resumed run), taken from ``board_id`` (``--board``),
   or created (``POST /v2/boards``).
2. On a board that existed before this run, the board is listed once and every plan item not
   yet in the manifest is matched against what is there (type, parent and position; size and
   text only break ties, see :mod:`werkbord.board.rest`): a request whose answer was lost when
   the last run died may still have created it.
3. Frames (``POST /v2/boards/{id}/frames``, one per call; the bulk endpoint has no frame data),
   all at once. Miro cannot nest frames through the API, so step frames are top-level frames at
   their absolute place; one waits for the frame around it only when that frame is filled,
   because only then would drawing it first hide it (``frame_after``).
4. Everything else through the bulk endpoint (``POST /v2/boards/{id}/items/bulk``, at most 20
   items, transactional), each item with ``parent`` set to its nearest plan frame and its
   position relative to that frame's top-left. Calls are packed across frames, close to the
   fewest Miro allows (``plan_batches``); each waits only for its items' frames, and items that lie
   over each other share a call, in plan order, so Miro's stacking order follows the plan.

Each created item is recorded in the manifest and checkpointed as soon as its call returns, so a
run that dies half-way resumes without duplicates. A bulk answer is paired with its request by
content, not position (Miro does not promise the order). A call whose answer was lost (timeout,
5xx) is not blindly sent again: the children of the frames it names are listed first and matched
(``recheck``); the shared path is :func:`werkbord.board.rest.send_batch`.

Harvest lists the board once per item type, side by side (``GET /v2/boards/{id}/items?type=…``,
50 per page, Level 2: 100 credits a page): only the board listing holds the items without a
parent, which no per-frame listing can give, and on Miro it also holds every frame's children,
so the longest of those chains (the sticky notes) sets the time. Only if they hold no children
at all are the frames (the manifest's and any found) listed one by one (``parent_item_id``),
side by side.

Miro's REST API has no way to lock an item, so the plan's "locked" furniture stays movable.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ..errors import BoardError, ManifestError, NotFound, VendorError, WerkbordError
from ..http.client import HttpClient
from ..http.ratebudget import Clock, Sleep
from ..http.sync import Running, run_sync, start_sync
from ..http.tokens import TokenProvider
from ..i18n import N_, _
from ..items import BoardItem, match_text
from ..manifest import Manifest
from ..plan import BoardPlan, Kind, PlanItem
from . import miro_translate as tr
from . import rest
from .base import BackendBase, Capabilities, Checkpoint, Links, Progress, ProvisionReport, RateLimit, TextUpdate

HINTS = {  # translated where the client is made
    401: N_(
        "the Miro token is invalid or expired: install the app again for a new MIRO_ACCESS_TOKEN, "
        "or set MIRO_REFRESH_TOKEN, MIRO_CLIENT_ID and MIRO_CLIENT_SECRET for an expiring token"
    ),
    403: N_(
        "the token needs the scopes boards:read and boards:write, and access to this team "
        "(--team / MIRO_TEAM_ID) or board (--board)"
    ),
    404: N_("check the board id (--board, or the one in the manifest); the board may have been deleted"),
    400: N_("this is a bug in werkbord's Miro requests; please report it with this message"),
}
BOARD_MATCH_WINDOW = 300.0  # seconds: a board created this long before our lost request may be ours


def api_root(url: str) -> str:
    """``MIRO_API_URL`` without a trailing ``/v2``: paths carry their version (``/v1/oauth``)."""
    url = url.rstrip("/")
    return url[:-3] if url.endswith("/v2") else url


def board_link(board_id: str) -> str:
    """The address that opens a board, in the form of Miro's own examples (``/`` at the end)."""
    return f"https://miro.com/app/board/{quote(board_id, safe='=')}/"


def item_link(board_id: str, item_id: str) -> str:
    """The address that opens a board zoomed to one item (a group's frame):
    ``https://miro.com/app/board/<id>/?moveToWidget=<item>`` — the ``/`` before ``?`` as in
    Miro's examples; ``werkbord check miro`` verifies the form against the real service."""
    return f"{board_link(board_id)}?moveToWidget={quote(item_id, safe='')}"


def view_link(manifest: Manifest) -> str:
    """The board's address in one form whatever Miro's ``viewLink`` looked like (the spec's
    example has no ``/`` at the end, Miro's own links do)."""
    if manifest.board.id:
        return board_link(manifest.board.id)
    if manifest.board.url:
        return manifest.board.url
    raise ManifestError(
        _("the manifest has no Miro board yet"), hint=_("run 'werkbord provision --backend miro' first")
    )


class MiroBackend(BackendBase):
    """Miro backend; opened by :func:`werkbord.backends.open_backend` (``"miro"``), which builds
    the arguments below from the settings.

    ``api_url`` (Miro's API root, without ``/v2``), ``sign_in`` (gives the token provider, asked
    once when the first request is made: a dry run needs no token), ``team_id`` (``--team``),
    ``board_id`` (``--board``: provision into this existing board), ``dry_run`` (count, send
    nothing), ``progress`` (``(done, total)`` callback while provisioning), and for tests and
    benchmarks ``transport`` (an httpx transport), ``sleep``/``clock`` (injectable time),
    ``max_concurrency``.
    """

    name = "miro"
    capabilities = Capabilities(
        live_updates=True,
        read_ahead=True,
        # Every read counted at a listing page's price: an upper bound (a single item costs less).
        rate_limit=RateLimit(tr.CREDITS_PER_MINUTE, per_read=tr.CREDITS_LIST),
    )

    def __init__(
        self,
        *,
        api_url: str,
        sign_in: Callable[[], TokenProvider],
        team_id: str | None = None,
        board_id: str | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        max_concurrency: int = 64,  # the credit budget is the real limit; RateBudget paces it
        folder: Any = None,  # accepted for symmetry with other backends; Miro keeps nothing locally
    ) -> None:
        self.team_id = team_id
        self.board_id = board_id
        self.dry_run = dry_run
        self.progress = progress
        self.api_url = api_root(api_url)
        self._sign_in = sign_in
        self._transport = transport
        self._sleep = sleep
        self._clock = clock
        self._max_concurrency = max_concurrency
        self._token: TokenProvider | None = None
        # A read started by read_ahead: (board id, the manifest it waits for, the running read).
        self._ahead: tuple[str, concurrent.futures.Future[Manifest], Running] | None = None
        self.last_stats = None  # RequestStats of the last call, for benchmarks and tests

    # -- Backend protocol -------------------------------------------------------------------

    def provision(self, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint) -> ProvisionReport:
        if self.dry_run:
            create_board = not (manifest.board.id or self.board_id)
            est = tr.estimate(plan, done=manifest.items.keys(), create_board=create_board)
            return ProvisionReport(
                created=est.items,
                reused=len([k for k in manifest.items if k in plan.by_key()]),
                requests=est.requests,
                credits=est.credits,
                dry_run=True,
                notes=[
                    _(
                        "dry run: would create {items} items in {requests} requests (about {credits:,} of Miro's "
                        "100,000 credits per minute); nothing was sent"
                    ).format(items=est.items, requests=est.requests, credits=est.credits)
                ],
            )
        return run_sync(self._provision(plan, manifest, checkpoint))

    def read_items(self, manifest: Manifest) -> list[BoardItem]:
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            board, waiting, running = ahead
            if board == manifest.board.id:
                if not waiting.done():  # (done: the read was stopped, say by Ctrl-C; result() says so)
                    waiting.set_result(manifest)
                return running.result()
            running.cancel()  # read ahead for another board: read this one
        return run_sync(self._read_items(_board_id(manifest), manifest))

    def read_ahead(self, board_id: str) -> Callable[[], None]:
        """The board's listings start now; the manifest (frames, roles) is needed only after them.

        The client is made here, before anything else runs beside the read: signing in and the
        HTTP modules' set-up are CPU work the first requests wait for. Should signing in fail,
        nothing is read ahead, and ``read_items`` says why when it comes to it.
        """
        out = _Countdown(len(tr.LISTED_TYPES))
        try:
            http = self._client(on_sent=out.count)
        except WerkbordError:
            return lambda: None
        waiting: concurrent.futures.Future[Manifest] = concurrent.futures.Future()
        running = start_sync(self._read_items(board_id, waiting, http))
        self._ahead = (board_id, waiting, running)
        # The caller goes on once the first pages are asked for: work of its own beside the
        # I/O thread's would only slow the sending down (one interpreter lock).
        out.wait(READ_AHEAD_WAIT)

        def stop() -> None:
            if self._ahead is not None and self._ahead[2] is running:
                self._ahead = None
            running.cancel()

        return stop

    def update_text(self, manifest: Manifest, updates: Sequence[TextUpdate]) -> None:
        if updates:
            run_sync(self._update_text(manifest, list(updates)))

    def links(self, manifest: Manifest) -> Links:
        board = view_link(manifest)
        groups: dict[int, str] = {}
        for g in manifest.groups:
            fid = manifest.id_of(g.frame_key)
            if fid and manifest.board.id:
                groups[g.index] = item_link(manifest.board.id, fid)
        return Links(board=board, groups=groups)

    # -- plumbing ---------------------------------------------------------------------------

    def _token_provider(self) -> TokenProvider:
        if self._token is None:
            self._token = self._sign_in()  # says what is missing when no token is configured
        return self._token

    def client(self) -> HttpClient:
        """An HTTP client for this backend's Miro (``werkbord check miro`` uses it)."""
        return self._client()

    def token_provider(self) -> TokenProvider:
        return self._token_provider()

    def _client(self, on_sent: Callable[[], None] | None = None) -> HttpClient:
        http = HttpClient(
            self.api_url,
            vendor="Miro",
            auth=self._token_provider(),
            hints={code: _(hint) for code, hint in HINTS.items()},
            transport=self._transport,
            sleep=self._sleep,
            clock=self._clock,
            max_concurrency=self._max_concurrency,
            headers={"Content-Type": "application/json"},
            on_sent=on_sent,
        )
        self.last_stats = http.stats
        return http

    async def _provision(self, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint) -> ProvisionReport:
        async with self._client() as http:
            run = _Provisioning(self, http, plan, manifest, checkpoint)
            return await run.go()

    async def _read_items(
        self, board: str, manifest: Manifest | concurrent.futures.Future[Manifest], http: HttpClient | None = None
    ) -> list[BoardItem]:
        """Every item on ``board``; ``manifest`` (its frames and roles) may still be on its way
        (read_ahead): the listings of every item type need only the board's id."""
        async with http or self._client() as http:
            listed = await list_types(http, board)
            if not isinstance(manifest, Manifest):
                manifest = await asyncio.wrap_future(manifest)
            frames = [ci.id for ci in manifest.items.values() if ci.kind == Kind.FRAME]
            raws = await list_board(http, board, frames, listed=listed)
            raws += await _missing_parents(http, board, raws)
        hints = {ci.id: ci.role for ci in manifest.items.values()}
        return tr.to_board_items(raws, hints)

    async def _update_text(self, manifest: Manifest, updates: list[TextUpdate]) -> None:
        board = _board_id(manifest)
        kinds = {ci.id: ci.kind for ci in manifest.items.values()}
        async with self._client() as http:

            def known(item_id: str) -> str | None:
                kind = kinds.get(item_id)
                return tr.MIRO_TYPE[kind] if kind in tr.MIRO_TYPE else None

            async def look_up(item_id: str) -> str:  # not ours (or an old manifest): ask Miro
                raw = await http.request_json(
                    "GET", f"{_board_path(board)}/items/{quote(item_id, safe='')}", cost=tr.CREDITS_READ
                )
                return str(raw.get("type"))

            async def patch(u: TextUpdate, mtype: str) -> None:
                endpoint = tr.ENDPOINTS.get(mtype)
                if endpoint is None:
                    raise BoardError(
                        _("cannot change the text of a Miro {type} item ({id})").format(type=mtype, id=u.item_id)
                    )
                await http.request_json(
                    "PATCH",
                    f"{_board_path(board)}/{endpoint}/{quote(u.item_id, safe='')}",
                    json=tr.update_body(mtype, u.text, u.color),
                    cost=tr.CREDITS_WRITE,
                    idempotent=True,  # setting the same text twice is harmless
                )

            await rest.update_texts(updates, known=known, look_up=look_up, patch=patch)


READ_AHEAD_WAIT = 1.0  # seconds read_ahead waits at most for its first requests to go out


class _Countdown:
    """An event set after ``n`` calls of :meth:`count`."""

    def __init__(self, n: int) -> None:
        self._left = n
        self._lock = threading.Lock()
        self._done = threading.Event()

    def count(self) -> None:
        with self._lock:
            self._left -= 1
            if self._left <= 0:
                self._done.set()

    def wait(self, seconds: float) -> bool:
        return self._done.wait(seconds)


def _board_id(manifest: Manifest) -> str:
    if not manifest.board.id:
        raise ManifestError(
            _("the manifest has no Miro board yet"), hint=_("run 'werkbord provision --backend miro' first")
        )
    return manifest.board.id


def _board_path(board_id: str) -> str:
    return f"/v2/boards/{quote(board_id, safe='=')}"


async def list_items(
    http: HttpClient, board_id: str, *, parent_id: str | None = None, type_: str | None = None
) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"limit": str(tr.PAGE_LIMIT)}
    if parent_id is not None:
        params["parent_item_id"] = parent_id
    if type_ is not None:
        params["type"] = type_
    return [r async for r in http.paginate(f"{_board_path(board_id)}/items", params=params, cost=tr.CREDITS_LIST)]


async def list_types(http: HttpClient, board_id: str) -> list[list[dict[str, Any]]]:
    """One listing per item type, side by side: the first part of :func:`list_board`."""
    return list(await asyncio.gather(*(list_items(http, board_id, type_=t) for t in tr.LISTED_TYPES)))


async def list_board(
    http: HttpClient,
    board_id: str,
    frames: Sequence[str] = (),
    *,
    listed: Sequence[list[dict[str, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """Every item on the board, children included, each once.

    One listing per item type, side by side (Miro's ``type`` filter): a cursor-paginated listing
    is a chain of pages, so the longest chain — not the board's size — sets the time. Only the
    board listing can show items outside every frame, so it is needed; on Miro it also holds
    every frame's children. Should it hold none (``werkbord check miro`` looks), the frames'
    children are listed per frame (``frames``: the manifest's frame ids, plus any found), side
    by side too. ``listed``: what :func:`list_types` already gave.
    """
    pages = listed if listed is not None else await list_types(http, board_id)
    raws = rest.merge_listings(list(pages))
    found = [str(r["id"]) for r in raws if r.get("type") == "frame" and r.get("id") is not None]
    frame_ids = list(dict.fromkeys([*frames, *found]))
    if frame_ids and not any(tr.parent_id(r) for r in raws):
        # These listings carried no children: read the frames' children, side by side.
        children = await asyncio.gather(*(_children(http, board_id, f) for f in frame_ids))
        raws = rest.merge_listings([raws, *children])
    return raws


async def _children(http: HttpClient, board_id: str, frame_id: str) -> list[dict[str, Any]]:
    try:
        return await list_items(http, board_id, parent_id=frame_id)
    except NotFound:
        return []  # a frame the manifest knows was deleted: its children went to the canvas


async def _missing_parents(http: HttpClient, board_id: str, raws: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parents referenced but not listed (a container type the listing leaves out)."""
    have = {str(r.get("id")) for r in raws}
    wanted = sorted({p for r in raws if (p := tr.parent_id(r)) and p not in have})
    if not wanted:
        return []

    async def get(pid: str) -> dict[str, Any] | None:
        try:
            return await http.request_json(
                "GET", f"{_board_path(board_id)}/items/{quote(pid, safe='')}", cost=tr.CREDITS_READ
            )
        except BoardError:
            return None  # its children are then skipped: their place on the canvas is unknown

    got = await asyncio.gather(*(get(p) for p in wanted))
    return [g for g in got if isinstance(g, dict)]


class _Provisioning:
    """One provisioning run: the state shared by its concurrent calls."""

    def __init__(
        self,
        backend: MiroBackend,
        http: HttpClient,
        plan: BoardPlan,
        manifest: Manifest,
        checkpoint: Checkpoint,
    ) -> None:
        self.b = backend
        self.http = http
        self.plan = plan
        self.m = manifest
        self.checkpoint = checkpoint
        self.by_key = plan.by_key()
        self.total = len(plan.items)
        self.created = 0
        self.reused = 0
        self.claimed: set[str] = {ci.id for ci in manifest.items.values()}
        http.progress = self._progress_text

    # -- bookkeeping ---------------------------------------------------------------------

    def _done(self) -> int:
        return sum(1 for k in self.m.items if k in self.by_key)

    def _progress_text(self) -> str:
        where = f" ({self.m.board.url})" if self.m.board.url else ""
        return _(
            "{done} of {total} items are on the board{where}; run the same command again to finish it: "
            "nothing is created twice"
        ).format(done=self._done(), total=self.total, where=where)

    def _record(self, item: PlanItem, iid: str, *, reused: bool) -> None:
        self.m.record(item, iid)
        self.claimed.add(iid)
        if reused:
            self.reused += 1
        else:
            self.created += 1

    def _saved(self) -> None:
        self.checkpoint()
        if self.b.progress is not None:
            self.b.progress(self._done(), self.total)

    @property
    def board(self) -> str:
        return _board_path(self.m.board.id or "")

    # -- the run -------------------------------------------------------------------------

    async def go(self) -> ProvisionReport:
        existed = await self._ensure_board()
        pending = [i for i in self.plan.items if i.key not in self.m.items]
        if existed and pending:
            await self._adopt_existing(pending)
            pending = [i for i in pending if i.key not in self.m.items]
        await self._create(pending)
        self.m.complete = True
        self._saved()
        return ProvisionReport(
            created=self.created,
            reused=self.reused,
            requests=self.http.stats.requests,
            credits=self.http.stats.credits,
            notes=[_("Miro board: {url}").format(url=view_link(self.m))],
        )

    async def _ensure_board(self) -> bool:
        """The board's id and link in the manifest; True when the board existed before this run."""
        if self.m.board.id:
            if not self.m.board.url:
                raw = await self.http.request_json("GET", self.board, cost=tr.CREDITS_READ)
                self.m.board.url = raw.get("viewLink")
                self._saved()
            return True
        if self.b.board_id:
            raw = await self.http.request_json("GET", _board_path(self.b.board_id), cost=tr.CREDITS_READ)
            self.m.board.id = str(raw.get("id") or self.b.board_id)
            self.m.board.url = raw.get("viewLink")
            self._saved()
            return True
        body = tr.board_body(self.plan.title, self.b.team_id)
        started = self.http.now()
        raw = await self.http.request_json(
            "POST",
            "/v2/boards",
            json=body,
            cost=tr.CREDITS_BOARD,
            recheck=lambda: self._find_board(body, started),
        )
        if not isinstance(raw, dict) or not raw.get("id"):
            raise VendorError(_("Miro created a board but did not say its id"))
        self.m.board.id = str(raw["id"])
        self.m.board.url = raw.get("viewLink")
        self._saved()
        return False

    async def _find_board(self, body: dict[str, Any], started: float) -> dict[str, Any] | None:
        """After a lost answer to 'create board': the board we just created, if it exists."""
        params: dict[str, Any] = {"limit": "20", "sort": "last_created"}
        if self.b.team_id:
            params["team_id"] = str(self.b.team_id)  # Miro ignores `query` with team_id
        else:
            params["query"] = body["name"]
        page = await self.http.request_json("GET", "/v2/boards", params=params, cost=tr.CREDITS_READ)
        best: tuple[float, dict[str, Any]] | None = None
        for raw in (page or {}).get("data") or []:
            if match_text(raw.get("name")) != match_text(body["name"]):
                continue
            try:
                created = datetime.fromisoformat(str(raw.get("createdAt"))).timestamp()
            except ValueError:
                continue
            if created >= started - BOARD_MATCH_WINDOW and (best is None or created > best[0]):
                best = (created, raw)
        return best[1] if best else None

    async def _adopt_existing(self, pending: list[PlanItem]) -> None:
        """Record plan items that an earlier, interrupted run created but could not record."""
        raws = await list_board(self.http, self.m.board.id or "")
        frames = [i for i in pending if i.kind == Kind.FRAME]
        ids = tr.match_bodies([tr.frame_body(i) for i in frames], raws, self.claimed)
        for item, iid in zip(frames, ids, strict=True):
            if iid:
                self._record(item, iid, reused=True)
        others: list[PlanItem] = []
        bodies: list[dict[str, Any]] = []
        for item in pending:
            if item.kind == Kind.FRAME:
                continue
            parent = tr.frame_ancestor(item, self.by_key)
            pid = self.m.id_of(parent.key) if parent else None
            if parent is not None and pid is None:
                continue  # its frame does not exist yet, so neither can it
            others.append(item)
            bodies.append(tr.item_body(item, pid, parent.rect if parent else None))
        for item, iid in zip(others, tr.match_bodies(bodies, raws, self.claimed), strict=True):
            if iid:
                self._record(item, iid, reused=True)
        if self.reused:
            self._saved()

    async def _create(self, pending: list[PlanItem]) -> None:
        """Every call as soon as what it needs exists: a bulk call waits only for the frames its
        items are children of, and for the earlier calls holding items it lies over; a frame
        waits only for a filled frame around it (see :func:`~werkbord.board.miro_translate.frame_after`).
        """
        to_create = {i.key: i for i in pending if i.kind == Kind.FRAME}
        frames: dict[str, asyncio.Future[None]] = {}

        def frame_task(f: PlanItem) -> asyncio.Future[None]:
            if f.key not in frames:
                outer = tr.frame_after(f, self.by_key)
                before = [frame_task(outer)] if outer is not None and outer.key in to_create else []
                frames[f.key] = asyncio.ensure_future(self._after(before, self._create_frame(f)))
            return frames[f.key]

        for f in to_create.values():
            frame_task(f)
        sent: list[asyncio.Future[None]] = []
        for b in tr.plan_batches(pending, self.by_key):
            before = [frames[k] for k in b.parent_keys if k in frames] + [sent[j] for j in b.after]
            sent.append(asyncio.ensure_future(self._after(before, self._send_batch(b))))
        await rest.gather_or_raise([*frames.values(), *sent])

    @staticmethod
    async def _after(before: list[asyncio.Future[None]], call: Coroutine[Any, Any, None]) -> None:
        try:
            if before:
                await asyncio.gather(*before)
        except BaseException:
            call.close()  # never started: what it needed failed, and that failure is reported
            raise
        await call

    async def _create_frame(self, item: PlanItem) -> None:
        await rest.send_batch(
            [item],
            body=tr.frame_body,
            footprint=tr.body_footprint,
            post=lambda bodies, recheck: self.http.request_json(
                "POST", f"{self.board}/frames", json=bodies[0], cost=tr.CREDITS_WRITE, recheck=recheck
            ),
            answered=lambda raw: tr.footprints([raw]) if _id_of(raw) else [],
            listing=lambda bodies: self._listing(type_="frame"),
            taken=lambda: self.claimed,
            record=self._record_batch_item,
            saved=self._saved,
        )

    def _record_batch_item(self, item: PlanItem, iid: str, reused: bool) -> None:
        self._record(item, iid, reused=reused)

    async def _listing(self, *, type_: str | None = None) -> list[tuple[str, rest.Footprint]]:
        return tr.footprints(await list_items(self.http, self.m.board.id or "", type_=type_))

    async def _send_batch(self, batch: tr.Batch) -> None:
        await rest.send_batch(
            batch.items,
            body=self._bulk_body,
            footprint=tr.body_footprint,
            post=lambda bodies, recheck: self.http.request_json(
                "POST",
                f"{self.board}/items/bulk",
                json=bodies,
                cost=tr.CREDITS_WRITE * len(bodies),
                recheck=recheck,
            ),
            answered=tr.bulk_answer,
            listing=self._batch_listing,
            taken=lambda: self.claimed,
            record=self._record_batch_item,
            saved=self._saved,
        )

    def _bulk_body(self, item: PlanItem) -> dict[str, Any]:
        parent = tr.frame_ancestor(item, self.by_key)
        if parent is None:
            return tr.item_body(item, None, None)
        pid = self.m.id_of(parent.key)
        if pid is None:
            raise BoardError(
                _("frame {key} is missing from the manifest; run the same command again").format(key=repr(parent.key))
            )
        return tr.item_body(item, pid, parent.rect)

    async def _batch_listing(self, bodies: list[dict[str, Any]]) -> list[tuple[str, rest.Footprint]]:
        """After a lost answer to a bulk call: what could be its items (one listing per parent
        frame in the call, and the board's top level if the call had items there)."""
        board = self.m.board.id or ""
        parents = list(dict.fromkeys((b.get("parent") or {}).get("id") for b in bodies))

        async def listing(pid: str | None) -> list[dict[str, Any]]:
            if pid is not None:
                return await list_items(self.http, board, parent_id=pid)
            return [r for r in await list_board(self.http, board) if not tr.parent_id(r)]

        pages = await asyncio.gather(*(listing(p) for p in parents))
        return tr.footprints(r for page in pages for r in page)


def _id_of(raw: Any) -> str:
    if not isinstance(raw, dict) or not raw.get("id"):
        raise VendorError(_("Miro created an item but did not say its id"))
    return str(raw["id"])
