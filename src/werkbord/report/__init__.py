"""Reports of one or more harvests: Markdown, self-contained HTML, JSON, CSV and Excel.

    harvests ──combine──▶ one per session ──aggregate──▶ Aggregate ──view──▶ Document ──▶ Markdown | HTML
                                                            └────────────▶ JSON (werkbord.report/2)
    harvests (one per session) ─────────────────────────────────────────▶ CSV | xlsx

Files carry the session's name: ``team-noord.oogst.html`` (``.md``, ``.json``, ``.csv``,
``.xlsx``), so reports of several sessions can share a folder without one overwriting another.
The Markdown report's pictures sit beside it as ``team-noord.oogst-<picture>.svg``; they are
replaced as a set, so a picture of an earlier, larger harvest of *that* session does not stay
behind. Files of other sessions are never touched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path

from ..errors import UsageError
from ..fileio import default_mode, dumps_json, write_atomic
from ..harvest.model import Harvest
from ..i18n import _
from .aggregate import Aggregate, aggregate
from .csvout import note_rows, render_csv
from .followup import follow_up_sections
from .html import render_html
from .jsonout import REPORT_SCHEMA, build_report, report_dict
from .markdown import render_markdown
from .view import Figure, build_view
from .xlsxout import render_xlsx

__all__ = [
    "FORMATS",
    "WrittenFile",
    "report_basename",
    "write_reports",
    "REPORT_BASENAME",
    "REPORT_SCHEMA",
    "Aggregate",
    "aggregate",
    "build_report",
    "render_reports",
]

FORMATS = ("md", "html", "json", "csv", "xlsx")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPORT_BASENAME = "oogst"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_PICTURE = re.compile(r"-[a-z0-9-]+\.svg")  # what a picture name adds to the base: "-network-3.svg"


def _encoded(text: str) -> bytes:
    # A harvest file may carry lone surrogates ("\ud800" is valid JSON); a report must still be
    # written, with U+FFFD in their place, rather than fail on the last step.
    return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def _json_text(report: dict) -> str | bytes:
    """``json.dumps(report, ensure_ascii=False, indent=2) + "\\n"``, byte for byte, encoded by
    orjson where :func:`..fileio.dumps_json` can (a 3,000-note report: ~0.002 s against ~0.04 s
    for json's indenting encoder, which is pure Python); text with lone surrogates is left to
    json, and to :func:`_encoded`."""
    try:
        return dumps_json(report, indent=2)
    except UnicodeEncodeError:
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    action: str  # "written" (new), "replaced" (was there), "removed" (a stale picture of this session)


def report_basename(harvests: Sequence[Harvest]) -> str:
    """'team-noord.oogst'; 'team-noord+team-oost.oogst' for a combined report."""
    names = list(dict.fromkeys(_SAFE_NAME.sub("-", h.session).strip("-.") or "sessie" for h in harvests))
    joined = "+".join(names)
    if len(joined) > 80:
        joined = f"{names[0]}+{len(names) - 1}"
    return f"{joined}.{REPORT_BASENAME}"


def render_reports(harvests: list[Harvest], out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Write the report in each of ``formats`` into ``out_dir``; the paths written, reports first."""
    return [w.path for w in write_reports(harvests, out_dir, formats) if w.action != "removed"]


def write_reports(harvests: Sequence[Harvest], out_dir: Path, formats: Iterable[str]) -> list[WrittenFile]:
    """Write the report in each of ``formats``; every file written, replaced or removed, reports first."""
    chosen = set(formats)
    unknown = chosen - set(FORMATS)
    if unknown:
        raise UsageError(
            _("unknown report format {format}").format(format=", ".join(sorted(unknown))),
            hint=_("choose from {formats}").format(formats=",".join(FORMATS)),
        )
    out_dir = Path(out_dir)
    agg = aggregate(harvests)  # harvests of one session are merged here, and the merge noted
    sessions = agg.harvests
    base = report_basename(sessions)
    written: list[WrittenFile] = []
    pictures: list[WrittenFile] = []
    # Each file goes to disk (written, flushed to the device, renamed) in a thread of its own
    # while the next one is rendered: the device's wait (a few ms a file, far more on a busy or
    # scanned disk; 39 files for 30 groups) overlaps the rendering instead of adding to it.
    # The mode is worked out here: asking for the umask sets it, which threads must not race.
    mode = default_mode()
    saving: list[Future[None]] = []

    def write(name: str, data: str | bytes, into: list[WrittenFile]) -> None:
        path = out_dir / name
        existed = path.exists()
        saving.append(pool.submit(write_atomic, path, _encoded(data) if isinstance(data, str) else data, mode=mode))
        into.append(WrittenFile(path, "replaced" if existed else "written"))

    def on_disk() -> None:
        """Wait for every file handed over so far; the first that failed raises its error."""
        for done in saving:
            done.result()

    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="werkbord-write") as pool:
        doc = build_view(agg) if chosen & {"md", "html"} else None
        if doc is not None:  # a follow-up session's review, after the groups (see .followup)
            doc.sections += follow_up_sections(sessions, agg.labels)
        if "md" in chosen and doc is not None:

            def picture_name(f: Figure) -> str:
                return f"{base}-{f.slug}.svg"

            # Pictures before the text that links them: an interrupted run leaves no dangling link.
            for f in doc.figures():
                write(picture_name(f), '<?xml version="1.0" encoding="UTF-8"?>\n' + f.svg + "\n", pictures)
            markdown = render_markdown(doc, picture_name)
            on_disk()
            write(f"{base}.md", markdown, written)
            # This session's pictures are a set: one of an earlier harvest with more groups goes.
            keep = {w.path.name for w in pictures}
            for old in sorted(out_dir.glob(f"{glob_escape(base)}-*.svg")):
                if old.name not in keep and _PICTURE.fullmatch(old.name.removeprefix(base)):
                    old.unlink()
                    pictures.append(WrittenFile(old, "removed"))
        if "html" in chosen and doc is not None:
            write(f"{base}.html", render_html(doc), written)
        if "json" in chosen:
            write(f"{base}.json", _json_text(report_dict(agg)), written)
        notes = note_rows(sessions) if chosen & {"csv", "xlsx"} else None  # one sort for both
        if "csv" in chosen:
            write(f"{base}.csv", render_csv(sessions, notes), written)
        if "xlsx" in chosen:
            write(f"{base}.xlsx", render_xlsx(sessions, agg, notes), written)
        on_disk()
    return written + pictures
