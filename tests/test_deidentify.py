"""De-identification: deduce plus werkbord's rules, protected words and lean cache.

The pure parts (protected words, extra rules, the cache file) run without deduce. Tests that
scrub for real need deduce and skip with the reason when it is missing; they use the user's
cache directory like the product does, so the very first run on a machine prepares it once
(about a minute) and later runs load it in under a second.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from werkbord.deidentify import CATEGORIES, Scrubber, ScrubResult, category_of, deduce_available
from werkbord.privacy.protect import ProtectedPhrases
from werkbord.privacy.rules import Found, find_extra

CORPUS = yaml.safe_load((Path(__file__).parent / "data" / "deid_corpus.yaml").read_text("utf-8"))
PROTECTED: list[str] = CORPUS["protected"]
NOTES = CORPUS["notes"]
DIRTY = [n for n in NOTES if not n.get("clean")]
CLEAN = [n for n in NOTES if n.get("clean")]

needs_deduce = pytest.mark.skipif(
    not deduce_available(), reason="deduce is not installed (pip install 'deduce>=3.0.6,<4')"
)
TAG = re.compile(r"\[[A-Z]+-\d+\]")


def present(word: str, text: str) -> bool:
    """``word`` occurs on its own: "Jan" is not found inside "januari", but "16" is in "16jr"."""
    left = r"(?<!\d)" if word[0].isdigit() else r"(?<!\w)"
    right = r"(?!\d)" if word[-1].isdigit() else r"(?!\w)"
    return re.search(left + re.escape(word) + right, text) is not None


def words(note: dict) -> list[str]:
    """A note's identifiers as text (each is a mapping {text, category} or a plain string)."""
    return [i if isinstance(i, str) else i["text"] for i in note.get("identifiers", [])]


def spans(text: str, found: list[Found], tag: str | None = None) -> list[str]:
    return [text[f.start : f.end] for f in sorted(found, key=lambda f: f.start) if tag in (None, f.tag)]


# --- the corpus itself -----------------------------------------------------------------------


def test_corpus_is_big_enough_and_well_formed():
    assert len(DIRTY) >= 60 and len(CLEAN) >= 20
    for n in DIRTY:
        assert n["identifiers"], n["text"]
        for w in (*words(n), *n.get("keep", [])):
            assert present(w, n["text"]), f"{w!r} is not in {n['text']!r}"
        assert set(n.get("expect", [])) <= set(CATEGORIES.values())


# --- protected words (pure) ------------------------------------------------------------------


def test_protected_phrases_match_case_diacritics_separators_and_plurals():
    p = ProtectedPhrases(["POH-ggz", "FACT-team", "huisarts", "cliëntenraad"])
    text = "poh ggz, Poh/GGZ, FACT team, factteam, Huisartsen, clientenraad, huisartspraktijk"
    found = [text[s:e] for s, e in p.spans(text)]
    assert found == ["poh ggz", "Poh/GGZ", "FACT team", "factteam", "Huisartsen", "clientenraad"]


def test_protected_phrases_prefer_the_longest_and_ignore_single_letters():
    p = ProtectedPhrases(["FACT", "FACT-team", "A", ""])
    assert p.phrases == ["fact team", "fact"]
    assert [tuple(s) for s in p.spans("FACT-team en FACT")] == [(0, 9), (13, 17)]


def test_protection_trims_an_annotation_to_the_name_beside_the_party_word():
    text = "Ervaringsdeskundige Sanne hielp"
    p = ProtectedPhrases(["ervaringsdeskundige"])
    kept = p.apply(text, [Found(0, 25, "persoon")])
    assert spans(text, kept) == ["Sanne"]


def test_protection_drops_an_annotation_that_is_only_a_party_word():
    text = "FACT-team stemde af met RIBW en Buren"
    p = ProtectedPhrases(["FACT", "RIBW", "buren"])
    found = [Found(0, 4, "zorginstelling"), Found(24, 28, "zorginstelling"), Found(32, 37, "locatie")]
    assert p.apply(text, found) == []


def test_a_capitalised_party_word_after_a_first_name_is_a_surname_and_still_goes():
    p = ProtectedPhrases(["buren", "vriend"])
    assert p.apply("Jan Buren belde", [Found(0, 9, "persoon")]) == [Found(0, 9, "persoon")]
    assert p.apply("mevr. Vriend", [Found(0, 12, "persoon")]) == [Found(0, 12, "persoon")]
    # ... but not for other kinds: a place called Buren next to a party word is the party word.
    assert p.apply("Buren", [Found(0, 5, "locatie")]) == []


# --- extra rules (pure) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("mevr. Jansen (54) woont alleen", ["54"]),  # right after a name
        ("Opa (82) past op", ["82"]),  # after a person noun
        ("Patiënt (m, 37)", ["37"]),
        ("Cliënt (v/29)", ["29"]),
        ("Ahmed (zoon, 19) belde", ["19"]),
        ("Overleg (ronde, 2) liep uit", []),  # a word in the brackets that is no person
        ("iemand (61 jaar)", ["61"]),
        ("Kinderen (3 en 5) bij de ex", ["3", "5"]),
        ("dochter 12jr", ["12"]),
        ("leeftijd: 40", ["40"]),
        ("Actiepunten (3) niet gedaan", []),  # a count
        ("mevr. Jansen (154)", []),  # no one is 154
        ("al 3jr in zorg", []),  # a duration, as deduce's own age rule judges
    ],
)
def test_ages(text, ages):
    persons = [(6, 12)] if text.startswith("mevr. Jansen") else []
    assert spans(text, find_extra(text, persons), "leeftijd") == ages


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("belde op 3 maart", ["3 maart"]),
        ("op 1 okt met naasten", ["1 okt"]),
        ("sinds maart 2023", ["maart 2023"]),
        ("intake 12/3", ["12/3"]),
        ("ontslag 5-6, daarna", ["5-6"]),
        ("24/7 bereikbaar", []),
        ("3-4 keer per week", []),
        ("10-12 weken wachten", []),
        ("groep 7-8", []),
        ("kreeg een 7/10", []),
        ("bel 06-12345678", []),  # a phone number, not "06-12"
        ("in mei was het rustig", []),  # a month alone identifies no one
    ],
)
def test_dates(text, dates):
    assert spans(text, find_extra(text), "datum") == dates


def test_numbers_addresses_and_phones():
    text = (
        "pat.nr. 48213, dossiernummer 556677; mail info@bewind-jansen.eu of zie www.mijnplan.info. Bel +31 6 23456789."
    )
    found = find_extra(text)
    assert spans(text, found, "id") == ["48213", "556677"]
    assert spans(text, found, "emailadres") == ["info@bewind-jansen.eu"]
    assert spans(text, found, "url") == ["www.mijnplan.info"]  # the full stop stays in the text
    assert spans(text, found, "telefoonnummer") == ["+31 6 23456789"]


def test_category_keys_are_stable_and_unknown_tags_keep_their_name():
    assert category_of("zorginstelling") == category_of("ziekenhuis") == "instelling"
    assert category_of("id") == "patientnummer" and category_of("emailadres") == "email"
    assert category_of("NIEUW") == "nieuw"


# --- lazy loading ----------------------------------------------------------------------------


def test_importing_werkbord_and_scrubbing_nothing_does_not_import_deduce():
    code = (
        "import sys, werkbord, werkbord.deidentify as d\n"
        "s = d.Scrubber(['huisarts'], progress=print)\n"
        "assert s.scrub('') == d.ScrubResult('', {}) and s.scrub('  \\n').text == '  \\n'\n"
        "print(sorted(m for m in ('deduce', 'docdeid') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- the lean lookup cache -------------------------------------------------------------------


@needs_deduce
def test_flat_trie_answers_exactly_like_docdeids_trie():
    import docdeid as dd

    from werkbord.privacy.lookup import structs_from_tables, tables_from_structs

    rnd = random.Random(7)
    vocab = ["de", "van", "Sint", "Jan", "Utrecht", "Zuid", "a", "B", "-", "aan", "Zee"]
    trie = dd.ds.LookupTrie(matching_pipeline=[dd.str.LowercaseString()])
    for _ in range(300):
        trie.add_item([rnd.choice(vocab) for _ in range(rnd.randint(1, 5))])
    flat = structs_from_tables(tables_from_structs([("t", trie)]))["t"]
    assert flat.children.keys() == trie.children.keys()
    for _ in range(2000):
        tokens = [rnd.choice(vocab) for _ in range(rnd.randint(1, 8))]
        start = rnd.randrange(len(tokens))
        assert flat.longest_matching_prefix(tokens, start_i=start) == trie.longest_matching_prefix(
            tokens, start_i=start
        )
        assert (tokens[start:] in flat) == (tokens[start:] in trie)


@needs_deduce
def test_cache_file_round_trip_and_damage_is_detected(tmp_path):
    from werkbord.privacy.lookup import Table, read_tables, write_tables

    tables = {
        "first_name": Table("trie", [], ["Jan", "Anne\x1fMarie"], {"Jan": 1, "Anne": 2}),
        "whitelist": Table("set", ["LowercaseString"], ["huisarts", "patiënt"]),
    }
    path = tmp_path / "lookup.txt"
    write_tables(path, tables)
    assert read_tables(path) == tables
    data = path.read_bytes()
    path.write_bytes(data[:-5])  # truncated, e.g. the disk filled up
    assert read_tables(path) is None
    path.write_bytes(b"not a cache" + data)
    assert read_tables(path) is None
    assert read_tables(tmp_path / "missing.txt") is None


@needs_deduce
def test_preparation_runs_once_reports_progress_and_survives_an_unwritable_dir(tmp_path, monkeypatch):
    from werkbord.privacy import lookup

    builds = []

    def fake_build(progress):
        # The real build takes a minute; the orchestration around it is what is tested here.
        builds.append(1)
        progress("1/1 test lists")
        return {"initial": lookup.Table("set", [], ["A", "B"])}

    monkeypatch.setattr(lookup, "build_tables", fake_build)
    monkeypatch.setattr(lookup, "_tables_from_stock_cache", lambda: None)
    messages: list[str] = []
    structs, info = lookup.load_or_build(tmp_path / "c", messages.append)
    assert info.built and info.saved and builds == [1]
    assert any("once" in m for m in messages) and any("1/1 test lists" in m for m in messages)
    assert "A" in structs["initial"]

    messages.clear()
    structs, info = lookup.load_or_build(tmp_path / "c", messages.append)
    assert not info.built and builds == [1] and messages == []  # warm: silent, no rebuild
    assert len(list((tmp_path / "c").glob("lookup-*.txt"))) == 1

    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    messages.clear()
    structs, info = lookup.load_or_build(blocker / "c", messages.append)
    assert info.built and not info.saved and "B" in structs["initial"]
    assert any("could not save" in m for m in messages)


# --- scrubbing for real ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def scrubber():
    if not deduce_available():
        pytest.skip("deduce is not installed (pip install 'deduce>=3.0.6,<4')")
    s = Scrubber(PROTECTED, progress=lambda m: print(m, file=sys.stderr))
    s.prepare()
    return s


@needs_deduce
@pytest.mark.parametrize("note", DIRTY, ids=lambda n: n["text"][:40])
def test_identifiers_disappear_and_party_words_stay(scrubber, note):
    r = scrubber.scrub(note["text"])
    survived = [w for w in words(note) if present(w, r.text)]
    lost = [w for w in note.get("keep", []) if not present(w, r.text)]
    assert not survived, f"{r.text!r} still shows {survived}"
    assert not lost, f"{r.text!r} lost {lost}"
    assert set(note.get("expect", [])) <= set(r.counts), r.counts
    assert sum(r.counts.values()) == len(TAG.findall(r.text))  # one count per tag in the text


@needs_deduce
@pytest.mark.parametrize("note", CLEAN, ids=lambda n: n["text"][:40])
def test_clean_notes_come_back_untouched(scrubber, note):
    assert scrubber.scrub(note["text"]) == ScrubResult(note["text"], {})


@needs_deduce
def test_tags_are_deduces_and_numbered_consistently_within_a_note(scrubber):
    r = scrubber.scrub("Jansen belde de huisarts. Later belde Jansen met Pietersen.")
    assert r.text == "[PERSOON-1] belde de huisarts. Later belde [PERSOON-1] met [PERSOON-2]."
    assert r.counts == {"persoon": 3}
    # Numbering starts again in every note.
    assert scrubber.scrub("Pietersen belde").text == "[PERSOON-1] belde"


@needs_deduce
def test_protection_is_what_keeps_party_words(scrubber):
    text = "RIBW begeleider en FACT-team, buren belden"
    bare = Scrubber([]).scrub(text)  # deduce alone takes RIBW and FACT for institutions
    assert not present("RIBW", bare.text) and bare.counts.get("instelling", 0) >= 2
    assert scrubber.scrub(text) == ScrubResult(text, {})


@needs_deduce
def test_scrub_many_keeps_order_and_length(scrubber):
    texts = ["Jansen belde", "", "Huisarts werd te laat betrokken", "Jansen belde", "Op 3 maart"]
    results = scrubber.scrub_many(texts)
    assert [r.text for r in results] == [
        "[PERSOON-1] belde",
        "",
        "Huisarts werd te laat betrokken",
        "[PERSOON-1] belde",
        "Op [DATUM-1]",
    ]
    assert scrubber.scrub_many([]) == []


@needs_deduce
def test_the_templates_own_party_words_survive(scrubber, wv):
    from werkbord.harvest.scrub import protected_words

    words = protected_words(wv)
    s = Scrubber(words)
    for p in wv.parties:
        text = f"{p.label} werd te laat betrokken"
        assert s.scrub(text).text == text
    # Aliases such as "man" and "vriend" are protected, yet surnames that look like them are not.
    r = s.scrub("mevr. de Man en Sanne Vriend belden de huisarts")
    assert r.text == "[PERSOON-1] en [PERSOON-2] belden de huisarts", r.text


@needs_deduce
def test_engine_keeps_the_host_programs_logging_and_stdout_clean():
    # deduce configures the root logger to print DEBUG to stdout when imported; werkbord
    # writes reports to stdout, so that must be undone.
    code = (
        "import logging, werkbord.deidentify as d\n"
        "r = d.Scrubber(['huisarts'], progress=lambda m: None).scrub('huisarts Jansen belde')\n"
        "logging.getLogger('x').debug('should not show')\n"
        "assert logging.getLogger().handlers == [], logging.getLogger().handlers\n"
        "print(r.text)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "huisarts [PERSOON-1] belde\n"


@needs_deduce
def test_the_lean_structures_are_what_deduce_uses(scrubber):
    from werkbord.privacy.lookup import FlatTrie

    info = scrubber.prepare()
    assert info.path is not None and info.path.is_file()
    structs = scrubber._get_engine()._deduce.lookup_structs
    assert isinstance(structs["street"], FlatTrie) and len(structs["street"]) > 100_000


@needs_deduce
def test_skipping_number_processors_on_digit_free_notes_changes_nothing(scrubber):
    engine = scrubber._get_engine()
    protected = ProtectedPhrases(PROTECTED)
    texts = [n["text"] for n in NOTES] + [
        "Woont aan de Kerkstraat bij de Dorpsstraat in Zeist",  # streets without a number
        "Postbus zonder nummer, mevr. Jansen belde",
        "Henoch-Schönlein en Parkinson zijn ziektes, geen personen",
    ]
    digit_free = [t for t in texts if not re.search(r"\d", t)]
    assert len(digit_free) > 40
    for t in digit_free:
        assert engine.tag(t, protected, selective=True) == engine.tag(t, protected, selective=False), t


@pytest.mark.parametrize(
    "text,gone,tag",
    [
        ("bsn: 123 456 782 bekend bij huisarts", "123 456 782", "[BSN-1]"),
        ("BSN 123.456.782", "123.456.782", "[BSN-1]"),
        ("burgerservicenummer 1234 56 782", "1234 56 782", "[BSN-1]"),
        ("nummer 123 456 782 staat in het dossier", "123 456 782", "[BSN-1]"),  # passes the eleven-test
        ("bel 06-12 34 56 78", "06-12 34 56 78", "[TELEFOONNUMMER-1]"),
        ("admitted on March 3rd", "March 3rd", "[DATUM-1]"),
        ("aged 54, lives alone", "54", "[LEEFTIJD-1]"),
    ],
)
def test_grouped_bsn_mobile_numbers_and_english_dates(scrubber, text, gone, tag):
    out = scrubber.scrub(text).text
    assert gone not in out and tag in out


def test_grouped_numbers_that_are_no_bsn_stay(scrubber):
    assert scrubber.scrub("groep 7-8, 3-4 keer per week, 24/7 bereikbaar").text == (
        "groep 7-8, 3-4 keer per week, 24/7 bereikbaar"
    )
    assert "123 456 789" in scrubber.scrub("code 123 456 789 op de folder").text  # fails the eleven-test
