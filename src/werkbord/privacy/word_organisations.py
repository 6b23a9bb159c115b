"""Organisations named with ordinary words, also in lower case, read by the words around them.

:mod:`.named_organisations` reads a capital after a kind of organisation ("hoveniersbedrijf
Groenrijk", "bij de Houvast"). Hurried and dictated notes write the same names with a lower-case
article or all in lower case ("apotheek de Vlier", "apotheek de vlier", "werkt bij kompas in
deventer"), and the review step could only show them. Here the frame decides:

- a kind of organisation, a lower-case article, then capitals: "apotheek de Vlier", "koor het Anker";
- a kind of organisation without its own article, then an article and a word in lower case
  (apposition names it): "bij apotheek de vlier,", "zorgboerderij de klaproos -> B", "kerk de ark
  helpt"; with its own article ("naar de kerk de morgenster.") only where the name ends the phrase,
  and never a word that is an object, a time or a quantity ("bij de apotheek de medicijnen op",
  "de school de laatste tijd");
- a kind of organisation, then a word no Dutch word list knows: "snackbar frietpaleis in";
- a name no word list knows before its kind: "de sint-gerardus kerk", "het esvelt college", "de al
  noor moskee";
- where someone works, a lower-case word, then where it is or as what: "werkt bij kompas in
  deventer", "werkt bij de anker als vrijwilliger" (not a public body, a kind of business, a person,
  or a treatment that works for a disorder: "EMDR werkt bij trauma"), and capitals there ("werkte
  30 jaar bij VDL"; not "bij de GGD");
- a kind or an owner before a word no list knows ("woongroep van lindora", "werkgever trivano",
  "jobcoach bij trevanto"), a kind before a plain noun ("stichting wegwijzer in"), a kind of shop,
  bank or boat before a capital ("kledingbank Overvloed", "zorgkantoor RTZ");
- a name and what it is ("de zandloper, een inloophuis", "het anker (buurthuis)", "(thuiszorg,
  Zonnedauw)"), someone of it ("bewoner van Zonnedauw"), a name glued to what it has or runs
  ("Zandloper-pakketten"), a surname before a trade ("verhoeven installaties"), where a child goes
  to school ("zit op de vlinder in Hengelo");
- a name of the werkbord lists in lower case that no word list knows ("verwijzing triversum loopt").

:func:`organisation_frames` gives the review step the frames that only flag ("werkte jaren bij de
zandloper", "de dagbesteding van zonnedauw"). Pure apart from the lists it reads once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from .found import Found
from .lexicon import first_names, medication_names, surnames
from .lower_names import PARTICIPLE
from .named_organisations import CARE_UNITS, KIND_TAILS, LOOSE_KINDS, NOT_A_KIND, kind_of_organisation, no_name
from .org_frames import object_frames
from .organisations import DATA, LISTS, read_list
from .roles import a_job_title
from .words import NOT_A_NAME_AFTER_ROLE, NOT_INITIALS, PERSON_CONTEXT, Lexicon, is_feast, is_role

Span = tuple[int, int]

# Kinds :mod:`.named_organisations` does not read before a capital: "kledingbank", "snackbar".
_EXTRA_TAILS = ("koor", "bar", "kroeg", "bank", "kotter", "boot", "kringloop", "festival", "jongerenwerk", "buurtwerk")
_EXTRA_TAILS += ("welzijnswerk", "kantoor", "bemiddeling")
# Kinds whose name is often letters: "zorgkantoor RTZ", "veerdienst TXL" (not "crisisdienst GGZ").
_LETTERS_AFTER = ("dienst", "kantoor", "bemiddeling", "kotter", "boot")
_LETTERS = re.compile(r"[A-Z]{2,6}(?![\w-])")
# A kind of organisation as a whole word, in any case: "apotheek", "Zorgboerderij", "zwemclub" (a
# word, then its ending asked in Python: one pattern with every ending would backtrack at each word).
_KIND_ENDS = (*KIND_TAILS, *_EXTRA_TAILS)
_WORD_BEFORE_SPACE = re.compile(r"(?<![\w'’-])[A-Za-zà-ÿ]{3,}(?=[ \t])")


def _kinds(text: str, ends: tuple[str, ...] = _KIND_ENDS) -> Iterator[re.Match[str]]:
    for m in _WORD_BEFORE_SPACE.finditer(text):
        if m.group().lower().endswith(ends):
            yield m


_ARTICLE_THEN = re.compile(r"[ \t]+(de|het|'t)[ \t]+")
_CAPITALS = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]{2,})?(?![\w'’-])")
_LOWER_WORDS = re.compile(r"([a-zà-ÿ][a-zà-ÿ'’-]{1,})(?![\w'’-])(?:[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?![\w'’-]))?")
_LOWER_WORD = re.compile(r"[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{3,})(?![\w'’-])")
# Where a name ends a phrase: punctuation, the end, an arrow or a ring.
_HARD_END = re.compile(r"[ \t]*(?:[,.;:()!?\]\n]|->|→|\Z)")
_NEXT_WORD = re.compile(r"[ \t]+([a-zà-ÿ]+)")
# Words that go on with a sentence after a name: "... de vlier in ede", "... de ark helpt".
_GOES_ON = frozenset(
    """in te op aan bij uit en of maar want dus om met voor via naar van sinds vanaf tot waar die dat
    daar nu nog ook al is was heeft had wordt werd komt kwam gaat ging zit zat ligt lag hij zij ze we ik""".split()
)
# The words before a kind that give it an article or an owner: "de kerk", "haar school".
_DETERMINERS = frozenset("de het 't een die dat deze dit zijn haar hun mijn m'n z'n onze ons jouw je uw".split())
_PREPOSITIONS = frozenset("bij via naar van op in aan voor met door uit vanuit".split())
# Words after an article that are no name: times, quantities, order ("de hele middag", "de laatste tijd").
_NO_NAME_AFTER_ARTICLE = frozenset(
    """laatste komende volgende vorige eerste tweede derde hele halve afgelopen zelfde andere overige meeste
    rest week dag avond ochtend middag nacht maand jaar tijd keer uren weken dagen maanden boel""".split()
)
# A name before its kind: "de sint-gerardus kerk", "het esvelt college", "de al noor moskee".
_NAME_BEFORE_KIND = re.compile(
    r"(?<![\w'’-])(?:de|het|'t|bij|naar|op|van|in|aan)[ \t]+"
    r"((?:(?:al|el|an|ar|as)[ \t-])?[a-zà-ÿ][a-zà-ÿ'’-]{2,})[ \t]+"
    r"(?:kerk|moskee|college|lyceum|gymnasium|school|basisschool|tempel|synagoge|kapel|parochie)(?![\w-])"
)
_KINDS_AFTER_NAME = ("kerk", "moskee", "college", "lyceum", "gymnasium", "school", "tempel", "synagoge", "kapel")
_KINDS_AFTER_NAME += ("parochie",)
_WORK_HINTS = ("werk", "stage", "vrijwillig", "dagbesteding", "solliciteer")
# Where someone works, then a word in lower case: "werkt bij kompas", "vrijwilliger bij de anker".
_WORKS_AT = re.compile(
    r"(?<![\w-])(werkt|werkte|werken|werkzaam|stage|stageplek|vrijwilliger|vrijwilligster|vrijwilligerswerk|"
    r"solliciteert|solliciteerde|dagbesteding)[ \t]+(?:[a-zà-ÿ]+[ \t]+){0,5}?(?:bij|voor|van)[ \t]+"
    r"(?:(?:de|het|'t|t)[ \t]+)?([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?![\w'’-])"
)
_WHERE_OR_AS = re.compile(r"[ \t]+(?:in|te|als)[ \t]+\S")
# Where someone works, then capitals: "werkte 30 jaar bij VDL in Born" (even letters a care term
# spells: there they name the employer; not a public body everyone deals with, "bij de GGD").
_WORKS_AT_LETTERS = re.compile(
    r"(?<![\w-])(werkt|werkte|werken|werkzaam|stage|vrijwilliger|vrijwilligerswerk)[ \t]+(?:[\w.]+[ \t]+){0,4}?"
    r"(?:bij|voor)[ \t]+(?:(?:de|het)[ \t]+)?([A-Z]{2,5})(?![\w-])"
)
# Employers everyone has, kinds of place and whom something works for: no name ("werkt bij de krant",
# "vrijwilliger bij de kringloop", "werkt bij haar").
_NOT_EMPLOYERS = frozenset(
    """krant overheid defensie leger marine luchtmacht landmacht marechaussee douane brandweer provincie rijk
    universiteit hogeschool kantine keuken markt fabriek post bank bouw haven zorg thuiszorg ziekenhuis
    kringloop bibliotheek manege supermarkt dierentuin zwembad tuin moestuin volkstuin stal kinderboerderij
    hem haar hen hun mij ons jullie iedereen niemand sommige mensen veel""".split()
)
_SUBJECTS = frozenset("hij zij ze ik jij je we wij u men".split())


def _no_word_name(low: str, lexicon: Lexicon) -> bool:
    """``low`` cannot be an organisation's name: a role, a kind, a time, a verb form, a plural."""
    if no_name(low) or low in NOT_A_NAME_AFTER_ROLE or low in PERSON_CONTEXT or low in _NO_NAME_AFTER_ARTICLE:
        return True
    if is_role(low) or kind_of_organisation(low, lexicon) or PARTICIPLE.fullmatch(low):
        return True
    if low.endswith("en") and lexicon.is_word(low):
        return True  # a plural or an infinitive: "de medicijnen", "de kinderen"
    return low.endswith("s") and len(low) > 4 and low[:-1] in lexicon.words  # "de sleutels"


def _finite(low: str, lexicon: Lexicon, *, plural: bool = False) -> bool:
    """A finite verb: "helpt", "belde" (not a participle or an infinitive); ``plural``: also one in
    the past plural, which the word list may lack ("de Zorgverzekeraar duurden te lang")."""
    if plural and low.endswith(("den", "ten")) and len(low) > 5 and lexicon.is_verb_stem(low[:-3]):
        return True
    if PARTICIPLE.fullmatch(low) or low.endswith("en"):
        return False
    # (four letters too: "legt", "zegt"; a stem of two letters is none: "ot")
    return any(low.endswith(e) and lexicon.is_verb_stem(low[: -len(e)]) for e in ("t", "te", "de") if len(low) > 3)


def _kind_has_article(text: str, start: int, lexicon: Lexicon) -> tuple[bool, bool]:
    """Whether the kind at ``start`` has an article or an owner before it, and whether a
    preposition stands right before it."""
    before = text[max(0, start - 24) : start].split()
    if not before:
        return False, False
    prev = before[-1].lower().strip(",;:(")
    if prev in _DETERMINERS or (prev.endswith("e") and len(prev) > 3 and lexicon.is_word(prev)):
        return True, False  # "de kerk", "haar school", "een nieuwe apotheek"
    return False, prev in _PREPOSITIONS


def _goes_on(text: str, end: int, lexicon: Lexicon) -> bool:
    """After ``end`` the sentence goes on or ends: punctuation, a small word, a finite verb."""
    if _HARD_END.match(text, end):
        return True
    m = _NEXT_WORD.match(text, end)
    return m is not None and (m.group(1) in _GOES_ON or _finite(m.group(1), lexicon))


def _ends_phrase(text: str, end: int, lexicon: Lexicon, *, after_preposition: bool) -> bool:
    if _HARD_END.match(text, end):
        return True
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word in _GOES_ON or _finite(word, lexicon):
        return True
    # a bare kind opening a clause: "apotheek de vlier gebeld" (its name, whatever verb follows)
    return not after_preposition and (PARTICIPLE.fullmatch(word) is not None or word.endswith("en"))


def _after_kind(text: str, lexicon: Lexicon, candidates: Sequence[re.Match[str]]) -> list[Found]:
    found = []
    for m in candidates:
        if not m.group().lower().endswith(_KIND_ENDS):
            continue
        kind = m.group().lower()
        if kind in LOOSE_KINDS or kind in NOT_A_KIND:
            continue
        article = _ARTICLE_THEN.match(text, m.end())
        if article is not None and (caps := _CAPITALS.match(text, article.end())):
            words = caps.group().split()
            if not no_name(words[0]) and not words[0].lower().endswith(("se", "sche")):
                found.append(Found(*caps.span(), "instelling"))  # "apotheek de Vlier"
            continue
        if article is not None:
            name = _LOWER_WORDS.match(text, article.end())
            if name is None:
                continue
            first, second = name.group(1), name.group(2)
            owned, after_preposition = _kind_has_article(text, m.start(), lexicon)
            if first in _NO_NAME_AFTER_ARTICLE:
                continue  # "de tempel het eerste aanspreekpunt": an order or a time, no name
            adjective = first.endswith("e") and lexicon.is_word(first) and second and not _no_word_name(second, lexicon)
            if adjective:
                end = name.end(2)  # "de oude linde"
            elif _no_word_name(first, lexicon):
                continue
            else:
                end = name.end(1)
            if owned and not _HARD_END.match(text, end):
                continue  # "bij de apotheek de medicijnen op"
            if _ends_phrase(text, end, lexicon, after_preposition=after_preposition or owned):
                found.append(Found(name.start(1), end, "instelling"))
            continue
        if article is None and kind.endswith(_EXTRA_TAILS) and (caps := _CAPITALS.match(text, m.end() + 1)):
            if not no_name(caps.group().split()[0]) and not caps.group().lower().endswith(("se", "sche")):
                found.append(Found(*caps.span(), "instelling"))  # "kledingbank Overvloed"
            continue
        if article is None and kind.endswith(_LETTERS_AFTER) and (letters := _LETTERS.match(text, m.end() + 1)):
            low = letters.group().lower()
            if low not in NOT_INITIALS and low not in lexicon.words and not no_name(low):
                found.append(Found(*letters.span(), "instelling"))  # "zorgkantoor RTZ"
            continue
        word = _LOWER_WORD.match(text, m.end())
        if word is None:
            continue
        low = word.group(1)
        if low in medication_names() or _no_word_name(low, lexicon) or _finite(low, lexicon, plural=True):
            continue
        if "-" in low and lexicon.is_ordinary(low.rsplit("-", 1)[1]):
            continue  # "vrouwengroep do-ochtend": a day and a part of it, a compound with a common noun
        if lexicon.is_word(low):
            if kind.endswith(("groep", "team")) or _kind_has_article(text, m.start(), lexicon)[0]:
                continue  # "naastengroep ouders": whom a group is for
            if not _plain_noun(low, lexicon):
                continue  # "de school morgen", "afdeling rustig"
            if _NOUN_NAME_END.match(text, word.end(1)):
                found.append(Found(*word.span(1), "instelling"))  # "stichting wegwijzer in", "hogeschool kiezel,"
            continue
        if _ends_phrase(text, word.end(1), lexicon, after_preposition=True):
            found.append(Found(*word.span(1), "instelling"))  # "snackbar frietpaleis in"
    return found


# After a kind's name made of a noun: punctuation, the end, where it is, or its part of town.
_NOUN_NAME_END = re.compile(
    r"[ \t]*(?:[,.;:()!?\]\n]|->|→|\Z)|[ \t]+(?:in|te|aan|op|bij)[ \t]+\S|[ \t]+(?:noord|oost|zuid|west|centrum)\b"
)
# Times, adverbs and states a kind is followed by: "school morgen", "praktijk weg", "winkel open".
_TIMES_AND_STATES = frozenset(
    """morgen vanavond vannacht vanmiddag vanochtend straks later vroeger eerder vandaag gisteren overmorgen
    ochtend middag avond nacht weekend weg dicht open uit aan thuis zelf samen terug weer mee vol leeg dito
    idem gesloten""".split()
)


# "daarna", "hiervoor", "waarmee", "ermee": "daar", "hier", "waar" or "er" and a preposition.
_PRONOMINAL_ADVERB = re.compile(
    r"(?:daar|hier|waar|er)(?:na|voor|om|door|mee|bij|aan|in|op|uit|over|onder|tegen|van|naast|achter|tussen|"
    r"heen|toe|zonder|af|langs|binnen|buiten|boven|achteraan|omheen)"
)


def _plain_noun(low: str, lexicon: Lexicon) -> bool:
    """A noun, as far as its shape tells: no time or state word, no adjective (it has no inflected
    "-e" form: "rustig" has "rustige", "wegwijzer" has none), no adverb in "-lijk", "-ig", "-s"."""
    if low in _TIMES_AND_STATES or low.endswith(("ig", "lijk", "isch", "baar", "loos", "zaam")):
        return False
    if _PRONOMINAL_ADVERB.fullmatch(low):
        return False  # "nazorg daarna", "opvang hiervoor": an adverb
    if low.endswith(("ing", "heid", "isme", "tie", "sie", "teit", "schap")):
        return False  # a topic: "naastengroep gokverslaving", "cursus ontspanning"
    doubled = low + low[-1] + "e" if len(low) > 2 and low[-2] in "aeiou" and low[-3] not in "aeiou" else ""
    return not (low + "e" in lexicon.words or (doubled and doubled in lexicon.words))


# A kind or an owner, "van" or "bij", then a word no word list knows: "woongroep van lindora",
# "werkgever trivano", "thuiszorg van zorgboog".
_OWNER_ENDS = (
    "werkgever",
    "verhuurder",
    "bewindvoerder",
    "woonvorm",
    "woongroep",
    "thuiszorg",
    "dagbesteding",
    "opvang",
    "praktijk",
    "kliniek",
    "corporatie",
    "instelling",
    "aanbieder",
)
# A role "bij" a word: "jobcoach bij trevanto" (the word must be no word any list knows).
_ROLE_BIJ = re.compile(r"(?<![\w-])([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?=[ \t]+bij[ \t]+[a-zà-ÿ])")
_OWNER_THEN = re.compile(r"[ \t]+(?:(?:van|bij)[ \t]+)?([a-zà-ÿ][a-zà-ÿ'’-]{3,})(?![\w'’-])")


def _unknown_after_owner(text: str, lexicon: Lexicon, candidates: Sequence[re.Match[str]]) -> list[Found]:
    found = []
    roles = [m for m in _ROLE_BIJ.finditer(text) if is_role(m.group(1).lower())] if " bij " in text else []
    for owner in [*candidates, *roles]:
        if owner.re is _ROLE_BIJ:
            m = _OWNER_THEN.match(text, owner.end(1))  # "jobcoach bij trevanto"
        elif not owner.group().islower() or not owner.group().endswith(_OWNER_ENDS):
            continue
        else:
            m = _OWNER_THEN.match(text, owner.end())
        if m is None:
            continue
        low = m.group(1)
        if lexicon.is_word(low) or lexicon.common(low) or low in medication_names() or _no_word_name(low, lexicon):
            continue
        if _finite(low, lexicon, plural=True) or PARTICIPLE.fullmatch(low) or lexicon.is_verb_stem(low):
            continue
        found.append(Found(*m.span(1), "instelling"))
    return found


# Someone of an organisation, "van", then its name: "bewoner van Zonnedauw", "de begeleider van
# Kiezelsteen" (a family word or a name after "van" is a person: "moeder van Roos", "coach van Bakker").
_VAN_CAPITAL = re.compile(r"[ \t]van[ \t]+[A-ZÀ-Þ]")  # (asked first: most notes have none)
_ONE_OF = re.compile(r"(?<![\w-])([A-Za-zà-ÿ][a-zà-ÿ'’-]{2,})[ \t]+van[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{3,})(?![\w'’-])")


def _someone_of(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _ONE_OF.finditer(text) if _VAN_CAPITAL.search(text) else ():
        who, name = m.group(1).lower(), m.group(2)
        low = name.lower()
        if who in PERSON_CONTEXT or not (is_role(who) or a_job_title(m.group(1)) or who.endswith(("bewoner", "'er"))):
            continue
        if low in first_names() or low in surnames() or no_name(low) or not lexicon.is_ordinary(low):
            continue  # a person's name; a word no list knows is another rule's
        if kind_of_organisation(low, lexicon) or low.endswith(("se", "sche")):
            continue  # "medewerker van Jeugdzorg"
        found.append(Found(*m.span(2), "instelling"))
    return found


# A name, then what it is: "de zandloper, een inloophuis", "het anker (buurthuis)" (", de ..." is a
# list: "de markt, de moskee").
_APPOSITION = re.compile(
    r"(?<![\w'’-])(?:de|het|'t)[ \t]+([A-Za-zà-ÿ][a-zà-ÿ'’-]{2,}(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'’-]{2,})?)"
    r"(?:[ \t]*,[ \t]*een[ \t]+(?:[a-zà-ÿ]+[ \t]+)?|[ \t]*\([ \t]*)([a-zà-ÿ-]{4,})(?![\w-])"
)


def _apposition(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _APPOSITION.finditer(text) if (", een " in text or "(" in text) else ():
        name, kind = m.group(1), m.group(2)
        first = name.split()[0].lower()
        if not (kind.endswith(KIND_TAILS + _EXTRA_TAILS) or kind_of_organisation(kind, lexicon)):
            continue  # "de overdracht, een lastig traject"
        if _no_word_name(first, lexicon) or kind_of_organisation(first, lexicon) or first.endswith(KIND_TAILS):
            continue  # "de kerk, een oude ..."
        found.append(Found(*m.span(1), "instelling"))
    return found


# A kind or a role, a comma and a capitalised name in brackets: "(thuiszorg, Zonnedauw)".
_KIND_COMMA_NAME = re.compile(
    r"\([ \t]*([a-zà-ÿ][a-zà-ÿ'’-]{2,})[ \t]*,[ \t]*([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ]{2,})?)[ \t]*\)"
)


def _kind_comma_name(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _KIND_COMMA_NAME.finditer(text) if "(" in text else ():
        kind, name = m.group(1), m.group(2)
        if not (kind.endswith(_KIND_ENDS) or kind_of_organisation(kind, lexicon) or kind in ("werkgever", "werk")):
            continue  # "(moeder, Anja)": a person
        first = name.split()[0]
        low = first.lower()
        if no_name(low) or low in first_names() or low.endswith(("se", "sche")) or kind_of_organisation(low, lexicon):
            continue
        found.append(Found(*m.span(2), "instelling"))
    return found


# A name glued by a hyphen to what it has or runs: "Zandloper-pakketten", "de Kiezel-bus",
# "TKV-jongerengroep" (inside a sentence: a capital opening one says nothing).
_GLUED = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ]{2,}|[A-Z]{2,6})-([a-zà-ÿ]{3,})(?![\w'’-])")
# (Not a group or a team: a method names one as often, "Mindfulness-groep", "NA-groep", "HEE-groep".)
_GLUED_TAILS = tuple(t for t in _KIND_ENDS if t not in ("groep", "zorg", "dienst", "afdeling"))
_GLUED_TAILS += ("pakket", "pakketten", "bus", "busje", "bezoek", "site", "app", "account", "pas", "medewerker")
_GLUED_TAILS += ("medewerkers", "chauffeur", "bezorger", "filiaal", "vestiging", "depot", "magazijn", "pand", "terrein")


def _glued(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _GLUED.finditer(text) if "-" in text else ():
        head, tail = m.group(1), m.group(2)
        if not tail.endswith(_GLUED_TAILS) or _OPENS_HERE.search(text, max(0, m.start() - 3), m.start()):
            continue
        low = head.lower()
        if no_name(low) or low in NOT_INITIALS or low in CARE_UNITS or is_feast(low) or is_role(low):
            continue  # "Kerst-pakketten", "PAAZ-afdeling"
        if kind_of_organisation(low, lexicon) or (head.isupper() and low in lexicon.words):
            continue  # "Gemeente-bus"; "NA-groep"
        found.append(Found(*m.span(1), "instelling"))
    return found


_OPENS_HERE = re.compile(r"(?:^|[.!?:;\n(\"'‘“]|[-–•*>→])\s*\Z")


# A surname or a word no list knows, then a trade, in lower case: "verhoeven installaties", "van der
# lugt transport" (deduce's surnames; the trades of :mod:`.named_organisations`' firms).
_FIRM = re.compile(
    r"(?<![\w'’-])((?:(?:van|de|der|den|ter|ten)[ \t]+)*([a-zà-ÿ][a-zà-ÿ'’-]{3,}))[ \t]+"
    r"(transport|installaties|installatietechniek|schilders|hoveniers|schoonmaak|schoonmaakbedrijf|logistiek|"
    r"techniek|bouw|bouwbedrijf|makelaardij|accountants|advocaten|loonbedrijf|metaal|b\.?v\.?)(?![\w-])"
)


_TRADE_WORDS = ("transport", "installati", "schilders", "hoveniers", "schoonmaak", "logistiek", "techniek", "bouw")
_TRADE_WORDS += ("makelaardij", "accountants", "advocaten", "loonbedrijf", "metaal", "bv", "b.v")


def _firms(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    lowered = text.lower()
    if not any(t in lowered for t in _TRADE_WORDS):
        return []  # (most notes name no trade)
    for m in _FIRM.finditer(text):
        low = m.group(2)
        particles = m.group(1) != low  # "van der lugt transport": a surname with its particles
        if lexicon.is_ordinary(low) and not (particles and low in surnames()):
            continue  # "de bouw", "goede schoonmaak"
        if no_name(low) or low in NOT_A_NAME_AFTER_ROLE or low in lexicon.first_names:
            continue
        found.append(Found(m.start(1), m.end(3), "instelling"))
    return found


# Where a child goes to school: "zit op de vlinder in Hengelo", "zit op het anker, groep 6" (a town
# or a class after the word; "zit op de bank in de woonkamer" has neither).
_AT_SCHOOL = re.compile(
    r"(?<![\w-])(?:zit|zat|zitten|zaten|gaat|ging|gaan)[ \t]+(?:nu[ \t]+|nog[ \t]+|sinds[ \t]+\w+[ \t]+)?op[ \t]+"
    r"(?:de|het|'t)[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?:[ \t]+in[ \t]+([A-ZÀ-Þ][\w'’-]+|[a-zà-ÿ]+)|[ \t]*,?[ \t]*"
    r"(?:groep|klas|leerjaar|brugklas|havo|vwo|vmbo|mavo)\b)"
)


def _at_school(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _AT_SCHOOL.finditer(text) if " op " in text else ():
        low = m.group(1)
        town = m.group(2)
        if town and not (town[0].isupper() or lexicon.place(town.capitalize())):
            continue  # "op de bank in de woonkamer"
        if (
            low in _MEANS_AND_PLACES
            or no_name(low)
            or kind_of_organisation(low, lexicon)
            or _no_word_name(low, lexicon)
        ):
            continue
        found.append(Found(*m.span(1), "instelling"))
    return found


def _before_kind(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    lowered = text.lower()
    if not any(k in lowered for k in _KINDS_AFTER_NAME):
        return []
    for m in _NAME_BEFORE_KIND.finditer(text):
        name = m.group(1)
        last = re.split(r"[ \t-]", name)[-1]
        arabic = name[:3] in ("al ", "el ", "al-", "el-", "an ", "ar ", "as ")
        if arabic or name.startswith(("sint-", "st-")) or not lexicon.is_ordinary(last):
            if not no_name(last):
                found.append(Found(*m.span(1), "instelling"))
    return found


def _a_person_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """Someone works ("broer storm werkt", "dhr koning (ong 60) werkt", "hij werkt"), not a thing
    that works for something ("EMDR werkt bij trauma"): a person, a pronoun, a name or nothing
    in the four words before."""
    before = [w.strip(",;:()") for w in text[max(0, start - 40) : start].split()[-4:]]
    if not before or text[max(0, start - 2) : start].strip() in (",", ";", ":"):
        return True
    for word in before:
        low = word.lower()
        if low in _SUBJECTS or low in PERSON_CONTEXT or is_role(low) or low in lexicon.first_names:
            return True
        if word.endswith("]") or (word[:1].isupper() and not word.isupper() and len(word) > 2):
            return True
    return False


def _where_one_works(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    lowered = text.lower()
    if not any(h in lowered for h in _WORK_HINTS):
        return []
    for m in _WORKS_AT.finditer(text):
        verb, low = m.group(1), m.group(2)
        if low in _NOT_EMPLOYERS or _no_word_name(low, lexicon) or low.endswith(KIND_TAILS):
            continue
        where = _WHERE_OR_AS.match(text, m.end(2)) is not None
        if not where and not (
            verb.startswith(("dagbesteding", "stage", "vrijwillig")) and _goes_on(text, m.end(2), lexicon)
        ):
            continue  # "dagbesteding bij t wilgenhof gaat goed"
        if verb.startswith("werk") and verb != "werkzaam" and not _a_person_before(text, m.start(), lexicon):
            continue  # "EMDR werkt bij trauma": a treatment works for a disorder
        found.append(Found(*m.span(2), "instelling"))
    for m in _WORKS_AT_LETTERS.finditer(text):
        verb, letters = m.group(1), m.group(2).lower()
        if no_name(letters) or letters in lexicon.words or letters in _PUBLIC_BODIES:
            continue
        if any(w in m.group().split() for w in ("mee", "goed", "actief", "slecht")):
            continue  # "werkt goed mee bij EMDR": taking part in a treatment
        if verb.startswith("werk") and verb != "werkzaam" and not _a_person_before(text, m.start(), lexicon):
            continue  # "CGT werkt voor PTSS"
        found.append(Found(*m.span(2), "instelling"))
    return found


# Public bodies and care everyone deals with: no one's employer in particular.
_PUBLIC_BODIES = frozenset("uwv cak svb duo cjib ggd ggz ind".split())


# Frames the review step shows (never replaced: a kind of place or a thing stands there as often).
# (A word before where it is, "bij het vlot in [LOCATIE-1]", was tried and left out: on the
# development notes it hit a snackbar, a poli or a cell thirty times for every organisation.)
# Where someone works, a word, nothing more: "werkte jaren bij de zandbank".
_WORKS_THEN = re.compile(
    r"(?<![\w-])(?:werkt|werkte|werkzaam|stage|vrijwilliger|vrijwilligerswerk)[ \t]+(?:[a-zà-ÿ]+[ \t]+){0,3}?"
    r"bij[ \t]+(?:(?:de|het|'t)[ \t]+)?([a-zà-ÿ][a-zà-ÿ'’-]{2,})(?![\w'’-])"
)
# A kind "van" a word: "de dagbesteding van zonnedauw".
_KINDS_OF = ("dagbesteding", "opvang", "thuiszorg", "woonvorm", "woongroep", "inloophuis", "buurthuis", "kerk")
_KINDS_OF += ("moskee", "school", "kliniek", "praktijk", "apotheek", "zorgboerderij", "stichting", "vereniging", "club")
_KIND_OF = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(_KINDS_OF)
    + r")[ \t]+van[ \t]+(?:(?:de|het|'t)[ \t]+)?([a-zà-ÿ][a-zà-ÿ'’-]{3,})(?![\w'’-])"
)
_MEANS_AND_PLACES = frozenset(
    """trein bus tram metro auto fiets boot taxi markt station strand kermis stad dorp buurt wijk straat centrum
    kroeg bioscoop zwembad park bos haven winkel supermarkt""".split()
)


def organisation_frames(text: str, lexicon: Lexicon) -> list[Span]:
    """Words in lower case where an organisation named with a word may stand and nothing decides
    it (see the patterns above): shown for review, never replaced."""
    if not lexicon.words or " " not in text:
        return []
    spans = []
    lowered = text.lower()
    patterns = [_WORKS_THEN] if any(h in lowered for h in _WORK_HINTS) else []
    if " van " in text and any(k in lowered for k in _KINDS_OF):
        patterns.append(_KIND_OF)
    for pattern in patterns:
        for m in pattern.finditer(text):
            low = m.group(1)
            if low in _MEANS_AND_PLACES or low in _NOT_EMPLOYERS or _no_word_name(low, lexicon):
                continue
            if low.endswith(KIND_TAILS) or kind_of_organisation(low, lexicon) or low.endswith(("werker", "maker")):
                continue  # ("werkt bij de loonwerker": a trade)
            if pattern is _WORKS_THEN and (
                (low.endswith("e") and lexicon.is_word(low))
                or not _goes_on(text, m.end(1), lexicon)
                or not _a_person_before(text, m.start(), lexicon)
            ):
                continue  # "werkt bij de gemeentelijke reiniging", "werkt slecht bij psychose"
            spans.append(m.span(1))
    spans += object_frames(text, lexicon)  # "loopt bij de kering", "zit op het baken"
    return sorted(set(spans))


# First words of listed names that most notes hold: such names are read with their capitals only.
_SMALL_FIRST_WORDS = frozenset("de het 't van in op en voor leger stichting centrum huis".split())


@cache
def _listed_lower() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The names of ``data/care_institutions.txt`` and ``data/organisations.txt`` in lower case: those
    of one word (of five letters or more), and those of several words by their first word."""
    single: set[str] = set()
    several: dict[str, set[str]] = {}
    for file in LISTS:
        for name in read_list(DATA / file):
            low = " ".join(name.lower().replace("-", " ").split())
            if " " in low and low.split()[0] not in _SMALL_FIRST_WORDS:
                several.setdefault(low.split()[0], set()).add(low)
            elif len(low) >= 5 and low.isalpha():
                single.add(low)
    return frozenset(single), {k: tuple(sorted(v, key=len, reverse=True)) for k, v in several.items()}


_PLAIN_LOWER = re.compile(r"[a-zà-ÿ]+")
_LOWER_TOKEN = re.compile(r"(?<![\w@/.'’-])[a-zà-ÿ]{2,}(?![\w@/'’-])")


def _known_word(low: str, lexicon: Lexicon) -> bool:
    return lexicon.is_ordinary(low) or lexicon.common(low) or low in first_names() or low in surnames()


def listed_in_lower_case(text: str, lexicon: Lexicon) -> list[Found]:
    """A listed organisation written in lower case, wherever it stands, when the name is no word
    any list knows ("verwijzing triversum loopt", "ggz breburg"): a word of the name decides."""
    single, several = _listed_lower()
    tokens = set(_PLAIN_LOWER.findall(text))  # (a quick look first: most notes name no listed organisation)
    if not (tokens & single or tokens & several.keys()):
        return []
    found = []
    taken = 0
    for m in _LOWER_TOKEN.finditer(text):
        low = m.group()
        if m.start() < taken:
            continue
        for name in several.get(low, ()):
            end = m.start() + len(name)
            if text[m.start() : end].replace("-", " ") == name and not (end < len(text) and text[end].isalnum()):
                if any(len(w) >= 4 and not _known_word(w, lexicon) and not no_name(w) for w in name.split()):
                    found.append(Found(m.start(), end, "instelling"))  # "ggz breburg"
                    taken = end
                break
        else:
            if low in single and not _known_word(low, lexicon) and not lexicon.place(low.capitalize()):
                found.append(Found(*m.span(), "instelling"))  # "triversum"
    return found


def word_organisations(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """Organisations named with ordinary words by the frame around them (see the module's
    docstring), outside ``covered``."""
    if not lexicon.words or " " not in text:
        return []
    candidates = list(_kinds(text, _KIND_ENDS + _OWNER_ENDS))  # (one pass over the words for both)
    found = _after_kind(text, lexicon, candidates) + _before_kind(text, lexicon) + _where_one_works(text, lexicon)
    found += _unknown_after_owner(text, lexicon, candidates) + _someone_of(text, lexicon) + _apposition(text, lexicon)
    found += _kind_comma_name(text, lexicon) + _glued(text, lexicon) + listed_in_lower_case(text, lexicon)
    found += _firms(text, lexicon) + _at_school(text, lexicon)
    found = [f for f in dict.fromkeys(found) if not any(a < f.end and f.start < b for a, b in covered)]
    return found
