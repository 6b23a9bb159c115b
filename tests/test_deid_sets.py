"""Integrity of the de-identification sets of issue #22 written in the frozen2 format: the frozen
sets 2 to 26 (tests/data/deid_frozen2.yaml ... deid_frozen26.yaml) and the
development sets 4 to 36 (tests/data/deid_dev4.yaml ... deid_dev36.yaml).

Checks the data only, never the rules: the file parses, every identifier, kept word, planned date
and owner name is in its note, every BSN passes the eleven-test, and the counts in the header are
true. A note that fails here is a broken test case, not a rule to fix.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parent / "data"
# name -> (file, at least: notes, clean notes, micro-action forms), as their briefs asked
SETS = {
    "frozen2": (DATA / "deid_frozen2.yaml", 250, 80, 50),
    "frozen3": (DATA / "deid_frozen3.yaml", 320, 90, 25),
    "frozen4": (DATA / "deid_frozen4.yaml", 300, 90, 40),
    "frozen5": (DATA / "deid_frozen5.yaml", 380, 95, 40),
    "frozen6": (DATA / "deid_frozen6.yaml", 380, 95, 40),
    "frozen7": (DATA / "deid_frozen7.yaml", 420, 100, 40),
    "frozen8": (DATA / "deid_frozen8.yaml", 400, 120, 50),
    "frozen9": (DATA / "deid_frozen9.yaml", 320, 90, 45),
    "frozen10": (DATA / "deid_frozen10.yaml", 320, 90, 45),
    "frozen11": (DATA / "deid_frozen11.yaml", 360, 120, 55),
    "frozen12": (DATA / "deid_frozen12.yaml", 355, 115, 50),
    "frozen13": (DATA / "deid_frozen13.yaml", 330, 95, 45),
    "frozen14": (DATA / "deid_frozen14.yaml", 330, 95, 45),
    "frozen15": (DATA / "deid_frozen15.yaml", 330, 95, 45),
    "frozen16": (DATA / "deid_frozen16.yaml", 330, 95, 45),
    "frozen17": (DATA / "deid_frozen17.yaml", 330, 95, 45),
    "frozen18": (DATA / "deid_frozen18.yaml", 330, 95, 45),
    "frozen19": (DATA / "deid_frozen19.yaml", 330, 95, 45),
    "frozen20": (DATA / "deid_frozen20.yaml", 330, 95, 45),
    "frozen21": (DATA / "deid_frozen21.yaml", 330, 95, 45),
    "frozen22": (DATA / "deid_frozen22.yaml", 330, 95, 45),
    "frozen23": (DATA / "deid_frozen23.yaml", 330, 95, 45),
    "frozen24": (DATA / "deid_frozen24.yaml", 330, 95, 45),
    "frozen25": (DATA / "deid_frozen25.yaml", 330, 95, 45),
    "frozen26": (DATA / "deid_frozen26.yaml", 330, 95, 45),
    "dev4": (DATA / "deid_dev4.yaml", 240, 70, 20),
    "dev5": (DATA / "deid_dev5.yaml", 220, 50, 15),
    "dev6": (DATA / "deid_dev6.yaml", 300, 80, 30),
    "dev7": (DATA / "deid_dev7.yaml", 330, 90, 40),
    "dev8": (DATA / "deid_dev8.yaml", 330, 90, 40),
    "dev9": (DATA / "deid_dev9.yaml", 330, 90, 40),
    "dev10": (DATA / "deid_dev10.yaml", 330, 90, 40),
    "dev11": (DATA / "deid_dev11.yaml", 320, 90, 40),
    "dev12": (DATA / "deid_dev12.yaml", 320, 90, 40),
    "dev13": (DATA / "deid_dev13.yaml", 320, 90, 40),
    "dev14": (DATA / "deid_dev14.yaml", 400, 200, 40),
    "dev15": (DATA / "deid_dev15.yaml", 400, 100, 40),
    "dev16": (DATA / "deid_dev16.yaml", 320, 90, 45),
    "dev17": (DATA / "deid_dev17.yaml", 320, 110, 45),
    "dev18": (DATA / "deid_dev18.yaml", 450, 170, 60),
    "dev19": (DATA / "deid_dev19.yaml", 420, 190, 55),
    "dev20": (DATA / "deid_dev20.yaml", 375, 125, 50),
    "dev21": (DATA / "deid_dev21.yaml", 420, 125, 130),
    "dev22": (DATA / "deid_dev22.yaml", 375, 130, 60),
    "dev23": (DATA / "deid_dev23.yaml", 370, 140, 50),
    "dev24": (DATA / "deid_dev24.yaml", 320, 100, 45),
    "dev25": (DATA / "deid_dev25.yaml", 320, 100, 45),
    "dev26": (DATA / "deid_dev26.yaml", 320, 100, 45),
    "dev27": (DATA / "deid_dev27.yaml", 320, 100, 45),
    "dev28": (DATA / "deid_dev28.yaml", 320, 100, 45),
    "dev29": (DATA / "deid_dev29.yaml", 320, 100, 45),
    "dev30": (DATA / "deid_dev30.yaml", 320, 100, 45),
    "dev31": (DATA / "deid_dev31.yaml", 320, 90, 40),
    "dev32": (DATA / "deid_dev32.yaml", 320, 90, 40),
    "dev33": (DATA / "deid_dev33.yaml", 320, 90, 40),
    "dev34": (DATA / "deid_dev34.yaml", 320, 90, 40),
    "dev35": (DATA / "deid_dev35.yaml", 320, 100, 45),
    "dev36": (DATA / "deid_dev36.yaml", 320, 100, 45),
}
CATEGORIES = {
    "person",
    "initials",
    "age",
    "location",
    "institution",
    "date",
    "phone",
    "email",
    "bsn",
    "id_number",
    "url",
    "plate",
    "handle",
}
FIELDS = {"casus", "netwerk", "actie"}
KEYS = {"text", "field", "identifiers", "keep", "keep_planned", "owner_names", "clean"}


@pytest.fixture(scope="module", params=sorted(SETS))
def set_name(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def raw(set_name) -> str:
    return SETS[set_name][0].read_text("utf-8")


@pytest.fixture(scope="module")
def notes(raw) -> list[dict]:
    return yaml.safe_load(raw)["notes"]


def passes_eleven_test(digits: str) -> bool:
    if not re.fullmatch(r"\d{9}", digits) or digits == "0" * 9:
        return False
    weighted = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=False)) - int(digits[8])
    return weighted % 11 == 0


def test_the_eleven_test_helper_tells_valid_from_invalid():
    assert passes_eleven_test("111222333")
    assert not passes_eleven_test("111222334")
    assert not passes_eleven_test("12345678")


def test_the_set_is_large_enough(set_name, notes):
    _, total, clean, forms = SETS[set_name]
    assert len(notes) >= total
    assert sum(1 for n in notes if n.get("clean")) >= clean
    assert sum(1 for n in notes if n["field"] == "actie") >= forms


def test_every_entry_has_the_documented_shape(notes):
    for n in notes:
        assert set(n) <= KEYS, n
        assert isinstance(n["text"], str) and n["text"].strip(), n
        assert n["field"] in FIELDS, n
        if n["field"] != "actie":
            assert "keep_planned" not in n and "owner_names" not in n, n
        if n.get("clean"):
            assert not n.get("identifiers") and not n.get("owner_names"), n
        else:
            assert n.get("identifiers") or n.get("owner_names"), n


def test_every_identifier_is_a_whole_word_of_its_note(notes):
    for n in notes:
        for ident in n.get("identifiers", []):
            assert ident["category"] in CATEGORIES, ident
            pattern = rf"(?<!\w){re.escape(ident['text'])}(?!\w)"
            assert re.search(pattern, n["text"]), (ident, n["text"])


def test_kept_words_planned_dates_and_owner_names_are_in_their_note(notes):
    for n in notes:
        for word in n.get("keep", []) + n.get("keep_planned", []) + n.get("owner_names", []):
            assert word in n["text"], (word, n["text"])
        named = {i["text"] for i in n.get("identifiers", [])}
        assert not named & set(n.get("owner_names", [])), n


def test_every_bsn_passes_the_eleven_test(notes):
    bsns = [i["text"] for n in notes for i in n.get("identifiers", []) if i["category"] == "bsn"]
    assert bsns
    for bsn in bsns:
        assert passes_eleven_test(re.sub(r"\D", "", bsn)), bsn


def test_the_header_counts_are_true(raw, notes):
    m = re.search(r"^# (\d+) notes in all: (\d+) with personal data, (\d+) clean, (\d+) micro-action", raw, re.M)
    assert m, "header line with the counts is missing"
    total, dirty, clean, owner_only = map(int, m.groups())
    assert total == len(notes)
    assert dirty == sum(1 for n in notes if n.get("identifiers"))
    assert clean == sum(1 for n in notes if n.get("clean"))
    assert owner_only == sum(1 for n in notes if n.get("owner_names") and not n.get("identifiers"))

    per_category = Counter(i["category"] for n in notes for i in n.get("identifiers", []))
    m = re.search(r"^# (\d+) identifiers: (.+)\.$", raw, re.M)
    assert m, "header line with the identifier counts is missing"
    assert int(m.group(1)) == sum(per_category.values())
    stated = {c: int(k) for c, k in (part.rsplit(" ", 1) for part in m.group(2).split(", "))}
    assert stated == dict(per_category)

    fields = Counter(n["field"] for n in notes)
    clean_fields = Counter(n["field"] for n in notes if n.get("clean"))
    m = re.search(r"^# Per field: (.+)\.$", raw, re.M)
    assert m, "header line with the counts per field is missing"
    for name, count, clean_count in re.findall(r"(\w+) (\d+) \(clean (\d+)\)", m.group(1)):
        assert fields[name] == int(count) and clean_fields[name] == int(clean_count), name
