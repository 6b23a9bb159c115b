"""The colour names every backend shares: Miro's named sticky colours; the others map them to hex.

A module of its own, so a backend can name colours without importing the template models.
"""

from __future__ import annotations

from typing import Literal

# Palette names shared by every backend: Miro's named sticky colours; others map to hex.
PALETTE: dict[str, str] = {
    "gray": "#e6e6e6",
    "light_yellow": "#fff9b1",
    "yellow": "#f5d128",
    "orange": "#ff9d48",
    "light_green": "#d5f692",
    "green": "#c9df56",
    "dark_green": "#93d275",
    "cyan": "#6cd8fa",
    "light_pink": "#ffcee0",
    "pink": "#ea94bb",
    "violet": "#c6a2d2",
    "red": "#f0939d",
    "light_blue": "#a6ccf5",
    "blue": "#678cf4",
    "dark_blue": "#414bb2",
    "black": "#1a1a1a",
}
PaletteName = Literal[
    "gray",
    "light_yellow",
    "yellow",
    "orange",
    "light_green",
    "green",
    "dark_green",
    "cyan",
    "light_pink",
    "pink",
    "violet",
    "red",
    "light_blue",
    "blue",
    "dark_blue",
    "black",
]
