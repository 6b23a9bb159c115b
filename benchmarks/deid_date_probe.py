"""Date probe: made-up notes with dates in the shapes new voices write them, and clean look-alikes in
the same frames. How many dates are removed (or flagged), how many clean notes stay as written, and
how many planned dates under "Wanneer" stay.

The development and held-out sets met dates they had not seen at first contact: feasts of other
calendars with a year, carnival and fair names of a region, English feasts with a weekday, dates in
other languages and notations. Every note here is generated (seeded, so the same every run) from

  - feasts and events with a year (``FEASTS``): feasts of calendars the project's lists do not
    name, local fairs and festivals, written as one word or several, after a when-word ("sinds",
    "na", "tijdens de", "rond", "vlak voor"), with a year in four digits or with an apostrophe;
  - seasons and school holidays with a year (``SEASONS``);
  - calendar dates in other notations (``NOTATIONS``): dotted and ISO dates, Roman months, month
    abbreviations with a dot, English and other languages' month names, a month with "'24";
  - clean look-alikes (``CLEAN``) that must stay: a feast or season without a year ("na Kerst",
    "na de zomer"), a school year, a law or a version with a year-like number ("Wmo 2015"), scores,
    doses, times, percentages, school groups;
  - micro-action forms whose "Wanneer" holds a feast of another calendar, with or without a year
    (``PLANNED``): the planned date must stay as written.

Every pool and frame is split in two halves by its position: ``tune`` (even positions) and
``report`` (odd positions). Rules are written looking at the tuning half only; the reporting half
says whether they caught the class or the examples. No test set is read.

    python benchmarks/deid_date_probe.py [--per-shape 12] [--seed 22] [--show] [--show-report]
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402
import probe_tally as pt  # noqa: E402
from probe_tally import HALVES, half  # noqa: E402


@dataclass(frozen=True)
class ProbeNote:
    kind: str  # "date" (must go), "clean" (must stay untouched), "planned" (the date must stay)
    shape: str
    half: str
    text: str
    secret: str = ""  # the date as written (kind "date"), or the planned date (kind "planned")
    field: str = "casus"


# Feasts and events of calendars and regions the project's lists do not name (made-up notes; the
# names are public feasts, festivals and fairs).
FEAST_NAMES = [
    "Sankranti",
    "Vastelaovend",
    "Vardavar",
    "Losar",
    "Tsagaan Sar",
    "Inti Raymi",
    "Fasching",
    "Ommegang",
    "Teej",
    "Kurban Bayramı",
    "Bihu",
    "Gudi Padwa",
    "Shavuot",
    "Maslenitsa",
    "Hogmanay",
    "Mardi Gras",
    "Midsommar",
    "Braderie",
    "Día de los Muertos",
    "Fiestas Patrias",
    "Ganesh Chaturthi",
    "Kupala",
    "Karneval",
    "Seollal",
    "Obon",
    "Gurpurab",
    "Fête de la Musique",
    "Noche Buena",
    "Sinksenmarkt",
    "Durga Puja",
    "Hari Merdeka",
    "Grote Braderie",
]
# English feasts with a weekday ("Easter Sunday 2026").
WEEKDAY_FEASTS = ["Easter Sunday", "Palm Sunday", "Easter Monday", "Whit Monday", "Good Friday", "Ash Wednesday"]
FEAST_FRAMES = [
    "Sinds {d} somber, slaapt slecht.",
    "Na {d} niet meer naar de dagbesteding geweest.",
    "Tijdens de {d} opgenomen, tweede keer.",
    "Rond {d} begon het drinken weer.",
    "Vlak voor {d} ruzie met broer, sindsdien geen contact.",
    "Pt. noemt {d} als begin van de terugval.",
    "Vanaf {d} woont ze weer bij haar moeder.",
    "Moeder overleed kort na {d}, pt. was er niet bij.",
]
SEASON_WORDS = [
    "kerstvakantie",
    "meivakantie",
    "zomer van",
    "najaar",
    "herfstvakantie",
    "voorjaar",
    "zomervakantie",
    "winter van",
    "krokusvakantie",
    "eind van de zomer",
    "voorjaarsvakantie",
    "kermisweek",
]


def _year(rng: random.Random) -> str:
    y = rng.randint(2015, 2026)
    return f"'{y % 100:02d}" if rng.random() < 0.3 else str(y)


_MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTHS_ABBR = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
_MONTHS_EN = "January February March April May June July August September October November December".split()
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
_MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_ROMAN = "i ii iii iv v vi vii viii ix x xi xii".split()


def _ordinal(d: int) -> str:
    return "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _dmy(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2026)


# Each notation writes a date from (day, month, year); split into halves by position.
NOTATIONS = {
    "dotted two-digit year": lambda d, m, y: f"{d:02d}.{m:02d}.{y % 100:02d}",
    "roman month": lambda d, m, y: f"{d}-{_ROMAN[m - 1]}-{y}",
    "ISO": lambda d, m, y: f"{y}-{m:02d}-{d:02d}",
    "abbreviated month with dot": lambda d, m, y: f"{d} {_MONTHS_ABBR[m - 1]}",
    "English ordinal": lambda d, m, y: f"{d}{_ordinal(d)} of {_MONTHS_EN[m - 1]}",
    "month and '24": lambda d, m, y: f"{_MONTHS_NL[m - 1]} '{y % 100:02d}",
    "week and year": lambda d, m, y: f"wk {d} {y}",
    "French month": lambda d, m, y: f"{d} {_MONTHS_FR[m - 1]} {y}",
    "German month": lambda d, m, y: f"{d}. {_MONTHS_DE[m - 1]} {y}",
    "Spanish month": lambda d, m, y: f"{d} de {_MONTHS_ES[m - 1]} {y}",
    "English month first": lambda d, m, y: f"{_MONTHS_EN[m - 1]} {d}, {y}",
    "dashed abbreviated month": lambda d, m, y: f"{d}-{_MONTHS_ABBR[m - 1].rstrip('.')}-{y}",
}
NOTATION_FRAMES = [
    "Opgenomen op {d} na een crisis thuis.",
    "Laatste contact met vader {d}, daarna niets meer.",
    "Ontslag uit de kliniek {d}; nazorg via FACT.",
    "Pt. kwam {d} voor het eerst op de poli.",
    "Brief van de rechtbank gedateerd {d}.",
    "Sinds {d} geen medicatie meer genomen.",
]
# Clean look-alikes in the same frames: nothing in them dates a moment of someone's life.
CLEAN = {
    "feast without a year": ["na Kerst", "rond Sankranti", "tijdens de Ramadan", "na Vastelaovend", "rond Pasen"],
    "season without a year": ["na de zomer", "in het najaar", "na de kerstvakantie", "in de meivakantie"],
    "school year": ["schooljaar 2024-2025", "het schooljaar 2023/2024", "in 2025-2026"],
    "law or version with a year": ["de Wmo 2015", "de Jeugdwet 2015", "versie 2.4.1", "Windows 11"],
    "score": ["een 12/20 op de toets", "VAS 6/10", "PHQ-9 score 14", "sessie 3/8"],
    "dose or time": ["12.5 mg", "om 12.30", "2x daags 500 mg", "tussen 19.00 en 21.00"],
    "count": ["80% van de tijd", "groep 7", "4-6 weken", "2 jaar"],
}
CLEAN_FRAMES = [
    "Pt. voelt zich {d} rustiger.",
    "Afgesproken: {d} evalueren met het team.",
    "Terugval past bij {d}, zegt mentor.",
    "Groepsgesprek over {d}, goed verlopen.",
]
# Micro-action forms whose Wanneer holds a planned moment named by a feast (with or without a year).
PLANNED_FRAMES = ["na {f}", "voor {f}", "rond {f}", "vóór {f}", "na {f} {y}", "voor {f} {y}"]
FORM = (
    "Partij: familie\nMicro-actie: moeder uitleggen wat een terugval is\n"
    "Verwacht effect: moeder belt eerder\nWie: SPV\nWanneer: {w}"
)


def _feast_notes(rng: random.Random, which: str, n: int) -> list[ProbeNote]:
    out = []
    names, weekday, frames, seasons = (
        half(p, which) for p in (FEAST_NAMES, WEEKDAY_FEASTS, FEAST_FRAMES, SEASON_WORDS)
    )
    for _ in range(n):
        d = f"{rng.choice(names)} {'van ' if rng.random() < 0.2 else ''}{_year(rng)}"
        out.append(ProbeNote("date", "feast of another calendar with a year", which, rng.choice(frames).format(d=d), d))
        d = f"{rng.choice(weekday)} {rng.randint(2015, 2026)}"
        out.append(
            ProbeNote("date", "English feast with a weekday and a year", which, rng.choice(frames).format(d=d), d)
        )
        s = rng.choice(seasons)
        d = f"{s} {rng.randint(2015, 2026) if s.endswith(' van') else _year(rng)}"
        out.append(ProbeNote("date", "season or school holiday with a year", which, rng.choice(frames).format(d=d), d))
    return out


def _notation_notes(rng: random.Random, which: str, n: int) -> list[ProbeNote]:
    out = []
    frames = half(NOTATION_FRAMES, which)
    for shape in half(list(NOTATIONS), which):
        for _ in range(n):
            d = NOTATIONS[shape](*_dmy(rng))
            out.append(ProbeNote("date", shape, which, rng.choice(frames).format(d=d), d))
    return out


def _clean_notes(rng: random.Random, which: str, n: int) -> list[ProbeNote]:
    out = []
    frames = half(CLEAN_FRAMES, which)
    for shape, pool in CLEAN.items():
        mine = half(pool, which)
        for _ in range(n):
            out.append(ProbeNote("clean", shape, which, rng.choice(frames).format(d=rng.choice(mine))))
    return out


def _planned_notes(rng: random.Random, which: str, n: int) -> list[ProbeNote]:
    out = []
    names, frames = half(FEAST_NAMES, which), half(PLANNED_FRAMES, which)
    for _ in range(n):
        w = rng.choice(frames).format(f=rng.choice(names), y=rng.randint(2026, 2028))
        out.append(ProbeNote("planned", "feast under Wanneer", which, FORM.format(w=w), w, "actie"))
    return out


def generate(per_shape: int = 12, seed: int = 22) -> list[ProbeNote]:
    rng = random.Random(seed)
    notes: list[ProbeNote] = []
    for which in HALVES:
        for make in (_feast_notes, _notation_notes, _clean_notes, _planned_notes):
            notes += make(rng, which, per_shape)
    return list(dict.fromkeys(notes))


@dataclass
class Row(pt.Tally):
    removed: int = 0  # date gone (clean: untouched; planned: kept as written)
    flagged: int = 0  # date gone or flagged (clean and planned: as removed)
    dated: int = 0  # date gone and the note holds a date tag (not a name's or a place's)


def measure(notes: list[ProbeNote]) -> dict[tuple[str, str, str], Row]:
    run = pt.Pipeline.load()
    out: dict[tuple[str, str, str], Row] = {}
    for n in notes:
        row = out.setdefault((n.half, n.kind, n.shape), Row())
        text, tags = run.scrub(n.text, n.field)
        row.notes += 1
        if n.kind == "date":
            left = dq.survives(n.secret, text)
            row.removed += not left
            row.dated += not left and "[DATUM-" in text
            row.flagged += not left or dq.flagged(n.secret, text, pt.spans(run.suspects(text)))
            ok = not left
        else:
            ok = text == n.text if n.kind == "clean" else text.endswith("Wanneer: " + n.secret)
            row.removed += ok
            row.flagged += ok
            row.dated += ok
        if not ok:
            row.misses.append(f"{n.text!r} -> {text!r}")
    return out


def totals(results: dict[tuple[str, str, str], Row]) -> dict[tuple[str, str], Row]:
    """Per (half, kind)."""
    return pt.totals(results, lambda key: key[:2], Row)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-shape", type=int, default=12)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list the tuning half's misses")
    ap.add_argument("--show-report", action="store_true", help="list the reporting half's misses too")
    a = ap.parse_args()
    results = measure(generate(a.per_shape, a.seed))
    print(
        "| half | kind | shape | notes | removed (clean: untouched; planned: kept) | removed or flagged | as a date |"
    )
    print("|---|---|---|---|---|---|---|")
    for (which, kind, shape), row in sorted(results.items()):
        print(
            f"| {which} | {kind} | {shape} | {row.notes} | "
            f"{pt.share(row.removed, row.notes)} | {pt.share(row.flagged, row.notes)} | "
            f"{pt.share(row.dated, row.notes)} |"
        )
    print()
    print(
        "| kind | tune: removed | tune: removed or flagged | tune: as a date "
        "| report: removed | report: removed or flagged | report: as a date |"
    )
    print("|---|---|---|---|---|---|---|")
    tot = totals(results)
    for kind in ("date", "clean", "planned"):
        t, r = tot.get(("tune", kind), Row()), tot.get(("report", kind), Row())
        print(
            f"| {kind} | {pt.share(t.removed, t.notes)} | {pt.share(t.flagged, t.notes)} | "
            f"{pt.share(t.dated, t.notes)} | "
            f"{pt.share(r.removed, r.notes)} | {pt.share(r.flagged, r.notes)} | {pt.share(r.dated, r.notes)} |"
        )
    if a.show or a.show_report:
        for (which, _, _), row in sorted(results.items()):
            if which == "tune" or a.show_report:
                for m in row.misses:
                    print(f"  {which} miss: {m}")


if __name__ == "__main__":
    main()
