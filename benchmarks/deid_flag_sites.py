"""Which suspects of the review step are near-certain identifiers? Counts per reason and per site.

Scrubs every note of the development sets as ``deid_quality.py`` does (each note on its own,
micro-action forms field by field), finds the review step's suspects in the scrubbed note and
counts, per reason and per place in :mod:`werkbord.privacy.suspects` that gave a shown-only
reason (the line of the ``_FlagOnly``), how many sit on an identifier left in the note and how
many on anything else; the learned scorer's suspects are counted per band of its score. Counts
are printed pooled and per group of sets (``--hold``: sets kept apart while choosing a rule, to
check it on afterwards). Prints counts only, never a note; never run on the held-out sets.

    python benchmarks/deid_flag_sites.py [--sets corpus dev ...] [--hold dev29 dev30 dev31 dev32]
        [--min 10]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402


def _track_sites() -> dict[int, float]:
    """Make every shown-only reason remember where it was given, and the scorer its score; returns
    the scores of the last note's scorer suspects by their start."""
    import werkbord.privacy.scorer as sc
    import werkbord.privacy.suspects as su

    class Tracked(su._FlagOnly):  # (no __slots__: it carries its site)
        def __new__(cls, value: str) -> Tracked:
            obj = super().__new__(cls, value)
            frame = sys._getframe(1)
            obj.site = f"{frame.f_code.co_name}:{frame.f_lineno}"
            return obj

    su._FlagOnly = Tracked
    scores: dict[int, float] = {}
    original = sc.Scorer.flags

    def flags(self, text, shielded, protected=()):
        found = original(self, text, shielded, protected)
        note = sc._Note(text, protected)
        by_start = {p[2]: i for i, p in enumerate(note.pieces)}
        for _token, start in found:
            scores[start] = self.logit(note, by_start[start])
        return found

    sc.Scorer.flags = flags
    return scores


def _band(logit: float) -> str:
    p = 1 / (1 + math.exp(-logit))
    for cut in (0.99, 0.98, 0.95, 0.9, 0.8, 0.7):
        if p >= cut:
            return f"p>={cut}"
    return "p<0.7"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(dq.DEVELOPMENT), choices=dq.DEVELOPMENT)
    ap.add_argument("--hold", nargs="*", default=["dev29", "dev30", "dev31", "dev32"], choices=dq.DEVELOPMENT)
    ap.add_argument("--min", type=int, default=5, help="show a key with at least this many suspects")
    ap.add_argument("--rows", type=Path, help="also write every suspect (set, reason, site, hit, token, start, note)")
    args = ap.parse_args()
    scores = _track_sites()
    from werkbord.privacy.protect import ProtectedPhrases  # noqa: F401  (loads the package as measured)
    from werkbord.privacy.scorer import WHY_MODEL, WHY_MODEL_NUMBER
    from werkbord.privacy.suspects import untranslated_suspects

    template = dq.template_words()
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    rows = []
    for name in args.sets:
        notes, own = dq.load_set(dq.SETS[name])
        protected = sorted(set(template) | set(own))
        scrub = dq.werkbord_scrub(protected)
        group = "held" if name in args.hold else "chosen"
        for n in notes:
            out, _tags = scrub(n.text, n.field)
            scores.clear()
            found = untranslated_suspects(out, protected=frozenset(protected))
            left = [span for i in n.identifiers for span in dq._occurrences(i.text, out)]
            for text, start, why in found:
                hit = any(a < start + len(text) and start < b for a, b in left)
                if why in (WHY_MODEL, WHY_MODEL_NUMBER):
                    site = _band(scores.get(start, -9.0))
                else:
                    site = getattr(why, "site", "plain")  # (a reason that may replace: no site)
                key = f"{str(why)[:60]} | {site}"
                rows.append((name, str(why), site, hit, text, start, out, n.clean))
                for g in ("all", group, name):
                    counts[key][g][0 if hit else 1] += 1
    if args.rows:
        import pickle

        args.rows.write_bytes(pickle.dumps(rows))
    print(f"{'all hit/noise':>14} {'chosen':>10} {'held':>10}  reason | site   (held: {' '.join(args.hold)})")
    for key, by in sorted(counts.items(), key=lambda kv: -sum(kv[1]["all"])):
        hit, noise = by["all"]
        if hit + noise < args.min:
            continue
        c, h = by["chosen"], by["held"]
        share = hit / (hit + noise)
        print(f"{hit:5d}/{noise:<5d}{share:4.0%} {c[0]:4d}/{c[1]:<4d} {h[0]:4d}/{h[1]:<4d}  {key}")
    total = [sum(by["all"][i] for by in counts.values()) for i in (0, 1)]
    print(f"total suspects: {total[0]} on identifiers, {total[1]} on anything else")


if __name__ == "__main__":
    main()
