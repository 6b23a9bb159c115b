"""Dates in the shapes new voices write them (privacy/date_shapes.py): a feast, fair or event of any
calendar with its year after a word that says when, and a day with a month in another language; and
under "Wanneer", a feast of any calendar after a word that plans stays as written. Made-up examples in
shapes the test sets do not use; clean look-alikes must stay."""

from __future__ import annotations

import pytest

from werkbord.privacy.date_shapes import other_dates
from werkbord.privacy.fields import Layout, decide
from werkbord.privacy.rules import Found


def _dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in other_dates(text, year=True)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kort na Tsagaan Sar 2019 vertrokken uit Ulaanbaatar.", "Tsagaan Sar 2019"),
        ("sinds de Zwiebelmarkt van 2022 drinkt hij weer", "Zwiebelmarkt van 2022"),
        ("Vanaf Losar '21 geen contact met zus.", "Losar '21"),
        ("During Ash Wednesday 2023 she left the house.", "Ash Wednesday 2023"),
        ("Omstreeks Fiesta de la Candelaria 2020 kwam de eerste stem.", "Fiesta de la Candelaria 2020"),
        ("Pt. is op 17 ottobre 2021 uit Napels vertrokken.", "17 ottobre 2021"),
        ("Vlucht geland op 4 Kasım 2022.", "4 Kasım 2022"),
        ("Brief gedateerd 2. Oktober 2020 (Jugendamt).", "2. Oktober 2020"),
        ("Ingeschreven 21st of September, daarna niets.", "21st of September"),
        ("Polish letter: 5 listopada 2023.", "5 listopada 2023"),
    ],
)
def test_a_feast_with_its_year_and_a_foreign_month_are_dates(text, date):
    assert date in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sinds de Wmo 2015 valt begeleiding onder de gemeente.",
        "Na de Participatiewet 2015 geen uitkering meer.",
        "Sinds het Hoofdlijnenakkoord 2018 andere financiering.",
        "Rond Kerst altijd somber.",  # a feast without a year dates nothing
        "Na de ECT 2 sessies rust.",
        "Score 17 op de PHQ-9, 3 mrt-sessie verzet.",
        "Groep 7, 12 leerlingen, 4 mannen.",
        "Tijdens Windows 11 update crashte de laptop.",
    ],
)
def test_look_alikes_are_no_dates(text):
    assert _dates(text) == []


FORM = "Partij: broer\nMicro-actie: samen koken\nVerwacht effect: minder alleen\nWie: SPV\nWanneer: {w}"


def _decide(w: str, word: str, tag: str = "persoon"):
    text = FORM.format(w=w)
    start = text.rindex(word)
    deadline = text.index("Wanneer: ") + len("Wanneer: ")
    layout = Layout((("owner", text.index("SPV"), text.index("SPV") + 3), ("deadline", deadline, len(text))))
    return decide(text, [Found(start, start + len(word), tag)], layout)


@pytest.mark.parametrize(
    ("w", "word"),
    [
        ("rond Tsagaan", "Tsagaan"),
        ("na Losar 2027", "Losar"),
        ("vóór Fasnacht, dan evalueren", "Fasnacht"),
        ("tijdens de Braderij", "Braderij"),
    ],
)
def test_a_feast_after_a_word_that_plans_stays_under_wanneer(w, word):
    assert _decide(w, word).replace == []


@pytest.mark.parametrize(
    ("w", "word"),
    [
        ("na overleg met Yusuf", "Yusuf"),  # a name after "met", not after a word that plans
        ("voor Yusuf terug is", "Yusuf"),  # the value goes on after the name: someone's name
        ("na Yusuf's verjaardag", "Yusuf"),
    ],
)
def test_a_name_under_wanneer_that_plans_nothing_still_goes(w, word):
    assert len(_decide(w, word).replace) == 1


# Issue #22, small categories round 6: an event no word list knows with its year (no when-word needed),
# a day and a month both as ordinal words, a season's early or late part, a fair in lower case and a
# feast with a year of its own calendar. Made-up examples; clean look-alikes stay.


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hanamatsuri 2024 was de laatste keer dat ze zong.", "Hanamatsuri 2024"),
        ("Ze noemde de Zwaluwfeesten... nee: de Gouwsoundz 2023 als begin.", "Gouwsoundz 2023"),
        ("Op vrijdag belde hij: Maha Navami 2025 was te druk.", "Maha Navami 2025"),  # the event's first word too
        ("Pt. denkt aan Kurultai 2019 terug.", "Kurultai 2019"),
    ],
)
def test_an_event_no_word_list_knows_with_its_year_is_a_date(text, date, lexicon):
    from werkbord.privacy.date_shapes import named_events

    assert date in [text[f.start : f.end] for f in named_events(text, lexicon)]


@pytest.mark.parametrize(
    "text",
    [
        "Budget 2026 is rond, zegt de teamleider.",  # a Dutch word with a year
        "Jaarplan 2025 besproken in het MT.",  # a compound of Dutch words
        "Volgens de Jeugdwet 2015 moet de gemeente betalen.",  # a law
        "Windows 2010 draait nog op de pc van de balie.",  # an English word
        "Het team Kilo 2019 komt weer samen.",
        "Sinds maart 2024 woont zij daar.",  # a month (the month rules decide)
    ],
)
def test_a_word_with_a_year_is_no_event(text, lexicon):
    from werkbord.privacy.date_shapes import named_events

    assert named_events(text, lexicon) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Vastgelopen rond de derde van de vierde 2024: ruzie thuis.", "derde van de vierde 2024"),
        ("Bevallen op de 7e van de 9e.", "7e van de 9e"),
        ("Rond de twaalfde van de twaalfde, zegt ze.", "twaalfde van de twaalfde"),
    ],
)
def test_a_day_and_a_month_as_ordinals_are_a_date(text, date):
    from werkbord.privacy.date_shapes import ordinal_dates

    assert [text[f.start : f.end] for f in ordinal_dates(text)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "De eerste van de tweede groep kwam niet.",
        "Hij werd de derde van de vijf kinderen.",
        "de tweede van de derde rij",
    ],
)
def test_ordinals_that_count_are_no_date(text):
    from werkbord.privacy.date_shapes import ordinal_dates

    assert ordinal_dates(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sinds de voorzomer van 2021 geen contact meer.", "voorzomer van 2021"),
        ("In de nawinter 2022 opgenomen.", "nawinter 2022"),
        ("Na de kermis 2024 ontregeld.", "kermis 2024"),
        ("Na het festival 2023 weer gebruikt.", "festival 2023"),
        ("Pt. vierde Pesach 5784, daarna somber.", "Pesach 5784"),  # a feast with its own calendar's year
        ("Nowruz 1402. Toen overleed haar vader.", "Nowruz 1402"),
    ],
)
def test_a_season_part_a_fair_and_a_feast_of_another_calendar_with_a_year_are_dates(text, date):
    from werkbord.privacy.rules import find_extra

    assert date in [text[f.start : f.end] for f in find_extra(text) if f.tag == "datum"]


@pytest.mark.parametrize(
    "text",
    ["In de zomer 1500 stappen per dag gelopen.", "Kerst 1200 euro uitgegeven aan cadeaus.", "Na de kermis rustig."],
)
def test_a_count_after_a_feast_is_no_year(text):
    from werkbord.privacy.rules import find_extra

    assert [f for f in find_extra(text) if f.tag == "datum"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("in de advent van 2025 kwam hij niet meer", "advent van 2025"),
        ("sinds de vastentijd van 2024 somber", "vastentijd van 2024"),
    ],
)
def test_a_season_of_the_church_year_with_its_year_is_a_date(text, date):
    from werkbord.privacy.rules import find_extra

    assert date in [text[f.start : f.end] for f in find_extra(text) if f.tag == "datum"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geboren op twaalf maart negentienzesentachtig", "twaalf maart negentienzesentachtig"),
        ("opgenomen op drie mei tweeduizend twintig", "drie mei tweeduizend twintig"),
        ("sinds juni tweeduizendvijf in zorg", "juni tweeduizendvijf"),
    ],
)
def test_a_year_in_words_after_a_month_is_part_of_the_date(text, date):
    from werkbord.privacy.rules import words_dates

    assert [text[f.start : f.end] for f in words_dates(text)] == [date]


def test_a_month_and_a_count_in_words_are_no_year():
    from werkbord.privacy.rules import words_dates

    assert words_dates("in maart negentien sessies gehad") == []
