"""Prints how long classification takes for a worked-on board of 30 groups and 3,000 notes,
a whole harvest of the same board from an Excalidraw scene file (read + classify), and the
wall time of the `werkbord harvest` command on it with de-identification on (warm cache).

    python benchmarks/harvest_classify.py
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from werkbord import api
from werkbord.geometry import Rect
from werkbord.harvest.classify import classify
from werkbord.items import BoardItem
from werkbord.manifest import load_manifest
from werkbord.template import load_template

GROUPS, NOTES = 30, 3000


def scatter(manifest, rng: random.Random) -> list[BoardItem]:
    """Notes spread over every group's regions and rings, as a busy session leaves them."""
    notes = []
    for n in range(NOTES):
        g = manifest.groups[n % GROUPS].geometry()
        if n % 3 == 0:
            r = rng.uniform(0, g.radii["C"] * 1.1)
            a = rng.uniform(0, 2 * math.pi)
            cx, cy = g.patient.x + r * math.cos(a), g.patient.y + r * math.sin(a)
            text = rng.choice(["huisarts", "POH-ggz", "buurvrouw", "wijkteam", "de werkgever", "FACT"])
        else:
            region = rng.choice(g.regions)
            cx, cy = region.rect.center.x, region.rect.center.y
            text = f"Notitie {n}: afstemming met de huisarts ging {'goed' if n % 2 else 'moeizaam'}"
        notes.append(BoardItem(f"n{n}", "sticky", text, Rect(cx - 90, cy - 60, 180, 120)))
    return notes


def write_notes(scene_path: Path, items) -> None:
    """Add ``items`` to an Excalidraw scene file as text elements, as participants' notes."""
    scene = json.loads(scene_path.read_text())
    for it in items:
        scene["elements"].append(
            {
                "id": it.id,
                "type": "text",
                "x": it.rect.x,
                "y": it.rect.y,
                "width": it.rect.w,
                "height": it.rect.h,
                "text": it.text,
                "originalText": it.text,
                "isDeleted": False,
                "containerId": None,
                "fontSize": 20,
                "fontFamily": 5,
            }
        )
    scene_path.write_text(json.dumps(scene))


def main() -> None:
    rng = random.Random(7)
    wv = load_template("terugval", "nl")
    with tempfile.TemporaryDirectory() as tmp:
        done = api.provision(groups=GROUPS, title="Bench", out=Path(tmp))
        manifest = load_manifest(done.manifest_path)
        template_items = [BoardItem(ref.id, "shape", ref.text, Rect(0, 0, 1, 1)) for ref in manifest.items.values()]
        items = template_items + scatter(manifest, rng)
        t0 = time.perf_counter()
        h = classify(manifest, items, wv, now="bench")
        t = time.perf_counter() - t0
        print(f"classify {GROUPS} groups, {len(h.notes)} notes: {t * 1000:.0f} ms")

        # The same notes written into the scene, then a whole harvest (read + classify, no scrub).
        write_notes(Path(tmp) / manifest.board.path, scatter(manifest, rng))
        t0 = time.perf_counter()
        h = api.harvest(done.manifest_path, scrub=False)
        print(
            f"harvest from the scene file (read + classify, no scrub): {(time.perf_counter() - t0) * 1000:.0f} ms"
            f" for {len(h.notes)} notes"
        )

        # What a facilitator waits for: the whole command, de-identification on, all formats.
        cmd = [sys.executable, "-m", "werkbord", "harvest", str(done.manifest_path), "--out", str(Path(tmp) / "o")]
        subprocess.run(cmd, check=True, capture_output=True)  # warm the cache once, as a machine in use is
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        print(
            f"`werkbord harvest` wall time, scrubbed, all formats, {len(h.notes)} notes: "
            f"{time.perf_counter() - t0:.2f} s"
        )


if __name__ == "__main__":
    main()
