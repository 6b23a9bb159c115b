"""A fake Mural public API (v1) as an ASGI app, following ``shared/specs/mural-openapi.json``
(a map of operation slug → small OpenAPI document).

What it keeps faithful:

* every answer is wrapped as ``{"value": ...}``; murals have ``workspace.timestamp`` ids and a
  ``_canvasLink``; widgets have ``0-<number>`` ids;
* widget ``x``/``y`` are the top-left corner relative to the parent *area* (``parentId``);
  areas nest and offsets add up; only areas can be parents;
* ``POST …/widgets/area`` takes and returns one object; shape, sticky-note, textbox and title
  take an array (at most 1000) and return an array, in request order;
* listings are paginated with ``limit`` (1..99: "should be less than 100") and a ``next``
  token that is only valid with the same ``type`` filter it was issued for;
* request bodies are validated against the operation's schema (jsonschema) *and* for unknown
  properties, which Mural rejects although its schemas do not say ``additionalProperties:
  false``; a bad body answers 400 ``{"code": "BODY", "message": "Invalid payload", "details"}``;
* rate limits: 25 requests per second per user (token) and 10,000 per minute per app, both
  fixed windows; answers carry ``X-RateLimit-Limit/-Remaining/-Reset`` of the per-minute app
  window (assumption: the public docs list the limits, not which window the headers describe)
  and a 429 ``TOO_MANY_REQUESTS`` carries ``Retry-After``; ``rate_headers="user"`` makes the
  headers describe the per-user one-second window instead, and ``windows=`` how windows fall:
  ``"opened"`` by the first request, resets truncated to whole seconds (the default), or
  ``"aligned"`` to the clock with exact resets (see :class:`fakes.common.Window`);
* bearer tokens are checked (401 ``UNAUTHORIZED``); unknown rooms, murals, widgets answer 404
  with Mural's codes;
* ``POST /authorization/oauth2/token`` renews an access token (``grant_type=refresh_token``,
  client credentials in the form) and rotates the refresh token; ``refresh_tokens`` holds the
  known ones (token → still valid), ``next_tokens`` the (access, refresh, expires_in) to issue
  next (else made up), an unknown refresh token answers 400 ``invalid_grant``;
* the native timer (``/murals/{id}/timer``: get, start, update, end).

Quirks (``quirks=``), behaviour Mural does not document either way (``werkbord check mural``
looks at what the real service does):

* ``"html_text"`` — a widget's ``text`` comes back as HTML, one ``<div>`` per line (seen in an
  acceptance run against the real Mural), ``htmlText`` as ``<p>`` per line;
* ``"reorder_answers"`` — an array create answer lists the widgets in reverse request order.

``page_size`` caps a listing page below the ``limit`` asked (tests of paging). ``writes()`` and
``widget_listings()`` summarise the request log.

Participants are played with helper methods that change the state directly (the web editor).
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl

from werkbord.geometry import Point, Rect

from .common import FakeApp, Reply, RequestInfo, Route, Window, bearer
from .specs import mural_body_errors, mural_spec_available, require_mural_spec

TOKEN = "mural-fake-token-0001"
BASE = "/api/public/v1"
TOKEN_PATH = BASE + "/authorization/oauth2/token"

USER_LIMIT, USER_WINDOW = 25, 1.0
APP_LIMIT, APP_WINDOW = 10_000, 60.0
BATCH_MAX = 1000
QUIRKS = frozenset({"html_text", "reorder_answers"})
PAGE_DEFAULT, PAGE_MAX = 50, 99

# endpoint → (create slug, update slug, widget type Mural reports, takes an array)
ENDPOINTS: dict[str, tuple[str, str, str, bool]] = {
    "area": ("createarea", "updatearea", "area", False),
    "shape": ("createshapewidget", "updateshapewidget", "shape", True),
    "sticky-note": ("createstickynote", "updatestickynote", "sticky note", True),
    "textbox": ("createtextbox", "updatetextbox", "text", True),
    "title": ("createtitle", "updatetitle", "text", True),
}
TYPE_FILTER = {
    "areas": "area", "arrows": "arrow", "comments": "comment", "files": "file", "sticky notes": "sticky note",
    "texts": "text", "icons": "icon", "images": "image", "shapes": "shape",
}  # fmt: skip


def spec_available() -> bool:
    return mural_spec_available()


class MuralApp(FakeApp):
    vendor = "Mural"

    def __init__(
        self,
        *,
        tokens: Sequence[str] = (TOKEN,),
        rooms: Sequence[int] | None = (1001,),
        workspace: str = "werkbordws",
        window_scale: float = 1.0,
        client: tuple[str, str] | None = None,
        page_size: int | None = None,
        quirks: Sequence[str] = (),
        windows: str = "opened",
        rate_headers: str = "app",
        **kw: Any,
    ) -> None:
        super().__init__(**kw)
        self.quirks = set(quirks)
        unknown = self.quirks - QUIRKS
        if unknown:
            raise ValueError(f"unknown Mural quirks: {sorted(unknown)}")
        if rate_headers not in ("app", "user"):
            raise ValueError(f"rate_headers is 'app' or 'user', not {rate_headers!r}")
        self.windows = windows  # "opened" or "aligned": see fakes.common.Window
        self.rate_headers = rate_headers  # which window X-RateLimit-* describe
        if self.validate:
            require_mural_spec()  # never a fake that quietly stops validating
        self.validation_skipped = None if self.validate else "validation switched off"
        self.tokens = set(tokens)
        self.rooms = set(rooms) if rooms is not None else None  # None: every room exists
        self.workspace = workspace
        self.user_windows: dict[str, Window] = {}
        self.window_scale = window_scale
        self.app_window = Window(APP_LIMIT, APP_WINDOW * window_scale, windows)
        self.murals: dict[str, dict[str, Any]] = {}
        self.widgets: dict[str, dict[str, dict[str, Any]]] = {}  # mural id → widget id → widget
        self.rate_limited = 0
        self.client = client  # (id, secret) the token endpoint wants; None: any
        self.refresh_tokens: dict[str, bool] = {}  # refresh token → still valid
        self.next_tokens: list[tuple[str, str, int]] = []  # (access, refresh, expires_in) to issue next
        self.page_size = page_size
        self.timers: dict[str, dict[str, Any]] = {}  # mural id → its timer
        self._n = 0
        self._n_tokens = 0
        m = r"/api/public/v1/murals/(?P<mid>[^/]+)"
        self.route("POST", TOKEN_PATH, self.token)
        self.route("POST", "/api/public/v1/murals", self.create_mural)
        self.route("GET", r"/api/public/v1/rooms/(?P<room>[^/]+)/murals", self.room_murals)
        self.route("GET", m, self.get_mural)
        self.route("DELETE", m, self.delete_mural)
        self.route("GET", m + "/widgets", self.list_widgets)
        self.route("GET", m + "/widgets/(?P<wid>[^/]+)", self.get_widget)
        self.route("POST", m + "/widgets/(?P<ep>area|shape|sticky-note|textbox|title)", self.create_widgets)
        self.route("PATCH", m + "/widgets/(?P<ep>area|shape|sticky-note|textbox|title)/(?P<wid>[^/]+)", self.patch)
        self.route("DELETE", m + "/widgets/(?P<wid>[^/]+)", self.delete_widget)
        self.route("GET", m + "/timer", self.get_timer)
        self.route("POST", m + "/timer/start", self.start_timer)
        self.route("PATCH", m + "/timer", self.update_timer)
        self.route("POST", m + "/timer/end", self.end_timer)

    # -- vendor rules -------------------------------------------------------------------------

    def error(self, status: int, code: str, message: str, **extra: Any) -> Reply:
        code = {"internalError": "INTERNAL_SERVER_ERROR", "tooManyRequests": "TOO_MANY_REQUESTS"}.get(code, code)
        return Reply(status, {"code": code, "message": message, **extra})

    def authorize(self, info: RequestInfo, headers: Mapping[str, str]) -> Reply | None:
        if info.path == TOKEN_PATH:
            return None  # the client authenticates with its credentials there
        if bearer(headers) not in self.tokens:
            return self.error(401, "UNAUTHORIZED", "You don't have the required permissions to access this endpoint.")
        return None

    def charge(self, info: RequestInfo, route: Route, headers: Mapping[str, str]) -> Reply | None:
        if route.name == "token":
            return None
        now = self.clock()
        user = self.user_window(headers)
        for w in (user, self.app_window):
            if not w.fits(1, now):
                self.rate_limited += 1
                reply = self.error(429, "TOO_MANY_REQUESTS", "Too many requests, please slow down.")
                wait = w.retry_after(now)
                # Whole seconds, as HTTP has it; a shrunk window (benchmarks' --quick) needs tenths.
                after = max(1, math.ceil(wait)) if self.window_scale >= 1 else max(0.1, math.ceil(wait * 10) / 10)
                reply.headers["Retry-After"] = str(after)
                return reply
        user.spend(1)
        self.app_window.spend(1)
        return None

    def user_window(self, headers: Mapping[str, str]) -> Window:
        key = bearer(headers)
        if key not in self.user_windows:
            self.user_windows[key] = Window(USER_LIMIT, USER_WINDOW * self.window_scale, self.windows)
        return self.user_windows[key]

    def decorate(self, reply: Reply, info: RequestInfo, headers: Mapping[str, str]) -> None:
        if info.path == TOKEN_PATH:
            return
        now = self.clock()
        w = self.app_window if self.rate_headers == "app" else self.user_window(headers)
        reply.headers.setdefault("X-RateLimit-Limit", str(w.limit))
        reply.headers.setdefault("X-RateLimit-Remaining", str(w.remaining))
        reply.headers.setdefault("X-RateLimit-Reset", w.reset_header(now))

    def _bad_body(self, messages: list[str]) -> Reply:
        return self.error(
            400, "BODY", "Invalid payload", details=[{"code": "Invalid property", "message": m} for m in messages[:10]]
        )

    # -- the request log, summarised for tests -----------------------------------------------

    _WRITE = re.compile(r"^/api/public/v1/murals(?:/[^/]+/widgets/(?P<ep>[a-z-]+)(?:/[^/]+)?)?$")

    def writes(self) -> list[tuple[str, str, Any]]:
        """(method, endpoint, body) of every mural or widget create and widget update received,
        in order; the endpoint is ``"murals"`` for a new mural, else the widget endpoint."""
        out = []
        for info in self.log:
            m = self._WRITE.match(info.path)
            if m and info.method in ("POST", "PATCH"):
                out.append((info.method, m["ep"] or "murals", info.body))
        return out

    def widget_listings(self) -> list[Mapping[str, str]]:
        """The query of every widget listing received (``GET …/widgets``), in order."""
        return [i.query for i in self.log if i.method == "GET" and re.search(r"/murals/[^/]+/widgets$", i.path)]

    # -- state helpers ------------------------------------------------------------------------

    def _ms(self) -> int:
        return int(self.clock() * 1000)

    def _mural(self, mid: str) -> Reply | None:
        if mid not in self.murals:
            return self.error(404, "MURAL_NOT_FOUND", "The mural was not found.")
        return None

    def board_sizes(self) -> dict[str, int]:
        return {mid: len(widgets) for mid, widgets in self.widgets.items()}

    def abs_rect(self, mid: str, wid: str) -> Rect:
        w = self.widgets[mid][wid]
        x, y = float(w["x"]), float(w["y"])
        pid = w.get("parentId")
        if pid and pid in self.widgets[mid]:
            p = self.abs_rect(mid, pid)
            x, y = x + p.x, y + p.y
        return Rect(x, y, float(w["width"]), float(w["height"]))

    def _new_widget(self, mid: str, ep: str, body: Mapping[str, Any]) -> dict[str, Any]:
        self._n += 1
        wid = f"0-{1700000000000 + self._n}"
        wtype = ENDPOINTS[ep][2]
        w: dict[str, Any] = {
            "id": wid, "type": wtype, "x": float(body.get("x", 0)), "y": float(body.get("y", 0)),
            "width": float(body.get("width", 138)), "height": float(body.get("height", 138)),
            "createdOn": self._ms(), "updatedOn": self._ms(),
            "createdBy": {"id": "u-facilitator", "firstName": "Fa", "lastName": "Cilitator"},
            "rotation": 0, "stackingOrder": self._n, "hidden": False, "hideEditor": False, "hideOwner": False,
            "locked": False, "lockedByFacilitator": False, "invisible": False, "instruction": "",
            "presentationIndex": -1, "title": body.get("title", ""), "style": dict(body.get("style") or {}),
        }  # fmt: skip
        if body.get("parentId"):
            w["parentId"] = body["parentId"]
        if ep == "area":
            w.update(layout=body.get("layout", "free"), showTitle=body.get("showTitle", True))
        elif ep in ("sticky-note", "shape"):
            text = body.get("text", "")
            w.update(shape=body.get("shape", "rectangle"), text=self._text(text), htmlText=_html(text))
        else:
            text = body.get("text", "")
            w.update(text=self._text(text), htmlText=_html(text), fixedWidth=False)
        self.widgets[mid][wid] = w
        return w

    def _text(self, text: str) -> str:
        """``text`` as this fake stores it (the ``html_text`` quirk: ``<div>`` per line)."""
        if "html_text" not in self.quirks or not text:
            return text
        return "".join(f"<div>{html.escape(line, quote=False)}</div>" for line in str(text).split("\n"))

    def _parent_errors(self, mid: str, bodies: Sequence[Any]) -> list[str]:
        out = []
        for b in bodies:
            pid = b.get("parentId") if isinstance(b, dict) else None
            if pid and (pid not in self.widgets[mid] or self.widgets[mid][pid]["type"] != "area"):
                out.append(f'"parentId" {pid} is not an area of this mural')
        return out

    # -- handlers -----------------------------------------------------------------------------

    def create_mural(self, info: RequestInfo) -> Reply:
        body = info.body
        if not isinstance(body, dict):
            return self._bad_body(["the body must be an object"])
        if self.validate and (errs := mural_body_errors("createmural", body)):
            return self._bad_body(errs)
        room = body.get("roomId")
        if self.rooms is not None and room not in self.rooms:
            return self.error(404, "ROOM_NOT_FOUND", "The room was not found or does not exist.")
        size = {"width": body.get("width", 9216), "height": body.get("height", 6237)}
        mid = self.add_mural(body.get("title", ""), room, **size)
        return Reply(201, {"value": self.murals[mid]})

    def add_mural(
        self, title: str, room: Any, *, width: float = 9216, height: float = 6237, mid: str | None = None
    ) -> str:
        """A new empty mural (also what tests use to start from an existing one)."""
        mid = mid or f"{self.workspace}.{self._ms() + len(self.murals)}"
        num = mid.split(".")[-1]
        ws = self.workspace
        self.murals[mid] = {
            "id": mid, "title": title, "roomId": room, "workspaceId": ws,
            "width": width, "height": height,
            "createdOn": self._ms(), "updatedOn": self._ms(), "status": "active", "backgroundColor": "#FAFAFAFF",
            "_canvasLink": f"https://app.mural.co/t/{ws}/m/{ws}/{num}/f00d",
            "visitorsSettings": {"visitors": "none", "workspaceMembers": "read",
                                 "link": f"https://app.mural.co/t/{ws}/m/{ws}/{num}/visitor"},
        }  # fmt: skip
        self.widgets[mid] = {}
        return mid

    def token(self, info: RequestInfo) -> Reply:
        form = dict(parse_qsl(info.body)) if isinstance(info.body, str) else {}
        if self.client is not None and (form.get("client_id"), form.get("client_secret")) != self.client:
            return Reply(401, {"error": "invalid_client", "error_description": "client authentication failed"})
        rt = form.get("refresh_token", "")
        if form.get("grant_type") != "refresh_token" or not self.refresh_tokens.get(rt):
            return Reply(400, {"error": "invalid_grant", "error_description": "invalid or expired refresh token"})
        self.refresh_tokens[rt] = False  # rotation: the old one is spent
        self._n_tokens += 1
        if self.next_tokens:
            access, new_rt, expires_in = self.next_tokens.pop(0)
        else:
            access, new_rt, expires_in = f"mural-fresh-{self._n_tokens:04d}", f"mural-rt-{self._n_tokens:04d}", 900
        self.tokens.add(access)
        self.refresh_tokens[new_rt] = True
        return Reply(200, {"access_token": access, "refresh_token": new_rt, "expires_in": expires_in,
                           "token_type": "bearer"})  # fmt: skip

    def room_murals(self, info: RequestInfo, room: str) -> Reply:
        if self.rooms is not None and (not room.isdigit() or int(room) not in self.rooms):
            return self.error(404, "ROOM_NOT_FOUND", "The room was not found or does not exist.")
        murals = [m for m in self.murals.values() if str(m["roomId"]) == room]
        return self._page(info, murals, kind="rooms")

    def get_mural(self, info: RequestInfo, mid: str) -> Reply:
        return self._mural(mid) or Reply(200, {"value": self.murals[mid]})

    def delete_mural(self, info: RequestInfo, mid: str) -> Reply:
        if missing := self._mural(mid):
            return missing
        del self.murals[mid]
        del self.widgets[mid]
        self.timers.pop(mid, None)
        return Reply(204)

    def _page(self, info: RequestInfo, items: list[dict[str, Any]], *, kind: str) -> Reply:
        q = info.query
        try:
            limit = int(q.get("limit", PAGE_DEFAULT))
        except ValueError:
            limit = -1
        if not 1 <= limit <= PAGE_MAX:
            return self.error(400, "LIMIT_INVALID", 'Request query string for "limit" should be less than 100.')
        start = 0
        if q.get("next"):
            try:
                token = json.loads(base64.urlsafe_b64decode(q["next"].encode()))
                start = int(token["offset"])
            except (ValueError, KeyError, TypeError):
                return self.error(400, "NEXT_TOKEN_EXPIRED", "The next token has expired or does not exist.")
            # The token is bound to the query it was issued for: the same type filter must come with it.
            if token.get("kind") != kind or sorted(token.get("type", [])) != _types(q):
                return self.error(400, "PAGINATION_INVALID", "The pagination is invalid.")
        size = min(limit, self.page_size or limit)
        page = items[start : start + size]
        out: dict[str, Any] = {"value": page}
        if start + size < len(items):
            token = {"offset": start + size, "kind": kind, "type": _types(q)}
            out["next"] = base64.urlsafe_b64encode(json.dumps(token).encode()).decode()
        return Reply(200, out)

    def list_widgets(self, info: RequestInfo, mid: str) -> Reply:
        if missing := self._mural(mid):
            return missing
        types = _types(info.query)
        unknown = [t for t in types if t not in TYPE_FILTER]
        if unknown:
            return self.error(400, "QUERY", "The payload is invalid.", details=[
                {"code": "Invalid property", "message": f"Invalid type filter {t!r}"} for t in unknown])  # fmt: skip
        wanted = {TYPE_FILTER[t] for t in types}
        ws = [w for w in self.widgets[mid].values() if not wanted or w["type"] in wanted]
        if info.query.get("parentId"):
            ws = [w for w in ws if w.get("parentId") == info.query["parentId"]]
        return self._page(info, ws, kind=f"widgets:{mid}")

    def get_widget(self, info: RequestInfo, mid: str, wid: str) -> Reply:
        if missing := self._mural(mid):
            return missing
        w = self.widgets[mid].get(wid)
        return Reply(200, {"value": w}) if w else self.error(404, "WIDGET_NOT_FOUND", "The widget was not found.")

    def create_widgets(self, info: RequestInfo, mid: str, ep: str) -> Reply:
        if missing := self._mural(mid):
            return missing
        slug, _, _, is_array = ENDPOINTS[ep]
        body = info.body
        if is_array:
            if not isinstance(body, list) or not body:
                return self._bad_body(["the body must be a non-empty array of widgets"])
            if len(body) > BATCH_MAX:
                return self._bad_body([f"at most {BATCH_MAX} widgets per request, got {len(body)}"])
        elif not isinstance(body, dict):
            return self._bad_body(["the body must be an object"])
        if self.validate and (errs := mural_body_errors(slug, body)):
            return self._bad_body(errs)
        bodies = body if is_array else [body]
        if errs := self._parent_errors(mid, bodies):
            return self._bad_body(errs)
        made = [self._new_widget(mid, ep, b) for b in bodies]  # all checked first: all or nothing
        if "reorder_answers" in self.quirks:
            made = made[::-1]
        return Reply(201, {"value": made if is_array else made[0]})

    def patch(self, info: RequestInfo, mid: str, ep: str, wid: str) -> Reply:
        if missing := self._mural(mid):
            return missing
        body = info.body
        if not isinstance(body, dict):
            return self._bad_body(["the body must be an object"])
        if self.validate and (errs := mural_body_errors(ENDPOINTS[ep][1], body)):
            return self._bad_body(errs)
        w = self.widgets[mid].get(wid)
        if w is None or w["type"] != ENDPOINTS[ep][2]:
            return self.error(404, "WIDGET_NOT_FOUND", "The widget was not found.")
        for k, v in body.items():
            if k == "style":
                w.setdefault("style", {}).update(v)
            else:
                w[k] = v
        if "text" in body:
            w["htmlText"] = _html(body["text"])
            w["text"] = self._text(body["text"])
        w["updatedOn"] = self._ms()
        return Reply(200, {"value": w})

    def delete_widget(self, info: RequestInfo, mid: str, wid: str) -> Reply:
        if missing := self._mural(mid):
            return missing
        if wid not in self.widgets[mid]:
            return self.error(404, "WIDGET_NOT_FOUND", "The widget was not found.")
        self.delete(mid, wid)
        return Reply(204)

    def _timer(self, mid: str) -> dict[str, Any]:
        return self.timers.setdefault(mid, {"duration": 0, "initialTimestamp": self._ms(), "now": self._ms(),
                                            "pausedTimestamp": None, "soundEnabled": False})  # fmt: skip

    def get_timer(self, info: RequestInfo, mid: str) -> Reply:
        if missing := self._mural(mid):
            return missing
        return Reply(200, {"value": {**self._timer(mid), "now": self._ms()}})

    def _timer_change(self, info: RequestInfo, mid: str, slug: str) -> Reply | None:
        """What is wrong with a timer request (None: nothing)."""
        if missing := self._mural(mid):
            return missing
        if not isinstance(info.body, dict):
            return self._bad_body(["the body must be an object"])
        if self.validate and (errs := mural_body_errors(slug, info.body)):
            return self._bad_body(errs)
        return None

    def start_timer(self, info: RequestInfo, mid: str) -> Reply:
        if wrong := self._timer_change(info, mid, "startmuraltimer"):
            return wrong
        t = self._timer(mid)
        t.update(duration=info.body["duration"], soundEnabled=info.body["soundEnabled"], initialTimestamp=self._ms(),
                 pausedTimestamp=None)  # fmt: skip
        return Reply(200, {"value": {**t, "now": self._ms()}})

    def update_timer(self, info: RequestInfo, mid: str) -> Reply:
        if wrong := self._timer_change(info, mid, "updatemuraltimer"):
            return wrong
        t = self._timer(mid)
        if "paused" in info.body:
            t["pausedTimestamp"] = self._ms() if info.body["paused"] else None
        if "delta" in info.body:
            t["duration"] += info.body["delta"]
        if "soundEnabled" in info.body:
            t["soundEnabled"] = info.body["soundEnabled"]
        return Reply(201, {"value": {**t, "now": self._ms()}})

    def end_timer(self, info: RequestInfo, mid: str) -> Reply:
        if missing := self._mural(mid):
            return missing
        self.timers.pop(mid, None)
        return Reply(204)

    # -- participants (the web editor, not the API) ------------------------------------------

    def area_at(self, mid: str, p: Point, *, exclude: str | None = None) -> str | None:
        """The innermost area containing ``p``: where Mural's editor drops a widget."""
        best: tuple[float, str] | None = None
        for wid, w in self.widgets[mid].items():
            if w["type"] != "area" or wid == exclude:
                continue
            r = self.abs_rect(mid, wid)
            if r.contains(p) and (best is None or r.w * r.h < best[0]):
                best = (r.w * r.h, wid)
        return best[1] if best else None

    def _place(self, mid: str, w: dict[str, Any], centre: Point) -> None:
        pid = self.area_at(mid, centre, exclude=w["id"])
        x, y = centre.x - w["width"] / 2, centre.y - w["height"] / 2
        if pid:
            p = self.abs_rect(mid, pid)
            w["parentId"] = pid
            w["x"], w["y"] = x - p.x, y - p.y
        else:
            w.pop("parentId", None)
            w["x"], w["y"] = x, y

    def add_sticky(self, mid: str, text: str, centre: Point, *, size: float = 138.0) -> str:
        w = self._new_widget(mid, "sticky-note", {"shape": "rectangle", "text": text, "width": size, "height": size,
                                                  "style": {"backgroundColor": "#FCFE7DFF"}})  # fmt: skip
        self._place(mid, w, centre)
        return w["id"]

    def move(self, mid: str, wid: str, centre: Point) -> None:
        self._place(mid, self.widgets[mid][wid], centre)

    def rename(self, mid: str, wid: str, text: str) -> None:
        w = self.widgets[mid][wid]
        if w["type"] == "area":
            w["title"] = text
        else:
            w["text"], w["htmlText"] = text, _html(text)

    def delete(self, mid: str, wid: str) -> None:
        """Delete a widget; an area's children stay where they are on the canvas."""
        for other, w in self.widgets[mid].items():
            if w.get("parentId") == wid:
                r = self.abs_rect(mid, other)
                w["x"], w["y"] = r.x, r.y
                w.pop("parentId")
        del self.widgets[mid][wid]

    def move_frame(self, mid: str, wid: str, dx: float, dy: float) -> None:
        """Drag an area: everything nested in it follows (positions are relative to it)."""
        w = self.widgets[mid][wid]
        w["x"] += dx
        w["y"] += dy

    def play(self, mid: str, ids: Mapping[str, str], ops: Sequence[Any]) -> dict[str, str]:
        """Apply the scripted participant ops (tests/scenario.py); ``ids`` maps plan keys to ids."""
        added: dict[str, str] = {}
        for op in ops:
            if op.kind == "move":
                self.move(mid, ids[op.key], op.to)
            elif op.kind == "rename":
                self.rename(mid, ids[op.key], op.text)
            elif op.kind == "delete":
                self.delete(mid, ids[op.key])
            elif op.kind == "add":
                added[op.new_id] = self.add_sticky(mid, op.text, op.to)
            elif op.kind == "move_frame":
                self.move_frame(mid, ids[op.key], op.dx, op.dy)
            else:
                raise ValueError(f"unknown participant op {op.kind!r}")
        return added


def _types(query: Mapping[str, str]) -> list[str]:
    return sorted(t.strip() for t in query.get("type", "").split(",") if t.strip())


def _html(text: str) -> str:
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in str(text).split("\n"))
