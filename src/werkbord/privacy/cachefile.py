"""Where the prepared lookup file lives and whether it is there, without importing deduce.

Kept apart from :mod:`.lookup` (which imports docdeid and deduce, ~0.3 s) so that
``provision`` can check in a few milliseconds whether the one-time preparation is still due.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
from pathlib import Path

FORMAT = 1
MAGIC = b"WERKBORD-DEDUCE-LOOKUP\n"
FILE_GLOB = "lookup-*.txt"
LOCK_NAME = ".prepare.lock"


def deduce_version() -> str:
    return importlib.metadata.version("deduce")


def deduce_lookup_path() -> Path:
    """deduce's ``data/lookup`` folder (``deduce.deduce._LOOKUP_LIST_PATH``), found without importing it."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("deduce")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup"


def fingerprint() -> str:
    """deduce's version plus names and sizes of its list files: changes when the data can."""
    root = deduce_lookup_path() / "src"
    h = hashlib.sha256(f"{FORMAT}|{deduce_version()}".encode())
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in {".txt", ".json"}:
            h.update(f"|{p.relative_to(root).as_posix()}:{p.stat().st_size}".encode())
    return h.hexdigest()[:16]


def default_cache_dir() -> Path:
    """The prepared file's folder: the user's cache (site-packages may be read-only)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("werkbord")) / "deduce"


def cache_file(cache_dir: Path) -> Path:
    return Path(cache_dir) / f"lookup-{deduce_version()}-f{FORMAT}-{fingerprint()}.txt"


def is_prepared(cache_dir: Path) -> bool:
    """The prepared file for this deduce is there and starts as one (a full check happens on load)."""
    try:
        with open(cache_file(cache_dir), "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except (OSError, ModuleNotFoundError):
        return False
