"""Names and ordinary words of the languages Dutch care meets beyond Dutch (issue #22's eighth
session): the world's names on ``data/foreign_names.txt`` (Faker's providers of many more
locales), and ``data/world_words.txt`` (words of address, respect, greeting, faith and food) that
are no names. Every example is made up."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from privacy_checks import gone, needs_deduce, untouched
from werkbord.privacy import Scrubber


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam", "FACT", "buren", "psychiater"], progress=lambda m: None)


# --- the lists --------------------------------------------------------------------------------


def test_the_world_words_name_their_source_and_licence_and_hold_no_listed_name():
    from werkbord.privacy import lexicon
    from werkbord.privacy.words import RESPECT_WORDS, ROLE_WORDS, WORLD_WORDS

    path = Path(lexicon.__file__).parent / "data" / "world_words.txt"
    head = "\n".join(line for line in path.read_text("utf-8").splitlines() if line.startswith("#"))
    assert "Source:" in head and "(MIT)" in head
    assert {"kuya", "abla", "hooyo", "bhai"} <= RESPECT_WORDS <= ROLE_WORDS
    assert {"inshallah", "injera", "vanakkam"} <= WORLD_WORDS
    deduce_names = {
        n.lower()
        for part in ("lst_first_name", "lst_surname")
        for n in lexicon._deduce_list("names", part, "items.txt")
    }
    # a word that deduce knows as a name stays a name: the list never hides one
    assert not (RESPECT_WORDS | WORLD_WORDS) & deduce_names
    first, last = lexicon._foreign_names()
    assert not (RESPECT_WORDS | WORLD_WORDS) & (first | last)
    # nor without its accents: "pépé" would hide "pepe", "irmã" "Irma"
    listed = lexicon.first_names() | lexicon.surnames()
    assert not [
        w for w in RESPECT_WORDS | WORLD_WORDS if _build_script()._ascii(w) != w and _build_script()._ascii(w) in listed
    ]


def test_the_foreign_names_hold_the_worlds_names_and_none_is_an_english_word():
    from werkbord.privacy import lexicon
    from werkbord.privacy.english_vocabulary import english_words

    first, last = lexicon._foreign_names()
    # Yoruba, Igbo, Zulu, Kenyan, Georgian and Armenian (in Latin letters), Vietnamese, Greek
    assert {"oluwafemi", "chukwuemeka", "nomvula", "wanjiru", "giorgi", "hovhannes", "huong", "giannis"} <= first
    assert {"otieno", "kamau"} <= last
    old = {"grzegorz", "dorota"}  # Central Europe's names stay
    assert old <= first
    english = english_words()
    # the world's part is filtered for English words (Central Europe's part was built before)
    assert not [n for n in ("grace", "hope", "will", "wellington", "precious") if n in first | last]
    assert "precious" in english


def _build_script():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "build_foreign_names.py"
    spec = importlib.util.spec_from_file_location("build_foreign_names", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "raw, locale, latin",
    [
        ("Γιώργος", "el_GR", "giorgos"),
        ("Σουλτάνα", "el_GR", "soultana"),
        ("გიორგი", "ka_GE", "giorgi"),
        ("ნინო", "ka_GE", "nino"),
        ("Հովհաննես", "hy_AM", "hovhannes"),
        ("Անուշ", "hy_AM", "anush"),
        ("Олена", "uk_UA", "olena"),
    ],
)
def test_the_build_writes_greek_georgian_and_armenian_names_in_latin_letters(raw, locale, latin):
    assert _build_script()._latin(raw, locale) == latin


# --- names of the world in a note ---------------------------------------------------------------


@needs_deduce
@pytest.mark.parametrize(
    "text, names",
    [
        ("belt met wanjiru over haar kind.", ["wanjiru"]),  # Kenyan, lower case after "met"
        ("daarna kwam giorgi langs voor zijn post.", ["giorgi"]),  # Georgian, where a subject stands
        ("hovhannes heeft geen werk meer.", ["hovhannes"]),  # Armenian, opening a note before a verb
        ("sprak huong vandaag kort op de gang.", ["huong"]),  # Vietnamese, after a verb of speech
        ("gesprek met obinna en zijn moeder", ["obinna"]),
    ],
)
def test_names_of_the_world_in_lower_case_go_where_a_name_stands(scrubber, text, names):
    out = scrubber.scrub(text).text
    assert all(gone(n, out) for n in names), out


# --- words of the world that are no names --------------------------------------------------------


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Haar Khalti belt elke avond uit het buitenland.",  # an aunt (Moroccan Arabic)
        "Wil eerst met Bhabhi overleggen voor hij tekent.",  # a brother's wife (Urdu, Hindi)
        "Ninang komt zondag helpen met koken.",  # a godmother (Tagalog)
        "Na de Vanakkam aan de groep werd hij rustiger.",  # a greeting (Tamil)
        "Kookt op vrijdag Injera voor de hele gang.",  # a flatbread (Tigrinya, Amharic)
        "Zegt Inshallah als het over de toekomst gaat.",
        "Babcia zorgt voor de kinderen als moeder werkt.",  # a grandmother (Polish)
    ],
)
def test_words_of_address_faith_and_food_stay_as_written(scrubber, text):
    untouched(scrubber, text)


@needs_deduce
@pytest.mark.parametrize(
    "text, word, name",
    [
        ("Ninang Marivic brengt hem naar de dagbesteding.", "Ninang", "Marivic"),
        ("Zij woont bij Khalti Zoubida in de flat.", "Khalti", "Zoubida"),
        ("Afspraak met Bhabhi Shabana over de medicatie.", "Bhabhi", "Shabana"),
        ("vandaag kwam teyze yadigar mee naar het gesprek", "teyze", "yadigar"),  # a listed name, lower case
        ("Kleinzoon pepe (ca. 30) woont bij opa.", "Kleinzoon", "pepe"),  # no "pépé" (grandpa) hides it
    ],
)
def test_a_name_after_a_word_of_respect_goes_and_the_word_stays(scrubber, text, word, name):
    out = scrubber.scrub(text).text
    assert gone(name, out) and word in out, out


@needs_deduce
def test_feasts_of_south_asia_and_south_east_asia_are_no_names_and_date_with_a_year(scrubber):
    untouched(scrubber, "Onam en Deepavali vallen dit jaar dicht bij elkaar.")
    untouched(scrubber, "Na Lebaran is hij altijd somber.")
    out = scrubber.scrub("Opgenomen kort na Thaipusam 2024, nu stabiel.").text
    assert "2024" not in out and "[DATUM-1]" in out, out


@needs_deduce
def test_a_religious_title_of_another_language_is_a_role_word(scrubber):
    untouched(scrubber, "Kerk: de pastora nodigen we uit voor de psycho-educatie.")
    out = scrubber.scrub("Volgens reverendo Ignatius slaapt hij beter.").text
    assert gone("Ignatius", out) and "reverendo" in out, out
