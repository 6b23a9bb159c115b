"""Classification: board items + manifest → harvest. Pure: no I/O, no clock (pass ``now``).

Rules
-----
* Furniture (titles, prompts, rings, frames, the timer...) is recognised by the ids the
  manifest recorded; everything else with text is a participant's note. Template stickies
  (parties, forms) are notes too, with their *current* text and position.
* A group's geometry is taken from the manifest, shifted by how far its frame (and each step
  frame) has moved on the board since: a frame moved as a whole keeps its contents' meaning.
  A note belongs to the group whose frame or step frame contains its centre; a note in no
  group is "outside the groups".
* Step 2 zones: the distance d from the note's centre to the patient centre decides:
  d ≤ r_A → A (the patient circle counts as A), r_A < d ≤ r_B → B, r_B < d ≤ r_C → C,
  beyond r_C or inside the party lane → not placed. A centre exactly on a ring line counts
  for the inner zone: the line belongs to the disc it encloses.
* Step 1: the prompt region containing the note's centre. Step 2 key questions: likewise.
* Step 3: form stickies are parsed (see :mod:`.forms`); a form or example left as printed
  is ignored; a free note is kept as an action without structure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..geometry import Point, Rect
from ..items import BoardItem
from ..layout_followup import follow_up_werkvorm
from ..manifest import Manifest
from ..party_match import PartyMatcher
from ..plan import GroupGeometry, Region, Role
from ..template import Werkvorm
from .context import context_of
from .followup import follow_up_labels, follow_up_review, without_markers
from .forms import FormParser, form_parser
from .model import GroupHarvest, Harvest, MicroAction, Note, Placement

# Template items whose text or position carries a participant's answer.
_NOTE_ROLES = {Role.PARTY_STICKY, Role.BLANK_PARTY, Role.FORM_STICKY, Role.EXAMPLE_ACTION}
_PRINTED_IGNORED = {Role.FORM_STICKY, Role.EXAMPLE_ACTION}


def zone_of(geo: GroupGeometry, centre: Point) -> str | None:
    """'A', 'B', 'C', or None (not placed) for a note centre, in the geometry's coordinates."""
    if geo.lane.contains(centre):
        return None
    d = centre.distance_to(geo.patient)
    for zone in ("A", "B", "C"):
        if d <= geo.radii[zone] + 1e-6:  # tolerance: "on the line" survives float rounding
            return zone
    return None


def shifted(geo: GroupGeometry, frame: tuple[float, float], steps: dict[int, tuple[float, float]]) -> GroupGeometry:
    """The geometry after the group frame moved by ``frame`` and each step frame by ``steps[n]``.

    On Excalidraw and Mural the step frames move with their group frame; on Miro frames do not
    nest, so a step frame can move on its own: each step's contents follow their own frame.
    """

    def by(step: int) -> tuple[float, float]:
        return steps.get(step, frame)

    s2 = by(2)
    return GroupGeometry(
        index=geo.index,
        name=geo.name,
        frame_key=geo.frame_key,
        frame=geo.frame.moved(*frame),
        step_frames={k: r.moved(*by(k)) for k, r in geo.step_frames.items()},
        patient=geo.patient.moved(*s2),
        radii=geo.radii,
        lane=geo.lane.moved(*s2),
        regions=[Region(r.key, r.step, r.rect.moved(*by(r.step)), r.label) for r in geo.regions],
        timer_key=geo.timer_key,
    )


def current_geometries(manifest: Manifest, items: Iterable[BoardItem]) -> list[GroupGeometry]:
    """Each group's geometry at its frames' current positions on the board."""
    by_id = {i.id: i for i in items if not i.deleted}

    def offset(key: str, was: Rect) -> tuple[float, float] | None:
        item_id = manifest.id_of(key)
        now = by_id.get(item_id) if item_id else None
        return (now.rect.x - was.x, now.rect.y - was.y) if now else None

    out = []
    for g in manifest.geometries():
        frame = offset(g.frame_key, g.frame) or (0.0, 0.0)
        steps = {}
        for n, rect in g.step_frames.items():
            moved = offset(f"{g.frame_key}.s{n}", rect)
            if moved is not None:
                steps[n] = moved
        out.append(shifted(g, frame, steps))
    return out


def _in_group(geo: GroupGeometry, p: Point) -> bool:
    return geo.frame.contains(p) or any(r.contains(p) for r in geo.step_frames.values())


def _group_finder(geos: list[GroupGeometry]):
    """``lambda p: next((g for g in geos if _in_group(g, p)), None)``, with every frame's edges
    worked out once (the same sums :meth:`Rect.contains` makes): a 3,000-note board made
    ~56,000 of those calls, ~0.05 s."""
    boxes = []
    for g in geos:
        frames = [(r.x, r.y, r.x + r.w, r.y + r.h) for r in (g.frame, *g.step_frames.values())]
        # The box around all of them: a point outside it is in none (so, for a note, most groups).
        left, top, right, bottom = zip(*frames, strict=True)
        boxes.append((g, (min(left), min(top), max(right), max(bottom)), frames))

    def find(p: Point) -> GroupGeometry | None:
        x, y = p.x, p.y
        for g, (ax0, ay0, ax1, ay1), frames in boxes:
            if not (ax0 <= x < ax1 and ay0 <= y < ay1):
                continue
            for x0, y0, x1, y1 in frames:
                if x0 <= x < x1 and y0 <= y < y1:
                    return g
        return None

    return find


@dataclass(frozen=True, slots=True)
class _Note:
    item: BoardItem
    role: Role | None  # the template role when the manifest created it
    printed: bool = False  # a template sticky whose text nobody changed

    @property
    def centre(self) -> Point:
        return self.item.rect.center


def _participant_notes(manifest: Manifest, items: Iterable[BoardItem]) -> list[_Note]:
    by_id = {ref.id: ref for ref in manifest.items.values()}
    notes = []
    for item in items:
        if item.deleted or not item.text.strip():
            continue
        ref = by_id.get(item.id)
        if ref is None:
            if item.kind == "frame":
                continue
            notes.append(_Note(item, None))
            continue
        role = Role(ref.role)
        if role not in _NOTE_ROLES:
            continue  # furniture
        printed = item.text.strip() == ref.text.strip()
        if role in _PRINTED_IGNORED and printed:
            continue  # a form or example nobody touched
        notes.append(_Note(item, role, printed))
    # Reading order, so the same board always gives the same harvest.
    notes.sort(key=lambda n: (round(n.item.rect.y), round(n.item.rect.x), n.item.id))
    return notes


def _region_at(geo: GroupGeometry, step: int, p: Point) -> str | None:
    return next((r.key for r in geo.regions if r.step == step and r.rect.contains(p)), None)


def _step_at(geo: GroupGeometry, p: Point) -> int | None:
    return next((n for n, r in sorted(geo.step_frames.items()) if r.contains(p)), None)


@dataclass(frozen=True)
class Readers:
    """What reads the participants' texts for a template: its parties and its form's labels,
    compiled to regular expressions (~0.01 s; a harvest of an online board gets them ready
    while the board is read, see :func:`werkbord.api.harvest`)."""

    wv: Werkvorm
    parties: PartyMatcher
    forms: FormParser


def readers_for(wv: Werkvorm) -> Readers:
    return Readers(wv, PartyMatcher(wv.parties), form_parser(wv.step3.form))


def classify(
    manifest: Manifest, items: list[BoardItem], wv: Werkvorm, *, now: str, readers: Readers | None = None
) -> Harvest:
    """The harvest of a board, from its current items and the manifest that made it.
    ``readers``: :func:`readers_for` ``wv``, when made beforehand."""
    if manifest.follow_up is not None:  # a follow-up session: see .followup
        items = without_markers(manifest, items)
    geos = current_geometries(manifest, items)
    if readers is None or readers.wv is not wv:
        readers = readers_for(wv)
    matcher, forms = readers.parties, readers.forms
    groups = {g.index: GroupHarvest(index=g.index, name=g.name) for g in geos}
    outside: list[str] = []
    notes: list[Note] = []

    group_at = _group_finder(geos)
    for n in _participant_notes(manifest, items):
        text, c = n.item.text, n.centre
        geo = group_at(c)
        if geo is None:
            outside.append(text)
            notes.append(Note(id=n.item.id, text=text))
            continue
        gh = groups[geo.index]
        step = _step_at(geo, c)
        record = Note(id=n.item.id, text=text, group=geo.index, step=step)
        if step == 1:
            key = _region_at(geo, 1, c)
            if key:
                gh.step1.setdefault(key, []).append(text)
                record.region = key
                if key.endswith(MISSING_SUFFIXES):  # "partijen die vaak ontbreken": which party?
                    named = matcher.match(text)
                    record.party = named.name if named is not None else None
            else:
                gh.other.append(text)
        elif step == 2:
            key = _region_at(geo, 2, c)
            if key:
                gh.questions.setdefault(key, []).append(text)
                record.region = key
            else:
                match = matcher.match(text)
                zone = zone_of(geo, c)
                if match is not None:
                    laid_out = zone is None and not geo.lane.contains(c)
                    placement = Placement(
                        name=match.name,
                        key=match.key,
                        zone=zone,
                        note_id=n.item.id,
                        x=c.x - geo.patient.x,
                        y=c.y - geo.patient.y,
                        outside_rings=laid_out,
                    )
                    (gh.zones[zone] if zone else gh.unplaced).append(placement)
                    record.region = f"zone.{zone}" if zone else ("outside_rings" if laid_out else "unplaced")
                    record.party = match.name
                    if zone is None and not laid_out and n.printed and n.role == Role.PARTY_STICKY:
                        continue  # a party sticky nobody touched is not a note anyone wrote
        elif step == 3:
            action = _micro_action(n, forms, matcher)
            if action is not None:
                gh.micro_actions.append(action)
                record.region = "s3"
                record.party = action.party
        else:
            gh.other.append(text)
        notes.append(record)

    for gh in groups.values():
        # A party placed in a zone (say as a fresh sticky) is not also "not placed" because its
        # template sticky stayed in the lane.
        placed = {p.key for z in gh.zones.values() for p in z if p.key}
        gh.unplaced = [p for p in gh.unplaced if p.key is None or p.key not in placed]

    follow_up, context = None, context_of(wv)
    if manifest.follow_up is not None:
        follow_up = follow_up_review(manifest, items, [groups[g.index] for g in geos], geos)
        context = context_of(follow_up_werkvorm(wv))
        context.labels.update(follow_up_labels(wv))
    return Harvest(
        follow_up=follow_up,
        session=manifest.name,
        board=board_identity(manifest),
        session_id=f"{manifest.name}@{manifest.created_at}",
        session_created_at=manifest.created_at,
        session_start=manifest.start,
        session_date=manifest.session_date,
        care_team=manifest.care_team,
        title=manifest.title,
        backend=manifest.backend,
        template=manifest.template.name,
        template_version=manifest.template.version,
        harvested_at=now,
        context=context,
        groups=[groups[g.index] for g in geos],
        outside=outside,
        notes=notes,
    )


# Step 1 prompt keys whose notes name parties that are missing (the template's "ontbrekend").
MISSING_SUFFIXES = ("ontbrekend", "ontbreekt", "missing")


def board_identity(manifest: Manifest) -> str:
    """The board a manifest describes, the same for every harvest of it."""
    ref = manifest.board.id or manifest.board.path or manifest.board.url or manifest.name
    return f"{manifest.backend}:{ref}"


def _micro_action(n: _Note, forms: FormParser, matcher: PartyMatcher) -> MicroAction | None:
    text = n.item.text
    parsed = forms.parse(text, strict=n.role is None)
    if parsed.empty:
        return None
    if not parsed.labelled and n.role is None:
        # A free note in step 3: an action, kept as written.
        return MicroAction(action=text, text=text, structured=False, note_id=n.item.id)
    party_text = parsed.get("party")
    match = matcher.match(party_text) if party_text else None
    return MicroAction(
        party=match.name if match else None,
        party_key=match.key if match else None,
        action=parsed.get("action"),
        expected_effect=parsed.get("effect"),
        owner=parsed.get("owner"),
        deadline=parsed.get("deadline"),
        text=text,
        structured=True,
        note_id=n.item.id,
    )
