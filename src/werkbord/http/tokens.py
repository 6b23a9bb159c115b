"""What the HTTP client asks of whoever holds the access token (the sign-in code in
:mod:`werkbord.auth` implements it for Miro and Mural)."""

from __future__ import annotations

from typing import Protocol

from .redaction import register_secret

__all__ = ["StaticToken", "TokenProvider"]


class TokenProvider(Protocol):
    """``token()`` before each request; ``refresh(rejected)`` after a 401 (True: try again).
    ``can_refresh`` says whether it holds what renewing needs (a refresh token): ``werkbord
    check`` only tries a renewal then."""

    @property
    def can_refresh(self) -> bool: ...

    async def token(self) -> str: ...

    async def refresh(self, rejected: str) -> bool: ...


class StaticToken:
    """A token that cannot be refreshed (a Miro app-install token, a test token)."""

    def __init__(self, token: str) -> None:
        register_secret(token)
        self._token = token

    @property
    def can_refresh(self) -> bool:
        return False

    async def token(self) -> str:
        return self._token

    async def refresh(self, rejected: str) -> bool:
        return False

    def __repr__(self) -> str:  # never the token itself
        return "StaticToken(***)"
