"""Importing deduce without letting it reconfigure the host program.

deduce 3 runs ``logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)`` and
``warnings.simplefilter("default")`` at import. In werkbord that would send every library's
debug log to stdout (where reports and JSON may be written) and change which warnings show.
We import it once, here, and undo both.

docdeid imports numpy (~0.1 s of CPU, in each process of a harvest) for one method, its
``OverlapResolver``'s character mask, which werkbord replaces (``engine.PlainOverlapResolver``).
While docdeid is imported (here, or first by ``lookup``), it gets a stand-in that imports numpy when it is first used.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

_lock = threading.Lock()
_module: ModuleType | None = None

SUPPORTED = (3, 0)  # deduce major.minor this code was written against (3.0.x)


def import_deduce() -> ModuleType:
    global _module
    with _lock:
        if _module is not None:
            return _module
        root = logging.getLogger()
        handlers, level = list(root.handlers), root.level
        with warnings.catch_warnings(), numpy_on_first_use():  # restores the warning filters on exit
            import deduce
            import deduce.annotator  # noqa: F401  (its import is what touches the filters)
            import deduce.deduce  # noqa: F401
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)
        root.setLevel(level)
        _module = deduce
        return deduce


_NUMPY = ("numpy", "numpy.typing")  # what docdeid imports


class _OnFirstUse(ModuleType):
    """Stands in for a numpy module in docdeid's namespace: the real one is imported when an
    attribute is first asked for (not for ``numpy.typing.NDArray``, docdeid's annotations)."""

    def __getattr__(self, name: str) -> object:
        for other in _NUMPY:  # (only while deduce is being imported are they still there)
            if isinstance(sys.modules.get(other), _OnFirstUse):
                del sys.modules[other]
        return getattr(importlib.import_module(self.__name__), name)


@contextmanager
def numpy_on_first_use() -> Iterator[None]:
    if "numpy" in sys.modules:  # already paid for
        yield
        return
    numpy, typing = _OnFirstUse("numpy"), _OnFirstUse("numpy.typing")
    numpy.typing, typing.NDArray = typing, object
    sys.modules.update({"numpy": numpy, "numpy.typing": typing})
    try:
        yield
    finally:
        for name in _NUMPY:
            if isinstance(sys.modules.get(name), _OnFirstUse):
                del sys.modules[name]


def deduce_version() -> tuple[int, ...]:
    from importlib.metadata import version

    return tuple(int(p) for p in version("deduce").split(".")[:2] if p.isdigit())
