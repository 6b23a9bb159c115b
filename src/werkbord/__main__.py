"""``python -m werkbord`` and the ``werkbord`` command.

The command line is imported here, inside a guard: Ctrl-C while it loads (the first tenth of
a second of every command) ends the program with one line instead of a traceback.
"""

import sys


def main() -> None:
    # httpx imports its own command line (click, rich, pygments: 0.1-0.3 s) whenever they are
    # installed, and typer brings them; werkbord never runs it, so this process skips it.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    try:
        from .cli import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write("werkbord: interrupted\n")
        sys.exit(130)
    cli_main()


if __name__ == "__main__":
    main()
