"""The library verbs behind the CLI: provision, harvest, report.

Everything the CLI does can be done from Python with these functions; the CLI only parses
options and prints. ``werkbord live`` is a reader one layer up, over these verbs:
:func:`werkbord.live.server.serve`.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .backends import entry, is_online, open_backend
from .board.base import Links, ProvisionReport
from .errors import TemplateError, UsageError, WerkbordError
from .fileio import backup_copy
from .http import activity
from .i18n import _, shell_quote
from .manifest import Manifest, check_can_write, load_manifest, manifest_path
from .meanwhile import Meanwhile

if TYPE_CHECKING:  # the modules below are imported by the verbs that need them
    from .harvest.model import Harvest
    from .printkit.kit import KitFiles
    from .privacy import Scrubber
    from .template import Werkvorm

Progress = Callable[[str], None]
CHECKPOINT_INTERVAL = 0.25  # seconds between manifest writes while provisioning


def slugify(title: str) -> str:
    """'Team Noord' → 'team-noord': a file name that works everywhere."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:60].strip("-") or "sessie"


@dataclass(frozen=True, slots=True)
class Provisioned:
    manifest_path: Path
    manifest: Manifest
    report: ProvisionReport
    links: Links | None


def provision(
    *,
    template: str | Path = "terugval",
    lang: str = "nl",
    groups: int = 4,
    title: str = "",
    start: str | None = None,
    participants: int = 6,
    out: Path = Path("."),
    name: str | None = None,
    backend: str = "excalidraw",
    force: bool = False,
    dry_run: bool = False,
    options: dict[str, Any] | None = None,
) -> Provisioned:
    """Plan a board for ``groups`` breakout groups and create it on ``backend``.

    An existing manifest of an unfinished run on the same backend is resumed; a finished
    one is only overwritten with ``force``.
    """
    from .layout import layout
    from .template import builtin_templates, load_template, resolve_template

    wv = load_template(template, lang)
    source = resolve_template(template)
    # A user's own template file is remembered, so harvest reads the board with the same prompts.
    own = None if source in builtin_templates().values() else str(source.resolve())
    plan = layout(wv, groups, title=title, start=start, participants=participants)
    name = name or slugify(title or wv.title)
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(_("--out {path} is a file, not a folder").format(path=out),
                         hint=_("pass a folder for the session files"))  # fmt: skip
    mpath = manifest_path(out, name)
    manifest = _resume_or_new(mpath, plan, name=name, backend=backend, force=force, dry_run=dry_run, own=own)
    extra = {"dry_run": True} if dry_run else {}
    if entry(backend).local and force:  # a file in the session folder may be replaced
        extra["overwrite"] = True
    board = open_backend(backend, folder=out, options={**(options or {}), **extra})
    # --force over an existing session: its manifest is the only key to the old board (and its
    # participants' work), so a copy stays beside it.
    replacing = force and mpath.exists() and not manifest.items
    backups = [backup_copy(mpath)] if replacing and not dry_run else []

    last_save = [0.0]

    def checkpoint() -> None:
        # At most a few writes a second: an item created but not yet on disk is found on the
        # board again when the run is resumed, so this loses nothing and keeps a large board fast.
        now = time.monotonic()
        if not dry_run and now - last_save[0] >= CHECKPOINT_INTERVAL:
            manifest.save(mpath, compact=True)
            last_save[0] = now

    try:
        report = board.provision(plan, manifest, checkpoint)
    except BaseException:
        if not dry_run and manifest.items:
            try:
                manifest.save(mpath)  # what was created is recorded, so running again resumes
            except WerkbordError:
                pass  # the original error says more than a second one about the same folder
        raise
    report.backups[:0] = backups
    if dry_run:
        if replacing:
            report.notes.append(_("would replace {path} (keeping a copy of it)").format(path=mpath))
        return Provisioned(mpath, manifest, report, None)
    manifest.complete = True
    manifest.save(mpath)
    return Provisioned(mpath, manifest, report, board.links(manifest))


def _resume_or_new(
    mpath: Path, plan, *, name: str, backend: str, force: bool, dry_run: bool, own: str | None
) -> Manifest:
    new = Manifest.from_plan(plan, name=name, backend=backend, template_path=own)
    if mpath.exists() and not force:
        existing = load_manifest(mpath)
        resumable = not existing.complete and existing.backend == backend and backend != "excalidraw"
        if not resumable:
            # A dry run checks this too: one that passes means the real run will.
            check_can_write(mpath, force=force)
        same = (
            len(existing.groups) == len(plan.groups)
            and existing.template.name == plan.template
            and existing.template.lang == plan.lang
            and existing.participants == plan.participants
        )
        if not same:
            raise UsageError(
                _("{path} is an unfinished board with other options ({groups} groups, template {template}, "
                  "{lang})").format(path=mpath, groups=len(existing.groups), template=existing.template.name,
                                    lang=existing.template.lang),
                hint=_("run it again with the same options to resume, or --force to start a new board"),
            )
        return existing
    return new


def template_for(manifest: Manifest, template: str | Path | None = None) -> Werkvorm:
    """The werkvorm a manifest was made with (or ``template``, for a custom template file)."""
    from .template import builtin_templates, load_template

    own = manifest.template.path
    if template is None and own and Path(own).is_file():
        template = own
    try:
        return load_template(template or manifest.template.name, manifest.template.lang)
    except TemplateError as e:
        if template is None and manifest.template.name in builtin_templates():
            # The template exists: what fails is the manifest's language (or a damaged install).
            raise TemplateError(
                _("the manifest asks for template {name} in language {lang}: {problem}").format(
                    name=repr(manifest.template.name), lang=repr(manifest.template.lang), problem=e.message),
                hint=e.hint or _("the manifest's 'template.lang' is damaged; provision the board again"),
            ) from e
        if template is None:
            raise TemplateError(
                _("the board was made with template {name}, which is not built in").format(
                    name=repr(manifest.template.name)),
                hint=_("pass the template file with --template FILE"),
            ) from e
        raise


def harvest(
    manifest_file: Path,
    *,
    template: str | Path | None = None,
    scrub: bool = True,
    options: dict[str, Any] | None = None,
    progress: Progress | None = None,
    scene: Path | None = None,
    warn: Progress | None = None,
    preload: Sequence[str] = (),
) -> Harvest:
    """Read the board a manifest describes and classify what the participants wrote.

    Only reads the board: it can run during the session as often as wanted. ``scene`` (Excalidraw
    only) is the scene file saved from the board, say from a browser's Downloads folder; once it
    has been read as this session's board, the manifest remembers it for the next harvest.
    ``warn`` receives what the user should know about the result (skipped elements, an empty board).
    ``preload``: modules the caller needs next (say, its report writers), imported while an
    online board is read.
    """
    manifest_file = Path(manifest_file)
    manifest = load_manifest(manifest_file)
    options = dict(options or {})
    if manifest.backend == "excalidraw":
        options.update({"scene": scene, "warn": warn})
    elif scene is not None:
        raise UsageError(_("--scene only applies to an Excalidraw board; this one is on {backend}").format(
                         backend=manifest.backend),
                         hint=_("leave out --scene: harvest reads the board online"))  # fmt: skip
    known = None
    if manifest.backend == "print":  # the fill-in sheet's words come from the same template
        known = template_for(manifest, template)
        options = {"template": known, **options}
    board = open_backend(manifest.backend, folder=manifest_file.parent, options=options)
    # An online board is read in a chain of pages, mostly waiting: what comes after the read is
    # got ready meanwhile (see werkbord.meanwhile).
    online = is_online(manifest.backend)
    with Meanwhile(background=online, begin=activity.first_answer.next_answer() if online else None) as meanwhile:
        werkvorm = meanwhile.submit(lambda: known if known is not None else template_for(manifest, template))
        meanwhile.submit(import_module, "werkbord.harvest.classify")
        # Loaded early only beside a read; read from a file, a board without notes never needs it.
        scrubber = meanwhile.submit(_ready_scrubber, werkvorm, progress) if scrub and online else None
        for name in preload:
            meanwhile.submit(import_module, name)
        items = board.read_items(manifest)
    from .harvest.classify import classify

    wv = werkvorm.result()
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    result = classify(manifest, items, wv, now=now)
    if scene is not None:
        _remember_scene(manifest, manifest_file, Path(scene))
    if warn is not None and not result.notes and board.capabilities.provisioned_copy:
        path, unchanged = board.scene_path(manifest), board.unchanged(manifest)
        if unchanged is False:
            warn(_("0 notes, although {path} is not the board as provisioned: are the notes inside the "
                   "group frames, and is this the file saved at the end of the session?").format(
                       path=path))  # fmt: skip
        else:  # untouched, or a manifest too old to tell
            what = (_("0 notes: {path} is the board exactly as provisioned.") if unchanged
                    else _("0 notes: {path} holds no notes."))  # fmt: skip
            warn(what.format(path=path) + " " + save_hint(wv, manifest_file))
    if scrub:
        from .harvest.scrub import scrub_harvest

        result = scrub_harvest(result, wv, progress=progress, scrubber=scrubber.result() if scrubber else None)
    return result


def _ready_scrubber(werkvorm: Future[Werkvorm], progress: Progress | None) -> Scrubber:
    from .harvest.scrub import ready_scrubber

    return ready_scrubber(werkvorm.result(), progress=progress)


def _remember_scene(manifest: Manifest, manifest_file: Path, scene: Path) -> None:
    """Keep ``--scene`` in the manifest: relative when it lies beside it, else absolute."""
    where = scene.resolve()
    try:
        stored = str(where.relative_to(manifest_file.parent.resolve()))
    except ValueError:
        stored = str(where)
    if manifest.board.scene != stored:
        manifest.board.scene = stored
        manifest.save(manifest_file)


def save_hint(wv: Werkvorm, manifest_file: Path) -> str:
    """How to get the participants' work back from excalidraw.com, in the session's language."""
    text = wv.labels.excalidraw_save or ""
    return text.replace("{manifest}", shell_quote(str(manifest_file)))


def links(manifest_file: Path, *, room: str | None = None) -> tuple[Manifest, Links]:
    """Per group the link that opens the board at its frame; ``room`` (Excalidraw only) is a live
    collaboration link, which the links then point at each group's frame."""
    manifest_file = Path(manifest_file)
    manifest = load_manifest(manifest_file)
    if room is None:
        return manifest, open_backend(manifest.backend, folder=manifest_file.parent).links(manifest)
    if manifest.backend != "excalidraw":
        raise UsageError(_("--room only applies to an Excalidraw board; this one is on {backend}").format(
                         backend=manifest.backend),
                         hint=_("leave out --room: the links already open the board online"))  # fmt: skip
    from .board.excalidraw import room_links

    return manifest, room_links(manifest, room)


def print_kit(
    manifest_file: Path, *, paper: str = "a1", out: Path | None = None, template: str | Path | None = None
) -> KitFiles:
    """The print kit (posters, cards, forms, facilitator sheet) for any session, as PDF files.

    Made from the same template and plan as the session's board; for an online session it is a
    handout. Writes into ``out`` (default: the manifest's folder); returns the files.
    """
    from .layout import layout
    from .printkit.fillin import sheet_names
    from .printkit.kit import check_paper, write_kit

    paper = check_paper(paper)
    manifest_file = Path(manifest_file)
    manifest = load_manifest(manifest_file)
    wv = template_for(manifest, template)
    plan = layout(wv, len(manifest.groups), title=manifest.title, start=manifest.start,
                  participants=manifest.participants)  # fmt: skip
    folder = Path(out) if out is not None else manifest_file.parent
    return write_kit(wv, plan, folder, name=manifest.name, paper=paper,
                     sheet_name=sheet_names(manifest.name)[0], manifest_name=manifest_file.name)  # fmt: skip


def load_harvest(path: Path) -> Harvest:
    from pydantic import ValidationError

    from .errors import ManifestError
    from .fileio import read_json_bounded
    from .harvest.model import Harvest

    data = read_json_bounded(Path(path), what="harvest")
    if isinstance(data, dict) and "harvest" in data and isinstance(data["harvest"], dict):
        data = data["harvest"]
    from .harvest.model import HARVEST_SCHEMAS

    schema = data.get("schema") if isinstance(data, dict) else None
    if isinstance(schema, str) and schema.startswith("werkbord.harvest/") and schema not in HARVEST_SCHEMAS:
        raise ManifestError(
            _("{path} is a harvest of a newer werkbord ({schema}); this one reads {known}").format(
                path=path, schema=schema, known=", ".join(HARVEST_SCHEMAS)),
            hint=_("update werkbord (pip install -U werkbord) to report on it"),
        )
    if schema not in HARVEST_SCHEMAS:
        raise ManifestError(
            _("{path} is not a werkbord harvest").format(path=path),
            hint=_("pass the .json file that 'werkbord harvest' wrote"),
        )
    try:
        return Harvest.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ManifestError(_("{path}: field '{field}': {problem}").format(path=path, field=where,
                                                                          problem=err["msg"])) from None  # fmt: skip


def save_harvest(h: Harvest, out: Path) -> Path:
    """The raw harvest, which ``werkbord report`` combines later."""
    from .fileio import write_json_atomic

    path = Path(out) / f"{h.session}.harvest.json"
    write_json_atomic(path, h.model_dump(mode="json", by_alias=True))
    return path


def privacy_prepared() -> bool:
    """Whether de-identification is ready to start in about a second (a quick check, no imports)."""
    from .privacy import default_cache_dir
    from .privacy.cachefile import is_prepared

    return is_prepared(default_cache_dir())


def prepare(progress: Progress | None = None):
    """Prepare de-identification's word lists now, so the first harvest need not (once per install).

    Safe to run while another werkbord does the same: one prepares, the other waits for it.
    Returns what happened (``built``, ``prepare_seconds``, ``path``).
    """
    from .privacy import Scrubber

    return Scrubber((), progress=progress).prepare()


def timer(
    manifest_file: Path,
    *,
    step: int,
    keys: Callable[[float], str | None],
    screen: Callable[..., Any],
    minutes: float | None = None,
    groups: str | None = None,
    template: str | Path | None = None,
    max_requests_per_minute: int = 240,
    clock: Callable[[], float] = time.monotonic,
    warn: Progress | None = None,
) -> Any:
    """``werkbord timer``: count step ``step`` down on ``screen`` and in every group's timer
    panel (and the platform's own timer, where the backend has one). ``screen`` is the display
    class (``screen(title, group_labels, board_live=...)``, a context manager); ``keys(timeout)``
    gives the keys pressed. The state is recorded for ``werkbord live``. Returns the countdown
    and its events."""
    from .live.session_state import recording_screen
    from .timer import run_timer, select_groups, step_seconds

    manifest_file = Path(manifest_file)
    m = load_manifest(manifest_file)
    wv = template_for(m, template)
    chosen = select_groups(m, groups)
    step_seconds(wv, step, minutes)  # a wrong --step or --minutes is said before the board is opened
    board = open_backend(m.backend, folder=manifest_file.parent)
    caps = board.capabilities
    if not caps.live_updates and warn is not None:
        warn(_("An Excalidraw file cannot be updated live: the timer runs here in the terminal; share your screen."))
    native = board.native_timer(m) if caps.native_timer else None
    update = (lambda ups: board.update_text(m, ups)) if caps.live_updates else None
    title = f"{wv.labels.step} {step} · {wv.steps[step - 1].title}"
    # The display also records the timer for `werkbord live`.
    shown = recording_screen(manifest_file, screen)(title, [f"{wv.labels.group} {g}" for g in chosen],
                                                   board_live=caps.live_updates)  # fmt: skip
    with shown:
        return run_timer(m, wv, update, step=step, minutes=minutes, groups=chosen, clock=clock, keys=keys,
                         show=shown, native=native, max_requests_per_minute=max_requests_per_minute)  # fmt: skip


def check(vendor: str, options: dict[str, Any] | None = None) -> list[Any]:
    """``werkbord check``: verify on a throwaway board what werkbord assumes about ``vendor``
    (miro or mural); a :class:`~werkbord.board.check.Finding` per assumption."""
    from .backends import run_check

    return run_check(vendor, options)
