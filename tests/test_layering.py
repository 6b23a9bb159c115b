"""The package layering the design promises: sign-in and the HTTP layer sit below the backends."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "werkbord"


def _imports(path: Path, package: str) -> set[str]:
    """Absolute names of the werkbord modules ``path`` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            out.add(mod)
            out.update(f"{mod}.{a.name}" for a in node.names)
    return {m for m in out if m.startswith("werkbord")}


@pytest.mark.parametrize("pkg", ["auth", "http"])
def test_sign_in_and_http_layer_never_import_the_backends(pkg):
    offenders = {
        f"{p.relative_to(SRC)} imports {m}"
        for p in sorted((SRC / pkg).glob("*.py"))
        for m in _imports(p, f"werkbord.{pkg}")
        if m == "werkbord.board" or m.startswith("werkbord.board.")
    }
    assert not offenders


def test_the_backends_import_no_sign_in_credentials_or_settings():
    # The layer above (werkbord.backends) reads the settings, signs in and hands each backend a
    # token provider; nothing under board/ does that itself.
    offenders = {
        f"{p.relative_to(SRC)} imports {m}"
        for p in sorted((SRC / "board").glob("*.py"))
        for m in _imports(p, "werkbord.board")
        if m.split(".")[1] in ("auth", "credentials", "settings")
    }
    assert not offenders


@pytest.mark.parametrize(
    "module",
    ["werkbord.auth", "werkbord.auth.miro", "werkbord.http.client", "werkbord.board.mural", "werkbord.board.miro"],
)
def test_each_module_imports_on_its_own(module):
    # A fresh interpreter per module: an import cycle shows up as an ImportError at one entry point.
    r = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
