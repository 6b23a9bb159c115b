"""How well and how fast werkbord de-identifies sticky notes.

Prints, for the test corpus (tests/data/deid_corpus.yaml):
  - recall: the share of listed identifiers that no longer appear after scrubbing;
  - the share of party words that survive, and of clean notes left exactly as written;
and timings, each in a fresh process so nothing is warm in memory that a user would not have:
  - cold prepare: the one-time preparation of deduce's lookup data (only if it had to run,
    or always with --cold, which prepares into a temporary directory: about a minute);
  - warm load: importing deduce and loading the prepared data, as the first scrub does;
  - 3,000 notes: one process that imports werkbord, loads, and scrubs 3,000 distinct notes.
With --stock-cache DIR it also times plain ``Deduce(cache_path=DIR)`` loading, and scores plain
deduce on the corpus, for comparison (the first such run builds deduce's own cache in DIR,
which takes over a minute).

    python benchmarks/deid_recall.py [--cold] [--stock-cache DIR [--verbose]] [--notes 3000]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "deid_corpus.yaml"


def _present(word: str, text: str) -> bool:
    left = r"(?<!\d)" if word[0].isdigit() else r"(?<!\w)"
    right = r"(?!\d)" if word[-1].isdigit() else r"(?!\w)"
    return re.search(left + re.escape(word) + right, text) is not None


def load_corpus() -> dict:
    return yaml.safe_load(CORPUS.read_text("utf-8"))


def make_notes(corpus: dict, n: int, seed: int = 1) -> list[str]:
    """``n`` distinct note-sized texts, each two corpus notes one after the other.

    Distinct on purpose: scrub_many scrubs each distinct text once, and a benchmark of
    repeated texts would measure that shortcut instead of deduce. Built only from the corpus
    (no filler of our own), so the share of notes with digits, names and so on is the
    corpus's: far more personal data than a real board has, which makes this a harder load.
    """
    texts = [note["text"] for note in corpus["notes"]]
    pairs = [(a, b) for a in range(len(texts)) for b in range(len(texts)) if a != b]
    if n > len(pairs):
        raise SystemExit(f"the corpus gives at most {len(pairs)} distinct notes")
    rnd = random.Random(seed)
    return [f"{texts[a]}. {texts[b]}" for a, b in rnd.sample(pairs, n)]


def quality(corpus: dict, scrub=None) -> dict:
    """Recall and precision figures on the corpus; ``scrub`` maps a text to (text, n_tags)."""
    if scrub is None:
        from werkbord.privacy import Scrubber

        scrubber = Scrubber(corpus["protected"])

        def scrub(text: str) -> tuple[str, int]:
            r = scrubber.scrub(text)
            return r.text, sum(r.counts.values())

    dirty = [n for n in corpus["notes"] if not n.get("clean")]
    clean = [n for n in corpus["notes"] if n.get("clean")]
    ids_total = ids_removed = keep_total = keep_kept = 0
    notes_all_removed = 0
    misses: list[str] = []
    for n in dirty:
        out, _ = scrub(n["text"])
        # An identifier is a string or a mapping {text, category}.
        words = [w if isinstance(w, str) else w["text"] for w in n["identifiers"]]
        survived = [w for w in words if _present(w, out)]
        ids_total += len(words)
        ids_removed += len(words) - len(survived)
        notes_all_removed += not survived
        if survived:
            misses.append(f"{n['text']!r} -> {out!r} (still shows {survived})")
        keep = n.get("keep", [])
        keep_total += len(keep)
        keep_kept += sum(_present(w, out) for w in keep)
    untouched = 0
    for n in clean:
        out, tags = scrub(n["text"])
        if out == n["text"] and not tags:
            untouched += 1
        else:
            misses.append(f"clean note changed: {n['text']!r} -> {out!r}")
    return {
        "notes_with_identifiers": len(dirty),
        "identifiers": ids_total,
        "recall": ids_removed / ids_total,
        "notes_fully_deidentified": notes_all_removed / len(dirty),
        "party_words_kept": keep_kept / keep_total,
        "clean_notes": len(clean),
        "clean_untouched": untouched / len(clean),
        "misses": misses,
    }


def _child(args: argparse.Namespace) -> None:
    """Runs in a fresh process; prints one JSON line with its timings."""
    t0 = time.perf_counter()
    from werkbord.privacy import Scrubber

    corpus = load_corpus()
    notes = make_notes(corpus, args.notes)
    scrubber = Scrubber(
        corpus["protected"],
        cache_dir=args.cache_dir,
        progress=lambda m: print(m, file=sys.stderr, flush=True),
    )
    t1 = time.perf_counter()
    info = scrubber.prepare()
    t2 = time.perf_counter()
    results = scrubber.scrub_many(notes) if args.notes else []
    t3 = time.perf_counter()
    print(
        json.dumps(
            {
                "import_s": t1 - t0,
                "prepare_s": info.prepare_seconds,
                "built": info.built,
                "load_s": (t2 - t1) - info.prepare_seconds,
                "scrub_s": t3 - t2,
                "total_s": t3 - t0,
                "notes": len(results),
                "distinct": len(set(notes)),
                "tags": sum(sum(r.counts.values()) for r in results),
            }
        )
    )


def _run_child(notes: int, cache_dir: str | None) -> dict:
    cmd = [sys.executable, __file__, "--_child", "--notes", str(notes)]
    if cache_dir:
        cmd += ["--cache-dir", cache_dir]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["process_s"] = time.perf_counter() - t0  # including interpreter start-up
    return data


def _stock_load(cache_dir: str) -> float:
    code = (
        "import time, logging; t = time.perf_counter(); from deduce import Deduce; "
        f"Deduce(cache_path={cache_dir!r}); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=3000)
    ap.add_argument("--cold", action="store_true", help="also measure the one-time preparation")
    ap.add_argument("--stock-cache", help="time plain deduce loading its own cache in this directory")
    ap.add_argument("--verbose", action="store_true", help="list plain deduce's misses too")
    ap.add_argument("--cache-dir", help=argparse.SUPPRESS)
    ap.add_argument("--_child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._child:
        _child(args)
        return

    from werkbord.privacy import default_cache_dir

    print(f"corpus: {CORPUS.relative_to(ROOT)}")
    if args.cold:
        with tempfile.TemporaryDirectory() as tmp:
            cold = _run_child(0, tmp)
        print(f"cold prepare (fresh cache dir):   {cold['prepare_s']:6.1f} s")
    first = _run_child(0, None)  # prepares the user's cache if it is not there yet
    if first["built"]:
        print(f"cold prepare (user cache):        {first['prepare_s']:6.1f} s")
    elif not args.cold:
        print("cold prepare:                     not needed, cache present (--cold measures it)")
    warm = [_run_child(0, None) for _ in range(3)]
    best = min(warm, key=lambda d: d["load_s"])
    print(
        f"warm load (deduce + lookup data): {best['load_s']:6.2f} s   "
        f"(best of 3; import werkbord {best['import_s']:.2f} s)"
    )
    if args.stock_cache:
        _stock_load(args.stock_cache)  # builds deduce's own cache there the first time
        print(f"plain deduce load, for comparison:{_stock_load(args.stock_cache):6.2f} s")
    run = _run_child(args.notes, None)
    print(
        f"{run['notes']} notes ({run['distinct']} distinct, {run['tags']} tags): "
        f"scrub {run['scrub_s']:.2f} s, load {run['load_s']:.2f} s, in-process total "
        f"{run['total_s']:.2f} s, wall incl. interpreter start {run['process_s']:.2f} s "
        f"({run['notes'] / run['scrub_s']:.0f} notes/s)"
    )
    print(f"cache: {default_cache_dir()}")

    q = quality(load_corpus())
    print(
        f"recall: {q['recall']:.1%} of {q['identifiers']} identifiers removed "
        f"({q['notes_fully_deidentified']:.1%} of {q['notes_with_identifiers']} notes fully)"
    )
    print(f"party words kept: {q['party_words_kept']:.1%}")
    print(f"clean notes untouched: {q['clean_untouched']:.1%} of {q['clean_notes']}")
    for m in q["misses"]:
        print(f"  miss: {m}")
    if args.stock_cache:
        print_stock_quality(args.stock_cache, args.verbose)


def print_stock_quality(cache_dir: str, verbose: bool) -> None:
    """The same figures for plain deduce: what werkbord's rules and protection add."""
    from werkbord.privacy._imports import import_deduce

    deduce = import_deduce()
    plain = deduce.Deduce(cache_path=cache_dir)

    def scrub(text: str) -> tuple[str, int]:
        doc = plain.deidentify(text)
        return doc.deidentified_text, len(doc.annotations)

    q = quality(load_corpus(), scrub)
    print(
        f"plain deduce, for comparison: recall {q['recall']:.1%}, fully {q['notes_fully_deidentified']:.1%}, "
        f"party words kept {q['party_words_kept']:.1%}, clean untouched {q['clean_untouched']:.1%}"
    )
    if verbose:
        for m in q["misses"]:
            print(f"  plain deduce miss: {m}")


if __name__ == "__main__":
    main()
