"""Ages in phrasings the rules of :mod:`.ages`, :mod:`.age_frames` and :mod:`.age_cues` leave alone.

Written as classes (issue #22, the fifth round of ages), each on the shape of the words around the
number, never on a list of examples:

- someone by a trade or an activity, an agent noun by its ending, opening a sentence or after an
  article, then an age alone in brackets: "Stratenmaker (48) uit", "een maaltijdbezorger (19)",
  "Kapster (ongeveer 50) belt"; only where the note holds no other bracketed number (a tally on a
  board writes "begeleider (3), huisarts (2)"), and no team role ("Trainer (20) gezocht");
- a baby's age in weeks or months between commas after someone, or "... oud" after a child word or
  a name: "Mila, 5 maanden, drinkt", "de baby is zes weken oud";
- a child's age with an approximation in brackets after a name or a child word: "Jonas (bijna zes)",
  "dochter Ilse (ruim drie)";
- half years in words after someone and a verb of being or "van": "kind van tweeënhalf", "zoon is
  vierenhalf", "leerling is veertienenhalf" (not "tweeënhalf jaar", "tweeënhalf uur");
- the age a birthday brings, in the sentence that says someone has one: "is jarig op 2 mei en
  wordt drie", "Jarig op 4 juni: vijf jaar" (not a team's or a thing's: "De afdeling is jarig");
- English: "boy of ten", "girl of twelve", "aged nine", "is turning twelve next month", "she turned 16"
  (not "the group turned ten").

Every rule returns spans with deduce's tag "leeftijd". Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .ages import NUMBER_WORD, is_child_noun, is_person_noun, number_value
from .found import Found
from .words import ROLE_WORDS

Span = tuple[int, int]

_SMALL_WORD = r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
_APPROX_WORD = r"(?:ca\.?|circa|ong\.?|ongeveer|±|~|rond|bijna|ruim|net|pas|amper|nog\s+geen|zo['’]n)"

# --- a trade, then an age alone in brackets ----------------------------------------------------

# An agent noun by its ending ("-er", "-ster", "-eur", a person in "-laar/-naar/-raar"), or a compound
# on "-vrouw" or "-man" ("poetsvrouw", "vuilnisman"; not "roman"), at least six
# letters ("kamer", "poster", "meter" are shorter), where a sentence opens or after an article.
# Read from the bracket back (most notes have no such bracket): the age, then the word before it.
_AGE_BRACKET = re.compile(rf"\(\s*(?i:{_APPROX_WORD}\s*)?(\d{{2}})\s*\)")
_TRADE_BEFORE = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=\n)|(?i:\b(?:een|de|die|deze)\s+))"
    r"([A-Za-zÀ-ÿ][a-zà-ÿ-]{3,}(?:er|ster|eur|[lnr]aar|vrouw|[a-zà-ÿ]{2}man))\s*$"
)
# Words of those shapes that are things, times or groups, not someone: "Computer (12)", "Oktober (20)".
_NOT_A_TRADE = frozenset(
    """computer september oktober november december kalender register karakter container scooter printer
    theater kilometer centimeter thermometer parameter nummer emmer letter cijfer filter water winter
    zomer kamer poster venster monster klooster hamster exemplaar commentaar materiaal dossier papier
    formulier kwartier manier plezier meter liter kader teller sticker tracker trekker banner flyer
    folder binder marker planner humeur interieur exterieur niveau""".split()
)
_BRACKETED_NUMBER = re.compile(r"\(\s*\d{1,3}\s*\)")


def _trades_in_brackets(text: str) -> Iterator[Found]:
    if len(_BRACKETED_NUMBER.findall(text)) > 1:
        return  # "begeleider (3), huisarts (2)": a tally of votes
    for m in _AGE_BRACKET.finditer(text):
        trade = _TRADE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if trade is None or not 16 <= int(m.group(1)) <= 99:
            continue
        word = trade.group(1).lower()
        if word in _NOT_A_TRADE or word.rsplit("-", 1)[-1] in _NOT_A_TRADE:
            continue
        if word in ROLE_WORDS:
            continue  # "Trainer (20) gezocht": a team's role counts hours or votes
        yield Found(m.start(1), m.end(1), "leeftijd")


# --- a baby's weeks or months ------------------------------------------------------------------

_WEEKS_OR_MONTHS = r"(?:weken|wkn|wk|maanden|mnd|mndn)\.?"
# "Mila, 5 maanden, drinkt": between commas (or before a colon, a full stop, the end) after someone.
_COMMA_MONTHS = re.compile(
    rf"(?i),\s*(\d{{1,2}}|{_SMALL_WORD}|{NUMBER_WORD})\s+{_WEEKS_OR_MONTHS}(?:\s+oud)?(?=\s*(?:[,;:)]|\.(?!\d)|$))"
)
# "de baby is zes weken oud", "dochtertje is negen maanden oud": a verb of being and "oud".
# The span holds the unit: a number word before "weken" alone would be read as a count and dropped.
_MONTHS_OLD = re.compile(
    rf"(?i)\b([^\W\d_]+)\s+(?:is|was|wordt|werd)\s+(?:nu\s+|pas\s+|net\s+|bijna\s+|ruim\s+)?"
    rf"((?:{_SMALL_WORD}|{NUMBER_WORD})\s+(?:weken|maanden))\s+oud\b"
)
# "zoontje (vijf maanden)": a baby's age in words in brackets (in digits: :mod:`.ages`).
_BRACKET_MONTHS = re.compile(rf"(?i)\s*\(\s*((?:{_SMALL_WORD}|{NUMBER_WORD})\s+(?:weken|maanden))\s*\)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
# "Baby 6 weken oud, moeder", "pasgeborene 5 weken;", "baby 7 mnd, moeder 19": a child word, then
# weeks or months right after it where the clause ends (not "baby 6 weken in de couveuse").
_CHILD_THEN_WEEKS = re.compile(
    rf"(?i)\b([^\W\d_]+)\s+(?:(?:ca\.?|ongeveer|bijna|ruim|pas|net|nu)\s+)?(?:(\d{{1,2}})|({_SMALL_WORD}|{NUMBER_WORD}))"
    rf"\s+{_WEEKS_OR_MONTHS}(?:\s+oud)?(?=\s*(?:[,;:)]|\.(?!\d)|$|\s[-–]\s|\s(?:en|maar)\b))"
)


def _someone_ends(text: str, i: int, persons: Sequence[Span]) -> bool:
    """A name found before, or a person or child word, ends right before ``i``."""
    if any(end == i for _, end in persons):
        return True
    m = _WORD_BEFORE.search(text, max(0, i - 40), i)
    return m is not None and (is_person_noun(m.group(1).lower()) or is_child_noun(m.group(1).lower()))


def _babies(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for m in _COMMA_MONTHS.finditer(text):
        if _someone_ends(text, m.start(), persons):
            yield Found(m.start(1), m.end(1), "leeftijd")
    for m in _MONTHS_OLD.finditer(text):
        if is_child_noun(m.group(1).lower()) or _someone_ends(text, m.end(1), persons):
            yield Found(m.start(2), m.end(2), "leeftijd")
    for m in _BRACKET_MONTHS.finditer(text) if "(" in text else ():
        if _someone_ends(text, m.start(), persons):
            yield Found(m.start(1), m.end(1), "leeftijd")
    for m in _CHILD_THEN_WEEKS.finditer(text):
        if is_child_noun(m.group(1).lower()) or m.group(1).lower() in _CHILDREN:
            g = 2 if m.group(2) else 3
            # a number word alone before "weken" reads as a count: the span holds the unit then
            yield Found(m.start(g), m.end(g) if g == 2 else m.end(0), "leeftijd")


# "baby Milan is negen weken", "meisjes zijn nu 4 maanden", "Zoontje tijn (...) is zeven maanden,",
# "de baby was toen elf dagen oud": a verb of being after a child, then weeks or months (days only
# with "oud") where the clause ends; not "is 3 weken opgenomen", "is 4 maanden weg".
_BEING_WEEKS = re.compile(
    r"(?i)\s(?:is|zijn|was|waren|wordt|werd)\s+(?:(?:nu|toen|dan|pas|net|bijna|ruim|inmiddels|al|precies)\s+){0,2}"
    rf"(?:(\d{{1,2}})|((?:{_SMALL_WORD}|{NUMBER_WORD})\s+(?:weken|maanden|dagen(?=\s+oud))))"
    r"(?:\s+(?:weken|wk|maanden|mnd)\.?|\s+dagen(?=\s+oud))?(?:\s+oud)?"
    r"(?=\s*(?:[,;:)!?]|\.(?!\d)|$|\s(?:en|maar|gecorrigeerd|toen|nu)\b))"
)
_DIGITS_UNIT = re.compile(r"\s+(?:weken|wk|maanden|mnd|dagen\s+oud)\b")
# Who stands before the verb: a word, maybe a name after it, maybe a remark in brackets.
_WHO_BEFORE = re.compile(r"([^\W\d_]+)(?:\s+([^\W\d_]+))?\s*(?:\([^()]{0,60}\)\s*)?$")
_CHILDREN = frozenset("meisjes jongens kinderen kindjes baby's babies babys zoontjes dochtertjes".split())
# "gecorrigeerd 6 weken", "nu 7 maanden, gecorrigeerd vijf", "gecorrigeerde leeftijd: twee maanden":
# a corrected age is a premature baby's, always an age (without a unit only after weeks or months).
_CORRECTED = re.compile(
    r"(?i)\bgecorrigeerd(?:e\s+leeftijd)?:?\s+(?:nog\s+|pas\s+|maar\s+|ca\.?\s+)?"
    rf"(?:(\d{{1,2}})|({_SMALL_WORD}|{NUMBER_WORD}))(?![\w-])(\s+(?:weken|wk|maanden|mnd)\b)?"
)
_UNIT_JUST_BEFORE = re.compile(r"(?i)\b(?:weken|wk|maanden|mnd)\.?\s*[,;:(]?\s*$")
# "acht weken, gecorrigeerd twee": the age a corrected one follows.
_BEFORE_CORRECTED = re.compile(
    rf"(?i)(?<![\w.,-])(?:(\d{{1,2}})|((?:{_SMALL_WORD}|{NUMBER_WORD})\s+(?:weken|maanden)))"
    r"(?:\s+(?:weken|wk|maanden|mnd)\.?)?\s*[,;(]?\s*"
    rf"(?=gecorrigeerd\s+(?:nog\s+|pas\s+|maar\s+)?(?:\d|(?:{_SMALL_WORD}|{NUMBER_WORD})(?![\w-])))"
)
# "een stille baby van vijf maanden": a child word, "van" and weeks or months in words.
_CHILD_OF_MONTHS = re.compile(
    rf"(?i)\b([^\W\d_]+)\s+van\s+((?:{_SMALL_WORD}|{NUMBER_WORD})\s+(?:weken|maanden))\b(?!\s+(?:later|geleden))"
)


def _a_child_is(text: str, i: int, persons: Sequence[Span], low: str) -> bool:
    """A child (a child word or twins, a name found, a child word and a name, or "hij"/"zij" in a
    note about a child) stands before the verb at ``i``."""
    m = _WHO_BEFORE.search(text, max(0, i - 100), i)
    if m is None:
        return False
    last = (m.group(2) or m.group(1)).lower()
    ends = {end for _, end in persons}
    if m.end(1) in ends or (m.group(2) and m.end(2) in ends):
        return True
    if is_child_noun(last) or last in _CHILDREN or (m.group(2) and is_child_noun(m.group(1).lower())):
        return True
    return last in {"hij", "zij", "ze", "ie"} and any(s in low for s in ("baby", "zoontje", "dochtertje", "kindje"))


def _baby_ages(text: str, persons: Sequence[Span], low: str) -> Iterator[Found]:
    for m in _BEING_WEEKS.finditer(text):
        if m.group(1) and not _DIGITS_UNIT.match(text, m.end(1)):
            continue
        if _a_child_is(text, m.start(), persons, low):
            g = 1 if m.group(1) else 2
            yield Found(m.start(g), m.end(g), "leeftijd")
    if "gecorrigeerd" in low:
        for m in _CORRECTED.finditer(text):
            if m.group(3) or _UNIT_JUST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                g = 1 if m.group(1) else 2
                yield Found(m.start(g), m.end(3) if m.group(2) and m.group(3) else m.end(g), "leeftijd")
        for m in _BEFORE_CORRECTED.finditer(text):
            g = 1 if m.group(1) else 2
            yield Found(m.start(g), m.end(g), "leeftijd")
    if " van " in low:
        for m in _CHILD_OF_MONTHS.finditer(text):
            if is_child_noun(m.group(1).lower()) or m.group(1).lower() in _CHILDREN:
                yield Found(m.start(2), m.end(2), "leeftijd")


# --- a child's small age with an approximation in brackets -------------------------------------

_APPROX_SMALL_BRACKET = re.compile(rf"(?i)\s*\(\s*{_APPROX_WORD}\s+({_SMALL_WORD}|{NUMBER_WORD})\s*\)")


def _approximate_small(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for m in _APPROX_SMALL_BRACKET.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        named = any(end == m.start() for _, end in persons)
        if named or (before is not None and is_child_noun(before.group(1).lower())):
            yield Found(m.start(1), m.end(1), "leeftijd")


# --- half years in words -----------------------------------------------------------------------

_HALF = (
    r"(?:anderhalf|(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|zestien|zeventien|achttien|negentien)(?:en|ën)half)"
)
_HALF_AGE = re.compile(
    rf"(?i)\b([^\W\d_]+)\s+(?:is|was|wordt|werd|van)\s+(?:nu\s+|pas\s+|net\s+|bijna\s+|ruim\s+|inmiddels\s+)?"
    rf"({_HALF})(?![\w-])(?!\s+(?:jaar|jr|uur|u\b|dag|dagen|week|weken|maand|maanden|keer|kilo|kg|liter|euro|"
    rf"minuut|minuten|procent|meter|km))"
)
_HALF_PRONOUNS = frozenset("hij zij ze".split())


def _half_years(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for m in _HALF_AGE.finditer(text):
        who = m.group(1).lower()
        if who in _HALF_PRONOUNS or is_person_noun(who) or is_child_noun(who) or any(e == m.end(1) for _, e in persons):
            yield Found(m.start(2), m.end(2), "leeftijd")


# --- a birthday --------------------------------------------------------------------------------

# "jarig" as a word ("is jarig", "Jarig op"), not "-jarig" in "40-jarig bestaan".
_BIRTHDAY = re.compile(r"(?i)(?<![\w-])jarig(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")
# After it: "en wordt drie", "wordt dan 60", ": vijf jaar".
_BIRTHDAY_AGE = re.compile(
    rf"(?i)\b(?:wordt|werd)\s+(?:dan\s+|nu\s+|al\s+)?(\d{{1,3}}|{_SMALL_WORD}|{NUMBER_WORD})(?![\w,.]?\d)"
    rf"(?!\s*(?:keer|x\b|%|procent|euro|kilo|kg|uur|min|graden|punten|cm))(?![\w-])"
    rf"|:\s*(\d{{1,3}}|{_SMALL_WORD}|{NUMBER_WORD})\s+(?:jaar|jr)\b"
)


# Who has the birthday: the word before "is jarig", "wordt jarig" ("Team is jarig" is an anniversary).
_SUBJECT_OF_BIRTHDAY = re.compile(r"(?i)([^\W\d_]+)\s+(?:is|was|wordt|werd)\s+(?:\w+\s+)?$")
_PRONOUNS = frozenset("hij zij ze ik jij je".split())


def _birthdays(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for b in _BIRTHDAY.finditer(text):
        subject = _SUBJECT_OF_BIRTHDAY.search(text, max(0, b.start() - 40), b.start())
        if subject and not (
            subject.group(1).lower() in _PRONOUNS
            or is_person_noun(subject.group(1).lower())
            or is_child_noun(subject.group(1).lower())
            or any(e == subject.end(1) for _, e in persons)
        ):
            continue  # "De afdeling is jarig en wordt 25": a team's or a thing's anniversary
        stop = _SENTENCE_END.search(text, b.end())
        end = stop.start() if stop else len(text)
        for m in _BIRTHDAY_AGE.finditer(text, b.end(), end):
            g = 1 if m.group(1) else 2
            value = number_value(m.group(g)) or _SMALL_VALUES.get(m.group(g).lower())
            if value is not None and value <= 110:
                yield Found(m.start(g), m.end(g), "leeftijd")


_SMALL_VALUES = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}

# --- English -----------------------------------------------------------------------------------

_EN_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|\d{1,2})"
)
_ENGLISH_AGE = re.compile(
    rf"(?i)\b(?:(?:boy|girl|son|daughter|child|kid|baby|toddler|teenager|man|woman|lady|gentleman)\s+of|aged|"
    rf"(?:is|was|he|she|who|he's|she's)\s+(?:turning|turns|turned))\s+(?:about\s+|almost\s+|nearly\s+)?"
    rf"({_EN_NUMBER})(?![\w-])"
    r"(?!\s*(?:times|hours|minutes|days|weeks|pages|degrees|percent|%|euros?|kilos?|kg|sessions|people|of\b))"
)
# Cheap gate, on the lower-cased note: an English person word before "of".
_ENGLISH_OF = re.compile(r"(?:boy|girl|son|daughter|child|kid|baby|toddler|teenager|man|woman|lady|gentleman) of ")


def _english(text: str, low: str) -> Iterator[Found]:
    if "aged" not in low and "turn" not in low and (" of " not in low or _ENGLISH_OF.search(low) is None):
        return
    for m in _ENGLISH_AGE.finditer(text):
        yield Found(m.start(1), m.end(1), "leeftijd")


_TWO_DIGITS_CLOSE = re.compile(r"\d\d\s*\)")
# Cheap gates, on the lower-cased note: an approximation word; half years in words.
_APPROX_GATE = re.compile(r"ca|circa|ong|±|~|rond|bijna|ruim|net|pas|amper|geen|zo['’]n")
_HALF_GATE = re.compile(r"(?:en|ën|ander)half")


def phrase_ages(text: str, persons: Sequence[Span] = ()) -> list[Found]:
    """Ages in ``text`` in the phrasings above; ``persons`` are the names already found there."""
    low = text.lower()
    found: list[Found] = []
    if "(" in text:
        if _TWO_DIGITS_CLOSE.search(text):
            found += _trades_in_brackets(text)
        if _APPROX_GATE.search(low):
            found += _approximate_small(text, persons)
    if "maand" in low or "mnd" in low or "wk" in low or "weken" in low:
        found += _babies(text, persons)
    if "maand" in low or "mnd" in low or "wk" in low or "weken" in low or "dagen oud" in low:
        found += _baby_ages(text, persons, low)
    if "half" in low and _HALF_GATE.search(low):
        found += _half_years(text, persons)
    if "jarig" in low:
        found += _birthdays(text, persons)
    found += _english(text, low)
    return list(dict.fromkeys(found))
