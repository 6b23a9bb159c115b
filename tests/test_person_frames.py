"""Ages, initials and user names read by the frame around them
(:mod:`werkbord.privacy.person_frames`). Examples are made up for these tests, in shapes the
development sets do not use."""

from __future__ import annotations

import pytest

from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy.person_frames import person_frames


def found(text: str, persons: list[tuple[int, int]] = ()) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.tag) for f in person_frames(text, persons)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number in words alone in brackets after a person: an age
        ("Dhr. (zeventig) woont sinds kort alleen", [("zeventig", "leeftijd")]),
        ("kleindochter (vijf) logeert vaak", [("vijf", "leeftijd")]),
        ("Mevrouw (honderdtwee) krijgt bezoek van de burgemeester", [("honderdtwee", "leeftijd")]),
        ("[PERSOON-1] (elf) fietst zelf naar school", [("elf", "leeftijd")]),
        ("de groepen (acht) zijn vol", []),  # a count, no person before
        # glued to "jaar" or "jarig"
        ("een zestigjarige buurman helpt", [("zestigjarige", "leeftijd")]),
        ("hij is veertigjaar en werkloos", [("veertigjaar", "leeftijd")]),
        # siblings by their place, two or more of them
        ("twee zonen, oudste 19 en jongste 11", [("19", "leeftijd"), ("11", "leeftijd")]),
        ("de jongste 2 weken thuis", []),  # one sibling word, and weeks
        ("oudste 3 keer opgenomen, jongste 1 keer", []),  # counts
        # where someone is said to be an age
        ("De brand was in 1998; zij was vijf.", [("vijf", "leeftijd")]),
        ("toen hij zestien werd, ging hij op kamers", [("zestien", "leeftijd")]),
        ("ik was 9 en mijn broer 12", [("9", "leeftijd")]),
        ("hij was twee keer bij de huisarts", []),
        ("en werd zeventig op oudejaarsdag", [("zeventig", "leeftijd")]),  # no pronoun needed
        ("de zaal werd twee keer verbouwd", []),
        ("buurman is veertig-ish en werkloos", [("veertig-ish", "leeftijd")]),
        ("nichtje Noor van vijf logeert", [("vijf", "leeftijd"), ("Noor", "persoon")]),
        ("een kleinzoon pas van zes", [("zes", "leeftijd")]),  # a child word, a name, "van" and a small number
        ("ze was drie weken weg", []),
        # an initial beside a sex marker
        ("Cl. (m, R.) is nieuw op de afdeling", [("R.", "persoon")]),
        ("patiënte (v/ J.K.) belt", [("J.K.", "persoon")]),
        ("(m, 34) komt morgen", []),
        # initials in lower case opening a sentence or after a role word
        ("k. (16 jr) woont bij haar oma", [("k.", "persoon")]),
        ("Overleg: rb (vorige casemanager) belt terug", [("rb", "persoon")]),
        ("p.sj. slikt zijn medicatie niet", [("p.sj.", "persoon")]),
        ("de wijkagent (mr. kl) belde", [("kl", "persoon")]),
        ("buurman gw haalt de post", [("gw", "persoon")]),
        ("zie bijv. (pag. 3)", []),
        ("mw. gaat ca. 3 keer per week", []),
        ("met vriend tv gekeken", []),  # a participle after it: no initials
        ("dat is bij veel cliënten zo.", []),  # a word ending a sentence
        ("Piet o.a. belde", []),  # inside an abbreviation, no sentence opens
        ("spv (wijkteam) belt", []),  # an abbreviation of care
        # user names
        ("post als u/nachtuil_42 over de opname", [("u/nachtuil_42", "url")]),
        ("zijn handle: stormvogel9 deelt veel", [("stormvogel9", "url")]),
        ("gamet onder de naam Kaasschaaf", [("Kaasschaaf", "url")]),
        ("noemt zichzelf op tiktok dansmeisje", [("dansmeisje", "url")]),
        ("staat onder de naam van zijn vader", []),
        ("maand/jaar", []),
        ("slaapt 5 u/nacht, wil meer", []),  # hours a night
        ("gemiddeld u/dag twee", []),
    ],
)
def test_person_frames(text, expected):
    assert sorted(found(text)) == sorted(expected)


def test_an_initial_joined_to_a_person():
    text = "r. en [PERSOON-1], grootouders, komen mee"
    s = text.index("[")
    assert found(text, [(s, s + 11)]) == [("r.", "persoon")]
    assert found("vitamine d. en [PERSOON-1]", []) == []  # no person found there
    assert found("o.a. en [PERSOON-1] komen", [(9, 20)]) == []  # an abbreviation


def test_a_person_found_earlier_in_the_sentence():
    text = "Kleinzoon Bram, 'de Kleine' thuis, (zes) tekent graag"
    s = text.index("Bram")
    assert found(text, [(s, s + 4)]) == [("zes", "leeftijd")]
    assert found(text.replace("Bram", "Bram.")) == []  # no person known: a count?


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_in_the_pipeline():
    scrubber = Scrubber([])
    assert scrubber.scrub("Mw. (negentig) eet slecht").text == "Mw. ([LEEFTIJD-1]) eet slecht"
    out = scrubber.scrub("Ze schrijft op Reddit als u/grijzemuis_7, anoniem.").text
    assert "grijzemuis" not in out
