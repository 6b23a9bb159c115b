"""The wider age probe (benchmarks/deid_age_shapes.py) is seeded, writes what it scores (every
secret stands in its note as a whole word), keeps its two halves apart, and its clean notes hold
no age."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import deid_age_shapes as probe  # noqa: E402
import deid_quality as dq  # noqa: E402


def test_the_probe_is_seeded_and_covers_every_shape_in_both_halves():
    notes = probe.generate(4, seed=3)
    assert notes == probe.generate(4, seed=3)
    assert notes != probe.generate(4, seed=4)
    for which in probe.HALVES:
        mine = [n for n in notes if n.half == which]
        assert {n.shape for n in mine if n.kind == "age"} == set(probe.SHAPES) | set(probe.SHAPES3) | set(probe.SHAPES4)
        assert {n.shape for n in mine if n.kind == "clean"} == set(probe.CLEAN) | set(probe.CLEAN3) | set(probe.CLEAN4)


def test_every_secret_stands_in_its_note_as_a_whole_word():
    for n in probe.generate(6):
        assert (n.kind == "clean") == (not n.secrets), n
        for s in n.secrets:
            assert dq.present(s, n.text), (s, n.text)
    glued = [n for n in probe.generate(12) if n.shape == "decade noun" and "iger" in n.text]
    assert glued and all(s.endswith(("er", "ers")) or s.isdigit() for n in glued for s in n.secrets)


def test_the_halves_share_no_variant_frame_or_person():
    pools = (probe.PERSONS, probe.NAMES, probe.CLEAN_PERSONS, *probe.FRAMES.values(), *probe.CLEAN.values())
    for pool in (*pools, *probe.CLEAN3.values(), *probe.CLEAN4.values(), *probe.FRAMES4.values(), probe.OCCUPATIONS):
        tune, report = probe.half(pool, "tune"), probe.half(pool, "report")
        assert tune and report and not set(tune) & set(report)
        assert len(tune) + len(report) == len(pool)
    for variants, _ in (*probe.SHAPES.values(), *probe.SHAPES3.values(), *probe.SHAPES4.values()):
        assert probe.half(variants, "tune") and probe.half(variants, "report")


def test_the_probe_measures_a_leak_and_an_over_scrub():
    age = probe.ProbeNote("age", "x", "tune", "Mw. (47) woont alleen.", ("47",))
    clean = probe.ProbeNote("clean", "y", "tune", "Kamer 12 is vrij.")
    rows = probe.measure([age, clean])
    assert rows[("tune", "age", "x")].notes == 1
    assert rows[("tune", "clean", "y")].removed == 1  # left as written


def test_round_three_leaves_round_two_as_it_was_and_is_a_batch_of_its_own():
    notes = probe.generate(5, seed=9)
    older = [n for n in notes if n.batch == "round 2"]
    assert older and all(probe.batch_of(n.shape) == "round 2" for n in older)
    newer = [n for n in notes if n.batch == "round 3"]
    assert newer and all(probe.batch_of(n.shape) == "round 3" for n in newer)
    assert not set(probe.SHAPES) & set(probe.SHAPES3) and not set(probe.CLEAN) & set(probe.CLEAN3)
    # round 3 draws from a generator of its own: round 2's notes do not depend on it
    assert older == [n for n in probe.generate(5, seed=9) if n.batch == "round 2"]
    assert probe.ordinal(16) == "zestiende" and probe.ordinal(21) == "eenentwintigste" and probe.ordinal(3) == "derde"
    rows = probe.measure(
        [probe.ProbeNote("age", "ordinal", "tune", "Mw. blowt al sinds haar 14e.", ("14e",), "round 3")]
    )
    assert probe.totals(rows, "round 3")[("tune", "age")].notes == 1 and not probe.totals(rows, "round 2")


def test_round_four_leaves_the_earlier_rounds_as_they_were_and_opens_its_sentences_in_capitals():
    notes = probe.generate(5, seed=9)
    fourth = [n for n in notes if n.batch == "round 4"]
    assert fourth and all(probe.batch_of(n.shape) == "round 4" for n in fourth)
    assert not (set(probe.SHAPES4) | set(probe.CLEAN4)) & (
        set(probe.SHAPES) | set(probe.SHAPES3) | set(probe.CLEAN) | set(probe.CLEAN3)
    )
    # rounds 2 and 3 draw nothing from round 4's generator
    earlier = [n for n in notes if n.batch != "round 4"]
    assert earlier == [n for n in probe.generate(5, seed=9) if n.batch != "round 4"]
    opened = probe._sentence_case(probe.ProbeNote("age", "x", "tune", "Slaapt slecht. is pas zestig.", ("zestig",)))
    assert opened.text == "Slaapt slecht. Is pas zestig."
    first = probe._sentence_case(probe.ProbeNote("age", "x", "tune", "zestig is ze; mw. wil hulp.", ("zestig",)))
    assert first.text == "Zestig is ze; mw. wil hulp." and first.secrets == ("Zestig",)
