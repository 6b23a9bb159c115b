"""How the ``werkbord`` command uses Python's cyclic garbage collector.

A harvest builds tens of thousands of short-lived objects (annotations, tokens, report rows)
next to a few million long-lived ones (modules, pydantic's schemas, deduce's pipeline and word
sets). With the collector's default thresholds it ran ~500 collections, 4 of them full ones that
walk every long-lived object again: 0.4 s of a 3,000-note harvest, 0.05 s of a provision. The
command collects less often and, once its long-lived data is loaded, moves that data out of
the collector's sight (:func:`gc.freeze`); garbage is still collected.

While the command line loads (``werkbord.__main__``), nothing is collected at all: modules make
no garbage worth finding, and 28 collections at the default threshold found next to nothing.
An Excalidraw provision is short and makes next to no garbage either (its scene lives until it
is written): it runs without collections (:func:`without_collections`), ~0.01 s of its start.

Only the command does this (:func:`for_the_command`, from ``werkbord.__main__``): a program that
imports werkbord keeps its own collector settings, and :func:`settled` and
:func:`without_collections` do nothing there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Young objects allocated between two collections of the youngest generation (default 700).
# Higher means fewer collections, each of them longer; 10,000 measured best for a harvest.
THRESHOLD = (10_000, 10, 10)

_freezing = False


def for_the_command() -> None:
    """Collect less often, and let :func:`settled` freeze what is loaded (collecting again if
    it was paused while the command line loaded)."""
    global _freezing
    gc.set_threshold(*THRESHOLD)
    _freezing = True
    settled()
    gc.enable()


def without_collections() -> None:
    """The rest of a short command that makes next to no garbage runs without collections."""
    if _freezing:
        gc.disable()


def settled() -> None:
    """What exists now lives until the command ends (imports, loaded engines): not scanned again."""
    if _freezing:
        gc.freeze()


@contextmanager
def paused() -> Iterator[None]:
    """No collections while a big structure without cycles is built (a parsed JSON file, lookup
    tables): each would walk everything built so far and find nothing. Pausing alone would only
    postpone that walk (the first allocation afterwards collects everything made meanwhile), so
    in the command what exists then is frozen first (:func:`settled`; what dies later, say a
    scene once its items are read, is still freed as usual). The collector's state is restored
    after (anywhere, not only in the command)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        settled()
    finally:
        if was_enabled:
            gc.enable()
