"""Faster ways the privacy rules read a note, held equal to the slower code they replace.

Each fast path here answers exactly what the code before it answered (the rules' decisions do
not change); the reference is kept in the test and compared on many random strings that mix
letters, digits, underscores, hyphens, punctuation, several kinds of white space and letters
from other scripts.
"""

from __future__ import annotations

import random
import re

from werkbord.privacy.suspects import _word_before, _word_ending_at

_ALPHABET = [
    *"abcXYZé9_-.:,(;!'\t\n ",
    *"\xa0\u2009²٣Ωß",  # a non-breaking and a thin space, a superscript digit, an Arabic-Indic digit
    "de ",
    "Jan ",
    "mw. ",
    "12 ",
    "v.d. ",
]


def _strings(n: int, seed: int) -> list[tuple[str, int]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        text = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randrange(0, 60)))
        out.append((text, rnd.randrange(0, len(text) + 1)))
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\.?\s*[:,(]?\s*$")  # what the suspects' rules searched before


def test_word_before_is_the_search_it_replaces():
    for text, start in _strings(60_000, 1):
        for reach in (30, 40):
            m = _WORD_BEFORE.search(text, max(0, start - reach), start)
            assert _word_ending_at(text, start, reach) == (m.group(1) if m else ""), (text, start, reach)
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        assert _word_before(text, start) == (m.group(1).lower() if m else "")


def test_word_before_examples():
    assert _word_before("gesprek met Jan ", 16) == "jan"
    assert _word_before("mw. ", 4) == "mw"
    assert _word_before("dossier-nr: ", 12) == "dossier-nr"
    assert _word_before("12ab ", 5) == "ab"
    assert _word_before("12 ", 3) == ""
    assert _word_before("Jan! ", 5) == ""


def test_the_scorer_weights_kept_in_the_cache_are_the_parsed_ones(tmp_path):
    import marshal

    from werkbord.privacy import scorer

    parsed = scorer.read_weights(scorer._DATA.read_text("utf-8"))
    assert scorer.kept_weights(scorer._DATA, tmp_path) == parsed  # parsed, and written
    [kept] = tmp_path.glob("scorer-*.marshal")
    assert marshal.loads(kept.read_bytes()) == parsed
    kept.write_bytes(marshal.dumps(({"bias": 1.0}, 0.5)))  # read back as it is: the file is the cache
    assert scorer.kept_weights(scorer._DATA, tmp_path) == ({"bias": 1.0}, 0.5)


def test_damaged_or_stale_scorer_weights_are_parsed_again(tmp_path):
    from werkbord.privacy import scorer

    parsed = scorer.read_weights(scorer._DATA.read_text("utf-8"))
    scorer.kept_weights(scorer._DATA, tmp_path)
    [kept] = tmp_path.glob("scorer-*.marshal")
    for damage in (b"", b"\x00garbage", kept.read_bytes()[:100]):
        kept.write_bytes(damage)
        assert scorer.kept_weights(scorer._DATA, tmp_path) == parsed
    stale = tmp_path / "scorer-000000000000000000000000.marshal"  # of weights shipped before
    stale.write_bytes(b"old")
    kept.unlink()
    assert scorer.kept_weights(scorer._DATA, tmp_path) == parsed
    assert [p.name for p in tmp_path.glob("scorer-*.marshal")] == [kept.name]


def test_no_weights_are_kept_where_the_word_lists_are_not_prepared(tmp_path):
    from werkbord.privacy import scorer

    missing = tmp_path / "not-there"
    assert scorer.kept_weights(scorer._DATA, missing) == scorer.read_weights(scorer._DATA.read_text("utf-8"))
    assert not missing.exists()
