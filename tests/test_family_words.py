"""The family and relation words stand once (werkbord.privacy.family): every subset a rule reads
is part of the one list, the role list is built from it, and patterns built from a subset match
the longest word."""

from __future__ import annotations

import re

import pytest

from werkbord.privacy import family
from werkbord.privacy.words import ROLE_WORDS, is_role


@pytest.mark.parametrize("name", sorted(family.SUBSETS))
def test_every_subset_is_part_of_the_family_list(name):
    subset = family.SUBSETS[name]
    assert subset, name
    assert subset <= family.FAMILY_WORDS, sorted(subset - family.FAMILY_WORDS)


def test_the_role_list_holds_the_family_words_but_the_forms_it_never_held():
    assert family.FAMILY_WORDS - family.NOT_IN_ROLE_WORDS <= ROLE_WORDS
    assert not family.NOT_IN_ROLE_WORDS & ROLE_WORDS
    assert is_role("stiefmoeder") and is_role("buurvrouw") and not is_role("zoontje")


def test_an_alternation_tries_the_longest_word_first_and_escapes():
    pattern = family.alternation(["zus", "zusje", "ex-man", "a.b"])
    assert pattern.split("|")[0] in ("ex\\-man", "zusje")
    assert re.match(f"(?:{pattern})", "zusje").group() == "zusje"
    assert re.fullmatch(f"(?:{pattern})", "axb") is None  # the dot is a dot
    assert family.alternation(["b", "a", "b"]) == "a|b"  # sorted, each once: the same pattern every run
