"""Issue #22's seventh round, initials in shapes the rules had not read (privacy/initial_shapes.py):
made-up examples of each class, not a test set's notes; each test fails when its rule is taken out.
"""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.initial_shapes import initial_shapes


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in sorted(initial_shapes(text), key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Gesprek met k.v.d.m. over de dagbesteding", ["k.v.d.m."]),  # four letters with dots
        ("overdracht aan a.v.b. (collega)", ["a.v.b."]),  # three, a particle's letter inside
        ("M-J komt morgen langs met haar moeder", ["M-J"]),  # a double first name
        ("Broer T.-J. belde", ["T.-J."]),
        ("mw. h.j. van Dam belde over de huur", ["h.j."]),  # after a title, before a surname
        ("dhr. a.m. Kooistra wil een second opinion", ["a.m."]),  # even letters an abbreviation has
        ("een buurjongen die pk heet komt vaak langs", ["pk"]),  # what someone is called
        ("haar ex, door iedereen r.d. genoemd, dreigt", ["r.d."]),
    ],
)
def test_initials_in_odd_shapes_are_found(text, letters):
    assert spans(text) == letters


@pytest.mark.parametrize(
    "text",
    [
        "i.v.m. ziekte afgezegd, t.z.t. opnieuw",
        "d.m.v. een brief, m.a.w. schriftelijk",
        "C-L consult binnen een dag",
        "netwerk in ring A-B, buren B-C",
        "dhr. a.s. maandag terug op de afdeling",
        "de groep heet voortaan anders",
    ],
)
def test_abbreviations_rings_and_words_are_no_initials(text):
    assert initial_shapes(text) == []


@needs_deduce
def test_initials_in_odd_shapes_are_replaced():
    scrubber = Scrubber(["huisarts"], progress=lambda m: None)
    out = scrubber.scrub("Afspraak met j.v.d.w. en M-J bij de huisarts").text
    assert "j.v.d.w." not in out and "M-J" not in out and "huisarts" in out, out
