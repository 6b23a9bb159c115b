"""The fill-in sheet of a follow-up session, and what its follow-up rows mean.

The sheet is the first session's (same columns, lists and drop-downs) with three more columns:
the status of a previous action, the ring a party stands in now, and the code of the previous
action a row stands for. It comes pre-filled: one row per previous action (its code, party and
text; the status is typed in) and one row per party placed last time (its former ring in the
prompt-or-zone column; the ring now is typed in, empty meaning unchanged).

Reading it back: a row with a code becomes that action's card, laid in the status area its status
names (no status: not sorted); a party row with a ring now is read as placed in that ring. The
rest is read like any fill-in sheet (:mod:`.entries`). A code is matched as printed on the card,
so a row's text may be changed freely.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..fileio import write_atomic
from ..i18n import _
from ..items import BoardItem
from ..manifest import Manifest
from ..plan import Role
from ..template import ZONES, Werkvorm
from ..textnorm import normalise
from .entries import unreadable_rows
from .fillin import COLUMNS, FOLLOW_UP_COLUMNS, RawRow, headers, render_xlsx, sheet_names, zone_choice

NOTE = 10.0  # a card's size on the virtual board, as in .entries


def follow_up_headers(wv: Werkvorm) -> list[str]:
    fu = wv.follow_up
    assert fu is not None
    return [*headers(wv), fu.status, fu.ring_now, fu.action_code]


def prefilled(wv: Werkvorm, manifest: Manifest) -> list[dict[str, str]]:
    """The rows the sheet starts with: the previous actions, then last time's placement."""
    fu, L, record = wv.follow_up, wv.labels, manifest.follow_up
    assert fu is not None and record is not None
    rows = []
    for a in record.actions:
        rows.append(
            {
                "group": f"{L.group} {a['group']}",
                "step": "1",
                "place": fu.previous_actions,
                "party": a.get("party") or "",
                "text": a.get("action") or "",
                "effect": a.get("expected_effect") or "",
                "owner": a.get("owner") or "",
                "deadline": a.get("due_text") or "",
                "code": str(a["id"]),
            }
        )
    for p in record.placements:
        rows.append({"group": f"{L.group} {p.group}", "step": "2", "place": zone_choice(wv, p.zone), "party": p.name})
    keys = (*COLUMNS, *FOLLOW_UP_COLUMNS)
    return [{k: r.get(k, "") for k in keys} for r in rows]


def _safe(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading = + - @ would start a formula."""
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text


def render_follow_up_xlsx(wv: Werkvorm, manifest: Manifest) -> bytes:
    from openpyxl import load_workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    fu = wv.follow_up
    assert fu is not None
    wb = load_workbook(io.BytesIO(render_xlsx(wv, len(manifest.groups))))
    ws, lists = wb.worksheets[0], wb.worksheets[1]
    for n, label in enumerate((fu.status, fu.ring_now, fu.action_code), start=len(COLUMNS) + 1):
        cell = ws.cell(row=1, column=n, value=label)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="A6CCF5")
    for letter, width in (("I", 16), ("J", 16), ("K", 14)):
        ws.column_dimensions[letter].width = width
    keys = (*COLUMNS, *FOLLOW_UP_COLUMNS)
    for r, row in enumerate(prefilled(wv, manifest), start=2):
        for n, key in enumerate(keys, start=1):
            if row[key]:
                cell = ws.cell(row=r, column=n, value=row[key])
                cell.data_type = "s"  # harvested text is untrusted: never a formula
    statuses = [fu.statuses.gedaan, fu.statuses.bezig, fu.statuses.niet_gelukt]
    rings = [*ZONES, wv.labels.unplaced]
    title = lists.title.replace("'", "''")
    for col, values in (("D", [fu.status, *statuses]), ("E", [fu.ring_now, *rings])):
        for r, value in enumerate(values, start=1):
            lists[f"{col}{r}"].value = value
            lists[f"{col}{r}"].data_type = "s"
        v = DataValidation(type="list", formula1=f"'{title}'!${col}$2:${col}${len(values)}", allow_blank=True)
        v.add(f"{'I' if col == 'D' else 'J'}2:{'I' if col == 'D' else 'J'}2001")
        ws.add_data_validation(v)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render_follow_up_csv(wv: Werkvorm, manifest: Manifest) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(follow_up_headers(wv))
    keys = (*COLUMNS, *FOLLOW_UP_COLUMNS)
    for row in prefilled(wv, manifest):
        w.writerow([_safe(row[k]) for k in keys])
    return "\ufeff" + buf.getvalue()


def write_follow_up_sheets(wv: Werkvorm, manifest: Manifest, folder: Path, name: str) -> tuple[Path, Path]:
    xlsx, csv_name = sheet_names(name)
    folder = Path(folder)
    write_atomic(folder / xlsx, render_follow_up_xlsx(wv, manifest))
    write_atomic(folder / csv_name, render_follow_up_csv(wv, manifest).encode("utf-8"))
    return folder / xlsx, folder / csv_name


def typed(rows: list[RawRow], wv: Werkvorm, manifest: Manifest) -> list[RawRow]:
    """The rows someone typed or changed: a sheet with only its pre-filled rows holds no work."""
    keys = (*COLUMNS, *FOLLOW_UP_COLUMNS)
    as_written = {tuple(normalise(r[k]) for k in keys) for r in prefilled(wv, manifest)}
    return [r for r in rows if tuple(normalise(r.cells.get(k, "")) for k in keys) not in as_written]


def _status_words(wv: Werkvorm) -> dict[str, str]:
    fu = wv.follow_up
    assert fu is not None
    words = {
        "gedaan": "gedaan",
        "bezig": "bezig",
        "niet gelukt": "niet_gelukt",
        "niet_gelukt": "niet_gelukt",
        "done": "gedaan",
        "in progress": "bezig",
        "did not work out": "niet_gelukt",
        "not done": "niet_gelukt",
    }
    for key, label in fu.statuses.model_dump().items():
        words[label] = key
    return {normalise(k): v for k, v in words.items()}


def follow_up_rows(
    rows: list[RawRow], wv: Werkvorm, manifest: Manifest, *, source: str
) -> tuple[list[RawRow], list[BoardItem]]:
    """(the rows left for .entries, the action cards the coded rows put in their status areas).

    A party row with a ring now is passed on as placed in that ring. Every row that cannot be
    read is named in one error, as for the rest of the sheet.
    """
    from ..geometry import Rect

    fu = wv.follow_up
    assert fu is not None
    words = _status_words(wv)
    cards = {
        ref.meta.get("action_id"): (ref.id, ref.group)
        for ref in manifest.items.values()
        if ref.role == Role.PREVIOUS_ACTION
    }
    geos = {g.index: g for g in manifest.geometries()}
    rest: list[RawRow] = []
    items: list[BoardItem] = []
    problems: list[tuple[int, str]] = []
    for row in rows:
        c = row.cells
        code = c.get("code", "").strip()
        if code:
            card = cards.get(code)
            if card is None:
                problems.append(
                    (row.number, _("unknown code {code}; keep the code of the card as printed").format(code=repr(code)))
                )
                continue
            status = c.get("status", "").strip()
            if not status:
                continue  # not sorted: the card stays in the lane
            key = words.get(normalise(status))
            if key is None:
                choices = ", ".join(repr(v) for v in fu.statuses.model_dump().values())
                problems.append(
                    (
                        row.number,
                        _("unknown status {status}; write one of {choices}").format(
                            status=repr(status), choices=choices
                        ),
                    )
                )
                continue
            card_id, group = card
            area = next(r.rect for r in geos[group].regions if r.key == f"status.{key}")
            centre = area.center
            items.append(
                BoardItem(
                    card_id, "sticky", c.get("text", ""), Rect(centre.x - NOTE / 2, centre.y - NOTE / 2, NOTE, NOTE)
                )
            )
            continue
        if c.get("now", "").strip():
            row = RawRow(row.number, {**c, "place": c["now"]})
        rest.append(row)
    if problems:
        raise unreadable_rows(problems, source)
    return rest, items
