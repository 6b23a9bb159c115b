"""Every werkbord rule in one call: the patterns of :mod:`.rules` plus the context rules of
:mod:`.names` and :mod:`.places`. Names come first, because an age is recognised by the person
it follows ("J.K. (38)", "zus Anouk, 16,"). Pure."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .age_frames import counted_ordinal, person_attribute, thing_age
from .ages import KIN, find_ages, group_threshold, is_duration, is_person_noun, specific_person_before
from .bare_organisations import bare_organisations
from .capitals import capitals_of_habit
from .contact_labels import contact_after, contact_labels, names_before_numbers
from .contacts import address_names, find_contacts, numbers_misread
from .creditor_lists import creditor_lists
from .date_shapes import named_events
from .digit_names import digit_names
from .district_frames import compass_districts, hyphened_districts
from .english_organisations import english_organisations
from .first_before_surname import first_before_surname
from .genitive_names import genitive_names
from .glued_organisations import glued_organisations
from .handle_frames import handle_frames, handle_lists
from .id_frames import id_frames, mixed_codes
from .initial_frames import initial_frames, initials_after_names
from .initial_lists import initial_lists
from .initial_shapes import initial_shapes
from .lexicon import name_lists, surnames
from .lower_names import lower_initials, lower_surnames
from .lower_places import lower_codes_and_regions, lower_places, lower_streets
from .month_names import month_as_name, month_first_names
from .named_organisations import coordinated_organisations, named_organisations, world_word_named
from .names import (
    FINITE_VERBS,
    beside_persons,
    capitals_beside,
    coordinated_names,
    initials,
    known_names,
    loose_initials,
    nicknames,
    proper_names,
    role_names,
    word_first_names,
)
from .naming_brackets import aged_names, naming_brackets
from .numbered_organisations import numbered_organisations
from .opening_lists import opens_word_list
from .opening_words import second_sign_of_a_person
from .org_frames import organisation_objects
from .org_openings import opening_organisations
from .organisations import organisations
from .person_frames import person_frames
from .person_slots import person_slots
from .place_frames import place_frames
from .place_lists import listed_places, parts_after_towns, town_in_a_list
from .places import (
    headed_names,
    institutions,
    made_of_a_town,
    named_by_kind,
    neighbourhoods,
    place_adjectives,
    roads,
    school_acronyms,
    streets,
)
from .plan_words import notation_words
from .plate_frames import plate_frames
from .protect import PERSON_TAGS
from .rules import Found, find_extra, is_fraction, named_handles
from .slot_frames import frame_identifiers
from .spoken import spoken_quantity
from .suspects import sure_identifiers
from .word_endings import genitive_adverb
from .word_first_capitals import word_first_capitals
from .word_names import (
    opening_verb_name_at,
    opening_verb_names,
    opening_word_speakers,
    titled_word_surnames,
    word_names_after_kin,
    word_surnames_after_names,
    words_before_kin_ages,
)
from .word_organisations import word_organisations
from .word_subjects import word_subjects
from .word_towns import LIES_AFTER, word_towns
from .words import (
    COUNTRIES,
    EMPTY,
    MONTHS_AND_DAYS,
    NOT_NAMES,
    PERSON_CONTEXT,
    ROLE_WORDS,
    Lexicon,
    english_opening,
    feast_spans,
    is_role,
    opening_word_lists,
    where_or_which_language,
    world_words_only,
)

Span = tuple[int, int]
_INNER_CAPITAL = re.compile(r"[A-ZÀ-Þ]")
_ANY_DIGIT = re.compile(r"\d")


def find_all(
    text: str,
    persons: Sequence[Span] = (),
    lexicon: Lexicon = EMPTY,
    towns: Sequence[Span] = (),
    known: Sequence[Span] = (),
    names: frozenset[str] = frozenset(),
) -> list[Found]:
    """Spans to scrub besides deduce's.

    ``persons`` and ``towns`` are deduce's names and places in ``text``, ``known`` every span
    deduce found, ``names`` the names found in the other notes of a harvest ("Tsegay" found
    in one note is also scrubbed where nothing else gives it away). A context rule only adds
    what nothing else covers, so "opgenomen in Arkin" keeps the institution tag of the rule that
    knows Arkin rather than the place tag "in" gives."""
    inner = _INNER_CAPITAL.search(text, 1) is not None  # many notes have no capital after the first
    found_names = initials(text, lexicon) + role_names(text, lexicon) + known_names(text, names)
    found_names += loose_initials(text, lexicon)
    found_names += initial_shapes(text, [*known, *((f.start, f.end) for f in found_names)])
    if lexicon.words:  # "gr. KvD", "AB (mw.)", "Begeleider (gi)", "GvdH belt"; "Efua's dochter"
        found_names += initial_frames(text, lexicon, [*known, *((f.start, f.end) for f in found_names)])
        # "Ondertekend: K.", "Team: OT, GI, huisarts", "TM/TA", "door OC gezien"
        found_names += initial_lists(text, lexicon, [*known, *((f.start, f.end) for f in found_names)])
        found_names += genitive_names(text, lexicon)
        found_names += contact_labels(text, lexicon)  # "Tel. Noi: 06 41 77 20 93"
        # "Lot 06-12345678 (vriendin)", "bellen naar roos 0612345678"
        found_names += names_before_numbers(text, lexicon, [*known, *((f.start, f.end) for f in found_names)])
    if inner:
        found_names += nicknames(text) + word_first_names(text, lexicon)
    proper = proper_names(text, lexicon)
    people = [*persons, *((n.start, n.end) for n in found_names)]
    people += [(p.start, p.end) for p in proper if p.tag == "persoon"]
    beside = beside_persons(text, people, lexicon) + coordinated_names(text, people, lexicon)
    found_names += beside
    people += [(b.start, b.end) for b in beside if b.tag == "persoon"]
    if lexicon.first_names:  # "fleur van der Sluis": a lower-case first name before a surname found
        found_names += first_before_surname(text, people, lexicon)
    schools = school_acronyms(text)  # "HvA" is a school, not initials
    found_names = [n for n in found_names if not any((n.start, n.end) == (a.start, a.end) for a in schools)]
    found = found_names + find_extra(text, people) + organisations(text, lexicon) + named_handles(text, lexicon)
    found += handle_frames(text, lexicon)  # "nachtraaf77@", "Wolfje#4821", "volgt don7kje op insta"
    found += id_frames(text) + _codes_plates_events(text, lexicon)  # "personeelsnummer Defensie R 8841 207"
    found += find_contacts(text)  # contact details in every notation (:mod:`.contacts`)
    if any(f.tag == "url" for f in found):  # "accounts: lotje_22, lotje.prive en lotjeszus"
        urls = [f for f in found if f.tag == "url"]
        found += handle_lists(text, urls, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += [f for f in schools if not any(s <= f.start and f.end <= e for s, e in known)]
    covered = [*known, *((f.start, f.end) for f in found)]
    context = proper
    # The place and institution rules skip a sentence's first word, so they need a capital
    # after the first letter; many notes have none (tested to change nothing).
    if inner:
        context += neighbourhoods(text, lexicon, towns) + institutions(text, lexicon)
        context += named_by_kind(text, lexicon) + headed_names(text, lexicon) + roads(text)
    context += place_adjectives(text, lexicon)  # also one opening a note: "Zwolse jongen, ..."
    context += streets(text, lexicon)  # also a listed street opening one: "Kerkstraat 12 is verkocht"
    found += [f for f in context if not any(s <= f.start and f.end <= e for s, e in covered)]
    # An organisation by its context, also where a rule read the same word as a name that may be
    # dropped as a common noun later ("de PAAZ van Schelp"); also "Rugzak (genderzorg)" opening a note.
    organisations_here = named_organisations(text, lexicon, people)
    organisations_here += coordinated_organisations(text, [*organisations_here, *found], lexicon)
    found += [f for f in organisations_here if not _inside(f, known, found)]
    found += english_organisations(text, [*known, *((f.start, f.end) for f in found)])  # "works at ESA"
    found += organisation_objects(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "bij de boei"
    found += bare_organisations(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "werkt bij kiezel"
    found += creditor_lists(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "Schuldeisers: Vlonder, ..."
    found += numbered_organisations(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "klantnr. X 12"
    found += digit_names(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "Bindkracht10", "Fit4All"
    found += glued_organisations(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "GGZ-Molenwiek"
    if lexicon.words:  # what the review step would flag where the shape decides
        found += sure_identifiers(text, lexicon, [*known, *((f.start, f.end) for f in found)])
    if lexicon.first_names:  # surnames and nicknames in lower case ("mw. tesfamariam", "anouk smeets")
        found += _lower_case_identifiers(text, persons, known, found, lexicon)
    found += compass_districts(text, [*known, *((f.start, f.end) for f in found)])  # "woont in zuid"
    found += hyphened_districts(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "Nieuw-West"
    found += opening_organisations(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "Het Anker belt"
    people_now = [*persons, *((f.start, f.end) for f in found if f.tag in PERSON_TAGS)]
    found += person_frames(text, people_now, [*known, *((f.start, f.end) for f in found)])
    found += naming_brackets(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "zon (zo heet ze)"
    taken = [*known, *((f.start, f.end) for f in found)]  # "sjonnie (veertig)", "mw. som (rond de 60)"
    found += aged_names(text, lexicon, taken, taken)
    found += word_first_capitals(text, persons, found, known)  # "Lot [name]": a first name that is a word
    found += _s_places(text, [*known, *((f.start, f.end) for f in found)], lexicon)
    if lexicon.words:
        found += _places_beside_places(text, persons, towns, known, found, lexicon)
    if "@" in text:  # "fleur.wit@...": "Wit" is a name in this note (:mod:`.contacts`)
        found += address_names(text, [*known, *((f.start, f.end) for f in found)], lexicon.is_word)
    found += _repeated(text, [*persons, *((f.start, f.end) for f in found if f.tag in PERSON_TAGS)], found, lexicon)
    found += _ages_beside_late_names(text, people, found, known)
    return list(dict.fromkeys(f for f in found if f.end > f.start))


def _lower_case_identifiers(
    text: str, persons: Sequence[Span], known: Sequence[Span], found_so_far: list[Found], lexicon: Lexicon
) -> list[Found]:
    """Surnames, nicknames, places and organisations written in lower case, and the persons their
    frames name ("mw. tesfamariam", "anouk smeets", "met hesselien", "zegt darvelin"): what they add
    to ``found_so_far``."""
    found = list(found_so_far)
    people_now = [*persons, *((f.start, f.end) for f in found if f.tag in PERSON_TAGS)]
    covered_now = [*known, *((f.start, f.end) for f in found)]
    found += lower_surnames(text, people_now, lexicon, surnames(), covered_now)
    taken = [*known, *((f.start, f.end) for f in found)]
    found += [f for f in capitals_beside(text, people_now, lexicon) if not _overlaps(f, taken)]
    found += word_names_after_kin(text, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += words_before_kin_ages(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "zus kiezel (80)"
    found += opening_verb_names(text, [*known, *((f.start, f.end) for f in found)])  # "Ben wil niet"
    found += opening_word_speakers(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "Hoop belde"
    found += word_subjects(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "merel haalt hem op"
    found += month_first_names(text, [*known, *((f.start, f.end) for f in found)])  # "merkt dat Jan weer blowt"
    found += titled_word_surnames(text, [*known, *((f.start, f.end) for f in found)])
    people_now = [*persons, *((f.start, f.end) for f in found if f.tag in PERSON_TAGS)]
    found += word_surnames_after_names(text, people_now, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += lower_places(text, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += word_towns(text, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += word_organisations(text, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += lower_streets(text, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += lower_codes_and_regions(text, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += lower_initials(text, people_now, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += initials_after_names(text, people_now, lexicon, [*known, *((f.start, f.end) for f in found)])
    found += frame_identifiers(text, lexicon, [*known, *((f.start, f.end) for f in found)])  # "met hesselien"
    people_now = [*persons, *((f.start, f.end) for f in found if f.tag in PERSON_TAGS)]
    found += person_slots(text, lexicon, people_now, [*known, *((f.start, f.end) for f in found)])  # "zegt darvelin"
    return found[len(found_so_far) :]


def _places_beside_places(
    text: str,
    persons: Sequence[Span],
    towns: Sequence[Span],
    known: Sequence[Span],
    found: list[Found],
    lexicon: Lexicon,
) -> list[Found]:
    """Places read from the places around them: a part of town in brackets after a place, a block of
    flats by its kind, then "Rijssen, Enter en Wierden" and "uit Gouda, Oosterwei." (beside a place
    in a list, after a town)."""
    places = [*towns, *_spans(found, ("locatie",))]
    others = [*(k for k in known if k not in persons and k not in towns), *_spans(found, _INSTITUTION_TAGS)]
    taken = [*known, *((f.start, f.end) for f in found)]
    more = [f for f in place_frames(text, places, others, lexicon) if not _overlaps(f, taken)]
    places = [*towns, *_spans([*found, *more], ("locatie",))]
    taken = [*known, *((f.start, f.end) for f in [*found, *more])]
    listed = listed_places(text, places, taken, lexicon)
    return [*more, *listed, *parts_after_towns(text, places, [*taken, *((f.start, f.end) for f in listed)], lexicon)]


def _codes_plates_events(text: str, lexicon: Lexicon) -> list[Found]:
    """Codes of letters and digits after their label ("boekingscode QX7T2M"), plates a few words after
    their keyword ("kenteken trekker ВС 4417 КН"), events no list knows with their year ("Velykden
    2025 was de eerste keer"); each holds a digit."""
    if not _ANY_DIGIT.search(text):
        return []
    return mixed_codes(text) + plate_frames(text) + (named_events(text, lexicon) if lexicon.words else [])


def _spans(found: Sequence[Found], tags: Collection[str]) -> list[Span]:
    return [(f.start, f.end) for f in found if f.tag in tags]


def _overlaps(f: Found, spans: Sequence[Span]) -> bool:
    return any(s < f.end and f.start < e for s, e in spans)


def _ages_beside_late_names(
    text: str, early: Sequence[Span], found: Sequence[Found], known: Sequence[Span]
) -> list[Found]:
    """Ages beside a name the later rules found, in lower case or as a word ("dhr koning (ong
    60)", "arbeidsmigrant mihai (ong. 30)"): the age rules ran before those names were known."""
    seen = set(early)
    late = [(f.start, f.end) for f in found if f.tag in PERSON_TAGS and (f.start, f.end) not in seen]
    if not late:
        return []
    covered = [*known, *((f.start, f.end) for f in found)]
    return [f for f in find_ages(text, [*early, *late]) if not any(s < f.end and f.start < e for s, e in covered)]


def _inside(f: Found, known: Sequence[Span], found: Sequence[Found]) -> bool:
    """``f`` lies inside what deduce found, or strictly inside another rule's span."""
    if any(s <= f.start and f.end <= e for s, e in known):
        return True
    return any(g.start <= f.start and f.end <= g.end and (g.start, g.end) != (f.start, f.end) for g in found)


# "’s-Hertogenbosch", "'s Gravenhage": towns with the old genitive, in any apostrophe.
_S_PLACE = re.compile(r"(?<![\w'’])[’'‘]s[- ]([A-Z][a-zà-ÿ]+)(?:-[A-Za-zà-ÿ]+)?")


def _s_places(text: str, covered: Sequence[Span], lexicon: Lexicon) -> list[Found]:
    if not any(q in text for q in "'’‘"):
        return []
    return [
        Found(m.start(), m.end(), "locatie")
        for m in _S_PLACE.finditer(text)
        if not any(s <= m.start() and m.end() <= e for s, e in covered) and not genitive_adverb(m[1], lexicon)
    ]


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’]*")


def _repeated(text: str, persons: Sequence[Span], found: Sequence[Found], lexicon: Lexicon) -> list[Found]:
    """A name found once in a note is a name wherever else it stands in that note: "collega tom
    rijdt hem, maar tom gaat ..." (an ordinary word, "Roos", is not looked for)."""
    words, capitals = set(), set()
    for s, e in persons:
        word = text[s:e]
        if _NAME_TOKEN.fullmatch(word) and len(word) > 2 and word.lower() not in ROLE_WORDS:
            if not lexicon.is_ordinary(word.lower()):
                words.add(word.lower())
            elif word.istitle() and word.lower() not in NOT_NAMES:
                capitals.add(word)  # "hardloopmaatje Wil ...; Wil belde": a word as a name, capitalised
    if not words and not capitals:
        return []
    taken = [*persons, *((f.start, f.end) for f in found)]
    return [
        Found(m.start(), m.end(), "persoon")
        for m in _NAME_TOKEN.finditer(text)
        if (m.group().lower() in words or (m.group() in capitals and _named_again(text, m.start(), m.end())))
        and not any(s < m.end() and m.start() < e for s, e in taken)
    ]


_FINITE_AFTER = re.compile(rf"\s+(?:{FINITE_VERBS})\b")


def _named_again(text: str, start: int, end: int) -> bool:
    """A capitalised word found as a name elsewhere in the note, here again as one: inside a
    sentence, or opening one before what a person does ("Wil belde ons")."""
    return _SENTENCE_OPENING.search(text, 0, start) is None or _FINITE_AFTER.match(text, end) is not None


_UNIT_AFTER = re.compile(r"\s*(?:-\s*)?(?:jaar|jaren|jr\.?|j\b)", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*|[-–•*]\s+)$")
_ONE_WORD = re.compile(r"[^\W\d_]+")
_TWO_DIGITS_END = re.compile(r"[^\d/.-]\d{2}$")
_COUNT_AFTER = re.compile(
    r"(?i)\s*(?:uur|u\b|jaar|jr|keer|x\b|minuten|min\b|dagen|weken|maanden|euro|procent|%|mg|kilo|km)"
)
_DECIMAL = re.compile(r"[,.]\d")
_TEST_CODE = re.compile(r"[A-Z]{2,5}-[A-Z0-9]{1,3}")
_CODE_TAIL = re.compile(r"-[A-Z0-9]{1,3}(?![\w-])")
_SENTENCE_GOES_ON = re.compile(
    r" +[a-zà-ÿ]|!|\?| +\d+ +[a-zà-ÿ]"
)  # "Huizen in de regio", "Buren!!"; not "Huizen: ..." or "Huizen, 45"


# "kinderen van 0 tot 4 jaar", "cliënten tussen de 18 en 25": a range of ages of a group.
# Not "kinderen van 3 en 5 jaar": two ages.
_RANGE_AFTER = re.compile(r"\s*(?:tot|t/m|-|–)\s*\d{1,2}\s*(?:jaar|jr)\b")
_RANGE_START_BEFORE = re.compile(r"(?i)\b(?:van|tussen)\s+(?:de\s+)?$")
_RANGE_END_BEFORE = re.compile(
    r"(?i)\b(?:(?:van|tussen)\s+(?:de\s+)?\d{1,2}\s*(?:tot|t/m|-|–)|tussen\s+(?:de\s+)?\d{1,2}\s+en)\s*$"
)
_BETWEEN = re.compile(r"(?i)\btussen\s+(?:de\s+)?$")
_AND_NUMBER = re.compile(r"\s*(?:en|tot|t/m|-|–)\s*\d{1,2}(?!\d)")
_ONE_PERSON = frozenset("man vrouw jongen meisje kind zoon dochter heer dame jongeman persoon".split())


def _no_age(text: str, f: Found) -> bool:
    """A number read as an age that is a measurement ("BMI van 15,8"), a duration ("al 7 jr
    stabiel", "loopt nu 4 jaar", "3 jaar rookvrij") or a range of a group's ages."""
    if _DECIMAL.match(text, f.end) or thing_age(text, f.start, f.end):
        return True  # "BMI van 15,8", "een 3 jaar oude auto", "een 7-jarig traject" (:mod:`.age_frames`)
    before = text[max(0, f.start - 30) : f.start]
    ranged = _RANGE_AFTER.match(text, f.end) or (_BETWEEN.search(before) and _AND_NUMBER.match(text, f.end))
    if ranged and (m := _RANGE_START_BEFORE.search(before)):
        return _a_group(before[: m.start()])  # "een man van 45 tot 50 jaar": one man
    if not _UNIT_AFTER.match(text, f.end) or person_attribute(text, f.start, f.end):
        return False  # "de 75 jaar oude buurvrouw": a person's age, whatever stands before it
    if m := _RANGE_END_BEFORE.search(before):
        return _a_group(before[: m.start()])
    return is_duration(text, f.start, f.end)


# A range or a decimal that deduce read as an age.
_SPREAD = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}|\d{1,2}[,.]\d")
_ONE_OF_BEFORE = re.compile(r"(?i)([^\W\d_]+)\s+(?:is\s+|van\s+)?(?:ca\.?\s+|ongeveer\s+|rond\s+)?$")


def _one_persons_age(text: str, f: Found) -> bool:
    """ "een man van 40-45 jaar", "dochter (2,5)", "zoontje 1,5 jaar": one person's age all the same."""
    if text[max(0, f.start - 1) : f.start] == "(":
        return True
    m = _ONE_OF_BEFORE.search(text, max(0, f.start - 30), f.start)
    return m is not None and (m.group(1).lower() in _ONE_PERSON or is_person_noun(m.group(1).lower()))


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
# "zij is tussen de 40 en 50", "hij lijkt ergens tussen de 30 en 40": one person, so an age.
_ONE_SUBJECT_IS = re.compile(r"(?i)\b([^\W\d_]+)\.?\s+(?:is|was|wordt|werd|lijkt)(?:\s+ergens)?\s*$")


_ROUNDING_TAIL = re.compile(r"(?i)(?:ergens|ongeveer|ca\.?|circa|zo'n)\s*$")


def _a_group(before: str) -> bool:
    """What stands before a range of ages ("van 0 tot 4 jaar", "tussen de 40 en 50") is a group,
    not one person ("een man van 45 tot 50 jaar", "zij is tussen de 40 en 50", "Mw. (ergens tussen
    54 en 59 jaar)"; a kind of person is a group: "een gedetineerde tussen de 18 en 23")."""
    before = _ROUNDING_TAIL.sub("", before)
    if _previous_word(before) in _ONE_PERSON | KIN or specific_person_before(before):
        return False  # "een man van 45 tot 50 jaar", "Mw. (tussen 47 en 52)", "de buurman, tussen": one person
    m = _ONE_SUBJECT_IS.search(before[-40:])
    return not (m and (m.group(1).lower() in {"hij", "zij", "ze"} or is_person_noun(m.group(1).lower())))


# "doelgroep 18-25 jaar", "jongeren 16-23": a range deduce tags as one age, of a group.
_RANGE_TAG = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}")


def _previous_word(text: str) -> str:
    m = _LAST_WORD.search(text[-40:])
    return m.group(1).lower() if m else ""


# "Iris-scan", "Sterre-schema", "Kade-overleg"; not "Alfa-college", "Mevlana-moskee" (a name and its kind).
_COMPOUND_TAIL = re.compile(
    r"-(?!(?:college|school|kerk|moskee|kliniek|ziekenhuis|lyceum|parochie|synagoge|stichting|vereniging|"
    r"jarige?|achtige?)\b)[a-zà-ÿ]{3,}"
)


def _first_part_of_a_word(text: str, f: Found, lexicon: Lexicon) -> bool:
    """An ordinary word (not a compound: "Moerwijk-flat" stays a place) before a hyphen and a
    common noun."""
    word = text[f.start : f.end]
    if _ONE_WORD.fullmatch(word) is None or _COMPOUND_TAIL.match(text, f.end) is None:
        return False
    return lexicon.is_word(word.lower())


_NAME_TAGS = PERSON_TAGS | {"locatie", "instelling"}
_INSTITUTION_TAGS = frozenset({"instelling", "zorginstelling"})
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ]")
_TIMES = re.compile(r"\s\d{1,2}x$")


def _count_or_time(text: str, end: int, word: str) -> bool:
    """A "house number" that counts or tells the time: "Partnerbijeenkomst 4x per jaar",
    "Crisisdienst 50 minuten", "Dienst 23.00-08.00"."""
    if _TIMES.search(word) and _PER_AFTER.match(text, end):
        return True
    return word[-1:].isdigit() and _UNIT_OR_TIME_AFTER.match(text, end) is not None


_UNIT_OR_TIME_AFTER = re.compile(
    r"(?i)[.:]\d{2}\b|\s*(?:minuten|min\b|uur\b|u\b|seconden|sec\b|keer\b|x\b|euro\b|€|procent\b|%|mg\b|ml\b|kg\b|km\b)"
    # "Spiegel 3 dagen na ...", "Spiegel 0,6 mmol/l": days or weeks, a decimal (#22's twelfth session)
    r"|\s+(?:dagen|weken|maanden)\b|,\d"
)
_PER_AFTER = re.compile(r"\s+(?:per|p\.|in\s+de|keer)\b|\s*/")


def false_positives(text: str, found: Sequence[Found], lexicon: Lexicon = EMPTY) -> list[Found]:
    """What deduce (or a rule) tagged but is no identifier, so it stays:

    - a duration or a count read as an age: "al 7 jr stabiel", "2 jaar achter elkaar",
      "werkt 30 jaar bij de gemeente";
    - a fraction or a score read as a date: "1/3 van de groepssessies", "vorige keer 6/10";
    - an ordinary word that opens a sentence read as a place: "Best lastig ...", "Huizen in de
      regio ..." (deduce's list holds towns that are also words; mid-sentence it asks for a
      capital, which a sentence's first word always has);
    - an ordinary word that opens a note read as a first name, where what follows says it is a
      word: "Verwacht effect: ...", "Groen, oranje, rood", "Lieve collega's" (but "Merel
      belde", "Roos (34)", "Kees, haar buurman," stay names).
    """
    wrong = _opening_list_of_words(text, found, lexicon) + capitals_of_habit(text, found, lexicon)
    wrong += numbers_misread(text, found)  # "06.00 - 07.30 - 09.00", "Opkomst 75%" (:mod:`.contacts`)
    wrong += _inside_phrases(text, found)
    wrong += _world_words(text, found)  # "familie in Congo", "naar Zimbabwe", "in het Igbo en Yoruba"
    wrong += notation_words(text, found, lexicon)  # "→ B. Sportmaatje", "Oranje: ..." (:mod:`.plan_words`)
    for f in found:
        word = text[f.start : f.end]
        if word in _RINGS and _RING_AROUND.match(text, f.end) and text[f.start - 1 : f.start] == "(":
            wrong.append(f)  # "jobcoach (A), huisarts (B), broer (C: ...)": the ring of a network entry
            continue
        if f.tag in _NAME_TAGS and _RING_ARROW_AFTER.match(text, f.end) and is_role(word.lower()):
            wrong.append(f)  # "Buren → C", "Tante -> B": a role placed in a ring, no town or name
            continue
        if f.tag in PERSON_TAGS and _ring_read_as_initial(text, f, lexicon):
            wrong.append(f)  # "Beweegcoach → B. Sportmaatje → A": a ring's letter and the next entry
            continue
        if f.tag == "leeftijd" and word.isdigit():
            if _no_age(text, f) or group_threshold(text, f.start, f.end) or counted_ordinal(text, f.start, f.end):
                wrong.append(f)  # "al 7 jr stabiel", "voor 65-plussers", "op zijn 47e afspraak"
        elif (
            f.tag == "leeftijd"
            and word.isalpha()
            and (spoken_quantity(text, f.start, f.end) or _no_age(text, f) or counted_ordinal(text, f.start, f.end))
        ):
            wrong.append(f)  # "vijftig milligram", "vier uur vijftien", "twintig jaar getrouwd": in words too
        elif f.tag == "leeftijd" and _SPREAD.fullmatch(word):
            group = _a_group(text[max(0, f.start - 40) : f.start]) if _RANGE_TAG.fullmatch(word) else True
            if group and not _one_persons_age(text, f):
                wrong.append(f)  # "zijn zelf 19-22 jaar", "doelgroep 18-25", "ca. 2,5 jaar": a spread or a span
        elif f.tag == "datum" and _TWO_DIGITS_END.search(word) and _COUNT_AFTER.match(text, f.end):
            wrong.append(f)  # "sinds 1 oktober 20 uur per week": the 20 counts hours, it is no year
        elif f.tag == "datum" and re.fullmatch(r"\d{1,2}[/-]\d{1,2}", word):
            if is_fraction(text, f.start, f.end):
                wrong.append(f)
        elif f.tag == "locatie" and (_TEST_CODE.fullmatch(word) or (word.isupper() and _CODE_TAIL.match(text, f.end))):
            wrong.append(f)  # "EDE-Q", "PHQ-9": a questionnaire, no town
        elif f.tag in _PLACE_OR_PERSON and _countries_only(word) and not _CAPITAL_AFTER.match(text, f.end):
            if f.tag == "locatie" or not _TITLE_BEFORE.search(text, max(0, f.start - 30), f.start):
                wrong.append(f)  # "jongens uit Engeland", "verhuisd van Polen naar": a country points to no one
        elif f.tag == "locatie" and _count_or_time(text, f.end, word):
            wrong.append(f)
        elif f.tag in _INSTITUTION_TAGS and (word.lower() in COUNTRIES or word.lower() in NOT_NAMES):
            if _CAPITAL_AFTER.match(text, f.end) or world_word_named(text, f.start, f.end):
                continue  # "Jeugdzorg Nederland": a name goes on; "stichting Hooyo": a foreign word names it
            wrong.append(f)  # "de kliniek op Curaçao", "Jeugdzorg via ...": a country or a kind of care
        elif f.tag in PERSON_TAGS | {"locatie"} and _first_part_of_a_word(text, f, lexicon):
            wrong.append(f)  # "Iris-scan", "Kade-overleg": a compound with a common noun
        elif f.tag in PERSON_TAGS | {"locatie"} and _opens_in_english(text, f, lexicon):
            wrong.append(f)  # "Well, dat was ...", "Born to run: ...": English, no town
        elif f.tag == "locatie" and _opens_with_a_word(text, f, lexicon):
            wrong.append(f)
            # deduce may also read it as a surname ("Bergen", "Sluis"): a person only by its list
            wrong += [g for g in found if g.tag in PERSON_TAGS and (g.start, g.end) == (f.start, f.end)]
        elif f.tag in PERSON_TAGS and (_common_noun(text, f, lexicon) or _new_sentence_word(text, f, lexicon)):
            wrong.append(f)  # "in de Herfst"; "... van een collega. Eerst navragen", "ring B. Niemand had ..."
        elif f.tag in PERSON_TAGS and (
            _opening_word_no_person(text, f, found, lexicon)
            or _among_capitalised_nouns(text, f, found, lexicon)
            or _opens_a_word_list(text, f, lexicon)  # "Nonna, zio, abuela, tío: ..." (:mod:`.opening_lists`)
        ):
            wrong.append(f)
        elif f.tag == "locatie" and not _PLACE_ENDING.search(text, f.start, f.end) and _common_noun(text, f, lexicon):
            wrong.append(f)
    # "Rijssen, Enter en Wierden hebben ...": towns of deduce's list in a list of towns (place_lists.py)
    return [f for f in wrong if not town_in_a_list(text, f, lexicon)] if wrong else wrong


_ARROW_BEFORE = re.compile(r"(?:→|->|=>)\s*$")
_RING_THEN_WORD = re.compile(r"[A-D]\.?(?:\s+([^\W\d_][\w'’-]*))?$")


def _ring_read_as_initial(text: str, f: Found, lexicon: Lexicon) -> bool:
    """A ring's letter after an arrow, read with the next entry's first word as an initial and a
    name ("→ B. Sportmaatje → A", "→ C. Bewindvoerder"): no person unless a first name follows
    ("→ A. Jan Visser")."""
    if not _ARROW_BEFORE.search(text, max(0, f.start - 4), f.start):
        return False
    m = _RING_THEN_WORD.match(text[f.start : f.end])
    if m is None:
        return False
    nxt = m.group(1)
    if nxt is None:
        return True
    low = nxt.lower()
    first, last = name_lists()
    if (low in first and not lexicon.is_word(low)) or low in last:
        return False  # "→ B. Mulder belt": an initial and a surname after all
    return is_role(low) or lexicon.is_ordinary(low) or lexicon.common(low)


_RING_ARROW_AFTER = re.compile(r"\s*(?:→|->|=>|–|-)\s*[A-D]\b")
_PLACE_OR_PERSON = PERSON_TAGS | {"locatie"}


# A sentence ends in a lower-case word or a single capital (a ring), then a word deduce's whitelist
# holds opens the next: "collega. Eerst", "ring B. Niemand" (not "mw. Visser": a title's dot).
_SENTENCE_END_BEFORE = re.compile(r"(?:(?<![\w.])[a-zà-ÿ]{2,}|(?<![\w.])[A-D])[.!?][\"”’']?\s+$")
# Words that open a sentence and are never a name (pronouns and adverbs): "Eerst navragen", "Niemand had".
_OPENING_ADVERBS = frozenset(
    """niemand iedereen iemand eerst daarna daarom toen dan dus maar ook wel nu later verder alleen hierna
    daarbij daarnaast bovendien vervolgens tevens wellicht misschien helaas gelukkig soms vaak nooit altijd
    zelf samen eigenlijk inmiddels intussen ondertussen tot slot""".split()
)
# Titles and the abbreviations of notes whose dot ends no sentence: "fam. Mulder", "vlgs. Visser".
_TITLE_DOTS = frozenset(
    """mevr dhr mw mr dr drs ir ing prof fam pt cl pat zr br mrs ms mrs miss sr jr ca vlgs volg evt tel nr
    ivm mbt zn vd vh ovl gespr tav dd resp""".split()
)


def _after_a_sentence(text: str, start: int) -> bool:
    """``start`` opens a sentence after one that ended in a word (not after a title's or an
    initial's dot: "fam. Mulder", "j.k. Mulder", "mrs. Oudshoorn")."""
    m = _SENTENCE_END_BEFORE.search(text, max(0, start - 30), start) or _OTHER_END_BEFORE.search(
        text, max(0, start - 4), start
    )
    return m is not None and _previous_word(text[: m.end()]) not in _TITLE_DOTS


_OTHER_END_BEFORE = re.compile(r"[!?]\s+$")


def _new_sentence_word(text: str, f: Found, lexicon: Lexicon) -> bool:
    """The person span's last word opens a new sentence and is a word deduce's own whitelist
    holds (a stop word, an adverb, a common word): deduce took it for a name by the title or the
    initial before the full stop."""
    if "." not in text[max(0, f.start - 30) : f.end]:
        return False  # (most spans: no full stop before them)
    words = _ONE_WORD.findall(text[f.start : f.end])
    last = words[-1] if words else ""
    if not last or not last[:1].isupper():
        return False
    at = text.rfind(last, f.start, f.end)
    m = _SENTENCE_END_BEFORE.search(text, max(0, at - 30), at)
    if m is None or _previous_word(text[: m.end()]) in _TITLE_DOTS:
        return False
    if opening_verb_name_at(text, at):
        return False  # "... aan boord. Ben is 22": a verb that cannot open before a finite verb, a name
    return last.lower() in _OPENING_ADVERBS or lexicon.common(last.lower())


def _inside_phrases(text: str, found: Sequence[Found]) -> list[Found]:
    """What lies inside a feast of two words ("na Keti Koti"), and a person's name inside what an
    abbreviation of the note stands for ("ACT (Acceptance and Commitment Therapy)"; "Stichting
    Welzijn Oost (SWO)" stays an organisation to replace): no name."""
    wrong = []
    if " " in text and any(f.tag in _NAME_TAGS for f in found):
        feasts = feast_spans(text)
        wrong += [f for f in found if f.tag in _NAME_TAGS and any(s <= f.start and f.end <= e for s, e in feasts)]
    if "(" in text and (spelled := spelled_out(text)):  # a person's name only: an organisation's stays one
        wrong += [f for f in found if f.tag in PERSON_TAGS and any(s <= f.start and f.end <= e for s, e in spelled)]
    return wrong


_ABBREVIATION = re.compile(r"(?<![\w-])([A-Z]{2,6})(?![\w])")
_SPELLED_RUN = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:(?:and|of|for|the|en|van|voor|de|het|in|op|met|&)[ \t]+)*[A-ZÀ-Þ][\w'’-]*)+"
)
_CONNECTORS = frozenset("and of for the en van voor de het in op met &".split())


def spelled_out(text: str) -> list[Span]:
    """Runs of capitalised words whose initials spell an abbreviation of the same note: what it
    stands for, a method, a test or a body, no name ("ACT-behandeling (Acceptance and Commitment
    Therapy)", "Herth Hope Index (HHI)", "Individuele Rehabilitatie Benadering (IRB)")."""
    abbreviations = {m.group(1) for m in _ABBREVIATION.finditer(text)}
    if not abbreviations:
        return []
    out = []
    for m in _SPELLED_RUN.finditer(text):
        words = [w for w in m.group().split() if w.lower() not in _CONNECTORS]
        initials = "".join(w[0] for w in words).upper()
        # also with the connectors' initials ("Kracht en Kwetsbaarheid" KEK) and every part of a hyphen
        parts = "".join(p[0] for w in words for p in w.split("-") if p).upper()
        if len(words) >= 2 and (initials in abbreviations or parts in abbreviations):
            if (
                is_role(words[0].lower())
                and not _BRACKET_AFTER.match(text, m.end())
                and text[m.start() - 1 : m.start()] != "("
            ):
                continue  # "Moeder Chantal (24)" in a note that has "Máxima MC": a relative and her name
            out.append(m.span())
    return out


_BRACKET_AFTER = re.compile(r"\s*\(\s*[A-Z]{2,6}\s*\)")


def _world_words(text: str, found: Sequence[Found]) -> list[Found]:
    """Countries and languages where a place or a language stands ("in Congo", "naar Zimbabwe",
    "in het Igbo en Yoruba"): no one, whatever tag a rule gave them; not the start of a longer
    name ("Congo Airways")."""
    return [
        f
        for f in found
        if world_words_only(text[f.start : f.end])
        and where_or_which_language(text, f.start)
        and not _CAPITAL_AFTER.match(text, f.end)
    ]


def _countries_only(span: str) -> bool:
    """ "Engeland", "Marokko en Nederland", "van Polen" (read as a surname)."""
    if span.lower() not in COUNTRIES and " " not in span:
        return False  # most spans: one word, no country
    words = [w.lower() for w in _ONE_WORD.findall(span)]
    if words[:1] in (["van"], ["uit"]):
        words = words[1:]
    return bool(words) and words[0] in COUNTRIES and all(w in COUNTRIES or w in ("en", "of") for w in words)


# The rings of the network (step 2) in brackets after a party: "huisarts (B)", "broer (C: ...)".
_RINGS = frozenset("ABCD")
_RING_AROUND = re.compile(r"\s*[):,;/]")

# "op het Stationsplein", "in de Vogelwijk": names of places that are made of words.
_PLACE_ENDING = re.compile(r"(?i)(?:plein|straat|weg|laan|singel|gracht|kade|dijk|markt|park|wijk|buurt|veld|haven)$")
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:de|het|een|'t)\s+$")  # lower case: "De Schakel" is a name
_TITLE_BEFORE = re.compile(r"(?i)\b(?:dhr|mevr|mw|meneer|mevrouw|heer|fam|familie|dokter|dr|mr)\.?\s+(?:\w+\s+)?$")


# (longest first; ties in a fixed order, so every process compiles the same pattern: see precompiled.py)
_ROLE_THEN = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(map(re.escape, ROLE_WORDS), key=lambda w: (-len(w), w))) + r")\s+$"
)
_DIGIT_NEAR = re.compile(r"\W{0,3}\d")
_WITH_THEN = re.compile(r"(?<![.!?:]\s)\bmet\s+$")


def _common_noun(text: str, f: Found, lexicon: Lexicon) -> bool:
    """One capitalised word deduce took for a surname by its list alone, where it is a common
    noun: after an article ("in de Herfst", "naar de Stad") or a holiday word ("Oud en Nieuw").
    Not after a title ("mevrouw de Goud" keeps its name)."""
    word = text[f.start : f.end]
    if not _ONE_WORD.fullmatch(word) or not word[:1].isupper() or word.isupper():
        return False
    if text[f.end : f.end + 1] == "-":
        return False  # "het Alfa-college": part of a longer name
    before = text[max(0, f.start - 30) : f.start]
    if _TITLE_BEFORE.search(before):
        return False
    low = word.lower()
    if low in MONTHS_AND_DAYS and not _DIGIT_NEAR.search(text, f.end, f.end + 6):
        if _ROLE_THEN.search(before):
            return False  # "chef Jan wil ...": a name after a role word, not "jan" (January)
        if _WITH_THEN.search(before) and low in name_lists()[0]:
            return False  # "ging met May naar de markt": a capitalised month that is a first name after "met"
        if month_as_name(text, f.start, f.end):
            return False  # "merkt dat Jan weer blowt", "Jan (9) sliep": no date keeps it company
    if low in NOT_NAMES or low in MONTHS_AND_DAYS:
        return True
    return bool(_ARTICLE_BEFORE.search(before)) and (low in lexicon.words or lexicon.common(low))


# What says that a word opening a note is a person: an age or a role in brackets or after a
# comma, "en" and another person ("en zijn broer", "en Kees"), a quote (a nickname), a capitalised
# word (a surname), "uit"/"van" with a capital (where from), or a verb a person does ("belde").
_PERSON_AFTER = re.compile(
    r"\s*\(|\s*,\s*(?:\d|[mv]\b|zijn\b|haar\b|de\b|een\b|onze\b|mijn\b|ex\b)"
    r"|\s+(?:en|&)\s+(?:[A-ZÀ-Þ]|(?:zijn|haar|z'n|d'r|hun|mijn|onze)\b)|\s+['\"‘“]"
    r"|\s+(?:(?:uit|van|bij|met)\s+)?[A-ZÀ-Þ]"
    rf"|\s+(?:{FINITE_VERBS})\b"
)
# Verbs any subject takes, a thing as well as a person ("Zomer valt zwaar", "Boot had vertraging",
# "Lente komt eraan", "Tuin is zijn plek"): after an ordinary word opening a note they are no sign
# of a person on their own; a second sign after the verb is asked (:mod:`.opening_words`), else the
# word stays and the review step shows it. Verbs of what only a person does ("belde", "zegt",
# "woont", "wil") still make it a name.
_THING_VERB = re.compile(
    r"\s+(?:is|was|wordt|werd|had|heeft|komt|kwam|gaat|ging|valt|viel|blijft|bleef|staat|stond|ligt|lag|"
    r"loopt|liep|geeft|gaf|helpt|hielp|zit|zat|kan|kon|moet|moest|mag|mocht|zal|zou|begint|begon|houdt|"
    r"hield|raakt|raakte|trekt|trok)"
)
_NAME_NEXT = re.compile(r"\s+[A-ZÀ-Þ]")
# A subject after the verb: the word before it opened an inverted sentence ("Stil was ze niet", "Mooi is dat").
_SUBJECT_AFTER = re.compile(r"\s+(?:ik|je|jij|ze|zij|hij|we|wij|het|u|men|dat|dit)\b")
_AND_WHO = re.compile(r"\s+(?:en|&)\s+(?:(?:de|het|een)\s+)?([^\W\d_]+)")
# What says it is a word: it heads a label ("Lente:", "Verwacht effect:"), it opens a list of
# lower-case words ("Groen, oranje, rood", "Els en eik", "Vos en de raaf"), it is an inflected
# adjective before a lower-case word ("Lieve collega's"), a count follows ("Max 2 bezoekers"),
# or "je" does ("Mark je agenda"). Or deduce knows it only as a surname, and a note opens with a
# bare surname only before a verb, an age, ... ("Schakel tussen afdeling en thuis", "Baken van
# rust"). A first name opening a note otherwise stays a name: "Kees in de war" reads like "Merel
# in de tuin", and a name is the worse miss.
_LABEL_AFTER = re.compile(r"(?:\s+[a-zà-ÿ][\w'’-]*)?\s*:")
_LIST_AFTER = re.compile(r"\s*,\s*([a-zà-ÿ]+)\s*(?:,|\s(?:en|of)\s+[a-zà-ÿ])")
_COUNT_AFTER_WORD = re.compile(r"\.?\s+\d+\s+(?!(?:jaar|jr|j)\b)[a-zà-ÿ]")
_YOU_AFTER = re.compile(r"\s+(?:je|jij|jouw|uw)\b")
_LOWER_AFTER = re.compile(r"\s+[a-zà-ÿ]")
_NOTE_OPENING = re.compile(r"(?:^|\n)\s*(?:[-–•*]\s+)?$")  # a note's or a line's first word


def _inflected_adjective(low: str, lexicon: Lexicon) -> bool:
    """ "lieve" (lief), "groene" (groen), "grote" (groot), "dikke" (dik): an adjective's -e form."""
    if not low.endswith("e") or len(low) < 4:
        return False
    stem = low[:-1]
    stems = {stem, stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "dikke"
    if len(stem) > 2 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        stems |= {t[:-1] + t[-2] + t[-1] for t in list(stems)}  # "grote" -> "groot"
    return any(t in lexicon.words for t in stems)


def _reads_as_a_word(text: str, end: int, low: str, lexicon: Lexicon) -> bool:
    listed = _LIST_AFTER.match(text, end)
    joined = _AND_WHO.match(text, end)
    return bool(
        _LABEL_AFTER.match(text, end)
        or (listed and listed.group(1) not in ROLE_WORDS)
        or (joined and joined.group(1).islower() and joined.group(1) not in ROLE_WORDS)
        or _COUNT_AFTER_WORD.match(text, end)
        or _YOU_AFTER.match(text, end)
        or (_LOWER_AFTER.match(text, end) and _inflected_adjective(low, lexicon))
        or (lexicon.first_names and low not in lexicon.first_names)
    )


def _opening_word_no_person(text: str, f: Found, found: Sequence[Found], lexicon: Lexicon) -> bool:
    """One word, tagged a person, that opens a note or a line, is also an ordinary Dutch word,
    is followed by nothing that says person (``_PERSON_AFTER``) and by something that says word
    (:func:`_reads_as_a_word`), or, a plain word, by no second sign of a person either
    (:mod:`.opening_words`: "Merel in de tuin gezien", "Storm in zijn hoofd"); nor is it a
    person elsewhere in the note ("Lieve Kees, ... groet aan Lieve")."""
    word = text[f.start : f.end]
    if not _ONE_WORD.fullmatch(word) or not word[:1].isupper() or word.isupper() or len(word) < 3:
        return False
    low = word.lower()
    inside = _NOTE_OPENING.search(text, 0, f.start) is None
    if inside and not (lexicon.first_names and low not in lexicon.first_names and _after_a_sentence(text, f.start)):
        return False  # a note's first word; or any sentence's when deduce knows it as a surname only ("Stil moment.")
    if low in PERSON_CONTEXT and not _NAME_NEXT.match(text, f.end):
        return True  # "Client is meer stabiel": a word for a person, not a name (unless one follows)
    if (m := _PERSON_AFTER.match(text, f.end)) and not (
        _THING_VERB.fullmatch(m.group()) and (lexicon.is_word(low) or lexicon.common(low))
    ):
        return False
    if inside and m and not _SUBJECT_AFTER.match(text, m.end()):
        return False  # "Huisbezoek gedaan. Bakker was er niet.": a bare surname before a verb inside a note
    if not (lexicon.is_ordinary(low) or lexicon.common(low)):
        return False
    if contact_after(text, f.end):
        return False  # "Sem: 06 1234 5678", "Lot 06-12345678 (vriendin)": whose number it is
    if m and second_sign_of_a_person(text, f.start, f.end, after=m.end()):
        return False  # "Roos is vandaag opgenomen", "Roos had haar moeder gebeld": a person after all
    if not _reads_as_a_word(text, f.end, low, lexicon) and (
        not (lexicon.is_word(low) or lexicon.common(low)) or second_sign_of_a_person(text, f.start, f.end)
    ):
        return False  # a name list is one sign; a word opening a note needs a second to be a name
    return not any(g.tag in PERSON_TAGS and g.start != f.start and text[g.start : g.end].lower() == low for g in found)


_JOINED_BEFORE = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]{2,})\s*(?:,|\ben\b|\bof\b|&)\s*$")
_JOINED_AFTER = re.compile(r"\s*(?:,|\ben\b|\bof\b|&)\s*([A-ZÀ-Þ][a-zà-ÿ]{2,})\b")


def _among_capitalised_nouns(text: str, f: Found, found: Sequence[Found], lexicon: Lexicon) -> bool:
    """A word that is also a first name, joined by "en", "of" or a comma to a capitalised ordinary
    word that is no name ("Grenzen en Storm", "Hoop, Kracht, Moed"): a list of themes or values
    written with capitals, no person. Not beside a name, a place or anything found ("Roos en
    Kees", "Roos en Bakker", "Mees, Zwolle")."""
    word = text[f.start : f.end]
    before = _JOINED_BEFORE.search(text, max(0, f.start - 30), f.start)
    after = _JOINED_AFTER.match(text, f.end)
    if (before is None and after is None) or not _ONE_WORD.fullmatch(word) or not word[:1].isupper():
        return False
    if not lexicon.is_word(word.lower()):
        return False
    names = name_lists()
    taken = [(g.start, g.end) for g in found if g is not f]
    for m in (before, after):
        if m is None:
            continue
        other = m.group(1)
        olow = other.lower()
        if any(a < m.end(1) and m.start(1) < b for a, b in taken) or olow in names[0] or olow in names[1]:
            return False  # beside a name, a place or anything found: a list of them
        if lexicon.place(other):
            return False
        if lexicon.is_word(olow) and olow not in ROLE_WORDS and olow not in PERSON_CONTEXT:
            return True
    return False


def _opening_list_of_words(text: str, found: Sequence[Found], lexicon: Lexicon) -> list[Found]:
    """Every item of a list of words that opens a note (:func:`.words.opening_word_lists`),
    unless an item is a person elsewhere in the note."""
    wrong: list[Found] = []
    for items in opening_word_lists(text, lexicon):
        spans = set(items)
        lows = {text[s:e].lower() for s, e in items}
        if any(
            g.tag in PERSON_TAGS and (g.start, g.end) not in spans and text[g.start : g.end].lower() in lows
            for g in found
        ):
            continue
        wrong += [f for f in found if (f.start, f.end) in spans]
    return wrong


def _opens_a_word_list(text: str, f: Found, lexicon: Lexicon) -> bool:
    """One capitalised word opening a sentence or a line, then a list of words in lower case that
    are no names: "Nonna, zio, abuela, tío: ...", "Scopa en briscola op ..." (:mod:`.opening_lists`)."""
    word = text[f.start : f.end]
    if not word[:1].isupper() or _ONE_WORD.fullmatch(word) is None:
        return False
    return _SENTENCE_OPENING.search(text, 0, f.start) is not None and opens_word_list(
        text, f.start, f.end, lexicon, name_lists()
    )


def _opens_in_english(text: str, f: Found, lexicon: Lexicon) -> bool:
    word = text[f.start : f.end]
    if _ONE_WORD.fullmatch(word) is None or _SENTENCE_OPENING.search(text, 0, f.start) is None:
        return False
    if word.lower() in lexicon.first_names and not lexicon.place(word):
        return False  # "Tom to call the GP" on an English board: a name all the same
    return english_opening(text, word.lower(), f.end)


def _opens_with_a_word(text: str, f: Found, lexicon: Lexicon) -> bool:
    """A one-word span that opens a sentence, goes on in lower case, and is an ordinary word or
    a verb's stem, the imperative that opens a tip ("Vries de maaltijden in")."""
    word = text[f.start : f.end]
    if _ONE_WORD.fullmatch(word) is None or not word[:1].isupper():
        return False
    if _SENTENCE_OPENING.search(text, 0, f.start) is None:
        return False
    low = word.lower()
    if low.endswith("se") and made_of_a_town(word, lexicon):
        return False  # "Almelose vriendin komt ...": an adjective made of a town, though a word
    if LIES_AFTER.match(text, f.end):
        return False  # "Beek is 25 km", "Sluis ligt aan ...": where a place lies (word_towns.py)
    goes_on = _SENTENCE_GOES_ON.match(text, f.end) is not None
    if text[f.end : f.end + 1] == ":" and lexicon.is_word(low) and not lexicon.place(word):
        return True  # "Groen: ... Oranje: ...": a word heading a label (not "Zeeland: ...", "Best: ...")
    if not goes_on and _NOTE_OPENING.search(text, 0, f.start) and (m := _LIST_AFTER.match(text, f.end)):
        goes_on = m.group(1) not in ROLE_WORDS  # "Putten, zaaien, oogsten:", "Hoeve, erf en stal"
    if goes_on and lexicon.place(word) and not lexicon.is_word(low) and not lexicon.is_verb_stem(low):
        return False  # "Hoogeveen heeft een poli": a town made of two words is no word that opens a sentence
    return goes_on and (lexicon.is_ordinary(low) or lexicon.is_verb_stem(low))
