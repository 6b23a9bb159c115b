"""Capitals no list knows, read by the organisation frame they stand in (issue #22's ninth session).

Regional institutions, clubs and employers are often written by their letters ("basisschool KBO",
"cricketclub VRA", "stichting SWGB", "lid van ZVBN"). The review step already
replaces unknown capitals right after "bij" or "via" and shows them after another preposition;
elsewhere such capitals were left as shorthand. Here the frame decides, for capitals that no word
list, abbreviation list or template knows (the caller asks that):

- right after a kind of organisation or a team, or after one and "van" ("basisschool KVWN",
  "gemeente ZVBN", "sv GZVR", "Cricketclub VRA", "het jeugdteam van HVGB"): its name, replaced;
- after a word of belonging to an organisation or owing it, and its preposition ("lid van KVWN",
  "medewerker van TZGN", "schuld bij ...", "in dienst van ..."): replaced.

Not after a word of meeting ("overleg met HAGRO", "contact met ..."): a care team meets its own
kinds of colleague by their letters. Not a network entry ("MGGZ -> B") or a sentence's subject
("IMG heeft ..."): measured on the development sets, capitals there were care shorthand every time.

Written from made-up examples and benchmarks/deid_org_probe.py's tune half, never from a test
set's notes. Pure.
"""

from __future__ import annotations

from .named_organisations import KIND_TAILS, LOOSE_KINDS

# Kinds of organisation whose name is often letters; a compound ending so is a kind too
# ("cricketclub", "woningcorporatie", "zorggroep").
_KIND_ENDS = (*KIND_TAILS, "corporatie", "vereniging", "bond", "omroep", "instelling", "stichting", "ziekenhuis")
_KIND_ENDS += ("kliniek", "academie", "college", "hogeschool", "universiteit", "werkgever", "uitzendbureau")
_KIND_ENDS += ("team", "elftal", "koor", "orkest", "fanfare", "harmonie")
_CLUBS = frozenset("sv vv fc rkvv rksv svv hv kv hc av zv tv".split())
# Words of belonging to an organisation or owing it, before the capitals or their preposition.
_BELONGS = frozenset(
    """lid lidmaatschap medewerker medewerkster werknemer collega's collega directeur contactpersoon
    vrijwilliger vrijwilligster schuld schulden achterstand vertegenwoordiger namens brief aanmaning
    rekening""".split()
)
_PREPOSITIONS = frozenset(("bij", "van", "met", "aan"))


def _a_kind(word: str) -> bool:
    low = word.lower()
    return low.isalpha() and (low in _CLUBS or (low.endswith(_KIND_ENDS) and low not in LOOSE_KINDS))


def acronym_frame(text: str, start: int) -> bool:
    """Unknown capitals at ``start`` stand where an organisation's name stands: replace them.
    (The few words before are split, not searched with a pattern: this runs for every unknown
    capital of every note.)"""
    if start == 0 or text[start - 1] not in " \t":
        return False
    words = text[max(0, start - 60) : start].split()[-4:]
    if not words:
        return False
    low = [w.lower() for w in words]
    # a kind right before, or a kind "van" (the) capitals: "het cricketteam van VRA"
    if _a_kind(words[-1]) or (len(low) > 1 and low[-1] == "van" and _a_kind(words[-2])):
        return True
    if len(low) > 2 and low[-1] in ("de", "het") and low[-2] == "van" and _a_kind(words[-3]):
        return True
    # a word of belonging, maybe with its preposition: "lid van ZVBN", "in dienst bij ..."
    at = -2 if low[-1] in _PREPOSITIONS and len(low) > 1 else -1
    word = low[at]
    return word in _BELONGS or (word == "dienst" and len(low) > -at and low[at - 1] == "in")
