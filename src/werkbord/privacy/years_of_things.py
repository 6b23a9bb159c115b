"""A number of years that counts something, read as an age: kept.

"2 jaar droogte", "25 jaar pensioen", "3 jaar onzekerheid": a number of years, then the noun
of what lasted; "de 11-jarige herdenking", "het 25-jarig jubileum", "een 4-jarige opleiding": the
age of a thing. Someone's age is followed by what says who ("58-jarige man", "12 jaar oud", "is
25 jaar en woont", "(58 jaar)"), an adjective of a person ("58-jarige alleenstaande moeder") or a
verb ("de 58-jarige ging"), or follows a person word or a title ("mw. 45 jaar psychose", "zoon
12 jaar voetbal"). Asked by :func:`.detect.false_positives` of what deduce or a rule
tagged as an age; pure, and no pass over notes without such a tag.
"""

from __future__ import annotations

import re

from .ages import is_person_noun
from .lower_names import PARTICIPLE
from .words import Lexicon

# "2 jaar droogte", "25 jaar pensioen"; "11-jarige herdenking", "25-jarig jubileum".
_YEARS_THEN_WORD = re.compile(r"[ \t]+(?:jaar|jr\.?)[ \t]+([a-zà-ÿ]{3,})\b|-jarige?[ \t]+([a-zà-ÿ]{3,})\b")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
# Words after "jaar" that say whose age it is, or begin a clause about that person.
_NOT_A_THING = frozenset(
    """oud jong leeftijd en of maar met zonder die dat toen als is was wordt werd heeft had woont kan zal
    alleen samen thuis nog al pas ongeveer ruim bijna net
    moet wil geleden terug geleden later eerder ervoor erna daarvoor daarna lang geweest geworden
    bij in op aan uit van voor na tot sinds naar over om door""".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]*$")
_BEFORE_A_PERSON = re.compile(r"(?i)(?:\(|\b(?:is|was|wordt|werd|van|leeftijd|age|aged|ca\.?|ongeveer))\s*$")


def _adjective(word: str, words: frozenset[str]) -> bool:
    """``word`` has an inflected form, so it is an adjective ("alleenstaand" -> "alleenstaande",
    "dakloos" -> "dakloze", "dik" -> "dikke"), not the noun of what lasted ("pensioen", "droogte")."""
    last = {"s": "z", "f": "v"}.get(word[-1], word[-1])
    forms = {word + "e", word + word[-1] + "e", word[:-1] + last + "e"}
    if len(word) > 3 and word[-3] == word[-2] and word[-2] in "aeou":
        forms.add(word[:-2] + last + "e")  # "dakloos" -> "dakloze", "groot" -> "grote"
    return any(f in words for f in forms)


def years_of_a_thing(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """The age tag at ``text[start:end]`` (a number) counts the years of a thing (see the module)."""
    if not lexicon.words:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before and is_person_noun(before.group(1).lower()):
        return False  # "mw. 45 jaar psychose", "zoon 12 jaar voetbal": whose age it is
    m = _YEARS_THEN_WORD.match(text, end)
    if m is None or _BEFORE_A_PERSON.search(text, max(0, start - 12), start):
        return False
    noun = m.group(1) or m.group(2)
    inflected = ("e", "er", "ers") if m.group(2) else ("oude", "er", "ers")
    if noun in _NOT_A_THING or is_person_noun(noun) or noun.endswith(inflected):
        return False  # "jaar oud", "25 jaar ouder", "58 jaar oude"; "58-jarige alleenstaande", "-jarige kapper"
    participle = m.group(1) and PARTICIPLE.fullmatch(noun)  # (after "-jarig" a noun may look like one: "bestaan")
    if participle or not lexicon.is_ordinary(noun) or _adjective(noun, lexicon.words):
        return False  # "12 jaar getrouwd" is read elsewhere, "34 jaar alleenstaand" is who; a name may follow
    after = _WORD_AFTER.match(text, m.end())
    return after is None or not is_person_noun(after.group(1).lower())  # not "58-jarige bouwvakker vader"
