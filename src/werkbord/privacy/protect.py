"""Template words that are never scrubbed.

deduce knows nothing of our workshop: it reads "FACT" and "RIBW" as institutions, "Buren"
(a municipality) as a place, and swallows a capitalised role into the name after it
("Ervaringsdeskundige Sanne" became one person). The caller passes the template's party
labels and aliases; wherever one occurs in a note, the annotations covering it are trimmed
back so the word itself stays and whatever else was found (a name next to it) still goes:
"huisarts Jansen" -> "huisarts [PERSOON-1]".

Two exceptions keep names safe: inside a person annotation, a protected word that comes
after other name parts and is capitalised is taken as part of the name ("Jan Buren",
"mevr. Buren"), and scrubbed with it; and a capitalised person annotation right after a role
or family word is a name even when it is a protected word ("vriend Job": "job" is an alias); and a
capitalised town right after a bare preposition of place is that town ("fietst naar Son": "son" is
a family word of the English template).

Role and family words that are no template words ("Buurman", "Wijkagent", "Casemanager")
are kept in front of a name too, by :func:`keep_roles`.

Matching ignores case and diacritics, treats space, hyphen and slash alike ("POH-ggz",
"poh ggz", "POH/GGZ"), and allows a Dutch plural or genitive ending ("huisartsen",
"FACT-teams", "wijkteam's"). Pure: works on (start, end, tag) spans, no deduce import.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .roles import is_role_word, role_spans
from .rules import Found
from .words import PERSON_CONTEXT, ROLE_WORDS, is_role

PERSON_TAGS = frozenset({"persoon", "patient"})
_WORD = re.compile(r"\w+")
_SEP = r"[\s\-_/.&+]{0,3}"
_SUFFIX = r"(?:s|en|e|'s|’s)?"


def shadow(text: str) -> str:
    """Lower case without diacritics, with exactly the same length (so offsets carry over)."""
    if text.isascii():
        return text.lower()  # the common case, and ASCII lower-casing keeps the length
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        low = base.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


@lru_cache(maxsize=16)
def _alternation(pattern: str) -> re.Pattern[str]:
    """The scrubber's phrases and the review step's are mostly the same words (the template's),
    made at different times: one compile (~0.005 s) instead of two, wherever ``re``'s own cache
    has dropped the pattern meanwhile."""
    return re.compile(pattern)


class ProtectedPhrases:
    def __init__(self, phrases: Iterable[str]) -> None:
        words_per_phrase = {tuple(_WORD.findall(shadow(p))) for p in phrases}
        # A single letter ("A") would protect initials and shield names; not a party label.
        usable = [w for w in words_per_phrase if w and sum(map(len, w)) >= 2]
        # Longest first: at one position the regex takes the first alternative that fits,
        # so "fact team" must be tried before "fact".
        usable.sort(key=lambda w: (-sum(map(len, w)), w))
        self.phrases = [" ".join(w) for w in usable]
        alternatives = [_SEP.join(re.escape(x) for x in w) for w in usable]
        self._rx = (
            _alternation(r"(?<!\w)(?:" + "|".join(alternatives) + r")" + _SUFFIX + r"(?!\w)") if alternatives else None
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self._rx is None:
            return []
        return [m.span() for m in self._rx.finditer(shadow(text))]

    def apply(self, text: str, annotations: Iterable[Found]) -> list[Found]:
        """The annotations with every protected occurrence cut out of them."""
        protected = self.spans(text)
        # "huisarts B komt pas in beeld", "werkgever C", "oom C -> B": the network's ring, no initial
        annotations = [a for a in annotations if not _ring_after_party(text, a, protected)]
        if not protected:
            return annotations
        out: list[Found] = []
        for a in annotations:
            hits = [(s, e) for s, e in protected if s < a.end and e > a.start]
            if not hits or _typed_address(a, text[a.start : a.end]):  # "x@gemeente-epe.nl" goes whole
                out.append(a)
                continue
            if a.tag in PERSON_TAGS and _article_and_party_word(text, a, hits):
                continue  # "De Kinderen willen ...", "met De Ouders": an article and a party word, no surname
            if a.tag in PERSON_TAGS and any(_surname_here(text, a, s, e) for s, e in hits):
                if not _organisation_ending(text, a, hits):
                    out.append(a)  # "Jan Buren", "Sanne de Man": the protected word is a surname here
                    continue
            if a.tag in PERSON_TAGS and _name_after_role(text, a) and _a_first_name(text[a.start : a.end]):
                out.append(a)  # "vriend Job": a first name that is also an alias ("job")
                continue
            if a.tag in PERSON_TAGS and _first_name_in_a_persons_frame(text, a, hits):
                out.append(a)  # "Gisteren belde Job", "de partner van cliënt, Job, werkt", "met Job geoefend"
                continue
            if a.tag in PERSON_TAGS and (named := _verb_first_and_name(text, a, hits)) is not None:
                out.append(named)  # "Belde Job gisteren": the verb opening the sentence stays, the name goes
                continue
            if a.tag in PERSON_TAGS and _first_name_before_surname(text, a, hits):
                out.append(a)  # "Pt. Job Koek rijdt": the protected word is the first name here
                continue
            if a.tag == "locatie" and _town_after_place_word(text, a):
                out.append(a)  # "bij oma in Son", "fietst naar Son": a village that is also an alias ("son")
                continue
            out.extend(_subtract(text, a, hits))
        return out


# A bare preposition of place or moving right before: "in", "uit", "naar", "vanuit", "richting".
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?:in|uit|naar|vanuit|richting|nabij)[ \t]+\Z")


def _town_after_place_word(text: str, a: Found) -> bool:
    """A capitalised town of one word (deduce's) right after a bare preposition of place: a
    protected word that is also a village ("son") names the village there."""
    word = text[a.start : a.end]
    return (
        word[:1].isupper()
        and word.isalpha()
        and _PLACE_WORD_BEFORE.search(text, max(0, a.start - 10), a.start) is not None
    )


def _typed_address(a: Found, span: str) -> bool:
    """An e-mail address typed with "@" or a web address in one piece: removed whole, also where a
    template word stands inside it (an address read from words, "works at Booking.com", still gives
    its template words back)."""
    if a.tag == "emailadres":
        return "@" in span
    return a.tag == "url" and "." in span and not any(c.isspace() for c in span)


_RING_LETTERS = frozenset("ABC")
_RING_THEN = re.compile(r"(?:\s+[a-zà-ÿ]|\s*(?:[,;:)?!→]|->|$))")
_SPACE_BEFORE = re.compile(r"[ \t]+$")


def _ring_after_party(text: str, a: Found, protected: list[tuple[int, int]]) -> bool:
    """A single ring letter (A, B, C; no dot) right after a party word of the template or a
    role word, then a word in lower case, a mark or the end: "huisarts B komt pas", "apotheek A,
    want die ziet het eerst". An initial has its dot ("huisarts B. belde")."""
    if text[a.start : a.end] not in _RING_LETTERS or not _RING_THEN.match(text, a.end):
        return False
    space = _SPACE_BEFORE.search(text, max(0, a.start - 4), a.start)
    if space is None:
        return False
    if any(e == space.start() for _, e in protected):
        return True
    word = _ROLE_BEFORE.search(text, max(0, a.start - 30), a.start)
    return word is not None and is_role(word.group(1).lower())


_PARTICLES = frozenset("de het van der den ten ter 't".split())
_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:mevrouw|mevr|mw|meneer|dhr|heer|hr|fam|familie|dokter|dr|mr|zuster|broeder)\.?\s*$"
)


def _article_and_party_word(text: str, a: Found, hits: list[tuple[int, int]]) -> bool:
    """A person annotation made of a capitalised article or particles and a protected word only,
    with no title before it: "De Kinderen", "Het Wijkteam", no surname ("mevrouw De Kinderen"
    is one, and so is the nickname '"de Dokter"')."""
    s, e = min(hits)
    if e < a.end or any(h[0] > e for h in hits) or not text[s].isupper():
        return False
    before = text[a.start : s].split()
    if not before or any(w.lower() not in _PARTICLES for w in before) or not before[0][:1].isupper():
        return False  # not '"de Dokter"': a nickname with a lower-case article
    return _TITLE_BEFORE.search(text, max(0, a.start - 12), a.start) is None


_PARTICLE_BEFORE = re.compile(r"(?i)(?:^|\s)(?:de|van|der|den|ter|ten|te|het|'t|la|le|el|al|da|di|du|von|op)\s+$")


def _surname_here(text: str, a: Found, s: int, e: int) -> bool:
    """The capitalised protected word ``text[s:e]``, inside the person annotation ``a`` after
    other name parts, is a surname: deduce's surname list holds it ("Jan Buren", "Sanne
    Vriend"), a particle stands before it ("Sanne de Man") or a title before the name ("mevr.
    Apotheker"). Otherwise it is the template's word beside a name and stays: "Fatima Naasten
    zijn niet betrokken", "Peter Apotheker belt", "Sanne Huisarts belt terug"."""
    if s <= a.start or not text[s].isupper():
        return False
    if _PARTICLE_BEFORE.search(text, a.start, s) or _TITLE_BEFORE.search(text, max(0, a.start - 12), a.start):
        return True
    if _TITLE_INSIDE.match(text, a.start, s):
        return True
    from .lexicon import surnames  # read on first use: deduce's list, no deduce import

    return text[s:e].lower() in surnames()


_CAPITAL_AFTER = re.compile(r"[ \t]+(?:(?:van|de|der|den|ter|ten|te|el|al)[ \t]+)*[A-ZÀ-Þ][a-zà-ÿ]")


def _first_name_before_surname(text: str, a: Found, hits: list[tuple[int, int]]) -> bool:
    """The one protected word of a person annotation opens it, capitalised, is a first name and
    no role word, and a capitalised surname follows inside the annotation: "Job Koek", "Justice
    Mensah" ("job" is an alias of a party word). The mirror of :func:`_surname_here`; a role word
    before a name stays a role ("Broer Koek" keeps "Broer", see :func:`keep_roles`)."""
    if len(hits) != 1:
        return False
    s, e = hits[0]
    word = text[s:e]
    if s != a.start or not word[:1].isupper() or word.isupper() or " " in word:
        return False
    low = word.lower()
    if is_role(low) or is_role_word(low) or not _a_first_name(low):
        return False
    return e < a.end and _CAPITAL_AFTER.match(text, e, a.end) is not None


# Frames that only a person fills (see :mod:`.person_slots`): after a verb of calling, coming or
# saying ("Belde Job gisteren", "Gisteren kwam Job langs"), and after "met" before a participle
# ("met Job geoefend").
_VERB_BEFORE = re.compile(
    r"(?i)(?<![\w'’-])(?:belde|belt|kwam|komt|zei|zegt|vroeg|vertelde|appte|appt|mailde|sprak)[ \t]+\Z"
)
_WITH_BEFORE = re.compile(r"(?i)(?<![\w'’-])met[ \t]+\Z")
_PARTICIPLE_AFTER = re.compile(r"[ \t]+ge[a-zà-ÿ]{3,}(?:d|t|en)(?![\w-])")
_PERSON_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]*,[ \t]*\Z")
_NEXT_WORD = re.compile(r"[ \t]*,[ \t]*([^\W\d_]+)")


def _first_name_in_a_persons_frame(text: str, a: Found, hits: list[tuple[int, int]]) -> bool:
    """A person annotation that is one protected word, capitalised, a first name and no role word,
    where the sentence puts a person: after a verb of calling, coming or saying, after "met" before
    a participle, or between commas right after a person word ("de partner van cliënt, Job, werkt";
    not an item of a list of people: "moeder, Job, vrienden"). "job" is an alias of a party word,
    and a name there is no party word."""
    if len(hits) != 1 or hits[0] != (a.start, a.end):
        return False
    word = text[a.start : a.end]
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    if is_role(low) or is_role_word(low) or not _a_first_name(low):
        return False
    before = text[max(0, a.start - 30) : a.start]
    if _VERB_BEFORE.search(before):
        return True
    if _WITH_BEFORE.search(before):
        return _PARTICIPLE_AFTER.match(text, a.end) is not None
    m = _PERSON_BEFORE.search(before)
    if m is None or not text.startswith(",", a.end):
        return False
    after = _NEXT_WORD.match(text, a.end)
    return _a_person_word(m.group(1).lower()) and (after is None or not _a_person_word(after.group(1).lower()))


_VERB_OPENING = re.compile(r"(?i)(?:belde|belt|kwam|komt|zei|zegt|vroeg|vertelde|appte|appt|mailde|sprak)[ \t]+")


def _verb_first_and_name(text: str, a: Found, hits: list[tuple[int, int]]) -> Found | None:
    """A person annotation of a capitalised verb opening a sentence and one protected word after it
    that is a first name ("Belde Job gisteren", "Kwam Job vanochtend binnen": deduce reads the two
    as one name): the name alone, as in :func:`_first_name_in_a_persons_frame`."""
    if len(hits) != 1 or hits[0][1] != a.end:
        return None
    m = _VERB_OPENING.match(text, a.start)
    if m is None or m.end() != hits[0][0] or not text[a.start].isupper():
        return None
    name = Found(m.end(), a.end, a.tag)
    return name if _first_name_in_a_persons_frame(text, name, [(m.end(), a.end)]) else None


def _a_person_word(low: str) -> bool:
    return low in ROLE_WORDS or low in PERSON_CONTEXT or is_role(low) or is_role_word(low)


def _a_first_name(word: str) -> bool:
    from .lexicon import first_names

    names = first_names()
    return word.lower() in names or not names  # (without deduce's lists: as before)


_TITLE_INSIDE = re.compile(r"(?i)(?:mevrouw|mevr|mw|meneer|dhr|heer|hr|dokter|dr|mr|drs|ir|prof)\.?\s")
_ORGANISATION_KINDS = frozenset("gemeente kerk moskee parochie synagoge tempel vereniging stichting".split())


def _organisation_ending(text: str, a: Found, hits: list[tuple[int, int]]) -> bool:
    """ "Oud Gereformeerde Gemeente", "Hersteld Hervormde Gemeente Sion": three capitalised words
    or more that end in a kind of organisation, or with one more name after it, name one, not a
    person; the kind (a protected word) stays, the rest goes."""
    s, e = max(hits)
    if len(text[a.start : a.end].split()) < 3 or text[s:e].lower() not in _ORGANISATION_KINDS:
        return False
    # the kind ends the name, or one name of the congregation follows it ("... Gemeente Sion")
    return e >= a.end or len(text[e : a.end].split()) == 1


_ROLE_BEFORE = re.compile(r"(?i)(?:^|[^\w])([^\W\d_]+)\.?\s+$")


def _name_after_role(text: str, a: Found) -> bool:
    """A person annotation, capitalised but not in capitals, right after a role or family word."""
    word = text[a.start : a.end]
    if not word[:1].isupper() or word.isupper():
        return False
    m = _ROLE_BEFORE.search(text, max(0, a.start - 30), a.start)
    return m is not None and m.group(1).lower() in ROLE_WORDS


def _subtract(text: str, a: Found, holes: list[tuple[int, int]]) -> list[Found]:
    pieces = []
    pos = a.start
    for s, e in sorted(holes):
        if s > pos:
            pieces.append((pos, min(s, a.end)))
        pos = max(pos, e)
    if pos < a.end:
        pieces.append((pos, a.end))
    out = []
    for s, e in pieces:
        # Leftover separators ("-", " ", ".") are not identifying; keep only real words.
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e > s and not all(w.lower() in _ARTICLES for w in text[s:e].split()):
            out.append(Found(s, e, a.tag))  # (not an article left of '"de POH"': no name)
    return out


_ARTICLES = _PARTICLES | frozenset("een mijn m'n onze ons zijn z'n haar hun jouw je".split())


_LEADING_WORD = re.compile(r"([^\W\d_][\w'’-]*)\.?\s+")  # ("EVV'er Gonnie")
# "EVV'er", "PMT'er", "SPV'ers": one who does what an abbreviation names, a role.
_ABBREVIATION_DOER = re.compile(r"[a-z]{2,6}['’](?:ers?|sters?)")


def _a_role(low: str, roles: frozenset[str]) -> bool:
    # "Pleegzus Fenna", "Bovenbuurman Kees": a role with a prefix, or a plural ("Pleegouders X");
    # a job title of any shape ("Wijkouderling X", "EVV'er X", "OvJ": see roles.py)
    if low in roles:
        return True
    return roles is ROLE_WORDS and (is_role(low) or is_role_word(low) or _ABBREVIATION_DOER.fullmatch(low) is not None)


def _title_at(text: str, start: int, end: int) -> int:
    """Where a job title of several words that opens ``text[start:end]`` ends, with the blanks
    after it ("Sociaal Werker Jan" -> after "Werker "; "Persoonlijk Begeleider" -> ``end``: no
    name), or 0."""
    spans = role_spans(text, start, end)
    if not spans or spans[0][0] != start or " " not in text[start : spans[0][1]]:
        return 0
    stop = spans[0][1]
    while stop < end and not text[stop].isalnum():
        stop += 1
    return stop


_ARTICLE_THEN = re.compile(r"(?i)(?:de|het|een|mijn|m'n|onze|zijn|z'n|haar)\s+([^\W\d_][\w'’-]*)\.?$")


def _role_after_article(word: str, roles: frozenset[str]) -> bool:
    """A role after an article, in lower case or in capitals ("de SPV", "de begeleider"); not a
    capitalised word, which is a surname ("de Man", "de Vriend")."""
    if word[:1].isupper() and not word.isupper():
        return False
    return _a_role(word.lower(), roles)


def keep_roles(text: str, annotations: Iterable[Found], roles: frozenset[str] = ROLE_WORDS) -> list[Found]:
    """Person annotations without the role or family words they start with.

    deduce reads a capitalised word before a name as part of it: "Wijkagent Henk" and "Buurman
    Jurre" became one person, and the reader lost who that was. The role stays beside the tag,
    "Wijkagent [PERSOON-1]", as "huisarts [PERSOON-1]" does for template words.
    """
    out = []
    for a in annotations:
        start = a.start
        if a.tag in PERSON_TAGS:
            while (m := _LEADING_WORD.match(text, start, a.end)) and _a_role(m.group(1).lower(), roles):
                start = m.end()
            if roles is ROLE_WORDS and (title := _title_at(text, start, a.end)):
                start = title  # "Sociaal Werker Jan", "Persoonlijk Begeleider Kees": a title of two words
            if _a_role(text[start : a.end].rstrip(".").lower(), roles):
                start = a.end  # a role word alone ("Neef van pt.", "Pastor van ..."): no name
            elif (m := _ARTICLE_THEN.match(text, start, a.end)) and _role_after_article(m.group(1), roles):
                start = a.end  # '"de SPV"', "mijn begeleider": an article and a role, no name
        out.append(a if start == a.start else Found(start, a.end, a.tag))
    return [a for a in out if a.end > a.start]
