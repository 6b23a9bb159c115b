"""Report labels: the harvest's own ``context.labels``, in the harvest's language.

Every heading and column name comes from the template through ``Harvest.context.labels``. A few
texts the report needs are not (yet) template labels — the step-3 form's field names, the
patient's label, column names for the session and the prompt — so they have a built-in Dutch and
English default here. A harvest whose labels do carry one of these keys wins over the default, so
a template can rename or translate them without touching this module.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..harvest.model import Context

# Keys the report reads that the template's Labels model does not define (see module docstring).
_DEFAULTS: dict[str, dict[str, str]] = {
    "nl": {
        "session": "Sessie",
        "prompt": "Vraag of zone",
        "action": "Actie",
        "effect": "Verwacht effect",
        "owner": "Wie",
        "deadline": "Wanneer",
        "patient": "Patiënt",
        "no_party": "(geen partij genoemd)",
        "bucket": "Categorie",
        "source": "Bron",
        "most_common_zone": "Meest gekozen zone",
        "empty_group": "Deze groep heeft niets ingevuld en telt niet mee in de cijfers over de groepen.",
        "step1": "Stap 1",
        "variants": "Varianten",
    },
    "en": {
        "session": "Session",
        "prompt": "Prompt or zone",
        "action": "Action",
        "effect": "Expected effect",
        "owner": "Who",
        "deadline": "When",
        "patient": "Patient",
        "no_party": "(no party named)",
        "bucket": "Category",
        "source": "Source",
        "most_common_zone": "Most common zone",
        "empty_group": "This group wrote nothing and does not count in the figures across groups.",
        "step1": "Step 1",
        "variants": "Variants",
    },
}


class Labels(Mapping[str, str]):
    """``labels[key]``: the harvest's label, else the built-in default, else the key itself.

    Falling back to the key (rather than raising) keeps a report readable when a harvest made
    with an older or custom template lacks a label; the key shows what is missing.
    """

    def __init__(self, context: Context) -> None:
        self.lang = context.lang
        defaults = _DEFAULTS.get(context.lang, _DEFAULTS["nl"])
        self._values = {**defaults, **{k: v for k, v in context.labels.items() if isinstance(v, str) and v}}

    def __getitem__(self, key: str) -> str:
        return self._values.get(key, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def percent(share: float | None) -> str:
    """A share 0–1 as a whole percentage; a dash when there is nothing to divide by."""
    return "—" if share is None else f"{round(share * 100)}%"
