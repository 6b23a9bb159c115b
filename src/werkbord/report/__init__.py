"""Reports of one or more harvests: Markdown, self-contained HTML, JSON and CSV.

    harvests ──aggregate──▶ Aggregate ──view──▶ Document ──▶ Markdown (+ .svg files) | HTML
                               └──────────────▶ JSON (werkbord.report/1)
    harvests ─────────────────────────────────▶ CSV (one row per note)

Files are named ``oogst.md``, ``oogst.html``, ``oogst.json`` and ``oogst.csv`` whatever the
language, so scripts and links keep working; the Markdown report's pictures sit beside it as
``oogst-network-<group>.svg``, ``oogst-network-all.svg`` and ``oogst-survey.svg``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from ..errors import UsageError
from ..fileio import write_atomic
from ..harvest.model import Harvest
from .aggregate import Aggregate, aggregate
from .csvout import render_csv
from .html import render_html
from .jsonout import REPORT_SCHEMA, build_report, report_dict
from .markdown import render_markdown
from .view import Figure, build_view

__all__ = [
    "FORMATS",
    "REPORT_BASENAME",
    "REPORT_SCHEMA",
    "Aggregate",
    "aggregate",
    "build_report",
    "render_reports",
]

FORMATS = ("md", "html", "json", "csv")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPORT_BASENAME = "oogst"


def _encoded(text: str) -> bytes:
    # A harvest file may carry lone surrogates ("\ud800" is valid JSON); a report must still be
    # written, with U+FFFD in their place, rather than fail on the last step.
    return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def render_reports(harvests: list[Harvest], out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Write the report in each of ``formats`` into ``out_dir``; the paths written, reports first."""
    chosen = set(formats)
    unknown = chosen - set(FORMATS)
    if unknown:
        raise UsageError(
            f"unknown report format {', '.join(sorted(unknown))}", hint=f"choose from {','.join(FORMATS)}"
        )
    out_dir = Path(out_dir)
    agg = aggregate(harvests)
    written: list[Path] = []
    pictures: list[Path] = []

    def write(name: str, text: str, into: list[Path]) -> None:
        path = out_dir / name
        write_atomic(path, _encoded(text))
        into.append(path)

    doc = build_view(agg) if chosen & {"md", "html"} else None
    if "md" in chosen and doc is not None:

        def picture_name(f: Figure) -> str:
            return f"{REPORT_BASENAME}-{f.slug}.svg"

        # Pictures before the text that links them: an interrupted run leaves no dangling link.
        for f in doc.figures():
            write(picture_name(f), '<?xml version="1.0" encoding="UTF-8"?>\n' + f.svg + "\n", pictures)
        write(f"{REPORT_BASENAME}.md", render_markdown(doc, picture_name), written)
    if "html" in chosen and doc is not None:
        write(f"{REPORT_BASENAME}.html", render_html(doc), written)
    if "json" in chosen:
        write(
            f"{REPORT_BASENAME}.json",
            json.dumps(report_dict(agg), ensure_ascii=False, indent=2) + "\n",
            written,
        )
    if "csv" in chosen:
        write(f"{REPORT_BASENAME}.csv", render_csv(harvests), written)
    return written + pictures
