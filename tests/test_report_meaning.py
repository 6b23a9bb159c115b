"""What the report means: placed vs not discussed vs wanted, denominators with n, the survey at
bucket level, and a session harvested twice counted once.

"Team Oost", four groups that disagree, one wrote nothing, one only wrote step 1:

    party      G1     G2     G3 (nothing)  G4 (step 1 only)   A B C not discussed (of 2)
    huisarts   A      C      lane          —                  1 0 1 0
    partner    C      C      lane          —                  0 0 2 0
    wijkteam   B      lane   lane          —                  0 1 0 1
    fact       lane   A      lane          —                  1 0 0 1
    ouders     lane   lane   lane          —                  0 0 0 2
    step 1 "partijen die vaak ontbreken": G1 "Werkgever", "de POH" (matched to POH-ggz); G2 "werkgever!"
"""

from __future__ import annotations

import csv
import io
import re

import pytest

from test_report_data import _Ids, context, group, harvest
from werkbord.report import render_reports
from werkbord.report.aggregate import aggregate
from werkbord.report.csvout import render_csv
from werkbord.report.markdown import render_markdown
from werkbord.report.view import build_view

MISSING = "samen_ontbrekend"


def team_oost(*, harvested_at: str = "2025-05-01T15:00:00Z", board: str | None = "excalidraw:team-oost.excalidraw"):
    ctx = context()
    ids = _Ids()
    lane = ["huisarts", "partner", "wijkteam", "fact", "ouders", "poh_ggz", "werkgever"]

    def rest(*placed):
        return [p for p in lane if p not in placed]

    g1 = group(
        ctx,
        1,
        "Groep 1",
        ids,
        zones={"A": ["huisarts"], "B": ["wijkteam"], "C": ["partner"]},
        unplaced=rest("huisarts", "wijkteam", "partner"),
        step1={MISSING: ["Werkgever", "de POH"], "samen_succesfactoren": ["Korte lijnen"]},
    )
    # Classify matched "de POH" to the POH-ggz party (the test data has no aliases to find it by).
    for n in g1[1]:
        if n.text == "de POH":
            n.party = "POH-ggz"
    g2 = group(
        ctx,
        2,
        "Groep 2",
        ids,
        zones={"A": ["fact"], "C": ["huisarts", "partner"]},
        unplaced=rest("fact", "huisarts", "partner"),
        step1={MISSING: ["werkgever!"]},
    )
    g3 = group(ctx, 3, "Groep 3", ids, unplaced=lane)
    g4 = group(ctx, 4, "Groep 4", ids, unplaced=lane, step1={"samen_knelpunten": ["Geen tijd"]})
    h = harvest([g1, g2, g3, g4], ctx=ctx, session="team-oost", title="Team Oost", scrubbed=True)
    return h.model_copy(
        update={
            "harvested_at": harvested_at,
            "board": board,
            "session_id": "team-oost@2025-05-01T12:00:00+00:00" if board else None,
            "session_created_at": "2025-05-01T12:00:00+00:00",
            "session_start": "14:00",
        }
    )


def _md(harvests) -> str:
    return render_markdown(build_view(aggregate(harvests)), lambda f: f"{f.slug}.svg")


def _counts(agg):
    return {t.name: (t.counts["A"], t.counts["B"], t.counts["C"], t.counts["unplaced"]) for t in agg.parties}


def test_denominator_is_the_groups_that_worked_on_step_2():
    agg = aggregate([team_oost()])
    assert (agg.n_groups, agg.n_total) == (2, 4)
    assert [g.label for g in agg.empty] == ["Groep 3"]
    assert [g.label for g in agg.no_step2] == ["Groep 4"]
    c = _counts(agg)
    assert c["Huisarts"] == (1, 0, 1, 0)  # the groups disagree: A in one, C in the other
    assert c["Partner"] == (0, 0, 2, 0)
    assert c["Wijkteam"] == (0, 1, 0, 1)
    assert c["Ouders"] == (0, 0, 0, 2)  # left in the lane: not discussed, not "missing"
    assert all(sum(v) == 2 for v in c.values())


def test_often_missing_from_C_and_step1_notes_never_from_the_lane():
    agg = aggregate([team_oost()])
    got = [(m.name, m.in_c, m.named_by, m.notes) for m in agg.often_missing]
    assert got == [
        ("Partner", ["Groep 1", "Groep 2"], [], 0),
        ("Werkgever", [], ["Groep 1", "Groep 2"], 2),
        ("Huisarts", ["Groep 2"], [], 0),  # C in Groep 2, A in Groep 1
        ("POH-ggz", [], ["Groep 1"], 1),
    ]
    assert "Ouders" not in [m.name for m in agg.often_missing]


def test_bucket_comparison_counts_groups_with_n():
    buckets = {b.key: (b.involved, b.n_groups) for b in aggregate([team_oost()]).buckets}
    assert buckets == {"naasten": (0, 2), "huisartsen": (1, 2), "sociaal_domein": (1, 2)}


def test_markdown_says_what_is_counted_and_of_how_many():
    md = _md([team_oost()])
    assert "2 van 4 groepen werkten aan stap 2 (het netwerk); alle aandelen gaan over die 2." in md
    assert "Groep 3 heeft niets ingevuld." in md
    assert "Groep 4 heeft in stap 2 geen partij in een ring gezet en telt niet mee in de aandelen." in md
    # Per party the bucket's name, never a survey percentage; the share with its n.
    assert "| Huisarts | Huisartsen | 1 | 0 | 1 | 0 | 50% (1 van 2) |" in md
    assert "| Partner | Naasten | 0 | 0 | 2 | 0 | 0% (0 van 2) |" in md
    assert "| Partij | Categorie | A | B | C | Niet besproken | Betrokken (A of B) |" in md
    # The survey comparison at bucket level, saying what each figure measures.
    assert (
        "| Categorie | Deze sessie: aandeel groepen met een partij uit deze categorie in A of B "
        "| Peiling: aandeel casussen met afspraken |" in md
    )
    assert "| Naasten | 0% (0 van 2) | 35% |" in md
    assert "| Huisartsen | 50% (1 van 2) | 60% |" in md
    # The often-missing list, with groups and counts.
    assert "- Partner: in C bij 2 van 2 groepen (Groep 1 en Groep 2)" in md
    assert "- Werkgever: genoemd als ontbrekend door Groep 1 en Groep 2" in md
    assert "- Huisarts: in C bij 1 van 2 groepen (Groep 2)" in md
    assert "Ouders:" not in md
    # Session time from the manifest and the harvest time, each labelled.
    assert re.search(r"Sessie: Team Oost — Samenwerken rond terugval, \d\d-\d\d-2025, start 14:00 · Geoogst op ", md)
    # No doubled zone label.
    assert "A — A" not in md


def test_plural_when_several_groups_wrote_nothing():
    ctx = context()
    ids = _Ids()
    used = group(ctx, 1, "Groep 1", ids, zones={"A": ["huisarts"]})
    g3 = group(ctx, 3, "Groep 3", ids, unplaced=["huisarts"])
    g4 = group(ctx, 4, "Groep 4", ids)
    md = _md([harvest([used, g3, g4], ctx=ctx, session="s", title="S")])
    assert "Groep 3 en Groep 4 hebben niets ingevuld." in md
    assert "1 van 3 groepen werkten" in md


def test_aggregate_picture_shows_disagreement():
    doc = build_view(aggregate([team_oost()]))
    net = next(f for f in doc.figures() if f.slug == "network-all")
    # Huisarts gets a dot in ring A and one in ring C, each with its count of groups; Ouders only
    # an open "not discussed" dot outside the rings.
    assert "<title>Huisarts: A — 1 van 2</title>" in net.svg and "<title>Huisarts: C — 1 van 2</title>" in net.svg
    assert "<title>Partner: C — 2 van 2</title>" in net.svg
    assert "<title>Ouders: Niet besproken (bleef in de strook) — 2 van 2</title>" in net.svg
    assert not re.search(r"<title>Ouders: [ABC] —", net.svg)
    bars = next(f for f in doc.figures() if f.slug == "parties")
    assert "Niet besproken" in bars.svg and "<title>Huisarts</title>" in bars.svg
    survey = next(f for f in doc.figures() if f.slug == "survey")
    assert "0% (0 van 2)" in survey.svg and "aandeel casussen met afspraken" in survey.svg


def test_same_session_harvested_twice_counts_once():
    mid = team_oost(harvested_at="2025-05-01T14:20:00Z")
    # Mid-session, Groep 1 had only placed the huisarts.
    mid.groups[0].zones = {"A": [mid.groups[0].zones["A"][0]], "B": [], "C": []}
    final = team_oost(harvested_at="2025-05-01T15:05:00Z")
    agg = aggregate([final, mid])  # order given does not matter: the later one wins
    assert (agg.n_groups, agg.n_total) == (2, 4)
    assert _counts(agg)["Partner"] == (0, 0, 2, 0)
    assert len(agg.combined) == 1 and agg.combined[0].count == 2
    md = _md([mid, final])
    assert "Team Oost: 2 oogsten van hetzelfde bord; per groep telt alleen de laatste (" in md
    # The CSV does not double the notes either.
    assert render_csv([mid, final]) == render_csv([final])


def test_different_sessions_add_up():
    a = team_oost()
    b = team_oost().model_copy(
        update={
            "session": "team-west",
            "title": "Team West",
            "board": "excalidraw:team-west.excalidraw",
            "session_id": "team-west@2025-05-02T12:00:00+00:00",
        }
    )
    agg = aggregate([a, b])
    assert (agg.n_groups, agg.n_total) == (4, 8) and agg.combined == []
    assert _counts(agg)["Partner"] == (0, 0, 4, 0)


def test_old_harvest_files_without_board_combine_by_session_name():
    mid = team_oost(harvested_at="2025-05-01T14:20:00Z", board=None)
    final = team_oost(harvested_at="2025-05-01T15:05:00Z", board=None)
    assert aggregate([mid, final]).n_total == 4


def test_csv_sorted_and_dutch_separator():
    h = team_oost()
    text = render_csv([h])
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))
    body = rows[1:]
    keys = [(int(r[1].split()[-1]), int(r[2] or 0)) for r in body]
    assert keys == sorted(keys)
    assert rows[0] == ["Sessie", "Groep", "Stap", "Vraag of zone", "Partij", "Tekst"]
    en = render_csv([team_oost().model_copy(update={"context": context("en")})])
    assert en.removeprefix("\ufeff").startswith("Session,Group,Step")


def test_xlsx_has_the_csv_rows_and_a_sheet_per_section(tmp_path):
    import openpyxl

    h = team_oost()
    h.groups[0].micro_actions.append(h.groups[0].micro_actions[0] if h.groups[0].micro_actions else _an_action())
    h.notes.append(h.notes[0].model_copy(update={"id": "evil", "text": '=HYPERLINK("http://x")'}))
    render_reports([h], tmp_path, {"csv", "xlsx"})
    wb = openpyxl.load_workbook(tmp_path / "team-oost.oogst.xlsx")
    assert wb.sheetnames == ["Notities", "Partijen per groep", "Micro-acties"]
    text = (tmp_path / "team-oost.oogst.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    got = [[str(c) if c is not None else "" for c in r] for r in wb["Notities"].iter_rows(values_only=True)]
    assert got == rows  # the same cells (the step a number in the workbook, see test_xlsx_sheets)
    assert any(c == '\'=HYPERLINK("http://x")' for r in got for c in r)
    assert all(cell.data_type != "f" for r in wb["Notities"].iter_rows() for cell in r)
    parties = list(wb["Partijen per groep"].iter_rows(values_only=True))
    assert parties[0] == ("Sessie", "Groep", "Partij", "Plaats")
    assert ("Team Oost", "Groep 2", "Huisarts", "C") in parties
    assert ("Team Oost", "Groep 1", "Ouders", "Niet besproken") in parties
    assert not any(r[1] in ("Groep 3", "Groep 4") for r in parties[1:])  # did not work on step 2
    actions = list(wb["Micro-acties"].iter_rows(values_only=True))
    assert actions[0][:7] == ("Partij", "Groep", "Actie", "Verwacht effect", "Wie", "Wanneer", "Datum")
    assert actions[0][7] == "Status"
    assert actions[1][4:6] == ("Anna", "1 juni")


def _an_action():
    from test_report_data import action

    return action("Huisarts", "huisarts", "Belt na ontslag", "Eerder signaal", "Anna", "1 juni").model_copy(
        update={"note_id": "a1"}
    )


def test_files_named_per_session_never_touch_another_sessions(tmp_path):
    noord_only = tmp_path / "team-noord.oogst.html"
    noord_only.write_text("Noord's report", encoding="utf-8")
    (tmp_path / "team-noord.oogst-network-9.svg").write_text("<svg/>", encoding="utf-8")
    from werkbord.report import write_reports

    first = write_reports([team_oost()], tmp_path, {"md", "html"})
    assert {w.action for w in first} == {"written"}
    assert noord_only.read_text(encoding="utf-8") == "Noord's report"
    assert (tmp_path / "team-noord.oogst-network-9.svg").exists()
    # A stale picture of this session (an earlier harvest had more groups) goes with the set.
    stale = tmp_path / "team-oost.oogst-network-12.svg"
    stale.write_text("<svg/>", encoding="utf-8")
    second = write_reports([team_oost()], tmp_path, {"md", "html"})
    actions = {w.path.name: w.action for w in second}
    assert actions["team-oost.oogst.html"] == "replaced"
    assert actions["team-oost.oogst-network-12.svg"] == "removed" and not stale.exists()
    assert (tmp_path / "team-noord.oogst-network-9.svg").exists()


def test_old_harvest_files_load_and_newer_ones_get_a_clear_error(tmp_path):
    import json

    from werkbord import api
    from werkbord.errors import WerkbordError

    old = team_oost(board=None).model_dump(mode="json", by_alias=True)
    for k in ("board", "session_id", "session_created_at", "session_start"):
        old.pop(k)
    old["schema"] = "werkbord.harvest/1"
    path = tmp_path / "oud.harvest.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = api.load_harvest(path)
    assert loaded.board is None and loaded.session_start is None
    assert aggregate([loaded]).n_groups == 2
    # A session line without the manifest's date still reads well.
    assert "Sessie: Team Oost — Samenwerken rond terugval · Geoogst op" in _md([loaded])
    old["schema"] = "werkbord.harvest/9"
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(WerkbordError, match="newer werkbord"):
        api.load_harvest(path)


def test_report_command_combines_a_session_harvested_twice_and_says_so(tmp_path):
    import json
    import subprocess
    import sys

    mid = team_oost(harvested_at="2025-05-01T14:20:00Z")
    final = team_oost(harvested_at="2025-05-01T15:05:00Z")
    for name, h in (("mid", mid), ("final", final)):
        (tmp_path / f"{name}.harvest.json").write_text(json.dumps(h.model_dump(mode="json", by_alias=True)))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "werkbord",
            "report",
            "mid.harvest.json",
            "final.harvest.json",
            "--out",
            "r",
            "--format",
            "json",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "Team Oost: 2 oogsten van hetzelfde bord; per groep telt alleen de laatste" in run.stdout
    doc = json.loads((tmp_path / "r" / "team-oost.oogst.json").read_text(encoding="utf-8"))
    assert (doc["n_groups"], doc["n_groups_total"]) == (2, 4)
    assert doc["combined"] == [{"title": "Team Oost", "count": 2, "latest": "2025-05-01T15:05:00Z"}]


def test_the_xlsx_warning_cell_is_text_even_when_its_label_reads_as_a_formula(tmp_path):
    # The warning's words come from the harvest file (its labels), which anyone may have edited.
    import openpyxl

    from werkbord.harvest.model import Scrubbing

    h = team_oost()
    formula = '=HYPERLINK("http://x","klik")'
    h = h.model_copy(
        update={
            "context": h.context.model_copy(update={"labels": {**h.context.labels, "not_pseudonymised": formula}}),
            "scrubbing": Scrubbing(scrubbed=False),
        }
    )
    render_reports([h], tmp_path, {"xlsx"})
    wb = openpyxl.load_workbook(tmp_path / "team-oost.oogst.xlsx")
    for ws in wb.worksheets:
        warning = ws.cell(row=1, column=1)
        assert warning.value == "'" + formula and warning.data_type == "s"
