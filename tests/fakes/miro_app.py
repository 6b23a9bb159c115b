"""A fake Miro REST API v2 as an ASGI app, following ``shared/specs/miro-openapi.json``.

What it keeps faithful, because werkbord's correctness depends on it:

* ids are numeric strings; boards have ``uXjV…=`` ids and a ``viewLink``;
* positions are item *centres*; a child's position is relative to its parent frame's top-left
  (``relativeTo: parent_top_left``), a top-level item's is absolute (``canvas_center``);
  frames do not nest (``FrameCreateRequest`` has no parent) and only frames can be parents;
* ``POST /items/bulk`` takes 1..20 items and is transactional: one bad item, nothing created;
* listings are cursor-paginated with ``limit`` 10..50 (default 10); the board listing holds
  every item, children included;
* every request body is validated against the operation's schema (jsonschema, the document's
  own ``$ref`` graph) and answered 400 ``invalidParameters`` with ``context.fields`` as Miro does;
* the rate limit counts credits per minute (100,000; Level 1 read 50, Level 2 create/update 100
  per item — also inside a bulk call —, Level 3 create board 500), reported on every answer in
  ``X-RateLimit-Limit/-Remaining/-Reset`` (reset as epoch seconds), 429 with ``Retry-After``
  when spent;
* bearer tokens are checked (401; 403 ``insufficientPermissions`` when ``scopes_ok`` is
  cleared), unknown boards and items answer 404;
* ``POST /v1/oauth/token`` refreshes an access token (``grant_type``/``refresh_token`` in the
  query, the client credentials as a form) and rotates the refresh token: the old one is dead.
  Known refresh tokens are in ``refresh_tokens`` (token → still valid).

Quirks (``quirks=``), behaviour Miro does not document either way, so werkbord must cope with it
(``werkbord check miro`` looks at what the real service does):

* ``"html_text"`` — text comes back as different HTML than was sent: each paragraph wrapped in a
  ``<div>`` (``<div><p>a</p></div>``), apostrophes as ``&#39;``;
* ``"reorder_answers"`` — a bulk answer lists the created items in reverse request order;
* ``"no_trailing_slash"`` is the default already: ``viewLink`` as in the spec's example
  (``https://miro.com/app/board/uXjVOD6LSME=``, no ``/`` at the end).

``validator.validated`` lists every schema a body was checked against, so tests can see it ran.
``children_in_board_listing=False`` plays a board listing without frame children (werkbord must
then list each frame's children).

Participants are played with helper methods (``add_sticky``, ``move``, ``rename``, ``delete``,
``move_frame``, ``play``) that change the state directly, as Miro's web editor would, without
counting as API requests.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from werkbord.geometry import Point, Rect

from .common import FakeApp, Reply, RequestInfo, Route, Window, bearer
from .specs import MiroSchemas, require_miro_spec

TOKEN = "miro-fake-token-0001"
CLIENT_ID, CLIENT_SECRET = "cid-1", "csecret-123456"
TOKEN_PATH = "/v1/oauth/token"

# Levels per the spec's "Rate limiting" notes: 1 = 50 (get a board or an item), 2 = 100 (list
# items, create or update per item), 3 = 500 (create or delete a board, delete an item).
CREDITS_READ, CREDITS_LIST, CREDITS_WRITE, CREDITS_BOARD, CREDITS_DELETE = 50, 100, 100, 500, 500
QUIRKS = frozenset({"html_text", "reorder_answers"})
CREDIT_LIMIT = 100_000
BULK_MAX = 20
PAGE_MIN, PAGE_MAX, PAGE_DEFAULT = 10, 50, 10

# Per-type create/update schemas (see MiroSchemas.BULK_SCHEMAS for why per type).
CREATE_SCHEMA = MiroSchemas.BULK_SCHEMAS
UPDATE_SCHEMA = {
    "sticky_notes": "StickyNoteUpdateRequest",
    "shapes": "ShapeUpdateRequest",
    "texts": "TextUpdateRequest",
    "frames": "FrameUpdateRequest",
}
ENDPOINT_TYPE = {"sticky_notes": "sticky_note", "shapes": "shape", "texts": "text", "frames": "frame"}


def spec_available() -> bool:
    return MiroSchemas.available()


_AUTO = object()  # participants' helpers: the frame is found from where the item lands


class MiroApp(FakeApp):
    """The fake Miro. ``window_scale`` shrinks the one-minute credit window (benchmarks' --quick)."""

    vendor = "Miro"

    def __init__(
        self,
        *,
        tokens: Sequence[str] = (TOKEN,),
        credit_limit: int = CREDIT_LIMIT,
        window_seconds: float = 60.0,
        retry_after_header: bool = True,
        strict_bounds: bool = True,
        children_in_board_listing: bool = True,
        client: tuple[str, str] = (CLIENT_ID, CLIENT_SECRET),
        quirks: Sequence[str] = (),
        windows: str = "opened",
        **kw: Any,
    ) -> None:
        super().__init__(**kw)
        self.quirks = set(quirks)
        unknown = self.quirks - QUIRKS
        if unknown:
            raise ValueError(f"unknown Miro quirks: {sorted(unknown)}")
        self.validator = MiroSchemas()
        if self.validate:
            require_miro_spec()  # never a fake that quietly stops validating
        self.validation_skipped = None if self.validate else "validation switched off"
        self.tokens = set(tokens)
        self.window = Window(credit_limit, window_seconds, windows)  # windows: see fakes.common.Window
        self.retry_after_header = retry_after_header
        self.strict_bounds = strict_bounds
        self.children_in_board_listing = children_in_board_listing
        self.client = client
        self.refresh_tokens: dict[str, bool] = {}  # refresh token → still valid
        self.scopes_ok = True
        self._n_tokens = 0
        self.token_lifetime = 3599  # seconds an access token from a refresh lives (expires_in)
        self.boards: dict[str, dict[str, Any]] = {}
        self.items: dict[str, dict[str, dict[str, Any]]] = {}  # board id → item id → raw item
        self.credits_spent = 0
        self.rate_limited = 0
        self._n_items = 0
        self._n_boards = 0
        b = r"/v2/boards/(?P<bid>[^/]+)"
        self.route("POST", TOKEN_PATH, self.token)
        self.route("POST", "/v2/boards", self.create_board)
        self.route("GET", "/v2/boards", self.list_boards)
        self.route("GET", b, self.get_board)
        self.route("DELETE", b, self.delete_board)
        self.route("POST", b + "/frames", self.create_frame)
        self.route("POST", b + "/items/bulk", self.create_bulk)
        self.route("POST", b + "/(?P<ep>sticky_notes|shapes|texts)", self.create_one)
        self.route("GET", b + "/items", self.list_items)
        self.route("GET", b + "/items/(?P<iid>[^/]+)", self.get_item)
        self.route("GET", b + "/(?P<ep>sticky_notes|shapes|texts|frames)/(?P<iid>[^/]+)", self.get_typed)
        self.route("PATCH", b + "/items/(?P<iid>[^/]+)", self.patch_position)
        self.route("PATCH", b + "/(?P<ep>sticky_notes|shapes|texts|frames)/(?P<iid>[^/]+)", self.patch_item)
        self.route("DELETE", b + "/items/(?P<iid>[^/]+)", self.delete_item)
        self.route("DELETE", b + "/(?P<ep>sticky_notes|shapes|texts|frames)/(?P<iid>[^/]+)", self.delete_typed)

    # -- vendor rules -------------------------------------------------------------------------

    def error(self, status: int, code: str, message: str, **extra: Any) -> Reply:
        return Reply(status, {"type": "error", "status": status, "code": code, "message": message, **extra})

    def authorize(self, info: RequestInfo, headers: Mapping[str, str]) -> Reply | None:
        if info.path == TOKEN_PATH:
            return None  # the client authenticates with its credentials there
        if bearer(headers) not in self.tokens:
            return self.error(401, "tokenNotProvided", "Authorization failed")
        if not self.scopes_ok:
            return self.error(403, "insufficientPermissions", "Insufficient scopes")
        return None

    def cost(self, info: RequestInfo, route: Route) -> int:
        if route.name == "list_items":
            return CREDITS_LIST
        if info.method == "GET":
            return CREDITS_READ
        if route.name in ("create_board", "delete_board") or info.method == "DELETE":
            return CREDITS_BOARD if route.name == "create_board" else CREDITS_DELETE
        if route.name == "create_bulk" and isinstance(info.body, list):
            return CREDITS_WRITE * max(1, len(info.body))
        return CREDITS_WRITE

    def charge(self, info: RequestInfo, route: Route, headers: Mapping[str, str]) -> Reply | None:
        if route.name == "token":
            return None
        cost = self.cost(info, route)
        now = self.clock()
        if not self.window.fits(cost, now):
            self.rate_limited += 1
            reply = self.error(429, "tooManyRequests", "Request rate limit exceeded")
            if self.retry_after_header:
                reply.headers["Retry-After"] = str(max(1, math.ceil(self.window.retry_after(now))))
            return reply
        self.window.spend(cost)
        self.credits_spent += cost
        return None

    def decorate(self, reply: Reply, info: RequestInfo, headers: Mapping[str, str]) -> None:
        if info.path == TOKEN_PATH:
            return
        now = self.clock()
        reply.headers.setdefault("X-RateLimit-Limit", str(self.window.limit))
        reply.headers.setdefault("X-RateLimit-Remaining", str(self.window.remaining))
        reply.headers.setdefault("X-RateLimit-Reset", self.window.reset_header(now))

    def _invalid(self, fields: list[dict[str, str]], message: str = "Invalid parameters") -> Reply:
        return self.error(400, "invalidParameters", message, context={"fields": fields[:10]})

    # -- state helpers ------------------------------------------------------------------------

    def _now_iso(self) -> str:
        return datetime.fromtimestamp(self.clock(), tz=UTC).isoformat().replace("+00:00", "Z")

    def _item_id(self) -> str:
        self._n_items += 1
        return str(3458764500000000000 + self._n_items)

    def new_board(self, name: str = "Untitled", description: str = "") -> str:
        self._n_boards += 1
        bid = f"uXjVO{self._n_boards:05d}="
        now = self._now_iso()
        self.boards[bid] = {
            "id": bid,
            "type": "board",
            "name": name,
            "description": description,
            "viewLink": f"https://miro.com/app/board/{bid}",  # as the spec's example: no "/" at the end
            "createdAt": now,
            "modifiedAt": now,
        }
        self.items[bid] = {}
        return bid

    def board_items(self, bid: str) -> list[dict[str, Any]]:
        return list(self.items[bid].values())

    def board_sizes(self) -> dict[str, int]:
        return {bid: len(items) for bid, items in self.items.items()}

    def abs_rect(self, bid: str, iid: str) -> Rect:
        """The item's absolute rectangle (top-left + size)."""
        raw = self.items[bid][iid]
        geo = raw["geometry"]
        x, y = raw["position"]["x"], raw["position"]["y"]
        pid = (raw.get("parent") or {}).get("id")
        if pid:
            p = self.abs_rect(bid, pid)
            x, y = x + p.x, y + p.y
        return Rect(x - geo["width"] / 2, y - geo["height"] / 2, geo["width"], geo["height"])

    def _store(self, bid: str, mtype: str, body: Mapping[str, Any]) -> dict[str, Any]:
        iid = self._item_id()
        geo = dict(body.get("geometry") or {})
        data = dict(body.get("data") or {})
        style = dict(body.get("style") or {})
        if mtype == "sticky_note":
            # A sticky note keeps its aspect ratio: Miro derives the other side.
            ratio = 1.0 if data.get("shape", "square") == "square" else 0.6
            if "width" in geo:
                geo = {"width": float(geo["width"]), "height": float(geo["width"]) * ratio}
            elif "height" in geo:
                geo = {"width": float(geo["height"]) / ratio, "height": float(geo["height"])}
            else:
                geo = {"width": 199.0, "height": 199.0 * ratio}
        elif mtype == "text":
            lines = max(1, str(data.get("content", "")).count("<p>"))
            size = float(style.get("fontSize") or 14)
            geo = {"width": float(geo.get("width", 100.0)), "height": round(lines * size * 1.5, 2)}
        else:
            geo = {"width": float(geo.get("width", 100.0)), "height": float(geo.get("height", 100.0))}
        pid = (body.get("parent") or {}).get("id")
        pos = body.get("position") or {}
        now = self._now_iso()
        if "html_text" in self.quirks and isinstance(data.get("content"), str):
            data["content"] = _requoted(data["content"])
        raw: dict[str, Any] = {
            "id": iid,
            "type": mtype,
            "data": data,
            "style": style,
            "position": {
                "x": float(pos.get("x", 0)),
                "y": float(pos.get("y", 0)),
                "origin": "center",
                "relativeTo": "parent_top_left" if pid else "canvas_center",
            },
            "geometry": geo,
            "createdAt": now,
            "modifiedAt": now,
            "createdBy": {"id": "3458764517517819000", "type": "user"},
            "modifiedBy": {"id": "3458764517517819000", "type": "user"},
            "links": {"self": f"https://api.miro.com/v2/boards/{bid}/items/{iid}"},
        }
        if pid:
            raw["parent"] = {"id": str(pid), "links": {"self": f"https://api.miro.com/v2/boards/{bid}/items/{pid}"}}
        self.items[bid][iid] = raw
        return raw

    def _check_item(self, bid: str, mtype: str, body: Any, prefix: str) -> list[dict[str, str]]:
        """Field errors of one item to create (schema, then Miro's own rules)."""
        if not isinstance(body, dict):
            return [{"field": prefix.rstrip(".") or "body", "message": "must be an object"}]
        errors: list[dict[str, str]] = []
        if self.validate:
            fields = {k: v for k, v in body.items() if k != "type"}
            errors += self.validator.errors(CREATE_SCHEMA[mtype], fields, prefix)
            data, style = body.get("data") or {}, body.get("style") or {}
            shapes = (None, *self.validator.enum("ShapeData", "shape"))
            if mtype == "shape" and isinstance(data, dict) and data.get("shape") not in shapes:
                errors.append({"field": f"{prefix}data.shape", "message": f"unknown shape {data.get('shape')!r}"})
            if mtype == "sticky_note" and isinstance(style, dict) and "fillColor" in style:
                if style["fillColor"] not in self.validator.enum("StickyNoteStyle", "fillColor"):
                    errors.append({"field": f"{prefix}style.fillColor", "message": "not a sticky note colour"})
        geo = body.get("geometry") or {}
        if mtype == "sticky_note" and isinstance(geo, dict) and "width" in geo and "height" in geo:
            errors.append({"field": f"{prefix}geometry", "message": "a sticky note takes either width or height"})
        parent = body.get("parent") or {}
        pid = parent.get("id") if isinstance(parent, dict) else None
        if pid is not None:
            target = self.items[bid].get(str(pid))
            if target is None or target["type"] != "frame":
                errors.append({"field": f"{prefix}parent.id", "message": "parent must be an existing frame"})
            elif self.strict_bounds:
                pos = body.get("position") or {}
                fw, fh = target["geometry"]["width"], target["geometry"]["height"]
                x, y = float(pos.get("x", 0)), float(pos.get("y", 0))
                if not (0 <= x <= fw and 0 <= y <= fh):
                    errors.append(
                        {"field": f"{prefix}position", "message": "position is outside of the parent frame"}
                    )
        return errors

    # -- handlers -----------------------------------------------------------------------------

    def token(self, info: RequestInfo) -> Reply:
        form = dict(parse_qsl(info.body)) if isinstance(info.body, str) else {}
        client = (form.get("client_id"), form.get("client_secret"))
        if info.query.get("grant_type") != "refresh_token" or client != self.client:
            return Reply(400, {"status": 400, "message": "invalid client", "type": "error"})
        rt = info.query.get("refresh_token", "")
        if not self.refresh_tokens.get(rt):
            return Reply(400, {"status": 400, "message": "invalid refresh token", "type": "error"})
        self.refresh_tokens[rt] = False  # rotation: the old one is dead now
        self._n_tokens += 1
        access, new_rt = f"tok-fresh-{self._n_tokens:04d}", f"rt-fresh-{self._n_tokens:04d}"
        self.tokens.add(access)
        self.refresh_tokens[new_rt] = True
        return Reply(200, {"access_token": access, "refresh_token": new_rt, "expires_in": self.token_lifetime,
                           "token_type": "bearer", "scope": "boards:read boards:write"})  # fmt: skip

    def create_board(self, info: RequestInfo) -> Reply:
        body = info.body if info.body is not None else {}
        if self.validate and (errs := self.validator.errors("BoardChanges", body)):
            return self._invalid(errs)
        bid = self.new_board(body.get("name", "Untitled"), body.get("description", ""))
        return Reply(201, self.boards[bid])

    def list_boards(self, info: RequestInfo) -> Reply:
        q = info.query
        boards = sorted(self.boards.values(), key=lambda b: b["createdAt"], reverse=True)
        if "query" in q and "team_id" not in q:  # Miro ignores `query` when team_id is given
            boards = [b for b in boards if q["query"] in b["name"] or q["query"] in b["description"]]
        try:
            limit, offset = int(q.get("limit", 20)), int(q.get("offset", 0))
        except ValueError:
            return self._invalid([{"field": "limit", "message": "must be a number"}])
        if not 1 <= limit <= 50:
            return self._invalid([{"field": "limit", "message": "must be between 1 and 50"}])
        page = boards[offset : offset + limit]
        return Reply(
            200,
            {"data": page, "total": len(boards), "size": len(page), "offset": offset, "limit": limit, "type": "list"},
        )

    def _board(self, bid: str) -> Reply | None:
        if bid not in self.boards:
            return self.error(404, "boardNotFound", f"Board {bid} not found")
        return None

    def get_board(self, info: RequestInfo, bid: str) -> Reply:
        return self._board(bid) or Reply(200, self.boards[bid])

    def delete_board(self, info: RequestInfo, bid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        del self.boards[bid]
        del self.items[bid]
        return Reply(204)

    def create_frame(self, info: RequestInfo, bid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        body = info.body
        if not isinstance(body, dict):
            return self._invalid([{"field": "body", "message": "must be an object"}])
        if self.validate and (errs := self.validator.errors("FrameCreateRequest", body)):
            return self._invalid(errs)
        raw = self._store(bid, "frame", body)
        raw["data"].setdefault("format", "custom")
        raw["data"].setdefault("type", "freeform")
        raw.pop("parent", None)
        return Reply(201, raw)

    def create_one(self, info: RequestInfo, bid: str, ep: str) -> Reply:
        if missing := self._board(bid):
            return missing
        mtype = ENDPOINT_TYPE[ep]
        if errs := self._check_item(bid, mtype, info.body, ""):
            return self._invalid(errs)
        return Reply(201, self._store(bid, mtype, info.body))

    def create_bulk(self, info: RequestInfo, bid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        body = info.body
        if not isinstance(body, list) or not 1 <= len(body) <= BULK_MAX:
            n = len(body) if isinstance(body, list) else "no"
            return self._invalid(
                [{"field": "body", "message": f"between 1 and {BULK_MAX} items per call, got {n}"}],
                message="Invalid number of items",
            )
        errors: list[dict[str, str]] = []
        for i, it in enumerate(body):  # transactional: every item is checked before any is created
            mtype = it.get("type") if isinstance(it, dict) else None
            if mtype not in CREATE_SCHEMA:
                errors.append({"field": f"[{i}].type", "message": f"unsupported item type {mtype!r}"})
                continue
            errors += self._check_item(bid, mtype, it, f"[{i}].")
        if errors:
            return self._invalid(errors)
        out = [self._store(bid, it["type"], it) for it in body]
        if "reorder_answers" in self.quirks:
            out.reverse()
        return Reply(201, {"type": "bulk-list", "data": out})

    def list_items(self, info: RequestInfo, bid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        q = info.query
        try:
            limit = int(q.get("limit", PAGE_DEFAULT))
            start = int(q["cursor"], 16) if q.get("cursor") else 0
        except ValueError:
            return self._invalid([{"field": "limit/cursor", "message": "malformed"}])
        if not PAGE_MIN <= limit <= PAGE_MAX:
            return self._invalid([{"field": "limit", "message": f"must be between {PAGE_MIN} and {PAGE_MAX}"}])
        items = self.board_items(bid)
        if "parent_item_id" in q:
            items = [i for i in items if (i.get("parent") or {}).get("id") == q["parent_item_id"]]
        elif not self.children_in_board_listing:
            items = [i for i in items if not i.get("parent")]
        if q.get("type"):
            items = [i for i in items if i["type"] == q["type"]]
        page = items[start : start + limit]
        body: dict[str, Any] = {"data": page, "total": len(items), "size": len(page), "limit": limit, "links": {}}
        if start + limit < len(items):
            body["cursor"] = format(start + limit, "x")  # opaque to the client
        return Reply(200, body)

    def get_item(self, info: RequestInfo, bid: str, iid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        raw = self.items[bid].get(iid)
        return Reply(200, raw) if raw else self.error(404, "itemNotFound", f"Item {iid} not found")

    def get_typed(self, info: RequestInfo, bid: str, ep: str, iid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        raw = self.items[bid].get(iid)
        if raw is None or raw["type"] != ENDPOINT_TYPE[ep]:
            return self.error(404, "itemNotFound", f"Item {iid} not found")
        return Reply(200, raw)

    def patch_item(self, info: RequestInfo, bid: str, ep: str, iid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        body = info.body if isinstance(info.body, dict) else None
        if body is None:
            return self._invalid([{"field": "body", "message": "must be an object"}])
        if self.validate and (errs := self.validator.errors(UPDATE_SCHEMA[ep], body)):
            return self._invalid(errs)
        raw = self.items[bid].get(iid)
        if raw is None or raw["type"] != ENDPOINT_TYPE[ep]:
            return self.error(404, "itemNotFound", f"Item {iid} not found")
        raw["data"].update(body.get("data") or {})
        if "html_text" in self.quirks and isinstance(raw["data"].get("content"), str):
            raw["data"]["content"] = _requoted(raw["data"]["content"])
        raw["style"].update(body.get("style") or {})
        if "position" in body:
            raw["position"].update({k: float(v) for k, v in body["position"].items() if k in ("x", "y")})
        raw["modifiedAt"] = self._now_iso()
        return Reply(200, raw)

    def patch_position(self, info: RequestInfo, bid: str, iid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        body = info.body if isinstance(info.body, dict) else {}
        if self.validate and (errs := self.validator.errors("GenericItemUpdate", body)):
            return self._invalid(errs)
        raw = self.items[bid].get(iid)
        if raw is None:
            return self.error(404, "itemNotFound", f"Item {iid} not found")
        if "parent" in body:
            pid = (body["parent"] or {}).get("id")
            if pid and (pid not in self.items[bid] or self.items[bid][pid]["type"] != "frame"):
                return self._invalid([{"field": "parent.id", "message": "parent must be an existing frame"}])
            if pid:
                raw["parent"] = {"id": pid}
            else:
                raw.pop("parent", None)
        if "position" in body:
            raw["position"].update({k: float(v) for k, v in body["position"].items() if k in ("x", "y")})
        raw["position"]["relativeTo"] = "parent_top_left" if raw.get("parent") else "canvas_center"
        return Reply(200, raw)

    def delete_item(self, info: RequestInfo, bid: str, iid: str) -> Reply:
        if missing := self._board(bid):
            return missing
        if self.items[bid].pop(iid, None) is None:
            return self.error(404, "itemNotFound", f"Item {iid} not found")
        for raw in self.items[bid].values():  # a deleted frame's children stay, on the canvas
            if (raw.get("parent") or {}).get("id") == iid:
                r = self.abs_rect_of(raw, bid)
                raw.pop("parent")
                raw["position"].update(x=r.center.x, y=r.center.y, relativeTo="canvas_center")
        return Reply(204)

    def delete_typed(self, info: RequestInfo, bid: str, ep: str, iid: str) -> Reply:
        raw = self.items.get(bid, {}).get(iid)
        if raw is not None and raw["type"] != ENDPOINT_TYPE[ep]:
            return self.error(404, "itemNotFound", f"Item {iid} not found")
        return self.delete_item(info, bid, iid)

    def abs_rect_of(self, raw: Mapping[str, Any], bid: str) -> Rect:
        return self.abs_rect(bid, raw["id"])

    # -- participants (the web editor, not the API) ------------------------------------------

    def frame_at(self, bid: str, p: Point) -> str | None:
        """The frame a note dropped at ``p`` lands in: the smallest frame containing it (step
        frames lie on top of their group frame)."""
        best: tuple[float, str] | None = None
        for iid, raw in self.items[bid].items():
            if raw["type"] != "frame":
                continue
            r = self.abs_rect(bid, iid)
            if r.contains(p) and (best is None or r.w * r.h < best[0]):
                best = (r.w * r.h, iid)
        return best[1] if best else None

    def _place(self, bid: str, raw: dict[str, Any], centre: Point, parent: Any = _AUTO) -> None:
        if parent is _AUTO:
            pid = self.frame_at(bid, centre) if raw["type"] != "frame" else None
        else:
            pid = parent
        if pid:
            f = self.abs_rect(bid, pid)
            raw["parent"] = {"id": pid}
            raw["position"].update(x=centre.x - f.x, y=centre.y - f.y, relativeTo="parent_top_left")
        else:
            raw.pop("parent", None)
            raw["position"].update(x=centre.x, y=centre.y, relativeTo="canvas_center")

    def add_sticky(
        self, bid: str, text: str, centre: Point, *, width: float = 180.0, color: str = "yellow",
        content: str | None = None, parent: str | None | Any = _AUTO,
    ) -> str:
        """A note a participant adds, centred at ``centre`` (absolute). ``content`` stores that HTML
        as is instead of ``text``; ``parent`` puts it in that frame (None: on the canvas) instead of
        the frame it lands on."""
        data = {"content": content if content is not None else _html(text), "shape": "square"}
        body = {"data": data, "style": {"fillColor": color}, "geometry": {"width": width}}
        raw = self._store(bid, "sticky_note", body)
        self._place(bid, raw, centre, parent)
        return raw["id"]

    def move(self, bid: str, iid: str, centre: Point, *, parent: str | None | Any = _AUTO) -> None:
        """Drag an item so its centre is at ``centre``; it joins the frame it is dropped on (or
        ``parent``: a frame id, None for the canvas)."""
        self._place(bid, self.items[bid][iid], centre, parent)

    def rename(self, bid: str, iid: str, text: str) -> None:
        raw = self.items[bid][iid]
        if raw["type"] == "frame":
            raw["data"]["title"] = text
        else:
            raw["data"]["content"] = _html(text)

    def delete(self, bid: str, iid: str) -> None:
        del self.items[bid][iid]

    def move_frame(self, bid: str, iid: str, dx: float, dy: float, *, selection: bool = True) -> None:
        """Drag a frame. Its children move with it (their positions are relative to it). With
        ``selection`` the facilitator drags everything inside the frame's rectangle along: the
        top-level step frames and loose notes lying on it (Miro frames do not nest)."""
        area = self.abs_rect(bid, iid)
        moving = [iid]
        if selection:
            for other, raw in self.items[bid].items():
                if other != iid and not raw.get("parent") and area.contains(self.abs_rect(bid, other).center):
                    moving.append(other)
        for m in moving:
            self.items[bid][m]["position"]["x"] += dx
            self.items[bid][m]["position"]["y"] += dy

    def play(self, bid: str, ids: Mapping[str, str], ops: Sequence[Any], *, selection: bool = True) -> dict[str, str]:
        """Apply the scripted participant ops (tests/scenario.py); ``ids`` maps plan keys to item
        ids (the manifest). Returns the ids of the notes participants added, by ``op.new_id``."""
        added: dict[str, str] = {}
        for op in ops:
            if op.kind == "move":
                self.move(bid, ids[op.key], op.to)
            elif op.kind == "rename":
                self.rename(bid, ids[op.key], op.text)
            elif op.kind == "delete":
                self.delete(bid, ids[op.key])
            elif op.kind == "add":
                added[op.new_id] = self.add_sticky(bid, op.text, op.to)
            elif op.kind == "move_frame":
                self.move_frame(bid, ids[op.key], op.dx, op.dy, selection=selection)
            else:
                raise ValueError(f"unknown participant op {op.kind!r}")
        return added


def _html(text: str) -> str:
    """What Miro's editor stores for typed text: one escaped paragraph per line."""
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n"))


def _requoted(content: str) -> str:
    """The ``html_text`` quirk: the same text in another HTML shape."""
    wrapped = content.replace("<p>", "<div><p>").replace("</p>", "</p></div>")
    return wrapped.replace("'", "&#39;")
