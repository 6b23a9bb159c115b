"""The library verbs behind the CLI: provision, harvest, report.

Everything the CLI does can be done from Python with these functions; the CLI only parses
options and prints. ``werkbord live`` is a reader one layer up, over these verbs:
:func:`werkbord.live.server.serve`.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import date as date_
from glob import escape as glob_escape
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .backends import entry, is_online, open_backend
from .board.base import Links, ProvisionReport
from .errors import TemplateError, UsageError, WerkbordError
from .fileio import backup_copy
from .gcpolicy import settled
from .http import activity
from .i18n import _, shell_quote
from .manifest import Manifest, check_can_write, load_manifest, manifest_path, parse_manifest, read_manifest_data

if TYPE_CHECKING:  # the modules below are imported by the verbs that need them
    from concurrent.futures import Future

    from .actions.listing import ActionList, CalendarWritten
    from .harvest.model import Harvest
    from .harvest.review import ReviewOutcome, ReviewQuestion
    from .printkit.kit import KitFiles
    from .privacy import Scrubber
    from .privacy.parallel import CpuWatch, TagWorker
    from .privacy.teamlist import TeamList
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
    """What :func:`provision` made: the manifest (and where it is), the report, the links."""

    manifest_path: Path
    manifest: Manifest
    report: ProvisionReport
    links: Links | None
    werkvorm: Werkvorm  # the template the board was made from, in the session's language


def provision(
    *,
    template: str | Path = "terugval",
    lang: str = "nl",
    groups: int | None = None,
    title: str = "",
    start: str | None = None,
    participants: int = 6,
    out: Path = Path("."),
    name: str | None = None,
    backend: str = "excalidraw",
    force: bool = False,
    dry_run: bool = False,
    options: dict[str, Any] | None = None,
    date: str | date_ | None = None,
    care_team: str | None = None,
    follow_up: Sequence[Path] = (),
) -> Provisioned:
    """Plan a board for ``groups`` breakout groups and create it on ``backend``.

    ``follow_up``: harvest files of earlier sessions; the board is then a follow-up session
    (see :mod:`werkbord.layout_followup`), with as many groups as they had (or ``groups``, if more).

    An existing manifest of an unfinished run on the same backend is resumed; a finished
    one is only overwritten with ``force``. ``date`` is the day of the session (default: a date
    given in ``start``, else today); ``care_team`` the team it is held with (default: the title).
    """
    from .layout import layout
    from .sessiondate import session_date
    from .template import builtin_templates, load_template, resolve_template

    wv = load_template(template, lang)
    source = resolve_template(template)
    # A user's own template file is remembered, so harvest reads the board with the same prompts.
    own = None if source in builtin_templates().values() else str(source.resolve())
    day, start = session_date(date, start)
    following = None
    if follow_up:
        from .actions.followup import follow_up_of, follow_up_title
        from .layout_followup import layout_follow_up

        previous = [load_harvest(Path(p)) for p in follow_up]
        following = follow_up_of(previous)
        title = title or follow_up_title(previous, wv)
        care_team = care_team or next((h.care_team for h in reversed(previous) if h.care_team), None)
        plan = layout_follow_up(wv, following.seed(), groups, title=title, start=start, participants=participants)
    else:
        plan = layout(wv, 4 if groups is None else groups, title=title, start=start, participants=participants)
    # A follow-up is named after its day too: the team's next follow-up gets a file of its own.
    name = name or slugify(title or wv.title) + (f"-{day.isoformat()}" if following and day else "")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(
            _("--out {path} is a file, not a folder").format(path=out), hint=_("pass a folder for the session files")
        )
    mpath = manifest_path(out, name)
    manifest = _resume_or_new(mpath, plan, name=name, backend=backend, force=force, dry_run=dry_run, own=own)
    manifest.session_date = day
    manifest.care_team = (care_team or "").strip() or manifest.title or wv.title
    manifest.follow_up = following
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
        return Provisioned(mpath, manifest, report, None, wv)
    manifest.complete = True
    manifest.save(mpath)
    return Provisioned(mpath, manifest, report, board.links(manifest), wv)


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
                _(
                    "{path} is an unfinished board with other options ({groups} groups, template {template}, {lang})"
                ).format(
                    path=mpath,
                    groups=len(existing.groups),
                    template=existing.template.name,
                    lang=existing.template.lang,
                ),
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
        wv = load_template(template or manifest.template.name, manifest.template.lang)
        if manifest.follow_up is not None:  # a follow-up's steps (titles, times, prompts)
            from .layout_followup import follow_up_werkvorm

            wv = follow_up_werkvorm(wv)
        return wv
    except TemplateError as e:
        if template is None and manifest.template.name in builtin_templates():
            # The template exists: what fails is the manifest's language (or a damaged install).
            raise TemplateError(
                _("the manifest asks for template {name} in language {lang}: {problem}").format(
                    name=repr(manifest.template.name), lang=repr(manifest.template.lang), problem=e.message
                ),
                hint=e.hint or _("the manifest's 'template.lang' is damaged; provision the board again"),
            ) from e
        if template is None:
            raise TemplateError(
                _("the board was made with template {name}, which is not built in").format(
                    name=repr(manifest.template.name)
                ),
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
    privacy_list: Path | None = None,
    two_cores: bool = False,
) -> Harvest:
    """Read the board a manifest describes and classify what the participants wrote.

    Only reads the board: it can run during the session as often as wanted. ``scene`` (Excalidraw
    only) is the scene file saved from the board, say from a browser's Downloads folder; once it
    has been read as this session's board, the manifest remembers it for the next harvest.
    ``warn`` receives what the user should know about the result (skipped elements, an empty board).
    ``preload``: modules the caller needs next (say, its report writers), imported while an
    online board is read; ``module:function`` also calls that function (no arguments) then.
    ``privacy_list``: the team's privacy list (default: ``privacylijst.txt`` beside the
    manifest, when it is there; see :mod:`werkbord.privacy.teamlist`). ``two_cores``:
    pseudonymise a board with many notes in this process and a second one (the command does;
    see :mod:`werkbord.privacy.parallel`).
    """
    manifest_file = Path(manifest_file)
    watch = _cpu_watch() if scrub and two_cores else None  # is a core idle while the board is read?
    data = read_manifest_data(manifest_file)
    # An online board's first pages are asked for before the manifest is validated, which then
    # happens while they travel (the board's id is all its listings need).
    ahead = _read_ahead(data, manifest_file, options) if scene is None else None
    try:
        manifest = parse_manifest(data, manifest_file)
        online = is_online(manifest.backend)
        team = team_list(manifest_file, privacy_list) if scrub and online else None  # (a local one: below)
        options, known = _read_options(manifest, manifest_file, options, template, scene, warn)
        board = ahead[0] if ahead else open_backend(manifest.backend, folder=manifest_file.parent, options=options)
    except BaseException:
        if ahead:
            ahead[1]()  # the read started ahead stops: nothing will collect it
        raise
    worker: TagWorker | None = None
    if not online:
        read_team = (lambda: team_list(manifest_file, privacy_list)) if scrub else None
        items, worker, team = _read_file_board(board, manifest, watch, read_team)
    # An online board is read in a chain of pages, mostly waiting: what comes after the read is
    # got ready meanwhile (see werkbord.meanwhile).
    from .meanwhile import Meanwhile  # harvest only: threads and futures are not a provision's

    with Meanwhile(background=online, begin=activity.first_answer.next_answer() if online else None) as meanwhile:
        werkvorm = meanwhile.submit(lambda: known if known is not None else template_for(manifest, template))
        # The template's parties and form labels compiled for reading the notes (~0.01 s).
        readers = meanwhile.submit(_template_readers, werkvorm)
        meanwhile.submit(_precompiled_import, "werkbord.actions.due")  # its date rules compile on import
        # Loaded early only beside a read; read from a file, a board without notes never needs it.
        scrubber = meanwhile.submit(_ready_scrubber, werkvorm, progress, team) if scrub and online else None
        for name in preload:
            meanwhile.submit(_preload, name)
        if online:
            items = board.read_items(manifest)
    settled()  # the board's items live until the command ends (see werkbord.gcpolicy)
    if online and watch is not None:
        # Started before classifying: its engine loads while this process classifies and loads its own.
        worker = _tag_worker(manifest, items, watch)
    from .harvest.classify import classify

    wv = werkvorm.result()
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    result = classify(manifest, items, wv, now=now, readers=readers.result())
    # Whether the scene is the board as provisioned matters only for what follows: asked then.
    asked = scene is not None or (warn is not None and not result.notes)
    unchanged = board.unchanged(manifest) if asked and board.capabilities.provisioned_copy else None
    if scene is not None and not unchanged:
        # A scene as provisioned is not the session's board: remembering it would make the next
        # harvest without --scene read an empty board again.
        _remember_scene(manifest, manifest_file, Path(scene))
    if warn is not None and not result.notes:
        _say_why_empty(board, manifest, manifest_file, wv, unchanged, warn)
    if scrub:
        from .harvest.scrub import scrub_harvest

        result = scrub_harvest(
            result,
            wv,
            progress=progress,
            scrubber=scrubber.result() if scrubber else None,
            team=team,
            worker=worker,
            in_place=True,  # the harvest as read is not kept
        )
    if worker is not None:
        worker.close()
    return result


def _read_file_board(
    board: Any, manifest: Manifest, watch: CpuWatch | None, team: Callable[[], TeamList] | None
) -> tuple[list[Any], TagWorker | None, TeamList | None]:
    """A board in a file, read first: a second process tagging part of its notes (``watch``:
    see :func:`_tag_worker`) then starts before this one loads the privacy list's rules, the
    template, its readers and the report writers (work in this thread either way), so its
    engine is ready sooner. Then the team's privacy list (``team``: when pseudonymising)."""
    items = board.read_items(manifest)
    settled()
    worker = _tag_worker(manifest, items, watch) if watch is not None else None
    try:
        return items, worker, team() if team is not None else None
    except BaseException:
        if worker is not None:
            worker.close()
        raise


def _template_readers(werkvorm: Future[Werkvorm]) -> Any:
    """The template's parties and form labels compiled for reading the notes (~0.03 s of
    patterns): kept with the rules' compiled patterns (:mod:`werkbord.privacy.precompiled`;
    only the template's words, no note), so the next harvest of the same template reads them."""
    from .privacy.cachefile import default_cache_dir
    from .privacy.precompiled import precompiled

    wv = werkvorm.result()
    with precompiled(default_cache_dir(), "template"):
        return import_module("werkbord.harvest.classify").readers_for(wv)


def _precompiled_import(name: str) -> None:
    """Import ``name``, its patterns kept with the rules' (a file per module)."""
    from .privacy.cachefile import default_cache_dir
    from .privacy.precompiled import precompiled

    with precompiled(default_cache_dir(), name.rpartition(".")[2]):
        import_module(name)


def _preload(name: str) -> None:
    """Import ``name``: a module, or ``module:function``, a function of no arguments then called
    (say, to compile a report writer's template). The patterns they compile as they load (the
    report writers', jinja2's lexer and identifiers: ~60, ~0.02 s) are kept with the rules'
    (:mod:`werkbord.privacy.precompiled`; a file per module, as each file holds exactly the
    patterns of its own block): they read no note."""
    from .privacy.cachefile import default_cache_dir
    from .privacy.precompiled import precompiled

    module, _colon, function = name.partition(":")
    with precompiled(default_cache_dir(), "preload-" + module):
        loaded = import_module(module)
        if function:
            getattr(loaded, function)()


def _cpu_watch() -> CpuWatch:
    from .privacy.parallel import CpuWatch

    return CpuWatch()


def _tag_worker(manifest: Manifest, items: Sequence[Any], watch: CpuWatch) -> TagWorker | None:
    """A second process to pseudonymise a board on which many different texts were written,
    when a core sat idle meanwhile (else None: see :mod:`werkbord.privacy.parallel`)."""
    from .privacy.parallel import MIN_TEXTS, TagWorker

    printed = {ref.id: ref.text.strip() for ref in manifest.items.values()}
    written = {t for item in items if (t := item.text.strip()) and printed.get(item.id) != t}
    if len(written) < MIN_TEXTS or not watch.idle_core():
        return None
    from .privacy.cachefile import default_cache_dir

    return TagWorker.start(default_cache_dir())


def _read_ahead(
    data: dict[str, Any], manifest_file: Path, options: dict[str, Any] | None
) -> tuple[Any, Callable[[], None]] | None:
    """The backend of an unvalidated manifest's board, opened and reading ahead, with the
    function that stops that read; None when its backend does not read ahead."""
    name, board = data.get("backend"), data.get("board")
    board_id = board.get("id") if isinstance(board, dict) else None
    if not (isinstance(name, str) and is_online(name) and isinstance(board_id, str) and board_id):
        return None
    if not entry(name).capabilities.read_ahead:
        return None
    backend = open_backend(name, folder=manifest_file.parent, options=dict(options or {}))
    return backend, backend.read_ahead(board_id)


def _read_options(
    manifest: Manifest,
    manifest_file: Path,
    options: dict[str, Any] | None,
    template: str | Path | None,
    scene: Path | None,
    warn: Progress | None,
) -> tuple[dict[str, Any], Werkvorm | None]:
    """The options a harvest opens ``manifest``'s backend with, and the template when reading
    the board needs it first (paper); a --scene for another backend is refused."""
    options = dict(options or {})
    if entry(manifest.backend).capabilities.provisioned_copy:  # a scene file: --scene may name another
        options.update({"scene": scene, "warn": warn})
    elif scene is not None and manifest.backend == "print":
        raise UsageError(
            _("--scene only applies to an Excalidraw board; this session is on paper"),
            hint=_("leave out --scene: harvest reads the fill-in sheet beside the manifest"),
        )
    elif scene is not None:
        raise UsageError(
            _("--scene only applies to an Excalidraw board; this one is on {backend}").format(backend=manifest.backend),
            hint=_("leave out --scene: harvest reads the board online"),
        )
    known = None
    if manifest.backend == "print":  # the fill-in sheet's words come from the same template
        known = template_for(manifest, template)
        options = {"template": known, **options}
    return options, known


def team_list(manifest_file: Path, privacy_list: Path | None = None) -> TeamList:
    """The team's privacy list: ``privacy_list`` (which must exist), else the one beside the
    manifest (empty when there is none yet)."""
    from .privacy.cachefile import default_cache_dir
    from .privacy.precompiled import precompiled

    with precompiled(default_cache_dir(), "teamlist"):  # its rule modules' patterns (not the list's)
        from .privacy import teamlist

    if privacy_list is not None:
        return teamlist.load(Path(privacy_list), missing_ok=False)
    return teamlist.load(teamlist.beside(manifest_file))


def _say_why_empty(
    board, manifest: Manifest, manifest_file: Path, wv: Werkvorm, unchanged: bool | None, warn: Progress
) -> None:
    """What is true about a board harvest found no notes on, and what to do about it."""
    if manifest.backend == "print":
        warn(
            _(
                "0 notes: the fill-in sheet holds no rows yet. Type one row per post-it into {path}, "
                "then run harvest again."
            ).format(path=board.sheet_paths(manifest)[0])
        )
        return
    if not board.capabilities.provisioned_copy:
        return
    path = board.scene_path(manifest)
    if unchanged and board.identical(manifest):
        what = _(
            "0 notes: {path} is the file werkbord wrote, exactly as provisioned; the participants' work is not in it."
        )
    elif unchanged:
        what = _(
            "0 notes: nothing was written on {path}; it is the board as provisioned, saved from "
            "Excalidraw without changes. Is this the file saved at the end of the session?"
        )
    elif unchanged is False:
        warn(_("0 notes: nothing was written on {path}; elements were only moved, added or removed.").format(path=path))
        return
    else:  # a manifest too old to tell
        what = _("0 notes: {path} holds no notes.")
    warn(what.format(path=path) + " " + save_hint(wv, manifest_file))


def _ready_scrubber(werkvorm: Future[Werkvorm], progress: Progress | None, team: TeamList | None) -> Scrubber:
    from .harvest.scrub import ready_scrubber

    return ready_scrubber(werkvorm.result(), progress=progress, team=team)


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


def after_session_line(manifest: Manifest, manifest_file: Path, out: Path) -> str:
    """The command ``provision`` ends with: how to harvest this session, ready to paste.

    For an Excalidraw board it names ``--scene``: harvesting the file as provisioned gives an
    empty report. The scene's path is a placeholder in double quotes, where ``$HOME`` means the
    user's home folder in PowerShell as in bash and zsh; the user puts the saved file's name in.
    """
    command = f"werkbord harvest {shell_quote(str(manifest_file))}"
    if manifest.backend == "excalidraw":
        placeholder = "$HOME/Downloads/" + _("Untitled-….excalidraw")
        command += f' --scene "{placeholder}" --out {shell_quote(str(out))}'
        return _("After the session (in --scene, the file you saved from Excalidraw): {command}").format(
            command=command
        )
    command += f" --out {shell_quote(str(out))}"
    if manifest.backend == "print":
        return _("After the session, once every post-it is typed into the fill-in sheet: {command}").format(
            command=command
        )
    return _("After the session: {command}").format(command=command)


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
    if manifest.backend == "print":
        raise UsageError(
            _("--room only applies to an Excalidraw board; this session is on paper"),
            hint=_("leave out --room: a session on paper has no room link"),
        )
    if manifest.backend != "excalidraw":
        raise UsageError(
            _("--room only applies to an Excalidraw board; this one is on {backend}").format(backend=manifest.backend),
            hint=_("leave out --room: the links already open the board online"),
        )
    from .board.excalidraw import room_links

    return manifest, room_links(manifest, room)


def print_kit(
    manifest_file: Path, *, paper: str = "a1", out: Path | None = None, template: str | Path | None = None
) -> KitFiles:
    """The print kit (posters, cards, forms, facilitator sheet) for any session, as PDF files.

    Made from the same template and plan as the session's board; for an online session it is a
    handout. Writes into ``out`` (default: the manifest's folder); returns the files.
    """
    from .printkit.fillin import sheet_names
    from .printkit.kit import check_paper, write_kit

    paper = check_paper(paper)
    manifest_file = Path(manifest_file)
    manifest = load_manifest(manifest_file)
    wv = template_for(manifest, template)
    plan = plan_of(manifest, wv)
    folder = Path(out) if out is not None else manifest_file.parent
    return write_kit(
        wv,
        plan,
        folder,
        name=manifest.name,
        paper=paper,
        sheet_name=sheet_names(manifest.name)[0],
        manifest_name=manifest_file.name,
    )


def plan_of(manifest: Manifest, wv: Werkvorm):
    """The plan a manifest's board was made from (a follow-up's from its recorded seed)."""
    if manifest.follow_up is not None:
        from .layout_followup import layout_follow_up

        return layout_follow_up(
            wv,
            manifest.follow_up.seed(),
            len(manifest.groups),
            title=manifest.title,
            start=manifest.start,
            participants=manifest.participants,
        )
    from .layout import layout

    return layout(
        wv, len(manifest.groups), title=manifest.title, start=manifest.start, participants=manifest.participants
    )


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
                path=path, schema=schema, known=", ".join(HARVEST_SCHEMAS)
            ),
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
        raise ManifestError(
            _("{path}: field '{field}': {problem}").format(path=path, field=where, problem=err["msg"])
        ) from None


def keep_earlier_report(h: Harvest, out: Path, formats: Iterable[str], *, force: bool = False) -> list[Path]:
    """Check that writing ``h``'s report into ``out`` loses nothing; the copies kept, if any.

    A report of this session that holds notes is never replaced by one that holds none (say, a
    harvest of the board as provisioned, or of the wrong file): that raises, and nothing is
    written. With ``force`` it is replaced, and each of its files that would be overwritten is
    first copied beside it (``team-noord.oogst.backup-<time>.html``, ...).
    """
    from .report import report_basename

    out = Path(out)
    base = report_basename([h])
    if h.notes or not _earlier_report_has_notes(out / f"{h.session}.harvest.json", out / f"{base}.json"):
        return []
    if not force:
        raise UsageError(
            _(
                "{path} already holds a verslag of this session with notes; this harvest found none and would "
                "replace it with an empty one"
            ).format(path=out),
            hint=_(
                "check that --scene names the file saved at the end of the session; --force replaces the "
                "verslag and keeps a copy"
            )
            if h.backend == "excalidraw"
            else _("check that this is the session's board; --force replaces the verslag and keeps a copy"),
        )
    replaced = [out / f"{base}.{f}" for f in sorted(set(formats))]
    if "md" in formats:
        replaced += sorted(p for p in out.glob(f"{glob_escape(base)}-*.svg") if ".backup-" not in p.name)
    replaced.append(out / f"{h.session}.harvest.json")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return [backup_copy(p, now=stamp) for p in replaced if p.is_file()]


def _earlier_report_has_notes(harvest_file: Path, report_json: Path) -> bool:
    """Whether the report already in the folder holds notes: its harvest says so, or (without
    one) its JSON report has a group that wrote something or a note outside the groups."""
    from .fileio import read_json_bounded

    for path in (harvest_file, report_json):
        if not path.is_file():
            continue
        try:
            data = read_json_bounded(path, what="harvest")
        except WerkbordError:
            continue  # unreadable: not a verslag this one would make worse
        if not isinstance(data, dict):
            continue
        data = data.get("harvest", data) if path is harvest_file else data
        if path is harvest_file:
            return isinstance(data, dict) and bool(data.get("notes"))
        groups = data.get("groups") if isinstance(data.get("groups"), list) else []
        return any(isinstance(g, dict) and g.get("wrote_something") for g in groups) or bool(data.get("outside"))
    return False


def save_harvest(h: Harvest, out: Path) -> Path:
    """The raw harvest, which ``werkbord report`` combines later."""
    from .fileio import write_json_atomic

    path = Path(out) / f"{h.session}.harvest.json"
    write_json_atomic(path, h.model_dump(mode="json", by_alias=True))
    return path


def privacy_prepared() -> bool:
    """Whether de-identification is ready to start in about a second (a quick check, no imports)."""
    from .privacy.cachefile import default_cache_dir, is_prepared

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
    from .timer import run_timer, select_groups, step_seconds
    from .timer.session_state import recording_screen

    manifest_file = Path(manifest_file)
    m = load_manifest(manifest_file)
    wv = template_for(m, template)
    chosen = select_groups(m, groups)
    step_seconds(wv, step, minutes)  # a wrong --step or --minutes is said before the board is opened
    board = open_backend(m.backend, folder=manifest_file.parent)
    caps = board.capabilities
    if not caps.live_updates and warn is not None and m.backend == "print":
        warn(_("A session on paper: the timer runs here in the terminal; put it on a screen the room can see."))
    elif not caps.live_updates and warn is not None:
        warn(_("An Excalidraw file cannot be updated live: the timer runs here in the terminal; share your screen."))
    native = board.native_timer(m) if caps.native_timer else None
    update = (lambda ups: board.update_text(m, ups)) if caps.live_updates else None
    title = f"{wv.labels.step} {step} · {wv.steps[step - 1].title}"
    # The display also records the timer for `werkbord live`.
    shown = recording_screen(manifest_file, screen)(
        title, [f"{wv.labels.group} {g}" for g in chosen], board_live=caps.live_updates
    )
    with shown:
        return run_timer(
            m,
            wv,
            update,
            step=step,
            minutes=minutes,
            groups=chosen,
            clock=clock,
            keys=keys,
            show=shown,
            native=native,
            max_requests_per_minute=max_requests_per_minute,
        )


def check(vendor: str, options: dict[str, Any] | None = None) -> list[Any]:
    """``werkbord check``: verify on a throwaway board what werkbord assumes about ``vendor``
    (miro or mural); a :class:`~werkbord.board.check.Finding` per assumption."""
    from .backends import run_check

    return run_check(vendor, options)


def actions(harvest_files: Sequence[Path]) -> ActionList:
    """``werkbord actions``: every micro-action of the harvests, with id, owner and due date."""
    from .actions.listing import ActionList
    from .actions.model import actions_of, session_day

    loaded = [load_harvest(Path(p)) for p in harvest_files]
    if not loaded:
        raise UsageError(_("no harvest given"), hint=_("pass the .harvest.json file that 'werkbord harvest' wrote"))
    return ActionList(
        loaded,
        [a for h in loaded for a in actions_of(h)],
        {h.session: h.title for h in loaded},
        {h.session: session_day(h) for h in loaded},
    )


def write_calendar(listing: ActionList, target: Path, *, force: bool = False) -> CalendarWritten | None:
    """Write the dated actions as an iCalendar file; None (nothing written) when none has a date.

    ``target`` is the file, or a folder to put ``<session>.acties.ics`` in (a name without a
    suffix that does not exist yet is a new folder). An existing file is
    only replaced with ``force``, and then a copy of it is kept.
    """
    from . import __version__
    from .actions.ics import calendar_bytes
    from .fileio import write_atomic

    target = Path(target)
    # A folder: one that exists, or a new name without a suffix ("--ics oogst/"); it is made.
    folder = target.is_dir() or (not target.exists() and not target.suffix)
    path = target / _("{session}.actions.ics").format(session=listing.name) if folder else target
    dated = [a for a in listing.actions if a.due is not None]
    undated = [a for a in listing.actions if a.due is None]
    if not dated:
        return None
    backup = None
    if path.exists():
        if not force:
            raise UsageError(
                _("{path} already exists").format(path=path),
                hint=_("use --force to replace it (a copy is kept), or give another file"),
            )
        backup = backup_copy(path)
    write_atomic(path, calendar_bytes(listing.actions, titles=listing.titles, days=listing.days, version=__version__))
    from .actions.listing import CalendarWritten

    return CalendarWritten(path, len(dated), undated, backup)


def history(
    harvests: Sequence[Harvest], out: Path, formats: Sequence[str] | set[str]
) -> tuple[Any, list[tuple[Path, str]]]:
    """The team's history beside its report, when the harvests are one team's and there is more
    than one session or a follow-up; (None, []) otherwise. Returns the history and its files."""
    from .report.history import build_history, teams_of, wants_history
    from .report.history_out import write_history

    if len(teams_of(harvests)) != 1 or not wants_history(harvests):
        return None, []
    h = build_history(harvests)
    return h, write_history(h, Path(out), formats)


def check_one_team(harvests: Sequence[Harvest], *, mixed_teams: bool = False) -> list[str]:
    """The care teams of the harvests; an error when there are several and mixing was not asked."""
    from .report.history import teams_of

    teams = teams_of(harvests)
    if len(teams) > 1 and not mixed_teams:
        raise UsageError(
            _("these harvests are of {count} care teams ({teams}); a report never mixes teams unless you ask").format(
                count=len(teams), teams=", ".join(teams)
            ),
            hint=_("report each team on its own, or add --mixed-teams to combine them (then without a history)"),
        )
    return teams


REVIEW_KEEP, REVIEW_REPLACE, REVIEW_STOP = "keep", "replace", "stop"


def review_load(target: Path) -> list[tuple[Path, Harvest]]:
    """The harvest file ``target``, or every ``*.harvest.json`` in the folder ``target``."""
    target = Path(target)
    hint = _("give the folder 'werkbord harvest' wrote its reports to, or its .harvest.json file")
    if target.is_dir():
        files = sorted(target.glob("*.harvest.json"))
        if not files:
            raise UsageError(_("no harvest in {folder}").format(folder=target), hint=hint)
    elif target.exists():
        files = [target]
    else:
        raise UsageError(_("{path} not found").format(path=target), hint=hint)
    loaded = [(f, load_harvest(f)) for f in files]
    raw = [f.name for f, h in loaded if not h.scrubbing.scrubbed]
    if raw:
        raise UsageError(
            _("{files} was harvested with --no-scrub: there is nothing to review").format(files=", ".join(raw)),
            hint=_("harvest again without --no-scrub"),
        )
    return loaded


def review_list_path(loaded: Sequence[tuple[Path, Harvest]], privacy_list: Path | None = None) -> Path:
    """The team's privacy list for these harvests: ``privacy_list``, else ``privacylijst.txt``
    beside the session's manifest, looked for beside the harvest file and one folder up (where
    ``werkbord harvest`` is run from, with its default ``--out oogst``)."""
    from .manifest import SUFFIX
    from .privacy.cachefile import default_cache_dir
    from .privacy.precompiled import precompiled

    with precompiled(default_cache_dir(), "teamlist"):  # its rule modules' patterns (not the list's)
        from .privacy import teamlist

    if privacy_list is not None:
        return Path(privacy_list)
    for path, h in loaded:
        for folder in (path.parent, path.parent.parent):
            if (folder / f"{h.session}{SUFFIX}").is_file():
                return teamlist.beside(folder / f"{h.session}{SUFFIX}")
    path, h = loaded[0]
    raise UsageError(
        _(
            "cannot find {manifest} beside {folder} or one folder up, so not where the team's privacy list belongs"
        ).format(manifest=f"{h.session}{SUFFIX}", folder=path.parent),
        hint=_("give the list with --privacy-list FILE"),
    )


def review(
    target: Path | Sequence[tuple[Path, Harvest]],
    *,
    ask: Callable[[ReviewQuestion], str],
    privacy_list: Path | None = None,
) -> ReviewOutcome:
    """``werkbord review``: put each suspect of the harvest(s) to ``ask`` (which answers
    ``"keep"``, ``"replace"`` or ``"stop"``), record the answers in the team's privacy list, and
    rewrite the harvest files and the reports beside them with the words to replace replaced.

    ``target``: a harvest file, the folder ``werkbord harvest`` wrote to, or what
    :func:`review_load` gave. Nothing is written when nothing was decided; the list is written
    first (the decisions are the reviewer's work), then each harvest, then its reports, each
    atomically, the reports from a complete set rendered beside them first.
    """
    from .harvest.review import ReviewOutcome, ReviewQuestion, apply_decisions
    from .privacy import teamlist

    loaded = list(target) if not isinstance(target, str | Path) else review_load(Path(target))
    list_path = review_list_path(loaded, privacy_list)
    team = teamlist.load(list_path)
    questions = []
    for _path, h in loaded:
        notes = {n.id: n for n in h.notes}
        groups = {g.index: g.name for g in h.groups}
        for item in h.review:
            note = notes.get(item.note)
            if note is not None:
                questions.append((h, note, item, groups.get(note.group) if note.group is not None else None))
    kept: list[str] = []
    replaced: list[str] = []
    stopped = False
    open_ = [q for q in questions if not team.decided(q[2].text)]
    for number, (h, note, item, group) in enumerate(open_, 1):
        if team.decided(item.text):
            continue  # the same word, answered a moment ago
        at = item.start if item.start is not None else max(note.text.find(item.text), 0)
        answer = ask(
            ReviewQuestion(
                number,
                len(open_),
                h.title,
                group,
                note.text[:at],
                item.text,
                note.text[at + len(item.text) :],
                item.why,
            )
        )
        if answer == REVIEW_STOP:
            stopped = True
            break
        section = teamlist.KEEP if answer == REVIEW_KEEP else teamlist.REPLACE
        team.add(item.text, section)
        (kept if answer == REVIEW_KEEP else replaced).append(item.text)
    if kept or replaced:
        team.save(list_path)
    written: list[Path] = []
    # Also when nothing was decided now: a run cut short earlier is finished by the next one.
    for path, h in loaded:
        new = apply_decisions(h, team)
        if new != h:
            written += _rewrite(new, path)
    return ReviewOutcome(kept, replaced, stopped, list_path, written)


def _rewrite(h: Harvest, path: Path) -> list[Path]:
    """Rewrite the harvest file ``path`` and the reports of ``h`` beside it (in the formats found
    there). The reports are rendered into a scratch folder first, and the harvest written only
    when they all were: a failure leaves every file as it was."""
    import shutil
    import tempfile

    from .fileio import write_json_atomic
    from .report import FORMATS, report_basename, write_reports

    folder = path.parent
    base = report_basename([h])
    formats = [f for f in FORMATS if (folder / f"{base}.{f}").is_file()]
    scratch = Path(tempfile.mkdtemp(prefix=".werkbord-review-", dir=folder))
    try:
        made = [w.path for w in write_reports([h], scratch, formats) if w.action != "removed"] if formats else []
        write_json_atomic(path, h.model_dump(mode="json", by_alias=True))
        for f in made:
            f.replace(folder / f.name)
        return [path, *(folder / f.name for f in made)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# The results of the verbs a provision never runs are defined beside their logic, so importing
# this module does not make their classes (~3.5 million instructions each); they are still
# found here.
_MOVED = {
    "ActionList": "actions.listing",
    "CalendarWritten": "actions.listing",
    "ReviewQuestion": "harvest.review",
    "ReviewOutcome": "harvest.review",
}


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        return getattr(import_module(f"{__package__}.{_MOVED[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
