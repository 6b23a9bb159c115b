"""Capitalised ordinary nouns of the care setting after "met/voor/via/in de" that no frame makes a
name (:mod:`werkbord.privacy.setting_nouns`): kept, and shown for review where the review step
sees a capital there. Examples are made up for these tests; they are not the development or
frozen sets' notes."""

from __future__ import annotations

import pytest

from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.named_organisations import named_organisations
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))
needs_lists = pytest.mark.skipif(not LEX.words, reason="needs OpenTaal's word list")


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in named_organisations(text, LEX)]


@needs_lists
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinary noun of the setting, capitalised for weight: a room, a tool, a role, a document
        ("Avondronde gelopen, daarna rust in de Stiltekamer.", []),
        ("Oefening met de Weegschaal: wat geeft en wat kost energie.", []),
        ("Uitleg gegeven over de rechten, brief voor de Klachtenfunctionaris.", []),
        ("Vragen over verlof lopen via de Afdelingsleider.", []),
        ("Tekenopdracht met de Levenslijn, veel emotie.", []),
        ("Medicatie uitgedeeld in de Eetzaal na het ontbijt.", []),
        # the same frame with a sign of an organisation or a place stays a name
        ("Dagbesteding in de Korenwolf, drie ochtenden per week.", ["Korenwolf"]),
        ("Hij woont sinds kort in de Meidoorn, een woonvorm.", ["Meidoorn"]),
        ("Zus werkt in de Lijsterbes in Almere als kok.", ["Lijsterbes"]),
        ("Vrijwilligerswerk in de Wilgenhoek, helpt in de keuken.", ["Wilgenhoek"]),
        ("Overleg met de Brandaris (woonvorm) over de huur.", ["Brandaris"]),
        ("Buddy via het Baken, elke week een wandeling.", ["Baken"]),  # "het": a name's article
        ("Schulden bij de Zeilboot, bewindvoerder belt.", ["Zeilboot"]),  # "bij": not in this class
        ("Ligt op de afdeling van de Schelpenhoek.", ["Schelpenhoek"]),
        ("Gesprek met de Vlasbloem Zonnehoek over de plaatsing.", ["Vlasbloem Zonnehoek"]),  # two words
        # "voor" and an activity made of a verb with -ing: what someone is signed up for
        ("Ingeschreven voor Schuldsanering, start na de zomer.", []),
        ("Op de wachtlijst voor Emotieregulering bij het team.", []),
        ("Werkt voor Zandloper als chauffeur.", ["Zandloper"]),  # an ordinary word, no activity
    ],
)
def test_a_capitalised_noun_after_a_preposition_needs_a_frame(text, expected):
    assert found(text) == expected


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_the_scrubber_keeps_the_noun_and_the_review_step_may_show_it():
    scrubber = Scrubber(["huisarts"])
    for note in ["Na het incident de-escalatie in de Stiltekamer gelukt.", "Werkblad met de Levenslijn ingevuld."]:
        assert scrubber.scrub(note).text == note
    out = scrubber.scrub("Dagbesteding in de Korenwolf, drie ochtenden per week.").text
    assert "Korenwolf" not in out and "[INSTELLING-1]" in out


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
@pytest.mark.parametrize(
    ("note", "field"),
    [
        ("Consulent Verslavingszorg is bij het overleg.", "Verslavingszorg"),
        ("Verpleegkundige Gerontopsychiatrie belt morgen terug.", "Gerontopsychiatrie"),
        ("Uitleg door de arts Revalidatiegeneeskunde over het herstel.", "Revalidatiegeneeskunde"),
        ("Docent Ervaringsacademie geeft de les over hoop.", "Ervaringsacademie"),
    ],
)
def test_a_field_after_a_role_is_no_name_and_is_shown(note, field):
    from werkbord.privacy.suspects import find_suspects

    out = Scrubber(["huisarts"]).scrub(note).text
    assert out == note
    assert field in [s.text for s in find_suspects(note)]


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_a_name_after_a_role_still_goes():
    scrubber = Scrubber(["huisarts"])
    for note, name in [
        ("Consulent Bouwhuis belt morgen terug.", "Bouwhuis"),
        ("tante Klaproos helpt mee.", "Klaproos"),
    ]:
        assert name not in scrubber.scrub(note).text


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
@pytest.mark.parametrize(
    "note",
    [
        "Post van de gemeente legt hij ongeopend weg.",  # a short finite verb after a kind
        "Mannengroep wo-avond: 5 deelnemers, thema werk.",  # a weekday and a part of the day
        "Praatgroep za-middag gaat door, koffie staat klaar.",
    ],
)
def test_a_verb_or_a_time_after_a_kind_is_no_name(note):
    assert Scrubber(["huisarts"]).scrub(note).text == note
