"""Word lists and the lexicon the context rules (:mod:`.names`, :mod:`.places`) share.

The rules find names by where they stand: after a role ("zus Anouk"), a locative word ("in de
Schilderswijk") or around an institution's head word ("Stedelijk Gymnasium Leiden"). What
makes that safe on clean notes is knowing which capitalised words are *not* names: deduce's
own whitelist (common Dutch words, medical terms, stop words; see :class:`Lexicon`) plus the
short lists below of words sticky notes capitalise that deduce does not list (apps, holidays,
care-system words).

Pure: the lexicon is handed in by the engine; tests pass their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# Family members, acquaintances and professionals a name may follow: "zus Anouk",
# "Wijkagent Henk", "Jobcoach Marloes". The role word is kept beside the tag.
ROLE_WORDS = frozenset(
    """zoon dochter kind kinderen broer broertje zus zusje vader moeder pa ma papa mama opa oma
    oom tante neef nicht partner vriend vriendin vriendje vriendinnetje buurman buurvrouw buren
    echtgenoot echtgenote man vrouw ex stiefvader stiefmoeder stiefzoon stiefdochter schoonmoeder
    schoonvader schoonzus schoonzoon schoondochter zwager kleinzoon kleindochter pleegmoeder
    pleegvader pleegzoon pleegdochter tweelingbroer tweelingzus collega huisgenoot kamergenoot
    klasgenoot mentor docent docente leraar lerares juf meester leerkracht decaan studieadviseur
    studiebegeleider zorgcoördinator zorgcoordinator teamleider leidinggevende manager baas
    werkgever huisarts dokter arts psychiater psycholoog psychotherapeut therapeut behandelaar
    regiebehandelaar hoofdbehandelaar casemanager begeleider woonbegeleider ambulant
    trajectbegeleider jobcoach coach herstelcoach ervaringsdeskundige ervaringswerker
    verpleegkundige wijkverpleegkundige spv poh praktijkondersteuner bewindvoerder curator
    advocaat advocate notaris reclasseringswerker reclasseringsmedewerker wijkagent agent
    agente consulent klantmanager wmo-consulent maatschappelijk werker apotheker diëtist
    fysiotherapeut verslavingsarts verslavingsbehandelaar pastor dominee imam priester
    vrijwilliger mantelzorger buddy maatje sportcoach trainer familie fam gezin""".split()
)

# Words a bare initial or an age after it belongs to: "Casus R. (29)", "mw. T.", "Pt. MV".
PERSON_CONTEXT = frozenset(
    """casus cliënt client cliënte cliente patiënt patient patiënte patiente pt pte pat mw mevr
    mevrouw dhr meneer heer hr fam familie betrokkene jongere jongeman jongedame student studente
    leerling zoon dochter broer zus vader moeder partner vriend vriendin buurman buurvrouw man
    vrouw jongen meisje kind baby peuter kleuter puber tiener opa oma oom tante neef nicht
    echtgenoot echtgenote collega weduwe weduwnaar cliënten""".split()
)

# Capitalised words that are no names although deduce's whitelist lacks them.
NOT_NAMES = frozenset(
    """whatsapp teams zoom skype facetime facebook instagram snapchat tiktok twitter linkedin
    youtube google internet outlook excel word powerpoint epd ecd app mail email e-mail sms
    kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas oud nieuw
    nieuwjaar koningsdag carnaval hemelvaart zomervakantie kerstvakantie meivakantie
    herfstvakantie voorjaarsvakantie corona covid covid-19 lockdown
    ggz ggd wmo wlz zvw jeugdwet participatiewet bopz wvggz wzd jeugdzorg thuiszorg
    maatschappelijke opvang ggz-instelling kliniek opname crisis nederland nederlands engels
    frans duits arabisch turks pools marokkaans surinaams antilliaans syrisch eritrees somalisch
    god allah bijbel koran islam christendom kerk moskee
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei
    juni juli augustus september oktober november december
    ik jij hij zij ze wij we jullie u hem haar hun ons die dat dit deze het een de en of maar""".split()
)

# Clinical and care-system acronyms that look like initials after "cliënt" or "casus".
NOT_INITIALS = frozenset(
    """ggz ggd wmo wlz lvb adhd add ass pdd ptss ocd dsm nah vg spv epa poh seh uwv pgb bsn epd
    ecd ihtt fact act ribw amw cjg dbc ibs rm mdo sgp wvggz bopz wzd zm cm gz ha hap hr
    nb ps bv nv aub zsm tzt ivm mbt oa ed dwz vs tav muv ipv as eea iom ism obv nav tov icm
    mbv vwb io ok ps asap eg ie am pm""".split()
)

MONTHS_AND_DAYS = frozenset(
    """januari februari maart april mei juni juli augustus september oktober november december
    jan feb mrt apr jun jul aug sep sept okt nov dec maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag""".split()
)

_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each word and each punctuation mark, as deduce's lists are split."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Lexicon:
    """What the rules may ask of deduce's lookup lists.

    ``common(word)``: the word is an ordinary Dutch word or medical term (deduce's whitelist,
    lower-cased). ``street(words, i)``: how many of ``words`` from ``i`` on form a street name
    of deduce's list (BAG street names, case as written), 0 when none.
    """

    common: Callable[[str], bool] = lambda word: False
    street: Callable[[Sequence[str], int], int] = lambda words, i: 0
    extra_common: frozenset[str] = field(default=frozenset())

    def is_name_like(self, word: str) -> bool:
        """A capitalised word that is no common word: a candidate proper name."""
        if not word[:1].isupper():
            return False
        low = word.lower()
        return low not in NOT_NAMES and low not in self.extra_common and not self.common(low)


EMPTY = Lexicon()
