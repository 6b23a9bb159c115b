"""Capitalised ordinary nouns of the care setting that no frame makes a name.

A preposition, an article and one capitalised ordinary word ("bij de Houvast", "in het
Zandloper") is how a note names an organisation with a word (:mod:`.named_organisations`). The
same shape holds the setting's own nouns, capitalised for weight by voices that write that way:
rooms ("in de Huiskamer", "in de Stiltekamer"), tools and exercises ("met de Angstcurve", "met de
Weegschaal"), roles ("met de Transferbegeleider"), documents and measures ("voor de
Zorgmachtiging"). A capital alone does not tell them apart, so after "met", "voor", "via" or
"in" with "de" one ordinary word is a name only with a second sign:

- what follows places or names it: a bracket ("(woonvorm)"), an apposition (", een woonvorm"),
  a place or a role ("in Almere", "als kok"), a kind of site ("-terrein", "-locatie");
- what comes before says where someone lives, works, is admitted or spends the day ("woont",
  "werkt", "dagbesteding", "opgenomen", "vrijwilligerswerk"), or names a kind of organisation
  ("dagopvang in de X");

Without one the word stays; the review step still shows a capital after a preposition and an
article. "bij", "naar", "van", "door", "uit", "op", "aan" and "het" keep their weight: on the
development notes nearly every capital there was a name or a street.

A job title's field after it ("Casemanager Dementie", "Specialist Ouderengeneeskunde", "docent
Herstelacademie") is no name either: an ordinary word naming a discipline, a kind of care or an
academy (:func:`role_field`), never a first name or a surname of deduce's lists. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import surnames
from .roles import is_role_word
from .words import Lexicon

# The prepositions after which a capitalised noun is as often a thing of the setting as a name.
_WEAK_PREPOSITIONS = frozenset({"met", "voor", "via", "in"})
# What follows a name and says what or where it is.
_SIGN_AFTER = re.compile(
    r"[ \t]*\("
    r"|[ \t]*,[ \t]+(?:het|de|een)[ \t]"
    r"|[ \t]+(?:in|te|bij|uit|aan|op)[ \t]+(?:(?:het|de)[ \t]+)?[A-ZÀ-Þ]"
    r"|[ \t]+als\b"
    r"|[ \t]+[a-zà-ÿ]*(?:gebouw|locatie|terrein|post|plaats)\b"
)
# What comes before and says someone lives, works, is admitted or spends the day there.
_SIGN_BEFORE = re.compile(
    r"(?i)\b(?:woon\w*|werk(?:t|te|ten|en|zaam)?|vrijwilligers\w*|vrijwillig\w*|dagbesteding|school|leerkracht|"
    r"stage|baan|kantoor|opgenomen|opname|bevall\w*|verblijf\w*|ingeschreven)\b[^.;:!?]{0,40}$"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
# Endings of a discipline, a kind of care or a school: "Gerontopsychiatrie", "Verslavingszorg".
_FIELD_ENDINGS = ("logie", "atrie", "kunde", "ziekten", "zorg", "therapie", "academie")


def setting_noun(
    text: str,
    preposition: str,
    article: str,
    start: int,
    end: int,
    lexicon: Lexicon,
    a_kind: Callable[[str], bool],
) -> bool:
    """``text[start:end]``, one capitalised word after ``preposition`` and ``article``, is an
    ordinary noun or a job title with no sign of a name around it. ``a_kind`` tells a word for a
    kind of organisation or a care unit ("dagopvang", "SEH"), a sign when it stands right before
    the preposition."""
    word = text[start:end]
    if preposition not in _WEAK_PREPOSITIONS or article != "de":
        return False
    if " " in word or not word[1:].islower():
        return False
    if not (lexicon.is_ordinary(word.lower()) or is_role_word(word)):
        return False
    if _SIGN_AFTER.match(text, end):
        return False
    at = text.rfind(preposition, 0, start)
    if _SIGN_BEFORE.search(text, max(0, at - 60), at):
        return False
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return not (before and a_kind(before.group(1).lower()))


def role_field(word: str, lexicon: Lexicon, names: tuple[frozenset[str], ...]) -> bool:
    """``word``, capitalised after a job title, names its field: an ordinary word ending like a
    discipline, a kind of care or an academy, or one of seven letters or more in "-ie"
    ("Dementie"); not on ``names`` (deduce's first names and surnames, lower case)."""
    low = word.lower()
    if not word[:1].isupper() or not low.isalpha() or any(low in n for n in names):
        return False
    if not (low.endswith(_FIELD_ENDINGS) or (low.endswith("ie") and len(low) >= 7)):
        return False
    # an ordinary word, or one ending in a word of the field: "geronto|psychiatrie"
    return lexicon.is_ordinary(low) or any(lexicon.is_word(low[i:]) for i in range(3, len(low) - 5))


def activity(word: str, lexicon: Lexicon) -> bool:
    """``word`` names an activity or a process made of a verb with -ing ("Schuldsanering",
    "Rouwverwerking", "Vroegsignalering"): after a bare "voor", what someone is signed up for."""
    low = word.lower()
    if not low.endswith("ing") or len(low) < 7 or not low.isalpha() or low in surnames():
        return False  # ("Harding": a surname)
    # the verb of the last part: "sanering" (saneren), "verwerking" (verwerken), "regulering"
    return any(lexicon.is_word(low[i:]) and lexicon.is_verb_stem(low[i:-3]) for i in range(len(low) - 6))
