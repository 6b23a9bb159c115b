"""How often the live page may harvest a board: never faster than the platform's rate limit allows.

Each refresh is a full read-only harvest. Its cost is measured (requests sent, retries included)
and the next refresh waits at least long enough that live overview spends no more than
:data:`LIVE_SHARE` of the platform's per-minute budget; the rest stays for ``werkbord timer``
(which updates the groups' timer panels with the same token) and for anything else running.

The budget is what the board's backend declares (``Capabilities.rate_limit``, see
:mod:`werkbord.board.base`), never looked up by its name: Miro declares 100,000 credits per
minute with every read counted at a listing page's 100 credits (an upper bound), Mural 10,000
requests per minute per app (its 25 per second per user the HTTP client paces within a
refresh), and a backend without a budget (an Excalidraw scene file, read when it changes) none.
"""

from __future__ import annotations

import math

from ..backends import REGISTRY
from ..board.base import RateLimit

LIVE_SHARE = 0.25  # of the platform's per-minute budget
MIN_INTERVAL = 5.0  # seconds: the shortest --interval for an online board
WATCH_EVERY = 1.0  # seconds between looks at an Excalidraw scene file's size and time


def rate_limit(backend: str) -> RateLimit | None:
    """The budget ``backend`` declares (None: none, or a name no backend is registered under)."""
    found = REGISTRY.get(backend)
    return found.capabilities.rate_limit if found is not None else None


def budget_per_minute(limit: RateLimit | None) -> float | None:
    """Requests per minute live overview may spend within ``limit`` (None: no limit)."""
    if limit is None:
        return None
    return LIVE_SHARE * limit.per_minute / limit.per_read


def min_interval(limit: RateLimit | None, requests_per_refresh: int) -> float:
    """The shortest wait between two refreshes that keeps within :func:`budget_per_minute`."""
    budget = budget_per_minute(limit)
    if budget is None or requests_per_refresh <= 0:
        return 0.0
    return math.ceil(60.0 * requests_per_refresh / budget)


def next_interval(limit: RateLimit | None, wanted: float, requests_per_refresh: int) -> float:
    """``--interval``, or longer when the last refresh cost more than the budget allows that often."""
    return max(wanted, min_interval(limit, requests_per_refresh))
