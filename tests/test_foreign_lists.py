"""Words of another language in a note (issue #22's ninth session): a language by its name
(``data/languages.txt``, from the CLDR) and a word of another language that opens a sentence
(:mod:`werkbord.privacy.foreign_lists`) are kept; a name in the same places still goes, or is
at least shown to the reader. Every example is made up, in languages no test set writes in."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacy_checks import gone, untouched
from werkbord.privacy import Scrubber, deduce_available

needs_deduce = pytest.mark.skipif(not deduce_available(), reason="deduce is a dependency")


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam", "FACT", "buren", "psychiater"], progress=lambda m: None)


def _flagged(scrubber: Scrubber, text: str) -> tuple[str, list[str]]:
    result = scrubber.scrub_many([text], review=[])[0]
    return result.text, [s[0] for s in result.suspects or ()]


def test_the_languages_list_names_its_source_and_hides_no_listed_name():
    from werkbord.privacy import lexicon
    from werkbord.privacy.words import PEOPLES

    path = Path(lexicon.__file__).parent / "data" / "languages.txt"
    head = "\n".join(line for line in path.read_text("utf-8").splitlines() if line.startswith("#"))
    assert "CLDR" in head and "licence" in head
    assert {"wolof", "malayalam", "kirundi", "oeigoers", "haïtiaans"} <= PEOPLES
    assert not {"shona", "nama", "teso"} & PEOPLES  # a first name or too short: a name stays a name
    listed = lexicon.first_names() | lexicon.surnames()
    words = {w for line in path.read_text("utf-8").splitlines() if not line.startswith("#") for w in line.split()}
    assert not words & listed


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Tolk Kinyarwanda geregeld voor het gesprek van dinsdag.",
        "Moeder verstaat alleen Malayalam, de dochter tolkt.",
        "Folder over slapen in het Oeigoers meegegeven.",
        "Pt. spreekt Haïtiaans Creools thuis en Frans op zijn werk.",
    ],
)
def test_a_language_by_its_name_stays(scrubber, text):
    untouched(scrubber, text)


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Bigos, pierogi, kompot: zo kookt oma voor de hele familie.",  # a list in lower case after it
        "Zakuski en kvas (eten van thuis) staan elke zondag op tafel.",
        "Kvas (zomerdrank) neemt hij mee naar de dagbesteding.",  # a meaning in brackets
        "Vamos, zei ze, en pakte haar jas. Gesprek na 20 min gestopt.",  # what someone said
        "'Merhaba' zegt hij bij de deur. Stemming redelijk.",
    ],
)
def test_a_word_of_another_language_opening_a_sentence_stays_and_is_shown(scrubber, text):
    out, suspects = _flagged(scrubber, text)
    assert out == text
    assert text.split()[0].strip("',") in suspects  # kept, and shown to the reader all the same


@needs_deduce
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tsegereda, zijn zus, belt elke avond.", "Tsegereda"),  # a role after the comma
        ("Yerlan en zijn broer komen morgen.", "Yerlan"),
        ("Dorcas (buurvrouw) brengt de boodschappen.", "Dorcas"),  # a role word in the brackets
        ("Mw. kwam met cl. Ongwen (zesenveertig) naar de poli.", "Ongwen"),  # after a title's dot
        ("Kwabena, 31, woont sinds kort in Almere.", "Kwabena"),
        ("Hamdiya, veertig-plus, werkt in de kas.", "Hamdiya"),
    ],
)
def test_a_name_in_the_same_place_still_goes(scrubber, text, name):
    assert gone(name, scrubber.scrub(text).text)


@needs_deduce
def test_an_organisation_with_its_kind_in_brackets_still_goes(scrubber):
    # "(genderzorg)" says what kind of organisation it is: a name, not a word and its meaning
    assert gone("Trevalda", scrubber.scrub("Trevalda (jeugdzorg) neemt de begeleiding over.").text)


@needs_deduce
def test_a_name_at_the_head_of_a_list_of_foreign_words_is_at_least_shown():
    from werkbord.privacy.foreign_lists import foreign_list_heads
    from werkbord.privacy.found import Found
    from werkbord.privacy.lexicon import first_names, opentaal_words, surnames
    from werkbord.privacy.words import Lexicon

    lexicon = Lexicon(words=opentaal_words())
    text = "Bigos, pierogi, kompot: zo kookt oma."
    head = Found(0, 5, "persoon")
    assert foreign_list_heads(text, [head], lexicon, lambda: (first_names(), surnames())) == [head]
    named = "Bigos, zijn broer, kookt."
    assert foreign_list_heads(named, [head], lexicon, lambda: (first_names(), surnames())) == []


def test_the_countries_list_names_its_source_and_hides_no_listed_name():
    from werkbord.privacy import lexicon
    from werkbord.privacy.words import COUNTRIES

    path = Path(lexicon.__file__).parent / "data" / "countries.txt"
    head = "\n".join(line for line in path.read_text("utf-8").splitlines() if line.startswith("#"))
    assert "CLDR" in head and "licence" in head
    assert {"mozambique", "kirgizië", "zuid-soedan", "paraguay", "polen"} <= COUNTRIES
    words = {w for line in path.read_text("utf-8").splitlines() if not line.startswith("#") for w in line.split()}
    assert not words & (lexicon.first_names() | lexicon.surnames())  # "Jordan", "Georgia" stay names


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Moeder wil terug naar Mozambique, zegt de zoon.",
        "Oom en tante in Kirgizië weten van niets.",
        "Pt. stuurt elke maand geld naar familie in Zuid-Soedan.",
        "Broer woont in Paraguay sinds 2019.",
    ],
)
def test_a_country_by_its_name_stays(scrubber, text):
    untouched(scrubber, text)


@needs_deduce
def test_a_first_name_that_is_a_country_stays_a_name(scrubber):
    assert gone("Jordan", scrubber.scrub("Jordan belde om 10 uur, hij komt morgen.").text)


@needs_deduce
def test_a_first_name_that_is_a_word_before_where_one_is_from_is_shown(scrubber):
    # a language or a people in brackets is kept now; the first name before it is shown all the same
    out, suspects = _flagged(scrubber, "Vandaag gesproken. Anders (Noors, monteur) belt morgen terug.")
    assert "Anders" in suspects or gone("Anders", out)
