"""The sync bridge: backends are synchronous (the Backend protocol), their I/O is async."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

__all__ = ["run_sync"]

T = TypeVar("T")


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
