"""Organisations named with an ordinary word in lower case and no kind before them, read by what is
done with them: someone is registered, treated, admitted, referred or handed over "bij de boei",
"naar de horizon", "aan de waag"; runs a debt, a budget or a day programme there ("bewindvoering
via de spil"). After such a verb an article and a plain word that is no kind of organisation, no
role, no place or thing of every day names the organisation: replaced. After looser verbs ("loopt
bij de kering", "zit op het baken", "werkt bij de spil") the same frame is as often a place or a
thing ("zit op de bank", "loopt bij de rivier"): shown for review (:func:`object_frames`), never
replaced.

A word no word list knows is left to the rules for unknown words; a kind of organisation, a role
or a service ("aangemeld bij de huisarts", "verwezen naar de dagbehandeling", "overgedragen aan de
nachtdienst") is never a name here. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .named_organisations import CARE_UNITS, KIND_TAILS, kind_of_organisation
from .words import PERSON_CONTEXT, ROLE_WORDS, Lexicon, is_role

Span = tuple[int, int]

# What one does with an organisation: register, treat, admit, refer, hand over, manage money.
_STRONG = (
    r"aangemeld|aanmelding|aanmelden|ingeschreven|inschrijving|opgenomen|opname|verwezen|verwijzing|"
    r"doorverwezen|overgedragen|overdracht|behandeld|behandeling|bewindvoering|schuldhulp|budgetbeheer|"
    r"begeleid|begeleiding|wachtlijst|intake|uitgeschreven|ontslagen"
)
# Looser: where one goes, works, sits or plays.
_WEAK = r"loopt|liep|lopen|werkt|werkte|zit|zat|zitten|voetbalt|sport|traint|speelt|hockeyt|turnt|huurt|huurde"
# Where the name ends: punctuation, or a word that goes on with the sentence.
_END = (
    r"(?=[ \t]*(?:[,.;:()!?]|->|→|\Z)|[ \t]+(?:in|voor|sinds|op|om|en|als|te|vanaf|tot|met|wegens|vanwege|is|was|"
    r"heeft|had|stopt|stopte|belt|belde|komt|kwam|gaat|ging|wil|wilde|kan|zegt|zei|weet)\b)"
)
_FRAME = re.compile(
    rf"(?<![\w-])(?i:({_STRONG})|({_WEAK}))[ \t]+(?:[\w.]+[ \t]+){{0,3}}?"
    r"(bij|via|naar|vanuit|aan|van|op|in)[ \t]+(?:de|het|'t)[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,})" + _END
)
# A kind as a label, then an article and a word: "kerk: de rank", "dagbesteding: het vlot". Replaced.
_KIND_LABEL = re.compile(
    r"(?<![\w-])([a-zà-ÿ]{3,}|[A-ZÀ-Þ][a-zà-ÿ]{2,})[ \t]*:[ \t]*(?:de|het|'t)[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,})" + _END
)
# A role "van" an article and a word: "jobcoach van de opstap", "de mentor van het baken". Shown.
_ROLE_OF = re.compile(r"(?<![\w-])([a-zà-ÿ]{3,})[ \t]+van[ \t]+(?:de|het|'t)[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,})" + _END)
# Things, places and times of every day, and services: no name after such a verb.
_EVERYDAY = frozenset(
    """bank stoel bed tafel raam deur trap gang kamer keuken kantine tuin balkon hal zolder kelder schuur garage
    auto bus trein tram metro fiets boot taxi straat weg pad stoep plein markt park bos strand duin haven
    rivier kanaal sloot gracht vijver zee dijk station halte kassa balie receptie ingang uitgang
    telefoon computer laptop app site chat mail post krant radio tv televisie
    vmbo havo vwo mbo hbo wo pro atheneum gymnasium mavo
    overkant achterkant voorkant zijkant buren familie
    stad dorp wijk buurt regio centrum noorden zuiden oosten westen buitenland
    ochtend middag avond nacht week weekend maand jaar zomer winter herfst lente vakantie
    wachtkamer spreekkamer behandelkamer isoleer separeer eer hand hoofd buik rug benen
    groep klas les cursus training therapie sessie gesprekken gesprek lijst dossier map cel portiek kassen kas
    optocht kermis feest bruiloft begrafenis wedstrijd concert
    supermarkt kringloop kringloopwinkel winkel bakker slager kapper bieb kroeg café cafetaria snackbar
    restaurant zwembad speeltuin moestuin volkstuin boerderij fabriek werkplaats loods magazijn kantoor
    drogist bouwmarkt tuincentrum dierenwinkel dierenarts tandarts fysio kinderboerderij sportclub
    voetbalclub manege camping stadion bioscoop""".split()
)
# Services, activities and states end so: "de dagbehandeling", "de schuldsanering", "de zitting"
# (an organisation named "de Kering" is lost to this: most words in "-ing" are no name).
_SERVICE_ENDINGS = ("ing", "hulp", "zorg", "dienst", "team", "therapie", "training", "poli", "heid", "stand")
# Kinds of schooling, times and events, trades: "het praktijkonderwijs", "de meidenavond", "de loonwerker".
_SERVICE_ENDINGS += ("onderwijs", "avond", "middag", "ochtend", "dag", "feest", "werker", "maker", "-in")
# Rooms, plans and people by what they do: "de meldkamer", "het signaleringsplan", "de woonconsulent".
_SERVICE_ENDINGS += ("kamer", "plan", "consulent", "adviseur", "eigenaar", "agent", "arts", "coach")


def _no_name(low: str, lexicon: Lexicon) -> bool:
    """``low`` is a kind, a role, a service or an everyday thing or place, or no word at all."""
    return (
        low in _EVERYDAY
        or low in CARE_UNITS
        or low in ROLE_WORDS
        or low in PERSON_CONTEXT
        or is_role(low)
        or low.endswith(KIND_TAILS)
        or low.endswith(_SERVICE_ENDINGS)
        or kind_of_organisation(low, lexicon)
        or not lexicon.is_ordinary(low)  # left to the rules for words no list knows
    )


no_organisation_name = _no_name  # (also read by :mod:`.slot_frames`)


# The last text read and what was found there: the rules (organisation_objects, on the raw note)
# and the review step (object_frames, on the scrubbed note) read the same text wherever nothing
# was replaced, most notes.
_LAST: list[tuple[str, Lexicon | None, tuple[tuple[int, int, bool], ...]]] = [("", None, ())]


def _candidates(text: str, lexicon: Lexicon) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, replace?) of every word these frames read as an organisation's name."""
    last_text, last_lexicon, found = _LAST[0]
    if text != last_text or lexicon is not last_lexicon:
        found = tuple(_read(text, lexicon))
        _LAST[0] = (text, lexicon, found)
    return found


def _read(text: str, lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    if not lexicon.words or (" de " not in text and " het " not in text and " 't " not in text):
        return []
    out = [
        (*m.span(4), bool(m.group(1)))
        for m in _FRAME.finditer(text)
        # "werkt in het magazijn", "zit in de klas": after a looser verb "in" says where, not with whom
        if (m.group(1) or m.group(3) != "in") and not _no_name(m.group(4), lexicon)
    ]
    if ":" in text:
        for m in _KIND_LABEL.finditer(text):
            kind = m.group(1).lower()
            if (kind.endswith(KIND_TAILS) or kind_of_organisation(kind, lexicon)) and not _no_name(m.group(2), lexicon):
                out.append((*m.span(2), True))
    if " van " in text:
        for m in _ROLE_OF.finditer(text):
            if (m.group(1) in ROLE_WORDS or is_role(m.group(1))) and not _no_name(m.group(2), lexicon):
                out.append((*m.span(2), False))
    return out


def organisation_objects(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """Organisations named with a word after a verb of registering, treating, referring or managing
    ("aangemeld bij de boei"), outside ``covered``: replaced."""
    return [
        Found(start, end, "instelling")
        for start, end, strong in _candidates(text, lexicon)
        if strong and not any(s < end and start < e for s, e in covered)
    ]


def object_frames(text: str, lexicon: Lexicon) -> list[Span]:
    """The same frame after a looser verb ("loopt bij de kering", "zit op het baken"): shown for
    review, never replaced."""
    return [(start, end) for start, end, strong in _candidates(text, lexicon) if not strong]
