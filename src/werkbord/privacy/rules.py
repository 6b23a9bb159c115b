"""Identifiers deduce 3 misses in sticky-note language, found with plain regular expressions.

deduce was made for clinical letters. Participants of a case discussion write shorter and
looser, and these slip through it (each checked against deduce 3.0.6):

- ages in every form (see :mod:`.ages`);
- dates without a year: "3 maart", "12/3", "12-3", and month plus year: "maart 2024"; a
  holiday or season with a year ("Pinksteren 2021", "zomer van 2022") and a numbered feast day
  ("2e Kerstdag"); but not a fraction or a score ("1/3 van de sessies", "een 4/10");
- patient and case numbers after a keyword, in any shape: "pat.nr. 12345", "zaaknr. 23/4471";
- e-mail addresses and web addresses outside its short list of top-level domains (".info");
- phone numbers with spaces or dots, Dutch and foreign: "+31 6 12345678", "06.41.27.83.90";
- number plates, also in lower case ("vx-218-b"), and user names after a platform word
  ("insta: jesse.vdv_04", "als DarkRaven77 op Discord").

Every rule returns spans with deduce's own tag names, so its redactor numbers them like the
rest ("[LEEFTIJD-1]", "[DATUM-2]"). Pure: no deduce import, testable on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .age_asides import aside_ages
from .age_cues import cue_ages
from .age_frames import frame_ages
from .age_phrases import phrase_ages
from .ages import find_ages
from .bsn import passes_eleven_test
from .date_shapes import ordinal_dates, other_dates
from .folded import Folded
from .found import Found
from .spoken import spoken_contacts
from .words import FEASTS, Lexicon

__all__ = ["Found", "find_extra"]


_MONTHS = (
    "januari|jan|februari|feb|maart|mrt|april|apr|mei|juni|jun|juli|jul|augustus|aug|"
    "september|sept|sep|oktober|okt|november|nov|december|dec|"
    # English boards (--lang en): deduce knows only Dutch month names.
    "january|february|march|may|june|july|august|october"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"

# Every rule with a month's name needs one somewhere in the note (a cheap gate).
_ANY_MONTH = Folded(rf"(?i)(?:{_MONTHS})")
_DAY_MONTH_NAME = re.compile(rf"(?i)(?<![\w/-])({_DAY}(?:e|ste|de)?\s?(?:{_MONTHS}))(?![a-z])")
# "drie maart", "eenentwintig april 2024", "de vijfde december": a day in words and a month.
_DAY_WORD = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)twintig|eenendertig|dertig|twintig|"
    r"(?:eenen|tweeën|drieën|vieren|vijfen|zesen|zevenen|achten|negenen)twintigste|eenendertigste|dertigste|"
    r"twintigste|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    r"zestien|zeventien|achttien|negentien|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|"
    r"tiende|elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende)"
)
_DAY_WORD_BEFORE = re.compile(rf"(?i)(?<![\w-])({_DAY_WORD})\s+$")
_MONTH_WORD = re.compile(rf"(?i)\b(?:{_MONTHS})(?:\s+(?:19|20)\d{{2}})?(?![\w-])")
# "maart 2024", "mrt. '24"; "februari van 2025" (a month written out, "van", its year).
_LONG_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_MONTH_NAME_YEAR = re.compile(
    rf"(?i)(?<![\w])((?:{_MONTHS})\.?\s(?:(?:19|20)\d{{2}}|['’]\d{{2}})|(?:{_LONG_MONTHS})\s+van\s+(?:19|20)\d{{2}})(?!\d)"
)
_DAY_SLASH_MONTH = re.compile(rf"(?<![\w/.,-])({_DAY}/{_MONTH_NUM})(?![\w/])")
_DAY_DASH_MONTH = re.compile(rf"(?<![\w/.,-])({_DAY}-{_MONTH_NUM})(?![\w/-])")
# "3-4 keer", "9-12 uur", "groep 7-8": ranges, not dates.
_RANGE_AFTER = re.compile(
    r"(?i)\s*(?:x\b|×|%|€|keer|maal|dag|dagen|week|weken|wk|maand|maanden|mnd|jaar|jaren|jr|"
    r"uur|u\b|min|minuten|kg|mg|ml|personen|mensen|deelnemers|cli[eë]nten|kinderen|euro|sessies|"
    r"gesprekken|afspraken|punten|"
    # what a note on drinking, smoking or medicine counts: "2-3 E per week", "6-8 blikjes"
    r"e\b|eh\b|eenheden|units|glazen|glas\b|consumpties|[a-zà-ÿ]+jes\b|sigaretten|joints|pillen|tabletten|"
    r"stappen|km\b|[a-zà-ÿ]+\s+per\b)"
)
_RANGE_BEFORE = re.compile(
    r"(?i)(?:groep|klas|stap|stappen|fase|nr|nummer|score|cijfer|rapportcijfer|niveau|een|gemiddeld)\s*:?\s*$"
)

# A case number's shape: digits with dots, slashes or dashes, a letter prefix, groups of letters
# or digits after the last dash ("CL 0098 223", "A0-2231/77", "7731-BC-12", "0331-B-88712").
_ID_SHAPE = r"(?:[A-Za-z]{1,4}[-/. ]?)?\d(?:[\d./-]| (?=\d)){2,}\d(?:[-/.][A-Za-z0-9]{1,6}(?![\w.]\w))*"
# The keyword stays, the number goes: "patnr [ID-1]".
_PATIENT_NUMBER = re.compile(
    r"(?i)(?<!\w)(?:pati[eë]nt(?:en)?\s?(?:nr|nummer)|pat\.?\s?nr|pt\.?\s?nr|patnr|"
    r"dossier\s?(?:nr|nummer)|cli[eë]nt\s?(?:nr|nummer)|registratie\s?(?:nr|nummer)|"
    r"zis[\s-]?(?:nr|nummer)|epd[\s-]?(?:nr|nummer)|mrn|dossier|kenmerk|kenm|zaak(?:\s?(?:nr|nummer))?|"
    r"referentie(?:\s?nummer)?|ref|klant\s?(?:nr|nummer)|polis\s?(?:nr|nummer)|lid\s?(?:nr|nummer)|"
    r"verzekerings\s?(?:nr|nummer)|[a-zà-ÿ]{3,}(?:nr|nummer)|[a-zà-ÿ]{2,}-?(?:pas|kaart)|[a-zà-ÿ]+-id|id|nr|nummer|no|#)(?![a-zà-ÿ])\.?\s*[:#]?\s*(?:(?:is|was)\s+)?"
    # the number, also with a letter prefix and in groups: "CL 0098 223", "ZK 883.201.47", "A0-2231/77"
    # (a verb between is no letter prefix: "nummer is 06 19 28 37 46", "burgerservicenummer is 61...")
    rf"(?!(?:is|was|wordt|blijft|nu|dan|ook|al|wel)\s)({_ID_SHAPE})(?![\w/])"
)
_GENERIC_NUMBER_WORD = re.compile(r"(?i)(?:nr|nummer|no|#)\b")
# "Klantnummer CZ van dhr. X: 7044 2913": the keyword, a few words about whose it is, a colon, the number.
_NUMBER_AFTER_COLON = re.compile(
    r"(?i)\b[a-zà-ÿ]{3,}(?:nr|nummer)\b(?:[^.\n:;]|(?:(?<=mw)|(?<=dhr)|(?<=mevr)|(?<=pt)|(?<=cl)|(?<=fam))\.){1,60}:\s*"
    rf"({_ID_SHAPE})(?![\w/-])"
)
# "1234 5678 9012 3456": four or more groups of three or four digits (a fine's, a card's or a
# payment's number) are longer than any phone number and no date or count looks like them.
_DIGIT_GROUPS = re.compile(r"(?<![\w.,/-])(\d{3,4}(?: \d{3,4}){3,})(?![\w.,/-]?\d)")
_YEARS = re.compile(r"(?:(?:19|20)\d\d ?)+")
# A fishing vessel's registration ("UK 47", "ARM 12", "SCH 6") in a note about boats.
# (A quarter, "eind Q1", is no vessel.)
_VESSEL = re.compile(r"(?<![\w-])(?!Q[1-4]\b)([A-Z]{1,3} ?\d{1,3})(?![\w-]|[.,]\d)")
_BOAT_STEMS = ("kotter", "schip", "boot", "visser", "rederij", "dekknecht", "trawler", "vaart", "bemanning", "boord")
_BOAT_STEMS += ("vist", "vissen", "viste")  # "vist al 40 jaar ..., sinds de TX 27 verkocht is"
_BOAT_WORDS = re.compile(
    r"(?i)\b(?:kotter|kotters|schip|schipper|boot|visser|vissers\w*|visserij|vist|vissen|viste|rederij|dekknecht|"
    r"trawler|vaart|"
    r"bemanning|aan\s+boord)\b"
)
_TEN_DIGITS = re.compile(r"0(?:\D{0,3}\d){9}")
# "NL91 ABNA 0417 1643 00", "ZD-123456", "P1234567": account numbers and codes with letters.
_IBAN = re.compile(r"(?<![\w-])(NL\d{2}\s?[A-Z]{4}(?:\s?\d){10})(?!\w)")
# Dutch licence plates: three groups of letters or digits, six characters ("12-XKT-4"),
# also written in lower case ("vx-218-b"): the shape is rare enough in a note.
_PLATE = re.compile(
    r"(?i)(?<![\w-])((?=(?:[A-Z0-9]-?){6}(?![\w-]))(?:\d{1,3}-[A-Z]{2,3}-\d{1,2}|[A-Z]{1,3}-\d{2,3}-[A-Z]{1,2}|"
    r"[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|"
    # the other sidecodes: "AB-12-34" (1), "37-LK-NX" (6), "K-12-ABC" (12), "5-AB-123" (13)
    r"[A-Z]{2}-\d{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}))(?![\w-])"
)
_CODE = re.compile(r"(?<![\w-])([A-Z]{1,4}-?\d{5,})(?![\w-])")
# "instagram.com/lotte_xx", "linktr.ee/naam": a web address without www or http, with a path (a bare
# "113.nl" or "thuisarts.nl" is a public service a note points to, not someone's page). Any country's
# two letters ("linktr.ee", "youtu.be", "t.me") and the common generic endings; "en/of" glued to a
# word ("afspraak.en/of") is no address.
_BARE_DOMAIN = re.compile(
    r"(?i)(?<![\w@./-])((?:[a-z0-9][a-z0-9-]*\.)+(?!(?:en|of)/)(?:[a-z]{2}|com|org|net|info|app|online|frl|biz|"
    r"page|site|link|bio|xyz|dev|shop|club|live|tv|gg)/[^\s<>\"']+)(?![\w@-])"
)
# "@lotte_xx": a social media handle (not part of an e-mail address).
_HANDLE = re.compile(r"(?<![\w.@])(@[A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?![\w@])")
# A user name without "@": letters joined by underscores or dots, or mixed with digits, or with
# a capital inside ("jesse.vdv_04", "kev.010x", "DarkRaven77"), near a platform word ("x" after a
# number counts: "2 x E33").
_PLATFORM = (
    r"insta|instagram|ig|tiktok|tik\s?tok|snap|snapchat|facebook|fb|twitter|(?<!\d)(?<!\d )x|discord|telegram|twitch|"
    r"youtube|yt|onlyfans|tinder|bumble|grindr|reddit|steam|psn|xbox|roblox|fortnite|threads|bluesky|"
    r"kick|pinterest|soundcloud|spotify|bandcamp|linkedin|tumblr|wechat|bereal|vinted|mastodon|gebruikersnaam|username|user|account|accountnaam|profiel|profielnaam|gamertag|"
    r"nickname|nick|handle|alias|inlognaam|loginnaam|login|forumnaam|chatnaam|schermnaam|spelersnaam|platform|forum"
)
_HANDLE_SHAPE = r"[A-Za-z0-9][A-Za-z0-9_.]*[A-Za-z0-9_]"
_PLATFORM_WORD = Folded(rf"(?i)\b(?:{_PLATFORM})\b")
_HANDLE_TOKEN = re.compile(rf"(?<![\w.@/-]){_HANDLE_SHAPE}(?![\w@/-])")
_HANDLE_BEFORE_PLATFORM = re.compile(rf"(?i)\b(?:als|is|heet)\s+({_HANDLE_SHAPE})\s+(?:op|on)\s+(?:{_PLATFORM})\b")
_UNDERSCORED = re.compile(r"(?<![\w.@/])([A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*_[A-Za-z0-9_.]*[A-Za-z0-9])(?![\w@])")


def _looks_like_handle(token: str) -> bool:
    """Not an ordinary word: a dot or underscore inside, digits mixed in, or a capital inside."""
    if len(token) < 3 or len(token) > 30 or token.isdigit():
        return False
    inner = token[1:]
    return (
        "_" in token
        or bool(re.search(r"[A-Za-z]\.[A-Za-z0-9]", token))
        or (any(c.isdigit() for c in token) and any(c.isalpha() for c in token))
        or (any(c.isupper() for c in inner) and any(c.islower() for c in inner))
    )


# A user name that is a plain word, where the sentence says it is one: "discord-naam: wolfje",
# "op insta heet ze sterretje", "op snapchat de naam kleinboefje"; after "is" only a word no
# Dutch word list knows ("zijn discord is shadowwolf"; not "op insta als influencer").
_NAMED_HANDLE = re.compile(
    rf"(?i)\b(?:{_PLATFORM})(?:[-\s]?(?:naam|account|profiel|kanaal|tag|id))?"
    rf"(?:\s+van\s+(?:de|het|haar|zijn|hem|mijn|[a-zà-ÿ]+)(?:\s+[a-zà-ÿ]+)?)?"
    rf"(?:\s*[:=]\s*|\s+(?:(heet|noemt)\s+(?:ze|hij|zij|zich|ze\s+zich|hij\s+zich)?\s*|(de\s+naam|is)\s+)|"
    rf"\s+(?:[a-zà-ÿ']+\s+){{0,3}}?(?:(heet|noemt)\s+(?:ze|hij|zij|zich|ze\s+zich|hij\s+zich)?\s*|(de\s+naam)\s+))"
    rf"['\"‘“]?({_HANDLE_SHAPE})"
)
_NOT_A_HANDLE = frozenset(
    """de het een ze hij zij zich niet geen nu nog ook zo anders hetzelfde dezelfde er daar dan wel
    al heel erg echt zijn haar hun mijn je jouw ik we wij jullie die dat wat waar hoe privé prive
    openbaar gehackt verwijderd weg nep actief nieuw oud vol leeg dicht geblokkeerd onbekend via op
    in van met en of voor bij naar ook alleen vaak soms altijd nooit viral private public down
    offline online hacked fake banned""".split()
)


# Whose account it is, between the platform and the name: "tiktok van de zoon: kleinejoeytje".
_WHOSE = re.compile(r"(?i)\svan\s")
# Words that say "account" without naming a platform: "profiel: depressief" is no user name.
_GENERIC_PLATFORM = frozenset("profiel profielnaam account user x handle alias nick nickname".split())


# "forumnaam 'Zeemeeuw'", "inlognaam rvdheuvel72": a word for a user name, then the name itself.
_NAME_WORD_HANDLE = re.compile(
    rf"(?i)\b(?:forum|inlog|login|chat|scherm|spelers|gebruikers|account|profiel|game|gamer|speler)naam\s*[:=]?\s*"
    rf"['\"‘“]?({_HANDLE_SHAPE})"
)
# "op PokerStars als DeStilleHaai", "op Bingoal als 'OmaBep'": a site named by its name, then the user.
_ON_SITE_AS = re.compile(rf"\b[Oo]p\s+(?:het\s+|de\s+)?[A-Z][\w.]+\s+als\s+['\"‘“]?({_HANDLE_SHAPE})")
# "('NachtUil83' op het platform)": a quoted user name before the platform.
_QUOTED_BEFORE_PLATFORM = re.compile(
    rf"(?i)['\"‘“]({_HANDLE_SHAPE})['\"’”]\s+(?:op|on)\s+(?:het\s+|de\s+|the\s+)?(?:{_PLATFORM})\b"
)


_QUOTES = "'\"\u2018\u201c"


def _handles_by_word(text: str) -> list[Found]:
    found = []
    if "naam" in text.lower():
        found += [
            Found(*m.span(1), "url")
            for m in _NAME_WORD_HANDLE.finditer(text)
            if m.group(1).lower() not in _NOT_A_HANDLE
        ]
    if " als " in text:
        found += [Found(*m.span(1), "url") for m in _ON_SITE_AS.finditer(text) if _looks_like_handle(m.group(1))]
    if any(q in text for q in _QUOTES):
        found += [
            Found(*m.span(1), "url") for m in _QUOTED_BEFORE_PLATFORM.finditer(text) if _looks_like_handle(m.group(1))
        ]
    return found


def named_handles(text: str, lexicon: Lexicon) -> list[Found]:
    """User names that are plain words, where the sentence names them (see :data:`_NAMED_HANDLE`)."""
    low = text.lower()
    found = _handles_by_word(text) if "naam" in low or " als " in low or "'" in text or '"' in text else []
    for m in (_NAMED_HANDLE.match(text, start) for start, _ in _platforms(text)):
        if m is None:
            continue
        token = m.group(5).rstrip(".")
        low = token.lower()
        if low in _NOT_A_HANDLE or token.isdigit():
            continue
        platform = re.match(r"[a-z]+", m.group(0).lower())
        loose = (m.group(2) or "").lower() == "is" or (platform is not None and platform.group() in _GENERIC_PLATFORM)
        loose = loose or _WHOSE.search(m.group(0), 0, m.start(5) - m.start()) is not None  # "tiktok van de zoon:"
        if loose and (lexicon.is_ordinary(low) or not lexicon.words):
            continue
        found.append(Found(m.start(5), m.start(5) + len(token), "url"))
    return found


@lru_cache(maxsize=16)
def _platforms(text: str) -> tuple[tuple[int, int], ...]:
    """Where a platform word stands (one scan of a long alternation, shared by two rules)."""
    return tuple(m.span() for m in _PLATFORM_WORD.finditer(text))


def _handles(text: str) -> list[Found]:
    found = [Found(m.start(1), m.end(1), "url") for m in _UNDERSCORED.finditer(text)] if "_" in text else []
    platforms = _platforms(text)
    if not platforms:  # "als X op Instagram" names a platform too
        return found
    found += [Found(m.start(1), m.end(1), "url") for m in _HANDLE_BEFORE_PLATFORM.finditer(text)]
    for _, end in platforms:
        # the first token that looks like a user name among the next four: "insta (jesse.vdv_04)",
        # "op Instagram als sophie.blogt.xx", "account heet noor_2k8"
        for n, m in enumerate(_HANDLE_TOKEN.finditer(text, end, end + 60)):
            if n >= 4:
                break
            if _looks_like_handle(m.group().rstrip(".")):
                found.append(Found(m.start(), m.start() + len(m.group().rstrip(".")), "url"))
                break
    return found


_EMAIL = re.compile(r"(?i)(?<![\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?![\w-])")
_URL = re.compile(r"(?i)(?<![\w@/.])((?:https?://|www\.)[^\s<>\"']+)")
# Between the digits of a phone number: a space, a dot, any dash with spaces around it, or the
# bracket after an area code ("06–5127 9034", "088 – 355 40 00", "(020) 612 34 56").
_PHONE_SEP = r"(?:[ \t]*[-–—‐][ \t]*|[ \t]*\)[ \t]*|[.\s])?"
_PHONE_INTL = re.compile(rf"(?<![\w+])((?:\+|00)\s?31\s?(?:\(0\)\s?)?[1-9](?:{_PHONE_SEP}\d){{8}})(?!\d)")
# Any country: "+32 470 12 34 56", "0049 30 1234567", and the one-digit codes of North America and
# Russia/Kazakhstan with a space after them ("+7 912 345-67-89", "+1 416 555 0199").
# (also with the area code in brackets after the country's: "+380 (67) 123 45 67")
_PHONE_FOREIGN = re.compile(
    rf"(?<![\w+])((?:\+|00)\s?[1-9]\d{{0,2}}(?:\s?\(0\))?(?:[ \t]?\((?=\d{{1,4}}\)))?(?:{_PHONE_SEP}\d){{7,11}})"
    r"(?![\w-]?\d)"
)
# A Dutch number of 10 digits in groups, with dots, spaces or dashes: "06.41.27.83.90", "0348-41 72 90".
_PHONE_GROUPED = re.compile(rf"(?<![\w+.,/-])(\(?0\d(?:{_PHONE_SEP}\d){{8}})(?![\w-]?\d)(?!\.\d)")
# A Dutch mobile number written in one piece ("0612345678") looks like an id to deduce.
_PHONE_MOBILE = re.compile(rf"(?<![\w+])(06(?:{_PHONE_SEP}\d){{8}})(?![\w-]?\d)")
# BSN written in groups ("123 456 782", "123.456.782", "1234 56 782"): deduce only sees it
# in one piece. A grouped 9-digit number counts when it passes the BSN eleven-test, or after
# the word bsn / burgerservicenummer.
_BSN_GROUPED = re.compile(
    r"(?<![\w.-])(\d{3}[ .-]\d{3}[ .-]\d{3}|\d{4}[ .-]\d{2}[ .-]\d{3}|\d{2}[ .-]\d{3}[ .-]\d{2}[ .-]\d{2})(?![\w-]?\d)"
)
_BSN_WORD = re.compile(r"(?i)\b(?:bsn|burgerservicenummer)\b\W{0,3}$")
# "March 3rd", "aged 54": English forms deduce does not know.
_MONTH_DAY_EN = re.compile(rf"(?i)(?<![\w])((?:{_MONTHS})\.?\s{_DAY}(?:st|nd|rd|th)?)(?![\w])")
# After a month and a number, what makes the number no day: a clock time ("sep. 11.22"), a count
# or a part ("in augustus 4 weken dicht", "in april en mei 3 van de 5 terugvallen").
_COUNTED_AFTER_MONTH = re.compile(
    r"(?i)[.:,]\d|\s*(?:x\b|keer\b|maal\b|dagen\b|weken\b|wk\b|maanden\b|mnd\b|jaar\b|jaren\b|uur\b|u\b|"
    r"minuten\b|min\b|%|van\s+de\b|op\s+de\b|per\b)"
)
# "Pinksteren 2021", "zomer van 2022", "kerst '19": a holiday or a season with its year.
# Holidays and feasts (words.FEASTS, which are no names on their own) and events of a year
# (which are: "de Vierdaagse", "het WK"), each dated by a year after it.
_FEASTS = (
    FEASTS + r"|"
    # events of a year: "de Vierdaagse van 2019", "het WK van 2022", "de Olympische Spelen 2024"
    r"wk|ek|(?:olympische\s+)?spelen|songfestival|[a-zà-ÿ]{3,}(?:daagse|tocht|toernooi)|(?:[a-zà-ÿ]{3,})?kermis|festival|"
    # "de Singelloop van 2025", "de aardappeloogst van 2025", "KEI-week 2025", "Ontzet-feesten van 2025"
    r"[a-zà-ÿ]{3,}(?<!ver)(?<!be)(?<!aan)(?<!door)(?<!over)(?<!af)(?<!uit)(?<!op)(?<!in)loop|[a-zà-ÿ]{3,}oogst|"
    r"[a-zà-ÿ]{2,}-?(?:week|feesten|dagen|markt|race|marathon|optocht|parade)|"
    r"black\s+friday|cyber\s+monday|eid(?:\s+al[-\s]\w+)?"
)
_YEAR_OR_TWO = r"(?:(?:19|20)\d{2}|['’]\d{2})(?:\s?[/-]\s?(?:(?:19|20)\d{2}|['’]?\d{2}))?"
_FEAST_YEAR = re.compile(rf"(?i)(?<![\w-])((?:{_FEASTS})(?:\s+(?:van|in))?\s+{_YEAR_OR_TWO})(?![\w-])")
# "Yennayer 2976,", "Nowruz 1404.", "Rosj Hasjana 5786)": a feast with a year of its own calendar (a
# four-digit number no 19.. or 20..), read only where the sentence or clause ends after it, so a count
# ("in de zomer 1500 stappen") stays.
_OTHER_YEAR = re.compile(r"(?<![\w.,/-])(?!19|20)[1-5]\d{3}(?=\s*[,.;:!?)]|\s*$)")
_FEAST_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:{_FEASTS})(?:\s+(?:van|in))?\s+$")
# "week 32 van 2023", "wk 12 2024", "Q3 2023", "het 2e kwartaal van 2022", "eind 2022", "medio 2021":
# a week, a quarter or a part of a year, with the year.
# (After "begin", "eind", "medio" only the year is tagged, so a planned "eind 2025" in a
# micro-action still reads as planned.)
_PERIOD_YEAR = re.compile(
    r"(?i)(?<![\w-])((?:(?:week|wk)\.?\s*\d{1,2}|q[1-4]|(?:[1-4](?:e|ste|de)|eerste|tweede|derde|vierde|laatste)"
    r"\s+kwartaal)(?:\s+(?:van|in)|\s*[/,])?\s*(?:19|20)\d{2}"
    r"|(?<=begin )(?:19|20)\d{2}|(?<=eind )(?:19|20)\d{2}|(?<=einde )(?:19|20)\d{2}|(?<=medio )(?:19|20)\d{2}"
    r"|(?<=halverwege )(?:19|20)\d{2}|(?<=midden )(?:19|20)\d{2})(?![\w/-])"
)
# "12 t/m 19 maart", "3-7 mei", "van 3 tot 7 juni": the first day of a range of days.
_DAY_RANGE = re.compile(
    rf"(?i)(?<![\w/.,-])({_DAY})(?=\s*(?:t/m|tot\s+en\s+met|tot|-|–|en)\s*{_DAY}\s+(?:{_MONTHS})\b)"
)
_YEAR = re.compile(r"(?:19|20)\d\d|['’]\d\d")
# A year of birth: "gb 1996", "geb. 1988", "geboren in 2001", "geboortejaar 1975".
_BIRTH_YEAR = re.compile(r"(?i)\b(?:geb|gb|gebj|geboren|geboortejaar|born)\.?:?\s*(?:in\s+)?((?:19|20)\d{2})(?!\d)")
# "2e Kerstdag", "eerste Paasdag": a day of the year.
_FEAST_DAY = re.compile(r"(?i)(?<![\w-])((?:1e|2e|1ste|2de|eerste|tweede)\s+(?:kerst|paas|pinkster)dag)(?![\w-])")
# After a fraction or a score: "1/3 van de sessies", "3-5 op een schaal van 10", "5/7 dagen".
# Also a count of what was reached or done: "6/8 bereikt", "5/7 aanwezig", "9/12 afgerond".
_FRACTION_AFTER = re.compile(
    r"(?i)\s*(?:van\b|deel\b|op\s+(?:een\s+)?schaal|punten\b|"
    # "op de distress thermometer", "op de angstladder": a score on a scale of the note
    r"op\s+(?:de|een|het)\s+(?:[\w-]+\s+)?[\w-]*(?:schaal|thermometer|ladder|meter)\b|"
    r"(?:bereikt|gevolgd|bijgewoond|aanwezig|afwezig|"
    r"afgerond|gehaald|gelukt|voltooid|ingevuld|correct|goed|fout|gedaan|geslaagd)\b)"
)
_SCORE_BEFORE = re.compile(
    r"(?i)\b(?:score|scoort|scoorde|cijfer|geeft|gaf|geef|beoordeelt|waardering|keer|doel|stemming|"
    r"schaal|pijn|ongeveer|circa|ca|bijna|ruim|slechts|maar|zo'n|hooguit|minstens|gemiddeld|nu|een|haalt|haalde|"
    r"rpe|vas|nrs|suds?|borg|spanning|angst|craving|mood|pain|anxiety|sleep|energy|energie|slaap|rust|"
    r"\w+(?:test|schaal|lijst|index))"  # "kloktekentest 2/5", "pijnschaal 3/10"
    r"\.?\s*:?\s*$"
)
_SCORE_NOTE = re.compile(r"(?i)\b(?:score|scoort|scoorde|cijfer|schaal|punten|beoordeling|rapportcijfer)")


# Read of the span itself only, never of a fraction beside it (unlike ``_fraction_by_context``):
# a range with an adjective before what it counts ("3-4 paniekerige telefoontjes"), a group's size
# in people ("6-8 man"); a week, a group's size, or how many of a series before it ("wk 2-3",
# "groep van 6-8", "sessie 3/8", "Opkomst 7/8", "Checklist 6/7", "Apgar 9/10").
_COUNTED_AFTER = re.compile(
    r"(?i)\s*(?:[a-zà-ÿ]{3,}e\s+(?:[a-zà-ÿ]+jes|personen|mensen|deelnemers|cli[eë]nten|kinderen|sessies|"
    r"gesprekken|afspraken|glazen|consumpties|sigaretten|joints|pillen|tabletten)|man)\b"
)
_SERIES_BEFORE = re.compile(r"(?i)(?:\b(?:wk|week|sessie|opkomst|apgar|\w*checklist)|(?:groep|klas)\s+van)\s*:?\s*$")
_ANY_DIGIT = re.compile(r"\d")
_NOT_VESSELS = frozenset("e u x".split())  # "20 E/dag", "3 U", "2 x"


def _fraction_by_context(text: str, start: int, end: int) -> bool:
    if text[start:end] == "24/7" or _RANGE_AFTER.match(text, end) or _FRACTION_AFTER.match(text, end):
        return True
    window = text[max(0, start - 40) : start]
    return bool(_RANGE_BEFORE.search(window) or _SCORE_BEFORE.search(window))


def is_fraction(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ("1/3", "4/10", "3-5") is a fraction, a score or a range, not a date.

    Read from the words around it: "1/3 van de sessies", "5/7 dagen", "een 4/10", "vorige keer
    6/10", "3-5 op een schaal van 10"; and a note that speaks of scores ("Score 2/5 ..., doel is
    4/5") scores out of 5 or 10.
    """
    if _fraction_by_context(text, start, end) or _COUNTED_AFTER.match(text, end):
        return True
    if _SERIES_BEFORE.search(text, max(0, start - 24), start):
        return True
    top, sep, bottom = re.split(r"([/-])", text[start:end], maxsplit=1)
    if sep == "/" and int(top) <= int(bottom):
        # "1/3 van de afspraken afgezegd, 2/3 gekomen": a part of the same whole as a fraction beside it
        for m in re.finditer(rf"(?<![\d/-])\d{{1,2}}/{bottom}(?![\d/-])", text):
            if m.start() != start and _fraction_by_context(text, m.start(), m.end()):
                return True
    if sep == "/" and int(top) <= int(bottom) and re.search(rf"(?<![\d/-]){bottom}\s+[a-zà-ÿ]{{3,}}", text):
        return True  # "8 bijeenkomsten, 6/8 aanwezig": a part of a count the note gives
    if bottom not in ("5", "10") or int(top) > int(bottom):
        return False
    # "Stemming 3/10, slaap 5/10": a note that gives two or more marks out of the same scores
    series = len(re.findall(rf"(?<![\d/-])\d{{1,2}}{re.escape(sep)}{bottom}(?![\d/-])", text)) >= 2
    return series or _SCORE_NOTE.search(text) is not None


def _dates(text: str, month: bool) -> list[Found]:
    """``month``: the note names a month (see ``_ANY_MONTH``)."""
    year = _YEAR.search(text) is not None  # month plus year, a holiday plus year
    rules = (_DAY_MONTH_NAME, _MONTH_NAME_YEAR, _FEAST_YEAR, _BIRTH_YEAR, _PERIOD_YEAR) if year else (_DAY_MONTH_NAME,)
    found = [
        Found(m.start(1), m.end(1), "datum")
        for rx in (*rules, _DAY_RANGE)
        if month or rx in (_FEAST_YEAR, _BIRTH_YEAR, _PERIOD_YEAR)
        for m in rx.finditer(text)
    ]
    for rx in (_DAY_SLASH_MONTH, _DAY_DASH_MONTH):
        found += [Found(*m.span(1), "datum") for m in rx.finditer(text) if not is_fraction(text, *m.span(1))]
    for m in _OTHER_YEAR.finditer(text):
        if feast := _FEAST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            found.append(Found(feast.start(), m.end(), "datum"))
    return found + other_dates(text, year)  # a feast of any calendar with its year, a foreign month


_MONTH_STEMS = ("jan", "feb", "maa", "mrt", "apr", "mei", "may", "jun", "jul", "aug", "sep", "okt", "oct", "nov", "dec")


# A year in words after a month: "negentienzesentachtig", "negentienhonderd twee", "tweeduizend twintig",
# "tweeduizendvijf" (no number word of a count starts with "negentien" or "tweeduizend" and runs on).
_UNIT_WORD = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_YEAR_TAIL = (
    rf"(?:{_UNIT_WORD}(?:en|ën))?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|"
    rf"tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|{_UNIT_WORD}"
)
_YEAR_WORDS_AFTER = re.compile(rf"(?i)[ \t]+((?:negentien(?:honderd)?|tweeduizend)[ \t-]?(?:{_YEAR_TAIL}))(?![\w-])")


def words_dates(text: str) -> list[Found]:
    """Dates with the day in words ("drie maart", "de vijfde december"): no digit needed; a year in
    words after the month is taken along ("twaalf maart negentienzesentachtig", "mei tweeduizend
    twintig")."""
    found = []
    low = text.lower()
    for m in _MONTH_WORD.finditer(text) if any(s in low for s in _MONTH_STEMS) else ():
        d = _DAY_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        y = _YEAR_WORDS_AFTER.match(text, m.end()) if "negentien" in low or "tweeduizend" in low else None
        if d or y:
            found.append(Found(d.start(1) if d else m.start(), y.end(1) if y else m.end(), "datum"))
    return found


def _trim_url_end(text: str, start: int, end: int) -> int:
    # "zie www.x.info." or "(www.x.info)": the closing punctuation belongs to the sentence.
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        end -= 1
    return end


def phones_and_bsn(text: str) -> list[Found]:
    """Phone numbers and BSN typed with digits (the caller checks there are nine or more)."""
    found = []
    for rx in (_PHONE_INTL, _PHONE_MOBILE, _PHONE_FOREIGN, _PHONE_GROUPED):
        found += [Found(m.start(1), m.end(1), "telefoonnummer") for m in rx.finditer(text)]
    found += [
        Found(m.start(1), m.end(1), "bsn")
        for m in _BSN_GROUPED.finditer(text)
        if passes_eleven_test(m.group(1)) or _BSN_WORD.search(text[: m.start(1)])
    ]
    return found


def typed_emails(text: str) -> list[Found]:
    """E-mail addresses typed with an "@" (the caller checks there is one)."""
    return [Found(m.start(1), m.end(1), "emailadres") for m in _EMAIL.finditer(text)]


def _numbers(text: str) -> list[Found]:
    """The rules that need a digit: dates, ids, phone numbers, BSN, plates."""
    month = _ANY_MONTH.search(text) is not None
    found = _dates(text, month) + [
        Found(m.start(1), m.end(1), "id")
        for m in _PATIENT_NUMBER.finditer(text)
        # after a bare "nr"/"nummer", a number starting with 0 is a phone number; so is one of ten digits
        if not (
            m.group(1).startswith("0") and (_GENERIC_NUMBER_WORD.match(m.group(0)) or _TEN_DIGITS.fullmatch(m.group(1)))
        )
    ]
    low = text.lower()
    if ":" in text and ("nr" in low or "nummer" in low):
        found += [Found(*m.span(1), "id") for m in _NUMBER_AFTER_COLON.finditer(text)]
    if any(w in low for w in _BOAT_STEMS) and _BOAT_WORDS.search(text):
        found += [
            Found(*m.span(1), "id")
            for m in _VESSEL.finditer(text)
            if m.group(1)[:3].strip().lower() not in _NOT_VESSELS
        ]
    # Cheap gates: every phone number and BSN holds at least 9 digits, an IBAN 12, a code 5,
    # a plate 2; most notes hold a few digits at most (a date, a count), so skip those scans.
    digits = len(_ANY_DIGIT.findall(text))
    if digits >= 9:
        found += phones_and_bsn(text)
    found += [
        Found(m.start(1), m.end(1), "datum")
        for m in (_MONTH_DAY_EN.finditer(text) if month else ())
        if not _COUNTED_AFTER_MONTH.match(text, m.end(1))
    ]
    ids = ((_IBAN, 12), (_CODE, 5), (_PLATE, 2))
    found += [Found(m.start(1), m.end(1), "id") for rx, least in ids if digits >= least for m in rx.finditer(text)]
    for m in _DIGIT_GROUPS.finditer(text) if digits >= 12 else ():
        if not _YEARS.fullmatch(m.group(1)):  # "2019 2020 2021": years
            found.append(Found(*m.span(1), "id"))
    return found


# "@allen", "@iedereen", "@nachtdienst": a team chat's mention of a group, no one's user name.
_GROUPS = frozenset(
    """allen iedereen allemaal team teams hier kanaal groep collega's collegas nachtdienst dagdienst
    avonddienst weekenddienst everyone all here channel""".split()
)


def _addresses(text: str) -> list[Found]:
    """E-mail and web addresses and user names; each needs an "@", a "." or an "_"."""
    found: list[Found] = []
    if "@" in text:
        found += typed_emails(text)
        found += [
            Found(m.start(1), m.end(1), "url") for m in _HANDLE.finditer(text) if m.group(1)[1:].lower() not in _GROUPS
        ]
    lowered = text.lower()
    if "www." in lowered or "http" in lowered:
        found += [Found(m.start(1), _trim_url_end(text, m.start(1), m.end(1)), "url") for m in _URL.finditer(text)]
    if "." in text:
        found += [
            Found(m.start(1), _trim_url_end(text, m.start(1), m.end(1)), "url") for m in _BARE_DOMAIN.finditer(text)
        ]
    return found + _handles(text)


def _ages(text: str, persons: Sequence[tuple[int, int]]) -> list[Found]:
    return find_ages(text, persons) + frame_ages(text, persons) + cue_ages(text, persons) + phrase_ages(text, persons)


def find_extra(text: str, persons: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Spans deduce misses, possibly overlapping deduce's or each other (its resolver decides).

    ``persons`` are the (start, end) of the names already found, for ages beside them.
    """
    found = _ages(text, persons)
    if (
        persons and "(" in text
    ):  # "Jorrit ("Jor") 19,", "zoon lente (ja echt) is 17": past an aside (:mod:`.age_asides`)
        found += aside_ages(text, persons, _ages)
    # Cheap gates first: most notes have no digit, and most rules need one.
    if _ANY_DIGIT.search(text):
        found += _numbers(text)
    found += [Found(m.start(1), m.end(1), "datum") for m in _FEAST_DAY.finditer(text)]
    found += words_dates(text)
    found += ordinal_dates(text) if " van de " in text else []  # "rond de elfde van de elfde 2025"
    found += _addresses(text)
    found += spoken_contacts(text)  # dictated and obfuscated contact details (:mod:`.spoken`)
    # Two rules may find the same span ("(v/29)"); deduce's resolver would cope, tests read easier.
    return list(dict.fromkeys(f for f in found if f.end > f.start))


# Read by person_frames.py too: the platform words, a user name's shape, words that are no user name.
PLATFORM, HANDLE_SHAPE, NOT_A_HANDLE = _PLATFORM, _HANDLE_SHAPE, _NOT_A_HANDLE
platforms_in = _platforms
