"""deduce's lookup lists in a lean on-disk form: built once per install, loaded in well under 1 s.

Why: deduce 3 keeps its lookup lists (names, places, streets, institutions, ...) as a pickled
tree of ``docdeid.ds.LookupTrie`` objects, one Python object per trie node. Measured on a
warm machine: 77 MB, 7.5 s to unpickle (3.4 s with the garbage collector off), of which the
street trie (775k names) and the institution trie (431k variants) are over 90 %. Creating
millions of small objects is what costs the time, not reading the bytes.

What we store instead: per trie, the set of its complete token sequences, each joined with a
separator into one string, plus the first tokens with the longest sequence starting there.
That answers exactly the questions deduce asks of a trie (see :class:`FlatTrie`) by bisection
over the sorted sequences (hashing 1.2 million sequences into a set cost 0.45 s, more than the
searches of a whole harvest). Loading maps the file and searches each trie's sorted lines where
they lie (:class:`SortedLines`): splitting them into 1.2 million strings was ~0.2 s of every
harvest. About 0.1 s for all lists, 0.3 s including importing deduce and assembling its
pipeline (was 8.5 s). The
file is plain UTF-8 text behind a JSON header, so loading it runs no code (unlike a pickle),
and a truncated or stale file is detected and rebuilt. Preparing it takes about a minute,
once; with the garbage collector paused meanwhile it is ~15 % faster than deduce's own build.

Where: ``platformdirs.user_cache_dir("werkbord")/deduce`` (site-packages may be read-only),
keyed by deduce's version and a fingerprint of its list files, so upgrading deduce rebuilds.
"""

from __future__ import annotations

import json
import mmap
import os
import re
import tempfile
import time
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..gcpolicy import paused
from ..i18n import N_, _
from ._imports import import_deduce, numpy_on_first_use
from .cachefile import FILE_GLOB, FORMAT, LOCK_NAME, MAGIC, cache_file, deduce_lookup_path

with numpy_on_first_use():  # (docdeid imports numpy for what werkbord does without it)
    import docdeid as dd
    from docdeid.ds.lookup import LookupStructure

_SEP = "\x1f"  # joins the tokens of one sequence; no deduce list token contains it (checked on build)

Progress = Callable[[str], None]


class LookupCacheError(RuntimeError):
    """deduce's lookup data could not be turned into the lean form (an unknown deduce layout)."""


class SortedLines:
    """The sorted lines of a stretch of the cache file, searched where they lie: nothing is split
    or decoded at load time.

    Splitting a trie's blob into one string per sequence was most of the load (1.2 million
    strings, ~0.2 s of every harvest), while a harvest asks a few tens of thousands of
    questions. Here the blob is cut into chunks of about ``CHUNK`` bytes at line ends; the
    first line of each chunk is kept, a question bisects those to find its chunk, and that one
    chunk is split (and kept) to bisect its lines. UTF-8 orders bytes as Python orders code
    points, so the file's order (``sorted`` strings) is the bytes' order: a key is encoded and
    compared as bytes, never decoded.
    """

    CHUNK = 4096

    __slots__ = ("_chunks", "_data", "_heads", "_hi", "_len", "_lo", "_starts")

    def __init__(self, data: bytes | mmap.mmap, lo: int, hi: int) -> None:
        self._data, self._lo, self._hi = data, lo, hi
        starts = [lo] if hi > lo else []
        pos = lo + self.CHUNK
        while pos < hi:
            nl = data.find(b"\n", pos, hi)
            if nl < 0:
                break
            starts.append(nl + 1)
            pos = nl + 1 + self.CHUNK
        self._starts = starts
        self._heads = [data[a : self._line_end(a)] for a in starts]
        self._chunks: dict[int, list[bytes]] = {}
        self._len: int | None = None

    def _line_end(self, at: int) -> int:
        nl = self._data.find(b"\n", at, self._hi)
        return self._hi if nl < 0 else nl

    def _chunk(self, i: int) -> list[bytes]:
        lines = self._chunks.get(i)
        if lines is None:
            end = self._starts[i + 1] - 1 if i + 1 < len(self._starts) else self._hi
            lines = self._chunks[i] = self._data[self._starts[i] : end].split(b"\n")
        return lines

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        # "surrogatepass": a lone surrogate (possible in harvested text) matches no list entry.
        return self.has(key.encode("utf-8", "surrogatepass"))

    def has(self, k: bytes) -> bool:
        """Whether the line ``k`` (encoded) is there."""
        i = bisect_right(self._heads, k) - 1
        if i < 0:
            return False
        lines = self._chunk(i)
        j = bisect_left(lines, k)
        return j < len(lines) and lines[j] == k

    def has_prefix(self, k: bytes) -> bool:
        """Whether a line starts with ``k`` (encoded)."""
        i = bisect_right(self._heads, k) - 1
        if i < 0:  # every line sorts after k: the first is the one to look at
            return bool(self._heads) and self._heads[0].startswith(k)
        lines = self._chunk(i)
        j = bisect_left(lines, k)  # the first line from k on, here or opening the next chunk
        first = lines[j] if j < len(lines) else self._heads[i + 1] if i + 1 < len(self._heads) else None
        return first is not None and first.startswith(k)

    def has_and_goes_on(self, k: bytes, sep: bytes) -> tuple[bool, bool]:
        """Whether the line ``k`` is there, and whether a line starts with ``k + sep``: one
        bisection (see :meth:`FlatTrie.has_and_goes_on`)."""
        i = bisect_right(self._heads, k) - 1
        if i < 0:
            has, after = False, self._heads[0] if self._heads else None
        else:
            lines = self._chunk(i)
            j = bisect_left(lines, k)
            has = j < len(lines) and lines[j] == k
            j += has
            after = lines[j] if j < len(lines) else self._heads[i + 1] if i + 1 < len(self._heads) else None
        if after is None or not after.startswith(k):
            return has, False
        return has, after.startswith(k + sep) or self.has_prefix(k + sep)

    def __len__(self) -> int:
        if self._len is None:
            self._len = self._data[self._lo : self._hi].count(b"\n") + 1 if self._hi > self._lo else 0
        return self._len

    def __iter__(self):
        if self._hi > self._lo:
            yield from str(self._data[self._lo : self._hi], "utf-8").split("\n")


_UNSEEN = object()


class OutOfOrder(ValueError):
    """Lines a file says are sorted are not."""


# A length's first tokens from this many bytes on stay in the file (StartLengths); fewer are
# read into a dict (a few thousand words cost less read than searched note after note).
LAZY_START_BYTES = 512 * 1024


class StartLengths(Mapping[str, int]):
    """A trie's first tokens with the length of the longest sequence each starts: the large
    stretches (one sorted stretch per length) searched in the file's bytes (:class:`SortedLines`),
    the small ones in a dict. Reading deduce's street names' 190,000 first tokens into a dict,
    and docdeid copying its keys into a set, was ~0.05 s of CPU in each process of a harvest
    that asks a few thousand of them. Each answer from the file is kept.

    The file says its first tokens are sorted; that is checked where it costs nothing (the
    first line of every chunk, read anyway): a file out of order raises OutOfOrder, and is
    then read into a dict (see :func:`_parse_tables`)."""

    __slots__ = ("_by_length", "_seen", "_small")

    def __init__(self, by_length: Iterable[tuple[int, SortedLines]], small: dict[str, int] | None = None) -> None:
        self._by_length = sorted(by_length, key=lambda nl: nl[0])
        for _n, lines in self._by_length:
            heads = lines._heads
            if any(a >= b for a, b in zip(heads, heads[1:], strict=False)):
                raise OutOfOrder("first tokens out of order")
        self._small = small or {}
        self._seen: dict[object, int | None] = {}

    def get(self, key: object, default: int | None = None) -> int | None:  # type: ignore[override]
        try:
            found = self._small.get(key) or self._seen.get(key, _UNSEEN)
        except TypeError:  # unhashable: no token
            return default
        if found is _UNSEEN:
            found = None
            if isinstance(key, str):
                k = key.encode("utf-8", "surrogatepass")
                found = next((n for n, lines in self._by_length if lines.has(k)), None)
            self._seen[key] = found
        return default if found is None else found

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        yield from self._small
        for _n, lines in self._by_length:
            yield from lines

    def __len__(self) -> int:
        return len(self._small) + sum(len(lines) for _n, lines in self._by_length)


class FlatTrie(dd.ds.LookupTrie):
    """A read-mostly stand-in for ``docdeid.ds.LookupTrie`` that holds no per-node objects.

    It answers the three things deduce's annotators use: ``matching_pipeline``,
    ``children.keys()`` (the possible first tokens; ``MultiTokenLookupAnnotator`` reads only
    the keys) and :meth:`longest_matching_prefix`. The answers equal the tree's: a sequence
    can only be complete in the tree if all its prefixes are nodes, so checking every length
    up to the longest sequence that starts with the first token finds the same longest match.
    """

    def __init__(
        self,
        sequences: Iterable[str],
        start_lengths: dict[str, int] | StartLengths,
        matching_pipeline: list | None = None,
        *,
        ordered: bool = False,
    ) -> None:
        # Skip LookupTrie.__init__ on purpose: it would set up an (empty) node dict we replace.
        LookupStructure.__init__(self, matching_pipeline=matching_pipeline)
        # Sorted and searched by bisection rather than hashed into a set: building a hash table
        # of deduce's 1.2 million sequences cost 0.45 s at every start, a harvest's few
        # thousand lookups cost milliseconds either way. A tuple of strings, unlike a set (or a
        # list), is left alone by CPython's cyclic garbage collector once it has seen it.
        # ``ordered``: the caller vouches they are sorted (the cache file says so).
        # A SortedLines (the cache file's own bytes) is kept as it is: see that class.
        self._sequences: tuple[str, ...] | list[str] | SortedLines = (
            sequences if isinstance(sequences, SortedLines) else tuple(sequences if ordered else sorted(sequences))
        )
        # first token -> length of the longest sequence starting with it (values are ints, not
        # sub-tries: nothing in deduce walks below the root of a lookup trie); from the cache
        # file a StartLengths, searched there (see :class:`LazyStartsAnnotator`).
        self.children = start_lengths  # type: ignore[assignment]
        self.is_terminal = False

    # docdeid's tree runs the matching pipeline on the first token only when adding and when
    # testing membership (child nodes carry no pipeline), but on every token in
    # longest_matching_prefix. Both quirks are mirrored so answers stay identical; deduce's
    # lists are stored already normalised, so in practice they agree.
    def add_item(self, item: list[str]) -> None:
        if not item:
            return
        parts = [self._apply_matching_pipeline(item[0]), *item[1:]]
        key = _SEP.join(parts)
        if not isinstance(self.children, dict):
            self.children = dict(self.children)  # (a trie read from the file: added to in memory)
        if not self._has(key):
            if not isinstance(self._sequences, list):
                self._sequences = list(self._sequences)
            insort(self._sequences, key)
        if self.children.get(parts[0], 0) < len(parts):
            self.children[parts[0]] = len(parts)  # type: ignore[index]

    def __contains__(self, item: list[str]) -> bool:  # type: ignore[override]
        if not item:
            return False
        return self._has(_SEP.join([self._apply_matching_pipeline(item[0]), *item[1:]]))

    def _has(self, key: str) -> bool:
        seqs = self._sequences
        if type(seqs) is SortedLines:
            return key in seqs
        i = bisect_left(seqs, key)
        return i < len(seqs) and seqs[i] == key

    def has_and_goes_on(self, key: str) -> tuple[bool, bool]:
        """Whether the sequence ``key`` is there, and whether one starts with it and goes on (a
        line starting with ``key + _SEP``): one bisection finds both, as the lines that start with
        ``key`` follow it; only one going on with a character that sorts before ``_SEP`` asks again."""
        seqs = self._sequences
        if type(seqs) is SortedLines:
            return seqs.has_and_goes_on(key.encode("utf-8", "surrogatepass"), b"\x1f")
        i = bisect_left(seqs, key)
        has = i < len(seqs) and seqs[i] == key
        i += has
        if i == len(seqs) or not seqs[i].startswith(key):
            return has, False
        prefix = key + _SEP
        if seqs[i].startswith(prefix):
            return has, True
        i = bisect_left(seqs, prefix, i)
        return has, i < len(seqs) and seqs[i].startswith(prefix)

    def longest_matching_prefix(self, item: list[str], start_i: int = 0) -> list[str] | None:
        if start_i >= len(item):
            return None
        pipe = self._apply_matching_pipeline
        first = pipe(item[start_i])
        max_len = self.children.get(first)
        if max_len is None:
            return None
        parts = [first]
        key = first
        has, more = self.has_and_goes_on(key)
        best = 1 if has else 0
        for j in range(start_i + 1, min(len(item), start_i + max_len)):
            if not more:
                break  # no sequence starts with these tokens and goes on: no longer one can match
            token = pipe(item[j])
            parts.append(token)
            key = key + _SEP + token
            has, more = self.has_and_goes_on(key)
            if has:
                best = len(parts)
        return parts[:best] if best else None

    def __len__(self) -> int:
        return len(self._sequences)


# The only string modifiers deduce 3 puts on a lookup structure. Stored by name and rebuilt
# from this table, so the cache file never names arbitrary classes to instantiate.
def _pipeline_classes() -> dict[str, type]:
    return {"LowercaseString": dd.str.LowercaseString}


@dataclass
class Table:
    kind: str  # "set" | "trie"
    pipeline: list[str]
    items: list[str] | SortedLines
    starts: dict[str, int] | StartLengths = field(default_factory=dict)  # tries only
    ordered: bool = field(default=False, compare=False)  # items known to be sorted (tries)
    # the file holds each length's first tokens sorted (then read as a StartLengths)
    starts_sorted: bool = field(default=False, compare=False)


@dataclass
class LoadInfo:
    """What happened while getting the lookup data, for the benchmark and for messages."""

    path: Path | None
    built: bool = False  # had to prepare the lean file in this process
    prepare_seconds: float = 0.0  # time spent preparing (0 when it was already there)
    load_seconds: float = 0.0  # time spent reading the lean file (plus building the pipeline)
    total_seconds: float = 0.0  # everything the first scrub waited for
    saved: bool = True  # False when the cache directory was not writable


# ---------------------------------------------------------------------------------------------
# Converting deduce's structures


def _pipeline_names(structure: LookupStructure) -> list[str]:
    names = []
    known = _pipeline_classes()
    for modifier in structure.matching_pipeline or []:
        name = type(modifier).__name__
        if known.get(name) is not type(modifier):
            raise LookupCacheError(f"deduce uses a matching step werkbord does not know: {name}")
        names.append(name)
    return names


def flatten_trie(trie: dd.ds.LookupTrie) -> tuple[list[str], dict[str, int]]:
    """All complete sequences of a docdeid trie (joined), and the longest length per first token."""
    sequences: list[str] = []
    starts: dict[str, int] = {}
    stack = [(child, (head,)) for head, child in trie.children.items()]
    while stack:
        node, path = stack.pop()
        if node.is_terminal:
            if any(_SEP in t or "\n" in t for t in path):
                raise LookupCacheError("a deduce list entry contains a control character")
            sequences.append(_SEP.join(path))
            if starts.get(path[0], 0) < len(path):
                starts[path[0]] = len(path)
        stack.extend((c, (*path, h)) for h, c in node.children.items())
    sequences.sort()  # FlatTrie searches them by bisection
    return sequences, starts


def tables_from_structs(structs: Iterable[tuple[str, LookupStructure]]) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for name, s in structs:
        if isinstance(s, FlatTrie):
            tables[name] = Table("trie", _pipeline_names(s), list(s._sequences), dict(s.children), ordered=True)
        elif isinstance(s, dd.ds.LookupTrie):
            seqs, starts = flatten_trie(s)
            tables[name] = Table("trie", _pipeline_names(s), seqs, starts, ordered=True)
        elif isinstance(s, dd.ds.LookupSet):
            items = sorted(s.items())
            if any("\n" in i for i in items):
                raise LookupCacheError(f"a deduce list entry in {name} contains a line break")
            tables[name] = Table("set", _pipeline_names(s), items)
        else:
            raise LookupCacheError(f"unknown deduce lookup structure {name}: {type(s).__name__}")
    return tables


def structs_from_tables(tables: dict[str, Table]) -> dd.ds.DsCollection:
    classes = _pipeline_classes()
    out = dd.ds.DsCollection()
    for name, t in tables.items():
        pipeline = [classes[p]() for p in t.pipeline] or None
        if t.kind == "trie":
            out[name] = FlatTrie(t.items, t.starts, matching_pipeline=pipeline, ordered=t.ordered)
        else:
            s = dd.ds.LookupSet(matching_pipeline=pipeline)
            # Items were stored after the pipeline ran; running it again is a no-op (lower case).
            s.add_items_from_iterable(t.items)
            out[name] = s
    return out


# ---------------------------------------------------------------------------------------------
# Building from deduce's source lists (the slow, one-time part)


# The street list alone is about half of the work; everything else is the other half. Two
# processes build them side by side (each imports deduce and reads only the lists it needs).
_STREET_LIST = "locations/lst_street"
PARTS = ("street", "rest")


def build_tables(progress: Progress, *, parallel: bool = True) -> dict[str, Table]:
    """Build every lookup structure the way ``deduce.lookup_structs.get_lookup_structs`` does.

    Done here (rather than calling that function) for three reasons: the user sees progress,
    nothing is written into site-packages (deduce's own 77 MB pickle), and it is ~3x faster:
    the two halves run in two processes, tries are built flat (no per-node objects) and
    tokenised without deduce's per-token objects, with the same resulting sequences
    (``tests/test_lookup_cache.py`` compares both builds on real lists).
    """
    tables: dict[str, Table] = {}
    if parallel and (os.cpu_count() or 1) > 1:
        try:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=len(PARTS)) as pool:
                futures = {part: pool.submit(build_part, part) for part in PARTS}
                for i, part in enumerate(PARTS, start=1):
                    tables.update(futures[part].result())
                    progress(f"{i}/{len(PARTS)} {_(_PART_LABELS[part])}")
            return tables
        except (OSError, ImportError, RuntimeError) as e:
            # No worker processes here (a locked-down machine): the same work, one after the other.
            progress(_("building in one process ({reason})").format(reason=type(e).__name__))
    for i, part in enumerate(PARTS, start=1):
        tables.update(build_part(part))
        progress(f"{i}/{len(PARTS)} {_(_PART_LABELS[part])}")
    return tables


_PART_LABELS = {"street": N_("street names"), "rest": N_("names, places and institutions")}


def build_part(part: str) -> dict[str, Table]:
    """One half of the build (``"street"`` or ``"rest"``); top-level so a worker process can run it."""
    deduce_main = import_deduce().deduce
    from deduce import lookup_structs as ls
    from deduce.data.lookup.src import all_lists

    try:
        set_loaders = ls._LOOKUP_SET_LOADERS
        trie_loaders = ls._LOOKUP_TRIE_LOADERS
    except AttributeError as e:  # pragma: no cover - only with an incompatible deduce
        raise LookupCacheError(f"this deduce version is not supported: {e}") from e

    lookup_path = deduce_lookup_path()
    lists = [_STREET_LIST] if part == "street" else [lst for lst in all_lists if lst != _STREET_LIST]
    with paused(), _fast_deduce_build():
        base_items = ls.load_raw_itemsets(base_path=lookup_path, subdirs=lists)
        tokenizer = deduce_main.Deduce._initialize_tokenizer(lookup_path)
        if part == "street":
            return tables_from_structs([("street", trie_loaders["street"](base_items, tokenizer))])
        structs: dict[str, LookupStructure] = {}
        for name in sorted(set(base_items) - set(set_loaders) - set(trie_loaders)):
            s = dd.ds.LookupSet()
            s.add_items_from_iterable(base_items[name])
            structs[name] = s
        for name, load_set in set_loaders.items():
            structs[name] = load_set(base_items)
        for name, load_trie in trie_loaders.items():
            if name != "street":
                structs[name] = load_trie(base_items, tokenizer)
        return tables_from_structs(structs.items())


class _CachedRe:
    """``re`` as deduce's list transforms see it, with compiled patterns kept.

    ``deduce.utils.str_variations`` calls ``re.finditer(pattern_string, item)`` a few million
    times; looking the pattern up in ``re``'s own cache costs more than the matching itself.
    """

    def __init__(self) -> None:
        self._compiled: dict[tuple[str, int], re.Pattern] = {}

    def finditer(self, pattern: str, string: str, flags: int = 0):
        key = (pattern, flags)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = re.compile(pattern, flags)
        return compiled.finditer(string)

    def __getattr__(self, name: str):
        return getattr(re, name)


_REFERS_BACK = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _prefiltered(str_variations: Callable) -> Callable:
    """``deduce.utils.str_variations`` that first asks one combined pattern whether any matches.

    Most list items match none of a transform's patterns (then the answer is ``[s]``), and
    one search for the alternation of all patterns answers that far faster than a search
    per pattern. Items with a match go to deduce's own function, so results are identical.
    A transform whose patterns cannot be combined (e.g. back-references) skips the filter.
    """
    combined: dict[int, tuple[dict, re.Pattern | None]] = {}

    def variations(s: str, repl: dict) -> list[str]:
        entry = combined.get(id(repl))
        if entry is None or entry[0] is not repl:
            try:
                # Group numbers shift in the combination, so a pattern that refers back to a
                # group by number or name would change meaning: those transforms go unfiltered.
                refers_back = any(_REFERS_BACK.search(p) for p in repl)
                pattern = None if refers_back or not repl else re.compile("|".join(f"(?:{p})" for p in repl))
            except re.error:
                pattern = None
            entry = combined[id(repl)] = (repl, pattern)
        pattern = entry[1]
        if pattern is not None and pattern.search(s) is None:
            return [s]
        return str_variations(s, repl)

    return variations


def token_texts(tokenizer) -> Callable[[str], list[str]]:
    """The token texts ``tokenizer.tokenize(text)`` gives, without building token objects.

    Mirrors ``DeduceTokenizer``: split on its pattern, then merge the longest run of tokens
    that forms a merge term into one token spanning the original text (spaces included).
    Any other tokenizer is used as it is.
    """
    pattern = getattr(tokenizer, "_pattern", None)
    starts = getattr(tokenizer, "_start_words", None)
    if pattern is None or starts is None or not hasattr(tokenizer, "_trie"):
        return lambda text: [t.text for t in tokenizer.tokenize(text)]
    merge_trie = tokenizer._trie

    def split(text: str) -> list[str]:
        spans = [m.span() for m in pattern.finditer(text)]
        texts = [text[a:b] for a, b in spans]
        if merge_trie is None or starts.isdisjoint(texts):
            return texts
        out: list[str] = []
        i = 0
        while i < len(texts):
            match = merge_trie.longest_matching_prefix(texts, start_i=i) if texts[i] in starts else None
            n = len(match) if match else 1
            out.append(texts[i] if n == 1 else text[spans[i][0] : spans[i + n - 1][1]])
            i += n
        return out

    return split


def flat_trie_from_set(lookup_set: dd.ds.LookupSet, tokenizer) -> FlatTrie:
    """``deduce.utils.lookup_set_to_trie``, straight into the flat form.

    As ``LookupTrie.add_item`` does, the matching pipeline runs on the first token only.
    """
    trie = FlatTrie((), {}, matching_pipeline=lookup_set.matching_pipeline)
    split = token_texts(tokenizer)
    sequences: set[str] = set()
    starts: dict[str, int] = {}
    for item in lookup_set.items():
        tokens = split(item)
        if not tokens:
            continue
        if any(_SEP in t or "\n" in t for t in tokens):
            raise LookupCacheError("a deduce list entry contains a control character")
        tokens[0] = trie._apply_matching_pipeline(tokens[0])
        sequences.add(_SEP.join(tokens))
        if starts.get(tokens[0], 0) < len(tokens):
            starts[tokens[0]] = len(tokens)
    return FlatTrie(sequences, starts, matching_pipeline=lookup_set.matching_pipeline)


@contextmanager
def _fast_deduce_build():
    """Swap in the faster steps while deduce's own loaders run (restored after)."""
    import deduce.lookup_struct_loader as loader
    import deduce.utils as utils

    saved = (utils.re, utils.str_variations, loader.lookup_set_to_trie)
    utils.re = _CachedRe()
    utils.str_variations = _prefiltered(saved[1])
    loader.lookup_set_to_trie = flat_trie_from_set
    try:
        yield
    finally:
        utils.re, utils.str_variations, loader.lookup_set_to_trie = saved


def _tables_from_stock_cache() -> dict[str, Table] | None:
    """Reuse deduce's own pickle if an earlier ``Deduce()`` left a valid one (8 s, not 70 s)."""
    deduce = import_deduce()
    from deduce.lookup_structs import load_lookup_structs_from_cache

    path = deduce_lookup_path()
    if not (path / "cache" / "lookup_structs.pickle").is_file():
        return None
    try:
        structs = load_lookup_structs_from_cache(cache_path=path, deduce_version=deduce.__version__)
    except Exception:  # a broken stock cache is no reason to fail: we build from source instead
        return None
    return None if structs is None else tables_from_structs(structs.items())


# ---------------------------------------------------------------------------------------------
# The file


def write_tables(path: Path, tables: dict[str, Table]) -> None:
    """Write atomically: a concurrent reader sees the old file or the whole new one."""
    blobs: list[bytes] = []
    offset = 0

    def put(strings: Iterable[str]) -> list[int]:
        nonlocal offset
        b = "\n".join(strings).encode("utf-8")
        blobs.append(b)
        span = [offset, len(b)]
        offset += len(b)
        return span

    header: dict = {"format": FORMAT, "tables": {}}
    for name, t in tables.items():
        entry: dict = {"kind": t.kind, "pipeline": t.pipeline, "items": put(t.items)}
        if t.kind == "trie":
            entry["ordered"] = t.ordered
            by_len: dict[int, list[str]] = {}
            for word, n in t.starts.items():
                by_len.setdefault(n, []).append(word)
            # Sorted, so a process searches them in the file (StartLengths); files written
            # before say nothing and are read into a dict (and written again sorted, once).
            entry["starts"] = {str(n): put(sorted(words)) for n, words in sorted(by_len.items())}
            entry["starts_sorted"] = True
        header["tables"][name] = entry
    head = json.dumps(header).encode("utf-8")

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".lookup-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC)
            f.write(len(head).to_bytes(8, "little"))
            f.write(head)
            for b in blobs:
                f.write(b)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_tables(path: Path, *, lazy: bool = False) -> dict[str, Table] | None:
    """The tables in ``path``; None when it is missing, truncated or of another format.

    ``lazy``: a sorted trie's sequences stay in the file (a :class:`SortedLines` over the file
    mapped into memory, read by the pages a question touches), searched there instead of read
    and split into strings at load."""
    try:
        data = mapped(path) if lazy else path.read_bytes()
    except (OSError, ValueError):
        return None
    try:
        tables = _parse_tables(data, lazy=lazy)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    if lazy and tables is not None and any(t.kind == "trie" and not _sorted(t) for t in tables.values()):
        return read_tables(path)  # a file from before sorting is rewritten (replaced): not mapped
    return tables


def _sorted(t: Table) -> bool:
    """The file holds this trie's sequences and its first tokens sorted."""
    return t.ordered and t.starts_sorted


def mapped(path: Path) -> mmap.mmap | bytes:
    with open(path, "rb") as f:
        if os.fstat(f.fileno()).st_size == 0:
            return b""
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def _parse_tables(data: mmap.mmap | bytes, *, lazy: bool) -> dict[str, Table] | None:
    if data[: len(MAGIC)] != MAGIC:
        return None
    pos = len(MAGIC)
    n = int.from_bytes(data[pos : pos + 8], "little")
    header = json.loads(data[pos + 8 : pos + 8 + n])
    if header.get("format") != FORMAT:
        return None
    base = pos + 8 + n
    view = memoryview(data)

    def get(span: list[int], keep: bool = False) -> list[str] | SortedLines:
        start, length = span
        if base + start + length > len(data):
            raise ValueError("truncated")
        if keep:
            return SortedLines(data, base + start, base + start + length)
        if length == 0:
            return []
        return str(view[base + start : base + start + length], "utf-8").split("\n")

    tables = {}
    for name, e in header["tables"].items():
        starts_sorted = e.get("starts_sorted") is True
        starts: dict[str, int] | StartLengths = {}
        spans = {int(n_str): span for n_str, span in e.get("starts", {}).items()}
        if lazy and starts_sorted and any(span[1] >= LAZY_START_BYTES for span in spans.values()):
            small = {w: n for n, span in spans.items() if span[1] < LAZY_START_BYTES for w in get(span)}
            try:
                starts = StartLengths(
                    ((n, get(span, keep=True)) for n, span in spans.items() if span[1] >= LAZY_START_BYTES), small
                )
            except OutOfOrder:
                starts_sorted = False  # not in the order the file says: read as a dict, written again
        if not isinstance(starts, StartLengths):
            for n_str, span in e.get("starts", {}).items():
                words = get(span)
                starts_sorted = starts_sorted and words == sorted(words)  # (read whole here: checked whole)
                starts.update(dict.fromkeys(words, int(n_str)))
        ordered = e.get("ordered") is True  # files written before sorting was kept say nothing
        items = get(e["items"], keep=lazy and ordered and e["kind"] == "trie")
        tables[name] = Table(
            e["kind"], list(e["pipeline"]), items, starts, ordered=ordered, starts_sorted=starts_sorted
        )
    view.release()
    return tables


def _remove_stale(cache_dir: Path, keep: Path) -> None:
    for p in cache_dir.glob(FILE_GLOB):
        if p != keep:
            try:
                p.unlink(missing_ok=True)
            except OSError:  # in use (mapped) by a werkbord still running elsewhere: next time
                pass


def _keep_sorted(path: Path, tables: dict[str, Table], structs: dd.ds.DsCollection) -> None:
    """A file written before tries were stored sorted (their sequences, or their first tokens)
    is rewritten sorted, once, so later loads skip the sorting and search the first tokens in
    the file (a fraction of a second, not the minute a rebuild takes)."""
    stale = [n for n, t in tables.items() if t.kind == "trie" and not _sorted(t)]
    if not stale:
        return
    for name in stale:
        t = tables[name]
        if not t.ordered:
            tables[name] = Table(t.kind, t.pipeline, list(structs[name]._sequences), t.starts, ordered=True)
        # (their first tokens are written sorted whatever the file held)
    try:
        write_tables(path, tables)
    except OSError:
        pass  # a read-only cache still works; it is only sorted again next time


@contextmanager
def _prepare_lock(cache_dir: Path, progress: Progress):
    """One process prepares, others wait for it (then load what it wrote).

    An OS-level lock (``filelock``) is released when its process ends, so a preparation that
    was killed leaves nothing that blocks the next one; the file itself is written atomically,
    so a half-built cache is never read. Without a writable cache folder there is nothing to
    share and nothing to lock.
    """
    from filelock import FileLock, Timeout

    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(cache_dir / LOCK_NAME)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            progress(_("werkbord: another werkbord is preparing the word lists; waiting for it"))
            lock.acquire()
    except OSError:
        yield
        return
    try:
        yield
    finally:
        lock.release()


def _read(path: Path, info: LoadInfo) -> dd.ds.DsCollection | None:
    t0 = time.perf_counter()
    with paused():
        tables = read_tables(path, lazy=True)
        structs = structs_from_tables(tables) if tables is not None else None
    if structs is not None:
        info.load_seconds = time.perf_counter() - t0
        _keep_sorted(path, tables, structs)
    return structs


def load_or_build(cache_dir: Path | None, progress: Progress) -> tuple[dd.ds.DsCollection, LoadInfo]:
    """deduce's lookup structures, from the lean file if it is there, else prepared once.

    ``cache_dir=None`` keeps everything in memory (tests that must not touch the user's cache).
    Two processes that both find no file do not both prepare it: the second waits for the
    first and loads its file.
    """
    path = cache_file(cache_dir) if cache_dir is not None else None
    info = LoadInfo(path=path)
    if path is None:
        return _build(None, info, progress), info
    structs = _read(path, info)
    if structs is not None:
        return structs, info
    with _prepare_lock(path.parent, progress):
        structs = _read(path, info)  # prepared by another process while we waited
        if structs is not None:
            return structs, info
        return _build(path, info, progress), info


def _build(path: Path | None, info: LoadInfo, progress: Progress) -> dd.ds.DsCollection:
    t0 = time.perf_counter()
    progress(
        _(
            "werkbord: preparing the de-identification word lists; this happens once and takes about half a "
            "minute (longer on a slow computer)"
        )
    )
    with paused():  # the build creates millions of strings: collections only slow it down
        tables = _tables_from_stock_cache()
        if tables is not None:
            progress(_("werkbord: reusing deduce's own cache"))
        else:
            tables = build_tables(lambda msg: progress(_("werkbord: preparing {what}").format(what=msg)))
    info.built = True
    if path is not None:
        try:
            write_tables(path, tables)
            _remove_stale(path.parent, keep=path)
        except OSError as e:
            info.saved = False
            progress(
                _(
                    "werkbord: could not save the prepared word lists in {path} ({reason}); "
                    "they will be prepared again next time"
                ).format(path=path.parent, reason=e)
            )
    info.prepare_seconds = time.perf_counter() - t0
    if info.saved and path is not None:
        progress(
            _("werkbord: prepared in {seconds:.0f} s, kept in {path}").format(
                seconds=info.prepare_seconds, path=path.parent
            )
        )
    t1 = time.perf_counter()
    with paused():
        structs = structs_from_tables(tables)
    info.load_seconds = time.perf_counter() - t1
    return structs
