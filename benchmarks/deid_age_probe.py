"""Age probe: made-up notes with someone's age in the phrasings a Dutch clinician writes, and
made-up clean notes whose numbers are no age; how many ages are removed (or flagged) and how many
clean notes stay as written.

The held-out sets lose more ages than the development sets (issue #22), because the age rules fit
the phrasings they saw. So ages are measured here on phrasings, not on a test set: every note is
generated (seeded, so the same every run) from

  - an age in one phrasing (``FORMS``): digits, digits with a unit ("73 jaar", "73 jr", "73 j.",
    "73jr"), "73-jarige", "leeftijd: 73", number words ("drieënzeventig", "drieënzeventigjarige"),
    approximations ("begin/midden/eind zeventig", "achter in de zeventig", "ruim/bijna/krap/net/
    pas/al negentig", "ong. 30", "een veertiger", "zestigplusser", "de tachtig gepasseerd"), a year
    of birth ("geb. 1951", "jaargang '51", "van '51", "(1951)"), an event ("is 73 geworden",
    "wordt 18 in mei") and English ("73yo", "late sixties", "about 60");
  - a frame of the phrasing's grammar (``FRAMES``): after a person or role word, in brackets, as
    an apposition, in a list, at a line's start, as a predicate, before a noun;
  - clean counterparts (``CLEAN``) that must stay as written: durations, counts, doses, scores,
    times, amounts, thresholds of a group ("18+", "65-plussers"), eras ("de jaren zeventig"),
    numbered things ("kamer 12", "groep 8") and "30 jaar bij de gemeente".

Every number, word and person here is made up for this probe; no test set is read. Prints per
phrasing: notes, age removed, removed or flagged by the review step; per clean shape: untouched.
``--show`` lists every miss. In-process, every note on its own, as ``deid_quality.py`` does.

    python benchmarks/deid_age_probe.py [--per-form 12] [--seed 22] [--show]
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


@dataclass(frozen=True)
class ProbeNote:
    kind: str  # "age" (the secret must go) or "clean" (the note must stay as written)
    form: str  # the phrasing (an age) or the shape (a clean note)
    text: str
    secret: str = ""  # what of the age must not be left: the number, the number word, the year


_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]


def words(n: int) -> str:
    """A number from 10 to 99 in Dutch words ("drieënzeventig", "veertig", "zestien")."""
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if not unit:
        return _TENS[tens]
    return f"{_UNITS[unit]}{'ën' if _UNITS[unit].endswith('e') else 'en'}{_TENS[tens]}"


# Who an age belongs to: role, title and family words, upper and lower case, and made-up names.
PERSONS = [
    "Mw.",
    "Dhr.",
    "Pt.",
    "Cl.",
    "mw",
    "pt",
    "Vader",
    "Haar moeder",
    "Zijn partner",
    "Buurvrouw",
    "De oudste zoon",
    "Schoonmoeder",
    "Opa",
    "De cliënte",
    "Meneer",
    "Zijn ex",
    "Haar broer",
    "De mantelzorger",
    "Tante",
    "Henk",
    "Fatma",
    "Jorien",
]
_NAMES = ["Bram", "Esra", "Lieke", "Tomasz", "Naima", "Jurre"]
NOUNS = ["man", "vrouw", "vader", "buurman", "weduwe", "cliënt", "jongen", "dame"]
_MONTHS = ["januari", "maart", "mei", "juli", "oktober", "december"]
_APPROX = ["ruim", "bijna", "krap", "net", "pas", "al", "ongeveer", "ca.", "ong.", "rond de", "zo'n", "circa"]
_PARTS = ["begin", "midden", "eind"]

Writer = Callable[[random.Random], tuple[str, str]]  # -> (phrase, secret)


def _adult(rng: random.Random) -> int:
    return rng.randint(19, 94)


def _decade(rng: random.Random) -> int:
    return rng.randint(2, 9)


def _year(rng: random.Random) -> int:
    return rng.randint(1931, 2006)


def _plain(fmt: Callable[[int], str], secret: Callable[[int], str] = str) -> Writer:
    def write(rng: random.Random) -> tuple[str, str]:
        v = _adult(rng)
        return fmt(v), secret(v)

    return write


def _approx_digits(rng: random.Random) -> tuple[str, str]:
    v = _adult(rng)
    return f"{rng.choice(_APPROX)} {v}", str(v)


def _approx_words(rng: random.Random) -> tuple[str, str]:
    v = _adult(rng)
    return f"{rng.choice(_APPROX)} {words(v)}", words(v)


def _part_of_decade(rng: random.Random) -> tuple[str, str]:
    d = _TENS[_decade(rng)]
    return f"{rng.choice(_PARTS)} {d}", d


def _part_of_decade_digits(rng: random.Random) -> tuple[str, str]:
    d = _decade(rng) * 10
    return f"{rng.choice(_PARTS)} {d}", str(d)


def _in_the_decade(rng: random.Random) -> tuple[str, str]:
    d = _TENS[_decade(rng)]
    return f"{rng.choice(['achter in', 'voor in', 'halverwege', 'midden in', 'ergens in'])} de {d}", d


def _decade_er(rng: random.Random) -> tuple[str, str]:
    d = _TENS[_decade(rng)]
    return f"een {d}er", f"{d}er"


def _decade_plus(rng: random.Random) -> tuple[str, str]:
    d = _TENS[_decade(rng)]
    return f"een {d}plusser", f"{d}plusser"


def _digits_plus(rng: random.Random) -> tuple[str, str]:
    d = _decade(rng) * 10
    return f"een {d}-plusser", str(d)


def _passed(rng: random.Random) -> tuple[str, str]:
    d = _decade(rng)
    word = rng.choice([_TENS[d], str(d * 10)])
    return f"de {word} {rng.choice(['gepasseerd', 'voorbij'])}", word


def _birth(fmt: Callable[[int], str], secret: Callable[[int], str]) -> Writer:
    def write(rng: random.Random) -> tuple[str, str]:
        y = _year(rng)
        return fmt(y), secret(y)

    return write


def _becomes(rng: random.Random) -> tuple[str, str]:
    v = _adult(rng)
    phrase = rng.choice(
        [
            f"is {v} geworden",
            f"wordt {v} in {rng.choice(_MONTHS)}",
            f"werd vorige week {v}",
            f"is net {v} geworden",
            f"wordt volgende maand {v}",
        ]
    )
    return phrase, str(v)


def _becomes_words(rng: random.Random) -> tuple[str, str]:
    v = _adult(rng)
    return rng.choice([f"is {words(v)} geworden", f"wordt {words(v)} in {rng.choice(_MONTHS)}"]), words(v)


def _english_decade(rng: random.Random) -> tuple[str, str]:
    d = _TENS[_decade(rng)]
    english = {"twintig": "twenties", "dertig": "thirties", "veertig": "forties", "vijftig": "fifties"}
    english |= {"zestig": "sixties", "zeventig": "seventies", "tachtig": "eighties", "negentig": "nineties"}
    return f"{rng.choice(['early', 'mid', 'late'])} {english[d]}", english[d]


def _thick(rng: random.Random) -> tuple[str, str]:
    d = _TENS[_decade(rng)]
    return f"{rng.choice(['dik', 'goed', 'even', 'al ruim'])} {d}", d


def _in_decade_pred(rng: random.Random) -> tuple[str, str]:
    d = rng.choice([_TENS[_decade(rng)], str(_decade(rng) * 10)])
    return f"in de {d}", d


def _of_in_decade(rng: random.Random) -> tuple[str, str]:
    d = _TENS[_decade(rng)]
    return f"van in de {d}", d


def _towards(rng: random.Random) -> tuple[str, str]:
    d = _decade(rng) * 10
    return f"tegen de {d} aan", str(d)


def _reached(rng: random.Random) -> tuple[str, str]:
    d = _decade(rng) * 10
    return rng.choice([f"heeft de {d} gehaald", f"haalt de {d} niet meer"]), str(d)


def _decade_apostrophe(rng: random.Random) -> tuple[str, str]:
    d = _decade(rng) * 10
    return f"een {d}'er", str(d)


def _at_age(rng: random.Random) -> tuple[str, str]:
    v = rng.randint(12, 60)
    if rng.random() < 0.5:
        return f"op {v}-jarige leeftijd", str(v)
    return f"op {words(v)}jarige leeftijd", f"{words(v)}jarige"


def _sex_approx(rng: random.Random) -> tuple[str, str]:
    v = _adult(rng)
    return f"{rng.choice(['v', 'm', 'man', 'vrouw'])}, {rng.choice(['ong.', 'ca.', '±', 'rond'])} {v}", str(v)


def _decade_tail(rng: random.Random) -> tuple[str, str]:
    d = _TENS[_decade(rng)]
    return f"{d}-{rng.choice(['nog-wat', 'plus', 'nogwat', 'en-nog-wat'])}", d


_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def _english_tail(rng: random.Random) -> tuple[str, str]:
    d = _decade(rng)
    if rng.random() < 0.5:
        return f"{_EN_TENS[d]}-something", f"{_EN_TENS[d]}-something"
    return f"{rng.choice(['early', 'mid', 'late', 'in her', 'in his'])} {d * 10}s", f"{d * 10}s"


def _english_words(rng: random.Random) -> tuple[str, str]:
    v = rng.randint(13, 94)
    if v < 20:
        word = _EN_TEENS[v - 13]
    else:
        tens, unit = divmod(v, 10)
        word = _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")
    return word, word


def _sign(rng: random.Random) -> tuple[str, str]:
    v = _adult(rng)
    return rng.choice([f"~{v}", f"♂ {v}", f"♀ {v}", f"v ~{v}", f"m ±{v}"]), str(v)


# phrasing -> (writer, grammar): "np" stands where a noun phrase does ("73", "eind zeventig"),
# "adj" before a noun ("73-jarige"), "pred" after the person as a verb phrase ("is 73 geworden"),
# "label" as an item of a list ("leeftijd: 73").
FORMS: dict[str, tuple[Writer, str]] = {
    "digits": (_plain(str), "np"),
    "digits jaar": (_plain(lambda v: f"{v} jaar"), "np"),
    "digits jr": (_plain(lambda v: f"{v} jr"), "np"),
    "digits j.": (_plain(lambda v: f"{v} j."), "np"),
    "digits glued jr": (_plain(lambda v: f"{v}jr"), "np"),
    "jarige": (_plain(lambda v: f"{v}-jarige"), "adj"),
    "words": (_plain(words, words), "np"),
    "words jaar": (_plain(lambda v: f"{words(v)} jaar", words), "np"),
    "words jarige": (_plain(lambda v: f"{words(v)}jarige", lambda v: f"{words(v)}jarige"), "adj"),
    "leeftijd:": (_plain(lambda v: f"leeftijd: {v}"), "label"),
    "lft.": (_plain(lambda v: f"lft. {v}"), "label"),
    "approx digits": (_approx_digits, "np"),
    "approx words": (_approx_words, "np"),
    "begin/midden/eind words": (_part_of_decade, "np"),
    "begin/midden/eind digits": (_part_of_decade_digits, "np"),
    "achter in de / halverwege de": (_in_the_decade, "np"),
    "een veertiger": (_decade_er, "np"),
    "zestigplusser": (_decade_plus, "np"),
    "60-plusser": (_digits_plus, "np"),
    "de tachtig gepasseerd": (_passed, "passed"),
    "geb. 1951": (_birth(lambda y: f"geb. {y}", str), "label"),
    "geboren in 1951": (_birth(lambda y: f"geboren in {y}", str), "label"),
    "jaargang '51": (_birth(lambda y: f"jaargang '{y % 100:02d}", lambda y: f"{y % 100:02d}"), "label"),
    "van '51": (_birth(lambda y: f"van '{y % 100:02d}", lambda y: f"{y % 100:02d}"), "pred_is"),
    "(1951)": (_birth(str, str), "bracket"),
    "is 73 geworden / wordt 18": (_becomes, "pred"),
    "in words geworden": (_becomes_words, "pred"),
    "English 73yo": (_plain(lambda v: f"{v}yo"), "np"),
    "English late sixties": (_english_decade, "np"),
    "English about 60": (_plain(lambda v: f"about {v}"), "np"),
    # A second batch, written after the first was measured and its rules were written (so these
    # phrasings say how the rules carry over): measured before any rule for them.
    "digits jaar oud": (_plain(lambda v: f"{v} jaar oud"), "np"),
    "jarig (no e)": (_plain(lambda v: f"{v}-jarig"), "pred_is"),
    "lft: digits jr": (_plain(lambda v: f"lft: {v} jr"), "label"),
    "English age 73": (_plain(lambda v: f"age {v}"), "label"),
    "dik/goed/even words": (_thick, "np"),
    "in de zeventig": (_in_decade_pred, "pred_is"),
    "van in de tachtig": (_of_in_decade, "of"),
    "tegen de 80 aan": (_towards, "pred_is"),
    "de 70 gehaald": (_reached, "pred"),
    "jaar jong": (_plain(lambda v: f"{v} jaar jong"), "pred_is"),
    "een 50'er": (_decade_apostrophe, "np"),
    "°1951": (_birth(lambda y: f"°{y}", str), "label"),
    "bouwjaar '51": (_birth(lambda y: f"bouwjaar '{y % 100:02d}", lambda y: f"{y % 100:02d}"), "label"),
    "op 16-jarige leeftijd": (_at_age, "event"),
    "sex and approx in brackets": (_sex_approx, "bracket"),
    # A third batch, written after deid_dev16/deid_dev17 arrived (their first contact showed these
    # shapes; the phrasings and frames here are made up): measured before any rule for them.
    "dertig-nog-wat / -plus": (_decade_tail, "np"),
    "English thirty-something / 40s": (_english_tail, "np"),
    "English number words": (_english_words, "np"),
    "tilde / sex sign": (_sign, "np"),
    "name in brackets, then is": (_plain(str), "bracket_then_is"),
    "is 26, then brackets": (_plain(str), "is_then_bracket"),
}

# grammar -> frames; {P} a person, {A} the age, {N} a noun for a person.
FRAMES: dict[str, list[str]] = {
    "np": [
        "{P} ({A}) woont alleen sinds de scheiding.",
        "{P}, {A}, woont alleen sinds de scheiding.",
        "{P} is {A} en woont alleen.",
        "Gesprek met {P} ({A}) over de dagstructuur.",
        "Aanmelding: vrouw, {A}, gescheiden, twee kinderen.",
        "{P} - {A} - belt vaker met de huisarts.",
        "{P} {A}, somber, slaapt slecht.",
    ],
    "adj": [
        "De {A} {N} woont alleen.",
        "Gesprek met de {A} {N} over zijn slaap.",
        "{P} is een {A} met weinig netwerk.",
        "Een {A} {N} uit de wijk belt vaker met de huisarts.",
    ],
    "label": [
        "{P} ({A}) woont alleen sinds de scheiding.",
        "{P}, {A}, gescheiden, twee kinderen.",
        "Aanmelding: man, {A}, woont zelfstandig.",
        "{A}; woont alleen, weinig netwerk.",
    ],
    "pred": [
        "{P} {A} en belt minder vaak.",
        "{P} {A}; de familie komt langs.",
        "Sinds kort somber: {P_low} {A}.",
    ],
    "pred_is": ["{P} is {A} en woont alleen.", "Zijn vader is {A}, woont in een aanleunwoning."],
    "passed": ["{P} is {A} en woont alleen.", "{P} is al {A}, nog zelfstandig."],
    "bracket": ["{P} ({A}) woont alleen sinds de scheiding.", "Gesprek met {P} ({A}) over de dagstructuur."],
    "of": ["Gesprek met een {N} {A} over zijn slaap.", "{P} heeft een buurman {A} die helpt."],
    "bracket_then_is": ["Student ({N2}) is {A}.", "De nieuwe cliënt ({N2}) is {A} en woont alleen."],
    "is_then_bracket": ["{P} is {A} (verjaardag was vorige week).", "Ze zegt 30, maar ze is {A} (paspoort)."],
    "event": ["{P} is {A} naar Nederland gekomen.", "{P} begon {A} met drinken."],
}


def _clean(*templates: str) -> Callable[[random.Random], str]:
    def write(rng: random.Random) -> str:
        n = rng.randint(2, 95)
        return rng.choice(templates).format(
            n=n,
            w=words(max(n, 10)),
            d=_TENS[_decade(rng)],
            h=rng.randint(8, 21),
            m=rng.choice(["00", "15", "30", "45"]),
        )

    return write


# Clean notes with numbers that are no one's age: they must stay exactly as written.
CLEAN: dict[str, Callable[[random.Random], str]] = {
    "duration": _clean(
        "Al {n} jaar stabiel op lithium.",
        "Werkt {n} jaar bij de gemeente, nu ziek thuis.",
        "Woont {n} jaar in dezelfde flat.",
        "Is {n} jaar getrouwd, relatie onder druk.",
        "Na {n} jaar wachtlijst eindelijk gestart.",
        "De wachtlijst is ruim {n} weken.",
        "Al {w} jaar geen contact met de familie.",
    ),
    "count": _clean(
        "{n} deelnemers bij de herstelgroep.",
        "Ruim {n} cliënten op de wachtlijst.",
        "Bijna {n} procent komt terug na de zomer.",
        "Rond de {n} aanmeldingen per maand.",
        "Een {d}tal mensen bij de lotgenotenavond.",
        "Krap {n} minuten gesproken, toen haakte hij af.",
        "Ongeveer {n} euro leefgeld per week.",
        "Is {n} kilo afgevallen sinds de opname.",
        "Woont {n} km van de kliniek, geen auto.",
    ),
    "dose or score": _clean(
        "Quetiapine {n} mg a.n.",
        "MoCA {n}/30, geheugen matig.",
        "PHQ-9: {n}, vorige keer hoger.",
        "Score {n} op de HoNOS, stabiel.",
        "Oxazepam {n} mg zo nodig, max 2x per dag.",
    ),
    "time": _clean("Om {h}.{m} bellen met de huisarts.", "Groep van {h}.{m} tot 21.00 in het buurthuis."),
    "group threshold": _clean(
        "Alleen voor 18+, dus nog niet voor hem.",
        "Groep voor 65-plussers in het buurthuis.",
        "Jongeren tot 23 jaar kunnen aansluiten.",
        "Vanaf 18 jaar geen jeugdzorg meer.",
        "De {d}plussers van de wijk komen op dinsdag.",
        "Voor 50+ is er een aparte inloop.",
    ),
    "era": _clean(
        "Muziek uit de jaren {d} werkt rustgevend.",
        "In de jaren {d} ging het anders in de ggz.",
        "Sinds de jaren {d} woont de familie in de wijk.",
    ),
    # (second batch) numbers in the shape of the second batch's ages, counting something
    "near an age shape": _clean(
        "Het team haalt de 80 procent niet meer.",
        "Hij heeft de 10 km gehaald bij de loopgroep.",
        "De score is in de 20, iets lager dan vorige keer.",
        "Hij haalt de {n} sessies niet meer voor de zomer.",
        "Muziek van de 60'er jaren helpt bij het herinneren.",
        "Zij is in de 2e klas blijven zitten.",
    ),
    "numbered thing": _clean(
        "Kamer {n} is vrij vanaf maandag.",
        "Bus {n} rijdt niet meer in het weekend.",
        "Dochter zit in groep 8, wil naar de havo.",
        "Lijn {n} stopt voor de deur.",
    ),
}


def generate(per_form: int = 12, seed: int = 22) -> list[ProbeNote]:
    rng = random.Random(seed)
    notes: list[ProbeNote] = []
    for name, (writer, grammar) in FORMS.items():
        for _ in range(per_form):
            phrase, secret = writer(rng)
            person = rng.choice(PERSONS)
            text = rng.choice(FRAMES[grammar]).format(
                P=person, P_low=person[0].lower() + person[1:], A=phrase, N=rng.choice(NOUNS), N2=rng.choice(_NAMES)
            )
            notes.append(ProbeNote("age", name, text[0].upper() + text[1:], secret))
    for shape, write in CLEAN.items():
        for _ in range(per_form):
            notes.append(ProbeNote("clean", shape, write(rng)))
    return list(dict.fromkeys(notes))


@dataclass
class Row(pt.Tally):
    removed: int = 0  # age notes: the secret is gone; clean notes: untouched
    flagged: int = 0  # age notes: removed, or left with a suspect on it; clean notes: no age or date tag


def measure(notes: list[ProbeNote]) -> dict[tuple[str, str], Row]:
    run = pt.Pipeline.load()
    out: dict[tuple[str, str], Row] = {}
    for n in notes:
        row = out.setdefault((n.kind, n.form), Row())
        text, tags = run.scrub(n.text, "")
        row.notes += 1
        if n.kind == "clean":
            ok = pt.untouched(n.text, text, tags)
            row.removed += ok
            row.flagged += "[LEEFTIJD-" not in text and "[DATUM-" not in text
            if not ok:
                row.misses.append(f"{n.text!r} -> {text!r}")
            continue
        gone = not dq.survives(n.secret, text)
        row.removed += gone
        row.flagged += gone or dq.flagged(n.secret, text, pt.spans(run.suspects(text)))
        if not gone:
            row.misses.append(f"{n.text!r} -> {text!r}")
    return out


def totals(results: dict[tuple[str, str], Row]) -> dict[str, Row]:
    """Per kind ("age", "clean")."""
    return pt.totals(results, lambda key: key[0], Row)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-form", type=int, default=12)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list every miss")
    args = ap.parse_args()
    results = measure(generate(args.per_form, args.seed))
    print("| kind | phrasing or shape | notes | removed (clean: untouched) | removed or flagged (clean: no age tag) |")
    print("| --- | --- | --- | --- | --- |")
    for (kind, form), row in results.items():
        print(
            f"| {kind} | {form} | {row.notes} | {pt.share(row.removed, row.notes)} | "
            f"{pt.share(row.flagged, row.notes)} |"
        )
    print()
    t = totals(results)
    if "age" in t:
        print(
            f"**ages**: removed {pt.share(t['age'].removed, t['age'].notes)}, removed or flagged "
            f"{pt.share(t['age'].flagged, t['age'].notes)}"
        )
    if "clean" in t:
        print(
            f"**clean notes**: untouched {pt.share(t['clean'].removed, t['clean'].notes)}, no age or date tag "
            f"{pt.share(t['clean'].flagged, t['clean'].notes)}"
        )
    if args.show:
        for (kind, form), row in results.items():
            for line in row.misses:
                print(f"  {kind} / {form}: {line}")


if __name__ == "__main__":
    main()
