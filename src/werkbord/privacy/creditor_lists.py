"""Organisations in a list of creditors (issue #22's thirteenth session): "Schuldeisers: Vlonder,
Kiezel Wonen, Keerpunt en de belastingdienst", "Schuldenlijst: Lantaarn € 1.840, Zwaluw € 312",
"11 schuldeisers, waaronder Molenwiek (achteraf betalen) en Kompas".

A money or debt worker writes whom a client owes as a list after "schuldeisers", "schulden" or
"schuldenlijst" and a colon or "waaronder": each capitalised item there is a creditor, an energy
company, a web shop, an insurer, a housing corporation, a lender. Most are named with ordinary
words or names no list holds, and the word alone says nothing; the list says what it is.

An item counts when it is only capitals (one to four words, joined by "&", "van" or "de"), maybe
with an amount or a remark in brackets after it. Not an item written in lower case ("de
belastingdienst", "een webshop", "3 boetes"), a public body or a kind of organisation everyone
deals with ("CJIB", "Belastingdienst", "DUO", "Zorgverzekeraar"), a care abbreviation, a role, a
month or a word of quantity ("Schulden: Geen", "Onbekend"). A kind before the name
("Incasso Kastanje & Schelp") stays. In a list of creditors (not of debts) a plain noun in lower
case counts too ("schuldeisers: vlonder, kiezel en de belastingdienst"). Written from made-up
examples and the rename probe (benchmarks/deid_swap.py), never from a held-out set. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .bare_organisations import a_noun
from .found import Found
from .named_organisations import kind_of_organisation, no_name
from .org_frames import no_organisation_name
from .words import NOT_A_NAME_AFTER_ROLE, NOT_INITIALS, Lexicon, is_role

Span = tuple[int, int]

# Where a list of creditors starts: a debt word, a few words at most ("Schuldeisers in ring C",
# "Schulden (bekend bij bewind)"), then a colon, or "waaronder" ("14 schuldeisers, waaronder").
_OPENS = re.compile(
    r"(?i:(?<![\w-])(?:(schuldeisers?|crediteuren|crediteur)|schuldenlijst|schuldenoverzicht|schulden|schuld)(?![\w-]))"
    r"(?:[^\n.;:!?]{0,40}?:|[ \t]*,?[ \t]*(?i:(waaronder|onder[ \t]+andere|o\.a\.)))[ \t]*"
)
_GATE = re.compile(r"(?i)schuld|crediteur")
# The list runs to the end of its clause (not a dot between digits: "€ 1.210").
_CLAUSE_END = re.compile(r"[;\n!?]|\.(?!\d)")
# One item: capitals (a kind may open them), an amount or a bracket after.
_CAP = r"[A-ZÀ-Þ][\w'’-]*"
_ITEM = re.compile(
    rf"[ \t]*({_CAP}(?:[ \t]+(?:(?:&|van|de|der|den)[ \t]+)*{_CAP}){{0,3}})"
    r"(?:[ \t]*\([^()\n]*\))?"
    r"([ \t]*(?:€|EUR|eur)[ \t]*\d[\d.,]*(?:,-)?|[ \t]+\d[\d.,]*[ \t]*(?:euro|eur)\b)?[ \t]*\Z"
)
_SEPARATOR = re.compile(r"[ \t]*(?:,|(?<![\w-])(?:en|of|plus)(?![\w-]))[ \t]*")
# Words of quantity or answer that open no name: "Schulden: Geen", "Schuldeisers: Diverse".
_NO_ITEM = frozenset("geen onbekend diverse meerdere enkele alle verschillende overige nvt n.v.t. totaal".split())


def creditor_lists(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """The creditors named in a list after "schuldeisers:", "schuldenlijst:", "schulden,
    waaronder" (see the module's docstring), outside ``covered``."""
    if not lexicon.words or not _GATE.search(text):
        return []
    found = []
    for m in _OPENS.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end is not None else len(text)
        creditors = m.group(1) is not None or m.group(2) is not None
        for s, e in _items(text, m.end(), stop):
            span = _name(text, s, e, lexicon, creditors=creditors)
            if span is not None and not any(a < span[1] and span[0] < b for a, b in covered):
                found.append(Found(*span, "instelling"))
    return list(dict.fromkeys(found))  # "Schulden: 14 schuldeisers, waaronder ...": two openings, one list


def _items(text: str, start: int, stop: int) -> Iterator[Span]:
    """The items of the list between ``start`` and ``stop``, split at commas and "en"/"of"."""
    at = start
    for sep in _SEPARATOR.finditer(text, start, stop):
        yield at, sep.start()
        at = sep.end()
    yield at, stop


def _name(text: str, start: int, end: int, lexicon: Lexicon, *, creditors: bool) -> Span | None:
    """The creditor's name in the item ``text[start:end]``, or None when the item is no name.
    A list of debts rather than of creditors ("Schulden: Huur, Energie") names what is owed as often
    as to whom: there an ordinary word counts only with an amount after it."""
    m = _ITEM.match(text[start:end])
    if m is None:
        return _lower_name(text, start, end, lexicon) if creditors else None
    s, e = start + m.start(1), start + m.end(1)
    words = text[s:e].split()
    if len(words) > 1 and _a_kind(words[0], lexicon):
        s = text.index(words[1], s + len(words[0]))  # "Incasso Kastanje & Schelp": the name after its kind
        words = words[1:]
    first = words[0]
    low = first.lower()
    if len(words) == 1 and _a_kind(first, lexicon):
        return None
    if no_name(first) or is_role(low) or low in _NO_ITEM or low in NOT_A_NAME_AFTER_ROLE:
        return None
    if first.isupper() and (len(first) < 2 or low in NOT_INITIALS):
        return None  # "CJIB", "UWV": a public body by its letters; "B": a ring
    if any(w.lower() in _OWED or w.lower().endswith(_OWED_ENDS) for w in words):
        return None  # "Huur", "Zorgpremie", "Studieschuld": what is owed
    if not creditors and len(words) == 1 and lexicon.is_word(low) and m.group(2) is None:
        return None  # "Schulden: Energie, ...": a kind of debt as often as a creditor
    return s, e


# One word in lower case as an item: "schuldeisers: vlonder, kiezel en de belastingdienst".
_LOWER_ITEM = re.compile(
    r"[ \t]*([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?:[ \t]*\([^()\n]*\))?"
    r"(?:[ \t]*(?:€|EUR|eur)[ \t]*\d[\d.,]*(?:,-)?|[ \t]+\d[\d.,]*[ \t]*(?:euro|eur)\b)?[ \t]*\Z"
)


def _lower_name(text: str, start: int, end: int, lexicon: Lexicon) -> Span | None:
    """A creditor named with one ordinary noun in lower case, in a list of creditors (not of debts):
    no kind, role, service or thing of every day, nothing owed, no adjective or plural."""
    m = _LOWER_ITEM.match(text[start:end])
    if m is None:
        return None
    low = m.group(1)
    if low in _NO_ITEM or low in NOT_A_NAME_AFTER_ROLE or low in _OWED or low.endswith(_OWED_ENDS):
        return None
    if _a_kind(low, lexicon) or is_role(low) or low in NOT_INITIALS:
        return None
    unknown = not lexicon.is_word(low) and len(low) >= 4  # "klarna", "wehkamp": a name no word list knows
    if not unknown and (no_organisation_name(low, lexicon) or not a_noun(low, lexicon)):
        return None
    return start + m.start(1), start + m.end(1)


def _a_kind(word: str, lexicon: Lexicon) -> bool:
    low = word.lower()
    return kind_of_organisation(word, lexicon) or low in _KINDS or low.endswith(_KIND_ENDS)


# Kinds of creditor written before a name or alone ("Incasso Kastanje", "Deurwaarder").
_KINDS = frozenset(
    """incasso incassobureau deurwaarder deurwaarders gerechtsdeurwaarder webshop webwinkel energieleverancier
    energiebedrijf zorgverzekeraar verzekeraar verhuurder woningcorporatie corporatie telecom provider bank
    kredietverstrekker leverancier boete boetes huur""".split()
)
_KIND_ENDS = ("bureau", "kantoor", "verzekering", "leverancier", "maatschappij", "aanbieder", "bedrijf", "winkel")
_KIND_ENDS += ("shop",)
# What is owed rather than to whom: "Huur € 650", "Energie", "Zorgpremie", "Studieschuld".
_OWED = frozenset(
    """huur energie gas water stroom elektra telefoon internet zorgverzekering verzekering verzekeringen
    premie boete boetes belasting belastingen toeslag toeslagen studieschuld studiefinanciering creditcard
    roodstand rood lening leningen alimentatie abonnement abonnementen schoolkosten rekeningen kosten
    zorgkosten vaste lasten eigen risico ov""".split()
)
_OWED_ENDS = ("huur", "schuld", "abonnement", "kosten", "rekening", "belasting", "toeslag", "premie", "lening")
