"""A real headless browser the tests can watch over time: Debian's chromium, driven through the
DevTools protocol on a pipe (``--remote-debugging-pipe``: fd 3 in, fd 4 out, NUL-separated
JSON), so no websocket library or browser-automation package is needed.

    with Browser() as b:
        page = b.open("http://127.0.0.1:8000/")
        b.eval(page, "document.title")

``CHROMIUM`` is None when chromium is not installed; tests skip then.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).is_file()), None)


class Browser:
    def __init__(self, *, width: int = 1400, height: int = 900) -> None:
        assert CHROMIUM is not None
        self.size = (width, height)
        self._n = 0
        self._buf = b""
        self._tabs: list[str] = []

    def __enter__(self) -> Browser:
        self._profile = tempfile.TemporaryDirectory(prefix="werkbord-chromium-")
        import fcntl

        r, self._to_chrome = os.pipe()
        self._from_chrome, w = os.pipe()
        # Above 4, so placing them on 3 and 4 in the child cannot overwrite one with the other.
        to_chrome_r, from_chrome_w = fcntl.fcntl(r, fcntl.F_DUPFD, 10), fcntl.fcntl(w, fcntl.F_DUPFD, 10)
        os.close(r)
        os.close(w)

        def fds() -> None:  # in the child: the protocol's fixed descriptors 3 and 4
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                "--disable-extensions",
                f"--window-size={self.size[0]},{self.size[1]}",
                f"--user-data-dir={self._profile.name}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=fds,
            pass_fds=(3, 4),  # kept open after fds() put the pipes there
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.call("Browser.close")
        except Exception:  # noqa: BLE001 — closing anyway
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)
        self._profile.cleanup()

    def call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None, timeout: float = 30
    ) -> dict[str, Any]:
        self._n += 1
        msg: dict[str, Any] = {"id": self._n, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" not in self._buf:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"chromium did not answer {method}")
                chunk = os.read(self._from_chrome, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self._buf += chunk
            raw, self._buf = self._buf.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._n:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def open(self, url: str) -> str:
        """Open ``url`` in a new tab; its session id for :meth:`eval`."""
        target = self.call("Target.createTarget", {"url": url})["targetId"]
        self._tabs.append(target)
        return self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def close_tabs(self) -> None:
        """Close every tab :meth:`open` opened: the next test starts with none of their pages running."""
        while self._tabs:
            self.call("Target.closeTarget", {"targetId": self._tabs.pop()})

    def eval(self, session: str, expression: str) -> Any:
        res = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
        return res.get("result", {}).get("value")

    def wait_for(self, session: str, expression: str, *, timeout: float) -> tuple[Any, float]:
        """Evaluate ``expression`` until truthy; (its value, seconds it took). TimeoutError otherwise."""
        start = time.monotonic()
        while True:
            value = self.eval(session, expression)
            took = time.monotonic() - start
            if value:
                return value, took
            if took > timeout:
                raise TimeoutError(f"not true within {timeout:g} s: {expression}")
            time.sleep(0.1)

    def screenshot(self, session: str, path: Path) -> None:
        import base64

        data = self.call("Page.captureScreenshot", {"format": "png"}, session)["data"]
        Path(path).write_bytes(base64.b64decode(data))
