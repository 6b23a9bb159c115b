"""One team through a session, a follow-up and a second follow-up, on real Excalidraw scenes:
the previous actions come back by id, the network comes back pre-placed, and the harvest of each
follow-up gives every action's status and every party's move."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest

from scenario import Op
from test_e2e_excalidraw import play
from werkbord import api
from werkbord.geometry import Point
from werkbord.manifest import load_manifest


def _geo(manifest, group):
    return next(g for g in manifest.groups if g.index == group)


def ring(manifest, group: int, zone: str, angle: float = 0) -> Point:
    g = _geo(manifest, group)
    r = g.radii.model_dump()
    inner = {"A": r["patient"], "B": r["A"], "C": r["B"]}[zone]
    mid = (inner + r[zone]) / 2
    a = math.radians(angle)
    return Point(g.patient.x + mid * math.cos(a), g.patient.y + mid * math.sin(a))


def region(manifest, group: int, key: str, dy: float = 0) -> Point:
    rect = next(r.rect for r in _geo(manifest, group).regions if r.key == key)
    return Point(rect.x + rect.w / 2, rect.y + rect.h / 2 + dy)


def action_key(manifest, action_id: str) -> str:
    return next(k for k, ref in manifest.items.items() if ref.meta.get("action_id") == action_id)


def form(party: str, action: str, who: str, when: str) -> str:
    return f"Partij: {party}\nMicro-actie: {action}\nVerwacht effect: beter contact\nWie: {who}\nWanneer: {when}"


def _session(path, ops):
    manifest = load_manifest(path)
    scene_path = path.parent / manifest.board.path
    scene = json.loads(scene_path.read_text(encoding="utf-8"))
    play(scene, json.loads(path.read_text(encoding="utf-8")), ops)
    scene_path.write_text(json.dumps(scene), encoding="utf-8")


def first_session(out):
    """The first session on Excalidraw: two groups place parties and write micro-actions.
    Returns its harvest and the harvest file."""
    first = api.provision(groups=2, title="Team Noord", date="2026-03-02", out=out)
    m = load_manifest(first.manifest_path)
    _session(
        first.manifest_path,
        [
            Op("move", "g1.s2.party.huisarts", to=ring(m, 1, "A", 0)),
            Op("move", "g1.s2.party.poh_ggz", to=ring(m, 1, "B", 90)),
            Op("move", "g1.s2.party.fact_team", to=ring(m, 1, "C", 180)),
            Op("rename", "g1.s2.blank.1", text="buurvrouw"),
            Op("move", "g1.s2.blank.1", to=ring(m, 1, "B", 200)),
            Op("rename", "g1.s3.form.1", text=form("huisarts", "Signaleringsplan delen", "Anna", "vrijdag")),
            Op("rename", "g1.s3.form.2", text=form("FACT-team", "Samen op huisbezoek", "Bram", "binnen twee weken")),
            Op("move", "g2.s2.party.naasten", to=ring(m, 2, "B", 0)),
            Op("rename", "g2.s3.form.1", text=form("naasten", "Naasten uitnodigen", "Cas", "volgende week")),
        ],
    )
    h1 = api.harvest(first.manifest_path, scrub=False)
    return first, h1, api.save_harvest(h1, out)


def follow_up_ops(m2):
    """What the groups do in the follow-up (``m2``: its manifest)."""
    ids = {a["action"]: a["id"] for a in m2.follow_up.actions}
    plan_key = {k: action_key(m2, v) for k, v in ids.items()}
    return [
        # A participant rewrites an action's text: its status still comes back by id.
        Op("rename", plan_key["Signaleringsplan delen"], text="Plan gedeeld met de huisarts!"),
        Op("move", plan_key["Signaleringsplan delen"], to=region(m2, 1, "status.gedaan")),
        Op("move", plan_key["Samen op huisbezoek"], to=region(m2, 1, "status.niet_gelukt")),
        Op("move", plan_key["Naasten uitnodigen"], to=region(m2, 2, "status.bezig")),
        Op("add", text="Korte lijn met de praktijk", to=region(m2, 1, "helped"), new_id="n-help"),
        Op("add", text="Wachtlijst FACT", to=region(m2, 1, "hindered"), new_id="n-hinder"),
        Op("move", "g1.s2.party.fact_team", to=ring(m2, 1, "B", 170)),  # C → B: closer
        Op("move", "g1.s2.party.poh_ggz", to=ring(m2, 1, "C", 90)),  # B → C: further
        Op("move", "g1.s2.party.sociaal_domein", to=ring(m2, 1, "C", 300)),  # newly placed
        Op("move", "g2.s2.party.naasten", to=ring(m2, 2, "A", 10)),  # B → A: closer
        Op("rename", "g1.s3.form.1", text=form("FACT-team", "Wachtlijst bespreken", "Bram", "1 mei")),
    ]


def assert_follow_up_harvest(h2, h1) -> None:
    """What ``follow_up_ops`` must give, whatever the backend."""
    fu = h2.follow_up
    ids = {a.action: a.id for a in fu.previous_actions}
    assert {r.action_id: r.status for r in fu.reviews} == {
        ids["Signaleringsplan delen"]: "gedaan",
        ids["Samen op huisbezoek"]: "niet_gelukt",
        ids["Naasten uitnodigen"]: "bezig",
    }
    assert fu.helped == {1: ["Korte lijn met de praktijk"]} and fu.hindered == {1: ["Wachtlijst FACT"]}
    assert fu.previous == [h1.session_id]
    g1 = _moves(h2, 1)
    assert g1["Huisarts"] == ("A", "A", "unchanged")
    assert g1["FACT-team"] == ("C", "B", "closer")
    assert g1["POH-ggz"] == ("B", "C", "further")
    assert g1["buurvrouw"] == ("B", "B", "unchanged")
    assert g1["Sociaal domein/wijkteam"] == (None, "C", "new")
    assert _moves(h2, 2)["Naasten"] == ("B", "A", "closer")


@pytest.fixture(scope="module")
def loop(tmp_path_factory):
    out = tmp_path_factory.mktemp("team")
    first, h1, h1_path = first_session(out)
    # The follow-up, four weeks later.
    second = api.provision(follow_up=[h1_path], date="2026-03-30", out=out)
    m2 = load_manifest(second.manifest_path)
    ids = {a["action"]: a["id"] for a in m2.follow_up.actions}
    _session(second.manifest_path, follow_up_ops(m2))
    h2 = api.harvest(second.manifest_path, scrub=False)
    h2_path = api.save_harvest(h2, out)

    # The second follow-up: from the first follow-up's harvest.
    third = api.provision(follow_up=[h2_path], date="2026-05-04", out=out)
    m3 = load_manifest(third.manifest_path)
    ids3 = {a["action"]: a["id"] for a in m3.follow_up.actions}
    _session(
        third.manifest_path,
        [
            Op("move", action_key(m3, ids3["Naasten uitnodigen"]), to=region(m3, 2, "status.gedaan")),
            Op("move", action_key(m3, ids3["Wachtlijst bespreken"]), to=region(m3, 1, "status.gedaan")),
            Op("move", "g1.s2.party.fact_team", to=ring(m3, 1, "A", 170)),  # B → A: closer
        ],
    )
    h3 = api.harvest(third.manifest_path, scrub=False)
    return out, (first, second, third), (h1, h2, h3), ids


def _moves(h, group):
    return {m.party: (m.before, m.now, m.move) for m in h.follow_up.moves if m.group == group}


def test_the_follow_up_board_carries_the_previous_actions_and_placement(loop):
    out, (first, second, _), (h1, _, _), ids = loop
    assert h1.follow_up is None
    m2 = load_manifest(second.manifest_path)
    assert m2.name == "team-noord-terugkomsessie-2026-03-30" and m2.title == "Team Noord · Terugkomsessie"
    assert m2.follow_up.previous == [h1.session_id] and m2.session_date == date(2026, 3, 30)
    assert m2.care_team == "Team Noord"
    assert sorted(ids) == ["Naasten uitnodigen", "Samen op huisbezoek", "Signaleringsplan delen"]
    scene = json.loads((out / m2.board.path).read_text(encoding="utf-8"))
    texts = [e.get("originalText", "") for e in scene["elements"] if e["type"] == "text"]
    assert "Huisarts\n(vorige keer: A)" in texts and "buurvrouw\n(vorige keer: B)" in texts
    assert "FACT-team: Samen op huisbezoek\nWie: Bram · Wanneer: binnen twee weken" in texts
    for status in ("Gedaan", "Bezig", "Niet gelukt", "Wat hielp?", "Wat hield tegen?"):
        assert any(t.startswith(status) for t in texts), status
    # The pre-placed stickies are marked in style too, and participants can move them.
    marked = [
        e
        for e in scene["elements"]
        if (e.get("customData") or {}).get("werkbord", {}).get("key") == "g1.s2.party.huisarts"
    ]
    assert marked[0]["strokeStyle"] == "dashed" and not marked[0]["locked"]


def test_the_follow_up_harvest_gives_statuses_by_id(loop):
    _, _, (h1, h2, _), ids = loop
    assert_follow_up_harvest(h2, h1)
    # The renamed action sticky is no note of step 1: it is an action under review.
    assert "Plan gedeeld met de huisarts!" not in {t for v in h2.groups[0].step1.values() for t in v}


def test_the_follow_up_harvest_gives_each_partys_move(loop):
    _, _, (_, h2, _), ids = loop
    g1 = _moves(h2, 1)
    assert g1["Huisarts"] == ("A", "A", "unchanged")
    assert g1["FACT-team"] == ("C", "B", "closer")
    assert g1["POH-ggz"] == ("B", "C", "further")
    assert g1["buurvrouw"] == ("B", "B", "unchanged")
    assert g1["Sociaal domein/wijkteam"] == (None, "C", "new")
    assert _moves(h2, 2)["Naasten"] == ("B", "A", "closer")
    aimed = {m.party: m.actions for m in h2.follow_up.moves if m.group == 1}
    assert aimed["Huisarts"] == [ids["Signaleringsplan delen"]] and aimed["FACT-team"] == [ids["Samen op huisbezoek"]]
    across = _moves(h2, None)
    assert across["Naasten"] == ("B", "A", "closer") and across["FACT-team"] == ("C", "B", "closer")


def test_a_second_follow_up_reviews_the_new_and_the_ongoing_actions(loop):
    _, (_, second, third), (_, h2, h3), ids = loop
    fu = h3.follow_up
    assert fu.previous == [h2.session_id]
    by_text = {a.action: a for a in fu.previous_actions}
    # The new action of the follow-up, and the one still going ("bezig") under its first id.
    assert set(by_text) == {"Wachtlijst bespreken", "Naasten uitnodigen"}
    assert by_text["Naasten uitnodigen"].id == ids["Naasten uitnodigen"]
    assert {r.action_id: r.status for r in fu.reviews} == {
        ids["Naasten uitnodigen"]: "gedaan",
        by_text["Wachtlijst bespreken"].id: "gedaan",
    }
    g1 = _moves(h3, 1)
    assert g1["FACT-team"] == ("B", "A", "closer") and g1["POH-ggz"] == ("C", "C", "unchanged")
    assert g1["Sociaal domein/wijkteam"] == ("C", "C", "unchanged")
    assert _moves(h3, 1)["FACT-team"][2] == "closer"
    assert load_manifest(third.manifest_path).name == "team-noord-terugkomsessie-2026-05-04"


def test_the_report_shows_statuses_helped_hindered_and_moves(loop, tmp_path):
    from werkbord.report import render_reports

    _, _, (_, h2, _), ids = loop
    hostile = h2.model_copy(deep=True)
    hostile.follow_up.helped[1] = ["<script>alert(1)</script> korte lijn"]
    hostile.follow_up.moves[0].party = '=HYPERLINK("http://x")'  # a party a group wrote itself
    paths = {p.suffix: p for p in render_reports([hostile], tmp_path, ["md", "html", "json", "xlsx"])}
    md = paths[".md"].read_text(encoding="utf-8")
    assert "### Acties van vorige keer" in md and "Gedaan: 1 van 3 · Bezig: 1 van 3 · Niet gelukt: 1 van 3" in md
    assert "| Groep 1 | FACT-team | C | B | dichterbij | FACT-team: Samen op huisbezoek (Niet gelukt) |" in md
    assert "| Sociaal domein/wijkteam | niet geplaatst | C | nieuw geplaatst | — |" in md
    html = paths[".html"].read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html and "verder weg" in html
    data = json.loads(paths[".json"].read_text(encoding="utf-8"))
    (fu,) = data["follow_up"]
    assert {r["action_id"]: r["status"] for r in fu["reviews"]}[ids["Samen op huisbezoek"]] == "niet_gelukt"
    assert {(m["group"], m["party"]): m["move"] for m in fu["moves"]}[(None, "Naasten")] == "closer"
    from openpyxl import load_workbook

    wb = load_workbook(paths[".xlsx"])
    assert wb.sheetnames[-2:] == ["Acties van vorige keer", "Wat er in het netwerk verschoof"]
    statuses = {r[7]: r[6] for r in wb["Acties van vorige keer"].iter_rows(min_row=2, values_only=True)}
    assert statuses[ids["Samen op huisbezoek"]] == "Niet gelukt"
    moves = [r[:6] for r in wb["Wat er in het netwerk verschoof"].iter_rows(min_row=2, values_only=True)]
    assert ("Team Noord · Terugkomsessie", "Groep 1", "POH-ggz", "B", "C", "verder weg") in moves
    cells = [c for row in wb["Wat er in het netwerk verschoof"].iter_rows() for c in row]
    assert any("HYPERLINK" in str(c.value) for c in cells) and not [c for c in cells if c.data_type == "f"]
    # The status drop-down stays on the action list, not on the follow-up's sheets.
    assert wb.worksheets[2].data_validations.dataValidation


def test_in_english_the_board_and_the_report_speak_english(loop, tmp_path):
    from werkbord.report import render_reports

    out, _, (h1, _, _), _ = loop
    done = api.provision(follow_up=[out / f"{h1.session}.harvest.json"], lang="en", out=tmp_path, date="2026-04-01")
    assert done.manifest.name == "team-noord-follow-up-session-2026-04-01"
    scene = json.loads((tmp_path / done.manifest.board.path).read_text(encoding="utf-8"))
    texts = [e.get("originalText", "") for e in scene["elements"] if e["type"] == "text"]
    assert "Huisarts\n(last time: A)" in texts or "GP\n(last time: A)" in texts
    for label in ("Done", "In progress", "Did not work out", "What helped?", "What held you back?"):
        assert any(t.startswith(label) for t in texts), label
    assert not any("vorige keer" in t or "Gedaan" in t for t in texts)
    h = api.harvest(done.manifest_path, scrub=False)
    md = next(p for p in render_reports([h], tmp_path, ["md"]) if p.suffix == ".md").read_text(encoding="utf-8")
    assert "### Last time's actions" in md and "not sorted: 3 of 3" in md and "What moved in the network" in md


def test_what_helped_and_hindered_is_pseudonymised_like_every_note(loop, tmp_path):
    out, _, (h1, _, _), _ = loop
    done = api.provision(follow_up=[out / f"{h1.session}.harvest.json"], out=tmp_path, date="2026-04-03")
    m = load_manifest(done.manifest_path)
    _session(
        done.manifest_path,
        [
            Op("add", text="Mevr. Jansen (54) belde de huisarts op 12-03-2024", to=region(m, 1, "helped"), new_id="n1"),
            Op("add", text="Wachtlijst bij het FACT-team", to=region(m, 1, "hindered"), new_id="n2"),
        ],
    )
    h = api.harvest(done.manifest_path)
    (helped,) = h.follow_up.helped[1]
    assert "Jansen" not in helped and "12-03-2024" not in helped and "huisarts" in helped
    assert h.follow_up.hindered[1] == ["Wachtlijst bij het FACT-team"]
    assert h.groups[0].step1["helped"] == [helped]  # the same text everywhere it appears


def test_a_word_the_team_always_replaces_is_replaced_in_what_helped_too(loop):
    # The review step's [vervangen] entries reach every text of a harvest, a follow-up's too.
    from werkbord.harvest.review import apply_decisions
    from werkbord.privacy.teamlist import parse

    h2 = loop[2][1]
    done = apply_decisions(h2, parse("[vervangen]\npraktijk\n"))
    helped = " ".join(done.follow_up.helped[1])
    assert "praktijk" not in helped and "Korte lijn met de" in helped
    assert "praktijk" in " ".join(h2.follow_up.helped[1])  # the harvest given is left as it was
