"""The HTTP layer every REST backend (Miro, Mural) shares.

What is common to talking to a whiteboard vendor lives here once; what differs (endpoints,
bodies, coordinates) lives in the vendor's module. The API is small and meant to stay stable:

``HttpClient(base_url, vendor=..., auth=..., ...)``
    An async client (``async with HttpClient(...) as http:``) around :class:`httpx.AsyncClient`.

    * ``await http.request_json(method, path, json=..., params=..., data=..., cost=1,
      idempotent=None, recheck=None)`` → the parsed JSON body (``None`` for an empty body, e.g.
      204). ``data`` is a form body (an OAuth token request); ``cost`` is what the request
      spends of the rate budget (Miro: credits; default 1 for request-counted budgets).
    * ``await http.request(...)`` → the :class:`httpx.Response` itself (same arguments).
    * ``http.paginate(path, params=..., items_key="data", cursor_param="cursor",
      next_cursor=lambda body: body.get("cursor"), cost=1)`` → async iterator over items,
      following the vendor's cursor until it runs out (a repeated cursor ends it: no endless loop).
    * ``http.now()`` → the (injectable) clock, epoch seconds.
    * ``http.stats`` → :class:`RequestStats` (requests sent, retries, credits spent, by status).
    * ``http.progress`` → an optional ``() -> str`` whose answer is appended to the message of a
      give-up error (429/5xx/network after every retry), e.g. "120 of 300 items are on the board;
      run the same command again to resume".

    Behaviour:

    * **Retries** (tenacity) with exponential backoff and full jitter on 429, 5xx and network
      errors; on 429 the wait is ``Retry-After`` when present, else the rate-limit reset header,
      else backoff. Sleeping is injectable (``sleep=``, ``clock=``) so tests never really sleep.
    * **Pacing**: ``X-RateLimit-Limit/-Remaining/-Reset`` (header names configurable; reset as
      epoch seconds or seconds-from-now, told apart by size) feed a :class:`RateBudget`; each
      request reserves its ``cost`` before it is sent and waits for the window's reset when the
      budget would run out, so a large board slows down instead of hitting 429.
    * **Exactly-once creates**: a non-idempotent request (POST by default) is re-sent after a 429
      or a connection that never opened, because then the server did nothing. When the answer
      was *lost* (read timeout, dropped connection, 5xx) the server may have acted: before
      re-sending, ``await recheck()`` is called; a non-``None`` result is returned in place of
      the response (the caller found its items on the board), ``None`` means "send again".
      Without ``recheck`` such a request is not re-sent; the error is raised.
    * **Errors** are mapped onto :mod:`werkbord.errors` here and only here (a vendor may reword
      them with ``refine_error(response, error) -> BoardError | None``, never skip them): 400
      ``ValidationFailed`` (with the vendor's message and field context), 401 ``AuthError``
      (after one refresh attempt through ``auth``), 403 ``PermissionDenied``, 404 ``NotFound``,
      429 ``RateLimited`` and 5xx/network ``VendorError`` after every retry. Per-status hints
      come from ``hints={401: "..."}``.
    * **Secrets**: every token ``auth`` hands out is registered with :func:`register_secret`;
      :func:`redact` removes registered secrets, ``Bearer ...`` values and ``*token*=`` /
      ``*secret*=`` parameters from any text, and :func:`install_log_redaction` puts that on
      the ``httpx``/``werkbord`` loggers. Error messages are built from status and the vendor's
      message only, and redacted too.

``StaticToken(token)`` / the :class:`TokenProvider` protocol
    ``await token()`` gives the current access token; ``await refresh(rejected)`` is called on a
    401 and returns True when a new token is available (compare with ``rejected`` so that many
    concurrent 401s refresh once).

``run_sync(coro)``
    Runs a coroutine from synchronous code (the Backend protocol is synchronous), also when the
    caller already runs an event loop.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import logging
import random
import re
import ssl
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

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

__all__ = [
    "HttpClient",
    "RateBudget",
    "RequestStats",
    "StaticToken",
    "TokenProvider",
    "install_log_redaction",
    "redact",
    "register_secret",
    "run_sync",
]

log = logging.getLogger("werkbord.http")
T = TypeVar("T")

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]

# --------------------------------------------------------------------------------------------
# Secret redaction
# --------------------------------------------------------------------------------------------

_SECRETS: set[str] = set()
_SECRETS_LOCK = threading.Lock()
_MIN_SECRET_LEN = 8  # shorter strings would redact ordinary words
_PATTERNS = [
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=\-]+"),
    re.compile(r"(?i)((?:access_|refresh_|id_)?token|client_secret|secret|code|password)=([^&\s\"']+)"),
    re.compile(r"(?i)(\"(?:access_token|refresh_token|client_secret|token)\"\s*:\s*\")([^\"]*)(\")"),
]
REDACTED = "[redacted]"


def register_secret(value: str | None) -> None:
    """Remember a secret so :func:`redact` removes it from any text, wherever it appears."""
    if value and len(value) >= _MIN_SECRET_LEN:
        with _SECRETS_LOCK:
            _SECRETS.add(value)


def redact(text: str) -> str:
    """``text`` with every registered secret, bearer value and token-like parameter removed."""
    if not text:
        return text
    with _SECRETS_LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)
    for s in secrets:
        text = text.replace(s, REDACTED)
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _PATTERNS[1].sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _PATTERNS[2].sub(lambda m: f"{m.group(1)}{REDACTED}{m.group(3)}", text)
    return text


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # a broken format string is not ours to fix; leave the record alone
            return True
        clean = redact(msg)
        if clean != msg:
            record.msg, record.args = clean, None
        return True


_FILTER = _RedactingFilter()


def install_log_redaction(*names: str) -> None:
    """Redact secrets from what the ``httpx``, ``httpcore`` and ``werkbord`` loggers print.

    httpx logs every request URL at INFO level; an OAuth token endpoint can carry secrets there.
    """
    for name in names or ("httpx", "httpcore", "werkbord"):
        lg = logging.getLogger(name)
        if _FILTER not in lg.filters:
            lg.addFilter(_FILTER)


install_log_redaction()


def redacting_handler(stream: Any = None) -> logging.Handler:
    """A log handler that redacts every record it prints, whichever logger it came from
    (a filter on a logger does not see its children's records; one on the handler does)."""
    handler = logging.StreamHandler(stream)
    handler.addFilter(_FILTER)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    return handler

# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------


class TokenProvider(Protocol):
    async def token(self) -> str: ...

    async def refresh(self, rejected: str) -> bool: ...


class StaticToken:
    """A token that cannot be refreshed (a Miro app-install token, a test token)."""

    def __init__(self, token: str) -> None:
        register_secret(token)
        self._token = token

    async def token(self) -> str:
        return self._token

    async def refresh(self, rejected: str) -> bool:
        return False

    def __repr__(self) -> str:  # never the token itself
        return "StaticToken(***)"


# --------------------------------------------------------------------------------------------
# Rate budget and stats
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class RequestStats:
    requests: int = 0  # requests sent, retries included
    retries: int = 0
    credits: int = 0  # sum of the ``cost`` of requests that succeeded
    rate_limited: int = 0  # 429 answers seen
    by_status: Counter = field(default_factory=Counter)


# Reset headers count whole seconds, truncated: a window is over only a second after one says.
RESET_SLACK = 1.0
# How long a spent budget waits for an answer saying when the window ends before assuming it has.
UNKNOWN_RESET_WAIT = 2.0


class RateBudget:
    """Paces requests against the vendor's budget as its ``X-RateLimit-*`` headers report it.

    Each request *reserves* its cost before it is sent; the server's ``Remaining`` then
    corrects the estimate. When a reservation would drive the budget below ``floor`` the caller
    sleeps until the window resets, i.e. we slow down before the vendor starts answering 429.
    Without headers nothing is known and nothing is paced (concurrency is still capped).
    """

    def __init__(self, *, sleep: Sleep, clock: Clock, floor_fraction: float = 0.02) -> None:
        self._sleep = sleep
        self._clock = clock
        self._floor_fraction = floor_fraction
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset_at: float | None = None  # epoch seconds by which the window has surely turned
        self.waited: float = 0.0
        self._lock = asyncio.Lock()

    @property
    def floor(self) -> int:
        return int((self.limit or 0) * self._floor_fraction)

    async def acquire(self, cost: int) -> None:
        async with self._lock:  # one waiter at a time: the rest queue behind it, not beside
            unknown_wait = 0.0
            while True:
                now = self._clock()
                if self.reset_at is not None and now >= self.reset_at:
                    # A new window: the server's budget is full again until it tells otherwise.
                    self.remaining = self.limit
                    self.reset_at = None
                if self.remaining is None or self.remaining - cost >= self.floor:
                    if self.remaining is not None:
                        self.remaining -= cost
                    return
                if self.limit is not None and cost > self.limit - self.floor:
                    return  # could never fit: let the server decide rather than wait forever
                if self.reset_at is not None:
                    delay = self.reset_at - now
                elif unknown_wait < UNKNOWN_RESET_WAIT:
                    # A window we opened ourselves is spent and no answer has said yet when it
                    # ends: those answers are on their way, so wait for them, not for a guess.
                    delay = 0.25
                    unknown_wait += delay
                else:
                    # The vendor never says when its window ends: assume it has turned by now.
                    self.remaining = self.limit
                    continue
                delay = max(0.05, delay) + random.uniform(0, 0.25)
                log.debug("rate budget low (%s left); pausing %.1fs", self.remaining, delay)
                self.waited += delay
                await self._sleep(delay)

    def update(self, headers: httpx.Headers, names: tuple[str, str, str]) -> None:
        limit = _int(headers.get(names[0]))
        remaining = _int(headers.get(names[1]))
        reset = _reset_at(headers.get(names[2]), self._clock())
        if reset is not None:
            reset += RESET_SLACK
        if limit is not None:
            self.limit = limit
        if remaining is None:
            return
        if reset is not None and self.reset_at is None and self.remaining is not None:
            # The first word on a window we opened ourselves (we waited for its reset): what we
            # reserved since counts in it, including requests the server has not seen yet, so
            # its count may only lower our estimate. Taking it as is would forget those and
            # overdraw the window by up to the concurrency's worth of requests.
            self.reset_at = reset
            self.remaining = min(self.remaining, remaining)
        elif reset is not None and (self.reset_at is None or abs(reset - self.reset_at) > 1.0):
            # The server speaks of a (new) window: its count replaces our estimate.
            self.remaining, self.reset_at = remaining, reset
        else:
            # Same window: in-flight reservations are not in the server's count yet; keep the lower.
            self.remaining = remaining if self.remaining is None else min(self.remaining, remaining)

    def exhausted(self, reset_seconds: float | None) -> None:
        """A 429 that says when to come back: nothing is left until then, for every caller.

        Without that the retry's own backoff is the only wait (waiting here too would double it).
        """
        if reset_seconds is not None:
            self.remaining = 0
            self.reset_at = self._clock() + reset_seconds


def _int(v: str | None) -> int | None:
    try:
        return int(float(v)) if v is not None else None
    except ValueError:
        return None


def _reset_at(v: str | None, now: float) -> float | None:
    """Reset header as an epoch time; small numbers are seconds from now (vendors differ)."""
    try:
        f = float(v) if v is not None else None
    except ValueError:
        return None
    if f is None:
        return None
    if f > 1e12:  # milliseconds since the epoch
        f /= 1000.0
    return f if f > 1e9 else now + f


def _retry_after(v: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP date."""
    if not v:
        return None
    v = v.strip()
    try:
        return max(0.0, float(v))
    except ValueError:
        pass
    try:
        dt = email.utils.parsedate_to_datetime(v)
    except (TypeError, ValueError):
        return None
    return max(0.0, dt.timestamp() - now)


# --------------------------------------------------------------------------------------------
# The client
# --------------------------------------------------------------------------------------------


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
    ) -> None:
        self.vendor = vendor
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
        result = await self.request(method, path, json=json, params=params, data=data, cost=cost,
                                    idempotent=idempotent, recheck=recheck)  # fmt: skip
        if not isinstance(result, httpx.Response):
            return result
        if not result.content:
            return None
        try:
            return result.json()
        except ValueError:
            raise VendorError(
                f"{self.vendor} answered {method} {path} with something that is not JSON",
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
        for _ in range(max_pages):
            body = await self.request_json("GET", path, params=query, cost=cost)
            if not isinstance(body, dict):
                raise VendorError(f"{self.vendor} answered a listing of {path} without a page object")
            for item in body.get(items_key) or []:
                yield item
            cursor = next_cursor(body)
            if not cursor or cursor in seen:  # a repeated cursor would loop forever
                return
            seen.add(cursor)
            query[cursor_param] = cursor
        raise VendorError(f"{self.vendor} kept paginating {path} past {max_pages} pages")

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

        def stop(retry_state: Any) -> bool:
            exc = retry_state.outcome.exception()
            if isinstance(exc, _Transient) and exc.kind == "rate" and exc.wait is not None:
                waited["rate"] += exc.wait
                return waited["rate"] > self.max_rate_wait
            waited["failures"] += 1
            return waited["failures"] >= self.max_attempts

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
        if self._interval:
            async with self._slot_lock:
                now = self._clock()
                slot = max(now, self._next_slot)
                self._next_slot = slot + self._interval
            if slot > now:
                await self._sleep(slot - now)
        headers = {}
        if self.auth is not None:
            token = await self.auth.token()
            register_secret(token)
            headers["Authorization"] = f"Bearer {token}"
        async with self._sem:
            self.stats.requests += 1
            try:
                resp = await self._client.request(
                    method, path, json=json, params=params, data=data, headers=headers
                )
            except _NOT_SENT as e:
                raise _Transient("network", detail=f"cannot connect ({type(e).__name__})") from None
            except httpx.TransportError as e:
                # Sent, but no (complete) answer: the server may have acted on it.
                raise _Transient(
                    "network", uncertain=True, detail=f"no answer ({type(e).__name__})"
                ) from None
        self.stats.by_status[resp.status_code] += 1
        self.budget.update(resp.headers, self.ratelimit_headers)
        now = self._clock()
        if resp.status_code == 429:
            self.stats.rate_limited += 1
            wait = _retry_after(resp.headers.get("Retry-After"), now)
            if wait is None:
                reset = _reset_at(resp.headers.get(self.ratelimit_headers[2]), now)
                wait = max(0.0, reset - now) if reset is not None else None
            self.budget.exhausted(wait)
            if wait is not None and wait > self.max_retry_after:
                raise RateLimited(
                    self._with_progress(
                        f"{self.vendor} asks to wait {wait:.0f}s before the next request (rate limit)"
                    ),
                    hint="wait a minute, then run the same command again",
                    status=429,
                )
            raise _Transient("rate", status=429, wait=wait, detail="rate limited (429)")
        if resp.status_code >= 500:
            wait = _retry_after(resp.headers.get("Retry-After"), now)
            wait = min(wait, self.backoff_max) if wait is not None else None
            # 503 is documented as "not processed"; other 5xx may have done part of the work.
            raise _Transient(
                "server",
                status=resp.status_code,
                wait=wait,
                uncertain=resp.status_code != 503,
                detail=f"server error {resp.status_code}",
            )
        return resp

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
                    f"{self.vendor} kept answering 429 (rate limit) for over {self.max_rate_wait:.0f}s"
                ),
                hint="wait a minute, then run the same command again",
                status=429,
            )
        what = f"{self.vendor} {t.detail}" if t.detail else f"{self.vendor} failed"
        if resendable:
            what += f" after {self.max_attempts} tries"
        return VendorError(
            self._with_progress(f"{what} ({method} {_path_only(path)})"),
            hint="check your connection or the vendor's status page, then run the same command again",
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
            cls, msg = ValidationFailed, f"{self.vendor} rejected {where} ({code})"
        elif code == 401:
            cls, msg = AuthError, f"{self.vendor} did not accept the access token (401)"
        elif code == 403:
            cls, msg = PermissionDenied, f"{self.vendor} refused access (403) to {where}"
        elif code == 404:
            cls, msg = NotFound, f"{self.vendor} could not find {where} (404)"
        else:
            cls, msg = VendorError, f"{self.vendor} answered {code} to {where}"
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


# --------------------------------------------------------------------------------------------
# Sync bridge
# --------------------------------------------------------------------------------------------


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` to completion from synchronous code, even inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def runner() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as e:  # handed back to the caller's thread below
            box["error"] = e

    th = threading.Thread(target=runner, name="werkbord-http")
    th.start()
    th.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
