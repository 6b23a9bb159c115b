"""Importing deduce without letting it reconfigure the host program.

deduce 3 runs ``logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)`` and
``warnings.simplefilter("default")`` at import. In werkbord that would send every library's
debug log to stdout (where reports and JSON may be written) and change which warnings show.
We import it once, here, and undo both.

docdeid imports numpy (~0.1 s of CPU, in each process of a harvest) for one method, its
``OverlapResolver``'s character mask, which werkbord replaces (``engine.PlainOverlapResolver``).
While docdeid is imported (here, or first by ``lookup``), it gets a stand-in that imports numpy when it is first used.

deduce sets its ``__version__`` at import with ``importlib.metadata.version("deduce")``: importing
:mod:`importlib.metadata` (with the email parser, zipfile and csv) and searching every installed
distribution for deduce's cost ~0.02-0.04 s of CPU in each process of a harvest. While deduce is
imported, :mod:`importlib.metadata` is a stand-in that answers deduce's version from its own
METADATA file (:func:`.cachefile.deduce_version`, the lookup cache's key too) and imports the
real module for anything else.
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
        # (catch_warnings restores the warning filters on exit)
        with warnings.catch_warnings(), numpy_on_first_use(), deduce_version_answered():
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


_METADATA = "importlib.metadata"


class _Metadata(ModuleType):
    """Stands in for :mod:`importlib.metadata` while deduce is imported: ``version("deduce")``
    is read from deduce's METADATA file; anything else imports the real module and asks it."""

    def version(self, name: str) -> str:
        from .cachefile import deduce_version as version_of_deduce

        return version_of_deduce() if name == "deduce" else self.__getattr__("version")(name)

    def __getattr__(self, name: str) -> object:
        if sys.modules.get(_METADATA) is self:
            del sys.modules[_METADATA]
        return getattr(importlib.import_module(_METADATA), name)


@contextmanager
def deduce_version_answered() -> Iterator[None]:
    if _METADATA in sys.modules:  # already paid for
        yield
        return
    stand_in = _Metadata(_METADATA)
    sys.modules[_METADATA] = stand_in
    had, before = hasattr(importlib, "metadata"), getattr(importlib, "metadata", None)
    importlib.metadata = stand_in  # what ``import importlib.metadata`` then reads
    try:
        yield
    finally:
        if sys.modules.get(_METADATA) is stand_in:
            del sys.modules[_METADATA]  # the next ``import importlib.metadata`` imports it
        if getattr(importlib, "metadata", None) is stand_in:
            if had:
                importlib.metadata = before
            else:
                del importlib.metadata


def deduce_version() -> tuple[int, ...]:
    from .cachefile import deduce_version as version_of_deduce

    return tuple(int(p) for p in version_of_deduce().split(".")[:2] if p.isdigit())
