"""Issue #22's eighth round, the small categories read by frame (made-up examples, not a test set's
notes; each test fails when its rule is taken out): group-chat and clan names and quoted lists of
user names (privacy/handle_frames.py), the name someone goes by on a platform, initials of the name
right before them in brackets (privacy/initial_frames.py), and "peer" as a role under "Wie"
(data/roles.txt)."""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce
from werkbord.privacy import Scrubber
from werkbord.privacy.handle_frames import handle_frames
from werkbord.privacy.initial_frames import initial_frames
from werkbord.privacy.roles import is_role_word


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('Bas en Joep (clan "Nachtwacht") gamen elke avond', ["Nachtwacht"]),
        ('de groepsapp heet "Vier op een rij", moeder leest mee', ["Vier op een rij"]),
        ('Bijnamen: "Slagroom", "blauwe_reiger" en "NightR4ven".', ["Slagroom", "blauwe_reiger", "NightR4ven"]),
        ("zet filmpjes op spotify als zeepbelletje9", ["zeepbelletje9"]),
        ("staat op soundcloud als wolkenfabriek", ["wolkenfabriek"]),
        ('Bijnamen: "Slagroom", "blauwe_reiger". Slagroom is de oudste.', ["Slagroom", "blauwe_reiger", "Slagroom"]),
    ],
)
def test_group_names_quoted_lists_and_platform_names_are_user_names(text, names, lexicon):
    found = sorted(handle_frames(text, lexicon), key=lambda f: f.start)
    assert [text[f.start : f.end] for f in found] == names


@pytest.mark.parametrize(
    "text",
    [
        'Ze noemt de liedjes "Zomer" en "Regen", mooi.',  # quoted words, none shaped as a user name
        "staat op spotify als artiest, niet als persoon",
        'oefent "nee zeggen" en "grenzen aangeven"',
    ],
)
def test_quoted_words_and_ordinary_words_after_als_are_no_user_names(text, lexicon):
    assert handle_frames(text, lexicon) == []


def test_the_initials_of_the_name_before_them_in_brackets(lexicon):
    text = "Pt. Hendrik Willem (HW) is diaken, zus Anne Fleur (AF) niet"
    assert [text[f.start : f.end] for f in initial_frames(text, lexicon)] == ["HW", "AF"]
    assert initial_frames("Gesprek met Veilig Thuis (VT) gepland", lexicon) == []  # an abbreviation's own words


def test_peer_is_a_role():
    assert is_role_word("peer") and is_role_word("Peerworker") and is_role_word("peercoach")


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam"], progress=lambda m: None)


@needs_deduce
def test_peer_stays_under_wie_and_before_a_name(scrubber):
    out = scrubber.scrub("Wie: peer\nWat: meegaan naar de werkplek\nWanneer: volgende week").text
    assert "Wie: peer" in out, out
    out = scrubber.scrub("Peer Fenna (ervaringsdeskundige) gaat mee naar de huisarts.").text
    assert out.startswith("Peer ") and gone("Fenna", out), out


@needs_deduce
def test_an_address_with_a_template_word_in_its_domain_goes_whole():
    scrubber = Scrubber(["gemeente", "wijkteam", "huisarts"], progress=lambda m: None)
    out = scrubber.scrub("mail van werk p.kraaijeveld@gemeente-oss.nl, bel de huisarts").text
    assert out == "mail van werk [EMAILADRES-1], bel de huisarts", out
    out = scrubber.scrub("zie www.wijkteam-zuidkant.nl of het wijkteam").text
    assert "wijkteam-" not in out and out.endswith("of het wijkteam"), out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Abena's dochter belt vanaf een ander nummer", ["Abena"]),
        ("Anna’s moeder mailt de planning", ["Anna"]),
        ("oma's broer komt vaker langs", []),  # a family word's own genitive
        ("collega's vrouw werkt ook in de zorg", []),
        ("de baby's vader is uit beeld", []),
    ],
)
def test_a_name_with_an_apostrophe_genitive_before_a_family_word(text, names, lexicon):
    from werkbord.privacy.genitive_names import genitive_names

    assert [text[f.start : f.end] for f in genitive_names(text, lexicon)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Broer gaat weer gamen als WolfKing88 tot laat", ["WolfKing88"]),
        ("streamt 's avonds als Maanlicht_x", ["Maanlicht_x"]),
        ("inlog van haar: mvdbosch, wachtwoord kwijt", ["mvdbosch"]),
        ("login: pietje_k werkt niet meer", ["pietje_k"]),
        ("speelt als 2e keeper bij de club", []),  # an ordinal, no user name
        ("account: verwijderd na de ruzie", []),
    ],
)
def test_the_name_someone_plays_under_and_a_login_label(text, names, lexicon):
    assert [text[f.start : f.end] for f in handle_frames(text, lexicon)] == names


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("personeelsnummer Belastingdienst K 7731 220 op de brief", ["K 7731 220"]),
        ("klantnummer bij CZ 7731 2290.", ["7731 2290"]),
        ("huisnummer aan de 12", []),  # too short for a case number
        ("kamernummer op afdeling B 12", []),
    ],
)
def test_a_case_number_a_word_or_two_after_its_label(text, numbers):
    from werkbord.privacy.id_frames import id_frames

    assert [text[f.start : f.end] for f in id_frames(text)] == numbers


@pytest.mark.parametrize(
    ("text", "letters"),
    [("wk (zo tekent ze) belde terug", ["wk"]), ("Brief ondertekend, tekent met HvL.", ["HvL"])],
)
def test_the_initials_someone_signs_with(text, letters, lexicon):
    assert [text[f.start : f.end] for f in initial_frames(text, lexicon)] == letters
    assert initial_frames("tekent met de hand, tekent als voorzitter", lexicon) == []


@needs_deduce
def test_every_sidecode_of_a_plate_goes_and_a_quarter_stays_in_a_note_about_boats(scrubber):
    for plate in ("AB-12-34", "37-LK-NX", "K-12-ABC", "5-AB-123", "12-ABC-3"):
        out = scrubber.scrub(f"rijdt zonder rijbewijs in een auto met kenteken {plate}.").text
        assert plate not in out, out
    out = scrubber.scrub(
        "Partij: rederij\nMicro-actie: bellen als het schip binnen is\nWie: huisarts\nWanneer: eind Q1"
    )
    assert out.text.endswith("Wanneer: eind Q1"), out.text


def test_a_form_on_one_line_with_arrows_splits_at_each_label():
    from werkbord.harvest.forms import FormParser
    from werkbord.template import load_template

    parser = FormParser(load_template("terugval", "nl").step3.form)
    text = "WIE → Gerrit / WANNEER → voor 1/2 / WAT → huisarts bellen"
    parsed = parser.parse(text)
    fields = {name: text[s:e].strip(" /") for name, s, e in parsed.spans}
    assert fields.get("deadline") == "voor 1/2", parsed.spans
    assert "Gerrit" in fields.get("owner", ""), parsed.spans


def test_a_case_number_before_its_label():
    from werkbord.privacy.id_frames import id_frames

    text = "2204 77 913 is haar klantnummer bij de bank; 12 is het huisnummer"
    assert [text[f.start : f.end] for f in id_frames(text)] == ["2204 77 913"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Op de brief staat 61.407.223 als dossiernummer", ["61.407.223"]),
        ("Zij gaf 903 551 27 als haar klantnr. op, en 12.500 als voorschot", ["903 551 27"]),
    ],
)
def test_a_case_number_before_als_and_its_label(text, numbers):
    from werkbord.privacy.id_frames import id_frames

    assert [text[f.start : f.end] for f in id_frames(text)] == numbers


@needs_deduce
def test_an_english_new_year_with_its_year_is_a_date(scrubber):
    for feast in ("Chinese New Year 2026", "Lunar New Year 2025", "New Year's Eve 2024"):
        out = scrubber.scrub(f"Student absent since {feast}, WhatsApp unanswered.").text
        assert "20" not in out and "[DATUM-1]" in out, out
    out = scrubber.scrub("New Year was hard, no contact with family.").text
    assert out.startswith("New Year was hard"), out


@pytest.mark.parametrize(
    ("text", "persons", "names"),
    [
        ("crisiskaart sanne van der Wiel, BSN volgt", [(18, 30)], ["sanne"]),
        ("gesprek met roos de Vries over de crisiskaart", [(17, 25)], ["roos"]),  # a first name that is a word
        ("ik wil de Vries bellen", [(7, 15)], []),  # a small word before a name
        ("bij de Bakker", [(7, 13)], []),
    ],
)
def test_a_lower_case_first_name_before_a_surname_found(text, persons, names, lexicon):
    from werkbord.privacy.first_before_surname import first_before_surname

    assert [text[f.start : f.end] for f in first_before_surname(text, persons, lexicon)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tel. Sunee: 06 41 77 20 93; partner wil dat we hem bellen", ["Sunee"]),
        ("Wessel (buurman): 06-12345678", ["Wessel"]),
        ("Roos: 06 12 34 56 78", ["Roos"]),  # a first name that is also a word
        ("Huisarts: 030-1234567, Moeder: 06-12345678", []),  # a role and a family word
        ("Crisisdienst: 088-1234567", []),  # an ordinary word
        ("Afspraak om 10:00 uur", []),
    ],
)
def test_a_name_that_labels_a_phone_number(text, names, lexicon):
    from werkbord.privacy.contact_labels import contact_labels

    assert [text[f.start : f.end] for f in contact_labels(text, lexicon)] == names


# Round 6 of the small categories: codes of letters and digits mixed after their label
# (privacy/id_frames.py), plates a few words after their keyword in any country's shape and script
# (privacy/plate_frames.py), a web address on any country's domain and a phone number with its area
# code in brackets after the country code (privacy/rules.py). Made-up examples.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("reserveringscode 7HJ3KQ voor de trein", "7HJ3KQ"),
        ("paspoortnr. BN12 34K 567 is verlopen", "BN12 34K 567"),
        ("zeemansboekje AB 123456 ligt aan boord", "AB 123456"),
        ("Paspoort NX4R82K19 ligt bij de balie.", "NX4R82K19"),
        ("inlogcode jvdv1984 werkt niet meer", "jvdv1984"),
        ("personeelsnummer VF-20931-PL dat de verzekeraar ook heeft", "VF-20931-PL"),
        ("dossiernr. AB-12-CD-34 KLM belt terug", "AB-12-CD-34"),  # no word after the code
    ],
)
def test_a_code_of_letters_and_digits_after_its_label_is_an_id(text, code):
    from werkbord.privacy.id_frames import mixed_codes

    assert [text[f.start : f.end] for f in mixed_codes(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "postcode 1234 AB, naast de kerk",
        "Uitkeringsnummer UWV 1234 567 wordt nagevraagd",  # the organisation stays (the number rules take the number)
        "huisnummer 12A",
        "pas SCL90 ingevuld, score hoog",  # "pas" alone is no label
        "HIS-code P76 en P74 open",
        "nummer 06 12 34 56 78",  # digits only: the phone rules decide
        "code 3 op de afdeling",
    ],
)
def test_look_alikes_after_a_label_are_no_code(text):
    from werkbord.privacy.id_frames import mixed_codes

    assert mixed_codes(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Kenteken oplegger МК 2210 АТ (Bulgaars) staat al dagen daar.", "МК 2210 АТ"),
        ("Tsjechisch kenteken 3A8 1234 bij de flat.", "3A8 1234"),
        ("Roemeens kenteken CJ 07 XYZ op de oprit", "CJ 07 XYZ"),
        ("kenteken van de bestelbus: b-kz 4410", "b-kz 4410"),
        ("Pools kenteken WGM 41827 op de parkeerplaats", "WGM 41827"),
        ("Ze zag een busje met platen ВВ 7781 ЕР voor de deur.", "ВВ 7781 ЕР"),
        ("auto met Franse platen: GH-418-KL.", "GH-418-KL"),
        ("Engelse auto, kenteken YK21 ZTB, rijdt links", "YK21 ZTB"),
    ],
)
def test_a_plate_a_few_words_after_its_keyword_in_any_shape_and_script(text, plate):
    from werkbord.privacy.plate_frames import plate_frames

    assert plate in [text[f.start : f.end] for f in plate_frames(text)]


@pytest.mark.parametrize(
    "text",
    [
        "kenteken staat op naam van zijn ex, 12 boetes",
        "plaat van de band uit 1979 gedraaid",
        "kenteken is 2x verlopen",
        "de kentekenplaat ligt in 3 stukken op straat",
        "Nummerbord kwijt sinds 12 mei",
    ],
)
def test_words_and_counts_after_a_plate_word_are_no_plate(text):
    from werkbord.privacy.plate_frames import plate_frames

    assert plate_frames(text) == []


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Zijn liedjes staan op bandcamp.fm/nachtzwaluw; hij deelt ze met iedereen.", "bandcamp.fm/nachtzwaluw"),
        ("profiel op linktr.ee/roos.tekent", "linktr.ee/roos.tekent"),
        ("zie fanpagina.site/mila-k voor de foto's", "fanpagina.site/mila-k"),
    ],
)
def test_a_web_address_on_any_countrys_domain_with_a_path(text, url):
    from werkbord.privacy.rules import find_extra

    assert url in [text[f.start : f.end] for f in find_extra(text) if f.tag == "url"]


def test_and_or_glued_to_a_word_is_no_web_address():
    from werkbord.privacy.rules import find_extra

    assert [f for f in find_extra("afspraak.en/of bellen met de SPV") if f.tag == "url"] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Neef: +380 (44) 612 30 90, alleen overdag.", "+380 (44) 612 30 90"),
        ("Vader bereikbaar op 0049 (151) 2345 6789.", "0049 (151) 2345 6789"),
    ],
)
def test_a_phone_number_with_its_area_code_in_brackets_after_the_country_code(text, phone):
    from werkbord.privacy.rules import phones_and_bsn

    assert phone in [text[f.start : f.end] for f in phones_and_bsn(text)]


@needs_deduce
def test_the_small_shapes_of_round_six_go_through_the_whole_pipeline():
    scrubber = Scrubber([])
    text = (
        "Boekingscode TK9R4W van de vlucht; trekker met kenteken АН 5521 КМ bij de grens; "
        "tekeningen op linktr.ee/nachtkunst; Hanamatsuri 2024 was het begin."
    )
    out = scrubber.scrub(text).text
    for word in ("TK9R4W", "АН 5521 КМ", "linktr.ee/nachtkunst", "Hanamatsuri 2024"):
        assert gone(word, out), out


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("kenteken 12 - ABC - 3", "12 - ABC - 3"),
        ("kenteken 12ABC3, grijze bus", "12ABC3"),
        ("auto met kenteken g-123- bb", "g-123- bb"),
        ("kenteken van de bus: 5 KZT 12", "5 KZT 12"),
    ],
)
def test_a_dutch_plate_in_odd_spacing_after_its_keyword(text, plate):
    from werkbord.privacy.plate_frames import spaced_plates

    assert [text[f.start : f.end] for f in spaced_plates(text)] == [plate]


@pytest.mark.parametrize(
    "text", ["kenteken 3x verlopen, 12 - 15 keer gebeld", "kenteken ingeleverd op 12-03", "kenteken 123456"]
)
def test_counts_dates_and_numbers_after_a_plate_word_are_no_spaced_plate(text):
    from werkbord.privacy.plate_frames import spaced_plates

    assert spaced_plates(text) == []


# Issue #22's thirteenth session, the small categories (made-up examples; each test fails when its rule
# is taken out): the name right before a phone number without a colon or in lower case
# (privacy/contact_labels.py), a list of present people that a role shows (privacy/initial_frames.py),
# a lower-case initial, a particle and a surname after a comma or past an initial found alone, and a
# channel word glued to its platform (privacy/handle_frames.py).


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lot 06-12345678 (vriendin)", ["Lot"]),  # a first name that is a word, no colon
        ("anouk - 06 12345678", ["anouk"]),
        ("roos 06 12 34 56 78", ["roos"]),  # lower case at a line's start
        ("bellen naar roos 0612345678 bij crisis", ["roos"]),
        ("Dewi (zus, Jakarta) +62 812 3456 7890", ["Dewi"]),
        ("Semhar 0031 6 12345678", ["Semhar"]),  # a word no list knows
        ("als je wil 06-12345678", []),  # a verb in a sentence
        ("zus 06-12345678", []),  # a family word
        ("Crisisdienst 088-1234567", []),  # an ordinary word
        ("Phone +44 20 7946 0958", []),  # English
        ("Marokko +212 661 234567", []),  # a country
        ("Engels 06-12345678", []),  # a language
        ("tel 06-12345678", []),  # a kind of line
        ("06-12345678 (bram)", ["bram"]),  # in brackets right after the number
        ("06-12345678 (werk)", []),
        ("06-12345678 (kantoor)", []),
    ],
)
def test_a_first_name_right_before_a_phone_number(text, names, lexicon):
    from werkbord.privacy.contact_labels import names_before_numbers

    assert [text[f.start : f.end] for f in names_before_numbers(text, lexicon)] == names


@needs_deduce
def test_a_name_that_is_a_word_opening_a_contact_line_goes():
    scrubber = Scrubber([])
    out = scrubber.scrub("Sem: 06 1234 5678 / Lisa: 06 8765 4321").text
    assert gone("Sem", out) and gone("Lisa", out), out
    out = scrubber.scrub("Lot 06-12345678 (vriendin)").text
    assert gone("Lot", out), out
    out = scrubber.scrub("Merel's nummer: 06-12345678").text  # a genitive of a contact detail
    assert gone("Merel", out), out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Willemijn: w.jansen@gmail.com", ["Willemijn"]),  # a label before an e-mail address
        ("Mail: info@wijkteam.nl", []),
    ],
)
def test_a_name_that_labels_an_email_address(text, names, lexicon):
    from werkbord.privacy.contact_labels import contact_labels

    assert [text[f.start : f.end] for f in contact_labels(text, lexicon)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Merel's nummer: 06-12345678", ["Merel"]),
        ("Jan’s mobiele nummer staat in het dossier", ["Jan"]),
        ("oma's nummer is nieuw", []),  # a family word
    ],
)
def test_a_genitive_before_a_contact_detail(text, names, lexicon):
    from werkbord.privacy.genitive_names import genitive_names

    assert [text[f.start : f.end] for f in genitive_names(text, lexicon)] == names


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("aanwezig: ew, jk, spv en psychiater", ["ew", "jk"]),  # a role shows the list names people
        ("Aanwezig: cliënt, moeder, rb en de huisarts", ["rb"]),
        ("aanwezig: mdr, vdr en zus, pb", []),  # mother and father shortened
        ("Aanwezig: cliënt, moeder, spv en psychiater", []),
    ],
)
def test_initials_in_a_list_of_present_people_beside_a_role(text, initials, lexicon):
    found = sorted(initial_frames(text, lexicon), key=lambda f: f.start)
    assert [text[f.start : f.end] for f in found] == initials


@pytest.mark.parametrize(
    ("text", "covered", "name"),
    [
        ("Aanwezig: SPV, w. v.d. meer, E.K. en de huisarts", [], "w. v.d. meer"),  # after a comma
        ("Begeleider (k. v.d. wal) was erbij", [(12, 19)], "k. v.d. wal"),  # past the initial found alone
    ],
)
def test_a_lower_case_initial_particle_and_surname(text, covered, name, lexicon):
    found = [text[f.start : f.end] for f in initial_frames(text, lexicon, covered)]
    assert name in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("youtubekanaal bruno.official met 300 volgers", ["bruno.official"]),
        ("zijn youtubekanaal groeit snel", []),  # a verb
        ("youtube-kanaal loopt goed", []),
    ],
)
def test_a_channel_word_glued_to_its_platform(text, names, lexicon):
    assert [text[f.start : f.end] for f in handle_frames(text, lexicon)] == names


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Cl. rustig, geen bijzonderheden.\nkvd", ["kvd"]),  # alone on the last line
        ("overdracht gedaan //rk", ["rk"]),
        ("Pt belde, terugbellen graag. Thx, jw", ["jw"]),  # a closing word
        ("23.00 ronde gelopen, alles rustig (dk)", ["dk"]),  # no vowel, in brackets, closing the note
        ("Afspraak om 10 uur (vm)", []),  # voormiddag
        ("Bezoek aan vader gepland (vdr)", []),  # shortened kin
        ("Signalen besproken (cgt)", []),  # a care abbreviation
        ("Goed gesprek gehad.\nnb", []),
    ],
)
def test_initials_signing_a_note(text, initials, lexicon):
    assert [text[f.start : f.end] for f in initial_frames(text, lexicon)] == initials


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Vandaag heeft jkl de intake gedaan.", ["jkl"]),  # after a finite verb
        ("Terugbellen naar mvdb.", ["mvdb"]),  # a particle's letters glued in
        ("Gesprek gevoerd (jkl, spv).", ["jkl"]),
        ("jkl: cl. was boos", ["jkl"]),  # opening a line
        ("Overleg met mdr en vdr.", []),  # kin shortened
        ("Overleg met drs. Bosma.", []),  # a title
        ("Afspraak over 3 mnd, daarna evaluatie.", []),
        ("Verwezen naar ggz.", []),  # a care abbreviation
    ],
)
def test_lower_case_initials_without_a_vowel_where_a_person_stands(text, initials, lexicon):
    assert [text[f.start : f.end] for f in initial_frames(text, lexicon)] == initials


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("gamertag kameleon, speelt elke nacht", ["kameleon"]),  # a plain word after a label of a name
        ("Haar Reddit-naam is wolkje.", ["wolkje"]),
        ("schermnaam bliksem op discord", ["bliksem"]),
        ("Meldde het via Teams, haar handle daar is grbos; anoniem", ["grbos"]),
    ],
)
def test_a_plain_word_after_a_label_of_a_name_is_a_user_name(text, names, lexicon):
    assert [text[f.start : f.end] for f in handle_frames(text, lexicon)] == names


@pytest.mark.parametrize(
    "text",
    [
        "gamertag vergeten, account geblokkeerd",  # what happened to it
        "Zijn gamertag is geheim.",
        "Reddit-naam anoniem, zegt ze",
        "insta-naam weet ik niet",  # the clause goes on
    ],
)
def test_what_happened_to_a_name_after_its_label_is_no_user_name(text, lexicon):
    assert handle_frames(text, lexicon) == []
