"""Report labels: the harvest's own ``context.labels`` over the report's message catalogue.

Headings and column names that name board things come from the template through
``Harvest.context.labels`` (see :func:`werkbord.harvest.context.context_of`); wording only the
report needs comes from :mod:`.messages` in the harvest's language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from ..harvest.model import Context
from .messages import messages


class Labels(Mapping[str, str]):
    """``labels[key]``: the harvest's label, else the catalogue's, else the key itself.

    Falling back to the key (rather than raising) keeps a report readable when a harvest made
    with an older or custom template lacks a label; the key shows what is missing.
    """

    def __init__(self, context: Context) -> None:
        self.lang = context.lang
        own = {k: v for k, v in context.labels.items() if isinstance(v, str) and v}
        self._values = {**messages(context.lang), **own}

    def __getitem__(self, key: str) -> str:
        return self._values.get(key, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def of(self, k: int, n: int) -> str:
        """'2 van 3'."""
        return f"{k} {self['of']} {n}"

    def groups_word(self, n: int) -> str:
        return self["group_one"] if n == 1 else self["group_many"]

    def of_groups(self, k: int, n: int) -> str:
        """'2 van 3 groepen' ('1 van 1 groep')."""
        return f"{self.of(k, n)} {self.groups_word(n)}"

    def share(self, k: int, n: int) -> str:
        """'67% (2 van 3)'; a dash when there is nothing to divide by."""
        return f"{percent(k / n)} ({self.of(k, n)})" if n else "—"

    def join(self, names: Sequence[str]) -> str:
        """'Groep 3', 'Groep 3 en Groep 4', 'Groep 1, Groep 3 en Groep 4'."""
        names = list(names)
        if len(names) <= 1:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self['and']} {names[-1]}"

    def counted(self, counts: Mapping[str, int]) -> str:
        """Items replaced per category in words: '2 personen, 1 datum' (an unknown category by
        its key: 'kenteken: 1')."""
        said = []
        for key, n in counts.items():
            word = self._values.get(f"cat_{key}_one" if n == 1 else f"cat_{key}_many")
            said.append(f"{n} {word}" if word else f"{key}: {n}")
        return ", ".join(said)

    def about(self, stem: str, names: Sequence[str]) -> str:
        """A sentence about one or several groups, singular or plural ('…_one' / '…_many')."""
        key = f"{stem}_one" if len(names) == 1 else f"{stem}_many"
        return self[key].format(names=self.join(names))


def percent(share: float | None) -> str:
    """A share 0–1 as a whole percentage; a dash when there is nothing to divide by."""
    return "—" if share is None else f"{round(share * 100)}%"
