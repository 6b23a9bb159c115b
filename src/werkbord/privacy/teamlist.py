"""The team's privacy list: names and words a team keeps, and names and words it always replaces.

A plain UTF-8 text file, ``privacylijst.txt`` beside the team's manifests (or any file given
with ``--privacy-list``), which a person can read and edit::

    # Privacylijst van het team (werkbord). Bevat echte namen: deel dit bestand niet.
    [behouden]
    Fleur
    Kwadraad

    [vervangen]
    Bakker

One entry per line; ``#`` starts a comment; case and accents do not matter. ``[behouden]``
entries are never flagged for review again, and a name under a micro-action's "Wie" that is
on it stays as written (team members who own actions). ``[vervangen]`` entries are replaced
in every field of every later harvest, whatever the rules say. ``werkbord review`` adds to
both. English section names (``[keep]``, ``[replace]``) are read too.

Pure: no deduce import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..i18n import _
from .protect import shadow
from .rules import Found

FILENAME = "privacylijst.txt"
KEEP, REPLACE = "behouden", "vervangen"
_SECTIONS = {"behouden": KEEP, "keep": KEEP, "vervangen": REPLACE, "replace": REPLACE}
_HEADER = re.compile(r"^\[\s*([^\]]+?)\s*\]$")
_WORDS = re.compile(r"\w+")
MAX_BYTES = 2_000_000
REPLACE_TAG = "naam"  # what a [vervangen] entry becomes: "[NAAM-1]"

_PREAMBLE = """\
# Privacylijst van het team (werkbord).
# Dit bestand bevat echte namen: bewaar het bij de sessiebestanden en deel het niet.
# Eén naam of woord per regel; hoofdletters en accenten maken niet uit; # begint een opmerking.
# [behouden]: wordt niet meer ter controle getoond; een naam onder "Wie" blijft staan.
# [vervangen]: wordt in elke volgende oogst overal vervangen door [NAAM-n].
"""


def key(phrase: str) -> str:
    """How entries are compared: lower case, no accents, words separated by one space."""
    return " ".join(_WORDS.findall(shadow(phrase)))


@dataclass
class TeamList:
    keep: list[str] = field(default_factory=list)
    replace: list[str] = field(default_factory=list)
    path: Path | None = None

    def __post_init__(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self._keep = {key(k) for k in self.keep} - {""}
        self._replace = {key(r) for r in self.replace} - {""}
        replace = sorted(self._replace, key=lambda k: (-len(k), k))
        self._replace_rx = (
            re.compile(r"(?<!\w)(?:" + "|".join(r"\W+".join(map(re.escape, k.split())) for k in replace) + r")(?!\w)")
            if replace
            else None
        )

    def keeps(self, phrase: str) -> bool:
        return key(phrase) in self._keep

    def decided(self, phrase: str) -> bool:
        """Already on the list, either way (so not worth asking about again)."""
        k = key(phrase)
        return k in self._keep or k in self._replace

    @property
    def kept_phrases(self) -> list[str]:
        return list(self.keep)

    def to_replace(self, text: str) -> list[Found]:
        """Where ``text`` holds a [vervangen] entry (whole words, any case or accents)."""
        if self._replace_rx is None:
            return []
        return [Found(m.start(), m.end(), REPLACE_TAG) for m in self._replace_rx.finditer(shadow(text))]

    def add(self, phrase: str, section: str) -> bool:
        """Record a decision; False when the phrase was already there in that section."""
        phrase = " ".join(phrase.split())
        target, other = (self.keep, self.replace) if section == KEEP else (self.replace, self.keep)
        k = key(phrase)
        if not k or k in {key(p) for p in target}:
            return False
        other[:] = [p for p in other if key(p) != k]  # a later decision overrides an earlier one
        target.append(phrase)
        self._refresh()
        return True

    def render(self) -> str:
        def block(name: str, entries: Iterable[str]) -> str:
            return f"[{name}]\n" + "".join(f"{e}\n" for e in entries)

        return f"{_PREAMBLE}\n{block(KEEP, self.keep)}\n{block(REPLACE, self.replace)}"

    def save(self, path: Path | None = None) -> Path:
        from ..fileio import write_atomic

        target = Path(path or self.path or FILENAME)
        write_atomic(target, self.render().encode("utf-8"))
        self.path = target
        return target


def parse(text: str, *, source: str = FILENAME) -> TeamList:
    keep: list[str] = []
    replace: list[str] = []
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        header = _HEADER.match(line)
        if header:
            section = _SECTIONS.get(header.group(1).lower())
            if section is None:
                raise UsageError(
                    _("{path}, line {line}: unknown section [{name}]").format(
                        path=source, line=number, name=header.group(1)
                    ),
                    hint=_("use [behouden] or [vervangen]"),
                )
            continue
        if section is None:
            raise UsageError(
                _("{path}, line {line}: a name before any section").format(path=source, line=number),
                hint=_("put [behouden] or [vervangen] on a line above it"),
            )
        (keep if section == KEEP else replace).append(" ".join(line.split()))
    return TeamList(keep, replace)


def load(path: Path, *, missing_ok: bool = True) -> TeamList:
    """The list in ``path``; an empty list (remembering the path) when the file is not there."""
    path = Path(path)
    try:
        data = path.read_bytes()[: MAX_BYTES + 1]
    except FileNotFoundError:
        if missing_ok:
            return TeamList(path=path)
        raise UsageError(
            _("privacy list {path} not found").format(path=path),
            hint=_("check the path, or leave out --privacy-list to use {name} beside the manifest").format(
                name=FILENAME
            ),
        ) from None
    except OSError as e:
        raise UsageError(_("cannot read privacy list {path}: {error}").format(path=path, error=e.strerror)) from None
    if len(data) > MAX_BYTES:
        raise UsageError(_("privacy list {path} is too large").format(path=path), hint=_("is this the right file?"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(
            _("privacy list {path} is not UTF-8 text").format(path=path),
            hint=_("save it as UTF-8 (plain text) and try again"),
        ) from None
    found = parse(text, source=str(path))
    found.path = path
    return found


def beside(manifest_file: Path) -> Path:
    """Where a team's list lives: beside its manifest, shared by all its sessions there."""
    return Path(manifest_file).parent / FILENAME
