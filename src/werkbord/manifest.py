"""The session manifest: what harvest, timer and resume need to know about a provisioned board.

Written atomically beside the board as ``<name>.werkbord.json``. It holds geometry and item ids,
never a secret (tokens live in the user's credential store, see :mod:`werkbord.credentials`).
"""

# No ``from __future__ import annotations`` in this module: pydantic would then read every field's
# type from its text (compiling and evaluating each) when the models are defined, on every import.
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import ManifestError, ManifestExists
from .fileio import read_json_bounded, write_json_atomic
from .geometry import Point, Rect
from .i18n import _
from .plan import BoardPlan, GroupGeometry, Kind, PlanItem, Region, Role

SCHEMA = "werkbord.manifest/1"
SUFFIX = ".werkbord.json"
MAX_MANIFEST_BYTES = 20 * 1024 * 1024


class _M(BaseModel):
    # allow_inf_nan=False: a NaN coordinate compares false with everything, so a group with one
    # would silently receive no notes; refuse the file instead. defer_build: the validators are
    # built when a manifest is first read, not on import, so a harvest of an online board builds
    # them while its first listing pages travel (see werkbord.api.harvest).
    # Empty defaults are written as values ({}, []): pydantic copies them for every model. As a
    # default_factory the builtins dict and list made pydantic read their signatures by
    # tokenizing text (~0.003 s of every command that builds these validators).
    model_config = ConfigDict(extra="ignore", allow_inf_nan=False, defer_build=True)


class RectM(_M):
    x: float
    y: float
    w: float = Field(ge=0)
    h: float = Field(ge=0)

    def rect(self) -> Rect:
        return Rect(self.x, self.y, self.w, self.h)

    @classmethod
    def of(cls, r: Rect) -> "RectM":
        return cls(x=r.x, y=r.y, w=r.w, h=r.h)


class RegionM(_M):
    key: str
    step: int = Field(ge=1)
    rect: RectM
    label: str


class PointM(_M):
    x: float
    y: float


class RadiiM(_M):
    """A group's step-2 circles: the patient disc inside rings A, B and C, strictly growing."""

    patient: float = Field(gt=0)
    A: float
    B: float
    C: float

    @model_validator(mode="after")
    def _increasing(self) -> "RadiiM":
        if not self.patient < self.A < self.B < self.C:
            raise ValueError(_("the radii must grow: patient < A < B < C"))
        return self


class GroupM(_M):
    index: int = Field(ge=1)
    name: str
    frame_key: str
    frame: RectM
    step_frames: dict[int, RectM]
    patient: PointM
    radii: RadiiM
    lane: RectM
    regions: list[RegionM]
    timer_key: str

    def geometry(self) -> GroupGeometry:
        return GroupGeometry(
            index=self.index,
            name=self.name,
            frame_key=self.frame_key,
            frame=self.frame.rect(),
            step_frames={k: v.rect() for k, v in self.step_frames.items()},
            patient=Point(self.patient.x, self.patient.y),
            radii=self.radii.model_dump(),
            lane=self.lane.rect(),
            regions=[Region(r.key, r.step, r.rect.rect(), r.label) for r in self.regions],
            timer_key=self.timer_key,
        )

    @classmethod
    def of(cls, g: GroupGeometry) -> "GroupM":
        # Validated as one document: the nested models are made by the validator, not one by
        # one from Python (a 30-group plan's ~1,000 of them: about half of the manifest's set-up).
        return cls.model_validate(
            {
                "index": g.index,
                "name": g.name,
                "frame_key": g.frame_key,
                "frame": g.frame.as_dict(),
                "step_frames": {k: v.as_dict() for k, v in g.step_frames.items()},
                "patient": {"x": g.patient.x, "y": g.patient.y},
                "radii": g.radii,
                "lane": g.lane.as_dict(),
                "regions": [
                    {"key": r.key, "step": r.step, "rect": r.rect.as_dict(), "label": r.label} for r in g.regions
                ],
                "timer_key": g.timer_key,
            }
        )


class CreatedItem(_M):
    """One item the provisioning created: its platform id and what it was for."""

    id: str
    kind: Kind
    role: Role
    group: int | None = None
    text: str = ""  # as printed, so harvest can tell an untouched form from a filled one
    meta: dict[str, str] = {}


class BoardRef(_M):
    path: str | None = None  # Excalidraw: the scene file, relative to the manifest
    sha256: str | None = None  # Excalidraw: of the scene file as provisioned
    content_sha256: str | None = None  # Excalidraw: of what that scene shows (see scene_content_digest)
    scene: str | None = None  # Excalidraw: the scene last harvested with --scene (absolute or relative)
    id: str | None = None
    url: str | None = None


class TemplateRef(_M):
    name: str
    version: str
    lang: str
    path: str | None = None  # a user's own template file (absolute); None for a built-in one


class PlacementSeedM(_M):
    """A party as a group placed it in a session this one follows up."""

    group: int = Field(ge=1)
    name: str
    key: str | None = None
    zone: Literal["A", "B", "C"]
    x: float = 0.0
    y: float = 0.0


class FollowUpM(_M):
    """What a follow-up session follows up: the harvests (by session id), their actions (each as
    the actions layer wrote it, with its id) and the network as it was placed."""

    previous: list[str] = []
    actions: list[dict[str, Any]] = []
    placements: list[PlacementSeedM] = []
    groups: int = Field(default=1, ge=1)

    def seed(self):
        from .layout_followup import FollowUpSeed, SeedAction, SeedPlacement

        return FollowUpSeed(
            previous=tuple(self.previous),
            actions=tuple(
                SeedAction(
                    id=str(a["id"]),
                    group=int(a["group"]),
                    party=a.get("party"),
                    action=a.get("action"),
                    owner=a.get("owner"),
                    when=a.get("due_text"),
                )
                for a in self.actions
            ),
            placements=tuple(SeedPlacement(p.group, p.name, p.key, p.zone, p.x, p.y) for p in self.placements),
            groups=self.groups,
        )


class Manifest(_M):
    schema_: Literal["werkbord.manifest/1"] = Field(default=SCHEMA, alias="schema")
    name: str
    backend: str
    board: BoardRef = Field(default_factory=BoardRef)
    template: TemplateRef
    title: str
    start: str | None = None
    # The day the session is held (provision --date, or a date in --start); default the day it was
    # provisioned. None in manifests written before it existed.
    session_date: date | None = None
    care_team: str | None = None  # the care team (provision --care-team; default: the title)
    follow_up: FollowUpM | None = None  # set when this session follows up earlier ones (--follow-up)
    participants: int = Field(ge=1)
    created_at: str
    complete: bool = False
    groups: list[GroupM]
    items: dict[str, CreatedItem] = {}
    model_config = ConfigDict(extra="ignore", populate_by_name=True, allow_inf_nan=False, defer_build=True)

    @model_validator(mode="after")
    def _groups_numbered_once(self) -> "Manifest":
        seen = [g.index for g in self.groups]
        if len(set(seen)) != len(seen):
            raise ValueError(_("two groups have the same index"))
        return self

    @classmethod
    def from_plan(cls, plan: BoardPlan, *, name: str, backend: str, template_path: str | None = None) -> "Manifest":
        return cls(
            name=name,
            backend=backend,
            template=TemplateRef(name=plan.template, version=plan.template_version, lang=plan.lang, path=template_path),
            title=plan.title,
            start=plan.start,
            participants=plan.participants,
            created_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
            groups=[GroupM.of(g) for g in plan.groups],
        )

    def record(self, item: PlanItem, platform_id: str) -> None:
        # The plan's own enum members and meta go in as they are: validation takes a member of
        # the field's enum as it is (looking up its text again cost ~35% of a 2,079-item
        # board's records) and copies a dict into a new one.
        self.items[item.key] = CreatedItem(
            id=platform_id,
            kind=item.kind,
            role=item.role,
            group=item.group,
            text=item.text,
            meta=item.meta,
        )

    def id_of(self, key: str) -> str | None:
        ref = self.items.get(key)
        return ref.id if ref else None

    def geometries(self) -> list[GroupGeometry]:
        return [g.geometry() for g in self.groups]

    def to_json(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def save(self, path: Path, *, compact: bool = False) -> None:
        """Write atomically; ``compact`` for the frequent checkpoints of a run (json's fast C
        encoder only serves unindented output)."""
        # The items' values are strings, whole numbers, None and dicts of strings (the
        # model's types), so only the rest is walked before orjson writes it (a 30-group
        # manifest: ~19 of ~57 million instructions).
        write_json_atomic(path, self.to_json(), indent=None if compact else 2, vouched=("items",))


def manifest_path(out_dir: Path, name: str) -> Path:
    return Path(out_dir) / f"{name}{SUFFIX}"


def check_can_write(path: Path, *, force: bool) -> None:
    if path.exists() and not force:
        raise ManifestExists(
            _("{path} already exists").format(path=path),
            hint=_("use --force to overwrite it, or another --title/--name"),
        )


def load_manifest(path: Path) -> Manifest:
    return parse_manifest(read_manifest_data(path), path)


def read_manifest_data(path: Path) -> dict[str, Any]:
    """A manifest file's JSON, not yet validated: :func:`parse_manifest` checks it."""
    data = read_json_bounded(Path(path), what="manifest", max_bytes=MAX_MANIFEST_BYTES)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ManifestError(
            _("{path} is not a werkbord manifest").format(path=path),
            hint=_("pass the {suffix} file that 'werkbord provision' wrote").format(suffix=SUFFIX),
        )
    return data


def parse_manifest(data: dict[str, Any], path: Path) -> Manifest:
    """The manifest in ``data`` (read from ``path``, named in errors), validated."""
    try:
        return Manifest.model_validate(data)
    except ValidationError as e:
        raise ManifestError(
            _("{path}: {problem}; the manifest is damaged").format(path=path, problem=_describe(e)),
            hint=_("provision the board again, or restore the manifest from a copy"),
        ) from None


def peek_language(path: Path) -> str | None:
    """The language of the session a manifest describes, or None when it cannot be read (then
    :func:`load_manifest` says why)."""
    from .errors import WerkbordError

    try:
        data = read_json_bounded(Path(path), what="manifest", max_bytes=MAX_MANIFEST_BYTES)
    except WerkbordError:
        return None
    template = data.get("template") if isinstance(data, dict) else None
    lang = template.get("lang") if isinstance(template, dict) else None
    return lang if isinstance(lang, str) else None


def _describe(e: ValidationError) -> str:
    """The first problem, in one short line: a long enum list or a huge value is cut."""
    err = e.errors(include_url=False)[0]
    where = ".".join(str(p) for p in err["loc"]) or _("top level")
    if err["type"] == "enum":
        got = repr(err.get("input"))
        got = got if len(got) <= 40 else got[:37] + "..."
        return _("field '{field}': unknown value {value}").format(field=where, value=got)
    msg = _("required, but missing") if err["type"] == "missing" else err["msg"].removeprefix("Value error, ")
    return _("field '{field}': {problem}").format(field=where, problem=msg)
