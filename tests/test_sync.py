"""The sync bridge: one event loop for the process, deadlines from the caller, Ctrl-C stops the work."""

from __future__ import annotations

import _thread
import asyncio
import signal
import threading
import time

import pytest

from werkbord.errors import VendorError
from werkbord.http.deadline import limited
from werkbord.http.sync import run_sync


async def _loop():
    return asyncio.get_running_loop()


def test_every_call_runs_on_the_same_loop_from_any_thread():
    first = run_sync(_loop())
    other: list = []
    th = threading.Thread(target=lambda: other.append(run_sync(_loop())))
    th.start()
    th.join()
    assert run_sync(_loop()) is first and other == [first]


def test_a_lock_shared_by_calls_works_in_each_of_them():
    lock = asyncio.Lock()

    async def contend():
        async def hold():
            async with lock:
                await asyncio.sleep(0.01)

        await asyncio.gather(hold(), hold(), hold())  # contended: binds the lock to the loop

    for _ in range(3):
        run_sync(contend())  # a loop per call raised "bound to a different event loop" here


def test_a_deadline_set_by_the_caller_ends_the_call():
    async def hang():
        await asyncio.sleep(30)

    t = time.monotonic()
    with limited(seconds=0.2, attempts=2), pytest.raises(VendorError, match="within"):
        run_sync(hang())
    assert time.monotonic() - t < 1.0


def test_ctrl_c_while_waiting_cancels_the_work():
    seen: list[str] = []

    async def work():
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    # Ctrl-C as Python delivers it, whatever the process was started with (a runner that ignores
    # SIGINT would otherwise turn interrupt_main into nothing, and the test into a 30 s wait).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        threading.Timer(0.2, _thread.interrupt_main).start()
        with pytest.raises(KeyboardInterrupt):
            run_sync(work())
    finally:
        signal.signal(signal.SIGINT, previous)
    assert seen == ["cancelled"]


def test_run_sync_inside_code_the_loop_runs():
    async def inner():
        return 7

    async def outer():
        return run_sync(inner())  # from the loop's own thread: must not wait on itself

    assert run_sync(outer()) == 7


def test_the_works_own_timeout_error_reaches_the_caller():
    async def times_out():
        raise TimeoutError("vendor said so")

    with pytest.raises(TimeoutError, match="vendor said so"):
        run_sync(times_out())
