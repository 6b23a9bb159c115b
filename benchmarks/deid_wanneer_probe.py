"""Do planned dates and owners survive phrasings and layouts no test set has shown? A generator probe.

Made-up micro-action forms, built from two generators and written in every layout
``deid_form_layouts`` writes (canonical, bare, english, inline, slashes, combined, table, rows,
dictated):

- **Wanneer**: planned dates and periods as a Dutch team writes them, by phrasing class
  (holidays and seasons, weeks and quarters, relative periods, meetings, a weekday with a
  date, dates in every notation, written months); each also in step-3 text that says when
  ("Micro-actie: huisarts bellen voor de kerstvakantie"). Kept means: the phrase stands in
  the scrubbed form exactly as written.
- **Wie**: role words in every spelling and abbreviation, pronouns and groups, combinations of
  a name and a role ("Fenna + spv", "Karim/huisarts", "Jos (PB)"), team first names that are
  ordinary words ("Roos", "Storm", "Hope"), in lower case too. Each role word must stay; each
  name must be replaced when no team list is given, and must stay when the team list has it.

A step-1 case note is not probed here: a date there stays an identifier (``deid_quality``).
In-process, every form on its own; no test set is read.

    python benchmarks/deid_wanneer_probe.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_form_layouts as fl  # noqa: E402
import deid_quality as dq  # noqa: E402
import probe_tally as pt  # noqa: E402

# Planned dates and periods, by phrasing class (made up; no test set's words).
DEADLINES: dict[str, list[str]] = {
    "holiday": [
        "voor de kerstvakantie",
        "na Pasen 2025",
        "rond Koningsdag",
        "na de herfstvakantie",
        "voor de zomer",
        "na Hemelvaart",
        "voor de voorjaarsvakantie",
        "na Pinksteren 2026",
        "rond de jaarwisseling",
        "voor Sinterklaas",
        "na de zomervakantie",
        "in de meivakantie",
    ],
    "week, quarter, season": [
        "wk 12",
        "week 3",
        "in week 45",
        "1e week van maart",
        "Q2",
        "Q3 2026",
        "in het voorjaar",
        "najaar 2026",
        "deze week",
        "volgende week",
        "half juni",
        "eind Q1",
    ],
    "relative": [
        "binnen 14 dagen",
        "z.s.m.",
        "per direct",
        "over 2 weken",
        "eind van de maand",
        "2x per week tot mei",
        "binnen een maand",
        "asap",
        "vandaag nog",
        "elke maandag",
        "over 3 mnd",
        "na ontslag",
    ],
    "meeting": [
        "volgende MDO",
        "bij de eerstvolgende evaluatie",
        "na het netwerkberaad",
        "voor de volgende intake",
        "bij het eerstvolgende huisbezoek",
        "na de behandelplanbespreking",
    ],
    "weekday and date": [
        "uiterlijk vr 17/1",
        "di 4-3",
        "ma 10 feb om 14.00",
        "wo 12 maart",
        "donderdag 6 februari",
        "vrijdag 3/4 10u",
        "za 1-2",
        "ma. 3 nov.",
    ],
    "numeric date": [
        "3/4",
        "03-04-2025",
        "17.06",
        "vóór 1 april a.s.",
        "12-3-26",
        "1/2/2026",
        "15-01",
        "uiterlijk 30/6",
        "per 1-9",
        "2026-03-15",
    ],
    "written date": [
        "3 apr.",
        "april '25",
        "1 juni",
        "15 januari 2026",
        "eind mei",
        "begin sept",
        "mrt 2026",
        "medio oktober",
        "1 okt",
        "per 1 maart",
        "de 15e",
        "22 dec.",
    ],
    # added after the first contact (measured on main's rules and on this branch's)
    "month or feast alone": [
        "Augustus",
        "Juni",
        "Mei 2026",
        "April",
        "Sint-Maarten",
        "Hemelvaartsdag",
        "2e Pinksterdag",
        "na het Suikerfeest",
        "na de Ramadan",
        "rond Keti Koti",
        "voor Prinsjesdag",
        "Carnaval",
    ],
    "ranges and times": [
        "1-6 t/m 15-6",
        "3 & 10 maart",
        "elke dinsdag 10:00",
        "do 14:00 uur",
        "14u",
        "half 3",
        "wk 12-14",
        "wk12",
        "jan-feb",
        "maart/april",
        "schooljaar 26/27",
        "1 jun '26",
        "vóór 01-06",
        "2026",
        "dec",
        "9-11 uur",
    ],
}

# Role words, pronouns and groups under "Wie" (every one must stay as written).
ROLES: dict[str, list[str]] = {
    "role": [
        "spv",
        "SPV'er",
        "pb'er",
        "regiebehandelaar",
        "ervaringsdeskundige",
        "casemanager",
        "de huisarts zelf",
        "POH-ggz",
        "verpleegkundig specialist",
        "wijkagent",
        "bewindvoerder",
        "GZ-psycholoog",
        "trajectbegeleider",
        "sociaal psychiatrisch verpleegkundige",
        "EVV",
        "mentor",
        "de psychiater",
        "woonbegeleider",
        "jobcoach",
        "behandelaar",
    ],
    "pronoun or group": [
        "ik",
        "wij",
        "team",
        "iedereen",
        "cliënt zelf",
        "het hele team",
        "FACT-team",
        "wij samen",
        "moeder en ik",
        "allebei",
    ],
    # added after the first contact (measured on main's rules and on this branch's)
    "abbreviation without apostrophe": ["pber", "spver", "evver", "Ipser", "vpker", "pmter"],
}
# Added in #22's eighth round, before any rule for them: phrasings and roles no class above writes,
# each list split by position in a tuning half (even) and a reporting half (odd).
EIGHTH_DEADLINES: dict[str, list[str]] = {
    "English": [
        "by end of February",
        "next week",
        "before Easter",
        "mid-March",
        "end of Q2",
        "within 2 weeks",
        "Friday 6 Feb",
        "after the summer break",
        "by the next MDT",
        "early April",
    ],
    "school, work and events": [
        "na de toetsweek",
        "voor de kerstreces",
        "tijdens de zomerstop",
        "na de bouwvakvakantie",
        "bij de start van het schooljaar",
        "voor de zitting",
        "bij de volgende prik",
        "na het eindgesprek",
        "voor het volgende depot",
        "zodra er plek is",
    ],
    "parts of months and weeks": [
        "1e helft maart",
        "2e week april",
        "de eerste week van mei",
        "eind wk 10",
        "begin Q3",
        "okt/nov",
        "week 3-4",
        "de derde dinsdag van maart",
        "13 en 27 jan",
        "a.s. dinsdag",
    ],
}
EIGHTH_ROLES: dict[str, list[str]] = {
    "roles of the social domain and training": [
        "peer",
        "maatschappelijk werker",
        "jongerenwerker",
        "schuldhulpverlener",
        "klantmanager",
        "leerplichtambtenaar",
        "AIOS",
        "stagiaire",
        "dienstdoende arts",
        "IPS-coach",
        "buurtsportcoach",
        "jeugdconsulent",
    ],
}
for _name, _phrases in EIGHTH_DEADLINES.items():
    DEADLINES[f"{_name} (8th, tune)"] = _phrases[0::2]
    DEADLINES[f"{_name} (8th, report)"] = _phrases[1::2]
for _name, _words in EIGHTH_ROLES.items():
    ROLES[f"{_name} (8th, tune)"] = _words[0::2]
    ROLES[f"{_name} (8th, report)"] = _words[1::2]

# Added in #22's ninth round, before any rule for them: phrasings no class above writes (short
# forms of weeks and days, and feasts and events no list holds, after a word that plans), split
# by position in a tuning half (even) and a reporting half (odd).
NINTH_DEADLINES: dict[str, list[str]] = {
    "abbreviated weeks and quarters": [
        "binnen 2 wkn",
        "over 3 wk",
        "uiterlijk wk 15",
        "eind Q2",
        "begin wk 9",
        "Q4",
        "over 6 wkn",
        "binnen 10 werkdagen",
        "na de zomer",
        "voor Pasen",
    ],
    "day names": [
        "vr",
        "volgende di",
        "za 14/3",
        "dinsdagmiddag",
        "wo ochtend",
        "vrijdag 14 maart",
        "do 20-3",
        "maandag a.s.",
        "elke vr",
        "di 9u",
    ],
    "events no list holds": [
        "na Pinkpop",
        "voor de Braderie",
        "rond de Kermis",
        "na Zomerfeesten 2026",
        "voor de Dorpsfeesten",
        "na Lowlands",
        "voor het Oogstfeest",
        "na de Intocht",
        "tijdens Zomercarnaval",
        "voor Bloemencorso",
    ],
}
for _name, _phrases in NINTH_DEADLINES.items():
    DEADLINES[f"{_name} (9th, tune)"] = _phrases[0::2]
    DEADLINES[f"{_name} (9th, report)"] = _phrases[1::2]

# Team first names: ordinary words, and names that are no word (each is replaced without a list).
WORD_NAMES = ["Roos", "Storm", "Hope", "Merel", "Ben", "Wil", "Lot", "Bloem", "Zon", "Hans"]
PLAIN_NAMES = ["Fenna", "Karim", "Jos", "Noor", "Sanne", "Priya", "Thijs", "Ilse", "Yusuf", "Anouk"]
# Names no list of first names holds (added after the first contact).
UNLISTED_NAMES = ["Radu", "Kasia", "Bayu", "Oksana", "Dragan", "Ngozi"]
# A name with a role: "{n}" the name, "{r}" a role word.
COMBINATIONS = ["{n} + {r}", "{n}/{r}", "{n} ({r})", "{r} & {n}", "{n} en {r}", "{r}, {n}", "{n}, {r}"]
COMBO_ROLES = ["spv", "huisarts", "PB", "casemanager", "pb'er", "SPV'er", "regiebehandelaar"]
# Step-3 actions a deadline follows ("... {d}"), and parties: no identifier in either.
ACTIONS = ["Huisarts bellen", "Signaleringsplan doornemen", "Afspraak maken met buurvrouw", "Crisiskaart bijwerken"]
PARTIES = ["huisarts", "buurvrouw", "wijkteam", "FACT"]

Case = tuple[str, dict[str, str], list[str], list[str], list[str]]  # class, fields, keep, names, team


# Labels for "Wie" and "Wanneer" no layout above uses (the rest of the form canonical).
LABELS: dict[str, tuple[str, str]] = {
    "upper case": ("WIE: ", "WANNEER: "),
    "bold": ("**Wie:** ", "**Wanneer:** "),
    "bullets": ("- Wie: ", "- Wanneer: "),
    "deadline": ("Wie: ", "Deadline: "),
    "streefdatum": ("Verantwoordelijke: ", "Streefdatum: "),
    "datum": ("Door wie: ", "Datum: "),
    "termijn": ("Eigenaar: ", "Termijn: "),
    "planning": ("Actiehouder: ", "Planning: "),
    "per wanneer": ("Wie pakt het op: ", "Per wanneer: "),
    "tab": ("Wie\t", "Wanneer\t"),
    "equals": ("Wie = ", "Wanneer = "),
    "dash": ("Wie - ", "Wanneer - "),
    "numbered": ("4. Wie: ", "5. Wanneer: "),
}


def _labelled(owner: str, deadline: str) -> Callable[[dict[str, str]], str]:
    def write(v: dict[str, str]) -> str:
        return f"Partij: {v['party']}\nMicro-actie: {v['action']}\n{owner}{v['owner']}\n{deadline}{v['deadline']}"

    return write


WRITERS: dict[str, Callable[[dict[str, str]], str]] = {
    **fl.LAYOUTS,
    **{f"label: {k}": _labelled(*labels) for k, labels in LABELS.items()},
    # no labels at all: one sentence a team writes on a sticky
    "sentence": lambda v: f"{v['owner']} - {v['action']} - {v['deadline']}",
}
for _i, (_name, _write) in enumerate(fl.NINTH_LAYOUTS):
    WRITERS[f"{_name} (9th, {'tune' if _i % 2 == 0 else 'report'})"] = _write


def deadline_cases() -> Iterator[Case]:
    """Each planned date under "Wanneer" (and the same words in the action, where a when-word opens them)."""
    for i, (cls, phrases) in enumerate(DEADLINES.items()):
        for j, d in enumerate(phrases):
            values = {
                "party": PARTIES[j % len(PARTIES)],
                "action": ACTIONS[(i + j) % len(ACTIONS)],
                "owner": ROLES["role"][j % len(ROLES["role"])],
                "deadline": d,
            }
            yield f"Wanneer: {cls}", values, [d], [], []
            action = {**values, "action": f"{values['action']} {d}", "deadline": "z.s.m."}
            yield f"step 3: {cls}", action, [d], [], []


def owner_cases() -> Iterator[Case]:
    """Each role alone, each name alone (capitalised and lower case), each name with a role."""
    base = {"party": "huisarts", "action": "Signaleringsplan doornemen", "deadline": "volgende week"}
    for cls, words in ROLES.items():
        for r in words:
            yield f"Wie: {cls}", {**base, "owner": r}, [r], [], []
    for cls, names in (("word name", WORD_NAMES), ("name", PLAIN_NAMES), ("unlisted name", UNLISTED_NAMES)):
        for k, n in enumerate(names):
            for written in (n, n.lower()):
                case = "" if written == n else ", lower case"
                yield f"Wie: {cls}{case}", {**base, "owner": written}, [], [written], []
                yield f"Wie: {cls}{case}, on the team list", {**base, "owner": written}, [written], [], [n]
                combo = COMBINATIONS[k % len(COMBINATIONS)]
                role = COMBO_ROLES[k % len(COMBO_ROLES)]
                owner = combo.format(n=written, r=role)
                yield f"Wie: {cls}{case} with a role", {**base, "owner": owner}, [role], [written], []


def cases() -> Iterator[Case]:
    yield from deadline_cases()
    yield from owner_cases()


def _scrubbers():
    from werkbord.privacy import Scrubber
    from werkbord.privacy.teamlist import TeamList

    protected = dq.template_words()
    quiet = {"progress": lambda m: None}
    cache: dict[tuple[str, ...], Scrubber] = {}

    def scrubber(team: list[str]) -> Scrubber:
        k = tuple(team)
        if k not in cache:
            first = next(iter(cache.values()), None)
            cache[k] = Scrubber(protected, team=TeamList(keep=team) if team else None, **quiet)
            if first is not None:
                cache[k]._engine = first._get_engine()  # one engine, another team list
        return cache[k]

    return scrubber


@dataclass
class Row(pt.Tally):
    kept: int = 0  # words to keep (dates, roles, parties) standing as often as written
    to_keep: int = 0
    replaced: int = 0  # names under Wie no longer in the scrubbed form
    to_replace: int = 0

    def columns(self) -> str:
        return (
            f"{pt.column_share(self.kept, self.to_keep):>18s}  {pt.column_share(self.replaced, self.to_replace):>18s}"
        )


def measure(show: bool = False, only: str = "") -> dict[tuple[str, str], Row]:
    """Per (class, layout): words kept and names replaced; ``only``: the layouts and classes
    whose name holds it (say "9th")."""
    scrubber = _scrubbers()
    per: dict[tuple[str, str], Row] = defaultdict(Row)
    for cls, values, keep, names, team in cases():
        s = scrubber(team)
        for layout, write in WRITERS.items():
            if only and only not in layout and only not in cls:
                continue
            text = write(values)
            out = s.scrub(text, dq.form_layout(text, "actie")).text
            kept = [w for w in keep if _count(w, out) >= _count(w, text)]
            replaced = [w for w in names if not dq.present(w, out)]
            acc = per[cls, layout]
            acc.kept += len(kept)
            acc.to_keep += len(keep)
            acc.replaced += len(replaced)
            acc.to_replace += len(names)
            if show and (len(kept) < len(keep) or len(replaced) < len(names)):
                print(f"  {cls} / {layout}:\n    {text!r}\n -> {out!r}")
    return dict(per)


def _count(word: str, text: str) -> int:
    """How often ``word`` stands on its own in ``text`` ("ik" in "ik", not in "kijk")."""
    return len(dq._occurrences(word, text))


def totals(per: dict[tuple[str, str], Row], by: int) -> dict[str, Row]:
    """Summed per class (``by`` 0) or per layout (``by`` 1)."""
    return pt.totals(per, lambda key: key[by], Row)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print each form that lost a word or left a name")
    ap.add_argument("--only", default="", help="only the layouts and classes whose name holds this (say 9th)")
    args = ap.parse_args()
    per = measure(args.show, args.only)
    for title, by in (("class", 0), ("layout", 1)):
        print(f"\n{title:38s}  {'kept as written':>18s}  {'names replaced':>18s}")
        for k, row in sorted(totals(per, by).items()):
            print(f"{k:38s}  {row.columns()}")
    print(f"\n{'all':38s}  {pt.total(per.values(), Row).columns()}")


if __name__ == "__main__":
    main()
