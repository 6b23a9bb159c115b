"""Signing in to the whiteboard platforms: every piece of sign-in code, Miro's and Mural's, lives here.

* :mod:`.miro` — Miro access tokens (static, or expiring and refreshed with a rotating refresh token);
* :mod:`.mural` — Mural's OAuth sign-in (``werkbord auth mural``) and its token provider.

Both hand tokens to the shared HTTP layer (:mod:`werkbord.http`) through its ``TokenProvider``
protocol; nothing here imports :mod:`werkbord.board`. Tokens are kept in the user's credential
store (:mod:`werkbord.credentials`), never in the project folder or the manifest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _

if TYPE_CHECKING:
    from .mural import MuralAuth, SignIn, logout, sign_in

__all__ = ["MuralAuth", "SignIn", "logout", "sign_in", "status"]

_FROM_MURAL = {"MuralAuth", "SignIn", "logout", "sign_in"}


def __getattr__(name: str) -> Any:
    # Mural's sign-in (a local web server, the browser) is imported when asked for: a Miro
    # command reaches this package for its token (.miro) and never needs it.
    if name in _FROM_MURAL:
        from . import mural

        return getattr(mural, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def status(settings: Any = None, *, store: Any = None, now: float | None = None) -> str:
    """``werkbord auth status``: Mural's sign-in, and where a renewed Miro token is kept (if any)."""
    from ..credentials import CredentialStore
    from .mural import status as mural_status

    store = store or CredentialStore()
    lines = [mural_status(settings, store=store, now=now)]
    try:
        miro = store.load("miro")
    except Exception:  # a broken keyring: Mural's line already says what can be said
        miro = None
    if miro and miro.get("refresh_token"):
        where = store.location_of("miro")
        lines.append(_("Miro: a renewed refresh token is stored in {location}.").format(location=where))
    return "\n".join(lines)
