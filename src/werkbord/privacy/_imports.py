"""Importing deduce without letting it reconfigure the host program.

deduce 3 runs ``logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)`` and
``warnings.simplefilter("default")`` at import. In werkbord that would send every library's
debug log to stdout (where reports and JSON may be written) and change which warnings show.
We import it once, here, and undo both.
"""

from __future__ import annotations

import logging
import threading
import warnings
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
        with warnings.catch_warnings():  # restores the warning filters on exit
            import deduce
            import deduce.annotator  # noqa: F401  (its import is what touches the filters)
            import deduce.deduce  # noqa: F401
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)
        root.setLevel(level)
        _module = deduce
        return deduce


def deduce_version() -> tuple[int, ...]:
    from importlib.metadata import version

    return tuple(int(p) for p in version("deduce").split(".")[:2] if p.isdigit())
