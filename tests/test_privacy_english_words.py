"""English words in Dutch notes: an ordinary English word no Dutch word list knows is no name by
itself, so the review step does not show it, where another English word stands beside it or the
note mixes English in; a name's frame (a role or family word, a title, the
subject of a sentence) and the name lists still decide. Every example is made up."""

from __future__ import annotations

import pytest

from werkbord.privacy import english_vocabulary
from werkbord.privacy.english_vocabulary import english_words, is_english_word
from werkbord.privacy.suspects import find_suspects


def _flagged(text: str) -> list[str]:
    return [s.text for s in find_suspects(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # beside another English word that is no Dutch word ("stuck", "attacks", "nothing")
        ("Feels stuck sinds de tentamens, slaapt slecht.", "Feels"),  # opens a sentence
        ("Panic attacks sinds de verhuizing.", "Panic"),
        ("Zorgverzekeraar says nothing, pt boos.", "says"),
        # or in a note that mixes English in (three English words that are no Dutch words)
        ("Pt had een meltdown, voelt zich overwhelmed en lonely. Housing via de gemeente.", "Housing"),
        ("Woont op kamers, voelt zich overwhelmed en lonely. Stond op de sticky, doorgestreept.", "sticky"),
    ],
)
def test_an_ordinary_english_word_is_no_suspect(text, word):
    assert word not in _flagged(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Vriendin hope belde gisteren.", "hope"),  # a family word before a listed first name
        ("Zus grace komt morgen.", "grace"),
        ("Gesprek met mw. brook over de huur.", "brook"),  # a title before a word no list knows
        ("Gesprek met dhr. fielding gehad.", "fielding"),
        ("daarna kwam marsh langs", "marsh"),  # the subject's slot: a name's frame
        ("Hope belde vanochtend.", "Hope"),  # a listed first name opening a sentence
        ("Woont nu in marsh, ver weg.", "marsh"),
        # a rare English word alone in a Dutch note is read as the name it may be
        ("Kestrel las haar gedicht voor.", "Kestrel"),
        ("met kestrel en daluna afgesproken", "kestrel"),
        ("Het nummer stond op de sticky, doorgestreept.", "sticky"),
    ],
)
def test_an_english_word_in_a_names_frame_is_still_a_suspect(text, word):
    assert word in _flagged(text)


def test_the_vocabulary_knows_inflections_but_no_capitalised_entries():
    for word in ("sleeps", "voices", "struggling", "skipped", "studies", "hostel", "sticky"):
        assert is_english_word(word), word
    # web2 spells proper nouns with a capital and rare entries are left out with GCIDE:
    # none of these is an ordinary English word here
    for word in ("sven", "merel", "bas", "jansen", "de", "het", "x", "co2"):
        assert not is_english_word(word), word


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    from werkbord.privacy import cachefile

    monkeypatch.setattr(cachefile, "default_cache_dir", lambda: tmp_path)
    english_words.cache_clear()
    yield tmp_path
    english_words.cache_clear()


def test_the_set_is_prepared_once_in_the_cache_folder_and_read_back(cache_dir, monkeypatch):
    built = english_words()
    files = list(cache_dir.glob("english-*.txt"))
    assert len(files) == 1 and "session" in built
    english_words.cache_clear()

    def no_build():
        raise AssertionError("built again although the prepared file is there")

    monkeypatch.setattr(english_vocabulary, "build_words", no_build)
    assert english_words() == built


def test_a_damaged_prepared_file_is_built_again(cache_dir):
    path = english_vocabulary._cache_path()
    path.write_text("not the magic line\nsession\n", "utf-8")
    words = english_words()
    assert "hostel" in words and path.read_text("utf-8").startswith("WERKBORD-ENGLISH-WORDS")


def test_an_unwritable_cache_folder_only_costs_a_build(tmp_path, monkeypatch):
    from werkbord.privacy import cachefile

    blocked = tmp_path / "a-file"
    blocked.write_text("", "utf-8")  # the folder cannot be made beneath a file
    monkeypatch.setattr(cachefile, "default_cache_dir", lambda: blocked / "sub")
    english_words.cache_clear()
    try:
        assert "session" in english_words()
    finally:
        english_words.cache_clear()
