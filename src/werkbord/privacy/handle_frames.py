"""User names in shapes and places the platform rules of :mod:`.rules` do not read.

:mod:`.rules` reads a user name after a platform word ("insta: lisa.leeft"). Notes also write it

- as an address without its domain ("zijn mail begint met nachtraaf77@", "koekoek21@"): the shape
  alone says it is someone's;
- with a Discord tag ("Wolfje#4821"), anywhere;
- before the platform, after a verb of following or blocking or as "X op <platform>" ("volgt
  don7kje op instagram", "blokkeerde Zeemeeuw_2 op snap"); a plain word there only when no word
  list knows it;
- a plain word right after a word that labels a name ("gamertag kameleon,", "Reddit-naam wolkje.",
  "schermnaam bliksem op discord", "haar handle daar is zwaluw;") where the clause closes after it,
  unless it says what happened ("gamertag vergeten,");
- right after a platform's channel or account word ("Twitch-kanaal donkerpaard:",
  "tiktok-account regenboogje123", glued: "youtubekanaal bruno.official"), when no Dutch word list
  knows it as written.

Spans get the tag "url" (the user names' tag of :mod:`.rules`). Pure: the lexicon is handed in.
"""

from __future__ import annotations

import re

from .found import Found
from .rules import HANDLE_SHAPE, NOT_A_HANDLE, PLATFORM, platforms_in
from .words import Lexicon

# "nachtraaf77@", "j.devries@ (hotmail)": an address without its domain.
_NO_DOMAIN = re.compile(r"(?<![\w.@+-])([A-Za-z0-9][\w.+-]{1,40}[A-Za-z0-9_]@)(?![\w.-]*[A-Za-z0-9])")
# "Wolfje#4821", "shadow.fox#0817": a Discord tag.
_DISCORD_TAG = re.compile(r"(?<![\w#@])([A-Za-z0-9][\w.]{1,31}#\d{4})(?![\w-]|[./]\d)")
# "volgt X op insta", "blokkeerde X op snap", "(X op tiktok)": a user name before its platform.
_BEFORE_PLATFORM = re.compile(
    rf"(?i:\b(volg\w*|ontvolg\w*|blokkeer\w*|blokkeerde|tag\w*|stalkt|stalkte|bericht\w*|dm\w*|app\w*)\s+)?"
    rf"(?<![\w.@/-])({HANDLE_SHAPE})(?![\w@/-])\s+(?i:op|on|via)\s+(?i:het\s+|de\s+)?(?i:{PLATFORM})\b"
)
# "Twitch-kanaal donkerpaard", "tiktok-account: regenboogje123": a platform's channel or account word.
_CHANNEL = re.compile(
    rf"(?i:\b(?:{PLATFORM})[-\s]?(?:kanaal|account|profiel|naam|tag|id))\s*[:=]?\s*['\"‘“]?(?<![\w.@/-])({HANDLE_SHAPE})"
)
# "gamertag kameleon,", "Reddit-naam wolkje," "schermnaam bliksem op discord": a label that says a name follows
# (not "account" or "kanaal", after which a note as often says what happened); the word is the name where
# the clause closes after it, whatever the word (a user name is as often a plain word).
_NAME_LABEL = re.compile(
    rf"(?i:\b(?:gamertag|gebruikersnaam|schermnaam|spelersnaam|profielnaam|accountnaam|inlognaam|nickname|"
    rf"username|handle|alias|(?:{PLATFORM})[-\s]?(?:naam|name|tag)))[ \t]*(?:(?i:daar|hier|toen|nu)[ \t]+)?"
    rf"(?:(?i:is|was)[ \t]+)?[:=]?[ \t]*['\"‘“]?"
    rf"(?<![\w.@/-])([A-Za-z][a-zà-ÿ]{{2,20}})"
    rf"(?=['\"’”]?[ \t]*(?:[,;)]|\.(?:\s|$)|$|\n|(?i:op|on)[ \t]+(?i:{PLATFORM})\b))"
)
_NOT_A_NAME_AFTER_LABEL = frozenset(
    "kwijt vergeten veranderd aangepast zelfde hetzelfde gewijzigd gestolen geheim anoniem besloten zichtbaar".split()
)
# "youtubekanaal", "tiktokaccount": a channel word glued to its platform (no platform word alone is there).
_GLUED_CHANNEL = re.compile(r"(?:kanaal|account|profiel)")
# "op soundcloud als dromenvanglas": the name someone goes by on a platform.
_ON_PLATFORM_AS = re.compile(rf"(?i:\bop\s+(?:{PLATFORM}))\s+als\s+['\"‘“]?(?<![\w.@/-])({HANDLE_SHAPE})")
# 'clan "Koudvuur"', 'groepsapp heet "Vier op een rij"': the name of a group chat, a clan or a server.
_GROUP_NAME = re.compile(
    r"(?i:\b(?:clan|guild|squad|groepsapp|app-?groep|groepschat|gamegroep|discord-?server|server|whatsappgroep))"
    r"\s*(?:heet\s+|:\s*|\(\s*)?[\"“]([^\"“”\n]{2,40})[\"”]"
)
# '"Kaasboer", "zwarte_piraat" en "MoonB0y"': quoted names in a list, one of them shaped as a user name.
_QUOTED_ITEM = re.compile(r"[\"“]([^\"“”\n]{2,30})[\"”]")
_QUOTED_LIST = re.compile(r"[\"“][^\"“”\n]{2,30}[\"”](?:\s*(?:,|\ben\b|&)\s*[\"“][^\"“”\n]{2,30}[\"”])+")
# "gaat weer gamen als xXDarkRubXx", "streamt als NecFan024": the name someone plays or posts under.
_PLAYS_AS = re.compile(
    rf"(?i:\b(?:gam\w*|speel\w*|speelde|stream\w*|post\w*|chat\w*|online|actief|bekend|inlog\w*))"
    rf"[^.;:\n]{{0,30}}?\b(?i:als)\s+['\"‘“]?(?<![\w.@/-])({HANDLE_SHAPE})"
)
# "inlog van hem: rvessem", "login: pietje_k": a login or user label and a colon.
_LOGIN = re.compile(
    rf"(?i:\b(?:inlog|login|gebruiker|user|username|account))(?:\s+van\s+\w+)?\s*:\s*['\"‘“]?({HANDLE_SHAPE})"
)
# "met inlog amsinke61", "login pietje_k": a login label without a colon, then a user name with
# digits, an underscore or a dot in it (a plain word there is as often what happened: "inlog mislukt").
_LOGIN_BARE = re.compile(
    rf"(?i:\b(?:inlog|login|gebruiker|username|user-?id))[ \t]+(?:(?i:is)[ \t]+)?['\"‘“]?(?<![\w.@/-])({HANDLE_SHAPE})"
)
# "Dirk73 belde haar", "lisa2010 stuurde": a first name with two digits or a year glued on, as a user
# name is made (a first name is no word, so "Golf86" stays).
_LETTER_DIGIT = re.compile(r"[a-z]\d")  # where to look: a lower-case letter, then a digit
_NAME_BEFORE_DIGITS = re.compile(r"(?<![\w.@/#&-])[A-Za-z][a-z]{2,11}\Z")
_DIGITS_AFTER_NAME = re.compile(r"(?:\d\d|(?:19|20)\d\d)(?![\w@/#&-])(?!\.\w)")
_PARTICIPLE = re.compile(r"(?i)^(?:ge|ver|be|ont|aan|op|uit)\w+[dt]$")
_PRONOUNS = frozenset("hem haar hen hun ze zij hij die dat iedereen niemand mensen anderen elkaar".split())


def _shaped(token: str) -> bool:
    """Digits mixed in, an underscore or a dot inside, or a capital inside: no ordinary word."""
    inner = token[1:]
    return (
        "_" in token
        or re.search(r"[A-Za-z]\.[A-Za-z0-9]", token) is not None
        or (any(c.isdigit() for c in token) and any(c.isalpha() for c in token))
        or (any(c.isupper() for c in inner) and any(c.islower() for c in inner))
    )


def _plain_unknown(token: str, lexicon: Lexicon) -> bool:
    low = token.lower()
    if low in NOT_A_HANDLE or low in _PRONOUNS or _PARTICIPLE.match(low) or not lexicon.words:
        return False
    return not lexicon.is_word(low)


_VERB_ENDINGS = ("t", "de", "te", "den", "ten", "en", "d")


def _verb_form(low: str, lexicon: Lexicon) -> bool:
    """A verb's form no word list holds as written: "groeit" (groeien), "loopt", "speelde"."""
    return low.isalpha() and any(
        low.endswith(e) and lexicon.is_verb_stem(low[: -len(e)]) for e in _VERB_ENDINGS if len(low) > len(e) + 2
    )


def _quoted(text: str) -> list[Found]:
    """Group names after a word for a group chat, and quoted names in a list with a user name."""
    found = [Found(*m.span(1), "url") for m in _GROUP_NAME.finditer(text)]
    for lst in _QUOTED_LIST.finditer(text):
        items = list(_QUOTED_ITEM.finditer(text, *lst.span()))
        if any(_shaped(m.group(1)) and " " not in m.group(1) for m in items):
            found += [Found(*m.span(1), "url") for m in items]
    return found


def _names_with_digits(text: str, lexicon: Lexicon) -> list[Found]:
    if not lexicon.first_names or _LETTER_DIGIT.search(text) is None:
        return []  # most notes have no letter with a digit glued on
    found = []
    for m in _LETTER_DIGIT.finditer(text):
        name = _NAME_BEFORE_DIGITS.search(text, max(0, m.start() - 12), m.start() + 1)
        digits = _DIGITS_AFTER_NAME.match(text, m.end() - 1)
        if name is None or digits is None:
            continue
        low = name.group().lower()
        if low in lexicon.first_names and not lexicon.is_word(low) and low not in NOT_A_HANDLE:
            found.append(Found(name.start(), digits.end(), "url"))
    return found


def handle_frames(text: str, lexicon: Lexicon) -> list[Found]:
    """User names in ``text`` (see the module's docstring)."""
    found = []
    if "@" in text:
        found += [Found(*m.span(1), "url") for m in _NO_DOMAIN.finditer(text)]
    if "#" in text:
        found += [Found(*m.span(1), "url") for m in _DISCORD_TAG.finditer(text) if not m.group(1).isdigit()]
    platforms = platforms_in(text)
    for m in _BEFORE_PLATFORM.finditer(text) if platforms else ():
        token = m.group(2).rstrip(".")
        if token.isdigit() or len(token) < 3:
            continue
        if _shaped(token) or (m.group(1) and _plain_unknown(token, lexicon) and not token[:1].isupper()):
            found.append(Found(m.start(2), m.start(2) + len(token), "url"))
    for m in _ON_PLATFORM_AS.finditer(text) if platforms and " als " in text else ():
        token = m.group(1).rstrip(".")
        if not token.isdigit() and len(token) >= 3 and (_shaped(token) or _plain_unknown(token, lexicon)):
            found.append(Found(m.start(1), m.start(1) + len(token), "url"))
    if '"' in text or "“" in text:
        found += _quoted(text)
    low = text.lower()
    if " als " in low:
        for m in _PLAYS_AS.finditer(text):
            token = m.group(1).rstrip(".")
            if _shaped(token) and sum(c.isalpha() for c in token) >= 3:
                found.append(Found(m.start(1), m.start(1) + len(token), "url"))
    if ":" in text and ("inlog" in low or "login" in low or "user" in low or "gebruiker" in low or "account" in low):
        for m in _LOGIN.finditer(text):
            token = m.group(1).rstrip(".")
            if not token.isdigit() and len(token) >= 3 and (_shaped(token) or _plain_unknown(token, lexicon)):
                found.append(Found(m.start(1), m.start(1) + len(token), "url"))
    if "inlog" in low or "login" in low or "user" in low or "gebruiker" in low:
        for m in _LOGIN_BARE.finditer(text):
            token = m.group(1).rstrip(".")
            if sum(c.isalpha() for c in token) >= 3 and re.search(r"[\d_.]", token):
                found.append(Found(m.start(1), m.start(1) + len(token), "url"))
    found += _names_with_digits(text, lexicon)
    for m in _CHANNEL.finditer(text) if platforms or _GLUED_CHANNEL.search(low) else ():
        token = m.group(1).rstrip(".")
        if _verb_form(token.lower(), lexicon):
            continue  # "zijn youtubekanaal groeit snel"
        if not token.isdigit() and len(token) >= 3 and (_shaped(token) or _plain_unknown(token, lexicon)):
            found.append(Found(m.start(1), m.start(1) + len(token), "url"))
    for m in _NAME_LABEL.finditer(text) if platforms else ():
        low_token = m.group(1).lower()
        if (
            low_token in NOT_A_HANDLE
            or low_token in _PRONOUNS
            or low_token in _NOT_A_NAME_AFTER_LABEL
            or _PARTICIPLE.match(low_token)
            or _verb_form(low_token, lexicon)
            or low_token.endswith("en")  # "vergeten", "veranderen": what happened to it
        ):
            continue
        found.append(Found(*m.span(1), "url"))
    found = list({(f.start, f.end): f for f in found}.values())  # two frames may read the same name
    return found + _again(text, found)


# A list that goes on after a user name or leads to one: "lotje_22, lotje.prive en lotjeszus".
_LIST_AFTER = re.compile(rf"[ \t]*(?:,|&|/|\ben\b|\bof\b)[ \t]*['\"‘“]?(?<![\w.@/-])({HANDLE_SHAPE})(?![\w@/-])")
_LIST_BEFORE = re.compile(rf"(?<![\w.@/#-])({HANDLE_SHAPE})['\"’”]?[ \t]*(?:,|&|/|\ben\b|\bof\b)[ \t]*['\"‘“]?$")


_PLATFORM_ONLY = re.compile(rf"(?i:{PLATFORM})")


def _listed(token: str, lexicon: Lexicon) -> bool:
    """A user name beside another in a list: shaped as one, or a lower-case word no word list knows."""
    token = token.rstrip(".")
    if token.isdigit() or sum(c.isalpha() for c in token) < 3:
        return False
    plain = token.islower() and _plain_unknown(token, lexicon) and not _verb_form(token, lexicon)  # ", zegt ze"
    return _shaped(token) or plain


def handle_lists(text: str, handles: list[Found], lexicon: Lexicon, covered: list[tuple[int, int]]) -> list[Found]:
    """User names listed beside a user name found ("accounts: lotje_22, lotje.prive en lotjeszus",
    "discord: kaasboer#1234 en nachtraaf"), outside ``covered``: a list of user names holds user names."""
    found: list[Found] = []
    taken = list(covered)
    todo = [h for h in handles if "@" not in text[h.start : h.end] and "/" not in text[h.start : h.end]]
    while todo:
        h = todo.pop()
        for m in (_LIST_AFTER.match(text, h.end), _LIST_BEFORE.search(text, max(0, h.start - 40), h.start)):
            if m is None or not _listed(m.group(1), lexicon) or _PLATFORM_ONLY.fullmatch(m.group(1)):
                continue  # "Snapchat: x, insta: y": the next platform's word
            s = m.start(1)
            e = s + len(m.group(1).rstrip("."))
            if any(a < e and s < b for a, b in taken):
                continue
            f = Found(s, e, "url")
            found.append(f)
            taken.append((s, e))
            todo.append(f)
    return found


def _again(text: str, found: list[Found]) -> list[Found]:
    """A user name found once, wherever it stands again in the note ('"Kaasboer" ... Kaasboer is')."""
    names = {text[f.start : f.end] for f in found if f.end - f.start >= 4 and "@" not in text[f.start : f.end]}
    taken = {(f.start, f.end) for f in found}
    return [
        Found(*m.span(), "url")
        for name in names
        for m in re.finditer(rf"(?<![\w@#.]){re.escape(name)}(?![\w@#])", text)
        if m.span() not in taken
    ]
