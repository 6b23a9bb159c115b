"""Initials read by the frame they stand in, in shapes the other initial rules leave.

The other rules (:mod:`.names`, :mod:`.initial_shapes`) read dotted capitals anywhere and short
tokens after a person word. Unseen notes write initials where the frame, not the shape, says
whose they are:

- a signature: after a closing word at the end of a note or a line ("gr. KvD", "Groet, hk",
  "mvg A.B", "vr.gr. TdjG", "Thx, jw"), after whom it is written for ("Namens het team, yh"), alone
  on the note's last line ("...\nkvd"), after "//" ("gedaan //rk") or a dash, with the signer's role
  after a comma ("-- NH, SPV"; one capital only after a closed sentence: "Rustig. - P.", not
  "Kamer 12 - B."), or as letters without a vowel in brackets closing it ("alles rustig (dk)");
- a title in brackets after them ("AB (mw.)", "tw (dhr.)");
- alone in brackets after a role ("Begeleider (gi)", "stagiaire (TvB)");
- after a role word, three capitals or a dotted pair without its last dot ("PB'er EOC",
  "spv i.w");
- a surname's particle glued in ("GvdH", "mdjk"), opening a sentence before a verb or in a list
  of people ("Aanwezig: SPV, gvk, T.W."; "aanwezig: ew, jk, spv en psychiater": a role beside them
  says the list names people as well as initials it already holds);
- three lower-case letters without a vowel where a sentence puts a person ("heeft jkl de intake
  gedaan", "terugbellen naar mvdb.", "(jkl, spv)");
- a lower-case initial, a particle and a surname ("r. de brink belde", "met a. van lier", "SPV, w. v.d.
  meer,"), also signing a line ("mvg f. de ruiter", "- k. van wees"), also where another rule took the
  initial alone ("(k. v.d. wal)").

A care abbreviation (``data/abbreviations.txt``), a role, a Dutch word and a template word are
never initials. Every rule returns spans with deduce's tag "persoon". Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .roles import is_role_word
from .words import NOT_INITIALS, PERSON_CONTEXT, Lexicon

Span = tuple[int, int]

# Initials without a vowel rule: capitals (1-4, a particle glued in), lower case letters, dotted.
_PARTICLE = r"(?:vdr|vdv|vdh|vd|vh|vt|v|dj|den|der|de|d|ter|ten|te|t)"
_TOKEN = (
    rf"(?:[A-Z]{_PARTICLE}[A-Z]{{1,2}}|[a-z]{_PARTICLE}[a-z]{{1,2}}|[A-Z]{{2,4}}|[a-z]{{2,4}}|"
    r"(?:[A-Za-z]\.\s?){1,3}[A-Za-z]\.?|[A-Z][a-z](?=\s*\())"
)
_GLUED = re.compile(rf"[A-Z]{_PARTICLE}[A-Z]{{1,2}}|(?=[a-z]{{4}})[a-z]{_PARTICLE}[a-z]{{1,2}}")
# "gr. KvD", "Groet, hk", "mvg A.B", "vr.gr. TdjG": a closing word, then the initials end a line.
_SIGNATURE = re.compile(
    r"(?i:\b(?:gr|grt|grtz|groet|groeten|groetjes|mvg|m\.v\.g|vr\.?\s?gr|vriendelijke\s+groet(?:en)?|"
    r"hartelijke\s+groet(?:en)?|liefs|namens|thx|tnx|thanks|dank|dankjewel|bvd))\.?\s*[,:!]?\s+"
    rf"({_TOKEN})(?=\s*(?:\([^()\n]{{1,30}}\))?\s*[.!]?\s*(?:$|\n))"
)
# A signature's initials also as one capital with its dot ("- P.") or a capital and a consonant ("- Lh").
_SIGN_TOKEN = rf"(?:{_TOKEN}|[A-Z]\.|[A-Z][b-df-hj-np-tv-xz](?![\w.]))"
# "- KvD", "/hk", "~RB" or "-- P., SPV" closing a note (a role after a comma is the signer's).
_DASH_SIGNATURE = re.compile(rf"(?:^|\s)(?:[-–~]{{1,2}}|/|//)\s?({_SIGN_TOKEN})(?:\s*,\s*([A-Za-z'’]{{2,20}}))?\s*$")
# One capital ("- P.", "- Lh") signs only after a closed sentence or alone on its line ("Kamer 12 - B." is a wing).
_ONE_CAPITAL = re.compile(r"[A-Z]\.?|[A-Z][a-z]")
_CLOSED_BEFORE = re.compile(r"(?:^|[.!?)]|\n)[ \t]*$")
# "Namens het team, yh": the initials after whom the signer writes for, closing a line.
_ON_BEHALF = re.compile(
    rf"(?i:\bnamens)(?:[ \t]+[\w'’-]+){{1,4}}[ \t]*,[ \t]*({_SIGN_TOKEN})(?=[ \t]*[.!]?[ \t]*(?:$|\n))"
)
# "Slaapt beter. RB", "Afspraak staat! (jk)": initials alone after the note's last sentence, as it is signed.
_LAST_WORD_SIGNATURE = re.compile(rf"(?:[.!?][ \t]+|\n[ \t]*)(\(\s*)?({_TOKEN})(?(1)\s*\))\s*$")
# "alles rustig (dk)": two or three lower-case letters without a vowel in brackets closing the note.
_BRACKET_SIGNATURE = re.compile(r"[\w,][ \t]+\(\s*([b-df-hj-np-tv-xz]{2,3})\s*\)\s*$")
_SIGNING_SHAPE = re.compile(r"[A-Z]{2,4}|[A-Z][a-z]{1,3}[A-Z]{1,2}|[b-df-hj-np-tv-xz]{2,3}|(?:[A-Za-z]\.\s?){2,3}")
# "jb (zo tekent hij)", "tekent met KvD": the initials someone signs with.
_SIGNS_WITH = re.compile(
    rf"(?<![\w.])({_TOKEN})\s*\((?i:zo\s+)?(?i:tekent|ondertekent|parafeert)\b|(?i:\b(?:tekent|ondertekent|parafeert)\s+(?:met|als))\s+({_TOKEN})(?!\w)"
)
# "AB (mw.)", "tw (dhr)": a title in brackets after the initials.
_TITLE_AFTER = re.compile(rf"(?<![\w.])({_TOKEN})\s*\((?i:mw|mevr|mevrouw|dhr|meneer|m|v)\.?\)")
# "Begeleider (gi)", "stagiaire (TvB)": alone in brackets after a role or person word.
_IN_BRACKETS = re.compile(rf"(?i:\b([a-zà-ÿ'’-]+))\s*\(\s*({_TOKEN})\s*\)")
# "PB'er EOC", "spv i.w": three capitals or a dotted pair without its last dot after a role word.
_AFTER_ROLE = re.compile(r"(?<![\w.])([A-Z]{3}|[a-z]\.[a-z]|[A-Z]\.[A-Z])(?![\w.])")
_WORD_BEFORE = re.compile(r"(?i:\b([a-zà-ÿ'’-]+))\.?\s+$")
# Cheap gates: most notes hold none of these.
_GATES = (
    r"gr[., ]|grt|groet|mvg|m\.v\.g|vrgr|liefs|namens|thx|tnx|thanks|dank|bvd",
    r"aanwezig|afwezig|deelnemers|cc|verslag|notulen",
    r"teken|paraf",
    r"\. (?:van|de|der|den|ter|ten|te|v\.d\.|vd) ",
)
_GATE = re.compile("|".join(f"({gate})" for gate in _GATES))  # which gates are open
# Whether any is: without groups the engine skips to the next possible first letter (~10x faster).
_ANY_GATE = re.compile("|".join(_GATES))
# "GvdH belt", "mdjk heeft": glued initials opening a sentence before a verb.
_OPENING = re.compile(rf"(?:^|[.!?;:\n]\s*|\(\s*)({_GLUED.pattern})(?=\s+[a-z])")
# "Aanwezig: SPV, gvk, T.W. en ...": a list of people after its label.
_PEOPLE_LIST = re.compile(
    r"(?i)\b(?:aanwezig|afwezig|deelnemers|cc|verslag|notulen)\s*:?\s+"
    r"((?:[^\n.;:]|(?<=[A-Za-z])\.){1,120})"
)
_LIST_ITEM = re.compile(rf"(?<![\w.])({_TOKEN})(?=\s*(?:,|\ben\b|&|\+|/|$))")
_LIST_WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]{3,}")
# "r. de brink belde", "met a. van lier": a lower-case initial, a particle and a surname.
_LOWER_FULL = re.compile(
    r"(?:^|(?<=[.!?;:(\n,]\s)|(?<=[.!?;:(\n])|(?i:(?<=\bmet\s)|(?<=\bdoor\s)|(?<=\bvan\s)|(?<=\baan\s)))"
    r"([a-z]\.\s(?:van\s+de[nr]?|van|de|der|den|ter|ten|te|v\.d\.|vd)\s+[a-z]{3,}(?:-[a-z]{3,})?)"
    r"(?=\s*(?:[,;)]|\((?i:mw|dhr)|\s(?:van\s+het|van\s+de)\b|\s[a-z]+t?\b|$))"
)
# "mvg f. de ruiter", "- k. van wees": the same, signing a note's line after a closing word or a dash.
_LOWER_SIGNED = re.compile(
    r"(?:(?<=[-–~][ \t])|(?i:\b(?:mvg|groet|groeten|groetjes|grt|gr\.)[ \t]+))"
    r"([a-z]\.[ \t]?(?:van\s+de[nr]?|van|de|der|den|ter|ten|te|v\.d\.|vd)[ \t]+([a-z]{3,}(?:-[a-z]{3,})?))"
    r"(?=[ \t]*[.!]?[ \t]*(?:$|\n))"
)
_VOWEL = re.compile(r"[aeiouy]")
# "heeft jkl de intake gedaan", "terugbellen naar mvdb.", "(jkl, spv)", "jkl: cl. boos": three letters in
# lower case without a vowel (or a particle's letters glued in) where a sentence puts a person: after a
# preposition of whom or a finite verb, opening a line, in a bracket; and closing the clause or before
# what a person does. (A title stays: "drs. Bosma".)
_SLOT_TOKEN = re.compile(
    r"(?<![\w.@/#&'’-])([b-df-hj-np-tv-xz]{3}|[b-df-hj-np-tv-xz](?:vdr|vd|v|d|t)[b-df-hj-np-tv-xz]{1,2})"
    r"(?=[ \t]*[,:;)!?]|\.(?![ \t]*[A-Z])|[ \t]+(?:de|het|een|en|om|over|op|in|is|heeft|belt|gaat|komt|wil|praten|"
    r"gesproken|gebeld|gezien|morgen|vandaag)\b|[ \t]*$)"
)
_SLOT_BEFORE = re.compile(
    r"(?:\b(?:met|naar|door|voor|namens|volgens|aan|en|heeft|had|is|was|neemt|nam|belt|belde|doet|deed|zegt|zei|"
    r"komt|kwam|gaat|ging|wil|kan|zal|zou|moet|mag)[ \t]+|^|\n|\([ \t]*)$"
)
# "Gerrit Jan (GJ)", "Anne-Fleur de Wit (AFW)": the initials of the name before them, in brackets.
_OWN_INITIALS = re.compile(r"((?:[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -](?:(?:van|de|der|den|ter)\s)*)){2,4})\(([A-Z]{2,4})\)")


def _no_initials(token: str, lexicon: Lexicon, template: frozenset[str]) -> bool:
    """A care abbreviation, a role, a person word, a template word or a Dutch word."""
    letters = re.sub(r"[\s.]", "", token).lower()
    if letters in NOT_INITIALS or letters in PERSON_CONTEXT or letters in template or is_role_word(letters):
        return True
    if token.isupper() and "." not in token:
        return lexicon.is_word(letters) and len(letters) > 2  # "ZORG"; "AB" is no word here
    return "." not in token and (lexicon.is_ordinary(letters) or letters in lexicon.words)


def _role(word: str) -> bool:
    low = word.lower()
    return low in PERSON_CONTEXT or is_role_word(low)


def initial_frames(
    text: str, lexicon: Lexicon, covered: Sequence[Span] = (), template: frozenset[str] = frozenset()
) -> list[Found]:
    """Initials in ``text`` outside ``covered``, read by their frame."""
    spans: list[Span] = []
    low = text.lower()
    gates = {i for m in _GATE.finditer(low) for i, g in enumerate(m.groups()) if g} if _ANY_GATE.search(low) else set()
    if 0 in gates:
        spans += [m.span(1) for m in _SIGNATURE.finditer(text) if not _no_initials(m.group(1), lexicon, template)]
        spans += [m.span(1) for m in _ON_BEHALF.finditer(text) if not _no_initials(m.group(1), lexicon, template)]
    tail = max(0, len(text) - 16)  # "- KvD" closing the note
    for m in _DASH_SIGNATURE.finditer(text, max(0, len(text) - 32)):
        if _no_initials(m.group(1), lexicon, template) or (m.group(2) is not None and not _role(m.group(2))):
            continue
        before = text[max(0, m.start() - 8) : m.start() + text[m.start()].isspace()]
        if _ONE_CAPITAL.fullmatch(m.group(1)) and not _CLOSED_BEFORE.search(before):
            continue
        spans.append(m.span(1))
    spans += [
        (tail + m.start(2), tail + m.end(2))
        for m in _LAST_WORD_SIGNATURE.finditer(text[tail:])
        if _SIGNING_SHAPE.fullmatch(m.group(2))
        and not _no_initials(m.group(2), lexicon, template)
        and not lexicon.is_word(re.sub(r"[\s.]", "", m.group(2)).lower())  # "OK", "Top"
    ]
    spans += [
        (tail + m.start(1), tail + m.end(1))
        for m in _BRACKET_SIGNATURE.finditer(text[tail:])
        if not _no_initials(m.group(1), lexicon, template) and m.group(1) not in _SHORT_KIN
    ]
    if 2 in gates:
        for m in _SIGNS_WITH.finditer(text):
            g = 1 if m.group(1) else 2
            if not _no_initials(m.group(g), lexicon, template):
                spans.append(m.span(g))
    if "(" in text:
        spans += [m.span(1) for m in _TITLE_AFTER.finditer(text) if not _no_initials(m.group(1), lexicon, template)]
        spans += [
            m.span(2)
            for m in _IN_BRACKETS.finditer(text)
            if _role(m.group(1)) and not _no_initials(m.group(2), lexicon, template)
        ]
    for m in _AFTER_ROLE.finditer(text):
        token = m.group(1)
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        vowelled = token.isupper() and "." not in token and _VOWEL.search(token.lower()) is not None
        if before is None or not (vowelled or "." in token):
            continue
        if _role(before.group(1)) and not _no_initials(token, lexicon, template):
            spans.append(m.span(1))
    spans += [m.span(1) for m in _OPENING.finditer(text) if not _no_initials(m.group(1), lexicon, template)]
    for lst in _PEOPLE_LIST.finditer(text) if 1 in gates else ():
        items = list(_LIST_ITEM.finditer(text, *lst.span(1)))
        sure = [m for m in items if re.fullmatch(r"(?:[A-Z]\.\s?){2,}", m.group(1)) or _GLUED.fullmatch(m.group(1))]
        if not sure and not any(_role(w) for w in _LIST_WORD.findall(lst.group(1))):
            continue  # a list of people shows itself by initials it already holds, or by a role ("ew, jk, spv")
        kin = () if sure else _SHORT_KIN  # ("aanwezig: mdr, vdr, spv": mother and father shortened)
        spans += [m.span(1) for m in items if not _no_initials(m.group(1), lexicon, template) and m.group(1) not in kin]
    for m in _OWN_INITIALS.finditer(text) if "(" in text else ():
        capitals = "".join(c for c in m.group(1) if c.isupper())
        words = re.findall(r"[A-Za-zà-ÿÀ-Þ]+", m.group(1))
        named = all(
            w.lower() in lexicon.first_names or not lexicon.is_ordinary(w.lower()) for w in words if w[0].isupper()
        )
        if m.group(2) == capitals and named:  # "Gerrit Jan (GJ)"; not "Veilig Thuis (VT)"
            spans.append(m.span(2))
    wider: list[Span] = []  # "k. v.d. wal": the surname too, where another rule took only the initial
    spans += [
        m.span(1)
        for m in _SLOT_TOKEN.finditer(text)
        if _SLOT_BEFORE.search(text, max(0, m.start() - 10), m.start())
        and m.group(1) not in _SHORT_KIN
        and not _no_initials(m.group(1), lexicon, template)
    ]
    if 3 in gates:  # no word list writes "r. de brink"
        full = [m.span(1) for m in _LOWER_FULL.finditer(text)]
        full += [m.span(1) for m in _LOWER_SIGNED.finditer(text) if not _role(m.group(2))]
        spans += full
        wider = [(s, e) for s, e in full if any(s <= a and b < e and a < e and s < b for a, b in covered)]
    if not spans:
        return []
    found: list[Found] = []
    for s, e in sorted(set(spans)):
        clear = (s, e) in wider or not any(a < e and s < b for a, b in covered)
        if clear and not any(f.start < e and s < f.end for f in found):
            found.append(Found(s, e, "persoon"))
    return found


# "[name] (gj)", "[name] (h.)", "[name] (lme)": a name's initials in brackets right after it, in lower case.
_BRACKET_AFTER_NAME = re.compile(r"[ \t]*\([ \t]*((?:[a-z]\.-?){1,3}|[a-z]{2,3})[ \t]*\)")
# Kin and other words a note shortens in brackets after a name ("Kees (vdr)", "Lot (zs)").
_SHORT_KIN = frozenset("zn dr dtr mdr vdr br zs zr bf vr vrd vriendin ex opa oma oom tnt nicht neef".split())


def initials_after_names(
    text: str, persons: Sequence[Span], lexicon: Lexicon, covered: Sequence[Span] = ()
) -> list[Found]:
    """Lower-case initials in brackets right after a name found ("[name] (gj) gebruikt ...")."""
    found = []
    for _, end in persons if "(" in text else ():
        m = _BRACKET_AFTER_NAME.match(text, end)
        if m is None or m.group(1).replace(".", "") in _SHORT_KIN or _no_initials(m.group(1), lexicon, frozenset()):
            continue
        s, e = m.span(1)
        if not any(a < e and s < b for a, b in covered):
            found.append(Found(s, e, "persoon"))
    return found


# The shapes initials take and the test of what is none, for the other frame rules (:mod:`.initial_lists`).
INITIALS_TOKEN = _TOKEN
no_initials = _no_initials
