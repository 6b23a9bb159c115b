"""The reviewer's burden on generated clean notes in new voices: suspects per 100 notes.

Clean notes (no person, place or organisation in them) are generated from the frames and pools
of ``deid_clean_voices.BURDEN_FRAMES`` / ``BURDEN_POOLS``, every pool split into a half to tune
on and a half to report. Each note is scrubbed as harvest scrubs it and then read by the review
step (:func:`werkbord.privacy.suspects.find_suspects`); since nothing in these notes identifies
anyone, every suspect is a word a reviewer reads for nothing. Prints per half and per shape:
notes, suspects per 100 notes, and clean notes left untouched. ``--show`` lists the suspects.

    python benchmarks/deid_burden_probe.py [--per-frame 12] [--seed 22] [--show]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe_tally as pt  # noqa: E402
from deid_clean_voices import burden_notes  # noqa: E402
from probe_tally import HALVES  # noqa: E402


@dataclass
class Row(pt.Tally):
    suspects: int = 0  # suspects the review step shows on the scrubbed clean notes
    untouched: int = 0  # clean notes that came out as written, without a tag
    shown: list[str] = field(default_factory=list)  # each suspect, for --show


def measure(per_frame: int = 12, seed: int = 22) -> dict[tuple[str, str], Row]:
    """(half, shape) -> figures."""
    run = pt.Pipeline.load()
    out: dict[tuple[str, str], Row] = {}
    for half in HALVES:
        for shape, note in burden_notes(half, per_frame, seed):
            row = out.setdefault((half, shape), Row())
            text, tags = run.scrub(note, "")
            found = run.suspects(text)
            row.notes += 1
            row.untouched += pt.untouched(note, text, tags)
            row.suspects += len(found)
            row.shown += [f"{s.text!r} ({s.why}) in {text!r}" for s in found]
    return out


def totals(results: dict[tuple[str, str], Row], half: str) -> Row:
    return pt.total((row for (h, _shape), row in results.items() if h == half), Row)


def _per_100(row: Row) -> str:
    return pt.per_100(row.suspects, row.notes)


def report(results: dict[tuple[str, str], Row]) -> str:
    shapes = list(dict.fromkeys(shape for _half, shape in results))
    lines = [
        "| shape | tune: notes | tune: suspects per 100 | report: notes | report: suspects per 100 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for shape in shapes:
        tune, rep = results.get(("tune", shape), Row()), results.get(("report", shape), Row())
        lines.append(f"| {shape} | {tune.notes} | {_per_100(tune)} | {rep.notes} | {_per_100(rep)} |")
    tune, rep = totals(results, "tune"), totals(results, "report")
    lines.append(f"| **all** | {tune.notes} | **{_per_100(tune)}** | {rep.notes} | **{_per_100(rep)}** |")
    for half, row in (("tune", tune), ("report", rep)):
        lines.append(f"{half}: clean notes untouched {row.untouched} of {row.notes}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-frame", type=int, default=12)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list every suspect")
    args = ap.parse_args()
    results = measure(args.per_frame, args.seed)
    print(report(results))
    if args.show:
        for (half, shape), row in results.items():
            for line in row.shown:
                print(f"  {half} {shape}: {line}")


if __name__ == "__main__":
    main()
