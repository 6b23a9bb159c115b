"""Pseudonymising participants' notes: the one entry point is :class:`Scrubber`.

Import from here (``from werkbord.privacy import Scrubber``). Importing this package is cheap:
it does not import deduce; the first :meth:`Scrubber.scrub` (or :meth:`Scrubber.prepare`) does.

Module map (all pure Python except ``lookup``, ``lexicon`` and ``engine``, which import deduce
and docdeid, so :mod:`.scrubber` imports them lazily, on the first scrub):

- ``scrubber`` – the :class:`Scrubber` a harvest uses, its results and report categories.
- ``protect``  – template words that must never be scrubbed, role words kept beside a tag.
- ``rules``    – patterns deduce misses on sticky notes (ages, "3 maart", grouped BSN, ids, ...).
- ``names``    – initials in their Dutch forms, first names beside a role, unknown proper names.
- ``places``   – neighbourhoods, bare street names, institutions, schools and employers.
- ``words``    – the word lists and the :class:`~.words.Lexicon` those context rules ask.
- ``detect``   – every rule in one call, in the right order.
- ``lexicon``  – the Lexicon from deduce's lookup lists and OpenTaal's Dutch word list.
- ``lookup``   – a lean on-disk form of deduce's lookup lists, built once, loaded in well under 1 s.
- ``engine``   – deduce's pipeline assembled on that lean data, plus the extra rules.

What comes out is pseudonymised text (gepseudonimiseerd): identifiers become tags, the rest of
the note stays, so it is not anonymous.
"""

__all__ = [
    "CATEGORIES",
    "DeidentifyUnavailable",
    "ScrubResult",
    "Scrubber",
    "category_of",
    "deduce_available",
    "default_cache_dir",
]

# Resolved on first use (PEP 562), not at import: ``provision`` asks :mod:`.cachefile` whether
# the one-time preparation is still due, and importing the scrubber's rule modules for that
# would cost it more than the check itself (tests/test_layering.py guards this).
_FROM = {"default_cache_dir": ".cachefile"} | dict.fromkeys(
    ("CATEGORIES", "DeidentifyUnavailable", "ScrubResult", "Scrubber", "category_of", "deduce_available"), ".scrubber"
)


def __getattr__(name: str):
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_FROM[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
