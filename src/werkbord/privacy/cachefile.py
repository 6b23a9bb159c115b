"""Where the prepared lookup file lives and whether it is there, without importing deduce.

Kept apart from :mod:`.lookup` (which imports docdeid and deduce, ~0.3 s) so that
``provision`` can check in a few milliseconds whether the one-time preparation is still due.
That check also leaves out :mod:`importlib.metadata` (with the email parser it imports, ~0.015 s)
and pathlib's recursive glob: deduce's version is read from the package's own metadata file, and
its list files are walked with :func:`os.walk`.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import re
import stat
from pathlib import Path

FORMAT = 1
MAGIC = b"WERKBORD-DEDUCE-LOOKUP\n"
FILE_GLOB = "lookup-*.txt"
LOCK_NAME = ".prepare.lock"


@functools.cache
def deduce_version() -> str:
    """The installed deduce's version, as ``importlib.metadata.version("deduce")`` gives it."""
    return _version_beside_package() or _version_from_metadata()


def _version_from_metadata() -> str:
    import importlib.metadata

    return importlib.metadata.version("deduce")


_DIST_INFO = re.compile(r"(?i)deduce-[^-]+\.dist-info")


def _version_beside_package() -> str | None:
    """The ``Version:`` of the one ``deduce-*.dist-info`` beside the imported package (how pip
    installs it); None when there is not exactly one, or it says no version (then
    :mod:`importlib.metadata` searches the way it does)."""
    try:
        site = _package_dir().parent
        found = [e for e in os.listdir(site) if _DIST_INFO.fullmatch(e)]
        if len(found) != 1:
            return None
        with open(site / found[0] / "METADATA", encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    return None  # the headers end at the first blank line
                name, sep, value = line.partition(":")
                if sep and name.strip().lower() == "version":
                    return value.strip() or None
    except (OSError, UnicodeDecodeError, ModuleNotFoundError):
        return None
    return None


def _package_dir() -> Path:
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("deduce")
    return Path(next(iter(spec.submodule_search_locations)))


def deduce_lookup_path() -> Path:
    """deduce's ``data/lookup`` folder (``deduce.deduce._LOOKUP_LIST_PATH``), found without importing it."""
    return _package_dir() / "data" / "lookup"


def fingerprint() -> str:
    """deduce's version plus names and sizes of its list files: changes when the data can."""
    root = deduce_lookup_path() / "src"
    h = hashlib.sha256(f"{FORMAT}|{deduce_version()}".encode())
    for parts, size in _list_files(str(root)):
        h.update(f"|{'/'.join(parts)}:{size}".encode())
    return h.hexdigest()[:16]


def _list_files(root: str) -> list[tuple[tuple[str, ...], int]]:
    """The ``.txt`` and ``.json`` files under ``root`` (their path from there, as parts, and
    size), in the order and with the choice ``sorted(Path(root).rglob("*"))`` and ``is_file()``
    give: folders reached through a symbolic link are not entered, a linked file counts."""
    found = []
    for folder, _dirs, files in os.walk(root):
        rel = os.path.relpath(folder, root)
        prefix = () if rel == os.curdir else tuple(Path(rel).parts)
        for name in files:
            if os.path.splitext(name)[1] not in (".txt", ".json"):
                continue
            try:
                st = os.stat(os.path.join(folder, name))
            except OSError:
                continue  # a dangling link: not a file
            if stat.S_ISREG(st.st_mode):
                found.append(((*prefix, name), st.st_size))
    # pathlib orders paths by their parts, case-folded on Windows.
    return sorted(found, key=lambda f: tuple(p.lower() for p in f[0]) if os.name == "nt" else f[0])


def write_cache(path: Path, data: bytes) -> None:
    """Writes a cache file whole or not at all (a temporary file beside it, renamed over it). A
    cache: when it cannot be written, nothing is, and the next run computes it again."""
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


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
