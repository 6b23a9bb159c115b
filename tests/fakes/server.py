"""Serve a fake app on 127.0.0.1 (a free port) with uvicorn.

    with LoopbackServer(MiroApp(latency=0.1)) as srv:
        ... srv.url ... srv.stats() ...

Real sockets, so a dropped connection is a real one and latency is real time: for the
benchmarks and a smoke test, never for the fast test suite.

By default the server runs in a background thread of this process, so a test can look at the
app's state directly. ``process=True`` forks it into a process of its own: a vendor's servers
do not share the client's CPU (nor, in Python, its interpreter lock), so a benchmark that times
the client must not make it wait for the fake's work. The app's state then lives in the other
process; :meth:`LoopbackServer.stats` reads it over HTTP in both modes.
"""

from __future__ import annotations

import multiprocessing
import socket
import threading
import time
from typing import Any

import httpx


class LoopbackServer:
    def __init__(self, app: Any, *, process: bool = False, startup_timeout: float = 10.0) -> None:
        self.app = app
        self.process = process
        self.startup_timeout = startup_timeout
        self.port: int | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._child: Any = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stats(self) -> dict[str, Any]:
        """The app's :meth:`~fakes.common.FakeApp.stats`: requests served, the most at once,
        items per board."""
        return httpx.get(self.url + self.app.STATS_PATH, timeout=10).json()

    def __enter__(self) -> LoopbackServer:
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Answers go out as two writes (head, body); without TCP_NODELAY, Nagle plus the
        # client's delayed ACK adds ~40 ms to every answer, which would swamp the latency we inject.
        # Linux hands the option on to accepted connections.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))  # port 0: the OS picks a free one, no race with a guess
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level="critical",  # an injected drop raises inside the app: expected, not news
            access_log=False,
            lifespan="off",
            timeout_keep_alive=30,
            backlog=2048,
        )
        self._server = uvicorn.Server(config)
        if self.process:
            # fork: the child gets the app as it is now and the bound socket, nothing to pickle.
            self._child = multiprocessing.get_context("fork").Process(
                target=self._server.run, kwargs={"sockets": [sock]}, name="fake-server", daemon=True
            )
            self._child.start()
            sock.close()  # the child holds its own copy
            self._wait_until_answering()
            return self
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="fake-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self.startup_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fake server did not start")
            time.sleep(0.01)
        return self

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while True:
            try:
                self.stats()
                return
            except httpx.TransportError:
                if not self._child.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the fake server did not start") from None
                time.sleep(0.01)

    def __exit__(self, *exc: object) -> None:
        if self._child is not None:
            self._child.terminate()
            self._child.join(timeout=10)
            return
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
