"""werkbord's numpy-free overlap resolver gives what docdeid's gives, and a harvest's engine
runs without importing numpy (docdeid imports it for that one resolver; ~0.1 s a process)."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from frozendict import frozendict

from werkbord.privacy.engine import PlainOverlapResolver, dd

TAGS = ("persoon", "voornaam_patient", "achternaam_onbekend", "pseudo_naam", "locatie", "datum", "leeftijd")
ORDERS = [
    # deduce's post-processing: by its config's attributes, ascending or not
    (("length", "start_char"), frozendict(length=lambda x: -x, start_char=lambda x: x)),
    # deduce's person converter: pseudo first, then patient, then the longest
    (
        ("tag", "length"),
        frozendict(tag=lambda t: 0 if "pseudo" in t else 1 if "patient" in t else 2, length=lambda x: -x),
    ),
    (("start_char",), None),
]


def _annotations(rng: random.Random, text: str) -> dd.AnnotationSet:
    spans = set()
    for _ in range(rng.randint(1, 8)):
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randint(0, 12))
        spans.add((start, end, rng.choice(TAGS)))
    return dd.AnnotationSet(
        dd.Annotation(text=text[s:e], start_char=s, end_char=e, tag=tag) for s, e, tag in sorted(spans)
    )


@pytest.mark.parametrize("order", range(len(ORDERS)))
def test_plain_resolver_gives_docdeids_annotations_in_its_order(order):
    sort_by, callbacks = ORDERS[order]
    ours = PlainOverlapResolver(sort_by=sort_by, sort_by_callbacks=callbacks)
    theirs = dd.process.OverlapResolver(sort_by=sort_by, sort_by_callbacks=callbacks)
    rng = random.Random(order)
    text = "Jan de Vries woont sinds maart in Utrecht bij zijn zus Marieke (54) en haar man"
    overlapping = 0
    for _ in range(400):
        annotations = _annotations(rng, text)
        expected = theirs.process_annotations(annotations, text)
        got = ours.process_annotations(annotations, text)
        assert got == expected
        assert list(got.sorted(by=("start_char",))) == list(expected.sorted(by=("start_char",)))
        overlapping += expected != annotations
    assert overlapping > 100  # the cases do overlap, and are cut into runs


def test_engine_tags_without_numpy_and_holds_no_numpy_resolver():
    code = (
        "import sys\n"
        "from werkbord.privacy import Scrubber\n"
        "from werkbord.privacy.engine import PlainOverlapResolver, dd\n"
        "s = Scrubber(['huisarts'], progress=lambda m: None)\n"
        "r = s.scrub('Jan Jansen (54) en Jan belden met huisarts Pietersen uit Utrecht op 3 maart')\n"
        "assert '[PERSOON-1]' in r.text, r.text\n"
        "def walk(group):\n"
        "    for _name, p in group:\n"
        "        if isinstance(p, dd.process.DocProcessorGroup):\n"
        "            yield from walk(p)\n"
        "        else:\n"
        "            yield p\n"
        "            yield getattr(p, '_overlap_resolver', None)\n"
        "procs = list(walk(s._get_engine()._deduce.processors))\n"
        "kinds = {type(p).__name__ for p in procs if isinstance(p, dd.process.OverlapResolver)}\n"
        "print(sorted(kinds), 'numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[-2] == "['PlainOverlapResolver'] False"


def test_docdeids_own_resolver_still_works_after_the_stand_in():
    # docdeid's module holds the stand-in; asking it for numpy imports the real one
    import docdeid.process.annotation_processor as docdeid_module

    arr = docdeid_module.np.zeros(3)
    assert arr.shape == (3,)
    assert sys.modules["numpy"].zeros is docdeid_module.np.zeros
