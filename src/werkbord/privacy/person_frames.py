"""Ages, initials and user names that the frame around them gives away, in shapes the other
rules do not read. Pure; examples are made up.

Ages:
- a number in words alone in brackets after a person ("Mw. (honderd)", "kleinzoon Teun
  (acht)", "[name], 'Bolletje' thuis, (zeven)"): the number is a person's age;
- an age glued to "jaar" or "jarig" ("is tachtigjaar oud", "een vijftigjarige");
- one of several siblings by place ("oudste 14, jongste 3");
- an age where someone is said to be it ("hij was drie.", "toen ze twaalf was", "zij werd
  negentig"), not a count ("hij was twee keer ...").

Initials: an initial beside a sex marker in brackets ("(v, K.)", "(m, T.J.)").

User names: "u/..." (Reddit's shape), and a word after "handle" or "onder de naam", or after
"noemt zich(zelf) op <platform>" ("noemt zich op insta zonnebloempje").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ages import NUMBER_WORD, TEENS, UNITS
from .names import FINITE_VERBS
from .roles import is_role_word
from .rules import HANDLE_SHAPE, NOT_A_HANDLE, PLATFORM, Found
from .words import NOT_INITIALS, PERSON_CONTEXT, ROLE_WORDS

Span = tuple[int, int]

_SMALL_WORDS = "|".join(u for u in UNITS if u not in ("een", "één"))
# A number in words from two to a hundred and ten: "acht", "zeventien", "vierenzestig", "honderd".
_AGE_WORD = rf"(?:{NUMBER_WORD}|{_SMALL_WORDS}|honderd(?:(?:en)?(?:{'|'.join((*UNITS, *TEENS))}))?)"
_BRACKETED_WORD = re.compile(rf"(?i)\(\s*({_AGE_WORD})\s*\)")
# Before the bracket: a person right there ("Mw.", "kleinzoon Teun", "[PERSOON-1]").
_PERSON_WORD_BEFORE = re.compile(r"([A-Za-zà-ÿ'’-]+)\.?\s*$")
_TAG_BEFORE = re.compile(r"\[(?:PERSOON|PATIENT)-\d+\]\s*$")
_SENTENCE_END = re.compile(r"[.!?;:\n](?:\s|$)")
_GLUED = re.compile(rf"(?i)(?<![\w-])(?:{_AGE_WORD})(?:jaar|jarige?n?)(?![\w-])")
_SIBLINGS = re.compile(
    r"(?i)\b(?:oudste|jongste|middelste)\s*[:=]?\s*(\d{1,2})\b"
    r"(?!\s*(?:%|x\b|keer|kg|km|cm|uur|min|dag|dagen|week|weken|wk|maand|maanden|mnd|jaar\s+geleden|[.,]\d))"
)
_SIBLING_LIST = re.compile(r"(?i)\b(?:oudste|jongste|middelste)\b")
_SAID_TO_BE = re.compile(
    rf"(?i)\b(?:(?:hij|zij|ze|ik)\s+(?:was|werd|wordt)\s+({_AGE_WORD}|\d{{1,3}})"
    rf"(?=\s*(?:[.,;!?)]|$|\s+(?:toen|jaar\b|jr\b|en\s+(?:zijn|haar|mijn)\b)))"
    rf"|\btoen\s+(?:hij|zij|ze|ik)\s+({_AGE_WORD}|\d{{1,3}})\s+(?:jaar\s+)?(?:was|werd)\b)"
)
# "werd zeventig op ...": became an age, without a pronoun; only a number of ten or more.
_BECAME = re.compile(
    rf"(?i)\b(?:werd|wordt)\s+({NUMBER_WORD}|honderd)(?=\s*(?:[.,;!?)]|$|\s+(?:op|in|en|toen|afgelopen|vorige|deze|dit|jaar)\b))"
)
_ISH = re.compile(rf"(?i)(?<![\w-])(?:{NUMBER_WORD}|\d{{2}})-?ish(?![\w-])")  # "veertig-ish"
# "zoontje jip van drie", "nichtje Noor van vijf": a child word, a name, then "van" and its age.
_CHILD_NAME_OF = re.compile(
    r"(?i)\b(?:zoon|zoontje|dochter|dochtertje|kind|kindje|broertje|zusje|neefje|nichtje|kleinzoon|kleindochter|"
    rf"baby|pleegzoon|pleegdochter)\s+([a-zà-ÿ][a-zà-ÿ'’-]+)\s+van\s+({_SMALL_WORDS}|{'|'.join(TEENS)})\b"
    r"(?!\s*(?:jaar\s+geleden|dagen|weken|maanden|uur|keer))"
)
_INITIAL_AND = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){1,3})[ \t]+(?:en|&)[ \t]+$")
# Initials in lower case: dotted ("m.sh.", "j.", "h.ö.") or letters without a vowel ("jd", "tv").
# (Two letters and a dot alone are a word ending a sentence: "zo.", "nu.")
_LOWER_INITIALS = (
    r"(?:[a-zà-ÿ]\.(?:[a-zà-ÿ]{1,2}\.){0,2}|[a-zà-ÿ]{2}\.(?:[a-zà-ÿ]{1,2}\.){1,2}|[b-df-hj-np-tv-xz]{2,3}(?![.\w]))"
)
# Every token shaped like initials in lower case; then what stands around it decides.
_INITIALS_TOKEN = re.compile(rf"(?<![\w.@/-])({_LOWER_INITIALS})")
# Opening a sentence or a bracket, before an age, a role, a name in brackets, or a verb: "j. (17 jr)
# zit", "jd (vorige behandelaar)", "m.sh. stopte".
_OPENING_FRAME = re.compile(
    rf"[ \t]*\([ \t]*(?:\d{{1,2}}\b|[A-ZÀ-Þ\[]|(?:[a-zà-ÿ]+[ \t]+)?([a-zà-ÿ'’-]+)[ \t]*[,)])|[ \t]+(?:{FINITE_VERBS})\b"
)
# After a role word or a title, where a name's place follows: "vriend tv bleef", "(mr. dh)",
# "voorzitter h.ö.)".
_ROLE_FRAME = re.compile(rf"[ \t]*(?:[,;:)]|$|\((?!\))|[ \t](?:en|van|{FINITE_VERBS})\b)")
_ROLE_BEFORE = re.compile(r"(?<![\w.])([A-Za-zà-ÿ'’-]{2,})\.?[ \t]+$")
_A_CHILD = re.compile(r"zoon|dochter|kind|broertje|zusje|neefje|nichtje|kleinzoon|kleindochter|baby|pleeg")
_NOT_A_NAME = frozenset("is was werd wordt ook nu pas net al nog toen dan zelf ongeveer bijna ruim".split())
_TITLES = frozenset("mw mevr mevrouw dhr meneer hr dr drs mr prof ir ing".split())
_SEX_INITIAL = re.compile(r"\(\s*[mvMV]\s*[,/]\s*((?:[A-ZÀ-Þ]\.){1,3})\s*\)")
# "u/stillewater": Reddit's user; not "6 u/nacht" (hours a night).
_REDDIT_USER = re.compile(
    r"(?<![\w/])(?<!\d )u/(?!(?:nacht|dag|week|wk|mnd|maand|jaar|etmaal|dienst)\b)[A-Za-z0-9_-]{3,24}(?![\w/])"
)
_HANDLE_AFTER = re.compile(
    rf"(?i)\b(?:handle|onder\s+de\s+naam|noem\w*\s+(?:ze\s+|hij\s+|zij\s+)?zich(?:zelf)?\s+op\s+(?:{PLATFORM}))"
    rf"\s*:?\s*['\"‘“]?({HANDLE_SHAPE})"
)
_NOT_HANDLES = NOT_A_HANDLE | frozenset("van voor die dat deze haar zijn hun een mijn".split())


def _person_before(text: str, at: int, persons: Sequence[Span]) -> bool:
    """A person stands right before ``at``, or earlier in the same sentence within a few words
    ("[name], 'Bolletje' thuis, (zeven)")."""
    if _TAG_BEFORE.search(text, max(0, at - 16), at):
        return True
    m = _PERSON_WORD_BEFORE.search(text, max(0, at - 30), at)
    if m is not None:
        word = m.group(1)
        low = word.lower()
        if low in ROLE_WORDS or low in PERSON_CONTEXT or low in ("mw", "mevr", "dhr", "mevrouw", "meneer"):
            return True
    for _s, e in persons:
        if e <= at and at - e <= 40 and not _SENTENCE_END.search(text, e, at) and not re.search(r"\d", text[e:at]):
            return True
    return False


def _ages(text: str, persons: Sequence[Span]) -> list[Found]:
    low = text.lower()  # (each shape is looked for only where its word stands: most notes hold none)
    found = []
    for m in _BRACKETED_WORD.finditer(text) if "(" in text else ():
        if _person_before(text, m.start(), persons):
            found.append(Found(m.start(1), m.end(1), "leeftijd"))  # "Mw. (honderd)"
    if "jaar" in low or "jarig" in low:
        found += [Found(m.start(), m.end(), "leeftijd") for m in _GLUED.finditer(text)]  # "tachtigjaar oud"
    if low.count("oudste") + low.count("jongste") + low.count("middelste") >= 2:  # "oudste 14, jongste 3"
        found += [Found(m.start(1), m.end(1), "leeftijd") for m in _SIBLINGS.finditer(text)]
    if "werd" in low or "wordt" in low:
        found += [Found(m.start(1), m.end(1), "leeftijd") for m in _BECAME.finditer(text)]  # "werd zeventig"
    if "ish" in low:
        found += [Found(m.start(), m.end(), "leeftijd") for m in _ISH.finditer(text)]  # "veertig-ish"
    for m in _CHILD_NAME_OF.finditer(text) if " van " in low and _A_CHILD.search(low) else ():
        found.append(Found(m.start(2), m.end(2), "leeftijd"))  # "zoontje jip van drie": the age, and the name
        if m.group(1).lower() not in _NOT_A_NAME:
            found.append(Found(m.start(1), m.end(1), "persoon"))
    for m in _SAID_TO_BE.finditer(text) if "was" in low or "werd" in low or "wordt" in low else ():
        group = 1 if m.group(1) else 2
        if m.group(group).isdigit() and not 0 < int(m.group(group)) <= 110:
            continue
        found.append(Found(m.start(group), m.end(group), "leeftijd"))  # "hij was drie.", "toen ze twaalf was"
    return found


def _not_initials(token: str) -> bool:
    """Shorthand of care or a title, no initials: "ca.", "spv", "mw.", "pt."."""
    letters, low = token.replace(".", ""), token.rstrip(".")
    if low in PERSON_CONTEXT or low in _TITLES or low in ROLE_WORDS:
        return True
    return low in NOT_INITIALS or letters in NOT_INITIALS or token in NOT_INITIALS


def _initials(text: str) -> list[Found]:
    """Initials in lower case opening a sentence or a bracket before an age, a role, a name or a
    verb, or after a role word or a title (see :data:`_OPENING_FRAME`, :data:`_ROLE_FRAME`)."""
    found = []
    for m in _INITIALS_TOKEN.finditer(text):
        start, end = m.span(1)
        if _not_initials(m.group(1)):
            continue
        opening = start == 0 or text[start - 1] in "\n(" or (start > 1 and text[start - 2 : start] in _OPENERS)
        frame = _OPENING_FRAME.match(text, end) if opening else None
        if frame is not None:
            role = frame.group(1)
            if not role or role.lower() in ROLE_WORDS or is_role_word(role):
                found.append(Found(start, end, "persoon"))
            continue
        before = _ROLE_BEFORE.search(text, max(0, start - 40), start) if _ROLE_FRAME.match(text, end) else None
        if before is not None:
            role = before.group(1).lower()
            if role in ROLE_WORDS or role in PERSON_CONTEXT or role in _TITLES or is_role_word(role):
                found.append(Found(start, end, "persoon"))
    return found


# A sentence's end and a space before a token: where a sentence opens.
_OPENERS = frozenset(f"{p}{w}" for p in ".!?;:\n(" for w in " \t")


def person_frames(text: str, persons: Sequence[Span] = (), covered: Sequence[Span] = ()) -> list[Found]:
    """Ages, initials and user names read by the frame around them (see the module's docstring),
    outside ``covered``."""
    joined = []
    for s, _e in persons:  # "k. en [j. de Groot]": an initial joined to a person
        m = _INITIAL_AND.search(text, max(0, s - 12), s)
        if m and m.group(1).lower().replace(".", "") not in NOT_INITIALS and m.group(1).lower() not in NOT_INITIALS:
            joined.append(Found(m.start(1), m.end(1), "persoon"))
    found = joined + _initials(text) + _ages(text, persons)
    if "(" in text:
        found += [Found(m.start(1), m.end(1), "persoon") for m in _SEX_INITIAL.finditer(text)]  # "(v, K.)"
    if "u/" in text:
        found += [Found(m.start(), m.end(), "url") for m in _REDDIT_USER.finditer(text)]  # "u/..."
    low = text.lower()
    for m in _HANDLE_AFTER.finditer(text) if "handle" in low or "naam" in low or "zich" in low else ():
        if m.group(1).lower() not in _NOT_HANDLES and not m.group(1).isdigit():
            found.append(Found(m.start(1), m.end(1), "url"))  # "onder de naam X", "handle X"
    return [f for f in found if not any(a < f.end and f.start < b for a, b in covered)]
