"""Persons, organisations and places that no list knows, read by the slot a frame opens for them
(issue #22's eighth session). Written from a generated probe of frames (benchmarks/
deid_frame_probe.py) and made-up examples, never from a test set's notes. Pure.

Three frames, each with a slot for one word in lower case:

- **contact**: a verb or noun of contact or speech and its preposition ("gesproken met", "contact
  met", "mail gestuurd aan", "volgens", "heb ... gebeld", "ik sprak"): the one word after it is
  whom. A word no list knows there ("gesproken met hesselien", "heb brelko gebeld") is a person:
  replaced. An ordinary word without an article there ("gesproken met spekkie", "volgens bolle")
  is shown for review: a nickname reads like that; "gesproken met iedereen" or "met moeite" is
  neither.
- **service**: a care service, a role or a verb of registering, working or living supported, then
  "bij", "van", "via" or "naar" and an article and a plain word ("dagbesteding bij de kering",
  "de hulp van de boog", "woont beschermd bij het anker"): an organisation named with a word,
  replaced; a bare word no list knows there ("werkt bij trivorm", "wachtlijst van sorvena") too.
  Looser frames ("via de wissel", "gaat elke dinsdag naar de horizon", a note opening "De schakel
  belt ...", a network entry "de kering -> C") are shown for review.
- **residence**: living, coming from, moving or going back, and "in", "uit", "naar", "vanuit"
  ("verhuisd naar mispelgaarde", "komt uit al-hoceima", "van nador naar"): a word no list knows,
  or a compound that ends like a place ("-gaarde", "-weide", "-horst"), is a place: replaced.

Never a role, a kind of organisation, a service, an everyday thing or place (:mod:`.org_frames`),
a pronoun or a quantifier, a medicine, an abbreviation of care or a country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .english_vocabulary import is_english_word
from .found import Found
from .lexicon import first_names, medication_names
from .lower_names import PARTICIPLE
from .names import FINITE_VERBS
from .org_frames import no_organisation_name
from .roles import is_role_word
from .word_forms import unlisted_verb_form
from .words import (
    COUNTRIES,
    MONTHS_AND_DAYS,
    NOT_INITIALS,
    NOT_NAMES,
    PERSON_CONTEXT,
    ROLE_WORDS,
    Lexicon,
    is_role,
    title_cased,
)

Span = tuple[int, int]

# One word in the slot, in any alphabet ("gdańsk", "al-hoceima"); the caller asks its case.
_WORD = r"([^\W\d_][^\W\d_'’]{1,}(?:-[^\W\d_]{2,})?)"
_ENDS = r"(?![\w-])"
# Where the slot ends: punctuation, the end, or a word that goes on with the sentence.
_GOES_ON = (
    r"(?=[ \t]*(?:[,.;:()!?]|->|→|\Z|\n)|[ \t]+(?:over|in|voor|sinds|op|om|en|als|te|vanaf|tot|met|wegens|"
    r"vanwege|is|was|heeft|had|belt|belde|komt|kwam|gaat|ging|wil|kan|zegt|zei|slaapt|loopt|verzet|"
    r"gebeld|gesproken|gemaild|geappt|gezien|bezocht|gevraagd|kort|nog|ook|niet|gisteren|vandaag|"
    r"boodschappen|koffie|naar|bij|van|door|uit|af|mee|terug|langs)\b)"
)

# --- contact ---------------------------------------------------------------------------------
_WITH = """gesproken gesprek gesprekje gebeld telefoontje belletje contact afspraak afgesproken overleg overlegd
    geappt appje gemaild mailtje ruzie samen geluncht gewandeld wandeling meegegaan meegekomen""".split()
_TO = (
    "gestuurd gegeven gevraagd uitgelegd verteld doorgegeven voorgesteld overgedragen gemeld gemaild geschreven".split()
)
_CONTACT_VERBS = "sprak spraken belde belden mailde appte bezocht bezochten ontmoette".split()
_AFTER_HAVING = "gebeld gesproken gemaild geappt bezocht gevraagd ingelicht teruggebeld".split()
_CONTACT_TAILS = (
    (frozenset(_WITH), re.compile(r"[ \t]+(?i:met)[ \t]+" + _WORD + _ENDS)),
    (frozenset(_TO), re.compile(r"[ \t]+(?i:aan)[ \t]+" + _WORD + _ENDS)),
    (frozenset(("volgens",)), re.compile(r"[ \t]+" + _WORD + _ENDS)),
    (frozenset(_CONTACT_VERBS), re.compile(r"[ \t]+" + _WORD + _ENDS)),
    (
        frozenset(("heb", "had", "hebben", "hadden")),
        re.compile(r"[ \t]+" + _WORD + rf"(?=[ \t]+(?i:{'|'.join(_AFTER_HAVING)})\b)"),
    ),
)
_HAVING = frozenset(_AFTER_HAVING)
# Words that stand in this slot and are nobody: pronouns, quantifiers, articles, adverbs, and
# nouns that go without an article after "met" ("met moeite", "met elkaar").
_NOBODY = frozenset(
    """de het een haar hem hen hun zijn mijn jouw jou u uw ons onze ze zij hij wij we jullie ik mij me
    iedereen niemand iemand elkaar allen alle allemaal beide beiden andere anderen die deze dat dit wie
    wat welke zo'n veel weinig meer minder enkele sommige velen diverse verschillende twee drie vier
    moeite plezier tegenzin succes spoed hulp behulp name betrekking elkaar familie vrienden collega's
    buren ouders kinderen mensen professionals betrokkenen hulpverleners iedere elke ieder elk
    zichzelf zelf nu net even al ook nog niet wel kort lang snel vandaag gisteren morgen daarna dan
    telefonisch mondeling schriftelijk direct meteen opnieuw weer vaker vaak""".split()
)

# --- service ---------------------------------------------------------------------------------
_COUNTS = r"(?:[ \t]+(?:nu|al|ook|nog|sinds|drie|twee|vier|dagen|dag|per|week|elke|jaren|jaar|\d+)){0,4}"
# Who provides a service: "de hulp van de boog", "begeleider van het anker", "maatje via de wissel"
# ("hulp bij de aanvraag" names the task, not who helps: "bij" is read only after a place's service).
_PROVIDERS = """hulp begeleiding begeleider begeleidster ondersteuning wachtlijst maatje maatjes coach budgetcoach
    contactpersoon hulpverlener medewerker medewerkster consulent behandelaar therapeut dagbesteding
    vrijwilligers""".split()
_PROVIDER = re.compile(r"[ \t]+(?i:(van|via))[ \t]+(?:(de|het|'t)[ \t]+)?" + _WORD + _GOES_ON)
# Where one goes for a service, lives supported or is registered: "dagbesteding bij de kering",
# "woont beschermd bij het anker", "stage via de opstap".
_PLACE_SERVICES = """dagbesteding dagbehandeling stage stageplek werkplek vrijwilliger vrijwilligerswerk inloop
    beschermd begeleid wachtlijst ingeschreven aangemeld""".split()
_PLACE_SERVICE = re.compile(r"(?i:" + _COUNTS + r"[ \t]+(bij|via))[ \t]+(?:(de|het|'t)[ \t]+)?" + _WORD + _GOES_ON)
# Where one works or goes, with a word no list knows: "werkt bij trivorm", "loopt bij sorvena".
_GOES = "werkt werkte werken loopt liep zit zat gaat ging woont woonde brief post mail".split()
_AT = re.compile(r"(?i:(?:[ \t]+[a-zà-ÿ]+){0,4}?[ \t]+(bij|van|via|naar))[ \t]+()" + _WORD + _GOES_ON)
_SERVICE_PATTERNS = (
    (_PROVIDER, frozenset(_PROVIDERS)),
    (_PLACE_SERVICE, frozenset(_PLACE_SERVICES)),
    (_AT, frozenset(_GOES)),
)
# A network entry with its ring, named with a word no list knows: "Wiendelt -> B", "trivorm → C".
_ENTRY = re.compile(r"(?:^|\n)[ \t]*" + _WORD + r"[ \t]*(?:->|→|=>)[ \t]*[ABC]\b")

# --- role -----------------------------------------------------------------------------------
# A role or family word, a word in lower case, then what a person does: "bewoner djamal zit",
# "buurvrouw tonjes belt", "collega orvald, die ..." (see :func:`_after_role_words`).
# A first name before a role in brackets, in any case, also one that is a word: "ILSE (zus)",
# "belde wil (schoonzoon)", "ben (zwager) komt".
_NAME_ROLE = re.compile(r"(?<![\w'’.-])([^\W\d_]{2,})[ \t]*\([ \t]*([^\W\d_'’-]{2,})[ \t]*\)")
# Who sent something: "brief van de kering", "aanmaning van het baken": shown (most senders are a
# role or a kind: "brief van de gemeente", "mail van de mentor").
_SENT = """brief brieven post mail mailtje bericht berichtje aanmaning rekening factuur beschikking uitnodiging
    telefoontje app appje pakket""".split()
_SENDER = re.compile(r"[ \t]+(?i:van|vanuit)[ \t]+(?i:de|het|'t)[ \t]+" + _WORD + _GOES_ON)

# One word alone under "Wie" (who takes a micro-action on): "Wie: hesselien", "wie? Snoetje".
_OWNER = re.compile(r"(?im)^[ \t]*(?:[-*•][ \t]*)?(?:wie|who)[ \t]*[:?][ \t]*" + _WORD + r"[ \t]*$")

# --- residence -------------------------------------------------------------------------------
_LIVES = """woont woonde wonen woonden komt kwam komen afkomstig geboren opgegroeid getogen verhuisd verhuist
    verhuizen terug gevlucht vertrokken familie ouders moeder vader zus broer oma opa tante oom kinderen
    dochter zoon ex vakantie rijdt reist pendelt""".split()
_RESIDENCE = re.compile(r"(?:[ \t]+[a-zà-ÿ]+){0,3}?[ \t]+(?i:in|uit|naar|vanuit|van)[ \t]+" + _WORD + _ENDS)
# ... or a sentence opening with where: "In lindenhorst spreekt iedereen plat."
_WHERE_OPENING = re.compile(r"[ \t]*(?:[Ii]n|[Vv]anuit|[Uu]it)[ \t]+" + _WORD + _ENDS)
_SENTENCE_END = re.compile(r"[.!?;\n(]")
_LIVES_TRIGGERS = frozenset(_LIVES)
_OWNER_TRIGGERS = frozenset(("wie", "who", "-wie", "*wie"))
_WHERE_TRIGGERS = frozenset(("in", "uit", "vanuit"))
_SENT_TRIGGERS = frozenset(_SENT)
# A compound that ends like a place: "kloostergaarde", "ravenweide", "eikenhorst".
_PLACE_TAIL = re.compile(
    r"(?:gaarde|weide|horst|broek|veen|hoek|kamp|hoeve|schans|veld|dijk|dam|hout|berg|beek|meer|wijk|"
    r"dorp|buurt|hof|rade|oord|zijl|wolde|wold|hem|ingen|rode|vaart|werd|wierde|terp|laar|donk|hoven|"
    r"heuvel|dal|stein|burg|stad|haven|mond|sluis|zand|brug|bos|lo|loo)$"
)


def _words(text: str) -> frozenset[str]:
    """The note's words in lower case without punctuation, to ask which frames can be there at all
    (most notes hold none of a frame's words, and a frame's pattern costs far more than this)."""
    low = text.lower().replace(",", " ").replace(":", " ").replace(".", " ").replace("(", " ")
    return frozenset(low.replace(")", " ").replace(";", " ").replace("?", " ").split())


def _after_triggers(text: str, low: str, present: frozenset[str], tail: re.Pattern[str]) -> list[re.Match[str]]:
    """``tail`` matched right after each whole-word occurrence of a word of ``present`` in ``text``
    (``low`` is ``text`` in lower case): a short pattern tried where its frame starts, instead of a
    long one scanned over the whole note."""
    out = []
    for word in present:
        start = low.find(word)
        while start != -1:
            end = start + len(word)
            if (start == 0 or not low[start - 1].isalpha()) and (end == len(low) or not low[end].isalpha()):
                m = tail.match(text, end)
                if m is not None:
                    out.append(m)
            start = low.find(word, end)
    return out


def _pronounceable(low: str) -> bool:
    return any(v in low for v in "aeiouyàáâäèéêëìíîïòóôöùúûü")


_VERB_ENDINGS = ("t", "de", "te", "den", "ten", "en")
_FINITE = frozenset(FINITE_VERBS.split("|"))
_PARTICLES = re.compile(r"(?:uit|op|af|aan|in|mee|terug|toe|na|over|door|weg|bij|voor|om|samen|thuis|tegen|los|vast)")


def _verb_form(low: str, lexicon: Lexicon) -> bool:
    """``low`` is a form of a verb the word list lacks: "zegt", "adviseert", "uitleggen"."""
    if low in _FINITE or lexicon.is_verb_stem(low):
        return True
    if any(low.endswith(e) and lexicon.is_verb_stem(low[: -len(e)]) for e in _VERB_ENDINGS if len(low) > len(e) + 2):
        return True
    m = _PARTICLES.match(low)  # a separable verb: "uitleggen", "meepraat"
    rest = low[m.end() :] if m else ""
    return len(rest) >= 4 and (_verb_form(rest, lexicon) or (rest.endswith("en") and lexicon.is_word(rest)))


def _no_word(low: str, lexicon: Lexicon) -> bool:
    """``low`` is no word any list knows: no Dutch word, compound or inflection, no medicine,
    abbreviation, country or people."""
    parts = low.replace("’", "'").split("-")
    # (a hyphenated name's short particles are words: "ben-slimane", "al-hoceima")
    if any(lexicon.is_ordinary(p) or lexicon.common(p) for p in parts if len(p) > (3 if len(parts) > 1 else 2)):
        return False
    if _verb_form(low, lexicon) or (low.endswith("d") and unlisted_verb_form(low, lexicon)):
        return False  # "adviseert"; "overlegd": a participle without "ge-" no name list holds
    return (
        PARTICIPLE.fullmatch(low) is None  # "gestuurd", "doorgegeven": the word list lacks participles
        and low not in NOT_INITIALS
        and low not in NOT_NAMES
        and low not in COUNTRIES
        and low not in medication_names()
        and _pronounceable(low)
    )


# The shape of a nickname made of a word: a diminutive or a pet form ("spekkie", "snoetje",
# "bolle", "keesje", "pluk" not: a plain noun is as often an unlisted role, "dealer", "supervisor").
_PET_FORM = re.compile(r"[^\W\d_]{2,}(?:tje|pje|kje|etje|je|ie|ke|y|ske)")
_NOT_PET = frozenset("bolletje beetje meisje jongetje huisje kamertje uurtje dagje weekje lijstje briefje".split())


def _shorthand(low: str, lexicon: Lexicon) -> bool:
    """``low`` is care shorthand, no name: it ends in three consonants ("wijkverpl") or is a
    compound on a known word of six letters or more ("delierprotocol")."""
    if re.search(r"[^aeiouyà-ÿ\W]{3}$", low):
        return True
    return any(lexicon.is_word(low[i:]) for i in range(4, len(low) - 5))


def _pet_form(word: str, low: str, lexicon: Lexicon) -> bool:
    """``word`` has a nickname's shape and is an ordinary word: "spekkie", "Snoetje", "bolle"."""
    if not (word == low or word.istitle()) or low in _NOT_PET or low.endswith(("lijke", "ige", "ische")):
        return False  # (inflected adjectives: "moeilijke", "vreselijke")
    if _PET_FORM.fullmatch(low):  # "spekkie", "sjonnie"; not "dementie"
        return (not low.endswith("ie") or low[-3] == low[-4]) and lexicon.is_word(low)
    # an adjective used as a name: "bolle", "dikke", "rooie" (the stem is a word: "bol", "dik")
    if low.endswith("e") and 5 <= len(low) <= 7 and low[-2] == low[-3] and not low.endswith(("tte", "dde")):
        return lexicon.is_word(low) and lexicon.is_word(low[:-2])  # (not a past tense: "zette", "redde")
    return False


def _person_word(low: str) -> bool:
    return low in ROLE_WORDS or low in PERSON_CONTEXT or is_role(low) or is_role_word(low)


def _contact(text: str, words: frozenset[str], lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    low_text = ""
    for triggers, tail in _CONTACT_TAILS:
        present = triggers & words
        if not present or (triggers is _CONTACT_TAILS[-1][0] and _HAVING.isdisjoint(words)):
            continue  # ("heb ... gebeld": only with its participle)
        low_text = low_text or text.lower()
        for m in _after_triggers(text, low_text, present, tail):
            word = m.group(1)
            low = word.lower()
            if low in _NOBODY or _person_word(low) or low.endswith(("'s", "’s")) or len(low) < 3:
                continue
            if word == low and _no_word(low, lexicon) and not _shorthand(low, lexicon):
                out.append((*m.span(1), True))  # "gesproken met hesselien": whom, and no word
            elif _pet_form(word, low, lexicon):
                out.append((*m.span(1), False))  # "gesproken met spekkie", "volgens bolle": a nickname?
            elif word != low and _capital_word(text, m, lexicon):
                out.append((*m.span(1), True))  # "gesproken met Wolk", "volgens Anker": whom, by the capital
                if (more := _AND_CAPITAL.match(text, m.end(1))) and _capital_word(text, more, lexicon):
                    out.append((*more.span(1), True))  # "gesprek met Roos en Wolk": both are whom
    return out


# A second capitalised word joined to whom: "met Roos en Wolk".
_AND_CAPITAL = re.compile(r"[ \t]+(?:en|&)[ \t]+" + _WORD + _ENDS)
# What follows whom in a contact frame: the sentence ends or goes on ("over", "en", "gebeld", ...).
_WHOM_ENDS = re.compile(_GOES_ON + rf"|[ \t]+(?:{'|'.join(_AFTER_HAVING)})\b")


def _capital_word(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    """The capitalised word of the contact frame ``m`` is an ordinary word that only a name gives a
    capital inside a sentence ("gesproken met Wolk", "volgens Anker"): no kind of organisation, role,
    service or everyday thing ("overleg met Wijkteam", "contact met Huisarts"), no plural, month, day,
    country or holiday, and not in a note that capitalises its words anyway."""
    word = m.group(1)
    low = word.lower()
    if not word.istitle() or "-" in word or len(low) < 3 or not lexicon.is_ordinary(low):
        return False  # (a word no list knows, or a compound of words: the other rules read those)
    if low in MONTHS_AND_DAYS or low in COUNTRIES or low in NOT_NAMES or no_organisation_name(low, lexicon):
        return False
    if low.endswith("en") and (lexicon.is_word(low[:-2]) or lexicon.is_word(low[:-3])):
        return False  # a plural: "ging samen met Schulden", "overleg met Buren"
    if _WHOM_ENDS.match(text, m.end(1)) is None or _OPENS_BEFORE.search(text, 0, m.start(1)):
        return False
    return not title_cased(text[: m.start(1)] + low + text[m.end(1) :])  # (the word's own capital aside)


# The word stands right where a sentence opens (the frame's word ended the one before).
_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;\n])[ \t]*$")


# Services and people by what they do, after a service's "bij", "van" or "via" ("via de
# diaconie", "maatje van de bakkerij", "hulp van de deurwaarder", "de endocrinoloog").
_NO_NAME_ENDINGS = ("ie", "erij", "arij", "aar", "aarder", "eur", "loog", "iater", "ist", "ant", "ier", "iër")
# ... and rooms and halls: "de vrijwilligers van de kerkzaal", "begeleider van de leefruimte".
_NO_NAME_ENDINGS += ("zaal", "ruimte", "lokaal", "kantine", "keuken", "hal")


def _service(text: str, words: frozenset[str], lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    out = []
    low_text = text.lower()
    for pattern, triggers in _SERVICE_PATTERNS:
        for m in _after_triggers(text, low_text, triggers & words, pattern):
            article, word = m.group(2), m.group(3)
            low = word.lower()
            if word != low or _person_word(low) or low in _NOBODY:
                continue
            if article:
                if not no_organisation_name(low, lexicon) and not low.endswith(_NO_NAME_ENDINGS):
                    out.append((*m.span(3), True))  # "dagbesteding bij de kering"
            elif len(low) >= 5 and _no_word(low, lexicon) and not _shorthand(low, lexicon):
                if not lexicon.place(word.capitalize()):  # (a town is the place rules': "naar zwolle")
                    out.append((*m.span(3), True))  # "werkt bij trivorm"
    return out


_TOKEN = re.compile(r"[^\W\d_]+")
# After a role word: one word, and where it ends.
_NEXT_WORD = re.compile(r"\.?[ \t]+" + _WORD + r"(?![\w'’-])")
_AFTER_NAME = re.compile(rf"[ \t]*[,;:()]|[ \t]+(?:{FINITE_VERBS}|en|uit|van)\b")


def _after_role_words(text: str, words: frozenset[str]) -> list[re.Match[str]]:
    """The word after each role, family or member word of ``text`` ("collega ... ", "bewoner ...")."""
    present = _ROLE_TRIGGERS & words
    if not present:
        return []
    return sorted(_after_triggers(text, text.lower(), present, _NEXT_WORD), key=lambda m: m.start())


def _after_roles(text: str, found: list[re.Match[str]], lexicon: Lexicon) -> list[Span]:
    """A nickname after a role or family word: "collega spekkie neemt", "buurman Snoetje". Shown."""
    out = []
    for m in found:
        word = m.group(1)
        low = word.lower()
        if len(low) >= 3 and low not in _NOBODY and not _person_word(low):
            if _pet_form(word, low, lexicon) and not is_english_word(low):
                out.append(m.span(1))
    return out


def _entries(text: str, lexicon: Lexicon) -> list[Span]:
    """A network entry named with a word no list knows ("Wiendelt -> B"): shown."""
    if "->" not in text and "→" not in text and "=>" not in text:
        return []
    out = []
    for m in _ENTRY.finditer(text):
        word = m.group(1)
        low = word.lower()
        if (word == low or word.istitle()) and len(low) >= 4 and not _person_word(low):
            if _no_word(low, lexicon) and not _shorthand(low, lexicon):
                out.append(m.span(1))
    return out


def _residence(text: str, words: frozenset[str], lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    out = []
    lives = _after_triggers(text, text.lower(), _LIVES_TRIGGERS & words, _RESIDENCE)
    opening = []
    if not _WHERE_TRIGGERS.isdisjoint(words):
        for start in (0, *(m.end() for m in _SENTENCE_END.finditer(text))):
            if (m := _WHERE_OPENING.match(text, start)) is not None:
                opening.append(m)
    for m in (*lives, *opening):
        word = m.group(1)
        low = word.lower()
        if word != low or low in _NOBODY or _person_word(low):
            continue
        compound = len(low) >= 8 and not lexicon.is_word(low) and _PLACE_TAIL.search(low) is not None
        if (len(low) >= 4 and _no_word(low, lexicon)) or (compound and lexicon.is_ordinary(low)):
            out.append((*m.span(1), True))
    return out


# Who one is in a group or a home, besides roles and family: "bewoner djamal", "deelnemer kwasi".
_MEMBERS = frozenset(
    """bewoner bewoonster medebewoner deelnemer deelneemster huisgenoot groepsgenoot klasgenoot leerling
    student studente klant gast bezoeker cliënt cliënte client patiënt patiënte pt cl""".split()
)
_ROLE_TRIGGERS = ROLE_WORDS | PERSON_CONTEXT | _MEMBERS


def _roles(text: str, found: list[re.Match[str]], lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    out = []
    for m in found:
        word = m.group(1)
        low = word.lower()
        if word != low or len(low) < 4 or low in _NOBODY or _person_word(low):
            continue
        if _AFTER_NAME.match(text, m.end()) is None:
            continue
        if _no_word(low, lexicon) and not _shorthand(low, lexicon) and not is_english_word(low):
            out.append((*m.span(1), True))  # "bewoner djamal zit": a name no list holds
    return out


def _named_before_role(text: str, lexicon: Lexicon) -> list[Span]:
    """A listed first name right before a role in brackets: "ILSE (zus)", "wil (schoonzoon)"."""
    out = []
    if "(" in text:
        for m in _NAME_ROLE.finditer(text):
            word, low = m.group(1), m.group(1).lower()
            if not _person_word(m.group(2).lower()) or low not in first_names() or low in MONTHS_AND_DAYS:
                continue
            if word.isupper() or (word == low and not _person_word(low) and low not in _NOBODY):
                out.append(m.span(1))  # "ILSE (zus)", "wil (schoonzoon)": a first name
    return out


def _owners(text: str, words: frozenset[str], lexicon: Lexicon) -> list[Span]:
    """A word alone under "Wie" that no list knows (longer than the form's own rule reads as a
    name, :func:`.fields.owner_names`) or a nickname made of a word: shown, never replaced (a
    role no list holds stands there as well)."""
    out = []
    if not _OWNER_TRIGGERS.isdisjoint(words):
        for m in _OWNER.finditer(text):
            word = m.group(1)
            low = word.lower()
            if _person_word(low) or low in _NOBODY or is_english_word(low) or len(low) > 12:
                continue  # (a long word no list knows there is a compound role: "gokcounsellor")
            if (_no_word(low, lexicon) and not _shorthand(low, lexicon)) or _pet_form(word, low, lexicon):
                out.append(m.span(1))
    return out


def _senders(text: str, words: frozenset[str], lexicon: Lexicon) -> list[Span]:
    out = []
    for m in _after_triggers(text, text.lower(), _SENT_TRIGGERS & words, _SENDER):
        word = m.group(1)
        low = word.lower()
        if word == low and not _person_word(low) and not no_organisation_name(low, lexicon):
            if not low.endswith(_NO_NAME_ENDINGS + ("bouw",)):
                out.append(m.span(1))  # "brief van de kering"
    return out


# The last text read: its words, its contact frames and the word after each role word, which
# the rules (frame_identifiers, on the raw note) and the review step (frame_suspects, on the
# scrubbed note) both read; the same text wherever nothing was replaced, most notes.
_LAST: list[tuple] = [("", None, frozenset(), (), ())]


def _read_once(text: str, lexicon: Lexicon) -> tuple[frozenset[str], tuple, tuple]:
    """(words, contact frames, words after roles) of ``text``, kept for the next reader of it."""
    last = _LAST[0]
    if last[0] != text or last[1] is not lexicon:
        words = _words(text)
        last = (text, lexicon, words, tuple(_contact(text, words, lexicon)), tuple(_after_role_words(text, words)))
        _LAST[0] = last
    return last[2], last[3], last[4]


def frame_identifiers(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """Persons, organisations and places these frames are sure of, outside ``covered``: replaced."""
    if not lexicon.words:
        return []
    words, contact, after_roles = _read_once(text, lexicon)
    found = [
        *((s, e, "persoon") for s, e, sure in contact if sure),
        *((s, e, "persoon") for s, e, _sure in _roles(text, after_roles, lexicon)),
        *((s, e, "persoon") for s, e in _named_before_role(text, lexicon)),
        *((s, e, "instelling") for s, e, _sure in _service(text, words, lexicon)),
        *((s, e, "locatie") for s, e, _sure in _residence(text, words, lexicon)),
    ]
    out: list[Found] = []
    taken = list(covered)
    for start, end, tag in found:
        if not any(s < end and start < e for s, e in taken):
            out.append(Found(start, end, tag))
            taken.append((start, end))
    return out


def frame_suspects(text: str, lexicon: Lexicon) -> list[Span]:
    """Where these frames see a name but do not decide ("gesproken met spekkie", "collega snoetje",
    "aanmaning van de zeeslang", "Wie: hesselien"): shown for review, never replaced."""
    if not lexicon.words:
        return []
    words, contact, after_roles = _read_once(text, lexicon)
    shown = [(s, e) for s, e, sure in contact if not sure]
    shown += _entries(text, lexicon) + _after_roles(text, after_roles, lexicon)
    return shown + _senders(text, words, lexicon) + _owners(text, words, lexicon)


# Read by person_slots.py too.
NOBODY, after_triggers, no_word, person_word, shorthand = _NOBODY, _after_triggers, _no_word, _person_word, _shorthand
verb_form_of = _verb_form  # (a verb's form the word list lacks: "zegt", "uitnodigen")
