"""The signal that a vendor has answered: work waiting for the network to take over waits for it.

Until the first answer, what a read waits for is its own set-up (the TLS context, the
connection, the HTTP modules' imports), which is CPU work; after it, a read mostly waits for the
network. Work meant to run beside the network (:mod:`werkbord.meanwhile`) starts after this, so
it never slows that set-up down.

Each waiter asks for an event of its own (:meth:`AnswerSignal.next_answer`), set at the first
answer after it asked: a second harvest in the same process waits for its own read's answer, not
one that came before it.
"""

from __future__ import annotations

import threading

__all__ = ["AnswerSignal", "first_answer"]


class AnswerSignal:
    """``set()`` is called by the HTTP client at every answer; it sets every event handed out
    since the last answer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: list[threading.Event] = []

    def next_answer(self) -> threading.Event:
        """An event set when the next answer arrives."""
        event = threading.Event()
        with self._lock:
            self._waiting.append(event)
        return event

    def set(self) -> None:
        if not self._waiting:  # the common case, without the lock: nobody is waiting
            return
        with self._lock:
            waiting, self._waiting = self._waiting, []
        for event in waiting:
            event.set()


first_answer = AnswerSignal()
