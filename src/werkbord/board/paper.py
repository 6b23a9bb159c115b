"""Paper: the backend for a session in a room, with a flip-over and post-its.

``provision`` renders the plan as a print kit (posters, cards, forms, facilitator sheet; see
:mod:`werkbord.printkit`) and writes the fill-in sheet; ``read_items`` turns the filled sheet
into board items in the plan's own geometry, so harvest, de-identification and the report are
the same path as for an online board.

The manifest records every plan item under its own key (a paper board has no platform ids) and
names the fill-in sheet as the board. Of the ``.xlsx`` and the ``.csv`` beside it, harvest
reads the one that has notes in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import BoardError, ManifestExists, NotFound, TemplateError, UsageError
from ..i18n import _
from ..items import BoardItem
from ..manifest import Manifest
from ..plan import BoardPlan
from ..template import Werkvorm, load_template
from .base import BackendBase, Capabilities, Checkpoint, Links, ProvisionReport, TextUpdate

NAME = "print"


def werkvorm_of(manifest: Manifest) -> Werkvorm:
    """The template a manifest names: the user's own file when it was one, else a built-in."""
    ref = manifest.template
    own = ref.path if ref.path and Path(ref.path).is_file() else None
    try:
        return load_template(own or ref.name, ref.lang)
    except TemplateError as e:
        raise TemplateError(
            _("the session was made with template {name}, which cannot be found").format(name=repr(ref.name)),
            hint=_("pass the template file with --template FILE"),
        ) from e


class PaperBackend(BackendBase):
    """A session on paper: the kit and the fill-in sheet in the session folder."""

    name = NAME
    capabilities = Capabilities()  # paper does not change: the timer runs in the terminal

    def __init__(
        self,
        folder: Path,
        *,
        dry_run: bool = False,
        overwrite: bool = False,
        paper: str = "a1",
        template: Werkvorm | None = None,
        **_options: Any,
    ) -> None:
        from ..printkit.kit import check_paper

        self.folder = Path(folder)
        self.dry_run = dry_run
        self.overwrite = overwrite
        self.paper = check_paper(paper)
        self.template = template

    def _wv(self, manifest: Manifest) -> Werkvorm:
        wv = self.template or werkvorm_of(manifest)
        if manifest.follow_up is not None:  # a follow-up's steps, prompts and sheet columns
            from ..layout_followup import follow_up_werkvorm

            wv = follow_up_werkvorm(wv)
        return wv

    @staticmethod
    def _stem(manifest: Manifest) -> str:
        if Path(manifest.name).name != manifest.name or manifest.name.startswith("."):
            raise UsageError(
                _("session name {name} cannot be a file name").format(name=repr(manifest.name)),
                hint=_("choose a --name without slashes"),
            )
        return manifest.name

    def sheet_paths(self, manifest: Manifest) -> tuple[Path, Path]:
        from ..printkit.fillin import sheet_names

        xlsx, csv = sheet_names(self._stem(manifest))
        return self.folder / xlsx, self.folder / csv

    def provision(self, plan: BoardPlan, manifest: Manifest, checkpoint: Checkpoint) -> ProvisionReport:
        from ..manifest import SUFFIX
        from ..printkit.fillin import write_sheets
        from ..printkit.kit import kit_names, write_kit

        stem = self._stem(manifest)
        wv = self._wv(manifest)
        xlsx, csv = self.sheet_paths(manifest)
        poster, handouts = kit_names(stem, self.paper)
        files = [self.folder / poster, self.folder / handouts, xlsx, csv]
        if self.dry_run:
            return ProvisionReport(
                created=len(plan.items),
                dry_run=True,
                notes=[_("would write {path}").format(path=", ".join(str(f) for f in files))],
            )
        for sheet in (xlsx, csv):
            # A filled-in sheet is the session's work: never replaced without --force.
            if sheet.exists() and not self.overwrite and _has_notes(sheet, wv, manifest):
                raise ManifestExists(
                    _("{path} already holds typed-in notes").format(path=sheet),
                    hint=_("use --force to start a new sheet, or another --title"),
                )
        kit = write_kit(
            wv, plan, self.folder, name=stem, paper=self.paper, sheet_name=xlsx.name, manifest_name=f"{stem}{SUFFIX}"
        )
        if manifest.follow_up is not None:
            from ..printkit.followup_sheet import write_follow_up_sheets

            write_follow_up_sheets(wv, manifest, self.folder, stem)
        else:
            write_sheets(wv, len(plan.groups), self.folder, stem)
        manifest.board.path = xlsx.name
        for item in plan.items:
            manifest.record(item, item.key)
        checkpoint()
        return ProvisionReport(
            created=len(plan.items),
            notes=[
                _("Posters:  {path}").format(path=kit.posters),
                _("Kit:      {path}").format(path=kit.handouts),
                _("Fill-in:  {path} (or {other})").format(path=xlsx, other=csv.name),
            ],
        )

    def read_items(self, manifest: Manifest) -> list[BoardItem]:
        from ..printkit.entries import board_items, read_entries
        from ..printkit.fillin import read_sheet

        wv = self._wv(manifest)
        xlsx, csv = self.sheet_paths(manifest)
        present = [p for p in (xlsx, csv) if p.exists()]
        if not present:
            raise NotFound(
                _("fill-in sheet {path} does not exist").format(path=xlsx),
                hint=_("keep {name} (or {other}) beside the manifest").format(name=xlsx.name, other=csv.name),
            )
        filled = [(p, rows) for p in present if (rows := read_sheet(p, wv)) and _typed(rows, wv, manifest)]
        if len(filled) > 1:
            raise UsageError(
                _("both {name} and {other} hold notes").format(name=xlsx.name, other=csv.name),
                hint=_("type the notes into one of them and empty or remove the other"),
            )
        if not filled:
            return board_items([], manifest, wv)
        path, rows = filled[0]
        cards: list[BoardItem] = []
        if manifest.follow_up is not None:
            from ..printkit.followup_sheet import follow_up_rows

            rows, cards = follow_up_rows(rows, wv, manifest, source=path.name)
        entries = read_entries(rows, wv, len(manifest.groups), source=path.name)
        return board_items(entries, manifest, wv) + cards

    def update_text(self, manifest: Manifest, updates: Sequence[TextUpdate]) -> None:
        raise BoardError(_("a session on paper cannot be changed from here"), hint=_("the timer runs in the terminal"))

    def links(self, manifest: Manifest) -> Links:
        board = str(self.sheet_paths(manifest)[0].resolve())
        return Links(board=board, groups={g.index: board for g in manifest.groups})


def _typed(rows: list, wv: Werkvorm, manifest: Manifest) -> list:
    """The rows someone typed: a follow-up's sheet starts with rows of its own."""
    if manifest.follow_up is None:
        return rows
    from ..printkit.followup_sheet import typed

    return typed(rows, wv, manifest)


def _has_notes(sheet: Path, wv: Werkvorm, manifest: Manifest) -> bool:
    from ..printkit.fillin import read_sheet

    try:
        return bool(_typed(read_sheet(sheet, wv), wv, manifest))
    except UsageError:
        return True  # unreadable but there: someone's file, not ours to overwrite
