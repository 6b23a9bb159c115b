"""Atomic, bounded file I/O: an interrupted run never leaves a half-written file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import InputTooLarge, UsageError
from .i18n import N_, _

MAX_JSON_BYTES = 100 * 1024 * 1024  # a scene with 30 groups is a few MB; 100 MB is hostile
MAX_JSON_DEPTH = 64
# The files read_json_bounded is given, named in its messages as ``what`` (marked for the catalogue).
KINDS = (N_("manifest"), N_("harvest"), N_("scene"))


def write_atomic(path: Path, data: str | bytes, *, mode: int | None = None) -> None:
    """Write to a temporary file beside ``path``, fsync, then rename over it."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise UsageError(
            _("cannot write to {path} ({reason})").format(path=path.parent, reason=e.strerror),
            hint=_("choose a writable folder with --out"),
        ) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file 0600; a report or scene should get the user's usual mode.
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise UsageError(_("cannot write {path} ({reason})").format(path=path, reason=e.strerror)) from None
        raise


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def backup_copy(path: Path, *, now: str | None = None) -> Path:
    """Copy ``path`` to ``<stem>.backup-<time><suffix>`` beside it, before it is replaced.

    The suffix stays last so the copy opens in the same program (``.excalidraw``, ``.json``).
    """
    import shutil
    from datetime import datetime

    path = Path(path)
    stamp = now or datetime.now().strftime("%Y%m%d-%H%M%S")
    stem, suffix = _split_suffix(path.name)
    target = path.with_name(f"{stem}.backup-{stamp}{suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{stem}.backup-{stamp}-{n}{suffix}")
    try:
        shutil.copy2(path, target)
    except OSError as e:
        raise UsageError(_("cannot keep a copy of {path} before replacing it ({reason})").format(
                         path=path, reason=e.strerror),
                         hint=_("check that the folder is writable; nothing was replaced")) from None  # fmt: skip
    return target


def _split_suffix(name: str) -> tuple[str, str]:
    # 'team.werkbord.json' keeps '.werkbord.json' together, 'team.excalidraw' its one suffix.
    for double in (".werkbord.json", ".harvest.json"):
        if name.endswith(double):
            return name[: -len(double)], double
    stem, dot, ext = name.rpartition(".")
    return (stem, dot + ext) if stem else (name, "")


def write_json_atomic(path: Path, obj: Any, *, mode: int | None = None, indent: int | None = 2) -> None:
    write_atomic(path, json.dumps(obj, ensure_ascii=False, indent=indent) + "\n", mode=mode)


def _depth(obj: Any) -> int:
    """Nesting depth, iteratively (a hostile file must not exhaust the stack)."""
    deepest, stack = 0, [(obj, 1)]
    while stack:
        node, d = stack.pop()
        deepest = max(deepest, d)
        if d > MAX_JSON_DEPTH:
            return d
        if isinstance(node, dict):
            stack.extend((v, d + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, d + 1) for v in node)
    return deepest


def read_json_bounded(path: Path, *, what: str, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Read a JSON file that a user handed us, refusing what is too big or too deep."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UsageError(_("{what} {path} does not exist").format(what=_(what), path=path),
                         hint=_("check the path")) from None  # fmt: skip
    except OSError as e:
        raise UsageError(_("cannot read {what} {path} ({reason})").format(what=_(what), path=path,
                                                                          reason=e.strerror)) from None  # fmt: skip
    if size > max_bytes:
        raise InputTooLarge(
            _("{what} {path} is {size} MB, more than the {limit} MB it can be").format(
                what=_(what), path=path, size=size // (1024 * 1024), limit=max_bytes // (1024 * 1024))
        )
    try:
        raw = path.read_bytes()
        obj = json.loads(raw)
    except RecursionError:
        raise InputTooLarge(_("{what} {path} is nested too deeply").format(what=_(what), path=path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UsageError(_("{what} {path} is not valid JSON ({reason})").format(what=_(what), path=path,
                                                                                reason=e)) from None  # fmt: skip
    except OSError as e:
        raise UsageError(_("cannot read {what} {path} ({reason})").format(what=_(what), path=path,
                                                                          reason=e.strerror)) from None  # fmt: skip
    if _depth(obj) > MAX_JSON_DEPTH:
        raise InputTooLarge(_("{what} {path} is nested too deeply").format(what=_(what), path=path))
    return obj
