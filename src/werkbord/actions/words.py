"""The follow-up layer's words for a status, in the active language (gettext)."""

from __future__ import annotations

from ..i18n import N_, _
from .model import STATUSES, Status

_STATUS_WORDS: dict[str, str] = {
    "open": N_("open"),
    "bezig": N_("in progress"),
    "gedaan": N_("done"),
    "niet_gelukt": N_("did not work"),
}


def status_word(status: Status) -> str:
    """'niet gelukt' (Dutch) / 'did not work' (English)."""
    return _(_STATUS_WORDS[status])


def status_words() -> list[str]:
    """Every status, in order, as a person picks one from a list."""
    return [status_word(s) for s in STATUSES]


def status_of_word(word: str) -> Status | None:
    """A status back from its word in either language (or its key); None when unknown."""
    from ..i18n import language

    w = " ".join(word.strip().lower().replace("_", " ").split())
    for lang in ("nl", "en"):
        with language(lang):
            for s in STATUSES:
                if w in (status_word(s).lower(), s.replace("_", " ")):
                    return s
    return None
