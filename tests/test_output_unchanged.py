"""Speed-ups must not change what werkbord writes: scene, manifest and reports are compared,
byte for byte, with digests taken from the code before the performance work (issue #15).

The digests live in ``tests/data/golden_outputs.json``. When a change to the output is meant
(a new label rule, a report section), regenerate them and commit the file with that change:

    WERKBORD_UPDATE_GOLDEN=1 python -m pytest tests/test_output_unchanged.py

Timestamps are the only thing that differs between two runs; they are replaced by a fixed
placeholder before hashing.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import re
from datetime import date, datetime
from pathlib import Path

from werkbord import api
from werkbord.manifest import load_manifest
from werkbord.report import render_reports

GOLDEN = Path(__file__).parent / "data" / "golden_outputs.json"
UPDATE = os.environ.get("WERKBORD_UPDATE_GOLDEN") == "1"

PROVISIONS = {
    "nl-4-groups": dict(groups=4, title="Team Noord", start="14:00"),
    "en-30-groups": dict(groups=30, title="Big Session", lang="en", participants=12),
    "nl-1-group": dict(groups=1, title="Één groep – ‘test’ ✓", participants=1),
}

# Notes with identifiers, party words and plain text: scrubbing has something to do.
NOTES = [
    "Mevr. Jansen (54) belde de huisarts op 12-03-2024",
    "FACT-team en wijkteam stemden niet af",
    "huisarts",
    "POH-ggz",
    "buurvrouw Petra de Vries",
    "Partner werd niet gebeld, 06-12345678",
    "de werkgever",
    "pat.nr. 48213 opgenomen in Amsterdam",
    "Notitie: afstemming met de huisarts ging moeizaam",
    "Zoon belt dhr. Bakker op 3 maart",
    "Ervaringsdeskundige sluit aan bij het gesprek",
    "wijkteam",
]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _normalised(data: bytes, stamps: list[str]) -> bytes:
    for s in stamps:
        data = data.replace(s.encode(), b"<TIME>")
    # The manifest keeps the scene's digest, and the scene holds the time it was made.
    return re.sub(rb'"sha256": "[0-9a-f]{64}"', b'"sha256": "<SHA>"', data)


def _created_stamps(manifest_path: Path) -> list[str]:
    manifest = load_manifest(manifest_path)
    created = manifest.created_at
    ms = int(datetime.fromisoformat(created).timestamp() * 1000)
    # The session's day defaults to the day it is provisioned.
    day = [f'"session_date": "{manifest.session_date.isoformat()}"'] if manifest.session_date else []
    return [created, str(ms), *day]


def _provision_digests(tmp: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for case, kwargs in PROVISIONS.items():
        done = api.provision(out=tmp / case, **kwargs)
        stamps = _created_stamps(done.manifest_path)
        for path in sorted((tmp / case).iterdir()):
            out[f"{case}/{path.name}"] = _digest(_normalised(path.read_bytes(), stamps))
    return out


def _worked_on_board(tmp: Path) -> Path:
    """A provisioned board with notes in every group's regions and rings."""
    done = api.provision(groups=6, title="Oogst", start="09:30", out=tmp / "board")
    manifest = load_manifest(done.manifest_path)
    scene_path = tmp / "board" / manifest.board.path
    scene = json.loads(scene_path.read_text())
    rng = random.Random(15)
    for n in range(240):
        g = manifest.groups[n % len(manifest.groups)].geometry()
        if n % 3 == 0:
            r, a = rng.uniform(0, g.radii["C"] * 1.1), rng.uniform(0, 2 * math.pi)
            cx, cy = g.patient.x + r * math.cos(a), g.patient.y + r * math.sin(a)
        else:
            region = g.regions[rng.randrange(len(g.regions))]
            cx, cy = region.rect.center.x, region.rect.center.y + rng.uniform(-30, 30)
        text = NOTES[rng.randrange(len(NOTES))] + ("" if n % 4 else f" ({n})")
        scene["elements"].append(
            {
                "id": f"note{n}",
                "type": "text",
                "x": cx - 90,
                "y": cy - 60,
                "width": 180,
                "height": 120,
                "text": text,
                "originalText": text,
                "isDeleted": False,
                "containerId": None,
                "fontSize": 20,
                "fontFamily": 5,
            }
        )
    scene_path.write_text(json.dumps(scene))
    return done.manifest_path


def _harvest_digests(tmp: Path) -> dict[str, str]:
    import deduce  # noqa: F401  (a dependency: without it this test fails, it never skips)

    manifest_path = _worked_on_board(tmp)
    out: dict[str, str] = {}
    for scrub in (False, True):
        h = api.harvest(manifest_path, scrub=scrub)
        # The report shows these times in local time and its own format: fixed, so they compare.
        fixed = "2026-01-05T13:45:00+00:00"
        h = h.model_copy(
            update={
                "harvested_at": fixed,
                "session_created_at": fixed,
                "session_id": f"{h.session}@{fixed}",
                "session_date": date(2026, 1, 5),
            }
        )
        folder = tmp / f"oogst-{'scrubbed' if scrub else 'raw'}"
        render_reports([h], folder, ("md", "html", "json", "csv"))
        api.save_harvest(h, folder)
        stamps = [h.harvested_at, *_created_stamps(manifest_path)]
        for path in sorted(folder.iterdir()):
            out[f"{folder.name}/{path.name}"] = _digest(_normalised(path.read_bytes(), stamps))
    return out


def _check(kind: str, found: dict[str, str]) -> None:
    golden = json.loads(GOLDEN.read_text()) if GOLDEN.exists() else {}
    if UPDATE:
        golden[kind] = found
        GOLDEN.write_text(json.dumps(golden, indent=2, sort_keys=True) + "\n")
        return
    expected = golden.get(kind)
    assert expected is not None, f"no golden digests for {kind}: run with WERKBORD_UPDATE_GOLDEN=1"
    changed = sorted(k for k in expected.keys() | found.keys() if expected.get(k) != found.get(k))
    assert not changed, (
        f"output changed: {changed}; if that change is meant (not a side effect of a speed-up), "
        "regenerate with WERKBORD_UPDATE_GOLDEN=1 python -m pytest tests/test_output_unchanged.py"
    )


def test_provisioned_scene_and_manifest_are_unchanged(tmp_path):
    _check("provision", _provision_digests(tmp_path))


def test_harvest_reports_are_unchanged(tmp_path):
    _check("harvest", _harvest_digests(tmp_path))
