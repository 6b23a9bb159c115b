"""After the session (issue #23 item 2): the actions per owner, and as a calendar file."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from team_play import ACTIONS, play_session
from werkbord import api
from werkbord.actions.model import action_id
from werkbord.errors import UsageError, WerkbordError

# What the forms' Wanneer names, counted from Thursday 10 December 2026 (None: no date).
EXPECTED_DUE = {
    "Signaleringsplan delen": date(2026, 12, 11),
    "Naasten uitnodigen voor evaluatie": date(2026, 12, 24),
    "Medicatieoverzicht opvragen": None,
    "Huisarts bellen na opname": date(2027, 1, 15),
    "Wijkteam uitnodigen": date(2026, 12, 18),
    "Re-integratie bespreken": date(2026, 12, 20),
    "Terugvalplan mailen": date(2027, 6, 30),
    "Overleg plannen met POH": date(2026, 12, 14),
    "Familie bellen": None,
    "FACT-team informeren": date(2027, 1, 31),
    "Afspraken vastleggen": date(2027, 2, 1),
    "Buurtteam langs": date(2027, 1, 22),
}


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    out = tmp_path_factory.mktemp("noord")
    return play_session(out)


def test_a_played_session_gives_every_action_with_owner_and_due_date(session):
    listing = api.actions([session])
    got = {a.action: a for a in listing.actions}
    assert set(got) == set(EXPECTED_DUE)
    assert {k: a.due for k, a in got.items()} == EXPECTED_DUE
    h = listing.harvests[0]
    for a in listing.actions:
        assert a.id == action_id(h.session_id, a.note_id) and a.status == "open"
    by_group = [(a.group, a.party, a.owner) for a in listing.actions]
    assert by_group[:3] == [(g := 1, ACTIONS[1][0][0], "Anna"), (g, "Naasten", "Bram"), (g, "Apotheek", "Anna")]


def test_the_calendar_holds_one_all_day_event_per_dated_action(session, tmp_path, cli):
    r = cli("actions", session, "--ics", tmp_path, lang="nl_NL.UTF-8")
    assert r.exit_code == 0, r.output
    path = tmp_path / "team-noord.acties.ics"  # named after the session, in its language
    assert f"{path}: 10 herinneringen" in r.output
    # The two without a date are said on the terminal instead.
    assert "Niet in de agenda" in r.output
    assert 'Apotheek: Medicatieoverzicht opvragen (Anna) — wanneer: "zsm"' in r.output
    assert "Naasten: Familie bellen (Bram)" in r.output
    raw = path.read_bytes()
    cal = Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0" and "werkbord" in str(cal["PRODID"])
    events = list(cal.walk("VEVENT"))
    assert len(events) == sum(d is not None for d in EXPECTED_DUE.values())
    listing = api.actions([session])
    ids = {a.id: a for a in listing.actions}
    for ev in events:
        a = ids[str(ev["UID"]).removesuffix("@werkbord")]
        start, end = ev["DTSTART"].dt, ev["DTEND"].dt
        assert start == EXPECTED_DUE[a.action] and end == start + timedelta(days=1)
        assert type(start) is date  # all day: DTSTART;VALUE=DATE
        assert ev["DTSTAMP"].dt.tzinfo is not None
        assert str(ev["SUMMARY"]) == f"{a.party}: {a.action}"
        desc = str(ev["DESCRIPTION"])
        assert f"Wie: {a.owner}" in desc and f"Verwacht effect: {a.expected_effect}" in desc
        assert "Sessie: Team Noord van donderdag 10-12-2026" in desc
    assert b"DTSTART;VALUE=DATE:20261211" in raw


def test_uids_are_stable_and_a_calendar_is_never_overwritten_silently(session, tmp_path, cli):
    path = tmp_path / "acties.ics"
    assert cli("actions", session, "--ics", path).exit_code == 0
    first = path.read_bytes()
    again = cli("actions", session, "--ics", path)
    assert isinstance(again.exception, UsageError)  # main() prints it in one line, exit 2
    assert "bestaat al" in str(again.exception) and "--force" in str(again.exception)
    assert path.read_bytes() == first  # untouched
    forced = cli("actions", session, "--ics", path, "--force")
    assert forced.exit_code == 0, forced.output
    copies = list(tmp_path.glob("acties.backup-*.ics"))
    assert len(copies) == 1 and copies[0].read_bytes() == first
    uids = [sorted(str(e["UID"]) for e in Calendar.from_ical(b).walk("VEVENT")) for b in (first, path.read_bytes())]
    assert uids[0] == uids[1] and len(set(uids[0])) == 10


def test_the_list_per_owner_is_ready_to_paste(session, cli):
    r = cli("actions", session, lang="nl_NL.UTF-8")
    assert r.exit_code == 0, r.output
    assert "niet gepseudonimiseerd" in r.stderr  # on stderr: the list itself stays clean to paste
    lines = r.stdout.splitlines()
    assert lines[0] == "Micro-acties — Team Noord (donderdag 10-12-2026)"
    owners = [ln for ln in lines if ln and not ln.startswith(("-", " ")) and ln != lines[0]]
    assert owners == ["Anna", "Bram", "Carla", "Dirk", "Eva", "Frank"]
    anna = [ln for ln in lines[lines.index("Anna") + 1 : lines.index("Bram")] if ln.startswith("- ")]
    # Anna's actions by due date; the one without a date last, saying why.
    assert anna[0] == "- Huisarts: Signaleringsplan delen — vrijdag 11-12-2026"
    assert len(anna) == 3
    assert anna[-1].startswith('- Apotheek: Medicatieoverzicht opvragen — wanneer: "zsm" (hier is geen datum')
    en = cli("actions", session, "--lang", "en")
    assert "- Huisarts: Signaleringsplan delen — Friday 2026-12-11" in en.output


def test_only_the_harvests_kept_texts_go_in_and_hostile_text_stays_one_event(session, tmp_path):
    h = api.load_harvest(session)
    a = h.groups[0].micro_actions[0]
    a.owner = "[PERSOON-1]"
    a.action = "Bellen\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:ingevoegd"
    a.text = "Wie: Jansen 06-12345678"  # the note as written: never copied into the calendar
    for n in h.notes:
        n.text = n.text + " Jansen"
    src = tmp_path / "h.harvest.json"
    src.write_text(json.dumps(h.model_dump(mode="json", by_alias=True)))
    written = api.write_calendar(api.actions([src]), tmp_path / "x.ics")
    raw = written.path.read_bytes()
    assert b"Jansen" not in raw and b"06-12345678" not in raw
    assert b"[PERSOON-1]" in raw
    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    assert len(events) == 10
    assert "ingevoegd" in str(next(e for e in events if "Bellen" in str(e["SUMMARY"]))["SUMMARY"])


def test_no_dated_action_writes_no_file(tmp_path, cli):
    out = play_session(tmp_path, actions={1: [("Huisarts", "Bellen", "Sneller", "Anna", "zsm")]})
    r = cli("actions", out, "--ics", tmp_path / "leeg.ics")
    assert r.exit_code == 0 and "geen agendabestand geschreven" in r.output
    assert not (tmp_path / "leeg.ics").exists()


def test_a_wrong_harvest_is_a_one_line_error(tmp_path, cli):
    bad = tmp_path / "x.json"
    bad.write_text("{}")
    r = cli("actions", bad)
    assert isinstance(r.exception, WerkbordError) and "not a werkbord harvest" in str(r.exception)


def test_a_new_folder_gets_the_calendar_named_after_the_session(session, tmp_path):
    written = api.write_calendar(api.actions([session]), tmp_path / "nieuw")
    assert written.path == tmp_path / "nieuw" / "team-noord.actions.ics"  # English: the library's default


def test_a_status_is_read_back_from_its_word_in_either_language():
    from werkbord.actions.words import status_of_word

    assert status_of_word("Niet gelukt") == "niet_gelukt" and status_of_word("did not work") == "niet_gelukt"
    assert status_of_word(" in progress ") == "bezig" and status_of_word("gedaan") == "gedaan"
    assert status_of_word("misschien") is None
