"""The Mural backend: provision a plan as a mural, read its widgets back, update texts.

Thin I/O over :mod:`werkbord.http` (retries, pacing, error mapping, pagination) and
:mod:`werkbord.board.mural_translate` (every body and every conversion). What this module
decides is the order of work and how a run resumes:

1. the mural (``POST /murals``) — its id and link go into ``manifest.board`` at once;
2. areas one per call, level by level (group/facilitator frames, then step frames, then
   prompt regions), each level concurrently since its parents exist;
3. shapes, textboxes, titles, then sticky notes in batches (arrays of up to 1000): the order
   is the stacking order, so labels and notes lie on top of the rings.

Every created widget is recorded (``manifest.record``) and checkpointed as soon as its
answer arrives; an array answer is paired with its request by content (Mural does not promise
the order). On a re-run the mural's widgets are listed once and matched against the plan items
the manifest lacks (type, parent and position; size and text only break ties: Mural may hand
text back as HTML), so a batch whose answer was lost is adopted instead of created twice; the
same check runs before re-sending a request whose answer was lost mid-run (the HTTP layer's
``recheck``, through :func:`werkbord.board.rest.send_batch`).

Harvest lists the widgets once per type, side by side: the longest chain of pages sets the time.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import quote, urlsplit

from ..errors import ManifestError, UsageError, VendorError
from ..http.client import HttpClient
from ..http.sync import run_sync
from ..http.tokens import TokenProvider
from ..i18n import _
from ..items import BoardItem, match_text
from ..manifest import CreatedItem, Manifest
from ..plan import BoardPlan, PlanItem
from . import mural_translate as mt
from . import rest
from .base import BackendBase, Capabilities, Checkpoint, Links, Progress, ProvisionReport, RateLimit, TextUpdate

log = logging.getLogger(__name__)

# Mural allows 25 requests per second per user; a little under it leaves room for clock skew.
MAX_REQUESTS_PER_SECOND = 24.0


# Mural allows 25 requests/s per user. Keeping that rate needs rate x latency calls in flight
# (25/s at 250 ms: 7); 16 covers latencies up to ~640 ms. The HTTP layer's pacing (max_rate and
# the X-RateLimit-* headers) keeps the rate itself, whatever is in flight.
DEFAULT_CONCURRENCY = 16

_KIND_ENDPOINT = {"sticky": mt.STICKY, "ellipse": mt.SHAPE, "frame": mt.AREA, "rectangle": mt.AREA}
_TYPE_ENDPOINT = {"sticky note": mt.STICKY, "shape": mt.SHAPE, "area": mt.AREA, "text": mt.TEXTBOX}
_TYPE_FILTER = {
    mt.AREA: "areas",
    mt.SHAPE: "shapes",
    mt.STICKY: "sticky notes",
    mt.TEXTBOX: "texts",
    mt.TITLE: "texts",
}


class MuralBackend(BackendBase):
    """Provision, read and update a mural through Mural's public REST API.

    Opened by :func:`werkbord.backends.open_backend` (``"mural"``), which builds these keyword
    arguments from the settings: ``api_url`` (Mural's public API), ``sign_in`` (gives a fresh
    token provider per operation; whether it can renew its token is the provider's
    ``can_refresh``), ``room_id`` (only provisioning a new mural needs it), ``dry_run`` (count, never call),
    ``progress`` (``(done, total)`` items on the mural, after each call), and for tests and
    benchmarks ``transport``, ``sleep``, ``clock``, ``batch_size`` (≤ 1000), ``max_concurrency``,
    ``max_attempts`` and ``max_rate`` (requests per second, None: unpaced).
    """

    name = "mural"
    capabilities = Capabilities(live_updates=True, native_timer=True, rate_limit=RateLimit(mt.APP_REQUESTS_PER_MINUTE))

    def __init__(
        self,
        *,
        api_url: str,
        sign_in: Callable[[], TokenProvider],
        room_id: str | int | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
        transport: Any = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
        batch_size: int = mt.MAX_BATCH,
        max_concurrency: int = DEFAULT_CONCURRENCY,
        max_attempts: int = 8,
        max_rate: float | None = MAX_REQUESTS_PER_SECOND,
    ) -> None:
        self.api_url = api_url
        self.room_id = str(room_id) if room_id not in (None, "") else None
        self.dry_run = dry_run
        self._progress = progress
        self._sign_in = sign_in
        self._transport = transport
        self._sleep = sleep
        self._clock = clock
        self.batch_size = max(1, min(int(batch_size), mt.MAX_BATCH))
        self.max_concurrency = max(1, int(max_concurrency))
        self.max_attempts = max_attempts
        self.max_rate = max_rate

    # -- the Backend protocol -----------------------------------------------------------------

    def provision(self, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint) -> ProvisionReport:
        if self.dry_run:
            return self._dry_run(plan, manifest)
        return run_sync(self._provision(plan, manifest, checkpoint))

    def read_items(self, manifest: Manifest) -> list[BoardItem]:
        mural_id = self._mural_id(manifest)
        return run_sync(self._read_items(mural_id))

    def update_text(self, manifest: Manifest, updates: Sequence[TextUpdate]) -> None:
        if updates:
            run_sync(self._update_text(self._mural_id(manifest), manifest, list(updates)))

    def native_timer(self, manifest: Manifest) -> MuralTimer:
        """The mural's own timer, driven alongside the group panels by ``werkbord timer``."""
        return MuralTimer(self, self._mural_id(manifest))

    def links(self, manifest: Manifest) -> Links:
        url = manifest.board.url
        if not url:
            raise ManifestError(
                _("the manifest has no Mural link yet: provisioning stopped before the mural existed"),
                hint=_("run the same provision command again"),
            )
        groups: dict[int, str] = {}
        for g in manifest.groups:
            area_id = manifest.id_of(g.frame_key)
            groups[g.index] = mt.widget_link(url, area_id) if area_id else url
        return Links(board=url, groups=groups, note=_(mt.WIDGET_LINK_NOTE) if groups else None)

    # -- plumbing -----------------------------------------------------------------------------

    def _count(self, by_key: dict[str, PlanItem], manifest: Manifest) -> None:
        if self._progress is not None:
            self._progress(sum(1 for k in manifest.items if k in by_key), len(by_key))

    def client(self, auth: Any = None) -> HttpClient:
        """An HTTP client for this backend's Mural (``werkbord check mural`` and the native timer use it)."""
        return self._http(auth)

    def token_provider(self) -> TokenProvider:
        """A fresh token provider (its lock belongs to the event loop that first uses it)."""
        return self._sign_in()

    def room(self) -> int:
        return self._room()

    def _http(self, auth: Any = None) -> HttpClient:
        # A fresh token provider per operation: its lock belongs to this operation's event loop.
        auth = auth or self.token_provider()
        return HttpClient(
            self.api_url,
            vendor="Mural",
            auth=auth,
            hints={401: _(mt.SIGN_IN_HINT)},
            max_attempts=self.max_attempts,
            max_concurrency=self.max_concurrency,
            max_rate=self.max_rate,
            sleep=self._sleep,
            clock=self._clock,
            transport=self._transport,
            refine_error=lambda resp, err: mt.mural_error(resp, err, room_id=self.room_id),
        )

    @staticmethod
    def _mural_id(manifest: Manifest) -> str:
        if not manifest.board.id:
            raise ManifestError(
                _("the manifest names no mural: provisioning stopped before the mural existed"),
                hint=_("run the same provision command again"),
            )
        return manifest.board.id

    def _room(self) -> int:
        room = (self.room_id or "").strip()
        if not room:
            raise UsageError(
                _("no Mural room given"),
                hint=_("pass --room ID or set MURAL_ROOM_ID (the number in the room's address)"),
            )
        if not room.isdigit() or int(room) < 1:
            raise UsageError(
                _("Mural room id {room} is not a number").format(room=repr(room)),
                hint=_("pass --room with the room's number"),
            )
        return int(room)

    @staticmethod
    def _path(mural_id: str, *rest: str) -> str:
        return mural_path(mural_id, *rest)

    async def _list_widgets(self, http: HttpClient, mural_id: str, types: Sequence[str]) -> list[dict]:
        # ``type`` and ``limit`` stay in the query on every page, as Mural requires with ``next``.
        params = {"type": ",".join(types), "limit": mt.PAGE_LIMIT}
        return [
            w
            async for w in http.paginate(
                self._path(mural_id, "widgets"),
                params=params,
                items_key="value",
                cursor_param="next",
                next_cursor=lambda body: body.get("next"),
            )
        ]

    # -- provisioning -------------------------------------------------------------------------

    def _dry_run(self, plan: BoardPlan, manifest: Manifest) -> ProvisionReport:
        missing = [i for i in plan.items if i.key not in manifest.items]
        counts: dict[str, int] = {}
        for item in missing:
            ep = mt.endpoint_for(item)
            counts[ep] = counts.get(ep, 0) + 1
        requests = 0 if manifest.board.id else 1
        requests += counts.get(mt.AREA, 0)
        requests += sum(math.ceil(counts.get(ep, 0) / self.batch_size) for ep in mt.BATCH_ENDPOINTS)
        notes = []
        if manifest.board.id:
            notes.append(
                _("would complete mural {id} (after listing its widgets to resume)").format(id=manifest.board.id)
            )
        else:
            room = self.room_id or _("(none given: pass --room or set MURAL_ROOM_ID)")
            notes.append(
                _("would create mural {title} in room {room}").format(
                    title=repr(plan.title or plan.template), room=room
                )
            )
        words = {
            mt.AREA: _("would create {count} areas (frames and regions, one per request)"),
            mt.SHAPE: _("would create {count} ellipse shapes"),
            mt.TEXTBOX: _("would create {count} textboxes"),
            mt.TITLE: _("would create {count} titles"),
            mt.STICKY: _("would create {count} sticky notes"),
        }
        for ep in (mt.AREA, *mt.BATCH_ENDPOINTS):
            if counts.get(ep):
                notes.append(words[ep].format(count=counts[ep]))
        notes.append(_("{requests} requests (batches of up to {size})").format(requests=requests, size=self.batch_size))
        return ProvisionReport(created=len(missing), reused=0, requests=requests, dry_run=True, notes=notes)

    async def _provision(self, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint) -> ProvisionReport:
        report = ProvisionReport()
        by_key = plan.by_key()
        async with self._http() as http:
            http.progress = lambda: _(
                "{done} of {total} items are on the mural; run the same command again to resume"
            ).format(done=len(manifest.items), total=len(plan.items))
            mural_id, resumed = await self._ensure_mural(http, plan, manifest, checkpoint)
            missing = [i for i in plan.items if i.key not in manifest.items]
            if resumed and missing:
                report.reused = await self._adopt(http, mural_id, missing, by_key, manifest, checkpoint)

            for level in mt.area_levels(plan.items, by_key):
                todo = [i for i in level if i.key not in manifest.items]
                if todo:
                    await rest.gather_or_raise(
                        [self._create(http, mural_id, mt.AREA, [i], by_key, manifest, checkpoint, report) for i in todo]
                    )

            for endpoint in mt.BATCH_ENDPOINTS:
                todo = [i for i in plan.items if mt.endpoint_for(i) == endpoint and i.key not in manifest.items]
                if endpoint == mt.SHAPE:
                    # Concentric rings: the largest first, so each smaller ring lies on top of it.
                    todo.sort(key=lambda i: i.rect.w * i.rect.h, reverse=True)
                if todo:
                    chunks = list(mt.batches(todo, self.batch_size))
                    await rest.gather_or_raise(
                        [
                            self._create(http, mural_id, endpoint, c, by_key, manifest, checkpoint, report)
                            for c in chunks
                        ]
                    )
            report.requests = http.stats.requests
        report.notes.append(
            _("Mural's API cannot lock widgets: lock the frames in Mural if participants should not move them")
        )
        return report

    async def _ensure_mural(
        self, http: HttpClient, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint
    ) -> tuple[str, bool]:
        if manifest.board.id:
            if not manifest.board.url:
                mural = mt.unwrap(await http.request_json("GET", self._path(manifest.board.id)))
                manifest.board.url = self._link_of(mural, manifest.board.id)
                checkpoint()
            return manifest.board.id, True

        room = self._room()
        body = mt.create_mural_body(plan, room)
        started_ms = (self._clock or time.time)() * 1000

        async def recheck() -> Any:
            # The answer to POST /murals was lost: is a mural of that title, made just now, there?
            found = [
                m
                async for m in http.paginate(
                    f"/rooms/{room}/murals",
                    items_key="value",
                    cursor_param="next",
                    next_cursor=lambda b: b.get("next"),
                )
                if match_text(m.get("title")) == match_text(body["title"])
                and float(m.get("createdOn") or 0) >= started_ms - 60_000
            ]
            return {"value": found[0]} if len(found) == 1 else None

        mural = mt.unwrap(await http.request_json("POST", "/murals", json=body, recheck=recheck))
        if not isinstance(mural, dict) or not mural.get("id"):
            raise VendorError(_("Mural answered the creation of the mural without its id"))
        mural_id = str(mural["id"])
        manifest.board.id = mural_id
        link = mt.mural_link(mural)
        if link is None:
            # Some answers leave the links out; the mural itself has them.
            mural = mt.unwrap(await http.request_json("GET", self._path(mural_id))) or {}
        manifest.board.url = link or self._link_of(mural, mural_id)
        checkpoint()
        log.info("Mural: created mural %s", mural_id)
        return mural_id, False

    def _link_of(self, mural: Any, mural_id: str) -> str:
        link = mt.mural_link(mural) if isinstance(mural, dict) else None
        if link:
            return link
        # Last resort: the address pattern of Mural's web app (workspace id, then the mural's number).
        workspace, _, number = mural_id.rpartition(".")
        parts = urlsplit(self.api_url)
        return f"{parts.scheme}://{parts.netloc}/t/{workspace}/m/{workspace}/{number}"

    async def _adopt(
        self,
        http: HttpClient,
        mural_id: str,
        missing: list[PlanItem],
        by_key: dict[str, PlanItem],
        manifest: Manifest,
        checkpoint: Checkpoint,
    ) -> int:
        """Record the widgets an interrupted run created but could not record."""
        widgets = await self._list_widgets(http, mural_id, mt.READ_TYPES)
        known = {k: v.id for k, v in manifest.items.items()}
        found = mt.adopt(missing, by_key, known, widgets)
        for item in missing:
            if item.key in found:
                manifest.record(item, found[item.key])
        if found:
            checkpoint()
            log.info("Mural: %d widgets of the interrupted run were already on the mural", len(found))
        return len(found)

    def _body(self, item: PlanItem, by_key: dict[str, PlanItem], manifest: Manifest) -> dict[str, Any]:
        parent = mt.area_ancestor(item, by_key)
        parent_id = manifest.id_of(parent.key) if parent is not None else None
        if parent is not None and parent_id is None:  # levels guarantee this never happens
            raise VendorError(_("the area for {key} was not created; run the same command again").format(key=item.key))
        return mt.create_body(item, parent, parent_id)

    async def _create(
        self,
        http: HttpClient,
        mural_id: str,
        endpoint: str,
        items: Sequence[PlanItem],
        by_key: dict[str, PlanItem],
        manifest: Manifest,
        checkpoint: Checkpoint,
        report: ProvisionReport,
    ) -> None:
        """One create call (an area, or a batch of one endpoint's widgets), exactly once: after a
        lost answer the widgets of that type are listed and matched before anything is re-sent."""

        async def post(bodies: list[dict[str, Any]], recheck: Callable[[], Awaitable[Any]]) -> Any:
            return await http.request_json(
                "POST",
                self._path(mural_id, "widgets", endpoint),
                json=bodies[0] if endpoint == mt.AREA else bodies,  # areas one per call
                recheck=recheck,
            )

        async def listing(bodies: list[dict[str, Any]]) -> list[tuple[str, rest.Footprint]]:
            return mt.footprints(await self._list_widgets(http, mural_id, [_TYPE_FILTER[endpoint]]))

        def record(item: PlanItem, wid: str, reused: bool) -> None:
            manifest.record(item, wid)
            if reused:
                report.reused += 1
            else:
                report.created += 1

        def saved() -> None:
            checkpoint()
            self._count(by_key, manifest)

        await rest.send_batch(
            items,
            body=lambda i: self._body(i, by_key, manifest),
            footprint=lambda b: mt.body_footprint(endpoint, b),
            post=post,
            answered=mt.answered,
            listing=listing,
            taken=lambda: [v.id for v in manifest.items.values()],
            record=record,
            saved=saved,
        )

    # -- reading and updating -----------------------------------------------------------------

    async def _read_items(self, mural_id: str) -> list[BoardItem]:
        async with self._http() as http:
            # One listing per widget type, side by side: a paginated listing is a chain of
            # pages, so the longest chain sets the time, not the mural's size. A listing by
            # parent area (``parentId``) cannot show widgets outside every area, and one per
            # area would spend Mural's 25 requests per second on areas that hold a page or less.
            pages = await asyncio.gather(*(self._list_widgets(http, mural_id, [t]) for t in mt.READ_TYPES))
        return mt.board_items(rest.merge_listings(pages))

    async def _update_text(self, mural_id: str, manifest: Manifest, updates: list[TextUpdate]) -> None:
        by_id: dict[str, CreatedItem] = {c.id: c for c in manifest.items.values()}
        async with self._http() as http:

            async def look_up(item_id: str) -> str:  # not ours (or an old manifest): ask Mural
                w = mt.unwrap(await http.request_json("GET", self._path(mural_id, "widgets", item_id)))
                return _TYPE_ENDPOINT.get(str((w or {}).get("type")), mt.TEXTBOX)

            async def patch(u: TextUpdate, endpoint: str) -> None:
                await http.request_json(
                    "PATCH",
                    self._path(mural_id, "widgets", endpoint, u.item_id),
                    json=mt.update_body(endpoint, u.text, u.color),
                    idempotent=True,  # setting a text twice is harmless: retry freely
                )

            await rest.update_texts(
                updates, known=lambda iid: _endpoint_of(by_id.get(iid)), look_up=look_up, patch=patch
            )


def _endpoint_of(created: CreatedItem | None) -> str | None:
    if created is None:
        return None
    if created.kind == "text":
        return mt.TITLE if created.role == "title" else mt.TEXTBOX
    return _KIND_ENDPOINT.get(created.kind)


def mural_path(mural_id: str, *rest: str) -> str:
    """``/murals/<id>/<rest>``, every part quoted."""
    return "/murals/" + "/".join([quote(mural_id, safe=""), *(quote(r, safe="") for r in rest)])


class MuralTimer:
    """Mural's one native timer per mural (start, pause/resume and extend by delta, end)."""

    MAX_SECONDS = 5400  # Mural's limit for a timer's duration

    def __init__(self, backend: MuralBackend, mural_id: str) -> None:
        self._backend = backend
        self._mural_id = mural_id

    def _call(self, method: str, path: str, body: dict | None = None) -> None:
        async def go() -> None:
            async with self._backend.client() as http:
                await http.request_json(method, mural_path(self._mural_id, *path.split("/")), json=body)

        run_sync(go())

    def start(self, seconds: float) -> None:
        duration = max(1, min(self.MAX_SECONDS, round(seconds)))
        self._call("POST", "timer/start", {"duration": duration, "soundEnabled": True})

    def pause(self) -> None:
        self._call("PATCH", "timer", {"paused": True})

    def resume(self) -> None:
        self._call("PATCH", "timer", {"paused": False})

    def extend(self, delta: float) -> None:
        self._call("PATCH", "timer", {"delta": round(delta)})

    def end(self) -> None:
        self._call("POST", "timer/end")
