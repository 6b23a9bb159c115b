"""Which rule replaced what: every replacement in a note, with the rule that made it.

For over-scrubbing work: a clean note that came back changed says *that* a rule fired, not
*which*. This runs the harvest's own pipeline once per note with every werkbord rule of
:func:`werkbord.privacy.detect.find_all` and every deduce step wrapped, and names, for each
replaced span, the deduce annotator or werkbord function that first produced it (for the
review step's reader promoted to a replacement, ``sure_identifiers``, also its reason).

    python benchmarks/deid_why.py "Storm in zijn hoofd" "Boot had vertraging"
    python benchmarks/deid_why.py --sets dev11 dev12       # the changed clean notes of these sets
    python benchmarks/deid_why.py --probe                  # the clean probe's changed notes

``--sets`` takes development sets only (the held-out sets are refused: their notes are never read).
Ends with a count of replacements per rule.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402

_WRAPPED = (
    "initials role_names known_names loose_initials nicknames word_first_names proper_names beside_persons "
    "coordinated_names school_acronyms find_extra organisations named_handles neighbourhoods institutions "
    "named_by_kind headed_names roads place_adjectives streets named_organisations coordinated_organisations "
    "sure_identifiers lower_surnames lower_places lower_streets lower_codes_and_regions lower_initials "
    "_s_places _repeated"
).split()


class Tracer:
    def __init__(self, protected: list[str]) -> None:
        from werkbord.privacy import Scrubber
        from werkbord.privacy import detect as d
        from werkbord.privacy import engine as eng
        from werkbord.privacy.protect import ProtectedPhrases

        self.scrubber = Scrubber(protected, progress=lambda m: print(m, file=sys.stderr))
        self.engine = self.scrubber._get_engine()
        self.phrases = ProtectedPhrases(protected)
        self.origins: dict[tuple[int, int, str], str] = {}
        self.deduce: list[tuple[int, int, str]] = []
        for name in _WRAPPED:
            setattr(d, name, self._wrap(name, getattr(d, name)))
        steps = list(eng._steps(self.engine._deduce.processors))
        self.engine._steps = [self._wrap_step(names, step) for names, step in steps]
        self.engine._steps_without_digits = [
            self._wrap_step(names, step) for names, step in steps if not eng._NEEDS_DIGITS.intersection(names)
        ]

    def _wrap(self, name: str, fn):  # noqa: ANN001, ANN202
        def wrapped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            out = fn(*args, **kwargs)
            for f in out:
                why = ""
                if name == "sure_identifiers":
                    why = self._reason(args[0], f.start)
                self.origins.setdefault((f.start, f.end, f.tag), f"werkbord:{name}{why}")
            return out

        return wrapped

    def _reason(self, text: str, start: int) -> str:
        from werkbord.privacy.lexicon import name_lists
        from werkbord.privacy.suspects import _Reader

        reader = _Reader(text, self.engine._lexicon, *name_lists())
        for _token, s, why in reader.candidates([], again=False):
            if s == start:
                return f" ({why})"
        return ""

    def _wrap_step(self, names: tuple[str, ...], step):  # noqa: ANN001, ANN202
        label = "/".join(names)
        process = step.process
        tracer = self

        class Step:
            def process(self, doc):  # noqa: ANN001, ANN202
                before = {(a.start_char, a.end_char, a.tag) for a in doc.annotations}
                process(doc)
                if "werkbord" not in label:
                    for a in doc.annotations:
                        key = (a.start_char, a.end_char, a.tag)
                        if key not in before:
                            tracer.deduce.append((*key, f"deduce:{label}"))

        return Step()

    def why(self, text: str, field: str = "") -> tuple[str, list[tuple[str, str, str]]]:
        self.origins.clear()
        self.deduce.clear()
        tagged = self.engine.tag(text, self.phrases, layout=dq.form_layout(text, field))
        rows = []
        for a in tagged.annotations:
            origin = self.origins.get((a.start, a.end, a.tag))
            if origin is None:
                origin = next(
                    (o for s, e, _t, o in self.deduce if s < a.end and a.start < e and "post_processing" not in o),
                    None,
                )
            if origin is None:
                origin = next(
                    (o for (s, e, _t), o in self.origins.items() if s < a.end and a.start < e), "deduce:post_processing"
                )
            rows.append((text[a.start : a.end], a.tag, origin))
        return tagged.text, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", nargs="*")
    ap.add_argument("--sets", nargs="*", default=[], choices=list(dq.DEVELOPMENT))
    ap.add_argument("--probe", action="store_true", help="the clean probe's notes")
    ap.add_argument("--all", action="store_true", help="also notes with identifiers (every replacement)")
    args = ap.parse_args()
    template = dq.template_words()
    jobs: list[tuple[str, str, str]] = [("", t, "") for t in args.texts]
    own: set[str] = set()
    for name in args.sets:
        notes, protected = dq.load_set(dq.SETS[name])
        own |= set(protected)
        jobs += [(name, n.text, n.field) for n in notes if n.clean or args.all]
    if args.probe:
        import deid_clean_probe as probe

        jobs += [(n.shape, n.text, n.field) for n in probe.generate() if n.clean]
    tracer = Tracer(sorted(set(template) | own))
    count: Counter[str] = Counter()
    for where, text, field in jobs:
        out, rows = tracer.why(text, field)
        if not rows and out == text:
            continue
        print(f"{where}: {text!r}\n  -> {out!r}")
        for span, tag, origin in rows:
            print(f"     {span!r} {tag} <- {origin}")
            count[origin.split(" (")[0]] += 1
    print("\nreplacements per rule:")
    for origin, n in count.most_common():
        print(f"  {n:4} {origin}")


if __name__ == "__main__":
    main()
