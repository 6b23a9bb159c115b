"""Secret redaction: no token, client secret or code ever reaches a log line or an error message.

Every token an auth provider hands out is registered with :func:`register_secret`;
:func:`redact` removes registered secrets, ``Bearer ...`` values and ``*token*=`` /
``*secret*=`` parameters from any text, and :func:`install_log_redaction` puts that on the
``httpx``/``werkbord`` loggers (installed on import).
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

__all__ = ["REDACTED", "install_log_redaction", "redact", "redacting_handler", "register_secret"]

_SECRETS: set[str] = set()
_SECRETS_LOCK = threading.Lock()
_MIN_SECRET_LEN = 8  # shorter strings would redact ordinary words
_PATTERNS = [
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=\-]+"),
    re.compile(r"(?i)((?:access_|refresh_|id_)?token|client_secret|secret|code|password)=([^&\s\"']+)"),
    re.compile(r"(?i)(\"(?:access_token|refresh_token|client_secret|token)\"\s*:\s*\")([^\"]*)(\")"),
]
REDACTED = "[redacted]"


def register_secret(value: str | None) -> None:
    """Remember a secret so :func:`redact` removes it from any text, wherever it appears."""
    if value and len(value) >= _MIN_SECRET_LEN:
        with _SECRETS_LOCK:
            _SECRETS.add(value)


def redact(text: str) -> str:
    """``text`` with every registered secret, bearer value and token-like parameter removed."""
    if not text:
        return text
    with _SECRETS_LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)
    for s in secrets:
        text = text.replace(s, REDACTED)
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _PATTERNS[1].sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _PATTERNS[2].sub(lambda m: f"{m.group(1)}{REDACTED}{m.group(3)}", text)
    return text


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # a broken format string is not ours to fix; leave the record alone
            return True
        clean = redact(msg)
        if clean != msg:
            record.msg, record.args = clean, None
        return True


_FILTER = _RedactingFilter()


def install_log_redaction(*names: str) -> None:
    """Redact secrets from what the ``httpx``, ``httpcore`` and ``werkbord`` loggers print.

    httpx logs every request URL at INFO level; an OAuth token endpoint can carry secrets there.
    """
    for name in names or ("httpx", "httpcore", "werkbord"):
        lg = logging.getLogger(name)
        if _FILTER not in lg.filters:
            lg.addFilter(_FILTER)


install_log_redaction()


def redacting_handler(stream: Any = None) -> logging.Handler:
    """A log handler that redacts every record it prints, whichever logger it came from
    (a filter on a logger does not see its children's records; one on the handler does)."""
    handler = logging.StreamHandler(stream)
    handler.addFilter(_FILTER)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    return handler
