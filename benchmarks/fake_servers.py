"""The fake Miro and Mural servers as every benchmark starts them, and the environment that
points a ``werkbord`` process at one.

Each server runs in a process of its own (uvicorn on loopback, see ``tests/fakes/server.py``), so
the client being timed never waits for the fake's work; the fakes cost what a server costs:
every request body is validated against the vendor's OpenAPI document (a fake that cannot
validate refuses to start) and the bookkeeping (rate windows, items) is done under a lock.

    with miro_server(0.1) as srv:
        subprocess.run([... "werkbord", "provision", "--backend", "miro" ...], env=miro_env(srv))
    with mural_server(0.1, windows="aligned") as srv:
        subprocess.run([...], env=mural_env(srv, folder))
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

from fakes.harness import MURAL_ROOM  # noqa: E402
from fakes.miro_app import TOKEN as MIRO_TOKEN  # noqa: E402
from fakes.miro_app import MiroApp  # noqa: E402
from fakes.mural_app import TOKEN as MURAL_TOKEN  # noqa: E402
from fakes.mural_app import MuralApp  # noqa: E402
from fakes.server import LoopbackServer  # noqa: E402

MURAL_API = "/api/public/v1"


class TimedMiroApp(MiroApp):
    """The fake Miro, also reporting (in its stats) when the first request arrived and the last
    answer left, and how many requests were GETs."""

    first_at: float | None = None
    last_at: float | None = None

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        counted = scope["type"] == "http" and scope["path"] != self.STATS_PATH
        if counted and self.first_at is None:
            self.first_at = time.time()
        await super().__call__(scope, receive, send)
        if counted:
            self.last_at = time.time()

    def stats(self) -> dict[str, Any]:
        gets = sum(1 for i in self.log if i.method == "GET")
        return {**super().stats(), "first_at": self.first_at, "last_at": self.last_at, "gets": gets}


def miro_server(latency: float, **app: Any) -> LoopbackServer:
    """A fresh fake Miro (its credit window and request log empty) with ``latency`` s per answer."""
    return LoopbackServer(TimedMiroApp(latency=latency, **app), process=True)


def mural_server(latency: float, *, windows: str = "opened", rate_headers: str = "user") -> LoopbackServer:
    """A fresh fake Mural with ``latency`` s per answer. ``windows``: how its one-second rate
    windows fall ("aligned" to the clock with exact resets, or "opened" by the first request with
    truncated resets; see ``fakes.common.Window``); ``rate_headers``: which window its
    ``X-RateLimit-*`` headers describe ("user": the per-user one-second window)."""
    return LoopbackServer(MuralApp(latency=latency, windows=windows, rate_headers=rate_headers), process=True)


def miro_env(srv: LoopbackServer) -> dict[str, str]:
    """The environment of a ``werkbord`` process that works on ``srv``'s fake Miro."""
    return {**os.environ, "MIRO_ACCESS_TOKEN": MIRO_TOKEN, "MIRO_API_URL": srv.url}


def mural_url(srv: LoopbackServer) -> str:
    return srv.url + MURAL_API


def mural_env(srv: LoopbackServer | str, folder: Path) -> dict[str, str]:
    """The environment of a ``werkbord`` process that works on a fake Mural (``srv``, or its API
    address), signed in with the fake's token from a credentials file in ``folder`` (made)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "credentials.json").write_text(json.dumps({"mural": {"access_token": MURAL_TOKEN}}))
    url = srv if isinstance(srv, str) else mural_url(srv)
    return {
        **os.environ,
        "MURAL_API_URL": url,
        "MURAL_ROOM_ID": str(MURAL_ROOM),
        "WERKBORD_CREDENTIALS": "file",
        "WERKBORD_CONFIG_DIR": str(folder),
    }


def provision_mural(srv: LoopbackServer | str, groups: int, cfg: Path, out: Path, *extra: str) -> float:
    """Seconds ``werkbord provision --backend mural`` takes as a user runs it (a whole process),
    ``groups`` groups (or ``extra`` arguments such as ``--follow-up``) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    board = ["--groups", str(groups), "--title", "Team Noord", "--start", "14:00"] if groups else []
    cmd = [sys.executable, "-m", "werkbord", "provision", "--backend", "mural", *board, *extra, "--out", str(out)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=mural_env(srv, cfg), cwd=out)
    return time.perf_counter() - t0
