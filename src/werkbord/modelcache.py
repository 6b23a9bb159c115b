"""Validated pydantic models kept in the user's cache, to be had again without validating.

Validating a werkvorm template means parsing its YAML and building pydantic's validators for
every model of :mod:`werkbord.template`: ~0.04 s of every command that reads one, for a file that
only changes when werkbord or the template does. :mod:`werkbord.template` keeps the result here,
under a key that covers the template's text, its language and the code of the models, and the
next command restores it as pickle would (the same fields, the same "fields set"), without the
validators, yaml or the file's own parsing. The file is JSON, not pickle: reading a cache never
runs code.

Losing or damaging the cache costs one validation: a file that does not check out (its digest,
its JSON, a class that is not there) is ignored and written again; a folder that cannot be
written is left alone. Before a model is stored, its restored copy is compared with it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

MAGIC = b"werkbord-model-cache/1 "
KEEP = 32  # files kept per folder; the oldest go when a new one is written


def cache_dir(kind: str) -> Path:
    """The folder for ``kind`` in the user's cache (the package folder may be read-only)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("werkbord")) / kind


class _NotCacheable(Exception):
    """A value JSON would not give back as it was."""


def encode(value: Any) -> Any:
    """``value`` (a model, or what a model holds) as JSON data that :func:`decode` restores."""
    if isinstance(value, BaseModel):
        state = value.__getstate__()
        if state.get("__pydantic_extra__") or state.get("__pydantic_private__"):
            raise _NotCacheable(type(value).__name__)
        return {
            "model": type(value).__name__,
            "fields": {k: encode(v) for k, v in state["__dict__"].items()},
            "set": sorted(state["__pydantic_fields_set__"]),
        }
    t = type(value)
    if t is list:
        return [encode(v) for v in value]
    if t is dict:
        if not all(type(k) is str for k in value):
            raise _NotCacheable("a key that is not a string")
        return {"dict": {k: encode(v) for k, v in value.items()}}
    if value is None or t is str or t is int or t is float or t is bool:
        return value
    raise _NotCacheable(t.__name__)


def decode(data: Any, classes: Mapping[str, type[BaseModel]]) -> Any:
    """What :func:`encode` wrote, with models of ``classes`` (by name) restored as pickle does."""
    if type(data) is list:
        return [decode(v, classes) for v in data]
    if type(data) is not dict:
        return data
    if "dict" in data:
        return {k: decode(v, classes) for k, v in data["dict"].items()}
    cls = classes[data["model"]]
    model = cls.__new__(cls)
    model.__setstate__(
        {
            "__dict__": {k: decode(v, classes) for k, v in data["fields"].items()},
            "__pydantic_fields_set__": set(data["set"]),
            "__pydantic_extra__": None,
            "__pydantic_private__": None,
        }
    )
    return model


def read(folder: Path, key: str, classes: Mapping[str, type[BaseModel]]) -> Any | None:
    """The model stored under ``key``, or None when there is none that checks out."""
    try:
        with open(Path(folder) / f"{key}.json", "rb") as f:
            head, _sep, body = f.read().partition(b"\n")
        if head != MAGIC + hashlib.sha256(body).hexdigest().encode():
            return None
        return decode(json.loads(body), classes)
    except Exception:  # a damaged file is a missing one: the caller validates again
        return None


def write(folder: Path, key: str, model: BaseModel, classes: Mapping[str, type[BaseModel]]) -> bool:
    """Keep ``model`` under ``key`` when it comes back equal; False when it was not kept."""
    try:
        data = encode(model)
        again = decode(json.loads(json.dumps(data)), classes)
    except (_NotCacheable, KeyError, TypeError, ValueError):
        return False
    if again != model or encode(again) != data:
        return False
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
            os.replace(tmp, folder / f"{key}.json")
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(folder)
    except OSError:
        return False
    return True


def _prune(folder: Path) -> None:
    """Only the newest :data:`KEEP` files stay (a template edited often makes a file per edit)."""
    files = []
    for p in folder.glob("*.json"):
        try:
            files.append((p.stat().st_mtime, p))
        except OSError:
            continue
    for _mtime, p in sorted(files, reverse=True)[KEEP:]:
        try:
            p.unlink()
        except OSError:
            pass
