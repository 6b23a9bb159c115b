"""Wider age probe: made-up notes with someone's age (or year of birth) in shapes no test set
uses yet, each beside a clean look-alike in the same frame; how many ages are removed (or
flagged) and how many clean notes stay as written.

Ages are rule-shaped, yet the held-out sets lose more of them than the development sets do
(issue #22): the rules fit the phrasings they were written on. ``deid_age_probe.py`` measures the
phrasings the rules were written for; this probe measures the CLASS, on shapes written before any
rule for them:

  - number words and compounds ("zevenenveertig", "tweeënvijftig jaar", "achttien");
  - approximate ages ("begin dertig", "half veertig", "eind 50", "ergens in de zestig",
    "rond de 70", "ca. 45", "±45", "~45", "40+", "een 60-plusser");
  - abbreviations ("42 jr", "42j", "42jr.", "lft 42", "lft.: 42", "leeftijd: 42", "m/42",
    "v, 42", "42 y/o", "aged 42");
  - compounds ("42-jarige", "tweeënveertigjarige", "een vijftiger");
  - years of birth (the sets annotate them as dates: "geb. 1961", "bj 1961", "jaargang '84");
  - ages of children and siblings ("zoontje van 4", "dochter (7)", "de jongste is 3");
  - ages in a table under a leeftijd column, after a name ("Fleur, 16,"), and in English lines;
  - clean look-alikes in the same frames that must stay as written: durations ("al 7 jr
    stabiel", "30 jaar bij de gemeente", "2 jaar achter elkaar"), counts, doses, scores, times,
    room numbers, percentages, "groep 7", "klas 3", "JO15", years of service, "na 3 jaar", the
    time since an event, numbers in a table that are no age.

Every pool (the variants of a shape, the frames, the persons, the names) is split in two halves
by position: ``tune`` (even positions) and ``report`` (odd positions). Rules are written looking
at the tuning half only; the reporting half says whether they caught the class or the examples.
Every number, word and person here is made up for this probe; no test set is read. Prints per
half and shape: notes, removed, removed or flagged; per clean shape: untouched and no age tag.
``--show`` lists the tuning half's misses (``--show-report`` the reporting half's too).

    python benchmarks/deid_age_shapes.py [--per-shape 12] [--seed 22] [--show] [--show-report]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402
import probe_tally as pt  # noqa: E402
from deid_age_probe import _TEENS, _TENS, _UNITS, words  # noqa: E402  (one table of Dutch number words)
from probe_tally import HALVES, half  # noqa: E402


@dataclass(frozen=True)
class ProbeNote:
    kind: str  # "age" (the secret must go) or "clean" (the note must stay as written)
    shape: str
    half: str
    text: str
    secrets: tuple[str, ...] = ()
    batch: str = "round 2"  # which batch of shapes wrote it ("round 3": frames added in #22's tenth session)


def ordinal(n: int) -> str:
    """An ordinal in Dutch words, as in "op zijn zestiende" ("derde", "twaalfde", "eenentwintigste")."""
    small = ["", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende"]
    if n < 10:
        return small[n]
    if n < 20:
        return f"{_TEENS[n - 10]}de"
    return f"{words(n)}ste"


# Who an age belongs to. Names are made up; title, role and family words in both cases.
PERSONS = [
    "Mw.",
    "Dhr.",
    "Pt.",
    "Cl.",
    "mevr.",
    "dhr",
    "Zijn moeder",
    "Haar vader",
    "De buurman",
    "Oma",
    "Zijn vriendin",
    "Schoonvader",
    "De cliënt",
    "Haar zus",
    "Meneer",
    "Mevrouw",
    "Haar partner",
    "De bewoner",
]
NAMES = ["Fleur", "Sem", "Yara", "Ruud", "Ilse", "Bayu", "Milan", "Noor", "Dirk", "Amal", "Kasper", "Joke"]
CHILD_WORDS = ["zoontje", "dochter", "zoon", "dochtertje", "kleinzoon", "pleegdochter", "het kind", "de baby"]
SIBLING_WORDS = ["de jongste", "de oudste", "de middelste", "het broertje", "het zusje", "de kleine"]
# Role words for clean notes (no name, so a clean note may stay as written).
CLEAN_PERSONS = ["Mw.", "Dhr.", "Pt.", "Cl.", "Zijn moeder", "De buurman", "Oma", "Haar zus", "Meneer", "De bewoner"]


def _adult(rng: random.Random) -> int:
    return rng.randint(19, 94)


def _odd_adult(rng: random.Random) -> int:
    """An adult age that is not a round ten (a compound in words)."""
    v = _adult(rng)
    return v + 1 if v % 10 == 0 else v


def _decade(rng: random.Random) -> int:
    return rng.randint(2, 9)


_EN_DECADES = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]


_ROUND3_KEYS = ("c3", "oe", "ow", "ost")


def _fill(template: str, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """A variant template filled with made-up numbers; the secrets are what of it must go.

    ``{n}`` an adult age in digits, ``{w}`` one in words (a compound), ``{t}`` a teen or a round
    ten in words, ``{dd}`` a decade in digits, ``{d}`` in words, ``{de}`` in English, ``{y}`` a
    year of birth, ``{yy}`` its last two digits, ``{c}`` a child's age in digits, ``{cw}`` in words.
    """
    d = _decade(rng)
    y = rng.randint(1931, 2008)
    c, c2 = rng.randint(1, 9), rng.randint(10, 16)
    values = {
        "n": str(_adult(rng)),
        "w": words(_odd_adult(rng)),
        "t": rng.choice([*_TEENS[3:], *_TENS[2:]]),
        "dd": str(d * 10),
        "d": _TENS[d],
        "de": _EN_DECADES[d],
        "y": str(y),
        "yy": f"{y % 100:02d}",
        "c": str(c),
        "c2": str(c2),
        "cw": _UNITS[c],
    }
    if any("{" + k + "}" in template for k in _ROUND3_KEYS):  # drawn only here: round 2's notes stay as they were
        teen = rng.randint(9, 21)
        values |= {
            "c3": str(rng.randint(2, 17)),
            "oe": f"{teen}e",
            "ow": ordinal(teen),
            "ost": f"{teen}{'ste' if teen in (1, 8) or teen >= 20 else 'de'}",
        }
    if any("{" + k + "}" in template for k in _ROUND4_KEYS):  # drawn only here: earlier rounds stay as they were
        low = rng.randint(20, 85)
        values |= {"r1": str(low), "r2": str(low + rng.choice([5, 10])), "h1": str(rng.randint(1, 9))}
    text = template.format(**values)
    secrets = []
    for key, value in values.items():
        if "{" + key + "}" not in template:
            continue
        if value.isalpha():  # a number word glued into a longer word ("veertiger") is that word
            m = re.search(rf"[\w]*{re.escape(value)}[\w]*", text)
            value = m.group() if m else value
        secrets.append(value)
    return text, tuple(secrets)


# shape -> (variants, grammar). A variant is a template of :func:`_fill`; the grammar picks the
# frames the variant stands in. A secret glued into a longer word ("{d}er") is the whole word.
SHAPES: dict[str, tuple[list[str], str]] = {
    "number words (compound)": (["{w}", "{w} jaar", "{w} jaar oud", "{w} jr", "{w} jr.", "{w} jaar jong"], "np"),
    "number words (teen or ten)": (["{t}", "{t} jaar", "{t} jr", "{t} jaar oud"], "np"),
    "approximate (words)": (
        [
            "begin {d}",
            "half {d}",
            "eind {d}",
            "ergens in de {d}",
            "rond de {d}",
            "midden {d}",
            "achter in de {d}",
            "ergens rond de {d}",
            "zo rond de {d}",
            "tegen de {d}",
            "ver in de {d}",
            "in de vroege {d}",
        ],
        "np",
    ),
    "approximate (digits)": (
        [
            "ca. {n}",
            "±{n}",
            "~{n}",
            "± {n}",
            "ong. {n}",
            "circa {n}",
            "plm. {n}",
            "+/- {n}",
            "eind {dd}",
            "begin {dd}",
            "rond de {dd}",
            "ergens in de {dd}",
            "ongeveer {n} jaar",
            "naar schatting {n}",
            "geschat {n}",
            "vermoedelijk {n}",
        ],
        "np",
    ),
    "plus": (["{dd}+", "{dd}-plusser", "{dd}plus", "{d}plusser", "{dd}+'er", "{dd} plus"], "np"),
    "abbreviation after": (
        ["{n} jr", "{n}j", "{n}jr.", "{n} j.", "{n}jr", "{n} jaar", "{n}-jr", "{n} jr oud", "{n}J", "{n} Jr."],
        "np",
    ),
    "label before": (
        [
            "lft {n}",
            "lft.: {n}",
            "leeftijd: {n}",
            "leeftijd {n}",
            "lftd. {n}",
            "Lft: {n} jr",
            "lft. {n} j.",
            "leeftijd {n} jaar",
            "lt {n}",
            "Leeftijd = {n}",
        ],
        "label",
    ),
    "sex and age": (
        ["m/{n}", "v, {n}", "M/{n}", "{n}/v", "m{n}", "V {n}", "{n}, m", "vrouw/{n}", "{n}M", "m-{n}", "man, {n}"],
        "sex",
    ),
    "compound adjective": (["{n}-jarige", "{w}jarige", "{n} jarige", "{n}-jarig", "{w}-jarige", "{t}jarige"], "adj"),
    "decade noun": (["een {d}er", "{d}er", "een {dd}-er", "een {dd}'er", "een {d}-er", "{dd}er"], "decade"),
    "year of birth": (
        [
            "geb. {y}",
            "geboren in {y}",
            "bj {y}",
            "geb.jaar {y}",
            "jaargang '{yy}",
            "geboortejaar: {y}",
            "geb. '{yy}",
            "*{y}",
            "geboren '{yy}",
            "gb. {y}",
            "geboortejaar {y}",
            "bouwjaar '{yy}",
            "geb {y}",
            "(°{y})",
        ],
        "label",
    ),
    "child or sibling": (
        [
            "{C} van {c}",
            "{C} ({c})",
            "{S} is {c}",
            "{C} van {cw}",
            "{S} ({c2})",
            "{C} is {c2}",
            "{S} is pas {cw}",
            "{C}, {c},",
            "{C} ({c} jr)",
            "{S} van {c2}",
            "{C} {c} jaar",
            "{C} (bijna {c})",
        ],
        "child",
    ),
    "table column": (["{n}", "{n} jr", "{w}", "ca. {n}", "{n} j"], "table"),
    "after a name": (["{N}, {n},", "{N} ({n})", "{N} - {n} -", "{N} {n} jr", "{N} ({n} j.)", "{N}, {w},"], "name"),
    "English": (
        [
            "{n} years old",
            "aged {n}",
            "{n}-year-old",
            "a {n} y.o.",
            "age {n}",
            "in her {de}",
            "{n} yrs",
            "in his early {de}",
            "{n} y/o",
            "about {n}",
            "{n}yo",
            "approx. {n}",
        ],
        "english",
    ),
    "birthday and event": (
        [
            "vierde zijn {n}e verjaardag",
            "wordt over twee weken {n}",
            "werd in maart {n}",
            "is deze maand {n} geworden",
            "viert haar {n}ste",
            "is sinds kort {n}",
            "wordt dit jaar {w}",
            "werd afgelopen zomer {n}",
        ],
        "event",
    ),
}

# grammar -> frames: {P} a person, {p} the same in lower case, {A} the age phrase, {N} a name.
FRAMES: dict[str, list[str]] = {
    "np": [
        "{P} ({A}) woont alleen sinds de scheiding.",
        "{P}, {A}, woont alleen.",
        "{P} is {A} en woont alleen.",
        "Gesprek met {p} ({A}) over de dagstructuur.",
        "Aanmelding: vrouw, {A}, gescheiden.",
        "{P} - {A} - belt vaker met de huisarts.",
        "{P} {A}, somber, slaapt slecht.",
        "Intake {p}; {A}; woont bij zijn zus.",
        "{P} ({A}), bekend met depressie, vraagt hulp.",
        "Het gaat om {p}, {A}, met schulden.",
        "{P} is inmiddels {A} en wil minder zorg.",
        "Nieuwe cliënt: man, {A}, psychose in 2019.",
    ],
    "label": [
        "{P} ({A}) woont alleen sinds de scheiding.",
        "{P}, {A}, gescheiden, twee kinderen.",
        "Aanmelding: man, {A}, woont zelfstandig.",
        "{A}; woont alleen, weinig netwerk.",
        "Intake {p}. {A}. Verwezen door de huisarts.",
        "{P}: {A}, alleenstaand.",
        "Cliënt ({A}) belt vaak de crisisdienst.",
        "Gegevens: {A}, woont bij ouders.",
    ],
    "sex": [
        "Aanmelding {A}, paniekklachten.",
        "{P} ({A}) woont alleen.",
        "Pt. {A}, somber sinds de zomer.",
        "Intake: {A}, verwezen door de huisarts.",
        "Nieuw op de afdeling: {A}, psychose.",
        "Overdracht - {A} - slaapt slecht.",
    ],
    "adj": [
        "De {A} {noun} woont alleen.",
        "Gesprek met de {A} {noun} over zijn slaap.",
        "Een {A} {noun} uit de wijk belt vaker.",
        "{P} is een {A} {noun} met weinig netwerk.",
        "Betreft een {A} {noun}, bekend met angst.",
        "Aanmelding van een {A} {noun} via de huisarts.",
    ],
    "decade": [
        "{P} is {A} en woont alleen.",
        "{P}, {A}, alleenstaand.",
        "Aanmelding van {A} met een burn-out.",
        "{P} ({A}) belt vaker met de huisarts.",
        "Het gaat om {A} uit de wijk, weinig netwerk.",
        "{P}, zelf {A}, zorgt voor haar moeder.",
    ],
    "child": [
        "{A}; woont bij de moeder.",
        "Thuis: {A}, slaapt slecht sinds de verhuizing.",
        "Moeder maakt zich zorgen, {A} en wil niet naar school.",
        "Gezin: vader, moeder, {A}.",
        "Ze heeft twee kinderen; {A} en gaat naar de opvang.",
        "Zorgen om {A}, huilt veel.",
    ],
    "table": [
        "naam | leeftijd | rol\n{N} | {A} | zus",
        "| wie | lft | woont |\n| {N} | {A} | thuis |",
        "Netwerk:\nNaam | Leeftijd | Relatie\n{N} | {A} | broer",
        "| Gezinslid | Leeftijd |\n| {N} | {A} |",
        "wie;leeftijd;rol\n{N};{A};vriendin",
        "Naam - lft - rol\n{N} - {A} - buurman",
    ],
    "name": [
        "{A} woont bij haar vader.",
        "Gesprek met {A} over school.",
        "Broer {A} belt elke week.",
        "Vriendin {A} helpt met de boodschappen.",
        "Netwerk: {A} buurvrouw, helpt soms.",
        "Zijn dochter {A} komt op zondag.",
    ],
    "english": [
        "Client, {A}, lives alone since the divorce.",
        "Her mother is {A} and has dementia.",
        "Referral: woman {A}, panic attacks.",
        "Patient ({A}) was admitted last night.",
        "Spoke with her father ({A}) about the plan.",
        "He is {A} and works nights.",
    ],
    "event": [
        "{P} {A} en voelt zich eenzaam.",
        "{P} {A}; de familie komt langs.",
        "Sinds {p} {A} gaat het slechter.",
        "{P} {A}, maar er kwam niemand.",
        "Volgens de dochter: {p} {A}.",
        "{P} {A} en wil nu verhuizen.",
    ],
    "since": [
        "{P} blowt al {A}.",
        "{P} woonde {A} in een pleeggezin.",
        "Het drinken begon {A}, zegt {p}.",
        "{P} is {A} voor het eerst opgenomen.",
        "{P} gokt {A}; nu schulden.",
        "{P} vertelt dat de vader vertrok {A}.",
        "{P} is {A} bij oma gaan wonen.",
        "Volgens {p} is het pesten {A} begonnen.",
    ],
    "family": [
        "Gezin: moeder en {A}.",
        "{P} heeft {A}, vader uit beeld.",
        "Thuis wonen {A}; krap huis.",
        "{P} zorgt alleen voor {A}.",
        "Aanmelding gezin, {A}, schulden.",
        "Moeder met {A} in de opvang.",
        "{P} ziet {A} om het weekend.",
        "Netwerk: oma, {A}, buurvrouw.",
    ],
    "attr": [
        "{P} zorgt voor {A}.",
        "Zorgen om {A} uit de flat.",
        "{P} woont samen met {A}.",
        "Melding over {A} die 's nachts zwerft.",
        "Het gaat om {A} met veel schulden.",
        "{P} past op {A}.",
        "Aanmelding van {A} via de school.",
        "Betreft {A}, bekend bij het wijkteam.",
    ],
    "sex2": [
        "Casus: {A}, alleenstaand, bijstand.",
        "Wachtlijst: {A} - angst.",
        "{A} uit de wijk, gokschulden.",
        "Triage nacht: {A}, suïcidale uitingen.",
        "Nieuw: {A}, verwezen door de POH.",
        "Cel 3: {A}, onrustig, arts gebeld.",
        "Bed 2: {A}, delier.",
        "Overdracht {A}; slaapt slecht.",
    ],
    "role": [
        "{N} {A} komt elke week langs.",
        "Gebeld met {N} {A} over de zorgen.",
        "Netwerk: {N} {A} helpt met geld.",
        "Aanwezig: cliënt, {N} {A} en de SPV.",
        "{N} {A} wil meedenken.",
        "Steun van {N} {A}, woont om de hoek.",
    ],
    "round": [
        "{P} is {A} en woont alleen.",
        "{P}, {A}, woont alleen.",
        "{P} ({A}) belt vaak.",
        "{P} is inmiddels {A}.",
        "Aanmelding: vrouw, {A}, eenzaam.",
        "{P}, zelf {A}, zorgt voor de kleinkinderen.",
        "{P} is {A}; wil minder zorg.",
        "Het gaat om een man, {A}, met schulden.",
    ],
}
_NOUNS = ["man", "vrouw", "moeder", "buurman", "weduwe", "cliënt", "jongen", "dame", "vader", "student"]


# Clean notes: numbers in the same frames that are no one's age. {P} a role or family word
# (no name), {k} a number 2-60, {h}/{m} a time, {g} a school group or class.
CLEAN: dict[str, list[str]] = {
    "duration": [
        "{P} is al {k} jr stabiel op lithium.",
        "{P} werkt {k} jaar bij de gemeente.",
        "{P} is {k} jaar achter elkaar opgenomen geweest.",
        "{P}, al {k} jaar clean, wil vrijwilligerswerk.",
        "{P} zit {k} jr in de schuldhulp.",
        "{P} woont {k} jaar in de wijk.",
        "{P} is {k}j gescheiden en woont alleen.",
        "{P} is {k} jaar getrouwd geweest.",
        "Na {k} jaar wachten start {p} met EMDR.",
        "{P} rookt al {k} jaar niet meer.",
        "{P} heeft {k} jaar in detentie gezeten.",
        "{P} is {k} jaar mantelzorger voor haar man.",
    ],
    "years of service or since": [
        "{P} heeft {k} dienstjaren bij de gemeente.",
        "{P} is {k} jaar na de scheiding nog boos.",
        "{k} jaar na de opname gaat het goed met {p}.",
        "{P} is sinds {k} jaar weduwe.",
        "{P} verloor {k} jaar geleden haar man.",
        "{P} is {k} maanden na de bevalling somber.",
        "{P} heeft een contract voor {k} jaar.",
        "{P}, {k} jaar in dienst, is uitgevallen.",
    ],
    "count, dose, score": [
        "{P} heeft {k} sessies gehad.",
        "{P} slikt {k} mg sertraline.",
        "{P} scoort {k} op de PHQ-9.",
        "{P} drinkt {k} eenheden per week.",
        "{P} is {k} kilo afgevallen.",
        "{P} kreeg {k} punten op de HoNOS.",
        "{P} heeft {k} euro schuld bij de buren.",
        "{P}: {k}% minder klachten.",
        "{P} belde {k} keer de crisisdienst.",
        "{P} loopt {k} minuten per dag.",
    ],
    "time, room, number": [
        "{P} komt om {h}.{m} op kamer {k}.",
        "{P} ligt op kamer {k}, bed 2.",
        "{P} neemt lijn {k} naar de kliniek.",
        "{P} woont op nummer {k}.",
        "{P} belt om {h}:{m} terug.",
        "{P} zit in groep {g} van de basisschool.",
        "{P} zit in klas {g} van het vmbo.",
        "{P} traint bij de JO{k2} op woensdag.",
        "{P} speelt in MO{k2} en traint twee keer.",
        "{P} zit in leerjaar {g} van de havo.",
    ],
    "group or era": [
        "{P} gaat naar de 55+ soos.",
        "{P} wil naar een groep voor 65-plussers.",
        "{P} luistert muziek uit de jaren {dd}.",
        "{P} woont in een 50+ woning.",
        "Rond de {k} aanmeldingen per maand.",
        "{P} is dol op de jaren {d}.",
    ],
    "table without an age": [
        "naam | sessies | rol\nbuurvrouw | {k} | steun",
        "| wie | keer gebeld |\n| huisarts | {k} |",
        "Netwerk:\nPartij | Ring | Contacten\nwijkteam | B | {k}",
        "wat;aantal;wanneer\ngesprekken;{k};maart",
    ],
    "English": [
        "{P} has been sober for {k} years.",
        "{P} worked {k} years at the factory.",
        "{P} moved here {k} years ago.",
        "{P} scored {k} on the PHQ-9.",
        "{P} takes {k} mg in the morning.",
    ],
    "number words": [
        "{P} is al {kw} jaar stabiel.",
        "{P} werkt {kw} jaar bij de thuiszorg.",
        "{P} slikt {kw} milligram.",
        "{P} belde {kw} keer.",
        "{P} wacht al {kw} weken op een plek.",
    ],
}


# Round 3 (#22's tenth session): frames and shapes neither batch above writes, as a new author in
# a new voice might: ordinals ("sinds zijn 14e", "op haar zestiende"), an age inside a clause ("toen
# ze 9 was"), several children's ages in one list, an age as an attribute ("zijn 80 jaar oude
# vader", "een meisje van 12"), a sex glued to the age ("M42", "V/37", "♀ 29"), a role and an age
# in brackets ("(moeder, 44)"), units in other words ("lentes", "jaartjes") and other languages
# ("jier", "Jahre", "ans", "años", "yaşında"), and rounded ages ("in de zeventig", "ruim zestig",
# "net 18 geworden"). Drawn with a random generator of their own, so round 2's notes stay the same.
SHAPES3: dict[str, tuple[list[str], str]] = {
    "ordinal": (
        [
            "sinds zijn {oe}",
            "op haar {ow}",
            "vanaf z'n {ost}",
            "rond haar {oe}",
            "op zijn {ost}",
            "sinds d'r {ow}",
            "tot zijn {oe}",
            "vanaf haar {ow}",
            "voor zijn {oe}",
            "na haar {ost}",
        ],
        "since",
    ),
    "age in a clause": (
        [
            "toen ze {c2} was",
            "toen hij {cw} was",
            "sinds hij {c2} is",
            "toen zij nog maar {c2} was",
            "vanaf dat ze {c2} was",
            "toen hij net {c2} was",
            "als ze {c2} wordt",
            "sinds ze {c3} jaar is",
            "toen ie {c2} jaar was",
            "toen ze pas {cw} jaar oud was",
        ],
        "since",
    ),
    "children's ages in a list": (
        [
            "kinderen {c}, {c2} en {c3}",
            "drie kids ({c}, {c2}, {c3})",
            "kinderen van {c} en {c2}",
            "zoons {c} en {c2}",
            "twee dochters ({c} en {c2} jr)",
            "kinderen: {c}-{c2}-{c3} jaar",
            "een tweeling van {c}",
            "kleinkinderen {c}, {c2} en {c3}",
            "jongens van {c} en {c2}",
            "meiden ({c} & {c2})",
        ],
        "family",
    ),
    "age as an attribute": (
        [
            "zijn {n} jaar oude vader",
            "een meisje van {c2}",
            "haar {c2}-jarig zoontje",
            "een man van in de {d}",
            "de {n} jaar oude buurvrouw",
            "een jongen van amper {c2}",
            "een vrouw van rond de {dd}",
            "de nog geen {d} jaar oude moeder",
            "zijn {w}jarige broer",
            "een knul van nog geen {c2}",
        ],
        "attr",
    ),
    "sex glued or signed": (
        ["M{n}", "V/{n}", "♀ {n}", "♂{n}", "{n}♀", "(v{n})", "V{n}", "{n}v", "m.{n}", "♂ {n} jr", "{n} m.", "M {n}j"],
        "sex2",
    ),
    "role and age in brackets": (
        [
            "(moeder, {n})",
            "(vader {n})",
            "(zus, {c2} jr)",
            "({n}, buurvrouw)",
            "(oom; {n})",
            "(opa, {w})",
            "(broer - {c2})",
            "(zijn vriendin, {n})",
            "({n} jr, tante)",
            "(stiefvader, ± {n})",
        ],
        "role",
    ),
    "other units": (
        [
            "{n} lentes",
            "{n} lentes jong",
            "{n} jaartjes",
            "{n} jaren oud",
            "{w} lentes",
            "{n} jaartjes oud",
            "{n} jaar jong",
        ],
        "np",
    ),
    "other languages": (
        [
            "{n} jier",
            "{n} Jahre alt",
            "{n} ans",
            "{n} años",
            "{n} yaşında",
            "{n} jier âld",
            "{n} anos",
            "{n} lat",
            "{n} Jahre",
            "{n} years of age",
            "{n} aña",
            "{n}-yr-old",
        ],
        "np",
    ),
    "rounded": (
        [
            "in de {d}",
            "ruim {d}",
            "net {c2} geworden",
            "dik in de {d}",
            "bijna {dd}",
            "nog geen {d}",
            "krap {d}",
            "ruim in de {d}",
            "al over de {d}",
            "de {d} gepasseerd",
            "net {dd} geworden",
            "goed {d}",
        ],
        "round",
    ),
}

# Clean look-alikes in round 3's frames: the same words around a number that is no one's age.
CLEAN3: dict[str, list[str]] = {
    "ordinal, no age": [
        "{P} kwam op zijn {k}e afspraak te laat.",
        "{P} heeft haar {o} opname achter de rug.",
        "Sinds de {k}e van de maand slaapt {p} beter.",
        "{P} zit in zijn {o} week van de behandeling.",
        "{P} begint op de {k}e met het traject.",
        "{P} is aan haar {o} poging bezig.",
        "Voor de {o} keer belde {p} de crisisdienst.",
        "{P} ging voor zijn {k}e sessie naar de POH.",
    ],
    "a clause, no age": [
        "{P} sliep beter toen ze {k} mg slikte.",
        "{P} belde toen hij {k} dagen clean was.",
        "{P} voelt zich beter sinds hij {k} kilo kwijt is.",
        "Toen ze {k} weken opgenomen was, kwam de zus langs.",
        "{P} wordt rustig als hij {k} minuten wandelt.",
        "Sinds ze {k} uur per week werkt, gaat het beter.",
        "{P} was blij toen hij {k} euro terugkreeg.",
        "{P} belt zodra ze {k} nachten slecht slaapt.",
    ],
    "a list of numbers, no age": [
        "{P} mist de sessies {k}, {k2} en {g}.",
        "Kamers {k}, {k2} en {g} zijn vrij.",
        "{P} scoort {g}, {k} en {k2} op de VAS.",
        "Groepen {g} en {g2} gaan samen op kamp.",
        "{P} werkt op dag {g} en {g2} van het rooster.",
        "Huisnummers {k} en {k2} klagen over geluid.",
        "{P} had {g} en {k} punten op de twee lijsten.",
        "Bussen {k} en {k2} rijden naar de kliniek.",
    ],
    "a number before a noun, no age": [
        "{P} begint aan een {g}-jarig traject.",
        "Het {k}-jarig bestaan van de inloop wordt gevierd.",
        "{P} rijdt in een {g} jaar oude auto.",
        "{P} werkt in een {k}-urige werkweek.",
        "{P} volgt een {g}-jarige opleiding.",
        "De {g} jaar oude diagnose wordt herzien.",
        "{P} doet een training van {g} weken.",
        "{P} heeft een {g}-jarig contract bij de corporatie.",
    ],
    "a letter and a number, no age": [
        "{P} ligt op afdeling V{g}, kamer {k}.",
        "{P} neemt bus M{k} naar het centrum.",
        "{P} heeft schoenmaat {k2}.",
        "Cel {k} op de M-vleugel is vrij.",
        "{P} woont in blok V, nummer {k}.",
        "{P} draagt maat M, {k} euro in de uitverkoop.",
        "{P} zit op unit M{g}.",
        "{P} rijdt op de A{k} naar het werk.",
    ],
    "a role in brackets, no age": [
        "{P} (moeder, {g}x per week) helpt mee.",
        "Steun van de buurvrouw ({k} minuten lopen).",
        "{P} belt de zus ({g} keer per week).",
        "Overleg met vader ({k} min telefonisch).",
        "Oom ({g} uur per week) doet de boodschappen.",
        "{P} heeft broers ({g}) en zussen ({g2}).",
    ],
    "rounded, no age": [
        "{P} rijdt in de {k} km-zone.",
        "{P} kreeg ruim {k} euro terug.",
        "{P} sliep net {g} uur.",
        "{P} had bijna {k} graden koorts.",
        "{P} woog ruim {k} kilo meer.",
        "Er kwamen ruim {kw} deelnemers.",
        "{P} heeft dik {kw} euro schuld.",
        "{P} liep net {g} kilometer.",
        "{P} gaat onder de {k} procent.",
        "Boven de {k} graden blijft {p} binnen.",
    ],
    "money, percent, time": [
        "{P} betaalt {k} euro per maand af.",
        "{P} heeft {k}% loonwaarde.",
        "{P} komt om {h}.{m} uur.",
        "{P} krijgt € {k},- leefgeld per week.",
        "{P} werkt {k} uur per week.",
        "{P} slaapt van {h} tot {g} uur.",
    ],
}


# Round 4 (#22, the age4 session): ages in sentence positions and shapes no earlier round writes,
# written before any rule for them. A note without its subject ("Is 47, woont alleen."), an age
# that opens the sentence ("Zesenvijftig is ze nu."), a relative clause ("die 47 is"), what an age
# looks like or is said to be ("oogt 60", "zegt 47 te zijn"), a range ("45-50 jaar", "vijftig à
# zestig"), half years of a child ("3½", "4,5 jaar"), the plural "-jarigen", labels that pair an age
# with a sex ("lft/geslacht: 47/m"), an occupation before the age ("kapper, 47,"), and an age after
# a preposition ("met 47 jaar", "op 47-jarige leeftijd"). Drawn with a random generator of its own,
# so the notes of rounds 2 and 3 stay the same.
OCCUPATIONS = [
    "kapper",
    "lasser",
    "kok",
    "bakker",
    "postbode",
    "schilder",
    "monteur",
    "timmerman",
    "kassière",
    "poetsvrouw",
    "boekhouder",
    "vrachtrijder",
]
_ROUND4_KEYS = ("r1", "r2", "h1")
SHAPES4: dict[str, tuple[list[str], str]] = {
    "no subject": (
        [
            "is {n}",
            "wordt {n}",
            "is pas {w}",
            "werd vorige maand {n}",
            "is net {n} geworden",
            "is {n} jaar",
            "is al {n}",
            "wordt binnenkort {w}",
            "is ruim {n}",
            "werd {w}",
        ],
        "bare",
    ),
    "age first": (
        [
            "{w} is ze nu",
            "{n} is hij inmiddels",
            "pas {c2} was ze",
            "{n} jaar en nog nooit gewerkt",
            "{w} en nog steeds thuis",
            "{n}, en al opa",
            "{w} jaar is hij",
            "net {c2} en al moeder",
        ],
        "front",
    ),
    "looks or is said to be": (
        [
            "oogt {n}",
            "lijkt {n}",
            "zegt {n} te zijn",
            "oogt ouder dan {n}",
            "geeft aan {n} te zijn",
            "lijkt rond de {dd}",
            "beweert {w} te zijn",
            "oogt als begin {d}",
            "blijkt {n} te zijn",
            "ziet eruit als {n}",
            "zou {n} zijn",
            "schijnt {w} te zijn",
        ],
        "appear",
    ),
    "range": (
        [
            "{r1}-{r2} jaar",
            "{r1} à {r2}",
            "tussen {r1} en {r2}",
            "zo'n {r1} à {r2} jaar",
            "{r1} of {r2}",
            "{r1}–{r2} jr",
            "ergens tussen {r1} en {r2} jaar",
            "{r1} a {r2} jaar",
        ],
        "np",
    ),
    "half years": (
        [
            "{C} van {h1}½",
            "{C} ({h1},5)",
            "{S} is {h1} en een half",
            "{C} van {h1},5 jaar",
            "{S} ({h1}½ jr)",
            "{C} is bijna {h1}½",
            "{C} van {h1} ½",
            "{S} is {h1}.5 jaar",
        ],
        "child",
    ),
    "plural -jarigen": (
        [
            "de twee {c2}-jarigen",
            "drie {c2}-jarigen",
            "de {n}-jarigen",
            "beide {c2}-jarigen",
            "de {w}jarigen",
            "twee {n} jarigen",
        ],
        "plural",
    ),
    "relative clause": (
        [
            "die {n} is",
            "die pas {w} is",
            "die net {n} is geworden",
            "die inmiddels {n} is",
            "die {n} jaar is",
            "die volgende week {n} wordt",
            "die bijna {w} is",
            "die ruim {dd} is",
        ],
        "rel",
    ),
    "age and sex label": (
        [
            "lft/geslacht: {n}/m",
            "L/G: {n}/v",
            "leeftijd/sekse: {n} m",
            "Gesl/lft: v/{n}",
            "Lft (jr): {n}",
            "leeftijd in jaren: {n}",
            "Leeftijd cliënt: {n}",
            "sekse, lft: m, {n}",
            "Lft./gesl.: {n} v",
            "Leeftijd pt.: {n}",
        ],
        "label",
    ),
    "occupation": (
        [
            "{O}, {n},",
            "{O} ({n})",
            "{O} van {n}",
            "{O} van {w}",
            "{O}, {n} jaar,",
            "{O} - {n} -",
            "{O} ({n} jr)",
            "{O}, ca. {n},",
        ],
        "occ",
    ),
    "after a preposition": (
        [
            "met {n} jaar",
            "op {n}-jarige leeftijd",
            "op de leeftijd van {w}",
            "op {w}jarige leeftijd",
            "met zijn {w} jaar",
            "op {n} jarige leeftijd",
            "met haar {n} jaar",
            "op {n} jaar",
            "op haar {n}",
            "met {w}",
        ],
        "prep",
    ),
}

FRAMES4: dict[str, list[str]] = {
    "bare": [
        "{A}, woont alleen sinds de scheiding.",
        "Aanmelding via de huisarts. {A} en woont alleen.",
        "{A}; weinig netwerk, wil geen hulp.",
        "Kent de wijk goed. {A}, maar voelt zich eenzaam.",
        "{A} en komt nog elke week naar de inloop.",
        "Slaapt slecht. {A}. Drinkt te veel.",
    ],
    "front": [
        "{A}: {p} wil nu eindelijk hulp.",
        "{A} - {p} woont bij haar moeder.",
        "{A}; {p} voelt zich eenzaam.",
        "{A}, zegt {p} er zelf over.",
        "{A}. {P} schaamt zich daarvoor.",
        "{A} - zo vat {p} het samen.",
    ],
    "appear": [
        "{P} {A}, heeft geen papieren bij zich.",
        "{P} {A} en is verward.",
        "Onbekende man op de SEH, {A}, geen ID.",
        "{P} {A}; de politie zoekt familie.",
        "Volgens de wijkagent: {p} {A}.",
        "{P} {A} maar weet het zelf niet zeker.",
    ],
    "plural": [
        "{P} past op {A} van de buren.",
        "Zorgen om {A} in het gezin.",
        "Gesprek met {A} over school en blowen.",
        "{A} slapen bij oma.",
        "Melding over {A} die 's nachts buiten zijn.",
        "{P} zoekt opvang voor {A}.",
    ],
    "rel": [
        "{P}, {A}, woont alleen.",
        "Gesprek met {p}, {A}, over de dagstructuur.",
        "{P} heeft een zus {A} en bij haar woont.",
        "Het gaat om {p}, {A}, met schulden.",
        "{P}, {A}, wil minder zorg.",
        "Zorgen om de buurman, {A}, die valt.",
    ],
    "occ": [
        "Aanmelding: {A} burn-out na reorganisatie.",
        "Betreft een {A} met schulden.",
        "Gesprek met de {A} over zijn werk.",
        "{A} meldt zich via de bedrijfsarts.",
        "Nieuwe cliënt: {A} uitgevallen, slaapt slecht.",
        "Zorgen om een {A} uit de wijk.",
    ],
    "prep": [
        "{A} nog thuis wonen valt {p} zwaar.",
        "{P} is {A} moeder geworden.",
        "{P} kreeg {A} de diagnose.",
        "{P} stopte {A} met school.",
        "{A} voor het eerst opgenomen, zegt {p}.",
        "{P} verhuisde {A} naar de stad.",
    ],
}

CLEAN4: dict[str, list[str]] = {
    "no subject, no age": [
        "Is {k} keer gebeld, nam niet op.",
        "Wordt {k} minuten later opgehaald.",
        "Is al {k} jaar clean.",
        "Werd vorige maand {k} keer gezien.",
        "Is {k} kilo afgevallen sinds de zomer.",
        "Is {k} dagen weg geweest.",
        "Wordt {k} uur per week begeleid.",
        "Werd {k} uur vastgehouden op het bureau.",
    ],
    "number first, no age": [
        "{k} keer gebeld, niemand nam op.",
        "{k} jaar wachten, nu eindelijk een plek.",
        "Pas {k} dagen clean en al een terugval.",
        "{k} minuten te laat, weer.",
        "{kw} euro schuld en nog geen bewindvoerder.",
        "{k} is het huisnummer van de nieuwe woning.",
        "Net {g} weken thuis en al een crisis.",
        "{k}, zo vaak belde {p} de crisisdienst.",
    ],
    "looks or says, no age": [
        "{P} oogt {k} kilo lichter.",
        "{P} zegt {k} euro kwijt te zijn.",
        "{P} geeft aan {k} keer per nacht wakker te zijn.",
        "{P} blijkt {k} kilo afgevallen te zijn.",
        "{P} lijkt {k} procent beter te slapen.",
        "{P} zou {k} dagen weg zijn geweest.",
        "{P} oogt moe na {k} nachtdiensten.",
        "{P} schijnt {k} uur per dag te gamen.",
    ],
    "range, no age": [
        "{P} belt {g}-{g3} keer per week.",
        "{P} wandelt {k}-{k3} minuten per dag.",
        "{P} komt tussen {g3} en {h2} uur.",
        "{P} drinkt {g} à {g3} glazen per dag.",
        "{P} betaalt zo'n {k} à {k3} euro per maand.",
        "{P} slaapt {g} of {g3} uur per nacht.",
        "Wachttijd {g}-{g3} maanden.",
        "{P} rookt {k}–{k3} sigaretten per dag.",
    ],
    "half, no age": [
        "{P} slikt {g},5 mg.",
        "{P} wacht al {g}½ jaar op een woning.",
        "{P} verhuisde {g},5 jaar geleden.",
        "{P} slaapt {g} en een half uur.",
        "{P} krijgt {g}½ uur begeleiding per week.",
        "{P} heeft {g},5 jaar schuldhulp achter de rug.",
        "{P} loopt {g}.5 km per dag.",
        "{P} is {g} ½ kilo aangekomen.",
    ],
    "-jarig things, no age": [
        "{P} volgt twee {g}-jarige opleidingen.",
        "Het {k}-jarig jubileum van de inloop.",
        "{P} kreeg een {g}-jarige uitkering.",
        "De {g}-jarige trajecten lopen af.",
        "{P} tekent voor {g}-jarige huurcontracten.",
        "Twee {g}-jarige projecten voor de wijk.",
    ],
    "relative clause, no age": [
        "{P}, die {k} keer belde, wil een gesprek.",
        "{P}, die {k} kilo afviel, eet weer.",
        "Het traject, dat {g} jaar duurt, start in mei.",
        "De wachtlijst, die {k} weken is, loopt op.",
        "{P}, die {k} euro schuld heeft, krijgt hulp.",
        "De groep, die {k} leden telt, komt op dinsdag.",
        "{P}, die al {g} jaar clean is, helpt mee.",
        "De schuld, die {k} duizend euro is, groeit.",
    ],
    "label, no age": [
        "Aantal/duur: {k}/{g}",
        "Kamer/bed: {k}/{g}",
        "Dosis (mg): {k}",
        "Duur in jaren: {g}",
        "Aantal contacten: {k}",
        "Score/max: {k}/{k3}",
        "Sessie, week: {g}, {k}",
        "Bed/afd: {g}/B",
    ],
    "occupation, no age": [
        "{P} werkt als kapper, {k} uur per week.",
        "{P} kent de buschauffeur van lijn {k}.",
        "De bakker op nummer {k} let op {p}.",
        "{P} was {k} jaar lasser.",
        "{P} werkt {k} jaar als kok.",
        "De postbode ({k} minuten te laat) belde aan.",
        "{P} is monteur, {k} uur per week.",
        "De timmerman van nummer {k} helpt mee.",
    ],
    "preposition, no age": [
        "{P} begint met {k} jaar werkervaring.",
        "{P} studeert met {g} jaar vertraging af.",
        "{P} leeft van {k} euro per week.",
        "{P} kreeg na {k} jaar de diagnose.",
        "{P} stopte {k} jaar geleden met school.",
        "{P} werkt op {k}-urige basis.",
        "{P} rekent op {k} jaar wachttijd.",
        "{P} gaat met {k} euro naar de winkel.",
    ],
}


_SMALL_ORDINALS = ["tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende"]


def _clean_text(template: str, rng: random.Random, person: str) -> str:
    k = rng.randint(2, 60)
    extra = {}
    if "{o}" in template or "{g2}" in template:  # round 3's keys, drawn only here
        extra = {"o": rng.choice(_SMALL_ORDINALS), "g2": rng.randint(1, 8)}
    if any("{" + key + "}" in template for key in ("h2", "g3", "k3")):  # round 4's keys, drawn only here
        extra |= {"h2": rng.randint(15, 22), "g3": rng.randint(9, 14), "k3": k + rng.choice([5, 10])}
    return template.format(
        **extra,
        P=person,
        p=person[0].lower() + person[1:],
        k=k,
        kw=words(max(k, 10)),
        h=rng.randint(8, 21),
        m=rng.choice(["00", "15", "30", "45"]),
        g=rng.randint(1, 8),
        k2=rng.choice([9, 11, 13, 15, 17, 19]),
        dd=_decade(rng) * 10,
        d=_TENS[_decade(rng)],
    )


def _age_notes(
    rng: random.Random,
    which: str,
    per_shape: int,
    shapes: dict | None = None,
    batch: str = "round 2",
    frame_sets: dict | None = None,
) -> list[ProbeNote]:
    notes = []
    persons, names = half(PERSONS, which), half(NAMES, which)
    children, siblings = half(CHILD_WORDS, which), half(SIBLING_WORDS, which)
    for shape, (variants, grammar) in (SHAPES if shapes is None else shapes).items():
        mine, frames = half(variants, which), half((frame_sets or FRAMES)[grammar], which)
        for _ in range(per_shape):
            template = rng.choice(mine).replace("{C}", rng.choice(children)).replace("{S}", rng.choice(siblings))
            template = template.replace("{N}", rng.choice(names))
            if "{O}" in template:  # round 4's occupations, drawn only here
                template = template.replace("{O}", rng.choice(half(OCCUPATIONS, which)))
            phrase, secrets = _fill(template, rng)
            person = rng.choice(persons)
            text = rng.choice(frames).format(
                P=person, p=person[0].lower() + person[1:], A=phrase, N=rng.choice(names), noun=rng.choice(_NOUNS)
            )
            notes.append(ProbeNote("age", shape, which, text[0].upper() + text[1:], secrets, batch))
    return notes


def _clean_notes(
    rng: random.Random, which: str, per_shape: int, clean: dict | None = None, batch: str = "round 2"
) -> list[ProbeNote]:
    notes = []
    persons = half(CLEAN_PERSONS, which)
    for shape, templates in (CLEAN if clean is None else clean).items():
        mine = half(templates, which)
        for _ in range(per_shape):
            text = _clean_text(rng.choice(mine), rng, rng.choice(persons))
            notes.append(ProbeNote("clean", shape, which, text[0].upper() + text[1:], (), batch))
    return notes


def generate(per_shape: int = 12, seed: int = 22, halves: tuple[str, ...] = HALVES) -> list[ProbeNote]:
    notes: list[ProbeNote] = []
    for which in halves:
        rng = random.Random(f"{seed}-{which}")
        notes += _age_notes(rng, which, per_shape)
        notes += _clean_notes(rng, which, per_shape)
        rng3 = random.Random(f"{seed}-{which}-round3")
        notes += _age_notes(rng3, which, per_shape, SHAPES3, "round 3")
        notes += _clean_notes(rng3, which, per_shape, CLEAN3, "round 3")
        rng4 = random.Random(f"{seed}-{which}-round4")
        fourth = _age_notes(rng4, which, per_shape, SHAPES4, "round 4", FRAMES | FRAMES4)
        fourth += _clean_notes(rng4, which, per_shape, CLEAN4, "round 4")
        notes += [_sentence_case(n) for n in fourth]
    return list(dict.fromkeys(notes))


_SENTENCE_OPENING = re.compile(r"(?:^|(\S*)[.!?]\s+)[a-zà-ÿ]")
_TITLES = frozenset({"mw", "mevr", "dhr", "pt", "cl"})  # a dot that ends a title opens no sentence


def _sentence_case(note: ProbeNote) -> ProbeNote:
    """Round 4's note with each sentence opening in a capital (its frames open sentences with the age
    phrase: "Slaapt slecht. Is 47."), and a secret that now opens one spelled as it stands."""

    def upper(m: re.Match[str]) -> str:
        return m.group() if (m.group(1) or "").lower() in _TITLES else m.group()[:-1] + m.group()[-1].upper()

    text = _SENTENCE_OPENING.sub(upper, note.text)
    secrets = tuple(s if dq.present(s, text) else s[:1].upper() + s[1:] for s in note.secrets)
    return dataclasses.replace(note, text=text, secrets=secrets)


@dataclass
class Row(pt.Tally):
    removed: int = 0  # age notes: every secret gone; clean notes: untouched
    flagged: int = 0  # age notes: removed, or left under a suspect; clean notes: no age or date tag


def measure(notes: list[ProbeNote]) -> dict[tuple[str, str, str], Row]:
    run = pt.Pipeline.load()
    out: dict[tuple[str, str, str], Row] = {}
    for n in notes:
        row = out.setdefault((n.half, n.kind, n.shape), Row())
        text, tags = run.scrub(n.text, "")
        row.notes += 1
        if n.kind == "clean":
            ok = pt.untouched(n.text, text, tags)
            row.removed += ok
            row.flagged += "[LEEFTIJD-" not in text and "[DATUM-" not in text
            if not ok:
                row.misses.append(f"{n.text!r} -> {text!r}")
            continue
        left = [s for s in n.secrets if dq.survives(s, text)]
        spans = pt.spans(run.suspects(text)) if left else []
        row.removed += not left
        row.flagged += all(dq.flagged(s, text, spans) for s in left)
        if left:
            row.misses.append(f"{n.text!r} -> {text!r}")
    return out


_ROUND3 = set(SHAPES3) | set(CLEAN3)
_ROUND4 = set(SHAPES4) | set(CLEAN4)


def batch_of(shape: str) -> str:
    """The batch a shape belongs to ("round 2", "round 3" or "round 4"; no shape name is in two)."""
    return "round 4" if shape in _ROUND4 else "round 3" if shape in _ROUND3 else "round 2"


def totals(results: dict[tuple[str, str, str], Row], batch: str | None = None) -> dict[tuple[str, str], Row]:
    """Per (half, kind), over every shape or over one batch's."""
    return pt.totals(results, lambda key: key[:2] if batch in (None, batch_of(key[2])) else None, Row)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-shape", type=int, default=12)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list every miss of the tuning half")
    ap.add_argument("--show-report", action="store_true", help="list the reporting half's misses too")
    ap.add_argument("--totals", action="store_true", help="print only the totals")
    args = ap.parse_args()
    results = measure(generate(args.per_shape, args.seed))
    if not args.totals:
        print("| half | kind | shape | notes | removed (clean: untouched) | removed or flagged (clean: no age tag) |")
        print("| --- | --- | --- | --- | --- | --- |")
        for (which, kind, shape), row in sorted(results.items()):
            print(
                f"| {which} | {kind} | {batch_of(shape)}: {shape} | {row.notes} | {pt.share(row.removed, row.notes)} "
                f"| {pt.share(row.flagged, row.notes)} |"
            )
        print()
    for batch in ("round 2", "round 3", "round 4", None):
        for (which, kind), row in sorted(totals(results, batch).items()):
            what = ("untouched", "no age or date tag") if kind == "clean" else ("removed", "removed or flagged")
            print(
                f"**{batch or 'all'} {which} {kind}**: {what[0]} {pt.share(row.removed, row.notes)}, "
                f"{what[1]} {pt.share(row.flagged, row.notes)}"
            )
    if args.show or args.show_report:
        for (which, kind, shape), row in sorted(results.items()):
            if which == "tune" or args.show_report:
                for line in row.misses:
                    print(f"  {which} {kind} / {shape}: {line}")


if __name__ == "__main__":
    main()
