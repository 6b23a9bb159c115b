"""The live page's web server: Starlette on 127.0.0.1 only, served by uvicorn.

Routes: ``/`` the page (inline CSS and JavaScript, no network resource), ``/api/state`` the
latest snapshot as JSON (polled by the page every 2 s; the platform is only read by the
:class:`~.session.LiveSession` thread, never per viewer), ``/figure/<slug>.svg`` the report's
pictures. The Host header must name this machine (no DNS rebinding from a web page), and a
Content-Security-Policy allows only the page's own script and this server.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import threading
import webbrowser
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..i18n import _
from .messages import page_messages
from .session import LiveSession

HOST = "127.0.0.1"


def _json_in_script(obj: Any) -> str:
    # Inside <script type="application/json">, "</" would end the element early.
    return json.dumps(obj, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def page(lang: str, template_labels: dict[str, str]) -> tuple[str, str]:
    """The page's HTML and its Content-Security-Policy (the script allowed by its hash)."""
    here = files("werkbord.live")
    script = here.joinpath("page.js").read_text(encoding="utf-8")
    html = here.joinpath("page.html").read_text(encoding="utf-8")
    html = html.replace("__LANG__", "nl" if lang == "nl" else "en")
    html = html.replace("__MESSAGES__", _json_in_script(page_messages(lang, template_labels)))
    html = html.replace("__SCRIPT__", script)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = (
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )
    return html, csp


def build_app(session: LiveSession) -> Any:
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    html, csp = page(session.lang, session.template_labels)
    common = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}

    async def index(request: Request) -> Response:
        return HTMLResponse(html, headers={**common, "Content-Security-Policy": csp})

    async def state(request: Request) -> Response:
        return JSONResponse(session.state(), headers=common)

    async def figure(request: Request) -> Response:
        svg = session.figure(request.path_params["slug"])
        if svg is None:
            return Response(status_code=404, headers=common)
        # An SVG opened on its own is a document: it may not run or load anything either.
        policy = "default-src 'none'; style-src 'unsafe-inline'"
        return Response(svg, media_type="image/svg+xml", headers={**common, "Content-Security-Policy": policy})

    return Starlette(
        routes=[
            Route("/", index),
            Route("/api/state", state),
            Route("/figure/{slug:str}.svg", figure),
        ],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=[HOST, "localhost"])],
    )


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1:``port`` (0: any free port); a clear error when taken."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError:
        sock.close()
        raise UsageError(
            _("port {port} on {host} is already in use").format(port=port, host=HOST),
            hint=_("pass another one with --port, e.g. --port 8001"),
        ) from None
    sock.listen(128)
    return sock


class LiveServer:
    """The session's harvest loop and the web server, each in a thread; a context manager.

    ``werkbord live`` runs :meth:`serve_forever` in the main thread (Ctrl-C stops it); tests use
    ``with LiveServer(session, port=0) as srv: ... srv.url``.
    """

    def __init__(self, session: LiveSession, *, port: int = 8000) -> None:
        import uvicorn

        self.session = session
        self.sock = bind(port)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        config = uvicorn.Config(build_app(session), log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    def _start_session(self) -> None:
        t = threading.Thread(target=self.session.run, args=(self.stop,), name="werkbord-live-harvest", daemon=True)
        t.start()
        self._threads.append(t)

    def serve_forever(self, on_ready: Callable[[str], None] | None = None) -> None:
        """Serve until Ctrl-C (uvicorn handles the signal and shuts down cleanly)."""
        self._start_session()
        if on_ready is not None:
            on_ready(self.url)
        try:
            self.server.run(sockets=[self.sock])
        except KeyboardInterrupt:
            pass  # uvicorn already shut down; it raises the captured Ctrl-C again afterwards
        finally:
            self.close()

    def close(self) -> None:
        self.stop.set()
        self.server.should_exit = True
        for t in self._threads:
            # A refresh under way finishes in its daemon thread; it writes nothing, so it may be
            # abandoned when the process ends.
            t.join(timeout=2.0)
        self.sock.close()

    def __enter__(self) -> LiveServer:
        import time

        self._start_session()
        t = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, name="werkbord-live-http", daemon=True
        )
        t.start()
        self._threads.append(t)
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(
    manifest_file: Path,
    *,
    port: int = 8000,
    interval: float = 20.0,
    open_browser: bool = True,
    options: dict[str, Any] | None = None,
    scene: Path | None = None,
    template: str | Path | None = None,
    say: Callable[[str], None] = print,
    warn: Callable[[str], None] | None = None,
) -> None:
    """``werkbord live``: serve the live page until Ctrl-C."""
    session = LiveSession(manifest_file, interval=interval, options=options, scene=scene, template=template, warn=warn)
    server = LiveServer(session, port=port)

    def ready(url: str) -> None:
        say(_("{url}  (Ctrl-C stops)").format(url=url))
        if open_browser:
            webbrowser.open(url)

    server.serve_forever(ready)
    say(_("werkbord live stopped; nothing was stored."))
