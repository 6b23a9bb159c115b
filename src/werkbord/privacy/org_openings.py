"""An organisation named with a capitalised word, opening a sentence as the one who calls, writes or
decides (issue #22's ninth session): "Het Kantelpunt belt morgen terug", "De Uitkijk heeft
gemaild", "De Wingerd Zorg wil een nieuwe intake". A capitalised ordinary word after "De" or
"Het" inside a sentence is what :mod:`.named_organisations` reads; at a sentence's start every word
is capitalised, and only what the subject does says it is someone. A role, a person word, a kind
of organisation or a public body ("De Huisarts belt", "De Buurvrouw belde", "Het Wijkteam wil",
"De Gemeente stuurde") is none, nor a note that capitalises most words. (In lower case, "De
schakel belt", the review step shows it: :mod:`.slot_frames`.) Written from made-up examples and
benchmarks/deid_org_probe.py's tune half. Pure.
"""

from __future__ import annotations

import re

from .found import Found
from .named_organisations import capitalises_much, kind_of_organisation, no_name
from .words import Lexicon, is_role

_OPENING = re.compile(
    r"(?:^|(?<=[.!?;\n])[ \t]*)(?:De|Het|'t)[ \t]+([A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]{2,})?)"
    r"(?=[ \t]+(?:belt|belde|mailt|mailde|appt|appte|stuurt|stuurde|schrijft|schreef|meldt|meldde|laat|liet|"
    r"heeft[ \t]+(?:gebeld|gemaild|geschreven|gereageerd|laten|toegezegd|afgewezen|aangeboden|gevraagd)|"
    r"reageert|reageerde|biedt|bood|weigert|weigerde|vraagt|vroeg|zegt|zei|wil|wilde)\b)"
)


def opening_organisations(text: str, lexicon: Lexicon, covered: list[tuple[int, int]] = ()) -> list[Found]:
    """ "Het Kantelpunt belt ...": the capitalised name opening a sentence before what it does."""
    if "De " not in text and "Het " not in text and "'t " not in text:
        return []
    found = []
    for m in _OPENING.finditer(text):
        words = m.group(1).split()
        low = words[0].lower()
        if no_name(words[0]) or is_role(low) or kind_of_organisation(low, lexicon) or not lexicon.words:
            continue
        f = Found(*m.span(1), "instelling")
        if capitalises_much(text, f) or any(s < f.end and f.start < e for s, e in covered):
            continue
        found.append(f)
    return found
