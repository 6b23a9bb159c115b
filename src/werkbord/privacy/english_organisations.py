"""Organisations in English sentences, as notes that mix English and Dutch write them (an expat, an
international student, a team that writes in English): where someone works or studies ("works at
ESA", "studies at Hanze", "an internship with Deltares", "works at de Molenwiek": a Dutch article
there, then a capital, names a Dutch organisation, not a kind: "works at de Supermarkt" stays) and a
bare acronym after "at" ("at UCR", "at ISG (international school)"). A place there is left to the
place rules; days, months, feasts, languages and care abbreviations are no organisation ("at
Christmas", "at the GP"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .lexicon import shared_lexicon
from .org_frames import no_organisation_name
from .words import COUNTRIES, ENGLISH_NOT_NAMES, MONTHS_AND_DAYS, NOT_INITIALS, PEOPLES, is_feast

Span = tuple[int, int]

# Where someone works, studies or volunteers, in English, then the capitalised name.
_WORKS_AT = re.compile(
    r"\b(?:works?|worked|working|employed|studies|studied|study|studying|student|enrolled|intern|internship|"
    r"job|jobs|teaches|taught|volunteers?|volunteering|placement|trainee|apprentice|husband|wife|partner|"
    r"dad|mum|mom|father|mother|brother|sister|son|daughter|year|semester|minor|course)[ \t]+(?:at|for|with|by)"
    r"[ \t]+(?:(?:the|de|het)[ \t]+)?([A-ZÀ-Þ][\w&'’-]*(?:[ \t]+(?:of[ \t]+)?[A-ZÀ-Þ][\w&'’-]*){0,3})"
)
# A bare acronym after "at": "at UCR", "at ISG".
_AT_ACRONYM = re.compile(r"\bat[ \t]+([A-Z]{2,6})(?![\w-])")
# English acronyms of care and study that are no organisation of anyone in particular.
_ENGLISH_ACRONYMS = frozenset("gp er ed icu ae hr it uni phd msc bsc ma ba nhs usa uk eu us".split())


def _no_organisation(name: str) -> bool:
    low = name.lower().rstrip(".")
    return (
        low in ENGLISH_NOT_NAMES
        or low in MONTHS_AND_DAYS
        or low in COUNTRIES
        or low in PEOPLES
        or is_feast(name)
        or low in _ENGLISH_ACRONYMS
        or low in NOT_INITIALS
    )


# Capitalised words before an English head that names a congregation, a charity or a society:
# "Living Waters Fellowship", "Jubilee Tabernacle", "Grace Ministries", "Oak Tree Foundation".
_HEAD = re.compile(
    r"(?<=[a-zà-ÿ'’-][ \t])(?:Fellowship|Church|Ministries|Ministry|Assembly|Tabernacle|Chapel|Cathedral|Mission|"
    r"Foundation|Trust|Society|Association|Academy)(?![\w-])"
)
_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+[ \t]+){1,3}$")
# (one pattern asked once per note: a loop of substring tests costs more than the rule)
_ANY_HEAD = re.compile(
    r"Fellowship|Church|Ministr|Assembly|Tabernacle|Chapel|Cathedral|Mission|Foundation|Trust|Society|Association|Academy"
)
# Words that make such a head a kind, not a name: "Pentecostal Church", "Sunday Fellowship".
_GENERIC = frozenset(
    """pentecostal catholic roman protestant baptist methodist anglican orthodox evangelical reformed
    lutheran adventist apostolic christian islamic muslim hindu sikh buddhist jewish sunday youth women's
    men's womens mens bible prayer gospel local the our my his her their international national
    community student students church""".split()
)


def _headed(text: str) -> list[Found]:
    found = []
    for head in _HEAD.finditer(text):  # the head first, then the capitals before it (few notes have one)
        m = _NAME_BEFORE.search(text, max(0, head.start() - 80), head.start())
        if m is None or (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-")):
            continue
        words = [w.lower() for w in m.group().split()]
        if all(w in _GENERIC or _no_organisation(w) for w in words):
            continue  # "Pentecostal Church", "the Dutch Reformed Church"
        found.append(Found(m.start(), head.end(), "instelling"))
    return found


def english_organisations(text: str, covered: Sequence[Span] = ()) -> list[Found]:
    """Organisations where an English sentence says someone works or studies, outside ``covered``."""
    found = _headed(text) if _ANY_HEAD.search(text) else []
    if " at " not in text and " for " not in text and " with " not in text and " by " not in text:
        return [f for f in found if not any(s < f.end and f.start < e for s, e in covered)]
    for m in _WORKS_AT.finditer(text):
        name = m.group(1).rstrip(".")
        dutch = text[max(0, m.start(1) - 4) : m.start(1)].lower() in (" de ", "het ")
        if dutch and no_organisation_name(name.split()[0].lower(), shared_lexicon()):
            continue  # "works at de Supermarkt", "works at het Buurthuis": a kind
        if not _no_organisation(name.split()[0]):
            found.append(Found(m.start(1), m.start(1) + len(name), "instelling"))
    for m in _AT_ACRONYM.finditer(text) if " at " in text else ():
        if not _no_organisation(m.group(1)):
            found.append(Found(*m.span(1), "instelling"))
    return [f for f in dict.fromkeys(found) if not any(s < f.end and f.start < e for s, e in covered)]
