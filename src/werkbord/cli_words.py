"""What the command line itself says, in the user's language: help texts, and the usage errors
click and typer print ("Missing option", "Usage:", "Show this message and exit.").

werkbord's own messages are translated where they are made (:mod:`werkbord.i18n`). Two kinds of
text are not: the help texts, English strings in the command definitions (typer reads them when
the command tree is built), and click's and typer's own words, which they format with the
standard library's ``gettext`` in the ``messages`` domain nobody installs. Both go through a
catalogue of their own, ``cli`` (``locale/<lang>/LC_MESSAGES/cli.po``): :func:`localise` puts the
help texts of a built command tree into the active language, and :func:`route_click_messages`
hands click's and typer's gettext calls to that catalogue.

The ``cli`` catalogue's msgids are exactly what the command tree and click's source hold, so
it is extracted from them rather than from werkbord's source (Babel is in the ``test`` extra)::

    python -m werkbord.cli_catalogue > /tmp/cli.pot
    pybabel update -i /tmp/cli.pot -d src/werkbord/locale -D cli --no-fuzzy-matching
    # translate the new, empty entries in src/werkbord/locale/nl/LC_MESSAGES/cli.po
    pybabel compile -d src/werkbord/locale -D cli

``tests/test_cli_words.py`` fails when a help text has no Dutch translation or the .mo and .po
differ.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UsageError
from .i18n import N_, _, cli_gettext, cli_ngettext

if TYPE_CHECKING:
    import click

# The modules of click and typer that print what a user reads and translate it with gettext:
# each imported ``gettext as _`` (and some ``ngettext``) as a module global, looked up at every
# call. typer 0.29 and later carry a copy of click without gettext (its words are fixed English):
# what that copy says is put into the active language by :func:`localise` and :func:`usage_error`.
CHECKABLE = "{checkable}"  # in a help text: the backends `werkbord check` verifies, from the registry
CLICK_MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.termui",
    "click.types",
    "click.utils",
    "typer.core",
)
# Words of click's help page that its copy inside typer does not translate; :func:`localise` sets them.
USAGE, OPTIONS, COMMAND_ARGS, HELP_OPTION = ("Usage:", "OPTIONS", "COMMAND [ARGS]...", "Show this message and exit.")

# typer shows a parameter's type in angle brackets ("<path>", "<list[Path]>"); these are the
# labels it uses for werkbord's options, as msgids of the cli catalogue. A list argument already
# ends in "..." in its name, so its label is that of one element.
TYPE_LABELS = {
    "list[Path]": "path",
    "list[str]": "text",
    "path": "path",
    "str": "text",
    "int": "number",
    "float": "number",
    "file": "file",
    "directory": "folder",
}


def route_click_messages() -> None:
    """Let click's and typer's own messages speak the active language (the ``cli`` catalogue)."""
    for name in CLICK_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = cli_gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = cli_ngettext  # type: ignore[attr-defined]


def _commands(command: click.Command) -> Iterator[click.Command]:
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from _commands(sub)


def help_texts(command: click.Command) -> list[str]:
    """Every help text of ``command`` and its subcommands, as written in the code (msgids)."""
    texts: list[str] = []
    for c in _commands(command):
        texts += [t for t in (c.help, c.short_help, c.epilog) if t]
        texts += [p.help for p in c.params if getattr(p, "help", None)]
    return list(dict.fromkeys(texts))


def _type_label(label: str) -> str:
    inner = label[1:-1] if label.startswith("<") and label.endswith(">") else None
    if inner is None or inner not in TYPE_LABELS:
        return label
    return f"<{cli_gettext(TYPE_LABELS[inner])}>"


def _localise_help_page(c: click.Command) -> None:
    """The fixed words of ``c``'s help page and usage line in the active language."""
    c.options_metavar = f"[{cli_gettext(OPTIONS)}]"
    if hasattr(c, "subcommand_metavar"):
        c.subcommand_metavar = cli_gettext(COMMAND_ARGS)
    help_option = c.get_help_option

    def get_help_option(ctx, help_option=help_option):
        option = help_option(ctx)
        if option is not None:
            option.help = cli_gettext(HELP_OPTION)
        return option

    def format_usage(ctx, formatter, c=c):
        formatter.write_usage(ctx.command_path, " ".join(c.collect_usage_pieces(ctx)), f"{cli_gettext(USAGE)} ")

    c.get_help_option = get_help_option  # type: ignore[method-assign]
    c.format_usage = format_usage  # type: ignore[method-assign]


def _fill_when_shown(param: click.Parameter) -> None:
    """``param``'s help names the registry's checkable backends, looked up only when its help page
    is shown (the registry's imports would slow every other command's start)."""
    shown = param.get_help_record

    def get_help_record(ctx, shown=shown):
        from .backends import checkable_choice

        param.help = param.help.replace(CHECKABLE, checkable_choice())  # type: ignore[attr-defined]
        return shown(ctx)

    param.get_help_record = get_help_record  # type: ignore[method-assign]


def localise(command: click.Command) -> click.Command:
    """``command`` (a tree typer built) with its help texts in the active language."""
    for c in _commands(command):
        _localise_help_page(c)
        c.help = cli_gettext(c.help) if c.help else c.help
        c.short_help = cli_gettext(c.short_help) if c.short_help else c.short_help
        c.epilog = cli_gettext(c.epilog) if c.epilog else c.epilog
        for p in c.params:
            if getattr(p, "help", None):
                p.help = cli_gettext(p.help)  # type: ignore[attr-defined]
                if CHECKABLE in p.help:
                    _fill_when_shown(p)
            shown = getattr(p, "display_type", None)
            if callable(shown):
                p.display_type = lambda ctx, shown=shown: _type_label(shown(ctx))  # type: ignore[attr-defined]
    return command


# What click's parameter types say about a value they refuse (click's own words, English in the
# copy inside typer), as patterns: each becomes a sentence of werkbord's catalogue. The patterns
# here are only needed for a usage error: they are compiled then (re keeps them), not on import.
_VALUE_PROBLEMS = (
    (r"'?(?P<value>.*?)'? is not a valid (integer|float|int)\.?", N_("{value} is not a number")),
    (r"Input should be a valid (integer|number).*", N_("give a whole number")),
    (r"'?(?P<value>.*?)'? is not a valid boolean.*", N_("{value} is not yes or no")),
    (r"'?(?P<value>.*?)'? is not (one of )?(?P<choices>.*?)\.?$", N_("{value} is not one of {choices}")),
    (r"(?P<value>.*?) is not in the range (?P<range>.*?)\.?$", N_("{value} is not in the range {range}")),
    (r"(?:Path|File|Directory) '(?P<value>.*)' does not exist\.?", N_("{value} does not exist")),
)
_EXTRA_ARGUMENTS = r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)"
_NO_SUCH_COMMAND = "No such command {name!r}."  # click's words, maybe translated on their way here
# typer adds a suggestion in English to click's (possibly already translated) message:
# "No such command 'harvst'. Did you mean 'harvest'?"
_TYPER_SUGGESTION = r"(?P<message>.*?)\.? Did you mean (?P<suggestions>.*?)\?$"


def _no_such_command(message: str) -> str | None:
    """The command a "No such command 'x'." names, in English or as click's catalogue said it."""
    for words in {_NO_SUCH_COMMAND, cli_gettext(_NO_SUCH_COMMAND)}:
        before, _sep, after = words.rstrip(".").partition("{name!r}")
        found = re.fullmatch(re.escape(before) + "'?(.*?)'?" + re.escape(after) + r"\.?", message.strip(), re.S)
        if found:
            return found[1]
    return None


def _value_problem(message: str) -> str:
    for pattern, sentence in _VALUE_PROBLEMS:
        if found := re.fullmatch(pattern, message.strip(), re.S):
            return _(sentence).format(**{k: v for k, v in found.groupdict().items() if v is not None})
    return message


def _param_name(param) -> str:
    opts = [o for o in getattr(param, "opts", []) if o.startswith("-")]
    if opts:
        return " / ".join(opts)
    return (getattr(param, "name", None) or "").upper()


def usage_error(error: BaseException) -> UsageError | None:
    """A usage error click or typer raised, as werkbord's :class:`UsageError` in the active
    language with where to look (``werkbord timer --help``); None for anything else, and for
    a command given without arguments (its help page is what the user needs)."""
    kind = type(error).__name__
    if not all(hasattr(error, a) for a in ("exit_code", "format_message")) or kind == "NoArgsIsHelpError":
        return None
    ctx = getattr(error, "ctx", None)
    hint = _("see {command} --help").format(command=ctx.command_path) if ctx is not None else None
    param = getattr(error, "param", None)
    message = str(getattr(error, "message", "") or "")
    if kind == "MissingParameter" and param is not None:
        missing = _("option {name} is missing") if param.param_type_name == "option" else _("{name} is missing")
        return UsageError(missing.format(name=_param_name(param)), hint=hint)
    if kind == "NoSuchOption":
        said = _("there is no option {name}").format(name=error.option_name)  # type: ignore[attr-defined]
        if getattr(error, "possibilities", None):
            said += "; " + _("did you mean {options}?").format(options=", ".join(sorted(error.possibilities)))
        return UsageError(said, hint=hint)
    if kind == "BadOptionUsage":
        return UsageError(_("option {name} needs a value").format(name=error.option_name), hint=hint)  # type: ignore[attr-defined]
    if kind == "BadParameter" and param is not None:
        return UsageError(
            _("invalid value for {name}: {problem}").format(name=_param_name(param), problem=_value_problem(message)),
            hint=hint,
        )
    if found := re.fullmatch(_EXTRA_ARGUMENTS, message.strip(), re.S):
        return UsageError(_("too many arguments: {arguments}").format(arguments=found["args"]), hint=hint)
    suggested = re.fullmatch(_TYPER_SUGGESTION, message.strip(), re.S)
    if (name := _no_such_command(suggested["message"] if suggested else message)) is not None:
        said = _("there is no command {name}").format(name=name)
        if suggested:
            said += "; " + _("did you mean {options}?").format(options=suggested["suggestions"].replace("'", ""))
        return UsageError(said, hint=_("see werkbord --help"))
    if message.strip().rstrip(".") == "Missing command":
        return UsageError(_("a command is missing"), hint=hint)
    return UsageError(_value_problem(message or error.format_message()), hint=hint)  # type: ignore[attr-defined]


def shown_by_click(error: BaseException) -> int | None:
    """For what click shows itself (a command given without arguments: its help page; a prompt
    cut short), show it and give the exit code; None for anything else."""
    if type(error).__name__ == "Abort":
        print(_("Stopped."), file=sys.stderr)
        return 1
    if hasattr(error, "show") and isinstance(getattr(error, "exit_code", None), int):
        error.show()  # type: ignore[attr-defined]
        return error.exit_code  # type: ignore[attr-defined]
    return None


def _program_name() -> str:
    """How the user started werkbord, for the usage line: ``werkbord`` or ``python -m werkbord``."""
    main = sys.modules.get("__main__")
    if getattr(main, "__package__", None) == "werkbord":
        return "python -m werkbord"
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "werkbord"
    return name.removesuffix(".exe").removesuffix("-script.py") or "werkbord"


class _Interrupted(Exception):
    """A Ctrl-C inside a command, carried past typer, which turns it into a silent exit 130."""


def run_command(command: click.Command) -> int:
    """Run ``command`` on the process's arguments; its exit code. Usage errors are raised as
    werkbord's :class:`UsageError` in the active language, a Ctrl-C as ``KeyboardInterrupt``."""
    invoke = command.invoke

    def invoke_keeping_interrupts(ctx):
        try:
            return invoke(ctx)
        except KeyboardInterrupt as e:
            raise _Interrupted from e

    command.invoke = invoke_keeping_interrupts  # type: ignore[method-assign]
    try:
        # Not standalone: click's usage errors come here, to be said in the user's language.
        code = command.main(prog_name=_program_name(), standalone_mode=False)
    except _Interrupted:
        raise KeyboardInterrupt from None
    except Exception as e:
        if (error := usage_error(e)) is not None:
            raise error from None
        if (shown := shown_by_click(e)) is None:
            raise
        return shown
    return code if isinstance(code, int) else 0
