"""Issue #22's ninth round: person names the lists do not know or mistake for words, read by where
the sentence puts a person. Measured first by a generated probe (benchmarks/deid_person_probe.py:
first names that are words, spellings no list has, nicknames, surnames alone after a title, in
frames; clean look-alikes in the same frames), committed before any rule; every example here is
made up, in shapes the probe does not use, and each test fails when its rule is taken out.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from privacy_checks import needs_deduce

_PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "deid_person_probe.py"


@pytest.fixture(scope="module")
def probe():
    sys.path.insert(0, str(_PROBE.parent))
    spec = importlib.util.spec_from_file_location("deid_person_probe", _PROBE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_person_probe_is_seeded_and_its_halves_share_no_filler(probe):
    assert probe.generate(4, seed=3) == probe.generate(4, seed=3)
    assert probe.generate(4, seed=3) != probe.generate(4, seed=5)
    notes = probe.generate(6)
    for half in ("tune", "held"):
        assert {n.frame for n in notes if n.kind == "clean" and n.half == half} == set(probe.FRAMES)
        assert {n.frame for n in notes if n.kind == "id" and n.half == half} == {
            f for f, (slot, *_rest) in probe.FRAMES.items() if slot
        }
    assert all(n.secret and probe.fp.dq.present(n.secret, n.text) for n in notes if n.kind == "id")
    for _slot, names in probe.POOLS.values():
        halves = probe.fp._halves(names)
        assert not set(halves["tune"]) & set(halves["held"])
    for fillers in probe.CLEAN.values():
        halves = probe.fp._halves(fillers)
        assert not set(halves["tune"]) & set(halves["held"])


@needs_deduce
def test_the_person_probe_measures(probe):
    """Measured (seed 4, 24 notes a frame and half, 19 frames with a name and one of look-alikes).
    Baseline, main's rules before this round (tune | held): removed 76.9 | 81.2 %, removed or flagged
    93.8 | 93.4 %, clean notes untouched 98.5 | 98.5 %. With this round's rules (tuned on the tune half
    only): removed 92.2 | 91.6 %, removed or flagged 97.1 | 97.2 %, clean untouched 98.5 | 98.5 %."""
    results = probe.fp.measure(probe.generate())
    for half, removed, flagged, clean_kept in (("tune", 0.92, 0.97, 0.98), ("held", 0.915, 0.97, 0.98)):
        ids, clean = probe.totals(results, "id", half), probe.totals(results, "clean", half)
        assert ids.removed / ids.notes >= removed
        assert ids.flagged / ids.notes >= flagged
        assert clean.removed / clean.notes >= clean_kept


@pytest.fixture(scope="module")
def scrubber():
    from werkbord.privacy import Scrubber

    return Scrubber(["huisarts", "wijkteam", "buren", "casemanager"], progress=lambda m: None)


def _gone(name: str, out: str) -> bool:
    from privacy_checks import gone

    return gone(name, out)


# --- a nickname with a capital in quotes right after a person (appositions.py) ------------------


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Mw. Tjoelker ('Tjoek') belde over de huur.", "Tjoek"),
        ('Broer Henderikus ("Derk") haalt hem op.', "Derk"),
        ("Haar buurvrouw, 'Kwebbel', let op de kat.", "Kwebbel"),
    ],
)
def test_a_capitalised_nickname_in_quotes_right_after_a_person_is_replaced(scrubber, text, name):
    out = scrubber.scrub(text).text
    assert _gone(name, out) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text, kept",
    [
        ("Moeder ('Nee') wil niet praten.", "Nee"),
        ("Moeder ('Ik kan niet meer') belt vaak.", "Ik kan niet meer"),
    ],
)
def test_a_saying_or_an_answer_in_quotes_after_a_person_stays(scrubber, text, kept):
    assert kept in scrubber.scrub(text).text


# --- a surname that is also a word, alone after a title (lower_names.py) -------------------------


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Gesprek met mw visser over de tuin.", "visser"),
        ("dhr smit in de wachtkamer gezien", "smit"),
        ("ds. hoekstra komt dinsdag", "hoekstra"),
        ("Dominee brouwer bij de uitvaart, zij kent hem.", "brouwer"),
        ("Ds. mulder bezoekt hem elke week.", "mulder"),
        ("imam yilmaz bemiddelt tussen de broers", "yilmaz"),
    ],
)
def test_a_surname_alone_after_a_title_is_replaced(scrubber, text, name):
    out = scrubber.scrub(text).text
    assert _gone(name, out) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "mw sliep slecht vannacht",
        "dhr bang voor de buren",
        "Mw. goed aanspreekbaar, dhr. rustig.",
        "Mevr. zelf belde over de medicatie.",
    ],
)
def test_a_verb_an_adjective_or_an_adverb_after_a_title_stays(scrubber, text):
    assert scrubber.scrub(text).text == text


# --- a name no list knows where the sentence puts a person (person_slots.py) -------------------


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Het lukt niet meer, zegt darvelin.", "darvelin"),
        ('"Ik blijf thuis," vertelde gorvanne.', "gorvanne"),
        ("Slaapt deze week bij korvina thuis.", "korvina"),
        ("Hij en tjalmo gingen samen vissen.", "tjalmo"),
        ("Met wendrik gebeld over de sleutel.", "wendrik"),
        ("Gisteren kwam ilvardo onverwacht langs.", "ilvardo"),
        ("Zij en lou-lou wonen nu samen.", "lou-lou"),
        ("Hij en Tesfaldet gingen samen naar de markt.", "Tesfaldet"),
        ("Huisbezoek gedaan.\ntjirsko zat in de keuken te roken.", "tjirsko"),
        ("Moeder belt. Zalvinde heeft weer niet geslapen.", "Zalvinde"),
        ("Zijn neef, orwaldo, brengt hem naar de groep.", "orwaldo"),
        ("wijkagent schaap belde over de overlast", "schaap"),
        ("De buurvrouw kuiper woont er al jaren.", "kuiper"),
        ("Belde vanmiddag wolterik over de sleutel.", "wolterik"),
        ("Hind al-Wazzani, pt., woont alleen.", "al-Wazzani"),
        ("Mw. el-Ouarti belde over de huur.", "el-Ouarti"),
        ("Gesprek met dhr. abu-Rashed over de huur.", "Rashed"),
    ],
)
def test_a_name_no_list_knows_where_a_person_stands_is_replaced(scrubber, text, name):
    out = scrubber.scrub(text).text
    assert _gone(name, out) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Het lukt niet meer, zegt hij.",
        "Het lukt niet meer, zegt de huisarts.",
        "Het gaat goed, zegt iedereen.",
        "Slaapt soms bij ons thuis.",
        "Hij en zijn broer gingen vissen.",
        "Met moeite gebeld over de sleutel.",
        "Gisteren kwam de buurvrouw langs.",
        "Gisteren kwam niemand langs.",
        "Het klopt niet, zegt pt.",
        "Huisbezoek gedaan.\nquetiapine heeft hij zelf gehaald.",
        "Steunmijding is hier vooral angst om op te vallen.",
        "Tihar is voor haar het belangrijkste feest van het jaar.",
        "Familie (oom, tjoemba, opa) helpt mee.",
        "Hij zegt dat vader werk heeft gevonden.",
        "Moeder blij belt iedereen op.",
        "Kwam gisteren niemand langs.",
        "Belde vanochtend de huisarts over de medicatie.",
        "Zijn neef, eerlijk gezegd, brengt hem naar de groep.",
        "Zijn neef, opgewekt, brengt hem naar de groep.",
    ],
)
def test_ordinary_words_in_those_places_stay(scrubber, text):
    assert scrubber.scrub(text).text == text


# --- whom a micro-action is about, opening it before its infinitive (person_slots.py) ------------


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Partij: Buren\nMicro-actie: Tjalmo vragen of hij de sleutel houdt\nWie: casemanager", "Tjalmo"),
        ("Micro-actie: Gorvanne uitnodigen voor het gesprek", "Gorvanne"),
        ("Actie: Wendrikje bellen over de afspraak", "Wendrikje"),
    ],
)
def test_a_name_no_list_knows_opening_a_micro_action_is_replaced(scrubber, text, name):
    out = scrubber.scrub(text).text
    assert _gone(name, out) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Micro-actie: Signaleringsplan bespreken met het team",
        "Micro-actie: Moeder uitnodigen voor het gesprek",
        "Micro-actie: Samen afspraken maken",
        "Micro-actie: Crisiskaart invullen",
        "Actie: Zorgmijding bespreken in het MDO",
    ],
)
def test_words_opening_a_micro_action_stay(scrubber, text):
    assert scrubber.scrub(text).text == text


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Micro-actie: follow-up bellen na drie maanden",  # lower case: care jargon
        "Micro-actie: imam uitnodigen voor een gesprek",
        "Micro-actie: Baxterzak ophalen bij de apotheek",  # a word and a short word
    ],
)
def test_jargon_opening_a_micro_action_stays(scrubber, text):
    assert scrubber.scrub(text).text == text


# --- a word no list knows, in lower case, right after a family, role or person word (person_slots.py) ---


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Op de groep zei nicht warvenne dat ze niet meer komt.", "warvenne"),
        ("Huurder dolmaro van nr. 8 geeft de sleutel aan derden.", "dolmaro"),  # where one lives
        ("Oppas door buurvrouw keslinde lukt alleen 's ochtends.", "keslinde"),
        ("vader (ormundo) zegt dat ze niet eet.", "ormundo"),
        ("cl. gaat met mentor brisvalde naar de markt.", "brisvalde"),
    ],
)
def test_a_word_no_list_knows_after_a_family_or_role_word_is_replaced(scrubber, text, name):
    out = scrubber.scrub(text).text
    assert _gone(name, out) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "zus (mantelzorger) regelt de boodschappen.",
        "vader dementerend, moeder overbelast.",
        "moeder overbezorgd en angstig, broer onbereikbaar.",
        "oma (dementerend) woont in.",
        "broertje adhd, zusje autisme.",
        "partner onbereikbaar sinds vrijdag.",
        "zus wrs ook betrokken.",
        "Signaleringsplan door cliënt ondertekend.",  # a participle the word list lacks
        "cl. kalmer in een gewone auto.",  # a comparative
        "Cl. fragmenteert bij harde geluiden.",  # a verb in -eert
        "Ze noemen hun grootmoeder 'oma kerani'.",  # a term in quotes
        "In de familie: papa grando = opa.",  # a term explained
    ],
)
def test_words_and_shorthand_after_a_family_word_stay(scrubber, text):
    assert scrubber.scrub(text).text == text


# --- a word no list knows opening a sentence before any finite verb, or before "uit" a place -----


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Na de groep. Torvinde accepteert het advies niet.", "Torvinde"),
        ("Garmelo informeert zelf de huisarts.", "Garmelo"),
        ("Dovraine uit Zwolle vroeg om een tweede gesprek.", "Dovraine"),
        ("Marluvan z'n broer komt elk weekend eten.", "Marluvan"),  # a possessive and a family word
    ],
)
def test_a_word_no_list_knows_opening_a_sentence_before_a_verb_is_replaced(scrubber, text, name):
    out = scrubber.scrub(text).text
    assert _gone(name, out) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Schematherapie begint in maart.",
        "Spiegeltherapie accepteert hij niet.",
        "Zorgmijding speelt een grote rol.",
        "Schematherapie uit Engeland werkt hier ook.",
        "Therapie zijn broer helpt niet.",
    ],
)
def test_words_opening_a_sentence_before_a_verb_stay(scrubber, text):
    assert scrubber.scrub(text).text == text
