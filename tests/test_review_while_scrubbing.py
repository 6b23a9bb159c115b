"""The review step reads each note where it is pseudonymised (by whichever process scrubbed it,
see werkbord.privacy.parallel), not once more afterwards: the same suspects either way."""

from __future__ import annotations

import pytest

from test_harvest_in_place import _harvest
from werkbord.harvest.model import Note
from werkbord.harvest.scrub import scrub_harvest
from werkbord.i18n import language
from werkbord.privacy import Scrubber, deduce_available
from werkbord.privacy import suspects as sus
from werkbord.template import load_template

pytestmark = pytest.mark.skipif(not deduce_available(), reason="deduce is not installed")

TEXTS = [
    "Gesprek met Tsegay over Venlafaxine, ging goed",
    "code 123 456 789 staat op de kaart",
    "buurvrouw Jansen belt de huisarts",
    "Kees en kleine Noor komen vrijdag",
    "Notitie 12: afstemming met de huisarts ging goed",
    "Gesprek met Tsegay over Venlafaxine, ging goed",  # a copy: read once
    "",
]


def _many() -> object:
    h = _harvest()
    h.notes = [Note(id=f"n{i}", text=t) for i, t in enumerate(TEXTS)]
    return h


@pytest.fixture(scope="module")
def wv():
    return load_template("terugval", "nl")


def _review(done) -> list[tuple[str, str, str, int]]:
    return [(r.note, r.text, r.why, r.start) for r in done.review]


def test_the_review_read_while_scrubbing_is_the_review_read_afterwards(wv, monkeypatch):
    with language("nl"):
        now = scrub_harvest(_many(), wv)
        # The same harvest with the review step reading every note itself afterwards, as before.
        many = Scrubber.scrub_many
        monkeypatch.setattr(Scrubber, "scrub_many", lambda self, *a, review=None, **k: many(self, *a, **k))
        afterwards = scrub_harvest(_many(), wv)
    assert _review(now) == _review(afterwards)
    assert len({r.note for r in now.review}) >= 2  # notes flagged, so the comparison says something
    assert [n.text for n in now.notes] == [n.text for n in afterwards.notes]


def test_the_review_step_does_not_read_a_scrubbed_note_again(wv, monkeypatch):
    def again(*args, **kwargs):
        raise AssertionError("read twice")

    with language("nl"):
        monkeypatch.setattr(sus, "find_suspects", again)
        done = scrub_harvest(_many(), wv)
    assert done.review
