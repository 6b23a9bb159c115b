"""The report as a neutral document: headings, paragraphs, tables, lists and pictures.

Markdown and HTML render this same document, so both show the same content in the same order
and every label is chosen in one place. All text in the blocks is *plain, untrusted* text: the
renderers escape it. Only :class:`Figure.svg` is markup, made (and escaped) by :mod:`.svg`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..harvest.model import Context, Harvest
from .aggregate import UNPLACED, ZONES, Aggregate, GroupRef, PartyTally, placements
from .labels import Labels, percent
from .similar import Cluster
from .svg import Bar, Dot, bars_svg, network_svg


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = the report title
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    kind: str = ""  # "warning" (not de-identified), "prompt" (a prompt's text), "note", "source"


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    numeric: frozenset[int] = frozenset()  # columns to right-align


@dataclass(frozen=True)
class Items:
    items: list[str]


@dataclass(frozen=True)
class Figure:
    slug: str  # file-name part for the picture beside the Markdown file; never board text
    caption: str
    svg: str  # trusted markup from .svg


Block = Heading | Para | Table | Items | Figure


@dataclass
class Section:
    kind: str  # "intro", "across", "group", "outside": lets HTML start groups on a new page
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> Section:
        self.blocks.extend(blocks)
        return self


@dataclass
class Document:
    title: str
    lang: str
    sections: list[Section]
    warning: str | None  # the not-de-identified banner, or None

    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]


def _zone_labels(ctx: Context) -> dict[str, str]:
    return {z.key: z.label for z in ctx.zones}


def _zone_name(ctx: Context, zone: str, labels: Labels) -> str:
    if zone == UNPLACED:
        return labels["unplaced"]
    label = _zone_labels(ctx).get(zone)
    return f"{zone} — {label}" if label else zone


def _party_colors(ctx: Context) -> dict[str, str]:
    return {p.key: p.color for p in ctx.parties}


def group_figure(ref: GroupRef, labels: Labels, slug: str) -> Figure:
    colors = _party_colors(ref.context)
    dots = [
        Dot(zone=z, name=p.name, color=colors.get(p.key or ""), dx=p.x, dy=p.y)
        for z, p in placements(ref.group)
        if z != UNPLACED
    ]
    title = f"{labels['network']} — {ref.label}"
    svg = network_svg(
        dots,
        title=title,
        patient=labels["patient"],
        zone_labels=_zone_labels(ref.context),
        unplaced=[p.name for p in ref.group.unplaced],
        unplaced_label=labels["unplaced"],
    )
    return Figure(slug, title, svg)


def across_figure(agg: Aggregate, labels: Labels) -> Figure:
    n = agg.n_groups
    dots, unplaced = [], []
    for t in agg.parties:
        where = t.most_common
        if where == UNPLACED:
            unplaced.append(f"{t.name} ({t.counts[UNPLACED]}/{n})")
        else:
            dots.append(Dot(zone=where, name=t.name, color=t.color, caption=f"{t.counts[where]}/{n}"))
    title = f"{labels['network']} — {labels['across_groups']}"
    svg = network_svg(
        dots,
        title=title,
        patient=labels["patient"],
        zone_labels=_zone_labels(agg.context),
        unplaced=unplaced,
        unplaced_label=labels["unplaced"],
    )
    return Figure("network-all", title, svg)


def _intro(agg: Aggregate, labels: Labels) -> Section:
    s = Section("intro")
    if not agg.scrubbed:
        s.add(Para(labels["not_deidentified"], "warning"))
        if len(agg.harvests) > 1:
            raw = [h.title for h in agg.harvests if not h.scrubbing.scrubbed]
            s.add(Para(f"{labels['session']}: {', '.join(raw)}", "warning"))
    else:
        counts = agg.scrub_counts
        detail = ", ".join(f"{k}: {v}" for k, v in counts.items()) if counts else "0"
        s.add(Para(f"{labels['deidentified']}: {detail}", "note"))
    s.add(
        Items(
            [f"{labels['session']}: {h.title} — {h.context.title} ({h.harvested_at})" for h in agg.harvests]
        )
    )
    return s


def _party_table(agg: Aggregate, labels: Labels) -> Table:
    header = [labels["party"], "A", "B", "C", labels["unplaced"], labels["involved"], labels["survey"]]
    rows = [
        [
            t.name,
            *(str(t.counts[p]) for p in (*ZONES, UNPLACED)),
            percent(t.involved_share),
            percent(t.survey_share) if t.survey_share is not None else "",
        ]
        for t in agg.parties
    ]
    return Table(header, rows, frozenset(range(1, 7)))


def _clusters(items: list[Cluster], labels: Labels) -> Table:
    rows = [
        [c.text + (f" ({'; '.join(c.variants)})" if c.variants else ""), str(c.count), str(c.groups)]
        for c in items
    ]
    return Table([labels["text"], labels["count"], labels["groups"]], rows, frozenset({1, 2}))


def _missing(t: PartyTally, n: int, labels: Labels) -> str:
    return f"{t.name} — C: {t.counts['C']}, {labels['unplaced']}: {t.counts[UNPLACED]} ({t.missing}/{n})"


def _action_header(labels: Labels, first: str) -> list[str]:
    return [labels[first], labels["action"], labels["effect"], labels["owner"], labels["deadline"]]


def _action_cells(a, first: str) -> list[str]:
    # A free note in step 3 has no fields: it is shown as written, in the action column.
    action = a.action if a.structured and a.action else (a.action or a.text)
    return [first, action or "", a.expected_effect or "", a.owner or "", a.deadline or ""]


def _across(agg: Aggregate, labels: Labels) -> Section:
    ctx, n = agg.context, agg.n_groups
    s = Section("across").add(Heading(2, labels["across_groups"]))
    s.add(Para(f"{labels['groups']}: {n}"))
    skipped = [g.label for g in agg.groups if not g.counted]
    if skipped:
        s.add(Para(f"{', '.join(skipped)}: {labels['empty_group']}", "note"))
    s.add(Heading(3, labels["network"]), across_figure(agg, labels), _party_table(agg, labels))

    s.add(Heading(3, f"{labels['involved']} / {labels['survey']}"))
    s.add(
        Table(
            [labels["bucket"], labels["involved"], labels["survey"]],
            [[b.label, percent(b.involved_share), percent(b.survey_share)] for b in agg.buckets],
            frozenset({1, 2}),
        )
    )
    if agg.buckets:
        bars = [Bar(b.label, b.involved_share, b.survey_share) for b in agg.buckets]
        s.add(
            Figure(
                "survey",
                f"{labels['involved']} / {labels['survey']}",
                bars_svg(
                    bars,
                    title=f"{labels['involved']} / {labels['survey']}",
                    involved_label=labels["involved"],
                    survey_label=labels["survey"],
                ),
            )
        )
    # The survey's source and caveat sit beside its figures; no sample size is known, so none is shown.
    source = " — ".join(t.strip() for t in (ctx.survey_source, ctx.survey_note) if t.strip())
    if source:
        s.add(Para(f"{labels['source']}: {source}", "source"))

    s.add(Heading(3, labels["often_missing"]))
    s.add(Items([_missing(t, n, labels) for t in agg.often_missing]) if agg.often_missing else Para("—"))
    for title, found in (
        (labels["success_factors"], agg.success_factors),
        (labels["bottlenecks"], agg.bottlenecks),
    ):
        s.add(Heading(3, title), _clusters(found, labels) if found else Para("—"))

    s.add(Heading(3, labels["micro_actions"]))
    if not agg.actions_by_party:
        s.add(Para("—"))
    for entry in agg.actions_by_party:
        s.add(Heading(4, entry.party or labels["no_party"]))
        s.add(
            Table(
                _action_header(labels, "group"),
                [_action_cells(r.action, r.group.label) for r in entry.actions],
            )
        )
    return s


def _prompt_label(ctx: Context, key: str) -> tuple[str, str]:
    """(section title, prompt text) for a prompt key; the key itself when the template lacks it."""
    p = next((p for p in ctx.prompts if p.key == key), None)
    return (p.section, p.label) if p else ("", key)


def _group(ref: GroupRef, labels: Labels, slug: str) -> Section:
    ctx, g = ref.context, ref.group
    s = Section("group").add(Heading(2, ref.label))
    if not ref.counted:
        s.add(Para(labels["empty_group"], "note"))
    s.add(Heading(3, labels["network"]), group_figure(ref, labels, slug))
    rows = [[_zone_name(ctx, z, labels), ", ".join(p.name for p in g.zones.get(z, []))] for z in ZONES]
    rows.append([labels["unplaced"], ", ".join(p.name for p in g.unplaced)])
    s.add(Table([labels["zone"], labels["party"]], rows))

    step1_keys = [p.key for p in ctx.prompts if p.step == 1]
    step1_keys += [k for k in g.step1 if k not in step1_keys]
    if any(g.step1.get(k) for k in step1_keys):
        s.add(Heading(3, ctx.step_titles.get(1, labels["step1"])))
        section = None
        for key in step1_keys:
            notes = g.step1.get(key)
            if not notes:
                continue
            sec, label = _prompt_label(ctx, key)
            if sec and sec != section:
                s.add(Heading(4, sec))
                section = sec
            s.add(Para(label, "prompt"), Items(notes))

    if g.micro_actions:
        s.add(Heading(3, labels["micro_actions"]))
        s.add(
            Table(_action_header(labels, "party"), [_action_cells(a, a.party or "") for a in g.micro_actions])
        )

    q_keys = [p.key for p in ctx.prompts if p.step == 2]
    q_keys += [k for k in g.questions if k not in q_keys]
    if any(g.questions.get(k) for k in q_keys):
        s.add(Heading(3, labels["key_questions"]))
        for key in q_keys:
            if g.questions.get(key):
                s.add(Para(_prompt_label(ctx, key)[1], "prompt"), Items(g.questions[key]))

    if g.other:
        s.add(Heading(3, labels["free_notes"]), Items(g.other))
    return s


def group_slug(harvests: list[Harvest], ref: GroupRef) -> str:
    """File-name part of a group's picture: from indices only, never from board text."""
    h = next(i for i, h in enumerate(harvests, start=1) if h is ref.harvest)
    return f"network-{h}-{ref.group.index}" if len(harvests) > 1 else f"network-{ref.group.index}"


def build_view(agg: Aggregate) -> Document:
    labels = agg.labels
    titles = ", ".join(dict.fromkeys(h.title for h in agg.harvests))
    doc_title = f"{labels['report_title']} — {titles}"
    sections = [_intro(agg, labels), _across(agg, labels)]
    sections += [_group(ref, labels, group_slug(agg.harvests, ref)) for ref in agg.groups]
    outside = [(h, t) for h in agg.harvests for t in h.outside]
    if outside:
        several = len(agg.harvests) > 1
        items = [f"{h.title}: {t}" if several else t for h, t in outside]
        sections.append(Section("outside").add(Heading(2, labels["outside_groups"]), Items(items)))
    return Document(
        title=doc_title,
        lang=agg.context.lang,
        sections=sections,
        warning=None if agg.scrubbed else labels["not_deidentified"],
    )
