"""The harvest: what every group produced, as plain data that round-trips through JSON.

A harvest is self-contained: it carries the template texts a report needs (labels, prompts,
parties, survey figures), so ``werkbord report H1.json H2.json`` works without the template.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .action import Action, Status  # a follow-up's review holds the actions it reviews

HARVEST_SCHEMA = "werkbord.harvest/2"
# Older harvest files this code still reads: /1 lacks the session identity fields (all optional).
HARVEST_SCHEMAS = ("werkbord.harvest/1", HARVEST_SCHEMA)

ZoneName = Literal["A", "B", "C"]


class _H(BaseModel):
    model_config = ConfigDict(extra="ignore")


class PartyInfo(_H):
    key: str
    label: str
    sector: str
    sector_label: str
    color: str  # palette name
    bucket: str | None = None


class BucketInfo(_H):
    key: str
    label: str
    survey_share: float


class PromptInfo(_H):
    key: str  # the prompt's own key, e.g. "betrokken" (step 1) or "verschil" (step 2 key
    # question); GroupHarvest.step1 / .questions and Note.region use exactly this key
    step: int
    section: str  # the section's title ("Individueel: een casus"), or the step title
    label: str  # the prompt's own text


class ZoneInfo(_H):
    key: ZoneName
    label: str
    definition: str


class Context(_H):
    """Template texts the report needs, in the harvest's language."""

    title: str  # the werkvorm's title
    lang: str
    labels: dict[str, str]
    step_titles: dict[int, str]
    prompts: list[PromptInfo]  # step 1 prompts and step 2 key questions, in board order
    zones: list[ZoneInfo]
    parties: list[PartyInfo]
    buckets: list[BucketInfo]
    survey_source: str
    survey_note: str


class Placement(_H):
    """A party as placed on a group's network picture."""

    name: str  # the template party's label, or the text as written for an unknown party
    key: str | None = None  # template party key when matched
    zone: ZoneName | None = None  # None: not placed
    # Not placed, but dragged out of the lane and laid outside ring C (False: left in the lane).
    outside_rings: bool = False
    note_id: str
    x: float = 0.0  # offset from the patient centre, for pictures
    y: float = 0.0


class MicroAction(_H):
    party: str | None = None  # the party label (template label when matched)
    party_key: str | None = None
    action: str | None = None
    expected_effect: str | None = None
    owner: str | None = None
    deadline: str | None = None
    text: str  # the note as written
    structured: bool = True  # False: a free note in step 3, kept as written
    note_id: str


class Note(_H):
    """Any participant note, with where it was found (for the CSV and for scrubbing counts)."""

    id: str
    text: str
    group: int | None = None
    step: int | None = None
    # Where it was found: a prompt key (step 1 prompt or step 2 key question, see
    # PromptInfo.key), "zone.A" .. "zone.C", "unplaced" (in the lane), "outside_rings" (out of the
    # lane but outside ring C), "s3" (micro-actions), or None.
    region: str | None = None
    party: str | None = None  # the matched or written party (zone notes and micro-actions)


class GroupHarvest(_H):
    index: int
    name: str
    zones: dict[ZoneName, list[Placement]] = Field(default_factory=lambda: {"A": [], "B": [], "C": []})
    unplaced: list[Placement] = []
    step1: dict[str, list[str]] = {}  # prompt key -> note texts
    questions: dict[str, list[str]] = {}  # key question -> answers
    micro_actions: list[MicroAction] = []
    other: list[str] = []  # inside the group, in no region


class Scrubbing(_H):
    scrubbed: bool
    counts: dict[str, int] = {}  # category -> items de-identified
    notes_changed: int = 0
    # Micro-action form field ("deadline", "owner", "action", ...) -> identifiers its policy left
    # in place (planned dates, names on the team's list) / replaced there (see werkbord.privacy.fields).
    kept: dict[str, int] = {}
    replaced: dict[str, int] = {}
    privacy_list: str | None = None  # file name of the team's privacy list used, if there was one


class ReviewItem(_H):
    """A suspect: a token left in place that may still identify someone, for a person to check."""

    note: str  # the note's id
    text: str  # the suspect as it stands in the (pseudonymised) note
    why: str  # a short reason, in the session's language
    start: int | None = None  # where it stands in the note's text


Move = Literal["closer", "further", "unchanged", "new"]


class ActionReview(_H):
    """A previous action as the follow-up session sorted it: matched by id, never by text."""

    action_id: str
    group: int
    status: Status | None = None  # None: left in the lane, not sorted


class PartyMove(_H):
    """Where a party stands now against last time, in one group (or across groups: group None)."""

    group: int | None = None  # None: across groups
    party: str
    party_key: str | None = None
    before: ZoneName | None = None
    now: ZoneName | None = None
    move: Move
    actions: list[str] = []  # ids of previous actions aimed at this party


class FollowUp(_H):
    """What a follow-up session ("terugkomsessie") harvested about the sessions it follows up."""

    previous: list[str] = []  # session_ids of the harvests followed up
    previous_actions: list[Action] = []
    reviews: list[ActionReview] = []
    helped: dict[int, list[str]] = {}  # group -> "Wat hielp?" notes
    hindered: dict[int, list[str]] = {}  # group -> "Wat hield tegen?" notes
    moves: list[PartyMove] = []


class Harvest(_H):
    schema_: Literal["werkbord.harvest/1", "werkbord.harvest/2"] = Field(default=HARVEST_SCHEMA, alias="schema")
    session: str  # manifest name, e.g. "team-noord"
    # Which board and which provisioning run this came from (schema /2; None in /1 files). Two
    # harvests with the same ``board`` are two looks at the same groups: a report keeps the later.
    board: str | None = None  # "excalidraw:team-noord.excalidraw", "miro:<board id>", "mural:<id>"
    session_id: str | None = None  # manifest name + its created_at: one provisioning run
    session_created_at: str | None = None  # the manifest's created_at (UTC, ISO 8601)
    session_start: str | None = None  # the start time the facilitator gave ("14:00"), if any
    session_date: date | None = None  # the day of the session (provision --date); None in older files
    care_team: str | None = None  # the team it was held with (provision --care-team; default the title)
    title: str  # the session title the facilitator gave
    backend: str
    template: str
    template_version: str
    harvested_at: str
    context: Context
    groups: list[GroupHarvest]
    outside: list[str] = []  # notes outside every group frame
    notes: list[Note] = []
    scrubbing: Scrubbing = Field(default_factory=lambda: Scrubbing(scrubbed=False))
    follow_up: FollowUp | None = None  # set when the session was a follow-up (provision --follow-up)
    review: list[ReviewItem] = []  # suspects to check before sharing
    model_config = ConfigDict(extra="ignore", populate_by_name=True)
