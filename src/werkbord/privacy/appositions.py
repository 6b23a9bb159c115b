"""Names a note sets beside a person in lower case (issue #22's seventh session). Pure; examples
are made up.

- An apposition: a first name between commas after a person, family or role word a few words
  before ("zijn mentor van toen, marjolein, belt", "een zoon van 9, sem, die ..."). The commas
  and the person word make it a name also when the name is an ordinary word ("marjolein").
- A nickname in quotes right after a person, in brackets or between commas ("Dhr. Pietersen
  ('pluis')", "zijn oom, 'kleine henk', komt"): one to three lower-case words, no sentence (no
  pronoun, no verb, no "niet"). Quotes right after a person without them are as often what the
  person says or does ("cliënt 'wartaal' sprak", "papa 'heel boos' was"): left to other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator

Span = tuple[int, int]

# ", marjolein," / ", sem, die": a lower-case word between commas (or before "die"/"en" after a comma).
_BETWEEN_COMMAS = re.compile(r",[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{1,20})[ \t]*(?:,|[ \t]+(?:die|en)\b)")
_WORD = re.compile(r"[^\W\d_]+")
# The person before the quotes: a tag, a word, a title's dot; then a comma or a bracket, the quote.
_QUOTE_AFTER = re.compile(
    r"(\[(?:PERSOON|PATIENT)-\d+\]|[^\W\d_]+)\.?[ \t]*(?:,[ \t]*['\"‘“](?P<a>{q})['\"’”][ \t]*[,)]"
    r"|\([ \t]*['\"‘“](?P<b>{q})['\"’”][ \t]*\))".format(
        q=r"(?:[a-zà-ÿ][a-zà-ÿ'’-]*[ \t]+){0,2}[a-zà-ÿ][a-zà-ÿ'’-]{1,20}"
    )
)
# What makes the quoted words a sentence or a saying, no name.
_SAYING = frozenset(
    """ik je jij we wij ze zij hij het u men mij me hem haar ons niet geen wel nooit altijd is was ben
    wil kan moet zijn heb heeft doe doet gaat ga zoals als dat dit die er""".split()
)


def appositions(
    text: str, first_names: Container[str], person_word: Callable[[str], bool], no_name: Callable[[str], bool]
) -> Iterator[Span]:
    """First names between commas after a person word (see the module's docstring)."""
    for m in _BETWEEN_COMMAS.finditer(text):
        low = m.group(1).lower()
        if low not in first_names or no_name(low):
            continue
        before = _WORD.findall(text, max(0, m.start() - 40), m.start())[-4:]
        if any(person_word(w.lower()) for w in before):
            yield m.start(1), m.end(1)


def quoted_nicknames(text: str, person: Callable[[str], bool]) -> Iterator[Span]:
    """Nicknames in quotes right after a person (see the module's docstring); ``person`` says
    whether the word before the quotes is a person, a family or role word, or a name."""
    for m in _QUOTE_AFTER.finditer(text):
        group = "a" if m.group("a") is not None else "b"
        if any(w.lower() in _SAYING for w in m.group(group).split()):
            continue
        if m.group(1).startswith("[") or person(m.group(1)):
            yield m.start(group), m.end(group)
