"""Do the review step's flags read context or remember names? A rename check on the development sets,
with the reviewer's burden (benchmarks/deid_swap.py measures removal per category and pool).

Every identifier of the chosen categories in a development set is renamed, word by word, with
another word of the same kind, and the note is scrubbed again:

  - ``--pool ordinary``: ordinary Dutch words. Organisations and places become capitalised
    words ("Vlonder", "Keerpunt", "Zandbank"), persons first names and surnames that are also
    words ("Roos Visser", "Storm de Haan"): the classes the held-out sets leak most;
  - ``--pool madeup``: made-up names no word list knows ("Veldora", "Karvenhof");
  - ``--pool lower``: the identifier as written, in lower case ("jan de vries", "utrecht",
    "j.k."): names written without capitals;
  - ``--pool lowerword``: ``ordinary``, then in lower case ("roos visser", "zandbank"): a name
    that is also a word, written as one.

Kind words ("Stichting", "Zorg", "college", "GGZ", "van", "de") and parts of a town ("Noord")
stay; the kind at the end of a compound stays too ("Vogelwijk" -> "Kiezelwijk",
"Lindelaan" -> "Schelplaan"); capitals of up to six letters and initials become other
capitals. Within a note one word is always renamed the same way. A rule that learnt a name
from a note loses it here; a rule that reads the words around a name keeps it.

Prints, per set, how many renamed identifiers are removed, and removed or flagged by the review
step, the suspects per 100 notes of the renamed set (the reviewer's burden) and how many of
them sit on no identifier; ``--show`` lists what is left. In-process, every note on its own,
as ``deid_quality.py`` does; never run on the held-out sets.

    python benchmarks/deid_rename.py [--pool ordinary|madeup|lower|lowerword]
                                   [--categories institution person location initials]
                                   [--sets corpus dev ...] [--show]
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
# Places named with a word: a town, a village or a part of town that reads as an ordinary word.
PLACES = """Zandbank Veen Brug Hoeve Schans Weide Kreek Sluis Akker Duin Bocht Haven Molen Kade Wal
Gors Heide Kamp Linde Put Rietland Spoor Terp Vlakte Wierde Zomp Beemd Geest Klei Polder Dam Rak""".split()
# First names that are also Dutch words, and surnames that are.
FIRST_WORDS = """Roos Merel Iris Fleur Linde Bloem Storm Vos Wolf Jade Noor Lente Sterre Hazel Koen Bas
Ben Job Mees Daan Kees Dirk Gijs Teun Bram Anker Zon Lieve Mus Loes Hanna Dewi Jet""".split()
SURNAME_WORDS = """Visser Bakker Smit Mol Kok Boer Koster Schipper Molenaar Wever Kuiper Dekker Post Bos
Groen Wit Kramer Brouwer Haan Vink Blom Hoek Kroon Berg Beek Dijk Lam Snel Sterk Klein Groot Schaap
Steen Stam Veld Haas Hart Zwart Mulder Timmer Winter Zomer Koning Bruin""".split()
MADE_UP = """Veldora Karvenhof Olmendaal Brisano Tellura Vanoro Quintara Zorvak Lumena Derkanto Falveer
Gostrum Hilvaro Jennerik Kolvanto Marvesse Norbato Pelucca Rosvalde Senthor Trevallo Ulmaris Wendaro
Yselmond Zandurik Bretoven Corvallo Dinsmaer Elvoren Fastrik""".split()
KEEP = frozenset(
    """stichting zorg wonen werk groep college school ggz bv b.v. roc mbo ribw mee umc mc vereniging club
    kerk moskee gemeente thuiszorg jeugdzorg opvang centrum huis praktijk kliniek ziekenhuis lyceum
    gymnasium universiteit hogeschool academie basisschool obs cbs bs vv sv fc nederland noord zuid oost
    west midden de het van der den en voor & 't des la le ter ten te op in aan bij el al""".split()
)
KIND_TAILS = ("zorg", "wonen", "school", "college", "kerk", "centrum", "huis", "bedrijf", "groep", "stichting")
KIND_TAILS += ("vereniging", "opvang", "werk", "kliniek", "praktijk")
# The kind at the end of a place's name stays: "Vogelwijk" -> "Kiezelwijk", "Lindelaan" -> "Schelplaan".
PLACE_TAILS = ("straat", "laan", "weg", "plein", "singel", "kade", "gracht", "dreef", "wijk", "buurt", "dorp")
CATEGORIES = ("institution", "person", "location", "initials")
POOLS = ("ordinary", "madeup", "lower", "lowerword")
DEVELOPMENT = tuple(s for s in dq.DEVELOPMENT)
_INITIAL_LETTERS = "BCDFGHKLMNPRSTVWZ"


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
        if low in KEEP or not word[:1].isupper():
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
        if category == "location" and (tail := next((t for t in PLACE_TAILS if low.endswith(t)), None)):
            if len(low) > len(tail) + 2:
                new = self.rng.choice(ORDINARY if self.pool != "madeup" else MADE_UP) + tail
        return new

    def _pool(self, low: str, category: str, *, first: bool) -> list[str]:
        if self.pool == "madeup":
            return MADE_UP
        if category == "person":
            return FIRST_WORDS if first or low in self.first_names else SURNAME_WORDS
        return PLACES if category == "location" else ORDINARY


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


def renamed_note(note, categories: Collection[str], renamer: Renamer) -> tuple[str, list[tuple[str, str]]]:
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


def measure(name: str, pool: str, categories: Collection[str], show: bool = False) -> Probe:
    from werkbord.privacy.lexicon import first_names

    names = first_names()
    notes, own = dq.load_set(dq.SETS[name])
    protected = sorted(set(dq.template_words()) | set(own))
    scrub, suspects = dq.werkbord_scrub(protected), dq.werkbord_suspects(protected)
    probe = Probe()
    for i, note in enumerate(notes):
        seed = int(hashlib.md5(f"{pool}{name}{i}".encode()).hexdigest()[:8], 16)  # the same every run
        text, renamed = renamed_note(note, categories, Renamer(pool, random.Random(seed), names))
        out, _ = scrub(text, note.field)
        found = suspects(out)
        spans = [(s.start, s.start + len(s.text)) for s in found]
        probe.notes += 1
        probe.suspects += len(found)
        left = [span for new, _ in renamed for span in dq._occurrences(new, out)]
        left += [span for x in note.identifiers for span in dq._occurrences(x.text, out)]
        probe.noise += sum(not any(a < s.start + len(s.text) and s.start < b for a, b in left) for s in found)
        for new, category in renamed:
            removed = not dq.survives(new, out)
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
    ap.add_argument("--pool", choices=POOLS, default="ordinary")
    ap.add_argument("--categories", nargs="+", choices=CATEGORIES, default=["institution"])
    ap.add_argument("--sets", nargs="+", default=[s for s in DEVELOPMENT if dq.SETS.get(s, Path()).is_file()])
    ap.add_argument("--show", action="store_true", help="list what is left")
    args = ap.parse_args(argv)
    held_out = [s for s in args.sets if s.startswith("frozen") or s in dq.HELD_OUT]
    if held_out:
        sys.exit(f"deid_rename.py is for development sets only, not {', '.join(held_out)}")
    results = {name: measure(name, args.pool, args.categories, args.show) for name in args.sets}
    out(report(results, args.categories, args.pool))
    for p in results.values():
        for line in p.shown:
            out(line)


if __name__ == "__main__":
    main()
