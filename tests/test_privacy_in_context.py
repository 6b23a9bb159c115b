"""Privacy in context: a board whose micro-action forms carry names, roles and dates and whose
case notes carry identifiers, harvested with the team's privacy list beside the manifest.

What is kept (planned dates under Wanneer, roles and listed names under Wie), what is replaced
(everything identifying in case notes, unlisted names under Wie, BSN/phone/e-mail anywhere),
what is flagged for review, and what the reports say about it.
"""

from __future__ import annotations

import json
import re

import pytest

from scenario import Op, region_point
from test_e2e_excalidraw import play
from werkbord import api
from werkbord.layout import layout
from werkbord.privacy.teamlist import FILENAME

TAG = re.compile(r"\[[A-Z]+-\d+\]")

FORM_LISTED = "Partij: huisarts\nMicro-actie: bellen voor 1 juni\nWie: Fleur (POH-ggz)\nWanneer: 15 januari"
FORM_UNLISTED = (
    "Partij: wijkteam\nMicro-actie: signaleringsplan bespreken\n"
    "Verwacht effect: eerder hulp\nWie: casemanager en Piet de Groot\nWanneer: per 1 maart"
)
FORM_CONTACT = (
    "Partij: buren\nMicro-actie: koffie drinken\nWie: buurvrouw, 06-12345678\nWanneer: 3 april, bsn 123456782"
)
CASE = "Mevr. Jansen (54) belde op 12-03-2024 met haar zus, tel 06-87654321"
FREE = "Uiterlijk 20 mei evalueren met de FACT-coördinator"
HOSTILE = 'Afspraak <img src=x onerror="alert(1)"> op de Vlindertuin over kwakel9 gemist'


@pytest.fixture(scope="module")
def session(tmp_path_factory, wv):
    from werkbord.privacy import deduce_available

    assert deduce_available(), "deduce is a dependency of werkbord: install it rather than skip this test"
    out = tmp_path_factory.mktemp("privacy")
    done = api.provision(groups=1, title="Privacy", out=out)
    (out / FILENAME).write_text("[behouden]\nFleur\n\n[vervangen]\nBolderik\n", encoding="utf-8")
    scene_path = out / "privacy.excalidraw"
    scene = json.loads(scene_path.read_text())
    manifest = json.loads(done.manifest_path.read_text())
    plan = layout(wv, 1, title="Privacy")
    s3 = plan.groups[0].step_frames[3]
    from werkbord.geometry import Point

    play(
        scene,
        manifest,
        [
            Op("rename", "g1.s3.form.1", text=FORM_LISTED),
            Op("rename", "g1.s3.form.2", text=FORM_UNLISTED),
            Op("rename", "g1.s3.form.3", text=FORM_CONTACT),
            Op("add", text=FREE, to=Point(s3.x + 200, s3.bottom - 60), new_id="n-free"),
            Op("add", text=CASE, to=region_point(plan, 1, "gebeurd"), new_id="n-case"),
            Op("add", text="Wonen bij de bolderik liep vast", to=region_point(plan, 1, "knelpunten"), new_id="n-list"),
            Op("add", text=HOSTILE, to=region_point(plan, 1, "werkte"), new_id="n-hostile"),
        ],
    )
    scene_path.write_text(json.dumps(scene))
    return done.manifest_path, api.harvest(done.manifest_path)


def _action(h, start: str):
    return next(a for a in h.groups[0].micro_actions if a.text.startswith(start))


def test_wanneer_keeps_planned_dates_in_the_field_and_in_the_whole_form(session):
    _, h = session
    listed = _action(h, "Partij: huisarts")
    assert listed.deadline == "15 januari"
    assert "Wanneer: 15 januari" in listed.text
    assert listed.action == "bellen voor 1 juni"  # step-3 text that says when
    unlisted = _action(h, "Partij: wijkteam")
    assert unlisted.deadline == "per 1 maart"
    free = _action(h, "Uiterlijk")
    assert free.text == FREE and not free.structured


def test_wie_keeps_roles_and_listed_names_and_replaces_the_rest_consistently(session):
    _, h = session
    listed = _action(h, "Partij: huisarts")
    assert listed.owner == "Fleur (POH-ggz)"  # on the team's list
    unlisted = _action(h, "Partij: wijkteam")
    assert "Piet" not in unlisted.owner and "Groot" not in unlisted.owner
    assert unlisted.owner.startswith("casemanager en [PERSOON-")  # the role stays
    tag = TAG.search(unlisted.owner).group()
    assert f"Wie: casemanager en {tag}" in unlisted.text  # the same tag in the form as written
    assert h.scrubbing.replaced.get("owner", 0) >= 1
    assert h.scrubbing.kept.get("owner", 0) == 1
    assert h.scrubbing.kept.get("deadline", 0) >= 2


def test_bsn_phone_and_email_go_whatever_the_field(session):
    _, h = session
    contact = _action(h, "Partij: buren")
    for secret in ("06-12345678", "123456782"):
        assert secret not in contact.text and secret not in (contact.owner or "") + (contact.deadline or "")
    assert contact.owner.startswith("buurvrouw")
    assert contact.deadline.startswith("3 april")  # the planned date itself stays
    assert all("06-" not in n.text and "123456782" not in n.text for n in h.notes)


def test_case_notes_lose_everything_identifying(session):
    _, h = session
    case = h.groups[0].step1["gebeurd"][0]
    for leak in ("Jansen", "54", "12-03-2024", "06-87654321"):
        assert leak not in case
    assert "zus" in case
    # The team list's [vervangen] entry goes wherever it stands.
    (listed,) = h.groups[0].step1["knelpunten"]
    assert listed == "Wonen bij de [NAAM-1] liep vast"


def test_suspects_are_listed_per_note_and_skip_what_is_kept_on_purpose(session):
    _, h = session
    flagged = {(r.note, r.text) for r in h.review}
    assert ("n-hostile", "Vlindertuin") in flagged and ("n-hostile", "kwakel9") in flagged
    texts = {t for _, t in flagged}
    assert not texts & {"Fleur", "15", "januari", "20", "maart", "huisarts", "FACT"}
    notes = {n.id: n.text for n in h.notes}
    for r in h.review:
        assert notes[r.note][r.start : r.start + len(r.text)] == r.text and r.why


def test_reports_say_in_one_line_how_fields_were_treated_and_list_suspects(session, tmp_path):
    from werkbord.report import write_reports
    from werkbord.report.summary import harvest_summary

    _, h = session
    write_reports([h], tmp_path, ["json", "html", "md"])
    report = json.loads((tmp_path / "privacy.oogst.json").read_text(encoding="utf-8"))
    line = report["pseudonymisation"]["fields"]
    assert line.startswith("Per veld:") and "\n" not in line
    assert "Wanneer" in line and "Wie" in line and "BSN" in line
    assert report["review"] and all(set(r) == {"note", "text", "why"} for r in report["review"])
    assert {"note": h.review[0].note, "text": h.review[0].text, "why": h.review[0].why} in report["review"]
    md = (tmp_path / "privacy.oogst.md").read_text(encoding="utf-8")
    assert line in md
    assert md.index("\n## ") == md.index("\n## Controleer vóór delen")  # the first section
    assert " op de **Vlindertuin** over " in md and "&lt;img src=x" in md and "<img" not in md
    summary = harvest_summary(h, [])
    assert line in summary and any("Controleer vóór delen" in s for s in summary)


def test_html_opens_with_the_review_section_escaped(session, tmp_path):
    from werkbord.report import write_reports

    _, h = session
    write_reports([h], tmp_path, ["html"])
    html = (tmp_path / "privacy.oogst.html").read_text(encoding="utf-8")
    body = html[html.index("<body>") :]
    first = body.index("<section")
    assert body[first:].startswith('<section class="review">')
    review = body[first : body.index("</section>", first)]
    assert "Controleer vóór delen" in review
    assert "<mark>Vlindertuin</mark>" in review and "<mark>kwakel9</mark>" in review
    # Harvested text is untrusted: the note around a suspect is escaped, never markup.
    assert "<img" not in html and "&lt;img src=x onerror=" in review


def test_reports_tell_where_to_put_a_replaced_owner_to_keep_it_next_time(session, tmp_path):
    """A name under "Wie" the list does not hold is replaced, and a harvest never stores it, so the
    review section and the terminal say where to put a team member's name before harvesting again."""
    from werkbord.report import write_reports
    from werkbord.report.summary import harvest_summary

    _, h = session
    n = h.scrubbing.replaced["owner"]
    write_reports([h], tmp_path, ["html", "md"])
    md = (tmp_path / "privacy.oogst.md").read_text(encoding="utf-8")
    review_md = md[: md.index("\n## ", md.index("\n## Controleer vóór delen") + 1)]
    said = [s for s in harvest_summary(h, []) if "onder 'Wie'" in s]
    assert len(said) == 1 and "privacylijst.txt" in said[0] and "[behouden]" in said[0]
    assert (f"{n} namen" if n > 1 else "1 naam") in said[0]
    assert "privacylijst.txt" in review_md and "onder 'Wie'" in review_md
    html = (tmp_path / "privacy.oogst.html").read_text(encoding="utf-8")
    review_html = html[html.index('<section class="review">') :]
    review_html = review_html[: review_html.index("</section>")]
    assert "onder &#39;Wie&#39;" in review_html or "onder 'Wie'" in review_html
    # Nothing replaced under Wie: nothing to say.
    none = h.model_copy(update={"scrubbing": h.scrubbing.model_copy(update={"replaced": {}})})
    assert not any("onder 'Wie'" in s for s in harvest_summary(none, []))
    write_reports([none], tmp_path / "none", ["md"])
    assert "onder 'Wie'" not in (tmp_path / "none" / "privacy.oogst.md").read_text(encoding="utf-8")
