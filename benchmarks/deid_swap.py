"""Do the rules and the review step read context or remember names? A rename probe on the development sets.

Every identifier of one category (``--category``), or of several at once (``--categories``), in a
development set is renamed with another word of the same shape, and the note is scrubbed again
(seeded by set, note and pool: the same every run). A rule that learnt a name from a note loses it
here; a rule that reads the words around a name keeps it.

Prints, per set and per category, how many renamed identifiers are removed, and removed or flagged
by the review step, with the suspects per 100 notes of the renamed set (the reviewer's burden) and
how many of them sit on no identifier; ``--show`` lists what is left. In-process, every note on its
own, as ``deid_quality.py`` does; never run on the held-out sets.

One category, word by word: ``--category institution`` (the default):

  - ``--pool ordinary``: capitalised ordinary Dutch words ("Vlonder", "Keerpunt", "Molenwiek"):
    organisations named with a word, the class the held-out sets leak most;
  - ``--pool madeup``: made-up names no word list knows ("Veldora", "Karvenhof");
  - ``--pool lower``: the name as it is, in lower case ("apotheek de linde", "werkt bij jumbo");
  - ``--pool lowerwords``: renamed with ordinary words, in lower case ("bij de vlonder"), the way
    dictation and hurried notes write an organisation named with a word.

Kind words ("Stichting", "Zorg", "college", "GGZ", "van", "de") stay; capitals of up to six letters
become other capitals.

``--category person`` (or ``--kind person``) renames first names and surnames (a tussenvoegsel, an
initial and a title stay): ``--pool names`` with names deduce lists ("Fenna Postma"), ``madeup``
with names no list knows, ``words`` with names that are ordinary Dutch words ("Roos Hoek", "Bas
Vink"), ``lower`` writes the name as it is in lower case ("fenna de wit"), ``lowerwords`` both
("roos hoek"); ``wordnames``: every person's name of one word, as written, becomes a first name
that is also an ordinary Dutch word ("Merel", "Storm", "Kees", "Vos"): the rules that keep such a
word opening a note as the word it is must not lose the persons so named.
``--category location`` renames towns and villages (``--pool towns``: villages of every province
that deduce lists; ``words``: villages that are ordinary words, "Best", "Goor", "Putten"),
neighbourhoods and streets by the part before their kind ("Vogelbuurt" -> "Distelbuurt"),
``lower`` and ``lowerwords`` as for persons. ``--category initials --pool lower`` writes initials
in lower case and without dots ("J.K." -> "jk", "H.v.d.M." -> "h.v.d.m.").

Several categories at once: ``--categories institution person location initials``, one word
always renamed the same way within a note:

  - ``--pool ordinary``: ordinary Dutch words. Organisations and places become capitalised
    words ("Vlonder", "Keerpunt", "Zandbank"), persons first names and surnames that are also
    words ("Roos Visser", "Storm de Haan");
  - ``--pool madeup``: made-up names no word list knows;
  - ``--pool lower``: the identifier as written, in lower case ("jan de vries", "utrecht", "j.k.");
  - ``--pool lowerword`` (or ``lowerwords``): ``ordinary``, then in lower case ("roos visser",
    "zandbank"): a name that is also a word, written as one.

Kind words and parts of a town ("Noord") stay; the kind at the end of a compound stays too
("Vogelwijk" -> "Kiezelwijk", "Lindelaan" -> "Schelplaan"); capitals of up to six letters and
initials become other capitals.

    python benchmarks/deid_swap.py [--category institution|person|location|initials]
        [--pool ...] [--sets corpus dev ...] [--show]
    python benchmarks/deid_swap.py --kind person --pool wordnames [--sets ...] [--show]
    python benchmarks/deid_swap.py --categories institution person location initials
        [--pool ordinary|madeup|lower|lowerword] [--sets ...] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402

ORDINARY = """Vlonder Lantaarn Zandloper Windroos Kiezel Meander Klaproos Vlinder Zwaluw Kastanje Esdoorn
Heuvel Sleutel Pijler Boomgaard Korenbloem Morgenster Waterlelie Wegwijzer Uitkijk Zeef Schelp Sprong
Opstap Rugzak Zonnewende Lichtbaken Vuurtoren Tuinpad Weiland Molenwiek Klimop Eikel Keerpunt Overstap
Houvast Steiger Roeiboot Bijenkorf Knooppunt Duizendpoot Paardenbloem""".split()
MADE_UP = """Veldora Karvenhof Olmendaal Brisano Tellura Vanoro Quintara Zorvak Lumena Derkanto Falveer
Gostrum Hilvaro Jennerik Kolvanto Marvesse Norbato Pelucca Rosvalde Senthor Trevallo Ulmaris Wendaro
Yselmond Zandurik Bretoven Corvallo Dinsmaer Elvoren Fastrik""".split()
KEEP = frozenset(
    """stichting zorg wonen werk groep college school ggz bv b.v. roc mbo ribw mee umc mc vereniging club
    kerk moskee gemeente thuiszorg jeugdzorg opvang centrum huis praktijk kliniek ziekenhuis lyceum
    gymnasium universiteit hogeschool academie basisschool obs cbs bs vv sv fc nederland noord zuid oost
    west midden de het van der den en voor & 't des la le""".split()
)
KIND_TAILS = ("zorg", "wonen", "school", "college", "kerk", "centrum", "huis", "bedrijf", "groep", "stichting")
KIND_TAILS += ("vereniging", "opvang", "werk", "kliniek", "praktijk")
# Persons: first names and surnames deduce lists and no word list knows; names that are ordinary
# Dutch words (first names "Roos", "Bas"; surnames "Hoek", "Vink", "Rust"); made-up names.
FIRST_NAMES = """Yara Daan Fenna Joris Ilse Mehmet Fatima Sven Anouk Thijs Ruben Ayoub Priya Femke Esra Bilal
Sanne Nadia Tamara Jeroen Marloes Hamza Lieke""".split()
SURNAMES = """Jansen Verhoeven Kuijpers Yilmaz Mertens Claassen Hoekstra Postma Bosma Wijnands Tahiri Ramdin
Pietersen Nguyen""".split()
WORD_FIRST_NAMES = "Roos Merel Iris Lot Bas Storm Jade Wil Ben Mees Fleur Bloem Linde Sterre Lente Vos".split()
WORD_SURNAMES = """Rust Hoek Vink Bos Visser Bakker Kok Mol Valk Kroon Prins Koster Schipper Dekker Brouwer Haan
Vos Berg Boom Veen Wolf Beek Groen Zwart Post Kuiper Kramer Mulder Molenaar Ridder Keizer Boer Klein
Jong Graaf Schaap Hof Bruin Smid Zwaan Wever Snoek Baas Stam Dam Pauw Muis Wind""".split()
MADE_UP_FIRST = "Jorvik Tesmara Olven Quirine Brandus Selvie Marvijn Daluna Kestrel Ysolde".split()
MADE_UP_SURNAMES = "Vendelmaar Ostrava Kalverink Droomstra Pelikaansz Wervenga Tolsmaar Brinkhoven".split()
# Places: villages of every province that deduce lists and no word list knows; villages that are
# ordinary words; the first part of a neighbourhood or street ("Distel" + "buurt").
TOWNS = """Onstwedde Nieuwolda Usquert Warffum Wommels Garyp Oudega Tzummarum Makkum Vledder Ruinerwold
Wapse Lemele Ommen Nijverdal Lochem Ulft Linschoten Maarssen Odijk Wormer Uitgeest Andijk Ameide Strijen
Yerseke Sprundel Liempde Reusel Baexem Swalmen Mheer Tienray Grubbenvorst Emmeloord""".split()
WORD_TOWNS = """Best Buren Ens Goor Haren Putten Hoorn Beek Sluis Kampen Huizen Made Echt Doorn Loon Nes Veen
Bergen Dalen Horst Lisse Rijen Haaren Gieten Petten Kapelle Axel Boekel""".split()
HEADS = "Kastanje Linden Merel Zwaluw Reiger Vlier Eiken Berken Mispel Klaver Distel Wilgen Populier Hazelaar".split()
PLACE_TAILS = """straat laan weg plein wijk buurt dorp kwartier park singel gracht kade dijk hof veld eiland
polder haven hoven waard meer""".split()
PARTICLES = frozenset("van de der den het 't te ten ter op in aan bij el al ben bin von du da di le la".split())
COMPASS = frozenset("noord zuid oost west midden centrum noordwest noordoost zuidwest zuidoost".split())
# One category at a time (--category): the pools of each.
POOLS = {
    "institution": ("ordinary", "madeup", "lower", "lowerwords"),
    "person": ("names", "madeup", "words", "lower", "lowerwords", "wordnames"),
    "location": ("towns", "words", "lower", "lowerwords"),
    "initials": ("lower",),
}
# First names of deduce's list that OpenTaal also knows as ordinary words (``--pool wordnames``).
WORD_NAMES = """Roos Merel Storm Iris Jade Amber Fleur Linde Lente Mus Vos Beer Bas Kok Job Rosa Jasmijn
Lieve Winter Zomer Mark Mees Rob Dirk Hans Piet Klaas Leen Jan Kees Bram Kim Eva Jet Nel Madelief Lelie
Robijn Maan Berk Zwaan Noor""".split()
# Several categories at once (--categories): one pool for all, and a few more words that stay.
CATEGORIES = tuple(POOLS)
JOINT_POOLS = ("ordinary", "madeup", "lower", "lowerword")
JOINT_KEEP = KEEP | frozenset("ter ten te op in aan bij el al".split())
# Places named with a word: a town, a village or a part of town that reads as an ordinary word.
PLACES = """Zandbank Veen Brug Hoeve Schans Weide Kreek Sluis Akker Duin Bocht Haven Molen Kade Wal
Gors Heide Kamp Linde Put Rietland Spoor Terp Vlakte Wierde Zomp Beemd Geest Klei Polder Dam Rak""".split()
# First names that are also Dutch words, and surnames that are.
FIRST_WORDS = """Roos Merel Iris Fleur Linde Bloem Storm Vos Wolf Jade Noor Lente Sterre Hazel Koen Bas
Ben Job Mees Daan Kees Dirk Gijs Teun Bram Anker Zon Lieve Mus Loes Hanna Dewi Jet""".split()
SURNAME_WORDS = """Visser Bakker Smit Mol Kok Boer Koster Schipper Molenaar Wever Kuiper Dekker Post Bos
Groen Wit Kramer Brouwer Haan Vink Blom Hoek Kroon Berg Beek Dijk Lam Snel Sterk Klein Groot Schaap
Steen Stam Veld Haas Hart Zwart Mulder Timmer Winter Zomer Koning Bruin""".split()
# The kind at the end of a place's name stays: "Vogelwijk" -> "Kiezelwijk", "Lindelaan" -> "Schelplaan".
JOINT_PLACE_TAILS = ("straat", "laan", "weg", "plein", "singel", "kade", "gracht", "dreef", "wijk", "buurt", "dorp")
_INITIAL_LETTERS = "BCDFGHKLMNPRSTVWZ"
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+")


# --- one category, word by word (--category) ---------------------------------------------------


def swap_word(word: str, rng: random.Random, pool: list[str]) -> str:
    low = word.lower()
    if not word[:1].isupper() or low in KEEP:
        return word
    if word.isupper() and len(word) <= 6:
        return "".join(rng.choice(_INITIAL_LETTERS) for _ in word)
    if low.endswith(KIND_TAILS) and len(low) > 8:
        return word  # "Hoveniersbedrijf": a kind, not a name
    return rng.choice(pool)


def swap(identifier: str, rng: random.Random, pool: list[str]) -> str:
    return re.sub(r"[\w'’.]+", lambda m: swap_word(m.group(), rng, pool), identifier)


def _person_word(word: str, first: bool, rng: random.Random, pool: str) -> str:
    """One word of a person's name renamed: a first name (``first``) or a surname."""
    if pool == "madeup":
        return rng.choice(MADE_UP_FIRST if first else MADE_UP_SURNAMES)
    if pool in ("words", "lowerwords"):
        return rng.choice(WORD_FIRST_NAMES if first else WORD_SURNAMES)
    return rng.choice(FIRST_NAMES if first else SURNAMES)


def swap_person(identifier: str, rng: random.Random, pool: str) -> str:
    """ "Sanne de Wit" -> "Roos de Hoek" (``words``), "sanne de wit" (``lower``); tussenvoegsels,
    initials ("J.", "JK") and titles stay."""
    if pool == "lower":
        return identifier.lower()
    out, first = [], True
    for token in re.split(r"(\s+|-)", identifier):
        bare = token.strip(".,()'’")
        if not bare or not bare[0].isalpha() or bare.lower() in PARTICLES or "." in token or bare.isupper():
            out.append(token)  # a separator, a tussenvoegsel, an initial, a title ("mw.")
            continue
        new = _person_word(bare, first, rng, pool)
        first = False
        out.append(token.replace(bare, new.lower() if pool == "lowerwords" or bare.islower() else new))
    return "".join(out)


def swap_place(identifier: str, rng: random.Random, pool: str) -> str:
    """ "Kanaleneiland" -> "Distel" + "eiland", "Lelystad" -> "Goor" (``words``), "Rotterdam-Zuid" ->
    "Ommen-Zuid"; a house number, an article and a compass part stay."""
    if pool == "lower":
        return identifier.lower()
    lower = pool == "lowerwords"
    out = []
    for token in re.split(r"(\s+|-)", identifier):
        low = token.lower()
        if not token[:1].isalpha() or not (token[0].isupper() or token.islower()) or low in PARTICLES:
            out.append(token)
            continue
        if low in COMPASS:
            out.append(token.lower() if lower else token)
            continue
        tail = next((t for t in PLACE_TAILS if low.endswith(t) and len(low) > len(t) + 2), "")
        new = rng.choice(HEADS) + tail if tail else rng.choice(WORD_TOWNS if pool in ("words", "lowerwords") else TOWNS)
        out.append(new.lower() if lower or token.islower() else new)
    return "".join(out)


def swap_initials(identifier: str) -> str:
    """ "J.K." -> "jk", "H.v.d.M." -> "h.v.d.m.", "JK" -> "jk": lower case, and without dots where
    every letter has one."""
    low = identifier.lower()
    if re.fullmatch(r"(?:[a-z]\.\s?){2,3}", low):
        return re.sub(r"[.\s]", "", low)
    return low


def rename(identifier: str, category: str, rng: random.Random, pool: str) -> str:
    if category == "person" and pool == "wordnames":  # a name of one word, as written: "Anouk"
        return rng.choice(WORD_NAMES) if _ONE_NAME.fullmatch(identifier) else identifier
    if category == "person":
        return swap_person(identifier, rng, pool)
    if category == "location":
        return swap_place(identifier, rng, pool)
    if category == "initials":
        return swap_initials(identifier)
    if pool == "lower":
        return identifier.lower()
    new = swap(identifier, rng, MADE_UP if pool == "madeup" else ORDINARY)
    return new.lower() if pool == "lowerwords" else new


def renamed_note(text: str, identifiers: list[str], category: str, rng: random.Random, pool: str):
    """``text`` with each of ``identifiers`` renamed wherever it stands as a whole word, and the
    new forms (longest identifier first, so "Sanne de Wit" goes before "Sanne")."""
    renamed = []
    for old in sorted(dict.fromkeys(identifiers), key=lambda x: -len(x)):  # (a set's order varies by run)
        new = rename(old, category, rng, pool)
        if new != old and dq.present(old, text):
            text = re.sub(r"(?<!\w)" + re.escape(old) + r"(?!\w)", lambda _m, new=new: new, text)
            renamed.append(new)
    return text, renamed


# --- several categories at once (--categories) ------------------------------------------------


class Renamer:
    """Renames the words of identifiers in one note, the same word always the same way."""

    def __init__(self, pool: str, rng: random.Random, first_names: Collection[str] = ()) -> None:
        self.pool, self.rng, self.first_names = pool, rng, first_names
        self.done: dict[str, str] = {}

    def rename(self, identifier: str, category: str) -> str:
        if category == "initials":
            return self._initials(identifier)
        words = list(re.finditer(r"[^\W\d_][\w'’]*", identifier))
        out, at = [], 0
        for i, m in enumerate(words):
            out.append(identifier[at : m.start()])
            out.append(self._word(m.group(), category, first=i == 0 and len(words) > 1))
            at = m.end()
        out.append(identifier[at:])
        new = "".join(out)
        return new.lower() if self.pool in ("lower", "lowerword") else new

    def _initials(self, text: str) -> str:
        if self.pool in ("lower", "lowerword"):
            return text.lower()
        if text not in self.done:
            self.done[text] = re.sub(r"[A-ZÀ-Þ]", lambda _m: self.rng.choice(_INITIAL_LETTERS), text)
        return self.done[text]

    def _word(self, word: str, category: str, *, first: bool) -> str:
        low = word.lower()
        if low in JOINT_KEEP or not word[:1].isupper():
            return word
        if self.pool == "lower":
            return word
        if word in self.done:
            return self.done[word]
        new = self._new_word(word, low, category, first=first)
        self.done[word] = new
        return new

    def _new_word(self, word: str, low: str, category: str, *, first: bool) -> str:
        if word.isupper() and len(word) <= 6:
            return "".join(self.rng.choice(_INITIAL_LETTERS) for _ in word)
        if category == "institution" and low.endswith(KIND_TAILS) and len(low) > 8:
            return word  # "Hoveniersbedrijf": a kind, not a name
        pool = self._pool(low, category, first=first)
        new = self.rng.choice(pool)
        if category == "location" and (tail := next((t for t in JOINT_PLACE_TAILS if low.endswith(t)), None)):
            if len(low) > len(tail) + 2:
                new = self.rng.choice(ORDINARY if self.pool != "madeup" else MADE_UP) + tail
        return new

    def _pool(self, low: str, category: str, *, first: bool) -> list[str]:
        if self.pool == "madeup":
            return MADE_UP
        if category == "person":
            return FIRST_WORDS if first or low in self.first_names else SURNAME_WORDS
        return PLACES if category == "location" else ORDINARY


def renamed_note_joint(note, categories: Collection[str], renamer: Renamer) -> tuple[str, list[tuple[str, str]]]:
    """The note's text with its identifiers of ``categories`` renamed, and (new text, category)
    of each renamed identifier."""
    text, renamed = note.text, []
    for x in sorted(note.identifiers, key=lambda x: -len(x.text)):
        if x.category not in categories or not dq.present(x.text, text):
            continue
        new = renamer.rename(x.text, x.category)
        if new != x.text:
            text = re.sub(r"(?<!\w)" + re.escape(x.text) + r"(?!\w)", lambda _m, new=new: new, text)
            renamed.append((new, x.category))
    return text, renamed


# --- measuring ---------------------------------------------------------------------------------


@dataclass
class Probe:
    notes: int = 0
    suspects: int = 0
    noise: int = 0  # suspects on no identifier
    # category -> [renamed, removed, removed or flagged]
    per_category: dict[str, list[int]] = field(default_factory=dict)
    shown: list[str] = field(default_factory=list)

    def add(self, category: str, removed: bool, flagged: bool) -> None:
        acc = self.per_category.setdefault(category, [0, 0, 0])
        acc[0] += 1
        acc[1] += removed
        acc[2] += removed or flagged

    def merged(self, other: Probe) -> Probe:
        out = Probe(self.notes + other.notes, self.suspects + other.suspects, self.noise + other.noise)
        for f in (self, other):
            for cat, counts in f.per_category.items():
                acc = out.per_category.setdefault(cat, [0, 0, 0])
                for i, n in enumerate(counts):
                    acc[i] += n
        return out

    def totals(self) -> tuple[int, int, int]:
        return tuple(sum(c[i] for c in self.per_category.values()) for i in range(3))  # type: ignore[return-value]


@dataclass(frozen=True)
class Mode:
    """What to rename: one ``category`` word by word (``--category``), or all of ``categories``
    at once, one word the same way within a note (``joint``, ``--categories``)."""

    pool: str
    categories: tuple[str, ...]
    joint: bool

    def seed(self, name: str, i: int) -> int:
        """The same every run (the institution and word-name figures stay comparable with the
        first runs of the one-category probe, the joint figures with the joint probe's)."""
        category = self.categories[0]
        salt = "" if self.joint or category == "institution" or self.pool == "wordnames" else category
        return int(hashlib.md5(f"{salt}{self.pool}{name}{i}".encode()).hexdigest()[:8], 16)

    def renamed(self, note, rng: random.Random, first_names: Collection[str]) -> tuple[str, list[tuple[str, str]]]:
        if self.joint:
            return renamed_note_joint(note, self.categories, Renamer(self.pool, rng, first_names))
        category = self.categories[0]
        named = [x.text for x in note.identifiers if x.category == category]
        text, renamed = renamed_note(note.text, named, category, rng, self.pool)
        return text, [(new, category) for new in renamed]

    def removed(self, new: str, out: str) -> bool:
        # (the one-category probe counted a replacement tag's number as a trace; kept so its figures stay)
        return not dq.survives(new, out) if self.joint else not dq.present(new, out)


def measure(name: str, mode: Mode, show: bool = False) -> Probe:
    from werkbord.privacy.lexicon import first_names

    names = first_names() if mode.joint else frozenset()
    notes, own = dq.load_set(dq.SETS[name])
    protected = sorted(set(dq.template_words()) | set(own))
    scrub, suspects = dq.werkbord_scrub(protected), dq.werkbord_suspects(protected)
    probe = Probe()
    for i, note in enumerate(notes):
        text, renamed = mode.renamed(note, random.Random(mode.seed(name, i)), names)
        out, _ = scrub(text, note.field)
        found = suspects(out)
        spans = [(s.start, s.start + len(s.text)) for s in found]
        probe.notes += 1
        probe.suspects += len(found)
        left = [span for new, _ in renamed for span in dq._occurrences(new, out)]
        left += [span for x in note.identifiers for span in dq._occurrences(x.text, out)]
        probe.noise += sum(not any(a < s.start + len(s.text) and s.start < b for a, b in left) for s in found)
        for new, category in renamed:
            removed = mode.removed(new, out)
            flagged = not removed and dq.flagged(new, out, spans)
            probe.add(category, removed, flagged)
            if show and not removed:
                probe.shown.append(f"  {name} {'flagged' if flagged else 'left'} {new!r} ({category}): {out!r}")
    return probe


def _share(part: int, total: int) -> str:
    return f"{part / total:.1%}" if total else "—"


def report(results: dict[str, Probe], categories: Collection[str], pool: str) -> str:
    lines = [
        f"| set | renamed ({pool}: {', '.join(categories)}) | removed | removed or flagged "
        "| suspects per 100 notes (on no identifier) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, p in results.items():
        total, removed, kept = p.totals()
        per100 = f"{100 * p.suspects / p.notes:.1f} ({100 * p.noise / p.notes:.1f})" if p.notes else "—"
        lines.append(f"| {name} | {total} | {_share(removed, total)} | {_share(kept, total)} | {per100} |")
    total = Probe()
    for p in results.values():
        total = total.merged(p)
    n, removed, kept = total.totals()
    per100 = f"{100 * total.suspects / total.notes:.1f} ({100 * total.noise / total.notes:.1f})" if total.notes else "—"
    lines.append(f"| all sets | {n} | {_share(removed, n)} | {_share(kept, n)} | {per100} |")
    for cat in categories:
        n, removed, kept = total.per_category.get(cat, (0, 0, 0))
        lines.append(f"| all: {cat} | {n} | {_share(removed, n)} | {_share(kept, n)} | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None, out: Callable[[str], None] = print) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--category", "--kind", choices=CATEGORIES, default="institution", help="one category")
    ap.add_argument("--categories", nargs="+", choices=CATEGORIES, help="several at once, one pool for all")
    ap.add_argument(
        "--pool",
        help="--category institution: ordinary|madeup|lower|lowerwords; person: names|madeup|words|lower|"
        "lowerwords|wordnames; location: towns|words|lower|lowerwords; initials: lower; "
        "--categories: ordinary|madeup|lower|lowerword",
    )
    ap.add_argument("--sets", nargs="+", default=[s for s in dq.DEVELOPMENT if dq.SETS.get(s, Path()).is_file()])
    ap.add_argument("--show", action="store_true", help="list what is left")
    args = ap.parse_args(argv)
    if args.categories:
        pool = "lowerword" if args.pool == "lowerwords" else args.pool or JOINT_POOLS[0]
        fits, categories = JOINT_POOLS, tuple(dict.fromkeys(args.categories))
    else:
        pool = args.pool or POOLS[args.category][0]
        fits, categories = POOLS[args.category], (args.category,)
    if pool not in fits:
        option = "--categories" if args.categories else "--category"
        sys.exit(f"--pool {pool} does not fit {option} {' '.join(categories)}: {', '.join(fits)}")
    held_out = [s for s in args.sets if s.startswith("frozen") or s in dq.HELD_OUT]
    if held_out:
        sys.exit(f"deid_swap.py is for development sets only, not {', '.join(held_out)}")
    mode = Mode(pool, categories, joint=bool(args.categories))
    results = {name: measure(name, mode, args.show) for name in args.sets}
    out(report(results, categories, pool))
    for p in results.values():
        for line in p.shown:
            out(line)


if __name__ == "__main__":
    main()
