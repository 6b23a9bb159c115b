#!/usr/bin/env bash
# Load a werkbord scene in the real Excalidraw (npm @excalidraw/excalidraw, headless Chromium).
# Needs node/npm and chromium (Debian: apt-get install chromium). Works in a scratch folder so no
# node_modules land in the repo. Usage: tests/excalidraw_check/run.sh [GROUPS]   (default 4)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WERKBORD_CHECK_DIR:-${TMPDIR:-/tmp}/werkbord-excalidraw-check}"
groups="${1:-4}"
py="${PYTHON:-$repo/../.venv/bin/python}"
[ -x "$py" ] || py=python3
mkdir -p "$work/out"
cp "$here/package.json" "$here/page.jsx" "$here/check.mjs" "$here/index.html" "$work/"
cd "$work"
[ -d node_modules/@excalidraw/excalidraw ] || npm install --no-audit --no-fund >/dev/null
npx esbuild page.jsx --bundle --conditions=production --format=esm --outdir=out --loader:.woff2=file --loader:.ttf=file \
  --define:process.env.NODE_ENV='"production"' --log-level=warning
"$py" - "$groups" "$work/scene.excalidraw" <<'PY'
import json, sys
from werkbord.board.excalidraw import plan_to_scene
from werkbord.layout import layout
from werkbord.template import load_template
plan = layout(load_template("terugval", "nl"), int(sys.argv[1]), title="Check", start="14:00")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(plan_to_scene(plan, "check"), f, ensure_ascii=False)
PY
node check.mjs scene.excalidraw "$work/view.png" "$work/saved.excalidraw"
# Read back what the editor saved (with a participant's edits) through werkbord's own reader.
"$py" - "$work/scene.excalidraw" "$work/saved.excalidraw" <<'PY'
import json, sys
from werkbord.board.excalidraw import scene_to_items
before = {i.id: i for i in scene_to_items(json.load(open(sys.argv[1], encoding="utf-8")))}
after = {i.id: i for i in scene_to_items(json.load(open(sys.argv[2], encoding="utf-8")))}
gone, new = sorted(set(before) - set(after)), sorted(set(after) - set(before))
changed = [k for k in set(before) & set(after) if (before[k].text, before[k].rect) != (after[k].text, after[k].rect)]
print(json.dumps({"read_back": len(after), "gone": gone,
                  "new": [(after[k].kind, after[k].text, after[k].parent_id) for k in new],
                  "changed": changed}, ensure_ascii=False))
sys.exit(0 if len(gone) == 1 and len(new) == 2 and not changed else 1)
PY
