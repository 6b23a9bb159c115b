"""The pure parts of privacy in context (no deduce): where a form's fields stand, which detection
each field keeps, the team's privacy list, and applying review decisions to a harvest."""

from __future__ import annotations

import pytest

from werkbord.errors import UsageError
from werkbord.harvest.forms import FormParser
from werkbord.harvest.review import replace_listed
from werkbord.privacy.fields import NOTE, Layout, decide, splice
from werkbord.privacy.rules import Found
from werkbord.privacy.teamlist import KEEP, REPLACE, TeamList, parse

FORMS = [
    "Partij: huisarts\nMicro-actie: bellen\nWie: Fleur\nWanneer: 1 juni\nVerwacht effect: rust",
    "Partij: wijkteam Micro-actie: bellen Wie: Piet Wanneer:   per 1 maart",
    "bellen\r\nmet huisarts\r\nWie:\r\n  Kees\r\nWanneer: week 12",
    "Partij:\nbuurvrouw\nMicro-actie:\nkoffie drinken\nen bellen\n\n  Wanneer : eind mei  ",
    "verwacht effect eerder hulp\npartij de wijkteam\nmicro actie bellen",
]


@pytest.mark.parametrize("text", FORMS)
@pytest.mark.parametrize("strict", [False, True])
def test_form_spans_point_at_each_value_as_written(wv, text, strict):
    parsed = FormParser(wv.step3.form).parse(text, strict=strict)
    pieces: dict[str, list[str]] = {}
    for name, start, end in parsed.spans:
        pieces.setdefault(name, []).append(text[start:end])
    assert {k: "\n".join(v) for k, v in pieces.items()} == {k: v for k, v in parsed.values.items() if v}


def _at(text: str, word: str, tag: str) -> Found:
    start = text.index(word)
    return Found(start, start + len(word), tag)


FORM = "Actie: bellen voor 1 juni over opname van 3 maart\nWie: Fleur en Piet\nWanneer: 15 januari, 06-12345678"


def _layout(text: str) -> Layout:
    return Layout(
        (
            ("action", 7, text.index("\n")),
            ("owner", text.index("Fleur"), text.index("\nWanneer")),
            ("deadline", text.index("15"), len(text)),
        )
    )


def test_each_field_keeps_what_its_policy_keeps_and_no_more():
    found = [
        _at(FORM, "1 juni", "datum"),
        _at(FORM, "3 maart", "datum"),
        _at(FORM, "Fleur", "persoon"),
        _at(FORM, "Piet", "persoon"),
        _at(FORM, "15 januari", "datum"),
        _at(FORM, "06-12345678", "telefoonnummer"),
    ]
    d = decide(FORM, found, _layout(FORM), TeamList(keep=["fleur"]))
    replaced = {FORM[f.start : f.end] for f in d.replace}
    assert replaced == {"3 maart", "Piet", "06-12345678"}  # a past date, an unlisted name, a phone
    assert set(d.kept_texts) == {"1 juni", "Fleur", "15 januari"}
    assert d.kept == {"action": 1, "owner": 1, "deadline": 1}
    assert d.replaced == {"action": 1, "owner": 1, "deadline": 1}
    # Without the team's list the name under Wie goes too; a plain note keeps nothing.
    assert "Fleur" in {FORM[f.start : f.end] for f in decide(FORM, found, _layout(FORM)).replace}
    assert len(decide(FORM, found, Layout()).replace) == len(found)


@pytest.mark.parametrize("tag", ["bsn", "telefoonnummer", "emailadres"])
def test_bsn_phone_and_email_go_in_every_field(tag):
    text = "Wanneer: 123456782"
    lay = Layout((("deadline", 9, len(text)),))
    assert decide(text, [Found(9, len(text), tag)], lay, TeamList(keep=["123456782"])).replace


def test_a_role_read_as_a_name_under_wie_stays():
    text = "Wie: Casemanager"
    assert not decide(text, [Found(5, 16, "persoon")], Layout((("owner", 5, 16),))).replace


def test_a_detection_running_from_a_label_into_its_value_is_cut_to_the_value():
    # "Partij - Buurman" read as one double surname: the label is the form's own word, the value a party word
    text = "Partij - Buurman\nWie - Daphne"
    lay = Layout((("party", 9, 16), ("owner", 23, 29)))
    decision = decide(text, [Found(0, 16, "persoon"), Found(23, 29, "persoon")], lay)
    assert [text[f.start : f.end] for f in decision.replace] == ["Daphne"]
    text = "Partij - Visser\nWie - Daphne"  # a surname under Partij still goes, without its label
    decision = decide(text, [Found(0, 15, "persoon")], Layout((("party", 9, 15), ("owner", 22, 28))))
    assert [text[f.start : f.end] for f in decision.replace] == ["Visser"]


@pytest.mark.parametrize(
    ("party", "kept"),
    [("Tempel", True), ("Moskee", True), ("Buurtkerk", True), ("Voetbalclub", True), ("Bolderik", False)],
)
def test_a_house_of_worship_or_a_club_by_its_kind_under_partij_stays(party, kept):
    text = f"Partij: {party}"
    found = [Found(8, len(text), "locatie")]
    assert (not decide(text, found, Layout((("party", 8, len(text)),))).replace) is kept


@pytest.mark.parametrize(("who", "kept"), [("PMT'er", True), ("SPV'ers", True), ("Ed", False), ("Xyz'er", False)])
def test_one_who_does_what_a_care_abbreviation_names_is_a_role_under_wie(who, kept):
    text = f"Wie: {who}"
    found = [Found(5, len(text), "persoon")]
    assert (not decide(text, found, Layout((("owner", 5, len(text)),))).replace) is kept


def test_the_lists_replace_entries_go_everywhere_without_doubling_a_detection():
    text = "Gesprek bij Bolderik, daarna bolderik en Jansen"
    team = TeamList(replace=["Bolderik", "Jansen"])
    d = decide(text, [_at(text, "Jansen", "persoon")], Layout(), team)
    assert [(text[f.start : f.end], f.tag) for f in d.replace] == [
        ("Bolderik", "naam"),
        ("bolderik", "naam"),
        ("Jansen", "persoon"),
    ]


def test_splice_cuts_a_field_from_the_whole_texts_numbering():
    text = "Wie: Piet\nWanneer: 3 mei"
    spans, reps = [Found(5, 9, "persoon")], ("[PERSOON-2]",)
    assert splice(text, spans, reps) == "Wie: [PERSOON-2]\nWanneer: 3 mei"
    assert splice(text, spans, reps, 5, 9) == "[PERSOON-2]"
    assert splice(text, spans, reps, 19, len(text)) == "3 mei"


def test_the_privacy_list_reads_what_it_writes_and_matches_loosely():
    team = parse("# kop\n[behouden]\nFleur  # teamlid\nSanne  de Wit\n\n[Vervangen]\nBolderik\n")
    assert team.keep == ["Fleur", "Sanne de Wit"] and team.replace == ["Bolderik"]
    assert team.keeps("fleur") and team.keeps("Sanne-de Wit") and not team.keeps("Sanne")
    again = parse(team.render())
    assert (again.keep, again.replace) == (team.keep, team.replace)
    assert team.add("Bolderik", KEEP) and team.replace == [] and "Bolderik" in team.keep
    assert not team.add("bolderik", KEEP)  # already there
    assert team.add("Émile", REPLACE) and team.to_replace("bij emile")


@pytest.mark.parametrize(
    ("text", "says"),
    [("Fleur\n[behouden]\n", "line 1"), ("[houden]\nFleur\n", "unknown section [houden]")],
)
def test_a_broken_privacy_list_names_the_line(text, says):
    with pytest.raises(UsageError, match=says.replace("[", r"\[").replace("]", r"\]")):
        parse(text, source="privacylijst.txt")


def test_review_replacements_number_after_the_tags_already_there():
    team = TeamList(replace=["Bolderik", "Kwak"])
    assert replace_listed("[NAAM-2] en Bolderik, kwak, Bolderik", team) == (
        "[NAAM-2] en [NAAM-3], [NAAM-4], [NAAM-3]",
        3,
    )
    assert replace_listed("niets", team) == ("niets", 0)
    tagged = TeamList(replace=["naam", "persoon"])
    assert replace_listed("[PERSOON-1] en naam", tagged) == ("[PERSOON-1] en [NAAM-1]", 1)


def test_harvested_text_reaches_the_terminal_without_escape_sequences():
    from werkbord.cli import _terminal_safe

    shown = _terminal_safe("a\x1b]0;pwned\x07b\u202ec\nd")
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown and "\n" not in shown


def test_a_note_field_is_the_default():
    assert Layout().field_at(3) == NOTE
