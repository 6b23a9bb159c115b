"""Contact details in every notation, by construction: the typed rules run on a *contact shadow*.

The digit and address rules (:mod:`.rules`, :mod:`.spoken`) are written for the characters a
keyboard types. A note also arrives with what a phone, a word processor, OCR of a whiteboard or
dictation puts there instead, and then a phone number, an e-mail address or a BSN slipped
through although its shape was known. So the note is first rewritten character for character
(same length, so every span found carries over to the note as written) into its contact shadow:

- every kind of space (no-break, thin, narrow, ideographic, zero-width) is a space, every kind
  of dash (en-dash, no-break hyphen, minus, fullwidth) a hyphen, fullwidth digits, "＠" and "．"
  their plain selves;
- a letter "O"/"o" (and "l"/"I" between digits) in a run of digits is the digit it stands for
  ("O6-1234 5678", "o2o 123 4567"), a line break between two digit groups a space ("bsn 123
  456\\n782");
- a label glued to its number is a blank ("tel:0612...", "T0612...", "Tel.nr.085 ...", "mob.06").

The rules of :mod:`.rules` for phone numbers, BSN and e-mail addresses then run on the shadow
(only where it differs from the note). Besides, shapes those rules do not know: a slash after
the area code ("06 / 12 34 56 78", Belgian "0470/12.34.56", "02/123.45.67"), North American
numbers (Sint Maarten: "+1 721 542 1234"), the last digits of a number ("nummer eindigt op
4567") and an address with "{at}" or a comma for its last dot ("naam@domein,nl").

:func:`times_not_a_phone` is the other side: a roster of times ("06.00 - 07.30 - 09.00") holds
ten digits from a 0, but no phone number. Pure: no deduce import.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from .found import Found
from .rules import phones_and_bsn, typed_emails
from .spoken import spoken_contacts

__all__ = ["address_names", "contact_shadow", "find_contacts", "numbers_misread", "times_not_a_phone"]

_SPACES = (
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # direction marks (a chat app's copy)
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
)
_DASHES = "\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TABLE = str.maketrans(
    {
        **dict.fromkeys(map(ord, _SPACES), " "),
        **dict.fromkeys(map(ord, _DASHES), "-"),
        **{0xFF10 + i: str(i) for i in range(10)},  # fullwidth digits
        0xFF20: "@",  # fullwidth commercial at
        0xFE6B: "@",  # small commercial at
        0xFF0E: ".",  # fullwidth full stop
        0xFF0F: "/",
        0xFF08: "(",
        0xFF09: ")",
        0xFF0B: "+",
    }
)
# A run of digits in which letters may stand for digits: at least seven characters of digits,
# "O"/"o", "l"/"I" with single separators, not glued to a word on either side.
_DIGIT_RUN = re.compile(r"(?<![^\W\d_])[\dOo](?:[ .\-/]?[\dOolI]){6,}(?![^\W\d_])")
_LETTER_DIGITS = str.maketrans("OolI", "0011")
_LINE_BETWEEN_DIGITS = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\d)")
# A label glued to the number after it ("tel:06...", "T0612...", "Tel.nr.085 ...", "mob.06 ...",
# "M:+31 6 ..."): blanked in the shadow, so the number's rules read the number on its own.
_GLUED_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:tel(?:efoon)?(?:\.?\s?(?:nr|nummer))?|telnr|mob(?:iel)?(?:\.?\s?nr)?|gsm|whatsapp|wa|"
    r"nr|nummer|ph|phone|fax|t|m|p|w|f)\.?[:.]?(?=\+|\(?[\dOo])"
)


def contact_shadow(text: str) -> str:
    """``text`` with the same length, in the characters the contact rules read (see above)."""
    shadow = text if text.isascii() else text.translate(_TABLE)
    if "\n" in shadow:
        shadow = _LINE_BETWEEN_DIGITS.sub(lambda m: " " * len(m.group()), shadow)
    if len(_ANY_DIGIT.findall(shadow)) < 6:
        return shadow  # (cheap scans first: a label or a letter for a digit matters in long numbers only)
    if _LABEL_GATE.search(shadow):
        shadow = _GLUED_LABEL.sub(lambda m: " " * len(m.group()), shadow)
    if _LETTER_GATE.search(shadow):
        shadow = _DIGIT_RUN.sub(_letters_as_digits, shadow)
    return shadow


_LABEL_GATE = re.compile(r"[A-Za-z.:(+]\d")
_LETTER_GATE = re.compile(r"[OolI]\d|\d[ .\-/]?[OolI]")


def _letters_as_digits(m: re.Match[str]) -> str:
    run = m.group()
    if sum(c.isdigit() for c in run) < 6:
        return run  # "OOO-lol": too few real digits to be a number with a letter in it
    return run.translate(_LETTER_DIGITS)


_ANY_DIGIT = re.compile(r"\d")
# "06 / 12 34 56 78", "020 / 123 45 67", "0470/12.34.56", "02/123.45.67": a slash after the area
# code, with spaces or not, then the subscriber's digits in groups (nine or ten digits in all).
_SLASH_AFTER_AREA = re.compile(r"(?<![\w+./-])(0\d{1,3}[ \t]*/[ \t]*\d(?:[ .\-]?\d){5,8})(?![\w/-]?\d)(?![.,]\d)")
# Any Dutch number of ten digits from its 0, in groups with any separator: single digits ("0 6 -
# 1 2 3 4 5 6 7 8"), double spaces, spaces around a dot or a slash ("06  1234  5678", "020 . 123 45 67").
_LOOSE_SEP = r"(?:[ \t]*[-./][ \t]*|[ \t]{1,3})"
_PHONE_LOOSE = re.compile(
    rf"(?<![\w+.,/-])(0{_LOOSE_SEP}?[1-9](?:{_LOOSE_SEP}?\d){{8}})(?![\w])(?!{_LOOSE_SEP}\d)(?![.,]\d)"
)
_PHONE_WORD = re.compile(r"(?i)\b(?:tel\w*|\w*nummer|nr|mob\w*|gsm|\w*bel\w*|bereikbaar|whatsapp|app|contact)\b")
# North American numbers (Sint Maarten +1 721, also the US and Canada): "+1 721 542 1234".
_NANP = re.compile(r"(?<![\w+])((?:\+|00)[ \t]?1[ \t.-]?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4})(?![\w-]?\d)")
# A number without its area or country code, seven or eight digits in any grouping, right after a
# phone word and at most two words ("tel. thuis 412 34 56", "bel 717 1234", "tel. 9 561 2345").
_LOCAL_AFTER_PHONE_WORD = re.compile(
    r"(?i)\b(?:tel(?:efoon)?(?:nr|nummer)?|telnr|mob(?:iel)?|gsm|bel|belt|bellen|bereikbaar|whatsapp|app|fax)\b"
    r"\.?:?(?:\s+(?:op|via|naar|thuis|werk|privé|prive|mobiel|vast|nr|nummer)\b\.?:?){0,2}\s*"
    r"(\(?\d(?:[ .\-)]{0,2}\d){6,7})(?![\w-]?\d)(?![.,:]\d)"
)
# ... and written without the +1: "(721) 542-1234", "721-542-1234".
_NANP_LOCAL = re.compile(r"(?<![\w+(-])(\([2-9]\d{2}\)[ \t]?\d{3}[ \t.-]\d{4}|[2-9]\d{2}-\d{3}-\d{4})(?![\w-]?\d)")
# The last digits of a number: "nummer eindigt op 4567", "laatste vier cijfers 45 67".
_LAST_DIGITS = re.compile(
    r"(?i)\b(?:eindig(?:t|de|end|en)\s+(?:op|met)|laatste\s+(?:\w+\s+)?cijfers(?:\s+(?:zijn|waren))?\s*:?)"
    r"\s*(\d(?:[ .\-]?\d){2,5})(?![\w-]?\d)"
)
_PHONE_WORD_NEAR = re.compile(r"(?i)\b(?:nummer|nr|tel\w*|mobiel\w*|gsm|06|bel\w*|whatsapp|app)\b")
# A BSN keyword, a few words of the same clause ("BSN van moeder is ..."), then nine digits in any grouping.
_BSN_LATER = re.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|burger\s?service\s?nummer|sofi-?nummer)\b[^.\n;:\d]{0,40}?:?\s*"
    r"(\d(?:[ .\-]?\d){8})(?![\w-]?\d)"
)
# An address without its top-level domain ("f.devries@ggz-noord"), and the part of a local part
# hyphenated onto the line before ("fatima.-\nkuipers@...").
_BARE_AT = re.compile(r"(?<![\w.+-])([\w.+-]*[^\W_]@[^\W\d_][\w-]+)(?![\w@-]|\.[^\W\d_])")
_HYPHENATED_BEFORE = re.compile(r"[\w.+-]+-[ \t]*\n[ \t]*$")
# An address with "{at}", "<at>" or "(a)" for "@", or a comma for the dot before its top-level domain.
_ODD_AT_EMAIL = re.compile(
    r"(?i)(?<![\w.+-])([\w.+-]+\s*(?:\{\s*at\s*\}|<\s*at\s*>|\(a\)|\[a\])\s*[\w-]+(?:\s*[.,]\s*[\w-]+)*"
    r"\s*[.,]\s*(?:nl|com|net|org|be|eu|info|de|nu|frl|online|live|email))(?![\w-])"
)
_COMMA_EMAIL = re.compile(
    r"(?i)(?<![\w.+-])([\w.+-]+@[\w-]+(?:[.,][\w-]+)*,(?:nl|com|net|org|be|eu|info|de|nu|frl))(?![\w-])"
)


def _typed_rules(shadow: str) -> list[Found]:
    """The phone, BSN and e-mail rules of :mod:`.rules`, on the shadow."""
    found: list[Found] = []
    if len(_ANY_DIGIT.findall(shadow)) >= 9:
        found += phones_and_bsn(shadow)
        # (and the odd typed notations of :mod:`.spoken`: "0 6 1 2 ...", "bsn 12345 6782")
        found += [f for f in spoken_contacts(shadow) if f.tag in ("telefoonnummer", "bsn")]
    if "@" in shadow:
        found += typed_emails(shadow)
    return found


def find_contacts(text: str) -> list[Found]:
    """Phone numbers, BSN and e-mail addresses the typed rules miss in ``text`` as written (see
    the module's docstring); spans may overlap what other rules found (the resolver decides)."""
    digits = len(_ANY_DIGIT.findall(text))
    # Cheap gates: the numbers below hold four digits or more (most notes hold fewer), an
    # address an "@" or a stand-in for it.
    if digits >= 4 or not text.isascii():
        shadow = contact_shadow(text)
    else:
        shadow = text
    found: list[Found] = []
    if shadow != text:
        found += _typed_rules(shadow)
    if digits >= 4:
        found += _numbers(text, shadow, digits)
    if "@" in shadow:
        found += _addresses_at(text, shadow)
    if "," in text and "@" in text:
        found += [Found(*m.span(1), "emailadres") for m in _COMMA_EMAIL.finditer(text)]
    if "{" in text or "<" in text or "(a)" in text or "[a]" in text:
        found += [Found(*m.span(1), "emailadres") for m in _ODD_AT_EMAIL.finditer(text)]
    return list(dict.fromkeys(found))


_PHONE_STEMS = ("tel", "bel", "mob", "gsm", "app", "bereikbaar", "fax")


def _numbers(text: str, shadow: str, digits: int) -> list[Found]:
    found: list[Found] = []
    low = text.lower()
    if digits >= 9 and "/" in shadow:
        found += [Found(*m.span(1), "telefoonnummer") for m in _SLASH_AFTER_AREA.finditer(shadow)]
    if digits >= 10 and ("+" in shadow or "001" in shadow):
        found += [Found(*m.span(1), "telefoonnummer") for m in _NANP.finditer(shadow)]
    if digits >= 10 and "-" in shadow:
        found += [Found(*m.span(1), "telefoonnummer") for m in _NANP_LOCAL.finditer(shadow)]
    if digits >= 7 and any(w in low for w in _PHONE_STEMS):
        found += [
            Found(*m.span(1), "telefoonnummer")
            for m in _LOCAL_AFTER_PHONE_WORD.finditer(shadow)
            if not times_not_a_phone(shadow, *m.span(1))
        ]
    if digits >= 10:
        found += _loose_phones(shadow)
    if digits >= 8 and ("bsn" in low or "burger" in low or "sofi" in low):
        found += [Found(*m.span(1), "bsn") for m in _BSN_LATER.finditer(shadow)]
    if "eindig" in low or "cijfers" in low:
        for m in _LAST_DIGITS.finditer(text):
            if _PHONE_WORD_NEAR.search(text, max(0, m.start() - 50), m.end()):
                found.append(Found(*m.span(1), "telefoonnummer"))
    return found


def _loose_phones(shadow: str) -> list[Found]:
    """Ten digits from a 0 with any separators; digit by digit only after a mobile's 06 or near a
    phone word (a list of single digits is no number)."""
    found = []
    for m in _PHONE_LOOSE.finditer(shadow):
        groups = re.findall(r"\d+", m.group(1))
        single = sum(len(g) == 1 for g in groups)
        if single < 6 or groups[:2] == ["0", "6"] or _PHONE_WORD.search(shadow, max(0, m.start() - 40), m.end() + 30):
            found.append(Found(*m.span(1), "telefoonnummer"))
    return found


def _addresses_at(text: str, shadow: str) -> list[Found]:
    found = [Found(*m.span(1), "emailadres") for m in _BARE_AT.finditer(shadow)]
    for f in typed_emails(shadow):
        before = _HYPHENATED_BEFORE.search(shadow, max(0, f.start - 60), f.start)
        if before is not None:
            found.append(Found(before.start(), f.end, "emailadres"))
    return found


# "06.00", "7:30", "22.45": a time of day.
_TIME = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
_TIME_TAIL = re.compile(r"[.:][0-5]\d(?!\d)")
_GROUP_SPLIT = re.compile(r"[\s\-/]+")


# "06-12-2026", "06.01.2027": a date with its year, where a phone number would start.
_DATE_FIRST = re.compile(r"\(?(?:0?[1-9]|[12]\d|3[01])([.\-/])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}(?!\d)")


def times_not_a_phone(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, read as a phone number, is a roster of times ("06.00 - 07.30 - 09.00",
    "06:30 07:15 08:00 uur": two of its groups are times, or it stops inside a time) or a date
    and a time ("06-12-2026 10:00", "Wanneer: 06.01.2027 14.00")."""
    if any(_DATE_FIRST.match(text, max(0, start - back), end) for back in (0, 2, 3)):
        return True  # (also begun inside the date: "05-[06-2026 20].00")
    groups = [g for g in _GROUP_SPLIT.split(text[start:end].strip("()")) if g]
    times = sum(_TIME.fullmatch(g) is not None for g in groups)
    if times >= 2:
        return True
    return times >= 1 and _TIME_TAIL.match(text, end) is not None


_PERCENT_AFTER = re.compile(r"\s*(?:%|procent\b)")


def numbers_misread(text: str, found: Sequence[Found]) -> list[Found]:
    """The detections that read a number as what it is not: a roster of times or a public
    service's 0800/0900 number as someone's phone number, a share as a house number ("Opkomst
    75%": a street by its shape to deduce)."""
    return [f for f in found if _misread(text, f)]


_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")


def _misread(text: str, f: Found) -> bool:
    if f.tag in ("telefoonnummer", "id") and text.startswith(_SERVICE_PREFIXES, f.start):
        digits = "".join(c for c in text[f.start : f.end] if c.isdigit())
        if len(digits) in (8, 11):
            return True  # "0800-0113", "0900-1234": a public service's number, no one's own
    if f.tag == "telefoonnummer":
        return times_not_a_phone(text, f.start, f.end)
    return f.tag == "locatie" and text[f.end - 1 : f.end].isdigit() and _PERCENT_AFTER.match(text, f.end) is not None


# What an address's local part says about no one: a mailbox of a team or a service.
_GENERIC_LOCAL = frozenset(
    """info mail email post contact secretariaat administratie planning receptie balie zorg ggz praktijk
    aanmelding aanmeldingen afdeling kliniek crisis dienst support service office noreply reply vragen
    klantenservice fam familie team teams noord zuid oost west centrum midden regio wijk wijkteam
    the and van der den het ter ten info2 algemeen intake""".split()
)
_PROVIDER_LABELS = frozenset(
    """gmail googlemail hotmail outlook live msn ziggo kpnmail kpnplanet planet xs4all home icloud me
    yahoo telfort caiway zeelandnet quicknet upcmail chello casema protonmail proton telenet skynet web gmx
    t-online online hetnet""".split()
)
_WORD_TOKEN = re.compile(r"[^\W_][\w&'’-]*")


def _joined(words: str) -> str:
    """Words as an address writes them: lower case, "&" as "en", no spaces, dots or hyphens."""
    low = words.lower().replace("&", "en")
    return "".join(c for c in unicodedata.normalize("NFKD", low) if c.isalnum() and not unicodedata.combining(c))


def address_names(text: str, covered: Sequence[tuple[int, int]], is_word: Callable[[str], bool]) -> list[Found]:
    """Names an e-mail address in the note gives away elsewhere in it: a word of its local part
    ("fleur.wit@..." and "Fleur Wit belt": "Wit" is a surname here) and its domain's name
    ("a.yilmaz@budgetenco.nl" and "bewindvoerder budget&co": the organisation). ``is_word``
    says a lower-case word is an ordinary word (then only its capitalised form counts)."""
    shadow = contact_shadow(text)
    addresses = typed_emails(shadow)
    if not addresses:
        return []
    persons: set[str] = set()
    initials: set[str] = set()  # "h.kok@...": "Hoop Kok" is the name
    organisations: set[str] = set()
    for f in addresses:
        local, _, domain = shadow[f.start : f.end].lower().partition("@")
        parts = [t for t in re.split(r"[._+\-\d]+", local) if t]
        persons |= {t for t in parts if len(t) >= 3 and t not in _GENERIC_LOCAL}
        initials |= {t for t in parts if len(t) == 1}
        label = domain.split(".")[-2] if domain.count(".") >= 1 else domain
        if label not in _PROVIDER_LABELS and len(label) >= 4:
            organisations.add(label.replace("-", ""))
    own = [(f.start, f.end) for f in addresses]
    taken = [*covered, *own]
    tokens = list(_WORD_TOKEN.finditer(text))
    found: list[Found] = []
    for i in range(len(tokens)):
        for n in (3, 2, 1):
            group = tokens[i : i + n]
            if len(group) < n:
                continue
            start, end = group[0].start(), group[-1].end()
            # (a covered name may be part of one the address joins: "Hoop Visser", "hoopvisser@")
            if any(s < end and start < e for s, e in (taken if n == 1 else own)) or not _one_phrase(text, group):
                continue
            joined = _joined(text[start:end])
            tag = "instelling" if joined in organisations else "persoon" if joined in persons else None
            if tag is None and n == 2 and _joined(group[1].group()) in persons:
                first = group[0].group()
                tag = "persoon" if first[:1].isupper() and first[:1].lower() in initials else None
            if tag is None or (n == 1 and text[start].islower() and is_word(joined)):
                continue
            found.append(Found(start, end, tag))
            taken.append((start, end))
            break
    return found


def _one_phrase(text: str, group: list[re.Match[str]]) -> bool:
    """The words follow each other with only spaces or "&" between them."""
    return all(text[a.end() : b.start()].strip(" &") == "" for a, b in zip(group, group[1:], strict=False))
