"""Suspects read from where a word stands: names written in lower case or as ordinary words
(:mod:`werkbord.privacy.name_context`; the rename probe that measures them,
``benchmarks/deid_swap.py``, is tested in test_deid_swap.py). The examples are made up for these
tests, in shapes the development sets do not use; they are not the sets' notes."""

from __future__ import annotations

import pytest

from werkbord.i18n import _
from werkbord.privacy.lexicon import opentaal_words
from werkbord.privacy.name_context import (
    WHY_BESIDE_TAG,
    WHY_NAME_IN_BRACKETS,
    WHY_SURNAME_AFTER_NAME,
    WHY_TOWN_LOWER,
)
from werkbord.privacy.suspects import find_suspects

needs_words = pytest.mark.skipif(not opentaal_words(), reason="needs OpenTaal's word list")


def flagged(text: str) -> dict[str, str]:
    return {s.text: s.why for s in find_suspects(text)}


@needs_words
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Verloskundige [PERSOON-1] bleeker wil bellen", "bleeker"),  # a surname after a replaced name
        ("[PERSOON-1] (joop) smeets, 3 hoog, deur dicht", "smeets"),  # after a nickname in brackets
        ("gebeld met dochter [PERSOON-1] van tilburg", "tilburg"),  # particles, then a town as a surname
        ("trainer [PERSOON-2] de graaf, wil meedenken", "graaf"),  # a surname that is a word, after "de"
        ("Overleg met [PERSOON-1] mulder, over de sleutel", "mulder"),  # a surname that is a word, then a comma
        ("Voor vragen: marieke smeets, dinsdag", "smeets"),  # after a lower-case first name
        ("Mevr. janssen-peeters belde over de sleutel", "janssen-peeters"),  # a double name after a title
    ],
)
def test_a_surname_in_lower_case_after_a_name(text, word):
    assert flagged(text).get(word) == _(WHY_SURNAME_AFTER_NAME)


@needs_words
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("zoon [PERSOON-1] en Zon komen zondag langs", "Zon"),  # a word beside a replaced name
        ("[PERSOON-1] (joop) belde niet terug", "joop"),  # a nickname in brackets, lower case
        ("Zorgen Om Roos Visser En Haar Moeder", "Visser"),  # a surname after a name that is a word
    ],
)
def test_names_beside_a_person(text, word):
    assert word in flagged(text), flagged(text)


@needs_words
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hij woont sinds mei in eindhoven bij zijn tante", "eindhoven"),  # after "in"
        ("verhuisd van almere naar een flat", "almere"),  # from one place to another
        ("huisartsenpost venray belde terug", "venray"),  # after a kind of service
        ("zus (harderwijk) heeft een sleutel", "harderwijk"),  # in brackets
        ("ze komt uit amersfoort-noord, sinds kort", "amersfoort-noord"),  # a part of a town
        ("ouders wonen nu in assen.", "assen"),  # a town that is also a word, where the clause ends
    ],
)
def test_a_town_in_lower_case(text, word):
    # (with deduce's engine loaded the review step's own rule may name it first: a place either way)
    assert flagged(text).get(word) in (_(WHY_TOWN_LOWER), _("a place in lower case?"))


@needs_words
@pytest.mark.parametrize(
    "text",
    [
        "[PERSOON-1] belde gisteren, ze wil stoppen",  # a verb after a name
        "[PERSOON-1] van de thuiszorg komt morgen",  # "of the" and a word: whose, not a surname
        "[PERSOON-1] van boven heeft geklaagd",  # "van" and a word
        "we gaan in rijen naar binnen",  # a town that is also a word, inside a clause
        "het is te duur voor haar",  # "te" and a word that is a town
        "moeder (overleden) was de spil",  # an ordinary word in brackets
        "[INSTELLING-1] en Jeugdbescherming zitten aan tafel",  # a long word of the list: a kind
        "Partner [PERSOON-1] stayed in the house for work",  # English
    ],
)
def test_ordinary_words_in_those_places_are_no_suspects(text):
    reasons = {_(WHY_SURNAME_AFTER_NAME), _(WHY_TOWN_LOWER), _(WHY_NAME_IN_BRACKETS), _(WHY_BESIDE_TAG)}
    assert not [s for s in find_suspects(text) if s.why in reasons], find_suspects(text)


@needs_words
def test_a_town_after_in_is_replaced_a_surname_after_a_name_only_flagged_when_it_is_a_word():
    from werkbord.privacy.lexicon import shared_lexicon
    from werkbord.privacy.suspects import sure_identifiers

    text = "Ze woont nu in eindhoven, gebeld met marieke bleeker en marieke visser, en [PERSOON-1] mulder."
    sure = [text[f.start : f.end] for f in sure_identifiers(text, shared_lexicon())]
    assert "eindhoven" in sure and "bleeker" in sure
    assert "mulder" not in sure  # a surname that is also a word: the reviewer decides
    assert "mulder" in flagged(text)


def test_the_title_case_test_reads_no_tag_as_a_word():
    """A note of tags and a few words is no note written like a title: "in Kiezelbroek" after a
    run of tags is still a capital inside a sentence."""
    text = "[PERSOON-1] 'Lot' [PERSOON-2], [LEEFTIJD-1]+, weduwnaar in Kiezelbroek"
    assert "Kiezelbroek" in flagged(text)


@needs_words
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Oom [PERSOON-1] en nicht kim ruziën over het geld", "kim"),  # a family word, a first name, a verb
        ("we zagen hem in kaatsheuvelbroek bij de snackbar", "kaatsheuvelbroek"),  # a part of a town after "in"
        ("belde met het wijkteam lindhorst-zuid over de sleutel", "lindhorst-zuid"),  # with a compass point
        ("Gemert of [LOCATIE-1] maakt niet uit", "Gemert"),  # a town beside a replaced town
        ("foto's uit [LOCATIE-1] en de Peel bekeken", "Peel"),  # beside a replaced place, with an article
    ],
)
def test_names_and_places_by_their_neighbours(text, word):
    assert word in flagged(text), flagged(text)


@needs_words
@pytest.mark.parametrize(
    "text",
    [
        "hij zit in dagbehandeling en daarna in crisisopvang",  # kinds of care after "in"
        "zus heeft hem gisteren gebeld",  # a family word and a verb
        "Wijkteam en [INSTELLING-1] overleggen",  # a capital opening a sentence beside a tag
    ],
)
def test_kinds_of_care_and_verbs_there_are_no_suspects(text):
    reasons = {_(WHY_TOWN_LOWER), _(WHY_BESIDE_TAG), _("a place in lower case?")}
    assert not [s for s in find_suspects(text) if s.why in reasons], find_suspects(text)


@needs_words
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("de casemanager overlegde met huisarts van oosterhout over de medicatie", "oosterhout"),  # role, van, name
        ("Coach van dijk reageerde pas na twee weken", "dijk"),  # a surname that is a word, then a verb
        ("joep ([LEEFTIJD-1]) zit in groep 7", "joep"),  # a first name in lower case before an age
        ("kees was gisteren niet op school", "kees"),  # opening a sentence before "was"
        ("op de groep: [PERSOON-1], lot en [PERSOON-2] koken samen", "lot"),  # between replaced persons
        ("De buurjongen (bijnaam 'stekkie') helpt hem", "stekkie"),  # a nickname in quotes
    ],
)
def test_names_after_a_role_in_a_list_or_in_quotes(text, word):
    assert word in flagged(text), flagged(text)


@needs_words
def test_a_role_van_and_a_word_of_the_list_is_no_name():
    assert not find_suspects("de moeder van drie kinderen, de huisarts van de thuiszorg belde")
    assert not find_suspects("hij noemt het 'gedoe', zegt de begeleider")  # a word for a thing


@needs_words
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Overleg VS k. martens verzet naar vrijdag", "k."),  # an initial before a surname
        ("ruud p. (44) belde de crisisdienst", "p."),  # after a first name in lower case
        ("de buurman (r.) had de sleutel", "r."),  # alone in brackets
        ("mw. [PERSOON-1] t. de wit, arts", "t."),  # between a replaced name and a surname
        ("ze haalt het op bij apotheek de vlinder in de wijk", "vlinder"),  # a kind of organisation, then a name
        ("sinds maart bij woningcorporatie woonkracht, geen reparaties", "woonkracht"),
        ("hij zingt in koor cantamus, elke dinsdag", "cantamus"),
    ],
)
def test_initials_in_lower_case_and_names_after_a_kind_of_organisation(text, word):
    assert word in flagged(text), flagged(text)


@needs_words
@pytest.mark.parametrize(
    "text",
    [
        "o.a. de huisarts en z.s.m. bellen",  # shorthand with dots
        "rookt een pakje sig/d. sinds de opname",  # a unit
        "de kerk herkent signalen eerder",  # a verb after the kind
        "de winkel gesloten, de school de laatste tijd vol",  # words after a kind
    ],
)
def test_shorthand_units_and_verbs_after_a_kind_are_no_suspects(text):
    assert not find_suspects(text), find_suspects(text)
