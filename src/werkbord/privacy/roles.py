"""Who does a micro-action: the roles and the names under a form's "Wie".

Under "Wie" a team writes a role or a colleague's name, in every shape a sticky note takes:
"regiebehandelaar", "PB'er", "mijn begeleider", "ik en mijn begeleider", "GZ-psycholoog i.o.",
"Activiteitenbegeleidster", "POH Zuidwijk", "Roos (SPV)", "tim", "Ben". A role identifies no one
and stays as written (issue #22: 100 % of role words under "Wie" kept); a name goes unless the
team's privacy list keeps it.

A role is recognised by its class, not by the notes it was met in:

- a word of a list: family and acquaintance words (:data:`.words.ROLE_WORDS`, with a prefix or
  a plural: "pleegzus", "begeleiders") and the job titles of Dutch care and the social domain
  in ``data/roles.txt`` (its public sources named there), phrases of several words included
  ("specialist ouderengeneeskunde", "persoonlijk begeleider");
- a compound that ends in the head of a job title ("activiteiten|begeleidster",
  "buurtsport|coach", "leerplicht|ambtenaar"), unless it is a known surname;
- one who does what a care abbreviation names ("PB'er", "EVV'ers", "SPH-er");
- hyphenated roles whose parts are roles or abbreviations ("POH-ggz", "GZ-psycholoog",
  "IHT-medewerker"), and the adjectives a job title takes before it ("ambulant", "persoonlijk",
  "coördinerend", "senior").

A name under "Wie" is what the general rules may not see in so short a text: a first name in
lower case ("tim") or one that is also a word ("Ben", "Door", "Toon"), standing alone or beside a
role, after a title ("mw. Bakker"), with a surname after it. Pronouns and words for the whole team
("ik", "wij", "iedereen", "team") are neither.

Pure: the first-name list is read from deduce's data folder without importing deduce.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import cache, lru_cache
from pathlib import Path

from .words import NOT_INITIALS, ROLE_WORDS, is_role


def _plain(word: str) -> str:
    """Lower case without diacritics ("coördinator" -> "coordinator")."""
    if word.isascii():
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _titles() -> list[str]:
    text = (Path(__file__).parent / "data" / "roles.txt").read_text("utf-8")
    return [_plain(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")]


_TITLES = _titles()


def _titles_as_written() -> list[str]:
    text = (Path(__file__).parent / "data" / "roles.txt").read_text("utf-8")
    return [line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# One-word titles and role words, without diacritics; hyphenated titles also count word by word.
_SINGLE = frozenset(t for t in _TITLES if " " not in t) | frozenset(_plain(w) for w in ROLE_WORDS)
# The one-word titles as written, diacritics kept, the way a note's words are matched ("coördinator").
ONE_WORD_ROLES = frozenset(t for t in _titles_as_written() if " " not in t)
# Short titles without a vowel run or in capitals on a note: abbreviations ("evv", "pb", "spv").
_ABBREVIATIONS = frozenset(t for t in _SINGLE if len(t) <= 5 and "-" not in t and "'" not in t and t.isalpha()) | {
    _plain(w) for w in NOT_INITIALS if w.isalpha()
}
# Heads of job titles a compound ends in: "activiteiten|begeleider", "leerplicht|ambtenaar".
_HEADS = (
    "begeleider begeleidster verpleegkundige therapeut coach consulent werker werkster medewerker "
    "medewerkster deskundige specialist psycholoog pedagoog agoog behandelaar regisseur bemiddelaar "
    "ondersteuner ondersteunster adviseur adviseuse functionaris ambtenaar coordinator manager "
    "verzorgende assistent assistente secretaresse trainer hulpverlener hulpverleenster psychiater "
    "verpleger verpleegster verzorger verzorgster"
).split()
# and the longer role words: "wijk|ouderling", "hoofd|agent", "overbuurvrouw".
# (not the informal and English ones, which name apps and brands too: "Moodbuddy").
_INFORMAL = frozenset("buddy maatje daddy mommy boyfriend girlfriend mammie pappie vriendje vriendinnetje".split())
_HEADS += sorted(w for w in (_plain(r) for r in ROLE_WORDS) if len(w) >= 5 and w.isalpha() and w not in _INFORMAL)
_HEAD_ENDINGS = tuple(_HEADS)
# Adjectives a job title takes before it: "ambulant begeleider", "coördinerend verpleegkundige".
_MODIFIERS = frozenset(
    """persoonlijk persoonlijke maatschappelijk maatschappelijke ambulant ambulante psychiatrisch
    psychiatrische sociaal sociaal-psychiatrisch sociaal-pedagogisch pedagogisch verpleegkundig
    klinisch klinische coordinerend coordinerende senior junior eerste eerst verantwoordelijk
    verantwoordelijke eerstverantwoordelijk eerstverantwoordelijke medisch medische dienstdoend
    dienstdoende behandelend behandelende betrokken vaste vast nieuwe eigen huidige geestelijk
    geestelijke gespecialiseerd gespecialiseerde forensisch forensische ervarings
    ggz ambulant-""".split()
)
# Words after a title that belong to it: "verpleegkundig specialist ggz", "GZ-psycholoog i.o.".
_QUALIFIERS = frozenset("ggz io iht fact act dementie jeugd volwassenen ouderen 18- 18+ ouderengeneeskunde".split())


@cache
def _phrase() -> re.Pattern[str]:
    """The titles of several words ("persoonlijk begeleider"), compiled on first use (a form's "Wie")."""
    phrases = sorted((t for t in _TITLES if " " in t), key=len, reverse=True)
    words = "|".join(r"[\s-]+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(r"(?<![\w])(?:" + words + r")(?:s|en)?(?![\w])")


_TOKEN = re.compile(r"[^\W_][\w'’.+-]*[\w+-]|[^\W_]")
_DOER = re.compile(r"([a-z]{2,6})['’-](?:er|ers|ster|sters)")
_CAPITALS_DOER = re.compile(r"[A-Z]{2,6}['’-](?:er|ers|ster|sters)")


# Asked of the same words note after note (~6,000 times, ~2,000 words, a 3,000-note harvest); the
# answer depends on the word and on lists fixed once loaded, so it is remembered.
@lru_cache(maxsize=8192)
def is_role_word(token: str) -> bool:
    """``token`` names a role or a job, in any case: "Regiebehandelaar", "PB'er", "POH-ggz",
    "Activiteitenbegeleidster", "begeleiders", "SPV"."""
    low = _plain(token).strip(".").replace("’", "'")
    if not low:
        return False
    if low in _SINGLE or is_role(low) or _plural_of(low):
        return True
    m = _DOER.fullmatch(low)
    if m is not None:  # "PB'er"; and any abbreviation in capitals: "IPS'er", "HBO'ers"
        return m.group(1) in _ABBREVIATIONS or _CAPITALS_DOER.fullmatch(token) is not None
    if "-" in low:
        parts = [p for p in low.split("-") if p]
        return (
            bool(parts)
            and any(is_role_word(p) for p in parts)
            and all(is_role_word(p) or p in _ABBREVIATIONS or _qualifier(p) for p in parts)
        )
    return _compound(low) and low not in _surnames()


def _compound(low: str) -> bool:
    """ "activiteiten|begeleidster", "dagbestedings|begeleiders": a word of three letters or more
    before the head of a job title, in the singular or the plural."""
    if not low.isalpha():
        return False
    stems = [low]
    for end in ("s", "n", "en", "es", "ren"):
        if low.endswith(end):
            stems.append(low[: -len(end)])
    for stem in stems:
        if stem.endswith(_HEAD_ENDINGS):
            if any(stem.endswith(h) and len(stem) - len(h) >= 3 for h in _HEADS):
                return True
    return False


@lru_cache(maxsize=8192)  # (asked of the same words note after note, as is_role_word: remembered likewise)
def a_job_title(token: str) -> bool:
    """``token`` is a job title that no list of names knows ("Hoofdagent", "OvJ", "SPV's",
    "Hardlooptherapeut"): a word the review step need not show and the rules need not replace."""
    low = _plain(token).strip(".")
    return is_role_word(token) and low not in _surnames() and low not in _first_names() and low not in ROLE_WORDS


def _plural_of(low: str) -> bool:
    for end in ("s", "en", "'s"):
        if low.endswith(end) and low[: -len(end)] in _SINGLE:
            return True
    if low.endswith("en") and low[:-1] in _SINGLE:  # "verpleegkundigen"
        return True
    # "behandelaren": a long vowel written single before "-en"
    stem = low[:-2]
    return low.endswith("en") and len(stem) > 2 and stem[-2] in "aeou" and stem[:-1] + stem[-2:] in _SINGLE


def role_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where roles stand in ``text[start:end]`` (a "Wie" stretch), with the adjectives before a
    title and the qualifiers after it: "de [ambulant begeleider] en [Roos]" gives the first."""
    end = len(text) if end is None else end
    plain = _plain(text)  # one character per character for the Latin letters a note uses
    spans = [m.span() for m in _phrase().finditer(plain, start, end)] if len(plain) == len(text) else []
    tokens = list(_TOKEN.finditer(text, start, end))
    for i, m in enumerate(tokens):
        if not is_role_word(m.group()):
            continue
        s, e = m.span()
        j = i - 1
        while j >= 0 and _plain(tokens[j].group()) in _MODIFIERS and _adjacent(text, tokens[j].end(), s):
            s = tokens[j].start()
            j -= 1
        k = i + 1
        while k < len(tokens) and _qualifier(tokens[k].group()) and _adjacent(text, e, tokens[k].start()):
            e = tokens[k].end() + (text[tokens[k].end() : tokens[k].end() + 1] == ".")  # "i.o."
            k += 1
        spans.append((s, e))
    return _merged(spans)


def _qualifier(token: str) -> bool:
    return _plain(token).replace(".", "") in _QUALIFIERS


def _adjacent(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip(" -")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# A "Wie" value lists its members: "Sem en de casemanager", "PB'er / Fleur", "ik & mijn begeleider".
_MEMBERS = re.compile(
    r"\s*(?:[,;/&+()\[\]|]|\s(?:en|and|met|samen met|i\.?s\.?m\.?|of|or|&)\s|\s[-–]\s)\s*", re.IGNORECASE
)
_DETERMINERS = frozenset("de het een mijn m'n onze ons jouw je zijn z'n haar hun uw the my our".split())
_TITLES_OF_ADDRESS = frozenset("mw mw. mevr mevr. mevrouw dhr dhr. meneer hr hr. dr dr. drs drs. mr mr.".split())
# Who is no one in particular: the writer, the team, a pronoun.
_NOBODY = frozenset(
    """ik wij we jij jullie zij hij ze u zelf mezelf iedereen allen allemaal allebei beiden samen
    team teamlid teamleden wie nog nnb n.n.b. ntb n.t.b. nvt n.v.t. pt pte patient client cliente
    i me we us you everyone all both team tbd""".split()
)
_TUSSENVOEGSELS = frozenset("van de der den ter ten te het in 't op d' da di du le la von vd v.d.".split())
_FUNCTION = frozenset(
    """de het een en of met van voor door bij naar op in aan om te tot als dan dat die dit ook nog
    wel niet is""".split()
)


def names_under_owner(
    text: str, start: int, end: int, first_names: Container[str] | None = None
) -> list[tuple[int, int]]:
    """Names in a "Wie" stretch ``text[start:end]`` that are neither roles nor words for the team:
    a first name (also in lower case, also one that is a word: "Ben"), with the surname after it,
    or a capitalised word after a title ("mw. Bakker")."""
    names = first_names if first_names is not None else _first_names()
    out: list[tuple[int, int]] = []
    pos = start
    for sep in [*_MEMBERS.finditer(text, start, end), None]:
        stop = sep.start() if sep else end
        out += _names_in_member(text, pos, stop, names)
        pos = sep.end() if sep else end
    return out


def _names_in_member(text: str, start: int, end: int, names: Container[str]) -> list[tuple[int, int]]:
    tokens = list(_TOKEN.finditer(text, start, end))
    while tokens and _plain(tokens[0].group()) in _DETERMINERS:
        tokens = tokens[1:]
    if not tokens or _plain(tokens[0].group()).strip(".") in _NOBODY:
        return []
    alone = len(tokens) == 1
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        low = _plain(word)
        titled = low in _TITLES_OF_ADDRESS and i + 1 < len(tokens)
        if titled:
            i += 1
            word, low = tokens[i].group(), _plain(tokens[i].group())
        if _a_name(word, low, names, alone) or (titled and word[:1].isupper() and not is_role_word(word)):
            j = i
            while j + 1 < len(tokens) and _surname_part(tokens, j + 1):
                j += 1
            out.append((tokens[i].start(), tokens[j].end()))
            i = j + 1
            continue
        i += 1
    return out


def _a_name(word: str, low: str, names: Container[str], alone: bool) -> bool:
    if is_role_word(word) or low in _NOBODY or low in _TUSSENVOEGSELS:
        return False
    if low in _FUNCTION:  # "Wie: Door" is a name, "Wie: door de casemanager" is not
        return alone and word[:1].isupper() and low in names
    parts = [p for p in low.split("-") if p]
    if parts and all(p in names for p in parts):
        # in lower case beside other words only a name that is no word too ("gert en de pb'er",
        # not "door de pb'er")
        return word[:1].isupper() or alone or all(p in _plain_first_names() for p in parts)
    return False


def _surname_part(tokens: list[re.Match[str]], k: int) -> bool:
    """A token after a first name that continues it: "de Vries", "Jansen" (not a role: "Roos SPV")."""
    word = tokens[k].group()
    low = _plain(word)
    if low in _TUSSENVOEGSELS:
        return k + 1 < len(tokens) and (
            _plain(tokens[k + 1].group()) in _TUSSENVOEGSELS or tokens[k + 1].group()[:1].isupper()
        )
    return word[:1].isupper() and not word.isupper() and not is_role_word(word)


@cache
def _first_names() -> frozenset[str]:
    from .lexicon import first_names

    return first_names(ambiguous=True)


@cache
def _plain_first_names() -> frozenset[str]:
    """First names that deduce does not also know as ordinary words ("gert", not "door")."""
    from .lexicon import first_names

    return first_names(ambiguous=False)


@cache
def _surnames() -> frozenset[str]:
    from .lexicon import surnames

    return frozenset(_plain(n) for n in surnames())
