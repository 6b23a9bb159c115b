"""Contact details and numbers in a notation the digit rules do not read: dictated (numbers and
addresses in words), obfuscated or oddly typed (:mod:`werkbord.privacy.spoken`). Every example
is made up for these tests, in shapes the development sets do not use.

Which shapes are removed, which are kept and which are flagged:

- removed: a run of number words (or words and digits) that says a Dutch phone number's ten
  digits from its "nul", or a country code after "plus" / "nul nul"; nine digits starting with
  6 right after "bel"/"nummer" (the "nul" not said); a BSN, postcode, house number or case
  number said after its keyword; an e-mail address said or obfuscated ("punt", "dot",
  "apenstaartje", "at", "(at)", "[dot]", spaces around "@"); a phone number typed a digit at a
  time, with a slash or "+31-6-...", and its extension; a plate after its keyword, spaced or in
  lower case, and a foreign one;
- kept: counts, times, scores and doses in words (too few digits, no "nul" leading them);
- flagged for review, never replaced: a run from "nul" of seven to nine digits, or one of eight
  or more after "bel"/"nummer" that is no mobile number.
"""

from __future__ import annotations

import pytest

from privacy_checks import needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.spoken import number_words, spoken_contacts, uncertain_numbers
from werkbord.privacy.suspects import find_suspects


def found(text: str) -> list[tuple[str, str]]:
    return sorted((text[f.start : f.end], f.tag) for f in spoken_contacts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in pairs, digit by digit, with hundreds, mixed with digits
        (
            "moeder is bereikbaar op nul zes vierentwintig negenendertig achtentachtig zeventien na vieren",
            "nul zes vierentwintig negenendertig achtentachtig zeventien",
        ),
        (
            "bel de oom op nul zes negen acht zeven zes vijf vier drie twee morgen",
            "nul zes negen acht zeven zes vijf vier drie twee",
        ),
        (
            "vaste lijn nul vijftig driehonderdelf vijfenveertig tweeënzestig",
            "nul vijftig driehonderdelf vijfenveertig tweeënzestig",
        ),
        ("haar nummer 06 eenenveertig 27 drieëntachtig 90 opgeschreven", "06 eenenveertig 27 drieëntachtig 90"),
        ("nul zes 71 33 vijfenvijftig negentien graag terugbellen", "nul zes 71 33 vijfenvijftig negentien"),
        # accents left out by the dictation, "vier en dertig" in two words, "dubbel"
        (
            "nul zes tweeentwintig vier en dertig vijftig dubbel zes",
            "nul zes tweeentwintig vier en dertig vijftig dubbel zes",
        ),
        # commas and a line break between the parts
        (
            "zus: nul zes, achttien, vijfenzestig,\nnegentig, dertien.",
            "nul zes, achttien, vijfenzestig,\nnegentig, dertien",
        ),
        # a country code
        (
            "broer in België plus tweeëndertig vier zeven nul twaalf vierendertig zesenvijftig",
            "plus tweeëndertig vier zeven nul twaalf vierendertig zesenvijftig",
        ),
        (
            "plus eenendertig zes vijftien zestig zeventig tachtig",
            "plus eenendertig zes vijftien zestig zeventig tachtig",
        ),
        (
            "nul nul eenendertig zes negentien achtentwintig zevenendertig zesenveertig",
            "nul nul eenendertig zes negentien achtentwintig zevenendertig zesenveertig",
        ),
        # an article before the number is no digit of it
        ("ze gaf een nul zes nummer: nul zes tien twintig dertig veertig", "nul zes tien twintig dertig veertig"),
    ],
)
def test_a_spoken_phone_number_with_its_ten_digits_is_removed(text, expected):
    assert found(text) == [(expected, "telefoonnummer")]


def test_a_mobile_number_said_without_its_nul_after_a_phone_word():
    text = "bel hem op zes elf tweeëntwintig drieëndertig vierenveertig"
    assert found(text) == [("zes elf tweeëntwintig drieëndertig vierenveertig", "telefoonnummer")]


@pytest.mark.parametrize(
    ("text", "expected", "tag"),
    [
        ("bsn is twee vier zes acht een drie vijf zeven negen", "twee vier zes acht een drie vijf zeven negen", "bsn"),
        (
            "burgerservicenummer: achttien vierendertig zevenenvijftig negenentachtig nul",
            "achttien vierendertig zevenenvijftig negenentachtig nul",
            "bsn",
        ),
        ("postcode negenenveertig eenentwintig k l en verder niets", "negenenveertig eenentwintig k l", "locatie"),
        ("postcode drie acht een twee ZT", "drie acht een twee ZT", "locatie"),
        ("huisnummer achtenvijftig, tweede etage", "achtenvijftig", "locatie"),
        ("dossiernummer vier vier zeven een negen", "vier vier zeven een negen", "id"),
    ],
)
def test_a_bsn_postcode_house_or_case_number_said_after_its_keyword(text, expected, tag):
    assert found(text) == [(expected, tag)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mail naar fenna punt wolters apenstaartje gmail punt com graag",
            "fenna punt wolters apenstaartje gmail punt com",
        ),
        ("adres is j punt van der steen at live punt nl", "j punt van der steen at live punt nl"),
        ("zijn mail is gijs zevenenzestig at hotmail dot com", "gijs zevenenzestig at hotmail dot com"),
        ("mailt vanaf bo underscore kramer @ ziggo punt nl", "bo underscore kramer @ ziggo punt nl"),
        ("stuur het naar t.hofstra @ kpnmail.nl voor vrijdag", "t.hofstra @ kpnmail.nl"),
        ("contact: wim.rutten(at)zorgnet(dot)nl", "wim.rutten(at)zorgnet(dot)nl"),
        ("contact: wim [dot] rutten [at] outlook [dot] com", "wim [dot] rutten [at] outlook [dot] com"),
        (
            "mail ging naar lieke streepje m apenstaartje gmail",
            "lieke streepje m apenstaartje gmail",
        ),  # a provider alone
    ],
)
def test_an_e_mail_address_spoken_or_obfuscated_is_removed(text, expected):
    assert found(text) == [(expected, "emailadres")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bel 0 6 3 8 1 2 7 7 4 0 na de lunch", "0 6 3 8 1 2 7 7 4 0"),
        ("mobiel 06/38127740", "06/38127740"),
        ("of 0592/611 420", "0592/611 420"),
        ("tel +31-6-38127740", "+31-6-38127740"),
    ],
)
def test_a_phone_number_typed_in_odd_notation_is_removed(text, expected):
    assert (expected, "telefoonnummer") in found(text)


def test_an_extension_goes_with_its_number():
    assert ("toestel 4471", "telefoonnummer") in found("receptie 0592 - 61 14 20 toestel 4471, vragen naar de POH")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kenteken tg 408 r gezien bij de school", "tg 408 r"),
        ("auto met kenteken 53 hnd 2 voor de deur", "53 hnd 2"),
        ("kenteken: 7.XPL.31", "7.XPL.31"),
        ("Belgian plate 1-KLM-420 at the door", "1-KLM-420"),
        ("Kennzeichen HH-KR 4410 gesehen", "HH-KR 4410"),
    ],
)
def test_a_plate_after_its_keyword_spaced_lower_case_or_foreign(text, expected):
    assert found(text) == [(expected, "id")]


@pytest.mark.parametrize(
    "text",
    [
        "twee keer per week om half tien, drie à vier glazen per dag",
        "score zeven op tien, vorige keer vijf op tien",
        "tel tot tien: een twee drie vier vijf zes zeven acht negen tien",
        "nul komma vijf milligram, twee keer daags",
        "tussen nul en tien punten, gemiddeld vier",
        "van nul tot honderd procent, nu rond de vijftig",
        "hij at gisteren twee boterhammen en een appel",
        "het kenteken is verlopen, de auto staat stil",
        "nummer drie van de lijst: één of twee keer per maand bellen",
        "belt elke dag om tien over half twaalf",
        "Sessie 12: 3 van de 4 doelen, 2 x per week, om 14:30",
    ],
)
def test_counts_times_scores_and_doses_in_words_are_kept(text):
    assert found(text) == []
    assert uncertain_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "bel haar op nul zes twaalf vierendertig zesenvijftig morgen",
            "nul zes twaalf vierendertig zesenvijftig",
        ),  # eight digits
        ("nummer is vijf zeven twaalf negentien zestig", "vijf zeven twaalf negentien zestig"),  # no nul, no 6
    ],
)
def test_a_spoken_number_that_comes_close_is_flagged_not_removed(text, expected):
    assert found(text) == []
    assert [text[s:e] for s, e in uncertain_numbers(text)] == [expected]
    suspects = find_suspects(text)
    assert any(s.text == expected for s in suspects)


def test_the_number_words_are_num2words_output():
    num2words = pytest.importorskip("num2words").num2words
    words = number_words()
    assert len(words) == 100
    for n in range(100):
        generated = num2words(n, lang="nl").translate(str.maketrans("éë", "ee"))
        assert words[generated] == n


@needs_deduce
def test_dictated_and_obfuscated_contacts_through_the_scrubber():
    scrubber = Scrubber(["huisarts"], progress=lambda m: None)
    note = (
        "dictaat huisbezoek moeder zegt bel mij op nul zes achtenveertig vijftien drieënzestig nul twee "
        "of mail naar anke punt dijkstra apenstaartje hotmail punt com twee keer per week om half tien"
    )
    out = scrubber.scrub(note).text
    assert "[TELEFOONNUMMER-1]" in out and "[EMAILADRES-1]" in out
    for word in ("achtenveertig", "dijkstra", "hotmail"):
        assert word not in out
    assert out.endswith("twee keer per week om half tien")
    clean = "Dictaat: twee keer per week om half tien, score zeven op tien, nul komma vijf mg."
    assert scrubber.scrub(clean).text == clean


@pytest.mark.parametrize(
    ("text", "expected", "tag"),
    [
        # the keyword a few words before its number, in the same clause
        ("het klantnummer bij de bank is zeven drie nul een negen vier", "zeven drie nul een negen vier", "id"),
        (
            "postcode van het nieuwe huis is vijf twee één vier r t dat geef ik door",
            "vijf twee één vier r t",
            "locatie",
        ),
        # separators said: "slash", "streepje"
        ("zaaknummer nul drie slash zeven zeven één twee negen", "nul drie slash zeven zeven één twee negen", "id"),
        # a plate a letter and a number at a time
        ("kenteken h j vier twee negen t komma rijdt nog", "h j vier twee negen t", "id"),
        ("het kenteken van zijn busje is tachtig r b d z", "tachtig r b d z", "id"),
        # a web address said
        (
            "aanmelden via www punt zorgplein-oost punt nl slash verwijzers ging goed",
            "www punt zorgplein-oost punt nl slash verwijzers",
            "url",
        ),
        # a domain the dictation split in words
        (
            "de mail is info at thuiszorg de linde punt nl voor de planning",
            "info at thuiszorg de linde punt nl",
            "emailadres",
        ),
        # a street and its house number, lower case or said
        ("woont aan de beukenlaan nummer elf sinds de zomer", "beukenlaan nummer elf", "locatie"),
        ("zus woont kastanjestraat 7 a in de wijk", "kastanjestraat 7 a", "locatie"),
    ],
)
def test_dictated_keywords_separators_plates_addresses(text, expected, tag):
    assert (expected, tag) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "postcode weet ik niet punt ze is tweeënvijftig en woont alleen",  # a dictated full stop ends the clause
        "het kenteken is twee keer gewijzigd",
        "de hele winkelstraat 2 keer op en neer gelopen, op het schoolplein 3 kinderen",
        "op de snelweg 2 uur vast gestaan, onderweg 3 keer gestopt",
    ],
)
def test_keywords_counts_and_streets_that_name_no_number_are_kept(text):
    assert found(text) == []


@needs_deduce
def test_a_verb_between_a_keyword_and_its_number_stays():
    scrubber = Scrubber([], progress=lambda m: None)
    out = scrubber.scrub("zijn nummer is 06 28 19 37 46 en het dossiernummer is 4471-22").text
    assert out == "zijn nummer is [TELEFOONNUMMER-1] en het dossiernummer is [ID-1]"


def test_a_number_in_a_compound_is_no_suspect():
    assert find_suspects("buiten kantoortijd het 0900-nummer, of de 0800-lijn") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zijn bestelbus (rk 512 v) stond voor de deur", "rk 512 v"),
        ("rijdt in een grijze opel, b l zeven nul negen t, sinds maart", "b l zeven nul negen t"),
        ("kenteken scooter: n negen vier een d h (gestolen)", "n negen vier een d h"),
    ],
)
def test_a_plate_said_or_spaced_near_a_vehicle(text, expected):
    assert (expected, "id") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "met de auto 2 uur onderweg, daarna bus 12 naar het centrum",
        "de bus van 8 uur en de trein van 9, auto is 3 jaar oud",
        "de camper staat op plek 12 b, naast nr 14 a",
        "zijn golf 4 gti 1 6 is verkocht",
    ],
)
def test_counts_near_a_vehicle_are_no_plate(text):
    assert found(text) == []


def test_a_bsn_said_after_an_abbreviation_or_without_its_keyword():
    # the keyword a clause away past "dhr.", and nine digits that pass the eleven-test
    text = "bsn van dhr. staat op de brief: een twee drie vier vijf zes zeven acht twee"
    assert found(text) == [("een twee drie vier vijf zes zeven acht twee", "bsn")]
    said = "nul vandaag doorgegeven: een twee drie vier vijf zes zeven acht twee"
    assert ("een twee drie vier vijf zes zeven acht twee", "bsn") in found(said)
    fails = "nul vandaag doorgegeven: een twee drie vier vijf zes zeven acht drie"
    assert found(fails) == []  # fails the eleven-test: not a BSN, no phone number either


@needs_deduce
@pytest.mark.parametrize(
    "text",
    [
        "voorgeschreven sertraline vijfentwintig milligram voor de ochtend",
        "drie uur twintig wakker geworden en niet meer geslapen",
        "moca vandaag eenentwintig van de dertig vorig jaar was het nog vierentwintig",
        "dertig jaar getrouwd en nu voor het eerst apart",
        "RR 142/91, pols 78, temperatuur normaal",
    ],
)
def test_doses_times_scores_durations_in_words_and_a_blood_pressure_stay(text):
    assert Scrubber([], progress=lambda m: None).scrub(text).text == text


@needs_deduce
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("score zeven op tien, moeder is eenenvijftig en werkt", "eenenvijftig"),
        ("meneer is achtenzestig jaar en woont alleen", "achtenzestig"),
    ],
)
def test_an_age_in_words_near_a_score_is_still_an_age(text, age):
    out = Scrubber([], progress=lambda m: None).scrub(text).text
    assert age not in out and "[LEEFTIJD-1]" in out


def test_a_fishing_boat_named_by_its_registration_where_someone_fishes():
    from werkbord.privacy.rules import find_extra

    text = "hij vist al dertig jaar, sinds de WR 118 verkocht is zit hij thuis"
    assert [text[f.start : f.end] for f in find_extra(text) if f.tag == "id"] == ["WR 118"]


@pytest.mark.parametrize(
    ("text", "expected", "tag"),
    [
        ("bel de zus op 06-\n3812 7740 na de lunch", "06-\n3812 7740", "telefoonnummer"),  # split at a line's end
        ("mail MARIEKE.BOS AT ZIGGO DOT NL graag", "MARIEKE.BOS AT ZIGGO DOT NL", "emailadres"),  # in capitals
        ("Receptie 0592 - 61 14 20 Toestel 4471", "Toestel 4471", "telefoonnummer"),
    ],
)
def test_typed_variants_split_or_in_capitals(text, expected, tag):
    assert (expected, tag) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt. seen today at home, mood low, no suicidal thoughts",  # English "at home": no address
        "he stayed at home online all day, back at work on monday",
    ],
)
def test_english_at_is_no_address(text):
    assert found(text) == []


def test_an_abbreviation_before_a_plate_stays():
    text = "scooter cl k-417-zt is teruggevonden"
    assert all(not text[f.start : f.end].startswith("cl") for f in spoken_contacts(text))


@pytest.mark.parametrize(
    ("text", "expected", "tag"),
    [
        ("bsn 12345 6782 staat op de brief", "12345 6782", "bsn"),  # any grouping after its keyword
        ("woont sinds kort op 3512 kv in de binnenstad", "3512 kv", "locatie"),
        ("nieuw adres: 7411 c d, derde etage", "7411 c d", "locatie"),
    ],
)
def test_a_bsn_in_any_grouping_and_a_postcode_in_lower_case(text, expected, tag):
    assert (expected, tag) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "woont sinds 2019 op de kerkstraat",  # a year before a word
        "adres onbekend, 1200 km verderop",  # a distance
        "zij kocht 2000 euro aan spullen, 1500 en nog wat",  # no address word before
    ],
)
def test_numbers_that_are_no_postcode(text):
    assert [f for f in found(text) if f[1] == "locatie"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dictation dropped the "punt" between the names and before the domain's end
        ("haar mail is noor visser apenstaartje gmail com voor de afspraak", "noor visser apenstaartje gmail com"),
        # a word no address holds is left out: "naar", "nieuw mailadres"
        ("nieuw mailadres dekker at ziggo punt nl", "dekker at ziggo punt nl"),
    ],
)
def test_a_dictated_address_with_its_dots_left_out(text, expected):
    assert found(text) == [(expected, "emailadres")]
