"""The report's follow-up section: what came of last time's actions, and what moved.

For every harvest of a follow-up session (``Harvest.follow_up``): each previous action with its
status, what helped and what held the groups back, and per party its move since last time,
across groups and per group, with the previous actions that were aimed at it beside it.

Pure: harvests in, report blocks (:mod:`.view`) and JSON out. Labels from the template come with
the harvest (``context.labels["fu.…"]``, see :func:`werkbord.harvest.followup.follow_up_labels`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..actions.model import Action
from ..harvest.model import FollowUp, Harvest, PartyMove
from .labels import Labels
from .view import Heading, Items, Para, Section, Table

# Report wording the template does not hold; the harvest's language picks one.
_WORDS = {
    "nl": {
        "follows": "Volgt op",
        "ring_before": "Vorige keer",
        "ring_now": "Nu",
        "move": "Verschuiving",
        "across": "Over de groepen heen: de ring die de meeste groepen kozen (bij gelijkspel de binnenste)",
        "not_placed": "niet geplaatst",
        "sorted": "Ingedeeld",
    },
    "en": {
        "follows": "Follows up",
        "ring_before": "Last time",
        "ring_now": "Now",
        "move": "Move",
        "across": "Across the groups: the ring most groups chose (a tie goes to the inner ring)",
        "not_placed": "not placed",
        "sorted": "Sorted",
    },
}
STATUS_ORDER = ("gedaan", "bezig", "niet_gelukt")


def _words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang, _WORDS["nl"])


def _status(labels: Labels, status: str | None) -> str:
    return labels[f"fu.status.{status}"] if status else labels["fu.not_sorted"]


def _action_line(a: Action) -> str:
    return ": ".join(t for t in (a.party, a.action) if t) or "—"


def _moves_table(
    moves: list[PartyMove],
    by_id: dict[str, Action],
    status: dict[str, str | None],
    labels: Labels,
    words: dict[str, str],
    *,
    with_group: bool,
) -> Table:
    header = [labels["party"], words["ring_before"], words["ring_now"], words["move"], labels["fu.aimed_actions"]]
    rows = []
    for m in moves:
        aimed = "; ".join(
            f"{_action_line(by_id[i])} ({_status(labels, status.get(i))})" for i in m.actions if i in by_id
        )
        row = [
            m.party,
            m.before or words["not_placed"],
            m.now or words["not_placed"],
            labels[f"fu.move.{m.move}"],
            aimed or "—",
        ]
        rows.append([f"{labels['group']} {m.group}", *row] if with_group else row)
    if with_group:
        header = [labels["group"], *header]
    return Table(header, rows, kind="notes")


def _previous_action_row(a: Action, status: dict[str, str | None], labels: Labels) -> list[str]:
    """An action of last time as the report's table and the workbook's sheet show it: group,
    party, action, owner, when, status."""
    return [
        f"{labels['group']} {a.group}",
        a.party or labels["no_party"],
        a.action or "",
        a.owner or "",
        a.due_text or "",
        _status(labels, status.get(a.id)),
    ]


def follow_up_sections(harvests: Sequence[Harvest], labels: Labels) -> list[Section]:
    """One section per follow-up harvest; none when no harvest was a follow-up."""
    out = []
    for h in harvests:
        fu = h.follow_up
        if fu is None:
            continue
        hl = Labels(h.context)
        words = _words(h.context.lang)
        by_id = {a.id: a for a in fu.previous_actions}
        status = {r.action_id: r.status for r in fu.reviews}
        title = h.title if hl["fu.title"] in h.title else f"{hl['fu.title']} · {h.title}"
        s = Section("group").add(Heading(2, title))
        sessions = list(dict.fromkeys(a.session for a in fu.previous_actions)) or fu.previous
        s.add(Para(f"{words['follows']}: {', '.join(sessions)}", "note"))
        # The actions of last time, with their status.
        s.add(Heading(3, hl["fu.previous_actions"]))
        counts = Counter(status.get(a.id) for a in fu.previous_actions)
        n = len(fu.previous_actions)
        tally = " · ".join(f"{_status(hl, k)}: {hl.of(counts.get(k, 0), n)}" for k in (*STATUS_ORDER, None))
        s.add(Para(tally))
        rows = [_previous_action_row(a, status, hl) for a in fu.previous_actions]
        header = [hl["group"], hl["party"], hl["action"], hl["owner"], hl["deadline"], hl["fu.status"]]
        s.add(Table(header, rows, kind="actions") if rows else Para("—"))
        for key, texts in (("fu.helped", fu.helped), ("fu.hindered", fu.hindered)):
            s.add(Heading(3, hl[key]))
            items = [f"{hl['group']} {g}: {t}" for g in sorted(texts) for t in texts[g]]
            s.add(Items(items) if items else Para("—"))
        # What moved in the network, across groups first.
        s.add(Heading(3, hl["fu.moves_title"]))
        across = [m for m in fu.moves if m.group is None]
        if across:
            s.add(Para(words["across"], "note"), _moves_table(across, by_id, status, hl, words, with_group=False))
        per_group = [m for m in fu.moves if m.group is not None]
        if per_group:
            s.add(_moves_table(per_group, by_id, status, hl, words, with_group=True))
        if not fu.moves:
            s.add(Para("—"))
        out.append(s)
    return out


def follow_up_json(harvests: Sequence[Harvest]) -> list[dict[str, Any]]:
    """``follow_up[]`` of the JSON report: one entry per follow-up harvest."""
    out = []
    for h in harvests:
        fu: FollowUp | None = h.follow_up
        if fu is None:
            continue
        by_id = {a.id: a for a in fu.previous_actions}
        out.append(
            {
                "session": h.session,
                "previous": list(fu.previous),
                "reviews": [
                    {
                        "action_id": r.action_id,
                        "group": r.group,
                        "status": r.status,
                        "party": by_id[r.action_id].party if r.action_id in by_id else None,
                        "action": by_id[r.action_id].action if r.action_id in by_id else None,
                    }
                    for r in fu.reviews
                ],
                "previous_actions": [a.model_dump(mode="json") for a in fu.previous_actions],
                "helped": {str(k): v for k, v in sorted(fu.helped.items())},
                "hindered": {str(k): v for k, v in sorted(fu.hindered.items())},
                "moves": [m.model_dump(mode="json") for m in fu.moves],
            }
        )
    return out


def follow_up_sheets(harvests: Sequence[Harvest]) -> list[tuple[str, list[str], list[list[str]]]]:
    """The workbook's follow-up sheets (title, header, rows): the previous actions with their
    status, and the moves per party; none when no harvest was a follow-up."""
    reviewed = [h for h in harvests if h.follow_up is not None]
    if not reviewed:
        return []
    hl = Labels(reviewed[0].context)
    words = _words(reviewed[0].context.lang)
    actions, moves = [], []
    for h in reviewed:
        fu = h.follow_up
        assert fu is not None
        status = {r.action_id: r.status for r in fu.reviews}
        by_id = {a.id: a for a in fu.previous_actions}
        actions += [[h.title, *_previous_action_row(a, status, hl), a.id] for a in fu.previous_actions]
        for m in fu.moves:
            aimed = "; ".join(
                f"{_action_line(by_id[i])} ({_status(hl, status.get(i))})" for i in m.actions if i in by_id
            )
            moves.append(
                [
                    h.title,
                    f"{hl['group']} {m.group}" if m.group is not None else hl["across_groups"],
                    m.party,
                    m.before or words["not_placed"],
                    m.now or words["not_placed"],
                    hl[f"fu.move.{m.move}"],
                    aimed,
                ]
            )
    return [
        (
            hl["fu.previous_actions"],
            [hl["session"], hl["group"], hl["party"], hl["action"], hl["owner"], hl["deadline"], hl["fu.status"], "id"],
            actions,
        ),
        (
            hl["fu.moves_title"],
            [
                hl["session"],
                hl["group"],
                hl["party"],
                words["ring_before"],
                words["ring_now"],
                words["move"],
                hl["fu.aimed_actions"],
            ],
            moves,
        ),
    ]
