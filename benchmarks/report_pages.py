"""Prints how many A4 pages the HTML report takes when Chromium prints it, for 2, 4, 8 and 12
groups of a full session (tests/test_report_data.realistic_session: a dozen parties placed per
group, two notes per step 1 prompt, five micro-actions per group), and how long the print takes
(whole Chromium process, wall clock).

    python benchmarks/report_pages.py          # needs Debian's chromium and pypdf

Target (issue #12): 4 groups in at most 6 pages — page 1 on its own, the details across groups,
then a page per group. Since issue #24 the pictures print unscaled (no text under 8 pt), which
takes a second page of details: at most 7.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_report_data import realistic_session  # noqa: E402
from werkbord.report import render_reports  # noqa: E402


def main() -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("chromium is not installed (apt-get install -y chromium)")
    print("| groups | A4 pages | print time (s) |")
    print("| --- | --- | --- |")
    for groups in (2, 4, 8, 12):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            render_reports([realistic_session(groups)], out, {"html"})
            pdf = out / "report.pdf"
            t0 = time.perf_counter()
            subprocess.run(
                [
                    chromium,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-pdf-header-footer",
                    f"--user-data-dir={out / 'profile'}",
                    f"--print-to-pdf={pdf}",
                    (out / "team-noord.oogst.html").as_uri(),
                ],
                capture_output=True,
                check=True,
                timeout=180,
            )
            took = time.perf_counter() - t0
            print(f"| {groups} | {len(PdfReader(pdf).pages)} | {took:.1f} |")


if __name__ == "__main__":
    main()
