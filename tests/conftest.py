from __future__ import annotations

from pathlib import Path

import pytest

from werkbord.layout import layout
from werkbord.template import load_template

SPECS = Path(__file__).resolve().parents[2] / "shared" / "specs"

# Tests that measure real time (redraw gaps, key latency, a refresh within one interval) or drive
# Chromium. Under pytest-xdist (the README's ``-n auto --dist loadgroup``) they run one after
# another on one worker, never two at once, while the other workers run the rest file by file
# (a file's module fixtures are then built once).
REALTIME = {
    "test_timer_network.py",
    "test_timer_terminal.py",
    "test_live.py",
    "test_live_browser.py",
    "test_report_browser.py",
    "test_history_browser.py",
    "test_meanwhile.py",
    "test_sync.py",
    "test_read_ahead.py",  # when the first requests are on the wire, within a second
}


_PREPARING = pytest.StashKey()


def pytest_sessionstart(session):
    """Where de-identification's word lists are not prepared yet (a fresh machine or CI cache:
    ~25 s of CPU), prepare them in a process of their own from the start: tests that need them
    wait for it (werkbord's own lock, as for two commands at once), the others run meanwhile."""
    import subprocess
    import sys

    from werkbord import api

    if hasattr(session.config, "workerinput") or api.privacy_prepared():  # an xdist worker: the controller does it
        return
    session.config.stash[_PREPARING] = subprocess.Popen(
        [sys.executable, "-m", "werkbord", "prepare"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def pytest_sessionfinish(session):
    preparing = session.config.stash.get(_PREPARING, None)
    if preparing is not None and preparing.poll() is None:  # a short run: a half-built file is rebuilt later
        preparing.terminate()
        preparing.wait()


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config, items):
    for item in items:
        name = item.path.name
        item.add_marker(pytest.mark.xdist_group("realtime" if name in REALTIME else name))


@pytest.fixture(autouse=True)
def _english_user(monkeypatch):
    """Every test starts as an English-speaking user with werkbord speaking English (the library's
    default); a test that wants Dutch sets LANG or a Dutch session. Nothing leaks to the next test."""
    from werkbord import i18n

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    i18n.use_language("en")
    yield
    i18n.use_language("en")


@pytest.fixture(scope="session")
def wv():
    return load_template("terugval", "nl")


@pytest.fixture(scope="session")
def wv_en():
    return load_template("terugval", "en")


@pytest.fixture(scope="session")
def plan4(wv):
    return layout(wv, 4, title="Team Noord", start="14:00")


# The pseudonymiser's shared parts for the privacy tests. A file that needs other template words
# defines its own ``scrubber`` (a file's fixture overrides these).
@pytest.fixture(scope="module")
def lexicon():
    """The lexicon the context rules ask (deduce's lists and OpenTaal's words), built once."""
    from werkbord.privacy import deduce_available

    if not deduce_available():
        pytest.fail("deduce is not installed, but werkbord depends on it (pip install -e '.[test]')")
    from werkbord.privacy.lexicon import shared_lexicon

    return shared_lexicon()


@pytest.fixture(scope="module")
def scrubber():
    """A scrubber whose template words are a few party words, as the privacy tests' notes use."""
    from werkbord.privacy import Scrubber

    return Scrubber(["huisarts", "wijkteam", "FACT"], progress=lambda m: None)


@pytest.fixture
def edge():
    """Mock the vendors' HTTP with respx for the test; fakes join it through ``fakes.common.serve``."""
    from fakes.common import respx_edge

    with respx_edge() as router:
        yield router


@pytest.fixture
def cli(monkeypatch):
    """The CLI in this process under a given user locale (``lang=``, default English), with
    de-identification counted as prepared (it is not the point of the tests that use this)."""
    from typer.testing import CliRunner

    from werkbord import api
    from werkbord.cli import app

    monkeypatch.setattr(api, "privacy_prepared", lambda: True)
    runner = CliRunner()

    def invoke(*args: str, lang: str = "en_US.UTF-8"):
        monkeypatch.setenv("LANG", lang)
        return runner.invoke(app, [str(a) for a in args])

    return invoke
