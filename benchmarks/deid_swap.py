"""Do the rules read context or remember names? A name-swap check on the development sets.

Every identifier of one category in a development set is renamed, word by word, with another
word of the same shape, and the note is scrubbed again (seeded by set, note and pool: the same
every run). ``--category institution`` (the default):

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

A rule that learnt a name from a note loses it here; a rule that reads the words around a name
keeps it. Prints, per set, how many renamed identifiers are removed, left and flagged by the
review step, or left unflagged (``--show`` lists the last two). In-process, every note on its
own, as ``deid_quality.py`` does; never run on the held-out sets.

    python benchmarks/deid_swap.py [--category institution|person|location|initials]
        [--pool ...] [--sets corpus dev ...] [--show]
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
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+")
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


def measure(name: str, pool_name: str, show: bool, category: str = "institution") -> tuple[int, int, int]:
    notes, own = dq.load_set(dq.SETS[name])
    protected = sorted(set(dq.template_words()) | set(own))
    scrub, suspects = dq.werkbord_scrub(protected), dq.werkbord_suspects(protected)
    total = removed = flagged = 0
    for i, note in enumerate(notes):
        named = [x.text for x in note.identifiers if x.category == category]
        if not named:
            continue
        # (the institution and word-name probes' figures stay comparable with their first runs)
        salt = "" if category == "institution" or pool_name == "wordnames" else category
        seed = int(hashlib.md5(f"{salt}{pool_name}{name}{i}".encode()).hexdigest()[:8], 16)  # the same every run
        text, renamed = renamed_note(note.text, named, category, random.Random(seed), pool_name)
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
    ap.add_argument("--category", "--kind", choices=tuple(POOLS), default="institution")
    ap.add_argument(
        "--pool",
        help="institution: ordinary|madeup|lower|lowerwords; person: names|madeup|words|lower|lowerwords; "
        "location: towns|words|lower|lowerwords; initials: lower",
    )
    ap.add_argument("--sets", nargs="+", default=[s for s in DEVELOPMENT if dq.SETS.get(s, Path()).is_file()])
    ap.add_argument("--show", action="store_true", help="list what is left")
    args = ap.parse_args()
    pool = args.pool or POOLS[args.category][0]
    if pool not in POOLS[args.category]:
        sys.exit(f"--pool {pool} does not fit --category {args.category}: {', '.join(POOLS[args.category])}")
    held_out = [s for s in args.sets if s.startswith("frozen")]
    if held_out:
        sys.exit(f"deid_swap.py is for development sets only, not {', '.join(held_out)}")
    print(f"| set | {args.category} renamed ({pool}) | removed | removed or flagged |")
    print("| --- | --- | --- | --- |")
    all_total = all_removed = all_flagged = 0
    for name in args.sets:
        total, removed, flagged = measure(name, pool, args.show, args.category)
        all_total, all_removed, all_flagged = all_total + total, all_removed + removed, all_flagged + flagged
        print(f"| {name} | {total} | {_share(removed, total)} | {_share(removed + flagged, total)} |")
    share = _share(all_removed + all_flagged, all_total)
    print(f"| all | {all_total} | {_share(all_removed, all_total)} | {share} |")


if __name__ == "__main__":
    main()
