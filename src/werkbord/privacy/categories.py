"""The categories a report counts: deduce's tags (and werkbord's own) mapped to stable keys."""

from __future__ import annotations

# deduce's tag -> the stable key werkbord reports. deduce splits institutions into hospitals
# and care institutions and calls any long number an "id"; reports need neither distinction.
CATEGORIES: dict[str, str] = {
    "persoon": "persoon",
    "patient": "persoon",
    "locatie": "locatie",
    "ziekenhuis": "instelling",
    "zorginstelling": "instelling",
    "instelling": "instelling",  # werkbord's rules: schools, colleges, employers
    "datum": "datum",
    "leeftijd": "leeftijd",
    "telefoonnummer": "telefoonnummer",
    "bsn": "bsn",
    "id": "patientnummer",
    "emailadres": "email",
    "url": "url",
    "naam": "naam",  # a [vervangen] entry of the team's privacy list
}


def category_of(tag: str) -> str:
    """The report category for a deduce tag; a tag a later deduce adds keeps its own name."""
    return CATEGORIES.get(tag, tag.lower())
