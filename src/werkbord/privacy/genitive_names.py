"""A name with an apostrophe genitive before a family word ("Efua's dochter", "Jan’s vrouw") or
a contact detail ("Merel's nummer: 06-...", "Jan’s mailadres").

The other rules read the Dutch genitive without an apostrophe ("Mohammeds zus"). Names that end
in a vowel, and many that do not, are written with one. The stem is a name when it is capitalised
and no Dutch word, or a first name of deduce's list; a role, a family or a person word is a plural
or a genitive of its own ("oma's broer", "collega's vrouw", "cliënt's moeder") and stays.
Spans get deduce's tag "persoon". Pure: the lexicon is handed in.
"""

from __future__ import annotations

import re

from .family import FAMILY_AFTER_A_GENITIVE, alternation
from .found import Found
from .roles import is_role_word
from .words import PERSON_CONTEXT, Lexicon

# Whose contact detail: "Merel's nummer: 06-...", "Jan’s mailadres".
_CONTACT_NOUNS = "nummer|telefoonnummer|mobiele\\s+nummer|mobiel|telefoon|mail|e-mail|mailadres|e-mailadres|adres"
_GENITIVE = re.compile(
    rf"(?<![\w'’-])([A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)['’]s\s+"
    rf"(?i:{alternation(FAMILY_AFTER_A_GENITIVE)}|{_CONTACT_NOUNS})\b"
)


def genitive_names(text: str, lexicon: Lexicon) -> list[Found]:
    """Names in ``text`` with an apostrophe genitive before a family word."""
    found = []
    for m in _GENITIVE.finditer(text) if "'s " in text or "’s " in text else ():
        name = m.group(1)
        low = name.lower()
        if low in PERSON_CONTEXT or is_role_word(low):
            continue
        listed = low in lexicon.first_names
        if listed or (name[0].isupper() and not lexicon.is_word(low) and not lexicon.is_ordinary(low)):
            found.append(Found(*m.span(1), "persoon"))
    return found
