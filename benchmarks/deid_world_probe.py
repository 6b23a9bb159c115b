"""World probe: made-up ggz notes naming people of the languages Dutch care meets beyond Dutch,
and made-up clean notes that use those languages' ordinary words (kinship, respect, greetings,
faith, food); how many names are removed (or flagged) and how many clean notes stay as written.

The held-out sets written in voices of multilingual communities leak names no name list of the
project holds and take ordinary words of those languages for names (issue #22). This probe
measures that class on generated notes, so a rule or list is judged on names it was not built
from:

  - the names are written here by hand per language (common given names and family names as
    they are romanised in the Netherlands), **not** drawn from Faker, the source of
    ``data/foreign_names.txt``; some of them are on that list anyway (a common name is common),
    and ``--overlap`` prints how many;
  - the languages are split in two halves: **tune** (the rules and lists may be looked at against
    them) and **report** (measured only, never used to choose anything). Report the second half.
  - every note is generated (seeded) from a frame of a ggz note (``NAME_FRAMES``: a full name, a
    name opening a note, a name inside a sentence, lower-case after a family word, a verb or a
    title, a respect word before a name, ...) and clean frames (``CLEAN_FRAMES``) with the
    language's ordinary words (``WORDS``), which must stay exactly as written.

Every name and sentence here is made up for this probe; no test set is read. In-process, every
note on its own, as ``deid_quality.py`` does.

    python benchmarks/deid_world_probe.py [--half tune|report|both] [--per-frame 3] [--seed 22] [--show]
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402
import probe_tally as pt  # noqa: E402


@dataclass(frozen=True)
class Language:
    first: tuple[str, ...]
    surnames: tuple[str, ...]
    respect: tuple[str, ...]  # kinship and respect words written before a name ("Kuya", "Abla")
    words: tuple[str, ...]  # ordinary words a note may capitalise: greetings, faith, food, family


def _lang(first: str, surnames: str, respect: str, words: str) -> Language:
    return Language(tuple(first.split()), tuple(surnames.split()), tuple(respect.split()), tuple(words.split()))


# The tuning half: rules and lists may be checked against these.
TUNE: dict[str, Language] = {
    "Turkish": _lang(
        "Mehmet Ayşe Emine Yusuf Elif Burak Zeynep Hüseyin Kübra Oğuz Sevgi Tuncay Gülsüm Ercan",
        "Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Doğan Kılıç Aslan Korkmaz",
        "Abla Abi Teyze Amca Hoca Dede Nene",
        "Bayram İnşallah Maşallah Börek Hanım Kolonya Sünnet Mevlit Anneanne",
    ),
    "Arabic (Maghreb, Levant)": _lang(
        "Mohammed Fatima Youssef Khadija Hamza Samira Nabil Rachida Bilal Latifa Tarek Houda Anas Ghalia",
        "Benali Haddad Khalil Mansour Bouzid Amrani Tahiri Zerrouki Idrissi Nasser Hamdan Sabbagh",
        "Khalti Ammo Hajji Sheikh Imam Lalla Sidi",
        "Habibi Inshallah Alhamdulillah Salam Yalla Wallah Iftar Tajine Couscous Hammam Zakat",
    ),
    "Tigrinya": _lang(
        "Tesfay Mebrahtu Senait Yohannes Helen Abrehet Kidane Luwam Filmon Semhar Tekle Eden",
        "Gebremedhin Tesfamariam Haile Berhane Woldu Ghebreyesus Kahsay Asmerom Habte Negash",
        "Abba Abune Emma Gual",
        "Injera Zigni Selam Kemey Buna Mesob Shiro Tsebhi Meskel",
    ),
    "Tagalog": _lang(
        "Jomar Rowena Marites Jericho Lovely Rodel Analyn Reynaldo Jhunnel Maricel Arnel Jasmin",
        "Dela Cruz Bautista Santos Mendoza Villanueva Macaraeg Dimaculangan Pangilinan Lacson Sison",
        "Kuya Ate Tita Tito Lola Lolo Nanay Tatay",
        "Salamat Adobo Pancit Anak Bayanihan Simbang Kababayan Lumpia Pasalubong",
    ),
    "Yoruba": _lang(
        "Oluwaseun Adebayo Folasade Olumide Temitope Babajide Yetunde Oluwadamilare Morenike Adeola Tunde",
        "Adeyemi Okonkwo Balogun Ogunleye Adewale Olatunji Fashola Akinwale Ogunbiyi Oyelaran",
        "Mummy Daddy Aunty Oga Alhaji Alhaja Pastor",
        "Jollof Egusi Ekaro Owambe Amala Suya Ankara Wahala Abeg",
    ),
    "Vietnamese": _lang(
        "Thuy Minh Huong Quang Phuong Tuan Ngoc Dung Khanh Trinh Hanh Thanh",
        "Nguyen Tran Pham Hoang Phan Dang Bui Huynh Truong Vo",
        "Bac Chu Chi Ong",
        "Pho Banh Tet Nuoc Xin Chao Bun",
    ),
    "Portuguese (Brazil, Cape Verde)": _lang(
        "Thiago Gabriela Leandro Aparecida Rodrigo Juliana Wellington Rosangela Djalma Fernanda Edvaldo",
        "Oliveira Nascimento Rodrigues Carvalho Fernandes Gonçalves Moreira Tavares Semedo Lopes",
        "Vovó Vovô Tia Tio Dona Seu",
        "Saudade Feijoada Obrigada Cachupa Morna Mãe Irmão Fado Padrinho",
    ),
    "Dari and Pashto": _lang(
        "Mohammad Zahra Farid Marzia Ahmadullah Shabnam Najib Freshta Rahmatullah Mursal Wahid Nargis",
        "Ahmadzai Rahimi Karimi Sultani Hakimi Noori Popal Sadat Stanikzai Wardak",
        "Khala Kaka Agha Bibi Mullah Haji",
        "Tashakor Qabuli Bolani Nowruz Chapan Mantu Zakat Namaz",
    ),
}

# The reporting half: measured, never used to choose a rule or a list entry.
REPORT: dict[str, Language] = {
    "Somali": _lang(
        "Abdirahman Faadumo Hodan Cabdi Ayaan Liban Sahra Mahad Nimco Abdiqani Ubah Guled",
        "Warsame Farah Jama Hirsi Osman Mohamud Abdullahi Aden Egal Yusuf",
        "Hooyo Aabo Abti Eedo Ayeeyo Macalin Sheekh",
        "Canjeero Mahadsanid Walaal Xalwo Suqaar Subax Nabad Qaraabo",
    ),
    "Tamil": _lang(
        "Karthik Priyanka Senthil Vasanthi Murugan Kavitha Rajendran Tharshini Kumaran Nithya Suresh",
        "Subramaniam Krishnan Pillai Rajaratnam Sivakumar Thevarajah Balasingam Nadarajah Jeyakumar",
        "Amma Appa Akka Anna Thambi Paati Thatha",
        "Vanakkam Pongal Kovil Sambar Idli Machan Thali Thosai Nandri",
    ),
    "Kurdish": _lang(
        "Rezan Berivan Dilan Shirin Hozan Avesta Sherko Nazdar Baran Rojda Kawa Jiyan",
        "Barzani Zebari Hawrami Kurdi Amedi Sindi Bakir Rashid Mahmoud Doski",
        "Kak Xal Mam Pîrê Xatû",
        "Newroz Spas Dayik Bira Dolma Klaw Dengbej Govend",
    ),
    "Indonesian and Moluccan": _lang(
        "Wahyu Siti Agus Dewi Bambang Rina Yohanis Ruben Setiawati Budi Yakob Nurhayati",
        "Pattinama Latumahina Sahetapy Wattimena Pelupessy Tuhumury Santoso Wibowo Hartono Sopacua",
        "Bapak Ibu Mas Mbak Pak Bu Tante",
        "Lebaran Selamatan Rendang Sambal Terima Pela Gandong Nasi",
    ),
    "Akan (Twi)": _lang(
        "Kwame Akosua Kofi Ama Yaw Abena Kwabena Afua Kwesi Adwoa Kojo Efua",
        "Mensah Owusu Boateng Asante Osei Agyeman Appiah Darko Amoako Acheampong",
        "Maame Nana Agya Auntie Wofa Sister",
        "Akwaaba Medaase Fufu Kenkey Kente Abusua Odwira Kelewele",
    ),
    "Spanish (Latin America)": _lang(
        "Alejandro Guadalupe Yesenia Wilmer Xiomara Jhonatan Marisol Eduardo Lizbeth Anderson Rocío",
        "Hernández Restrepo Quintero Valderrama Castañeda Zambrano Ocampo Londoño Guzmán Cárdenas",
        "Abuela Abuelo Tía Doña Don Padrino",
        "Gracias Compadre Comadre Mija Quinceañera Arepa Empanada Ojalá Novena",
    ),
    "Chinese (pinyin)": _lang(
        "Jianhua Xiaoling Wei Meiling Zhiqiang Yanping Haoran Xiuying Guoqiang Lijuan",
        "Zhang Wang Liu Chen Huang Zhao Zhou Xu Sun Guo",
        "Ayi Shushu Nainai Yeye Laoshi Gege Jiejie",
        "Xiexie Jiaozi Hongbao Guanxi Baozi Qingming Zongzi",
    ),
    "Urdu and Punjabi": _lang(
        "Imran Nadia Tariq Saima Asif Shazia Kashif Rubina Waqas Naila Zubair Ayesha",
        "Chaudhry Qureshi Malik Butt Siddiqui Akhtar Rana Bhatti Mirza Sheikh",
        "Bhai Baji Ammi Abbu Phupho Chacha Nani Dadi",
        "Shukriya Biryani Salaam Nikah Mehndi Paratha Dupatta Eid",
    ),
}

HALVES = {"tune": TUNE, "report": REPORT}

# Frames with a name that must go: {F} first name, {S} surname, {f}/{s} the same in lower case,
# {R} a respect or kinship word (which must stay), {G} a second first name.
NAME_FRAMES: dict[str, tuple[str, ...]] = {
    "full name": (
        "Cliënt {F} {S} belt morgen terug over de afspraak.",
        "Aanmelding van {F} {S} via de huisarts, wachtlijst 6 weken.",
        "Tolk: {F} {S}, komt dinsdag mee.",
    ),
    "first name opens": (
        "{F} kwam te laat op de groep, wel betrokken.",
        "{F} slaapt slecht sinds de verhuizing.",
        "{F} wil meer contact met het wijkteam.",
    ),
    "first name inside": (
        "Gesprek gehad met {F} over de schulden.",
        "Vandaag belde {F} de crisisdienst niet, wel de huisarts.",
        "Samen met {F} naar de apotheek geweest.",
    ),
    "surname after title": (
        "Mw. {S} belt over de medicatie.",
        "Dhr. {S} is de mentor van zijn zoon.",
        "Huisarts dr. {S} verwijst door naar de POH.",
    ),
    "lower case after family word": (
        "broer {f} helpt met vervoer naar de poli",
        "zus {f} wil mee naar het gesprek",
        "haar neef {f} vertaalt bij de huisarts",
    ),
    "lower case after verb": (
        "sprak {f} vandaag kort op de gang",
        "heb {f} gebeld, geen gehoor",
        "gezien met {f} bij de inloop",
    ),
    "lower case full name": (
        "intake {f} {s} uitgesteld",
        "mw {s} wil geen tolk",
        "met {f} {s} naar de woningcorporatie",
    ),
    "respect word and name": (
        "{R} {F} brengt haar naar de dagbesteding.",
        "Zij woont bij {R} {F} in de flat.",
        "Volgens {R} {F} slaapt hij weer beter.",
    ),
    "two names in a list": (
        "Kinderen {F} en {G} gaan naar dezelfde school.",
        "{F}, {G} en de moeder komen samen.",
        "met {f} en {g} afgesproken",
    ),
}

# Clean frames: the language's ordinary words must stay; {W} a word, {R} a respect word alone.
CLEAN_FRAMES: dict[str, tuple[str, ...]] = {
    "word opens": (
        "{W} is belangrijk voor haar, dat geeft rust.",
        "{W} en familie komen vaak ter sprake.",
    ),
    "word inside": (
        "Zegt vaak {W} bij binnenkomst, dat hoort er voor hem bij.",
        "Kookt graag {W} voor de groep op vrijdag.",
        "Praat over {W} als iets wat hij mist.",
    ),
    "respect word alone": (
        "Noemt de begeleider {R} uit respect.",
        "De {R} van de familie beslist mee over de zorg.",
        "{R} komt elke week op bezoek.",
    ),
    "respect word in a family's words": (
        "Haar {R} belt dagelijks uit het buitenland.",
        "Wil eerst overleggen met {R} voor ze iets tekent.",
    ),
}


@dataclass(frozen=True)
class ProbeNote:
    half: str
    language: str
    kind: str  # "name" (the secrets must go) or "clean" (the note must stay as written)
    frame: str
    text: str
    secrets: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()  # respect words that must stay as written


def _name_note(rng: random.Random, half: str, lang_name: str, lang: Language, frame: str) -> ProbeNote:
    template = rng.choice(NAME_FRAMES[frame])
    first, second = rng.sample(lang.first, 2)
    surname = rng.choice(lang.surnames)
    respect = rng.choice(lang.respect)
    text = template.format(
        F=first, S=surname, f=first.lower(), s=surname.lower(), G=second, g=second.lower(), R=respect
    )
    secrets = []
    if "{F}" in template or "{f}" in template:
        secrets.append(first if "{F}" in template else first.lower())
    if "{S}" in template or "{s}" in template:
        secrets.append(surname if "{S}" in template else surname.lower())
    if "{G}" in template or "{g}" in template:
        secrets.append(second if "{G}" in template else second.lower())
    keep = (respect,) if "{R}" in template else ()
    return ProbeNote(half, lang_name, "name", frame, text, tuple(secrets), keep)


def _clean_note(rng: random.Random, half: str, lang_name: str, lang: Language, frame: str) -> ProbeNote:
    template = rng.choice(CLEAN_FRAMES[frame])
    text = template.format(W=rng.choice(lang.words), R=rng.choice(lang.respect))
    return ProbeNote(half, lang_name, "clean", frame, text)


def generate(halves: tuple[str, ...] = ("tune", "report"), per_frame: int = 3, seed: int = 22) -> list[ProbeNote]:
    """The probe's notes, the same every run for the same arguments."""
    notes: list[ProbeNote] = []
    for half in halves:
        for lang_name, lang in HALVES[half].items():
            rng = random.Random(f"{seed}:{lang_name}")  # a language's notes do not depend on the others
            for frame in NAME_FRAMES:
                notes += [_name_note(rng, half, lang_name, lang, frame) for _ in range(per_frame)]
            for frame in CLEAN_FRAMES:
                notes += [_clean_note(rng, half, lang_name, lang, frame) for _ in range(per_frame)]
    return list(dict.fromkeys(notes))


@dataclass
class Row(pt.Tally):
    removed: int = 0  # name notes: every secret gone and every respect word kept; clean: untouched
    flagged: int = 0  # name notes: each secret gone or flagged; clean notes: untouched
    suspects: int = 0  # suspects the review step shows in the scrubbed notes


def measure(notes: list[ProbeNote]) -> dict[tuple[str, str, str, str], Row]:
    """Per (half, language, kind, frame): how many notes came out right."""
    run = pt.Pipeline.load()
    out: dict[tuple[str, str, str, str], Row] = {}
    for n in notes:
        row = out.setdefault((n.half, n.language, n.kind, n.frame), Row())
        text, tags = run.scrub(n.text, "")
        found = run.suspects(text)
        spans = pt.spans(found)
        row.notes += 1
        row.suspects += len(found)
        if n.kind == "clean":
            ok = pt.untouched(n.text, text, tags)
            row.removed += ok
            row.flagged += ok
            if not ok:
                row.misses.append(f"{n.text!r} -> {text!r}")
            continue
        gone = [not dq.survives(s, text) for s in n.secrets]
        kept = all(dq.present(k, text) for k in n.keep)
        row.removed += all(gone) and kept
        row.flagged += all(g or dq.flagged(s, text, spans) for s, g in zip(n.secrets, gone, strict=True))
        if not (all(gone) and kept):
            row.misses.append(f"{n.text!r} -> {text!r}")
    return out


def totals(results: dict[tuple[str, str, str, str], Row], by: int = 0) -> dict[tuple[str, str], Row]:
    """Rows summed per (key part ``by`` of the result's key, kind): by half (0) or language (1)."""
    return pt.totals(results, lambda key: (key[by], key[2]), Row)


def overlap(halves: tuple[str, ...]) -> tuple[int, int]:
    """How many of the probe's names (lower case) a name list of the project holds."""
    from werkbord.privacy.lexicon import first_names, surnames

    listed = first_names() | surnames()
    names = {n.lower() for half in halves for lang in HALVES[half].values() for n in (*lang.first, *lang.surnames)}
    return len(names & listed), len(names)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["tune", "report", "both"], default="both")
    ap.add_argument("--per-frame", type=int, default=3)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--show", action="store_true", help="list every miss")
    ap.add_argument("--languages", action="store_true", help="one row per language")
    args = ap.parse_args()
    halves = ("tune", "report") if args.half == "both" else (args.half,)
    results = measure(generate(halves, args.per_frame, args.seed))
    print("| half | kind | frame | notes | removed (clean: untouched) | removed or flagged | suspects per 100 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    frames = pt.totals(results, lambda key: (key[0], key[2], key[3]), Row)  # languages together
    for (half, kind, frame), row in frames.items():
        print(
            f"| {half} | {kind} | {frame} | {row.notes} | {pt.share(row.removed, row.notes)} | "
            f"{pt.share(row.flagged, row.notes)} | {pt.per_100(row.suspects, row.notes)} |"
        )
    print()
    if args.languages:
        for (lang, kind), row in totals(results, by=1).items():
            print(f"  {lang} / {kind}: {pt.share(row.removed, row.notes)}, flagged {pt.share(row.flagged, row.notes)}")
        print()
    for (half, kind), row in totals(results).items():
        what = "names removed" if kind == "name" else "clean notes untouched"
        print(
            f"**{half}, {what}**: {pt.share(row.removed, row.notes)}; removed or flagged "
            f"{pt.share(row.flagged, row.notes)}; {pt.per_100(row.suspects, row.notes)} suspects per 100 notes"
        )
    listed, total = overlap(halves)
    print(f"probe names on a project name list: {listed} of {total}")
    if args.show:
        for (half, lang, kind, frame), row in results.items():
            for line in row.misses:
                print(f"  {half} / {lang} / {kind} / {frame}: {line}")


if __name__ == "__main__":
    main()
