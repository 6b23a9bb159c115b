"""What participants read on the board: labels wrap between words, plain Dutch, no tool jargon,
and the step 3 form asks who and when."""

from __future__ import annotations

import pytest

from werkbord.board.excalidraw import element_id, fit_text, plan_to_scene, text_width
from werkbord.layout import layout
from werkbord.plan import Role
from werkbord.template import load_template


@pytest.fixture(scope="module", params=["nl", "en"])
def plan(request):
    return layout(load_template("terugval", request.param), 2, title="Team Noord", start="14:00", participants=3)


def _breaks_between_words(original: str, wrapped: str) -> bool:
    """True when every soft line break in ``wrapped`` sits at a space or right after a "/"."""
    i = 0
    for ch in wrapped:
        if ch == "\n" and (i >= len(original) or original[i] != "\n"):
            if i < len(original) and original[i] == " ":
                i += 1  # the space the break replaced
            elif not (i > 0 and original[i - 1] == "/"):
                return False
            continue
        if i >= len(original) or original[i] != ch:
            return False
        i += 1
    return i == len(original)


def test_a_label_wraps_after_its_slash_not_inside_a_word():
    narrow = text_width("Schuldhulp/", 20) + 2
    _, wrapped, _, _ = fit_text("Schuldhulp/bewindvoering", 20, narrow, 200)
    assert wrapped == "Schuldhulp/\nbewindvoering"
    assert _breaks_between_words("Schuldhulp/bewindvoering", wrapped)
    _, wrapped, _, _ = fit_text("Dagbesteding/vrijwilligerswerk", 20, narrow, 200)
    assert "\n" in wrapped and _breaks_between_words("Dagbesteding/vrijwilligerswerk", wrapped)


def test_every_party_sticky_on_the_scene_breaks_between_words(plan):
    scene = {e["id"]: e for e in plan_to_scene(plan, "s")["elements"]}
    checked = 0
    for item in plan.items:
        if item.role == Role.PARTY_STICKY:
            el = scene[element_id("s", item.key, "text")]
            assert _breaks_between_words(item.text, el["text"]), el["text"]
            checked += 1
    assert checked >= 20


def test_step3_form_has_who_and_when_lines(plan):
    forms = [i.text for i in plan.items if i.role == Role.FORM_STICKY]
    assert forms
    lines = forms[0].split("\n")
    assert lines[-2:] in (["Wie:", "Wanneer:"], ["Who:", "When:"])


def test_board_text_is_plain_language_without_tool_words(plan):
    texts = [i.text or "" for i in plan.items]
    joined = "\n".join(texts)
    for jargon in ("werkbord", "provision", "harvest", "manifest"):
        assert jargon not in joined.lower()
    assert "Samen: kom tot" not in joined and "Together: arrive at" not in joined
    assert "(Antwoorden hier)" not in joined and "(Answers here)" not in joined
    questions = [i.text for i in plan.items if i.role == Role.QUESTION_REGION]
    assert questions and all(
        q.endswith(("Zet jullie antwoorden op stickies in dit vak.", "Put your answers on stickies in this box."))
        for q in questions
    )
    assert "Samen: wat komt steeds terug?" in joined or "Together: what keeps coming back?" in joined
