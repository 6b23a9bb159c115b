"""The team's history end to end (issue #23 "Done when"): one team through a session, a follow-up
and a second follow-up on Excalidraw (test_followup_excalidraw's loop: boards made with
``provision --follow-up``, worked on, harvested), then ``werkbord report`` over the three."""

from __future__ import annotations

import json

from test_followup_excalidraw import loop  # noqa: F401  (the played team, a module fixture)
from werkbord import api
from werkbord.report.history import build_history


def test_the_loop_gives_the_carried_out_rate_moves_and_rings(loop):  # noqa: F811
    out, _, (h1, h2, h3), ids = loop
    h = build_history([h3, h1, h2])
    assert [s.follow_up for s in h.sessions] == [False, True, True]
    assert [s.actions for s in h.sessions] == [3, 1, 0]
    # Reviewed: the first session's three and the follow-up's new one. Latest statuses: Signaleringsplan
    # gedaan, Samen op huisbezoek niet gelukt, Naasten uitnodigen bezig then gedaan, Wachtlijst gedaan.
    assert (h.rate.carried_out, h.rate.n) == (3, 4)
    assert h.rate.counts == {"gedaan": 3, "niet_gelukt": 1}
    assert [(i, r.carried_out, r.n) for i, r in h.rate_per_follow_up] == [(2, 2, 3), (3, 2, 2)]
    assert h.carried == []  # nothing left open
    closer = [(m.session_number, m.group, m.party) for m in h.moves if m.move == "closer"]
    assert (2, 1, "FACT-team") in closer and (2, 2, "Naasten") in closer and (3, 1, "FACT-team") in closer
    fact = next(m for m in h.moves if (m.session_number, m.group, m.party) == (2, 1, "FACT-team"))
    assert [(s.action.id, s.status) for s in fact.actions] == [(ids["Samen op huisbezoek"], "niet_gelukt")]
    rings = {r.party: r.per_session for r in h.rings}
    assert rings["FACT-team"] == [{"C": 1}, {"B": 1}, {"A": 1}]


def test_report_over_the_loop_writes_the_history(loop, cli):  # noqa: F811
    out, _, (h1, h2, h3), _ = loop
    paths = [out / f"{h.session}.harvest.json" for h in (h1, h2)]
    third = api.save_harvest(h3, out / "derde")
    r = cli("report", *paths, third, "--out", out / "verslag", "--format", "json,html", lang="nl_NL.UTF-8")
    assert r.exit_code == 0, r.output
    assert "Team Noord: 3 sessies · 75% van de acties uitgevoerd (gedaan of bezig): 3 van 4" in r.stdout
    doc = json.loads((out / "verslag" / "team-noord.geschiedenis.json").read_text(encoding="utf-8"))
    assert [s["date"] for s in doc["sessions"]] == ["2026-03-02", "2026-03-30", "2026-05-04"]
