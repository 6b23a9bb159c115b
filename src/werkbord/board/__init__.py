"""Backends: where a plan becomes a board, and a board becomes items again.

Only this package touches the outside world (files, HTTP). See :mod:`werkbord.board.base`.
"""

from .base import Backend, Checkpoint, ProvisionReport, TextUpdate, backend_names, open_backend

__all__ = ["Backend", "Checkpoint", "ProvisionReport", "TextUpdate", "backend_names", "open_backend"]
