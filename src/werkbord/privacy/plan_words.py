"""Words of the workshop's own notations that deduce reads as names.

- A ring letter after an arrow, closed by a full stop before the next entry ("Beweegcoach → B.
  Sportmaatje → A"): deduce reads "B. Sportmaatje" as an initial and a surname. The network of
  step 2 is written this way; a ring letter there is no initial, and the word after it is the
  next party. A first name after it still goes ("Zus → B. Marloes belt").
- A count after an ordinary word that ends like a street ("Wachtlijst 14", "Ploegendienst
  6-14", "Checklist 6/7"): deduce's street pattern takes any capitalised word ending in "-st"
  before a number for a street and its house number. A word of the BAG's street list, or one
  ending in a street's own word ("-horst", "-lust", "-geest", "-oost", "-west"), stays an address.
- The colours of a signalling plan or a triage ("Groen: ...", "Oranje = ...", "fase Rood",
  "Triage MTS Oranje"): deduce knows
  "Groen", "Rood" and "Oranje" as surnames. A colour is a phase of the plan when the note names
  another colour, or a colon or "=" follows it, or a word for a phase or a colour stands before
  it; never after a title, a first name or a particle ("mevr. Groen", "Jeroen Rood", "de Rood").

Pure: called by :func:`.detect.false_positives`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .lexicon import surnames
from .protect import PERSON_TAGS
from .roles import is_role_word
from .words import Lexicon

_RING_DOT = re.compile(r"([A-D])\.?(?:[ \t]+|$)")
_ARROW_BEFORE = re.compile(r"(?:→|->|=>)[ \t]*$")
_ARROW_AFTER = re.compile(r"[ \t]*(?:→|->|=>)")
_COLOURS = frozenset({"groen", "geel", "oranje", "rood", "blauw"})
_COLOUR_WORD = re.compile(r"(?i)(?<![\w-])(?:groen|geel|oranje|rood|blauw)(?![\w-])")
_PHASE_AFTER = re.compile(r"[ \t]*[:=]")
# (the triage's urgency colours too: "Triage MTS Oranje", "urgentie Geel")
_PHASE_BEFORE = re.compile(r"(?i)\b(?:fase|kleur|code|niveau|signaal|zone|stand|triage|mts|urgentie)[ \t]*:?[ \t]*$")
# A title, a capitalised word (a first name), or a particle right before: a surname.
_NAME_BEFORE = re.compile(
    r"(?:\b(?i:dhr|mevr|mw|meneer|mevrouw|heer|fam|familie|dokter|dr|mr|drs)\.?|[A-ZÀ-Þ][a-zà-ÿ]+|"
    r"\b(?:de|van|der|den|ter|ten)|[A-Z]\.)[ \t]+$"
)
_PLACE_OR_PERSON = PERSON_TAGS | {"locatie"}
_STREET_LIKE = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]+st)[ \t]+\d")
_STREET_ENDS = ("horst", "lust", "geest", "oost", "west")


def _ring_entry(text: str, f: Found, lexicon: Lexicon) -> bool:
    m = _RING_DOT.match(text, f.start)
    if m is None or m.start() != f.start or not _ARROW_BEFORE.search(text, max(0, f.start - 6), f.start):
        return False
    rest = text[m.end() : f.end].split()
    if not rest:
        return True  # the ring letter alone
    if len(rest) > 1 or rest[0].lower() in lexicon.first_names:
        return False
    word = rest[0].strip(".,;:")
    if is_role_word(word):
        return True
    if word.lower() in surnames() and not _ARROW_AFTER.match(text, f.end):
        return False  # "Oom -> B. Mulder belt.": a surname that is also a word, and no next ring after it
    return lexicon.is_ordinary(word.lower())


def _counted(text: str, f: Found, lexicon: Lexicon) -> bool:
    """ "Wachtlijst 14", read as a street and its number: an ordinary word and a count."""
    m = _STREET_LIKE.match(text, f.start) if f.tag == "locatie" else None
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if low.endswith(_STREET_ENDS) or lexicon.street([word], 0):
        return False
    return lexicon.is_ordinary(low)


def _plan_colour(text: str, f: Found) -> bool:
    word = text[f.start : f.end]
    if word.lower() not in _COLOURS or not word[:1].isupper():
        return False
    if _NAME_BEFORE.search(text, max(0, f.start - 12), f.start):
        return False
    if _PHASE_AFTER.match(text, f.end) or _PHASE_BEFORE.search(text, max(0, f.start - 12), f.start):
        return True
    return any(m.group().lower() != word.lower() for m in _COLOUR_WORD.finditer(text))


def notation_words(text: str, found: Sequence[Found], lexicon: Lexicon) -> list[Found]:
    """What of ``found`` is a ring letter closing a network entry, a count after a word that
    ends like a street, or a signalling plan's colour."""
    rings = "." in text and ("→" in text or "->" in text or "=>" in text)
    counts = "st " in text
    colours = _COLOUR_WORD.search(text) is not None
    if not (rings or counts or colours):
        return []  # most notes: one scan, nothing to ask each span
    return [
        f
        for f in found
        if f.tag in _PLACE_OR_PERSON
        and (
            (rings and _ring_entry(text, f, lexicon))
            or (counts and _counted(text, f, lexicon))
            or (colours and _plan_colour(text, f))
        )
    ]
