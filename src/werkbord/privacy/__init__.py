"""Internals of :mod:`werkbord.deidentify`; import from there, not from here.

Module map (only ``protect`` and ``rules`` are pure Python; the other two import deduce and
docdeid, so :mod:`werkbord.deidentify` imports them lazily, on the first scrub):

- ``protect``  – template words that must never be scrubbed, and trimming annotations around them.
- ``rules``    – extra patterns deduce misses on sticky notes (ages in brackets, "3 maart", ...).
- ``lookup``   – a lean on-disk form of deduce's lookup lists, built once, loaded in well under 1 s.
- ``engine``   – deduce's pipeline assembled on that lean data, plus the extra rules.
"""
