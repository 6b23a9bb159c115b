"""Rebuild ``src/werkbord/privacy/data/languages.txt`` and ``countries.txt`` from the Unicode CLDR.

Not a benchmark: a one-off build step, kept here so the data file can be made again. A note in a
new voice names the language someone speaks ("tolk Wolof", "spreekt Malayalam thuis", "in het
Kirundi"); a word list of Dutch lacks most of them, so the rules read them as a name, a place or
an organisation. The CLDR (Unicode licence, https://cldr.unicode.org) names every language in
Dutch and in English; babel (BSD, already a dependency of werkbord) ships those names. This
script writes each one-word name in either language, lower case, and leaves out every name that
is also a first name or a surname on werkbord's lists, or a Dutch town (a name must stay a name:
"Nama", "Bena", "Mende").

The same for countries ("Zuid-Afrika", "Zimbabwe", "Zuid-Korea"; no continents or regions):
where someone's family lives or comes from identifies no one on its own, and werkbord's own list
of countries held only the sixty a note meets most. Here the names of towns are not left out
(a hamlet called "Polen" or "Amerika" is no reason to read the country as a place), the names of
people are.

    python benchmarks/build_cldr_lists.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HEADER = """\
# werkbord: languages by their name, in Dutch and in English, lower case: a note names the
# language someone speaks or a meeting was held in ("tolk Wolof", "spreekt Malayalam thuis",
# "in het Kirundi"), and that identifies no one on its own, so these are no names, places or
# organisations (read with data/peoples.txt).
#
# Source: the Unicode Common Locale Data Repository (CLDR, https://cldr.unicode.org, Unicode
#   licence), its Dutch and English display names of languages as the babel package ships them;
#   built by benchmarks/build_cldr_lists.py: one-word names of five letters or more (a shorter one
#   is mostly an abbreviation too: "Teso", "Ewe"), without the ones that are also a
#   first name or a surname on werkbord's name lists or a Dutch town, and the adjective of a
#   Dutch name of two words ("haïtiaans" of "Haïtiaans Creools").
# Format: words separated by white space; a line starting with "#" is a comment.
"""


COUNTRIES_HEADER = """\
# werkbord: countries of the world by their name, in Dutch and in English, lower
# case: where someone's family lives or comes from ("familie in Zimbabwe", "oma in Zuid-Afrika")
# identifies no one on its own, so these are no names or places to replace (read with the
# sixty countries of words.py).
#
# Source: the Unicode Common Locale Data Repository (CLDR, https://cldr.unicode.org, Unicode
#   licence), its Dutch and English display names of territories as the babel package ships
#   them; built by benchmarks/build_cldr_lists.py: countries and territories only (no continent
#   or region: "restaurant Azië" may name a business), one-word names (hyphens allowed), without the
#   ones that are also a first name or a surname on werkbord's name lists ("Jordan", "Georgia",
#   "Israel", "Chad", "Mali").
# Format: words separated by white space; a line starting with "#" is a comment.
"""


_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})  # the CLDR's regions with letters, not countries


def _write(name: str, header: str, words: set[str]) -> None:
    out = Path(__file__).resolve().parents[1] / "src/werkbord/privacy/data" / name
    ordered = sorted(words)
    lines = [" ".join(ordered[i : i + 10]) for i in range(0, len(ordered), 10)]
    out.write_text(header + "\n".join(lines) + "\n", "utf-8")
    print(f"{out}: {len(ordered)} words")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from babel import Locale

    from werkbord.privacy.lexicon import first_names, surnames, town_names

    names = {n for loc in ("nl", "en") for n in Locale.parse(loc).languages.values()}
    # the adjective of a Dutch name of two words: "Haïtiaans Creools", "Algerijns Arabisch"
    names |= {
        w
        for n in Locale.parse("nl").languages.values()
        for w in n.split()[:-1]
        if len(n.split()) > 1 and w.endswith(("s", "se")) and w[:1].isupper()
    }
    people = first_names() | surnames()
    towns = {t.lower() for t in town_names()}
    keep: set[str] = set()
    dropped: Counter[str] = Counter()
    for name in names:
        low = name.lower()
        if " " in low or not low.replace("-", "").isalpha() or len(low) < 5:
            dropped["more than one word, not letters, or shorter than five letters"] += 1
        elif low in people:
            dropped["a first name or a surname"] += 1
        elif low in towns:
            dropped["a Dutch town"] += 1
        else:
            keep.add(low)
    _write("languages.txt", HEADER, keep)
    print("languages left out:")
    for why, n in dropped.most_common():
        print(f"  {n:5}  {why}")
    countries = {
        low
        for loc in ("nl", "en")
        for code, n in Locale.parse(loc).territories.items()
        if code.isalpha()
        and code not in _NOT_COUNTRIES  # a country; not "Azië", "Europa", "Verenigde Naties"
        and " " not in (low := n.lower())
        and low.replace("-", "").isalpha()
        and low not in people
    }
    _write("countries.txt", COUNTRIES_HEADER, countries)


if __name__ == "__main__":
    main()
