"""Issue #22's eighth round, initials read by their frame (privacy/initial_frames.py): a signature, a
title in brackets after them, alone in brackets after a role, after a role word, a particle glued
in opening a sentence, a list of people, a lower-case initial with a particle and a surname.
Made-up examples in shapes the probe (benchmarks/deid_small_probe.py) and the sets do not use;
each test fails when its rule is taken out. Care abbreviations, roles and words stay."""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce, untouched
from werkbord.privacy import Scrubber
from werkbord.privacy.initial_frames import initial_frames


def spans(text: str, lexicon) -> list[str]:
    return [text[f.start : f.end] for f in initial_frames(text, lexicon)]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Morgen verder met het plan, gr. HtB", ["HtB"]),  # a signature
        ("zie verslag\ngroeten, hk", ["hk"]),
        ("Teruggebeld, geen gehoor. Vr.gr. L.K", ["L.K"]),
        ("moeder was erg boos - FvZ", ["FvZ"]),  # a dash closing the note
        ("NK (mw.) heeft de sleutel afgegeven", ["NK"]),  # a title in brackets after them
        ("ek (dhr) wil geen contact met de broer", ["ek"]),
        ("Stagiaire (TvB) schrijft mee bij het gesprek", ["TvB"]),  # alone in brackets after a role
        ("de woonbegeleider (sk) komt dinsdag", ["sk"]),
        ("psychiater OEK ziet haar donderdag", ["OEK"]),  # three capitals after a role word
        ("jobcoach a.r schreef de rapportage", ["a.r"]),
        ("HvdW gaat mee naar de zitting. Daarna bellen.", ["HvdW"]),  # a particle glued in, opening
        ("Afspraak verzet; kdjm komt pas vrijdag.", ["kdjm"]),
        ("Aanwezig: SPV, wn, P.R. en de huisarts", ["wn", "P.R."]),  # a list of people with initials in it
        ("r. de brink belde over de huur", ["r. de brink"]),  # a lower-case initial and a surname
        ("gesprek met a. van lier, kwam te laat", ["a. van lier"]),
    ],
)
def test_initials_are_read_by_their_frame(text, letters, lexicon):
    assert spans(text, lexicon) == letters


@pytest.mark.parametrize(
    "text",
    [
        "Overleg gehad, volgt. Gr. FACT",  # a care abbreviation signs
        "Morgen verder, groet, het team",  # a word signs
        "mvg SPV",
        "Begeleider (PB) komt dinsdag langs",  # a role in brackets
        "Overleg (MDO) is verplaatst naar vrijdag",
        "psychiater ACT ziet haar donderdag",  # an abbreviation after a role
        "Aanwezig: SPV, POH, huisarts en wijkteam",  # a list of roles
        "2x p. de week naar de dagbesteding",
        "Huisarts: RR 130/80, groet",
    ],
)
def test_abbreviations_roles_and_words_are_no_initials(text, lexicon):
    assert spans(text, lexicon) == []


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam", "FACT", "SPV"], progress=lambda m: None)


@needs_deduce
def test_initials_in_a_frame_are_replaced_and_the_frame_stays(scrubber):
    out = scrubber.scrub("Bellen na 17 uur: 06-19283746. Gr. KvdL").text
    assert gone("KvdL", out) and "19283746" not in out and "Gr." in out, out
    out = scrubber.scrub("Stagiaire (TvB) en huisarts zagen hem").text
    assert gone("TvB", out) and "Stagiaire" in out and "huisarts" in out, out


@needs_deduce
def test_a_clean_note_with_abbreviations_where_initials_stand_stays(scrubber):
    untouched(scrubber, "Aanwezig: SPV, huisarts en wijkteam. Gr. FACT")
    untouched(scrubber, "Begeleider (PB) komt dinsdag langs")


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Pt stabiel, slaapt beter. RB", ["RB"]),
        ("Afspraak staat! (jk)", ["jk"]),
        ("Medicatie opgehaald. ~TvD", ["TvD"]),
        ("Gesprek gehad, loopt goed. K.B.", ["K.B."]),
    ],
)
def test_initials_alone_after_the_last_sentence_sign_the_note(text, letters, lexicon):
    assert spans(text, lexicon) == letters


@pytest.mark.parametrize(
    "text",
    [
        "Overleg gepland met de huisarts. SPV",  # a role
        "Signaleringsplan besproken. ok",  # a word, with a vowel
        "Crisiskaart is klaar. NB",  # an abbreviation
        "Dat gaat beter. Top",
        "Vraag gesteld of hij mee wil. OK",  # a word in capitals
    ],
)
def test_roles_words_and_abbreviations_closing_a_note_are_no_signature(text, lexicon):
    assert spans(text, lexicon) == []


def test_lower_case_initials_in_brackets_right_after_a_name(lexicon):
    from werkbord.privacy.initial_frames import initials_after_names

    text = "Gerrit Jansen (gj) is ouderling, Anouk Visser (h.) ook; Kees Bakker (vdr) en Jan de Vries (pt) niet"
    persons = [(text.index(n), text.index(n) + len(n)) for n in ("Gerrit Jansen", "Anouk Visser", "Kees Bakker")]
    persons.append((text.index("Jan de Vries"), text.index("Jan de Vries") + len("Jan de Vries")))
    found = initials_after_names(text, persons, lexicon)
    assert [text[f.start : f.end] for f in found] == ["gj", "h."]  # kin and person words stay


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Bezoek ging goed, volgende week weer. - Rk", ["Rk"]),  # a capital and a consonant after a dash
        ("Bezoek ging goed. - Q.", ["Q."]),  # one capital after a closed sentence
        ("Slaapt slecht\n-- zw, verpleegkundige", ["zw"]),  # two dashes, the signer's role after a comma
        ("Medicatie opgehaald. -- HK, SPV", ["HK"]),
        ("Namens de avonddienst, tq", ["tq"]),  # after whom it is written for
        ("Namens het ambulante team, X.", ["X."]),
        ("Gesprek liep goed\nmvg e. de wolff", ["e. de wolff"]),  # a lower-case initial and surname, signing
        ("Belt morgen terug. - u. van oss", ["u. van oss"]),
    ],
)
def test_a_signature_after_a_dash_or_on_whose_behalf(text, letters, lexicon):
    assert spans(text, lexicon) == letters


@pytest.mark.parametrize(
    "text",
    [
        "Plan: eerst stap 1 - B.",  # one capital after a number: a step, a wing
        "Kamer 12 - C.",
        "Zie afspraak - Dr",  # a title
        "Gesprek gevoerd -- wijkteam, SPV",  # a word signs
        "Gesprek gevoerd -- PB, SPV",  # a role signs
        "Namens het team, SPV",
        "Namens de familie, opa",
        "Afspraak verzet.\n- a. de huisarts",  # a lettered list item naming a role
    ],
)
def test_steps_titles_roles_and_list_items_after_a_dash_are_no_signature(text, lexicon):
    assert spans(text, lexicon) == []
