"""Plain geometry shared by layout, backends and classification.

Conventions (the contract between layout and classify): absolute canvas coordinates,
x to the right, y downwards, rectangles by top-left corner and size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Point and Rect write their own __init__: a frozen dataclass's sets each field with
# object.__setattr__, these set it through the slot's own descriptor, the same store at about
# two thirds of the cost (a 30-group board makes thousands of rectangles). Otherwise they are
# the dataclasses they were: same fields, equality, hash, repr, dataclasses.replace.


@dataclass(frozen=True, slots=True, init=False)
class Point:
    """A point on the canvas."""

    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        _set_px(self, x)
        _set_py(self, y)

    def distance_to(self, other: Point) -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def moved(self, dx: float, dy: float) -> Point:
        return Point(self.x + dx, self.y + dy)


@dataclass(frozen=True, slots=True, init=False)
class Rect:
    """A rectangle on the canvas: top-left corner and size."""

    x: float
    y: float
    w: float
    h: float

    def __init__(self, x: float, y: float, w: float, h: float) -> None:
        _set_x(self, x)
        _set_y(self, y)
        _set_w(self, w)
        _set_h(self, h)

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, p: Point) -> bool:
        """Half-open: a point on the right or bottom edge belongs to the next rectangle."""
        return self.x <= p.x < self.right and self.y <= p.y < self.bottom

    def contains_rect(self, other: Rect) -> bool:
        return self.x <= other.x and self.y <= other.y and other.right <= self.right and other.bottom <= self.bottom

    def overlaps(self, other: Rect) -> bool:
        """True when the interiors intersect (touching edges do not overlap)."""
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def inset(self, d: float) -> Rect:
        return Rect(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def as_dict(self) -> dict[str, float]:
        return {"x": self.x, "y": self.y, "w": self.w, "h": self.h}

    @classmethod
    def from_dict(cls, d: dict[str, float]) -> Rect:
        return cls(float(d["x"]), float(d["y"]), float(d["w"]), float(d["h"]))


_set_px, _set_py = Point.__dict__["x"].__set__, Point.__dict__["y"].__set__
_set_x, _set_y, _set_w, _set_h = (Rect.__dict__[name].__set__ for name in ("x", "y", "w", "h"))
