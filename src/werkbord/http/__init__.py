"""The HTTP layer every REST backend (Miro, Mural) shares, and the sign-in code uses.

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
      budget would run out, so a large board slows down instead of hitting 429. Whether a
      whole-second reset is exact or rounded down is learned from the answers (when a window is
      seen to turn relative to its announced reset; :class:`~.ratebudget.ResetModel`), not assumed.
    * **A 429 with ``Retry-After``** (or a reset header) pauses every request of the client (one
      token) until then, including calls already queued or about to be sent.
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

Modules, one concern each (import from them; this package imports nothing itself, so the
light ones stay light):

* :mod:`.redaction` — ``register_secret``, ``redact``, log filters;
* :mod:`.tokens` — the ``TokenProvider`` protocol and ``StaticToken``;
* :mod:`.ratebudget` — ``RateBudget``, ``ResetModel``, ``RequestStats``, rate-limit header parsing
  (``reset_at``, ``retry_after``);
* :mod:`.client` — ``HttpClient``;
* :mod:`.sync` — ``run_sync``.

It lives outside :mod:`werkbord.board` so that the sign-in code (:mod:`werkbord.auth`) can use
it without importing the backends that import the sign-in code: no cycle between the two.
"""
