"""What every rule returns: a span of the note and deduce's tag for it. Pure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    tag: str
