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

import re

from .named_organisations import KIND_TAILS, LOOSE_KINDS

# Kinds of organisation whose name is often letters; a compound ending so is a kind too
# ("cricketclub", "woningcorporatie", "zorggroep").
_KIND_ENDS = (*KIND_TAILS, "corporatie", "vereniging", "bond", "omroep", "instelling", "stichting", "ziekenhuis")
_KIND_ENDS += ("kliniek", "academie", "college", "hogeschool", "universiteit", "werkgever", "uitzendbureau")
_KIND_ENDS += ("team", "elftal", "koor", "orkest", "fanfare", "harmonie")
_CLUBS = frozenset("sv vv fc rkvv rksv svv hv kv hc av zv tv".split())
# A kind right before, or a kind "van" the capitals: "het cricketteam van VRA", "de zwemclub van ZPC".
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+(?:van[ \t]+(?:(?:de|het)[ \t]+)?)?$")
# A word of belonging or dealing with an organisation, then its preposition, right before.
_BELONGS_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:lid|lidmaatschap|medewerker|medewerkster|werknemer|collega's|collega|directeur|"
    r"contactpersoon|vrijwilliger|vrijwilligster|schuld|schulden|achterstand|in[ \t]+dienst|"
    r"vertegenwoordiger|namens|brief|aanmaning|rekening)"
    r"[ \t]+(?:(?:bij|van|met|aan)[ \t]+)?$"
)


def _kind_before(text: str, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    low = m.group(1).lower()
    return low in _CLUBS or (low.endswith(_KIND_ENDS) and low not in LOOSE_KINDS)


def acronym_frame(text: str, start: int) -> bool:
    """Unknown capitals at ``start`` stand where an organisation's name stands: replace them."""
    return _kind_before(text, start) or _BELONGS_BEFORE.search(text, max(0, start - 40), start) is not None
