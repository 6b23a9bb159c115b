"""Do the organisation rules read context or remember names? A name-swap check on the development sets.

Every identifier of category ``institution`` in a development set is renamed, word by word, with
another word of the same shape, and the note is scrubbed again:

  - ``--pool ordinary``: capitalised ordinary Dutch words ("Vlonder", "Keerpunt", "Molenwiek"):
    organisations named with a word, the class the held-out sets leak most;
  - ``--pool madeup``: made-up names no word list knows ("Veldora", "Karvenhof");
  - ``--pool wordnames`` (with ``--kind person``): every person's name of one word becomes a
    first name that is also an ordinary Dutch word ("Merel", "Storm", "Kees", "Vos"): the rules
    that keep such a word opening a note as the word it is must not lose the persons so named.

Kind words ("Stichting", "Zorg", "college", "GGZ", "van", "de") stay; capitals of up to six letters
become other capitals. A rule that learnt a name from a note loses it here; a rule that reads the
words around a name keeps it. Prints, per set, how many renamed identifiers are removed, left and
flagged by the review step, or left unflagged (``--show`` lists the last two). In-process, every
note on its own, as ``deid_quality.py`` does; never run on the held-out sets.

    python benchmarks/deid_swap.py [--pool ordinary|madeup] [--sets corpus dev ...] [--show]
    python benchmarks/deid_swap.py --kind person --pool wordnames [--sets ...] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
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
# First names of deduce's list that OpenTaal also knows as ordinary words.
WORD_NAMES = """Roos Merel Storm Iris Jade Amber Fleur Linde Lente Mus Vos Beer Bas Kok Job Rosa Jasmijn
Lieve Winter Zomer Mark Mees Rob Dirk Hans Piet Klaas Leen Jan Kees Bram Kim Eva Jet Nel Madelief Lelie
Robijn Maan Berk Zwaan Noor""".split()
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+")
KEEP = frozenset(
    """stichting zorg wonen werk groep college school ggz bv b.v. roc mbo ribw mee umc mc vereniging club
    kerk moskee gemeente thuiszorg jeugdzorg opvang centrum huis praktijk kliniek ziekenhuis lyceum
    gymnasium universiteit hogeschool academie basisschool obs cbs bs vv sv fc nederland noord zuid oost
    west midden de het van der den en voor & 't des la le""".split()
)
KIND_TAILS = ("zorg", "wonen", "school", "college", "kerk", "centrum", "huis", "bedrijf", "groep", "stichting")
KIND_TAILS += ("vereniging", "opvang", "werk", "kliniek", "praktijk")
DEVELOPMENT = ("corpus", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")


def swap_word(word: str, rng: random.Random, pool: list[str]) -> str:
    low = word.lower()
    if not word[:1].isupper() or low in KEEP:
        return word
    if word.isupper() and len(word) <= 6:
        return "".join(rng.choice("BCDFGHKLMNPRSTVWZ") for _ in word)
    if low.endswith(KIND_TAILS) and len(low) > 8:
        return word  # "Hoveniersbedrijf": a kind, not a name
    return rng.choice(pool)


def swap(identifier: str, rng: random.Random, pool: list[str]) -> str:
    return re.sub(r"[\w'’.]+", lambda m: swap_word(m.group(), rng, pool), identifier)


def measure(name: str, pool_name: str, show: bool, kind: str = "institution") -> tuple[int, int, int]:
    pool = {"ordinary": ORDINARY, "madeup": MADE_UP, "wordnames": WORD_NAMES}[pool_name]
    notes, own = dq.load_set(dq.SETS[name])
    protected = sorted(set(dq.template_words()) | set(own))
    scrub, suspects = dq.werkbord_scrub(protected), dq.werkbord_suspects(protected)
    total = removed = flagged = 0
    for i, note in enumerate(notes):
        named = [x for x in note.identifiers if x.category == kind]
        if kind == "person":  # a name of one word, as written: "Anouk", not "mw. de Vries"
            named = [x for x in named if _ONE_NAME.fullmatch(x.text)]
        if not named:
            continue
        seed = int(hashlib.md5(f"{pool_name}{name}{i}".encode()).hexdigest()[:8], 16)  # the same every run
        rng = random.Random(seed)
        text, renamed = note.text, []
        for x in sorted(named, key=lambda x: -len(x.text)):
            new = rng.choice(pool) if kind == "person" else swap(x.text, rng, pool)
            if new != x.text and dq.present(x.text, text):
                text = re.sub(r"(?<!\w)" + re.escape(x.text) + r"(?!\w)", new, text)
                renamed.append(new)
        out, _ = scrub(text, note.field)
        spans = [(s.start, s.start + len(s.text)) for s in suspects(out)]
        for new in renamed:
            total += 1
            if not dq.present(new, out):
                removed += 1
            elif dq.flagged(new, out, spans):
                flagged += 1
                if show:
                    print(f"  {name} flagged {new!r}: {out!r}")
            elif show:
                print(f"  {name} left {new!r}: {out!r}")
    return total, removed, flagged


def _share(part: int, total: int) -> str:
    return f"{part / total:.1%}" if total else "—"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", choices=("ordinary", "madeup", "wordnames"), default="ordinary")
    ap.add_argument("--kind", choices=("institution", "person"), default="institution")
    ap.add_argument("--sets", nargs="+", default=[s for s in DEVELOPMENT if dq.SETS.get(s, Path()).is_file()])
    ap.add_argument("--show", action="store_true", help="list what is left")
    args = ap.parse_args()
    held_out = [s for s in args.sets if s.startswith("frozen")]
    if held_out:
        sys.exit(f"deid_swap.py is for development sets only, not {', '.join(held_out)}")
    print(f"| set | {args.kind} names renamed ({args.pool}) | removed | removed or flagged |")
    print("| --- | --- | --- | --- |")
    for name in args.sets:
        total, removed, flagged = measure(name, args.pool, args.show, args.kind)
        print(f"| {name} | {total} | {_share(removed, total)} | {_share(removed + flagged, total)} |")


if __name__ == "__main__":
    main()
