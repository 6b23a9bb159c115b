"""What a micro-action form keeps beyond its canonical shape (issue #22: 100 % of planned dates
under "Wanneer" and of role words under "Wie" kept): labels a team writes that the card does not
print ("Streefdatum:", "**Wanneer:**", "4. Wie:"), dates in step-3 text that say when without a
keyword before them, and a day of the week before a date that no rule may read as a name.
Made-up examples; a date in a case note stays an identifier."""

from __future__ import annotations

import pytest

from werkbord.harvest.forms import FormParser
from werkbord.privacy.fields import NOTE, Layout, decide
from werkbord.privacy.rules import Found


@pytest.fixture(scope="module")
def parser(wv):
    return FormParser(wv.step3.form)


@pytest.mark.parametrize(
    ("text", "owner", "deadline"),
    [
        ("Partij: FACT\n**Wie:** Noor\n**Wanneer:** na de zomer", "Noor", "na de zomer"),
        ("**Wie**: de pb'er\n**Wanneer**: wk 12", "de pb'er", "wk 12"),
        ("Verantwoordelijke: SPV'er\nStreefdatum: 3/4", "SPV'er", "3/4"),
        ("Actiehouder: ik\nPlanning: Q2", "ik", "Q2"),
        ("Trekker: casemanager\nEinddatum: eind mei", "casemanager", "eind mei"),
        ("Wie: Jos\nPer wanneer: z.s.m.", "Jos", "z.s.m."),
        ("4. Wie: Noor\n5. Wanneer: di 4-3", "Noor", "di 4-3"),
        ("- Wie: huisarts\n- Wanneer: 1e week van maart", "huisarts", "1e week van maart"),
        ("• Wie: Fenna\n• Wanneer: over 2 weken", "Fenna", "over 2 weken"),
        ("Wat: bellen - Wie: Noor - Wanneer: 3/4", "Noor", "3/4"),
    ],
)
def test_labels_the_card_does_not_print_are_read(parser, text, owner, deadline):
    values = parser.parse(text).values
    assert (values.get("owner"), values.get("deadline")) == (owner, deadline)


def test_a_number_or_a_dash_in_a_sentence_is_no_bullet(parser):
    # "2 - Wie:" is not a bullet, and a sentence with "wie" stays a sentence.
    assert parser.parse("Wie belt de huisarts? 2 keer geprobeerd", strict=True).labelled is False


def _action(text: str, date: str) -> tuple[Found, Layout]:
    start = text.index(date)
    return Found(start, start + len(date), "datum"), Layout((("action", 0, len(text)),), default="action")


@pytest.mark.parametrize(
    ("text", "date", "kept"),
    [
        # a word that plans, whatever the year
        ("Signaleringsplan doornemen na Pasen 2025", "Pasen 2025", True),
        ("Crisiskaart bijwerken voor 1 juni 2024", "1 juni 2024", True),
        # a date that closes the action says when
        ("Huisarts bellen 1 juni", "1 juni", True),
        ("Afspraak maken met buurvrouw 3/4.", "3/4", True),
        ("Afspraak maken (15-01)", "15-01", True),
        # ... but not what happened, nor whose birthday it is
        ("Bellen over opname van 3 maart", "3 maart", False),
        ("Moeder bellen, geb. 3/4", "3/4", False),
        ("Huisarts bellen, sinds 1 juni", "1 juni", False),
        ("Gesprek over 12-3-2019", "12-3-2019", False),  # a year gone by, no word that plans
        ("Na Pasen 2025 was de opname", "Pasen 2025", False),  # a verb in the past after it
        # a date inside the action that does not close it still needs a word that plans
        ("3 maart belde zij de crisisdienst", "3 maart", False),
    ],
)
def test_a_date_in_step3_text_stays_when_it_says_when(text, date, kept):
    found, layout = _action(text, date)
    assert (not decide(text, [found], layout).replace) is kept
    assert decide(text, [found], Layout()).replace  # in a case note every date goes


@pytest.mark.parametrize("day", ["za", "Do", "vr.", "maandag"])
def test_a_day_of_the_week_before_a_date_is_no_name_in_a_form(day):
    text = f"Afspraak maken met buurvrouw {day} 1-2"
    at = text.index(day)
    name = Found(at, at + len(day.rstrip(".")), "persoon")
    assert not decide(text, [name], Layout((("action", 0, len(text)),))).replace
    assert decide(text, [name], Layout()).replace  # a note is no form: the rules decide there
    other = "Afspraak met Zara 1-2"
    z = Found(other.index("Zara"), other.index("Zara") + 4, "persoon")
    assert decide(other, [z], Layout((("action", 0, len(other)),))).replace
    assert NOTE == "note"


@pytest.mark.parametrize("word", ["wk", "week", "blok"])
def test_a_week_or_block_before_its_number_is_no_name_in_a_form(word):
    text = f"Afspraak maken met buurvrouw {word} 12-14"
    at = text.index(word)
    name = Found(at, at + len(word), "persoon")
    assert not decide(text, [name], Layout((("action", 0, len(text)),))).replace
    assert decide(text, [name], Layout()).replace


def _deadline(value: str, tag: str, where: str = "deadline") -> bool:
    """Is ``value`` (read as ``tag``) kept as the whole value of field ``where``?"""
    text = f"Label: {value}"
    return not decide(text, [Found(7, len(text), tag)], Layout(((where, 7, len(text)),))).replace


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("Augustus", "persoon"),  # a month that is also a name
        ("Mei 2026", "persoon"),
        ("Sint-Maarten", "locatie"),  # a feast that is also a place
        ("2e Pinksterdag", "persoon"),
        ("2026", "id"),  # a year read as a number
        ("1-6 t/m 15-6", "id"),
    ],
)
def test_a_month_feast_or_year_read_as_a_name_stays_under_wanneer(value, tag):
    assert _deadline(value, tag)
    assert not _deadline(value, tag, "owner")  # "Wie: Augustus" is someone
    text = f"Huisarts bellen {value}"
    found = Found(16, len(text), tag)
    assert decide(text, [found], Layout((("action", 0, len(text)),))).replace  # no word that plans
    text = f"Huisarts bellen voor {value}"
    found = Found(21, len(text), tag)
    assert not decide(text, [found], Layout((("action", 0, len(text)),))).replace
    assert decide(text, [found], Layout()).replace  # a case note keeps nothing


def test_a_name_under_wanneer_that_is_no_month_still_goes():
    assert not _deadline("Fenna", "persoon")
    assert not _deadline("gesprek met Fenna", "persoon")


def test_a_label_read_as_a_name_stays_and_a_name_beside_it_does_not():
    text = "Action: bellen\nWhen: Augustus"
    layout = Layout((("action", 8, 14), ("deadline", 21, len(text))))
    found = [Found(0, 6, "instelling"), Found(15, 19, "persoon"), Found(21, len(text), "persoon")]
    assert not decide(text, found, layout).replace
    # outside a form, or not before a separator, it is no label
    assert decide(text, found[:2], Layout()).replace
    text = "Jan belt\nWie: ik"
    assert decide(text, [Found(0, 3, "persoon")], Layout((("owner", 14, 16),))).replace


@pytest.mark.parametrize(
    ("value", "where", "kept"),
    [
        ("Buren", "party", True),  # a role word that is also a town
        ("Zwager", "party", True),
        ("Herstelacademie", "party", True),  # a kind of place of care in one word
        ("Herstelacademie", "owner", True),
        ("Wijkcentrum", "owner", True),
        ("Buren", "action", False),  # "verhuizen naar Buren": a place
        ("Veldhuis", "owner", False),  # a surname, though "-huis" names places too
        ("Jansen", "party", False),
    ],
)
def test_a_party_word_read_as_a_name_stays_in_partij_and_wie(value, where, kept):
    assert _deadline(value, "locatie" if value == "Buren" else "persoon", where) is kept


def test_a_word_no_list_knows_is_a_name_alone_under_wie():
    from werkbord.privacy.fields import owner_names
    from werkbord.privacy.roles import names_under_owner
    from werkbord.privacy.words import Lexicon

    lexicon = Lexicon(words=frozenset({"zon", "huis", "academie", "herstel", "tolk"}))
    text = "Wie: Radu + spv, Kasia, Tolk, Herstelacademie, de Zon, GGD"
    layout = Layout((("owner", 5, len(text)),))
    got = [text[f.start : f.end] for f in owner_names(text, layout, [], lexicon)]
    assert got == ["Radu", "Kasia"]
    # in lower case, after the tail of a longer label; not one who does what an abbreviation names
    text = "Wie: pakt het op: radu / pber / spver, ipser en wij, Gokcounsellor, ik (outreach)"
    layout = Layout((("owner", 5, len(text)),))
    assert [text[f.start : f.end] for f in owner_names(text, layout, [], lexicon)] == ["radu"]
    # without a lexicon: the lists of first names only
    listed = [Found(a, b, "persoon") for a, b in names_under_owner(text, 5, len(text))]
    assert owner_names(text, layout, [], None) == listed
    assert owner_names("Wat: Radu belt", Layout((("action", 5, 14),)), [], lexicon) == []


@pytest.mark.parametrize(
    ("value", "word", "kept"),
    [
        ("vóór Sokhi Nieuwjaar", "Sokhi", True),  # a made-up qualifier of a feast, read as a name
        ("na Varuni Nieuwjaar 2027", "Varuni", True),
        ("rond Tiloka Suikerfeest", "Tiloka", True),
        ("na Sokhi vakantie", "Sokhi", False),  # no feast after it: someone's holiday
        ("voor Sokhi Pasen viert met zijn zus", "Sokhi", False),  # the value goes on: a name
    ],
)
def test_a_name_qualifying_a_feast_under_wanneer_stays(value, word, kept):
    text = f"Wanneer: {value}"
    start = text.index(word)
    layout = Layout((("deadline", 9, len(text)),))
    assert (not decide(text, [Found(start, start + len(word), "persoon")], layout).replace) is kept
    assert decide(text, [Found(start, start + len(word), "persoon")], Layout()).replace  # a case note keeps nothing
