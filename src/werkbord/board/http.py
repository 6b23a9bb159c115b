"""Where the backends have always found the shared HTTP layer; it now lives in :mod:`werkbord.http`,
split by concern. Every name stays importable from here."""

from __future__ import annotations

from ..http.client import HttpClient, tls_context
from ..http.ratebudget import Clock, RateBudget, RequestStats, Sleep
from ..http.redaction import REDACTED, install_log_redaction, redact, redacting_handler, register_secret
from ..http.sync import run_sync
from ..http.tokens import StaticToken, TokenProvider

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
