"""How well werkbord de-identifies sticky notes, per category, on the development and held-out sets.

Sets (tests/data/):
  - deid_corpus.yaml   development: the original corpus, written alongside the first rules;
  - deid_dev.yaml      development: notes written to develop the rules of issue #14;
  - deid_dev2.yaml     development: a second author's notes (another voice, regional places,
                       many name origins), first measured as held out, then developed on;
  - deid_dev3.yaml     development: notes for the leak classes of issue #22, committed before
                       its rules and then developed on;
  - deid_dev4.yaml     development: a fourth author's notes for the classes of issue #22 in
                       new voices, written without reading the rules, to be developed on;
  - deid_dev5.yaml     development: a fifth author's notes in new voices, aimed at shapes that
                       are hard for rules, written without reading the rules, to be developed on;
  - deid_dev6.yaml     development: a sixth author's notes in new voices (ward report, SPV,
                       pleegzorg, HAP night, bedrijfsarts, shelter, MDO minutes...), written
                       without reading the rules, to be developed on;
  - deid_dev7.yaml     development: a seventh author's notes (refugees, perinatal, bewindvoerder,
                       veterans, care farm, NT2 writer, hospital consults, sheltered housing,
                       IPS job coach...), written without reading the rules, to be developed on;
  - deid_dev8.yaml     development: an eighth author's notes (autism team, gender team, home
                       care, running therapy, northern villages, Caribbean Netherlands, referral
                       letters, incident review, congregations, end-of-shift phone notes),
                       written without reading the rules, to be developed on;
  - deid_dev9.yaml     development: a ninth author's notes (Wvggz hearing, home treatment, Veilig
                       Thuis, neighbour mediation, buddy project, private practice, child
                       psychiatry, expat, Turkish-Dutch community, health insurer, dispatcher);
  - deid_dev10.yaml    development: a tenth author's notes (student psychologist, eHealth coach,
                       gambling, labour migrants, NGT interpreter, Moluccan and Indisch
                       communities, fishing village, LHBTI+, caravan site, truck driver, the
                       team's own evaluation stickies);
  - deid_dev11.yaml    development: an eleventh author's notes (speech-to-text dictation with
                       numbers, phone numbers and e-mail addresses spoken in words, hurried phone
                       notes, a Brabant team, an LVB young adult, a psychologist's letters, a team
                       secretary's appointment lines);
  - deid_dev12.yaml    development: a twelfth author's notes (village POH-ggz, big-city wijk-ggz,
                       psychiatrist's consult lines, family therapy, a peer group's app,
                       elderly-care ggz; many clean notes opening with a word that is a name);
  - deid_dev13.yaml    development: a thirteenth author's notes (Wadden islands, Zeeuws-Vlaanderen
                       border team, Protestant and Catholic care, telegram-style FACT/IHT, a
                       psychiatrist in training writing half in English, night crisis team with
                       police, autism day care; micro-action forms in unusual layouts);
  - deid_dev14.yaml    development: a fourteenth author's notes, mostly clean but hard (words that
                       look like names: capitalised ordinary words, medication, method and
                       questionnaire names; a peer workers' newsletter, a regiebehandelaar, a
                       herstelacademie, a workshop summary, a POH-ggz in a new town, older adults);
  - deid_dev15.yaml    development: a fifteenth author's notes, identifiers that are ordinary words
                       (one- or two-word organisations, villages such as Best/Son/Made, first names
                       and surnames that are words, nicknames, lower-case hurried notes);
  - deid_dev16.yaml    development: a sixteenth author's notes (labour migrants' housing and a
                       POH-ggz, an LVB woongroep, flat caretaker with a BOA, islands and polders,
                       an arts-school student counsellor; English first names that are words);
  - deid_dev17.yaml    development: a seventeenth author's notes (consultation psychiatry on the
                       SEH and PAAZ, a Wvggz jurist and pvp, a recovery college and sport coach,
                       an earthquake-damage team, an English-Dutch student service; many clean
                       notes that only look like they hold identifiers);
  - deid_dev18.yaml    development: an eighteenth author's notes (a kamertraining and doorstroomhuis
                       team, an ARMS early-detection team with a gaming friend group, a clozapine and
                       depot clinic, a Ghanaian Pentecostal church community, Voorne-Putten and the
                       Oostland greenhouses; a dictating night nurse in lower case);
  - deid_dev19.yaml    development: a nineteenth author's notes (a KJP team around a teenager who
                       stopped going to school, a peer worker and a GGD sexual-health nurse, a Veluwe
                       village team, a freelance dance, art and drama therapist, a POH-ggz as the
                       practice's GP-system super-user; many clean notes that only look like they
                       hold identifiers);
  - deid_dev20.yaml    development: a twentieth author's notes (Ukrainian displaced people in a
                       municipality's own opvang, Den Helder navy families, a casemanager dementie
                       for elderly Chinese-Dutch people, a hospital pharmacist's medication-review
                       team, Salland farm families);
  - deid_dev21.yaml    development: a twenty-first author's notes (a team secretary typing up the
                       flip-over's micro-action forms in many layouts, a teamleider's memo to
                       management, a crisis-card and signaleringsplan writer with contact lists, Rijk
                       van Nijmegen and Salland);
  - deid_dev22.yaml    development: a twenty-second author's notes (a counsellor for Sri Lankan Tamil
                       families, a Brazilian community worker, a Nigerian Igbo and Yoruba church
                       community, a social worker for Congolese French-speaking families, descendants
                       of Italian and Spanish guest workers, Thai partners in rural villages);
  - deid_dev23.yaml    development: a twenty-third author's notes (Indian knowledge migrants, a
                       Pakistani Urdu-speaking community, Bosnian families who came after the war, an
                       Armenian church community, a Greek family restaurant, an Amazigh women's
                       group);
  - deid_dev24.yaml    development: a twenty-fourth author's notes (Javanese-Surinamese, South-
                       African and Zimbabwean, Irish and Scottish expats, a Limburg carnival
                       association, a HIC ward's transfers, an ambulant team for adults with a mild
                       intellectual disability);
  - deid_dev25.yaml    development: a twenty-fifth author's notes (Dominican and Cuban families in
                       Rotterdam, a Yemeni and Somali-Dutch women's group, teenage children of
                       Wenzhou and Fujianese takeaway families, Huntington families' case manager, an
                       ECT nurse's rounds, an eating-disorder group's peer worker);
  - deid_dev26.yaml    development: a twenty-sixth author's notes (a Volendam and Edam community
                       worker, a Bunschoten-Spakenburg family worker, a POH-jeugd's SOEP lines, a
                       trauma therapist's imagery rescripting, an exit-programme coach for sex
                       workers, a worker for young carers);
  - deid_dev27.yaml    development: a twenty-seventh author's notes (Cameroonian and Liberian church
                       members in Amsterdam Zuidoost, Peranakan elderly and families in Den Haag, a
                       praktijkschool internship supervisor in Twente, a ggz nurse on a police cell
                       complex's night shift, orthodox-Protestant families in the Alblasserwaard,
                       Georgian families in Groningen and Friesland);
  - deid_dev28.yaml    development: a twenty-eighth author's notes (Cambodian families in Rotterdam-
                       Zuid, Peruvian and Bolivian families in Amsterdam, a GGZ team in the Liemers
                       and Montferland villages, a psychologist in a detention centre for aliens, a
                       huisarts's transcribed voice messages, a dietitian monitoring antipsychotics'
                       metabolic side effects);
  - deid_dev29.yaml    development: a twenty-ninth author's notes (an SPH student from Aruba on
                       placement in a Rotterdam young-adult FACT team, an early-warning worker of a
                       municipal debt team in Tilburg and Breda, a maternity carer around Eindhoven
                       and Helmond, a POH-ggz in Rijssen and Staphorst, a peer expert in an early-
                       psychosis team in Amersfoort, a youth-health nurse in a shelter for Ukrainian
                       mothers in Haarlemmermeer);
  - deid_dev30.yaml    development: a thirtieth author's notes (ggz liaison with the Marechaussee at
                       airports and border posts, a day-treatment group for young men with muscle
                       dysmorphia and orthorexia in Amersfoort, aftercare for returned humanitarian
                       aid workers, Ukrainian and Belarusian long-haul drivers at truck parkings, a
                       school social worker at a vmbo in Almere, a young adults' clinic for online
                       trading and crypto addiction in Utrecht);
  - deid_dev31.yaml    development: a thirty-first author's notes (a farmaceutisch consulent's home
                       medication reviews around Gouda, Palestinian families from Gaza and Yarmouk
                       in Drenthe, an expat-family psychologist in Den Haag and Wassenaar, a closed
                       ward for addiction and psychosis, people living in holiday parks, caravans
                       and boats in Flevoland, an infant mental health psychiatrist's parent
                       meetings around Leiden);
  - deid_dev32.yaml    development: a thirty-second author's notes (a worker in the Baarle enclaves
                       and the Kempen border with Belgian contacts, a counsellor for parcel couriers
                       in Flevoland, a literacy coach at a Taalhuis in Zuidoost-Drenthe, a
                       bedrijfsarts for construction in Twente and Salland, an addiction nurse for
                       young adults in Den Haag street slang, a Catholic parish volunteer
                       coordinator in Nijmegen);
  - deid_dev33.yaml    development: a thirty-third author's notes (a worker for tree-nursery
                       growers' families around Boskoop, an Air Force and veterans' team, a debt
                       counsellor for students in Groningen, a forensic psychologist writing court
                       reports on remand suspects, a children's ARFID feeding team around Utrecht, a
                       worker with Papuan families in Delft and Zoetermeer);
  - deid_dev34.yaml    development: a thirty-fourth author's notes (a ggz worker for the liberal
                       Jewish community and Israeli families in Den Haag, a trajectbegeleider for WW
                       clients over fifty in Veenendaal and Ede, a GGD nurse on animal-hoarding
                       visits in Utrecht, a nurse for parents of premature babies in Groningen, a
                       songwriting coach with a recovery band in Leiden, a worker in the Land van
                       Altena);
  - deid_dev35.yaml    development: a thirty-fifth author's notes (a Lao community worker, Sikh
                       Punjabi families, HR in an IT company, clients with assistance dogs, a green
                       MBO, a crisis service's telephone log);
  - deid_dev36.yaml    development: a thirty-sixth author's notes (West-Brabant growers and traders,
                       São Toméan and Mozambican families, LGBTI asylum seekers, a writing
                       therapist, family businesses in the Peel, home adaptations);
  - deid_frozen.yaml   held out: written by someone else, committed before the issue #14 rules
                       and never read to write rules;
  - deid_frozen2.yaml  held out: written for issue #22 by someone else, committed before its
                       rules, never read to write them;
  - deid_frozen3.yaml  held out: written for issue #22 by someone else in new voices, committed
                       before any further rule change, never read to write rules. Of the
                       held-out sets only the figures are printed (their misses only with
                       --frozen-misses, for a final audit);
  - deid_frozen4.yaml  held out: written for issue #22 by someone else in further new voices
                       (police liaison, Wmo, debt counselling, Flemish, pharmacist, chaplain,
                       housing, occupational health...), committed alone before any rule change
                       of its session, never read to write rules;
  - deid_frozen5.yaml  held out: written for issue #22 by someone else in further new voices
                       (peer-support worker, forensic team, night crisis service, old-age
                       psychiatry, addiction care, dictation, LVB team, POH-ggz, team chat,
                       regional words), committed alone before any rule change of its session;
  - deid_frozen6.yaml  held out: as deid_frozen5 (OGGZ/bemoeizorg, hoarding team, early psychosis,
                       bipolar and ADHD clinics, Korsakov care, crisis chat, GP referral,
                       sexologist, multilingual families), committed alone in the same session;
  - deid_frozen7.yaml  held out: written for issue #22 by someone else in session 5's voices (sports
                       psychiatry, prison psychiatric centre, palliative ggz, hearing-voices
                       group, postvention, self-employed in crisis, sex-work outreach, brain
                       injury, consultation-liaison, company social work), committed alone
                       before any rule change of its session;
  - deid_frozen8.yaml  held out: as deid_frozen7 (university research team, Flevoland team,
                       gaming addiction, family guardian, a psychotherapist in the first person,
                       ring notation, forms in six layouts), committed alone in the same session;
  - deid_frozen9.yaml  held out: as deid_frozen7 (Windward-islands community, Rivierenland team,
                       18-/18+ youth psychiatrist, drug consumption room and testing service,
                       hospital social worker and UWV insurance physician, night desk of a sociaal
                       pension, music therapist), committed alone before any rule change of its
                       session;
  - deid_frozen10.yaml held out: as deid_frozen7 (zorgagent duo for confused behaviour, Groningen
                       earthquake-area team, bariatric team, young-onset dementia team, family peer
                       worker, Riffian-Moroccan buurtvaders and a mothers' group), committed alone
                       before any rule change of its session;
  - deid_frozen11.yaml held out: as deid_frozen7 (a ggz team for blind and partially sighted clients,
                       an Aramean community worker in Twente, an inland-shipping family's social
                       worker, a worker for the bereaved after a traffic death or homicide, a
                       psychiatrist's second-opinion reports, a werkbegeleider at a sociaal
                       werkbedrijf), committed alone before any rule change of its session;
  - deid_frozen12.yaml held out: as deid_frozen7 (a liaison for an orthodox Jewish community, a
                       worker for Kurdish and Iraqi refugee families, a Filipino-Dutch community, a
                       young-adult ggz team in Nijmegen and Arnhem, a casemanager for a large
                       Vietnamese-Dutch family, a personal-alarm night round), committed alone before
                       any rule change of its session;
  - deid_frozen13.yaml held out: as deid_frozen7 (Sudanese and Egyptian families, Nepali families in
                       Den Haag, a geriatric rehabilitation ward in West-Friesland, a youth homeless
                       shelter's night worker, a liaison for teachers on sick leave, a Latin-American
                       community), committed alone before any rule change of its session;
  - deid_frozen14.yaml held out: as deid_frozen7 (a company social worker for Hungarian and
                       Lithuanian workers in Noord-Limburg and the Bollenstreek, Nepalese and
                       Bangladeshi PhD candidates, farm families in the Gelderse Vallei, a youth
                       sports club's trusted person, an Albanian and Kosovar family's social worker,
                       a mother-baby unit's shift reports), committed alone before any rule change of
                       its session;
  - deid_frozen15.yaml held out: as deid_frozen7 (a Stellingwerven village worker writing in Frisian,
                       Burundian and Rwandan status holders, a K&J psychologist with a cluster-4
                       school in West-Brabant, a street-cleaning crew in Helmond, a psycholance's
                       ride log in Kennemerland, parents harmed by the childcare-allowance affair in
                       the Drechtsteden), committed alone before any rule change of its session;
  - deid_frozen16.yaml held out: as deid_frozen7 (Tunisian- and Algerian-Dutch elderly in the
                       Zaanstreek, Latvian and Slovak greenhouse workers, police and fire-service
                       aftercare, medical students and doctors in training, Roma families of former-
                       Yugoslav origin, a youth justice institution's observation lines), committed
                       alone before any rule change of its session;
  - deid_frozen17.yaml held out: as deid_frozen7 (families evacuated from Afghanistan in 2021, a POH-
                       ggz in the Zuid-Limburg Heuvelland, Angolan and Bissau-Guinean families in
                       Rotterdam and Schiedam, a recovery and respite house's night nurse, peer
                       support at a Rotterdam public transport company, a helpline's chat
                       counsellor), committed alone before any rule change of its session;
  - deid_frozen18.yaml held out: as deid_frozen7 (cabin crew and ground staff around Schiphol, a
                       psychologist in a women's prison and re-entry, Marron families in Den Haag, a
                       student psychologist at a pabo, arable farm families in Oost-Groningen, an
                       online handover's live transcript with four speakers), committed alone before
                       any rule change of its session;
  - deid_frozen19.yaml held out: as deid_frozen7 (gender-questioning and non-binary youth on a
                       waiting list in Groningen and Drenthe, a practice nurse in the mainland ferry
                       ports of the Frisian and Groningen coast, Moldovan and North Macedonian
                       seasonal pickers in the Peel, a counsellor for professional performing
                       artists, Alevi and Sunni Turkish, Kurdish and Zaza elderly men in Arnhem, a
                       youth crisis service's night call log around Den Bosch), committed alone
                       before any rule change of its session;
  - deid_frozen20.yaml held out: as deid_frozen7 (a sport psychologist at a professional club's
                       youth football academy, a humanist counsellor in a long-stay and forensic
                       clinic in Midden-Brabant, Korean-Dutch restaurant families and Korean
                       adoptees in Groningen and Leeuwarden, a women's shelter near Haarlem, a
                       supported-living house for autistic adults in Amersfoort, a seafarers' centre
                       in the Rotterdam port), committed alone before any rule change of its
                       session;
  - deid_frozen21.yaml held out: as deid_frozen7 (a ggz worker for deafblind clients, the
                       psychiatrist of an MPU ward in West-Brabant, a meidenwerker in Amsterdam
                       Nieuw-West writing WhatsApp-style, the Belgian Limburg mining towns with
                       German contacts, a GP practice's daytime phone line near Leiden, a
                       consultatiebureau pedagogue around Nijmegen), committed alone before any rule
                       change of its session;
  - deid_frozen22.yaml held out: as deid_frozen7 (a counsellor for the relatives of problem gamblers
                       in West-Brabant, a nurse at a clinic for type-1 diabetes with an eating
                       disorder near Zwolle, an older-adult psychiatric nurse in Achterhoek nursing
                       homes, night-round outreach in Den Haag, a ggz liaison with the police at
                       football matches and events around Eindhoven, a job coach at a training hotel
                       in Deventer), committed alone before any rule change of its session;
  - deid_frozen23.yaml held out: as deid_frozen7 (an ervaringsdeskundige in addiction recovery in
                       Arnhem, a POH-ggz in Gaasterland and the Súdwesthoeke, a student psychologist
                       at a hotel school in Den Haag, an Islamic spiritual caregiver in a
                       psychiatric hospital, a crisis service's night handover in Noord-Holland
                       Noord, a Rotterdam-Zuid wijkteam worker for Caribbean Dutch families),
                       committed alone before any rule change of its session;
  - deid_frozen24.yaml held out: as deid_frozen7 (a dementia case manager in Gooi en Vechtstreek, a
                       worker with greenhouse labour migrants in Zuidoost-Drenthe and the
                       Noordoostpolder, a school social worker around Gouda, an outpatient therapist
                       for domestic-violence and stalking offenders in Arnhem-Nijmegen, an online-
                       therapy platform's support desk, a team for Russian-speaking asylum seekers
                       in Flevoland shelters), committed alone before any rule change of its
                       session;
  - deid_frozen25.yaml held out: as deid_frozen7 (Katwijk fishing and reformed families, Sri Lankan
                       Sinhalese IT expats, young people leaving foster care, taxi and meal-delivery
                       drivers, a climbing therapist, Kenyan and Ugandan church members), committed
                       alone before any rule change of its session;
  - deid_frozen26.yaml held out: as deid_frozen7 (orthodox-Protestant Neder-Betuwe villages,
                       fairground and circus families, Uyghur refugees, a children's palliative-care
                       team, a hospital's night staff, hospitality staff in Maastricht), committed
                       alone before any rule change of its session.

Prints, per set, for the development sets together and for the held-out sets together:
  - recall per category: the share of listed identifiers gone after scrubbing (whole-word check);
  - removed or flagged: gone, or still there with a suspect of the review step on it
    (:func:`werkbord.privacy.suspects.find_suspects` on the scrubbed note);
  - suspects per 100 notes: the reviewer's burden;
  - notes fully de-identified, and those among them holding a BSN, phone number or e-mail;
  - clean notes left exactly as written (and with no counts);
  - party words kept (the notes' ``keep`` lists) and template words kept (every party label
    or alias of templates/terugval.yaml found in any note must still be there);
  - for micro-action forms (``field: actie``): planned dates under "Wanneer" kept as written
    (``keep_planned``) and their role words kept (their ``keep`` lists).

Scrubbing uses the template's protected words (plus a set's own ``protected`` list, if any),
as ``werkbord harvest`` does. In-process figures; no timings (benchmarks/deid_recall.py).

    python benchmarks/deid_quality.py [--sets corpus dev dev2 ... dev36 frozen frozen2 ... frozen26]
                                      [--misses] [--frozen-misses] [--suspects] [--json]
                                      [--as-harvest]

``--sets`` without the frozen sets measures the development sets only, so the held-out totals
need not be printed while rules are written.

Identifiers are either strings (deid_corpus.yaml: no category, counted as "uncategorised"
unless the note's ``expect`` names exactly one category) or mappings {text, category}.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SETS = {
    "corpus": DATA / "deid_corpus.yaml",
    "dev": DATA / "deid_dev.yaml",
    "dev2": DATA / "deid_dev2.yaml",
    "dev3": DATA / "deid_dev3.yaml",
    "dev4": DATA / "deid_dev4.yaml",
    "dev5": DATA / "deid_dev5.yaml",
    "dev6": DATA / "deid_dev6.yaml",
    "dev7": DATA / "deid_dev7.yaml",
    "dev8": DATA / "deid_dev8.yaml",
    "dev9": DATA / "deid_dev9.yaml",
    "dev10": DATA / "deid_dev10.yaml",
    "dev11": DATA / "deid_dev11.yaml",
    "dev12": DATA / "deid_dev12.yaml",
    "dev13": DATA / "deid_dev13.yaml",
    "dev14": DATA / "deid_dev14.yaml",
    "dev15": DATA / "deid_dev15.yaml",
    "dev16": DATA / "deid_dev16.yaml",
    "dev17": DATA / "deid_dev17.yaml",
    "dev18": DATA / "deid_dev18.yaml",
    "dev19": DATA / "deid_dev19.yaml",
    "dev20": DATA / "deid_dev20.yaml",
    "dev21": DATA / "deid_dev21.yaml",
    "dev22": DATA / "deid_dev22.yaml",
    "dev23": DATA / "deid_dev23.yaml",
    "dev24": DATA / "deid_dev24.yaml",
    "dev25": DATA / "deid_dev25.yaml",
    "dev26": DATA / "deid_dev26.yaml",
    "dev27": DATA / "deid_dev27.yaml",
    "dev28": DATA / "deid_dev28.yaml",
    "dev29": DATA / "deid_dev29.yaml",
    "dev30": DATA / "deid_dev30.yaml",
    "dev31": DATA / "deid_dev31.yaml",
    "dev32": DATA / "deid_dev32.yaml",
    "dev33": DATA / "deid_dev33.yaml",
    "dev34": DATA / "deid_dev34.yaml",
    "dev35": DATA / "deid_dev35.yaml",
    "dev36": DATA / "deid_dev36.yaml",
    "frozen": DATA / "deid_frozen.yaml",
    "frozen2": DATA / "deid_frozen2.yaml",
    "frozen3": DATA / "deid_frozen3.yaml",
    "frozen4": DATA / "deid_frozen4.yaml",
    "frozen5": DATA / "deid_frozen5.yaml",
    "frozen6": DATA / "deid_frozen6.yaml",
    "frozen7": DATA / "deid_frozen7.yaml",
    "frozen8": DATA / "deid_frozen8.yaml",
    "frozen9": DATA / "deid_frozen9.yaml",
    "frozen10": DATA / "deid_frozen10.yaml",
    "frozen11": DATA / "deid_frozen11.yaml",
    "frozen12": DATA / "deid_frozen12.yaml",
    "frozen13": DATA / "deid_frozen13.yaml",
    "frozen14": DATA / "deid_frozen14.yaml",
    "frozen15": DATA / "deid_frozen15.yaml",
    "frozen16": DATA / "deid_frozen16.yaml",
    "frozen17": DATA / "deid_frozen17.yaml",
    "frozen18": DATA / "deid_frozen18.yaml",
    "frozen19": DATA / "deid_frozen19.yaml",
    "frozen20": DATA / "deid_frozen20.yaml",
    "frozen21": DATA / "deid_frozen21.yaml",
    "frozen22": DATA / "deid_frozen22.yaml",
    "frozen23": DATA / "deid_frozen23.yaml",
    "frozen24": DATA / "deid_frozen24.yaml",
    "frozen25": DATA / "deid_frozen25.yaml",
    "frozen26": DATA / "deid_frozen26.yaml",
}
DEVELOPMENT = (
    "corpus",
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "dev25",
    "dev26",
    "dev27",
    "dev28",
    "dev29",
    "dev30",
    "dev31",
    "dev32",
    "dev33",
    "dev34",
    "dev35",
    "dev36",
)  # what the rules were written on
# never read to write rules
HELD_OUT = (
    "frozen",
    "frozen2",
    "frozen3",
    "frozen4",
    "frozen5",
    "frozen6",
    "frozen7",
    "frozen8",
    "frozen9",
    "frozen10",
    "frozen11",
    "frozen12",
    "frozen13",
    "frozen14",
    "frozen15",
    "frozen16",
    "frozen17",
    "frozen18",
    "frozen19",
    "frozen20",
    "frozen21",
    "frozen22",
    "frozen23",
    "frozen24",
    "frozen25",
    "frozen26",
)
CATEGORIES = (
    "person",
    "initials",
    "age",
    "location",
    "institution",
    "date",
    "phone",
    "email",
    "bsn",
    "id_number",
    "url",
    "plate",
    "handle",
    "uncategorised",
)
CONTACT = frozenset({"bsn", "phone", "email"})
# werkbord's report keys (deid_corpus.yaml's ``expect``) -> the categories used here.
_EXPECT = {
    "persoon": "person",
    "leeftijd": "age",
    "locatie": "location",
    "instelling": "institution",
    "datum": "date",
    "telefoonnummer": "phone",
    "email": "email",
    "bsn": "bsn",
    "patientnummer": "id_number",
    "url": "url",
}

Scrub = Callable[[str, str], tuple[str, int]]  # (text, field) -> (scrubbed text, number of tags)


def present(word: str, text: str) -> bool:
    """``word`` occurs on its own: "Jan" is not found inside "januari", but "16" is in "16jr"."""
    word = word.strip()
    if not word:
        return False
    left = r"(?<!\d)" if word[0].isdigit() else r"(?<!\w)"
    right = r"(?!\d)" if word[-1].isdigit() else r"(?!\w)"
    return re.search(left + re.escape(word) + right, text) is not None


@dataclass(frozen=True)
class Identifier:
    text: str
    category: str


@dataclass(frozen=True)
class Note:
    text: str
    identifiers: tuple[Identifier, ...]
    keep: tuple[str, ...]
    clean: bool
    field: str = ""  # "actie": a micro-action form (Wie / Wanneer)
    keep_planned: tuple[str, ...] = ()  # planned dates under "Wanneer" that must stay
    owner_names: tuple[str, ...] = ()  # a team member's name under "Wie": neither kept nor a miss


def _identifiers(note: dict) -> tuple[Identifier, ...]:
    expect = [_EXPECT.get(e, e) for e in note.get("expect") or []]
    guess = expect[0] if len(set(expect)) == 1 else "uncategorised"
    out = []
    for item in note.get("identifiers") or []:
        if isinstance(item, str):
            out.append(Identifier(item, guess))
        elif isinstance(item, dict) and "text" in item:
            out.append(Identifier(str(item["text"]), str(item.get("category") or "uncategorised")))
        else:
            raise ValueError(f"identifier must be a string or a mapping with 'text': {item!r}")
    return tuple(out)


def load_set(path: Path) -> tuple[list[Note], list[str]]:
    """The notes of one set and its own protected words (besides the template's)."""
    data = yaml.safe_load(path.read_text("utf-8"))
    notes = data["notes"] if isinstance(data, dict) else data
    protected = list(data.get("protected") or []) if isinstance(data, dict) else []
    out = [
        Note(
            text=str(n["text"]),
            identifiers=_identifiers(n),
            keep=tuple(str(k) for k in n.get("keep") or []),
            clean=bool(n.get("clean")),
            field=str(n.get("field") or ""),
            keep_planned=tuple(str(k) for k in n.get("keep_planned") or []),
            owner_names=tuple(str(k) for k in n.get("owner_names") or []),
        )
        for n in notes
    ]
    return out, protected


def template_words(lang: str = "nl") -> list[str]:
    from werkbord.harvest.scrub import protected_words
    from werkbord.template import load_template

    return protected_words(load_template("terugval", lang))


@dataclass
class Figures:
    notes: int = 0
    dirty: int = 0
    clean: int = 0
    # category -> [removed, removed or flagged, total]
    per_category: dict[str, list[int]] = field(default_factory=dict)
    fully: int = 0
    contact_notes: int = 0
    contact_fully: int = 0
    clean_untouched: int = 0
    keep_total: int = 0
    keep_kept: int = 0
    template_total: int = 0
    template_kept: int = 0
    suspects: int = 0
    action_notes: int = 0
    planned_total: int = 0
    planned_kept: int = 0
    action_keep_total: int = 0
    action_keep_kept: int = 0
    owner_total: int = 0
    owner_replaced: int = 0
    misses: list[str] = field(default_factory=list)
    suspect_lines: list[str] = field(default_factory=list)
    # reason -> [suspects on an identifier left in the note, suspects on anything else]
    suspect_reasons: dict[str, list[int]] = field(default_factory=dict)

    _COUNTS = (
        "notes dirty clean fully contact_notes contact_fully clean_untouched keep_total keep_kept "
        "template_total template_kept suspects action_notes planned_total planned_kept "
        "action_keep_total action_keep_kept owner_total owner_replaced"
    ).split()

    @property
    def identifiers(self) -> int:
        return sum(t for _, _, t in self.per_category.values())

    @property
    def removed(self) -> int:
        return sum(r for r, _, _ in self.per_category.values())

    @property
    def removed_or_flagged(self) -> int:
        return sum(f for _, f, _ in self.per_category.values())

    def merged(self, other: Figures) -> Figures:
        out = Figures()
        for f in (self, other):
            for name in self._COUNTS:
                setattr(out, name, getattr(out, name) + getattr(f, name))
            for cat, counts in f.per_category.items():
                acc = out.per_category.setdefault(cat, [0, 0, 0])
                for i, n in enumerate(counts):
                    acc[i] += n
            out.misses += f.misses
            out.suspect_lines += f.suspect_lines
            for why, counts in f.suspect_reasons.items():
                acc = out.suspect_reasons.setdefault(why, [0, 0])
                acc[0] += counts[0]
                acc[1] += counts[1]
        return out

    def as_dict(self) -> dict:
        def share(a: int, b: int) -> float | None:
            return a / b if b else None

        return {
            "notes": self.notes,
            "notes_with_identifiers": self.dirty,
            "identifiers": self.identifiers,
            "recall": share(self.removed, self.identifiers),
            "removed_or_flagged": share(self.removed_or_flagged, self.identifiers),
            "recall_per_category": {c: share(r, t) for c, (r, _, t) in sorted(self.per_category.items())},
            "removed_or_flagged_per_category": {c: share(f, t) for c, (_, f, t) in sorted(self.per_category.items())},
            "identifiers_per_category": {c: t for c, (_, _, t) in sorted(self.per_category.items())},
            "notes_fully_deidentified": share(self.fully, self.dirty),
            "contact_notes": self.contact_notes,
            "contact_notes_fully_deidentified": share(self.contact_fully, self.contact_notes),
            "clean_notes": self.clean,
            "clean_untouched": share(self.clean_untouched, self.clean),
            "party_words_kept": share(self.keep_kept, self.keep_total),
            "template_words": self.template_total,
            "template_words_kept": share(self.template_kept, self.template_total),
            "suspects": self.suspects,
            "suspects_per_100_notes": share(100 * self.suspects, self.notes),
            "action_notes": self.action_notes,
            "planned_dates": self.planned_total,
            "planned_dates_kept": share(self.planned_kept, self.planned_total),
            "action_role_words": self.action_keep_total,
            "action_role_words_kept": share(self.action_keep_kept, self.action_keep_total),
            "owner_names": self.owner_total,
            "owner_names_replaced": share(self.owner_replaced, self.owner_total),
        }


def _occurrences(word: str, text: str) -> list[tuple[int, int]]:
    word = word.strip()
    if not word:
        return []
    left = r"(?<!\d)" if word[0].isdigit() else r"(?<!\w)"
    right = r"(?!\d)" if word[-1].isdigit() else r"(?!\w)"
    return [m.span() for m in re.finditer(left + re.escape(word) + right, text)]


def flagged(word: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """Every occurrence of ``word`` left in ``text`` overlaps a suspect's span."""
    found = _occurrences(word, text)
    return bool(found) and all(any(a < e and s < b for a, b in spans) for s, e in found)


Suspects = Callable[[str], list]  # scrubbed text -> suspects (objects with .text, .start, .why)


def _template_kept(f: Figures, n: Note, out: str, template_phrases) -> None:
    # Each occurrence of a template word in the note must still be in the output, unless it
    # is part of an identifier ("Sanne Vriend": a surname that is also an alias).
    inside = [
        (m.start(), m.end())
        for i in n.identifiers
        for m in re.finditer(r"(?<!\w)" + re.escape(i.text) + r"(?!\w)", n.text)
    ]
    for s, e in template_phrases.spans(n.text):
        if any(a < e and s < b for a, b in inside):
            continue
        word = n.text[s:e]
        f.template_total += 1
        kept = len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", out)) >= len(
            re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", n.text)
        )
        f.template_kept += kept
        if not kept:
            f.misses.append(f"template word lost: {word!r} in {n.text!r} -> {out!r}")


def _action_form(f: Figures, n: Note, out: str) -> None:
    f.action_notes += 1
    f.planned_total += len(n.keep_planned)
    lost = [w for w in n.keep_planned if w not in out]
    f.planned_kept += len(n.keep_planned) - len(lost)
    if lost:
        f.misses.append(f"planned date lost: {lost} in {n.text!r} -> {out!r}")
    f.action_keep_total += len(n.keep)
    roles_lost = [w for w in n.keep if not present(w, out)]
    f.action_keep_kept += len(n.keep) - len(roles_lost)
    if roles_lost:
        f.misses.append(f"role word lost: {roles_lost} in {n.text!r} -> {out!r}")
    f.owner_total += len(n.owner_names)
    f.owner_replaced += sum(not present(w, out) for w in n.owner_names)


_TAG = re.compile(r"\[[A-ZÀ-Þ]+(?:-[A-ZÀ-Þ]+)*-\d+\]")


def survives(identifier: str, scrubbed: str) -> bool:
    """``identifier`` is still in the scrubbed note. A replacement tag's number is no trace of
    the note: "Fenne (2)" scrubbed to "[PERSOON-2] ([LEEFTIJD-1])" left no "2"."""
    return present(identifier, _TAG.sub("[]", scrubbed))


def _identifiers_left(f: Figures, n: Note, out: str, spans: list[tuple[int, int]]) -> None:
    f.dirty += 1
    survived = [i for i in n.identifiers if survives(i.text, out)]
    for i in n.identifiers:
        acc = f.per_category.setdefault(i.category, [0, 0, 0])
        gone = i not in survived
        acc[0] += gone
        acc[1] += gone or flagged(i.text, out, spans)
        acc[2] += 1
    f.fully += not survived
    if any(i.category in CONTACT for i in n.identifiers):
        f.contact_notes += 1
        f.contact_fully += not survived
    if survived:
        shown = ", ".join(
            f"{i.text!r} ({i.category}{', flagged' if flagged(i.text, out, spans) else ''})" for i in survived
        )
        f.misses.append(f"{n.text!r} -> {out!r}: still shows {shown}")


def measure(notes: list[Note], scrub: Scrub, template_phrases, suspects: Suspects | None = None) -> Figures:
    """Scores ``scrub`` on ``notes``; ``template_phrases`` is a ProtectedPhrases of the template;
    ``suspects`` finds the review step's suspects in a scrubbed note (none if not given)."""
    f = Figures()
    for n in notes:
        out, tags = scrub(n.text, n.field)
        found = suspects(out) if suspects else []
        spans = [(s.start, s.start + len(s.text)) for s in found]
        f.notes += 1
        f.suspects += len(found)
        left = [span for i in n.identifiers for span in _occurrences(i.text, out)]
        for s in found:
            hit = any(a < s.start + len(s.text) and s.start < b for a, b in left)
            f.suspect_reasons.setdefault(s.why, [0, 0])[0 if hit else 1] += 1
            f.suspect_lines.append(f"{'[identifier]' if hit else '[noise]'} {s.text!r} ({s.why}) in {out!r}")
        _template_kept(f, n, out, template_phrases)
        f.keep_total += len(n.keep)
        lost = [w for w in n.keep if not present(w, out)]
        f.keep_kept += len(n.keep) - len(lost)
        if lost:
            f.misses.append(f"party word lost: {lost} in {n.text!r} -> {out!r}")
        if n.field == "actie":
            _action_form(f, n, out)
        if n.clean:
            f.clean += 1
            if out == n.text and not tags:
                f.clean_untouched += 1
            else:
                f.misses.append(f"clean note changed: {n.text!r} -> {out!r}")
            continue
        if n.identifiers:
            _identifiers_left(f, n, out, spans)
    return f


def form_layout(text: str, field: str):
    """How the harvest lays out a note of ``field``: a micro-action form ("actie") by its labels
    (Partij / Micro-actie / Verwacht effect / Wie / Wanneer), anything else as one plain note."""
    from werkbord.privacy.fields import PLAIN, Layout

    if field != "actie":
        return PLAIN
    parsed = _form_parser().parse(text, strict=False)
    if parsed.labelled and parsed.spans:
        return Layout(tuple(parsed.spans))
    from werkbord.harvest.line_forms import line_form_spans

    return Layout(tuple(line_form_spans(text) or (("action", 0, len(text)),)), default="action")


_parsers: list = []


def _form_parser():
    if not _parsers:
        from werkbord.harvest.forms import FormParser
        from werkbord.template import load_template

        _parsers.append(FormParser(load_template("terugval", "nl").step3.form))
    return _parsers[0]


def werkbord_scrub(protected: list[str], together: list[tuple[str, str]] | None = None) -> Scrub:
    """Scrub note by note, or (``together``) all those (text, field) at once as one harvest does,
    so a name found in one note is also scrubbed in the others. A micro-action form is scrubbed
    field by field, as harvest does (its planned dates stay under "Wanneer")."""
    from werkbord.privacy import Scrubber

    scrubber = Scrubber(protected, progress=lambda m: print(m, file=sys.stderr, flush=True))
    done = {}
    if together:
        layouts = [form_layout(t, fld) for t, fld in together]
        done = dict(zip(together, scrubber.scrub_many([t for t, _ in together], layouts), strict=True))

    def scrub(text: str, field: str) -> tuple[str, int]:
        r = done.get((text, field)) or scrubber.scrub(text, form_layout(text, field))
        return r.text, sum(r.counts.values())

    return scrub


def werkbord_suspects(protected: list[str]) -> Suspects:
    from werkbord.privacy.suspects import find_suspects

    words = frozenset(protected)
    return lambda text: find_suspects(text, protected=words)


def combined(results: dict[str, Figures], names: tuple[str, ...]) -> Figures | None:
    parts = [results[n] for n in names if n in results]
    if not parts:
        return None
    total = Figures()
    for f in parts:
        total = total.merged(f)
    return total


def measure_sets(names=tuple(SETS), *, as_harvest: bool = False) -> dict[str, Figures]:
    """Figures per available set, plus "development" (the development sets together) and
    "held_out" (the held-out sets together).

    ``as_harvest``: each set is scrubbed as one harvest (names shared between its notes);
    by default every note on its own, the harder case.
    """
    from werkbord.privacy.protect import ProtectedPhrases

    template = template_words()
    phrases = ProtectedPhrases(template)
    out: dict[str, Figures] = {}
    for name in names:
        path = SETS[name]
        if not path.is_file():
            continue
        notes, own = load_set(path)
        together = [(n.text, n.field) for n in notes] if as_harvest else None
        protected = sorted(set(template) | set(own))
        out[name] = measure(notes, werkbord_scrub(protected, together), phrases, werkbord_suspects(protected))
    for label, group in (("development", DEVELOPMENT), ("held_out", HELD_OUT)):
        total = combined(out, group)
        if total is not None:
            out[label] = total
    return out


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.1%}"


_HEADS = {
    "development": "development (" + " + ".join(DEVELOPMENT) + ")",
    "corpus": "deid_corpus",
    "dev": "deid_dev",
    "dev2": "deid_dev2",
    "dev3": "deid_dev3",
    "dev4": "deid_dev4",
    "dev5": "deid_dev5",
    "dev6": "deid_dev6",
    "dev7": "deid_dev7",
    "dev8": "deid_dev8",
    "dev9": "deid_dev9",
    "dev10": "deid_dev10",
    "dev11": "deid_dev11",
    "dev12": "deid_dev12",
    "dev13": "deid_dev13",
    "dev14": "deid_dev14",
    "dev15": "deid_dev15",
    "dev16": "deid_dev16",
    "dev17": "deid_dev17",
    "dev18": "deid_dev18",
    "dev19": "deid_dev19",
    "dev20": "deid_dev20",
    "dev21": "deid_dev21",
    "dev22": "deid_dev22",
    "dev23": "deid_dev23",
    "dev24": "deid_dev24",
    "dev25": "deid_dev25",
    "dev26": "deid_dev26",
    "dev27": "deid_dev27",
    "dev28": "deid_dev28",
    "dev29": "deid_dev29",
    "dev30": "deid_dev30",
    "dev31": "deid_dev31",
    "dev32": "deid_dev32",
    "dev33": "deid_dev33",
    "dev34": "deid_dev34",
    "dev35": "deid_dev35",
    "dev36": "deid_dev36",
    "held_out": "held out (" + " + ".join(HELD_OUT) + ")",
    "frozen": "deid_frozen (held out)",
    "frozen2": "deid_frozen2 (held out, #22)",
    "frozen3": "deid_frozen3 (held out, #22, new voices)",
    "frozen4": "deid_frozen4 (held out, #22, further voices)",
    "frozen5": "deid_frozen5 (held out, #22, session 4 voices)",
    "frozen6": "deid_frozen6 (held out, #22, session 4 voices)",
    "frozen7": "deid_frozen7 (held out, #22, session 5 voices)",
    "frozen8": "deid_frozen8 (held out, #22, session 5 voices)",
    "frozen9": "deid_frozen9 (held out, #22, session 6 voices)",
    "frozen10": "deid_frozen10 (held out, #22, session 7 voices)",
    "frozen11": "deid_frozen11 (held out, #22, session 8 voices)",
    "frozen12": "deid_frozen12 (held out, #22, session 8 voices)",
    "frozen13": "deid_frozen13 (held out, #22, session 9 voices)",
    "frozen14": "deid_frozen14 (held out, #22, session 9 voices)",
    "frozen15": "deid_frozen15 (held out, #22, session 10 voices)",
    "frozen16": "deid_frozen16 (held out, #22, session 10 voices)",
    "frozen17": "deid_frozen17 (held out, #22, session 10 voices)",
    "frozen18": "deid_frozen18 (held out, #22, session 11 voices)",
    "frozen19": "deid_frozen19 (held out, #22, session 11 voices)",
    "frozen20": "deid_frozen20 (held out, #22, session 11 voices)",
    "frozen21": "deid_frozen21 (held out, #22, session 12 voices)",
    "frozen22": "deid_frozen22 (held out, #22, session 12 voices)",
    "frozen23": "deid_frozen23 (held out, #22, session 13 voices)",
    "frozen24": "deid_frozen24 (held out, #22, session 13 voices)",
    "frozen25": "deid_frozen25 (held out, #22, session 14 voices)",
    "frozen26": "deid_frozen26 (held out, #22, session 14 voices)",
}


def table(results: dict[str, Figures]) -> str:
    """A Markdown table: rows are figures, columns the sets (development first, then held out)."""
    cols = [c for c in ("development", *DEVELOPMENT, "held_out", *HELD_OUT) if c in results]
    data = {c: results[c].as_dict() for c in cols}
    lines = ["| | " + " | ".join(_HEADS[c] for c in cols) + " |", "| --- |" + " --- |" * len(cols)]

    def row(label: str, cell: Callable[[dict, Figures], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(data[c], results[c]) for c in cols) + " |")

    row("notes (with identifiers / clean)", lambda d, f: f"{f.notes} ({f.dirty} / {f.clean})")
    row("**identifiers removed (recall)**", lambda d, f: f"**{_pct(d['recall'])}** of {f.identifiers}")
    present_cats = [c for c in CATEGORIES if any(c in results[x].per_category for x in cols)]
    present_cats += sorted({c for x in cols for c in results[x].per_category} - set(present_cats))
    for cat in present_cats:

        def cell(d: dict, f: Figures, cat: str = cat) -> str:
            r, _, t = f.per_category.get(cat, (0, 0, 0))
            return f"{_pct(r / t)} of {t}" if t else "—"

        row(f"&nbsp;&nbsp;{cat}", cell)
    row("**removed or flagged for review**", lambda d, f: f"**{_pct(d['removed_or_flagged'])}**")
    row("suspects per 100 notes", lambda d, f: "—" if not f.notes else f"{d['suspects_per_100_notes']:.1f}")
    row("notes fully de-identified", lambda d, f: f"{_pct(d['notes_fully_deidentified'])} of {f.dirty}")
    row(
        "notes with BSN/phone/e-mail fully de-identified",
        lambda d, f: f"{_pct(d['contact_notes_fully_deidentified'])} of {f.contact_notes}",
    )
    row("clean notes untouched", lambda d, f: f"{_pct(d['clean_untouched'])} of {f.clean}")
    row("party words kept (keep lists)", lambda d, f: f"{_pct(d['party_words_kept'])} of {f.keep_total}")
    row("template words kept", lambda d, f: f"{_pct(d['template_words_kept'])} of {f.template_total}")
    row("Wanneer: planned dates kept", lambda d, f: f"{_pct(d['planned_dates_kept'])} of {f.planned_total}")
    row("Wie: role words kept", lambda d, f: f"{_pct(d['action_role_words_kept'])} of {f.action_keep_total}")
    row("Wie: team names replaced (no team list)", lambda d, f: f"{_pct(d['owner_names_replaced'])} of {f.owner_total}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sets",
        nargs="+",
        choices=tuple(SETS),
        default=tuple(SETS),
        help="which sets to measure (default: all; leave out the frozen sets while developing rules)",
    )
    ap.add_argument("--misses", action="store_true", help="list what the development sets still miss")
    ap.add_argument("--suspects", action="store_true", help="list the development sets' suspects")
    ap.add_argument("--frozen-misses", action="store_true", help="list the held-out sets' misses (final audit only)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--as-harvest", action="store_true", help="scrub each set as one harvest (names shared between its notes)"
    )
    args = ap.parse_args()
    results = measure_sets(tuple(args.sets), as_harvest=args.as_harvest)
    if args.json:
        print(json.dumps({k: v.as_dict() for k, v in results.items()}, indent=2))
    else:
        for name in args.sets:
            if name in results:
                print(f"{name}: {SETS[name].relative_to(ROOT)}")
            else:
                print(f"{name}: {SETS[name].relative_to(ROOT)} not found, skipped")
        print()
        print(table(results))
    for name in DEVELOPMENT:
        for m in results.get(name, Figures()).misses if args.misses else ():
            print(f"  {name} miss: {m}")
        for m in results.get(name, Figures()).suspect_lines if args.suspects else ():
            print(f"  {name} suspect: {m}")
    if args.suspects and "development" in results:
        print("\nSuspects per reason on the development sets (on an identifier left / on anything else):")
        reasons = results["development"].suspect_reasons
        for why, (hit, noise) in sorted(reasons.items(), key=lambda kv: -sum(kv[1])):
            print(f"  {hit:4d} / {noise:4d}  {why}")
    for name in HELD_OUT if args.frozen_misses else ():
        for m in results.get(name, Figures()).misses:
            print(f"  {name} miss: {m}")


if __name__ == "__main__":
    main()
