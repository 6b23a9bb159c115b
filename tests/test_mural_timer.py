"""Mural's native timer follows werkbord's countdown: start, pause/resume, extend, end."""

from __future__ import annotations

from fakes.harness import open_mural
from fakes.specs import operation, validate_body
from mural_support import fake_mural, settings, signed_in
from werkbord.layout import layout
from werkbord.manifest import Manifest


def test_native_timer_requests_match_the_spec(wv, tmp_path, monkeypatch):
    plan = layout(wv, 1)
    m = Manifest.from_plan(plan, name="t", backend="mural")
    m.board.id = "mural-1"
    store = signed_in(monkeypatch, tmp_path)
    fake = fake_mural()
    fake.add_mural("t", 1001, mid="mural-1")
    timer = open_mural(
        settings=settings(), credentials=store, transport=fake.transport(), sleep=fake.clock.sleep, clock=fake.clock
    ).native_timer(m)
    timer.start(1200)
    timer.pause()
    timer.resume()
    timer.extend(60)
    timer.end()
    sent = [(r.method, r.path.removeprefix("/api/public/v1"), r.body) for r in fake.log]
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
    for slug, (_, _, body) in zip(
        ["startmuraltimer", "updatemuraltimer", "updatemuraltimer", "updatemuraltimer"], sent, strict=False
    ):
        operation(slug)  # skips cleanly when the spec folder is absent
        validate_body(slug, body)
