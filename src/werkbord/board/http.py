"""Where the backends have always found the shared HTTP layer; it now lives in :mod:`werkbord.rest`,
split by concern. Every name stays importable from here."""

from __future__ import annotations

from ..rest.client import HttpClient, tls_context
from ..rest.ratebudget import Clock, RateBudget, RequestStats, Sleep
from ..rest.redaction import REDACTED, install_log_redaction, redact, redacting_handler, register_secret
from ..rest.sync import run_sync
from ..rest.tokens import StaticToken, TokenProvider

__all__ = [
    "REDACTED",
    "Clock",
    "HttpClient",
    "RateBudget",
    "RequestStats",
    "Sleep",
    "StaticToken",
    "TokenProvider",
    "install_log_redaction",
    "redact",
    "redacting_handler",
    "register_secret",
    "run_sync",
    "tls_context",
]
