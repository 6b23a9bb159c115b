"""Work done while an online board is read.

Reading a Miro or Mural board is mostly waiting for answers (a chain of listing pages), while
what comes after it needs work of its own first: the template loaded, the pseudonymisation
engine built, the report writers imported. :class:`Meanwhile` runs that work in one background
thread during the read, so it comes off the command's time instead of being added to it.

The background work starts once the read is really waiting: after its first answer
(an event from :data:`werkbord.http.activity.first_answer`), or after ``begin_within`` seconds without one.
Before that, the read's own set-up (TLS, connection, imports) is CPU work on the critical path,
and a second thread would only halve its share of the interpreter.

Two rules keep it safe:

* While the background work runs, the calling thread only waits on the network (code it has
  already imported) and imports nothing itself; leaving the ``with`` block waits for every task.
  So two threads never import the same modules at once, and a circular import can never meet
  itself half-way across threads.
* The thread is a daemon: when the read fails, the error is raised at once, and a background
  task still running (say, word lists prepared on a first run) does not keep the process alive.

With ``background=False`` (a board read from a local file, where nothing waits), each task runs
when it is submitted: the same code path, in order, in the calling thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from types import TracebackType
from typing import Any, TypeVar

__all__ = ["Meanwhile"]

T = TypeVar("T")
_Task = tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]


def _run(task: _Task) -> None:
    done, fn, args = task
    if not done.set_running_or_notify_cancel():
        return
    try:
        done.set_result(fn(*args))
    except BaseException as e:  # handed to whoever asks for the result
        done.set_exception(e)


class Meanwhile:
    """Tasks run in submission order, in one background thread (or inline); each gives a Future.

    ::

        with Meanwhile(background=True, begin=first_answer.next_answer()) as meanwhile:
            werkvorm = meanwhile.submit(load_template, "terugval", "nl")
            items = board.read_items(manifest)     # waits on the network meanwhile
        wv = werkvorm.result()                    # done: the block waited for it
    """

    def __init__(self, *, background: bool, begin: threading.Event | None = None, begin_within: float = 0.5) -> None:
        self._begin, self._begin_within = begin, begin_within
        self._queue: queue.SimpleQueue[_Task | None] | None = None
        self._thread: threading.Thread | None = None
        if background:
            self._queue = queue.SimpleQueue()
            self._thread = threading.Thread(target=self._serve, name="werkbord-meanwhile", daemon=True)

    def _serve(self) -> None:
        assert self._queue is not None
        if self._begin is not None:
            self._begin.wait(self._begin_within)
        while (task := self._queue.get()) is not None:
            _run(task)

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        done: Future[T] = Future()
        task: _Task = (done, fn, args)
        if self._queue is None:
            _run(task)
        else:
            self._queue.put(task)
        return done

    def __enter__(self) -> Meanwhile:
        if self._thread is not None:
            self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._queue is None or self._thread is None:
            return
        if kind is not None:
            # The caller goes on without waiting: tasks not yet started never start.
            while True:
                try:
                    task = self._queue.get_nowait()
                except queue.Empty:
                    break
                if task is not None:
                    task[0].cancel()
        self._queue.put(None)  # the thread ends after the tasks still queued
        if kind is None:
            self._thread.join()
