"""The one small interface every backend implements.

A backend is constructed with what it needs to reach its board (a folder for Excalidraw,
settings with credentials for Miro and Mural) and then:

* ``provision(plan, manifest, checkpoint)`` creates the board from the plan, recording each
  created item in the manifest (``manifest.record``) and calling ``checkpoint()`` as it goes so
  an interrupted run can resume: items already in ``manifest.items`` are not created again.
* ``read_items(manifest)`` returns every item on the board as :class:`~werkbord.items.BoardItem`
  with absolute geometry and plain text.
* ``update_text(manifest, updates)`` changes the text (and optionally colour) of existing items:
  the live timer uses it.
* ``links(manifest)`` gives the board link and a link per group.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..errors import UsageError
from ..i18n import _
from ..items import BoardItem
from ..manifest import Manifest
from ..plan import BoardPlan

Checkpoint = Callable[[], None]
# ``progress`` option of the REST backends: (plan items on the board, plan items), after each call.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class TextUpdate:
    item_id: str
    text: str
    color: str | None = None  # palette name


@dataclass(slots=True)
class ProvisionReport:
    """What a provisioning run did, for the CLI to print."""

    created: int = 0
    reused: int = 0  # already on the board from an earlier, interrupted run
    requests: int = 0
    credits: int | None = None  # Miro's rate-limit currency, when it applies
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)  # files kept before --force replaced them


@dataclass(frozen=True, slots=True)
class Links:
    board: str
    groups: dict[int, str]
    note: str | None = None  # said wherever the links are printed (e.g. a link form not confirmed)


class Backend(Protocol):
    name: str

    def provision(self, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint) -> ProvisionReport: ...

    def read_items(self, manifest: Manifest) -> list[BoardItem]: ...

    def update_text(self, manifest: Manifest, updates: Sequence[TextUpdate]) -> None: ...

    def links(self, manifest: Manifest) -> Links: ...


# Backends whose board is read over the network: reading one is mostly waiting for answers.
ONLINE_BACKENDS = frozenset({"miro", "mural"})


def backend_names() -> list[str]:
    return ["excalidraw", "miro", "mural", "print"]


def open_backend(name: str, *, folder: Path, options: dict[str, Any] | None = None) -> Backend:
    """The backend called ``name``. ``folder`` is where the manifest lives (the session folder).

    Imports lazily so a command that needs one backend does not pay for the others.
    """
    options = options or {}
    if name == "excalidraw":
        from .excalidraw import ExcalidrawBackend

        return ExcalidrawBackend(folder, **options)
    if name == "miro":
        from .miro import MiroBackend

        return MiroBackend(**options)
    if name == "mural":
        from .mural import MuralBackend

        return MuralBackend(**options)
    if name == "print":
        from .paper import PaperBackend

        return PaperBackend(folder, **options)
    raise UsageError(_("unknown backend {name}").format(name=repr(name)),
                     hint=_("choose one of {choices}").format(choices=", ".join(backend_names())))  # fmt: skip
