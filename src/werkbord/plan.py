"""The platform-neutral board plan: what layout produces and every backend consumes.

All geometry is absolute (see :mod:`werkbord.geometry`). Items are listed parents first, so a
backend can create them in order; ``parent`` names the *immediate* container's key (a
group frame, a step frame or a prompt region). Backends that cannot nest containers
flatten this at their edge.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .geometry import Point, Rect


class Kind(StrEnum):
    FRAME = "frame"
    RECTANGLE = "rectangle"
    ELLIPSE = "ellipse"
    STICKY = "sticky"
    TEXT = "text"


class Role(StrEnum):
    FACILITATOR_FRAME = "facilitator_frame"
    GROUP_FRAME = "group_frame"
    STEP_FRAME = "step_frame"
    TITLE = "title"  # a heading text
    INFO = "info"  # instructions, legends, notices: static text
    PRIVACY_NOTICE = "privacy_notice"
    PROMPT_REGION = "prompt_region"  # step 1: a labelled area where notes go
    QUESTION_REGION = "question_region"  # step 2: room for answers to a key question
    PATIENT = "patient"
    ZONE_RING = "zone_ring"
    ZONE_LABEL = "zone_label"
    ZONE_LEGEND = "zone_legend"
    PARTY_LANE = "party_lane"
    PARTY_STICKY = "party_sticky"
    BLANK_PARTY = "blank_party"
    FORM_STICKY = "form_sticky"  # step 3: micro-action form
    EXAMPLE_ACTION = "example_action"
    TIMER = "timer"
    # A follow-up session (werkbord.layout_followup): a previous micro-action to sort onto a
    # status region (a PROMPT_REGION keyed "status.<status>"); meta "action_id" is its id.
    PREVIOUS_ACTION = "previous_action"


# Roles a participant is meant to move or edit; everything else is furniture and is locked.
# An example micro-action may be adapted into a group's own (harvest reads an edited one); a
# previous action is sorted onto Gedaan / Bezig / Niet gelukt.
MOVABLE_ROLES = frozenset(
    {Role.PARTY_STICKY, Role.BLANK_PARTY, Role.FORM_STICKY, Role.EXAMPLE_ACTION, Role.PREVIOUS_ACTION}
)

# Text sizes are named so each backend maps them onto its own scale.
TEXT_SIZES = ("s", "m", "l", "xl")


_NEW_DICT: Any = object()  # PlanItem's meta, not given: a new dict


@dataclass(frozen=True, slots=True, init=False)
class PlanItem:
    """One thing to put on the board: a frame, shape, sticky or text."""

    key: str  # stable and unique within the plan: the idempotency key for resume
    kind: Kind
    role: Role
    rect: Rect
    text: str = ""
    color: str | None = None  # a palette name (werkbord.template.PALETTE)
    parent: str | None = None
    group: int | None = None  # 1..N for group items, None for board-level items
    text_size: str = "m"
    meta: dict[str, str] = field(default_factory=dict)  # e.g. party, prompt, zone, step

    def __init__(
        self,
        key: str,
        kind: Kind,
        role: Role,
        rect: Rect,
        text: str = "",
        color: str | None = None,
        parent: str | None = None,
        group: int | None = None,
        text_size: str = "m",
        meta: dict[str, str] = _NEW_DICT,
    ) -> None:
        # The generated __init__ of a frozen dataclass, with each field set through its slot's
        # descriptor instead of object.__setattr__ (a 30-group plan has 2,079 items; see
        # werkbord.geometry). ``meta`` left out is a new dict, as its default_factory says.
        _set_key(self, key)
        _set_kind(self, kind)
        _set_role(self, role)
        _set_rect(self, rect)
        _set_text(self, text)
        _set_color(self, color)
        _set_parent(self, parent)
        _set_group(self, group)
        _set_text_size(self, text_size)
        _set_meta(self, {} if meta is _NEW_DICT else meta)

    @property
    def locked(self) -> bool:
        return self.role not in MOVABLE_ROLES


(
    _set_key,
    _set_kind,
    _set_role,
    _set_rect,
    _set_text,
    _set_color,
    _set_parent,
    _set_group,
    _set_text_size,
    _set_meta,
) = (
    PlanItem.__dict__[name].__set__
    for name in ("key", "kind", "role", "rect", "text", "color", "parent", "group", "text_size", "meta")
)


@dataclass(frozen=True, slots=True)
class Region:
    """A rectangle where participants' notes answer one prompt."""

    key: str  # e.g. "s1.casus.betrokken", "s2.q.verschil", "s3.forms"
    step: int
    rect: Rect
    label: str  # the prompt's own text


@dataclass(frozen=True, slots=True)
class GroupGeometry:
    """What harvest needs to classify one group's notes."""

    index: int
    name: str
    frame_key: str
    frame: Rect
    step_frames: dict[int, Rect]
    patient: Point
    radii: dict[str, float]  # "patient", "A", "B", "C": increasing
    lane: Rect
    regions: list[Region]
    timer_key: str


@dataclass(frozen=True, slots=True)
class BoardPlan:
    """The whole board: its items, parents first, and each group's geometry."""

    title: str
    template: str
    template_version: str
    lang: str
    start: str | None
    participants: int
    items: list[PlanItem]
    groups: list[GroupGeometry]
    facilitator_key: str

    def by_key(self) -> dict[str, PlanItem]:
        return {i.key: i for i in self.items}

    def children(self, key: str) -> list[PlanItem]:
        return [i for i in self.items if i.parent == key]


def nearest_ancestor(
    item: PlanItem, by_key: Mapping[str, PlanItem], accept: Callable[[PlanItem], bool]
) -> PlanItem | None:
    """The closest container above ``item`` that ``accept`` takes (a backend's notion of a
    parent: a Miro frame, a Mural area), skipping the containers it cannot nest in."""
    seen: set[str] = set()
    key = item.parent
    while key is not None and key not in seen:  # ``seen``: a broken plan must not loop forever
        seen.add(key)
        parent = by_key.get(key)
        if parent is None:
            return None
        if accept(parent):
            return parent
        key = parent.parent
    return None
