"""Issue #22's ninth session: organisations and places named with ordinary words, read by their
frame. Measured first by a generated probe (benchmarks/deid_org_probe.py: organisations and places
no list holds, in the frames a ggz note puts them, with clean look-alikes in the same frames),
committed before any rule; the rules (acronym_frames.py, district_frames.py) are written from
made-up examples, never from a test set's notes, and each test fails when its rule is taken out.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from privacy_checks import needs_deduce, suspected

_PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "deid_org_probe.py"


@pytest.fixture(scope="module")
def probe():
    sys.path.insert(0, str(_PROBE.parent))
    spec = importlib.util.spec_from_file_location("deid_org_probe", _PROBE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_org_probe_is_seeded_and_holds_every_frame_in_both_halves(probe):
    assert probe.generate(4, seed=3) == probe.generate(4, seed=3)
    assert probe.generate(4, seed=3) != probe.generate(4, seed=4)
    notes = probe.generate(6)
    for kind in ("id", "clean"):
        for half in ("tune", "held"):
            assert {n.frame for n in notes if n.kind == kind and n.half == half} == set(probe.FRAMES)
    assert all(n.secret and probe.dq.present(n.secret, n.text) for n in notes if n.kind == "id")
    # The halves share no filler and no kind: the held half is never seen while rules are tuned.
    for items in [*(names for _slot, names in probe.POOLS.values()), *probe.CLEAN.values(), probe.KINDS]:
        halves = probe._halves(items)
        assert not set(halves["tune"]) & set(halves["held"])


@needs_deduce
def test_the_org_probe_s_organisations_and_made_up_places_are_on_no_list(probe):
    """Only the pool of ordinary-word places (the class: words, listed or not) may be on a list."""
    assert [line for line in probe.check_pools() if not line.startswith("place word:")] == []


@needs_deduce
def test_the_org_probe_measures(probe):
    """Measured (seed 7, 24 notes a frame and half, 30 frames). Baseline, main's rules before this
    session (tune | held): organisations removed 54 | 56 %, removed or flagged 77 | 78 %; places
    removed 72 | 80 %, removed or flagged 79 | 89 %; clean notes untouched 99 | 99 %. With the
    capitals' and districts' frames (tuned on the tune half only): organisations removed 56.1 | 57.1 %,
    removed or flagged 78.0 | 77.6 %; places removed 74.3 | 80.8 %, removed or flagged 87.4 | 91.6 %;
    clean notes untouched 98.8 | 98.8 %."""
    results = probe.measure(probe.generate())
    levels = {
        ("O", "tune"): (0.555, 0.775),
        ("O", "held"): (0.565, 0.775),
        ("L", "tune"): (0.735, 0.865),
        ("L", "held"): (0.805, 0.911),  # flagged 91.6 -> 91.1 % when the scorer was retrained on the ninth session
    }
    for (slot, half), (removed, flagged) in levels.items():
        ids = probe.totals(results, "id", half, slot)
        assert ids.removed / ids.notes >= removed, (slot, half, ids.removed / ids.notes)
        assert ids.flagged / ids.notes >= flagged, (slot, half, ids.flagged / ids.notes)
    for half in ("tune", "held"):
        clean = probe.totals(results, "clean", half)
        assert clean.removed / clean.notes >= 0.985


# --- the rules; every example is made up, in shapes the probe does not use -------------------------


@pytest.fixture(scope="module")
def scrubber():
    from werkbord.privacy import Scrubber

    return Scrubber(["huisarts", "wijkteam", "buren", "casemanager"], progress=lambda m: None)


@needs_deduce
@pytest.mark.parametrize(
    "text, letters",
    [
        ("Zoon speelt bij hockeyclub MHKZ in de jeugd.", "MHKZ"),
        ("Dochter zit op montessorischool DBVR sinds de zomer.", "DBVR"),
        ("Moeder is lid van KWTB, breit daar op dinsdag.", "KWTB"),
        ("Hij heeft een betalingsachterstand bij RVNO, 400 euro.", "RVNO"),
        ("Medewerker van PLGZ kwam de meterstand opnemen.", "PLGZ"),
        ("Sv WVBO -> B", "WVBO"),
        ("Zoon zit in het jeugdteam van HVGB, traint op woensdag.", "HVGB"),
        ("Moeder zingt in het kerkkoor van ZGVK.", "ZGVK"),
    ],
)
def test_unknown_capitals_where_an_organisation_s_name_stands_are_replaced(scrubber, text, letters):
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert gone(letters, out) and "[INSTELLING-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Overleg met HAGRO over de medicatie.",  # a colleague's group by its letters: not after meeting words
        "MGGZ -> B na de eerste afspraak.",  # a network entry: care shorthand as often
        "Lid van het MDO sinds maart.",  # a care abbreviation on the list
        "Crisisdienst GGZ kwam om tien uur.",
    ],
)
def test_capitals_outside_those_frames_or_on_the_list_stay(scrubber, text):
    assert scrubber.scrub(text).text == text


@needs_deduce
@pytest.mark.parametrize(
    "text, word",
    [
        ("Ze woont sinds de verhuizing in noord, bij de markt.", "noord"),
        ("cl komt uit west, praat plat", "west"),
        ("wijkteam zuidoost weet ervan", "zuidoost"),
        ("Aangemeld bij buurtteam oost.", "oost"),
    ],
)
def test_a_district_named_by_its_compass_point_in_lower_case_is_a_place(scrubber, text, word):
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert gone(word, out) and "[LOCATIE-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Verhuisd naar het zuiden van het land.",
        "De vakantie ging naar zuid-europa.",
        "Ze woont op de noord kant van de flat.",
        "De wind komt uit west-noordwest.",
        "Woont in het oosten, vlak bij de grens.",
    ],
)
def test_a_direction_a_region_or_a_side_is_no_district(scrubber, text):
    out = scrubber.scrub(text).text
    assert "noord" in out.lower() or "zuid" in out.lower() or "oost" in out.lower() or "west" in out.lower()
    assert "[LOCATIE-" not in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text, word",
    [
        ("Mw. is opgegroeid op de brink en kent daar iedereen.", "brink"),
        ("Hij is verhuisd naar de vlonder, samen met zijn vriendin.", "vlonder"),
        ("Dochter woont nu in het gors bij haar vader.", "gors"),
    ],
)
def test_a_plain_word_where_someone_lives_or_moved_is_shown_for_review(scrubber, text, word):
    out = scrubber.scrub(text).text
    assert word in out  # never replaced: "woont in de kelder" reads the same
    assert suspected(word, out), out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Woont in de stad, vlak bij het station.",
        "Verhuisd naar een flat, nu in de nieuwbouw.",
        "Komt uit de kliniek en gaat naar huis.",
        "Woont in de polder bij zijn ouders.",
        "Is verhuisd naar de overkant van de straat.",
    ],
)
def test_a_dwelling_a_kind_of_place_or_a_care_setting_is_not_shown(text):
    from werkbord.privacy.suspects import find_suspects

    assert [s.text for s in find_suspects(text)] == []


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Cliënt krijgt een voedselpakket van Open Hands Foundation.", "Open Hands"),
        ("Broer is ouderling bij Harvest Gospel Assembly in de stad.", "Harvest"),
        ("Pastor of Cornerstone Ministries visits her every week.", "Cornerstone"),
    ],
)
def test_capitalised_words_before_an_english_head_of_a_congregation_or_charity_are_its_name(scrubber, text, name):
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert gone(name, out) and "[INSTELLING-" in out, out


@needs_deduce
def test_a_denomination_or_a_kind_before_such_a_head_is_no_name(scrubber):
    text = "Hij bezoekt de Sunday Fellowship van de kerk, ze gaat naar de youth fellowship."
    assert scrubber.scrub(text).text == text


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Het Zeepaardje heeft gemaild: de intake is op dinsdag.", "Zeepaardje"),
        ("Gesprek gehad. De Waterlelie biedt haar een plek aan.", "Waterlelie"),
        ("De Rode Loper weigert hem na het incident.", "Rode Loper"),
    ],
)
def test_a_capitalised_name_opening_a_sentence_as_the_one_who_calls_or_decides_is_an_organisation(scrubber, text, name):
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert gone(name, out) and "[INSTELLING-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "De Huisarts belt morgen terug.",
        "Het Wijkteam wil een nieuw gesprek.",
        "De Gemeente stuurde een brief over de toeslag.",
        "De Buurvrouw belde gisteren over de kat.",
    ],
)
def test_a_role_a_kind_or_a_public_body_opening_a_sentence_stays(scrubber, text):
    assert scrubber.scrub(text).text == text


@needs_deduce
def test_a_dutch_article_and_a_capital_after_works_at_name_the_employer(scrubber):
    from privacy_checks import gone

    out = scrubber.scrub("Her brother works at de Zilverspar since March.").text
    assert gone("Zilverspar", out) and "[INSTELLING-" in out, out
    kept = "Her brother works at de Supermarkt since March."
    assert scrubber.scrub(kept).text == kept
