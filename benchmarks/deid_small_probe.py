"""Small categories probe: made-up notes with initials, user names, case numbers, and contact notes
that hold other identifiers beside the phone number, e-mail address or BSN; with clean look-alikes
in the same frames. How many are removed (or flagged), and how many clean notes stay as written.

The held-out sets leave a few of each small category (initials, handles, id numbers) and a few
contact notes not fully pseudonymised (a note counts only when EVERY identifier in it is gone).
They are measured here on shapes, not on a test set: every note is generated (seeded, so the same
every run) from

  - initials in every shape (``INITIALS``): capitals with and without dots, lower case, with a
    tussenvoegsel glued in ("jvdb", "KvD") or written out ("J. v.d. Berg"), "a.b", "AB (mw.)",
    three letters; in frames after a title or role word, opening a sentence, in brackets, in a
    list of present people and in a signature ("gr. KvD", "mvg AB");
  - user names (``HANDLES``): "@", letters with digits, underscores or dots, Discord tags
    ("naam#4821"), gamer tags ("xXNachtUilXx"), an address without its domain ("rvdberg77@"), a
    plain word where the sentence says it is one; after every platform word;
  - case numbers (``ID_NUMBERS``): letters with digits, dashes, spaces, slashes and dots after a
    label (patiënt-, dossier-, cliënt-, zaak-, polis-, klant-, lid-, parket-, aanvraag-,
    melding-, student- and personeelsnummer, kenmerk, referentie) and bare in brackets;
  - contact notes (``CONTACT``): a phone number, e-mail address or BSN (the notations of
    ``deid_contact_probe``) beside a signature name, initials, a street with its number, a
    postcode, a town, a relative's name; every one of them must go;
  - clean look-alikes (``CLEAN``) that must stay as written: care abbreviations where initials
    stand ("besproken met SPV", "gr. FACT"), doses, room and bed numbers ("kamer 12", "bed 3":
    a room says where someone lies on a ward, not who), scores, times, ICD-10 / ICD-11 / DSM
    codes, versions, questionnaires with digits ("PHQ-9"), platform words without a user name.

Every pool (names, letters, platforms, labels) and every frame is split in two halves by its
position: ``tune`` (even positions) and ``report`` (odd positions). Rules are written looking at
the tuning half only; the reporting half says whether they caught the class or the examples.
Every letter, number, handle and name here is made up for this probe; no test set is read.
Prints per class, shape and half: notes, removed, removed or flagged; per clean shape: untouched.
``--show`` lists every miss (of the tuning half only, unless ``--show-report``).

    python benchmarks/deid_small_probe.py [--per-shape 8] [--seed 22] [--show] [--show-report]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_contact_probe as cp  # noqa: E402
import deid_quality as dq  # noqa: E402
import probe_tally as pt  # noqa: E402
from probe_tally import HALVES, half  # noqa: E402


@dataclass(frozen=True)
class ProbeNote:
    kind: str  # "initials", "handle", "id_number", "contact" (secrets must go) or "clean" (must stay)
    shape: str
    half: str  # "tune" or "report"
    text: str
    secrets: tuple[str, ...] = ()  # what must not be left, as written in the note
    contact: tuple[str, ...] = ()  # a contact note's detail, as deid_contact_probe.leaks reads it


# ---------------------------------------------------------------- initials
# Letters for initials: consonant-led pairs and triples that are no care abbreviation. Vowels
# appear too ("AB", "EK"); each drawn shape is checked against the project's abbreviation list.
_CAPS = "ABCDEFGHIJKLMNOPRSTVWY"
_SURNAMES = ["Berg", "Dam", "Heuvel", "Wal", "Brink", "Veen", "Laar", "Kamp", "Poel", "Hoek", "Linden", "Meer"]
_PARTICLES = ["v.d.", "vd", "v/d", "van der", "van de", "de", "v."]
_GLUED = ["vd", "v", "d", "vdv", "vdh", "dj", "vh"]


def _letters(rng: random.Random, n: int, alphabet: str = _CAPS) -> str:
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if len(set(s)) == n and (n == 1 or s.lower() not in _NO_INITIALS()):
            return s


@cache
def _NO_INITIALS() -> frozenset[str]:  # noqa: N802
    """Letters that read as something else: a care abbreviation, a Dutch word ("ik", "co"), a title."""
    from werkbord.privacy.lexicon import opentaal_words
    from werkbord.privacy.words import NOT_INITIALS

    return NOT_INITIALS | opentaal_words() | frozenset("mr dr ir st nr mw pt cl".split())


IWriter = Callable[[random.Random, str], tuple[str, tuple[str, ...]]]


def _one(fmt: Callable[[str], str], n: int = 2) -> IWriter:
    def write(rng: random.Random, alphabet: str = _CAPS) -> tuple[str, tuple[str, ...]]:
        s = fmt(_letters(rng, n, alphabet))
        return s, (s,)

    return write


def _glued(lower: bool) -> IWriter:
    def write(rng: random.Random, alphabet: str = _CAPS) -> tuple[str, tuple[str, ...]]:
        a, b = _letters(rng, 2, alphabet)
        mid = rng.choice(_GLUED)
        s = f"{a}{mid}{b}"
        return (s.lower(), (s.lower(),)) if lower else (s, (s,))

    return write


def _with_surname(rng: random.Random, alphabet: str = _CAPS) -> tuple[str, tuple[str, ...]]:
    a = _letters(rng, rng.choice((1, 2)), alphabet)
    dotted = "".join(f"{c}." for c in a)
    surname = rng.choice(_SURNAMES)
    return f"{dotted} {rng.choice(_PARTICLES)} {surname}", (dotted, surname)


def _lower_with_surname(rng: random.Random, alphabet: str = _CAPS) -> tuple[str, tuple[str, ...]]:
    a = _letters(rng, 1, alphabet).lower()
    surname = rng.choice(_SURNAMES).lower()
    return f"{a}. {rng.choice(('de', 'van', 'v.d.', 'ter'))} {surname}", (f"{a}.", surname)


INITIALS: dict[str, IWriter] = {
    "capitals with dots": _one(lambda s: ".".join(s) + "."),
    "capitals with dots and spaces": _one(lambda s: ". ".join(s) + "."),
    "capitals without dots": _one(lambda s: s),
    "three capitals": _one(lambda s: s, 3),
    "lower case with dots": _one(lambda s: ".".join(s.lower()) + "."),
    "lower case without dots": _one(lambda s: s.lower()),
    "a.b without the last dot": _one(lambda s: ".".join(s.lower())),
    "A.B without the last dot": _one(lambda s: ".".join(s)),
    "tussenvoegsel glued in": _glued(False),
    "tussenvoegsel glued in, lower case": _glued(True),
    "initials, particle and surname": _with_surname,
    "lower-case initial, particle and surname": _lower_with_surname,
    "capital and lower case": _one(lambda s: s[0] + s[1].lower()),
    "one capital with a dot": _one(lambda s: s[0] + ".", 1),
}

INITIAL_FRAMES = [
    "Mw. {I} belde over de afspraak van morgen.",
    "collega {I} neemt de casus over na de vakantie",
    "{I} belt vanavond terug over de medicatie.",
    "Besproken met {I}, zij gaat de huisarts bellen.",
    "Overleg met wijkteam gehad, volgt nog. Gr. {I}",
    "dhr {I} kwam niet opdagen, bellen",
    "Aanwezig: SPV, {I}, {J} en de huisarts",
    "spv {I} zag hem gisteren, stemming beter",
    "Begeleider ({I}) was erbij op het huisbezoek.",
    "Groet, {I}",
    "PB'er {I} heeft dienst, overdracht aan {J} om drie uur",
    "mvg {I}",
    "cliënt {I} wil niet dat moeder wordt gebeld",
    "- {I}",
    "Pt. {I} geeft aan dat het slechter gaat.",
    "huisbezoek samen met {I} gedaan, woning rommelig",
    "{I} (mw.) kwam zonder afspraak langs.",
    "overdracht van {I} aan {J}, zie dossier",
    "Vanmiddag gebeld door {I} van het wijkteam.",
    "Namens het team, {I}",
]

# Care abbreviations in the places where initials stand, and other capitals that name no one.
_ABBREVIATIONS = ["SPV", "POH", "MDO", "IHT", "GGD", "CJG", "FACT", "HIC", "WMO", "PB", "VS", "GZ", "ACT", "EPA"]
CLEAN_INITIAL_FRAMES = [
    "Besproken met {A}, zij gaat de huisarts bellen.",
    "{A} belt vanavond terug over de medicatie.",
    "Aanwezig: {A}, huisarts en wijkteam",
    "Overleg gehad, volgt nog. Gr. team {A}",
    "Begeleider ({A}) was erbij op het huisbezoek.",
    "overdracht aan {A} volgt na het weekend",
    "Vanmiddag gebeld door {A} over de crisiskaart.",
    "Via {A} aangemeld, wachttijd 6 weken.",
]


# Added in #22's ninth round, before any rule for them: initials in shapes and frames the lists
# above do not write (a particle inside dotted capitals, three lower-case letters, two people's
# initials joined by a slash, initials in square brackets, after "mw." and a role, in a signature
# line with a role, next to a team list), and care abbreviations and short words in the same
# frames ("VG", "LVB", "PMT", "ADL", "NB", "ivm"). Frames split in halves as above.
def _particle_dotted(rng: random.Random, alphabet: str = _CAPS) -> tuple[str, tuple[str, ...]]:
    a, b = _letters(rng, 2, alphabet)
    s = f"{a}.{rng.choice(('v.d.', 'v.', 'd.', 'v.d.v.', 't.'))}{b}."
    return s, (s,)


def _slash_pair(rng: random.Random, alphabet: str = _CAPS) -> tuple[str, tuple[str, ...]]:
    a, b = _letters(rng, 2, alphabet), _letters(rng, 2, alphabet)
    return f"{a}/{b}", (a, b)


NINTH_INITIALS: dict[str, IWriter] = {
    "particle inside dotted capitals": _particle_dotted,
    "three lower-case letters": _one(lambda s: s.lower(), 3),
    "two people's initials with a slash": _slash_pair,
    "capitals without dots": _one(lambda s: s),
    "one capital with a dot": _one(lambda s: s[0] + ".", 1),
    "lower case with dots": _one(lambda s: ".".join(s.lower()) + "."),
}
NINTH_INITIAL_FRAMES = [
    "Namens het wijkteam: {I} (casemanager)",
    "-- {I}, SPV",
    "Team: {I}, {J}, huisarts en SPV",
    "[{I}] belt de zus morgen terug",
    "mw. {I} (PB) is vrijdag niet op de groep",
    "Terugkoppeling volgt na het MDO ({I})",
    "Ondertekend: {I}",
    "Overdracht nacht: {I} / {J}, rustige dienst",
    "vandaag door {I} gezien op de poli, stemming beter",
    "paraaf {I} 14.00",
    "Aanwezig bij het netwerkberaad: moeder, {I}, SPV",
    "Casemanager {I} belt de werkgever",
]
_NINTH_ABBREVIATIONS = ["VG", "LVB", "PMT", "ADL", "NB", "SPV", "EVV", "POH", "GGD", "MDO", "WMO", "IHT"]
NINTH_CLEAN_NOTES = [
    "NB: pt. wil niet gebeld worden na 20.00",
    "ivm vakantie van de huisarts later",
    "cliënt met LVB, begeleiding via PMT",
    "ADL-hulp loopt, VG-zorg aangevraagd",
    "Team: SPV, PMT en huisarts",
    "overleg PMT/ADL over de dagstructuur",
    "Terugkoppeling volgt (NB: eerst de zus)",
    "mbt de medicatie: zsm terugbellen",
    "evt. samen met de zus, ovv de huisarts",
    "[LVB] signaleringsplan in pictogrammen",
    "-- team FACT, SPV",
    "Ondertekend: EVV",
]


# ---------------------------------------------------------------- user names
_HANDLE_WORDS = ["nachtuil", "zonnestraal", "stoerebink", "wolkje", "donkerpaard", "kleinevos", "zeemeeuw", "ijsbeer"]
_HANDLE_WORDS += ["bliksem", "duinroos", "vuurvlieg", "kameleon", "koekoek", "zwaluw", "brulaap", "rookpluim"]
HWriter = Callable[[random.Random], str]


def _word(rng: random.Random) -> str:
    return rng.choice(_HANDLE_WORDS)


HANDLES: dict[str, HWriter] = {
    "@ and a word": lambda r: f"@{_word(r)}_{r.randint(1, 99)}",
    "letters and digits": lambda r: f"{_word(r)}{r.randint(1990, 2012)}",
    "underscores": lambda r: f"{_word(r)}_{_word(r)}",
    "dots": lambda r: f"{_word(r)}.{r.choice('abcdefkl')}{r.choice('abcdefkl')}",
    "Discord tag": lambda r: f"{_word(r).capitalize()}#{r.randint(1000, 9999)}",
    "gamer tag": lambda r: f"xX{_word(r).capitalize()}Xx",
    "camel case": lambda r: f"{_word(r).capitalize()}{_word(r).capitalize()}",
    "address without its domain": lambda r: f"{_word(r)}{r.randint(10, 99)}@",
    "digits inside": lambda r: f"{_word(r)[:3]}{r.randint(0, 9)}{_word(r)[3:]}",
    "a plain word": lambda r: _word(r),
}

HANDLE_FRAMES = [
    "Op insta als {H}, plaatst 's nachts sombere teksten.",
    "zoon gamet als {H} op discord, tot 4 uur 's nachts",
    "Snap: {H}. Moeder wil meekijken.",
    "tiktok-account {H} is van haar, veel volgers",
    "Gebruikersnaam {H} op het forum, schrijft over stemmen.",
    "Zit op Steam onder {H}, speelt alleen nog online",
    "Twitch-kanaal {H}: streamt elke avond",
    "accountnaam {H} op roblox gehackt, erg van slag",
    "heet {H} op telegram, daar contact met dealer",
    "gamertag {H}, speelt fortnite met vreemden",
    "Ze volgt {H} op instagram, de ex van haar zus.",
    "Reddit-naam {H}, post in een forum over zelfbeschadiging",
]

CLEAN_HANDLE_NOTES = [
    "Zit veel op insta en tiktok, slaapt slecht door het scherm.",
    "Contact via WhatsApp verloopt beter dan bellen.",
    "Speelt fortnite met klasgenoten, schermtijd afgesproken: 2 uur.",
    "Moeder heeft haar Discord-account verwijderd na de ruzie.",
    "Volgt accounts over eetstoornissen op instagram, besproken.",
    "Via de app van de praktijk een afspraak gemaakt voor 14.30 uur.",
    "PHQ-9 score 17, GAD-7 score 12, herhalen over 6 weken.",
    "Game-verslaving: 6-8 uur per dag op de PS5.",
]


# ---------------------------------------------------------------- case numbers
_ID_LABELS = [
    "patiëntnummer",
    "dossiernr.",
    "cliëntnummer",
    "zaaknummer",
    "polisnr",
    "klantnummer",
    "lidnummer",
    "parketnummer",
    "aanvraagnummer",
    "meldingsnummer",
    "studentnummer",
    "personeelsnummer",
    "kenmerk",
    "referentie",
    "ons kenmerk",
    "dossier",
    "pat.nr.",
    "casusnummer",
    "registratienummer",
    "V-nummer",
    "kenm.",
    "dnr",
    "cl.nr.",
    "zknr",
    "relatienummer",
    "debiteurnr",
    "uw ref.",
    "aanvraag-ID",
    "AGB-code",
    "pasnummer",
    "ons kenm.",
    "BIG-nr",
]


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _cap(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(n))


ID_SHAPES: dict[str, HWriter] = {
    "digits": lambda r: _digits(r, 7),
    "letters and digits": lambda r: f"{_cap(r, 2)}{_digits(r, 6)}",
    "letter, dash, digits": lambda r: f"{_cap(r, 1)}-{_digits(r, 5)}",
    "year slash number": lambda r: f"{r.randint(2019, 2026)}/{_digits(r, 5)}",
    "digits, dash, letters": lambda r: f"{_digits(r, 4)}-{_cap(r, 2)}",
    "groups with spaces": lambda r: f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}",
    "groups with dots": lambda r: f"{_digits(r, 2)}.{_digits(r, 3)}.{_digits(r, 3)}",
    "letters, slash, digits": lambda r: f"{_cap(r, 2)}/{_digits(r, 2)}/{_digits(r, 4)}",
    "court shape": lambda r: f"C/{r.randint(10, 19)}/{_digits(r, 6)} / FA RK {r.randint(24, 26)}-{_digits(r, 4)}",
    "lower-case letters and digits": lambda r: f"{_cap(r, 1).lower()}{_digits(r, 7)}",
    "letters, year, number": lambda r: f"{_cap(r, 3)}-{r.randint(2020, 2026)}-{_digits(r, 4)}",
    "digits and a check letter": lambda r: f"{_digits(r, 6)}{_cap(r, 1)}",
}

ID_FRAMES = [
    "Brief van het CAK, {L} {N}, over de eigen bijdrage.",
    "{L} {N} (zie EPD)",
    "Bezwaar ingediend onder {L}: {N}.",
    "Schuldhulp: {L} {N}, bewindvoering loopt.",
    "Verwijzing ontvangen, {L} {N}, intake plannen",
    "UWV belt over {L} {N}, uitkering stopt",
    "zorgverzekeraar noemt {L} {N} in de brief",
    "{L}: {N} - graag vermelden bij contact",
    "{N} is het {L} bij de gemeente, bewaren",
    "het {L} van de melding is {N}, bellen na 3 dagen",
    "Gemeente (afdeling schulden), {L} {N}.",
    "in de brief staat {N} als {L}",
]
BARE_ID_FRAMES = [
    "Brief ontvangen ({N}), bezwaar loopt nog.",
    "Melding bij Veilig Thuis gedaan, nr {N}.",
    "Aangifte gedaan, bekend onder {N}.",
    "Zie brief gemeente d.d. vorige week, ref. {N}.",
]

CLEAN_NUMBER_NOTES = [
    "Opgenomen op kamer {k}, bed {b}; rustig geslapen.",
    "Kamer {r} is vrij vanaf maandag, bed {b} wordt verschoond.",
    "Quetiapine {d} mg a.n., lithium spiegel 0,{b} mmol/l.",
    "Diagnose F32.{b}, DSM-5 296.3{b}, ICD-11 6A70.{b}.",
    "MMSE {s}/30, MoCA {s2}/30, herhalen in week {w}.",
    "Afspraak om {h}.{m} uur, daarna groep {b}.",
    "Signaleringsplan versie {b}.{w}, besproken in MDO.",
    "HoNOS {s}, PHQ-9 {b}, SCL-90 {d}.",
    "Bus {b} of lijn {w} stopt voor de deur, {b} minuten lopen.",
    "RR 13{b}/8{b}, pols {d}, BMI 2{b},{b}.",
    "Wacht al {w} weken, {b} van de {k} sessies gehad.",
    "Schuld {d}{b}0 euro, {b} schuldeisers, aflossing 50 per maand.",
]


# ---------------------------------------------------------------- contact notes with other identifiers
_SIGN_FIRST = ["Marjolein", "Wessel", "Ilse", "Bram", "Nadia", "Joris", "Femke", "Koen", "Esra", "Thijs"]
_SIGN_FIRST += ["Lieke", "Ruben", "Anouk", "Sem", "Yara", "Daan"]
_RELATIVE_FIRST = ["Henk", "Gerda", "Mila", "Tobias", "Saskia", "Wim", "Jolanda", "Rik"]
_STREETS = ["Esdoornlaan", "Kastanjestraat", "Molenweg", "Parkstraat", "Beukenhof", "Dorpsstraat", "Sluiskade"]
_STREETS += ["Wilgenweg"]
_TOWNS = ["Zwolle", "Apeldoorn", "Deventer", "Enschede", "Almelo", "Hengelo", "Kampen", "Meppel"]

ContactWriter = Callable[[random.Random], tuple[str, tuple[str, ...]]]


def _phone_writer(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    name = rng.choice(sorted(cp.PHONES))
    if "spoken" in name or "split" in name or "short" in name or "too many" in name:
        name = "mobile 4-2-2"
    number, secret = cp.PHONES[name](rng)
    return number, (secret,)


def _email_writer(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    local, domain, words = cp._address(rng)
    return f"{local}@{domain}", words


def _bsn_writer(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    number = cp._bsn(rng)
    shown = rng.choice((number, f"{number[:4]}.{number[4:6]}.{number[6:]}", f"{number[:3]} {number[3:6]} {number[6:]}"))
    return f"BSN {shown}", (number,)


# kind name -> (deid_contact_probe's kind, writer of (text, what leaks() looks for))
CONTACT_KINDS: dict[str, tuple[str, ContactWriter]] = {
    "phone": ("phone", _phone_writer),
    "e-mail": ("email", _email_writer),
    "BSN": ("bsn", _bsn_writer),
}


def _street(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    s = f"{rng.choice(_STREETS)} {rng.randint(2, 180)}"
    return s, (s,)


def _postcode(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    s = f"{rng.randint(1000, 9999)} {rng.choice(('AB', 'KD', 'TR', 'HX', 'LP', 'GE'))}"
    return s, (s,)


# What stands beside the contact detail: (shape, frame with {C} for the contact detail).
CONTACT_FRAMES: list[tuple[str, str]] = [
    ("signature name", "Graag terugbellen op {C}. Groet, {F}"),
    ("signature name", "Bereikbaar via {C}\n{F} (SPV)"),
    ("signature initials", "Terugbellen: {C} gr. {I}"),
    ("signature initials", "Nieuw nummer van moeder: {C} - {I}"),
    ("street and number", "Woont nu op de {S}, {C}"),
    ("street and number", "Nieuw adres: {S}, tel. {C}"),
    ("postcode and town", "Verhuisd naar {P} {T}, {C}"),
    ("postcode and town", "Post naar {P} in {T}; {C}"),
    ("relative named", "Zus {R} is bereikbaar op {C}"),
    ("relative named", "contactpersoon: broer {R}, {C}"),
    ("relative in lower case", "buurvrouw {r} wil gebeld worden: {C}"),
    ("relative in lower case", "vader {r} belde vanaf {C}"),
    ("name opening the note", "{R} belde vanaf {C}, wil teruggebeld worden."),
    ("name opening the note", "{R}: {C}, alleen na 17 uur"),
    ("name and town", "{R} uit {T} heeft een nieuw nummer: {C}"),
    ("name and town", "Oom {R} ({T}) zegt {C}"),
]


# ---------------------------------------------------------------- generate and measure


def _initials_notes(rng: random.Random, which: str, per_shape: int) -> list[ProbeNote]:
    frames, alphabet = half(INITIAL_FRAMES, which), "".join(half(_CAPS, which))
    notes = []
    for shape, write in INITIALS.items():
        for _ in range(per_shape):
            text_i, secrets = write(rng, alphabet)
            other, _ = INITIALS["capitals with dots"](rng, alphabet)
            frame = rng.choice(frames)
            text = frame.format(I=text_i, J=other)
            if "{J}" in frame:
                secrets = (*secrets, other)
            notes.append(ProbeNote("initials", shape, which, text, secrets))
    return notes


def _handle_notes(rng: random.Random, which: str, per_shape: int) -> list[ProbeNote]:
    frames, words = half(HANDLE_FRAMES, which), half(_HANDLE_WORDS, which)
    notes = []
    for shape, write in HANDLES.items():
        for _ in range(per_shape):
            h = write(rng)
            for w in _HANDLE_WORDS:  # the half's own words only, in the case written
                if w in h.lower() and w not in words:
                    new = rng.choice(words)
                    h = re.sub(w, lambda m, new=new: new.capitalize() if m.group()[0].isupper() else new, h, flags=re.I)
            secret = h.lstrip("@").rstrip("@")
            notes.append(ProbeNote("handle", shape, which, rng.choice(frames).format(H=h), (secret,)))
    return notes


def _id_notes(rng: random.Random, which: str, per_shape: int) -> list[ProbeNote]:
    frames, labels = half(ID_FRAMES, which), half(_ID_LABELS, which)
    bare = half(BARE_ID_FRAMES, which)
    notes = []
    for shape, write in ID_SHAPES.items():
        for i in range(per_shape):
            n = write(rng)
            if i % 4 == 3:
                notes.append(ProbeNote("id_number", f"{shape} (bare)", which, rng.choice(bare).format(N=n), (n,)))
                continue
            text = rng.choice(frames).format(L=rng.choice(labels), N=n)
            notes.append(ProbeNote("id_number", shape, which, text[0].upper() + text[1:], (n,)))
    return notes


def _contact_notes(rng: random.Random, which: str, per_shape: int) -> list[ProbeNote]:
    frames = half(CONTACT_FRAMES, which)
    signs, relatives = half(_SIGN_FIRST, which), half(_RELATIVE_FIRST, which)
    towns = half(_TOWNS, which)
    notes = []
    for kind, (cp_kind, write) in CONTACT_KINDS.items():
        for shape, frame in frames:
            for _ in range(max(1, per_shape // 2)):
                contact, leak_keys = write(rng)
                shape_i = rng.choice(("capitals without dots", "tussenvoegsel glued in"))
                initials, _ = INITIALS[shape_i](rng, "".join(half(_CAPS, which)))
                street, _ = _street(rng)
                postcode, _ = _postcode(rng)
                parts = {
                    "C": contact,
                    "F": rng.choice(signs),
                    "I": initials,
                    "S": street,
                    "P": postcode,
                    "T": rng.choice(towns),
                    "R": rng.choice(relatives),
                }
                parts["r"] = parts["R"].lower()
                used = tuple(parts[k] for k in re.findall(r"\{(\w)\}", frame) if k != "C")
                text = frame.format(**parts)
                notes.append(ProbeNote("contact", f"{kind}: {shape}", which, text, used, (cp_kind, *leak_keys)))
    return notes


def _clean_notes(rng: random.Random, which: str, per_shape: int) -> list[ProbeNote]:
    notes = []
    for frame in half(CLEAN_INITIAL_FRAMES, which):
        for a in rng.sample(_ABBREVIATIONS, min(per_shape, len(_ABBREVIATIONS))):
            notes.append(ProbeNote("clean", "care abbreviation where initials stand", which, frame.format(A=a)))
    for text in half(CLEAN_HANDLE_NOTES, which):
        notes.append(ProbeNote("clean", "platform words, scores, codes", which, text))
    for frame in half(CLEAN_NUMBER_NOTES, which):
        for _ in range(per_shape):
            values = {
                "k": rng.randint(2, 40),
                "b": rng.randint(1, 9),
                "r": f"{rng.randint(0, 3)}.{rng.randint(10, 40)}",
                "d": rng.choice((25, 50, 100, 200, 300)),
                "s": rng.randint(14, 29),
                "s2": rng.randint(14, 29),
                "w": rng.randint(2, 12),
                "h": rng.randint(8, 20),
                "m": rng.choice(("00", "15", "30", "45")),
            }
            notes.append(ProbeNote("clean", "rooms, doses, codes, scores, times", which, frame.format(**values)))
    return notes


def _ninth_notes(rng: random.Random, which: str, per_shape: int) -> list[ProbeNote]:
    """The ninth round's initials (every shape in its frames) and its clean look-alikes."""
    frames, alphabet = half(NINTH_INITIAL_FRAMES, which), "".join(half(_CAPS, which))
    notes = []
    for shape, write in NINTH_INITIALS.items():
        for _ in range(per_shape):
            text_i, secrets = write(rng, alphabet)
            other, _ = INITIALS["capitals without dots"](rng, alphabet)
            frame = rng.choice(frames)
            secrets = (*secrets, other) if "{J}" in frame else secrets
            notes.append(ProbeNote("initials", f"{shape} (9th)", which, frame.format(I=text_i, J=other), secrets))
    for frame in frames:
        if frame.startswith(("mw.", "Casemanager")):
            continue  # after a title or a role, capitals are someone's
        for a in rng.sample(_NINTH_ABBREVIATIONS, min(per_shape, len(_NINTH_ABBREVIATIONS))):
            b = rng.choice([x for x in _NINTH_ABBREVIATIONS if x != a])
            text = frame.format(I=a, J=b)
            notes.append(ProbeNote("clean", "care abbreviation in an initials frame (9th)", which, text))
    for text in half(NINTH_CLEAN_NOTES, which):
        notes.append(ProbeNote("clean", "abbreviations and short words (9th)", which, text))
    return notes


def generate(per_shape: int = 8, seed: int = 22, halves: tuple[str, ...] = HALVES) -> list[ProbeNote]:
    notes: list[ProbeNote] = []
    for which in halves:
        rng = random.Random(f"{seed}-{which}")
        for make in (_initials_notes, _handle_notes, _id_notes, _contact_notes, _clean_notes):
            notes += make(rng, which, per_shape)
        notes += _ninth_notes(random.Random(f"{seed}-{which}-9th"), which, per_shape)
    return list(dict.fromkeys(notes))


@dataclass
class Row(pt.Tally):
    removed: int = 0  # every secret gone (clean notes: untouched)
    flagged: int = 0  # every secret gone or flagged (clean notes: no tag at all)


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
            row.flagged += ok
            if not ok:
                row.misses.append(f"{n.text!r} -> {text!r}")
            continue
        left = [s for s in n.secrets if dq.survives(s, text)]
        spans = pt.spans(run.suspects(text))
        leaked = cp.leaks(cp.ProbeNote(n.contact[0], "", n.text, n.contact[1:]), text) if n.contact else []
        row.removed += not left and not leaked
        row.flagged += not leaked and all(dq.flagged(s, text, spans) for s in left)  # a contact detail must go
        left += leaked
        if left:
            row.misses.append(f"{n.text!r} -> {text!r}: left {left}")
    return out


def totals(results: dict[tuple[str, str, str], Row]) -> dict[tuple[str, str], Row]:
    """Per (half, class)."""
    return pt.totals(results, lambda key: key[:2], Row)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-shape", type=int, default=8)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list every miss of the tuning half")
    ap.add_argument("--show-report", action="store_true", help="list the reporting half's misses too")
    ap.add_argument("--totals", action="store_true", help="print only the totals")
    args = ap.parse_args()
    results = measure(generate(args.per_shape, args.seed))
    if not args.totals:
        print("| half | class | shape | notes | removed (clean: untouched) | removed or flagged |")
        print("| --- | --- | --- | --- | --- | --- |")
        for (which, kind, shape), row in sorted(results.items()):
            print(
                f"| {which} | {kind} | {shape} | {row.notes} | {pt.share(row.removed, row.notes)} | "
                f"{pt.share(row.flagged, row.notes)} |"
            )
        print()
    print("| class | tune: removed | tune: removed or flagged | report: removed | report: removed or flagged |")
    print("| --- | --- | --- | --- | --- |")
    t = totals(results)
    for kind in ("initials", "handle", "id_number", "contact", "clean"):
        a, b = t.get(("tune", kind), Row()), t.get(("report", kind), Row())
        print(
            f"| {kind} | {pt.share(a.removed, a.notes)} | {pt.share(a.flagged, a.notes)} | "
            f"{pt.share(b.removed, b.notes)} | {pt.share(b.flagged, b.notes)} |"
        )
    for (which, kind, shape), row in sorted(results.items()):
        if which == "tune" and args.show or which == "report" and args.show_report:
            for line in row.misses:
                print(f"  {which} / {kind} / {shape}: {line}")


if __name__ == "__main__":
    main()
