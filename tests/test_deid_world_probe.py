"""The world probe (benchmarks/deid_world_probe.py): made-up names and ordinary words of the
languages Dutch care meets, split into a tuning and a reporting half, the same for the same seed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from werkbord.privacy import deduce_available

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "deid_world_probe.py"


@pytest.fixture(scope="module")
def probe():
    sys.path.insert(0, str(_PATH.parent))
    spec = importlib.util.spec_from_file_location("deid_world_probe", _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_probe_is_the_same_for_the_same_seed_and_differs_for_another(probe):
    assert probe.generate(per_frame=2, seed=3) == probe.generate(per_frame=2, seed=3)
    assert probe.generate(per_frame=2, seed=3) != probe.generate(per_frame=2, seed=4)


def test_the_halves_share_no_language_and_each_holds_every_frame(probe):
    assert not set(probe.TUNE) & set(probe.REPORT)
    for half in ("tune", "report"):
        notes = probe.generate((half,), per_frame=2)
        assert {n.half for n in notes} == {half}
        assert {n.frame for n in notes if n.kind == "name"} == set(probe.NAME_FRAMES)
        assert {n.frame for n in notes if n.kind == "clean"} == set(probe.CLEAN_FRAMES)


def test_every_name_note_carries_its_names_as_written_and_a_respect_word_it_must_keep(probe):
    for n in probe.generate(per_frame=2):
        if n.kind == "name":
            assert n.secrets and all(s in n.text for s in n.secrets)
            assert all(k in n.text for k in n.keep)
            assert bool(n.keep) == (n.frame == "respect word and name")
        else:
            assert not n.secrets


@pytest.mark.skipif(not deduce_available(), reason="deduce is not installed")
def test_the_probe_counts_a_name_left_and_a_clean_note_changed(probe):
    notes = [
        probe.ProbeNote(
            "tune", "x", "name", "first name inside", "Gesprek gehad met Oluwakemi over de schulden.", ("Oluwakemi",)
        ),
        probe.ProbeNote("tune", "x", "clean", "word inside", "Het gesprek ging over de schulden."),
    ]
    results = probe.measure(notes)
    assert results["tune", "x", "name", "first name inside"].removed == 1
    assert results["tune", "x", "clean", "word inside"].removed == 1
    left = probe.ProbeNote("tune", "x", "name", "lower case after verb", "sprak het team vandaag", ("team",))
    assert probe.measure([left])["tune", "x", "name", "lower case after verb"].removed == 0
