"""One team in a room through a session, a follow-up and a second follow-up, on paper: the kit
prints the previous actions as cards with their code and the poster marks last time's placement;
the fill-in sheet comes pre-filled, takes a status per action and a ring now per party, and its
harvest gives the same statuses and moves as an online board."""

from __future__ import annotations

import csv
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from test_followup_excalidraw import _moves, assert_follow_up_harvest
from werkbord import api
from werkbord.errors import UsageError
from werkbord.manifest import load_manifest


def fill(path, *, status=None, now=None, text=None, rows=(), lang="nl") -> None:
    """Type into a follow-up sheet: a status per code, a ring now per (group, party), new rows."""
    from werkbord.layout_followup import follow_up_werkvorm
    from werkbord.printkit.fillin import COLUMNS, FOLLOW_UP_COLUMNS
    from werkbord.printkit.followup_sheet import follow_up_headers
    from werkbord.template import load_template

    names = dict(
        zip(
            (*COLUMNS, *FOLLOW_UP_COLUMNS),
            follow_up_headers(follow_up_werkvorm(load_template("terugval", lang))),
            strict=True,
        )
    )
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    col = {key: head.index(name) + 1 for key, name in names.items() if name in head}
    for r in range(2, ws.max_row + 1 if "code" in col else 2):  # a first session's sheet: rows only
        code = ws.cell(r, col["code"]).value
        group, party = ws.cell(r, col["group"]).value, ws.cell(r, col["party"]).value
        if code and code in (status or {}):
            ws.cell(r, col["status"], status[code])
        if code and code in (text or {}):
            ws.cell(r, col["text"], text[code])
        if not code and (group, party) in (now or {}):
            ws.cell(r, col["now"], now[(group, party)])
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def _harvest_saved(done, out):
    h = api.harvest(done.manifest_path, scrub=False)
    return h, api.save_harvest(h, out)


def _sheet(done):
    return done.manifest_path.parent / load_manifest(done.manifest_path).board.path


@pytest.fixture(scope="module")
def loop(tmp_path_factory):
    out = tmp_path_factory.mktemp("zaal")
    first = api.provision(groups=2, title="Team Noord", date="2026-03-02", out=out, backend="print")
    fill(
        _sheet(first),
        rows=[
            ("Groep 1", "2", "A", "Huisarts", ""),
            ("Groep 1", "2", "B", "POH-ggz", ""),
            ("Groep 1", "2", "C", "FACT-team", ""),
            ("Groep 1", "2", "B", "buurvrouw", ""),
            ("Groep 1", "3", "Micro-acties", "huisarts", "Signaleringsplan delen", "beter contact", "Anna", "vrijdag"),
            ("Groep 1", "3", "Micro-acties", "FACT-team", "Samen op huisbezoek", "", "Bram", "binnen twee weken"),
            ("Groep 2", "2", "B", "Naasten", ""),
            ("Groep 2", "3", "Micro-acties", "naasten", "Naasten uitnodigen", "", "Cas", "volgende week"),
        ],
    )
    h1, h1_path = _harvest_saved(first, out)
    ids = {a.action: a.id for g in h1.groups for a in _actions(h1, g.index)}

    second = api.provision(follow_up=[h1_path], date="2026-03-30", out=out, backend="print")
    fill(
        _sheet(second),
        status={
            ids["Signaleringsplan delen"]: "Gedaan",
            ids["Samen op huisbezoek"]: "niet gelukt",
            ids["Naasten uitnodigen"]: "Bezig",
        },
        # Someone rewrites a row's text: the code still finds the action.
        text={ids["Signaleringsplan delen"]: "Plan gedeeld met de huisarts!"},
        now={("Groep 1", "FACT-team"): "B", ("Groep 1", "POH-ggz"): "C", ("Groep 2", "Naasten"): "A"},
        rows=[
            ("Groep 1", "2", "C", "Sociaal domein", ""),
            ("Groep 1", "1", "Wat hielp?", "", "Korte lijn met de praktijk"),
            ("Groep 1", "1", "Wat hield tegen?", "", "Wachtlijst FACT"),
            ("Groep 1", "3", "Micro-acties", "FACT-team", "Wachtlijst bespreken", "", "Bram", "1 mei"),
        ],
    )
    h2, h2_path = _harvest_saved(second, out)

    third = api.provision(follow_up=[h2_path], date="2026-05-04", out=out, backend="print")
    codes3 = {a["action"]: a["id"] for a in load_manifest(third.manifest_path).follow_up.actions}
    fill(
        _sheet(third),
        status={codes3["Naasten uitnodigen"]: "Gedaan", codes3["Wachtlijst bespreken"]: "Done"},
        now={("Groep 1", "FACT-team"): "A"},
    )
    h3, _ = _harvest_saved(third, out)
    return out, (first, second, third), (h1, h2, h3), ids


def _actions(h, group):
    from werkbord.actions.model import actions_of

    return [a for a in actions_of(h) if a.group == group]


def test_the_kit_prints_the_previous_actions_and_placement(loop):
    out, (_, second, _), (h1, _, _), ids = loop
    m = load_manifest(second.manifest_path)
    kit = out / f"{m.name}.kit.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(kit).pages)
    for code in ids.values():
        assert f"Code: {code}" in text
    assert "Gedaan" in text and "Niet gelukt" in text and "Wat hielp?" in text
    poster = " ".join(page.extract_text() for page in PdfReader(out / f"{m.name}.poster-a1.pdf").pages)
    assert poster.count("vorige keer: B") == 3 and "vorige keer: A" in poster and "vorige keer: C" in poster


def test_the_sheet_comes_prefilled_with_status_and_ring_columns(loop, wv):
    from werkbord.printkit.fillin import zone_choice

    _, (_, second, _), _, ids = loop
    with open(_sheet(second).with_suffix(".csv"), encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][-3:] == ["Status", "Ring nu", "Code"]
    assert sorted(r[-1] for r in rows[1:] if r[-1]) == sorted(ids.values())
    assert ["Groep 1", "2", zone_choice(wv, "C"), "FACT-team"] in [r[:4] for r in rows]
    assert ["Groep 2", "2", zone_choice(wv, "B"), "Naasten"] in [r[:4] for r in rows]


def test_the_paper_follow_up_gives_the_same_statuses_and_moves(loop):
    _, _, (h1, h2, _), _ = loop
    assert_follow_up_harvest(h2, h1)


def test_a_second_follow_up_on_paper(loop):
    _, _, (_, h2, h3), ids = loop
    fu = h3.follow_up
    by_text = {a.action: a for a in fu.previous_actions}
    assert set(by_text) == {"Wachtlijst bespreken", "Naasten uitnodigen"}
    assert {r.action_id: r.status for r in fu.reviews} == {
        ids["Naasten uitnodigen"]: "gedaan",
        by_text["Wachtlijst bespreken"].id: "gedaan",
    }
    assert _moves(h3, 1)["FACT-team"] == ("B", "A", "closer")
    assert _moves(h3, 1)["POH-ggz"] == ("C", "C", "unchanged")


def test_a_wrong_code_or_status_names_the_row(tmp_path, loop):
    out, _, (h1, _, _), ids = loop
    done = api.provision(follow_up=[out / f"{h1.session}.harvest.json"], out=tmp_path, backend="print")
    code = next(iter(ids.values()))
    fill(_sheet(done), status={code: "half"})
    with pytest.raises(UsageError, match=r"row \d+: unknown status 'half'"):
        api.harvest(done.manifest_path, scrub=False)


def test_several_unreadable_rows_are_named_as_the_fill_in_sheet_names_them(tmp_path, loop):
    # One way of saying it for both sheets: the count, what is wrong with each of the first rows.
    out, _, (h1, _, _), ids = loop
    done = api.provision(follow_up=[out / f"{h1.session}.harvest.json"], out=tmp_path, backend="print")
    fill(_sheet(done), status=dict.fromkeys(ids.values(), "half"))
    with pytest.raises(UsageError) as e:
        api.harvest(done.manifest_path, scrub=False)
    msg = str(e.value)
    assert re.search(rf": {len(ids)} rows cannot be read: row \d+: unknown status 'half'", msg), msg
    assert msg.count("unknown status 'half'") == len(ids) > 1
    assert "nothing was written" in msg


def test_an_untouched_prefilled_sheet_is_overwritten_but_a_typed_one_is_not(tmp_path, loop):
    from werkbord.errors import ManifestExists

    out, _, (h1, _, _), ids = loop
    args = dict(follow_up=[out / f"{h1.session}.harvest.json"], out=tmp_path, backend="print", date="2026-04-01")
    done = api.provision(**args)
    sheet = _sheet(done)
    done.manifest_path.unlink()  # so the sheet is what decides
    api.provision(**args)  # only pre-filled rows: nothing of anyone's is lost
    done.manifest_path.unlink()
    fill(sheet, status={next(iter(ids.values())): "Gedaan"})
    with pytest.raises(ManifestExists):
        api.provision(**args)


def test_harvested_text_in_the_prefilled_sheet_is_never_a_formula(loop, wv):
    import io

    from werkbord.layout_followup import follow_up_werkvorm
    from werkbord.printkit.followup_sheet import render_follow_up_csv, render_follow_up_xlsx

    _, (_, second, _), _, _ = loop
    m = load_manifest(second.manifest_path)
    hostile = '=HYPERLINK("http://x","klik")'
    m.follow_up.actions[0]["action"] = hostile
    fwv = follow_up_werkvorm(wv)
    assert f"'{hostile}".replace('"', '""') in render_follow_up_csv(fwv, m)
    ws = load_workbook(io.BytesIO(render_follow_up_xlsx(fwv, m))).worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value == hostile]
    assert cells and all(c.data_type == "s" for c in cells)


def test_in_english_the_kit_and_the_sheet_speak_english(loop, tmp_path):
    out, _, (h1, _, _), ids = loop
    done = api.provision(follow_up=[out / f"{h1.session}.harvest.json"], lang="en", out=tmp_path, backend="print")
    with open(_sheet(done).with_suffix(".csv"), encoding="utf-8-sig") as f:
        header = next(csv.reader(f, delimiter=";"))
    assert header[-3:] == ["Status", "Ring now", "Code"] and header[0] == "Group"
    kit = " ".join(p.extract_text() for p in PdfReader(tmp_path / f"{done.manifest.name}.kit.pdf").pages)
    assert "Done" in kit and "What held you back?" in kit and "Lay each card" in kit and "Gedaan" not in kit
    fill(_sheet(done), status={ids["Samen op huisbezoek"]: "Did not work out"}, lang="en")
    h = api.harvest(done.manifest_path, scrub=False)
    assert {r.action_id: r.status for r in h.follow_up.reviews}[ids["Samen op huisbezoek"]] == "niet_gelukt"


def test_harvests_of_two_care_teams_are_not_followed_up_together(loop, tmp_path):
    out, _, (h1, _, _), _ = loop
    other = h1.model_copy(update={"care_team": "FACT Zuid", "session": "team-zuid"})
    other_path = api.save_harvest(other, tmp_path)
    with pytest.raises(UsageError, match="different care teams: FACT Zuid, Team Noord"):
        api.provision(follow_up=[out / f"{h1.session}.harvest.json", other_path], out=tmp_path)
    assert not list(tmp_path.glob("*.werkbord.json"))  # nothing half-written
