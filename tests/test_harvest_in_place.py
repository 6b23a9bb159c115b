"""map_texts gives a changed copy and leaves the harvest as it was, unless asked to work in place."""

from __future__ import annotations

from werkbord.harvest.model import Context, GroupHarvest, Harvest, MicroAction, Note, Placement
from werkbord.harvest.texts import map_texts


def _harvest() -> Harvest:
    context = Context(
        title="t",
        lang="nl",
        labels={},
        step_titles={},
        prompts=[],
        zones=[],
        parties=[],
        buckets=[],
        survey_source="",
        survey_note="",
    )
    group = GroupHarvest(
        index=1,
        name="Groep 1",
        step1={"wie": ["Jan belt"]},
        zones={"A": [Placement(name="buurman Piet", note_id="n2")], "B": [], "C": []},
        micro_actions=[MicroAction(action="Jan bellen", text="Jan bellen", note_id="n3")],
    )
    notes = [Note(id="n1", text="Jan belt"), Note(id="n2", text="buurman Piet"), Note(id="n3", text="Jan bellen")]
    return Harvest(
        session="s",
        title="t",
        backend="excalidraw",
        template="terugval",
        template_version="1",
        harvested_at="2026-01-01T00:00:00+00:00",
        context=context,
        groups=[group],
        outside=["Jan buiten"],
        notes=notes,
    )


def _upper(text: str) -> str:
    return text.upper()


def test_map_texts_copies_and_leaves_the_original():
    h = _harvest()
    before = h.model_dump()
    done = map_texts(h, _upper)
    assert done is not h and h.model_dump() == before
    assert done.groups[0].zones["A"][0].name == "BUURMAN PIET"
    assert [n.text for n in done.notes] == ["JAN BELT", "BUURMAN PIET", "JAN BELLEN"]


def test_map_texts_in_place_gives_the_same_harvest_changed():
    copied = map_texts(_harvest(), _upper)
    h = _harvest()
    done = map_texts(h, _upper, in_place=True)
    assert done is h and done.model_dump() == copied.model_dump()
    assert h.outside == ["JAN BUITEN"] and h.groups[0].micro_actions[0].action == "JAN BELLEN"
