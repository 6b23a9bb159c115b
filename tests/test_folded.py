"""Folded patterns (:mod:`werkbord.privacy.folded`) find exactly what the pattern as written finds."""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

from werkbord.privacy import folded
from werkbord.privacy.folded import ODD, Folded

# Every character but the surrogates, in one string: one findall per pattern character.
_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _lowers_to() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for c in _ALL:
        table.setdefault(c.lower(), set()).add(c)
    return table


def test_each_pattern_character_matches_what_lowers_to_it():
    """The ground of folding: outside ODD, ``(?i)c`` matches x exactly when x.lower() == c,
    for every character a folded pattern may hold."""
    table = _lowers_to()
    allowed = set(string.printable) | folded._LATIN | folded._UNCASED
    for c in sorted(allowed):
        insensitive = set(re.findall("(?i)" + re.escape(c), _ALL)) - ODD
        lowered = table.get(c, set()) - ODD if c == c.lower() else set()
        if c != c.lower():  # an upper-case character never stands in a folded pattern
            continue
        assert insensitive == lowered, c


def test_lower_casing_keeps_length_and_kind():
    for c in _ALL:
        if c in ODD:
            continue
        low = c.lower()
        assert len(low) == 1, c
        for cls in (r"\w", r"\d", r"\s", r"[^\W\d_]"):
            assert bool(re.fullmatch(cls, c)) == bool(re.fullmatch(cls, low)), (c, cls)


def test_odd_are_the_characters_that_match_an_ascii_letter_or_lower_case_to_two():
    odd = {x for x in re.findall("(?i)[a-z]", _ALL) if not x.isascii()}
    odd |= {c for c in _ALL if len(c.lower()) != 1}
    assert odd == ODD


_ALPHABET = "aAbBiIkKsSnNeEëËéÉàÀÿŸ \t\n.,-'’()0123456789_" + "".join(sorted(ODD)) + "ΣσςẞßµΜμ"


def _random_texts(words: list[str], n: int = 3000) -> list[str]:
    rnd = random.Random(25)
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            if rnd.random() < 0.5:
                w = rnd.choice(words)
                parts.append("".join(ch.upper() if rnd.random() < 0.3 else ch for ch in w))
            else:
                parts.append("".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 6))))
        texts.append(rnd.choice(["", " ", ", ", "\n"]).join(parts))
    return texts


def _folded_patterns() -> list[tuple[str, Folded]]:
    import importlib
    import pkgutil

    import werkbord.privacy as privacy

    found = []
    for info in pkgutil.iter_modules(privacy.__path__):
        module = importlib.import_module(f"werkbord.privacy.{info.name}")
        found += [(f"{info.name}.{k}", v) for k, v in vars(module).items() if isinstance(v, Folded)]
    return found


@pytest.mark.parametrize(("name", "pattern"), _folded_patterns())
def test_folded_rules_find_what_they_find_as_written(name, pattern):
    words = re.findall(r"[a-zà-ÿ]{2,}", pattern.pattern.pattern)
    for text in _random_texts(words):
        as_written = [(m.span(), m.groups()) for m in pattern.pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == as_written, (name, text)
        m = pattern.pattern.search(text)
        got = pattern.search(text)
        assert (got and (got.span(), got.groups())) == (m and (m.span(), m.groups())), (name, text)


def test_folded_refuses_what_it_cannot_fold():
    for source in [r"(?i)\bAb", "(?i)a(?-i:b)", "(?i)µ", "ab"]:
        with pytest.raises(ValueError):
            Folded(source)


def test_folded_search_and_finditer():
    p = Folded(r"(?i)\b(?:insta|tiktok)\b")
    assert p.search("Op INSTA als x").group() == "INSTA"
    assert [m.group() for m in p.finditer("TikTok en insta, Insta")] == ["TikTok", "insta", "Insta"]
    assert p.search("\u0131nsta").group() == "\u0131nsta"  # dotless i matches i: searched as written
    assert Folded("(?i)sep").search("\u017fep") is not None  # ſ: searched as written
