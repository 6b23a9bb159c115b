"""One care team played through a session on Excalidraw: parties placed, micro-actions written.

Used by the follow-up layer's tests (actions, calendar file, the team's history).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from scenario import Op, ring_point
from test_e2e_excalidraw import play
from werkbord import api
from werkbord.layout import layout
from werkbord.template import load_template

# Per group: (party, action, effect, who, when) as participants write them on the forms.
ACTIONS = {
    1: [
        ("Huisarts", "Signaleringsplan delen", "Sneller signaleren", "Anna", "vrijdag"),
        ("Naasten", "Naasten uitnodigen voor evaluatie", "Naasten betrokken", "Bram", "binnen twee weken"),
        ("Apotheek", "Medicatieoverzicht opvragen", "Minder fouten", "Anna", "zsm"),
    ],
    2: [
        ("Huisarts", "Huisarts bellen na opname", "Korte lijnen", "Carla", "15 januari"),
        ("Wijkteam", "Wijkteam uitnodigen", "Samen plannen", "Dirk", "volgende week"),
        ("Werkgever", "Re-integratie bespreken", "Werk behouden", "Carla", "over 10 dagen"),
    ],
    3: [
        ("Huisarts", "Terugvalplan mailen", "Iedereen weet het", "Anna", "voor de zomer"),
        ("POH-ggz", "Overleg plannen met POH", "Eerder signaal", "Eva", "maandag"),
        ("Naasten", "Familie bellen", "Steun thuis", "Bram", "als het lukt"),
    ],
    4: [
        ("FACT-team", "FACT-team informeren", "Sneller opschalen", "Dirk", "eind januari"),
        ("Huisarts", "Afspraken vastleggen", "Duidelijkheid", "Eva", "2027-02-01"),
        ("Wijkteam", "Buurtteam langs", "Netwerk groter", "Frank", "week 3"),
    ],
}


def form_text(party: str, action: str, effect: str, who: str, when: str) -> str:
    return f"Partij: {party}\nMicro-actie: {action}\nVerwacht effect: {effect}\nWie: {who}\nWanneer: {when}"


def play_session(
    out: Path,
    *,
    title: str = "Team Noord",
    day: str = "2026-12-10",
    care_team: str | None = None,
    actions: dict[int, list[tuple[str, str, str, str, str]]] | None = None,
    zones: dict[int, dict[str, str]] | None = None,
    scrub: bool = False,
) -> Path:
    """Provision, let the groups work, harvest; the path of the saved harvest."""
    actions = ACTIONS if actions is None else actions
    wv = load_template("terugval", "nl")
    groups = max([4, *actions])
    done = api.provision(groups=groups, title=title, date=day, care_team=care_team, out=out)
    plan = layout(wv, groups, title=title)
    ops = []
    for g, rows in actions.items():
        ops += [Op("rename", f"g{g}.s3.form.{i}", text=form_text(*row)) for i, row in enumerate(rows, start=1)]
    for g, placed in (zones or {}).items():
        for n, (party, zone) in enumerate(placed.items()):
            ops.append(Op("move", f"g{g}.s2.party.{party}", to=ring_point(plan, g, zone, 40 * n)))
    scene_path = out / json.loads(done.manifest_path.read_text())["board"]["path"]
    scene = json.loads(scene_path.read_text())
    play(scene, json.loads(done.manifest_path.read_text()), ops)
    scene_path.write_text(json.dumps(scene))
    h = api.harvest(done.manifest_path, scrub=scrub)
    return api.save_harvest(h, out)


SESSION_DAY = date(2026, 12, 10)
