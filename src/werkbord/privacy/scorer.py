"""A learned suspect scorer: one more reason in the review step, weighing many weak signals at once.

The rules of :mod:`.suspects` each read one shape or one frame. What they leave is an
identifier whose every sign is weak on its own: a lower-case word after a verb ("belde
jantje"), a word that is also a name in an apposition ("haar broer, stijn,"), an ordinary
word where an organisation stands ("via de brug"). This module scores each token the
scrubber and the rules left in place by a logistic regression over features that generalise
(the token's shape, its ending, which word lists know it, the words and tags around it,
where it stands in its sentence), and flags the tokens that score above a threshold.

The weights are data (``data/suspect_scorer.tsv``), learned from the synthetic development
sets only by ``benchmarks/train_suspect_scorer.py`` (which also says how well it does on sets
it was not trained on). Scoring is plain Python: a dictionary lookup per feature.

A token's own identity is a feature only when it is an ordinary Dutch word that no list of
names or places knows ("gesprek", "somber"): a name never seen scores on its shape and the
words around it, never on having been seen.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path

from ..i18n import N_
from .names import FINITE_VERBS
from .roles import a_job_title, is_role_word

WHY_MODEL = N_("looks like a name or a place, judging by the words around it")
WHY_MODEL_NUMBER = N_("looks like an age or a number that identifies, judging by the words around it")

_DATA = Path(__file__).parent / "data" / "suspect_scorer.tsv"
_COMMENT_LINE = re.compile(r"(?m)^#.*(?:\n|$)|^\s*\n")

# A tag the scrubber put in, a token (letters and digits, possibly joined by . _ / - @ ' ),
# a line break, or one character of punctuation.
_PIECE = re.compile(r"(\[[A-ZÀ-Þ_]+(?:-\d+)?\])|([^\W_][\w'’]*(?:[._/@-]+[^\W_][\w'’]*)*)|(\n)|([^\w\s])")
_TAG_KIND = re.compile(r"\[([A-ZÀ-Þ_]+)")

# Words that never name anyone: not scored, and read as themselves around a token.
_FUNCTION = frozenset(
    """de het een en of maar ook nog niet wel dat die dit deze is was zijn wordt werd heeft had
    hebben er hij zij ze ik je jij we wij u hem haar hun zich me mij mijn zo al als om te tot
    voor na naar in uit op aan bij met van door over onder tegen tussen zonder dan toen nu
    waar wat wie hoe omdat want dus toch echter daarna daarom meer minder veel weinig geen
    gaat komt kan kon wil moet mag zal zou zouden kunnen moeten willen gaan komen""".split()
)
_PLACE_PREPOSITIONS = frozenset("in uit naar bij via vanuit nabij richting op aan van tegenover langs".split())
_ARTICLES = frozenset("de het 't den der".split())
_TITLES = frozenset("dhr mw mevr mr dr drs ir ing prof hr pt pte cl clt fam ds br zr".split())
_POSSESSIVES = frozenset("zijn haar z'n m'n mijn hun onze je jouw d'r".split())
_NAMING = frozenset("heet heten genaamd noemt noemen naam bijnaam alias".split())
_SENTENCE_ENDS = frozenset(".!?\n")
_FINITE = frozenset(FINITE_VERBS.split("|"))
_VERB_ENDINGS = ("t", "de", "te", "den", "ten", "en")
# Name-like endings and shapes by origin (a class of words, never a word): Slavic, Romanian,
# Turkish, Arabic and Berber transliterations, Frisian and Groningen surnames, Dutch patronymics.
_MORPHOLOGY = (
    ("slav", re.compile(r"(?:sk[aiy]|ck[aiy]|wicz|icz|enko|czuk|chuk|ova|eva|ski|ovs?|evs?|ina|ić|ic|vić|yk|ak)$")),
    ("ro", re.compile(r"(?:escu|eanu|aru|oiu|ache|ică)$")),
    ("tr", re.compile(r"(?:oğlu|oglu|[şğı]|can$|han$|türk|turk|gül|gul|ay$|ün|öz)")),
    ("ar", re.compile(r"(?:^(?:al|el|ab|abd|bou|ben|ou)[- ]?\w{3,}|kh|dh|gh|ouf?$|ah$|ia$|ine$|ssa$|ima$|ira$|ida$)")),
    ("fy", re.compile(r"(?:stra|sma|inga|enga|ema|tsma|ksma|jes|ens|tje)$")),
    ("nl", re.compile(r"(?:sen|sz|se|ink|ing|huis|kamp|berg|veld|man|mans|stra|dijk|hof|beek)$")),
)
_DIACRITIC = re.compile(r"[^\x00-\x7fëïéèöüäáíóú]")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_CAPITAL_WORD = re.compile(r"(?<![\w'’])[A-ZÀ-Þ][\w'’]*")
_LIST_MARKS = frozenset("- • * · – — >".split())
_ENGLISH = re.compile(
    r"\b(?:the|and|to|with|for|she|he|they|their|his|her|from|which|would|should|could|been|has|that|this|"
    r"you|your|but|are|were|will|when|what|about|after|into)\b"
)


class _Vocabulary:
    """What the features ask of word lists, looked up once."""

    def __init__(self) -> None:
        from .lexicon import first_names, medication_names, shared_lexicon, surnames, town_names
        from .words import MONTHS_AND_DAYS, NOT_NAMES, PERSON_CONTEXT, ROLE_WORDS

        self.lexicon = shared_lexicon()
        self.words = self.lexicon.words
        self.first_names = first_names(ambiguous=False)
        self.ambiguous = first_names() - self.first_names  # names deduce itself reads as words: "Kok", "Mei"
        self.surnames = surnames()
        self.towns = frozenset(t.lower() for t in town_names())
        self.medicines = medication_names()
        self.roles = ROLE_WORDS | PERSON_CONTEXT
        self.months = MONTHS_AND_DAYS
        self.not_names = NOT_NAMES
        self._around: dict[tuple[str, str] | None, tuple[str, ...]] = {}

    def around(self, piece: tuple[str, str, int] | None) -> tuple[str, ...]:
        """What a neighbour says (see :func:`_context`), kept per neighbour."""
        key = piece[:2] if piece is not None else None
        found = self._around.get(key)
        if found is None:
            if len(self._around) > 50_000:
                self._around.clear()
            found = self._around[key] = _context(piece, self)
        return found

    def verb_form(self, low: str) -> bool:
        """``low`` is a form of a verb: a stem, a stem with an ending, a participle."""
        is_stem = self.lexicon.is_verb_stem
        if is_stem(low):
            return True
        if low.startswith("ge") and len(low) > 5 and low[-1] in "dtn" and is_stem(low[2:-1]):
            return True
        return any(low.endswith(e) and is_stem(low[: -len(e)]) for e in _VERB_ENDINGS if len(low) > len(e) + 2)

    def named(self, low: str) -> bool:
        return low in self.first_names or low in self.ambiguous or low in self.surnames or low in self.towns


def _shape(token: str) -> str:
    if any(c.isdigit() for c in token):
        return "D" if token.isdigit() else "d"
    if len(token) > 1 and token.isupper():
        return "U"
    if token[0].isupper():
        return "M" if any(c.isupper() for c in token[1:]) else "T"
    return "M" if any(c.isupper() for c in token) else "l"


def _length(token: str) -> str:
    n = len(token)
    return "1" if n == 1 else "2" if n == 2 else "3" if n == 3 else "5" if n <= 5 else "8" if n <= 8 else "9"


class _Note:
    """One scrubbed note cut into pieces: (kind, text, start) with kind "tag", "w", "nl" or "p";
    and what the whole note says about a capital: ``english`` (written in English: a word no
    Dutch list knows is mostly an English word) and ``caps`` (how many of its words open with a
    capital: in a note written like a title a capital says little)."""

    __slots__ = ("text", "pieces", "_english", "_caps", "protected", "_words", "_capitals")

    def __init__(self, text: str, protected: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self._english: bool | None = None
        self._caps = ""
        self._words: list[str] | None = None
        self._capitals: list[str] | None = None
        pieces = []
        append = pieces.append
        for m in _PIECE.finditer(text):
            which = m.lastindex  # (each alternative of _PIECE is one group: the one that matched)
            if which == 2:
                append(("w", m.group(2), m.start()))
            elif which == 1:
                kind = _TAG_KIND.match(m.group(1))
                append(("tag", kind.group(1) if kind else "X", m.start()))
            elif which == 3:
                append(("nl", "\n", m.start()))
            else:
                append(("p", m.group(), m.start()))
        self.pieces = pieces
        # the pieces inside a protected word (a party or template word, the team's list)
        self.protected = (
            frozenset(i for i, (_k, t, a) in enumerate(pieces) if any(x < a + len(t) and a < y for x, y in protected))
            if protected
            else frozenset()
        )

    def seen(self, token: str) -> int:
        """How the word ``token`` stands elsewhere in the note: 0 nowhere else, 1 again, 2 again
        with a capital (a name the writer capitalised once)."""
        # (counted in lists, made once per note: most notes score one or two words, for
        # which two Counters of every word cost more than the counting)
        if self._words is None:
            self._words = _WORD.findall(self.text.lower())
        low = token.lower()
        if self._words.count(low) <= 1:
            return 0
        if self._capitals is None:
            self._capitals = [w.lower() for w in _CAPITAL_WORD.findall(self.text)]
        return 2 if self._capitals.count(low) > token[0].isupper() else 1

    @property
    def english(self) -> bool:
        if self._english is None:
            self._english = len(set(_ENGLISH.findall(self.text.lower()))) >= 2
        return self._english

    @property
    def caps(self) -> str:
        if not self._caps:
            words = [p[1] for p in self.pieces if p[0] == "w" and not p[1][0].isdigit()]
            share = sum(w[0].isupper() for w in words) / len(words) if words else 0.0
            self._caps = "h" if share >= 0.6 else "m" if share >= 0.3 else "l"
        return self._caps


def _context(piece: tuple[str, str, int] | None, vocab: _Vocabulary) -> tuple[str, ...]:
    """What one neighbour says: a tag's kind, a punctuation mark, or a word's class and, for an
    ordinary word, the word itself."""
    if piece is None:
        return ("^",)
    kind, text, _ = piece
    if kind == "tag":
        return ("TAG", "TAG:" + text)
    if kind == "nl":
        return ("NL",)
    if kind == "p":
        return ("P:" + text,)
    low = text.lower()
    out = ["s:" + _shape(text)]
    if low in _FINITE or (low not in _FUNCTION and low in vocab.words and vocab.verb_form(low)):
        out.append("verb")
    if low in _FUNCTION or (low in vocab.words and not vocab.named(low)):
        out.append("=" + low)
    elif low in vocab.roles:
        out.append("role")
    elif low.rstrip(".") in _TITLES:
        out.append("title")
    elif vocab.named(low):
        out.append("named")
    else:
        out.append("unknown")
    if low in vocab.roles:
        out.append("kin")
    return tuple(out)


def own_features(token: str, vocab: _Vocabulary) -> tuple[list[str], str, bool]:
    """What the word ``token`` says on its own, wherever it stands: its features, its shape and
    whether it is an ordinary word (the same for every occurrence, so a scorer keeps them)."""
    low = token.lower()
    shape = _shape(token)
    voc = low in vocab.words
    first, sur, town = low in vocab.first_names, low in vocab.surnames, low in vocab.towns
    ordinary = voc or (shape not in "Dd" and vocab.lexicon.is_ordinary(low))
    out = [
        "bias",
        "sh:" + shape,
        "len:" + _length(token),
        f"lists:{shape}{int(voc)}{int(ordinary)}{int(first)}{int(sur)}{int(town)}",
        f"voc:{int(voc)}{int(ordinary)}",
    ]
    if first:
        out.append("first")
    elif low in vocab.ambiguous:
        out.append("first?")
    if sur:
        out.append("sur")
    if town:
        out.append("town")
    if low in vocab.medicines:
        out.append("med")
    if is_role_word(token):
        out.append("job")  # a job that is also a surname: "als kok", "de Visser"
    if low in vocab.not_names:
        out.append("notname")
    if voc:
        out.append("w:" + low)  # (learnt from ordinary uses only: it may say "a word", never "a name")
    elif shape not in "Dd" and len(low) >= 4:
        out += ("s3:" + low[-3:], "s2:" + low[-2:], "b2:" + low[:2], "b3:" + low[:3])
        if len(low) >= 6:
            out.append("s4:" + low[-4:])
        out += ["morph:" + name for name, pattern in _MORPHOLOGY if pattern.search(low)]
        if _DIACRITIC.search(low):
            out.append("diacritic")
    if shape in "Dd":
        digits = sum(c.isdigit() for c in token)
        out.append(f"digits:{min(digits, 5)}")
    return out, shape, ordinary


def _content(pieces: list, i: int, step: int) -> tuple[tuple[str, str, int] | None, bool]:
    """The nearest piece from ``pieces[i]`` in direction ``step`` that is no function word or
    article (up to three skipped), and whether any was skipped: "belde gisteren met jantje" ->
    "gisteren"."""
    j, skipped = i + step, False
    for _ in range(4):
        if j < 0 or j >= len(pieces):
            return None, skipped
        kind, text, _start = pieces[j]
        if kind != "w" or text.lower() not in _FUNCTION:
            return pieces[j], skipped
        j, skipped = j + step, True
    return None, skipped


def _window(note: _Note, i: int, vocab: _Vocabulary) -> tuple[str, str, str]:
    """What stands a few pieces around the word at ``note.pieces[i]`` within its sentence: the
    distance to the nearest role, family word or title on its left, the kind of the nearest tag
    the rules put in on either side, and whether a protected word (a party or template word)
    stands next to it."""
    pieces = note.pieces
    role = tag_left = tag_right = ""
    for d in range(1, 5):
        j = i - d
        if j < 0:
            break
        kind, text, _ = pieces[j]
        if kind == "nl" or (kind == "p" and text in _SENTENCE_ENDS and text != "."):
            break
        if kind == "tag" and not tag_left:
            tag_left = text
        elif kind == "w" and not role:
            low = text.lower()
            if low in vocab.roles or low.rstrip(".") in _TITLES:
                role = str(d)
    for d in range(1, 5):
        j = i + d
        if j >= len(pieces):
            break
        kind, text, _ = pieces[j]
        if kind == "nl" or (kind == "p" and text in _SENTENCE_ENDS):
            break
        if kind == "tag":
            tag_right = text
            break
    protected = note.protected
    near_protected = "1" if protected and (i - 1 in protected or i + 1 in protected) else ""
    return role, f"{tag_left}|{tag_right}", near_protected


def _context_key(note: _Note, i: int, shape: str, ordinary: bool, vocab: _Vocabulary) -> tuple:
    """Everything the context features of the word at ``note.pieces[i]`` depend on."""
    pieces = note.pieces
    prev = pieces[i - 1] if i > 0 else None
    prev2 = pieces[i - 2] if i > 1 else None
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    nxt2 = pieces[i + 2] if i + 2 < len(pieces) else None
    start = prev is None or prev[0] == "nl" or (prev[0] == "p" and prev[1] in _SENTENCE_ENDS)
    if prev is not None and prev[0] == "p" and prev[1] == "." and prev2 is not None and prev2[0] == "w":
        p2low = prev2[1].lower()
        start = not (len(p2low) == 1 or p2low in _TITLES)  # "dhr. jansen": a title's dot ends no sentence
    listed = prev is not None and prev[0] == "p" and prev[1] in _LIST_MARKS and (prev2 is None or prev2[0] == "nl")
    prep_art = naming = possessive = False
    if prev2 is not None and prev2[0] == "w" and prev is not None and prev[0] == "w":
        before, low = prev2[1].lower(), prev[1].lower()
        prep_art = before in _PLACE_PREPOSITIONS and low in _ARTICLES
        naming = before in _NAMING or low in _NAMING
    if prev is not None and prev[0] == "w" and prev[1].lower() in _POSSESSIVES:
        possessive = True
    before_content, skipped_before = _content(pieces, i, -1)
    after_content, skipped_after = _content(pieces, i, 1)
    return (
        shape,
        ordinary,
        vocab.around(prev),
        vocab.around(prev2),
        vocab.around(nxt),
        vocab.around(nxt2),
        start or listed,
        note.caps,
        note.english,
        prep_art,
        naming,
        possessive,
        vocab.around(before_content) if skipped_before else (),
        vocab.around(after_content) if skipped_after else (),
        _window(note, i, vocab),
        note.seen(pieces[i][1]),
        listed,
    )


def _context_strings(key: tuple) -> list[str]:
    """The context features of a :func:`_context_key`."""
    (
        shape,
        ordinary,
        p1,
        p2,
        n1,
        n2,
        start,
        caps,
        english,
        prep_art,
        naming,
        possessive,
        pc,
        nc,
        window,
        seen,
        listed,
    ) = key
    out = ["p1" + f for f in p1]
    out += ["p2" + f for f in p2]
    out += ["n1" + f for f in n1]
    out += ["n2" + f for f in n2]
    out += ["pc" + f for f in pc]
    out += ["nc" + f for f in nc]
    out.append(f"p1n1:{p1[0]}|{n1[0]}")
    out.append(f"sh|p1:{shape}|{p1[-1]}")
    out.append(f"sh|n1:{shape}|{n1[-1]}")
    if pc:
        out.append(f"sh|pc:{shape}|{pc[-1]}")
    if nc:
        out.append(f"sh|nc:{shape}|{nc[-1]}")
    out.append(f"start:{int(start)}{shape}")
    out.append(f"caps:{caps}{shape}{int(start)}")
    role, tags, near_protected = window
    if role:
        out.append(f"role@{role}:{shape}")
    if tags != "|":
        out.append("tags:" + tags)
        out.append(f"tag|sh:{tags}|{shape}")
    if near_protected:
        out.append("by-protected")
    if seen:
        out.append(f"seen:{seen}{shape}{int(ordinary)}")
    if listed:
        out.append("listed")
    if english:
        out.append(f"en:{shape}{int(ordinary)}")
    if prep_art:
        out.append("prep-art")
    if naming:
        out.append("naming")
    if possessive:
        out.append("possessive")
    return out


def context_features(note: _Note, i: int, shape: str, ordinary: bool, vocab: _Vocabulary) -> list[str]:
    """What the words and tags around the word at ``note.pieces[i]`` say, and where it stands."""
    return _context_strings(_context_key(note, i, shape, ordinary, vocab))


def features(note: _Note, i: int, vocab: _Vocabulary) -> list[str]:
    """The features of the word at ``note.pieces[i]`` (what training learns from)."""
    own, shape, ordinary = own_features(note.pieces[i][1], vocab)
    return own + context_features(note, i, shape, ordinary, vocab)


class Scorer:
    """The learned weights: ``score`` a word of a note, ``flags`` what is above the threshold."""

    def __init__(self, weights: dict[str, float], threshold: float) -> None:
        self.weights = weights
        self.threshold = threshold
        self.vocab = _Vocabulary()
        self._tokens: dict[str, tuple[float, str, bool]] = {}
        self._contexts: dict[tuple, float] = {}
        self._statuses: dict[str, int] = {}
        # the sum of weights above which a probability passes the threshold
        self._cut = math.log(threshold / (1 - threshold))

    def _own(self, token: str) -> tuple[float, str, bool]:
        """The weight of what ``token`` says on its own, its shape and whether it is ordinary;
        kept per token (notes repeat their words)."""
        if token.isdigit() and token not in self.vocab.words:
            token = "0" * len(token)  # what a number says on its own is its length ("digits:", "len:")
        found = self._tokens.get(token)
        if found is None:
            own, shape, ordinary = own_features(token, self.vocab)
            w = self.weights
            if len(self._tokens) > 50_000:
                self._tokens.clear()
            found = self._tokens[token] = (sum(w.get(f, 0.0) for f in own), shape, ordinary)
        return found

    def logit(self, note: _Note, i: int) -> float:
        own, shape, ordinary = self._own(note.pieces[i][1])
        key = _context_key(note, i, shape, ordinary, self.vocab)
        around = self._contexts.get(key)
        if around is None:
            w = self.weights
            if len(self._contexts) > 50_000:
                self._contexts.clear()
            around = self._contexts[key] = sum(w.get(f, 0.0) for f in _context_strings(key))
        return own + around

    def _status(self, token: str) -> int:
        """0: never scored (a function word, role, month, title or job title, a word of one
        letter); 1: scored; 2: scored only after a preposition and an article (a lower-case
        ordinary word no list of names or places knows: "via de brug"). Kept per token."""
        found = self._statuses.get(token)
        if found is None:
            vocab = self.vocab
            low = token.lower()
            if (
                len(token) < 2
                or low in _FUNCTION
                or low in vocab.roles
                or low in vocab.months
                or low.rstrip(".") in _TITLES
                or a_job_title(token)  # (a role in any form stays: "Regiebehandelaar", "PB'er")
            ):
                found = 0
            elif token.islower() and low in vocab.words and not vocab.named(low):
                found = 2
            else:
                found = 1
            if len(self._statuses) > 50_000:
                self._statuses.clear()
            self._statuses[token] = found
        return found

    def candidates(self, note: _Note, shielded: Sequence[tuple[int, int]]) -> list[int]:
        """Which words of ``note`` may be scored (see :meth:`_status`), outside ``shielded``
        (tags, protected words, suspects already found)."""
        out = []
        pieces = note.pieces
        status = self._status
        for i, (kind, token, start) in enumerate(pieces):
            if kind != "w":
                continue
            how = status(token)
            if not how:
                continue
            if how == 2 and not (
                i > 1
                and pieces[i - 1][1] in _ARTICLES
                and pieces[i - 2][0] == "w"
                and pieces[i - 2][1].lower() in _PLACE_PREPOSITIONS
            ):
                continue
            end = start + len(token)
            if shielded and any(a < end and start < b for a, b in shielded):
                continue
            out.append(i)
        return out

    def flags(
        self, text: str, shielded: Sequence[tuple[int, int]], protected: Sequence[tuple[int, int]] = ()
    ) -> list[tuple[str, int]]:
        """(token, start) of every word of the scrubbed note ``text`` outside ``shielded`` that
        scores above the threshold (``protected``: the party, template and team-list words among
        ``shielded``, which the features read as such)."""
        note = _Note(text, protected)
        out = []
        for i in self.candidates(note, shielded):
            if self.logit(note, i) > self._cut:
                _, token, start = note.pieces[i]
                out.append((token, start))
        return out


def read_weights(text: str) -> tuple[dict[str, float], float]:
    """The weights and the threshold of a weights file's text (see ``data/suspect_scorer.tsv``)."""
    body = _COMMENT_LINE.sub("", text).strip()
    # name TAB value NEWLINE name TAB value ...: one split, read in C (the file has 16,000 lines)
    fields = body.replace("\r", "").replace("\n", "\t").split("\t") if body else []
    weights = dict(zip(fields[::2], map(float, fields[1::2]), strict=True))
    threshold = weights.pop("@threshold", 0.5)
    return weights, threshold


@cache
def shipped_scorer() -> Scorer | None:
    """The scorer of the shipped weights, or None when the file is missing (a trimmed install)."""
    from .cachefile import default_cache_dir

    try:
        weights, threshold = kept_weights(_DATA, default_cache_dir())
    except OSError:
        return None
    return Scorer(weights, threshold)


def kept_weights(data: Path, cache_dir: Path) -> tuple[dict[str, float], float]:
    """:func:`read_weights` of the weights file ``data``, kept in ``cache_dir`` (marshal, named
    for a digest of the file's bytes): parsing its 16,000 lines took ~0.013 s in each process of
    a harvest, reading them back ~0.002 s. A kept file that does not read back as such a table
    is parsed again and written anew; one kept for other weights is removed then."""
    import hashlib
    import marshal

    raw = data.read_bytes()
    path = cache_dir / f"scorer-{hashlib.blake2b(raw, digest_size=12).hexdigest()}.marshal"
    try:
        weights, threshold = marshal.loads(path.read_bytes())
        if type(threshold) is float and all(type(v) is float for v in weights.values()):
            return weights, threshold
    except (OSError, ValueError, EOFError, TypeError, AttributeError):
        pass
    weights, threshold = read_weights(data.read_text("utf-8"))
    if cache_dir.is_dir():  # (the word lists are prepared: see .cachefile)
        from .cachefile import write_cache

        write_cache(path, marshal.dumps((weights, float(threshold))))  # the next harvest reads it
        for other in cache_dir.glob("scorer-*.marshal"):
            if other != path:
                try:
                    other.unlink()
                except OSError:
                    pass
    return weights, threshold


def learned_suspects(
    text: str,
    shielded: Collection[tuple[int, int]],
    scorer: Scorer | None = None,
    protected: Sequence[tuple[int, int]] = (),
) -> list[tuple[str, int, str]]:
    """(token, start, untranslated reason) of what the learned scorer flags in the scrubbed note
    ``text``, outside ``shielded``."""
    scorer = scorer or shipped_scorer()
    if scorer is None:
        return []
    return [
        (token, start, WHY_MODEL_NUMBER if any(c.isdigit() for c in token) else WHY_MODEL)
        for token, start in scorer.flags(text, list(shielded), protected)
    ]
