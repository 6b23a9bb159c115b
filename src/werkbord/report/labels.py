"""Report labels: the harvest's own ``context.labels``, in the harvest's language.

Every heading and column name comes from the template through ``Harvest.context.labels``
(see :func:`werkbord.harvest.context.context_of`), never from this code.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..harvest.model import Context


class Labels(Mapping[str, str]):
    """``labels[key]``: the harvest's label, else the key itself.

    Falling back to the key (rather than raising) keeps a report readable when a harvest made
    with an older or custom template lacks a label; the key shows what is missing.
    """

    def __init__(self, context: Context) -> None:
        self.lang = context.lang
        self._values = {k: v for k, v in context.labels.items() if isinstance(v, str) and v}

    def __getitem__(self, key: str) -> str:
        return self._values.get(key, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def percent(share: float | None) -> str:
    """A share 0–1 as a whole percentage; a dash when there is nothing to divide by."""
    return "—" if share is None else f"{round(share * 100)}%"
