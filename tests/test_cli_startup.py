"""Start-up of the ``werkbord`` command: --version, plain --help, and Ctrl-C while it loads."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from werkbord import __version__


def _run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "werkbord", *args], capture_output=True, text=True, **kw)


def test_version_prints_the_package_version():
    r = _run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"werkbord {__version__}"


def test_help_lists_the_commands_without_loading_rich_or_the_commands_modules():
    probe = (
        "import atexit, sys, runpy\n"
        "heavy = ('rich', 'pydantic', 'werkbord.api', 'werkbord.manifest', 'httpx')\n"
        "atexit.register(lambda: print('HEAVY', [m for m in heavy if m in sys.modules]))\n"
        "sys.argv = ['werkbord', '--help']\n"
        "runpy.run_module('werkbord', run_name='__main__')\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "provision" in r.stdout and "harvest" in r.stdout and "--version" in r.stdout
    assert "HEAVY []" in r.stdout


def test_ctrl_c_while_the_command_line_loads_exits_with_one_line():
    # Deterministic: the interrupt arrives while typer is being imported, as a Ctrl-C in the
    # first tenth of a second does.
    probe = (
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'typer':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['werkbord', 'templates', 'list']\n"
        "from werkbord.__main__ import main\n"
        "main()\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert r.returncode == 130
    assert r.stderr == "werkbord: interrupted\n"


def test_ctrl_c_in_a_weakref_callback_is_not_swallowed():
    # Deterministic: the interrupt lands where Python cannot raise it (a weakref callback, as a
    # Ctrl-C during the clean-up of a thread or a cache does): it must still end the program with
    # one line, not print "Exception ignored in ..." with a traceback and carry on.
    probe = (
        "import sys, weakref\n"
        "class Thing: pass\n"
        "def on_gone(_ref):\n"
        "    raise KeyboardInterrupt\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'typer':\n"
        "            thing = Thing()\n"
        "            ref = weakref.ref(thing, on_gone)\n"
        "            del thing\n"
        "            for _ in range(1000): pass\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['werkbord', 'templates', 'list']\n"
        "from werkbord.__main__ import main\n"
        "main()\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "Exception ignored" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert r.returncode == 130
    assert r.stderr == "werkbord: interrupted\n"


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
@pytest.mark.parametrize("delay", [0.15, 0.3])
def test_ctrl_c_early_in_a_command_exits_without_a_traceback(tmp_path, delay):
    # Later than the interpreter's own start-up (whose imports no program can guard).
    p = subprocess.Popen(
        [sys.executable, "-m", "werkbord", "provision", "--groups", "30", "--out", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert p.returncode != 0 or "Manifest:" in out  # interrupted, or it had already finished


def test_the_command_does_not_load_httpxs_own_command_line():
    # httpx imports click, rich and pygments for its CLI whenever they are installed.
    probe = (
        "import atexit, sys, runpy\n"
        "def check():\n"
        "    import httpx\n"
        "    print('RICH', 'rich' in sys.modules, 'PYGMENTS', 'pygments' in sys.modules)\n"
        "atexit.register(check)\n"
        "sys.argv = ['werkbord', '--version']\n"
        "runpy.run_module('werkbord', run_name='__main__')\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "RICH False PYGMENTS False" in r.stdout, r.stdout + r.stderr


def test_a_successful_command_ends_at_once_with_its_output_and_exit_handlers():
    probe = (
        "import atexit, sys, runpy\n"
        "atexit.register(lambda: print('exit handler ran', flush=True))\n"
        "sys.argv = ['werkbord', 'templates', 'list']\n"
        "runpy.run_module('werkbord', run_name='__main__')\n"
        "print('not reached: the process ended inside werkbord')\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("terugval\t") and r.stdout.endswith("exit handler ran\n")
    assert "not reached" not in r.stdout


def test_a_failing_command_keeps_its_exit_code_and_message(tmp_path):
    r = _run("provision", "--groups", "99", "--out", str(tmp_path))  # a Dutch session: Dutch error
    assert r.returncode == 2 and "werkbord: fout:" in r.stderr and "Traceback" not in r.stderr


def test_under_a_profiler_the_interpreter_ends_normally():
    # Profilers and coverage tools write their report when the interpreter ends normally.
    probe = (
        "import sys, runpy\n"
        "sys.setprofile(lambda *a: None)\n"
        "sys.argv = ['werkbord', '--version']\n"
        "try:\n"
        "    runpy.run_module('werkbord', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    sys.setprofile(None)\n"
        "    print('normal exit', e.code)\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert r.stdout.endswith("normal exit 0\n"), r.stdout + r.stderr


def test_ctrl_c_inside_a_command_says_so_in_one_line(tmp_path, monkeypatch, capsys):
    # typer turns a KeyboardInterrupt inside a command into a silent exit 130.
    from werkbord import api, cli
    from werkbord.i18n import _

    def interrupted(**kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "provision", interrupted)
    monkeypatch.setattr(sys, "argv", ["werkbord", "provision", "--groups", "2", "--out", str(tmp_path)])
    with pytest.raises(SystemExit) as e:
        cli.main()
    assert e.value.code == 130
    err = capsys.readouterr().err
    assert err.strip() == _("werkbord: interrupted; run the same command again to resume")
    assert "Traceback" not in err


def test_a_plain_exit_130_from_a_command_is_not_called_an_interrupt(tmp_path, monkeypatch, capsys):
    import typer

    from werkbord import api, cli

    def exits(**kwargs):
        raise typer.Exit(130)

    monkeypatch.setattr(api, "provision", exits)
    monkeypatch.setattr(sys, "argv", ["werkbord", "provision", "--groups", "2", "--out", str(tmp_path)])
    with pytest.raises(SystemExit) as e:
        cli.main()
    assert e.value.code == 130
    assert capsys.readouterr().err == ""


# What an Excalidraw board never needs: online platforms (HTTP, sign-in, the live server), the
# report writers, the paper kit, calendars and the de-identification engine. Imported by a
# provision they cost start-up time (issue #25's < 0.3 s); this keeps them from creeping back.
NOT_FOR_AN_EXCALIDRAW_BOARD = (
    "httpx",
    "authlib",
    "keyring",
    "starlette",
    "uvicorn",
    "openpyxl",
    "xlsxwriter",
    "reportlab",
    "jinja2",
    "icalendar",
    "deduce",
    "docdeid",
    "numpy",
    "werkbord.privacy.scrubber",
    "werkbord.privacy.rules",
    "werkbord.harvest",
    "werkbord.report",
    "werkbord.printkit",
    "werkbord.actions",
    "werkbord.meanwhile",  # the harvest's background reading (threads, futures, logging)
    "concurrent.futures",
    "html",  # unescaping a platform's HTML: harvest only
    # pydantic's plugin search and the check whether de-identification is prepared (deduce's
    # version) once imported these (~0.015 s): both now do without.
    "importlib.metadata",
    "email",
    # The built-in templates are found beside the package, not through importlib.resources
    # (whose reader imports zipfile).
    "importlib.resources",
    "zipfile",
)


def test_provisioning_an_excalidraw_board_imports_nothing_it_does_not_need(tmp_path):
    probe = (
        "import atexit, os, sys, runpy\n"
        f"heavy = {NOT_FOR_AN_EXCALIDRAW_BOARD!r}\n"
        "def report():\n"
        "    print('HEAVY', sorted(m for m, mod in sys.modules.items() if mod is not None and m.startswith(heavy)))\n"
        "    print('PLUGINS', os.environ.get('PYDANTIC_DISABLE_PLUGINS'))\n"
        "atexit.register(report)\n"
        # The check whether de-identification is prepared runs (and imports what it imports);
        # its answer is 'yes', so a machine without the prepared lists does not prepare them.
        "import werkbord.privacy.cachefile as cf\n"
        "checked = cf.is_prepared\n"
        "cf.is_prepared = lambda d: checked(d) or True\n"
        f"sys.argv = ['werkbord', 'provision', '--groups', '3', '--out', {str(tmp_path)!r}]\n"
        "runpy.run_module('werkbord', run_name='__main__')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert "HEAVY []" in r.stdout, r.stdout
    # pydantic's search for plugins among every installed package is skipped (~0.03 s).
    assert "PLUGINS __all__" in r.stdout


# Before a Miro harvest's first request only what that request needs is loaded; the rest waits
# for the read to be under way (werkbord.meanwhile) or is never needed: Mural's sign-in (a local
# web server and the browser), the templates, classifying and the report writers.
NOT_BEFORE_A_MIRO_HARVESTS_FIRST_REQUEST = (
    "werkbord.auth.mural",
    "authlib",
    "http.server",
    "webbrowser",
    "werkbord.template",
    "werkbord.harvest",
    "werkbord.report",
    "jinja2",
    "yaml",
    "deduce",
    "importlib.metadata",
)


def test_a_miro_harvest_asks_for_its_first_page_before_loading_what_can_wait(tmp_path):
    manifest = tmp_path / "s.werkbord.json"
    manifest.write_text('{"schema": "werkbord.manifest/1", "backend": "miro", "board": {"id": "b1"}}')
    with socket.socket() as closed:  # a port nothing listens on: the connection is refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    probe = (
        "import os, sys, runpy\n"
        f"heavy = {NOT_BEFORE_A_MIRO_HARVESTS_FIRST_REQUEST!r}\n"
        "def first_connect(event, args):\n"
        "    if event == 'socket.connect' and not os.environ.get('SEEN'):\n"
        "        os.environ['SEEN'] = '1'\n"
        "        loaded = sorted(m for m, mod in list(sys.modules.items()) if mod and m.startswith(heavy))\n"
        "        print('HEAVY', loaded, flush=True)\n"
        "sys.addaudithook(first_connect)\n"
        f"sys.argv = ['werkbord', 'harvest', {str(manifest)!r}, '--no-scrub', '--yes', '--out', {str(tmp_path)!r}]\n"
        "runpy.run_module('werkbord', run_name='__main__')\n"
    )
    env = {**os.environ, "MIRO_ACCESS_TOKEN": "t0ken-for-the-probe", "MIRO_API_URL": f"http://127.0.0.1:{port}"}
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert "HEAVY []" in r.stdout, r.stdout + r.stderr
    assert "t0ken-for-the-probe" not in r.stdout + r.stderr


def test_pydantics_plugin_loader_is_answered_without_searching_and_a_users_setting_keeps_it():
    probe = (
        "import os, sys\n"
        "from werkbord.__main__ import _without_pydantic_plugin_search\n"
        "_without_pydantic_plugin_search()\n"
        "from pydantic import BaseModel\n"
        "class M(BaseModel):\n"
        "    x: int\n"
        "print('VALID', M(x='3').x, 'METADATA', 'importlib.metadata' in sys.modules)\n"
        "from pydantic.plugin._loader import PYDANTIC_ENTRY_POINT_GROUP, get_plugins\n"
        "print('REST', PYDANTIC_ENTRY_POINT_GROUP, list(get_plugins()))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    r = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env | {"PYDANTIC_DISABLE_PLUGINS": "__all__"}
    )
    assert "VALID 3 METADATA False" in r.stdout and "REST pydantic []" in r.stdout, r.stdout + r.stderr
    # Plugins the user allowed (or disabled one by one) are searched as pydantic does.
    r = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env | {"PYDANTIC_DISABLE_PLUGINS": "logfire"}
    )
    assert "VALID 3 METADATA True" in r.stdout, r.stdout + r.stderr


def test_the_command_collects_garbage_less_often_and_a_library_user_keeps_its_settings(tmp_path):
    from werkbord import gcpolicy

    probe = (
        "import atexit, gc, sys, runpy\n"
        "atexit.register(lambda: print('GC', gc.get_threshold(), gc.get_freeze_count() > 0))\n"
        "sys.argv = ['werkbord', 'templates', 'list']\n"
        "runpy.run_module('werkbord', run_name='__main__')\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert f"GC {gcpolicy.THRESHOLD} True" in r.stdout, r.stdout + r.stderr
    # The command line loads without collections; an Excalidraw provision (next to no garbage)
    # then runs without them, other commands collect.
    counting = (
        "import atexit, gc, sys, runpy\n"
        "import werkbord.gcpolicy as policy\n"
        "start = policy.for_the_command\n"
        "def for_the_command():\n"
        "    print('LOADING', gc.isenabled(), flush=True)\n"
        "    start()\n"
        "policy.for_the_command = for_the_command\n"
        "atexit.register(lambda: print('ENABLED', gc.isenabled()))\n"
        "sys.argv = ['werkbord', *ARGS]\n"
        "runpy.run_module('werkbord', run_name='__main__')\n"
    )
    for args, enabled in (
        (["provision", "--groups", "2", "--out", str(tmp_path)], False),
        (["templates", "list"], True),
    ):
        r = subprocess.run([sys.executable, "-c", counting.replace("ARGS", repr(args))], capture_output=True, text=True)
        assert "LOADING False" in r.stdout and f"ENABLED {enabled}" in r.stdout, r.stdout + r.stderr
    library = (
        "import gc\n"
        "before = gc.get_threshold()\n"
        "from werkbord import api, gcpolicy\n"
        "gcpolicy.settled()\n"
        "print('GC', gc.get_threshold() == before, gc.get_freeze_count())\n"
    )
    r = subprocess.run([sys.executable, "-c", library], capture_output=True, text=True)
    assert "GC True 0" in r.stdout, r.stdout + r.stderr


def test_ctrl_c_wrapped_by_python_while_a_class_is_created_says_so_in_one_line(tmp_path, monkeypatch, capsys):
    # Python 3.11 turns an exception raised in __set_name__ (a Ctrl-C in the middle of an
    # import that creates a class) into a RuntimeError caused by it.
    from werkbord import api, cli
    from werkbord.i18n import _

    def interrupted_in_a_class_body(**kwargs):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as e:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance") from e

    monkeypatch.setattr(api, "provision", interrupted_in_a_class_body)
    monkeypatch.setattr(sys, "argv", ["werkbord", "provision", "--groups", "2", "--out", str(tmp_path)])
    with pytest.raises(SystemExit) as e:
        cli.main()
    assert e.value.code == 130
    err = capsys.readouterr().err
    assert err.strip() == _("werkbord: interrupted; run the same command again to resume")


def test_another_runtime_error_is_not_called_an_interrupt(tmp_path, monkeypatch):
    from werkbord import api, cli

    def fails(**kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api, "provision", fails)
    monkeypatch.setattr(sys, "argv", ["werkbord", "provision", "--groups", "2", "--out", str(tmp_path)])
    with pytest.raises(RuntimeError, match="a bug"):
        cli.main()
