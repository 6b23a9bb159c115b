"""An ordinary word opening a note that is also a name: a name only with a second sign.

A note's first word always has a capital, so the capital is no sign of a name. When that word
is also an ordinary Dutch word ("Merel", "Storm", "Mus", "Kok", "Beer"), deduce's name list is
one sign only; a second one must say a person stands there before it is replaced:

- what follows: an age or a role in brackets, a comma and a person word, "en" with another
  person, a quote, a capital, or a finite verb of what a person does ("Roos belde", "Merel (34)",
  "Storm en zijn broer": :data:`werkbord.privacy.detect._PERSON_AFTER`);
- or what nursing shorthand puts after a name instead of a verb: a word of time, degree or
  negation ("Roos vandaag somber", "Roos weer opgenomen", "Roos niet bereikbaar"), a state a
  person is in ("Roos in de war", "Roos in crisis", "Roos op de afdeling"), a possessive
  ("Roos haar moeder", "Roos d'r zus"), a comma before another name, a pronoun or a role ("Vos,
  Amina - ...", "Eva, ze noemen hem ...", "Fleur, buurvrouw, kookt");
- or the same word elsewhere in the note as a name: inside a sentence with its capital
  ("... en toen belde Roos"); or the note says what someone is called ("heet", "noemen ze
  hem", "bijnaam").

Without a second sign it stays as written ("Merel in de tuin gezien", "Storm in zijn hoofd",
"Kok van de woonvoorziening ziet ...") and the review step shows it (see
:func:`werkbord.privacy.suspects`'s opening names), unless it opens a list of things ("Storm en
regen", "Jasmijn, lavendel en kamille": :func:`listed_with_a_thing`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .ages import NUMBER_WORD, is_person_noun
from .words import SENTENCE_START, is_role

# Nursing shorthand after a name, where a sentence would have a verb: time, degree, negation,
# place of the person, a state ("Roos vandaag somber", "Roos weer thuis", "Roos in de war").
_SHORTHAND_AFTER = re.compile(
    r"\s+(?:"
    r"vandaag|gisteren|gister|vanochtend|vanmiddag|vanavond|vannacht|morgen|overmorgen|eergisteren|"
    r"weer|nog|steeds|nogmaals|opnieuw|erg|zeer|heel|best|wat|niet|nooit|nu|inmiddels|sinds|sindsdien|ook|"
    r"al|wel|zelf|graag|liever|samen|alleen|thuis|terug|vaak|soms|meestal|altijd|net|pas|direct|meteen|"
    r"toch|dus|echter|momenteel|tijdelijk|verder|blijkbaar|kennelijk|volgens|via|"
    r"opgenomen|ontslagen|gebeld|gesproken|gezien\s+door|overgeplaatst|verhuisd|aanwezig|afwezig|"
    r"bereikbaar|onbereikbaar|somber|angstig|boos|rustig|onrustig|verward|suïcidaal|psychotisch|manisch|"
    r"agressief|dronken|moe|blij|verdrietig|gespannen|prikkelbaar|achterdochtig|stabiel|instabiel|"
    r"haar|zijn|z'n|d'r|z’n|d’r|"
    r"in\s+(?:de\s+war|crisis|paniek|de\s+knel|behandeling|therapie|zorg|beeld|opname|gesprek|contact)|"
    r"op\s+(?:de\s+)?(?:afdeling|opname|gesprek|bezoek|controle|spreekuur|intake|de\s+separeer|IC|HIC)|"
    r"naar\s+(?:huis|de\s+(?:huisarts|afdeling|crisisdienst|dagbesteding))|uit\s+(?:huis|beeld|de\s+kliniek)"
    r")\b",
    re.IGNORECASE,
)
# "Vos, Amina - vrouw van pt", "Eva, ze noemen hem ...": a comma, then another name or who they are.
_COMMA_PERSON_AFTER = re.compile(r"\s*,\s*(?:[A-ZÀ-Þ]|(?:ze|zij|hij|die|wiens|wier)\b)")
_COMMA_WORD_AFTER = re.compile(
    r"\s*,\s*(?:(?:de|zijn|haar|onze|mijn)\s+)?([a-zà-ÿ][\w'’-]*)"
)  # "Fleur, buurvrouw, ..."
# The note talks about what someone is called: "Sjaak - zo heet hij niet echt, zo noemen ze hem".
_NAMING = re.compile(
    r"(?i)\b(?:heet|heette)\s+(?:hij|zij|ze)\b|\bnoem\w*\s+(?:(?:ze|we|wij|hij|zij)\s+)?(?:hem|haar|zichzelf)\b"
    r"|\bgenaamd\b|\b(?:bij|roep|schuil)naam\b"
)


def shorthand_person_after(text: str, end: int) -> bool:
    """After a word opening a note, what nursing shorthand puts after a name."""
    if _SHORTHAND_AFTER.match(text, end) or _COMMA_PERSON_AFTER.match(text, end):
        return True
    role = _COMMA_WORD_AFTER.match(text, end)
    return role is not None and is_role(role.group(1).lower())


def named_again_inside(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` stands again inside a sentence, with its capital."""
    word = text[start:end]
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
        if m.start() != start and SENTENCE_START.search(text, 0, m.start()) is None:
            return True
    return False


def second_sign_of_a_person(text: str, start: int, end: int, *, after: int | None = None) -> bool:
    """Besides a name list, something in the note says the word opening it is a person; ``after``:
    look for what nursing shorthand puts after a name there (past a verb any subject takes, "Roos
    is vandaag ...", "Roos had haar ...") rather than right after the word; an age counts there too."""
    if after is not None:  # past the verb only shorthand counts ("Lente begint, hij ..." is no "Roos, hij")
        if _AGE_AFTER_VERB.match(text, after) or _person_in_clause(text, after) or _SHORTHAND_AFTER.match(text, after):
            return True  # "Roos is 34", "Roos is vandaag ...", "Roos is een tweeling met ..."
    elif shorthand_person_after(text, end):
        return True
    return named_again_inside(text, start, end) or bool(_NAMING.search(text))


_CLAUSE = re.compile(r"[^.,;:!?\n]*")
_CLAUSE_WORD = re.compile(r"[^\W\d_]+")


def _person_in_clause(text: str, start: int) -> bool:
    """A person or family word in the rest of the clause from ``start``: "(Roos is) een tweeling
    met ...", "(Roos heeft) een zoon", "(Roos gaat) met haar moeder"; or, after "gaat"/"komt",
    where to ("naar ..."); not "(Tuin is) zijn plek", "(Lente komt) eraan"."""
    clause = _CLAUSE.match(text, start)
    words = [w.lower() for w in _CLAUSE_WORD.findall(clause.group())] if clause else []
    if "naar" in words and _MOVES_BEFORE.search(text, max(0, start - 8), start):
        return True  # "(Roos) gaat elke woensdag naar de dagbesteding": someone goes somewhere
    return any(is_person_noun(w) or is_role(w) for w in words)


_MOVES_BEFORE = re.compile(r"(?:gaat|ging|komt|kwam)$")


# An age after the verb, in digits or in words ("Roos is 34", "Kim is drieëntwintig.", not "is een").
_AGE_AFTER_VERB = re.compile(
    rf"\s*(?:\d{{1,3}}\b|(?:vorige|deze)\s+\w+\s+\d|(?:{NUMBER_WORD})(?:\s+jaar\b|\s*[.,;!)]|\s*$))", re.I
)


# An opening word joined to the next item of a list: "Storm en regen", "Jasmijn, lavendel en ..."; after
# a comma the item must end where the list goes on ("Iris, werknaam KJ, werkt ..." is an apposition).
_LISTED_AFTER = re.compile(
    r"(?:[ \t]+(?:en|of)|[ \t]*&)[ \t]+([a-zà-ÿ]{3,})\b(?![-'’])"
    r"|,[ \t]*([a-zà-ÿ]{3,})(?=[ \t]*,|[ \t]+(?:en|of)\b|[ \t]*&)"
)
# Small words that may follow a name in a list as well as a word ("Roos en haar moeder").
_NOT_LISTED = frozenset(
    """haar zijn hun mijn zijn ons onze jouw uw die dat deze dit wie wat hij zij ze ik jij je wij we
    jullie hem hen zich niet ook nog wel toen dan daarna""".split()
)


def listed_with_a_thing(text: str, end: int, plain: Callable[[str], bool]) -> bool:
    """The word ending at ``end`` opens a list whose next item is an ordinary word in lower case
    that names no person: "Storm en regen", "Jasmijn, lavendel en kamille", "Els en eik". A person
    joins a person ("Roos en haar moeder", "Merel, zus van pt.", "Kees en ik"), and a comma also
    opens an apposition ("Iris, werknaam KJ, werkt ..."), so after a comma the next item is one
    word and the list goes on after it. ``plain`` says whether the next word is an ordinary word
    that is no name of any list."""
    m = _LISTED_AFTER.match(text, end)
    if m is None:
        return False
    nxt = m.group(1) or m.group(2)
    if nxt in _NOT_LISTED or is_person_noun(nxt) or is_role(nxt):
        return False
    return plain(nxt)
