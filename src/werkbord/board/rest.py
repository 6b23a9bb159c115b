"""What every REST whiteboard backend (Miro, Mural) does the same way, above the HTTP layer.

Each vendor module supplies small pure adapters — a request body or an answered item as a
:class:`Footprint` — and its own endpoints; this module holds the one path for:

* **matching what came back** with what was asked for (:func:`match`): by type, parent and
  geometry, with the text only as a tie-breaker, and each item used once. Text is compared
  after :func:`~werkbord.items.match_text` (HTML or plain, whitespace runs as one space):
  vendors may hand back the text we sent as HTML (``<div>``/``<p>`` per line), and an exact
  comparison would then match nothing and create a whole batch again;
* **pairing a bulk answer with its request** (:func:`pair_answer`) by that same content, never
  by list position alone: neither vendor promises an order (see the function);
* **sending a batch exactly once** (:func:`send_batch`): post, and after a lost answer look on
  the board first (the HTTP layer's ``recheck``), adopt what arrived and send only the rest;
* **chunking** a list into calls (:func:`chunks`), **gathering** concurrent calls so finished
  work is recorded before the first error is raised (:func:`gather_or_raise`), **collecting
  listings** run side by side into one list, each item once (:func:`merge_listings`), and
  **text updates** (:func:`update_texts`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..errors import VendorError, WerkbordError
from ..i18n import _
from ..items import match_text
from .base import TextUpdate

T = TypeVar("T")

Raw = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Footprint:
    """What identifies an item on a board, vendor-neutral: what a request asks for, or what an
    answer or a listing shows. Coordinates are in the vendor's own frame of reference (the
    same for the request and the answer: relative to the parent where the vendor nests);
    ``w``/``h`` are ``None`` where the request leaves the size to the vendor."""

    type: str
    parent: str | None
    x: float
    y: float
    w: float | None = None
    h: float | None = None
    text: str = ""  # as sent or as seen; compared through match_text


@dataclass(frozen=True, slots=True)
class Tolerance:
    position: float = 2.0  # a vendor may round what it stores
    size: float = 0.05  # relative: a vendor may snap sizes (Miro's sticky notes); a tie-breaker


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol


def same_place(want: Footprint, got: Footprint, tol: Tolerance = Tolerance()) -> bool:
    """Type, parent and position agree: the item could be what ``want`` created."""
    return (
        want.type == got.type
        and want.parent == got.parent
        and _close(want.x, got.x, tol.position)
        and _close(want.y, got.y, tol.position)
    )


def _misfit(want: Footprint, got: Footprint, tol: Tolerance) -> tuple[int, int]:
    """Lower is better: (sizes that disagree, text differs)."""
    sizes = 0
    for a, b in ((want.w, got.w), (want.h, got.h)):
        if a is not None and b is not None and abs(a - b) > max(tol.position, tol.size * max(abs(a), 1.0)):
            sizes += 1
    return sizes, int(match_text(want.text) != match_text(got.text))


def match(
    wants: Sequence[Footprint],
    pool: Iterable[tuple[str, Footprint]],
    *,
    taken: Iterable[str] = (),
    tol: Tolerance = Tolerance(),
) -> list[str | None]:
    """For each wanted footprint, the id of an item of ``pool`` it matches (None: not there).

    Type, parent and position must agree; among several such items the one whose size and
    then text agree wins (text only breaks ties: the vendor may give it back reformatted).
    Each item is used once and never one in ``taken`` (ids already recorded), so identical
    wanted items (blank stickies on one spot) map one-to-one onto identical items. Best
    fits are paired first, so a near miss never takes an item another want fits exactly.
    """
    used = {str(t) for t in taken}
    items = [(str(iid), fp) for iid, fp in pool if str(iid) not in used]
    by_home: dict[tuple[str, str | None], list[int]] = {}  # only items of one type and parent can match
    for k, (_iid, fp) in enumerate(items):
        by_home.setdefault((fp.type, fp.parent), []).append(k)
    candidates: list[tuple[tuple[int, int], int, int]] = []
    for w, want in enumerate(wants):
        for k in by_home.get((want.type, want.parent), ()):
            if same_place(want, items[k][1], tol):
                candidates.append((_misfit(want, items[k][1], tol), w, k))
    candidates.sort()
    out: list[str | None] = [None] * len(wants)
    taken_items: set[int] = set()
    for _score, w, k in candidates:
        if out[w] is None and k not in taken_items:
            out[w] = items[k][0]
            taken_items.add(k)
    return out


def pair_answer(
    wants: Sequence[Footprint], answered: Sequence[tuple[str, Footprint]], *, tol: Tolerance = Tolerance()
) -> list[str]:
    """The id of each requested item in a bulk/array answer, paired by content.

    Neither vendor documents the order of such an answer: Miro's "Create items in bulk"
    reference promises up to 20 items per call and that the call is transactional (all or
    none), Mural's create-widget operations ("Create one or more ... widgets. Limit 1000")
    promise an array of the widgets created; neither says the array follows the request.
    So each answered item is paired with the request it fits (type, parent, position, size,
    text); only what content cannot tell apart — items of one type that the vendor moved or
    resized the same way — falls back to the order within that type, where such items are
    interchangeable anyway.
    """
    if len(answered) != len(wants):
        raise VendorError(
            _("a bulk create of {wanted} items was answered with {answered} items").format(
                wanted=len(wants), answered=len(answered)
            )
        )
    ids = match(wants, answered, tol=tol)
    paired = set(filter(None, ids))
    left = [str(iid) for iid, _ in answered if str(iid) not in paired]
    left_types = {str(iid): fp.type for iid, fp in answered}
    for w, want in enumerate(wants):
        if ids[w] is None:
            same = next((iid for iid in left if left_types[iid] == want.type), None)
            if same is None:
                raise VendorError(_("a bulk create was answered with items that do not fit the request"))
            ids[w] = same
            left.remove(same)
    return [str(i) for i in ids]


class Adopted:
    """A recheck's finding: the ids (or None) of a batch's items that were on the board."""

    __slots__ = ("ids",)

    def __init__(self, ids: list[str | None]) -> None:
        self.ids = ids


Post = Callable[[list[dict[str, Any]], Callable[[], Awaitable[Any]]], Awaitable[Any]]


async def send_batch(
    items: Sequence[T],
    *,
    body: Callable[[T], dict[str, Any]],
    footprint: Callable[[dict[str, Any]], Footprint],
    post: Post,
    answered: Callable[[Any], Sequence[tuple[str, Footprint]]],
    listing: Callable[[list[dict[str, Any]]], Awaitable[Sequence[tuple[str, Footprint]]]],
    taken: Callable[[], Iterable[str]],
    record: Callable[[T, str, bool], None],
    saved: Callable[[], None] | None = None,
) -> None:
    """Create ``items`` with one call, exactly once, recording each as its id is known.

    ``post(bodies, recheck)`` sends the call through the HTTP layer, which calls ``recheck``
    before re-sending a call whose answer was lost; ``recheck`` lists what could have arrived
    (``listing(bodies)``) and matches it. Whatever was found is recorded as reused and only
    the rest is sent again; an answer is paired with the request by :func:`pair_answer`.
    ``record(item, id, reused)`` is called per item, ``saved()`` after each answer's records.
    """
    pending = list(items)
    while pending:
        bodies = [body(i) for i in pending]
        wants = [footprint(b) for b in bodies]

        async def recheck(bodies: list[dict[str, Any]] = bodies, wants: list[Footprint] = wants) -> Any:
            ids = match(wants, await listing(bodies), taken=taken())
            return Adopted(ids) if any(ids) else None  # nothing arrived: send it again

        answer = await post(bodies, recheck)
        if isinstance(answer, Adopted):
            ids, reused = answer.ids, True
        else:
            ids, reused = list(pair_answer(wants, answered(answer))), False
        rest = []
        for item, iid in zip(pending, ids, strict=True):
            if iid:
                record(item, iid, reused)
            else:
                rest.append(item)  # only after a partial find: send what is still missing
        if saved is not None:
            saved()
        if len(rest) == len(pending):
            raise VendorError(_("a create call was answered without the ids of what it created"))
        pending = rest


def chunks(seq: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """``seq`` in consecutive calls of at most ``size`` items."""
    size = max(1, int(size))
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


async def gather_or_raise(coros: Iterable[Awaitable[T]]) -> list[T]:
    """Run concurrently; let every call finish (so finished work is recorded), then raise the
    first error — one of ours (it carries the useful message) before anything else."""
    results = await asyncio.gather(*coros, return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    if errors:
        raise next((e for e in errors if isinstance(e, WerkbordError)), errors[0])
    return results  # type: ignore[return-value]


def merge_listings(pages: Iterable[Iterable[Raw]], id_key: str = "id") -> list[Raw]:
    """Items of listings run side by side, each once (they may overlap), in listing order."""
    seen: set[str] = set()
    out: list[Raw] = []
    for page in pages:
        for raw in page:
            iid = raw.get(id_key)
            if iid is None or str(iid) in seen:
                continue
            seen.add(str(iid))
            out.append(raw)
    return out


async def update_texts(
    updates: Sequence[TextUpdate],
    *,
    known: Callable[[str], str | None],
    look_up: Callable[[str], Awaitable[str]],
    patch: Callable[[TextUpdate, str], Awaitable[Any]],
) -> None:
    """Change the text of items, concurrently. ``known(item_id)`` is the vendor's endpoint for
    an item the manifest knows; an item it does not know is looked up (``look_up``) first."""

    async def one(u: TextUpdate) -> None:
        endpoint = known(u.item_id)
        if endpoint is None:
            endpoint = await look_up(u.item_id)
        await patch(u, endpoint)

    await gather_or_raise([one(u) for u in updates])
