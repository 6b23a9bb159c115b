"""Issue #22's seventh round, organisations in shapes the rules had not read: listed names written in
lower case (also of more words and compounds of words), kinds the lists lacked. Made-up examples of
each class, not a test set's notes; each test fails when its rule is taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy.found import Found


def spans(text: str, found: list[Found]) -> list[str]:
    return [text[f.start : f.end] for f in sorted(found, key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a listed name of more words, in lower case, where an organisation stands
        ("zoon werkt al jaren bij tata steel, ploegendienst", ["tata steel"]),
        ("brief gestuurd naar pro persona over de wachttijd", ["pro persona"]),
        ("slaapt soms bij het leger des heils", ["leger des heils"]),
        # a listed name that is a compound of words, with its context, also in a note with capitals
        ("Huurachterstand bij woonbron, deurwaarder ingeschakeld", ["woonbron"]),
        ("Begeleider Sem (woonbron, rotterdam) belde", ["woonbron"]),
        # a listed name that is also a word, right after where an organisation stands
        ("Overdracht van parnassia naar de POH liep mis", ["parnassia"]),
        ("Werkt 's avonds bij jumbo, vakkenvuller", ["jumbo"]),
        ("pt werkt 's avonds bij de jumbo, vakkenvuller", ["jumbo"]),  # with "de" in a note all in lower case
    ],
)
def test_listed_names_in_lower_case_are_found(lexicon, text, names):
    from werkbord.privacy.organisations import organisations

    assert spans(text, organisations(text, lexicon)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Hij wachtte bij het portaal beneden, Anja deed niet open",  # a hallway, in a note with capitals
        "Pt weer gezien bij de action, zegt de zus",  # a word with an article, in a note with capitals
        "Ze gaat met de trein naar de kust",
        "Zoon en dochter zilveren medaille bij de zwemclub",
    ],
)
def test_words_where_no_organisation_stands_stay(lexicon, text):
    from werkbord.privacy.organisations import organisations

    assert organisations(text, lexicon) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # kinds the kind list lacked: a migrants' housing provider, a court, a helpline
        ("Woont via huisvester Dakhuis in een chalet", "Dakhuis"),
        ("Zitting bij rechtbank Oost-Brabant volgende week", "Oost-Brabant"),
        ("Kamer geregeld via Bedstee (huisvester voor seizoenswerkers)", "Bedstee"),
        ("Belt 's nachts de hulplijn Nachtuil", "Nachtuil"),
    ],
)
def test_kinds_the_lists_lacked_name_an_organisation(lexicon, text, name):
    from werkbord.privacy.named_organisations import named_organisations

    assert name in spans(text, named_organisations(text, lexicon, []))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Client works at Vandermolen Logistics in Tilburg, night shifts", ["Vandermolen Logistics"]),
        ("She studies at the University of Twente, second year", ["University of Twente"]),
        ("first year at Saxion, lives with two flatmates", ["Saxion"]),
        ("his son is at KSB (primary school) since May", ["KSB"]),
        ("wife had an internship with Deltares. Now unemployed.", ["Deltares"]),
    ],
)
def test_organisations_in_english_sentences_are_found(text, names):
    from werkbord.privacy.english_organisations import english_organisations

    assert spans(text, english_organisations(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "We met at Christmas, he works at home now",
        "Seen at the GP on Monday, works for a Dutch firm",
        "She studies at night and works at the ER",
        "Called the FACT team at ten",
    ],
)
def test_english_sentences_without_an_organisation_stay(text):
    from werkbord.privacy.english_organisations import english_organisations

    assert english_organisations(text) == []


# --- organisations named with an ordinary word in lower case, read by what is done with them --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cl. is aangemeld bij de boei, wachttijd 6 weken", "boei"),
        ("Aangemeld bij het anker voor beschermd wonen", "anker"),
        ("is in behandeling bij de linde sinds maart", "linde"),
        ("verwezen naar de horizon, intake volgende week", "horizon"),
        ("begeleiding vanuit de schakel stopt per 1 mei", "schakel"),
        ("Opname in de boog, daarna terug naar huis", "boog"),
        ("kerk: de rank, dominee komt langs", "rank"),
    ],
)
def test_an_organisation_after_a_verb_of_registering_or_treating_is_replaced(lexicon, text, name):
    from werkbord.privacy.org_frames import organisation_objects

    assert spans(text, organisation_objects(text, lexicon)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("baxterrol loopt via de brug, elke week", "brug"),
        ("dochter zit op de wegwijzer in groep 5", "wegwijzer"),
        ("werkt 3 dagen bij de spil in de keuken", "spil"),
        ("voetbalt bij de zwaluwen op zaterdag", "zwaluwen"),
        ("jobcoach van de opstap belde", "opstap"),
    ],
)
def test_the_same_frame_after_a_looser_verb_is_shown_not_replaced(lexicon, text, name):
    from werkbord.privacy.org_frames import object_frames, organisation_objects

    assert [text[s:e] for s, e in object_frames(text, lexicon)] == [name]
    assert organisation_objects(text, lexicon) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cl. is aangemeld bij de huisarts, wachttijd 6 weken",
        "is in behandeling bij de psychiater sinds maart",
        "verwezen naar de dagbehandeling, intake volgende week",
        "overgedragen aan de thuiszorg voor de nazorg",
        "Opname in de kliniek, daarna terug naar huis",
        "begeleid naar de rechtszitting door de casemanager",
        "zit op de bank en kijkt tv",
        "zoon zit op het vmbo",
        "loopt bij de rivier om rustig te worden",
        "Opgenomen in het signaleringsplan als helpende activiteit",
        "kerk: de zondag is zwaar",
    ],
)
def test_kinds_roles_services_and_everyday_things_are_no_name_there(lexicon, text):
    from werkbord.privacy.org_frames import object_frames, organisation_objects

    assert organisation_objects(text, lexicon) == [] and object_frames(text, lexicon) == []


@needs_deduce
def test_the_review_step_shows_the_looser_frame():
    from werkbord.privacy.suspects import find_suspects

    found = find_suspects("dochter zit op de wegwijzer in groep 5", protected=frozenset())
    assert "wegwijzer" in [s.text for s in found]
