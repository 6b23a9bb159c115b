"""A small stateful fake of Miro's REST API v2 for the Miro backend tests (mounted with respx).

It keeps boards and items the way Miro does (positions are centres; a child's position is
relative to its parent frame's top-left), paginates listings with a cursor, charges credits and
answers 429 when the budget is spent, checks bearer tokens, rotates refresh tokens, and
validates every request body against the Miro OpenAPI document when ``../shared/specs`` exists.
Faults can be injected before or *after* a request takes effect (an answer lost on the way back).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import respx

SPECS = Path(__file__).resolve().parents[2] / "shared" / "specs"
MIRO_SPEC = SPECS / "miro-openapi.json"
API = "https://api.miro.test"
T0 = 1_700_000_000.0


class FakeClock:
    """Injectable time: sleeping advances the clock instantly and is recorded."""

    def __init__(self, now: float = T0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)


class SpecValidator:
    """Validates bodies against named schemas of the Miro OpenAPI document (refs resolved inside it)."""

    def __init__(self, path: Path = MIRO_SPEC) -> None:
        import jsonschema
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT7

        self.doc = json.loads(path.read_text(encoding="utf-8"))
        self.schemas = self.doc["components"]["schemas"]
        resource = Resource(contents=self.doc, specification=DRAFT7)
        self._registry = Registry().with_resource("urn:miro", resource)
        self._jsonschema = jsonschema
        self.validated: list[str] = []  # schema names checked, so tests can see validation ran

    def validate(self, name: str, body: Any) -> None:
        self.validated.append(name)
        schema = {"$ref": f"urn:miro#/components/schemas/{name}"}
        v = self._jsonschema.Draft7Validator(schema, registry=self._registry)
        errors = sorted(v.iter_errors(body), key=lambda e: list(e.path))
        if errors:
            raise AssertionError(f"body does not match {name}: {errors[0].message} at {list(errors[0].path)}")

    def enum(self, schema: str, prop: str) -> list[str]:
        return self.schemas[schema]["properties"][prop]["enum"]

    def operation_schema(self, path: str, method: str) -> dict:
        return self.doc["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]

    # The per-type schemas of a bulk item: ItemCreate's oneOf for data/style overlaps (a sticky
    # note's data also matches TextData), so each item is checked against its own type's schema.
    BULK_SCHEMAS = {
        "sticky_note": "StickyNoteCreateRequest",
        "shape": "ShapeCreateRequest",
        "text": "TextCreateRequest",
    }

    def validate_bulk_item(self, item: dict) -> None:
        assert item.get("type") in self.enum_of("ItemTypeChange"), item.get("type")
        rest = {k: v for k, v in item.items() if k != "type"}
        self.validate(self.BULK_SCHEMAS[item["type"]], rest)
        if item["type"] == "shape":
            assert item["data"]["shape"] in self.enum("ShapeData", "shape")
        if item["type"] == "sticky_note":
            geo = item.get("geometry") or {}
            assert not ("width" in geo and "height" in geo), (
                "a sticky note takes a width or a height, not both"
            )
            assert item["style"]["fillColor"] in self.enum("StickyNoteStyle", "fillColor")

    def enum_of(self, name: str) -> list[str]:
        return self.schemas[name]["enum"]


def spec_validator() -> SpecValidator | None:
    return SpecValidator() if MIRO_SPEC.exists() else None


@dataclass
class Fault:
    method: str
    path: str  # regex on the URL path
    status: int | None = None  # answer this status ...
    exc: type[Exception] | None = None  # ... or raise this (a network error)
    after: bool = False  # apply the request first, then fail: the answer is lost
    times: int = 1
    headers: dict[str, str] = field(default_factory=dict)
    skip: int = 0  # let this many matching requests through first


def _err(status: int, code: str, message: str, **extra: Any) -> httpx.Response:
    body = {"type": "error", "status": status, "code": code, "message": message, **extra}
    return httpx.Response(status, json=body)


class FakeMiro:
    def __init__(
        self,
        *,
        clock: FakeClock | None = None,
        tokens: set[str] | None = None,
        credit_limit: int = 100_000,
        validate: bool = True,
        children_in_board_listing: bool = True,
        retry_after: bool = True,
    ) -> None:
        self.clock = clock or FakeClock()
        self.tokens = set(tokens or {"tok-valid-0001"})
        self.refresh_tokens: dict[str, bool] = {}
        self.client = ("cid-1", "csecret-123456")
        self.validator = spec_validator() if validate else None
        self.credit_limit = credit_limit
        self.window_start = self.clock.now
        self.credits_used = 0
        self.retry_after = retry_after
        self.children_in_board_listing = children_in_board_listing
        self.boards: dict[str, dict] = {}
        self.items: dict[str, dict[str, dict]] = {}
        self.faults: list[Fault] = []
        self.log: list[tuple[str, str, dict, Any]] = []
        self.status_log: list[int] = []
        self.scopes_ok = True
        self._n = 0

    # -- helpers for tests ---------------------------------------------------------------

    def _id(self) -> str:
        self._n += 1
        return str(3458764500000000000 + self._n)

    def add_board(self, name: str = "Bestaand", board_id: str = "uXjVExisting=") -> str:
        self.boards[board_id] = self._board(board_id, name)
        self.items[board_id] = {}
        return board_id

    def _board(self, bid: str, name: str) -> dict:
        created = datetime.fromtimestamp(self.clock.now, tz=UTC).isoformat().replace("+00:00", "Z")
        return {
            "id": bid,
            "type": "board",
            "name": name,
            "description": "",
            "viewLink": f"https://miro.com/app/board/{bid}/",
            "createdAt": created,
        }

    def board_items(self, bid: str) -> list[dict]:
        return list(self.items[bid].values())

    def abs_center(self, bid: str, raw: dict) -> tuple[float, float]:
        x, y = raw["position"]["x"], raw["position"]["y"]
        pid = (raw.get("parent") or {}).get("id")
        if pid:
            p = self.items[bid][pid]
            px, py = self.abs_center(bid, p)
            x += px - p["geometry"]["width"] / 2
            y += py - p["geometry"]["height"] / 2
        return x, y

    def participant_sticky(self, bid: str, text: str, cx: float, cy: float, parent: str | None = None) -> str:
        """A note a participant adds: absolute centre given, stored relative when in a frame."""
        iid = self._id()
        x, y = cx, cy
        pos = {"x": x, "y": y, "origin": "center", "relativeTo": "canvas_center"}
        if parent:
            p = self.items[bid][parent]
            px, py = self.abs_center(bid, p)
            pos = {
                "x": cx - (px - p["geometry"]["width"] / 2),
                "y": cy - (py - p["geometry"]["height"] / 2),
                "origin": "center",
                "relativeTo": "parent_top_left",
            }
        raw = {
            "id": iid,
            "type": "sticky_note",
            "data": {"content": text, "shape": "square"},
            "style": {"fillColor": "yellow"},
            "position": pos,
            "geometry": {"width": 199, "height": 228},
        }
        if parent:
            raw["parent"] = {"id": parent}
        self.items[bid][iid] = raw
        return iid

    def move_to(self, bid: str, iid: str, cx: float, cy: float, parent: str | None) -> None:
        raw = self.items[bid][iid]
        raw.pop("parent", None)
        if parent:
            p = self.items[bid][parent]
            px, py = self.abs_center(bid, p)
            raw["position"] = {
                "x": cx - (px - p["geometry"]["width"] / 2),
                "y": cy - (py - p["geometry"]["height"] / 2),
                "origin": "center",
                "relativeTo": "parent_top_left",
            }
            raw["parent"] = {"id": parent}
        else:
            raw["position"] = {"x": cx, "y": cy, "origin": "center", "relativeTo": "canvas_center"}

    # -- respx wiring --------------------------------------------------------------------

    def mount(self, router: respx.MockRouter) -> dict[str, respx.Route]:
        b = r"/v2/boards/(?P<bid>[^/]+)"
        routes = {
            "token": router.post(f"{API}/v1/oauth/token", name="token"),
            "create_board": router.post(f"{API}/v2/boards", name="create_board"),
            "list_boards": router.get(f"{API}/v2/boards", name="list_boards"),
            "get_board": router.get(url__regex=rf"^{API}{b}$", name="get_board"),
            "create_frame": router.post(url__regex=rf"^{API}{b}/frames$", name="create_frame"),
            "bulk": router.post(url__regex=rf"^{API}{b}/items/bulk$", name="bulk"),
            "list_items": router.get(url__regex=rf"^{API}{b}/items(\?.*)?$", name="list_items"),
            "get_item": router.get(url__regex=rf"^{API}{b}/items/(?P<iid>[^/?]+)$", name="get_item"),
            "patch_item": router.patch(
                url__regex=rf"^{API}{b}/(?P<ep>sticky_notes|shapes|texts|frames)/(?P<iid>[^/?]+)$",
                name="patch_item",
            ),
        }
        for name, route in routes.items():
            route.side_effect = self._wrap(getattr(self, f"h_{name}"))
        return routes

    def _wrap(self, handler):
        def side_effect(request: httpx.Request, **kw: Any) -> httpx.Response:
            body = None
            if request.content and request.headers.get("content-type", "").startswith("application/json"):
                body = json.loads(request.content)
            params = dict(request.url.params)
            self.log.append((request.method, request.url.path, params, body))
            fault = self._fault(request)
            if fault and not fault.after:
                return self._fail(fault, request)
            if handler.__name__ != "h_token":
                auth = request.headers.get("authorization", "")
                if auth.removeprefix("Bearer ") not in self.tokens:
                    return self._finish(_err(401, "tokenNotProvided", "Authorization failed"))
                if not self.scopes_ok:
                    return self._finish(_err(403, "insufficientPermissions", "Insufficient scopes"))
                limited = self._charge(request, body)
                if limited is not None:
                    return limited
            resp = handler(request, body, params, **kw)
            if fault and fault.after:
                return self._fail(fault, request)
            return self._finish(resp)

        return side_effect

    def _fault(self, request: httpx.Request) -> Fault | None:
        for f in self.faults:
            if f.times > 0 and f.method == request.method and re.search(f.path, request.url.path):
                if f.skip > 0:
                    f.skip -= 1
                    return None
                f.times -= 1
                return f
        return None

    def _fail(self, fault: Fault, request: httpx.Request) -> httpx.Response:
        if fault.exc is not None:
            if issubclass(fault.exc, httpx.TransportError):
                raise fault.exc("injected", request=request)
            raise fault.exc("injected")  # e.g. KeyboardInterrupt: the run dies right here
        self.status_log.append(fault.status)
        return httpx.Response(
            fault.status,
            json={"type": "error", "status": fault.status, "code": "x", "message": "injected failure"},
            headers=fault.headers,
        )

    def _reset_at(self) -> int:
        return int(self.window_start + 60)

    def _charge(self, request: httpx.Request, body: Any) -> httpx.Response | None:
        if self.clock.now >= self.window_start + 60:
            self.window_start, self.credits_used = self.clock.now, 0
        path = request.url.path
        if request.method == "GET":
            cost = 50
        elif path == "/v2/boards" and request.method == "POST":
            cost = 500
        elif path.endswith("/items/bulk"):
            cost = 100 * len(body or [])
        else:
            cost = 100
        if self.credits_used + cost > self.credit_limit:
            headers = {
                "X-RateLimit-Limit": str(self.credit_limit),
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": str(self._reset_at()),
            }
            if self.retry_after:
                headers["Retry-After"] = str(max(1, math.ceil(self._reset_at() - self.clock.now)))
            self.status_log.append(429)
            return httpx.Response(
                429,
                headers=headers,
                json={
                    "type": "error",
                    "status": 429,
                    "code": "tooManyRequests",
                    "message": "Request rate limit exceed",
                },
            )
        self.credits_used += cost
        return None

    def _finish(self, resp: httpx.Response) -> httpx.Response:
        self.status_log.append(resp.status_code)
        resp.headers["X-RateLimit-Limit"] = str(self.credit_limit)
        resp.headers["X-RateLimit-Remaining"] = str(max(0, self.credit_limit - self.credits_used))
        resp.headers["X-RateLimit-Reset"] = str(self._reset_at())
        return resp

    def _check(self, name: str, body: Any) -> None:
        if self.validator:
            self.validator.validate(name, body)

    # -- handlers ------------------------------------------------------------------------

    def h_token(self, request: httpx.Request, body: Any, params: dict) -> httpx.Response:
        form = dict(httpx.QueryParams(request.content.decode()))
        if (
            params.get("grant_type") != "refresh_token"
            or (form.get("client_id"), form.get("client_secret")) != self.client
        ):
            return httpx.Response(400, json={"status": 400, "message": "invalid client", "type": "error"})
        rt = params.get("refresh_token")
        if not self.refresh_tokens.get(rt):
            return httpx.Response(
                400, json={"status": 400, "message": "invalid refresh token", "type": "error"}
            )
        self.refresh_tokens[rt] = False  # rotation: the old one is dead now
        self._n += 1
        access, new_rt = f"tok-fresh-{self._n:04d}", f"rt-fresh-{self._n:04d}"
        self.tokens.add(access)
        self.refresh_tokens[new_rt] = True
        return httpx.Response(
            200,
            json={
                "access_token": access,
                "refresh_token": new_rt,
                "expires_in": 3599,
                "token_type": "bearer",
                "scope": "boards:read boards:write",
            },
        )

    def h_create_board(self, request, body, params) -> httpx.Response:
        self._check("BoardChanges", body)
        self._n += 1
        bid = f"uXjVB{self._n:05d}="
        self.boards[bid] = self._board(bid, body.get("name", "Untitled"))
        self.items[bid] = {}
        return httpx.Response(201, json=self.boards[bid])

    def h_list_boards(self, request, body, params) -> httpx.Response:
        boards = sorted(self.boards.values(), key=lambda b: b["createdAt"], reverse=True)
        if "query" in params and "team_id" not in params:
            boards = [b for b in boards if params["query"] in b["name"]]
        return httpx.Response(
            200, json={"data": boards[: int(params.get("limit", 20))], "total": len(boards)}
        )

    def h_get_board(self, request, body, params, bid: str) -> httpx.Response:
        if bid not in self.boards:
            return _err(404, "boardNotFound", f"Board {bid} not found")
        return httpx.Response(200, json=self.boards[bid])

    def h_create_frame(self, request, body, params, bid: str) -> httpx.Response:
        if bid not in self.boards:
            return _err(404, "boardNotFound", "Board not found")
        self._check("FrameCreateRequest", body)
        iid = self._id()
        raw = {
            "id": iid,
            "type": "frame",
            "data": {**body["data"]},
            "style": body.get("style", {}),
            "position": {**body["position"], "origin": "center", "relativeTo": "canvas_center"},
            "geometry": dict(body["geometry"]),
        }
        self.items[bid][iid] = raw
        return httpx.Response(201, json=raw)

    def h_bulk(self, request, body, params, bid: str) -> httpx.Response:
        if bid not in self.boards:
            return _err(404, "boardNotFound", "Board not found")
        if not isinstance(body, list) or not 1 <= len(body) <= 20:
            return _err(400, "invalidParameters", "1 to 20 items per call")
        if self.validator:
            for it in body:
                self.validator.validate_bulk_item(it)
        for i, it in enumerate(body):  # transactional: check everything before creating anything
            pid = (it.get("parent") or {}).get("id")
            if pid and (pid not in self.items[bid] or self.items[bid][pid]["type"] != "frame"):
                return _err(
                    400,
                    "invalidParameters",
                    "Invalid parent",
                    context={"fields": [{"field": f"[{i}].parent.id", "message": "parent must be a frame"}]},
                )
        out = []
        for it in body:
            iid = self._id()
            geo = dict(it.get("geometry") or {})
            if it["type"] == "sticky_note":
                w = geo.get("width", 199)
                geo = {"width": w, "height": w * (1.0 if it["data"].get("shape") == "square" else 0.6)}
            if it["type"] == "text":
                geo = {"width": geo.get("width", 100), "height": 40}
            pid = (it.get("parent") or {}).get("id")
            raw = {
                "id": iid,
                "type": it["type"],
                "data": dict(it.get("data") or {}),
                "style": dict(it.get("style") or {}),
                "position": {
                    **it["position"],
                    "origin": "center",
                    "relativeTo": "parent_top_left" if pid else "canvas_center",
                },
                "geometry": geo,
                "links": {"self": f"{API}/v2/boards/{bid}/items/{iid}"},
            }
            if pid:
                raw["parent"] = {"id": pid}
            self.items[bid][iid] = raw
            out.append(raw)
        return httpx.Response(201, json={"type": "bulk-list", "data": out})

    def h_list_items(self, request, body, params, bid: str) -> httpx.Response:
        if bid not in self.boards:
            return _err(404, "boardNotFound", "Board not found")
        limit = int(params.get("limit", 10))
        if not 10 <= limit <= 50:
            return _err(400, "invalidParameters", "limit must be between 10 and 50")
        items = self.board_items(bid)
        if "parent_item_id" in params:
            items = [i for i in items if (i.get("parent") or {}).get("id") == params["parent_item_id"]]
        elif not self.children_in_board_listing:
            items = [i for i in items if not i.get("parent")]
        if "type" in params:
            items = [i for i in items if i["type"] == params["type"]]
        start = int(params.get("cursor", "0").removeprefix("c"))
        page = items[start : start + limit]
        resp: dict[str, Any] = {"data": page, "size": len(page), "limit": limit, "total": len(items)}
        if start + limit < len(items):
            resp["cursor"] = f"c{start + limit}"
        return httpx.Response(200, json=resp)

    def h_get_item(self, request, body, params, bid: str, iid: str) -> httpx.Response:
        if iid not in self.items.get(bid, {}):
            return _err(404, "itemNotFound", "Item not found")
        return httpx.Response(200, json=self.items[bid][iid])

    def h_patch_item(self, request, body, params, bid: str, ep: str, iid: str) -> httpx.Response:
        schema = {
            "sticky_notes": "StickyNoteUpdateRequest",
            "shapes": "ShapeUpdateRequest",
            "texts": "TextUpdateRequest",
            "frames": "FrameUpdateRequest",
        }[ep]
        self._check(schema, body)
        raw = self.items.get(bid, {}).get(iid)
        if raw is None:
            return _err(404, "itemNotFound", "Item not found")
        want = {"sticky_notes": "sticky_note", "shapes": "shape", "texts": "text", "frames": "frame"}[ep]
        if raw["type"] != want:
            return _err(400, "invalidParameters", f"item is a {raw['type']}")
        raw["data"].update(body.get("data") or {})
        raw["style"].update(body.get("style") or {})
        return httpx.Response(200, json=raw)
