"""Names glued to digits: an organisation's brand ("Bindkracht10", "Fit4All", "Zorg4U") or a user name
("Karel58").

A Dutch note writes a count, a group or a version with a space ("groep 7", "fase 2", "week 12"); a
capitalised word with digits glued to its end, or a digit between two capitalised words, is written
so on purpose: the name a welfare organisation, a housing corporation, a sports school or a
job agency gave itself, or someone's user name. The review step already showed these as a code;
here they are replaced. Not a word that numbers a part, a step or a room ("Fase2", "Groep7",
"Kamer12", "Module3"), nor a product everyone knows ("Covid19", "Windows11", "Office365"), nor
anything glued to more letters or digits ("HbA1c", "SCID5-interview"). A first name there is a user
name (tag "url"), anything else an organisation (tag "instelling"). Pure: the lexicon is handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .words import Lexicon

# "Bindkracht10", "Karel58": a capitalised word of four letters or more, then one to three digits;
# "Fit4All", "Jobs4Poles": a digit between a capitalised word and another one.
_GLUED = re.compile(
    r"(?<![\w.@/#&+-])([A-ZÀ-Þ]([a-zà-ÿ]{3,})\d{1,3}|[A-ZÀ-Þ]([a-zà-ÿ]+)\d[A-ZÀ-Þ][A-Za-zà-ÿ]*)(?![\w@/#&+-]|[.,]\d)"
)
_LETTER_DIGIT = re.compile(r"\d(?<=[a-zà-ÿ]\d)")  # most notes have none: a scan for digits, then the pattern
# Words that number a part, a step, a place or a version, and products everyone knows: "Fase2", "Covid19".
_NUMBERED = frozenset(
    """
    fase groep klas kamer ronde module versie niveau lokaal week stap blok level route lijn sessie deel les
    bed pagina hoofdstuk afdeling unit item vraag schaal casus periode trede jaar maand dag nummer kanaal
    tafel etage verdieping vleugel gang unit box stand team bus tram trein perron spoor zaal ruimte cel
    covid corona sars windows office iphone ipad galaxy playstation xbox fifa android
    """.split()
)


def digit_names(text: str, lexicon: Lexicon, covered: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Names in ``text`` written as a word glued to digits, outside the ``covered`` spans."""
    if _LETTER_DIGIT.search(text) is None:
        return []
    found = []
    for m in _GLUED.finditer(text):
        start, end = m.span(1)
        if _inside(start, end, covered):
            continue
        head = m.group(1)[0].lower() + (m.group(2) or m.group(3))  # "bindkracht" of "Bindkracht10", "fit" of "Fit4All"
        if head in _NUMBERED:
            continue
        user = m.group(2) is not None and head in lexicon.first_names  # "Karel58"
        found.append(Found(start, end, "url" if user else "instelling"))
    return found


def _inside(start: int, end: int, covered: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in covered)
