"""Issue #22's seventh round of ages, from made-up notes in the voices of old-age psychiatry, youth
care, perinatal care and migrant families (never a test set's notes): a baby's weeks or months right
after a child word, an age with "=" after a leeftijd label, a year of birth after "geb.jaar", "bj" or
a glued "*", a sex letter and the age joined by a dash or a slash ("m-38", "vrouw/54"), an age with
"v" glued to it, one person's age as a range after a comma or in brackets, or after kin without a
verb, "plus" after an age between commas, plural child words before ages in brackets, child words
with a family prefix, a small ordinal after "vanaf/sinds" before a participle, a birthday's season
and "sinds kort", "is al 45 en", "van in de 40", and a trade on "-vrouw"/"-man" before an age in
brackets. And the look-alikes that stay: a post held for years ("was 30 jaar lasser", "is 5 jaar
mantelzorger", "was 12 jaar lid van"), a group's range, a count after a season, a car's "bj".
Each test fails when its rule is taken out.
"""

from __future__ import annotations

import re

import pytest

from privacy_checks import needs_deduce, untouched
from werkbord.privacy import Scrubber
from werkbord.privacy.age_phrases import phrase_ages
from werkbord.privacy.ages import find_ages, is_child_noun, is_duration


def gone(word: str, out: str) -> bool:
    return re.search(r"(?<![\w\[-])" + re.escape(word) + r"(?![\w\]])", out) is None


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam", "FACT"], progress=lambda m: None)


def found(text: str) -> list[str]:
    return sorted(text[f.start : f.end] for f in find_ages(text))


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Kraamzorg: zuigeling 9 weken, voedt slecht.", ["9"]),
        ("neonaat 3 wkn; moeder angstig", ["3"]),
        ("Kindje twee maanden oud, vader werkt nachten.", ["twee maanden oud"]),
    ],
)
def test_a_babys_weeks_right_after_a_child_word(text, ages):
    assert sorted(text[f.start : f.end] for f in phrase_ages(text)) == ages


@pytest.mark.parametrize(
    "text",
    [
        "Baby 6 weken in de couveuse gelegen.",  # the clause goes on: how long
        "Training 8 weken, daarna evaluatie.",  # no child word
    ],
)
def test_weeks_after_a_child_word_that_go_on_stay(text):
    assert [text[f.start : f.end] for f in phrase_ages(text)] == []


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Cliëntgegevens: lft = 77; woont in aanleunwoning.", ["77"]),  # "=" after the label
        ("Bewoonster (v-91) valt 's nachts.", ["91"]),  # a sex letter, a dash, the age
        ("Aanmelding: m-17, schoolverzuim.", ["17"]),
        ("Echtgenoot: man/84, slechthorend.", ["84"]),  # "man" or "vrouw", a slash, the age
        ("Triage: 27v - postpartum somber.", ["27"]),  # "v" glued to the age
        ("Aanmelding: vader, 55 tot 60, spreekt Dari.", ["55", "60"]),  # one person's age as a range
        ("Schoonzus (ca. 35 à 40 jaar) tolkt.", ["35", "40"]),
        ("Oma tussen 70-75, woont in Marokko.", ["70", "75"]),  # kin, "tussen", no verb
        ("Opname: vrouw, 60 plus, vereenzaamd.", ["60"]),  # "plus" after an age between commas
        ("Ze zorgt voor de jongens (4 & 9).", ["4", "9"]),  # a plural child word before ages in brackets
        ("Thuis ook een stiefzoon van vijf, die veel huilt.", ["vijf"]),  # a child word with a prefix
        ("Sinds haar zevende gepest op school.", ["zevende"]),  # a small ordinal before a participle
        ("Meneer werd afgelopen winter 88 en is sindsdien somber.", ["88"]),  # a birthday's season
        ("De bewoner is sinds kort 90, familie bezoekt vaker.", ["90"]),
        ("Zijn broer is al 52 en woont nog bij moeder.", ["52"]),  # "is al N en"
        ("Schoonmoeder van in de 70, zorgt mee.", ["70"]),
    ],
)
def test_ages_in_the_seventh_rounds_shapes_are_found(text, ages):
    assert [a for a in ages if a in found(text)] == ages


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Dhr., geb.jaar 1941, weduwnaar.", "1941"),
        ("Aanmelding: vrouw, bj 1988, alleenstaand.", "1988"),
        ("*1950; woont met echtgenote.", "1950"),
    ],
)
def test_years_of_birth_in_shorthand_are_found(text, year):
    assert any(text[f.start : f.end] == year and f.tag == "datum" for f in find_ages(text))


@pytest.mark.parametrize(
    "text",
    [
        "Auto bj 2011, apk verlopen.",  # a car's year
        "* 2019 opname, * 2021 ontslag",  # a bullet, a space, a year
        "Het aantal aanmeldingen is sinds kort 40, fijn.",  # "sinds kort" needs someone
        "Hij werd afgelopen zomer 3 weken opgenomen.",  # a count after a season
        "Ouder en kind tussen 10-12 jaar welkom.",  # a group's range after "kind"
        "Sinds zijn derde gesprek gaat het beter.",  # an ordinal before a noun
    ],
)
def test_look_alikes_of_the_seventh_round_are_no_age(text):
    assert [f for f in find_ages(text) if f.tag == "leeftijd" or text[f.start : f.end].startswith(("19", "20"))] == []


def test_child_words_with_a_family_prefix():
    assert is_child_noun("pleegdochter") and is_child_noun("stiefzoon") and is_child_noun("achterkleinkind")
    assert not is_child_noun("pleegouder")


@pytest.mark.parametrize(
    "text",
    [
        "Dhr. was 30 jaar buschauffeur.",  # a trade held for years
        "Ze is 5 jaar mantelzorger voor haar moeder.",  # a role, under fifty
        "Vader was 12 jaar lid van de kerkenraad.",  # a post
    ],
)
def test_a_post_held_for_years_is_a_duration(text):
    m = re.search(r"\d+", text)
    assert is_duration(text, m.start(), m.end())


@pytest.mark.parametrize(
    "text",
    [
        "Mw. is 83 jaar weduwe sinds 2019.",  # kin after the years: may be a hurried age
        "Mw. is 80 jaar mantelzorger.",  # fifty or more after "is": an age
    ],
)
def test_years_before_kin_or_from_fifty_stay_ages(text):
    m = re.search(r"\d+", text)
    assert not is_duration(text, m.start(), m.end())


@needs_deduce
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zorgen om een vuilnisman (57) uit de straat.", "57"),  # a trade on "-man" before an age
        ("Pasgeborene 4 weken, moeder nog opgenomen.", "4"),
        ("Zoon tussen 30-35 jaar, precieze leeftijd onbekend.", "30"),
    ],
)
def test_the_seventh_rounds_ages_leave_the_scrubbed_note(scrubber, text, word):
    assert gone(word, scrubber.scrub(text).text)


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Dhr. was 30 jaar vrachtwagenchauffeur.",
        "Ze is 5 jaar mantelzorger voor haar man.",
    ],
)
def test_posts_held_for_years_stay_in_the_scrubbed_note(scrubber, text):
    untouched(scrubber, text)
