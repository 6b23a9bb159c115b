"""Places and institutions deduce misses: neighbourhoods, bare street names, schools, employers.

deduce knows towns and care institutions by list, and streets only with a house number. On
sticky notes the neighbourhood, the street without a number, the school and the employer
identify just as well: "woont in de Schilderswijk", "aan de Bloemstraat", "zit op het
Stedelijk Gymnasium Leiden", "studente aan de HAN", "werkt bij Albert Heijn".

- Neighbourhoods: a capitalised word ending in wijk, buurt, kwartier, eiland, dorp, ...
  anywhere but at the start of a sentence ("de Vogelwijk", "Kanaleneiland"), and a name after
  a locative word ("in Transvaal", "uit de Bijlmer", "de wijk Lombok").
- Streets: deduce's own street list (the BAG's street names) after "aan de", "op de", ...,
  and any capitalised word ending in straat, weg, laan, plein, singel, gracht, kade, ...
- Institutions by their head word (school, college, gymnasium, lyceum, hogeschool,
  universiteit, ROC, GGZ, stichting, ...) with the capitalised words around it, known
  acronyms of universities and colleges ("HAN", "HvA", "RUG"), and a name after an employer
  word ("werkt bij", "werkgever", "stage bij").

Candidate names must be capitalised words that are no common Dutch word (deduce's whitelist,
see :class:`.words.Lexicon`), so "in de Kliniek" or "via WhatsApp" stay. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .lexicon import region_names
from .named_organisations import kind_of_organisation
from .rules import Found
from .words import (
    COUNTRIES,
    MONTHS_AND_DAYS,
    NOT_INITIALS,
    NOT_NAMES,
    PEOPLES,
    ROLE_WORDS,
    Lexicon,
    title_cased,
    tokens,
)

_CAP = r"[A-ZÀ-Þ][\w'’]*"
_NAME_WORD = rf"(?:{_CAP}(?:-{_CAP}|-[a-z]+)*)"
# A proper name: capitalised words, possibly joined by a lower-case "van", "de", "aan", ...
# (the words of one name stand on one line: "huisarts De Jong\nWanneer: ..." is a name and a label)
_NAME = rf"{_NAME_WORD}(?:[ \t](?:(?:van|de|der|des|den|het|aan|en|&|'t|voor)[ \t])*{_NAME_WORD})*"

_HOOD_SUFFIX = (
    r"(?:wijk|buurt|kwartier|eiland|dorp|polder|veld|hof|meer|haven|park|oord|kamp|hoven|hoek|"
    r"zijde|lanen|daal|dal|berg|burg)"
)
_HOOD_WORD = re.compile(rf"(?<![\w-])([A-ZÀ-Þ][a-zà-ÿ]{{2,}}{_HOOD_SUFFIX})(?![\w-])")
# "Indische Buurt", "Oude Westen", "Rivierenwijk": a second word that is itself a part of town.
_HOOD_TWO = re.compile(
    r"(?<![\w-])([A-ZÀ-Þ][a-zà-ÿ]+e?\s(?:Buurt|Wijk|Kwartier|Dorp|Eiland|Westen|Oosten|Noorden|Zuiden|"
    r"Centrum|Haven|Park|Polder|Veld|Stad))(?![\w-])"
)
# ("wijkteam Deppenbroek", "buurtteam Vlinderhof": a team is named after its part of town)
_LOCATIVE = re.compile(
    rf"(?i:\b(?:in|uit|naar|vanuit|richting|nabij|omgeving|wijkteam|buurtteam)\s+(?:(?:de|het|'t)\s+)?)({_NAME})"
)
# Stronger hints: after these a capitalised word is a place even if it is also a word
# ("de wijk Lombok", "woont in Oost").
_LOCATIVE_STRONG = re.compile(
    rf"(?i:\b(?:wijk|buurt|stadsdeel|woonwijk|dorp|regio|woont|wonen|wonend|woonachtig|opgegroeid|"
    rf"geboren|verhuisd|verhuist|verhuizen)\s+(?:(?:in|naar|uit|op)\s+)?(?:(?:de|het|'t)\s+)?)({_NAME})"
)
# "op Katendrecht", "op Texel", "op Zuid": islands and some parts of town take "op".
_OP = re.compile(rf"\bop\s+({_NAME})")
# "Amsterdam Zuidoost", "Rotterdam-Zuid", "Utrecht Overvecht": a part of a town after the town.
_AFTER_TOWN = re.compile(rf"[\s-]({_NAME_WORD})")
_STREET_SUFFIX = (
    r"(?:straat|straatweg|weg|laan|plein|singel|gracht|kade|dijk|dreef|steeg|pad|markt|plantsoen|"
    r"boulevard|allee|baan|ring|wal|burgwal|hof|erf|promenade|passage|poort|dwarsstraat|kanaal|str\.)"
)
# Street endings that ordinary compounds share ("uitkering", "loopbaan", "voorhof").
_SHORT_SUFFIX = re.compile(r"(?:ring|baan|wal|pad|hof|erf|poort|markt|kanaal|allee)$")
_STREET_WORD = re.compile(rf"(?<![\w-])([A-ZÀ-Þ][\w'’-]*{_STREET_SUFFIX})(?![\w-])(?<!\.\w)")
_ANY_STREET_CONTEXT = re.compile(
    r"(?i:\b(?:aan|op|in|langs|via|bij|naar|over|vanaf|richting)\s+(?:de|het|'t)\s+)[A-ZÀ-Þ]"
)
_STREET_CONTEXT = re.compile(r"(?i)\b(?:aan|op|in|langs|via|bij|naar|over|vanaf|richting)\s+(?:de|het|'t)\s+$")

_HEADS = (
    r"(?:basisschool|school|scholengemeenschap|college|gymnasium|lyceum|atheneum|hogeschool|"
    r"universiteit|university|academie|instituut|conservatorium|roc|mbo|vmbo|umc|ggz|mc|"
    r"stichting|zorggroep|kliniek|huisartsenpraktijk|ziekenhuis|verpleeghuis|woonzorgcentrum|"
    r"zorgcentrum|kinderdagverblijf|kdv|bso|woningcorporatie|woonstichting|sportclub|"
    r"voetbalclub|vereniging|kerkgemeente|moskee|kredietbank|woningbouwvereniging|parochie|"
    r"synagoge)"
)
_HEAD = re.compile(rf"(?i)(?<![\w-]){_HEADS}(?![\w-])")
_CONNECTORS = frozenset("van de der den het voor aan op en & 't".split())
_ARTICLES = frozenset({"de", "het", "'t"})

# Acronyms of Dutch universities, universities of applied sciences and vocational colleges:
# proper names, case as written. (Ambiguous ones such as "HR" and "EUR" are left out.)
_SCHOOL_ACRONYMS = re.compile(
    r"(?<![\w-])(UvA|VU|RUG|UU|TU/e|TUe|TU Delft|TU Eindhoven|TUD|RU|WUR|HAN|HvA|HU|HHs|HZ|HKU|"
    r"HAS|NHL Stenden|ROCvA|ROCvF|KW1C|Saxion|Fontys|Avans|Windesheim|Inholland|InHolland|Zuyd|"
    r"Hanzehogeschool|ArtEZ|Codarts|Iselinge|Deltion|Albeda|Zadkine|Noorderpoort|Aventus|"
    r"Landstede|Scalda|Firda|Yuverta|Wellant|Clusius|Hoornbeeck|Cibap)(?![\w-])"
)
_EMPLOYER = re.compile(
    rf"(?i:\b(?:werkt|werkte|werkzaam|baan|bijbaan|stage|stageplek|stageplaats|ontslagen|ontslag|"
    rf"contract|dienst|vakkenvuller|uitzendkracht|vrijwilliger|vrijwilligerswerk|leerwerkplek)\s+"
    rf"(?:\w+\s+)?(?:bij|in)\s+(?:(?:de|het|'t)\s+)?)({_NAME})"
)
_EMPLOYER_WORD = re.compile(
    rf"(?i:\b(?:werkgever|bedrijf|firma|winkel|supermarkt|fabriek|baas|uitzendbureau|"
    rf"woningcorporatie|verhuurder|corporatie)\s*:?\s+)({_NAME})"
)
_BIJ = re.compile(rf"(?i:\bbij\s+(?:(?:de|het|'t)\s+)?)({_NAME})")
# "zit op het Corderius", "studeert aan de Radboud", "opleiding bij Deltion": a school by context.
_STUDY = re.compile(
    rf"(?i:\b(?:zit|zat|zitten|gaat|ging|leerling|scholier|student|studente|studeert|studeerde|studie|"
    rf"opleiding|ingeschreven|eerstejaars|tweedejaars|derdejaars|promoveert|stage|stageplek|les|klas)\s+"
    rf"(?:[a-zëé]+\s+)?(?:op|aan|bij|naar|van)\s+(?:(?:de|het|'t)\s+)?)({_NAME})"
)
# "zit op De Regenboog", "opgenomen in Het Dok": a capitalised article inside a sentence
# starts a proper name (a school, a clinic, a home).
_PROPER_ARTICLE = re.compile(rf"(?<=[\w,]\s)((?:De|Het|'t)[ \t]{_NAME})")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[-–•*]\s+)$")


def _outermost(found: list[Found]) -> list[Found]:
    """Each span once, and none that lies inside another (several rules see one name)."""
    unique = list(dict.fromkeys(found))
    return sorted(
        (f for f in unique if not any(g != f and g.start <= f.start and f.end <= g.end for g in unique)),
        key=lambda f: f.start,
    )


def _sentence_start(text: str, i: int) -> bool:
    return _SENTENCE_END.search(text, 0, i) is not None


_AND_ARTICLE = re.compile(r"\s(?:en|&)\s+(?:de|het|'t)\s")


def _coordination(text: str, s: int, e: int) -> int:
    m = _AND_ARTICLE.search(text, s, e)
    return m.start() - s if m else e - s


def _trim_name(
    text: str,
    s: int,
    e: int,
    lexicon: Lexicon,
    *,
    strict: bool = True,
    compounds: bool = False,
    place_tail: bool = False,
) -> tuple[int, int] | None:
    """The name within ``text[s:e]`` without common words at its end; None if nothing is left.

    A name must start with a word that is no common word, no month or day and no acronym
    of care (those are all upper case and matched by the caller only if it knows them).
    """
    # "bij Vitens en de Belastingdienst": "en" before an article joins two names, not one; and a
    # name never runs on over a line break (a form's next label).
    e = s + min(len(text[s:e].split("\n")[0]), _coordination(text, s, e))
    words = [(m.start() + s, m.end() + s, m.group()) for m in re.finditer(r"[\w'’&-]+", text[s:e])]
    while words and (words[-1][2].lower() in _CONNECTORS or not words[-1][2][:1].isupper()):
        words.pop()
    if not words:
        return None
    first = words[0][2]
    if first.lower() in MONTHS_AND_DAYS or first.lower() in ROLE_WORDS:
        return None
    parts = first.split("-")
    if len(parts) > 1 and parts[-1].islower():
        return None  # a common noun with a name in front: "UWV-vestiging", "Wmo-loket"
    if first.isupper() and len(first) <= 5 and (strict or first.lower() in NOT_INITIALS or len(first) < 2):
        return None  # an acronym: "in de GGZ"; after "werkt bij" or "stage bij" it is an employer ("KPN")
    if first.lower() in NOT_NAMES:
        return None
    # After a weak hint ("in", "bij") the first word must be no ordinary word; after a strong
    # one ("werkt bij", "zit op het") a capitalised word is a name: "werkt bij de Jumbo".
    # Place names are often compounds of words ("Kanaleneiland"), institutions less so.
    head = first.split("-")[0]
    name_like = _name_like(head, lexicon) if place_tail else lexicon.is_name_like(head, compounds=compounds)
    if strict and not (name_like or lexicon.place(first)):
        return None
    return words[0][0], words[-1][1]


_PLACE_TAIL = re.compile(rf"{_HOOD_SUFFIX}$|{_STREET_SUFFIX}$")


def _name_like(word: str, lexicon: Lexicon) -> bool:
    """After "in de", "naar het": a name, not a word. A compound of words counts when it ends
    like a place ("in de Vogelwijk"), not when it ends like a thing ("in het Signaleringsplan",
    "naar de Herstelacademie")."""
    if lexicon.is_name_like(word, compounds=True):
        return True
    return lexicon.is_name_like(word, compounds=False) and bool(_PLACE_TAIL.search(word.lower()))


_ARTICLE_END = re.compile(r"(?i)\b(?:de|het|'t)\s+$")


def neighbourhoods(text: str, lexicon: Lexicon, towns: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Parts of town; ``towns`` are the places deduce found, for "Amsterdam Zuidoost"."""
    found = []
    for rx in (_HOOD_WORD, _HOOD_TWO):
        for m in rx.finditer(text):
            s, e = m.span(1)
            word = m.group(1).split()[0]
            if _sentence_start(text, s):
                continue
            # "de Bloemenbuurt", "(Schildersbuurt, ...": a word for a kind of neighbourhood, capitalised
            # inside a sentence, names one, unless the note capitalises many words; "Indische Buurt":
            # a people's adjective before a capitalised part of town
            named = word.lower().endswith(("buurt", "wijk", "kwartier")) and not title_cased(text)
            named = named or (rx is _HOOD_TWO and word.lower() in PEOPLES)
            if not named and not lexicon.is_name_like(word, compounds=False):
                continue
            found.append(Found(s, e, "locatie"))
    for rx in (_LOCATIVE, _OP, _LOCATIVE_STRONG):
        for m in rx.finditer(text):
            # "in Hoograven" names a place; "in het Signaleringsplan" a thing
            article = _ARTICLE_END.search(text, m.start(), m.start(1)) is not None
            span = _trim_name(text, *m.span(1), lexicon, strict=rx is not _LOCATIVE_STRONG, place_tail=article)
            if span:
                found.append(Found(*span, "locatie"))
    for start, end in towns:
        m = _AFTER_TOWN.match(text, end)
        if m and m.group(1).lower() not in NOT_NAMES and m.group(1).lower() not in ROLE_WORDS:
            found.append(Found(start, m.end(1), "locatie"))
    return _outermost(found)


def streets(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _STREET_WORD.finditer(text):
        s, e = m.span(1)
        word = m.group(1)
        if _sentence_start(text, s) and not _STREET_CONTEXT.search(text, 0, s):
            # a listed street that is no word opens a sentence too: "Route: Rozenstraat, Tulpstraat"
            if not lexicon.street([word], 0) or lexicon.is_word(word.lower()) or lexicon.common(word.lower()):
                continue
        if lexicon.common(word.lower()):
            continue  # "Onderweg", "Omweg"
        if _SHORT_SUFFIX.search(word) and not lexicon.street([word], 0):
            continue  # "Wajong-uitkering", "Loopbaan": only a listed street ends like that
        if "-" in word and word.rsplit("-", 1)[1].islower():
            continue  # a common noun with a name in front
        found.append(Found(s, e, "locatie"))
    # Any name of deduce's street list after "aan de", "op de", ...: "aan de Laan van
    # Meerdervoort", "op de Markt" (capitalised, so "op de markt" stays).
    if not _ANY_STREET_CONTEXT.search(text):
        return _outermost(found)
    toks = tokens(text)
    words = [t[2] for t in toks]
    for i, (s, _, w) in enumerate(toks):
        if not w[:1].isupper() or not _STREET_CONTEXT.search(text, 0, s):
            continue
        n = lexicon.street(words, i)
        if n:
            found.append(Found(s, toks[i + n - 1][1], "locatie"))
    return _outermost(found)


def _expand(text: str, s: int, e: int, lexicon: Lexicon) -> tuple[int, int, bool]:
    """Grow the span of a head word over the capitalised words around it (and connectors
    between them). Returns the span and whether any name word was added."""
    grown = False
    # To the left: capitalised words ("Stedelijk Gymnasium", "Graafschap College"), not a
    # role ("Mentor"), not over an article that starts the name ("het Stedelijk").
    while True:
        m = re.search(r"([\w'’-]+)[ \t]+$", text[:s])
        if not m:
            break
        word = m.group(1)
        if not word[:1].isupper() or word.isupper() or word.lower() in ROLE_WORDS or word.lower() in _ARTICLES:
            if word in ("De", "Het", "'t") and grown:
                s = m.start(1)  # "De Regenboog basisschool"
            break
        if not lexicon.is_name_like(word) and not word.isupper() and _sentence_start(text, m.start(1)):
            break
        s, grown = m.start(1), True
    # To the right: "Universiteit Leiden", "ROC Midden Nederland", "basisschool De Klimop",
    # "Lyceum Herman Jordan", "Hogeschool van Amsterdam".
    while True:
        m = re.match(r"[ \t]+((?:(?:van|de|der|den|het|voor|aan|op|'t|&)[ \t]+)*)([\w'’-]+)", text[e:])
        if not m or not m.group(2)[:1].isupper():
            break
        word = m.group(2)
        if word.isupper() or word.lower() in ROLE_WORDS or word.lower() in MONTHS_AND_DAYS:
            break
        e, grown = e + m.end(2), True
    return s, e, grown


# Sports clubs by their prefix, in any case: "VV Zwaluwen", "vv Zwaluwen", "RKSV Nuenen", "FC Lienden".
_CLUB = re.compile(
    r"(?<![\w-])((?i:VV|SV|RKSV|RKVV|VVV|FC|AFC|SC|HFC|KV|HC|MHC|ZV|TC|GV|HV|BC|WV|AV|ZPC)\s+[A-ZÀ-Þ0-9][\w'’-]*"
    r"(?:\s+[A-ZÀ-Þ0-9][\w'’-]*)?)(?![\w-])"
)


# "Mevlana-moskee", "Montessori-school", "Dalton-college": a name glued to its kind of place.
_NAMED_HEAD = re.compile(
    r"(?<![\w-])([A-ZÀ-Þ][\w'’]+)-(?:moskee|kerk|school|basisschool|college|lyceum|kliniek|ziekenhuis|"
    r"parochie|synagoge|stichting|vereniging)(?![\w-])"
)


def school_acronyms(text: str) -> list[Found]:
    """ "HAN", "HvA", "Fontys": universities and colleges by their short names; sports clubs by
    their prefix ("VV Zwaluwen")."""
    found = [Found(*m.span(1), "instelling") for m in _SCHOOL_ACRONYMS.finditer(text)]
    found += [Found(*m.span(1), "instelling") for m in _NAMED_HEAD.finditer(text)]
    return found + [Found(*m.span(1), "instelling") for m in _CLUB.finditer(text)]


# Kinds that never open an organisation's own name: "Woningcorporatie Elkien", "Verpleeghuis De Bron".
_KIND_NOT_NAME = frozenset(
    """basisschool woningcorporatie woonstichting woningbouwvereniging sportclub voetbalclub
    huisartsenpraktijk kinderdagverblijf kdv bso verpleeghuis zorgcentrum woonzorgcentrum""".split()
)


def _kind_before_name(m: re.Match[str], text: str, end: int) -> bool:
    """The head word ``m`` opens the span ending at ``end``: it stays beside the name when it is
    written in lower case, never opens a name, or another head follows ("MBO Summa College")."""
    head = m.group()
    return head.islower() or head.lower() in _KIND_NOT_NAME or _HEAD.search(text, m.end(), end) is not None


# What a dictionary word names when it ends like this: a kind of place or service, no name.
_KIND_ENDINGS = ("bank", "winkel", "opvang", "school", "kliniek", "apotheek", "centrum", "dienst", "loket", "huis")


def _a_kind_of_place(name: str, lexicon: Lexicon) -> bool:
    low = name.lower()
    return low.isalpha() and low.endswith(_KIND_ENDINGS) and lexicon.is_word(low)


def institutions(text: str, lexicon: Lexicon) -> list[Found]:
    found = []
    for m in _HEAD.finditer(text):
        s, e, grown = _expand(text, m.start(), m.end(), lexicon)
        if not grown:
            continue
        if s == m.start() and (name := re.search(r"[A-ZÀ-Þ']", text[m.end() : e])) and _kind_before_name(m, text, e):
            # "basisschool De Klimop", "Woningcorporatie Elkien", "MBO Summa College": the kind
            # stays, the name after it goes ("Hogeschool Utrecht", "ROC Midden Nederland" are one name)
            s = m.end() + name.start()
        found.append(Found(s, e, "instelling"))
    found += [Found(*m.span(1), "instelling") for m in _PROPER_ARTICLE.finditer(text)]
    for rx in (_EMPLOYER, _EMPLOYER_WORD, _STUDY, _BIJ):
        for m in rx.finditer(text):
            span = _trim_name(text, *m.span(1), lexicon, strict=rx is _BIJ, compounds=rx is _BIJ)
            if span and _a_kind_of_place(text[span[0] : span[1]], lexicon):
                continue  # "bij de Voedselbank", "bij het Buurthuis": a kind, capitalised
            if span and not (rx is _EMPLOYER and _sector(text, span, lexicon)):
                found.append(Found(*span, "instelling"))
    return _outermost(found)


_IN_BEFORE = re.compile(r"(?i)\bin\s+(?:(?:de|het|'t)\s+)?$")


def _sector(text: str, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Where someone works is a sector or a kind of organisation, capitalised for weight: "werkt
    in de Bouw", "werkt bij de Kinderopvang"; not "werkt bij de Jumbo", "werkt in het Rijnstate"."""
    first = text[span[0] : span[1]].split()[0]
    if kind_of_organisation(first, lexicon):
        return True
    in_the = _IN_BEFORE.search(text, max(0, span[0] - 12), span[0]) is not None
    return in_the and not lexicon.is_name_like(first) and not lexicon.place(first)


# A business, club or place of worship named after its kind: "sportschool Basic-Fit", "tankstation
# Tango", "kinderopvang Kinderrijk", 'zaak "Knipperlicht"', "koor Vocal Vibes", "kerk (De Rank".
# Kinds of places, not names; the name is the capitalised words after it, on the same line.
_KINDS = (
    "kinderopvang|kinderdagverblijf|peuterspeelzaal|tankstation|sportschool|fitnessclub|sportclub|visclub|"
    "voetbalclub|hockeyclub|tennisclub|korfbalclub|zwemclub|schaakclub|sportvereniging|roeivereniging|"
    "vereniging|kroeg|café|cafe|restaurant|snackbar|winkel|supermarkt|bakkerij|kapsalon|zaak|garage|"
    "bedrijf|fabriek|hotel|camping|kerk|moskee|koor|fanfare|band|buurthuis|wijkcentrum|zorgboerderij|"
    "uitzendbureau|manege|praktijk|theater|bioscoop|dagopvang|nachtopvang|inloophuis|woonvorm|woongroep|"
    "steunpunt|servicepunt|meldpunt"
)
_BY_KIND = re.compile(
    rf"(?i:(?<![\w-])(?:{_KINDS}))[ \t]+[\"“'‘(]?((?:(?:De|Het|de|het|'t)[ \t]+)?[A-ZÀ-Þ][\w'’&-]+"
    r"(?:[ \t]+(?:(?:van|de|der|den|het|'t)[ \t]+)*[A-ZÀ-Þ][\w'’&-]+)*)"
)


_KIND_WORDS = frozenset(_KINDS.split("|"))
_LOWER_WORD = re.compile(r"[a-zà-ÿ]+")


# Places of custody and reception by their letters or kind, then their name: "PI Zandbank", "JJI
# Kompas", "FPC Lantaarn", "azc Molenwiek", "penitentiaire inrichting De Berg" (case as written:
# "pi" and "ppc" are other words in lower case).
_CUSTODY = re.compile(
    r"(?<![\w-])(?:PI|JJI|FPC|FPK|PPC|AZC|azc|[Pp]enitentiaire[ \t]+[Ii]nrichting|"
    r"[Jj]ustitiële[ \t]+[Jj]eugdinrichting|[Gg]evangenis|[Dd]etentiecentrum)[ \t]+[\"“'‘(]?"
    r"((?:(?:De|Het|de|het|'t)[ \t]+)?[A-ZÀ-Þ][\w'’&-]+"
    r"(?:[ \t]+(?:(?:van|de|der|den|het|'t)[ \t]+)*[A-ZÀ-Þ][\w'’&-]+)*)"
)
_CUSTODY_GATE = re.compile(r"PI |JJI |FPC |FPK |PPC |AZC |azc |nrichting |evangenis |etentiecentrum ")


def named_by_kind(text: str, lexicon: Lexicon) -> list[Found]:
    kinds = not _KIND_WORDS.isdisjoint(_LOWER_WORD.findall(text.lower()))  # one scan, not every kind everywhere
    custody = _CUSTODY_GATE.search(text) is not None
    if not kinds and not custody:
        return []
    found = []
    for m in (*(_BY_KIND.finditer(text) if kinds else ()), *(_CUSTODY.finditer(text) if custody else ())):
        s, e = m.span(1)
        first = text[s:e].split()[0].lower()
        if first in ROLE_WORDS or first in MONTHS_AND_DAYS or text[s:e].isupper() and e - s < 2:
            continue
        if text[s:e].isupper() and text[s:e].lower() in NOT_INITIALS:
            continue  # "kerk (PKN)", "praktijk (POH)": a known abbreviation, a denomination or a role
        found.append(Found(s, e, "instelling"))
    return found


# A motorway or a main road after "op de", "via de", "aan de": "op de A28", "over de N381"; and
# one without its article before where on it ("op A7 bij Purmerend", "N11 richting Leiden"; not "op
# A4 bij de balie", paper).
_ROAD = re.compile(r"(?i:\b(?:op|over|via|langs|van|naar|bij|aan)\s+de\s+)([AN]\d{1,3})(?![\w-])")
_ROAD_BEFORE_WHERE = re.compile(
    r"(?<![\w-])([AN]\d{1,3})(?=[ \t]+(?:bij|richting|tussen|ter[ \t]+hoogte[ \t]+van|thv|t\.h\.v\.|afrit|afslag)"
    r"[ \t]+[A-ZÀ-Þ0-9])"
)


def roads(text: str) -> list[Found]:
    found = [Found(*m.span(1), "locatie") for m in _ROAD_BEFORE_WHERE.finditer(text)]
    if " de A" not in text and " de N" not in text:
        return found
    return found + [Found(*m.span(1), "locatie") for m in _ROAD.finditer(text)]


# Names made of a word and the kind of place they are, inside a sentence: "de Martinitoren", "het
# Mediacollege". A compound an ordinary word list holds as a whole ("de Sportschool") is a word.
_PLACE_HEADS = r"(?:college|lyceum|gymnasium|school|toren|kerk|museum|kliniek|ziekenhuis|theater|stadion)"
_HEADED_NAME = re.compile(rf"(?<=[a-zà-ÿ,] )(?:(?:de|het|'t)\s+)?([A-ZÀ-Þ][a-zà-ÿ]{{2,}}{_PLACE_HEADS})(?![\w-])")
# "op het" and a capital inside a sentence: a school ("zat op het Erasmiaans").
_ON_THE = re.compile(r"(?<=[a-zà-ÿ,] )op\s+het\s+([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-Za-zà-ÿ]+)?)(?![\w-])")
# A name and a part of the country or town: "Budgetbeheer Zuid", "Bewindvoering Noord".
_WITH_REGION = re.compile(r"(?<![\w-])([A-ZÀ-Þ][a-zà-ÿ]{2,}\s+(?:Noord|Zuid|Oost|West|Centrum|Midden))(?![\w-])")


_HEAD_GATE = re.compile(rf"{_PLACE_HEADS}\b|op het|Noord|Zuid|Oost|West|Centrum|Midden")


_UNITS = frozenset("team afdeling regio ring zone groep locatie unit wijk stadsdeel deel kant vleugel gebouw".split())


def headed_names(text: str, lexicon: Lexicon) -> list[Found]:
    if not _HEAD_GATE.search(text):
        return []
    found = []
    for m in _HEADED_NAME.finditer(text):
        low = m.group(1).lower()
        if low not in lexicon.words and not lexicon.common(low) and not lexicon.place(m.group(1)):
            found.append(Found(*m.span(1), "instelling"))  # not a village: "Hoogkerk"
    if "op het" in text and not title_cased(text):
        for m in _ON_THE.finditer(text):
            low = m.group(1).lower()
            if low not in NOT_NAMES and low not in MONTHS_AND_DAYS and low not in ROLE_WORDS:
                found.append(Found(*m.span(1), "instelling"))
    for m in _WITH_REGION.finditer(text):
        first = m.group(1).split()[0]
        if first.lower() in _UNITS:
            continue  # "Team Zuid", "Afdeling West": a part of the team's own organisation
        found.append(Found(*m.span(1), "locatie" if lexicon.place(first) else "instelling"))
    return list(dict.fromkeys(found))


# An adjective made of a place, before a noun, inside a sentence: "een Kamper hofje", "de
# Achterhoekse carnavalsvereniging" (not "Nederlands", a language; not "Eerder" opening a sentence).
_PLACE_ADJECTIVE = re.compile(r"(?<=[a-zà-ÿ,] )([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:se|er))(?=\s+[a-zà-ÿ])")


# ... and one opening a sentence, written with "-se" ("Zwolse jongen, net uit huis", "Hengelose
# instelling wilde niet"); "-er" opens ordinary sentences too ("Eerder", "Verder").
_PLACE_ADJECTIVE_OPENING = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))([A-ZÀ-Þ][a-zà-ÿ]{2,}se)(?=\s+[^\W\d_])")


def _place_stems(word: str, lexicon: Lexicon) -> Iterator[str]:
    """The towns an adjective may be made of: "Kamper" -> "Kampen", "Zwolse" -> "Zwolle",
    "Goudse" -> "Gouda", "Nijmeegse" -> "Nijmegen"; not "Engelse" -> "Engelen" (an "engel" is a
    word, so "-en" makes no town of an adjective in "-se")."""
    base = word[:-2]
    yield from (base, base + "e", base + "le", base + "a")
    if word.endswith("er") or base.lower() not in lexicon.words:
        yield base + "en"
    if base[-1] == base[-2]:
        yield base[:-1]
    if len(base) > 3 and base[-3] == base[-2] and base[-2] in "aeou":
        yield base[:-2] + base[-1] + "en"  # "Nijmeeg" -> "Nijmegen"


def made_of_a_town(word: str, lexicon: Lexicon) -> bool:
    if lexicon.place(word):
        return False  # "Deventer": the town itself, found as one
    if any(lexicon.place(s) and s.lower() not in COUNTRIES for s in _place_stems(word, lexicon)):
        return True
    # a province or a region: "Drentse" (Drenthe), "Friese" (Friesland), "Brabantse" (Noord-Brabant)
    base = word[:-2]
    if len(base) < 4 or not word.endswith("se"):
        return False
    return any(r.startswith(base) and len(r) - len(base) <= 6 for r in region_names())  # not "Noorse"


def place_adjectives(text: str, lexicon: Lexicon) -> list[Found]:
    found = [m for rx in (_PLACE_ADJECTIVE, _PLACE_ADJECTIVE_OPENING) for m in rx.finditer(text)]
    return [Found(*m.span(1), "locatie") for m in found if made_of_a_town(m.group(1), lexicon)]
