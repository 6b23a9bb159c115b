"""Work got ready beside an online board's read (werkbord.meanwhile), and where harvest uses it."""

from __future__ import annotations

import threading
import time
from concurrent.futures import CancelledError

import httpx
import pytest
import respx

from werkbord.meanwhile import Meanwhile


def test_inline_runs_each_task_when_submitted_in_the_callers_thread():
    ran: list[tuple[str, str]] = []
    with Meanwhile(background=False) as meanwhile:
        first = meanwhile.submit(lambda: ran.append(("a", threading.current_thread().name)) or 1)
        assert first.done() and first.result() == 1
        second = meanwhile.submit(lambda x: x + first.result(), 41)
        assert ran == [("a", threading.current_thread().name)]
    assert second.result() == 42


def test_inline_keeps_an_error_for_whoever_asks_for_the_result():
    with Meanwhile(background=False) as meanwhile:
        failed = meanwhile.submit(lambda: 1 / 0)
        after = meanwhile.submit(lambda: "still runs")
    with pytest.raises(ZeroDivisionError):
        failed.result()
    assert after.result() == "still runs"


def test_background_runs_in_order_off_the_callers_thread_and_the_block_waits_for_all():
    order: list[int] = []
    names: set[str] = set()

    def work(n: int) -> int:
        time.sleep(0.02)
        order.append(n)
        names.add(threading.current_thread().name)
        return n

    with Meanwhile(background=True) as meanwhile:
        futures = [meanwhile.submit(work, n) for n in range(4)]
        assert not futures[-1].done()  # the caller is not held up by the work
    assert order == [0, 1, 2, 3]
    assert all(f.done() for f in futures)  # leaving the block waited for every task
    assert names == {"werkbord-meanwhile"}


def test_background_waits_for_its_begin_signal():
    begin = threading.Event()
    started = threading.Event()
    with Meanwhile(background=True, begin=begin, begin_within=5.0) as meanwhile:
        task = meanwhile.submit(started.set)
        assert not started.wait(0.15)  # nothing before the signal
        begin.set()
        assert started.wait(2.0)
    assert task.done()


def test_background_begins_anyway_when_no_signal_comes_in_time():
    begin = threading.Event()  # never set: say, a vendor that is slow to answer at all
    t0 = time.monotonic()
    with Meanwhile(background=True, begin=begin, begin_within=0.1) as meanwhile:
        task = meanwhile.submit(lambda: time.monotonic())
    assert task.result() - t0 >= 0.1


def test_an_error_in_the_block_does_not_wait_for_the_work_and_what_did_not_start_never_starts():
    release = threading.Event()
    ran_second = threading.Event()
    t0 = time.monotonic()
    with pytest.raises(RuntimeError, match="read failed"):
        with Meanwhile(background=True) as meanwhile:
            slow = meanwhile.submit(release.wait, 5.0)
            second = meanwhile.submit(ran_second.set)
            time.sleep(0.05)  # the slow task is running
            raise RuntimeError("read failed")
    assert time.monotonic() - t0 < 1.0  # the error came at once
    assert second.cancelled()
    with pytest.raises(CancelledError):
        second.result()
    release.set()
    assert slow.result(timeout=2.0) is True
    assert not ran_second.wait(0.1)


# -- the HTTP layer's signal ---------------------------------------------------------------------


@respx.mock
def test_the_http_layer_signals_the_first_answer_and_not_a_connection_that_failed(monkeypatch):
    from werkbord.errors import BoardError
    from werkbord.http import activity, client
    from werkbord.http.sync import run_sync

    signal = activity.AnswerSignal()
    monkeypatch.setattr(client, "first_answer", signal)
    respx.get("https://api.example.test/v1/down").mock(side_effect=httpx.ConnectError("refused"))
    respx.get("https://api.example.test/v1/ok").mock(return_value=httpx.Response(200, json={"ok": True}))

    async def ask(path: str):
        async with client.HttpClient("https://api.example.test", vendor="Test", auth=None, max_attempts=1) as http:
            return await http.request_json("GET", path)

    waiting = signal.next_answer()
    with pytest.raises(BoardError):
        run_sync(ask("/v1/down"))
    assert not waiting.is_set()
    assert run_sync(ask("/v1/ok")) == {"ok": True}
    assert waiting.is_set()


def test_a_second_caller_in_the_same_process_waits_for_an_answer_of_its_own():
    from werkbord.http.activity import AnswerSignal

    signal = AnswerSignal()
    first = signal.next_answer()
    signal.set()  # the first harvest's read was answered
    second = signal.next_answer()
    assert first.is_set() and not second.is_set()
    signal.set()
    assert second.is_set()


# -- harvest ---------------------------------------------------------------------------------------


@pytest.fixture
def fresh_first_answer(monkeypatch):
    """A process that has not heard from any vendor yet."""
    from werkbord.http import activity, client

    fresh = activity.AnswerSignal()
    monkeypatch.setattr(activity, "first_answer", fresh)
    monkeypatch.setattr(client, "first_answer", fresh)
    return fresh


def _recording_template_for(monkeypatch, seen: list[tuple[int, str]], requests_so_far):
    from werkbord import api

    real = api.template_for

    def template_for(*args, **kwargs):
        seen.append((requests_so_far(), threading.current_thread().name))
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "template_for", template_for)


def test_an_online_harvest_loads_the_template_beside_the_read_after_the_first_answer(
    tmp_path, monkeypatch, fresh_first_answer
):
    from fakes import FakeClock
    from fakes.harness import miro_options
    from fakes.miro_app import MiroApp
    from werkbord import api

    clock = FakeClock()
    app = MiroApp(clock=clock, sleep=clock.sleep)
    options = miro_options(app, clock=clock)
    done = api.provision(groups=2, title="Team Noord", out=tmp_path, backend="miro", options=options)
    before = len(app.log)
    seen: list[tuple[int, str]] = []
    _recording_template_for(monkeypatch, seen, lambda: len(app.log))

    harvested = api.harvest(done.manifest_path, scrub=False, options=options, preload=["werkbord_no_such_module"])

    assert len(seen) == 1
    answered, thread = seen[0]
    assert answered > before  # the board had answered before the template was loaded
    assert thread == "werkbord-meanwhile"
    # A preload that fails is no error of the harvest's: whoever needs the module reports it.
    assert len(harvested.groups) == 2


def test_a_local_board_loads_the_template_in_the_callers_thread(tmp_path, monkeypatch):
    from werkbord import api

    done = api.provision(groups=2, title="Team Noord", out=tmp_path)
    seen: list[tuple[int, str]] = []
    _recording_template_for(monkeypatch, seen, lambda: 0)
    api.harvest(done.manifest_path, scrub=False)
    assert [t for _, t in seen] == [threading.current_thread().name]


def test_a_template_that_fails_beside_an_online_read_is_still_the_error(tmp_path, fresh_first_answer):
    from fakes import FakeClock
    from fakes.harness import miro_options
    from fakes.miro_app import MiroApp
    from werkbord import api
    from werkbord.errors import TemplateError

    clock = FakeClock()
    app = MiroApp(clock=clock, sleep=clock.sleep)
    options = miro_options(app, clock=clock)
    done = api.provision(groups=1, title="Team Noord", out=tmp_path, backend="miro", options=options)
    with pytest.raises(TemplateError):
        api.harvest(done.manifest_path, template=tmp_path / "gone.yaml", scrub=False, options=options)


class _IdentityScrubber:
    """Stands in for the pseudonymisation engine: records where it was made, changes nothing."""

    made_in: list[str] = []
    prepared: int = 0
    team = None

    def __init__(self, *args, **kwargs) -> None:
        type(self).made_in.append(threading.current_thread().name)

    def prepare(self) -> None:  # the engine's load: the slow part
        type(self).prepared += 1

    def scrub_many(self, texts, layouts=None, *, worker=None, review=None):
        from werkbord.privacy import ScrubResult

        spans = [lay.spans for lay in layouts] if layouts else [()] * len(texts)
        return [ScrubResult(t, {}, tuple((n, t[a:b]) for n, a, b in s)) for t, s in zip(texts, spans, strict=True)]


@pytest.fixture
def identity_scrubber(monkeypatch):
    import werkbord.privacy

    _IdentityScrubber.made_in, _IdentityScrubber.prepared = [], 0
    monkeypatch.setattr(werkbord.privacy, "Scrubber", _IdentityScrubber)
    return _IdentityScrubber


def test_an_online_harvest_readies_the_scrubber_beside_the_read_and_uses_that_one(
    tmp_path, fresh_first_answer, identity_scrubber
):
    from fakes import FakeClock
    from fakes.harness import miro_options
    from fakes.miro_app import MiroApp
    from werkbord import api

    clock = FakeClock()
    app = MiroApp(clock=clock, sleep=clock.sleep)
    options = miro_options(app, clock=clock)
    done = api.provision(groups=1, title="Team Noord", out=tmp_path, backend="miro", options=options)
    harvested = api.harvest(done.manifest_path, options=options)
    assert identity_scrubber.made_in == ["werkbord-meanwhile"]  # made once, beside the read
    assert identity_scrubber.prepared == 1
    assert harvested.scrubbing.scrubbed


def test_a_local_harvest_loads_no_engine_ahead_of_the_text_it_scrubs(tmp_path, identity_scrubber):
    from werkbord import api

    done = api.provision(groups=1, title="Team Noord", out=tmp_path)
    api.harvest(done.manifest_path)  # the board as provisioned: nothing to scrub, nothing to wait for
    assert identity_scrubber.made_in == [threading.current_thread().name]
    assert identity_scrubber.prepared == 0


def test_background_work_still_running_never_keeps_a_failed_command_alive():
    # The read failed while a long task (word lists prepared on a first run) was under way: the
    # command ends with its error at once instead of waiting for work nobody will use.
    import subprocess
    import sys
    import time

    script = (
        "import threading, time\n"
        "from werkbord.meanwhile import Meanwhile\n"
        "started = threading.Event()\n"
        "def long_task():\n"
        "    started.set()\n"
        "    time.sleep(60)\n"
        "with Meanwhile(background=True) as meanwhile:\n"
        "    meanwhile.submit(long_task)\n"
        "    started.wait(10)\n"
        "    raise SystemExit(3)\n"
    )
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=50)
    assert r.returncode == 3, r.stderr
    assert time.monotonic() - t0 < 30
