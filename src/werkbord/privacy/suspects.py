"""Suspects: what is left in a pseudonymised note that may still identify someone.

No automatic method removes every name, so the review step shows a person the tokens that
look like an identifier and were left in place, each with a short reason. They are found by
form and context, in the already scrubbed text (tags such as "[PERSOON-1]" are skipped):

- a capitalised word that is no Dutch word and no template or protected word ("Kerschoten"),
  or a town inside a sentence even when it reads as a compound ("in Winschoten");
- a capitalised word after a preposition of place with an article or a kind of place ("bij de
  Aldi", "aan de TU", "in de wijk Kralingen"), after a capitalised "De"/"Het" inside a sentence
  ("basisschool De Zonnewijzer"), in brackets or quotes ("(Schalkwijk)", "'Bolle'"), or a town with a
  part of it behind ("Zwolle-Zuid");
- a word that opens a sentence and reads as a name by what follows ("Yerlan heeft", "Ilona, zijn zus");
- a word right after a role or family word ("tante Lelie", "vriendin marloes"), after a title
  ("Mevr. Bakker", "dhr. yilmaz"), or a capitalised word after a first name or a person tag
  ("Lotte Smid", "[PERSOON-1] Dekker");
- a lower-case word no Dutch word list knows (also not as a verb form or a plural) after a role
  word, a title or a preposition of place ("bij zorgkwadrant", "in malburgen");
- a token with digits that is no count, score, unit or year ("nl-3371-ab", "kev.010x"); groups
  of digits ("123 456 782"); a postcode ("1234 AB"); an age in brackets, after "man van",
  "ca." or glued to "jr" ("Noor (7)", "vrouw van 63", "(ongeveer 80)", "17jr");
- a user name: letters joined by dots or underscores ("sophie.blogt.xx");
- initials: a dotted single letter or a short lower-case token after a person word
  ("mw. k.", "dhr jb"), a capital and a dot beside a name ("Kevin R. (28)"), dotted capitals
  ("A.Kh."), capitals inside a word ("JvdB", "deBrug") and capitals that no word list knows
  ("RTK");
- a word where the frame names a person (:mod:`.review_frames`): before a bracket that holds a
  replaced person or before a replaced age ("Ben (dhr. [PERSOON-1])", "Ben is [LEEFTIJD-1]"), letters
  after a title or between persons ("Mevr. w.s. uit", "[PERSOON-1] en a.m. [PERSOON-2]"), the word a
  note says someone is called ("zon (ja, zo heet ze)").

Each reason is short and in the session's language. Pure apart from the word lists it reads
(see :func:`.lexicon.shared_lexicon`); it never loads deduce.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..i18n import N_, _
from .acronym_frames import acronym_frame
from .ages import group_threshold, is_duration
from .capitals import capitalised_by_habit, plain_word
from .district_frames import hamlet_suspects
from .english_vocabulary import is_english_word
from .family import (
    FAMILY_AFTER_A_GENITIVE,
    FAMILY_AND_FRIENDS,
    FAMILY_BEFORE_AN_AGE,
    FAMILY_OF_AN_AGE,
    FAMILY_WHO_MAY_BE_CHILDREN,
    FAMILY_WORDS,
    RELATIVES,
    alternation,
)
from .folded import Folded
from .found import Found
from .lexicon import medication_names, name_lists, town_names
from .name_context import WHY_QUOTED, WHY_SURNAME_AFTER_NAME, WHY_TOWN_LOWER, NameContext
from .names import CONSUMED_BEFORE, DOSE_BEFORE, FINITE_VERBS, ORGANISATION_BEFORE
from .opening_words import listed_with_a_thing, second_sign_of_a_person
from .places import made_of_a_town
from .plain_use import (
    governing_word,
    measured_number,
    quoted_phrase_opening,
    scale_with_a_score,
    weekday_in_a_list,
    world_word_in_place,
)
from .protect import ProtectedPhrases
from .review_frames import review_frames
from .roles import a_job_title
from .scorer import WHY_MODEL
from .setting_nouns import role_field
from .slot_frames import frame_suspects
from .spoken import spoken_quantity, uncertain_numbers
from .subject_slots import subject_slot
from .word_forms import among_plain_nouns, made_word, unlisted_verb_form, word_listed_verb_form
from .word_names import KIN_WORDS, word_name_suspect
from .word_organisations import organisation_frames
from .words import (
    COUNTRIES,
    MONTHS_AND_DAYS,
    NOT_A_NAME_AFTER_ROLE,
    NOT_INITIALS,
    NOT_NAMES,
    PERSON_CONTEXT,
    RESPECT_WORDS,
    ROLE_WORDS,
    SENTENCE_OR_QUOTE_START,
    Lexicon,
    english_opening,
    opening_word_lists,
)

_UNDECIDED = object()  # a token whose shape says nothing either way


class _FlagOnly(str):
    """A reason given where the shape is too loose to pseudonymise outright: review only."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Suspect:
    text: str  # the token as written in the scrubbed note
    start: int  # its offset in the scrubbed note
    why: str  # a short reason, in the session's language


WHY_UNKNOWN = N_("capitalised word that is no Dutch word")
WHY_AFTER_ROLE = N_("word after a role or family word: a name?")
WHY_AFTER_NAME = N_("capitalised word after a name: part of it?")
WHY_NUMBER = N_("number or code")
WHY_HANDLE = N_("user name?")
WHY_INITIALS = N_("initials?")
WHY_ACRONYM = N_("abbreviation: initials or an organisation?")
WHY_CAPITAL = N_("capital letter inside a sentence: a name?")
WHY_AGE = N_("an age?")
WHY_PLACE = N_("a place in lower case?")
WHY_LOWER_NAME = N_("a first name in lower case?")
WHY_LOWER_SURNAME = N_("a surname in lower case?")
WHY_OPENING_NAME = N_("a name at the start of a sentence?")
WHY_AFTER_WHERE = N_("capital after a place word: a place or an organisation?")
WHY_NAMED_PLACE = N_('name after "De" or "Het": an organisation or a place?')
WHY_LOWER_UNKNOWN = N_("word that is no Dutch word: a name?")
WHY_DIGIT_GROUPS = N_("groups of digits: a BSN, phone or file number?")
WHY_POSTCODE = N_("a postcode?")
WHY_SPOKEN_NUMBER = N_("numbers in words: a phone number or a BSN?")
WHY_BEFORE_PLACE = N_("capital before a place: an organisation?")
WHY_OPENING_UNKNOWN = N_("word at the start of a sentence that is no Dutch word: a name?")
WHY_NAMED_RUN = N_("capitalised words after an organisation word: a name?")
WHY_UNKNOWN_WORD = N_("word no Dutch word list knows: a name or a place?")
WHY_DOUBLE_NAME = N_("capitalised words joined by a hyphen: a surname or a place?")
WHY_BARE_CAPITAL = N_("capitalised word without an article: a name or an organisation?")
WHY_NAME_FRAME = N_("word where a name stands: a name?")
WHY_BEFORE_ROLE = N_("name before a role word: an employer or an organisation?")
WHY_DATE_WORD = N_("word before a year: a day or an event that dates something?")
WHY_POSSESSIVE = N_("a name with a possessive: whose family?")
WHY_BEFORE_AGE = N_("a word before an age in brackets: a name?")

# What pseudonymisation put in: "[PERSOON-1]", "[DATUM-2]".
_TAG = re.compile(r"\[[A-ZÀ-Þ_]+(?:-\d+)?\]")
# A token: letters and digits, possibly joined by . _ / - @ ("jesse.vdv_04", "3-KLR-48").
_TOKEN = re.compile(r"[^\W_][\w'’]*(?:[._/@-]+[^\W_][\w'’]*)*\.?")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_AGE_PLACE_WORDS = FAMILY_BEFORE_AN_AGE | frozenset(
    "jongen meisje pt cl cliënt client patiënt patient mw mevr dhr meneer mevrouw van is was wordt werd ca ongeveer "
    "circa ±".split()
)
_AGE_PLACE = re.compile(rf"(?i)(?:\(\s*|\b(?:{alternation(_AGE_PLACE_WORDS)})\.?,?\s+|\]\s*,?\s*)$")
_AGE_END = re.compile(r"\s*(?:,(?!\d)|[;)]|jr\b|jaar\b(?!\s+(?:geleden|lang|bij|in))|$|\.(?!\d))")
_NUMBER_WORD = re.compile(
    r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)(?:er|ers|plusser|jarige?)?|"
    r"(?:dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)(?:jarige?)?"
)
# "Mevlana-moskee", "Dalton-school": a name with the kind of place behind it.
_NAMED_HEADS = frozenset(
    "moskee kerk school college lyceum kliniek ziekenhuis huis centrum stichting vereniging club wijk buurt".split()
)
# "sinds haar twintigste", "op zijn zestiende": an ordinal after a possessive is an age.
_ORDINAL_AGE = re.compile(
    r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)ste|"
    r"(?:twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)de"
)
_NO_VOWEL = re.compile(r"[b-df-hj-np-tv-xz]+")
_POSSESSIVES = frozenset("zijn haar z'n m'n mijn hun".split())
_NUMBER_WORD_ENDINGS = (
    "ig",
    "ien",
    "iger",
    "igers",
    "jarig",
    "jarige",
    "plusser",
    "igste",
    "iende",
    "twaalfde",
    "elfde",
)
_UNIT_AFTER = re.compile(
    r"(?i)\s+(?:minuten|min|uur|dagen|weken|maanden|keer|euro|procent|mensen|cliënten|deelnemers|kilo|km|"
    r"jaar\s+(?:geleden|lang|bij|in|op)|jaren)\b"
)
# Spoken numbers (speech-to-text): a dose, a count or a score after it, the time before it.
_SPOKEN_UNIT_AFTER = re.compile(
    r"(?i)\s+(?:milligram|microgram|gram|mg|ml|milliliter|druppels|tabletten|pillen|eenheden|punten|"
    r"keer|maal|seconden|kilometer|meter|stappen|procent|euro|van\s+de\s+\w+|op\s+de\s+\w+)\b"
)
_SPOKEN_TIME_BEFORE = re.compile(r"(?i)\b(?:uur|half|kwart\s+(?:over|voor)|om)\s+$")
# "tweeëntwintig van de dertig", "zeven van de tien", "mmse ...", "score ...": a note that scores.
_SPOKEN_SCORE = re.compile(
    r"(?i)\b(?:mmse|moca|score|scoort|scoorde|cijfer)\b|\b\w+\s+van\s+de\s+(?:tien|twintig|dertig|veertig|honderd)\b"
)
_YEARS_AFTER = re.compile(r"(?i)\s+(?:jaar|jaren|jr)\b")
_A_FINITE_VERB = re.compile(FINITE_VERBS)
_COUNTED_ABBREVIATIONS = re.compile(r"[A-Z]{2,5}['’]s")
_NUMBER_BEFORE = re.compile(r"\d[ \t]+$")
_RING_THEN = re.compile(r"(?:\s+[a-zà-ÿ]|\s*(?:[,;:)?!→]|->|$))")
_WORD_BEFORE_SPACE = re.compile(r"([^\W\d_]+)[ \t]+$")
_ABBREVIATIONS = frozenset("ca ong plm evt bijv resp mbv ivm oa tzt zsm nvt wsl mn vnl".split())
# Around a number that counts, measures or scores something: "20 minuten", "HoNOS 18", "week 12".
_COUNTED = re.compile(
    r"(?i)\s*(?:[%x×:.,/-]\d|%|x\b|×|euro|€|eur\b|min|minuten|uur|u\b|dag|dagen|week|weken|wk|maand|maanden|mnd|"
    r"jaar\s+(?:geleden|lang|later|terug)|jaren|keer|mg|ml|kg|kilo|km|cm|procent|punten|pnt|mensen|personen|"
    r"deelnemers|cliënten|clienten|patiënten|kinderen|notities|stickers|sessies|gesprekken|afspraken|"
    r"bedden|plekken|plaatsen|nachten|uren|stuks|gram|gr\b|g\b|mmhg|bpm|slagen|graden|°|liter|cc|mcg|µg|[a-zà-ÿ]+en\b|"
    r"[a-zà-ÿ]{3,}s\b(?!\s+(?:van|uit|met)\b)|van\s+de\s+\d)"  # "25 jongens", "45 van de 60": a count
)
# A measurement or a level just before a number: "hartslag 44", "spiegel te laag (38)", "BMI 17".
_YEARS_AFTER = re.compile(r"\s+(?:jaar|jr)\b")
_PRESSURE = re.compile(r"\d{2,3}/\d{2,3}[,.]?")
_MEASURED_BEFORE = re.compile(
    r"(?i)\b(?:hartslag|pols|bloeddruk|rr|tensie|bd|saturatie|temperatuur|temp|spiegel|bmi|gewicht|lengte|score|scoort|"
    r"waarde|dosis|dosering|glucose|cholesterol|laag|hoog|verhoogd|verlaagd|gedaald|gestegen)\b[^.;\n]{0,12}?[:(]?\s*$"
)
# A test or a scale, then its score in the same clause: "BDI-II 31", "SCL-90: 212", "HoNOS 22 bij
# opname, 14 bij ontslag" (a test's name written in capitals with its version, or a score word).
_SCORED_BEFORE = re.compile(
    r"(?:\b[A-Z][A-Za-z]{1,5}-(?:I{1,3}|IV|V|\d{1,3})\b|(?i:\b(?:honos|phq|bdi|gaf|scl|score|scoorde|scoort)\b))"
    r"[^.;\n()]{0,30}?[:\s]\s*$"
)
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w\[-])[A-Z]{2,6}[ \t]*:?[ \t]*$")
_LINE_OPENS_BEFORE = re.compile(r"\n[ \t]*$")
_LABEL_AFTER = re.compile(r"(?:[ \t]+[a-zà-ÿ][\w'’-]*)?[ \t]*:")  # a form's label: "Verwacht effect:", "Wie:"
_MONTH_AFTER = re.compile(
    r"(?i)\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b"
)
_AGE_RANGE_AFTER = re.compile(r"\s*(?:tot|t/m|-|–)\s*\d{1,2}\s*(?:jaar|jr)\b")
_NOT_AN_AGE_AROUND = re.compile(
    r"(?i)(?:€|eur|euro|score|honos|gaf|phq|bdi|week|wk|groep|klas|stap|fase|nr|nummer|no|kamer|bus|lijn|"
    r"route|hoofdstuk|pagina|blz|artikel|art|versie|niveau|cijfer|om|tot|tussen|van|en|-|/|:|\d|"
    r"sessie|les|module|ronde|bijeenkomst|code|norm|bed|cel|unit|vak|deel)\.?\s*$"
)
_WHERE_BEFORE = re.compile(r"(?i)\b(?:in|uit|naar|bij|via|vanuit|nabij|richting|woont|werkt)\s+$")
# "bij de Aldi", "aan de TU", "op het Marktplein", "in de wijk Kralingen", "basisschool De Zonnewijzer":
# a capital after a preposition of place with an article, or after a kind of place, names one.
_WHERE_ARTICLE_BEFORE = re.compile(
    r"(?i)\b(?:(?:in|uit|naar|bij|via|vanuit|aan|op|van|voor|tegenover|achter|rond|langs)\s+(?:de|het|'t)|"
    r"wijk|buurt|dorp|stad|gemeente|regio|azc|kamp|school|basisschool|obs|cbs|bs|college|buurthuis|wijkcentrum|"
    r"kerk|moskee|club|vereniging|stichting|kliniek|afdeling|locatie|woonvorm|dagbesteding|werkgever|"
    r"uitzendbureau|corporatie|woningcorporatie|verzekeraar|zorgverzekeraar|instelling|praktijk)\s+$"
)
# Where someone lives or stays: "in de Kolenkit", "op de Vlindertuin".
_LIVES_BEFORE = re.compile(r"(?i)\b(?:in|uit|vanuit|op|van|naar|aan)\s+(?:de|het|'t)\s+$")
# ... also "van het OLVG", "naar de GGD": where someone goes to or comes from (not "op de IC", "in het HIS").
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|to|with|for|she|they|their|his|from|which|would|should|could|been|has|that|this|you|your|"
    r"but|are|were|will|when|what|about|after|into)\b"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:(?:voor|van|bij|via|met|naar|uit|in|door|namens|vanuit|aan|op|tegen)|"
    r"(?:van|naar|uit|bij|vanuit)\s+(?:de|het|'t))\s+$"
)
_BRANCH_AFTER = re.compile(r"\s+(?:(?:in|uit|te)\s+)?\[LOCATIE-\d+\]")
_PLATE_DIGITS = re.compile(r" \d{1,4}\b")
_PREPOSITION = re.compile(r"(?i)(?:in|uit|naar|bij|via|vanuit|aan|op|van|voor|tegenover|achter|rond|langs)\s")
# "Exodus [LOCATIE-1]", "Voedselbank [LOCATIE-1]": a name with the town of its branch behind.
_PLACE_TAG_AFTER = re.compile(r"\s+\[LOCATIE-\d+\]")
# "Zwolle-Zuid", "Almere-Buiten": a town with a part of it behind.
_TOWN_PARTS = frozenset("noord zuid oost west centrum midden haven dorp stad buiten binnen".split())
# A capitalised article inside a sentence starts a name: "op De Regenboog", "bij Het Anker".
_COMPASS = frozenset("noord zuid oost west noordoost noordwest zuidoost zuidwest centrum".split())
_TEAM_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}|\b\d+|(?i:\b(?:team|wijkteam|afdeling|unit|locatie|cluster|vleugel|gang)))\s+$"
)
_NAME_ARTICLES = frozenset("de het den ter ten te van".split())
# Abbreviated titles end with a dot that ends no sentence: "Dhr. Visser", "dr. Wouters".
_TITLES = frozenset("dhr mw mevr mr dr drs ir ing prof hr pt pte cl clt fam st ds br zr".split())
# What follows a name at the start of a note: "Yerlan heeft", "Ilona, zijn zus", "Noor (15)".
_AFTER_NAME = re.compile(
    r"\s*(?:[,(]|&|\+|en\b|is\b|was\b|heeft\b|had\b|belde\b|belt\b|wil\b|wilde\b|kwam\b|komt\b|"
    r"zegt\b|zei\b|woont\b|werkt\b|zit\b|zat\b|sliep\b|slaapt\b|gaat\b|ging\b|liet\b|laat\b|"
    r"stopte\b|stopt\b|vond\b|vindt\b|appte\b|appt\b|mailde\b|kan\b|kon\b|moet\b|weet\b|wist\b|"
    r"blijft\b|bleef\b|krijgt\b|kreeg\b|zag\b|ziet\b|durft\b|vertelde\b|vertelt\b|geeft\b|gaf\b)"
)
# A person word with "van" and a number: "man van 58", "zoons van 12 en 14".
_PERSON_OF_WORDS = FAMILY_OF_AN_AGE | frozenset(
    "jongen meisje cliënt cliënte client cliente pt patiënt patiënte jongeman jongedame leeftijd".split()
)
_PERSON_OF = re.compile(
    rf"(?i)\b(?:{alternation(_PERSON_OF_WORDS)})\s+van\s+(?:ca\.?\s+|ongeveer\s+|rond\s+de\s+|bijna\s+|ruim\s+|"
    r"\d{1,2}\s+en\s+)?$"
)
_BRACKETED_AFTER_NAME = re.compile(
    r"(?:\b([^\W\d_]+)|\[(?:PERSOON|PATIENT)-\d+\])\s*[(,]\s*(?:\d{1,2}\s*(?:en|,|&)\s*)?$"
)
_OPEN_BRACKET_BEFORE = re.compile(r"\((?:\s*[^\W\d_]+\.?)?\s*$")  # "(", "(ongeveer ", "(ca. "
_SMALL_NUMBERS = frozenset("een twee drie vier vijf zes zeven acht negen tien elf twaalf".split())
# A plural of people, then one number alone in brackets: "kinderen (2)", "kleinkinderen (5)".
_HOW_MANY = re.compile(r"(?i)\b(?:kinderen|kids|zoons|zonen|dochters|kleinkinderen|broers|zussen)\s*\(\s*$")
_CLASSIFICATION_CODE = re.compile(r"[A-Z]?\d{2,3}(?:\.\d{1,2})?")
_CLASSIFICATION_BEFORE = re.compile(r"(?i)\b(?:dsm(?:-?(?:iv|5|iv-tr))?|icd(?:-?1[01])?|icpc)\s*:?\s*$")
_CHILD_WORDS = frozenset("kinderen kids zoons dochters zoon dochter kind kleinkind kleinzoon kleindochter".split())
_ABOUT_BEFORE = re.compile(r"(?i)(?:\(|±|\+/-|\b(?:ca|circa|ongeveer|ong|ruim|bijna|plm|rond))\.?\s*$")
_BECAME = re.compile(r"\s+(?:jaar\s+)?(?:geworden|wordt|jarig)\b")
# Capitalised after "in de", "naar het" and yet no name: times of the year, kinds of place.
_NOT_A_PLACE_NAME = frozenset(
    """weekend week zomer winter herfst lente voorjaar najaar vakantie feestdagen kerst ochtend avond
    nacht middag stad dorp wijk buurt school werk kerk straat regio zorg kliniek praktijk afdeling
    groep team gemeente politie rechter rechtbank officier kantonrechter""".split()
)
_DOTTED_INITIALS = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]?\.){2,}[A-ZÀ-Þ]?")
_INNER_CAPITAL = re.compile(r"^[^\W\d_]*[a-zà-ÿ][A-ZÀ-Þ]")
_BEFORE_INITIAL = frozenset("van met casus bij voor en door over aan naar heer".split())
_OPENERS = frozenset("(\"'‘“")
_TITLE_BEFORE = re.compile(r"(?i)\b(?:dhr|mw|mevr|mr|dr|drs|mevrouw|meneer|ds)\.?\s+$")
_SPELLED_OUT = re.compile(r"([^\W\d_]{4,})\s*\($")  # "Bijwerkingenlijst (" before "UKU)"
_NAME_BEFORE = re.compile(r"(?<![\w.])([A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+$")  # one line: "Lotte\nVerwacht" is no name
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:de|het|'t)\s+$")
_OWNER_BEFORE = re.compile(r"(?i)(?:\b(?:de|het|een|zijn|haar|hun|mijn|je|jouw|onze|ons|uw)|'t|z'n|m'n|d'r)\s+$")
_TITLE_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}")
# A number after a word for a number or a file: "dossiernr 4471", "cliëntnummer: 5120", "#2291".
_ID_BEFORE = re.compile(
    r"(?i)(?:#|\b(?:nr|nummer|[a-zà-ÿ]+nr|[a-zà-ÿ]+nummer|dossier|polis|zaak|kenmerk|referentie|ref|id|bsn|"
    r"registratie|casus|klantnummer)\.?\s*[:#]?\s*)$"
)
# What follows a platform word is a user name: "op insta als zonnestraal", "tiktok: lisaaa", "snap @mo".
_PLATFORMS = (
    r"(?:insta|instagram|ig|tiktok|snap|snapchat|twitter|facebook|fb|discord|twitch|telegram|youtube|"
    r"gamertag|accountnaam|gebruikersnaam|username|handle)"
)
_PLATFORM_BEFORE = re.compile(rf"(?i)\b{_PLATFORMS}\s*(:|\bals\b|\bheet\b|=|\bgenaamd\b|@)?\s*@?$")
_PLATFORM_WORD = Folded(rf"(?i)\b{_PLATFORMS}\b")
_NOT_A_HANDLE = frozenset("en of maar ook nog niet wel meer veel via met op in om te voor".split())
_FROM_BEFORE = re.compile(r"(?i)\bvan\s+$")
_TO_AFTER = re.compile(r"\s+naar\b")
_DOMAIN = re.compile(r"(?i)^[a-z0-9][\w-]*\.(?:nl|com|org|net|eu|be|de|info)$")
_DIGIT = re.compile(r"\d")
_JOINED = re.compile(r"[a-zA-Z][._][a-zA-Z]")
_CAPITAL_WORD_BEFORE = re.compile(r"\b([A-ZÀ-Þ][a-zà-ÿ]{1,2})\s+$")
_PLACE_AFTER = re.compile(r"\s+(?:uit|van|bij|met|in)\b")  # "Wessel uit ...", after a known name
_ATTACHED_AGE = re.compile(r"(?i)^\d{1,2}(?:jr|j|jaar|jarig|jarige)\.?$")
_DIGIT_GROUPS = re.compile(r"(?<![\w.,:/-])\d{2,4}(?:[ .]\d{1,4}){2,}(?![\w/:-]|[.,]\d)")
_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3} ?[A-Z]{2}(?![\w-])")
_COMPOUND_WHERE = re.compile(r"(?i)\b(?:in|uit|naar|bij|van|vanuit|nabij|woont|wonen|werkt)\s+$")
# A part of town after a place: "in tuindorp oost", "Almere buiten"; a town in brackets after a
# part of it: "uit lombok (utrecht)", "uit lombok ([LOCATIE-1])".
_COMPASS_AFTER = re.compile(r"[ \t]+(noord|zuid|oost|west|noordoost|noordwest|zuidoost|zuidwest|centrum)\b", re.I)
_TOWN_IN_BRACKETS = re.compile(r"\s*\((?:\s*([^\W\d_][\w-]*)|\s*\[LOCATIE-\d+\])\s*\)")
# Abbreviated first parts of towns: "nw-vennep" (Nieuw-Vennep), "st-oedenrode" (Sint-Oedenrode).
_AREAS = (
    "regio",
    "gebied",
    "deel",
    "stad",
    "district",
    "sector",
    "vleugel",
    "gang",
    "kamer",
    "land",
    "provincie",
    "afdeling",
    "unit",
    "locatie",
    "kliniek",
    "poli",
    "vestiging",
    "kantoor",
)
_PLACE_PREPOSITIONS = frozenset("in uit naar vanuit nabij".split())
_TOWN_PREFIXES = {"nw": "Nieuw", "st": "Sint", "o": "Oud", "n": "Nieuw"}


def _expanded_town(word: str) -> str:
    head, dash, tail = word.partition("-")
    if not dash or head.lower().rstrip(".") not in _TOWN_PREFIXES:
        return word.capitalize()
    return f"{_TOWN_PREFIXES[head.lower().rstrip('.')]}-{tail.capitalize()}"


# Where someone lives, grew up or moved to: a word without an article after it is a place.
_LIVES_IN_BEFORE = re.compile(
    r"(?i)\b(?:woont|woonde|wonen|woonden|wonend|opgegroeid|geboren|verhuisd|verhuist|verhuizen|afkomstig)\s+"
    r"(?:nu\s+|sinds\s+kort\s+|al\s+jaren\s+)?(?:in|naar|uit|te)\s+$"
)
# ... but not a kind of home: "woont in zorgwoning", "verhuisd naar begeleidwonen".
_HOMES = (
    "woning",
    "wonen",
    "huis",
    "flat",
    "kamer",
    "appartement",
    "boerderij",
    "opvang",
    "instelling",
    "kliniek",
    "centrum",
    "complex",
    "voorziening",
    "vorm",
    "unit",
    "groep",
    "project",
    "locatie",
    "afdeling",
    "tehuis",
    "verband",
)
_TOWN_BEFORE = re.compile(r"(?i)\b(?:in|uit|naar|vanuit|nabij|woont|wonen)\s+$")
_DOT_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.\s*$")
_CAPITAL_NEXT = re.compile(r" (?:[A-ZÀ-Þ][a-zà-ÿ]|[A-Z]{2,})")
# Compounds that end like a place or an organisation's name: "Plofland", "Zonnehof", "Vogelwijk".
_PLACE_ENDINGS = tuple(
    """wijk buurt dorp veld land hof oord stad berg burg dam dijk haven hoek hoven kamp meer park polder
    weide zicht rode lo huizen horst heim kerk ven donk sloot straat weg laan plein gaarde""".split()
)  # (for str.endswith, faster on every lower-case word than the pattern)
_PLACE_TAIL = re.compile(f"(?:{'|'.join(_PLACE_ENDINGS)})$")
# A person word, then the particles of a surname: "cl. van der ", "mw. de ", "dhr. van ".
_PARTICLES_BEFORE = re.compile(
    r"(?i)\b([a-zà-ÿ]+)\.?\s+(?:van|de|den|der|ter|ten|te|op|in|la|le|du|da|el)(?:\s+(?:de|der|den|het|'t))?\s+$"
)
_PERSON_TAG_BEFORE = re.compile(r"\[(?:PERSOON|PATIENT)-\d+\] ?\Z")  # \Z: "$" would match before a line break
# Words a name often follows ("met kwartelberg", "en yusra", "heet bolle"); after these a word no
# list knows is worth a look, elsewhere it is mostly a verb form, shorthand or English.
# A run of capitals after a kind of organisation or a lower-case "bij"/"via" names one, even in
# a note that capitalises much: "Stichting Goed Leven", "voetbalvereniging Rood Wit", "bij De
# Zonnebloem", "via Groen Hart Schoonmaak".
_NAMED_RUN_BEFORE = re.compile(
    r"(?:(?i:\b\w*(?:stichting|vereniging|club|kerk|moskee|gemeente|school|college|praktijk|kliniek|opvang|"
    r"hotel|restaurant|café|cafe|kroeg|bakkerij|garage|fabriek|winkel|supermarkt|sportschool|zwembad|camping|"
    r"pension|salon|bedrijf|firma|bureau|centrum|steunpunt|meldpunt|inloop)|\b(?!thuis\b)\w+huis)(?:\s+(?:de|het|'t))?"
    r"|\b(?:bij|via|vanuit|namens)(?:\s+(?:de|het|'t))?(?:\s+[a-zà-ÿ]{2,})?)\s+(?:(?:[A-ZÀ-Þ][\w'’-]*)\s+){0,3}$"
)
# Capitals in double quotes name someone or something: 'noemt zichzelf "de Gravin"', 'zaak "Knipperlicht"'.
_QUOTED_BEFORE = re.compile(r"[\"“„]\s*(?:(?:de|het|'t)\s+)?(?:[A-ZÀ-Þ][\w'’-]*\s+){0,3}$")
_QUOTE_CLOSES = re.compile(r"[\w'’ -]{0,40}[\"”]")
_KINDS_OF_PLACE = (*sorted(_NAMED_HEADS), "winkel", "markt", "post", "zaak", "bad")
_KIND_HEADS = (*_KINDS_OF_PLACE, "corporatie", "verzekeraar", "instelling", "dienst", "plan", "zorg")
_NAME_GLUE = frozenset("met en van bij via door heet heten genaamd noemt noemen alias namens".split())
# "Bouwmeester-Kok", "Kerkrade-West", "Zeeuws-Vlaanderen": capitalised words joined by a hyphen
# name a person (a double surname) or a place, rarely anything else.
_DOUBLE_CAPITALS = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)+")
# A capital right after these, with no article between, is mostly a name: "en Dierenbescherming
# zijn al geweest", "met Woonbron afspreken", "door Woonwaard uit huis gezet". An ordinary noun
# capitalised for weight mostly has an article or a possessive before it ("het Crisisplan").
_BARE_BEFORE = re.compile(r"(?<![\w-])(?:en|met|door|voor|of|namens|tegen|van|&)\s+$")
# A name or a person tag, then a bracket: "Stefanie de Bruijn (", "[PERSOON-1] (".
_BRACKET_AFTER_PERSON = re.compile(r"(?:\[(?:PERSOON|PATIENT)-\d+\]|\b[A-ZÀ-Þ][a-zà-ÿ'’-]+)\s*\(\s*$")
_BRACKET_GOES_ON = re.compile(r"\s*[),;/]")
# A town or a place tag, then a part of it: "[LOCATIE-1] Zuidoost", "Almere Buiten".
_TAG_OR_CAPITAL_BEFORE = re.compile(r"(?:\[LOCATIE-\d+\]|\b[A-ZÀ-Þ][a-zà-ÿ]+)\s+$")
_CAPITAL_LISTS_ON = re.compile(r"\s*(?:[,;]|(?:en|of|&)\s)\s*[A-ZÀ-Þ]")  # a capital just after
# What someone does, after a capitalised word without an article opening a sentence: "Portaal heeft ...".
_AGENT_AFTER = re.compile(
    r"\s+(?:heeft|had|belde|belt|stuurde|stuurt|weigert|weigerde|wil|wilde|zegt|zei|meldt|meldde|liet|laat|"
    r"gaf|geeft|biedt|bood|zette|zet|verhoogde|verhoogt|eist|eiste|dreigt|dreigde|kwam|komt|regelt|regelde|"
    r"betaalt|betaalde|stopt|stopte|zoekt|zocht|vraagt|vroeg|neemt|nam)\b"
)
_CAPITAL_LISTED = re.compile(r"(?:[A-ZÀ-Þ][\w-]*|\])[,;]?\s*$")  # a capital or a tag just before
# A word opening a sentence, then what a person does: "Kees accepteert ...", "Trees van 3 hoog",
# "Mirte uitnodigen voor ...".
_PERSON_AFTER = re.compile(
    r"\s+(?:(?!(?:niet|net|met|echt|erg|best|ook|nooit)\b)[a-zà-ÿ]{3,}(?:t|en)\b(?!\s+(?:van|is|was|zijn)\b)|van\s+(?:\d|de\b|het\b|'t\b))"
)
# Around an age: "tegen de 70", "boven de 80", "leeftijd: 47", "lft 47".
_NEAR_AGE_BEFORE = re.compile(r"(?i)\b(?:(?:tegen|boven|over|richting|voorbij|rond)\s+de|leeftijd|lft)\.?\s*:?\s*$")
# Compounds that end in a role: "groepsgenoot max", "landgenoot Mehari", "schoolvriendin".
_ROLE_TAILS = (
    "genoot",
    "genote",
    "vriend",
    "vriendin",
    "maat",
    "maatje",
    "collega",
    "buurman",
    "buurvrouw",
    "coach",
    "begeleider",
    "werker",
    "deskundige",
    "verpleegkundige",
    "therapeut",
    "docent",
    "mentor",
)
# "uit de jaren vijftig", "in de jaren '60": an era after "de jaren", no one's age.
_DECADE_BEFORE = re.compile(r"(?i)\bde\s+jaren\s+$")
# "(zeventigplus)", "een dertiger": a number word of tens with a tail, an age.
_TENS_WITH_TAIL = re.compile(r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)(?:plus|-plus|ers?)")
# A capitalised word, then a year: "Koningsnacht 2025", "Suikerfeest 2023": a day that dates something.
# Nouns for a person end so: "Werknemer kwam", "Bewoonster belde" (no organisation's name).
_PERSON_ENDINGS = ("er", "ster", "ent", "ente", "aat")
_TEAM_TAILS = frozenset("team teams dienst afdeling unit poli polikliniek groep".split())
_ORGANISATION_KINDS = ("corporatie", "punt", "team", "dienst", "zorg", "opvang", "instelling", "verzekeraar", "groep")
# Reasons that say a token is a number, a code or an age: not looked for again elsewhere in a note.
_NOT_A_NAME_REASONS = frozenset({WHY_AGE, WHY_NUMBER, WHY_DIGIT_GROUPS, WHY_POSTCODE, WHY_DATE_WORD})
# A network entry with its ring: "Exodus Rotterdam – C", "buurvrouw -> A", "Verpleeghuis (C)".
_RING_AROUND = re.compile(r"\s*[):,;/]")
_RING_ENTRY = re.compile(r"(?:(?:->|–|→|-)\s*[ABC]|\(\s*[ABC]\s*\))\s*$")
# A micro-action that opens with whom to act on: "Micro-actie: Portaal bellen over ...".
_FORM_ACTION_BEFORE = re.compile(r"(?i)(?:micro-?actie|actie)\s*:\s*$")
_AGE_IN_BRACKETS_AFTER = re.compile(r"\s*\((?:\s*(?:ca|ong|ongeveer|circa|±|\+/-)\.?)?\s*\d{1,2}\s*(?:jr|jaar)?\s*\)")
_NEAR_BEFORE = re.compile(r"(?i)\b(?:bij|rond|rondom|langs|achter|naast|richting|door)\s+(?:de|het|'t)\s+$")
_LOWER_WORD_AFTER = re.compile(r" +[a-zà-ÿ]")
_INFINITIVE_AFTER = re.compile(r"\s+[a-zà-ÿ]{3,}en\b")
# Verbs whose object is a person or an organisation in a micro-action ("Portaal bellen", "Mirte uitnodigen").
_VERBS_DONE_TO_SOMEONE = frozenset(
    """bellen terugbellen nabellen mailen e-mailen appen whatsappen sms'en uitnodigen benaderen informeren
    inlichten vragen bevragen betrekken inschakelen contacteren spreken aanspreken bezoeken opzoeken
    aanschrijven schrijven meenemen ophalen uitleggen begeleiden ondersteunen helpen verwijzen aanmelden
    toevoegen koppelen voorstellen bedanken feliciteren herinneren aansporen overtuigen""".split()
)
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d{2}\b")
# Titles spelled out or abbreviated, after which a surname follows: "mevrouw visser", "dhr. bakker".
_TITLES_SPELLED = frozenset("mevrouw meneer heer dhr mw mevr fam".split())
# Where a name or a nickname follows whatever word it is: "heet kees", "bijnaam: de kapitein".
_NAMING_HINTS = ("heet", "heten", "genaamd", "naam", "noem")  # (plain substring tests: faster than a pattern)
_NAMING_THEN = re.compile(
    r"(?i)\b(?:heet|heten|genaamd|alias|bijnaam|roepnaam|koosnaam|noemen\s+(?:(?:ze|wij|we)\s+)?(?:hem|haar|ze|zich)|"
    r"noemt\s+(?:zich|zichzelf|hem|haar))\s*:?\s*(?:(?:de|het|'t)\s+)?"
)
_ADVERBS = frozenset(
    """soms vaak graag eigenlijk gewoon vooral liever meestal allemaal nu toen daar hier hem haar zich ze
    zij hij anders""".split()
)
# A street in lower case where someone lives: "aan de lindelaan", "op de stationsweg".
_STREET_ENDINGS = ("straat", "laan", "weg", "plein", "singel", "kade", "gracht", "dreef", "steeg", "dijk", "hof")
_ON_STREET_THEN = re.compile(r"\baan de ")
_TITLE_HINTS = ("mevr", "meneer", "heer", "dhr", "mw", "fam", "dr", "prof", "ir", "vd", "v.d.", "v/d")
# (and the particles of a surname after it, and a doctor's title: "dhr de boer", "dr. mol")
_TITLE_THEN = re.compile(
    r"(?i)\b(?:(?:mevrouw|meneer|heer|dhr|mw|mevr|fam)\.?\s+(?:(?:van|de|den|der|ter|ten|te|vd|v\.d\.)\s+){0,2}"
    r"|(?:dr|drs|prof|ir)\.?\s+|(?<![\w.])(?:vd|vdr|v\.d\.|v/d)\s+)"
)
# A child with "van" and a number in words: "een meisje van twaalf", "zoon van negen"; not "vader van drie".
_CHILD_OF_WORDS = FAMILY_WHO_MAY_BE_CHILDREN | frozenset(
    "jongen meisje jochie knul meid kleine jongste oudste baby peuter kleuter tweeling".split()
)
_CHILD_OF = re.compile(rf"(?i)\b(?:{alternation(_CHILD_OF_WORDS)})\s+van\s+$")
# A lower-case word, then "van de/het" and a word: "jo van de thuiszorg", "kim van het wijkteam".
_OF_THE_AFTER = re.compile(r"\s+van\s+(?:de|het|'t)\s+[a-zà-ÿ]")
# A first name that is also a word, in lower case, with someone: "met roos naar de markt", "en bas belt".
_WITH_SOMEONE = frozenset("met en of samen".split())
_DOES_AFTER = re.compile(
    r"\s*(?:[,;:.)!?]|$|\s(?:en|of|naar|gaat|ging|belt|belde|is|was|heeft|had|wil|komt|kwam|zegt|zei|wordt|werd|"
    r"blijft|kan|moet|mag|zal|zou|weet|vindt|vond|helpt|hielp|haalt|bracht|brengt)\b)"
)
# A family word, one word, then a verb (no copula: "oma vergeetachtig werd"): that word is a name
# ("dochter trui komt", "zus bloem belde").
_VERB_AFTER = re.compile(
    r"\s+(?:gaat|ging|belt|belde|heeft|had|wil|komt|kwam|zegt|zei|kan|moet|mag|zal|zou|weet|vindt|vond|"
    r"helpt|hielp|haalt|bracht|brengt)\b"
)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]{3,}")
_WITH_BEFORE = re.compile(r"(?i)\bmet[ \t]+$")
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_PERSON_WORDS = frozenset("jongste oudste middelste".split())
# Verbs of speech and contact: whom someone calls, speaks, tells or sees follows them ("belde
# anouk", "sprak femke", "zei roos", "volgens mark"); with a participle the name stands before
# it ("heb yara gebeld", "vandaag joost gesproken").
_CONTACT_VERBS = frozenset(
    """belde belden belt bel sprak spraken spreekt spreek zei zeiden zegt appte appten appt app mailde
    mailden mailt mail zag zagen ziet zie vroeg vroegen vraagt vraag hoorde hoort bezocht bezoekt
    ontmoette ontmoet vertelde vertelt smste sms'te feliciteerde waarschuwde informeerde troostte
    volgens aldus""".split()
)
# ... also with its subject between ("daarna sprak ik femke", "gisteren belde ze anouk").
_CONTACT_BEFORE = re.compile(
    r"(?i)(?<![\w'])(?:"
    # (longest first; ties in a fixed order, so every process compiles the same pattern: see precompiled.py)
    + "|".join(sorted((re.escape(v) for v in _CONTACT_VERBS), key=lambda v: (-len(v), v)))
    + r")(?:\s+(?:ik|we|wij|hij|ze|zij|je|jij|u))?\s+$"
)
_CONTACT_AFTER = re.compile(
    r"\s+(?:gebeld|gesproken|geappt|gemaild|gezien|gevraagd|gehoord|bezocht|ontmoet|verteld|gesmst|ge-sms't)\b"
)
# A title, then the particles of a surname: "dhr de ", "mw. van der ", "cl. v.d. " (not "pt. in de").
_SURNAME_PARTICLES_BEFORE = re.compile(
    r"(?i)\b([a-zà-ÿ]+)\.?\s+(van|de|den|der|ter|ten|te|la|le|du|da|el|vd|v\.d\.|v/d)(\s+(?:de|der|den|het|'t))?\s+$"
)
# Titles a surname follows (not "pt.", "cl.": "pt. van slag" is upset, not a Mr Van Slag).
_SURNAME_TITLES = frozenset("dhr mw mevr mevrouw meneer heer fam familie".split())
_DOCTORS = frozenset("dr drs prof ir dokter".split())  # not "mr": shorthand for "maar" too
_ABBREVIATED_PARTICLES = frozenset("vd vdr v.d v/d".split())
_NAME_THEN_PARTICLE = re.compile(r"(?:\[(?:PERSOON|PATIENT)-\d+\]|\b([^\W\d_]+))\s+(?:vd|vdr|v\.d\.|v/d)\s+$")
# A conjunction, then the subject of its clause: "fijn dat yasmina de groep begeleidde".
_SUBJECT_FOLLOWS = frozenset("dat omdat want maar toen als zodat terwijl nadat voordat doordat of".split())
# A verb form after a word: "sietske bewaakte", "wendy merkt", "marit belt" (not "niet", "echt").
_VERB_FORM_AFTER = re.compile(
    r"\s+(?!(?:niet|net|met|echt|erg|best|ook|nooit|het|een|de|dat|wat|toch|weet)\b)[a-zà-ÿ]{3,}(?:t|en|te|de)\b"
)
_BEFORE_CONTACT_AFTER = frozenset(
    """heb had hebben hadden nog even net ook zelf gisteren vandaag vanochtend vanmorgen vanmiddag
    vanavond eerder""".split()
)
# Words that follow a verb of speech and are no one: "zei hoi", "zag men", "belde tien keer".
_NOT_CONTACTED = frozenset(
    """men jouw tien klaar just hoi hei hee ja nee ok oke okay elke elk ieder iedere alle allen beide niemand
    iemand iedereen dan daar toen straks morgen weer""".split()
)
# A family word or a friend after a name with a genitive s: "Mohammeds zus", "sevdas moeder".
_FAMILY_AFTER = re.compile(rf"\s+(?:{alternation(FAMILY_AFTER_A_GENITIVE)})\b")
_NAME_FRAME_BEFORE = re.compile(r"(?:^|[.!?:;,(]\s*|\n\s*|[-–•*>]\s*|\b(?:en|met|of|dat|want|maar)\s+)$")
# "van zijn 9e tot zijn 14e", "in zijn vijftiger jaren": an ordinal or a decade after a
# possessive is an age (flagged only: "haar 2e opname" counts).
_ORDINAL_DIGITS = re.compile(r"\d{1,2}(?:e|de|ste)")
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:zijn|haar|z'n|m'n|mijn|hun)\s+$")
_DECADE_AGE = re.compile(r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)ers?")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_ENGLISH_CANDIDATE = re.compile(r"(?<![\w\[-])[A-Za-z]{3,}(?![\w\]-])")
# The word just before a place: what ``([^\W\d_][\w-]*)\.?\s*[:,(]?\s*$`` searched for in the
# text before it finds, read from the place backwards (see :func:`_word_ending_at`).
_WORD_BEFORE_REVERSED = re.compile(r"\s*[:,(]?\s*\.?([\w-]+)")
_LETTER = re.compile(r"[^\W\d_]")

# Accents Dutch writes only for stress: "én ... én", "wél", "dát", "níet".
_EMPHASIS = re.compile("[áéíóú]")
_UNSTRESSED = str.maketrans("áéíóú", "aeiou")
_ROLE_ENDS_SENTENCE = re.compile(r"\w\.\s+$")
# A short person word's dot after a preposition, a time word or at a sentence's start ends no
# sentence: a name follows ("met pt. Tafel", "Brief van cl. Vlier", "Vandaag mw. Kapper gezien").
_TITLE_FRAME_BEFORE = re.compile(
    r"(?i)(?:(?:^|[.!?:;(\n]\s*)|\b(?:met|aan|van|bij|voor|door|naar|over|tegen|tot|zonder|namens|volgens|"
    r"vandaag|gisteren|morgen|vanochtend|vanmorgen|vanmiddag|vanavond|ook|en|of|dat|omdat|toen)\s+)"
    r"[a-zà-ÿ]{1,5}\.\s+$"
)
_COUNT_COMPOUND = re.compile(r"\d{1,4}-[a-zà-ÿ]{3,}\.?")  # "24-uurs", "112-melding", "0900-nummer"
# A range of an amount: "300-400 euro", "1500-2000 kcal".
_NUMBER_RANGE = re.compile(r"(\d{1,4})[-–](\d{1,4})")
_AMOUNT_AFTER = re.compile(r"(?i)\s*(?:euro\b|eur\b|€|mg\b|mcg\b|ml\b|gram\b|g\b|kg\b|km\b|kcal\b|stappen\b|%)")


def _amount_range(text: str, token: str, end: int) -> bool:
    """ "300-400 euro", "150-200 mg": a range of an amount (a case number has no unit after it)."""
    r = _NUMBER_RANGE.fullmatch(token)
    return r is not None and int(r[1]) < int(r[2]) and _AMOUNT_AFTER.match(text, end) is not None


# Tokens with digits that identify no one: counts, scores, units, ordinals, years, times.
# A span of clock times in four digits ("0230-0545"), harmless only in a note that tells the time in
# hours and minutes elsewhere ("07.15 ovd", "om 06.00"): "2026-0418" alone is a case number.
_CLOCK_SPAN = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[-–](?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_TIME = re.compile(r"(?<![\d.,:/-])(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.,:/-])")


def _clock_span(text: str, token: str, start: int) -> bool:
    """``token`` is a span of clock times in four digits in a note that tells the time elsewhere."""
    if not _CLOCK_SPAN.fullmatch(token.rstrip(".")):
        return False
    return _CLOCK_TIME.search(text[:start] + " " + text[start + len(token) :]) is not None


_HARMLESS_NUMBER = re.compile(
    r"(?ix)^(?:"
    r"\d{1,4}"  # a count, an amount, a year
    r"|\d{1,3}\.\d{3}(?:,\d{1,2})?"  # "10.000 stappen", "2.500,50"
    r"|\d{1,3}(?:[.,]\d{1,3})?(?:x|e|de|ste|ste|jr|j|u|uur|min|mg|ml|kg|km|cm|mmol|procent|%|mnd|wk|dgn|d|h|pp)"
    r"|\d{4}(?:mg|mcg|ml|kcal|mmol|kg|km|m|stappen)"  # a dose or a distance: "1000mg", "5000m"
    r"|\d{1,2}[/-]\d{1,3}"  # "1/3", "4/10", "24/7", "3-5"
    r"|\d{2,3}/\d{2,3}"  # a blood pressure: "RR 138/86"
    r"|\d{1,2}[.:]\d{2}(?:[-–]\d{1,2}[.:]\d{2})?"  # a time or a time span: "9.30", "20:00", "19.00-21.00"
    r"|\d{1,2}(?:[.:]\d{2})?u(?:ur|\d{2})?[-–]\d{1,2}(?:[.:]\d{2})?u(?:ur|\d{2})?"  # hours: "10u-12u", "9u-11u30"
    r"|(?:19|20)\d{2}[/-](?:19|20)?\d{2}"  # "2023-2024", "2023/24"
    r"|(?:week|wk|stap|fase|groep|klas|covid|ronde|niveau|sessie|blok|module|p|v|q|h|nr|dag|ggz)-?\d{1,2}"
    r"|\d{1,3}(?:\.\d{3})?\s?x?/(?:wk|week|dag|d|mnd|maand|jr|jaar)|\d{1,2}dd"  # "1x/wk", "4.200/dag", "1dd"
    r"|\d(?:[-–]\d){3,5}"  # a run of single digits: "BVC 2-2-1-0", "grounding 5-4-3-2-1"
    r"|(?:phq|gad|scl|bdi|honos|sis|cgi|audit|pcl|asrs|ybocs|mmse|moca)-?\d{1,3}"  # questionnaires
    r"|[a-z]{2,6}-\d{1,2}"  # a test and its version: "ADOS-2", "CAPS-5"
    r"|[a-c][1-5](?:-[a-zà-ÿ]{3,})*"  # a language level, a paper size, a ward: "A2-examen", "1 A4", "(B4)"
    r"|\d{1,3}(?:-(?!jarig|plus)[a-zà-ÿ]{3,}){1,3}"  # in a compound: "6-weken-controle"; not "45-jarige"
    r"|\d{1,2}-\d{1,2}x|\d{1,3}k|\d{1,2}u\d{2}"  # "4-5x", "12k volgers", "3u12" (a time run)
    r"|g\d{1,2}p\d{1,2}(?:a\d{1,2})?"  # gravida and para: "G2P1"
    r"|[b-mo-z]\d{1,2}(?:-[a-zà-ÿ]{3,})?"  # a session, an urgency, a code: "S11", "E33-melding" (not roads: A2, N11)
    r"|[b-mo-z]\d{2}(?:/[b-mo-z]\d{2})+"  # codes side by side: "P01/P06" (ICPC: a complaint and a diagnosis)
    r"|\d{1,2}dd\d{1,4}(?:mg|mcg|ml|e)?"  # a dose: "4dd1000", "3dd500mg" (times a day, how much)
    r")\.?$"
)


@lru_cache(maxsize=64)
def _phrases(protected: frozenset[str]) -> ProtectedPhrases:
    return ProtectedPhrases(protected)


def _masked(text: str) -> str:
    """``text`` with every tag blanked out (same length), so no token is read inside one."""
    if "[" not in text:
        return text  # a raw note, or one without tags
    return _TAG.sub(lambda m: " " * len(m.group()), text)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _word_ending_at(text: str, start: int, reach: int) -> str:
    r"""The word that ends before ``start`` (within ``reach`` characters), as the search of
    ``([^\W\d_][\w-]*)\.?\s*[:,(]?\s*$`` in ``text[start - reach:start]`` gives it (group 1),
    or "". That search tried every position of the stretch and backtracked through every word
    in it (~4x the time of this, ~2 % of a harvest's CPU); the stretch read backwards is one anchored match:
    what may follow the word (spaces, one of ":,(", a dot) and then the run of word characters
    and hyphens before it, from whose first letter the word starts. A test holds the two equal."""
    m = _WORD_BEFORE_REVERSED.match(text[max(0, start - reach) : start][::-1])
    if m is None:
        return ""
    run = m.group(1)[::-1]
    first = _LETTER.search(run)
    return run[first.start() :] if first else ""


def _word_before(text: str, start: int) -> str:
    return _word_ending_at(text, start, 40).lower()


def _sentence_start(text: str, start: int) -> bool:
    if SENTENCE_OR_QUOTE_START.search(text, max(0, start - 4), start) is None:
        return False
    m = _DOT_BEFORE.search(text, max(0, start - 8), start)
    # "Dhr. Visser", "J.K. Bakker": the dot of a title or an initial ends no sentence
    return m is None or not (len(m.group(1)) == 1 or m.group(1).lower() in _TITLES)


def _infinitives(stem: str) -> set[str]:
    """Infinitives a verb stem may belong to: "merk" -> "merken", "bel" -> "bellen",
    "woon" -> "wonen", "verhuis" -> "verhuizen"."""
    out = {stem + "en", stem + stem[-1:] + "en", stem + "n"}
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        out.add(stem[:-2] + stem[-1] + "en")  # "woon" -> "wonen"
    if stem[-1:] in ("s", "f"):
        soft = stem[:-1] + ("z" if stem[-1] == "s" else "v")
        out |= {soft + "en"}
        if len(soft) >= 3 and soft[-2] == soft[-3] and soft[-2] in "aeou":
            out.add(soft[:-2] + soft[-1] + "en")  # "kies" -> "kiezen", "leef" -> "leven"
    return out


_SEPARABLE = re.compile(r"(?:op|uit|aan|in|mee|af|over|door|terug|weg|toe|na|voor|bij|samen|ziek|om|vast|los)(?=ge)")
_SEPARABLE_BARE = re.compile(r"(?:op|uit|aan|in|mee|af|over|door|terug|weg|toe|na|bij|samen|om|vast|los)")
_SHORTHAND = frozenset("lft dgn wkn mnd jr zie".split())
_VERB_ENDINGS = ("ten", "den", "te", "de", "t", "d")
_LETTERS = "abcdefghijklmnopqrstuvwxyzëé"


def _inflected(low: str, words: Collection[str]) -> bool:
    """``low`` is a verb form or a plural the word list holds only in its base form: "merkte",
    "belden", "mailt", "gemist", "verhuisd", "signalen" (the list has no inflections)."""
    if low.endswith(("nr", "nummer")) or low in _SHORTHAND:
        return True  # "cliëntnr", "dossiernr", "lft"
    forms = [low]
    prefix = _SEPARABLE.match(low)
    rest = low[prefix.end() :] if prefix else low
    if rest.startswith("ge") and len(rest) > 4:
        if rest.endswith("en") or rest[2:] in words:
            return True  # a strong participle: "opgenomen", "gegaan"; "besproken" is caught below
        forms.append(rest[2:])
    if prefix:
        forms.append(rest)
    elif (bare := _SEPARABLE_BARE.match(low)) and len(low) - bare.end() >= 4:
        # a separable verb in the present: "meepraat" -> "praten", "inlicht" -> "lichten"
        if any(w in words for w in _infinitives(low[bare.end() :])):
            return True
    if low.startswith(("be", "ver", "ont", "her", "er")) and low.endswith("en"):
        return True  # "besproken", "herschreven", "ontsloeg"-like strong forms
    for end in ("er", "ere", "st", "ste"):  # "somberder", "moeilijker", "banger"
        if low.endswith(end) and (low[: -len(end)] in words or low[: -len(end) - 1] in words):
            return True
    for form in forms:
        for end in _VERB_ENDINGS:
            if form.endswith(end) and len(form) - len(end) >= 2:
                if any(w in words for w in _infinitives(form[: -len(end)])):
                    return True
    if low.endswith("en") and len(low) > 5:
        stem = low[:-2]
        if stem[-2:-1] in ("a", "e", "o", "u") and stem[:-1] + stem[-2:] in words:
            return True  # "signalen" -> "signaal"
        if stem[:-1] + stem[-2] + stem[-1] in words or stem[:-1] in words:
            return True
    return False


# Pronouns, conjunctions and words of time: capitalised, they open a sentence ("Niemand belt",
# "Vanochtend kwam ...") or one whose full stop a tag or a link took ("[URL-1] Zijn vader ..."); never a name.
_CLOSED_WORDS = frozenset(
    """zijn haar hun hij zij ze wij we ik jij je jullie toen dan maar want omdat daarna niemand iedereen iemand
    niets alles vanochtend vanmiddag vanavond vannacht vandaag gisteren eergisteren""".split()
)


def _known_abbreviation_head(word: str) -> bool:
    """ "PMT-zaal", "SPV-collega": a word whose first part is a known abbreviation in capitals."""
    head, dash, _tail = word.partition("-")
    return bool(dash) and head.isupper() and head.lower() in NOT_INITIALS


_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-–•*][ \t]+)?$")  # a note's or a line's first word


# What each token of the last text read was found to be (see :func:`_answers`).
_LAST_ANSWERS: list[tuple] = [("", None, None, None, {})]


def _answers(reader: _Reader) -> dict[tuple[str, int, str], tuple[str | None, str]]:
    """Where a reader keeps what each token of its text was found to be, by the token, its start
    and the word read before it (:attr:`_Reader.before`, which the reading also sets): shared by the
    next reader of the same text with the same lists. The rules' pass (:func:`sure_identifiers`, on
    the raw note) and the review step's (on the scrubbed note) read the same text wherever nothing
    was replaced, most notes; each token's answer depends on the text, the lists and that word only."""
    text, lexicon, first, last, answers = _LAST_ANSWERS[0]
    if text == reader.text and lexicon is reader.lexicon and first is reader.first_names and last is reader.surnames:
        return answers
    answers = {}
    _LAST_ANSWERS[0] = (reader.text, reader.lexicon, reader.first_names, reader.surnames, answers)
    return answers


class _Reader:
    """One note's suspects; ``lexicon`` says which words are ordinary Dutch."""

    def __init__(
        self, text: str, lexicon: Lexicon, first_names: Collection[str], surnames: Collection[str] = ()
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        self.first_names = first_names
        self.surnames = surnames
        self.platforms = _PLATFORM_WORD.search(text) is not None  # most notes name no platform
        self.quotes = any(q in text for q in '"“„')  # and hold no double quotes
        self.street_at: Collection[int] = ()  # where a street follows "aan de"
        self.named_at: Collection[int] = ()
        self.before = ""  # the word before the token being read  # where a name follows "heet", "bijnaam", "noemen hem"
        self.protected_spans: list[tuple[int, int]] = []  # where a protected word stands (see find)

    @cached_property
    def habit(self) -> bool:
        """The note capitalises small words too ("Is Het Minder Gegaan"): see :mod:`.capitals`."""
        return capitalised_by_habit(self.text)

    @cached_property
    def title_case(self) -> bool:
        """ "Goede Afspraken Met De Apotheek": a capital says nothing in a note written like a
        title; but a note that is mostly names ("Wessel Hoekstra, weduwnaar in Kimswerd") is none."""
        words = _WORDS.findall(_masked(self.text))  # (a tag's letters are no words of the note)
        caps = [w for w in words if w[0].isupper()]
        return (
            len(words) >= 3
            and len(caps) >= 0.6 * len(words)
            and sum(self.lexicon.is_ordinary(w.lower()) for w in caps) >= 0.6 * len(caps)
        )

    @cached_property
    def ring_entry(self) -> bool:
        """A network entry that ends in its ring: "Exodus Rotterdam – C", "Verpleeghuis (C)"."""
        return self.text.rstrip()[-1:] in ("A", "B", "C", ")") and _RING_ENTRY.search(self.text) is not None

    def _known_caps(self, word: str) -> bool:
        return word in self.lexicon.words or word.lower() in NOT_INITIALS or word.lower() in NOT_NAMES

    def _digits(self, token: str, start: int) -> str | None:
        end = start + len(token)
        if _ID_BEFORE.search(self.text, max(0, start - 24), start) and sum(c.isdigit() for c in token) >= 3:
            return WHY_NUMBER  # "dossiernr 4471", "#2291", "polis: 881"
        if _CLASSIFICATION_CODE.fullmatch(token.rstrip(".")) and _CLASSIFICATION_BEFORE.search(
            self.text, max(0, start - 12), start
        ):
            return None  # "DSM-5 296.32", "ICD-10 F32.1": a diagnosis's code
        if _ATTACHED_AGE.match(token):  # "17jr", "16j"; the unit is read after the digits: "8j gescheiden"
            digits = len(token) - len(token.lstrip("0123456789"))
            return None if is_duration(self.text, start, start + digits) else WHY_AGE
        if _ORDINAL_DIGITS.fullmatch(token) and _POSSESSIVE_BEFORE.search(self.text, max(0, start - 8), start):
            after = _WORD_AFTER.match(self.text, end)  # a noun after it says what it counts: "haar 2e opname"
            following = after.group(1).lower() if after else ""
            if not following or following not in self.lexicon.words or following in NOT_A_NAME_AFTER_ROLE:
                return _FlagOnly(WHY_AGE)  # "van zijn 9e tot zijn 14e", "op haar 16e"; not "haar 2e opname"
        tail = token.rsplit("-", 1)[-1].rstrip(".")
        if _COUNT_COMPOUND.fullmatch(token) and not tail.startswith(("jar", "plus")) and self.lexicon.is_ordinary(tail):
            return None  # "2-wekelijks", "24-uurs", "112-melding": a number in a compound word
        if _PRESSURE.fullmatch(token) and self._measured(start):
            return None  # "RR 138/86", "bloeddruk 128/79": a blood pressure
        # (not "Pt. 0230-0545 sep." in a shift report that tells the time: "07.15 ovd")
        if not (
            _HARMLESS_NUMBER.match(token)
            or _amount_range(self.text, token, end)
            or _clock_span(self.text, token, start)
        ):
            # four digits or more that count nothing identify; fewer ("E33") may name a unit
            return WHY_NUMBER if sum(c.isdigit() for c in token) >= 4 else _FlagOnly(WHY_NUMBER)
        if token.isdigit() and self._measured(start):
            return None
        if token.isdigit() and int(token) <= 31 and _MONTH_AFTER.match(self.text, end):
            return None  # "vóór 20 december": a day of a month, no age
        if token.isdigit() and (_AGE_RANGE_AFTER.match(self.text, end) or group_threshold(self.text, start, end)):
            return None  # "kinderen van 0 tot 4 jaar", "Ouderen 75+": the ages of a group, no one's age
        if token.isdigit() and int(token) < 100:
            if _PERSON_OF.search(self.text, max(0, start - 40), start):
                return None if _UNIT_AFTER.match(self.text, end) else WHY_AGE  # "vrouw van 63"
            if int(token) <= 12 and self._after_person(start) and (small := self._small_age(start, end)):
                return small
            if int(token) <= 17 and _CHILD_OF.search(self.text, max(0, start - 24), start):
                return _FlagOnly(WHY_AGE)  # "de kleine van 6", "jongste van 4"
            if _PERSON_TAG_BEFORE.search(self.text, max(0, start - 16), start) and _AGE_END.match(self.text, end):
                return _FlagOnly(WHY_AGE)  # "([PERSOON-1] 8, [PERSOON-2] 11)": a number right after a name
            if int(token) > 12 and _ABOUT_BEFORE.search(self.text, max(0, start - 16), start):
                if _AGE_END.match(self.text, end) and not _UNIT_AFTER.match(self.text, end):
                    return self._age(start)  # "(ongeveer 80)", "man ca. 70,"
            if int(token) > 12 and _BECAME.match(self.text, end):
                return WHY_AGE  # "net 17 geworden"
        # "(41)", "vrouw 45,", "[PERSOON-1] 38": a plain number beside a person reads as an age.
        number = token.rstrip(".")  # "ze is rond de 50.": the sentence's dot
        if (
            number.isdigit()
            and 12 < int(number) < 100
            and _NEAR_AGE_BEFORE.search(self.text, max(0, start - 20), start)
        ):
            if not _UNIT_AFTER.match(self.text, end):
                return _FlagOnly(WHY_AGE)  # "tegen de 70", "boven de 80", "leeftijd: 47"
        if not token.isdigit() or not 12 < int(token) < 100:
            return None
        if _AGE_PLACE.search(self.text, max(0, start - 30), start) and _AGE_END.match(self.text, end):
            return None if is_duration(self.text, start, end) else self._age(start)
        # Any other number of two digits that counts nothing may be an age as well: "Piet, 67".
        if _NOT_AN_AGE_AROUND.search(self.text, max(0, start - 20), start) or _COUNTED.match(self.text, end):
            return None
        return None if is_duration(self.text, start, end) else _FlagOnly(WHY_AGE)

    def _small_age(self, start: int, end: int) -> str | None:
        """A number up to 12 after a person and "(" or ",": "Noor (7)", "kinderen (3 en 5)", "Sem,
        11,"; after a plural alone in brackets how many as often as how old: "kinderen (2)"."""
        if _HOW_MANY.search(self.text, max(0, start - 16), start) and self.text[end : end + 1] == ")":
            return _FlagOnly(WHY_AGE)
        return WHY_AGE if re.match(r"\s*(?:[),&]|en\b)", self.text[end : end + 4]) else None

    def _measured(self, start: int) -> bool:
        """A number right after what it measures or scores."""
        if _MEASURED_BEFORE.search(self.text, max(0, start - 30), start):
            return True  # "hartslag 44 in rust", "spiegel te laag (38)": a measured value
        if _SCORED_BEFORE.search(self.text, max(0, start - 40), start):
            return True  # "BDI-II 31", "HoNOS 22 bij opname, 14 bij ontslag": a test's score
        # "EPDS 15", "CIWA 14", "AD 36+4": a scale's score or a term, after its abbreviation
        return _ABBREVIATION_BEFORE.search(self.text, max(0, start - 10), start) is not None

    def _letters(self, token: str, start: int) -> str | None:
        word = token.rstrip(".")
        low = word.lower()
        if self.platforms and (handle := self._handle(word, low, start)) is not None:
            return handle
        if low in medication_names():
            return None  # "Xeplion", "Antipsychotica"
        if _EMPHASIS.search(low) and self._emphasised_word(low):
            return None  # "de patiënt én een naaste", "wél gebeld": a word stressed with an accent
        before = self.before = _word_before(self.text, start)  # (the shapes below read it too)
        after_role = before in ROLE_WORDS or before in PERSON_CONTEXT
        if after_role and self._role_ended_sentence(before, low, start):
            after_role = False  # "... de contactpersoon. Teruggebeld": the role ended a sentence
        if after_role and _LINE_OPENS_BEFORE.search(self.text, max(0, start - 4), start):
            after_role = not _LABEL_AFTER.match(self.text, start + len(token))  # "van pt.\nVerwacht effect:"
        if after_role and self.text[start + len(token) : start + len(token) + 1] == ":" and self._plain_word(low):
            after_role = False  # "advocaat, pt. Uitspraak: toegewezen": a label after the list
        shaped = self._by_shape(token, word, low, start, after_role)
        if shaped is not _UNDECIDED:
            return shaped
        return self._lower_case(token, word, low, start, before, after_role)

    def _emphasised_word(self, low: str) -> bool:
        """An ordinary word written with accents for stress ("én", "wél", "níet"); "José" is none."""
        plain = low.translate(_UNSTRESSED)
        return plain in NOT_A_NAME_AFTER_ROLE or plain in _SMALL_NUMBERS or plain in self.lexicon.words

    def _unknown_capitals(self, start: int, end: int, after_role: bool) -> str | None:
        """Capitals no list knows: initials after a role word, an organisation after a place word."""
        if after_role:
            return WHY_INITIALS
        if acronym_frame(self.text, start):
            return WHY_ACRONYM  # "basisschool KVWN", "lid van ZVBN": where an organisation's name stands
        if _WHERE_BEFORE.search(self.text, max(0, start - 12), start):
            return WHY_ACRONYM  # "via SSHN", "bij RTK": after a preposition of place an organisation
        # "voor NN", "van JBRA", "'PP'", "JBRA [LOCATIE-1]": right after a preposition, in quotes or
        # before a branch's town, capitals may name someone; elsewhere they are shorthand ("op de
        # IC", "EPDS 15", "melding IGJ"): 3 of 48 such suspects on the development sets were
        # identifiers, all three in these places
        quoted = self.text[start - 1 : start] in ("'", '"', "‘", "“")
        if quoted or _PREPOSITION_BEFORE.search(self.text, max(0, start - 14), start):
            return _FlagOnly(WHY_ACRONYM)
        if _BRANCH_AFTER.match(self.text, end) or (
            self.text[start:end].count("-") == 1 and _PLATE_DIGITS.match(self.text, end)
        ):
            return _FlagOnly(WHY_ACRONYM)  # "HTIB in [LOCATIE-1]": an organisation's branch; "B-SH 2207": a plate
        return None

    def _handle(self, word: str, low: str, start: int) -> str | None:
        """A user name after a platform word."""
        platform = self.platforms and _PLATFORM_BEFORE.search(self.text, max(0, start - 24), start)
        if platform and low not in _NOT_A_HANDLE and low not in NOT_NAMES and low not in NOT_A_NAME_AFTER_ROLE:
            # "op insta als zonnestraal", "tiktok: lisaaa"; without "als" or ":" only a word no list knows
            if platform.group(1) or (word.isalpha() and self._foreign_word(low)):
                return WHY_HANDLE
        return None

    def _after_dose(self, start: int) -> bool:
        return DOSE_BEFORE.search(self.text, max(0, start - 12), start) is not None

    def _one_letter(self, token: str, word: str, low: str, start: int, after_role: bool) -> str | None:
        """A single letter, with or without its dot: an initial, a ring letter, or nothing."""
        if after_role and word in "ABC" and token == word and _RING_THEN.match(self.text, start + 1):
            # "huisarts B komt pas in beeld", "werkgever C moet naar B": the network's ring; after
            # kin ("zus B woont ...") an initial as likely, so shown
            kin = _WORD_BEFORE_SPACE.search(self.text, max(0, start - 20), start)
            return _FlagOnly(WHY_INITIALS) if kin and kin.group(1).lower() in FAMILY_AND_FRIENDS else None
        if after_role and word.isalpha() and low not in ("m", "v"):
            return WHY_INITIALS
        if (
            token.endswith(".")
            and word.isalpha()
            and (p := _PARTICLES_BEFORE.search(self.text, max(0, start - 30), start))
        ):
            if p.group(1).lower() in _TITLES or p.group(1).lower() in PERSON_CONTEXT:
                return _FlagOnly(WHY_INITIALS)  # "mw. de b.", "dhr. van der k."
        # "Kevin R. (28)", "de vader van T. over", "L. (15 jr) zit": a capital and a dot
        if word.isupper() and token.endswith(".") and self._initial_context(start, start + len(token)):
            return WHY_INITIALS
        if word.isupper() and token.endswith(".") and self.text[start - 1 : start] == "(":
            return _FlagOnly(WHY_INITIALS)  # "dader (W.) kreeg": an initial in brackets
        return None

    def _by_shape(self, token: str, word: str, low: str, start: int, after_role: bool) -> str | None | object:
        """What a token's shape decides (initials, dots, capitals); :data:`_UNDECIDED` otherwise."""
        if (
            word in ("A", "B", "C")
            and (ring := _RING_ENTRY.search(self.text, max(0, start - 4)))
            and ring.start() <= start
        ):
            return None  # "Buurvrouw (A)", "Exodus – C": the ring of a network entry
        if (
            word in ("A", "B", "C", "D")
            and self.text[start - 1 : start] == "("
            and _RING_AROUND.match(self.text, start + 1)
        ):
            return None  # "jobcoach (A), huisarts (B), broer (C: ...)": rings inside a list of the network
        if _DOTTED_INITIALS.fullmatch(token) and not word.islower():
            if len(letters := low.replace(".", "")) >= 3 and letters in NOT_INITIALS:
                return None  # "Z.S.M.", "I.V.M.": shorthand in capitals (but "H.R." may be initials)
            return WHY_INITIALS  # "A.Kh.", "W.J.M."
        if ("." in word or "_" in word) and _JOINED.search(word) and "@" not in word:
            letters = re.sub(r"[._]", "", low)
            if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]\.?", token) and len(letters) <= 4:
                if letters in NOT_INITIALS or token.lower() in NOT_INITIALS or self._after_dose(start):
                    return None  # "i.v.m.", "o.a.", "100 mg a.n."
                if not after_role and word.islower():
                    return _FlagOnly(WHY_INITIALS)  # "j.d. (vorige behandelaar)": initials or shorthand
                return WHY_INITIALS
            if _DOMAIN.match(word):
                return WHY_HANDLE  # "werkt bij mediamarkt.nl": a website names an organisation
            if "_" in word or max(map(len, re.split(r"[._]", word))) > 3:
                return WHY_HANDLE if "_" in word or self.platforms else _FlagOnly(WHY_HANDLE)  # not "st.vader"
            return None
        if len(word) == 1:
            return self._one_letter(token, word, low, start, after_role)
        if "-" not in word and _INNER_CAPITAL.search(word) and not self._known_caps(word) and low not in NOT_NAMES:
            why = WHY_ACRONYM if len(word) <= 5 else WHY_UNKNOWN  # "JvdB", "deBrug", "ZorgPunt"
            if after_role or _WHERE_BEFORE.search(self.text, max(0, start - 12), start):
                return WHY_INITIALS if after_role and len(word) <= 5 else why
            return _FlagOnly(why)  # "geen DigiD", "via WhatsApp"? brands are written so too
        if word.isupper():
            if self._spelled_out_before(start, start + len(token)):
                return None  # "Bijwerkingenlijst (UKU)", "traumascreening (CATS)": the words it stands for
            if len(word) <= 5 and not self._known_caps(word):
                if low not in self.lexicon.words:
                    return self._unknown_capitals(start, start + len(token), after_role)
                # "aan de TU", "bij de NS", "via BOOG": capitals that spell a word name an organisation
                if not self.title_case and self._after_where(start):
                    return _FlagOnly(WHY_ACRONYM)
            return None
        if word[:1].isupper():
            return self._capitalised(word, start, after_role)
        return _UNDECIDED

    def _lower_case(self, token: str, word: str, low: str, start: int, before: str, after_role: bool) -> str | None:
        """A word in lower case: a number word, a town, a name after a role word, a foreign word."""
        if before in _POSSESSIVES and _ORDINAL_AGE.fullmatch(low):
            return WHY_AGE  # "sinds haar twintigste", "op zijn zestiende": an age
        if why := self._whose_or_where(word, low, start + len(token)):
            return why
        if _NUMBER_WORD.fullmatch(low) and not _UNIT_AFTER.match(self.text, start + len(token)):
            return self._number_word(start, start + len(token), before)
        if low in _SMALL_NUMBERS and self.text[start - 1 : start] == "(" and self._after_person(start):
            return WHY_AGE  # "dochter Lelie (negen)"
        ordinary = low in self.lexicon.words or self.lexicon.common(low) or low in NOT_A_NAME_AFTER_ROLE
        if word.isalpha() and (why := self._name_frames(low, start, token, before, ordinary)):
            return why
        if _TOWN_BEFORE.search(self.text, max(0, start - 12), start) and (
            why := self._lower_place(word, low, start + len(token), ordinary)
        ):
            return why
        if after_role and before not in NOT_A_NAME_AFTER_ROLE:
            if low in self.first_names and low not in ROLE_WORDS and not self.lexicon.common(low):
                if low not in NOT_A_NAME_AFTER_ROLE:  # "moeder van", also without deduce's lists
                    return WHY_AFTER_ROLE
            if len(low) <= 3 and not ordinary and low not in _ABBREVIATIONS and low not in PERSON_CONTEXT:
                if before in PERSON_CONTEXT and low not in NOT_INITIALS and not _A_FINITE_VERB.fullmatch(low):
                    return WHY_INITIALS  # "dhr jb", "casus mk"; not "pt. eet", "collega, cl akkoord"
        if not ordinary and len(low) >= 3 and word.isalpha() and self._foreign_word(low):
            if self.lexicon.place(word.capitalize()):
                return WHY_PLACE  # "ziekenhuis venlo", "van zwolle naar"
            if _AGE_IN_BRACKETS_AFTER.match(self.text, start + len(token)):
                return WHY_BEFORE_AGE  # "arbeidsmigrant mihai (ong. 30)": a name with its age
            if why := self._titled_unknown(low, start, before, after_role):
                return why
            if subject_slot(self.text, start, start + len(token)):
                # "yerlan heeft geen werk", "zegt dat grzegorz ...", "daarna kwam vasile langs": a
                # name's frame, whatever English says ("daarna kwam marsh langs")
                listed = low in self.first_names or low in self.surnames
                return WHY_LOWER_NAME if listed else _FlagOnly(WHY_LOWER_UNKNOWN)
            if len(low) > 3 and low in self.surnames:
                return WHY_LOWER_SURNAME  # "gesprek met jansen": a surname no word list knows
        # A first name written in lower case anywhere: "gesprek met jeroen"; replaced where what
        # stands around it says a person ("belde anouk", "karin, joost en ...", "daan heeft").
        if (
            len(low) > 3
            and low in self.first_names
            and low not in self.lexicon.words
            and not self.lexicon.common(low)
            and low not in ROLE_WORDS  # "zusje": a family word the word list lacks as such
        ):
            around = self._name_around(start, start + len(token), before)
            if around or not (low.endswith("t") and _inflected(low, self.lexicon.words)):  # not "de cursus duurt"
                return WHY_LOWER_NAME if around else _FlagOnly(WHY_LOWER_NAME)
        if 3 <= len(low) <= 5 and _NO_VOWEL.fullmatch(low) and low not in _ABBREVIATIONS and not ordinary:
            if low not in NOT_INITIALS and low not in PERSON_CONTEXT and low not in _SHORTHAND:
                return _FlagOnly(WHY_INITIALS)  # "dat kvdb (haar begeleider)": letters without a vowel
        # Any other word no list knows, even inflected or as a compound ("maatje kwartelberg"):
        # shown to a reader; shorthand and typos look the same, so never replaced.
        if before in _NAME_GLUE and not ordinary and len(low) >= 4 and word.isalpha():
            if not low.endswith(_VERB_ENDINGS) and not _MEDICINE_ENDING.search(low) and self._foreign_word(low):
                if not self._english(low, start, start + len(word)):  # "says not them": English, no name
                    return _FlagOnly(WHY_UNKNOWN_WORD)
        return self._wider_lower(token, word, low, start, before)

    def _titled_unknown(self, low: str, start: int, before: str, after_role: bool) -> str | None:
        """A word no list knows after a role, a title or a place word."""
        if after_role and self._kin_then_foreign_name(low, before, start):
            return WHY_AFTER_ROLE  # "kleinzoon thuvaraka tolkt", "comadre chabuca samen": replaced
        # "mw. yilmaz", "cl. sven": a person's frame, whatever English says; "bij zorgkwadrant",
        # "in malburgen" too, but "op de sticky" is English
        titled = after_role or _TITLE_BEFORE.search(self.text, max(0, start - 8), start)
        if titled or (self._after_where(start) and not self._english(low, start, start + len(low))):
            return WHY_LOWER_UNKNOWN
        return None

    def _kin_then_foreign_name(self, low: str, before: str, start: int) -> bool:
        """A word no list knows (checked by the caller) right after a family word or a word of
        address, with only a space between ("kleinzoon thuvaraka", "comadre chabuca", "dona
        graça"): that relative's name. Not after a role of the care (a typo or a verb form reads
        so: "Arts geïnformeerd", "Cl. dissocieert"), not after a comma or a bracket ("tante, theia",
        "schoonmoeder (kaynana)": a word for the relative), nor a word shaped like a verb's form."""
        if before not in FAMILY_WORDS and before not in RESPECT_WORDS:
            return False
        if len(low) < 5 or low.endswith(_VERB_ENDINGS) or low.endswith(("en", "eer")):
            return False
        gap = start - len(before) - 1
        if gap < 0 or self.text[gap:start].lower() != before + " ":
            return False
        return not self._english(low, start, start + len(low)) and not self._typo(low)

    def _typo(self, low: str) -> bool:
        """One letter away from a Dutch word (left out, added, changed or two swapped): "vanmorgn",
        "heeftt", "gebeldt". Asked only of the few words the caller has not already placed."""
        words = self.lexicon.words
        cut = [(low[:i], low[i:]) for i in range(len(low) + 1)]
        if any(b and a + b[1:] in words for a, b in cut) or any(
            len(b) > 1 and a + b[1] + b[0] + b[2:] in words for a, b in cut
        ):
            return True
        return any(a + c + b[1:] in words or a + c + b in words for a, b in cut for c in _LETTERS)

    def _number_word(self, start: int, end: int, before: str) -> str | None:
        """A number in words with no unit after it: an age, unless it names an era or a quantity."""
        if spoken_quantity(self.text, start, end) or self._spoken_count(start, end):
            return None  # "vijftig milligram", "vier uur vijftien", "twintig jaar getrouwd"
        if before == "jaren" and _DECADE_BEFORE.search(self.text, max(0, start - 16), start):
            return None  # "muziek uit de jaren vijftig": a decade, no one's age ("zijn jaren twintig" is)
        return WHY_AGE  # "vierenvijftig", "rond de zestig"

    def _spoken_count(self, start: int, end: int) -> bool:
        """A number in words that counts, doses, tells the time or scores, no age: "vijftig
        milligram", "vier uur vijftien", "twintig jaar getrouwd", "tweeëntwintig van de dertig"
        (and every number of a note that scores so)."""
        if _UNIT_AFTER.match(self.text, end) or _SPOKEN_UNIT_AFTER.match(self.text, end):
            return True
        if _SPOKEN_TIME_BEFORE.search(self.text, max(0, start - 12), start):
            return True
        if _SPOKEN_SCORE.search(self.text) and not _PERSON_OF.search(self.text, max(0, start - 40), start):
            return True
        return _YEARS_AFTER.match(self.text, end) is not None and is_duration(self.text, start, end)

    def _first_name_frame(self, low: str, start: int, token: str, before: str) -> str | None:
        """A first name in lower case, also one that is a word, where the sentence says a person:
        after a verb of speech or contact ("belde roos", "zei anouk", "heb yara gebeld"), with a
        genitive s before a family word ("mohammeds zus"), or opening a sentence before what
        someone does ("ben komt morgen", "roos belt": flagged only, "lente komt" reads so too)."""
        end = start + len(token)
        if low in NOT_NAMES or low in ROLE_WORDS or low in PERSON_CONTEXT or low in _ADVERBS:
            return None
        if low in _NOT_CONTACTED or low in _SMALL_NUMBERS or low in _NOT_A_HANDLE or low in _CLOSED_WORDS:
            return None
        word_too = low in self.lexicon.words or self.lexicon.common(low)
        if low not in NOT_A_NAME_AFTER_ROLE and (
            self._contact_before(start) or (before in _BEFORE_CONTACT_AFTER and _CONTACT_AFTER.match(self.text, end))
        ):
            return _FlagOnly(WHY_LOWER_NAME) if self.lexicon.common(low) else WHY_LOWER_NAME
        if (
            word_too
            and _sentence_start(self.text, start)
            and (_VERB_AFTER.match(self.text, end) or _VERB_FORM_AFTER.match(self.text, end))
        ):
            return _FlagOnly(WHY_OPENING_NAME)  # "roos belt", "Top: sjaak durfde ..."
        return None

    def _part_of_town_after(self, end: int) -> bool:
        return _COMPASS_AFTER.match(self.text, end) is not None or _TOWN_IN_BRACKETS.match(self.text, end) is not None

    def _lower_place(self, word: str, low: str, end: int, ordinary: bool) -> str | None:
        """A place in lower case after "in", "uit", "naar", "woont": a town ("in tilburg", "in
        nw-vennep"), a part of town ("in tuindorp oost"), a neighbourhood with its town in
        brackets ("uit lombok (utrecht)") or made of words ("woont in overvecht")."""
        if (
            low in NOT_A_NAME_AFTER_ROLE
            or low in ROLE_WORDS
            or low in _NOT_A_HANDLE
            or low in COUNTRIES
            or not word.replace("-", "").isalpha()
        ):
            return None  # ("woont in belgië": a country)
        kind = low.endswith(_KINDS_OF_PLACE) or low.endswith(_ORGANISATION_KINDS) or low.endswith(_AREAS)
        if not kind and ((m := _COMPASS_AFTER.match(self.text, end)) or (m := _TOWN_IN_BRACKETS.match(self.text, end))):
            town = m.group(1)
            if town is None or town.lower() in _COMPASS or self.lexicon.place(town.capitalize()):
                return WHY_PLACE  # "in tuindorp oost", "uit lombok (utrecht)", "uit x ([LOCATIE-1])"
        if ordinary:
            return None
        if self.lexicon.place(word.capitalize()) or self.lexicon.place(_expanded_town(word)):
            return WHY_PLACE  # "woont in tilburg", "in nw-vennep"
        if (
            len(low) >= 5
            and word.isalpha()
            and _LIVES_IN_BEFORE.search(self.text, max(0, end - len(word) - 24), end - len(word))
        ):
            if not self.lexicon.is_word(low) and not low.endswith(_HOMES):
                return WHY_PLACE  # "woont in overvecht": a neighbourhood made of words, without an article
        return None

    def _name_frames(self, low: str, start: int, token: str, before: str, ordinary: bool) -> str | None:
        if low in self.first_names and (why := self._first_name_frame(low, start, token, before)):
            return why
        return self._surname_frame(low, start, before, ordinary)

    def _surname_frame(self, low: str, start: int, before: str, ordinary: bool) -> str | None:
        """A surname in lower case, also one that is a word: after a title and the particles of a
        surname ("dhr de boer", "mw. van dijk"), after a doctor's title ("dr. mol"), or after a
        first name and an abbreviated particle ("thijs vd velde")."""
        if low in ROLE_WORDS or low in PERSON_CONTEXT or low in NOT_A_NAME_AFTER_ROLE or len(low) < 3:
            return None
        word_too = ordinary or self.lexicon.is_ordinary(low) or _inflected(low, self.lexicon.words)
        surname = low in self.surnames or not word_too
        m = _SURNAME_PARTICLES_BEFORE.search(self.text, max(0, start - 30), start)
        bare_van = m is not None and m.group(2).lower() in ("van", "ter", "ten", "vd", "v.d.", "v/d") and not m.group(3)
        if m and (surname or bare_van) and m.group(1).lower() in _SURNAME_TITLES:
            # a word after "van" is a surname when a name's place follows ("mw. van dijk belt", "dhr.
            # van vliet,"); "dhr. van streek door ...", "mw. van harte welkom" are idioms
            named = _AFTER_NAME.match(self.text, start + len(low)) or _VERB_FORM_AFTER.match(
                self.text, start + len(low)
            )
            if not word_too or (named and (bare_van or (low in self.surnames and m.group(2).lower() == "van"))):
                return WHY_AFTER_ROLE  # "mw. van dijk belt", "dhr. ter horst,", "mw. de jongh"
            return _FlagOnly(WHY_AFTER_ROLE)  # "dhr de boer"; but "bij mw. de rol": her medicine roll
        if before in _DOCTORS and surname and not self._dated(start, low):
            return WHY_AFTER_ROLE  # "dr. mol", "prof. visser"
        if before in _ABBREVIATED_PARTICLES:
            prev = _NAME_THEN_PARTICLE.search(self.text, max(0, start - 30), start)
            if prev and (prev.group(1) is None or prev.group(1).lower() in self.first_names):
                return WHY_AFTER_NAME  # "thijs vd velde", "[PERSOON-1] v.d. berg"
        return None

    def _name_around(self, start: int, end: int, before: str) -> bool:
        """What stands around a word says it names a person: a word names follow ("met", "en",
        "volgens", a verb of speech), another first name before it (a list), or what a person
        does after it ("daan heeft", "karin, joost en ...")."""
        if before in _NAME_GLUE or before in _SUBJECT_FOLLOWS or before in self.first_names:
            return True  # "met anouk", "fijn dat yasmina ...", "karin, joost"
        if self._contact_before(start) or _VERB_FORM_AFTER.match(self.text, end):
            return True  # "belde anouk", "bemiddelaar wendy merkt", "sietske bewaakte"
        if _AFTER_NAME.match(self.text, end) or _CONTACT_AFTER.match(self.text, end):
            return True  # "daan heeft", "karin, ...", "yara gebeld"
        if self.text[start - 1 : start] == "(" and self.text[end : end + 1] == ")":
            return True  # "06-... (linda)": a name alone in brackets
        # "micro-actie: stefanie bellen": whom a micro-action is about
        return _FORM_ACTION_BEFORE.search(self.text, max(0, start - 16), start) is not None and bool(
            _INFINITIVE_AFTER.match(self.text, end)
        )

    def _contact_before(self, start: int) -> bool:
        return _CONTACT_BEFORE.search(self.text, max(0, start - 24), start) is not None

    def _genitive(self, low: str, end: int) -> bool:
        """A first name with a genitive s before a family word: "Mohammeds zus", "sevdas moeder"."""
        if not low.endswith("s") or len(low) < 4 or low in self.lexicon.words or self.lexicon.common(low):
            return False
        stem = low[:-1].rstrip("'’")
        return (
            stem in self.first_names
            and not self.lexicon.common(stem)
            and _FAMILY_AFTER.match(self.text, end) is not None
        )

    def _ring_entry_name(self, low: str) -> bool:
        """A network entry ("Exodus / straatteam ... -> B", "X Rotterdam – C") opens with whom it
        names: an ordinary word there that is no role, person, kind of place or common word."""
        if not self.ring_entry or low in ROLE_WORDS or low in PERSON_CONTEXT or low in NOT_NAMES:
            return False
        kinds = low.endswith(_KINDS_OF_PLACE) or low.endswith(_ORGANISATION_KINDS) or low.endswith(_ROLE_TAILS)
        return not (kinds or self.lexicon.common(low))

    def _plural(self, low: str) -> bool:
        """A plural or an infinitive of an ordinary word: "Wachtlijsten", "Schulden", "Vertrouwen"."""
        return low.endswith(("en", "s")) and (low in self.lexicon.words or _inflected(low, self.lexicon.words))

    def _wider_lower(self, token: str, word: str, low: str, start: int, before: str) -> str | None:
        """General shapes of a word in lower case that hit ordinary words too: shown to a
        reader, never replaced."""
        end = start + len(token)
        if before in _POSSESSIVES and _DECADE_AGE.fullmatch(low):
            return _FlagOnly(WHY_AGE)  # "in zijn vijftiger jaren"
        if _TENS_WITH_TAIL.fullmatch(low):
            return _FlagOnly(WHY_AGE)  # "(zeventigplus)", "een dertiger"
        if before == "met" and low in self.first_names and _DOES_AFTER.match(self.text, end):
            return _FlagOnly(WHY_LOWER_NAME)  # "belde met ben en daarna ...": no verb follows "met"
        if low in _SMALL_NUMBERS and low != "een" and _CHILD_OF.search(self.text, max(0, start - 24), start):
            return _FlagOnly(WHY_AGE)  # "een meisje van twaalf", "zoon van negen"
        if not word.isalpha() or not 2 <= len(low) <= 24 or low in NOT_A_NAME_AFTER_ROLE or low in ROLE_WORDS:
            return None
        if start in self.named_at and low not in _NOT_A_HANDLE and low not in _ADVERBS:
            return _FlagOnly(WHY_NAME_FRAME)  # "de buurman heet kees", "ze noemen hem de kapitein"
        if start in self.street_at and low.endswith(_STREET_ENDINGS) and len(low) >= 8:
            return _FlagOnly(WHY_PLACE)  # "woont aan de lindelaan": a street
        if before in _TITLES_SPELLED and low in self.surnames and not self.lexicon.common(low):
            return _FlagOnly(WHY_LOWER_SURNAME)  # "mevrouw visser", "meneer bakker": a surname that is a word
        if low.endswith(_PLACE_ENDINGS) and low not in self.lexicon.words and not self.lexicon.common(low):
            if _LIVES_BEFORE.search(self.text, max(0, start - 12), start) or _NEAR_BEFORE.search(
                self.text, max(0, start - 16), start
            ):
                # "in de rivierenwijk", "op de vinkenhof", "bij het vondelpark": a neighbourhood or a landmark
                return _FlagOnly(WHY_PLACE)
        kin = before in ROLE_WORDS or before in PERSON_CONTEXT or before.endswith(_ROLE_TAILS)
        if kin and word_name_suspect(self.text, start, end, before, self.lexicon, self.surnames):
            return _FlagOnly(WHY_AFTER_ROLE)  # "broer zon;", "huisarts brouwer kwam": a name that is a word
        if kin and low in self.first_names and _DOES_AFTER.match(self.text, end):
            return _FlagOnly(WHY_AFTER_ROLE)  # "dochter roos komt", "groepsgenoot max naar": a name that is a word
        if before in RELATIVES and low not in _ADVERBS and low not in RELATIVES and _VERB_AFTER.match(self.text, end):
            return _FlagOnly(WHY_AFTER_ROLE)  # "dochter trui komt": a family word, a word, then a verb
        if len(low) > 12 or (low in self.lexicon.words and low not in self.first_names):
            return None
        if low in self.first_names and self._alone_in_brackets_after_person(start, end):
            # "jongste (noa)", "trainer daar (kees)": one first name in brackets after a person word
            word_too = low in self.lexicon.words or self.lexicon.common(low)
            return _FlagOnly(WHY_LOWER_NAME) if word_too else WHY_LOWER_NAME
        if _OF_THE_AFTER.match(self.text, end) and _NAME_FRAME_BEFORE.search(self.text, max(0, start - 8), start):
            return _FlagOnly(WHY_NAME_FRAME)  # "jo van de thuiszorg en ...", "met kim van het wijkteam"
        if low in self.first_names and before in _WITH_SOMEONE and not self.lexicon.common(low):
            if _DOES_AFTER.match(self.text, end):
                return _FlagOnly(WHY_LOWER_NAME)  # "samen met roos naar", "en bas gaat mee": a name that is a word
        if low in self.first_names and low not in _ADVERBS and not self.lexicon.common(low):
            if not _sentence_start(self.text, start) and subject_slot(self.text, start, end):
                return _FlagOnly(WHY_LOWER_NAME)  # "merkten dat bas niet meer ... kwam": a name that is a word
        return None

    @staticmethod
    def _plain_head(head: str) -> bool:
        """The part before a role in a compound is an abbreviation of care ("NGT-tolk"); a word
        there may be an employer ("Bouwmarkt-teamleider")."""
        return head.isupper() and head.lower() in NOT_INITIALS

    def _plain_word(self, low: str) -> bool:
        """An ordinary word that is neither a first name nor a surname ("uitspraak"; not "bakker")."""
        return low in self.lexicon.words and low not in self.first_names and low not in self.surnames

    def _plain_first_name(self, word: str) -> bool:
        low = word.lower()
        return low in self.first_names and low not in self.lexicon.words and not self.lexicon.common(low)

    def _english(self, low: str, start: int, end: int) -> bool:
        """An ordinary English word that is on no name list and names no town, beside another
        English word that is no Dutch word and no name ("Panic attacks", "says not them"): no name
        by itself (asked only where no person's frame stands around it). The neighbour is needed:
        the English list is long and names are made of rare words ("Kestrel las haar gedicht")."""
        if not self._english_only(low, also_dutch=True):
            return False
        if self._mixes_english:
            return True
        before = _WORD_BEFORE_SPACE.search(self.text, max(0, start - 30), start)
        after = _WORD_AFTER.match(self.text, end)
        return any(m and self._english_only(m.group(1).lower()) for m in (before, after))

    @cached_property
    def _mixes_english(self) -> bool:
        """The note holds at least three English words that are no Dutch words and no names
        ("Intl PhD candidate, supervisor conflict. Feels ...")."""
        seen: set[str] = set()
        for m in _ENGLISH_CANDIDATE.finditer(self.text):
            low = m.group().lower()
            if low not in seen and self._english_only(low):
                seen.add(low)
                if len(seen) >= 3:
                    return True
        return False

    def _english_only(self, low: str, *, also_dutch: bool = False) -> bool:
        if low in self.first_names or low in self.surnames or self.lexicon.place(low.capitalize()):
            return False
        if not also_dutch and (self.lexicon.is_ordinary(low) or len(low) < 3):
            return False
        return is_english_word(low)

    def _foreign_word(self, low: str) -> bool:
        """A lower-case word no Dutch word list knows, nor as a compound or an abbreviation."""
        if low in NOT_INITIALS or low in NOT_NAMES or low in _ABBREVIATIONS or low in ROLE_WORDS:
            return False
        if low in PERSON_CONTEXT or low in MONTHS_AND_DAYS or low in COUNTRIES:
            return False
        if self.lexicon.is_ordinary(low) or _inflected(low, self.lexicon.words) or self._adjective(low):
            return False
        if self.english:
            return False  # a note written in English: its lower-case words are English, its names capitalised
        if low in self.first_names or low in self.surnames:
            return True
        # a verb's stem ("bewindvoerder vecht het aan", "moeder spreek geen Nederlands"), or a compound
        # with a short part ("eetlijst", "nachtmap", "labaanvraag", "aanmeldcoördinator")
        return not (self.lexicon.is_verb_stem(low) or self._short_compound(low))

    def _adjective(self, low: str) -> bool:
        """An inflected adjective whose base the list holds: "lokale" (lokaal), "intensieve"
        (intensief), "professionele" (professioneel), "partiële" (partieel)."""
        if not low.endswith("e") or len(low) < 5:
            return False
        stem = low[:-1]
        stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
        forms = {stem, stem[:-1] + stem[-2] + stem[-1], stem.replace("ië", "ie").replace("iël", "ieel")}
        if len(stem) > 2 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
            forms.add(stem[:-1] + stem[-2] + stem[-1])  # "lokal" -> "lokaal"
        if stem.endswith("iël"):
            forms.add(stem[:-3] + "ieel")  # "partiël" -> "partieel"
        return any(f in self.lexicon.words for f in forms)

    def _plain_adjective(self, word: str, low: str) -> bool:
        """An inflected adjective with a capital, no name and no town: "Gereformeerde", "Joodse",
        "Duitse" (a language's, "Duits"); not "Zwolse", "Witte" (a surname too)."""
        if not low.endswith("e") or len(low) < 6 or low in self.first_names or low in self.surnames:
            return False  # (and not "Stake", a short word that reads as "stak" + e)
        if self.lexicon.place(word):
            return False
        if low[:-1] in NOT_NAMES:
            return True  # "Duitse", "Turkse": a language's or a people's
        return self._adjective(low) and not made_of_a_town(word, self.lexicon)

    def _short_compound(self, low: str) -> bool:
        """Two words of the list, one of them of three letters, or a verb's stem and a word."""
        if len(low) < 7:
            return False
        words = self.lexicon.words
        for i in range(3, len(low) - 2):
            head, tail = low[:i], low[i:]
            if not (head in words or self.lexicon.is_verb_stem(head)):
                continue
            if tail in words or (tail[0] == "s" and tail[1:] in words) or self.lexicon.is_word(tail):
                return True  # ... also with a plural: "appnotificaties", "terugvalsignalen"
        return False

    @cached_property
    def english(self) -> bool:
        """The note is written in English ("Client says ...", "the kids stay with ...")."""
        return len(set(_ENGLISH_WORDS.findall(self.text.lower()))) >= 2

    def _age(self, start: int) -> str:
        """An age; only flagged where a bracket opens it with no person before the bracket:
        "afstemming ging moeizaam (48)", "huisarts (ongeveer 50)"."""
        m = _OPEN_BRACKET_BEFORE.search(self.text, max(0, start - 16), start)
        if m and not self._after_person(m.start() + 1, family=True):
            return _FlagOnly(WHY_AGE)
        return WHY_AGE

    def _whose_or_where(self, word: str, low: str, end: int) -> str | None:
        if self._genitive(low, end):
            return WHY_POSSESSIVE  # "mohammeds zus"
        if low not in self.lexicon.words and self._town_adjective(word, low, end):
            return WHY_PLACE  # "de twentse familie", "een haagse tongval": an adjective made of a town or region
        return None

    def _town_adjective(self, word: str, low: str, end: int) -> bool:
        """A lower-case adjective no word list knows, made of a town or a region, before a
        lower-case word: "de twentse familie", "een amersfoortse nieuwbouwwijk" (as "Zwolse"
        with its capital, :func:`.places.made_of_a_town`)."""
        if not low.endswith("se") or len(low) < 6 or not word.isalpha() or low in COUNTRIES:
            return False
        return _LOWER_WORD_AFTER.match(self.text, end) is not None and made_of_a_town(word.capitalize(), self.lexicon)

    def _alone_in_brackets_after_person(self, start: int, end: int) -> bool:
        """The word stands alone in brackets, and a person or family word is one of the four
        words before them ("jongste (noa)", "de trainer daar (kees)", "buurvrouw 3 hoog (gea)")."""
        if self.text[start - 1 : start] != "(" or self.text[end : end + 1] != ")":
            return False
        words = _PLAIN_WORD.findall(self.text, max(0, start - 40), start - 1)[-4:]
        return any(
            w.lower() in _PERSON_WORDS
            or w.lower() in RELATIVES
            or w.lower() in PERSON_CONTEXT
            or w.lower() in ROLE_WORDS
            for w in words
        )

    def _after_person(self, start: int, *, family: bool = False) -> bool:
        """A name or a person word, then "(" or ",", ends before ``start``: "Noor (", "sem (7";
        with ``family`` also a family or patient word ("zus (16", "pt (54")."""
        m = _BRACKETED_AFTER_NAME.search(self.text, max(0, start - 30), start)
        if not m:
            return False
        word = m.group(1)
        if word is None or word.lower() in _CHILD_WORDS or word.lower() in self.first_names:
            return True
        if family and word.lower() in PERSON_CONTEXT:
            return True
        if self.lexicon.place(word):
            return False  # "opgenomen in Amsterdam (4)"
        return word[:1].isupper() and not word.endswith("en") and not self.lexicon.is_ordinary(word.lower())

    def _initial_context(self, start: int, end: int) -> bool:
        if re.match(r"\s*[(,]", self.text[end : end + 3]):
            return True
        word = _word_ending_at(self.text, start, 30)
        if not word:
            return False
        return word.lower() in _BEFORE_INITIAL or (word[:1].isupper() and word.lower() in self.first_names)

    def _after_where(self, start: int) -> bool:
        return (
            _COMPOUND_WHERE.search(self.text, max(0, start - 12), start) is not None
            or _WHERE_BEFORE.search(self.text, max(0, start - 12), start) is not None
            or _WHERE_ARTICLE_BEFORE.search(self.text, max(0, start - 24), start) is not None
        )

    def _capitalised(self, word: str, start: int, after_role: bool) -> str | None:
        low = word.lower()
        if self._genitive(low, start + len(word)):
            return WHY_POSSESSIVE  # "Mohammeds zus", "Sevdas moeder": a name and whose family
        if not after_role and english_opening(self.text, low, start + len(word)) and _sentence_start(self.text, start):
            return None  # "Well, ...", "Honestly: ...", "Born to run": English
        if not after_role and low.endswith(_KIND_HEADS) and self.lexicon.is_word(low):
            # "naar de Sportschool", "via de Zorgverzekeraar", "geen Signaleringsplan": a word of the
            # dictionary that names a kind of place, organisation or plan, capitalised; a name made
            # of words ("de Regenboogschool") is no dictionary word and is still looked at
            return None
        if not after_role and low in _CLOSED_WORDS:
            return None  # "[URL-1] Zijn vader reageerde": a pronoun or a conjunction opens a sentence
        if low in _COMPASS and _TEAM_BEFORE.search(self.text, max(0, start - 16), start):
            return None  # "FACT Noord", "afdeling 3 Oost", "team West": a team's or a ward's part
        if not after_role and self._plain_adjective(word, low):
            return None  # "de Gereformeerde Gemeente", "(Duitse simkaart)", "Anonieme Gokkers": an adjective
        if not after_role and _known_abbreviation_head(word) and word.rsplit("-", 1)[-1].islower():
            # "bij de PMT-zaal", "SPV-collega", "uit de AZC-tijd", "bij de POH-somatiek": a known
            # abbreviation and a word in lower case (a name after it is capitalised: "GGZ-Noord")
            return None
        head, dash, tail = low.rpartition("-")
        if dash and tail in _TEAM_TAILS and self.lexicon.is_ordinary(head):
            return None  # "het Ambulant Spoedhulp-team", "Crisis-dienst": a kind of team, no name
        if _COUNTED_ABBREVIATIONS.fullmatch(word) and _NUMBER_BEFORE.search(self.text, max(0, start - 8), start):
            return None  # "3 HB's", "4 SPV's": how many of what an abbreviation names
        if self.habit and word.isalpha() and plain_word(word, self.lexicon):
            return None  # "Ze Zegt Dat Het Goed Is Gegaan", "Meneer Herkent": capitalised by habit
        if CONSUMED_BEFORE.search(self.text, max(0, start - 16), start) and low not in self.first_names:
            return _FlagOnly(WHY_UNKNOWN)  # "rookt Marlboro", "drinkt Heineken": a brand, shown only
        why = self._capitalised_shape(word, start, after_role)
        if why is not None:
            return why
        quoted = self.quotes and _QUOTED_BEFORE.search(self.text, max(0, start - 40), start)
        if quoted and _QUOTE_CLOSES.match(self.text, start):
            return _FlagOnly(WHY_QUOTED)  # 'noemt zich "de Gravin"', '"de Dokter"', 'zaak "Knipperlicht"'
        low = word.lower()
        if low in NOT_NAMES or low in _NOT_A_PLACE_NAME or low.endswith(_KINDS_OF_PLACE):
            return None  # "bij de Sportschool": a kind of place, capitalised
        if _NAMED_RUN_BEFORE.search(self.text, max(0, start - 60), start) and not _sentence_start(self.text, start):
            return _FlagOnly(WHY_NAMED_RUN)  # ordinary words as a name: "bij De Hoop", "bij de Regenboog"
        return self._wider_capital(word, low, start)

    def _wider_capital(self, word: str, low: str, start: int) -> str | None:
        """General shapes of a capitalised word that hit ordinary words too: shown to a reader,
        never replaced."""
        if low in ROLE_WORDS or low in PERSON_CONTEXT or low in MONTHS_AND_DAYS or low in COUNTRIES:
            return None
        if _DOUBLE_CAPITALS.fullmatch(word):
            return _FlagOnly(WHY_DOUBLE_NAME)  # "Bouwmeester-Kok", "Kerkrade-West", even in a note of capitals
        if self.title_case or low in _TITLES or _MEDICINE_ENDING.search(low):
            return None
        head, _, tail = low.partition("-")
        if tail in ROLE_WORDS and word[:1].isupper() and not self._plain_head(word.partition("-")[0]):
            return _FlagOnly(WHY_BEFORE_ROLE)  # "Coolblue-teamleider"; not "NGT-tolk"
        end = start + len(word)
        if _YEAR_AFTER.match(self.text, end) and not self.lexicon.common(low) and word.isalpha():
            return _FlagOnly(WHY_DATE_WORD)  # "Koningsnacht 2025": a day that dates what happened
        if (
            self.before.endswith(_ROLE_TAILS)
            and word.isalpha()
            and not self._form_label(start, end)
            and not self._role_ended_sentence(self.before, low, start)
        ):
            return _FlagOnly(WHY_AFTER_ROLE)  # "landgenoot Mehari", "groepsgenoot Bas"
        opening = _sentence_start(self.text, start)
        if low in _COMPASS and _TAG_OR_CAPITAL_BEFORE.search(self.text, max(0, start - 30), start):
            return _FlagOnly(WHY_AFTER_WHERE)  # "[LOCATIE-1] Zuidoost", "Almere Buiten": a part of a town
        if not opening:
            bare = _BARE_BEFORE.search(self.text, max(0, start - 24), start)
            if bare and len(low) >= 4 and "-" not in low and not self._plural(low):
                # not in a list of capitals ("Crisiskaart en Signaleringsplan", "ADHD en Autisme")
                glue = bare.group().strip()
                listed = _CAPITAL_LISTS_ON.match(self.text, start + len(word)) or (
                    glue in ("en", "of", "&", "van")
                    and (m := _CAPITAL_LISTED.search(self.text, max(0, bare.start() - 30), bare.start()))
                    and (glue != "van" or not self._plain_first_name(m.group().strip(" ,;")))
                )
                if not listed:
                    return _FlagOnly(WHY_BARE_CAPITAL)  # "dierenambulance en Dierenbescherming", "met Woonbron"
            return None
        if _BRACKET_AFTER_PERSON.search(self.text, max(0, start - 30), start) and low not in NOT_NAMES:
            if _BRACKET_GOES_ON.match(self.text, end) and word.isalpha():
                return _FlagOnly(WHY_CAPITAL)  # "Stefanie (Kwintes)", "[PERSOON-1] (Kwintes, Zeist)": who they work for
        if low in self.first_names and low not in NOT_A_NAME_AFTER_ROLE and _PERSON_AFTER.match(self.text, end):
            return _FlagOnly(WHY_OPENING_NAME)  # "Kees accepteert", "Trees van 3 hoog"
        if _AGENT_AFTER.match(self.text, end) and not self.lexicon.common(low) and not low.endswith(_PERSON_ENDINGS):
            return _FlagOnly(WHY_BARE_CAPITAL)  # "Portaal heeft de huur verhoogd": who does it?
        if _FORM_ACTION_BEFORE.search(self.text, max(0, start - 16), start) and (
            verb := _INFINITIVE_AFTER.match(self.text, end)
        ):
            if (low in self.first_names or len(low) <= 8) and not self.lexicon.common(low):
                # an ordinary word before a verb done to a thing is the action's object, the way a form's
                # value opens ("Gesprek plannen", "Afspraak maken"); before a verb done to someone it may be
                # who ("Portaal bellen")
                thing = low in self.lexicon.words and verb.group().strip() not in _VERBS_DONE_TO_SOMEONE
                if low in self.first_names or not thing:
                    return _FlagOnly(WHY_BARE_CAPITAL)  # "Micro-actie: Portaal bellen", "Mirte uitnodigen"
        return None

    def _month_as_name(self, word: str, start: int, after_role: bool) -> str | None:
        """A month that is also a first name, with no day or year beside it, after a role word
        ("chef Jan wil ...", "buurvrouw April") or capitalised after "met" inside a sentence of a
        Dutch note, which writes its months in lower case ("ging met May naar de markt")."""
        if self._dated(start, word):
            return None
        if after_role:
            return WHY_AFTER_ROLE
        if self.english or self.title_case or _sentence_start(self.text, start):
            return None
        return WHY_NAME_FRAME if _WITH_BEFORE.search(self.text, max(0, start - 12), start) else None

    def _dated(self, start: int, word: str) -> bool:
        """A month with a day or a year beside it: "3 jan", "jan 2024", "jan."."""
        around = self.text[max(0, start - 4) : start + len(word) + 6]
        return _DIGIT.search(around) is not None or self.text[start + len(word) : start + len(word) + 1] == "."

    def _role_ended_sentence(self, before: str, low: str, start: int) -> bool:
        """The role word before ``start`` ends a sentence: "... de contactpersoon. Teruggebeld"; after
        a person word or a short role's dot ("pt.", "collega.") only when the word is an ordinary word
        no list of first names or surnames holds ("zei pt. Piekeren", "collega. Eerst"; not "pt. Visser")."""
        if _ROLE_ENDS_SENTENCE.search(self.text, max(0, start - 4), start) is None:
            return False
        if len(before) > 4 and before not in PERSON_CONTEXT:
            return True
        if _TITLE_FRAME_BEFORE.search(self.text, max(0, start - 40), start):
            return False  # "Gesprek met pt. Tafel over ...", "Vandaag cl. Kapper gezien": a title in a name's frame
        if len(low) < 3 or low in self.first_names or low in self.surnames:
            return False  # "mw. k. kwam", "pt. Visser"
        if not self.text[start : start + 1].isupper() or _VERB_AFTER.match(self.text, start + len(low)):
            return False  # a sentence opens with a capital; "pt. Verwacht belt": a name before a verb
        return low in self.lexicon.words or self.lexicon.is_word(low)

    def _form_label(self, start: int, end: int) -> bool:
        """The label opening the next line of a form: "... de maatschappelijk werker\nVerwacht effect:"."""
        return _LINE_OPENS_BEFORE.search(self.text, max(0, start - 4), start) is not None and bool(
            _LABEL_AFTER.match(self.text, end)
        )

    def _spelled_out_before(self, start: int, end: int) -> bool:
        """An abbreviation in brackets right after an ordinary word: what it stands for was just
        written out, so it names an instrument or a method, not a person or an organisation."""
        if self.text[start - 1 : start] != "(" or self.text[end : end + 1] != ")":
            return False
        before = _SPELLED_OUT.search(self.text, max(0, start - 40), start)
        return before is not None and self.lexicon.is_ordinary(before.group(1).lower())

    def _capitalised_shape(self, word: str, start: int, after_role: bool) -> str | None:
        low = word.lower()
        if _TITLE_BEFORE.search(self.text, max(0, start - 8), start) and low not in NOT_NAMES:
            return WHY_AFTER_ROLE  # "Mevr. Bakker", "dhr. Visser": whatever follows a title is a name
        prev = _NAME_BEFORE.search(self.text, max(0, start - 20), start)
        if prev and self._plain_first_name(prev.group(1)) and low not in NOT_NAMES:
            if not self.title_case and low not in ROLE_WORDS and low not in COUNTRIES:
                return WHY_AFTER_NAME  # "Lotte Smid", "Jan Bakker": a surname after a first name
            if not self.title_case and low in ROLE_WORDS:
                return _FlagOnly(WHY_AFTER_NAME)  # "Sanne Vriend", "Kees Koster": a surname that is a role word
        if low in MONTHS_AND_DAYS and low in self.first_names and (why := self._month_as_name(word, start, after_role)):
            return why
        if low in ROLE_WORDS or low in NOT_NAMES or low in MONTHS_AND_DAYS or low in COUNTRIES:
            return None
        if low in _TITLES or low in PERSON_CONTEXT:
            return None  # "Mevr.", "Casus", "Pt": the word before a name, not one
        if _PLACE_TAG_AFTER.match(self.text, start + len(word)) and not self.lexicon.common(low):
            return _FlagOnly(WHY_BEFORE_PLACE)  # "Exodus [LOCATIE-1]": an organisation's branch
        opening = _sentence_start(self.text, start)
        if after_role and not opening and (low not in NOT_A_NAME_AFTER_ROLE or not self.title_case):
            return WHY_AFTER_ROLE  # "tante Lelie", "dochter Wil": a name that is also a word
        if _PERSON_TAG_BEFORE.search(self.text, max(0, start - 16), start):
            return WHY_AFTER_NAME
        if not opening and not self.title_case and (named := self._named_where(word, low, start)):
            return named
        if opening and _AFTER_NAME.match(self.text, start + len(word)) and self._opening_name(word):
            return WHY_OPENING_NAME  # "Yerlan heeft ...", "Ilona, zijn zus"
        if opening and _PLACE_AFTER.match(self.text, start + len(word)) and self._plain_first_name(word):
            return WHY_OPENING_NAME  # "Wessel uit ..."
        quoted = self.text[max(0, start - 1) : start] in _OPENERS and start > 1
        if quoted and not self.title_case and self._brand_like(word):
            return _FlagOnly(WHY_CAPITAL)  # "(Schalkwijk)", "'Bolle'": a name, a nickname or a place in brackets
        # Mid-sentence a capital makes a compound of words a name too: "bij Plofland", "in Kanaleneiland".
        if not self.lexicon.is_name_like(word, compounds=opening):
            # ... and an ordinary word with a capital inside a sentence that is also a name or a
            # town ("met Roos", "bij Visser", "in Best"), unless the note capitalises everything.
            namesake = low in self.first_names or low in self.surnames or self.lexicon.place(word)
            two = _CAPITAL_NEXT.match(self.text, start + len(word)) is not None  # "via Kredietbank Limburg"
            # "bij Portaal", "in Lent", "uit Best": a capital right after where-words names a place
            where = _WHERE_BEFORE.search(self.text, max(0, start - 12), start) is not None
            if low in _NOT_A_PLACE_NAME and _ARTICLE_BEFORE.search(self.text, max(0, start - 5), start):
                return None  # "in de Herfst", "naar het Dorp": a season or a kind of place, capitalised
            if opening or self.title_case:
                return None
            if not (namesake or two or where):
                # a plain word with a capital inside a sentence is mostly weight or a brand ("een
                # Flat", "zwarte Golf", "team Zuid": 0 of 13 such suspects on the development sets
                # were identifiers); after a capitalised article it names something ("kerk (De Rank")
                prev = _CAPITAL_WORD_BEFORE.search(self.text, max(0, start - 6), start)
                named = prev is not None and prev.group(1) in ("De", "Het")
                return _FlagOnly(WHY_CAPITAL) if named and len(word) <= 5 and word.isalpha() else None
            return WHY_CAPITAL if where else _FlagOnly(WHY_CAPITAL)  # "in Spangen", "bij Woonstad"
        if not opening and not self.lexicon.is_name_like(word) and not _PLACE_TAIL.search(low):
            # "Signaleringsplan": a compound of words that ends like no place; but "in Winschoten"
            if self.title_case or not (
                self.lexicon.place(word) or _COMPOUND_WHERE.search(self.text, max(0, start - 12), start)
            ):
                return None
        head, _, tail = low.rpartition("-")
        if head and self.lexicon.is_ordinary(tail) and tail not in _NAMED_HEADS and not self.lexicon.place(word):
            if not (tail in _TOWN_PARTS or self.lexicon.place(word[: len(head)])):
                return None  # "Wajong-uitkering", "HIC-opnames": a common noun with a name in front
        if opening and not (low in self.first_names or low in self.surnames or self.lexicon.place(word)):
            # every sentence starts with a capital, and verb forms are in no word list; but a
            # capital followed by another one is a name of two words: "Kredietbank Limburg"
            if _CAPITAL_NEXT.match(self.text, start + len(word)):
                return WHY_UNKNOWN
            return self._opening_unknown(word, low, start)
        return WHY_UNKNOWN

    def _opening_unknown(self, word: str, low: str, start: int) -> str | None:
        """A word opening a sentence that no Dutch word list knows, not even inflected or as a
        compound ("Zaanse buurvrouw ...", "Kwintes belde"): shown to a reader, not replaced,
        since verb forms and shorthand open sentences too."""
        if len(low) < 4 or not word.isalpha() or self.title_case or _MEDICINE_ENDING.search(low):
            return None
        end = start + len(word)
        if low.endswith(_VERB_ENDINGS) or self.text[end : end + 1] in (".", ":"):
            return None  # "Gevlucht uit ...", "Anamn.:", "Eval: ...": a verb form, an abbreviation, a heading
        if self.english or (low.endswith("ing") and not self.lexicon.is_word(low[:-3])):
            return None  # English opens a sentence: "Session in ...", "Craving na een loonbetaling"
        if low.endswith(("se", "sche")) and _LOWER_WORD_AFTER.match(self.text, end):
            if not made_of_a_town(word, self.lexicon):
                return None  # "Molukse cl.", "Indische buurvrouw": a people's adjective, not a town's
        if self._english(low, start, end):
            return None  # "Panic attacks", "Everyone brought ...", "Feels stuck": English
        return _FlagOnly(WHY_OPENING_UNKNOWN) if self._foreign_word(low) else None

    def _named_where(self, word: str, low: str, start: int) -> str | None:
        """A capital inside a sentence after words that say a name follows: a person word and
        the particles of a surname ("cl. van der Wiel"), "van ... naar", a capitalised "De"/"Het",
        a kind of place or a preposition of place with an article ("afdeling Eikenhorst", "bij
        de Aldi"); loose ("in de Kolenkit") flagged only."""
        m = _PARTICLES_BEFORE.search(self.text, max(0, start - 30), start)
        if m and (m.group(1).lower() in _TITLES or m.group(1).lower() in PERSON_CONTEXT):
            return WHY_AFTER_ROLE  # "cl. van der Wiel", "mw. de Boer"
        if _FROM_BEFORE.search(self.text, max(0, start - 5), start) and _TO_AFTER.match(self.text, start + len(word)):
            return WHY_AFTER_WHERE  # "overdracht van Zonnehuis naar ...": from one place to another
        prev = _CAPITAL_WORD_BEFORE.search(self.text, max(0, start - 6), start)
        if prev and prev.group(1).lower() in _NAME_ARTICLES and not _sentence_start(self.text, prev.start(1)):
            return WHY_NAMED_PLACE  # "basisschool De Zonnewijzer", "bij Het Baken"; not "Het Wmo-loket"
        where = _WHERE_ARTICLE_BEFORE.search(self.text, max(0, start - 24), start)
        if where is None:
            return None
        if self._brand_like(word):
            # "bij de Aldi", "in de wijk Kralingen", "afdeling Eikenhorst"; but an ordinary word
            # may be capitalised for weight ("voor de Nazorg", "bij de UWV-vestiging"): flagged only
            tail = low.rsplit("-", 1)[-1]
            plain = self.lexicon.is_ordinary(tail) and tail not in _NAMED_HEADS and not self.lexicon.place(word)
            plain = plain and not _PLACE_TAIL.search(tail)  # "afdeling Eikenhorst", "op de Zonnehof"
            return _FlagOnly(WHY_AFTER_WHERE) if plain else WHY_AFTER_WHERE
        if low in _NOT_A_PLACE_NAME or self.lexicon.common(low) or low in ROLE_WORDS:
            return None
        if _LIVES_BEFORE.search(self.text, max(0, start - 12), start) or not _PREPOSITION.match(where.group()):
            # "in de Kolenkit", "aan het Kleinzand", "wijk Bouwlust": a compound of words, or a name?
            return _FlagOnly(WHY_AFTER_WHERE)
        return None  # "bij de Sportschool": a kind of place, capitalised

    def _brand_like(self, word: str) -> bool:
        """After "bij de", "aan het", "wijk": a capitalised word that may name a place or an
        organisation: no word at all, a name or a town, or a short plain word ("Aldi",
        "Lidl"); not a capitalised compound or a season ("Sportschool", "Herfst")."""
        low = word.lower()
        if low in _COMPASS:
            return True  # "in wijk Noord"
        if low in _NOT_A_PLACE_NAME or self.lexicon.common(low):
            return False
        if self.lexicon.is_name_like(word) or low in self.first_names or low in self.surnames:
            return True
        if re.fullmatch(r"[A-ZÀ-Þ]\w+-[A-ZÀ-Þ]\w+", word) or _PLACE_TAIL.search(low):
            return True  # "Flex-Werk", "Marktplein"
        if "-" in low and low.rsplit("-", 1)[1] in _NAMED_HEADS:
            return True  # "Delta-college": a name with the kind of place behind it
        return self.lexicon.place(word) or (len(low) <= 7 and low in self.lexicon.words)

    def _opening_word_name(self, token: str, start: int, end: int) -> bool:
        """A plain word that is also a first name opening a note or a line, which the rules kept
        as a word for want of a second sign of a person (:mod:`.opening_words`)."""
        if not token.istitle() or not token.isalpha() or len(token) < 3:
            return False
        low = token.lower()
        if low not in self.lexicon.first_names or _OPENS_LINE.search(self.text, 0, start) is None:
            return False
        if self.text[end : end + 1] == ":" or low in ROLE_WORDS or low in PERSON_CONTEXT:
            return False
        if _CAPITAL_NEXT.match(self.text, end):
            return False  # "Lotte Smid belde": the surname after it is the suspect
        if not self.lexicon.is_word(low) or self.lexicon.common(low):
            return False
        # what the rules replace or keep for sure is no question: "Roos vandaag somber", "Ben niet tevreden"
        return not second_sign_of_a_person(self.text, start, end)

    def _thing_word(self, low: str) -> bool:
        """An ordinary word that no list of first names, surnames or towns holds."""
        if low in self.first_names or low in self.surnames or low.capitalize() in town_names():
            return False
        return self.lexicon.is_ordinary(low)

    def _opening_name(self, word: str) -> bool:
        """A capitalised word opening a sentence that reads as a name rather than a word."""
        low = word.lower()
        if len(low) <= 2 or low in ROLE_WORDS or low in PERSON_CONTEXT:
            return False
        if low in self.first_names:
            return not self.lexicon.common(low)
        head, _, tail = low.rpartition("-")
        if head and tail.isalpha() and tail not in _NAMED_HEADS and self.lexicon.is_ordinary(tail):
            return False  # "Minnesota-model, ...", "Wajong-uitkering": a common noun with a name in front
        return self.lexicon.is_name_like(word) and low not in self.lexicon.words

    def find(self, protected: ProtectedPhrases) -> list[tuple[str, int, str]]:
        """(token, start, untranslated reason) of every suspect, in order."""
        self.protected_spans = protected.spans(self.text)  # (what the learned scorer leaves alone too)
        shielded = [(s, e) for s, e in self.protected_spans if not self._name_as_party_word(s, e)]
        return self.candidates(shielded)

    def not_plain(self, found: Iterable[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
        """``found`` less the words, quotations and numbers in their ordinary use (:mod:`.plain_use`)."""
        text, words = self.text, self.lexicon.words
        return [
            (token, start, why)
            for token, start, why in found
            if not (
                measured_number(token, start, text, self._a_name)
                or governing_word(token, start, text, lambda w: _inflected(w, words))
                or quoted_phrase_opening(token, start, text, self.lexicon.is_word, self.first_names)
                or world_word_in_place(token, start, text)
                or (why == WHY_OPENING_NAME and self._opening_thing(token, start))
                or (why in (WHY_NUMBER, WHY_ACRONYM) and scale_with_a_score(token, start, text))
                or (why in (WHY_LOWER_NAME, WHY_MODEL) and weekday_in_a_list(token, start, text))
            )
        ]

    def _opening_thing(self, token: str, start: int) -> bool:
        """A word that is also a first name opening a sentence as the first item of a list of
        things: "Storm en regen", "Jasmijn, lavendel en kamille" (:func:`.opening_words.listed_with_a_thing`)."""
        if not token.istitle() or not token.isalpha() or not _sentence_start(self.text, start):
            return False
        if not self.lexicon.is_word(token.lower()):
            return False
        return listed_with_a_thing(self.text, start + len(token), self._thing_word)

    def _a_name(self, low: str) -> bool:
        return low in self.first_names or low in self.surnames

    def _name_as_party_word(self, s: int, e: int) -> bool:
        """A party word capitalised inside a sentence, not after an article or a possessive, that
        is a first name or a town: "hoe hij Job vraagt", "laatst gezien in Haps". Still a
        suspect; "zijn job", "de HAP", "Job:" at a sentence's start stay party words."""
        word = self.text[s:e]
        if not _TITLE_WORD.fullmatch(word) or _sentence_start(self.text, s) or self.title_case:
            return False
        if _OWNER_BEFORE.search(self.text, max(0, s - 8), s):
            return False
        return word.lower() in self.first_names or word in town_names()

    def candidates(self, shielded: list[tuple[int, int]], *, again: bool = True) -> list[tuple[str, int, str]]:
        """(token, start, reason) of every suspect outside ``shielded``, in order; the reason
        is untranslated and may be a :class:`_FlagOnly`."""
        masked = _masked(self.text)
        out: list[tuple[str, int, str]] = []
        for pattern, why in ((_DIGIT_GROUPS, WHY_DIGIT_GROUPS), (_POSTCODE, WHY_POSTCODE)):
            for m in pattern.finditer(masked) if _DIGIT.search(masked) else ():
                if pattern is _DIGIT_GROUPS and sum(c.isdigit() for c in m.group()) < 7:
                    continue  # "12 34 56": too short for a number that identifies
                if not any(a < m.end() and m.start() < b for a, b in shielded):
                    out.append((m.group(), m.start(), why))
        for s, e in uncertain_numbers(masked):  # "nul zes twaalf vierendertig": dictated, too few digits
            if not any(a < e and s < b for a, b in shielded):
                out.append((masked[s:e], s, _FlagOnly(WHY_SPOKEN_NUMBER)))
        shielded = [*shielded, *((start, start + len(text)) for text, start, _why in out)]
        shielded += [
            span for items in opening_word_lists(masked, self.lexicon) for span in items
        ]  # "Vos en Haas zijn ..."
        words, first_names = self.lexicon.words, self.first_names  # (a platform word: user names)
        has_digits = _DIGIT.search(masked) is not None
        # where a title ends ("mevrouw visser"): a surname that is a word may follow
        lowered = masked.lower()
        hinted = any(h in lowered for h in _TITLE_HINTS)
        after_title = {t.end() for t in _TITLE_THEN.finditer(masked)} if hinted else ()
        if "aan de " in masked:  # "woont aan de lindelaan": a street the word list knows as a word
            self.street_at = {t.end() for t in _ON_STREET_THEN.finditer(masked)}
            after_title = {*after_title, *self.street_at}
        if any(h in lowered for h in _NAMING_HINTS):  # "heet kees", "noemen hem de kapitein": whatever word it is
            self.named_at = {t.end() for t in _NAMING_THEN.finditer(masked)}
            after_title = {*after_title, *self.named_at}
        previous = ""
        answers = _answers(self)
        for m in _TOKEN.finditer(masked):
            token = m.group()
            before, previous = previous, token
            # Most tokens are ordinary words in lower case: nothing to ask them (fast path).
            if token in words and not self.platforms and token.islower() and len(token) > 1:
                if (token not in first_names or token in NOT_A_NAME_AFTER_ROLE) and not (
                    token.endswith(_NUMBER_WORD_ENDINGS)
                    or token in _SMALL_NUMBERS
                    or (token[0].isdigit() and _ORDINAL_DIGITS.fullmatch(token) is not None)
                    or m.start() in after_title
                    or (before == "met" and token in first_names)
                    or (before in RELATIVES and _VERB_AFTER.match(masked, m.end()) is not None)
                    or before.lower().rstrip(".") in KIN_WORDS  # "dochter anker woont" (see word_names)
                    or (token in first_names and _VERB_AFTER.match(masked, m.end()) is not None)  # "ben komt"
                    or (before in _PLACE_PREPOSITIONS and self._part_of_town_after(m.end()))  # "in tuindorp oost"
                ):
                    continue  # ("de", "zus": no name even after a role word)
            s, e = m.span()
            if s == 0 and token.istitle() and (low := token.lower()) in words and low not in first_names:
                party = any(a < e and s < b for a, b in shielded) or a_job_title(token)  # "Politie -> B"
                if not party and self._ring_entry_name(low) and not _PLACE_TAG_AFTER.match(self.text, e):
                    out.append((token, s, _FlagOnly(WHY_BARE_CAPITAL)))  # "Exodus / straatteam ... -> B"
                    continue
                if not (_PLACE_TAG_AFTER.match(self.text, e) or _AGENT_AFTER.match(self.text, e)):
                    continue  # "Notitie: ...", "Afspraak met ...": a note opens with an ordinary word
            if shielded and any(a < e and s < b for a, b in shielded):
                continue
            if (known := answers.get((token, s, self.before))) is not None:
                why, self.before = known  # (read by the other pass over this text)
            else:
                key = (token, s, self.before)
                why = self._why(token, s, e, has_digits)
                answers[key] = (why, self.before)
            if why:
                out.append((token if why == WHY_INITIALS else token.rstrip(".'’"), s, why))
        out += self._in_context(out, shielded, sure_only=not again)
        if out and again:  # (the rules, which replace only, need not look again)
            out += self._again(masked, out, shielded)
        return sorted(out, key=lambda x: x[1])

    def _why(self, token: str, s: int, e: int, has_digits: bool) -> str | None:
        """Why the token ``text[s:e]`` is a suspect, or None; sets :attr:`before`."""
        digits = has_digits and _DIGIT.search(token) is not None
        check: Callable[[str, int], str | None] = self._digits if digits else self._letters
        why = check(token, s)
        if not why and not digits and self._opening_word_name(token, s, e):
            why = _FlagOnly(WHY_OPENING_NAME)  # "Merel in de tuin": kept as a word, a name all the same?
        if why and a_job_title(token):
            return None  # "Hoofdagent", "OvJ", "EVV'ers": a role, no one in particular (roles.py)
        return why

    def _in_context(
        self, out: list[tuple[str, int, str]], shielded: list[tuple[int, int]], *, sure_only: bool = False
    ) -> list:
        """Names written as words or in lower case, by where they stand (:mod:`.name_context`);
        ``sure_only``: only the shapes that may replace (the rules' pass on the raw note)."""
        taken = [(start, start + len(text)) for text, start, _why in out] + shielded
        more = []
        context = NameContext(
            self.text, self.lexicon, self.first_names, self.surnames, self._word_like, english=lambda: self.english
        )
        for token, start, why, sure in context.find({start for _text, start, _why in out}, sure_only=sure_only):
            end = start + len(token)
            if not any(a < end and start < b for a, b in taken):
                more.append((token, start, why if sure else _FlagOnly(why)))
        if not sure_only:  # an organisation named with a word, where nothing decides it (word_organisations.py)
            taken += [(start, start + len(text)) for text, start, _why in more]
            for s, e in organisation_frames(self.text, self.lexicon):
                if not any(a < e and s < b for a, b in taken):
                    more.append((self.text[s:e], s, _FlagOnly(WHY_NAME_FRAME)))
            taken += [(start, start + len(text)) for text, start, _why in more]
            # "gesproken met spekkie", "via de wissel", "woont in de kamp"
            for s, e in [*frame_suspects(self.text, self.lexicon), *hamlet_suspects(self.text, self.lexicon)]:
                if not any(a < e and s < b for a, b in taken):
                    more.append((self.text[s:e], s, _FlagOnly(WHY_NAME_FRAME)))
                    taken.append((s, e))
            # "Ben (dhr. [PERSOON-1])", "Mevr. w.s. uit", "zon (ja, zo heet ze)" (review_frames.py)
            for s, e, initials in review_frames(self.text, self.lexicon, self.first_names, self.surnames):
                if not any(a < e and s < b for a, b in taken):
                    why = WHY_INITIALS if initials and "." in self.text[s:e] else WHY_NAME_FRAME
                    more.append((self.text[s:e], s, _FlagOnly(why)))
                    taken.append((s, e))
        return more

    def _word_like(self, low: str) -> bool:
        """An ordinary word, inflected or in a compound, or a medicine: no name by its shape."""
        words = self.lexicon.words
        return (
            self.lexicon.is_ordinary(low) or _inflected(low, words) or self._adjective(low) or low in medication_names()
        )

    def _again(self, masked: str, out: list[tuple[str, int, str]], shielded: list[tuple[int, int]]) -> list:
        """A word flagged as a name, where it stands again in the note ("met ben en ...; ben is
        zijn beste vriend"): flagged there too, with the same reason, never replaced."""
        seen = {start for _text, start, _why in out}
        more = []
        for text, _start, why in out:
            if why in _NOT_A_NAME_REASONS or not text.isalpha() or len(text) < 2:
                continue
            s = masked.find(text)
            while s != -1:  # (str.find: a pattern per word would be compiled per note)
                e = s + len(text)
                whole = not (s and _word_char(masked[s - 1])) and not (e < len(masked) and _word_char(masked[e]))
                if whole and s not in seen and not any(a < e and s < b for a, b in shielded):
                    seen.add(s)
                    more.append((text, s, _FlagOnly(why)))
                s = masked.find(text, e)
        return more


def find_suspects(text: str, *, protected: Collection[str] = (), lexicon: Lexicon | None = None) -> list[Suspect]:
    """Tokens left in the scrubbed note ``text`` that look like an identifier, with why.

    ``protected`` are the words that stay by design (the template's party words and aliases,
    the team's privacy list); ``lexicon`` defaults to the shared one (:mod:`.lexicon`).
    """
    return translated(untranslated_suspects(text, protected=protected, lexicon=lexicon))


def untranslated_suspects(
    text: str, *, protected: Collection[str] = (), lexicon: Lexicon | None = None, learned: bool = True
) -> tuple[tuple[str, int, str], ...]:
    """What :func:`find_suspects` finds, as (token, start, reason) with the reason not yet
    translated: what a second process that read the note hands back (see :mod:`.parallel`),
    whatever language it runs in. ``learned``: also what the learned scorer flags among the
    words the rules left (:mod:`.scorer`); protected words are never among them."""
    if not text or not text.strip():
        return ()
    from .lexicon import first_names, shared_lexicon, surnames

    reader = _Reader(text, lexicon or shared_lexicon(), first_names(), surnames())
    phrases = _phrases(frozenset(protected))
    found = reader.find(phrases)
    if not learned:
        return tuple(reader.not_plain(found))
    from .scorer import learned_suspects

    shielded = [*reader.protected_spans, *((start, start + len(token)) for token, start, _why in found)]
    extra = learned_suspects(text, shielded, protected=reader.protected_spans)
    if not extra:
        return tuple(reader.not_plain(found))
    return tuple(reader.not_plain(sorted([*found, *extra], key=lambda s: s[1])))


def translated(found: Iterable[tuple[str, int, str]]) -> list[Suspect]:
    """Suspects of :func:`untranslated_suspects`, their reasons in the active language."""
    return [Suspect(text, start, _(why)) for text, start, why in found]


# The suspects whose shape decides, pseudonymised outright by the rules (see
# :func:`sure_identifiers`) rather than left for review: on the development sets' raw notes these
# hit an identifier in 98 % or more of cases. Reasons left out ("capital letter inside a
# sentence", "capital after a place word", "abbreviation", "a first name in lower case", a
# loose number, groups of digits that fail the BSN test) hit ordinary words and numbers too
# often ("een Warme Overdracht", "bij de Voedselbank", "code 123 456 789").
_PROMOTED = {
    WHY_AFTER_ROLE: "persoon",
    WHY_AFTER_NAME: "persoon",
    WHY_OPENING_NAME: "persoon",
    WHY_INITIALS: "persoon",
    WHY_UNKNOWN: "persoon",
    WHY_LOWER_SURNAME: "persoon",
    WHY_LOWER_NAME: "persoon",
    WHY_POSSESSIVE: "persoon",
    WHY_BEFORE_AGE: "persoon",
    WHY_AGE: "leeftijd",
    WHY_NUMBER: "id",
    WHY_POSTCODE: "locatie",
    WHY_PLACE: "locatie",
    WHY_NAMED_PLACE: "instelling",
    WHY_AFTER_WHERE: "instelling",
    WHY_CAPITAL: "locatie",
    WHY_ACRONYM: "instelling",
    WHY_HANDLE: "url",
    WHY_SURNAME_AFTER_NAME: "persoon",
    WHY_TOWN_LOWER: "locatie",
    WHY_QUOTED: "persoon",  # (only where name_context is sure: a nickname right after a person)
    WHY_NAME_FRAME: "persoon",  # (elsewhere shown only: a month after "met", "ging met May naar")
}
# Endings of medicines' generic names (WHO INN stems: -apine, -oxetine, -azepam, -idon, ...);
# a word no list knows that ends like this stays a suspect. Names of places ("Kinderdam") and
# people ("Kevin") end otherwise.
_MEDICINE_ENDING = re.compile(
    r"(?i)(?:[aeiouy][ptdzxlnmv]ine|pam|lam|olol|azol|prazol|idon|idone|ide|ica|iva|afil|mab|pril|sartan|"
    r"statine|cilline|mycine|fen|xetine|faxine|tropine|amine|profen|codon|fenidaat)$"
)


# A personal pronoun opening a sentence, as its subject: the next word is its finite verb ("Ik verwijs",
# "Wij hebben"); a name there would stand after a comma ("Zij, Anouk, ...").
_PRONOUN_OPENS = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)(?:[Ii]k|[Ww]ij|[Ww]e|[Hh]ij|[Zz]ij|[Jj]ij)[ \t]+$")


def sure_identifiers(text: str, lexicon: Lexicon, covered: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """What the review step would flag in the raw note ``text`` where the shape decides (a word
    after a role word, initials, an age beside a person, a capitalised word no word list
    knows, ...), outside ``covered``: the rules pseudonymise these instead of leaving them to
    a reader. A word shaped like a medicine ("Venlafaxine") stays a suspect only."""
    reader = _Reader(text, lexicon, *name_lists())
    out = []
    for token, start, why in reader.candidates(list(covered), again=False):
        tag = None if isinstance(why, _FlagOnly) else _PROMOTED.get(why)
        if tag is None:
            continue
        if why == WHY_UNKNOWN and (
            _MEDICINE_ENDING.search(token) or (token.istitle() and _sentence_start(text, start))
        ):
            continue  # a medicine, or the capital any sentence opens with ("After Christmas"; not "ZorgPunt")
        if why == WHY_UNKNOWN and among_plain_nouns(text, start, start + len(token), lexicon):
            continue  # "Havermout, Skyr en Fruit": an item of a list of plain nouns, shown (word_forms.py)
        if why in (WHY_UNKNOWN, WHY_OPENING_NAME) and token[:1].isupper() and made_word(token, lexicon):
            continue  # "Vertelkaart", "Zorgmijding": Dutch made on the spot, shown, not replaced (word_forms.py)
        if why == WHY_UNKNOWN and token[:1].isupper() and unlisted_verb_form(token, lexicon):
            continue  # "Hangt op de kamerdeur": a verb's form no name list holds, shown, not replaced
        if why in (WHY_AFTER_ROLE, WHY_LOWER_NAME) and token.islower() and word_listed_verb_form(token, lexicon):
            if not _VERB_AFTER.match(text, start + len(token)):
                continue  # "de huisarts duurt 14 dagen", "dat duurt vaak": deduce takes it for no name; shown
        if token.isalpha() and token.islower() and _PRONOUN_OPENS.search(text, max(0, start - 8), start):
            continue  # "Ik verwijs naar ...": the word after a subject opening a sentence is its verb, shown
        if why == WHY_AFTER_ROLE and role_field(token, lexicon, name_lists()):
            continue  # "Casemanager Dementie": the role's field, shown, not replaced (setting_nouns.py)
        if why in (WHY_UNKNOWN, WHY_CAPITAL) and ORGANISATION_BEFORE.search(text, max(0, start - 8), start):
            tag = "instelling"  # "bij Plofland", "via Zorgkwadrant"
        out.append(Found(start, start + len(token), tag))
    return out
