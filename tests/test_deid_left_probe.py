"""The left-unflagged probe (benchmarks/deid_left_probe.py): sets split in a tune and a report half
by their number, the words around what is left, the table per half, and a held-out set refused."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def probe():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("deid_left_probe", ROOT / "benchmarks" / "deid_left_probe.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_sets_split_by_their_number(probe):
    assert [probe.half(s) for s in ("corpus", "dev", "dev2", "dev3", "dev26", "dev27")] == [
        "tune",
        "report",
        "tune",
        "report",
        "tune",
        "report",
    ]


def test_the_frame_shows_two_words_each_side(probe):
    out = "Cl. werkt sinds mei bij kiezel in [LOCATIE-1], blij"
    assert probe.frame(out, "kiezel") == "[mei bij] 'kiezel' [in [LOCATIE-1]]"
    assert probe.frame("kiezel belt", "kiezel") == "[^] 'kiezel' [belt]"


def test_the_table_counts_per_half_and_category(probe):
    counts = {("tune", "joint-lower", "person"): [10, 8, 9], ("report", "joint-lower", "person"): [4, 4, 4]}
    table = probe.report(counts)
    assert "| tune | person | 10 | 80.0% | 90.0% | 1 |" in table
    assert "| report | person | 4 | 100.0% | 100.0% | 0 |" in table


def test_a_held_out_set_is_refused(probe):
    with pytest.raises(SystemExit, match="development sets only"):
        probe.main(["--sets", "dev", "frozen3"])
