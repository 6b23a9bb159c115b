"""``werkbord check miro|mural``: the assumptions werkbord's Miro and Mural code relies on,
verified against the real service with the user's own credentials.

Neither vendor's documentation settles everything the backends depend on (the order of a bulk
answer, what text comes back as, which frame of reference a child's coordinates use, the
form of a link that opens a board at one item, rate-limit headers, token renewal). The check
makes a small throwaway board, looks, deletes the board, and gives one :class:`Finding` per
assumption. werkbord copes with some differences (answers paired by content, text read back
through :func:`~werkbord.items.platform_text`); a finding says when it does.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from ..errors import BoardError
from ..http.sync import run_sync
from ..http.tokens import TokenProvider
from ..i18n import _
from ..items import match_text, platform_text

CHECK_TEXT = "werkbord check\nregel 2 & 'drie'"  # two lines, an ampersand, quotes
RATE_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


@dataclass(frozen=True, slots=True)
class Finding:
    name: str
    status: str  # "ok", "differs" or "skipped"
    seen: str

    def line(self) -> str:
        status = {"ok": _("ok"), "differs": _("differs"), "skipped": _("skipped")}.get(self.status, self.status)
        return f"{status:<8} {self.name}: {self.seen}"


def check_miro(backend: Any) -> list[Finding]:
    """The self-check on an opened Miro backend (``werkbord check miro``)."""
    return run_sync(_check_miro(backend))


def check_mural(backend: Any) -> list[Finding]:
    """The self-check on an opened Mural backend (``werkbord check mural``)."""
    return run_sync(_check_mural(backend))


def _short(v: Any, n: int = 90) -> str:
    s = repr(v)
    return s if len(s) <= n else s[: n - 1] + "…"


def _text_finding(sent: str, got: Any, name: str | None = None) -> Finding:
    name = name or _("text round trip")
    if not isinstance(got, str):
        return Finding(name, "differs", _("no text came back (got {got})").format(got=_short(got)))
    if got == sent:
        return Finding(name, "ok", _("came back exactly as sent"))
    if platform_text(got) == platform_text(sent) or match_text(got) == match_text(sent):
        return Finding(
            name,
            "ok",
            _("came back as other markup ({got}); werkbord reads it as the same text").format(got=_short(got)),
        )
    return Finding(name, "differs", _("sent {sent}, got {got}").format(sent=_short(sent), got=_short(got)))


def _order_finding(name: str, request_order: list[str], answer_order: list[str]) -> Finding:
    if request_order == answer_order:
        return Finding(name, "ok", _("items in request order (werkbord pairs them by content either way)"))
    return Finding(name, "differs", _("items in another order than requested; werkbord pairs them by content"))


def _rate_finding(headers: Any) -> Finding:
    name = _("rate-limit headers")
    if headers is None:
        return Finding(name, "differs", _("no answer to look at"))
    missing = [h for h in RATE_HEADERS if headers.get(h) is None]
    if missing:
        return Finding(
            name,
            "differs",
            _("missing {headers}: werkbord paces by 429 answers alone").format(headers=", ".join(missing)),
        )
    values = {h: headers.get(h) for h in RATE_HEADERS}
    bad = [h for h, v in values.items() if not str(v).strip().lstrip("-").replace(".", "", 1).isdigit()]
    if bad:
        return Finding(
            name, "differs", _("not numbers: {values}").format(values=", ".join(f"{h}={values[h]!r}" for h in bad))
        )
    return Finding(name, "ok", ", ".join(f"{h.split('-')[-1].lower()} {values[h]}" for h in RATE_HEADERS))


async def _refresh_finding(provider: TokenProvider, probe: Callable[[], Awaitable[Any]]) -> Finding:
    name = _("token refresh")
    if not provider.can_refresh:
        return Finding(name, "skipped", _("no refresh token configured"))
    try:
        before = await provider.token()
        await provider.refresh(before)  # as after a 401 for this token: renew now
        after = await provider.token()
        await probe()
    except BoardError as e:
        return Finding(name, "differs", _("renewing failed: {problem}").format(problem=e))
    if after == before:
        return Finding(name, "differs", _("the token did not change after a refresh"))
    return Finding(name, "ok", _("renewed, and the new token works"))


# -- Miro -----------------------------------------------------------------------------------------


async def _check_miro(backend: Any) -> list[Finding]:
    from . import miro_translate as tr
    from .miro import board_link

    out: list[Finding] = []
    provider = backend.token_provider()
    async with backend.client() as http:
        body = tr.board_body(f"werkbord check {time.strftime('%Y-%m-%d %H:%M')} (throwaway)", backend.team_id)
        board = await http.request_json("POST", "/v2/boards", json=body, cost=tr.CREDITS_BOARD)
        bid = str(board["id"])
        path = f"/v2/boards/{quote(bid, safe='=')}"
        try:
            await _miro_look(http, board, path, provider, out)
        except BoardError as e:  # what was found so far still counts; the board still goes
            out.append(Finding(_("check stopped"), "differs", str(e)))
        finally:
            out.append(await _delete(http, path, tr.CREDITS_DELETE, board_link(bid), "board"))
    return out


async def _miro_look(http: Any, board: dict[str, Any], path: str, provider: Any, out: list[Finding]) -> None:
    """On the throwaway board: a frame with three items in it, then one finding per assumption,
    appended to ``out`` as it is made (a refusal half-way keeps what was found)."""
    from . import miro_translate as tr
    from .miro import list_items
    from .rest import pair_answer

    bid = str(board["id"])
    frame = await http.request_json(
        "POST",
        f"{path}/frames",
        json={
            "data": {"title": "werkbord check", "format": "custom", "type": "freeform"},
            "position": {"x": 1400, "y": 1300},
            "geometry": {"width": 800, "height": 600},
        },
        cost=tr.CREDITS_WRITE,
    )
    fid = str(frame["id"])
    content = tr.text_to_html(CHECK_TEXT)
    bodies = _miro_bodies(content, fid)
    answer = await http.request_json("POST", f"{path}/items/bulk", json=bodies, cost=tr.CREDITS_WRITE * len(bodies))
    answered = tr.bulk_answer(answer)
    ids = pair_answer([tr.body_footprint(b) for b in bodies], answered)
    out.append(_order_finding(_("bulk answer order"), ids, [i for i, _ in answered]))

    sticky = await http.request_json("GET", f"{path}/items/{ids[0]}", cost=tr.CREDITS_READ)
    out.append(_text_finding(content, (sticky.get("data") or {}).get("content")))
    out.append(_miro_coordinates_finding(sticky, fid))

    listed = await list_items(http, bid, type_="sticky_note")
    out.append(_miro_listing_finding(any(str(r.get("id")) == ids[0] for r in listed)))
    out.append(_miro_link_finding(board, fid))

    resp = await http.request("GET", path, cost=tr.CREDITS_READ)
    out.append(_rate_finding(resp.headers))
    out.append(await _refresh_finding(provider, lambda: http.request_json("GET", path, cost=tr.CREDITS_READ)))


def _miro_bodies(content: str, fid: str) -> list[dict[str, Any]]:
    """A note, a shape and a text in frame ``fid``: one of each kind werkbord reads back."""
    return [
        {
            "type": "sticky_note",
            "data": {"content": content, "shape": "square"},
            "position": {"x": 150, "y": 150},
            "geometry": {"width": 200},
            "parent": {"id": fid},
        },
        {
            "type": "shape",
            "data": {"content": "", "shape": "circle"},
            "position": {"x": 500, "y": 300},
            "geometry": {"width": 200, "height": 120},
            "parent": {"id": fid},
        },
        {
            "type": "text",
            "data": {"content": "<p>tekst</p>"},
            "position": {"x": 400, "y": 520},
            "geometry": {"width": 300},
            "parent": {"id": fid},
        },
    ]


def _miro_coordinates_finding(sticky: dict[str, Any], fid: str) -> Finding:
    """Whether the note sent at (150, 150) in the frame comes back there, relative to the frame."""
    from . import miro_translate as tr

    pos = sticky.get("position") or {}
    seen = (pos.get("x"), pos.get("y"), pos.get("relativeTo"), tr.parent_id(sticky))
    if (
        seen[3] == fid
        and seen[2] in (None, "parent_top_left")
        and abs(float(seen[0] or 0) - 150) <= tr.POSITION_TOLERANCE
        and abs(float(seen[1] or 0) - 150) <= tr.POSITION_TOLERANCE
    ):
        return Finding(_("child coordinates"), "ok", _("relative to the frame's top-left, as sent"))
    return Finding(
        _("child coordinates"),
        "differs",
        _("sent {sent} in frame {frame}, got {got}").format(
            sent="x=150 y=150",
            frame=fid,
            got=f"x={seen[0]} y={seen[1]} relativeTo={seen[2]} parent={seen[3]}",
        ),
    )


def _miro_listing_finding(found: bool) -> Finding:
    name = _("board listing holds frame children")
    if found:
        return Finding(name, "ok", _("one listing per type finds every note"))
    return Finding(
        name, "differs", _("a frame's note is missing from the board listing: werkbord then lists each frame too")
    )


def _miro_link_finding(board: dict[str, Any], fid: str) -> Finding:
    """Whether the board's own link has the form werkbord builds its links in."""
    from .miro import board_link, item_link

    bid = str(board["id"])
    view = str(board.get("viewLink") or "")
    ours = board_link(bid)
    if urlsplit(view).path.rstrip("/") == urlsplit(ours).path.rstrip("/"):
        return Finding(
            _("link form"),
            "ok",
            _("viewLink {view}; group links look like {link} (open it: it should zoom to the frame)").format(
                view=view, link=item_link(bid, fid)
            ),
        )
    return Finding(
        _("link form"), "differs", _("viewLink {view}, werkbord builds {ours}").format(view=repr(view), ours=ours)
    )


async def _delete(http: Any, path: str, cost: int, link: str, what: str) -> Finding:
    name = _("throwaway board deleted") if what == "board" else _("throwaway mural deleted")
    try:
        await http.request_json("DELETE", path, cost=cost, idempotent=True)
    except BoardError as e:
        return Finding(
            name,
            "differs",
            _("could not delete it ({problem}); delete it by hand: {link}").format(problem=e, link=link),
        )
    return Finding(name, "ok", link)


# -- Mural ----------------------------------------------------------------------------------------


async def _check_mural(backend: Any) -> list[Finding]:
    from . import mural_translate as mt

    out: list[Finding] = []
    room = backend.room()
    provider = backend.token_provider()
    async with backend.client(provider) as http:
        title = f"werkbord check {time.strftime('%Y-%m-%d %H:%M')} (throwaway)"
        mural = mt.unwrap(
            await http.request_json(
                "POST", "/murals", json={"title": title, "roomId": room, "width": 3000, "height": 3000}
            )
        )
        path = f"/murals/{quote(str(mural['id']), safe='')}"
        link = mt.mural_link(mural) or str(mural["id"])
        try:
            await _mural_look(http, mural, path, provider, out)
        except BoardError as e:  # what was found so far still counts; the mural still goes
            out.append(Finding(_("check stopped"), "differs", str(e)))
        finally:
            out.append(await _delete(http, path, 1, link, "mural"))
    return out


async def _mural_look(http: Any, mural: dict[str, Any], path: str, provider: Any, out: list[Finding]) -> None:
    """On the throwaway mural: an area with two notes in it, then one finding per assumption,
    appended to ``out`` as it is made (a refusal half-way keeps what was found)."""
    from . import mural_translate as mt
    from .rest import pair_answer

    area = mt.unwrap(
        await http.request_json(
            "POST",
            f"{path}/widgets/area",
            json={
                "x": 100,
                "y": 100,
                "width": 800,
                "height": 600,
                "title": "werkbord check",
                "showTitle": True,
                "layout": "free",
            },
        )
    )
    aid = str(area["id"])
    bodies = [
        {"x": 40, "y": 60, "width": 160, "height": 160, "parentId": aid, "shape": "rectangle", "text": CHECK_TEXT},
        {"x": 400, "y": 300, "width": 160, "height": 160, "parentId": aid, "shape": "rectangle", "text": "twee"},
    ]
    answer = await http.request_json("POST", f"{path}/widgets/sticky-note", json=bodies)
    answered = mt.answered(answer)
    ids = pair_answer([mt.body_footprint(mt.STICKY, b) for b in bodies], answered)
    out.append(_order_finding(_("array answer order"), ids, [i for i, _ in answered]))

    note = mt.unwrap(await http.request_json("GET", f"{path}/widgets/{quote(ids[0], safe='')}"))
    out.append(_text_finding(CHECK_TEXT, note.get("text")))
    out.append(_mural_coordinates_finding(note, aid))
    out.append(_mural_link_finding(mural, aid))

    resp = await http.request("GET", path)
    out.append(_rate_finding(resp.headers))
    out.append(await _refresh_finding(provider, lambda: http.request_json("GET", path)))


def _mural_coordinates_finding(note: dict[str, Any], aid: str) -> Finding:
    """Whether the note sent at (40, 60) in the area comes back there, relative to the area."""
    from . import mural_translate as mt

    seen = (note.get("x"), note.get("y"), note.get("parentId"))
    if (
        seen[2] == aid
        and abs(float(seen[0] or 0) - 40) <= mt.POSITION_TOLERANCE
        and abs(float(seen[1] or 0) - 60) <= mt.POSITION_TOLERANCE
    ):
        return Finding(_("child coordinates"), "ok", _("relative to the area's top-left, as sent"))
    return Finding(
        _("child coordinates"),
        "differs",
        _("sent {sent} in area {area}, got {got}").format(
            sent="x=40 y=60", area=aid, got=f"x={seen[0]} y={seen[1]} parentId={seen[2]}"
        ),
    )


def _mural_link_finding(mural: dict[str, Any], aid: str) -> Finding:
    from . import mural_translate as mt

    link = mt.mural_link(mural)
    if not link:
        return Finding(_("link form"), "differs", _("the new mural's answer carries no link"))
    return Finding(
        _("link form"),
        "ok",
        _(
            "mural link {link}; group links are unconfirmed: open {group_link} and see whether it moves to the area"
        ).format(link=link, group_link=mt.widget_link(link, aid)),
    )
