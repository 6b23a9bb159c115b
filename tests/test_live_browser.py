"""werkbord live in a real browser (Debian's chromium, headless, watched over the DevTools
protocol while the board changes): the page shows a change within one interval, says so when
the platform fails, and never turns a note into markup."""

from __future__ import annotations

import time

import pytest

from browser_cdp import CHROMIUM, Browser
from fakes.common import Fault, matching
from scenario import Op, region_point, session_ops
from test_live import SceneSession, hostile_ops, platform_session  # noqa: F401 — the fixture
from werkbord.live import pacing
from werkbord.live.server import LiveServer
from werkbord.live.session import LiveSession

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (apt-get install -y chromium) — browser check skipped",
)

POLL = 2.0  # the page asks the server for news every 2 s (page.js)


def card_count(group: int, prompt: int = 0) -> str:
    """JS: the count of a step 1 prompt on a group's card ('' while the card is not there)."""
    return (
        f"(() => {{ const c = document.querySelector('[data-group=\"{group}\"]');"
        f" return c ? c.querySelectorAll('td.n')[{prompt}].textContent : ''; }})()"
    )


STALE = "(() => { const s = document.getElementById('stale'); return s.hidden ? '' : s.textContent; })()"


@pytest.fixture(scope="module")
def _chromium():
    with Browser() as b:  # one start for the module's tests
        yield b


@pytest.fixture
def browser(_chromium):
    yield _chromium
    _chromium.close_tabs()


def test_excalidraw_change_shows_within_one_interval_and_a_broken_file_as_stale(tmp_path, wv, browser):
    session = SceneSession(tmp_path, wv)
    session.apply(session_ops(session.plan))
    live = LiveSession(session.done.manifest_path)  # the default --interval
    with LiveServer(live, port=0) as srv:
        tab = browser.open(srv.url)
        value, _ = browser.wait_for(tab, card_count(3), timeout=30)
        assert value == "0"
        assert browser.eval(tab, "document.querySelectorAll('article.card').length") == 3
        session.apply(
            [Op("add", text="Huisarts en wijkteam", to=region_point(session.plan, 3, "betrokken"), new_id="g3-note")]
        )
        _, took = browser.wait_for(tab, card_count(3) + " === '1'", timeout=live.interval)
        # The file is looked at every second; the page asks every 2 s: far within one interval.
        assert took <= pacing.WATCH_EVERY + POLL + 3 <= live.interval
        assert "verbinding hapert" not in (browser.eval(tab, STALE) or "")
        updated = browser.eval(tab, "document.getElementById('updated').textContent")
        assert updated.startswith("Laatst bijgewerkt ")

        session.path.write_text("{ half a download")  # a scene saved half-way: the read fails
        stale, _ = browser.wait_for(tab, STALE, timeout=pacing.WATCH_EVERY + POLL + 5)
        assert stale.endswith("verbinding hapert")
        line = browser.eval(tab, "document.getElementById('status').textContent")
        assert "Laatst bijgewerkt" in line and "verbinding hapert" in line
        assert browser.eval(tab, card_count(3)) == "1"  # the last good harvest stays on screen


def test_platform_change_within_one_interval_and_failing_platform_is_stale(platform_session, wv, browser, monkeypatch):  # noqa: F811
    from werkbord.layout import layout

    app, options, done, manifest = platform_session
    # What the page promises holds for any interval: the shortest the command allows (5 s) would
    # only make this test wait three of them. The slack over interval + poll stays 3 s.
    monkeypatch.setattr(pacing, "MIN_INTERVAL", 2.0)
    live = LiveSession(done.manifest_path, interval=2.0, options=options)
    with LiveServer(live, port=0) as srv:
        tab = browser.open(srv.url)
        value, _ = browser.wait_for(tab, card_count(3), timeout=30)
        assert value == "0"
        plan = layout(wv, 3, title="Team Noord")
        app.add_sticky(manifest.board.id, "Huisarts belde", region_point(plan, 3, "betrokken"))
        _, took = browser.wait_for(tab, card_count(3) + " === '1'", timeout=live.interval + POLL + 5)
        assert took <= live.interval + POLL + 3  # the next refresh, the page's next look (+ slack for a busy machine)
        assert not browser.eval(tab, STALE)

        app.faults = matching(lambda info: True, Fault("status", 503))
        stale, _ = browser.wait_for(tab, STALE, timeout=live.interval + POLL + 5)
        assert stale.endswith("verbinding hapert")
        assert browser.eval(tab, card_count(3)) == "1"
        app.faults = None
        browser.wait_for(tab, "!(" + STALE + ")", timeout=live.interval + POLL + 5)  # and it recovers


def test_no_note_text_becomes_markup(tmp_path, wv, browser):
    session = SceneSession(tmp_path, wv)
    session.apply(session_ops(session.plan) + hostile_ops(session.plan))
    live = LiveSession(session.done.manifest_path)
    with LiveServer(live, port=0) as srv:
        tab = browser.open(srv.url + "#plenary")
        browser.wait_for(tab, "document.querySelectorAll('#actions td').length > 0", timeout=30)
        time.sleep(0.5)
        # The payloads would add elements, run script (retitle, mark <body>) or load an image.
        assert browser.eval(tab, "document.querySelectorAll('script').length") == 2  # the page's own
        assert browser.eval(tab, "document.querySelectorAll('img:not([src^=\"/figure/\"])').length") == 0
        assert browser.eval(tab, "document.querySelectorAll('[onerror]').length") == 0
        assert browser.eval(tab, "document.body.dataset.pwned === undefined")
        assert browser.eval(tab, "document.title") == "Team Noord · werkbord live"
        # ... and are on the page as the text participants wrote.
        shown = browser.eval(tab, "document.getElementById('plenary').textContent")
        assert "<img src=x onerror=" in shown and "<script>" in shown
        # The pictures are images: board text in them can run nothing either.
        assert browser.eval(tab, "document.querySelectorAll('#figs img').length") == 2


# Every visible text of the page, and every text of its pictures at the scale they are shown:
# those under 14 px (as [where, element, px, text]).
_SMALL_TEXT = """(async () => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const n = walk.currentNode, e = n.parentElement;
    if (!n.textContent.trim() || e.closest('script') || !e.getClientRects().length) continue;
    const px = parseFloat(getComputedStyle(e).fontSize);
    if (px < 14) out.push(['page', e.tagName + '#' + e.id + '.' + e.className, px, n.textContent.trim().slice(0, 40)]);
  }
  for (const img of document.querySelectorAll('#plenary img')) {
    const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml').documentElement;
    const scale = img.getBoundingClientRect().width / parseFloat(svg.getAttribute('viewBox').split(' ')[2]);
    for (const t of svg.querySelectorAll('text')) {
      const px = parseFloat(t.getAttribute('font-size')) * scale;
      if (px < 14) out.push(['picture', img.alt, Math.round(px * 10) / 10, t.textContent.trim().slice(0, 40)]);
    }
  }
  window.__small = JSON.stringify(out);
})(), true"""


def test_plenary_view_has_no_text_under_14_px_at_1280_wide(tmp_path, wv):
    """The plenary view on a shared screen (1280 px wide): page text and the pictures' text,
    measured at the size the browser shows them, are at least 14 px."""
    import json

    session = SceneSession(tmp_path, wv)
    session.apply(session_ops(session.plan))
    live = LiveSession(session.done.manifest_path)
    with Browser(width=1280, height=800) as b, LiveServer(live, port=0) as srv:
        tab = b.open(srv.url + "#plenary")
        loaded = (
            "(() => { const i = [...document.querySelectorAll('#plenary img')];"
            " return i.length === 3 && i.every((m) => m.complete && m.naturalWidth > 0); })()"
        )
        b.wait_for(tab, loaded, timeout=30)
        assert b.eval(tab, "document.documentElement.clientWidth") <= 1280
        b.eval(tab, _SMALL_TEXT)
        small, _ = b.wait_for(tab, "window.__small", timeout=20)
        small = json.loads(small)
        assert not small, f"{len(small)} texts under 14 px, e.g. {small[:8]}"
