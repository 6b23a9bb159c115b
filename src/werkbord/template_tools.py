"""A team's own werkvorm: a commented copy to edit, a check, and a JSON Schema for editors.

The schema describes the template *file* (every text once per language), derived from the
validated one-language model :class:`werkbord.template.Werkvorm`, so it cannot drift from
what the loader accepts: a committed copy ships in the package (``templates/``) and a test
keeps it equal to what :func:`template_json_schema` derives.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import TemplateError, UsageError
from .fileio import write_atomic
from .i18n import _
from .template import Werkvorm, builtin_templates, load_template, resolve_template

SCHEMA_FILE = "werkvorm.schema.json"
_TEXT = {"type": "object", "propertyNames": {"pattern": "^[a-z]{2}$"}, "minProperties": 1}


def _per_language(node: Any) -> Any:
    """Every string in the model may be written as ``{nl: ..., en: ...}`` in the file."""
    if isinstance(node, list):
        return [_per_language(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _per_language(v) for k, v in node.items()}
    if node.get("type") == "string":
        one = {k: v for k, v in out.items() if k not in ("title", "description", "default")}
        labels = {k: v for k, v in out.items() if k in ("title", "description", "default")}
        return {**labels, "anyOf": [one, {**_TEXT, "additionalProperties": one}]}
    return out


def template_json_schema() -> dict[str, Any]:
    """The JSON Schema of a werkvorm template file (YAML or JSON)."""
    schema = _per_language(copy.deepcopy(Werkvorm.model_json_schema()))
    # The loader adds 'lang' (the language it picked); a file names its 'languages' instead.
    schema["properties"].pop("lang", None)
    schema["required"] = [r for r in schema.get("required", []) if r != "lang"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "werkbord werkvorm template",
        "description": "A werkvorm for werkbord: steps, prompts, zones, parties, labels; "
        "every visible text as {nl: ..., en: ...}. Check a file with 'werkbord templates check FILE'.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def schema_path() -> Path:
    """The schema shipped beside the built-in templates."""
    return next(iter(builtin_templates().values())).parent / SCHEMA_FILE


def copy_template(source: str | Path, dest: Path, *, force: bool = False) -> Path:
    """A commented copy of ``source`` at ``dest``, named after the file, ready to edit."""
    src = resolve_template(source)
    dest = Path(dest)
    if dest.suffix.lower() not in (".yaml", ".yml"):
        raise UsageError(
            _("{path} does not end in .yaml").format(path=dest), hint=_("name the copy e.g. mijn-team.yaml")
        )
    if dest.exists() and not force:
        raise UsageError(
            _("{path} already exists").format(path=dest), hint=_("choose another name, or add --force to overwrite it")
        )
    name = re.sub(r"[^a-z0-9_-]+", "-", dest.stem.lower()).strip("-") or "mijn-werkvorm"
    text = src.read_text(encoding="utf-8")
    text, n = re.subn(r"(?m)^name:\s*\S+\s*$", f"name: {name}", text, count=1)
    if n != 1:  # pragma: no cover - every built-in template has a top-level name
        raise TemplateError(_("{path}: no top-level 'name:' line to rename").format(path=src))
    header = (
        f"# yaml-language-server: $schema={schema_path().as_uri()}\n"
        f"# Your own copy of the werkvorm '{load_template(src, _first_language(text)).name}', made by\n"
        "# 'werkbord templates copy'. Edit texts, parties, aliases and survey buckets; the guide is\n"
        "# docs/templates.md. Check it with:   werkbord templates check " + dest.name + "\n"
        "# and use it with:                    werkbord provision --template " + dest.name + " ...\n"
        "# (harvest finds it again through the session manifest).\n#\n"
    )
    write_atomic(dest, header + text)
    return dest


def _first_language(text: str) -> str:
    m = re.search(r"(?m)^languages:\s*\[\s*([a-z]{2})", text)
    return m.group(1) if m else "nl"


@dataclass(frozen=True)
class CheckResult:
    path: Path
    title: str
    languages: list[str]
    steps: int
    parties: int
    without_bucket: list[str]


def check_template(path: str | Path) -> CheckResult:
    """Load ``path`` in each of its languages; the first problem raises :class:`TemplateError`."""
    import yaml

    src = resolve_template(path)
    try:
        raw = yaml.safe_load(src.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raw = None  # loading below names the problem, with the loader's own words
    declared = raw.get("languages") if isinstance(raw, dict) else None
    langs = [x for x in declared if isinstance(x, str)] if isinstance(declared, list) else []
    loaded = [load_template(src, lang) for lang in langs or ["nl"]]
    first = loaded[0]
    return CheckResult(
        path=src,
        title=first.title,
        languages=list(first.languages),
        steps=len(first.steps),
        parties=len(first.parties),
        without_bucket=[p.label for p in first.parties if p.bucket is None],
    )


def write_schema(path: Path) -> Path:
    write_atomic(Path(path), json.dumps(template_json_schema(), indent=2, ensure_ascii=False) + "\n")
    return Path(path)


if __name__ == "__main__":  # python -m werkbord.template_tools: regenerate the shipped schema
    import sys

    print(write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else schema_path()))
