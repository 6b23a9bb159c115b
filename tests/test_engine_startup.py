"""What each process of a harvest pays before its first note: deduce is imported without
importlib.metadata (werkbord.privacy._imports), and deduce still knows its own version."""

from __future__ import annotations

import subprocess
import sys


def test_deduce_is_imported_without_importlib_metadata_and_knows_its_version():
    probe = (
        "import sys, importlib\n"
        "from werkbord.privacy._imports import deduce_version, import_deduce\n"
        "deduce = import_deduce()\n"
        "print('LOADED', sorted(m for m in ('importlib.metadata', 'email', 'zipfile') if m in sys.modules))\n"
        "print('ATTRIBUTE', hasattr(importlib, 'metadata'))\n"
        "print('TUPLE', deduce_version())\n"
        "import importlib.metadata\n"  # imported afterwards, it is the real module
        "print('SAME', deduce.__version__ == importlib.metadata.version('deduce'), deduce.__version__)\n"
        "print('REAL', importlib.metadata.distribution('deduce').metadata['Name'])\n"
    )
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "LOADED []" in r.stdout, r.stdout
    assert "ATTRIBUTE False" in r.stdout, r.stdout
    assert "SAME True 3." in r.stdout, r.stdout
    assert "REAL deduce" in r.stdout, r.stdout
    assert "TUPLE (3, 0)" in r.stdout, r.stdout


def test_the_stand_in_asks_the_real_module_for_anything_but_deduces_version():
    from werkbord.privacy import _imports

    was = sys.modules.pop("importlib.metadata", None)
    try:
        with _imports.deduce_version_answered():
            import importlib.metadata as stand_in

            assert isinstance(stand_in, _imports._Metadata)
            assert stand_in.version("pytest") == __import__("pytest").__version__
            assert stand_in.version("deduce").startswith("3.")
        assert "importlib.metadata" in sys.modules  # the real one, imported when asked
        assert not isinstance(sys.modules["importlib.metadata"], _imports._Metadata)
    finally:
        if was is not None:
            sys.modules["importlib.metadata"] = was
            import importlib

            importlib.metadata = was
