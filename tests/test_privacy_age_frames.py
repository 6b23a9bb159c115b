"""Issue #22's tenth round, ages in frames the earlier rules did not read (privacy/age_frames.py):
a unit other than "jaar" ("lentes", "jaartjes", Frisian "jier", German "Jahre", "años", "yaşında"),
a sex sign or a dotted sex letter beside the number ("58♂", "v.63"), an age as an attribute ("de 81
jaar oude overbuurvrouw"), a role, a dash and an age in brackets ("(tante – 70)"). And their clean
look-alikes: a thing's age or a length before a noun ("een 4 jaar oude scooter", "een 5-jarig
leerwerktraject"), an ordinal that counts the noun after it ("haar 9e opname"). Every example is
made up for these tests (not copied from a test set or from the probe); each test fails when its
rule is taken out.
"""

from __future__ import annotations

import re

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy.age_frames import counted_ordinal, frame_ages, person_attribute, thing_age


def gone(word: str, out: str) -> bool:
    return re.search(r"(?<![\w\[-])" + re.escape(word) + r"(?![\w\]])", out) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a unit that says old whatever stands before it
        ("Schoonvader telt 91 lentes en fietst nog", "91"),
        ("Buurjongen (17 jaartjes oud) helpt met de tuin", "17"),
        ("De weduwnaar is drieënzeventig jaren oud en alleen", "drieënzeventig"),
        # the word for years in a language the note borrows, where the age stands alone
        ("Pake is 88 jier âld en wennet yn Drachten", "88"),
        ("Omke, 67 jier, komt op snein", "67"),
        ("Nachbarin (74 Jahre) ruft oft an", "74"),
        ("Abuela de 79 años; vive sola", "79"),
        ("Teyze 62 yaşında, şekerli", "62"),
        ("Sąsiadka ma 58 lat, mieszka sama", "58"),
        ("Stepson, 15 years of age, stays weekends", "15"),
    ],
)
def test_an_age_with_another_unit_is_found(text, age):
    assert any(text[f.start : f.end] == age for f in frame_ages(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ze wonen al 20 Jahre in Emden en komen terug",  # how long, not how old
        "Hij is al 10 lat in Nederland",
        "Mw. rookt al 30 jaartjes niet",
    ],
)
def test_a_duration_in_another_unit_is_no_age(text):
    assert frame_ages(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Intake 58♂, angst, werkloos", "58"),
        ("Cel 4: 23 ♀ huilt, arts gebeld", "23"),
        ("Casus v.63, mantelzorger van haar man", "63"),
        ("Nieuw: M.19, eerste psychose", "19"),
        ("Overdracht:\n41 v. slaapt slecht\n77 m., delier", "41"),
        ("Overdracht:\n41 v. slaapt slecht\n77 m., delier", "77"),
    ],
)
def test_a_sex_sign_or_dotted_letter_beside_the_number_is_an_age(text, age):
    assert any(text[f.start : f.end] == age for f in frame_ages(text))


def test_metres_after_a_verb_are_no_age():
    assert frame_ages("Hij loopt 50 m. verder dan vorige week") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Zorg om de 81 jaar oude overbuurvrouw", "81"),
        ("Hij woont bij zijn zesenzeventig jaar oude stiefvader", "zesenzeventig"),
        ("Melding over een 34 jr. oude man die zwerft", "34"),
    ],
)
def test_an_age_as_the_attribute_of_a_person_is_found(text, age):
    assert any(text[f.start : f.end] == age for f in frame_ages(text))
    start = text.index(age)
    assert person_attribute(text, start, start + len(age))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hij rijdt op een 4 jaar oude scooter", "4"),
        ("Ze begint aan een 5-jarig leerwerktraject", "5"),
        ("De 3-jarige huurovereenkomst loopt af", "3"),
        ("Het 12-jarig bestaan van de inloop", "12"),
        ("Een 6 jaar oude diagnose wordt herzien", "6"),
    ],
)
def test_the_age_or_length_of_a_thing_is_no_ones_age(text, number):
    start = text.index(number)
    assert thing_age(text, start, start + len(number))
    assert not frame_ages(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Een 8-jarig meisje speelt buiten", "8"),
        ("de 12-jarige Sanne woont bij oma", "12"),
        ("de 12-jarige woont bij oma", "12"),
        ("eerste paniekaanval op 23-jarige leeftijd", "23"),  # "leeftijd" is no thing
        ("Mw. is veertigjaar oud volgens haar zus", "veertig"),  # "oud" ends the clause: no noun after it
        ("Een 27 jaar oude afghaan meldt zich", "27"),  # a people in lower case is a person
    ],
)
def test_a_child_before_or_after_jarig_keeps_its_age(text, number):
    start = text.index(number)
    assert not thing_age(text, start, start + len(number))


@pytest.mark.parametrize(
    ("text", "number", "counted"),
    [
        ("Zij is aan haar 9e opname toe", "9", True),
        ("Op zijn 31ste sessie kwam hij niet", "31", True),
        ("Het was haar twaalfde poging", "twaalfde", True),
        ("Sinds zijn 15e blowt hij dagelijks", "15", False),
        ("Op haar 40ste verjaardag kwam niemand", "40", False),
        ("In zijn 18e levensjaar vertrok hij", "18", False),
        ("Ze overleed in haar 91e jaar", "91", False),  # "jaar" after an ordinal is a year of life
    ],
)
def test_an_ordinal_before_the_noun_it_counts_is_no_age(text, number, counted):
    start = text.index(number)
    assert counted_ordinal(text, start, start + len(number)) is counted


@pytest.mark.parametrize(
    ("text", "age"), [("Kind van de buren (zusje – 9) logeert hier", "9"), ("(opa - 84 jr)", "84")]
)
def test_a_role_a_dash_and_an_age_in_brackets(text, age):
    assert any(text[f.start : f.end] == age for f in frame_ages(text))


def test_a_dash_between_other_words_in_brackets_is_no_age():
    assert frame_ages("Gesprek (stap - 2) ging goed") == []


@needs_deduce
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Zorg om de 81 jaar oude overbuurvrouw", "81"),
        ("Pake is 88 jier âld en wennet allinne", "88"),
        ("Intake 58♂, angst, werkloos", "58"),
    ],
)
def test_the_scrubber_removes_the_new_frames(scrubber, text, age):
    assert gone(age, scrubber.scrub(text).text)


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Hij rijdt op een 4 jaar oude scooter.",
        "Ze begint aan een 5-jarig leerwerktraject.",
        "Zij is aan haar 9e opname toe.",
        "Op zijn 31ste sessie kwam hij niet.",
    ],
)
def test_the_scrubber_leaves_the_clean_look_alikes(scrubber, text):
    assert scrubber.scrub(text).text == text


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # several ages in brackets after people named or called by a person word
        ("Neefje en nichtje Bakker (5 en 8) logeren vaak", ["5", "8"]),
        ("Timo en Lotte (3, 6 en 9) wonen bij vader", ["3", "6", "9"]),
        # a person word, a word the rules did not know or "zelf", then the age in brackets
        ("kleinzoon bram-jan (16) rijdt brommer", ["16"]),
        ("Cliënte zelf (29) wil geen contact", ["29"]),
        # a word of age, then the number in brackets
        ("De buurman is veel ouder (78).", ["78"]),
        # someone's own or official word on an age
        ("Man, schat zichzelf 55, geen papieren", ["55"]),
        ("Zegt 35 te zijn, in werkelijkheid 41.", ["41"]),
        # Frisian number words
        ("Us mem is tachtich en wennet allinne", ["tachtich"]),
        ("Omke is trijeenfyftich, wurket op it lân", ["trijeenfyftich"]),
        ("Har soan fan fyftjin jier", ["fyftjin"]),
    ],
)
def test_ages_in_more_frames(text, ages):
    assert [text[f.start : f.end] for f in frame_ages(text)] == ages


@pytest.mark.parametrize(
    "text",
    [
        "Sessies (3 en 5) zijn gemist",  # counted things, no person before
        "Stap 1 (3) is klaar",
        "Huisarts Jansen (3) stemmen",
        "Zegt 20 euro kwijt te zijn",  # a noun after the number: an amount
        "Score op papier 12/40",
        "It is tsien oer fjouweren",  # a time in Frisian, no number word of an age
    ],
)
def test_their_look_alikes_stay(text):
    assert frame_ages(text) == []


@pytest.mark.parametrize(
    ("text", "persons", "ages"),
    [
        # an age after its subordinate clause's subject, the verb of being last
        ("Ze werd gepest vanaf dat ze zeven was.", [], ["zeven"]),
        ("Hij kreeg een voogd nadat hij 15 werd", [], ["15"]),
        ("Ze mag pas weg zodra ze achttien jaar is", [], ["achttien"]),
        # an official source or someone's own word, also in quotes and rounded
        ("Leeftijd onbekend; volgens zijn paspoort 38.", [], ["38"]),
        ("Ze zegt zelf 'ruim 40' te zijn", [], ["40"]),
        # a sex in brackets, a verb of being and the age
        ("cliënt (v) is nu ongeveer 70 en woont alleen", [], ["70"]),
        # an age with its unit between commas after someone named, or after a person word alone
        ("Jamila, de oudste thuis, negen jaar, zorgt voor de baby", [(0, 6)], ["negen"]),
        ("Kleinzoon, 14 jaar, gamet 's nachts", [], ["14"]),
    ],
)
def test_ages_in_clauses_sources_and_lists(text, persons, ages):
    assert [text[f.start : f.end] for f in frame_ages(text, persons)] == ages


@pytest.mark.parametrize(
    "text",
    [
        "Ze sliep slecht toen ze 3 weken opgenomen was",  # a noun after the number
        "Hij belde omdat het 12 uur is",
        "Score volgens PHQ 18.",  # a questionnaire, in a note that says nothing of an age
        "Schuldhulp, 3 jaar, loopt nog",
        "Relatie met vriend, 3 jaar, samenwonend",  # more than a person word before the comma
    ],
)
def test_their_counts_stay(text):
    assert frame_ages(text) == []
