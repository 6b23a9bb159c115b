"""Names no list knows where the sentence puts a person (issue #22's ninth session). Written from a
generated probe (benchmarks/deid_person_probe.py) and made-up examples, never from a test set's
notes. Pure; examples are made up.

A sentence has places that only a person fills:

- who said it, after what was said ("Het lukt niet meer, zegt darvelin.", '"Ik blijf thuis,"
  vertelde gorvanne');
- at whose home ("slaapt bij korvina thuis");
- the other one of "hij en ..." before a verb in the plural ("hij en tjalmo gingen vissen");
- whom one phoned or met, before the participle ("met wendrik gebeld", "met ilvardo naar de markt");
- the subject after an inverted verb of coming, calling or saying that follows a word of time
  ("gisteren kwam ilvardo langs", "vanochtend belde lou-lou");
- the subject opening a line or a sentence before a finite verb ("xaliimo zat somber op de bank");
- a word between commas right after a person, family or role word ("haar zus, mathuja, komt";
  not an item of a list: "familie (pakde, bude, mbah)");
- a surname in lower case that is also a word, between a role, family word or title and a finite
  verb ("wijkagent schaap belde", "buurvrouw kuiper woont"; not "dat vader werk heeft");
- who came or phoned in a sentence that opens with the verb ("Kwam gisteren dermot binnen");
- an Arabic or Amazigh surname with its particle in lower case after a person or a title ("Arwa
  al-Sanabani", "Mw. el-Khatib");
- a nickname with a capital in quotes in brackets right after a person found ("Mw. Tjoelker
  ('Tjoek')", "[name] ('Peppino')"; lower case: :mod:`.appositions`);
- whom a micro-action is about, opening the action before its verb ("Micro-actie: Tjalmo bellen",
  "Actie: Gorvanne uitnodigen voor het MDO"): capitalised only (in lower case care jargon opens one:
  "follow-up bellen", "pendeta uitnodigen"), and no compound of two words ("Baxterrol afspreken");
- a word in lower case right after a family, role or person word ("zei zus tesmara dat", "buurvrouw
  selvie lukt", "moeder (olven) zegt", "huurder ysolde van nr. 21"), unless it is a verb or an
  adjective in a form the word list lacks ("cliënt ondertekend", "cl. rustiger", "pt dissocieert") or a
  term quoted or explained ("'mbah putri'", "mama grandi = oma");
- a word opening a sentence before any finite verb the word list makes ("Kestrel informeert de
  huisarts"; not "Tatenda betekent ..."), before "uit" and a place ("Daluna uit Zwolle vroeg"), or
  before a possessive and a family word ("Tesmara z'n broer komt").

A word in such a place is a name when no word list knows it (no Dutch or English word, compound,
inflection, medicine, abbreviation or country: :func:`.slot_frames._no_word`) or when it is a first
name of the lists that is no Dutch word ("zegt ilse"); pronouns, quantifiers, roles and family
words ("zegt iedereen", "bij ons thuis", "hij en zijn broer", "gisteren kwam de buurvrouw") never.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .capitals import verb_form
from .english_vocabulary import is_english_word
from .found import Found
from .lexicon import first_names, surnames
from .lower_names import is_adjective
from .names import FINITE_VERBS
from .roles import ONE_WORD_ROLES
from .slot_frames import NOBODY as _NOBODY
from .slot_frames import after_triggers as _after_triggers
from .slot_frames import no_word as _no_word
from .slot_frames import person_word as _person_word
from .slot_frames import shorthand as _shorthand
from .slot_frames import verb_form_of as _infinitive
from .word_forms import made_word
from .word_names import subordinate, verb_follows
from .words import MONTHS_AND_DAYS, NOT_NAMES, PERSON_CONTEXT, ROLE_WORDS, Lexicon, is_feast

Span = tuple[int, int]

_WORD = r"([^\W\d_][^\W\d_'’]{1,}(?:-[^\W\d_]{2,})?)(?![\w'’-])"
# Each frame: the words that open it, what must stand before them, and what follows them (matched
# right after each of those words: far cheaper than a pattern scanned over every note).
_SAYS = frozenset(
    """zegt zei vindt vond vraagt vroeg aldus vertelt vertelde schrijft schreef meldt meldde antwoordt
    antwoordde roept riep appt appte reageert reageerde""".split()
)
# Who said it: after a comma or a closing quote, the verb, then one word and the clause's end.
_SPEAKER = re.compile(
    r"[ \t]+" + _WORD + r"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:dat|nog|ook|zelf|later|toen|vandaag|gisteren|tegen)\b)"
)
_AFTER_QUOTE = re.compile(r"(?:[,:][\"'”’]?|[\"”])[ \t]*$")
_AT_HOME = re.compile(r"[ \t]+" + _WORD + r"[ \t]+thuis\b")
_PLURAL_VERB = r"(?:gaan|gingen|zijn|waren|hebben|hadden|komen|kwamen|wonen|woonden|willen|wilden|[a-zà-ÿ]{3,}en)"
_AND_ONE = re.compile(r"[ \t]+en[ \t]+" + _WORD + rf"(?=[ \t]+{_PLURAL_VERB}\b)")
_WITH_THEN = re.compile(
    r"[ \t]+" + _WORD + r"(?=[ \t]+(?:gebeld|gesproken|geappt|gemaild|afgesproken|gewandeld|geluncht|"
    r"gegeten|geweest|naar|boodschappen|koffie)\b)"
)
_TIME = frozenset(
    """gisteren vandaag morgen vanochtend vanmorgen vanmiddag vanavond vannacht daarna toen later eerder
    zojuist straks overdag gisteravond gistermiddag zaterdag zondag maandag dinsdag woensdag donderdag
    vrijdag""".split()
)
_INVERTED = re.compile(
    r"[ \t]+(?:belt|belde|kwam|komt|zegt|zei|appte|appt|mailde|vertelde|vroeg|ging|gaat|stond|zat|was|is)[ \t]+" + _WORD
)
_PUNCTUATION = str.maketrans(",:.();?!\"'", "          ")
# A sentence opening with the verb, then perhaps a word of time, then who: "Kwam gisteren dermot
# binnen", "Belde vanochtend tesfaye" (telegram style puts the verb first).
_VERB_FIRST = frozenset("kwam komt belde belt zei vertelde appte mailde ging stond liep zat sprak".split())
_AFTER_VERB_FIRST = re.compile(
    r"[ \t]+(?:(?i:" + "|".join(sorted(_TIME, key=lambda w: (-len(w), w))) + r")[ \t]+)?" + _WORD
)
_OPENS = re.compile(r"(?:^|[.!?\n])[ \t]*$")
_FRAMES = (  # (opening words, what stands before them or None, what follows)
    (_SAYS, _AFTER_QUOTE, _SPEAKER),
    (frozenset(("bij",)), None, _AT_HOME),
    (frozenset("hij zij ze ik wij we".split()), None, _AND_ONE),
    (frozenset(("met",)), None, _WITH_THEN),
    (_TIME, _OPENS, _INVERTED),
    (_VERB_FIRST, _OPENS, _AFTER_VERB_FIRST),
)
# An Arabic or Amazigh surname with its particle in lower case, right after a person or a title:
# "Arwa al-Sanabani", "Mw. el-Khatib", "dhr. abu-Zeid".
_PARTICLE_SURNAME = re.compile(
    r"[ \t]+((?:al|el|ul|bin|ibn|abu|abd|bint|ould|ait)-[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)(?![\w-])"
)
_TITLES_HERE = re.compile(r"(?i:\b(?:mw|mevr|mevrouw|dhr|meneer|fam|familie)\b)\.?")
# A word opening a line or a sentence before a finite verb: "xaliimo zat somber", "Tesfalem heeft".
_SUBJECT_TAIL = r"([^\W\d_][^\W\d_'’]{3,}(?:-[^\W\d_]{2,})?)[ \t]+(?:" + FINITE_VERBS + r")\b"
_SUBJECTS = (  # (two patterns: one with an alternation at its start costs more than both together)
    re.compile(r"(?m)^[ \t]*" + _SUBJECT_TAIL),
    re.compile(r"[.!?][ \t]+" + _SUBJECT_TAIL),
)
# The same openings before any finite verb the word list makes ("Kestrel informeert de huisarts",
# "Selvie accepteert"), tried only where no listed verb follows;
_OPENER = r"([A-ZÀ-Þ][^\W\d_'’]{3,}(?:-[^\W\d_]{2,})?)(?=[ \t]+[a-zà-ÿ])"  # (lower case: subject_slots.py)
_OPENERS = (re.compile(r"(?m)^[ \t]*" + _OPENER), re.compile(r"[.!?][ \t]+" + _OPENER))
# or before "uit" and a place with its capital: "Daluna uit Zwolle vroeg ...", or before a possessive
# and a family or role word: "Tesmara z'n broer komt", "Ilvanne haar vriend stuurt".
_FROM_PLACE = re.compile(r"[ \t]+uit[ \t]+[A-ZÀ-Þ]")
# (not a word explained: "Tatenda betekent dank je")
_MEANS = re.compile(r"[ \t]+(?:betekent|betekende|heet|heette|wil zeggen)\b")
_POSSESSIVE = re.compile(r"[ \t]+(?:z'n|z’n|zijn|haar|d'r|d’r)[ \t]+([a-zà-ÿ]{3,})(?![\w-])")
# A word between commas after a person, family or role word a few words before: "haar zus, mathuja, komt".
_BETWEEN_COMMAS = re.compile(r",[ \t]+([^\W\d_][^\W\d_'’]{2,20}(?:-[^\W\d_]{2,})?)[ \t]*,")
_TOKEN = re.compile(r"[^\W\d_]+")
# A nickname with a capital in quotes in brackets right after a person: " ('Tjoek')".
_CAPITAL_NICKNAME = re.compile(
    r"[ \t]*\([ \t]*['\"‘“]([A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]{1,20})?)['\"’”][ \t]*\)"
)
# The word opening a micro-action, then its infinitive: "Micro-actie: Tjalmo bellen".
_ACTION_OBJECT = re.compile(r"[ \t]*:[ \t]*" + _WORD + r"[ \t]+([a-zà-ÿ]{3,}en)(?![\w-])")
_ACTION_TRIGGERS = frozenset(("micro-actie", "microactie", "actie"))
_ANSWERS = frozenset("nee ja jawel help sorry hoi doei dag oké ok okay stop klaar nooit altijd".split())


def _a_name(word: str, lexicon: Lexicon) -> bool:
    """``word`` in a person's place is a name: no list knows it, or a listed first name no word."""
    low = word.lower()
    if len(low) < 3 or low in _NOBODY or _person_word(low) or low in MONTHS_AND_DAYS or low.endswith(("'s", "’s")):
        return False
    if is_feast(low):
        return False  # "Lebaran is voor hem ...": a feast
    if low in first_names() and not lexicon.is_word(low) and not lexicon.common(low) and not is_english_word(low):
        return True  # "zegt ilse"
    return len(low) >= 4 and _no_word(low, lexicon) and not _shorthand(low, lexicon) and not is_english_word(low)


# A role, family word or title, then a surname in lower case that is also a word, then a finite
# verb: "wijkagent schaap belde", "buurvrouw kuiper woont" (a bare noun cannot be the subject there).
_LOWER_AFTER_KIN = re.compile(r"\.?[ \t]+([a-zà-ÿ]{3,})(?![\w@/'’-])")
_KIN_TRIGGERS = ROLE_WORDS | PERSON_CONTEXT
# A family, role or person word right before a word in lower case, perhaps alone in brackets: "zus tesmara",
# "buurvrouw selvie lukt", "moeder (olven) zegt", "cl. tesmara".
_LOWER_AFTER_WHOM = re.compile(r"\.?[ \t]+(?:\([ \t]*)?([a-zà-ÿ]{4,}(?:-[a-zà-ÿ]{2,})?)(?![\w@/'’-])")
# A term explained or quoted, not a person: "'mbah putri'", "mama grandi = oma".
_QUOTE_BEFORE = re.compile(r"['\"‘“][ \t]*$")
_EXPLAINED = re.compile(r"[ \t]*(?:=|:=)")
_VERB_PREFIXES = ("onder", "over", "door", "ver", "ont", "her", "mis", "be", "er", "ge")


# Persons named by where they live or take part, before their name: "bewoner tavrello", "huurder ...".
_RESIDENTS = frozenset(
    "bewoner bewoonster medebewoner deelnemer deelneemster huurder huurster cursist cursiste melder klant".split()
)

# The words that name whom a name follows: family, role and person words, and one-word job titles.
_AFTER_WHOM = _KIN_TRIGGERS | _RESIDENTS | ONE_WORD_ROLES


def _inflected(low: str, lexicon: Lexicon) -> bool:
    """A verb or an adjective the word list holds only in another form: "dissocieert", "ondertekend",
    "rustiger", "belangrijker", "vóór" (with its accents)."""
    if low.endswith(("eert", "eerde", "eerden", "eerd")):
        return True
    if low.endswith("er") and (lexicon.is_word(low[:-2]) or lexicon.is_word(low[:-3])):
        return True
    if low.endswith(("d", "t")) and any(
        low.startswith(p) and lexicon.is_verb_stem(low[len(p) : -1]) for p in _VERB_PREFIXES if len(low) > len(p) + 3
    ):
        return True
    plain = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    return plain != low and (lexicon.is_word(plain) or is_english_word(plain))


def _unknown_after_kin(text: str, low_text: str, words: frozenset[str], lexicon: Lexicon) -> list[Span]:
    """A word no list knows, in lower case, right after a family, role or person word: a name ("vriendin
    selvie", "zei zus tesmara dat", "broer (kavuna) is"); a first name that is no word is read in
    :mod:`.names`, one that is a word in :mod:`.word_names`. Not in a term quoted or explained."""
    found = []
    here = _AFTER_WHOM & words
    for m in _after_triggers(text, low_text, here, _LOWER_AFTER_WHOM) if here else ():
        low = m.group(1)
        if low in lexicon.words or _EXPLAINED.match(text, m.end(1)):
            continue
        kin_at = m.start() - 1
        while kin_at >= 0 and text[kin_at].isalpha():
            kin_at -= 1  # (back over the family word to what stands before it)
        if not _QUOTE_BEFORE.search(text, max(0, kin_at - 2), kin_at + 1) and _unknown(low, lexicon):
            found.append(m.span(1))
    return found


def _unknown(low: str, lexicon: Lexicon) -> bool:
    """``low`` is no word, name of the lists, role, verb or adjective in any form: a name."""
    if low in first_names() or low in NOT_NAMES or low in MONTHS_AND_DAYS or _person_word(low):
        return False
    if not _no_word(low, lexicon) or _shorthand(low, lexicon) or is_english_word(low) or _inflected(low, lexicon):
        return False
    return not made_word(low, lexicon) and not _short_tail_compound(low, lexicon)


def _surnames_after_kin(text: str, low_text: str, kin_here: frozenset[str], lexicon: Lexicon) -> list[Span]:
    found = []
    for m in _after_triggers(text, low_text, kin_here, _LOWER_AFTER_KIN):
        low = m.group(1)
        if low not in surnames() or not lexicon.is_word(low) or low in first_names() or low in NOT_NAMES:
            continue  # (a first name that is a word: word_names.py; a surname no word: lower_names.py)
        if low in _NOBODY or _person_word(low) or low in MONTHS_AND_DAYS:
            continue
        if is_adjective(low, lexicon) or verb_form(low, lexicon):
            continue  # "moeder blij ...", "zus sloot ..."
        if verb_follows(text, m.end(1), lexicon) and not subordinate(text, m.start()):
            found.append(m.span(1))
    return found


def _subjects(text: str, lexicon: Lexicon) -> list[Span]:
    """A word opening a line or a sentence before a finite verb (or "uit" and a place), when it is a name."""
    spans = []
    for m in (m for pattern in _SUBJECTS for m in pattern.finditer(text)):
        if _a_name(m.group(1), lexicon) and not made_word(m.group(1), lexicon):
            spans.append(m.span(1))  # (not a word made on the spot: "Zorgmijding is ...")
    for m in (m for pattern in _OPENERS for m in pattern.finditer(text)):
        if m.group(1).lower() in lexicon.words or m.span(1) in spans or _MEANS.match(text, m.end(1)):
            continue
        if not (verb_follows(text, m.end(1), lexicon) or _FROM_PLACE.match(text, m.end(1))):
            owner = _POSSESSIVE.match(text, m.end(1))
            if owner is None or not _person_word(owner.group(1)):
                continue
        if _a_name(m.group(1), lexicon) and not made_word(m.group(1), lexicon):
            spans.append(m.span(1))  # "Kestrel informeert ...", "Daluna uit Zwolle ..."
    return spans


def _action_objects(text: str, low_text: str, present: frozenset[str], lexicon: Lexicon) -> list[Span]:
    """Whom a micro-action is about, opening it before its infinitive: "Micro-actie: Tjalmo bellen"."""
    found = []
    for m in _after_triggers(text, low_text, present, _ACTION_OBJECT):
        word = m.group(1)
        if not word.istitle() or "-" in word or not _infinitive(m.group(2), lexicon):
            continue  # (in lower case a micro-action opens with care jargon: "follow-up bellen", "pendeta uitnodigen")
        if _a_name(word, lexicon) and not made_word(word, lexicon) and not _short_tail_compound(word.lower(), lexicon):
            found.append(m.span(1))
    return found


def _short_tail_compound(low: str, lexicon: Lexicon) -> bool:
    """``low`` is a word and a short word after it, which the compound check of the word list skips
    (its parts have four letters or more): "baxterrol" (baxter + rol)."""
    return any(lexicon.is_word(low[:i]) and lexicon.is_word(low[i:]) for i in range(4, len(low) - 2))


def person_slots(text: str, lexicon: Lexicon, persons: Sequence[Span], covered: Sequence[Span] = ()) -> list[Found]:
    """Names in a person's place (see the module's docstring), outside ``covered``: replaced."""
    if not lexicon.words:
        return []
    low_text = text.lower()
    words = frozenset(low_text.translate(_PUNCTUATION).split())  # (one pass: which frames can be here)
    spans: list[Span] = []
    for triggers, before, tail in _FRAMES:
        present = triggers & words
        if not present:
            continue
        for m in _after_triggers(text, low_text, present, tail):
            if before is not None:
                at = m.start() - 1
                while at >= 0 and text[at].isalpha():
                    at -= 1  # (back over the opening word to what stands before it)
                if not before.search(text, max(0, at - 4), at + 1):
                    continue
            if _a_name(m.group(1), lexicon):
                spans.append(m.span(1))
    spans += _subjects(text, lexicon)
    if text.count(",") >= 2:
        for m in _BETWEEN_COMMAS.finditer(text):
            before = _TOKEN.findall(text, max(0, m.start() - 24), m.start())[-1:]
            after = _TOKEN.search(text, m.end(), m.end() + 24)
            if after and _person_word(after.group().lower()):
                continue  # "familie (oom, tjoemba, opa)": an item of a list of kin
            if any(_person_word(w.lower()) for w in before) and _a_name(m.group(1), lexicon):
                spans.append(m.span(1))
    if _ACTION_TRIGGERS & words:
        spans += _action_objects(text, low_text, _ACTION_TRIGGERS & words, lexicon)
    kin_here = _KIN_TRIGGERS & words
    if kin_here:
        spans += _surnames_after_kin(text, low_text, kin_here, lexicon)
    spans += _unknown_after_kin(text, low_text, words, lexicon)
    if "-" in text:
        ends = [end for _start, end in persons]
        ends += [m.end() for m in _TITLES_HERE.finditer(text)]
        for end in ends:
            m = _PARTICLE_SURNAME.match(text, end)
            if m:  # (and the name alone, where another rule took the particle as a first name: "abu")
                spans += [m.span(1), (m.start(1) + m.group(1).index("-") + 1, m.end(1))]
    if "(" in text:
        for _start, end in persons:
            m = _CAPITAL_NICKNAME.match(text, end)
            if m and not any(w.lower() in _ANSWERS for w in m.group(1).split()):
                spans.append(m.span(1))
    out: list[Found] = []
    taken = list(covered)
    for s, e in sorted(spans):
        if not any(a < e and s < b for a, b in taken):
            out.append(Found(s, e, "persoon"))
            taken.append((s, e))
    return out
