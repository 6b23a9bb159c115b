"""A worked-on board, scripted: the same participant moves for every backend's harvest test.

``fresh_board`` turns a plan into the items a backend would read back right after
provisioning (ids = plan keys); ``worked_on`` applies a session's worth of participant
changes; ``EXPECTED`` is the harvest those changes must give, whatever the backend.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from werkbord.geometry import Point, Rect
from werkbord.items import BoardItem
from werkbord.manifest import Manifest
from werkbord.plan import BoardPlan, Kind

LONG = "Lange notitie " + "over afstemming met de huisarts " * 40
HOSTILE = "<script>alert(1)</script> & <img src=x onerror=alert(2)> =SUM(A1) | [link](http://x)"


@dataclass(frozen=True)
class Op:
    """One participant action. ``key`` names a template item by plan key."""

    kind: str  # move | add | rename | delete | move_frame
    key: str | None = None
    text: str | None = None
    to: Point | None = None  # new centre (absolute)
    dx: float = 0.0
    dy: float = 0.0
    new_id: str | None = None


def fresh_board(plan: BoardPlan) -> tuple[Manifest, list[BoardItem]]:
    manifest = Manifest.from_plan(plan, name="team-noord", backend="test")
    items = []
    for item in plan.items:
        manifest.record(item, item.key)
        kind = {Kind.STICKY: "sticky", Kind.FRAME: "frame", Kind.TEXT: "text"}.get(item.kind, "shape")
        items.append(BoardItem(id=item.key, kind=kind, text=item.text, rect=item.rect, color=item.color))
    return manifest, items


def ring_point(plan: BoardPlan, group: int, zone: str, angle_deg: float = 0, *, on_line: bool = False) -> Point:
    """A point in the middle of a zone band (or exactly on its outer line) of a group."""
    import math

    geo = plan.groups[group - 1]
    inner = {"A": geo.radii["patient"], "B": geo.radii["A"], "C": geo.radii["B"], "out": geo.radii["C"]}
    outer = {"A": geo.radii["A"], "B": geo.radii["B"], "C": geo.radii["C"], "out": geo.radii["C"] + 150}
    r = outer[zone] if on_line else (inner[zone] + outer[zone]) / 2
    a = math.radians(angle_deg)
    return Point(geo.patient.x + r * math.cos(a), geo.patient.y + r * math.sin(a))


def region_point(plan: BoardPlan, group: int, region: str, dx: float = 0, dy: float = 60) -> Point:
    r = next(r for r in plan.groups[group - 1].regions if r.key == region)
    return Point(r.rect.center.x + dx, r.rect.center.y + dy)


def session_ops(plan: BoardPlan) -> list[Op]:
    g1 = plan.groups[0]
    s3 = g1.step_frames[3]
    return [
        # Step 2, group 1: parties into zones.
        Op("move", "g1.s2.party.naasten", to=g1.patient.moved(10, 10)),  # inside the patient: A
        Op("move", "g1.s2.party.huisarts", to=ring_point(plan, 1, "A", 200)),
        Op("move", "g1.s2.party.ziekenhuis", to=ring_point(plan, 1, "A", 90, on_line=True)),  # on the line: A
        Op("move", "g1.s2.party.poh_ggz", to=ring_point(plan, 1, "B", 30)),
        Op("move", "g1.s2.party.fact_team", to=ring_point(plan, 1, "C", 120)),
        Op("move", "g1.s2.party.sociaal_domein", to=ring_point(plan, 1, "out", 135)),  # beyond C: not placed
        Op("rename", "g1.s2.blank.1", text="buurvrouw"),
        Op("move", "g1.s2.blank.1", to=ring_point(plan, 1, "B", 250)),
        Op("add", text="Ervaringsdeskundige!", to=ring_point(plan, 1, "C", 300), new_id="new-ed"),
        Op("add", text="de Huisarts / POH", to=ring_point(plan, 1, "C", 340), new_id="new-copy"),
        Op("delete", "g1.s2.party.apotheek"),
        Op("add", text="  ", to=ring_point(plan, 1, "B", 60), new_id="new-empty"),
        # Step 1, group 1: notes in prompt regions.
        Op("add", text="Huisarts en wijkteam", to=region_point(plan, 1, "betrokken"), new_id="n-betr"),
        Op("add", text=HOSTILE, to=region_point(plan, 1, "werkte"), new_id="n-hostile"),
        Op("add", text="Korte lijnen 😀", to=region_point(plan, 1, "succesfactoren"), new_id="n-succ1"),
        Op("add", text="korte lijnen!", to=region_point(plan, 1, "succesfactoren", dy=100), new_id="n-succ2"),
        Op("add", text=LONG, to=region_point(plan, 1, "knelpunten"), new_id="n-long"),
        # Step 2 key question.
        Op("add", text="Eerder bellen met naasten", to=region_point(plan, 1, "verschil"), new_id="n-q"),
        # Step 3: forms.
        Op(
            "rename",
            "g1.s3.form.1",
            text="Partij: huisarts\nMicro-actie: Signaleringsplan delen\n"
            "Verwacht effect: Sneller signaleren\nWie: Anna\nWanneer: vrijdag",
        ),
        Op("rename", "g1.s3.form.2", text="verwacht effect eerder hulp\npartij de wijkteam\nmicro actie bellen"),
        Op("rename", "g1.s3.form.3", text="Partij:\nbuurvrouw\nMicro-actie:\nkoffie drinken\nen bellen"),
        Op("add", text="Bel de wijkagent", to=Point(s3.x + 200, s3.bottom - 60), new_id="n-free"),
        # Outside every group.
        Op("add", text="Vergeten notitie", to=Point(-2000, -2000), new_id="n-out"),
        # Group 2: the whole frame moves; its placements keep their meaning.
        Op("move", "g2.s2.party.naasten", to=ring_point(plan, 2, "A", 45)),
        Op("move", "g2.s2.party.huisarts", to=ring_point(plan, 2, "C", 45)),
        Op("move_frame", "g2", dx=700, dy=-350),
    ]


def worked_on(plan: BoardPlan) -> tuple[Manifest, list[BoardItem]]:
    """Apply ``session_ops`` to a fresh board of BoardItems."""
    manifest, items = fresh_board(plan)
    by_id = {i.id: i for i in items}
    order = [i.id for i in items]
    for op in session_ops(plan):
        if op.kind == "move":
            it = by_id[op.key]
            by_id[op.key] = replace(
                it, rect=Rect(op.to.x - it.rect.w / 2, op.to.y - it.rect.h / 2, it.rect.w, it.rect.h)
            )
        elif op.kind == "rename":
            by_id[op.key] = replace(by_id[op.key], text=op.text)
        elif op.kind == "delete":
            by_id[op.key] = replace(by_id[op.key], deleted=True)
        elif op.kind == "add":
            by_id[op.new_id] = BoardItem(op.new_id, "sticky", op.text, Rect(op.to.x - 90, op.to.y - 60, 180, 120))
            order.append(op.new_id)
        elif op.kind == "move_frame":
            frame = by_id[op.key].rect
            for k in order:
                it = by_id[k]
                if frame.contains(it.rect.center):
                    by_id[k] = replace(it, rect=it.rect.moved(op.dx, op.dy))
    return manifest, [by_id[k] for k in order]


EXPECTED_G1_ZONES = {
    "A": ["Naasten", "Ziekenhuis", "Huisarts"],
    "B": ["POH-ggz", "buurvrouw"],
    "C": ["FACT-team", "Ervaringsdeskundige", "Huisarts"],
}


def assert_scripted_harvest(h) -> None:
    """What ``session_ops`` must give on every backend: zones, notes, actions, outside notes."""
    g1, g2 = h.groups[0], h.groups[1]
    for zone, expected in EXPECTED_G1_ZONES.items():
        assert sorted(p.name for p in g1.zones[zone]) == sorted(expected), zone
    # Group 2's frame was moved as a whole: its placements keep their meaning.
    assert [p.name for p in g2.zones["A"]] == ["Naasten"] and [p.name for p in g2.zones["C"]] == ["Huisarts"]
    assert g1.step1["werkte"] == [HOSTILE]
    assert g1.questions["verschil"] == ["Eerder bellen met naasten"]
    assert [(a.party, a.action) for a in g1.micro_actions if a.structured][:2] == [
        ("Huisarts", "Signaleringsplan delen"),
        ("Sociaal domein/wijkteam", "bellen"),
    ]
    assert h.outside == ["Vergeten notitie"]
