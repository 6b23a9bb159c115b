"""The ``cli`` catalogue's template, for a developer: ``python -m werkbord.cli_catalogue > /tmp/cli.pot``.

Its msgids are what the command tree and click's source hold (see :mod:`werkbord.cli_words`):
every help text as typer builds it from :mod:`werkbord.cli`, the fixed words of the help page,
and the messages of click's and typer's modules that translate with gettext. Babel is in the
``test`` extra.
"""

from __future__ import annotations

import sys

from .cli_words import CLICK_MODULES, COMMAND_ARGS, HELP_OPTION, OPTIONS, TYPE_LABELS, USAGE, help_texts


def write_template(out) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file
    from babel.messages.pofile import write_po
    from typer.main import get_command

    from .cli import app

    catalog = Catalog(project="werkbord", domain="cli")
    for text in help_texts(get_command(app)):
        catalog.add(text)
    for text in (*TYPE_LABELS.values(), USAGE, OPTIONS, COMMAND_ARGS, HELP_OPTION):
        catalog.add(text)
    for name in CLICK_MODULES:
        try:
            __import__(name)
        except ImportError:  # click itself is not installed beside a typer that carries its own
            continue
        for _lineno, message, _comments, _context in extract_from_file("python", sys.modules[name].__file__):
            catalog.add(message)
    write_po(out, catalog, omit_header=False, sort_output=True, no_location=True)


if __name__ == "__main__":
    write_template(sys.stdout.buffer)
