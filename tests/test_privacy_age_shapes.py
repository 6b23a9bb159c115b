"""Issue #22's ninth round, ages by their class rather than by phrasing: a unit in English
("yrs"), "jaar oud", an age after "is inmiddels" or "is nu", an approximation by estimate
("geschat", "naar schatting"), a decade glued to "plus", a birthday whatever follows it, and
the ages in a table's leeftijd column. Written from made-up examples and the tuning half of
benchmarks/deid_age_shapes.py, never from a test set's notes; each test fails when its rule is
taken out. Clean counterparts in the same frames must stay: durations with a participle ("8j
gescheiden"), a club or a home for a group ("de 55+ soos"), numbers in a table's other columns.
"""

from __future__ import annotations

import re

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy.age_tables import table_ages
from werkbord.privacy.ages import find_ages, group_threshold, is_duration, number_value


def gone(word: str, out: str) -> bool:
    return re.search(r"(?<![\w\[-])" + re.escape(word) + r"(?![\w\]])", out) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # an English unit where a Dutch one stands: beside a person, in brackets, between commas
        ("Intake: man 44 yrs, sleeps badly", "44"),
        ("Her uncle (58 yrs.) drives her to the clinic", "58"),
        ("Neighbour, 71 yr, lives upstairs", "71"),
        # "is inmiddels" / "is nu" and a unit: a person's age, not how long something lasts
        ("Zijn opa is inmiddels 96 jr en rijdt nog auto", "96"),
        ("Schoonzus is nu 39j. en zoekt werk", "39"),
        ("De overbuurman is intussen drieënnegentig jr. en eenzaam", "drieënnegentig"),
        # "jaar oud" is an age, whatever comes before it
        ("Tante is inmiddels vijfenzestig jaar oud en vergeetachtig", "vijfenzestig"),
        ("Haar vriend, zo'n 27 jaar oud, helpt met verhuizen", "27"),
        # an approximation before a unit, in brackets or between commas after a person
        ("Schoonmoeder (ongeveer 77 jaar) past op de kinderen", "77"),
        ("Aanmelding: jongeman, circa 23 jr., dakloos", "23"),
        # an estimate is an approximation too
        ("Neef (naar schatting 35) slaapt op de bank", "35"),
        ("De onbekende man, vermoedelijk 50, stond voor de deur", "50"),
        ("Buurvrouw is geschat 68 en loopt slecht", "68"),
        # a decade glued to "plus"
        ("Opa (80plus) woont nog thuis", "80"),
        ("Haar tante is 70plus en rijdt niet meer", "70"),
        # "half" before a decade is an age, no clock time ("om half tien" stays)
        ("Aanmelding: vrouw, half vijftig, twee banen", "vijftig"),
        # a decade with "iets" for its tail
        ("Haar nieuwe vriend, dertig-iets, rijdt op een scooter", "dertig"),
        ("Zwager is veertigiets en werkloos", "veertigiets"),
        # "nu" opening a clause whose subject is the person of the sentence before
        ("Pte. kwam in 2015 uit Syrië; nu 31 en zoekt werk", "31"),
        ("Is vroeger gepest, nu ruim 50 en nog steeds schuw", "50"),
        # a child's small age in words, in brackets after a child word, in English too
        ("Little Kofi (her grandson, four) stays with them", "four"),
        ("Er is ook een kleinkind (kleindochter, drie) in huis", "drie"),
        # an age in quotes after a verb of being: someone's own words
        ('Buurman is "rond de 60" zegt hij zelf', "60"),
        ("De stagiair is 'bijna 19' volgens haar moeder", "19"),
        # number words written with hyphens
        ("Zwager (vier-en-dertig) woont in bij haar", "vier-en-dertig"),
        ("Nicht is drie-en-veertig jaar en werkt in de zorg", "drie-en-veertig"),
        # an age in the first person, in someone's own words
        ('Ze vertelt "ik was pas acht toen mama wegging"', "acht"),
        # "was toen N": an age at an event
        ("Het ongeluk gebeurde, zij was toen negen.", "negen"),
        # a label before an age in words
        ("Gegevens kind: Leeftijd vijf. Groep 2.", "vijf"),
        # a child word, then a small age in words before a verb or a unit
        ("Moeder belt: dochter tien huilt veel 's nachts", "tien"),
        ("Gezin met kind zes jaar, vader werkt in ploegen", "zes"),
        # a capitalised name, then the age between dashes
        ("Gerdien - 52 - helpt met koken", "52"),
        # a birthday: the time of it says an age, whatever follows
        ("Nadat haar vader werd in april 79 ging het mis", "79"),
        ("Toen zijn broer vorige maand 41 werd was er ruzie", "41"),
    ],
)
@needs_deduce
def test_an_age_by_its_class_is_replaced(scrubber, text, age):
    out = scrubber.scrub(text).text
    assert gone(age, out), (text, out)


@pytest.mark.parametrize(
    "text",
    [
        "Pt. is 6j gescheiden en woont alleen.",  # a participle after the unit: how long
        "Buurman is inmiddels 4 jaar verhuisd naar de flat.",
        "Zijn vader is nu 3 jr overleden, rouw speelt.",
        "De wachtlijst is inmiddels 2 jaar.",  # a thing, no person
        "De wachtlijst is nu 2 jaar.",
        "Veel vrouwen van 60+ komen naar de inloop.",  # a plural of people: a group
        "Mijn verhaal: 7 jaar ziek, 3 jaar depressief, nu 2 jaar hersteld.",  # how long, in a list
        "Ik ben 4 kilo aangekomen.",  # a count after "ik ben"
        "Ik was toen 3 keer opgenomen.",
        "Kind zes keer gebeld, niemand thuis.",
        "Bij de 25-jarige viering van de vereniging was hij er niet.",  # an event's years
        "De 12-jarige vriendschap met de buurman is voorbij.",
        "Na de 3-jarige begeleiding stopt de jobcoach.",
        "Mw. is nu 3 jaar weduwe.",  # a state that lasts, not how old she is
        "Zij is nu 5 jaar mantelzorger voor haar man.",
        "Oma gaat naar de 55+ soos op dinsdag.",  # a club for a group
        "Ze wonen in een 50+ woning aan de rand.",
        "Opa wil naar de 65plus-middag in het buurthuis.",
        "Vrijwilligers 70-plus zijn welkom bij de inloop.",  # a plural of people: a group
        "Voor bewoners 80+ komt er een extra avond.",
        "Cliënt zegt: al 9 jr clean, 30 jaar bij de gemeente.",
        "Behandeling (ongeveer 2 jaar) is bijna klaar.",  # an approximate duration in brackets
        "Afspraak om half tien, daarna om half elf de groep.",  # clock times
        "Het was drie uur toen de crisisdienst kwam.",  # a time, no age
        "Wachtlijst: nu 40 en groeit nog.",  # a count, no person
        "Toen het 12 was werd het stil op de afdeling.",
    ],
)
@needs_deduce
def test_clean_look_alikes_in_the_same_frames_stay(scrubber, text):
    assert scrubber.scrub(text).text == text


def test_jaar_oud_is_never_a_duration():
    text = "Hij is inmiddels 12 jaar oud"
    i = text.index("12")
    assert not is_duration(text, i, i + 2)


def test_a_threshold_before_a_thing_is_a_group_and_before_a_person_an_age():
    for text in ("de 55+ soos", "een 60+ woning", "het 50+ koor"):
        i = text.index("+") - 2
        assert group_threshold(text, i, i + 2), text
    for text in ("een 60+ vrouw belde", "de 80+ buurman valt vaak"):
        i = text.index("+") - 2
        assert not group_threshold(text, i, i + 2), text


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("naam | lft | relatie\nTineke | 47 | zus\nGert | ca. 50 | zwager", ["47", "50"]),
        ("| Wie | Leeftijd | Woont |\n|---|---|---|\n| Bertus | 83 jr | Zwolle |", ["83"]),
        ("gezin;leeftijd;school\nzoon;9;groep 6\ndochter;zeventien;havo", ["9", "zeventien"]),
        ("Kind\tLeeftijd\nNoortje\t4\nJip\t7", ["4", "7"]),
        ("Age | Name\n34 | Sam", ["34"]),
    ],
)
def test_ages_in_a_tables_leeftijd_column(text, ages):
    assert [text[f.start : f.end] for f in table_ages(text, number_value)] == ages
    assert {text[f.start : f.end] for f in find_ages(text)} >= set(ages)


@pytest.mark.parametrize(
    "text",
    [
        "naam | sessies | rol\nTineke | 12 | zus",  # no leeftijd column
        "wat | aantal | leeftijd\ngesprekken | 6 | volwassenen",  # the leeftijd cell holds no number
        "Leeftijd speelt mee: 4 | 7 kansen",  # no table
        "lft | score\n45 | 12\n\nKamer | 3",  # a later table without the header
    ],
)
def test_numbers_outside_a_leeftijd_column_stay(text):
    found = [text[f.start : f.end] for f in table_ages(text, number_value)]
    assert "12" not in found and "6" not in found and "7" not in found and "3" not in found
