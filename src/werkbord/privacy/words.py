"""Word lists and the lexicon the context rules (:mod:`.names`, :mod:`.places`) share.

The rules find names by where they stand: after a role ("zus Anouk"), a locative word ("in de
Schilderswijk") or around an institution's head word ("Stedelijk Gymnasium Leiden"). What
makes that safe on clean notes is knowing which capitalised words are *not* names: deduce's
own whitelist (common Dutch words, medical terms, stop words; see :class:`Lexicon`) plus the
short lists below of words sticky notes capitalise that deduce does not list (apps, holidays,
care-system words).

Pure: the lexicon is handed in by the engine; tests pass their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .family import FAMILY_WORDS, NOT_IN_ROLE_WORDS

# Family members, acquaintances and professionals a name may follow: "zus Anouk",
# "Wijkagent Henk", "Jobcoach Marloes". The role word is kept beside the tag. The family and
# relation words come from :mod:`.family`.
ROLE_WORDS = (FAMILY_WORDS - NOT_IN_ROLE_WORDS) | frozenset(
    """collega huisgenoot kamergenoot klasgenoot mentor docent docente leraar lerares juf meester
    leerkracht decaan studieadviseur studiebegeleider zorgcoördinator zorgcoordinator teamleider
    leidinggevende manager baas werkgever huisarts dokter arts psychiater psycholoog psychotherapeut
    therapeut behandelaar regiebehandelaar hoofdbehandelaar casemanager begeleider woonbegeleider
    ambulant trajectbegeleider jobcoach coach herstelcoach ervaringsdeskundige ervaringswerker
    verpleegkundige wijkverpleegkundige spv poh praktijkondersteuner bewindvoerder curator advocaat
    advocate notaris reclasseringswerker reclasseringsmedewerker wijkagent agent agente consulent
    klantmanager wmo-consulent maatschappelijk werker apotheker diëtist fysiotherapeut verslavingsarts
    verslavingsbehandelaar pastor dominee imam priester vrijwilliger mantelzorger buddy maatje
    sportcoach trainer jongerenwerker straatcoach buurtcoach buurtwerker opbouwwerker welzijnswerker
    sociaalwerker schuldhulpverlener budgetcoach agoog sociotherapeut systeemtherapeut vaktherapeut
    gz-psycholoog verpleegkundig specialist ivs-er spv-er medewerker fact-medewerker zorgverlener
    hulpverlener begeleidster coördinator coordinator teamcoach wijkcoach huismeester conciërge
    concierge portier beveiliger chef voorman uitvoerder pastoor predikant rabbijn diaken ouderling
    kapelaan groepsgenoot landgenoot lotgenoot clubgenoot teamgenoot studiegenoot huisgenote klasgenote
    kamergenote medebewoner medebewoonster medecliënt medepatiënt gastouder rechter griffier officier
    tolk jeugdbeschermer gezinsvoogd jeugdarts jeugdverpleegkundige geneesheer-directeur anios aios oios
    bemiddelaar mediator contactpersoon secretaresse verzorgende verzorger chauffeur buschauffeur
    vrachtwagenchauffeur schoonmaker postbode bezorger oppas au-pair pedagoog orthopedagoog logopedist
    ergotherapeut geriater zorgbemiddelaar cliëntondersteuner ervaringsdeskundigen hulpverleners
    aalmoezenier""".split()
)
# Prefixes that make a role of a role: "pleegzus", "stiefopa", "schoonouders", "ex-buurman".
_ROLE_PREFIX = re.compile(r"(?:pleeg|stief|schoon|groot|overgroot|half|ex-?|oud-|boven|beneden|onder|achter|mede)")


def is_role(low: str) -> bool:
    """``low`` (lower case) is a role or family word, also with a prefix or as a plural:
    "pleegzus", "stiefopa", "bovenbuurman", "ex-collega", "begeleiders", "tantes"."""
    if low in ROLE_WORDS:
        return True
    for end in ("s", "en", "'s"):
        if low.endswith(end) and low[: -len(end)] in ROLE_WORDS:
            return True
    m = _ROLE_PREFIX.match(low)
    return m is not None and m.end() < len(low) - 2 and is_role(low[m.end() :])


# Words a bare initial or an age after it belongs to: "Casus R. (29)", "mw. T.", "Pt. MV".
PERSON_CONTEXT = frozenset(
    """casus cliënt client cliënte cliente patiënt patient patiënte patiente pt pte pat mw mevr
    mevrouw dhr meneer heer hr fam familie betrokkene jongere jongeman jongedame student studente
    leerling zoon dochter broer zus vader moeder partner vriend vriendin buurman buurvrouw man
    vrouw jongen meisje kind baby peuter kleuter puber tiener opa oma oom tante neef nicht
    echtgenoot echtgenote collega weduwe weduwnaar cliënten cl clt""".split()
)

# Function words and verbs that follow a role word: "moeder is", "zus wil", "broer belt".
NOT_A_NAME_AFTER_ROLE = frozenset(
    """aan al als alleen altijd and belt belde ben bij blijft da dan dat de deed den der des die
    dit doet door dus een eens en er ergens gaat gaf geen gelijk had heb heeft het hier hij hoe
    hun ik in is ja je kan komt kon kreeg krijgt kwam laat liet maakt maar mag me meer met mij
    mijn moet mocht na naar net niet nog nooit nu of ok om ontving ook op over pas praat reageert
    samen sinds sprak staat stond te tegen toch toe toen tot uit van veel voor vond vindt waar mee
    was wat weet wel werd werkt wie wil wilde woont word wordt zag zal zat ze zegt zei zelf zich
    zien ziet zij zijn zit zo zou zoals zus zoon heeft hebben had nam neemt gaan gingen""".split()
)

# Capitalised words that are no names although deduce's whitelist lacks them.
NOT_NAMES = frozenset(
    """whatsapp teams zoom skype facetime facebook instagram snapchat tiktok twitter linkedin
    youtube google internet outlook excel word powerpoint epd ecd app mail email e-mail sms
    partij actie micro-actie wie wanneer effect veilig thuis
    insta snap discord telegram twitch reddit tinder bumble grindr roblox fortnite minecraft
    steam xbox playstation netflix spotify signal threads bluesky marktplaats vinted
    kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas oud nieuw
    nieuwjaar koningsdag carnaval hemelvaart zomervakantie kerstvakantie meivakantie
    herfstvakantie voorjaarsvakantie corona covid covid-19 lockdown
    ggz ggd wmo wlz zvw jeugdwet participatiewet bopz wvggz wzd jeugdzorg thuiszorg
    maatschappelijke opvang ggz-instelling kliniek opname crisis nederland nederlands engels
    frans duits arabisch turks pools marokkaans surinaams antilliaans syrisch eritrees somalisch
    god allah bijbel koran islam christendom kerk moskee
    tigrinya tigrinia amhaars amhaarse somali dari farsi perzisch pashto pasjtoe koerdisch
    berbers tamazight papiaments papiamentu sranan sranantongo tagalog urdu hindi punjabi bengaals
    russisch oekraïens roemeens bulgaars hongaars portugees spaans italiaans chinees
    mandarijn kantonees vietnamees thais japans koreaans swahili lingala twi
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei
    juni juli augustus september oktober november december
    ik jij hij zij ze wij we jullie u hem haar hun ons die dat dit deze het een de en of maar""".split()
)


def _peoples() -> frozenset[str]:
    """Peoples, nationalities and languages, lower case (``data/peoples.txt``, its source named there)."""
    text = (Path(__file__).parent / "data" / "peoples.txt").read_text("utf-8")
    return frozenset(w.lower() for line in text.splitlines() if not line.startswith("#") for w in line.split())


# "Eritrese feestdagen", "Molukse families", "spreekt Papiaments": where someone comes from.
PEOPLES = _peoples()
NOT_NAMES = NOT_NAMES | PEOPLES


def _world_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words of address and respect, and other ordinary words, of the languages Dutch care meets
    beyond Dutch ("kuya", "abla"; "inshallah", "injera"), lower case (``data/world_words.txt``,
    its source named there)."""
    text = (Path(__file__).parent / "data" / "world_words.txt").read_text("utf-8")
    lines = [line for line in text.lower().splitlines() if not line.startswith("#")]
    respect, _, rest = "\n".join(lines).partition("[words]")
    return frozenset(respect.replace("[respect]", "").split()), frozenset(rest.split())


# "Kuya Jomar", "Abla Elif": a word of respect is a role word a name may follow, and no name itself;
# "Inshallah", "Injera" are no names wherever they stand.
RESPECT_WORDS, WORLD_WORDS = _world_words()
NOT_NAMES = NOT_NAMES | RESPECT_WORDS | WORLD_WORDS
ROLE_WORDS = ROLE_WORDS | RESPECT_WORDS


# Clinical and care-system acronyms that look like initials after "cliënt" or "casus".
def _abbreviations() -> frozenset[str]:
    """The care abbreviations of ``data/abbreviations.txt`` (its source named there)."""
    text = (Path(__file__).parent / "data" / "abbreviations.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# Abbreviations that are no initials ("FACT", "mdo", "gb" for geboren): the data file, and a
# few the rules met before it.
NOT_INITIALS = _abbreviations() | frozenset("sgp muv as".split())

# Countries name where someone comes from, which identifies no one on its own.
COUNTRIES = frozenset(
    """nederland belgië belgie duitsland frankrijk engeland spanje portugal italië italie polen
    roemenië roemenie bulgarije turkije marokko tunesië algerije egypte syrië syrie irak iran
    afghanistan eritrea ethiopië somalië somalie soedan suriname curaçao curacao aruba
    indonesië china india pakistan oekraïne oekraine rusland griekenland ghana nigeria oostenrijk
    zwitserland denemarken zweden noorwegen finland ierland schotland hongarije kroatië servië
    bosnië albanië""".split()
)


def _countries_and_languages() -> tuple[frozenset[str], frozenset[str]]:
    """Countries and languages, lower case (``data/countries_languages.txt``, its source named there)."""
    text = (Path(__file__).parent / "data" / "countries_languages.txt").read_text("utf-8")
    lines = [line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    countries, _, languages = "\n".join(lines).partition("[languages]")
    return frozenset(countries.replace("[countries]", "").split()), frozenset(languages.split())


# "familie in Congo", "naar Zimbabwe", "bad in het Yoruba": a country or a language of CLDR's
# list points to no one either. Kept apart from COUNTRIES and NOT_NAMES, which every name rule
# asks: some of them are given names too ("dochter Kenia"), so they are only no place or
# organisation (see :func:`.detect.false_positives`).
WORLD_COUNTRIES, LANGUAGES = _countries_and_languages()

# Where a country or a language stands: "in Congo", "naar Zimbabwe", "uit Georgië", "in het Yoruba";
# or after another one: "Igbo en Yoruba" (not after "van": "de moeder van Kenia" names her child).
_WHERE_OR_WHICH_LANGUAGE = re.compile(r"(?i)(?<![\w-])(?:in|uit|naar|vanuit|het|([^\W\d_]+)\s+(?:en|of))\s+$")


def where_or_which_language(text: str, start: int) -> bool:
    """A country or a language starting at ``start`` stands where a place or a language does."""
    m = _WHERE_OR_WHICH_LANGUAGE.search(text, max(0, start - 40), start)
    return m is not None and (m.group(1) is None or world_words_only(m.group(1)))


_WORLD_PARTS = re.compile(r"[\s/-]+")


def world_words_only(span: str) -> bool:
    """``span`` is only countries, languages and peoples, at least one of CLDR's list ("Congo",
    "Igbo en Yoruba", "Portugees-Nederlands"); a name after a role stays one ("dochter Kenia")."""
    words = [w for w in _WORLD_PARTS.split(span.lower().replace("’", "'")) if w]
    if not any(w in WORLD_COUNTRIES or w in LANGUAGES for w in words):
        return False
    return all(
        w in WORLD_COUNTRIES or w in LANGUAGES or w in COUNTRIES or w in PEOPLES or w in ("en", "of") for w in words
    )


# English a Dutch note opens with: a word of discourse before a comma ("Well, ..."), or any
# word before an English function word ("Born to run"); Dutch towns are spelled so too.
_ENGLISH_DISCOURSE = frozenset(
    "well so ok okay yes no oh hey wow sorry anyway honestly basically actually alright right fine sure".split()
)
_ENGLISH_NEXT = re.compile(r" +(?:to|the|and|for|with|you|it|my|your|an|are|be|on|up|out)\b")  # not "of", "is"


def english_opening(text: str, low: str, end: int) -> bool:
    """The word ``low`` that opens a sentence of ``text`` and ends at ``end`` starts English."""
    if low in _ENGLISH_DISCOURSE and text[end : end + 1] in (",", "!", ":"):
        return True
    return _ENGLISH_NEXT.match(text, end) is not None


MONTHS_AND_DAYS = frozenset(
    """januari februari maart april mei juni juli augustus september oktober november december
    jan feb mrt apr jun jul aug sep sept okt nov dec maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag january february march may june july august october monday tuesday
    wednesday thursday friday saturday sunday""".split()
)

# English words an English board (--lang en) capitalises that are no names: with these the
# name rules stay quiet on "on Monday", "after Christmas", "his English lessons".
ENGLISH_NOT_NAMES = frozenset(
    """christmas easter eid ramadan new year english dutch british french german polish turkish
    moroccan arabic i i'm i've i'd god bible internet mondays tuesdays wednesdays thursdays fridays
    saturdays sundays weekends""".split()
)

# Holidays, feasts and seasons ("Pinksteren", "Nowruz", "Timkat"), and any day, night or feast
# named with its kind ("Veteranendag", "Koningsnacht", "Offerfeest"): they date something
# (with a year, see :mod:`.rules`), but on their own they name no one.
# Feasts of two words, looked for in a note on their own (one short pattern, see feast_spans);
# not "Sint Maarten", also a village and an island.
_FEAST_PHRASES = (
    r"oud\s+en\s+nieuw|goede\s+vrijdag|keti\s+koti|jom\s+kipoer|yom\s+kippur|"
    r"rosj\s+hasjana|rosh\s+hashana|thai\s+pusam|hari\s+raya|loy\s+krathong|festa\s+junina|semana\s+santa|"
    # English-Dutch notes: "since Chinese New Year 2026", "Lunar New Year", "New Year's Eve"
    r"(?:chinese|lunar)\s+new\s+year|new\s+year(?:['’]s)?(?:\s+(?:eve|day))?"
)
FEASTS = (
    _FEAST_PHRASES + r"|"
    r"pasen|paasdag|paasweekend|pinksteren|pinksterdag|pinksterweekend|kerst|kerstmis|kerstdag(?:en)?|"
    r"kerstavond|hemelvaart|hemelvaartsdag|koningsdag|koninginnedag|bevrijdingsdag|"
    r"oudjaar|oudejaarsavond|oudejaarsdag|nieuwjaar|nieuwjaarsdag|jaarwisseling|sinterklaas|pakjesavond|"
    r"carnaval|ramadan|suikerfeest|offerfeest|moederdag|vaderdag|prinsjesdag|"
    r"dodenherdenking|diwali|chanoeka|voorjaar|najaar|"
    # the seasons of the church year and of fasting: "in de advent van 2025", "de vastentijd van 2024"
    r"advent|adventstijd|vastentijd|veertigdagentijd|lijdenstijd|kersttijd|paastijd|vastenmaand|"
    # a season, also its early or late part: "nazomer", "hoogzomer", "voorwinter", "midwinter"
    r"(?:na|voor|hoog|mid|laat)?(?:zomer|winter|herfst|lente)|"
    r"(?:zomer|winter|kerst|mei|herfst|voorjaars|krokus|paas)vakantie|bouwvak|"
    r"summer|spring|autumn|fall|christmas|easter|halloween|sint[-\s]maarten|driekoningen|allerheiligen|"
    r"allerzielen|aswoensdag|pesach|newroz|nowruz|"
    # (and of South and South-East Asia, Africa and Latin America: "Pongal 2025", "na Lebaran")
    r"pongal|deepavali|thaipusam|onam|ugadi|vesak|wesak|nyepi|lebaran|tết|chuseok|dashain|tihar|yennayer|"
    # feasts of the faiths and countries ggz clients come from (names as Dutch and English write them)
    r"divali|holi|phagwa|navratri|vaisakhi|eid|mawlid|ashura|ashoera|timkat|meskel|fasika|enkutatash|"
    r"hanukkah|chanoeka|poerim|purim|soekot|sukkot|"
    r"kwanzaa|thanksgiving|songkran|ostern|weihnachten|silvester|elfstedentocht|avondvierdaagse|vierdaagse|"
    # and any holiday, festival or night named with its kind: "Koningsnacht", "Valentijnsdag", "Bevrijdingsfestival"
    r"[a-zà-ÿ]{3,}(?:dag|nacht|avond|weekend|feest|festival|vakantie)"
)
_FEAST = re.compile(f"(?:{FEASTS})", re.IGNORECASE)
_FEAST_PHRASE = re.compile(rf"(?<![\w-])(?:{_FEAST_PHRASES})(?![\w-])", re.IGNORECASE)


def feast_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a feast of more than one word ("Keti Koti", "Jom Kipoer", "Oud en Nieuw")."""
    return [m.span() for m in _FEAST_PHRASE.finditer(text)]


@lru_cache(maxsize=8192)  # asked of every capitalised word no list knows: one long pattern
def is_feast(word: str) -> bool:
    """``word`` names a holiday, a feast or a season ("Veteranendag", "Suikerfeest", "Ostern")."""
    return _FEAST.fullmatch(word) is not None


_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each word and each punctuation mark, as deduce's lists are split."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


# A capitalised word inside a sentence, and any word: how many of a note's words are capitalised.
MID_CAPITAL = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Þ][a-zà-ÿ]+(?![\w'’-])")
ANY_WORD = re.compile(r"(?<![\w-])[^\W\d_]+")
# What stands right before a word that opens a sentence: the note's start, an end mark, a new
# line, a bullet or an opening bracket ("search(text, 0, start)").
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[-–•*]\s+|\(\s*)$")
# The same, and where quoted speech opens or an arrow's bullet stands: '"Sanne zei', "> Sanne".
SENTENCE_OR_QUOTE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[-–•*>]\s*|\(\s*|[\"'‘“]\s*)$")


def title_cased(text: str) -> bool:
    """Does the note give many words inside a sentence a capital ("Goede Afspraken Met De Apotheek")?
    Then a capital says nothing about a name."""
    capitals = len(MID_CAPITAL.findall(text))
    return capitals > 0 and capitals > 0.2 * len(ANY_WORD.findall(text))


_INFLECTIONS = ("'s", "’s", "en", "es", "s", "e", "n")
# Diminutives, which OpenTaal's list mostly lacks: "zoontje", "briefje", "balletjes", "bloempje".
_DIMINUTIVES = ("etjes", "tjes", "pjes", "kjes", "jes", "etje", "tje", "pje", "kje", "je")


_VOICED = {"v": "f", "z": "s"}


def _adjective_stem(low: str) -> str:
    """The adjective an -e form of the productive endings -ief, -aal, -eel, -oor, -uur comes
    from, which change in it ("cognitieve" cognitief, "mentale" mentaal, "emotionele"
    emotioneel, "structurele" structureel); "" for any other word. (Checked on deduce's first
    names and surnames: none of them turns into a word this way.)"""
    if low.endswith("ieve"):
        return low[:-2] + "f"
    if low.endswith(("ale", "ele", "ore", "ure")) and low[-4] not in "aeiou":
        return low[:-3] + low[-3] + low[-3:-1]
    return ""


def _plural_stem(stem: str) -> set[str]:
    """What a plural's stem may come from: "duiv" (duiven) duif, "huiz" (huizen) huis, "bom"
    (bomen) boom, "vaz" (vazen) vaas."""
    out = set()
    last = _VOICED.get(stem[-1], stem[-1])
    if last != stem[-1]:
        out.add(stem[:-1] + last)
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and stem[-1] not in "aeiouy":
        out.add(stem[:-2] + stem[-2] * 2 + last)  # an open syllable: "bomen" -> "boom"
    return out


def plural_stem(stem: str) -> set[str]:
    """The singulars a plural's stem ("huiz", "bom") may come from (see :func:`_plural_stem`)."""
    return _plural_stem(stem)


@dataclass(frozen=True)
class Lexicon:
    """What the rules may ask of word lists (handed in by the engine, see :mod:`.lexicon`).

    ``common(word)``: a lower-case word is an ordinary word or medical term (deduce's
    whitelist). ``words``: more ordinary Dutch words, lower-case (OpenTaal's list), also
    matched inflected ("wachtlijsten", "warme") and as compounds of two or three of them
    ("zorgadviesteam", "signaleringsplan"). ``street(words, i)``: how many of ``words`` from
    ``i`` on form a street name of deduce's list, 0 when none. ``place(word)``: a town or
    village of deduce's list. ``first_names``: deduce's first names, lower-cased, without the
    ones it lists as ambiguous ("riet", "door").
    """

    common: Callable[[str], bool] = lambda word: False
    street: Callable[[Sequence[str], int], int] = lambda words, i: 0
    place: Callable[[str], bool] = lambda word: False
    words: frozenset[str] = field(default=frozenset())
    extra_common: frozenset[str] = field(default=frozenset())
    first_names: frozenset[str] = field(default=frozenset())  # lower case, none that is also a word

    def _known(self, low: str) -> bool:
        if low in self.words or self.common(low):
            return True
        if low.endswith(("end", "ende")) and len(low) > 6 and low[: -1 if low.endswith("d") else -2] in self.words:
            return True  # a present participle: "samenvattend", "aanvullende" (samenvatten, aanvullen)
        if low[-1:] == "e" and len(low) > 6 and (stem := _adjective_stem(low)) and stem in self.words:
            return True  # an adjective's -e form OpenTaal lacks: "cognitieve" (cognitief), "mentale" (mentaal)
        for end in _INFLECTIONS:
            if low.endswith(end) and len(low) - len(end) >= 3:
                stem = low[: -len(end)]
                if stem in self.words or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in self.words):
                    return True
        if low.endswith(("je", "jes")):
            for end in _DIMINUTIVES:
                if low.endswith(end) and len(low) - len(end) >= 3:
                    stem = low[: -len(end)]
                    if stem in self.words or (stem[-1] == stem[-2] and stem[:-1] in self.words):
                        return True
        return False

    def is_word(self, low: str) -> bool:
        """``low`` is an ordinary word or its inflection, a plural too ("duiven", "bomen"); no compound."""
        if self._known(low):
            return True
        return low.endswith("en") and len(low) > 5 and bool(_plural_stem(low[:-2]) & self.words)

    def is_ordinary(self, low: str) -> bool:
        """``low`` (lower case) is an ordinary word, inflected, or a compound of two of them.

        Parts of a compound have at least four letters, so names do not fall apart into
        short words ("Bijlmer" is no "bijl" + "mer").
        """
        if self.is_word(low):
            return True
        for i in range(4, len(low) - 3):
            head, tail = low[:i], low[i:]
            if self._known(head) and (
                self._known(tail) or (tail[0] == "s" and len(tail) > 4 and self._known(tail[1:]))
            ):
                return True
        return False

    def is_verb_stem(self, low: str) -> bool:
        """``low`` is a verb's stem, the imperative: "vries" (vriezen), "loop" (lopen), "zit"
        (zitten), "leef" (leven), "bel" (bellen)."""
        if len(low) < 3 or not low.isalpha():
            return False
        stem = low[:-1] + {"s": "z", "f": "v"}.get(low[-1], low[-1])
        forms = {low + "en", stem + "en", low + low[-1] + "en"}
        if len(low) > 3 and low[-2] == low[-3] and low[-2] in "aeou":
            forms |= {low[:-2] + low[-1] + "en", stem[:-2] + stem[-1] + "en"}  # "loop" -> "lopen"
        return any(f in self.words for f in forms)

    def is_name_like(self, word: str, *, compounds: bool = True) -> bool:
        """A capitalised word that is no ordinary word: a candidate proper name.

        With ``compounds=False`` a compound of ordinary words still counts as a name: names of
        neighbourhoods are made that way ("Kanaleneiland", "Hoograven").
        """
        if not word[:1].isupper():
            return False
        low = word.lower()
        if low in NOT_NAMES or low in COUNTRIES or low in MONTHS_AND_DAYS or low in ENGLISH_NOT_NAMES:
            return False
        if is_feast(low):
            return False  # "Veteranendag", "Nowruz": a day of the year
        if low in self.extra_common:
            return False
        if _STRESSED.search(low) and self.is_ordinary(low.translate(_UNSTRESSED)):
            return False  # "Eén plan", "Dát is ...", "Wél gebeld": a word stressed with an accent

        def ordinary(part: str) -> bool:
            return part in NOT_NAMES or (self.is_ordinary(part) if compounds else self._known(part))

        # "Wajong-uitkering", "Nederlands/Engels", "JGZ-verpleegkundige": judged part by part, a
        # known abbreviation in capitals counting as a word
        return not all(
            ordinary(part.lower()) or (_abbreviation_shape(part) and part.lower() in NOT_INITIALS)
            for part in re.split(r"[-/]", word)
            if part
        )


_STRESSED = re.compile("[áéíóú]")
_UNSTRESSED = str.maketrans("áéíóú", "aeiou")


def _abbreviation_shape(part: str) -> bool:
    """In capitals, or a short one written like a word ("Bbz", "Wlz", "Aow"): an abbreviation's shape."""
    return part.isupper() or (3 <= len(part) <= 4 and part[0].isupper() and part[1:].islower())


EMPTY = Lexicon()


# A list of capitalised one-word items that opens a note or a line and goes on in lower case:
# "Vos, Haas en Beer zijn ...", "Beer en Leeuw zijn ...".
_OPENING_LIST = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–•*][ \t]+)?"
    r"([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[ \t]*,[ \t]*[A-ZÀ-Þ][a-zà-ÿ]{2,})*[ \t]+(?:en|&|of)[ \t]+[A-ZÀ-Þ][a-zà-ÿ]{2,})"
    r"(?=[ \t]+[a-zà-ÿ]|[ \t]*:)"
)
_LIST_ITEM = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}")


# A capitalised word opening a note, then a list of words in lower case: "Putten, zaaien,
# oogsten: ...", "Hoeve, erf, stal en kantine". The first is a word like the others.
_OPENING_WORD_THEN_WORDS = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–•*][ \t]+)?([A-ZÀ-Þ][a-zà-ÿ]{2,})((?:[ \t]*,[ \t]*[a-zà-ÿ]{2,}){2,})"
    r"(?=[ \t]*(?:[,:;.]|en\b|of\b))"
)
# Feasts and days of remembrance are no names: "Veteranendag en Dodenherdenking", "Nowruz en Suikerfeest".
_FEAST_ENDINGS = ("dag", "feest", "herdenking", "nacht", "avond", "week")


_PERSONAL_PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie u".split())


def _feast(low: str) -> bool:
    return low.endswith(_FEAST_ENDINGS) or low in NOT_NAMES


def opening_word_lists(text: str, lexicon: Lexicon) -> list[list[tuple[int, int]]]:
    """The items' spans of each capitalised list that opens a note or a line, goes on in lower
    case, and is a list of things: every item an ordinary word, at least one no first name ("Vos,
    Haas en Beer zijn de groepsnamen", "Beer en Leeuw zijn de kussens"). A list of first names
    ("Roos en Merel zijn zussen") or with a word that is no Dutch word ("Kees en Beer gaan")
    stays a list of names."""
    lists = []
    if lexicon.words and "," in text:
        for m in _OPENING_WORD_THEN_WORDS.finditer(text):
            rest = [w.strip() for w in m.group(2).split(",") if w.strip()]
            if lexicon.is_word(m.group(1).lower()) and all(lexicon.is_word(w) for w in rest):
                lists.append([m.span(1)])  # "Putten, zaaien, oogsten": a word among words
    if not lexicon.first_names or (" en " not in text and " of " not in text and "&" not in text):
        return lists
    for m in _OPENING_LIST.finditer(text):
        items = [(i.start() + m.start(1), i.end() + m.start(1)) for i in _LIST_ITEM.finditer(m.group(1))]
        lows = [text[s:e].lower() for s, e in items]
        if not _PERSONAL_PRONOUNS.isdisjoint(lows):
            continue  # "Hij en Mathuja gaan vissen": a pronoun beside it, so a person
        if any(_feast(low) for low in lows) and all(_feast(low) or low not in lexicon.first_names for low in lows):
            lists.append(items)  # "Veteranendag en Dodenherdenking": days, and no first name among them
            continue
        if any(not lexicon.is_word(low) for low in lows) or all(low in lexicon.first_names for low in lows):
            continue
        lists.append(items)
    return lists
