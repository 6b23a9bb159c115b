"""Renewing an expiring access token: the one mechanism Miro's and Mural's sign-in share.

* **When**: shortly before the token expires, by a margin that scales with its lifetime (a
  tenth of it, at most a minute): a 20-second token is renewed 2 s before it ends, not "60 s
  before", which renewed it before every request.
* **Once**: concurrent requests that find the token due (or get a 401) wait for one renewal and
  use its result. The lock belongs to the event loop it is used in; :func:`werkbord.http.sync.run_sync`
  runs every call of a process on one loop, and should a caller use loops of its own, each gets
  its own lock instead of the "bound to a different event loop" error.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from ..credentials import CredentialsNotSaved, CredentialStore
from ..errors import AuthError
from ..i18n import N_, _

__all__ = ["MAX_MARGIN", "RenewingToken", "renewal_margin", "save_rotated"]

MAX_MARGIN = 60.0  # seconds: never renew earlier than this before expiry
MARGIN_SHARE = 0.1  # of the token's lifetime
MIN_MARGIN = 1.0  # seconds: room for the request that uses the token to arrive in time

# Whole sentences per kind of sign-in (``what``), so each language words them its own way.
STORE_FAILED = {
    "renewed": N_("could not store the renewed {vendor} sign-in ({reason})"),
    "new": N_("could not store the new {vendor} sign-in ({reason})"),
}
STORE_FAILED_IN = {
    "renewed": N_("could not store the renewed {vendor} sign-in in {location} ({reason})"),
    "new": N_("could not store the new {vendor} sign-in in {location} ({reason})"),
}


def renewal_margin(lifetime: float | None) -> float:
    """Seconds before expiry to renew a token that lives ``lifetime`` seconds (None: unknown)."""
    if lifetime is None or lifetime <= 0:
        return MAX_MARGIN
    return min(MAX_MARGIN, max(MIN_MARGIN, lifetime * MARGIN_SHARE))


class RenewingToken(ABC):
    """A :class:`werkbord.http.tokens.TokenProvider` whose token expires and can be renewed.

    Subclasses say what the token is (:meth:`_access`, :meth:`_expiry`), whether it can be
    renewed (:attr:`can_refresh`) and how (:meth:`_renew`); this class decides when, and makes
    sure it happens once however many requests ask at the same time.
    """

    _clock: Callable[[], float]

    def _init_renewal(self) -> None:
        self._lock: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None
        self.refreshes = 0

    # -- what a subclass supplies ------------------------------------------------------------

    @property
    @abstractmethod
    def can_refresh(self) -> bool: ...

    @abstractmethod
    def _access(self) -> str | None:
        """The current access token (None: none yet)."""

    @abstractmethod
    def _expiry(self) -> tuple[float | None, float | None]:
        """(expires at, lifetime in seconds) of the current token; None where unknown."""

    @abstractmethod
    async def _renew(self) -> None:
        """Get a new access token (and store a rotated refresh token) or raise."""

    def _missing(self) -> Exception:
        """What to raise when there is no token and none can be had."""
        return AuthError(_("no access token"))

    def _cannot_renew(self) -> None:
        """The token is due (or was rejected) and :attr:`can_refresh` is False: raise to say why.
        By default the token is used as it is (a missing one is reported by :meth:`_missing`)."""
        return None

    # -- the mechanism ------------------------------------------------------------------------

    def _renewal_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._lock_loop is not loop:
            self._lock, self._lock_loop = asyncio.Lock(), loop
        return self._lock

    def due(self) -> bool:
        """Whether the token should be renewed before the next request."""
        if self._access() is None:
            return True
        expires_at, lifetime = self._expiry()
        return expires_at is not None and self._clock() >= expires_at - renewal_margin(lifetime)

    async def token(self) -> str:
        if self.due():
            if not self.can_refresh:
                self._cannot_renew()
            else:
                async with self._renewal_lock():
                    if self.due():  # another request may have renewed it while this one waited
                        await self._renew()
                        self.refreshes += 1
        access = self._access()
        if not access:
            raise self._missing()
        return access

    async def refresh(self, rejected: str) -> bool:
        """After a 401 with ``rejected``: renew unless another request already did."""
        if not self.can_refresh:
            self._cannot_renew()
            return False
        async with self._renewal_lock():
            if self._access() and self._access() != rejected:
                return True
            await self._renew()
            self.refreshes += 1
            return True


def save_rotated(
    store: CredentialStore, platform: str, record: dict[str, Any], *, vendor: str, what: str = "renewed"
) -> None:
    """Store a renewed token record at once: the refresh token it replaces is already spent.

    Never silently: when no store takes it, the user hears why and where it was tried.
    """
    try:
        store.save(platform, record)
    except CredentialsNotSaved as e:
        raise AuthError(
            _(STORE_FAILED[what]).format(vendor=vendor, reason=e),
            hint=_("the next run will have to sign in again; check that your profile folder is writable"),
        ) from None
    except Exception as e:  # a store we do not know failing in a way we do not know
        raise AuthError(
            _(STORE_FAILED_IN[what]).format(vendor=vendor, location=store.location, reason=type(e).__name__),
            hint=_("check that the credential store is writable (WERKBORD_CREDENTIALS=file uses a file)"),
        ) from None
