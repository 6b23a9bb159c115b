"""The shipped template `terugval` and the loader's error messages."""

from __future__ import annotations

import copy
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from werkbord.errors import TemplateError
from werkbord.palette import PALETTE
from werkbord.template import ZONES, Werkvorm, builtin_templates, load_template

TEMPLATE = Path(__file__).resolve().parents[1] / "templates" / "terugval.yaml"
LANGS = ("nl", "en")

# Values that are not shown to anyone and therefore are not translated.
NEUTRAL_FIELDS = set("name version languages key kind sector bucket color url aliases".split())

# The parties the issue asks for by name.
REQUIRED_PARTIES = (
    "naasten",
    "huisarts",
    "poh_ggz",
    "sociaal_domein",  # wijkteam
    "school_werk",
    "fact_team",
    "maatschappelijk_werk",
    "ziekenhuis",
    "andere_behandelaren",
)


def raw() -> dict[str, Any]:
    return yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))


def normalise(text: str) -> str:
    """As harvesting compares texts: case, diacritics and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", " ", plain).strip()


@pytest.fixture(params=LANGS)
def any_wv(request) -> Werkvorm:
    return load_template("terugval", request.param)


# --- the shipped template --------------------------------------------------------------


def test_is_a_builtin_and_loads_in_both_languages():
    assert "terugval" in builtin_templates()
    for lang in LANGS:
        wv = load_template("terugval", lang)
        assert wv.lang == lang
        assert wv.name == "terugval"
        assert wv.version == "1.0"
        assert wv.languages == ["nl", "en"]


def test_loading_by_path_equals_loading_by_name():
    assert load_template(TEMPLATE, "nl") == load_template("terugval", "nl")


def test_dutch_texts(wv):
    assert wv.title == "Samenwerken rond terugval"
    assert wv.time_indication == "ca. 1 uur"
    assert [s.title for s in wv.steps] == ["Ervaring ophalen", "Netwerk in beeld", "Van inzicht naar actie"]
    assert wv.step2.patient_label == "Patiënt"
    assert wv.labels.group == "Groep"


def test_english_texts(wv_en):
    assert wv_en.time_indication == "about 1 hour"
    assert wv_en.step2.patient_label == "Patient"
    assert wv_en.labels.time_up == "time's up — wrap up"
    form = wv_en.step3.form
    assert (form.party, form.action, form.effect, form.owner, form.deadline) == (
        "Party",
        "Micro-action",
        "Expected effect",
        "Who",
        "When",
    )


def test_steps_kinds_keys_and_minutes(any_wv):
    assert [s.kind for s in any_wv.steps] == ["prompts", "network", "actions"]
    assert [s.key for s in any_wv.steps] == ["ervaring", "netwerk", "actie"]
    assert [s.minutes for s in any_wv.steps] == [25, 20, 15]


def test_step1_sections_and_prompts(any_wv):
    sections = {s.key: [p.key for p in s.prompts] for s in any_wv.step1.sections}
    assert sections == {
        "casus": ["betrokken", "gebeurd", "risico"],
        "duo": ["werkte", "werkte_niet", "gewenst"],
        "samen": ["succesfactoren", "knelpunten", "ontbrekend"],
    }


def test_prompts_fit_a_region_header(any_wv):
    prompts = [p for s in any_wv.step1.sections for p in s.prompts] + list(any_wv.step2.key_questions)
    too_long = [p.text for p in prompts if len(p.text) > 90]
    assert not too_long


def test_step2_network(any_wv):
    s2 = any_wv.step2
    assert set(s2.zones) == set(ZONES)
    for z in ZONES:
        assert s2.zones[z].label.startswith(f"{z} ")
        assert s2.zones[z].definition.endswith(".")
    assert [q.key for q in s2.key_questions] == ["verschil", "winst"]
    assert s2.blank_parties == 4


def test_step2_zone_texts_in_dutch(wv):
    s2 = wv.step2
    assert "goed en vaak betrokken" in s2.zones["A"].label
    assert "soms betrokken" in s2.zones["B"].label
    assert "niet betrokken maar wel wenselijk" in s2.zones["C"].label
    assert "niet over persoonlijke nabijheid" in s2.zone_note


def test_step3_actions(any_wv):
    s3 = any_wv.step3
    assert len(s3.examples) == 5
    assert len(set(s3.examples)) == 5
    assert len(s3.sharing_questions) == 2
    assert len(s3.instructions) >= 2


def test_english_differs_from_dutch_for_every_title(wv, wv_en):
    def titles(w: Werkvorm) -> list[str]:
        return (
            [w.title, w.theme, w.goal, w.time_indication]
            + [s.title for s in w.steps]
            + [s.intro for s in w.steps]
            + [s.title for s in w.step1.sections]
            + [p.text for s in w.step1.sections for p in s.prompts]
            + [w.step2.zones[z].label for z in ZONES]
            + [q.text for q in w.step2.key_questions]
            + w.step3.examples
            + [w.labels.privacy_notice, w.labels.report_title, w.labels.sources]
        )

    same = [(a, b) for a, b in zip(titles(wv), titles(wv_en), strict=True) if a == b]
    assert not same


def test_every_visible_text_is_translated():
    """A plain string outside the language-neutral fields would show up untranslated."""
    untranslated: list[str] = []

    def walk(node: Any, path: str, field: str) -> None:
        if isinstance(node, dict):
            if set(node) == set(LANGS):
                assert all(isinstance(v, str) and v.strip() for v in node.values()), path
                return
            for k, v in node.items():
                walk(v, f"{path}.{k}", str(k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]", field)
        elif isinstance(node, str) and field not in NEUTRAL_FIELDS:
            untranslated.append(path)

    walk(raw(), "", "")
    assert not untranslated


def test_every_label_is_filled(any_wv):
    empty = [k for k, v in any_wv.labels.model_dump().items() if not v.strip()]
    assert not empty


def test_materials_and_preparation(any_wv):
    assert len(any_wv.materials.physical) >= 3
    assert len(any_wv.materials.online) >= 2
    assert len(any_wv.preparation) >= 3


def test_sectors(any_wv):
    assert [s.key for s in any_wv.sectors] == ["naasten", "zorg", "sociaal", "werk"]
    colors = [s.color for s in any_wv.sectors]
    assert len(set(colors)) == 4
    assert all(c in PALETTE for c in colors)


def test_buckets_carry_the_survey_figures(any_wv):
    assert {b.key: b.survey_share for b in any_wv.buckets} == {
        "naasten": 0.69,
        "andere_behandelaren": 0.59,
        "huisartsen": 0.48,
        "sociaal_domein": 0.44,
    }


def test_survey_names_its_source_without_invented_details(any_wv):
    assert "Akwa GGZ" in any_wv.survey.source
    assert not re.search(r"\d", any_wv.survey.note), "no sample size is known, so none is printed"
    assert any_wv.survey.url is None or any_wv.survey.url.startswith("https://")


def test_sources(any_wv):
    assert any("Akwa GGZ" in s.title for s in any_wv.sources)
    assert all(s.url is None or s.url.startswith("https://") for s in any_wv.sources)


def test_party_count(any_wv):
    assert 15 <= len(any_wv.parties) <= 20


@pytest.mark.parametrize("key", REQUIRED_PARTIES)
def test_required_party_present(any_wv, key):
    assert key in {p.key for p in any_wv.parties}


def test_party_buckets(wv):
    bucket = {p.key: p.bucket for p in wv.parties}
    assert bucket["naasten"] == bucket["partner"] == bucket["familie"] == "naasten"
    assert bucket["huisarts"] == bucket["poh_ggz"] == "huisartsen"
    assert bucket["sociaal_domein"] == bucket["maatschappelijk_werk"] == "sociaal_domein"
    for key in ("fact_team", "ziekenhuis", "andere_behandelaren", "crisisdienst"):
        assert bucket[key] == "andere_behandelaren", key
    assert bucket["school_werk"] is None
    # every bucket the survey asked about has at least one party
    assert {b.key for b in wv.buckets} == {b for b in bucket.values() if b is not None}


def test_every_sector_has_parties(wv):
    assert {s.key for s in wv.sectors} == {p.sector for p in wv.parties}


def test_aliases_are_lower_case_and_plentiful(wv):
    for p in wv.parties:
        assert len(p.aliases) >= 3, p.key
        assert all(a == a.lower() and a.strip() == a and a for a in p.aliases), p.key


def test_aliases_are_the_same_in_both_languages(wv, wv_en):
    assert {p.key: p.aliases for p in wv.parties} == {p.key: p.aliases for p in wv_en.parties}


def test_no_alias_is_shared_by_two_parties():
    """After normalising, as harvesting does; labels and keys count as aliases too."""
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for lang in LANGS:
        for p in load_template("terugval", lang).parties:
            for alias in {p.label, p.key.replace("_", " "), *p.aliases}:
                n = normalise(alias)
                assert n, f"{p.key}: alias {alias!r} is empty once normalised"
                if owner.setdefault(n, p.key) != p.key:
                    clashes.append(f"{n!r}: {owner[n]} and {p.key}")
    assert not clashes


def test_no_alias_is_a_generic_word(wv):
    generic = {"de", "het", "een", "team", "zorg", "ggz", "patient", "partij", "party", "anders", "other"}
    for p in wv.parties:
        assert not generic & {normalise(a) for a in p.aliases}, p.key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("de huisarts", "huisarts"),
        ("POH-GGZ", "poh_ggz"),
        ("Huisarts / POH", "huisarts"),
        ("Sociaal wijkteam", "sociaal_domein"),
        ("FACT-team", "fact_team"),
        ("Maatschappelijk werker", "maatschappelijk_werk"),
        ("werkgever", "school_werk"),
        ("moeder van patiënt", "familie"),
        ("Mantelzorger", "naasten"),
        ("Ziekenhuis (SEH)", "ziekenhuis"),
        ("vrijwilligerswerk", "dagbesteding"),
    ],
)
def test_harvest_finds_parties_by_their_aliases(wv, written, key):
    from werkbord.party_match import PartyMatcher

    assert PartyMatcher(wv.parties).find(written) == key


# --- broken templates ------------------------------------------------------------------


def write(tmp_path: Path, data: Any, name: str = "kapot.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _drop_goal(d):
    del d["goal"]


def _drop_form_effect(d):
    del d["steps"][2]["form"]["effect"]


def _minutes_word(d):
    d["steps"][1]["minutes"] = "twintig"


def _minutes_zero(d):
    d["steps"][0]["minutes"] = 0


def _unknown_sector(d):
    d["parties"][0]["sector"] = "onbekend"


def _unknown_bucket(d):
    d["parties"][0]["bucket"] = "onbekend"


def _missing_english(d):
    d["steps"][0]["title"] = {"nl": "Ervaring ophalen"}


def _extra_field(d):
    d["labels"]["extra"] = {"nl": "x", "en": "x"}


def _bad_colour(d):
    d["sectors"][1]["color"] = "mauve"


def _zone_missing(d):
    del d["steps"][1]["zones"]["B"]


def _steps_out_of_order(d):
    d["steps"][1], d["steps"][2] = d["steps"][2], d["steps"][1]


def _duplicate_party(d):
    d["parties"].append(copy.deepcopy(d["parties"][0]))


def _share_above_one(d):
    d["buckets"][0]["survey_share"] = 69


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_drop_goal, ["'goal'", "required"]),
        (_drop_form_effect, ["'steps[2].form.effect'", "required"]),
        (_minutes_word, ["'steps[1].minutes'", "integer"]),
        (_minutes_zero, ["'steps[0].minutes'", "greater than 0"]),
        (_unknown_sector, ["'naasten'", "unknown sector 'onbekend'"]),
        (_unknown_bucket, ["'naasten'", "unknown bucket 'onbekend'"]),
        (_missing_english, ["steps[0].title", "no 'en' text"]),
        (_extra_field, ["'labels.extra'", "not permitted"]),
        (_bad_colour, ["'sectors[1].color'"]),
        (_zone_missing, ["'steps[1]", "missing B"]),
        (_steps_out_of_order, ["'prompts', 'network' and 'actions'"]),
        (_duplicate_party, ["'naasten' appears twice"]),
        (_share_above_one, ["'buckets[0].survey_share'", "less than or equal to 1"]),
    ],
    ids=lambda v: v.__name__.strip("_") if callable(v) else None,
)
def test_broken_template_names_file_and_field(tmp_path, mutate, expected):
    data = raw()
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(TemplateError) as info:
        load_template(path, "en")
    message = str(info.value)
    assert str(path) in message
    for part in expected:
        assert part in message


def test_broken_template_fails_in_every_language(tmp_path):
    data = raw()
    _minutes_zero(data)
    path = write(tmp_path, data)
    for lang in LANGS:
        with pytest.raises(TemplateError, match=re.escape("steps[0].minutes")):
            load_template(path, lang)


def test_unmutated_copy_loads(tmp_path):
    """The broken-template tests above start from a copy that is itself valid."""
    path = write(tmp_path, raw(), "heel.yaml")
    assert load_template(path, "nl") == load_template("terugval", "nl")


def test_not_yaml(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text("name: terugval\nsteps: [unclosed\n  - {a: b\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid YAML at line") as info:
        load_template(path, "nl")
    assert str(path) in str(info.value)


@pytest.mark.parametrize("content", ["- een\n- lijst\n", "alleen tekst\n", ""])
def test_not_a_mapping(tmp_path, content):
    path = tmp_path / "lijst.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TemplateError, match="expected a YAML mapping") as info:
        load_template(path, "nl")
    assert str(path) in str(info.value)


def test_missing_languages_field(tmp_path):
    data = raw()
    del data["languages"]
    path = write(tmp_path, data)
    with pytest.raises(TemplateError, match="'languages'"):
        load_template(path, "nl")


def test_missing_file(tmp_path):
    path = tmp_path / "bestaat-niet.yaml"
    with pytest.raises(TemplateError, match="does not exist"):
        load_template(path, "nl")


def test_unknown_template_name_lists_the_builtins():
    with pytest.raises(TemplateError) as info:
        load_template("bestaat_niet", "nl")
    message = str(info.value)
    assert "'bestaat_niet'" in message
    assert "terugval" in message


def test_unknown_language_names_the_available_ones():
    with pytest.raises(TemplateError) as info:
        load_template(TEMPLATE, "de")
    message = str(info.value)
    assert "'de'" in message
    assert "nl, en" in message
    assert str(TEMPLATE) in message


def test_prompt_and_key_question_keys_must_be_unique(tmp_path):
    import yaml as _yaml

    from werkbord.errors import TemplateError as _TE
    from werkbord.template import load_template as _load

    src = Path(__file__).resolve().parents[1] / "templates" / "terugval.yaml"
    data = _yaml.safe_load(src.read_text(encoding="utf-8"))
    data["steps"][1]["key_questions"][0]["key"] = "betrokken"
    bad = tmp_path / "dubbel.yaml"
    bad.write_text(_yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(_TE, match="betrokken appears twice"):
        _load(bad, "nl")
