"""The live session: harvest the board again and again, keep the latest snapshot, never crash.

One :class:`LiveSession` per ``werkbord live``: it alone talks to the platform, however many
browsers look at the page (they read :meth:`LiveSession.state`, a copy held in memory). Each
refresh is the same read → classify → pseudonymise path as ``werkbord harvest``
(:func:`werkbord.api.harvest`), then the report's aggregate (:mod:`.snapshot`). Nothing is written
to disk: the harvest lives in memory until the next one replaces it.

A refresh that fails (network, 429s beyond the client's patience, a half-saved scene file)
keeps the last good snapshot and records the error; the page then says "verbinding hapert".
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..backends import entry, open_backend
from ..errors import UsageError, WerkbordError
from ..i18n import _
from ..manifest import load_manifest
from ..timer import session_state
from . import pacing
from .snapshot import QUIET_MINUTES, ChangeTracker, snapshot

log = logging.getLogger("werkbord.live")


class _RequestCounter(logging.Handler):
    """Counts the requests httpx sends (it logs each one at INFO), retries included."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("HTTP Request:"):
            self.count += 1


@contextlib.contextmanager
def counting_requests() -> Iterator[_RequestCounter]:
    lg = logging.getLogger("httpx")
    counter = _RequestCounter()
    level = lg.level
    lg.addHandler(counter)
    if lg.getEffectiveLevel() > logging.INFO:
        lg.setLevel(logging.INFO)
    try:
        yield counter
    finally:
        lg.removeHandler(counter)
        lg.setLevel(level)


def _one_line(e: BaseException) -> str:
    text = str(e) if isinstance(e, WerkbordError) else f"{type(e).__name__}: {e}"
    return " ".join(text.split())[:300]


def check_interval(backend: str, interval: float) -> None:
    if not 0 < interval <= 3600:  # also refuses nan
        raise UsageError(
            _("--interval {interval:g} is out of range").format(interval=interval),
            hint=_("give seconds, e.g. --interval 20"),
        )
    if pacing.rate_limit(backend) is not None and interval < pacing.MIN_INTERVAL:
        raise UsageError(
            _("--interval {interval:g} is too short for a board on {backend}").format(
                interval=interval, backend=backend
            ),
            hint=_("choose at least {seconds:g} seconds (the platform's rate limit)").format(
                seconds=pacing.MIN_INTERVAL
            ),
        )


class LiveSession:
    """Harvests ``manifest_file``'s board every ``interval`` seconds (an Excalidraw scene: when
    the file changes) and holds what the page shows."""

    def __init__(
        self,
        manifest_file: Path,
        *,
        interval: float = 20.0,
        options: dict[str, Any] | None = None,
        scene: Path | None = None,
        template: str | Path | None = None,
        clock: Callable[[], float] = time.time,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        from .. import api

        self.manifest_file = Path(manifest_file)
        manifest = load_manifest(self.manifest_file)
        self.backend = manifest.backend
        # A board kept in a local file: read when the file changes, not on a clock.
        self.watches_file = entry(self.backend).capabilities.provisioned_copy
        check_interval(self.backend, interval)
        self.rate_limit = pacing.rate_limit(self.backend)  # what its backend declares
        self.item_keys = list(manifest.items)
        self.wanted_interval = float(interval)
        self.interval = float(interval)
        self.options = dict(options or {})
        self.scene = Path(scene) if scene is not None else None
        self.template = template
        self.clock = clock
        self.warn = warn or (lambda msg: None)
        wv = api.template_for(manifest, template)
        from ..harvest.context import context_of

        ctx = context_of(wv)
        self.lang = ctx.lang
        self.template_labels = dict(ctx.labels)
        self.tracker = ChangeTracker()
        self._lock = threading.Lock()
        self._data: dict[str, Any] | None = None
        self._svgs: dict[str, str] = {}
        self.last_ok: float | None = None
        self.last_error: str | None = None
        self.last_attempt: float | None = None
        self.refreshes = 0
        self.failures = 0
        self.requests_last = 0
        self.seconds_last = 0.0
        self._scene_seen: tuple[int, int] | None = None

    # -- one refresh ---------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Harvest once; True when it worked. Never raises for a board or network problem."""
        from .. import api

        started = self.clock()
        t0 = time.perf_counter()
        opts = dict(self.options)
        kwargs: dict[str, Any] = {"template": self.template, "options": opts}
        if self.refreshes == 0 and self.failures == 0:
            # De-identification may need preparing once per install (about a minute): say so.
            kwargs["progress"] = self.warn
        if self.watches_file:
            kwargs["scene"] = self.scene
        try:
            with counting_requests() as counter:
                h = api.harvest(self.manifest_file, **kwargs)
            changed = self.tracker.update(h, started)
            data, svgs = snapshot(h, item_keys=self.item_keys, changed=changed)
        except Exception as e:  # noqa: BLE001 — a bad moment, not a bad session: keep the last good picture
            with self._lock:
                self.failures += 1
                self.last_error = _one_line(e)
                self.last_attempt = started
            self.warn(f"werkbord live: refresh failed ({_one_line(e)}); showing the last good one")
            return False
        with self._lock:
            self._data, self._svgs = data, svgs
            self.last_ok = self.last_attempt = started
            self.last_error = None
            self.refreshes += 1
            self.requests_last = counter.count
            self.seconds_last = time.perf_counter() - t0
            self.interval = pacing.next_interval(self.rate_limit, self.wanted_interval, counter.count)
        return True

    # -- the loop --------------------------------------------------------------------------------

    def scene_path(self) -> Path | None:
        if not self.watches_file:
            return None
        manifest = load_manifest(self.manifest_file)
        return open_backend(self.backend, folder=self.manifest_file.parent, options={"scene": self.scene}).scene_path(
            manifest
        )

    def _scene_changed(self, path: Path | None) -> bool:
        if path is None:
            return False
        try:
            st = path.stat()
            seen = (st.st_mtime_ns, st.st_size)
        except OSError:
            seen = (0, 0)
        if seen == self._scene_seen:
            return False
        self._scene_seen = seen
        return True

    def run(self, stop: threading.Event) -> None:
        """Refresh until ``stop`` is set: an online board every :attr:`interval` seconds, an
        Excalidraw scene file whenever it changes (and again after a failed read)."""
        scene = self.scene_path()
        self._scene_changed(scene)
        self.refresh()
        while not stop.is_set():
            if scene is None:
                due = (self.last_attempt or 0.0) + self.interval
                if stop.wait(max(0.0, min(pacing.WATCH_EVERY, due - self.clock()))):
                    return
                if self.clock() >= due:
                    self.refresh()
                continue
            if stop.wait(pacing.WATCH_EVERY):
                return
            retry = self.last_error is not None and self.clock() >= (self.last_attempt or 0.0) + self.interval
            if self._scene_changed(scene) or retry:
                self.refresh()
                scene = self.scene_path()  # a first --scene is remembered in the manifest

    # -- what the page reads -------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        now = self.clock()
        with self._lock:
            data = self._data
            status = {
                "now": now,
                "backend": self.backend,
                "interval": self.interval,
                "watch_file": self.watches_file,
                "last_ok": self.last_ok,
                "error": self.last_error is not None,
                "stale": self._stale(now),
                "requests_per_refresh": self.requests_last,
                "refresh_seconds": round(self.seconds_last, 2),
                "timer": session_state.read_timer(self.manifest_file, now=now),
                "quiet_minutes": QUIET_MINUTES,
            }
        return {"status": status, "session": data}

    def _stale(self, now: float) -> bool:
        if self.last_error is not None:
            return True
        if self.last_ok is None or self.watches_file:
            return False
        # A refresh that hangs (a long 429 wait) shows as faltering once two are overdue.
        return now - self.last_ok > 2 * self.interval + 5

    def figure(self, slug: str) -> str | None:
        with self._lock:
            return self._svgs.get(slug)
