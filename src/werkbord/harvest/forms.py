"""Parsing a step-3 micro-action form: "Partij: / Micro-actie: / Verwacht effect:".

Tolerant of what people do with a sticky: labels missing, in another order, in lower case,
without a colon, values on the next line, extra lines. Optional "Wie:" and "Wanneer:" lines
give an owner and a deadline. Also the other layouts a team uses (issue #22: what stands under
"Wie" and "Wanneer" must be found to be kept): labels in English or abbreviated ("Who:",
"When:", "Wnr:", "wie?"), several on one line ("Wat: ... / wie: ... / wnr: ..."), one label for
several values ("Wie/Wat/Wanneer: Noor / evalueren / di 3/3"), a table with "|" (a row of labels
over rows of values, or "| Wie | ... |" rows), and a dictated form without punctuation ("partij
apotheek micro actie ... wie ... wanneer ...").
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


# Other ways a team labels a field: English, abbreviations, synonyms. They count only with a
# separator after them (":", "?", "|", "->"), so "Wat fijn dat ..." or "When she calls" stays text.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "party": ("party", "netwerkpartij"),
    "action": ("wat", "what", "action", "to do", "todo"),
    "effect": ("expected effect", "doel", "goal", "resultaat"),
    "owner": (
        "who",
        "door wie",
        "eigenaar",
        "actiehouder",
        "uitvoerder",
        "owner",
        "verantwoordelijke",
        "verantwoordelijk",
        "trekker",
    ),
    "deadline": (
        "when",
        "wnr",
        "wnneer",
        "deadline",
        "datum",
        "due",
        "termijn",
        "streefdatum",
        "einddatum",
        "datum gereed",
        "per wanneer",
        "wanneer klaar",
        "tijdpad",
        "planning",
        "by when",
    ),
}
# What may follow a label: "Wie:", "wie?", "Wie |", "Wie ->"; inside or outside Markdown bold
# ("**Wanneer:** 1 juni", "**Wie**: Noor").
_SEPARATOR = r"(?:\*\*|__)?\s*(?:[:=>?|]+|->|→|[-–—]+>?)\s*(?:\*\*|__)?"
_BETWEEN = r"\s*[/|;,]?[ \t]+"  # what stands before a further label on one line: " / wie:", " | Wanneer:"


class FormParser:
    def __init__(self, labels: FormLabels, extra: dict[str, list[str]] | None = None) -> None:
        alternatives: list[tuple[str, str]] = []
        synonyms: list[tuple[str, str]] = []
        for name in FIELDS:
            for label in [getattr(labels, name), *(extra or {}).get(name, [])]:
                alternatives += [(name, pat) for pat in _label_patterns(label)]
            synonyms += [(name, _synonym_pattern(s)) for s in SYNONYMS[name]]
        alternatives.sort(key=lambda a: -len(a[1]))
        synonyms.sort(key=lambda a: -len(a[1]))
        # A form written on one line: "Partij: wijkteam Micro-actie: bellen" splits before
        # every further full "Label:" (with its colon, so ordinary words do not split a sentence;
        # not before a short form, or "Verwacht effect:" would split before "effect:").
        full = [_label_patterns(getattr(labels, name))[0] for name in FIELDS]
        any_label = "|".join(sorted([*full, *(p for _, p in synonyms)], key=len, reverse=True))
        # ("WIE → Noor / WANNEER → voor 1/2": an arrow after a full label splits too)
        self._inline = re.compile(rf"(?<=\S){_BETWEEN}(?=(?:{any_label})\.?[ \t]*(?::|\?|->|→))", re.IGNORECASE)
        # On a printed form a label may lose its colon; in a free note only "Label:" counts,
        # so "Wie belt de huisarts?" stays a sentence.
        # (before a label: a table's "|", a bullet, a number, Markdown bold: "- Wie:", "4. Wanneer:")
        lead = r"^\s*(?:\|\s*|[-*•·▪]\s+|\d{1,2}[.)]\s+)?(?:\*\*|__)?"
        self._loose = [
            (name, re.compile(rf"{lead}{pat}\s*(?:{_SEPARATOR}|\s|$)\s*(.*)$", re.IGNORECASE))
            for name, pat in alternatives
        ] + [(name, re.compile(rf"{lead}{pat}\.?\s*{_SEPARATOR}\s*(.*)$", re.IGNORECASE)) for name, pat in synonyms]
        self._strict = [
            (name, re.compile(rf"{lead}{pat}\.?\s*(?::|\?\s*:?|\||->|→)\s*(.*)$", re.IGNORECASE))
            for name, pat in [*alternatives, *synonyms]
        ]
        # A cell or a label on its own: "Wie", "Wanneer?", "Who:" (a table's header row).
        self._bare = [
            (name, re.compile(rf"\s*{pat}\.?\s*[:?]?\s*", re.IGNORECASE)) for name, pat in [*alternatives, *synonyms]
        ]
        # One label for several values: "Wie/Wat/Wanneer: Noor / evalueren / di 3/3".
        one = "|".join(p for _, p in [*alternatives, *synonyms])
        self._combined = re.compile(rf"^\s*((?:{one})(?:\s*[/&+]\s*(?:{one}))+)\s*[:?]\s*(.*)$", re.IGNORECASE)
        # A dictated form: the template's full labels as words, in the form's order.
        self._spoken = [
            (name, re.compile(rf"(?<!\w){pat}(?!\w)", re.IGNORECASE)) for name, pat in zip(FIELDS, full, strict=True)
        ]

    def _split(self, line: str, strict: bool) -> tuple[str | None, str]:
        plain = _strip_accents(line)
        for name, rx in self._strict if strict else self._loose:
            m = rx.match(plain)
            if m:
                # Take the value from the original line, so accents and case survive.
                return name, _cell(line[len(line) - len(m.group(1)) :]) if m.group(1) else ""
        return None, line.strip()

    def _header(self, line: str) -> tuple[list[str | None], str] | None:
        """The fields of a table's header row ("Partij | Actie | Wie | Wanneer", "wie / wat /
        wanneer", cells split by tabs) and the separator of its cells, or None."""
        for sep in _CELL_SEPARATORS:
            if sep in line:
                names = [self._label_of(text) for _, text in _cells(line, edge=True, sep=sep)]
                if len(names) >= 2 and all(names):
                    return names, sep
        return None

    def _label_of(self, cell: str) -> str | None:
        plain = _strip_accents(cell)
        return next((name for name, rx in self._bare if rx.fullmatch(plain)), None)

    def parse(self, text: str, *, strict: bool = False) -> ParsedForm:
        """Fields of a form. ``strict``: only labels followed by a colon count (free notes)."""
        form = ParsedForm()
        current: str | None = None
        columns: list[str | None] | None = None
        edge = False  # the table's rows start with "|" ("| Wie | Wanneer |")
        sep = "|"  # what splits the table's cells
        cuts = [m.span() for m in self._inline.finditer(_strip_accents(text)) if not _after_bullet(text, m.start())]
        spoken = [] if cuts else self._spoken_cuts(text)
        cuts += spoken
        for start, raw in _segments(text, sorted(cuts)):
            if not raw.strip():
                columns = None
                continue
            if (header := self._header(raw)) is not None:
                (columns, sep), form.labelled, edge = header, True, raw.lstrip().startswith("|")
                continue
            cells = _cells(raw, edge=edge, sep=sep) if columns is not None and sep in raw else []
            # (a slash or a tab may also stand in a value, "eind jan / begin feb": such a row counts
            # only when its cells and the header's agree)
            if cells and (sep == "|" or len(cells) == len(columns or ())):
                for (at, value), name in zip(cells, columns or (), strict=False):
                    if name and value:
                        _append(form, name, value, start + at)
                continue
            if self._several(form, raw, start):
                continue
            name, value = self._split(raw, strict and not spoken)
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
            value = _cell(value)
            if value:
                _append(form, target, value, start + raw.index(value))
            current = target
        return form

    def _several(self, form: ParsedForm, raw: str, start: int) -> bool:
        """ "Wie/Wat/Wanneer: Noor / evalueren / di 3/3": one label for several values, split on
        " / " (or ";" or "|") when the counts agree; otherwise the whole value is each field's
        (a combined field, "owner+deadline", that keeps what each of them keeps)."""
        m = self._combined.match(_strip_accents(raw))
        if m is None:
            return False
        names = [self._label_of(part) for part in re.split(r"\s*[/&+]\s*", m.group(1))]
        if not all(names):
            return False
        form.labelled = True
        value_at = len(raw) - len(m.group(2))
        for separator in (r"\s+/\s+|\s*[;|]\s*", r"(?<!\d)/|/(?!\d)", r",\s*"):
            pieces = _pieces(raw, value_at, separator)
            if len(pieces) == len(names):
                for (at, value), name in zip(pieces, names, strict=True):
                    _append(form, name, value, start + at)
                return True
        value = raw[value_at:].strip()
        if value:
            at = start + raw.index(value, value_at)
            for name in names:
                old = form.values.get(name)
                form.values[name] = f"{old}\n{value}" if old else value
            form.spans.append(("+".join(names), at, at + len(value)))
        return True

    def _spoken_cuts(self, text: str) -> list[tuple[int, int]]:
        """Where a dictated form without punctuation ("partij apotheek micro actie ... wie de POH
        wanneer over drie weken") starts each further field: its first word a label, three labels
        or more in the form's order, the owner and the deadline taken at their last mention (a
        "wie" inside the action is a word)."""
        if "\n" in text or any(rx.match(text) for _, rx in self._strict):
            return []  # lines, or a label with its colon: a written form
        plain = _strip_accents(text)
        found = {name: [m for m in rx.finditer(plain)] for name, rx in self._spoken}
        chosen: dict[str, re.Match[str]] = {}
        limit = len(text) + 1
        for name in ("deadline", "owner"):
            before = [m for m in found[name] if m.start() < limit]
            if before:
                chosen[name] = before[-1]
                limit = before[-1].start()
        pos = 0
        for name in ("party", "action", "effect"):
            after = [m for m in found[name] if pos <= m.start() < limit]
            if after:
                chosen[name] = after[0]
                pos = after[0].end()
        starts = sorted(m.start() for m in chosen.values())
        if len(starts) < 3 or text[: starts[0]].strip():
            return []
        return [(s - 1, s) for s in starts[1:] if text[s - 1] == " "]


_parsers: dict[tuple[str, ...], FormParser] = {}


def form_parser(labels: FormLabels) -> FormParser:
    """The :class:`FormParser` of a template's form labels, made once per process: a harvest
    reads the forms when it classifies the board and again when it pseudonymises them, and
    each parser compiles ~120 patterns (~0.02 s). A parser holds nothing of what it parsed."""
    key = tuple(str(getattr(labels, name)) for name in FIELDS)
    parser = _parsers.get(key)
    if parser is None:
        parser = _parsers[key] = FormParser(labels)
    return parser


def _pieces(raw: str, at: int, separator: str) -> list[tuple[int, str]]:
    """The parts of ``raw[at:]`` between ``separator``s, stripped, with their offsets in ``raw``."""
    out = []
    pos = at
    for m in [*re.finditer(separator, raw[at:]), None]:
        end = at + m.start() if m else len(raw)
        part = raw[pos:end]
        if part.strip():
            out.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos = at + m.end() if m else len(raw)
    return out


_BULLET = re.compile(r"[ \t]*(?:[-*•·▪]|\d{1,2}[.)])")


def _after_bullet(text: str, pos: int) -> bool:
    """Only a bullet or a number stands before ``pos`` on its line ("4. Wie:", "- Wanneer:")."""
    return _BULLET.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos) is not None


def _synonym_pattern(label: str) -> str:
    return r"[\s\-]*".join(re.escape(w) for w in label.split())


def _cell(value: str) -> str:
    """A value without the "|" or "/" that ends a table cell or an inline field."""
    return re.sub(r"(?:[\s|/;,]|\s[-–—])+$", "", value).strip()


# What splits a table's cells: a bar, a slash with a space either side (not the one in "3/3"), a tab.
_CELL_SEPARATORS = ("|", " / ", "\t")


def _cells(line: str, *, edge: bool, sep: str = "|") -> list[tuple[int, str]]:
    """The cells of a table row with their offsets in ``line``; ``edge``: the row starts with a
    "|" that opens no cell ("| Wie | casemanager |"); else a leading "|" follows an empty cell
    (" | bellen | Noor": no party)."""
    out = []
    pos = 0
    for part in line.split(sep):
        stripped = part.strip()
        # (an empty cell keeps its column)
        out.append((pos + part.index(stripped), stripped) if stripped else (pos, ""))
        pos += len(part) + len(sep)
    while out and not out[-1][1]:
        out.pop()
    if edge and line.lstrip().startswith("|") and out and not out[0][1]:
        out.pop(0)
    return out


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
    if s.isascii():
        return s
    out = []
    for ch in s:
        kept = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(kept[:1] or ch)
    return "".join(out)
