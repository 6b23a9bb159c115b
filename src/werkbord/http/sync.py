"""The sync bridge: backends are synchronous (the Backend protocol), their I/O is async.

Every :func:`run_sync` runs its coroutine on **one event loop for the life of the process**, in
a daemon thread of its own. What outlives a single call — a token provider's lock, a rate
budget — is then always used from the same loop (a fresh loop per call broke that: an
``asyncio.Lock`` that two refreshes contended for in two calls raised "bound to a different
event loop"). Calls from several threads (the timer's board worker beside the countdown) share
that loop safely.

The caller's context variables go with the coroutine, so a deadline set with
:func:`werkbord.http.deadline.limited` reaches the HTTP client; when one is set, the call is
cancelled when it passes and ends with a :class:`~werkbord.errors.VendorError`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from .deadline import current_limits

__all__ = ["Running", "run_sync", "start_sync"]

T = TypeVar("T")

_LOOP: asyncio.AbstractEventLoop | None = None
_THREAD: threading.Thread | None = None
_START_LOCK = threading.Lock()
# After Ctrl-C, how long the caller waits for the cancelled work to wind down (a checkpoint
# being written finishes; nothing new starts).
_CANCEL_GRACE = 2.0


def _io_loop() -> asyncio.AbstractEventLoop:
    global _LOOP, _THREAD
    with _START_LOCK:
        if _LOOP is None or _THREAD is None or not _THREAD.is_alive():
            loop = asyncio.new_event_loop()
            ready = threading.Event()

            def serve() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                while True:
                    try:
                        loop.run_forever()
                        return
                    except BaseException as e:
                        # A Ctrl-C raised inside some task's step leaves the loop through here.
                        # Like asyncio.run, stop every call then running, and hand each caller
                        # the interrupt; the loop serves on for whatever comes next.
                        for call in list(_RUNNING):
                            call.interrupted = e
                            call.task.cancel()

            th = threading.Thread(target=serve, name="werkbord-io", daemon=True)
            th.start()
            ready.wait()
            _LOOP, _THREAD = loop, th
        return _LOOP


async def _bounded(coro: Coroutine[Any, Any, T]) -> T:
    limits = current_limits()
    if limits.deadline is None:
        return await coro
    remaining = limits.deadline - limits.clock()
    try:
        async with asyncio.timeout(max(0.0, remaining)):
            return await coro
    except TimeoutError:
        from ..errors import VendorError
        from ..i18n import _

        raise VendorError(
            _("no answer from the board within {seconds} s").format(seconds=f"{limits.seconds:.0f}"),
            hint=_("check your connection; the next update tries again"),
        ) from None


class _Call:
    __slots__ = ("task", "interrupted")

    def __init__(self, task: asyncio.Task[Any]) -> None:
        self.task = task
        self.interrupted: BaseException | None = None


_RUNNING: set[_Call] = set()  # touched only on the I/O loop's thread


class _Escaped(Exception):
    """Carries a KeyboardInterrupt/SystemExit raised inside the work back to the caller's thread;
    let through as is, it would stop the shared loop itself."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(type(error).__name__)
        self.error = error


async def _guarded(coro: Coroutine[Any, Any, T]) -> T:
    try:
        return await _bounded(coro)
    except (KeyboardInterrupt, SystemExit) as e:
        raise _Escaped(e) from None


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` to completion from synchronous code (also from inside a running event loop)."""
    if threading.current_thread() is _THREAD:
        # Called from code the I/O loop itself runs: waiting on it here would wait forever.
        return _in_own_thread(coro)
    return start_sync(coro).result()


class Running:
    """Work started on the I/O loop by :func:`start_sync`; :meth:`result` waits for it."""

    def __init__(self, loop: asyncio.AbstractEventLoop, result: concurrent.futures.Future[Any], tasks: list) -> None:
        self._loop, self._result, self._tasks = loop, result, tasks

    def result(self) -> Any:
        """Its result (or error), as :func:`run_sync` gives it; Ctrl-C while waiting stops the work."""
        result = self._result
        try:
            try:
                while True:
                    # Waiting in short steps: Ctrl-C reaches a thread only between them on Windows.
                    try:
                        return result.result(timeout=0.2)
                    except TimeoutError:
                        if result.done():
                            raise  # the work's own TimeoutError, not the wait's
            except _Escaped as e:
                raise e.error from None
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt | SystemExit) or not result.done():
                # Ctrl-C while waiting: stop the work too, and give it a moment to wind down.
                self.cancel()
                concurrent.futures.wait([result], timeout=_CANCEL_GRACE)
            raise

    def cancel(self) -> None:
        """Stop the work (nobody is going to wait for it)."""
        self._result.cancel()  # not started yet: it never starts
        self._loop.call_soon_threadsafe(lambda: [t.cancel() for t in self._tasks])


def start_sync(coro: Coroutine[Any, Any, T]) -> Running:
    """Start ``coro`` on the I/O loop and go on; ``.result()`` waits for it as :func:`run_sync`
    does. Not from code the I/O loop itself runs."""
    loop = _io_loop()
    ctx = contextvars.copy_context()
    result: concurrent.futures.Future[T] = concurrent.futures.Future()
    task_box: list[asyncio.Task[T]] = []

    def start() -> None:
        if not result.set_running_or_notify_cancel():
            coro.close()
            return
        task = loop.create_task(_guarded(coro), context=ctx)
        task_box.append(task)
        call = _Call(task)
        _RUNNING.add(call)

        def done(t: asyncio.Task[T]) -> None:
            _RUNNING.discard(call)
            if t.cancelled():
                result.set_exception(call.interrupted or concurrent.futures.CancelledError())
            elif t.exception() is not None:
                result.set_exception(t.exception())  # type: ignore[arg-type]
            else:
                result.set_result(t.result())

        task.add_done_callback(done)

    loop.call_soon_threadsafe(start)
    return Running(loop, result, task_box)


def _in_own_thread(coro: Coroutine[Any, Any, T]) -> T:
    box: dict[str, Any] = {}
    ctx = contextvars.copy_context()

    def runner() -> None:
        try:
            box["value"] = asyncio.run(_bounded(coro))
        except BaseException as e:  # handed back to the caller's thread below
            box["error"] = e

    th = threading.Thread(target=ctx.run, args=(runner,), name="werkbord-io-nested")
    th.start()
    th.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
