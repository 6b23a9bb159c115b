"""A micro-action written without labels ("Noor -> huisarts bellen, vr 14/3", "1 mei — buurthuis:
sleutel regelen — Hidde") is read by its pieces: the one that says when is its deadline (kept),
a short one of capitalised words or roles at an edge is its owner (a name replaced unless the
team's list keeps it), the rest its action (issue #22). Every example is made up."""

from __future__ import annotations

import json

import pytest

from werkbord.harvest.line_forms import line_form_spans, reads_as_owner, reads_as_when


def _fields(text: str) -> dict[str, str]:
    spans = line_form_spans(text)
    assert spans is not None, text
    out: dict[str, str] = {}
    for name, s, e in spans:
        out[name] = f"{out[name]} | {text[s:e]}" if name in out else text[s:e]
    return out


@pytest.mark.parametrize(
    ("text", "owner", "deadline"),
    [
        ("Hidde -> apotheek bellen over de baxter, wo 9/4", "Hidde", "wo 9/4"),
        ("1 mei — buurthuis: sleutel regelen — Hidde", "Hidde", "1 mei"),
        ("uiterlijk wk 19: zus uitnodigen (Lieke + pb'er)", "Lieke + pb'er", "uiterlijk wk 19"),
        ("sleutelkastje regelen → ambulant begeleider → eind Q3", "ambulant begeleider", "eind Q3"),
        ("Gijs | signaleringsplan printen | binnen 3 wkn", "Gijs", "binnen 3 wkn"),
        ("👤 Jolien\n🗓️ na de herfst\n✔ buurman vragen", "Jolien", "na de herfst"),
        ("☐ crisiskaart mailen (Femke, do 22-5)", "Femke", "do 22-5"),
        ("nov. 2026 / SPV / medicatie evalueren", "SPV", "nov. 2026"),
        ("Mats: boodschappenlijst maken » dinsdagochtend", "Mats", "dinsdagochtend"),
    ],
)
def test_the_pieces_of_a_line_give_its_owner_and_its_deadline(text, owner, deadline):
    fields = _fields(text)
    assert fields["owner"] == owner
    assert fields["deadline"] == deadline
    assert "action" in fields


@pytest.mark.parametrize(
    "text",
    [
        "Huisarts bellen over de medicatie",  # one piece
        "Opname 12 maart - moeder gebeld, zij was boos",  # a case told, no one who acts, no plan
        "Zus meenemen naar het gesprek. Zij wil dat graag.",
        "bellen - mailen - langsgaan",  # three actions, no who, no when
    ],
)
def test_a_line_without_who_or_when_stays_one_action(text):
    assert line_form_spans(text) is None


def test_when_and_who_read_as_their_words_say():
    for piece in ("binnen 2 wkn", "vr", "eind Q2", "voor Pasen", "14/3", "na de zomer", "volgende di", "wk12"):
        assert reads_as_when(piece), piece
    for piece in ("huisarts bellen", "Lieke", "de buurvrouw vragen mee te gaan naar de markt op zaterdag"):
        assert not reads_as_when(piece), piece
    for piece in ("Lieke", "Noor + spv", "de POH", "Gijs en Femke", "PB'er"):
        assert reads_as_owner(piece), piece
    for piece in ("bellen", "Mei", "Pasen", "huisarts bellen om de recepten te verlengen voor de vakantie"):
        assert not reads_as_owner(piece), piece


@pytest.fixture(scope="module")
def scrubber():
    from werkbord.harvest.scrub import protected_words
    from werkbord.privacy import Scrubber
    from werkbord.template import load_template

    return Scrubber(protected_words(load_template("terugval", "nl")), progress=lambda m: None)


def _scrub(scrubber, text: str, team=None) -> str:
    from werkbord.privacy.fields import Layout

    layout = Layout(tuple(line_form_spans(text) or (("action", 0, len(text)),)), default="action")
    if team is None:
        return scrubber.scrub(text, layout).text
    from werkbord.harvest.scrub import protected_words
    from werkbord.privacy import Scrubber
    from werkbord.privacy.teamlist import TeamList
    from werkbord.template import load_template

    words = protected_words(load_template("terugval", "nl"))
    s = Scrubber(words, team=TeamList(keep=team), progress=lambda m: None)
    s._engine = scrubber._get_engine()
    return s.scrub(text, layout).text


@pytest.mark.parametrize(
    ("text", "kept", "replaced"),
    [
        ("1 mei — buurthuis: sleutel regelen — Hidde", ["1 mei"], ["Hidde"]),
        ("Hidde -> apotheek bellen, wo 9/4", ["wo 9/4"], ["Hidde"]),
        ("Storm | buurvrouw vragen | binnen 3 wkn", ["binnen 3 wkn"], ["Storm"]),  # a name that is a word
        ("di 3/6: zus uitnodigen (Merel)", ["di 3/6"], ["Merel"]),
    ],
)
def test_a_line_form_keeps_its_planned_date_and_replaces_its_owner(scrubber, text, kept, replaced):
    out = _scrub(scrubber, text)
    for word in kept:
        assert word in out, (word, out)
    for word in replaced:
        assert word not in out, (word, out)


def test_the_team_list_keeps_a_member_who_acts_in_a_line_form(scrubber):
    assert "Hidde" in _scrub(scrubber, "Hidde -> apotheek bellen, wo 9/4", team=["Hidde"])
    # a name in the action is the case's, even when it is on the list
    assert "1 mei" in _scrub(scrubber, "1 mei — Hidde -> buurman Sander bellen", team=["Hidde"])


@pytest.mark.parametrize(
    ("deadline", "kept"),
    [
        ("na Dauwpop", True),
        ("voor de Jaarmarkt", True),
        ("rond de Zeilweek 2027", True),
        ("na Marloes' verlof", False),  # a name inside the deadline goes
        ("voor Sander terug is", False),
    ],
)
def test_an_event_no_list_holds_stays_under_wanneer(scrubber, deadline, kept):
    from werkbord.harvest.forms import form_parser
    from werkbord.privacy.fields import Layout
    from werkbord.template import load_template

    text = f"Partij: buurman\nMicro-actie: samen boodschappen doen\nWie: spv\nWanneer: {deadline}"
    parsed = form_parser(load_template("terugval", "nl").step3.form).parse(text)
    out = scrubber.scrub(text, Layout(tuple(parsed.spans))).text
    assert (deadline in out) is kept, out


NOTES = {
    "n-arrow": "Hidde -> apotheek bellen over de baxter, wo 9/4",
    "n-date-first": "1 mei — buurthuis: sleutel regelen — Femke",
}


@pytest.fixture(scope="module")
def harvest(tmp_path_factory, wv):
    from scenario import Op
    from test_e2e_excalidraw import play
    from werkbord import api
    from werkbord.geometry import Point
    from werkbord.layout import layout

    out = tmp_path_factory.mktemp("lines")
    done = api.provision(groups=1, title="Regels", out=out)
    scene_path = out / "regels.excalidraw"
    scene = json.loads(scene_path.read_text())
    manifest = json.loads(done.manifest_path.read_text())
    s3 = layout(wv, 1, title="Regels").groups[0].step_frames[3]
    ops = [
        Op("add", text=text, to=Point(s3.x + 120 + 150 * i, s3.bottom - 80), new_id=note_id)
        for i, (note_id, text) in enumerate(NOTES.items())
    ]
    play(scene, manifest, ops)
    scene_path.write_text(json.dumps(scene))
    return api.harvest(done.manifest_path)


def test_a_harvest_reads_a_free_step3_note_by_its_pieces(harvest):
    actions = {a.note_id: a for a in harvest.groups[0].micro_actions}
    arrow, first = actions["n-arrow"], actions["n-date-first"]
    assert not arrow.structured and not first.structured  # still free notes, kept whole as their action
    assert arrow.action == arrow.text and "wo 9/4" in arrow.text and "Hidde" not in arrow.text
    assert first.text.startswith("1 mei — ") and "Femke" not in first.text
