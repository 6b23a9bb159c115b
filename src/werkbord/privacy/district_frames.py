"""Neighbourhoods and hamlets named with ordinary words, read by where someone lives (issue #22's
ninth session). Written from made-up examples and benchmarks/deid_org_probe.py's tune half, never
from a test set's notes. Pure.

- **a district by its compass point**: a town's part is often just "Zuid", "Noord", "Oost" or
  "West", and a hurried note writes it in lower case ("woont in zuid", "komt uit oost", "wijkteam
  noord", "buurtteam west"). A direction takes an article ("in het zuiden", "naar het noorden");
  without one, after "in", "uit", "naar" or "vanuit", or right after a word for a part of town or
  its team, the compass word names a district: replaced. Not a region or a country it is part of
  ("zuid-limburg", "in zuid limburg", "oost-europa", "noord holland").
- **a hamlet or neighbourhood with an article**: after living, being born, growing up or moving
  ("woont in de kamp", "verhuisd naar de hoef", "opgegroeid op het laar") an article and a plain
  word that is no kind of dwelling, place or institution ("woont in de stad", "verhuisd naar een
  flat", "komt uit de kliniek") name a place more often than not, but a thing as well: shown for
  review, never replaced.
"""

from __future__ import annotations

import re

from .found import Found
from .org_frames import no_organisation_name
from .words import COUNTRIES, Lexicon

Span = tuple[int, int]

_COMPASS = r"(noord|zuid|oost|west|noordoost|noordwest|zuidoost|zuidwest|noord-oost|noord-west|zuid-oost|zuid-west)"
# Regions and countries a compass word is part of: "zuid limburg", "oost europa".
_REGION_AFTER = re.compile(
    r"[ \t]+(?i:holland|limburg|brabant|nederland|europa|afrika|amerika|azië|azie|korea|soedan|sudan|"
    r"frankrijk|duitsland|engeland|spanje|italië|italie|turkije|groningen|friesland|vlaanderen|veluwe|"
    r"kaap|pool|indië|indie|timor|ossetië|kant|zijde|gevel|wind|kust|vleugel|ingang|toren|blok|-)"
)
_DISTRICT = re.compile(
    r"(?<![\w-])(?i:in|uit|naar|vanuit|wijk|wijkteam|buurtteam|stadsdeel|stadsdeelkantoor|deelgemeente|"
    r"buurt|kwartier|sociaal[ \t]+team)[ \t]+" + _COMPASS + r"(?![\w-])"
)
# "Nieuw-West", "Oud-Zuid", "Kerkrade-West": a capitalised word and a compass point joined by a hyphen
# name a district; not a compass word twice ("Noord-Oost"), a unit ("Team-Zuid"), a country or a region.
_HYPHENED = re.compile(
    r"(?<![\w-])([A-ZÀ-Þ][a-zà-ÿ]{2,})-(?:Noord|Zuid|Oost|West|Noordoost|Noordwest|Zuidoost|Zuidwest)(?![\w-])"
)
_NOT_A_DISTRICT = frozenset(
    """noord zuid oost west noordoost noordwest zuidoost zuidwest midden centrum team afdeling regio ring zone
    groep locatie unit wijk stadsdeel deel kant vleugel gebouw poli kliniek fact act""".split()
)


def hyphened_districts(text: str, lexicon: Lexicon, covered: list[Span] | tuple[Span, ...] = ()) -> list[Found]:
    """ "Wijkteam Nieuw-West", "woont in Oud-Zuid": "Nieuw", "Oud", a town, a street or a word no list knows
    and a compass point joined by a hyphen, outside ``covered``: replaced (not "Chat-West",
    "Regio-West": a word)."""
    if "-" not in text:
        return []
    out = []
    for m in _HYPHENED.finditer(text):
        start, end = m.span()
        word = m.group(1)
        if word.lower() in _NOT_A_DISTRICT or word.lower() in COUNTRIES:
            continue
        if word not in ("Nieuw", "Oud") and not lexicon.place(word) and not lexicon.street([word], 0):
            if not lexicon.is_name_like(word, compounds=False):
                continue
        if not any(s < end and start < e for s, e in covered):
            out.append(Found(start, end, "locatie"))
    return out


# Living, being born or growing up "in" or "op", moving "naar", coming "uit", then an article and a
# plain word ("komt naar de inloop", "woont naar de zin" say nothing of where).
_VERB = re.compile(
    r"(?<![\w-])(?:(woont|woonde|wonen|woonden|geboren|opgegroeid|getogen)|(verhuisd|verhuist|verhuizen|verhuisde|"
    r"verhuisden)|(komt|kwam|komen|kwamen|afkomstig))(?![\w-])"
)
_TAIL = (
    r"[ \t]+(?:de|het|'t)[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?=[ \t]*(?:[,.;:()!?\n]|->|→|\Z)|[ \t]+(?:bij|in|en|met|"
    r"sinds|na|naast|vlak|samen|op|te|dichtbij)\b)"
)
_TRIGGER = re.compile(r"woon|geboren|opgegroeid|getogen|verhuis|kom|kwam|afkomstig")
# After the verb (found in the note in lower case), its preposition, then the article and the word.
_AFTER_VERB = tuple(
    re.compile(r"(?:[ \t]+[a-zà-ÿ]+){0,2}?[ \t]+(?i:" + prepositions + r")" + _TAIL)
    for prepositions in ("in|op", "naar", "uit|van")
)
# Times and events one comes out of: "komt uit de tijd dat ...", "de thuisweek".
_TIMES = ("week", "tijd", "afspraak", "dag", "jaar", "maand", "uur", "les", "periode", "fase")
# Dwellings, places, times and states one lives in, comes from or moves to: no name.
_NOT_A_PLACE = frozenset(
    """stad dorp wijk buurt flat huis kamer woning woningen opvang kliniek instelling woongroep polder bossen
    centrum binnenstad randstad regio noorden zuiden oosten westen buitenland achterhoek kop omgeving straat
    caravan woonwagen chalet container boot woonboot tent gevangenis bajes cel jeugdzorg pleegzorg zorg
    oorlog problemen schulden shit ellende zooi war hel verslaving drugs hoek verte buurtjes kamers nieuwbouw
    tussenwoning bovenwoning benedenwoning portiekflat hoogbouw laagbouw seniorenflat aanleunwoning
    studentenflat studentenhuis kelder zolder schuur garage bus trein auto straat stoep ziekenhuis
    vakantie zomer winter herfst lente ochtend avond nacht weekend week maand jaar buurtje dorpje
    stadje gehucht streek provincie gemeente land wereld familie""".split()
)


def compass_districts(text: str, covered: list[Span] | tuple[Span, ...] = ()) -> list[Found]:
    """A district named by its compass point in lower case ("woont in zuid", "wijkteam noord"),
    outside ``covered``: replaced. (Capitalised ones are the place rules'.)"""
    low = text.lower()
    if "noord" not in low and "zuid" not in low and "oost" not in low and "west" not in low:
        return []
    out = []
    for m in _DISTRICT.finditer(text):
        word = m.group(1)
        if word != word.lower() or _REGION_AFTER.match(text, m.end()):
            continue
        start, end = m.span(1)
        if not any(s < end and start < e for s, e in covered):
            out.append(Found(start, end, "locatie"))
    return out


def hamlet_suspects(text: str, lexicon: Lexicon) -> list[Span]:
    """An article and a plain word after living, being born or moving ("woont in de kamp",
    "verhuisd naar de hoef"): shown for review."""
    if not lexicon.words or (" de " not in text and " het " not in text and " 't " not in text):
        return []
    low_text = text.lower()
    if _TRIGGER.search(low_text) is None:  # most notes hold no such verb: a plain pattern says so fastest
        return []
    out = []
    for verb in _VERB.finditer(low_text):  # (a short pattern where its verb is, not a long one everywhere)
        m = _AFTER_VERB[verb.lastindex - 1].match(text, verb.end())
        if m is None:
            continue
        low = m.group(1)
        if low in _NOT_A_PLACE or low.endswith(_TIMES) or no_organisation_name(low, lexicon):
            continue
        if (low.endswith("en") and len(low) > 4) or (low.endswith("s") and low[:-1] in lexicon.words):
            continue  # a plural: "woont in de bossen", "verhuisd naar de flats"
        out.append(m.span(1))
    return out
