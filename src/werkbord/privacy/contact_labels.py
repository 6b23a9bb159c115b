"""A name as the label of a phone number: "Tel. Noi: 06 41 77 20 93", "Mo: +31 6 ...",
"Wessel (buurman): 06-...". A contact list or a crisis card names whose number it is right before
the colon; the number goes (:mod:`.contacts`), and the name must go with it. A role, a family word,
a kind of line ("Tel", "Werk", "Privé") and an ordinary Dutch word that is no first name stay
("Huisarts: 030-...", "Moeder: 06-...", "Crisisdienst: 088-..."). Spans get deduce's tag
"persoon". Pure: the lexicon is handed in.
"""

from __future__ import annotations

import re

from .found import Found
from .roles import is_role_word
from .words import PERSON_CONTEXT, Lexicon

_LABELLED_NUMBER = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ]+(?:[- ][A-ZÀ-Þ][a-zà-ÿ]+)?)(?:\s*\([^()\n]{1,25}\))?\s*:\s*"
    r"(?=(?:\+|00|0)\s?\(?\d[\d\s().–-]{7,})"
)
_LINE_WORDS = frozenset(
    """tel telefoon telefoonnummer nummer nr mob mobiel gsm fax werk thuis prive privé vast
    contact bereikbaar noodnummer whatsapp app sms bellen bel""".split()
)


def contact_labels(text: str, lexicon: Lexicon) -> list[Found]:
    """Names in ``text`` that label a phone number."""
    found = []
    for m in _LABELLED_NUMBER.finditer(text) if ":" in text else ():
        name = m.group(1)
        low = name.lower()
        if low in _LINE_WORDS or low in PERSON_CONTEXT or is_role_word(low):
            continue
        if lexicon.is_ordinary(low) and low not in lexicon.first_names:
            continue  # "Crisisdienst: 088-...", "Afdeling: 030-..."
        found.append(Found(*m.span(1), "persoon"))
    return found
