"""Checks the privacy rule tests share: whether a word is gone from a scrubbed text, whether a clean
text came back untouched, whether a word is shown as a suspect, and the mark for tests that need
deduce (a dependency: it is installed wherever werkbord is)."""

from __future__ import annotations

import re

import pytest

from werkbord.privacy import Scrubber, deduce_available

needs_deduce = pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")


def gone(word: str, out: str) -> bool:
    """``word`` no longer stands in ``out`` as a whole word."""
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", out) is None


def untouched(scrubber: Scrubber, text: str) -> None:
    """Scrubbing ``text`` changes nothing and replaces nothing."""
    result = scrubber.scrub(text)
    assert result.text == text and not result.counts, result.text


def suspected(word: str, text: str) -> bool:
    """``word`` is one of the suspects the review step shows for ``text``."""
    from werkbord.privacy.suspects import find_suspects

    return any(s.text == word for s in find_suspects(text))
