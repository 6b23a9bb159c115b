"""Suspects: what is left in a pseudonymised note that may still identify someone.

No automatic method removes every name, so the review step shows a person the tokens that
look like an identifier and were left in place, each with a short reason. They are found by
form and context, in the already scrubbed text (tags such as "[PERSOON-1]" are skipped):

- a capitalised word that is no Dutch word and no template or protected word ("Kerschoten");
- a word right after a role or family word ("tante Lelie", "vriendin marloes"), or a
  capitalised word right after a person tag ("[PERSOON-1] Dekker");
- a token with digits that is no count, score, unit or year ("nl-3371-ab", "kev.010x");
- a user name: letters joined by dots or underscores ("sophie.blogt.xx");
- initials: a dotted single letter or a short lower-case token after a person word
  ("mw. k.", "dhr jb"), and capitals that no word list knows ("RTK").

Each reason is short and in the session's language. Pure apart from the word lists it reads
(see :func:`.lexicon.shared_lexicon`); it never loads deduce.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache

from ..i18n import N_, _
from .ages import is_duration
from .protect import ProtectedPhrases
from .words import (
    COUNTRIES,
    MONTHS_AND_DAYS,
    NOT_A_NAME_AFTER_ROLE,
    NOT_INITIALS,
    NOT_NAMES,
    PERSON_CONTEXT,
    ROLE_WORDS,
    Lexicon,
)


@dataclass(frozen=True, slots=True)
class Suspect:
    text: str  # the token as written in the scrubbed note
    start: int  # its offset in the scrubbed note
    why: str  # a short reason, in the session's language


WHY_UNKNOWN = N_("capitalised word that is no Dutch word")
WHY_AFTER_ROLE = N_("word after a role or family word: a name?")
WHY_AFTER_NAME = N_("capitalised word after a name: part of it?")
WHY_NUMBER = N_("number or code")
WHY_HANDLE = N_("user name?")
WHY_INITIALS = N_("initials?")
WHY_ACRONYM = N_("abbreviation: initials or an organisation?")
WHY_CAPITAL = N_("capital letter inside a sentence: a name?")
WHY_AGE = N_("an age?")
WHY_PLACE = N_("a place in lower case?")
WHY_LOWER_NAME = N_("a first name in lower case?")

# What pseudonymisation put in: "[PERSOON-1]", "[DATUM-2]".
_TAG = re.compile(r"\[[A-ZÀ-Þ_]+(?:-\d+)?\]")
# A token: letters and digits, possibly joined by . _ / - @ ("jesse.vdv_04", "3-KLR-48").
_TOKEN = re.compile(r"[^\W_][\w'’]*(?:[._/@-]+[^\W_][\w'’]*)*\.?")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_AGE_PLACE = re.compile(
    r"(?i)(?:\(\s*|\b(?:man|vrouw|jongen|meisje|zoon|dochter|pt|cl|cliënt|client|patiënt|patient|mw|mevr|"
    r"dhr|meneer|mevrouw|moeder|vader|broer|zus|opa|oma|van|is|was|wordt|werd|ca|ongeveer|circa|±)\.?,?\s+|"
    r"\]\s*,?\s*)$"
)
_AGE_END = re.compile(r"\s*(?:[,;)]|jr\b|jaar\b(?!\s+(?:geleden|lang|bij|in))|$|\.(?!\d))")
_NUMBER_WORD = re.compile(
    r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)(?:er|ers|plusser|jarige?)?|"
    r"(?:dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)(?:jarige?)?"
)
# "Mevlana-moskee", "Dalton-school": a name with the kind of place behind it.
_NAMED_HEADS = frozenset(
    "moskee kerk school college lyceum kliniek ziekenhuis huis centrum stichting vereniging club wijk buurt".split()
)
_NUMBER_WORD_ENDINGS = ("ig", "ien", "iger", "igers", "jarig", "jarige", "plusser")
_UNIT_AFTER = re.compile(
    r"(?i)\s+(?:minuten|min|uur|dagen|weken|maanden|keer|euro|procent|mensen|cliënten|deelnemers|kilo|km|"
    r"jaar\s+(?:geleden|lang|bij|in|op)|jaren)\b"
)
_ABBREVIATIONS = frozenset("ca ong plm evt bijv resp mbv ivm oa tzt zsm nvt wsl mn vnl".split())
# Around a number that counts, measures or scores something: "20 minuten", "HoNOS 18", "week 12".
_COUNTED = re.compile(
    r"(?i)\s*(?:[%x×:.,/-]\d|%|x\b|×|euro|€|eur\b|min|minuten|uur|u\b|dag|dagen|week|weken|wk|maand|maanden|mnd|"
    r"jaar\s+(?:geleden|lang|later|terug)|jaren|keer|mg|ml|kg|kilo|km|cm|procent|punten|pnt|mensen|personen|"
    r"deelnemers|cliënten|clienten|patiënten|kinderen|notities|stickers|sessies|gesprekken|afspraken|"
    r"bedden|plekken|plaatsen|nachten|uren|stuks|[a-zà-ÿ]+en\b)"
)
_NOT_AN_AGE_AROUND = re.compile(
    r"(?i)(?:€|eur|euro|score|honos|gaf|phq|bdi|week|wk|groep|klas|stap|fase|nr|nummer|no|kamer|bus|lijn|"
    r"route|hoofdstuk|pagina|blz|artikel|art|versie|niveau|cijfer|om|tot|tussen|van|en|-|/|:|\d)\.?\s*$"
)
_WHERE_BEFORE = re.compile(r"(?i)\b(?:in|uit|naar|bij|via|vanuit|nabij|richting|woont|werkt)\s+$")
_TOWN_BEFORE = re.compile(r"(?i)\b(?:in|uit|naar|vanuit|nabij|woont|wonen)\s+$")
_CAPITAL_NEXT = re.compile(r" (?:[A-ZÀ-Þ][a-zà-ÿ]|[A-Z]{2,})")
# Compounds that end like a place or an organisation's name: "Plofland", "Zonnehof", "Vogelwijk".
_PLACE_TAIL = re.compile(
    r"(?:wijk|buurt|dorp|veld|land|hof|oord|stad|berg|burg|dam|dijk|haven|hoek|hoven|kamp|meer|park|"
    r"polder|weide|zicht|rode|lo|huizen|horst|heim|kerk|ven|donk|sloot|straat|weg|laan|plein|gaarde)$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[-–•*>]\s*|\(\s*|[\"'‘“]\s*)$")
_PERSON_TAG_BEFORE = re.compile(r"\[(?:PERSOON|PATIENT)-\d+\] ?$")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\.?\s*[:,(]?\s*$")

# Tokens with digits that identify no one: counts, scores, units, ordinals, years, times.
_HARMLESS_NUMBER = re.compile(
    r"(?ix)^(?:"
    r"\d{1,4}"  # a count, an amount, a year
    r"|\d{1,3}(?:[.,]\d{1,3})?(?:x|e|de|ste|ste|jr|j|u|uur|min|mg|ml|kg|km|cm|mmol|procent|%|mnd|wk|dgn|d|h|pp)"
    r"|\d{1,2}[/-]\d{1,3}"  # "1/3", "4/10", "24/7", "3-5"
    r"|\d{1,2}[.:]\d{2}"  # a time: "9.30", "20:00"
    r"|(?:19|20)\d{2}[/-](?:19|20)?\d{2}"  # "2023-2024", "2023/24"
    r"|(?:week|wk|stap|fase|groep|klas|covid|ronde|niveau|sessie|blok|module|p|v|q|h|nr|dag|ggz)-?\d{1,2}"
    r")\.?$"
)

@lru_cache(maxsize=64)
def _phrases(protected: frozenset[str]) -> ProtectedPhrases:
    return ProtectedPhrases(protected)


def _masked(text: str) -> str:
    """``text`` with every tag blanked out (same length), so no token is read inside one."""
    return _TAG.sub(lambda m: " " * len(m.group()), text)


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text, max(0, start - 4), start) is not None


class _Reader:
    """One note's suspects; ``lexicon`` says which words are ordinary Dutch."""

    def __init__(
        self, text: str, lexicon: Lexicon, first_names: Collection[str], surnames: Collection[str] = ()
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        self.first_names = first_names
        self.surnames = surnames
        words = _WORDS.findall(text)
        # "Goede Afspraken Met De Apotheek": a capital says nothing in a note written like a title.
        self.title_case = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)

    def _known_caps(self, word: str) -> bool:
        return word in self.lexicon.words or word.lower() in NOT_INITIALS or word.lower() in NOT_NAMES

    def _digits(self, token: str, start: int) -> str | None:
        if not _HARMLESS_NUMBER.match(token):
            return WHY_NUMBER
        # "(41)", "vrouw 45,", "[PERSOON-1] 38": a plain number beside a person reads as an age.
        end = start + len(token)
        if not token.isdigit() or not 12 < int(token) < 100:
            return None
        if _AGE_PLACE.search(self.text, max(0, start - 30), start) and _AGE_END.match(self.text, end):
            return None if is_duration(self.text, start, end) else WHY_AGE
        # Any other number of two digits that counts nothing may be an age as well: "Piet, 67".
        if _NOT_AN_AGE_AROUND.search(self.text, max(0, start - 20), start) or _COUNTED.match(self.text, end):
            return None
        return None if is_duration(self.text, start, end) else WHY_AGE

    def _letters(self, token: str, start: int) -> str | None:
        word = token.rstrip(".")
        low = word.lower()
        # Most tokens are ordinary words in lower case: nothing to ask them (fast path).
        if word.islower() and len(word) > 3 and word.isalpha() and low not in self.first_names:
            if low in self.lexicon.words and not low.endswith(_NUMBER_WORD_ENDINGS):
                return None
        before = _word_before(self.text, start)
        after_role = before in ROLE_WORDS or before in PERSON_CONTEXT
        if re.search(r"[a-zA-Z][._][a-zA-Z]", word) and "@" not in word:
            letters = re.sub(r"[._]", "", low)
            if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]\.?", token) and len(letters) <= 4:
                if letters in NOT_INITIALS or not after_role and word.islower():
                    return None  # "i.v.m.", "o.a."
                return WHY_INITIALS
            return WHY_HANDLE if "_" in word or max(map(len, re.split(r"[._]", word))) > 3 else None
        if len(word) == 1:
            return WHY_INITIALS if after_role and word.isalpha() and low not in ("m", "v") else None
        if word.isupper():
            if len(word) <= 5 and not self._known_caps(word) and low not in self.lexicon.words:
                return WHY_INITIALS if after_role else WHY_ACRONYM
            return None
        if word[:1].isupper():
            return self._capitalised(word, start, after_role)
        if _NUMBER_WORD.fullmatch(low) and not _UNIT_AFTER.match(self.text, start + len(token)):
            return WHY_AGE  # "vierenvijftig", "rond de zestig"
        ordinary = low in self.lexicon.words or self.lexicon.common(low) or low in NOT_A_NAME_AFTER_ROLE
        if not ordinary and _TOWN_BEFORE.search(self.text, max(0, start - 12), start):
            if self.lexicon.place(word.capitalize()):
                return WHY_PLACE  # "woont in tilburg"
        if after_role and before not in NOT_A_NAME_AFTER_ROLE:
            if low in self.first_names and low not in ROLE_WORDS and not self.lexicon.common(low):
                return WHY_AFTER_ROLE
            if len(low) <= 3 and not ordinary and low not in _ABBREVIATIONS:
                if before in PERSON_CONTEXT and low not in NOT_INITIALS:
                    return WHY_INITIALS  # "dhr jb", "casus mk"
        # A first name written in lower case anywhere: "gesprek met jeroen".
        if len(low) > 3 and low in self.first_names and low not in self.lexicon.words and not self.lexicon.common(low):
            return WHY_LOWER_NAME
        return None

    def _capitalised(self, word: str, start: int, after_role: bool) -> str | None:
        low = word.lower()
        if low in ROLE_WORDS or low in NOT_NAMES or low in MONTHS_AND_DAYS or low in COUNTRIES:
            return None
        if after_role and low not in NOT_A_NAME_AFTER_ROLE and not _sentence_start(self.text, start):
            return WHY_AFTER_ROLE  # "tante Lelie": a name that is also a word
        if _PERSON_TAG_BEFORE.search(self.text, max(0, start - 16), start):
            return WHY_AFTER_NAME
        opening = _sentence_start(self.text, start)
        # Mid-sentence a capital makes a compound of words a name too: "bij Plofland", "in Kanaleneiland".
        if not self.lexicon.is_name_like(word, compounds=opening):
            # ... and an ordinary word with a capital inside a sentence that is also a name or a
            # town ("met Roos", "bij Visser", "in Best"), unless the note capitalises everything.
            namesake = low in self.first_names or low in self.surnames or self.lexicon.place(word)
            two = _CAPITAL_NEXT.match(self.text, start + len(word)) is not None  # "via Kredietbank Limburg"
            # "bij Portaal", "in Lent", "uit Best": a capital right after where-words names a place
            where = _WHERE_BEFORE.search(self.text, max(0, start - 12), start) is not None
            return WHY_CAPITAL if (namesake or two or where) and not opening and not self.title_case else None
        if not opening and not self.lexicon.is_name_like(word) and not _PLACE_TAIL.search(low):
            return None  # "Signaleringsplan": a compound of words that ends like no place
        tail = low.rsplit("-", 1)[-1]
        if "-" in low and self.lexicon.is_ordinary(tail) and tail not in _NAMED_HEADS:
            return None  # "Wajong-uitkering", "HIC-opnames": a common noun with a name in front
        if opening and not (low in self.first_names or low in self.surnames or self.lexicon.place(word)):
            # every sentence starts with a capital, and verb forms are in no word list; but a
            # capital followed by another one is a name of two words: "Kredietbank Limburg"
            return WHY_UNKNOWN if _CAPITAL_NEXT.match(self.text, start + len(word)) else None
        return WHY_UNKNOWN

    def find(self, protected: ProtectedPhrases) -> list[Suspect]:
        masked = _masked(self.text)
        shielded = protected.spans(self.text)
        out: list[Suspect] = []
        for m in _TOKEN.finditer(masked):
            s, e = m.span()
            if any(a < e and s < b for a, b in shielded):
                continue
            token = m.group()
            check: Callable[[str, int], str | None] = self._digits if any(c.isdigit() for c in token) else self._letters
            why = check(token, s)
            if why:
                text = token if why == WHY_INITIALS else token.rstrip(".")
                out.append(Suspect(text, s, _(why)))
        return out


def find_suspects(text: str, *, protected: Collection[str] = (), lexicon: Lexicon | None = None) -> list[Suspect]:
    """Tokens left in the scrubbed note ``text`` that look like an identifier, with why.

    ``protected`` are the words that stay by design (the template's party words and aliases,
    the team's privacy list); ``lexicon`` defaults to the shared one (:mod:`.lexicon`).
    """
    if not text or not text.strip():
        return []
    from .lexicon import first_names, shared_lexicon, surnames

    reader = _Reader(text, lexicon or shared_lexicon(), first_names(), surnames())
    return reader.find(_phrases(frozenset(protected)))
