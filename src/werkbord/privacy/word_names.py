"""First names that are ordinary words or verbs, after a family, role or title word.

"zus wil niet" is a sister who does not want to; "zus wil belt" is a sister called Wil who
calls. deduce and the rules before this one leave a first name that is also a word or a verb
("wil", "ben", "lot", "anker", "storm") after a family or role word alone, because the word
reading is the common one. Here the grammar of what follows decides, not a list of the notes'
names:

- a finite verb right after the word, perhaps after one small word ("broer ben woont", "chef wil
  belt", "buurman wil hem bedreigt", "dochter anker woont"): a modal or "ben" cannot be followed
  by a finite verb, and a bare noun cannot be the subject (not in a clause after "dat", "omdat",
  "als", ..., where "dat vader werk heeft" is a noun and a verb);
- an age right after it ("zoon wil, 16,", "nicht ben (19)");
- any word in lower case between a family or friend's word and an age alone in brackets
  ("kleinzoon sok (6)", "buurman kiezel (zeventig plus)"): the bracket says how old the one just
  named is (:func:`words_before_kin_ages`; the review step only showed these before);
- "ben" (a first person's verb) where a name's place follows ("consulent ben van de ...", "oom
  ben."), unless "ik" or another subject follows ("als zus ben ik ...").

A first name that is a word opening a sentence before a verb of calling or saying in the singular is
a name too ("Hoop belde om negen uur", "storm zegt dat ...": a bare noun does not phone or speak),
unless a subject follows the verb ("Dan belt hij", "Toen zei moeder": the word is an adverb).

:func:`word_name_suspect` gives the review step the looser frame: a first name or a surname that
is also a word after a family or role word where a name's place follows ("broer zon;",
"huisarts brouwer kwam", "sociotherapeut job."): shown, never replaced.

Pure: the lexicon is handed in; the first names and surnames are deduce's lists.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from .family import RELATIVES_AND_FRIENDS
from .lower_names import NOT_AFTER_PARTICLES, first_names_all, is_adjective, refused_as_name
from .names import FINITE_VERBS
from .roles import is_role_word
from .rules import Found
from .words import MONTHS_AND_DAYS, NOT_A_NAME_AFTER_ROLE, NOT_NAMES, PERSON_CONTEXT, ROLE_WORDS, Lexicon

Span = tuple[int, int]

# Verb forms that are also first names; elsewhere after a role word they are read as the verb.
VERB_NAMES = frozenset({"wil", "ben"})
# A first person's verb: after a third person's noun it cannot be the verb ("broer ben ...").
_FIRST_PERSON = frozenset({"ben"})
_TITLES = frozenset("mw mevr mevrouw dhr meneer heer hr dr dokter drs mr prof fam familie".split())
_ROLE_TAILS = tuple(
    """coach begeleider verpleegkundige therapeut genoot maatje werker arts kundige vrijwilliger bewoner docent
    mentor trainer buurman buurvrouw vriend vriendin zuster broeder chef""".split()
)
# Words that are first names too, but never one after a role word here: numbers, seasons of a
# plan, function words.
_NEVER = frozenset(
    """aan al alle allen dan de door elke men mee onder van zus jouw nadien nader klaar per tien
    man kerst master bouwen min lam""".split()
)
# A word in lower case, and the role word or title (with its dot) right before it.
_LOWER_WORD = re.compile(r"(?<![\w.@/'’-])[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?(?![\w@/'’-])")
_WORD_BEFORE = re.compile(r"(?<![\w.@/-])([A-Za-zà-ÿ'’-]{2,})\.?[ \t]+$")
_FINITE = frozenset(FINITE_VERBS.split("|"))
# Words that stand between a family word and its verb in shorthand ("moeder vandaag belt"): no name.
_NOT_A_SUBJECT = frozenset(
    """vandaag gisteren morgen vanavond vanmiddag vanochtend vannacht straks later eerst nu ook toen daarna
    weer inmiddels zelf ook nog niet wel al graag vaak soms nooit altijd steeds echt even samen alleen thuis
    meestal ineens opeens plots direct meteen daarom dus toch juist zeker misschien wellicht alles iedereen
    niemand iemand niets iets binnen buiten zonder punt komma anoniem hem haar hen hun zijn mijn ons jou je ze
    zij hij""".split()
)
_GE_PARTICIPLE = re.compile(
    r"(?:op|af|aan|in|uit|mee|terug|toe|na|over|door|weg|bij|vast|los|samen|voor|om|thuis|tegen)?ge[a-zà-ÿ]{2,}[dtn]"
)
_SKIP = (_NEVER | NOT_A_NAME_AFTER_ROLE | ROLE_WORDS | PERSON_CONTEXT) - VERB_NAMES
# One small word may stand between the name and its verb: "wil hem bedreigt", "anker nu woont".
_SMALL = r"(?:hem|haar|ons|mij|me|hen|ze|het|er|nu|ook|al|nog|zelf|vaak|altijd|soms|steeds|weer|elke\s+dag)"
_NEXT_WORD = re.compile(rf"[ \t]+(?:{_SMALL}[ \t]+)?([a-zà-ÿ]{{2,}})\b")
_AGE_AFTER = re.compile(
    r"\s*(?:,\s*\d{1,3}\s*(?:jr\.?|jaar)?\s*[,;)]|\(\s*(?:(?:ca|ong|bijna|ruim)\.?\s*)?\d{1,3}\s*(?:jr\.?|jaar)?\s*\))"
)
_PLACE_OF_A_NAME = re.compile(r"\s*(?:[,;:.)!?/]|$|->|→|\s(?:en|uit|van|bij|die|in)\b)")
# A bracket right after a family word and a first name: "zus ben (Lombok)", "buurvrouw lot (zelf ...)".
_BRACKET_AFTER = re.compile(r"[ \t]*\(")
_CLAUSE_ENDS = re.compile(r"[ \t]*[.;,!?](?!\w)")
# A micro-action's first word: "Micro-actie: fleur neemt ...".
_ACTION_OPENS = re.compile(r"(?im)^[ \t]*(?:micro-?actie|actie|wat)[ \t]*:[ \t]*([a-zà-ÿ]{3,})(?![\w'’-])")
SEASONS = frozenset("lente zomer herfst winter kerst pasen".split())
_INFINITIVE_END = re.compile(r"[ \t]+([a-zà-ÿ]{3,}en)(?=[ \t]*(?:[,.;:!?)\n]|$|->|→))")
_SUBJECT_AFTER = re.compile(r"\s+(?:ik|je|jij|we|wij|u|jullie)\b")
# A clause after a subordinating word puts the verb last: "dat vader werk heeft".
_SUBORDINATE_BEFORE = re.compile(
    r"(?i)\b(?:dat|omdat|als|wanneer|toen|of|die|waar|waardoor|zodat|terwijl|nadat|voordat|doordat|hoewel|"
    r"zodra|indien|wat|wie|sinds|tot|totdat|mits|zolang)\b(?:[^.,;:!?\n()]|\.(?=[ \t]+[a-zà-ÿ]))*$"
)


KIN_WORDS = ROLE_WORDS | PERSON_CONTEXT | _TITLES


def is_kin_word(word: str) -> bool:
    """A family word, a role, a title or a job ("kapper", "wijkagent", "ouderling": the job titles of
    ``data/roles.txt``)."""
    low = word.lower().rstrip(".")
    return low in KIN_WORDS or (len(low) > 5 and low.endswith(_ROLE_TAILS)) or (len(low) > 3 and is_role_word(low))


def _finite(word: str, lexicon: Lexicon) -> bool:
    """ "belt", "woont", "bedreigt", "belde": a finite verb (a stem with -t, -de or -te, or a listed
    form); not a participle ("gebeld", "verteld")."""
    if word in _FINITE:
        return True
    if len(word) < 4 or _GE_PARTICIPLE.fullmatch(word):
        return False  # "gebeld", "opgehaald" ("bedreigt", "vertelt" are finite: "bedreigd", "verteld" the participle)
    if word.endswith("t") and lexicon.is_verb_stem(word[:-1].removesuffix("d") if word.endswith("dt") else word[:-1]):
        return True
    return word.endswith(("de", "te")) and len(word) > 5 and lexicon.is_verb_stem(word[:-2])


def word_name_candidate(low: str, lexicon: Lexicon) -> bool:
    """A first name the earlier rules leave after a role word: a verb form or an ordinary word."""
    parts = low.split("-")
    names = first_names_all()
    if not all(p in names for p in parts) or low in _NEVER or low in MONTHS_AND_DAYS or low in NOT_NAMES:
        return False
    if low in ROLE_WORDS or low in PERSON_CONTEXT:
        return False
    if low not in VERB_NAMES and (refused_as_name(low) or low in NOT_A_NAME_AFTER_ROLE):
        return False
    return low in VERB_NAMES or not any(is_adjective(p, lexicon) for p in parts)  # not 'moeder blij'


def _infinitive_ends(text: str, end: int, lexicon: Lexicon) -> bool:
    """An infinitive right after the word ends the clause: a micro-action's "planner roos uitleggen"."""
    m = _INFINITIVE_END.match(text, end)
    return m is not None and _infinitive(m.group(1), lexicon)


def _verb_follows(text: str, end: int, lexicon: Lexicon) -> bool:
    m = _NEXT_WORD.match(text, end)
    return m is not None and _finite(m.group(1), lexicon)


# A whole run of lower-case letters and hyphens, bounded as the words of word_names_after_kin are. The
# words come from _LOWER_WORD ([a-zà-ÿ] and hyphens), so an alternation of them bounded so matches
# exactly the runs that are one of them: a shorter word at a run's start is followed by a letter or a
# hyphen, a word inside a run has one before it. ('÷' lies within à-ÿ but is no letter: a word with
# it is looked for with the alternation itself.)
_LOWER_RUN = re.compile(r"(?<![\w.@/'’-])[a-zà-öø-ÿ-]+(?![\w@/'’-])")


def _listed_words(text: str, words: Collection[str]) -> Iterator[re.Match[str]]:
    r"""Where one of ``words`` (lower case, from :data:`_LOWER_WORD`) stands alone in ``text``, in order:
    what ``(?<![\w.@/'’-])(?:word|word|...)(?![\w@/'’-])`` finds, without a pattern compiled per note."""
    if any("÷" in w for w in words):
        yield from re.finditer(rf"(?<![\w.@/'’-])(?:{'|'.join(map(re.escape, sorted(words)))})(?![\w@/'’-])", text)
        return
    yield from (m for m in _LOWER_RUN.finditer(text) if m.group() in words)


def word_names_after_kin(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """First names that are words or verbs after a family, role or title word, where what follows
    says a person (see the module's docstring)."""
    if not lexicon.words:
        return []
    words = first_names_all().intersection(_LOWER_WORD.findall(text)) - _SKIP  # (most notes hold none)
    words = {w for w in words if word_name_candidate(w, lexicon)}
    if not words:
        return []
    found: list[Found] = []
    for m in _listed_words(text, words):
        low = m.group()
        s, e = m.span()
        before = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if before is None or not is_kin_word(before.group(1)) or any(a < e and s < b for a, b in covered):
            continue
        if _AGE_AFTER.match(text, e):
            found.append(Found(s, e, "persoon"))  # "zoon wil, 16,"
        elif (
            low in _FIRST_PERSON
            and not _SUBJECT_AFTER.match(text, e)
            and (_PLACE_OF_A_NAME.match(text, e) or before.group(1).lower().rstrip(".") in _TITLES)
        ):
            found.append(Found(s, e, "persoon"))  # "consulent ben van ...", "oom ben.", "mw. ben flat 3"
        elif low != "wil" and (
            _BRACKET_AFTER.match(text, e)
            or _infinitive_ends(text, e, lexicon)
            or (before.group(1).lower() in RELATIVES_AND_FRIENDS and _CLAUSE_ENDS.match(text, e))
        ):
            found.append(Found(s, e, "persoon"))  # "buurvrouw lot (zelf ...)", "zuster koen uitnodigen", "oom storm."
        elif _verb_follows(text, e, lexicon):
            if low in VERB_NAMES or not _subordinate(text, before.start()):
                found.append(Found(s, e, "persoon"))  # "chef wil belt", "dochter anker woont"
    return found + _action_openers(text, lexicon, covered)


# A family or friend's word, one word in lower case, then an age alone in brackets: "kleinzoon sok (6)",
# "buurman kiezel (zeventig plus)", "nicht lot (ca. 19)". The bracket says how old the one just named is,
# so the word between is that person's name, whatever else it means: on the development sets every
# such word the rules left was a name (the review step only showed it until then).
# (found by the bracket, which few notes hold, then the two words before it)
_AGE_BRACKET = re.compile(
    r"\([ \t]*(?:(?:ca|ong|ongeveer|bijna|ruim|net|rond)\.?[ \t]+)?"
    r"(?:\d{1,3}|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|een|twee|drie|vier|vijf|zes|zeven|"
    r"acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)"
    r"[ \t]*(?:jr\.?|jaar|plus|\+)?[ \t]*\)"
)
_KIN_THEN_WORD = re.compile(r"(?<![\w.@/'’-])([A-Za-zà-ÿ]{2,})[ \t]+([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?)[ \t]*$")


def words_before_kin_ages(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """A word in lower case between a family or friend's word and an age alone in brackets (see
    :data:`_AGE_BRACKET`): a name, also where it is a word or a month ("zus kiezel (80)", "kleinzoon
    okt (6)"); never a function word, a verb form, an adjective or a role ("zoon ook (12)", "vader
    dement (85)", "broer student (19)")."""
    if "(" not in text or not lexicon.words:
        return []
    found = []
    for bracket in _AGE_BRACKET.finditer(text):
        m = _KIN_THEN_WORD.search(text, max(0, bracket.start() - 60), bracket.start())
        if m is None or m.group(1).lower() not in RELATIVES_AND_FRIENDS:
            continue
        low = m.group(2)
        s, e = m.span(2)
        if (
            low in _SKIP
            or low in _NOT_A_SUBJECT
            or _finite(low, lexicon)
            or lexicon.is_verb_stem(low)
            or _GE_PARTICIPLE.fullmatch(low)
            or is_adjective(low, lexicon)
            or is_role_word(low)
            or any(a < e and s < b for a, b in covered)
        ):
            continue
        found.append(Found(s, e, "persoon"))
    return found


# After a name found: "[name] merel.", "[name] de ben woont", "[name] iris (...)": a surname.
_AFTER_NAME = re.compile(
    r"[ \t]+((?:(?:van|de|der|den|ter|ten)[ \t]+){0,3})([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{3,})?)(?![\w@/'’-])"
)
# A role word, then a first name alone in brackets: "oma (ben) -> B", "leidinggevende (ben) weet".
_ROLE_BRACKETED = re.compile(r"(?<![\w.])([A-Za-zà-ÿ'’-]{2,})\.?[ \t]*\([ \t]*([a-zà-ÿ]{2,})[ \t]*\)")


def word_surnames_after_names(
    text: str, persons: Sequence[Span], lexicon: Lexicon, covered: Sequence[Span] = ()
) -> list[Found]:
    """A first name or a surname that is also a word right after a name found, where a name's place
    follows or a verb does ("[name] merel.", "[name] de ben woont", "[name] iris (…)"); and a first
    name that is a word alone in brackets after a role word ("oma (ben) -> B")."""
    if not lexicon.words:
        return []
    from .lexicon import surnames

    found = []
    for _s, end in persons:
        m = _AFTER_NAME.match(text, end)
        if m is None or any(a < m.end(2) and m.start(2) < b for a, b in covered):
            continue
        low = m.group(2)
        word_name = word_name_candidate(low, lexicon) or (
            low in surnames() and not refused_as_name(low) and low not in _SKIP
        )
        if (
            not word_name
            or low in _NOT_A_SUBJECT
            or _finite(low, lexicon)
            or (low.endswith("en") and lexicon.is_verb_stem(low[:-2]))
        ):
            continue
        e = m.end(2)
        if low in VERB_NAMES and not (_verb_follows(text, e, lexicon) or _AGE_AFTER.match(text, e)):
            continue  # "omdat [name] wil.": the verb
        if _PLACE_OF_A_NAME.match(text, e) or _BRACKET_AFTER.match(text, e) or _verb_follows(text, e, lexicon):
            found.append(Found(m.start(1) if m.group(1) else m.start(2), e, "persoon"))
    for m in _ROLE_BRACKETED.finditer(text) if "(" in text else ():
        low = m.group(2)
        if is_kin_word(m.group(1)) and (low in VERB_NAMES or word_name_candidate(low, lexicon)) and low not in _NEVER:
            if not any(a < m.end(2) and m.start(2) < b for a, b in covered):
                found.append(Found(m.start(2), m.end(2), "persoon"))
    return found


# "mw de graaf in oudewater", "dhr. de boer belde", "mevr. de wit (72)": a title, "de", and a
# surname that is also a word, where a name's place follows ("bij mw. de rol" is her medicine roll).
_TITLE_DE = re.compile(
    r"(?<![\w.])(?i:mw|mevr|mevrouw|dhr|meneer|hr|fam|familie)\.?[ \t]+"
    r"((?:de|den|ter|ten)[ \t]+([a-zà-ÿ]{3,}))(?![\w@/'’-])"
)
_AFTER_TITLED_NAME = re.compile(
    rf"[ \t]*(?:[,;(]|[ \t](?:in|uit|te)[ \t]+(?!de\b|het\b|een\b|'t\b)[a-zà-ÿ]|[ \t](?:{FINITE_VERBS}|gebeld)\b)"
)


# A role word, "van" (and an article), and a listed surname: "dominee van rijn belde", "huisarts
# van der meer,"; not "moeder van de jongen" (no surname), "collega van werk". Found by "van", then
# the role word before it.
_VAN_SURNAME = re.compile(r"(?<![\w.])((?:van|v\.?d\.?)(?:[ \t]+(?:der|den|de|het))?[ \t]+([a-zà-ÿ]{3,}))(?![\w@/'’-])")
# Where someone is from or works, not a surname: "de buurvrouw van boven", "een collega van werk".
_NOT_AFTER_VAN = frozenset(
    """boven beneden hiernaast ernaast tegenover hoek werk school kerk thuis vroeger toen dienst vereniging
    club zaak winkel zolder""".split()
)


def role_van_surnames(text: str, covered: Sequence[Span] = ()) -> list[Found]:
    """A surname with "van" after a role word, where a name's place follows (see :data:`_VAN_SURNAME`)."""
    from .lexicon import surnames

    found = []
    for m in _VAN_SURNAME.finditer(text) if "van " in text or "v.d" in text or "vd " in text else ():
        s, e = m.span(1)
        low = m.group(2)
        if low not in surnames() or low in _SKIP or low in _NOT_AFTER_VAN or low in NOT_AFTER_PARTICLES:
            continue  # "buurvrouw van boven", "collega van werk"
        role = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if role is None or not is_kin_word(role.group(1)) or role.group(1).lower() in _TITLES:
            continue  # (after a title the rules of lower_names read it)
        if _AFTER_TITLED_NAME.match(text, e) and not any(a < e and s < b for a, b in covered):
            found.append(Found(s, e, "persoon"))
    return found


def titled_word_surnames(text: str, covered: Sequence[Span] = ()) -> list[Found]:
    """A surname that is a word after a title and "de" (see :data:`_TITLE_DE`), or after a role word
    and "van" (:func:`role_van_surnames`)."""
    from .lexicon import surnames

    found = []
    low = text.lower()
    titled = "mw" in low or "mevr" in low or "dhr" in low or "meneer" in low or "hr" in low or "fam" in low
    for m in _TITLE_DE.finditer(text) if titled else ():
        s, e = m.span(1)
        if (
            m.group(2) in surnames()
            and _AFTER_TITLED_NAME.match(text, e)
            and not any(a < e and s < b for a, b in covered)
        ):
            found.append(Found(s, e, "persoon"))
    return found + role_van_surnames(text, [*covered, *((f.start, f.end) for f in found)])


# "Ben" or "Wil" with a capital opening a sentence, then a finite verb: "Ben wil niet meer", "Wil
# belt morgen", "Ben is 22". The verbs cannot be followed by a finite verb ("ik ben wil" is no
# Dutch), so the word is the subject: a name. "Wil" is also a noun ("de wil"), which a copula may
# follow in shorthand ("Wil is er, kracht niet"): not before those.
_OPENING_VERB_NAME = re.compile(
    rf"(?:^|(?<=[.!?;:\n(])|(?<=[.!?;:\n(][ \t])|(?<=[.!?;:\n][ \t]{{2}}))(Ben|Wil)[ \t]+({FINITE_VERBS})\b"
)
_COPULAS = frozenset("is was wordt werd blijft bleef".split())


def opening_verb_name_at(text: str, start: int) -> bool:
    """Does "Ben" or "Wil" at ``start`` open a sentence before a finite verb (a name)?"""
    m = _OPENING_VERB_NAME.match(text, start)
    return m is not None and not (m.group(1) == "Wil" and m.group(2) in _COPULAS)


def opening_verb_names(text: str, covered: Sequence[Span] = ()) -> list[Found]:
    """ "Ben" or "Wil" opening a sentence before a finite verb (see :data:`_OPENING_VERB_NAME`)."""
    if "Ben" not in text and "Wil" not in text:
        return []
    found = []
    for m in _OPENING_VERB_NAME.finditer(text):
        s, e = m.span(1)
        if m.group(1) == "Wil" and m.group(2) in _COPULAS:
            continue
        if not any(a < e and s < b for a, b in covered):
            found.append(Found(s, e, "persoon"))
    return found


# A first name that is a word opening a sentence or a line, then a verb of calling or saying in the
# singular: "Hoop belde om negen uur", "storm zegt dat het gaat" (a bare noun does not phone or speak).
_SPEECH = "belde|belt|zei|zegt|vertelde|vertelt|vroeg|vraagt|appte|appt|mailde|mailt|antwoordde|huilde|lachte"
_SPEECH_VERBS = ("bel", "zei", "zeg", "vertel", "vroeg", "vraag", "app", "mail", "antwoord", "huil", "lach")
_OPENING_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?\n][ \t]))[ \t]*([A-Za-zà-ÿ]{3,})[ \t]+(?:" + _SPEECH + r")(?![\w'’-])"
)
# What the verb is followed by when the opening word is an adverb and the subject comes after it
# ("Dan belt hij", "Toen zei moeder"): no name there.
_INVERTED_SUBJECT = re.compile(
    r"[ \t]+(?:ik|je|jij|hij|zij|ze|we|wij|u|jullie|men|de|het|een|deze|mijn|zijn|haar|hun|ons|onze"
    r"|mw|dhr|pt)\b",
    re.I,
)


def opening_word_speakers(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """A first name that is an ordinary word opening a sentence before a verb of calling or saying
    ("Hoop belde", "job appte gisteren"), unless a subject follows the verb (then the word is an adverb)."""
    found = []
    if not lexicon.words or not any(verb in text for verb in _SPEECH_VERBS):
        return found
    for m in _OPENING_SPEAKER.finditer(text):
        word = m.group(1)
        low = word.lower()
        s, e = m.span(1)
        if (
            not (word == low or word.istitle())
            or low in VERB_NAMES
            or low in SEASONS
            or not word_name_candidate(low, lexicon)
        ):
            continue
        if is_kin_word(low) or any(a < e and s < b for a, b in covered):
            continue
        after = m.end()
        if _INVERTED_SUBJECT.match(text, after) or (after < len(text) and _word_is_kin(text, after)):
            continue
        found.append(Found(s, e, "persoon"))
    return found


_FOLLOWING = re.compile(r"[ \t]+([A-Za-zà-ÿ]+)")


def _word_is_kin(text: str, at: int) -> bool:
    m = _FOLLOWING.match(text, at)
    return m is not None and is_kin_word(m.group(1))


def _action_openers(text: str, lexicon: Lexicon, covered: Sequence[Span]) -> list[Found]:
    """A micro-action that opens with a first name that is a word, before what that person does:
    "Micro-actie: fleur neemt hem mee", "Micro-actie: storm meenemen naar ..." (a micro-action
    opens with a verb or a party, not with a bare noun)."""
    found = []
    for m in _ACTION_OPENS.finditer(text) if ":" in text else ():
        low = m.group(1)
        s, e = m.span(1)
        if low == "wil" or low in SEASONS or not word_name_candidate(low, lexicon):
            continue
        if any(a < e and s < b for a, b in covered):
            continue
        after = _NEXT_WORD.match(text, e)
        if after and (
            _finite(after.group(1), lexicon) or after.group(1) == "mee" or _infinitive(after.group(1), lexicon)
        ):
            found.append(Found(s, e, "persoon"))
    return found


def _infinitive(word: str, lexicon: Lexicon) -> bool:
    return word.endswith("en") and len(word) > 4 and lexicon.is_verb_stem(word[:-2]) and word not in first_names_all()


def word_name_suspect(text: str, start: int, end: int, before: str, lexicon: Lexicon, surnames: frozenset[str]) -> bool:
    """The word ``text[start:end]`` (lower case), right after ``before``, reads as a name after a
    family or role word: a first name or a surname that is also a word where a name's place
    follows ("broer zon;", "huisarts brouwer kwam", "buurvrouw kramer vragen"), or, after a family
    word, any other word before a finite verb in a main clause, where a bare noun cannot stand
    ("dochter anker woont"). For the review step: shown, never replaced."""
    kin = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if kin is None or kin.group(1).lower() != before or not is_kin_word(before):
        return False  # (only spaces between: not "cl. (bank," nor "de cliënt, rood")
    low = text[start:end]
    if len(low) < 3 or low in _SKIP or low in _NOT_A_SUBJECT or not low.isalpha():
        return False
    if low not in VERB_NAMES and is_adjective(low, lexicon):
        return False
    surname = len(low) >= 4 and low in surnames and not (low.endswith("en") and lexicon.is_verb_stem(low[:-2]))
    if word_name_candidate(low, lexicon) or surname:  # (a surname, not a verb: "ouderling komen")
        return bool(
            _PLACE_OF_A_NAME.match(text, end) or _AGE_AFTER.match(text, end) or _verb_follows(text, end, lexicon)
        )
    if (
        before not in RELATIVES_AND_FRIENDS
        or _finite(low, lexicon)
        or lexicon.is_verb_stem(low)
        or _GE_PARTICIPLE.fullmatch(low)
    ):
        return False  # "zus komt", "broer gebeld"
    if before in RELATIVES_AND_FRIENDS and _BRACKET_AFTER.match(text, end):
        return True  # "nichtje zon (ja, zo heet ze)", "buurvrouw trui (tachtig plus)"
    if _verb_follows(text, end, lexicon) and not _subordinate(text, kin.start()):
        return True
    # the same word elsewhere in the note before what someone does: "vriend bolle aanwezig / bolle blowt"
    return any(
        m.start() != start and _verb_follows(text, m.end(), lexicon)
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", text)
    )


def _subordinate(text: str, at: int) -> bool:
    """The clause that ``at`` stands in opens with "dat", "omdat", "als", ...: its verb comes last."""
    return _SUBORDINATE_BEFORE.search(text, max(0, at - 80), at) is not None


# Read by person_slots.py too.
subordinate, verb_follows = _subordinate, _verb_follows
