"""Contact-detail probe: made-up notes with a phone number, e-mail address or BSN in every notation
people type, write by hand, dictate or get from a board's OCR, and how many come out fully
pseudonymised; plus made-up notes whose numbers are no contact detail, and how many stay.

Issue #22's target for contact details is 100 % on notes nobody has seen, so they are measured
on notations, not on a test set: every note is generated (seeded, so the same every run) from

  - a contact detail in one notation (``NOTATIONS``): Dutch mobile and landline numbers in every
    grouping and separator (dash, en-dash, dot, slash, no-break and thin spaces), with +31,
    0031 or (0); Belgian, German and Caribbean (+599, +297, +1 721) numbers; "O" typed or read
    for a zero; a number split over a line break, in brackets or glued to its label ("tel:06...",
    "T 06..."); the last digits of a number ("eindigt op 4567"); e-mail addresses plain, in
    capitals, after "mailto:", in angle brackets, with a trailing mark, obfuscated ("[at]",
    "(at)", " at ", "apestaartje", "[dot]", spaces around "@" and "."), with accents, split over
    a line; a BSN in every grouping, after "BSN", "bsn nr", "burgerservicenummer", "sofinummer"
    or with no keyword at all (it passes the eleven-test);
  - a sentence a care team writes around it (``FRAMES``), with the template's party words and
    no other digit or name, so what is left of the number in the output is a leak;
  - numbers that are no contact detail (``CLEAN``): doses, scores, times and rosters ("06.00 -
    07.30"), amounts in euro, lab values, ranges of years; these notes must stay as written; and
    numbers that are other identifiers (dates, postcodes, case numbers, ``OTHER``), which may be
    replaced but never as a phone number, e-mail address or BSN.

The digits and names are random and made up here (no test set is read). Prints per notation:
notes, fully pseudonymised (no four digits of the number, no word of the address left), and the
template words kept; per clean shape: untouched; per other shape: no contact tag. ``--show``
lists every miss. In-process, every note on its own, as ``deid_quality.py`` does.

    python benchmarks/deid_contact_probe.py [--per-notation 12] [--seed 22] [--show]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402
import probe_tally as pt  # noqa: E402


@dataclass(frozen=True)
class ProbeNote:
    kind: str  # "phone", "email", "bsn", "clean" (must stay), "other" (no contact tag)
    notation: str
    text: str
    secrets: tuple[str, ...] = ()  # digit strings or words that must be gone


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _pairs(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 2] for i in range(0, len(s), 2))


def _groups(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, pos = [], 0
    for n in sizes:
        out.append(s[pos : pos + n])
        pos += n
    return sep.join(out)


# ---- phone numbers: (notation name, writer) where writer(rng) -> (text, digits that must go) ----
Writer = Callable[[random.Random], tuple[str, str]]


def _mobile(fmt: Callable[[str], str]) -> Writer:
    def write(rng: random.Random) -> tuple[str, str]:
        n8 = str(rng.randint(1, 9)) + _digits(rng, 7)
        return fmt(n8), n8[-7:]

    return write


_AREA2 = ("10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "38", "40", "43", "46", "50", "53", "70", "73")
_AREA3 = ("111", "172", "180", "223", "313", "318", "341", "413", "499", "546", "597", "344", "575", "252")


def _landline(fmt: Callable[[str, str], str], three: bool = False) -> Writer:
    def write(rng: random.Random) -> tuple[str, str]:
        area = rng.choice(_AREA3 if three else _AREA2)
        local = str(rng.randint(2, 9)) + _digits(rng, (6 if three else 7) - 1)
        return fmt(area, local), local

    return write


def _foreign(fmt: Callable[[str], str], length: int) -> Writer:
    def write(rng: random.Random) -> tuple[str, str]:
        local = str(rng.randint(1, 9)) + _digits(rng, length - 1)
        return fmt(local), local[-6:]

    return write


NBSP, THIN, NNBSP, NBHYPHEN, ENDASH = "\u00a0", "\u2009", "\u202f", "\u2011", "\u2013"

PHONES: dict[str, Writer] = {
    "mobile in one piece": _mobile(lambda n: f"06{n}"),
    "mobile with a dash": _mobile(lambda n: f"06-{n}"),
    "mobile with a space": _mobile(lambda n: f"06 {n}"),
    "mobile 4-4": _mobile(lambda n: f"06 {n[:4]} {n[4:]}"),
    "mobile dash 4-4": _mobile(lambda n: f"06-{n[:4]} {n[4:]}"),
    "mobile in pairs": _mobile(lambda n: f"06 {_pairs(n)}"),
    "mobile in pairs with dashes": _mobile(lambda n: f"06-{_pairs(n, '-')}"),
    "mobile in pairs with dots": _mobile(lambda n: f"06.{_pairs(n, '.')}"),
    "mobile 3-3-2": _mobile(lambda n: f"06 {_groups(n, (3, 3, 2))}"),
    "mobile 2-3-3": _mobile(lambda n: f"06 {_groups(n, (2, 3, 3))}"),
    "mobile with a slash": _mobile(lambda n: f"06/{n}"),
    "mobile slash and spaces": _mobile(lambda n: f"06 / {_pairs(n)}"),
    "mobile en-dash": _mobile(lambda n: f"06 {ENDASH} {n[:4]} {n[4:]}"),
    "mobile en-dash glued": _mobile(lambda n: f"06{ENDASH}{n}"),
    "mobile no-break hyphen": _mobile(lambda n: f"06{NBHYPHEN}{n}"),
    "mobile no-break spaces": _mobile(lambda n: f"06{NBSP}{n[:4]}{NBSP}{n[4:]}"),
    "mobile thin spaces": _mobile(lambda n: f"06{THIN}{_pairs(n, THIN)}"),
    "mobile narrow no-break spaces": _mobile(lambda n: f"06{NNBSP}{n[:4]}{NNBSP}{n[4:]}"),
    "mobile (06)": _mobile(lambda n: f"(06) {n}"),
    "mobile (06)-": _mobile(lambda n: f"(06)-{n}"),
    "mobile +31 6": _mobile(lambda n: f"+31 6 {n}"),
    "mobile +31 6 4-4": _mobile(lambda n: f"+31 6 {n[:4]} {n[4:]}"),
    "mobile +31 (0)6": _mobile(lambda n: f"+31 (0)6 {n}"),
    "mobile +31(0)6-": _mobile(lambda n: f"+31(0)6-{n}"),
    "mobile +316 glued": _mobile(lambda n: f"+316{n}"),
    "mobile +31-6-": _mobile(lambda n: f"+31-6-{n}"),
    "mobile +31 6 in pairs": _mobile(lambda n: f"+31 6 {_pairs(n)}"),
    "mobile 0031 6": _mobile(lambda n: f"0031 6 {n}"),
    "mobile 0031 glued": _mobile(lambda n: f"00316{n}"),
    "mobile 0031-6-": _mobile(lambda n: f"0031-6-{n}"),
    "mobile O for zero": _mobile(lambda n: f"O6-{n}"),
    "mobile o for zero": _mobile(lambda n: f"o6 {n[:4]} {n[4:]}"),
    "mobile O for zero inside": _mobile(lambda n: f"O6 {n.replace('0', 'O')}"),
    "mobile split after dash": _mobile(lambda n: f"06-\n{n}"),
    "mobile split inside": _mobile(lambda n: f"06 {n[:4]}\n{n[4:]}"),
    "mobile space after dash": _mobile(lambda n: f"06- {n}"),
    "mobile space before dash": _mobile(lambda n: f"06 -{n}"),
    "copied from a chat app (direction marks)": _mobile(lambda n: f"\u202a+31 6 {n[:4]} {n[4:]}\u202c"),
    "left-to-right marks between groups": _mobile(lambda n: f"06\u200e-\u200e{n}"),
    "soft hyphen": _mobile(lambda n: f"06\u00ad{n}"),
    "mobile digit by digit": _mobile(lambda n: "0 6 - " + " ".join(n)),
    "mobile double spaces": _mobile(lambda n: f"06  {n[:4]}  {n[4:]}"),
    "mobile tab": _mobile(lambda n: f"06\t{n}"),
    "mobile em-dash": _mobile(lambda n: f"06\u2014{n}"),
    "mobile 4-2-2": _mobile(lambda n: f"06 {n[:4]} {n[4:6]} {n[6:]}"),
    "mobile +31 6 - 4 - 4": _mobile(lambda n: f"+31 6 - {n[:4]} - {n[4:]}"),
    "mobile (+31) 6": _mobile(lambda n: f"(+31) 6 {n}"),
    "mobile +31 06 (zero kept)": _mobile(lambda n: f"+31 06 {n}"),
    "mobile +31 (6)": _mobile(lambda n: f"+31 (6) {n}"),
    "mobile 0031 (0)6": _mobile(lambda n: f"0031 (0)6 {n}"),
    "mobile l for one": _mobile(lambda n: f"06-{n.replace('1', 'l')}"),
    "mobile a digit short": _mobile(lambda n: f"06-{n[:7]}"),
    "mobile a digit too many": _mobile(lambda n: f"06-{n}{n[0]}"),
    "two mobiles with a slash": _mobile(lambda n: f"06-{n}/06-{n[::-1]}"),
    "landline 3-7": _landline(lambda a, n: f"0{a}-{n}"),
    "landline 3 3 4": _landline(lambda a, n: f"0{a} {n[:3]} {n[3:]}"),
    "landline dash pairs": _landline(lambda a, n: f"0{a} - {n[:3]} {n[3:5]} {n[5:]}"),
    "landline (area)": _landline(lambda a, n: f"(0{a}) {n[:3]} {n[3:5]} {n[5:]}"),
    "landline (area) glued": _landline(lambda a, n: f"(0{a}){n}"),
    "landline dots": _landline(lambda a, n: f"0{a}.{n[:3]}.{n[3:5]}.{n[5:]}"),
    "landline slash": _landline(lambda a, n: f"0{a}/{n}"),
    "landline en-dash": _landline(lambda a, n: f"0{a}{ENDASH}{n}"),
    "landline +31": _landline(lambda a, n: f"+31 {a} {n[:3]} {n[3:]}"),
    "landline +31 (0)": _landline(lambda a, n: f"+31 (0){a} {n[:3]} {n[3:5]} {n[5:]}"),
    "landline 0031": _landline(lambda a, n: f"0031 {a} {n}"),
    "landline O for zero": _landline(lambda a, n: f"O{a}-{n}"),
    "landline 4-6": _landline(lambda a, n: f"0{a}-{n}", three=True),
    "landline 4 2-2-2": _landline(lambda a, n: f"0{a} {_pairs(n)}", three=True),
    "landline (4) 6": _landline(lambda a, n: f"(0{a}) {n}", three=True),
    "landline 4 slash": _landline(lambda a, n: f"0{a}/{n}", three=True),
    "landline 4 +31": _landline(lambda a, n: f"+31 {a} {n[:3]} {n[3:]}", three=True),
    "landline 4 dash 3-3": _landline(lambda a, n: f"0{a} - {n[:3]} {n[3:]}", three=True),
    "business 088": _foreign(lambda n: f"088-{n}", 7),
    "business 085 spaced": _foreign(lambda n: f"085 {n[:3]} {n[3:5]} {n[5:]}", 7),
    "Belgian mobile +32": _foreign(lambda n: f"+32 4{n[0]}{n[1]} {n[2:4]} {n[4:6]} {n[6:]}", 8),
    "Belgian mobile 0032": _foreign(lambda n: f"0032 4{n[:2]} {n[2:]}", 8),
    "Belgian mobile domestic": _foreign(lambda n: f"04{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", 8),
    "Belgian mobile slash dots": _foreign(lambda n: f"04{n[:2]}/{n[2:4]}.{n[4:6]}.{n[6:]}", 8),
    "Belgian landline +32": _foreign(lambda n: f"+32 2 {n[:3]} {n[3:5]} {n[5:]}", 7),
    "Belgian landline slash dots": _foreign(lambda n: f"0{n[0]}/{n[1:4]}.{n[4:6]}.{n[6:]}", 8),
    "German +49": _foreign(lambda n: f"+49 30 {n}", 8),
    "German +49 (0)": _foreign(lambda n: f"+49 (0)171 {n}", 7),
    "German 0049": _foreign(lambda n: f"0049 171 {n}", 8),
    "German domestic mobile": _foreign(lambda n: f"0171 {n}", 7),
    "German domestic slash": _foreign(lambda n: f"0171/{n}", 7),
    "Curaçao +599 9": _foreign(lambda n: f"+599 9 {n[:3]} {n[3:]}", 7),
    "Curaçao +5999 glued": _foreign(lambda n: f"+5999 {n}", 7),
    "Curaçao 00599": _foreign(lambda n: f"00599 9 {n}", 7),
    "Curaçao (+599)": _foreign(lambda n: f"(+599) 9 {n[:3]} {n[3:]}", 7),
    "Bonaire +599 7": _foreign(lambda n: f"+599 7{n[:2]} {n[2:6]}", 6),
    "Aruba +297": _foreign(lambda n: f"+297 {n[:3]} {n[3:]}", 7),
    "Aruba +297 dash": _foreign(lambda n: f"+297-{n}", 7),
    "Sint Maarten +1 721": _foreign(lambda n: f"+1 721 {n[:3]} {n[3:]}", 7),
    "Sint Maarten +1-721-": _foreign(lambda n: f"+1-721-{n[:3]}-{n[3:]}", 7),
    "Sint Maarten (721) local": _foreign(lambda n: f"(721) 5{n[:2]}-{n[2:6]}", 6),
    "Sint Maarten 721-": _foreign(lambda n: f"721-5{n[:2]}-{n[2:6]}", 6),
    "Curaçao local 9 xxx xxxx": _foreign(lambda n: f"tel. 9 {n[:3]} {n[3:]}", 7),
    "Saba local 416": _foreign(lambda n: f"bel 416-{n[:4]}", 4),
    "Bonaire local 717": _foreign(lambda n: f"tel 717 {n[:4]}", 4),
    "Aruba local 7 digits": _foreign(lambda n: f"whatsapp {n[:3]}-{n[3:]}", 7),
    "Dutch local without area code": _foreign(lambda n: f"tel. thuis {n[:3]} {n[3:5]} {n[5:]}", 7),
    "spoken in pairs": _mobile(
        lambda n: "nul zes " + " ".join(_SPOKEN_PAIRS[int(n[i : i + 2])] for i in range(0, 8, 2))
    ),
}

# Dutch number words 10-99 for a number said in pairs (0-9 said digit by digit).
_UNITS = "nul een twee drie vier vijf zes zeven acht negen".split()
_TEENS = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
_TENS = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
_SPOKEN_PAIRS = {
    n: (
        f"{_UNITS[n // 10]} {_UNITS[n % 10]}"
        if n < 10
        else _TEENS[n - 10]
        if n < 20
        else _TENS[n // 10 - 2]
        if n % 10 == 0
        else f"{_UNITS[n % 10]}{'ën' if _UNITS[n % 10].endswith('e') else 'en'}{_TENS[n // 10 - 2]}"
    )
    for n in range(100)
}

# The last digits of a number, the rest left out or masked.
PARTIAL: dict[str, Writer] = {
    "last digits: eindigt op": lambda rng: (lambda d: (f"nummer eindigt op {d}", d))(_digits(rng, 4)),
    "masked: 06-xxxx": lambda rng: (lambda d: (f"06-xxxx{d}", d))(_digits(rng, 4)),
    "masked: 06-....": lambda rng: (lambda d: (f"06-....{d}", d))(_digits(rng, 4)),
}

# How a number is attached to its label, or set in the sentence.
GLUES = (
    "{c}",
    "{c}",
    "{c}",
    "tel:{c}",
    "tel. {c}",
    "Tel.nr.{c}",
    "T {c}",
    "T{c}",
    "tel{c}",
    "M.{c}",
    "Tel: {c}",
    "T: {c}",
    "mob:{c}",
    "mobiel: {c}",
    "gsm {c}",
    "(tel {c})",
    "({c})",
    "[{c}]",
    "{c}.",
    "{c},",
    "'{c}'",
    "☎ {c}",
    "whatsapp {c}",
)

PHONE_FRAMES = (
    "Moeder is bereikbaar op {c} na het werk.",
    "Bel zus: {c} (alleen bij nood)",
    "Contact buurman {c}",
    "Huisarts gaf het nummer van de praktijkondersteuner door: {c}",
    "Partner wil gebeld worden op {c} als het misgaat.",
    "Crisiskaart: eerst broer bellen {c}, dan de crisisdienst.",
    "Wijkteam belt cliënt op {c} om de afspraak te verzetten",
    "{c} is het nummer van de bewindvoerder",
    "Dochter woont in het buitenland, {c}, spreekt weinig Nederlands.",
    "Mantelzorger bereikbaar via {c}; liever appen dan bellen",
    "Werkgever gebeld via {c}, geen gehoor.",
    "naasten\n{c}",
    "POH-ggz vraagt terugbellen {c} voor de overdracht",
    "Vriendin van cliënt belt steeds vanaf {c}, wil niet dat wij dat noteren",
    "Ervaringsdeskundige geeft privénummer {c} niet aan cliënten",
)


# ---- e-mail addresses ----
_FIRST = ("anouk", "bram", "fatima", "kees", "lotte", "mehmet", "noor", "sven", "yara", "ruud", "ilse", "daan")
_LAST = ("jansen", "devries", "elamrani", "bakker", "smit", "vandijk", "yilmaz", "degraaf", "kuipers", "hoekstra")
_ACCENTED = ("zoë", "josé", "çelik", "müller", "inês", "chloé")
_PROVIDERS = (
    "gmail.com",
    "hotmail.com",
    "hotmail.nl",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "xs4all.nl",
    "planet.nl",
    "home.nl",
    "icloud.com",
    "telenet.be",
    "web.de",
    "yahoo.com",
)
_ORG_DOMAINS = ("ggz-zuidrand.nl", "wijkteamoosterpoort.nl", "praktijkdehaven.nl", "bewindnoord.nl", "deboog.org")


def _local(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    shapes = [
        (f"{first}.{last}", (first, last)),
        (f"{first[0]}.{last}", (last,)),
        (f"{first}{last}{rng.randint(1, 99)}", (first + last,)),
        (f"{first}_{last}", (first, last)),
        (f"{first}-{last}", (first, last)),
        (f"{last}.{first[0]}", (last,)),
        (f"fam.{last}", (last,)),
        (f"{first}{rng.randint(70, 99)}", (first,)),
    ]
    return rng.choice(shapes)


def _address(rng: random.Random) -> tuple[str, str, tuple[str, ...]]:
    """(local part, domain, words that must go)."""
    local, words = _local(rng)
    if rng.random() < 0.3:
        domain = rng.choice(_ORG_DOMAINS)
        words = (*words, re.split(r"[.-]", domain)[0] if "-" not in domain else domain.split(".")[0])
    else:
        domain = rng.choice(_PROVIDERS)
    return local, domain, words


EmailWriter = Callable[[str, str], str]


def _said(domain: str, at: str, dot: str) -> str:
    return domain.replace(".", dot)


EMAILS: dict[str, EmailWriter] = {
    "plain": lambda lo, d: f"{lo}@{d}",
    "capitals": lambda lo, d: f"{lo}@{d}".upper(),
    "capital first letter": lambda lo, d: f"{lo.capitalize()}@{d}",
    "mailto:": lambda lo, d: f"mailto:{lo}@{d}",
    "Mailto: with a space": lambda lo, d: f"Mailto: {lo}@{d}",
    "angle brackets": lambda lo, d: f"<{lo}@{d}>",
    "trailing full stop": lambda lo, d: f"{lo}@{d}.",
    "trailing bracket": lambda lo, d: f"({lo}@{d})",
    "quoted": lambda lo, d: f"“{lo}@{d}”",
    "spaces around @": lambda lo, d: f"{lo} @ {d}",
    "space after @": lambda lo, d: f"{lo}@ {d}",
    "space before @": lambda lo, d: f"{lo} @{d}",
    "spaces around the dots": lambda lo, d: f"{lo}@{d.replace('.', ' . ')}",
    "[at]": lambda lo, d: f"{lo}[at]{d}",
    "[at] [dot]": lambda lo, d: f"{lo} [at] {_said(d, '', ' [dot] ')}",
    "(at)": lambda lo, d: f"{lo}(at){d}",
    "(at) (punt)": lambda lo, d: f"{lo}(at){_said(d, '', '(punt)')}",
    "{at}": lambda lo, d: f"{lo}{{at}}{d}",
    "(@)": lambda lo, d: f"{lo}(@){d}",
    "[AT] in capitals": lambda lo, d: f"{lo} [AT] {_said(d, '', ' [DOT] ')}",
    " at  dot ": lambda lo, d: f"{lo} at {_said(d, '', ' dot ')}",
    " at  punt ": lambda lo, d: f"{lo} at {_said(d, '', ' punt ')}",
    "apestaartje": lambda lo, d: f"{lo} apestaartje {_said(d, '', ' punt ')}",
    "apenstaartje": lambda lo, d: f"{lo} apenstaartje {d}",
    "fullwidth @": lambda lo, d: f"{lo}＠{d}",
    "comma for a dot": lambda lo, d: f"{lo}@{d.replace('.', ',')}",
    "split after @": lambda lo, d: f"{lo}@\n{d}",
    "split before @": lambda lo, d: f"{lo}\n@{d}",
    "split at a dot": lambda lo, d: f"{lo}@{d.replace('.', '.' + chr(10), 1)}",
    "soft hyphen in the local part": lambda lo, d: f"{lo[:3]}\u00ad{lo[3:]}@{d}",
    "no top-level domain": lambda lo, d: f"{lo}@{d.split('.')[0]}",
    "spaces around every dot": lambda lo, d: f"{lo.replace('.', ' . ')} @ {d.replace('.', ' . ')}",
    "(at) (dot) spaced": lambda lo, d: f"{lo} (at) {_said(d, '', ' (dot) ')}",
    " at  with the dot typed": lambda lo, d: f"{lo} at {d}",
    "punt and at said": lambda lo, d: f"{lo.replace('.', ' punt ')} at {_said(d, '', ' punt ')}",
    "E: glued": lambda lo, d: f"E:{lo}@{d}",
    "email: glued": lambda lo, d: f"email:{lo}@{d}",
    "plus in the local part": lambda lo, d: f"{lo}+ggz@{d}",
    "subdomain": lambda lo, d: f"{lo}@mail.{d}",
    "two addresses with a slash": lambda lo, d: f"{lo}@{d}/{lo[::-1]}@{d}",
    "hyphenated at a line end": lambda lo, d: f"{lo[: len(lo) // 2]}-\n{lo[len(lo) // 2 :]}@{d}",
}

EMAIL_FRAMES = (
    "Mailt liever: {c}",
    "Stuur het signaleringsplan naar {c} (zus)",
    "Vader mailt vanaf {c}, graag cc aan de huisarts.",
    "e-mail ervaringsdeskundige {c}",
    "Contact via {c}",
    "{c} is het adres van de bewindvoerder",
    "Mail: {c}",
    "Partner: {c}; bellen lukt niet",
    "naasten mailen naar {c} met vragen over de crisiskaart",
    "Werkgever wil verslag op {c}, cliënt vindt dat goed",
    "wijkteam mail {c} voor de overdracht",
)


# ---- BSN ----
def _bsn(rng: random.Random, lead_zero: bool = False) -> str:
    while True:
        first = "0" if lead_zero else str(rng.randint(1, 9))
        head = first + _digits(rng, 7)
        total = sum(w * int(d) for w, d in zip(range(9, 1, -1), head, strict=True))
        last = total % 11
        if last < 10 and total != 0:
            return head + str(last)


BsnWriter = Callable[[str], str]
BSNS: dict[str, BsnWriter] = {
    "BSN in one piece": lambda b: f"BSN {b}",
    "bsn: dots 3-3-3": lambda b: f"bsn: {b[:3]}.{b[3:6]}.{b[6:]}",
    "bsn spaces 3-3-3": lambda b: f"bsn {b[:3]} {b[3:6]} {b[6:]}",
    "bsn dashes 3-3-3": lambda b: f"bsn {b[:3]}-{b[3:6]}-{b[6:]}",
    "bsn 4-2-3 dots": lambda b: f"BSN {b[:4]}.{b[4:6]}.{b[6:]}",
    "bsn 4-2-3 spaces": lambda b: f"BSN {b[:4]} {b[4:6]} {b[6:]}",
    "bsn 2-2-2-3": lambda b: f"BSN {b[:2]}.{b[2:4]}.{b[4:6]}.{b[6:]}",
    "bsn 5-4": lambda b: f"BSN {b[:5]} {b[5:]}",
    "bsn no-break spaces": lambda b: f"BSN {b[:3]}{NBSP}{b[3:6]}{NBSP}{b[6:]}",
    "bsn nr": lambda b: f"bsn nr {b}",
    "bsn-nr.": lambda b: f"bsn-nr. {b}",
    "BSN-nummer:": lambda b: f"BSN-nummer: {b[:3]} {b[3:6]} {b[6:]}",
    "Bsn. glued": lambda b: f"Bsn.{b}",
    "BSN: glued": lambda b: f"BSN:{b}",
    "burgerservicenummer": lambda b: f"burgerservicenummer {b}",
    "burger service nummer": lambda b: f"burger service nummer {b[:3]}.{b[3:6]}.{b[6:]}",
    "sofinummer": lambda b: f"sofinummer {b}",
    "(BSN ...)": lambda b: f"(BSN {b})",
    "number then (BSN)": lambda b: f"{b} (BSN)",
    "no keyword, one piece": lambda b: f"{b}",
    "no keyword, grouped": lambda b: f"{b[:3]} {b[3:6]} {b[6:]}",
    "BSN O for zero": lambda b: f"BSN {b.replace('0', 'O')}",
    "bsn split over a line": lambda b: f"bsn {b[:3]} {b[3:6]}\n{b[6:]}",
    "bsn 3-2-2-2": lambda b: f"BSN {b[:3]} {b[3:5]} {b[5:7]} {b[7:]}",
    "bsn 4-2-3 dashes": lambda b: f"bsn {b[:4]}-{b[4:6]}-{b[6:]}",
    "BSN, words, then the number": lambda b: f"BSN van moeder is {b[:3]} {b[3:5]} {b[5:7]} {b[7:]}",
    "bsn eight digits": lambda b: f"bsn {b[1:]}",
    "BSN nr.: glued": lambda b: f"BSN nr.:{b}",
    "bsn l for one": lambda b: f"bsn {b.replace('1', 'l')}",
}

BSN_FRAMES = (
    "{c} doorgeven aan het UWV",
    "Aanmelding wijkteam, {c}, nog geen reactie",
    "Cliënt kent {c} niet uit het hoofd, moeder wel",
    "Verwijzing huisarts ontvangen ({c}), graag inplannen",
    "Schuldhulp vraagt {c} voor de aanvraag",
    "{c}",
)


# ---- numbers that are no contact detail: (shape, writer) ----
def _clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 23):02d}.{rng.choice(('00', '15', '30', '45'))}"


CLEAN: dict[str, Callable[[random.Random], str]] = {
    "doses": lambda r: (
        f"Quetiapine {r.choice((25, 50, 100, 200, 300))} mg a.n., lithium 0,{r.randint(4, 9)} mmol/l, "
        f"oxazepam {r.choice((10, 15))} mg zo nodig"
    ),
    "roster of times": lambda r: f"Medicatierondes 06.00 - 07.30 - {_clock(r)} - {_clock(r)} uur",
    "a shift": lambda r: f"Dienst van 06.00 tot {_clock(r)}, daarna overdracht aan de avond",
    "sleep times": lambda r: f"Slaapt van {_clock(r)} tot 06.{r.choice(('00', '30'))}, wakker om 04.00 en 05.15",
    "amounts in euro": lambda r: (
        f"Schuld van € {r.randint(1, 60)}.{r.randint(100, 999)},{r.randint(10, 99)} bij de gemeente, "
        f"aflossing € {r.randint(50, 300)},- per maand"
    ),
    "rent and allowance": lambda r: f"Huur {r.randint(600, 1400)} euro, toeslag {r.randint(100, 400)} euro per maand",
    "scores": lambda r: (
        f"PHQ-9 {r.randint(5, 27)}, GAD-7 {r.randint(3, 21)}, HoNOS {r.randint(6, 30)}; over 6 weken opnieuw"
    ),
    "lab values": lambda r: (
        f"Lab: natrium {r.randint(130, 145)}, kalium {r.randint(3, 5)},{r.randint(0, 9)}, "
        f"kreatinine {r.randint(50, 110)}, TSH {r.randint(1, 4)},{r.randint(0, 9)}"
    ),
    "blood pressure and weight": lambda r: (
        f"RR {r.randint(110, 160)}/{r.randint(60, 95)}, pols {r.randint(55, 95)}, "
        f"gewicht van {r.randint(80, 110)} naar {r.randint(70, 90)} kg"
    ),
    "years": lambda r: f"Eerder in zorg {r.randint(2005, 2012)}-{r.randint(2013, 2018)} en {r.randint(2019, 2022)}",
    "counts and durations": lambda r: (
        f"{r.randint(2, 9)} gesprekken in {r.randint(6, 16)} weken, wachtlijst {r.randint(8, 20)} weken"
    ),
    "a version and codes": lambda r: f"Signaleringsplan versie 2.{r.randint(0, 9)}, ICD-10 F3{r.randint(1, 3)}.1",
    "phone words with times and counts": lambda r: (
        f"Bel tussen 09.00 en {_clock(r)}, app {r.randint(2, 5)}x per dag, bereikbaar 24/7; "
        f"belt {r.randint(2, 9)} keer per week"
    ),
    "public helplines": lambda r: f"Bij crisis: bel 113 of 0800-0113, of {r.choice(('112', '0900-8844'))}",
    "percentages": lambda r: f"Opkomst {r.randint(60, 99)}%, {r.randint(2, 8)} van de 10 sessies",
}

# Other identifiers made of digits: they may go, but never as a phone number, address or BSN.
OTHER: dict[str, Callable[[random.Random], str]] = {
    "dates": lambda r: f"Intake {r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2025, evaluatie 06-06-2025",
    "postcode": lambda r: f"Woont sinds kort op {r.randint(1000, 9999)} {r.choice(('AB', 'KD', 'TR', 'HX'))}",
    "a date and a time": lambda r: (
        f"Overleg gepland 0{r.randint(1, 9)}-{r.randint(1, 12):02d}-2026 {_clock(r)} uur met de huisarts"
    ),
    "case number": lambda r: f"Dossiernummer {r.randint(1000000, 9999999)}, kenmerk ZK{r.randint(10000, 99999)}",
}


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def _phone(rng: random.Random, notation: str, writer: Writer) -> ProbeNote:
    number, secret = writer(rng)
    labelled = number[:1].isalpha()  # "tel. 9 561 2345": the notation has its own label
    glue = rng.choice(GLUES) if not labelled and "split" not in notation and "spoken" not in notation else "{c}"
    frame = rng.choice(PHONE_FRAMES)
    return ProbeNote("phone", notation, frame.format(c=glue.format(c=number)), (secret,))


def _partial(rng: random.Random, notation: str, writer: Writer) -> ProbeNote:
    number, secret = writer(rng)
    frame = rng.choice(("Moeder belt vanaf een {c}.", "Partner: {c}", "Zus heeft een nieuw nummer, {c}"))
    return ProbeNote("phone", notation, frame.format(c=number), (secret,))


def _email(rng: random.Random, notation: str, writer: EmailWriter) -> ProbeNote:
    local, domain, words = _address(rng)
    if notation in ("plain", "quoted", "trailing full stop") and rng.random() < 0.3:
        accented, last = rng.choice(_ACCENTED), rng.choice(_LAST)
        local, words = f"{accented}.{last}", (accented, last)
    frame = rng.choice(EMAIL_FRAMES)
    return ProbeNote("email", notation, frame.format(c=writer(local, domain)), words)


# Names that are also words, for a person or an organisation the note names beside its address.
_WORD_FIRST = ("Fleur", "Roos", "Merel", "Storm", "Jade", "Bo", "Sterre", "Hoop")
_WORD_LAST = ("Wit", "Groen", "Vos", "Haan", "Kok", "Zwart", "Visser", "Schaap", "Mol", "Bos")
_WORD_ORGS = ("Budget & Co", "Het Anker", "De Brug", "Kompas", "De Schakel", "Zorg & Zo", "Het Baken", "De Wending")


def _email_named(rng: random.Random) -> ProbeNote:
    """An address whose owner (or organisation) the note also names with ordinary words."""
    if rng.random() < 0.5:
        first, last = rng.choice(_WORD_FIRST), rng.choice(_WORD_LAST)
        local = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}")).lower()
        frame = rng.choice(("{n} mailt vanaf {a}", "Contact: {n}, {a}", "{a} ({n}), bellen lukt niet"))
        text = frame.format(n=f"{first} {last}", a=f"{local}@{rng.choice(_PROVIDERS)}")
        return ProbeNote("email", "the owner named in the note too", text, (first, last))
    org = rng.choice(_WORD_ORGS)
    domain = org.lower().replace("&", "en").replace(" ", "") + ".nl"
    frame = rng.choice(("bewindvoerder ({o}) mailt vanaf {a}", "Dagbesteding {o}: {a}", "{a} is het adres van {o}"))
    text = frame.format(o=org, a=f"{rng.choice(('info', 'j.bakker', 'planning'))}@{domain}")
    secrets = tuple(w for w in org.split() if len(w) >= 3 and w.lower() not in ("het", "zorg"))
    return ProbeNote("email", "the organisation named in the note too", text, secrets)


def _bsn_note(rng: random.Random, notation: str, writer: BsnWriter) -> ProbeNote:
    number = _bsn(rng, lead_zero="O for zero" in notation or "eight" in notation)
    frame = rng.choice(BSN_FRAMES)
    return ProbeNote("bsn", notation, frame.format(c=writer(number)), (number,))


def generate(per_notation: int = 12, seed: int = 22) -> list[ProbeNote]:
    """``per_notation`` made-up notes of every notation and every number shape, the same for the
    same seed (duplicates dropped)."""
    rng = random.Random(seed)
    notes: dict[str, ProbeNote] = {}
    for _ in range(per_notation):
        for name, writer in PHONES.items():
            n = _phone(rng, name, writer)
            notes.setdefault(n.text, n)
        for name, writer in PARTIAL.items():
            n = _partial(rng, name, writer)
            notes.setdefault(n.text, n)
        for name, ewriter in EMAILS.items():
            n = _email(rng, name, ewriter)
            notes.setdefault(n.text, n)
        for _ in range(4):
            n = _email_named(rng)
            notes.setdefault(n.text, n)
        for name, bwriter in BSNS.items():
            n = _bsn_note(rng, name, bwriter)
            notes.setdefault(n.text, n)
        for name, make in CLEAN.items():
            n = ProbeNote("clean", name, make(rng))
            notes.setdefault(n.text, n)
        for name, make in OTHER.items():
            n = ProbeNote("other", name, make(rng))
            notes.setdefault(n.text, n)
    return list(notes.values())


_CONTACT_TAG = re.compile(r"\[(?:TELEFOONNUMMER|EMAILADRES|BSN)-\d+\]")


def leaks(note: ProbeNote, out: str) -> list[str]:
    """What of ``note``'s contact detail is still in ``out``: four digits in a row of a number
    (read with "O" as a zero), or a word of an address."""
    left = dq._TAG.sub(" ", out)  # a replacement tag's number is no trace of the note
    found = []
    if note.kind in ("phone", "bsn"):
        digits = re.sub(r"\D", "", re.sub(r"(?<=[\dOo])[Oo]|[Oo](?=[\dOo])", "0", left))
        for secret in note.secrets:
            pieces = {secret[i : i + 4] for i in range(len(secret) - 3)} if len(secret) > 4 else {secret}
            found += sorted(p for p in pieces if p in digits)[:1]
    elif note.kind == "email":
        low = _fold(left)
        found += [w for w in note.secrets if len(w) >= 3 and _fold(w) in low]
        found += [w for w in note.secrets if len(w) < 3 and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", left)]
    return found


@dataclass
class Row(pt.Tally):
    good: int = 0  # fully pseudonymised; or untouched (clean); or no contact tag (other)
    template_total: int = 0
    template_kept: int = 0


def measure(notes: list[ProbeNote]) -> dict[tuple[str, str], Row]:
    from werkbord.privacy.protect import ProtectedPhrases

    template = dq.template_words()
    phrases = ProtectedPhrases(template)
    scrub = dq.werkbord_scrub(sorted(template))
    out: dict[tuple[str, str], Row] = {}
    for n in notes:
        row = out.setdefault((n.kind, n.notation), Row())
        text, tags = scrub(n.text, "")
        row.notes += 1
        if n.kind == "clean":
            ok = pt.untouched(n.text, text, tags)
        elif n.kind == "other":
            ok = _CONTACT_TAG.search(text) is None
        else:
            ok = not leaks(n, text)
        row.good += ok
        if not ok:
            row.misses.append(f"{n.text!r} -> {text!r}")
        for s, e in phrases.spans(n.text):
            row.template_total += 1
            kept = dq.present(n.text[s:e], text)
            row.template_kept += kept
            if not kept:
                row.misses.append(f"template word lost: {n.text[s:e]!r} in {n.text!r} -> {text!r}")
    return out


def totals(results: dict[tuple[str, str], Row]) -> dict[str, Row]:
    """Per kind (phone, email, bsn, clean, other) and "contact" (the first three together)."""
    out: dict[str, Row] = {}
    for (kind, _), row in results.items():
        for key in (kind, "contact") if kind in ("phone", "email", "bsn") else (kind,):
            out.setdefault(key, Row()).add(row)
    return out


_MEANING = {
    "phone": "fully pseudonymised",
    "email": "fully pseudonymised",
    "bsn": "fully pseudonymised",
    "contact": "fully pseudonymised",
    "clean": "untouched",
    "other": "no phone, e-mail or BSN tag",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-notation", type=int, default=12)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list every miss")
    args = ap.parse_args()
    results = measure(generate(args.per_notation, args.seed))
    print("| kind | notation | notes | share | template words kept |")
    print("| --- | --- | --- | --- | --- |")
    for (kind, notation), row in results.items():
        if row.good < row.notes or args.show:
            print(
                f"| {kind} | {notation} | {row.notes} | {pt.share(row.good, row.notes)} |"
                f" {pt.share(row.template_kept, row.template_total)} |"
            )
    print()
    for kind, row in totals(results).items():
        print(
            f"**{kind}**: {_MEANING[kind]} {pt.share(row.good, row.notes)}; template words kept "
            f"{pt.share(row.template_kept, row.template_total)}"
        )
    if args.show:
        for (kind, notation), row in results.items():
            for line in row.misses:
                print(f"  {kind} / {notation}: {line}")


if __name__ == "__main__":
    main()
