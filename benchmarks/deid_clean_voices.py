"""Made-up CLEAN notes in eight voices no development or held-out set uses (issue #22's seventh
session), for the over-scrubbing probe (``deid_clean_probe.py``).

Written before any rule was looked at for them: a dietitian, a psychomotor therapist (PMT), an
old-age psychiatry team, a forensic team, a jurist, an emergency-room nurse, a student
psychologist and a peer-support worker. Each voice writes as it would on a board or in a file:
ordinary words capitalised for weight or as a theme, names of methods, scales, courses, groups
and medicines, room and box numbers, times, weekdays, counts, durations and abbreviations. No
note names or points to a person, a place or an organisation, so every change the pseudonymiser
makes to one is a loss. The vocabulary is general public knowledge of Dutch care (names of
widely used scales, methods, laws and medicines); nothing is taken from a test set.
"""

from __future__ import annotations

DIETITIAN = [
    "Eetdagboek 5 dagen bijgehouden: ontbijt overgeslagen op 3 van de 5 dagen.",
    "BMI 17,2 bij start, nu 18,1 na 8 weken. Doel blijft 19.",
    "Advies: 6 eetmomenten, eiwitrijk. Drinkvoeding Nutridrink 2x per dag tussendoor.",
    "SNAQ score 3, ondervoedingsrisico. Overleg met de arts over Fresubin.",
    "Kalium laag (3,1), ECG volgt. Refeeding-protocol gestart op afdeling 3B.",
    "Schijf van Vijf besproken, met uitleg over Vezels en Zout.",
    "Gewicht +1,4 kg in 2 weken, Clozapine maakt hongerig. Leefstijlgroep Samen Fit vanaf dinsdag.",
    "Maaltijdplan: Ontbijt 08.00, Lunch 12.30, Diner 17.30, Tussendoortjes 10.00 en 15.00.",
    "Sondevoeding afgebouwd van 1500 naar 1000 ml per 24 uur.",
    "Vocht: 1,5 liter per dag nodig, nu ongeveer 800 ml. Waterfles met streepjes meegegeven.",
    "Eetbuien 4x per week, CGT-E besproken als behandeloptie.",
    "Middagmaal in de groep lukt, Avondeten alleen blijft lastig.",
    "Vitamine D en B12 laag, suppletie via de huisarts.",
    "Lithiumspiegel stabiel; zoutinname niet ineens veranderen, uitgelegd.",
    "Koolhydraten tellen lukt nog niet. Diabetes type 2, HbA1c 58.",
    "Kookgroep Proeven & Praten op donderdag in de keuken van paviljoen C.",
    "Buikomvang 104 cm, advies: 3x per week 30 minuten bewegen.",
    "Alcohol vervangt maaltijden, thiamine voorgeschreven: Vitamine B1 100 mg.",
    "Bewaarde eten in de kast van kamer 12; samen opgeruimd.",
    "MUST-score 2, wegen elke maandag voor het ontbijt.",
    "Eetlust beter sinds de Mirtazapine, let op Gewicht.",
    "Ramadan komt eraan: plan voor Suhoor en Iftar, medicatie erop afgestemd.",
    "Vegetarisch, eiwit uit Peulvruchten, Tofu en Zuivel.",
    "Kauwproblemen: gemalen voeding, logopedie gevraagd voor een slikonderzoek.",
    "Groente: Broccoli, Wortel en Spinazie gaan goed; Vis nog niet.",
    "Boodschappenlijst met de woonbegeleider gemaakt, budget € 40 per week.",
    "Lunchpakket voor werk: 2 boterhammen, fruit, Yoghurt.",
]
PMT_THERAPIST = [
    "PMT: Grenzen-oefening met de Stokken, bleef lang staan.",
    "Ademhalingsoefening 4-7-8, daarna Bodyscan van 10 minuten.",
    "Lichaamskaart ingekleurd: Spanning in Schouders en Buik.",
    "Weerbaarheidstraining sessie 3 van 10: Nee zeggen met stem en houding.",
    "Balspel in de gymzaal, speelde mee tot het einde.",
    "Boksen op de Zak, daarna rustiger. Boosheid 8 → 4.",
    "Yoga-groep maandag 16.00, Mat 3 bij het raam gaf een veilig gevoel.",
    "Ontspanning volgens Jacobson, spieren aan- en ontspannen.",
    "Opdracht Vertrouwensval niet gedaan, dat respecteren we.",
    "Vechtsport op zaal 2, regels vooraf besproken.",
    "Grounding: 5-4-3-2-1 oefening helpt bij herbelevingen.",
    "Hardloopgroep Rennen naar Rust, 2 rondjes van 1 km.",
    "Lichaamsbeleving: voelt Warmte in de handen, Kou in de voeten.",
    "PMT-doel: Signalen van spanning eerder voelen.",
    "Evenwichtsbalk: durfde los te laten. Trots.",
    "Fitness 45 min, hartslag max 150.",
    "Sensorisch profiel: prikkelgevoelig voor Geluid en Licht.",
    "Touwtrekken in duo's: wie geeft mee, wie houdt vast.",
    "Mindful wandelen in het bos achter het terrein, 30 min.",
    "Zwemmen lukt weer, eerst met een Drijfband.",
    "Spiegeloefening vermijdt ze nog; Schaamte groot.",
    "Klimwand tot de Derde Greep, daarna terug naar beneden.",
    "Tafeltennis met de groep, lachte veel.",
    "Emotieregulatie met Beweging: Wat doe ik als ik Woede voel?",
    "Ruimte-oefening: Afstand bepalen met een touw, 2 meter voelde goed.",
    "Stressthermometer voor en na: 7 en 3.",
]
OLD_AGE_TEAM = [
    "MMSE 21/30, klok tekenen fout, MoCA volgt.",
    "Delier-screening DOS 4, nachtelijke onrust.",
    "Valrisico hoog: rollator, heupbeschermers, sensormat.",
    "Zorgleefplan besproken in het MDO met de Specialist Ouderengeneeskunde.",
    "Haloperidol 0,5 mg z.n., max 2x per 24 uur.",
    "Dagbesteding voor Ouderen op woensdag en vrijdag, busje om 9.15.",
    "Mantelzorger overbelast: EDIZ-score 7, respijtzorg voorstellen.",
    "Geheugenpoli: CT-scan, bloedonderzoek en NPO in week 12.",
    "Rivastigmine pleister 4,6 mg, huid rood.",
    "NPI-Q: Apathie en Agitatie op de voorgrond.",
    "Wilsbekwaamheid getoetst voor het besluit over Verhuizen.",
    "Thuiszorg 3x per dag, medicatierol via de apotheek.",
    "Casemanager Dementie doet huisbezoek, Zorgwoning aangevraagd.",
    "Slaapt overdag veel, 's nachts dwaalt hij. Daglichtlamp 30 min per ochtend.",
    "Depressie bij dementie: Sertraline 50 mg, evaluatie na 6 weken.",
    "GDS-15 score 9. Eenzaamheid speelt mee.",
    "Levensboek gemaakt met foto's, Herinneringen ophalen werkt.",
    "Kamer 204 heeft uitzicht op de tuin, rustiger dan de gang.",
    "Wzd-stappenplan gevolgd, geen onvrijwillige zorg nodig.",
    "Katz-ADL 4, hulp bij wassen en aankleden.",
    "Val op de gang, geen fractuur na de röntgenfoto.",
    "Hoortoestel kwijt, communicatie lastig. Audicien gebeld.",
    "Muziek uit de jaren vijftig kalmeert, Snoezelen op donderdag.",
    "Advance care planning: Niet Reanimeren besproken, staat in het dossier.",
    "Onrust rond de Schemering, Sundowning bekend.",
    "Geriater adviseert afbouw Oxazepam, elke 2 weken 10 mg minder.",
    "Ouderen 75+ groep voor Rouwverwerking start in het voorjaar.",
]
FORENSIC_TEAM = [
    "HKT-R besproken in het behandelplan, risico matig.",
    "Verlofaanvraag Begeleid Verlof ingediend, beslissing volgt.",
    "Urinecontrole negatief op THC en Cocaïne.",
    "Delictscenario doorgenomen in de Agressieregulatie-groep.",
    "Separeer niet nodig, de-escalatie in de Huiskamer lukte.",
    "Groepsregels: Respect, Afspraak is Afspraak, Geen Geweld.",
    "Reclassering houdt toezicht, meldplicht elke week.",
    "Signaleringsplan Rood: dreigen, ijsberen, niet slapen.",
    "Enkelband verwijderd na 6 maanden.",
    "SAPROF, beschermende factoren: Werk en Dagbesteding.",
    "Risicotaxatie START, voortgang na 3 maanden.",
    "Bezoekzaal op zaterdag 14.00-16.00, verliep rustig.",
    "Afdeling Hoog Beveiligd → Midden Beveiligd per komende maand.",
    "Gezinsgesprek in de Familiekamer.",
    "Forensisch FACT: 2x per week contact, huisbezoek op dinsdag.",
    "ART-training les 7: Morele Redenering.",
    "Alcoholverbod als bijzondere voorwaarde, SCRAM-meter om de enkel.",
    "Werkplaats Hout 4 uur per dag, werkt nauwkeurig.",
    "Incidentmelding na een woordenwisseling bij de Kantine.",
    "Kamercontrole: geen contrabande gevonden.",
    "Zwijgplicht en Meldrecht uitgelegd aan de nieuwe stagiair.",
    "Sfeer in de Unit gespannen na de overplaatsing.",
    "Zorgmachtiging loopt nog 4 maanden.",
    "PCL-R niet afgenomen, niet geïndiceerd.",
    "Resocialisatie: zelfstandig boodschappen doen met de Transferbegeleider.",
    "Tbs met voorwaarden, verlengingszitting in het najaar.",
]
JURIST = [
    "Zorgmachtiging Wvggz aangevraagd door de Officier van Justitie.",
    "Crisismaatregel loopt 3 dagen, daarna Machtiging tot voortzetting.",
    "Hoorzitting op de afdeling, advocaat aanwezig.",
    "Bezwaar bij de Klachtencommissie ingediend, termijn 6 weken.",
    "Onderbewindstelling en Mentorschap besproken als optie.",
    "Beschikking ontvangen, beroep in Cassatie niet zinvol.",
    "Wet Bopz vervangen door Wvggz en Wzd, sinds 2020.",
    "Informed consent ontbreekt; Toestemmingsvereiste toegelicht.",
    "Geheimhouding doorbreken? Conflict van Plichten afgewogen.",
    "Curatele aangevraagd bij de Kantonrechter.",
    "Second opinion aangevraagd bij een andere Psychiater, recht op grond van de WGBO.",
    "Gegevens inzien via de AVG: binnen 1 maand reageren.",
    "Levenstestament met Volmacht besproken, notaris via de familie.",
    "Pro Deo advocaat geregeld via het Juridisch Loket.",
    "Wet verplichte ggz: Verplichte Zorg alleen als Uiterste Middel.",
    "Hoger Beroep tegen de ontbinding, zitting volgt.",
    "Huurrecht: ontruiming opgeschort, Huurcommissie ingeschakeld.",
    "Schuldsanering WSNP toegelaten, looptijd 18 maanden.",
    "Eigen Regie en Zelfbeschikking centraal in het advies.",
    "Proces-verbaal opgemaakt, Aangifte gedaan.",
    "Voorlopige Voorziening gevraagd, spoedzitting.",
    "Cliëntenraad adviseert over het Beleid Vrijheidsbeperking.",
    "Zienswijze ingediend voor de Zorgmachtiging.",
    "PVP gesproken over Rechten tijdens de Opname.",
    "Jeugdwet: Ondertoezichtstelling verlengd met 1 jaar.",
    "Verklaring Omtrent het Gedrag aangevraagd voor werk.",
]
ER_NURSE = [
    "Triage MTS Oranje, pijnscore 7, binnen 10 min gezien.",
    "Intox: Paracetamol, onbekende hoeveelheid, spiegel 4 uur na inname.",
    "Crisisdienst gebeld om 02.15, beoordeling op de SEH.",
    "Box 6, Suïcidaal, 1-op-1 observatie.",
    "GCS E4M6V5, geen letsel. Alcohol 1,8 promille.",
    "Infuus NaCl 0,9%, 1 liter in 2 uur.",
    "Somatisch gescreend: Glucose 5,4, Saturatie 98%, RR 145/90.",
    "PAAZ vol, wachten op een bed in de regio.",
    "Politie bracht hem, Handboeien af op de SEH.",
    "Toxscreen positief op Benzodiazepines.",
    "Wondje hoofd gehecht, Tetanus up-to-date.",
    "Overdracht SBAR naar de Verpleegafdeling om 07.30.",
    "Agressie: Code Zilver omgeroepen, beveiliging aanwezig.",
    "Wachtkamer vol, 3 uur wachttijd.",
    "Lorazepam 1 mg iv, daarna rustiger.",
    "ECG: QTc 480 ms, Haldol niet geven.",
    "Ontslag naar huis met Crisiskaart en een afspraak bij de POH morgen.",
    "Zelfbeschadiging onderarm, 12 hechtingen, Steri-strips.",
    "Familiekamer gebruikt, koffie geregeld.",
    "Spoedeisende Hulp druk, Kamer 4 gereinigd na braken.",
    "NEWS-score 3, controles elk uur.",
    "CT-hersenen zonder afwijkingen.",
    "Nachtdienst: 4 psychiatrische patiënten, 1 opname.",
    "Urineweginfectie als oorzaak van het delier, Nitrofurantoïne gestart.",
    "Alarmknop in Box 2 werkt niet, gemeld bij de Technische Dienst.",
    "Traumaopvang: Eerste Hulp bij Emotionele Schok gegeven.",
]
STUDENT_PSYCHOLOGIST = [
    "Intake gedaan onder supervisie, SCID-5 deel 1.",
    "Verslag voor Supervisie: Overdracht en Tegenoverdracht.",
    "Casusconceptualisatie volgens de 5G's: Gebeurtenis, Gedachten, Gevoel, Gedrag, Gevolg.",
    "SCL-90 afgenomen, hoog op Angst en Slaapproblemen.",
    "Leerdoel stage: Motiverende Gespreksvoering in de praktijk.",
    "Intervisie op dinsdag 13.00, casus ingebracht.",
    "Diagnostiek: WAIS-IV, TIQ 94, geen opvallende discrepantie.",
    "Rollenspel met de praktijkbegeleider: Slecht-nieuwsgesprek.",
    "Literatuur: Beck over de Cognitieve Triade, hoofdstuk 3.",
    "Stageverslag week 8: meer zelfstandig gesprekken gevoerd.",
    "Functieanalyse (SRC) gemaakt voor het piekeren.",
    "Psycho-educatie Angst met de Angstcurve.",
    "Verslaglegging volgens het SOEP-format.",
    "ROM-meting OQ-45 na sessie 5.",
    "Exposurehiërarchie: Lift stap 1, Trein stap 5.",
    "Eindevaluatie: Competenties Communicatie en Reflectie voldoende.",
    "Vraag aan de GZ: wanneer verwijzen naar de SGGZ?",
    "Testverslag MMPI-2-RF concept klaar.",
    "Gedachtenschema ingevuld: Situatie, Gedachte, Gevoel, Alternatief.",
    "Observatie in de groep Sociale Vaardigheden.",
    "Nog geen BIG-registratie, werkt onder verantwoordelijkheid van de Regiebehandelaar.",
    "DSM-5-classificatie: Paniekstoornis, geen Agorafobie.",
    "Terugvalpreventieplan met de cliënt, 3 Waarschuwingssignalen.",
    "Huiswerk: Registratieformulier Piekeren, 1 week.",
    "Reflectieverslag over Grenzen: te lang doorgepraat.",
    "Supervisor geeft feedback op Empathie en Structuur.",
]
PEER_SUPPORT = [
    "Herstelgroep WRAP, bijeenkomst 4: Dagelijks Onderhoudsplan.",
    "Eigen Verhaal gedeeld, veel herkenning.",
    "Koffieochtend in de Inloop, 8 bezoekers.",
    "Cursus Herstellen Doe Je Zelf, les 2 over Hoop.",
    "Lotgenotencontact via de app, rustige week.",
    "Ervaringskennis inzetten zonder te sturen, lastig.",
    "Wandelgroep vertrekt om 10.00 bij de Hoofdingang.",
    "Thema van de maand: Eigen Regie.",
    "Presentatie voor het team over Stigma en Taal.",
    "Gesprek over Zingeving en Geloof, ze wilde vooral vertellen.",
    "Herstelcollege: Omgaan met Stemmen, 12 deelnemers.",
    "Zelfhulpboek gelezen: Kracht van Kwetsbaarheid.",
    "Buddy-koppeling voor het eerste bezoek aan het Wijkcentrum.",
    "Ik vertelde over mijn eigen Opname, hij keek op.",
    "Talenten-oefening: Creatief, Geduldig, Eerlijk.",
    "Schrijfgroep Pen & Papier op vrijdag.",
    "Kwartiermaken in de buurt, contact met de Bibliotheek.",
    "Herstelwerkboek hoofdstuk 5: Relaties.",
    "Doorverwezen naar de activiteiten van het Zelfregiecentrum.",
    "Intervisie ervaringswerkers, casus Terugval.",
    "Hoop, Empowerment en Zingeving: de drie pijlers.",
    "IPS en Herstel samen in de Werkgroep.",
    "Teamoverleg: rol van de ervaringsdeskundige in het MDO.",
    "Steunende Relaties in kaart gebracht met het Sociogram.",
    "Vrijwilligerswerk bij de Kringloop, 2 ochtenden.",
    "Training Ervaringsdeskundigheid niveau 4 afgerond.",
]

VOICES: dict[str, list[str]] = {
    "voice: dietitian": DIETITIAN,
    "voice: psychomotor therapist": PMT_THERAPIST,
    "voice: old-age psychiatry team": OLD_AGE_TEAM,
    "voice: forensic team": FORENSIC_TEAM,
    "voice: jurist": JURIST,
    "voice: emergency-room nurse": ER_NURSE,
    "voice: student psychologist": STUDENT_PSYCHOLOGIST,
    "voice: peer-support worker": PEER_SUPPORT,
}


# --- Generated clean notes in new voices: the reviewer's burden (issue #22's ninth session) ---
#
# Frames in the voices of a hospice volunteer coordinator, a speech therapist, a sleep clinic, a
# school attendance officer, a sports-club confidant and a migrant women's group, with slots
# filled from the pools below. Each pool is split by position: even items are the TUNE half,
# odd items the REPORT half, so a rule tuned on one half is measured on the other. No note names
# a person, a place or an organisation: every suspect the review step lists in one is a word a
# reviewer reads for nothing. Pools are general Dutch care vocabulary written for this probe.
BURDEN_POOLS: dict[str, list[str]] = {
    # a kind of party or service, or a job title, opening a network entry
    "kind": [
        "Thuiszorg",
        "Buurthuis",
        "Kinderopvang",
        "Wijkverpleging",
        "Mantelzorgsteunpunt",
        "Jeugdzorg",
        "Verslavingszorg",
        "Schuldhulpverlening",
        "Ergotherapeut",
        "Diëtist",
        "Fysiotherapeut",
        "Logopedist",
        "Bedrijfsarts",
        "Praktijkondersteuner",
        "Moskee",
        "Kerk",
        "Sportclub",
        "Werkgever",
        "Buren",
        "Vrienden",
        "Huisartsenpost",
        "Apotheek",
        "Politie",
        "Gemeente",
        "Woningcorporatie",
        "Vakbond",
        "Deurwaarder",
        "Verzekeringsarts",
        "Kinderarts",
        "Tandarts",
    ],
    # a role or family word
    "role": [
        "buurvrouw",
        "mentor",
        "zus",
        "oom",
        "schoonmoeder",
        "vriendin",
        "collega",
        "nicht",
        "opa",
        "trainer",
        "buurman",
        "tante",
        "broer",
        "coach",
        "oma",
        "neef",
    ],
    # a determiner or preposition that a first-name list also holds
    "det": ["elke", "per", "alle", "onder"],
    # what it governs
    "governed": [
        "week",
        "maand",
        "dagen",
        "behandeling",
        "ochtend",
        "kwartaal",
        "weekenden",
        "druk",
        "avond",
        "keer",
        "middagen",
        "toezicht",
    ],
    # the ordinary first word of a quoted phrase: a course, a saying, a poster
    "quote": [
        "Grip op je leven",
        "Samen sterk",
        "Niet alleen",
        "Wacht even",
        "Liever nu dan straks",
        "Rust in je hoofd",
        "Stap voor stap",
        "Kracht in de wijk",
        "Leven met verlies",
        "Praten helpt",
        "Morgen weer een dag",
        "Goed slapen begint overdag",
    ],
    # a rating scale with a value that changes
    "scale": ["PHQ-9", "GAD-7", "HoNOS", "MADRS", "BPRS", "YMRS", "PCL-5", "EDE-Q", "ISI", "CGI-S", "SDQ", "DASS"],
    # a count per unit of time, a sample, a unit
    "count": [
        "{n} per dag",
        "{n} per nacht",
        "(n = {n})",
        "{n} sec",
        "{n} kg",
        "{n} per week",
        "{n}x/2 wk",
        "{n} per avond",
        "{n} mg/4 wk",
        "(n={n})",
        "{n}/min",
        "{n} ml",
    ],
    # a foreign word of greeting, food or faith, glossed (not fixed by the rules: a word no list knows)
    "foreign": [
        "Salaam",
        "Namaste",
        "Jambo",
        "Ciao",
        "Merhaba",
        "Shalom",
        "Hola",
        "Sawubona",
        "Kumusta",
        "Selamat",
        "Zdravo",
        "Ni hao",
    ],
    # a capitalised Dutch compound made on the spot, opening a sentence (not fixed: no list knows it)
    "compound": [
        "Slaapdagboek",
        "Rouwkaart",
        "Spreekoefening",
        "Verzuimgesprek",
        "Wekkerplan",
        "Stemkaart",
        "Lotgenotenavond",
        "Vrijwilligersrooster",
        "Ademritme",
        "Schoolweigering",
        "Slikadvies",
        "Vertrouwenspunt",
    ],
}
BURDEN_FRAMES: list[tuple[str, str]] = [
    ("ring entry", "{kind} → {ring}"),
    ("ring entry", "{kind} ({ring})"),
    ("ring entry", "{kind} -> {ring}, belt bij zorgen"),
    ("determiner", "{role} {det} {governed} langs, helpt met de boodschappen"),
    ("determiner", "Afspraak: {role} {det} {governed} even bellen."),
    ("quoted phrase", 'Cursus "{quote}" start na de zomer, 6 avonden.'),
    ("quoted phrase", "Op de poster in de gang: '{quote}'."),
    ("quoted phrase", 'Pt. zegt steeds: "{quote}", en lacht erbij.'),
    ("measurement", "{scale} van {a} → {b} na {w} weken."),
    ("measurement", "Uitslag {scale} {a}, besproken met pt. en partner."),
    ("measurement", "Slaapt slecht: wakker {count}, overdag moe."),
    ("measurement", "Groep geëvalueerd {count}: gemiddeld 7,{d}."),
    ("foreign word", "{foreign} = groet; pt. begint zo elk gesprek."),
    ("compound", "{compound} besproken, volgende keer verder."),
]


def _burden_fill(frame: str, pools: dict[str, list[str]], rng) -> str:
    n = rng.randint(2, 40)
    values = {
        "ring": rng.choice("ABC"),
        "a": str(rng.randint(12, 40)),
        "b": str(rng.randint(3, 11)),
        "w": str(rng.randint(4, 12)),
        "d": str(rng.randint(0, 9)),
    }
    for slot, pool in pools.items():
        if "{" + slot + "}" in frame:
            values[slot] = rng.choice(pool).replace("{n}", str(n))
    return frame.format(**values)


def burden_notes(half: str, per_frame: int = 12, seed: int = 22) -> list[tuple[str, str]]:
    """(shape, note) of generated clean notes in new voices, from the ``half`` ("tune" or
    "report") of every pool; the same for the same seed, no note twice."""
    import random

    pools = {slot: pool[0 if half == "tune" else 1 :: 2] for slot, pool in BURDEN_POOLS.items()}
    rng = random.Random(f"{seed}-{half}")
    out: dict[str, str] = {}
    for shape, frame in BURDEN_FRAMES:
        for _ in range(per_frame):
            note = _burden_fill(frame, pools, rng)
            out.setdefault(note, shape)
    return [(shape, note) for note, shape in out.items()]
