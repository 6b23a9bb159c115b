"""Faithful fake Miro and Mural servers as ASGI apps, for tests (in-process) and benchmarks (loopback).

* :mod:`.miro_app` — Miro REST API v2 (:class:`~.miro_app.MiroApp`)
* :mod:`.mural_app` — Mural public API v1 (:class:`~.mural_app.MuralApp`)
* :mod:`.common` — what both share: the ASGI plumbing, fault injection, rate-limit windows,
  the location of ``shared/specs``, an injectable clock.
* :mod:`.specs` — the OpenAPI documents and body validation, for the fakes and for tests.
* :mod:`.server` — run an app on 127.0.0.1 with uvicorn (benchmarks).
* :mod:`.harness` — backend options pointing werkbord at a fake.

These are the only fakes of the two APIs: every Miro and Mural backend test runs against them.

In-process use: ``app.transport()`` is an :class:`httpx.ASGITransport` that also turns an
injected dropped connection into the :class:`httpx.TransportError` a real socket would give;
pass it as the backends' ``transport=`` option.
"""

from .common import (
    SPECS,
    Clock,
    FakeClock,
    Fault,
    RequestInfo,
    at_requests,
    chain,
    matching,
    on,
    random_faults,
    storm,
)

__all__ = [
    "SPECS",
    "Clock",
    "FakeClock",
    "Fault",
    "RequestInfo",
    "at_requests",
    "chain",
    "matching",
    "on",
    "random_faults",
    "storm",
]
