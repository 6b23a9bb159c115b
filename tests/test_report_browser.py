"""The HTML report in a real browser: Debian's chromium, headless, with network features off.

Checks what only a browser can: that each group's SVG picture ends up in the DOM, and that no
hostile note ran as script (the payloads would retitle the page or mark <body>).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from test_report_data import hostile, team_noord
from werkbord.report import render_reports

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).is_file()), None)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (apt-get install -y chromium) — browser check skipped",
)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.svgs: list[dict[str, str | None]] = []
        self.body: dict[str, str | None] = {}
        self.tags: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        a = dict(attrs)
        if tag == "svg":
            self.svgs.append(a)
        elif tag == "body":
            self.body = a
        elif tag == "title" and not self.title:
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _dump_dom(path: Path, profile: Path) -> _Dom:
    run = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    dom = _Dom()
    dom.feed(run.stdout)
    return dom


def test_html_report_renders_and_runs_no_script(tmp_path):
    b = hostile()
    render_reports([team_noord(), b], tmp_path / "out", {"html"})
    dom = _dump_dom(tmp_path / "out" / "team-noord+vijandig.oogst.html", tmp_path / "profile")
    networks = [s for s in dom.svgs if "network" in (s.get("class") or "")]
    assert len(networks) == 3 + 1 + 1  # every group of both harvests, and the one across groups
    assert any("bars" in (s.get("class") or "") for s in dom.svgs)
    assert "script" not in dom.tags and "img" not in dom.tags
    assert "data-pwned" not in dom.body  # the onerror payload never ran
    assert "PWNED" not in dom.title  # nor did the <script> payload
    assert dom.title.startswith("⚠ Oogst")


def test_the_check_would_see_a_script_run(tmp_path):
    """Control: the same payloads, unescaped and without CSP, do mark the DOM — so the test above
    passes because the report is inert, not because the browser never runs scripts."""
    from test_report_data import HOSTILE

    page = tmp_path / "raw.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><title>t</title></head><body>{HOSTILE['script']}{HOSTILE['img']}</body></html>",
        encoding="utf-8",
    )
    dom = _dump_dom(page, tmp_path / "profile")
    assert dom.body.get("data-pwned") == "1" or "PWNED" in dom.title


def print_to_pdf(html: Path, pdf: Path, profile: Path) -> None:
    """Chromium's own print of the page (A4 from the page's @page rule), without header or footer."""
    run = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--no-pdf-header-footer",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and pdf.is_file(), run.stderr[-2000:]


@pytest.fixture(scope="module")
def four_groups(tmp_path_factory):
    """A full 4-group session's HTML report as Chromium prints it: (the harvest, the PDF)."""
    from test_report_data import realistic_session

    folder = tmp_path_factory.mktemp("four-groups")
    h = realistic_session(4)
    render_reports([h], folder, {"html"})
    pdf = folder / "report.pdf"
    print_to_pdf(folder / "team-noord.oogst.html", pdf, folder / "profile")
    return h, pdf


def test_four_groups_print_on_at_most_seven_a4_pages(four_groups):
    import pypdf

    h, pdf = four_groups
    reader = pypdf.PdfReader(pdf)
    pages = [p.extract_text() for p in reader.pages]
    print(f"\n4 groups: {len(pages)} A4 pages")  # shown with pytest -s
    # Page 1, two pages of details with the pictures across groups at a readable size, a page per group.
    assert len(pages) <= 7
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 portrait in points
    # Page 1 stands alone: title, date, groups, findings and every micro-action with who and when.
    first = pages[0]
    assert "Oogst — Team Noord" in first and "01-05-2025, start 14:00" in first
    assert "4 van 4 groepen werkten aan stap 2" in first
    assert "Belangrijkste bevindingen" in first and "Alle micro-acties" in first
    assert first.count("Collega ") == sum(len(g.micro_actions) for g in h.groups) == 20
    assert pages[1].lstrip().startswith("Details over de groepen heen")
    # No page holds only a heading; each group's page has its network and its notes.
    for i, text in enumerate(pages):
        assert len(text.split()) > 40, f"page {i + 1} is nearly empty: {text[:80]!r}"
    for k, page in enumerate(pages[-4:], start=1):
        assert re.search(rf"(^|\n)Groep {k}\n", page), page[:200]
        assert "Ervaring ophalen" in page and "Micro-acties" in page and "Kernvragen" in page


def _font_sizes(pdf: Path) -> list[tuple[int, float, str]]:
    """(page, size in pt, text) of every piece of text Chromium printed: the font size scaled by
    the text matrix and the current transformation (an SVG shrunk to fit shrinks its text too)."""
    import math

    import pypdf

    found: list[tuple[int, float, str]] = []
    for number, page in enumerate(pypdf.PdfReader(pdf).pages, start=1):

        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                c = tm[2] * cm[0] + tm[3] * cm[2]
                d = tm[2] * cm[1] + tm[3] * cm[3]
                found.append((number, size * math.hypot(c, d), text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def test_no_printed_text_is_smaller_than_8_pt(four_groups):
    """Chromium's A4 print of a full session: every text, the pictures' included, is at least 8 pt,
    and no label in a picture is cut short ("…")."""
    h, pdf = four_groups
    sizes = _font_sizes(pdf)
    assert len(sizes) > 500  # the measurement saw the report, pictures included
    small = sorted({(p, round(s, 1), t[:30]) for p, s, t in sizes if s < 7.95})
    assert not small, f"text under 8 pt: {small[:12]}"
    text = " ".join(t for _, _, t in sizes)
    assert "…" not in text
    # Every party name is printed whole (a wrapped label continues on the next line).
    words = set(re.findall(r"\w+", text))
    for p in h.context.parties:
        for word in re.findall(r"\w+", p.label):
            assert word in words, (p.label, word)


def test_the_size_check_sees_small_text(tmp_path):
    """Control: a page with 6 pt text and an SVG scaled down does fail the measurement above."""
    page = tmp_path / "small.html"
    page.write_text(
        '<!DOCTYPE html><html><body><p style="font-size:6pt">klein</p>'
        '<svg viewBox="0 0 1000 100" width="200" height="20"><text x="0" y="50" font-size="20">ook klein</text>'
        "</svg><p>gewoon</p></body></html>",
        encoding="utf-8",
    )
    pdf = tmp_path / "small.pdf"
    print_to_pdf(page, pdf, tmp_path / "profile")
    sizes = {t: round(s, 1) for _, s, t in _font_sizes(pdf)}
    assert sizes["klein"] == 6.0 and sizes["ook klein"] == 3.0 and sizes["gewoon"] == 12.0
