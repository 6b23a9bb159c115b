"""One digest per test set of everything pseudonymisation hands back, to show that a change to
the pipeline's plumbing (loading, caching, dispatch) leaves its output identical.

    PYTHONHASHSEED=0 python benchmarks/deid_digests.py > after.txt
    PYTHONHASHSEED=0 PYTHONPATH=/path/to/other/checkout/src python benchmarks/deid_digests.py > before.txt
    diff before.txt after.txt

Run both sides with the same ``PYTHONHASHSEED``: a form's kept texts (``ScrubResult.kept_texts``)
come in the order of a set, which differs between processes (seen on deid_dev13.yaml: the same
two dates in either order), so without it a digest can differ where nothing changed.

For every ``tests/data/deid_*.yaml`` (development and held-out sets alike) it scrubs each note on
its own (:meth:`Scrubber.scrub`, a micro-action form by its fields as a harvest lays it out) and
the whole set as one harvest (:meth:`Scrubber.scrub_many` with the review step, names shared
between the notes), and reads every scrubbed note for the review step (:func:`find_suspects`,
translated). Each set's digest covers the scrubbed texts, the counts, the fields, what the field
policy kept and replaced, and every suspect with its place and reason.

Only the set's name, its number of notes and the digest are printed, never a note: the
held-out sets are run here for this identity check only, and must not be read.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from deid_quality import form_layout, load_set, template_words  # noqa: E402


def _result(r) -> str:  # noqa: ANN001 - a ScrubResult
    return repr((r.text, r.counts, r.fields, r.kept, r.replaced, r.kept_texts, r.suspects))


def digest(path: Path) -> tuple[int, str]:
    from werkbord.privacy import Scrubber
    from werkbord.privacy.suspects import find_suspects

    notes, own = load_set(path)
    protected = sorted(set(template_words()) | set(own))
    scrubber = Scrubber(protected, progress=lambda m: print(m, file=sys.stderr, flush=True))
    h = hashlib.sha256()
    texts = [n.text for n in notes]
    layouts = [form_layout(n.text, n.field) for n in notes]
    for text, layout in zip(texts, layouts, strict=True):
        r = scrubber.scrub(text, layout)
        h.update(_result(r).encode())
        found = find_suspects(r.text, protected=frozenset(protected))
        h.update(repr([(s.text, s.start, s.why) for s in found]).encode())
    for r in scrubber.scrub_many(texts, layouts, review=protected):
        h.update(_result(r).encode())
    return len(notes), h.hexdigest()[:24]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set names (deid_dev.yaml ...); default: every tests/data/deid_*.yaml")
    args = ap.parse_args()
    import werkbord

    print(f"# werkbord from {Path(werkbord.__file__).parent}", file=sys.stderr)
    paths = [ROOT / "tests" / "data" / s for s in args.sets] or sorted((ROOT / "tests" / "data").glob("deid_*.yaml"))
    t0 = time.perf_counter()
    for path in paths:
        n, d = digest(path)
        print(f"{path.name}\t{n}\t{d}", flush=True)
    print(f"# {time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
