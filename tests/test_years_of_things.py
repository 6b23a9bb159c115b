"""A number of years that counts a thing is no age (issue #22, :mod:`werkbord.privacy.years_of_things`):
"N jaar" then the noun of what lasted, "N-jarig(e)" then a thing; someone's age beside it still
goes. Every example is made up."""

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
        "Het bedrijf van zijn vader: 3 jaar verlies, nu failliet.",
        "De vereniging viert het 40-jarig bestaan, pt. helpt mee.",
        "Terugval rond de 5-jarige herdenking van het ongeluk.",
        "Zwaar voor de tuinders: 2 jaar hagel, dan de energierekening.",
        "Na 12 jaar wachtlijst eindelijk een woning, maar pt. durft niet te verhuizen.",
        "Het 60-jarig huwelijksfeest van opa en oma gaf veel onrust.",
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
        ("Mw. 45 jaar psychose in de voorgeschiedenis, nu stabiel.", "45"),  # a title before it
        ("Zoon 14 jaar voetbal en gamen, verder weinig.", "14"),  # a person word before it
    ],
)
def test_an_age_beside_years_still_goes(scrubber, text, age):
    assert gone(age, scrubber.scrub(text).text)
