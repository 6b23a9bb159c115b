"""The library verbs behind the CLI: provision, harvest, report.

Everything the CLI does can be done from Python with these functions; the CLI only parses
options and prints.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .board.base import Links, ProvisionReport, open_backend
from .errors import TemplateError, UsageError, WerkbordError
from .layout import layout
from .manifest import Manifest, check_can_write, load_manifest, manifest_path
from .template import Werkvorm, builtin_templates, load_template, resolve_template

if TYPE_CHECKING:  # harvest's modules are imported by the verbs that need them
    from .harvest.model import Harvest

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
    wv = load_template(template, lang)
    source = resolve_template(template)
    # A user's own template file is remembered, so harvest reads the board with the same prompts.
    own = None if source in builtin_templates().values() else str(source.resolve())
    plan = layout(wv, groups, title=title, start=start, participants=participants)
    name = name or slugify(title or wv.title)
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file, not a folder", hint="pass a folder for the session files")
    mpath = manifest_path(out, name)
    manifest = _resume_or_new(mpath, plan, name=name, backend=backend, force=force, dry_run=dry_run, own=own)
    extra = {"dry_run": True} if dry_run else {}
    if backend == "excalidraw" and force:
        extra["overwrite"] = True
    board = open_backend(backend, folder=out, options={**(options or {}), **extra})

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
    if dry_run:
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
            if dry_run:
                return new  # a dry run writes nothing, so an existing session is no obstacle
            check_can_write(mpath, force=force)
        same = (
            len(existing.groups) == len(plan.groups)
            and existing.template.name == plan.template
            and existing.template.lang == plan.lang
            and existing.participants == plan.participants
        )
        if not same:
            raise UsageError(
                f"{mpath} is an unfinished board with other options "
                f"({len(existing.groups)} groups, template {existing.template.name}, {existing.template.lang})",
                hint="run it again with the same options to resume, or --force to start a new board",
            )
        return existing
    return new


def template_for(manifest: Manifest, template: str | Path | None = None) -> Werkvorm:
    """The werkvorm a manifest was made with (or ``template``, for a custom template file)."""
    own = manifest.template.path
    if template is None and own and Path(own).is_file():
        template = own
    try:
        return load_template(template or manifest.template.name, manifest.template.lang)
    except TemplateError as e:
        if template is None:
            raise TemplateError(
                f"the board was made with template {manifest.template.name!r}, which is not built in",
                hint="pass the template file with --template FILE",
            ) from e
        raise


def harvest(
    manifest_file: Path,
    *,
    template: str | Path | None = None,
    scrub: bool = True,
    options: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> Harvest:
    """Read the board a manifest describes and classify what the participants wrote.

    Only reads: it can run during the session as often as wanted.
    """
    from .harvest.classify import classify

    manifest_file = Path(manifest_file)
    manifest = load_manifest(manifest_file)
    wv = template_for(manifest, template)
    board = open_backend(manifest.backend, folder=manifest_file.parent, options=options)
    items = board.read_items(manifest)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    result = classify(manifest, items, wv, now=now)
    if scrub:
        from .harvest.scrub import scrub_harvest

        result = scrub_harvest(result, wv, progress=progress)
    return result


def load_harvest(path: Path) -> Harvest:
    from pydantic import ValidationError

    from .errors import ManifestError
    from .fileio import read_json_bounded
    from .harvest.model import Harvest

    data = read_json_bounded(Path(path), what="harvest")
    if isinstance(data, dict) and "harvest" in data and isinstance(data["harvest"], dict):
        data = data["harvest"]
    if not isinstance(data, dict) or data.get("schema") != "werkbord.harvest/1":
        raise ManifestError(
            f"{path} is not a werkbord harvest",
            hint="pass the .json file that 'werkbord harvest' wrote",
        )
    try:
        return Harvest.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ManifestError(f"{path}: field '{where}': {err['msg']}") from None


def save_harvest(h: Harvest, out: Path) -> Path:
    """The raw harvest, which ``werkbord report`` combines later."""
    from .fileio import write_json_atomic

    path = Path(out) / f"{h.session}.harvest.json"
    write_json_atomic(path, h.model_dump(mode="json", by_alias=True))
    return path
