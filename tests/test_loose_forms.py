"""A micro-action form laid outside every group's frame (a sticky that drifted off, or was put
beside the board) is still read as a form when it is pseudonymised: its planned date under
"Wanneer" stays as written, while the rest of the note is pseudonymised as everywhere."""

from __future__ import annotations

import pytest

from test_harvest_in_place import _harvest
from werkbord.harvest.model import Note
from werkbord.harvest.scrub import scrub_harvest
from werkbord.i18n import language
from werkbord.privacy import deduce_available
from werkbord.template import load_template

pytestmark = pytest.mark.skipif(not deduce_available(), reason="deduce is not installed")

FORM = "Wie: casemanager\nWanneer: 14 maart\nWat: Fenna Kuipers uit Zwolle bellen over het signaleringsplan"
CASE = "Casus: mw. Jansen uit Kampen, sinds 14 maart opgenomen"


@pytest.fixture(scope="module")
def wv():
    return load_template("terugval", "nl")


def _loose() -> object:
    h = _harvest()
    h.outside = [FORM, CASE]
    h.notes = [*h.notes, Note(id="f1", text=FORM), Note(id="c1", text=CASE)]
    return h


def test_a_form_outside_the_groups_keeps_its_planned_date(wv):
    with language("nl"):
        done = scrub_harvest(_loose(), wv)
    form, case = done.outside
    assert "Wanneer: 14 maart" in form and "casemanager" in form
    assert not any(word in form for word in ("Fenna", "Kuipers", "Zwolle"))
    # a case note outside the groups is no form: its date goes, as in every case note
    assert "14 maart" not in case and "Jansen" not in case and "Kampen" not in case
    assert [n.text for n in done.notes if n.id == "f1"] == [form]
