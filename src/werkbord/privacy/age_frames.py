"""Ages in frames the rules of :mod:`.ages` do not read, and numbers in the same frames that are
no one's age.

Written as classes, from made-up notes in a new author's voice (issue #22, the third batch of
``benchmarks/deid_age_shapes.py``), not from a test set's lines:

- a unit other than "jaar": "79 lentes", "68 jaartjes", "44 jaren oud", and the word for years in
  a language a Dutch note borrows: Frisian "85 jier (âld)", German "56 Jahre (alt)", French
  "88 ans", Spanish "años", Portuguese "anos", Papiamento "aña", Polish "lat", Turkish "yaşında",
  English "years of age", "-yr-old";
- a sex sign or a sex letter with a dot beside the number: "72♀", "29 ♂", "m.76", "Casus: 68 m.,";
- an age as an attribute of a person: "de 75 jaar oude buurvrouw", "zijn tachtig jaar oude vader";
- a role and an age in brackets, joined by a dash: "(broer - 10)", "(oma – 81)".

And the look-alikes that stay (read by :mod:`.detect` to drop an age tag): a thing's age or a
length of time before a noun ("een 3 jaar oude auto", "een 7-jarig traject", "de 2-jarige
opleiding"), and an ordinal before a noun it counts ("op zijn 47e afspraak", "haar 3e opname").
Every rule returns spans with deduce's tag "leeftijd". Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .ages import NUMBER_WORD, is_duration, is_person_noun, number_value, person_before, singulars
from .found import Found
from .words import PEOPLES, ROLE_WORDS

Span = tuple[int, int]

_NUMBER = rf"(?:\d{{1,3}}|{NUMBER_WORD})"

# Units that say how old someone is whatever stands around them: no one counts the springs of a
# contract, and "oud", "alt", "âld" say old.
_OLD_UNIT = (
    r"lentes(?:\s+jong)?|jaartjes(?:\s+oud)?|jaren\s+oud|jier\s+âld|jier\s+ald|Jahre\s+alt|years?\s+of\s+age|"
    r"yaşında|yasinda|-?yrs?-old"
)
# Units for years in another language: an age where it stands alone (a comma, a bracket, the end
# of a clause after it), not in "20 Jahre in Deutschland gewohnt".
_FOREIGN_UNIT = r"jier|Jahre|J\.|ans|años|anos|aña|lat|yaş|yas"
_UNIT_TAIL = (
    rf"\s?(?:({_OLD_UNIT})|({_FOREIGN_UNIT}))(?![\w-])"
    r"(?=(\s*(?:[,;:)!?/]|\.(?!\d)|$|[-–]\s|\s(?:en|und|et|y|e|and|maar)\b))?)"
)
_OTHER_UNIT_AGE = re.compile(rf"(?i)(?<![\w.,/-])({_NUMBER}){_UNIT_TAIL}")
_OTHER_UNIT_DIGITS = re.compile(rf"(?i)(?<![\w.,/-])(\d{{1,3}}){_UNIT_TAIL}")  # the same, read from digits only
# Cheap gates (case-sensitive, no alternation at every position): a digit, maybe a space, then
# the first letter of a unit; or a unit that follows a number word.
_UNIT_AFTER_DIGIT = re.compile(r"\d[ -]?[ljaJAyY]")
_WORD_UNITS = ("lentes", "jaartjes", "jaren oud", "jier")


# Before a foreign unit: who it is, a bracket or a comma, or a verb of being ("is 56 Jahre").
_STANDS_ALONE_BEFORE = re.compile(
    r"(?i)(?:[(,:;–-]|\b(?:is|was|wordt|werd|ben|bin|ist|est|es|tiene|tem|ma|hat|has)"
    r"(?:\s+(?:nu|inmiddels|al|pas|bijna|ruim|net|ca\.?))?)\s*$"
)


# Before a number of years that lasts, in Dutch or the language of the unit: "al 20 Jahre",
# "seit 5 Jahren", "depuis 15 ans", "desde hace 3 años", "od 10 lat".
_FOREIGN_LASTS_BEFORE = re.compile(
    r"(?i)\b(?:al|sinds|na|voor|over|nog|ruim|seit|vor|depuis|pendant|desde|durante|hace|há|od|przez|since|for)\s*$"
)


def _lasts(text: str, m: re.Match[str], before: str) -> bool:
    if m.group(2):  # "30 jaartjes": read as "jaar" is
        return is_duration(text, m.start(1), m.end(1))
    return _FOREIGN_LASTS_BEFORE.search(before) is not None


def _other_units(text: str, persons: Sequence[Span], words: bool = True) -> Iterator[Found]:
    for m in (_OTHER_UNIT_AGE if words else _OTHER_UNIT_DIGITS).finditer(text):
        value = number_value(m.group(1))
        before = text[max(0, m.start() - 30) : m.start()]
        being = _STANDS_ALONE_BEFORE.search(before)  # "is inmiddels 80 anos": how old, not how long
        if value is None or value > 110 or (not being and _lasts(text, m, before)):
            continue
        if m.group(2):  # "79 lentes", "44 jaren oud": old, whatever stands before it
            yield Found(m.start(1), m.end(1), "leeftijd")
            continue
        if m.group(4) is not None or (being and person_before(text, m.start(), persons)):
            yield Found(m.start(1), m.end(1), "leeftijd")  # "vrouw, 85 jier,", "(53 Jahre)", "Pt. 76 anos,"


# "72♀", "29 ♂": a sex sign after the number; "m.76", "V.45": a sex letter with a dot, glued.
_SIGN_AFTER = re.compile(r"(?<![\w.,])(\d{2})\s?[♀♂]")
_DOTTED_SEX = re.compile(r"(?<![\w.])[mvMV]\.(\d{2})(?![\w.,]?\d)")
# "Casus: 68 m.,", "19 m. uit de wijk": a number and a sex letter with a dot where a line or a
# list item opens (not "loopt 50 m. verder": metres follow a verb).
_OPENING_AGE_SEX = re.compile(
    r"(?:^|\n|[:;(]\s*|^\W{0,3})(\d{2})\s?[mvMV]\.(?=\s*[,;)]|\s+[a-zà-ÿ]|\s*$)", re.MULTILINE
)


_DOTTED_GATE = re.compile(r"[mvMV]\.\d|\d ?[mvMV]\.")


def _sex_signs(text: str) -> Iterator[Found]:
    if "♀" in text or "♂" in text:
        yield from (Found(m.start(1), m.end(1), "leeftijd") for m in _SIGN_AFTER.finditer(text))
    if _DOTTED_GATE.search(text):
        yield from (Found(m.start(1), m.end(1), "leeftijd") for m in _DOTTED_SEX.finditer(text))
        yield from (Found(m.start(1), m.end(1), "leeftijd") for m in _OPENING_AGE_SEX.finditer(text))


# "de 75 jaar oude buurvrouw", "zijn tachtig jaar oude vader", "een 40 jr. oude man": the number,
# "jaar oud(e)" and the noun it describes; a person's age, a thing's age is no one's.
_YEARS_OLD_NOUN = re.compile(rf"(?i)(?<![\w.,])({_NUMBER})\s?(?:jaar|jr\.?|j\.)\s+oud(e?)\s+([^\W\d_]+)")
# "een 7-jarig traject", "de 2-jarige opleiding", "het 10-jarig bestaan": "-jarig" before a noun.
_JARIG_NOUN = re.compile(r"(?i)\s?-?\s?jarige?\s+([^\W\d_]+)")


def _person_word(word: str) -> bool:
    low = word.lower()
    return (
        is_person_noun(low)
        or low in ROLE_WORDS
        or low in PEOPLES  # "een 30 jaar oude syriër"
        or low.endswith(("man", "vrouw", "moeder", "vader", "broer", "zus"))
    )


def _attributes(text: str) -> Iterator[Found]:
    for m in _YEARS_OLD_NOUN.finditer(text):
        value = number_value(m.group(1))
        if value is not None and value <= 110 and _person_word(m.group(3)):
            yield Found(m.start(1), m.end(1), "leeftijd")


# Nouns a "-jarig(e)" or an "N jaar oude" may describe that are things which last or have an age:
# the counted periods of a plan, a contract or a training, a vehicle, a building, a diagnosis.
_THING_ENDINGS = (
    "ing",
    "komst",
    "heid",
    "schap",
    "traject",
    "contract",
    "project",
    "programma",
    "plan",
    "bestaan",
    "jubileum",
    "opleiding",
    "periode",
    "termijn",
    "auto",
    "fiets",
    "huis",
    "woning",
    "gebouw",
    "diagnose",
    "studie",
    "cursus",
    "relatie",
    "huwelijk",
    "verband",
    "dienst",
    "garantie",
    "looptijd",
    "onderzoek",
    "brief",
    "foto",
    "laptop",
    "telefoon",
)


# Words after "de 12-jarige" that are no noun: it stands alone as a person ("de 12-jarige en haar moeder").
_NO_NOUN = frozenset("en of die dat uit met in op bij van voor naar is was heeft had maar zelf ook nog".split())


def _a_thing_that_lasts(word: str, after_old: bool = False) -> bool:
    """``word`` after "-jarig(e)" or "jaar oude" names a thing, no person: a noun that lasts
    ("traject", "opleiding", "huurovereenkomst"), or after "oude" (which a noun always follows) any
    word that is no person ("scooter"); never "leeftijd" ("op 19-jarige leeftijd" is an age)."""
    low = word.lower()
    if word[:1].isupper() and not word.isupper():
        return False  # "de 12-jarige Sanne": a name
    forms = singulars(low)  # "twee 6-jarige opleidingen", "de 2-jarige trajecten": plurals of things too
    if any(_person_word(f) or f.endswith("ling") for f in forms):
        return False
    if low in _NO_NOUN:
        return False  # "is 61 jaar oud en", "de 12-jarige en haar moeder"
    if low.startswith(("leeftijd", "levens")):
        return False  # "op 19-jarige leeftijd": a person's age
    # after "oude" a noun follows, and what is no person is a thing ("een 4 jaar oude scooter")
    return any(f.endswith(_THING_ENDINGS) for f in forms) or after_old


def person_attribute(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]`` is a person's age as an attribute: "de 75 jaar oude
    buurvrouw" (what comes before, "de", says nothing of a duration here)."""
    m = _YEARS_OLD_NOUN.match(text, start)
    return m is not None and m.end(1) == end and _person_word(m.group(3))


def thing_age(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]`` read as an age is the age or the length of a thing:
    "een 3 jaar oude auto", "een 7-jarig traject", "de 2-jarige opleiding" (not "de 75 jaar
    oude buurvrouw", "een 8-jarig meisje", "de 12-jarige woont")."""
    if m := _JARIG_NOUN.match(text, end):
        return _a_thing_that_lasts(m.group(1))
    m = _YEARS_OLD_NOUN.match(text, start)
    # "oude" is inflected before its noun; "is 30 jaar oud volgens ..." ends a clause
    return m is not None and m.end(1) == end and _a_thing_that_lasts(m.group(3), after_old=bool(m.group(2)))


# "op zijn 47e afspraak", "haar 3e opname", "zijn 12de sessie": an ordinal, then the noun it counts.
_ORDINAL_NOUN = re.compile(r"(?i)(e|de|ste)?\s+([a-zà-ÿ]{3,})")
_COUNTED = (
    "afspraak",
    "sessie",
    "opname",
    "keer",
    "poging",
    "gesprek",
    "behandeling",
    "week",
    "dag",
    "maand",
    "les",
    "bijeenkomst",
    "ronde",
    "kind",
    "baan",
    "zwangerschap",
    "plaats",
    "rij",
    "verdieping",
    "etage",
    "huis",
    "woning",
    "kuur",
    "therapie",
    "melding",
    "contact",
    "bezoek",
    "dienst",
    "nacht",
    "editie",
)


def counted_ordinal(text: str, start: int, end: int) -> bool:
    """An ordinal ending at ``end`` ("zijn 47" of "zijn 47e afspraak") counts the noun after it,
    no one's age: "op zijn 47e afspraak", "haar 3e opname" (not "sinds zijn 14e blowt hij",
    "op haar 16e verjaardag" (a birthday is an age))."""
    m = _ORDINAL_NOUN.match(text, end)
    if m is None or not (m.group(1) or text[start:end].lower().endswith(("de", "ste"))):
        return False  # "zijn 47 afspraken" is no ordinal; "zijn twaalfde sessie" is one in words
    noun = m.group(2).lower()
    if noun.startswith(("verjaardag", "levens", "geboorte")):
        return False  # "zijn 68e verjaardag", "in haar 14e levensjaar": an age
    return noun.endswith(_COUNTED) or noun[:-1].endswith(_COUNTED) or noun[:-2].endswith(_COUNTED)


# "(broer - 10)", "(oma – 81)", "(zus - ca. 40 jr)": a role, a dash and an age in brackets.
_ROLE_DASH_AGE = re.compile(
    r"(?i)\(\s*([^\W\d_]+)\s+[-–]\s+(?:ca\.?\s*|±\s*|~\s*)?(\d{1,3})\s*(?:jaar|jr\.?|j\.?)?\s*\)"
)


def _role_dash(text: str) -> Iterator[Found]:
    for m in _ROLE_DASH_AGE.finditer(text):
        if int(m.group(2)) <= 110 and _person_word(m.group(1)):
            yield Found(m.start(2), m.end(2), "leeftijd")


# Frisian number words, for a dorpswerker who writes Frisian ("sy is fyftich", "hy is
# fiifensechstich jier", "omke fan santjin"): the tens end in "-tich", the teens in "-tjin".
_FRISIAN_NUMBER = (
    r"(?:(?:ien|twa|trije|fjouwer|fiif|seis|sân|san|acht|njoggen)en)?"
    r"(?:tweintich|tritich|fjirtich|fyftich|sechstich|santich|tachtich|njoggentich)"
    r"|(?:tret|fjir|fyf|sechs|san|sân|acht|njoggen)tjin"
)
# "hy is fyftich", "sy wie achttjin", "mem is 82 jier", "pake fan fjouwerennjoggentich": a Frisian
# verb of being or "fan" (of), then the age; or a Frisian number word before "jier".
_FRISIAN_AGE = re.compile(
    rf"(?i)\b(?:is|wie|wurdt|waard|fan)\s+(?:al\s+|no\s+|krekt\s+|hast\s+|sawat\s+)?({_FRISIAN_NUMBER})\b"
    rf"(?=\s*(?:[,;:.!?)]|$|jier\b|\s(?:en|mar)\b))"
    rf"|\b({_FRISIAN_NUMBER})\s+jier\b"
)
_FRISIAN_GATE = re.compile(r"(?i)tich|tjin")


def _frisian(text: str) -> Iterator[Found]:
    for m in _FRISIAN_AGE.finditer(text):
        g = 1 if m.group(1) else 2
        yield Found(m.start(g), m.end(g), "leeftijd")


# "(N en M)", "(N, M en K)": several ages in brackets after people who are named or called by a
# person word, not only after a plural family word: "Broertje en zusje Mulder (9 en 12)", "Sem en
# Noor (4 en 7)", "de tweeling van de buren (6 en 6)".
_BRACKET_LIST = re.compile(r"\(\s*(\d{1,2}(?:\s*(?:,|en|&)\s*\d{1,2})+)\s*(?:jaar|jr\.?|j\.?)?\s*\)")
_TWO_NAMES_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’-]+\s+(?:en|&)\s+[A-ZÀ-Þ][\w'’-]+\s*$")
_PERSON_WORD_NEAR = re.compile(r"(?i)([^\W\d_]+)\s+(?:[\w'’-]+\s+){0,2}$")


def _bracket_lists(text: str) -> Iterator[Found]:
    for m in _BRACKET_LIST.finditer(text):
        before = text[max(0, m.start() - 50) : m.start()]
        words = re.findall(r"[^\W\d_]+", before)[-4:]
        if _TWO_NAMES_BEFORE.search(before) or any(_person_word(w) for w in words):
            yield from (
                Found(m.start(1) + n.start(), m.start(1) + n.end(), "leeftijd") for n in re.finditer(r"\d+", m.group(1))
            )


# "broertje dieu-merci (11)", "Pt. zelf (23)", "zus van Kees (8)": a person word, a word or two
# (a name the rules did not know, "zelf"), then a bare age in brackets.
_BARE_BRACKET_AGE = re.compile(r"\(\s*(?:ca\.?\s*|±\s*)?(\d{1,2})\s*(?:jaar|jr\.?|j\.?)?\s*\)")
_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+(?:van\s+)?[\w'’-]+\s*$")
# "die ouder is (31)", "de jongste (7)", "jonger dan zij (40)": a word of age, then the number in brackets.
_OLDER_BRACKET = re.compile(r"(?i)\b(?:ouder|jonger|oudste|jongste)(?:\s+[\w'’]+){0,2}\s*\(\s*(\d{1,2})\s*\)")


def _near_brackets(text: str) -> Iterator[Found]:
    for m in _BARE_BRACKET_AGE.finditer(text):  # read from each bracket back, not from every word
        w = _TWO_WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if w and is_person_noun(w.group(1).lower()):
            yield Found(m.start(1), m.end(1), "leeftijd")
    low = text.lower()
    if "ouder" in low or "jonger" in low or "oudste" in low or "jongste" in low:
        yield from (Found(m.start(1), m.end(1), "leeftijd") for m in _OLDER_BRACKET.finditer(text))


# "vrouw, zegt zelf 46.", "schat zichzelf 50", "in werkelijkheid 43", "volgens zijn papieren 91":
# someone's own or official word on how old they are, a bare number that ends the clause.
# An official source of an age: a paper, a register or an office in capitals ("volgens IND 21",
# "volgens het paspoort 34", "in de BRP 58").
_SOURCE = r"(?:papieren|paspoort|id-kaart|identiteitskaart|geboorteakte|dossier|registratie|(?-i:[A-Z]{2,5}))"
_SAID_AGE = re.compile(
    r"(?i)\b(?:(?:zegt|zei|schat|noemt|denkt|beweert|geeft\s+op)\s+(?:zelf\s+|zichzelf\s+|hij\s+|ze\s+|zij\s+)?"
    rf"|in\s+werkelijkheid\s+|officieel\s+|op\s+papier\s+|(?P<source>(?:volgens|in|op)\s+(?:zijn\s+|haar\s+|de\s+|het\s+)?"
    rf"{_SOURCE}\s+(?:zeggen\s+|zegt\s+|staat\s+)?)|papieren\s+(?:zeggen\s+)?)"
    r"[\"'“‘]?(?:ca\.?\s*|rond\s+de\s+|ongeveer\s+|bijna\s+|ruim\s+|pas\s+)?(?P<age>\d{2})(?![\d,.:]\d)"
    r"(?=\s*(?:[,;!?)\"'”’]|\.(?!\d)|$|\s(?:en|maar|jaar)\b))"
)


# "pt (m) is ca. 50 en", "cliënt (v) was toen 19": a sex in brackets, a verb of being and the age.
_SEX_BRACKET_IS = re.compile(
    rf"(?i)\(\s*[mv]\s*\)\s+(?:is|was|wordt|werd)\s+(?:nu\s+|al\s+|pas\s+|toen\s+)?"
    rf"(?:ca\.?\s*|circa\s+|ongeveer\s+|ruim\s+|bijna\s+|rond\s+de\s+)?({_NUMBER})"
    r"(?=\s*(?:[,;:)!?]|\.(?!\d)|$|\s(?:en|maar|jaar|jr)\b))"
)
# "Chhay, 'de kleine' (...), acht jaar, slaapt": an age with its unit between commas, some words
# after someone named or called by a person word (a duration between commas after a thing stays:
# "Schulden, 3 jaar, WSNP").
_COMMA_YEARS = re.compile(
    rf"(?i),\s*({_NUMBER}|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+(?:jaar|jr\.?)(?:\s+oud)?\s*,"
)


def _comma_years(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for m in _COMMA_YEARS.finditer(text):
        value = number_value(m.group(1)) or _SMALL_VALUES.get(m.group(1).lower())
        if not value or value > 110 or is_duration(text, m.start(1), m.end(1)):
            continue
        named = any(0 <= m.start() - e <= 80 and "." not in text[e : m.start()] for _, e in persons)
        # or the item before the comma is a person word, alone or with a name: "Zoon, 12 jaar,", "dochter Amy,"
        words = re.findall(r"[^\W\d_]+", re.split(r"[,.;:()\n]", text[max(0, m.start() - 60) : m.start()])[-1])
        if named or (0 < len(words) <= 2 and is_person_noun(words[0].lower())):
            yield Found(m.start(1), m.end(1), "leeftijd")


_SMALL_VALUES = {
    w: i for i, w in enumerate(("", "", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")) if w
}


# "toen ze 9 was", "als hij achttien wordt", "sinds ze 12 jaar is", "toen ie net 15 jaar oud was":
# a clause that puts its verb of being last, with the age right before it (a count has its noun
# there: "toen ze 3 weken opgenomen was", "toen hij 2 jaar clean was").
_CLAUSE_AGE = re.compile(
    rf"(?i)\b(?:toen|als|sinds|tot|nadat|voordat|zodra|omdat|terwijl|dat)\s+(?:hij|zij|ze|ie|ik|je|jij|pt\.?|cl\.?)\s+"
    rf"(?:(?:pas|net|nog|maar|al|bijna|ongeveer|ca\.?|ruim|amper|zelf)\s+){{0,3}}"
    rf"(\d{{1,2}}|{NUMBER_WORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:\s+(?:jaar|jr\.?)(?:\s+oud)?)?\s+"
    rf"(?:was|is|werd|wordt|ben|word|waren|zijn|werden|worden|geworden\s+(?:is|was))\b"
)
# Where such a clause opens (read on the lower-cased note; the rule is matched from each opening only).
_CLAUSE_OPENING = re.compile(
    r"(?:toen|als|sinds|tot|nadat|voordat|zodra|omdat|terwijl|dat) (?:hij|zij|ze|ie|ik|je|jij|pt|cl)\b"
)


_SAID_WORDS = (
    "zegt",
    "zei",
    "schat",
    "noemt",
    "denkt",
    "beweert",
    "geeft op",
    "werkelijkheid",
    "officieel",
    "papier",
    "volgens ",
)
_NUMBER_WORD_STEMS = ("tig", "tien", "elf", "twaalf", "tich", "tjin")


def frame_ages(text: str, persons: Sequence[Span] = ()) -> list[Found]:
    """Ages in ``text`` in the frames above; ``persons`` are the names already found there."""
    digit = _ANY_DIGIT.search(text) is not None
    low = text.lower()
    words = any(w in low for w in _NUMBER_WORD_STEMS)
    found: list[Found] = []
    number = digit or words or any(w in low for w in _SMALL_WORDS)
    for opening in _CLAUSE_OPENING.finditer(low) if number else ():  # small numbers too: "toen ze negen was"
        if m := _CLAUSE_AGE.match(text, opening.start()):
            found.append(Found(m.start(1), m.end(1), "leeftijd"))
    if ("jaar," in low or "jr," in low or "jr.," in low or "oud," in low) and ", " in text:
        found += _comma_years(text, persons)
    if "(m)" in low or "(v)" in low:
        found += (Found(m.start(1), m.end(1), "leeftijd") for m in _SEX_BRACKET_IS.finditer(text))
    if not digit and not words:
        return found
    if words and any(u in low for u in _WORD_UNITS):
        found += _other_units(text, persons)  # "drieënzeventig jaren oud", digits too
    elif digit and _UNIT_AFTER_DIGIT.search(text):
        found += _other_units(text, persons, words=False)
    if words and ("tich" in low or "tjin" in low):
        found += _frisian(text)
    if words and "oud" in low:
        found += _attributes(text)  # "zijn zesenzeventig jaar oude stiefvader"
    if not digit:
        return found
    found += _sex_signs(text)
    if not words and "oud" in low:
        found += _attributes(text)
    if "(" in text:
        found += _role_dash(text)
        found += _bracket_lists(text)
        found += _near_brackets(text)
    if any(w in low for w in _SAID_WORDS):
        about_age = any(w in low for w in _AGE_CONTEXT)
        for m in _SAID_AGE.finditer(text):
            if about_age or not m.group("source"):  # "Score volgens PHQ 18." is a score
                found.append(Found(m.start("age"), m.end("age"), "leeftijd"))
    return found


_ANY_DIGIT = re.compile(r"\d")
# Words that say a note is about someone's age, for a number after an official source.
_AGE_CONTEXT = ("leeftijd", "jaar", "jarig", "zeggen", "zegt", "geboren", "geb.", " oud")
_SMALL_WORDS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
