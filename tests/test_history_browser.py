"""The team's history in headless Chromium: it renders (its picture in the DOM, no script runs),
and its A4 print has no text under 8 pt (read from the PDF Chromium makes)."""

from __future__ import annotations

import pytest

from test_report_browser import CHROMIUM, _dump_dom, print_to_pdf

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def history_html(tmp_path_factory):
    from test_history import team as make_team  # the played team: a session and two follow-ups
    from werkbord import api
    from werkbord.report.history import build_history
    from werkbord.report.history_out import write_history

    root, paths = make_team.__wrapped__(tmp_path_factory)
    h = api.load_harvest(paths[1])
    h.follow_up.moves[0].party = "<script>document.title='PWNED'</script>"
    hist = build_history([api.load_harvest(paths[0]), h, api.load_harvest(paths[2])])
    files = write_history(hist, root / "out", {"html"})
    return files[0][0]


def test_the_history_renders_with_its_picture_and_runs_no_script(history_html, tmp_path):
    dom = _dump_dom(history_html, tmp_path / "profile")
    assert any("history-rings" in (s.get("class") or "") for s in dom.svgs)
    assert "script" not in dom.tags and "PWNED" not in dom.title
    assert dom.title == "Verloop — Team Noord"


def _font_sizes(pdf) -> list[tuple[float, str]]:
    """(size in pt, text) of every text run: the font size times the text and page matrices."""
    from pypdf import PdfReader

    sizes: list[tuple[float, str]] = []
    for page in PdfReader(pdf).pages:

        def visit(text, cm, tm, font, size, sizes=sizes):
            if text.strip():
                scale_tm = (tm[2] ** 2 + tm[3] ** 2) ** 0.5
                scale_cm = (cm[2] ** 2 + cm[3] ** 2) ** 0.5
                sizes.append((size * scale_tm * scale_cm, text.strip()))

        page.extract_text(visitor_text=visit)
    return sizes


def test_the_history_prints_on_a4_with_no_text_under_8_pt(history_html, tmp_path):
    pytest.importorskip("pypdf")
    pdf = tmp_path / "history.pdf"
    print_to_pdf(history_html, pdf, tmp_path / "profile")
    sizes = _font_sizes(pdf)
    texts = " ".join(t for _, t in sizes)
    assert "Ring per partij over de sessies" in texts and "Huisarts" in texts
    assert "Openstaande acties die meegaan" in texts
    small = [(round(s, 1), t) for s, t in sizes if s < 8]
    assert not small, small[:10]


def test_the_size_check_sees_small_text(tmp_path):
    """Control: text printed at 6 pt is found, so the test above passes because the text is large."""
    pytest.importorskip("pypdf")
    page = tmp_path / "small.html"
    page.write_text(
        '<!DOCTYPE html><html><body><p style="font-size:6pt">klein</p>'
        '<p style="font-size:10pt">groot</p></body></html>',
        encoding="utf-8",
    )
    print_to_pdf(page, tmp_path / "small.pdf", tmp_path / "profile")
    found = {t: round(s, 1) for s, t in _font_sizes(tmp_path / "small.pdf")}
    assert found == {"klein": 6.0, "groot": 10.0}
