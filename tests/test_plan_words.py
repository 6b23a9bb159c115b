"""Words of the workshop's own notations that read as names (:mod:`werkbord.privacy.plan_words`):
a ring letter after an arrow before the next entry ("→ B. Buurtsportcoach"), the colours of a
signalling plan ("Oranje: ..."), a count after a word ending like a street ("Wachtlijst 14"); and
a decade in words, which the review step read as an age ("de jaren zestig"). Examples are made
up for these tests; they are not the development or frozen sets' notes."""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(["huisarts", "buren", "werkgever"])


@needs_deduce
@pytest.mark.parametrize(
    "note",
    [
        # ring letters: the dot after a ring ends the entry, it is no initial
        "Buurtsportcoach → A. Voetbaltrainer → B",
        "Kapper -> C. Bibliotheekmedewerker -> B. Huisarts -> A",
        "Schoonmaker → B. Vrijwilligerscoördinator → C",
        # the colours of a signalling plan
        "Fase Geel: prikkelbaar, Fase Rood: niet meer eten.",
        "Groen = werkt en slaapt. Oranje = blijft thuis. Rood = belt niemand.",
        "Signaleringsplan: Rood betekent crisiskaart pakken, Oranje bellen met het team.",
        "Kleur vandaag: Oranje. Gisteren nog Groen.",
        "Ingeschat als urgentie Oranje door de triagist, wachttijd een kwartier.",
    ],
)
def test_the_notation_stays(scrubber, note):
    assert scrubber.scrub(note).text == note


@needs_deduce
@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Zus → B. Marloes belt wekelijks.", "Marloes"),  # a first name after the ring is a name
        ("Mevr. Groen belde over de afspraak, signaleringsplan rood/oranje besproken.", "Groen"),
        ("Gesprek met Jeroen Rood en zijn vader.", "Rood"),
        ("Dhr. Oranje (54) woont alleen.", "Oranje"),
    ],
)
def test_names_in_the_same_notes_still_go(scrubber, note, name):
    assert name not in scrubber.scrub(note).text


@needs_deduce
@pytest.mark.parametrize(
    "note",
    [
        # a count after an ordinary word that ends like a street ("-st"): no address
        "Afsprakenlijst 9 punten, daarna evalueren.",
        "Ochtenddienst 7-15, twee collega's ziek.",
        "Angsthiërarchie: Examenangst 8, Faalangst 6.",
        "Checklist 12/14 afgevinkt.",
    ],
)
def test_a_count_after_a_word_ending_like_a_street_stays(scrubber, note):
    assert scrubber.scrub(note).text == note


@needs_deduce
@pytest.mark.parametrize(
    ("note", "street"),
    [
        ("Woont op Dorpstraat 14 bij zijn moeder.", "Dorpstraat"),
        ("Adres: Wolvenhorst 12, 3e verdieping.", "Wolvenhorst"),
        ("Verhuisd naar Kastanjelaan 3.", "Kastanjelaan"),
    ],
)
def test_addresses_still_go(scrubber, note, street):
    assert street not in scrubber.scrub(note).text


@needs_deduce
def test_a_decade_in_words_is_no_age(scrubber):
    for note in ["Liedjes uit de jaren zestig doen haar goed.", "Hij praat graag over de jaren zeventig."]:
        assert scrubber.scrub(note).text == note
    assert "twintig" not in scrubber.scrub("Ze is in de twintig en woont alleen.").text


@needs_deduce
@pytest.mark.parametrize(
    "note", ["Vandaag 4/10 op de distress thermometer, gisteren hoger.", "Nog 8/10 op de angstladder bij de lift."]
)
def test_a_score_on_a_thermometer_or_ladder_is_no_date(scrubber, note):
    assert scrubber.scrub(note).text == note
