"""Checks the privacy rule tests share: whether a word is gone from a scrubbed text, and whether a
clean text came back untouched."""

from __future__ import annotations

import re

from werkbord.privacy import Scrubber


def gone(word: str, out: str) -> bool:
    """``word`` no longer stands in ``out`` as a whole word."""
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", out) is None


def untouched(scrubber: Scrubber, text: str) -> None:
    """Scrubbing ``text`` changes nothing and replaces nothing."""
    result = scrubber.scrub(text)
    assert result.text == text and not result.counts, result.text
