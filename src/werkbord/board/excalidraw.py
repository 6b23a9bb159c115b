"""The Excalidraw backend: a board plan becomes a ``.excalidraw`` scene file, and back.

Two pure translations do the work and are tested on their own:

* :func:`plan_to_scene` turns a :class:`~werkbord.plan.BoardPlan` into the scene JSON;
* :func:`scene_to_items` turns a scene (as the participants left it) into
  :class:`~werkbord.items.BoardItem` objects.

:class:`ExcalidrawBackend` only adds the file I/O around them.

What the editor needs from a file, learnt from ``packages/excalidraw/data/restore.ts`` and
``packages/element/src/textElement.ts`` of excalidraw/excalidraw (release 0.18):

* Loading a file does *not* lay text out again (``refreshDimensions`` is off on file open), so
  every bound text carries its final ``x``/``y``/``width``/``height`` and its ``text`` already
  wrapped; ``originalText`` keeps the unwrapped text the editor re-wraps after an edit, except
  for a break we put after a "/" inside a word: the editor only wraps at spaces (and breaks a
  word too long for the box between characters), so without it opening a sticky and pressing
  Escape would re-wrap "Schuldhulp/bewindvoering" mid-word. Reading back joins such a break.
* A bound text sits in its container's content box: inset by ``BOUND_TEXT_PADDING`` (5 px), for
  an ellipse further inset to the largest inscribed rectangle (``width/2 * sqrt(2)``).
* ``fontFamily`` must be set explicitly (we use Nunito, the editor's "normal" font, id 6);
  ``lineHeight`` is the font's own (1.25 for Nunito), text height = lines * size * lineHeight.
* Elements carry fractional ``index`` keys that must increase with array order; restore
  regenerates invalid ones, we emit valid ones so nothing is renumbered.
* A text with empty ``text``, or any shape of zero width *and* height, is deleted or dropped on
  load; a text of one space is kept. A blank sticky therefore carries a label of one space in
  Nunito: what a participant types into it edits that label and keeps its font (checked in the
  editor: without it the typed text gets the editor's current font, hand-drawn by default).
* Frames clip the elements whose ``frameId`` names them and do not nest: a step frame inside a
  group frame becomes a locked rectangle with a top-aligned title. Frame children come before
  their frame in the array, and a bound text comes right after its container.
* ``scrollX``/``scrollY``/``zoom`` are honoured when a host passes the scene as initial data; when
  a file is *opened* (excalidraw.com, File → Open) the editor drops them and centres on the
  element nearest the scene origin. The layout puts the facilitator frame at the origin, so in
  both cases the board opens on the facilitator frame.

Reading back, the kind of an item follows one rule (see :func:`scene_to_items`); harvest decides
what is a participant's note from the manifest's recorded ids, ``customData`` is only a hint.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice, product
from operator import itemgetter
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import BoardError, ManifestExists, NotFound, UsageError
from ..fileio import backup_copy, dumps_json, dumps_json_vouched, holds, read_json_bounded, write_atomic_started
from ..geometry import Rect
from ..i18n import _, ngettext
from ..items import BoardItem, clean_text
from ..manifest import Manifest
from ..palette import PALETTE
from ..plan import BoardPlan, Kind, PlanItem, Role
from .base import BackendBase, Capabilities, Checkpoint, Links, ProvisionReport, TextUpdate

SUFFIX = ".excalidraw"
SOURCE = "werkbord"
MAX_SCENE_BYTES = 100 * 1024 * 1024

# --- text metrics -------------------------------------------------------------------

FONT_FAMILY_NUNITO = 6  # FONT_FAMILY.Nunito in @excalidraw/common; the UI's "normal" font
LINE_HEIGHT = 1.25  # Nunito's lineHeight in the editor's font metadata
FONT_PX = {"s": 16, "m": 20, "l": 28, "xl": 36}  # the same scale layout sizes its boxes with
MIN_FONT_PX = 10  # we shrink a label that would not fit, but not below this
BOUND_TEXT_PADDING = 5  # the editor's inset of bound text inside its container

# Advance widths of Nunito (the Latin subset Excalidraw ships), in hundredths of an em, for
# U+0020..U+007E, measured with canvas measureText in Chromium. Text that we wrap ourselves must
# never come out wider on screen than its container, so estimates err on the wide side: unknown
# characters (emoji, symbols) count as a full em and every width gets a safety margin.
_ASCII_WIDTHS = (
    26,
    23,
    40,
    60,
    60,
    93,
    70,
    23,
    33,
    33,
    45,
    60,
    23,
    43,
    23,
    29,  # space ! " # $ % & ' ( ) * + , - . /
    60,
    60,
    60,
    60,
    60,
    60,
    60,
    60,
    60,
    60,  # 0-9
    23,
    23,
    60,
    60,
    60,
    45,
    95,  # : ; < = > ? @
    73,
    68,
    67,
    75,
    59,
    55,
    73,
    76,
    26,
    33,
    63,
    55,
    86,
    74,
    77,
    64,
    77,
    67,
    62,
    61,
    73,
    69,
    110,
    65,
    60,
    59,  # A-Z
    32,
    29,
    32,
    60,
    50,
    36,  # [ \ ] ^ _ `
    53,
    59,
    46,
    59,
    53,
    34,
    59,
    57,
    24,
    24,
    51,
    30,
    86,
    57,
    56,
    59,
    59,
    36,
    48,
    36,
    56,
    52,
    84,
    53,
    52,
    47,  # a-z
    36,
    27,
    36,
    60,  # { | } ~
)
_EXTRA_WIDTHS = {
    "\u00a0": 26,
    "–": 50,
    "—": 100,
    "…": 70,
    "•": 52,
    "·": 23,
    "‘": 23,
    "’": 23,
    "“": 40,
    "”": 40,
    "€": 60,
    "ß": 62,
    "æ": 86,
    "Æ": 98,
    "ø": 56,
    "Ø": 77,
    "©": 81,
    "®": 81,
    "°": 37,
    "«": 45,
    "»": 45,
    "×": 60,
    "÷": 60,
    "±": 60,
    "\u00ad": 0,
}
WIDTH_SAFETY = 1.06


def char_em(ch: str) -> float:
    """Estimated advance width of one character of Nunito, in em."""
    o = ord(ch)
    if 0x20 <= o <= 0x7E:
        return _ASCII_WIDTHS[o - 0x20] / 100
    if ch in _EXTRA_WIDTHS:
        return _EXTRA_WIDTHS[ch] / 100
    base = unicodedata.normalize("NFD", ch)[0]  # é → e: accents do not change the advance
    if base != ch and 0x20 <= ord(base) <= 0x7E:
        return _ASCII_WIDTHS[ord(base) - 0x20] / 100
    return 1.0


# char_em of every character met so far: wrapping a board's labels measures ~35,000 of them.
_EMS: dict[str, float] = {}


def text_width(line: str, font_px: float) -> float:
    """Estimated rendered width of one line, with the safety margin."""
    try:
        ems = sum(map(_EMS.__getitem__, line))  # the same additions, in the same order
    except KeyError:
        if len(_EMS) >= _EMS_KEPT:  # a text of every character there is: measured, not remembered
            return sum(char_em(c) for c in line) * font_px * WIDTH_SAFETY
        for c in line:
            if c not in _EMS:
                _EMS[c] = char_em(c)
        ems = sum(map(_EMS.__getitem__, line))
    return ems * font_px * WIDTH_SAFETY


_EMS_KEPT = 10_000


def _pieces(word: str) -> list[str]:
    """A word's unbreakable parts: "Schuldhulp/bewindvoering" may wrap after its "/" only."""
    return [p for p in _AFTER_SLASH.split(word) if p]


_AFTER_SLASH = re.compile(r"(?<=/)")


def _wrap(text: str, font_px: float, max_width: float) -> tuple[str, bool]:
    """Greedy wrap at spaces and after a "/"; also tells whether a word had to be broken
    between characters (only when a part alone is wider than the box)."""
    out: list[str] = []
    broke = False
    for hard in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = ""
        for word in hard.split(" "):
            for i, piece in enumerate(_pieces(word) or [""]):
                glue = "" if i else " "  # a part after "/" continues its word without a space
                candidate = f"{line}{glue}{piece}" if line else piece
                if text_width(candidate, font_px) <= max_width:
                    line = candidate
                    continue
                if line:
                    out.append(line)
                    line = ""
                # A part wider than the box is broken between characters, as the editor does.
                while piece and text_width(piece, font_px) > max_width:
                    broke = True
                    cut = 1
                    while cut < len(piece) and text_width(piece[: cut + 1], font_px) <= max_width:
                        cut += 1
                    out.append(piece[:cut])
                    piece = piece[cut:]
                line = piece
        out.append(line.rstrip())
    return "\n".join(out), broke


@functools.lru_cache(maxsize=4096)  # the same labels recur in every group
def keep_slash_breaks(original: str, wrapped: str) -> str:
    """``original`` with a line break wherever ``wrapped`` breaks a word right after a "/".

    Breaks at spaces are left to the editor, which wraps there itself; breaks inside a word
    after a "/" are kept, so re-opening a label never splits the word elsewhere.
    """
    out: list[str] = []
    i = 0
    for ch in wrapped:
        if i < len(original) and original[i] == ch:
            out.append(ch)
            i += 1
        elif ch == "\n":
            if i < len(original) and original[i] == " ":
                out.append(" ")  # a break that replaced a space: the editor wraps there itself
                i += 1
            elif i > 0 and original[i - 1] == "/":
                out.append("\n")  # our break after a "/" inside a word
        else:  # pragma: no cover - wrapped is original with breaks; nothing else can differ
            return original
    return "".join(out) + original[i:]


def wrap_text(text: str, font_px: float, max_width: float) -> str:
    """Greedy word wrap at ``max_width`` (explicit line breaks kept, over-long words broken)."""
    return _wrap(text, font_px, max_width)[0]


def text_block(wrapped: str, font_px: float) -> tuple[float, float]:
    """(width, height) of already wrapped text, as the editor would measure it."""
    lines = wrapped.split("\n")
    width = max((text_width(ln, font_px) for ln in lines), default=0.0)
    return width, len(lines) * font_px * LINE_HEIGHT


def fit_text(text: str, font_px: int, max_w: float, max_h: float) -> tuple[int, str, float, float]:
    """Wrap ``text`` for a box, shrinking the font until it fits (not below MIN_FONT_PX).

    Returns (font size, wrapped text, width, height). Shrinking keeps a long label inside its
    shape instead of spilling over what lies below it. Preference: the largest size that fits
    with whole words (lines break at spaces and after a "/"; "Ervaringsdeskundige" on a sticky
    shrinks rather than splits: participants read a word cut in two as a typo), then the largest
    that fits at all, then the smallest size.
    """
    max_w = max(max_w, 1.0)
    fits_broken: tuple[int, str, float, float] | None = None
    for size in range(int(font_px), MIN_FONT_PX - 1, -1):
        wrapped, broke = _wrap(text, size, max_w)
        w, h = text_block(wrapped, size)
        if h > max_h:
            continue
        if not broke:
            return size, wrapped, min(w, max_w), h
        if fits_broken is None:
            fits_broken = (size, wrapped, min(w, max_w), h)
    if fits_broken is not None:
        return fits_broken
    wrapped = wrap_text(text, MIN_FONT_PX, max_w)
    w, h = text_block(wrapped, MIN_FONT_PX)
    return MIN_FONT_PX, wrapped, min(w, max_w), h


@functools.lru_cache(maxsize=4096)
def fitted(text: str, font_px: int, max_w: float, max_h: float) -> tuple[int, str, float, float]:
    """:func:`fit_text`, paid once per label, size and box: every group of a board repeats the
    same labels in the same boxes (30 groups: 1,838 fits, 64 different ones)."""
    return fit_text(text, font_px, max_w, max_h)


# --- ids, seeds, order ----------------------------------------------------------------

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # ASCII order


def _small_sha256() -> Callable[[bytes], Any]:
    """SHA-256 for the short texts of ids and seeds: CPython's own implementation (``_sha2``,
    ``_sha256`` before 3.12) where it is there, else hashlib's. The digest is the same; for a few
    dozen bytes the built-in one takes about half the time of OpenSSL's, which sets up a context
    per call (a 30-group scene hashes ~11,000 of them). Large inputs (the scene file) stay with
    hashlib, whose OpenSSL uses the CPU's SHA instructions."""
    for name in ("_sha2", "_sha256"):
        try:
            return __import__(name).sha256
        except (ImportError, AttributeError):
            continue
    return hashlib.sha256


_sha256_short = _small_sha256()


def _digest(*parts: str) -> str:
    return _sha256_short("\x00".join(parts).encode("utf-8")).hexdigest()


def element_id(manifest_name: str, key: str, part: str = "") -> str:
    """Deterministic element id from the session name and the plan key (unique per session)."""
    return "wb" + _digest(manifest_name, key, part)[:20]


_SEED_MOD = 2**31 - 2


def fractional_index(n: int) -> str:
    """The n-th integer key of the fractional-indexing scheme Excalidraw orders elements by.

    Keys are "a0".."az", "b00".."bzz", "c000".. : the head letter gives the number of base-62
    digits, so plain string comparison follows n (what the editor's validation checks).
    """
    if n < 0:
        raise ValueError("fractional index of a negative position")
    length = 1
    while n >= 62**length:
        n -= 62**length
        length += 1
        if length > 26:
            raise ValueError("too many elements for one scene")
    digits = []
    for _digit in range(length):
        n, d = divmod(n, 62)
        digits.append(_BASE62[d])
    return chr(ord("a") + length - 1) + "".join(reversed(digits))


def fractional_indexes(count: int) -> list[str]:
    """``[fractional_index(n) for n in range(count)]``, made in order rather than one by one."""
    keys: list[str] = []
    length = 0
    while len(keys) < count:
        length += 1
        if length > 26:
            raise ValueError("too many elements for one scene")
        head = chr(ord("a") + length - 1)
        keys += (head + "".join(d) for d in islice(product(_BASE62, repeat=length), count - len(keys)))
    return keys


# --- plan → scene ---------------------------------------------------------------------

DEFAULT_UPDATED = 1_735_689_600_000  # 2025-01-01T00:00Z: `updated` when no manifest time is given
TEXT_COLOR = "#1e1e1e"
PRIVACY_COLOR = "#c92a2a"  # a privacy notice should stand out
FRAME_STROKE = "#bbb"
NOMINAL_VIEWPORT = (1600.0, 900.0)  # for the initial zoom; the real window size is unknown

# Prompt and question regions are "drop your notes here" areas: dashed, label at the top.
_REGION_ROLES = {Role.PROMPT_REGION, Role.QUESTION_REGION}


def _colour(item: PlanItem) -> str | None:
    if item.color is None:
        return None
    try:
        return PALETTE[item.color]
    except KeyError:
        raise ValueError(f"plan item {item.key!r}: unknown palette colour {item.color!r}") from None


# Every element's keys in the file's order, with the values most elements have; base() copies it
# and sets the rest ("customData" comes last, when there is one).
_ELEMENT: dict[str, Any] = {
    "id": "",
    "type": "",
    "x": 0,
    "y": 0,
    "width": 0,
    "height": 0,
    "angle": 0,
    "strokeColor": TEXT_COLOR,
    "backgroundColor": "transparent",
    "fillStyle": "solid",
    "strokeWidth": 1,
    "strokeStyle": "solid",
    "roughness": 0,  # clean lines: this is a worksheet, not a sketch
    "opacity": 100,
    "groupIds": None,  # a new list per element
    "frameId": None,
    "index": None,  # assigned once the final order is known
    "roundness": None,
    "seed": 0,
    "version": 1,
    "versionNonce": 0,
    "isDeleted": False,
    "boundElements": None,  # a new list per element
    "updated": 0,
    "link": None,
    "locked": False,
}


def _box(r: Rect) -> tuple[float, float, float, float]:
    return r.x, r.y, r.w, r.h


def _hint(item: PlanItem, part: str | None = None) -> dict[str, Any]:
    tag: dict[str, Any] = {"key": item.key, "role": str(item.role), "group": item.group}
    if part:
        tag["part"] = part
    return {"werkbord": tag}


class _SceneBuilder:
    def __init__(self, plan: BoardPlan, manifest_name: str, updated: int) -> None:
        self.plan = plan
        self.name = manifest_name
        self.updated = updated
        self.by_key = plan.by_key()
        self._frame_ids: dict[str, str] = {}

    # Common fields: every one restore.ts reads, so the editor never has to invent a value.
    def base(
        self,
        eid: str,
        type_: str,
        box: tuple[float, float, float, float],  # x, y, width, height
        *,
        locked: bool,
        frame_id: str | None,
        stroke: str = TEXT_COLOR,
        bg: str = "transparent",
        stroke_width: float = 1,
        stroke_style: str = "solid",
        roundness: dict | None = None,
        custom: dict | None = None,
    ) -> dict[str, Any]:
        # A copy of the common element with its own values set: the keys keep the copy's order,
        # and a copy and 18 stores cost about half of a 26-key literal (3,609 elements a board).
        el = _ELEMENT.copy()
        el["id"] = eid
        el["type"] = type_
        el["x"], el["y"], el["width"], el["height"] = box
        el["strokeColor"] = stroke
        el["backgroundColor"] = bg
        el["strokeWidth"] = stroke_width
        el["strokeStyle"] = stroke_style
        el["groupIds"] = []
        el["frameId"] = frame_id
        el["roundness"] = roundness
        # The seeds: the first 4 bytes of SHA-256("<id>\0seed") and of "<id>\0nonce", as
        # int(hexdigest[:8], 16) reads them (without the hex text), in 1 .. 2**31 - 2.
        head = eid.encode("utf-8") + b"\x00"
        el["seed"] = int.from_bytes(_sha256_short(head + b"seed").digest()[:4], "big") % _SEED_MOD + 1
        el["versionNonce"] = int.from_bytes(_sha256_short(head + b"nonce").digest()[:4], "big") % _SEED_MOD + 1
        el["boundElements"] = []
        el["updated"] = self.updated
        el["locked"] = locked
        if custom is not None:
            el["customData"] = custom
        return el

    def frame_id(self, key: str) -> str:
        """The element id of a top-level frame (asked for by every item in it)."""
        eid = self._frame_ids.get(key)
        if eid is None:
            eid = self._frame_ids[key] = element_id(self.name, key)
        return eid

    def top_frame(self, item: PlanItem) -> PlanItem | None:
        """The top-level frame an item lies in (its outermost ancestor, if that is a frame)."""
        seen = set()
        node = item
        while node.parent is not None and node.parent in self.by_key and node.key not in seen:
            seen.add(node.key)
            node = self.by_key[node.parent]
        if node is item or node.kind != Kind.FRAME or node.parent is not None:
            return None
        return node

    def text_el(
        self,
        eid: str,
        item: PlanItem,
        box: tuple[float, float, float, float],
        text: str,
        original: str,
        size: int,
        *,
        align: str,
        valign: str,
        container: str | None,
        frame_id: str | None,
        auto_resize: bool,
        part: str | None,
    ) -> dict[str, Any]:
        color = PRIVACY_COLOR if item.role == Role.PRIVACY_NOTICE else TEXT_COLOR
        el = self.base(eid, "text", box, locked=item.locked, frame_id=frame_id, stroke=color, custom=_hint(item, part))
        el.update(
            {
                "text": text,
                "originalText": original,
                "fontSize": size,
                "fontFamily": FONT_FAMILY_NUNITO,
                "lineHeight": LINE_HEIGHT,
                "textAlign": align,
                "verticalAlign": valign,
                "containerId": container,
                "autoResize": auto_resize,
            }
        )
        return el

    def bound_text(self, container: dict[str, Any], item: PlanItem, *, align: str, valign: str) -> dict:
        """The label of a container, placed where the editor would place it."""
        x, y, w, h = container["x"], container["y"], container["width"], container["height"]
        if container["type"] == "ellipse":
            inset = (w / 2) * (1 - math.sqrt(2) / 2), (h / 2) * (1 - math.sqrt(2) / 2)
            max_w = round((w / 2) * math.sqrt(2)) - 2 * BOUND_TEXT_PADDING
            max_h = round((h / 2) * math.sqrt(2)) - 2 * BOUND_TEXT_PADDING
        else:
            inset = (0.0, 0.0)
            max_w, max_h = w - 2 * BOUND_TEXT_PADDING, h - 2 * BOUND_TEXT_PADDING
        cx, cy = x + BOUND_TEXT_PADDING + inset[0], y + BOUND_TEXT_PADDING + inset[1]
        size, wrapped, tw, th = fitted(item.text, FONT_PX.get(item.text_size, 20), max_w, max_h)
        tx = cx if align == "left" else cx + (max_w - tw) / 2
        ty = cy if valign == "top" else cy + (max_h - th) / 2
        eid = element_id(self.name, item.key, "text")
        container["boundElements"] = [{"type": "text", "id": eid}]
        original = keep_slash_breaks(item.text, wrapped)
        return self.text_el(
            eid,
            item,
            (tx, ty, tw, th),
            wrapped,
            original,
            size,
            align=align,
            valign=valign,
            container=container["id"],
            frame_id=container["frameId"],
            auto_resize=True,
            part="label",
        )

    def elements_for(self, item: PlanItem, top: PlanItem | None) -> tuple[str, list[dict[str, Any]]]:
        """(recorded id, elements in array order) for one plan item in the top-level frame ``top``."""
        eid = element_id(self.name, item.key)
        frame_id = self.frame_id(top.key) if top is not None else None
        fill = _colour(item)  # checked for every item: an unknown colour is an error even on a frame
        if item.kind == Kind.FRAME and item.parent is None:
            el = self.base(
                eid,
                "frame",
                _box(item.rect),
                locked=item.locked,
                frame_id=None,
                stroke=FRAME_STROKE,
                stroke_width=2,
                custom=_hint(item),
            )
            el["name"] = item.text
            return eid, [el]
        if item.kind == Kind.TEXT:
            return eid, self.text_elements(eid, item, frame_id)
        el, align, valign = self.shape(eid, item, frame_id, fill)
        if not item.text.strip() and item.kind == Kind.STICKY:
            # A blank sticky: a one-space label, so the text typed into it comes out in Nunito.
            return eid, [el, self.blank_label(el, item)]
        if not item.text.strip():
            return eid, [el]
        return eid, [el, self.bound_text(el, item, align=align, valign=valign)]

    def text_elements(self, eid: str, item: PlanItem, frame_id: str | None) -> list[dict[str, Any]]:
        """A free text: none when it is empty (the editor deletes an empty text on load)."""
        if not item.text.strip():
            return []
        r = item.rect
        size, wrapped, _, th = fitted(item.text, FONT_PX.get(item.text_size, 20), r.w, r.h)
        align = "center" if item.role == Role.ZONE_LABEL else "left"
        # autoResize off: the editor keeps our width and wraps at it after an edit.
        original = keep_slash_breaks(item.text, wrapped)
        el = self.text_el(
            eid,
            item,
            (r.x, r.y, r.w, th),
            wrapped,
            original,
            size,
            align=align,
            valign="top",
            container=None,
            frame_id=frame_id,
            auto_resize=False,
            part=None,
        )
        return [el]

    def shape(
        self, eid: str, item: PlanItem, frame_id: str | None, fill: str | None
    ) -> tuple[dict[str, Any], str, str]:
        """The element of a shape that may hold text, and where that text sits in it
        (horizontal, vertical alignment)."""
        r = _box(item.rect)
        hint = _hint(item)
        if item.kind == Kind.FRAME:  # a step frame inside a group frame: frames do not nest
            el = self.base(
                eid,
                "rectangle",
                r,
                locked=item.locked,
                frame_id=frame_id,
                stroke="#868e96",
                stroke_width=2,
                custom=hint,
            )
            return el, "left", "top"
        if item.kind == Kind.ELLIPSE:
            el = self.base(
                eid,
                "ellipse",
                r,
                locked=item.locked,
                frame_id=frame_id,
                stroke=TEXT_COLOR,
                stroke_width=2,
                bg=fill or "transparent",
                custom=hint,
            )
            return el, "center", "middle"
        if item.kind == Kind.STICKY:
            # A party placed in an earlier session (a follow-up board) has a dashed edge as well
            # as its "vorige keer" line: it shows where the party stood, for the group to move.
            el = self.base(
                eid,
                "rectangle",
                r,
                locked=item.locked,
                frame_id=frame_id,
                stroke="#868e96",
                bg=fill or PALETTE["light_yellow"],
                roundness={"type": 3},
                stroke_style="dashed" if "previous_zone" in item.meta else "solid",
                stroke_width=2 if "previous_zone" in item.meta else 1,
                custom=hint,
            )
            return el, "center", "middle"
        if item.kind == Kind.RECTANGLE:
            region = item.role in _REGION_ROLES
            el = self.base(
                eid,
                "rectangle",
                r,
                locked=item.locked,
                frame_id=frame_id,
                stroke="#495057",
                stroke_style="dashed" if region else "solid",
                bg=fill or "transparent",
                custom=hint,
            )
            # Regions carry their prompt at the top so notes fit below it.
            return (el, "left", "top") if region else (el, "center", "middle")
        raise ValueError(f"plan item {item.key!r}: unknown kind {item.kind!r}")  # pragma: no cover - closed enum

    def blank_label(self, container: dict[str, Any], item: PlanItem) -> dict[str, Any]:
        """A label of one space, centred in its container (read back, it is no text at all)."""
        size = FONT_PX.get(item.text_size, 20)
        tw, th = text_width(" ", size), size * LINE_HEIGHT
        eid = element_id(self.name, item.key, "text")
        container["boundElements"] = [{"type": "text", "id": eid}]
        x, y = container["x"] + (container["width"] - tw) / 2, container["y"] + (container["height"] - th) / 2
        return self.text_el(
            eid,
            item,
            (x, y, tw, th),
            " ",
            " ",
            size,
            align="center",
            valign="middle",
            container=container["id"],
            frame_id=container["frameId"],
            auto_resize=True,
            part="label",
        )

    def build(self) -> tuple[dict[str, Any], dict[str, str]]:
        # One block per top-level frame: its descendants in plan order, then the frame itself
        # (frame children must precede their frame). Other items keep their plan position.
        blocks: list[list[dict[str, Any]]] = []
        frame_block: dict[str, list[dict[str, Any]]] = {}
        frame_el: dict[str, dict[str, Any]] = {}
        ids: dict[str, str] = {}
        for item in self.plan.items:
            top = self.top_frame(item)
            eid, els = self.elements_for(item, top)
            if item.key in ids:
                raise ValueError(f"plan item key {item.key!r} is not unique")
            ids[item.key] = eid
            if item.kind == Kind.FRAME and item.parent is None:
                frame_el[item.key] = els[0]
                frame_block[item.key] = []
                blocks.append(frame_block[item.key])
                continue
            if top is not None and top.key in frame_block:
                frame_block[top.key].extend(els)
            else:
                blocks.append(els)
        for key, block in frame_block.items():
            block.append(frame_el[key])
        elements = [el for block in blocks for el in block]
        for el, index in zip(elements, fractional_indexes(len(elements)), strict=True):
            el["index"] = index
        return {
            "type": "excalidraw",
            "version": 2,
            "source": SOURCE,
            "elements": elements,
            "appState": self.app_state(),
            "files": {},
        }, ids

    def app_state(self) -> dict[str, Any]:
        # The current item's font: text typed on the board comes out in the board's Nunito, not
        # the editor's hand-drawn default, where the editor takes it from the scene: a host that
        # passes the scene as initial data (restore() keeps every appState key). Checked in the
        # editor (0.18.1): File → Open drops it (loadFromBlob keeps only the keys a file export
        # keeps: grid and background), and a participant joining a live room keeps their own;
        # there, the blank stickies' one-space labels (see blank_label) keep typed text in Nunito.
        state: dict[str, Any] = {
            "viewBackgroundColor": "#ffffff",
            "gridSize": 20,
            "currentItemFontFamily": FONT_FAMILY_NUNITO,
            "currentItemFontSize": FONT_PX["m"],
        }
        fac = self.by_key.get(self.plan.facilitator_key)
        if fac is None or fac.rect.w <= 0 or fac.rect.h <= 0:
            return {**state, "scrollX": 0, "scrollY": 0, "zoom": {"value": 1}}
        vw, vh = NOMINAL_VIEWPORT
        # Fit the facilitator frame into a typical window, never zoom in past 100%.
        zoom = min(1.0, 0.9 * min(vw / fac.rect.w, vh / fac.rect.h))
        zoom = max(0.1, math.floor(zoom * 100) / 100)  # the editor clamps zoom to [0.1, 30]
        c = fac.rect.center
        # The editor maps scene → screen as (scene + scroll) * zoom: centre the frame.
        return {**state, "scrollX": vw / 2 / zoom - c.x, "scrollY": vh / 2 / zoom - c.y, "zoom": {"value": zoom}}


def build_scene(plan: BoardPlan, manifest_name: str, *, updated: int = DEFAULT_UPDATED):
    """The scene and the element id recorded per plan key (the container for labelled shapes)."""
    return _SceneBuilder(plan, manifest_name, updated).build()


def plan_to_scene(plan: BoardPlan, manifest_name: str, *, updated: int = DEFAULT_UPDATED) -> dict:
    """The ``.excalidraw`` scene for a plan. Pure: same plan and name, same scene."""
    return build_scene(plan, manifest_name, updated=updated)[0]


# --- scene → items --------------------------------------------------------------------

CONTAINER_TYPES = frozenset({"rectangle", "diamond", "ellipse", "stickynote"})
FRAME_TYPES = frozenset({"frame", "magicframe"})


class _Malformed(Exception):
    """An element we cannot make sense of: it is skipped, never fatal."""


@dataclass(frozen=True, slots=True)
class SceneRead:
    """What a scene yields: its items, and how many elements were skipped as malformed."""

    items: list[BoardItem]
    skipped: int = 0
    example: str | None = None  # the first skipped element and why, for the message


def _num(el: dict, field: str) -> float:
    v = el.get(field)
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
        raise _Malformed(_("'{field}' is not a number").format(field=field))
    return float(v)


def _rect(el: dict) -> Rect:
    """Absolute rectangle, normalised: the editor allows negative sizes after a flip."""
    x, y, w, h = _num(el, "x"), _num(el, "y"), _num(el, "width"), _num(el, "height")
    if w < 0:
        x, w = x + w, -w
    if h < 0:
        y, h = y + h, -h
    return Rect(x, y, w, h)


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def _label(text_el: dict) -> str:
    # originalText is what was typed; text has the editor's soft wraps inserted. A break right
    # after a "/" is the one werkbord keeps for the editor's re-wrap: the label has none there.
    text = clean_text(_str(text_el.get("originalText")) or _str(text_el.get("text")) or "")
    return _SLASH_BREAK.sub("/", text)


_SLASH_BREAK = re.compile(r"/\n(?=\S)")


def _role_hint(el: dict) -> str | None:
    data = el.get("customData")
    tag = data.get("werkbord") if isinstance(data, dict) else None
    role = tag.get("role") if isinstance(tag, dict) else None
    return role if isinstance(role, str) else None


def _fill(el: dict) -> str | None:
    bg = _str(el.get("backgroundColor"))
    return None if bg is None or bg == "transparent" else bg


def scene_to_items(scene: dict) -> list[BoardItem]:
    """Every live item of a scene, platform-neutral (see :func:`read_scene` for the rules)."""
    return read_scene(scene).items


def read_scene(scene: dict) -> SceneRead:
    """Every live item of a scene, platform-neutral, and a count of the malformed elements.

    Rules:

    * deleted elements (``isDeleted: true``, tombstones excalidraw.com keeps) are skipped;
    * ``rectangle``/``diamond``/``ellipse``/``stickynote`` become one item with their bound
      text's ``originalText`` (else ``text``) as text, or "" without a label. Kind ``"sticky"``
      for a ``stickynote`` or a rectangle with a fill colour, ``"shape"`` otherwise;
    * a text not bound to such a container (typed freely, an arrow label, or one whose container
      is gone) is an item of kind ``"text"``;
    * ``frame``/``magicframe`` become kind ``"frame"`` with their name as text;
    * arrows, lines, freedraw, images and unknown types are ignored;
    * an element without a usable id, type or geometry is skipped and counted, never fatal.

    ``color`` is the fill (``backgroundColor``), ``parent_id`` the frame the element is clipped
    to, ``role_hint`` werkbord's ``customData`` tag (a hint: participants copy elements).
    Angles are ignored: the rectangle is the unrotated box, whose centre is the rotated one's.
    """
    raw = scene.get("elements") if isinstance(scene, dict) else None
    if not isinstance(raw, list):
        return SceneRead([])
    live, order, skipped = _live_elements(raw)
    label_of = _labels(live, order)
    consumed = {t["id"] for t in label_of.values()}
    items: list[BoardItem] = []
    for el in order:
        try:
            item = _scene_item(el, label_of, consumed)
        except _Malformed as why:
            skipped.append(
                _("element {id} ({type}): {problem}").format(id=repr(el["id"][:40]), type=el["type"][:20], problem=why)
            )
            continue
        if item is not None:
            items.append(item)
    return SceneRead(items, len(skipped), skipped[0] if skipped else None)


def _live_elements(raw: list) -> tuple[dict[str, dict], list[dict], list[str]]:
    """The elements not deleted, by id and in scene order, and why each unusable one was skipped."""
    skipped: list[str] = []
    live: dict[str, dict] = {}
    order: list[dict] = []
    for n, el in enumerate(raw):
        if isinstance(el, dict) and el.get("isDeleted") is True:
            continue
        eid, type_ = (el.get("id"), el.get("type")) if isinstance(el, dict) else (None, None)
        if not isinstance(eid, str) or not eid or not isinstance(type_, str):
            skipped.append(_("element {n} has no id or type").format(n=n + 1))
            continue
        if eid in live:
            skipped.append(_("element {id} repeats an id").format(id=repr(eid)))  # the editor would re-id it
            continue
        live[eid] = el
        order.append(el)
    return live, order, skipped


def _labels(live: dict[str, dict], order: list[dict]) -> dict[str, dict]:
    """Container id → its label. Pairs containers with their label from either side of the link
    (an older or newer editor may have left only one side); the first label found wins."""

    def is_container(eid: Any) -> bool:
        return isinstance(eid, str) and eid in live and live[eid]["type"] in CONTAINER_TYPES

    label_of: dict[str, dict] = {}
    for el in order:
        if el["type"] == "text" and is_container(el.get("containerId")):
            label_of.setdefault(el["containerId"], el)
    for el in order:
        if el["type"] not in CONTAINER_TYPES or el["id"] in label_of:
            continue
        bound = el.get("boundElements")
        for ref in bound if isinstance(bound, list) else []:
            tid = ref.get("id") if isinstance(ref, dict) else None
            t = live.get(tid) if isinstance(tid, str) else None
            if t is not None and t["type"] == "text" and t.get("containerId") in (None, el["id"]):
                label_of[el["id"]] = t
                break
    return label_of


def _scene_item(el: dict, label_of: dict[str, dict], consumed: set[str]) -> BoardItem | None:
    """One live element as a board item (None: an element werkbord does not read)."""
    type_ = el["type"]
    frame = _str(el.get("frameId"))
    if type_ in CONTAINER_TYPES:
        label = label_of.get(el["id"])
        sticky = type_ == "stickynote" or (type_ == "rectangle" and _fill(el) is not None)
        return BoardItem(
            id=el["id"],
            kind="sticky" if sticky else "shape",
            text=_label(label) if label is not None else "",
            rect=_rect(el),
            color=_fill(el),
            parent_id=frame,
            role_hint=_role_hint(el),
        )
    if type_ == "text" and el["id"] not in consumed:
        return BoardItem(
            id=el["id"], kind="text", text=_label(el), rect=_rect(el), parent_id=frame, role_hint=_role_hint(el)
        )
    if type_ in FRAME_TYPES:
        return BoardItem(
            id=el["id"], kind="frame", text=clean_text(_str(el.get("name"))), rect=_rect(el), role_hint=_role_hint(el)
        )
    return None


# --- the backend ----------------------------------------------------------------------


def _created_ms(manifest: Manifest) -> int:
    try:
        return int(datetime.fromisoformat(manifest.created_at).timestamp() * 1000)
    except (TypeError, ValueError):
        return DEFAULT_UPDATED


class ExcalidrawBackend(BackendBase):
    """A session's board as a ``<name>.excalidraw`` file in the session folder.

    Options meant for the HTTP backends are accepted and ignored, so the CLI can pass one
    option set to whichever backend the user chose; ``dry_run`` builds the scene without writing.
    """

    name = "excalidraw"
    # A file cannot change under the participants (the timer runs in the terminal), but it can be
    # compared with what was provisioned.
    capabilities = Capabilities(provisioned_copy=True)

    def __init__(
        self,
        folder: Path,
        *,
        dry_run: bool = False,
        overwrite: bool = False,
        scene: Path | None = None,
        warn: Callable[[str], None] | None = None,
        **_options: Any,
    ) -> None:
        self.folder = Path(folder)
        self.dry_run = dry_run
        self.overwrite = overwrite  # --force: replace a scene file that is already there
        self.scene = Path(scene) if scene is not None else None  # harvest --scene FILE
        self.warn = warn
        self.read_digest: str | None = None  # sha256 of the scene file harvest last read
        self._read_scene: dict | None = None  # that scene, until its content digest is asked for
        self._read_content: str | None = None  # scene_content_digest of that scene

    @property
    def read_content(self) -> str | None:
        """:func:`scene_content_digest` of the scene harvest last read (None: none read). Worked
        out when asked: a harvest asks only when it found no notes or was given --scene, and the
        digest of a 3,000-note scene took ~0.045 s of every harvest."""
        if self._read_scene is not None:
            self._read_content, self._read_scene = scene_content_digest(self._read_scene), None
        return self._read_content

    def scene_path(self, manifest: Manifest) -> Path:
        """The scene to read: ``--scene``, else the one a harvest remembered, else the provisioned one."""
        if self.scene is not None:
            return self.scene
        # An absolute remembered path (a browser's Downloads folder) wins over the folder.
        return self.folder / (manifest.board.scene or manifest.board.path or self.file_name(manifest))

    def board_path(self, manifest: Manifest) -> Path:
        """The scene file provisioning wrote."""
        return self.folder / (manifest.board.path or self.file_name(manifest))

    def unchanged(self, manifest: Manifest) -> bool | None:
        """Whether the scene harvest last read holds the board as provisioned: the very file, or
        one the editor saved without anything written, moved or removed (None: cannot tell)."""
        if self.identical(manifest):
            return True
        if self.read_content is None or manifest.board.content_sha256 is None:
            return None  # a manifest from before the content digest
        return self.read_content == manifest.board.content_sha256

    def identical(self, manifest: Manifest) -> bool | None:
        """Whether the scene harvest last read is byte for byte the provisioned file (None: unknown)."""
        if self.read_digest is None or manifest.board.sha256 is None:
            return None
        return self.read_digest == manifest.board.sha256

    @staticmethod
    def file_name(manifest: Manifest) -> str:
        name = f"{manifest.name}{SUFFIX}"
        if Path(name).name != name or name.startswith("."):
            raise UsageError(
                _("session name {name} cannot be a file name").format(name=repr(manifest.name)),
                hint=_("choose a --name without slashes"),
            )
        return name

    def provision(self, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint) -> ProvisionReport:
        file_name = self.file_name(manifest)
        path = self.folder / file_name
        scene, ids = build_scene(plan, manifest.name, updated=_created_ms(manifest))
        recorded = {k: v.id for k, v in manifest.items.items()}
        already = all(recorded.get(i.key) == ids[i.key] for i in plan.items)
        if already and manifest.board.path == file_name and path.exists():
            # An earlier run wrote the whole scene and recorded it: leave the file (participants
            # may already be working in it) and report the items as reused.
            if not self.dry_run:
                checkpoint()
            return ProvisionReport(
                reused=len(plan.items), dry_run=self.dry_run, notes=[_("{path} was already written").format(path=path)]
            )
        if path.exists() and not self.overwrite:
            # Participants may have worked in it; its manifest may have been moved or lost.
            raise ManifestExists(
                _("{path} already exists").format(path=path),
                hint=_("use --force to replace the board, or another --title"),
            )
        if self.dry_run:
            # The same checks as a real run, so a dry run that passes means the real one will.
            what = _("would replace {path} (keeping a copy of it)") if path.exists() else _("would write {path}")
            n = len(plan.groups)
            size = ngettext("{items} items, {groups} group", "{items} items, {groups} groups", n)
            note = what.format(path=path) + ": " + size.format(items=len(plan.items), groups=n)
            return ProvisionReport(created=len(plan.items), dry_run=True, notes=[note])
        content = _dumps(scene)
        backups = []
        if path.exists() and not holds(path, content):
            backups.append(backup_copy(path))  # --force over a board that may hold participants' work
        # The whole scene is one atomic write: there is no half-provisioned file to resume. It
        # goes to disk while its digests are worked out; nothing is recorded before it is there.
        written = write_atomic_started(path, content)
        try:
            sha256 = hashlib.sha256(content).hexdigest()  # harvest tells an untouched board by it
            content_sha256 = scene_content_digest(scene)  # ... and one the editor saved again
        finally:
            written()
        manifest.board.path = file_name
        manifest.board.sha256, manifest.board.content_sha256 = sha256, content_sha256
        for item in plan.items:
            manifest.record(item, ids[item.key])
        # No checkpoint: the scene was one atomic write, so there is nothing to resume, and the
        # caller writes the manifest as soon as this returns (a second write of it cost ~0.01 s).
        return ProvisionReport(
            created=len(plan.items),
            requests=0,
            backups=backups,
            notes=[
                _("wrote {path}: open it at excalidraw.com (menu → Open) or in the Excalidraw app").format(path=path),
                _("Excalidraw has no live updates: run the timer in the terminal"),
            ],
        )

    def read_items(self, manifest: Manifest) -> list[BoardItem]:
        path = self.scene_path(manifest)
        if not path.exists():
            raise NotFound(
                _("Excalidraw scene {path} does not exist").format(path=path),
                hint=_(
                    "save the board from excalidraw.com (menu → Save to… → Save to file) "
                    "and pass that file with --scene FILE"
                ),
            )
        if path.is_dir():
            raise UsageError(
                _("{path} is a folder").format(path=path), hint=_("pass the .excalidraw file saved from the board")
            )
        scene = read_json_bounded(path, what="scene", max_bytes=MAX_SCENE_BYTES)
        if not isinstance(scene, dict) or scene.get("type") != "excalidraw":
            raise BoardError(
                _("{path} is not an Excalidraw scene").format(path=path),
                hint=_("save the board from Excalidraw as a .excalidraw file"),
            )
        if not isinstance(scene.get("elements"), list):
            raise BoardError(_("{path}: the scene's 'elements' is not a list; the file is damaged").format(path=path))
        read = read_scene(scene)
        self.read_digest = _file_sha256(path)
        self._read_scene, self._read_content = scene, None
        own = {ref.id for ref in manifest.items.values()}
        if own and not any(item.id in own for item in read.items):
            if read.skipped:
                raise BoardError(
                    _(
                        "{path}: none of the board's own elements can be read; {skipped} of {total} elements are "
                        "malformed (first: {example})"
                    ).format(path=path, skipped=read.skipped, total=len(scene["elements"]), example=read.example),
                    hint=_("save the board again from Excalidraw (menu → Save to… → Save to file)"),
                )
            raise BoardError(
                _(
                    "{path} holds none of the elements werkbord put on this session's board: "
                    "this is not the board made for this manifest"
                ).format(path=path),
                hint=_("pass the scene saved from this session's board with --scene FILE"),
            )
        if read.skipped and self.warn is not None:
            self.warn(
                _(
                    "{path}: {skipped} malformed elements skipped (first: {example}); anything written on "
                    "them is missing from the harvest"
                ).format(path=path, skipped=read.skipped, example=read.example)
            )
        return read.items

    def update_text(self, manifest: Manifest, updates: Sequence[TextUpdate]) -> None:
        raise BoardError(
            _("an Excalidraw board is a file on the participants' screens; werkbord cannot change it live"),
            hint=_("for Excalidraw the timer runs in the terminal"),
        )

    def links(self, manifest: Manifest) -> Links:
        board = str(self.board_path(manifest).resolve())
        return Links(board=board, groups={g.index: board for g in manifest.groups})


# A live collaboration link as excalidraw.com reads it (RE_COLLAB_LINK, excalidraw-app/data/index.ts).
_ROOM_FRAGMENT = re.compile(r"^room=[a-zA-Z0-9_-]+,[a-zA-Z0-9_-]+$")


def room_links(manifest: Manifest, room_url: str) -> Links:
    """Per group a link that opens the live collaboration room at the group's frame.

    Excalidraw (0.18 on, "element links") reads ``?element=<id>`` when the editor starts and,
    once the scene is loaded, fits that element into view (``App.initializeScene`` →
    ``setViewport``); the app joins the room from the ``#room=<id>,<key>`` fragment and loads
    the room's scene before that, so the two combine. The editor's own "copy link to element"
    builds exactly this: the current URL with the ``element`` query parameter set.
    The room link itself is never stored: its key opens the room to whoever holds it.
    """
    parts = urlsplit(room_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or not _ROOM_FRAGMENT.match(parts.fragment):
        raise UsageError(
            _("--room is not an Excalidraw live collaboration link"),
            hint=_("copy the link from Excalidraw's Live collaboration dialog; it ends in #room=…,…"),
        )
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "element"]

    def at(element: str | None) -> str:
        q = urlencode([*query, ("element", element)] if element else query)
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", q, parts.fragment))

    groups = {g.index: at(eid) for g in manifest.groups if (eid := manifest.id_of(g.frame_key))}
    return Links(board=at(None), groups=groups)


def scene_content_digest(scene: dict) -> str:
    """A digest of what a scene shows: every live element's id, type, place, size and text.

    The editor writes a scene it opened and saved again in its own way (key order, versions,
    ``source``, appState, number formatting), so a file saved without any change differs from
    ours byte for byte; this digest does not. Anything a participant writes, moves, adds or
    removes changes it.
    """
    raw = scene.get("elements") if isinstance(scene, dict) else None
    shown = []
    # Every group repeats the same labels and most sizes: each is worked out once.
    labels: dict[tuple[str, str], str] = {}
    rounded: dict[float, float | None] = {}
    unseen = _UNSEEN
    for el in raw if isinstance(raw, list) else []:
        if not isinstance(el, dict):
            continue
        get = el.get
        if get("isDeleted") is True:
            continue
        # A label's box follows its container (the editor may measure it again on load): the
        # container's place says where it is. (_str and _place_value written out: five calls an
        # element were ~40% of the digest.)
        bound = get("containerId")
        bound = bound if isinstance(bound, str) and bound else None
        place = (
            None
            if bound
            else [
                (r if (r := rounded.get(v, unseen)) is not unseen else _place_value(v, rounded))
                if type(v) is float and v
                else float(v)
                if type(v) is int
                else _place_value(v, rounded)
                for v in map(get, _PLACE_KEYS)
            ]
        )
        frame, name = get("frameId"), get("name")
        text = None
        if get("type") == "text":
            key = (get("originalText"), get("text"))
            if type(key[0]) is str and type(key[1]) is str:
                text = labels.get(key)  # type: ignore[call-overload]
                if text is None:
                    text = labels[key] = _label(el)  # type: ignore[index]
            else:
                text = _label(el)
        shown.append(
            [
                str(get("id")),
                str(get("type")),
                place,
                text,
                bound,
                frame if isinstance(frame, str) and frame else None,
                name if isinstance(name, str) and name else None,
            ]
        )
    shown.sort(key=itemgetter(0))
    # Strings, None and lists of finite floats: json's compact bytes, written by orjson.
    return hashlib.sha256(dumps_json_vouched(shown, indent=None)).hexdigest()


_PLACE_KEYS = ("x", "y", "width", "height", "angle")


def _place_value(v: Any, rounded: dict[float, float | None] | None = None) -> float | None:
    """A coordinate to one decimal, None when it is no finite number (``rounded``: the floats
    already done; zero is left out of it, as 0.0 and -0.0 are one key but keep their sign)."""
    t = type(v)
    if t is float and v and rounded is not None:
        r = rounded.get(v, _UNSEEN)
        if r is _UNSEEN:
            r = rounded[v] = _place_value(v)
        return r  # type: ignore[return-value]
    if t is int:
        return float(v)  # an integer is its own rounding (float() fails where isfinite() would)
    # Exact types first: the isinstance test against a union costs more than the rounding.
    if (t is float or isinstance(v, int | float)) and math.isfinite(v):
        return round(float(v), 1)
    return None


_UNSEEN: Any = object()


def _file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


# The numbers of a built scene that need not be whole: its elements' places and sizes, the
# text's line height (a constant) and the view's scroll and zoom. Every other value the builder
# writes is a string, a whole number, a bool, None, or a list or dict of those
# (tests/test_fileio_json.py checks that no other key of a built scene holds a float).
_MEASURES = ("x", "y", "width", "height")
# The strings of a built scene that come from the template, the title or the plan's keys, and
# may hold anything; every other string is an id, a colour or a word of the builder's own
# (tests/test_fileio_json.py checks that no other string of a built scene holds two spaces).
_FREE_TEXTS = ("text", "originalText", "name")


def _dumps(scene: dict) -> bytes:
    """The file of a scene :func:`build_scene` made. Its values are of the builder's making, so
    only its measures are checked before orjson writes it (:func:`dumps_json_vouched`); a
    measure json would write otherwise (below 1e-4, say a rounding residue, NaN, infinity)
    sends the scene to :func:`dumps_json`, which writes json's bytes or, for NaN, fails (a NaN
    would make the editor drop the element)."""
    view = scene["appState"]
    measures = [el[k] for el in scene["elements"] for k in _MEASURES]
    measures += (LINE_HEIGHT, view["scrollX"], view["scrollY"], view["zoom"]["value"])
    if all(type(v) is int or (type(v) is float and (1e-4 <= abs(v) < 1e16 or v == 0.0)) for v in measures):
        return dumps_json_vouched(scene, indent=1, spaced=_spaced(scene["elements"]))
    return dumps_json(scene, indent=1, allow_nan=False)


def _spaced(elements: list[dict[str, Any]]) -> bool:
    """Whether a free string of the scene's elements (:data:`_FREE_TEXTS`, a plan key) holds two
    spaces in a row: then :func:`dumps_json_vouched` re-indents level by level. Asked of these
    few strings, not of a compact copy of the whole scene (~45 of ~200 million instructions)."""
    texts = [el.get(k) or "" for el in elements for k in _FREE_TEXTS]
    texts += [((el.get("customData") or {}).get("werkbord") or {}).get("key") or "" for el in elements]
    return "  " in "\x00".join(texts)
