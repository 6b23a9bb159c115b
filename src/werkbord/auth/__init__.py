"""Signing in to the whiteboard platforms: every piece of sign-in code, Miro's and Mural's, lives here.

* :mod:`.miro` — Miro access tokens (static, or expiring and refreshed with a rotating refresh token);
* :mod:`.mural` — Mural's OAuth sign-in (``werkbord auth mural``) and its token provider.

Both hand tokens to the shared HTTP layer (:mod:`werkbord.rest`) through its ``TokenProvider``
protocol; nothing here imports :mod:`werkbord.board`. Tokens are kept in the user's credential
store (:mod:`werkbord.credentials`), never in the project folder or the manifest.
"""

from __future__ import annotations

from .mural import MuralAuth, SignIn, logout, sign_in, status

__all__ = ["MuralAuth", "SignIn", "logout", "sign_in", "status"]
