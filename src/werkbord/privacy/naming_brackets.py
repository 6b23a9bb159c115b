"""A word that a bracket right after it says is someone's name or nickname.

A note that names someone by a word, a nickname or a name no list holds often says so at once, in
brackets: "Bolletje (zo noemt iedereen hem)", "nichtje zon (ja zo heet ze)", "Hoop (ze heet echt
zo)", "Dirk (bijnaam de Bok)", "Rikkie (roepnaam, eigenlijk Hendrika)". Whatever the word is (an
ordinary word, a verb, a word no list knows), the bracket makes it a name: replaced. Examples are
made up.

- "zo heet hij/ze", "hij/ze heet (echt) zo": any word before it, except a role, a family word
  or a title ("zus (zo heet ze niet)" says nothing of "zus");
- "zo noemt iedereen/het team/ze hem/haar" where the pronoun ends the clause: any such word
  ("moeke (zo noemt hij zijn moeder)" is his word for his mother, no name: left);
- "echte naam", "roepnaam", "bijnaam", "alias" opening the bracket: only a capitalised word or
  one no Dutch word list knows, since an ordinary word before them is what someone is ("haar
  pooier (bijnaam de Turk)": the nickname follows, the word before is his trade).

A bracket that holds an age says the same of the word before it ("sjonnie (veertig-plus) is ...",
"Cor (zevenenzestig) bezorgt", "buurvrouw trui (tachtig plus)", "broertje dieu-merci (11)"): only a
person has an age, so the word is a name where it opens a sentence and is a first name or no word any
list knows, or where it follows a role, family word or title and is no common, adjective or verb word
(never "Pt. (56)", "moeder zelf (80)", "Groep (12)"): :func:`aged_names`.

Spans get deduce's tag "persoon". Pure: the lexicon is handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .ages import find_ages
from .family import FAMILY_WORDS
from .found import Found
from .slot_frames import NOBODY, no_word, person_word, shorthand
from .words import MONTHS_AND_DAYS, PERSON_CONTEXT, ROLE_WORDS, Lexicon, is_role

Span = tuple[int, int]

# The word before the bracket, perhaps in quotes: "Bolletje (", "'Sjaak' (".
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*[^\W\d_'’-]|[^\W\d_]{2})['’\"”]?[ \t]*$")
_SAYS_NAME = re.compile(
    r"(?i)\((?:\s*ja\s*,?)?\s*(?:zo\s+(?:heet|heette)\s+(?:hij|ze|zij)\b"
    r"|(?:hij|ze|zij)\s+(?:heet|heette)\s+(?:echt\s+|écht\s+|werkelijk\s+|ook\s+)?zo\b"
    r"|zo\s+(?:noemt|noemen|noemde|noemden)\s+(?:[^\W\d_]+\s+){1,2}?(?:hem|haar)\s*[,;)])"
)
_SAYS_NICKNAME = re.compile(r"(?i)\(\s*(?:echte\s+naam|roepnaam|bijnaam|alias)\b")
_ROLE_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_OPENING_BEFORE = re.compile(r"(?:^|[.!?:;\n]\s*)$")
_TITLES = frozenset("mw mevr mevrouw dhr meneer heer hr dr dokter drs mr prof fam familie".split())
_NOT_A_NAME = frozenset("hij zij ze hem haar die dat deze dit wie het een de".split())


def naming_brackets(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """The words in ``text`` a bracket after them says are a name (see the module's docstring),
    outside ``covered``."""
    if "(" not in text:
        return []
    found = []
    at = text.find("(")
    while at >= 0:
        says_name = _SAYS_NAME.match(text, at) is not None
        if says_name or _SAYS_NICKNAME.match(text, at):
            m = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if m is not None and _a_name(text, m, lexicon, nickname=not says_name):
                s, e = m.span(1)
                if not any(a < e and s < b for a, b in covered):
                    found.append(Found(s, e, "persoon"))
        at = text.find("(", at + 1)
    return found


def _a_name(text: str, m: re.Match[str], lexicon: Lexicon, *, nickname: bool) -> bool:
    word = m.group(1)
    low = word.lower()
    if low in ROLE_WORDS or low in PERSON_CONTEXT or low in _TITLES or low in _NOT_A_NAME:
        return False
    if word[:1].isupper() or not (lexicon.is_ordinary(low) or lexicon.common(low)):
        return True
    # An ordinary word in lower case only as the name after a role or family word ("nichtje zon (ja
    # zo heet ze)") or opening a sentence; elsewhere the bracket may be about a word before it ("kwam
    # Hoop langs (ze heet echt zo)"), and before "bijnaam" it is what someone is ("haar pooier
    # (bijnaam de Turk)").
    if nickname:
        return False
    if _OPENING_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return True  # "chino (zo noemt iedereen hem, ...) woont": the bracket's word opens the sentence
    role = _ROLE_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
    return role is not None and (is_role(role.group(1).lower()) or role.group(1).lower() in FAMILY_WORDS)


_KIN_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")  # "oom ", "Dhr. "
# A word, then a bracket (searched back from each bracket): "sjonnie (", "broertje dieu-merci (", "Cor (".
_AGED = re.compile(r"(?<![\w'’@#/.-])([^\W\d_][^\W\d_'’]*(?:-[^\W\d_]{2,})?)[ \t]*\Z")

# What a bracket holds when it holds an age: "(11)", "(eind twintig)", "(tachtig plus)", "(ca. 45 jr)".
_AGE_BRACKET = re.compile(
    r"[ \t]*(?:(?:ca\.?|ong\.?|ongeveer|rond(?:[ \t]+de)?|eind|begin|midden|±|~)[ \t]*)?"
    r"(?:\d{1,3}|[a-z]{3,}(?:-?plus)?)(?:[ \t]*(?:\+|plus|jr\.?|jaar))?[ \t]*"
)


def aged_names(text: str, lexicon: Lexicon, covered: Sequence[Span] = (), ages: Sequence[Span] = ()) -> list[Found]:
    """The word in ``text`` right before a bracket that holds its age (see the module's docstring),
    outside ``covered``: an age the rules read beside the word itself, or a bracket in an age's shape
    whose number another rule or deduce already took (``ages``: "buurvrouw trui (tachtig plus)",
    "mw. som (rond de 60)")."""
    if "(" not in text or not lexicon.words:
        return []
    found = []
    at = text.find("(")
    while at > 0:
        close = text.find(")", at)
        m = _AGED.search(text, max(0, at - 40), at) if 0 < close - at <= 31 else None
        at = text.find("(", at + 1)
        if m is None:
            continue
        s, e = m.span(1)
        if any(a < e and s < b for a, b in covered) or not _aged_word(text, m, lexicon):
            continue
        start = m.end() + 1  # (inside the bracket: the pattern ends right before it)
        tagged = _AGE_BRACKET.fullmatch(text, start, close) and any(start <= a and b <= close for a, b in ages)
        if tagged or any(start <= f.start and f.end <= close for f in find_ages(text, [(s, e)]) if f.tag == "leeftijd"):
            found.append(Found(s, e, "persoon"))
    return found


def _aged_word(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    word = m.group(1)
    low = word.lower()
    if len(low) < 2 or low in NOBODY or low in _TITLES or low in _NOT_A_NAME or low in MONTHS_AND_DAYS:
        return False
    if person_word(low) or low in FAMILY_WORDS or lexicon.common(low):
        return False  # "Pt. (56)", "Groep (12)", "moeder zelf (80)", "vader thuis (50)"
    if not (low in lexicon.first_names or (no_word(low, lexicon) and not shorthand(low, lexicon))):
        return False  # "zoon jongste (8)", "moeder boos (45)"
    if _OPENING_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return True
    role = _KIN_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
    if role is None:
        return False
    before = role.group(1).lower()
    return is_role(before) or before in FAMILY_WORDS or before in _TITLES or person_word(before)
