"""``python -m werkbord`` and the ``werkbord`` command.

The command line is imported here, inside a guard: Ctrl-C while it loads (the first tenth of
a second of every command) ends the program with one line instead of a traceback.
"""

import sys


def main() -> None:
    try:
        from .cli import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write("werkbord: interrupted\n")
        sys.exit(130)
    cli_main()


if __name__ == "__main__":
    main()
