"""Issue #22's fifth round of ages (privacy/age_phrases.py and one adverb in privacy/ages.py): a trade
then an age alone in brackets, a baby's weeks or months, a child's rounded age in brackets, half years
in words, the age a birthday brings, English frames, and "is zelf 17". And the look-alikes in the same
positions that stay. Every example is made up for these tests (not copied from a test set or from the
probe); each test fails when its rule is taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce, untouched
from werkbord.privacy.age_phrases import phrase_ages


def ages_in(text: str, persons: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[f.start : f.end] for f in phrase_ages(text, persons or [])]


def name_span(text: str, name: str) -> list[tuple[int, int]]:
    start = text.index(name)
    return [(start, start + len(name))]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a trade by its ending, opening a sentence or after an article, an age alone in brackets
        ("Stratenmaker (48) uit het dorp kan niet meer slapen.", ["48"]),
        ("Aanmelding: een maaltijdbezorger (19) met schulden.", ["19"]),
        ("Schoonmaakster (ongeveer 61) bij een hotel, rugklachten.", ["61"]),
        ("Overleg. Zwemleraar (36) in opspraak.", ["36"]),
        # a baby's weeks or months, in words the unit goes with the number
        ("De baby is zes weken oud.", ["zes weken"]),
        ("Zoontje (vijf maanden) huilt veel.", ["vijf maanden"]),
        # half years in words after someone
        ("Kind van tweeënhalf, praat nog niet.", ["tweeënhalf"]),
        ("De leerling is zestienenhalf en rijdt scooter.", ["zestienenhalf"]),
        # the age a birthday brings
        ("Zusje is jarig op 2 mei en wordt drie.", ["drie"]),
        ("Jarig op 4 juni: vijf jaar, feestje op de opvang.", ["vijf"]),
        # English
        ("Boy of ten with school refusal.", ["ten"]),
        ("Their son, aged nine, bites at school.", ["nine"]),
        ("He is turning twelve next month.", ["twelve"]),
    ],
)
def test_ages_in_the_fifth_rounds_phrasings_are_found(text, ages):
    assert ages_in(text) == ages


def test_an_age_beside_a_name_is_found_where_the_name_was_found_before():
    text = "Baby Mila, 5 maanden, drinkt slecht."
    assert ages_in(text, name_span(text, "Mila")) == ["5"]
    assert ages_in(text) == []  # without the name, "Baby Mila" is read by nothing here
    text = "Jonas (bijna zes) wil niet naar school."
    assert ages_in(text, name_span(text, "Jonas")) == ["zes"]
    assert ages_in("Dochter (ruim drie) slaapt slecht.") == ["drie"]


@pytest.mark.parametrize(
    "text",
    [
        "Kamer (12) is vrij.",  # a thing, and too short for a trade
        "Computer (32) kapot, nieuwe besteld.",  # a thing of that shape
        "Trainer (20) gezocht voor de groep.",  # a team's role: hours or votes
        "Bezorger (23) en monteur (31) genoemd.",  # a tally: more than one bracketed number
        "De wachtlijst (45) groeit.",  # no agent noun
        "Wachttijd, 5 maanden, te lang.",  # no one before the months
        "Het dossier is twee weken oud.",  # a thing is old
        "Traject van tweeënhalf jaar afgerond.",  # a unit after the half years: a duration
        "Hij is tweeënhalf uur bezig geweest.",
        "De afdeling is jarig en wordt 25.",  # an anniversary
        "Hij is jarig en wordt een dagje ouder.",  # no number
        "A group of ten people attended.",
        "We met at ten; the group turned ten this year.",  # a group's anniversary
        "She turned 3 pages.",
    ],
)
def test_look_alikes_in_the_same_phrasings_stay(text):
    assert ages_in(text) == []


@needs_deduce
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Hij is zelf 17 en zit in de examenklas.", "17"),  # "zelf" between the verb and the age
        ("Broer is zelf ook 40.", "40"),
        ("Tegelzetter (37) uit Zutphen stopte met zijn medicatie.", "37"),
        ("Moeder met Yara, 8 maanden: groeit goed.", "8"),
    ],
)
def test_the_scrubber_replaces_these_ages(scrubber, text, age):
    assert gone(age, scrubber.scrub(text).text)


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Ze is ook 3 keer gebeld over de afspraak.",
        "Hij is dan 2 weken weg met vakantie.",
        "Het project loopt, 5 maanden, dan evaluatie.",
    ],
)
def test_the_scrubber_leaves_these_numbers(scrubber, text):
    untouched(scrubber, text)


# --- the sixth round: a baby's weeks or months after a verb of being, a corrected age, "van" ------


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Dochtertje is nu elf weken en drinkt goed.", ["elf weken"]),  # a verb of being after a child word
        ("De tweeling is 3 maanden, moeder slaapt niet.", ["3"]),
        ("Meisjes waren toen 5 maanden.", ["5"]),  # a plural child word
        ("De pasgeborene? Het kindje was toen negen dagen oud.", ["negen dagen"]),  # days only with "oud"
        ("Zoontje (vader spelt het anders) is acht maanden; goed contact.", ["acht maanden"]),  # past an aside
        ("Nu 4 maanden, gecorrigeerd 2 maanden, groeit.", ["2", "4"]),  # a corrected age, and what it corrects
        ("Tien weken, gecorrigeerd zes; de fysio komt.", ["zes", "Tien weken"]),
        ("Zag een baby van drie maanden met reflux.", ["drie maanden"]),  # a child word, "van", in words
    ],
)
def test_a_babys_weeks_or_months_are_found(text, ages):
    assert sorted(ages_in(text)) == sorted(ages)


def test_a_babys_weeks_after_a_name_found_before():
    text = "Kleine Noor is zeven weken en huilt veel."
    assert ages_in(text, name_span(text, "Noor")) == ["zeven weken"]


@pytest.mark.parametrize(
    "text",
    [
        "Zoontje is 3 weken ziek geweest.",  # the clause goes on: a duration
        "Dochter is twee weken op kamp.",
        "De wachttijd is 12 weken.",  # no child
        "Moeder is nu 5 maanden clean.",
        "Het kind is drie dagen bij oma.",  # days without "oud"
        "De zwangerschap is 30 weken, gecorrigeerd voor de termijn.",  # no number after "gecorrigeerd"
        "Score gecorrigeerd 12 punten.",  # no weeks or months
        "Het kind van drie maanden geleden is verhuisd.",  # a time, not an age
    ],
)
def test_weeks_and_months_that_are_no_babys_age_stay(text):
    assert ages_in(text) == []


def test_a_groups_range_after_a_plural_is_no_age():
    from werkbord.privacy.ages import find_ages

    text = "De zorg valt op de kleinkinderen van 14-19."
    assert [text[f.start : f.end] for f in find_ages(text)] == []
    text = "De kleinkinderen van 14 en 19 helpen mee."  # two ages, no range
    assert [text[f.start : f.end] for f in find_ages(text)] == ["14", "19"]
