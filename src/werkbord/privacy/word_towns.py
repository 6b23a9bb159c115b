"""Towns and villages named with an ordinary word, read where a bare place word stands before them.

deduce knows every Dutch town and village, but leaves out the names that are also words ("Best",
"Beek", "Son", "Made", "Horst", "Sluis") unless a capital and its own context decide, and
:mod:`.lower_places` reads such a word in lower case only where the sentence says someone lives
or comes from ("woont in ens", "uit gouda;"). A note also says "werkt in sluis, belt zelden",
"opa in horst zolang ...", "fietst naar Son om te gamen": a singular common noun after a bare
"in", "uit", "naar", "vanuit" or "richting" takes an article ("in de beek"), so without one the
word names a place, when what follows goes on with the sentence (a comma, "en", "zolang", a verb)
rather than making the word an adjective or part of a fixed phrase ("in best veel gevallen",
"in warm water", "in brand", "in acht genomen").

Not: a plural or an infinitive ("in kampen", "naar huizen": only where someone lives, see
:mod:`.lower_places`), a kind of place written without its article as shorthand does ("in bus",
"in park"), a number, a pronoun, a word opening a note. Pure apart from deduce's town list read
once (:func:`.lexicon.town_names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .lower_names import PARTICIPLE
from .lower_places import ordinary_word, towns_in_lower_case
from .words import NOT_A_NAME_AFTER_ROLE, PERSON_CONTEXT, Lexicon

Span = tuple[int, int]

_TOKEN = re.compile(r"(?<![\w@/.'’-])([A-Za-zà-ÿ][a-zà-ÿ]+)(?![\w@/'’-])")
# A bare place word right before: "in", "uit", "naar", "vanuit", "richting", "station" (no article).
_BARE_PLACE_WORD = re.compile(r"(?<![\w'’-])(in|uit|naar|vanuit|richting|nabij|station|omgeving)[ \t]+\Z")
# What goes on with the sentence after a place: punctuation, the end, an arrow, or a word that
# cannot make the town word an adjective or a fixed phrase's noun.
_END_AFTER = re.compile(r"[ \t]*(?:[,.;:()!?/\]\n]|->|→|\Z)")
_WORD_AFTER = re.compile(r"[ \t]+([a-zà-ÿ]+)")
_GOES_ON = frozenset(
    """en of maar want dus zolang omdat toen sinds sindsdien tot totdat terwijl waar waarna om met bij via
    aan op in naar voor vanaf te terug nu nog al ook was is heeft had hebben wordt werd zijn waren ging gaat
    komt kwam kwamen woont woonde werkt werkte de het een komma punt haar hij zij ze we wij ik die dat daar
    gewoond gewerkt gezien geweest geboren opgegroeid verhuizen wonen werken""".split()
)
# Town words that after a bare "in", "uit" or "naar" are a fixed phrase, a number, a colour, a
# state, a material or a kind of place (shorthand drops the article: "in bus", "naar park").
_NOT_PLACES = frozenset(
    """acht drie honderd brand toom waarde handel orde draai val kwartier oranje blauw warm ziek vrij smal
    raar dun gauw juist heel echt doodstil doorsnee bus park dorp straat winkel winkelstraat plein kamp
    hoek kade dijk hal halte kerkhof klooster tempel fort gasthuis eiland meer veld heide zand hout klei
    tin vilt vlas berg bos bosje dal akker sloot kapel kerkdorp tuindorp noord oost zuid west midden
    noordkant rectum monster look raam kabel spier steeg kraan schans campagne paradijs plantage theetuin
    helling kruis kreek hem bent leg lies eind eindje middel""".split()
)
_VERB_ENDINGS = ("t", "te", "de", "ten", "den", "en", "d")


def _verb(low: str, lexicon: Lexicon) -> bool:
    """A verb form: "rijdt", "verhuizen", "gebeld", "wonen" (not "water", "veel")."""
    if PARTICIPLE.fullmatch(low):
        return True  # a participle: "gewoond", "afgezegd", "verzet"
    return any(low.endswith(e) and lexicon.is_verb_stem(low[: -len(e)]) for e in _VERB_ENDINGS if len(low) > len(e) + 2)


def _goes_on(text: str, end: int, lexicon: Lexicon) -> bool:
    if _END_AFTER.match(text, end):
        return True
    m = _WORD_AFTER.match(text, end)
    return m is not None and (m.group(1) in _GOES_ON or _verb(m.group(1), lexicon))


# After a village opening a note, where it lies or how far it is: "Sluis ligt voor hem aan ...",
# "Beek is 25 km", "Horst is voor haar niet ver" (not "Best is het om ...", "Echt ligt het ...").
LIES_AFTER = re.compile(
    r"[ \t]+(?:ligt[ \t]+(?:(?:voor|naar)[ \t]+\w+[ \t]+)?(?:aan|in|bij|op|naast|tussen|vlak|vlakbij|dichtbij|ver|"
    r"verderop|\d)|is[ \t]+(?:(?:voor|naar)[ \t]+\w+[ \t]+)?(?:(?:niet|te|erg|heel|best|wel)[ \t]+)?"
    r"(?:\d+(?:[.,]\d+)?[ \t]*km|ver\b|dichtbij|vlakbij|dichterbij|de[ \t]+dichtstbijzijnde))"
)
_OPENS = re.compile(r"(?:^|[.!?;:\n]|[-–•*>→]\s)\s*\Z")


def word_towns(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """Towns and villages of deduce's list that are ordinary words, after a bare place word (see
    the module's docstring)."""
    if not lexicon.words:
        return []  # without a word list nothing tells a town from a word
    single = towns_in_lower_case()[0]
    lows = {
        t
        for t in set(_TOKEN.findall(text.lower())) & single
        if not t.endswith("en") and t not in _NOT_PLACES and t not in NOT_A_NAME_AFTER_ROLE
    }
    if not lows:
        return []  # (most notes hold no word that may be such a town)
    hits = {t for t in _TOKEN.findall(text) if t.lower() in lows}
    found = []
    for m in _TOKEN.finditer(text):
        token = m.group(1)
        if token not in hits:
            continue
        low = token.lower()
        s, e = m.span(1)
        if low.endswith("en") or low in _NOT_PLACES or low in NOT_A_NAME_AFTER_ROLE or low in PERSON_CONTEXT:
            continue
        if not ordinary_word(low, lexicon) or any(a < e and s < b for a, b in covered):
            continue  # (a town that is no word is :mod:`.lower_places`' or deduce's)
        before = _BARE_PLACE_WORD.search(text, max(0, s - 12), s)
        if before is None:
            if token[0].isupper() and _OPENS.search(text, max(0, s - 3), s) and LIES_AFTER.match(text, e):
                found.append(Found(s, e, "locatie"))  # "Beek is 25 km", "Sluis ligt aan ..."
            continue
        if token[0].isupper() or _goes_on(text, e, lexicon):
            found.append(Found(s, e, "locatie"))
    return found
