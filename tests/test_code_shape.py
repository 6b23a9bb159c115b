"""What keeps the code easy to change: no function longer than 100 lines (complexity is ruff's
C901, at most 25: pyproject.toml)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "werkbord"
MAX_LINES = 100


def _long_functions(source: str, where: str) -> list[str]:
    return [
        f"{where}:{n.lineno} {n.name} ({n.end_lineno - n.lineno + 1} lines)"
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.end_lineno - n.lineno + 1 > MAX_LINES
    ]


def test_the_length_check_sees_a_long_function():
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_LINES))
    assert _long_functions(f"def long():\n{body}", "m.py") == [f"m.py:1 long ({MAX_LINES + 1} lines)"]
    assert _long_functions("def short():\n    return 1\n", "m.py") == []


def test_no_function_is_longer_than_100_lines():
    found = [
        f
        for path in sorted(SRC.rglob("*.py"))
        for f in _long_functions(path.read_text(encoding="utf-8"), path.relative_to(SRC).as_posix())
    ]
    assert found == []


def test_the_code_is_formatted_by_ruff():
    """`ruff format` is the project's formatter (the version pinned in the test extra): no
    hand-kept layout, no skip markers. Run `ruff format src tests benchmarks` to fix."""
    import shutil
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is in the test extra: pip install '.[test]'"
    r = subprocess.run(
        [ruff, "format", "--check", "src", "tests", "benchmarks"], cwd=root, capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr
    skips = [
        str(p)
        for d in ("src", "tests", "benchmarks")
        for p in (root / d).rglob("*.py")
        if "# fmt" + ": skip" in p.read_text(encoding="utf-8")
    ]
    assert not skips
