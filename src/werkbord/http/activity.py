"""One process-wide signal: a vendor has answered this process for the first time.

Until the first answer, what a read waits for is its own set-up (the TLS context, the
connection, the HTTP modules' imports), which is CPU work; after it, a read mostly waits for the
network. Work meant to run beside the network (:mod:`werkbord.meanwhile`) starts after this, so
it never slows that set-up down.
"""

from __future__ import annotations

import threading

__all__ = ["first_answer"]

first_answer = threading.Event()
