"""Suspects read from where a word stands, for names that are written in lower case or that
are ordinary words: the review step's second look at a note (see :mod:`.suspects`).

A word that is also a Dutch word, or a name written without a capital, has no shape that
tells it from the words around it. Its place in the sentence still does:

- a surname after a replaced first name or a first name in lower case, with or without the
  particles of a surname ("[PERSOON-1] wouters", "anouk smeets", "[PERSOON-1] van tilburg");
- a double surname in lower case after a title ("mw. kaya-aydin");
- a town or a part of one in lower case ("in eindhoven", "(landgraaf)", "tilburg-noord");
  deduce's own list of towns decides, and a town that is also a word ("leiden", "assen") only
  where a preposition of place stands before it;
- one word alone in brackets after a person ("[PERSOON-1] (wim)", "vader (Ben)");
- a capitalised word joined by "en", "&" or a comma to a replaced name or organisation
  ("[PERSOON-1] en Zon", "Klimop en [INSTELLING-1]");
- a capitalised surname after a first name that is also a word ("Job Sterk", "Roos Visser").

Each is found with one pattern per shape over the whole note, not word by word, so a note
costs little more. Pure apart from the word lists it is handed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from functools import cache

from ..i18n import N_
from .appositions import appositions, quoted_nicknames
from .lexicon import town_names
from .words import (
    COUNTRIES,
    MONTHS_AND_DAYS,
    NOT_A_NAME_AFTER_ROLE,
    NOT_INITIALS,
    NOT_NAMES,
    PERSON_CONTEXT,
    ROLE_WORDS,
    SENTENCE_OR_QUOTE_START,
    Lexicon,
    is_role,
)

_ELDEST = frozenset("jongste oudste middelste".split())
KIN_WORDS = ROLE_WORDS | PERSON_CONTEXT

WHY_SURNAME_AFTER_NAME = N_("word after a name: a surname?")
WHY_TOWN_LOWER = N_("a town in lower case?")
WHY_NAME_IN_BRACKETS = N_("word in brackets after a person: a name?")
WHY_BESIDE_TAG = N_("capital beside a replaced name: a name too?")
WHY_AFTER_KIN = N_("word after a role or family word: a name?")  # (the review step's own reason)
WHY_PLACE_LOWER = N_("a place in lower case?")
WHY_LOWER_FIRST_NAME = N_("a first name in lower case?")
WHY_QUOTED = N_("name in quotes: a nickname or an organisation?")  # (the review step's quotes too)
WHY_INITIALS_LOWER = N_("initials?")
WHY_AFTER_KIND = N_("name after a kind of organisation: which one?")

# Initials in lower case beside a person: "m. hendriks", "danny j. (31)", "[PERSOON-1] b.",
# "th. [PERSOON-1]", "mr. j.-w. [PERSOON-1]", "b. v. dalen".
_LOWER_INITIALS = re.compile(r"(?<![\w.'’/-])((?:(?:[a-z]|th|ph|ch|sj|ij)\.(?:[ \t]?-?[ \t]?)){1,3})")
_PERSON_TAG_BEFORE = re.compile(r"\[(?:PERSOON|PATIENT)-\d+\][ \t]*$")
_PERSON_TAG_AFTER = re.compile(r"[ \t]*\[(?:PERSOON|PATIENT)-\d+\]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]*(?:(?:van|de|der|den|ter|ten|v\.)[ \t]+)*([a-zà-ÿ][a-zà-ÿ'’-]+)")
# A kind of organisation, then its name in lower case: "zorgboerderij de hoeve", "apotheek de
# linde", "restaurant de gouden leeuw", "woningcorporatie elkien", "koor vocal vibes".
_KIND_WORD = re.compile(  # asked of the note in lower case
    r"(?:stichting|vereniging|club|kerk|moskee|school|college|lyceum|gymnasium|praktijk|kliniek|opvang|hotel|"
    r"restaurant|café|cafe|bakkerij|garage|winkel|supermarkt|boerderij|apotheek|koor|corporatie|kringloop|"
    r"buurthuis|wijkcentrum|dagbesteding|\bobs|\bcbs|\bribw)(?=[ \t])"
)
_AFTER_KIND = re.compile(
    r"[ \t]+((?:de|het|'t)[ \t]+)?([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?![\w'’-])(?:[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?![\w'’-]))?"
    r"(?=[ \t]*(?:[,;:.()]|$|\n|(?:in|te|aan|op|en|bij|uit)\b|[ \t]+[a-zà-ÿ]{3,}(?:t|te|de|ten|den)\b))"
)
_NOT_A_NAME_AFTER_ARTICLE = frozenset(
    """laatste komende volgende vorige eerste tweede hele afgelopen zelfde andere nieuwe oude grote kleine
    buurt wijk stad week dag avond ochtend middag nacht maand jaar""".split()
)

# A role, family word or title, then the particles of a surname and a word: "wijkagent van
# leeuwen", "huisarts van rijswijk", "Bewindvoerder van dam reageerde", "Mevr. buren vond".
_SURNAME_PARTICLES_RE = r"(?:van(?:[ \t]+(?:der|den|de))?|de|ter|ten|op[ \t]+den)[ \t]+"
_SURNAME_WORD = r"([a-zà-ÿ][a-zà-ÿ'’]+(?:-[a-zà-ÿ]+)?)(?![\w'’-])"
# (found by its particles first, then the word before them: faster than a pattern from each word on)
_PARTICLES_THEN = re.compile(r"(?<=[ \t])((?:van(?:[ \t]+(?:der|den|de))?|ter|ten|op[ \t]+den)[ \t]+)" + _SURNAME_WORD)
_ROLE_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)\.?[ \t]+(?:[a-z]{1,2}\.(?:[a-z]\.)*[ \t]*)?$")
_TITLE_PARTICLES = re.compile(
    r"\b([Mm](?:evr|w|r|eneer|evrouw|eester)|[Dd](?:hr|rs|r|okter)|[Pp]rof|[Jj]uf|MW|DHR)\.?[ \t]+"
    r"(?:[a-z]{1,2}\.(?:[a-z]\.)*[ \t]*)?"
    rf"({_SURNAME_PARTICLES_RE})?" + _SURNAME_WORD
)
_ROLE_TITLES = frozenset("mevr mw dhr mr dr drs prof meneer mevrouw dokter juf meester".split())
_VERB_FORM_THEN = re.compile(r"[ \t]+[a-zà-ÿ]{3,}(?:t|te|de|ten|den)\b")
# A first name in lower case, then an age in brackets: "iris ([LEEFTIJD-1])", "pim (12)".
_AGE_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?:\[LEEFTIJD-\d+\]|\d{1,2}\b)")
_OPENING_THEN = re.compile(r"[ \t]+(?:is|was|en|heeft|had|zit|zat|woont|werkt)\b|[ \t]*,")
# A nickname in quotes where a note says what someone is called: 'noemt hem "flappie"'.
_QUOTED_LOWER = re.compile(r"(?<![\w])['\"‘“]((?:de[ \t]+|het[ \t]+)?[a-zà-ÿ][a-zà-ÿ-]{2,20})['\"’”](?![\w])")
_WHOM = re.compile(r"(?i)\b(?:hem|haar|zich|zichzelf|zijn|ze)\b")
_NAMING = re.compile(r"(?i)\b(?:noem\w*|genoemd|bijnaam|heet|heten|roepnaam|koosnaam)\b")
# A lower-case first name between replaced persons: "[PERSOON-1], kim en [PERSOON-2]".
_LOWER_BESIDE_PERSON = re.compile(
    r"\[(?:PERSOON|PATIENT)-\d+\][ \t]*(?:,|\ben\b|&)[ \t]*([a-zà-ÿ]{2,})(?![\w'’-])"
    r"|(?<![\w'’-])([a-zà-ÿ]{2,})[ \t]*(?:,|\ben\b|&)[ \t]*\[(?:PERSOON|PATIENT)-\d+\]"
)

# A family or role word, then a first name in lower case that is also a word, then what a
# person has or does: "broertje sep (8)", "zus lot ruziën", "buurvrouw pijnenburg kijkt".
_KIN_THEN = re.compile(r"(?<![\w-])([a-zà-ÿ]{2,})[ \t]+([a-zà-ÿ]{2,})(?=[ \t]*\(|,|[ \t]+[a-zà-ÿ]{3,}(?:t|en|ën)\b)")
# A part of a town or a neighbourhood in lower case after "in", "uit": "in kanaleneiland", "uit
# meerhoven"; and a compound with a compass point: "wijkteam woensel-noord".
_IN_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|uit|vanuit|nabij)[ \t]+$")
_PLACE_ENDS = (
    "hoven eiland burg dam wijk veen dorp hout meer rode horst berg broek loo veld hoek zand kerk haven "
    "oord stein lo dijk gein beek bosch heuvel"
).split()
_NOT_PLACE_ENDS = tuple(
    "ing heid tie schap zorg dienst team opvang gesprek overleg behandeling huis woning kamer afdeling "
    "kliniek groep plan lijst tijd week dag nacht".split()
)
_IN_BEFORE_WORD = re.compile(r"\b(?:[Ii]n|[Uu]it|vanuit|nabij)[ \t]+([a-zà-ÿ]{6,})(?![\w'’-])")
_COMPASS_COMPOUND = re.compile(r"(?<![\w'’-])([a-zà-ÿ]{3,})-(?:noord|zuid|oost|west|centrum)(?![\w-])")

_PARTICLES = r"(?:van|de|der|den|ter|ten|vd|v\.d\.)"
# After a name, particles that read as "of the" or "of" with an ordinary word are no surname:
# "[PERSOON-1] van boven", "[PERSOON-1] van de thuiszorg".
_SURNAME_PARTICLES = frozenset(("de", "van der", "van den", "ter", "ten", "vd", "v.d."))
# What follows a surname: the end of a clause, a bracket, a verb ("[PERSOON-1] wouters belde").
_NAME_ENDS = re.compile(r"[ \t]*(?:[,;:.!?()\n]|$|(?:en|is|was|heeft|had|belde|belt|zegt|zei|wil|komt|kwam|gaat)\b)")
# A replaced person, or a first name in lower case, then perhaps a nickname in brackets, an
# initial and the particles of a surname, then a word in lower case: "[PERSOON-1] (hendrik)
# mulder", "[PERSOON-1] e. van houten", "anouk smeets".
_AFTER_NAME_TAIL = (
    r"(?:[ \t]*\([^()\n]{1,24}\))?[ \t]+(?:[a-z]\.[ \t]*)?"
    rf"((?:{_PARTICLES}[ \t]+){{0,3}})"
    r"([a-zà-ÿ][a-zà-ÿ'’]+(?:-[a-zà-ÿ]+)?)(?![\w'’-])"
)
_SURNAME_AFTER = re.compile(r"\[(?:PERSOON|PATIENT)-\d+\]()" + _AFTER_NAME_TAIL)
_SURNAME_AFTER_TITLE = re.compile(r"\b(?:[Mm]evrouw|[Mm]eneer|[Dd]okter|[Jj]uf|[Mm]eester)()" + _AFTER_NAME_TAIL)
_TITLE_HINTS = ("mevr", "mw", "dhr", "mr", "dr", "prof", "meneer", "mevrouw", "dokter", "juf", "meester")
_DOUBLE_TITLES = ("mw", "mevr", "dhr", "meneer", "heer", "fam")
_SURNAME_AFTER_LOWER = re.compile(r"(?<![\w'’.-])([a-zà-ÿ]{3,})" + _AFTER_NAME_TAIL)
# A title, then a double surname in lower case: "mw. kaya-aydin", "Mevrouw dekker-smit".
_TITLE_DOUBLE = re.compile(
    r"(?i:\b(?:mw|mevr|mevrouw|dhr|meneer|heer|fam|familie)\.?[ \t]+)([^\W\d_]{2,}-[^\W\d_]{2,})(?![\w-])"
)
_INITIAL_HINT = re.compile(r"(?:^|[ \t(])(?:[a-z]|th|ph|ch|sj|ij)\.")
_PIECES = re.compile(r"[\s.,;:!?()\[\]'\"‘’“”/]+")
_LOWER_WORD = re.compile(r"(?<![\w'’-])((?:'s-)?[a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)*)(?![\w'’-])")
_COMPASS = frozenset("noord zuid oost west noordoost noordwest zuidoost zuidwest centrum midden".split())
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|uit|naar|vanuit|nabij|richting|woont|woonde|wonen)[ \t]+$")
# Where else a town stands: in brackets or a list, after an abbreviation or a kind of service
# ("(landgraaf)", ", tegelen,", "HAP heerenveen", "ziekenhuis eindhoven", "wijkteam tilburg").
_TOWN_SLOT_BEFORE = re.compile(
    r"(?:[(,/]|\b[A-Z]{2,}|(?i:\b\w*(?:ziekenhuis|gemeente|team|regio|reclassering|politie|kliniek|afdeling|"
    r"centrum|poli|huisartsenpost|school|college|station|azc)))[ \t]*$"
)
_TOWN_SLOT_AFTER = re.compile(r"[ \t]*[),/]")
_FROM_BEFORE = re.compile(r"(?i)\bvan[ \t]+$")  # "van almere naar ...": from one place to another
_TO_AFTER = re.compile(r"[ \t]+naar\b")
# A town that is also a word: a place only where the clause ends after it ("ouders in assen.").
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,;:.!?)\n]|$|(?:en|of|bij|met)\b)")
# One word alone in brackets after a person: "[PERSOON-1] (wim)", "vader (Ben)".
_IN_BRACKETS = re.compile(r"(?:\[(?:PERSOON|PATIENT)-\d+\]|\b([^\W\d_]+))[ \t]*\([ \t]*([^\W\d_][\w'’-]+)[ \t]*\)")
_TAGS = r"(?:PERSOON|PATIENT|INSTELLING|ZORGINSTELLING|ZIEKENHUIS|LOCATIE)"
_BESIDE_TAG = re.compile(
    rf"\[{_TAGS}-\d+\][ \t]*(?:,|\ben\b|\bof\b|&)[ \t]*(?:(?:de|het)[ \t]+)?([A-ZÀ-Þ][a-zà-ÿ'’-]{{2,}})(?![\w'’-])"
    rf"(?![ \t]*\()|(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ'’-]{{2,}})[ \t]*(?:,|\ben\b|\bof\b|&)[ \t]*\[{_TAGS}-\d+\]"
)
# A capitalised first name, then a capitalised word: "Job Sterk", "Roos Visser".
_NAME_PAIR = re.compile(r"(?<![\w.'’-])([A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)(?![\w'’-])")

# What a word is after a name: a verb form or a small word, never a surname.
_SMALL = frozenset(
    """vd der den ter ten elke alle iedere ieder twee drie vier vijf zes zeven acht negen tien
    een het de en of maar ook nog niet wel al nu dan toen was is zijn had heeft hebben
    wil kan moet mag zal zou gaat ging komt kwam belt belde zegt zei via met voor naar bij uit in op aan om te
    tot door over van als dat die wat wie hij zij ze we wij ik je jij hem haar hun zich er hier daar zelf weer erg heel
    zeer graag vaak soms nooit altijd vandaag gisteren morgen""".split()
)

Found = tuple[str, int, str, bool]  # (token, start, untranslated reason, sure: replace it)


@cache
def _lower_towns() -> frozenset[str]:
    from .lexicon import town_names

    return frozenset(t.lower() for t in town_names())


class NameContext:
    """Finds the suspects above in one scrubbed (or raw) note."""

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        first_names: Collection[str],
        surnames: Collection[str],
        word_like: Callable[[str], bool],
        *,
        english: Callable[[], bool] = lambda: False,
    ) -> None:
        self.english = english  # whether the note is written in English (asked only when needed)
        self.lower_names: Collection[str] = ()  # first names in lower case in the note (set by find)
        self.quoted = True
        self.titled = True
        self.lowered = text  # (set to the note in lower case by find)
        self.text = text
        self.lexicon = lexicon
        self.first_names = first_names
        self.surnames = surnames
        self.word_like = word_like  # an ordinary word, inflected, a compound or a verb's stem

    def find(self, taken: Collection[int], *, sure_only: bool = False) -> list[Found]:
        """What the shapes above find, at offsets not in ``taken`` (already suspects); with
        ``sure_only`` only the shapes that may replace what they find."""
        text = self.text
        # Which shapes can match at all, asked of the whole note at once (most notes hold no
        # tag, no bracket, no town or first name in lower case): the finders below loop in Python.
        lower = set(_PIECES.split(text))  # (one pass in C: what the note may hold)
        self.lower_names = {w for w in lower & self.first_names if not self._no_name(w)}  # not "de", "van"
        lowered = self.lowered = text.lower()
        self.titled = (
            "mevrouw" in lowered
            or "meneer" in lowered
            or "dokter" in lowered
            or "juf" in lowered
            or ("meester" in lowered)
        )
        self.quoted = "'" in text or '"' in text or "‘" in text or "“" in text
        tags, brackets = "[" in text, "(" in text
        towns = bool(lower & _lower_towns()) or ("-" in text and _COMPASS_COMPOUND.search(text) is not None)
        finders: list[Callable[[], Iterator[Found]]] = [self._role_surnames]
        if "-" in text and any(t in lowered for t in _DOUBLE_TITLES):
            finders.append(self._double_names)
        if tags or self.lower_names or self.titled:
            finders.append(self._surnames_after_names)
        if towns:
            finders.append(self._towns)
        if self.lower_names:
            finders.append(self._lower_first_names)
            if "," in text:
                finders.append(self._appositions)  # "zijn mentor van toen, marjolein, belt"
        if self.quoted:
            finders.append(self._quoted_after_person)  # "Dhr. Pietersen ('pluis')", "oom, 'kleine henk',"
        if _INITIAL_HINT.search(text):
            finders.append(self._lower_initials)  # "m.", "(w.)", "j.-w."
        if not sure_only:  # shapes that only ever flag
            if towns or _IN_BEFORE_WORD.search(text):
                finders.append(self._lower_places)
            if brackets:
                finders.append(self._names_in_brackets)
            if tags:
                finders.append(self._beside_tags)
            if tags and self.lower_names:
                finders.append(self._lower_beside_persons)
            if self.lower_names:
                finders.append(self._kin_names)
            finders += [self._name_pairs, self._kind_names, self._nicknames]
        out: list[Found] = []
        seen = set(taken)
        for finder in finders:
            for found in finder():
                if found[1] not in seen:
                    seen.add(found[1])
                    out.append(found)
        return sorted(out, key=lambda f: f[1])

    def _no_name(self, low: str, *, capital: bool = False) -> bool:
        return (
            low in _SMALL
            or low in ROLE_WORDS
            or low in PERSON_CONTEXT
            or (low in NOT_A_NAME_AFTER_ROLE and not capital)  # "zijn", "ben"; but "vader (Ben)"
            or low in NOT_NAMES
            or low in MONTHS_AND_DAYS
            or low in COUNTRIES
            or low in NOT_INITIALS
            or is_role(low)
        )

    def _surnames_after_names(self) -> Iterator[Found]:
        matches = [*_SURNAME_AFTER.finditer(self.text)] if "[" in self.text else []
        if self.titled:
            matches += _SURNAME_AFTER_TITLE.finditer(self.text)
        if self.lower_names:  # a first name in lower case somewhere: "anouk smeets"
            matches += _SURNAME_AFTER_LOWER.finditer(self.text)
        if matches and self.english():
            return  # "[PERSOON-1] stayed in ...": English verbs are in no Dutch list
        for m in matches:
            first, particles, word = m.group(1) or None, " ".join(m.group(2).split()), m.group(3)
            if first is not None and (first not in self.first_names or self.word_like(first)):
                continue  # "anouk smeets", not "werk smeets"
            low = word.lower()
            if self._no_name(low):
                continue
            known = low in self.surnames or ("-" in low and all(part in self.surnames for part in low.split("-")))
            # a surname looks like a compound of words ("wouters", "smeets"): only a word of the
            # list itself, or its inflection, counts as one
            strict = self.lexicon.is_word(low) or self.lexicon.common(low)
            plain = strict if known or particles else self.word_like(low)
            ends = _NAME_ENDS.match(self.text, m.end()) is not None
            if particles:
                # "[PERSOON-1] van tilburg", "[PERSOON-1] de groot"; not "[PERSOON-1] van de thuiszorg"
                if (known or low in _lower_towns()) and not plain:
                    yield (word, m.start(3), WHY_SURNAME_AFTER_NAME, True)
                elif known and particles in _SURNAME_PARTICLES and ends:
                    yield (word, m.start(3), WHY_SURNAME_AFTER_NAME, False)
            elif known and not plain:
                yield (word, m.start(3), WHY_SURNAME_AFTER_NAME, ends)  # "[PERSOON-1] wouters", "anouk smeets"
            elif ends and (known or not plain) and word.isalpha():
                # a surname that is a word ("[PERSOON-1] mulder,") or that no list knows: shown only
                yield (word, m.start(3), WHY_SURNAME_AFTER_NAME, False)

    def _double_names(self) -> Iterator[Found]:
        for m in _TITLE_DOUBLE.finditer(self.text):
            low = m.group(1)
            if low.islower() and all(not self._no_name(part) for part in low.split("-")):
                yield (m.group(1), m.start(1), WHY_SURNAME_AFTER_NAME, True)

    def _towns(self) -> Iterator[Found]:
        towns = _lower_towns()
        text = self.text
        for m in _LOWER_WORD.finditer(text):
            low = m.group(1)
            head, _, tail = low.partition("-")
            town = low in towns or (tail in _COMPASS and head in towns)
            if not town or self._no_name(low) or low in self.first_names:
                continue
            start = m.start(1)
            before = _PLACE_BEFORE.search(text, max(0, start - 14), start) is not None or (
                _FROM_BEFORE.search(text, max(0, start - 5), start) is not None
                and _TO_AFTER.match(text, m.end()) is not None
            )
            if self.lexicon.is_word(low) or self.lexicon.common(low):
                # "in leiden", "ouders in assen.": a town that is also a word, where a clause ends
                if before and _CLAUSE_ENDS.match(text, m.end()):
                    yield (low, start, WHY_TOWN_LOWER, False)
                continue
            if (
                before
                or _TOWN_SLOT_BEFORE.search(text, max(0, start - 24), start)
                or _TOWN_SLOT_AFTER.match(text, m.end())
            ):
                yield (low, start, WHY_TOWN_LOWER, before)  # "woont in eindhoven", "(landgraaf)"

    def _names_in_brackets(self) -> Iterator[Found]:
        for m in _IN_BRACKETS.finditer(self.text):
            before, word = m.group(1), m.group(2)
            low = word.lower()
            if before is not None and not (before.lower() in PERSON_CONTEXT or is_role(before.lower())):
                if before.lower() not in self.first_names:
                    continue
            if len(low) < 2 or self._no_name(low, capital=word[0].isupper()) or sum(map(str.isupper, word)) > 1:
                continue
            if word[0].islower() and self.word_like(low) and low not in self.first_names:
                continue  # "moeder (overleden)"
            if word[0].isupper() and self.word_like(low) and low not in self.first_names:
                if low not in self.surnames:
                    continue  # "(Overleden)"
            yield (word, m.start(2), WHY_NAME_IN_BRACKETS, False)

    def _beside_tags(self) -> Iterator[Found]:
        for m in _BESIDE_TAG.finditer(self.text):
            group = 1 if m.group(1) is not None else 2
            word = m.group(group)
            low = word.lower()
            start = m.start(group)
            if self._no_name(low) or low.rsplit("-", 1)[-1] in ROLE_WORDS:
                continue
            if group == 2 and SENTENCE_OR_QUOTE_START.search(self.text, max(0, start - 4), start):
                if word not in town_names() or "[LOCATIE-" not in m.group():
                    continue  # "Gieten of [LOCATIE-1]": a town beside a town
            if self.lexicon.is_word(low) and not (
                low in self.first_names or low in self.surnames or self.lexicon.place(word)
            ):
                if len(low) > 9:
                    continue  # "Jeugdzorg en [INSTELLING-1]": a long word of the list is a kind
            yield (word, start, WHY_BESIDE_TAG, False)

    def _name_pairs(self) -> Iterator[Found]:
        for m in _NAME_PAIR.finditer(self.text):
            first, word = m.group(1), m.group(2)
            if first.lower() not in self.first_names or self._no_name(first.lower()):
                continue
            low = word.lower()
            if self._no_name(low):
                continue
            if low in self.surnames or all(p in self.surnames for p in low.split("-")):
                yield (word, m.start(2), WHY_SURNAME_AFTER_NAME, False)

    def _kin_names(self) -> Iterator[Found]:
        for m in _KIN_THEN.finditer(self.text):
            kin, low = m.group(1), m.group(2)
            if not (kin in PERSON_CONTEXT or kin in ROLE_WORDS) or self._no_name(low):
                continue
            if low in self.first_names or (low in self.surnames and not self.lexicon.is_word(low)):
                yield (low, m.start(2), WHY_AFTER_KIN, False)

    def _lower_places(self) -> Iterator[Found]:
        text = self.text
        for m in _IN_BEFORE_WORD.finditer(text):
            low, start = m.group(1), m.start(1)
            if not low.islower() or self.lexicon.is_word(low) or self.lexicon.common(low):
                continue
            if low.endswith(_NOT_PLACE_ENDS) or self._no_name(low) or low in MONTHS_AND_DAYS:
                continue
            if low.endswith(tuple(_PLACE_ENDS)) or not self.word_like(low):
                yield (low, start, WHY_PLACE_LOWER, False)  # "in kanaleneiland", "in meerhoven"
        for m in _COMPASS_COMPOUND.finditer(text):
            head = m.group(1)
            if not self.lexicon.is_word(head) and not self._no_name(head):
                yield (m.group(), m.start(), WHY_PLACE_LOWER, False)  # "wijkteam woensel-noord"

    def _role_surnames(self) -> Iterator[Found]:
        text = self.text
        titled = any(t in self.lowered for t in _TITLE_HINTS)  # (most notes name no title)
        titles = _TITLE_PARTICLES.finditer(text) if titled else ()
        found = [(m.group(1).lower(), m.group(2), m.group(3), m.start(3), m.end()) for m in titles]
        # (the particles hold "van", "te" or "op": most notes hold none, and the pattern is tried everywhere)
        for m in _PARTICLES_THEN.finditer(text) if "van" in text or "te" in text or "op" in text else ():
            before = _ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before:
                found.append((before.group(1).lower(), m.group(1), m.group(2), m.start(2), m.end()))
        for role, particles, low, start, end in found:
            if not (role in _ROLE_TITLES or (particles and (role in ROLE_WORDS or role in PERSON_CONTEXT))):
                continue
            if self._no_name(low) or low in self.first_names:
                continue
            known = low in self.surnames or low in _lower_towns()
            if not known:
                continue
            strict = self.lexicon.is_word(low) or self.lexicon.common(low)
            if not strict:
                yield (low, start, WHY_AFTER_KIN, True)  # "wijkagent van rijswijk"
            elif _NAME_ENDS.match(text, end) or _VERB_FORM_THEN.match(text, end):
                yield (low, start, WHY_AFTER_KIN, False)  # "Bewindvoerder van dam reageerde"

    def _lower_first_names(self) -> Iterator[Found]:
        text = self.text
        for m in _LOWER_WORD.finditer(text):
            low, start = m.group(1), m.start(1)
            if low not in self.lower_names or self._no_name(low):
                continue
            if _AGE_IN_BRACKETS.match(text, m.end()):
                yield (low, start, WHY_LOWER_FIRST_NAME, not self.lexicon.is_word(low))  # "iris ([LEEFTIJD-1])"
            elif SENTENCE_OR_QUOTE_START.search(text, max(0, start - 4), start) and _OPENING_THEN.match(text, m.end()):
                yield (low, start, WHY_LOWER_FIRST_NAME, False)  # "sjaak en zijn broer", "bas was ..."

    def _lower_beside_persons(self) -> Iterator[Found]:
        text = self.text
        for m in _LOWER_BESIDE_PERSON.finditer(text):
            group = 1 if m.group(1) is not None else 2
            low = m.group(group)
            if low in self.first_names and not self._no_name(low):
                yield (low, m.start(group), WHY_LOWER_FIRST_NAME, False)  # "[PERSOON-1], kim en [PERSOON-2]"

    def _appositions(self) -> Iterator[Found]:
        def person_word(low: str) -> bool:
            return low in KIN_WORDS or low in _ELDEST or is_role(low)

        for s, e in appositions(self.text, self.lower_names, person_word, self._no_name):
            yield (self.text[s:e], s, WHY_LOWER_FIRST_NAME, True)

    def _quoted_after_person(self) -> Iterator[Found]:
        def person(word: str) -> bool:
            low = word.lower()
            if low in KIN_WORDS or low in _ELDEST or is_role(low):
                return True
            return word[:1].isupper() and (low in self.first_names or low in self.surnames)

        for s, e in quoted_nicknames(self.text, person):
            yield (self.text[s:e], s, WHY_QUOTED, True)

    def _nicknames(self) -> Iterator[Found]:
        if not self.quoted or not _NAMING.search(self.text):
            return
        for m in _QUOTED_LOWER.finditer(self.text):
            word = m.group(1).split()[-1]
            if self._no_name(word):
                continue
            near = self.text[max(0, m.start() - 40) : m.end() + 30]
            naming = _NAMING.search(near)
            if naming and (naming.group().lower().startswith("noem") and not _WHOM.search(near)):
                continue  # "hij noemt het 'gedoe'": a word for a thing
            if naming:
                yield (word, m.end(1) - len(word), WHY_QUOTED, False)  # 'noemt zichzelf "flappie"'

    def _lower_initials(self) -> Iterator[Found]:
        text = self.text
        for m in _LOWER_INITIALS.finditer(text):
            token = m.group(1).rstrip(" \t-")
            start, end = m.start(1), m.start(1) + len(token)
            if token.replace(".", "").replace(" ", "").replace("-", "") in NOT_INITIALS:
                continue  # "o.a.", "z.s.m."
            before = _WORD_BEFORE.search(text, max(0, start - 30), start)
            word_before = before.group(1).lower() if before else ""
            person_before = _PERSON_TAG_BEFORE.search(text, max(0, start - 16), start) is not None or (
                word_before in self.first_names and not self.word_like(word_before)
            )
            title_before = word_before in _ROLE_TITLES or word_before in ROLE_WORDS or word_before in PERSON_CONTEXT
            after = _WORD_AFTER.match(text, end)
            surname_after = after is not None and after.group(1) in self.surnames
            person_after = _PERSON_TAG_AFTER.match(text, end) is not None or surname_after
            bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
            if (person_before or title_before) and person_after:
                yield (token, start, WHY_INITIALS_LOWER, True)  # "mw. [PERSOON-1] e. van houten", "m. hendriks"
            elif person_before or person_after or bracketed:
                yield (token, start, WHY_INITIALS_LOWER, False)  # "danny j. (31)", "(w.)"

    def _kind_names(self) -> Iterator[Found]:
        lowered = self.lowered if len(self.lowered) == len(self.text) else self.text
        for kind in _KIND_WORD.finditer(lowered):
            m = _AFTER_KIND.match(self.text, kind.end())
            if m is None:
                continue
            article, first, second = m.group(1), m.group(2), m.group(3)
            words = [w for w in (first, second) if w]
            if any(self._no_name(w) or w in _NOT_A_NAME_AFTER_ARTICLE for w in words[:1]):
                continue
            if not article and (self._verb_form(first) or first in self.lexicon.words):
                continue  # "kerk herkent ...", "school merkte": a verb after the kind
            if not article and (
                any(self.lexicon.is_word(w) or self.lexicon.common(w) for w in words)
                or kind.group() in ("dagbesteding", "opvang", "school")
            ):
                continue  # "winkel gesloten", "dagbesteding houtwerkplaats": a word after the kind, no name
            if second and (self._no_name(second) or second in _NOT_A_NAME_AFTER_ARTICLE or second.endswith(("t", "d"))):
                words = words[:1]  # "apotheek de brug klaargezet": a verb after the name
            name = " ".join(words)
            yield (name, m.start(2), WHY_AFTER_KIND, False)  # "zorgboerderij de hoeve", "apotheek de linde"

    def _verb_form(self, low: str) -> bool:
        """A verb in the present or the past: "herkent" (herkennen), "merkte" (merken)."""
        for end in ("te", "de", "t", "d"):
            if low.endswith(end) and len(low) - len(end) >= 3 and self.lexicon.is_verb_stem(low[: -len(end)]):
                return True
        return False
