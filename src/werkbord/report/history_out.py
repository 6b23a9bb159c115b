"""The team's history as files: HTML (self-contained, prints on A4), Markdown with its picture,
JSON (``werkbord.history/1``), CSV and xlsx. Named after the team: ``team-noord.geschiedenis.html``.

Every text is in the history's language (gettext, the harvests' language); every text that came
from a board is escaped (HTML, SVG, Markdown) or neutralised (CSV, xlsx).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

from ..actions.text import action_title, day_text, one_line
from ..actions.words import status_word
from ..fileio import write_atomic
from ..i18n import _, language, ngettext
from .csvout import delimiter, safe_cell
from .history import ActionState, MoveRow, Rate, TeamHistory
from .history_svg import rings_svg

HISTORY_SCHEMA = "werkbord.history/1"
# As the report's: nothing loads, nothing runs; only the inline style.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def history_basename(h: TeamHistory) -> str:
    """'team-noord.geschiedenis' (Dutch) / 'team-noord.history' (English)."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", h.team).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-") or "team"
    with language(h.lang):
        return _("{team}.history").format(team=slug)


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100)}%"


def _move_word(move: str) -> str:
    return {
        "closer": _("closer"),
        "further": _("further away"),
        "unchanged": _("unchanged"),
        "new": _("newly placed"),
    }.get(move, move)


def _day(d) -> str:
    return day_text(d) if d else "?"


def _short_day(d) -> str:
    return day_text(d).split(" ", 1)[1] if d else "?"  # the date without its weekday, for a table


def _rate_line(r: Rate) -> str:
    if not r.n:
        return _("No follow-up has reviewed actions yet: there is no carried-out rate.")
    return _("{share} of the actions carried out (done or in progress): {k} of {n}").format(
        share=_pct(r.share), k=r.carried_out, n=r.n
    )


def _breakdown(r: Rate) -> str:
    parts = [f"{status_word(s)} {r.counts.get(s, 0)}" for s in ("gedaan", "bezig", "niet_gelukt", "open")]
    parts.append(_("not sorted {count}").format(count=r.counts.get("unsorted", 0)))
    return ", ".join(parts)


def _state_status(s: ActionState) -> str:
    return status_word(s.status) if s.status else (_("not sorted") if s.reviewed else status_word("open"))


def _where(m: MoveRow) -> str:
    return _("across groups") if m.group is None else _("group {n}").format(n=m.group)


def _action_line(s: ActionState) -> str:
    a = s.action
    extra = [x for x in (one_line(a.owner), day_text(a.due) if a.due else one_line(a.due_text)) if x]
    tail = f" ({', '.join(extra)})" if extra else ""
    return f"{action_title(a)}{tail} — {_state_status(s)}"


# -- the document, once, for HTML and Markdown ---------------------------------------------------


def _sections(h: TeamHistory) -> dict[str, Any]:
    """Every text of the history, in the active language."""
    sessions = [
        [
            str(s.number),
            _short_day(s.day),
            s.title,
            _("follow-up session") if s.follow_up else _("session"),
            str(s.groups),
            str(s.actions),
        ]
        for s in h.sessions
    ]
    per_fu = [
        _("Session {number} (follow-up, {day}): {line}").format(
            number=i, day=_day(h.sessions[i - 1].day), line=_rate_line(r) if r.n else _("nothing to review")
        )
        for i, r in h.rate_per_follow_up
    ]
    moves = []
    for m in h.moves:
        before, now = m.before or "–", m.now or "–"
        head = _("{party}, {where}: {before} → {now} ({move})").format(
            party=one_line(m.party), where=_where(m), before=before, now=now, move=_move_word(m.move)
        )
        after = [_action_line(s) for s in m.actions]
        moves.append((_("session {number}").format(number=m.session_number), head, after))
    return {
        "title": _("History — {team}").format(team=h.team),
        "warning": None if h.pseudonymised else _("Not pseudonymised: this history may contain names."),
        "sessions_h": _("Sessions"),
        "sessions_cols": ["#", _("Date"), _("Session"), _("Kind"), _("Groups"), _("New actions")],
        "sessions": sessions,
        "rate_h": _("Carried out"),
        "rate": _rate_line(h.rate),
        "breakdown": _breakdown(h.rate) if h.rate.n else "",
        "per_fu": per_fu,
        "rings_h": _("Ring per party over the sessions"),
        "moves_h": _("What preceded a move"),
        "moves": moves,
        "no_moves": _("No party moved between the sessions.")
        if h.rate_per_follow_up
        else _("No follow-up session yet: moves are seen at the next one."),
        "after": _("after:"),
        "no_action": _("no action was aimed at this party"),
        "carried_h": _("Open actions carried forward"),
        "carried": [(s.session_number, _action_line(s)) for s in h.carried],
        "no_carried": _("No open actions from earlier sessions."),
        "session_n": _("session {number}"),
    }


def render_html(h: TeamHistory) -> str:
    with language(h.lang):
        t = _sections(h)
        svg = rings_svg(h.rings, h.sessions, day_text=day_text, titled=False) if h.rings else ""
    e = escape
    rows = "\n".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in t["sessions"])
    head = "".join(f"<th>{e(c)}</th>" for c in t["sessions_cols"])
    moves = "\n".join(
        f'<li><span class="when">{e(when)}</span> · <strong>{e(line)}</strong>'
        + (
            f"<br>{e(t['after'])}<ul>" + "".join(f"<li>{e(a)}</li>" for a in after) + "</ul>"
            if after
            else f'<br><span class="muted">{e(t["no_action"])}</span>'
        )
        + "</li>"
        for when, line, after in t["moves"]
    )
    carried = "\n".join(
        f'<li><span class="when">{e(t["session_n"].format(number=n))}</span> · {e(line)}</li>'
        for n, line in t["carried"]
    )
    warning = f'<p class="warning">⚠ {e(t["warning"])}</p>' if t["warning"] else ""
    per_fu = "".join(f"<li>{e(x)}</li>" for x in t["per_fu"])
    breakdown = f"<p>{e(t['breakdown'])}</p>" if t["breakdown"] else ""
    return f"""<!DOCTYPE html>
<html lang="{e(h.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(t["title"])}</title>
<style>
  body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
         color: #111; line-height: 1.45; }}
  h1 {{ font-size: 1.6rem; }} h2 {{ font-size: 1.25rem; border-bottom: 2px solid #333; margin-top: 2rem; }}
  table {{ border-collapse: collapse; }} th, td {{ border: 1px solid #999; padding: .2rem .5rem; text-align: left; }}
  .warning {{ border: 2px solid #000; padding: .4rem .6rem; font-weight: bold; }}
  .rate {{ font-size: 1.2rem; font-weight: bold; }} .muted, .when {{ color: #444; }}
  figure {{ margin: 1rem 0; }} svg {{ max-width: 100%; height: auto; }}
  @media print {{
    @page {{ size: A4 portrait; margin: 12mm; }}
    body {{ max-width: none; margin: 0; padding: 0; font-size: 10pt; }}
    h1 {{ font-size: 16pt; }} h2 {{ font-size: 12.5pt; break-after: avoid; }}
    figure, li, tr {{ break-inside: avoid; }}
  }}
</style>
</head>
<body>
<h1>{e(t["title"])}</h1>
{warning}
<section class="sessions"><h2>{e(t["sessions_h"])}</h2>
<table><thead><tr>{head}</tr></thead><tbody>
{rows}
</tbody></table></section>
<section class="carried-out"><h2>{e(t["rate_h"])}</h2>
<p class="rate">{e(t["rate"])}</p>
{breakdown}
{f"<ul>{per_fu}</ul>" if per_fu else ""}
</section>
<section class="rings"><h2>{e(t["rings_h"])}</h2>
<figure>{svg}</figure></section>
<section class="moves"><h2>{e(t["moves_h"])}</h2>
{f"<ul>{moves}</ul>" if moves else f"<p>{e(t['no_moves'])}</p>"}
</section>
<section class="carried"><h2>{e(t["carried_h"])}</h2>
{f"<ul>{carried}</ul>" if carried else f"<p>{e(t['no_carried'])}</p>"}
</section>
</body>
</html>
"""


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(h: TeamHistory, picture: str | None) -> str:
    with language(h.lang):
        t = _sections(h)
    out = [f"# {_md(t['title'])}", ""]
    if t["warning"]:
        out += [f"**⚠ {_md(t['warning'])}**", ""]
    out += [
        f"## {_md(t['sessions_h'])}",
        "",
        "| " + " | ".join(_md(c) for c in t["sessions_cols"]) + " |",
        "|" + " --- |" * len(t["sessions_cols"]),
    ]
    out += ["| " + " | ".join(_md(c) for c in r) + " |" for r in t["sessions"]]
    out += ["", f"## {_md(t['rate_h'])}", "", f"**{_md(t['rate'])}**", ""]
    if t["breakdown"]:
        out += [_md(t["breakdown"]), ""]
    out += [f"- {_md(x)}" for x in t["per_fu"]] + ([""] if t["per_fu"] else [])
    out += [f"## {_md(t['rings_h'])}", ""]
    if picture:
        out += [f"![{_md(t['rings_h'])}]({picture})", ""]
    out += [f"## {_md(t['moves_h'])}", ""]
    if not t["moves"]:
        out += [_md(t["no_moves"]), ""]
    for when, line, after in t["moves"]:
        out.append(f"- {_md(when)} · **{_md(line)}**")
        out += [f"  - {_md(t['after'])} {_md(a)}" for a in after] or [f"  - {_md(t['no_action'])}"]
    out += ["", f"## {_md(t['carried_h'])}", ""]
    out += [f"- {_md(t['session_n'].format(number=n))} · {_md(line)}" for n, line in t["carried"]] or [
        _md(t["no_carried"])
    ]
    return "\n".join(out) + "\n"


def history_dict(h: TeamHistory) -> dict[str, Any]:
    def rate(r: Rate) -> dict[str, Any]:
        return {"carried_out": r.carried_out, "n": r.n, "share": r.share, "counts": r.counts}

    return {
        "schema": HISTORY_SCHEMA,
        "team": h.team,
        "lang": h.lang,
        "pseudonymised": h.pseudonymised,
        "sessions": [
            {
                "number": s.number,
                "session": s.session,
                "session_id": s.session_id,
                "title": s.title,
                "date": s.day.isoformat() if s.day else None,
                "follow_up": s.follow_up,
                "groups": s.groups,
                "new_actions": s.actions,
            }
            for s in h.sessions
        ],
        "rate": rate(h.rate),
        "rate_per_follow_up": [{"session": i, **rate(r)} for i, r in h.rate_per_follow_up],
        "rings": [
            {"party": r.party, "key": r.key, "per_session": [{z: c.get(z, 0) for z in "ABC"} for c in r.per_session]}
            for r in h.rings
        ],
        "moves": [
            {
                "session": m.session_number,
                "group": m.group,
                "party": m.party,
                "before": m.before,
                "now": m.now,
                "move": m.move,
                "actions": [s.action.id for s in m.actions],
            }
            for m in h.moves
        ],
        "actions": [
            {**s.action.model_dump(mode="json"), "session_number": s.session_number, "reviewed": s.reviewed}
            for s in h.actions
        ],
        "carried_forward": [s.action.id for s in h.carried],
    }


def _action_rows(h: TeamHistory) -> tuple[list[str], list[list[Any]]]:
    carried = {s.action.id for s in h.carried}
    header = [
        "#",
        _("Date"),
        _("Session"),
        _("Group"),
        _("Party"),
        _("Action"),
        _("Who"),
        _("When"),
        _("Due date"),
        _("Status"),
        _("Carried forward"),
        _("Action id"),
    ]
    rows = []
    for s in h.actions:
        row = h.sessions[s.session_number - 1] if 0 < s.session_number <= len(h.sessions) else None
        a = s.action
        rows.append(
            [
                s.session_number,
                row.day if row and row.day else "",
                row.title if row else a.session,
                a.group,
                one_line(a.party),
                one_line(a.action),
                one_line(a.owner),
                one_line(a.due_text),
                a.due or "",
                _state_status(s),
                _("yes") if a.id in carried else _("no"),
                a.id,
            ]
        )
    return header, rows


def render_csv(h: TeamHistory) -> str:
    with language(h.lang):
        header, rows = _action_rows(h)
        warning = None if h.pseudonymised else _("Not pseudonymised: this history may contain names.")
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter(h.lang))
    if warning:
        w.writerow([safe_cell(warning)])
    w.writerow(header)
    for r in rows:
        w.writerow(
            [safe_cell(c) if isinstance(c, str) else (c.isoformat() if hasattr(c, "isoformat") else c) for c in r]
        )
    return "\ufeff" + buf.getvalue()


def render_xlsx(h: TeamHistory) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from .xlsxout import sheet_title, status_list

    with language(h.lang):
        header, rows = _action_rows(h)
        ring_header = [_("Party"), "#", _("Date"), "A", "B", "C"]
        ring_rows = [
            [r.party, i + 1, h.sessions[i].day or "", *(c.get(z, 0) for z in "ABC")]
            for r in h.rings
            for i, c in enumerate(r.per_session)
        ]
        sheets = [(_("Actions"), header, rows), (_("Rings"), ring_header, ring_rows)]
        fmt = "DD-MM-YYYY" if h.lang == "nl" else "YYYY-MM-DD"
        wb = Workbook()
        for i, (title, head, body) in enumerate(sheets):
            ws = wb.active if i == 0 else wb.create_sheet()
            ws.title = sheet_title(title)
            ws.append([safe_cell(c) for c in head])
            for c in ws[1]:
                c.font = Font(bold=True)
            ws.freeze_panes = "A2"
            for r in body:
                ws.append([safe_cell(c) if isinstance(c, str) else c for c in r])
                for c in ws[ws.max_row]:
                    if hasattr(c.value, "isoformat"):
                        c.number_format = fmt
            for col in range(1, len(head) + 1):
                longest = max((len(str(c.value or "")) for c in ws[get_column_letter(col)]), default=10)
                ws.column_dimensions[get_column_letter(col)].width = min(60, max(6, longest + 2))
            ws.auto_filter.ref = f"A1:{get_column_letter(len(head))}{max(ws.max_row, 2)}"
        from .labels import Labels

        labels = Labels(h.harvests[0].context) if h.harvests else None
        if labels is not None:
            status_list(wb.worksheets[0], header.index(_("Status")) + 1, 1, len(rows), labels)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_history(h: TeamHistory, out_dir: Path, formats: Iterable[str]) -> list[tuple[Path, str]]:
    """Write the history in each of ``formats``; (path, "written" | "replaced") per file."""
    chosen = set(formats)
    out_dir = Path(out_dir)
    base = history_basename(h)
    written: list[tuple[Path, str]] = []

    def write(name: str, data: str | bytes) -> None:
        path = out_dir / name
        existed = path.exists()
        write_atomic(path, data.encode("utf-8") if isinstance(data, str) else data)
        written.append((path, "replaced" if existed else "written"))

    if "md" in chosen:
        with language(h.lang):
            picture = base + "-" + _("rings") + ".svg"
            svg = rings_svg(h.rings, h.sessions, day_text=day_text) if h.rings else None
        if svg:  # the picture before the text that links it
            write(picture, '<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n")
        write(f"{base}.md", render_markdown(h, picture if svg else None))
    if "html" in chosen:
        write(f"{base}.html", render_html(h))
    if "json" in chosen:
        write(f"{base}.json", json.dumps(history_dict(h), ensure_ascii=False, indent=2) + "\n")
    if "csv" in chosen:
        write(f"{base}.csv", render_csv(h))
    if "xlsx" in chosen:
        write(f"{base}.xlsx", render_xlsx(h))
    return written


def summary_line(h: TeamHistory) -> str:
    """One line for the terminal: the team, its sessions and the carried-out rate."""
    with language(h.lang):
        sessions = ngettext("{count} session", "{count} sessions", len(h.sessions)).format(count=len(h.sessions))
        return f"{h.team}: {sessions} · {_rate_line(h.rate)}"
