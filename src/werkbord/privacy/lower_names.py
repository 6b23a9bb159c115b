"""Surnames and nicknames written in lower case where the sentence says a person stands.

Shorthand and dictated notes write names without capitals: "mw. tesfamariam belde", "dhr.
lachmon-ramkisoen", "mr. ter horst", "verloskundige anouk smeets", "lynn de boer, geb. ...",
"collega's noemen hem 'abdi'". deduce reads names by their capital, and the review step only
shows most of these. Read here by the frame around them, not by a list of the notes' names:

- after a title ("mw.", "dhr.", "meneer", "dr.", "mr.", "fam."), with or without the particles
  of a surname: a word no Dutch word list knows, a double surname ("kuipers-dijkstra"), a word
  after a particle that deduce lists as a surname ("mevr. op den akker"), or a surname that is
  also a word where a name's place follows ("dr. mol.", "mw. bakker belde"; not "mw. sloot zich
  op", "mw. sliep slecht");
- two or three letters in lower case after a title, before a bracket ("mw. pot (zie brief)",
  "dhr. kw (initialen)", "mevrouw uy (rond de 50)"): a short surname or initials, also where they spell a word
  (the review step only showed these before); not a short word of the sentence ("mw. had (...)");
- right after a person already found, or after a lower-case first name: the same surname shapes
  ("anouk smeets", "ilse de graaff", "[PERSOON-1] wouters", "milan kramer, BSN ...");
- a nickname in lower case in quotes where the sentence names someone ("noemen hem 'abdi'",
  "zijn maat 'de lange'", "bijnaam 'krekel'"; not "noemt het 'gezellig'", "noemt zichzelf 'dom'").

Pure: the lexicon, the first names and the surnames are handed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .folded import Folded
from .names import FINITE_VERBS
from .rules import Found
from .word_forms import unlisted_verb_form
from .words import MONTHS_AND_DAYS, NOT_A_NAME_AFTER_ROLE, PERSON_CONTEXT, ROLE_WORDS, Lexicon

Span = tuple[int, int]

_PARTICLES = r"(?:van|de|der|den|ter|ten|te|'t|op|in|el|al|vd|v\.d\.|v/d|von|le|la|da|du|di)"
# After a name "in", "op" and "te" say where ("[PERSOON-1] in tilburg"), not whose son.
_NAME_PARTICLES = r"(?:van|de|der|den|ter|ten|'t|el|al|vd|v\.d\.|v/d|von|le|la|da|du|di)"
_LOWER = r"[a-zà-öø-ÿı][a-zà-öø-ÿı'’]+(?:-[a-zà-öø-ÿı][a-zà-öø-ÿı'’]+)?"
# "mw. tesfamariam", "dhr lachmon-ramkisoen", "mr. ter horst", "meneer van dijk": a title, then
# the particles and a surname in lower case.
_TITLED = re.compile(
    r"(?<![\w.])(?i:mw|mevr|mevrouw|dhr|meneer|heer|hr|dr|dokter|drs|mr|prof|fam|familie|ds|dominee|pastoor|pater|"
    r"imam|rabbijn)\.?[ \t]+"
    rf"((?:{_PARTICLES}[ \t]+){{0,3}})({_LOWER})(?![\w@/-])"
)
# "familie op ...", "fam. in ...", "familie te ...": one particle that is also a preposition.
_FAMILY_THEN_PREPOSITION = re.compile(r"(?i)fam(?:ilie)?\.?[ \t]+(?:op|in|te)[ \t]+\S")
# The same shapes right after a name: " smeets", " de graaff", " al-khatib".
_AFTER_A_NAME = re.compile(rf"[ \t]+((?:{_NAME_PARTICLES}\s+){{0,3}})({_LOWER})(?![\w@/-])")
# A lower-case first name (then a surname is looked for after it).
_LOWER_FIRST = re.compile(r"(?<![\w.@/'’-])([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{3,})?)(?=\s)")
# What stands after a name: punctuation, the end, "en", or what a person does.
_NAME_FOLLOWS = re.compile(rf"\s*(?:[,.;:()!?/]|$|->|→|\s(?:en|uit|van|is|was|{FINITE_VERBS})\b)")
_ABBREVIATED = re.compile(r"\.\s*[a-z0-9]")
# After "van de", "ter", ... also a preposition: "mevrouw van de wiel in A", "dokter van beers over".
_NAME_FOLLOWS_PARTICLES = re.compile(
    rf"\s*(?:[,.;:()!?/]|$|\s(?:en|uit|van|is|was|in|bij|op|aan|over|met|die|zei|{FINITE_VERBS})\b)"
)
# "dhr. van streek", "mw. van slag", "mw. van de thuiszorg": idioms and kinds, no surname.
_NOT_AFTER_PARTICLES = frozenset(
    """streek slag harte zins plan mening huis tevoren avond ochtend middag nacht week maand jaar dag
    buren overkant straat gemeente politie""".split()
)
_KIND_ENDINGS = (
    "zorg",
    "team",
    "dienst",
    "gemeente",
    "praktijk",
    "kliniek",
    "afdeling",
    "groep",
    "school",
    "huis",
    "centrum",
    "instelling",
    "buurt",
    "wijk",
    "kerk",
    "moskee",
    "apotheek",
    "bank",
    "bureau",
    "werk",
    "opvang",
    "stichting",
    "ggz",
    "bouw",
    "corporatie",
    "verpleging",
    "hulp",
    "raad",
    "post",
    "kantoor",
)
# "heet bram", "naam: petra", "noemen hem kees", "wil kim genoemd worden": a first name where someone is named.
_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:heet|heette|heten|naam|genaamd|roepnaam|bijnaam|noem\w*\s+(?:hem|haar|hen|mij))\s*:?\s+$"
)
_NAMED_AFTER = re.compile(r"\s+genoemd\b")
_CLOSED = frozenset(
    """zelf ook nog niet wel al weer erg zeer nu toen dan daar hier eerst later vandaag gisteren morgen
    samen alleen thuis graag vaak soms nooit altijd heel echt even steeds zich haar hem hun zijn mijn
    jou ons die dat deze dit wat wie welke een het geen veel weinig meer minder over""".split()
)
_VERB_ENDINGS = ("t", "de", "te", "den", "ten", "en")
# An article right before a word: what follows is a noun, no first name ("de winter", "een roos").
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:de|het|een|'t)\s+$")
_FINITE = frozenset(FINITE_VERBS.split("|"))
_VOWEL = re.compile(r"[aeiouyà-öø-ÿı]")
# Nicknames: a word in quotes where the sentence names someone.
_QUOTED_LOWER = re.compile(r"(?<![\w])['‘\"“]((?:de\s+|het\s+)?[a-zà-ÿ][a-zà-ÿ'’-]+)['’\"”](?![\w])")
_NAMING_BEFORE = re.compile(r"(?i)\b(?:noem\w*|genoemd|bijnaam|roepnaam|heet|heette|genaamd|alias)\b[^.!?;]{0,24}$")
_NAMING_AFTER = re.compile(r"(?i)\s+(?:genoemd|noemt|noemen|noemde|heet)\b")
_PRONOUNS = frozenset("hij zij ze wij jij jullie u hen hun die dat het they them he she hem haar".split())
_NOT_A_PERSON_NAMED = re.compile(r"(?i)\b(?:het|dat|dit|zich|zichzelf|zichzelve)\b[^.!?;]{0,16}$")


def _verb_form(low: str, lexicon: Lexicon) -> bool:
    """ "sliep", "vertelde", "ervaart": a form of a verb (a stem with an ending, or a past tense the
    word list has)."""
    if lexicon.is_verb_stem(low):
        return True
    return any(low.endswith(e) and lexicon.is_verb_stem(low[: -len(e)]) for e in _VERB_ENDINGS if len(low) > len(e) + 2)


# Participles the word list lacks: "gewerkt", "opgesteld", "afgenomen", "verteld" (a surname
# shaped so, "gerritsen", "verhoeven", is on deduce's list and checked before this).
PARTICIPLE = re.compile(
    r"(?:op|af|aan|in|uit|mee|terug|toe|na|over|door|weg|bij|vast|los|samen|voor|om|thuis|tegen)?ge[a-zà-ÿ]{2,}(?:d|t|n)"
    r"|(?:be|ver|ont|her|er)[a-zà-ÿ]{2,}(?:d|t|n)"
)


def _no_word(low: str, lexicon: Lexicon) -> bool:
    """A word no Dutch word list knows, not even as a form of a word it holds. Only for words no
    name list holds: a listed surname is judged by its list first (see :func:`_surname`)."""
    if lexicon.is_ordinary(low) or lexicon.common(low) or _verb_form(low, lexicon):
        return False
    if low.endswith("d") and unlisted_verb_form(low, lexicon):
        return False  # a participle without "ge-", the stem and "d": "overlegd" (overleggen), "verhuisd"
    return PARTICIPLE.fullmatch(low) is None


def _refused(low: str) -> bool:
    return low in _CLOSED or low in ROLE_WORDS or low in PERSON_CONTEXT or low in NOT_A_NAME_AFTER_ROLE


def _surname(text: str, m: re.Match[str], lexicon: Lexicon, surnames: frozenset[str], *, titled: bool) -> bool:
    """Is group 2 of ``m`` (after the particles of group 1) a surname in lower case?"""
    low = m.group(2).lower().rstrip("'’")
    if len(low) < 3 or _refused(low) or low in _FINITE or not _VOWEL.search(low):
        return False
    one_particle = len(m.group(1).split()) == 1
    if one_particle and _FAMILY_THEN_PREPOSITION.match(m.group(0)) and (lexicon.is_word(low) or lexicon.common(low)):
        return False  # "familie op afstand", "fam. in nood": where the family is ("mw. te velde" is her name)
    if titled and m.group(1) and _particle_surname(text, m, low):
        return True  # "mevrouw van de wiel is", "dokter van dongen kwam" (deduce lists surnames without "van")
    parts = low.split("-")
    if len(parts) == 2:  # "kuipers-dijkstra", "hamer-groen"; not "zwart-wit", "rood-groen"
        known = [p in surnames or _no_word(p, lexicon) for p in parts]
        return all(known) and (titled or any(_no_word(p, lexicon) for p in parts))
    if len(low) >= 4 and (titled or m.group(1) or len(low) >= 5) and _no_word(low, lexicon):
        return True  # "mw. tesfamariam", "eleni papadaki"
    if low not in surnames:
        return False
    if len(low) >= 4 and not lexicon.is_word(low) and not lexicon.common(low) and not _verb_form(low, lexicon):
        return True  # a listed surname that is no word, though made of words: "smeets", "dijkhuis"
    if titled and m.group(1).split() not in ([], ["de"], ["van"]):
        return True  # "mr. op den brink" ("mw. de rol": her roll; "dhr. van streek": upset)
    # A surname that is also a word ("de boer", "mol", "bakker"): where a name's place follows;
    # after a title also before a preposition or a verb by its shape, when it is no verb and no
    # adjective ("mw visser over de tuin", "ds. mulder bezoekt"; not "dhr bang voor", "mw. sloot in").
    if _NAME_FOLLOWS.match(text, m.end(2)) is not None:
        return True
    after = _FINITE_BY_SHAPE.match(text, m.end(2))
    return (
        titled
        and (
            _NAME_FOLLOWS_PARTICLES.match(text, m.end(2)) is not None
            or (after is not None and _verb_form(after.group(1)[: -len(after.group(2))] or "-", lexicon))
        )
        and not _verb_form(low, lexicon)
        and not _adjective(low, lexicon)
        and low not in _CLOSED
    )


# A finite verb by its shape after a name: "bezoekt", "preekte" (its stem a verb's).
_FINITE_BY_SHAPE = re.compile(r"[ \t]+([a-zà-ÿ]{2,}(t|te|de))\b")


def _particle_surname(text: str, m: re.Match[str], low: str) -> bool:
    """After a title and "van (de/der/den)", "ter", ... any word where a name's place follows,
    except an idiom or a kind of organisation ("mw. van slag.", "meneer van de thuiszorg belde")."""
    if m.group(1).split() == ["de"] or low in _NOT_AFTER_PARTICLES or low.endswith(_KIND_ENDINGS):
        return False
    return _NAME_FOLLOWS_PARTICLES.match(text, m.end(2)) is not None


# After a first name and a surname that is also a word: what a name's place has after it (not a
# preposition: "dat sanne de kat in huis haalt" is a clause), a pronoun that goes on about the
# person, or an age ("femke de bruin zevenentwintig jaar", "sanne de jong, 25").
_AFTER_FULL_NAME = re.compile(
    rf"\s*(?:[,.;:()!?/]|$|->|→)|\s+(?:en|uit|van|is|was|die|zei|ze|zij|hij|{FINITE_VERBS})\b"
    r"|\s+(?:\d|[a-zë]+(?:tig|tien)\b)"
)


def _word_surname_after_first(
    text: str, first: int, m: re.Match[str], lexicon: Lexicon, surnames: frozenset[str]
) -> bool:
    """A surname with its particles that is also a word ("de jong", "van der wal") right after a
    first name in lower case that is no word of any kind ("sanne", "femke"; not "kent", "wil"),
    where a name's place follows (see ``_AFTER_FULL_NAME``)."""
    name = text[first : m.start()]
    if not m.group(1) or lexicon.is_word(name) or _verb_form(name, lexicon) or "-" in name:
        return False
    low = m.group(2).lower()
    if low not in surnames or _refused(low) or low in _FINITE or low in _NOT_AFTER_PARTICLES:
        return False
    return _AFTER_FULL_NAME.match(text, m.end(2)) is not None


_NEXT_LOWER = {n: re.compile(rf"\.?[ \t]+([a-zà-ÿ]{{{n},}}(?:-[a-zà-ÿ]{{3,}})?)(?![\w@/-])") for n in (3, 4)}


def _after_words(text: str, words: Sequence[str], second: int = 4) -> list[re.Match[str]]:
    """The word in lower case (of ``second`` letters or more) right after each occurrence of
    ``words`` (the role words or titles of one note, lower case), in text order. Looks only where
    those few words stand: far cheaper than looking at every pair of words."""
    low_text = text.lower()
    found = []
    for word in words:
        at = low_text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not (low_text[at - 1].isalnum() or low_text[at - 1] == ".")) and (
                m := _NEXT_LOWER[second].match(text, end)
            ):
                found.append(m)
            at = low_text.find(word, end)
    return sorted(found, key=lambda m: m.start())


def _after_role(text: str, lexicon: Lexicon, surnames: frozenset[str], roles: Sequence[str]) -> list[Span]:
    """ "collega mertens", "buurvrouw pijnenburg": a surname no word list knows after a role word."""
    spans = []
    for m in _after_words(text, roles):
        low = m.group(1)
        if _refused(low) or low in _FINITE or low in lexicon.first_names:
            continue  # (a first name after a role is the role rule's)
        if "-" in low and not all(p in surnames or _no_word(p, lexicon) for p in low.split("-")):
            continue  # "ouders micro-actie:": a word with a hyphen, no double surname
        listed = low in surnames and not lexicon.is_word(low) and not lexicon.common(low)
        if (listed and not _verb_form(low, lexicon)) or (
            len(low) >= 5 and _no_word(low, lexicon) and _NAME_FOLLOWS.match(text, m.end(1))
        ):
            spans.append(m.span(1))
    return spans


# "zus lot,", "bewoner mees weigert", "dr. lente voerde": a role word or a title, then a first name
# that is also a word, where a name's place follows.


# Roles in a compound ("taalcoach", "woonbegeleider", "groepsgenoot") or not in the role list.
_ROLE_TAILS = tuple(
    """coach begeleider verpleegkundige therapeut genoot maatje werker arts kundige vrijwilliger bewoner docent
    mentor trainer buurman buurvrouw vriend vriendin zuster broeder""".split()
)


_ROLE_TAIL = Folded("(?i)(?:" + "|".join(_ROLE_TAILS) + r")\b")


# Verb forms that are also first names: after a role word they are the verb ("zus wil", "oom kan").
_VERBS_AS_NAMES = frozenset("wil ben kan mag zal bel kom ga zit lig sta doe heb had gaf kwam zag lag".split())


def _adjective(low: str, lexicon: Lexicon) -> bool:
    """ "jarig" (jarige), "helder" (heldere), "blij": a word with an inflected form is an adjective."""
    return low + "e" in lexicon.words or (low[-1] not in "aeiou" and low + low[-1] + "e" in lexicon.words)


def _word_names_after_role(text: str, lexicon: Lexicon, before: Sequence[str]) -> list[Span]:
    """ "broer sem belde", "taalcoach iris ->": ``before`` are the note's role words, titles, person
    words and roles in a compound ("taalcoach", "woonbegeleider", "groepsgenoot")."""
    spans = []
    names = first_names_all()
    for m in _after_words(text, before, 3):
        low = m.group(1)
        parts = low.split("-")
        if not all(p in names for p in parts) or _refused(low) or low in _FINITE or low in MONTHS_AND_DAYS:
            continue
        if any(p in _VERBS_AS_NAMES or _adjective(p, lexicon) or lexicon.common(p) for p in parts):
            continue  # "zus wil", "moeder jarig", "pt. anders"
        if _ABBREVIATED.match(text, m.end(1)):
            continue  # "buurman max. twee keer"
        if _NAME_FOLLOWS.match(text, m.end(1)):
            spans.append(m.span(1))
    return spans


# "roos (16)", "linde (wijkverpleegkundige)", "mees, 74, ...": a first name in lower case, also
# one that is a word, before an age or a role in brackets.
_BEFORE_AGE_OR_ROLE = re.compile(
    r"(?<![\w.@/'’-])([A-Za-zà-ÿ][a-zà-ÿ]{2,}(?:-[A-Za-zà-ÿ][a-zà-ÿ]{2,})?)"
    r"(?=\s*\(\s*(?:(?:net|ca\.?|bijna|ruim|pas|nu)\s+)?(?:\d{1,2}\b|([a-zëéï-]+)\s*[,)])"
    r"|\s?,\s*\d{1,2}\s*(?:jr|jaar)?\s*[,;)])"
)
# "zus (Ben)", "jongste (Wil) zit": a first name alone in brackets after a role word.
_ROLE_THEN_BRACKETED = re.compile(r"(?<![\w.])([A-Za-zà-ÿ-]+)\s*\(\s*([A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]{2,})\s*\)")


def _names_before_age_or_role(text: str, lexicon: Lexicon) -> list[Span]:
    spans = []
    names = first_names_all()
    for m in _BEFORE_AGE_OR_ROLE.finditer(text):
        low, role = m.group(1).lower(), m.group(2)
        if not all(p in names for p in low.split("-")) or low in MONTHS_AND_DAYS:
            continue
        if (_refused(low) and m.group(1).islower()) or low in ROLE_WORDS or low in PERSON_CONTEXT:
            continue  # (a capitalised verb before an age is a name: "Wil (49)", "Ben, 12,")
        if role is not None and role.lower() not in ROLE_WORDS and not role.lower().endswith(_ROLE_TAILS):
            continue  # "(spv)", "(zus)" say who; "(ja echt)" does not
        spans.append(m.span(1))
    for m in _ROLE_THEN_BRACKETED.finditer(text) if "(" in text else ():
        role, low = m.group(1).lower(), m.group(2).lower()
        if (role in ROLE_WORDS or role.endswith(_ROLE_TAILS)) and low in names and low not in ROLE_WORDS:
            word = m.group(2).islower() and lexicon.common(low)  # "zus (Ben)" is a name; "zus (wel)" no
            if low not in MONTHS_AND_DAYS and low not in PERSON_CONTEXT and not word:
                spans.append(m.span(2))
    return spans


def _named(text: str, lexicon: Lexicon) -> list[Span]:
    """ "heet bram", "naam petra", "wil kim genoemd worden": a first name where someone is named."""
    spans = []
    for m in _LOWER_FIRST_ANY.finditer(text):
        low = m.group(1)
        if low not in first_names_all() or _refused(low):
            continue
        if _NAMED_BEFORE.search(text, max(0, m.start(1) - 24), m.start(1)) or _NAMED_AFTER.match(text, m.end(1)):
            spans.append(m.span(1))
    return spans


# A title, then two or three letters in lower case, then a bracket: "mw. pot (zie brief)", "mevrouw uy
# (rond de 50)", "dhr. kw (initialen)". A short surname or initials, also where the letters
# spell a word: on the development sets every such one was a name (the review step only showed those
# that are words). Not a short word of the sentence ("mw. nu (na opname)", "dhr. had (...)").
# (read back from each bracket: few notes hold one)
_TITLED_SHORT = re.compile(r"(?<![\w.])(?i:mw|mevr|mevrouw|dhr|meneer|hr)\.?[ \t]+([a-zà-ÿ]{2,3})[ \t]*$")
_SHORT_WORDS = frozenset(
    """de het een en of is was uit in op te zo al nu nog wel ook bij met die dat der den ten ter ok nam zei
    wil kan mag zal ja nee als dan toen wat wie hun hen hem ons net dus pas eet at had gaf lag zat zag kon
    wou las won lei bad zit rij lig sta ga doe zie heb ben mee weg tot om na aan van per via ivm evt tzt zsm
    nvt wsl bv oa cq ca mn pt cl""".split()
)


def _short_titled(text: str) -> list[Span]:
    """Two or three letters in lower case after a title, before a bracket (see :data:`_TITLED_SHORT`);
    a verb's stem too ("pot": a verb form here is one of :data:`_SHORT_WORDS`)."""
    spans = []
    at = text.find("(")
    while at != -1:
        m = _TITLED_SHORT.search(text, max(0, at - 16), at)
        at = text.find("(", at + 1)
        if m is None:
            continue
        low = m.group(1)
        if low in _SHORT_WORDS or low in _CLOSED or low in _FINITE or low in ROLE_WORDS or low in PERSON_CONTEXT:
            continue
        spans.append(m.span(1))
    return spans


def lower_surnames(
    text: str, persons: Sequence[Span], lexicon: Lexicon, surnames: frozenset[str], covered: Sequence[Span] = ()
) -> list[Found]:
    """Surnames in lower case after a title, after a person already found, or after a
    lower-case first name; and lower-case nicknames in quotes where someone is named."""
    if not lexicon.words:
        return []  # without a real Dutch word list every lower-case word would look like a name
    found: list[Found] = []
    taken = list(covered)

    def add(s: int, e: int) -> None:
        if not any(a < e and s < b for a, b in taken):
            found.append(Found(s, e, "persoon"))
            taken.append((s, e))

    words = set(_WORDS.findall(text.lower()))
    for m in _TITLED.finditer(text) if not (_TITLES.isdisjoint(words) and _CLERGY.isdisjoint(words)) else ():
        if _surname(text, m, lexicon, surnames, titled=True):
            add(m.start(1) if m.group(1) else m.start(2), m.end(2))
    if "(" in text and not _TITLES.isdisjoint(words):
        for s, e in _short_titled(text):  # "mw. pot (zie brief)"
            add(s, e)
    firsts: dict[int, int] = {}  # a lower-case first name's end -> its start
    named_here = lexicon.first_names.intersection(_LOWER_FIRST.findall(text))
    for m in _LOWER_FIRST.finditer(text) if named_here else ():  # (most notes hold none)
        low = m.group(1)
        if low in named_here and not lexicon.common(low) and not _refused(low):
            if lexicon.is_word(low) and _ARTICLE_BEFORE.search(text, max(0, m.start(1) - 5), m.start(1)):
                continue  # "dat de winter voorbij is": after an article, a first name that is a word is that word
            firsts[m.end(1)] = m.start(1)
    person_ends = {e for _, e in persons}
    for end in sorted(person_ends | set(firsts)):
        m = _AFTER_A_NAME.match(text, end)
        if m is not None and _surname(text, m, lexicon, surnames, titled=False):
            if end not in person_ends:
                add(firsts[end], end)  # "eleni papadaki": the first name too
            add(m.start(1) if m.group(1) else m.start(2), m.end(2))
        elif m is not None and end in firsts and _word_surname_after_first(text, firsts[end], m, lexicon, surnames):
            add(firsts[end], end)  # "sanne de jong die ...", "femke de bruin zevenentwintig jaar"
            add(m.start(1), m.end(2))
    roles = words & ROLE_WORDS
    if roles:
        for s, e in _after_role(text, lexicon, surnames, sorted(roles)):
            add(s, e)
    if not first_names_all().isdisjoint(words):
        before = roles | (words & _TITLES) | (words & PERSON_CONTEXT)
        if _ROLE_TAIL.search(text):
            before |= {w for w in words if w.endswith(_ROLE_TAILS)}
        for s, e in _word_names_after_role(text, lexicon, sorted(before)) if before else ():
            add(s, e)
    if "(" in text or "," in text:
        for s, e in _names_before_age_or_role(text, lexicon):
            add(s, e)
    if _NAMING_WORD.search(text):
        for s, e in _named(text, lexicon):
            add(s, e)
    if "'" in text or "‘" in text or '"' in text or "“" in text:
        found += _lower_nicknames(text, lexicon, taken)
    return found


_LOWER_FIRST_ANY = re.compile(r"(?<![\w.@/'’-])([a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)(?![\w@/'’-])")
_NAMING_WORD = Folded(r"(?i)\b(?:heet|heette|heten|naam|genaamd|roepnaam|bijnaam|noem\w*|genoemd)\b")
_WORDS = re.compile(r"[a-zà-ÿ]+")


def _has_role_word(text: str) -> bool:
    return not ROLE_WORDS.isdisjoint(_WORDS.findall(text.lower()))


_ALL_FIRST_NAMES: list[frozenset[str]] = []


def first_names_all() -> frozenset[str]:
    """deduce's first names, also those that are words ("kim", "roos"): after "heet" they are names."""
    if not _ALL_FIRST_NAMES:
        from .lexicon import first_names

        _ALL_FIRST_NAMES.append(first_names())
    return _ALL_FIRST_NAMES[0]


def _lower_nicknames(text: str, lexicon: Lexicon, taken: list[Span]) -> list[Found]:
    found = []
    for m in _QUOTED_LOWER.finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _NOT_A_PERSON_NAMED.search(before) or m.group(1).lower() in _PRONOUNS:
            continue  # "noemt het 'gezellig'", "noemt zichzelf 'dom'", "wil 'hij' genoemd worden"
        role = re.search(r"(?i)\b([a-zëéï-]+)\s*$", before)
        after_role = role is not None and role.group(1).lower() in ROLE_WORDS and role.group(1).lower() != "man"
        if _NAMING_BEFORE.search(before) or _NAMING_AFTER.match(text, m.end()) or after_role:
            found.append(Found(s, e, "persoon"))
    return found


# Initials in lower case: right before a surname already found ("drs. ph.j. [surname]", "b.
# [surname]", "jcm [surname]", "mr. ca [surname]", an accented letter "ö. [surname]", a double first
# name's letters "a-m [surname]"), or opening a sentence before what someone does or an age ("jk
# werkt bij ...", "rj belde", "jk, 38, ...").
_LOWER_LETTER = "[a-zß-öø-ÿĀ-ž]"  # with the accented letters of Latin-1 and Latin Extended-A
_INITIALS_BEFORE = re.compile(
    rf"(?<![\w.@/-])((?:[a-z]{{1,2}}\.(?:-?[a-z]{{1,2}}\.){{0,3}})|{_LOWER_LETTER}\.|(?:[a-z]\.?-[a-z]\.?)|[a-z]{{2,3}})"
    r"[ \t]+$"
)
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")
_TITLES = frozenset("mw mevr mevrouw dhr meneer heer hr dr dokter drs mr ir ing prof fam familie".split())
# Titles of clergy: a surname alone after them too ("ds. hoekstra", "imam yilmaz").
_CLERGY = frozenset("ds dominee pastoor pater imam rabbijn".split())
# The word before initials: a title or a role, also one with an accent or longer than a window of
# 16 letters ("zorgcoördinator ab [surname]").
_TITLE_BEFORE = re.compile(r"(?i)(?<![\w'’-])([a-zà-öø-ÿ]+)\.?\s+$")
# ... also with a capital, as a sentence opens ("Rw belt terug", "Jk werkt"): consonants only, no word.
_SUBJECT_INITIALS = re.compile(
    r"(?:^|(?<=[.!?:;\n]\s)|(?<=[.!?:;\n]))([b-df-hj-np-tv-z]{2,3}|[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{1,2})"
    rf"(?=\s+(?:{FINITE_VERBS})\b|,\s*\d{{1,2}}\s*(?:[,)]|(?:jaar|jr)\b)|\s*\(\s*\d{{1,2}}\b)"
)
_CLUB_PREFIXES = frozenset("vv sv fc svv".split())
_INITIAL_BEFORE_ROLE = re.compile(r"(?<![\w.@/-])((?:[a-z]\.){1,3})[ \t]*\([ \t]*([a-zëéï-]+)[ \t]*[,)]")
_NOT_INITIALS_HERE = frozenset(
    "en de het van der den ter te op in bij om is al nu zo na of en met aan tot voor dat die dan des".split()
)


def lower_initials(text: str, persons: Sequence[Span], lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """Initials in lower case before a surname found, or opening a sentence (see above)."""
    from .words import NOT_INITIALS

    found: list[Found] = []
    taken = list(covered)
    for start, _ in persons:
        m = _INITIALS_BEFORE.search(text, max(0, start - 16), start)
        if m is None:
            continue
        token = m.group(1)
        letters = token.replace(".", "").replace("-", "")
        low = token.rstrip(".")
        if low in _TITLES or low in NOT_INITIALS or letters in NOT_INITIALS or low in _NOT_INITIALS_HERE:
            continue
        if low in ROLE_WORDS or low in PERSON_CONTEXT or low in NOT_A_NAME_AFTER_ROLE:
            continue
        if _NUMBER_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)):
            continue  # "quetiapine 50 mg a.n.": a unit after a number
        if "." not in token and "-" not in token and _VOWEL.search(token):
            title = _TITLE_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
            word = title.group(1).lower() if title is not None else ""
            titled = word in _TITLES or word in ROLE_WORDS or word in PERSON_CONTEXT  # "pt. ab [surname]"
            if not titled or (len(token) == 3 and lexicon.is_word(token)):
                continue  # "mr. ca [surname]", "huisarts ac [surname]"; not "met [surname]"
        s, e = m.span(1)
        if not any(a < e and s < b for a, b in taken):
            found.append(Found(s, e, "persoon"))
            taken.append((s, e))
    for m in _INITIAL_BEFORE_ROLE.finditer(text) if "(" in text else ():
        s, e = m.span(1)
        role = m.group(2).lower()
        if (role in ROLE_WORDS or role.endswith(_ROLE_TAILS)) and not any(a < e and s < b for a, b in taken):
            found.append(Found(s, e, "persoon"))  # "m. (broer, ...)", "jk (spv)"
            taken.append((s, e))
    for m in _SUBJECT_INITIALS.finditer(text):
        s, e = m.span(1)
        low = m.group(1).lower()
        if low in NOT_INITIALS or _refused(low) or lexicon.is_word(low) or any(a < e and s < b for a, b in taken):
            continue  # "cl heeft", "pt was", "cgt werkt"
        if low in _TITLES or low in _CLERGY or low in _CLUB_PREFIXES:
            continue  # "Dhr belde", "Ds komt", "Sv speelt": a title or a club's prefix
        found.append(Found(s, e, "persoon"))
        taken.append((s, e))
    return found


# Read by word_names.py too.
is_adjective, refused_as_name, NOT_AFTER_PARTICLES = _adjective, _refused, _NOT_AFTER_PARTICLES
