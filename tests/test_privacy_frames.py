"""Issue #22's eighth round: persons, organisations and places that no list knows, read by the frame
around them. Measured first by a generated frame probe (benchmarks/deid_frame_probe.py: frames a
ggz note uses, filled with names no list holds and with clean words in the same frames), committed
before any rule; the rules here are written from made-up examples, never from a test set's notes,
and each test fails when its rule is taken out.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from privacy_checks import needs_deduce, suspected

_PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "deid_frame_probe.py"


@pytest.fixture(scope="module")
def probe():
    sys.path.insert(0, str(_PROBE.parent))
    spec = importlib.util.spec_from_file_location("deid_frame_probe", _PROBE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_frame_probe_is_seeded_and_holds_every_frame_in_both_halves(probe):
    assert probe.generate(4, seed=3) == probe.generate(4, seed=3)
    assert probe.generate(4, seed=3) != probe.generate(4, seed=4)
    notes = probe.generate(6)
    for kind in ("id", "clean"):
        for half in ("tune", "held"):
            assert {n.frame for n in notes if n.kind == kind and n.half == half} == set(probe.FRAMES)
    assert all(n.secret and probe.dq.present(n.secret, n.text) for n in notes if n.kind == "id")
    assert {n.case for n in notes if n.kind == "id"} == {"cap", "low"}
    # The halves share no filler: the held half is never seen while rules are tuned.
    for _kind, names in probe.POOLS.values():
        halves = probe._halves(names)
        assert not set(halves["tune"]) & set(halves["held"])
        assert all(name and name == name.strip() for name in halves["tune"] + halves["held"])
    for fillers in probe.CLEAN.values():
        halves = probe._halves(fillers)
        assert not set(halves["tune"]) & set(halves["held"])


@needs_deduce
def test_the_frame_probe_s_unlisted_pools_are_on_no_list(probe):
    """A pool said to be unknown to the lists is: no deduce first name, surname or town, no name of
    werkbord's foreign-name or organisation lists, no Dutch word."""
    from werkbord.privacy.lexicon import _foreign_names, first_names, shared_lexicon, surnames, town_names
    from werkbord.privacy.organisations import DATA, LISTS, read_list

    lexicon = shared_lexicon()
    foreign = set().union(*_foreign_names())
    listed = first_names() | surnames() | foreign
    towns = {t.lower() for t in town_names()}
    orgs = {n.lower() for file in LISTS for n in read_list(DATA / file)}
    for pool in ("person unlisted", "organisation madeup", "place foreign", "place madeup"):
        for name in probe.POOLS[pool][1]:
            low = name.lower()
            assert low not in listed, (pool, name)
            assert low not in towns and not lexicon.place(low), (pool, name)
            assert low not in orgs, (pool, name)
            if pool != "place madeup":  # made-up neighbourhoods are compounds of words on purpose
                assert not lexicon.is_word(low), (pool, name)


@needs_deduce
def test_the_frame_probe_measures(probe):
    """Measured (seed 22, 24 notes a frame and half, 46 frames). Baseline, main's rules before this
    round (tune | held): identifiers removed 72 | 76 %, removed or flagged 87 | 90 %, clean notes
    untouched 99 | 99 %; organisations named with a word in lower case removed 23 | 27 %, flagged
    33 | 40 %; unlisted names in lower case removed 19 | 13 %. With this round's rules (slot_frames.py,
    tuned on the tune half only): removed 86.7 | 89.1 %, removed or flagged 95.7 | 94.8 %, clean
    untouched 100 | 98.9 %."""
    results = probe.measure(probe.generate())
    for half, removed, flagged, clean_kept in (("tune", 0.865, 0.955, 0.995), ("held", 0.89, 0.945, 0.985)):
        ids, clean = probe.totals(results, "id", half), probe.totals(results, "clean", half)
        assert ids.removed / ids.notes >= removed
        assert ids.flagged / ids.notes >= flagged
        assert clean.removed / clean.notes >= clean_kept


# --- the rules (slot_frames.py); every example is made up, in shapes the probe does not use --------


@pytest.fixture(scope="module")
def scrubber():
    from werkbord.privacy import Scrubber

    return Scrubber(["huisarts", "wijkteam", "buren", "casemanager"], progress=lambda m: None)


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Telefoontje met marvoud, klinkt rustiger dan vorige week.", "marvoud"),
        ("Uitleg gegeven aan tjerkje over het signaleringsplan.", "tjerkje"),
        ("Afgesproken met gusteau dat hij zelf belt.", "gusteau"),
        ("We bezochten wolterien in het weekend.", "wolterien"),
        ("Had orbelyn teruggebeld, die wist van niets.", "orbelyn"),
    ],
)
def test_a_word_no_list_knows_where_a_verb_of_contact_puts_whom_is_a_person(scrubber, text, name):
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert gone(name, out) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Overleg met pukkie over de sleutel.", "pukkie"),
        ("Ruzie met Mannetje op de gang, daarna rustig.", "Mannetje"),
        ("Volgens rooie zit hij weer in de kroeg.", "rooie"),
        ("Collega spruitje let op de katten.", "spruitje"),
    ],
)
def test_a_nickname_made_of_a_word_where_a_person_stands_is_shown(scrubber, text, name):
    out = scrubber.scrub(text).text
    assert suspected(name, out), out


@needs_deduce
@pytest.mark.parametrize(
    "text, names",
    [
        ("Telefoontje met Kiezel over de huur, klinkt rustiger.", ["Kiezel"]),
        ("Volgens Dauw slaapt hij weer op de bank.", ["Dauw"]),
        ("Overleg met Veder en Spar over de verhuizing.", ["Veder", "Spar"]),
        ("Had Lijster teruggebeld, die wist van niets.", ["Lijster"]),
    ],
)
def test_an_ordinary_word_with_a_capital_where_a_verb_of_contact_puts_whom_is_a_person(scrubber, text, names):
    """Inside a sentence only a name gives an ordinary word its capital; in the slot of whom one
    spoke or phoned it is a person (the word alone in lower case stays a word there)."""
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert all(gone(name, out) for name in names) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Depressie ging samen met Schulden, daarna pas hulp.",  # a plural
        "Overleg met Wijkteam over de planning.",  # a kind of organisation
        "Contact met Huisarts gehad over de medicatie.",  # a role
        "Afspraak met Dinsdag Overleg Team Gepland.",  # a note that capitalises its words
    ],
)
def test_a_capitalised_kind_role_or_plural_where_a_verb_of_contact_puts_whom_stays(scrubber, text):
    from privacy_checks import untouched

    untouched(scrubber, text)


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Gesproken met iedereen van de groep, niemand bezwaar.",
        "Samen met elkaar de agenda doorgenomen.",
        "Overlegd met supervisor over de medicatie.",
        "Oxazepam volgens schema, 's nachts rustig.",
        "Samen aan tafel met de bewindvoerder.",
        "Idd afgesproken met wijkverpl dat ze langskomt.",
        "Haloperidol volgens delierprotocol gegeven.",
        "Mail gestuurd aan de huisarts, nog geen antwoord.",
        "Belde terug na het weekend.",
        "Casemanager dementie komt elke week.",
    ],
)
def test_ordinary_company_in_a_contact_frame_stays_and_is_not_shown(scrubber, text):
    from privacy_checks import untouched
    from werkbord.privacy.suspects import find_suspects

    untouched(scrubber, text)
    assert not [s for s in find_suspects(text) if "name stands" in s.why or "naam staat" in s.why], text


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Ondersteuning van het kantelpunt loopt af in maart.", "kantelpunt"),
        ("Maatje via de windwijzer, klikt goed.", "windwijzer"),
        ("Dagbesteding bij de hooiberg, drie ochtenden.", "hooiberg"),
        ("Woont begeleid bij de kempenaar sinds april.", "kempenaar"),
        ("Werkte jaren bij norvaplast tot de reorganisatie.", "norvaplast"),
        ("Gaat op vrijdag naar ruvenko voor de inloop.", "ruvenko"),
    ],
)
def test_an_organisation_named_with_a_word_where_a_service_puts_its_provider_is_replaced(scrubber, text, name):
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert gone(name, out) and "[INSTELLING-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Hulp bij de aanvraag van de toeslag.",  # "bij" after help names the task
        "Ondersteuning bij het huishouden, twee ochtenden.",
        "Maatje via de diaconie van de kerk.",
        "Werkt bij de kringloop, vindt het fijn.",
        "Begeleiding van de verhuizing door de buren.",
        "De begeleider van de groep is ziek.",
        "Hulp van de familie is weggevallen.",
        "Brief naar de deurwaarder over de regeling.",
        "Vrijwilligers van de recreatiezaal zijn er elke middag.",  # a room is no organisation's name
        "Pt zit in de trein naar huis.",
    ],
)
def test_a_task_a_kind_or_an_everyday_word_after_a_service_stays(scrubber, text):
    from privacy_checks import untouched

    untouched(scrubber, text)


@needs_deduce
@pytest.mark.parametrize(
    "text, place",
    [
        ("Verhuisd naar wolderbroek, kent daar niemand.", "wolderbroek"),
        ("Ouders wonen nog in tafraout.", "tafraout"),
        ("Komt oorspronkelijk uit ben-slimane.", "ben-slimane"),
        ("In lindenhorst spreekt iedereen plat.", "lindenhorst"),
        ("Zijn broer woont in łódź en belt zelden.", "łódź"),
    ],
)
def test_a_place_no_list_knows_where_someone_lives_or_comes_from_is_replaced(scrubber, text, place):
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert gone(place, out) and "[LOCATIE-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Verhuisd naar een kleinere woning.",
        "Woont in een woongroep met vier anderen.",
        "Komt uit een groot gezin.",
        "Familie woont in Marokko.",
        "Terug naar huis na de opname.",
        "Vanuit de wijk gebeld door de broer.",  # a participle after "wijk" is no neighbourhood
    ],
)
def test_ordinary_words_where_someone_lives_stay(scrubber, text):
    from privacy_checks import untouched

    untouched(scrubber, text)


@needs_deduce
def test_a_network_entry_named_with_a_word_no_list_knows_is_shown(scrubber):
    out = scrubber.scrub("zorvandel -> B").text
    assert suspected("zorvandel", out), out
    assert not suspected("Huisarts", scrubber.scrub("Huisarts -> B").text)


@needs_deduce
@pytest.mark.parametrize(
    "text, name",
    [
        ("Medebewoner quirijntje zit al dagen op zijn kamer.", "quirijntje"),
        ("Deelnemer oskander, die altijd te laat komt, was er niet.", "oskander"),
        ("Buurvrouw tjallien belt elke ochtend aan.", "tjallien"),
        ("HYLKE (broer) haalt hem op.", "HYLKE"),
        ("gisteren sprak ik ben (zwager) nog kort", "ben"),  # a first name that is a word, before its role
        ("appte vanochtend met kim (nicht) over zondag", "kim"),
        ("Gesprek gehad; daarna kwam SJOUKJE (buurvrouw) langs.", "SJOUKJE"),
    ],
)
def test_a_name_no_list_knows_after_a_role_before_what_a_person_does_is_replaced(scrubber, text, name):
    from privacy_checks import gone

    out = scrubber.scrub(text).text
    assert gone(name, out) and "[PERSOON-" in out, out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Familie zegt: laat hem maar even.",  # a verb the word list lacks is no name
        "Psychogeriater adviseert: eerst pijn uitsluiten.",
        "Opa uitleggen wat de crisisdienst doet.",
        "Cliënt akkoord en tevreden over het plan.",
        "AVG (privacy) blijft een lastig onderwerp.",  # capitals before a bracket that holds no role
        "SPV (casemanager) belt morgen.",
        "Contact (buurvrouw) loopt goed.",  # a word no list holds as a first name
        "In mei (moeder) gaat het vaak slechter.",  # a month before a bracket
    ],
)
def test_verbs_and_abbreviations_after_a_role_stay(scrubber, text):
    from privacy_checks import untouched

    untouched(scrubber, text)


@needs_deduce
def test_a_sender_named_with_a_word_is_shown_and_a_role_or_a_kind_is_not(scrubber):
    out = scrubber.scrub("Kreeg een aanmaning van de zeeslang over de huur.").text
    assert suspected("zeeslang", out), out
    for text in ("Brief van de gemeente over de toeslag.", "Mail van de mentor gehad.", "Post van de bank."):
        assert not suspected(text.split()[3].rstrip("."), text), text
    for text in ("Mail van de nieuwe wijkagent gehad.",):  # an adjective before a role is no sender's name
        assert not suspected(text.split()[3].rstrip("."), text), text


@needs_deduce
def test_a_name_alone_under_wie_that_no_list_knows_or_a_nickname_is_shown():
    from werkbord.privacy.suspects import find_suspects

    for form, name in (
        ("Micro-actie: boodschappen samen\nWie: gerbrandine\nWanneer: vrijdag", "gerbrandine"),
        ("Micro-actie: fietsen\nwie? Muisje", "Muisje"),
    ):
        assert name in [s.text for s in find_suspects(form)], form
    for form in (
        "Micro-actie: bellen\nWie: gokcounsellor",
        "Micro-actie: bellen\nWie: pt zelf",
        "Wie: ervaringsdeskundige",
    ):
        assert not [s for s in find_suspects(form) if s.text not in ("bellen",)], form
