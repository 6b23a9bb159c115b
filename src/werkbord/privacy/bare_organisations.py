"""Organisations named with an ordinary word in lower case (or two), without an article, where what
stands before says someone works, is treated or owes money there, or a role is held there: "werkt
sinds maart bij kiezel in deventer", "behandeld bij lantaarn, daarna terugval", "schulden bij zwaluw
en de belastingdienst", "klantnummer 123 bij vlonder", "begeleid door keerpunt", "ervaringsdeskundige
bij lantaarn)", "werkt bij zeef korenbloem en ...", "in dienst bij molenwiek sinds 2019".

A bare noun after "bij" is rare in Dutch outside idioms of time and state ("bij terugval", "bij
ontslag", "bij naam", "bij elkaar"), and those never follow a word of working, treatment or debt
as the place it happens: there the word names the employer, the care provider or the creditor.
:mod:`.org_frames` reads the same frames with an article ("aangemeld bij de boei"); a word no list
knows is left to the rules for unknown words, a kind of organisation, a role, a service or a
thing of every day is never a name here (:func:`.org_frames.no_organisation_name`). Written from
made-up examples and the rename probe's tune half (benchmarks/deid_swap.py: even development
sets). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .found import Found
from .org_frames import no_organisation_name
from .roles import is_role_word
from .words import ROLE_WORDS, Lexicon

Span = tuple[int, int]

# Working, being treated or registered, owing: the words before "bij" that make its object a place
# someone has a bond with.
_BOND = (
    r"werkt|werkte|werken|gewerkt|werkzaam|baan|stage|stageplek|vrijwilliger|vrijwilligster|solliciteert|"
    r"solliciteerde|solliciteren|sollicitatie|contract|proefplaatsing|werkplek|ontslagen|uitgevallen|overwerk|"
    r"leidinggevende|timmerman|chauffeur|buschauffeur|schoonmaker|vakkenvuller|verpleegkundige|"
    r"behandeld|behandeling|opgenomen|opname|crisisopname|aangemeld|aanmelding|ingeschreven|bekend|wachtlijst|"
    r"traject|begeleid|begeleiding|dagbesteding|verwezen|doorverwezen|diagnostiek|opleiding|inburgering|"
    r"schulden|schuld|huurachterstand|achterstand|klantnummer|klantnr|cliëntnummer|clientnummer|polisnummer|"
    r"polisnr|verzekerd|lid|gestopt|afspraak|afspraken|sluiting|werkneemster|werknemer|dienst"
)
# Only these take "door" or "via": "begeleid door keerpunt", "aangemeld via overstap".
_CARE = r"behandeld|opgenomen|aangemeld|aanmelding|begeleid|verwezen|doorverwezen"
# "bij", "door" or "via", then a bare word in lower case where a name ends (found first: the words of
# working, treatment or debt are looked for only before it, in a short window).
_BARE = re.compile(
    r"(?<![\w-])(bij|door|via)[ \t]+"
    r"(?!(?:de|het|een|'t|ons|onze|hun|haar|zijn|mijn|die|dat|deze|dit)\b)([a-zà-ÿ][a-zà-ÿ'’-]{2,})"
    r"(?:[ \t]+(?!(?:in|te|aan|op|sinds|tot|als|en|voor|na|om|onder|over|een|de|het)\b)([a-zà-ÿ][a-zà-ÿ'’-]{2,}))?"
    r"(?![\w'’@-])"
    r"(?=[ \t]*(?:\.(?![a-z])|[,;:()!?]|->|→|\Z|\n)"
    r"|[ \t]+(?:in|te|aan|op|sinds|tot|als|en|voor|na|om|onder|over|een)\b)"
)
_BOND_BEFORE = re.compile(rf"(?<![\w-])(?i:(?:({_CARE})|{_BOND}))[ \t]+(?:[\w.]+[ \t]+){{0,4}}$")
# Times, events, states and symptoms "bij" is idiomatic with, also after such a word ("opname bij
# terugval", "afspraak bij ontslag", "huisarts bij koorts"), disorders ("werkt slecht bij psychose"),
# and whom ("bij elkaar", "bij naam").
_IDIOMS = frozenset(
    """terugval ontslag opname crisis onrust stress overlast nood twijfel voorkeur naam elkaar aankomst
    binnenkomst vertrek blessure verlof ziekte pijn angst paniek agressie escalatie signalen ruzie brand
    problemen klachten vragen zorgen ziekmelding uitval afwezigheid geboorte overlijden begin einde start
    aanvang afloop toeval vergissing ongeluk gebrek tekort toestemming wet rood oranje groen geel psychose
    trauma manie delier adhd koorts hoofdpijn buikpijn griep diarree spoed gevaar suïcide suicide alcohol drank
    drugs gebruik incident""".split()
)
# Whom: "bij hem", "diagnostiek bij volwassene", "behandeling bij kind".
_PERSONS = frozenset(
    """hem haar hen hun mij me ons jou je u iedereen niemand anderen mensen volwassene jongere kind tiener
    vrouw man meisje jongen baby peuter kleuter oudere""".split()
)


def bare_organisations(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """ "werkt bij kiezel in ...", "schulden bij zwaluw en ...", "begeleid door keerpunt.": the
    bare word is the organisation (see the module's docstring), outside ``covered``."""
    if not lexicon.words or ("bij " not in text and "door " not in text and "via " not in text):
        return []
    found = []
    for m in _bare_words(text):
        words = [w for w in m.group(2, 3) if w]
        if any(w in _IDIOMS or w in _PERSONS for w in words):
            continue
        if not _bond_before(text, m.start(), care=m.group(1) != "bij"):
            continue  # "door" and "via" only after a word of care: "contract via mail"
        if not all(_a_noun(w, lexicon) and not no_organisation_name(w, lexicon) for w in words):
            continue
        s, e = m.start(2), m.end(3) if m.group(3) else m.end(2)
        if not any(a < e and s < b for a, b in covered):
            found.append(Found(s, e, "instelling"))
    return found


# A role right before "bij": "ervaringsdeskundige bij lantaarn", "hulpverlener bij pijler".
_ROLE_BEFORE = re.compile(r"(?<![\w-])([a-zà-ÿ][a-zà-ÿ'’-]{2,})[ \t]+$")


def _bond_before(text: str, at: int, *, care: bool) -> bool:
    """A word of working, treatment or debt before ``at`` (only one of care before "door" and
    "via"), or a role right before "bij" ("ervaringsdeskundige bij ...")."""
    bond = _BOND_BEFORE.search(text, max(0, at - 60), at)
    if bond is not None:
        return bool(bond.group(1)) or not care
    if care:
        return False
    role = _ROLE_BEFORE.search(text, max(0, at - 40), at)
    return role is not None and (role.group(1).lower() in ROLE_WORDS or is_role_word(role.group(1).lower()))


def _bare_words(text: str) -> Iterator[re.Match[str]]:
    """:data:`_BARE` at each "bij ", "door " and "via " (found by ``str.find``: cheaper than letting
    the pattern try every position of every note)."""
    for word in ("bij ", "door ", "via "):
        at = text.find(word)
        while at >= 0:
            if (m := _BARE.match(text, at)) is not None:
                yield m
            at = text.find(word, at + 1)


def _a_noun(low: str, lexicon: Lexicon) -> bool:
    """A plain noun as far as its shape tells: no adjective (it has an inflected "-e" form), no
    adverb or topic ending, no plural or infinitive, no finite verb."""
    if low.endswith(("ig", "lijk", "isch", "baar", "loos", "zaam", "ing", "heid", "isme", "tie", "sie", "teit")):
        return False
    if low.endswith("en") or (low.endswith("s") and low[:-1] in lexicon.words):
        return False
    if low.endswith(("t", "te", "de")) and any(
        low.endswith(e) and lexicon.is_verb_stem(low[: -len(e)]) for e in ("t", "te", "de")
    ):
        return False  # "werkt bij ... helpt"
    doubled = low + low[-1] + "e" if low[-2] in "aeiou" and low[-3] not in "aeiou" else ""
    return not (low + "e" in lexicon.words or (doubled and doubled in lexicon.words))


a_noun = _a_noun  # (also read by :mod:`.creditor_lists`)
