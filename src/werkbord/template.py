"""The werkvorm as data: load, localise and validate a template.

A template file holds every visible text once per language, as a mapping such as
``{nl: "Patiënt", en: "Patient"}``. Loading picks one language and validates the
result against :class:`Werkvorm`; a broken template fails with one message naming the file
and the field.

A template that validated is kept in the user's cache (:mod:`werkbord.modelcache`), keyed by its
text, the language and this module's code: the next command has it without yaml and without
building pydantic's validators (they are built when a template is first validated, not on import).
"""

# No ``from __future__ import annotations`` in this module: pydantic would then read every field's
# type from its text (compiling and evaluating each) when the models are defined, on every import.
import functools
import hashlib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import TemplateError
from .i18n import _
from .palette import PaletteName
from .textnorm import normalise

Str = Annotated[str, Field(min_length=1)]

ZoneKey = Literal["A", "B", "C"]
ZONES: tuple[ZoneKey, ...] = ("A", "B", "C")

MAX_TEMPLATE_BYTES = 1_000_000


class _Model(BaseModel):
    # defer_build: a template restored from the cache is never validated, so its validators are
    # built only when one is (~0.02 s), not whenever this module is imported.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Prompt(_Model):
    key: str = Field(pattern=r"^[a-z0-9_]+$")
    text: str = Field(min_length=1)


class Section(_Model):
    key: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str = Field(min_length=1)
    prompts: list[Prompt] = Field(min_length=1, max_length=6)


class _Step(_Model):
    key: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str = Field(min_length=1)
    minutes: int = Field(gt=0, le=240)
    intro: str = Field(min_length=1)


class PromptStep(_Step):
    """Step 1: notes go into a labelled region per prompt."""

    kind: Literal["prompts"]
    sections: list[Section] = Field(min_length=1, max_length=4)


class Zone(_Model):
    label: str = Field(min_length=1)
    definition: str = Field(min_length=1)


class NetworkStep(_Step):
    """Step 2: the patient in the centre, parties placed in rings A (inner), B, C (outer)."""

    kind: Literal["network"]
    patient_label: str = Field(min_length=1)
    instructions: list[str] = Field(min_length=1)
    zones: dict[ZoneKey, Zone]
    zone_note: str = Field(min_length=1)
    key_questions: list[Prompt] = Field(min_length=1, max_length=4)
    blank_parties: int = Field(default=4, ge=0, le=12)

    @model_validator(mode="after")
    def _all_zones(self) -> "NetworkStep":
        missing = [z for z in ZONES if z not in self.zones]
        if missing:
            raise ValueError(_("zones must define A, B and C (missing {zones})").format(zones=", ".join(missing)))
        return self


class FormLabels(_Model):
    party: Str
    action: Str
    effect: Str
    owner: Str
    deadline: str


class ActionStep(_Step):
    """Step 3: one micro-action form per participant."""

    kind: Literal["actions"]
    instructions: list[str] = Field(min_length=1)
    form: FormLabels
    examples: list[str] = Field(min_length=1, max_length=8)
    sharing_questions: list[str] = Field(min_length=1)


class Sector(_Model):
    key: str = Field(pattern=r"^[a-z0-9_]+$")
    label: Str
    color: PaletteName


class Bucket(_Model):
    """A survey bucket: a group of parties the survey asked about, with its figure."""

    key: str = Field(pattern=r"^[a-z0-9_]+$")
    label: Str
    survey_share: float = Field(ge=0, le=1)


class Party(_Model):
    key: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1)
    sector: str
    bucket: str | None = None
    aliases: list[str] = Field(default_factory=list)


Url = Annotated[str, Field(pattern=r"^https?://\S+$")]


class Survey(_Model):
    source: Str
    note: Str
    url: Url | None = None


class Link(_Model):
    title: Str
    url: Url | None = None


class Materials(_Model):
    physical: list[str] = Field(min_length=1)
    online: list[str] = Field(min_length=1)


class Labels(_Model):
    """Short texts for board chrome and report headings."""

    group: Str
    step: Str
    facilitator: Str
    agenda: Str
    goal: Str
    materials: Str
    preparation: Str
    sources: Str
    privacy_title: Str
    privacy_notice: Str
    party_lane: Str
    blank_party: Str
    examples: Str
    answers_here: Str
    timer_prompt: Str
    time_up: Str
    stopped: Str
    paused: Str
    minutes_left: Str
    unplaced: Str
    outside_groups: Str
    involved: Str
    survey: Str
    often_missing: Str
    success_factors: Str
    bottlenecks: Str
    micro_actions: Str
    key_questions: Str
    network: Str
    across_groups: Str
    report_title: Str
    not_deidentified: Str
    deidentified: Str
    free_notes: Str
    party: Str
    zone: Str
    groups: Str
    count: Str
    text: Str
    session: Str
    prompt: Str
    no_party: Str
    bucket: Str
    source: Str
    most_common_zone: Str
    empty_group: Str
    variants: Str
    privacy_short: Str  # the reminder on every step-1 prompt region
    # Excalidraw: how the work gets back from excalidraw.com ({manifest}: the manifest's path).
    # Optional, so templates written before it still load.
    excalidraw_save: Str | None = None


class PaperWording(_Model):
    """What a room with paper reads where the board speaks of an online board: the print kit
    (posters, cards, forms, facilitator sheet) and the terminal of a session on paper use these
    instead. Each is optional; a text left out keeps the board's wording."""

    materials: list[str] | None = Field(default=None, min_length=1)  # replaces materials.physical
    preparation: list[str] | None = Field(default=None, min_length=1)
    network_instructions: list[str] | None = Field(default=None, min_length=1)  # step 2's instructions
    privacy_notice: Str | None = None


Step = Annotated[PromptStep | NetworkStep | ActionStep, Field(discriminator="kind")]


class FollowUpStatuses(_Model):
    """The areas the previous actions are sorted onto (keys are the action statuses)."""

    gedaan: Str
    bezig: Str
    niet_gelukt: Str


class FollowUpStep(_Model):
    title: Str
    minutes: int = Field(gt=0, le=240)
    intro: Str


class FollowUpPaper(_Model):
    """The follow-up's texts for a room with the print kit (cards laid, not stickies dragged)."""

    review_intro: Str
    action_cards: Str
    network_intro: Str
    network_instructions: list[Str] = Field(min_length=1)
    kit_contents: Str
    afterwards: Str  # the facilitator sheet's "afterwards" ({sheet}, {manifest})


class FollowUpTexts(_Model):
    """A follow-up session ("terugkomsessie"): the same network some weeks later, with the
    actions of last time to sort (``werkbord provision --follow-up``)."""

    title: Str
    time_indication: Str
    goal: Str
    review: FollowUpStep  # step 1: sort the previous actions
    action_lane: Str  # the lane holding the previous actions
    no_actions: Str  # in the lane when a group had no actions last time
    statuses: FollowUpStatuses
    helped: Str  # "Wat hielp?"
    hindered: Str  # "Wat hield tegen?"
    network: FollowUpStep  # step 2: the network as it was, to move to where it stands now
    network_instructions: list[Str] = Field(min_length=1)
    previous: Str  # the marker on a party placed last time: "vorige keer"
    actions: FollowUpStep  # step 3: next actions
    paper: FollowUpPaper
    previous_actions: Str  # report heading
    status: Str  # column heading: the action's status
    ring_now: Str  # column heading: the ring where a party stands now
    action_code: Str  # column heading: the action's code on its card
    moves: dict[Literal["closer", "further", "unchanged", "new"], Str]
    moves_title: Str
    not_sorted: Str  # an action nobody sorted
    aimed_actions: Str  # report column: the actions aimed at a party


class Werkvorm(_Model):
    """A validated werkvorm in one language."""

    name: str = Field(pattern=r"^[a-z0-9_-]+$")
    version: str
    lang: str
    languages: list[str]
    title: str
    theme: str
    goal: str
    time_indication: str
    materials: Materials
    preparation: list[str] = Field(min_length=1)
    steps: list[Step] = Field(min_length=3, max_length=3)
    sectors: list[Sector] = Field(min_length=1)
    buckets: list[Bucket]
    survey: Survey
    parties: list[Party] = Field(min_length=1, max_length=30)
    sources: list[Link]
    labels: Labels
    paper: PaperWording = Field(default_factory=PaperWording)  # wording for a room with paper
    follow_up: FollowUpTexts | None = None  # optional: templates without it have no follow-up

    @model_validator(mode="after")
    def _consistent(self) -> "Werkvorm":
        kinds = [s.kind for s in self.steps]
        if kinds != ["prompts", "network", "actions"]:
            raise ValueError(_("steps must be, in order, one of kind 'prompts', 'network' and 'actions'"))
        # Step-1 prompts and key questions share one namespace: reports file answers by key.
        keys = [p.key for sec in self.step1.sections for p in sec.prompts] + [q.key for q in self.step2.key_questions]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(
                _("prompt and key question keys must be unique; {keys} appears twice").format(keys=", ".join(dupes))
            )
        sectors = {s.key for s in self.sectors}
        buckets = {b.key for b in self.buckets}
        seen: set[str] = set()
        owner: dict[str, str] = {}
        for p in self.parties:
            # Harvest matches aliases after normalising; two parties sharing one would be ambiguous.
            for alias in {p.label, p.key.replace("_", " "), *p.aliases}:
                n = normalise(alias)
                if n and owner.setdefault(n, p.key) != p.key:
                    raise ValueError(
                        _("alias {alias} of party {party} also names party {other}").format(
                            alias=repr(alias), party=repr(p.key), other=repr(owner[n])
                        )
                    )
            if p.key in seen:
                raise ValueError(_("party key {party} appears twice").format(party=repr(p.key)))
            seen.add(p.key)
            if p.sector not in sectors:
                raise ValueError(
                    _("party {party} names unknown sector {sector}").format(party=repr(p.key), sector=repr(p.sector))
                )
            if p.bucket is not None and p.bucket not in buckets:
                raise ValueError(
                    _("party {party} names unknown bucket {bucket}").format(party=repr(p.key), bucket=repr(p.bucket))
                )
        return self

    # Typed accessors: the validator above guarantees the order.
    @property
    def step1(self) -> PromptStep:
        return self.steps[0]  # type: ignore[return-value]

    @property
    def step2(self) -> NetworkStep:
        return self.steps[1]  # type: ignore[return-value]

    @property
    def step3(self) -> ActionStep:
        return self.steps[2]  # type: ignore[return-value]

    def on_paper(self) -> "Werkvorm":
        """This werkvorm worded for a room with paper (see :class:`PaperWording`)."""
        p = self.paper
        step2 = self.step2
        if p.network_instructions:
            step2 = step2.model_copy(update={"instructions": p.network_instructions})
        labels = self.labels
        if p.privacy_notice:
            labels = labels.model_copy(update={"privacy_notice": p.privacy_notice})
        materials = self.materials.model_copy(update={"physical": p.materials}) if p.materials else self.materials
        return self.model_copy(
            update={
                "materials": materials,
                "preparation": p.preparation or self.preparation,
                "steps": [self.step1, step2, self.step3],
                "labels": labels,
            }
        )

    def party(self, key: str) -> Party:
        return next(p for p in self.parties if p.key == key)

    def sector(self, key: str) -> Sector:
        return next(s for s in self.sectors if s.key == key)

    def bucket(self, key: str) -> Bucket:
        return next(b for b in self.buckets if b.key == key)


# --- finding templates ---------------------------------------------------------------


def _builtin_dirs() -> list[Path]:
    """Where shipped templates live: inside the wheel, or the repo's templates/ when editable."""
    dirs = []
    # The package's own folder, as importlib.resources would find it for an installed package
    # (without importing it and the zip reader it brings: ~0.003 s of every command).
    packaged = Path(__file__).parent / "templates"
    if packaged.is_dir():
        dirs.append(packaged)
    repo = Path(__file__).resolve().parents[2] / "templates"
    if repo.is_dir():
        dirs.append(repo)
    return dirs


def builtin_templates() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for d in _builtin_dirs():
        for f in sorted(d.glob("*.yaml")):
            found.setdefault(f.stem, f)
    return found


def resolve_template(name_or_path: str | Path) -> Path:
    """A built-in template name ('terugval') or a path to a YAML file."""
    s = str(name_or_path)
    builtin = builtin_templates()
    if s in builtin:
        return builtin[s]
    p = Path(s).expanduser()
    if p.suffix in {".yaml", ".yml"} or p.exists():
        if not p.is_file():
            raise TemplateError(_("template file {path} does not exist").format(path=p), hint=_("check the path"))
        return p
    names = ", ".join(sorted(builtin)) or _("none")
    raise TemplateError(
        _("unknown template {name}").format(name=repr(s)),
        hint=_("built-in templates: {names}; or pass a path to a .yaml file").format(names=names),
    )


# --- localising ----------------------------------------------------------------------


def _localise(node: Any, lang: str, languages: set[str], path: str) -> Any:
    if isinstance(node, dict):
        keys = set(node)
        if keys and keys <= languages and all(isinstance(v, str) for v in node.values()):
            if lang not in node:
                raise ValueError(
                    _("field '{field}': no {lang} text").format(field=path or _("top level"), lang=repr(lang))
                )
            return node[lang]
        return {k: _localise(v, lang, languages, f"{path}.{k}" if path else str(k)) for k, v in node.items()}
    if isinstance(node, list):
        return [_localise(v, lang, languages, f"{path}[{i}]") for i, v in enumerate(node)]
    return node


def _field_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("prompts", "network", "actions") and out.endswith("]"):
            continue  # pydantic's discriminator tag in the location, not a field
        else:
            out += f".{part}" if out else str(part)
    return out


def parse_template(data: Any, lang: str, *, source: str = "<template>") -> Werkvorm:
    """Validate raw template data (as read from YAML) in one language ('NL' counts as 'nl')."""
    lang = lang.strip().lower()
    if not isinstance(data, dict):
        raise TemplateError(_("{source}: not a werkvorm template (expected a YAML mapping)").format(source=source))
    languages = data.get("languages")
    if not isinstance(languages, list) or not languages or not all(isinstance(x, str) for x in languages):
        raise TemplateError(
            _("{source}: field 'languages' must list the template's languages, e.g. [nl, en]").format(source=source)
        )
    if lang not in languages:
        raise TemplateError(
            _("{source}: no {lang} version of this template").format(source=source, lang=repr(lang)),
            hint=_("available: {languages}").format(languages=", ".join(languages)),
        )
    try:
        localised = _localise(data, lang, set(languages), "")
    except ValueError as e:
        raise TemplateError(f"{source}: {e}") from None
    localised["lang"] = lang
    try:
        return Werkvorm.model_validate(localised)
    except ValidationError as e:
        err = e.errors()[0]
        where = _field_path(tuple(err["loc"]))
        msg = _("required, but missing") if err["type"] == "missing" else err["msg"].removeprefix("Value error, ")
        more = _(" (and {count} more)").format(count=e.error_count() - 1) if e.error_count() > 1 else ""
        raise TemplateError(
            _("{source}: field '{field}': {problem}").format(source=source, field=where or _("top level"), problem=msg)
            + more
        ) from None


def load_template(name_or_path: str | Path = "terugval", lang: str = "nl") -> Werkvorm:
    path = resolve_template(name_or_path)
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(
                _("{path}: larger than {size} kB; not a template").format(path=path, size=MAX_TEMPLATE_BYTES // 1000)
            )
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError(_("{path}: not a UTF-8 text file").format(path=path)) from None
    except OSError as e:
        raise TemplateError(_("{path}: cannot be read ({reason})").format(path=path, reason=e.strerror)) from None
    from . import modelcache

    key = _cache_key(raw, lang)
    folder = modelcache.cache_dir("templates")
    cached = modelcache.read(folder, key, _models()) if key else None
    if isinstance(cached, Werkvorm):
        return cached
    # A built-in template is named by its name: its path lies deep in the user's Python install.
    builtin = str(name_or_path) in builtin_templates()
    wv = parse_template(
        _yaml_data(raw, path), lang, source=_("template {name}").format(name=name_or_path) if builtin else str(path)
    )
    if key:
        modelcache.write(folder, key, wv, _models())
    return wv


def _yaml_data(raw: str, path: Path) -> Any:
    import yaml  # only for a template not validated before (see load_template)

    # libyaml's safe loader where PyYAML was built with it (ten times faster), else the pure one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = _(" at line {line}").format(line=mark.line + 1) if mark else ""
        raise TemplateError(_("{path}: not valid YAML").format(path=path) + where) from None


# The modules whose code decides what a template validates to: a change to any of them is a new
# cache key, so a cached template is never one an older werkbord validated.
_CODE = ("template.py", "palette.py", "textnorm.py")


@functools.cache
def _code_digest() -> str | None:
    import pydantic

    h = hashlib.sha256(f"werkbord-template|pydantic {pydantic.VERSION}".encode())
    try:
        for name in _CODE:
            h.update(b"\x00" + (Path(__file__).parent / name).read_bytes())
    except OSError:  # the code cannot be read (a frozen or zipped install): no cache
        return None
    return h.hexdigest()


def _cache_key(raw: str, lang: str) -> str | None:
    code = _code_digest()
    if code is None:
        return None
    return hashlib.sha256(f"{code}\x00{lang}\x00{raw}".encode()).hexdigest()[:32]


@functools.cache
def _models() -> dict[str, type[BaseModel]]:
    """Every model of a werkvorm, by class name (what the cache names them by)."""
    found: dict[str, type[BaseModel]] = {}
    todo: list[type[BaseModel]] = [_Model]
    while todo:
        cls = todo.pop()
        if cls.__module__ == __name__:
            found[cls.__name__] = cls
        todo += cls.__subclasses__()
    return found
