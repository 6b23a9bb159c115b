"""The Wanneer/Wie probe (benchmarks/deid_wanneer_probe.py) writes what it scores: every word it
expects kept and every name it expects replaced stands in each form it writes, in every layout."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import deid_wanneer_probe as probe  # noqa: E402


def test_every_case_holds_its_words_in_every_layout():
    cases = list(probe.cases())
    assert len({c[0] for c in cases}) >= 20  # phrasing classes
    for _, values, keep, names, team in cases:
        for layout, write in probe.WRITERS.items():
            text = write(values)
            for w in keep + names:
                assert probe._count(w, text) >= 1, (layout, w, text)
            assert set(team) <= {n for n in probe.WORD_NAMES + probe.PLAIN_NAMES + probe.UNLISTED_NAMES}


def test_the_totals_add_up_per_class_and_per_layout():
    def row(kept: int, to_keep: int, replaced: int, to_replace: int) -> probe.Row:
        return probe.Row(kept=kept, to_keep=to_keep, replaced=replaced, to_replace=to_replace)

    per = {("a", "x"): row(1, 2, 0, 0), ("a", "y"): row(2, 2, 1, 1), ("b", "x"): row(0, 1, 0, 3)}
    assert probe.totals(per, 0) == {"a": row(3, 4, 1, 1), "b": row(0, 1, 0, 3)}
    assert probe.totals(per, 1) == {"x": row(1, 3, 0, 3), "y": row(2, 2, 1, 1)}
    columns = probe.totals(per, 0)["a"].columns()
    assert columns.split() == ["75.0", "%", "of", "4", "100.0", "%", "of", "1"] and len(columns) == 38
    assert probe._count("ik", "ik kijk, ik") == 2
