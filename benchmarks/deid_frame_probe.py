"""Frame probe: persons, organisations and places that no list knows, read by the frame around them.

The held-out sets leave persons, organisations and places in place that the development sets'
phrasings did not show (issue #22): a lower-case name after a plain verb ("gesproken met fenna",
"belde rutger"), an organisation named with an ordinary word and no kind before it ("via de kering",
"aangemeld bij humanitas"), a nickname, a place after a preposition in lower case. Rules written on
the sets' notes fit their phrasing; this probe measures a FRAME as a class instead. Every note is
generated (seeded) from

  - a frame a ggz note uses (``FRAMES``): verbs of contact and referral, prepositions of place and
    institution, role and family words, appositions, lists, arrows, a micro-action's "Wie",
    sentence openings; each frame has a slot for a person (P), an organisation (O) or a place (L);
  - an identifier filler from pools of names (``POOLS``): first names of many origins (Frisian,
    Limburg, Turkish, Moroccan, Polish, Surinamese) that deduce lists, spellings and made-up names
    no list holds, nicknames and names that are words ("Kee", "Pietje", "Hope"), organisations
    named with an ordinary word ("de Kering") or a made-up one, villages deduce lists, foreign
    towns and made-up neighbourhoods; each written as is ("cap") and in lower case ("low");
  - a clean filler in the same frame (``CLEAN``): party and role words, ordinary noun phrases,
    adverbs, kinds of organisation and of place, countries, method and medicine names, times and
    counts: the note must stay exactly as written.

Every pool is split in two halves (even and odd positions): rules are tuned on the "tune" half
only, the "held" half is this probe's own held-out figure, reported side by side.

Prints per frame: identifiers removed, removed or flagged by the review step (tune | held), and
clean notes untouched (tune | held); then per pool and case. ``--show`` lists misses (of the tune
half only, unless ``--show-held``). In-process, every note on its own, as ``deid_quality.py`` does.
No test set is read; every name, place and organisation here is made up or a public name list's.

    python benchmarks/deid_frame_probe.py [--per-frame 24] [--seed 22] [--show] [--show-held]
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

# --- identifier pools ------------------------------------------------------------------------
# Each pool: (slot kind, names). Split in halves by position (even: tune, odd: held).
POOLS: dict[str, tuple[str, list[str]]] = {
    # First names deduce lists, of many origins (Frisian, Limburg, Brabant, Turkish, Moroccan,
    # Surinamese, Antillean): they leak where the frame is plain and the case is lower.
    "person listed": (
        "P",
        """Sjoukje Wiebren Hylke Tsjalling Jildou Sjef Mieke Huub Fieke Hennie Emre Hatice Elif Burak
        Kerem Nesrin Zouhair Ilham Latifa Khadija Radjesh Sunita Anand Roshni Quincy Shanice Rutger
        Fenna Durkje Ruurd""".split(),
    ),
    # No list holds these: Polish and Surinamese spellings, made-up names.
    "person unlisted": (
        "P",
        """Zbigniew Wojtek Grazyna Przemek Jagoda Iwona Dewkoemar Sjra Wenske Korvald Brelko Tjemkel
        Wiendelt Ozvaldo Sanjeevan Mirelda Tunjes Faruq Hesselien Droost""".split(),
    ),
    # Nicknames and first names that are ordinary (Dutch or English) words.
    "person word": (
        "P",
        """Kee Pietje Hope Bo Sjors Keesje Pluk Bink Spekkie Boef Snoetje Dikkie Joy Faith Sky Mup
        Bolle Guusje""".split(),
    ),
    # Organisations named with an ordinary word (with their article) or a made-up name.
    "organisation word": (
        "O",
        """de Kering|de Boei|de Wissel|de Vonk|het Anker|de Brug|het Baken|de Steiger|de Horizon|de Sluis|
        het Kompas|de Wending|de Zandloper|het Lichtpunt|de Overkant|de Opstap|de Schakel|de Waag|
        de Boog|de Kade|de Bolder|het Kruispunt|de Vuurtoren|de Poort""".replace("\n", "").split("|"),
    ),
    "organisation madeup": (
        "O",
        """Trivorm Vivaro Kwantis Brenthal Orvelta Salvor Levanto Marvenza Ostrelle Dunavo Pellmar
        Quelder Sorvena Talvik Umbrena Velsora""".split(),
    ),
    # Villages deduce lists, foreign towns no list holds, made-up neighbourhoods.
    "place village": (
        "L",
        """Nieuwolda Onstwedde Usquert Warffum Wommels Garyp Oudega Tzummarum Lemele Liempde Reusel
        Baexem Swalmen Mheer Tienray Ulft Ameide Vledder""".split(),
    ),
    "place foreign": (
        "L",
        """Nador Khouribga Trabzon Kayseri Tetouan Nickerie Moengo Wroclaw Gdańsk Paramaribo Al-Hoceima
        Konya Lublin Tiznit Oujda Sivas""".split(),
    ),
    "place madeup": (
        "L",
        """Kloostergaarde Dorrebroek Eikenhorst Elzenbrake Ravenweide Lindeschans Mispelgaarde Zuiderhoeve
        Hazelbroek Kievitshorst Reigersveen Wilgenkamp""".split(),
    ),
}

# --- frames ----------------------------------------------------------------------------------
# name -> (slot kind, grammar of the slot, template with {X}, field). Grammar "np": a noun phrase
# stands there (clean: a role, a party, a kind); "name": right after a role or family word (clean:
# an adverb); "place": a place (clean: a kind of place, a country, a thing); "wie": a form's owner.
FRAMES: dict[str, tuple[str, str, str, str]] = {
    # persons
    "gesproken met P": ("P", "np", "Gesproken met {X} over de dagbesteding.", ""),
    "inverted verb P": ("P", "np", "Vanochtend belde {X} over de huur.", ""),
    "P opens, verb": ("P", "np", "{X} belde gisteren, klinkt somber.", ""),
    "heb P gebeld": ("P", "np", "Heb {X} gebeld, geen gehoor.", ""),
    "afspraak met P": ("P", "np", "Afspraak met {X} verzet naar volgende week.", ""),
    "samen met P": ("P", "np", "Samen met {X} boodschappen gedaan.", ""),
    "volgens P": ("P", "np", "Volgens {X} slaapt hij slecht.", ""),
    "contact met P": ("P", "np", "Contact met {X} loopt goed.", ""),
    "overleg met P en": ("P", "np", "Overleg met {X} en de wijkagent over de overlast.", ""),
    "ik sprak P": ("P", "np", "Ik sprak {X} kort op de gang.", ""),
    "logeert bij P": ("P", "np", "Hij logeert deze week bij {X}.", ""),
    "mail aan P": ("P", "np", "Mail gestuurd aan {X}, nog geen antwoord.", ""),
    "family word P": ("P", "name", "Zus {X} komt elke zondag langs.", ""),
    "role word P": ("P", "name", "Collega {X} neemt het over tijdens de vakantie.", ""),
    "possessive family P": ("P", "name", "Haar vriendin {X} helpt met de post.", ""),
    "apposition P": ("P", "np", "{X}, zijn buurvrouw, heeft een sleutel van het huis.", ""),
    "list P": ("P", "np", "Netwerk: moeder, {X} en de huisarts.", ""),
    "arrow P": ("P", "np", "{X} -> B", ""),
    "nickname P": ("P", "np", "Op de afdeling noemen ze hem {X}.", ""),
    "P (role)": ("P", "np", "{X} (buurman) let een beetje op hem.", ""),
    "Wie: P": ("P", "wie", "Partij: buren\nMicro-actie: samen koffie drinken\nWie: {X}\nWanneer: 1 juni", "actie"),
    # organisations
    "aangemeld bij O": ("O", "np", "Aangemeld bij {X} voor de schulden.", ""),
    "via O": ("O", "np", "Via {X} een maatje gekregen.", ""),
    "dagbesteding bij O": ("O", "np", "Dagbesteding bij {X} loopt goed.", ""),
    "werkt bij O": ("O", "np", "Werkt drie dagen per week bij {X}.", ""),
    "loopt bij O": ("O", "np", "Loopt bij {X} voor zijn gokschulden.", ""),
    "vrijwilliger bij O": ("O", "np", "Is vrijwilliger bij {X} en vindt dat fijn.", ""),
    "O opens, verb": ("O", "np", "{X} belt morgen terug over de aanvraag.", ""),
    "hulp van O": ("O", "np", "De hulp van {X} is gestopt.", ""),
    "wachtlijst van O": ("O", "np", "Staat op de wachtlijst van {X}.", ""),
    "brief van O": ("O", "np", "Kreeg een brief van {X} over de huur.", ""),
    "gaat naar O": ("O", "np", "Gaat elke dinsdag naar {X}.", ""),
    "woont bij O": ("O", "np", "Woont beschermd bij {X} sinds de zomer.", ""),
    "begeleider van O": ("O", "np", "De begeleider van {X} komt langs.", ""),
    "arrow O": ("O", "np", "{X} -> C", ""),
    # places
    "woont in L": ("L", "place", "Woont in {X} bij zijn moeder.", ""),
    "komt uit L": ("L", "place", "Komt uit {X}, spreekt weinig Nederlands.", ""),
    "verhuisd naar L": ("L", "place", "Verhuisd naar {X} na de scheiding.", ""),
    "familie in L": ("L", "place", "Zijn familie woont nog in {X}.", ""),
    "opgegroeid in L": ("L", "place", "Opgegroeid in {X}, daarna op kamers.", ""),
    "van L naar": ("L", "place", "Rijdt elke dag van {X} naar zijn werk.", ""),
    "vanuit L": ("L", "place", "Vanuit {X} gebeld door de broer.", ""),
    "zus in L": ("L", "place", "Zus in {X} belt soms op zondag.", ""),
    "terug naar L": ("L", "place", "Wil na de opname terug naar {X}.", ""),
    "in L kent": ("L", "place", "In {X} kent iedereen hem.", ""),
}

# --- clean fillers ---------------------------------------------------------------------------
# grammar -> fillers, split in halves like the pools. A clean note must stay exactly as written.
CLEAN: dict[str, list[str]] = {
    "np": """de huisarts|zijn moeder|de buurvrouw|haar zus|de casemanager|de wijkagent|iemand van de kerk|
    niemand|de groep|het team|de psychiater|zijn ex|de gemeente|het wijkteam|de voedselbank|de thuiszorg|
    de woningcorporatie|de bewindvoerder|de dagbesteding|het buurthuis|de sportschool|de bibliotheek|
    de supermarkt|de moskee|de kringloop|het UWV|de GGD|iedereen|de schuldhulp|het ziekenhuis|
    de huisartsenpost|de werkgever|de jobcoach|zijn vader|de mentor|de apotheek""".replace("\n", "").split("|"),
    "name": "zelf|ook|soms|nu|meestal|vaak|dan|weer|nog|niet|altijd|graag".split("|"),
    "place": """de stad|het dorp|een flat|de buurt|het centrum|Polen|Marokko|Turkije|het buitenland|
    een woongroep|de wijk|huis|de kliniek|Suriname|een caravan|de polder|het noorden|een kamer""".replace(
        "\n", ""
    ).split("|"),
    "wie": "casemanager|huisarts|buurvrouw|wijkagent|ervaringsdeskundige|mentor|ik|het team".split("|"),
}


@dataclass(frozen=True)
class ProbeNote:
    kind: str  # "id" (the secret must go) or "clean" (the note must stay as written)
    frame: str
    half: str  # "tune" or "held"
    pool: str  # the identifier pool, or "clean"
    case: str  # "cap" (as written) or "low" (lower case); clean: "-"
    text: str
    field: str = ""
    secret: str = ""  # the name's own word(s), without an article


HALVES = ("tune", "held")


def _halves(items: list[str]) -> dict[str, list[str]]:
    return pt.halves([item.strip() for item in items], HALVES)


def _fill(template: str, filler: str) -> str:
    text = template.replace("{X}", filler)
    text = text.replace("  ", " ")
    return text[0].upper() + text[1:]


def _secret(filler: str) -> str:
    words = filler.split()
    return " ".join(words[1:]) if words[0].lower() in ("de", "het") and len(words) > 1 else filler


def generate(per_frame: int = 24, seed: int = 22) -> list[ProbeNote]:
    """For every frame and half: ``per_frame`` identifier notes (cap and low alternating, from
    every pool of the frame's kind in turn) and ``per_frame // 2`` clean notes."""
    rng = random.Random(seed)
    pools = {name: (kind, _halves(names)) for name, (kind, names) in POOLS.items()}
    clean = {grammar: _halves(fillers) for grammar, fillers in CLEAN.items()}
    notes: list[ProbeNote] = []
    for frame, (kind, grammar, template, fld) in FRAMES.items():
        mine = [name for name, (k, _) in pools.items() if k == kind]
        for half in ("tune", "held"):
            for i in range(per_frame):
                pool = mine[i % len(mine)]
                filler = rng.choice(pools[pool][1][half])
                case = "low" if (i // len(mine)) % 2 else "cap"
                if case == "low":
                    filler = filler.lower()
                text = _fill(template, filler)
                secret = _secret(filler)
                if case == "low" and not dq.present(secret, text):
                    secret, case = secret[0].upper() + secret[1:], "cap"  # a note opens with a capital
                notes.append(ProbeNote("id", frame, half, pool, case, text, fld, secret))
            for _ in range(max(1, per_frame // 2)):
                filler = rng.choice(clean[grammar][half])
                notes.append(ProbeNote("clean", frame, half, "clean", "-", _fill(template, filler), fld))
    return list(dict.fromkeys(notes))


@dataclass
class Row(pt.Tally):
    removed: int = 0  # identifier gone; clean: note untouched
    flagged: int = 0  # identifier gone or flagged; clean: no tag at all


Key = tuple[str, str, str]  # (kind, frame, half)


def measure(notes: list[ProbeNote]) -> dict[Key, Row]:
    run = pt.Pipeline.load()
    out: dict[Key, Row] = {}
    for n in notes:
        text, tags = run.scrub(n.text, n.field)
        for key in ((n.kind, n.frame, n.half), (n.kind, f"pool: {n.pool} / {n.case}", n.half)):
            row = out.setdefault(key, Row())
            row.notes += 1
            if n.kind == "clean":
                ok = pt.untouched(n.text, text, tags)
                row.removed += ok
                row.flagged += "[" not in text
                if not ok and key[1] == n.frame:
                    row.misses.append(f"{n.text!r} -> {text!r}")
                continue
            gone = not dq.survives(n.secret, text)
            shown = not gone and dq.flagged(n.secret, text, pt.spans(run.suspects(text)))
            row.removed += gone
            row.flagged += gone or shown
            if not gone and key[1] == n.frame:
                row.misses.append(f"{n.text!r} -> {text!r}{' (flagged)' if shown else ''}")
    return out


def totals(results: dict[Key, Row], kind: str, half: str, slot: str | None = None) -> Row:
    """All rows of ``kind`` and ``half`` (per frame, not per pool); ``slot``: only frames of it."""

    def wanted(k: str, frame: str, h: str) -> bool:
        return k == kind and h == half and not frame.startswith("pool: ") and (not slot or FRAMES[frame][0] == slot)

    return pt.total((row for key, row in results.items() if wanted(*key)), Row)


def _cells(results: dict[Key, Row], kind: str, label: str) -> str:
    t, h = results.get((kind, label, "tune"), Row()), results.get((kind, label, "held"), Row())
    if kind == "clean":
        return f"{pt.pct(t.removed, t.notes)} \\| {pt.pct(h.removed, h.notes)}"
    return (
        f"{pt.pct(t.removed, t.notes)} \\| {pt.pct(h.removed, h.notes)} | "
        f"{pt.pct(t.flagged, t.notes)} \\| {pt.pct(h.flagged, h.notes)}"
    )


def report(results: dict[Key, Row]) -> str:
    lines = [
        "| frame | removed (tune \\| held) | removed or flagged (tune \\| held) | clean untouched (tune \\| held) |",
        "| --- | --- | --- | --- |",
    ]
    for frame in FRAMES:
        lines.append(f"| {frame} | {_cells(results, 'id', frame)} | {_cells(results, 'clean', frame)} |")
    lines += [
        "",
        "| pool / case | removed (tune \\| held) | removed or flagged (tune \\| held) |",
        "| --- | --- | --- |",
    ]
    for pool in POOLS:
        for case in ("cap", "low"):
            label = f"pool: {pool} / {case}"
            if (("id", label, "tune")) in results:
                lines.append(f"| {pool} / {case} | {_cells(results, 'id', label)} |")
    lines.append("")
    for slot, name in (("P", "persons"), ("O", "organisations"), ("L", "places"), (None, "all")):
        parts = []
        for half in ("tune", "held"):
            i, c = totals(results, "id", half, slot), totals(results, "clean", half, slot)
            parts.append(
                f"{half}: removed {pt.pct(i.removed, i.notes)} of {i.notes}, removed or flagged "
                f"{pt.pct(i.flagged, i.notes)}, clean untouched {pt.pct(c.removed, c.notes)} of {c.notes}"
            )
        lines.append(f"**{name}**: " + "; ".join(parts))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-frame", type=int, default=24)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list the tune half's misses")
    ap.add_argument("--show-held", action="store_true", help="also list the held half's misses")
    args = ap.parse_args()
    results = measure(generate(args.per_frame, args.seed))
    print(report(results))
    if args.show or args.show_held:
        for (kind, frame, half), row in results.items():
            if half == "held" and not args.show_held:
                continue
            for line in row.misses:
                print(f"  {half} {kind} / {frame}: {line}")


if __name__ == "__main__":
    main()
