"""The registry of backends: every backend is registered whole, and opened only through it."""

from __future__ import annotations

import inspect
import time
from importlib import import_module

import pytest

from werkbord import backends
from werkbord.backends import REGISTRY, BackendEntry, open_backend
from werkbord.board.base import Backend, BackendBase, Capabilities
from werkbord.errors import UsageError
from werkbord.settings import Settings

PROTOCOL_METHODS = [n for n, v in vars(Backend).items() if callable(v) and not n.startswith("_")]
# What a declared capability promises: these methods answer for real (not BackendBase's "no").
CAPABILITY_METHODS = {"native_timer": ("native_timer",), "provisioned_copy": ("scene_path", "unchanged")}


def registration_problems(entry: BackendEntry) -> list[str]:
    """What is missing for ``entry`` to be a whole backend (empty: nothing)."""
    try:
        cls = entry.backend_class()
    except (ImportError, AttributeError) as e:
        return [f"{entry.cls} cannot be imported: {e}"]
    problems = []
    if getattr(cls, "name", None) != entry.name:
        problems.append(f"{entry.cls}.name is {getattr(cls, 'name', None)!r}, registered as {entry.name!r}")
    caps = getattr(cls, "capabilities", None)
    if not isinstance(caps, Capabilities):
        problems.append(f"{entry.cls} declares no Capabilities")
        caps = Capabilities()
    problems += [f"{entry.cls} lacks {m}()" for m in PROTOCOL_METHODS if not callable(getattr(cls, m, None))]
    for cap, methods in CAPABILITY_METHODS.items():
        for m in methods:
            own = getattr(cls, m, None) is not getattr(BackendBase, m)
            if getattr(caps, cap) and not own:
                problems.append(f"{entry.cls} declares {cap} but does not implement {m}()")
            if own and not getattr(caps, cap):
                problems.append(f"{entry.cls} implements {m}() but does not declare {cap}")
    params = inspect.signature(cls.__init__).parameters
    takes_any = any(p.kind is p.VAR_KEYWORD for p in params.values())
    for flag, option in entry.flags.items():
        # A REST backend's sign-in may consume an option; the rest reach the constructor.
        if option not in params and not takes_any and entry.sign_in is None:
            problems.append(f"--{flag} maps to {option!r}, which {entry.cls} does not take")
    if entry.online and entry.sign_in is None:
        problems.append(f"{entry.name} is online but has no sign-in")
    if entry.local and "dry_run" not in params:
        problems.append(f"{entry.cls} takes no dry_run")
    if entry.self_check:
        module, _sep, fn = entry.self_check.partition(":")
        if not callable(getattr(import_module(module), fn, None)):
            problems.append(f"self-check {entry.self_check} does not exist")
    return problems


def test_the_registry_lists_every_backend():
    assert backends.backend_names() == ["excalidraw", "miro", "mural", "print"]
    assert [n for n in REGISTRY if REGISTRY[n].online] == ["miro", "mural"]
    assert backends.checkable() == ["miro", "mural"]


@pytest.mark.parametrize("name", list(REGISTRY))
def test_each_backend_is_registered_whole(name):
    assert registration_problems(REGISTRY[name]) == []


class _HalfBuilt:  # a backend someone started: no capabilities, no read_items, a wrong name
    name = "halve"

    def __init__(self, folder, *, dry_run=False):
        pass

    def provision(self, plan, manifest, checkpoint): ...

    def update_text(self, manifest, updates): ...

    def links(self, manifest): ...


class _ClaimsATimer(BackendBase):  # declares a native timer it never built
    name = "klok"
    capabilities = Capabilities(native_timer=True)

    def __init__(self, *, dry_run=False):
        pass

    def provision(self, plan, manifest, checkpoint): ...

    def read_items(self, manifest): ...

    def update_text(self, manifest, updates): ...

    def links(self, manifest): ...


def test_a_half_registered_backend_is_caught():
    half = registration_problems(
        BackendEntry("half", f"{__name__}:_HalfBuilt", online=True, local=True, flags={"room": "room_id"})
    )
    assert any("name is 'halve'" in p for p in half)
    assert any("declares no Capabilities" in p for p in half)
    assert any("lacks read_items()" in p for p in half)
    assert any("online but has no sign-in" in p for p in half)
    assert any("does not take" in p for p in half)
    timer = registration_problems(
        BackendEntry(
            "klok", f"{__name__}:_ClaimsATimer", online=False, local=False, self_check=f"{__name__}:no_such_check"
        )
    )
    assert "declares native_timer but does not implement native_timer()" in " ".join(timer)
    assert any("self-check" in p for p in timer)
    gone = registration_problems(BackendEntry("weg", "werkbord.board.nothing:Nothing", online=False, local=True))
    assert gone and "cannot be imported" in gone[0]


@pytest.mark.parametrize("name", list(REGISTRY))
def test_open_backend_builds_each_registered_class(name, tmp_path):
    options = {"settings": Settings(_env_file=None)} if REGISTRY[name].sign_in else {}
    backend = open_backend(name, folder=tmp_path, options=options)
    assert type(backend) is REGISTRY[name].backend_class() and backend.name == name
    assert backend.capabilities is REGISTRY[name].capabilities


def test_the_rest_backends_get_their_address_and_sign_in_from_the_layer_above():
    s = Settings(
        _env_file=None,
        miro_api_url="http://miro.test/v2",
        miro_team_id="t9",
        mural_api_url="http://mural.test/api",
        mural_room_id="77",
    )
    miro = open_backend("miro", folder=None, options={"settings": s})
    assert (miro.api_url, miro.team_id) == ("http://miro.test", "t9")
    mural = open_backend("mural", folder=None, options={"settings": s})
    assert (mural.api_url, mural.room_id) == ("http://mural.test/api", "77")
    # No Miro token configured: asking for one says what to set, in one line.
    with pytest.raises(Exception, match="no Miro access token"):
        miro.token_provider()


def test_an_unknown_backend_is_a_usage_error_naming_the_choices(tmp_path):
    with pytest.raises(UsageError) as e:
        open_backend("trello", folder=tmp_path)
    assert "trello" in str(e.value) and "excalidraw, miro, mural, print" in (e.value.hint or "")


def test_command_line_flags_map_through_the_registry():
    assert backends.flag_options("miro", {"team": "t1", "board": None, "room": "r"}) == {"team_id": "t1"}
    assert backends.flag_options("mural", {"team": None, "board": None, "room": "r"}) == {"room_id": "r"}
    assert backends.flag_options("excalidraw", {"team": None, "board": None, "room": None}) == {}
    with pytest.raises(UsageError, match="only apply to"):
        backends.flag_options("print", {"team": "t1", "board": None, "room": None})


class _Screen:
    def __init__(self, title, groups, *, board_live):
        self.board_live = board_live

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def __call__(self, cd, now, ev):
        pass


@pytest.mark.parametrize("live", [True, False])
def test_the_timer_follows_the_declared_capabilities_not_the_methods_a_backend_has(tmp_path, monkeypatch, live):
    from werkbord import api

    done = api.provision(groups=2, title="Team Noord", out=tmp_path)

    class Declared(BackendBase):
        name = "excalidraw"
        capabilities = Capabilities(live_updates=live)  # no native timer declared...

        def __init__(self):
            self.updates, self.native_asked = [], False

        def native_timer(self, manifest):  # ...so this is never asked, although it is here
            self.native_asked = True
            raise AssertionError("asked for a native timer the backend does not declare")

        def update_text(self, manifest, updates):
            self.updates.append(list(updates))

    board = Declared()
    monkeypatch.setattr(api, "open_backend", lambda *a, **k: board)
    warned: list[str] = []
    pressed = iter(["q"])  # q once; a second q would leave before the board caught up

    def keys(timeout):
        key = next(pressed, None)
        if key is None:
            time.sleep(min(timeout, 0.01))
        return key

    cd, ev = api.timer(done.manifest_path, step=1, keys=keys, screen=_Screen, warn=warned.append)
    assert cd.stopped and not board.native_asked
    assert bool(board.updates) is live  # panels updated only on a board that declares live updates
    assert bool(warned) is not live  # otherwise the terminal says the board stays as it is


def test_a_wrong_step_or_length_is_said_before_the_board_is_opened(tmp_path, monkeypatch):
    from werkbord import api

    done = api.provision(groups=2, title="Team Noord", out=tmp_path)
    monkeypatch.setattr(api, "open_backend", lambda *a, **k: pytest.fail("the board was opened"))
    with pytest.raises(UsageError, match="--step 9 does not exist"):
        api.timer(done.manifest_path, step=9, keys=lambda t: "q", screen=_Screen)
    for minutes in (0.0, 1441.0, float("nan")):
        with pytest.raises(UsageError, match="is out of range") as e:
            api.timer(done.manifest_path, step=1, minutes=minutes, keys=lambda t: "q", screen=_Screen)
        assert e.value.hint == "choose more than 0 and at most 1440"


def test_the_messages_about_flags_and_checks_name_the_backends_from_the_registry(monkeypatch):
    # A backend added to the registry shows up in the wording with no message edited, in Dutch too.
    from werkbord.i18n import language

    extra = BackendEntry(
        "trello",
        "werkbord.board.mural:MuralBackend",
        online=True,
        local=False,
        flags={"workspace": "workspace_id"},
        self_check="werkbord.board.check:check_mural",
    )
    monkeypatch.setitem(REGISTRY, "trello", extra)
    with pytest.raises(UsageError) as e:
        backends.flag_options("print", {"team": "t1"})
    assert str(e.value) == "--team, --board, --room and --workspace only apply to --backend miro, mural or trello"
    with language("nl"), pytest.raises(UsageError) as e:
        backends.flag_options("excalidraw", {"room": "r1"})
    assert str(e.value) == "--team, --board, --room en --workspace gelden alleen voor --backend miro, mural of trello"
    with pytest.raises(UsageError) as e:
        backends.run_check("print")
    assert e.value.hint == "choose miro, mural or trello"
    assert backends.check_options("trello", {"workspace": "w1", "room": "r1"}) == {"workspace_id": "w1"}


def test_a_check_takes_only_the_flags_of_its_backend():
    assert backends.check_options("mural", {"team": "t1", "room": "r1"}) == {"room_id": "r1"}
    assert backends.check_options("miro", {"team": "t1", "room": "r1"}) == {"team_id": "t1"}
    with pytest.raises(UsageError, match="cannot check 'excalidraw'"):
        backends.check_options("excalidraw", {})
