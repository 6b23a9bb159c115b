"""Number plates a few words after their keyword, in any country's shape and script: "Kenteken trekker
ВС 4417 КН (Oekraïens)", "Pools kenteken WX 12345", "Bulgaars kenteken CA 1234 XX", "kenteken van zijn
auto: b-xy 1234", "Oekraïense platen АА 1234 ВВ". The plate rules of :mod:`.rules` and :mod:`.spoken`
read Dutch shapes anywhere and a few foreign ones right after the keyword; a note also names the
vehicle in between, and a foreign plate has two to four groups of letters (Latin or Cyrillic, at most
three in a group), digits, or both (at most four). So: a plate word, at most three lower-case words,
then such groups with a digit and a letter, five characters or more; letters in lower case only right
after the keyword or a colon ("Nummerbord kwijt sinds 12 mei" is no plate). Besides, the French shape
"AB-123-CD" is a plate wherever it stands (no Dutch plate, date or code looks like it). Spans get the
tag "id". Pure.
"""

from __future__ import annotations

import re

from .found import Found

# The keyword, then at most three lower-case words ("trekker", "van zijn auto") and a colon or bracket.
_PLATE_WORD = re.compile(
    r"(?i:\b(?:kenteken\w*|nummerbord\w*|nummerpla(?:at|ten)|pla(?:at|ten)|plates?|kennzeichen))"
    r"((?:\s+(?!(?:is|was|staat|stond|op|in|bij|niet|nog|geen)\b)[a-zà-ÿ]{2,}){0,3})\s*[:(]?\s*"
)
# Two to four groups of letters (any script, at most three), digits (at most five), or both mixed (at
# most four: "AB12 CDE", British; "3A8 1234", Czech).
_GROUP = r"(?:[^\W\d_]{1,3}|\d{1,5}|(?=[^\W_]{0,3}\d)(?=[^\W_]{0,3}[^\W\d_])[^\W_]{2,4})"
_PLATE = re.compile(rf"({_GROUP}(?:[ .-]{_GROUP}){{1,3}})(?![\w-]|[.,]\w)")
# Letter groups in lower case that are words of the sentence, no part of a plate ("45 op", "12 en").
_NOT_PLATE_LETTERS = frozenset(
    """de het een is en op in te of van die dat met om nu al ze hij zij we je er na bij tot aan uit was ik nog
    wel ook zn dr hem ons mij me ja nee km uur cl pt mw dhr mr nr ca wk mnd jr kg""".split()
)
_FRENCH = re.compile(r"(?<![\w-])([A-Z]{2}-\d{3}-[A-Z]{2})(?![\w-])")
# A Dutch plate in odd spacing right after its keyword (or a word or two on): "12 - ABC - 3", "12ABC3",
# "g-123- bb". Three groups of letters or digits, with a hyphen, a dot, spaces or nothing between; six
# characters that, grouped as a sidecode, are a Dutch plate (:data:`.rules` reads the plain shapes).
_SPACED_DUTCH = re.compile(
    r"(?<![\w-])([A-Za-z0-9]{1,6}(?:[ \t]*[-.][ \t]*|[ \t])?[A-Za-z0-9]{0,5}"
    r"(?:[ \t]*[-.][ \t]*|[ \t])?[A-Za-z0-9]{0,5})(?![\w-]|[.,]\w)"
)
_SIDECODE = re.compile(
    r"(?i)\d{1,3}-[A-Z]{2,3}-\d{1,2}|[A-Z]{1,3}-\d{2,3}-[A-Z]{1,2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|"
    r"\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-\d{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|[A-Z]-\d{2}-[A-Z]{3}|"
    r"\d-[A-Z]{2}-\d{3}"
)
_DUTCH_PLATE_WORD = re.compile(r"(?i:\b(?:kenteken\w*|nummerbord\w*|nummerpla(?:at|ten)))\s*[:(]?\s*")
# A few words on, a colon or a bracket: "kenteken van de bus: 12 - ABC - 3", "kenteken van zijn auto (12ABC3)".
_WORDS_TO_COLON = re.compile(r"(?:[a-zà-ÿ]{2,}[ \t]+){0,3}?[a-zà-ÿ]{2,}[ \t]*[:(][ \t]*")


def _a_sidecode(chars: str) -> bool:
    """Six letters and digits that, split in three groups, make a Dutch plate's sidecode."""
    if len(chars) != 6 or chars.isdigit() or chars.isalpha():
        return False
    return any(
        _SIDECODE.fullmatch(f"{chars[:i]}-{chars[i:j]}-{chars[j:]}") for i in range(1, 4) for j in range(i + 1, i + 4)
    )


def spaced_plates(text: str) -> list[Found]:
    """Dutch plates in odd spacing right after their keyword, or after a colon or a bracket a few words
    on ("kenteken van de bus: 12 - ABC - 3"); call when the text names a plate."""
    found = []
    for k in _DUTCH_PLATE_WORD.finditer(text):
        words = _WORDS_TO_COLON.match(text, k.end())
        for pos in (k.end(), *((words.end(),) if words else ())):
            m = _SPACED_DUTCH.match(text, pos)
            if m is None:
                continue
            groups = re.split(r"[\s.-]+", m.group(1))
            if any(g.lower() in _NOT_PLATE_LETTERS for g in groups if g.isalpha()):
                continue  # "op 12-03": a word of the sentence, then a date
            if _a_sidecode("".join(groups)):
                found.append(Found(*m.span(1), "id"))
                break
    return found


def _plate_at(text: str, pos: int, lower: bool) -> Found | None:
    """The plate starting at ``pos``; ``lower``: its letters may be in lower case (right after the
    keyword or a colon: "kenteken vx 218 b"; not after words, "Nummerbord kwijt sinds 12 mei")."""
    m = _PLATE.match(text, pos)
    if not m:
        return None
    groups = re.split(r"([ .-])", m.group(1))  # groups at even places, separators between
    end = m.end(1)
    while len(groups) > 1 and (groups[-1] in _NOT_PLATE_LETTERS or not lower and groups[-1].islower()):
        # a word after the plate: "CA 1234 XX bij", "M-AB 1234 op"
        end -= len(groups.pop()) + len(groups.pop())
    parts = groups[::2]
    if any(g in _NOT_PLATE_LETTERS for g in parts) or len(parts) < 2:
        return None
    plate = "".join(parts)
    if len(plate) < 5 or plate.isdigit() or plate.isalpha() or (not lower and any(map(str.islower, plate))):
        return None
    return Found(m.start(1), end, "id")


def plate_frames(text: str) -> list[Found]:
    """Plates in ``text`` a few words after their keyword, and French ones anywhere."""
    found = [Found(*m.span(1), "id") for m in _FRENCH.finditer(text)] if "-" in text else []
    low = text.lower()
    if (
        "kenteken" not in low
        and "plat" not in low
        and "plaat" not in low
        and "nummerbord" not in low
        and ("kennzeichen" not in low)
    ):
        return found
    found += spaced_plates(text)
    for m in _PLATE_WORD.finditer(text):
        # right after the keyword ("kenteken ab 12 cd") or after one of the words between
        starts = [m.start(1) + w.start() for w in re.finditer(r"\S+", m.group(1))]
        colon = not m.group(1) or text[m.end(1) : m.end()].strip() != ""
        for pos in [*starts, m.end()]:
            if plate := _plate_at(text, pos, lower=pos == (starts or [m.end()])[0] or (pos == m.end() and colon)):
                found.append(plate)
                break
    return found
