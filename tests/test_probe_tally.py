"""The probes' shared tally (benchmarks/probe_tally.py): halves by position, rows summed per
group with each probe's own named counts, and shares printed the same way in every probe."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import probe_tally as pt  # noqa: E402


@dataclass
class _Row(pt.Tally):
    removed: int = 0
    suspects: int = 0


def test_a_pool_is_cut_by_position_into_two_halves_that_share_nothing():
    pool = ["a", "b", "c", "d", "e"]
    assert pt.half(pool, "tune") == ["a", "c", "e"] and pt.half(pool, "report") == ["b", "d"]
    assert pt.halves(pool, ("tune", "held")) == {"tune": ["a", "c", "e"], "held": ["b", "d"]}
    assert pt.half("ABCD", "report") == ["B", "D"]


def test_rows_add_every_count_and_keep_their_own_misses():
    a, b = _Row(notes=2, removed=1, suspects=3, misses=["x"]), _Row(notes=1, removed=1, misses=["y"])
    assert a.add(b) is a
    assert (a.notes, a.removed, a.suspects, a.misses) == (3, 2, 3, ["x"])
    assert b == _Row(notes=1, removed=1, misses=["y"])


def test_totals_group_rows_in_the_order_groups_first_appear_and_leave_out_none():
    results = {
        ("report", "date", "x"): _Row(notes=1, removed=1),
        ("tune", "date", "y"): _Row(notes=2, removed=1),
        ("report", "date", "z"): _Row(notes=3, suspects=2),
        ("tune", "clean", "w"): _Row(notes=5),
    }
    by_half = pt.totals(results, lambda key: key[0] if key[1] == "date" else None, _Row)
    assert list(by_half) == ["report", "tune"]
    assert by_half["report"] == _Row(notes=4, removed=1, suspects=2)
    assert by_half["tune"] == _Row(notes=2, removed=1)
    assert pt.total(results.values(), _Row) == _Row(notes=11, removed=2, suspects=2)
    assert results[("report", "date", "x")] == _Row(notes=1, removed=1)  # the rows themselves unchanged


def test_shares_print_the_same_way_everywhere():
    assert pt.share(39, 40) == "97.5% of 40" and pt.share(0, 0) == "—"
    assert pt.pct(3, 4) == "75%" and pt.pct(1, 0) == "—"
    assert pt.per_100(1, 8) == "12.5" and pt.per_100(1, 3, 0) == "33" and pt.per_100(0, 0) == "—"
    assert pt.column_share(39, 40) == " 97.5 % of   40" and pt.column_share(0, 0).strip() == "—"


def test_a_clean_note_is_untouched_only_as_written_and_without_a_tag():
    assert pt.untouched("Bel de buurvrouw", "Bel de buurvrouw", 0)
    assert not pt.untouched("Bel de buurvrouw", "Bel de [PERSOON-1]", 1)
    assert not pt.untouched("Bel de buurvrouw", "Bel de buurvrouw", 1)


def test_suspect_spans_run_from_start_to_end():
    @dataclass
    class Suspect:
        text: str
        start: int

    assert pt.spans([Suspect("Fenne", 4), Suspect("Ede", 20)]) == [(4, 9), (20, 23)]
