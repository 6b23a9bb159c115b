"""A large harvest is pseudonymised in two processes (werkbord.privacy.parallel): whatever the
split, the result is what one process gives, and a worker that fails changes nothing but time."""

from __future__ import annotations

import gc
import random
import sys
import time
from pathlib import Path

import pytest
import yaml

from werkbord import api
from werkbord.harvest.forms import FormParser
from werkbord.privacy import Scrubber
from werkbord.privacy import parallel as par
from werkbord.privacy.cachefile import default_cache_dir
from werkbord.privacy.fields import PLAIN, Layout
from werkbord.privacy.worker import READY
from werkbord.template import load_template

DATA = Path(__file__).parent / "data"


def _notes() -> tuple[list[str], list[Layout], list[str]]:
    """Development notes (never the held-out sets) with their layouts: plain notes and
    micro-action forms, as a harvest scrubs them."""
    form = FormParser(load_template("terugval", "nl").step3.form)
    texts, layouts, protected = [], [], []
    for name in ("deid_corpus.yaml", "deid_dev.yaml", "deid_dev4.yaml"):
        data = yaml.safe_load((DATA / name).read_text("utf-8"))
        protected += list(data.get("protected") or [])
        for n in data["notes"]:
            text = str(n["text"])
            layout = PLAIN
            if n.get("field") == "actie":
                parsed = form.parse(text, strict=False)
                if parsed.labelled and parsed.spans:
                    layout = Layout(tuple(parsed.spans))
            texts.append(text)
            layouts.append(layout)
    return texts, layouts, sorted(set(protected))


NOTES, LAYOUTS, PROTECTED = _notes()


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    s = Scrubber(PROTECTED, progress=lambda m: print(m, file=sys.stderr))
    s.prepare()
    return s


@pytest.fixture(scope="module")
def alone(scrubber: Scrubber) -> list:
    return scrubber.scrub_many(NOTES, LAYOUTS)


def _ready_worker() -> par.TagWorker:
    worker = par.TagWorker.start(default_cache_dir())
    assert worker is not None
    deadline = time.monotonic() + 120
    while not worker._tally.get(READY):
        assert time.monotonic() < deadline, "the worker did not load its engine"
        time.sleep(0.02)
    return worker


@pytest.fixture
def every_call_shared(monkeypatch):
    monkeypatch.setattr(par, "MIN_JOBS", 0)  # the second pass too, however short


def test_notes_are_many_and_hold_forms():
    assert len(NOTES) > 300
    assert sum(lay is not PLAIN for lay in LAYOUTS) > 20


@pytest.mark.usefixtures("every_call_shared")
def test_two_processes_give_what_one_gives(scrubber, alone):
    worker = _ready_worker()
    try:
        shared = scrubber.scrub_many(NOTES, LAYOUTS, worker=worker)
    finally:
        worker.close()
    assert worker.answered > 0, "the worker tagged nothing: this test would prove nothing"
    assert shared == alone


@pytest.mark.usefixtures("every_call_shared")
def test_the_review_step_is_read_by_whichever_process_tagged_the_note(scrubber, alone):
    """Asked for the review step too, both processes read each note they tagged for it: the
    suspects each result carries are the review step's own, in its language, and those of the
    worker's notes came from the worker."""
    from werkbord.i18n import language
    from werkbord.privacy.suspects import find_suspects, translated

    worker = _ready_worker()
    try:
        with language("nl"):
            shared = scrubber.scrub_many(NOTES, LAYOUTS, worker=worker, review=PROTECTED)
    finally:
        worker.close()
    assert worker.answered > 0, "the worker tagged nothing: this test would prove nothing"
    assert shared == alone  # (suspects are no part of a result's equality)
    assert all(r.suspects is not None for r in shared if r.text.strip())
    with language("nl"):
        flagged = 0
        for r in shared:
            expected = find_suspects(r.text, protected=[*PROTECTED, *r.kept_texts])
            assert translated(r.suspects or ()) == expected, r.text
            flagged += bool(expected)
    assert flagged >= 10  # notes the review step flags, so the comparison says something


@pytest.mark.usefixtures("every_call_shared")
def test_the_worker_can_take_most_notes_and_still_nothing_changes(scrubber, alone, monkeypatch):
    """This process slowed down (as on a busy core): the worker takes most of the list."""
    from werkbord.privacy.engine import Engine

    tag = Engine.tag

    def slow(self, *args, **kwargs):
        # 10 ms a note: several times what the worker needs for one even when the test machine's
        # cores are shared with other jobs (at 3 ms it lost the race there now and then)
        time.sleep(0.01)
        return tag(self, *args, **kwargs)

    monkeypatch.setattr(Engine, "tag", slow)
    worker = _ready_worker()
    try:
        shared = scrubber.scrub_many(NOTES, LAYOUTS, worker=worker)
    finally:
        worker.close()
    assert worker.answered > len(NOTES) // 2
    assert shared == alone


@pytest.mark.usefixtures("every_call_shared")
def test_a_worker_that_dies_changes_nothing_but_time(scrubber, alone):
    worker = _ready_worker()
    worker._process.kill()
    worker._process.wait()
    try:
        shared = scrubber.scrub_many(NOTES, LAYOUTS, worker=worker)
    finally:
        worker.close()
    assert worker.answered == 0
    assert shared == alone


@pytest.mark.usefixtures("every_call_shared")
def test_a_worker_that_is_not_ready_is_not_waited_for(scrubber, alone, monkeypatch):
    # A worker that never loads: its interpreter only sleeps.
    monkeypatch.setattr(par, "_BOOT", "import time; time.sleep(60)")
    worker = par.TagWorker.start(default_cache_dir())
    assert worker is not None
    t0 = time.monotonic()
    try:
        shared = scrubber.scrub_many(NOTES, LAYOUTS, worker=worker)
    finally:
        worker.close()
    assert time.monotonic() - t0 < 30
    assert shared == alone
    assert worker._process.poll() is not None  # closed: ended and reaped


def test_a_worker_that_raises_hands_its_notes_back(scrubber, alone, every_call_shared):
    """Settings the worker cannot use make it answer "failed": this process tags those notes."""
    worker = _ready_worker()
    try:
        jobs = list(zip(NOTES, LAYOUTS, strict=True))
        here = scrubber._tag_all  # noqa: SLF001 - the same call scrub_many makes
        tagged = worker.tag_all(
            jobs,
            ("not protected phrases", None, frozenset()),
            lambda text, layout: here(scrubber._get_engine(), [(text, layout)], frozenset(), None)[0],  # noqa: SLF001
        )
    finally:
        worker.close()
    engine = scrubber._get_engine()  # noqa: SLF001
    assert tagged == [engine.tag(t, scrubber._protected, layout=lay) for t, lay in jobs]  # noqa: SLF001


def test_closing_ends_the_process_and_removes_its_tally(tmp_path):
    worker = _ready_worker()
    tally = worker._tally_path
    assert tally.exists()
    worker.close()
    assert worker._process.returncode is not None
    assert not tally.exists()
    worker.close()  # twice is harmless


def test_a_worker_nobody_closed_ends_with_its_owner():
    worker = _ready_worker()
    process = worker._process
    del worker
    gc.collect()
    assert process.poll() is not None


def test_no_worker_where_it_cannot_help(tmp_path, monkeypatch):
    assert par.TagWorker.start(tmp_path / "not-prepared") is None  # this process prepares the lists first
    monkeypatch.setattr(par, "cores", lambda: 1)
    assert par.TagWorker.start(default_cache_dir()) is None


def _board_with_notes(tmp_path: Path, count: int) -> Path:
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    try:
        from harvest_classify import write_notes
    finally:
        sys.path.pop(0)
    from werkbord.geometry import Rect
    from werkbord.items import BoardItem
    from werkbord.manifest import load_manifest

    done = api.provision(groups=4, title="Parallel", out=tmp_path)
    manifest = load_manifest(done.manifest_path)
    rng = random.Random(3)
    items = []
    for n in range(count):
        g = manifest.groups[n % 4].geometry()
        region = rng.choice(g.regions)
        c = region.rect.center
        text = NOTES[n % len(NOTES)] if n % 3 else f"{NOTES[n % len(NOTES)]} ({n})"
        items.append(BoardItem(f"p{n}", "sticky", text, Rect(c.x - 90, c.y - 60, 180, 120)))
    write_notes(tmp_path / manifest.board.path, items)
    return done.manifest_path


def test_the_commands_harvest_on_two_cores_is_the_same_harvest(tmp_path, monkeypatch):
    started = []
    start = par.TagWorker.start.__func__

    def counting(cls, cache_dir):
        worker = start(cls, cache_dir)
        started.append(worker)
        return worker

    monkeypatch.setattr(par.TagWorker, "start", classmethod(counting))
    monkeypatch.setattr(par.CpuWatch, "idle_core", lambda self: True)  # whatever else runs on this machine
    manifest = _board_with_notes(tmp_path, par.MIN_TEXTS + 100)
    one = api.harvest(manifest)
    assert started == []
    two = api.harvest(manifest, two_cores=True)
    assert len(started) == 1 and started[0] is not None
    assert started[0]._process.returncode is not None  # ended once the harvest was scrubbed
    strip = {"harvested_at"}
    assert two.model_dump(exclude=strip) == one.model_dump(exclude=strip)


def test_a_harvest_on_busy_cores_starts_no_worker(tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(par.TagWorker, "start", classmethod(lambda cls, cache_dir: started.append(1)))
    monkeypatch.setattr(par.CpuWatch, "idle_core", lambda self: False)
    manifest = _board_with_notes(tmp_path, par.MIN_TEXTS + 100)
    api.harvest(manifest, two_cores=True)
    assert started == []


@pytest.mark.parametrize(
    ("before", "after", "idle"),
    [
        ((100, 1000), (100, 1400), False),  # no idle tick while the board was read
        ((100, 1000), (140, 1400), False),  # 10 % of two cores: a fifth of a core
        ((100, 1000), (300, 1400), True),  # half of two cores
        ((100, 1000), (100, 1010), True),  # too short a window to tell: start
        (None, (100, 1400), True),  # no /proc/stat (Windows, macOS): start
    ],
)
def test_the_cpu_watch_asks_for_half_an_idle_core(monkeypatch, before, after, idle):
    monkeypatch.setattr(par, "cores", lambda: 2)
    ticks = iter([before, after])
    monkeypatch.setattr(par, "_cpu_ticks", lambda: next(ticks))
    assert par.CpuWatch().idle_core() is idle


def test_cpu_ticks_are_read_where_the_system_has_them():
    ticks = par._cpu_ticks()
    if Path("/proc/stat").exists():
        assert ticks is not None and 0 <= ticks[0] <= ticks[1]
    else:
        assert ticks is None


def test_a_worker_that_cannot_be_started_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(par.tempfile, "tempdir", str(tmp_path))

    def fail(*args, **kwargs):
        raise OSError("no interpreter")

    monkeypatch.setattr(par.subprocess, "Popen", fail)
    assert par.TagWorker.start(default_cache_dir()) is None
    assert list(tmp_path.iterdir()) == []


def test_no_worker_without_a_writable_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(par.tempfile, "tempdir", str(tmp_path / "missing"))
    assert par.TagWorker.start(default_cache_dir()) is None
