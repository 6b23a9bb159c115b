"""Organisation and place probe: organisations and places named with ordinary words, read by their frame.

Institutions generalise worst after ages (issue #22): on the held-out sets an organisation named
with one or two ordinary words ("De Brug", "Samen Sterk", "Vitaal"), after or before a kind of
organisation ("stichting Zonnebloem", "dagbesteding Het Erf", "sv Fortuna"), an employer or shop
("werkt bij de Jumbo"), an acronym of a regional institution, and a neighbourhood, hamlet or
village that is an ordinary word ("Zuid", "de Hoef", "Berg"), or a town abroad, leak. This probe
measures those CLASSES on generated notes, apart from :mod:`deid_frame_probe`'s pools:

  - identifier pools (``POOLS``) of organisations and places that the project's lists do not hold
    (``--check`` prints any pool entry a werkbord or deduce list, or a first-name list, knows; the
    pool of ordinary-word places is ordinary words by design, listed or not), each written as is
    ("cap") and in lower case ("low");
  - frames (``FRAMES``) an organisation or place stands in: after "bij", "via", "van", "naar", a
    kind of organisation (``{T}``, itself drawn from a split pool of kinds), a role ("begeleider
    van ..."), in a list or a network line, in quotes, as a sentence's subject, after "wijk",
    "woont in", "komt uit", "geboren in";
  - clean look-alikes in the same frames (``CLEAN``): kinds, services, roles, ordinary noun
    phrases and places that are no name ("bij de huisarts", "via de wijkteams", "naar de
    dagbesteding", "De afspraak belt ...", "woont in de stad"): those notes must stay as written.

Every pool (also the kinds and the clean fillers) is split in two halves (even and odd positions):
rules are tuned on the "tune" half only, the "held" half is reported beside it.

Prints per frame and per pool: identifiers removed, removed or flagged (tune | held), clean notes
untouched (tune | held) and suspects on clean notes per 100 (the reviewer's burden); ``--show``
lists the tune half's misses. In-process, every note on its own, as ``deid_quality.py`` does. No
test set is read; every name here is made up or a public name.

    python benchmarks/deid_org_probe.py [--per-frame 24] [--seed 7] [--show] [--show-held] [--check]
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


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.replace("\n", " ").split("|") if item.strip()]


# --- identifier pools ------------------------------------------------------------------------
# name -> (slot, entries). Split in halves by position (even: tune, odd: held).
POOLS: dict[str, tuple[str, list[str]]] = {
    # An ordinary Dutch word (or two) with its article: a house, a day centre, a shelter.
    "org article word": (
        "O",
        _split(
            """de Uitkijk|het Roer|de Klimop|de Tussenstap|het Zwaluwnest|de Lantaarn|het Scharnier|de Kapstok|
            de Molensteen|de Notenkraker|het Veerhuis|de Duiventil|de Wingerd|het Prikbord|de Korenschoof|
            de Zonnewijzer|het Kantelpunt|de Springplank|de Stapsteen|het Ankerpunt|de Hoge Weide|de Ooievaar|
            het Open Erf|de Groene Schuur"""
        ),
    ),
    # One or two capitalised ordinary words, no article: foundations, programmes, care firms.
    "org bare words": (
        "O",
        _split(
            """Vitaal|Samen Verder|Ons Erf|Op Koers|Thuis Verder|Zorg Dichtbij|Eigen Kracht|Vooruit|
            Nieuwe Kansen|Sterk Thuis|Dichtbij|Vrije Baan|Goed Leven|Met Elkaar|Stap Verder|Volle Kracht|
            Groen Licht|Open Deur|Levenslust|Rondom|Wijzer|Doorzet|Lichtbaken|Tandem"""
        ),
    ),
    # Made-up names of care firms, corporations and shops (no list can hold them).
    "org madeup": (
        "O",
        _split(
            """Zorvanta|Kelmora|Trivalis|Woonmere|Arvento|Dravelo|Lumora|Fenvik|Corvalis|Mervano|Tolvara|
            Winsera|Brenova|Savanto|Orlenda|Varnix|Quellin|Zentara|Hovelink|Marvik|Ostenda Zorg|Plovers|
            Tiemstra Groep|Welvera"""
        ),
    ),
    # Made-up acronyms of regional institutions and employers.
    "org acronym": (
        "O",
        _split(
            """SZWB|RIBO|ZGNV|BWGR|KVWN|MOZT|GZVR|DBTH|ZWHO|LVGB|WSGK|RBZO|ZMVL|BOWK|SWGH|KRVO|
            ZVBN|HWZO|TZGN|VWBR"""
        ),
    ),
    # Shops, chains and employers people name on a note (public names; kept only where no
    # werkbord or deduce list holds them: see --check).
    "org employer": (
        "O",
        _split(
            """Nettorama|DekaMarkt|Boni|Xenos|Hubo|Intratuin|Kwantum|Leen Bakker|Beter Bed|Big Bazar|Spar|
            Jan Linders|Welkoop|Primera|Tuinland|Trekpleister|Boekenvoordeel|Kwik-Fit|Pets Place|
            Vakgarage|Scapino|Brico|Halfords|Kijkshop"""
        ),
    ),
    # Neighbourhoods, hamlets and villages that are ordinary words (listed or not: the class).
    "place word": (
        "L",
        _split(
            """Zuid|Hoogland|de Hoef|Berg|de Kamp|Broek|het Veld|de Akker|Hoeven|de Brink|de Heide|het Laar|
            de Horst|Riet|Beek|Heuvel|de Meent|Hof|Esch|de Bult|Noord|Oost|de Weide|Haven"""
        ),
    ),
    # Made-up neighbourhoods and hamlets.
    "place madeup": (
        "L",
        _split(
            """Brakelveld|Kolkhoven|Zeggeland|Wierdenhof|Veenkampen|Elshorst|Rietwijk|Dommelhoek|Hoefslag|
            Lindenkwartier|Gaardhoven|Walsum|Bremhorst|Zwaluwhoek|Kreekrand|Spijkerbroek|Molenakker|
            Ellerveld|Schothoek|Bergeind"""
        ),
    ),
    # Towns abroad where clients or their families come from or go to.
    "place abroad": (
        "L",
        _split(
            """Ouarzazate|Berkane|Rize|Sinop|Kutaisi|Rzeszów|Iași|Brașov|Plovdiv|Kharkiv|Duhok|Herat|
            Mekelle|Kismayo|Hargeisa|Kumasi|Meknes|Jaffna|Davao|Haiphong|Tanta|Aleppo|Zakho|Nablus"""
        ),
    ),
}

# Kinds of organisation before a name ({T}), split in halves like the pools.
KINDS = _split(
    """stichting|woningcorporatie|zorggroep|kerk|sv|café|praktijk|dagbesteding|basisschool|moskee|
    voetbalclub|woonzorgcentrum|buurthuis|inloophuis|zorgboerderij|kinderopvang|opvang|bakkerij|
    garage|sportschool|tuinderij|hospice|gemeente|vereniging"""
)

# --- frames ----------------------------------------------------------------------------------
# name -> (slot, clean grammar, template with {X} and maybe {T}, field).
FRAMES: dict[str, tuple[str, str, str, str]] = {
    # organisations
    "werkt bij O": ("O", "np", "Werkt sinds kort bij {X} in het magazijn.", ""),
    "werkte bij O,": ("O", "np", "Werkte tot vorig jaar bij {X}, nu in de ziektewet.", ""),
    "job bij O": ("O", "np", "Vakkenvuller bij {X}, vier avonden per week.", ""),
    "via O": ("O", "np", "Woning gekregen via {X} na lang wachten.", ""),
    "naar O dagbesteding": ("O", "np", "Gaat twee dagen per week naar {X} voor dagbesteding.", ""),
    "begeleider van O": ("O", "np", "Zijn begeleider van {X} belt morgen terug.", ""),
    "brief van O": ("O", "np", "Kreeg een brief van {X} over de huurachterstand.", ""),
    "schuld bij O": ("O", "np", "Heeft nog een schuld bij {X} van 200 euro.", ""),
    "lid van O": ("O", "np", "Is al jaren lid van {X} en gaat elke week.", ""),
    "contact met O": ("O", "np", "Contact met {X} over de woning loopt moeizaam.", ""),
    "kind O": ("O", "after kind", "Vrijwilliger bij {T} {X}, twee ochtenden.", ""),
    "kind O opens": ("O", "after kind", "{T} {X} wil hem niet meer terug.", ""),
    "de kind O": ("O", "after kind", "Sinds maart naar de {T} {X} in het dorp.", ""),
    "O (kind)": ("O", "np", "{X} ({T}) -> A", ""),
    "O opens, verb": ("O", "opening", "{X} belt morgen terug over de aanvraag.", ""),
    "network O -> B": ("O", "np", "{X} -> B", ""),
    "list O": ("O", "np", "Netwerk: moeder, {X} en de huisarts.", ""),
    "quoted O": ("O", "np", "Hangt veel rond bij '{X}' met vrienden.", ""),
    "works at O": ("O", "np", "Client works at {X} and is afraid to lose the job.", ""),
    "Wat: O": ("O", "np", "Partij: netwerk\nMicro-actie: kennismaken met {X}\nWie: casemanager\nWanneer: mei", "actie"),
    # places
    "woont in L": ("L", "place", "Woont in {X}, vlak bij zijn zus.", ""),
    "komt uit L": ("L", "place", "Komt uit {X}, spreekt weinig Nederlands.", ""),
    "verhuisd naar L": ("L", "place", "Verhuisd naar {X} na de scheiding.", ""),
    "geboren in L": ("L", "place", "Geboren in {X}, later naar Nederland gekomen.", ""),
    "wijk L": ("L", "after hood", "In de wijk {X} kent iedereen haar.", ""),
    "buurtteam L": ("L", "after hood", "Buurtteam {X} kent het gezin goed.", ""),
    "van L naar": ("L", "place", "Fietst elke dag van {X} naar het werk.", ""),
    "familie in L": ("L", "place", "Haar familie woont nog in {X} en belt vaak.", ""),
    "op vakantie naar L": ("L", "place", "Gaat in de zomer naar {X} voor een bruiloft.", ""),
    "L, town": ("L", "place", "Pt. woont nu in {X} (nieuwbouw), rustig.", ""),
}

# --- clean fillers ---------------------------------------------------------------------------
CLEAN: dict[str, list[str]] = {
    "np": _split(
        """de huisarts|het wijkteam|de dagbesteding|de gemeente|de thuiszorg|de kerk|de moskee|de supermarkt|
        een uitzendbureau|de sportschool|de bakker|het buurthuis|een stichting|de woningcorporatie|de wijkteams|
        de voedselbank|haar werk|de zaak|het netwerk|de corporatie|de kringloop|een vriend|de buren|
        zijn broer|het UWV|de jobcoach|het inloophuis|de bibliotheek|de schuldhulp|de bewindvoerder|
        de zorgboerderij|de vereniging"""
    ),
    "after kind": _split(
        """in de buurt|om de hoek|van de kerk|zelf|van zijn broer|in het dorp|daar|hier in de wijk|
        van de gemeente|van vroeger|met vrijwilligers|van de wijk|dichtbij|bij hem in de straat|
        van haar moeder|verderop"""
    ),
    "opening": _split(
        """De afspraak|Het netwerk|De dagbesteding|Het wijkteam|De huisarts|Zijn werk|De corporatie|
        De kerk|Het buurthuis|De stichting|Haar zus|De jobcoach|De gemeente|Het inloophuis|De bewindvoerder|
        Niemand"""
    ),
    "place": _split(
        """de stad|het dorp|de wijk|het centrum|een flat|het buitenland|Polen|Marokko|Turkije|een woonwagen|
        de polder|een chalet|het noorden|de regio|huis|een kamer|Syrië|Eritrea|de buurt|een woongroep"""
    ),
    "after hood": _split("""zelf|waar hij woont|van zijn jeugd|om de hoek|hier|daar|verderop|ook"""),
}


@dataclass(frozen=True)
class ProbeNote:
    kind: str  # "id" (the name must go) or "clean" (the note must stay as written)
    frame: str
    half: str  # "tune" or "held"
    pool: str
    case: str  # "cap" (as written), "low" (lower case), clean: "-"
    text: str
    field: str = ""
    secret: str = ""  # the name's own words, without an article


HALVES = ("tune", "held")


def _halves(items: list[str]) -> dict[str, list[str]]:
    return pt.halves(items, HALVES)


def _fill(template: str, filler: str, kind: str) -> str:
    text = template.replace("{T}", kind).replace("{X}", filler).replace("  ", " ")
    return text[0].upper() + text[1:]


def _secret(filler: str) -> str:
    words = filler.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in ("de", "het", "'t") else filler


def generate(per_frame: int = 24, seed: int = 7) -> list[ProbeNote]:
    """For every frame and half: ``per_frame`` identifier notes (pools of the frame's slot in
    turn, cap and low alternating) and ``per_frame // 2`` clean notes."""
    rng = random.Random(seed)
    pools = {name: (slot, _halves(items)) for name, (slot, items) in POOLS.items()}
    clean = {grammar: _halves(items) for grammar, items in CLEAN.items()}
    kinds = _halves(KINDS)
    notes: list[ProbeNote] = []
    for frame, (slot, grammar, template, fld) in FRAMES.items():
        mine = [name for name, (s, _) in pools.items() if s == slot]
        for half in ("tune", "held"):
            for i in range(per_frame):
                pool = mine[i % len(mine)]
                filler = rng.choice(pools[pool][1][half])
                kind = rng.choice(kinds[half])
                case = "low" if (i // len(mine)) % 2 else "cap"
                if case == "low":
                    filler, kind = filler.lower(), kind.lower()
                text = _fill(template, filler, kind)
                secret = _secret(filler)
                if case == "low" and not dq.present(secret, text):
                    secret, case = secret[0].upper() + secret[1:], "cap"  # a note opens with a capital
                notes.append(ProbeNote("id", frame, half, pool, case, text, fld, secret))
            for _ in range(max(1, per_frame // 2)):
                filler = rng.choice(clean[grammar][half])
                text = _fill(template, filler, rng.choice(kinds[half]))
                notes.append(ProbeNote("clean", frame, half, "clean", "-", text, fld))
    return list(dict.fromkeys(notes))


@dataclass
class Row(pt.Tally):
    removed: int = 0  # identifier gone; clean: note untouched
    flagged: int = 0  # identifier gone or flagged (identifier rows only)
    suspects: int = 0  # suspects shown on the scrubbed note (clean rows only)


Key = tuple[str, str, str]  # (kind, frame or pool, half)


def measure(notes: list[ProbeNote]) -> dict[Key, Row]:
    run = pt.Pipeline.load()
    out: dict[Key, Row] = {}
    for n in notes:
        text, tags = run.scrub(n.text, n.field)
        shown = run.suspects(text)
        spans = pt.spans(shown)
        keys = [(n.kind, n.frame, n.half), (n.kind, f"pool: {n.pool} / {n.case}", n.half)]
        for key in keys:
            row = out.setdefault(key, Row())
            row.notes += 1
            if n.kind == "clean":
                ok = pt.untouched(n.text, text, tags)
                row.removed += ok
                row.suspects += len(shown)
                if key is keys[0] and not ok:
                    row.misses.append(f"{n.text!r} -> {text!r}")
                elif key is keys[0] and shown:
                    row.misses.append(f"{n.text!r} suspects {[s.text for s in shown]}")
                continue
            gone = not dq.survives(n.secret, text)
            flag = not gone and dq.flagged(n.secret, text, spans)
            row.removed += gone
            row.flagged += gone or flag
            if key is keys[0] and not gone:
                row.misses.append(f"{n.text!r} -> {text!r}{' (flagged)' if flag else ''}")
    return out


def totals(results: dict[Key, Row], kind: str, half: str, slot: str | None = None) -> Row:
    """All rows of ``kind`` and ``half`` (per frame, not per pool); ``slot``: only frames of it."""

    def wanted(k: str, frame: str, h: str) -> bool:
        return k == kind and h == half and not frame.startswith("pool: ") and (not slot or FRAMES[frame][0] == slot)

    return pt.total((row for key, row in results.items() if wanted(*key)), Row)


def _cells(results: dict[Key, Row], kind: str, label: str) -> str:
    t, h = results.get((kind, label, "tune"), Row()), results.get((kind, label, "held"), Row())
    if kind == "clean":
        return (
            f"{pt.pct(t.removed, t.notes)} \\| {pt.pct(h.removed, h.notes)} | "
            f"{pt.per_100(t.suspects, t.notes, 0)} \\| {pt.per_100(h.suspects, h.notes, 0)}"
        )
    return (
        f"{pt.pct(t.removed, t.notes)} \\| {pt.pct(h.removed, h.notes)} | "
        f"{pt.pct(t.flagged, t.notes)} \\| {pt.pct(h.flagged, h.notes)}"
    )


def report(results: dict[Key, Row]) -> str:
    lines = [
        "| frame | removed (tune \\| held) | removed or flagged | clean untouched | suspects per 100 clean |",
        "| --- | --- | --- | --- | --- |",
    ]
    for frame in FRAMES:
        lines.append(f"| {frame} | {_cells(results, 'id', frame)} | {_cells(results, 'clean', frame)} |")
    lines += ["", "| pool / case | removed (tune \\| held) | removed or flagged |", "| --- | --- | --- |"]
    for pool in POOLS:
        for case in ("cap", "low"):
            label = f"pool: {pool} / {case}"
            if ("id", label, "tune") in results:
                lines.append(f"| {pool} / {case} | {_cells(results, 'id', label)} |")
    lines.append("")
    for slot, name in (("O", "organisations"), ("L", "places"), (None, "all")):
        parts = []
        for half in ("tune", "held"):
            i, c = totals(results, "id", half, slot), totals(results, "clean", half, slot)
            parts.append(
                f"{half}: removed {pt.pct(i.removed, i.notes)} of {i.notes}, removed or flagged "
                f"{pt.pct(i.flagged, i.notes)}, clean untouched {pt.pct(c.removed, c.notes)} of {c.notes} "
                f"({pt.per_100(c.suspects, c.notes, 0)} suspects per 100)"
            )
        lines.append(f"**{name}**: " + "; ".join(parts))
    return "\n".join(lines)


def check_pools() -> list[str]:
    """Pool entries a list already knows: werkbord's organisation lists, deduce's place, institution
    and name lists, the first-name lists. (Ordinary words are no fault in "place word".)"""
    from werkbord.privacy.engine import get_engine
    from werkbord.privacy.lexicon import first_names
    from werkbord.privacy.organisations import DATA, LISTS

    listed = set()
    for name in LISTS:
        for line in (DATA / name).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                listed.add(line.strip().lower())
    ds = get_engine(None, lambda m: None)._deduce.lookup_structs
    out = []
    for pool, (_, items) in POOLS.items():
        for item in items:
            secret = _secret(item)
            why = []
            if secret.lower() in listed:
                why.append("werkbord list")
            for key in ("placename", "hospital", "healthcare_institution", "first_name", "surname"):
                for form in (secret, secret.lower()):
                    tokens = form.split()
                    if ds[key].longest_matching_prefix(tokens) == tokens:
                        why.append(key)
                        break
            if secret.lower() in first_names():
                why.append("first names")
            if why:
                out.append(f"{pool}: {item}: {', '.join(sorted(set(why)))}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-frame", type=int, default=24)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", action="store_true", help="list the tune half's misses")
    ap.add_argument("--show-held", action="store_true", help="also list the held half's misses")
    ap.add_argument("--check", action="store_true", help="list pool entries a list already holds")
    args = ap.parse_args()
    if args.check:
        print("\n".join(check_pools()) or "no pool entry is on a list")
        return
    results = measure(generate(args.per_frame, args.seed))
    print(report(results))
    if args.show or args.show_held:
        for (kind, frame, half), row in results.items():
            if frame.startswith("pool: ") or (half == "held" and not args.show_held):
                continue
            for line in row.misses:
                print(f"  {half} {kind} / {frame}: {line}")


if __name__ == "__main__":
    main()
