"""deduce's pipeline on the lean lookup data, with werkbord's extra rules and protected words.

One :class:`Engine` per process (it holds ~200 MB of lookup sets, so it is shared by every
Scrubber); protected words differ per Scrubber and are applied per call, between deduce's
annotating and its redacting. That is why the redactor is taken out of deduce's pipeline
and run by us: the numbering ("[PERSOON-1]", "[PERSOON-2]") must count only what is
really replaced.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..gcpolicy import paused
from ..i18n import _
from ._imports import SUPPORTED, deduce_version, import_deduce
from .age_restated import restated_ages
from .detect import false_positives, find_all
from .fields import PLAIN, Layout, decide, owner_names, splice
from .lexicon import deduce_lexicon
from .lookup import FlatTrie, LoadInfo, Progress, StartLengths, load_or_build
from .names import known_names, name_words
from .protect import PERSON_TAGS, ProtectedPhrases, keep_roles
from .rules import Found
from .teamlist import TeamList
from .word_endings import outside_word_endings, without_genitive_adverbs
from .words import Lexicon

import_deduce()  # before anything below imports a deduce module

import docdeid as dd  # noqa: E402
from deduce import Deduce  # noqa: E402
from deduce.annotator import ContextAnnotator, TokenPatternAnnotator  # noqa: E402
from deduce.deduce import _DeduceProcessorLoader  # noqa: E402
from deduce.redactor import DeduceRedactor  # noqa: E402


class _ExtraRules(dd.process.Annotator):
    """werkbord's patterns (see :mod:`.rules`) as a docdeid annotator, so deduce's overlap
    resolver and redactor treat them exactly like its own findings."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(tag="_werkbord")
        self._lexicon = lexicon

    def annotate(self, doc: dd.Document) -> list[dd.Annotation]:
        # What deduce read wrongly (a duration as an age, a fraction as a date) is taken out first.
        # In place: docdeid adds what this returns to the set it held before calling it.
        wrong = set(false_positives(doc.text, [_found(a) for a in doc.annotations], self._lexicon))
        for a in [a for a in doc.annotations if _found(a) in wrong]:
            doc.annotations.discard(a)
        # deduce's name group has run by now, so its person tags are final ("persoon").
        persons = [(a.start_char, a.end_char) for a in doc.annotations if a.tag in PERSON_TAGS]
        towns = [(a.start_char, a.end_char) for a in doc.annotations if a.tag == "locatie"]
        known = [(a.start_char, a.end_char) for a in doc.annotations]
        names = doc.metadata["werkbord_names"] or frozenset()
        found = find_all(doc.text, persons, self._lexicon, towns, known, names)
        wrong = set(false_positives(doc.text, found, self._lexicon))
        # "halverwege de vijftig, 55 volgens het dossier": an age restated, near an age found (:mod:`.age_restated`)
        ages = [f for f in found if f.tag == "leeftijd" and f not in wrong]
        ages += [_found(a) for a in doc.annotations if a.tag == "leeftijd"]
        if ages:
            covered = [*known, *((f.start, f.end) for f in found if f not in wrong)]
            found += [
                f for f in restated_ages(doc.text, ages) if not any(s < f.end and f.start < e for s, e in covered)
            ]
        return [
            dd.Annotation(text=doc.text[f.start : f.end], start_char=f.start, end_char=f.end, tag=f.tag)
            for f in found
            if f not in wrong
        ]


def _found(a: dd.Annotation) -> Found:
    return Found(a.start_char, a.end_char, a.tag)


class _LeanDeduce(Deduce):
    """``Deduce`` with its lookup structures handed in instead of unpickled.

    Mirrors ``Deduce.__init__`` of deduce 3.0 except for the one slow line
    (``get_lookup_structs``); everything else - config, tokenizer, every annotator and
    post-processor - is deduce's own code with deduce's own settings.
    """

    def __init__(self, lookup_structs: dd.ds.DsCollection) -> None:  # noqa: D107
        dd.DocDeid.__init__(self)
        deduce = import_deduce()
        self.config = self._initialize_config(load_base_config=True, user_config=None)
        self.lookup_data_path = Path(deduce.deduce._LOOKUP_LIST_PATH)
        self.cache_path = None
        self.tokenizers = {"default": self._initialize_tokenizer(self.lookup_data_path)}
        self.lookup_structs = lookup_structs
        extras = {"tokenizer": self.tokenizers["default"], "ds": self.lookup_structs}
        self.processors = _LeanProcessorLoader().load(config=self.config, extras=extras)
        _plain_overlap(self.processors)
        _compile_token_patterns(self.processors)


class _LeanProcessorLoader(_DeduceProcessorLoader):
    """deduce's loader, giving a trie whose first tokens stay in the cache file (a
    :class:`.lookup.StartLengths`) a :class:`LazyStartsAnnotator` instead of docdeid's
    ``MultiTokenLookupAnnotator`` (which copies every first token into a set as it is made)."""

    @staticmethod
    def _get_multi_token_annotator(args: dict, extras: dict) -> dd.process.Annotator:
        trie = extras["ds"][args["lookup_values"]]
        if isinstance(trie, FlatTrie) and isinstance(trie.children, StartLengths):
            rest = {k: v for k, v in args.items() if k != "lookup_values"}
            return LazyStartsAnnotator(trie=trie, **rest)
        return _DeduceProcessorLoader._get_multi_token_annotator(args, extras)


class LazyStartsAnnotator(dd.process.MultiTokenLookupAnnotator):
    """docdeid's ``MultiTokenLookupAnnotator`` over a :class:`.lookup.FlatTrie` that asks the
    trie whether a note's words start a sequence, instead of intersecting them with a set of
    every first token (built at start-up: ~0.02 s for deduce's ~255,000). The same tokens
    start a match, so the annotations are the same (tested against docdeid's on deduce's lists).
    The trie is asked once per word: what it answered is kept in two sets, so a word seen
    before costs what docdeid's set intersection costs."""

    def __init__(self, *args, trie: FlatTrie, overlapping: bool = False, **kwargs) -> None:  # noqa: ANN002, ANN003
        self._start_words: set[str] = set()  # the words asked that start a sequence
        self._asked: set[str] = set()  # every word asked
        self._trie = trie
        self._matching_pipeline = trie.matching_pipeline or []
        self.overlapping = overlapping
        dd.process.Annotator.__init__(self, *args, **kwargs)

    def annotate(self, doc: dd.Document) -> list[dd.Annotation]:
        tokens = doc.get_tokens()
        pipeline = self._matching_pipeline
        words = tokens.get_words(pipeline)
        new = words - self._asked  # asked of the trie once per word, kept
        if new:
            starts = self._trie.children
            self._start_words.update(w for w in new if w in starts)
            self._asked |= new
        # What docdeid intersects with its set of every first token, from the words asked so far.
        hits = words & self._start_words
        start_tokens = sorted(tokens.token_lookup(hits, matching_pipeline=pipeline), key=lambda t: t.start_char)
        # From here as docdeid's MultiTokenLookupAnnotator.annotate (docdeid 1.0).
        start_indices = [tokens.token_index(token) for token in start_tokens]
        tokens_text = [token.text for token in tokens]
        annotations = []
        min_i = 0
        for i in start_indices:
            if i < min_i:
                continue
            match = self._trie.longest_matching_prefix(tokens_text, start_i=i)
            if match is None:
                continue
            start_token, end_token = tokens[i], tokens[i + len(match) - 1]
            annotations.append(
                dd.Annotation(
                    text=doc.text[start_token.start_char : end_token.end_char],
                    start_char=start_token.start_char,
                    end_char=end_token.end_char,
                    start_token=start_token,
                    end_token=end_token,
                    tag=self.tag,
                    priority=self.priority,
                )
            )
            if not self.overlapping:
                min_i = i + len(match)  # skip ahead
        return annotations


def _position_test(position: dict, ds: dd.ds.DsCollection | None) -> Callable[[dd.Token], bool] | None:
    """What deduce's ``_PatternPositionMatcher.match`` answers for one pattern position, as a
    function of the token (None for a position it would not accept: then deduce's own code runs)."""
    if len(position) != 1:
        return None
    func, value = next(iter(position.items()))
    if func == "equal":
        return lambda t: t.text == value
    if func == "re_match":
        rx = re.compile(value)  # (what re.match compiles; here once, as the pipeline is assembled)
        return lambda t: rx.match(t.text) is not None
    if func == "is_initials":
        return lambda t: (len(t.text) <= 4 and t.text.isupper()) == value
    if func == "like_name":
        return lambda t: (len(t.text) >= 3 and t.text.istitle() and not any(ch.isdigit() for ch in t.text)) == value
    if func == "lookup":
        return lambda t: t.text in ds[value]  # type: ignore[index]
    if func == "neg_lookup":
        return lambda t: t.text not in ds[value]  # type: ignore[index]
    if func in ("and", "or"):
        parts = [_position_test(x, ds) for x in value]
        if any(p is None for p in parts):
            return None
        if func == "and":
            return lambda t: all(p(t) for p in parts)  # type: ignore[misc]
        return lambda t: any(p(t) for p in parts)  # type: ignore[misc]
    return None


def _compiled(self, pattern: list[dict]) -> list[Callable[[dd.Token], bool]] | None:  # noqa: ANN001
    """The position tests of one of an annotator's patterns, made once (None: deduce's code reads it)."""
    kept = self._tests.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept[1]
    tests = [_position_test(position, self.ds) for position in pattern]
    if any(t is None for t in tests):
        return None
    self._tests[id(pattern)] = (pattern, tests)
    return tests


def _match_sequence(self, text, pattern, start_token, direction="right", skip=None):  # noqa: ANN001, ANN202, PLR0913
    """deduce's ``TokenPatternAnnotator._match_sequence`` (deduce 3.0) over the tests of
    :func:`_compiled`: the same tokens match, the same annotation is made."""
    tests = self._compiled(pattern) if direction in ("right", "left") else None
    if tests is None:
        return TokenPatternAnnotator._match_sequence(self, text, pattern, start_token, direction, skip)
    skip = skip or set()
    link = "_next_token" if direction == "right" else "_previous_token"
    if direction == "left":
        tests = tests[::-1]
    current = end_token = start_token
    last = len(tests) - 1
    for i, test in enumerate(tests):
        if current is None or not test(current):
            return None
        end_token = current
        if i < last:  # (deduce also steps past the last position; that reads nothing)
            current = getattr(current, link)
            while current is not None and current.text in skip:
                current = getattr(current, link)
    if direction == "left":
        start_token, end_token = end_token, start_token
    return dd.Annotation(
        text=text[start_token.start_char : end_token.end_char],
        start_char=start_token.start_char,
        end_char=end_token.end_char,
        tag=self.tag,
        priority=self.priority,
        start_token=start_token,
        end_token=end_token,
    )


class _FastTokenPatternAnnotator(TokenPatternAnnotator):
    """deduce's ``TokenPatternAnnotator`` with each pattern's positions made into functions once,
    instead of reading every position's dict through ``_PatternPositionMatcher.match`` (keyword
    arguments, a chain of string comparisons, a regular expression looked up in ``re``'s cache)
    for every token of every note. Given to deduce's own annotators by :func:`_compile_token_patterns`."""

    _compiled = _compiled
    _match_sequence = _match_sequence


class _FastContextAnnotator(ContextAnnotator):
    """deduce's ``ContextAnnotator`` (names and house numbers beside what was found) likewise."""

    _compiled = _compiled
    _match_sequence = _match_sequence


def _compile_token_patterns(group: dd.process.DocProcessorGroup) -> None:
    """deduce's token-pattern and context annotators in ``group`` made :class:`_CompiledPatterns`
    ones, their patterns compiled now (inside the pipeline's :func:`.precompiled.precompiled`)."""
    for _name, proc in list(group):
        if isinstance(proc, dd.process.DocProcessorGroup):
            _compile_token_patterns(proc)
            continue
        kind = {TokenPatternAnnotator: _FastTokenPatternAnnotator, ContextAnnotator: _FastContextAnnotator}.get(
            type(proc)
        )
        if kind is None:
            continue
        proc.__class__ = kind
        proc._tests = {}
        patterns = [c["pattern"] for c in proc.pattern] if kind is _FastContextAnnotator else [proc.pattern]
        for pattern in patterns:
            proc._compiled(pattern)


class PlainOverlapResolver(dd.process.OverlapResolver):
    """docdeid's ``OverlapResolver`` with its character mask in a bytearray instead of numpy
    (the same annotations, in the same order), so a harvest need not import numpy (~0.1 s)."""

    def process_annotations(self, annotations: dd.AnnotationSet, text: str) -> dd.AnnotationSet:
        processed = []
        taken = bytearray(max(a.end_char for a in annotations))
        for a in annotations.sorted(by=self._sort_by, callbacks=self._sort_by_callbacks, deterministic=True):
            start, end = a.start_char, a.end_char
            mask = taken[start:end]
            if not any(mask):  # no overlap
                processed.append(a)
            else:  # what is left free, run by run
                for s, e in _free_runs(mask):
                    processed.append(
                        dd.Annotation(text=a.text[s:e], start_char=start + s, end_char=start + e, tag=a.tag)
                    )
            taken[start:end] = b"\x01" * len(mask)
        return dd.AnnotationSet(processed)


def _free_runs(mask: bytearray) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of zeros in ``mask``."""
    end = 0
    while (start := mask.find(0, end)) != -1:
        end = mask.find(1, start)
        if end == -1:
            end = len(mask)
        yield start, end


def _plain_overlap(group: dd.process.DocProcessorGroup) -> None:
    """Every ``OverlapResolver`` in ``group`` (also the one deduce's person-tag converter holds)
    replaced by a :class:`PlainOverlapResolver` with the same order."""
    for name, proc in list(group):
        if isinstance(proc, dd.process.DocProcessorGroup):
            _plain_overlap(proc)
        elif type(proc) is dd.process.OverlapResolver:
            group.add_processor(name, _plain(proc))  # (an existing name keeps its place)
        elif type(getattr(proc, "_overlap_resolver", None)) is dd.process.OverlapResolver:
            proc._overlap_resolver = _plain(proc._overlap_resolver)


def _plain(resolver: dd.process.OverlapResolver) -> PlainOverlapResolver:
    return PlainOverlapResolver(sort_by=resolver._sort_by, sort_by_callbacks=resolver._sort_by_callbacks)


_DIGIT = re.compile(r"\d")
_NEEDS_DIGITS = frozenset(
    {
        "street_pattern",
        "street_lookup",
        "housenumber",
        "postal_code",
        "postbus",
        "dates",
        "ages",
        "identifiers",
        "phone_numbers",
    }
)


@dataclass(frozen=True, slots=True)
class Tagged:
    text: str
    annotations: list[Found]  # what was replaced, after protection and the field policy
    replacements: tuple[str, ...] = ()  # what each annotation became ("[PERSOON-1]"), same order
    kept: Counter[str] = field(default_factory=Counter)  # field -> detections the policy left
    replaced: Counter[str] = field(default_factory=Counter)  # form field -> detections replaced
    kept_texts: tuple[str, ...] = ()
    # What the review step flags in ``text`` (see :func:`reviewed`), when it was asked for.
    suspects: tuple[tuple[str, int, str], ...] | None = None


def reviewed(tagged: Tagged, protected: frozenset[str] | tuple[str, ...]) -> Tagged:
    """``tagged`` with the review step's suspects of its text: ``protected`` are the words kept
    by design (the template's and the team's), beside what the field policy kept in this note.
    The same call the review step makes (:func:`werkbord.harvest.scrub.review_items`), made
    here so that a second process shares it (:mod:`.parallel`); reasons stay untranslated."""
    from .suspects import untranslated_suspects

    # A frozenset as it is asked for (the review step's phrases are kept per set of words): the
    # same one for every note that kept nothing, instead of a new set of the ~300 words each time.
    words = protected if isinstance(protected, frozenset) else frozenset(protected)
    if tagged.kept_texts:
        words = words | frozenset(tagged.kept_texts)
    found = untranslated_suspects(tagged.text, protected=words)
    return replace(tagged, suspects=found)


class _Replacements(DeduceRedactor):
    """deduce's redactor answering with each annotation's replacement instead of the new text,
    so a form's fields can be cut from the same numbering as its whole text."""

    @staticmethod
    def _replace_annotations_in_text(text, annotations, replacement):  # noqa: ANN001, ANN205
        return replacement


class Engine:
    def __init__(self, lookup_structs: dd.ds.DsCollection, info: LoadInfo, progress: Progress | None = None) -> None:
        self.info = info
        self._lexicon = deduce_lexicon(lookup_structs, progress, info.path.parent if info.path else None)
        self._deduce = _LeanDeduce(lookup_structs)
        names = self._deduce.processors.get_names(recursive=False)
        # Our rules run after deduce's annotators and before its post-processing (overlap
        # resolution, merging of adjacent names), so they take part in both.
        self._deduce.processors.add_processor(
            "werkbord_rules",
            _ExtraRules(self._lexicon),
            position=names.index("post_processing"),
        )
        post = self._deduce.processors["post_processing"]
        redactor = post["redactor"]
        post.remove_processor("redactor")
        self._redactor = _Replacements(open_char=redactor.open_char, close_char=redactor.close_char)
        # The pipeline's steps in the order its groups run them, worked out once: docdeid walks
        # the groups again for every note (with an abstract-class check per step), ~0.03 ms a
        # note. Without digits, the steps of the groups in _NEEDS_DIGITS are left out, as
        # ``disabled`` leaves them out there.
        steps = list(_steps(self._deduce.processors))
        self._steps = [step for _names, step in steps]
        self._steps_without_digits = [step for names, step in steps if not _NEEDS_DIGITS.intersection(names)]

    def name_words(self, tagged: Tagged, original: str) -> set[str]:
        """Words of the names found in a note, to look for in the other notes of a harvest."""
        persons = [(a.start, a.end) for a in tagged.annotations if a.tag in PERSON_TAGS]
        return name_words(original, persons, self._lexicon)

    @staticmethod
    def uncovered_names(text: str, tagged: Tagged, names: frozenset[str]) -> bool:
        """Does one of ``names`` occur in ``text`` outside the spans ``tagged`` replaced?"""
        if not any(n in text for n in names):
            return False
        return any(
            not any(a.start <= f.start and f.end <= a.end for a in tagged.annotations) for f in known_names(text, names)
        )

    def tag(
        self,
        text: str,
        protected: ProtectedPhrases,
        *,
        selective: bool = True,
        names: frozenset[str] = frozenset(),
        layout: Layout = PLAIN,
        team: TeamList | None = None,
    ) -> Tagged:
        """``text`` pseudonymised; ``layout`` says which field each stretch is (see :mod:`.fields`)
        and ``team`` is the team's privacy list."""
        # Most sticky notes hold no digit, and then these processors cannot find anything
        # deduce keeps: dates, ages, numbers and postcodes need digits, and a street name is
        # only kept with a house number (deduce drops bare "straat" tags inside its locations
        # group, before any post-processing could be influenced by them). Skipping them saves
        # about 20 % on such notes (0.77 -> 0.60 s for 3,420), with the same result (tested).
        skip = selective and not _DIGIT.search(text)
        # What DocDeid.deidentify(text, disabled=...) does, with the steps listed once.
        doc = dd.Document(
            text, tokenizers=self._deduce.tokenizers, metadata={"werkbord_names": names} if names else None
        )
        for step in self._steps_without_digits if skip else self._steps:
            step.process(doc)
        found = outside_word_endings(text, [Found(a.start_char, a.end_char, a.tag) for a in doc.annotations])
        if "s" in text and any(q in text for q in "'’‘"):  # "risico's. Nazit", "'s Winters"
            found = without_genitive_adverbs(text, found, self._lexicon)
        found += owner_names(text, layout, found, self._lexicon)  # "Wie: tim", "Wie: Ben": a name in so short a field
        decision = decide(text, keep_roles(text, protected.apply(text, found)), layout, team)
        kept = decision.replace
        if not kept:
            return Tagged(text, [], (), decision.kept, decision.replaced, tuple(decision.kept_texts))
        annotations = [
            dd.Annotation(text=text[f.start : f.end], start_char=f.start, end_char=f.end, tag=f.tag) for f in kept
        ]
        mapping = self._redactor.redact(text, dd.AnnotationSet(annotations))
        replacements = tuple(mapping[a] for a in annotations)
        return Tagged(
            splice(text, kept, replacements),
            kept,
            replacements,
            decision.kept,
            decision.replaced,
            tuple(decision.kept_texts),
        )


def _steps(group: dd.process.DocProcessorGroup, names: tuple[str, ...] = ()):  # noqa: ANN202
    """(the names of the groups on the way and its own, step) for every step ``group.process``
    runs, in its order: a group's steps in place of the group, anything else left out."""
    for name, proc in group:
        if isinstance(proc, dd.process.DocProcessor):
            yield (*names, name), proc
        elif isinstance(proc, dd.process.DocProcessorGroup):
            yield from _steps(proc, (*names, name))


def build_first_use_patterns() -> None:
    """Build now the patterns two rule modules compile from their own word lists on first use,
    and import the review step's learned scorer (:mod:`.scorer`), whose patterns its first note
    would compile (no note is involved): called inside :func:`.precompiled.precompiled`, they
    come from its file like the rest instead of being compiled anew in each process."""
    from . import scorer  # noqa: F401 - the review step's learned scorer, imported at its first note
    from .roles import role_spans
    from .spoken import uncertain_numbers

    role_spans("")  # the titles of several words ("persoonlijk begeleider")
    uncertain_numbers("")  # numbers in words ("nul zes twaalf")


_engines: dict[Path | None, Engine] = {}
_lock = threading.Lock()


def get_engine(cache_dir: Path | None, progress: Progress) -> Engine:
    """The shared engine for ``cache_dir``, loading (or once preparing) its data on first use."""
    with _lock:
        engine = _engines.get(cache_dir)
        if engine is None:
            if deduce_version()[:2] != SUPPORTED:
                progress(
                    _("werkbord: deduce {version} is untested with werkbord (written for {supported}.x)").format(
                        version=".".join(map(str, deduce_version())), supported=".".join(map(str, SUPPORTED))
                    )
                )
            t0 = time.perf_counter()
            structs, info = load_or_build(cache_dir, progress)
            t1 = time.perf_counter()
            from .precompiled import precompiled

            # deduce's own patterns (its config's, compiled as its pipeline is assembled) are kept
            # beside the rules' (only the engine's assembly is recorded: no note, no team list).
            with paused(), precompiled(cache_dir, "pipeline"):  # (then frozen: see werkbord.gcpolicy)
                engine = Engine(structs, info, progress)
            # Report the whole start-up (lookup data plus pipeline) as the load time.
            info.load_seconds += time.perf_counter() - t1
            info.total_seconds = time.perf_counter() - t0
            _engines[cache_dir] = engine
        return engine
