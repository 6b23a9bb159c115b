"""The report's own wording, in Dutch and English.

The template's labels (carried in every harvest) name the board's things: parties, zones,
prompts, "Groep". What only the report says — how it counts, what a share is of, what
pseudonymisation does not guarantee — lives here, so a harvest made with an older template
still gets today's wording. A template label with the same key wins.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "nl": {
        "placed_in": "Geplaatst in",
        "round": "Ronde",
        "notes_word_one": "notitie",
        "notes_word_many": "notities",
        "also": "ook",
        "prompt_only": "Vraag",
        "notes": "Notities",
        "not_discussed": "Niet besproken",
        "not_discussed_long": "Niet besproken (bleef in de strook)",
        "not_discussed_all": "Door geen enkele groep in een ring gezet",
        "not_discussed_any": "niet besproken",
        "outside_rings": "Buiten de ringen gelegd",
        "more_findings": "{title} — en nog {n}: zie '{where}'",
        "disagreements": "Waar de groepen verschilden",
        "disagreements_explain": "Partijen die de groepen in verschillende ringen zetten.",
        "wanted": "Gewenst maar niet betrokken",
        "wanted_long": "Gewenst maar niet betrokken (in C geplaatst)",
        "involved_ab": "Betrokken (A of B)",
        "of": "van",
        "group_one": "groep",
        "group_many": "groepen",
        "groups_worked": "Groepen die aan stap 2 werkten",
        "groups_worked_line": (
            "{n} van {total} {groups} werkten aan stap 2 (het netwerk); alle aandelen gaan over die {n}."
        ),
        "no_group_worked": "Geen enkele groep werkte aan stap 2: er zijn geen cijfers over de groepen.",
        "empty_one": "{names} heeft niets ingevuld.",
        "empty_many": "{names} hebben niets ingevuld.",
        "no_step2_one": "{names} heeft in stap 2 geen partij in een ring gezet en telt niet mee in de aandelen.",
        "no_step2_many": "{names} hebben in stap 2 geen partij in een ring gezet en tellen niet mee in de aandelen.",
        "and": "en",
        "pseudonymised": "Gepseudonimiseerd",
        "not_pseudonymised": "Niet gepseudonimiseerd",
        "pseudonymised_explain": (
            "Namen, plaatsen, datums, nummers en dergelijke zijn vervangen door labels zoals [PERSOON-1], "
            "genummerd per notitie, niet per persoon. "
            "Dat garandeert geen anonimiteit: een casus kan herkenbaar blijven door wat er gebeurde. "
            "Lees het verslag na voordat je het deelt."
        ),
        "not_pseudonymised_explain": (
            "Dit verslag kan namen en andere herleidbare gegevens van patiënten bevatten. Niet delen."
        ),
        "items_replaced": "vervangen",
        # Items replaced per category, counted in words: '2 personen, 1 datum'.
        "cat_persoon_one": "persoon",
        "cat_persoon_many": "personen",
        "cat_locatie_one": "plaats",
        "cat_locatie_many": "plaatsen",
        "cat_instelling_one": "instelling",
        "cat_instelling_many": "instellingen",
        "cat_datum_one": "datum",
        "cat_datum_many": "datums",
        "cat_leeftijd_one": "leeftijd",
        "cat_leeftijd_many": "leeftijden",
        "cat_telefoonnummer_one": "telefoonnummer",
        "cat_telefoonnummer_many": "telefoonnummers",
        "cat_bsn_one": "BSN",
        "cat_bsn_many": "BSN's",
        "cat_patientnummer_one": "patiënt- of dossiernummer",
        "cat_patientnummer_many": "patiënt- of dossiernummers",
        "cat_email_one": "e-mailadres",
        "cat_email_many": "e-mailadressen",
        "cat_url_one": "webadres",
        "cat_url_many": "webadressen",
        "cat_naam_one": "naam van de lijst",
        "cat_naam_many": "namen van de lijst",
        "nothing_replaced": "niets gevonden om te vervangen",
        "fields_line": (
            "Per veld: stap 1 en netwerk: alles herkenbaars vervangen; Wanneer en andere stap-3-tekst: geplande "
            "datums bewaard ({dates}); Wie: rollen en namen van de privacylijst bewaard ({kept_names}), andere namen "
            "vervangen ({names}); BSN, telefoon en e-mail overal verwijderd."
        ),
        "review_title": "Controleer vóór delen",
        "review_explain": (
            "Deze woorden bleven staan, maar lijken op een naam, nummer of ander herkenbaar gegeven. "
            "Kijk ze na voordat je het verslag deelt. Met 'werkbord review' leg je per woord vast of het "
            "blijft of vervangen wordt; die keuze geldt ook voor volgende oogsten van het team."
        ),
        "review_none": "Geen twijfelgevallen gevonden. Lees het verslag toch na voordat je het deelt.",
        "review_owners_one": (
            "1 naam onder 'Wie' is vervangen, omdat hij niet op de privacylijst van het team staat. Is het een "
            "teamlid? Zet de naam dan onder [behouden] in privacylijst.txt (naast het manifest) en oogst opnieuw: "
            "dan blijft hij in de actielijst staan."
        ),
        "review_owners_many": (
            "{n} namen onder 'Wie' zijn vervangen, omdat ze niet op de privacylijst van het team staan. Zijn het "
            "teamleden? Zet de namen dan onder [behouden] in privacylijst.txt (naast het manifest) en oogst "
            "opnieuw: dan blijven ze in de actielijst staan."
        ),
        "session_date": "Sessie",
        "session_start": "start",
        "harvested_at": "Geoogst op",
        "combined_note": ("{title}: {count} oogsten van hetzelfde bord; per groep telt alleen de laatste ({when})."),
        "often_missing": "Vaak ontbrekend",
        "often_missing_explain": (
            "Partijen die groepen in C zetten (gewenst maar niet betrokken) of noemden bij "
            "'partijen die vaak ontbreken' in stap 1. Partijen die in de strook bleven, zijn niet besproken "
            "en tellen hier niet mee."
        ),
        "in_c": "in C bij",
        "named_missing": "genoemd als ontbrekend door",
        "parties_per_group": "Partijen per groep",
        "party_bars_title": "Waar de groepen elke partij zetten",
        "party_bars_explain": (
            "Per partij het aantal groepen dat haar in A, B of C zette of niet besprak; meest betrokken bovenaan."
        ),
        "network_across_explain": (
            "Per partij een spaak met een stip in elke ring waar groepen haar zetten; het getal is het aantal "
            "groepen. Stippen in meer ringen: de groepen verschilden van mening. De open stip buiten de ringen "
            "telt de groepen die de partij niet bespraken."
        ),
        "survey_compare": "Vergelijking met de peiling",
        "survey_measure": "Peiling: aandeel casussen met afspraken",
        "ours_measure": "Deze sessie: aandeel groepen met een partij uit deze categorie in A of B",
        "survey_compare_explain": (
            "De peiling mat het aandeel casussen waarin met partijen uit deze categorie afspraken over "
            "terugvalpreventie waren gemaakt; deze sessie telt groepen, niet casussen. Vergelijk de richting, "
            "niet de precieze cijfers."
        ),
        "survey_n_unknown": "aantal casussen niet bekend",
        "top_findings": "Belangrijkste bevindingen",
        "all_actions": "Alle micro-acties",
        "details_across": "Details over de groepen heen",
        "bucket": "Categorie peiling",
        "groups_col": "Groepen",
        "sheet_notes": "Notities",
        "sheet_parties": "Partijen per groep",
        "sheet_actions": "Micro-acties",
        "place": "Plaats",
        "status": "Status",
        "open": "open",
        # Terminal summary after `werkbord harvest`.
        "sum_groups": "Groepen die werkten: {worked} van {total} (aan stap 2: {step2})",
        "sum_notes": "Notities gelezen: {n}",
        "sum_parties": "Partijen in een ring gezet: {n}",
        "sum_actions": "Micro-acties: {n}",
        "sum_pseudo": "Gepseudonimiseerd: {detail}",
        "sum_pseudo_none": "Gepseudonimiseerd: niets gevonden om te vervangen",
        "sum_review": (
            "Controleer vóór delen: {n} woorden om na te kijken (het verslag begint ermee; "
            "'werkbord review' loopt ze met je langs)"
        ),
        "sum_review_one": (
            "Controleer vóór delen: 1 woord om na te kijken (het verslag begint ermee; "
            "'werkbord review' loopt het met je langs)"
        ),
        "sum_not_pseudo": "NIET gepseudonimiseerd",
        "sum_files": "Bestanden:",
        "sum_written": "geschreven",
        "sum_replaced": "vervangen",
        "sum_removed": "oude afbeelding verwijderd",
    },
    "en": {
        "placed_in": "Placed in",
        "round": "Round",
        "notes_word_one": "note",
        "notes_word_many": "notes",
        "also": "also",
        "prompt_only": "Prompt",
        "notes": "Notes",
        "not_discussed": "Not discussed",
        "not_discussed_long": "Not discussed (left in the lane)",
        "not_discussed_all": "Placed in a ring by no group",
        "not_discussed_any": "not discussed",
        "outside_rings": "Laid outside the rings",
        "more_findings": "{title} — and {n} more: see '{where}'",
        "disagreements": "Where the groups differed",
        "disagreements_explain": "Parties the groups put in different rings.",
        "wanted": "Wanted but not involved",
        "wanted_long": "Wanted but not involved (placed in C)",
        "involved_ab": "Involved (A or B)",
        "of": "of",
        "group_one": "group",
        "group_many": "groups",
        "groups_worked": "Groups that worked on step 2",
        "groups_worked_line": "{n} of {total} {groups} worked on step 2 (the network); every share is of those {n}.",
        "no_group_worked": "No group worked on step 2: there are no figures across groups.",
        "empty_one": "{names} wrote nothing.",
        "empty_many": "{names} wrote nothing.",
        "no_step2_one": "{names} placed no party in a ring in step 2 and is not counted in the shares.",
        "no_step2_many": "{names} placed no party in a ring in step 2 and are not counted in the shares.",
        "and": "and",
        "pseudonymised": "Pseudonymised",
        "not_pseudonymised": "Not pseudonymised",
        "pseudonymised_explain": (
            "Names, places, dates, numbers and the like were replaced by tags such as [PERSOON-1], "
            "numbered per note, not per person. "
            "That does not guarantee anonymity: a case can stay recognisable by what happened. "
            "Read the report before sharing it."
        ),
        "not_pseudonymised_explain": (
            "This report may contain names and other identifying details of patients. Do not share it."
        ),
        "items_replaced": "replaced",
        # Items replaced per category, counted in words: '2 people, 1 date'.
        "cat_persoon_one": "person",
        "cat_persoon_many": "people",
        "cat_locatie_one": "place",
        "cat_locatie_many": "places",
        "cat_instelling_one": "institution",
        "cat_instelling_many": "institutions",
        "cat_datum_one": "date",
        "cat_datum_many": "dates",
        "cat_leeftijd_one": "age",
        "cat_leeftijd_many": "ages",
        "cat_telefoonnummer_one": "phone number",
        "cat_telefoonnummer_many": "phone numbers",
        "cat_bsn_one": "BSN",
        "cat_bsn_many": "BSNs",
        "cat_patientnummer_one": "patient or file number",
        "cat_patientnummer_many": "patient or file numbers",
        "cat_email_one": "e-mail address",
        "cat_email_many": "e-mail addresses",
        "cat_url_one": "web address",
        "cat_url_many": "web addresses",
        "cat_naam_one": "name on the list",
        "cat_naam_many": "names on the list",
        "fields_line": (
            "By field: step 1 and network: everything identifying replaced; When and other step-3 text: planned "
            "dates kept ({dates}); Who: roles and names on the privacy list kept ({kept_names}), other names "
            "replaced ({names}); BSN, phone and e-mail removed everywhere."
        ),
        "review_title": "Check before sharing",
        "review_explain": (
            "These words were left in place but look like a name, number or other identifying detail. "
            "Check them before you share the report. 'werkbord review' records for each word whether it "
            "stays or is replaced; that choice also holds for the team's later harvests."
        ),
        "review_none": "Nothing doubtful found. Still read the report before you share it.",
        "review_owners_one": (
            "1 name under 'Who' was replaced because it is not on the team's privacy list. Is it a team "
            "member? Put the name under [behouden] in privacylijst.txt (beside the manifest) and harvest again: "
            "then it stays in the action list."
        ),
        "review_owners_many": (
            "{n} names under 'Who' were replaced because they are not on the team's privacy list. Are they team "
            "members? Put the names under [behouden] in privacylijst.txt (beside the manifest) and harvest again: "
            "then they stay in the action list."
        ),
        "nothing_replaced": "nothing found to replace",
        "session_date": "Session",
        "session_start": "start",
        "harvested_at": "Harvested at",
        "combined_note": "{title}: {count} harvests of the same board; per group only the latest counts ({when}).",
        "often_missing": "Often missing",
        "often_missing_explain": (
            "Parties groups placed in C (wanted but not involved) or named under 'parties that are often "
            "missing' in step 1. Parties left in the lane were not discussed and do not count here."
        ),
        "in_c": "in C for",
        "named_missing": "named as missing by",
        "parties_per_group": "Parties per group",
        "party_bars_title": "Where the groups put each party",
        "party_bars_explain": (
            "Per party the number of groups that put it in A, B or C or did not discuss it; most involved first."
        ),
        "network_across_explain": (
            "Per party a spoke with a dot in every ring groups put it in; the number is the number of groups. "
            "Dots in more than one ring: the groups disagreed. The open dot outside the rings counts the groups "
            "that did not discuss the party."
        ),
        "survey_compare": "Compared with the survey",
        "survey_measure": "Survey: share of cases with agreements",
        "ours_measure": "This session: share of groups with a party of this category in A or B",
        "survey_compare_explain": (
            "The survey measured the share of cases in which agreements on relapse prevention were made with "
            "parties of this category; this session counts groups, not cases. Compare the direction, not the "
            "exact figures."
        ),
        "survey_n_unknown": "number of cases not known",
        "top_findings": "Main findings",
        "all_actions": "All micro-actions",
        "details_across": "Details across the groups",
        "bucket": "Survey category",
        "groups_col": "Groups",
        "sheet_notes": "Notes",
        "sheet_parties": "Parties per group",
        "sheet_actions": "Micro-actions",
        "place": "Place",
        "status": "Status",
        "open": "open",
        "sum_groups": "Groups that worked: {worked} of {total} (on step 2: {step2})",
        "sum_notes": "Notes read: {n}",
        "sum_parties": "Parties placed in a ring: {n}",
        "sum_actions": "Micro-actions: {n}",
        "sum_pseudo": "Pseudonymised: {detail}",
        "sum_pseudo_none": "Pseudonymised: nothing found to replace",
        "sum_review": (
            "Check before sharing: {n} words to check (the report opens with them; "
            "'werkbord review' walks you through them)"
        ),
        "sum_review_one": (
            "Check before sharing: 1 word to check (the report opens with it; 'werkbord review' walks you through it)"
        ),
        "sum_not_pseudo": "NOT pseudonymised",
        "sum_files": "Files:",
        "sum_written": "written",
        "sum_replaced": "replaced",
        "sum_removed": "old picture removed",
    },
}


def messages(lang: str) -> dict[str, str]:
    return MESSAGES.get(lang, MESSAGES["en"])
