"""Ages in a table's leeftijd column.

A team that maps a family or a network on a sticky note often writes it as a small table, one
row per person ("naam | lft | relatie", a Markdown table, a CSV line, tab-separated columns).
The number under a column headed "leeftijd", "lft" or "age" is someone's age, whatever the row
says around it; the same number in another column is a count or a score and stays. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .found import Found

# The header of an age column: "leeftijd", "Lft.", "lftd", "leeftijd (jr)", "age".
_AGE_HEADER = re.compile(r"(?i)(?:leeftijd(?:en)?|lft\.?|lftd\.?|age|ages)(?:\s*\((?:jr|jaar|j)\.?\))?")
# What an age cell holds: a number with an approximation or a unit around it.
_AGE_CELL = re.compile(
    r"(?i)(?:(?:ca\.?|circa|ong\.?|ongeveer|±|~|\+/-|bijna|ruim|plm\.?)\s*)?"
    r"(\d{1,3}|[a-zë]+)\s*(?:jaar|jr\.?|j\.?|yrs?\.?)?\s*\+?"
)
_SEPARATORS = ("|", "\t", ";")
_RULE_ROW = re.compile(r"[\s|:+-]*")  # "|---|:---:|": a Markdown table's rule
# Cheap gate: a header word and a line break.
_GATE = re.compile(r"(?i)leeftijd|lft|\bages?\b")


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """The cells of ``line`` as (offset in the line, text), with a Markdown table's outer pipes off."""
    out, pos = [], 0
    for part in line.split(sep):
        out.append((pos, part))
        pos += len(part) + len(sep)
    if sep == "|" and len(out) > 1:
        if not out[0][1].strip():
            out = out[1:]
        if out and not out[-1][1].strip():
            out = out[:-1]
    return out


def _age_in(cell: str, value_of: Callable[[str], int | None]) -> tuple[int, int] | None:
    """The span of the age inside a cell of an age column, if the cell holds one."""
    stripped = cell.strip()
    m = _AGE_CELL.fullmatch(stripped)
    if not m:
        return None
    value = value_of(m.group(1))
    if value is None or value > 110:
        return None
    lead = len(cell) - len(cell.lstrip())
    return lead + m.start(1), lead + m.end(1)


def table_ages(text: str, value_of: Callable[[str], int | None]) -> Iterator[Found]:
    """The ages under an age column of every table in ``text``; ``value_of`` reads a number in digits
    or words (:func:`.ages.number_value`)."""
    if "\n" not in text or not _GATE.search(text):
        return
    lines, offsets, pos = text.split("\n"), [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        sep = next((s for s in _SEPARATORS if s in lines[i]), None)
        header = _cells(lines[i], sep) if sep else []
        column = next((k for k, (_, c) in enumerate(header) if _AGE_HEADER.fullmatch(c.strip(" *:_"))), None)
        if sep is None or column is None or len(header) < 2:
            i += 1
            continue
        i += 1
        while i < len(lines) and sep in lines[i]:  # the table's rows, up to the first line without it
            row = _cells(lines[i], sep)
            if not _RULE_ROW.fullmatch(lines[i]) and column < len(row):
                start, cell = row[column]
                if span := _age_in(cell, value_of):
                    yield Found(offsets[i] + start + span[0], offsets[i] + start + span[1], "leeftijd")
            i += 1
