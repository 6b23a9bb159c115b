"""The date probe (benchmarks/deid_date_probe.py) is seeded, writes what it scores (every date stands in
its note, every planned date under "Wanneer"), and keeps its two halves apart."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import deid_date_probe as probe  # noqa: E402
import deid_quality as dq  # noqa: E402


def test_the_probe_is_seeded_and_covers_every_kind_in_both_halves():
    notes = probe.generate(4, seed=3)
    assert notes == probe.generate(4, seed=3)
    assert notes != probe.generate(4, seed=4)
    for which in probe.HALVES:
        mine = [n for n in notes if n.half == which]
        assert {n.kind for n in mine} == {"date", "clean", "planned"}
        assert {n.shape for n in mine if n.kind == "clean"} == set(probe.CLEAN)
    shapes = {which: {n.shape for n in notes if n.half == which and n.kind == "date"} for which in probe.HALVES}
    notations = {which: shapes[which] & set(probe.NOTATIONS) for which in probe.HALVES}
    assert notations["tune"] and notations["report"] and not notations["tune"] & notations["report"]


def test_every_date_stands_in_its_note_and_every_planned_date_closes_its_form():
    for n in probe.generate(4):
        if n.kind == "date":
            assert dq.present(n.secret, n.text), n
        elif n.kind == "planned":
            assert n.text.endswith("Wanneer: " + n.secret) and n.field == "actie", n
        else:
            assert not n.secret, n


def test_the_halves_share_no_frame_and_no_pool_entry():
    pools = (probe.FEAST_NAMES, probe.WEEKDAY_FEASTS, probe.FEAST_FRAMES, probe.SEASON_WORDS, list(probe.NOTATIONS))
    for pool in (*pools, probe.NOTATION_FRAMES, probe.CLEAN_FRAMES, probe.PLANNED_FRAMES, *probe.CLEAN.values()):
        tune, report = probe.half(pool, "tune"), probe.half(pool, "report")
        assert tune and report and not set(tune) & set(report)
        assert len(tune) + len(report) == len(pool)


def test_the_probe_scores_a_kept_date_as_a_miss():
    note = probe.ProbeNote("date", "made up", "tune", "Sinds Zwiebelmarkt 2024 somber.", "Zwiebelmarkt 2024")
    row = probe.measure([note])[("tune", "date", "made up")]
    assert row.notes == 1 and row.removed == 1  # a capitalised word with a year goes
    clean = probe.ProbeNote("clean", "made up", "tune", "Pt. voelt zich na Kerst rustiger.")
    assert probe.measure([clean])[("tune", "clean", "made up")].removed == 1
