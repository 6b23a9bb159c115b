"""A case number a word or two after its label, or before it: "personeelsnummer Defensie R 8841 207",
"403 156 71 is het cliëntnummer", "staat 33.902.117 als dossiernummer",
"klantnummer bij CZ 7731 2290". The rules of :mod:`.rules` read a number right after its label or
after a colon; a note also names whose number it is in between. Five digits or more (a house or a
room number is shorter), in groups, with a letter prefix or not. Spans get the tag "id". Pure.

Also a code of letters and digits mixed right after its label, which the number rules do not read
(they want a digit after at most a letter prefix): "boekingscode QX7T2M", "paspoortnr. BN12 34K
567", "zeemansboekje AB 123456". Five characters or more with two digits and a letter; a postcode
("1234 AB") is no code, and a prefix of three letters or more is an organisation ("UWV 1234 567").
"""

from __future__ import annotations

import re

from .found import Found

_LABEL_WORDS_NUMBER = re.compile(
    r"(?i:\b[a-zà-ÿ]{3,}(?:nr|nummer)\b\.?)((?:\s+(?!is\b|was\b|wordt\b)[A-Za-zà-ÿ]{2,}){1,2})\s+"
    r"((?:[A-Za-z]{1,3}[ -]?)?\d(?:[\d./-]|\s(?=\d)){3,}\d)(?![\w/-]|[.,]\d)"
)


# "403 156 71 is het cliëntnummer", "staat 33.902.117 als dossiernummer": the number before its label.
_NUMBER_BEFORE_LABEL = re.compile(
    r"(?<![\w./-])((?:[A-Z]{1,3}[ -]?|[a-z]{1,3}-)?\d(?:[\d./-]|\s(?=\d)){3,}\d)\s+"  # not "gaf 903 ..."
    r"(?:(?:is|was)\s+(?:het|zijn|haar|ons|uw|de)|als(?:\s+(?:het|zijn|haar|ons|uw|de))?)\s+"
    r"(?i:[a-zà-ÿ]{3,}(?:nr|nummer)|kenmerk|kenm|referentie)\b"
)


def id_frames(text: str) -> list[Found]:
    """Case numbers in ``text`` a word or two after their label, or right before it."""
    low = text.lower()
    if "nummer" not in low and "nr" not in low and "kenm" not in low and "referentie" not in low:
        return []
    found = [
        Found(*m.span(2), "id")
        for m in _LABEL_WORDS_NUMBER.finditer(text)
        if sum(c.isdigit() for c in m.group(2)) >= 5 and "telefoon" not in m.group(0).lower()
    ]
    return found + [
        Found(*m.span(1), "id")
        for m in _NUMBER_BEFORE_LABEL.finditer(text)
        if sum(c.isdigit() for c in m.group(1)) >= 5 and "telefoon" not in m.group(0).lower()
    ]


# A label of a number or a code ("boekingscode", "paspoortnr.", "monsterboekje", "pasnummer", "ov-pas";
# no bare "pas": "pas SCL90 ingevuld"), then one to four groups of capitals and digits, or one group of
# letters and digits in any case. The pattern opens with the first letter of the label's ending, one
# character class (a scan that tries each ending at each letter is three times slower); the word it
# ends is read after.
_MIXED_AFTER_LABEL = re.compile(
    r"[NnCcBbPpKk](?i:(?<=n)r|(?<=n)ummer|(?<=c)ode|(?<=b)oekje|(?<=p)aspoort|(?<=p)as|(?<=k)aart)\b\.?"
    r"(?:\s*[:#]\s*|\s+)(?i:(?:is|was)\s+)?"
    r"([A-Z0-9]{1,16}(?:[ -][A-Z0-9]{1,16}){0,3}|(?i:[a-z0-9]{5,12}))(?![\w/-]|[.,]\w)"
)
_LABEL_START = re.compile(r"(?<![\w-])[a-zà-ÿA-ZÀ-Þ]*-?$")
_POSTCODE = re.compile(r"\d{4} ?[A-Za-z]{2}")
_NOT_A_CODE_LABEL = re.compile(r"(?i)post(?:code|nr|nummer)|pincode\w*|huis\w*")


def _mixed_code(text: str, m: re.Match[str]) -> Found | None:
    start, end = m.span(1)
    groups = m.group(1).replace("-", " ").split(" ")
    if len(groups) > 1 and groups[0].isalpha() and len(groups[0]) > 2:
        return None  # "UWV 1234 567": an organisation before the number (the number rules take it)
    while len(groups) > 1 and groups[-1].isalpha() and len(groups[-1]) > 1 and text[end - len(groups[-1]) - 1] == " ":
        end -= len(groups.pop()) + 1  # "QX7T2M KLM": a word after the code (not "VF-20931-PL")
    code = "".join(groups)
    digits = sum(c.isdigit() for c in code)
    if len(code) < 5 or digits < 2 or digits == len(code) or _POSTCODE.fullmatch(text, start, end):
        return None
    if len(groups) == 1 and sum(c.isalpha() for c in code) < 2 and not code[0].isalpha():
        return None  # "12345b": a number with a letter after it, a house number's shape
    return Found(start, end, "id")


def mixed_codes(text: str) -> list[Found]:
    """Codes of letters and digits mixed right after their label ("boekingscode QX7T2M")."""
    found = []
    for m in _MIXED_AFTER_LABEL.finditer(text):
        head = _LABEL_START.search(text, max(0, m.start() - 30), m.start())
        ending = re.match(r"\w+", m.group(0)).group()
        if head is None or (ending.lower() in ("pas", "kaart") and len(head.group().rstrip("-")) < 2):
            continue  # inside a word, or a bare "pas"/"kaart"
        label = head.group() + ending
        if _NOT_A_CODE_LABEL.fullmatch(label) or (f := _mixed_code(text, m)) is None:
            continue
        found.append(f)
    return found
