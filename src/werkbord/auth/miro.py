"""Miro access tokens: a static app-install token, or an expiring one that refreshes itself.

Expiring tokens (the app's "expire user authorization token" setting) live 1 hour; the
refresh token lives 60 days, and **every refresh returns a new refresh token and invalidates
the old one**. So after the first refresh the ``MIRO_REFRESH_TOKEN`` in ``.env`` is dead: the
rotated token is stored in the user's credential store (keyring or a 0600 file, never the
project folder or the manifest) and preferred over the one in ``.env`` from then on. Should the
stored one be refused (the user authorised again and put fresh tokens in ``.env``), the ``.env``
token is tried before giving up.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx

from ..credentials import CredentialStore
from ..errors import AuthError, BoardError, NotFound, PermissionDenied, ValidationFailed
from ..rest.client import HttpClient
from ..rest.ratebudget import Clock, Sleep
from ..rest.redaction import register_secret
from ..settings import Settings

log = logging.getLogger("werkbord.miro")

PLATFORM = "miro"
TOKEN_PATH = "/v1/oauth/token"
EXPIRY_MARGIN = 60.0  # refresh this many seconds before the access token expires

NO_TOKEN_HINT = (
    "set MIRO_ACCESS_TOKEN in .env or the environment: the token you get when you install your "
    "Miro app (scopes boards:read boards:write)"
)
REFRESH_HINT = "authorise the Miro app again and put the new MIRO_ACCESS_TOKEN and MIRO_REFRESH_TOKEN in .env"


def _secret(v: Any) -> str | None:
    if v is None:
        return None
    s = v.get_secret_value() if hasattr(v, "get_secret_value") else str(v)
    return s or None


class MiroToken:
    """A :class:`~werkbord.rest.tokens.TokenProvider` for Miro."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: CredentialStore | None,
        api_url: str,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
    ) -> None:
        import time

        self._clock: Clock = clock or time.time
        self._sleep = sleep
        self._transport = transport
        self._api_url = api_url
        self._store = store
        self._client_id = settings.miro_client_id
        self._client_secret = _secret(settings.miro_client_secret)
        self._env_refresh = _secret(settings.miro_refresh_token)
        env_access = _secret(settings.miro_access_token)
        for s in (self._client_secret, self._env_refresh, env_access):
            register_secret(s)

        stored = self._load()
        self._access: str | None
        self._expires_at: float | None
        if stored and stored.get("refresh_token"):
            # A rotated refresh token in the store is newer than the one in .env (which the
            # first refresh invalidated), and so is the access token that came with it.
            self._refresh_token: str | None = stored["refresh_token"]
            self._access = stored.get("access_token") or None
            self._expires_at = stored.get("expires_at")
        else:
            self._refresh_token = self._env_refresh
            self._access, self._expires_at = env_access, None
        register_secret(self._access)
        register_secret(self._refresh_token)
        self._lock = asyncio.Lock()
        self.refreshes = 0

    # -- TokenProvider ---------------------------------------------------------------------

    @property
    def can_refresh(self) -> bool:
        return bool(self._refresh_token and self._client_id and self._client_secret)

    @property
    def configured(self) -> bool:
        return bool(self._access or self.can_refresh)

    async def token(self) -> str:
        stale = self._expires_at is not None and self._clock() >= self._expires_at - EXPIRY_MARGIN
        if (self._access is None or stale) and self.can_refresh:
            await self.refresh(self._access or "")
        if not self._access:
            raise AuthError("no Miro access token", hint=NO_TOKEN_HINT)
        return self._access

    async def refresh(self, rejected: str) -> bool:
        if not self.can_refresh:
            return False
        async with self._lock:
            if self._access and self._access != rejected:
                return True  # another request refreshed while we waited
            try:
                await self._refresh_with(self._refresh_token)  # type: ignore[arg-type]
            except AuthError:
                # The stored token may be older than a fresh one the user put in .env.
                if self._env_refresh and self._env_refresh != self._refresh_token:
                    await self._refresh_with(self._env_refresh)
                else:
                    raise
            return True

    # -- internals -------------------------------------------------------------------------

    async def _refresh_with(self, refresh_token: str) -> None:
        # Miro documents grant_type and refresh_token as query parameters and the client
        # credentials as a form body; the log filter of http.py redacts the query.
        async with HttpClient(
            self._api_url,
            vendor="Miro",
            auth=None,
            transport=self._transport,
            sleep=self._sleep,
            clock=self._clock,
            max_attempts=4,
        ) as http:
            try:
                resp = await http.request(
                    "POST",
                    TOKEN_PATH,
                    params={"grant_type": "refresh_token", "refresh_token": refresh_token},
                    data={"client_id": self._client_id, "client_secret": self._client_secret},
                    idempotent=False,
                )
            except (AuthError, ValidationFailed, PermissionDenied, NotFound) as e:
                raise AuthError(
                    f"Miro refused to refresh the access token ({e.status})",
                    hint=REFRESH_HINT,
                    status=e.status,
                ) from None
        try:
            body = resp.json()
            access, new_refresh = body["access_token"], body.get("refresh_token")
            expires_in = float(body.get("expires_in") or 3600)
        except (ValueError, KeyError, TypeError):
            raise BoardError("Miro answered the token refresh with something unexpected") from None
        register_secret(access)
        register_secret(new_refresh)
        self._access = access
        self._expires_at = self._clock() + expires_in
        if new_refresh:
            self._refresh_token = new_refresh
        self.refreshes += 1
        self._save()
        log.info("refreshed the Miro access token")

    def _load(self) -> dict[str, Any] | None:
        if self._store is None:
            return None
        try:
            rec = self._store.load(PLATFORM)
        except Exception:  # a broken keyring must not stop a run that has .env tokens
            log.warning("could not read stored Miro credentials; using .env")
            return None
        return rec if isinstance(rec, dict) else None

    def _save(self) -> None:
        if self._store is None:
            return
        record = {
            "access_token": self._access,
            "refresh_token": self._refresh_token,
            "expires_at": self._expires_at,
        }
        try:
            self._store.save(PLATFORM, record)
        except Exception as e:
            # Losing the rotated token means the next run cannot refresh: say so loudly.
            raise AuthError(
                f"could not store the refreshed Miro token in {self._store.location} ({type(e).__name__})",
                hint="check that the credential store is writable (WERKBORD_CREDENTIALS=file uses a file)",
            ) from None

    def __repr__(self) -> str:
        return "MiroToken(***)"
