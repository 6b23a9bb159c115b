from __future__ import annotations

import pytest

from scenario import EXPECTED_G1_ZONES, HOSTILE, LONG, fresh_board, ring_point, worked_on
from werkbord.geometry import Point
from werkbord.harvest.classify import classify, readers_for, zone_of
from werkbord.harvest.forms import FormParser
from werkbord.party_match import PartyMatcher, normalise


@pytest.fixture(scope="module")
def harvest(plan4, wv):
    manifest, items = worked_on(plan4)
    return classify(manifest, items, wv, now="2026-11-23T15:00:00+00:00")


def names(placements):
    return sorted(p.name for p in placements)


def test_zones_of_group_1(harvest):
    g1 = harvest.groups[0]
    for zone, expected in EXPECTED_G1_ZONES.items():
        assert names(g1.zones[zone]) == sorted(expected), zone


def test_unplaced_are_the_lane_and_beyond_the_outer_ring(harvest, wv):
    g1 = harvest.groups[0]
    placed = {p.key for z in "ABC" for p in g1.zones[z]}
    expected = {p.key for p in wv.parties} - placed - {"apotheek"}  # apotheek was deleted
    assert {p.key for p in g1.unplaced} == expected
    assert "sociaal_domein" in expected


def test_unknown_party_kept_as_written_and_matched_ones_by_template_label(harvest):
    b = {p.name: p.key for p in harvest.groups[0].zones["B"]}
    assert b == {"POH-ggz": "poh_ggz", "buurvrouw": None}


def test_moved_frame_keeps_meaning(harvest):
    g2 = harvest.groups[1]
    assert names(g2.zones["A"]) == ["Naasten"]
    assert names(g2.zones["C"]) == ["Huisarts"]
    assert g2.zones["B"] == []


def test_step1_by_prompt(harvest):
    s1 = harvest.groups[0].step1
    assert s1["betrokken"] == ["Huisarts en wijkteam"]
    assert s1["werkte"] == [HOSTILE]
    assert s1["succesfactoren"] == ["Korte lijnen 😀", "korte lijnen!"]
    assert s1["knelpunten"] == [LONG]
    assert harvest.groups[0].questions == {"verschil": ["Eerder bellen met naasten"]}


def test_micro_actions(harvest):
    acts = harvest.groups[0].micro_actions
    structured = [a for a in acts if a.structured]
    assert [(a.party, a.action, a.expected_effect) for a in structured] == [
        ("Huisarts", "Signaleringsplan delen", "Sneller signaleren"),
        ("Sociaal domein/wijkteam", "bellen", "eerder hulp"),
        ("buurvrouw", "koffie drinken\nen bellen", None),
    ]
    assert (structured[0].owner, structured[0].deadline) == ("Anna", "vrijdag")
    free = [a for a in acts if not a.structured]
    assert [a.action for a in free] == ["Bel de wijkagent"]


def test_outside_and_untouched_templates_ignored(harvest):
    assert harvest.outside == ["Vergeten notitie"]
    texts = {n.text for n in harvest.notes}
    assert not any(t.startswith("Partij:\nMicro-actie:\nVerwacht effect:") and t.endswith("effect:") for t in texts)
    assert "  " not in texts
    # Groups 3 and 4 were not touched: nothing placed, every party still in the lane.
    for g in harvest.groups[2:]:
        assert all(g.zones[z] == [] for z in "ABC")
        assert g.micro_actions == [] and g.step1 == {}


def test_notes_carry_where_they_were_found(harvest):
    by_id = {n.id: n for n in harvest.notes}
    assert (by_id["n-betr"].step, by_id["n-betr"].region) == (1, "betrokken")
    assert by_id["g1.s2.party.huisarts"].region == "zone.A"
    assert by_id["g1.s2.party.huisarts"].party == "Huisarts"
    assert by_id["n-out"].group is None
    assert by_id["g1.s3.form.1"].region == "s3"


def test_same_board_same_harvest(plan4, wv):
    m, items = worked_on(plan4)
    a = classify(m, items, wv, now="t")
    b = classify(m, list(reversed(items)), wv, now="t")
    assert a == b


def test_readers_made_beforehand_read_the_same_and_are_used(plan4, wv, monkeypatch):
    m, items = worked_on(plan4)
    readers = readers_for(wv)
    expected = classify(m, items, wv, now="t")

    def no_new_matcher(*a, **k):
        raise AssertionError("readers made beforehand are made again")

    monkeypatch.setattr("werkbord.harvest.classify.PartyMatcher", no_new_matcher)
    assert classify(m, items, wv, now="t", readers=readers) == expected


def test_readers_of_another_template_are_not_used(plan4, wv):
    m, items = worked_on(plan4)
    other = wv.model_copy(update={"parties": []})
    assert classify(m, items, wv, now="t", readers=readers_for(other)) == classify(m, items, wv, now="t")


def test_fresh_board_has_nothing_placed(plan4, wv):
    m, items = fresh_board(plan4)
    h = classify(m, items, wv, now="t")
    assert all(not g.zones["A"] and not g.zones["B"] and not g.zones["C"] for g in h.groups)
    assert all(len(g.unplaced) == len(wv.parties) for g in h.groups)
    assert all(not g.micro_actions for g in h.groups)


def test_ring_line_rule(plan4):
    geo = plan4.groups[0]
    for zone, nxt in (("A", "B"), ("B", "C"), ("C", None)):
        on = ring_point(plan4, 1, zone, 10, on_line=True)
        assert zone_of(geo, on) == zone
        just_out = Point(on.x + 0.5, on.y)
        assert zone_of(geo, just_out) == nxt
    assert zone_of(geo, geo.patient) == "A"


@pytest.mark.parametrize(
    "text,key",
    [
        ("de huisarts", "huisarts"),
        ("POH-GGZ", "poh_ggz"),
        ("Huisarts / POH", "huisarts"),
        ("praktijkondersteuner", "poh_ggz"),
        ("Buurtteam!", "sociaal_domein"),
        ("FACT team", "fact_team"),
        ("Ziekenhuis (SEH)", "ziekenhuis"),
        ("ÉRVARINGSDESKUNDIGE", "ervaringsdeskundige"),
        ("buurvrouw", None),
        ("wijkverpleging", None),
    ],
)
def test_party_matching(wv, text, key):
    assert PartyMatcher(wv.parties).find(text) == key


def test_normalise():
    assert normalise("  Patiënt / POH-GGZ! ") == "patient poh ggz"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Partij: huisarts\nMicro-actie: bellen\nVerwacht effect: rust", ("huisarts", "bellen", "rust")),
        ("micro-actie: bellen\npartij: huisarts", ("huisarts", "bellen", None)),
        ("PARTIJ huisarts\nMICROACTIE bellen", ("huisarts", "bellen", None)),
        ("Partij: huisarts\nbellen over plan\nVerwacht effect: rust", ("huisarts", "bellen over plan", "rust")),
        ("Partij:\nMicro-actie:\nVerwacht effect:", (None, None, None)),
        ("Partij: wijkteam\nMicro-actie: mail\nnog een regel", ("wijkteam", "mail\nnog een regel", None)),
    ],
)
def test_form_parsing(wv, text, expected):
    f = FormParser(wv.step3.form).parse(text)
    assert (f.get("party"), f.get("action"), f.get("effect")) == expected


def test_free_note_needs_a_colon_for_labels(wv):
    f = FormParser(wv.step3.form).parse("Wie belt de huisarts?", strict=True)
    assert f.labelled is False


def test_frames_that_do_not_nest(plan4, wv):
    """Miro: the group frame moves alone, or one step frame moves alone, with its notes."""
    from dataclasses import replace

    from scenario import fresh_board

    m, items = fresh_board(plan4)
    by_id = {i.id: i for i in items}
    target = ring_point(plan4, 3, "B", 30)
    sticky = by_id["g3.s2.party.huisarts"]
    by_id[sticky.id] = replace(
        sticky, rect=sticky.rect.moved(target.x - sticky.rect.center.x, target.y - sticky.rect.center.y)
    )
    # The group frame is dragged away on its own: step frames and notes stay put.
    by_id["g3"] = replace(by_id["g3"], rect=by_id["g3"].rect.moved(0, 9000))
    h = classify(m, list(by_id.values()), wv, now="t")
    assert names(h.groups[2].zones["B"]) == ["Huisarts"]
    # Now step 2's frame moves with its notes (as Miro moves a frame's children).
    for key in ("g3.s2", sticky.id):
        by_id[key] = replace(by_id[key], rect=by_id[key].rect.moved(-4000, 12000))
    h = classify(m, list(by_id.values()), wv, now="t")
    assert names(h.groups[2].zones["B"]) == ["Huisarts"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Partij: wijkteam Micro-actie: uitnodigen MDO Verwacht effect: betere afstemming",
            ("wijkteam", "uitnodigen MDO", "betere afstemming"),
        ),
        (
            "Partij: Huisarts\nActie: Belt bij signalen\nEffect: Eerder signaal",
            ("Huisarts", "Belt bij signalen", "Eerder signaal"),
        ),
        ("Partij: POH\nMicroactie: mailen\nVerwachte effect: rust", ("POH", "mailen", "rust")),
        ("Partij: huisarts. Wat werkte: korte lijnen", ("huisarts. Wat werkte: korte lijnen", None, None)),
    ],
)
def test_forms_on_one_line_and_short_labels(wv, text, expected):
    f = FormParser(wv.step3.form).parse(text)
    assert (f.get("party"), f.get("action"), f.get("effect")) == expected


def test_untouched_party_stickies_are_not_notes_but_moved_or_edited_ones_are(plan4, wv):
    from dataclasses import replace

    m, items = fresh_board(plan4)
    assert classify(m, items, wv, now="t").notes == []  # a fresh board: nobody wrote anything

    by_id = {i.id: i for i in items}
    moved = by_id["g1.s2.party.huisarts"]
    edited = by_id["g1.s2.party.sociaal_domein"]
    to = ring_point(plan4, 1, "A")
    by_id[moved.id] = replace(moved, rect=moved.rect.moved(to.x - moved.rect.center.x, to.y - moved.rect.center.y))
    by_id[edited.id] = replace(edited, text="Sociaal domein (wijkteam)")  # still in the lane
    h = classify(m, list(by_id.values()), wv, now="t")
    assert sorted(n.id for n in h.notes) == ["g1.s2.party.huisarts", "g1.s2.party.sociaal_domein"]
    regions = {n.id: n.region for n in h.notes}
    assert regions == {"g1.s2.party.huisarts": "zone.A", "g1.s2.party.sociaal_domein": "unplaced"}
    assert "Huisarts" in {p.name for p in h.groups[0].zones["A"]}


def test_the_group_a_note_is_in_is_found_as_frame_by_frame(plan4):
    import random

    from werkbord.harvest.classify import _group_finder, _in_group, current_geometries

    manifest, items = worked_on(plan4)
    geos = current_geometries(manifest, items)
    find = _group_finder(geos)
    rng = random.Random(4)
    edges = [(r.x, r.y) for g in geos for r in (g.frame, *g.step_frames.values())]
    edges += [(r.x + r.w, r.y + r.h) for g in geos for r in (g.frame, *g.step_frames.values())]
    lo_x, hi_x = min(x for x, _ in edges) - 50, max(x for x, _ in edges) + 50
    lo_y, hi_y = min(y for _, y in edges) - 50, max(y for _, y in edges) + 50
    points = [Point(x, y) for x, y in edges] + [Point(x - 1e-9, y - 1e-9) for x, y in edges]
    points += [Point(rng.uniform(lo_x, hi_x), rng.uniform(lo_y, hi_y)) for _ in range(3000)]
    found = [find(p) for p in points]
    assert found == [next((g for g in geos if _in_group(g, p)), None) for p in points]
    assert any(f is None for f in found) and len({f.index for f in found if f}) == len(geos)
