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
