"""The four report formats: content, labels, de-identification marks and escaping of hostile text."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from test_report_data import HOSTILE, hostile, team_noord
from werkbord.errors import UsageError
from werkbord.report import build_report, render_reports
from werkbord.report.aggregate import aggregate
from werkbord.report.csvout import render_csv, safe_cell
from werkbord.report.html import render_html
from werkbord.report.markdown import md_text, render_markdown
from werkbord.report.view import build_view

ALL = {"md", "html", "json", "csv", "xlsx"}


def _md(harvests) -> str:
    return render_markdown(build_view(aggregate(harvests)), lambda f: f"oogst-{f.slug}.svg")


def _html(harvests) -> str:
    return render_html(build_view(aggregate(harvests)))


def _csv_rows(harvests) -> list[list[str]]:
    text = render_csv(harvests)
    assert text.startswith("\ufeff")
    sep = ";" if harvests[0].context.lang == "nl" else ","
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=sep))


# --- files -----------------------------------------------------------------------------------


def test_render_reports_writes_every_format(tmp_path):
    paths = render_reports([team_noord()], tmp_path, ALL)
    names = [p.name for p in paths]
    base = "team-noord.oogst"
    assert names[:5] == [f"{base}.{ext}" for ext in ("md", "html", "json", "csv", "xlsx")]
    # The Markdown report's pictures: one per group, the ones across groups and the survey chart.
    assert sorted(n for n in names if n.endswith(".svg")) == [
        f"{base}-network-1.svg",
        f"{base}-network-2.svg",
        f"{base}-network-3.svg",
        f"{base}-network-all.svg",
        f"{base}-parties.svg",
        f"{base}-survey.svg",
    ]
    assert all(p.is_file() for p in paths)
    md = (tmp_path / f"{base}.md").read_text(encoding="utf-8")
    for n in names:
        if n.endswith(".svg"):
            assert f"]({n})" in md
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_render_reports_only_chosen_formats(tmp_path):
    assert [p.name for p in render_reports([team_noord()], tmp_path, {"json"})] == ["team-noord.oogst.json"]
    with pytest.raises(UsageError):
        render_reports([team_noord()], tmp_path, {"pdf"})


def test_lone_surrogate_does_not_stop_the_report(tmp_path):
    h = team_noord()
    h.groups[0].other.append("kapot \ud800 teken")
    render_reports([h], tmp_path, ALL)
    assert "kapot \ufffd teken" in (tmp_path / "team-noord.oogst.html").read_text(encoding="utf-8")


# --- JSON ------------------------------------------------------------------------------------


def test_json_schema_keys_and_values():
    doc = build_report([team_noord()])
    json.dumps(doc, allow_nan=False)  # plain JSON
    assert doc["schema"] == "werkbord.report/2"
    assert doc["n_groups"] == 3 and doc["n_groups_total"] == 3
    g1 = doc["groups"][0]
    assert g1["name"] == "Groep 1"
    assert g1["zones"] == {"A": ["Huisarts", "Partner"], "B": ["FACT-team", "Buurvrouw"], "C": ["Wijkteam"]}
    assert g1["not_discussed"] == ["POH-ggz", "Ouders", "Werkgever"]
    assert g1["worked_step2"] is True and g1["wrote_something"] is True
    assert g1["step1"]["samen_succesfactoren"] == ["Korte lijnen met de huisarts", "Vaste contactpersoon"]
    assert g1["micro_actions"][0] == {
        "party": "Huisarts",
        "party_key": "huisarts",
        "action": "Belt binnen een week na ontslag",
        "expected_effect": "Eerder signaal",
        "owner": "Anna",
        "deadline": "1 juni",
        "text": "Partij: Huisarts\nActie: Belt binnen een week na ontslag\nEffect: Eerder signaal",
        "structured": True,
    }
    parties = {p["name"]: p for p in doc["parties"]}
    assert {k: parties["POH-ggz"][k] for k in ("A", "B", "C", "not_discussed", "bucket_name", "n_groups")} == {
        "A": 0,
        "B": 1,
        "C": 0,
        "not_discussed": 2,
        "bucket_name": "Huisartsen",
        "n_groups": 3,
    }
    assert "survey_share" not in parties["POH-ggz"]  # the survey did not measure single parties
    assert parties["POH-ggz"]["involved_share"] == pytest.approx(1 / 3)
    assert parties["FACT-team"]["bucket_name"] is None
    buckets = {b["name"]: b for b in doc["buckets"]}
    assert buckets["Huisartsen"] == {
        "key": "huisartsen",
        "name": "Huisartsen",
        "involved": 3,
        "n_groups": 3,
        "involved_share": 1.0,
        "survey_share": 0.6,
        "survey_measures": "Peiling: aandeel casussen met afspraken",
    }
    assert (
        doc["often_missing"][0]
        == {"name": "Buurvrouw", "key": None, "in_c": ["Groep 2"], "named_by": [], "notes": 0, "groups": 1}
        or doc["often_missing"][0]["groups"] >= 1
    )
    assert doc["success_factors"][0] == {
        "text": "Korte lijnen met de huisarts",
        "count": 3,
        "groups": 3,
        "variants": ["korte lijnen met huisarts!"],
    }
    assert doc["micro_actions_by_party"][0]["party"] == "Huisarts"
    assert doc["outside"] == [{"session": "team-noord", "text": "Notitie buiten de groepen"}]
    assert doc["survey"]["source"] == "Akwa GGZ-enquête 2023"


def test_json_marks_de_identification():
    raw = build_report([team_noord()])
    assert raw["pseudonymised"] is False
    assert raw["warning"] == "Niet gepseudonimiseerd"
    done = build_report([team_noord(scrubbed=True, counts={"naam": 4, "datum": 1})])
    assert done["pseudonymised"] is True and done["warning"] is None
    assert done["pseudonymisation"]["counts"] == {"datum": 1, "naam": 4}


def test_json_combines_harvests():
    a, b = team_noord(), team_noord().model_copy(update={"session": "team-zuid", "title": "Team Zuid"})
    doc = build_report([a, b])
    assert doc["n_groups"] == 6
    assert [s["session"] for s in doc["sessions"]] == ["team-noord", "team-zuid"]
    assert doc["groups"][3]["label"] == "Team Zuid · Groep 1"


# --- CSV -------------------------------------------------------------------------------------


def test_csv_one_row_per_note_with_prompt_text():
    h = team_noord(scrubbed=True)
    rows = _csv_rows([h])
    header, body = rows[0], rows[1:]
    assert header == ["Sessie", "Groep", "Stap", "Vraag of zone", "Partij", "Tekst"]
    assert len(body) == len(h.notes)
    by_text = {r[5]: r for r in body}
    assert by_text["Vaste contactpersoon"] == [
        "Team Noord",
        "Groep 1",
        "1",
        "Wat zijn succesfactoren in de samenwerking?",
        "",
        "Vaste contactpersoon",
    ]
    assert by_text["De werkgever"][3] == "Wie ontbreekt er nog?"
    assert by_text["Losse gedachte"][3] == "Losse notities"
    assert by_text["Notitie buiten de groepen"][1] == "Buiten de groepen"
    zone_rows = [r for r in body if r[3] == "A — Kern"]
    assert {r[4] for r in zone_rows} >= {"Huisarts", "Partner", "FACT-team"}
    assert any(r[3] == "Niet besproken (bleef in de strook)" and r[4] == "Werkgever" for r in body)
    assert any(r[3] == "Micro-acties" for r in body)
    # No prompt key leaks in where its text belongs.
    assert not any(r[3] in {"samen_succesfactoren", "verschil", "zone.A", "s3"} for r in body)


def test_csv_neutralises_formulas():
    rows = _csv_rows([hostile()])
    assert rows[0] == ["Niet gepseudonimiseerd"]  # first row: not pseudonymised
    cells = [c for r in rows[1:] for c in r]
    assert "'\tTAB begin" in cells
    assert "'\rCR" in cells
    for c in cells:
        assert not c.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), c
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("  =1+1") == "'  =1+1"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("gewoon") == "gewoon"
    # A step-3 note containing a formula (its text starts with "Partij:") stays as written.
    assert any("=HYPERLINK" in c and c.startswith("Partij") for c in cells)


def test_csv_formula_at_start_of_note_is_quoted():
    h = team_noord(scrubbed=True)
    h.notes[0].text = '=HYPERLINK("http://evil.example")'
    rows = _csv_rows([h])
    assert '\'=HYPERLINK("http://evil.example")' in [r[5] for r in rows[1:]]


# --- HTML ------------------------------------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Elements:
    p = _Elements()
    p.feed(html)
    p.close()
    return p


def test_html_escapes_hostile_notes_everywhere():
    html = _html([hostile()])
    p = _parse(html)
    names = [t for t, _ in p.tags]
    assert "script" not in names
    assert "img" not in names
    assert "b" not in names and "i" not in names  # "<b>bold</b>" in a note and a group name
    assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)
    text = "".join(p.text)
    # The attacks show as the text participants typed, also inside the SVG pictures (as tooltips).
    assert text.count(HOSTILE["script"]) >= 3
    assert HOSTILE["img"] in text
    assert "Groep <b>1</b>" in text


def test_html_is_self_contained_with_csp():
    html = _html([team_noord()])
    p = _parse(html)
    csp = [
        a.get("content")
        for t, a in p.tags
        if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"
    ]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    for tag, attrs in p.tags:
        for k, v in attrs.items():
            if k in ("src", "href") or k.endswith(":href"):
                raise AssertionError(f"<{tag} {k}={v!r}> loads something")
    assert not re.search(r"(src|href)\s*=\s*[\"']?https?:", html)
    assert "@import" not in html
    # url() only for patterns inside the same picture (hatching), never for anything to fetch.
    assert all(u.startswith("#") for u in re.findall(r"url\(([^)]*)\)", html))
    assert "@media print" in html
    # Every group's picture is inline.
    assert sum(1 for t, a in p.tags if t == "svg" and "network" in (a.get("class") or "")) == 3 + 1


def test_html_warns_when_not_deidentified_and_counts_when_it_is():
    raw = _html([team_noord()])
    assert 'class="txt warning"' in raw and "Niet gepseudonimiseerd" in raw
    done = _html([team_noord(scrubbed=True, counts={"persoon": 4, "telefoonnummer": 2})])
    assert "Niet gepseudonimiseerd" not in done
    assert "Gepseudonimiseerd (vervangen: 4 personen, 2 telefoonnummers)." in done
    assert "garandeert geen anonimiteit" in done
    # Tags are numbered per note: the reader must not take two notes' [PERSOON-1] for one person.
    assert "labels zoals [PERSOON-1], genummerd per notitie, niet per persoon." in done


def test_html_per_group_content():
    text = "".join(_parse(_html([team_noord()])).text)
    # Step 1 notes under their section title and the prompt's own text.
    assert "Individueel: een casus" in text and "Wat werkte niet?" in text
    assert "Wie maakt het verschil bij terugval?" in text  # key question label
    assert "Belt binnen een week na ontslag" in text and "1 juni" in text
    assert "Akwa GGZ-enquête 2023" in text  # survey source beside the figures


# --- Markdown --------------------------------------------------------------------------------


def test_md_text_cannot_break_tables_or_add_links():
    assert md_text("a | b\nc") == "a \\| b<br>c"
    out = md_text(HOSTILE["md"])
    assert "](" not in out.replace("\\](", "")  # every "]" before "(" is escaped
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert "\\`code\\`" in out and "\\*em\\*" in out and "\\_u\\_" in out
    assert md_text("# Kop") == "\\# Kop"
    assert md_text("- lijst") == "\\- lijst"
    assert md_text("12. punt") == "12\\. punt"
    assert md_text("&amp;") == "&amp;amp;"
    assert md_text("x\r\ny\u2028z") == "x<br>y<br>z"


def test_markdown_tables_keep_their_shape():
    md = _md([hostile()])
    lines = md.splitlines()
    header_cols = None
    for line in lines:
        if line.startswith("| "):
            # Count unescaped pipes: every row of a table has as many as its header.
            cols = len(re.findall(r"(?<!\\)\|", line))
            header_cols = header_cols or cols
            assert cols == header_cols, line[:120]
        else:
            header_cols = None
    assert "<script" not in md and "<img" not in md
    assert not re.search(r"(?<!\\)\]\(http", md)  # no link or image from a note
    assert "🙂👍🏽" in md


def test_markdown_per_group_sections_and_labels_follow_language():
    nl = _md([team_noord()])
    assert "## Details over de groepen heen" in nl and "## Groep 1" in nl
    # Step 1 as a table: the round once, then a row per prompt with its notes one per line.
    assert "| Individueel: een casus | Wat werkte in deze casus? | Signaleringsplan samen opgesteld |" in nl
    assert "| Partij | Groep | Actie | Wie | Wanneer |" in nl  # every action on the first page
    assert "| Partij | Actie | Verwacht effect | Wie | Wanneer |" in nl  # a group's own
    en = _md([team_noord("en")])
    assert "## Details across the groups" in en and "Over de groepen" not in en
    assert "| Individually: a case | What worked in this case? |" in en
    assert "| Party | Group | Action | Who | When |" in en
    assert "> **⚠ Not pseudonymised. This report may contain" in en
    assert en.startswith("# Harvest — Team Noord")


def test_markdown_names_sessions_when_combining():
    b = team_noord().model_copy(update={"session": "team-zuid", "title": "Team Zuid"})
    md = _md([team_noord(), b])
    assert "## Team Noord · Groep 1" in md and "## Team Zuid · Groep 3" in md
    assert "6 van 6 groepen werkten aan stap 2" in md


def test_markdown_deidentified_counts():
    md = _md([team_noord(scrubbed=True, counts={"persoon": 3})])
    assert "Niet gepseudonimiseerd" not in md
    assert "*Gepseudonimiseerd (vervangen: 3 personen). Namen," in md


def test_csv_labels_follow_language():
    rows = _csv_rows([team_noord("en", scrubbed=True)])
    assert rows[0] == ["Session", "Group", "Step", "Prompt or zone", "Party", "Text"]
    assert any(r[3] == "What are bottlenecks in working together?" for r in rows[1:])


def test_schema_document_names_every_key():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "report-schema.md").read_text(encoding="utf-8")
    report = build_report([team_noord()])
    for key in report:
        assert f"`{key}" in doc, key
    for key in [*report["groups"][0], *report["parties"][0], *report["buckets"][0]]:
        assert f"`{key}" in doc or f" {key}," in doc or f"{{{key}," in doc, key


def test_the_html_template_compiled_beforehand_is_the_one_rendered(monkeypatch):
    from werkbord.report import html

    html.prepare()  # the command does this while an online board is read
    compiled = html._template()

    def no_compiling(*a, **k):
        raise AssertionError("the template is compiled again")

    monkeypatch.setattr(html._env(), "compile", no_compiling)
    assert html._template() is compiled
