"""Layout of a follow-up session ("terugkomsessie"): the board some weeks after a session.

Pure and deterministic, like :mod:`werkbord.layout`, whose step 2 and step 3 it reuses. Per group:

* step 1 · the previous micro-actions as stickies in a lane, to sort onto three areas (Gedaan,
  Bezig, Niet gelukt: prompt regions keyed ``status.<status>``), and two areas for "Wat hielp?"
  and "Wat hield tegen?" (``helped``, ``hindered``);
* step 2 · the network as the team left it: every party placed last time sits in its former
  ring, its text marked "vorige keer: B" and its meta ``previous_zone``, for the group to move;
* step 3 · the forms for the next micro-actions.

What it starts from (:class:`FollowUpSeed`) is plain data built from earlier harvests by
:mod:`werkbord.actions.followup`; each action's id goes into its sticky's meta (and so into the
manifest), so the harvest matches a sorted action by id, never by its text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from .errors import TemplateError
from .geometry import Point, Rect
from .i18n import _
from .layout import (
    GAP,
    HEADING_ROOM,
    PAD,
    RADII,
    REGION,
    STICKY,
    Builder,
    LayoutOptions,
    board_plan,
    group_row,
    text_height,
    validate_options,
)
from .plan import BoardPlan, GroupGeometry, Kind, PlanItem, Region, Role
from .template import ZONES, Prompt, Section, Werkvorm

STATUS_KEYS = ("gedaan", "bezig", "niet_gelukt")
STATUS_REGION = "status."  # region key prefix: "status.gedaan"
HELPED, HINDERED = "helped", "hindered"
ACTION = (440, 150)  # a previous action's sticky: room for party, action, who and when
ACTION_COLOR = "light_blue"


@dataclass(frozen=True, slots=True)
class SeedAction:
    """A previous micro-action, as the follow-up board shows it."""

    id: str
    group: int
    party: str | None = None
    action: str | None = None
    owner: str | None = None
    when: str | None = None  # Wanneer as written


@dataclass(frozen=True, slots=True)
class SeedPlacement:
    """A party as the group placed it last time (offset from the patient centre)."""

    group: int
    name: str
    key: str | None  # template party key; None: a party the group wrote itself
    zone: str  # "A", "B" or "C"
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True, slots=True)
class FollowUpSeed:
    previous: tuple[str, ...]  # session ids of the harvests followed up
    actions: tuple[SeedAction, ...]
    placements: tuple[SeedPlacement, ...]
    groups: int  # how many groups the previous session(s) had


def follow_up_werkvorm(wv: Werkvorm, *, paper: bool = False) -> Werkvorm:
    """The werkvorm with the follow-up's step titles, times and intros in place of the first
    session's, so the shared layout code prints the follow-up's headings, agenda and timer.
    ``paper``: the texts for a room with the print kit (cards laid on a sheet and a poster)."""
    fu = wv.follow_up
    if fu is None:
        raise TemplateError(
            _("template {name} has no texts for a follow-up session").format(name=repr(wv.name)),
            hint=_("add a 'follow_up' section to the template (see docs/templates.md), or use the built-in one"),
        )
    # Step 1's prompts become the follow-up's two questions, keyed as their regions are, so the
    # report, the fill-in sheet and the kit read "Wat hielp?" notes as any step-1 notes.
    review = Section(
        key="review",
        title=fu.review.title,
        prompts=[Prompt(key=HELPED, text=fu.helped), Prompt(key=HINDERED, text=fu.hindered)],
    )
    review_intro = fu.paper.review_intro if paper else fu.review.intro
    network_intro = fu.paper.network_intro if paper else fu.network.intro
    instructions = fu.paper.network_instructions if paper else fu.network_instructions
    s1 = wv.step1.model_copy(
        update={"title": fu.review.title, "minutes": fu.review.minutes, "intro": review_intro, "sections": [review]}
    )
    s2 = wv.step2.model_copy(
        update={
            "title": fu.network.title,
            "minutes": fu.network.minutes,
            "intro": network_intro,
            "instructions": instructions,
        }
    )
    s3 = wv.step3.model_copy(
        update={"title": fu.actions.title, "minutes": fu.actions.minutes, "intro": fu.actions.intro}
    )
    return wv.model_copy(
        update={"steps": [s1, s2, s3], "goal": fu.goal, "time_indication": fu.time_indication, "theme": fu.title}
    )


def action_text(wv: Werkvorm, a: SeedAction) -> str:
    """A previous action as its sticky reads: 'Huisarts: bellen over X' over 'Wie: … · Wanneer: …'."""
    form = wv.step3.form
    head = ": ".join(t for t in (a.party, a.action) if t) or "…"
    tail = " · ".join(
        f"{label}: {value}" for label, value in ((form.owner, a.owner), (form.deadline or "", a.when)) if value
    )
    return f"{head}\n{tail}" if tail else head


def previous_marker(wv: Werkvorm, zone: str) -> str:
    """The line that marks a party placed last time: '(vorige keer: B)'."""
    assert wv.follow_up is not None
    return f"({wv.follow_up.previous}: {zone})"


def _review(b: Builder, wv: Werkvorm, g: int, origin: Point, actions: list[SeedAction]):
    """Step 1 of a follow-up: the previous actions' lane, the status areas, helped/hindered."""
    fu = wv.follow_up
    assert fu is not None
    cols = 3
    w = PAD * 2 + cols * REGION[0] + (cols - 1) * GAP
    inner_w = w - 2 * PAD
    key = f"g{g}.s1"
    x0, y = origin.x + PAD, origin.y + PAD + HEADING_ROOM
    texts: list[tuple] = []
    for name, role, text, size in (
        ("intro", Role.INFO, wv.step1.intro, "m"),
        ("privacy", Role.PRIVACY_NOTICE, f"⚠ {wv.labels.privacy_notice}", "s"),
        ("lane", Role.PARTY_LANE, fu.action_lane if actions else fu.no_actions, "m"),
    ):
        texts.append((f"{key}.{name}", role, x0, y, inner_w, text, size))
        y += text_height(text, inner_w, size) + GAP // 2
    slot_w = (inner_w - (cols - 1) * GAP) / cols
    stickies = []
    for i, a in enumerate(actions):
        r, c = divmod(i, cols)
        rect = Rect(x0 + c * (slot_w + GAP), y + r * (ACTION[1] + GAP), min(ACTION[0], slot_w), ACTION[1])
        stickies.append((f"{key}.action.{i + 1}", rect, action_text(wv, a), a.id))
    rows = math.ceil(len(actions) / cols)
    y += rows * ACTION[1] + max(rows - 1, 0) * GAP + GAP
    # Room for every action in one area (they overlap a little when all go to one).
    status_h = max(REGION[1], min(1000, 100 + len(actions) * 90))
    regions: list[Region] = []
    pending: list[tuple] = []
    labels = fu.statuses.model_dump()
    for c, status in enumerate(STATUS_KEYS):
        rect = Rect(x0 + c * (REGION[0] + GAP), y, REGION[0], status_h)
        rkey = STATUS_REGION + status
        regions.append(Region(key=rkey, step=1, rect=rect, label=labels[status]))
        pending.append((f"{key}.{rkey}", rect, labels[status], rkey))
    y += status_h + GAP
    half = (inner_w - GAP) / 2
    for c, (rkey, label) in enumerate(((HELPED, fu.helped), (HINDERED, fu.hindered))):
        rect = Rect(x0 + c * (half + GAP), y, half, REGION[1])
        regions.append(Region(key=rkey, step=1, rect=rect, label=label))
        pending.append((f"{key}.{rkey}", rect, f"{label}\n{wv.labels.privacy_short}", rkey))
    y += REGION[1] + GAP
    frame = Rect(origin.x, origin.y, w, y + PAD - origin.y)

    def emit() -> None:
        for k, role, x, ty, tw, text, size in texts:
            b.text(k, role, x, ty, tw, text, size, parent=key, group=g)
        for k, rect, label, rkey in pending:
            b.add(
                k,
                Kind.RECTANGLE,
                Role.PROMPT_REGION,
                rect,
                label,
                parent=key,
                group=g,
                text_size="l",
                meta={"prompt": rkey, "step": "1"},
            )
        # Stickies after the areas, so they lie on top wherever they are dragged.
        for k, rect, text, action_id in stickies:
            b.add(
                k,
                Kind.STICKY,
                Role.PREVIOUS_ACTION,
                rect,
                text,
                color=ACTION_COLOR,
                parent=key,
                group=g,
                text_size="s",
                meta={"action_id": action_id},
            )

    return frame, regions, emit


def _ring_spots(centre: Point, placements: list[SeedPlacement]) -> dict[int, Point]:
    """Where each previously placed party goes: in the middle of its former ring's band, spread
    evenly around it in the order they stood last time (by their angle around the patient)."""
    inner = {"A": RADII["patient"], "B": RADII["A"], "C": RADII["B"]}
    spots: dict[int, Point] = {}
    for z in ZONES:
        in_zone = [(i, p) for i, p in enumerate(placements) if p.zone == z]
        if not in_zone:
            continue
        mid = (inner[z] + RADII[z]) / 2
        in_zone.sort(key=lambda ip: (math.atan2(ip[1].y, ip[1].x), ip[0]))
        start = math.atan2(in_zone[0][1].y, in_zone[0][1].x) if (in_zone[0][1].x or in_zone[0][1].y) else -math.pi / 2
        for n, (i, _p) in enumerate(in_zone):
            angle = start + n * 2 * math.pi / len(in_zone)
            spots[i] = Point(centre.x + mid * math.cos(angle), centre.y + mid * math.sin(angle))
    return spots


def _pre_place(b: Builder, wv: Werkvorm, g: int, centre: Point, placements: list[SeedPlacement]) -> None:
    """Move the party stickies of last time's placement into their rings, marked 'vorige keer'.

    A template party's own sticky moves out of the lane; a party the group wrote itself gets a
    sticky of its own. Both keep ``previous_zone`` in their meta.
    """
    key = f"g{g}.s2"
    spots = _ring_spots(centre, placements)
    index = {item.key: n for n, item in enumerate(b.items)}
    extra = 0
    for i, p in enumerate(placements):
        spot = spots[i]
        rect = Rect(spot.x - STICKY[0] / 2, spot.y - STICKY[1] / 2, *STICKY)
        marker = previous_marker(wv, p.zone)
        party_key = f"{key}.party.{p.key}" if p.key else None
        if party_key is not None and party_key in index:
            n = index[party_key]
            old = b.items[n]
            b.items[n] = replace(
                old, rect=rect, text=f"{old.text}\n{marker}", meta={**old.meta, "previous_zone": p.zone}
            )
            continue
        extra += 1
        b.add(
            f"{key}.previous.{extra}",
            Kind.STICKY,
            Role.BLANK_PARTY,
            rect,
            f"{p.name}\n{marker}",
            color="light_yellow",
            parent=key,
            group=g,
            text_size="m",
            meta={"previous_zone": p.zone, **({"party": p.key} if p.key else {})},
        )


def _group(
    b: Builder, wv: Werkvorm, g: int, origin: Point, opts: LayoutOptions, times, seed: FollowUpSeed
) -> GroupGeometry:
    actions = [a for a in seed.actions if a.group == g]
    placements = _dedupe([p for p in seed.placements if p.group == g])
    return group_row(
        b,
        wv,
        g,
        origin,
        opts,
        times,
        step1=lambda at: _review(b, wv, g, at, actions),
        after_network=lambda centre: _pre_place(b, wv, g, centre, placements),
    )


def _dedupe(placements: list[SeedPlacement]) -> list[SeedPlacement]:
    """One sticky per party: the first placement of a template party (or of a written name)."""
    seen: set[str] = set()
    out = []
    for p in placements:
        ident = p.key or " ".join(p.name.lower().split())
        if ident not in seen:
            seen.add(ident)
            out.append(p)
    return out


def layout_follow_up(
    wv: Werkvorm,
    seed: FollowUpSeed,
    groups: int | None = None,
    *,
    title: str = "",
    start: str | None = None,
    participants: int = 6,
) -> BoardPlan:
    """The follow-up board: one group per group of last time (or ``groups``, if more)."""
    fwv = follow_up_werkvorm(wv)
    if groups is not None:  # a number given is checked as given, then at least last time's groups
        validate_options(LayoutOptions(groups=groups, title=title, start=start, participants=participants))
    groups = max(groups or 0, seed.groups, 1)
    opts = LayoutOptions(groups=groups, title=title, start=start, participants=participants)
    return board_plan(
        fwv,
        opts,
        lambda b, g, at, times: _group(b, fwv, g, at, opts, times, seed),
        title=title or f"{wv.title} · {wv.follow_up.title}",  # type: ignore[union-attr]
        recorded_as=wv,
    )


def is_follow_up(plan: BoardPlan) -> bool:
    """Whether a plan is a follow-up session's (its groups have status areas)."""
    return any(r.key.startswith(STATUS_REGION) for g in plan.groups for r in g.regions)


def previous_items(plan: BoardPlan) -> list[PlanItem]:
    """The plan's previous actions and pre-placed parties (for the print kit)."""
    return [i for i in plan.items if i.role == Role.PREVIOUS_ACTION or "previous_zone" in i.meta]
