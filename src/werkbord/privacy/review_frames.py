"""Words the review step shows because the frame around them names a person (issue #22's eleventh
session): names that are ordinary words or abbreviations by their shape, which no other suspect
rule asks about. Written from made-up examples and the development sets' renamed copies
(benchmarks/deid_swap.py), never from a held-out set. Pure apart from the word lists it is handed.

- A word right before a bracket that holds a replaced person, perhaps after a title or "voorheen"
  ("Ben (dhr. [PERSOON-1])", "roos ([PERSOON-1])", "Wil (voorheen [PERSOON-1])"): the name the
  note goes by. Only a word a list of names knows, or a capitalised word no Dutch list knows;
  never a role, a family word or a function word ("vader ([PERSOON-1])", "dader ([PERSOON-1])").
- Letters right after a title, before a person, a bracket, "uit" or a comma ("Mevr. w.s. uit",
  "drs. ma [PERSOON-1]", "dhr. ah (", "mevr toe (Liberiaans)"): initials or a short surname, even
  where a list of care abbreviations or of words knows the letters ("w.s.", "am", "toe"); and dotted
  letters between two persons ("[PERSOON-1] ö. [PERSOON-2]", "[PERSOON-1] en a.m. [PERSOON-2]").
- The word a note says someone is called, right before "(zo noemt ...", ", zo heet ..." ("bolletje
  (zo noemt iedereen hem)", "zon (ja, zo heet ze)"); not "..., zo noemt hij het".
- A name a list knows, or a capitalised word no Dutch list knows, right before an age that was
  replaced: "Ben is [LEEFTIJD-1]", "(wil, [LEEFTIJD-1])", "zoontje bas ([LEEFTIJD-1])".

Each span is only shown to a reader (never replaced): the words are as often ordinary words
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from .english_vocabulary import is_english_word
from .names import FINITE_VERBS
from .roles import a_job_title, is_role_word
from .words import COUNTRIES, MONTHS_AND_DAYS, NOT_INITIALS, NOT_NAMES, PERSON_CONTEXT, ROLE_WORDS, Lexicon

_PERSON_TAG = r"\[(?:PERSOON|PATIENT)-\d+\]"
_WORD = r"([^\W\d_][\w'’-]*)"
_TITLES = r"(?:dhr|mw|mevr|mr|dr|drs|prof|ir|ing|meneer|mevrouw)"
# "Ben (dhr. [PERSOON-1])", "Wil (voorheen [PERSOON-1])"
_BEFORE_BRACKETED_PERSON = re.compile(
    rf"(?<![\w'’.-]){_WORD}[ \t]*\([ \t]*(?:(?i:{_TITLES}|voorheen|echte[ \t]+naam|roepnaam|eigenlijk|officieel)"
    rf"\.?:?[ \t]+)?{_PERSON_TAG}"
)
# "Mevr. w.s. uit", "drs. ma [PERSOON-1]", "dhr. ah (", "mevr toe ("
_AFTER_TITLE = re.compile(
    rf"(?i:(?<![\w-]){_TITLES}\.?)[ \t]+((?:[^\W\d_]\.[ \t]?-?){{1,3}}|[a-zà-ÿ]{{1,3}}(?![\w'’-])\.?|[a-z]-[a-z]\.)"
    rf"(?=[ \t]*(?:{_PERSON_TAG}|uit\b|\(|,))"
)
# "[PERSOON-1] ö. [PERSOON-2]", "[PERSOON-1] en a.m. [PERSOON-2]"
_BETWEEN_PERSONS = re.compile(
    rf"{_PERSON_TAG}[ \t]*(?:(?:,|en|&)[ \t]*)?((?:[^\W\d_]\.[ \t]?){{1,3}})[ \t]*(?={_PERSON_TAG})"
)
# "bolletje (zo noemt iedereen hem", "zon (ja, zo heet ze)", "Sjaak – zo heet hij niet echt"
_NAMED_SO = re.compile(
    rf"(?<![\w'’.-]){_WORD}[ \t]*[(,–—-][ \t]*(?:ja,?[ \t]+|echt[ \t]+)?(?i:zo)[ \t]+"
    r"(?:noem(?:t|en|de|den)|heet|heten|heette)\b(?![^()\n,.;]{0,30}\b(?:het|dat)\b)"
)
# "Ben is [LEEFTIJD-1]", "(wil, [LEEFTIJD-1])", "bas ([LEEFTIJD-1])"
_BEFORE_AGE = re.compile(
    rf"(?<![\w'’.-]){_WORD}(?:[ \t]+(?:is|was|wordt|werd)[ \t]+|[ \t]*,[ \t]*|[ \t]*\([ \t]*)"
    r"(?:(?:nu|ruim|bijna|pas|ca\.?|ongeveer)[ \t]+)?\[LEEFTIJD-\d+\]"
)
# Dotted shorthand that stands before a person: "o.a. [PERSOON-1]", "c.q. [PERSOON-2]"
_SHORTHAND = frozenset("oa cq mn vs nb ps zn".split())
_TITLE_WORDS = frozenset("dhr mw mevr mr dr drs prof ir ing".split())
_NAMING_HINT = re.compile(r"zo[ \t]+(?:noem|heet|heten)")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:de|het|een|'t)[ \t]+$")
_TITLE_HINT = re.compile(rf"{_TITLES}\b")  # (no word boundary before it: sre then skips to its first letters fast)
_SMALL = frozenset(
    """de het een van en of is was uit in op te zo al nu nog wel ook bij met die dat der den ten ter ok
    nam zei wil kan mag zal ja nee echt jongste oudste middelste als""".split()
)
_VERB_ENDINGS = ("t", "de", "te", "den", "ten", "en")
_FINITE = frozenset(FINITE_VERBS.split("|"))


def _verb_form(low: str, lexicon: Lexicon) -> bool:
    """``low`` is an inflected form of a verb: "belt", "zegt", "belde", "gebeld" (a bare stem may
    be a name: "roos", "bas")."""
    stem = lexicon.is_verb_stem
    if low in _FINITE:
        return True
    if low.startswith("ge") and len(low) > 5 and low[-1] in "dtn" and stem(low[2:-1]):
        return True
    return any(low.endswith(e) and len(low) > len(e) + 2 and stem(low[: -len(e)]) for e in _VERB_ENDINGS)


def _person_word(low: str) -> bool:
    return (
        low in ROLE_WORDS
        or low in PERSON_CONTEXT
        or low in _SMALL
        or low in NOT_NAMES
        or low in COUNTRIES
        or low in MONTHS_AND_DAYS
        or is_role_word(low)
        or a_job_title(low)
    )


def review_frames(
    text: str, lexicon: Lexicon, first_names: Collection[str], surnames: Collection[str]
) -> Iterator[tuple[int, int, bool]]:
    """(start, end, initials) of what the frames above show for review in ``text`` (a scrubbed
    note); ``initials``: letters after a title or between persons. ``first_names`` and ``surnames``
    (lower case) decide what a word before a bracket or an age may be."""
    if "[" in text:
        patterns = (_BEFORE_BRACKETED_PERSON,) if "(" in text and ("[PERSOON-" in text or "[PATIENT-" in text) else ()
        if "[LEEFTIJD-" in text:
            patterns += (_BEFORE_AGE,)
        for pattern in patterns:
            for m in pattern.finditer(text):
                word = m.group(1)
                low = word.lower()
                if _person_word(low) or _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                    continue  # "op de hoek ([PERSOON-1])": a word after an article is a thing
                if "-" in low and lexicon.is_ordinary(low.rsplit("-", 1)[1]):
                    continue  # "Sikh-tempel ([PERSOON-1])": a kind of place with a name in front
                if word[0].isupper():
                    name = low in first_names or low in surnames or not (lexicon.is_word(low) or lexicon.common(low))
                else:  # in lower case only a first name that is no verb ("belt") and no English word ("him")
                    name = low in first_names and not _verb_form(low, lexicon) and not is_english_word(low)
                if name:
                    yield (m.start(1), m.end(1), False)
        for m in _BETWEEN_PERSONS.finditer(text):
            token = m.group(1).rstrip(" \t")
            letters = token.replace(".", "").replace(" ", "").lower()
            if letters in _SHORTHAND or (len(letters) >= 3 and letters in NOT_INITIALS):
                continue  # "[PERSOON-1] i.v.m. [PERSOON-2]", "o.a."
            yield (m.start(1), m.start(1) + len(token), True)
    lowered = text.lower()
    if _TITLE_HINT.search(lowered):
        for m in _AFTER_TITLE.finditer(text):
            token = m.group(1).rstrip(" \t-")
            if token.lower().rstrip(".") not in _SMALL and token.lower().rstrip(".") not in _TITLE_WORDS:  # "mr. dr."
                yield (m.start(1), m.start(1) + len(token), True)
    if "zo " in lowered and _NAMING_HINT.search(lowered):
        for m in _NAMED_SO.finditer(text):
            if not _person_word(m.group(1).lower()):
                yield (m.start(1), m.end(1), False)
