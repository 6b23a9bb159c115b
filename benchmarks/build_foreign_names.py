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
from collections import Counter
from collections.abc import Callable
from pathlib import Path

# Central and Eastern Europe (the list's first build), then the world's languages Dutch care
# notes meet (issue #22's eighth session): every locale whose names Faker writes in Latin letters
# or that has a romanised provider, and Greek, Georgian and Armenian in Latin letters.
LOCALES = "pl_PL ro_RO bg_BG hu_HU lt_LT lv_LV sk_SK cs_CZ hr_HR sl_SI uk_UA ru_RU".split()
WORLD_LOCALES = (
    "tr_TR az_AZ uz_UZ fr_DZ en_PK en_IN en_KE en_NG ha_NG ig_NG yo_NG tw_GH zu_ZA sw id_ID vi_VN en_TH "
    "pt_BR pt_PT es_ES es_MX es_CO es_AR es_CL it_IT fr_FR el_GR ka_GE hy_AM zh_CN zh_TW ja_JP"
).split()
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
# Greek (ELOT 743, simplified: "ου" -> "ou" below), Georgian (national system of 2002) and
# Armenian (a simple BGN-like one; "ու" -> "u" below).
_EL = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i i y y".split(),
        strict=True,
    )
)
_KA = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split(),
        strict=True,
    )
)
_HY = dict(
    zip(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև",
        "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f ev".split(),
        strict=True,
    )
)
_DIGRAPHS = {"el_GR": (("ου", "ou"), ("ού", "ou")), "hy_AM": (("ու", "u"),)}
_TRANSLIT = {"bg_BG": _BG, "uk_UA": _UK, "ru_RU": _RU, "el_GR": _EL, "ka_GE": _KA, "hy_AM": _HY}


def _latin(name: str, locale: str) -> str:
    table = _TRANSLIT.get(locale)
    if table is None:
        return name
    name = name.lower()
    for pair, latin in _DIGRAPHS.get(locale, ()):
        name = name.replace(pair, latin)
    return "".join(table.get(c, c).replace("_", "") for c in name)


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("đ", "d").replace("ı", "i"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _names(provider: type, kind: str) -> set[str]:
    """The provider's names of ``kind``; where it has romanised ones (Chinese, Japanese), only those."""
    romanised = kind.replace("_name", "_romanized_name")
    if any(romanised in attr for attr in dir(provider)):
        kind = romanised
    out: set[str] = set()
    for attr in dir(provider):
        if kind not in attr or attr.startswith("_"):
            continue
        value = getattr(provider, attr)
        if isinstance(value, (tuple, list, dict)):
            out |= {str(v) for v in value}
    return out


def _found(locales: list[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"first": set(), "surname": set()}
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for kind, attr in (("first", "first_name"), ("surname", "last_name")):
            for raw in _names(provider, attr):
                name = _latin(raw, locale).lower().strip()
                forms = {name, _ascii(name)}
                if kind == "surname" and name.endswith(("ski", "cki", "dzki")):
                    forms |= {f[:-1] + "a" for f in set(forms)}  # "wiśniewski" -> "wiśniewska"
                found[kind] |= forms
    return found


# Dutch shorthand and chat words, and Latin plurals of clinical language ("de modi van het
# schemamodel"), that no word list holds and a name of another language spells.
_SHORTHAND = frozenset("oke okee oki eco dif bro sis info demo memo iban modi stimuli loci nuclei foci radii".split())


def _opentaal() -> frozenset[str]:
    from werkbord.privacy.lexicon import opentaal_words

    return opentaal_words()


def _world_filters() -> list[tuple[str, Callable[[str], bool]]]:
    """What a name of the world's locales must not be, besides a Dutch word: each a reason the
    build counts. A name that is also such a word would scrub that word in a clean note."""
    from werkbord.privacy.english_vocabulary import english_words
    from werkbord.privacy.lexicon import _deduce_list, medication_names, town_names
    from werkbord.privacy.words import (
        COUNTRIES,
        ENGLISH_NOT_NAMES,
        MONTHS_AND_DAYS,
        NOT_INITIALS,
        RESPECT_WORDS,
        WORLD_WORDS,
        is_feast,
    )

    english = english_words()
    whitelist = {
        w.lower()
        for sub in ("lst_common_word", "lst_medical_term", "lst_stop_word")
        for w in _deduce_list("whitelist", sub, "items.txt")
    }
    towns = {t.lower() for t in town_names()}
    medicines = medication_names()

    def folded(n: str) -> str:
        return _ascii(n)

    return [
        ("an English word (english-words)", lambda n: n in english or n in ENGLISH_NOT_NAMES),
        (
            "a Dutch or English word without its accents, Dutch shorthand or clinical Latin",
            lambda n: folded(n) in english or folded(n) in _opentaal() or n in _SHORTHAND,
        ),
        ("a word of deduce's whitelist (common, medical, stop words)", lambda n: n in whitelist),
        (
            "a word of respect or an ordinary word of another language (data/world_words.txt)",
            lambda n: n in RESPECT_WORDS or n in WORLD_WORDS,
        ),
        ("a medicine (data/medication.txt)", lambda n: n in medicines),
        ("a care abbreviation (data/abbreviations.txt)", lambda n: n in NOT_INITIALS),
        ("a Dutch town or municipality (deduce)", lambda n: n in towns),
        ("a country, month, day or feast", lambda n: n in COUNTRIES or n in MONTHS_AND_DAYS or is_feast(n)),
    ]


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from werkbord.privacy.lexicon import _deduce_list, opentaal_words
    from werkbord.privacy.words import NOT_NAMES, ROLE_WORDS

    words = opentaal_words()
    # deduce's own lists (not werkbord's, which already hold this file's names)
    known = {
        "first": {n.lower() for n in _deduce_list("names", "lst_first_name", "items.txt")},
        "surname": {n.lower() for n in _deduce_list("names", "lst_surname", "items.txt")},
    }
    europe, world = _found(LOCALES), _found(WORLD_LOCALES)
    filters = _world_filters()
    dropped: Counter[str] = Counter()
    out = Path(__file__).resolve().parents[1] / "src/werkbord/privacy/data/foreign_names.txt"
    lines = [ln for ln in out.read_text("utf-8").splitlines() if ln.startswith("#")] if out.exists() else []
    for kind in ("first", "surname"):
        keep = set()
        for n in europe[kind] | world[kind]:
            if not (len(n) >= 3 and n.replace("-", "").isalpha() and " " not in n):
                continue
            base = [
                ("a Dutch word (OpenTaal)", n in words),
                (
                    "a word werkbord knows is no name (words.py NOT_NAMES, data/world_words.txt, peoples)",
                    n in NOT_NAMES,
                ),
                ("a role word", n in ROLE_WORDS),
                ("on deduce's list already", n in known[kind]),
            ]
            if n in europe[kind]:  # Central Europe's part stays as first built
                if any(hit for _, hit in base):
                    continue
            else:  # the world's names pass more filters
                reason = next((why for why, hit in base if hit), None) or next(
                    (why for why, hit in filters if hit(n)), None
                )
                if reason is not None:
                    dropped[reason] += 1
                    continue
            keep.add(n)
        lines += [f"[{kind}]", *sorted(keep)]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{out}: {sum(1 for ln in lines if not ln.startswith(('#', '[')))} names")
    print(f"names of the world's locales: {sum(dropped.values())} left out, as:")
    for why, n in dropped.most_common():
        print(f"  {n:5}  {why}")


if __name__ == "__main__":
    main()
