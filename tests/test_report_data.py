"""Hand-built harvests for the report tests (no tests here; imported by test_report_*.py).

The three-group harvest, "Team Noord", in numbers (counted per group, innermost zone wins):

    party      G1         G2                 G3            A B C unplaced  involved
    huisarts   A          B (and C)          C             1 1 1 0         2/3
    poh_ggz    lane       lane               B             0 1 0 2         1/3
    partner    A          C                  lane          1 0 1 1         1/3
    ouders     lane       B                  (absent)      0 1 0 2         1/3
    fact       B          A                  A             2 1 0 0         3/3
    wijkteam   C          lane               B             0 1 1 1         1/3
    werkgever  lane       lane               C             0 0 1 2         0/3
    Buurvrouw  B          C ("buurvrouw!")   (absent)      0 1 1 1         1/3   (written by groups)

Buckets: naasten (partner, ouders) 2/3; huisartsen (huisarts, poh_ggz) 3/3; sociaal_domein
(wijkteam) 1/3.
"""

from __future__ import annotations

from werkbord.harvest.model import (
    BucketInfo,
    Context,
    GroupHarvest,
    Harvest,
    MicroAction,
    Note,
    PartyInfo,
    Placement,
    PromptInfo,
    Scrubbing,
    ZoneInfo,
)

LABELS = {
    "nl": {
        "group": "Groep",
        "step": "Stap",
        "unplaced": "Niet geplaatst",
        "outside_groups": "Buiten de groepen",
        "involved": "Betrokken (A of B)",
        "survey": "Enquête",
        "often_missing": "Vaak afwezig",
        "success_factors": "Succesfactoren",
        "bottlenecks": "Knelpunten",
        "micro_actions": "Micro-acties",
        "key_questions": "Kernvragen",
        "network": "Netwerk",
        "across_groups": "Over de groepen heen",
        "report_title": "Oogst",
        "not_deidentified": "LET OP: NIET GE-DEIDENTIFICEERD",
        "deidentified": "Ge-de-identificeerd",
        "free_notes": "Losse notities",
        "party": "Partij",
        "zone": "Zone",
        "groups": "Groepen",
        "count": "Aantal",
        "text": "Tekst",
        "session": "Sessie",
        "prompt": "Vraag of zone",
        "action": "Actie",
        "effect": "Verwacht effect",
        "owner": "Wie",
        "deadline": "Wanneer",
        "patient": "Patiënt",
        "no_party": "(geen partij genoemd)",
        "bucket": "Categorie",
        "source": "Bron",
        "most_common_zone": "Meest gekozen zone",
        "empty_group": "Deze groep heeft niets ingevuld en telt niet mee in de cijfers over de groepen.",
        "step1": "Stap 1",
        "variants": "Varianten",
    },
    "en": {
        "group": "Group",
        "step": "Step",
        "unplaced": "Not placed",
        "outside_groups": "Outside the groups",
        "involved": "Involved (A or B)",
        "survey": "Survey",
        "often_missing": "Often missing",
        "success_factors": "Success factors",
        "bottlenecks": "Bottlenecks",
        "micro_actions": "Micro-actions",
        "key_questions": "Key questions",
        "network": "Network",
        "across_groups": "Across groups",
        "report_title": "Harvest",
        "not_deidentified": "WARNING: NOT DE-IDENTIFIED",
        "deidentified": "De-identified",
        "free_notes": "Free notes",
        "party": "Party",
        "zone": "Zone",
        "groups": "Groups",
        "count": "Count",
        "text": "Text",
        "session": "Session",
        "prompt": "Prompt or zone",
        "action": "Action",
        "effect": "Expected effect",
        "owner": "Who",
        "deadline": "When",
        "patient": "Patient",
        "no_party": "(no party named)",
        "bucket": "Category",
        "source": "Source",
        "most_common_zone": "Most common zone",
        "empty_group": "This group wrote nothing and does not count in the figures across groups.",
        "step1": "Step 1",
        "variants": "Variants",
    },
}

PROMPTS = {
    "nl": [
        ("casus_werkte", 1, "Individueel: een casus", "Wat werkte in deze casus?"),
        ("casus_werkte_niet", 1, "Individueel: een casus", "Wat werkte niet?"),
        ("samen_succesfactoren", 1, "Samen", "Wat zijn succesfactoren in de samenwerking?"),
        ("samen_knelpunten", 1, "Samen", "Wat zijn knelpunten in de samenwerking?"),
        ("verschil", 2, "Kernvragen", "Wie maakt het verschil bij terugval?"),
        ("ontbreekt", 2, "Kernvragen", "Wie ontbreekt er nog?"),
    ],
    "en": [
        ("casus_werkte", 1, "Individually: a case", "What worked in this case?"),
        ("casus_werkte_niet", 1, "Individually: a case", "What did not work?"),
        ("samen_succesfactoren", 1, "Together", "What are success factors in working together?"),
        ("samen_knelpunten", 1, "Together", "What are bottlenecks in working together?"),
        ("verschil", 2, "Key questions", "Who makes the difference in a relapse?"),
        ("ontbreekt", 2, "Key questions", "Who is still missing?"),
    ],
}

PARTIES = [  # key, nl label, en label, sector, colour, bucket
    ("huisarts", "Huisarts", "GP", "eerstelijn", "light_green", "huisartsen"),
    ("poh_ggz", "POH-ggz", "Practice nurse (mental health)", "eerstelijn", "light_green", "huisartsen"),
    ("partner", "Partner", "Partner", "naasten", "light_pink", "naasten"),
    ("ouders", "Ouders", "Parents", "naasten", "light_pink", "naasten"),
    ("fact", "FACT-team", "FACT team", "ggz", "light_blue", None),
    ("wijkteam", "Wijkteam", "Neighbourhood team", "sociaal", "yellow", "sociaal_domein"),
    ("werkgever", "Werkgever", "Employer", "werk", "gray", None),
]
BUCKETS = [
    ("naasten", "Naasten", "Family and friends", 0.35),
    ("huisartsen", "Huisartsen", "GPs", 0.6),
    ("sociaal_domein", "Sociaal domein", "Social domain", 0.2),
]


def context(lang: str = "nl") -> Context:
    en = lang == "en"
    return Context(
        title="Samenwerken rond terugval" if not en else "Working together around relapse",
        lang=lang,
        labels=LABELS[lang],
        step_titles={
            1: "Ervaringen" if not en else "Experiences",
            2: "Netwerk" if not en else "Network",
            3: "Micro-acties" if not en else "Micro-actions",
        },
        prompts=[PromptInfo(key=k, step=s, section=sec, label=lab) for k, s, sec, lab in PROMPTS[lang]],
        zones=[
            ZoneInfo(key="A", label="Kern" if not en else "Core", definition="Direct betrokken"),
            ZoneInfo(key="B", label="Betrokken" if not en else "Involved", definition="Soms betrokken"),
            ZoneInfo(key="C", label="Op afstand" if not en else "At a distance", definition="Zelden"),
        ],
        parties=[
            PartyInfo(key=k, label=en_l if en else nl, sector=sec, sector_label=sec, color=c, bucket=b)
            for k, nl, en_l, sec, c, b in PARTIES
        ],
        buckets=[BucketInfo(key=k, label=en_l if en else nl, survey_share=s) for k, nl, en_l, s in BUCKETS],
        survey_source="Akwa GGZ-enquête 2023",
        survey_note="Aandeel behandelaren dat deze partij betrekt.",
    )


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"n{self.n}"


def _party(ctx: Context, ref: str, zone: str | None, nid: str, x: float = 0.0, y: float = 0.0) -> Placement:
    """A placement of a template party (by key) or, for an unknown key, a party written as ``ref``."""
    label = next((p.label for p in ctx.parties if p.key == ref), None)
    return Placement(name=label or ref, key=ref if label else None, zone=zone, note_id=nid, x=x, y=y)


def group(
    ctx: Context,
    index: int,
    name: str,
    ids: _Ids,
    *,
    zones=None,
    unplaced=(),
    step1=None,
    questions=None,
    actions=(),
    other=(),
) -> tuple[GroupHarvest, list[Note]]:
    """A group and the notes a classifier would have recorded for it (one per text)."""
    notes: list[Note] = []
    g = GroupHarvest(index=index, name=name)
    for zone, refs in (zones or {}).items():
        for i, ref in enumerate(refs):
            # Spread stickies around the patient so pictures get direction hints.
            p = _party(ctx, ref, zone, ids(), x=(i + 1) * 40.0, y=(-1) ** i * 30.0)
            g.zones[zone].append(p)
            notes.append(Note(id=p.note_id, text=p.name, group=index, step=2, region=f"zone.{zone}", party=p.name))
    for ref in unplaced:
        p = _party(ctx, ref, None, ids())
        g.unplaced.append(p)
        notes.append(Note(id=p.note_id, text=p.name, group=index, step=2, region="unplaced", party=p.name))
    for key, texts in (step1 or {}).items():
        g.step1[key] = list(texts)
        notes += [Note(id=ids(), text=t, group=index, step=1, region=key) for t in texts]
    for key, texts in (questions or {}).items():
        g.questions[key] = list(texts)
        notes += [Note(id=ids(), text=t, group=index, step=2, region=key) for t in texts]
    for a in actions:
        nid = ids()
        g.micro_actions.append(a.model_copy(update={"note_id": nid}))
        notes.append(Note(id=nid, text=a.text, group=index, step=3, region="s3", party=a.party))
    for t in other:
        g.other.append(t)
        notes.append(Note(id=ids(), text=t, group=index, step=None, region=None))
    return g, notes


def action(
    party: str | None,
    key: str | None,
    what: str,
    effect: str = "",
    owner: str = "",
    deadline: str = "",
    *,
    structured: bool = True,
) -> MicroAction:
    text = what if not structured else f"Partij: {party}\nActie: {what}\nEffect: {effect}"
    return MicroAction(
        party=party,
        party_key=key,
        action=what,
        expected_effect=effect or None,
        owner=owner or None,
        deadline=deadline or None,
        text=text,
        structured=structured,
        note_id="",
    )


def harvest(
    groups_and_notes,
    *,
    ctx: Context,
    session: str,
    title: str,
    scrubbed: bool = False,
    counts: dict[str, int] | None = None,
    outside=(),
) -> Harvest:
    groups = [g for g, _ in groups_and_notes]
    notes = [n for _, ns in groups_and_notes for n in ns]
    notes += [Note(id=f"out{i}", text=t) for i, t in enumerate(outside)]
    return Harvest(
        session=session,
        title=title,
        backend="excalidraw",
        template="terugval",
        template_version="1",
        harvested_at="2025-05-01T15:00:00Z",
        context=ctx,
        groups=groups,
        outside=list(outside),
        notes=notes,
        scrubbing=Scrubbing(scrubbed=scrubbed, counts=counts or {}, notes_changed=sum((counts or {}).values())),
    )


def team_noord(lang: str = "nl", *, scrubbed: bool = False, counts: dict[str, int] | None = None) -> Harvest:
    ctx = context(lang)
    ids = _Ids()
    g1 = group(
        ctx,
        1,
        "Groep 1",
        ids,
        zones={"A": ["huisarts", "partner"], "B": ["fact", "Buurvrouw"], "C": ["wijkteam"]},
        unplaced=["poh_ggz", "ouders", "werkgever"],
        step1={
            "casus_werkte": ["Signaleringsplan samen opgesteld"],
            "casus_werkte_niet": ["Naasten niet betrokken"],
            "samen_succesfactoren": ["Korte lijnen met de huisarts", "Vaste contactpersoon"],
            "samen_knelpunten": ["Geen tijd voor overleg"],
        },
        questions={"verschil": ["Samen het signaleringsplan maken"]},
        actions=[
            action("Huisarts", "huisarts", "Belt binnen een week na ontslag", "Eerder signaal", "Anna", "1 juni"),
            action(None, None, "Partner uitnodigen bij evaluatie", structured=False),
        ],
    )
    g2 = group(
        ctx,
        2,
        "Groep 2",
        ids,
        zones={"A": ["fact"], "B": ["huisarts", "ouders"], "C": ["huisarts", "partner", "buurvrouw!"]},
        unplaced=["poh_ggz", "wijkteam", "werkgever"],
        step1={
            "samen_succesfactoren": ["korte lijnen met huisarts!"],
            "samen_knelpunten": ["geen tijd voor overleg.", "Privacyregels onduidelijk"],
        },
        questions={"ontbreekt": ["De werkgever"]},
        actions=[
            action("Buurvrouw", None, "Vragen mee te kijken", "Minder eenzaam", "Bram", "volgende week"),
            action("Huisarts", "huisarts", "Deelt het signaleringsplan", "Iedereen weet het", "Cor", "mei"),
        ],
    )
    g3 = group(
        ctx,
        3,
        "Groep 3",
        ids,
        zones={"A": ["fact"], "B": ["wijkteam", "poh_ggz"], "C": ["huisarts", "werkgever"]},
        unplaced=["partner"],
        step1={
            "samen_succesfactoren": ["Korte lijnen met de huisarts"],
            "samen_knelpunten": ["Géén tijd voor overleg"],
        },
        actions=[action("Wijkteam", "wijkteam", "Schuift aan bij het MDO", "Snellere hulp", "Dirk", "juli")],
        other=["Losse gedachte"],
    )
    return harvest(
        [g1, g2, g3],
        ctx=ctx,
        session="team-noord",
        title="Team Noord",
        scrubbed=scrubbed,
        counts=counts,
        outside=["Notitie buiten de groepen"],
    )


HOSTILE = {
    "script": "<script>document.title='PWNED'</script>",
    "img": "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">",
    "md": "a | b\nc [link](http://evil.example) ![img](http://evil.example/x.png) <b>bold</b> `code` *em* _u_",
    "heading": "# Kop\n- lijst",
    "emoji": "🙂👍🏽 " * 50,
    "long": "x" * 5000,
}


def hostile(lang: str = "nl") -> Harvest:
    """One group whose every text is an attack or an oddity."""
    ctx = context(lang)
    ids = _Ids()
    g = group(
        ctx,
        1,
        "Groep <b>1</b>",
        ids,
        zones={"A": [HOSTILE["img"], "huisarts"], "B": [HOSTILE["script"]], "C": [HOSTILE["long"]]},
        unplaced=[HOSTILE["emoji"]],
        step1={
            "samen_succesfactoren": [HOSTILE["script"], HOSTILE["md"]],
            "samen_knelpunten": [HOSTILE["img"]],
            "casus_werkte": [HOSTILE["heading"], HOSTILE["emoji"], HOSTILE["long"]],
        },
        questions={"verschil": [HOSTILE["md"]]},
        actions=[
            action("Huisarts", "huisarts", '=HYPERLINK("http://evil.example","klik")', "+1", "@SUM(A1)", "-2+3"),
            action(None, None, "\tTAB begin", structured=False),
        ],
        other=[HOSTILE["img"], "\rCR"],
    )
    return harvest([g], ctx=ctx, session="vijandig", title="Vijandig <i>team</i>", outside=[HOSTILE["script"]])


POOLS = {  # what groups write, so recurring points recur as they do on a real board
    "betrokken": ["Moeder en de huisarts", "Alleen de patiënt zelf", "Partner, FACT-team", "Wijkteam en bewindvoerder"],
    "gebeurd": [
        "Opname na stoppen met medicatie",
        "Vroege signalen niet herkend",
        "Terugval na verlies van werk",
        "Naaste belde de crisisdienst",
    ],
    "risico": ["Hoog: niemand zag het aankomen", "Lager door snelle reactie naaste", "Risico bleef lang onduidelijk"],
    "werkte": [
        "Korte lijnen met de huisarts",
        "Signaleringsplan samen opgesteld",
        "Naaste vroeg betrokken",
        "Vaste contactpersoon",
    ],
    "werkte_niet": [
        "Geen toestemming om naaste te bellen",
        "Huisarts niet op de hoogte van ontslag",
        "Geen tijd voor overleg",
    ],
    "gewenst": ["Een gezamenlijk plan met de naaste", "Vast overleg met het wijkteam", "Terugkoppeling na crisis"],
    "succesfactoren": [
        "Korte lijnen met de huisarts",
        "Naasten vanaf de intake betrekken",
        "Vaste contactpersoon",
        "Signaleringsplan delen",
    ],
    "knelpunten": [
        "Geen tijd voor overleg",
        "Privacyregels onduidelijk",
        "Wisselende behandelaren",
        "Naasten niet betrokken",
    ],
}
ACTIONS = [
    "Bij de intake vragen wie de belangrijkste naaste is en toestemming vragen voor contact",
    "Het signaleringsplan met toestemming delen met de huisarts en POH-ggz",
    "Het wijkteam uitnodigen voor het eerstvolgende MDO over deze patiënt",
    "Het terugvalpreventieplan samen met de patiënt en een naaste opstellen",
    "Met de patiënt afspreken wie op het werk aanspreekpunt is bij vroege signalen",
    "De bewindvoerder vragen wat hij merkt als het minder gaat",
    "Na ontslag binnen een week de huisarts bellen",
    "De ervaringsdeskundige laten aansluiten bij het evaluatiegesprek",
]


def realistic_session(groups: int = 4, *, seed: int = 7, actions_per_group: int = 5) -> Harvest:
    """A full session on the real template: every group placed a dozen parties (groups disagree),
    wrote two notes per step 1 prompt (recurring points recur), answered the key questions and
    filled ``actions_per_group`` micro-action forms. The print check counts pages on this."""
    import random

    from werkbord.harvest.context import context_of
    from werkbord.template import load_template

    rng = random.Random(seed)
    ctx = context_of(load_template("terugval", "nl"))
    ids = _Ids()
    keys = [p.key for p in ctx.parties]
    label = {p.key: p.label for p in ctx.parties}
    questions = [p.key for p in ctx.prompts if p.step == 2]
    made = []
    for gi in range(1, groups + 1):
        chosen = rng.sample(keys, 12)
        zones = {"A": chosen[:4], "B": chosen[4:8], "C": chosen[8:]}
        notes = {k: rng.sample(pool, 2) for k, pool in POOLS.items()}
        notes["ontbrekend"] = [label[k] for k in chosen[8:10]]
        acts = [
            action(label[k], k, rng.choice(ACTIONS), "Eerder signaal bij terugval", f"Collega {i}", f"week {i + 20}")
            for i, k in enumerate(chosen[4 : 4 + actions_per_group], start=1)
        ]
        answers = {q: ["Eerder betrekken van naasten en huisarts"] for q in questions}
        made.append(
            group(
                ctx,
                gi,
                f"Groep {gi}",
                ids,
                zones=zones,
                unplaced=[k for k in keys if k not in chosen],
                step1=notes,
                questions=answers,
                actions=acts,
            )
        )
    h = harvest(made, ctx=ctx, session="team-noord", title="Team Noord", scrubbed=True, counts={"PERSOON": 3})
    return h.model_copy(update={"session_created_at": "2025-05-01T12:00:00+00:00", "session_start": "14:00"})
