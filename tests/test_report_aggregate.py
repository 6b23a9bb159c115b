"""The figures across groups, on the hand-built harvests of test_report_data (numbers in its docstring)."""

from __future__ import annotations

import pytest

from test_report_data import context, group, harvest, team_noord
from werkbord.errors import UsageError
from werkbord.report.aggregate import aggregate, theme_of
from werkbord.report.similar import cluster, normalised, similar


def _parties(agg):
    return {t.name: t for t in agg.parties}


def test_party_counts_per_zone_and_involved_share():
    agg = aggregate([team_noord()])
    assert agg.n_groups == 3
    got = {t.name: (t.counts["A"], t.counts["B"], t.counts["C"], t.counts["unplaced"]) for t in agg.parties}
    assert got == {
        "Huisarts": (1, 1, 1, 0),  # G2 placed it in B and C: counted once, in B
        "POH-ggz": (0, 1, 0, 2),
        "Partner": (1, 0, 1, 1),
        "Ouders": (0, 1, 0, 2),  # absent from G3 altogether: unplaced there
        "FACT-team": (2, 1, 0, 0),
        "Wijkteam": (0, 1, 1, 1),
        "Werkgever": (0, 0, 1, 2),
        "Buurvrouw": (0, 1, 1, 1),  # "Buurvrouw" and "buurvrouw!" are one written party
    }
    p = _parties(agg)
    assert p["Huisarts"].involved_share == pytest.approx(2 / 3)
    assert p["FACT-team"].involved_share == 1.0
    assert p["Werkgever"].involved_share == 0.0
    assert p["Buurvrouw"].key is None
    # Template parties first in template order, then the written ones.
    assert [t.name for t in agg.parties][:2] == ["Huisarts", "POH-ggz"]
    assert agg.parties[-1].name == "Buurvrouw"


def test_party_shows_its_survey_buckets_name_not_a_figure():
    p = _parties(aggregate([team_noord()]))
    assert p["POH-ggz"].bucket_label == "Huisartsen"  # POH-ggz counts for huisartsen
    assert p["Ouders"].bucket_label == "Naasten"
    assert p["FACT-team"].bucket_label is None  # no bucket
    assert p["Buurvrouw"].bucket_label is None
    assert not hasattr(p["POH-ggz"], "survey_share")


def test_template_party_no_group_placed_is_unplaced_everywhere():
    ctx = context()
    g = group(ctx, 1, "Groep 1", _ids(), zones={"A": ["huisarts"]})
    agg = aggregate([harvest([g], ctx=ctx, session="s", title="S")])
    werkgever = _parties(agg)["Werkgever"]
    assert werkgever.counts == {"A": 0, "B": 0, "C": 0, "unplaced": 1}
    assert werkgever.most_common == "unplaced"


def test_bucket_shares_beside_survey():
    buckets = {b.key: b for b in aggregate([team_noord()]).buckets}
    assert buckets["naasten"].involved == 2  # partner in A (G1), ouders in B (G2)
    assert buckets["naasten"].involved_share == pytest.approx(2 / 3)
    assert buckets["huisartsen"].involved_share == 1.0  # G3 only through its POH-ggz in B
    assert buckets["sociaal_domein"].involved_share == pytest.approx(1 / 3)
    assert buckets["naasten"].survey_share == 0.35
    assert buckets["naasten"].label == "Naasten"


def test_often_missing_counts_C_placements_not_the_lane():
    agg = aggregate([team_noord()])
    # C in a group and not also in A or B there (G2 put the huisarts in B and C: involved).
    got = [(m.name, m.in_c) for m in agg.often_missing]
    assert got == [
        ("Huisarts", ["Groep 3"]),
        ("Partner", ["Groep 2"]),
        ("Wijkteam", ["Groep 1"]),
        ("Werkgever", ["Groep 3"]),
        ("Buurvrouw", ["Groep 2"]),
    ]
    # POH-ggz and Ouders only stayed in the lane: not discussed, so not listed.
    assert not {"POH-ggz", "Ouders"} & {m.name for m in agg.often_missing}


def test_success_factors_and_bottlenecks_grouped_with_counts():
    agg = aggregate([team_noord()])
    top = agg.success_factors[0]
    assert (top.text, top.count, top.groups) == ("Korte lijnen met de huisarts", 3, 3)
    assert top.variants == ["korte lijnen met huisarts!"]
    # "werkte" prompts of the case feed them too.
    assert "Signaleringsplan samen opgesteld" in [c.text for c in agg.success_factors]
    b = agg.bottlenecks[0]
    assert (b.text, b.count, b.groups) == ("Geen tijd voor overleg", 3, 3)
    assert sorted(b.variants) == ["Géén tijd voor overleg", "geen tijd voor overleg."]
    assert [c.text for c in agg.bottlenecks[1:]] == ["Naasten niet betrokken", "Privacyregels onduidelijk"]


def test_theme_of_prompt_keys():
    assert theme_of("samen_succesfactoren") == "success"
    assert theme_of("samen_knelpunten") == "bottleneck"
    assert theme_of("casus_werkte") == "success"
    assert theme_of("casus_werkte_niet") == "bottleneck"
    assert theme_of("betrokken") is None


def test_similarity_rules():
    assert normalised("  Géén tijd, voor OVERLEG! ") == "geen tijd voor overleg"
    assert similar(normalised("Goede communicatie met huisarts"), normalised("goede communicatie met de huisarts"))
    assert not similar(normalised("naasten niet betrokken"), normalised("naasten wel betrokken"))
    assert not similar(normalised("korte lijnen"), normalised("lange lijnen"))
    # Emoji-only notes do not all collapse into one empty text.
    found = cluster([(1, "🙂"), (2, "👎"), (3, "🙂")])
    assert [(c.text, c.count, c.groups) for c in found] == [("🙂", 2, 2), ("👎", 1, 1)]


def test_same_group_twice_counts_one_group():
    found = cluster([(1, "Geen tijd"), (1, "geen tijd!"), (2, "Te veel regels")])
    assert (found[0].count, found[0].groups) == (2, 1)


def test_micro_actions_grouped_by_party():
    agg = aggregate([team_noord()])
    by = [(e.party, [r.action.action for r in e.actions]) for e in agg.actions_by_party]
    assert by == [
        ("Huisarts", ["Belt binnen een week na ontslag", "Deelt het signaleringsplan"]),
        ("Wijkteam", ["Schuift aan bij het MDO"]),
        ("Buurvrouw", ["Vragen mee te kijken"]),
        (None, ["Partner uitnodigen bij evaluatie"]),
    ]
    assert [r.group.label for r in agg.actions_by_party[0].actions] == ["Groep 1", "Groep 2"]


def test_empty_group_shown_but_not_counted():
    ctx = context()
    ids = _ids()
    used = group(ctx, 1, "Groep 1", ids, zones={"A": ["huisarts"]}, unplaced=["partner"])
    untouched = group(ctx, 2, "Groep 2", ids, unplaced=["huisarts", "partner"])  # stickies left in the lane
    agg = aggregate([harvest([used, untouched], ctx=ctx, session="s", title="S")])
    assert [g.counted for g in agg.groups] == [True, False]
    assert agg.n_groups == 1
    assert _parties(agg)["Huisarts"].involved_share == 1.0


def test_combining_two_harvests():
    a = team_noord()
    b = team_noord().model_copy(update={"session": "team-zuid", "title": "Team Zuid"})
    agg = aggregate([a, b])
    assert agg.n_groups == 6
    assert [g.label for g in agg.groups][:1] == ["Team Noord · Groep 1"]
    assert [g.label for g in agg.groups][3:4] == ["Team Zuid · Groep 1"]
    p = _parties(agg)
    assert p["Huisarts"].counts == {"A": 2, "B": 2, "C": 2, "unplaced": 0}
    assert p["Huisarts"].involved_share == pytest.approx(4 / 6)
    assert agg.success_factors[0].groups == 6


def test_same_title_twice_is_told_apart_by_session():
    a = team_noord()
    b = team_noord().model_copy(update={"session": "team-noord-2"})
    labels = [g.label for g in aggregate([a, b]).groups]
    assert labels[0] == "Team Noord (team-noord) · Groep 1"
    assert labels[3] == "Team Noord (team-noord-2) · Groep 1"


def test_no_harvest_is_a_usage_error():
    with pytest.raises(UsageError):
        aggregate([])


def _ids():
    from test_report_data import _Ids

    return _Ids()


def test_no_counted_group_gives_no_shares():
    ctx = context()
    untouched = group(ctx, 1, "Groep 1", _ids(), unplaced=["huisarts"])
    agg = aggregate([harvest([untouched], ctx=ctx, session="s", title="S")])
    assert agg.n_groups == 0
    huisarts = _parties(agg)["Huisarts"]
    assert huisarts.involved_share is None and huisarts.most_common == "unplaced"
    assert all(b.involved_share is None for b in agg.buckets)
    assert agg.often_missing == []


def test_the_early_stopping_ratio_test_answers_as_difflibs_ratio():
    import random
    from difflib import SequenceMatcher

    from werkbord.report.similar import ratio_reaches

    rng = random.Random(11)
    words = ["huisarts", "wijkteam", "goed", "niet", "afstemming", "met", "de", "ging", "POH", "ggz", "1", "22"]

    def note() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(0, 9)))

    checked = reached = 0
    for _ in range(3000):
        a = note()
        b = a if rng.random() < 0.2 else note()
        if rng.random() < 0.5 and b:  # a typo or two
            i = rng.randrange(len(b))
            b = b[:i] + rng.choice("aeiou ") + b[i + 1 :]
        m = SequenceMatcher(None, "", b, autojunk=False)
        m.set_seq1(a)
        for t in (0.5, 0.85, 0.9, 1.0):
            expected = m.ratio() >= t
            assert ratio_reaches(m, t) == expected, (a, b, t)
            checked += 1
            reached += expected
    assert 0 < reached < checked
