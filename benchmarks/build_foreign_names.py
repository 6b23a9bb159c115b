"""Rebuild ``src/werkbord/privacy/data/foreign_names.txt`` from Faker's person providers.

Not a benchmark: a one-off build step, kept here so the data file can be made again. deduce's
name lists (Dutch, with Turkish, Moroccan and Surinamese names) lack most first names and
surnames of the people labour migration and the war in Ukraine brought to Dutch care notes:
Polish, Romanian, Bulgarian, Hungarian, Baltic, Czech, Slovak, Croatian, Slovenian, Ukrainian
and Russian names. Faker (MIT licence, https://github.com/joke2k/faker) ships them per locale as
plain tuples; this script reads them from an installed or unpacked Faker, writes Cyrillic ones
in Latin letters (Bulgaria's official streamlined system, Ukraine's national system of 2010,
and a simple BGN-like one for Russian), adds each name without its diacritics ("wiśniewski" and
"wisniewski") and the female "-ska" of a Polish "-ski", and leaves out every name that is also
an ordinary Dutch word (OpenTaal, deduce's whitelist) or already on deduce's lists.

    pip download faker --no-deps -d /tmp/faker && (cd /tmp/faker && unzip -q faker-*.whl)
    python benchmarks/build_foreign_names.py /tmp/faker
"""

from __future__ import annotations

import importlib
import sys
import unicodedata
from pathlib import Path

LOCALES = "pl_PL ro_RO bg_BG hu_HU lt_LT lv_LV sk_SK cs_CZ hr_HR sl_SI uk_UA ru_RU".split()
_BG = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюя",
        "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya".split(),
        strict=True,
    )
)
_UK = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’",
        "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia _ _".split(),
        strict=True,
    )
)
_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
        strict=True,
    )
)
_TRANSLIT = {"bg_BG": _BG, "uk_UA": _UK, "ru_RU": _RU}


def _latin(name: str, locale: str) -> str:
    table = _TRANSLIT.get(locale)
    if table is None:
        return name
    return "".join(table.get(c, c).replace("_", "") for c in name.lower())


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("đ", "d").replace("ı", "i"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _names(provider: type, kind: str) -> set[str]:
    out: set[str] = set()
    for attr in dir(provider):
        if kind not in attr:
            continue
        value = getattr(provider, attr)
        if isinstance(value, (tuple, list, dict)):
            out |= {str(v) for v in value}
    return out


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from werkbord.privacy.lexicon import first_names, opentaal_words, surnames
    from werkbord.privacy.words import NOT_NAMES, ROLE_WORDS

    words, dutch_first, dutch_last = opentaal_words(), first_names(), surnames()
    found: dict[str, set[str]] = {"first": set(), "surname": set()}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for kind, attr in (("first", "first_name"), ("surname", "last_name")):
            for raw in _names(provider, attr):
                name = _latin(raw, locale).lower().strip()
                forms = {name, _ascii(name)}
                if kind == "surname" and name.endswith(("ski", "cki", "dzki")):
                    forms |= {f[:-1] + "a" for f in set(forms)}  # "wiśniewski" -> "wiśniewska"
                found[kind] |= forms
    known = {"first": dutch_first, "surname": dutch_last}
    out = Path(__file__).resolve().parents[1] / "src/werkbord/privacy/data/foreign_names.txt"
    lines = [ln for ln in out.read_text("utf-8").splitlines() if ln.startswith("#")] if out.exists() else []
    for kind in ("first", "surname"):
        keep = sorted(
            n
            for n in found[kind]
            if len(n) >= 3
            and n.replace("-", "").isalpha()
            and " " not in n
            and n not in words
            and n not in NOT_NAMES
            and n not in ROLE_WORDS
            and n not in known[kind]
        )
        lines += [f"[{kind}]", *keep]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{out}: {sum(1 for ln in lines if not ln.startswith(('#', '[')))} names")


if __name__ == "__main__":
    main()
