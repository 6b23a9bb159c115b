"""Organisations named with an ordinary word in lower case and no article, after a word of working,
treatment or debt ("werkzaam bij pelikaan tot ...", "begeleid door zonnebloem sinds ..."). Made-up
examples in shapes the development sets do not use; each test fails when the rule is taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import gone, untouched
from werkbord.privacy import deduce_available
from werkbord.privacy.found import Found


def spans(text: str, found: list[Found]) -> list[str]:
    return [text[f.start : f.end] for f in sorted(found, key=lambda f: f.start)]


@pytest.fixture(scope="module")
def scrubber():
    if not deduce_available():
        pytest.skip("deduce is a dependency")
    from werkbord.privacy import Scrubber

    return Scrubber(["huisarts"], progress=lambda m: None)


BARE = [
    ("Sinds januari vrijwilligster bij zeemeeuw in de keuken", "zeemeeuw"),
    ("Ingeschreven bij waterval als woningzoekende, nog 3 jaar", "waterval"),
    ("Polisnummer staat in het dossier, verzekerd bij klaverblad; eigen risico op", "klaverblad"),
    ("Wordt begeleid door zonnebloem sinds de zomer", "zonnebloem"),
    ("werkzaam bij pelikaan tot de reorganisatie van vorig jaar", "pelikaan"),
    ("Huur: achterstand bij wolkenkrabber sinds mei", "wolkenkrabber"),
    ("eerder 2x behandeld bij lampion (2019, 2021)", "lampion"),
    ("Buurman is trajectbegeleider bij wilgenkatje; hij kent haar", "wilgenkatje"),
    ("pt heeft 5 jaar gewerkt bij zilvermeeuw vlaggenmast, nu ziek", "zilvermeeuw vlaggenmast"),
    ("sinds 2019 in dienst bij kraanvogel als heftruckchauffeur", "kraanvogel"),
]


@pytest.mark.parametrize(("text", "name"), BARE)
def test_a_bare_word_after_working_treatment_or_debt_is_the_organisation(lexicon, text, name):
    from werkbord.privacy.bare_organisations import bare_organisations

    assert spans(text, bare_organisations(text, lexicon)) == [name]


@pytest.mark.parametrize(("text", "name"), BARE)
def test_the_harvest_replaces_it(scrubber, text, name):
    assert gone(name, scrubber.scrub(text).text)


def test_a_web_address_is_left_to_the_address_rule(lexicon):
    from werkbord.privacy.bare_organisations import bare_organisations

    assert bare_organisations("Aanmelding via www.voorbeeld-site.nl gedaan", lexicon) == []


@pytest.mark.parametrize(
    "text",
    [
        "Opname bij terugval, afspraak bij ontslag met de casemanager",
        "Mindfulness werkt goed bij stress en ook bij psychose",
        "Diagnostiek bij volwassene is anders dan bij kind",
        "Hij heeft schulden bij hem en bij haar, niet bij de bank",
        "Behandeld bij de huisarts, daarna bij de POH",
        "Contract via mail gestuurd, ondertekend door werkgever",
        "Casemanager bij twijfel bellen, huisarts bij koorts",
        "Werkt sinds kort bij familie, in hun winkel",
    ],
)
def test_idioms_persons_kinds_and_roles_stay(lexicon, scrubber, text):
    from werkbord.privacy.bare_organisations import bare_organisations

    assert bare_organisations(text, lexicon) == []
    untouched(scrubber, text)
