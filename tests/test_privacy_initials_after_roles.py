"""Initials in lower case without dots between a role word and a surname found ("ervaringsdeskundige
ka Wijnands", "cliënte ei Postma"): the role may carry an accent or be long ("zorgcoördinator"), and
"pt."/"cl." stand where a title does. Made-up examples in shapes the development sets do not use;
each test fails when the rule is taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import gone
from werkbord.privacy import deduce_available


@pytest.fixture(scope="module")
def scrubber():
    if not deduce_available():
        pytest.skip("deduce is a dependency")
    from werkbord.privacy import Scrubber

    return Scrubber(["huisarts"], progress=lambda m: None)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Overdracht: pt. ka Wijnands, geb. 3-4-1990, kamer 2", "ka"),
        ("Ervaringsdeskundige ej Tahiri belt morgen terug", "ej"),
        ("Cliënte ei Postma, 34, woont alleen", "ei"),
        ("Gezinsvoogd (intern) is zorgcoördinator ao Bosma sinds mei", "ao"),
    ],
)
def test_lower_initials_after_a_role_before_a_surname_go(scrubber, text, initials):
    out = scrubber.scrub(text).text
    assert gone(initials, out), out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("pt op Bakker gewezen door de buurvrouw", "op"),
        ("Cl. en Bakker spraken af in de stad", "en"),
    ],
)
def test_small_words_between_a_role_and_a_surname_stay(scrubber, text, word):
    assert not gone(word, scrubber.scrub(text).text)
