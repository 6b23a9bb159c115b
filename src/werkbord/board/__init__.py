"""Backends: where a plan becomes a board, and a board becomes items again.

Only this package touches the outside world (files, HTTP). See :mod:`werkbord.board.base`; the
backends are opened from the registry one layer up, :mod:`werkbord.backends`.
"""

from .base import Backend, Capabilities, Checkpoint, ProvisionReport, TextUpdate

__all__ = ["Backend", "Capabilities", "Checkpoint", "ProvisionReport", "TextUpdate"]
