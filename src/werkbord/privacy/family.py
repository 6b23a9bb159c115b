"""Family and relation words: the one list, and the named parts of it the rules read.

:data:`FAMILY_WORDS` is every family or relation word a rule looks for ("zus", "stiefvader",
"vriendin", "buurman", "zoontje", "broers"); :data:`werkbord.privacy.words.ROLE_WORDS` is built
from it. A rule that reads only some of them uses a named subset below, and a pattern builds its
alternation with :func:`alternation` instead of spelling the words out again.

Pure: no imports from the rest of the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- the parts a subset is made of -------------------------------------------------------------
PARENTS = _words("moeder vader")
CHILDREN = _words("zoon dochter")
SIBLINGS = _words("broer zus")
GRANDPARENTS = _words("opa oma")
UNCLES_AUNTS_COUSINS = _words("oom tante neef nicht")
GRANDCHILDREN = _words("kleinzoon kleindochter")
# "haar man", "zijn vrouw": husband and wife (also a man or a woman).
SPOUSES = _words("man vrouw")
PARTNER_AND_FRIENDS = _words("partner vriend vriendin")
NEIGHBOURS = _words("buurman buurvrouw")
IN_LAWS = _words("schoonmoeder schoonvader zwager schoonzus")
STEP_PARENTS = _words("stiefvader stiefmoeder")
FOSTER_PARENTS = _words("pleegmoeder pleegvader")
# "broertje", "nichtje", "vriendinnetje": diminutives, which say the person is young.
CHILD_DIMINUTIVES = _words("broertje zusje zoontje dochtertje neefje nichtje")
FRIEND_DIMINUTIVES = _words("vriendje vriendinnetje")
# Plurals of family words an age list follows: "kinderen (3 en 5)", "zoons van 12 en 14".
FAMILY_PLURALS = _words("kinderen kids kinders zonen zoons dochters kleinkinderen broers zussen tweeling")

# Parents, children, siblings, grandparents, uncles, aunts and cousins.
CLOSE_FAMILY = PARENTS | CHILDREN | SIBLINGS | GRANDPARENTS | UNCLES_AUNTS_COUSINS

# Every family and relation word (the rules' subsets below are parts of it).
FAMILY_WORDS = (
    CLOSE_FAMILY
    | GRANDCHILDREN
    | SPOUSES
    | PARTNER_AND_FRIENDS
    | NEIGHBOURS
    | IN_LAWS
    | STEP_PARENTS
    | FOSTER_PARENTS
    | CHILD_DIMINUTIVES
    | FRIEND_DIMINUTIVES
    | FAMILY_PLURALS
    | _words(
        """kind pa ma papa mama buren echtgenoot echtgenote ex stiefzoon stiefdochter schoonzoon schoondochter
        pleegzoon pleegdochter tweelingbroer tweelingzus familie fam gezin schoonbroer aangetrouwde peetoom
        peettante petekind halfbroer halfzus stiefbroer stiefzus kleinkind achterneef lief verloofde ome mams
        paps mammie pappie moeke vake mom mum mommy dad daddy bro sis boyfriend girlfriend ouder ouders
        grootouders grootvader grootmoeder pleegouder pleegouders pleegzus pleegbroer pleegkind ex-partner
        ex-man ex-vrouw"""
    )
)
# Forms the role list (:data:`werkbord.privacy.words.ROLE_WORDS`) has never held: is_role finds
# "broers" by its ending, but not "zussen", "kids" or "zoontje". Left out of it so the rules read
# as they did.
NOT_IN_ROLE_WORDS = (FAMILY_PLURALS - _words("kinderen")) | _words("zoontje dochtertje neefje nichtje")

# --- the subsets the rules read ----------------------------------------------------------------

# A family word, one word, then a verb: that word is a name ("dochter trui komt"; the review step).
RELATIVES = CLOSE_FAMILY | IN_LAWS | STEP_PARENTS | FOSTER_PARENTS | GRANDCHILDREN
# After these a bare word before a finite verb is a name ("dochter anker woont"; the scrubber's
# word-names rule): the relatives, and a partner, friend, neighbour or ex.
RELATIVES_AND_FRIENDS = (
    RELATIVES | PARTNER_AND_FRIENDS | NEIGHBOURS | _words("ex") | CHILD_DIMINUTIVES | FRIEND_DIMINUTIVES
)
# People of one's own circle: a letter after them ("zus B woont ...") is as likely an initial as a ring.
FAMILY_AND_FRIENDS = CLOSE_FAMILY | PARTNER_AND_FRIENDS | NEIGHBOURS
# Family words a name with a genitive s stands before: "Mohammeds zus", "sevdas moeder".
FAMILY_AFTER_A_GENITIVE = (
    CLOSE_FAMILY
    | PARTNER_AND_FRIENDS
    | SPOUSES
    | STEP_PARENTS
    | FOSTER_PARENTS
    | FRIEND_DIMINUTIVES
    | _words("zusje broertje dochtertje zoontje ouders kinderen kids ex familie schoonmoeder schoonvader pleegouders")
)
# Family words an age may follow: "Opa (82)", "zoon van 8", "buurvrouw, 70".
FAMILY_WITH_AN_AGE = (
    CLOSE_FAMILY
    | PARTNER_AND_FRIENDS
    | NEIGHBOURS
    | SPOUSES
    | STEP_PARENTS
    | GRANDCHILDREN
    | _words("kind broertje zusje echtgenoot echtgenote ex")
)
# Family words right before an age ("moeder, 54", "broer ca. 30"; the review step's age place).
FAMILY_BEFORE_AN_AGE = PARENTS | CHILDREN | SIBLINGS | GRANDPARENTS | SPOUSES
# Family words before "van" and an age: "man van 58", "zoons van 12 en 14".
FAMILY_OF_AN_AGE = FAMILY_BEFORE_AN_AGE | NEIGHBOURS | _words("zoons dochters kind kinderen kids broertje zusje")
# Family words that may name a child, before "van" and an age in words: "zoon van negen", "zusje van vier".
FAMILY_WHO_MAY_BE_CHILDREN = CHILDREN | SIBLINGS | GRANDCHILDREN | CHILD_DIMINUTIVES | _words("kind")

SUBSETS = {
    "RELATIVES": RELATIVES,
    "RELATIVES_AND_FRIENDS": RELATIVES_AND_FRIENDS,
    "FAMILY_AND_FRIENDS": FAMILY_AND_FRIENDS,
    "FAMILY_AFTER_A_GENITIVE": FAMILY_AFTER_A_GENITIVE,
    "FAMILY_WITH_AN_AGE": FAMILY_WITH_AN_AGE,
    "FAMILY_BEFORE_AN_AGE": FAMILY_BEFORE_AN_AGE,
    "FAMILY_OF_AN_AGE": FAMILY_OF_AN_AGE,
    "FAMILY_WHO_MAY_BE_CHILDREN": FAMILY_WHO_MAY_BE_CHILDREN,
    "FAMILY_PLURALS": FAMILY_PLURALS,
    "NOT_IN_ROLE_WORDS": NOT_IN_ROLE_WORDS,
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so "zusje" is tried before "zus")."""
    return "|".join(re.escape(w) for w in sorted(sorted(set(words)), key=len, reverse=True))
