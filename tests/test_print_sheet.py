"""The typed-in route back: a filled fill-in sheet harvests like the board it describes."""

from __future__ import annotations

import copy
import csv
import json
import re

import pytest
from openpyxl import load_workbook

from scenario import HOSTILE, LONG, assert_scripted_harvest, session_ops
from test_e2e_excalidraw import play
from werkbord import api
from werkbord.errors import UsageError
from werkbord.layout import layout
from werkbord.report.aggregate import aggregate
from werkbord.report.jsonout import report_dict

G1 = "Groep 1"
FORM1 = ("huisarts", "Signaleringsplan delen", "Sneller signaleren", "Anna", "vrijdag")
# The scripted session of scenario.py as a facilitator types it from the flip-overs, one row per
# post-it, reading each flip-over from top to bottom: group, step, prompt or zone, party, text,
# expected effect, who, when.
SCRIPTED_ROWS = [
    (G1, 1, "Wie waren er betrokken?", "", "Huisarts en wijkteam"),
    (G1, 1, "Wat werkte?", "", HOSTILE),
    (G1, 1, "Terugkerende succesfactoren", "", "Korte lijnen 😀"),
    (G1, 1, "Terugkerende succesfactoren", "", "korte lijnen!"),
    (G1, 1, "Terugkerende knelpunten", "", LONG),
    (G1, 2, "A — A · goed en vaak betrokken", "Huisarts", ""),
    (G1, 2, "A", "Naasten", ""),
    (G1, 2, "A", "Ziekenhuis", ""),
    (G1, 2, "B", "buurvrouw", ""),
    (G1, 2, "B", "POH-ggz", ""),
    (G1, 2, "B", "", ""),  # an empty post-it: ignored, as on a board
    (G1, 2, "C", "Ervaringsdeskundige!", ""),
    (G1, 2, "C", "de Huisarts / POH", ""),
    (G1, 2, "C", "FACT-team", ""),
    (G1, 2, "Niet geplaatst", "Sociaal domein/wijkteam", ""),  # the card put aside, beyond ring C
    (G1, 2, "Welke samenwerking maakt het meeste verschil?", "", "Eerder bellen met naasten"),
    (G1, 3, "Micro-acties", FORM1[0], FORM1[1], *FORM1[2:]),
    (G1, 3, "Micro-acties", "", "verwacht effect eerder hulp\npartij de wijkteam\nmicro actie bellen"),
    (G1, 3, "Micro-acties", "", "Partij:\nbuurvrouw\nMicro-actie:\nkoffie drinken\nen bellen"),
    (G1, 3, "Losse notities", "", "Bel de wijkagent"),
    ("Buiten de groepen", "", "", "", "Vergeten notitie"),
    ("Groep 2", 2, "A", "Naasten", ""),
    ("Groep 2", "", "C", "Huisarts", ""),  # the step follows from the zone
]


def _provision(tmp_path, **kw):
    return api.provision(groups=4, title="Team Noord", start="14:00", out=tmp_path, backend="print", **kw)


def fill_xlsx(path, rows) -> None:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def fill_csv(path, rows, delimiter=";") -> None:
    with open(path, encoding="utf-8-sig") as f:
        header = next(csv.reader(f, delimiter=";"))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        for row in rows:
            w.writerow([*row, *[""] * (len(header) - len(row))])


def _comparable(h) -> dict:
    """The JSON report, less what differs by nature: which backend, when, and where on a canvas
    a placement sits (a typed-in note has a zone but no drawn position)."""
    data = report_dict(aggregate([h]))
    for s in data["sessions"]:
        for by_nature in ("backend", "harvested_at", "board", "session_id", "session_created_at"):
            s.pop(by_nature)  # which board, and when each was made and read
    for g in data["groups"]:
        for p in g["placements"]:
            p.pop("x"), p.pop("y")
    for a in data["actions"]:  # an action's id comes from its board's note and provisioning run
        a.pop("id"), a.pop("note_id"), a.pop("session_id")
    return data


@pytest.fixture(scope="module")
def excalidraw_harvest(tmp_path_factory, wv):
    """The scripted session on an Excalidraw board, less what paper cannot do: delete a card, or
    tell a card left in the lane from one laid outside the rings (off the poster is not placed)."""
    out = tmp_path_factory.mktemp("online")
    done = api.provision(groups=4, title="Team Noord", start="14:00", out=out)
    plan = layout(wv, 4, title="Team Noord", start="14:00")
    scene_path = out / "team-noord.excalidraw"
    scene = json.loads(scene_path.read_text())
    play(scene, json.loads(done.manifest_path.read_text()), [op for op in session_ops(plan) if op.kind != "delete"])
    scene_path.write_text(json.dumps(scene))
    h = api.harvest(done.manifest_path, scrub=False)
    groups = [
        g.model_copy(update={"unplaced": [p.model_copy(update={"outside_rings": False}) for p in g.unplaced]})
        for g in h.groups
    ]
    assert groups != h.groups  # the script does lay a card outside the rings
    return h.model_copy(update={"groups": groups})


@pytest.fixture(scope="module")
def paper_session(tmp_path_factory):
    out = tmp_path_factory.mktemp("paper")
    done = _provision(out)
    fill_xlsx(out / "team-noord.invulblad.xlsx", SCRIPTED_ROWS)
    return done


def test_the_filled_sheet_gives_the_same_report_as_the_board(paper_session, excalidraw_harvest):
    h = api.harvest(paper_session.manifest_path, scrub=False)
    assert_scripted_harvest(h)
    assert h.backend == "print"
    assert _comparable(h) == _comparable(excalidraw_harvest)
    # Not only the report: the harvest's groups match too, placements but for their position.
    for a, b in zip(h.groups, excalidraw_harvest.groups, strict=True):
        strip = {
            "zones": {z: {"__all__": {"note_id", "x", "y"}} for z in "ABC"},
            "unplaced": {"__all__": {"note_id", "x", "y"}},
            "micro_actions": {"__all__": {"note_id"}},
        }
        assert a.model_dump(exclude=strip) == b.model_dump(exclude=strip)


def test_bad_rows_among_good_ones_stop_the_harvest_until_corrected(tmp_path, excalidraw_harvest):
    done = _provision(tmp_path)
    sheet = tmp_path / "team-noord.invulblad.xlsx"
    bad = [
        *SCRIPTED_ROWS[:3],
        ("Groep 5", 1, "Wat werkte?", "", "x"),
        *SCRIPTED_ROWS[3:10],
        (G1, 2, "", "Apotheek", ""),
        *SCRIPTED_ROWS[10:],
    ]
    fill_xlsx(sheet, bad)
    # Sheet rows count from 2 (row 1 is the header): the bad rows are the 4th and the 12th.
    # Both are explained, each with what to write.
    with pytest.raises(
        UsageError,
        match=re.escape("2 rows cannot be read: row 5: unknown group 'Groep 5'")
        + ".*"
        + re.escape("; row 13: party 'Apotheek' in step 2 has no zone"),
    ):
        api.harvest(done.manifest_path, scrub=False)
    fill_xlsx_only(sheet, SCRIPTED_ROWS)
    assert _comparable(api.harvest(done.manifest_path, scrub=False)) == _comparable(excalidraw_harvest)


@pytest.mark.parametrize("delimiter", [";", ","])
def test_the_csv_reads_like_the_xlsx(tmp_path, delimiter, excalidraw_harvest):
    done = _provision(tmp_path)
    fill_csv(tmp_path / "team-noord.invulblad.csv", SCRIPTED_ROWS, delimiter)
    h = api.harvest(done.manifest_path, scrub=False)
    assert _comparable(h) == _comparable(excalidraw_harvest)


def test_aliases_work_as_on_the_boards(tmp_path):
    done = _provision(tmp_path)
    fill_xlsx(
        tmp_path / "team-noord.invulblad.xlsx",
        [
            ("groep 3", "2", "a", "de huisarts", ""),
            ("3", "Stap 2", "Zone B", "POH GGZ", ""),
            ("Groep 3", 2, "C", "mantelzorger", ""),
            ("Groep 3", 3, "micro-acties", "het wijkteam", "bellen", "korte lijn", "Bo", "maandag"),
            ("Groep 3", 1, "Losse notities", "", "een losse gedachte"),
            ("Groep 3", 1, "betrokken", "", "de wijkagent"),  # a prompt by its key works too
        ],
    )
    g3 = api.harvest(done.manifest_path, scrub=False).groups[2]
    assert g3.other == ["een losse gedachte"] and g3.step1 == {"betrokken": ["de wijkagent"]}
    assert [p.name for p in g3.zones["A"]] == ["Huisarts"]
    assert [p.name for p in g3.zones["B"]] == ["POH-ggz"]
    assert [p.name for p in g3.zones["C"]] == ["Naasten"]
    a = g3.micro_actions[0]
    assert (a.party, a.action, a.expected_effect, a.owner, a.deadline) == (
        "Sociaal domein/wijkteam",
        "bellen",
        "korte lijn",
        "Bo",
        "maandag",
    )
    # Untouched cards lie in the lane: every other party is "not placed" in group 3.
    assert "Apotheek" in [p.name for p in g3.unplaced] and "Huisarts" not in [p.name for p in g3.unplaced]


def test_the_sheet_is_de_identified_like_a_board(tmp_path):
    import deduce  # noqa: F401  (a dependency: without it this test fails, it never skips)

    done = _provision(tmp_path)
    fill_xlsx(
        tmp_path / "team-noord.invulblad.xlsx",
        [(G1, 1, "Wat gebeurde er?", "", "Mevr. Jansen (54) belde de huisarts op 12-03-2024")],
    )
    h = api.harvest(done.manifest_path)
    note = h.groups[0].step1["gebeurd"][0]
    assert "Jansen" not in note and "12-03-2024" not in note and "huisarts" in note
    assert h.scrubbing.scrubbed and h.scrubbing.counts.get("persoon", 0) >= 1


BAD_ROWS = [
    (G1, 1, "Wat werkte?", "", "Korte lijnen"),  # row 2: fine
    ("Groep 9", 1, "Wat werkte?", "", "x"),  # row 3
    (G1, 2, "D", "Huisarts", ""),  # row 4
    (G1, 2, "", "Huisarts", ""),  # row 5: a party without a zone
    (G1, 1, "Wat ging er mis?", "", "x"),  # row 6: no such prompt
    (G1, 1, "Verschil", "", "x"),  # row 7: a step 2 key question under step 1
    (G1, 2, "Welke samenwerking maakt het meeste verschil?", "Huisarts", ""),  # row 8: party, no zone
]


def test_bad_rows_name_the_row_and_what_to_write(tmp_path):
    done = _provision(tmp_path)
    sheet = tmp_path / "team-noord.invulblad.xlsx"
    fill_xlsx(sheet, BAD_ROWS)
    with pytest.raises(UsageError) as e:
        api.harvest(done.manifest_path, scrub=False)
    msg = str(e.value)
    # Six bad rows: the first five explained one by one, the sixth named (singular: one more row).
    assert msg.startswith("team-noord.invulblad.xlsx: 6 rows cannot be read: row 3: unknown group 'Groep 9'")
    assert "Groep 1 to Groep 4" in msg and "nothing was written" in msg
    for row in (4, 5, 6, 7):
        assert f"; row {row}: " in msg
    assert msg.endswith("(and 1 more row: 8) (correct the sheet and run harvest again; nothing was written)")
    assert "\n" not in msg
    for row, expected in [
        (4, "unknown prompt or zone 'D'; write one of 'A', 'B', 'C', 'Niet geplaatst'"),
        (5, "party 'Huisarts' in step 2 has no zone"),
        (6, "unknown prompt or zone 'Wat ging er mis?'"),
        (7, "'Verschil' belongs to step 2, not step 1"),
        (8, "party 'Huisarts' in step 2 has no zone; write A, B, C or 'Niet geplaatst'"),
    ]:
        fill_xlsx_only(sheet, [BAD_ROWS[row - 2]])
        with pytest.raises(UsageError, match=re.escape(f"row 2: {expected}")):
            api.harvest(done.manifest_path, scrub=False)


def fill_xlsx_only(path, rows) -> None:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    ws.delete_rows(2, ws.max_row)
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def test_cli_harvest_writes_nothing_until_the_sheet_reads_cleanly(tmp_path):
    from test_cli import assert_one_line_error, run

    done = _provision(tmp_path)
    sheet = tmp_path / "team-noord.invulblad.xlsx"
    fill_xlsx(sheet, BAD_ROWS[:3])
    out = tmp_path / "oogst"
    args = ("harvest", str(done.manifest_path), "--out", str(out), "--no-scrub", "--yes")
    bad = run(*args, cwd=tmp_path)
    assert bad.returncode == 2
    assert_one_line_error(
        bad,
        "2 rijen zijn niet te lezen: rij 3: onbekende groep 'Groep 9'",
        "; rij 4: onbekende vraag of zone 'D'",
        "er is niets geschreven",
    )
    assert not out.exists()
    fill_xlsx_only(sheet, BAD_ROWS[:1])
    good = run(*args, cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    assert "Notities gelezen: 1\n" in good.stdout
    assert json.loads((out / "team-noord.oogst.json").read_text())["groups"][0]["step1"] == {"werkte": ["Korte lijnen"]}


def test_the_xlsx_offers_prompts_zones_groups_and_parties_as_lists(tmp_path, wv):
    _provision(tmp_path)
    wb = load_workbook(tmp_path / "team-noord.invulblad.xlsx")
    ws, lists = wb.worksheets
    assert [c.value for c in ws[1]] == [
        "Groep",
        "Stap",
        "Vraag of zone",
        "Partij",
        "Tekst",
        "Verwacht effect",
        "Wie",
        "Wanneer",
    ]
    offered = {(str(v.sqref)[0], v.formula1) for v in ws.data_validations.dataValidation}
    assert {col for col, _ in offered} == {"A", "B", "C", "D"}
    column = {col: f for col, f in offered}
    values = lambda col: [c.value for c in lists[col] if c.value is not None][1:]  # noqa: E731
    assert column["A"].endswith("$A$2:$A$6") and values("A") == [f"Groep {i}" for i in range(1, 5)] + [
        "Buiten de groepen"
    ]
    prompts = [p.text for s in wv.step1.sections for p in s.prompts] + [q.text for q in wv.step2.key_questions]
    assert set(prompts) <= set(values("B")) and "A · goed en vaak betrokken" in values("B")
    assert values("C") == [p.label for p in wv.parties]
    assert column["B"] == '"1,2,3"'


def test_a_filled_sheet_is_not_overwritten_without_force(tmp_path):
    from werkbord.errors import ManifestExists

    done = _provision(tmp_path)
    fill_xlsx(tmp_path / "team-noord.invulblad.xlsx", BAD_ROWS[:1])
    done.manifest_path.unlink()  # even when the manifest is gone
    with pytest.raises(ManifestExists, match="typed-in notes"):
        _provision(tmp_path)
    _provision(tmp_path, force=True)
    assert load_workbook(tmp_path / "team-noord.invulblad.xlsx").worksheets[0].max_row == 1


def test_both_sheets_filled_is_an_error(tmp_path):
    done = _provision(tmp_path)
    fill_xlsx(tmp_path / "team-noord.invulblad.xlsx", BAD_ROWS[:1])
    fill_csv(tmp_path / "team-noord.invulblad.csv", BAD_ROWS[:1])
    with pytest.raises(UsageError, match="both team-noord.invulblad.xlsx and team-noord.invulblad.csv hold notes"):
        api.harvest(done.manifest_path, scrub=False)


def test_a_report_csv_reads_back_as_a_sheet(tmp_path, paper_session):
    """The fill-in sheet has the report CSV's columns: a report's CSV is itself a filled sheet."""
    from werkbord.report.csvout import render_csv

    h = api.harvest(paper_session.manifest_path, scrub=False)
    done = _provision(tmp_path)
    (tmp_path / "team-noord.invulblad.csv").write_text(render_csv([h]), encoding="utf-8")
    again = api.harvest(done.manifest_path, scrub=False)
    g1, r1 = copy.deepcopy(h.groups[0]), again.groups[0]
    assert {z: [p.name for p in g1.zones[z]] for z in "ABC"} == {z: [p.name for p in r1.zones[z]] for z in "ABC"}
    assert g1.step1 == r1.step1 and g1.questions == r1.questions and again.outside == h.outside


def test_the_zone_list_says_each_letter_once_and_the_lists_sheet_is_out_of_reach(tmp_path, wv):
    _provision(tmp_path)
    wb = load_workbook(tmp_path / "team-noord.invulblad.xlsx")
    ws, lists = wb.worksheets
    offered = [c.value for c in lists["B"] if c.value is not None]
    zones = [v for v in offered if re.match(r"^[ABC]\b", v)]
    assert zones == ["A · goed en vaak betrokken", "B · soms betrokken", "C · niet betrokken maar wel wenselijk"]
    assert not [v for v in offered if re.match(r"^([ABC]) — \1\b", v)]
    # The sheet that feeds the drop-downs is hidden and protected; the fill-in sheet is neither.
    assert lists.sheet_state == "hidden" and lists.protection.sheet
    assert ws.sheet_state == "visible" and not ws.protection.sheet and wb.active.title == ws.title


def test_a_zone_written_the_old_way_still_reads(tmp_path):
    done = _provision(tmp_path)
    fill_xlsx(
        tmp_path / "team-noord.invulblad.xlsx",
        [(G1, 2, "A — A · goed en vaak betrokken", "Huisarts", ""), (G1, 2, "B · soms betrokken", "POH-ggz", "")],
    )
    g1 = api.harvest(done.manifest_path, scrub=False).groups[0]
    assert [p.name for p in g1.zones["A"]] == ["Huisarts"] and [p.name for p in g1.zones["B"]] == ["POH-ggz"]


def test_past_five_bad_rows_the_rest_are_counted_in_the_plural(tmp_path):
    done = _provision(tmp_path)
    fill_xlsx(tmp_path / "team-noord.invulblad.xlsx", [*BAD_ROWS, ("Groep 7", 1, "Wat werkte?", "", "y")])
    with pytest.raises(UsageError) as e:
        api.harvest(done.manifest_path, scrub=False)
    msg = str(e.value)
    assert msg.startswith("team-noord.invulblad.xlsx: 7 rows cannot be read: row 3: ")
    assert [int(n) for n in re.findall(r"(?:: |; )row (\d+): ", msg)] == [3, 4, 5, 6, 7]
    assert "(and 2 more rows: 8, 9)" in msg


def test_an_unreadable_sheet_is_not_counted_as_empty_and_never_overwritten(tmp_path):
    from werkbord.errors import ManifestExists

    done = _provision(tmp_path)
    sheet = tmp_path / "team-noord.invulblad.xlsx"
    sheet.write_bytes(b"someone's file, not a workbook")
    # Harvest says it cannot read it, rather than reporting an empty session.
    with pytest.raises(UsageError, match="cannot be read as an Excel file"):
        api.harvest(done.manifest_path, scrub=False)
    done.manifest_path.unlink()
    with pytest.raises(ManifestExists, match="typed-in notes"):
        _provision(tmp_path)
    assert sheet.read_bytes() == b"someone's file, not a workbook"
