"""How write_reports puts its files on disk: each atomically, in threads beside the rendering,
with the user's usual mode, the pictures before the Markdown that links them, and the first
failure raised as before."""

from __future__ import annotations

import os
import stat
import threading

import pytest

import werkbord.report as report_pkg
from test_report_data import team_noord
from werkbord.errors import UsageError
from werkbord.report import write_reports


def test_files_get_the_umasks_mode_and_the_umask_is_left_alone(tmp_path):
    old = os.umask(0o027)
    try:
        files = write_reports([team_noord("nl")], tmp_path, ("md", "html", "json", "csv", "xlsx"))
        assert os.umask(0o027) == 0o027  # still what it was set to
    finally:
        os.umask(old)
    assert len(files) > 5
    for f in files:
        assert stat.S_IMODE(f.path.stat().st_mode) == 0o640, f.path.name
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_the_markdown_is_written_only_once_its_pictures_are_on_disk(tmp_path, monkeypatch):
    real = report_pkg.write_atomic
    done: list[str] = []
    seen_when_md: list[str] = []
    lock = threading.Lock()

    def recording(path, data, **kw):
        if path.suffix == ".md":
            with lock:
                seen_when_md.extend(done)
        real(path, data, **kw)
        with lock:
            done.append(path.name)

    monkeypatch.setattr(report_pkg, "write_atomic", recording)
    files = write_reports([team_noord("nl")], tmp_path, ("md", "html"))
    pictures = {f.path.name for f in files if f.path.suffix == ".svg"}
    assert pictures and pictures <= set(seen_when_md)


def test_a_write_that_fails_raises_its_error(tmp_path, monkeypatch):
    real = report_pkg.write_atomic

    def failing(path, data, **kw):
        if path.suffix == ".json":
            raise UsageError(f"cannot write {path} (disk full)")
        real(path, data, **kw)

    monkeypatch.setattr(report_pkg, "write_atomic", failing)
    with pytest.raises(UsageError, match="disk full"):
        write_reports([team_noord("nl")], tmp_path, ("md", "html", "json", "csv"))
    assert not [t for t in threading.enumerate() if t.name.startswith("werkbord-write")]  # all finished


@pytest.mark.parametrize("text", ["gewone notitie", "lone \ud800 surrogate", "nan: 1e-7 5e20 ü"])
def test_the_json_report_is_what_json_writes(tmp_path, text):
    import json

    from werkbord.report import aggregate
    from werkbord.report.jsonout import report_dict

    h = team_noord("nl")
    h.notes[0].text = text
    for g in h.groups:
        for key in g.step1:
            g.step1[key] = [text, *g.step1[key]]
    files = write_reports([h], tmp_path, ("json",))
    expected = json.dumps(report_dict(aggregate([h])), ensure_ascii=False, indent=2) + "\n"
    expected_bytes = expected.replace("\ud800", "\ufffd").encode("utf-8")
    assert files[0].path.read_bytes() == expected_bytes
    assert text.split()[0].encode() in expected_bytes  # the text is in the report
