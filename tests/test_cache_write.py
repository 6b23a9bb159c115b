"""privacy.cachefile.write_cache, which the compiled-pattern cache and the scorer's weights
cache share: a cache file is written whole or not at all, and a cache that cannot be written
costs nothing but the next run's time."""

from __future__ import annotations

import os

import pytest

from werkbord.privacy.cachefile import write_cache


def test_a_cache_file_is_written_whole_and_replaces_the_old_one(tmp_path):
    path = tmp_path / "x.marshal"
    path.write_bytes(b"old")
    write_cache(path, b"new data")
    assert path.read_bytes() == b"new data"
    assert [p.name for p in tmp_path.iterdir()] == ["x.marshal"]  # no temporary file left


def test_a_folder_that_is_not_there_writes_nothing_and_raises_nothing(tmp_path):
    path = tmp_path / "missing" / "x.marshal"
    write_cache(path, b"data")
    assert not path.parent.exists()


def test_a_write_that_fails_halfway_leaves_neither_a_file_nor_a_temporary_one(tmp_path, monkeypatch):
    path = tmp_path / "x.marshal"

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    write_cache(path, b"data")
    assert list(tmp_path.iterdir()) == []


def test_what_is_not_an_os_error_still_reaches_the_caller(tmp_path, monkeypatch):
    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_cache(tmp_path / "x.marshal", b"data")
    assert list(tmp_path.iterdir()) == []
