"""A word a bracket right after it says is someone's name or nickname
(:mod:`werkbord.privacy.naming_brackets`). Examples are made up for these tests; they are not the
development or held-out sets' notes."""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce, untouched
from werkbord.privacy import Scrubber
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.naming_brackets import aged_names, naming_brackets
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words())
AGED_LEX = Lexicon(words=LEX.words, first_names=first_names(ambiguous=False))
needs_words = pytest.mark.skipif(not LEX.words, reason="needs OpenTaal's word list")


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in naming_brackets(text, LEX)]


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knoopje (zo noemt iedereen hem, ook de juf) zat weer alleen.", ["Knoopje"]),
        ("taart (zo noemen ze haar) woont nu bij haar oma", ["taart"]),  # a word, opening the note
        ("buurvrouw anker (zo heet ze echt) kijkt elke ochtend", ["anker"]),  # a word after a family word
        ("Gisteren belde Zomer (ze heet echt zo) over de sleutel", ["Zomer"]),
        ("neef Torsten (bijnaam de Beer) rijdt haar", ["Torsten"]),
        ("vriend zelvko (roepnaam, eigenlijk Zeljko) helpt", ["zelvko"]),  # a word no list knows
        ("Vader Kwast (echte naam Wessel) belde", ["Kwast"]),
    ],
)
def test_the_word_a_naming_bracket_follows_is_a_name(text, expected):
    assert found(text) == expected


@needs_words
@pytest.mark.parametrize(
    "text",
    [
        "moeke (zo noemt hij zijn moeder) belt elke dag",  # his word for his mother, no name
        "kwam Zomer langs (ze heet echt zo)",  # the bracket is about a word further back
        "zijn pooier (bijnaam de Haai) heeft haar pas",  # what he is; the nickname follows
        "Cliënt (bijnaam Stoffel) komt weer",  # a role
        "de Kaap (zo heet het inloophuis) is dicht",  # no person: "het"
        "zus (zo heet ze niet) belt",  # a family word
        "gezellig (zo noemt hij het) was het niet",
    ],
)
def test_words_a_bracket_does_not_name_stay(text):
    assert found(text) == []


@needs_deduce
def test_the_scrubber_replaces_them():
    scrubber = Scrubber(["huisarts"], progress=lambda m: None)
    out = scrubber.scrub("nichtje hagel (ja zo heet ze) is zijn steun, studeert in Groningen").text
    assert gone("hagel", out), out
    untouched(scrubber, "moeke (zo noemt hij zijn moeder) belt elke dag")


def aged(text: str) -> list[str]:
    return [text[f.start : f.end] for f in aged_names(text, AGED_LEX)]


@needs_words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jorritje (veertig-plus) is al jaren op de groep", ["jorritje"]),  # a first name opening the note
        ("tesfalem (eind twintig) lacht veel maar slaapt niet", ["tesfalem"]),  # no word any list knows
        ("Broertje kwamisi (11) heeft nachtmerries.", ["kwamisi"]),  # after a family word
        ("Pt. zorgt voor oom wiebe (70), die slecht ziet.", ["wiebe"]),
        ("Dhr. tjoelkema (ca. 60) woont alleen.", ["tjoelkema"]),  # after a title
    ],
)
def test_the_word_a_bracketed_age_follows_is_a_name(text, expected):
    assert aged(text) == expected


@needs_words
@pytest.mark.parametrize(
    "text",
    [
        "Pt. (56) komt binnen.",  # a person word
        "moeder zelf (80) belt",  # no name: a word of its own
        "zoon jongste (8) huilt",  # an ordinary word after a family word
        "Groep (12) was vol.",  # no age: a count
        "Sessie (3) ging goed.",
        "Jongen (16) uit de klas",  # a person word opening the note
        "Tweeling (8) is thuis.",
        "Cliënte (eind 30) belt.",
    ],
)
def test_words_before_a_bracket_that_are_no_name_stay(text):
    assert aged(text) == []


@needs_deduce
def test_the_scrubber_replaces_a_name_before_its_age():
    scrubber = Scrubber(["huisarts"], progress=lambda m: None)
    out = scrubber.scrub("tesfalem (eind twintig) lacht veel maar slaapt niet").text
    assert gone("tesfalem", out), out
    untouched(scrubber, "Groep (12) was vol, de sessie liep uit.")
