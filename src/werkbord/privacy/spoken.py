"""Contact details and numbers in a notation the digit rules of :mod:`.rules` do not read.

- Dictated notes (speech to text: no punctuation, numbers in words): a phone number spoken
  digit by digit, in pairs or mixed with digits ("nul zes twaalf vierendertig zesenvijftig
  achtenzeventig", "nul twintig zeshonderdtwaalf ...", "06 twaalf 34 zesenvijftig 78", "plus
  eenendertig zes ..."); a BSN, a case number, a postcode or a house number spoken after its
  keyword ("bsn een twee drie ...", "postcode vijfendertig twaalf a b");
- e-mail addresses spoken or obfuscated ("marieke punt jansen apenstaartje gmail punt com",
  "at hotmail dot nl", "kees(at)gmail(dot)com", "j.devries @ ziggo.nl");
- typed phone numbers in odd notation ("0 6 1 2 3 4 5 6 7 8", "06/12345678", "+31-6-..."),
  with an extension ("toestel 221"); number plates spaced or in lower case after their keyword
  ("kenteken vx 218 b"), foreign plates ("plate B-SH 2207").

A run of number words is a phone number only when it has a phone number's digits: ten from a
leading "nul" (a Dutch number), or a country code after "plus"/"nul nul". A run that comes
close (seven digits or more from a "nul", or a run after "bel"/"nummer" that is no number) is
flagged for review (:func:`uncertain_numbers`), never replaced. Counts, times, scores and
doses in words ("twee keer per week", "om half tien", "zeven op tien") have too few digits and
stay.

The Dutch number words (0-99) are generated with num2words (see :func:`number_words_file`)
and shipped as ``data/number_words_nl.txt``, so nothing is imported at run time; the patterns
are built on first use. Pure: no deduce import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .bsn import passes_eleven_test
from .found import Found

__all__ = ["number_words", "number_words_file", "spoken_contacts", "spoken_quantity", "uncertain_numbers"]

_DATA = Path(__file__).with_name("data") / "number_words_nl.txt"
_FOLD = str.maketrans("éëèêïöüóáí", "eeeeiouoai")


def number_words_file() -> str:
    """The text of ``data/number_words_nl.txt``, generated with num2words (a test checks the
    shipped file against it when num2words is installed)."""
    from num2words import num2words  # only to (re)generate the data file

    header = (
        "# werkbord: Dutch number words 0-99, to read numbers spoken in dictated notes\n"
        "# (phone numbers, BSN, postcodes). One number a line: its value, a tab, its words.\n"
        "#\n"
        "# Source: generated with num2words (https://github.com/savoirfairelinux/num2words),\n"
        "#   num2words(n, lang='nl') for n in 0..99; regenerate with\n"
        "#   werkbord.privacy.spoken.number_words_file().\n"
        "# Licence: number words are no work of authorship; num2words is LGPL-2.1 and is not\n"
        "#   imported at run time. This file is part of werkbord (MIT).\n"
    )
    return header + "".join(f"{n}\t{num2words(n, lang='nl')}\n" for n in range(100))


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Dutch number word (accents folded: "een", "tweeentwintig") -> its value, 0-99."""
    words: dict[str, int] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            value, word = line.split("\t")
            words[word.translate(_FOLD)] = int(value)
    return words


def _letter(c: str) -> str:
    """A letter of a number word, with or without its accent ("één", "een", "tweeëntwintig")."""
    return {"e": "[eéë]", "i": "[iï]"}.get(c, re.escape(c))


def _trie(words: list[str]) -> str:
    """One regex for ``words`` (accents folded), shaped as a trie: at each letter the engine tries
    only the words that go on with it, not every word of the list."""
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [_letter(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


# Between the numbers of a run: spaces (also a line break), a comma, a dash, a dot or a slash.
_SEP = (
    r"(?:[ \t]*[,.\-–/][ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|"
    # said: "nul één slash zes ...", "nul zes streepje ..."
    r"[ \t]+(?:slash|schuine[ \t]+streep|streepje|koppelteken|komma)[ \t]+|[ \t]+)"
)
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a run of numbers with at least one word, one token of it, one number word)."""
    words = number_words()
    alt = _trie(list(words))
    units = _trie([w for w, v in words.items() if 1 <= v <= 9])
    word = (
        rf"(?:(?:{units})?honderd(?:en)?(?:{alt})?|(?:{units})\s+en\s+(?:{_trie(list(_TENS))})|{alt})"
        r"(?![\wéëï])"
    )
    token = rf"(?:(?:dubbele?\s+)?{word}|\d+(?![\w,]\d)(?!\w)|plus\b|\+)"
    # a run: tokens joined by separators, at least one of them a word
    run = re.compile(rf"(?<![\w+éëï])(?=(?:{token}{_SEP})*?{word}){token}(?:{_SEP}{token})*")
    return run, re.compile(rf"{token}"), re.compile(rf"{word}")


def _digits(token: str) -> str:
    """The digits a token says ("nul" -> "0", "twaalf" -> "12", "dubbel zes" -> "66",
    "zeshonderdtwaalf" -> "612", "vier en dertig" -> "34"); "+" for "plus"."""
    low = re.sub(r"\s+", " ", token.lower().translate(_FOLD))
    if low in ("plus", "+"):
        return "+"
    if low[0].isdigit():
        return low
    times = 1
    if low.startswith("dubbel"):
        times, low = 2, low.split(" ", 1)[1]
    words = number_words()
    if " en " in low:
        unit, tens = low.split(" en ")
        return str(words[tens] + words[unit]) * times
    if "honderd" in low:
        head, _, tail = low.partition("honderd")
        tail = tail.removeprefix("en") if tail not in words else tail
        value = words.get(head, 1) * 100 + words.get(tail, 0)
        return str(value) * times
    return str(words[low]) * times


_PHONE_WORD_BEFORE = re.compile(
    r"\b(?:tel|telnr|telefoon\w*|nummer|nr|mobiel\w*|gsm|bel|bellen|belt|gebeld|terugbellen|"
    r"bereikbaar|06-nummer|whatsapp|app)\b[^.\n]{0,24}$"
)
_EXTENSION = re.compile(
    r"[ \t]*[,(]?[ \t]*(?:toestel(?:nummer)?|tst|ext|extensie|doorkies(?:nummer)?|kies)\.?[ \t]*:?[ \t]*"
)


def _phone_end(parts: list[tuple[int, int, str]], i: int) -> tuple[int | None, int]:
    """From token ``i`` of a run: the index of the token that completes a phone number (or
    None) and how many digits the run gives from ``i`` (for a flag)."""
    digits = ""
    first = parts[i][2]
    plus = first == "+"
    for j in range(i + 1 if plus else i, len(parts)):
        said = parts[j][2]
        if said == "+":
            break
        digits += said
        if plus and digits.startswith("31") and len(digits) == 11:
            return j, len(digits)
        if not plus and digits.startswith("0031") and len(digits) == 13:
            return j, len(digits)
        if not plus and not digits.startswith("00") and len(digits) == 10:
            return j, len(digits)
        if len(digits) > 13:
            break
    if (plus and 10 <= len(digits) <= 13) or (digits.startswith("00") and 11 <= len(digits) <= 15):
        return len(parts) - 1, len(digits)  # another country: the whole run
    return None, len(digits)


# Where runs are looked for: everywhere in a note that says "nul" or "plus" or mixes a digit group
# starting with 0 with words ("06 twaalf ..."); else only right after a keyword (a number
# without its "nul", a BSN, a postcode, a case number). Substring tests first: most notes have none.
_MIXED_ZERO = re.compile(r"(?<![\w.,])0\d{0,3}[ \t]+[a-zA-Z]")
_KEYWORD_THEN = re.compile(
    r"(?:bsn|burgerservicenummer|sofinummer|postcode|nummer|nr|tel|telefoon|mobiel|gsm|bel|bellen|belt|bereikbaar)"
    r"\b[^\w\n]{0,3}(?:(?:is|was|op|via|nog|hem|haar|ze|hij|mij|me|je|u|naar|dan|even|terug|:)\s+){0,3}"
)
# A keyword whose number may follow a few words later: "postcode van de nieuwe woning is ...",
# "klantnummer bij de verzekeraar is ..." (not a bare "nummer" or a phone word: those only right before).
_FAR_KEYWORD = re.compile(r"(?:bsn|postcode|nummer)\b")
_WORD_HEAD = re.compile(r"[a-zà-ÿ]*$")
_FAR = 50


def _far_keywords(low: str) -> list[int]:
    """Where a keyword ends whose number may follow a few words later."""
    ends = []
    for k in _FAR_KEYWORD.finditer(low) if "nummer" in low or "bsn" in low or "postcode" in low else ():
        if k.group() == "nummer":
            head = _WORD_HEAD.search(low, max(0, k.start() - 20), k.start()).group()
            if len(head) < 3 or head.startswith("tel"):
                continue  # a bare "nummer", a phone number's: only right before its number
        ends.append(k.end())
    return ends


def _runs(low: str) -> list[list[tuple[int, int, str]]]:
    """Every run of spoken numbers in ``low`` (a note lower-cased): its tokens as (start, end,
    digits said)."""
    run, token, _word = _patterns()
    if "nul" in low or "plus" in low or ("0" in low and _MIXED_ZERO.search(low)):
        matches = list(run.finditer(low))
    elif (
        "nummer" in low
        or "nr" in low
        or "bsn" in low
        or "postcode" in low
        or "bel" in low
        or "tel" in low
        or ("mobiel" in low or "gsm" in low)
    ):
        matches = [m for k in _KEYWORD_THEN.finditer(low) if (m := run.match(low, k.end()))]
        for k in _far_keywords(low):
            near = run.search(low, k, k + _FAR)
            if near and not any(m.start() <= near.start() < m.end() for m in matches):
                matches.append(run.match(low, near.start()))
    else:
        return []
    out = []
    for m in matches:
        parts = [(t.start() + m.start(), t.end() + m.start(), _digits(t.group())) for t in token.finditer(m.group())]
        out.append(parts)
    return out


_KEYWORD_BEFORE = re.compile(
    r"\b(?:(bsn|burgerservicenummer|sofi-?nummer)|(postcode)|(huisnummer|huisnr)|"
    r"(pati[eë]nt\w*|dossier\w*|cli[eë]nt\w*|zaak\w*|klant\w*|polis\w*|registratie\w*|referentie\w*|"
    r"kenmerk|lid\w*|pas\w*nummer|[a-z]+nummer|nr))\b"
)
# What ends the clause a keyword opens: a full stop, a line, a dictated "punt" or "nieuwe regel".
_CLAUSE_END = re.compile(
    r"(?<![\s.]\w)(?<![\s.]\w\w)(?<![\s.]\w\w\w)(?<![\s.]mevr)\.|[;!?\n]|\bpunt\b|\bnieuwe regel\b"
)
_POSTCODE_LETTERS = re.compile(r"[ \t]*(?:[a-z][ \t.]*[a-z]\.?|[a-z]{2})(?![\w])")


def _keyword_before(text: str, start: int) -> re.Match[str] | None:
    """The last keyword within a few words before ``start``, in the same clause."""
    last = None
    for m in _KEYWORD_BEFORE.finditer(text, max(0, start - _FAR), start):
        last = m
    if last is None or _CLAUSE_END.search(text, last.end(), start):
        return None
    return last


def _keyword_numbers(text: str, parts: list[tuple[int, int, str]]) -> list[Found]:
    """A BSN, a postcode, a house number or a case number spoken after its keyword."""
    start = parts[0][0]
    m = _keyword_before(text, start)
    if m is None:
        return []
    digits = "".join(d for _s, _e, d in parts if d != "+")
    end = parts[-1][1]
    if m.group(1) and 8 <= len(digits) <= 9:
        return [Found(start, end, "bsn")]
    if m.group(2) and len(digits) >= 4:
        k, total = 0, ""
        while k < len(parts) and len(total) < 4:
            total += parts[k][2]
            k += 1
        end = parts[k - 1][1]
        letters = _POSTCODE_LETTERS.match(text, end)
        return [Found(start, letters.end() if letters else end, "locatie")]
    if m.group(3):
        return [Found(start, parts[0][1], "locatie")]
    if m.group(4) and len(digits) >= 3 and not re.match(r"tel|mobiel|gsm|06", m.group(4)):
        return [Found(start, end, "id")]
    return []


def _phones_in_run(text: str, parts: list[tuple[int, int, str]]) -> tuple[list[Found], list[tuple[int, int]]]:
    """The phone numbers a run holds, each from a token that starts with 0 or "plus"; or the
    run from such a token, for review, when it comes close (seven digits or more)."""
    found: list[Found] = []
    i = 0
    while i < len(parts):
        said = parts[i][2]
        if said == "+" or said.startswith("0"):
            j, count = _phone_end(parts, i)
            if j is not None:
                end = parts[j][1]
                ext = _EXTENSION.match(text, end)
                if ext and (more := re.match(r"\d{1,5}\b", text[ext.end() :])):
                    end = ext.end() + more.end()
                found.append(Found(parts[i][0], end, "telefoonnummer"))
                i = j + 1
                continue
            if count >= 7 and not found:
                return found, [(parts[i][0], parts[-1][1])]
        i += 1
    return found, []


@lru_cache(maxsize=16)
def _spoken_phones(text: str) -> tuple[tuple[Found, ...], tuple[tuple[int, int], ...]]:
    """(phone numbers, BSN, ids and postcodes said in words; runs that come close: flags), in
    ``text`` lower-cased. Cached: the rules and the review step read the same note."""
    found: list[Found] = []
    close: list[tuple[int, int]] = []
    for parts in _runs(text):
        taken = _keyword_numbers(text, parts)
        if taken and taken[0].tag == "bsn":
            found += taken
            continue
        phones, flagged = _phones_in_run(text, parts)
        found += phones or taken
        if phones or taken:
            continue
        digits = "".join(d for _s, _e, d in parts if d != "+")
        if len(digits) == 9 and passes_eleven_test(digits):
            found.append(Found(parts[0][0], parts[-1][1], "bsn"))  # a BSN said without its keyword
            continue
        close += flagged
        if flagged:
            continue
        if len(digits) >= 8 and _PHONE_WORD_BEFORE.search(text, max(0, parts[0][0] - 40), parts[0][0]):
            if len(digits) == 9 and digits.startswith("6"):
                found.append(Found(parts[0][0], parts[-1][1], "telefoonnummer"))  # "bel zes twaalf ..."
            else:
                close.append((parts[0][0], parts[-1][1]))
    return tuple(found), tuple(close)


# "0 6 1 2 3 4 5 6 7 8" (a digit at a time), "06/12345678", "06_1234 5678", "+31-6-12345678",
# "+31 (0)6 ...": typed notations the grouped-number rules do not read.
_PHONE_ODD = re.compile(
    r"(?<![\w+./-])((?:0(?:[ \t]\d){9}|0\d[/_*][ \t]?\d(?:[ \t.-]?\d){7}|0\d{2,3}[/_*][ \t]?\d(?:[ \t.-]?\d){5,6}|"
    r"(?:\+|00)[ \t]?31[ \t]?[-./][ \t]?(?:\(0\)[ \t]?)?[1-9](?:[ \t]?[-./]?[ \t]?\d){8}|"
    # split after a dash at the end of a line: "06-\n1234 5678" (ten digits, checked below)
    r"0\d{1,3}[ \t]*[-–/][ \t]*\n[ \t]*\d(?:[ \t.-]?\d){4,7}))(?![\w-]?\d)"
)
_EXTENSION_AFTER = re.compile(
    r"[ \t]*[,(]?[ \t]*(?:toestel(?:nummer)?|tst|ext|extensie|doorkies(?:nummer)?)\.?[ \t]*:?[ \t]*\d{1,5}\b\)?"
)
_ANY_DIGIT = re.compile(r"\d")


def _typed_phones(text: str) -> list[Found]:
    found = [
        Found(*m.span(1), "telefoonnummer")
        for m in _PHONE_ODD.finditer(text)
        if "\n" not in m.group(1) or len(_ANY_DIGIT.findall(m.group(1))) == 10
    ]
    # "020 - 612 34 56 toestel 221": the extension with the number (the number is found by rules.py)
    if any(w in text for w in ("toestel", "tst", "ext", "doorkies")):  # (text is lower-cased)
        for m in _EXTENSION_AFTER.finditer(text):
            if len(_ANY_DIGIT.findall(text, max(0, m.start() - 22), m.start())) >= 9 and text[m.start() - 1].isdigit():
                found.append(
                    Found(m.start() + len(m.group()) - len(m.group().lstrip(" \t,(")), m.end(), "telefoonnummer")
                )
    return found


# E-mail addresses spoken or obfuscated. "@" said as "apenstaartje", "at", "(at)", "[at]";
# "." as "punt", "dot", "(dot)", "[punt]"; a local part of words joined by those, by
# "underscore" or "streepje", and numbers; a domain whose last part is a top-level domain, or
# a mail provider's name alone ("at gmail").
_AT = r"(?:@|[(\[{]\s*(?:at|@|apenstaartje)\s*[)\]}]|apenstaartje|apestaartje|at-teken|at)"
_DOT = r"(?:\.|[(\[{]\s*(?:dot|punt)\s*[)\]}]|punt|dot)"
_JOIN = rf"(?:{_DOT}|_|-|underscore|liggend\s+streepje|laag\s+streepje|streepje|koppelteken)"
_TLD = r"(?:nl|com|net|org|be|eu|info|de|nu|io|me|fr|uk|frl|online|email|live)"
# (not "live", "home", "online": "at home" is English, no address)
_PROVIDERS = (
    r"(?:gmail|hotmail|outlook|ziggo|kpnmail|kpnplanet|xs4all|icloud|yahoo|telfort|caiway|zeelandnet|quicknet|"
    r"upcmail|chello|casema|msn|protonmail)"
)
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|het|'t|la|le|el)"
_LOCAL_WORD = r"[a-zà-ÿ0-9][\w+-]*"
_SPOKEN_EMAIL = re.compile(
    rf"(?<![\w.@-])({_LOCAL_WORD}(?:\s*{_JOIN}\s*(?:{_PARTICLE}\s+)*{_LOCAL_WORD}|\s+\d+(?!\w))*"
    # the domain; dictation may split a name in two: "at bewindhulp noord punt nl"
    rf"\s*{_AT}\s*(?:[a-z0-9][\w-]*\s*{_DOT}\s*)*(?:[a-z0-9][\w-]*(?:\s+[a-z0-9][\w-]*){{0,2}}?\s*{_DOT}\s*{_TLD}|"
    rf"{_PROVIDERS}(?:\s+(?:com|nl))?)(?![\w@-]))"  # "apenstaartje gmail com": the dot not said
)
_NOT_LOCAL = frozenset(
    """is was mail email e-mail mailadres emailadres adres naar via op aan van de het een en of zijn haar
    mijn hun mailen mailt stuur stuurt sturen dat die""".split()
)
_NOT_A_NAME_BEFORE = frozenset(
    """heb heeft hebben had als nieuw nieuwe oud oude privé prive werk zakelijk mailadres e-mailadres emailadres
    adres account gebruikt gebruik komt kwam vanaf ook nog wel dit deze het de een mail e-mail email""".split()
)
_PLAIN_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)


def _name_part(word: str) -> bool:
    """``word`` (lower case) can be the first half of a name the dictation kept apart from the
    address ("sanne bakker apenstaartje ..."): a first name or surname of deduce's lists, never
    a word of the note around it ("de wijkverpleging teamx at ...": the service stays)."""
    if word in _NOT_A_NAME_BEFORE:
        return False
    from .lexicon import first_names, surnames  # deduce's lists, read without importing deduce

    names = first_names()
    return not names or word in names or word in surnames()


def _emails(text: str, low: str) -> list[Found]:
    found = []
    for m in _SPOKEN_EMAIL.finditer(low):
        span = m.group(1)
        if _PLAIN_EMAIL.fullmatch(span):
            continue  # written plainly: rules.py finds it
        start = m.start(1)
        # drop the words before the address that no address holds ("mail is", "naar")
        words = re.match(rf"(?:(?:{'|'.join(map(re.escape, _NOT_LOCAL))})\s+)+", span)
        if words:
            start += words.end()
        # "pietje zevenentachtig at hotmail dot nl": a name and a number said before the "at"
        said = re.match(r"\s*([\w-]+)\s", text[start : m.end(1)])
        at = re.search(rf"\s*{_AT}\s*", low[start : m.end(1)])
        if at is None or at.start() == 0:
            continue
        number = said and (said.group(1).isdigit() or said.group(1).lower().translate(_FOLD) in number_words())
        # "sanne bakker apenstaartje gmail com": a first name the dictation kept apart (the "at"
        # said, one word no address lacks before it); "pietje zevenentachtig at hotmail dot nl"
        one_word = " " not in low[start : start + at.start()].strip() and at.group().strip() in ("at", "apenstaartje")
        if number or one_word:
            before = re.search(r"([^\W\d_][\w-]*)\s+$", low[max(0, start - 30) : start])
            if before and before.group(1) not in _NOT_LOCAL and _name_part(before.group(1)):
                start -= len(before.group())
                at = re.search(rf"\s*{_AT}\s*", low[start : m.end(1)])
        domain = text[start + at.end() : m.end(1)]
        if at.group().strip().lower() == "at" and re.search(r"\.\s+[A-Z]", domain):
            continue  # "hij at taart. Com..." : a sentence's full stop, no address
        found.append(Found(start, m.end(1), "emailadres"))
    return found


# Number plates after their keyword, spaced or in lower case ("kenteken vx 218 b", "12 xkt 4"),
# and foreign ones ("plate B-SH 2207", "Kennzeichen M-AB 123", "nummerplaat 1-ABC-123").
_PLATE_AFTER_WORD = re.compile(
    r"\b(?:kenteken|kentekenplaat|nummerbord|nummerplaat|plate|kennzeichen)\b\W{0,3}(?:(?:is|was|van|met)\s+)?"
    r"((?=[a-z0-9 .-]*\d)(?=[a-z0-9 .-]*[a-z])[a-z0-9]{1,3}(?:[ .-][a-z0-9]{1,3}){2}(?![\w-])|"
    r"[a-zäöü]{1,3}-[a-z]{1,2}[ -]?\d{1,4}[eh]?(?![\w-])|\d-[a-z]{3}-\d{3}(?![\w-]))"
)


def _plates(text: str) -> list[Found]:
    out = []
    for m in _PLATE_AFTER_WORD.finditer(text):
        plate = m.group(1)
        if len(re.sub(r"[ .-]", "", plate)) >= 5:
            out.append(Found(*m.span(1), "id"))
    return out


# A vehicle or a plate's keyword, then within a few words a plate said or typed in lower case and
# spaced: "kenteken g v zeven vier zes k", "bestelbus (vz 418 t)", "zwarte golf, k zeven zeven
# twee p x", "scooter: f vier twee één b d".
_VEHICLE = re.compile(
    r"(?:kenteken\w*|nummerbord|nummerplaat|auto\w*|wagen|busje|bus|camper|scooter|brommer|motor|truck|trekker|"
    r"caravan|aanhanger|volvo|golf|polo|peugeot\w*|opel|toyota|ford|fiat|renault|tesla)\b"
)  # also the end of a word: "bestelbus", "vrachtwagen"
# Every plate said or spaced has a letter said alone ("g v zeven") or digits then letters ("418 t").
_PLATE_HINT = re.compile(r" [a-z] [a-z0-9é]|\d[ -][a-z]{1,3}(?![\w])")
_PLATE_START = re.compile(r"(?<![\w-])[a-z0-9é]")
_PLATE_LETTERS = re.compile(r"[ \t-]*([a-z]{1,3})(?![\w])")
_PLATE_DIGITS = re.compile(r"[ \t-]*(\d{1,3})(?![\w])")
_PLATE_GAP = re.compile(r"[ \t-]*")
_NOT_PLATE_LETTERS = frozenset(
    """de het een is en op in te of van die dat met om nu al ze hij zij we je er na bij tot aan uit was ik nog
    wel ook des zn z'n m'n dr d'r hem haar ons mij me ja nee km uur cl pt mw mvr dhr hr mr nr ca vs ivm evt
    wk mnd zo za ma di wo do vr""".split()
)


def _plate_at(low: str, pos: int) -> int | None:
    """Where a plate starting at ``pos`` ends: six characters in groups of letters, digits and
    number words, with two letters or more and a digit; None if none starts there."""
    _run, _token, word = _patterns()
    chars = letters = digits = groups = said = 0
    while chars < 6:
        groups += 1
        gap = _PLATE_GAP.match(low, pos)
        group = _PLATE_LETTERS.match(low, pos)
        if (m := group) and len(group.group(1)) == 1:
            chars, letters = chars + 1, letters + 1
        elif m := word.match(low, gap.end()):  # a number word before a group of letters: "nul", "elf"
            count = len(_digits(m.group()))
            chars, digits, said = chars + count, digits + count, said + 1
        elif (m := group) and group.group(1) not in _NOT_PLATE_LETTERS:
            chars, letters = chars + len(group.group(1)), letters + len(group.group(1))
        elif m := _PLATE_DIGITS.match(low, pos):
            chars, digits = chars + len(m.group(1)), digits + len(m.group(1))
        else:
            return None
        pos = m.end()
    if chars != 6 or letters < 2 or not digits or (not said and groups != 3):
        return None  # typed, a plate has three groups: "vz 418 t", not "golf 4 gti 1 6"
    more = _PLATE_LETTERS.match(low, pos) or _PLATE_DIGITS.match(low, pos)
    return None if more and len(more.group(1)) == 1 else pos  # "... b x y": a longer string


def _spoken_plates(low: str) -> list[Found]:
    out: list[Found] = []
    for k in _VEHICLE.finditer(low):
        for start in _PLATE_START.finditer(low, k.end(), k.end() + 40):
            if out and start.start() < out[-1].end:
                continue
            end = _plate_at(low, start.start())
            if end is not None and not _CLAUSE_END.search(low, k.end(), start.start()):
                out.append(Found(start.start(), end, "id"))
                break
    return out


# "www punt ggz-noord punt nl slash aanmelden": a web address said in words (a typed one is
# found by rules.py).
_SPOKEN_URL = re.compile(
    rf"(?<![\w.])(www\s*(?:punt|dot)\s*[a-z0-9][\w-]*(?:\s*{_DOT}\s*[a-z0-9][\w-]*)*?\s*{_DOT}\s*{_TLD}"
    r"(?:\s*(?:slash|/)\s*[\w-]+)*)(?![\w-])"
)


# A street and its house number: "kapelstraat nummer negen", "lindenlaan 14", "de kerkweg 3a"
# (deduce reads a capitalised street with digits; this reads one in lower case or said in words).
_STREET_END = re.compile(r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|dijk|hof|markt|park|pad)\b")
_STREET_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ'-]*$")
_HOUSE_NUMBER_WORD = re.compile(r"(?:\s+(nummer|nr\.?|no\.?))?\s+")
_HOUSE_DIGITS = re.compile(r"\d{1,4}(?:\s?[a-zA-Z](?![\w]))?(?![\w.,:/-]?\d)(?![\w-])")
_HOUSE_LETTER = re.compile(r"\s?[a-zA-Z](?![\w])")
_NOT_STREETS = frozenset(
    "onderweg halfweg snelweg zijweg uitweg omweg fietspad voetpad wandelpad schoolplein speelplein "
    "binnenplein marktplein arbeidsmarkt woningmarkt dierenpark pretpark gerechtshof".split()
)
_COUNTED = re.compile(
    r"\s*(?:keer|x|maal|uur|u|min\w*|km|kilometer|meter|m|dag\w*|we[e]?k\w*|maand\w*|jaar|jr|euro|procent|%|"
    r"mensen|kinderen|personen|jongens|meisjes|deelnemers|bewoners|woningen|huizen|flats|etages|verdiepingen)\b"
)


def _house_numbers(text: str, low: str) -> list[Found]:
    _run, _token, word = _patterns()
    out = []
    for m in _STREET_END.finditer(low):
        street = _STREET_WORD.search(low, max(0, m.start() - 40), m.end())
        if street is None or len(street.group()) < len(m.group()) + 2 or street.group() in _NOT_STREETS:
            continue
        gap = _HOUSE_NUMBER_WORD.match(low, m.end())
        if gap is None:
            continue
        number = _HOUSE_DIGITS.match(low, gap.end())
        if number is None and (gap.group(1) or text[street.start()].islower()):
            number = word.match(low, gap.end())  # "nummer negen"; said only in a dictated note
            if number and (letter := _HOUSE_LETTER.match(low, number.end())):
                number = letter
        if number is None or (not gap.group(1) and _COUNTED.match(low, number.end())):
            continue
        out.append(Found(street.start(), number.end(), "locatie"))
    return out


def _lower(text: str) -> str:
    """``text`` in lower case, letter for letter (the patterns run on it without re.IGNORECASE,
    which makes them several times slower; spans stay those of ``text``)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# A BSN after its keyword in any grouping of its nine digits ("bsn 12345 6782", "bsn: 1-2345-6782").
_BSN_AFTER_WORD = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofinummer)\b\W{0,3}(?:(?:is|was|nr|nummer)\W{1,3})?(\d(?:[ .-]?\d){8})(?![\w-]?\d)"
)
# A postcode in lower case ("5611 ab", "5611 a b") where the note speaks of an address; an upper-case
# one is found by the review step's shape.
_POSTCODE_LOWER = re.compile(r"(?<![\w-])([1-9]\d{3}[ \t]?(?:[a-z]{2}|[a-z] [a-z])(?![\w]))")
_ADDRESS_BEFORE = re.compile(
    r"\b(?:woon\w*|adres\w*|postcode|verhuis\w*|ingeschreven|gevestigd|straat|laan|nummer|nr)\b[^.;\n]{0,40}$"
)
_NOT_POSTCODE_LETTERS = frozenset(
    "sa sd ss en op in is de te om er ze we al nu na zo of ik je km mg ml kg cm uur pp".split()
)


def _typed_numbers(text: str, low: str) -> list[Found]:
    found = [Found(*m.span(1), "bsn") for m in _BSN_AFTER_WORD.finditer(low)] if "bsn" in low or "sofi" in low else []
    for m in _POSTCODE_LOWER.finditer(text):  # (case matters: "5611 AB" is the review step's)
        letters = m.group(1)[4:].replace(" ", "").replace("\t", "")
        if letters in _NOT_POSTCODE_LETTERS or _ADDRESS_BEFORE.search(low, max(0, m.start() - 60), m.start()) is None:
            continue
        found.append(Found(*m.span(1), "locatie"))
    return found


def spoken_contacts(text: str) -> list[Found]:
    """Phone numbers, e-mail addresses, BSN, case numbers, postcodes and plates in the
    notations above, as spans with deduce's tag names. Cheap substring tests first: most
    notes need none of the rules."""
    low = _lower(text)
    found = list(_spoken_phones(low)[0])
    digit = _ANY_DIGIT.search(text) is not None
    if digit and "0" in text and len(_ANY_DIGIT.findall(text)) >= 9:
        found += _typed_phones(low)
    if digit:
        found += _typed_numbers(text, low)
    if "@" in text or "apenstaart" in low or "apestaart" in low or " at " in low or "(at)" in low or "[at]" in low:
        found += _emails(text, low)
    if "kenteken" in low or "plate" in low or "kennzeichen" in low or "nummerbord" in low or "nummerplaat" in low:
        found += _plates(low)
    if _PLATE_HINT.search(low):
        found += _spoken_plates(low)
    if "www" in low:
        found += [Found(*m.span(1), "url") for m in _SPOKEN_URL.finditer(low) if " " in m.group(1)]
    if digit or "nummer" in low or "nr" in low:
        found += _house_numbers(text, low)
    return list(dict.fromkeys(found))


def uncertain_numbers(text: str) -> list[tuple[int, int]]:
    """Runs of spoken numbers that come close to a phone number (seven digits or more from a
    "nul"; eight or more after "bel" or "nummer") but are none: for review, never replaced."""
    return list(_spoken_phones(_lower(text))[1])


# A number in words that measures, scores or tells the time, read as an age by the age rules:
# "quetiapine vijftig milligram", "vier uur vijftien", "mmse tweeëntwintig van de dertig".
_UNIT_AFTER_WORD = re.compile(
    r"\s+(?:milligram|mg|microgram|mcg|gram|milliliter|ml|cc|druppels?|tabletten?|pillen?|capsules?|eenheden|"
    r"units|keer|maal|procent|euro|kilo|kg|kilometer|km|meter|minuten|seconden|uur|dagen|weken|maanden|punten|"
    r"glazen|blikjes|sigaretten|joints|stappen)\b"
)
_TIME_BEFORE_WORD = re.compile(r"\b(?:uur|kwart\s+over|kwart\s+voor|over|voor\s+half|half|om)\s+$")
_OUT_OF_AFTER = re.compile(r"\s+(?:van\s+de|op|uit)\s+[a-zéë]+\b")
_OUT_OF_BEFORE = re.compile(r"\s(?:van\s+de|op|uit)\s+$")
_AGE_FRAME_BEFORE = re.compile(r"\b(?:is|wordt|werd|van|hij|zij|ze)\s+(?:nu\s+|al\s+|bijna\s+|pas\s+)?$")
_SCORE_WORD = re.compile(
    r"\b(?:score\w*|scoort|scoorde|mmse|moca|vas|nrs|cijfer|stemming|craving|spanning|angst|pijn|punten)\b"
)


def spoken_quantity(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a number in words, is a dose, a count, a time or a score, no age."""
    low = _lower(text)
    word = low[start:end]
    if word.translate(_FOLD) not in number_words() and "honderd" not in word:
        return False
    if _UNIT_AFTER_WORD.match(low, end):
        return True
    if t := _TIME_BEFORE_WORD.search(low, max(0, start - 20), start):
        # "om half tien" is a time; "half veertig" (35) is an age: no clock says half past 39
        return not (t.group().rstrip().endswith("half") and word.translate(_FOLD).endswith("tig"))
    out_of = _OUT_OF_AFTER.match(low, end)
    if out_of and out_of.group().split()[-1].translate(_FOLD) in number_words():
        return True  # "tweeëntwintig van de dertig", "zeven op tien"
    before = _OUT_OF_BEFORE.search(low, max(0, start - 8), start)
    if before and (said := re.search(r"([a-zéë]+)\s*$", low[max(0, before.start() - 20) : before.start()])):
        if said.group(1).translate(_FOLD) in number_words():
            return True  # the "dertig" of "tweeëntwintig van de dertig"
    if _AGE_FRAME_BEFORE.search(low, max(0, start - 24), start):
        return False  # "score zeven op tien, moeder is vijftig": someone's age all the same
    return _SCORE_WORD.search(low, max(0, start - 90), start) is not None  # "mmse ... vorig jaar nog zesentwintig"
