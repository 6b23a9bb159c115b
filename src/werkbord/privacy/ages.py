"""Ages deduce 3 misses on sticky notes, and durations it reads as ages.

An age identifies together with a sex and a town, and sticky notes write it in every form:

- in brackets or glued to a unit: "mevr. Jansen (54)", "(m, 54)", "zoon (8)", "12jr", "m/54";
- beside a person: "Mevrouw Yilmaz, 58,", "man van 58", "zoon is 17", "vrouw 45 -";
- in words: "vierenvijftig jaar", "van zevenenveertig", "(negenentwintig)", "zeventienjarige";
- approximately: "ca. 60", "(ongeveer 75)", "rond de vijftig", "een jaar of zeventien",
  "halverwege de veertig", "eind dertig", "veertiger".

A number beside "jaar" is often a duration, not an age: "al 7 jr stabiel", "2 jaar achter
elkaar", "werkt 30 jaar bij de gemeente". :func:`is_duration` tells them apart by the words
around it; :mod:`.detect` drops deduce's own age tags that it calls durations.

Every rule returns spans with deduce's tag "leeftijd" (a year of birth: "datum"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .age_tables import table_ages
from .family import (
    CHILDREN,
    FAMILY_PLURALS,
    FAMILY_WITH_AN_AGE,
    GRANDCHILDREN,
    GRANDPARENTS,
    IN_LAWS,
    PARENTS,
    SIBLINGS,
    UNCLES_AUNTS_COUSINS,
    alternation,
)
from .folded import Folded
from .found import Found
from .words import PEOPLES, PERSON_CONTEXT, ROLE_WORDS

Span = tuple[int, int]

# --- numbers, in digits or in words ------------------------------------------------------------

_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
_TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
# "vierenvijftig", "drieëntachtig", "dertig", "zeventien": 10 to 99 in words (the small ones
# say too little, and "twee jaar" is nearly always a duration).
_NUMBER_WORD = rf"(?:(?:{'|'.join(_UNITS)})(?:en|ën))?(?:{'|'.join(_TENS)})|(?:{'|'.join(_TEENS)})"
# "vier-en-dertig", "twee-en-twintig": written with hyphens (read only where the text has "-en-").
_HYPHEN_NUMBER = rf"(?:{'|'.join(_UNITS)})-(?:en|ën)-(?:{'|'.join(_TENS)})"
# English, in a note that mixes: "Amir, twenty-four,", "(nineteen)", "she is twenty".
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_TEENS = {
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_NUMBER_WORD = rf"(?:{'|'.join(_EN_TENS)})(?:-(?:{'|'.join(_EN_UNITS)}))?|(?:{'|'.join(_EN_TEENS)})"
_NUMBER = rf"(?:\d{{1,3}}|{_NUMBER_WORD})"
# Also in English: only where a person's age stands on its own (brackets, commas, dashes, "is").
_ANY_NUMBER = rf"(?:\d{{1,3}}|{_NUMBER_WORD}|{_EN_NUMBER_WORD})"
# Small numbers, an age only beside a child: "zoontje van vier".
_SMALL = r"(?:één|twee|drie|vier|vijf|zes|zeven|acht|negen|anderhalf)"
_COMPOUND = re.compile(rf"^(?:({'|'.join(_UNITS)})(?:en|ën))?({'|'.join(_TENS)})$")


def number_value(token: str) -> int | None:
    """The value of a number in digits or in Dutch words ("54", "vierenvijftig"), else None."""
    low = token.lower()
    if low.isdigit():
        return int(low)
    if low in _TEENS:
        return _TEENS[low]
    m = _COMPOUND.match(low.replace("-", "") if "-en-" in low or "-ën-" in low else low)  # "vier-en-dertig"
    if m:
        return _TENS[m.group(2)] + (_UNITS[m.group(1)] if m.group(1) else 0)
    if low in _EN_TEENS:
        return _EN_TEENS[low]
    tens, _, unit = low.partition("-")
    if tens in _EN_TENS and (not unit or unit in _EN_UNITS):
        return _EN_TENS[tens] + _EN_UNITS.get(unit, 0)
    return None


def _plausible(token: str, low: int = 0) -> bool:
    value = number_value(token)
    return value is not None and low <= value <= 110


# --- context words -----------------------------------------------------------------------------

# Words for a person that an age may follow: "Zoon (8)", "Opa (82)", "man van 58".
PERSON_NOUNS = FAMILY_WITH_AN_AGE | frozenset(
    """patiënt patient cliënt client jongen meisje baby puber tiener dhr mevr mw meneer mevrouw
    casus cliënte patiënte jongeman jongedame
    student studente leerling weduwe weduwnaar pt pte cl heer dame jongvolwassene
    volwassene adolescent oudere bejaarde hoogbejaarde senior zuigeling peuter kleuter knul
    meid joch jochie vent kerel persoon madam madame gast gozer knaap jong wicht deern veteraan tweeling
    vluchteling statushouder asielzoeker nieuwkomer dakloze zwerver alleenstaande gepensioneerde
    arbeidsmigrant migrant expat gedetineerde ex-gedetineerde verslaafde schipper visser boer
    boerin cliente patiente uncle aunt mother father brother sister wife husband grandmother
    grandfather grandma grandpa neighbour neighbor woman lady gentleman guy friend cousin nephew niece
    grandson granddaughter boyfriend girlfriend""".split()
)
# Children, whose age may be small and written as a word: "zoontje van vier", "de jongste is drie".
_CHILD_NOUNS = frozenset(
    """zoon dochter kind baby peuter kleuter meisje jongen jongste kleine tweeling kleinzoon
    kleindochter kleinkind zuigeling joch jochie broertje zusje middelste oudste son daughter child kid
    boy girl grandson granddaughter grandchild pasgeborene neonaat""".split()
)
# A diminutive of a person word: "dochtertje", "zoontje", "neefje", "mannetje", "kindje".
_DIMINUTIVE = re.compile(r"(?:je|ke)$")
# Nouns for children by their place among siblings: "de kleine van 6", "de oudste (14)".
_SIBLING_NOUNS = frozenset("kleine jongste oudste middelste".split())
# A person by what they do or where they live: "werkneemster (47)", "medebewoner (70)".
# And who someone is to the writer of a note, not a team role: "huurder (67)", "medewerker van 58",
# "vrachtwagenchauffeur van 52", "de overledene (92)", "schuldenaar, 38".
_PERSON_ENDING = re.compile(
    r"(?:neemster|nemer|bewoner|bewoonster|genoot|genote|werkster|werker|chauffeur|huurder|huurster|aanvrager|"
    r"aanvraagster|deelnemer|bezoeker|eigenaar|ondernemer|scholier|student|stagiair|overledene|"
    r"verdachte|aangever|aangeefster|slachtoffer|dader|betrokkene|melder|klant|zzp'er|gerechtigde|zoekende|"
    r"schuldenaar|vreemdeling|moslim|moslima)$"
)


# A person by a trade, by the shape of the word (no list of trades is complete): an agent noun on a
# verb whose stem doubles its consonant ("kapper", "lasser", "bakker": kappen, lassen, bakken) or
# ends in a diphthong and d ("boekhouder", "vrachtrijder", "leider"), a French ending ("monteur",
# "masseur", "kassière", "coiffeuse"), "-bode", "-vrouw", or "-man" after a stem of
# three letters or more ("timmerman", "zakenman"; not "roman").
_TRADE_ENDING = re.compile(
    r"(?:(?:pp|ss|kk|ll|tt)er|(?:ij|ou|ei|ui)der|[a-zà-ÿ]{4}eur|euse|(?<!carr)(?<!barr)(?<!riv)(?<!man)ière|bode|"
    r"vrouw|[a-zà-ÿ]{3}man)$"
)
# Words of those shapes that are things or adjectives: "nummer (12)", "lekker, 20", "de wekker".
_NO_TRADE = frozenset(
    """nummer emmer letter bitter lekker wakker dapper dikker wekker stekker klapper kikker kotter fitter
    natter vetter slimmer dommer platter witter zatter jammer kommer sukkel zomer kamer ouder breder
    humeur interieur exterieur niveau teller sticker tracker trekker spinner""".split()
)


def trade_word(word: str) -> bool:
    """``word`` (lower case) names someone by a trade, by its shape (see ``_TRADE_ENDING``), and is no
    team role ("verpleegkundige (3)" on a board counts votes): read only where an age stands between
    commas or after "van" (:mod:`.age_cues`), never before a bare number in brackets."""
    return _TRADE_ENDING.search(word) is not None and word not in _NO_TRADE and word not in ROLE_WORDS


# Family words made with a prefix: "pleegdochter", "stiefzoon", "schoonmoeder", "achterkleinzoon".
_FAMILY_PREFIX = re.compile(r"^(?:pleeg|stief|schoon|achter|groot|over|half|tweeling)")


def is_person_noun(word: str) -> bool:
    """``word`` (lower case) names a person an age may follow: a person or family word, not a
    profession ("huisarts (4)" on a board counts votes; "werkgever" is a firm), also as a
    diminutive ("dochtertje", "zoontje")."""
    return (
        word in PERSON_NOUNS
        or word in PERSON_CONTEXT
        or word in _SIBLING_NOUNS
        or (word in ROLE_WORDS and _FAMILY_PREFIX.match(word) is not None)
        or _PERSON_ENDING.search(word) is not None
        or _diminutive_of(word) is not None
    )


def _diminutive_of(word: str) -> str | None:
    """The person word a diminutive is made of ("zoontje" -> "zoon", "mannetje" -> "man")."""
    if len(word) < 5 or word[-1] != "e" or not _DIMINUTIVE.search(word):
        return None
    for suffix in ("etje", "pje", "tje", "je", "ke"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if suffix == "etje" and len(stem) > 2 and stem[-1] == stem[-2]:
                stem = stem[:-1]  # "mannetje" -> "man"
            if stem in PERSON_NOUNS or stem in PERSON_CONTEXT:
                return stem
    return None


def is_child_noun(word: str) -> bool:
    """``word`` names a child, whose age may be a small number ("zoontje van vier", "pleegdochter")."""
    if word in _CHILD_NOUNS or _diminutive_of(word) in _CHILD_NOUNS | {"man", "meid", "vent", "knul"}:
        return True
    m = _CHILD_PREFIX.match(word)
    return m is not None and word[m.end() :] in _CHILD_NOUNS


# "pleegdochter", "stiefzoon", "achterkleinkind": a child word with a family prefix.
_CHILD_PREFIX = re.compile(r"(?:pleeg|stief|achter|adoptie)")


_SEX_OR_PERSON = PERSON_NOUNS | {"m", "v", "f"}
PLURAL_PERSON_NOUNS = frozenset(
    "kinderen kids zonen zoons dochters kleinkinderen broers zussen tweeling jongens meisjes".split()
)
# "3-jarige opleiding" is a duration, not an age.
DURATION_NOUNS = frozenset(
    """opleiding studie contract traject behandeling relatie huwelijk periode termijn project
    programma cursus garantie looptijd dienstverband jubileum bestaan samenwerking""".split()
)
# Words before "N jaar" that make it a duration: "al 7 jr", "werkt 30 jaar", "na 15 jaar".
# deduce's own list (al, sinds, na, ...) plus verbs of staying and doing, and words of a demand or
# a mean ("vraagt 3 jaar", "gemiddeld 5 jaar").
_DURATION_BEFORE = frozenset(
    """al co controle de elke gedurende na nog ongeveer over policontrole sinds up vanaf voor
    binnen afgelopen laatste eerste komende ruim bijna zo'n circa ca meer minder dan tot per om
    werkt werkte werken woont woonde wonen zit zat zitten wacht wachtte wachten duurt duurde
    heeft had hebben zat blijft bleef staat stond loopt liep getrouwd samen lang zeker
    geleden jaren maanden weken dagen daarvoor daarna destijds toen ooit inmiddels totaal in
    kreeg krijgt kregen krijgen gekregen wel
    vraagt gemiddeld""".split()
)
# Words after "N jaar" that make it a duration: "2 jaar achter elkaar", "30 jaar bij de gemeente".
_DURATION_AFTER = frozenset(
    """achter lang geleden later eerder terug daarna ervoor nadien in bij op aan voor na
    getrouwd gewerkt gewoond gezeten gewacht geweest gebruikt gestopt gestaakt gerookt
    gedronken geblowd stabiel clean droog abstinent onderweg werkloos dakloos opgenomen alleen
    samen zonder met de het een ambulant thuis weg vast vastgezeten gedetineerd aanwezig
    naar nodig durende lopende aaneen dagelijks wekelijks maandelijks elke iedere
    voorwaardelijk onvoorwaardelijk cel celstraf gevangenisstraf detentie jeugddetentie tbs
    taakstraf rijontzegging huisarrest geen niet nooit nauwelijks amper vertraging ervaring
    werkervaring studievertraging wachttijd overleden ziek gezond depressief somber psychotisch manisch
    suïcidaal nuchter sober actief arbeidsongeschikt duurt duurde duren bestaat bestond
    geldig""".split()
)
_WORD_AFTER_UNIT = re.compile(r"(?i)\s*(?:jaar|jaren|jr\.?|j\.?)\s+(?:oud\b)?\s*([^\W\d_]+)")


def _previous_word(text: str, i: int) -> str:
    m = re.search(r"([^\W\d_][\w']*)\W*$", text[max(0, i - 40) : i])
    return m.group(1).lower() if m else ""


def _next_word(text: str, i: int) -> str:
    m = re.match(r"\W*([^\W\d_]+)", text[i : i + 40])
    return m.group(1).lower() if m else ""


_ADVERBS = frozenset("nu inmiddels ook alweer pas".split())
_PLURAL_VERBS_OF_AGE = frozenset("worden werden heten lijken leken".split())  # ("zijn" is too short)
# A comparison or a verb of lengthening before: "> 1 jaar", "≥ 2 jaar", "langer dan 3 jaar",
# "verlengt de subsidie met 2 jaar", "met een jaar uitgesteld".
_LONGER_BEFORE = re.compile(
    r"(?i)(?:[<>≥≤]\s*|\b(?:langer|korter)\s+dan\s+|\b(?:verleng|verkort|verlaag|verhoog)\w*\s+(?:\w+\s+){0,3}met\s+)$"
)
_OWN_ADJECTIVES = frozenset("eigen relevante ruime brede praktische klinische".split())
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# A verb in the present after which "nu 6 jaar" is how long it goes on: "studeert", "rookt", "sport".
_PRESENT_VERB = re.compile(r"[^\W\d_]{3,}(?:eert|t)")
_VERBS_OF_AGE = frozenset("wordt werd heet wilt".split())
# A scheme in capitals ("WSNP", "CGT") or a noun of a state or a habit ("gokverslaving",
# "opleiding", "abstinentie"), then the number: how long it lasts, no one's age.
_WORD_COMMA_BEFORE = re.compile(r"([^\W\d_]+),?\s+$")
_LASTING = ("ing", "heid", "schap", "isme", "traject", "therapie", "abstinentie")
_WORD_BEFORE_ADVERB = re.compile(r"([^\W\d_]+)\s+[^\W\d_]+\s+$")
_SHORT_WORDS = frozenset("de in op na voor over tot om per".split())  # "in nu 4 jaar" is no verb


def _what_lasts(text: str, start: int) -> bool:
    m = _WORD_COMMA_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    low = word.lower()
    if is_person_noun(low) or low in ROLE_WORDS or low.endswith("ling"):
        return False  # "leerling, 14 jaar", "pt 45 jaar"
    if "," in m.group():
        # "Gokverslaving, 12 jaar." opens a note about the habit; "man met alcoholverslaving, 52 jaar" is an age
        before = text[max(0, m.start() - 3) : m.start()]
        if before.strip(" \t-•*") and not before.rstrip().endswith((".", "\n", ":")):
            return False
    return (word.isupper() and 3 <= len(word) <= 6 and "," not in m.group()) or (
        len(low) > 5 and low.endswith(_LASTING)
    )


# Words after "N jaar" that say little: after a person ("vrouw 34 jr. met ...") it is an age.
_WEAK_AFTER = frozenset("met de het een zonder thuis geen niet nooit nauwelijks amper".split())
_PREPOSITIONS_AFTER = frozenset("in bij op aan voor na naar samen".split())
# "is zo'n 85 jaar", "werd ruim 70 jaar": a verb of being, an approximation, then the number.
_COPULA_APPROX = re.compile(
    r"(?i)\b(?:is|was|wordt|werd)\s+(?:al\s+|nu\s+|inmiddels\s+)?(?:ruim|bijna|zo'n|circa|ca\.?|ongeveer|wel|"
    r"pakweg|rond|nog\s+geen)\s*$"
)
_SUBJECT_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
_PRONOUNS = frozenset("hij zij ze die dat wie zelf".split())


def _a_thing(low: str) -> bool:
    """A noun in lower case that names no person ("wachtlijst", "traject"; not "oma", "hij", nor a
    compound on a person word: "overbuurman", "achterbuurvrouw")."""
    if low in _PRONOUNS or low in PERSON_NOUNS or low in ROLE_WORDS or is_person_noun(low):
        return False
    return not any(low[k:] in PERSON_NOUNS or low[k:] in PERSON_CONTEXT for k in range(2, len(low) - 2))


_VAN_BEFORE = re.compile(r"([^\W\d_]+)\s+van\s+(?:\w+\s+)?$")
# "24 jaar oud", "vijftig jr. oud": old, so an age whatever stands before it.
_OLD_AFTER = re.compile(r"(?i)\s*(?:jaar|jr\.?|j\.?)\s+oud\b")
# "is inmiddels 57 jr en", "is nu 39j.": a verb of being and "now", then the number.
_COPULA_NOW = re.compile(r"(?i)\b(?:is|was)\s+(?:nu|inmiddels|intussen)\s*$")
# Words after which "is nu 57 jaar" ends its clause, so the number is how old someone is, not how
# long they have been something ("is nu 3 jaar weduwe").
_CLAUSE_ENDS = frozenset({"", "en", "maar", "dus", "want", "toen", "of", "nu", "oud"})
# A participle after the unit says how long: "8j gescheiden", "4 jaar verhuisd", "3 jr overleden",
# "2 jaar opgenomen"; not "50 jaar geworden".
_PARTICIPLE = re.compile(
    r"(?:(?:op|af|uit|in|aan|weg|mee|terug|over|door|onder|vast|thuis)?ge[a-zà-ÿ]{3,}|(?:be|ver|ont|her)[a-zà-ÿ]{3,})"
    r"(?:d|t|en)"
)


def _lasting(after: str) -> bool:
    """The word after "N jaar" says how long something lasts ("clean", "rookvrij", "gescheiden")."""
    return (
        after in _DURATION_AFTER
        or (after.endswith("vrij") and len(after) > 6)
        or (after != "geworden" and _PARTICIPLE.fullmatch(after) is not None)
    )


# "met zijn 69 jaar", "op haar 80 jaar", "Met 57 jaar" opening a sentence: a preposition and a
# possessive (or "met" first) before the years say how old (read with an article or an adverb after
# "jaar"; "na haar 30 jaar bij de gemeente" and "met 4 jaar vertraging" stay durations).
_AGE_PREPOSITION_BEFORE = re.compile(
    r"(?i)(?:\b(?:met|op|vanaf|tot)\s+(?:zijn|haar|z'n|d'r|hun)\s+(?:pas\s+|nog\s+maar\s+|al\s+)?"
    r"|(?:^|[.!?]\s+|\n\s*)met\s+)$"
)
_ARTICLES_AND_ADVERBS = frozenset("de het een voor nog al pas toch".split())


def _age_of_a_person(text: str, start: int, end: int, previous: str) -> bool:
    """The number before "jaar" follows a person, so it is an age whatever the word that follows
    says, unless that word clearly counts years ("clean", "geleden", "opgenomen"):
    "vrouw 34 jr. met paniekklachten", "meisje van 12 jaar met angsten", "opa is zo'n 85 jaar en"."""
    if _OLD_AFTER.match(text, end):
        return True  # "24 jaar oud"
    m = _WORD_AFTER_UNIT.match(text, end)
    after = m.group(1).lower() if m and "oud" not in m.group(0).lower() else ""
    if (after not in _WEAK_AFTER | _PREPOSITIONS_AFTER and _lasting(after)) or after.endswith("vrij"):
        return False
    before = text[max(0, start - 60) : start]
    p = _AGE_PREPOSITION_BEFORE.search(before)
    if p and (after in _CLAUSE_ENDS or after in _ARTICLES_AND_ADVERBS):
        # "Met 4 jaar nog op de wachtlijst" opens with how long: without a possessive, from 16 on
        if "zijn" in p.group().lower() or "haar" in p.group().lower() or (number_value(text[start:end]) or 0) >= 16:
            return True  # "met zijn 69 jaar de oudste", "Met 57 jaar voor het eerst opgenomen" (:mod:`.age_cues`)
    a = _APPROX_RIGHT_AFTER_PERSON.search(before)
    if a and not after and one_person(a.group(1).lower()) and (number_value(text[start:end]) or 0) >= 16:
        return True  # "De cliënt ongeveer 62 jaar, somber" (not "gedetineerde ca. 3 jaar.": how long)
    if (a := _APPROX_AFTER_PERSON.search(before)) and is_person_noun(a.group(1).lower()):
        return True  # "Schoonmoeder (ongeveer 77 jaar)", "jongeman, circa 23 jr.": rounded, after a person
    if _COPULA_NOW.search(before) and after in _CLAUSE_ENDS:
        # "Pt. is inmiddels 24 jr en ...", "opa is nu 96 jaar."; not "de wachtlijst is nu 2 jaar"
        subject = _SUBJECT_BEFORE.search(before, 0, _COPULA_NOW.search(before).start())
        return not (subject is not None and subject.group(1).islower() and _a_thing(subject.group(1).lower()))
    if m := _COPULA_APPROX.search(before):
        # "de wachtlijst is wel 6 jaar", "de wachttijd is ruim 2 jaar": a thing lasts, no one's age
        subject = _SUBJECT_BEFORE.search(before, 0, m.start())
        thing = subject is not None and subject.group(1).islower() and _a_thing(subject.group(1))
        return after not in _DURATION_AFTER and not thing
    if previous == "van" and (v := _VAN_BEFORE.search(before)):
        return is_person_noun(v.group(1).lower())
    return previous in PERSON_NOUNS and after not in _PREPOSITIONS_AFTER


# A limit before the number: "daarna max 2 jaar", "indicatie maximaal 3 jaar". After a person, "van"
# or a verb of being it is an age ("jongen van max 16 jaar", "dochter is minimaal 18 jaar").
_LIMIT_BEFORE = re.compile(r"(?i)\b([^\W\d_]+)[ \t]+(?:max|maximaal|minimaal)\.?[ \t]+$")
_NO_THING_BEFORE_LIMIT = frozenset("van is was wordt werd lijkt zijn waren worden schat geschat ca ongeveer".split())


def _limit_of_a_thing(text: str, start: int) -> bool:
    m = _LIMIT_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    low = m.group(1).lower()
    return low not in _NO_THING_BEFORE_LIMIT and low not in ROLE_WORDS and _a_thing(low)


def is_duration(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]``, followed by "jaar"/"jr", counts years of something.

    "al 7 jr stabiel", "2 jaar achter elkaar", "werkt 30 jaar bij de gemeente", "is 40 jaar
    vrachtwagenchauffeur geweest"; not "is 81 jaar en woont", "man van 58 jaar", "(54 jaar)",
    "meisje van 12 jaar met" or "opa is zo'n 85 jaar".
    """
    previous = _previous_word(text, start)
    if _age_of_a_person(text, start, end, previous):
        return False
    if _COPULA_NOW.search(text, max(0, start - 24), start):
        return True  # "is nu 3 jaar weduwe", "de wachtlijst is nu 2 jaar": how long, no one's age
    if previous in _DURATION_BEFORE or _limit_of_a_thing(text, start):
        return True
    if _LONGER_BEFORE.search(text, max(0, start - 48), start):
        return True  # "> 1 jaar", "langer dan 2 jaar", "verlengt de subsidie met 2 jaar"
    if previous in _ADVERBS:  # "loopt nu 4 jaar", "woont inmiddels 3 jaar": the verb before it
        m = _WORD_BEFORE_ADVERB.search(text, max(0, start - 40), start)
        verb = m.group(1).lower() if m else ""
        if verb in _DURATION_BEFORE and verb not in _SHORT_WORDS:
            return True
        if _PRESENT_VERB.fullmatch(verb) and verb not in _VERBS_OF_AGE:
            return True  # "studeert nu 6 jaar", "rookt inmiddels 20 jaar"; not "wordt nu 6 jaar"
        if verb.endswith("en") and len(verb) > 5 and verb not in _PLURAL_VERBS_OF_AGE:
            return True  # "(wij) draaien nu 6 jaar mee", "werken inmiddels 3 jaar samen"; not "zijn nu 6 jaar"
    if _what_lasts(text, start):
        return True  # "WSNP 3 jaar", "Gokverslaving, 12 jaar": how long a scheme or an addiction runs
    m = _WORD_AFTER_UNIT.match(text, end)
    if not m or "oud" in m.group(0).lower():
        return False
    after = m.group(1).lower()
    if _lasting(after):
        return True  # "3 jaar rookvrij", "2 jaar drugsvrij", "8j gescheiden"
    if (
        previous in {"was", "is"}
        and _held_post(after)
        and (previous == "was" or (number_value(text[start:end]) or 0) < 50)
    ):
        return True  # "was 30 jaar vrachtwagenchauffeur", "is 5 jaar mantelzorger", "was 12 jaar lid van"
    if after in _OWN_ADJECTIVES and (n := _WORD_AFTER.match(text, m.end(1))) and n.group(1).lower() in _DURATION_AFTER:
        return True  # "11 jaar eigen ervaring", "3 jaar relevante werkervaring"
    # "40 jaar vrachtwagenchauffeur geweest": a noun, then a participle at the clause's end.
    rest = text[m.end(1) : m.end(1) + 40]
    return bool(re.match(r"\s+(?:geweest|gewerkt|gedaan|gebleven|gewoond)\b", rest))


# Posts held for years, right after "was/is N jaar": "lid", "voorzitter"; a trade or a role ("lasser",
# "mantelzorger"), not kin ("is 80 jaar weduwe" may be a hurried age).
_POSTS = frozenset("lid voorzitter penningmeester secretaris eigenaar".split())


def _held_post(word: str) -> bool:
    if word in _POSTS or trade_word(word):
        return True
    return word in ROLE_WORDS and word not in PERSON_NOUNS and not _FAMILY_PREFIX.match(word)


# "Ouderen 75+", "alle 18+", "SNAQ 65+", "18+ groep", "40+ deelnemers": an age threshold of a group
# or of a test, no one's age ("mw. 80+", "vrouw (70+)" stay ages).
_GROUP_BEFORE_PLUS = re.compile(
    r"(?i)(?:\b(?:ouderen|jongeren|volwassenen|kinderen|mensen|cli[eë]nten|pati[eë]nten|deelnemers|"
    r"vrouwen|mannen|senioren|bewoners|alle|iedereen|groep|doelgroep|populatie|voor|vanaf|gemiddelde\s+leeftijd)|"
    r"(?-i:\b[A-Z]{2,6}))\s*:?\s*$"
)
_GROUP_AFTER_PLUS = re.compile(
    r"(?i)\+\s*(?:-?ers\b|(?:groep|doelgroep|deelnemers|populatie|cli[eë]nten|pati[eë]nten|mensen|bevolking|"
    r"ouderen|jongeren|vrouwen|mannen|bewoners|leeftijd|leeftijden|categorie|[a-zà-ÿ]*leden)\b)"
)


# "de 55+ soos", "een 50+ woning", "het 65plus-koor": an article, the threshold, then a thing it is
# for; "een 60+ vrouw" is a person's age.
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:de|het|een|die|deze|onze|hun)\s*$")
_THING_AFTER_PLUS = re.compile(r"(?i)\s?(?:\+|plus)\s*-?\s*([a-zà-ÿ]{3,})")


_PLUS_WORD = re.compile(r"(?i)\s?-?plus")


def _plural_people(word: str) -> bool:
    """``word`` (lower case) is a plural of a person word: "studenten", "bewoners", "mannen"."""
    if word in PLURAL_PERSON_NOUNS or (len(word) >= 8 and word.endswith("ers")):
        return True  # "vrijwilligers", "mantelzorgers": people by what they do
    stems = [word[:-2], word[:-3]] if word.endswith("en") else [word[:-1]] if word.endswith("s") else []
    return any(len(s) > 2 and is_person_noun(s) for s in stems)


# Titles and the words that make a person word point at one known person ("Mw.", "de buurman",
# "zijn moeder"), where a bare or an indefinite person word is a kind of person ("jongvolwassene
# (18-23)", "een gedetineerde tussen de 18 en 23"): a range after the first is someone's age.
_TITLES = frozenset("mw mevr mevrouw dhr meneer heer pt pte cl cliënt cliënte patiënt patiënte".split())
_DETERMINERS = frozenset("de die deze dat zijn haar z'n d'r hun mijn onze jouw uw".split())
_PERSON_WORD_BACK = re.compile(r"(?:([^\W\d_][\w']*)\s+)?([^\W\d_]+)\.?\s*[(,]?\s*$")


def specific_person_before(before: str) -> bool:
    """``before`` ends with one known person: a title, or a person word after an article or a
    possessive ("Mw. (", "de buurman ", "zijn moeder,"), not a kind of person ("jongvolwassene (")."""
    m = _PERSON_WORD_BACK.search(before[-60:])
    if m is None:
        return False
    word, det = m.group(2).lower(), (m.group(1) or "").lower()
    return word in _TITLES or (det in _DETERMINERS and one_person(word))


def one_person(word: str) -> bool:
    """``word`` (lower case) names one person, not a plural of people: "mw", "jongen", "overbuurman"
    (a compound on a person word), not "cliënten", "bewoners"."""
    if word in PERSON_NOUNS:
        return True  # "jongen" is no plural of "jong"
    if _plural_people(word):
        return False
    return is_person_noun(word) or any(word[k:] in PERSON_NOUNS for k in range(2, len(word) - 2))


def group_threshold(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]``, with a "+", is the age threshold of a group or a test."""
    plus = text[end : end + 1] == "+" or text[end : end + 2] == " +"
    if not plus and not _PLUS_WORD.match(text, end):
        return False
    previous = _previous_word(text, start)
    if previous == "van":  # "veel mannen van 50+"
        previous = _previous_word(text, text.rindex("van", max(0, start - 12), start))
    if _plural_people(previous):
        return True  # "Studenten 65-plus", "bewoners 80+", "vrouwen van 60+": the ages of a group
    if (t := _THING_AFTER_PLUS.match(text, end)) and _ARTICLE_BEFORE.search(text, max(0, start - 8), start):
        if not is_person_noun(t.group(1).lower()) and t.group(1).lower() not in ("er", "ers", "ser", "sers"):
            return True  # "de 55+ soos", "het 65plus-koor"
    if not plus:
        return False
    return bool(_GROUP_AFTER_PLUS.match(text, end) or _GROUP_BEFORE_PLUS.search(text, max(0, start - 24), start))


def person_before(text: str, i: int, persons: Sequence[Span]) -> bool:
    """A person annotation or a person noun ends right before position ``i``."""
    if any(0 <= i - end <= 3 and not text[end:i].strip(" ,:.") for _, end in persons):
        return True
    m = re.search(r"(\w+)\.?\s*$", text[max(0, i - 30) : i])
    return m is not None and is_person_noun(m.group(1).lower())


_SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze", "he", "she"})
# Subjects that count, not someone whose birthday it is: "het aantal werd vorige week 58".
_COUNTING_SUBJECTS = frozenset("aantal totaal teller score wachtlijst stand groep team er het dat dit".split())


def _named(m: re.Match[str], persons: Sequence[Span], group: int = 1) -> bool:
    """The word of ``group`` is a name found before (a person's span ends with it)."""
    end = m.end(group)
    return any(e == end for _, e in persons)


def someone(m: re.Match[str], persons: Sequence[Span], group: int = 1) -> bool:
    """The word of ``group`` is a person: a pronoun, a person, family or role word ("mantelzorger",
    "schoonmoeder", "Dhr."), or a name found before ("Fatma"); not a thing ("de wachtlijst")."""
    who = m.group(group).lower()
    return who in _SUBJECT_PRONOUNS or is_person_noun(who) or who in ROLE_WORDS or _named(m, persons, group)


def _tag(m: re.Match[str], group: int = 1) -> Found:
    return Found(m.start(group), m.end(group), "leeftijd")


# --- the rules, each a generator of found ages ---------------------------------------------------

# "(54)", "(54 jaar)", "(54 jr.)", "(m, 54)", "(54, v)", "(v/29)", "(zoon, 19)", "(ongeveer 75)",
# "(negenentwintig)". Only the number becomes the tag, as deduce does with "54 jaar". A unit, a
# sex or a person word inside the brackets make it an age for sure; a bare "(3)" is an age only
# right after a person.
_APPROX = (
    r"(?:(?:ca\.?|circa|ong\.?|ongeveer|±|\+/-|plm\.?|pakweg|zo'n|rond|bijna|ruim|net|nét|pas|amper|"
    r"nauwelijks|krap|nog\s+geen|al\s+bijna|tegen\s+de|rond\s+de|around|about|approx\.?|anfang|mitte|ende|~|"
    r"geschat|naar\s+schatting|vermoedelijk|waarschijnlijk|schatting)\s*)"
)
_BRACKET_AGE = re.compile(
    rf"(?i)\(\s*(?:([^\W\d_]+)\.?\s*[,/;]\s*)?(?:al\s+)?{_APPROX}?({_ANY_NUMBER})\s*(jaar|jr\.?|j\.?|yrs?\.?)?\s*"
    rf"(?:[,/;]\s*([^\W\d_]+)\.?\s*)?[!?]*\)"
)
# "Schoonmoeder (ongeveer 77 jaar)", "jongeman, circa 23 jr.": a person, a bracket or a comma, an
# approximation, then the number (read by :func:`_age_of_a_person`); without the bracket or the comma
# ("De cliënt ongeveer 62 jaar, somber") only one person and a clause that ends after "jaar" ("cliënten
# ongeveer 2 jaar in zorg", "pt ruim 3 jaar in behandeling" say how long).
_APPROX_AFTER_PERSON = re.compile(rf"(?i)([^\W\d_]+)\.?\s*[(,]\s*(?:al\s+)?{_APPROX}$")
_APPROX_RIGHT_AFTER_PERSON = re.compile(rf"(?i)([^\W\d_]+)\.?\s+{_APPROX}$")
# "Kinderen (3 en 5)", "kids (2, 4 en 7)": several ages after a plural person word.
_BRACKET_AGES = Folded(
    r"(?i)\b(?:kinderen|kids|zonen|dochters|kleinkinderen|broers|zussen|tweeling|meiden|meisjes|jongens|"
    r"kleintjes|kinders|jongetjes|meisjes)(?:\s+[\w.]+){0,3}?\s*"
    r"\(\s*(\d{1,2}(?:\s*(?:,|en|&|/)\s*\d{1,2})+)\s*(?:jaar|jr\.?)?\s*\)"
)


_AGE_ADJECTIVE = re.compile(
    r"(?i)\b(?:jong|jonge|oud|oude|bejaard|bejaarde|hoogbejaard|leeftijd|lft|minderjarig|meerderjarig)\.?\s*$"
)


# "(6 wkn)", "(4 mnd)": a baby's age in weeks or months; "kindje Mila is 4 maanden".
_BABY_AGE = re.compile(
    r"(?i)\(\s*(\d{1,2})\s*(?:wkn|weken|wk|mnd|maanden|mndn)\.?\s*\)|\bis\s+(\d{1,2})\s+(?:weken|maanden)\s+(?:oud\b)?"
)
# "(Curaçaose roots, 23)", "(assigned female at birth, 17)": a description, then the age last.
_DESCRIBED_AGE = re.compile(rf"\(\s*[^()\d]{{2,40}}?,\s*(?:{_APPROX}|(?:schat|geschat)\s*)?(\d{{2}})\s*\)")
# "cl (v) 22 uit", "pt (m), 34,": a sex in brackets, then the age.
_BRACKET_SEX_AGE = re.compile(r"(?i)\(\s*[mv]\s*\)\s*,?\s*(\d{2})(?![\w.,]?\d)(?!\s*(?:%|keer|x\b|uur|euro|kg|mg))")
# "mw. vd meer (62)", "dhr. de Boer-Jansen (77)": a title and up to three words, then an age.
_TITLE_WORDS_AGE = re.compile(
    r"(?i)\b(?:mw|mevr|mevrouw|dhr|meneer|heer)\.?\s+(?:[\w'’-]+\.?\s+){1,3}\(\s*(\d{1,3})\s*\)"
)
# "meisje (zes)": a small number in words in brackets after a child.
# "(her grandson, four)", "(kleindochter, drie)": a child word, a comma and a small age in brackets.
_BRACKET_CHILD_SMALL = re.compile(
    rf"(?i)\(\s*(?:[^()]{{0,30}}?[\s'’])?([a-zëé]+)\s*,\s*({_SMALL}|one|two|three|four|five|six|seven|eight|nine|ten|"
    rf"eleven|twelve)\s*\)"
)
_BRACKET_SMALL = re.compile(
    rf"(?i)\b([a-zëé]+)\s+(?:[A-ZÀ-Þ][\w'-]*\s+)?\(\s*({_SMALL}|one|two|three|four|five|six|seven|eight|nine|ten|"
    rf"eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s*\)"
)


def _a_child_before(text: str, i: int) -> bool:
    return is_child_noun(_previous_word(text, i)) or is_child_noun(_second_word_back(text, i))


_NAME_BEFORE = re.compile(r"(?:^|[\s(,;:])[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}\s*$")  # "Kevin (Molukse roots, 27)"


def _more_brackets(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    low = text.lower()
    for m in _BABY_AGE.finditer(text) if "wk" in low or "wek" in low or "mnd" in low or "maand" in low else ():
        if m.group(2) and _a_child_before(text, m.start()):
            yield _tag(m, 2)  # "kindje Mila is 4 maanden"
        elif m.group(1) and (person_before(text, m.start(), persons) or _a_child_before(text, m.start())):
            yield _tag(m, 1)  # "dochtertje Noor (6 wkn)"
    if "(" not in text:
        return
    for m in _DESCRIBED_AGE.finditer(text):
        if person_before(text, m.start(), persons) or _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            yield _tag(m)
    yield from (_tag(m) for m in _BRACKET_SEX_AGE.finditer(text))
    yield from (_tag(m) for m in _TITLE_WORDS_AGE.finditer(text) if int(m.group(1)) <= 110)
    for m in _BRACKET_SMALL.finditer(text):
        if is_child_noun(m.group(1).lower()):
            yield _tag(m, 2)
    for m in _BRACKET_CHILD_SMALL.finditer(text):
        if is_child_noun(m.group(1).lower()):
            yield _tag(m, 2)


# A capitalised word inside a sentence (a name or a place) or a replaced name right before the brackets.
_NAME_OR_TAG_BEFORE = re.compile(r"(?:[^\s.!?:]\s+[A-ZÀ-Þ][\w'’-]+|\])\s*$")


def _approximate_alone(text: str, m: re.Match[str]) -> bool:
    """An approximation and a number alone in brackets after a name or a place, no unit: "uit
    Tiel (ong. 70)", "[PERSOON-1] (ca. 45)": people round a stranger's age, not a count they write
    down ("Wachtlijst (ca. 30)" opens a sentence with a common noun and stays)."""
    if not re.search(r"[^\W\d_]", text[m.start() : m.start(2)]):
        return False  # no approximation: "(30)" is an age only beside a person
    value = number_value(m.group(2))
    return value is not None and 15 <= value <= 99 and _NAME_OR_TAG_BEFORE.search(text, 0, m.start()) is not None


def _in_brackets(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for m in _BRACKET_AGE.finditer(text):
        if not _plausible(m.group(2)):
            continue
        # "Actiepunten (3)" is a count; "mevr. Jansen (54)" and "Opa (82)" are ages.
        words = {w.lower() for w in (m.group(1), m.group(4)) if w}
        if words and not words <= _SEX_OR_PERSON | PEOPLES:  # "(Eritrese, 28)": who, and how old
            continue  # "(stap 2, fase 3)": other words in the brackets, not an age
        if words or m.group(3) or person_before(text, m.start(), persons) or _AGE_ADJECTIVE.search(text, 0, m.start()):
            yield _tag(m, 2)
        elif _approximate_alone(text, m):
            yield _tag(m, 2)
    for m in _BRACKET_AGES.finditer(text):
        for n in re.finditer(r"\d+", m.group(1)):
            yield Found(m.start(1) + n.start(), m.start(1) + n.end(), "leeftijd")


# "Mevrouw Yilmaz, 58, woont", "Ingrid, 49, mantelzorger", "Man, 45 jr", "De patiënt,
# negenentwintig, heeft": a number between commas (or before a full stop, bracket or "jaar")
# right after a person.
_COMMA_AGE = re.compile(
    rf"(?i)\s*,\s*{_APPROX}?({_ANY_NUMBER})(?:\s?\+|\s+plus)?(?=\s*(?:[,;:)]|\.(?!\d)|$|[-–]\s|(?:jaar|jr|j|yrs?)\b))"
)
# "man, 24-29, psychose", "Mw. (ca. 45 à 50 jaar)", "vader, 60 tot 65 jr;": one person's age as a
# range between commas or in brackets right after a person; both ends are the age.
_AGE_RANGE = re.compile(
    rf"(?i)\s*([,(])\s*(?:tussen\s+(?:de\s+)?)?{_APPROX}?(\d{{2}})\s*(?:[-–]|à|a|tot|en|of)\s*(\d{{2}})"
    r"(?:\s*(?:jaar|jr\.?|j\.?))?(?=\s*(?:[,;:)]|\.(?!\d)|$|\s[-–]\s))"
)
# "Vader - 67 - belt", "Mw. – ca. 80 jr – woont": an age between dashes after a person.
_DASH_AGE = re.compile(rf"(?i)\s+[-–]\s+{_APPROX}?({_ANY_NUMBER})(?:\s*(?:jaar|jr\.?|j\.?|yrs?\.?))?\s+[-–]\s")
# "m, 38", "v,44", "38, m": a sex and an age as a pair of list items.
_SEX_COMMA_AGE = re.compile(
    r"(?<![\w/])(?:[mvMV]\s*,\s*(\d{1,3})(?=\s*(?:[,;:)]|\.(?!\d)|$|jaar|jr))|(\d{1,3})\s*,\s*[mvMV](?![\w]))"
)


_WORD_AFTER_COMMA = re.compile(r"\s*,\s*([^\W\d_]+)")


def _people_after(text: str, i: int) -> bool:
    m = _WORD_AFTER_COMMA.match(text, i)
    return m is not None and m.group(1).lower() in PEOPLES


_PRONOUN_BEFORE = re.compile(r"(?i)(?:^|[.!?]\s+)(?:hij|zij|ze)\s*$")  # "Hij, 23, woont"


_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")  # "Mw. B.K. (Bep Klaassen), 71,": a name spelled out


def _between_commas(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    for end in sorted({e for _, e in persons}):
        b = _BRACKETED.match(text, end)
        m = _COMMA_AGE.match(text, b.end() if b else end)
        if m and _plausible(m.group(1)):
            yield _tag(m)
    for m in _COMMA_AGE.finditer(text):
        # after a person noun: "Man, 45, ...", "vrouw, 37 jr"; a pronoun; before where from: ", 22, Somalische,"
        if _plausible(m.group(1)) and (
            person_before(text, m.start(), ())
            or _PRONOUN_BEFORE.search(text, 0, m.start())
            or _people_after(text, m.end())
        ):
            yield _tag(m)
    for m in _DASH_AGE.finditer(text) if " - " in text or " – " in text else ():
        if _plausible(m.group(1)) and person_before(text, m.start(), persons):
            yield _tag(m)  # "Vader - 67 - belt", "pt – ongeveer 40 jr – "
        elif _plausible(m.group(1), 10) and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            yield _tag(m)  # "Dirk - 79 - woont": a capitalised name, then the age between dashes
    for m in _SEX_COMMA_AGE.finditer(text):
        g = 1 if m.group(1) else 2
        if int(m.group(g)) <= 110:
            yield _tag(m, g)
    for m in _AGE_RANGE.finditer(text) if "," in text or "(" in text else ():
        low, high = int(m.group(2)), int(m.group(3))
        if low < high <= low + 15 and high <= 110 and (m.group(1) == "," or ")" in text[m.end() : m.end() + 3]):
            if person_before(text, m.start(), persons):
                yield _tag(m, 2)
                yield _tag(m, 3)


# "man van 58", "een vrouw van ca. 60 met", "zoons van 12 en 14", "vrouw van vierenvijftig".
_NOT_AN_AGE_AFTER = (
    r"(?!\s*(?:[,.]\d|%|x\b|kg|kilo|euro|cm|procent|keer|min|uur|dag|week|weken|maand|mnd|mg|ml|"
    r"jaar\s+(?:geleden|lang|terug)|jan|feb|maa?r|apr|mei|jun|jul|aug|sep|okt|nov|dec))"
)
_VAN_AGE = re.compile(
    rf"(?i)\b([a-zëé]+)\)?\s+van\s+{_APPROX}?({_NUMBER}(?:\s*(?:,|en|&)\s*\d{{1,3}})*)"
    + _NOT_AN_AGE_AFTER
    + r"(?![\w])"
)
# "zoon is 17", "hij werd 50", "meneer is eenentachtig jaar en woont", "hij is zelf 17 en", "is dan 40.".
# "wordt 19 op zat", "werd 40 op zondag": the birthday's weekday.
_WEEKDAYS = r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|ma|di|wo|do|vr|vrij|za|zat|zo|zon)\b"
_MONTH_NAMES = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
# "werd gisteren 50", "wordt in maart 65", "wordt volgende week 18": when the birthday is.
_WHEN = (
    rf"(?:(?:gisteren|vandaag|morgen|binnenkort|straks|onlangs|laatst|net|(?:vorige|volgende|komende|deze)\s+"
    rf"(?:week|maand)|(?:vorig|volgend|dit)\s+jaar|(?:in|eind|begin)\s+{_MONTH_NAMES}|"
    rf"over\s+(?:\d{{1,2}}|een|twee|drie|vier|vijf|zes)\s+(?:dagen|weken|maanden)|"
    rf"(?:afgelopen|vorige|deze|komende|volgende)\s+(?:zomer|winter|lente|herfst|voorjaar|najaar|kerst)|"
    rf"sinds\s+kort|kortgeleden|recent)\s+)"
)
_SINCE = re.compile(r"(?i)sinds|kort|recent")  # "is sinds kort 85": no birthday's time, a subject is needed
_IS_AGE = re.compile(
    rf"(?i)\b(hij|zij|ze|[a-zëé]+)(?:\)?\.?\s+(?:is|wordt|werd|was)|['’]s)\s+({_WHEN})?['\"‘“]?(?:(?:pas|net|bijna|ruim|inmiddels|nu|zelf|ook|dan|al)\b\s*){{0,2}}"
    rf"{_APPROX}?({_ANY_NUMBER})(?:\s*(?:jaar|jr\.?|j\.?|yrs?\.?)(?:\s+oud)?)?(?=\s*(?:[,;:()!?'\"’”]|\.(?!\d)|$|\s(?:en|maar|toen|geworden|nu|oud|and|but)\b|"
    rf"\s(?:in|op|eind|begin)\s+{_MONTH_NAMES}|\s(?:volgende|komende|deze|dit|binnenkort)\b|\sop\s+{_WEEKDAYS}))"
)
# "werd in april 79 ging het mis", "toen hij vorige maand 41 werd": the time of a birthday, then the
# number, says an age whatever follows it (not a count: "werd vorige week 3 keer").
_WHEN_AGE = re.compile(
    rf"(?i)\b(?:werd|wordt)\s+{_WHEN}(?:pas\s+|net\s+)?({_ANY_NUMBER})(?![\w,.]?\d)"
    rf"(?!\s*(?:keer|x\b|%|procent|euro|kilo|kg|uur|min|graden|punten|cm|(?:dagen|weken|maanden)\b(?!\s+oud)))"
    rf"|\b{_WHEN}({_ANY_NUMBER})\s+(?:werd|wordt|geworden)\b"
)
# "Vrouw 45, alleenstaand", "man 38 - psychose": a person noun, then a bare number.
_NOUN_AGE = Folded(
    rf"(?i)\b([a-zëé]+)\.?\s+{_APPROX}?(\d{{2}})(?=\s*(?:[,;:)]|\.(?!\d)|$|\s[-–]\s|(?:jr|j|yrs?)\b\.?))"
)
# "dat meneer ongeveer zeventig is", "hoewel hij zelf vijfenzestig zegt": the verb after the age.
_AGE_THEN_VERB = re.compile(
    rf"(?i)\b(hij|zij|ze|[a-zëé]+)\s+(?:(?:zelf|nu|pas|al|inmiddels|intussen|net|bijna)\s+)?{_APPROX}?"
    rf"({_NUMBER})\s+(?:jaar\s+)?(?:is|was|wordt|werd|zegt|zei|noemt|geworden)\b"
)


# Plurals of people an age list follows: the family's, and "jongens", "meisjes".
_PLURAL_AGE_WORDS = FAMILY_PLURALS | {"jongens", "meisjes"}
_PLURAL_AGE_NOUNS = alternation(_PLURAL_AGE_WORDS)
_AGE_LIST = rf"(?:{_NUMBER}|{_SMALL})(?:\s*(?:,|en|&|/)\s*(?:{_NUMBER}|{_SMALL}))+"
# "De kinderen zijn 4, 7 en 11", "Kinderen: 4 en 7 jaar", "zoons van twee en vijf".
_PLURAL_AGES = re.compile(
    rf"(?i)\b(?:{_PLURAL_AGE_NOUNS})"
    rf"(?:\s*\(\s*|\s*[:,]\s*|\s+(?:zijn|waren|van)\s+(?:nu\s+|respectievelijk\s+|resp\.\s*)?|\s+)({_AGE_LIST})"
    rf"(?:\s*(?:jaar|jr\.?))?(?!\s*[-–]\s*\d)" + _NOT_AN_AGE_AFTER + r"(?![\w])"
)
# "zoontje van vier", "de jongste is drie", "dochter van zes maanden": a child's small age.
_CHILD_AGE = re.compile(
    rf"(?i)(?<=\s)(?:is|wordt|werd|was|van)\s+(?:pas|net|bijna|nu|ruim)?\s*({_SMALL}|tien|elf|twaalf|\d{{1,2}})"
    rf"(?:\s*(?:jaar|jr)(?:\s+oud)?|\s+(maanden|mnd|weken))?(?=\s*(?:[,;:)!?]|\.(?!\d)|$|\s(?:en|maar|toen|"
    rf"geworden|nu|oud|met|gaat|zit|woont|heeft|is|wil|kan|speelt|logeert|huilt|slaapt|bij)\b))"
)
# Someone's kin is one person even without an article or a verb: "Zoon tussen 20-25 jaar".
KIN = CHILDREN | GRANDCHILDREN | GRANDPARENTS | IN_LAWS | PARENTS | SIBLINGS | UNCLES_AUNTS_COUSINS
# "zij is tussen de 40 en 50": one person's age as a range; "Zoon tussen 20-25 jaar".
_BETWEEN_AGES = re.compile(
    r"(?i)\b(hij|zij|ze|[a-zëé]+)\s+(?:(?:is|was|wordt|lijkt)\s+(?:ergens\s+)?tussen\s+de\s+(\d{2})\s+en\s+(\d{2})\b|"
    r"(?:ergens\s+)?tussen\s+(?:de\s+)?(\d{2})\s*(?:en|tot|[-–])\s*(\d{2})\b)"
    r"(?!\s*(?:keer|uur|euro|kilo|kg|%|procent|mensen|personen))"
)


_TWO_WORDS_BACK = re.compile(r"([^\W\d_]+)\s+[A-ZÀ-Þ][\w'-]*\s*$")


def _second_word_back(text: str, i: int) -> str:
    """The word before a capitalised name that ends at ``i`` ("zoon" in "zoon Dino ")."""
    m = _TWO_WORDS_BACK.search(text, max(0, i - 50), i)
    return m.group(1).lower() if m else ""


_CHILD_STEMS = (
    "zoon",
    "dochter",
    "kind",
    "baby",
    "peuter",
    "kleuter",
    "meisje",
    "jongen",
    "jongste",
    "kleine",
    "tweeling",
    "joch",
    "middelste",
    "oudste",
    "son",
    "daughter",
    "child",
    "kid",
    "boy",
    "girl",
    "je ",
    "ke ",
    "je,",
    "je.",
)


def _children_and_groups(text: str) -> Iterator[Found]:
    low = text.lower()
    for m in _PLURAL_AGES.finditer(text) if any(w in low for w in _PLURAL_AGE_WORDS) else ():
        for n in re.finditer(rf"(?i){_NUMBER}|{_SMALL}", m.group(1)):
            yield Found(m.start(1) + n.start(), m.start(1) + n.end(), "leeftijd")
    for m in _CHILD_AGE.finditer(text) if any(s in low for s in _CHILD_STEMS) else ():
        # "zoontje is vijf", "jongste zoon Dino is zeven": a child word, or a child word and a name
        if _a_child_before(text, m.start()):
            yield _tag(m, 1)
    for m in _BETWEEN_AGES.finditer(text) if "tussen" in low else ():
        who = m.group(1).lower()
        if m.group(2) and (who in {"hij", "zij", "ze"} or who in PERSON_NOUNS):
            yield _tag(m, 2)
            yield _tag(m, 3)
        elif m.group(4) and who in KIN:  # "Zoon tussen 20-25 jaar": someone's kin, no verb
            yield _tag(m, 4)
            yield _tag(m, 5)


_VERB_OF_AGE = Folded(r"(?i)\b(?:is|was|wordt|werd|zegt|zei|noemt|geworden)\b")


_RANGE_ON = re.compile(r"\s*(?:[-–]|tot|t/m)\s*\d")


def _beside_a_person(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    # a cheap gate for the two rules that need one ("he's nineteen" too)
    verbs = _VERB_OF_AGE.search(text) is not None or "'s " in text or "’s " in text
    for m in _VAN_AGE.finditer(text) if " van " in text else ():
        who = m.group(1).lower()
        if who in PLURAL_PERSON_NOUNS and _RANGE_ON.match(text, m.end(2)):
            continue  # "de kleinkinderen van 16-20": a group's range, no one's age
        if is_person_noun(who) or who in PLURAL_PERSON_NOUNS or person_before(text, m.start(2) - 4, persons):
            for n in re.finditer(rf"(?i){_NUMBER}", m.group(2)):
                if _plausible(n.group()):
                    yield Found(m.start(2) + n.start(), m.start(2) + n.end(), "leeftijd")
    for m in _NOUN_AGE.finditer(text):
        who = m.group(1).lower()
        if (is_person_noun(who) or _named(m, persons)) and int(m.group(2)) <= 110:
            yield _tag(m, 2)
    for m in _AGE_THEN_VERB.finditer(text) if verbs else ():
        who = m.group(1).lower()
        if (who in {"hij", "zij", "ze"} or who in PERSON_NOUNS) and _plausible(m.group(2), 3):
            yield _tag(m, 2)
    low = text.lower()
    for m in _WHEN_AGE.finditer(text) if "werd" in low or "wordt" in low else ():
        g = 1 if m.group(1) else 2
        if (g == 2 or _previous_word(text, m.start()) not in _COUNTING_SUBJECTS) and _plausible(m.group(g)):
            yield _tag(m, g)
    for m in _IS_AGE.finditer(text) if verbs else ():
        who = m.group(1).lower()
        subject = someone(m, persons) or person_before(text, m.end(1), persons)
        # "cl. werd vorige week 58": a birthday's time says an age, whoever the subject is
        birthday = m.group(2) and who not in _COUNTING_SUBJECTS and not _SINCE.match(m.group(2))
        if _plausible(m.group(3)) and (subject or birthday):
            yield _tag(m, 3)


# "58-jarige", "de 24-jarige dochter", "58 jarige": deduce skips it after "de".
_JARIGE = re.compile(r"(?i)(?<![\w.,])(\d{1,3})\s?-?\s?jarige?\b")
# "zeventienjarige", "achtenveertigjarige": ages written in words.
_WORD_JARIGE = re.compile(rf"(?i)\b((?:{_NUMBER_WORD})-?jarige?)\b")
# "vierenvijftig jaar", "achtenzestig jaar oud": deduce knows only digits before "jaar".
_WORD_YEARS = re.compile(rf"(?i)(?<![\w-])({_NUMBER_WORD})\s+(?:jaar|jr)\b")
# "een jaar of zeventien", "een jaar of 40".
_YEAR_OR = re.compile(rf"(?i)\been\s+jaar\s+of\s+({_NUMBER})(?![\w])")


def singulars(word: str) -> tuple[str, ...]:
    """``word`` (lower case) and what it is without a plural ending: "opleidingen" -> "opleiding",
    "trajecten" -> "traject", "contracts" -> "contract" (a guess: the caller checks the stem)."""
    if word.endswith("en") and len(word) > 5:
        return (word, word[:-2])
    if word.endswith("s") and len(word) > 4:
        return (word, word[:-1])
    return (word,)


def _lasting_noun(word: str) -> bool:
    """A noun after "N-jarige" that lasts or recurs, no person, also in the plural: "opleiding(en)",
    "herdenking", "begeleiding", "vriendschap" (not "leerling(en)", "dochter")."""
    forms = singulars(word)
    if any(f.endswith("ling") or is_person_noun(f) for f in forms):
        return False
    return any(f in DURATION_NOUNS or f.endswith("ing") or f.endswith(("heid", "schap", "jubileum")) for f in forms)


def _with_a_unit(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    low = text.lower()
    if "jarig" in low:
        for m in _JARIGE.finditer(text):
            if int(m.group(1)) <= 120 and not _lasting_noun(_next_word(text, m.end())):
                yield _tag(m)
        for m in _WORD_JARIGE.finditer(text):
            if not _lasting_noun(_next_word(text, m.end())):
                yield _tag(m)
    if "ja" not in low and "jr" not in low:
        return  # the rules below need "jaar" or "jr"
    for m in _WORD_YEARS.finditer(text) if _NUMBER_STEM.search(text) else ():
        if _plausible(m.group(1), 13) and not is_duration(text, m.start(1), m.end(1)):
            yield _tag(m)
    for m in _YEAR_OR.finditer(text) if "jaar of" in low else ():
        if _plausible(m.group(1), 10):
            yield _tag(m)


# "12jr", "54jaar", "m/54", "leeftijd: 54". deduce already handles "54 jaar" and "54-jarige".
_GLUED_AGE = re.compile(r"(?i)(?<![\w.,])(\d{1,3})-?(?:jr|jaar|j)\b")
_SLASH_AGE = re.compile(r"(?<![\w/])(?:[mvMV]|(?i:man|vrouw))\s?/\s?(\d{1,3})(?![\d/])")
# "(m-38)", "Intake: v-43,": a sex letter and the age joined by a dash, alone in brackets or a list item.
_SEX_DASH_AGE = re.compile(r"(?:^|(?<=[(:,;])|(?<=[(:,;]\s))[mvMV]\s?[-–]\s?(\d{2})(?=\s*(?:[,;)]|\.(?!\d)|$))")
# "32v - angst", "Overdracht 40v;": the age with the sex letter "v" glued to it, ending a list item
# ("m" would be metres or minutes).
_AGE_GLUED_V = re.compile(r"(?<![\w/.,-])(\d{2})[vV](?=\s*(?:[,;:)]|\.(?!\d)|$|\s[-–]\s))")
_LEEFTIJD = re.compile(
    r"(?i)\b(?:leeftijd|lft|lftd|age)(?:\.?\s*[:=]?|\s+(?:van\s+)?[^\W\d_]+\.?\s*:)\s*(\d{1,3})(?![\d,.]\d)(?!\s*[-–]\s*\d)"
)
# "34 j., man", "28 jr / v": a number, a unit and a sex or a person word, as the list items of a note.
_AGE_UNIT_SEX = re.compile(r"(?i)(?<![\w.,])(\d{1,3})\s*(?:jr|j|jaar)\.?\s*[,/;]\s*(?:m|v|man|vrouw|jongen|meisje)\b")
# "34/v", "(34/m)": the age before the sex.
_AGE_SLASH_SEX = re.compile(r"(?<![\w/])(\d{1,3})\s?/\s?[mvMV](?![\w/])")
# "m34", "v29", "(m34)": sex and age in one token.
_SEX_GLUED = re.compile(r"(?<![\w/])(?:[mv]|(?<![^\s(,])[MV])\s?(\d{2})(?![\w/,.]?\d)(?![\w])")
# "sinds zijn 16e", "op haar 14de": the age at which something happened.
_AGE_ORDINAL = re.compile(r"(?i)\b(?:zijn|haar|z'n|d'r|hun)\s+(\d{1,2})(?:e|ste|de)\b")
# "tot haar twaalfde", "sinds zijn eenentwintigste": an ordinal in words.
# "op haar achtste naar Nederland", "doof sinds haar tweede (meningitis)": a small ordinal, then no
# noun ("haar tweede kind" is a child).
_SMALL_ORDINAL = re.compile(
    r"(?i)\b(?:zijn|haar|z'n|d'r)\s+(tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende)"
    r"(?=\s*(?:[,.;:()!?]|$)|\s+(?:naar|in|uit|op|al|toen|en|is|was|werd|kwam|ging|begon|van|bij|met|jaar|levensjaar)\b)"
)
# "vanaf haar negende begonnen", "sinds zijn derde verdwenen": after a preposition of time, a small
# ordinal before a participle is the age it began at ("vanaf haar derde gesprek" has a noun).
_SMALL_ORDINAL_SINCE = re.compile(
    r"(?i)\b(?:vanaf|sinds|tot|rond)\s+(?:zijn|haar|z'n|d'r)\s+(tweede|derde|vierde|vijfde|zesde|zevende|achtste|"
    r"negende)\s+(?:ge[a-zà-ÿ]{3,}(?:en|d|t)|(?:be|ver|ont)[a-zà-ÿ]{3,}en)\b"
)
_SMALL_ORDINAL_GATE = Folded(r"(?i)(?:twee|der|vier|vijf|zes|zeven|negen)de\b|achtste")
_AGE_ORDINAL_WORD = re.compile(
    r"(?i)\b(?:zijn|haar|z'n|d'r|hun)\s+((?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|"
    r"negentien)de|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?(?:twintig|dertig|veertig|"
    r"vijftig|zestig|zeventig|tachtig|negentig)ste)\b"
)
# "nu 31", "inmiddels 45", "bijna 60": a bare number that can only be an age here.
_NOW_AGE = Folded(
    r"(?i)\b(?:nu|inmiddels|intussen|bijna|ruim|pas|net)\s+(\d{2}|\d(?=\s*\)))(?=\s*(?:[,;:)!?]|\.(?!\d)|$|jaar\b|jr\b))"
)
# "; nu 31 en zoekt werk", ", nu ruim 50 en": "nu" opens a clause whose subject is the sentence's
# person (a count has its noun: "Wachtlijst: nu 40 en").
_NOW_CLAUSE_AGE = re.compile(r"(?i)[;,]\s*nu\s+(?:ruim\s+|bijna\s+|pas\s+|al\s+|net\s+)?(\d{2})\s+en\s+(?!\d)")
# "ik ben negen", "ik was pas elf", "cl. was toen zes.": an age in words in the first person or at an
# event ("Ik ben 4 kilo aangekomen" counts: a clause must end after the number; digits, "ik was 17 en",
# are left to the review step: a development set kept such a line as a clean writing exercise).
_CLAUSE_END = r"(?=\s*(?:[,;:.!?\"'”)]|$|\s(?:en|maar|toen|geworden|of)\b))"
_FIRST_PERSON_AGE = re.compile(
    rf"(?i)\b(?:ik\s+(?:ben|was|werd|word)|(?:was|werd)\s+toen)\s+(?:pas\s+|net\s+|toen\s+|nog\s+maar\s+|al\s+|"
    rf"bijna\s+)?({_NUMBER_WORD}|{_SMALL})(?:\s+jaar(?:\s+oud)?)?" + _CLAUSE_END
)
# "Leeftijd zeven.", "lft: vijftig": a label, then an age in words.
# "(vier-en-dertig)", "is drie-en-veertig jaar": a hyphenated number word where an age stands.
_HYPHEN_AGE = re.compile(
    rf"(?i)(?:[(,]\s*|\b(?:is|was|wordt|werd|ben)\s+(?:nu\s+|pas\s+|bijna\s+|al\s+)?)({_HYPHEN_NUMBER})"
    rf"(?=\s*(?:[,;:.)]|$|jaar\b|jr\b|\s(?:en|maar)\b))"
)
_LEEFTIJD_WORD = re.compile(rf"(?i)\b(?:leeftijd|lft)\.?\s*:?\s*({_NUMBER_WORD}|{_SMALL})\b")
# "zoon twaalf spijbelt", "kind acht jaar,": a child word, then a small age in words.
_CHILD_SMALL_WORD = re.compile(
    rf"(?i)[a-zà-ÿ]*\s+({_SMALL}|tien|elf|twaalf)(?:(\s+jaar)\b|(?=\s*[,;:.)])|(?=\s+(?:is|heeft|wil|kan|zit|gaat|[a-zà-ÿ]+t)\b))"
)
# "aged 54": English.
_AGED = re.compile(r"(?i)\baged\s+(\d{1,3})(?!\d)")


# "late 40s", "in her 50s", "mid-30's": a decade in digits, in English.
_EN_DECADE_DIGITS = re.compile(
    r"(?i)\b(?:early|mid|late|in\s+(?:his|her|their)(?:\s+(?:early|mid|late))?)[-\s]+([1-9]0['’]?s)\b"
)
# "♂ 41", "(♀ 20)", "v ~71", "m ±88": a sex by its sign, or a sex and an approximation, then the age.
_SEX_SIGN_AGE = re.compile(r"(?:[♂♀]|(?<![\w/])[mvMV](?=\s*[~±]))\s*[~±]?\s*(\d{2})(?![\d.,]\d)")


def _signs_and_decades(text: str) -> Iterator[Found]:
    if "0s" in text or "0's" in text or "0’s" in text:
        yield from (_tag(m) for m in _EN_DECADE_DIGITS.finditer(text))
    if "♂" in text or "♀" in text or "~" in text or "±" in text:
        yield from (_tag(m) for m in _SEX_SIGN_AGE.finditer(text))


def _short_forms(text: str) -> Iterator[Found]:
    # Cheap gates: "38/v" and "m/38" need a slash, "38jr" a j, "aged 54" an "aged".
    slash, j, aged = "/" in text, "j" in text or "J" in text, "aged" in text.lower()
    for rx, may in (
        (_AGE_SLASH_SEX, slash),
        (_SEX_GLUED, True),
        (_SEX_DASH_AGE, "-" in text or "–" in text),
        (_AGE_GLUED_V, "v" in text or "V" in text),
        (_NOW_AGE, True),
        (_NOW_CLAUSE_AGE, " nu " in text),
        (_AGE_ORDINAL, True),
        (_AGE_ORDINAL_WORD, True),
        (_AGED, aged),
    ):
        yield from (_tag(m) for m in rx.finditer(text)) if may else ()
    for rx in (_GLUED_AGE, _SLASH_AGE, _LEEFTIJD, _AGE_UNIT_SEX):
        if (rx is _GLUED_AGE and not j) or (rx is _SLASH_AGE and not slash):
            continue
        for m in rx.finditer(text):
            if int(m.group(1)) > 120:
                continue
            if rx is _GLUED_AGE and (
                is_duration(text, m.start(1), m.end(1))
                or _next_word(text, m.end()) in _DURATION_AFTER - {"de", "het", "een"}
            ):
                continue
            yield _tag(m)


# English, on an English board or in a note that mixes: "54yo", "54 y/o", "a 40-year-old",
# "54M", "F/32", "mid-forties", "in her sixties", "fiftyish".
_EN_DECADES = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
_ENGLISH_AGE = re.compile(
    rf"(?i)(?<![\w/.,])(\d{{1,3}})(?:\s?(?:yo|y/o|yrs?\s+old|years?\s+old)\b|-year-old\b|-ish\b|ish\b)"
    rf"|(?<![\w/])(\d{{2}})\s?[MF](?![\w/])|(?<![\w/])[MF]\s?/\s?(\d{{1,3}})(?![\w/])"
    rf"|\b(?:early|mid|late)[-\s]({_EN_DECADES})\b|\bin\s+(?:his|her|their)\s+(?:early\s+|mid[-\s]|late\s+)?"
    rf"({_EN_DECADES})\b|\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?ish)\b"
)
# "is de 30 gepasseerd", "gaat richting de 60", "is ver over de 80", "heeft de leeftijd van 67":
# one person (not "cliënten boven de 65") near an age.
_NEAR_AGE = re.compile(
    rf"(?i)\b(hij|zij|ze|[a-zëé]+)\.?\s+(?:is|was|gaat|loopt|zit|lijkt|raakt|heeft|had|haalt|haalde)\s+(?:al\s+|nu\s+|"
    rf"ruim\s+|ver\s+|flink\s+|net\s+|inmiddels\s+)?(?:(?:richting|tegen|boven|over|voorbij|onder|in)\s+de\s+({_NUMBER})"
    rf"|de\s+({_NUMBER})\s+(?:gepasseerd|voorbij|gehaald|al\s+gehaald|niet\s+meer|nooit))\b(?!\s*(?:keer|uur|euro|kilo|kg|%|procent|graden|minuten))"
    rf"|\b(?:heeft|had|op|met)\s+de\s+leeftijd\s+van\s+({_NUMBER})\b"
    rf"|\b(?:hij|zij|ze)\s+(?:is|was|lijkt)\s+(?:iets\s+|wat\s+|ruim\s+|veel\s+)?(?:ouder|jonger)\s+dan\s+({_NUMBER})\b"
)


# Cheap gates: every English form holds one of these; every "near" form one of those words.
_ENGLISH_GATE = re.compile(r"(?i)yo\b|y/o|year|ish\b|ties\b|\d\s?[MF]\b|\b[MF]\s?/")
# Every "near" form holds "de" and a number, "leeftijd van" or "ouder/jonger dan" (a cheap gate: "in
# de" alone is in most notes).
_NEAR_WORDS = ("de ", "dan ", "leeftijd")
_NEAR_GATE = re.compile(r"\bde\s+(?:\d|\w*(?:tig|tien|elf|twaalf)\b)|(?:ouder|jonger)\s+dan\s|leeftijd\s+van")


def _english_and_near(text: str, persons: Sequence[Span] = ()) -> Iterator[Found]:
    low = text.lower()
    english = any(k in low for k in ("yo", "y/o", "year", "ish", "ties")) or (
        ("M" in text or "F" in text) and _ENGLISH_GATE.search(text) is not None
    )
    for m in _ENGLISH_AGE.finditer(text) if english else ():
        g = next(i for i in range(1, 7) if m.group(i))
        if g > 3 or int(m.group(g)) <= 110:
            yield _tag(m, g)
    for m in _NEAR_AGE.finditer(text) if any(w in low for w in _NEAR_WORDS) and _NEAR_GATE.search(low) else ():
        if m.group(4) or m.group(5):
            yield _tag(m, 4 if m.group(4) else 5)
            continue
        if someone(m, persons) and _plausible(m.group(2) or m.group(3), 13):
            yield _tag(m, 2 if m.group(2) else 3)


# "eind 40", "begin 30": vague, but with a sex and a town it narrows.
# "rond de 40 aanmeldingen", "begin twintig deelnemers": a plural noun after the number says what
# it counts (not a participle: "rond de 60 geworden" is an age).
_COUNTED_NOUN_AFTER = r"(?!\s+(?!ge)[a-zà-ÿ]{2,}(?:ingen|ers|en|s)\b)"
_VAGUE_AGE = Folded(
    r"(?i)\b(?:(?:begin|midden|eind|half)\s+(?:de\s+)?([2-9]0)(?:er)?|(?:rond|rondom|ergens\s+in|van\s+in)\s+de\s+([1-9]\d))"
    r"(?!\s*(?:minuten|min|uur|dagen|weken|maanden|keer|euro|%|mg|kg|kilo|km|graden|procent|mensen|personen|"
    r"deelnemers|cliënten|patiënten|kinderen|stuks))(?![\d.,:]\d|\d)" + _COUNTED_NOUN_AFTER
)
_DECADES = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
# "begin dertig", "eind twintig", "rond de vijftig", "halverwege de veertig", "achter in de zestig".
_VAGUE_AGE_WORD = re.compile(
    rf"(?i)\b(?:begin|midden|eind|half|rond|rondom|halverwege|achter\s*in|voor\s*in|ergens\s+in)(?:\s+|-)"
    rf"(?:de\s+)?({_DECADES})(?!\s*(?:minuten|min|uur|dagen|weken|maanden|keer|euro|procent|%|mensen|kilo))\b"
    + _COUNTED_NOUN_AFTER
)
# "dertig-nog-wat", "veertig-plus", "thirty-something": a decade with a tail that rounds it.
_DECADE_WORD = re.compile(
    rf"(?i)\b((?:{_DECADES})-?(?:er|ers|jarige|plusser|plus|(?:en-?)?nog-?wat|(?:en-?)?iets)"
    rf"|(?:{'|'.join(_EN_TENS)})-?(?:something|ish))\b"
)
# "een 40-er", "veertigers", "(50er)": a decade in digits, not an era ("de jaren 80", "80-er jaren").
_DECADE_DIGITS = re.compile(r"(?i)(?<![\w/.-])(?<!jaren )([1-9]0)\s?[-'’]?ers?\b(?!\s*jaren)")
# "50-plusser", "65+": an age with a plus (after a person, a comma or a bracket).
_PLUS_AGE = re.compile(r"(?i)(?<![\w/.-])(\d{2})(?:\s?-?plusser\b|\s?\+(?![\w\d])|-?plus\b(?!-))")


def _approximate(text: str) -> Iterator[Found]:
    if _ANY_DIGIT.search(text):
        yield from (_tag(m, 1 if m.group(1) else 2) for m in _VAGUE_AGE.finditer(text))
        yield from (_tag(m) for m in _PLUS_AGE.finditer(text) if "+" in text or "plus" in text.lower())
        yield from (_tag(m) for m in _DECADE_DIGITS.finditer(text))
    low = text.lower()
    if "tig" in low or "something" in low or "ish" in low:  # every decade word ends so
        for rx in (_DECADE_WORD, _VAGUE_AGE_WORD):
            yield from (_tag(m) for m in rx.finditer(text))


# "geboren in 1961", "geb. 1985", "geboortejaar 1990": a year of birth.
_BIRTH_YEAR = re.compile(
    r"(?i)\b(?:geboren|geb\.?\s?(?:jaar|jr\.?)?|geboortejaar|bouwjaar|jaargang|°)\s*(?:in\s+|[:=]\s*)?"
    r"((?:19|20)\d{2}|['’]\d{2})(?!\d)"
    r"|(?:°\s*|(?<![\w*])\*(?=\d{4}(?![\d.:/-]|,\d)))((?:19|20)\d{2})(?!\d)"
    r"|\b(?:in\s+)?((?:19|20)\d{2}|['’]\d{2})\s+(?:geboren|ter\s+wereld\s+gekomen)\b"
    # "man, bj 1979,", "(bj. 1949": "bj" for a person's year of birth as a list item, not a car's
    r"|(?:(?<=[,(:;])|(?<=[,(:;]\s))bj\.?\s*((?:19|20)\d{2})(?!\d)"
)
# "cliënt is van 1980", "zoon van '09", "hij is een '75-er": a person and the year of birth.
_OF_YEAR = re.compile(r"(?i)\b([a-zëé]+)\.?\s+(?:is\s+)?(?:van|uit)\s+((?:19|20)\d{2}|['’]\d{2})(?![\w'’/-])")
# "Vader (1948-2019)": a person's years of birth and death.
_LIFESPAN = re.compile(r"(?i)\b([a-zëé]+)\s*\(\s*((?:18|19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*\)")


_A_YEAR = re.compile(r"(?:19|20)\d\d|['’]\d\d")


# "Dhr. Jansen ('58)", "moeder (1962)", "pt. (*1980)", "mw. (bj 1949)": a year of birth in brackets
# after a person; "een '75-er".
_BRACKET_YEAR = re.compile(r"(?i)\(\s*(?:geb\.?\s*|°\s*|\*\s*|bj\.?\s*)?((?:19|20)\d{2}|['’]\d{2})\s*\)")
_YEAR_ER = re.compile(r"(?<![\w'’])(['’]\d{2}-?ers?)\b")


def _years_of_birth(text: str, persons: Sequence[Span] = ()) -> Iterator[Found]:
    if not _A_YEAR.search(text):
        return
    for m in _BRACKET_YEAR.finditer(text) if "(" in text else ():
        if person_before(text, m.start(), persons):
            yield Found(m.start(1), m.end(1), "datum")
    yield from (Found(m.start(1), m.end(1), "datum") for m in _YEAR_ER.finditer(text))
    for m in _BIRTH_YEAR.finditer(text):
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        yield Found(m.start(g), m.end(g), "datum")
    for m in _OF_YEAR.finditer(text) if " van " in text or " uit " in text else ():
        if someone(m, persons):
            yield Found(m.start(2), m.end(2), "datum")
    for m in _LIFESPAN.finditer(text) if "(" in text else ():
        if is_person_noun(m.group(1).lower()):
            yield Found(m.start(2), m.end(2), "datum")
            yield Found(m.start(3), m.end(3), "datum")


_ANY_DIGIT = re.compile(r"\d")


# Every age rule needs a digit or a number word; most notes have neither (a cheap gate).
_NUMBER_STEM = Folded(r"(?i)tig|tien|elf|twaalf|ty\b|ty-|teen")
_SMALL_WORD = re.compile(rf"(?i)\b{_SMALL}\b")
# "forties", "fiftyish", "derde", "(seven)": what the gate of :func:`find_ages` also lets through
_EN_STEM = re.compile(
    r"(?i)ties\b|tyish|(?:twee|der|vier|vijf|zes|zeven|negen)de\b|achtste|"
    r"[(,]\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s*\)"
)


def find_ages(text: str, persons: Sequence[Span] = ()) -> list[Found]:
    """Ages (and years of birth) in ``text``; ``persons`` are the names already found there."""
    digit = _ANY_DIGIT.search(text) is not None
    stem = _NUMBER_STEM.search(text) is not None
    if not (digit or stem):
        # no number of ten or more: only a child's small age in words ("zoontje van vier"), an
        # ordinal ("op zijn derde") or English ("late forties", "(seven)") is left to look for
        return list(dict.fromkeys(_without_a_number(text, persons)))
    found = [
        *_in_brackets(text, persons),
        *_between_commas(text, persons),
        *_beside_a_person(text, persons),
        *_children_and_groups(text),
        *_more_brackets(text, persons),
        *_english_and_near(text, persons),
        *_with_a_unit(text, persons),
        *_approximate(text),
        *table_ages(text, number_value),
        *_words_of_age(text),
    ]
    if stem:  # every ordinal from "tiende" on holds one
        found += (_tag(m) for m in _AGE_ORDINAL_WORD.finditer(text))
    if _SMALL_ORDINAL_GATE.search(text):
        found += (_tag(m) for m in _SMALL_ORDINAL.finditer(text))
        found += (_tag(m) for m in _SMALL_ORDINAL_SINCE.finditer(text))
    if digit:
        found += _short_forms(text)
        found += _signs_and_decades(text)
        found += _years_of_birth(text, persons)
    return list(dict.fromkeys(found))


# The child words the rule reads from (each also inside "zoontje", "kleinkind", "pleegdochter").
_CHILD_WORD_RX = re.compile("zoon|dochter|kind|kleine|jongste|oudste")
_FIRST_PERSON_GATE = ("ik ben ", "ik was ", "ik werd ", "ik word ", "was toen ", "werd toen ")


def _words_of_age(text: str) -> Iterator[Found]:
    """Ages in words the other rules read only in digits or after a plural: the first person, "was
    toen", a label, a child word (each gated on a word it needs)."""
    low = text.lower()
    if ("ik " in low or "toen " in low) and any(w in low for w in _FIRST_PERSON_GATE):
        yield from (_tag(m) for m in _FIRST_PERSON_AGE.finditer(text))
    if "-en-" in low or "-ën-" in low:
        yield from (_tag(m) for m in _HYPHEN_AGE.finditer(text))
    if "leeftijd" in low or "lft" in low:
        yield from (_tag(m) for m in _LEEFTIJD_WORD.finditer(text))
    child = "zoon" in low or "dochter" in low or "kind" in low or "kleine" in low or "jongste" in low or "oudste" in low
    for c in _CHILD_WORD_RX.finditer(low) if child else ():  # read from each child word on, not from every word
        start = c.start()
        while start and low[start - 1].isalpha():
            start -= 1  # "kleinzoon", "pleegdochter"
        m = _CHILD_SMALL_WORD.match(text, c.end())
        if m and is_child_noun(low[start : m.start(1)].split()[0]):
            yield _tag(m)


def _without_a_number(text: str, persons: Sequence[Span]) -> Iterator[Found]:
    yield from _words_of_age(text)
    if _SMALL_ORDINAL_GATE.search(text):
        yield from (_tag(m) for m in _SMALL_ORDINAL_SINCE.finditer(text))
    if _SMALL_WORD.search(text):
        yield from _children_and_groups(text)
        yield from _more_brackets(text, persons)
    if _EN_STEM.search(text):
        yield from _english_and_near(text, persons)
        yield from (_tag(m) for m in _SMALL_ORDINAL.finditer(text))
        yield from _more_brackets(text, persons)


# Read by person_frames.py too: numbers in words as a pattern, the units and the teens.
NUMBER_WORD, UNITS, TEENS = _NUMBER_WORD, _UNITS, _TEENS
