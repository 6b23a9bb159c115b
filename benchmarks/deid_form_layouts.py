"""Do "Wie" and "Wanneer" survive any layout? A layout-swap check on the development sets' forms.

Every micro-action form of a development set (``field: actie``) is read into its fields and
written again in other layouts a team uses on a sticky note or in dictation:

  - ``canonical``  "Partij: ...\\nMicro-actie: ...\\nVerwacht effect: ...\\nWie: ...\\nWanneer: ...";
  - ``bare``       lower-case labels without colons, one per line;
  - ``english``    "Party: / Action: / Expected effect: / Who: / When:";
  - ``inline``     one line, "Wat: ... Wie: ... Wanneer: ...";
  - ``slashes``    an arrow line, "→ party: action / wie: ... / wnr: ...";
  - ``combined``   "Wie/Wat/Wanneer: owner / action / deadline";
  - ``table``      a "|" header row over a row of values;
  - ``rows``       "| Wie | ... |" rows;
  - ``dictated``   one line of lower-case words, the labels spoken ("partij ... micro actie ...").

Each is scrubbed as harvest scrubs a form (field by field, ``deid_quality.form_layout``) and
scored as ``deid_quality`` scores a form: planned dates under "Wanneer" kept, role and party
words kept (the notes' ``keep`` lists, where the layout still holds the field they stand in),
and team names under "Wie" replaced (no team list). ``--lower-names`` also writes every name
under "Wie" in lower case; ``--swap-roles`` puts, in place of each role under "Wie", a role of
a shape no list names (a compound of a title's head, a plural, an abbreviation with "'er", a
hyphenated title: "Leefstijlbegeleidster", "IPS'er"), capitalised as a name would be. A parser or
role rule that learnt one layout or one list of words loses figures here.
In-process, every note on its own; never run on the held-out sets.

Added in #22's ninth round: fourteen layouts no set used (``NINTH_LAYOUTS``: "Noor -> bellen, vr
14/3", the date first, "Wie?", emoji, a table without a header, ...), half to tune, half to report.

    python benchmarks/deid_form_layouts.py [--sets dev3 ... dev13] [--lower-names] [--swap-roles] [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402
import probe_tally as pt  # noqa: E402

Fields = dict[str, str]
# Roles in shapes, not in data/roles.txt or words.ROLE_WORDS (checked by a test).
SWAP_ROLES = """Leefstijlbegeleidster Herstelondersteuner Nachtverpleegkundige Thuiszorgmedewerkster
Activiteitencoach Buurtbemiddelaar Gezinsbegeleiders Wijkconsulenten IPS'er GGZ-coach
Verslavingsbegeleider Kinderbehandelaar Zorgadviseur Woonconsulente Kerkwerker""".split()


def _lines(labels: tuple[str, str, str, str, str], sep: str) -> Callable[[Fields], str]:
    def write(v: Fields) -> str:
        keys = ("party", "action", "effect", "owner", "deadline")
        return "\n".join(f"{label}{sep}{v[k]}" for label, k in zip(labels, keys, strict=True) if v.get(k))

    return write


LAYOUTS: dict[str, Callable[[Fields], str]] = {
    "canonical": _lines(("Partij", "Micro-actie", "Verwacht effect", "Wie", "Wanneer"), ": "),
    "bare": _lines(("partij", "micro-actie", "verwacht effect", "wie", "wanneer"), " "),
    "english": _lines(("Party", "Action", "Expected effect", "Who", "When"), ": "),
    "inline": lambda v: " ".join(
        f"{label}: {v[k]}" for label, k in (("Wat", "action"), ("Wie", "owner"), ("Wanneer", "deadline")) if v.get(k)
    ),
    "slashes": lambda v: (
        f"→ {v.get('party') or 'team'}: {v.get('action', '')} / wie: {v['owner']} / wnr: {v['deadline']}"
    ),
    "combined": lambda v: f"Wie/Wat/Wanneer: {v['owner']} / {v.get('action', '')} / {v['deadline']}",
    "table": lambda v: (
        f"Partij | Actie | Wie | Wanneer\n{v.get('party', '')} | {v.get('action', '')} | {v['owner']} | {v['deadline']}"
    ),
    "rows": lambda v: "\n".join(
        f"| {label} | {v[k]} |"
        for label, k in (("Partij", "party"), ("Actie", "action"), ("Wie", "owner"), ("Wanneer", "deadline"))
        if v.get(k)
    ),
    "dictated": lambda v: " ".join(
        f"{label} {v[k]}"
        for label, k in (
            ("partij", "party"),
            ("micro actie", "action"),
            ("verwacht effect", "effect"),
            ("wie", "owner"),
            ("wanneer", "deadline"),
        )
        if v.get(k)
    ),
}
# Added in #22's ninth round, before any rule for them: layouts no set and no writer above uses
# (one line with arrows or dashes, the date first, question marks, emoji, a table without a header,
# labels after the action), split by position in a tuning half (even) and a reporting half (odd).
NINTH_LAYOUTS: list[tuple[str, Callable[[Fields], str]]] = [
    ("arrow, one line", lambda v: f"{v['owner']} -> {v.get('action', '')}, {v['deadline']}"),
    (
        "date first, dashes",
        lambda v: f"{v['deadline']} — {v.get('party') or 'team'}: {v.get('action', '')} — {v['owner']}",
    ),
    ("question labels", lambda v: f"Wie? {v['owner']}\nWat? {v.get('action', '')}\nWanneer? {v['deadline']}"),
    ("emoji labels", lambda v: f"📌 Wat: {v.get('action', '')}\n👤 Wie: {v['owner']}\n📅 Wanneer: {v['deadline']}"),
    ("English one line", lambda v: f"What: {v.get('action', '')} | Who: {v['owner']} | When: {v['deadline']}"),
    ("pipes, no header", lambda v: f"{v['owner']} | {v.get('action', '')} | {v['deadline']}"),
    ("date first, colon", lambda v: f"{v['deadline']}: {v.get('action', '')} ({v['owner']})"),
    ("arrow chain", lambda v: f"{v.get('action', '')} → {v['owner']} → {v['deadline']}"),
    ("owner, colon", lambda v: f"{v['owner']}: {v.get('action', '')} → {v['deadline']}"),
    ("emoji, no labels", lambda v: f"👤 {v['owner']}\n📅 {v['deadline']}\n✅ {v.get('action', '')}"),
    ("labels after the action", lambda v: f"{v.get('action', '')} — wie: {v['owner']}, wanneer: {v['deadline']}"),
    ("date first, slashes", lambda v: f"{v['deadline']} / {v['owner']} / {v.get('action', '')}"),
    ("checkbox", lambda v: f"☐ {v.get('action', '')} ({v['owner']}, {v['deadline']})"),
    ("questions, one line", lambda v: f"{v.get('action', '')}. Wie? {v['owner']}. Wanneer? {v['deadline']}"),
]
for _i, (_name, _write) in enumerate(NINTH_LAYOUTS):
    LAYOUTS[f"{_name} (9th, {'tune' if _i % 2 == 0 else 'report'})"] = _write

# Which fields each layout writes (a keep word of a field left out is not counted).
_WRITTEN = {
    "inline": ("action", "owner", "deadline"),
    "slashes": ("party", "action", "owner", "deadline"),
    "combined": ("action", "owner", "deadline"),
    "table": ("party", "action", "owner", "deadline"),
    "rows": ("party", "action", "owner", "deadline"),
    **{
        f"{name} (9th, {'tune' if i % 2 == 0 else 'report'})": (
            ("party", "action", "owner", "deadline")
            if name == "date first, dashes"
            else ("action", "owner", "deadline")
        )
        for i, (name, _) in enumerate(NINTH_LAYOUTS)
    },
}


def forms(name: str) -> list[tuple[dq.Note, Fields]]:
    """The set's forms that have a "Wie" and a "Wanneer", with their fields as read."""
    notes, _ = dq.load_set(dq.SETS[name])
    parser = dq._form_parser()
    out = []
    for n in notes:
        if n.field != "actie":
            continue
        values = {k: v.replace("\n", " ") for k, v in parser.parse(n.text).values.items() if v}
        if values.get("owner") and values.get("deadline"):
            out.append((n, values))
    return out


def _swap_roles(n: dq.Note, values: Fields, turn: int) -> tuple[dq.Note, Fields]:
    """The form with each role under "Wie" (a keep word there) replaced by one of SWAP_ROLES."""
    keep = list(n.keep)
    for i, word in enumerate(n.keep):
        if dq.present(word, values["owner"]) and word not in n.owner_names:
            role = SWAP_ROLES[(turn + i) % len(SWAP_ROLES)]
            values["owner"] = values["owner"].replace(word, role, 1)
            keep[i] = role
    return dq.Note(n.text, n.identifiers, tuple(keep), n.clean, n.field, n.keep_planned, n.owner_names), values


@dataclass
class Row(pt.Tally):
    """Per layout, summed over the forms written in it."""

    planned_kept: int = 0  # planned dates under Wanneer kept as written
    planned: int = 0
    keep_kept: int = 0  # role and party words kept
    keep: int = 0
    names_replaced: int = 0  # names under Wie no longer in the scrubbed form
    names: int = 0


def measure(name: str, scrub: dq.Scrub, args: argparse.Namespace) -> dict[str, Row]:
    """Per layout: planned dates kept, keep words kept, names replaced (each of how many)."""
    lower_names, show = args.lower_names, args.show
    layouts = {k: w for k, w in LAYOUTS.items() if args.only in k}
    per = {layout: Row() for layout in layouts}
    for turn, (n, values) in enumerate(forms(name)):
        if args.swap_roles:
            n, values = _swap_roles(n, values, turn)
        if lower_names:
            for w in n.owner_names:
                values["owner"] = values["owner"].replace(w, w.lower())
        names = [w.lower() if lower_names else w for w in n.owner_names]
        for layout, write in layouts.items():
            text = write(values)
            out, _ = scrub(text, "actie")
            written = " ".join(values.get(k, "") for k in _WRITTEN.get(layout, tuple(values)))
            planned = [w for w in n.keep_planned if w in text]
            keep = [w for w in n.keep if dq.present(w, written) and dq.present(w, text)]
            acc = per[layout]
            acc.planned_kept += sum(w in out for w in planned)
            acc.planned += len(planned)
            acc.keep_kept += sum(dq.present(w, out) for w in keep)
            acc.keep += len(keep)
            acc.names_replaced += sum(not dq.present(w, out) for w in names if dq.present(w, text))
            acc.names += sum(dq.present(w, text) for w in names)
            lost = [w for w in planned if w not in out] + [w for w in keep if not dq.present(w, out)]
            left = [w for w in names if dq.present(w, text) and dq.present(w, out)]
            if show and (lost or left):
                print(f"  {name} {layout}: lost {lost} left {left}\n    {text!r}\n -> {out!r}")
    return per


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = [s for s in dq.DEVELOPMENT if dq.SETS.get(s, Path()).is_file()]
    ap.add_argument("--sets", nargs="+", default=default, choices=dq.DEVELOPMENT)
    ap.add_argument("--lower-names", action="store_true", help="write names under Wie in lower case")
    ap.add_argument("--swap-roles", action="store_true", help="put roles of unlisted shapes under Wie")
    ap.add_argument("--show", action="store_true", help="list what each layout loses or leaves")
    ap.add_argument("--only", default="", help="only the layouts whose name holds this (say 9th)")
    args = ap.parse_args()
    scrub = dq.werkbord_scrub(dq.template_words())
    total = {layout: Row() for layout in LAYOUTS if args.only in layout}
    for name in args.sets:
        for layout, acc in measure(name, scrub, args).items():
            total[layout].add(acc)
    head = ("Wanneer: planned dates kept", "role and party words kept", "Wie: names replaced")
    print(f"{'layout':10s}  {head[0]:>28s}  {head[1]:>26s}  {head[2]:>22s}")
    for layout, r in total.items():
        planned, keep = pt.column_share(r.planned_kept, r.planned), pt.column_share(r.keep_kept, r.keep)
        print(f"{layout:10s}  {planned:>28s}  {keep:>26s}  {pt.column_share(r.names_replaced, r.names):>22s}")


if __name__ == "__main__":
    main()
