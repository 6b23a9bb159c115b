"""The command line's own words in the user's language: help pages, usage errors, JSON errors."""

from __future__ import annotations

import gettext
import json
import re
import sys

import pytest
import typer.main

from werkbord import cli
from werkbord.cli_words import COMMAND_ARGS, HELP_OPTION, OPTIONS, TYPE_LABELS, USAGE, help_texts
from werkbord.i18n import LOCALE_DIR

NL = "nl_NL.UTF-8"
EN = "en_US.UTF-8"


def run(monkeypatch, capsys, *args, lang=NL):
    """``werkbord ARGS`` through the real entry point, in a user's locale: (exit code, out, err).
    De-identification counts as prepared: provision does not stop to prepare it (not these tests' point)."""
    from werkbord import api

    monkeypatch.setattr(api, "privacy_prepared", lambda: True)
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setattr(sys, "argv", ["werkbord", *map(str, args)])
    with pytest.raises(SystemExit) as e:
        cli.main()
    out, err = capsys.readouterr()
    return e.value.code, out, err


@pytest.fixture(scope="module")
def dutch_session(tmp_path_factory):
    from werkbord import api

    out = tmp_path_factory.mktemp("sessie")
    return api.provision(groups=2, title="Team Noord", out=out).manifest_path


def _cli_catalogue() -> gettext.GNUTranslations:
    return gettext.translation("cli", LOCALE_DIR, languages=["nl"])


def test_every_help_text_and_help_page_word_has_a_dutch_translation():
    nl = _cli_catalogue()
    texts = help_texts(typer.main.get_command(cli.app))
    assert len(texts) > 40  # the whole tree: every command's and option's help
    words = [*texts, *set(TYPE_LABELS.values()), USAGE, OPTIONS, COMMAND_ARGS, HELP_OPTION]
    untranslated = [t for t in words if nl.gettext(t) == t]
    assert not untranslated, "run the commands in werkbord.cli_words' docstring: " + repr(untranslated)


def test_the_cli_catalogues_mo_is_its_compiled_po_and_keeps_placeholders():
    from babel.messages.pofile import read_po

    folder = LOCALE_DIR / "nl" / "LC_MESSAGES"
    with open(folder / "cli.po", "rb") as f:
        po = {m.id: m.string for m in read_po(f) if m.id and (m.string if isinstance(m.string, str) else all(m.string))}
    expected = {}
    for msgid, msgstr in po.items():
        if isinstance(msgid, tuple):
            expected |= {(msgid[0], n): form for n, form in enumerate(msgstr)}
        else:
            expected[msgid] = msgstr
            assert set(re.findall(r"\{([^{}]*)\}", msgid)) == set(re.findall(r"\{([^{}]*)\}", msgstr)), msgid
    with open(folder / "cli.mo", "rb") as f:
        compiled = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
    assert {k: v for k, v in compiled.items() if k != ""} == expected


def test_help_is_dutch_for_a_dutch_user(monkeypatch, capsys):
    code, out, _err = run(monkeypatch, capsys, "provision", "--help")
    assert code == 0
    assert out.startswith("Gebruik: werkbord provision [OPTIES]")
    for dutch in ("Opties", "Aantal groepen (1-30).", "Toon deze hulp en stop.", "standaard:"):
        assert dutch in out
    for english in ("Usage:", "Options", "Number of breakout groups", "Show this message", "default:"):
        assert english not in out


def test_help_is_english_for_an_english_user(monkeypatch, capsys):
    code, out, _err = run(monkeypatch, capsys, "provision", "--help", lang=EN)
    assert code == 0 and out.startswith("Usage: werkbord provision [OPTIONS]")
    assert "Number of breakout groups (1-30)." in out and "Show this message and exit." in out


def test_a_missing_option_is_one_line_in_the_users_language(monkeypatch, capsys, dutch_session):
    code, out, err = run(monkeypatch, capsys, "timer", dutch_session)
    assert code == 2 and out == ""
    assert err == "werkbord: fout: optie --step / -s ontbreekt (zie werkbord timer --help)\n"

    code, _out, err = run(monkeypatch, capsys, "timer", "x.werkbord.json", lang=EN)
    assert code == 2 and err == "werkbord: error: option --step / -s is missing (see werkbord timer --help)\n"


def test_a_usage_error_on_a_dutch_session_is_dutch_for_an_english_user(monkeypatch, capsys, dutch_session):
    # The session's language wins over the user's once the command line names the manifest.
    code, _out, err = run(monkeypatch, capsys, "timer", dutch_session, lang=EN)
    assert code == 2 and "optie --step / -s ontbreekt" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["provision", "--groups", "abc"], "ongeldige waarde voor --groups / -g: geef een heel getal"),
        (["provision", "--bogus"], "optie --bogus bestaat niet"),
        (["provision", "--groups"], "optie --groups heeft een waarde nodig"),
        (["harvest"], "MANIFEST ontbreekt"),
        (["harvest", "a.werkbord.json", "b"], "te veel argumenten: b"),
        (["bogus"], "opdracht bogus bestaat niet"),
        (["harvst"], "opdracht harvst bestaat niet; bedoelde je harvest?"),
    ],
)
def test_usage_errors_are_dutch_one_line_and_exit_2(monkeypatch, capsys, args, said):
    code, _out, err = run(monkeypatch, capsys, *args)
    assert code == 2
    assert err.startswith("werkbord: fout: ") and said in err and err.count("\n") == 1
    for english in ("Error", "Missing", "Invalid value", "No such", "Got unexpected", "Try '", "Did you"):
        assert english not in err


def test_a_mistyped_command_is_named_once_with_the_suggestion_in_english_too(monkeypatch, capsys):
    code, _out, err = run(monkeypatch, capsys, "harvst", lang="en_GB.UTF-8")
    assert code == 2
    assert err == "werkbord: error: there is no command harvst; did you mean harvest? (see werkbord --help)\n"


def test_a_command_without_arguments_shows_its_help(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, "templates")
    assert code == 2 and "Gebruik: werkbord templates" in out + err and "list" in out + err


def test_a_json_error_is_rephrased_with_line_and_column(monkeypatch, capsys, tmp_path):
    bad = tmp_path / "kapot.werkbord.json"
    bad.write_text('{"name": "x",\n  "title" "Team"}', encoding="utf-8")
    code, _out, err = run(monkeypatch, capsys, "harvest", bad)
    assert code == 2
    assert "regel 2, kolom 11: hier verwachtte ik een dubbele punt" in err
    assert "Expecting" not in err and "delimiter" not in err


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"a": 1,}', "een komma te veel"),  # python 3.13 names it; older ones expect a name
        ('{"a": }', "hier verwachtte ik een waarde"),
        ('{"a": "b"} x', "na het einde van de JSON volgt nog meer"),
        ('{"a": "b', "nergens wordt afgesloten"),
    ],
)
def test_json_problems_are_said_in_dutch(text, problem):
    from werkbord.fileio import json_problem
    from werkbord.i18n import language

    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        with language("nl"):
            said = json_problem(e)
    if "komma te veel" in problem and sys.version_info < (3, 13):
        problem = "hier verwachtte ik een naam tussen dubbele aanhalingstekens"
    assert said.startswith("regel 1, kolom ") and problem in said


def test_an_unknown_board_language_names_the_template_not_a_path(monkeypatch, capsys, tmp_path):
    code, _out, err = run(monkeypatch, capsys, "provision", "--lang", "de", "--out", tmp_path)
    assert code == 2 and "terugval" in err
    assert "site-packages" not in err and "/" not in err.split("(")[0].replace("werkbord:", "")


def test_links_of_an_excalidraw_file_name_the_board_once(monkeypatch, capsys, dutch_session):
    code, out, err = run(monkeypatch, capsys, "links", dutch_session)
    assert code == 0
    assert out.count(".excalidraw") == 1 and out.startswith("Bord: ")
    assert "--room" in err and "Live samenwerking" in err


def test_provision_labels_no_file_path_as_a_link(monkeypatch, capsys, tmp_path):
    code, out, _err = run(monkeypatch, capsys, "provision", "--groups", "1", "--out", tmp_path)
    assert code == 0 and "Link:" not in out and "Bord:" in out


def test_report_help_names_its_argument_plainly(monkeypatch, capsys):
    _code, out, _err = run(monkeypatch, capsys, "report", "--help", lang=EN)
    assert "list[" not in out and "HARVEST.json" in out


def test_timer_help_lists_its_keys(monkeypatch, capsys):
    _code, out, _err = run(monkeypatch, capsys, "timer", "--help")
    flat = " ".join(out.split())
    assert "p pauze" in flat and "q stop" in flat


def _said(tree, args: list[str], capsys) -> str:
    """What the command tree prints or raises for ``args``."""
    try:
        tree.main(args, prog_name="werkbord", standalone_mode=False)
    except Exception as e:  # a usage error: its words
        return f"{type(e).__name__}: {e}"
    return capsys.readouterr().out


def test_a_command_line_builds_only_its_command_and_reads_the_same(capsys):
    full = cli.command([])
    for name, sub in full.commands.items():
        partial = cli.command([name, "--help"])
        if hasattr(sub, "commands"):  # a group (auth, templates): the whole tree, as before
            assert set(partial.commands) == set(full.commands)
            continue
        assert list(partial.commands) == [name]  # the others are not built
        for args in ([name, "--help"], [name, "--no-such-option"]):
            assert _said(partial, args, capsys) == _said(full, args, capsys), args
    assert cli.command(["--verbose", "harvest"]).commands.keys() == full.commands.keys()
    assert cli.command(["harvst"]).commands.keys() == full.commands.keys()  # a typo: click suggests


def test_the_check_commands_help_names_the_checkable_backends_from_the_registry(monkeypatch, capsys):
    # A backend added to the registry is named in `werkbord check --help` with no help text edited.
    from werkbord.backends import REGISTRY, BackendEntry

    extra = BackendEntry(
        "trello",
        "werkbord.board.mural:MuralBackend",
        online=True,
        local=False,
        self_check="werkbord.board.check:check_mural",
    )
    monkeypatch.setitem(REGISTRY, "trello", extra)
    _code, english, _err = run(monkeypatch, capsys, "check", "--help", lang=EN)
    assert "The service to check: miro, mural or trello." in " ".join(english.split())
    _code, dutch, _err = run(monkeypatch, capsys, "check", "--help")
    assert "De dienst die je controleert: miro, mural of trello." in " ".join(dutch.split())
    assert "{checkable}" not in english + dutch
