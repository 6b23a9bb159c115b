"""Organisations whose name is glued to its kind or to a second name, or coined from a kind (issue #22's
fourteenth session): "begeleid door GGZ-Molenwiek", "aangemeld bij Jeugdzorg-Keerpunt", "de HIC van Zon &
Schild", "werkt bij Vlonder&Kiezel", "bewindvoering via Plangroep", "dagbesteding bij de Zorgkwekerij".

- A kind of care or organisation, a hyphen and a capitalised word: the kind's name, written as one token
  ("GGZ-Molenwiek", "RIBW-Keerpunt", "Stichting-Vlonder"). With a space :mod:`.named_organisations` already
  reads it; glued, the token passed as one unknown word. Not a kind, a role, a public body, a region or a time
  after the hyphen ("GGZ-Team", "GGZ-Instelling", "GGZ-Noord"), and never a double surname ("Bakker-Kooiman":
  the part before the hyphen must be a care unit or a dictionary word for a kind that is no surname).
- Two capitalised words joined by "&" inside a sentence ("van Zon & Schild", "bij Dak&Bed"): a shop, a
  shelter, a firm, a care provider. Dutch joins two ordinary nouns with "en"; "&" between capitals is a
  name's, where a preposition of place or work or a kind stands before it ("van", "bij", "via", "Locatie",
  "stichting"; not "Ze volgt Vallen & Opstaan"). Not at a sentence's start, nor two words that begin alike
  (a course's or a group's title: "Kracht & Kwetsbaarheid is vol", "naar Grip & Glans"), not a kind, a role,
  a family word or a public body on either side ("Moeder & Kind", "Wonen & Zorg"), not two first names
  (persons: the person rules'), not in a note that capitalises most words.
- A capitalised word coined from a kind that no dictionary holds as one word, right after "bij", "via",
  "van" or "door" inside a sentence ("via Plangroep", "bij de Zorgkwekerij", "van Brabantzorg"): a name
  made of a word and a kind, as care providers, housing corporations and debt services name themselves.
  Not when a capital follows (the kind before its name: "bij Padelclub Vrij Spel" is the kind rule's), not a
  group or a team of the setting after an article ("van de Kookgroep"), not a place.

Written from made-up examples (GGZ-Molenwiek, Vlonder&Kiezel) and checked on the development sets and the
rename probe (benchmarks/deid_swap.py), never on a held-out set. Pure: the lexicon is handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .lexicon import surnames
from .named_organisations import CARE_UNITS, KIND_TAILS, capitalises_much, kind_of_organisation, no_name
from .words import Lexicon, is_role

Span = tuple[int, int]

# A kind glued to a capitalised name by a hyphen: "GGZ-Molenwiek", "Jeugdzorg-Keerpunt".
_HYPHENED = re.compile(r"(?<![\w&@./-])([A-ZÀ-Þa-zà-ÿ][\wÀ-ÿ]*?)-([A-ZÀ-Þ][a-zà-ÿ]{2,})(?![\w@&-])")
_HYPHEN_CAPITAL = re.compile(r"\w-[A-ZÀ-Þ]")  # most notes have none: a quick look before the full pattern
# Acronyms of kinds of care that a provider's name follows (beside :data:`.named_organisations.CARE_UNITS`).
_CARE_ACRONYMS = frozenset({"ggz", "sggz", "ribw", "vvt", "wmo", "ggd"})
# Regions and parts of a town: "GGZ-Noord", "Buurtzorg-Oost" name a team by its part of town, no provider.
_REGIONS = frozenset("noord zuid oost west midden centrum regio stad plus".split())
# Two capitalised words joined by "&": "Zon & Schild", "Dak&Bed".
_AMPERSAND = re.compile(r"(?<![\w&@./-])([A-ZÀ-Þ][a-zà-ÿ]+)[ \t]*&[ \t]*([A-ZÀ-Þ][a-zà-ÿ]+)(?![\w&-])")
# What stands before the pair: a preposition of where someone is, works or gets help ("van Zon & Schild",
# "bij Dak&Bed"), maybe with an article, or a kind or a site ("Locatie Dak & Bed", "stichting Zon & Schild").
_BEFORE_PAIR = re.compile(r"(?:^|[ \t(])([^\W\d_]+)[ \t]+(?:(?:de|het|'t)[ \t]+)?\Z")
_PLACE_PREPOSITIONS = frozenset("bij van via door in op naar voor".split())
_OPENS = re.compile(r"(?:^|[.!?:;\n(\"'‘“|]|[-–•*>→/])[ \t]*$")
# A word coined from a kind, right after "bij", "via", "van", "door" (maybe with an article).
# A capitalised word of six letters or more (the full frame is then read before it: :data:`_COINED_BEFORE`).
_LONG_CAPITAL = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{5,}")  # its edges are looked at only when it ends in a kind
_GLUED_EDGE = re.compile(r"[\w&-]")  # a word glued on: no word of its own
# Right before it: "bij", "via", "van" or "door" inside a sentence, maybe with an article.
_COINED_BEFORE = re.compile(r"[\w,)] (bij|via|van|door)[ \t]+(?:(de|het|'t)[ \t]+)?\Z")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZÀ-Þ\d]")
# Tails that name a group or a team of the setting after an article ("de Kookgroep", "het Ouderteam").
_SETTING_TAILS = ("groep", "team", "club", "huis", "dienst", "afdeling")


def glued_organisations(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """Organisations in ``text`` glued to their kind or to a second name, or coined from a kind (see the
    module's docstring), outside ``covered``."""
    if not lexicon.words:
        return []
    found: list[Found] = []
    if "-" in text and _HYPHEN_CAPITAL.search(text):
        found += _hyphened(text, lexicon)
    if "&" in text:
        found += _ampersands(text, lexicon)
    if " bij " in text or " via " in text or " van " in text or " door " in text:
        found += _coined(text, lexicon)
    # a name found in part ("bij Vlonder" of "bij Vlonder&Kiezel") is taken whole; nothing else overlapping
    return [
        f for f in found if not any(a < f.end and f.start < b and not f.start <= a < b <= f.end for a, b in covered)
    ]


def _a_kind_before(word: str, lexicon: Lexicon) -> bool:
    """The part before a hyphen names a kind of care or organisation: "GGZ", "RIBW", "Jeugdzorg",
    "Stichting"; not a surname ("Bakker", "Kamphuis")."""
    low = word.lower()
    if low in CARE_UNITS or low in _CARE_ACRONYMS:
        return True
    if word.isupper() or low in surnames():
        return False
    return low.endswith(KIND_TAILS) and lexicon.is_word(low)


def _no_organisation_name(word: str, lexicon: Lexicon) -> bool:
    """A kind, a role, a public body, a region or a time: never an organisation's own name."""
    low = word.lower()
    return (
        no_name(word)
        or is_role(low)
        or kind_of_organisation(word, lexicon)
        or low.endswith(KIND_TAILS)
        or low in _REGIONS
        or bool(lexicon.place(word))
    )


def _hyphened(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _HYPHENED.finditer(text):
        if not _a_kind_before(m.group(1), lexicon) or _no_organisation_name(m.group(2), lexicon):
            continue
        found.append(Found(m.start(), m.end(), "instelling"))
    return found


def _ampersands(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    names = lexicon.first_names
    for m in _AMPERSAND.finditer(text):
        if _OPENS.search(text, max(0, m.start() - 3), m.start()):
            continue  # "Kracht & Kwetsbaarheid is vol": a course's or a group's title
        before = _BEFORE_PAIR.search(text, max(0, m.start() - 40), m.start())
        word = before.group(1).lower() if before else ""
        if word not in _PLACE_PREPOSITIONS and not word.endswith((*KIND_TAILS, "locatie")):
            continue  # "Ze volgt Vallen & Opstaan": a course's title as what someone does
        first, second = m.group(1), m.group(2)
        if first[0] == second[0]:
            continue  # "Grip & Glans", "Fit & Fun": a course's title rhymes on its letters
        if _no_organisation_name(first, lexicon) or _no_organisation_name(second, lexicon):
            continue  # "Moeder & Kind", "Wonen & Zorg"
        if first.lower() in names and second.lower() in names:
            continue  # "met Thei & Ans": persons
        span = Found(m.start(), m.end(), "instelling")
        if not capitalises_much(text, span):
            found.append(span)
    return found


def _coined(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _LONG_CAPITAL.finditer(text):
        word = m.group()
        low = word.lower()
        if (
            not low.endswith(KIND_TAILS)
            or _GLUED_EDGE.match(text, m.end())
            or _GLUED_EDGE.match(text[m.start() - 1 : m.start()])
        ):
            continue
        before = _COINED_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if before is None or lexicon.is_word(low):
            continue  # "bij de Huisartsenpraktijk" is a dictionary word: a kind
        if before.group(2) and low.endswith(_SETTING_TAILS):
            continue  # "van de Kookgroep": the setting's own group
        if _CAPITAL_NEXT.match(text, m.end()) or no_name(word) or lexicon.place(word):
            continue  # "bij Padelclub Vrij Spel": a kind, then its name (the kind rule's)
        span = Found(m.start(), m.end(), "instelling")
        if not capitalises_much(text, span):
            found.append(span)
    return found
