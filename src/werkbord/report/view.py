"""The report as a neutral document: headings, paragraphs, tables, lists and pictures.

Markdown and HTML render this same document, so both show the same content in the same order
and every label is chosen in one place. All text in the blocks is *plain, untrusted* text: the
renderers escape it. Only :class:`Figure.svg` is markup, made (and escaped) by :mod:`.svg`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..harvest.model import Context, Harvest
from .aggregate import UNPLACED, ZONES, Aggregate, GroupRef, MissingParty, PartyTally, placements
from .labels import Labels, percent
from .review import ReviewSection, fields_line, review_section
from .similar import Cluster
from .svg import Bar, Dot, Spread, Stack, bars_svg, network_svg, spread_svg, stacked_bars_svg


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
    kind: str = ""  # "zones", "notes", "actions", "parties": lets HTML lay it out for print


@dataclass(frozen=True)
class Items:
    items: list[str]
    kind: str = ""  # "findings": printed in two columns


@dataclass(frozen=True)
class Figure:
    slug: str  # file-name part for the picture beside the Markdown file; never board text
    caption: str
    svg: str  # trusted markup from .svg
    size: str = "full"  # "half": beside its neighbour on screen
    note: str = ""  # how to read it (after the caption; left out on paper where space is short)


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
    review: ReviewSection | None = None  # what to check before sharing (pseudonymised reports only)

    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]


def _zone_labels(ctx: Context) -> dict[str, str]:
    return {z.key: z.label for z in ctx.zones}


def _zone_name(ctx: Context, zone: str, labels: Labels) -> str:
    """'A · goed en vaak betrokken' — the letter once, even when the label starts with it."""
    if zone == UNPLACED:
        return labels["not_discussed_long"]
    label = _zone_labels(ctx).get(zone, "")
    if not label:
        return zone
    return label if label.split()[0].strip("·:-—") == zone else f"{zone} — {label}"


def _party_colors(ctx: Context) -> dict[str, str]:
    return {p.key: p.color for p in ctx.parties}


def local_time(stamp: str | None) -> datetime | None:
    """An ISO 8601 time (UTC in the files) in this computer's time zone; None when unreadable."""
    if not stamp:
        return None
    try:
        t = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return t.astimezone()


def _date(t: datetime, lang: str) -> str:
    return t.strftime("%d-%m-%Y") if lang == "nl" else t.strftime("%Y-%m-%d")


def session_line(h: Harvest, labels: Labels) -> str:
    """'Sessie: Team Noord — Samenwerken rond terugval, 25-11-2026, start 14:00 · Geoogst op 25-11-2026 17:03'."""
    lang = h.context.lang
    parts = [f"{labels['session_date']}: {h.title} — {h.context.title}"]
    made = local_time(h.session_created_at)
    when = []
    if h.session_date is not None:  # the day it was held, not the day the board was made
        when.append(_date(datetime.combine(h.session_date, datetime.min.time()), lang))
    elif made is not None:
        when.append(_date(made, lang))
    if h.session_start:
        when.append(f"{labels['session_start']} {h.session_start}")
    if when:
        parts[0] += ", " + ", ".join(when)
    got = local_time(h.harvested_at)
    if got is not None:
        parts.append(f"{labels['harvested_at']} {_date(got, lang)} {got:%H:%M}")
    return " · ".join(parts)


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
        unplaced=[p.name for p in ref.group.unplaced if not p.outside_rings],
        unplaced_label=labels["not_discussed_long"],
        outside=[p.name for p in ref.group.unplaced if p.outside_rings],
        outside_label=labels["outside_rings"],
    )
    return Figure(slug, title, svg)


def across_figure(agg: Aggregate, labels: Labels) -> Figure:
    """A spoke per party with a numbered dot in every ring groups put it in: spread shows."""
    n = agg.n_groups
    shown = [t for t in agg.parties if t.key is not None or any(t.counts[z] for z in ZONES)]
    shown = sorted(shown, key=_involvement_order)  # stable: ties keep template order
    spreads = [
        Spread(t.name, (t.counts["A"], t.counts["B"], t.counts["C"], t.outside, t.lane), t.color) for t in shown
    ]
    title = f"{labels['network']} — {labels['across_groups']}"
    svg = spread_svg(
        spreads,
        title=title,
        patient=labels["patient"],
        n=n,
        of=labels["of"],
        zone_labels=_zone_labels(agg.context),
        lane_label=labels["not_discussed_long"],
        outside_label=labels["outside_rings"],
    )
    return Figure("network-all", title, svg, note=labels["network_across_explain"])


def _involvement_order(t: PartyTally) -> tuple[int, int, int, int]:
    return (-(t.counts["A"] + t.counts["B"]), -t.counts["A"], -t.counts["C"], 0)


def _involved(t: PartyTally, n: int, labels: Labels, percent_too: bool = True) -> str:
    """'67% (2 van 3)' or '2 van 3'; 'niet besproken' when no group placed the party or laid it out:
    a 0% would read as a judgement the groups never made."""
    if n and not t.discussed:
        return labels["not_discussed_any"]
    return labels.share(t.involved, n) if percent_too else labels.of(t.involved, n)


def _disagreements(agg: Aggregate, labels: Labels) -> list[str]:
    """'Huisarts: 2 groepen A, 1 groep C' for every party the groups put in different rings (the
    groups that did not discuss it are in the table above)."""
    lines = []
    for t in agg.parties:
        rings = [(z, t.counts[z]) for z in ZONES if t.counts[z]]
        if len(rings) < 2:
            continue
        parts = [f"{k} {labels.groups_word(k)} {z}" for z, k in rings]
        if t.outside:
            parts.append(f"{t.outside} {labels.groups_word(t.outside)} {labels['outside_rings'].lower()}")
        lines.append(f"{t.name}: {', '.join(parts)}")
    return lines


def party_bars_figure(agg: Aggregate, labels: Labels) -> Figure:
    n = agg.n_groups
    shown = [t for t in agg.parties if t.key is not None or any(t.counts[z] for z in ZONES)]
    shown = sorted(shown, key=_involvement_order)  # stable: ties keep template order
    rows = [
        Stack(t.name, (t.counts["A"], t.counts["B"], t.counts["C"], t.outside, t.lane), _involved(t, n, labels, False))
        for t in shown
    ]
    legend = [_zone_name(agg.context, z, labels) for z in ZONES] + [labels["outside_rings"], labels["not_discussed"]]
    title = labels["party_bars_title"]
    svg = stacked_bars_svg(rows, title=title, legend=legend, n=n, caption_head=labels["involved_ab"])
    caption = f"{title} ({labels.of_groups(n, agg.n_total)})"
    return Figure("parties", caption, svg, note=labels["party_bars_explain"])


def survey_figure(agg: Aggregate, labels: Labels) -> Figure:
    n = agg.n_groups
    bars = [
        Bar(
            b.label,
            b.involved_share,
            b.survey_share,
            involved_text=f"{labels.share(b.involved, n)}",
            survey_text=f"{percent(b.survey_share)} ({labels['survey_n_unknown']})",
        )
        for b in agg.buckets
    ]
    title = labels["survey_compare"]
    svg = bars_svg(bars, title=title, involved_label=labels["ours_measure"], survey_label=labels["survey_measure"])
    return Figure("survey", title, svg, note=labels["survey_compare_explain"])


def _meta(agg: Aggregate, labels: Labels) -> list[Block]:
    blocks: list[Block] = [Items([session_line(h, labels) for h in agg.harvests])]
    for c in agg.combined:
        when = local_time(c.latest)
        shown = f"{when:%H:%M}" if when else c.latest
        blocks.append(Para(labels["combined_note"].format(title=c.title, count=c.count, when=shown), "note"))
    if agg.n_groups:
        blocks.append(
            Para(
                labels["groups_worked_line"].format(
                    n=agg.n_groups, total=agg.n_total, groups=labels.groups_word(agg.n_total)
                )
            )
        )
    else:
        blocks.append(Para(labels["no_group_worked"], "warning"))
    if agg.empty:
        blocks.append(Para(labels.about("empty", [g.label for g in agg.empty]), "note"))
    if agg.no_step2:
        blocks.append(Para(labels.about("no_step2", [g.label for g in agg.no_step2]), "note"))
    if agg.scrubbed:
        counts = agg.scrub_counts
        detail = (
            f"{labels['items_replaced']}: {labels.counted(counts)}"
            if counts
            else labels["nothing_replaced"]
        )
        blocks.append(
            Para(
                f"{labels['pseudonymised']} ({detail}). {labels['pseudonymised_explain']} "
                f"{fields_line(agg.harvests, labels)}",
                "note",
            )
        )
    else:
        raw = [h.title for h in agg.harvests if not h.scrubbing.scrubbed]
        which = f" ({labels['session']}: {', '.join(raw)})" if len(agg.harvests) > 1 else ""
        blocks.append(Para(f"{labels['not_pseudonymised']}{which}. {labels['not_pseudonymised_explain']}", "warning"))
    return blocks


def _missing_line(m: MissingParty, n: int, labels: Labels, *, short: bool = False) -> str:
    """'Partner: in C bij 2 van 3 groepen (Groep 1 en Groep 2); genoemd als ontbrekend door Groep 3'.

    ``short`` (the first page) leaves out which groups: counts only.
    """
    parts = []
    if m.in_c:
        which = "" if short else f" ({labels.join(m.in_c)})"
        parts.append(f"{labels['in_c']} {labels.of_groups(len(m.in_c), n)}{which}")
    if m.named_by:
        k = len(m.named_by)
        who = f"{k} {labels.groups_word(k)}" if short else labels.join(m.named_by)
        parts.append(f"{labels['named_missing']} {who}")
    return f"{m.name}: {'; '.join(parts)}"


def _clusters(items: list[Cluster], labels: Labels) -> Items:
    """'Korte lijnen met de huisarts — 3 notities, 3 groepen (ook: korte lijnen met huisarts!)'."""
    lines = []
    for c in items:
        line = f"{c.text} — {c.count} {labels['notes_word_one'] if c.count == 1 else labels['notes_word_many']}, "
        line += f"{c.groups} {labels.groups_word(c.groups)}"
        if c.variants:
            line += f" ({labels['also']}: {'; '.join(c.variants)})"
        lines.append(line)
    return Items(lines, kind="findings")


def _cluster_line(c: Cluster, labels: Labels) -> str:
    return f"{c.text} ({c.groups} {labels.groups_word(c.groups)})"


def _action_cells(a, first: str) -> list[str]:
    # A free note in step 3 has no fields: it is shown as written, in the action column.
    action = a.action if a.structured and a.action else (a.action or a.text)
    return [first, action or "", a.expected_effect or "", a.owner or "", a.deadline or ""]


def _all_actions(agg: Aggregate, labels: Labels) -> Table | Para:
    rows = []
    for entry in agg.actions_by_party:
        for r in entry.actions:
            rows.append([entry.party or labels["no_party"], *_action_cells(r.action, r.group.label)])
    if not rows:
        return Para("—")
    header = [labels["party"], labels["group"], labels["action"], labels["owner"], labels["deadline"]]
    # The first page lists every action with who and when; the effect is in each group's page.
    return Table(header, [[r[0], r[1], r[2], r[4], r[5]] for r in rows], kind="actions")


def _front(agg: Aggregate, labels: Labels) -> Section:
    """The first page: who, when, the top findings, where the groups differed, every micro-action."""
    n = agg.n_groups
    s = Section("intro").add(*_meta(agg, labels))
    s.add(Heading(2, labels["top_findings"]))
    findings = []
    where = labels["details_across"]

    def more(title: str, shown: int, total: int) -> None:  # never a silent cut: say how many more
        if total > shown:
            findings.append(labels["more_findings"].format(title=title, n=total - shown, where=where))

    for m in agg.often_missing[:3]:
        findings.append(f"{labels['often_missing']} — {_missing_line(m, n, labels, short=True)}")
    more(labels["often_missing"], 3, len(agg.often_missing))
    for title, found in ((labels["success_factors"], agg.success_factors), (labels["bottlenecks"], agg.bottlenecks)):
        for c in found[:2]:
            findings.append(f"{title} — {_cluster_line(c, labels)}")
        more(title, 2, len(found))
    s.add(Items(findings, kind="findings") if findings else Para("—"))
    differ = _disagreements(agg, labels)
    if differ:  # what the pictures show by dots in several rings, in words
        s.add(Heading(2, labels["disagreements"]), Para(labels["disagreements_explain"], "note"))
        s.add(Items(differ, kind="findings"))
    s.add(Heading(2, labels["all_actions"]), _all_actions(agg, labels))
    return s


def _party_table(agg: Aggregate, labels: Labels) -> Table:
    """A, B, C and not discussed per party; a column "laid outside the rings" only when a group did."""
    n = agg.n_groups
    laid_out = any(t.outside for t in agg.parties)
    header = [labels["party"], labels["bucket"], "A", "B", "C"]
    header += [labels["outside_rings"]] if laid_out else []
    header += [labels["not_discussed"], labels["involved_ab"]]
    rows = [
        [
            t.name,
            t.bucket_label or "",
            *(str(t.counts[z]) for z in ZONES),
            *([str(t.outside)] if laid_out else []),
            str(t.lane),
            _involved(t, n, labels),
        ]
        for t in agg.parties
    ]
    return Table(header, rows, frozenset(range(2, len(header))), kind="parties")


def _across(agg: Aggregate, labels: Labels) -> Section:
    ctx, n = agg.context, agg.n_groups
    s = Section("across").add(Heading(2, labels["details_across"]))
    s.add(Heading(3, labels["parties_per_group"]))
    if n:  # the denominator again, beside the figures it divides
        s.add(Para(labels["groups_worked_line"].format(n=n, total=agg.n_total, groups=labels.groups_word(agg.n_total)),
                   "note"))  # fmt: skip
        # The pictures across groups, each as wide as its labels need (printed unscaled: see svg.py).
        s.add(across_figure(agg, labels), party_bars_figure(agg, labels))
    s.add(_party_table(agg, labels))

    s.add(Heading(3, labels["often_missing"]), Para(labels["often_missing_explain"], "note"))
    s.add(Items([_missing_line(m, n, labels) for m in agg.often_missing], kind="findings") if agg.often_missing
          else Para("—"))  # fmt: skip

    s.add(Heading(3, labels["survey_compare"]))
    s.add(
        Table(
            [labels["bucket"], labels["ours_measure"], labels["survey_measure"]],
            [[b.label, labels.share(b.involved, n), percent(b.survey_share)] for b in agg.buckets],
            frozenset({1, 2}),
            kind="survey",  # on paper the picture below carries the same figures
        )
    )
    if agg.buckets and n:
        s.add(survey_figure(agg, labels))
    source = " — ".join(t.strip() for t in (ctx.survey_source, ctx.survey_note) if t.strip())
    if source:
        s.add(Para(f"{labels['source']}: {source}", "source"))

    for title, found in (
        (labels["success_factors"], agg.success_factors),
        (labels["bottlenecks"], agg.bottlenecks),
    ):
        s.add(Heading(3, title), _clusters(found, labels) if found else Para("—"))
    return s


def _prompt_label(ctx: Context, key: str) -> tuple[str, str]:
    """(section title, prompt text) for a prompt key; the key itself when the template lacks it."""
    p = next((p for p in ctx.prompts if p.key == key), None)
    return (p.section, p.label) if p else ("", key)


def _group(ref: GroupRef, labels: Labels, slug: str) -> Section:
    ctx, g = ref.context, ref.group
    s = Section("group").add(Heading(2, ref.label))
    if not ref.counted:
        s.add(Para(labels.about("empty", [ref.label]), "note"))
    elif not ref.step2:
        s.add(Para(labels.about("no_step2", [ref.label]), "note"))
    rows = [[_zone_name(ctx, z, labels), ", ".join(p.name for p in g.zones.get(z, []))] for z in ZONES]
    rows.append([labels["not_discussed_long"], ", ".join(p.name for p in g.unplaced if not p.outside_rings)])
    laid_out = [p.name for p in g.unplaced if p.outside_rings]
    if laid_out:
        rows.append([labels["outside_rings"], ", ".join(laid_out)])
    s.add(group_figure(ref, labels, slug), Table([labels["zone"], labels["party"]], rows, kind="zones"))

    step1_keys = [p.key for p in ctx.prompts if p.step == 1]
    step1_keys += [k for k in g.step1 if k not in step1_keys]
    if any(g.step1.get(k) for k in step1_keys):
        # One row per prompt, its notes one per line: a page per group, also on paper.
        s.add(Heading(3, ctx.step_titles.get(1, labels["step1"])))
        rows, section = [], None
        for key in step1_keys:
            notes = g.step1.get(key)
            if not notes:
                continue
            sec, label = _prompt_label(ctx, key)
            rows.append([sec if sec != section else "", label, "\n".join(notes)])
            section = sec
        s.add(Table([labels["round"], labels["prompt_only"], labels["notes"]], rows, kind="notes"))

    if g.micro_actions:
        s.add(Heading(3, labels["micro_actions"]))
        header = [labels["party"], labels["action"], labels["effect"], labels["owner"], labels["deadline"]]
        s.add(Table(header, [_action_cells(a, a.party or "") for a in g.micro_actions], kind="group-actions"))

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
    sections = [_front(agg, labels), _across(agg, labels)]
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
        warning=None if agg.scrubbed else labels["not_pseudonymised"],
        review=review_section(agg.harvests, labels) if agg.scrubbed else None,
    )
