"""The live page's own wording, in Dutch and English (the report's catalogue covers the rest).

The page gets one merged table: the report's messages, these, then the session's template
labels (``Groep``, ``Stap``, the zones), so it speaks the session's language throughout.
"""

from __future__ import annotations

from ..report.messages import messages as report_messages

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "live_title": "Live overzicht",
        "view_groups": "Groepen",
        "view_plenary": "Plenair (volledig scherm)",
        "back_to_groups": "Terug naar de groepen",
        "privacy": (
            "Gepseudonimiseerd: namen, plaatsen, datums en nummers zijn vervangen door labels zoals "
            "[PERSOON-1]. Deze pagina is alleen op deze computer te zien en slaat niets op."
        ),
        "not_pseudonymised_live": "NIET gepseudonimiseerd: deze pagina kan herleidbare gegevens tonen.",
        "first_harvest": "Het bord wordt voor het eerst gelezen…",
        "updated": "Laatst bijgewerkt {time}",
        "faltering": "verbinding hapert",
        "page_offline": "werkbord live reageert niet (gestopt?)",
        "every_seconds": "elke {n} s gelezen",
        "on_save": "gelezen zodra het scènebestand verandert",
        "quiet_since": "stil sinds {n} min",
        "active": "net nog bezig",
        "nothing_written": "nog niets geschreven",
        "step1_notes": "Stap 1 · notities",
        "placed_abc": "In A / B / C",
        "in_lane": "nog in de strook",
        "outside_short": "buiten de ringen",
        "forms_filled": "Micro-acties",
        "forms_word": "ingevuld",
        "free_actions": "in totaal",
        "timer": "Timer",
        "timer_left": "nog",
        "timer_paused": "gepauzeerd",
        "timer_stopped": "gestopt",
        "timer_up": "tijd is om",
        "no_actions_yet": "Nog geen micro-acties.",
        "no_wanted_yet": "Nog geen partij in C gezet.",
    },
    "en": {
        "live_title": "Live overview",
        "view_groups": "Groups",
        "view_plenary": "Plenary (full screen)",
        "back_to_groups": "Back to the groups",
        "privacy": (
            "Pseudonymised: names, places, dates and numbers are replaced by tags such as [PERSOON-1]. "
            "This page can only be seen on this computer and stores nothing."
        ),
        "not_pseudonymised_live": "NOT pseudonymised: this page may show identifying details.",
        "first_harvest": "Reading the board for the first time…",
        "updated": "Last updated {time}",
        "faltering": "connection faltering",
        "page_offline": "werkbord live does not answer (stopped?)",
        "every_seconds": "read every {n} s",
        "on_save": "read whenever the scene file changes",
        "quiet_since": "quiet for {n} min",
        "active": "active just now",
        "nothing_written": "nothing written yet",
        "step1_notes": "Step 1 · notes",
        "placed_abc": "In A / B / C",
        "in_lane": "still in the lane",
        "outside_short": "outside the rings",
        "forms_filled": "Micro-actions",
        "forms_word": "filled",
        "free_actions": "in all",
        "timer": "Timer",
        "timer_left": "left",
        "timer_paused": "paused",
        "timer_stopped": "stopped",
        "timer_up": "time's up",
        "no_actions_yet": "No micro-actions yet.",
        "no_wanted_yet": "No party placed in C yet.",
    },
}


def page_messages(lang: str, template_labels: dict[str, str] | None = None) -> dict[str, str]:
    own = {k: v for k, v in (template_labels or {}).items() if isinstance(v, str) and v}
    return {**report_messages(lang), **MESSAGES.get(lang, MESSAGES["en"]), **own}
