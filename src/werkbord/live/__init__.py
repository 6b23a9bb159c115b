"""``werkbord live``: during the session, a local page with every group's progress and the plenary view.

    LiveSession (a thread) ──api.harvest──▶ Harvest ──snapshot──▶ cards + plenary data + SVG
         ▲ every --interval s (Excalidraw: when the scene file changes)       │
    server (Starlette, 127.0.0.1) ◀── /api/state, /figure/*.svg ◀── the page polls every 2 s

The timer (``werkbord timer``) writes its state into a small file beside the manifest
(:mod:`.session_state`), which the page shows. Everything shown is pseudonymised the way the
report is; nothing is written to disk.
"""
