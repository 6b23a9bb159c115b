"""The HTTP client every REST backend (Miro, Mural) shares: retries, pacing, exactly-once
creates, error mapping and redaction (see :mod:`werkbord.http` for the whole contract)."""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

import httpx
from tenacity import AsyncRetrying, retry_if_exception_type

from ..errors import (
    AuthError,
    BoardError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationFailed,
    VendorError,
)
from ..i18n import _
from .activity import first_answer
from .deadline import current_limits
from .ratebudget import Clock, RateBudget, RequestStats, Sleep, reset_at, retry_after
from .redaction import redact, register_secret
from .tokens import TokenProvider

__all__ = ["HttpClient", "tls_context"]

log = logging.getLogger("werkbord.http")


class _Transient(Exception):
    """A failure worth another attempt (429, 5xx, network). Internal to this module."""

    def __init__(
        self,
        kind: str,
        *,
        status: int | None = None,
        wait: float | None = None,
        uncertain: bool = False,
        detail: str = "",
    ) -> None:
        super().__init__(kind)
        self.kind = kind  # "rate", "server", "network"
        self.status = status
        self.wait = wait  # what the server asked for, if it did
        self.uncertain = uncertain  # the request may have been carried out
        self.detail = detail


_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_UNSAFE = frozenset({"POST", "PATCH"})


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context per process (httpx's defaults, ``SSL_CERT_FILE`` honoured):
    building one loads the CA bundle, tens of milliseconds that every client would pay again."""
    return httpx.create_ssl_context()


class HttpClient:
    def __init__(
        self,
        base_url: str,
        *,
        vendor: str,
        auth: TokenProvider | None,
        hints: Mapping[int, str] | None = None,
        max_attempts: int = 8,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        max_retry_after: float = 120.0,
        max_concurrency: int = 8,
        max_rate: float | None = None,
        max_rate_wait: float = 600.0,
        timeout: float = 30.0,
        ratelimit_headers: tuple[str, str, str] = (
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
        ),
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        refine_error: Callable[[httpx.Response, BoardError], BoardError | None] | None = None,
        on_sent: Callable[[], None] | None = None,
    ) -> None:
        self.vendor = vendor
        # Called when a request's head has gone out on the connection, and at each answer (a
        # transport that does not say when it sent still answers): see MiroBackend.read_ahead.
        self._on_sent = on_sent
        # Vendor-specific wording for an error answer (e.g. Mural's "INVALID_SCOPE" naming the
        # scope); the mapping onto the exception tree still happens here, in _raise_for_status.
        self.refine_error = refine_error
        self.auth = auth
        self.hints = dict(hints or {})
        self.max_attempts = max_attempts
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.max_retry_after = max_retry_after
        self.ratelimit_headers = ratelimit_headers
        self._sleep: Sleep = sleep or asyncio.sleep
        self._clock: Clock = clock or time.time
        self.stats = RequestStats()
        self.budget = RateBudget(sleep=self._sleep, clock=self._clock)
        self.progress: Callable[[], str] | None = None
        self._sem = asyncio.Semaphore(max_concurrency)
        # Requests per second the vendor allows one user (Mural: 25/s): spaced before sending,
        # so the limit is kept rather than discovered through 429s.
        self._interval = 1.0 / max_rate if max_rate else 0.0
        self._next_slot = 0.0
        self._slot_lock = asyncio.Lock()
        # A 429 that says how long to wait is not a failure: it is retried for up to this many
        # seconds of waiting in total, however many times it comes; other errors count attempts.
        self.max_rate_wait = max_rate_wait
        self._timeout = timeout
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            timeout=timeout,
            transport=transport,
            verify=tls_context(),
            headers={"Accept": "application/json", **(headers or {})},
        )

    async def __aenter__(self) -> HttpClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _trace(self, event: str, info: Mapping[str, Any]) -> None:
        # httpcore's trace extension: the request's head is on the wire.
        if event.endswith(".send_request_headers.complete") and self._on_sent is not None:
            self._on_sent()

    async def aclose(self) -> None:
        await self._client.aclose()

    def now(self) -> float:
        """The client's clock (injectable), in epoch seconds."""
        return self._clock()

    # -- public API ---------------------------------------------------------------------------

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        cost: int = 1,
        idempotent: bool | None = None,
        recheck: Callable[[], Awaitable[Any]] | None = None,
    ) -> Any:
        """The parsed JSON answer (``None`` when empty), or ``recheck``'s result (see module doc)."""
        result = await self.request(
            method, path, json=json, params=params, data=data, cost=cost, idempotent=idempotent, recheck=recheck
        )
        if not isinstance(result, httpx.Response):
            return result
        if not result.content:
            return None
        try:
            return result.json()
        except ValueError:
            raise VendorError(
                _("{vendor} answered {request} with something that is not JSON").format(
                    vendor=self.vendor, request=f"{method} {path}"
                ),
                status=result.status_code,
            ) from None

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        cost: int = 1,
        idempotent: bool | None = None,
        recheck: Callable[[], Awaitable[Any]] | None = None,
    ) -> Any:
        """The :class:`httpx.Response` (2xx only), or ``recheck``'s result."""
        return await self._send(method, path, json, params, cost, idempotent, recheck, data)

    async def paginate(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        items_key: str = "data",
        cursor_param: str = "cursor",
        next_cursor: Callable[[dict[str, Any]], str | None] = lambda body: body.get("cursor"),
        cost: int = 1,
        max_pages: int = 10_000,
    ) -> AsyncIterator[dict[str, Any]]:
        """Every item of a cursor-paginated listing, page by page."""
        query = dict(params or {})
        seen: set[str] = set()
        for _page in range(max_pages):  # not `_`: that is the translation function here
            body = await self.request_json("GET", path, params=query, cost=cost)
            if not isinstance(body, dict):
                raise VendorError(
                    _("{vendor} answered a listing of {path} without a page object").format(
                        vendor=self.vendor, path=path
                    )
                )
            for item in body.get(items_key) or []:
                yield item
            cursor = next_cursor(body)
            if not cursor or cursor in seen:  # a repeated cursor would loop forever
                return
            seen.add(cursor)
            query[cursor_param] = cursor
        raise VendorError(
            _("{vendor} kept paginating {path} past {pages} pages").format(
                vendor=self.vendor, path=path, pages=max_pages
            )
        )

    # -- internals ----------------------------------------------------------------------------

    def _wait(self, retry_state: Any) -> float:
        exc = retry_state.outcome.exception()
        if isinstance(exc, _Transient) and exc.wait is not None:
            return exc.wait + random.uniform(0, 0.5)  # jitter so parallel callers do not align
        # Full jitter: a random point in [0, min(max, initial * 2^n)].
        n = retry_state.attempt_number - 1
        return random.uniform(0, min(self.backoff_max, self.backoff_initial * (2**n))) + 0.05

    async def _before_sleep(self, retry_state: Any) -> None:
        exc = retry_state.outcome.exception()
        self.stats.retries += 1
        log.info(
            "%s: %s, attempt %d of %d; retrying",
            self.vendor,
            getattr(exc, "detail", None) or getattr(exc, "kind", "error"),
            retry_state.attempt_number,
            self.max_attempts,
        )

    async def _send(
        self,
        method: str,
        path: str,
        json: Any,
        params: Mapping[str, Any] | None,
        cost: int,
        idempotent: bool | None,
        recheck: Callable[[], Awaitable[Any]] | None,
        data: Mapping[str, Any] | None = None,
    ) -> Any:
        method = method.upper()
        safe = (method not in _UNSAFE) if idempotent is None else idempotent
        state = {"uncertain": False, "refreshed": False}
        waited = {"rate": 0.0, "failures": 0}

        limits = current_limits()  # a caller's deadline and attempts (the live timer), if any
        attempts = min(self.max_attempts, limits.attempts or self.max_attempts)

        def stop(retry_state: Any) -> bool:
            exc = retry_state.outcome.exception()
            left = limits.left()
            if left is not None and left <= 0:
                return True
            if limits.attempts is not None:
                pass  # a caller in a hurry counts a rate limit as an attempt too: no long waits
            elif isinstance(exc, _Transient) and exc.kind == "rate" and exc.wait is not None:
                waited["rate"] += exc.wait
                return waited["rate"] > self.max_rate_wait
            waited["failures"] += 1
            return waited["failures"] >= attempts

        async def attempt() -> Any:
            if state["uncertain"]:
                # The last answer was lost; the server may have done the work already.
                found = await recheck() if recheck else None
                if found is not None:
                    return found
                state["uncertain"] = False
            while True:
                resp = await self._once(method, path, json, params, cost, data)
                if resp.status_code == 401 and self.auth is not None and not state["refreshed"]:
                    state["refreshed"] = True
                    rejected = resp.request.headers.get("Authorization", "").removeprefix("Bearer ")
                    if await self.auth.refresh(rejected):
                        continue  # a 401 does nothing on the server: safe to send again
                self._raise_for_status(resp, method, path)
                self.stats.credits += cost
                return resp

        retrying = AsyncRetrying(
            sleep=self._sleep,
            stop=stop,
            wait=self._wait,
            retry=retry_if_exception_type(_Transient),
            before_sleep=self._before_sleep,
            reraise=True,
        )
        try:
            async for att in retrying:
                with att:
                    try:
                        return await attempt()
                    except _Transient as t:
                        if t.uncertain and not safe:
                            if recheck is None:
                                raise self._give_up(t, method, path, resendable=False) from None
                            state["uncertain"] = True
                        raise
        except _Transient as t:
            raise self._give_up(t, method, path) from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def _once(
        self,
        method: str,
        path: str,
        json: Any,
        params: Mapping[str, Any] | None,
        cost: int,
        data: Mapping[str, Any] | None,
    ) -> httpx.Response:
        await self.budget.acquire(cost)
        try:
            return await self._paced_once(method, path, json, params, cost, data)
        finally:
            self.budget.release(cost)  # after its headers were taken in: what is in flight is less

    async def _paced_once(
        self,
        method: str,
        path: str,
        json: Any,
        params: Mapping[str, Any] | None,
        cost: int,
        data: Mapping[str, Any] | None,
    ) -> httpx.Response:
        headers = {}
        if self.auth is not None:
            token = await self.auth.token()
            register_secret(token)
            headers["Authorization"] = f"Bearer {token}"
        async with self._sem:
            # Spaced here, where the request goes out: spaced before waiting for a connection,
            # requests that waited together would leave together.
            while True:
                await self.budget.hold(current_limits().left())  # a 429's Retry-After holds every request
                await self._spaced()
                if self.budget.paused_until <= self._clock():
                    break  # (a 429 came while it waited for its slot: wait that out, then a new slot)
            self.stats.requests += 1
            sent_at = self._clock()
            try:
                left = current_limits().left()
                extra = {"timeout": max(0.1, min(self._timeout, left))} if left is not None else {}
                if self._on_sent is not None:
                    extra["extensions"] = {"trace": self._trace}
                resp = await self._client.request(
                    method, path, json=json, params=params, data=data, headers=headers, **extra
                )
            except _NOT_SENT as e:
                detail = _("cannot connect ({error})").format(error=type(e).__name__)
                raise _Transient("network", detail=detail) from None
            except httpx.TransportError as e:
                # Sent, but no (complete) answer: the server may have acted on it.
                raise _Transient(
                    "network", uncertain=True, detail=_("no answer ({error})").format(error=type(e).__name__)
                ) from None
        first_answer.set()
        if self._on_sent is not None:
            self._on_sent()
        self.stats.by_status[resp.status_code] += 1
        self.budget.update(resp.headers, self.ratelimit_headers, sent_at=sent_at, cost=cost)
        now = self._clock()
        if resp.status_code == 429:
            self.stats.rate_limited += 1
            wait = retry_after(resp.headers.get("Retry-After"), now)
            if wait is None:
                reset = reset_at(resp.headers.get(self.ratelimit_headers[2]), now)
                wait = max(0.0, reset - now) if reset is not None else None
            if wait is not None and wait > self.max_retry_after:
                raise RateLimited(
                    self._with_progress(
                        _("{vendor} asks to wait {seconds}s before the next request (rate limit)").format(
                            vendor=self.vendor, seconds=f"{wait:.0f}"
                        )
                    ),
                    hint=_("wait a minute, then run the same command again"),
                    status=429,
                )
            self.budget.exhausted(wait)  # every request on this token waits, not only this one
            raise _Transient("rate", status=429, wait=wait, detail=_("rate limited (429)"))
        if resp.status_code >= 500:
            wait = retry_after(resp.headers.get("Retry-After"), now)
            wait = min(wait, self.backoff_max) if wait is not None else None
            # 503 is documented as "not processed"; other 5xx may have done part of the work.
            raise _Transient(
                "server",
                status=resp.status_code,
                wait=wait,
                uncertain=resp.status_code != 503,
                detail=_("server error {status}").format(status=resp.status_code),
            )
        return resp

    async def _spaced(self) -> None:
        """Wait for this request's turn under ``max_rate`` (requests evenly spaced)."""
        if not self._interval:
            return
        async with self._slot_lock:
            now = self._clock()
            slot = max(now, self._next_slot, self.budget.paused_until)
            self._next_slot = slot + self._interval
        if slot > now:
            await self._sleep(slot - now)

    def _with_progress(self, msg: str) -> str:
        if self.progress is not None:
            try:
                extra = self.progress()
            except Exception:  # a progress callback must never hide the real error
                extra = ""
            if extra:
                msg = f"{msg}; {extra}"
        return redact(msg)

    def _give_up(self, t: _Transient, method: str, path: str, *, resendable: bool = True) -> BoardError:
        if t.kind == "rate":
            return RateLimited(
                self._with_progress(
                    _("{vendor} kept answering 429 (rate limit) for over {seconds}s").format(
                        vendor=self.vendor, seconds=f"{self.max_rate_wait:.0f}"
                    )
                ),
                hint=_("wait a minute, then run the same command again"),
                status=429,
            )
        problem, request = t.detail or _("failed"), f"{method} {_path_only(path)}"
        if resendable:
            what = _("{vendor} {problem} after {tries} tries ({request})").format(
                vendor=self.vendor, problem=problem, tries=self.max_attempts, request=request
            )
        else:
            what = _("{vendor} {problem} ({request})").format(vendor=self.vendor, problem=problem, request=request)
        return VendorError(
            self._with_progress(what),
            hint=_("check your connection or the vendor's status page, then run the same command again"),
            status=t.status,
        )

    def _raise_for_status(self, resp: httpx.Response, method: str, path: str) -> None:
        code = resp.status_code
        if code < 400:
            return
        detail = _vendor_message(resp)
        where = f"{method} {_path_only(path)}"
        hint = self.hints.get(code)
        msg = f"{self.vendor} {code}"
        cls: type[BoardError]
        if code == 400 or code == 422:
            cls, msg = (
                ValidationFailed,
                _("{vendor} rejected {request} ({status})").format(vendor=self.vendor, request=where, status=code),
            )
        elif code == 401:
            cls, msg = AuthError, _("{vendor} did not accept the access token (401)").format(vendor=self.vendor)
        elif code == 403:
            cls, msg = (
                PermissionDenied,
                _("{vendor} refused access (403) to {request}").format(vendor=self.vendor, request=where),
            )
        elif code == 404:
            cls, msg = NotFound, _("{vendor} could not find {request} (404)").format(vendor=self.vendor, request=where)
        else:
            cls, msg = (
                VendorError,
                _("{vendor} answered {status} to {request}").format(vendor=self.vendor, status=code, request=where),
            )
        if detail:
            msg = f"{msg}: {detail}"
        err = cls(redact(msg), hint=redact(hint) if hint else None, status=code)
        if self.refine_error is not None:
            try:
                better = self.refine_error(resp, err)
            except Exception:  # a vendor's wording must never hide the real error
                better = None
            if better is not None:
                err = type(better)(
                    redact(better.message),
                    hint=redact(better.hint) if better.hint else None,
                    status=better.status if better.status is not None else code,
                )
        raise err


def _path_only(path: str) -> str:
    return path.split("?", 1)[0]


def _vendor_message(resp: httpx.Response, limit: int = 500) -> str:
    """The vendor's own explanation from an error body (Miro: message + context.fields)."""
    try:
        body = resp.json()
    except ValueError:
        text = resp.text.strip()
        return text[:limit] if text and "<" not in text[:1] else ""
    if not isinstance(body, dict):
        return ""
    parts: list[str] = []
    for key in ("message", "error_description", "detail", "details", "error", "code"):
        v = body.get(key)
        if isinstance(v, str) and v:
            parts.append(v)
            break
    ctx = body.get("context")
    fields = ctx.get("fields") if isinstance(ctx, dict) else None
    if isinstance(fields, list):
        for f in fields[:5]:
            if isinstance(f, dict):
                name, m = f.get("field"), f.get("message")
                if name or m:
                    parts.append(f"{name}: {m}" if name else str(m))
    return "; ".join(parts)[:limit]
