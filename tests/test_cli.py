"""The command line as a user meets it: exit codes, one-line errors, what it prints.

Commands run through the entry point a process runs (``werkbord.cli.main``), in this process: a
process start costs 0.5-1 s on a busy machine and is not what these tests are about. What only a
whole process shows (start-up, Ctrl-C, the exit path, a pasted command) is tested in whole
processes: :func:`run_process` here, tests/test_cli_startup.py, tests/test_never_lose_a_report.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from werkbord.layout import layout
from werkbord.template import load_template


def _env(cwd: Path) -> dict[str, str]:
    return {"WERKBORD_CREDENTIALS": "file", "WERKBORD_CONFIG_DIR": str(cwd / ".cfg")}


def run_process(*args: str, cwd: Path, input: str | None = None) -> subprocess.CompletedProcess:
    """``python -m werkbord ARGS`` in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "werkbord", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        input=input,
        env={**os.environ, **_env(cwd)},
        timeout=120,
    )


def run(
    *args: str, cwd: Path, input: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """``werkbord ARGS`` in ``cwd`` through the process's entry point, in this process, with ``env``
    on top of this process's environment: its exit code, stdout and stderr as :func:`run_process`
    gives them (a crash is a traceback on stderr and exit 1, as the interpreter would end it).
    Nothing the command changes in this process outlives the call: working folder, environment,
    arguments, standard streams, the language, logging. De-identification counts as prepared, as
    with the ``cli`` fixture: provision does not stop to prepare it (a harvest still prepares what
    it needs); tests/test_prepare.py is about that."""
    import logging
    import traceback

    from click.testing import CliRunner

    from werkbord import api, cli, i18n

    root = logging.getLogger()
    kept = (os.getcwd(), sys.argv, i18n.current_language(), root.handlers[:], root.level, api.privacy_prepared)
    with CliRunner().isolation(input=input, env={**_env(cwd), **(env or {})}) as (out, err, _):
        os.chdir(cwd)
        sys.argv = ["werkbord", *map(str, args)]
        api.privacy_prepared = lambda: True
        try:
            cli.main()
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 0 if e.code is None else 1
            if isinstance(e.code, str):
                print(e.code, file=sys.stderr)
        except Exception:  # noqa: BLE001 — what the interpreter does with it
            traceback.print_exc()
            code = 1
        finally:
            os.chdir(kept[0])
            sys.argv = kept[1]
            i18n.use_language(kept[2])
            root.handlers[:] = kept[3]
            root.setLevel(kept[4])
            api.privacy_prepared = kept[5]
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    return subprocess.CompletedProcess(["werkbord", *args], code, stdout, stderr)


def assert_one_line_error(p: subprocess.CompletedProcess, *fragments: str) -> None:
    assert p.returncode != 0
    assert "Traceback" not in p.stderr
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, p.stderr
    for f in fragments:
        assert f in lines[0]


def test_provision_writes_scene_and_manifest(tmp_path):
    p = run("provision", "--groups", "4", "--title", "Team Noord", "--start", "14:00", "--out", "sessie", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    scene = json.loads((tmp_path / "sessie" / "team-noord.excalidraw").read_text())
    manifest = json.loads((tmp_path / "sessie" / "team-noord.werkbord.json").read_text())
    assert scene["type"] == "excalidraw" and scene["files"] == {}
    assert manifest["backend"] == "excalidraw" and len(manifest["groups"]) == 4
    assert manifest["board"]["path"] == "team-noord.excalidraw"
    assert manifest["complete"] is True
    # The privacy notice is repeated once, on stderr, so it never ends up in piped output.
    assert p.stderr.count("herkenbaar") == 1
    assert "team-noord.werkbord.json" in p.stdout


def test_second_run_refuses_then_force_overwrites(tmp_path):
    assert run("provision", "--title", "X", "--out", ".", cwd=tmp_path).returncode == 0
    again = run_process("provision", "--title", "X", "--out", ".", cwd=tmp_path)  # a whole process
    assert_one_line_error(again, "bestaat al", "--force")  # a Dutch session: Dutch in the terminal
    forced = run("provision", "--title", "X", "--out", ".", "--force", "--groups", "2", cwd=tmp_path)
    assert forced.returncode == 0
    assert len(json.loads((tmp_path / "x.werkbord.json").read_text())["groups"]) == 2


@pytest.mark.parametrize(
    "args,fragment",
    [
        (["--groups", "0"], "--groups 0"),
        (["--groups", "31"], "--groups 31"),
        (["--start", "25:00"], "--start"),
        (["--template", "nope"], "onbekend sjabloon 'nope'"),
        (["--lang", "de"], "'de'"),
        (["--participants", "0"], "--participants"),
        (["--backend", "paper"], "onbekende backend 'paper'"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path, args, fragment):
    p = run("provision", "--out", "s", *args, cwd=tmp_path)
    assert_one_line_error(p, fragment)
    assert not (tmp_path / "s").exists() or not any((tmp_path / "s").iterdir())


def test_unwritable_out(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    p = run("provision", "--out", str(blocker / "sub"), cwd=tmp_path)
    assert_one_line_error(p, "kan niet schrijven")


def test_broken_template_names_file_and_field(tmp_path):
    bad = tmp_path / "mijn.yaml"
    bad.write_text("languages: [nl]\nname: x\n", encoding="utf-8")
    p = run("provision", "--template", str(bad), "--lang", "nl", "--out", "s", cwd=tmp_path)
    assert_one_line_error(p, "mijn.yaml", "veld '")


def test_templates_list_and_show(tmp_path):
    listed = run("templates", "list", cwd=tmp_path)
    assert listed.returncode == 0 and "terugval" in listed.stdout
    shown = run("templates", "show", "terugval", "--lang", "en", cwd=tmp_path)
    assert shown.returncode == 0 and "Step 2" in shown.stdout


def test_harvest_of_missing_or_foreign_manifest(tmp_path):
    assert_one_line_error(run("harvest", "nope.werkbord.json", cwd=tmp_path), "does not exist")
    (tmp_path / "other.json").write_text('{"hello": 1}')
    assert_one_line_error(run("harvest", "other.json", cwd=tmp_path), "not a werkbord manifest")
    (tmp_path / "broken.json").write_text('{"schema": ')
    assert_one_line_error(run("harvest", "broken.json", cwd=tmp_path), "not valid JSON")


def test_english_board(tmp_path):
    p = run("provision", "--lang", "en", "--title", "Team North", "--out", ".", cwd=tmp_path)
    assert p.returncode == 0
    scene = (tmp_path / "team-north.excalidraw").read_text()
    assert "Group 1" in scene and "Groep 1" not in scene


def test_no_scrub_needs_confirming_and_marks_the_report(tmp_path):
    assert run("provision", "--groups", "1", "--title", "S", "--out", ".", cwd=tmp_path).returncode == 0
    refused = run("harvest", "s.werkbord.json", "--no-scrub", "--out", "o", cwd=tmp_path)
    assert_one_line_error(refused, "--no-scrub", "--yes")
    assert not (tmp_path / "o").exists()
    ok = run("harvest", "s.werkbord.json", "--no-scrub", "--yes", "--out", "o", "--format", "md,csv", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "niet gepseudonimiseerd" in (tmp_path / "o" / "s.oogst.md").read_text().lower()
    assert "niet gepseudonimiseerd" in (tmp_path / "o" / "s.oogst.csv").read_text(encoding="utf-8-sig").lower()
    assert not (tmp_path / "o" / "s.oogst.html").exists()
    assert "NIET gepseudonimiseerd" in ok.stdout


def test_harvest_bad_format(tmp_path):
    assert run("provision", "--groups", "1", "--title", "S", "--out", ".", cwd=tmp_path).returncode == 0
    assert_one_line_error(run("harvest", "s.werkbord.json", "--format", "pdf", cwd=tmp_path), "pdf")


def test_own_template_is_remembered_for_harvest(tmp_path):
    import yaml

    src = Path(__file__).resolve().parents[1] / "templates" / "terugval.yaml"
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    data["steps"][0]["sections"][0]["prompts"][0]["text"] = {"nl": "Wie deed er mee?", "en": "Who took part?"}
    own = tmp_path / "eigen.yaml"
    own.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert run("provision", "--template", str(own), "--title", "E", "--out", ".", cwd=tmp_path).returncode == 0
    manifest = json.loads((tmp_path / "e.werkbord.json").read_text())
    assert manifest["template"]["path"] == str(own.resolve())
    p = run("harvest", "e.werkbord.json", "--no-scrub", "--yes", "--format", "json", "--out", "o", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    report = json.loads((tmp_path / "o" / "e.oogst.json").read_text())
    assert "Wie deed er mee?" in json.dumps(report, ensure_ascii=False)


def test_dry_run_tells_what_the_real_run_would_do(tmp_path):
    p = run("provision", "--title", "D", "--groups", "2", "--out", ".", "--dry-run", cwd=tmp_path)
    assert p.returncode == 0 and "zou d.excalidraw schrijven" in p.stdout and "2 groepen" in p.stdout
    assert not list(tmp_path.iterdir())
    plan_items = len(layout(load_template("terugval", "nl"), 2, title="D").items)
    assert f"{plan_items} items" in p.stdout  # items, as the real run counts them (not scene elements)
    assert run("provision", "--title", "D", "--out", ".", cwd=tmp_path).returncode == 0
    before = {f.name: f.read_bytes() for f in tmp_path.iterdir()}
    # Beside an existing session the real run refuses, and so does the dry run, with the same words.
    real = run("provision", "--title", "D", "--out", ".", cwd=tmp_path)
    dry = run("provision", "--title", "D", "--out", ".", "--dry-run", cwd=tmp_path)
    assert dry.returncode == real.returncode != 0 and dry.stderr == real.stderr
    forced = run("provision", "--title", "D", "--out", ".", "--dry-run", "--force", cwd=tmp_path)
    assert forced.returncode == 0 and "vervangen (en er een kopie van bewaren)" in forced.stdout
    assert {f.name: f.read_bytes() for f in tmp_path.iterdir()} == before


def test_a_scene_with_work_in_it_is_not_overwritten_without_force(tmp_path):
    assert run("provision", "--title", "W", "--out", ".", cwd=tmp_path).returncode == 0
    scene = tmp_path / "w.excalidraw"
    worked = scene.read_text().replace('"Naasten"', '"Naasten (verplaatst)"', 1)
    scene.write_text(worked)
    (tmp_path / "w.werkbord.json").rename(tmp_path / "elders.json")  # the manifest went missing
    again = run("provision", "--title", "W", "--out", ".", cwd=tmp_path)
    assert_one_line_error(again, "w.excalidraw bestaat al", "--force")
    assert scene.read_text() == worked
    forced = run("provision", "--title", "W", "--out", ".", "--force", cwd=tmp_path)
    assert forced.returncode == 0
    assert scene.read_text() != worked
    # The participants' work is kept beside the new board, and the output says where.
    (copy,) = tmp_path.glob("w.backup-*.excalidraw")
    assert copy.read_text() == worked and f"Kopie van het vervangen bestand bewaard: {copy.name}" in forced.stdout


def test_force_keeps_the_old_manifest(tmp_path):
    assert run("provision", "--title", "M", "--out", ".", cwd=tmp_path).returncode == 0
    old = (tmp_path / "m.werkbord.json").read_bytes()
    forced = run("provision", "--title", "M", "--out", ".", "--force", "--groups", "2", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    (copy,) = tmp_path.glob("m.backup-*.werkbord.json")
    assert copy.read_bytes() == old and copy.name in forced.stdout


def test_report_refuses_the_same_harvest_twice(tmp_path):
    assert run("provision", "--groups", "1", "--title", "R", "--out", ".", cwd=tmp_path).returncode == 0
    h = run("harvest", "r.werkbord.json", "--no-scrub", "--yes", "--out", "o", "--format", "json", cwd=tmp_path)
    assert h.returncode == 0
    twice = run("report", "o/r.harvest.json", "o/r.harvest.json", "--out", "c", cwd=tmp_path)
    assert_one_line_error(twice, "dezelfde oogst")


def test_harvest_prints_a_summary_and_says_what_it_replaced(tmp_path):
    assert run("provision", "--groups", "2", "--title", "Team Noord", "--out", ".", cwd=tmp_path).returncode == 0
    args = ("harvest", "team-noord.werkbord.json", "--no-scrub", "--yes", "--out", "o", "--format", "html,csv,xlsx")
    first = run(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Groepen die werkten: 0 van 2 (aan stap 2: 0)" in first.stdout
    assert "Partijen in een ring gezet: 0" in first.stdout and "Micro-acties: 0" in first.stdout
    assert "team-noord.oogst.html  (geschreven)" in first.stdout
    assert "team-noord.oogst.xlsx  (geschreven)" in first.stdout
    again = run(*args, cwd=tmp_path)
    assert "team-noord.oogst.html  (vervangen)" in again.stdout
    assert "team-noord.harvest.json  (vervangen)" in again.stdout


def test_timer_rejects_bad_steps_and_minutes_before_anything_else(tmp_path):
    assert run("provision", "--groups", "1", "--title", "T", "--out", ".", cwd=tmp_path).returncode == 0
    assert_one_line_error(run("timer", "t.werkbord.json", "--step", "4", cwd=tmp_path), "--step 4")
    assert_one_line_error(run("timer", "t.werkbord.json", "--step", "1", "--minutes", "nan", cwd=tmp_path), "--minutes")
    assert_one_line_error(run("timer", "t.werkbord.json", "--step", "1", "--groups", "5", cwd=tmp_path), "--groups")


def test_each_command_counts_its_own_progress(capsys):
    """Two uploads in one process each report their last count: nothing is remembered between them."""
    from werkbord import cli as werkbord_cli

    for _ in range(2):
        report = werkbord_cli._count_progress()
        report(80, 80)
        report(80, 80)  # the same count twice is said once
    err = capsys.readouterr().err
    assert err.count("80/80") == 2
