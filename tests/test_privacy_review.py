"""``werkbord review`` in a pseudo-terminal: each suspect is put to the reviewer, the answers go
into the team's privacy list beside the manifest, the harvest and its reports are rewritten, and
the next harvest of the team uses the list by itself."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from scenario import Op, region_point
from test_e2e_excalidraw import play
from werkbord import api
from werkbord.layout import layout
from werkbord.privacy import teamlist

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect drives a POSIX pseudo-terminal")

# "Vlindertuin" after "met" without an article is only flagged ("op de Vlindertuin" names a place
# or an organisation and is replaced outright: werkbord.privacy.named_organisations).
NOTE_A = "Afspraak met Vlindertuin gemist"
NOTE_B = "Gesprek over de kwakel9 uitslag"
NOTE_C = "Ook met Vlindertuin niemand bereikt"


def _cli(*args: str, cwd: Path, env: dict[str, str]):
    import pexpect

    child = pexpect.spawn(
        sys.executable, ["-m", "werkbord", *args], cwd=str(cwd), env=env, encoding="utf-8", timeout=120
    )
    return child


@pytest.fixture
def session(tmp_path, wv):
    done = api.provision(groups=1, title="Team Zuid", out=tmp_path)
    scene_path = tmp_path / "team-zuid.excalidraw"
    scene = json.loads(scene_path.read_text())
    manifest = json.loads(done.manifest_path.read_text())
    plan = layout(wv, 1, title="Team Zuid")
    play(
        scene,
        manifest,
        [
            Op("add", text=NOTE_A, to=region_point(plan, 1, "gebeurd"), new_id="n-a"),
            Op("add", text=NOTE_B, to=region_point(plan, 1, "knelpunten"), new_id="n-b"),
            Op("add", text=NOTE_C, to=region_point(plan, 1, "gebeurd", dy=120), new_id="n-c"),
        ],
    )
    scene_path.write_text(json.dumps(scene))
    env = {**os.environ, "LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "COLUMNS": "200", "NO_COLOR": "1"}
    return done.manifest_path, env


def _harvest(manifest: Path, env: dict[str, str]) -> dict:
    from test_cli import run

    done = run("harvest", manifest.name, "-f", "json,html,md", cwd=manifest.parent, env=env)  # in this process
    assert done.returncode == 0, done.stderr
    return json.loads((manifest.parent / "oogst" / "team-zuid.oogst.json").read_text(encoding="utf-8"))


def test_review_records_decisions_rewrites_reports_and_the_next_harvest_uses_the_list(session):
    manifest, env = session
    folder = manifest.parent
    report = _harvest(manifest, env)
    flagged = {r["text"] for r in report["review"]}
    assert {"Vlindertuin", "kwakel9"} <= flagged
    html_before = (folder / "oogst" / "team-zuid.oogst.html").read_text(encoding="utf-8")
    assert "<mark>Vlindertuin</mark>" in html_before

    child = _cli("review", "oogst", cwd=folder, env=env)
    answers = {"Vlindertuin": "v", "kwakel9": "b"}
    asked = []
    while True:
        i = child.expect([r"»([^«]+)«", "Behouden: "])
        if i == 1:
            break
        word = child.match.group(1)
        asked.append(word)
        child.expect(r"\[b\]ehouden, \[v\]ervangen of \[s\]toppen\? ")
        child.sendline(answers.get(word, "b"))
    child.expect(pexpect_eof())
    child.close()
    assert child.exitstatus == 0, child.before
    assert asked.count("Vlindertuin") == 1  # one answer settles the word in every note

    listed = teamlist.load(folder / teamlist.FILENAME)
    assert listed.replace == ["Vlindertuin"] and "kwakel9" in listed.keep
    rewritten = json.loads((folder / "oogst" / "team-zuid.oogst.json").read_text(encoding="utf-8"))
    texts = [t for g in rewritten["groups"] for v in g["step1"].values() for t in v]
    assert "Afspraak met [NAAM-1] gemist" in texts and "Ook met [NAAM-1] niemand bereikt" in texts
    assert not {r["text"] for r in rewritten["review"]} & {"Vlindertuin", "kwakel9"}
    html = (folder / "oogst" / "team-zuid.oogst.html").read_text(encoding="utf-8")
    assert "Vlindertuin" not in html and "Vlindertuin" not in (folder / "oogst" / "team-zuid.oogst.md").read_text()
    harvest = json.loads((folder / "oogst" / "team-zuid.harvest.json").read_text(encoding="utf-8"))
    assert all("Vlindertuin" not in n["text"] for n in harvest["notes"])
    assert not list((folder / "oogst").glob(".werkbord-review-*"))  # the scratch folder is gone

    # The next harvest of the team reads the list beside the manifest by itself.
    again = _harvest(manifest, env)
    texts = [t for g in again["groups"] for v in g["step1"].values() for t in v]
    assert "Afspraak met [NAAM-1] gemist" in texts
    assert not {r["text"] for r in again["review"]} & {"Vlindertuin", "kwakel9"}
    assert again["pseudonymisation"]["counts"].get("naam") == 2


def test_stopping_at_once_changes_nothing(session):
    manifest, env = session
    folder = manifest.parent
    _harvest(manifest, env)
    before = {p.name: p.read_bytes() for p in (folder / "oogst").iterdir()}
    child = _cli("review", "oogst", cwd=folder, env=env)
    child.expect(r"\[s\]toppen\? ")
    child.sendline("s")
    child.expect("Niets besloten")
    child.expect(pexpect_eof())
    child.close()
    assert child.exitstatus == 0
    assert {p.name: p.read_bytes() for p in (folder / "oogst").iterdir()} == before
    assert not (folder / teamlist.FILENAME).exists()


def test_review_without_a_terminal_or_a_harvest_says_what_to_do(session, tmp_path):
    import subprocess

    manifest, env = session
    empty = tmp_path / "leeg"
    empty.mkdir()
    r = subprocess.run(
        [sys.executable, "-m", "werkbord", "review", str(empty)], env=env, capture_output=True, text=True
    )
    assert r.returncode != 0 and "geen oogst in" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_broken_privacy_list_is_one_clear_line(session):
    from test_cli import run

    manifest, env = session
    (manifest.parent / teamlist.FILENAME).write_text("Fleur\n[behouden]\n", encoding="utf-8")
    r = run("harvest", manifest.name, cwd=manifest.parent, env=env)
    assert r.returncode != 0 and "regel 1" in r.stderr and "[behouden]" in r.stderr
    assert "Traceback" not in r.stderr and not (manifest.parent / "oogst").exists()


def pexpect_eof():
    import pexpect

    return pexpect.EOF


def test_a_failed_rewrite_leaves_every_report_as_it_was(session, monkeypatch):
    import werkbord.report as report

    manifest, env = session
    folder = manifest.parent
    _harvest(manifest, env)
    before = {p.name: p.read_bytes() for p in (folder / "oogst").iterdir()}
    real = report.write_reports

    def half_then_fail(harvests, out, formats):
        real(harvests, out, ["json"])  # one report made in the scratch folder, then trouble
        raise OSError("disk full")

    monkeypatch.setattr(report, "write_reports", half_then_fail)
    with pytest.raises(OSError):
        api.review(folder / "oogst", ask=lambda q: api.REVIEW_REPLACE)
    assert {p.name: p.read_bytes() for p in (folder / "oogst").iterdir()} == before
    assert "Vlindertuin" in teamlist.load(folder / teamlist.FILENAME).replace  # the reviewer's work is kept

    # The next run has nothing to ask, and finishes the job.
    monkeypatch.setattr(report, "write_reports", real)
    done = api.review(folder / "oogst", ask=lambda q: api.REVIEW_STOP)
    assert (folder / "oogst" / "team-zuid.oogst.html") in done.written
    assert "Vlindertuin" not in (folder / "oogst" / "team-zuid.oogst.html").read_text(encoding="utf-8")
    assert not list((folder / "oogst").glob(".werkbord-review-*"))
