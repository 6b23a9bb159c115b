"""Ages as a number (or a number word) near an age cue, read by the cue rather than by the phrasing.

The rules of :mod:`.ages` and :mod:`.age_frames` read the phrasings they were written on; these
read a few broad cues wherever they stand in a sentence (issue #22, the fourth batch of
``benchmarks/deid_age_shapes.py``):

- a verb that says how old someone is or seems, with the number ending the clause: "oogt 38,",
  "lijkt rond de 60.", "blijkt 46 te zijn", "zegt 47 te zijn", "zou 56 zijn"; a note or a sentence
  without its subject ("Is al 85 en komt ..."); a relative clause ("die net 21 is geworden"); the
  number first ("Vierendertig is ze nu", "Pas 16 was ze", "Zesenvijftig en nog steeds thuis");
- a range of one person's age: "Mw. (tussen 47 en 52)", "vrouw, 54-59 jaar,", "is 70 of 80 en";
- a label that names the age with something else: "lft/geslacht: 68 v", "Gesl/lft: v/68",
  "Lft (jr): 45", "leeftijd in jaren: 45";
- someone by a trade, then the age between commas or after "van": "kapper, 47,", "monteur van 52";
- a possessive after a preposition: "met zijn negenenzestig jaar", "op haar 80 de diagnose",
  "Met 57 jaar voor het eerst opgenomen";
- a child's half years after a person word ("zoontje van 3½", "de jongste (8½ jr)"), and a count
  of people of one age ("de twee 14-jarigen").

The exceptions are the look-alikes in the same positions: a counted noun or a unit after the
number ("oogt 15 kilo lichter", "is 3 keer gebeld", "die 12 weken is"), a duration after "jaar"
("is al 5 jaar clean", "met 4 jaar vertraging"), a thing as the subject ("de score lijkt 12.",
"het traject, dat 7 jaar duurt"), a count of people ("met z'n 3 naar de stad"). What :mod:`.detect`
reads as a duration or a group's range is dropped there as well. Every rule returns spans with
deduce's tag "leeftijd". Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .ages import NUMBER_WORD, is_child_noun, number_value, one_person, specific_person_before, trade_word
from .folded import ODD, Folded
from .found import Found

Span = tuple[int, int]


class _Named:
    """A ``(?i)`` pattern with named groups (which :class:`.folded.Folded` refuses for the capital of
    ``(?P<``), searched the same way: case-sensitively in the lower-cased note (several times faster
    for an alternation of words), each match read again with the pattern as written."""

    __slots__ = ("_lower", "pattern")

    def __init__(self, source: str) -> None:
        body = source.removeprefix("(?i)")
        assert body != source and body.replace("(?P<", "(?p<") == body.replace("(?P<", "(?p<").lower(), source
        self.pattern = re.compile(source)
        self._lower = re.compile(body)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if any(c in ODD for c in text):
            yield from self.pattern.finditer(text)
            return
        for m in self._lower.finditer(text.lower()):
            again = self.pattern.match(text, m.start())
            if again is not None:
                yield again


_NUMBER = rf"(?:\d{{1,3}}|{NUMBER_WORD})"
# Words that round an age or say when: "pas", "ruim", "rond de", "nog maar", "bijna".
_APPROX = (
    r"(?:(?:pas|net|nét|al|nu|inmiddels|intussen|bijna|ruim|ongeveer|ca\.?|circa|zo'n|rond\s+de|ergens\s+rond\s+de|"
    r"nog\s+maar|nog\s+geen|amper|krap|zeker|wel|ook|zelf|eerder|hooguit|minstens|pakweg)\s+)"
)
_UNIT = r"(?:\s*(?:jaar|jr\.?|j\.)(?:\s+oud)?)?"
# Where the clause ends after the age: a mark, the end, or a word that opens the next clause.
_ENDS = r"(?=\s*(?:[,;:!?)\"'”’]|\.(?!\d)|$)|\s+(?:en|maar|dus|want|toen|nu|inmiddels|hoor)\b)"
# A verb that says how old someone seems or is said to be.
_SEEMS = (
    r"oogt|oogde|lijkt|leek|blijkt|bleek|schijnt|scheen|ziet\s+er\s+(?:uit\s+)?als|ziet\s+eruit\s+als|"
    r"oogt\s+als|lijkt\s+wel"
)
_SAYS = r"zegt|zei|beweert|beweerde|geeft\s+aan|gaf\s+aan|denkt|verklaart|verklaarde"
_SEEMS_AGE = _Named(
    rf"(?i)(?:\b(?P<seems>{_SEEMS})|\b(?P<says>{_SAYS})|\b(?P<would>zou|zal|moet))\s+"
    rf"(?:(?:ouder|jonger)\s+dan\s+|ergens\s+)?{_APPROX}{{0,2}}(?P<age>{_NUMBER}){_UNIT}"
    rf"(?P<tail>\s+te\s+zijn|\s+(?:zijn|wezen)\b)?{_ENDS}"
)
# A note or a sentence without its subject: "Is al 85 en", "Werd 63.", "Is net 40 geworden" (not after
# a colon: "Wachtlijst: is 40 en groeit" has its subject before it).
_BARE_VERB_AGE = re.compile(
    rf"(?i)(?:^|[.!?]\s+|\n\s*|[-–•*]\s+)(?:is|was|wordt|werd)\s+{_APPROX}{{0,2}}(?P<age>{_NUMBER})"
    rf"(?:\s+(?:jaar|jr\.?)(?:\s+oud)?)?(?:\s+geworden)?{_ENDS}"
)
# "die 49 is", "die net 65 is geworden", "die volgende week 45 wordt": a relative clause, the verb last.
_WHEN = r"(?:(?:vorige|volgende|komende|deze)\s+(?:week|maand)|(?:vorig|volgend|dit)\s+jaar|binnenkort|straks)\s+"
_RELATIVE_AGE = _Named(
    rf"(?i)\b(?P<rel>die|wie)\s+(?:{_WHEN})?{_APPROX}{{0,2}}(?P<age>{_NUMBER})(?:\s+(?:jaar|jr\.?)(?:\s+oud)?)?\s+"
    r"(?:is|was|wordt|werd|is\s+geworden|geworden\s+is|werd|lijkt|leek)\b"
)
# "Vierendertig is ze nu", "Pas 16 was ze", "45 jaar is hij": the age first, then the verb and a pronoun.
_OPENING = r"(?:^|[.!?;]\s+|\n\s*|[-–•*]\s+)"
_FIRST_PRONOUNS = ("hij", "zij", "ze", "ie", "ik")
_AGE_FIRST = re.compile(
    rf"(?i){_OPENING}{_APPROX}{{0,2}}(?P<age>{_NUMBER})(?:\s+(?:jaar|jr\.?)(?:\s+oud)?)?,?\s+"
    rf"(?:is|was|wordt|werd|ben)\s+(?:{'|'.join(_FIRST_PRONOUNS)})\b"
)
# "Zesenvijftig en nog steeds thuis", "63, en al opa", "Net 16 en al moeder": the age opens the
# sentence and "en nog/al" goes on about the person (a duration needs its unit: "3 jaar en nog steeds";
# from 13 on: "Twee en nog wat" is no age).
_AGE_AND_STILL = re.compile(
    rf"(?i){_OPENING}(?:(?:pas|net|nét|nog\s+maar)\s+)?(?P<age>{_NUMBER})(?:\s+(?:jaar|jr\.?)\s+oud)?,?\s+"
    r"en\s+(?:nog|al|toch|pas)\b"
)
# Cheap gates (substrings of the lower-cased note): a verb of being opening a sentence; a verb of being
# and a pronoun after it.
_BARE_VERBS = ("is ", "was ", "wordt ", "werd ")
_BARE_GATE = tuple(f"{sep}{verb}" for sep in (". ", "! ", "? ", "\n", "- ", "• ", "* ") for verb in _BARE_VERBS)
_FIRST_GATE = tuple(
    f" {verb} {pronoun}" for verb in ("is", "was", "wordt", "werd", "ben") for pronoun in _FIRST_PRONOUNS
)
_SUBJECT = re.compile(r"([^\W\d_]+)\.?\s*,?\s*$")
_PRONOUNS = frozenset("hij zij ze ie ik je jij u men he she".split())


_CAPITALISED = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+")


def _someone_or_no_one(text: str, start: int, persons: Sequence[Span]) -> bool:
    """Right before ``start`` (a verb) stands a person as its subject (a pronoun, a person word, a
    name found before or a capitalised word inside the sentence), or no subject at all (the clause
    opens there: "SEH, oogt 38"); not a thing ("De BMI lijkt 17", "de temperatuur moet 20 zijn")."""
    if any(0 <= start - e <= 3 for _, e in persons):
        return True
    m = _SUBJECT.search(text, max(0, start - 40), start)
    if not m:
        return True  # a mark or the note's opening right before the verb
    if "," in m.group():
        return True  # "man op de SEH, oogt 38": the clause after the comma has no subject of its own
    word = m.group(1)
    low = word.lower()
    if low in _PRONOUNS or one_person(low):
        return True
    before = text[max(0, m.start() - 3) : m.start()]
    inside = bool(before.strip()) and not before.rstrip().endswith((".", "!", "?", ":", "\n"))
    return inside and _CAPITALISED.fullmatch(word) is not None  # "zegt Fenna lijkt 30": a name


def _someone_before(text: str, start: int, persons: Sequence[Span]) -> bool:
    """A person stands right before ``start``, maybe with a comma: "een zus die", "Pt., die", "Fenna, die"."""
    if any(0 <= start - e <= 3 for _, e in persons):
        return True
    m = _SUBJECT.search(text, max(0, start - 40), start)
    return m is not None and (
        one_person(m.group(1).lower())
        or _CAPITALISED.fullmatch(m.group(1)) is not None
        and (m.start() > 0 and not text[: m.start()].rstrip().endswith((".", "!", "?", ":")))
    )


def _plausible(token: str, low: int) -> bool:
    value = number_value(token)
    return value is not None and low <= value <= 110


# Cheap gates (substrings of the lower-cased note): every verb of seeming or saying, every rounding word.
_SEEMS_WORDS = (
    "oog",
    "lijk",
    "leek",
    "blijk",
    "bleek",
    "schijn",
    "scheen",
    "ziet e",
    "zeg",
    "zei",
    "bewe",
    "aan ",
    "denk",
    "verkla",
    "zou ",
    "zal ",
    "moet ",
)
_ROUND_WORDS = (
    "ca",
    "circa",
    "ong",
    "±",
    "+/-",
    "~",
    "plm",
    "pakweg",
    "zo'n",
    "rond de",
    "schat",
    "vermoed",
    "waarsch",
)


def _verbs(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    low = text.lower()
    for m in _SEEMS_AGE.finditer(text) if any(w in low for w in _SEEMS_WORDS) else ():
        if (m.group("says") or m.group("would")) and not m.group("tail"):
            continue  # "zegt zelf 46." is read by :mod:`.age_frames`; "zou 3 keer" is no age
        unit = "jaar" in m.group().lower() or "jr" in m.group().lower()
        if _plausible(m.group("age"), 2 if unit else 12) and _someone_or_no_one(text, m.start(), persons):
            yield Found(m.start("age"), m.end("age"), "leeftijd")
    bare = low.startswith(_BARE_VERBS) or any(g in low for g in _BARE_GATE)
    first = any(g in low for g in _FIRST_GATE)
    for rx, gate, least in ((_BARE_VERB_AGE, bare, 12), (_AGE_FIRST, first, 10)):
        for m in rx.finditer(text) if gate else ():
            if _plausible(m.group("age"), least):
                yield Found(m.start("age"), m.end("age"), "leeftijd")
    for m in _RELATIVE_AGE.finditer(text) if "die " in low or "wie " in low else ():  # "een zus die 65 is"
        if _plausible(m.group("age"), 2) and _someone_before(text, m.start(), persons):
            yield Found(m.start("age"), m.end("age"), "leeftijd")


# "cliente ca 30 of iets ouder", "Pt ca. 75??", "De cliënt ongeveer 62 jaar, somber": a person word,
# an approximation and the number (people round an age, not a count they write down) with no
# counted noun after it ("pt ca. 30 procent beter", "buurman ruim 40 minuten").
_ROUNDS = (
    r"(?:ca\.?|circa|ong\.?|ongeveer|±|\+/-|~|plm\.?|pakweg|zo'n|rond\s+de|naar\s+schatting|geschat|vermoedelijk|"
    r"waarschijnlijk|schat)"
)
_WHO_BEFORE = re.compile(r"([^\W\d_]+)\.?\s*[(,]?\s*$")
_ROUNDED_AGE = _Named(
    rf"(?i)(?<![\w.]){_ROUNDS}\s*(?P<age>\d{{2}}|{NUMBER_WORD})(?:\s*(?:jaar|jr\.?)(?:\s+oud)?)?"
    r"(?=\s*(?:[,;:!?)\"'”’]|\.(?!\d)|$)|\s+(?:of(?!\s+\d)|en(?!\s+\d)|maar|met|uit|die|is|was|zegt|woont|heeft|belt|komt|wil|kan|"
    r"somber|alleen|gescheiden|alleenstaand)\b)"
)
# "was vier toen ze vluchtte", "werd 12 toen": a verb of being, the number and "toen" (the age at an event).
_SMALL_WORDS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_SMALL = rf"(?:{'|'.join(_SMALL_WORDS)})"
_AGE_THEN = re.compile(
    rf"(?i)\b(?:was|werd)\s+(?:pas\s+|net\s+|nog\s+maar\s+|bijna\s+)?(?P<age>\d{{1,2}}|{NUMBER_WORD}|{_SMALL})"
    r"(?:\s+jaar(?:\s+oud)?)?,?\s+toen\b"
)


def _rounded(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    low = text.lower()
    for m in _ROUNDED_AGE.finditer(text) if any(w in low for w in _ROUND_WORDS) else ():  # back from each
        who = _WHO_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if who is None or not _plausible(m.group("age"), 10):
            continue
        named = any(e == who.end(1) for _, e in persons)
        per = text[max(0, who.start() - 4) : who.start()].lower().endswith("per ")  # "tijd per cliënt ca. 45"
        if (named or one_person(who.group(1).lower())) and not per:
            yield Found(m.start("age"), m.end("age"), "leeftijd")
    for m in _AGE_THEN.finditer(text) if "toen" in text.lower() else ():
        if not _someone_or_no_one(text, m.start(), persons):
            continue  # "het was 12 toen hij belde": the time
        if _plausible(m.group("age"), 1) or m.group("age").lower() in _SMALL_WORDS:
            yield Found(m.start("age"), m.end("age"), "leeftijd")


# "(tussen 47 en 52)", ", 54-59 jaar,", "is 70 of 80 en": a range, after a person and a bracket, a
# comma or a verb of being; both ends are the age.
_RANGE = re.compile(
    r"(?i)(?P<cue>\(\s*|,\s*|\b(?:is|was|lijkt|oogt|leek|oogde)\s+)(?:ergens\s+|ongeveer\s+|ca\.?\s*|zo'n\s+)?"
    r"(?:tussen\s+(?:de\s+)?(?P<a>\d{2})\s+en\s+(?P<b>\d{2})|(?P<c>\d{2})\s*(?:[-–/]|\s(?:à|a|of)\s)\s*(?P<d>\d{2}))"
    r"(?:\s*(?:jaar|jr\.?))?(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?:en|maar|oud)\b)"
)


_RANGE_GATE = re.compile(r"\d\d\s*(?:[-–/]|\s(?:à|a|of|en)\s)\s*\d\d")


def _ranges(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for m in _RANGE.finditer(text):
        first, second = ("a", "b") if m.group("a") else ("c", "d")
        low, high = int(m.group(first)), int(m.group(second))
        if not (12 <= low < high <= 110 and high - low <= 15):
            continue
        # one known person ("Cliënten (18-27)" are a group, "jongvolwassene (18-23)" a kind of person)
        s = _SUBJECT.search(text, max(0, m.start() - 40), m.start())
        who = (
            any(0 <= m.start() - e <= 3 for _, e in persons)
            or specific_person_before(text[max(0, m.start() - 60) : m.start()])
            or (s is not None and m.group("cue")[0] not in "(," and s.group(1).lower() in _PRONOUNS)
        )
        if who:
            yield Found(m.start(first), m.end(first), "leeftijd")
            yield Found(m.start(second), m.end(second), "leeftijd")


# "lft/geslacht: 68 v", "Gesl/lft: v/68", "leeftijd/sekse: 93 m", "Lft (jr): 45", "leeftijd in
# jaren: 45", "sekse, lft: m, 45": a label that names the age among one or two other things.
_AGE_LABEL = re.compile(
    r"(?i)\b(?:(?:gesl|geslacht|sekse|m/v|naam)\.?\s*[/,&]\s*)?(?:leeftijd|lft|lftd)\.?"
    r"(?:\s*[/,&]\s*(?:gesl|geslacht|sekse|m/v|geb|woonplaats)\.?|\s*\((?:jr|jaar|jaren|j)\.?\)|\s+in\s+jaren)?"
    r"\s*:\s*(?:[mvMV]\s*[/,]\s*)?(\d{1,3})(?![\d,.:]\d)(?!\s*(?:[-–]\s*\d|%|keer|uur|euro|kg|mg|punten))"
)
_LABEL_GATE = re.compile(r"(?i)l(?:ee)?ft")


def _labels(text: str) -> Iterator[Found]:
    for m in _AGE_LABEL.finditer(text):
        if int(m.group(1)) <= 110:
            yield Found(m.start(1), m.end(1), "leeftijd")


# "met zijn negenenzestig jaar", "op haar 80 de diagnose", "vanaf z'n 16 jaar": a preposition, a
# possessive and the number, then an article, an adverb or a verb, no counted noun ("met zijn 2
# broers", "met haar 12 jaar ervaring"; "na haar 30 jaar bij de gemeente" is how long).
_FUNCTION_AFTER = (
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?:de|het|een|voor|nog|al|pas|toch|is|was|werd|kreeg|"
    r"had|heeft|ging|kwam|begon|stopte|trouwde|verhuisde|vertrok|overleed|moest|wilde|zou)\b)"
)
_POSSESSIVE_AGE = _Named(
    rf"(?i)\b(?:met|op|vanaf|tot)\s+(?:zijn|haar|z'n|d'r|hun)\s+(?:pas\s+|nog\s+maar\s+|al\s+)?"
    rf"(?P<age>{_NUMBER})(?P<unit>\s+(?:jaar|jr\.?))?{_FUNCTION_AFTER}"
)
# "Met 57 jaar voor het eerst opgenomen": at a sentence's opening, "met" and the years, then a verb or an adverb.
_WITH_YEARS = re.compile(
    rf"(?i){_OPENING}met\s+(?P<age>{_NUMBER})\s+(?:jaar|jr\.?)"
    r"(?=\s*,|\s+(?:voor\s+het\s+eerst|nog|al|pas|is|was|werd|kreeg|had|heeft|ging|kwam|begon|stopte|trouwde|"
    r"verhuisde|vertrok|moest|wilde)\b)"
)


_POSSESSIVE_GATE = Folded(r"(?i)\b(?:met|op|vanaf|tot)\s+(?:zijn|haar|z'n|d'r|hun)\s")


def _possessives(text: str) -> Iterator[Found]:
    for m in _POSSESSIVE_AGE.finditer(text) if _POSSESSIVE_GATE.search(text) else ():
        # without "jaar", "met zijn 15" and "met z'n 15" count people: a bare number only after "op", "vanaf", "tot"
        bare_count = not m.group("unit") and m.group().lower().startswith("met")
        if not bare_count and _plausible(m.group("age"), 2 if m.group("unit") else 13):
            yield Found(m.start("age"), m.end("age"), "leeftijd")
    for m in _WITH_YEARS.finditer(text) if "met " in text.lower() else ():
        if _plausible(m.group("age"), 12):
            yield Found(m.start("age"), m.end("age"), "leeftijd")


# "zoontje van 3½", "de jongste (8½ jr)", "is 4 en een half", "dochter (2,5)": a child's half years
# after a person word and "van", "is" or a bracket ("slikt 2,5 mg", "wacht al 2½ jaar" have no cue).
_HALF_AGE = re.compile(
    r"(?i)(?P<cue>\(\s*|\b(?:van|is|was|wordt|werd)\s+(?:pas\s+|net\s+|bijna\s+|ruim\s+|al\s+)?)"
    r"(?P<age>\d{1,2}(?:\s?½|[,.]5)|\d{1,2}\s+en\s+een\s+half)(?:\s*(?:jaar|jr\.?|j\.?)(?:\s+oud)?)?"
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?:en|maar|met|is|wil|kan|zal|[a-zà-ÿ]{3,}t)\b)"
)  # a verb after it ("van 5½ logeert"), no unit ("van 2,5 liter")


def _halves(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for m in _HALF_AGE.finditer(text):  # only children are aged in halves ("de score van pt. is 3,5")
        s = _SUBJECT.search(text, max(0, m.start() - 40), m.start())
        child = s is not None and is_child_noun(s.group(1).lower())
        named = any(0 <= m.start() - e <= 3 for _, e in persons)
        if child or (m.group("cue").startswith("(") and (named or (s is not None and one_person(s.group(1).lower())))):
            yield Found(m.start("age"), m.end("age"), "leeftijd")


# "kapper, 47,", "een monteur van 52", "de boekhouder - 61 -": someone by a trade (:func:`.ages.trade_word`),
# then an age between commas or dashes or after "van" (not in brackets: "(3)" after a word counts votes).
_TRADE_AGE = re.compile(
    rf"(?i)\b(?P<who>[a-zà-ÿ]{{4,}})(?:\s*,\s*(?:ca\.?\s*|circa\s+|ongeveer\s+)?(?P<a>\d{{2}}|{NUMBER_WORD})"
    r"(?:\s+(?:jaar|jr\.?))?\s*,(?!\s*\d)|\s+van\s+(?P<b>\d{2}|"
    rf"{NUMBER_WORD})(?:\s+jaar)?(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?:en|met|die|is|uit|[a-zà-ÿ]{{3,}}t|[a-zà-ÿ]{{0,5}}ge[a-zà-ÿ]{{2,}}(?:d|t|en))\b)"
    r"|\s+[-–]\s+(?P<c>\d{2})\s+[-–]\s)"
)
_NOT_AFTER_VAN = re.compile(r"\s+(?:jaar\s+)?(?:procent|euro|minuten|uren|dagen|weken|maanden|punten|kilometer)\b")


_TRADE_GATE = re.compile(
    rf",\s*(?:ca\.?\s*|circa\s+|ongeveer\s+)?(?:\d\d|{NUMBER_WORD})\b|\svan\s+(?:\d\d|{NUMBER_WORD})\b|\s[-–]\s\d\d\s"
)


def _trades(text: str) -> Iterator[Found]:
    for m in _TRADE_AGE.finditer(text):
        g = "a" if m.group("a") else "b" if m.group("b") else "c"
        if g == "b" and _NOT_AFTER_VAN.match(text, m.end(g)):
            continue
        if trade_word(m.group("who").lower()) and _plausible(m.group(g), 16):
            yield Found(m.start(g), m.end(g), "leeftijd")


# "de twee 14-jarigen", "beide 12-jarigen": a count of people of one age (not a group's threshold:
# "voor 18-jarigen").
_COUNTED_JARIGEN = re.compile(
    rf"(?i)\b(?:twee|drie|vier|beide|allebei|both)\s+(?P<age>\d{{1,2}}|{NUMBER_WORD})\s?-?\s?jarigen\b"
)


_ANY_DIGIT = re.compile(r"\d")
_WORD_STEMS = ("tig", "tien", "elf", "twaalf")


def cue_ages(text: str, persons: Sequence[Span] = ()) -> list[Found]:
    """Ages in ``text`` by the cues above; ``persons`` are the names already found there."""
    digit = _ANY_DIGIT.search(text) is not None
    low = text.lower()
    if not digit and not any(s in low for s in _WORD_STEMS):
        if "toen" in low and any(w in low for w in _SMALL_WORDS):  # "hij was vijf toen"
            return list(dict.fromkeys(_rounded(text, persons)))
        return []
    found = list(_verbs(text, persons))
    found += _rounded(text, persons)
    if _TRADE_GATE.search(low):
        found += _trades(text)
    if " en nog" in low or " en al" in low or " en toch" in low or " en pas" in low:
        found += (
            Found(m.start("age"), m.end("age"), "leeftijd")
            for m in _AGE_AND_STILL.finditer(text)
            if _plausible(m.group("age"), 13)
        )
    if digit:
        if _RANGE_GATE.search(text):
            found += _ranges(text, persons)
        if "½" in text or ",5" in text or ".5" in text or "een half" in low:
            found += _halves(text, persons)
        if _LABEL_GATE.search(text):
            found += _labels(text)
    if "jarigen" in low:
        found += (Found(m.start("age"), m.end("age"), "leeftijd") for m in _COUNTED_JARIGEN.finditer(text))
    if _POSSESSIVE_GATE.search(text) or "met " in low:
        found += _possessives(text)
    return list(dict.fromkeys(found))
