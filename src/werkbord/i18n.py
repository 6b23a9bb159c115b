"""Terminal messages in the session's language: gettext catalogues, one active language.

msgids are English; ``locale/<lang>/LC_MESSAGES/werkbord.mo`` translates them (only ``nl`` today).
The CLI chooses the language once per command (:func:`use_language`): the session's language
when there is one (``provision --lang``, a manifest's template language, a harvest's), else the
user's own (:func:`system_language`). Messages are translated where they are made, so an error
raised deep in the library carries its text in the active language. Library callers from Python
get English unless they choose a language.

The user's language: ``nl…`` gives Dutch, ``en…`` English; anything else (German, the ``C`` locale
of a server or CI, nothing set) gives English, the language more people read than Dutch, and the
only other one the werkvorm has. A Dutch facilitator's Windows or macOS reports ``nl_NL``.

Changing a message: edit the English in the code, then (Babel is in the ``test`` extra)::

    pybabel extract --no-location --sort-output -o /tmp/werkbord.pot src/werkbord
    pybabel update -i /tmp/werkbord.pot -d src/werkbord/locale -D werkbord --no-fuzzy-matching
    # translate the new, empty entries in src/werkbord/locale/nl/LC_MESSAGES/werkbord.po
    pybabel compile -d src/werkbord/locale -D werkbord

Both the .po and the compiled .mo are committed; tests/test_i18n.py fails when they differ or
when a message in the code has no Dutch translation. Mark a msgid that is translated later
(a module constant) with :func:`N_`, and translate it with ``_(CONSTANT)`` where it is shown.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gettext

DOMAIN = "werkbord"
LANGUAGES = ("nl", "en")  # en is the msgids themselves
LOCALE_DIR = Path(__file__).parent / "locale"

_active = ["en"]


@cache
def _catalogue(lang: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    import gettext

    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(domain, LOCALE_DIR, languages=[lang])


def _(message: str) -> str:
    """``message`` (an English msgid) in the active language."""
    lang = _active[0]
    return message if lang == "en" else _catalogue(lang).gettext(message)


def N_(message: str) -> str:
    """Marks a msgid for the catalogue where it is translated later (by ``_(variable)``)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    lang = _active[0]
    if lang == "en":
        return singular if n == 1 else plural
    return _catalogue(lang).ngettext(singular, plural, n)


# The command line's own words (help texts, click's and typer's usage errors) have a catalogue of
# their own, extracted from the command tree and click's source: see werkbord.cli_words.
CLI_DOMAIN = "cli"


def cli_gettext(message: str) -> str:
    """``message`` from the ``cli`` catalogue, in the active language."""
    lang = _active[0]
    return message if lang == "en" else _catalogue(lang, CLI_DOMAIN).gettext(message)


def cli_ngettext(singular: str, plural: str, n: int) -> str:
    lang = _active[0]
    if lang == "en":
        return singular if n == 1 else plural
    return _catalogue(lang, CLI_DOMAIN).ngettext(singular, plural, n)


def current_language() -> str:
    return _active[0]


# Windows names a locale by language ('Dutch_Netherlands.1252') where POSIX uses a code.
_NAMES = {"dutch": "nl", "nederlands": "nl", "english": "en"}


def supported(lang: str | None) -> str | None:
    """``'NL'``, ``'nl_NL.UTF-8'``, ``'nl-BE'``, ``'Dutch_Netherlands'`` → ``'nl'``; None for a
    language without a catalogue."""
    if not lang:
        return None
    code = re.split(r"[_.@:-]", lang.strip().lower(), maxsplit=1)[0]
    code = _NAMES.get(code, code)
    return code if code in LANGUAGES else None


def use_language(lang: str | None) -> str:
    """Make ``lang`` the language of what werkbord says from now on; a language without a
    catalogue (or None) means the user's own. Returns the language chosen."""
    chosen = supported(lang) or system_language()
    _active[0] = chosen
    return chosen


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """:func:`use_language` for a ``with`` block; the previous language afterwards."""
    before = _active[0]
    try:
        yield use_language(lang)
    finally:
        _active[0] = before


def system_language(
    env: Mapping[str, str] | None = None,
    *,
    platform: str | None = None,
    windows_ui: Callable[[], str | None] | None = None,
) -> str:
    """The user's language, ``nl`` or ``en`` (see the module docstring for the fall-back).

    POSIX (and macOS): ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` in gettext's order; the
    first one set decides. Windows: those variables when set (Git Bash, CI), else the display
    language of the user's Windows. ``env``, ``platform`` and ``windows_ui`` are for tests.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            # LANGUAGE is a list ('nl:en'): its first language we have a catalogue for.
            for part in value.split(":") if var == "LANGUAGE" else [value]:
                if found := supported(part):
                    return found
            if var != "LANGUAGE":
                return "en"
    if platform == "win32":
        return supported((windows_ui or _windows_ui_language)()) or "en"
    return "en"


def _windows_ui_language() -> str | None:
    """The Windows display language as a locale name ('nl_NL'), or None when it cannot be read."""
    import locale

    try:
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        name = locale.windows_locale.get(lcid)
        if name:
            return name
    except (AttributeError, OSError):
        pass
    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


# -- quoting a path or value in a command the user can paste -------------------------------------

_BARE = re.compile(r"[\w./:+,=-]+")  # \w includes letters such as é: plain words in every shell
_DOUBLE_UNSAFE = set('$`"!\\\n')  # special inside double quotes in a POSIX shell or PowerShell


def shell_quote(value: str, *, windows: bool | None = None) -> str:
    """``value`` as one argument a user can paste into PowerShell, cmd or a POSIX shell.

    Plain words stay bare; others get double quotes (the same meaning in every one of those shells
    when they hold no ``$``, backtick, ``"`` or ``!``), else single quotes (literal in PowerShell
    and POSIX alike). Only a value holding a single quote and one of those needs the platform's
    own form: PowerShell doubles the quote, POSIX closes and reopens it. A Windows path's
    backslashes are fine in double quotes except at the end (``"C:\\"``), so those get single ones.
    """
    windows = sys.platform == "win32" if windows is None else windows
    if value and _BARE.fullmatch(value) and value[0] not in "-@~":
        return value
    unsafe = set(value) & _DOUBLE_UNSAFE
    if not unsafe or (windows and unsafe == {"\\"} and not value.endswith("\\")):
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    if windows:
        return "'" + value.replace("'", "''") + "'"
    import shlex

    return shlex.quote(value)
