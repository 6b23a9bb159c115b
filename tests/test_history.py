"""The team's history (issue #23 item 5): one team played through a session and two follow-ups.

The sessions are played on Excalidraw (team_play); what a follow-up harvest says about the earlier
actions (statuses by id, moves) is attached as ``Harvest.follow_up``, the follow-up model.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from team_play import play_session
from werkbord import api
from werkbord.actions.model import actions_of
from werkbord.errors import UsageError
from werkbord.harvest.model import ActionReview, FollowUp, PartyMove
from werkbord.report.history import build_history

NEXT_1 = {
    1: [("Huisarts", "Huisarts opnieuw bellen", "Contact houden", "Anna", "volgende week")],
    2: [("Naasten", "Naasten mailen", "Op de hoogte", "Bram", "binnen twee weken")],
}
NEXT_2 = {1: [("Wijkteam", "Wijkteam spreken", "Samen", "Carla", "vrijdag")]}


def _follow_up(path, previous, statuses, moves):
    """A follow-up harvest: ``statuses`` per previous action (in order), ``moves`` as PartyMoves."""
    h = api.load_harvest(path)
    prev = actions_of(previous)
    h.follow_up = FollowUp(
        previous=[previous.session_id],
        previous_actions=prev,
        reviews=[ActionReview(action_id=a.id, group=a.group, status=s) for a, s in zip(prev, statuses, strict=True)],
        moves=moves(prev),
    )
    path.write_text(json.dumps(h.model_dump(mode="json", by_alias=True)))
    return path


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    root = tmp_path_factory.mktemp("team")
    s1 = play_session(
        root / "s1",
        title="Team Noord",
        day="2026-12-10",
        zones={1: {"huisarts": "C", "naasten": "B"}, 2: {"huisarts": "C"}},
    )
    h1 = api.load_harvest(s1)
    statuses = [
        "gedaan",
        "bezig",
        "niet_gelukt",  # group 1
        "gedaan",
        "gedaan",
        None,  # group 2
        "bezig",
        "gedaan",
        "niet_gelukt",  # group 3
        "gedaan",
        "open",
        "bezig",
    ]  # group 4

    def moves1(prev):
        aimed = [a.id for a in prev if a.party_key == "huisarts" and a.group == 2]
        return [
            PartyMove(
                group=2, party="Huisarts", party_key="huisarts", before="C", now="B", move="closer", actions=aimed
            ),
            PartyMove(group=1, party="Naasten", party_key="naasten", before="B", now="B", move="unchanged"),
        ]

    f1 = play_session(
        root / "f1",
        title="Team Noord terugkom",
        care_team="Team Noord",
        day="2027-01-14",
        actions=NEXT_1,
        zones={1: {"huisarts": "B", "naasten": "B"}, 2: {"huisarts": "B"}},
    )
    _follow_up(f1, h1, statuses, moves1)
    h2 = api.load_harvest(f1)
    f2 = play_session(
        root / "f2",
        title="Team Noord tweede terugkom",
        care_team="Team Noord",
        day="2027-02-11",
        actions=NEXT_2,
        zones={1: {"huisarts": "A", "naasten": "A"}, 2: {"huisarts": "B"}},
    )

    def moves2(prev):
        aimed = [a.id for a in prev if a.party_key == "huisarts" and a.group == 1]
        return [
            PartyMove(
                group=1, party="Huisarts", party_key="huisarts", before="B", now="A", move="closer", actions=aimed
            )
        ]

    _follow_up(f2, h2, ["gedaan", None], moves2)
    return root, [s1, f1, f2]


def test_the_history_in_date_order_with_the_carried_out_rate(team):
    _, paths = team
    h = build_history([api.load_harvest(p) for p in reversed(paths)])  # given in any order
    assert [s.day for s in h.sessions] == [date(2026, 12, 10), date(2027, 1, 14), date(2027, 2, 11)]
    assert [s.follow_up for s in h.sessions] == [False, True, True]
    assert h.team == "Team Noord"
    # 12 actions of the session + 2 of follow-up 1 were reviewed: gedaan 5+1, bezig 3.
    assert (h.rate.carried_out, h.rate.n) == (9, 14)
    assert h.rate.counts == {"gedaan": 6, "bezig": 3, "niet_gelukt": 2, "open": 1, "unsorted": 2}
    assert [(i, r.carried_out, r.n) for i, r in h.rate_per_follow_up] == [(2, 8, 12), (3, 1, 2)]
    # Carried forward: bezig, open and unsorted actions of earlier sessions (not the last one's new actions).
    assert sorted(s.status or "-" for s in h.carried) == ["-", "-", "bezig", "bezig", "bezig", "open"]
    # The moves that happened, with the actions aimed at the party before.
    closer = [m for m in h.moves if m.move == "closer"]
    assert [(m.session_number, m.group, m.party, m.before, m.now) for m in closer] == [
        (2, 2, "Huisarts", "C", "B"),
        (3, 1, "Huisarts", "B", "A"),
    ]
    assert [s.action.action for s in closer[0].actions] == ["Huisarts bellen na opname"]
    assert closer[0].actions[0].status == "gedaan"
    # Per party its ring over the sessions.
    huisarts = next(r for r in h.rings if r.key == "huisarts")
    assert huisarts.per_session == [{"C": 2}, {"B": 2}, {"A": 1, "B": 1}]


def test_report_writes_the_history_in_every_format(team, cli):
    root, paths = team
    out = root / "verslag"
    r = cli("report", *paths, "--out", out, lang="nl_NL.UTF-8")
    assert r.exit_code == 0, r.output
    for ext in ("html", "md", "json", "csv", "xlsx"):
        assert (out / f"team-noord.geschiedenis.{ext}").exists(), ext
    assert (out / "team-noord.geschiedenis-ringen.svg").exists()
    assert "Team Noord: 3 sessies · 64% van de acties uitgevoerd (gedaan of bezig): 9 van 14" in r.stdout
    doc = json.loads((out / "team-noord.geschiedenis.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "werkbord.history/1" and doc["rate"]["carried_out"] == 9 and doc["rate"]["n"] == 14
    html = (out / "team-noord.geschiedenis.html").read_text(encoding="utf-8")
    assert "Verloop — Team Noord" in html and "terugkomsessie" in html and "<svg" in html
    md = (out / "team-noord.geschiedenis.md").read_text(encoding="utf-8")
    assert "team-noord.geschiedenis-ringen.svg" in md and "Openstaande acties die meegaan" in md


def test_teams_are_never_mixed_unless_asked(team, tmp_path, cli):
    root, paths = team
    other = play_session(tmp_path / "oost", title="Team Oost", day="2026-12-11")
    r = cli("report", paths[0], other, "--out", tmp_path / "r")
    assert isinstance(r.exception, UsageError) and "2 zorgteams (Team Noord, Team Oost)" in str(r.exception)
    assert not (tmp_path / "r").exists()  # nothing written
    mixed = cli("report", paths[0], other, "--out", tmp_path / "r", "--mixed-teams", "--format", "json")
    assert mixed.exit_code == 0, mixed.output
    assert not list((tmp_path / "r").glob("*geschiedenis*")) and not list((tmp_path / "r").glob("*history*"))


def test_hostile_party_and_action_text_is_inert(team, tmp_path):
    _, paths = team
    h = api.load_harvest(paths[1])
    h.follow_up.moves[0].party = "<script>alert(1)</script>"
    h.follow_up.previous_actions[0].action = '=HYPERLINK("x") <img src=x onerror=alert(2)>'
    from werkbord.report.history_out import render_csv, render_html, render_markdown

    hist = build_history([h])  # the earlier actions known from the follow-up alone
    html = render_html(hist)
    assert "<script>alert" not in html and "<img src=x" not in html and "&lt;script&gt;" in html
    cells = [c for row in csv.reader(io.StringIO(render_csv(hist)), delimiter=";") for c in row]
    assert '\'=HYPERLINK("x") <img src=x onerror=alert(2)>' in cells
    assert "<script>" not in render_markdown(hist, None)


def test_an_english_team_gets_an_english_history(team, tmp_path):
    from werkbord.report.history_out import write_history

    _, paths = team
    harvests = []
    for p in paths:
        h = api.load_harvest(p)
        h.context.lang = "en"  # as `provision --lang en` makes them
        harvests.append(h)
    files = write_history(build_history(harvests), tmp_path, {"html", "md", "csv"})
    assert sorted(p.name for p, _ in files) == [
        "team-noord.history-rings.svg",
        "team-noord.history.csv",
        "team-noord.history.html",
        "team-noord.history.md",
    ]
    html = (tmp_path / "team-noord.history.html").read_text(encoding="utf-8")
    assert "History — Team Noord" in html and "64% of the actions carried out (done or in progress): 9 of 14" in html
    assert "Open actions carried forward" in html and "Verloop" not in html
    assert (
        (tmp_path / "team-noord.history.csv")
        .read_text(encoding="utf-8-sig")
        .startswith("Not pseudonymised: this history may contain names.\n#,Date,Session,Group")
    )  # read_text: universal newlines
