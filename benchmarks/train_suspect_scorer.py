"""Train the review step's learned suspect scorer on the development sets, and say how well it
generalises (grouped cross-validation by set), then write ``src/werkbord/privacy/data/suspect_scorer.tsv``.

Data: every development set's notes, scrubbed as ``deid_quality.py`` does (each note on its own,
forms field by field), plus the same notes with their persons, places, organisations and
initials renamed to other pools and written in lower case (``deid_swap.py``'s renaming; each
pool cut in two halves: the first half renames the notes the model learns from, the second the
notes it is scored on, so no renamed word is both learnt and tested). Every word the scrubber
left in place that :mod:`werkbord.privacy.scorer` would score is a row: its features, and
whether it is (part of) a listed identifier still in the note. Never reads a held-out set.

    python benchmarks/train_suspect_scorer.py            # cross-validate, print the curve, write the weights
    python benchmarks/train_suspect_scorer.py --cv-only  # print the curve, write nothing
    python benchmarks/train_suspect_scorer.py --threshold 0.6   # the threshold to ship
    python benchmarks/train_suspect_scorer.py --threshold 0.6 --skip-cv   # only write the weights

Needs scikit-learn (``pip install -e '.[train]'``); the package itself never imports it.
Deterministic: the same sets give the same file.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import math
import pickle
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402
import deid_swap as ds  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "werkbord" / "privacy" / "data" / "suspect_scorer.tsv"
CACHE = Path("/tmp") / "werkbord_scorer_rows.pkl"
# (category, pool) of the renamed copies (deid_swap.py's pools; "lower" keeps the names as written)
VARIANTS = (
    ("person", "names"),
    ("person", "madeup"),
    ("person", "words"),
    ("person", "lowerwords"),
    ("person", "lower"),
    ("location", "towns"),
    ("location", "lower"),
    ("location", "words"),
    ("location", "lowerwords"),
    ("institution", "ordinary"),
    ("institution", "madeup"),
    ("institution", "lowerwords"),
    ("institution", "lower"),
    ("initials", "lower"),
)
_POOL_LISTS = (
    "ORDINARY MADE_UP FIRST_NAMES SURNAMES WORD_FIRST_NAMES WORD_SURNAMES MADE_UP_FIRST MADE_UP_SURNAMES "
    "TOWNS WORD_TOWNS HEADS"
).split()
_FULL_POOLS = {name: list(getattr(ds, name)) for name in _POOL_LISTS}


def _use_half(half: int) -> None:
    """deid_swap's pools cut to one half (0: learn from, 1: score on)."""
    for name, words in _FULL_POOLS.items():
        setattr(ds, name, words[half::2])


@dataclass
class NoteRows:
    """One scrubbed note: what the rows of its words are computed from (so features can change
    without scrubbing again)."""

    set_name: str
    variant: str  # "" for the note as written, else "category/pool/half"
    clean: bool
    text: str = ""  # the scrubbed note
    shield: list[tuple[int, int]] = field(default_factory=list)  # protected words
    ruled: list[tuple[int, int]] = field(default_factory=list)  # what the rules flag
    labelled: list[tuple[int, int]] = field(default_factory=list)  # identifiers left in the note
    # identifiers still in the note that no rule flagged: their occurrences (start, end)
    open_identifiers: list[tuple[str, str, list[tuple[int, int]]]] = field(default_factory=list)
    identifiers: int = 0
    gone_or_ruled: int = 0

    def rows(self, scorer) -> list[tuple[str, int, list[str], int, bool]]:  # noqa: ANN001
        """(token, start, features, label, flagged by a rule) of each word the scorer would score."""
        from werkbord.privacy.scorer import _Note, features

        note = _Note(self.text, self.shield)
        out = []
        for i in scorer.candidates(note, self.shield):
            _, token, start = note.pieces[i]
            end = start + len(token)
            label = int(any(a < end and start < b for a, b in self.labelled))
            ruled = any(a < end and start < b for a, b in self.ruled)
            out.append((token, start, features(note, i, scorer.vocab), label, ruled))
        return out


def _blank_tags(text: str) -> str:
    """``text`` with every tag blanked out, offsets unchanged (a tag's number is no trace)."""
    return dq._TAG.sub(lambda m: " " * len(m.group()), text)


def _read_note(text: str, field_: str, idents: list[tuple[str, str]], clean: bool, scrub, protected) -> NoteRows:  # noqa: ANN001
    from werkbord.privacy.suspects import _phrases, untranslated_suspects

    out, _ = scrub(text, field_)
    found = untranslated_suspects(out, protected=protected, learned=False)
    flagged_spans = [(s, s + len(t)) for t, s, _ in found]
    masked = _blank_tags(out)
    nr = NoteRows("", "", clean, out, _phrases(frozenset(protected)).spans(out), flagged_spans)
    if clean:
        return nr
    nr.labelled = [sp for t, _c in idents for sp in dq._occurrences(t, masked)]
    for t, cat in idents:
        nr.identifiers += 1
        occ = dq._occurrences(t, masked)
        if not occ or all(any(a < e and s < b for a, b in flagged_spans) for s, e in occ):
            nr.gone_or_ruled += 1
        else:
            nr.open_identifiers.append((t, cat, occ))
    return nr


def extract(sets: list[str]) -> list[NoteRows]:
    template = dq.template_words()
    out: list[NoteRows] = []
    for name in sets:
        notes, own = dq.load_set(dq.SETS[name])
        protected = sorted(set(template) | set(own))
        scrub = dq.werkbord_scrub(protected)
        for n in notes:
            idents = [(i.text, i.category) for i in n.identifiers if i.text not in n.owner_names]
            nr = _read_note(n.text, n.field, idents, n.clean, scrub, protected)
            nr.set_name = name
            out.append(nr)
        for half in (0, 1):
            _use_half(half)
            for category, pool in VARIANTS:
                for k, n in enumerate(notes):
                    named = [i.text for i in n.identifiers if i.category == category]
                    if not named or n.clean:
                        continue
                    seed = int(hashlib.md5(f"train{category}{pool}{name}{k}{half}".encode()).hexdigest()[:8], 16)
                    text, renamed = ds.renamed_note(n.text, named, category, random.Random(seed), pool)
                    if not renamed:
                        continue
                    idents = [(t, category) for t in renamed] + [
                        (i.text, i.category) for i in n.identifiers if i.category != category
                    ]
                    nr = _read_note(text, n.field, idents, False, scrub, protected)
                    nr.set_name, nr.variant = name, f"{category}/{pool}/{half}"
                    out.append(nr)
        _use_half(0)
        for name_ in _POOL_LISTS:
            setattr(ds, name_, _FULL_POOLS[name_])
        print(f"  read {name}", file=sys.stderr, flush=True)
    return out


def prepare(data: list[NoteRows], drop: tuple[str, ...] = ()) -> None:
    """Compute every note's rows once (``nr.cached``) with the features of the current code,
    without the features that start with one of ``drop``."""
    from werkbord.privacy.scorer import Scorer

    scorer = Scorer({}, 0.5)
    for nr in data:
        nr.cached = nr.rows(scorer)
        if drop:
            nr.cached = [
                (t, s, [f for f in feats if not f.startswith(drop)], label, ruled)
                for t, s, feats, label, ruled in nr.cached
            ]


def _fit(rows: list[tuple[list[str], int, float]], c: float, min_count: int):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for feats, _, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, n in counts.items() if n >= min_count}
    # identical rows (an ordinary word in the same words around it, in a note and its renamed
    # copies) become one row with their weights added: the same loss, fitted far faster
    merged: dict[tuple[tuple[str, ...], int], float] = {}
    for feats, label, weight in rows:
        key = (tuple(sorted({f for f in feats if f in keep and f != "bias"})), label)
        merged[key] = merged.get(key, 0.0) + weight
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(feats, 1) for feats, _ in merged])
    x = x.tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # (liblinear's index type)
    y = [label for _, label in merged]
    model = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=0)  # (deterministic)
    model.fit(x, y, sample_weight=list(merged.values()))
    weights = {f: float(w) for f, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True) if abs(w) > 1e-4}
    weights["bias"] = float(model.intercept_[0])
    return weights


def _logit(weights: dict[str, float], feats: list[str]) -> float:
    return sum(weights.get(f, 0.0) for f in feats)


def _training_rows(
    data: list[NoteRows], ruled: bool, renamed: float, drop: tuple[str, ...] = ()
) -> list[tuple[list[str], int, float]]:
    """(features, label, weight) of the rows to learn from: the notes as written (weight 1) and
    their copies renamed from the first pool halves (weight ``renamed``: a copy renames every
    name of a kind at once, far more than a note leaves). An identifier's row learns nothing
    from its own word: a word's identity may only say that it is usually an ordinary word, never
    that it is a name (no name of the sets is remembered). ``drop``: features starting so are
    left out (they weigh nothing when scored)."""
    unwanted = ("w:", *drop)
    return [
        (
            [f for f in feats if not f.startswith(unwanted if label else drop)] if label or drop else feats,
            label,
            renamed if nr.variant else 1.0,
        )
        for nr in data
        if not nr.variant.endswith("/1")
        for _t, _s, feats, label, was_ruled in nr.cached
        if ruled or not was_ruled
    ]


@dataclass
class Scored:
    """A held-out fold's notes with each open row's score."""

    name: str = ""
    notes: int = 0
    identifiers: int = 0
    gone_or_ruled: int = 0
    ruled_suspects: int = 0  # what the rules flag (the review step's burden before the scorer)
    # per note: [(score, start, end, label)], open identifiers' occurrences
    per_note: list = field(default_factory=list)
    ruled_scores: list = field(default_factory=list)


def score_fold(weights, data: list[NoteRows], variant_kind: str) -> Scored:
    out = Scored(data[0].set_name if data else "")
    for nr in data:
        if variant_kind == "as written" and nr.variant:
            continue
        if variant_kind == "renamed" and not nr.variant.endswith("/1"):
            continue
        out.notes += 1
        out.identifiers += nr.identifiers
        out.gone_or_ruled += nr.gone_or_ruled
        out.ruled_suspects += len(nr.ruled)
        scored = [(_logit(weights, f), s, s + len(t), label) for t, s, f, label, ruled in nr.cached if not ruled]
        out.per_note.append((scored, nr.open_identifiers, nr.clean))
        # each rule's suspect: the highest score of the words it covers (None: no word scored),
        # and whether it covers an identifier
        for a, b in nr.ruled:
            inside = [_logit(weights, f) for t, s, f, _l, ruled in nr.cached if ruled and s < b and a < s + len(t)]
            hit = any(x < b and a < y for x, y in nr.labelled)
            out.ruled_scores.append((max(inside) if inside else None, hit, nr.clean))
    return out


def curve(folds: list[Scored], cuts: list[float]) -> list[dict]:
    """Per cut (a logit): flags added per 100 notes, identifiers newly flagged, flags on clean notes."""
    rows = []
    for cut in cuts:
        added = newly = on_clean = noise = notes = idents = before = 0
        worst_added, worst_total = (0.0, ""), (0.0, "")
        for fold in folds:
            fold_added = sum(1 for scored, _o, _c in fold.per_note for sc, *_ in scored if sc > cut)
            per_100 = 100 * fold_added / max(fold.notes, 1)
            total = 100 * (fold.ruled_suspects + fold_added) / max(fold.notes, 1)
            worst_added = max(worst_added, (per_100, fold.name))
            worst_total = max(worst_total, (total, fold.name))
            notes += fold.notes
            idents += fold.identifiers
            before += fold.gone_or_ruled
            for scored, open_ids, clean in fold.per_note:
                spans = [(s, e) for sc, s, e, _ in scored if sc > cut]
                added += len(spans)
                on_clean += len(spans) if clean else 0
                noise += sum(1 for sc, _s, _e, label in scored if sc > cut and not label)
                newly += sum(
                    1 for _t, _c, occ in open_ids if all(any(a < e and s < b for a, b in spans) for s, e in occ)
                )
        rows.append(
            {
                "threshold": 1 / (1 + math.exp(-cut)),
                "added_per_100": 100 * added / max(notes, 1),
                "newly": newly,
                "open": idents - before,
                "identifiers": idents,
                "rof_before": before / max(idents, 1),
                "rof_after": (before + newly) / max(idents, 1),
                "on_clean": on_clean,
                "noise": noise,
                "worst_added": worst_added,
                "worst_total": worst_total,
            }
        )
    return rows


@functools.cache
def _rules_digest() -> bytes:
    """A digest of the code and lists that scrub and flag a note (the privacy package without the
    scorer's own module and weights) and of the swap probe's pools: cached rows of other rules are
    never read back. (Not of deid_quality.py, which changes with every set it registers.)"""
    h = hashlib.md5()
    package = ROOT / "src" / "werkbord" / "privacy"
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".tsv", ".json", ".gz") and path.name not in _NOT_RULES:
            h.update(path.relative_to(package).as_posix().encode() + path.read_bytes())
    h.update((Path(__file__).parent / "deid_swap.py").read_bytes())
    return h.digest()


_NOT_RULES = frozenset(("scorer.py", "suspect_scorer.tsv"))


def load(sets: list[str], refresh: bool) -> list[NoteRows]:
    """Every set's scrubbed notes, read once per set and kept in /tmp (``refresh``: read again,
    after the rules changed)."""
    data: list[NoteRows] = []
    for name in sets:
        digest = hashlib.md5(dq.SETS[name].read_bytes() + repr(VARIANTS).encode() + _rules_digest()).hexdigest()[:8]
        cache = CACHE.with_suffix(f".{name}.{digest}.pkl")
        if cache.is_file() and not refresh:
            rows = pickle.loads(cache.read_bytes())
        else:
            rows = extract([name])
            cache.write_bytes(pickle.dumps(rows))
        data += rows
    return data


def cross_validate(data: list[NoteRows], args) -> tuple[list[Scored], list[Scored]]:  # noqa: ANN001
    """Each set scored by a model trained on the others: (notes as written, renamed copies)."""
    cut = math.log(args.at / (1 - args.at))
    folds_written, folds_renamed = [], []
    print(
        f"| left-out set | notes | rules' suspects per 100 | open identifiers | newly flagged at {args.at} | "
        f"added per 100 at {args.at} | suspects per 100 after |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for held in args.sets:
        train = [nr for nr in data if nr.set_name != held]
        weights = _fit(_training_rows(train, not args.no_ruled, args.renamed), args.c, args.min_count)
        test = [nr for nr in data if nr.set_name == held]
        written = score_fold(weights, test, "as written")
        folds_written.append(written)
        folds_renamed.append(score_fold(weights, test, "renamed"))
        one = curve([written], [cut])[0]
        ruled = 100 * written.ruled_suspects / max(written.notes, 1)
        print(
            f"| {held} | {written.notes} | {ruled:.1f} | {one['open']} | {one['newly']} | "
            f"{one['added_per_100']:.1f} | {ruled + one['added_per_100']:.1f} |"
        )
    return folds_written, folds_renamed


def _folds(sets: list[str], k: int) -> list[list[str]]:
    """Whole sets per fold (never notes of one set on both sides): ``k`` folds dealt round-robin in
    the order given (deterministic), or one set per fold when ``k`` is 0."""
    if k <= 0 or k >= len(sets):
        return [[name] for name in sets]
    return [sets[i::k] for i in range(k)]


def grouped_scores(data: list[NoteRows], sets: list[str], k: int, settings: dict) -> tuple[list[Scored], list[Scored]]:
    """Each set of ``sets`` scored by a model trained on the other folds' sets: (notes as written,
    renamed copies). ``settings``: c, min_count, renamed, ruled, drop."""
    written, renamed = [], []
    for held in _folds(sets, k):
        train = [nr for nr in data if nr.set_name in sets and nr.set_name not in held]
        rows = _training_rows(train, settings["ruled"], settings["renamed"], settings["drop"])
        weights = _fit(rows, settings["c"], settings["min_count"])
        for name in held:
            test = [nr for nr in data if nr.set_name == name]
            written.append(score_fold(weights, test, "as written"))
            renamed.append(score_fold(weights, test, "renamed"))
    return written, renamed


def cut_for_budget(folds: list[Scored], per_100: float) -> float:
    """The cut (a logit) at which the folds' pooled flags added are at most ``per_100`` per 100 notes."""
    scores = sorted((sc for f in folds for scored, _o, _c in f.per_note for sc, *_ in scored), reverse=True)
    allowed = int(per_100 * sum(f.notes for f in folds) / 100)
    if allowed >= len(scores):
        return -1e9
    return scores[allowed] if allowed > 0 else scores[0] + 1e-9


def per_set_table(folds: list[Scored], cut: float) -> None:
    """Per set at ``cut``: flags added, how many sit on an identifier, identifiers newly flagged,
    removed or flagged and suspects per 100 notes before -> after."""
    print(
        "| set | notes | flags added | on an identifier | identifiers newly flagged | "
        "removed or flagged before -> after | suspects per 100 before -> after |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    total = {"notes": 0, "added": 0, "hits": 0, "newly": 0, "open": 0, "ids": 0, "before": 0, "ruled": 0}
    for fold in folds:
        added = sum(1 for scored, _o, _c in fold.per_note for sc, *_ in scored if sc > cut)
        hits = sum(1 for scored, _o, _c in fold.per_note for sc, _s, _e, label in scored if sc > cut and label)
        r = curve([fold], [cut])[0]
        ruled = 100 * fold.ruled_suspects / max(fold.notes, 1)
        print(
            f"| {fold.name} | {fold.notes} | {added} | {hits} | {r['newly']} of {r['open']} | "
            f"{r['rof_before']:.2%} -> {r['rof_after']:.2%} | {ruled:.1f} -> {ruled + r['added_per_100']:.1f} |"
        )
        for key, value in (
            ("notes", fold.notes),
            ("added", added),
            ("hits", hits),
            ("newly", r["newly"]),
            ("open", r["open"]),
            ("ids", fold.identifiers),
            ("before", fold.gone_or_ruled),
            ("ruled", fold.ruled_suspects),
        ):
            total[key] += value
    t = total
    ids, notes = max(t["ids"], 1), max(t["notes"], 1)
    print(
        f"| all | {t['notes']} | {t['added']} | {t['hits']} | {t['newly']} of {t['open']} | "
        f"{t['before'] / ids:.2%} -> {(t['before'] + t['newly']) / ids:.2%} | "
        f"{100 * t['ruled'] / notes:.2f} -> {100 * (t['ruled'] + t['added']) / notes:.2f} |"
    )


def search(data: list[NoteRows], sets: list[str], args) -> None:  # noqa: ANN001
    """Grouped cross-validation (whole sets held out) of each setting of a small grid: identifiers
    newly flagged at a budget of flags added per 100 notes, notes as written and renamed."""
    budgets = (1.0, 1.5, 2.0, 2.5, 3.0)
    print(f"grouped cross-validation, {args.folds or len(sets)} folds of whole sets over: {' '.join(sets)}")
    print(
        "| C | min count | renamed | dropped | "
        + " | ".join(f"newly at {b} per 100 (renamed)" for b in budgets)
        + f" | at threshold {args.at}: added per 100, newly |"
    )
    print("| --- " * (5 + len(budgets)) + "|")
    for c in args.grid_c:
        for min_count in args.grid_min_count:
            for drop in args.grid_drop:
                dropped = tuple(d for d in drop.split(",") if d)
                settings = {"c": c, "min_count": min_count, "renamed": args.renamed, "ruled": not args.no_ruled}
                settings["drop"] = dropped
                written, renamed = grouped_scores(data, sets, args.folds, settings)
                cells = []
                for b in budgets:
                    w = curve(written, [cut_for_budget(written, b)])[0]
                    r = curve(renamed, [cut_for_budget(renamed, b)])[0]
                    cells.append(f"{w['newly']} of {w['open']} ({r['newly']} of {r['open']})")
                at = curve(written, [math.log(args.at / (1 - args.at))])[0]
                print(
                    f"| {c} | {min_count} | {args.renamed} | {drop or '-'} | "
                    + " | ".join(cells)
                    + f" | {at['added_per_100']:.2f}, {at['newly']} |",
                    flush=True,
                )


def replace_band(folds: list[Scored], cuts: list[float]) -> None:
    """What replacing instead of flagging above a cut would do, per set: identifiers newly
    removed (every occurrence above the cut), clean notes it would change, and ordinary words
    it would replace in notes with identifiers."""
    print("\nA replace band (cross-validated by set, notes as written):")
    print("| threshold | identifiers newly removed | clean notes changed | ordinary words replaced | per set |")
    print("| --- | --- | --- | --- | --- |")
    for cut in cuts:
        per_set, totals = [], [0, 0, 0]
        for fold in folds:
            newly = clean = noise = 0
            for scored, open_ids, is_clean in fold.per_note:
                spans = [(s, e) for sc, s, e, _ in scored if sc > cut]
                if is_clean:
                    clean += bool(spans)
                    continue
                noise += sum(1 for sc, _s, _e, label in scored if sc > cut and not label)
                newly += sum(
                    1 for _t, _c, occ in open_ids if all(any(a < e and s < b for a, b in spans) for s, e in occ)
                )
            totals = [totals[0] + newly, totals[1] + clean, totals[2] + noise]
            if newly or clean or noise:
                per_set.append(f"{fold.name} +{newly}/-{clean}/{noise}")
        threshold = 1 / (1 + math.exp(-cut))
        print(f"| {threshold:.3f} | {totals[0]} | {totals[1]} | {totals[2]} | {', '.join(per_set)} |")


def demote_band(folds: list[Scored], cuts: list[float]) -> None:
    """What dropping the rules' suspects the scorer scores below a cut would do: suspects
    dropped, of them on an identifier, and the most suspects per 100 notes left on one set."""
    print("\nThe rules' suspects scored low (cross-validated by set, notes as written):")
    print("| below | rules' suspects dropped | on an identifier | per 100 notes | most on one set after |")
    print("| --- | --- | --- | --- | --- |")
    notes = sum(f.notes for f in folds)
    for cut in cuts:
        dropped = hits = 0
        worst = (0.0, "")
        for fold in folds:
            low = [hit for score, hit, _clean in fold.ruled_scores if score is not None and score < cut]
            dropped += len(low)
            hits += sum(low)
            worst = max(worst, (100 * (fold.ruled_suspects - len(low)) / max(fold.notes, 1), fold.name))
        threshold = 1 / (1 + math.exp(-cut))
        print(f"| {threshold:.3f} | {dropped} | {hits} | {100 * dropped / notes:.2f} | {worst[0]:.1f} ({worst[1]}) |")


def promote_band(folds: list[Scored], cuts: list[float]) -> None:
    """What replacing the rules' suspects the scorer scores above a cut would do: suspects
    replaced on an identifier, on an ordinary word in a note with identifiers, in a clean note."""
    print("\nThe rules' suspects scored high, replaced (cross-validated by set, notes as written):")
    print("| above | on an identifier | on an ordinary word | in a clean note | per set (identifier/word/clean) |")
    print("| --- | --- | --- | --- | --- |")
    for cut in cuts:
        totals, per_set = [0, 0, 0], []
        for fold in folds:
            high = [(hit, clean) for score, hit, clean in fold.ruled_scores if score is not None and score > cut]
            row = [sum(h for h, _c in high), sum(1 for h, c in high if not h and not c), sum(c for _h, c in high)]
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            if any(row):
                per_set.append(f"{fold.name} {row[0]}/{row[1]}/{row[2]}")
        threshold = 1 / (1 + math.exp(-cut))
        print(f"| {threshold:.3f} | {totals[0]} | {totals[1]} | {totals[2]} | {', '.join(per_set)} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(dq.DEVELOPMENT))
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--threshold", type=float, default=None, help="the probability above which a word is flagged")
    ap.add_argument("--at", type=float, default=0.5, help="the threshold the per-set table is printed at")
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    ap.add_argument("--min-count", type=int, default=3, help="drop features seen in fewer rows")
    ap.add_argument("--renamed", type=float, default=0.3, help="weight of a renamed copy's words")
    ap.add_argument("--no-ruled", action="store_true", help="learn only from words no rule flagged")
    ap.add_argument("--refresh", action="store_true", help="read the sets again instead of the cached rows")
    ap.add_argument("--drop", nargs="*", default=[], help="leave out features starting so (to measure what they add)")
    ap.add_argument(
        "--skip-cv", action="store_true", help="write the weights without cross-validating (the curve measured before)"
    )
    ap.add_argument("--folds", type=int, default=0, help="grouped folds of whole sets (0: one set per fold)")
    ap.add_argument("--search", action="store_true", help="cross-validate a grid of settings, write nothing")
    ap.add_argument("--grid-c", nargs="+", type=float, default=[0.1, 0.3, 1.0, 3.0])
    ap.add_argument("--grid-min-count", nargs="+", type=int, default=[3, 10])
    ap.add_argument("--grid-drop", nargs="+", default=[""], help="comma-separated feature prefixes per setting")
    ap.add_argument("--hold", nargs="*", default=[], help="sets to leave out of training and score apart")
    ap.add_argument("--weights", type=Path, help="with --hold: score the held sets with this weights file")
    args = ap.parse_args()
    frozen = [s for s in args.sets + args.hold if s.startswith("frozen")]
    if frozen:
        sys.exit(f"the scorer learns from development sets only, not {', '.join(frozen)}")
    data = load(list(dict.fromkeys(args.sets + args.hold)), args.refresh)
    prepare(data, tuple(args.drop))
    if args.search or args.hold:
        held_apart(data, args)
        return
    if args.skip_cv:
        if args.threshold is None:
            sys.exit("give --threshold to write the weights")
        write(_fit(_training_rows(data, not args.no_ruled, args.renamed), args.c, args.min_count), args)
        return
    folds_written, folds_renamed = cross_validate(data, args)
    cuts = [x / 4 for x in range(-8, 13)]
    for label, folds in (("as written", folds_written), ("renamed (second pool halves)", folds_renamed)):
        print(f"\nCross-validated by set, notes {label}:")
        print(
            "| threshold | flags added per 100 notes | most on one set | on clean notes | on no identifier | "
            "identifiers newly flagged | removed or flagged before -> after |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for r in curve(folds, cuts):
            worst, name = r["worst_added"]
            print(
                f"| {r['threshold']:.2f} | {r['added_per_100']:.2f} | {worst:.1f} ({name}) | {r['on_clean']} | "
                f"{r['noise']} | {r['newly']} of {r['open']} | {r['rof_before']:.2%} -> {r['rof_after']:.2%} |"
            )
    replace_band(folds_written, [x / 2 for x in range(2, 11)])
    promote_band(folds_written, [math.log(p / (1 - p)) for p in (0.9, 0.95, 0.98, 0.99, 0.995, 0.998)])
    demote_band(folds_written, [math.log(p / (1 - p)) for p in (0.005, 0.01, 0.02, 0.05, 0.1)])
    if args.cv_only:
        return
    if args.threshold is None:
        sys.exit("give --threshold to write the weights (chosen from the curve above)")
    weights = _fit(_training_rows(data, not args.no_ruled, args.renamed), args.c, args.min_count)
    write(weights, args)


def held_apart(data: list[NoteRows], args) -> None:  # noqa: ANN001
    """``--search`` over the sets not held, and the held sets scored by a model trained on the
    others (or by ``--weights``), per set."""
    train_sets = [s for s in args.sets if s not in args.hold]
    if args.search:
        search(data, train_sets, args)
    if not args.hold:
        return
    if args.weights:
        from werkbord.privacy.scorer import read_weights

        weights, threshold = read_weights(args.weights.read_text("utf-8"))
        print(f"\nheld apart, scored by {args.weights} (threshold {threshold}):")
    else:
        train = [nr for nr in data if nr.set_name in train_sets]
        rows = _training_rows(train, not args.no_ruled, args.renamed, tuple(args.drop))
        weights, threshold = _fit(rows, args.c, args.min_count), args.threshold or args.at
        print(f"\nheld apart, scored by a model trained on {' '.join(train_sets)} (threshold {threshold}):")
    cut = math.log(threshold / (1 - threshold))
    for kind in ("as written", "renamed"):
        print(f"\nnotes {kind}:")
        folds = [score_fold(weights, [nr for nr in data if nr.set_name == name], kind) for name in args.hold]
        per_set_table(folds, cut)


def write(weights: dict[str, float], args) -> None:  # noqa: ANN001
    lines = [
        "# The review step's learned suspect scorer (werkbord.privacy.scorer): logistic-regression",
        "# weights, one feature and its weight per line, tab-separated; '@threshold' is the probability",
        "# above which a word is flagged for review.",
        "# Learned from the synthetic development sets only (tests/data/deid_corpus.yaml, deid_dev*.yaml:",
        "# made-up notes, no real health data) and their renamed copies; never from a held-out set.",
        f"# Rebuild: python benchmarks/train_suspect_scorer.py --threshold {args.threshold} --c {args.c} "
        f"--min-count {args.min_count} --renamed {args.renamed}"
        + (" --no-ruled" if args.no_ruled else "")
        + (f" --drop {' '.join(args.drop)}" if args.drop else "")
        + " --skip-cv (deterministic: liblinear's seed is fixed at 0)",
        f"# Sets: {' '.join(args.sets)}",
        f"@threshold\t{args.threshold}",
    ]
    lines += [f"{name}\t{w:.4f}" for name, w in sorted(weights.items()) if round(w, 4) != 0]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
