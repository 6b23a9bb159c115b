"""What the fake Miro and Mural servers share: plain-ASGI plumbing, fault injection, rate-limit
windows, an injectable clock and the location of the OpenAPI documents.

Plain ASGI rather than a framework: the fakes need to do things a framework's error handling
gets in the way of (drop a connection half-way through an answer, act and then lose the answer),
and the in-process tests then need nothing beyond httpx. uvicorn serves the same callable on
loopback for the benchmarks.

Faults are chosen per request by an *injector*: ``(RequestInfo) -> Fault | None``. Helpers build
the usual ones: at chosen request numbers, on requests matching a predicate, at a random rate
(seeded), a 429 storm, or by method and path (``on``); ``chain`` combines them (first match wins).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import json
import math
import random
import re
import threading
import time
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import respx

# tests/fakes/common.py → parents: [0] fakes, [1] tests, [2] the repository, [3] its parent,
# where shared/ lives beside the repository (../shared/specs from the project root).
SPECS = Path(__file__).resolve().parents[3] / "shared" / "specs"

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class FakeClock:
    """Injectable time shared by a fake server and a backend: sleeping advances it at once."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)  # still yield, as a real sleep would: other requests go on meanwhile

    @property
    def slept(self) -> float:
        return sum(self.sleeps)


class VirtualClock:
    """Injectable time in which each task sleeps on its own, as in real time, but nobody waits:
    :meth:`run` lets every runnable task go on, and when all of them sleep it moves the clock to
    the earliest wake-up. Concurrent requests with latency then overlap as they would on a
    network, which :class:`FakeClock` (one shared jump per sleep) cannot show."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self._sleepers: list[tuple[float, int, asyncio.Future]] = []
        self._n = 0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        fut = asyncio.get_running_loop().create_future()
        self._n += 1
        heapq.heappush(self._sleepers, (self.now + seconds, self._n, fut))
        await fut

    def run(self, coro: Awaitable[Any]) -> Any:
        async def drive() -> Any:
            task = asyncio.ensure_future(coro)
            while not task.done():
                for _ in range(30):  # everything that can run, runs (answers, wake-ups)
                    await asyncio.sleep(0)
                if task.done() or not self._sleepers:
                    continue
                at, _n, fut = heapq.heappop(self._sleepers)
                self.now = max(self.now, at)
                if not fut.done():
                    fut.set_result(None)
            return task.result()

        return asyncio.run(drive())


# -- faults -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """One request as the fault injectors see it. ``n`` counts every request this app got (1-based)."""

    n: int
    method: str
    path: str
    query: Mapping[str, str]
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names


@dataclass(frozen=True, slots=True)
class Fault:
    """What goes wrong with one request.

    ``kind``:
      * ``"status"`` — answer ``status`` (500, 503, 429 ...) with the vendor's error body;
      * ``"drop"`` — the connection dies before a complete answer (the client sees a
        :class:`httpx.RemoteProtocolError`: it cannot know whether the server acted);
      * ``"refuse"`` — the connection is never opened (:class:`httpx.ConnectError`; in-process
        only: a real server that accepted the socket can only drop it);
      * ``"slow"`` — the answer comes ``delay`` seconds late (through the app's ``sleep``);
      * ``"raise"`` — the client's request raises ``exc`` (in-process only): an
        :class:`httpx.TransportError` class (e.g. ``httpx.ReadTimeout``), or anything else, e.g.
        ``KeyboardInterrupt`` for a run that dies right there.

    ``body`` replaces the vendor's error body of a ``"status"`` fault (an answer as the vendor
    would give it: a 400 with field details, a 403 with a particular code ...).

    ``after=True`` carries the request out first and then fails: the effect is on the board but
    the answer is lost (a "500 after the effect", or a drop after the effect).
    """

    kind: str = "status"
    status: int = 500
    after: bool = False
    delay: float = 0.0
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Any = None
    exc: type[BaseException] | None = None


Injector = Callable[[RequestInfo], Fault | None]


def at_requests(numbers: Collection[int], fault: Fault) -> Injector:
    """``fault`` at the requests with these numbers (1-based, counted by the app)."""
    wanted = set(numbers)
    return lambda info: fault if info.n in wanted else None


def matching(predicate: Callable[[RequestInfo], bool], fault: Fault, *, times: int | None = None) -> Injector:
    """``fault`` on requests the predicate accepts, at most ``times`` times (None: always)."""
    left = [times]

    def inject(info: RequestInfo) -> Fault | None:
        if left[0] == 0 or not predicate(info):
            return None
        if left[0] is not None:
            left[0] -= 1
        return fault

    return inject


def random_faults(
    rate: float,
    faults: Fault | Iterable[Fault],
    *,
    seed: int = 0,
    only: Callable[[RequestInfo], bool] | None = None,
) -> Injector:
    """Each request fails with probability ``rate`` (seeded: a test run is reproducible); the
    fault is drawn from ``faults``."""
    pool = [faults] if isinstance(faults, Fault) else list(faults)
    rng = random.Random(seed)

    def inject(info: RequestInfo) -> Fault | None:
        if only is not None and not only(info):
            return None
        if rng.random() < rate:
            return rng.choice(pool)
        return None

    return inject


def storm(start: int, length: int, *, retry_after: float | None = 1.0) -> Injector:
    """A 429 storm: requests ``start`` .. ``start + length - 1`` are all refused as rate-limited."""
    headers = {"Retry-After": str(int(retry_after))} if retry_after is not None else {}
    fault = Fault("status", 429, headers=headers)
    return lambda info: fault if start <= info.n < start + length else None


def on(method: str, path: str, fault: Fault, *, times: int | None = 1, skip: int = 0) -> Injector:
    """``fault`` on ``method`` requests whose path matches the regex ``path`` (``re.search``):
    the first ``skip`` such requests go through, the next ``times`` fail (None: all of them)."""
    pattern = re.compile(path)
    state = {"skip": skip, "times": times}

    def inject(info: RequestInfo) -> Fault | None:
        if info.method != method or not pattern.search(info.path) or state["times"] == 0:
            return None
        if state["skip"] > 0:
            state["skip"] -= 1
            return None
        if state["times"] is not None:
            state["times"] -= 1
        return fault

    return inject


def chain(*injectors: Injector | None) -> Injector:
    """The first fault any injector names (each is asked in order until one answers)."""
    live = [i for i in injectors if i is not None]

    def inject(info: RequestInfo) -> Fault | None:
        for i in live:
            f = i(info)
            if f is not None:
                return f
        return None

    return inject


class DroppedConnection(Exception):
    """Raised inside the app to drop the connection without a complete answer."""


class RefusedConnection(Exception):
    """Raised inside the app to act as if the connection had never been opened."""


class InjectedError(Exception):
    """Raised inside the app to make the client's request raise ``exc`` (a ``"raise"`` fault)."""

    def __init__(self, exc: type[BaseException]) -> None:
        super().__init__(exc.__name__)
        self.exc = exc


class FakeTransport(httpx.ASGITransport):
    """In-process transport: what a dropped or refused connection looks like to an httpx client.

    ``ASGITransport`` re-raises whatever the app raises; a socket would instead give the client
    a transport error, which is what the backends' retry logic is written against.
    """

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except DroppedConnection:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            ) from None
        except RefusedConnection:
            raise httpx.ConnectError("connection refused", request=request) from None
        except InjectedError as e:
            if issubclass(e.exc, httpx.TransportError):
                raise e.exc("injected", request=request) from None
            raise e.exc("injected") from None


# -- rate-limit windows -----------------------------------------------------------------------


WINDOWS = ("opened", "aligned")


class Window:
    """A fixed rate-limit window: ``limit`` units per ``seconds``.

    ``kind`` says how windows fall (vendors do not document it, and a client must cope with
    both): ``"opened"`` — a window opens at its first request and turns ``seconds`` later, its
    reset reported in whole epoch seconds rounded down (up to a second early); ``"aligned"`` —
    windows are aligned to the clock (``[k * seconds, (k + 1) * seconds)``) and the reported
    reset is exact (the next whole second for one-second windows). A request that does not fit
    is refused whole (nothing is spent).
    """

    def __init__(self, limit: int, seconds: float, kind: str = "opened") -> None:
        if kind not in WINDOWS:
            raise ValueError(f"unknown window kind {kind!r}; one of {WINDOWS}")
        self.limit = limit
        self.seconds = seconds
        self.kind = kind
        self.opened: float | None = None
        self.used = 0

    def _roll(self, now: float) -> None:
        if self.kind == "aligned":
            start = math.floor(now / self.seconds) * self.seconds
            if start != self.opened:
                self.opened, self.used = start, 0
        elif self.opened is None or now >= self.opened + self.seconds:
            self.opened, self.used = now, 0

    def fits(self, cost: int, now: float) -> bool:
        self._roll(now)
        return self.used + cost <= self.limit

    def spend(self, cost: int) -> None:
        self.used += cost

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    def reset_at(self, now: float) -> float:
        self._roll(now)
        assert self.opened is not None
        return self.opened + self.seconds

    def reset_header(self, now: float) -> str:
        """``X-RateLimit-Reset`` as this kind of server writes it (epoch seconds)."""
        end = self.reset_at(now)
        if self.kind == "aligned" and not float(end).is_integer():
            return f"{end:.3f}"  # a shrunk window (benchmarks' --quick) ends between seconds
        return str(int(end))

    def retry_after(self, now: float) -> float:
        return max(0.0, self.reset_at(now) - now)


# -- the ASGI base ----------------------------------------------------------------------------


@dataclass(slots=True)
class Reply:
    status: int
    body: Any = None  # JSON-serialisable; None: an empty body
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[..., Reply]


@dataclass(slots=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    name: str


class FakeApp:
    """An ASGI app with a route table, per-request latency, fault injection and a request log.

    Subclasses add routes (``self.route(method, regex, handler)``; named groups become keyword
    arguments) and the vendor's rules: ``authorize``, ``charge`` (rate limits), ``decorate``
    (headers on every answer), ``error`` (the vendor's error body).

    State changes happen synchronously inside a handler (no ``await`` between reading and
    writing state), so concurrent requests see each other's effects atomically, as a real
    server's transactions would make them.
    """

    vendor = "fake"

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        sleep: Sleep | None = None,
        latency: float = 0.0,
        faults: Injector | None = None,
        validate: bool = True,
    ) -> None:
        self.clock: Clock = clock or time.time
        self.sleep: Sleep = sleep or asyncio.sleep
        self.latency = latency
        self.faults = faults
        self.validate = validate
        self.routes: list[Route] = []
        self.log: list[RequestInfo] = []
        self.answers: list[tuple[int, str, int | str]] = []  # (n, route name, status or fault kind)
        self.n = 0
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests served at once: what concurrency the client used
        # A real server does its bookkeeping (rate windows, state) under a lock, one request at a
        # time; so does this one, validation included: what a benchmark times costs what it would.
        self.lock = threading.Lock()

    # -- configuration --

    def route(self, method: str, pattern: str, handler: Handler, name: str | None = None) -> None:
        self.routes.append(Route(method, re.compile(f"^{pattern}$"), handler, name or handler.__name__))

    def transport(self) -> FakeTransport:
        return FakeTransport(app=self)

    def mount(self, router: Any, base_url: str) -> Any:
        """Answer every request under ``base_url`` from this app through a respx ``router``: the
        backend keeps its real httpx transport and respx intercepts at the edge."""
        transport = self.transport()

        async def answer(request: httpx.Request) -> httpx.Response:
            return await transport.handle_async_request(request)

        return router.route(url__startswith=base_url).mock(side_effect=answer)

    def reset_log(self) -> None:
        self.log.clear()
        self.answers.clear()
        self.n = 0
        self.max_in_flight = 0

    def count(self, name: str | None = None, *, method: str | None = None) -> int:
        """Requests answered by route ``name`` (and/or with ``method``), faults included."""
        by_name = {a[0]: a[1] for a in self.answers}
        return sum(
            1
            for info in self.log
            if (name is None or by_name.get(info.n) == name) and (method is None or info.method == method)
        )

    STATS_PATH = "/__fake__/stats"  # not the vendor's: what a benchmark reads from a fake in another process

    def stats(self) -> dict[str, Any]:
        """Requests served, the most at once, and items per board (also at :data:`STATS_PATH`)."""
        return {"requests": self.n, "max_in_flight": self.max_in_flight, "boards": self.board_sizes(),
                "rate_limited": getattr(self, "rate_limited", 0)}  # fmt: skip

    # -- vendor hooks (overridden) --

    def board_sizes(self) -> dict[str, int]:
        return {}

    def authorize(self, info: RequestInfo, headers: Mapping[str, str]) -> Reply | None:
        return None

    def charge(self, info: RequestInfo, route: Route, headers: Mapping[str, str]) -> Reply | None:
        return None

    def decorate(self, reply: Reply, info: RequestInfo, headers: Mapping[str, str]) -> None:
        pass

    def error(self, status: int, code: str, message: str, **extra: Any) -> Reply:
        return Reply(status, {"status": status, "code": code, "message": message, **extra})

    # -- ASGI --

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if scope["path"] == self.STATS_PATH:  # uncounted, no latency: it is no API request
            body = json.dumps(self.stats()).encode()
            head = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 200, "headers": head})
            await send({"type": "http.response.body", "body": body})
            return
        chunks = []
        while True:
            msg = await receive()
            chunks.append(msg.get("body", b""))
            if not msg.get("more_body"):
                break
        raw = b"".join(chunks)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        self.n += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await self._serve(scope, raw, headers, send)
        finally:
            self.in_flight -= 1

    async def _serve(self, scope: dict, raw: bytes, headers: dict[str, str], send: Callable) -> None:
        path = unquote(scope["path"])
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
        body: Any = None
        bad_json = False
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                if headers.get("content-type", "").startswith("application/json"):
                    bad_json = True
                else:
                    body = raw.decode("utf-8", "replace")
        info = RequestInfo(self.n, scope["method"], path, query, body, headers)
        self.log.append(info)
        if self.latency:
            await self.sleep(self.latency)
        fault = self.faults(info) if self.faults else None
        if fault is not None and fault.kind == "slow":
            await self.sleep(fault.delay)
            fault = None
        route, params = self._match(info)
        name = route.name if route else "unknown"
        if fault is not None and not fault.after:
            self.answers.append((info.n, name, fault.status if fault.kind == "status" else fault.kind))
            await self._fail(fault, send)
            return
        with self.lock:
            if bad_json:
                reply = self.error(400, "invalidJson", "the request body is not valid JSON")
            else:
                reply = self._dispatch(info, route, params, headers)
            if fault is None:
                self.decorate(reply, info, headers)
        if fault is not None:  # after the effect: the work is done, the answer is lost
            self.answers.append((info.n, name, fault.status if fault.kind == "status" else fault.kind))
            await self._fail(fault, send)
            return
        self.answers.append((info.n, name, reply.status))
        await _send_reply(reply, send)

    def _match(self, info: RequestInfo) -> tuple[Route | None, dict[str, str]]:
        for r in self.routes:
            m = r.pattern.match(info.path)
            if m and r.method == info.method:
                return r, m.groupdict()
        return None, {}

    def _dispatch(
        self, info: RequestInfo, route: Route | None, params: dict[str, str], headers: Mapping[str, str]
    ) -> Reply:
        if route is None:
            allowed = any(r.pattern.match(info.path) for r in self.routes)
            if allowed:
                return self.error(405, "methodNotAllowed", f"{info.method} is not allowed on {info.path}")
            return self.error(404, "notFound", f"no such endpoint: {info.method} {info.path}")
        denied = self.authorize(info, headers)
        if denied is not None:
            return denied
        limited = self.charge(info, route, headers)
        if limited is not None:
            return limited
        return route.handler(info, **params)

    async def _fail(self, fault: Fault, send: Callable) -> None:
        if fault.kind == "status":
            if fault.body is not None:
                reply = Reply(fault.status, fault.body)
            else:
                reply = self.error(fault.status, _STATUS_CODES.get(fault.status, "error"), "injected failure")
            reply.headers.update(fault.headers)
            await _send_reply(reply, send)
            return
        if fault.kind == "refuse":
            raise RefusedConnection()
        if fault.kind == "raise":
            raise InjectedError(fault.exc or RuntimeError)
        # A drop: start an answer that promises more than it delivers, then die. uvicorn closes
        # the socket (the client reads an incomplete body); in-process FakeTransport maps it.
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"id": ', "more_body": True})
        raise DroppedConnection()


_STATUS_CODES = {429: "tooManyRequests", 500: "internalError", 502: "badGateway", 503: "serviceUnavailable"}


async def _send_reply(reply: Reply, send: Callable) -> None:
    payload = b"" if reply.body is None else json.dumps(reply.body).encode()
    headers = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in reply.headers.items()]
    if payload:
        headers.append((b"content-type", b"application/json"))
    headers.append((b"content-length", str(len(payload)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


def bearer(headers: Mapping[str, str]) -> str:
    return headers.get("authorization", "").removeprefix("Bearer ").strip()


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# -- respx at the edge -----------------------------------------------------------------------

_EDGES: list[respx.Router] = []


@contextlib.contextmanager
def respx_edge():
    """respx mocking at the edge: the backend keeps its real httpx client, every request it makes
    must be answered by a fake that ``serve`` mounted, any other request fails the test."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        _EDGES.append(router)
        try:
            yield router
        finally:
            _EDGES.pop()


def serve(app: Any, base_url: str) -> None:
    """Answer requests under ``base_url`` from ``app`` on the current respx edge (once per edge)."""
    router = _EDGES[-1]
    if getattr(app, "served_by", None) is not router:
        app.mount(router, base_url)
        app.served_by = router
