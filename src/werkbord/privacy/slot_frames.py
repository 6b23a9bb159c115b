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
from .words import COUNTRIES, MONTHS_AND_DAYS, NOT_INITIALS, NOT_NAMES, PERSON_CONTEXT, ROLE_WORDS, Lexicon, is_role

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
_CONTACT = re.compile(
    r"(?i:\b(?:gesproken|gesprek|gesprekje|gebeld|telefoontje|belletje|contact|afspraak|afgesproken|"
    r"overleg|overlegd|geappt|appje|gemaild|mailtje|ruzie|samen|geluncht|gewandeld|wandeling|"
    r"meegegaan|meegekomen)[ \t]+met"
    r"|\b(?:gestuurd|gegeven|gevraagd|uitgelegd|verteld|doorgegeven|voorgesteld|overgedragen|"
    r"gemeld|gemaild|geschreven)[ \t]+aan"
    r"|\bvolgens"
    # (no ordinary word is shown after these: "belde terug", "sprak kort")
    r"|\b(?P<verb>sprak|spraken|belde|belden|mailde|appte|bezocht|bezochten|ontmoette|"
    r"(?:heb|had|hebben|hadden)(?=[ \t]+[^\W\d_'’-]+[ \t]+(?:gebeld|gesproken|gemaild|geappt|bezocht|gevraagd|"
    r"ingelicht|teruggebeld)\b)))[ \t]+" + _WORD + _ENDS
)
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
_PROVIDER = re.compile(
    r"(?i:\b(?:hulp|begeleiding|begeleider|begeleidster|ondersteuning|wachtlijst|maatje|maatjes|coach|"
    r"budgetcoach|contactpersoon|hulpverlener|medewerker|medewerkster|consulent|behandelaar|therapeut|"
    r"dagbesteding|vrijwilligers)[ \t]+(van|via))[ \t]+(?:(de|het|'t)[ \t]+)?" + _WORD + _GOES_ON
)
# Where one goes for a service, lives supported or is registered: "dagbesteding bij de kering",
# "woont beschermd bij het anker", "stage via de opstap".
_PLACE_SERVICE = re.compile(
    r"(?i:\b(?:dagbesteding|dagbehandeling|stage|stageplek|werkplek|vrijwilliger|vrijwilligerswerk|inloop|"
    r"beschermd|begeleid|wachtlijst|ingeschreven|aangemeld)" + _COUNTS + r"[ \t]+(bij|via))[ \t]+"
    r"(?:(de|het|'t)[ \t]+)?" + _WORD + _GOES_ON
)
# Where one works or goes, with a word no list knows: "werkt bij trivorm", "loopt bij sorvena".
_AT = re.compile(
    r"(?i:\b(?:werkt|werkte|werken|loopt|liep|zit|zat|gaat|ging|woont|woonde|brief|post|mail)(?:[ \t]+[a-zà-ÿ]+){0,4}?"
    + r"[ \t]+(bij|van|via|naar))[ \t]+()"
    + _WORD
    + _GOES_ON
)
# A network entry with its ring, named with a word no list knows: "Wiendelt -> B", "trivorm → C".
_ENTRY = re.compile(r"(?:^|\n)[ \t]*" + _WORD + r"[ \t]*(?:->|→|=>)[ \t]*[ABC]\b")

# --- role -----------------------------------------------------------------------------------
# A role or family word, a word in lower case, then what a person does: "bewoner djamal zit",
# "buurvrouw tonjes belt", "collega orvald, die ...".
_ROLE_THEN = re.compile(
    r"(?<![\w'’-])([^\W\d_]{3,})\.?[ \t]+" + _WORD + rf"(?=[ \t]*[,;:()]|[ \t]+(?:{FINITE_VERBS}|en|uit|van)\b)"
)
# A first name before a role in brackets, in any case, also one that is a word: "ILSE (zus)",
# "belde wil (schoonzoon)", "ben (zwager) komt".
_NAME_ROLE = re.compile(r"(?<![\w'’.-])([^\W\d_]{2,})[ \t]*\([ \t]*([^\W\d_'’-]{2,})[ \t]*\)")
# Who sent something: "brief van de kering", "aanmaning van het baken": shown (most senders are a
# role or a kind: "brief van de gemeente", "mail van de mentor").
_SENDER = re.compile(
    r"(?i:\b(?:brief|brieven|post|mail|mailtje|bericht|berichtje|aanmaning|rekening|factuur|beschikking|"
    r"uitnodiging|telefoontje|app|appje|pakket)[ \t]+(?:van|vanuit)[ \t]+(?:de|het|'t))[ \t]+" + _WORD + _GOES_ON
)

# One word alone under "Wie" (who takes a micro-action on): "Wie: hesselien", "wie? Snoetje".
_OWNER = re.compile(r"(?im)^[ \t]*(?:[-*•][ \t]*)?(?:wie|who)[ \t]*[:?][ \t]*" + _WORD + r"[ \t]*$")

# --- residence -------------------------------------------------------------------------------
_RESIDENCE = re.compile(
    r"(?i:\b(?:woont|woonde|wonen|woonden|komt|kwam|komen|afkomstig|geboren|opgegroeid|getogen|verhuisd|"
    r"verhuist|verhuizen|terug|gevlucht|vertrokken|familie|ouders|moeder|vader|zus|broer|oma|opa|tante|"
    r"oom|kinderen|dochter|zoon|ex|vakantie|rijdt|reist|pendelt)(?:[ \t]+[a-zà-ÿ]+){0,3}?"
    r"[ \t]+(?:in|uit|naar|vanuit|van)|(?:^|[.!?;\n(][ \t]*)(?:in|vanuit|uit))[ \t]+" + _WORD + _ENDS
)
# A compound that ends like a place: "kloostergaarde", "ravenweide", "eikenhorst".
_PLACE_TAIL = re.compile(
    r"(?:gaarde|weide|horst|broek|veen|hoek|kamp|hoeve|schans|veld|dijk|dam|hout|berg|beek|meer|wijk|"
    r"dorp|buurt|hof|rade|oord|zijl|wolde|wold|hem|ingen|rode|vaart|werd|wierde|terp|laar|donk|hoven|"
    r"heuvel|dal|stein|burg|stad|haven|mond|sluis|zand|brug|bos|lo|loo)$"
)


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
    if _verb_form(low, lexicon):
        return False
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
    if not (word == low or word.istitle()) or low in _NOT_PET or not lexicon.is_word(low):
        return False
    if _PET_FORM.fullmatch(low):
        return not low.endswith("ie") or low[-3] == low[-4]  # "spekkie", "sjonnie"; not "dementie"
    # an adjective used as a name: "bolle", "dikke", "rooie" (the stem is a word: "bol", "dik")
    return low.endswith("e") and 5 <= len(low) <= 7 and low[-2] == low[-3] and lexicon.is_word(low[:-2])


def _person_word(low: str) -> bool:
    return low in ROLE_WORDS or low in PERSON_CONTEXT or is_role(low) or is_role_word(low)


def _contact(text: str, lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    out = []
    for m in _CONTACT.finditer(text):
        word = m.group(2)
        low = word.lower()
        if low in _NOBODY or _person_word(low) or low.endswith(("'s", "’s")) or len(low) < 3:
            continue
        if word == low and _no_word(low, lexicon) and not _shorthand(low, lexicon):
            out.append((*m.span(2), True))  # "gesproken met hesselien": whom, and no word
        elif _pet_form(word, low, lexicon):
            out.append((*m.span(2), False))  # "gesproken met spekkie", "volgens bolle": a nickname?
    return out


# Services and people by what they do, after a service's "bij", "van" or "via" ("via de
# diaconie", "maatje van de bakkerij", "hulp van de deurwaarder", "de endocrinoloog").
_NO_NAME_ENDINGS = ("ie", "erij", "arij", "aar", "aarder", "eur", "loog", "iater", "ist", "ant", "ier", "iër")
# ... and rooms and halls: "de vrijwilligers van de kerkzaal", "begeleider van de leefruimte".
_NO_NAME_ENDINGS += ("zaal", "ruimte", "lokaal", "kantine", "keuken", "hal")


def _service(text: str, lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    out = []
    for pattern in (_PROVIDER, _PLACE_SERVICE, _AT):
        for m in pattern.finditer(text):
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


_ANY_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]+([^\W\d_]{3,})(?![\w'’-])")


def _after_roles(text: str, lexicon: Lexicon) -> list[Span]:
    """A nickname after a role or family word: "collega spekkie neemt", "buurman Snoetje". Shown."""
    out = []
    for m in _ANY_WORD.finditer(text):
        before, word = m.group(1).lower(), m.group(2)
        low = word.lower()
        if (before in ROLE_WORDS or before in PERSON_CONTEXT) and low not in _NOBODY and not _person_word(low):
            if _pet_form(word, low, lexicon) and not is_english_word(low):
                out.append(m.span(2))
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


def _residence(text: str, lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    out = []
    for m in _RESIDENCE.finditer(text):
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


def _roles(text: str, lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    out = []
    for m in _ROLE_THEN.finditer(text):
        before, word = m.group(1).lower(), m.group(2)
        low = word.lower()
        if word != low or len(low) < 4 or low in _NOBODY or _person_word(low):
            continue
        if before not in _MEMBERS and not _person_word(before):
            continue
        if _no_word(low, lexicon) and not _shorthand(low, lexicon) and not is_english_word(low):
            out.append((*m.span(2), True))  # "bewoner djamal zit": a name no list holds
    if "(" in text:
        for m in _NAME_ROLE.finditer(text):
            word, low = m.group(1), m.group(1).lower()
            if not _person_word(m.group(2).lower()) or low not in first_names() or low in MONTHS_AND_DAYS:
                continue
            if word.isupper() or (word == low and not _person_word(low) and low not in _NOBODY):
                out.append((*m.span(1), True))  # "ILSE (zus)", "wil (schoonzoon)": a first name
    return out


def _owners(text: str, lexicon: Lexicon) -> list[Span]:
    """A word alone under "Wie" that no list knows (longer than the form's own rule reads as a
    name, :func:`.fields.owner_names`) or a nickname made of a word: shown, never replaced (a
    role no list holds stands there as well)."""
    out = []
    if "ie" in text or "ho" in text:
        for m in _OWNER.finditer(text):
            word = m.group(1)
            low = word.lower()
            if _person_word(low) or low in _NOBODY or is_english_word(low) or len(low) > 12:
                continue  # (a long word no list knows there is a compound role: "gokcounsellor")
            if (_no_word(low, lexicon) and not _shorthand(low, lexicon)) or _pet_form(word, low, lexicon):
                out.append(m.span(1))
    return out


def _senders(text: str, lexicon: Lexicon) -> list[Span]:
    out = []
    for m in _SENDER.finditer(text):
        word = m.group(1)
        low = word.lower()
        if word == low and not _person_word(low) and not no_organisation_name(low, lexicon):
            if not low.endswith(_NO_NAME_ENDINGS + ("bouw",)):
                out.append(m.span(1))  # "brief van de kering"
    return out


_TAGS = {"contact": "persoon", "role": "persoon", "service": "instelling", "residence": "locatie"}


def frame_identifiers(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """Persons, organisations and places these frames are sure of, outside ``covered``: replaced."""
    if not lexicon.words:
        return []
    out: list[Found] = []
    taken = list(covered)
    finds = (("contact", _contact), ("role", _roles), ("service", _service), ("residence", _residence))
    for kind, find in finds:
        for start, end, sure in find(text, lexicon):
            if sure and not any(s < end and start < e for s, e in taken):
                out.append(Found(start, end, _TAGS[kind]))
                taken.append((start, end))
    return out


def frame_suspects(text: str, lexicon: Lexicon) -> list[Span]:
    """Where these frames see a name but do not decide ("gesproken met spekkie", "via de wissel",
    "De schakel belt ..."): shown for review, never replaced."""
    if not lexicon.words:
        return []
    shown = [(s, e) for s, e, sure in _contact(text, lexicon) if not sure]
    shown += _entries(text, lexicon) + _after_roles(text, lexicon) + _senders(text, lexicon)
    return shown + _owners(text, lexicon)
