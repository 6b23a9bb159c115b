"""The one small interface every backend implements.

A backend is constructed with what it needs to reach its board (a folder for Excalidraw, an
address and a token provider for Miro and Mural; :mod:`werkbord.backends`, the layer above, builds
these from the settings and opens every backend) and then:

* ``provision(plan, manifest, checkpoint)`` creates the board from the plan, recording each
  created item in the manifest (``manifest.record``) and calling ``checkpoint()`` as it goes so
  an interrupted run can resume: items already in ``manifest.items`` are not created again.
* ``read_items(manifest)`` returns every item on the board as :class:`~werkbord.items.BoardItem`
  with absolute geometry and plain text.
* ``update_text(manifest, updates)`` changes the text (and optionally colour) of existing items:
  the live timer uses it.
* ``links(manifest)`` gives the board link and a link per group.

What a backend can do beyond that is declared in its ``capabilities`` (:class:`Capabilities`):
callers ask those, never ``hasattr``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ..items import BoardItem
from ..manifest import Manifest
from ..plan import BoardPlan

Checkpoint = Callable[[], None]
# ``progress`` option of the REST backends: (plan items on the board, plan items), after each call.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class TextUpdate:
    """A new text for an item already on the board (the timer's panels)."""

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
    """Where the board and each group's part of it are opened."""

    board: str
    groups: dict[int, str]
    note: str | None = None  # said wherever the links are printed (e.g. a link form not confirmed)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """A platform's per-minute budget as its backend declares it: ``per_minute`` units (Miro:
    credits; Mural: requests), of which one read request costs at most ``per_read``."""

    per_minute: float
    per_read: float = 1.0


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a backend can do beyond the four calls every backend has; callers ask these, never probe."""

    live_updates: bool = False  # update_text changes what participants see (timer panels follow)
    native_timer: bool = False  # native_timer(manifest) drives the platform's own timer
    provisioned_copy: bool = False  # scene_path/unchanged: a local file that can be compared with provisioning
    # read_ahead(board_id) starts reading the board before the manifest is validated (an online
    # board: the validation then runs while the first answers travel).
    read_ahead: bool = False
    # The platform's per-minute budget its reads count against (None: none, e.g. a local file);
    # the live overview paces its refreshes by it (werkbord.live.pacing).
    rate_limit: RateLimit | None = None


class NativeTimer(Protocol):
    """A platform's own timer, driven beside the group panels by ``werkbord timer``."""

    def start(self, seconds: float) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def extend(self, delta: float) -> None: ...

    def end(self) -> None: ...


class Backend(Protocol):
    name: str
    capabilities: Capabilities

    def provision(self, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint) -> ProvisionReport: ...

    def read_items(self, manifest: Manifest) -> list[BoardItem]: ...

    def update_text(self, manifest: Manifest, updates: Sequence[TextUpdate]) -> None: ...

    def links(self, manifest: Manifest) -> Links: ...

    def native_timer(self, manifest: Manifest) -> NativeTimer | None: ...

    def scene_path(self, manifest: Manifest) -> Path | None: ...

    def unchanged(self, manifest: Manifest) -> bool | None: ...

    def read_ahead(self, board_id: str) -> Callable[[], None]: ...


class BackendBase:
    """What a backend without a capability answers for it (a backend subclasses this and
    overrides what its :class:`Capabilities` declare)."""

    capabilities = Capabilities()

    def native_timer(self, manifest: Manifest) -> NativeTimer | None:
        return None  # no timer of its own: only the group panels count down

    def scene_path(self, manifest: Manifest) -> Path | None:
        return None  # nothing local to compare with what was provisioned

    def unchanged(self, manifest: Manifest) -> bool | None:
        return None  # cannot tell

    def read_ahead(self, board_id: str) -> Callable[[], None]:
        """Start reading board ``board_id`` now; the next ``read_items`` of a manifest for that
        board collects what was read. Gives a function that stops it (no ``read_items`` follows)."""
        raise NotImplementedError(f"{type(self).__name__} does not read ahead")  # see Capabilities
