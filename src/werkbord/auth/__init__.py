"""Signing in to the whiteboard platforms that need OAuth (Mural).

Tokens are kept in the user's credential store (:mod:`werkbord.credentials`), never in the
project folder or the manifest.
"""

from __future__ import annotations

from .mural import MuralAuth, SignIn, logout, sign_in, status

__all__ = ["MuralAuth", "SignIn", "logout", "sign_in", "status"]
