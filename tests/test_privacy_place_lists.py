"""Places in a list, a part of town after its town, a team named after its part of town, a district
joined to its compass point, a park in lower case (place_lists.py, district_frames.py, places.py,
lower_places.py). Every example is made up."""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce, untouched


@pytest.fixture(scope="module")
def scrubber():
    from werkbord.privacy import Scrubber

    return Scrubber(["huisarts", "wijkteam", "buurtteam", "buren"], progress=lambda m: None)


# --- a list of towns (place_lists.town_in_a_list) ----------------------------------------------------


@needs_deduce
@pytest.mark.parametrize(
    "text, towns",
    [
        ("Wierden en Holten hebben elk een eigen inloop.", ("Wierden", "Holten")),
        ("Rijssen of Holten, dat maakt voor de bus niet uit.", ("Rijssen", "Holten")),
    ],
)
def test_towns_that_read_as_words_in_a_list_of_towns_go(scrubber, text, towns):
    out = scrubber.scrub(text).text
    assert all(gone(t, out) for t in towns), out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Putten, zaaien en oogsten: zo gaat herstel.",  # a list of words, one of them a town
        "Beer en Leeuw zijn de kussens in de groepsruimte.",
    ],
)
def test_a_list_of_words_opening_a_note_stays(scrubber, text):
    untouched(scrubber, text)


# --- items beside a place found, a part of town after its town (place_lists) -----------------------


@needs_deduce
@pytest.mark.parametrize(
    "text, place",
    [
        ("Heidebroek, Nijkerk en Hoevelaken hebben een eigen team.", "Heidebroek"),  # an item before a town
        ("We zagen gezinnen uit Nijkerk, Hoevelaken en Kievitsweide.", "Kievitsweide"),  # one after it
        ("Ze woont in Zwolle, Vinkenweide.", "Vinkenweide"),  # a part of town after a comma
        ("Hij woont in Leiden (Lage Vliet) bij zijn oom.", "Lage"),  # two words in brackets
    ],
)
def test_a_place_beside_a_place_in_a_list_or_after_its_town_goes(scrubber, text, place):
    out = scrubber.scrub(text).text
    assert gone(place, out), out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Hij woont in Utrecht, Nederland.",  # a country after a town
        "Het gesprek was in Utrecht (Team Noord).",  # a unit in brackets
        "Ze woont in Zwolle, zegt ze.",  # lower case goes on with the sentence
    ],
)
def test_a_country_a_unit_or_a_word_beside_a_town_stays(scrubber, text):
    out = scrubber.scrub(text).text
    assert "Nederland" in out or "Team Noord" in out or "zegt ze" in out, out


# --- a team named after its part of town (places.py), a district with its compass point --------------


@needs_deduce
@pytest.mark.parametrize(
    "text, place",
    [
        ("Aangemeld bij het wijkteam Molenbroek, wachttijd zes weken.", "Molenbroek"),
        ("buurtteam Heksenwiel belt morgen terug", "Heksenwiel"),
        ("Het wijkteam Nieuw-Oost kent het gezin.", "Nieuw-Oost"),
    ],
)
def test_a_team_s_part_of_town_and_a_district_with_its_compass_point_go(scrubber, text, place):
    out = scrubber.scrub(text).text
    assert gone(place, out), out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Het wijkteam Jeugd belt morgen terug.",  # a word after the team
        "Overleg met Team-Zuid over de roosters.",  # a unit of the team's own organisation
        "De route Noord-Oost is afgesloten.",  # two compass words
    ],
)
def test_a_word_after_a_team_or_a_unit_with_a_compass_point_stays(scrubber, text):
    untouched(scrubber, text)


# --- a park of the street list in lower case (lower_places.lower_streets) ---------------------------


@needs_deduce
def test_a_listed_park_in_lower_case_goes_and_a_word_stays(scrubber):
    out = scrubber.scrub("slaapt soms in het beatrixpark, politie weet ervan").text
    assert gone("beatrixpark", out), out
    untouched(scrubber, "we wandelen elke week in het stadspark")
