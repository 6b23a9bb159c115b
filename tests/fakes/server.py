"""Serve a fake app on 127.0.0.1 (a free port) with uvicorn, in a background thread.

    with LoopbackServer(MiroApp(latency=0.1)) as srv:
        ... srv.url ...

Real sockets, so a dropped connection is a real one and latency is real time: for the
benchmarks and a smoke test, never for the fast test suite.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any


class LoopbackServer:
    def __init__(self, app: Any, *, startup_timeout: float = 10.0) -> None:
        self.app = app
        self.startup_timeout = startup_timeout
        self.port: int | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

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

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
