"""The one exception hierarchy of werkbord.

Every error a user can cause or meet derives from :class:`WerkbordError` and carries a
message a facilitator understands, plus (where useful) the fix. The CLI prints ``str(err)``
as one line and exits with ``err.exit_code``; nothing else reaches the user as a traceback.

    WerkbordError
    ├── UsageError             bad option value (--groups 31, --start 25:00, unwritable --out)
    ├── TemplateError          template missing, not YAML, or failing validation
    ├── ManifestError          manifest missing, corrupt, or not a werkbord manifest
    │   └── ManifestExists     refusing to overwrite without --force
    ├── InputTooLarge          scene, manifest or note beyond the sane bounds
    └── BoardError             anything that went wrong talking to a board
        ├── AuthError          no credentials, invalid/expired token (401), refresh failed
        ├── PermissionDenied   missing scope or no access (403)
        ├── NotFound           board, mural, room or item does not exist (404)
        ├── ValidationFailed   the platform rejected a request body (400)
        ├── RateLimited        still 429 after every retry
        └── VendorError        5xx or network failure after every retry

Messages never contain tokens or secrets: vendor errors are mapped onto this tree once, at
the HTTP edge, from status code and the vendor's own message only.
"""

from __future__ import annotations


class WerkbordError(Exception):
    """Base of every error werkbord raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message} ({hint})")


class UsageError(WerkbordError):
    exit_code = 2


class TemplateError(WerkbordError):
    exit_code = 2


class ManifestError(WerkbordError):
    exit_code = 2


class ManifestExists(ManifestError):
    pass


class InputTooLarge(WerkbordError):
    exit_code = 2


class BoardError(WerkbordError):
    exit_code = 3

    def __init__(self, message: str, *, hint: str | None = None, status: int | None = None) -> None:
        self.status = status
        super().__init__(message, hint=hint)


class AuthError(BoardError):
    pass


class PermissionDenied(BoardError):
    pass


class NotFound(BoardError):
    pass


class ValidationFailed(BoardError):
    pass


class RateLimited(BoardError):
    pass


class VendorError(BoardError):
    pass
