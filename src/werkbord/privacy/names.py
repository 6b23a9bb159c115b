"""Names deduce misses on sticky notes: initials in their Dutch forms, and first names after a role.

deduce finds initials only before a surname ("J.P. Bakker"). Case notes often give nothing
else: "Casus J.K. (38)", "mw. B.", "Pt. JK", "casus HvdB". And a first name its list lacks
("zus Anouk" is found, "zus Ilse-Marie" or "buurman Jurre" may not be) still identifies.

- Dotted initials of two or more letters ("J.K.", "S.M.K.", "J.v.D.") are initials wherever
  they stand, except common abbreviations ("N.B.", "i.v.m.").
- A single dotted initial ("R.") or capitals without dots ("JK", "MV", "HvdB") count only
  right after a person word ("casus", "cliënt", "mw.", "zoon") or right before an age
  ("JK (38)", "R., 29,").
- A role or family word followed by a capitalised word that is no common word: the word is a
  name ("Jobcoach Marloes", "buurman Jurre"); the role word stays. Followed by a word in lower
  case that is a first name of deduce's list and no Dutch word: a name too ("vriendin marloes",
  "cl. jeroen", "moeder (anita)").
- After a person word, initials in lower case or without dots: "mw. k.", "casus r.v.", "dhr
  jb", "pt zd", "cl. T B".

All found spans get deduce's tag "persoon", so they are numbered like deduce's own names.
Pure: the lexicon of common words is handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import medication_names, name_lists
from .roles import is_role_word
from .rules import Found
from .setting_nouns import role_field
from .word_forms import among_plain_nouns, made_word
from .words import (
    MONTHS_AND_DAYS,
    NOT_A_NAME_AFTER_ROLE,
    NOT_INITIALS,
    PERSON_CONTEXT,
    ROLE_WORDS,
    SENTENCE_START,
    Lexicon,
    title_cased,
)

# "J.K.", "S.M.K.", "J.v.D.", "J. K.", "A.B.": two or more letters each with a full stop, at
# least two of them capitals (lower-case ones are tussenvoegsels: v., d., vd.).
_DOTTED = re.compile(
    r"(?<![\w.])((?:[A-Z]\.(?:\s|-)?|(?:v|d|vd|vdr|de|den|der|van|t)\.\s?)*[A-Z]\.|(?:[A-Z]\.){1,3}[A-Z](?![\w.]))(?!\w)"
)
_SINGLE = re.compile(r"(?<![\w.])([A-Z]\.)(?![\w.])")
# "JK", "MV", "ABK", "HvdB", "JvD", "JvdM": capitals, optionally with a tussenvoegsel inside.
_CAPS = re.compile(r"(?<![\w.&/-])([A-Z]{2,3}|[A-Z](?:v|vd|vdr|d|de|den|der|t)[A-Z]{1,2})(?![\w&/-])")
_INTERFIX_CAPS = re.compile(r"[A-Z](?:v|vd|vdr|d|de|den|der|t)[A-Z]{1,2}")
# "M.Sh.", "Th.J.", "Chr.M.": initials with a two-letter part.
_LOWER_WORDS = re.compile(r"[a-zà-ÿ]+")
# "met marloes en kevin", "door jeroen": a first name that is no word, after a preposition.
_AFTER_PREPOSITION = re.compile(r"(?i)\b(?:met|en|van|door|bij|voor|aan|zonder|via|tegen|naast|of)\s+$")


def _has_word(text: str, words: frozenset[str]) -> bool:
    """Does one of ``words`` occur in ``text``? (A set lookup per word: far cheaper than a regex
    of two hundred alternatives.)"""
    return not words.isdisjoint(_LOWER_WORDS.findall(text.lower()))


_SHORT_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z][a-z]?\.){2,3})(?![\w])")
# After a title a single capital without a full stop is an initial too: "mevr K", "dhr B".
_TITLE_BEFORE = re.compile(r"(?i)(?:^|[\s(,;:])(?:mw|mevr|mevrouw|dhr|meneer|fam|familie)\.?\s+$")
_BARE_SINGLE = re.compile(r"(?<![\w.])([A-Z](?:-[A-Z](?![\w]))*)(?![\w])")
_CONTEXT_BEFORE = re.compile(r"(?i)(?:^|[\s(,;:/-])([a-zëé]+)\.?\s*[:,]?\s*$")
_AGE_AFTER = re.compile(
    r"\s*(?:\(\s*(?:[mvMV]\s*[,/]\s*)?\d{1,3}\b|,\s*\d{1,3}\s*(?:[,;)]|jaar|jr|$)|[,;]?\s*\d{1,3}[- ]?jarig)"
)
_WORD = re.compile(r"[A-ZÀ-Þ][\w'’]*(?:-[A-ZÀ-Þ][\w'’]*)*")
# "zus ", "cl. ", "ex-partner ", "moeder (", "vriendin, ": the word before a name.
_ROLE_BEFORE = re.compile(r"(?i)(?:^|[^\w])(?:[a-zëéï]+-)?([a-zëéï]+)(?:'s)?\.?(?:\s*[(,]\s*|\s+)$")
_LOWER_NAME = re.compile(r"(?<![\w.@/-])([a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)(?![\w@/-])")
# Lower-case initials: "k.", "r.v.", "e.s.", "jb", "zd"; and capitals with a space: "T B".
_LOWER_INITIALS = re.compile(
    r"(?<![\w.])((?:[a-z]\.){1,3}(?![\w])|[a-z](?:\s[a-z]){1,2}(?![\w.])|[a-z]{2,3}(?![\w.])|"
    r"[a-z]{1,3}[A-Z]{1,2}(?![\w.])|[A-Z](?:\s[A-Z]){1,2}(?![\w]))"
)


# "Mevr. van der H.", "dhr. v/d K.", "A.-M. de V.", "Y.E. el-A.": a tussenvoegsel and the
# initial of a surname, after a title, a person word or other initials.
_PARTICLE_INITIAL = re.compile(
    r"(?<![\w./])((?i:van\s+(?:de[nr]?\s+|'t\s+)?|v/d\s*|vd\s+|vdr\s+|de\s+|den\s+|der\s+|ter\s+|ten\s+|te\s+|"
    r"el[-\s]|al[-\s]|op\s+de\s+|in\s+'t\s+)[A-Z]\.)(?![\w])"
)
_TITLE_OR_INITIALS_BEFORE = re.compile(
    r"(?i:\b(?:mw|mevr|mevrouw|dhr|meneer|heer|fam|familie|dr|mr|dokter|pt|cl|casus))\.?\s+$"
    r"|(?<![\w.])(?:[A-Z][a-z]?\.(?:\s|-)?)+\s*$"
)
# "met JK", "door MK", "JvdB, MK en TS": two capitals without a vowel after a word that names a
# person, or in a list with initials already found. ("met GGZ" is on the list of abbreviations.)
_PERSON_PREPOSITION = re.compile(
    r"(?i)\b(?:met|door|namens|van|voor|en|&|cc|aanwezig|afwezig|verslag|notulen|ingevuld|opgesteld|auteur|gr|groet|mvg)"
    r"\.?\s*[:,]?\s*$"
)
# "AK (spv)", "LvD (psychiater)": capitals with a role in brackets after them.
_ROLE_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*([a-zëéï-]+)\s*\)")
_LIST_BEFORE = re.compile(r"\s*(?:[,;/&+]|\ben\b|->|→)\s*$")
_LIST_AFTER = re.compile(r"\s*(?:[,;/&+]|\ben\b|->|→)\s*")
_ANY_CAPS = re.compile(r"(?<![\w.&/-])([A-Z]{2,3}|(?:Th|Ch)[A-Z]{1,2})(?![\w&/-])")  # "MK", "ThJ"
_NO_VOWEL_CAPS = re.compile(r"(?<![\w.&/-])([B-DF-HJ-NP-TV-Z]{2,3})(?![\w&/-])")
# "casemanager rs", "met jk", "collega's tb en pk": lower-case letters without a vowel after a role.
_NO_VOWEL_LOWER = re.compile(r"(?<![\w.@/-])([b-df-hj-np-tv-z]{2,3})(?![\w.@/-])")
_WORD_BEFORE = re.compile(r"(?i)\b([a-zëéï'-]+)\.?:?\s+$")


def _letters(initials: str) -> str:
    return re.sub(r"[\s.]", "", initials).lower()


# "de moeder van K.", "gesprek met R.": a single initial after a preposition is a person.
_PREPOSITIONS = frozenset("van met door bij voor aan over zoals en als groet groeten gr mvg namens ingevuld".split())


def _after_person_word(text: str, start: int, *, prepositions: bool = False) -> bool:
    m = _CONTEXT_BEFORE.search(text, 0, start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in PERSON_CONTEXT or (prepositions and word in _PREPOSITIONS)


def _lower_case_initials(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[Found]:
    """ "mw. k.", "casus r.v.", "dhr jb", "cl. T B": initials after a person word."""
    found = []
    for m in _LOWER_INITIALS.finditer(text):
        s, e = m.span(1)
        token = m.group(1)
        letters = _letters(token)
        if any(a < e and s < b for a, b in taken) or letters in NOT_INITIALS or letters in PERSON_CONTEXT:
            continue  # "collega, cl akkoord": a person word itself
        if "." not in token and " " not in token and (lexicon.is_ordinary(letters) or letters in NOT_A_NAME_AFTER_ROLE):
            continue  # "pt is", "dhr en"
        if "." not in token and " " not in token and _FINITE_VERB.fullmatch(letters):
            continue  # "pt. eet weer aan tafel": a verb after the person word
        if _after_person_word(text, s):
            found.append(Found(s, e, "persoon"))
    return found


def _initials_here(text: str, m: re.Match[str], rx: re.Pattern[str], lexicon: Lexicon | None) -> bool:
    """Do the capitals ``m`` stand where initials stand?"""
    s, e = m.span(1)
    token = m.group(1)
    if _after_person_word(text, s, prepositions=rx is not _CAPS) or _AGE_AFTER.match(text, e):
        return True
    if rx is _SHORT_DOTTED or (rx is _CAPS and _INTERFIX_CAPS.fullmatch(token)):
        return True  # "M.Sh.", "HvdL": no acronym looks like that
    # "JK werkt bij ...": capitals no word list knows, as the subject of a sentence.
    known = lexicon is not None and token in lexicon.words
    subject = SENTENCE_START.search(text, 0, s) is not None and _VERB_AFTER.match(text, e) is not None
    return rx is _CAPS and len(token) == 2 and not known and subject  # "IHT belde" is a team


def initials(text: str, lexicon: Lexicon | None = None) -> list[Found]:
    """Initials in their Dutch forms; with a ``lexicon`` also in lower case after a person word."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for m in _DOTTED.finditer(text):
        span = m.group(1)
        capitals = sum(c.isupper() for c in span)
        # "J.K.", "S.M.K."; or a tussenvoegsel with a capital: "v.d. B." (van der B.)
        interfix = capitals == 1 and span[0].islower()
        if (capitals < 2 and not interfix) or _letters(span) in NOT_INITIALS:
            continue
        found.append(Found(m.start(1), m.end(1), "persoon"))
        taken.append(m.span(1))
    for rx in (_SINGLE, _CAPS, _SHORT_DOTTED):
        for m in rx.finditer(text):
            s, e = m.span(1)
            if any(a < e and s < b for a, b in taken) or _letters(m.group(1)) in NOT_INITIALS:
                continue
            if _initials_here(text, m, rx, lexicon):
                found.append(Found(s, e, "persoon"))
                taken.append((s, e))
    for m in _BARE_SINGLE.finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        # after a title; after a role before a lower-case word ("broer M komt"; not a ring letter A-C)
        role = (
            m.group(1) not in "ABC" and _LOWER_WORD_AFTER.match(text, e) and _after_role_word(text[max(0, s - 30) : s])
        )
        if _TITLE_BEFORE.search(text, 0, s) or role:
            found.append(Found(s, e, "persoon"))
            taken.append((s, e))
    found += _particle_initials(text, taken, lexicon)
    if "." in text:
        found += _van_initials(text, taken)
    found += _capitals_without_vowel(text, taken, lexicon)
    if lexicon is not None and lexicon.words:
        found += _lower_without_vowel(text, taken, lexicon)
    if lexicon is not None and lexicon.words and _has_word(text, PERSON_CONTEXT):
        found += _lower_case_initials(text, lexicon, taken)
    return found


# "moeder van d. belde": a lower-case initial after a person word and "van".
_VAN_INITIAL = re.compile(r"(?i:\b([a-zëéï-]+))\s+van\s+([a-z]\.)(?=\s+[a-z])")


def _van_initials(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    found = []
    for m in _VAN_INITIAL.finditer(text) if " van " in text else ():
        s, e = m.span(2)
        word = m.group(1).lower()
        if (word in ROLE_WORDS or word in PERSON_CONTEXT) and not any(a < e and s < b for a, b in taken):
            found.append(Found(s, e, "persoon"))
            taken.append((s, e))
    return found


_LOWER_WORD_AFTER = re.compile(r"\s+[a-zà-ÿ]")
_CAPITAL_DOT = re.compile(r"[A-Z]\.")
_CAPITALISED_BEFORE = re.compile(r"(?:^|[\s(])([A-ZÀ-Þ][a-zà-ÿ]+)\s+$")


def _particle_initials(text: str, taken: list[tuple[int, int]], lexicon: Lexicon | None) -> list[Found]:
    found = []
    for m in _PARTICLE_INITIAL.finditer(text) if _CAPITAL_DOT.search(text) else ():
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        before = text[max(0, s - 30) : s]
        first = _CAPITALISED_BEFORE.search(before)  # "Esther vd B."
        named = first is not None and lexicon is not None and first.group(1).lower() in lexicon.first_names
        if _TITLE_OR_INITIALS_BEFORE.search(before) or _after_person_word(text, s) or _after_role_word(before) or named:
            found.append(Found(s, e, "persoon"))
            taken.append((s, e))
    return found


def _after_role_word(before: str) -> bool:
    m = _ROLE_BEFORE.search(before)
    return m is not None and m.group(1).lower() in ROLE_WORDS


_SIGNED_BY = frozenset("met door namens ingevuld opgesteld auteur gr groet mvg".split())


def _lower_without_vowel(text: str, taken: list[tuple[int, int]], lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _NO_VOWEL_LOWER.finditer(text):
        s, e = m.span(1)
        w = _WORD_BEFORE.search(text, max(0, s - 30), s)
        if w is None:
            continue
        token, before = m.group(1), w.group(1).lower().removesuffix("'s")
        if any(a < e and s < b for a, b in taken) or token in NOT_INITIALS or lexicon.is_ordinary(token):
            continue
        if token in PERSON_CONTEXT or token in ROLE_WORDS:
            continue  # "met pt", "en spv"
        if before in ROLE_WORDS or before in PERSON_CONTEXT or before in _SIGNED_BY:
            found.append(Found(s, e, "persoon"))
            taken.append((s, e))
    return found


def _capitals_without_vowel(text: str, taken: list[tuple[int, int]], lexicon: Lexicon | None) -> list[Found]:
    """ "gesprek met JK", "door MK", "collega's AK en BvL", "JvdB, MK en TS": capitals where
    initials stand (no acronym of a Dutch organisation reads so unless it is on the list of
    abbreviations): without a vowel after a word that names a person, two capitals after a role,
    or any two or three capitals in a list with initials already found."""
    found: list[Found] = []
    caps = list(_ANY_CAPS.finditer(text))
    for n in range(2 if caps else 0):  # twice: "AK en BvL" is a list once "BvL" is found
        if n and not found:
            break
        for m in caps:
            s, e = m.span(1)
            token = m.group(1)
            low = token.lower()
            if any(a < e and s < b for a, b in taken) or low in NOT_INITIALS or low in PERSON_CONTEXT:
                continue
            if low in ROLE_WORDS or (lexicon is not None and low in lexicon.words):
                continue
            before = text[max(0, s - 30) : s]
            vowelless = _VOWEL.search(low) is None
            listed = _next_to_found(text, s, e, taken)
            after_role = _after_role_word(before) and (vowelless or len(token) == 2)
            r = _ROLE_IN_BRACKETS_AFTER.match(text, e)
            after_role = after_role or (r is not None and r.group(1).lower() in ROLE_WORDS)
            # after "met"/"door" only two letters: three read as an organisation ("en JGZ", "met KJP")
            named = vowelless and len(token) == 2 and _PERSON_PREPOSITION.search(before)
            if listed or after_role or named:
                found.append(Found(s, e, "persoon"))
                taken.append((s, e))
    return found


def _next_to_found(text: str, s: int, e: int, taken: list[tuple[int, int]]) -> bool:
    """Is ``text[s:e]`` in a list ("A, B en C") beside a name already found?"""
    lb = _LIST_BEFORE.search(text, max(0, s - 8), s)
    la = _LIST_AFTER.match(text, e)
    if lb is not None and _DOTTED_LOWER_END.search(text, max(0, lb.start() - 8), lb.start()):
        return True  # "b.k. en ThJ": lower-case dotted initials before it
    return any((lb is not None and b == lb.start()) or (la is not None and a == la.end()) for a, b in taken)


_DOTTED_LOWER_END = re.compile(r"(?<![\w.])(?:[a-z]\.){2,3}$")


# "Oksana, zijn vriendin", "Ilse (wijkverpleegkundige)": a role in apposition after a name.
_ROLE_AFTER = re.compile(r"(?i)\s*(?:,\s*(?:zijn|haar|hun|mijn|de|een)\s+|\(\s*(?:zijn|haar|de)?\s*)([a-zëéï-]+)")


def _after_role(text: str, start: int) -> bool:
    before = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if "." in before.group() and word not in PERSON_CONTEXT and len(word) > 4:
        return False  # "... geen hulpverlener. Psycho-educatie": the role ends a sentence
    return word in ROLE_WORDS or word in PERSON_CONTEXT


def _lower_case_names(text: str, lexicon: Lexicon) -> list[Found]:
    """First names written in lower case right after a role word: "vriendin marloes"."""
    found = []
    for m in _LOWER_NAME.finditer(text):
        word = m.group(1)
        if not all(part in lexicon.first_names for part in word.split("-")):
            continue
        # deduce's whitelist of common words, not the full word list: "bram" and "anita" are in
        # OpenTaal's list, but after "mentor" or "moeder" they are names.
        if lexicon.common(word) or word in ROLE_WORDS or word in NOT_A_NAME_AFTER_ROLE:
            continue
        if _after_role(text, m.start(1)) or _AFTER_PREPOSITION.search(text, max(0, m.start(1) - 12), m.start(1)):
            found.append(Found(*m.span(1), "persoon"))
    return found


def role_names(text: str, lexicon: Lexicon) -> list[Found]:
    """First names beside a role word: "Jobcoach Marloes", "zus Ilse-Marie", "Oksana, zijn
    vriendin", "vriendin marloes"."""
    found = []
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < 2 or word.isupper() or not lexicon.is_name_like(word):
            continue
        if word.lower() in ROLE_WORDS or word.lower() in PERSON_CONTEXT:
            continue  # "familie. Pt. wil": the person word itself, after a role word
        after = _ROLE_AFTER.match(text, m.end())
        if _after_role(text, m.start()) and role_field(word, lexicon, name_lists()):
            continue  # "Verpleegkundige Gerontopsychiatrie": the role's field (setting_nouns.py)
        if _after_role(text, m.start()) or (after and after.group(1).lower() in ROLE_WORDS):
            found.append(Found(m.start(), m.end(), "persoon"))
    if lexicon.first_names:
        found += _lower_case_names(text, lexicon)
    return found


# A capitalised word inside a sentence that is in no Dutch word list is a proper name:
# "Gesprek met Wojciech", "Aanmelding door Cordaan", "docent op het Vossius". Medication
# names look the same ("Xeplion"), so words with a drug-like ending are left alone.
_PROPER = re.compile(r"(?<![\w'’@./-])([A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ'’]+)*)(?![\w@/-])")
DRUG_ENDING = re.compile(r"(?:ine|ol|am|on|ica|ide|pam|um|ex|yl|il|ax|in)$")
# Finite verbs a case note puts after its subject: after one of these, a capitalised word
# at the start of a sentence that no word list knows is a name ("Tsegay heeft geen ...").
# Participles and other verb forms are not in the word list, so they are not guessed.
FINITE_VERBS = (
    "heeft|had|hadden|is|was|waren|wordt|werd|werden|wil|wilde|wou|kan|kon|kwam|komt|gaat|ging|"
    "woont|woonde|werkt|werkte|zit|zat|sliep|slaapt|liep|loopt|zegt|zei|vond|vindt|kreeg|krijgt|"
    "moet|moest|belde|belt|stopte|stopt|durft|durfde|weet|wist|vertelde|vertelt|raakte|raakt|"
    "trok|trekt|bleef|blijft|gebruikt|gebruikte|dronk|drinkt|blowt|blowde|ziet|zag|hoort|hoorde|"
    "zorgt|zorgde|mocht|mag|voelt|voelde|viel|valt|kreeg|lag|ligt|stond|staat|deed|doet|sprak|spreekt|"
    "vraagt|vroeg|mailt|mailde|appt|appte|schreef|schrijft|huilt|huilde|lacht|lachte|praat|praatte|denkt|"
    "dacht|weigert|weigerde|vertrok|vertrekt|verhuisde|verhuist|reageert|reageerde|meldt|meldde|geeft|gaf|"
    "neemt|nam|rookt|rookte|speelt|speelde|leeft|leefde|zoekt|zocht|houdt|hield|kent|kende|begon|begint|"
    "stuurt|stuurde|haalt|haalde|helpt|hielp|miste|zou|zal|logeert|logeerde|fietst|fietste|rijdt|reed|"
    "studeert|studeerde|overleed|eet|slikt|slikte|kookt|kookte|wandelt|wandelde|sportte"
)
_VERB_AFTER = re.compile(rf"\s+(?:{FINITE_VERBS})\b")
_FINITE_VERB = re.compile(FINITE_VERBS)
ORGANISATION_BEFORE = re.compile(r"(?i)\b(?:door|bij|via|naar|op|aan|van|de|het|'t)\s+$")


_NEXT_CAPITALISED = re.compile(r" ([A-ZÀ-Þ][a-zà-ÿ'’]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*)(?![\w-])")


def _name_follows(text: str, end: int, lexicon: Lexicon) -> bool:
    """Another capitalised word that no word list knows follows: "Tesfay Gebremedhin, 29"."""
    m = _NEXT_CAPITALISED.match(text, end)
    return m is not None and lexicon.is_name_like(m.group(1), compounds=False) and m.group(1).lower() not in ROLE_WORDS


# What someone smokes, drinks, takes, plays or watches: a brand or a product follows, no name.
CONSUMED_BEFORE = re.compile(
    r"(?i)\b(?:rookt|rookte|roken|drinkt|dronk|drinken|snuift|slikt|slikte|spuit|speelt|speelde|gamet|"
    r"kijkt|keek|bingewatcht|streamt|eet|at)[ \t]+"
    r"(?:(?:veel|vooral|alleen|graag|nog|weer|elke dag|de hele dag)[ \t]+)?$"
)


def proper_names(text: str, lexicon: Lexicon) -> list[Found]:
    """Capitalised words no word list knows, inside a sentence: names deduce's lists lack."""
    if not lexicon.words:
        return []  # without a real Dutch word list every capitalised word would look like a name
    found = []
    for m in _PROPER.finditer(text):
        word = m.group(1).rstrip("'’")  # "'de Golf'": the closing quote is no part of the word
        s, e = m.start(1), m.start(1) + len(word)
        # At the start of a sentence every word is capitalised, and verb forms ("Verhuisd",
        # "Opgenomen") are missing from the word list: no guess there.
        if len(word) < 3 or DRUG_ENDING.search(word) or word.lower() in medication_names():
            continue
        if SENTENCE_START.search(text, 0, s) and not (
            _AGE_AFTER.match(text, e) or _VERB_AFTER.match(text, e) or _name_follows(text, e, lexicon)
        ):
            continue  # ... unless an age, a verb or a surname follows: "Tsegay (34) sliep", "Tsegay heeft"
        if word.lower() in ROLE_WORDS or word.lower() in PERSON_CONTEXT or not lexicon.is_name_like(word):
            continue  # ("Client is meer stabiel": a person word, spelled without its diaeresis)
        if _after_role(text, s) and role_field(word, lexicon, name_lists()):
            continue  # "Verpleegkundige Gerontopsychiatrie": the role's field (setting_nouns.py)
        if made_word(word, lexicon) or among_plain_nouns(text, s, e, lexicon):
            continue  # "Vertelkaart", "Zorgmijding", "Meegegaan": Dutch made on the spot (a suspect)
        last = word.rsplit("-", 1)[-1]
        if "-" in word and last.islower() and lexicon.is_ordinary(last):
            continue  # a common noun with a name in front: "Wajong-uitkering"
        if CONSUMED_BEFORE.search(text, max(0, s - 40), s) and word.lower() not in lexicon.first_names:
            continue  # "rookt Marlboro", "speelt Fortnite": a brand or a product (a suspect, not replaced)
        tag = "instelling" if ORGANISATION_BEFORE.search(text, 0, s) else "persoon"
        found.append(Found(s, e, tag))
    return found


_NAME_TOKEN = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*")


def name_words(text: str, persons: list[tuple[int, int]], lexicon: Lexicon) -> set[str]:
    """The words of the names found in ``text`` that can be looked for in other notes.

    Only capitalised words no word list knows ("Tsegay", "Bouzid"): "Bakker" or "Roos" are
    words too, and looked for everywhere they would take ordinary words with them.
    """
    found = set()
    for s, e in persons:
        for m in _NAME_TOKEN.finditer(text, s, e):
            word = m.group()
            low = word.lower()
            if low not in ROLE_WORDS and low not in PERSON_CONTEXT and lexicon.is_name_like(word):
                found.add(word)  # (not "Client", a person word spelled without its diaeresis)
    return found


def known_names(text: str, names: frozenset[str]) -> list[Found]:
    """Every occurrence in ``text`` of a name found in another note of the same harvest."""
    if not names:
        return []
    return [Found(m.start(), m.end(), "persoon") for m in _NAME_TOKEN.finditer(text) if m.group() in names]


_INITIAL_AFTER = re.compile(
    r" ([A-Za-z]\.|[D-Z](?=\s+[a-zà-ÿ]))(?![\w.])"
)  # "Esther P.", "cl. ruben s.", "Jan V belde"
_SURNAME_AFTER = re.compile(r" ([A-ZÀ-Þ][a-zà-ÿ'’]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*)(?![\w-])")
_SURNAME_BEFORE = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*),\s*$")
_IN_BRACKETS = re.compile(r"\s*\(([A-ZÀ-Þ][\w'’-]+)(?:,\s*([A-ZÀ-Þ][\w'’-]+))?\)")


def beside_persons(text: str, persons: list[tuple[int, int]], lexicon: Lexicon) -> list[Found]:
    """What stands right beside a name already found and belongs to that person:

    - a surname initial: "Mohamed B.", "Esther P."; a surname no word list knows: "Tesfay
      Gebremedhin" (even where it ends like a drug name);
    - a surname written first: "Kowalczyk, Agnieszka" (a word no word list knows);
    - where they live, in brackets: "zus Amina (Lombok, Utrecht)", "mw. Sarmo (Bijlmer)"; a
      first name in brackets is a nickname: "Maria (Mia) Jansen".
    """
    found = []
    for start, end in persons:
        m = _INITIAL_AFTER.match(text, end)
        if m and m.group(1)[0] not in "EOeo":  # "... E. coli", "O." are rarely a surname
            found.append(Found(*m.span(1), "persoon"))
        m = _SURNAME_AFTER.match(text, end)
        if m and lexicon.is_name_like(m.group(1), compounds=False) and m.group(1).lower() not in ROLE_WORDS:
            found.append(Found(*m.span(1), "persoon"))  # "Tesfay Gebremedhin": whatever its ending
        m = _SURNAME_BEFORE.search(text, max(0, start - 40), start)
        if m and SENTENCE_START.search(text, 0, m.start(1)) and lexicon.is_name_like(m.group(1)):
            found.append(Found(*m.span(1), "persoon"))
        m = _IN_BRACKETS.match(text, end)
        if m:
            found += _bracketed(m, lexicon)
    return found


# A capitalised word right before a name ("Dariusz [Wiśniewski]"), or joined to one by "en"
# ("[Bucur] en Stoica", "Stoica en [Bucur]"); letters of any alphabet ("ś", "ț", "ł").
_CAPITAL_BEFORE = re.compile(r"(?<![\w.])((?:[A-ZÀ-Þ]|[^\W\d_a-zà-ÿ])[^\W\d_]{2,})[ \t]+(?:(?:en|&)[ \t]+)?$")
_CAPITAL_AND_AFTER = re.compile(r"[ \t]+(?:en|&)[ \t]+((?:[A-ZÀ-Þ]|[^\W\d_a-zà-ÿ])[^\W\d_]{2,})(?![\w-])")


# A name that opens with a title: the word before it is no part of it ("Terugbelverzoek dhr. X").
_TITLE_OPENS = re.compile(r"(?i)(?:dhr|mw|mevr|mevrouw|meneer|dr|drs|mr|prof|ir|fam|pt|cl)\b")


def capitals_beside(text: str, persons: Sequence[tuple[int, int]], lexicon: Lexicon) -> list[Found]:
    """:func:`_joined_capitals` beside every person found so far."""
    return [f for start, end in persons for f in _joined_capitals(text, start, end, lexicon)]


def _joined_capitals(text: str, start: int, end: int, lexicon: Lexicon) -> list[Found]:
    """A capitalised word no word list knows, no place and no role, that stands right before a
    name or is joined to it by "en": part of the name, or a second person ("Dariusz Wiśniewski",
    "Bucur en Stoica"). Not a word ("Moeder en [Kees]"), a town ("Fatima en Utrecht"), a medicine."""
    found = []
    before = None if _TITLE_OPENS.match(text, start) else _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    for m in (before, _CAPITAL_AND_AFTER.match(text, end)):
        if m is None or not m.group(1)[:1].isupper() or m.group(1).isupper():
            continue
        word, low = m.group(1), m.group(1).lower()
        if low in ROLE_WORDS or low in PERSON_CONTEXT or low in MONTHS_AND_DAYS or low in NOT_INITIALS:
            continue
        if lexicon.place(word) or low in medication_names() or not lexicon.is_name_like(word, compounds=True):
            continue
        found.append(Found(*m.span(1), "persoon"))
    return found


def _bracketed(m: re.Match[str], lexicon: Lexicon) -> list[Found]:
    first, town = m.group(1), m.group(2)
    if first.lower() in ROLE_WORDS or first.lower() in NOT_A_NAME_AFTER_ROLE:
        return []
    if first.isupper() and (first.lower() in NOT_INITIALS or is_role_word(first)) and not m.group(2):
        return []  # "Ruben (PMT)", "Sanne (SPV)": what someone does, no place
    if first.lower() in lexicon.first_names:
        return [Found(*m.span(1), "persoon")]
    # "(Lombok, Utrecht)": before a town even an ordinary word is a part of town; "oom Kees
    # (Klimmen)": a town after a person is where they live, even a town that is a word.
    if lexicon.is_name_like(first, compounds=False) or (town and lexicon.place(town)) or lexicon.place(first):
        return [Found(*m.span(1), "locatie")]
    return []


# A nickname in quotes: 'noemen hem "de Rooie"', "zijn maat 'de Lange'". Quoted, with an article
# and a capital, a word names someone (or a place) rather than being quoted speech.
_NICKNAME = re.compile(r"(?<![\w])[\"“'‘]((?:de|het|De|Het)\s+[A-ZÀ-Þ][\w'’-]*)[\"”'’](?![\w])")


# Or a capitalised word in quotes beside a word of naming: "hem 'Kikker' noemt", "bijnaam 'Stoffel'".
_QUOTED_CAPITAL = re.compile(r"(?<![\w])[\"“'‘]([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)[\"”'’](?![\w])")
_NAMING = re.compile(r"(?i)\b(?:noem\w*|genoemd|bijnaam|roepnaam|heet|heette|genaamd|alias)\b")
# "ze noemt het 'de Klap'": a name given to a thing, not to someone.
_A_THING_NAMED = re.compile(r"(?i)\b(?:noem\w*|heet|heette)\s+(?:het|dat|dit|deze|die)\s+$")


def nicknames(text: str) -> list[Found]:
    if not any(q in text for q in "\"“'‘"):
        return []
    found = [
        Found(*m.span(1), "persoon")
        for m in _NICKNAME.finditer(text)
        if not _A_THING_NAMED.search(text, max(0, m.start() - 30), m.start())
    ]
    for m in _QUOTED_CAPITAL.finditer(text):
        near = text[max(0, m.start() - 30) : m.start()] + " " + text[m.end() : m.end() + 20]
        if _NAMING.search(near) and not _A_THING_NAMED.search(text, max(0, m.start() - 30), m.start()):
            found.append(Found(*m.span(1), "persoon"))
    return found


# Initials in forms no person word needs to announce: "j.d." (lower case, dotted), "(W.)" (one
# capital in brackets), "kvdb" / "jvdm" (a letter, "v" and "d"/"t" for van de(r)/van 't, letters).
_LOOSE_INITIALS = re.compile(
    r"(?<![\w.])([a-z]\.[a-z]\.)(?![\w.])|(?<![\w.])([a-z]{1,2}v[dt][a-z]{1,2})(?![\w.])|\(([A-Z]\.)\)"
    # "mw. de b.", "dhr. van der m.": a title, a tussenvoegsel, a lower-case letter
    r"|(?i:\b(?:mw|mevr|dhr|mevrouw|meneer)\.?\s+)((?:de|van|van\s+de[nr]?|ten|ter|te)\s+[a-z]\.)(?![\w.])"
)


# "met j.k over", "door r.v": lower-case dotted initials without the last dot, after a word names follow.
_OPEN_DOTTED = re.compile(r"(?<![\w.])([a-z]\.[a-z](?:\.[a-z])?)(?![\w.])")


def _open_dotted(text: str) -> list[Found]:
    found = []
    for m in _OPEN_DOTTED.finditer(text):
        w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        word, letters = (w.group(1).lower() if w else ""), _letters(m.group(1))
        if letters not in NOT_INITIALS and (word in _SIGNED_BY or word in ROLE_WORDS or word in PERSON_CONTEXT):
            found.append(Found(*m.span(1), "persoon"))
    return found


DOSE_BEFORE = re.compile(r"(?i)(?:\d\s*(?:mg|mcg|µg|ml|g|gr|ie|e|dd|x)\.?|\b(?:milligram|microgram|milliliter))\s+$")


def loose_initials(text: str, lexicon: Lexicon) -> list[Found]:
    if "." not in text and "vd" not in text and "vt" not in text:
        return []  # every form has a dot or a "vd"/"vt"
    found = _open_dotted(text)
    for m in _LOOSE_INITIALS.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if m.group(g))
        letters = _letters(m.group(group))
        if (letters in NOT_INITIALS and group != 4) or (
            group == 2 and (len(letters) < 4 or lexicon.is_ordinary(letters))
        ):
            continue
        if DOSE_BEFORE.search(text, max(0, m.start(group) - 12), m.start(group)):
            continue  # "quetiapine 100 mg a.n.", "2 dd z.n.": when a dose is taken, no initials
        found.append(Found(*m.span(group), "persoon"))
    return found


# A first name that is also a word ("Lot", "Roos"), with a capital inside a sentence after a
# lower-case word that is no article: "dan gaat Lot naar boven", "met toestemming van Lot". Only in
# a note that gives few words inside a sentence a capital (a title-cased note capitalises words).
_MID_CAPITAL = re.compile(r"(?<=[a-zà-ÿ,] )([A-ZÀ-Þ][a-zà-ÿ]+)(?![\w'’-])")
_ARTICLE_END = re.compile(r"(?i)\b(?:de|het|een|'t|der|den|des)\s+$")


def word_first_names(text: str, lexicon: Lexicon) -> list[Found]:
    if not lexicon.words:
        return []
    if not _MID_CAPITAL.search(text) or title_cased(text):
        return []
    return [
        Found(*m.span(1), "persoon")
        for m in _MID_CAPITAL.finditer(text)
        if m.group(1).lower() in lexicon.first_names
        and m.group(1).lower() not in ROLE_WORDS
        and m.group(1).lower() not in MONTHS_AND_DAYS
        and not _ARTICLE_END.search(text, max(0, m.start() - 8), m.start())
    ]


# A name in lower case beside a person already found, joined by "en": "jurgen en [dewi]", "sv en
# [mvdb]"; or after a role and "is": "coach is sanne". Only first names that are no ordinary word,
# or two or three letters without a vowel (initials).
_LOWER_AND_BEFORE = re.compile(r"(?<![\w.@/-])([a-zà-ÿ]{2,})\s+(?:en|&)\s+$")
_LOWER_AND_AFTER = re.compile(r"\s+(?:en|&)\s+([a-zà-ÿ]{2,})(?![\w@/-])")
_ROLE_IS = re.compile(r"(?i)\b([a-zà-ÿ-]+)\s+(?:is|heet|was)\s+([a-zà-ÿ]{2,})(?![\w@/-])")
_VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]")


def _lower_name(token: str, lexicon: Lexicon) -> bool:
    if token in lexicon.first_names and not lexicon.is_ordinary(token) and token not in NOT_A_NAME_AFTER_ROLE:
        return True
    if token in PERSON_CONTEXT or token in ROLE_WORDS:
        return False  # "mw en [Kees]", "pt en [Kees]"
    return len(token) <= 3 and not _VOWEL.search(token) and token not in NOT_INITIALS


def coordinated_names(text: str, persons: list[tuple[int, int]], lexicon: Lexicon) -> list[Found]:
    if not lexicon.first_names:
        return []
    found = []
    if " en " in text or "&" in text:
        for s, e in persons:
            m = _LOWER_AND_BEFORE.search(text, max(0, s - 30), s)
            if m and _lower_name(m.group(1), lexicon):
                found.append(Found(*m.span(1), "persoon"))
            m = _LOWER_AND_AFTER.match(text, e)
            if m and _lower_name(m.group(1), lexicon):
                found.append(Found(*m.span(1), "persoon"))
    for m in _ROLE_IS.finditer(text):
        if m.group(1).lower() in ROLE_WORDS and _lower_name(m.group(2), lexicon):
            found.append(Found(*m.span(2), "persoon"))
    return found
