"""Who does a micro-action (issue #22, "What to build" 1.): under a form's "Wie" every role stays
as written, whatever its shape, and a colleague's name goes unless the team's list keeps it.

The examples are made up for the class (compounds, plurals, possessives, abbreviations with
"'er", hyphenated titles, adjectives before a title, a place after it; first names in lower
case or that are also words), not copied from any test set.
"""

from __future__ import annotations

import pytest

from werkbord.privacy.fields import Layout, decide, owner_names
from werkbord.privacy.roles import is_role_word, names_under_owner, role_spans
from werkbord.privacy.rules import Found
from werkbord.privacy.teamlist import TeamList


@pytest.mark.parametrize(
    "word",
    [
        "regiebehandelaar",
        "Regiebehandelaar",
        "PB'er",
        "EVV'ers",
        "SPH-er",
        "IPS'er",  # any abbreviation in capitals with "'er"
        "HBO'ers",
        "SPV",
        "evv",
        "ervaringsdeskundige",
        "Ervaringsdeskundigen",
        "GZ-psycholoog",
        "POH-ggz",
        "IHT-medewerker",
        "Wmo-consulent",
        "Activiteitenbegeleidster",  # a compound of a job title's head
        "buurtsportcoach",
        "Leerplichtambtenaar",
        "dagbestedingsbegeleiders",  # plural of a compound
        "Triagist",
        "behandelaren",
        "coördinator",
        "Pleegzus",  # a family word with a prefix (words.is_role)
        # work, home and leisure around a client (data/roles.txt): ranks, posts, employers
        "dirigent",
        "Huisoudste",
        "voorzitter",
        "Sergeant",
        "eigenares",
        "uitbaters",  # a plural
    ],
)
def test_roles_in_every_shape_are_roles(word):
    assert is_role_word(word)


@pytest.mark.parametrize(
    "word", ["Fleur", "Ben", "tim", "Bakker", "Timmerman", "Zwarts", "xyz'er", "Jan-Willem", "mieke"]
)
def test_names_and_surnames_are_no_roles(word):
    assert not is_role_word(word)


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in role_spans(text)]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("ambulant begeleider Noord", ["ambulant begeleider"]),
        ("Specialist Ouderengeneeskunde", ["Specialist Ouderengeneeskunde"]),
        ("Maatschappelijk Werkster", ["Maatschappelijk Werkster"]),
        ("ik en mijn begeleider", ["begeleider"]),
        ("Roos (SPV)", ["SPV"]),
        ("verpleegkundig specialist ggz", ["verpleegkundig specialist ggz"]),
        ("GZ-psycholoog i.o.", ["GZ-psycholoog i.o."]),
        ("coördinerend verpleegkundige en PMT'er", ["coördinerend verpleegkundige", "PMT'er"]),
    ],
)
def test_role_phrases_take_their_adjectives_and_qualifiers(text, roles):
    assert _spans(text) == roles


def _names(value: str) -> list[str]:
    return [value[s:e] for s, e in names_under_owner(value, 0, len(value))]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("tim", ["tim"]),  # lower case
        ("Ben", ["Ben"]),  # a first name that is also a word
        ("Door", ["Door"]),
        ("Sem en de casemanager", ["Sem"]),
        ("Roos (SPV)", ["Roos"]),
        ("casemanager Toon", ["Toon"]),
        ("mw. Bakker, regiebehandelaar", ["Bakker"]),
        ("Jan de Vries / PB'er", ["Jan de Vries"]),
        ("Anne-Fleur", ["Anne-Fleur"]),
        ("ik en mijn begeleider", []),
        ("door de casemanager", []),  # a preposition, not "Door"
        ("iedereen", []),
        ("Team", []),
        ("zus en ik", []),  # "zus" is in deduce's first-name list, but a family word
        ("nog bepalen", []),
        ("de POH", []),
    ],
)
def test_names_under_wie_are_first_names_in_any_case_not_roles_or_the_team(value, names):
    assert _names(value) == names


def _owner(value: str) -> tuple[str, Layout]:
    text = f"Wie: {value}"
    return text, Layout((("owner", 5, len(text)),))


def _decided(value: str, found_words: list[tuple[str, str]], team: TeamList | None = None) -> tuple[set, set]:
    text, layout = _owner(value)
    found = [Found(text.index(w), text.index(w) + len(w), tag) for w, tag in found_words]
    found += owner_names(text, layout, found)
    d = decide(text, found, layout, team)
    return {text[f.start : f.end] for f in d.replace}, set(d.kept_texts)


def test_a_role_read_as_a_name_keeps_the_role_and_loses_what_else_was_read_with_it():
    # deduce read the whole of it as one person or place: the role stays, the rest goes
    replaced, kept = _decided("Ambulant Begeleider Zuidwijk", [("Ambulant Begeleider Zuidwijk", "persoon")])
    assert replaced == {"Zuidwijk"}
    assert "Ambulant Begeleider" in kept
    replaced, _ = _decided("Specialist Ouderengeneeskunde", [("Ouderengeneeskunde", "persoon")])
    assert replaced == set()
    replaced, _ = _decided("de EVV'er", [("EVV'er", "persoon")])
    assert replaced == set()


def test_a_name_the_rules_missed_under_wie_goes_unless_the_team_keeps_it():
    replaced, _ = _decided("tim en de casemanager", [])
    assert replaced == {"tim"}
    replaced, kept = _decided("tim en de casemanager", [], TeamList(keep=["Tim"]))
    assert replaced == set() and "tim" in kept
    # a name already found is not found twice (spans must not overlap)
    replaced, _ = _decided("Roos (SPV)", [("Roos", "persoon")])
    assert replaced == {"Roos"}


def test_names_under_wie_are_only_looked_for_under_wie():
    text = "Actie: ben bellen\nWie: Ben"
    layout = Layout((("action", 7, 17), ("owner", 23, len(text))))
    assert [(f.start, f.end) for f in owner_names(text, layout, [])] == [(23, 26)]


def test_a_job_title_is_no_suspect_but_a_name_beside_it_is():
    from werkbord.privacy.suspects import find_suspects

    flagged = {s.text for s in find_suspects("Hoofdagent Wiebrens belde de OvJ; de Gezinscoach komt donderdag.")}
    assert "Hoofdagent" not in flagged and "OvJ" not in flagged and "Gezinscoach" not in flagged
    assert "Wiebrens" in flagged


def test_a_job_title_before_a_name_stays_beside_its_tag_anywhere():
    from werkbord.privacy.protect import keep_roles

    text = "Wijkouderling Hendriks en EVV'er Gonnie bellen"
    found = [Found(0, 22, "persoon"), Found(26, 39, "persoon")]
    kept = [text[f.start : f.end] for f in keep_roles(text, found)]
    assert kept == ["Hendriks", "Gonnie"]
    # an app named like a role is no role: "Moodbuddy" stays a detection
    assert keep_roles("Moodbuddy app", [Found(0, 9, "persoon")]) == [Found(0, 9, "persoon")]


@pytest.mark.parametrize(
    ("action", "kept"),
    [
        ("do 14/1 bellen met de huisarts", True),  # a weekday before the date: an appointment
        ("MDO 20/1: plan bespreken", True),
        ("afspraak 2/2 om 10u", True),
        ("plan af 1 maart", True),
        ("bellen, 3/2 klaar", True),  # what follows says it is planned
        ("na de opname van 3/2 bellen", False),  # a date of what happened goes
        ("sinds 3/2 geen contact, bellen", False),
        ("op 3/2 was de opname, nu bellen", False),  # a verb in the past after it
    ],
)
def test_a_date_in_the_rest_of_a_form_stays_when_the_words_around_it_plan(action, kept):
    text = f"Actie: {action}"
    date = next(w for w in ("14/1", "20/1", "2/2", "1 maart", "3/2") if w in text)
    start = text.index(date)
    layout = Layout((("action", 7, len(text)),))
    d = decide(text, [Found(start, start + len(date), "datum")], layout)
    assert (not d.replace) is kept


@pytest.mark.parametrize(("value", "kept"), [("12-3", True), ("30/4", True), ("17.06.2026", True), ("123-4567", False)])
def test_a_day_and_month_under_wanneer_stays_whatever_a_rule_took_it_for(value, kept):
    text = f"wnr: {value}"
    layout = Layout((("deadline", 5, len(text)),))
    d = decide(text, [Found(5, len(text), "id")], layout)
    assert (not d.replace) is kept


def test_a_detection_ends_where_its_value_ends_and_leaves_the_next_label():
    text = "Wat: bestuur van de Ayasofya moskee Wie: Okan"
    layout = Layout((("action", 5, 35), ("owner", 41, len(text))))
    found = [Found(text.index("Ayasofya"), text.index("Wie") + 3, "instelling")]
    d = decide(text, found, layout)
    assert [text[f.start : f.end] for f in d.replace] == ["Ayasofya moskee"]
    # a name that runs on into the value's next line stays whole
    text = "Actie: bellen met Jan\nde Vries"
    layout = Layout((("action", 7, 21), ("action", 22, len(text))))
    d = decide(text, [Found(18, len(text), "persoon")], layout)
    assert [text[f.start : f.end] for f in d.replace] == ["Jan\nde Vries"]


def test_a_lower_case_name_beside_other_words_under_wie_is_a_name_when_it_is_no_word():
    assert _names("gert en de begeleider") == ["gert"]
    assert _names("begeleider gert") == ["gert"]
    assert _names("door de begeleider") == []  # "door" is a first name and a word


def test_a_title_of_two_words_before_a_name_stays_beside_its_tag():
    from werkbord.privacy.protect import keep_roles

    text = "Sociaal Werker Jan belt, Persoonlijk Begeleider komt"
    found = [Found(0, 18, "persoon"), Found(25, 47, "persoon")]
    assert [text[f.start : f.end] for f in keep_roles(text, found)] == ["Jan"]


def test_a_planned_looking_date_with_a_past_year_goes_outside_wanneer_but_stays_under_it():
    import time

    past = f"1 maart {time.localtime().tm_year - 2}"
    for where, kept in (("action", False), ("deadline", True)):
        text = f"Actie: op {past} gesprek"
        start = text.index(past)
        layout = Layout(((where, 7, len(text)),))
        d = decide(text, [Found(start, start + len(past), "datum")], layout)
        assert (not d.replace) is kept, where
