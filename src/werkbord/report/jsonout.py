"""The report as JSON, schema ``werkbord.report/2`` (also described in ``docs/report-schema.md``).

Top level::

    schema            "werkbord.report/2"
    title             report title (label + session titles)
    lang              language of the labels ("nl" | "en")
    pseudonymised     true when every harvest was pseudonymised (tags replaced names, dates, ...)
    warning           the "not pseudonymised" label when pseudonymised is false, else null
    pseudonymisation  {counts: {category: items}, notes_changed,   (summed over the harvests)
                       fields: how each field was treated (one line, null when not pseudonymised),
                       kept: {form field: identifiers left in place by its policy},
                       replaced: {form field: identifiers replaced there}}
    review[]          {note: note id, text: suspect as it stands, why: reason}   tokens left in
                       place that look like an identifier: check them before sharing
    sessions[]        {session, title, board, session_id, session_created_at, session_start,
                       session_date, care_team, template, template_version, backend, harvested_at, pseudonymised}
    combined[]        {title, count, latest}   sessions harvested more than once: later one kept
    n_groups          groups that worked on step 2 (placed a party in A, B or C): every denominator
    n_groups_total    all groups of all sessions
    prompts[]         {key, step, section, label}      step 1 prompts and step 2 key questions
    zones[]           {key: "A"|"B"|"C", label, definition}
    groups[]          {session, index, name, label, wrote_something, worked_step2,
                       zones: {A: [party names], B: [...], C: [...]}, not_discussed: [party names],
                       outside_rings: [party names],
                       placements[]: {name, key, zone ("A"|"B"|"C"|null), outside_rings, x, y},
                       step1: {<prompt key>: [note texts]}, questions: {<prompt key>: [texts]},
                       micro_actions[]: {party, party_key, action, expected_effect, owner,
                                         deadline, text, structured},
                       other: [texts]}
    parties[]         {name, key (null: written by a group), sector, bucket, bucket_name,
                       A, B, C, outside_rings, not_discussed, discussed (A+B+C+outside_rings),
                       wanted_not_involved (= C), involved (A+B),
                       involved_share, n_groups, most_common}
    buckets[]         {key, name, involved, n_groups, involved_share, survey_share,
                       survey_measures}
    often_missing[]   {name, key, in_c: [group labels], named_by: [group labels], notes, groups}
    success_factors[] {text, count, groups, variants: [other wordings]}
    bottlenecks[]     same as success_factors
    micro_actions_by_party[]  {party (null: no party named), key, actions[]: {session, group,
                               party, action, expected_effect, owner, deadline, text, structured}}
    actions[]         {id, session, session_id, group, party, party_key, action, owner, due
                       (YYYY-MM-DD or null), due_text (Wanneer as written), due_read (false: a
                       Wanneer was written but names no day), expected_effect, status
                       ("open"|"bezig"|"gedaan"|"niet_gelukt"), note, note_id}
    follow_up[]       per harvest of a follow-up session ([] when none): {session, previous (session
                       ids followed up), reviews[]: {action_id, group, status (null: not sorted),
                       party, action}, previous_actions[] (as actions[]), helped: {<group>: [texts]},
                       hindered: same, moves[]: {group (null: across groups), party, party_key,
                       before, now ("A"|"B"|"C"|null), move ("closer"|"further"|"unchanged"|"new"),
                       actions: [ids of previous actions aimed at the party]}}
    outside[]         {session, text}                  notes outside every group frame
    survey            {source, note, measures}

Counts (A, B, C, not_discussed, involved, count, groups) are numbers of groups (for ``count``
and ``notes``: of notes); shares are fractions 0–1 of ``n_groups``, ``null`` when no group
worked on step 2. For every party ``A + B + C + outside_rings + not_discussed == n_groups``; see
:mod:`.aggregate` for the counting rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..harvest.model import Harvest, MicroAction
from .aggregate import (
    UNPLACED,
    ZONES,
    Aggregate,
    BucketTally,
    GroupRef,
    MissingParty,
    PartyActions,
    PartyTally,
    aggregate,
)
from .followup import follow_up_json
from .review import fields_line
from .similar import Cluster

REPORT_SCHEMA = "werkbord.report/2"


def _action(a: MicroAction) -> dict[str, Any]:
    return {
        "party": a.party,
        "party_key": a.party_key,
        "action": a.action,
        "expected_effect": a.expected_effect,
        "owner": a.owner,
        "deadline": a.deadline,
        "text": a.text,
        "structured": a.structured,
    }


def _group(ref: GroupRef) -> dict[str, Any]:
    g = ref.group
    return {
        "session": ref.harvest.session,
        "index": g.index,
        "name": g.name,
        "label": ref.label,
        "wrote_something": ref.counted,
        "worked_step2": ref.step2,
        "zones": {z: [p.name for p in g.zones.get(z, [])] for z in ZONES},
        "not_discussed": [p.name for p in g.unplaced if not p.outside_rings],
        "outside_rings": [p.name for p in g.unplaced if p.outside_rings],
        "placements": [
            {"name": p.name, "key": p.key, "zone": p.zone, "outside_rings": p.outside_rings, "x": p.x, "y": p.y}
            for p in [*(p for z in ZONES for p in g.zones.get(z, [])), *g.unplaced]
        ],
        "step1": {k: list(v) for k, v in g.step1.items()},
        "questions": {k: list(v) for k, v in g.questions.items()},
        "micro_actions": [_action(a) for a in g.micro_actions],
        "other": list(g.other),
    }


def _actions(agg: Aggregate) -> list[dict[str, Any]]:
    """Every micro-action as follow-up data: stable id, due date read from "Wanneer", status."""
    from ..actions.model import actions_of_group

    return [
        {**a.model_dump(mode="json"), "due_read": a.due is not None or not a.due_text}
        for ref in agg.groups
        for a in actions_of_group(ref.harvest, ref.group)
    ]


def _cluster(c: Cluster) -> dict[str, Any]:
    return {"text": c.text, "count": c.count, "groups": c.groups, "variants": c.variants}


def _summed(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for part in parts:
        for k, v in part.items():
            total[k] = total.get(k, 0) + v
    return dict(sorted(total.items()))


def _prompts(agg: Aggregate) -> list[dict[str, Any]]:
    """Every prompt of every harvest, once: the first harvest's wording wins."""
    prompts: dict[str, dict[str, Any]] = {}
    for h in agg.harvests:
        for p in h.context.prompts:
            prompts.setdefault(p.key, {"key": p.key, "step": p.step, "section": p.section, "label": p.label})
    return list(prompts.values())


def _pseudonymisation(agg: Aggregate) -> dict[str, Any]:
    return {
        "counts": agg.scrub_counts,
        "notes_changed": sum(h.scrubbing.notes_changed for h in agg.harvests),
        "fields": fields_line(agg.harvests, agg.labels) if agg.scrubbed else None,
        "kept": _summed(h.scrubbing.kept for h in agg.harvests),
        "replaced": _summed(h.scrubbing.replaced for h in agg.harvests),
    }


def _session(h: Harvest) -> dict[str, Any]:
    return {
        "session": h.session,
        "title": h.title,
        "board": h.board,
        "session_id": h.session_id,
        "session_created_at": h.session_created_at,
        "session_start": h.session_start,
        "session_date": h.session_date.isoformat() if h.session_date else None,
        "care_team": h.care_team,
        "template": h.template,
        "template_version": h.template_version,
        "backend": h.backend,
        "harvested_at": h.harvested_at,
        "pseudonymised": h.scrubbing.scrubbed,
    }


def _party(t: PartyTally) -> dict[str, Any]:
    return {
        "name": t.name,
        "key": t.key,
        "sector": t.sector,
        "bucket": t.bucket,
        "bucket_name": t.bucket_label,
        **{z: t.counts[z] for z in ZONES},
        "not_discussed": t.lane,
        "outside_rings": t.outside,
        "discussed": t.discussed,
        "wanted_not_involved": t.counts["C"],
        "involved": t.involved,
        "involved_share": t.involved_share,
        "n_groups": t.n_groups,
        "most_common": "not_discussed" if t.most_common == UNPLACED else t.most_common,
    }


def _bucket(b: BucketTally, survey_measures: str) -> dict[str, Any]:
    return {
        "key": b.key,
        "name": b.label,
        "involved": b.involved,
        "n_groups": b.n_groups,
        "involved_share": b.involved_share,
        "survey_share": b.survey_share,
        "survey_measures": survey_measures,
    }


def _often_missing(m: MissingParty) -> dict[str, Any]:
    return {
        "name": m.name,
        "key": m.key,
        "in_c": list(m.in_c),
        "named_by": list(m.named_by),
        "notes": m.notes,
        "groups": len(m.groups),
    }


def _actions_of_party(e: PartyActions) -> dict[str, Any]:
    return {
        "party": e.party,
        "key": e.key,
        "actions": [
            {"session": r.group.harvest.session, "group": r.group.group.name, **_action(r.action)} for r in e.actions
        ],
    }


def report_dict(agg: Aggregate) -> dict[str, Any]:
    """The JSON document of an aggregate (see the module docstring for the schema)."""
    ctx = agg.context
    labels = agg.labels
    titles = ", ".join(dict.fromkeys(h.title for h in agg.harvests))
    return {
        "schema": REPORT_SCHEMA,
        "title": f"{labels['report_title']} — {titles}",
        "lang": ctx.lang,
        "pseudonymised": agg.scrubbed,
        "warning": None if agg.scrubbed else labels["not_pseudonymised"],
        "pseudonymisation": _pseudonymisation(agg),
        "review": [{"note": r.note, "text": r.text, "why": r.why} for h in agg.harvests for r in h.review],
        "sessions": [_session(h) for h in agg.harvests],
        "combined": [{"title": c.title, "count": c.count, "latest": c.latest} for c in agg.combined],
        "n_groups": agg.n_groups,
        "n_groups_total": agg.n_total,
        "prompts": _prompts(agg),
        "zones": [{"key": z.key, "label": z.label, "definition": z.definition} for z in ctx.zones],
        "groups": [_group(r) for r in agg.groups],
        "parties": [_party(t) for t in agg.parties],
        "buckets": [_bucket(b, labels["survey_measure"]) for b in agg.buckets],
        "often_missing": [_often_missing(m) for m in agg.often_missing],
        "success_factors": [_cluster(c) for c in agg.success_factors],
        "bottlenecks": [_cluster(c) for c in agg.bottlenecks],
        "micro_actions_by_party": [_actions_of_party(e) for e in agg.actions_by_party],
        "actions": _actions(agg),
        "follow_up": follow_up_json(agg.harvests),
        "outside": [{"session": h.session, "text": t} for h in agg.harvests for t in h.outside],
        "survey": {"source": ctx.survey_source, "note": ctx.survey_note, "measures": labels["survey_measure"]},
    }


def build_report(harvests: Sequence[Harvest]) -> dict[str, Any]:
    """The JSON report document (schema ``werkbord.report/2``) of one or more harvests."""
    return report_dict(aggregate(harvests))
