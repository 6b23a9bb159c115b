"""Numbers that cannot mislead: no 0 % for a party no group discussed, every cut list says how
much more there is, disagreement between groups in words, and a party laid outside the rings is
not "left in the lane"."""

from __future__ import annotations

import json

import pytest

from scenario import worked_on
from test_report_data import _Ids, group, harvest, realistic_session
from werkbord.harvest.classify import classify
from werkbord.harvest.context import context_of
from werkbord.report import render_reports
from werkbord.report.aggregate import aggregate
from werkbord.report.csvout import render_csv
from werkbord.report.jsonout import report_dict
from werkbord.report.view import Items, Table, build_view
from werkbord.template import load_template


def _tables(doc, kind):
    return [b for s in doc.sections for b in s.blocks if isinstance(b, Table) and b.kind == kind]


def test_a_party_no_group_discussed_says_so_instead_of_0_percent():
    h = realistic_session(1)  # one group placed 12 parties; the other 9 stayed in the lane
    agg = aggregate([h])
    doc = build_view(agg)
    table = _tables(doc, "parties")[0]
    by_name = {row[0]: row[-1] for row in table.rows}
    lane = {p.name for p in h.groups[0].unplaced}
    in_c = {p.name for p in h.groups[0].zones["C"]}
    assert lane and in_c
    for name in lane:
        assert by_name[name] == "niet besproken", name
    for name in in_c:  # discussed and put in C: a real 0 %
        assert by_name[name] == "0% (0 van 1)", name
    bars = next(f for f in doc.figures() if f.slug == "parties")
    assert bars.svg.count(">niet besproken<") == len(lane)
    parties = {p["name"]: p for p in report_dict(agg)["parties"]}
    assert all(parties[n]["discussed"] == 0 for n in lane) and all(parties[n]["discussed"] == 1 for n in in_c)


def test_main_findings_say_how_many_more_there_are():
    agg = aggregate([realistic_session(4)])
    intro = build_view(agg).sections[0]
    findings = next(b for b in intro.blocks if isinstance(b, Items) and b.kind == "findings").items
    assert len(agg.often_missing) > 3 and len(agg.success_factors) > 2 and len(agg.bottlenecks) > 2
    more = [f for f in findings if " en nog " in f]
    assert more == [
        f"Vaak ontbrekend — en nog {len(agg.often_missing) - 3}: zie 'Details over de groepen heen'",
        f"Succesfactoren — en nog {len(agg.success_factors) - 2}: zie 'Details over de groepen heen'",
        f"Knelpunten — en nog {len(agg.bottlenecks) - 2}: zie 'Details over de groepen heen'",
    ]


def _ctx():
    return context_of(load_template("terugval", "nl"))


def test_disagreement_between_groups_is_said_in_words():
    ctx, ids = _ctx(), _Ids()
    made = [
        group(ctx, 1, "Groep 1", ids, zones={"A": ["huisarts"], "B": ["naasten"]}),
        group(ctx, 2, "Groep 2", ids, zones={"A": ["huisarts", "naasten"]}),
        group(ctx, 3, "Groep 3", ids, zones={"C": ["huisarts"], "B": ["naasten"]}, unplaced=["partner"]),
    ]
    h = harvest(made, ctx=ctx, session="s", title="S", scrubbed=True)
    doc = build_view(aggregate([h]))
    across = next(s for s in doc.sections if s.kind == "intro")  # on the first page
    heads = [b.text for b in across.blocks if hasattr(b, "level")]
    assert "Waar de groepen verschilden" in heads
    items = [b for b in across.blocks if isinstance(b, Items)]
    lines = [line for b in items for line in b.items]
    assert "Huisarts: 2 groepen A, 1 groep C" in lines
    assert "Naasten: 1 groep A, 2 groepen B" in lines
    assert not any(line.startswith("Partner") for line in lines)  # one ring only: no disagreement


@pytest.fixture(scope="module")
def board_harvest(plan4, wv):
    manifest, items = worked_on(plan4)  # group 1 dragged "Sociaal domein/wijkteam" beyond ring C
    return classify(manifest, items, wv, now="2026-11-23T15:00:00+00:00")


def test_a_party_laid_outside_the_rings_is_not_left_in_the_lane(board_harvest, tmp_path):
    g1 = board_harvest.groups[0]
    out = [p for p in g1.unplaced if p.outside_rings]
    assert [p.key for p in out] == ["sociaal_domein"]
    assert all(not p.outside_rings for p in g1.unplaced if p.key != "sociaal_domein")
    note = next(n for n in board_harvest.notes if n.id == out[0].note_id)
    assert note.region == "outside_rings"

    doc = build_view(aggregate([board_harvest]))
    zones = _tables(doc, "zones")[0].rows
    rows = {r[0]: r[1] for r in zones}
    assert "Sociaal domein/wijkteam" in rows["Buiten de ringen gelegd"]
    assert "Sociaal domein/wijkteam" not in rows["Niet besproken (bleef in de strook)"]
    picture = next(f for f in doc.figures() if f.slug == "network-1").svg
    assert "Buiten de ringen gelegd: Sociaal domein/" in picture

    render_reports([board_harvest], tmp_path, {"json", "md", "csv"})
    data = json.loads(next(tmp_path.glob("*.oogst.json")).read_text(encoding="utf-8"))
    j1 = data["groups"][0]
    assert j1["outside_rings"] == ["Sociaal domein/wijkteam"]
    assert "Sociaal domein/wijkteam" not in j1["not_discussed"]
    party = next(p for p in data["parties"] if p["key"] == "sociaal_domein")
    assert party["outside_rings"] == 1 and party["discussed"] >= 1
    md = next(tmp_path.glob("*.oogst.md")).read_text(encoding="utf-8")
    assert "| Buiten de ringen gelegd | Sociaal domein/wijkteam |" in md
    csv_rows = [r for r in render_csv([board_harvest]).splitlines() if "Sociaal domein/wijkteam" in r and ";2;" in r]
    assert any(";Buiten de ringen gelegd;" in r for r in csv_rows)


def test_across_groups_laid_outside_is_counted_apart_from_not_discussed(board_harvest):
    agg = aggregate([board_harvest])
    doc = build_view(agg)
    table = _tables(doc, "parties")[0]
    head = table.header
    assert "Buiten de ringen gelegd" in head
    row = next(r for r in table.rows if r[0] == "Sociaal domein/wijkteam")
    tally = next(t for t in agg.parties if t.key == "sociaal_domein")
    assert row[head.index("Buiten de ringen gelegd")] == "1" == str(tally.outside)
    assert row[head.index("Niet besproken")] == str(tally.lane) == str(tally.counts["unplaced"] - 1)
    for slug in ("parties", "network-all"):
        assert "Buiten de ringen gelegd" in next(f for f in doc.figures() if f.slug == slug).svg
    for p in report_dict(agg)["parties"]:
        assert p["A"] + p["B"] + p["C"] + p["outside_rings"] + p["not_discussed"] == agg.n_groups


def test_no_outside_column_or_legend_when_no_group_laid_a_party_out():
    doc = build_view(aggregate([realistic_session(2)]))
    assert "Buiten de ringen gelegd" not in _tables(doc, "parties")[0].header
    assert all("Buiten de ringen" not in f.svg for f in doc.figures())


def test_items_replaced_are_counted_in_words_not_keys():
    from werkbord.harvest.model import Context
    from werkbord.report.labels import Labels

    ctx = Context(title="t", lang="nl", labels={}, step_titles={}, prompts=[], zones=[], parties=[], buckets=[],
                  survey_source="", survey_note="")  # fmt: skip
    said = Labels(ctx).counted({"datum": 1, "persoon": 2, "kenteken": 3})
    assert said == "1 datum, 2 personen, kenteken: 3"
    en = Labels(ctx.model_copy(update={"lang": "en"})).counted({"email": 2, "bsn": 1})
    assert en == "2 e-mail addresses, 1 BSN"


def test_the_workbook_says_laid_outside_the_rings_too(board_harvest):
    from werkbord.report.labels import Labels
    from werkbord.report.xlsxout import party_rows

    rows = party_rows(aggregate([board_harvest]), Labels(board_harvest.context))
    place = {(r[1], r[2]): r[3] for r in rows}
    assert place[(board_harvest.groups[0].name, "Sociaal domein/wijkteam")] == "Buiten de ringen gelegd"
    assert "Niet besproken" not in place[(board_harvest.groups[0].name, "Sociaal domein/wijkteam")]
