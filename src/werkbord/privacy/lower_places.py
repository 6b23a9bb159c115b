"""Towns, villages and neighbourhoods written in lower case.

deduce knows every Dutch town and village (its lists come from the BAG's woonplaatsen and the
municipalities), but only with a capital. Shorthand and dictation write "uit gouda", "woont in
nunspeet", "wijkteam hatert", "in tiel-oost", "ter apel". Read here by the word list and the
frame around a word, not by the notes' own places:

- a town or village of deduce's list that is no Dutch word, anywhere ("belt vanuit veldhoven",
  "(landgraaf)"), also with a part of town or a second town ("rotterdam-zuid", "sittard-geleen")
  and in several words ("wijk bij duurstede", "ter apel"); a short one (four letters or fewer)
  only after a place word ("in epe");
- a town that is also a word ("ede", "hoorn", "putten", "ens") only where the sentence says
  where someone lives or comes from ("woont in ens bij haar zus", "kwamen uit gouda;",
  "gemeente ede"), or where a bare "richting" points at it ("rijdt richting putten als ..."),
  with nothing after it that makes it a common noun;
- a neighbourhood no word list knows (also one made of words, "kanaleneiland") after "woont in",
  "verhuisd naar", "wijk" or "wijkteam" ("wijkteam hatert", "de wijk malberg").

Pure, apart from deduce's town list read once (:func:`.lexicon.town_names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .lexicon import medication_names, town_names
from .lower_names import PARTICIPLE
from .rules import Found
from .words import COUNTRIES, NOT_A_NAME_AFTER_ROLE, NOT_NAMES, PERSON_CONTEXT, ROLE_WORDS, Lexicon

Span = tuple[int, int]

_TOKEN = re.compile(r"(?<![\w@/.'’-])([a-zà-ÿ]{2,}(?:-[a-zà-ÿ]+)*)(?![\w@/-])")
_PROVINCE = re.compile(r"\s*\([^)]*\)$")
_PARTS_OF_TOWN = frozenset("noord zuid oost west noordoost noordwest zuidoost zuidwest centrum haven stad dorp".split())
# Words before a place: "in", "uit", "naar", "vanuit", "te", "bij", "rond", "richting", "omgeving".
_PLACE_WORD_BEFORE = re.compile(r"(?i)\b(?:in|uit|naar|vanuit|te|bij|rond|richting|omgeving|regio|gemeente)\s+$")
# Where the sentence says someone lives or comes from: "woont in", "kwamen uit".
_LIVES_BEFORE = re.compile(
    r"(?i)(?:\b(?:woont|woonde|wonen|woonden|wonend|woonachtig|opgegroeid|geboren|getogen|verhuisd|verhuist|"
    r"verhuizen|afkomstig|komt|kwam|kwamen|komen|gevlucht|vertrokken|teruggegaan|opgevangen)\s+"
    r"(?:\w+\s+){0,2}?(?:in|uit|naar|te|vanuit))\s+$"
)
_MEDICINE_ENDING = re.compile(r"(?:aat|ine|pam|lam|ol|ide|on|ex|il|ax|ium|ine)$")
_MUNICIPALITY_BEFORE = re.compile(r"(?i)\bgemeente\s+$")
# After a town nothing that makes it a noun: punctuation, the end, or a word that follows a place.
_BOUNDARY_AFTER = re.compile(r"\s*(?:[,.;:()!?/]|$|\s(?:en|bij|of|met|om|en|sinds|maar|waar|nu|terug|bij)\b|->|→)")
# "richting putten": without an article "richting" points at a place ("richting de deur" points at a thing);
# the town that is also a word ends the phrase there, or a clause about going there follows.
_DIRECTION_BEFORE = re.compile(r"(?i)\brichting[ \t]+$")
_DIRECTION_AFTER = re.compile(
    r"\s*(?:[,.;:()!?/]|$|->|→|\s(?:en|of|als|toen|om|met|maar|waar|wanneer|rijden|rijdt|fietsen|fietst|lopen|loopt|"
    r"gereden|gefietst|gelopen|vertrokken|gegaan|weggelopen)\b)"
)
_HOMES = ("woning", "wonen", "huis", "flat", "kamer", "studio", "appartement", "instelling", "opvang", "kliniek")
_HOMES += ("zorg", "centrum", "voorziening", "complex", "tehuis", "pand", "boerderij", "caravan", "woonwagen")
_VERB_ENDINGS = ("t", "de", "te", "den", "ten", "en", "d")


@cache
def _towns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """deduce's towns in lower case: single words (hyphens included), those of several words, and
    the first words of those."""
    single: set[str] = set()
    several: set[str] = set()
    for town in town_names():
        name = _PROVINCE.sub("", town).lower().replace("’", "'")
        if " " in name:
            several.add(" ".join(name.split()))
        elif name:
            single.add(name)
    # ("de"/"het" open a few towns named with words, "De Groep", "Het Veen": never read in lower case)
    several = {n for n in several if not n.startswith(("de ", "het "))}
    return frozenset(single), frozenset(several), frozenset(n.split()[0] for n in several)


def _word(low: str, lexicon: Lexicon) -> bool:
    """An ordinary word, or a verb form ("leende", "lith" is no verb but is a medicine's stem)."""
    if lexicon.is_word(low) or lexicon.common(low):
        return True
    if low in ROLE_WORDS or low in PERSON_CONTEXT or low in NOT_A_NAME_AFTER_ROLE:
        return True
    return any(low.endswith(e) and lexicon.is_verb_stem(low[: -len(e)]) for e in _VERB_ENDINGS if len(low) > len(e) + 2)


def towns_in_lower_case() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """deduce's towns in lower case (see :func:`_towns`), for the rules of :mod:`.word_towns`."""
    return _towns()


def ordinary_word(low: str, lexicon: Lexicon) -> bool:
    """An ordinary word or a verb form (see :func:`_word`)."""
    return _word(low, lexicon)


_WORD_AHEAD = re.compile(r"[^\s,.;:()!?/]+")


def _several_words(text: str, start: int, lexicon: Lexicon, several: frozenset[str]) -> int:
    """The end of a town of several words starting at ``start`` ("wijk bij duurstede"), or 0."""
    ends, words = [], []
    for m in _WORD_AHEAD.finditer(text, start, min(len(text), start + 48)):
        if words and text[ends[-1] : m.start()] not in (" ", "\t"):
            break
        words.append(m.group().lower())
        ends.append(m.end())
        if len(words) == 5:
            break
    for n in range(len(words), 1, -1):
        name = " ".join(words[:n])
        if name in several:
            parts = [w for w in re.split(r"[\s-]+", name) if len(w) > 3]
            if name.startswith(("den ", "ter ", "'s")) or any(not _word(w, lexicon) for w in parts):
                return ends[n - 1]  # ("de groep", "het veen": words, no town)
            return 0
    return 0


def _town_here(text: str, s: int, e: int, low: str, lexicon: Lexicon, single: frozenset[str]) -> bool:
    before = text[max(0, s - 40) : s]
    if "-" in low:  # "rotterdam-zuid", "sittard-geleen", "lelystad-haven"
        head, *rest = low.split("-")
        if low in single and not _word(low, lexicon):
            return True
        return head in single and not _word(head, lexicon) and all(r in _PARTS_OF_TOWN or r in single for r in rest)
    if low not in single:
        return False
    if not _word(low, lexicon):  # "nunspeet", "veldhoven"; "epe" only after a place word
        return len(low) >= 5 or _PLACE_WORD_BEFORE.search(before) is not None
    # A town that is also a word: where someone lives or comes from, and nothing after it that
    # makes it a noun ("woont in ens bij", "uit gouda;"; not "woont in huizen van de corporatie").
    if _MUNICIPALITY_BEFORE.search(before):
        return True  # "gemeente ede belde"
    if _DIRECTION_BEFORE.search(before):  # "rijdt richting putten als ...": a bare "richting" points at a place
        return _DIRECTION_AFTER.match(text, e) is not None
    return _LIVES_BEFORE.search(before) is not None and _BOUNDARY_AFTER.match(text, e) is not None


def _unknown_place(low: str, lexicon: Lexicon) -> bool:
    """A word no list knows, not even as a compound, that is no participle ("gegaan"), inflected
    adjective ("partiële"), country, platform or medicine."""
    if lexicon.is_ordinary(low) or _word(low, lexicon) or low in COUNTRIES or low in NOT_NAMES:
        return False
    if PARTICIPLE.fullmatch(low) or low.endswith(("ële", "iële", "ische")) or low in medication_names():
        return False
    if low.endswith("eer") and low[:-3] + "eren" in lexicon.words:
        return False  # "in separeer" (separeren): the stem of a verb in "-eren" as the noun of a state
    return _MEDICINE_ENDING.search(low) is None


# Streets in lower case: "lindenlaan 14", "op de dorpsstraat", "aan de heidebloemweg".
_LOWER_STREET = re.compile(
    r"(?<![\w@/.-])([a-zà-ÿ][a-zà-ÿ'’-]{2,}(?:straat|straatweg|weg|laan|plein|singel|gracht|kade|dijk|dreef|steeg|"
    r"pad|markt|plantsoen|park|boulevard|allee|baan|ring|wal|burgwal|hof|erf|promenade|passage|dwarsstraat))"
    r"(?![\w@/-])"
)
_HOUSE_NUMBER = re.compile(
    r"[ \t]+(?:\d{1,4}(?:[ \t]?[a-z]\b|-\d{1,3})?(?![\d,.]\d)|(?:nummer|nr\.?)[ \t]+[a-zà-ÿ]+(?:[ \t]+[a-zà-ÿ]+)?)"
)
_WHERE_ONE_LIVES = re.compile(
    r"(?i)\b(?:woont|woonde|wonen|adres|verhuisd|verhuist|woonachtig)\b[^.;:!?]{0,30}\b(?:op|aan|in)\s+(?:de|het|'t)\s+$"
)
_NUMBER_ENDINGS = tuple(
    """een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien
    achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd""".split()
)


def _number_end(text: str, end: int) -> int:
    """Where a house number after a street ends ("12", "44-3", "12a", "nummer achtentwintig"), or ``end``."""
    m = _HOUSE_NUMBER.match(text, end)
    if m is None:
        return end
    words = m.group().split()
    if words[0] not in ("nummer", "nr", "nr."):
        return m.end()
    spoken = [w for w in words[1:] if w.endswith(_NUMBER_ENDINGS)]
    if not spoken or spoken[0] != words[1]:
        return end  # "nummer" and no number in words
    n = 2 if len(spoken) > 1 and len(words) > 2 and spoken[1] == words[2] else 1
    return text.index(words[n], m.start() + len(words[0])) + len(words[n])


# A postcode in lower case: "5611 ab", "3818bb" (not "2024 en", "1500 mg").
_LOWER_POSTCODE = re.compile(r"(?<![\w.,-])([1-9]\d{3} ?[a-z]{2})(?![\w-])")
_NOT_POSTCODE_LETTERS = frozenset(
    """en op in om is al de te na of nu zo ca mg ml kg km cm mm gr pk ct eu ex jr wk uu an am pm st nr vs""".split()
)
# "'s-hertogenbosch", "’s gravenhage": a town with its genitive; "oost-groningen", "west-brabant": a
# region with its compass part.
_GENITIVE_TOWN = re.compile(r"(?<![\w])([’'‘]s[- ][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)(?![\w-])")
_COMPASS_REGION = re.compile(r"(?<![\w-])((?:noord|zuid|oost|west|midden)-[a-zà-ÿ]{4,})(?![\w-])")


@cache
def _regions() -> frozenset[str]:
    from .lexicon import region_names

    return frozenset(r.lower() for r in region_names())


def lower_codes_and_regions(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """A postcode in lower case, a town with "'s" in lower case, a region with its compass part."""
    found = []
    single = _towns()[0]
    for m in _LOWER_POSTCODE.finditer(text) if any(c.isdigit() for c in text) else ():
        if m.group(1)[-2:] not in _NOT_POSTCODE_LETTERS:
            found.append(Found(*m.span(1), "locatie"))
    if "s" in text:
        for m in _GENITIVE_TOWN.finditer(text):
            if m.group(1).replace("’", "'").replace("‘", "'") in single:
                found.append(Found(*m.span(1), "locatie"))
    for m in _COMPASS_REGION.finditer(text) if "-" in text else ():
        tail = m.group(1).split("-", 1)[1]
        if tail in _regions() or (tail in single and not _word(tail, lexicon)):
            found.append(Found(*m.span(1), "locatie"))
    return [f for f in found if not any(a < f.end and f.start < b for a, b in covered)]


def lower_streets(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """A street of deduce's list in lower case: one that is no word anywhere ("lindenlaan 14"), one
    that is also a word ("dorpsstraat", "marktplein") before a house number or where someone lives."""
    found = []
    for m in _LOWER_STREET.finditer(text):
        s, e = m.span(1)
        low = m.group(1)
        if any(a < e and s < b for a, b in covered) or not lexicon.street([low.capitalize()], 0):
            continue
        end = _number_end(text, e)
        word = lexicon.is_word(low) or lexicon.common(low)
        if word and end == e and not _WHERE_ONE_LIVES.search(text, max(0, s - 48), s):
            continue  # "op de snelweg", "de dorpsstraat was druk"
        found.append(Found(s, end, "locatie"))
    return found


# Things a compound after "in" names: "in de weekdoos" without its article, "in dagbehandeling".
_THING_ENDINGS = ("doos", "zak", "tas", "kast", "map", "box", "bak", "la", "pot", "fles", "kamer", "bed", "auto")
_THING_ENDINGS += ("bus", "trein", "groep", "traject", "behandeling", "therapie", "gesprek", "overleg", "dienst")
# A plan, list or form a note keeps things "in": "in signaleringsplan", "in weekrollen", "in crisiskaart".
_THING_ENDINGS += ("plan", "plannen", "lijst", "lijsten", "kaart", "formulier", "dossier", "rol", "rollen", "rooster")


def _compound_place(low: str, lexicon: Lexicon) -> bool:
    """A compound of words that is no word itself, of seven letters or more, after a bare "in" or
    "uit": a neighbourhood or a village made of words ("kanaleneiland", "meerhoven", "tarwewijk");
    not an inflected adjective ("vruchtbare") or a thing ("weekdoos")."""
    if len(low) < 7 or low.endswith("e") or low.endswith(_HOMES + _THING_ENDINGS):
        return False
    return lexicon.is_ordinary(low) and not _word(low, lexicon) and PARTICIPLE.fullmatch(low) is None


# "wijkteam hatert", "woont in kanaleneiland"; "in woensel", "uit turnhout": a word after a context.
_NEIGHBOURHOOD_CANDIDATE = re.compile(
    r"(?i:\b(?:woont|woonde|wonen|woonden|opgegroeid|verhuisd|verhuist)\s+(?:nu\s+|sinds\s+\w+\s+)?(?:in|op|naar)"
    r"(?:\s+de|\s+het)?|\b(?:wijk|wijkteam|buurtteam|buurt|stadsdeel))[ \t]+([a-zà-ÿ]{5,}(?:-[a-zà-ÿ]+)*)(?![\w@/-])"
)
_BARE_CANDIDATE = re.compile(r"(?i:\b(?:in|uit|vanuit))[ \t]+([a-zà-ÿ]{5,})(?![\w@/-])")  # ("luister naar hardstyle")


def lower_places(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """Towns, villages and neighbourhoods in lower case (see the module's docstring)."""
    if not lexicon.words:
        return []  # without a real Dutch word list every lower-case word would look like a place
    single, several, firsts = _towns()
    found: list[Found] = []
    taken = list(covered)

    def add(s: int, e: int) -> None:
        if not any(a < e and s < b for a, b in taken):
            found.append(Found(s, e, "locatie"))
            taken.append((s, e))

    tokens = set(_TOKEN.findall(text))
    hits = (tokens & single) | (tokens & firsts)
    if "-" in text:
        hits |= {t for t in tokens if "-" in t and t.split("-", 1)[0] in single}
    for m in _TOKEN.finditer(text) if hits else ():  # (most notes hold no word that may be a town)
        low = m.group(1)
        if low in hits:
            s, e = m.span(1)
            end = _several_words(text, s, lexicon, several) if low in firsts else 0
            if not end and _town_here(text, s, e, low, lexicon, single):
                end = e
            if end:
                add(s, end)
    for m in _NEIGHBOURHOOD_CANDIDATE.finditer(text):
        low = m.group(1)
        if not lexicon.is_word(low) and not low.endswith(_HOMES) and not _word(low, lexicon):
            if PARTICIPLE.fullmatch(low) is None:  # not "vanuit de wijk gebeld"
                add(*m.span(1))  # "wijkteam hatert", "woont in kanaleneiland"
    for m in _BARE_CANDIDATE.finditer(text):
        low = m.group(1)
        if _unknown_place(low, lexicon) or _compound_place(low, lexicon):
            add(*m.span(1))  # "in woensel", "uit turnhout"; "in kanaleneiland", "uit meerhoven"
    return found
