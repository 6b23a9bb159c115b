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

Spans get deduce's tag "persoon". Pure: the lexicon is handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .family import FAMILY_WORDS
from .found import Found
from .words import PERSON_CONTEXT, ROLE_WORDS, Lexicon, is_role

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
