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

import logging
from typing import Any

import httpx

from ..credentials import CredentialStore
from ..errors import AuthError, BoardError, NotFound, PermissionDenied, ValidationFailed
from ..http.client import HttpClient
from ..http.ratebudget import Clock, Sleep
from ..http.redaction import register_secret
from ..i18n import N_, _
from ..settings import Settings
from .renewal import MAX_MARGIN, RenewingToken, save_rotated

log = logging.getLogger("werkbord.miro")

PLATFORM = "miro"
TOKEN_PATH = "/v1/oauth/token"
EXPIRY_MARGIN = MAX_MARGIN  # at most this many seconds before expiry; shorter-lived tokens less (renewal.py)

NO_TOKEN_HINT = N_(  # translated where it is used
    "set MIRO_ACCESS_TOKEN in .env or the environment: the token you get when you install your "
    "Miro app (scopes boards:read boards:write)"
)
REFRESH_HINT = N_("authorise the Miro app again and put the new MIRO_ACCESS_TOKEN and MIRO_REFRESH_TOKEN in .env")


def _secret(v: Any) -> str | None:
    if v is None:
        return None
    s = v.get_secret_value() if hasattr(v, "get_secret_value") else str(v)
    return s or None


class MiroToken(RenewingToken):
    """A :class:`~werkbord.http.tokens.TokenProvider` for Miro."""

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
        self._access_token: str | None
        self._expires_at: float | None
        if stored and stored.get("refresh_token"):
            # A rotated refresh token in the store is newer than the one in .env (which the
            # first refresh invalidated), and so is the access token that came with it.
            self._refresh_token: str | None = stored["refresh_token"]
            self._access_token = stored.get("access_token") or None
            self._expires_at = stored.get("expires_at")
            self._lifetime: float | None = stored.get("lifetime")
        else:
            self._refresh_token = self._env_refresh
            self._access_token, self._expires_at, self._lifetime = env_access, None, None
        register_secret(self._access_token)
        register_secret(self._refresh_token)
        self._init_renewal()

    # -- TokenProvider ---------------------------------------------------------------------

    @property
    def can_refresh(self) -> bool:
        return bool(self._refresh_token and self._client_id and self._client_secret)

    @property
    def configured(self) -> bool:
        return bool(self._access_token or self.can_refresh)

    def _access(self) -> str | None:
        return self._access_token

    def _expiry(self) -> tuple[float | None, float | None]:
        return self._expires_at, self._lifetime

    def _missing(self) -> Exception:
        return AuthError(_("no Miro access token"), hint=_(NO_TOKEN_HINT))

    async def _renew(self) -> None:
        try:
            await self._refresh_with(self._refresh_token)  # type: ignore[arg-type]
        except AuthError:
            # The stored token may be older than a fresh one the user put in .env.
            if self._env_refresh and self._env_refresh != self._refresh_token:
                await self._refresh_with(self._env_refresh)
            else:
                raise

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
                    _("Miro refused to refresh the access token ({status})").format(status=e.status),
                    hint=_(REFRESH_HINT),
                    status=e.status,
                ) from None
        try:
            body = resp.json()
            access, new_refresh = body["access_token"], body.get("refresh_token")
            expires_in = float(body.get("expires_in") or 3600)
        except (ValueError, KeyError, TypeError):
            raise BoardError(_("Miro answered the token refresh with something unexpected")) from None
        register_secret(access)
        register_secret(new_refresh)
        self._access_token = access
        self._expires_at = self._clock() + expires_in
        self._lifetime = expires_in
        if new_refresh:
            self._refresh_token = new_refresh
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
            "access_token": self._access_token,
            "refresh_token": self._refresh_token,
            "expires_at": self._expires_at,
            "lifetime": self._lifetime,
        }
        save_rotated(self._store, PLATFORM, record, vendor="Miro")

    def __repr__(self) -> str:
        return "MiroToken(***)"
