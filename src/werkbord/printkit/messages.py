"""What the kit says that the template does not: sheet headings, cut and glue marks, the
fill-in sheet's instructions. One catalogue per language; Dutch is the default."""

from __future__ import annotations

_NL = {
    "poster": "Poster",
    "sheet_of": "blad {n} van {total}",
    "row_col": "rij {row}, kolom {col}",
    "cut": "knippen",
    "glue": "plakken: blad {name} komt hier overheen",
    "tiling_help": "Knip langs de stippellijn links en boven; plak op de grijze strook van het vorige blad.",
    "cards": "Partijkaarten",
    "cards_help": "Knip de kaarten uit langs de stippellijnen en leg ze op de poster, in de ring die past. "
    "Kleur = sector.",
    "blank_card": "nieuwe partij:",
    "form": "Formulier micro-actie",
    "instructions": "Instructies per stap",
    "kit": "Printkit",
    "in_the_room": "In de zaal",
    "kit_contents": (
        "Per groep: de poster van stap 2 (A1, of getegeld op A3/A4), partijkaarten, het vel van "
        "stap 1 en een formulier micro-actie per deelnemer."
    ),
    "afterwards": "Na afloop",
    "afterwards_text": (
        "Typ per post-it één regel in het invulblad ({sheet}): groep, stap, vraag of zone, partij, "
        "tekst (en bij stap 3 verwacht effect, wie, wanneer). Daarna: werkbord harvest {manifest}"
    ),
    "sheet_title": "Invulblad",
    "lists_title": "Lijsten",
}

_EN = {
    "poster": "Poster",
    "sheet_of": "sheet {n} of {total}",
    "row_col": "row {row}, column {col}",
    "cut": "cut",
    "glue": "glue: sheet {name} goes over this strip",
    "tiling_help": "Cut along the dotted line left and top; glue onto the grey strip of the previous sheet.",
    "cards": "Party cards",
    "cards_help": "Cut the cards out along the dashed lines and lay them on the poster, in the ring that fits. "
    "Colour = sector.",
    "blank_card": "new party:",
    "form": "Micro-action form",
    "instructions": "Instructions per step",
    "kit": "Print kit",
    "in_the_room": "In the room",
    "kit_contents": (
        "Per group: the step 2 poster (A1, or tiled on A3/A4), party cards, the step 1 sheet and "
        "a micro-action form per participant."
    ),
    "afterwards": "Afterwards",
    "afterwards_text": (
        "Type one row per post-it into the fill-in sheet ({sheet}): group, step, prompt or zone, "
        "party, text (and for step 3 expected effect, who, when). Then: werkbord harvest {manifest}"
    ),
    "sheet_title": "Fill-in sheet",
    "lists_title": "Lists",
}

_CATALOGUES = {"nl": _NL, "en": _EN}


def messages(lang: str) -> dict[str, str]:
    """The kit's texts in ``lang`` (Dutch for a language without its own catalogue)."""
    return _CATALOGUES.get(lang, _NL)
