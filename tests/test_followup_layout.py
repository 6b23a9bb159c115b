"""The follow-up plan, pure: previous actions by id, last time's placement in its rings, a sound
Excalidraw scene, and no more items than a first board."""

from __future__ import annotations

import pytest

from test_excalidraw import check_integrity
from werkbord.board.excalidraw import plan_to_scene
from werkbord.errors import TemplateError
from werkbord.harvest.classify import zone_of
from werkbord.layout import layout
from werkbord.layout_followup import FollowUpSeed, SeedAction, SeedPlacement, follow_up_werkvorm, layout_follow_up
from werkbord.plan import Role


def _seed(wv, groups=3):
    parties = [p.key for p in wv.parties]
    actions = tuple(
        SeedAction(f"a-{g}{n:07d}", g, "Huisarts", f"actie {n}", "Anna", "vrijdag") for g in (1, 2) for n in range(7)
    )
    # Group 1: every template party placed, all crowded into A and B; group 2: a party of its own.
    placements = tuple(SeedPlacement(1, wv.party(k).label, k, "AB"[i % 2], 10.0, 10.0) for i, k in enumerate(parties))
    placements += (SeedPlacement(2, "buurvrouw", None, "C", -300.0, 400.0),)
    return FollowUpSeed(
        previous=("team-noord@2026-03-02T10:00:00+00:00",), actions=actions, placements=placements, groups=groups
    )


def test_previous_actions_carry_their_ids_and_every_party_stands_in_its_former_ring(wv):
    plan = layout_follow_up(wv, _seed(wv))
    assert len(plan.groups) == 3
    ids = [i.meta["action_id"] for i in plan.items if i.role == Role.PREVIOUS_ACTION]
    assert ids == [f"a-{g}{n:07d}" for g in (1, 2) for n in range(7)]
    assert all(i.role == Role.PREVIOUS_ACTION and not i.locked for i in plan.items if "action_id" in i.meta)
    marked = [i for i in plan.items if "previous_zone" in i.meta]
    assert len(marked) == len(wv.parties) + 1
    for item in marked:
        geo = plan.groups[item.group - 1]
        assert zone_of(geo, item.rect.center) == item.meta["previous_zone"], item.key
        assert item.text.endswith(f"(vorige keer: {item.meta['previous_zone']})") and not item.locked
    own = next(i for i in marked if i.group == 2)
    assert own.role == Role.BLANK_PARTY and own.text.startswith("buurvrouw\n")
    # A group without actions last time says so; the status areas are there for every group.
    texts = {i.text for i in plan.items if i.group == 3}
    assert wv.follow_up.no_actions in texts
    keys = [r.key for r in plan.groups[2].regions if r.step == 1]
    assert keys == ["status.gedaan", "status.bezig", "status.niet_gelukt", "helped", "hindered"]


def test_the_follow_up_scene_is_sound(wv):
    plan = layout_follow_up(wv, _seed(wv))
    check_integrity(plan, plan_to_scene(plan, "team-noord-terugkomsessie"))


def test_stickies_of_previous_actions_lie_in_the_lane_without_overlap(wv):
    plan = layout_follow_up(wv, _seed(wv))
    g1 = [i.rect for i in plan.items if i.role == Role.PREVIOUS_ACTION and i.group == 1]
    s1 = plan.groups[0].step_frames[1]
    areas = [r.rect for r in plan.groups[0].regions if r.step == 1]
    for n, r in enumerate(g1):
        assert s1.contains_rect(r)
        assert not any(r.overlaps(o) for o in g1[n + 1 :])
        assert not any(r.overlaps(a) for a in areas)  # not yet sorted: in no area


def test_a_follow_up_is_no_larger_than_a_first_board(wv):
    groups = range(1, 13)
    actions = tuple(SeedAction(f"a-{g}{n}", g, None, "actie") for g in groups for n in range(6))
    placements = tuple(SeedPlacement(g, p.label, p.key, "B") for g in groups for p in wv.parties[:8])
    seed = FollowUpSeed(previous=("x",), groups=12, actions=actions, placements=placements)
    assert len(layout_follow_up(wv, seed).items) <= len(layout(wv, 12).items)


def test_english_and_a_template_without_follow_up_texts(wv, wv_en):
    plan = layout_follow_up(wv_en, _seed(wv_en))
    assert any(i.text.endswith("(last time: A)") for i in plan.items)
    assert plan.title == "Working together around relapse · Follow-up session"
    with pytest.raises(TemplateError, match="no texts for a follow-up session"):
        follow_up_werkvorm(wv.model_copy(update={"follow_up": None}))


def test_same_seed_same_plan(wv):
    assert layout_follow_up(wv, _seed(wv)).items == layout_follow_up(wv, _seed(wv)).items
