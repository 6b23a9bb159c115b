"""Issue #22's eighth round, user names in shapes and places the platform rules did not read
(privacy/handle_frames.py): an address without its domain, a Discord tag, a user name before its
platform, a plain word right after a platform's channel or account word. Made-up examples, not a
test set's notes; each test fails when its rule is taken out. Ordinary words and counts stay."""

from __future__ import annotations

import pytest

from privacy_checks import gone, needs_deduce, untouched
from werkbord.privacy import Scrubber
from werkbord.privacy.handle_frames import handle_frames


def spans(text: str, lexicon) -> list[str]:
    return [text[f.start : f.end] for f in sorted(handle_frames(text, lexicon), key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("zijn mail begint met stormvogel31@, de rest weet moeder niet", ["stormvogel31@"]),
        ("Oud adres r.kuipertje@ werkt niet meer", ["r.kuipertje@"]),
        ("Speelt 's nachts met Grijsaard#5120 en anderen", ["Grijsaard#5120"]),
        ("blokkeerde Zwerver_07 op snap na de ruzie", ["Zwerver_07"]),
        ("volgt sch1mmel op tiktok sinds de zomer", ["sch1mmel"]),
        ("volgt flubberdub op insta, een vreemde volwassene", ["flubberdub"]),  # a word no list knows
        ("YouTube-kanaal Kwakkelbos: filmt zijn kamer", ["Kwakkelbos"]),
        ("tiktok-account: zeurpiet2010 is van haar", ["zeurpiet2010"]),
        ("met inlog grobbel71; wachtwoord kwijt", ["grobbel71"]),  # a login label without a colon
        ("login is pietje_k, al twee keer geblokkeerd", ["pietje_k"]),
        ("in de groepsapp stuurt Kevin04 haar berichten", ["Kevin04"]),  # a first name and digits
        ("berichten van sanne2009 blijven komen", ["sanne2009"]),
    ],
)
def test_user_names_are_read_by_shape_and_place(text, names, lexicon):
    assert spans(text, lexicon) == names


@pytest.mark.parametrize(
    "text",
    [
        "Mail naar info@ volgt nog",  # a role address without domain is still an address: see below
        "Zit veel op insta en tiktok, slaapt slecht",
        "volgt nieuws op instagram, vooral over oorlog",  # an ordinary word before the platform
        "volgt haar op instagram sinds de ruzie",
        "tiktok-account verwijderd na overleg met moeder",  # a participle after the account word
        "Kamer #12 is vrij, wachtlijst #3",
        "melding onder nummer KX#2031-0877-14 bij de gemeente",  # a case number, not a Discord tag
        "insta-account aangemaakt voor de groep",
        "inlog mislukt, login 3x fout",  # what happened at the login, no user name
        "PHQ9 score 14, Golf86 verkocht, kamer Lotus12",  # a word or a questionnaire with digits
        "Kevin 04 belde, Kevin3 ook",  # a space or one digit: no user name's shape
    ],
)
def test_words_pronouns_and_counts_are_no_user_names(text, lexicon):
    found = spans(text, lexicon)
    assert found in ([], ["info@"]), found


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(["huisarts", "wijkteam"], progress=lambda m: None)


@needs_deduce
def test_user_names_are_replaced_and_the_platform_stays(scrubber):
    out = scrubber.scrub("Broer volgt sch1mmel op tiktok, zijn mail begint met stormvogel31@").text
    assert gone("sch1mmel", out) and "stormvogel31" not in out and "tiktok" in out, out


@needs_deduce
def test_a_clean_note_about_platforms_stays(scrubber):
    untouched(scrubber, "Zit veel op insta en tiktok, huisarts adviseert minder schermtijd.")


@pytest.mark.parametrize(
    ("text", "listed", "names"),
    [
        ("accounts: lotje_22, zonnekind.04 en blauwvlinder_x", ["lotje_22"], ["zonnekind.04", "blauwvlinder_x"]),
        ("twee profielen, kevbeats en kev_beats2", ["kev_beats2"], ["kevbeats"]),
        ("Snapchat: meisje.van.nu, insta: meisjevannu_", ["meisje.van.nu"], []),  # the next platform's word
        ("insta: lotje_22, haar moeder weet het", ["lotje_22"], []),  # words of the sentence
    ],
)
def test_user_names_listed_beside_a_user_name_found(text, listed, names, lexicon):
    from werkbord.privacy.handle_frames import handle_lists
    from werkbord.privacy.rules import Found

    seeds = [Found(text.index(h), text.index(h) + len(h), "url") for h in listed]
    found = handle_lists(text, seeds, lexicon, [(f.start, f.end) for f in seeds])
    assert sorted(text[f.start : f.end] for f in found) == sorted(names)


@needs_deduce
def test_user_names_in_a_list_and_after_whose_account_it_is_go():
    scrubber = Scrubber([], progress=lambda m: None)
    out = scrubber.scrub("ze heeft twee accounts, nachtvlinder_03 en dagvlinder.04").text
    assert gone("nachtvlinder_03", out) and gone("dagvlinder.04", out)
    out = scrubber.scrub("tiktok van de zoon: kleinejoeytje, daar staat veel op").text
    assert gone("kleinejoeytje", out)
    untouched(scrubber, "tiktok van de school: vol met filmpjes over pesten")
