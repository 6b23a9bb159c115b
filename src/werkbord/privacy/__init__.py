"""Internals of :mod:`werkbord.deidentify`; import from there, not from here.

Module map (all pure Python except ``lookup``, ``lexicon`` and ``engine``, which import deduce
and docdeid, so :mod:`werkbord.deidentify` imports them lazily, on the first scrub):

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
