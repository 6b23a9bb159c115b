"""A compound of ordinary words after a bare "in" or "uit" (issue #22's ninth session): a place
only when its last word names places ("-kwartier", "-hoven", "-broek": a part of a town, or the
end of three towns' names); a thing made of words ("in terugvalplan", "in medicijnrollen") stays.
Every example is made up."""

from __future__ import annotations

import pytest

from privacy_checks import gone, untouched
from werkbord.privacy import Scrubber, deduce_available

needs_deduce = pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam", "FACT"], progress=lambda m: None)


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Afspraken staan in terugvalplan, versie van maart.",
        "Apotheker levert de clozapine voortaan in medicijnrollen.",
        "Zus genoemd in crisiskaartje als eerste om te bellen.",
        "Medicatie opgeschreven in weekschema, hangt op de koelkast.",
    ],
)
def test_a_thing_made_of_words_after_in_stays(scrubber, text):
    untouched(scrubber, text)


@needs_deduce
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("cl woont sinds kort in zwanenkwartier, alleen", "zwanenkwartier"),  # a part of a town
        ("moeder komt uit berkenhoven, ver weg", "berkenhoven"),  # the end of many towns' names
        ("broer werkt in ganzenbroek bij een boer", "ganzenbroek"),
    ],
)
def test_a_place_made_of_words_after_in_still_goes(scrubber, text, place):
    assert gone(place, scrubber.scrub(text).text)


# --- a number of years that counts something (years_of_things) ---------------------------------


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Het bedrijf van zijn vader: 3 jaar verlies, nu failliet.",
        "De vereniging viert het 40-jarig bestaan, pt. helpt mee.",
        "Terugval rond de 5-jarige herdenking van het ongeluk.",
        "Zwaar voor de tuinders: 2 jaar hagel, dan de energierekening.",
    ],
)
def test_years_of_a_thing_stay(scrubber, text):
    untouched(scrubber, text)


@needs_deduce
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Pt 47 jaar alleenstaand, geen kinderen.", "47"),  # an adjective of a person
        ("De 63-jarige weduwnaar woont alleen.", "63"),
        ("Hij is op 19-jarige leeftijd naar Nederland gekomen.", "19"),
        ("Mw. is 58 jaar en woont in een flat.", "58"),
        ("een 71 jaar oude man belde", "71"),
    ],
)
def test_an_age_beside_years_still_goes(scrubber, text, age):
    assert gone(age, scrubber.scrub(text).text)
