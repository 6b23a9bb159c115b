"""How often the live page may harvest a board: never faster than the platform's rate limit allows.

Each refresh is a full read-only harvest. Its cost is measured (requests sent, retries included)
and the next refresh waits at least long enough that live overview spends no more than
:data:`LIVE_SHARE` of the platform's per-minute budget; the rest stays for ``werkbord timer``
(which updates the groups' timer panels with the same token) and for anything else running.

* Miro: 100,000 credits per minute per user; a listing page (Level 2) costs 100 credits, a
  single read 50. Every request is counted at the listing price, an upper bound.
* Mural: 10,000 requests per minute per app (and 25 per second per user, which the HTTP client
  already paces within a refresh).
* Excalidraw has no budget: the live page reads the scene file when it changes.
"""

from __future__ import annotations

import math

from ..board.miro_translate import CREDITS_LIST

LIVE_SHARE = 0.25  # of the platform's per-minute budget
MIRO_CREDITS_PER_MINUTE = 100_000
MURAL_REQUESTS_PER_MINUTE = 10_000
MIN_INTERVAL = 5.0  # seconds: the shortest --interval for an online board
WATCH_EVERY = 1.0  # seconds between looks at an Excalidraw scene file's size and time


def budget_per_minute(backend: str) -> float | None:
    """Requests per minute live overview may spend on ``backend`` (None: no limit)."""
    if backend == "miro":
        return LIVE_SHARE * MIRO_CREDITS_PER_MINUTE / CREDITS_LIST
    if backend == "mural":
        return LIVE_SHARE * MURAL_REQUESTS_PER_MINUTE
    return None


def min_interval(backend: str, requests_per_refresh: int) -> float:
    """The shortest wait between two refreshes that keeps within :func:`budget_per_minute`."""
    budget = budget_per_minute(backend)
    if budget is None or requests_per_refresh <= 0:
        return 0.0
    return math.ceil(60.0 * requests_per_refresh / budget)


def next_interval(backend: str, wanted: float, requests_per_refresh: int) -> float:
    """``--interval``, or longer when the last refresh cost more than the budget allows that often."""
    return max(wanted, min_interval(backend, requests_per_refresh))
