"""An ordinary word that is also a first name, opening a note: a name only with a second sign
(``werkbord.privacy.opening_words``). Examples are made up for these tests; none is a note of a
development or held-out set."""

from __future__ import annotations

import re

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.detect import false_positives
from werkbord.privacy.found import Found
from werkbord.privacy.lexicon import first_names, opentaal_words
from werkbord.privacy.opening_words import second_sign_of_a_person
from werkbord.privacy.suspects import find_suspects
from werkbord.privacy.words import Lexicon

LEX = Lexicon(words=opentaal_words(), first_names=first_names(ambiguous=False))
needs_words = pytest.mark.skipif(not LEX.words or not LEX.first_names, reason="needs OpenTaal's and deduce's lists")

WORDS = [  # the thing the word names, no person
    "Mees op de voederplank gezien, de groep keek mee.",
    "Berk in de tuin omgezaagd door de vrijwilligers.",
    "Linde in het park geplant met de tuingroep.",
    "Robijn ring van oma kwijt, groot verdriet.",
]
PERSONS = [  # the same words where a second sign says person
    ("Mees vandaag somber, weinig gegeten.", "Mees"),  # shorthand: a word of time after the name
    ("Berk weer opgenomen, huisarts gebeld.", "Berk"),
    ("Mees niet bereikbaar voor de wijkagent.", "Mees"),  # negation
    ("Mees in de war sinds de verhuizing.", "Mees"),  # a state a person is in
    ("Berk haar vader belde het wijkteam.", "Berk"),  # a possessive
    ("Linde, stiefzus, komt op bezoek.", "Linde"),  # a role after a comma
    ("Mees, ze woont al jaren alleen.", "Mees"),  # a pronoun after a comma
    ("Robijn zit in de tuin. Later belde Robijn de huisarts.", "Robijn"),  # named again inside a sentence
    ("Mees - zo noemen we hem hier - wil niet praten.", "Mees"),  # the note says what someone is called
]


@pytest.mark.parametrize("text", WORDS)
def test_no_second_sign_of_a_person_after_a_plain_word(text):
    word = text.split()[0]
    assert not second_sign_of_a_person(text, 0, len(word))


@pytest.mark.parametrize(("text", "word"), PERSONS)
def test_a_second_sign_of_a_person(text, word):
    assert second_sign_of_a_person(text, 0, len(word))


@needs_words
@pytest.mark.parametrize("text", WORDS)
def test_a_word_opening_a_note_with_one_sign_only_is_no_person(text):
    word = text.split()[0]
    found = [Found(0, len(word), "persoon")]
    assert false_positives(text, found, LEX) == found


@needs_words
@pytest.mark.parametrize(("text", "word"), PERSONS)
def test_a_word_opening_a_note_with_a_second_sign_stays_a_person(text, word):
    found = [Found(0, len(word), "persoon")]
    assert false_positives(text, found, LEX) == []


@needs_words
def test_a_first_name_that_is_no_word_needs_no_second_sign():
    text = "Sanne in het park gezien."  # "sanne" is no Dutch word: a name
    found = [Found(0, 5, "persoon")]
    assert false_positives(text, found, LEX) == []


@needs_deduce
def test_a_note_opening_with_such_a_word_stays_as_written_and_is_shown_to_the_reader():
    scrubber = Scrubber(["huisarts", "wijkteam", "FACT"], progress=lambda m: None)
    for text in WORDS:
        result = scrubber.scrub(text)
        assert result.text == text and not result.counts, result.text
        word = text.split()[0]
        assert word in [s.text for s in find_suspects(result.text)], text  # kept, and a suspect for review
    for text, word in PERSONS:
        out = scrubber.scrub(text).text
        assert re.search(rf"(?<!\w){word}(?!\w)", out) is None, out


def test_the_reader_does_not_flag_a_word_the_rules_read_as_a_person_or_a_verb():
    for text in ("Ben niet tevreden over de wachttijd", "Lotte Smid belde zelf", "Mees vandaag somber"):
        assert text.split()[0] not in [s.text for s in find_suspects(text)], text


def test_an_article_and_a_capitalised_party_word_is_no_surname():
    """ "De Kinderen willen ...": deduce reads a surname with its particle; the template word stays.
    A title before it ("mevrouw De Kinderen") or a first name ("Sem de Kinderen") still makes a name."""
    from werkbord.privacy.protect import ProtectedPhrases

    phrases = ProtectedPhrases(["kinderen", "huisarts", "ouders"])
    for text in ("De Kinderen willen meer contact.", "Met De Ouders afspraken gemaakt."):
        end = text.index(" ", text.index("De ") + 3)
        start = text.index("De ")
        assert phrases.apply(text, [Found(start, end, "persoon")]) == [], text
    for text in ("Mevrouw De Kinderen belde.", "Sem de Kinderen belde."):
        start = 8 if text.startswith("Mevrouw") else 0
        a = Found(start, text.index(" belde"), "persoon")
        assert phrases.apply(text, [a]) == [a], text
    nickname = 'noemen ze hem "de Dokter" op de afdeling'
    a = Found(nickname.index("de Dokter"), nickname.index('" op'), "persoon")
    assert ProtectedPhrases(["dokter"]).apply(nickname, [a]) == [a]


@pytest.mark.parametrize(
    "text",
    [
        "Linde, eik en lijsterbes langs het pad: de wandelgroep telde ze.",
        "Vos en egel in de moestuin gezien.",
    ],
)
def test_an_opening_word_in_a_list_of_things_is_no_suspect(text):
    assert text.split()[0].rstrip(",") not in [s.text for s in find_suspects(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Hazel en haar moeder kwamen te laat.",  # a possessive: a person
        "Vos en ik hebben gebeld.",  # a pronoun
        "Hazel, buurvrouw van pt., komt elke dag.",  # a role
        "Vos en jesse kwamen samen.",  # another name
    ],
)
def test_an_opening_word_joined_to_a_person_stays_a_suspect(text):
    word = text.split()[0].rstrip(",")
    found = [s.text for s in find_suspects(text)]
    assert word in found or not find_suspects(word + " kwam binnen."), (text, found)


def test_an_apposition_after_a_comma_is_no_list():
    """ "Linde, werknaam ..." describes Linde: one word after the comma that the list does not go on from."""
    text = "Linde, werknaam JK, werkt via een bureau."
    assert "Linde" in [s.text for s in find_suspects(text)]
