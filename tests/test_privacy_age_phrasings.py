"""Issue #22's seventh round, ages in phrasings the rules had not seen (the held-out sets lost more
ages than the development sets). Written from made-up examples of the class and the age probe
(benchmarks/deid_age_probe.py), not from a test set's notes; each test fails when its rule is taken
out. Clean counterparts must stay: counts, eras, groups.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy.ages import find_ages
from werkbord.privacy.found import Found


def spans(text: str, found: list[Found]) -> list[str]:
    return [text[f.start : f.end] for f in sorted(found, key=lambda f: f.start)]


def gone(word: str, out: str) -> bool:
    return re.search(r"(?<![\w\[-])" + re.escape(word) + r"(?![\w\]])", out) is None


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a title or an abbreviation with its dot before the verb or the number
        ("Mevr. is 83 en wil thuis blijven", ["83"]),
        ("Cl. werd 27, vlak voor de opname", ["27"]),
        ("Dhr. 71 j., weduwnaar, slaapt slecht", ["71"]),
        ("Pte. ruim 40, twee kinderen", ["40"]),
        # "j." as a unit after a verb of age
        ("oma is 91 j. en woont nog thuis", ["91"]),
        # an age between dashes after a person
        ("Schoonvader - 68 - helpt met de boodschappen", ["68"]),
        ("Zus – circa 35 jr – komt elke week", ["35"]),
        # "al" before an age in brackets
        ("Neef (al 31) woont weer thuis", ["31"]),
        # a role word, not only a family word, before "de 60 gepasseerd" or "van '58"
        ("De mantelzorger is de 75 voorbij en raakt op", ["75"]),
        ("Zijn ex is van '83 en woont in de buurt", ["'83"]),
        # when the birthday is says an age whoever the subject is, also a weekday
        ("ff noteren: sanne werd vorige week 44.", ["44"]),
        ("pt wordt 21 op vr, wil uitgaan", ["21"]),
        # an approximation alone in brackets after a name or a place
        ("Hij kwam met Wieteke (ong. 55) naar de intake", ["55"]),
        ("Een man uit Kerkrade (ca. 65) belde de crisisdienst", ["65"]),
        # English family words
        ("aunt (about 70) lives next door", ["70"]),
        # several ages after a plural person word a few words before the brackets
        ("Kleinkinderen van mw. (9 en 13) komen zondag", ["9", "13"]),
        # the probe's second batch: "in de 40", "de 70 gehaald", "een 50'er"
        ("Haar vader is in de 80, woont nog thuis", ["80"]),
        ("Hij heeft de 90 gehaald, zegt de buurvrouw", ["90"]),
        ("Oom haalt de 60 niet meer volgens de huisarts", ["60"]),
        ("de nieuwe bewoner, een 40'er, zegt weinig", ["40"]),
        # the probe's third batch (after deid_dev16/deid_dev17's first contact)
        ("Tante, vijftig-nog-wat, past op de kinderen", ["vijftig-nog-wat"]),
        ("Neighbour (sixty-something) checks on him", ["sixty-something"]),
        ("mother in her 70s, lives alone", ["70s"]),
        ("Buurman, fifty-three, belt de politie", ["fifty-three"]),
        ("she is nineteen and studies in Delft", ["nineteen"]),
        ("he's twenty-two, first year", ["twenty-two"]),
        ("SEH: ♀ 58, gevallen thuis", ["58"]),
        ("pt (m ±45) onrustig", ["45"]),
        ("Zus is 37 (volgens het paspoort)", ["37"]),
        ("Schoonmoeder 66 j., weduwe", ["66"]),
        ("Dhr. (zestig-plus, schat 64) belde", ["zestig-plus", "64"]),
    ],
)
def test_ages_in_new_phrasings_are_found(text, ages):
    assert spans(text, find_ages(text)) == ages


@pytest.mark.parametrize(
    "text",
    [
        "Rond de 45 aanmeldingen per week bij de inloop.",
        "Begin twintig deelnemers, eind twaalf.",
        "Alleen voor 50-plussers in het wijkcentrum.",
        "Wachtlijst (ca. 40) is te lang.",
        "deelnemers (ong. 25) kwamen op tijd",
        "Het aantal werd vorige week 58.",
        "De groep haalt de 75 procent niet meer.",
        "Hij heeft de 15 km gehaald op de fiets.",
        "De score is in de 30, lager dan in maart.",
        "Fifty Shades stond op tv.",
        "Huisarts 12, wijkteam 8, FACT 5 (stemmen)",
    ],
)
def test_counts_groups_and_lists_near_an_age_shape_are_no_age(text):
    assert find_ages(text) == []


@needs_deduce
def test_an_age_beside_a_name_a_later_rule_found_goes_too(scrubber):
    """The age rules run before the rules that find names in lower case; an age beside such a name
    is looked for again once it is known."""
    out = scrubber.scrub("dhr bakels (ong 60) werkt in de haven").text
    assert gone("bakels", out) and gone("60", out), out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Muziek uit de jaren zestig werkt rustgevend.",
        "In de jaren tachtig was alles anders in de psychiatrie.",
    ],
)
def test_an_era_stays(scrubber, text):
    assert scrubber.scrub(text).text == text


_PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "deid_age_probe.py"


@pytest.fixture(scope="module")
def probe():
    sys.path.insert(0, str(_PROBE.parent))
    spec = importlib.util.spec_from_file_location("deid_age_probe", _PROBE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_age_probe_is_seeded_and_holds_every_phrasing_and_clean_shape(probe):
    assert probe.generate(6, seed=3) == probe.generate(6, seed=3)
    assert probe.generate(6, seed=3) != probe.generate(6, seed=4)
    notes = probe.generate(6)
    assert {n.form for n in notes if n.kind == "age"} == set(probe.FORMS)
    assert {n.form for n in notes if n.kind == "clean"} == set(probe.CLEAN)
    assert all(n.secret and probe.dq.present(n.secret, n.text) for n in notes if n.kind == "age")
    assert probe.words(73) == "drieënzeventig" and probe.words(41) == "eenenveertig" and probe.words(60) == "zestig"


@needs_deduce
def test_the_age_probe_measures(probe):
    """Measured (seed 22, 12 a phrasing). The first batch (30 phrasings, 359 ages, 73 clean notes):
    before this round 93.9 % of ages removed, 96.4 % removed or flagged, 79.5 % of clean notes
    untouched (eras 0 of 10); after its rules 100 / 100 / 91.8 %. A second batch of 15 phrasings
    (180 ages), written after those rules, met them at 83.9 % removed, 90.6 % removed or flagged;
    after its rules 100 %. A third batch of 6 phrasings (72 ages), written after deid_dev16 and
    deid_dev17 arrived, met the rules at 13.9 % removed, 65.3 % removed or flagged; after its rules
    (all three batches, 606 ages, drawn anew) 99.5 / 99.7 % (the rules of 113de34, before this
    round: 81.5 / 91.9 %). Clean notes (86): an age or date tag in 15.1 % before, in none after;
    untouched 75.6 -> 83.7 %: what still changes them is no age ("in de wijk" read as a surname,
    "Lijn 16" as a street)."""
    totals = probe.totals(probe.measure(probe.generate()))
    assert totals["age"].removed / totals["age"].notes >= 0.99
    assert totals["age"].flagged / totals["age"].notes >= 0.995
    assert totals["clean"].flagged == totals["clean"].notes  # no clean note gets an age or date tag
    assert totals["clean"].removed / totals["clean"].notes >= 0.83
