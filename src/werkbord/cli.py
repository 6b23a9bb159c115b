"""The command line: a thin layer over :mod:`werkbord.api`.

Heavy modules are imported inside the commands so ``werkbord --help`` stays fast. The options'
annotations are objects, not text (no ``from __future__ import annotations``): typer would
otherwise compile and evaluate each one whenever it builds a command (~10% of ``--help``).
"""

import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from .errors import UsageError, WerkbordError
from .i18n import _, ngettext, shell_quote, use_language

app = typer.Typer(
    help="Put the werkvorm 'Samenwerken rond terugval' on a whiteboard, and harvest it into a report.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain help: formatting it with rich imports rich (most of --help's time)
)
templates_app = typer.Typer(help="List and show werkvorm templates.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(templates_app, name="templates")
auth_app = typer.Typer(
    help="Sign in to Mural (OAuth); see who is signed in; sign out.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(auth_app, name="auth")

FORMATS = ("md", "html", "json", "csv", "xlsx")


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        _say(f"werkbord {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log every HTTP request (secrets redacted).")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", help="Show the version and exit.", is_eager=True, callback=_show_version)
    ] = False,
) -> None:
    if verbose:
        import logging

        from .http.redaction import redacting_handler

        root = logging.getLogger()
        root.addHandler(redacting_handler())
        root.setLevel(logging.DEBUG)


def _say(msg: str = "") -> None:
    typer.echo(msg)


def _warn(msg: str) -> None:
    typer.echo(msg, err=True)


def _interactive() -> bool:
    return sys.stdin.isatty()


def _confirm(question: str) -> bool:
    """Yes/no in the active language ('j' or 'ja' in Dutch; 'y'/'yes' always work); no means no."""
    choices = _("y/N")
    answer = typer.prompt(f"{question} [{choices}]", default="", show_default=False)
    return answer.strip().lower() in {"y", "yes", _("y"), _("yes")}


def _count_progress() -> Callable[[int, int], None]:
    """A fresh "12/80 items on the board" reporter for one command (it remembers only its own
    last count, so a second command in the same process starts clean)."""
    last = -1

    def report(done: int, total: int) -> None:
        nonlocal last
        # One line, rewritten in place on a terminal; a few lines only when logged to a file.
        if done == last:
            return
        last = done
        if sys.stderr.isatty():
            typer.echo(
                "\r" + _("{done}/{total} items on the board").format(done=done, total=total),
                err=True,
                nl=done >= total,
            )
        elif done >= total or done % 500 == 0:
            _warn(_("{done}/{total} items on the board").format(done=done, total=total))

    return report


def _backend_options(backend: str, team: str | None, board: str | None, room: str | None) -> dict:
    from .backends import flag_options, is_online

    options = flag_options(backend, {"team": team, "board": board, "room": room})
    return options | {"progress": _count_progress()} if is_online(backend) else options


@app.command()
def provision(
    groups: Annotated[int | None, typer.Option("--groups", "-g", help="Number of breakout groups (1-30).")] = None,
    title: Annotated[str, typer.Option("--title", "-t", help="Session title, e.g. 'Team Noord'.")] = "",
    start: Annotated[
        str | None, typer.Option("--start", help="Start time HH:MM, for clock times (or 'YYYY-MM-DD HH:MM').")
    ] = None,
    date: Annotated[str | None, typer.Option("--date", help="Day of the session, YYYY-MM-DD (default: today).")] = None,
    care_team: Annotated[
        str | None, typer.Option("--care-team", help="The care team, for its history (default: the title).")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the board and manifest.")] = Path("."),
    participants: Annotated[int, typer.Option(help="Micro-action forms per group (1-12).")] = 6,
    template: Annotated[str, typer.Option(help="Built-in template name or a YAML file.")] = "terugval",
    lang: Annotated[str, typer.Option(help="Board language: nl or en.")] = "nl",
    backend: Annotated[
        str, typer.Option(help="excalidraw (default, no account), miro, mural or print (PDF kit for a room).")
    ] = "excalidraw",
    name: Annotated[str | None, typer.Option(help="File name stem; default from the title.")] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing session with the same name.")] = False,
    dry_run: Annotated[bool, typer.Option(help="Show what would be created; change nothing.")] = False,
    team: Annotated[str | None, typer.Option(help="Miro team id (or MIRO_TEAM_ID).")] = None,
    board: Annotated[str | None, typer.Option(help="Miro: provision into this existing board.")] = None,
    room: Annotated[str | None, typer.Option(help="Mural room id (or MURAL_ROOM_ID).")] = None,
    paper: Annotated[
        str | None, typer.Option(help="--backend print: poster paper a1 (one page), a3 or a4 (tiled).")
    ] = None,
    follow_up: Annotated[
        list[Path] | None,
        typer.Option("--follow-up", help="A follow-up session of this harvest (.harvest.json); repeatable."),
    ] = None,
) -> None:
    """Create a board: per breakout group the patient centre, A/B/C zones, step frames and a timer."""
    from . import api, gcpolicy

    if backend == "excalidraw":
        gcpolicy.without_collections()  # one file written in a fraction of a second

    use_language(lang)  # the session's language, from here on
    options = _backend_options(backend, team, board, room)
    if backend == "print":
        options["paper"] = paper or "a1"
    elif paper is not None:
        raise UsageError(
            _("--paper only applies to --backend print"), hint=_("or use 'werkbord print MANIFEST --paper'")
        )
    result = api.provision(
        template=template,
        lang=lang,
        groups=groups,
        title=title,
        start=start,
        participants=participants,
        out=out,
        name=name,
        backend=backend,
        force=force,
        dry_run=dry_run,
        options=options,
        date=date,
        care_team=care_team,
        follow_up=follow_up or (),
    )
    r = result.report
    if r.dry_run:
        credits = _(", about {credits} credits").format(credits=r.credits) if r.credits else ""
        would = _("Dry run: would create {created} items in {requests} requests{credits}")
        for line in r.notes or [would.format(created=r.created, requests=r.requests, credits=credits)]:
            _say(line)
        return
    _say_provisioned(result, result.werkvorm, out)


def _say_provisioned(result, wv, out: Path) -> None:
    """What provision made, where it is, and what to do next (a real run, not a dry one)."""
    from . import api

    r = result.report
    # Said once, on stderr so it never lands in piped output: no data that identifies a patient.
    _warn(f"⚠ {(wv.on_paper() if result.manifest.backend == 'print' else wv).labels.privacy_notice}")
    for kept in r.backups:
        _say(_("Kept a copy of the replaced file: {path}").format(path=kept))
    m = result.manifest
    if m.backend == "print":
        for line in r.notes:  # the kit's files
            _say(line)
    elif m.board.path:
        _say(_("Board:    {path}").format(path=out / m.board.path))
    _say(_("Manifest: {path}").format(path=result.manifest_path))
    earlier = len(m.items) - r.created
    resumed = _(" ({created} created now, {earlier} from an earlier run)") if earlier else ""
    summary = ngettext(
        "{groups} group, {items} items on the board", "{groups} groups, {items} items on the board", len(m.groups)
    )
    if m.backend == "print":  # a room with paper has no board to count items on
        summary, resumed = ngettext("Print kit for {groups} group", "Print kit for {groups} groups", len(m.groups)), ""
    _say((summary + resumed + ".").format(groups=len(m.groups), items=len(m.items), created=r.created, earlier=earlier))
    # A file's "link" is its path, printed above as the board: only a web address is a link.
    if result.links and result.links.board.startswith(("https://", "http://")):
        _say(_("Link: {url}").format(url=result.links.board))
        if m.backend != "excalidraw":
            for g in m.groups:
                _say(f"  {g.name}: {result.links.groups.get(g.index, result.links.board)}")
            if result.links.note:
                _warn(result.links.note)
    if not api.privacy_prepared():
        # Paid here, before the session, so the first harvest (at the plenary) starts in seconds.
        api.prepare(progress=_warn)
    if m.backend == "excalidraw":
        # The file is not where the participants' work ends up: say how to get it back.
        _say(api.save_hint(wv, result.manifest_path))
    _say(api.after_session_line(m, result.manifest_path, out / "oogst"))


def _parse_formats(fmt: str) -> set[str]:
    chosen = {f.strip().lower() for f in fmt.split(",") if f.strip()}
    unknown = chosen - set(FORMATS)
    if unknown or not chosen:
        raise UsageError(
            _("unknown format {format}").format(format=", ".join(sorted(unknown)) or repr(fmt)),
            hint=_("choose from {formats}").format(formats=",".join(FORMATS)),
        )
    return chosen


def _writer_modules(formats: set[str]) -> list[str]:
    """What writing these reports imports (got ready while an online board is read)."""
    # The workbook is written by XlsxWriter (werkbord.report.xlsxout); openpyxl is not imported.
    return [
        "werkbord.report",
        "werkbord.report.summary",
        *(["xlsxwriter"] if "xlsx" in formats else []),
        *(["werkbord.report.html:prepare"] if "html" in formats else []),  # its template compiled
    ]


@app.command()
def harvest(
    manifest: Annotated[Path, typer.Argument(help="The .werkbord.json manifest that provision wrote.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the reports.")] = Path("oogst"),
    format: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: md,html,json,csv,xlsx.")] = ",".join(
        FORMATS
    ),
    template: Annotated[str | None, typer.Option(help="Template file, for a board made with a custom one.")] = None,
    no_scrub: Annotated[bool, typer.Option("--no-scrub", help="Skip pseudonymisation (asks to confirm).")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Confirm --no-scrub without asking.")] = False,
    scene: Annotated[
        Path | None,
        typer.Option(
            help="Excalidraw: the scene saved from the board (e.g. ~/Downloads/Untitled-….excalidraw); "
            "remembered for the next harvest."
        ),
    ] = None,
    privacy_list: Annotated[
        Path | None,
        typer.Option("--privacy-list", help="The team's privacy list (default: privacylijst.txt beside the manifest)."),
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Replace a report that holds notes with one that holds none (a copy is kept).")
    ] = False,
) -> None:
    """Read what the groups wrote and write a report (per group and across groups)."""
    from . import api

    use_language(_manifest_language(manifest))
    formats = _parse_formats(format)
    if no_scrub and not yes:
        if not _interactive():
            raise UsageError(
                _("--no-scrub needs confirming"), hint=_("add --yes to confirm reports with identifiable data")
            )
        if not _confirm(_("Reports will NOT be pseudonymised and may contain patient data. Continue?")):
            _warn(_("Stopped: nothing was read or written."))
            raise typer.Exit(1)
    said: list[str] = []  # what to know about the result, said once it is going to be written
    result = api.harvest(
        manifest,
        template=template,
        scrub=not no_scrub,
        progress=_warn,
        scene=scene,
        warn=said.append,
        preload=_writer_modules(formats),
        privacy_list=privacy_list,
        two_cores=True,
    )
    # An empty harvest never silently replaces a verslag that holds notes.
    for kept in api.keep_earlier_report(result, out, formats, force=force):
        _say(_("Kept a copy of the replaced file: {path}").format(path=kept))
    for line in said:
        _warn(line)
    from .report import write_reports
    from .report.summary import harvest_summary

    if result.scrubbing.scrubbed and result.context.lang != "nl":
        _warn(
            _(
                "Note: pseudonymisation is made for Dutch text; in other languages places and some dates "
                "may remain. Read the report before sharing it."
            )
        )
    elif result.scrubbing.scrubbed:
        _warn(
            _(
                "Names, places and numbers were replaced by tags (pseudonymised, not anonymised): "
                "read the report before sharing it."
            )
        )
    raw_existed = (Path(out) / f"{result.session}.harvest.json").exists()
    files = write_reports([result], out, formats)
    raw = api.save_harvest(result, out)
    listed = [(str(f.path), f.action) for f in files]
    listed.append((str(raw), "replaced" if raw_existed else "written"))
    for line in harvest_summary(result, listed):
        _say(line)


@app.command()
def review(
    target: Annotated[Path, typer.Argument(help="The folder harvest wrote to, or its .harvest.json file.")],
    privacy_list: Annotated[
        Path | None,
        typer.Option("--privacy-list", help="The team's privacy list (default: privacylijst.txt beside the manifest)."),
    ] = None,
) -> None:
    """Check the words the report flags before sharing: keep or replace each, remembered for the team."""
    from . import api

    use_language(None)
    loaded = api.review_load(target)
    use_language(loaded[0][1].context.lang)
    if not _interactive():
        raise UsageError(
            _("review asks a question per word, so it needs a terminal"), hint=_("run it in a terminal window")
        )
    done = api.review(loaded, ask=_ask_review, privacy_list=privacy_list)
    if done.kept or done.replaced:
        _say(
            _("Kept: {kept}; replaced: {replaced}. Privacy list: {path}").format(
                kept=len(done.kept), replaced=len(done.replaced), path=done.privacy_list
            )
        )
    elif not done.written:
        _say(_("Nothing decided: no file changed."))
    for path in done.written:
        _say(f"  {path}")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _terminal_safe(text: str) -> str:
    """Harvested text is untrusted: no escape sequences or direction marks reach the terminal."""
    return _CONTROL.sub("\ufffd", text.replace("\n", " ⏎ "))


def _ask_review(q) -> str:  # noqa: ANN001 - an api.ReviewQuestion
    from . import api

    where = q.session if q.group is None else f"{q.session} · {q.group}"
    _say()
    _say(f"[{q.number}/{q.total}] {_terminal_safe(where)}")
    _say(f"  {_terminal_safe(q.before)}»{_terminal_safe(q.suspect)}«{_terminal_safe(q.after)}")
    _say("  " + _("why: {why}").format(why=_terminal_safe(q.why)))
    answers = {
        _("k"): api.REVIEW_KEEP,
        "k": api.REVIEW_KEEP,
        _("r"): api.REVIEW_REPLACE,
        "r": api.REVIEW_REPLACE,
        _("s"): api.REVIEW_STOP,
        "s": api.REVIEW_STOP,
        "q": api.REVIEW_STOP,
    }
    while True:
        try:
            answer = input(_("[k]eep, [r]eplace or [s]top? ")).strip().lower()
        except EOFError:
            return api.REVIEW_STOP
        if answer[:1] in answers:
            return answers[answer[:1]]
        _say(_("Type {keep}, {replace} or {stop}.").format(keep=_("k"), replace=_("r"), stop=_("s")))


@app.command()
def prepare() -> None:
    """Prepare de-identification once per install (provision does it too), so harvests start fast."""
    from . import api

    use_language(None)
    if api.privacy_prepared():
        from .privacy import default_cache_dir

        _say(_("Already prepared: {path}").format(path=default_cache_dir()))
        return
    info = api.prepare(progress=_warn)
    where = info.path.parent if info.path else _("memory only")
    _say(_("Prepared in {seconds:.0f} s: {path}").format(seconds=info.prepare_seconds, path=where))


@app.command()
def report(
    harvests: Annotated[
        list[Path], typer.Argument(help="Harvest files (harvest.json) to combine.", metavar="HARVEST.json")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the combined report.")] = Path("rapport"),
    format: Annotated[str, typer.Option("--format", "-f", help="Comma-separated: md,html,json,csv,xlsx.")] = ",".join(
        FORMATS
    ),
    mixed_teams: Annotated[
        bool, typer.Option("--mixed-teams", help="Combine harvests of different care teams (no history then).")
    ] = False,
) -> None:
    """Combine earlier harvests into one report; one team's sessions also get the team's history."""
    from . import api
    from .report import write_reports

    use_language(None)
    formats = _parse_formats(format)
    loaded = [api.load_harvest(p) for p in harvests]
    use_language(loaded[0].context.lang)
    seen: dict[tuple[str, str], Path] = {}
    for path, h in zip(harvests, loaded, strict=True):
        first = seen.setdefault((h.session, h.harvested_at), path)
        if first is not path:
            raise UsageError(
                _("{path} is the same harvest as {first}").format(path=path, first=first),
                hint=_("give each harvest once"),
            )
    from .report.combine import combine_sessions
    from .report.labels import Labels

    api.check_one_team(loaded, mixed_teams=mixed_teams)
    labels = Labels(loaded[0].context)
    for c in combine_sessions(loaded)[1]:
        _say(labels["combined_note"].format(title=c.title, count=c.count, when=c.latest))
    for f in write_reports(loaded, out, formats):
        _say(f"{f.path}  ({labels[f'sum_{f.action}']})")
    history, files = api.history(loaded, out, formats)
    if history is not None:
        from .report.history_out import summary_line

        for path, action in files:
            _say(f"{path}  ({labels[f'sum_{action}']})")
        _say(summary_line(history))


@app.command()
def actions(
    harvests: Annotated[list[Path], typer.Argument(help="Harvest files (harvest.json).", metavar="HARVEST.json")],
    ics: Annotated[
        Path | None,
        typer.Option("--ics", help="Write the dated actions as calendar events to this .ics file (or folder)."),
    ] = None,
    force: Annotated[bool, typer.Option(help="Replace an existing calendar file (a copy is kept).")] = False,
    lang: Annotated[str | None, typer.Option(help="nl or en (default: the harvest's language).")] = None,
) -> None:
    """After the session: the micro-actions per owner, or as reminders in a calendar file."""
    from . import api

    use_language(lang)
    listing = api.actions(harvests)
    use_language(lang or listing.harvests[0].context.lang)
    from .actions.listing import heading, per_owner, undated

    if not listing.pseudonymised:
        _warn(_("Warning: this harvest was not pseudonymised; check names before you share the actions."))
    if ics is None:
        for line in per_owner(listing.actions, heading=heading(listing.titles, listing.days)):
            _say(line)
        return
    written = api.write_calendar(listing, ics, force=force)
    if written is None:
        _say(_("No action has a date that can be read: no calendar file written."))
        missing = undated(listing.actions)
    else:
        if written.backup is not None:
            _say(_("Kept a copy of the replaced file: {path}").format(path=written.backup))
        _say(
            ngettext("{path}: {count} reminder", "{path}: {count} reminders", written.events).format(
                path=written.path, count=written.events
            )
        )
        missing = undated(written.undated)
    if missing:
        _say(_("Not in the calendar (no date could be read):"))
        for line in missing:
            _say(line)


@app.command("print")
def print_(
    manifest: Annotated[Path, typer.Argument(help="The .werkbord.json manifest of any session.")],
    paper: Annotated[str, typer.Option(help="Poster paper: a1 (one page), a3 or a4 (tiled).")] = "a1",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Folder for the PDFs (default: beside the manifest).")
    ] = None,
    template: Annotated[str | None, typer.Option(help="Template file, for a board made with a custom one.")] = None,
) -> None:
    """Make the print kit (posters, party cards, forms, facilitator sheet) for a session, as PDF."""
    from . import api

    use_language(_manifest_language(manifest))
    files = api.print_kit(manifest, paper=paper, out=out, template=template)
    _say(_("Posters:  {path}").format(path=files.posters))
    _say(_("Kit:      {path}").format(path=files.handouts))


@app.command()
def links(
    manifest: Annotated[Path, typer.Argument(help="The .werkbord.json manifest.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or md.")] = "table",
    room: Annotated[
        str | None,
        typer.Option(
            help="Excalidraw: the live collaboration link (https://excalidraw.com/#room=…); "
            "prints a link per group that opens the room at the group's frame."
        ),
    ] = None,
) -> None:
    """Print per group the link that opens the board at that group's frame."""
    from . import api

    use_language(_manifest_language(manifest))
    if format not in ("table", "md"):
        raise UsageError(_("unknown format {format}").format(format=repr(format)), hint=_("choose table or md"))
    m, ls = api.links(manifest, room=room)
    rows = [(g.name, ls.groups.get(g.index, ls.board)) for g in m.groups]
    if all(link == ls.board for _name, link in rows):
        # No link of its own per group (an Excalidraw file before --room): the board, once.
        _say(_("Board: {link}").format(link=ls.board))
        if m.backend == "excalidraw":
            _warn(
                _("For a link per group: start Live collaboration in Excalidraw, then {command}").format(
                    command=f"werkbord links {shell_quote(str(manifest))} --room "
                    + shell_quote("https://excalidraw.com/#room=…")
                )
            )
        return
    if format == "md":
        _say(f"**{m.title}**: {ls.board}\n")
        for n, link in rows:
            _say(f"- **{n}**: {link}")
    else:
        width = max(len(n) for n, _ in rows) if rows else 0
        for n, link in rows:
            _say(f"{n.ljust(width)}  {link}")
    if ls.note:
        _warn(ls.note)


@app.command()
def timer(
    manifest: Annotated[Path, typer.Argument(help="The .werkbord.json manifest.")],
    step: Annotated[int, typer.Option("--step", "-s", help="Which step to time (1-3).")],
    minutes: Annotated[float | None, typer.Option(help="Override the step's minutes.")] = None,
    groups: Annotated[str | None, typer.Option("--groups", help="Only these groups, e.g. 1,3.")] = None,
    max_requests_per_minute: Annotated[
        int, typer.Option(help="Budget for panel updates; fewer ticks when many groups would exceed it.")
    ] = 240,
    template: Annotated[str | None, typer.Option(help="Template file, for a board made with a custom one.")] = None,
) -> None:
    """Count a step down in the terminal and in every group's timer panel on the board.
    Keys: p pause/resume, + a minute more, - a minute less, q stop (Ctrl-C too)."""
    from . import api
    from .timer.terminal import Screen, key_reader

    use_language(_manifest_language(manifest))
    with key_reader() as keys:
        api.timer(
            manifest,
            step=step,
            minutes=minutes,
            groups=groups,
            template=template,
            keys=keys,
            screen=Screen,
            max_requests_per_minute=max_requests_per_minute,
            warn=_warn,
        )


@app.command()
def live(
    manifest: Annotated[Path, typer.Argument(help="The .werkbord.json manifest.")],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 for the page.")] = 8000,
    interval: Annotated[
        float, typer.Option(help="Seconds between harvests (Miro/Mural; never faster than the rate limit allows).")
    ] = 20.0,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open the page in a browser.")] = False,
    scene: Annotated[
        Path | None, typer.Option(help="Excalidraw: the scene file to watch (default: the session's).")
    ] = None,
    template: Annotated[str | None, typer.Option(help="Template file, for a board made with a custom one.")] = None,
) -> None:
    """During the session: a live page with every group's progress and a plenary view (Ctrl-C stops)."""
    from .live.server import serve

    use_language(_manifest_language(manifest))
    if not 0 <= port <= 65535:
        raise UsageError(
            _("--port {port} is not a port number").format(port=port), hint=_("choose 1024 to 65535, e.g. --port 8000")
        )
    serve(
        manifest,
        port=port,
        interval=interval,
        open_browser=not no_browser,
        scene=scene,
        template=template,
        say=_say,
        warn=_warn,
    )


@app.command()
def check(
    vendor: Annotated[str, typer.Argument(help="The service to check: {checkable}.")],
    team: Annotated[str | None, typer.Option(help="Miro team id (or MIRO_TEAM_ID).")] = None,
    room: Annotated[str | None, typer.Option(help="Mural room id (or MURAL_ROOM_ID).")] = None,
) -> None:
    """Check, on a throwaway board that is deleted afterwards, what werkbord assumes about Miro or
    Mural; one line per assumption (ok / differs / skipped). Exit 1 when something differs."""
    from . import api

    use_language(None)
    from .backends import check_options

    # Only the flags this vendor takes; --board never applies to a check.
    findings = api.check(vendor, check_options(vendor, {"team": team, "room": room}))
    for f in findings:
        _say(f.line())
    if any(f.status == "differs" for f in findings):
        raise typer.Exit(1)


@auth_app.command("mural")
def auth_mural(
    port: Annotated[int | None, typer.Option(help="Loopback port for the redirect (or MURAL_REDIRECT_PORT).")] = None,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Only print the sign-in URL.")] = False,
) -> None:
    """Sign in to Mural once: opens the browser for consent and stores the tokens safely."""
    from .auth import sign_in

    use_language(None)
    result = sign_in(open_browser=not no_browser, port=port, print_url=_warn)
    _say(str(result))


@auth_app.command("status")
def auth_status() -> None:
    """Who is signed in, and until when (never prints a token)."""
    from .auth import status

    use_language(None)
    _say(status())


@auth_app.command("logout")
def auth_logout() -> None:
    """Forget the stored Mural tokens."""
    from .auth import logout

    use_language(None)
    _say(_("Signed out of Mural.") if logout() else _("Nobody was signed in to Mural."))


@templates_app.command("list")
def templates_list() -> None:
    """List the built-in templates."""
    from .template import builtin_templates, load_template

    use_language(None)
    for name in builtin_templates():
        wv = load_template(name, "nl")
        _say(f"{name}\t{wv.title} ({', '.join(wv.languages)})")


@templates_app.command("show")
def templates_show(
    name: Annotated[str, typer.Argument(help="Template name or YAML file.")],
    lang: Annotated[str, typer.Option(help="nl or en.")] = "nl",
) -> None:
    """Show a template: steps, prompts and parties."""
    from .template import load_template

    use_language(lang)
    wv = load_template(name, lang)
    _say(f"{wv.title} — {wv.theme} ({wv.time_indication})\n{wv.goal}\n")
    for i, step in enumerate(wv.steps, start=1):
        _say(f"{wv.labels.step} {i} · {step.title} ({step.minutes} min)")
    s2 = wv.step2
    _say("")
    for z, zone in s2.zones.items():
        _say(f"{z}: {zone.label} — {zone.definition}")
    _say("")
    for p in wv.parties:
        _say(f"- {p.label} [{wv.sector(p.sector).label}]" + (f" → {wv.bucket(p.bucket).label}" if p.bucket else ""))


@templates_app.command("copy")
def templates_copy(
    source: Annotated[str, typer.Argument(help="Built-in template name (or a YAML file) to start from.")],
    dest: Annotated[Path, typer.Argument(help="The new file, e.g. mijn-team.yaml.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite DEST if it exists.")] = False,
) -> None:
    """Make a commented copy of a template to edit for your team (then: templates check)."""
    from .template_tools import copy_template

    use_language(None)
    path = copy_template(source, dest, force=force)
    _say(_("Written: {path}").format(path=path))
    _say(
        _("Edit it (guide: docs/templates.md), then: {command}").format(
            command=f"werkbord templates check {shell_quote(str(path))}"
        )
    )


@templates_app.command("check")
def templates_check(
    file: Annotated[Path, typer.Argument(help="Your template file.")],
) -> None:
    """Check a template file in every language it has; the first problem is named with its field."""
    from .template_tools import check_template

    use_language(None)
    r = check_template(file)
    _say(
        _("OK: {path} — {title} ({languages}): {steps} steps, {parties} parties").format(
            path=r.path, title=r.title, languages=", ".join(r.languages), steps=r.steps, parties=r.parties
        )
    )
    if r.without_bucket:
        _say(
            _("Without a survey bucket (no survey figure in the report): {parties}").format(
                parties=", ".join(r.without_bucket)
            )
        )


def _manifest_language(manifest: Path) -> str | None:
    """The session's language for a command on ``manifest``; None (the user's own) while the
    manifest cannot be read, so that error is said in the user's language."""
    try:
        st = Path(manifest).stat()
    except OSError:
        return _peek_language(manifest, None)
    # Asked before the command runs and again by it: one read of the (large) file for both.
    return _peek_language(manifest, (st.st_mtime_ns, st.st_size, st.st_ino))


@functools.lru_cache(maxsize=8)
def _peek_language(manifest: Path, version: tuple[int, ...] | None) -> str | None:
    from .manifest import peek_language

    return peek_language(manifest)


def _language_of(args: list[str]) -> str | None:
    """The language a command line speaks before its command runs (help, usage errors): the
    ``--lang`` it gives, else the session's of a manifest it names; None: the user's own."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    for arg in args:
        if arg.endswith(".werkbord.json"):
            return _manifest_language(Path(arg))
    return None


def command(args: list[str] | None = None):
    """The command tree typer builds from ``app``, its help texts and click's own words in the
    active language (see :mod:`werkbord.cli_words`). Given the command line ``args``, only the
    command it names is built: its help, options and errors read the same, and building every
    command took about 0.02 s of each start."""
    from typer.main import get_command

    from .cli_words import localise, route_click_messages

    route_click_messages()
    return localise(get_command(_app_for(args or [])))


def _app_for(args: list[str]) -> typer.Typer:
    """``app`` with only the top-level command ``args`` starts with; ``app`` itself when they
    start otherwise (nothing, an option such as --help, a group such as ``auth``, a typo)."""
    from copy import copy

    from typer.main import get_command_name

    named = [
        c for c in app.registered_commands if args and (c.name or get_command_name(c.callback.__name__)) == args[0]
    ]
    if len(named) != 1:
        return app
    only = copy(app)
    only.registered_commands = named
    only.registered_groups = []
    return only


def main() -> None:
    # Typer's usage errors and ours become one line in the user's language and their exit code.
    try:
        from .cli_words import run_command

        use_language(_language_of(sys.argv[1:]))  # the user's own until a command knows the session's
        code = run_command(command(sys.argv[1:]))
    except WerkbordError as e:
        _warn(_("werkbord: error: {message}").format(message=e))
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        _interrupted()
    except RuntimeError as e:
        # Python 3.11 wraps a Ctrl-C that lands while a class is created (in an import typer
        # makes while it reads the options, say) in a RuntimeError.
        if isinstance(e.__cause__, KeyboardInterrupt):
            _interrupted()
        raise
    sys.exit(code)


def _interrupted() -> None:
    _warn(_("werkbord: interrupted; run the same command again to resume"))
    sys.exit(130)
