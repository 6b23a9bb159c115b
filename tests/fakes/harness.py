"""Backend options that point werkbord at a fake server (in-process or on loopback)."""

from __future__ import annotations

from typing import Any

from werkbord.backends import open_backend
from werkbord.http.tokens import StaticToken
from werkbord.settings import Settings

from . import miro_app, mural_app
from .common import FakeClock

MIRO_URL = "http://miro.fake"
MURAL_URL = "http://mural.fake/api/public/v1"
MURAL_ROOM = 1001


def miro_options(
    app: miro_app.MiroApp | None = None, *, url: str = MIRO_URL, clock: FakeClock | None = None, **extra: Any
) -> dict[str, Any]:
    """``open_backend("miro", options=...)`` for a fake: in-process through ``app`` when given,
    else over HTTP at ``url``; ``clock`` makes every wait instant."""
    opts: dict[str, Any] = {
        "settings": Settings(_env_file=None, miro_access_token=miro_app.TOKEN, miro_api_url=url),
    }
    if app is not None:
        opts["transport"] = app.transport()
    if clock is not None:
        opts.update(sleep=clock.sleep, clock=clock)
    return {**opts, **extra}


def mural_options(
    app: mural_app.MuralApp | None = None, *, url: str = MURAL_URL, clock: FakeClock | None = None, **extra: Any
) -> dict[str, Any]:
    opts: dict[str, Any] = {
        "settings": Settings(_env_file=None, mural_api_url=url, mural_room_id=str(MURAL_ROOM)),
        "auth": StaticToken(mural_app.TOKEN),
    }
    if app is not None:
        opts["transport"] = app.transport()
    if clock is not None:
        opts.update(sleep=clock.sleep, clock=clock)
    return {**opts, **extra}


def ids_of(manifest: Any) -> dict[str, str]:
    """Plan key → platform id, from a Manifest."""
    return {k: v.id for k, v in manifest.items.items()}


def open_miro(**options: Any) -> Any:
    """A Miro backend opened the way werkbord opens it (settings → token provider → backend)."""
    return open_backend("miro", folder=None, options=options)


def open_mural(**options: Any) -> Any:
    """A Mural backend opened the way werkbord opens it (settings → token provider → backend)."""
    return open_backend("mural", folder=None, options=options)
