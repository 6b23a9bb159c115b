"""Parsing a step-3 micro-action form: "Partij: / Micro-actie: / Verwacht effect:".

Tolerant of what people do with a sticky: labels missing, in another order, in lower case,
without a colon, values on the next line, extra lines. Optional "Wie:" and "Wanneer:" lines
give an owner and a deadline.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..template import FormLabels
from ..textnorm import normalise

FIELDS = ("party", "action", "effect", "owner", "deadline")
_ONE_LINE = {"party", "owner", "deadline"}  # short values: a further line starts the next field


@dataclass(slots=True)
class ParsedForm:
    values: dict[str, str] = field(default_factory=dict)
    labelled: bool = False  # at least one label was recognised
    # Where each value came from in the text as written: (field, start, end) per piece, in text
    # order. A value of several lines has several pieces. Lets the pseudonymiser treat each stretch
    # of a form by its field ("Wanneer: 1 juni" keeps its date) in one pass over the whole text.
    spans: list[tuple[str, int, int]] = field(default_factory=list)

    def get(self, name: str) -> str | None:
        return self.values.get(name) or None

    @property
    def empty(self) -> bool:
        return not any(self.values.values())


def _label_patterns(label: str) -> list[str]:
    """Ways people write a printed label: "Micro-actie" as "micro actie", "microactie",
    "MICRO-ACTIE" or just "Actie"; "Verwacht effect" as "Verwachte effect" or "Effect"."""
    words = normalise(label).split()
    patterns = [r"[\s\-]*".join(re.escape(w) + "e?" for w in words)]
    if len(words) > 1:
        patterns.append(re.escape(words[-1]) + "e?")
    return patterns


class FormParser:
    def __init__(self, labels: FormLabels, extra: dict[str, list[str]] | None = None) -> None:
        alternatives: list[tuple[str, str]] = []
        for name in FIELDS:
            for label in [getattr(labels, name), *(extra or {}).get(name, [])]:
                alternatives += [(name, pat) for pat in _label_patterns(label)]
        alternatives.sort(key=lambda a: -len(a[1]))
        # A form written on one line: "Partij: wijkteam Micro-actie: bellen" splits before
        # every further full "Label:" (with its colon, so ordinary words do not split a sentence;
        # not before a short form, or "Verwacht effect:" would split before "effect:").
        full = [_label_patterns(getattr(labels, name))[0] for name in FIELDS]
        any_label = "|".join(sorted(full, key=len, reverse=True))
        self._inline = re.compile(rf"(?<=\S)[ \t]+(?=(?:{any_label})[ \t]*:)", re.IGNORECASE)
        # On a printed form a label may lose its colon; in a free note only "Label:" counts,
        # so "Wie belt de huisarts?" stays a sentence.
        self._loose = [
            (name, re.compile(rf"^\s*{pat}\s*(?:[:=\-–—>]+|\s|$)\s*(.*)$", re.IGNORECASE)) for name, pat in alternatives
        ]
        self._strict = [(name, re.compile(rf"^\s*{pat}\s*:\s*(.*)$", re.IGNORECASE)) for name, pat in alternatives]

    def _split(self, line: str, strict: bool) -> tuple[str | None, str]:
        plain = _strip_accents(line)
        for name, rx in self._strict if strict else self._loose:
            m = rx.match(plain)
            if m:
                # Take the value from the original line, so accents and case survive.
                return name, line[len(line) - len(m.group(1)) :].strip() if m.group(1) else ""
        return None, line.strip()

    def parse(self, text: str, *, strict: bool = False) -> ParsedForm:
        """Fields of a form. ``strict``: only labels followed by a colon count (free notes)."""
        form = ParsedForm()
        current: str | None = None
        for start, raw in _segments(text, [m.span() for m in self._inline.finditer(_strip_accents(text))]):
            if not raw.strip():
                continue
            name, value = self._split(raw, strict)
            if name is not None:
                form.labelled = True
                current = name
                if value:
                    _append(form, name, value, start + raw.rindex(value))
                continue
            if current is None or (current in _ONE_LINE and form.values.get(current)):
                order = ("action", "effect") if current else ("party", "action", "effect")
                target = next((f for f in order if not form.values.get(f)), "effect")
            else:
                target = current
            _append(form, target, value, start + raw.index(value))
            current = target
        return form


def _segments(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The lines of ``text`` with their offsets, a line also ending where a one-line form has a
    further label (``cuts``: the blanks before it, which belong to no line)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for piece in text.splitlines(keepends=True):
        body = piece.splitlines()[0] if piece.splitlines() else ""
        start, end = pos, pos + len(body)
        for cut_start, cut_end in cuts:
            if start <= cut_start and cut_end <= end:
                out.append((start, text[start:cut_start]))
                start = cut_end
        out.append((start, text[start:end]))
        pos += len(piece)
    return out


def _append(form: ParsedForm, name: str, value: str, at: int) -> None:
    old = form.values.get(name)
    form.values[name] = f"{old}\n{value}" if old else value
    form.spans.append((name, at, at + len(value)))


def _strip_accents(s: str) -> str:
    """Accents off, one character per character, so offsets still match the original line."""
    out = []
    for ch in s:
        kept = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(kept[:1] or ch)
    return "".join(out)
