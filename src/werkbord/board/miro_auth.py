"""Miro's sign-in now lives with Mural's in :mod:`werkbord.auth`; this name stays for the backend's imports."""

from __future__ import annotations

from ..auth.miro import EXPIRY_MARGIN, NO_TOKEN_HINT, REFRESH_HINT, MiroToken

__all__ = ["EXPIRY_MARGIN", "NO_TOKEN_HINT", "REFRESH_HINT", "MiroToken"]
