"""Mural's native timer follows werkbord's countdown: start, pause/resume, extend, end."""

from __future__ import annotations

import json

import httpx
import respx

from _mural_fake import API, operation, settings, signed_in, validate_body
from werkbord.board.mural import MuralBackend
from werkbord.layout import layout
from werkbord.manifest import Manifest


def test_native_timer_requests_match_the_spec(wv, tmp_path, monkeypatch):
    plan = layout(wv, 1)
    m = Manifest.from_plan(plan, name="t", backend="mural")
    m.board.id = "mural-1"
    store = signed_in(monkeypatch, tmp_path)
    sent = []
    with respx.mock(assert_all_called=False) as router:

        def record(request: httpx.Request) -> httpx.Response:
            body = json.loads(request.content) if request.content else None
            sent.append((request.method, request.url.path.removeprefix("/api/public/v1"), body))
            return httpx.Response(200, json={"value": {"duration": 60}})

        router.route(url__startswith=f"{API}/murals/mural-1/timer").mock(side_effect=record)
        timer = MuralBackend(settings=settings(), credentials=store).native_timer(m)
        timer.start(1200)
        timer.pause()
        timer.resume()
        timer.extend(60)
        timer.end()
    assert [(meth, path) for meth, path, _ in sent] == [
        ("POST", "/murals/mural-1/timer/start"),
        ("PATCH", "/murals/mural-1/timer"),
        ("PATCH", "/murals/mural-1/timer"),
        ("PATCH", "/murals/mural-1/timer"),
        ("POST", "/murals/mural-1/timer/end"),
    ]
    assert [b for _, _, b in sent] == [
        {"duration": 1200, "soundEnabled": True},
        {"paused": True},
        {"paused": False},
        {"delta": 60},
        None,
    ]
    for slug, (_, _, body) in zip(["startmuraltimer", "updatemuraltimer", "updatemuraltimer", "updatemuraltimer"],
                                  sent, strict=False):  # fmt: skip
        operation(slug)  # skips cleanly when the spec folder is absent
        validate_body(slug, body)
