"""Over-scrubbing probe: made-up CLEAN notes in many shapes, and how many come back untouched.

No note here names or points to a person, so every change the pseudonymiser makes is a loss.
The notes are generated (seeded, so the same every run) from:

  - the template's party words and aliases (templates/terugval.yaml, read through the harvest's
    own ``protected_words``), capitalised, in compounds and with a prefix or suffix;
  - role words of a micro-action form's "Wie" and planned dates and periods under "Wanneer";
  - ordinary Dutch words that are also first names, surnames or towns ("Merel", "Storm",
    "Kok", "Best", "Loon", "Dieren"), opening a note as the word they are;
  - counts, durations, times, ranges and scores ("al 12 jaar", "2x per week", "om 19.30",
    "6/8 sessies"), rating scales and test names with their score ("YMRS 12", "MoCA 22/30",
    "PHQ-9: 14"), classification codes ("ICPC P76", "DSM-5", "F32.1"), and medicines with their
    dose ("Quetiapine 300 mg a.n.");
  - months and weekdays in plans ("vanaf maandag", "in maart evalueren");
  - dictation: numbers spoken in words ("vijftig milligram", "twintig van de dertig") and every
    word capitalised ("Vandaag Is Het Gesprek Met De Huisarts Goed Gegaan");
  - a network ring letter after a party word ("huisarts B komt pas in beeld", "zus -> C") and a
    country ("familie woont in Polen");
  - eight voices written out in ``deid_clean_voices.py`` (a dietitian, a PMT therapist, an old-age
    team, a forensic team, a jurist, an emergency-room nurse, a student psychologist, a
    peer-support worker), each note measured once.

The vocabulary lists below are general public knowledge (Dutch dictionary words, the WHO names
of common psychiatric medicines, the names of widely used rating scales and of the ICPC-1 and
ICD-10 code shapes), written for this probe; none is taken from a test set.

Prints per shape: notes, clean notes untouched, and the template words, "Wanneer" dates, "Wie"
role words and form labels kept (one shape puts a made-up team member's name under "Wie", which
is to be replaced while the role, the date and the labels stay). ``--show`` lists every changed
note. In-process, every note on its own, as ``deid_quality.py`` does.

    python benchmarks/deid_clean_probe.py [--per-shape 40] [--seed 22] [--show]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402
import probe_tally as pt  # noqa: E402
from deid_clean_voices import VOICES  # noqa: E402


@dataclass(frozen=True)
class ProbeNote:
    shape: str
    text: str
    field: str = ""  # "actie": a micro-action form
    planned: tuple[str, ...] = ()  # dates under "Wanneer" that must stay
    roles: tuple[str, ...] = ()  # role words under "Wie" that must stay
    clean: bool = True  # False: a team member's name stands under "Wie" (to be replaced; labels stay)


# Ordinary nouns that are also someone's first name or surname, each with what it can do as the
# thing it is (so the note reads as that thing, not as a person).
WORD_NAMES = {
    "Merel": ["zingt weer in de tuin", "op het gazon gezien", "bouwt een nest in de heg"],
    "Mus": ["op de vensterbank gevoerd", "in de eetzaal gevlogen", "tegen het raam gevlogen"],
    "Vos": ["in de wijk gezien", "heeft de kippen van de zorgboerderij gepakt", "gespot bij het bos"],
    "Beer": ["als knuffel mee naar de kliniek", "van stof op zijn bed", "uit de kast gehaald"],
    "Storm": ["in zijn hoofd na het bericht", "op zee, de boot bleef binnen", "in de groep na de verhuizing"],
    "Roos": ["in de vaas op de afdeling", "gesnoeid met de tuingroep", "op het kussen geborduurd"],
    "Kok": ["van de woonvoorziening ziet wie niet eet", "in de kantine merkt het eerst", "kookt halal"],
    "Zwaan": ["in de vijver bij de kliniek", "op het kanaal gezien"],
    "Lente": ["komt eraan, meer licht", "in de lucht: de groep wil weer naar buiten"],
    "Winter": ["is zwaar: weinig licht", "zonder sneeuw, toch somber"],
    "Hoop": ["op herstel houdt hem op de been", "doet leven, zegt de groep"],
    "Iris": ["van het linkeroog onderzocht", "in de border geplant"],
    "Jade": ["armband van zijn oma, emotioneel", "steen als amulet in de tas"],
    "Amber": ["licht in de app: let op", "kleur in het signaleringsplan"],
    "Bas": ["spelen in een bandje hielp vroeger", "en drums in de muziektherapie"],
    "Valk": ["boven de snelweg gezien, voor hem een teken", "op de paal bij de boerderij"],
    "Das": ["om, sjaal om: het is koud buiten", "gevonden in de berm"],
    "Visser": ["op de kade maakt een praatje", "op het water, hij keek het uren aan"],
    "Bakker": ["om de hoek kent iedereen", "bezorgt brood aan de woonvorm"],
    "Zon": ["op de huid: goed voor de stemming", "en buiten zijn helpen"],
    "Lot": ["uit de loterij, blij als een kind", "gekocht bij de kiosk"],
    "Noor": ["en Pool werken samen in de kas", "en Zweed spreken Engels met elkaar"],
}
# Towns and villages whose name is also a Dutch word, used as the word.
TOWN_WORDS = {
    "Best": ["lastig om de partner te betrekken", "gesprek tot nu toe"],
    "Echt": ["een doorbraak met de familie", "moe na de dagbesteding"],
    "Heel": ["fijn dat de huisarts meedacht", "de week geen contact"],
    "Loon": ["komt niet binnen, bewindvoerder belt", "beslag gelegd door de deurwaarder"],
    "Doorn": ["in het oog van de buren: de tuin"],
    "Dieren": ["op de zorgboerderij geven rust", "in huis: de woonbegeleider helpt"],
    "Duiven": ["op het balkon, net komt er", "voeren in het park"],
    "Rijen": ["voor de voedselbank worden langer"],
    "Velden": ["en bossen: wandelen met de ervaringsdeskundige"],
    "Haren": ["gewassen met hulp, een grote stap", "uitgevallen door stress"],
    "Kampen": ["voor jongeren in de zomer helpen"],
    "Putten": ["in de stoep, rollator bleef hangen"],
    "Hoorn": ["van de brandweer maakte hem bang"],
    "Beek": ["achter het huis liep over"],
    "Huizen": ["in de regio zijn duur"],
    "Bergen": ["papier op tafel, de bewindvoerder sorteert", "was in de keuken"],
    "Sluis": ["open, de boot kon door"],
    "Vries": ["maaltijden in voor de week"],
    "Dalen": ["in de stemming na de feestdagen"],
    "Horst": ["van een ekster boven het balkon"],
    "Made": ["in het brood, hij schrok"],
}
ENGLISH = [
    "Best practice: de huisarts belt terug binnen een dag.",
    "Well done, zei de ervaringsdeskundige.",
    "Born and raised hier, kent iedereen in de wijk.",
    "Heel and toe: de fysiotherapeut oefent lopen.",
]
SCALES = [
    ("YMRS", "{n}", 4, 30),
    ("HAM-D", "{n}", 5, 30),
    ("MADRS", "{n}", 6, 40),
    ("MoCA", "{n}/30", 14, 29),
    ("MMSE", "{n}/30", 15, 29),
    ("PHQ-9", "{n}", 3, 26),
    ("GAD-7", "{n}", 3, 20),
    ("HoNOS", "{n}", 6, 30),
    ("BPRS", "{n}", 20, 60),
    ("PANSS", "{n}", 40, 100),
    ("CGI-S", "{n}", 2, 7),
    ("AUDIT", "{n}", 8, 30),
    ("BDI-II", "{n}", 10, 45),
    ("EPDS", "{n}", 8, 24),
    ("GAF", "{n}", 30, 70),
    ("VAS", "{n}/10", 2, 9),
    ("CIWA", "{n}", 5, 25),
]
CODES = ["ICPC P76", "ICPC P74", "ICPC P15", "ICD-10 F32.1", "F20.0", "F10.2", "DSM-5", "Z-code", "E33", "A2-melding"]
MEDICINES = [
    ("Quetiapine", "mg", (25, 50, 100, 300)),
    ("Olanzapine", "mg", (5, 10, 20)),
    ("Aripiprazol", "mg", (5, 10, 15)),
    ("Risperidon", "mg", (1, 2, 4)),
    ("Clozapine", "mg", (100, 300, 400)),
    ("Haloperidol", "mg", (1, 2, 5)),
    ("Lithium", "mg", (400, 800, 1200)),
    ("Valproïnezuur", "mg", (500, 1000)),
    ("Lamotrigine", "mg", (50, 100, 200)),
    ("Sertraline", "mg", (50, 100)),
    ("Citalopram", "mg", (10, 20)),
    ("Venlafaxine", "mg", (75, 150)),
    ("Mirtazapine", "mg", (15, 30, 45)),
    ("Lorazepam", "mg", (1, 2)),
    ("Oxazepam", "mg", (10, 25)),
    ("Methylfenidaat", "mg", (10, 18, 36)),
    ("Methadon", "mg", (40, 60, 80)),
    ("Buprenorfine", "mg", (8, 16)),
    ("Naltrexon", "mg", (50,)),
]
FREQUENCIES = ["1 dd", "2 dd", "3 dd", "a.n.", "zo nodig", "'s avonds", "per dag", "max 3x per dag"]
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
ROLES = [
    "casemanager",
    "huisarts",
    "POH-ggz",
    "woonbegeleider",
    "ervaringsdeskundige",
    "jobcoach",
    "wijkagent",
    "bewindvoerder",
    "psychiater",
    "verpleegkundige",
    "maatschappelijk werker",
    "mentor",
    "wijkteam",
]
ACTIONS = [
    "kennismaken en telefoonnummers uitwisselen",
    "signaleringsplan samen doornemen",
    "warme overdracht plannen",
    "vaste belafspraak maken",
    "toestemming vragen om contact op te nemen",
    "uitnodigen voor het netwerkoverleg",
]
EFFECTS = [
    "sneller signaal bij terugval",
    "minder crisisopnames",
    "de naaste weet wie te bellen",
    "rust in het netwerk",
]
PREFIXES = ["ex-", "oud-", "pleeg", "stief", "mede-"]
SUFFIXES = ["-overleg", "-rapportage", "-spreekuur", "-afspraak", "-contact", "-brief"]
REST = [
    "werkt goed samen met het team",
    "was niet op de hoogte van het plan",
    "wil eerder betrokken worden",
    "belt terug na het weekend",
    "mist het signaleringsplan",
]


# Party words of the template that name a person, which take a prefix ("stiefmoeder", "ex-partner").
KIN = frozenset("broer zus vader moeder partner vriend vriendin dochter zoon ouders grootouders".split())


def _party_words() -> list[str]:
    """The template's Dutch party words and aliases of one word ("huisarts", "FACT", "POH-ggz"):
    those OpenTaal's word list knows, abbreviations and compounds with a hyphen (not its English
    aliases, "hospital", "mother")."""
    from werkbord.privacy.lexicon import opentaal_words

    words = opentaal_words()
    return sorted(
        w
        for w in set(dq.template_words())
        if " " not in w and "/" not in w and len(w) > 2 and (w.lower() in words or w.isupper() or "-" in w)
    )


def _cap(word: str) -> str:
    return word if word.isupper() or word[:1].isupper() else word[:1].upper() + word[1:]


def _word_name(rng: random.Random, parties: list[str]) -> ProbeNote:
    word = rng.choice(sorted(WORD_NAMES))
    tail = rng.choice(["", f"; {rng.choice(parties)} {rng.choice(REST)}.", ", zegt de groep."])
    return ProbeNote("word that is also a name opens the note", f"{word} {rng.choice(WORD_NAMES[word])}{tail}".strip())


def _town_word(rng: random.Random, parties: list[str]) -> ProbeNote:
    word = rng.choice(sorted(TOWN_WORDS))
    text = f"{word} {rng.choice(TOWN_WORDS[word])}."
    if rng.random() < 0.5:
        text += f" {_cap(rng.choice(parties))} {rng.choice(REST)}."
    return ProbeNote("word that is also a town opens the note", text)


def _english(rng: random.Random, parties: list[str]) -> ProbeNote:
    return ProbeNote("English words that are towns", rng.choice(ENGLISH))


def _count(rng: random.Random, parties: list[str]) -> ProbeNote:
    n, m = rng.randint(2, 14), rng.randint(2, 12)
    a = rng.randint(1, m)
    shapes = [
        f"Al {n} jaar bij dezelfde {rng.choice(parties)}, dat geeft rust.",
        f"Sinds {n} jr stabiel, {rng.choice(parties)} {rng.choice(REST)}.",
        f"{n} weken geen contact met de {rng.choice(parties)}.",
        f"{a}/{m} sessies gevolgd, daarna gestopt.",
        f"{rng.randint(2, 5)}x per week {rng.randint(20, 60)} minuten wandelen.",
        f"Om {rng.randint(8, 21)}.{rng.choice(['00', '15', '30', '45'])} belt de {rng.choice(parties)} terug.",
        f"Drinkt {n}-{n + 2} eenheden per avond, de {rng.choice(parties)} weet het.",
        f"Slaapt {rng.randint(3, 6)} uur per nacht, {rng.randint(2, 4)} keer wakker.",
        f"{n} opnames in {n + rng.randint(2, 10)} jaar.",
        f"Groep van {n} deelnemers, {a} vallen uit.",
        f"Wachttijd {n} weken, daarna {m} gesprekken.",
    ]
    return ProbeNote("count, duration, time or range", rng.choice(shapes))


def _scale(rng: random.Random, parties: list[str]) -> ProbeNote:
    name, form, low, high = rng.choice(SCALES)
    score = form.format(n=rng.randint(low, high))
    shapes = [
        f"{name} {score}, stemming stabiel.",
        f"{name}: {score} bij de intake, {rng.choice(parties)} krijgt de uitslag.",
        f"Bij opname {name} {score}, nu lager.",
        f"Score {name} {score}; herhalen over {rng.randint(2, 8)} weken.",
    ]
    return ProbeNote("rating scale or test with its score", rng.choice(shapes))


def _code(rng: random.Random, parties: list[str]) -> ProbeNote:
    code = rng.choice(CODES)
    shapes = [
        f"{code} bij de {rng.choice(parties)} genoteerd.",
        f"Diagnose volgens {code}, geen verandering.",
        f"Vorige week 2 x {code}.",
    ]
    return ProbeNote("classification code", rng.choice(shapes))


def _medicine(rng: random.Random, parties: list[str]) -> ProbeNote:
    name, unit, doses = rng.choice(MEDICINES)
    dose = rng.choice(doses)
    shapes = [
        f"{name} {dose} {unit} {rng.choice(FREQUENCIES)}.",
        f"{name} verhoogd naar {dose} {unit}, {rng.choice(parties)} weet ervan.",
        f"Gestopt met {name.lower()} {dose}{unit}, bijwerkingen.",
        f"{name} {dose} {unit}, spiegel over {rng.randint(1, 6)} weken.",
    ]
    return ProbeNote("medicine and dose", rng.choice(shapes))


def _party(rng: random.Random, parties: list[str]) -> ProbeNote:
    a, b = rng.sample(parties, 2)
    shapes = [
        f"{_cap(a)} en {_cap(b)} {rng.choice(REST)}.",
        f"{_cap(a)}{rng.choice(SUFFIXES)} verplaatst, {b} {rng.choice(REST)}.",
        f"{_cap(rng.choice(PREFIXES) + rng.choice(sorted(KIN.intersection(parties))))} {rng.choice(REST)}.",
        f"Overleg met {_cap(a)}: {b} {rng.choice(REST)}.",
        f"{_cap(a)} -> B, {b} -> C.",
        f"De {_cap(a)} {rng.choice(REST)}.",
    ]
    return ProbeNote("party or role word, capitalised, compound, prefix", rng.choice(shapes))


def _plan(rng: random.Random, parties: list[str]) -> ProbeNote:
    shapes = [
        f"Vanaf {rng.choice(WEEKDAYS)} weer naar de {rng.choice(parties)}.",
        f"In {rng.choice(MONTHS)} evalueren met de {rng.choice(parties)}.",
        f"Elke {rng.choice(WEEKDAYS)} en {rng.choice(WEEKDAYS)} naar de dagbesteding.",
        f"{_cap(rng.choice(WEEKDAYS))} overleg met de {rng.choice(parties)}.",
        f"Na de zomer starten, {rng.choice(MONTHS)} is te vroeg.",
    ]
    return ProbeNote("month or weekday in a plan", rng.choice(shapes))


def _form(rng: random.Random, parties: list[str]) -> ProbeNote:
    role = rng.choice(ROLES)
    when = rng.choice(
        [
            f"{rng.randint(1, 28)} {rng.choice(MONTHS)}",
            f"voor {rng.randint(1, 28)} {rng.choice(MONTHS)}",
            f"per 1 {rng.choice(MONTHS)}",
            f"{rng.choice(WEEKDAYS)}",
            f"week {rng.randint(2, 50)}",
            f"eind {rng.choice(MONTHS)}",
            f"binnen {rng.randint(2, 6)} weken",
        ]
    )
    text = (
        f"Partij: {rng.choice(parties)}\nMicro-actie: {rng.choice(ACTIONS)}\n"
        f"Verwacht effect: {rng.choice(EFFECTS)}\nWie: {role}\nWanneer: {when}"
    )
    return ProbeNote("micro-action form (Wie / Wanneer)", text, "actie", (when,), (role,))


SPOKEN = "vijf tien twaalf vijftien twintig vijfentwintig dertig veertig vijftig zestig honderd".split()
SMALL_WORDS = ["Is", "Met", "De", "Het", "Voor", "Na", "Dat", "Ze", "Weer", "Niet"]
HABIT = [
    "Vandaag Is Het Gesprek Met De {party} Goed Gegaan",
    "Volgende Week Weer Overleg Met De {party} Over Het Plan",
    "Ze Zegt Dat Het Beter Gaat Sinds De {party} Vaker Belt",
    "Twee Keer Per Week Bellen Lijkt Genoeg Voor Nu Zegt De {party}",
]
COUNTRY_NOTES = [
    "familie woont in {c}, contact via beeldbellen",
    "verhuisd van {c} naar hier, spreekt weinig Nederlands",
]
COUNTRIES = ["Polen", "Marokko", "Turkije", "Syrië", "Eritrea", "Suriname", "Engeland", "Roemenië"]


def _spoken(rng: random.Random, parties: list[str]) -> ProbeNote:
    a, b = rng.sample(SPOKEN, 2)
    name, _unit, _doses = rng.choice(MEDICINES)
    shapes = [
        f"{name.lower()} {a} milligram voor de nacht punt controle over {b} weken",
        f"mmse vandaag {a} van de dertig vorig jaar nog {b}",
        f"om drie uur {a} wakker geworden daarna weer geslapen",
        f"{a} jaar getrouwd en nu samen in gesprek met de {rng.choice(parties)}",
    ]
    return ProbeNote("numbers spoken in words (dictation)", rng.choice(shapes))


def _habit(rng: random.Random, parties: list[str]) -> ProbeNote:
    party = _cap(rng.choice([p for p in parties if p.islower()]))
    return ProbeNote("every word capitalised (dictation, habit)", rng.choice(HABIT).format(party=party))


def _ring(rng: random.Random, parties: list[str]) -> ProbeNote:
    a, b = rng.sample([p for p in parties if p.islower() and "-" not in p], 2)
    ring, other = rng.sample("ABC", 2)
    shapes = [
        f"{a} {ring} komt pas in beeld als het misgaat",
        f"de {a} {ring} moet naar {other}, {b} twijfelt",
        f"{_cap(a)} → {ring}, {b} → {other}",
        f"{rng.choice(sorted(KIN))} -> {ring}",
    ]
    return ProbeNote("network ring letter after a party word", rng.choice(shapes))


def _country(rng: random.Random, parties: list[str]) -> ProbeNote:
    return ProbeNote("a country", rng.choice(COUNTRY_NOTES).format(c=rng.choice(COUNTRIES)))


# Made-up surnames of team members, with and without a particle ("De Jong"-like shapes).
OWNERS = [
    "De Vlam",
    "De Kroon",
    "De Wit",
    "De Rooij",
    "Van Assel",
    "Van der Horst",
    "El Idrissi",
    "Ter Laak",
    "de Bruin",
]
LABELS = ("Partij:", "Micro-actie:", "Verwacht effect:", "Wie:", "Wanneer:")


def _form_with_owner(rng: random.Random, parties: list[str]) -> ProbeNote:
    role = rng.choice(ROLES)
    when = rng.choice([f"{rng.randint(1, 28)} {rng.choice(MONTHS)}", rng.choice(WEEKDAYS), "voor de zomer"])
    text = (
        f"Partij: {rng.choice(parties)}\nMicro-actie: {rng.choice(ACTIONS)}\n"
        f"Verwacht effect: {rng.choice(EFFECTS)}\nWie: {role} {rng.choice(OWNERS)}\nWanneer: {when}"
    )
    return ProbeNote("micro-action form, a team member's name under Wie", text, "actie", (when,), (role,), False)


# --- New voices (issue #22's sixth session): the classes clean notes of unseen authors lose.
# Ordinary nouns capitalised inside a sentence, for weight or as a theme (several are also names
# or towns: "Hoop", "Storm", "Winter", "Zon", "Vrede").
THEMES = (
    "Vertrouwen Rouw Schaamte Hoop Veiligheid Rust Structuur Herstel Eenzaamheid Zingeving Angst Woede Moed "
    "Geduld Verlies Regie Balans Stilte Kracht Vrijheid Storm Licht Zon Winter Vrede Geloof Trots Hechting "
    "Grenzen Controle Acceptatie Dankbaarheid Humor"
).split()
THEME_SHAPES = [
    "Vandaag ging het over {A}, dat raakte hem.",
    "Thema van de groep: {A} en {B}.",
    "Ze schrijft {A} met een hoofdletter in haar dagboek.",
    "Na de sessie over {A} bleef het lang stil.",
    "Wat hem helpt is {A}, zegt hij, en een beetje {B}.",
    "De {party} werkt aan {A}; volgende keer {B}.",
    "Kernwoord voor deze maand: {A}.",
    "Hij mist {A} in zijn leven sinds de opname.",
]
# Treatment methods and programmes of Dutch mental-health care, as therapists write them.
METHODS = [
    "EMDR",
    "Schematherapie",
    "MBT",
    "ACT",
    "CGT",
    "IPS",
    "Mindfulness",
    "Triple P",
    "Open Dialogue",
    "WRAP",
    "Motiverende Gespreksvoering",
    "Dialectische Gedragstherapie",
    "VERS-training",
    "Systeemtherapie",
    "Imaginaire Exposure",
    "Housing First",
    "Psycho-educatie",
    "Cognitieve Gedragstherapie",
    "IRB",
    "Oplossingsgericht Werken",
    "Beeldende Therapie",
    "Psychomotorische Therapie",
    "Narratieve Exposure",
    "Herstelwerkgroep",
    "Zelfregie",
    "Vroegsignalering",
    "Traumasensitief Werken",
    "Compassion Focused Therapy",
]
METHOD_SHAPES = [
    "Start {M} na de zomer, de {party} weet ervan.",
    "{M} loopt, sessie 4 van 12.",
    "Gesprek over {M}: hij twijfelt nog.",
    "Na {M} minder herbelevingen, slaapt beter.",
    "Aangemeld voor {M} bij de {party}.",
    "Advies: {M} en daarna evalueren.",
    "In de {M} leert ze haar signalen herkennen.",
]
# Brand names of medicines as patients and nurses say them (public knowledge: the Dutch market).
BRANDS = (
    "Seroquel Abilify Cipramil Temesta Ritalin Concerta Strattera Xanax Rivotril Risperdal Haldol Leponex "
    "Depakine Lamictal Efexor Seroxat Zyprexa Dipiperon Akineton Antabuse Campral Priadel Remeron Stilnoct "
    "Prozac Xeplion Nozinan Truxal Seresta Valium Tramadol Suboxone Medikinet Circadin"
).split()
BRAND_SHAPES = [
    "Sinds de {B} rustiger, slaapt door.",
    "Slikt {B} {n} mg, de {party} weet het.",
    "{B} zelf gestopt, onrust terug.",
    "Depot {B} elke 4 weken via de {party}.",
    "Bijwerkingen van {B}: stijf en moe.",
    "Wil van de {B} af, huisarts denkt mee.",
    "Naast {B} ook {C} z.n.",
]
# English in a Dutch note: care terms and half-English sentences (some words are names or towns).
ENGLISH_NEW = [
    "Check-in om 9.00, mood 6/10.",
    "Safety plan updated, crisisnummer in zijn telefoon.",
    "Buddy belt elke avond, dat helpt.",
    "Peer support werkt beter dan verwacht.",
    "Coping skills: walk, music, shower.",
    "Weight stable, appetite low.",
    "No show op de afspraak, morgen nabellen.",
    "Follow-up in two weeks, earlier if needed.",
    "Sleep hygiene besproken, schermtijd omlaag.",
    "Will call back tomorrow about the plan.",
    "Hope is the thing: hij citeert het vaak.",
    "Grace period van de verhuurder loopt af.",
    "Day care twee keer per week, fijn.",
    "Recovery is not linear, zegt de ervaringsdeskundige.",
    "Self-care: douchen, eten, naar buiten.",
    "Team meeting verplaatst naar donderdag.",
    "Mark this: terugval begint bij slecht slapen.",
    "Crisis card given, patient knows the number.",
]
# Quoted speech and sayings, with capitals as people say them or write them down.
QUOTES = [
    'Ze zei: "Ik wil gewoon Rust."',
    'Cliënt: "Het Gaat Wel." Maar hij kijkt weg.',
    "Hij noemt zijn depressie 'de zwarte hond'.",
    '"Niemand luistert", zegt moeder tegen de {party}.',
    'Motto van de groep: "Samen Sterk".',
    "'Storm in mijn hoofd', zo beschrijft ze de onrust.",
    '"Eerst Koffie, Dan Praten" staat op zijn mok.',
    'Uitspraak van de week: "Hoop doet leven."',
    "'Laat maar', zegt hij als het te veel wordt.",
    'Zijn woorden: "Ik ben de Weg kwijt."',
]
# Headings, bullets and arrows: a list of plain words, each capitalised.
LISTS = [
    "Doelen:\n- Rust\n- Structuur\n- Werk",
    "Signalen:\n• Slecht slapen\n• Piekeren\n• Terugtrekken",
    "Stemming → Beter dan vorige week",
    "Vroege signalen: Terugtrekken, Prikkelbaar, Minder eten",
    "Acties: Bellen / Mailen / Afspraak maken",
    "Sterke kanten: Humor, Doorzetten, Muziek",
    "Plan A: Wandelen. Plan B: Bellen.",
    "Helpt: Sport, Koken, Hond uitlaten",
    "Fase 2 → Opbouw",
    "* Slapen\n* Eten\n* Bewegen",
    "Prioriteit 1: Wonen. Prioriteit 2: Geld.",
    "Agenda MDO:\n1. Medicatie\n2. Verlof\n3. Ontslag",
]
# Abbreviations of care and notes.
ABBREVIATIONS = [
    "i.o.m. PB z.n. extra medicatie gegeven.",
    "MDO do, vlgs. PVK rustige nacht.",
    "TC met HA, BW volgt.",
    "Evt. IBT bij escalatie, z.s.m. bespreken.",
    "VG: geen bijzonderheden. SEH niet nodig.",
    "HB gepland, i.v.m. ziekte PB verplaatst.",
    "n.a.v. MDO: FACT-bed aanvragen t.z.t.",
    "Vlgs. HA geen CVA, wel TIA uitgesloten.",
    "Ovl. vader in 2019 nog steeds thema in GT.",
    "Tel. contact met de SPV, afspraak blijft.",
    "OBP en SPV samen op HB, BHV aanwezig.",
    "Pt. kreeg BEM-uitleg, RM loopt.",
]
# Times, scores and ordinals in shorthand.
TIMES_SCORES = [
    "14:30 TC, 15:00 HB.",
    "Om 9u belronde, 10u-12u spreekuur.",
    "Score 7 op de thermometer, gisteren 4.",
    "Cijfer 4 voor de week, vorige week een 6.",
    "Dag 3 van de opname: rustiger.",
    "Week 2: beter, week 3: terugval.",
    "Nacht: 3x wakker, 2u wakker gelegen.",
    "SUD 80 → 40 na de sessie.",
    "Stemming 3/10 → 6/10.",
    "Sessie 5/12, helft voorbij.",
    "Van 21.00 tot 07.00 geslapen.",
    "2e gesprek, 3e week, 1e stap gezet.",
]
# Opening words of shorthand that are also names or towns: weather, seasons, feasts, things.
OPENERS = [
    "Nacht rustig, 2x naar toilet.",
    "Zomer valt zwaar, iedereen weg.",
    "Regen, dus niet gewandeld.",
    "Boot had vertraging, afspraak later.",
    "Storm vannacht, weinig geslapen.",
    "Kermis in het dorp: te veel prikkels.",
    "Carnaval komt eraan, spannend.",
    "Sneeuw, dus thuisgebleven.",
    "Markt op zaterdag gaat weer.",
    "Weekend goed verlopen.",
    "Bruiloft van een nicht: hij ziet er tegenop.",
    "Oogst van de moestuin gedeeld met de groep.",
    "Bus gemist, te laat op de dagbesteding.",
    "Dag gestructureerd met een weekschema.",
    "Hond overleden, veel verdriet.",
    "Tuin is zijn plek om tot rust te komen.",
]


def _pick_fill(rng: random.Random, template: str, parties: list[str], pool: list[str]) -> str:
    a, b = rng.sample(pool, 2)
    party = rng.choice([p for p in parties if p.islower() and "-" not in p])
    return template.format(A=a, B=b, M=a, party=party, n=rng.choice((25, 50, 100, 300)), C=b)


def _theme(rng: random.Random, parties: list[str]) -> ProbeNote:
    return ProbeNote(
        "capitalised ordinary word inside a sentence", _pick_fill(rng, rng.choice(THEME_SHAPES), parties, THEMES)
    )


def _method(rng: random.Random, parties: list[str]) -> ProbeNote:
    return ProbeNote("treatment method or programme", _pick_fill(rng, rng.choice(METHOD_SHAPES), parties, METHODS))


def _brand(rng: random.Random, parties: list[str]) -> ProbeNote:
    text = rng.choice(BRAND_SHAPES).replace("{B}", "{A}")
    return ProbeNote("medicine by its brand name", _pick_fill(rng, text, parties, BRANDS))


def _fixed(shape: str, pool: list[str]) -> Callable[[random.Random, list[str]], ProbeNote]:
    """A shape of written-out notes: :func:`generate` measures each note of ``pool`` once."""

    def make(rng: random.Random, parties: list[str], i: int | None = None) -> ProbeNote:
        party = rng.choice([p for p in parties if p.islower() and "-" not in p])
        note = pool[i] if i is not None else rng.choice(pool)
        return ProbeNote(shape, note.replace("{party}", party))

    make.pool = pool  # type: ignore[attr-defined]
    return make


NEW_VOICE_SHAPES = frozenset(
    (
        "capitalised ordinary word inside a sentence",
        "treatment method or programme",
        "medicine by its brand name",
        "English in a Dutch note",
        "quoted speech or a saying",
        "heading, bullets, arrows",
        "abbreviations of care",
        "times, scores, ordinals",
        "shorthand opening word that is a name or a town",
    )
)
NEW_VOICES: tuple[Callable[[random.Random, list[str]], ProbeNote], ...] = (
    _theme,
    _method,
    _brand,
    _fixed("English in a Dutch note", ENGLISH_NEW),
    _fixed("quoted speech or a saying", QUOTES),
    _fixed("heading, bullets, arrows", LISTS),
    _fixed("abbreviations of care", ABBREVIATIONS),
    _fixed("times, scores, ordinals", TIMES_SCORES),
    _fixed("shorthand opening word that is a name or a town", OPENERS),
)


# Eight voices of #22's seventh session, written out in ``deid_clean_voices.py`` before any rule
# was looked at for them (a dietitian, a PMT therapist, an old-age team, a forensic team, a
# jurist, an emergency-room nurse, a student psychologist, a peer-support worker).
VOICE_SHAPES = frozenset(VOICES)

SHAPES: tuple[Callable[[random.Random, list[str]], ProbeNote], ...] = (
    _word_name,
    _town_word,
    _english,
    _count,
    _scale,
    _code,
    _medicine,
    _party,
    _plan,
    _form,
    _form_with_owner,
    _spoken,
    _habit,
    _ring,
    _country,
    *NEW_VOICES,
    *(_fixed(shape, pool) for shape, pool in VOICES.items()),
)


def generate(per_shape: int = 40, seed: int = 22) -> list[ProbeNote]:
    """``per_shape`` made-up clean notes of every shape, the same for the same seed (duplicates
    dropped, so a shape with few variants yields fewer)."""
    rng = random.Random(seed)
    parties = _party_words()
    notes: dict[tuple[str, str], ProbeNote] = {}
    for make in SHAPES:
        pool = getattr(make, "pool", None)
        for i in range(len(pool)) if pool else range(per_shape):
            note = make(rng, parties, i) if pool else make(rng, parties)
            notes.setdefault((note.text, note.field), note)
    return list(notes.values())


@dataclass
class ShapeFigures(pt.Tally):
    """Per shape; ``misses``: each clean note changed and each form that lost a label."""

    untouched: int = 0  # clean notes that came out as written, without a tag
    template_total: int = 0
    template_kept: int = 0
    planned_total: int = 0
    planned_kept: int = 0  # planned dates under Wanneer kept
    roles_total: int = 0
    roles_kept: int = 0  # role words under Wie kept
    labels_total: int = 0
    labels_kept: int = 0  # the action form's labels kept
    clean: int = 0  # notes that must stay untouched


def measure(notes: list[ProbeNote]) -> dict[str, ShapeFigures]:
    from werkbord.privacy.protect import ProtectedPhrases

    template = dq.template_words()
    phrases = ProtectedPhrases(template)
    scrub = dq.werkbord_scrub(sorted(template))
    out: dict[str, ShapeFigures] = {}
    for n in notes:
        f = out.setdefault(n.shape, ShapeFigures())
        text, tags = scrub(n.text, n.field)
        f.notes += 1
        f.clean += n.clean
        if n.clean and pt.untouched(n.text, text, tags):
            f.untouched += 1
        elif n.clean:
            f.misses.append(f"{n.text!r} -> {text!r}")
        if n.field == "actie":
            f.labels_total += len(LABELS)
            kept = sum(label in text for label in LABELS)
            f.labels_kept += kept
            if kept < len(LABELS):
                f.misses.append(f"form label lost: {n.text!r} -> {text!r}")
        for s, e in phrases.spans(n.text):
            f.template_total += 1
            f.template_kept += dq.present(n.text[s:e], text)
        f.planned_total += len(n.planned)
        f.planned_kept += sum(p in text for p in n.planned)
        f.roles_total += len(n.roles)
        f.roles_kept += sum(dq.present(r, text) for r in n.roles)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-shape", type=int, default=40)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list every changed note")
    args = ap.parse_args()
    results = measure(generate(args.per_shape, args.seed))
    total = ShapeFigures()
    print("| shape | notes | clean untouched | template words kept | Wanneer kept | Wie kept | form labels kept |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for shape, f in results.items():
        print(
            f"| {shape} | {f.notes} | {pt.share(f.untouched, f.clean)} | {pt.share(f.template_kept, f.template_total)}"
            f" | {pt.share(f.planned_kept, f.planned_total)} | {pt.share(f.roles_kept, f.roles_total)}"
            f" | {pt.share(f.labels_kept, f.labels_total)} |"
        )
        total.add(f)
    print(
        f"| **all** | {total.notes} | **{pt.share(total.untouched, total.clean)}** |"
        f" {pt.share(total.template_kept, total.template_total)} | {pt.share(total.planned_kept, total.planned_total)}"
        f" | {pt.share(total.roles_kept, total.roles_total)} | {pt.share(total.labels_kept, total.labels_total)} |"
    )
    if args.show:
        for shape, f in results.items():
            for line in f.misses:
                print(f"  {shape}: {line}")


if __name__ == "__main__":
    main()
