"""Pure translation between werkbord's plan/BoardItem and Miro REST API v2 bodies.

No I/O here: plain data in, plain data out, so tests can check every body against Miro's
OpenAPI document without a network.

Conventions this module bridges:

* werkbord: absolute canvas coordinates, rectangles by top-left corner and size, y down.
* Miro: ``position`` is the item's *centre*, y down. A top-level item's position is relative to
  the canvas centre (i.e. absolute); a child's position is relative to its parent frame's
  top-left corner (``relativeTo: parent_top_left``).
* Miro frames cannot be nested through the REST API (``FrameCreateRequest`` has no ``parent``),
  so every plan frame (group, facilitator, step frames) becomes a top-level frame at its
  absolute position, and every other item's Miro parent is its *nearest frame ancestor* in the
  plan (a prompt region is a shape, and shapes cannot be parents in Miro).
* Text in Miro is HTML; in werkbord it is plain text with line breaks.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import VendorError
from ..geometry import Rect
from ..i18n import _
from ..items import BoardItem, html_to_text, platform_text
from ..palette import PALETTE
from ..plan import BoardPlan, Kind, PlanItem, Role, nearest_ancestor
from .rest import Footprint, Tolerance, match

# Miro's credit costs (rate-limit weights), per the "Rate limiting" level in each operation of
# Miro's OpenAPI document: Level 1 = 50 (get a board, get one item), Level 2 = 100 (list items
# — "Get items on board" and "Get items within frame" are both Level 2 —, create or update,
# per item also inside a bulk call), Level 3 = 500 (create a board, delete a board or an item).
CREDITS_PER_MINUTE = 100_000  # per user; a request costs credits by its level (below)
CREDITS_READ = 50
CREDITS_LIST = 100
CREDITS_WRITE = 100
CREDITS_BOARD = 500
CREDITS_DELETE = 500
BULK_MAX = 20  # items per bulk call (Miro's limit)
# The item types a harvest lists (one listing each, side by side): those whose text werkbord
# reads (a card or an image carries no note text in ``data.content``) and frames.
LISTED_TYPES = ("sticky_note", "text", "shape", "frame")
PAGE_LIMIT = 50  # items per listing page (Miro's maximum)
BOARD_NAME_MAX = 60

# Named text sizes → Miro font sizes (dp). Shapes accept 10..288, texts >= 1.
FONT_SIZES: dict[str, int] = {"s": 14, "m": 20, "l": 32, "xl": 48}

# A position Miro hands back may be rounded; within this distance it is "the same place".
POSITION_TOLERANCE = 2.0
TOLERANCE = Tolerance(position=POSITION_TOLERANCE)

# Item endpoints by Miro type, for updates.
ENDPOINTS: dict[str, str] = {
    "sticky_note": "sticky_notes",
    "shape": "shapes",
    "text": "texts",
    "frame": "frames",
}
MIRO_TYPE: dict[str, str] = {
    Kind.FRAME: "frame",
    Kind.RECTANGLE: "shape",
    Kind.ELLIPSE: "shape",
    Kind.STICKY: "sticky_note",
    Kind.TEXT: "text",
}
_HEX_TO_NAME = {v.lower(): k for k, v in PALETTE.items()}
_CENTERED_ROLES = frozenset({Role.ZONE_LABEL, Role.TIMER, Role.PATIENT, Role.TITLE})
_TOP_ALIGNED_ROLES = frozenset({Role.PROMPT_REGION, Role.QUESTION_REGION, Role.PARTY_LANE})


# -- plan → Miro ------------------------------------------------------------------------------


def text_to_html(text: str) -> str:
    """Plain text → Miro's HTML content: one paragraph per line, special characters escaped."""
    if not text:
        return ""
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n"))


def font_size(size: str) -> str:
    return str(FONT_SIZES.get(size, FONT_SIZES["m"]))  # Miro's schema types fontSize as a string


def hex_color(color: str | None) -> str | None:
    """A palette name as hex (shapes, frames and texts take hex); hex passes through."""
    if color is None:
        return None
    if color.startswith("#"):
        return color
    return PALETTE.get(color)


def sticky_color(color: str | None) -> str:
    """Sticky notes take one of Miro's named colours, never hex."""
    if color in PALETTE:
        return color
    if color and color.lower() in _HEX_TO_NAME:
        return _HEX_TO_NAME[color.lower()]
    return "light_yellow"


def _is_frame(item: PlanItem) -> bool:
    return item.kind == Kind.FRAME


def frame_ancestor(item: PlanItem, by_key: Mapping[str, PlanItem]) -> PlanItem | None:
    """The nearest plan frame containing ``item`` (its Miro parent); frames themselves get none."""
    return None if item.kind == Kind.FRAME else nearest_ancestor(item, by_key, _is_frame)


def frame_ancestor_of_frame(item: PlanItem, by_key: Mapping[str, PlanItem]) -> PlanItem | None:
    """The nearest plan frame around a frame (a step frame's group frame), for creation order."""
    return nearest_ancestor(item, by_key, _is_frame)


def position(rect: Rect, parent: Rect | None) -> dict[str, float]:
    """Miro position (centre) of ``rect``: absolute, or relative to the parent's top-left."""
    c = rect.center
    if parent is None:
        return {"x": c.x, "y": c.y}
    return {"x": c.x - parent.x, "y": c.y - parent.y}


def frame_body(item: PlanItem) -> dict[str, Any]:
    """Body of ``POST /v2/boards/{id}/frames`` (FrameCreateRequest)."""
    body: dict[str, Any] = {
        "data": {"title": item.text, "format": "custom", "type": "freeform"},
        "position": position(item.rect, None),
        "geometry": {"width": item.rect.w, "height": item.rect.h},
    }
    fill = hex_color(item.color)
    if fill:
        body["style"] = {"fillColor": fill}
    return body


def item_body(item: PlanItem, parent_id: str | None, parent_rect: Rect | None) -> dict[str, Any]:
    """One element of ``POST /v2/boards/{id}/items/bulk`` (ItemCreate of the item's type)."""
    mtype = MIRO_TYPE[item.kind]
    if mtype == "frame":
        raise ValueError("frames are created through the frames endpoint, not in bulk")
    body: dict[str, Any] = {"type": mtype, "position": position(item.rect, parent_rect)}
    content = text_to_html(item.text)
    if item.kind == Kind.STICKY:
        # A sticky note takes a width or a height, never both (its aspect ratio is fixed).
        square = abs(item.rect.w - item.rect.h) <= 0.25 * max(item.rect.w, item.rect.h, 1)
        body["data"] = {"content": content, "shape": "square" if square else "rectangle"}
        body["style"] = {
            "fillColor": sticky_color(item.color),
            "textAlign": "left" if item.role == Role.FORM_STICKY else "center",
            "textAlignVertical": "top",
        }
        body["geometry"] = {"width": item.rect.w}
    elif item.kind in (Kind.RECTANGLE, Kind.ELLIPSE):
        # Miro has no "ellipse": a circle with unequal width and height is drawn as one.
        body["data"] = {"content": content, "shape": "rectangle" if item.kind == Kind.RECTANGLE else "circle"}
        style: dict[str, Any] = {
            "fontSize": font_size(item.text_size),
            "textAlign": "left" if item.role in _TOP_ALIGNED_ROLES else "center",
            "textAlignVertical": "top" if item.role in _TOP_ALIGNED_ROLES else "middle",
        }
        fill = hex_color(item.color)
        if fill:
            style["fillColor"] = fill
            style["fillOpacity"] = "1.0"
        body["style"] = style
        body["geometry"] = {"width": item.rect.w, "height": item.rect.h}
    else:  # TEXT: width only; Miro sizes the height to the content
        body["data"] = {"content": content}
        style = {
            "fontSize": font_size(item.text_size),
            "textAlign": "center" if item.role in _CENTERED_ROLES else "left",
        }
        color = hex_color(item.color)
        if color:
            style["color"] = color
        body["style"] = style
        body["geometry"] = {"width": item.rect.w}
    if parent_id is not None:
        body["parent"] = {"id": parent_id}
    return body


def board_body(title: str, team_id: str | None) -> dict[str, Any]:
    """Body of ``POST /v2/boards`` (BoardChanges): Miro caps names at 60 characters."""
    name = (title.strip() or "werkbord")[:BOARD_NAME_MAX]
    body: dict[str, Any] = {"name": name}
    if team_id:
        body["teamId"] = str(team_id)
    return body


def update_body(miro_type: str, text: str, color: str | None) -> dict[str, Any]:
    """Body of ``PATCH /v2/boards/{id}/{endpoint}/{item_id}`` changing text (and colour)."""
    if miro_type == "frame":
        body: dict[str, Any] = {"data": {"title": text}}
        if color:
            body["style"] = {"fillColor": hex_color(color)}
        return body
    body = {"data": {"content": text_to_html(text)}}
    if color:
        if miro_type == "sticky_note":
            body["style"] = {"fillColor": sticky_color(color)}
        elif miro_type == "shape":
            body["style"] = {"fillColor": hex_color(color), "fillOpacity": "1.0"}
        elif miro_type == "text":
            body["style"] = {"color": hex_color(color)}
    return body


def frame_after(item: PlanItem, by_key: Mapping[str, PlanItem]) -> PlanItem | None:
    """The frame that ``item`` (a frame) must be created after, if any.

    Miro draws a later frame over an earlier one. That shows only when the frame around
    ``item`` is filled: a transparent frame (Miro's default, and every frame of the built-in
    template) hides nothing, so then both can be created at once.
    """
    around = frame_ancestor_of_frame(item, by_key)
    return around if around is not None and hex_color(around.color) else None


@dataclass(frozen=True, slots=True)
class Batch:
    """Up to :data:`BULK_MAX` non-frame plan items for one bulk call, in plan order.

    ``parent_keys`` are the plan frames its items are children of (each must exist before the
    call); ``after`` are the indexes of earlier batches it must follow because one of its items
    lies over one of theirs (Miro stacks later items on top: zone rings under their labels).
    """

    items: tuple[PlanItem, ...]
    parent_keys: tuple[str | None, ...]
    after: tuple[int, ...] = ()


OVERLAP_CELL = 500.0  # canvas units per cell of the grid that finds overlapping items
OVERLAP_MAX_CELLS = 400  # an item larger than this many cells is compared with every item instead


def overlapping_pairs(items: Sequence[PlanItem]) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of items whose rectangles overlap.

    Each rectangle is entered in the grid cells it touches and compared only with what shares
    a cell, so a board of thirty groups costs little more per item than one group.
    """
    cells: dict[tuple[int, int], list[int]] = {}
    pairs: set[tuple[int, int]] = set()
    large: list[int] = []
    for n, it in enumerate(items):
        r = it.rect
        xs = range(math.floor(r.x / OVERLAP_CELL), math.floor(r.right / OVERLAP_CELL) + 1)
        ys = range(math.floor(r.y / OVERLAP_CELL), math.floor(r.bottom / OVERLAP_CELL) + 1)
        if len(xs) * len(ys) > OVERLAP_MAX_CELLS:
            large.append(n)
            continue
        for cx in xs:
            for cy in ys:
                here = cells.setdefault((cx, cy), [])
                pairs.update((m, n) for m in here if items[m].rect.overlaps(r))
                here.append(n)
    for n in large:
        r = items[n].rect
        pairs.update((min(m, n), max(m, n)) for m in range(len(items)) if m != n and items[m].rect.overlaps(r))
    return sorted(pairs)


def plan_batches(items: Iterable[PlanItem], by_key: Mapping[str, PlanItem]) -> list[Batch]:
    """Non-frame items packed into as few bulk calls as Miro allows, with the order that shows.

    Items that overlap (directly or through each other) form a cluster whose relative order is
    visible; a cluster that fits goes whole into one call, where Miro keeps the request order.
    Clusters are placed first-fit in plan order, so a call holds neighbouring items of one or
    two groups whatever frame they belong to (a bulk item names its own parent). A cluster larger
    than one call is split in plan order into calls of its own that follow each other; the rest
    fill the room they leave.
    """
    todo = [it for it in items if it.kind != Kind.FRAME]
    root = list(range(len(todo)))

    def find(n: int) -> int:
        while root[n] != n:
            root[n] = root[root[n]]
            n = root[n]
        return n

    pairs = overlapping_pairs(todo)
    for a, b in pairs:
        root[find(a)] = find(b)
    clusters: dict[int, list[int]] = {}
    for n in range(len(todo)):
        clusters.setdefault(find(n), []).append(n)

    # An oversized cluster's parts each open a bin of their own (no part of another such cluster
    # joins them), so a bin only ever follows earlier bins: no two calls can wait on each other.
    bins: list[list[int]] = []
    # Oversized clusters first: the room their last part leaves is then filled like any other.
    for members in sorted(clusters.values(), key=lambda m: (len(m) <= BULK_MAX, m[0])):
        if len(members) > BULK_MAX:
            for i in range(0, len(members), BULK_MAX):
                bins.append(members[i : i + BULK_MAX])
            continue
        for b in bins:
            if len(b) + len(members) <= BULK_MAX:
                b.extend(members)
                break
        else:
            bins.append(list(members))

    where = {n: k for k, b in enumerate(bins) for n in b}
    after: list[set[int]] = [set() for _ in bins]
    for a, b in pairs:  # a < b: b comes later in the plan, so it is drawn over a
        if where[a] != where[b]:
            after[where[b]].add(where[a])
    out: list[Batch] = []
    for k, members in enumerate(bins):
        chosen = [todo[n] for n in sorted(members)]
        parents = dict.fromkeys(getattr(frame_ancestor(it, by_key), "key", None) for it in chosen)
        out.append(Batch(tuple(chosen), tuple(parents), tuple(sorted(after[k]))))
    return out


@dataclass(frozen=True, slots=True)
class Estimate:
    items: int
    requests: int
    credits: int


def estimate(plan: BoardPlan, *, done: Iterable[str] = (), create_board: bool = True) -> Estimate:
    """What provisioning ``plan`` costs (for --dry-run), skipping keys already ``done``."""
    done = set(done)
    by_key = plan.by_key()
    pending = [i for i in plan.items if i.key not in done]
    frames = [i for i in pending if i.kind == Kind.FRAME]
    batches = plan_batches(pending, by_key)
    requests = len(frames) + len(batches) + (1 if create_board else 0)
    credits = CREDITS_WRITE * len(pending) + (CREDITS_BOARD if create_board else 0)
    return Estimate(items=len(pending), requests=requests, credits=credits)


# -- Miro → werkbord --------------------------------------------------------------------------


def _num(v: Any, default: float = 0.0) -> float:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return default
    return f if math.isfinite(f) else default


def parent_id(raw: Mapping[str, Any]) -> str | None:
    p = raw.get("parent")
    if isinstance(p, Mapping) and p.get("id") is not None:
        return str(p["id"])
    return None


def local_rect(raw: Mapping[str, Any]) -> Rect:
    """The item's rectangle in its own coordinate system (canvas, or parent's top-left)."""
    pos = raw.get("position") or {}
    geo = raw.get("geometry") or {}
    w, h = _num(geo.get("width")), _num(geo.get("height"))
    cx, cy = _num(pos.get("x")), _num(pos.get("y"))
    return Rect(cx - w / 2, cy - h / 2, w, h)


def absolute_rects(raws: Iterable[Mapping[str, Any]]) -> dict[str, Rect]:
    """Absolute top-left rectangles of every item whose chain of parents is known.

    A child's position is relative to its parent's top-left (``relativeTo: parent_top_left``,
    the default for children); a parent may itself have a parent (frames nested in Miro's UI),
    so offsets add up. Items whose parent is missing from ``raws`` are left out.
    """
    by_id = {str(r["id"]): r for r in raws if r.get("id") is not None}
    out: dict[str, Rect] = {}

    def resolve(iid: str, depth: int = 0) -> Rect | None:
        if iid in out:
            return out[iid]
        raw = by_id.get(iid)
        if raw is None or depth > 16:  # unknown parent, or a cycle in hostile data
            return None
        r = local_rect(raw)
        pid = parent_id(raw)
        rel = (raw.get("position") or {}).get("relativeTo")
        if pid is not None and rel != "canvas_center":
            pr = resolve(pid, depth + 1)
            if pr is None:
                return None
            r = r.moved(pr.x, pr.y)
        out[iid] = r
        return r

    for iid in by_id:
        resolve(iid)
    return out


def item_text(raw: Mapping[str, Any]) -> str:
    data = raw.get("data") or {}
    if raw.get("type") == "frame":
        return platform_text(str(data.get("title") or ""))
    return html_to_text(data.get("content"))


def item_color(raw: Mapping[str, Any]) -> str | None:
    """A palette name where the colour is one, else Miro's own value (hex)."""
    fill = (raw.get("style") or {}).get("fillColor")
    if not isinstance(fill, str) or not fill:
        return None
    if fill in PALETTE:
        return fill
    return _HEX_TO_NAME.get(fill.lower(), fill)


def board_item(raw: Mapping[str, Any], rect: Rect, role_hint: str | None = None) -> BoardItem:
    return BoardItem(
        id=str(raw["id"]),
        kind=str(raw.get("type") or "unknown"),
        text=item_text(raw),
        rect=rect,
        color=item_color(raw),
        parent_id=parent_id(raw),
        role_hint=role_hint,
    )


def to_board_items(raws: Sequence[Mapping[str, Any]], role_hints: Mapping[str, str] | None = None) -> list[BoardItem]:
    """Miro items → BoardItems with absolute geometry (items with unknown parents are skipped)."""
    rects = absolute_rects(raws)
    hints = role_hints or {}
    seen: set[str] = set()
    out: list[BoardItem] = []
    for raw in raws:
        iid = str(raw.get("id"))
        if iid in seen or iid not in rects:
            continue
        seen.add(iid)
        out.append(board_item(raw, rects[iid], hints.get(iid)))
    return out


# -- matching (exactly-once): Miro's adapters for werkbord.board.rest -------------------------


def _size(geo: Mapping[str, Any], key: str) -> float | None:
    v = geo.get(key) if isinstance(geo, Mapping) else None
    return _num(v) if v is not None else None


def body_footprint(body: Mapping[str, Any]) -> Footprint:
    """What a frame or bulk-item body asks for, as :class:`~werkbord.board.rest.Footprint`."""
    data = body.get("data") or {}
    pos = body.get("position") or {}
    geo = body.get("geometry") or {}
    want_parent = (body.get("parent") or {}).get("id")
    mtype = str(body.get("type") or "frame")  # the frames endpoint's body has no type
    return Footprint(
        type=mtype,
        parent=str(want_parent) if want_parent is not None else None,
        x=_num(pos.get("x")),
        y=_num(pos.get("y")),
        w=_size(geo, "width"),
        h=_size(geo, "height"),
        text=str(data.get("title") if mtype == "frame" else data.get("content") or ""),
    )


def raw_footprint(raw: Mapping[str, Any]) -> Footprint:
    """What an answered or listed Miro item shows, in the same terms (position as stored:
    relative to the parent frame's top-left for a child, as in the request)."""
    data = raw.get("data") or {}
    pos = raw.get("position") or {}
    geo = raw.get("geometry") or {}
    mtype = str(raw.get("type") or "")
    return Footprint(
        type=mtype,
        parent=parent_id(raw),
        x=_num(pos.get("x")),
        y=_num(pos.get("y")),
        w=_size(geo, "width"),
        h=_size(geo, "height"),
        text=str((data.get("title") if mtype == "frame" else data.get("content")) or ""),
    )


def footprints(raws: Iterable[Mapping[str, Any]]) -> list[tuple[str, Footprint]]:
    """(id, footprint) of every listed item that has an id."""
    return [(str(r["id"]), raw_footprint(r)) for r in raws if isinstance(r, Mapping) and r.get("id") is not None]


def bulk_answer(raw: Any) -> list[tuple[str, Footprint]]:
    """(id, footprint) of each item of a bulk-create answer (``{"data": [...]}``)."""
    data = raw.get("data") if isinstance(raw, Mapping) else None
    if not isinstance(data, list) or not all(isinstance(d, Mapping) and d.get("id") for d in data):
        raise VendorError(_("Miro answered a bulk create without the ids of what it created"))
    return footprints(data)


def match_bodies(
    bodies: Sequence[Mapping[str, Any]], raws: Iterable[Mapping[str, Any]], claimed: set[str]
) -> list[str | None]:
    """For each body, the id of an unclaimed existing item it matches (or None); see
    :func:`werkbord.board.rest.match`. ``claimed`` (ids already in the manifest) is extended
    with what is adopted."""
    ids = match([body_footprint(b) for b in bodies], footprints(raws), taken=claimed, tol=TOLERANCE)
    claimed.update(i for i in ids if i)
    return ids
