"""What a row of the fill-in sheet means, and the board items it becomes.

A row names a group, a step and a place: a step-1 prompt, a zone (A, B, C or not placed) or
a key question in step 2, the micro-actions or a loose note. It becomes a board item where a
participant would have put the post-it on the board the plan describes: in the prompt's region,
in the middle of the zone's band, in the form area. Harvest then classifies these items exactly
as it classifies any board, so the report and de-identification are one path.

Rows are read in full before anything else happens; every row that cannot be read is listed in
one error naming the row and what to write.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..errors import UsageError
from ..geometry import Point, Rect
from ..i18n import _, ngettext
from ..items import BoardItem, clean_text
from ..manifest import Manifest
from ..plan import GroupGeometry, Role
from ..template import ZONES, Werkvorm
from ..textnorm import normalise
from .fillin import RawRow, zone_choice

FREE, ACTIONS, UNPLACED = "free", "actions", "unplaced"
NOTE_SIZE = 10.0  # a typed note's size on the virtual board; small, so it sits inside its spot


@dataclass(frozen=True, slots=True)
class Entry:
    row: int
    group: int | None  # None: outside the groups
    step: int | None
    place: str  # a prompt key, "zone.A".."zone.C", "unplaced", "actions" or "free"
    text: str  # the note as it goes on the board


class _Vocabulary:
    """The words each column accepts, normalised (case, accents and punctuation ignored)."""

    def __init__(self, wv: Werkvorm, groups: int) -> None:
        L = wv.labels
        self.wv, self.groups = wv, groups
        self.outside = {normalise(L.outside_groups), "outside", "buiten"}
        self.group_word = normalise(L.group)
        self.places: dict[str, tuple[int | None, str]] = {}

        def add(names, step, place):
            for n in names:
                if normalise(n):
                    self.places.setdefault(normalise(n), (step, place))

        for s in wv.step1.sections:
            for p in s.prompts:
                add([p.text, p.key], 1, p.key)
        for z in ZONES:
            label = wv.step2.zones[z].label  # "A — A · goed ...": what earlier sheets offered
            add([zone_choice(wv, z), label, f"{z} — {label}", z, f"zone {z}", f"{L.zone} {z}"], 2, f"zone.{z}")
        add([L.unplaced, "unplaced", "niet geplaatst"], 2, UNPLACED)
        for q in wv.step2.key_questions:
            add([q.text, q.key], 2, q.key)
        add([L.micro_actions, wv.step3.title, "micro-actions", "micro-acties", "s3"], 3, ACTIONS)
        add([L.free_notes, "losse notities", "loose notes", "free"], None, FREE)

    def group(self, value: str) -> int | None | str:
        """The group number, None for outside the groups, or an error text."""
        n = normalise(value)
        if n in self.outside:
            return None
        m = re.fullmatch(rf"(?:{re.escape(self.group_word)}\s*|group\s*)?(\d+)", n)
        if m and 1 <= int(m[1]) <= self.groups:
            return int(m[1])
        return "group"

    def step(self, value: str) -> int | None | str:
        n = normalise(value)
        if not n:
            return None
        m = re.fullmatch(r"(?:[a-z]+\s*)?([123])", n)
        return int(m[1]) if m else "step"


def _choices(wv: Werkvorm, step: int | None) -> str:
    L = wv.labels
    if step == 1:
        names = [p.text for s in wv.step1.sections for p in s.prompts] + [L.free_notes]
    elif step == 2:
        names = [*ZONES, L.unplaced] + [q.text for q in wv.step2.key_questions]
    elif step == 3:
        names = [L.micro_actions, L.free_notes]
    else:
        return ", ".join(
            [_("a step-1 prompt"), *(f"'{n}'" for n in ["A, B, C", L.unplaced, L.micro_actions, L.free_notes])]
        )
    return ", ".join(f"'{n}'" for n in names)


def _form_text(wv: Werkvorm, c: dict[str, str]) -> str:
    """A step-3 row as the form would read: labelled lines, the labels printed on the form."""
    form = wv.step3.form
    if not any(c[k] for k in ("party", "effect", "owner", "deadline")):
        return c["text"]  # typed as one note: the form parser reads it as on a board
    pairs = [
        (form.party, c["party"]),
        (form.action, c["text"]),
        (form.effect, c["effect"]),
        (form.owner, c["owner"]),
        (form.deadline or "Wanneer", c["deadline"]),
    ]
    return "\n".join(f"{label}: {value}" for label, value in pairs if value)


def _entry(row: RawRow, voc: _Vocabulary) -> Entry | str:
    """The row's meaning, or what is wrong with it (and what to write instead)."""
    wv, L, c = voc.wv, voc.wv.labels, row.cells
    group = voc.group(c["group"])
    if group == "group":
        what = _("unknown group {group}").format(group=repr(c["group"])) if c["group"] else _("no group")
        return _("{problem}; write {first} to {last}, or {outside}").format(
            problem=what, first=f"{L.group} 1", last=f"{L.group} {voc.groups}", outside=repr(L.outside_groups)
        )
    step = voc.step(c["step"])
    if step == "step":
        return _("unknown step {step}; write 1, 2 or 3").format(step=repr(c["step"]))
    if group is None:
        return Entry(row.number, None, None, FREE, clean_text(c["text"] or c["party"]))
    found = voc.places.get(normalise(c["place"]))
    no_zone = _("party {party} in step 2 has no zone; write A, B, C or {unplaced} in the column {column}").format(
        party=repr(c["party"]), unplaced=repr(L.unplaced), column=repr(L.prompt)
    )
    if found is None and not c["place"] and step == 2 and c["party"]:
        return no_zone
    if found is None:
        what = (
            _("unknown prompt or zone {place}").format(place=repr(c["place"])) if c["place"] else _("no prompt or zone")
        )
        return _("{problem}; write one of {choices}").format(problem=what, choices=_choices(wv, step))
    place_step, place = found
    if place_step is None:  # loose notes belong to whatever step the row names
        if step is None:
            return _("a loose note needs a step; write 1 or 3 in the column {column}").format(column=repr(L.step))
        if step == 2:
            return _("step 2 has no loose notes; write a zone ({zones}, {unplaced}) or a key question").format(
                zones=", ".join(ZONES), unplaced=repr(L.unplaced)
            )
        place_step = step
    elif step is not None and step != place_step:
        return _("{place} belongs to step {right}, not step {step}; correct the step or the prompt").format(
            place=repr(c["place"]), right=place_step, step=step
        )
    if place.startswith("zone.") or place == UNPLACED:
        text = c["party"] or c["text"]
        if c["party"] and c["text"] and normalise(c["text"]) != normalise(c["party"]):
            text = f"{c['party']}\n{c['text']}"
    elif place_step == 2 and c["party"] and not c["text"]:
        return no_zone
    elif place == ACTIONS:
        text = _form_text(wv, c)
    else:
        text = c["text"] or c["party"]
    return Entry(row.number, group, place_step, place, clean_text(text))


def read_entries(rows: list[RawRow], wv: Werkvorm, groups: int, *, source: str) -> list[Entry]:
    """Every row as an entry; an error naming each row that cannot be read, if any."""
    voc = _Vocabulary(wv, groups)
    entries: list[Entry] = []
    problems: list[tuple[int, str]] = []
    for row in rows:
        result = _entry(row, voc)
        if isinstance(result, str):
            problems.append((row.number, result))
        elif result.text:
            entries.append(result)
    if problems:
        raise unreadable_rows(problems, source)
    return entries


EXPLAINED_ROWS = 5  # rows explained one by one in the error; the rest are listed by number


def unreadable_rows(problems: list[tuple[int, str]], source: str) -> UsageError:
    """The error for the rows of a filled-in sheet that cannot be read ((row number, what is
    wrong) each): both sheets, a first session's and a follow-up's, say it the same way."""
    return UsageError(
        _explain(problems, source), hint=_("correct the sheet and run harvest again; nothing was written")
    )


def _explain(problems: list[tuple[int, str]], source: str) -> str:
    """One line naming every row that cannot be read: what is wrong with each of the first
    five, and the numbers of the others."""
    if len(problems) == 1:
        row, what = problems[0]
        return _("{source} row {row}: {problem}").format(source=source, row=row, problem=what)
    shown, rest = problems[:EXPLAINED_ROWS], [n for n, _what in problems[EXPLAINED_ROWS:]]
    line = _("{source}: {count} rows cannot be read").format(source=source, count=len(problems)) + ": "
    line += "; ".join(_("row {row}: {problem}").format(row=n, problem=what) for n, what in shown)
    if rest:
        line += ngettext(" (and {count} more row: {rows})", " (and {count} more rows: {rows})", len(rest)).format(
            count=len(rest), rows=", ".join(str(n) for n in rest[:20]) + ("…" if len(rest) > 20 else "")
        )
    return line


# --- entries → board items --------------------------------------------------------------


def _spot(geo: GroupGeometry, e: Entry) -> Rect:
    """The rectangle a note of this entry goes into on the plan's board."""
    regions = {r.key: r.rect for r in geo.regions}
    if e.place.startswith("zone."):
        z = e.place.removeprefix("zone.")
        inner = {"A": geo.radii["patient"], "B": geo.radii["A"], "C": geo.radii["B"]}[z]
        mid = (inner + geo.radii[z]) / 2  # the middle of the band, right of the patient
        return Rect(geo.patient.x + mid - 1, geo.patient.y - 15, 2, 30)
    if e.place == UNPLACED:
        return Rect(geo.lane.x + 5, geo.lane.bottom - 40, 2, 30)
    if e.place == ACTIONS:
        return regions["forms"]
    if e.place == FREE:
        frame = geo.step_frames[e.step]
        return Rect(frame.x + 5, frame.bottom - 35, 2, 30)  # below the regions, inside the frame
    return regions[e.place]


def board_items(entries: list[Entry], manifest: Manifest, wv: Werkvorm) -> list[BoardItem]:
    """The items of the board the sheet describes. Within a spot, notes keep the sheet's order.

    As on a board, a step-2 row naming a template party is that party's card, moved from the
    lane to the zone (or put aside: not placed); a second row for the same party is a note of
    its own. Cards no row names stay in the lane, in template order.
    """
    from ..party_match import PartyMatcher

    matcher = PartyMatcher(wv.parties)
    items: list[BoardItem] = []
    geos = {g.index: g for g in manifest.geometries()}
    cards: dict[int, list] = defaultdict(list)
    forms: dict[int, list] = defaultdict(list)
    for ref in manifest.items.values():
        if ref.group is None:
            continue
        if ref.role == Role.PARTY_STICKY:
            cards[ref.group].append(ref)
        elif ref.role == Role.FORM_STICKY:
            forms[ref.group].append(ref)
    taken: dict[int, str] = {}  # entry row -> the card it moved
    for e in entries:
        if e.group is not None and (e.place.startswith("zone.") or e.place == UNPLACED):
            key = matcher.find(e.text)
            card = next((r for r in cards[e.group] if r.meta.get("party") == key and r.id not in taken.values()), None)
            if card is not None:
                taken[e.row] = card.id
    moved = set(taken.values())
    for index, refs in cards.items():
        lane = geos[index].lane
        cols = 3
        rows = -(-len(refs) // cols)
        for i, ref in enumerate(refs):
            if ref.id in moved:
                continue
            r, col = divmod(i, cols)
            x = lane.x + (col + 0.5) * lane.w / cols
            y = lane.y + (r + 0.5) * lane.h / max(rows, 1)
            items.append(BoardItem(ref.id, "sticky", ref.text, _note_rect(Point(x, y))))
    by_spot: dict[tuple, list[Entry]] = defaultdict(list)
    for e in entries:
        by_spot[(e.group, e.step, e.place)].append(e)
    for (group, _step, place), spot_entries in by_spot.items():
        if group is None:
            for k, e in enumerate(spot_entries):
                items.append(BoardItem(_id(e), "sticky", e.text, _note_rect(Point(-1e6, -1e6 + k))))
            continue
        geo = geos[group]
        rect = _spot(geo, spot_entries[0])
        step = min(1.0, (rect.h / 2) / (len(spot_entries) + 1))
        # A micro-action goes onto one of the group's printed forms while there are any, so the
        # form parser reads it as leniently as a form on a board.
        free_forms = list(forms[group]) if place == ACTIONS else []
        for k, e in enumerate(spot_entries):
            centre = Point(rect.center.x, rect.center.y + k * step)
            item_id = free_forms.pop(0).id if free_forms else taken.get(e.row) or _id(e)
            items.append(BoardItem(item_id, "sticky", e.text, _note_rect(centre)))
    return items


def _id(e: Entry) -> str:
    return f"sheet.row.{e.row:06d}"


def _note_rect(centre: Point) -> Rect:
    return Rect(centre.x - NOTE_SIZE / 2, centre.y - NOTE_SIZE / 2, NOTE_SIZE, NOTE_SIZE)
