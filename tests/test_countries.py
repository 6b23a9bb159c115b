"""A country by its name (issue #22): where someone's family lives or comes from identifies no
one on its own, so a country stays (``data/countries.txt``, from the CLDR); a first name that is
also a country stays a name, and a small territory that points to a community stays a place.
Every example is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacy_checks import gone, untouched
from werkbord.privacy import Scrubber, deduce_available

needs_deduce = pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam", "FACT", "buren"], progress=lambda m: None)


def _listed() -> set[str]:
    from werkbord.privacy import lexicon

    path = Path(lexicon.__file__).parent / "data" / "countries.txt"
    return {w for line in path.read_text("utf-8").splitlines() if not line.startswith("#") for w in line.split()}


def test_the_countries_list_names_its_source_and_hides_no_listed_name():
    from werkbord.privacy import lexicon
    from werkbord.privacy.words import COUNTRIES

    path = Path(lexicon.__file__).parent / "data" / "countries.txt"
    head = "\n".join(line for line in path.read_text("utf-8").splitlines() if line.startswith("#"))
    assert "CLDR" in head and "licence" in head
    assert {"mozambique", "kirgizië", "zuid-soedan", "paraguay", "bangladesh", "polen"} <= COUNTRIES
    assert not _listed() & (lexicon.first_names() | lexicon.surnames())  # "Jordan", "Georgia" stay names


def test_small_territories_and_the_kingdoms_islands_are_not_on_the_list():
    # naming one points to a small community: they stay places
    assert not {"sint-maarten", "saint-martin", "tokelau", "anguilla", "pseudo-accenten"} & _listed()


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Moeder wil terug naar Mozambique, zegt de zoon.",
        "Oom en tante in Kirgizië weten van niets.",
        "Pt. stuurt elke maand geld naar familie in Zuid-Soedan.",
        "Broer woont in Paraguay sinds vorig jaar.",
        "Vader belt wekelijks met zijn zus in Bangladesh.",
        "Grootouders in Nicaragua → C (alleen via WhatsApp)",
    ],
)
def test_a_country_by_its_name_stays(scrubber, text):
    untouched(scrubber, text)


@needs_deduce
def test_a_first_name_that_is_a_country_stays_a_name(scrubber):
    assert gone("Jordan", scrubber.scrub("Jordan belde om 10 uur, hij komt morgen.").text)
