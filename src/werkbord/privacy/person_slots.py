"""Names no list knows where the sentence puts a person (issue #22's ninth session). Written from a
generated probe (benchmarks/deid_person_probe.py) and made-up examples, never from a test set's
notes. Pure; examples are made up.

A sentence has places that only a person fills:

- who said it, after what was said ("Het lukt niet meer, zegt darvelin.", '"Ik blijf thuis,"
  vertelde gorvanne');
- at whose home ("slaapt bij korvina thuis");
- the other one of "hij en ..." before a verb in the plural ("hij en tjalmo gingen vissen");
- whom one phoned or met, before the participle ("met wendrik gebeld", "met ilvardo naar de markt");
- the subject after an inverted verb of coming, calling or saying that follows a word of time
  ("gisteren kwam ilvardo langs", "vanochtend belde lou-lou");
- a nickname with a capital in quotes in brackets right after a person found ("Mw. Tjoelker
  ('Tjoek')", "[name] ('Peppino')"; lower case: :mod:`.appositions`).

A word in such a place is a name when no word list knows it (no Dutch or English word, compound,
inflection, medicine, abbreviation or country: :func:`.slot_frames._no_word`) or when it is a first
name of the lists that is no Dutch word ("zegt ilse"); pronouns, quantifiers, roles and family
words ("zegt iedereen", "bij ons thuis", "hij en zijn broer", "gisteren kwam de buurvrouw") never.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .english_vocabulary import is_english_word
from .found import Found
from .lexicon import first_names
from .slot_frames import _NOBODY, _no_word, _person_word, _shorthand
from .words import MONTHS_AND_DAYS, Lexicon

Span = tuple[int, int]

_WORD = r"([^\W\d_][^\W\d_'’]{1,}(?:-[^\W\d_]{2,})?)(?![\w'’-])"
_SAYS = (
    "zegt|zei|vindt|vond|vraagt|vroeg|aldus|vertelt|vertelde|schrijft|schreef|meldt|meldde|antwoordt|"
    "antwoordde|roept|riep|appt|appte|reageert|reageerde"
)
# Who said it: after a comma or a closing quote, the verb, then one word and the clause's end.
_SPEAKER = re.compile(
    rf"(?:[,:][\"'”’]?|[\"”])[ \t]*(?i:{_SAYS})[ \t]+"
    + _WORD
    + r"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:dat|nog|ook|zelf|later|toen|vandaag|gisteren|tegen)\b)"
)
_AT_HOME = re.compile(r"\b(?i:bij)[ \t]+" + _WORD + r"[ \t]+thuis\b")
_PLURAL_VERB = (
    r"(?:gaan|gingen|zijn|waren|hebben|hadden|komen|kwamen|wonen|woonden|willen|wilden|kunnen|konden|[a-zà-ÿ]{3,}en)"
)
_AND_ONE = re.compile(
    r"\b(?:[Hh]ij|[Zz]ij|[Zz]e|[Ii]k|[Ww]ij|[Ww]e)[ \t]+en[ \t]+" + _WORD + rf"(?=[ \t]+{_PLURAL_VERB}\b)"
)
_WITH_THEN = re.compile(
    r"\b(?i:met)[ \t]+" + _WORD + r"(?=[ \t]+(?:gebeld|gesproken|geappt|gemaild|afgesproken|gewandeld|geluncht|"
    r"gegeten|geweest|naar|boodschappen|koffie)\b)"
)
_TIME = (
    "gisteren|vandaag|morgen|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|daarna|toen|later|eerder|"
    "zojuist|straks|overdag|gisteravond|gistermiddag|vanmiddag|zaterdag|zondag|maandag|dinsdag|woensdag|"
    "donderdag|vrijdag"
)
_INVERTED = re.compile(
    rf"(?:^|(?<=[.!?\n])[ \t]*)(?i:{_TIME})[ \t]+(?:belt|belde|kwam|komt|zegt|zei|appte|appt|mailde|vertelde|"
    r"vroeg|ging|gaat|stond|zat|was|is)[ \t]+" + _WORD
)
_FRAMES = (
    (
        (
            "zegt",
            "zei",
            "vindt",
            "vond",
            "vraagt",
            "vroeg",
            "aldus",
            "vertel",
            "schr",
            "meld",
            "antwoord",
            "riep",
            "roept",
            "app",
            "reageer",
        ),
        _SPEAKER,
    ),
    (("thuis",), _AT_HOME),
    ((" en ",), _AND_ONE),
    (("met ",), _WITH_THEN),
    (tuple(_TIME.split("|")), _INVERTED),
)
# A nickname with a capital in quotes in brackets right after a person: " ('Tjoek')".
_CAPITAL_NICKNAME = re.compile(
    r"[ \t]*\([ \t]*['\"‘“]([A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]{1,20})?)['\"’”][ \t]*\)"
)
_ANSWERS = frozenset("nee ja jawel help sorry hoi doei dag oké ok okay stop klaar nooit altijd".split())


def _a_name(word: str, lexicon: Lexicon) -> bool:
    """``word`` in a person's place is a name: no list knows it, or a listed first name no word."""
    low = word.lower()
    if len(low) < 3 or low in _NOBODY or _person_word(low) or low in MONTHS_AND_DAYS or low.endswith(("'s", "’s")):
        return False
    if low in first_names() and not lexicon.is_word(low) and not lexicon.common(low) and not is_english_word(low):
        return True  # "zegt ilse"
    return len(low) >= 4 and _no_word(low, lexicon) and not _shorthand(low, lexicon) and not is_english_word(low)


def person_slots(text: str, lexicon: Lexicon, persons: Sequence[Span], covered: Sequence[Span] = ()) -> list[Found]:
    """Names in a person's place (see the module's docstring), outside ``covered``: replaced."""
    if not lexicon.words:
        return []
    low_text = text.lower()
    spans: list[Span] = []
    for hints, pattern in _FRAMES:
        if any(h in low_text for h in hints):
            spans += [m.span(1) for m in pattern.finditer(text) if _a_name(m.group(1), lexicon)]
    if "(" in text:
        for _start, end in persons:
            m = _CAPITAL_NICKNAME.match(text, end)
            if m and not any(w.lower() in _ANSWERS for w in m.group(1).split()):
                spans.append(m.span(1))
    out: list[Found] = []
    taken = list(covered)
    for s, e in sorted(spans):
        if not any(a < e and s < b for a, b in taken):
            out.append(Found(s, e, "persoon"))
            taken.append((s, e))
    return out
