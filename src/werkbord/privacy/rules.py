"""Identifiers deduce 3 misses in sticky-note language, found with plain regular expressions.

deduce was made for clinical letters. Participants of a case discussion write shorter and
looser, and these slip through it (each checked against deduce 3.0.6):

- ages in brackets or glued to a unit: "mevr. Jansen (54)", "(m, 54)", "zoon (8)", "12jr";
- dates without a year: "3 maart", "12/3", "12-3", and month plus year: "maart 2024";
- patient numbers too short for its 7-digit rule, after a keyword: "pat.nr. 12345";
- e-mail addresses and web addresses outside its short list of top-level domains (".info");
- international phone numbers with spaces: "+31 6 12345678" (it kept "+31 6" visible);
- a few regional mental-health and addiction providers missing from its list ("Arkin").

Every rule returns spans with deduce's own tag names, so its redactor numbers them like the
rest ("[LEEFTIJD-1]", "[DATUM-2]"). Pure: no deduce import, testable on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    tag: str


_MONTHS = (
    "januari|jan|februari|feb|maart|mrt|april|apr|mei|juni|jun|juli|jul|augustus|aug|"
    "september|sept|sep|oktober|okt|november|nov|december|dec|"
    # English boards (--lang en): deduce knows only Dutch month names.
    "january|february|march|may|june|july|august|october"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"

# "(54)", "(54 jaar)", "(54 jr.)", "(m, 54)", "(54, v)", "(v/29)", "(zoon, 19)". Only the number
# becomes the tag, as deduce does with "54 jaar" -> "[LEEFTIJD-1] jaar". A unit, a sex or a
# person word inside the brackets make it an age for sure; a bare "(3)" is an age only right
# after a person (see _ages).
_BRACKET_AGE = re.compile(
    r"\(\s*(?:([^\W\d_]+)\.?\s*[,/;]\s*)?(\d{1,3})\s*(jaar|jr\.?|j\.?)?\s*(?:[,/;]\s*([^\W\d_]+)\.?\s*)?\)"
)
# Words for a person that an age in brackets may follow: "Zoon (8)", "Opa (82)".
_PERSON_NOUNS = frozenset(
    """patiënt patient cliënt client zoon dochter kind broer zus broertje zusje moeder vader
    opa oma man vrouw jongen meisje partner vriend vriendin buurman buurvrouw neef nicht oom
    tante baby puber tiener dhr mevr mw meneer mevrouw echtgenoot echtgenote
    stiefvader stiefmoeder kleinzoon kleindochter casus cliënte patiënte jongeman jongedame
    student studente leerling weduwe weduwnaar pt pte""".split()
)
_SEX_OR_PERSON = _PERSON_NOUNS | {"m", "v"}
_PLURAL_PERSON_NOUNS = frozenset(
    "kinderen kids zonen zoons dochters kleinkinderen broers zussen tweeling jongens meisjes".split()
)
# "Kinderen (3 en 5)", "kids (2, 4 en 7)": several ages after a plural person word.
_BRACKET_AGES = re.compile(
    r"(?i)\b(?:kinderen|kids|zonen|dochters|kleinkinderen|broers|zussen|tweeling)\s*"
    r"\(\s*(\d{1,2}(?:\s*(?:,|en|&|/)\s*\d{1,2})+)\s*(?:jaar|jr\.?)?\s*\)"
)
# "12jr", "54jaar", "m/54", "leeftijd: 54". deduce already handles "54 jaar" and "54-jarige".
_GLUED_AGE = re.compile(r"(?i)(?<![\w.,])(\d{1,3})(?:jr|jaar|j)\b")
_SLASH_AGE = re.compile(r"(?<![\w/])[mvMV]\s?/\s?(\d{1,3})(?![\d/])")
_LEEFTIJD = re.compile(r"(?i)\b(?:leeftijd|lft|lftd|age)\.?\s*:?\s*(\d{1,3})(?!\d)")
# "m, 38", "v,44", "38, m": a sex and an age as a pair of list items.
_SEX_COMMA_AGE = re.compile(
    r"(?<![\w/])(?:[mvMV]\s*,\s*(\d{1,3})(?=\s*(?:[,;:)]|\.(?!\d)|$|jaar|jr))|(\d{1,3})\s*,\s*[mvMV](?![\w]))"
)
# "34/v", "(34/m)": the age before the sex.
_AGE_SLASH_SEX = re.compile(r"(?<![\w/])(\d{1,3})\s?/\s?[mvMV](?![\w/])")
# "geboren in 1961", "geb. 1985", "geboortejaar 1990": a year of birth.
_BIRTH_YEAR = re.compile(
    r"(?i)\b(?:geboren|geb\.?|geboortejaar|bouwjaar)\s*(?:in\s+|:\s*)?((?:19|20)\d{2}|['’]\d{2})(?!\d)"
)
# "zeventienjarige", "achtenveertigjarige": ages written in words.
_WORD_JARIGE = re.compile(
    r"(?i)\b((?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|zestien|zeventien|achttien|negentien)?(?:en)?(?:twintig|dertig|veertig|vijftig|zestig|"
    r"zeventig|tachtig|negentig)?(?<=[a-z])jarige?)\b"
)
# "Mevrouw Yilmaz, 58, woont", "Ingrid, 49, mantelzorger", "Man, 45 jr": a number between
# commas (or before a full stop, bracket or "jaar") right after a person.
_COMMA_AGE = re.compile(r"\s*,\s*(\d{1,3})(?=\s*(?:[,;:)]|\.(?!\d)|$|[-–]\s|(?:jaar|jr|j)\b))")
# "Vrouw 45, alleenstaand", "man 38 - psychose": a person noun, then a bare number.
_NOUN_AGE = re.compile(r"(?i)\b([a-zëé]+)\s+(\d{2})(?=\s*(?:[,;:)]|\.(?!\d)|$|\s[-–]\s))")
# "58-jarige", "de 24-jarige dochter", "58 jarige": deduce skips it after "de".
_JARIGE = re.compile(r"(?i)(?<![\w.,])(\d{1,3})\s?-?\s?jarige?\b")
# "3-jarige opleiding" is a duration, not an age.
_DURATION_NOUNS = frozenset(
    """opleiding studie contract traject behandeling relatie huwelijk periode termijn project
    programma cursus garantie looptijd dienstverband jubileum bestaan samenwerking""".split()
)
# "man van 58", "een vrouw van 45 met", "zoon is 17", "hij werd 50": a person, then the number.
_NOT_AN_AGE_AFTER = r"(?!\s*(?:[,.]\d|%|x\b|kg|kilo|euro|cm|procent|keer|min|uur|dag|week|weken|maand|mnd|mg|ml))"
_VAN_AGE = re.compile(r"(?i)\b([a-zëé]+)\s+van\s+(\d{1,3}(?:\s*(?:,|en|&)\s*\d{1,3})*)" + _NOT_AN_AGE_AFTER + r"(?!\d)")
_IS_AGE = re.compile(
    r"(?i)\b(hij|zij|ze|[a-zëé]+)\s+(?:is|wordt|werd|was)\s+(?:pas|net|bijna|ruim|inmiddels|nu)?\s*"
    r"(\d{1,3})(?:\s*(?:jaar|jr)(?:\s+oud)?)?(?=\s*(?:[,;:)!?]|\.(?!\d)|$|\s(?:en|maar|toen|geworden|nu)\b))"
)
# "m34", "v29", "(m34)": sex and age in one token.
_SEX_GLUED = re.compile(r"(?<![\w/])(?:[mv]|(?<![^\s(,])[MV])\s?(\d{2})(?![\w/,.]?\d)(?![\w])")
# "sinds zijn 16e", "op haar 14de": the age at which something happened.
_AGE_ORDINAL = re.compile(r"(?i)\b(?:zijn|haar|z'n|d'r|hun)\s+(\d{1,2})(?:e|ste|de)\b")
# "eind 40", "begin 30", and the decade words: vague, but with a sex and a town it narrows.
_VAGUE_AGE = re.compile(
    r"(?i)\b(?:begin|midden|eind|half)\s+(?:de\s+)?([2-9]0)(?:er)?"
    r"(?!\s*(?:minuten|min|uur|dagen|weken|maanden|keer|euro|%|mg|kg|procent))(?!\d)"
)
# "nu 31", "inmiddels 45", "bijna 60": a bare number that can only be an age here.
_NOW_AGE = re.compile(
    r"(?i)\b(?:nu|inmiddels|intussen|bijna|ruim|pas|net)\s+(\d{2})(?=\s*(?:[,;:)!?]|\.(?!\d)|$|jaar\b|jr\b))"
)
# "begin dertig", "eind twintig", "midden veertig".
_VAGUE_AGE_WORD = re.compile(
    r"(?i)\b(?:begin|midden|eind|half)\s+(?:de\s+)?(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b"
)
_DECADE_WORD = re.compile(
    r"(?i)\b((?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)(?:er|ers|jarige|plusser))\b"
)

# Same words as deduce's age rule uses to tell a duration ("sinds 3 jaar") from an age.
_AGE_PRE_PSEUDO = frozenset("al co controle de elke gedurende na nog ongeveer over policontrole sinds up vanaf".split())
_AGE_POST_PSEUDO = frozenset("aanwezig gebruikt geleden gerookt gestaakt gestopt getrouwd na naar nadien".split())

_DAY_MONTH_NAME = re.compile(rf"(?i)(?<![\w/-])({_DAY}(?:e|ste|de)?\s?(?:{_MONTHS}))(?![a-z])")
_MONTH_NAME_YEAR = re.compile(rf"(?i)(?<![\w])((?:{_MONTHS})\.?\s(?:19|20)\d{{2}})(?!\d)")
_DAY_SLASH_MONTH = re.compile(rf"(?<![\w/.,-])({_DAY}/{_MONTH_NUM})(?![\w/])")
_DAY_DASH_MONTH = re.compile(rf"(?<![\w/.,-])({_DAY}-{_MONTH_NUM})(?![\w/-])")
# "3-4 keer", "9-12 uur", "groep 7-8": ranges, not dates.
_RANGE_AFTER = re.compile(
    r"(?i)\s*(?:x\b|×|%|€|keer|maal|dag|dagen|week|weken|wk|maand|maanden|mnd|jaar|jaren|jr|"
    r"uur|u\b|min|minuten|kg|mg|ml|personen|mensen|deelnemers|cli[eë]nten|kinderen|euro|sessies|"
    r"gesprekken|afspraken|punten)"
)
_RANGE_BEFORE = re.compile(
    r"(?i)(?:groep|klas|stap|stappen|fase|nr|nummer|score|cijfer|rapportcijfer|niveau|een|gemiddeld)\s*:?\s*$"
)

# The keyword stays, the number goes: "patnr [ID-1]".
_PATIENT_NUMBER = re.compile(
    r"(?i)(?<!\w)(?:pati[eë]nt(?:en)?\s?(?:nr|nummer)|pat\.?\s?nr|pt\.?\s?nr|patnr|"
    r"dossier\s?(?:nr|nummer)|cli[eë]nt\s?(?:nr|nummer)|registratie\s?(?:nr|nummer)|"
    r"zis[\s-]?(?:nr|nummer)|epd[\s-]?(?:nr|nummer)|mrn|dossier|kenmerk|zaak\s?(?:nr|nummer)|"
    r"referentie(?:\s?nummer)?|ref|klant\s?(?:nr|nummer)|polis\s?(?:nr|nummer)|lid\s?(?:nr|nummer)|"
    r"verzekerings\s?(?:nr|nummer)|nr|nummer|no|#)\.?\s*[:#]?\s*"
    r"((?:[A-Z]{1,3}-?)?\d[\d.-]{2,}\d)(?!\w)"
)
_GENERIC_NUMBER_WORD = re.compile(r"(?i)(?:nr|nummer|no|#)\b")
# Regional mental-health, addiction and sheltered-housing providers that deduce 3.0.6's
# institution list lacks (it has Altrecht, Parnassia, Lentis, ...). Naming where someone is
# treated narrows down who it is just as much. Case-sensitive: these are proper names.
_EXTRA_INSTITUTIONS = re.compile(
    r"(?<![\w-])(Arkin|Emergis|Brijder(?: Verslavingszorg)?|Tactus(?: Verslavingszorg)?|"
    r"Verslavingszorg Noord Nederland|VNN|Iriszorg|HVO[- ]Querido|Triversum)(?![\w-])"
)
# "NL91 ABNA 0417 1643 00", "ZD-123456", "P1234567": account numbers and codes with letters.
_IBAN = re.compile(r"(?<![\w-])(NL\d{2}\s?[A-Z]{4}(?:\s?\d){10})(?!\w)")
# Dutch licence plates: three groups of letters or digits, six characters ("12-XKT-4").
_PLATE = re.compile(
    r"(?<![\w-])((?=(?:[A-Z0-9]-?){6}(?![\w-]))(?:\d{1,3}-[A-Z]{2,3}-\d{1,2}|[A-Z]{1,3}-\d{2,3}-[A-Z]{1,2}|"
    r"[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}))(?![\w-])"
)
_CODE = re.compile(r"(?<![\w-])([A-Z]{1,4}-?\d{5,})(?![\w-])")
# "instagram.com/lotte_xx": a web address without www or http, with a path (a bare "113.nl"
# or "thuisarts.nl" is a public service a note points to, not someone's page).
_BARE_DOMAIN = re.compile(
    r"(?i)(?<![\w@./-])((?:[a-z0-9][a-z0-9-]*\.)+(?:nl|com|org|net|eu|be|info|io|me|app|online|nu|de|uk|frl)"
    r"/[^\s<>\"']+)(?![\w@-])"
)
# "@lotte_xx": a social media handle (not part of an e-mail address).
_HANDLE = re.compile(r"(?<![\w.@])(@[A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?![\w@])")
_EMAIL = re.compile(r"(?i)(?<![\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?![\w-])")
_URL = re.compile(r"(?i)(?<![\w@/.])((?:https?://|www\.)[^\s<>\"']+)")
_PHONE_INTL = re.compile(r"(?<![\w+])((?:\+|00)\s?31\s?(?:\(0\)\s?)?[1-9](?:[\s-]?\d){8})(?!\d)")
# A Dutch mobile number written in one piece ("0612345678") looks like an id to deduce.
_PHONE_MOBILE = re.compile(r"(?<![\w+])(06[\s-]?\d{8}|06[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2})(?![\w-]?\d)")
# BSN written in groups ("123 456 782", "123.456.782", "1234 56 782"): deduce only sees it
# in one piece. A grouped 9-digit number counts when it passes the BSN eleven-test, or after
# the word bsn / burgerservicenummer.
_BSN_GROUPED = re.compile(
    r"(?<![\w.-])(\d{3}[ .-]\d{3}[ .-]\d{3}|\d{4}[ .-]\d{2}[ .-]\d{3}|\d{2}[ .-]\d{3}[ .-]\d{2}[ .-]\d{2})(?![\w-]?\d)"
)
_BSN_WORD = re.compile(r"(?i)\b(?:bsn|burgerservicenummer)\b\W{0,3}$")
# "March 3rd", "aged 54": English forms deduce does not know.
_MONTH_DAY_EN = re.compile(rf"(?i)(?<![\w])((?:{_MONTHS})\.?\s{_DAY}(?:st|nd|rd|th)?)(?![\w])")
_AGED = re.compile(r"(?i)\baged\s+(\d{1,3})(?!\d)")


_ANY_DIGIT = re.compile(r"\d")


def _previous_word(text: str, i: int) -> str:
    m = re.search(r"([^\W\d_]+)\W*$", text[:i])
    return m.group(1).lower() if m else ""


def _next_word(text: str, i: int) -> str:
    m = re.match(r"\W*([^\W\d_]+)", text[i:])
    return m.group(1).lower() if m else ""


def _person_before(text: str, i: int, persons: Sequence[tuple[int, int]]) -> bool:
    """A person annotation or a person noun ends right before position ``i``."""
    if any(0 <= i - end <= 3 and not text[end:i].strip(" ,:") for _, end in persons):
        return True
    m = re.search(r"(\w+)\.?\s*$", text[:i])
    return m is not None and m.group(1).lower() in _PERSON_NOUNS


def _ages(text: str, persons: Sequence[tuple[int, int]]) -> list[Found]:
    found = []
    for m in _BRACKET_AGE.finditer(text):
        if int(m.group(2)) > 120:
            continue
        # "Actiepunten (3)" is a count; "mevr. Jansen (54)" and "Opa (82)" are ages.
        words = {w.lower() for w in (m.group(1), m.group(4)) if w}
        if (m.group(1) or m.group(4)) and not words <= _SEX_OR_PERSON:
            continue  # "(stap 2, fase 3)": other words in the brackets, not an age
        if words or m.group(3) or _person_before(text, m.start(), persons):
            found.append(Found(m.start(2), m.end(2), "leeftijd"))
    for m in _BRACKET_AGES.finditer(text):
        base = m.start(1)
        for n in re.finditer(r"\d+", m.group(1)):
            found.append(Found(base + n.start(), base + n.end(), "leeftijd"))
    for end in sorted({e for _, e in persons}):
        m = _COMMA_AGE.match(text, end)
        if m and int(m.group(1)) <= 110:
            found.append(Found(m.start(1), m.end(1), "leeftijd"))
    for m in _COMMA_AGE.finditer(text):
        # after a person noun: "Man, 45, ...", "vrouw, 37 jr"
        if int(m.group(1)) <= 110 and _person_before(text, m.start(), ()):
            found.append(Found(m.start(1), m.end(1), "leeftijd"))
    for m in _JARIGE.finditer(text):
        if int(m.group(1)) <= 120 and _next_word(text, m.end()) not in _DURATION_NOUNS:
            found.append(Found(m.start(1), m.end(1), "leeftijd"))
    for m in _VAN_AGE.finditer(text):
        who = m.group(1).lower()
        if who in _PERSON_NOUNS or who in _PLURAL_PERSON_NOUNS or _person_before(text, m.start(2) - 4, persons):
            for n in re.finditer(r"\d+", m.group(2)):
                if int(n.group()) <= 110:
                    found.append(Found(m.start(2) + n.start(), m.start(2) + n.end(), "leeftijd"))
    for m in _NOUN_AGE.finditer(text):
        if m.group(1).lower() in _PERSON_NOUNS and int(m.group(2)) <= 110:
            found.append(Found(m.start(2), m.end(2), "leeftijd"))
    for m in _SEX_COMMA_AGE.finditer(text):
        g = 1 if m.group(1) else 2
        if int(m.group(g)) <= 110:
            found.append(Found(m.start(g), m.end(g), "leeftijd"))
    for rx in (_AGE_SLASH_SEX, _BIRTH_YEAR):
        tag = "datum" if rx is _BIRTH_YEAR else "leeftijd"
        found += [Found(m.start(1), m.end(1), tag) for m in rx.finditer(text)]
    for m in _IS_AGE.finditer(text):
        who = m.group(1).lower()
        subject = who in {"hij", "zij", "ze"} or who in _PERSON_NOUNS or _person_before(text, m.end(1), persons)
        if int(m.group(2)) <= 110 and subject:
            found.append(Found(m.start(2), m.end(2), "leeftijd"))
    for rx in (_SEX_GLUED, _VAGUE_AGE, _NOW_AGE, _AGE_ORDINAL):
        found += [Found(m.start(1), m.end(1), "leeftijd") for m in rx.finditer(text)]
    for rx in (_GLUED_AGE, _SLASH_AGE, _LEEFTIJD):
        for m in rx.finditer(text):
            if int(m.group(1)) > 120:
                continue
            if rx is _GLUED_AGE and (
                _previous_word(text, m.start()) in _AGE_PRE_PSEUDO or _next_word(text, m.end()) in _AGE_POST_PSEUDO
            ):
                continue
            found.append(Found(m.start(1), m.end(1), "leeftijd"))
    return found


def _dates(text: str) -> list[Found]:
    found = [
        Found(m.start(1), m.end(1), "datum")
        for rx in (_DAY_MONTH_NAME, _MONTH_NAME_YEAR, _DAY_SLASH_MONTH)
        for m in rx.finditer(text)
        # "24/7 bereikbaar" is a service and "een 7/10" a mark, not dates.
        if m.group(1) != "24/7" and not (rx is _DAY_SLASH_MONTH and _RANGE_BEFORE.search(text, 0, m.start()))
    ]
    for m in _DAY_DASH_MONTH.finditer(text):
        if _RANGE_AFTER.match(text, m.end()) or _RANGE_BEFORE.search(text, 0, m.start()):
            continue
        found.append(Found(m.start(1), m.end(1), "datum"))
    return found


def _trim_url_end(text: str, start: int, end: int) -> int:
    # "zie www.x.info." or "(www.x.info)": the closing punctuation belongs to the sentence.
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        end -= 1
    return end


def _eleven_test(number: str) -> bool:
    """The BSN check: 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9:
        return False
    total = sum(w * d for w, d in zip(range(9, 1, -1), digits[:8], strict=True)) - digits[8]
    return total % 11 == 0 and total != 0


def find_extra(text: str, persons: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Spans deduce misses, possibly overlapping deduce's or each other (its resolver decides).

    ``persons`` are the (start, end) of the names already found, for ages in brackets.
    """
    found: list[Found] = []
    # Cheap gates first: most notes have no digit, "@" or web address, and every rule needs one.
    if _ANY_DIGIT.search(text):
        found += _ages(text, persons) + _dates(text)
        found += [
            Found(m.start(1), m.end(1), "id")
            for m in _PATIENT_NUMBER.finditer(text)
            # after a bare "nr"/"nummer", a number starting with 0 is a phone number
            if not (m.group(1).startswith("0") and _GENERIC_NUMBER_WORD.match(m.group(0)))
        ]
        found += [Found(m.start(1), m.end(1), "telefoonnummer") for m in _PHONE_INTL.finditer(text)]
        found += [Found(m.start(1), m.end(1), "telefoonnummer") for m in _PHONE_MOBILE.finditer(text)]
        found += [
            Found(m.start(1), m.end(1), "bsn")
            for m in _BSN_GROUPED.finditer(text)
            if _eleven_test(m.group(1)) or _BSN_WORD.search(text[: m.start(1)])
        ]
        found += [Found(m.start(1), m.end(1), "datum") for m in _MONTH_DAY_EN.finditer(text)]
        found += [Found(m.start(1), m.end(1), "leeftijd") for m in _AGED.finditer(text)]
        found += [Found(m.start(1), m.end(1), "id") for rx in (_IBAN, _CODE, _PLATE) for m in rx.finditer(text)]
    for rx in (_DECADE_WORD, _VAGUE_AGE_WORD):
        found += [Found(m.start(1), m.end(1), "leeftijd") for m in rx.finditer(text)]
    if "jarig" in text.lower():
        found += [
            Found(m.start(1), m.end(1), "leeftijd")
            for m in _WORD_JARIGE.finditer(text)
            if len(m.group(1)) > 7 and _next_word(text, m.end()) not in _DURATION_NOUNS
        ]
    found += [Found(m.start(1), m.end(1), "zorginstelling") for m in _EXTRA_INSTITUTIONS.finditer(text)]
    if "@" in text:
        found += [Found(m.start(1), m.end(1), "emailadres") for m in _EMAIL.finditer(text)]
    lowered = text.lower()
    if "www." in lowered or "http" in lowered:
        found += [Found(m.start(1), _trim_url_end(text, m.start(1), m.end(1)), "url") for m in _URL.finditer(text)]
    if "." in text:
        found += [
            Found(m.start(1), _trim_url_end(text, m.start(1), m.end(1)), "url") for m in _BARE_DOMAIN.finditer(text)
        ]
    if "@" in text:
        found += [Found(m.start(1), m.end(1), "url") for m in _HANDLE.finditer(text)]
    # Two rules may find the same span ("(v/29)"); deduce's resolver would cope, tests read easier.
    return list(dict.fromkeys(f for f in found if f.end > f.start))
