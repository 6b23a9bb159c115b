"""Pure translation between werkbord's plan/items and Mural's public REST API (v1).

No I/O here: plan item → request body, API answer → :class:`~werkbord.items.BoardItem`,
absolute ↔ parent-relative coordinates, links, and the wording of Mural's error answers.
:mod:`werkbord.board.mural` does the talking; the tests check these bodies against the
operation schemas in ``shared/specs/mural-openapi.json``.

Mural's conventions (from the OpenAPI documents):

* ``x``/``y`` are the widget's top-left corner, relative to the top-left of its parent *area*
  (``parentId``), or to the mural when it has none. Areas nest, so offsets add up.
* Only areas are containers. Shapes (our patient and rings) are not, so a plan item whose
  parent is an ellipse is attached to the nearest area above it instead.
* Colours are ``#RRGGBBAA`` in upper case (pattern ``^#[0-9A-F]{8}?$``).
* Answers are wrapped as ``{"value": ...}``; batch endpoints take and return arrays.
* The create bodies have no ``locked`` property, so furniture cannot be locked through the API.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import AuthError, BoardError, NotFound, PermissionDenied, ValidationFailed, VendorError
from ..geometry import Rect
from ..i18n import N_, _
from ..items import BoardItem, html_to_text, platform_text
from ..palette import PALETTE
from ..plan import BoardPlan, Kind, PlanItem, Role, nearest_ancestor
from .rest import Footprint, Tolerance, chunks, match

# --- endpoints -----------------------------------------------------------------------------

AREA = "area"
SHAPE = "shape"
STICKY = "sticky-note"
TEXTBOX = "textbox"
TITLE = "title"

# Mural's per-minute budget per app (every request counts one; the per-user 25 a second is paced
# by the HTTP layer within a run).
APP_REQUESTS_PER_MINUTE = 10_000

BATCH_ENDPOINTS = (SHAPE, TEXTBOX, TITLE, STICKY)  # bodies are arrays; creation order = stacking order
MAX_BATCH = 1000  # Mural's documented maximum of widgets per batch call

# The widget ``type`` Mural reports for what each endpoint creates (titles are texts too).
WIDGET_TYPE = {AREA: "area", SHAPE: "shape", STICKY: "sticky note", TEXTBOX: "text", TITLE: "text"}

# Widget types that carry text (areas too: their title, and we need their offsets).
# Sticky notes first: they are the longest listing, and Mural's pacing spaces request starts.
READ_TYPES = ("sticky notes", "areas", "texts", "shapes")
# Mural's LIMIT_INVALID message says the limit "should be less than 100"; 99 is valid under
# either reading of that sentence and costs one request in a hundred.
PAGE_LIMIT = 99

MIN_MURAL_SIDE, MAX_MURAL_SIDE = 3000, 60000
CANVAS_MARGIN = 200.0

# Named text sizes (plan.TEXT_SIZES) on Mural's px font sizes.
TEXTBOX_FONT = {"s": 14, "m": 18, "l": 24, "xl": 36}
TITLE_FONT = {"s": 28, "m": 36, "l": 48, "xl": 64}
AREA_TITLE_FONT = {"s": 18, "m": 24, "l": 36, "xl": 48}
STICKY_FONT = {"s": 14, "m": 18, "l": 23, "xl": 30}

POSITION_TOLERANCE = 1.0  # px: Mural may round coordinates it stores
TOLERANCE = Tolerance(position=POSITION_TOLERANCE)


def endpoint_for(item: PlanItem) -> str:
    """Which create endpoint a plan item goes to.

    Prompt and question regions (RECTANGLE) become areas nested in their step area rather than
    shapes: an area is a container, so a note a participant drops onto the region becomes its
    child and moves with it when the facilitator tidies up, and the area's title shows the
    prompt. Shapes cannot contain anything and would sit *over* the notes' parent instead.
    """
    if item.kind in (Kind.FRAME, Kind.RECTANGLE):
        return AREA
    if item.kind is Kind.ELLIPSE:
        return SHAPE
    if item.kind is Kind.STICKY:
        return STICKY
    if item.kind is Kind.TEXT:
        return TITLE if item.role is Role.TITLE else TEXTBOX
    raise ValueError(f"no Mural widget for plan kind {item.kind!r}")  # pragma: no cover - Kind is closed


# --- colours -------------------------------------------------------------------------------

_HEX6 = re.compile(r"^#?([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$")


def mural_color(color: str | None, alpha: str = "FF") -> str | None:
    """A palette name (or ``#rrggbb``) as Mural's ``#RRGGBBAA``; ``None`` stays ``None``."""
    if not color:
        return None
    hexval = PALETTE.get(color, color)
    m = _HEX6.match(hexval)
    if not m:
        raise ValueError(f"unknown colour {color!r}: not a palette name or #rrggbb")
    return f"#{m.group(1).upper()}{(m.group(2) or alpha).upper()}"


_BY_HEX = {v.lower(): k for k, v in PALETTE.items()}


def palette_name(color: str | None) -> str | None:
    """Mural's ``#RRGGBBAA`` back to a palette name when it is one, else ``#rrggbb``."""
    if not color:
        return None
    m = _HEX6.match(color.strip())
    if not m:
        return None
    rgb = f"#{m.group(1).lower()}"
    return _BY_HEX.get(rgb, rgb)


# --- coordinates ---------------------------------------------------------------------------


def area_ancestor(item: PlanItem, by_key: Mapping[str, PlanItem]) -> PlanItem | None:
    """The nearest ancestor that becomes a Mural area (the widget's ``parentId``), if any.

    Plan parents that are not areas (an ellipse) are skipped: Mural cannot nest in them.
    """
    return nearest_ancestor(item, by_key, lambda parent: endpoint_for(parent) == AREA)


def to_relative(rect: Rect, origin: Rect | None) -> tuple[float, float]:
    """Absolute top-left → Mural's x/y relative to the parent area's top-left."""
    if origin is None:
        return rect.x, rect.y
    return rect.x - origin.x, rect.y - origin.y


def absolute_rects(widgets: Iterable[Mapping[str, Any]]) -> dict[str, Rect]:
    """Absolute rectangles of widgets whose x/y are relative to their parent area.

    Offsets add up through nested areas. A parent that is not in the listing (deleted, or of
    a type we did not ask for) counts as the mural itself; a parent cycle (never seen, but a
    hostile answer must not hang us) is cut where it closes.
    """
    by_id = {str(w["id"]): w for w in widgets if isinstance(w, Mapping) and w.get("id") is not None}
    origin_cache: dict[str, tuple[float, float]] = {}

    def origin_of(wid: str) -> tuple[float, float]:
        """Absolute top-left of widget ``wid`` (iteratively: deep nesting must not recurse)."""
        chain: list[str] = []
        seen: set[str] = set()
        cur: str | None = wid
        while cur is not None and cur in by_id and cur not in origin_cache and cur not in seen:
            seen.add(cur)
            chain.append(cur)
            parent = by_id[cur].get("parentId")
            cur = str(parent) if parent else None
        base = origin_cache.get(cur, (0.0, 0.0)) if cur is not None else (0.0, 0.0)
        for node in reversed(chain):
            w = by_id[node]
            base = (base[0] + _num(w.get("x")), base[1] + _num(w.get("y")))
            origin_cache[node] = base
        return origin_cache.get(wid, base)

    out: dict[str, Rect] = {}
    for wid, w in by_id.items():
        x, y = origin_of(wid)
        out[wid] = Rect(x, y, _num(w.get("width")), _num(w.get("height")))
    return out


def _num(v: Any) -> float:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return 0.0
    return f if math.isfinite(f) else 0.0


# --- request bodies ------------------------------------------------------------------------


def create_mural_body(plan: BoardPlan, room_id: int) -> dict[str, Any]:
    """Body of ``POST /murals``. ``backgroundColor`` is rejected on create, so it is absent."""
    right = max((i.rect.right for i in plan.items), default=0.0)
    bottom = max((i.rect.bottom for i in plan.items), default=0.0)
    return {
        "title": plan.title or plan.template,
        "roomId": int(room_id),
        "width": _side(right),
        "height": _side(bottom),
    }


def _side(extent: float) -> int:
    return int(min(MAX_MURAL_SIDE, max(MIN_MURAL_SIDE, math.ceil(extent + CANVAS_MARGIN))))


def create_body(item: PlanItem, parent: PlanItem | None, parent_id: str | None) -> dict[str, Any]:
    """The create body for one plan item (an array element for the batch endpoints).

    ``parent`` is the item's area ancestor (see :func:`area_ancestor`) and ``parent_id`` its
    Mural id; both ``None`` for a top-level widget.
    """
    endpoint = endpoint_for(item)
    x, y = to_relative(item.rect, parent.rect if parent else None)
    body: dict[str, Any] = {"x": x, "y": y, "width": item.rect.w, "height": item.rect.h}
    if parent_id:
        body["parentId"] = parent_id
    size = item.text_size if item.text_size in TEXTBOX_FONT else "m"
    if endpoint == AREA:
        region = item.kind is Kind.RECTANGLE
        style: dict[str, Any] = {
            # Frames get a faint tint of their colour, regions a stronger one, so notes stay legible.
            "backgroundColor": mural_color(item.color, "33" if not region else "59") or "#FFFFFF33",
            "borderColor": "#B3B3B3FF" if not region else "#8C8C8CFF",
            "borderStyle": "dotted" if region else "solid",
            "borderWidth": 1 if region else 2,
            "titleFontSize": AREA_TITLE_FONT[size],
        }
        body.update(title=item.text, showTitle=bool(item.text), layout="free", style=style)
    elif endpoint == SHAPE:
        body.update(shape="ellipse", text=item.text)
        body["style"] = {
            "backgroundColor": mural_color(item.color) or "#FFFFFF00",
            "borderColor": "#1A1A1AFF",
            "borderWidth": 2,
        }
    elif endpoint == STICKY:
        body.update(shape="rectangle", text=item.text)
        body["style"] = {
            "backgroundColor": mural_color(item.color or "light_yellow"),
            "fontSize": STICKY_FONT[size],
            # A micro-action form is a list of labelled lines: left-aligned reads as a form.
            "textAlign": "left" if item.role is Role.FORM_STICKY else "center",
        }
    elif endpoint == TITLE:
        body["text"] = item.text
        body["style"] = {"fontSize": TITLE_FONT[size], "textAlign": "left"}
    else:  # TEXTBOX
        body["text"] = item.text
        body["style"] = {"fontSize": TEXTBOX_FONT[size], "textAlign": "left"}
        if item.color:
            body["style"]["backgroundColor"] = mural_color(item.color)
    return body


def update_body(endpoint: str, text: str, color: str | None = None) -> dict[str, Any]:
    """Body of ``PATCH /murals/{id}/widgets/{endpoint}/{widgetId}`` changing text (and colour)."""
    body: dict[str, Any] = {"title": text} if endpoint == AREA else {"text": text}
    if color:
        body["style"] = {"backgroundColor": mural_color(color)}
    return body


def batches(seq: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    yield from chunks(seq, max(1, min(int(size), MAX_BATCH)))


def unwrap(body: Any) -> Any:
    """The ``value`` of Mural's ``{"value": ...}`` envelope (tolerating its absence)."""
    if isinstance(body, Mapping) and "value" in body:
        return body["value"]
    return body


# --- matching what is on the board (resume) ------------------------------------------------


def body_footprint(endpoint: str, body: Mapping[str, Any]) -> Footprint:
    """What a create body asks for, as :class:`~werkbord.board.rest.Footprint` (x/y relative
    to the parent area, as Mural reports them back)."""
    return Footprint(
        type=WIDGET_TYPE[endpoint],
        parent=str(body["parentId"]) if body.get("parentId") else None,
        x=_num(body.get("x")),
        y=_num(body.get("y")),
        w=_num(body.get("width")) if body.get("width") is not None else None,
        h=_num(body.get("height")) if body.get("height") is not None else None,
        text=str(body.get("title", "") if endpoint == AREA else body.get("text", "")),
    )


def widget_footprint(w: Mapping[str, Any]) -> Footprint:
    """What an answered or listed widget shows, in the same terms."""
    return Footprint(
        type=str(w.get("type") or ""),
        parent=str(w["parentId"]) if w.get("parentId") else None,
        x=_num(w.get("x")),
        y=_num(w.get("y")),
        w=_num(w.get("width")) if w.get("width") is not None else None,
        h=_num(w.get("height")) if w.get("height") is not None else None,
        text=widget_text(w),
    )


def footprints(widgets: Iterable[Any]) -> list[tuple[str, Footprint]]:
    """(id, footprint) of every widget that has an id."""
    return [(str(w["id"]), widget_footprint(w)) for w in widgets if isinstance(w, Mapping) and w.get("id")]


def answered(answer: Any) -> list[tuple[str, Footprint]]:
    """(id, footprint) of each widget of a create answer (one widget, or an array)."""
    value = unwrap(answer)
    ws = value if isinstance(value, list) else [value]
    if not all(isinstance(w, Mapping) and w.get("id") for w in ws):
        raise VendorError(_("Mural answered a create without the ids of what it created"))
    return footprints(ws)


def widget_text(w: Mapping[str, Any]) -> str:
    """Plain text of a widget: ``text`` (HTML when an answer carries it so), else ``htmlText``
    with tags stripped; an area's title."""
    if w.get("type") == "area":
        return platform_text(str(w.get("title") or ""))
    text = w.get("text")
    if isinstance(text, str) and text.strip():
        return platform_text(text)
    return html_to_text(w.get("htmlText") if isinstance(w.get("htmlText"), str) else None)


def area_levels(items: Sequence[PlanItem], by_key: Mapping[str, PlanItem]) -> list[list[PlanItem]]:
    """The plan's areas by nesting depth: every area's parent area is in an earlier level.

    Areas are created one per call, so a level's areas can be sent concurrently.
    """
    levels: list[list[PlanItem]] = []
    for item in items:
        if endpoint_for(item) != AREA:
            continue
        depth, anc = 0, area_ancestor(item, by_key)
        while anc is not None and depth <= len(by_key):  # bounded: a parent cycle cannot loop
            depth += 1
            anc = area_ancestor(anc, by_key)
        while len(levels) <= depth:
            levels.append([])
        levels[depth].append(item)
    return [lv for lv in levels if lv]


def adopt(
    missing: Sequence[PlanItem],
    by_key: Mapping[str, PlanItem],
    known: Mapping[str, str],
    widgets: Iterable[Mapping[str, Any]],
) -> dict[str, str]:
    """Plan items (not yet in the manifest) that an interrupted run did create: key → widget id.

    ``known`` maps the manifest's keys to widget ids. Areas are matched level by level, so an
    area adopted here anchors its children; an item whose area is not on the board cannot be
    there either and is skipped. Matching is :func:`werkbord.board.rest.match`.
    """
    ids = dict(known)
    pool = footprints(widgets)
    found: dict[str, str] = {}
    keys = {i.key for i in missing}
    areas = area_levels(list(missing), by_key)
    others = [i for i in missing if endpoint_for(i) != AREA]
    for group in [*areas, others]:
        todo: list[PlanItem] = []
        wants: list[Footprint] = []
        for item in group:
            if item.key not in keys:
                continue
            parent = area_ancestor(item, by_key)
            parent_id = ids.get(parent.key) if parent is not None else None
            if parent is not None and parent_id is None:
                continue
            todo.append(item)
            wants.append(body_footprint(endpoint_for(item), create_body(item, parent, parent_id)))
        for item, wid in zip(todo, match(wants, pool, taken=ids.values(), tol=TOLERANCE), strict=True):
            if wid:
                ids[item.key] = found[item.key] = wid
    return found


# --- reading the board ---------------------------------------------------------------------

_KIND = {"sticky note": "sticky", "text": "text", "shape": "shape", "area": "frame"}


def board_items(widgets: Iterable[Mapping[str, Any]]) -> list[BoardItem]:
    """Mural widgets (relative coordinates) → BoardItems (absolute top-left, plain text)."""
    ws = [w for w in widgets if isinstance(w, Mapping) and w.get("id") is not None]
    rects = absolute_rects(ws)
    out: list[BoardItem] = []
    for w in ws:
        if w.get("invisible") is True:  # not shown to anyone on the board: not a participant's note
            continue
        wid = str(w["id"])
        style = w.get("style") if isinstance(w.get("style"), Mapping) else {}
        parent = w.get("parentId")
        out.append(
            BoardItem(
                id=wid,
                kind=_KIND.get(str(w.get("type")), str(w.get("type") or "unknown")),
                text=widget_text(w),
                rect=rects[wid],
                color=palette_name(style.get("backgroundColor")),
                parent_id=str(parent) if parent else None,
            )
        )
    return out


# --- links ---------------------------------------------------------------------------------


def mural_link(mural: Mapping[str, Any]) -> str | None:
    """The link that opens a mural: ``_canvasLink``, else the visitor link, else the sharing link."""
    link = mural.get("_canvasLink")
    if isinstance(link, str) and link:
        return link
    for key in ("visitorsSettings", "sharingSettings"):
        settings = mural.get(key)
        if isinstance(settings, Mapping) and isinstance(settings.get("link"), str) and settings["link"]:
            return settings["link"]
    return None


# Said wherever group links are printed: the form is what Mural's web app appears to use, not
# something Mural's API documentation states.
WIDGET_LINK_NOTE = N_(  # translated where it is shown
    "Group links use Mural's ?wid= parameter, which Mural does not document: if one opens the mural "
    "without moving to the group's area, tell the groups their area's title instead "
    "(`werkbord check mural` prints a link to try)."
)


def widget_link(board_url: str, widget_id: str) -> str:
    """A link that opens the mural centred on one widget: the ``wid`` query parameter.

    Unconfirmed: Mural's web app is seen to add ``?wid=<widget id>`` to the mural's address for
    "link to this area", but Mural's API documentation does not state it (see
    :data:`WIDGET_LINK_NOTE`). Any other query (a visitor ``key``, ``sender``) is kept.
    """
    parts = urlsplit(board_url)
    query = "&".join(p for p in parts.query.split("&") if p and not p.startswith("wid="))
    query = f"{query}&wid={widget_id}" if query else f"wid={widget_id}"
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


# --- errors --------------------------------------------------------------------------------

SIGN_IN_HINT = N_("run `werkbord auth mural` to sign in again")  # translated where it is used


def required_scope(method: str, path: str) -> str:
    """The OAuth scope Mural requires for a request (from the operations' ``security``)."""
    p = urlsplit(path).path
    p = p.split("/api/public/v1", 1)[-1]  # an absolute URL or a path under the base URL
    write = method.upper() not in ("GET", "HEAD")
    if p.startswith("/users/me"):
        return "identity:read"
    if p.startswith("/rooms/") and p.rstrip("/").endswith("/murals") and not write:
        return "murals:read"
    for prefix, scope in (
        ("/murals", "murals"),
        ("/rooms", "rooms"),
        ("/workspaces", "workspaces"),
        ("/templates", "templates"),
    ):
        if p.startswith(prefix):
            return f"{scope}:{'write' if write else 'read'}"
    return "murals:write" if write else "murals:read"


def mural_error(resp: Any, err: BoardError, *, room_id: str | None = None) -> BoardError | None:
    """Mural's error answer in words a facilitator can act on, or ``None`` to keep ``err``.

    ``resp`` is the :class:`httpx.Response`; only its status, request line and JSON body are
    read. Tokens never appear: the message is built from Mural's code and message only.
    """
    try:
        body = resp.json()
    except ValueError:
        return None
    if not isinstance(body, Mapping):
        return None
    method = resp.request.method if resp.request is not None else "GET"
    path = resp.request.url.path if resp.request is not None else ""
    answer = _ErrorAnswer(
        status=resp.status_code,
        code=str(body.get("code") or ""),
        message=str(body.get("message") or "").strip(),
        body=body,
        method=method,
        path=path,
        where=f"{method} {path.split('/api/public/v1', 1)[-1] or path}",
        room_id=room_id,
    )
    refine = _REFINE.get((answer.status, answer.code)) or _REFINE.get((answer.status, None))
    return refine(answer) if refine is not None else None


@dataclass(frozen=True, slots=True)
class _ErrorAnswer:
    """What :func:`mural_error` reads of an error answer."""

    status: int
    code: str
    message: str
    body: Mapping[str, Any]
    method: str
    path: str
    where: str  # "POST /murals/…", for the message
    room_id: str | None


def _bad_body(a: _ErrorAnswer) -> BoardError:
    details = a.body.get("details")
    parts = []
    if isinstance(details, list):
        for d in details[:5]:
            if isinstance(d, Mapping):
                parts.append(str(d.get("message") or d.get("code") or "").strip())
    detail = "; ".join(p for p in parts if p)
    text = _("Mural rejected {request} (400 BODY): {message}").format(
        request=a.where, message=a.message or _("invalid payload")
    )
    return ValidationFailed(
        f"{text}: {detail}" if detail else text,
        hint=_("this is a bug in werkbord's Mural support; please report it with this message"),
        status=a.status,
    )


def _not_signed_in(a: _ErrorAnswer) -> BoardError:
    what = (
        _("your Mural sign-in has expired ({code})")
        if a.code == "TOKEN_EXPIRED"
        else _("Mural did not accept your sign-in ({code})")
    )
    return AuthError(what.format(code=a.code or 401), hint=_(SIGN_IN_HINT), status=a.status)


def _missing_scope(a: _ErrorAnswer) -> BoardError:
    scope = required_scope(a.method, a.path)
    return PermissionDenied(
        _("Mural refused {request}: your sign-in lacks the scope '{scope}' (INVALID_SCOPE)").format(
            request=a.where, scope=scope
        ),
        hint=_(
            "allow '{scope}' for the app in Mural's My apps, include it in MURAL_SCOPES, then run `werkbord auth mural`"
        ).format(scope=scope),
        status=a.status,
    )


def _unsupported_zone(a: _ErrorAnswer) -> BoardError:
    return PermissionDenied(
        _(
            "Mural refuses API access to this workspace: your admin's data-residency settings "
            "do not allow it (UNSUPPORTED_ZONE)"
        ),
        hint=_("ask your Mural admin, or use --backend excalidraw or miro"),
        status=a.status,
    )


def _room_not_found(a: _ErrorAnswer) -> BoardError:
    return NotFound(
        _("Mural room {room} was not found, or you are not a member of it").format(room=a.room_id)
        if a.room_id
        else _("Mural room was not found, or you are not a member of it"),
        hint=_("check --room or MURAL_ROOM_ID (the number in the room's address)"),
        status=a.status,
    )


def _mural_not_found(a: _ErrorAnswer) -> BoardError:
    return NotFound(
        _("the mural was not found: it was deleted, or belongs to another Mural account"),
        hint=_("sign in with the account that made it, or provision a new board with --force"),
        status=a.status,
    )


# (status, Mural's code) → the error to raise; code None: any code with that status.
_REFINE: dict[tuple[int, str | None], Callable[[_ErrorAnswer], BoardError]] = {
    (400, "BODY"): _bad_body,
    (401, None): _not_signed_in,
    (403, "INVALID_SCOPE"): _missing_scope,
    (403, "UNSUPPORTED_ZONE"): _unsupported_zone,
    (404, "ROOM_NOT_FOUND"): _room_not_found,
    (404, "MURAL_NOT_FOUND"): _mural_not_found,
}
