"""Every backend werkbord knows, in one registry, and the one place that opens them.

A backend (:mod:`werkbord.board`) is given what it needs to reach its board: a folder, or an
address and a token provider. It never reads settings or signs in itself; this module, one layer
up, does that from the settings (``.env`` and the environment) and hands the result down.

One :class:`BackendEntry` per backend says everything the rest of werkbord needs to know about it:
where its class lives, which command-line options it takes, how it signs in, whether its board is
read over the network, and (from the class) what it can do. Adding a backend is its module(s) in
``board/`` plus one entry in :data:`REGISTRY`; docs/backends.md shows a worked example.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from .board.base import Backend, Capabilities
from .errors import UsageError
from .i18n import _

Prepare = Callable[[dict[str, Any]], dict[str, Any]]  # options → the class's keyword arguments


@dataclass(frozen=True, slots=True)
class BackendEntry:
    """One backend: where its class lives, its options, how it signs in."""

    name: str
    cls: str  # "module:Class", imported only when the backend is opened
    online: bool  # its board is read over the network (reading is mostly waiting for answers)
    local: bool  # keeps its board in the session folder (constructed with the folder first)
    # Command-line option → constructor option (``--team`` → ``team_id``).
    flags: Mapping[str, str] = field(default_factory=dict)
    # Options → keyword arguments, signing in on the way (None: options go through as given).
    sign_in: Prepare | None = None
    self_check: str | None = None  # "module:function" behind ``werkbord check NAME`` (None: none)

    def backend_class(self) -> type:
        module, _sep, name = self.cls.partition(":")
        return getattr(import_module(module), name)

    @property
    def capabilities(self) -> Capabilities:
        return self.backend_class().capabilities

    def open(self, folder: Path | None, options: Mapping[str, Any] | None = None) -> Backend:
        kwargs = dict(options or {})
        if self.sign_in is not None:
            kwargs = self.sign_in(kwargs)
        cls = self.backend_class()
        return cls(folder, **kwargs) if self.local else cls(**kwargs)


# -- sign-in: settings → what each REST backend is given ----------------------------------------


def _settings(options: dict[str, Any]) -> Any:
    from .settings import load_settings

    settings = options.pop("settings", None)
    return settings if settings is not None else load_settings()


def _miro(options: dict[str, Any]) -> dict[str, Any]:
    """Miro's arguments: the API root and team from the settings, and a sign-in that builds the
    token provider (a static token, or one renewed with the rotating refresh token)."""
    from .board.miro import api_root

    settings = _settings(options)
    store = options.pop("credentials", None)
    api_url = api_root(settings.miro_api_url)
    given = {k: options.get(k) for k in ("transport", "sleep", "clock")}

    def sign_in() -> Any:
        from .auth.miro import NO_TOKEN_HINT, MiroToken
        from .credentials import CredentialStore
        from .errors import AuthError

        where = store
        if where is None and settings.miro_client_id and settings.miro_client_secret:
            where = CredentialStore()  # rotated refresh tokens live with the user, not the project
        token = MiroToken(settings, store=where, api_url=api_url, **given)
        if not token.configured:
            raise AuthError(_("no Miro access token"), hint=_(NO_TOKEN_HINT))
        return token

    return {
        **options,
        "api_url": api_url,
        "sign_in": sign_in,
        "team_id": options.get("team_id") or settings.miro_team_id,
    }


def _mural(options: dict[str, Any]) -> dict[str, Any]:
    """Mural's arguments: the API and room from the settings, and a sign-in giving a fresh token
    provider per operation (the user's stored OAuth tokens; tests hand one in as ``auth``)."""
    settings = _settings(options)
    store = options.pop("credentials", None)
    auth = options.pop("auth", None)
    transport = options.get("transport")

    def sign_in() -> Any:
        if auth is not None:
            return auth
        from .auth.mural import MuralAuth

        return MuralAuth(settings, store=store, transport=transport)

    room = options.pop("room_id", None)
    return {
        **options,
        "api_url": settings.mural_api_url,
        "sign_in": sign_in,
        "room_id": room if room not in (None, "") else settings.mural_room_id,
    }


REGISTRY: dict[str, BackendEntry] = {
    e.name: e
    for e in (
        BackendEntry("excalidraw", "werkbord.board.excalidraw:ExcalidrawBackend", online=False, local=True),
        BackendEntry(
            "miro",
            "werkbord.board.miro:MiroBackend",
            online=True,
            local=False,
            flags={"team": "team_id", "board": "board_id"},
            sign_in=_miro,
            self_check="werkbord.board.check:check_miro",
        ),
        BackendEntry(
            "mural",
            "werkbord.board.mural:MuralBackend",
            online=True,
            local=False,
            flags={"room": "room_id"},
            sign_in=_mural,
            self_check="werkbord.board.check:check_mural",
        ),
        BackendEntry("print", "werkbord.board.paper:PaperBackend", online=False, local=True),
    )
}


def backend_names() -> list[str]:
    return list(REGISTRY)


def entry(name: str) -> BackendEntry:
    found = REGISTRY.get(name)
    if found is None:
        raise UsageError(
            _("unknown backend {name}").format(name=repr(name)),
            hint=_("choose one of {choices}").format(choices=", ".join(backend_names())),
        )
    return found


def is_online(name: str) -> bool:
    """Whether ``name``'s board is read over the network (False for a name not registered)."""
    found = REGISTRY.get(name)
    return bool(found and found.online)


def open_backend(name: str, *, folder: Path | None, options: Mapping[str, Any] | None = None) -> Backend:
    """The backend called ``name``. ``folder`` is where the manifest lives (the session folder).

    Imports lazily so a command that needs one backend does not pay for the others.
    """
    return entry(name).open(folder, options)


def flag_options(name: str, given: Mapping[str, Any]) -> dict[str, Any]:
    """The backend options for the command-line flags a user gave (``{"team": "t1"}`` →
    ``{"team_id": "t1"}``); a flag only other backends take is refused."""
    found = entry(name)
    if not found.flags:
        if any(given.values()):
            takers = [e for e in REGISTRY.values() if e.flags]
            flags = [f"--{flag}" for flag in dict.fromkeys(f for e in takers for f in e.flags)]
            raise UsageError(
                _("{flags} only apply to --backend {backends}").format(
                    flags=_all_of(flags), backends=_one_of([e.name for e in takers])
                )
            )
        return {}
    return {found.flags[k]: v for k, v in given.items() if v and k in found.flags}


def _one_of(names: list[str]) -> str:
    """'miro or mural', 'a, b or c': a choice, in the active language."""
    if len(names) <= 1:
        return "".join(names)
    return _("{items} or {last}").format(items=", ".join(names[:-1]), last=names[-1])


def _all_of(names: list[str]) -> str:
    """'--team, --board and --room', in the active language."""
    if len(names) <= 1:
        return "".join(names)
    return _("{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1])


def checkable() -> list[str]:
    """The backends ``werkbord check`` can verify against the real service."""
    return [e.name for e in REGISTRY.values() if e.self_check]


def checkable_choice() -> str:
    """The backends ``werkbord check`` can verify, as a choice in the active language ('miro or
    mural'): help texts name them from the registry, not from a list written twice."""
    return _one_of(checkable())


def _checkable_entry(name: str) -> BackendEntry:
    found = REGISTRY.get(name)
    if found is None or not found.self_check:
        raise UsageError(
            _("cannot check {vendor}").format(vendor=repr(name)),
            hint=_("choose {choices}").format(choices=_one_of(checkable())),
        )
    return found


def check_options(name: str, given: Mapping[str, Any]) -> dict[str, Any]:
    """The options for ``werkbord check NAME`` from its command-line flags (``{"room": "r1"}`` →
    ``{"room_id": "r1"}``); a flag NAME does not take is left out. Refuses a NAME without a check."""
    flags = _checkable_entry(name).flags
    return {flags[k]: v for k, v in given.items() if v and k in flags}


def run_check(name: str, options: Mapping[str, Any] | None = None) -> list[Any]:
    """``werkbord check NAME``: the backend opened with ``options``, then its self-check."""
    found = _checkable_entry(name)
    module, _sep, fn = found.self_check.partition(":")  # type: ignore[union-attr]
    check = getattr(import_module(module), fn)
    return check(found.open(None, options))
