"""De-identifying (pseudonymising) participants' notes with deduce, keeping the template's own words.

Harvested notes can hold patient details (health data under the AVG/GDPR), so every note
text goes through deduce, the de-identification tool for Dutch medical text, locally:
nothing leaves the machine. Names, places, institutions, dates, ages, phone numbers, BSN,
patient numbers, e-mail and web addresses become deduce's tags, numbered per note
("[PERSOON-1]", "[DATUM-1]", "[ZORGINSTELLING-1]", "[LEEFTIJD-1]", "[ID-1]", ...), and the
same person twice in one note gets the same number.

On top of deduce (the other modules of :mod:`werkbord.privacy`):

- extra rules for what sticky notes say and deduce misses: "(54)", "3 maart", "12/3",
  "pat.nr. 12345", ".info" addresses, "+31 6 ...", and by context: initials ("J.K.",
  "mw. B."), ages beside a person (", 58,", "58-jarige"), neighbourhoods, bare street names,
  schools, employers and institutions by their head word ("Stedelijk Gymnasium Leiden");
- role words kept beside a name: "Wijkagent Henk" -> "Wijkagent [PERSOON-1]";
- protected words: the template's party labels and aliases are never scrubbed ("FACT",
  "RIBW", "Buren" would otherwise go), while a name next to them still is:
  "huisarts Jansen" -> "huisarts [PERSOON-1]";
- a lean cache of deduce's lookup lists in the user's cache directory: prepared once (about
  a minute, reported through ``progress``), then loaded in well under a second instead of
  deduce's ~8.6 s of unpickling.

Importing this module is cheap and does not import deduce; the first :meth:`Scrubber.scrub`
(or :meth:`Scrubber.prepare`) does.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import WerkbordError
from ..i18n import _
from .cachefile import default_cache_dir
from .categories import CATEGORIES, category_of
from .fields import PLAIN, Layout, splice
from .protect import ProtectedPhrases
from .teamlist import TeamList

if TYPE_CHECKING:
    from .engine import Engine, Tagged
    from .lookup import LoadInfo
    from .parallel import TagWorker

__all__ = [
    "CATEGORIES",
    "Layout",
    "DeidentifyUnavailable",
    "ScrubResult",
    "Scrubber",
    "category_of",
    "deduce_available",
    "default_cache_dir",
]


@dataclass(frozen=True)
class ScrubResult:
    text: str
    counts: dict[str, int] = field(default_factory=dict)  # category -> tags in this note
    # Per span of the note's Layout, in its order: (field, that stretch pseudonymised), numbered
    # as in ``text`` ("Wie: [PERSOON-1]" and the whole form's "[PERSOON-1]" are one person).
    fields: tuple[tuple[str, str], ...] = ()
    kept: dict[str, int] = field(default_factory=dict)  # field -> detections its policy left in place
    replaced: dict[str, int] = field(default_factory=dict)  # form field -> detections replaced there
    kept_texts: tuple[str, ...] = ()  # what the policy left in place ("1 juni"), not to flag for review
    # The review step's suspects of ``text``, reasons untranslated, where scrub_many was asked to
    # read the notes for it (``review``); None otherwise.
    suspects: tuple[tuple[str, int, str], ...] | None = field(default=None, compare=False)


def _result(text: str, tagged: Tagged, layout: Layout) -> ScrubResult:
    counts = Counter(category_of(a.tag) for a in tagged.annotations)
    pieces = tuple(
        (name, splice(text, tagged.annotations, tagged.replacements, start, end)) for name, start, end in layout.spans
    )
    return ScrubResult(
        tagged.text,
        dict(sorted(counts.items())),
        pieces,
        dict(sorted(tagged.kept.items())),
        dict(sorted(tagged.replaced.items())),
        tagged.kept_texts,
        tagged.suspects,
    )


def _untouched(text: str, layout: Layout) -> ScrubResult:
    return ScrubResult(text, {}, tuple((name, text[s:e]) for name, s, e in layout.spans))


class DeidentifyUnavailable(WerkbordError):
    """deduce is not installed, so notes cannot be de-identified."""


def deduce_available() -> bool:
    return importlib.util.find_spec("deduce") is not None


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Scrubber:
    """Scrubs note texts; ``protected`` are the words (party labels, aliases) that must stay.

    ``progress`` receives a line now and then while the one-time preparation runs (default:
    stderr). ``cache_dir`` defaults to :func:`default_cache_dir`. ``team``: the team's privacy
    list (names it keeps under "Wie", words it always replaces; see :mod:`.teamlist`).
    """

    def __init__(
        self,
        protected: Iterable[str],
        *,
        progress: Callable[[str], None] | None = None,
        cache_dir: str | Path | None = None,
        team: TeamList | None = None,
    ) -> None:
        self._protected = ProtectedPhrases(protected)
        self.team = team
        self._progress = progress or _to_stderr
        self._cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self._engine: Engine | None = None

    @property
    def protected(self) -> list[str]:
        """The protected phrases as matched (normalised), longest first."""
        return list(self._protected.phrases)

    def prepare(self) -> LoadInfo:
        """Load deduce and its lookup data now (else the first scrub does). Returns timings."""
        return self._get_engine().info

    def _get_engine(self) -> Engine:
        if self._engine is None:
            if not deduce_available():
                raise DeidentifyUnavailable(
                    _("cannot de-identify notes: the 'deduce' package is not installed"),
                    hint="pip install 'deduce>=3.0.6,<4'",
                )
            from .precompiled import precompiled

            with precompiled(self._cache_dir, "engine"):  # the rules' patterns, compiled as they are imported
                from .engine import build_first_use_patterns, get_engine

                build_first_use_patterns()

            self._engine = get_engine(self._cache_dir, self._progress)
        return self._engine

    def scrub(self, text: str, layout: Layout = PLAIN) -> ScrubResult:
        if not text or not text.strip():
            return _untouched(text, layout)
        return _result(text, self._get_engine().tag(text, self._protected, layout=layout, team=self.team), layout)

    def scrub_many(
        self,
        texts: Sequence[str],
        layouts: Sequence[Layout] | None = None,
        *,
        worker: TagWorker | None = None,
        review: Sequence[str] | None = None,
    ) -> list[ScrubResult]:
        """Scrub the notes of one harvest together; ``layouts`` (one per text) say which field
        each stretch of a text is (default: one plain note, everything identifying goes).
        ``worker``: a second process that tags part of the notes (see :mod:`.parallel`).
        ``review``: the words the review step keeps by design; given, each scrubbed note is also
        read for the review step (``ScrubResult.suspects``), by whichever process tagged it, so
        that work is shared between the two as well.

        A name found in one note is scrubbed in every other note too: the same patient is
        often on several stickies, and "Tsegay heeft ..." gives the name away where
        "gesprek met Tsegay" alone would not. Only names that are no ordinary word travel
        ("Tsegay", not "Roos"). Identical texts give identical results (numbering is per
        note), so each distinct text is scrubbed once: the same sticky is often copied.
        """
        keys = list(zip(texts, layouts if layouts is not None else [PLAIN] * len(texts), strict=True))
        distinct = [k for k in dict.fromkeys(keys) if k[0] and k[0].strip()]
        if not distinct:
            return [_untouched(t, lay) for t, lay in keys]
        engine = self._get_engine()
        words = frozenset(review) if review is not None else None
        tagged = dict(zip(distinct, self._tag_all(engine, distinct, frozenset(), worker, words), strict=True))
        names: set[str] = set()
        for (t, _lay), tg in tagged.items():
            names |= engine.name_words(tg, t)
        shared = frozenset(names)
        # Tag again only where a shared name occurs outside what was already found.
        again = [(t, lay) for (t, lay), tg in tagged.items() if shared and engine.uncovered_names(t, tg, shared)]
        tagged.update(zip(again, self._tag_all(engine, again, shared, worker, words), strict=True))
        done = {(t, lay): _result(t, tg, lay) for (t, lay), tg in tagged.items()}
        return [done.get(k) or _untouched(*k) for k in keys]

    def _tag_all(
        self,
        engine: Engine,
        jobs: list[tuple[str, Layout]],
        names: frozenset[str],
        worker: TagWorker | None,
        review: frozenset[str] | None = None,
    ) -> list[Tagged]:
        from .engine import reviewed  # (loaded with the engine)

        protected, team = self._protected, self.team

        def here(text: str, layout: Layout) -> Tagged:
            tagged = engine.tag(text, protected, names=names, layout=layout, team=team)
            return tagged if review is None else reviewed(tagged, review)

        if worker is not None:
            from .parallel import MIN_JOBS  # imported only where a worker runs (pickle, mmap)

            if len(jobs) >= MIN_JOBS:
                return worker.tag_all(jobs, (protected, team, names, review), here)
        return [here(t, lay) for t, lay in jobs]
