"""``python -m werkbord`` and the ``werkbord`` command.

The command line is imported here, inside a guard: Ctrl-C while it loads (the first tenth of
a second of every command) ends the program with one line instead of a traceback. A command
that succeeded ends the process at once (see :func:`_exit_now`).
"""

import os
import sys


def main() -> None:
    sys.unraisablehook = _ctrl_c_is_not_swallowed
    # httpx imports its own command line (click, rich, pygments: 0.1-0.3 s) whenever they are
    # installed, and typer brings them; werkbord never runs it, so this process skips it.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    # pydantic looks for plugins (entry points of every installed package: ~0.03 s) before it
    # builds the first model; werkbord's command has none to load. One set by the user stays.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _without_pydantic_plugin_search()
    import gc

    gc.disable()  # while the command line loads (see werkbord.gcpolicy)
    try:
        from . import gcpolicy
        from .cli import main as cli_main

        gcpolicy.for_the_command()  # see werkbord.gcpolicy
    except KeyboardInterrupt:
        sys.stderr.write("werkbord: interrupted\n")
        sys.exit(130)
    try:
        cli_main()
    except SystemExit as e:
        if e.code not in (0, None):
            raise
    try:
        _exit_now()
    except KeyboardInterrupt:  # Ctrl-C as it ends, its work written: one line, no traceback
        sys.stderr.write("werkbord: interrupted\n")
        sys.exit(130)


def _ctrl_c_is_not_swallowed(unraisable) -> None:
    """A Ctrl-C that lands in a weakref callback or a finaliser cannot propagate: Python prints
    "Exception ignored in ..." with a traceback and carries on, so the user's interrupt is lost.
    Here it is handed to the main thread instead, which ends with one line as any Ctrl-C does:
    a moment later, from a thread of its own, since raised while this hook runs it would be
    swallowed the same way. Anything else goes to Python's own hook."""
    if issubclass(unraisable.exc_type, KeyboardInterrupt):
        import _thread

        _thread.start_new_thread(_interrupt_the_main_thread, ())
        return
    sys.__unraisablehook__(unraisable)


def _interrupt_the_main_thread() -> None:
    import _thread
    import time

    time.sleep(0.01)  # the hook has returned by then
    _thread.interrupt_main()


_PLUGIN_LOADER = "pydantic.plugin._loader"


def _without_pydantic_plugin_search() -> None:
    """With every pydantic plugin disabled, pydantic still imports its plugin loader, and with it
    :mod:`importlib.metadata` and the email parser (~0.015 s of a provision), only to ask the
    environment variable. Here the loader answers "no plugins" itself; whatever else pydantic
    asks of it comes from the real module."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") != "__all__" or _PLUGIN_LOADER in sys.modules:
        return
    import types

    loader = types.ModuleType(_PLUGIN_LOADER)

    def get_plugins() -> tuple[()]:
        return ()

    def real(name: str):
        if name.startswith("__"):  # the import system asking whether it is a package
            raise AttributeError(name)
        if sys.modules.get(_PLUGIN_LOADER) is loader:
            del sys.modules[_PLUGIN_LOADER]
        import importlib

        return getattr(importlib.import_module(_PLUGIN_LOADER), name)

    loader.get_plugins = get_plugins  # type: ignore[attr-defined]
    loader.__getattr__ = real  # type: ignore[attr-defined]
    sys.modules[_PLUGIN_LOADER] = loader


def _exit_now() -> None:
    """End a successful run without the interpreter's teardown.

    Everything werkbord writes is on disk by now (atomically, fsynced). What is left is
    freeing every object one by one: with pydantic, httpx and deduce's lookup lists loaded
    that took 0.1-0.5 s after the last answer from the board on a busy 2-core machine, longer
    than the work of a small command. Exit handlers still run and output is flushed; if a
    thread is still working, or a profiler or coverage tool watches, the normal exit is taken.
    """
    import atexit
    import os
    import threading

    busy = any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread())
    # A profiler or coverage tool running werkbord reports when the interpreter ends normally.
    if busy or sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(0)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away or closed the stream
        sys.exit(0)
    os._exit(0)


if __name__ == "__main__":
    main()
