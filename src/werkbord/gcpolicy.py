"""How the ``werkbord`` command uses Python's cyclic garbage collector.

A harvest builds tens of thousands of short-lived objects (annotations, tokens, report rows)
next to a few million long-lived ones (modules, pydantic's schemas, deduce's pipeline and word
sets). With the collector's default thresholds it ran ~500 collections, 4 of them full ones that
walk every long-lived object again: 0.4 s of a 3,000-note harvest, 0.05 s of a provision. The
command collects less often and, once its long-lived data is loaded, moves that data out of
the collector's sight (:func:`gc.freeze`); garbage is still collected.

Only the command does this (:func:`for_the_command`, from ``werkbord.__main__``): a program that
imports werkbord keeps its own collector settings, and :func:`settled` does nothing there.
"""

from __future__ import annotations

import gc

# Young objects allocated between two collections of the youngest generation (default 700).
# Higher means fewer collections, each of them longer; 10,000 measured best for a harvest.
THRESHOLD = (10_000, 10, 10)

_freezing = False


def for_the_command() -> None:
    """Collect less often, and let :func:`settled` freeze what is loaded."""
    global _freezing
    gc.set_threshold(*THRESHOLD)
    _freezing = True
    settled()


def settled() -> None:
    """What exists now lives until the command ends (imports, loaded engines): not scanned again."""
    if _freezing:
        gc.freeze()
