"""Layout: from a werkvorm and options to a platform-neutral board plan. Pure, deterministic.

Board geometry (absolute px, x right, y down)::

    ┌ facilitator frame ┐
    └───────────────────┘
    ┌ Groep 1 ─────────────────────────────────┐ ┌ Groep 2 ...
    │ [timer]                                   │
    │ ┌ Stap 1 ──┐ ┌ Stap 2 ────────┐ ┌ Stap 3 ┐ │
    │ │ regions  │ │ rings  │ lane  │ │ forms  │ │
    │ │          │ │ key questions  │ │ examples│ │
    │ └──────────┘ └────────────────┘ └────────┘ │
    └───────────────────────────────────────────┘
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .errors import UsageError
from .geometry import Point, Rect
from .i18n import _
from .plan import BoardPlan, GroupGeometry, Kind, PlanItem, Region, Role
from .template import ZONES, Werkvorm

MAX_GROUPS = 30
MAX_PARTICIPANTS = 12

# Sizes, in canvas px. Chosen so a sticky (190x120) fits inside one ring band.
MARGIN = 60
PAD = 40
GAP = 30
STEP_GAP = 80
GROUP_GAP = 400
TIMER = (760, 150)
STEP_TOP = MARGIN + TIMER[1] + 50
REGION = (460, 400)
STICKY = (190, 120)
FORM = (360, 280)
EXAMPLE = (360, 200)
RADII = {"patient": 120.0, "A": 340.0, "B": 550.0, "C": 760.0}
LANE_COLS = 3
QUESTION_H = 420
# Rough glyph metrics for sizing text boxes (average width ~0.55em, line height 1.25em).
FONT_PX = {"s": 16, "m": 20, "l": 28, "xl": 36}
HEADING_ROOM = 70  # room at the top of a step frame for its title


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """What a layout is made for: the session's title, start, groups and participants."""

    groups: int = 4
    title: str = ""
    start: str | None = None  # "HH:MM"
    participants: int = 6


def parse_start(start: str | None) -> int | None:
    """Minutes after midnight for 'HH:MM' (or 'H:MM', 'HH.MM'); None when absent."""
    if start is None or start == "":
        return None
    m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", start)
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise UsageError(
            _("--start {start} is not a time of day").format(start=repr(start)), hint=_("use HH:MM, e.g. --start 14:00")
        )
    return int(m[1]) * 60 + int(m[2])


def clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def validate_options(opts: LayoutOptions) -> None:
    if not 1 <= opts.groups <= MAX_GROUPS:
        raise UsageError(
            _("--groups {groups} is out of range").format(groups=opts.groups),
            hint=_("choose 1 to {most} breakout groups").format(most=MAX_GROUPS),
        )
    if not 1 <= opts.participants <= MAX_PARTICIPANTS:
        raise UsageError(
            _("--participants {participants} is out of range").format(participants=opts.participants),
            hint=_("choose 1 to {most} participants per group").format(most=MAX_PARTICIPANTS),
        )
    parse_start(opts.start)


def text_height(text: str, width: float, size: str) -> float:
    """Height a text needs at ``size`` in a box ``width`` wide (estimate, errs on the large side)."""
    px = FONT_PX[size]
    per_line = max(1, int((width - 10) / (px * 0.55)))
    lines = sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))
    return math.ceil(lines * px * 1.25 + 10)


def step_times(wv: Werkvorm, start: int | None) -> list[str]:
    """'14:00–14:25' per step when a start is known, else '25 min'."""
    out, t = [], start
    for step in wv.steps:
        if t is None:
            out.append(f"{step.minutes} min")
        else:
            out.append(f"{clock(t)}–{clock(t + step.minutes)}")
            t += step.minutes
    return out


class Builder:
    """Collects items in creation order (parents before children)."""

    def __init__(self) -> None:
        self.items: list[PlanItem] = []

    def add(
        self,
        key: str,
        kind: Kind,
        role: Role,
        rect: Rect,
        text: str = "",
        *,
        color: str | None = None,
        parent: str | None = None,
        group: int | None = None,
        text_size: str = "m",
        meta: dict[str, str] | None = None,
    ) -> PlanItem:
        # The item's fields by name, passed on in order: no keyword dict packed and unpacked
        # for each of a 30-group board's 2,079 items.
        item = PlanItem(key, kind, role, rect, text, color, parent, group, text_size, {} if meta is None else meta)
        self.items.append(item)
        return item

    def text(self, key: str, role: Role, x: float, y: float, w: float, text: str, size: str = "m", **kw) -> Rect:
        rect = Rect(x, y, w, text_height(text, w, size))
        self.add(key, Kind.TEXT, role, rect, text, text_size=size, **kw)
        return rect


# --- the facilitator frame ----------------------------------------------------------


def facilitator_frame(b: Builder, wv: Werkvorm, opts: LayoutOptions, times: list[str]) -> Rect:
    L = wv.labels
    col_w = 1100
    x1, x2 = PAD, PAD + col_w + 2 * PAD
    key = "facilitator"
    title = opts.title or wv.title
    # The frame is added first but sized last: build children, then measure.
    children: list[tuple] = []
    y = PAD
    children.append(("title", Role.TITLE, x1, y, 2 * col_w + 2 * PAD, f"{title}\n{wv.title} · {wv.theme}", "xl"))
    y += text_height(children[-1][5], children[-1][4], "xl") + GAP
    top = y
    agenda = "\n".join(
        f"{L.step} {i + 1} · {s.title} · {t}" for i, (s, t) in enumerate(zip(wv.steps, times, strict=True))
    )
    left = [
        ("goal", Role.INFO, f"{L.goal}\n{wv.goal}\n({wv.time_indication})"),
        ("agenda", Role.INFO, f"{L.agenda}\n{agenda}"),
        ("privacy", Role.PRIVACY_NOTICE, f"{L.privacy_title}\n{L.privacy_notice}"),
        ("preparation", Role.INFO, f"{L.preparation}\n" + "\n".join(f"• {p}" for p in wv.preparation)),
    ]
    mat = wv.materials
    survey = "\n".join(f"• {bk.label}: {round(bk.survey_share * 100)}%" for bk in wv.buckets)
    right = [
        ("materials", Role.INFO, f"{L.materials}\n" + "\n".join(f"• {m}" for m in mat.physical + mat.online)),
        ("survey", Role.INFO, f"{L.survey}: {wv.survey.source}\n{wv.survey.note}\n{survey}"),
        (
            "sources",
            Role.INFO,
            f"{L.sources}\n" + "\n".join(f"• {s.title}" + (f" — {s.url}" if s.url else "") for s in wv.sources),
        ),
    ]
    bottoms = []
    for x, column in ((x1, left), (x2, right)):
        y = top
        for name, role, text in column:
            children.append((name, role, x, y, col_w, text, "m"))
            y += text_height(text, col_w, "m") + GAP
        bottoms.append(y)
    frame = Rect(0, 0, x2 + col_w + PAD, max(bottoms) + PAD)
    b.add(key, Kind.FRAME, Role.FACILITATOR_FRAME, frame, f"{L.facilitator} · {title}")
    for name, role, x, y, w, text, size in children:
        b.text(f"{key}.{name}", role, x, y, w, text, size, parent=key)
    return frame


# --- one group ------------------------------------------------------------------------


def step_heading(wv: Werkvorm, n: int, times: list[str]) -> str:
    step = wv.steps[n - 1]
    return f"{wv.labels.step} {n} · {step.title} · {times[n - 1]}"


def _step1(b: Builder, wv: Werkvorm, g: int, origin: Point, times, height: float | None):
    """Step 1: heading, intro, privacy notice, one region per prompt. Returns (rect, regions)."""
    s1 = wv.step1
    cols = min(3, max(len(s.prompts) for s in s1.sections))
    w = PAD * 2 + cols * REGION[0] + (cols - 1) * GAP
    key = f"g{g}.s1"
    inner_w = w - 2 * PAD
    regions: list[Region] = []
    pending: list[tuple] = []
    x0, y = origin.x + PAD, origin.y + PAD
    y += HEADING_ROOM  # the step frame's own title (its text) stands here
    for name, role, text, size in (
        ("intro", Role.INFO, s1.intro, "m"),
        ("privacy", Role.PRIVACY_NOTICE, f"⚠ {wv.labels.privacy_notice}", "s"),
    ):
        pending.append(("text", f"{key}.{name}", role, x0, y, inner_w, text, size))
        y += text_height(text, inner_w, size) + GAP // 2
    for section in s1.sections:
        pending.append(("text", f"{key}.{section.key}", Role.TITLE, x0, y, inner_w, section.title, "l"))
        y += text_height(section.title, inner_w, "l") + 10
        for i, prompt in enumerate(section.prompts):
            r, c = divmod(i, cols)
            rect = Rect(x0 + c * (REGION[0] + GAP), y + r * (REGION[1] + GAP), *REGION)
            label = f"{prompt.text}\n{wv.labels.privacy_short}"  # the notice on every case prompt
            pending.append(("region", f"{key}.{prompt.key}", rect, label, prompt.key))
            regions.append(Region(key=prompt.key, step=1, rect=rect, label=prompt.text))
        rows = math.ceil(len(section.prompts) / cols)
        y += rows * REGION[1] + (rows - 1) * GAP + GAP
    frame = Rect(origin.x, origin.y, w, max(y + PAD - origin.y, height or 0))
    return frame, regions, pending


def _emit(b: Builder, pending: list[tuple], parent: str, g: int) -> None:
    for p in pending:
        if p[0] == "text":
            _, k, role, x, y, w, text, size = p
            b.text(k, role, x, y, w, text, size, parent=parent, group=g)
        else:
            _, k, rect, text, pkey = p
            b.add(
                k,
                Kind.RECTANGLE,
                Role.PROMPT_REGION,
                rect,
                text,
                parent=parent,
                group=g,
                text_size="m",
                meta={"prompt": pkey, "step": "1"},
            )


@dataclass(frozen=True, slots=True)
class _NetworkGeometry:
    """Where step 2's parts go: the rings on the left, legend and party lane on the right, the
    key questions across the bottom."""

    key: str  # the step frame's plan key ("g1.s2")
    x0: float  # left edge of the content
    top: float  # below the step frame's title
    model_w: float
    centre: Point  # of the rings
    lx: float  # left edge of the right-hand column
    lane_w: float
    lane: Rect  # the lane's label and its party slots
    lane_top: float  # the first row of slots
    lane_rows: int
    intro: str
    legend: str


def network_step(b: Builder, wv: Werkvorm, g: int, origin: Point, times, frame_key: str):
    """Step 2, measured now and drawn later: (frame, key-question regions, centre of the rings,
    lane, emit). The caller sizes every step frame first, so the items come out when it calls
    ``emit``."""
    s2 = wv.step2
    rc = RADII["C"]
    lane_w = LANE_COLS * STICKY[0] + (LANE_COLS - 1) * 20
    model_w = 2 * rc
    w = PAD + model_w + 2 * PAD + lane_w + PAD
    x0, y = origin.x + PAD, origin.y + PAD
    inner_w = w - 2 * PAD
    intro = s2.intro + "\n" + "\n".join(f"• {i}" for i in s2.instructions)
    h_title = HEADING_ROOM - GAP // 2
    h_intro = text_height(intro, model_w, "m")
    top = y + h_title + GAP // 2
    model_top = top + h_intro + GAP
    centre = Point(x0 + rc, model_top + rc)

    # Legend and lane in the right-hand column.
    lx = x0 + model_w + 2 * PAD
    legend = "\n".join(f"{s2.zones[z].label}: {s2.zones[z].definition}" for z in ZONES) + f"\n{s2.zone_note}"
    h_legend = text_height(legend, lane_w, "s")
    h_lane_label = text_height(wv.labels.party_lane, lane_w, "m")
    n_party = len(wv.parties) + s2.blank_parties
    lane_rows = math.ceil(n_party / LANE_COLS)
    lane_top = top + h_legend + GAP + h_lane_label + 10
    lane = Rect(lx, top + h_legend + GAP, lane_w, h_lane_label + 10 + lane_rows * STICKY[1] + (lane_rows - 1) * 20)

    # Key questions below the model, side by side.
    q_top = max(model_top + 2 * rc, lane.bottom) + GAP
    nq = len(s2.key_questions)
    q_w = (inner_w - (nq - 1) * GAP) / nq
    q_regions = [
        Region(key=q.key, step=2, rect=Rect(x0 + i * (q_w + GAP), q_top, q_w, QUESTION_H), label=q.text)
        for i, q in enumerate(s2.key_questions)
    ]
    frame = Rect(origin.x, origin.y, w, q_top + QUESTION_H + PAD - origin.y)
    at = _NetworkGeometry(f"g{g}.s2", x0, top, model_w, centre, lx, lane_w, lane, lane_top, lane_rows, intro, legend)

    def emit() -> None:
        b.text(f"{at.key}.intro", Role.INFO, at.x0, at.top, at.model_w, at.intro, "m", parent=at.key, group=g)
        _emit_rings(b, wv, g, at)
        _emit_lane(b, wv, g, at)
        _emit_key_questions(b, wv, g, at.key, q_regions)

    return frame, q_regions, centre, lane, emit


def _emit_rings(b: Builder, wv: Werkvorm, g: int, at: _NetworkGeometry) -> None:
    """The rings, the patient in the middle and a letter in each band."""
    key, centre = at.key, at.centre
    # Outer ring first so inner shapes stack on top of it.
    for z in reversed(ZONES):
        r = RADII[z]
        b.add(
            f"{key}.ring.{z}",
            Kind.ELLIPSE,
            Role.ZONE_RING,
            Rect(centre.x - r, centre.y - r, 2 * r, 2 * r),
            parent=key,
            group=g,
            meta={"zone": z},
        )
    rp = RADII["patient"]
    b.add(
        f"{key}.patient",
        Kind.ELLIPSE,
        Role.PATIENT,
        Rect(centre.x - rp, centre.y - rp, 2 * rp, 2 * rp),
        wv.step2.patient_label,
        color="light_yellow",
        parent=key,
        group=g,
        text_size="l",
    )
    inner = {"A": RADII["patient"], "B": RADII["A"], "C": RADII["B"]}
    for z in ZONES:
        mid = (inner[z] + RADII[z]) / 2
        lw = 90
        b.add(
            f"{key}.zone.{z}",
            Kind.TEXT,
            Role.ZONE_LABEL,
            Rect(centre.x - lw / 2, centre.y - mid - 25, lw, 50),
            z,
            parent=key,
            group=g,
            text_size="xl",
            meta={"zone": z},
        )


def _emit_lane(b: Builder, wv: Werkvorm, g: int, at: _NetworkGeometry) -> None:
    """The legend, then the lane: a sticky per party of the template, then blank ones."""
    key, lx = at.key, at.lx
    b.text(f"{key}.legend", Role.ZONE_LEGEND, lx, at.top, at.lane_w, at.legend, "s", parent=key, group=g)
    b.text(f"{key}.lane", Role.PARTY_LANE, lx, at.lane.y, at.lane_w, wv.labels.party_lane, "m", parent=key, group=g)
    slots = [
        Rect(lx + c * (STICKY[0] + 20), at.lane_top + r * (STICKY[1] + 20), *STICKY)
        for r in range(at.lane_rows)
        for c in range(LANE_COLS)
    ]
    for slot, party in zip(slots, wv.parties, strict=False):
        b.add(
            f"{key}.party.{party.key}",
            Kind.STICKY,
            Role.PARTY_STICKY,
            slot,
            party.label,
            color=wv.sector(party.sector).color,
            parent=key,
            group=g,
            text_size="m",
            meta={"party": party.key},
        )
    n_party = len(wv.parties) + wv.step2.blank_parties
    for i, slot in enumerate(slots[len(wv.parties) : n_party], start=1):
        b.add(f"{key}.blank.{i}", Kind.STICKY, Role.BLANK_PARTY, slot, "", color="light_yellow", parent=key, group=g)


def _emit_key_questions(b: Builder, wv: Werkvorm, g: int, key: str, q_regions: list[Region]) -> None:
    for region in q_regions:
        b.add(
            f"{key}.q.{region.key}",
            Kind.RECTANGLE,
            Role.QUESTION_REGION,
            region.rect,
            f"{region.label}\n{wv.labels.answers_here}",
            parent=key,
            group=g,
            text_size="m",
            meta={"question": region.key, "step": "2"},
        )


def action_step(b: Builder, wv: Werkvorm, g: int, origin: Point, times, participants: int):
    s3 = wv.step3
    L = wv.labels
    key = f"g{g}.s3"
    cols = 3
    w = 2 * PAD + cols * FORM[0] + (cols - 1) * GAP
    inner_w = w - 2 * PAD
    x0, y = origin.x + PAD, origin.y + PAD
    pending: list[tuple] = []
    intro = s3.intro + "\n" + "\n".join(f"• {i}" for i in s3.instructions)
    y += HEADING_ROOM  # the step frame's own title
    for name, role, text, size in (("intro", Role.INFO, intro, "m"),):
        pending.append((name, role, x0, y, text, size))
        y += text_height(text, inner_w, size) + GAP // 2
    # Who and when too: the instructions ask for them, so the form has a line for each.
    form_text = "\n".join(
        f"{label}:" for label in (s3.form.party, s3.form.action, s3.form.effect, s3.form.owner, s3.form.deadline)
    )
    forms = []
    for i in range(participants):
        r, c = divmod(i, cols)
        forms.append(Rect(x0 + c * (FORM[0] + GAP), y + r * (FORM[1] + GAP), *FORM))
    form_rows = math.ceil(participants / cols)
    forms_area = Rect(x0, y, inner_w, form_rows * FORM[1] + (form_rows - 1) * GAP)
    y = forms_area.bottom + GAP
    ex_label_y = y
    y += text_height(L.examples, inner_w, "l") + 10
    examples = []
    for i in range(len(s3.examples)):
        r, c = divmod(i, cols)
        examples.append(Rect(x0 + c * (EXAMPLE[0] + GAP), y + r * (EXAMPLE[1] + GAP), *EXAMPLE))
    ex_rows = math.ceil(len(s3.examples) / cols)
    y += ex_rows * EXAMPLE[1] + (ex_rows - 1) * GAP + GAP
    sharing = "\n".join(f"• {q}" for q in s3.sharing_questions)
    sharing_y = y
    y += text_height(sharing, inner_w, "m")
    frame = Rect(origin.x, origin.y, w, y + PAD - origin.y)

    def emit() -> None:
        for name, role, x, ty, text, size in pending:
            b.text(f"{key}.{name}", role, x, ty, inner_w, text, size, parent=key, group=g)
        for i, rect in enumerate(forms, start=1):
            b.add(
                f"{key}.form.{i}",
                Kind.STICKY,
                Role.FORM_STICKY,
                rect,
                form_text,
                color="light_yellow",
                parent=key,
                group=g,
                text_size="m",
            )
        b.text(f"{key}.examples", Role.TITLE, x0, ex_label_y, inner_w, L.examples, "l", parent=key, group=g)
        for i, (rect, text) in enumerate(zip(examples, s3.examples, strict=True), start=1):
            b.add(
                f"{key}.example.{i}",
                Kind.STICKY,
                Role.EXAMPLE_ACTION,
                rect,
                text,
                color="gray",
                parent=key,
                group=g,
                text_size="s",
            )
        b.text(f"{key}.sharing", Role.INFO, x0, sharing_y, inner_w, sharing, "m", parent=key, group=g)

    return frame, forms_area, emit


def timer_text(wv: Werkvorm, step: int, times: list[str]) -> str:
    """'Timer · Stap 1 · 14:00–14:25' over 'Ervaring ophalen · 25 min' (no clock without --start)."""
    s = wv.steps[step - 1]
    clock_times = f" · {times[step - 1]}" if "–" in times[step - 1] else ""
    return f"{wv.labels.timer_prompt} · {wv.labels.step} {step}{clock_times}\n{s.title} · {s.minutes} min"


def _group(b: Builder, wv: Werkvorm, g: int, origin: Point, opts: LayoutOptions, times) -> GroupGeometry:
    def step1(at: Point):
        frame, regions, pending = _step1(b, wv, g, at, times, None)
        return frame, regions, lambda: _emit(b, pending, f"g{g}.s1", g)

    return group_row(b, wv, g, origin, opts, times, step1)


def group_row(
    b: Builder, wv: Werkvorm, g: int, origin: Point, opts: LayoutOptions, times, step1, after_network=None
) -> GroupGeometry:
    """One group's frame: its timer and three step frames side by side, step 1 drawn by ``step1``.

    ``step1(top_left)`` gives (frame, regions, emit): the first session's prompts, or a follow-up's
    review. ``after_network(centre)``, when given, draws on the network once its items are out
    (a follow-up's parties of last time)."""
    fkey = f"g{g}"
    name = f"{wv.labels.group} {g}"
    steps_top = origin.y + STEP_TOP
    s1_frame, s1_regions, s1_emit = step1(Point(origin.x + MARGIN, steps_top))
    s2_origin = Point(s1_frame.right + STEP_GAP, steps_top)
    s2_frame, q_regions, centre, lane, s2_emit = network_step(b, wv, g, s2_origin, times, fkey)
    s3_origin = Point(s2_frame.right + STEP_GAP, steps_top)
    s3_frame, forms_area, s3_emit = action_step(b, wv, g, s3_origin, times, opts.participants)
    # All step frames share the tallest height so the group reads as one row.
    h = max(s1_frame.h, s2_frame.h, s3_frame.h)
    s1_frame, s2_frame, s3_frame = (Rect(f.x, f.y, f.w, h) for f in (s1_frame, s2_frame, s3_frame))
    frame = Rect(origin.x, origin.y, s3_frame.right + MARGIN - origin.x, STEP_TOP + h + MARGIN)

    b.add(fkey, Kind.FRAME, Role.GROUP_FRAME, frame, name, group=g)
    b.add(
        f"{fkey}.timer",
        Kind.RECTANGLE,
        Role.TIMER,
        Rect(origin.x + MARGIN, origin.y + MARGIN, *TIMER),
        timer_text(wv, 1, times),
        color="light_yellow",
        parent=fkey,
        group=g,
        text_size="l",
    )
    for n, rect in enumerate((s1_frame, s2_frame, s3_frame), start=1):
        # One text serves as the step's title: the frame's own, with its clock times.
        b.add(
            f"{fkey}.s{n}",
            Kind.FRAME,
            Role.STEP_FRAME,
            rect,
            step_heading(wv, n, times),
            parent=fkey,
            group=g,
            meta={"step": str(n)},
        )
        if n == 1:
            s1_emit()
        elif n == 2:
            s2_emit()
            if after_network is not None:
                after_network(centre)
        else:
            s3_emit()
    return GroupGeometry(
        index=g,
        name=name,
        frame_key=fkey,
        frame=frame,
        step_frames={1: s1_frame, 2: s2_frame, 3: s3_frame},
        patient=centre,
        radii=dict(RADII),
        lane=lane,
        regions=[*s1_regions, *q_regions, Region(key="forms", step=3, rect=forms_area, label=wv.step3.title)],
        timer_key=f"{fkey}.timer",
    )


def group_grid(groups: int, top: float, draw_group) -> list[GroupGeometry]:
    """The groups in a grid below the facilitator frame: ``draw_group(index, top_left)`` draws
    one and gives its geometry. Cells are as wide and tall as the largest group so far."""
    cols = grid_columns(groups)
    geometries: list[GroupGeometry] = []
    origin_y = top
    row_h = col_w = 0.0
    for i in range(groups):
        c = i % cols
        if c == 0 and i:
            origin_y += row_h + GROUP_GAP
        x = c * (col_w + GROUP_GAP) if col_w else 0.0
        geo = draw_group(i + 1, Point(x, origin_y))
        geometries.append(geo)
        col_w, row_h = max(col_w, geo.frame.w), max(row_h, geo.frame.h)
    return geometries


def grid_columns(groups: int) -> int:
    """Group frames are about twice as wide as tall: this keeps the whole board roughly square."""
    return max(1, math.ceil(math.sqrt(groups / 2)))


def layout(
    wv: Werkvorm,
    groups: int = 4,
    *,
    title: str = "",
    start: str | None = None,
    participants: int = 6,
) -> BoardPlan:
    """The board plan for ``groups`` breakout groups. Same inputs, same plan."""
    opts = LayoutOptions(groups=groups, title=title, start=start, participants=participants)
    return board_plan(wv, opts, lambda b, g, at, times: _group(b, wv, g, at, opts, times), title=title or wv.title)


def board_plan(
    wv: Werkvorm, opts: LayoutOptions, draw_group, *, title: str, recorded_as: Werkvorm | None = None
) -> BoardPlan:
    """The facilitator frame with ``opts.groups`` groups below it, each drawn by
    ``draw_group(builder, g, top_left, times)``: a first session's board or a follow-up's.
    ``recorded_as``: the template the plan names (a follow-up is drawn from its own werkvorm but
    records the template it follows up; default ``wv``)."""
    validate_options(opts)
    times = step_times(wv, parse_start(opts.start))
    b = Builder()
    fac = facilitator_frame(b, wv, opts, times)
    geometries = group_grid(opts.groups, fac.bottom + GROUP_GAP, lambda g, at: draw_group(b, g, at, times))
    template = recorded_as or wv
    return BoardPlan(
        title=title,
        template=template.name,
        template_version=template.version,
        lang=template.lang,
        start=opts.start,
        participants=opts.participants,
        items=b.items,
        groups=geometries,
        facilitator_key="facilitator",
    )
