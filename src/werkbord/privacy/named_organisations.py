"""Organisations named with ordinary words, found by where they stand rather than by list.

Most employers, shops, clubs, churches, day-activity centres and shelters on a sticky note carry
a name that is an ordinary Dutch word or a surname ("dagbesteding bij de Rugzak", "begeleid
door Vuurtoren", "crisisdienst Klaproos", "hoveniersbedrijf Groenrijk", "Kok Transport"). No
list holds them all, and the word alone says nothing; the words around it do:

- a compound that names a kind of business or place ("hoveniersbedrijf", "Pinksterkerk",
  "activiteitencentrum", "dierenspeciaalzaak"), or a care unit ("crisisdienst", "SEH",
  "PAAZ", "RIBW"), then capitals: the capitals are its name;
- a preposition and an article, then one capitalised ordinary word inside a sentence ("bij
  de Houvast", "van het Klimop", "in de Korenbloem"): an ordinary noun is written there in
  lower case, so the capital makes it a name; and "bij", "via", "door" without an article
  ("begeleid door Vuurtoren");
- a person, then a capitalised name in brackets: whom they work for ("mentor Jan (Het Pijler)");
- capitals before a legal form or a trade ("Jansen B.V.", "Kok Transport", "Groen
  Hoveniers", "De Wever Zorg" when "De Wever" is no ordinary word).

Not in a note that capitalises most words ("Goede Samenwerking Met De Wijkverpleging"), and
never a kind of organisation, a role, a time of year or a public body everyone deals with
("bij de Gemeente", "via de Huisarts", "in het Weekend"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .lexicon import first_names, medication_names, surnames
from .setting_nouns import activity, setting_noun
from .words import (
    COUNTRIES,
    MONTHS_AND_DAYS,
    NOT_A_NAME_AFTER_ROLE,
    NOT_INITIALS,
    NOT_NAMES,
    PERSON_CONTEXT,
    RESPECT_WORDS,
    ROLE_WORDS,
    WORLD_WORDS,
    Lexicon,
    plural_stem,
)

Span = tuple[int, int]

_CAP = r"[A-ZÀ-Þ][\w&-]*(?:['’]\w+)*"  # not a closing quote: "'De Blaffer'"
# A name: capitalised words, possibly joined by "van", "de", "&", ...: "Levend Water", "Van der Wal".
_RUN = rf"(?:(?:De|Het|'t)[ \t]+)?{_CAP}(?:[ \t]+(?:(?:van|de|der|den|het|'t|&)[ \t]+)*{_CAP})*"

# What a compound ends in when it names a kind of business or place: "hoveniersbedrijf",
# "Pinksterkerk", "activiteitencentrum", "dierenspeciaalzaak", "buurthuis".
_KIND_TAILS = (
    "bedrijf",
    "erij",  # bakkerij, slagerij, kwekerij, drukkerij, glazenwasserij, boerderij
    "hovenier",
    "bakker",
    "slager",
    "firma",
    "kapper",
    "fietsenmaker",
    "loodgieter",
    "installateur",
    "apotheek",
    "drogist",
    "opticien",
    "winkel",
    "kerk",
    "school",
    "vereniging",
    "club",
    "opvang",
    "centrum",
    "praktijk",
    "bureau",
    "salon",
    "garage",
    "werkplaats",
    "fabriek",
    "moskee",
    "tempel",
    "synagoge",
    "gurdwara",
    "mandir",
    "parochie",
    "koor",
    "restaurant",
    "hotel",
    "camping",
    "huis",
    "speciaalzaak",
    "pension",
    "asiel",
    "stichting",
    "scouting",
    "gemeente",
    "dienst",
    "zorg",
    "groep",
    "bewindvoering",
    "budgetbeheer",
    "waterschap",
    "schuldeiser",
    "afdeling",
    "taxi",
    "dispuut",
    "hal",  # speelhal, sporthal
    "huisvester",  # of labour migrants: "huisvester Rustpunt"
    "rechtbank",
    "hulplijn",
    # housing corporations, insurers, bands and clubs, cooperatives: "wooncorporatie Vlonder",
    # "zorgverzekeraar Kiezel", "harmonie Molenwiek", "coöperatie Overstap", "soos Windroos"
    "corporatie",
    "verzekeraar",
    "harmonie",
    "coöperatie",
    "cooperatie",
    "soos",
)
# Shops, cafés and workplaces named by their kind, then their name ("eetcafé Zeilsteen", "coffeeshop
# Brulboei", "kapperszaak Knipster", "marinekazerne Zeehaven", "advocatenkantoor Tellura"): read only by
# :func:`_kind_compounds`. Not the bare words or their other compounds ("oorzaak", "rechtszaak", "workshop",
# "op kantoor"); "Café 't Hoekje" is the company rule's.
_BUSINESS_TAILS = (
    *("eetcafé", "grandcafé", "coffeeshop", "webshop", "pizzeria", "buurtsuper", "kazerne", "atelier"),
    *("erszaak", "enzaak", "ingzaak", "mazaak", "tezaak", "sociëteit", "wasserette", "zwembad"),
    *("advocatenkantoor", "administratiekantoor", "accountantskantoor", "incassokantoor", "uitzendkantoor"),
)
# Bare kinds after which a capital is more often something else: "zorg Thuis", "centrum Zwolle",
# "groep Zuid".
_LOOSE_KINDS = frozenset({"huis", "dienst", "zorg", "centrum", "groep"})
# Care units that a provider's name follows: "crisisdienst Klaproos", "SEH Wegwijzer", "RIBW Overstap",
# "Jeugd-ggz Rugzak".
_CARE_UNITS = frozenset(
    "crisisdienst seh paaz ribw iht hic fact-team ggz-team polikliniek poli jeugd-ggz ouderen-ggz basis-ggz "
    "jggz".split()
)
# A word, then a capital (in quotes or a bracket): the few places a kind's name may follow.
_BEFORE_CAPITAL = re.compile(r"(?<![\w-])([^\W\d_][\w-]*)(?:[ \t]+[\"“'‘(]?|[ \t]*:[ \t]*)(?=[A-ZÀ-Þ'])")
_NAME_RUN = re.compile(_RUN)
# A word that is itself a kind (handled by :func:`.places.named_by_kind`) or no kind at all.
_NOT_A_KIND = frozenset({"thuis", "verband", "gezin", "ander", "zelf"})

# A preposition and an article, then a capitalised word inside a sentence: "bij de Houvast".
_ARTICLE_NAME = re.compile(
    r"(?<=[\w,)] )(bij|van|door|via|naar|voor|met|in|op|aan|uit)[ \t]+(?:de|het|'t)[ \t]+"
    r"([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ]{2,})?)(?![\w-])"
)
# "bij" and "door" without an article: "begeleid door Vuurtoren", "werkt bij Kompas" ("via" without
# one names a channel as often: "via Zorgdomein", "via Teams").
_BARE_NAME = re.compile(
    r"(?<=[\w,)] )(?:bij|door|voor)[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ]{2,})?)(?![\w-])"
)
# A name in quotes where an organisation stands: 'werkt bij "De Groene Vinger"', "via 'Thuis Plus'".
_QUOTED_NAME = re.compile(
    r"(?<=[\w,] )(?:bij|voor|naar|via)[ \t]+(?:(?:de|het)[ \t]+)?[\"“„'‘]"
    r"((?:De|Het|'t)?[ \t]*[A-ZÀ-Þ][\w&-]*(?:[ \t]+[\w&-]+){0,4})[\"”'’](?!\w)"
)
# "Ons" or "Onze" with a capital inside a sentence, then a capitalised word: a name made of words ("de boer
# van Ons Erf", "kamer via Ons Dak"); not a prayer's words ("tot Onze Lieve Heer", "het Onze Vader").
_OUR_NAME = re.compile(r"(?<=[a-zà-ÿ,)] )((?:Ons|Onze)[ \t]+(?!Lieve\b|Vader\b)[A-ZÀ-Þ][a-zà-ÿ]{2,})(?![\w-])")
# A word with a capital (a ring's letter, "A", is none): a note without one is written in lower case.
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿA-ZÀ-Þ]")
# A sports club by its prefix in a note written in lower case: "vv de meern", "fc utrecht".
_LOWER_CLUB = re.compile(
    r"(?<![\w-])(?:vv|sv|fc|rkvv|rksv|svv|hv|kv|hc|av)[ \t]+(?:(?:de|het)[ \t]+)?[a-zà-ÿ]{3,}(?![\w-])"
)
# A list of capitalised nouns: "door Personeelstekort en Wachtlijsten", "Crisiskaart, Signaleringsplan".
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|en\b|of\b|&)[ \t]*[A-ZÀ-Þ]")
# A thing, a place or a person of an organisation, then its name: "de HIC van Sleutel", "een
# huurwoning van Keerpunt", "de psychiater van Korenbloem" (a person's name there goes too).
_OF_NAME = re.compile(
    r"(?<![\w-])([A-Za-zà-ÿ][a-zà-ÿ]{2,}'?s?|[A-Z]{2,5})[ \t]+van[ \t]+"
    r"([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ]{2,}){0,2})(?![\w-])"
)
_CAPITAL_AFTER = re.compile(r"[ \t]+(?:De|Het|'t)[ \t]")
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-zà-ÿ][a-zà-ÿ]{2,})")
_SCHOOLS = ("college", "lyceum", "gymnasium", "academie")
# A role's organisation in capitals no list knows: "jeugdbeschermer van JBRA", "bedrijfsarts van KSC".
_ROLE_OF_ACRONYM = re.compile(
    r"(?<![\w-])([a-zà-ÿ]{3,}|[A-Z]{3,4})[ \t]+(?:van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?([A-Z]{3,5})(?![\w-])"
)
# An owner's word, then capitals: "werkgever DSM", "verhuurder: SSH" (even letters a care term spells).
_OWNER_ACRONYM = re.compile(
    r"(?i:\b(?:werkgever|verhuurder|bewindvoerder|woningcorporatie|corporatie|baas))[ \t]*:?[ \t]+([A-Z]{2,6})(?![\w-])"
)
# A network entry that opens with a capitalised "De"/"Het" and ends in its ring: "De Hoeksteen -> B".
_RING_ENTRY = re.compile(
    r"(?:^|[;\n]|[-–•*>]\s)[ \t]*((?:De|Het|'t|[A-ZÀ-Þ][\w'’-]+)[ \t]+[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)*)"
    r"[ \t]*(?:(?:->|→|–|-|:)[ \t]*(?:ring[ \t]+)?[ABC]\b|\([ \t]*[ABC][ \t]*\))"
)
# A name, then what kind of organisation it is in brackets: "De Vlonder (pinkstergemeente)",
# "Rugzak (genderzorg)", "Kiezel (werkgever)".
_NAME_THEN_KIND = re.compile(rf"(?<![\w-])({_RUN})[ \t]*\([ \t]*([a-zà-ÿ-]{{4,}})(?![\w-])")
# A name, then its kind in lower case: "Gelre ziekenhuis", "Isala kliniek", "X zorgkantoor".
_LOWER_KINDS = (
    r"ziekenhuis|kliniek|zorgkantoor|zorggroep|college|lyceum|school|kerk|moskee|opvang|stichting|vereniging|"
    r"thuiszorg|apotheek|praktijk|transport|installaties|schoonmaak|hoveniers"
)
_NAME_THEN_LOWER_KIND = re.compile(rf"(?<![\w-])({_RUN})[ \t]+(?:{_LOWER_KINDS})(?![\w-])")
_LOWER_KIND_GATE = re.compile(rf" (?:{_LOWER_KINDS})\b")  # most notes have none: one scan, then the pattern
_THREE_CAPITALS = re.compile(r"[A-Z]{3}")
_RING_GATE = re.compile(r"(?:->|→|–|-|:)[ \t]*(?:ring[ \t]+)?[ABC]\b|\([ \t]*[ABC][ \t]*\)")
_OWNER_KINDS = frozenset("werkgever verhuurder bewindvoerder schuldeiser leverancier sportclub".split())
_PERSON_NOUN = (
    "beschermer",
    "werker",
    "arts",
    "kundige",
    "coach",
    "therapeut",
    "loog",
    "iater",
    "consulent",
    "leider",
    "adviseur",
)
_PLACE_NAME_END = re.compile(r"(?:wijk|buurt|straat|weg|laan|plein|kade|gracht|dijk|singel|park|dorp)$")
_TITLE_WORDS = frozenset("mevrouw meneer heer familie fam dhr mw mevr".split())
# A person, then a capitalised name in brackets: "Jan (Het Pijler)".
_BRACKETED = re.compile(rf"[ \t]*\(((?:De|Het|'t)[ \t]+{_CAP}|[A-ZÀ-Þ][a-zà-ÿ]{{2,}}(?:[ \t]+{_CAP})*)\)")
# Capitals before a legal form or a trade: "Jansen B.V.", "Kok Transport", "De Wever Zorg".
_LEGAL = r"B\.V\.|BV|N\.V\.|V\.O\.F\.|VOF|vof|Holding"
_TRADES = (
    r"Transport|Installaties|Installatietechniek|Schilders|Accountants|Advocaten|Makelaars|Metaal|Techniek|"
    r"Logistiek|Services|Schoonmaak|Hoveniers|Supermarkten|Bouw|Groep|Wonen|Zorg|Werk|Welzijn|Thuiszorg|"
    r"Kinderopvang|Bewindvoering|Bewind|Budgetbeheer|Beheer|Casino|Hotel|Restaurant|Café|Camping|Garage|Bakkerij|"
    r"Kapsalon|Fitness|Flex|Uitzendbureau|Uitzendgroep|Detachering"
)
_COMPANY = re.compile(
    rf"(?<![\w-])((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er)[ \t]+)*[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?)"
    rf"[ \t]+({_LEGAL}|{_TRADES})(?![\w])"
)
_COMPANY_AFTER = re.compile(rf"[ \t]+(?:{_LEGAL}|{_TRADES})(?![\w])")
# Trades after which capitals name a firm whatever they are: "Groen Hoveniers", "Wit Schoonmaak".
_FIRM_TRADES = frozenset(
    "transport installaties installatietechniek schilders accountants advocaten makelaars metaal techniek "
    "logistiek services schoonmaak hoveniers supermarkten bewind bewindvoering budgetbeheer casino hotel restaurant "
    "café camping garage bakkerij kapsalon fitness flex uitzendbureau uitzendgroep detachering".split()
)
# A firm by its owners and partners: "Krol & Partners", "Jansen & Zn.", "Van Dijk & Zonen" (a bailiff,
# a law firm, a family business).
_PARTNERS = re.compile(
    r"(?<![\w-])((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er)[ \t]+)*[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?)"
    r"[ \t]*&[ \t]*(?:Partners|Zonen|Zn\.?|Co\.?|Dochters?|Associates)(?![\w])"
)

# Capitalised and yet no name: kinds of organisations and units, public bodies, times of year.
_GENERIC = frozenset(
    """gemeente politie rechtbank rechter belastingdienst uwv cak svb duo cjib ggd ggz apotheek huisarts
    wijkteam buurtteam sociaal crisisdienst kliniek ziekenhuis zorgverzekeraar verzekeraar corporatie
    woningcorporatie opvang voedselbank werk zorg thuiszorg wijkverpleging jeugdzorg reclassering veilig
    raad kinderbescherming bewindvoerder huisartsenpost weekend week zomer winter herfst lente voorjaar
    najaar vakantie feestdagen ochtend avond nacht middag stad dorp wijk buurt regio straat centrum
    noord zuid oost west midden team groep afdeling locatie praktijk dagbesteding dagbehandeling
    behandeling instelling nazorg overdracht intake opname crisis dienst gezin familie thuis officier
    justitie kantonrechter riagg steunpunt meldpunt servicepunt informatiepunt inlooppunt wijkpunt
    zorgpunt trefpunt bouw horeca haven onderwijs techniek logistiek landbouw tuinbouw schoonmaak
    beveiliging metaal industrie detailhandel retail transport kinderopvang ict""".split()
)
# Endings of words that name a kind, a service or a plan, capitalised for weight.
_KIND_ENDINGS = (
    *_KIND_TAILS,
    "team",
    "loket",
    "instelling",
    "afdeling",
    "plan",
    "kaart",
    "academie",
    "begeleiding",
    "bescherming",
    "behandeling",
    "besteding",
    "verpleging",
    "hulp",
    "zorg",
    "werk",
    "wonen",
    "kliniek",
    "ziekenhuis",
    "corporatie",
    "verzekeraar",
    "dienst",
    "post",
    "bank",
    "taxi",
    "vervoer",
    "instituut",
)


# Compounds that end in a service, an activity or a document name a thing, capitalised for weight:
# "de Tolkentelefoon", "de Koranles", "de Introductieweek", "het Tolkcontact".
_THING_ENDINGS = (
    "les",
    "week",
    "telefoon",
    "contact",
    "lijn",
    "cursus",
    "training",
    "dag",
    "avond",
    "gesprek",
    "overleg",
    "spreekuur",
    "formulier",
    "regeling",
    "toeslag",
    "uitkering",
    "traject",
    "programma",
    "project",
    "methode",
    "therapie",
    "module",
)


# A hospital's specialties, capitalised after "afdeling": "Psychiatrie", "Longziekten", "Interne".
_SPECIALTIES = (
    "logie",
    "atrie",
    "chirurgie",
    "kunde",
    "ziekten",
    "interne",
    "spoedeisende",
    "revalidatie",
    "zorg",
    "ing",
)


def _no_name(word: str) -> bool:
    """A role, a person word, a month, a country, a public body or a kind: never an organisation's name."""
    low = word.lower()
    return (
        low in ROLE_WORDS
        or low in PERSON_CONTEXT
        or low in NOT_NAMES
        or low in MONTHS_AND_DAYS
        or low in COUNTRIES
        or low in _GENERIC
    )


def _world_word_name(word: str) -> bool:
    """A capitalised word of another language's vocabulary of address or of every day
    (``data/world_words.txt``: "Hooyo", "Salam", "Injera"), no name on its own; after a kind of
    organisation or before a legal form it is the organisation's name ("stichting Hooyo", "moskee
    Salam", "Injera BV"), as communities name their foundations, mosques and shops. Not a Dutch role,
    a person word, a month, a country or a public body."""
    low = word.lower()
    if not word[:1].isupper() or not (low in RESPECT_WORDS or low in WORLD_WORDS):
        return False
    if low in PERSON_CONTEXT or low in MONTHS_AND_DAYS or low in COUNTRIES or low in _GENERIC:
        return False
    if low.endswith(_KIND_TAILS) or low in _WORLD_KINDS:
        return False  # "Sikh-tempel (Gurdwara Nanak Huis)": a kind of its own, the name follows
    return low in RESPECT_WORDS or low not in ROLE_WORDS


# Words of other languages that name a kind of place, not one ("mandir" and "gurdwara" end as a kind).
_WORLD_KINDS = frozenset({"kovil", "hamam", "hammam"})
# A kind of organisation right before a word ("stichting ", "moskee '"), and a legal form or a trade
# right after one (" BV", " Transport").
_KIND_RIGHT_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ \t]+[\"“'‘(]?\Z")


def world_word_named(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of another language (:func:`_world_word_name`) that names an
    organisation where it stands: right after a kind of organisation or a care unit ("stichting
    Hooyo", "Moskee Salam") or right before a legal form or a trade ("Injera BV")."""
    if not _world_word_name(text[start:end]):
        return False
    if _COMPANY_AFTER.match(text, end):
        return True
    m = _KIND_RIGHT_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    kind = m.group(1).lower()
    return (kind.endswith(_KIND_TAILS) or kind in _CARE_UNITS) and kind not in _NOT_A_KIND | _LOOSE_KINDS


def _label_value(first: str) -> bool:
    """After a form's label ("School:", "Werkgever:") a sentence follows as often as a name: one
    capital or a word and a common noun joined ("JGZ-verpleegkundige") opens one; "De Zeppelin"
    or two capitals ("Kiezel Rotterdam", "Lantaarn Kastanje") name something."""
    tail = first.rsplit("-", 1)[-1]
    return "-" in first and tail.islower()


def _kind_compounds(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _BEFORE_CAPITAL.finditer(text):
        kind = m.group(1).lower()
        # "op het werk (Zonnedauw, ...)", "Werkgever: Kiezel": not "school De Klimop" (a kind's rule)
        bracket = (kind in _OWNER_KINDS or kind == "werk") and not kind.endswith(_KIND_TAILS)
        if bracket and "(" not in text[m.start(1) : m.end()] and ":" not in text[m.start(1) : m.end()]:
            continue
        a_kind = kind.endswith(_KIND_TAILS) or kind in _CARE_UNITS or kind.endswith(_BUSINESS_TAILS)
        if not bracket and (not a_kind or kind in _NOT_A_KIND or kind in _LOOSE_KINDS):
            continue
        name = _NAME_RUN.match(text, m.end())
        if name is None:
            continue
        first = name.group().split()[0]
        if first not in ("De", "Het", "'t") and (_no_name(first) or first == name.group()):
            if (
                _no_name(first) and not world_word_named(text, name.start(), name.start() + len(first))
            ) or first.isupper():
                continue  # "kerk (EBG, ...)": an abbreviation alone may name the kind of church
        if kind.endswith("afdeling") and (first.lower().endswith(_SPECIALTIES) or _adjective([first], lexicon)):
            continue  # "afdeling Psychiatrie", "afdeling Handhaving", "afdeling Kortdurende Behandeling"
        if bracket and first.lower() in lexicon.first_names:
            continue  # "maatschappelijk werk (Karin)": a person
        label = ":" in text[m.end(1) : m.end()]
        if label and first not in ("De", "Het", "'t") and (" " not in name.group() or _label_value(first)):
            continue  # "School: Gaat goed": a form's label, then a sentence; but "School: De Wegwijzer"
        found.append(Found(*name.span(), "instelling"))
    return found


def kind_of_organisation(word: str, lexicon: Lexicon) -> bool:
    """A dictionary word for a kind of organisation, a sector or a public body, capitalised for
    weight: "de Kinderopvang", "de Gemeente", "de Thuiszorg" (not "de Regenboogschool")."""
    low = word.lower()
    return low in _GENERIC or (low.endswith(_KIND_ENDINGS) and lexicon.is_word(low))


def _ordinary_capital(word: str, lexicon: Lexicon) -> bool:
    """A capitalised ordinary word that is no kind, role or time: "Houvast", "Rugzak", "Klimop"."""
    return _capital_name(word) and lexicon.is_ordinary(word.lower())


def _adjective(words: list[str], lexicon: Lexicon) -> bool:
    """Words ending in an inflected adjective: "Syrische", "Hersteld Hervormde", "Zaanse" (a
    town's adjective is :func:`.places.place_adjectives`'); not a name's ("Wellant College")."""
    last = words[-1].lower()
    if last.endswith(("se", "sche")):
        return True
    return last.endswith("e") and lexicon.is_word(last) and not last.endswith(_KIND_ENDINGS + _SCHOOLS)


def _plural_or_adjective(word: str, lexicon: Lexicon) -> bool:
    """A plural or an inflected adjective of an ordinary word, after "voor" a kind of people:
    "voor Naasten", "voor Poolstalige cliënten" (after "bij" a club: "bij Zwaluwen")."""
    low = word.lower()
    if low.endswith("s") and low[:-1] in lexicon.words:
        return True  # "voor Cliënts", "voor Ouders"
    if low.endswith("en") and lexicon.is_word(low):
        # a plural has a singular ("Naasten", "Zwaluwen"); "Vuurtoren" has none: one name
        return bool(plural_stem(low[:-2]) & lexicon.words) or low[:-2] in lexicon.words
    return low.endswith("e") and lexicon.is_word(low)


def _noun(word: str) -> bool:
    """A noun in lower case or a kind with a capital: "winkel", "Gemeente"; not "in", "was", "heeft"."""
    if word[0].isupper():
        return not _capital_name(word)
    return word not in NOT_A_NAME_AFTER_ROLE and word not in NOT_NAMES


def _capital_name(word: str) -> bool:
    """A capitalised word that is no kind, role, time, public body or medicine: "Houvast",
    "Zandloper" (not "van de Depakine af")."""
    return not (_no_name(word) or word.lower().endswith(_KIND_ENDINGS) or word.lower() in medication_names())


def _a_kind(low: str) -> bool:
    """A word for a kind of organisation or a care unit: "dagopvang", "buurthuis", "SEH"."""
    return low.endswith(_KIND_TAILS) or low in _CARE_UNITS


def _after_article(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _ARTICLE_NAME.finditer(text):
        words = m.group(2).split()
        if not _capital_name(words[0]) or _LIST_GOES_ON.match(text, m.end(2)):
            continue  # a kind, a role or a time is no name
        if len(words) == 1 and words[0].lower().endswith(_THING_ENDINGS):
            continue  # "via de Tolkentelefoon", "naar de Koranles": a service or an activity, capitalised
        article = text[m.end(1) : m.start(2)].strip()
        if len(words) == 1 and setting_noun(text, m.group(1), article, m.start(2), m.end(2), lexicon, _a_kind):
            continue  # "in de Huiskamer", "met de Angstcurve": the setting's own noun, no sign of a name
        if _adjective(words, lexicon) and (n := _NOUN_AFTER.match(text, m.end(2))) and _noun(n.group(1)):
            continue  # "van de Syrische winkel", "de Hersteld Hervormde gemeente": adjectives
        if len(words) > 1 and (words[0].endswith("e") or _no_name(words[1])):
            words = words[:1]  # "de Grote Markt", "de Gereformeerde Kerk": an adjective and a kind
            if words[0].endswith("e"):
                continue
        end = m.start(2) + len(" ".join(words)) if len(words) == 1 else m.end(2)
        # "in de Vogelwijk" is a place; "in het Zandloper" a hospital or a home, named with a word
        tag = "locatie" if _PLACE_NAME_END.search(words[-1]) else "instelling"
        found.append(Found(m.start(2), end, tag))
    for m in _BARE_NAME.finditer(text):
        first = m.group(1).split()[0]
        if m.group().startswith("voor") and (_plural_or_adjective(first, lexicon) or activity(m.group(1), lexicon)):
            continue  # "voor Naasten", "voor Poolstalige cliënten": a kind of people; "voor Schuldsanering"
        if _ordinary_capital(first, lexicon) and not _LIST_GOES_ON.match(text, m.end()):
            if not _CAPITAL_AFTER.match(text, m.end()):  # "bij Kringloop De Ruilhoek": a kind, then the name
                found.append(Found(*m.span(1), "instelling"))
    if any(q in text for q in "\"“„'‘"):
        for m in _QUOTED_NAME.finditer(text):
            words = [w for w in m.group(1).split() if w not in ("De", "Het", "'t")]
            if words and not _no_name(words[0]):  # in quotes a kind's word is part of the name: 'Het Werkhuis'
                found.append(Found(*m.span(1), "instelling"))
    for m in _OF_NAME.finditer(text):
        noun = m.group(1)
        if noun.lower() in _TITLE_WORDS or not _capital_name(m.group(2).split()[0]):
            continue  # "mevrouw van Dijk": a surname's particle
        low = noun.lower()
        if noun[0].isupper() and not noun.isupper() and not low.endswith(_KIND_TAILS + _PERSON_NOUN):
            continue  # "Jan van Dijk", "Plan van Aanpak"; but "Kraamzorg van X", "Zorgadviseur van X"
        if not _LIST_GOES_ON.match(text, m.end(2)):
            found.append(Found(*m.span(2), "instelling"))
    return found


def _roles_and_entries(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _NAME_THEN_LOWER_KIND.finditer(text) if _LOWER_KIND_GATE.search(text) else ():
        words = m.group(1).split()
        last = words[-1]
        if not _capital_name(last) or last.lower() in NOT_A_NAME_AFTER_ROLE or _adjective(words, lexicon):
            continue  # "Zijn school", "Goede kliniek"
        opening = _OPENS.search(text, max(0, m.start() - 3), m.start()) is not None
        if opening and len(words) == 1 and lexicon.is_ordinary(last.lower()):
            continue  # "Kleine school ...": an ordinary word opening a sentence
        found.append(Found(*m.span(1), "instelling"))
    if "(" in text:
        for m in _NAME_THEN_KIND.finditer(text):
            kind = m.group(2)
            name = m.group(1)
            if (
                len(name) > 1
                and _capital_name(name.split()[-1])
                and (kind.endswith(_KIND_ENDINGS) or kind in _OWNER_KINDS)
            ):
                found.append(Found(*m.span(1), "instelling"))  # "De Vlonder (pinkstergemeente)"
    lowered = text.lower()
    owners = any(w in lowered for w in ("werkgever", "verhuurder", "bewindvoerder", "corporatie", "baas"))
    for m in _OWNER_ACRONYM.finditer(text) if owners else ():
        if not _no_name(m.group(1)):
            found.append(Found(*m.span(1), "instelling"))
    for m in _ROLE_OF_ACRONYM.finditer(text) if _THREE_CAPITALS.search(text) else ():
        role, letters = m.group(1), m.group(2).lower()
        unit = role.lower() in _CARE_UNITS  # "de SEH van het OLVG"
        if not (unit or role in ROLE_WORDS or role.endswith(_PERSON_NOUN)) or letters in _CARE_UNITS:
            continue
        if letters in NOT_INITIALS:
            continue
        if letters in lexicon.words or _no_name(letters):
            continue  # "psychiater van de PAAZ", "huisarts van de GGD": a care unit or a public body
        found.append(Found(*m.span(2), "instelling"))
    if _RING_GATE.search(text):
        for m in _RING_ENTRY.finditer(text):
            words = m.group(1).split()
            if words[0].lower().endswith((*_PERSON_NOUN, "aar", "ster")):
                continue  # "Zorgbemiddelaar VGZ -> B": a role and whom they work for
            if all(_capital_name(w) for w in words if w not in ("De", "Het", "'t")):
                found.append(Found(*m.span(1), "instelling"))
    return found


def _bracketed(text: str, people: Sequence[Span], lexicon: Lexicon) -> list[Found]:
    found = []
    for _s, e in people:
        m = _BRACKETED.match(text, e)
        if m is None:
            continue
        first = m.group(1).split()[0]
        if first in ("De", "Het", "'t") or not (_no_name(first) or lexicon.place(first)):
            found.append(Found(*m.span(1), "instelling"))
    return found


def _companies(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _COMPANY.finditer(text):
        owner = m.group(1).split()
        last = owner[-1]
        if (_no_name(last) and not _world_word_name(last)) or (_no_name(owner[0]) and owner[0] != last):
            continue
        if last.isupper():
            continue
        trade = m.group(2)
        firm = trade.lower() in _FIRM_TRADES or not trade[0].isupper() or trade in ("B.V.", "BV", "N.V.", "Holding")
        start = m.start(1)
        if len(owner) > 1 and owner[0].lower().endswith(_KIND_TAILS) and lexicon.is_word(owner[0].lower()):
            start += m.group(1).rfind(last)  # "Uitzendbureau Vlinder Flex": the kind is no part of the name
        if firm or not lexicon.is_ordinary(last.lower()) or last.lower() in surnames():
            found.append(Found(start, m.end(2), "instelling"))  # "Kok Transport", "Zonneveld Groep"
    for m in _PARTNERS.finditer(text) if "&" in text else ():
        owner = [w for w in m.group(1).split() if w.lower() not in _NAME_PARTICLES]
        if owner and not any(_no_name(w) or w.isupper() for w in owner):
            found.append(Found(m.start(1), m.end(), "instelling"))
    return found


_NAME_PARTICLES = frozenset("van de der den ter".split())
_WORD = re.compile(r"[^\W\d_]{2,}")
_OPENS = re.compile(r"(?:^|[.!?:;\n(\"'‘“]|[-–•*>→])\s*$")


def _capitalises_much(text: str, span: Found) -> bool:
    """Outside ``span``, the note gives three or more words inside a sentence a capital, and a
    third of its words: "Goede Samenwerking Met De Wijkverpleging". Then a capital says nothing.
    (The name itself, "naar de Pinksterkerk Levend Water", does not count.)"""
    words = capitals = 0
    for m in _WORD.finditer(text):
        if span.start <= m.start() < span.end:
            continue
        words += 1
        if m.group()[0].isupper() and not _OPENS.search(text, max(0, m.start() - 3), m.start()):
            capitals += 1
    return capitals >= 3 and 3 * capitals > words


# Another name joined to an organisation: "bij Holland Casino en Sleutel", "Kwintes, Lantaarn".
_JOINED_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:en|&|of)[ \t]+)([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ]{2,})?)(?![\w-])"
)
_JOINED_BEFORE = re.compile(r"(?<![\w-])([A-ZÀ-Þ][a-zà-ÿ]{2,})[ \t]+(?:en|&)[ \t]+\Z")
_ORGANISATION_TAGS = frozenset({"instelling", "zorginstelling", "ziekenhuis"})


# A name written as one word with capitals inside: "VluchtelingenWerk", "ArboNed", "BetCity" (an app
# everyone uses is no name: "WhatsApp", "YouTube"; nor "eHealth", "iPhone", which start small).
_CAMEL = re.compile(r"(?<![\w-])([A-ZÀ-Þ][a-zà-ÿ]+(?:[A-ZÀ-Þ][a-zà-ÿ]+)+)(?![\w'’-])")
_INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")


# ... but a surname with its particle or patronymic glued on is a person ("McAllister", "MacLeod",
# "FitzGerald", "DeVries", "DiStefano"), with the capitalised first name before it ("Jan McAllister").
_GLUED_SURNAME = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|Ter|Ten)[A-ZÀ-Þ][a-zà-ÿ]{2,}")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZÀ-Þ]")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ]{1,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t]+\Z")


def _camel_case(text: str) -> list[Found]:
    if _INNER_CAPITAL.search(text) is None:
        return []
    out = []
    for m in _CAMEL.finditer(text):
        word = m.group(1)
        if len(word) < 6 or word.lower() in NOT_NAMES:
            continue
        if not _GLUED_SURNAME.fullmatch(word) or _CAPITAL_NEXT.match(text, m.end(1)):
            out.append(Found(*m.span(1), "instelling"))  # (also "Ronald McDonald Huis": a name goes on)
            continue
        first = _FIRST_NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        start = m.start(1)
        if first is not None and first.group(1).lower() in first_names():
            start = first.start(1)  # "Jan McAllister": the first name is his, also where it is a month
        out.append(Found(start, m.end(1), "persoon"))
    return out


def coordinated_organisations(text: str, found: Sequence[Found], lexicon: Lexicon) -> list[Found]:
    """A capitalised word joined by "en", "&", "of" or a comma to an organisation found: another
    organisation ("bij Holland Casino en Sleutel", "Sleutel en Kwintes werkten langs elkaar
    heen"); not a kind, a role or a time ("Kwintes en de Gemeente", "GGZ en Politie")."""
    out = []
    for f in found:
        if f.tag not in _ORGANISATION_TAGS:
            continue
        after = _JOINED_AFTER.match(text, f.end)
        if after and _capital_name(after.group(1).split()[0]) and not _plural_or_adjective(after.group(1), lexicon):
            out.append(Found(*after.span(1), "instelling"))
        before = _JOINED_BEFORE.search(text, max(0, f.start - 30), f.start)
        if (
            before
            and _capital_name(before.group(1))
            and not _OPENS.search(text, max(0, before.start() - 3), before.start())
        ):
            out.append(Found(*before.span(1), "instelling"))
    return out


def named_organisations(text: str, lexicon: Lexicon, people: Sequence[Span] = ()) -> list[Found]:
    """Organisations in ``text`` named with ordinary words or surnames, by the words around
    them; ``people`` are the persons already found (a name in brackets after one is whom they
    work for)."""
    if " " not in text:
        return []
    if _CAPITALISED_WORD.search(text) is None:  # dictated or hurried: a club by its prefix ("(vv de meern) B")
        return [Found(*m.span(), "instelling") for m in _LOWER_CLUB.finditer(text)]
    found = _kind_compounds(text, lexicon) + _after_article(text, lexicon) + _bracketed(text, people, lexicon)
    found += _companies(text, lexicon) + _roles_and_entries(text, lexicon) + _camel_case(text)
    if "Ons " in text or "Onze " in text:
        found += [Found(*m.span(1), "instelling") for m in _OUR_NAME.finditer(text)]
    found = [f for f in found if not _capitalises_much(text, f)]
    # one span where two shapes see one name: "bij Groen" inside "bij Groen Hoveniers"
    found = list(dict.fromkeys(found))
    return [f for f in found if not any(g != f and g.start <= f.start and f.end <= g.end for g in found)]


# What :mod:`.word_organisations` reads the same way: kinds of organisation, the bare kinds after
# which a capital is more often something else, words that are no kind, care units, no names.
KIND_TAILS = _KIND_TAILS
LOOSE_KINDS = _LOOSE_KINDS
NOT_A_KIND = _NOT_A_KIND
CARE_UNITS = _CARE_UNITS
no_name = _no_name
capitalises_much = _capitalises_much
