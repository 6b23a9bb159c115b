"""Person probe: first names and surnames the lists do not know or mistake for words, in frames.

Persons are the largest category the held-out sets leak (issue #22). What leaks is a class, not a
name: a first name that is an ordinary Dutch or English word ("Roos", "Storm", "Hope", "Will"), a
spelling no list has, a nickname or a diminutive ("Jun-Jun", "Pietje"), a surname alone after a
title or a role ("dhr Bakker", "Ds. Kok"), a double surname ("de Vries-van Dijk"); written as is or
in lower case; after an inverted verb ("belt Kees"), in an apposition ("haar zus, Merel,"), at the
start of a line before a verb, as a form's "Wie". This probe generates (seeded) notes from such
frames (``FRAMES``) and name pools (``POOLS``, made up or chosen so that the project's lists do
not all know them), and clean look-alikes in the same frames and on their own (``CLEAN``: party
and role words, "Hoop" and "Zorg" as words, month names, "roos-kleurige"): a clean note must stay
exactly as written.

Every pool is split in two halves (even and odd positions): rules are tuned on the "tune" half
only, the "held" half is the probe's own held-out figure, reported side by side. No test set is
read. Prints per frame and per pool: removed, removed or flagged (tune | held), clean untouched.

    python benchmarks/deid_person_probe.py [--per-frame 24] [--seed 4] [--show] [--show-held]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_frame_probe as fp  # noqa: E402
import probe_tally as pt  # noqa: E402

# --- name pools: (slot, names); halves by position (even: tune, odd: held) ----------------------
POOLS: dict[str, tuple[str, list[str]]] = {
    # First names that are also ordinary Dutch or English words or verbs.
    "first word": (
        "F",
        """Roos Merel Fleur Sterre Storm Hope Joy Will Bo Lente Jade Iris Floor Lot Ben Job Mees Grace
        Dawn Sky Amber Lieve Jet Bloem""".split(),
    ),
    # Spellings no name list has (Tigrinya, Somali, Kurdish, Tamil; made up).
    "first unlisted": (
        "F",
        """Tesfalem Yordanos Filmon Hawo Ilhaan Farhiyo Rojda Berivan Dilovan Shirwan Tharshan Kajanan
        Mathuja Senait Awet Mebrahtu Xaliimo Ubah Nishanthan Keerthana Zhilwan Helin Jorvik Wendeline""".split(),
    ),
    # Nicknames and diminutives.
    "nickname": (
        "F",
        """Jun-Jun Mo Pietje Keesje Lieketje Jopie Mientje Sjaakie Bi-Bi Lou-Lou Kiki Didi Jo-Jo Tonnie
        Harrie Sjonnie Pimmetje Fritsje Gerritje Mimi Guusje Toosje Bennie Jantje""".split(),
    ),
    # Surnames that are words or common, alone after a title or a role.
    "surname word": (
        "S",
        """Bakker|van Dam|Smit|Kok|de Graaf|Mol|Vos|Bos|Schaap|de Haan|Hoek|Groen|Prins|Koster|Wolf|Baas|
        de Bruin|Vink|Mulder|Visser|Kuiper|de Wit|Brouwer|Dekker""".replace("\n", "").split("|"),
    ),
    # Double surnames and particles.
    "surname double": (
        "S",
        """de Vries-van Dijk|Ten Hove|van der Linden-Bos|Kok-Mulder|ter Horst|van 't Hek|Bakker-de Wit|
        Smit-Oosterhuis|in 't Veld|van den Berg-Kok|op den Akker|ten Brink-Visser|Groen-Prins|
        de Haan-Vos|Ter Beek|van Dam-Schaap|Oosterhof-Kamminga|Lont-ter Veen""".replace("\n", "").split("|"),
    ),
}

# --- frames: name -> (slot, clean grammar, template with {X}, field) --------------------------
FRAMES: dict[str, tuple[str, str, str, str]] = {
    "inverted belt F": ("F", "np", "Morgen belt {X} de woningcorporatie.", ""),
    "zegt F": ("F", "np", "Het gaat beter, zegt {X}.", ""),
    "met F gebeld": ("F", "np", "Met {X} gebeld over de post.", ""),
    "apposition family F": ("F", "appos", "Haar zus, {X}, komt elke zondag.", ""),
    "apposition role F": ("F", "appos", "De buurman, {X}, heeft een sleutel.", ""),
    "F opens, wil": ("F", "np", "{X} wil niet meer naar de groep.", ""),
    "F opens, heeft": ("F", "np", "{X} heeft de sleutel van de buurvrouw.", ""),
    "line F, verb": ("F", "np", "Vandaag huisbezoek.\n{X} zat somber op de bank.", ""),
    "Wie: F": ("F", "wie", "Partij: buren\nMicro-actie: samen boodschappen doen\nWie: {X}\nWanneer: 1 juni", "actie"),
    "oom F zegt": ("F", "name", "Oom {X} zegt dat hij wil helpen.", ""),
    "juf F": ("F", "name", "Juf {X} belde over het verzuim.", ""),
    "hij en F": ("F", "np", "Hij en {X} gaan samen vissen.", ""),
    "gaat met F": ("F", "np", "Gaat zaterdag met {X} naar de markt.", ""),
    "bij F thuis": ("F", "np", "Slaapt soms bij {X} thuis.", ""),
    "dhr S": ("S", "title", "Gesprek met dhr {X} over de huur.", ""),
    "mevr. S belde": ("S", "title", "Mevr. {X} belde over haar zoon.", ""),
    "dr. S": ("S", "title", "Verwezen door dr. {X} van de poli.", ""),
    "Ds. S": ("S", "title", "Ds. {X} bezoekt hem thuis.", ""),
    "huisarts S": ("S", "name", "Huisarts {X} wil een second opinion.", ""),
    # clean look-alikes only: words that are names, party words, months, in the same places
    "look-alike": ("", "lookalike", "{X}", ""),
}

CLEAN: dict[str, list[str]] = {
    "np": fp.CLEAN["np"],
    "name": fp.CLEAN["name"],
    "wie": fp.CLEAN["wie"],
    "appos": """zelf moeder|ook mantelzorger|de oudste|een lieve vrouw|net als hij|eerlijk gezegd|de jongste|
    zelf ook ziek|altijd behulpzaam|sinds kort weduwe|een gepensioneerde leraar|gelukkig""".replace("\n", "").split(
        "|"
    ),
    "title": "zelf|en mevr.|en zijn dochter|en mw.|of zijn zoon|opnieuw|en zijn vrouw|weer".split("|"),
    "lookalike": """Hoop dat hij komt.|Zorg om de huur neemt toe.|Storm in zijn hoofd, slaapt slecht.|
    Kijkt met een roos-kleurige bril naar de toekomst.|Belt de huisarts morgen terug.|Zegt dat het goed gaat.|
    In mei gaat hij verhuizen.|Vanaf juni wil hij weer werken.|Joy of missing out, zegt hij zelf.|
    Will power ontbreekt, zegt ze.|Lente geeft hem energie.|Merel in de tuin gezien, vrolijk.|
    Hoop op een eigen woning.|Storm gaat liggen na het gesprek.|Zon op het balkon doet goed.|
    Wil graag meer structuur.|Ben vandaag bij hem langs geweest.|Lot uit de loterij gewonnen, blij.|
    Bloem gekocht voor zijn moeder.|Belt de wijkagent als het weer misgaat.|Zegt de mantelzorger dat het zwaar is.|
    Met de buurvrouw gebeld over de post.|Haar zus, zelf moeder, komt elke zondag.|Hoopt op rust in augustus.|
    Met fleur gezongen in het koor.|Zorgen over de schulden.|Maart was een zware maand.|
    Vrolijk en met hoop de deur uit.""".replace("\n", "").split("|"),
}

_PARTICLES = {"de", "van", "der", "den", "ten", "ter", "'t", "in", "op", "het"}


def _secret(filler: str) -> str:
    """The name's own word(s): a surname without its leading particles ("Ten Hove" -> "Hove")."""
    words = filler.split()
    while len(words) > 1 and words[0].lower() in _PARTICLES:
        words = words[1:]
    return " ".join(words)


def generate(per_frame: int = 24, seed: int = 4) -> list[fp.ProbeNote]:
    """For every frame and half: ``per_frame`` identifier notes (cap and low alternating, from
    every pool of the frame's slot in turn) and ``per_frame // 2`` clean notes (look-alikes: all)."""
    rng = random.Random(seed)
    pools = {name: (slot, fp._halves(names)) for name, (slot, names) in POOLS.items()}
    clean = {grammar: fp._halves(fillers) for grammar, fillers in CLEAN.items()}
    notes: list[fp.ProbeNote] = []
    for frame, (slot, grammar, template, fld) in FRAMES.items():
        mine = [name for name, (s, _) in pools.items() if s == slot]
        for half in ("tune", "held"):
            for i in range(per_frame if mine else 0):
                pool = mine[i % len(mine)]
                filler = rng.choice(pools[pool][1][half])
                case = "low" if (i // len(mine)) % 2 else "cap"
                if case == "low":
                    filler = filler.lower()
                text = fp._fill(template, filler)
                secret = _secret(filler)
                if case == "low" and not fp.dq.present(secret, text):
                    secret, case = secret[0].upper() + secret[1:], "cap"  # a note opens with a capital
                notes.append(fp.ProbeNote("id", frame, half, pool, case, text, fld, secret))
            fillers = clean[grammar][half]
            picks = fillers if not mine else [rng.choice(fillers) for _ in range(max(1, per_frame // 2))]
            for filler in picks:
                notes.append(fp.ProbeNote("clean", frame, half, "clean", "-", fp._fill(template, filler), fld))
    return list(dict.fromkeys(notes))


def totals(results: dict[fp.Key, fp.Row], kind: str, half: str, pool_rows: bool = False) -> fp.Row:
    """All rows of ``kind`` and ``half``: per frame, or (``pool_rows``) per pool."""
    return pt.total(
        (
            row
            for (k, frame, h), row in results.items()
            if k == kind and h == half and frame.startswith("pool: ") == pool_rows
        ),
        fp.Row,
    )


def report(results: dict[fp.Key, fp.Row]) -> str:
    lines = [
        "| frame | removed (tune \\| held) | removed or flagged (tune \\| held) | clean untouched (tune \\| held) |",
        "| --- | --- | --- | --- |",
    ]
    for frame in FRAMES:
        ids = fp._cells(results, "id", frame) if ("id", frame, "tune") in results else "— | —"
        lines.append(f"| {frame} | {ids} | {fp._cells(results, 'clean', frame)} |")
    lines += [
        "",
        "| pool / case | removed (tune \\| held) | removed or flagged (tune \\| held) |",
        "| --- | --- | --- |",
    ]
    for pool in POOLS:
        for case in ("cap", "low"):
            label = f"pool: {pool} / {case}"
            if ("id", label, "tune") in results:
                lines.append(f"| {pool} / {case} | {fp._cells(results, 'id', label)} |")
    lines.append("")
    parts = []
    for half in ("tune", "held"):
        i, c = totals(results, "id", half), totals(results, "clean", half)
        parts.append(
            f"{half}: removed {pt.pct(i.removed, i.notes)} of {i.notes}, removed or flagged "
            f"{pt.pct(i.flagged, i.notes)}, clean untouched {pt.pct(c.removed, c.notes)} of {c.notes}"
        )
    lines.append("**persons**: " + "; ".join(parts))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-frame", type=int, default=24)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--show", action="store_true", help="list the tune half's misses")
    ap.add_argument("--show-held", action="store_true", help="also list the held half's misses")
    args = ap.parse_args()
    results = fp.measure(generate(args.per_frame, args.seed))
    print(report(results))
    if args.show or args.show_held:
        for (kind, frame, half), row in results.items():
            if half == "held" and not args.show_held:
                continue
            for line in row.misses:
                print(f"  {half} {kind} / {frame}: {line}")


if __name__ == "__main__":
    main()
