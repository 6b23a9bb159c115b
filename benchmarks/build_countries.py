"""Rebuild ``src/werkbord/privacy/data/countries.txt`` from the Unicode CLDR.

Not a benchmark: a one-off build step, kept here so the data file can be made again. Where
someone's family lives or comes from ("oma in Zuid-Afrika", "wil terug naar Zimbabwe") identifies
no one on its own, and werkbord's own list of countries (``words.COUNTRIES``) held only the sixty a
note meets most, so a note in a new voice lost the others as places or names. The CLDR (Unicode
licence, https://cldr.unicode.org) names every territory in Dutch and in English; babel (BSD, in
werkbord's test extra) ships those names. This script writes each one-word name (hyphens allowed),
lower case, and leaves out:

  - continents and regions ("Azië", "Europa": "restaurant Azië" may name a business) and the
    CLDR's pseudo-territories;
  - every name that is also a first name or a surname on werkbord's lists ("Jordan", "Georgia",
    "Chad"): a name must stay a name;
  - the islands of the Kingdom and other territories so small that naming one points to a small
    community ("Sint-Maarten", "Saint-Barthélemy", "Tokelau"): those stay places.

    python benchmarks/build_countries.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = """\
# werkbord: countries of the world by their name, in Dutch and in English, lower case: where
# someone's family lives or comes from ("familie in Zimbabwe", "oma in Zuid-Afrika") identifies
# no one on its own, so these are no names or places to replace (read with the sixty countries of
# words.py).
#
# Source: the Unicode Common Locale Data Repository (CLDR, https://cldr.unicode.org, Unicode
#   licence), its Dutch and English display names of territories as the babel package ships
#   them; built by benchmarks/build_countries.py: countries only (no continent, region or
#   pseudo-territory), one-word names (hyphens allowed), without the ones that are also a first
#   name or a surname on werkbord's name lists ("Jordan", "Georgia", "Chad") and without the
#   Kingdom's islands and territories of fewer than about 100,000 people ("Sint-Maarten",
#   "Tokelau"), which point to a small community.
# Format: words separated by white space; a line starting with "#" is a comment.
"""

# CLDR codes that are no country: regions with letters and pseudo-territories.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
# The Kingdom's parts (Aruba and Curaçao are on words.py's own list) and territories of fewer
# than about 100,000 people: naming one points to a small community, so it stays a place.
_SMALL = frozenset(
    """AS AI AQ AC AW BM BQ BV CC CK CP CW CX DG FK FO GG GI GL GS HM IM IO JE KY MF MP MS NF NR NU
    PM PN SH SJ SX TA TC TF TK TV UM VA VG VI WF BL AX AD LI MC SM PW MH KN DM""".split()
)


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from babel import Locale

    from werkbord.privacy.lexicon import first_names, surnames

    people = first_names() | surnames()
    countries = {
        low
        for loc in ("nl", "en")
        for code, n in Locale.parse(loc).territories.items()
        if code.isalpha()
        and code not in _NOT_COUNTRIES
        and code not in _SMALL
        and " " not in (low := n.lower())
        and low.replace("-", "").isalpha()
        and low not in people
    }
    ordered = sorted(countries)
    out = Path(__file__).resolve().parents[1] / "src/werkbord/privacy/data/countries.txt"
    lines = [" ".join(ordered[i : i + 10]) for i in range(0, len(ordered), 10)]
    out.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")
    print(f"{out}: {len(ordered)} words")


if __name__ == "__main__":
    main()
