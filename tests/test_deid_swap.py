"""The name-swap probe (benchmarks/deid_swap.py): renamed identifiers keep their shape, the same
every run, and a held-out set is refused."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def swap():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("deid_swap", ROOT / "benchmarks" / "deid_swap.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_person_keeps_tussenvoegsel_initials_and_title(swap):
    rng = random.Random(1)
    new = swap.swap_person("Sanne de Wit", rng, "words")
    first, particle, last = new.split()
    assert particle == "de"
    assert first in swap.WORD_FIRST_NAMES and last in swap.WORD_SURNAMES
    assert swap.swap_person("J. Bakker", random.Random(2), "names").startswith("J. ")
    assert swap.swap_person("Sanne de Wit", rng, "lower") == "sanne de wit"
    lowered = swap.swap_person("Karin-Joke", random.Random(3), "lowerwords")
    assert lowered.islower() and "-" in lowered


def test_a_place_keeps_its_kind_compass_and_number(swap):
    rng = random.Random(4)
    street = swap.swap_place("Kastanjelaan 12", rng, "towns")
    assert street.endswith("laan 12") and street != "Kastanjelaan 12"
    assert swap.swap_place("Rotterdam-Zuid", rng, "words").endswith("-Zuid")
    assert swap.swap_place("Lelystad", rng, "words") in swap.WORD_TOWNS
    assert swap.swap_place("Ter Apel", rng, "lower") == "ter apel"


def test_initials_lose_their_capitals_and_dots(swap):
    assert swap.swap_initials("J.K.") == "jk"
    assert swap.swap_initials("H.v.d.M.") == "h.v.d.m."
    assert swap.swap_initials("JvdB") == "jvdb"


def test_renaming_a_note_is_the_same_every_run_and_longest_first(swap):
    text = "Sanne de Wit belde; Sanne komt morgen."
    a = swap.renamed_note(text, ["Sanne", "Sanne de Wit"], "person", random.Random(7), "names")
    b = swap.renamed_note(text, ["Sanne", "Sanne de Wit"], "person", random.Random(7), "names")
    assert a == b
    out, renamed = a
    assert "Sanne" not in out and len(renamed) == 2 and " de " in renamed[0]


def test_held_out_sets_are_refused(swap, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["deid_swap.py", "--category", "person", "--sets", "frozen"])
    with pytest.raises(SystemExit, match="development sets only"):
        swap.main()
    monkeypatch.setattr(sys, "argv", ["deid_swap.py", "--category", "location", "--pool", "madeup"])
    with pytest.raises(SystemExit, match="does not fit"):
        swap.main()


def test_word_names_rename_only_names_of_one_word(swap):
    rng = random.Random(5)
    assert swap.rename("Anouk", "person", rng, "wordnames") in swap.WORD_NAMES
    assert swap.rename("mw. de Vries", "person", rng, "wordnames") == "mw. de Vries"


def test_an_organisation_in_lower_case_keeps_its_kind(swap):
    assert swap.rename("Apotheek De Linde", "institution", random.Random(6), "lower") == "apotheek de linde"
    new = swap.rename("Stichting Kompas", "institution", random.Random(6), "lowerwords")
    kind, name = new.split()
    assert kind == "stichting" and name.islower() and name.capitalize() in swap.ORDINARY
