"""Start-up of the ``werkbord`` command: --version, plain --help, and Ctrl-C while it loads."""

from __future__ import annotations

import os
import signal
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
        "import sys, runpy\n"
        "sys.argv = ['werkbord', '--help']\n"
        "try:\n"
        "    runpy.run_module('werkbord', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('rich', 'pydantic', 'werkbord.api', 'werkbord.manifest', 'httpx') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
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


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
@pytest.mark.parametrize("delay", [0.15, 0.3])
def test_ctrl_c_early_in_a_command_exits_without_a_traceback(tmp_path, delay):
    # Later than the interpreter's own start-up (whose imports no program can guard).
    p = subprocess.Popen(
        [sys.executable, "-m", "werkbord", "provision", "--groups", "30", "--out", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    time.sleep(delay)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert p.returncode != 0 or "Manifest:" in out  # interrupted, or it had already finished


def test_the_command_does_not_load_httpxs_own_command_line():
    # httpx imports click, rich and pygments for its CLI whenever they are installed.
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['werkbord', '--version']\n"
        "try:\n"
        "    runpy.run_module('werkbord', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "import httpx\n"
        "print('RICH', 'rich' in sys.modules, 'PYGMENTS', 'pygments' in sys.modules)\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "RICH False PYGMENTS False" in r.stdout, r.stdout + r.stderr
