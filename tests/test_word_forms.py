"""Dutch words made on the spot, which no word list holds (:mod:`werkbord.privacy.word_forms`):
no name by their shape, so they stay (the review step still shows them). Examples are made up
for these tests; they are not the development or frozen sets' notes."""

from __future__ import annotations

import pytest

from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy.lexicon import shared_lexicon
from werkbord.privacy.word_forms import made_word

LEX = shared_lexicon()
needs_lists = pytest.mark.skipif(not LEX.words, reason="needs OpenTaal's word list")


@needs_lists
@pytest.mark.parametrize(
    "word",
    [
        "Vertelkaart",  # a verb's stem, then a noun ("vertellen")
        "Ontspanningsmat",  # a noun with the linking -s, then a short noun
        "Piekerstop",
        "Zingmoment",
        "Weerbaarheidsles",
        "Zorgmijding",  # an -ing noun of a verb ("mijden") inside a compound
        "Psychoeducatieverwijzing",  # a long compound on an -ing noun of a verb ("verwijzen")
        "Beschermdwonenplaatsing",
        "Doorgestuurd",  # a participle of a separable verb
        "Teruggebeld",
    ],
)
def test_words_made_on_the_spot(word):
    assert made_word(word, LEX)


@needs_lists
@pytest.mark.parametrize(
    "word",
    ["Tsegay", "Kalverink", "Dijkman", "Hoekstra", "Wolterink", "Vendelmaar", "Nieuwegein", "Bouzid", "Kowalczyk"],
)
def test_names_made_of_words_or_on_the_lists_are_not(word):
    assert not made_word(word, LEX)


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_the_scrubber_keeps_them_and_the_review_step_shows_them():
    from werkbord.privacy.suspects import find_suspects

    scrubber = Scrubber(["huisarts"])
    for note, word in [
        ("Oefening gedaan met de Vertelkaart en daarna gewandeld.", "Vertelkaart"),
        ("Wat speelt is Zorgmijding: afspraken afzeggen uit schaamte.", "Zorgmijding"),
    ]:
        assert scrubber.scrub(note).text == note
        assert word in [s.text for s in find_suspects(note)]
    out = scrubber.scrub("Gesprek met Tsegay over zijn werk.").text
    assert "Tsegay" not in out


@pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")
def test_a_word_no_list_knows_among_capitalised_nouns_stays():
    from werkbord.privacy.suspects import find_suspects

    scrubber = Scrubber(["huisarts"])
    for note, word in [
        ("Kernwaarden op de flip: Geduld, Resilience en Verbinding.", "Resilience"),
        ("Ontbijt met Havermout, Skyr en Fruit, lunch lukt nog niet.", "Skyr"),
    ]:
        assert scrubber.scrub(note).text == note
        assert word in [s.text for s in find_suspects(note)]
    for note, name in [
        ("Gesprek met Verbinding, Tsegay en Fatima.", "Tsegay"),
        ("Kees, Tsegay en Fatima kwamen.", "Tsegay"),
    ]:
        assert name not in scrubber.scrub(note).text


@needs_lists
@pytest.mark.parametrize("word", ["Hangt", "woont", "overlegd", "afgestemd", "belde"])
def test_a_verbs_form_no_name_list_holds(word):
    from werkbord.privacy.word_forms import unlisted_verb_form

    assert unlisted_verb_form(word, LEX)


@needs_lists
@pytest.mark.parametrize("word", ["brandt", "Bart", "bert", "Zwolle", "Hang"])
def test_a_name_or_a_place_shaped_like_a_verbs_form_is_none(word):
    from werkbord.privacy.word_forms import unlisted_verb_form

    assert not unlisted_verb_form(word, LEX)


@needs_lists
def test_a_verbs_form_that_deduce_lists_as_a_first_name_and_takes_for_a_word():
    from werkbord.privacy.word_forms import word_listed_verb_form

    assert word_listed_verb_form("duurt", LEX)
    assert not word_listed_verb_form("riet", LEX)  # a noun and a name: not a verb's form only
    assert not word_listed_verb_form("bart", LEX)  # no exception of deduce's
