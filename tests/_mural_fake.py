"""Test helpers for the Mural backend: a small hand-built plan, a stateful fake Mural (respx),
and request-body validation against the OpenAPI documents in ``shared/specs``.

Not a test module (the leading underscore keeps pytest from collecting it).
"""

from __future__ import annotations

import json
import re
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx
import pytest

from werkbord.geometry import Point, Rect
from werkbord.plan import BoardPlan, GroupGeometry, Kind, PlanItem, Region, Role

SPECS = Path(__file__).resolve().parents[2] / "shared" / "specs"
MURAL_SPEC = SPECS / "mural-openapi.json"
API = "https://mural.test/api/public/v1"
ACCESS = "acc-SECRET-0123456789abcdef"
REFRESH = "ref-SECRET-0123456789abcdef"


# --- a plan built by hand (the layout function is someone else's) --------------------------


def small_plan(groups: int = 2) -> BoardPlan:
    items: list[PlanItem] = [
        PlanItem("fac", Kind.FRAME, Role.FACILITATOR_FRAME, Rect(0, 0, 800, 600), text="Facilitator"),
        PlanItem(
            "fac.title",
            Kind.TEXT,
            Role.TITLE,
            Rect(20, 20, 600, 60),
            text="Team Noord",
            parent="fac",
            text_size="xl",
        ),
        PlanItem(
            "fac.info", Kind.TEXT, Role.INFO, Rect(20, 100, 600, 80), text="Welkom &\nuitleg", parent="fac"
        ),
    ]
    geoms: list[GroupGeometry] = []
    for g in range(1, groups + 1):
        x0 = 1000.0 * g
        k = f"g{g}"
        cx, cy = x0 + 700, 400
        items += [
            PlanItem(k, Kind.FRAME, Role.GROUP_FRAME, Rect(x0, 0, 900, 800), text=f"Groep {g}", group=g),
            PlanItem(
                f"{k}.s1",
                Kind.FRAME,
                Role.STEP_FRAME,
                Rect(x0 + 20, 60, 440, 700),
                text="Stap 1",
                parent=k,
                group=g,
            ),
            PlanItem(
                f"{k}.s1.r1",
                Kind.RECTANGLE,
                Role.PROMPT_REGION,
                Rect(x0 + 40, 120, 200, 150),
                text="Wie is betrokken?",
                parent=f"{k}.s1",
                group=g,
                color="light_blue",
                meta={"prompt": "betrokken"},
            ),
            PlanItem(
                f"{k}.s2",
                Kind.FRAME,
                Role.STEP_FRAME,
                Rect(x0 + 480, 60, 400, 700),
                text="Stap 2",
                parent=k,
                group=g,
            ),
            PlanItem(
                f"{k}.ring.C",
                Kind.ELLIPSE,
                Role.ZONE_RING,
                Rect(cx - 180, cy - 180, 360, 360),
                parent=f"{k}.s2",
                group=g,
                color="light_green",
                meta={"zone": "C"},
            ),
            PlanItem(
                f"{k}.patient",
                Kind.ELLIPSE,
                Role.PATIENT,
                Rect(cx - 40, cy - 40, 80, 80),
                text="Patiënt",
                parent=f"{k}.s2",
                group=g,
                color="yellow",
            ),
            PlanItem(
                f"{k}.ring.A",
                Kind.ELLIPSE,
                Role.ZONE_RING,
                Rect(cx - 100, cy - 100, 200, 200),
                parent=f"{k}.s2",
                group=g,
                color="cyan",
                meta={"zone": "A"},
            ),
            # A label whose plan parent is a ring: Mural cannot nest in shapes, so it goes to the step area.
            PlanItem(
                f"{k}.ring.A.label",
                Kind.TEXT,
                Role.ZONE_LABEL,
                Rect(cx - 20, cy - 95, 60, 20),
                text="A",
                parent=f"{k}.ring.A",
                group=g,
                text_size="s",
            ),
            PlanItem(
                f"{k}.party.1",
                Kind.STICKY,
                Role.PARTY_STICKY,
                Rect(x0 + 500, 700, 80, 50),
                text="Huisarts",
                parent=f"{k}.s2",
                group=g,
                color="light_pink",
                meta={"party": "huisarts"},
            ),
            # Two identical blank stickies on one spot: resume must not confuse them.
            PlanItem(
                f"{k}.blank.1",
                Kind.STICKY,
                Role.BLANK_PARTY,
                Rect(x0 + 600, 700, 80, 50),
                parent=f"{k}.s2",
                group=g,
                color="gray",
            ),
            PlanItem(
                f"{k}.blank.2",
                Kind.STICKY,
                Role.BLANK_PARTY,
                Rect(x0 + 600, 700, 80, 50),
                parent=f"{k}.s2",
                group=g,
                color="gray",
            ),
            PlanItem(
                f"{k}.timer",
                Kind.TEXT,
                Role.TIMER,
                Rect(x0 + 700, 10, 150, 40),
                text="15:00",
                parent=k,
                group=g,
            ),
        ]
        geoms.append(
            GroupGeometry(
                index=g,
                name=f"Groep {g}",
                frame_key=k,
                frame=Rect(x0, 0, 900, 800),
                step_frames={1: Rect(x0 + 20, 60, 440, 700), 2: Rect(x0 + 480, 60, 400, 700)},
                patient=Point(cx, cy),
                radii={"patient": 40, "A": 100, "B": 140, "C": 180},
                lane=Rect(x0 + 480, 680, 400, 80),
                regions=[Region(f"{k}.s1.r1", 1, Rect(x0 + 40, 120, 200, 150), "Wie is betrokken?")],
                timer_key=f"{k}.timer",
            )
        )
    return BoardPlan(
        title="Team Noord",
        template="terugval",
        template_version="1",
        lang="nl",
        start="14:00",
        participants=6,
        items=items,
        groups=geoms,
        facilitator_key="fac",
    )


# --- spec validation -----------------------------------------------------------------------

ENDPOINT_OP = {
    ("POST", "area"): "createarea",
    ("POST", "shape"): "createshapewidget",
    ("POST", "sticky-note"): "createstickynote",
    ("POST", "textbox"): "createtextbox",
    ("POST", "title"): "createtitle",
    ("PATCH", "area"): "updatearea",
    ("PATCH", "shape"): "updateshapewidget",
    ("PATCH", "sticky-note"): "updatestickynote",
    ("PATCH", "textbox"): "updatetextbox",
    ("PATCH", "title"): "updatetitle",
}


def need_spec() -> dict[str, Any]:
    if not MURAL_SPEC.is_file():
        pytest.skip(
            f"Mural OpenAPI definitions not found at {MURAL_SPEC}: cannot validate bodies against them"
        )
    return _load_spec()


@lru_cache(maxsize=1)
def _load_spec() -> dict[str, Any]:
    return json.loads(MURAL_SPEC.read_text(encoding="utf-8"))


def operation(slug: str) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    """(method, path, operation, document) of one operation in the spec."""
    doc = need_spec()[slug]
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            if isinstance(op, dict) and "responses" in op:
                return method.upper(), path, op, doc
    raise KeyError(slug)


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _properties(doc: dict[str, Any], schema: Any) -> dict[str, Any]:
    """Declared properties of a schema, through ``$ref`` and ``allOf``."""
    schema = _resolve(doc, schema)
    props: dict[str, Any] = {}
    if isinstance(schema, dict):
        props.update(schema.get("properties") or {})
        for sub in schema.get("allOf") or []:
            props.update(_properties(doc, sub))
    return props


def _assert_known(doc: dict[str, Any], schema: Any, value: Any, where: str) -> None:
    # Mural rejects properties it does not know ("Type undefined was expected"), but the
    # schemas do not say additionalProperties: false, so jsonschema alone would not notice.
    schema = _resolve(doc, schema)
    if isinstance(value, list):
        _assert_known(doc, (schema or {}).get("items", {}), value[0] if value else {}, where + "[]")
        for v in value[1:]:
            _assert_known(doc, (schema or {}).get("items", {}), v, where + "[]")
        return
    if isinstance(value, dict):
        props = _properties(doc, schema)
        unknown = set(value) - set(props)
        assert not unknown, f"{where}: properties not in the Mural spec: {sorted(unknown)}"
        for k, v in value.items():
            if isinstance(v, dict | list):
                _assert_known(doc, props[k], v, f"{where}.{k}")


def validate_body(slug: str, body: Any) -> None:
    """Validate a request body against the operation's schema (jsonschema + no unknown keys)."""
    import jsonschema

    _, _, op, doc = operation(slug)
    schema = dict(_resolve(doc, op["requestBody"]["content"]["application/json"]["schema"]))
    schema["components"] = doc["components"]  # so '#/components/...' resolves from this root
    jsonschema.Draft202012Validator(schema).validate(body)
    _assert_known(doc, schema, body, slug)


def validate_response(slug: str, status: int, body: Any) -> None:
    """The fake's answers follow the spec too, so the backend is tested on realistic shapes."""
    import jsonschema

    _, _, op, doc = operation(slug)
    resp = _resolve(doc, op["responses"][str(status)])
    schema = dict(_resolve(doc, resp["content"]["application/json"]["schema"]))
    schema["components"] = doc["components"]
    jsonschema.Draft202012Validator(schema).validate(body)


# --- a stateful fake Mural -----------------------------------------------------------------

_TYPES = {"area": "area", "shape": "shape", "sticky-note": "sticky note", "textbox": "text", "title": "text"}
_FILTER = {"areas": "area", "shapes": "shape", "sticky notes": "sticky note", "texts": "text"}


class FakeMural:
    """Enough of Mural's public API, in memory, to provision, resume and harvest.

    ``fail`` queues behaviours per route key (e.g. ``"POST sticky-note"``): ``"lost"`` does the
    work and answers 500 (the answer is lost), ``"500"`` answers 500 without doing it,
    ``("429", headers)`` answers 429, or an ``httpx.Response`` is returned as is.
    """

    def __init__(self, router, *, page_size: int = 50, mural_id: str = "ws1.1700000000000") -> None:
        self.router = router
        self.page_size = page_size
        self.mural_id = mural_id
        self.murals: dict[str, dict[str, Any]] = {}
        self.widgets: dict[str, dict[str, Any]] = {}
        self.fail: dict[str, list[Any]] = {}
        self.calls: list[tuple[str, str, Any]] = []  # (method, route key, json body)
        self.list_params: list[dict[str, str]] = []
        self._n = 0
        router.route(method="POST", url=f"{API}/murals").mock(side_effect=self._create_mural)
        router.route(method="GET", url__regex=rf"^{re.escape(API)}/rooms/(?P<room>\d+)/murals").mock(
            side_effect=self._room_murals
        )
        router.route(
            method="GET", url__regex=rf"^{re.escape(API)}/murals/(?P<mid>[^/?]+)/widgets(\?.*)?$"
        ).mock(side_effect=self._list)
        router.route(
            method="GET", url__regex=rf"^{re.escape(API)}/murals/(?P<mid>[^/?]+)/widgets/(?P<wid>[^/?]+)$"
        ).mock(side_effect=self._get_widget)
        router.route(
            method="POST", url__regex=rf"^{re.escape(API)}/murals/(?P<mid>[^/]+)/widgets/(?P<ep>[a-z-]+)$"
        ).mock(side_effect=self._create)
        router.route(
            method="PATCH",
            url__regex=rf"^{re.escape(API)}/murals/(?P<mid>[^/]+)/widgets/(?P<ep>[a-z-]+)/(?P<wid>[^/]+)$",
        ).mock(side_effect=self._patch)
        router.route(method="GET", url__regex=rf"^{re.escape(API)}/murals/(?P<mid>[^/?]+)$").mock(
            side_effect=self._get_mural
        )

    # -- failure injection --

    def _injected(self, key: str, work) -> httpx.Response | None:
        queue = self.fail.get(key)
        if not queue:
            return None
        what = queue.pop(0)
        if isinstance(what, httpx.Response):
            return what
        if what == "lost":
            work()
            return httpx.Response(500, json={"code": "INTERNAL_SERVER_ERROR", "message": "boom"})
        if what == "500":
            return httpx.Response(500, json={"code": "INTERNAL_SERVER_ERROR", "message": "boom"})
        if isinstance(what, tuple) and what[0] == "429":
            return httpx.Response(
                429, headers=what[1], json={"code": "TOO_MANY_REQUESTS", "message": "slow down"}
            )
        raise AssertionError(f"unknown failure {what!r}")

    # -- handlers --

    def _create_mural(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.calls.append(("POST", "murals", body))

        def work():
            mid = self.mural_id
            ws, num = mid.split(".")
            self.murals[mid] = {
                "id": mid,
                "title": body.get("title", ""),
                "roomId": body["roomId"],
                "workspaceId": ws,
                "width": body.get("width", 9216),
                "height": body.get("height", 6237),
                "createdOn": int(time.time() * 1000),
                "updatedOn": int(time.time() * 1000),
                "status": "active",
                "backgroundColor": "#FAFAFAFF",
                "_canvasLink": f"https://app.mural.test/t/{ws}/m/{ws}/{num}/abc123",
                "visitorsSettings": {
                    "visitors": "none",
                    "workspaceMembers": "read",
                    "link": f"https://app.mural.test/t/{ws}/m/{ws}/{num}/visitor",
                },
            }
            return self.murals[mid]

        injected = self._injected("POST murals", work)
        if injected is not None:
            return injected
        return httpx.Response(201, json={"value": work()})

    def _room_murals(self, request: httpx.Request, room: str) -> httpx.Response:
        value = [m for m in self.murals.values() if str(m["roomId"]) == room]
        return httpx.Response(200, json={"value": value})

    def _get_mural(self, request: httpx.Request, mid: str) -> httpx.Response:
        injected = self._injected("GET mural", lambda: None)
        if injected is not None:
            return injected
        if mid not in self.murals:
            return httpx.Response(
                404, json={"code": "MURAL_NOT_FOUND", "message": "The mural was not found."}
            )
        return httpx.Response(200, json={"value": self.murals[mid]})

    def _new_widget(self, ep: str, body: dict[str, Any]) -> dict[str, Any]:
        self._n += 1
        wid = f"0-{1700000000000 + self._n}"
        w = {
            "id": wid,
            "type": _TYPES[ep],
            "x": body.get("x", 0),
            "y": body.get("y", 0),
            "width": body.get("width", 138),
            "height": body.get("height", 138),
            "createdOn": 1700000000000,
            "createdBy": {"id": "a29e693f-8864-49e8-a4e4-2af582c2e1e2", "alias": "Racoon"},
            "rotation": 0,
            "stackingOrder": self._n,
            "hidden": False,
            "hideEditor": False,
            "hideOwner": False,
            "locked": False,
            "lockedByFacilitator": False,
            "title": body.get("title", ""),
            "style": body.get("style", {}),
        }
        if body.get("parentId"):
            w["parentId"] = body["parentId"]
        if ep == "area":
            w.update(layout="free", showTitle=body.get("showTitle", True))
        elif ep in ("sticky-note", "shape"):
            w.update(shape=body.get("shape", "rectangle"), text=body.get("text", ""))
        else:
            w.update(text=body.get("text", ""), fixedWidth=False)
        self.widgets[wid] = w
        return w

    def _create(self, request: httpx.Request, mid: str, ep: str) -> httpx.Response:
        body = json.loads(request.content)
        self.calls.append(("POST", ep, body))
        if mid not in self.murals:
            return httpx.Response(
                404, json={"code": "MURAL_NOT_FOUND", "message": "The mural was not found."}
            )
        if ep == "area":
            made: list[Any] = []
            injected = self._injected(f"POST {ep}", lambda: made.append(self._new_widget(ep, body)))
            if injected is not None:
                return injected
            return httpx.Response(201, json={"value": self._new_widget(ep, body)})
        made = []
        injected = self._injected(f"POST {ep}", lambda: made.extend(self._new_widget(ep, b) for b in body))
        if injected is not None:
            return injected
        return httpx.Response(201, json={"value": [self._new_widget(ep, b) for b in body]})

    def _list(self, request: httpx.Request, mid: str) -> httpx.Response:
        params = dict(request.url.params)
        self.list_params.append(params)
        injected = self._injected("GET widgets", lambda: None)
        if injected is not None:
            return injected
        if mid not in self.murals:
            return httpx.Response(
                404, json={"code": "MURAL_NOT_FOUND", "message": "The mural was not found."}
            )
        types = {_FILTER[t] for t in params["type"].split(",")} if params.get("type") else None
        ws = [w for w in self.widgets.values() if types is None or w["type"] in types]
        start = int(params.get("next") or 0)
        size = min(self.page_size, int(params.get("limit") or 100))
        page = ws[start : start + size]
        out: dict[str, Any] = {"value": page}
        if start + size < len(ws):
            out["next"] = str(start + size)
        return httpx.Response(200, json=out)

    def _get_widget(self, request: httpx.Request, mid: str, wid: str) -> httpx.Response:
        if wid not in self.widgets:
            return httpx.Response(404, json={"code": "WIDGET_NOT_FOUND", "message": "not found"})
        return httpx.Response(200, json={"value": self.widgets[wid]})

    def _patch(self, request: httpx.Request, mid: str, ep: str, wid: str) -> httpx.Response:
        body = json.loads(request.content)
        self.calls.append(("PATCH", ep, body))
        w = self.widgets.get(wid)
        if w is None:
            return httpx.Response(404, json={"code": "WIDGET_NOT_FOUND", "message": "not found"})
        for k, v in body.items():
            if k == "style":
                w.setdefault("style", {}).update(v)
            else:
                w[k] = v
        return httpx.Response(200, json={"value": w})


def signed_in(
    monkeypatch, tmp_path, *, expires_in: float = 3600, access: str = ACCESS, refresh: str = REFRESH
):
    """Credentials in a 0600 file under tmp_path, as `werkbord auth mural` would leave them."""
    from werkbord.credentials import CredentialStore

    monkeypatch.setenv("WERKBORD_CREDENTIALS", "file")
    monkeypatch.setenv("WERKBORD_CONFIG_DIR", str(tmp_path / "config"))
    store = CredentialStore()
    store.save(
        "mural",
        {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_at": time.time() + expires_in,
            "scope": "murals:read murals:write",
            "user": {"id": "u1", "name": "Ada Lovelace", "email": "ada@example.org"},
            "obtained_at": time.time(),
        },
    )
    return store


def settings(**kw):
    from werkbord.settings import Settings

    base = dict(
        mural_client_id="client-123",
        mural_client_secret="client-SECRET-xyz987654",
        mural_api_url=API,
        mural_room_id=None,
        _env_file=None,
    )
    base.update(kw)
    return Settings(**base)


class Sleeps:
    """An injectable sleep that records and never really sleeps."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
