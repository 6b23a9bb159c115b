"""An organisation named between a number's label and the number (issue #22's thirteenth session):
"Huurdersnummer Vlonder: H-0044127", "klantnummer Kompas 88123", "dossier Roeiboot DN-0038812",
"polisnr. Zwaluw ZK 883.201.47".

A client number, a tenant number, a policy or a file number belongs to whoever issued it, and a
note writes that issuer between the label and the number: a housing corporation, an insurer, a
care provider, a creditor, a bank. Named with an ordinary word ("Vlonder", "Portaal") it passed as
a capitalised word and was only shown for review; here the frame decides, and the number itself
is the number rules' (:mod:`.id_frames`).

Not capitals (a public body or the code's own letters: "klantnummer UWV 7741", "polisnr. ZK
883"), a kind of organisation or a public body in words ("cliëntnr. Zorggroep 884", "zaaknummer
Veilig Thuis VT-2025"), a role, a month, or a thing that carries the number ("pasnummer Stadspas
0038"). Written from made-up examples and the
rename probe (benchmarks/deid_swap.py), never from a held-out set. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found
from .named_organisations import kind_of_organisation, no_name
from .words import Lexicon, is_role

Span = tuple[int, int]

_LABELS = (
    r"klantnummer|klantnr|huurdersnummer|huurdernummer|huurnummer|cliëntnummer|cliëntnr|clientnummer|clientnr|"
    r"dossiernummer|dossiernr|dossier|polisnummer|polisnr|lidnummer|lidmaatschapsnummer|contractnummer|"
    r"debiteurnummer|debiteurennummer|relatienummer|abonnementsnummer|ordernummer|factuurnummer|"
    r"klantnummers|kenmerk"
)
# The label (read in the note in lower case), then the name right after it (read as written).
_LABEL = re.compile(rf"(?<![\w-])(?:{_LABELS})\.?[ \t]+")
_ANY_CASE_LABEL = re.compile(_LABEL.pattern, re.IGNORECASE)  # where lower case changes a length ("İ")
_NAME = re.compile(r"([A-ZÀ-Þ][\w'’&-]*(?:[ \t]+[A-ZÀ-Þ][\w'’&-]*)?)[ \t]*:?[ \t]+(?=[\w./-]*\d)")
_GATE = ("nummer", "nr", "dossier", "kenmerk")
# Things that carry a number, not who issued it: "Stadspas", "Ooievaarspas", "Zorgpas".
_THING_ENDS = ("kaart", "abonnement", "account", "formulier", "brief")


def numbered_organisations(text: str, lexicon: Lexicon, covered: Sequence[Span] = ()) -> list[Found]:
    """ "Huurdersnummer Vlonder: 123": the issuer between a number's label and the number (see the
    module's docstring), outside ``covered``."""
    low_text = text.lower()
    if not lexicon.words or not any(word in low_text for word in _GATE):
        return []
    found = []
    labels = _LABEL.finditer(low_text) if len(low_text) == len(text) else _ANY_CASE_LABEL.finditer(text)
    for label in labels:
        m = _NAME.match(text, label.end())
        if m is None:
            continue
        s, e = m.span(1)
        words = text[s:e].split()
        first, low = words[0], words[0].lower()
        if no_name(first) or is_role(low) or kind_of_organisation(first, lexicon) or _a_thing(low):
            continue
        if first.isupper():
            continue  # "klantnummer UWV 7741", "polisnr. ZK 883": a public body or the code's own letters
        if any(a < e and s < b for a, b in covered):
            continue
        found.append(Found(s, e, "instelling"))
    return found


def _a_thing(low: str) -> bool:
    """A card or a document that carries the number ("Stadspas", "Zorgpas", "Klantkaart"; not
    "Kompas")."""
    return low.endswith(_THING_ENDS) or (low.endswith("pas") and len(low) >= 7)
