"""The terminal speaks the session's language: the catalogue, the user's language, shell-neutral quoting."""

from __future__ import annotations

import ast
import gettext
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from werkbord import i18n
from werkbord.i18n import shell_quote, supported, system_language

SRC = Path(i18n.__file__).parent
PO = SRC / "locale" / "nl" / "LC_MESSAGES" / "werkbord.po"
MO = PO.with_suffix(".mo")


def read_po():
    from babel.messages.pofile import read_po

    with open(PO, "rb") as f:
        return read_po(f)


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{([^{}]*)\}", text))


# --- the catalogue ---------------------------------------------------------------------------------


def test_the_shipped_mo_is_the_compiled_po():
    """The .mo werkbord reads holds exactly the .po's translations: the two never drift apart."""
    po = {m.id: m.string for m in read_po() if m.id}
    with open(MO, "rb") as f:
        compiled = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
    expected = {}
    for msgid, msgstr in po.items():
        if isinstance(msgid, tuple):
            for n, form in enumerate(msgstr):
                expected[(msgid[0], n)] = form
        else:
            expected[msgid] = msgstr
    assert {k: v for k, v in compiled.items() if k != ""} == expected


def test_every_entry_is_translated_and_keeps_its_placeholders():
    cat = read_po()
    assert cat.locale.language == "nl" and not cat.fuzzy
    for m in cat:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        assert all(strings) and "fuzzy" not in m.flags, m.id
        for s in strings:
            # A placeholder renamed in a translation would raise KeyError when the message is shown.
            assert placeholders(s) == placeholders(ids[0]), (m.id, s)


def _literals_in_code() -> dict[str, Path]:
    """Every msgid written in the code: the first argument(s) of _(), N_() and ngettext()."""
    found: dict[str, Path] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                n = {"_": 1, "N_": 1, "ngettext": 2}.get(node.func.id, 0)
                for arg in node.args[:n]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.setdefault(arg.value, path)
    return found


def test_every_message_in_the_code_has_a_dutch_translation():
    catalogue = {}
    for m in read_po():
        for msgid in m.id if isinstance(m.id, tuple) else (m.id,):
            catalogue[msgid] = m.string
    used = _literals_in_code()
    assert len(used) > 250  # the scan finds the messages (an empty scan would pass anything)
    missing = {msgid: str(p.relative_to(SRC)) for msgid, p in used.items() if not catalogue.get(msgid)}
    assert not missing, "run the pybabel commands in werkbord.i18n's docstring: " + repr(missing)


def test_no_function_hides_the_translation_function():
    """``_, x = f()`` in a function that also calls ``_(...)`` would make ``_`` a local there."""
    offenders = []
    for path in SRC.rglob("*.py"):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            body = [n for stmt in fn.body for n in ast.walk(stmt)]
            inner = {id(n) for c in body if isinstance(c, ast.comprehension | ast.Lambda) for n in ast.walk(c)}
            calls = any(isinstance(n, ast.Call) and getattr(n.func, "id", None) == "_" for n in body)
            binds = [
                n.lineno
                for n in body
                if isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store) and id(n) not in inner
            ]
            if calls and binds:
                offenders.append(f"{path.relative_to(SRC)}:{fn.name}:{binds}")
    assert not offenders


def test_dutch_and_english_and_back():
    with i18n.language("nl"):
        assert i18n._("{path} already exists").format(path="x") == "x bestaat al"
        assert i18n.ngettext("{items} items, {groups} group", "{items} items, {groups} groups", 1).endswith("groep")
        assert i18n.ngettext("{items} items, {groups} group", "{items} items, {groups} groups", 3).endswith("groepen")
        with i18n.language("EN"):
            assert i18n._("{path} already exists") == "{path} already exists"
        assert i18n.current_language() == "nl"
    assert i18n.current_language() == "en"  # a library caller gets English unless it chooses
    assert i18n._("no such message") == "no such message"


# --- the user's language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "env,expected",
    [
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "nl_NL.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),  # LC_ALL wins, as in gettext
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "de:nl"}, "nl"),  # the first listed one we speak
        ({"LANG": "nl_NL.UTF-8", "LANGUAGE": "fr"}, "nl"),  # LANGUAGE without one of ours: go on
        ({"LANG": "de_DE.UTF-8"}, "en"),  # neither Dutch nor English: English
        ({"LANG": "C.UTF-8"}, "en"),  # a server's or CI's locale
        ({}, "en"),
    ],
)
def test_posix_language_from_the_environment(env, expected):
    assert system_language(env, platform="linux", windows_ui=lambda: pytest.fail("not on POSIX")) == expected


@pytest.mark.parametrize(
    "ui,expected",
    [
        ("nl_NL", "nl"),
        ("Dutch_Netherlands", "nl"),
        ("Dutch_Belgium", "nl"),
        ("en_US", "en"),
        ("English_United Kingdom", "en"),
        ("German_Germany", "en"),
        (None, "en"),
    ],
)
def test_windows_language_from_the_display_language(ui, expected):
    assert system_language({}, platform="win32", windows_ui=lambda: ui) == expected


def test_windows_honours_a_set_lang_first():
    # Git Bash and CI set LANG on Windows too; it says what the user chose for this terminal.
    assert system_language({"LANG": "en_US.UTF-8"}, platform="win32", windows_ui=lambda: "nl_NL") == "en"


def test_reading_the_windows_language_elsewhere_does_not_fail():
    # No ctypes.windll on Linux: it falls back to the locale module, and never raises.
    got = i18n._windows_ui_language()
    assert got is None or isinstance(got, str)


def test_supported_languages():
    assert [supported(x) for x in ("NL", " nl ", "nl-BE", "en_US.UTF-8", "de", "", None)] == [
        "nl",
        "nl",
        "nl",
        "en",
        None,
        None,
        None,
    ]


# --- quoting a path so it can be pasted into PowerShell or a POSIX shell ---------------------------

VALUES = [
    "sessie/team-noord.werkbord.json",
    "/home/jan/Team Noord/team-noord.werkbord.json",
    r"C:\Users\Jan de Vries\Documents\sessie\team-noord.werkbord.json",
    r"C:\Users\jan\sessie\team.werkbord.json",
    "C:\\",
    r"D:\Werk (ggz)\oogst",
    "Zorg & Welzijn/sessie",
    "Team's map/x.json",
    "$HOME/x",
    "prijs $5 & 'korting'",
    "café/Noord",
    "-rare-naam",
    "~/Downloads/x.excalidraw",
    "",
]


def powershell_argument(text: str) -> str:
    """How PowerShell reads the one argument ``text`` when it is bare, '…' or "…" (the forms
    shell_quote makes); refuses anything it would expand."""
    if text.startswith("'") and text.endswith("'") and len(text) >= 2:
        inner = text[1:-1]
        assert "'" not in inner.replace("''", ""), text
        return inner.replace("''", "'")
    if text.startswith('"') and text.endswith('"') and len(text) >= 2:
        inner = text[1:-1]
        assert not set(inner) & set('"$`'), text  # PowerShell expands $ and ` inside "…"
        return inner
    assert re.fullmatch(r"[\w./:+,=\\-]+", text) and text[0] not in "-@", text
    return text


@pytest.mark.parametrize("value", VALUES)
def test_quoted_values_read_back_the_same_in_both_shells(value):
    windows, posix = shell_quote(value, windows=True), shell_quote(value, windows=False)
    assert powershell_argument(windows) == value
    # A real POSIX shell reads the POSIX form back; the Windows form too when it has no single
    # quote to escape: one hint works in both.
    forms = [posix] + ([windows] if "'" not in value else [])
    for form in forms:
        out = subprocess.run(["sh", "-c", f"printf '%s' {form}"], capture_output=True, text=True, check=True)
        assert out.stdout == value, form
        assert shlex.split(form) == [value]


def test_plain_paths_stay_bare_and_spaces_get_double_quotes():
    assert shell_quote("sessie/team-noord.werkbord.json", windows=False) == "sessie/team-noord.werkbord.json"
    assert shell_quote(r"C:\Users\Jan de Vries\x.json", windows=True) == r'"C:\Users\Jan de Vries\x.json"'
    assert shell_quote("/home/jan/Team Noord/x.json", windows=False) == '"/home/jan/Team Noord/x.json"'
    assert shell_quote("Team's map/x.json", windows=True) == '"Team\'s map/x.json"'
    assert shell_quote("$HOME", windows=True) == "'$HOME'"


# --- the commands, in Dutch and in English ---------------------------------------------------------


def run_cli(*args: str, cwd: Path, lang: str):
    import os

    from test_cli import run

    before = os.environ.get("LANG")
    os.environ["LANG"] = lang
    try:
        return run(*args, cwd=cwd)
    finally:
        os.environ["LANG"] = before or ""


NL, EN = "nl_NL.UTF-8", "en_US.UTF-8"


def test_a_missing_manifest_in_the_users_language(tmp_path):
    from test_cli import assert_one_line_error

    for lang, words in [
        (NL, ["werkbord: fout:", "bestaat niet", "controleer het pad"]),
        (EN, ["werkbord: error:", "does not exist", "check the path"]),
    ]:
        for cmd in (
            ["harvest", "weg.werkbord.json"],
            ["links", "weg.werkbord.json"],
            ["print", "weg.werkbord.json"],
            ["report", "weg.harvest.json"],
        ):
            p = run_cli(*cmd, cwd=tmp_path, lang=lang)
            assert_one_line_error(p, *words)
            assert p.returncode == 2


def test_provision_and_harvest_speak_the_sessions_language(cli, tmp_path):
    # The user's locale is the other language each time: the session decides.
    nl = cli("provision", "--groups", "1", "--title", "Noord", "--out", tmp_path / "nl", lang=EN)
    en = cli("provision", "--groups", "1", "--title", "North", "--lang", "en", "--out", tmp_path / "en", lang=NL)
    assert nl.exit_code == 0 and en.exit_code == 0, (nl.output, en.output)
    assert "Bord:" in nl.output and "1 groep, " in nl.output and "items op het bord." in nl.output
    assert "Na de sessie (bij --scene het bestand dat je vanuit Excalidraw opsloeg): werkbord harvest" in nl.output
    assert "Board:" not in nl.output and "Board:" in en.output and "1 group, " in en.output
    assert "After the session (in --scene, the file you saved from Excalidraw): werkbord harvest" in en.output
    assert "Bord:" not in en.output

    hn = cli(
        "harvest", tmp_path / "nl" / "noord.werkbord.json", "--no-scrub", "--yes", "--out", tmp_path / "nl/o", lang=EN
    )
    he = cli(
        "harvest", tmp_path / "en" / "north.werkbord.json", "--no-scrub", "--yes", "--out", tmp_path / "en/o", lang=NL
    )
    assert hn.exit_code == 0 and he.exit_code == 0, (hn.output, he.output)
    assert "0 notities" in hn.output and "Notities gelezen" in hn.output and "0 notes" not in hn.output
    assert "0 notes" in he.output and "Notes read" in he.output and "notities" not in he.output

    # links and report follow the session too; dry runs say what they would do in it.
    linked = cli("links", tmp_path / "nl" / "noord.werkbord.json", lang=EN).output
    assert "Bord:" in linked and "Live samenwerking" in linked and "Board:" not in linked
    dry = cli(
        "provision", "--groups", "1", "--title", "Noord", "--out", tmp_path / "nl", "--dry-run", "--force", lang=EN
    ).output
    assert "zou " in dry and "vervangen (en er een kopie van bewaren)" in dry
    dry_en = cli(
        "provision",
        "--groups",
        "1",
        "--title",
        "North",
        "--lang",
        "en",
        "--out",
        tmp_path / "en",
        "--dry-run",
        "--force",
        lang=NL,
    ).output
    assert "would replace" in dry_en and "keeping a copy" in dry_en

    rn = cli("report", tmp_path / "nl/o/noord.harvest.json", "--out", tmp_path / "rn", "--format", "json", lang=EN)
    re_ = cli("report", tmp_path / "en/o/north.harvest.json", "--out", tmp_path / "re", "--format", "json", lang=NL)
    assert "(geschreven)" in rn.output and "(written)" in re_.output
    twice = cli("report", *[tmp_path / "nl/o/noord.harvest.json"] * 2, "--out", tmp_path / "r2", lang=EN)
    assert "dezelfde oogst" in str(twice.exception)


def test_a_dutch_sessions_errors_and_hints_are_dutch(cli, tmp_path):
    assert cli("provision", "--groups", "1", "--title", "T", "--out", tmp_path, lang=EN).exit_code == 0
    manifest = tmp_path / "t.werkbord.json"
    again = cli("provision", "--groups", "1", "--title", "T", "--out", tmp_path, lang=EN)
    hint = "gebruik --force om het te overschrijven, of een andere --title/--name"
    assert str(again.exception) == f"{manifest} bestaat al ({hint})"
    room = cli("links", manifest, "--room", "https://excalidraw.com/", lang=EN)
    assert "geen link naar een live-samenwerkingssessie" in str(room.exception)
    bad = cli("harvest", manifest, "--format", "pdf", lang=EN)
    assert str(bad.exception) == "onbekend formaat pdf (kies uit md,html,json,csv,xlsx)"
    paper = cli("print", manifest, "--paper", "a0", "--out", tmp_path / "p", lang=EN)
    assert "is geen papierformaat" in str(paper.exception)
    english = cli("provision", "--groups", "1", "--title", "T", "--lang", "en", "--out", tmp_path, lang=NL)
    assert "already exists" in str(english.exception)


def test_print_speaks_the_sessions_language(cli, tmp_path):
    assert cli("provision", "--groups", "1", "--title", "P", "--out", tmp_path, lang=EN).exit_code == 0
    r = cli("print", tmp_path / "p.werkbord.json", "--out", tmp_path / "pdf", lang=EN)
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Posters:   ") and "\nKit:       " in r.output


def test_templates_commands_speak_the_users_language(cli, tmp_path):
    copied = tmp_path / "mijn team.yaml"
    nl = cli("templates", "copy", "terugval", copied, lang=NL)
    assert nl.exit_code == 0, nl.output
    assert f"Geschreven: {copied}" in nl.output
    assert f'werkbord templates check "{copied}"' in nl.output  # quoted: the name has a space
    assert "Written:" in cli("templates", "copy", "terugval", tmp_path / "x.yaml", lang=EN).output
    again = cli("templates", "copy", "terugval", copied, lang=NL)
    assert "bestaat al" in str(again.exception)
    assert "stappen" in cli("templates", "check", copied, lang=NL).output
    assert "steps" in cli("templates", "check", copied, lang=EN).output
    broken = tmp_path / "kapot.yaml"
    broken.write_text("languages: [nl]\nname: x\n", encoding="utf-8")
    nl_err = cli("templates", "check", broken, lang=NL).exception
    en_err = cli("templates", "check", broken, lang=EN).exception
    assert "veld 'version': verplicht, maar ontbreekt" in str(nl_err)
    assert "field 'version': required, but missing" in str(en_err)
    assert "onbekend sjabloon 'nope'" in str(cli("templates", "show", "nope", lang=EN).exception)  # --lang nl
    assert "unknown template 'nope'" in str(cli("templates", "show", "nope", "--lang", "en", lang=NL).exception)
    assert cli("templates", "list", lang=NL).exit_code == 0


def test_check_and_auth_speak_the_users_language(cli, tmp_path, monkeypatch):
    assert str(cli("check", "trello", lang=NL).exception) == "kan 'trello' niet controleren (kies miro of mural)"
    assert str(cli("check", "trello", lang=EN).exception) == "cannot check 'trello' (choose miro or mural)"
    monkeypatch.setenv("WERKBORD_CREDENTIALS", "file")
    monkeypatch.setenv("WERKBORD_CONFIG_DIR", str(tmp_path / "cfg"))
    nl = cli("auth", "status", lang=NL).output
    en = cli("auth", "status", lang=EN).output
    assert nl.startswith("Mural: niet aangemeld (voer `werkbord auth mural` uit).")
    assert en.startswith("Mural: not signed in (run `werkbord auth mural`).")
    assert cli("auth", "logout", lang=NL).output == "Er was niemand aangemeld bij Mural.\n"


def test_prepare_speaks_the_users_language(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cli("prepare", lang=NL).output.startswith("Al voorbereid: ")
    assert cli("prepare", lang=EN).output.startswith("Already prepared: ")


@pytest.mark.parametrize(
    "lang,answer,goes_on",
    [
        ("nl", "j", True),
        ("nl", "Ja", True),
        ("nl", "y", True),
        ("nl", "n", False),
        ("nl", "", False),
        ("en", "yes", True),
        ("en", "j", False),
        ("en", "", False),
    ],
)
def test_harvest_without_scrubbing_asks_in_the_sessions_language(cli, tmp_path, monkeypatch, lang, answer, goes_on):
    from typer.testing import CliRunner

    from werkbord import cli as cli_module

    assert cli("provision", "--groups", "1", "--title", "T", "--lang", lang, "--out", tmp_path).exit_code == 0
    monkeypatch.setattr(cli_module, "_interactive", lambda: True)
    args = ["harvest", str(tmp_path / "t.werkbord.json"), "--no-scrub", "--out", str(tmp_path / "o")]
    r = CliRunner().invoke(cli_module.app, args, input=answer + "\n")
    question = {"nl": "NIET gepseudonimiseerd", "en": "will NOT be pseudonymised"}[lang]
    assert question in r.output and ("[j/N]" if lang == "nl" else "[y/N]") in r.output
    assert (r.exit_code == 0) is goes_on and (tmp_path / "o").exists() is goes_on
    if not goes_on:
        assert {"nl": "Gestopt: er is niets gelezen of geschreven.", "en": "Stopped: nothing"}[lang] in r.output
