"""The small-categories probe (benchmarks/deid_small_probe.py) is seeded, writes what it scores (every
secret stands in its note), keeps its two halves apart, and never draws initials that read as a
care abbreviation or a Dutch word."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import deid_quality as dq  # noqa: E402
import deid_small_probe as probe  # noqa: E402


def test_the_probe_is_seeded_and_covers_every_shape_in_both_halves():
    notes = probe.generate(4, seed=3)
    assert notes == probe.generate(4, seed=3)
    assert notes != probe.generate(4, seed=4)
    for which in probe.HALVES:
        mine = [n for n in notes if n.half == which]
        ninth = {f"{shape} (9th)" for shape in probe.NINTH_INITIALS}
        assert {n.shape for n in mine if n.kind == "initials"} == set(probe.INITIALS) | ninth
        assert {n.shape for n in mine if n.kind == "handle"} == set(probe.HANDLES)
        assert {n.shape.removesuffix(" (bare)") for n in mine if n.kind == "id_number"} == set(probe.ID_SHAPES)
        assert {n.kind for n in mine} == {"initials", "handle", "id_number", "contact", "clean"}


def test_every_secret_stands_in_its_note():
    for n in probe.generate(4):
        assert (n.kind == "clean") == (not n.secrets), n
        assert (n.kind == "contact") == bool(n.contact), n
        for s in n.secrets:
            assert dq.present(s, n.text), (s, n.text)
        if n.contact:  # the contact detail left as written is a leak the probe sees
            assert probe.cp.leaks(probe.cp.ProbeNote(n.contact[0], "", n.text, n.contact[1:]), n.text), n


def test_the_halves_share_no_frame_and_no_pool_entry():
    for pool in (
        probe.INITIAL_FRAMES,
        probe.NINTH_INITIAL_FRAMES,
        probe.HANDLE_FRAMES,
        probe.ID_FRAMES,
        probe._ID_LABELS,
        probe.CONTACT_FRAMES,
    ):
        tune, report = probe.half(pool, "tune"), probe.half(pool, "report")
        assert tune and report and not set(map(str, tune)) & set(map(str, report))
        assert len(tune) + len(report) == len(pool)
    notes = probe.generate(4)
    frames = {which: {n.text for n in notes if n.half == which and n.kind == "handle"} for which in probe.HALVES}
    assert not frames["tune"] & frames["report"]


def test_initials_never_read_as_an_abbreviation_or_a_word():
    words = probe._NO_INITIALS()
    assert {"spv", "fact", "ik", "mr"} <= words
    for n in probe.generate(6):
        if n.kind == "initials" and n.shape in ("capitals without dots", "lower case without dots", "three capitals"):
            assert n.secrets[0].lower() not in words, n
