"""What the Mural tests share besides the fake itself (tests/fakes/mural_app.py): a small
hand-built plan, a signed-in user, settings, and a fake Mural that knows that user.

Not a test module (pytest collects test_*.py only).
"""

from __future__ import annotations

import time

from fakes import FakeClock
from fakes.mural_app import MuralApp
from werkbord.geometry import Point, Rect
from werkbord.plan import BoardPlan, GroupGeometry, Kind, PlanItem, Region, Role

API = "https://mural.test/api/public/v1"  # any host: requests reach the fake through transport=
ACCESS = "acc-SECRET-0123456789abcdef"
REFRESH = "ref-SECRET-0123456789abcdef"
CLIENT_ID, CLIENT_SECRET = "client-123", "client-SECRET-xyz987654"


def fake_mural(**kw) -> MuralApp:
    """The fake Mural with its own instant clock, knowing the tokens ``signed_in`` stores; every
    room exists. Pass ``app.transport()``, ``app.clock`` and ``app.clock.sleep`` to the backend."""
    clock = FakeClock()
    kw.setdefault("rooms", None)
    app = MuralApp(clock=clock, sleep=clock.sleep, tokens=(ACCESS,), client=(CLIENT_ID, CLIENT_SECRET), **kw)
    app.refresh_tokens[REFRESH] = True
    return app


# --- a plan built by hand (the layout function is someone else's) --------------------------


def small_plan(groups: int = 2) -> BoardPlan:
    items: list[PlanItem] = [
        PlanItem("fac", Kind.FRAME, Role.FACILITATOR_FRAME, Rect(0, 0, 800, 600), text="Facilitator"),
        PlanItem(
            "fac.title",
            Kind.TEXT,
            Role.TITLE,
            Rect(20, 20, 600, 60),
            text="Team Noord",
            parent="fac",
            text_size="xl",
        ),
        PlanItem("fac.info", Kind.TEXT, Role.INFO, Rect(20, 100, 600, 80), text="Welkom &\nuitleg", parent="fac"),
    ]
    geoms: list[GroupGeometry] = []
    for g in range(1, groups + 1):
        x0 = 1000.0 * g
        k = f"g{g}"
        cx, cy = x0 + 700, 400
        items += [
            PlanItem(k, Kind.FRAME, Role.GROUP_FRAME, Rect(x0, 0, 900, 800), text=f"Groep {g}", group=g),
            PlanItem(
                f"{k}.s1",
                Kind.FRAME,
                Role.STEP_FRAME,
                Rect(x0 + 20, 60, 440, 700),
                text="Stap 1",
                parent=k,
                group=g,
            ),
            PlanItem(
                f"{k}.s1.r1",
                Kind.RECTANGLE,
                Role.PROMPT_REGION,
                Rect(x0 + 40, 120, 200, 150),
                text="Wie is betrokken?",
                parent=f"{k}.s1",
                group=g,
                color="light_blue",
                meta={"prompt": "betrokken"},
            ),
            PlanItem(
                f"{k}.s2",
                Kind.FRAME,
                Role.STEP_FRAME,
                Rect(x0 + 480, 60, 400, 700),
                text="Stap 2",
                parent=k,
                group=g,
            ),
            PlanItem(
                f"{k}.ring.C",
                Kind.ELLIPSE,
                Role.ZONE_RING,
                Rect(cx - 180, cy - 180, 360, 360),
                parent=f"{k}.s2",
                group=g,
                color="light_green",
                meta={"zone": "C"},
            ),
            PlanItem(
                f"{k}.patient",
                Kind.ELLIPSE,
                Role.PATIENT,
                Rect(cx - 40, cy - 40, 80, 80),
                text="Patiënt",
                parent=f"{k}.s2",
                group=g,
                color="yellow",
            ),
            PlanItem(
                f"{k}.ring.A",
                Kind.ELLIPSE,
                Role.ZONE_RING,
                Rect(cx - 100, cy - 100, 200, 200),
                parent=f"{k}.s2",
                group=g,
                color="cyan",
                meta={"zone": "A"},
            ),
            # A label whose plan parent is a ring: Mural cannot nest in shapes, so it goes to the step area.
            PlanItem(
                f"{k}.ring.A.label",
                Kind.TEXT,
                Role.ZONE_LABEL,
                Rect(cx - 20, cy - 95, 60, 20),
                text="A",
                parent=f"{k}.ring.A",
                group=g,
                text_size="s",
            ),
            PlanItem(
                f"{k}.party.1",
                Kind.STICKY,
                Role.PARTY_STICKY,
                Rect(x0 + 500, 700, 80, 50),
                text="Huisarts",
                parent=f"{k}.s2",
                group=g,
                color="light_pink",
                meta={"party": "huisarts"},
            ),
            # Two identical blank stickies on one spot: resume must not confuse them.
            PlanItem(
                f"{k}.blank.1",
                Kind.STICKY,
                Role.BLANK_PARTY,
                Rect(x0 + 600, 700, 80, 50),
                parent=f"{k}.s2",
                group=g,
                color="gray",
            ),
            PlanItem(
                f"{k}.blank.2",
                Kind.STICKY,
                Role.BLANK_PARTY,
                Rect(x0 + 600, 700, 80, 50),
                parent=f"{k}.s2",
                group=g,
                color="gray",
            ),
            PlanItem(
                f"{k}.timer",
                Kind.TEXT,
                Role.TIMER,
                Rect(x0 + 700, 10, 150, 40),
                text="15:00",
                parent=k,
                group=g,
            ),
        ]
        geoms.append(
            GroupGeometry(
                index=g,
                name=f"Groep {g}",
                frame_key=k,
                frame=Rect(x0, 0, 900, 800),
                step_frames={1: Rect(x0 + 20, 60, 440, 700), 2: Rect(x0 + 480, 60, 400, 700)},
                patient=Point(cx, cy),
                radii={"patient": 40, "A": 100, "B": 140, "C": 180},
                lane=Rect(x0 + 480, 680, 400, 80),
                regions=[Region(f"{k}.s1.r1", 1, Rect(x0 + 40, 120, 200, 150), "Wie is betrokken?")],
                timer_key=f"{k}.timer",
            )
        )
    return BoardPlan(
        title="Team Noord",
        template="terugval",
        template_version="1",
        lang="nl",
        start="14:00",
        participants=6,
        items=items,
        groups=geoms,
        facilitator_key="fac",
    )


def signed_in(
    monkeypatch,
    tmp_path,
    *,
    expires_in: float = 3600,
    access: str = ACCESS,
    refresh: str = REFRESH,
    lifetime: float | None = None,
):
    """Credentials in a 0600 file under tmp_path, as `werkbord auth mural` would leave them;
    ``lifetime``: the token was obtained that long before it expires (default: just now)."""
    from werkbord.credentials import CredentialStore

    monkeypatch.setenv("WERKBORD_CREDENTIALS", "file")
    monkeypatch.setenv("WERKBORD_CONFIG_DIR", str(tmp_path / "config"))
    store = CredentialStore()
    store.save(
        "mural",
        {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_at": time.time() + expires_in,
            "scope": "murals:read murals:write",
            "user": {"id": "u1", "name": "Ada Lovelace", "email": "ada@example.org"},
            "obtained_at": time.time() + expires_in - (lifetime or expires_in),
        },
    )
    return store


def settings(**kw):
    from werkbord.settings import Settings

    base = dict(
        mural_client_id=CLIENT_ID,
        mural_client_secret=CLIENT_SECRET,
        mural_api_url=API,
        mural_room_id=None,
        _env_file=None,
    )
    base.update(kw)
    return Settings(**base)
