"""fileio.holds: whether a file holds exactly some bytes (--force keeps a copy of a board it
replaces only when the board differs), compared piece by piece."""

from __future__ import annotations

import pytest

from werkbord.fileio import holds

DATA = bytes(range(256)) * 1000  # 256 kB: several of the pieces it reads


@pytest.mark.parametrize(
    ("on_disk", "same"),
    [
        (DATA, True),
        (DATA[:-1] + b"x", False),  # the last byte of the last piece
        (b"x" + DATA[1:], False),  # the first byte
        (DATA[:70000] + b"y" + DATA[70001:], False),  # inside a later piece
        (DATA[:-1], False),  # shorter
        (DATA + b"\n", False),  # longer
        (b"", False),
    ],
)
def test_holds_exactly_these_bytes(tmp_path, on_disk, same):
    path = tmp_path / "scene.excalidraw"
    path.write_bytes(on_disk)
    assert holds(path, DATA) is same


def test_empty_file_holds_no_bytes(tmp_path):
    path = tmp_path / "empty"
    path.write_bytes(b"")
    assert holds(path, b"") is True
