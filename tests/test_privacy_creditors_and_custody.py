"""Organisations read from the frame they stand in (issue #22's thirteenth session): creditors in a list
of debts ("Schuldeisers: Vlonder, Kiezel en ..."), the issuer between a number's label and the number
("Huurdersnummer Zwaluw: H-0041"), and a place of custody or reception by its letters ("PI Zandbank",
"azc Molenwiek"). Made-up examples in shapes the development sets do not use; each test fails when its
rule is taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import gone
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


CREDITORS = [
    ("Schuldeisers: Lantaarn, Molenwiek Wonen en een boete van het CJIB.", ["Lantaarn", "Molenwiek Wonen"]),
    ("Overzicht van de schuldenlijst: Zwaluw € 412, Kiezel € 96,-; rest onbekend.", ["Zwaluw", "Kiezel"]),
    ("Mw. heeft 6 schuldeisers, waaronder Roerdomp (postorder) en de gemeente.", ["Roerdomp"]),
    ("Crediteuren in ring C: Incasso Vink & Meeuw, Stormvogel.", ["Vink & Meeuw", "Stormvogel"]),
    ("schuldeisers: zeester, trivoma en de belastingdienst", ["zeester", "trivoma"]),
]


@pytest.mark.parametrize(("text", "names"), CREDITORS)
def test_a_capitalised_item_in_a_list_of_creditors_is_an_organisation(lexicon, text, names):
    from werkbord.privacy.creditor_lists import creditor_lists

    assert spans(text, creditor_lists(text, lexicon)) == names


@pytest.mark.parametrize(("text", "names"), CREDITORS)
def test_the_harvest_replaces_the_creditors(scrubber, text, names):
    out = scrubber.scrub(text).text
    assert all(gone(name, out) for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Schulden: Geen.",
        "Schulden: Huur, Energie en Zorgverzekering lopen achter.",
        "Schuldeisers: Gemeente, Zorgverzekeraar, Woningcorporatie.",
        "Schulden: Belastingdienst, DUO en UWV.",
        "Schulden: Ja, maar onder controle.",
        "Schuldeisers: Bewindvoerder weet het.",
        "Schulden: huur € 650, gas € 120.",
        "schuldeisers: huur, energie, de bank en een webshop",
        "schuldeisers: postorderbedrijf, telefoonaanbieder en zorgverzekeraar",
        "schulden: zeester en trivoma",
    ],
)
def test_what_is_owed_a_public_body_or_a_kind_is_no_creditor_name(lexicon, text):
    from werkbord.privacy.creditor_lists import creditor_lists

    assert creditor_lists(text, lexicon) == []


NUMBERED = [
    ("Het klantnummer Kompas: 8812 staat op de brief.", "Kompas"),
    ("Huurdersnummer Vlonder: H-0044127/03; melding lekkage.", "Vlonder"),
    ("Pt. heeft een polisnummer Zwaluw 88123 maar weet niet waarvoor.", "Zwaluw"),
    ("Dossier Roeiboot DN-0038812 opgevraagd.", "Roeiboot"),
]


@pytest.mark.parametrize(("text", "name"), NUMBERED)
def test_the_issuer_between_a_label_and_its_number_is_an_organisation(lexicon, text, name):
    from werkbord.privacy.numbered_organisations import numbered_organisations

    assert spans(text, numbered_organisations(text, lexicon)) == [name]


@pytest.mark.parametrize(("text", "name"), NUMBERED)
def test_the_harvest_replaces_the_issuer(scrubber, text, name):
    assert gone(name, scrubber.scrub(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "Klantnummer UWV 7741-0932-K.",
        "polisnr. ZK 883.201.47 bij de verzekeraar",
        "pasnummer Stadspas 0038 1192 7735",
        "cliëntnr. Zorggroep 884-2170-K",
        "Zaaknummer Veilig Thuis VT-2025-114398",
        "Dossiernummer Januari 2024 kwijt.",
    ],
)
def test_a_public_body_a_kind_or_a_card_is_no_issuer_name(lexicon, text):
    from werkbord.privacy.numbered_organisations import numbered_organisations

    assert numbered_organisations(text, lexicon) == []


CUSTODY = [
    ("Zit in PI Zandbank, vrijlating in mei.", "Zandbank"),
    ("Gedetineerd in de penitentiaire inrichting Het Veen.", "Het Veen"),
    ("Jongen verblijft in JJI Kompas, verlof in de zomer.", "Kompas"),
    ("Woont nog op het AZC Vlonder met zijn moeder.", "Vlonder"),
]


@pytest.mark.parametrize(("text", "name"), CUSTODY)
def test_a_place_of_custody_or_reception_by_its_letters_then_its_name(lexicon, text, name):
    from werkbord.privacy.places import named_by_kind

    assert name in spans(text, named_by_kind(text, lexicon))


@pytest.mark.parametrize(("text", "name"), CUSTODY)
def test_the_harvest_replaces_the_place_of_custody(scrubber, text, name):
    assert gone(name, scrubber.scrub(text).text)


def test_the_letters_alone_or_before_a_quote_in_lower_case_stay(lexicon):
    from werkbord.privacy.places import named_by_kind

    for text in ('Hij noemt de PI "het hotel" en lacht.', "Partij: PI\nMicro-actie: medicatie", "in de PI in Vught"):
        assert named_by_kind(text, lexicon) == []


def test_a_letter_whose_lower_case_is_longer_does_not_shift_the_issuer(lexicon):
    from werkbord.privacy.numbered_organisations import numbered_organisations

    text = "İpek: klantnummer Kompas: 8812 staat er."
    assert spans(text, numbered_organisations(text, lexicon)) == ["Kompas"]
