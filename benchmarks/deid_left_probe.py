"""What the rules leave unflagged on renamed notes: persons, institutions and initials, by half.

The rename probe (``deid_swap.py``) renames every identifier of the development sets to another
word of the same shape; a rule that read a name from a note loses it there. This probe runs its
pools at once (all four categories together: ``ordinary``, ``madeup``, ``lower``, ``lowerword``;
persons alone with names that are words; initials alone in lower case) and counts, per category,
the renamed identifiers removed, removed or flagged by the review step, and left unflagged.

The sets are split in two halves by their number: ``corpus`` and the even ``devN`` are the tune
half (rules are written from what it leaves), ``dev`` and the odd ``devN`` the report half, whose
figures are this probe's own held-out measure. ``--show`` lists what is left unflagged on the
tune half (``--show-report`` also on the report half), with the words around it. Seeded as
``deid_swap.py`` is: the same every run. In-process, every note on its own; never on held-out sets.

    python benchmarks/deid_left_probe.py [--sets corpus dev dev2 ...] [--show] [--show-report]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402
import deid_swap as sw  # noqa: E402

CATEGORIES = ("person", "institution", "initials")
_ALL = ("institution", "person", "location", "initials")
MODES = {
    "joint-ordinary": sw.Mode("ordinary", _ALL, True),
    "joint-madeup": sw.Mode("madeup", _ALL, True),
    "joint-lower": sw.Mode("lower", _ALL, True),
    "joint-lowerword": sw.Mode("lowerword", _ALL, True),
    "person-words": sw.Mode("words", ("person",), False),
    "initials-lower": sw.Mode("lower", ("initials",), False),
}


def half(name: str) -> str:
    """ "tune" for ``corpus`` and the even development sets, "report" for ``dev`` and the odd ones."""
    number = 0 if name == "corpus" else 1 if name == "dev" else int(name.removeprefix("dev"))
    return "tune" if number % 2 == 0 else "report"


def frame(out: str, new: str) -> str:
    """The two words before and after ``new`` in the scrubbed ``out``: "[werkt bij] kiezel [in deventer]"."""
    at = out.find(new)
    if at < 0:
        return repr(new)
    before = re.findall(r"[\w\[\]-]+|[^\w\s]", out[:at])[-2:]
    after = re.findall(r"[\w\[\]-]+|[^\w\s]", out[at + len(new) :])[:2]
    return f"[{' '.join(before) or '^'}] {new!r} [{' '.join(after) or '$'}]"


def measure(name: str, counts: dict, shown: list[str]) -> None:
    """Adds ``name``'s renamed identifiers to ``counts[(half, mode, category)] = [n, removed, flagged]``."""
    from werkbord.privacy.lexicon import first_names

    names = first_names()
    notes, own = dq.load_set(dq.SETS[name])
    protected = sorted(set(dq.template_words()) | set(own))
    scrub, suspects = dq.werkbord_scrub(protected), dq.werkbord_suspects(protected)
    for mode_name, mode in MODES.items():
        for i, note in enumerate(notes):
            rng = random.Random(mode.seed(name, i))
            text, renamed = mode.renamed(note, rng, names if mode.joint else frozenset())
            out, _ = scrub(text, note.field)
            spans = [(s.start, s.start + len(s.text)) for s in suspects(out)]
            for new, category in renamed:
                if category not in CATEGORIES:
                    continue
                row = counts.setdefault((half(name), mode_name, category), [0, 0, 0])
                removed = mode.removed(new, out)
                flagged = removed or dq.flagged(new, out, spans)
                row[0], row[1], row[2] = row[0] + 1, row[1] + removed, row[2] + flagged
                if not flagged:
                    shown.append(f"  {half(name)} {name} {mode_name} {category}: {frame(out, new)}")


def report(counts: dict) -> str:
    lines = [
        "| half | category | renamed | removed | removed or flagged | left unflagged |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for h in ("tune", "report"):
        for category in CATEGORIES:
            n, removed, flagged = (
                sum(v[i] for k, v in counts.items() if k[0] == h and k[2] == category) for i in range(3)
            )
            if n:
                lines.append(f"| {h} | {category} | {n} | {removed / n:.1%} | {flagged / n:.1%} | {n - flagged} |")
    lines += ["", "| half | pool | category | renamed | left unflagged |", "| --- | --- | --- | --- | --- |"]
    for (h, mode_name, category), (n, _removed, flagged) in sorted(counts.items()):
        lines.append(f"| {h} | {mode_name} | {category} | {n} | {n - flagged} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None, out: Callable[[str], None] = print) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=[s for s in dq.DEVELOPMENT if dq.SETS.get(s, Path()).is_file()])
    ap.add_argument("--show", action="store_true", help="list what the tune half leaves unflagged")
    ap.add_argument("--show-report", action="store_true", help="also list the report half's")
    args = ap.parse_args(argv)
    held_out = [s for s in args.sets if s.startswith("frozen") or s in dq.HELD_OUT]
    if held_out:
        sys.exit(f"deid_left_probe.py is for development sets only, not {', '.join(held_out)}")
    counts: dict = {}
    shown: list[str] = []
    for name in args.sets:
        measure(name, counts, shown)
    out(report(counts))
    for line in shown:
        if args.show_report or (args.show and line.split()[0] == "tune"):
            out(line)


if __name__ == "__main__":
    main()
