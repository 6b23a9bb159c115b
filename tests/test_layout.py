from __future__ import annotations

import math

import pytest

from werkbord.errors import UsageError
from werkbord.layout import grid_columns, layout, parse_start
from werkbord.plan import Kind, Role


def test_one_frame_per_group_plus_facilitator(plan4):
    frames = [i for i in plan4.items if i.role == Role.GROUP_FRAME]
    assert [f.text for f in frames] == ["Groep 1", "Groep 2", "Groep 3", "Groep 4"]
    assert sum(i.role == Role.FACILITATOR_FRAME for i in plan4.items) == 1
    assert len(plan4.groups) == 4


def test_keys_unique_and_parents_first(plan4):
    seen: set[str] = set()
    for item in plan4.items:
        assert item.key not in seen
        if item.parent is not None:
            assert item.parent in seen, f"{item.key} comes before its parent {item.parent}"
        seen.add(item.key)


def test_every_default_party_exactly_once_per_group(plan4, wv):
    for g in range(1, 5):
        parties = [i.meta["party"] for i in plan4.items if i.group == g and i.role == Role.PARTY_STICKY]
        assert sorted(parties) == sorted(p.key for p in wv.parties)
        blanks = [i for i in plan4.items if i.group == g and i.role == Role.BLANK_PARTY]
        assert len(blanks) == wv.step2.blank_parties


def test_rings_concentric_and_ordered(plan4):
    for geo in plan4.groups:
        rings = {i.meta["zone"]: i for i in plan4.items if i.group == geo.index and i.role == Role.ZONE_RING}
        patient = next(i for i in plan4.items if i.group == geo.index and i.role == Role.PATIENT)
        centres = {(round(r.rect.center.x, 6), round(r.rect.center.y, 6)) for r in [*rings.values(), patient]}
        assert centres == {(geo.patient.x, geo.patient.y)}
        assert patient.rect.w / 2 < rings["A"].rect.w / 2 < rings["B"].rect.w / 2 < rings["C"].rect.w / 2
        assert geo.radii["patient"] < geo.radii["A"] < geo.radii["B"] < geo.radii["C"]
        # The lane of party stickies lies outside the outer ring.
        for corner in ((geo.lane.x, geo.lane.y), (geo.lane.x, geo.lane.bottom)):
            assert math.dist(corner, (geo.patient.x, geo.patient.y)) > geo.radii["C"]


def test_groups_do_not_overlap_and_contain_their_items(plan4):
    frames = [g.frame for g in plan4.groups]
    for i, a in enumerate(frames):
        for b in frames[i + 1 :]:
            assert not a.overlaps(b)
    fac = next(i for i in plan4.items if i.role == Role.FACILITATOR_FRAME)
    assert not any(fac.rect.overlaps(f) for f in frames)
    by_key = plan4.by_key()
    for item in plan4.items:
        if item.parent:
            assert by_key[item.parent].rect.contains_rect(item.rect), f"{item.key} sticks out of {item.parent}"


def test_siblings_do_not_overlap_except_the_ring_model(plan4):
    # Rings, patient and zone letters are drawn on top of each other on purpose.
    stacked = {Role.ZONE_RING, Role.PATIENT, Role.ZONE_LABEL}
    by_parent: dict[str | None, list] = {}
    for item in plan4.items:
        if item.role not in stacked and item.group == 1:
            by_parent.setdefault(item.parent, []).append(item)
    for siblings in by_parent.values():
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                assert not a.rect.overlaps(b.rect), f"{a.key} overlaps {b.key}"


def test_party_stickies_fit_in_a_ring_band(plan4):
    geo = plan4.groups[0]
    sticky = next(i for i in plan4.items if i.role == Role.PARTY_STICKY)
    band = geo.radii["B"] - geo.radii["A"]
    assert sticky.rect.w < band * 1.2 and sticky.rect.h < band


def test_regions_cover_each_prompt(plan4, wv):
    geo = plan4.groups[0]
    keys = [r.key for r in geo.regions if r.step == 1]
    assert keys == [p.key for s in wv.step1.sections for p in s.prompts]
    assert [r.key for r in geo.regions if r.step == 2] == [q.key for q in wv.step2.key_questions]
    for r in geo.regions:
        assert geo.step_frames[r.step].contains_rect(r.rect)


def test_forms_per_participant(wv):
    plan = layout(wv, 2, participants=9)
    forms = [i for i in plan.items if i.group == 2 and i.role == Role.FORM_STICKY]
    assert len(forms) == 9
    assert all(f.kind == Kind.STICKY and "Micro-actie:" in f.text for f in forms)
    examples = [i for i in plan.items if i.group == 2 and i.role == Role.EXAMPLE_ACTION]
    assert [e.text for e in examples] == wv.step3.examples
    assert {e.color for e in examples}.isdisjoint({f.color for f in forms})


def test_timer_and_agenda_show_clock_times(plan4):
    timer = plan4.by_key()["g1.timer"]
    assert "14:00–14:25" in timer.text and "Stap 1" in timer.text
    agenda = plan4.by_key()["facilitator.agenda"].text
    assert "14:00–14:25" in agenda and "14:25–14:45" in agenda and "14:45–15:00" in agenda


def test_without_start_the_timer_shows_minutes(wv):
    plan = layout(wv, 1)
    assert "25 min" in plan.by_key()["g1.timer"].text


def test_privacy_notice_on_facilitator_frame_and_step1(plan4, wv):
    notices = [i for i in plan4.items if i.role == Role.PRIVACY_NOTICE]
    assert {i.group for i in notices} == {None, 1, 2, 3, 4}
    assert all(wv.labels.privacy_notice in i.text for i in notices)


def test_zone_legend_says_involvement_not_closeness(plan4, wv):
    legend = plan4.by_key()["g1.s2.legend"].text
    assert wv.step2.zone_note in legend
    for z in "ABC":
        assert wv.step2.zones[z].definition in legend


def test_deterministic(wv):
    assert layout(wv, 7, title="X", start="09:30") == layout(wv, 7, title="X", start="09:30")


def test_locked_furniture_movable_stickies(plan4):
    for item in plan4.items:
        movable = item.role in {Role.PARTY_STICKY, Role.BLANK_PARTY, Role.FORM_STICKY, Role.EXAMPLE_ACTION}
        assert item.locked is not movable


@pytest.mark.parametrize("groups", [1, 2, 5, 12, 30])
def test_grid_holds_any_group_count(wv, groups):
    plan = layout(wv, groups)
    assert len(plan.groups) == groups
    frames = [g.frame for g in plan.groups]
    assert all(not a.overlaps(b) for i, a in enumerate(frames) for b in frames[i + 1 :])
    assert all(all(math.isfinite(v) and v >= 0 for v in (i.rect.w, i.rect.h)) for i in plan.items)
    cols = grid_columns(groups)
    assert len({f.x for f in frames}) == min(cols, groups)


@pytest.mark.parametrize("groups", [0, 31, -1])
def test_group_count_validated(wv, groups):
    with pytest.raises(UsageError, match="--groups"):
        layout(wv, groups)


@pytest.mark.parametrize("bad", ["25:00", "14:60", "1400", "two", "14:5"])
def test_start_validated(bad):
    with pytest.raises(UsageError, match="--start"):
        parse_start(bad)


def test_start_accepts_common_forms():
    assert parse_start("9:05") == 9 * 60 + 5
    assert parse_start("14.30") == 14 * 60 + 30
    assert parse_start(None) is None


def test_english_plan(wv_en):
    plan = layout(wv_en, 1, start="14:00")
    assert plan.by_key()["g1"].text == "Group 1"
    assert plan.lang == "en"


def test_every_step1_prompt_carries_the_privacy_reminder(plan4, wv):
    regions = [i for i in plan4.items if i.role == Role.PROMPT_REGION]
    assert len(regions) == 4 * sum(len(s.prompts) for s in wv.step1.sections)
    assert all(wv.labels.privacy_short in r.text for r in regions)
    # The manifest's region label stays the prompt's own text (reports show that).
    assert {r.label for r in plan4.groups[0].regions if r.step == 1} == {
        p.text for s in wv.step1.sections for p in s.prompts
    }


def test_timer_says_minutes_once_without_start(wv):
    text = layout(wv, 1).by_key()["g1.timer"].text
    assert text.count("25 min") == 1 and "Stap 1" in text
