"""Mural sign-in: OAuth 2.0 authorization code with PKCE on a loopback redirect.

Mural's public API has no personal tokens, so ``werkbord auth mural`` runs the authorization
code flow once (Authlib does the protocol: PKCE S256, state, code exchange, refresh):

1. a one-shot HTTP server listens on ``http://127.0.0.1:<port>/callback`` (loopback only, with
   a timeout); that exact address must be one of the app's redirect URLs in Mural's "My apps";
2. the browser opens Mural's consent page (the URL is printed too, for a headless machine);
3. Mural redirects back with ``code`` and ``state``; a wrong ``state`` aborts (forgery);
4. the code is exchanged at ``<api>/authorization/oauth2/token``; access and refresh token go
   to the user's credential store (keyring, else a 0600 file), with who signed in.

:class:`MuralAuth` hands the access token to the HTTP layer and renews it shortly before it
expires and once on a 401; Mural rotates refresh tokens, so every renewal stores the new one
at once. Nothing here prints or raises with a token in it.
"""

from __future__ import annotations

import base64
import hmac
import json
import time
import warnings
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from ..credentials import CredentialStore
from ..errors import AuthError, UsageError, VendorError
from ..http.redaction import redact, register_secret
from ..i18n import N_, _
from ..settings import Settings, load_settings
from .renewal import MARGIN_SHARE, RenewingToken, save_rotated

PLATFORM = "mural"
AUTHORIZE_PATH = "/authorization/oauth2/"
TOKEN_PATH = "/authorization/oauth2/token"  # also the refresh URL (the OpenAPI's refreshUrl)
CALLBACK_PATH = "/callback"
SIGN_IN_TIMEOUT = 300.0  # seconds the loopback server waits for the browser
POST_AUTH, BASIC_AUTH = "client_secret_post", "client_secret_basic"  # client authentication at the token URL
SIGN_IN_HINT = N_("run `werkbord auth mural`")  # translated where it is used
SIGN_IN_AGAIN = N_("run `werkbord auth mural` again")


def _authlib() -> tuple[Any, Any, Any, Any]:
    """Authlib's httpx clients, without its notice that it prefers the ``httpx2`` package.

    Authlib 1.6+ looks for ``httpx2`` first and falls back to ``httpx`` (what werkbord uses)
    with a deprecation warning that would only confuse a facilitator.
    """
    with warnings.catch_warnings():
        import authlib.deprecate  # noqa: F401 - importing it adds an "always" filter; ours must come after

        warnings.simplefilter("ignore")
        from authlib.common.security import generate_token
        from authlib.integrations.base_client import OAuthError
        from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuth2Client
    return OAuth2Client, AsyncOAuth2Client, OAuthError, generate_token


def _endpoints(settings: Settings) -> tuple[str, str]:
    base = settings.mural_api_url.rstrip("/")
    return base + AUTHORIZE_PATH, base + TOKEN_PATH


def _client_credentials(settings: Settings) -> tuple[str, str]:
    cid = (settings.mural_client_id or "").strip()
    secret = settings.mural_client_secret.get_secret_value().strip() if settings.mural_client_secret else ""
    if not cid or not secret:
        missing = " and ".join(n for n, v in (("MURAL_CLIENT_ID", cid), ("MURAL_CLIENT_SECRET", secret)) if not v)
        raise AuthError(
            _("{missing} not set: werkbord needs your Mural app's client id and secret").format(missing=missing),
            hint=_(
                "register an app in Mural (avatar → My apps), then put MURAL_CLIENT_ID and "
                "MURAL_CLIENT_SECRET in .env or the environment"
            ),
        )
    register_secret(secret)
    return cid, secret


def _jwt_exp(token: str) -> float | None:
    """The ``exp`` claim of a JWT access token, unverified: only used to know when to renew."""
    try:
        payload = token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        exp = data.get("exp") if isinstance(data, dict) else None
        return float(exp) if isinstance(exp, int | float) else None
    except (IndexError, ValueError, TypeError):
        return None


def _record(token: dict[str, Any], *, now: float, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """What we store: the tokens, when the access token expires, and who signed in."""
    access = str(token.get("access_token") or "")
    if not access:
        raise AuthError(_("Mural's answer to the sign-in held no access token"), hint=_(SIGN_IN_HINT))
    expires_at = token.get("expires_at")
    if expires_at is None and token.get("expires_in") is not None:
        expires_at = now + float(token["expires_in"])
    if expires_at is None:
        expires_at = _jwt_exp(access)
    previous = previous or {}
    # Mural rotates refresh tokens: take the new one; keep the old only if none came back.
    refresh = token.get("refresh_token") or previous.get("refresh_token")
    register_secret(access)
    register_secret(refresh)
    return {
        "access_token": access,
        "refresh_token": refresh,
        "token_type": token.get("token_type") or "Bearer",
        "expires_at": float(expires_at) if expires_at is not None else None,
        "scope": token.get("scope") or previous.get("scope"),
        "user": previous.get("user"),
        "obtained_at": now,
    }


# --------------------------------------------------------------------------------------------
# Token provider for the HTTP layer
# --------------------------------------------------------------------------------------------


class MuralAuth(RenewingToken):
    """Gives the current access token; renews it before expiry and on a rejected token.

    Implements :class:`werkbord.http.tokens.TokenProvider` (renewal: :mod:`.renewal`).

    How the client authenticates at the token endpoint: Mural's own OAuth sample
    (muralco/api-oauth) renews with HTTP Basic; werkbord sends the credentials in the body
    (what the code exchange uses too). When Mural answers ``invalid_client`` the other way is
    tried once, and what worked is kept with the tokens for next time.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        store: CredentialStore | None = None,
        clock: Callable[[], float] = time.time,
        leeway: float | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings or load_settings()
        self.store = store or CredentialStore()
        self._clock = clock
        self._leeway = leeway  # None: scaled to the token's lifetime (renewal.renewal_margin)
        self._transport = transport
        self._rec: dict[str, Any] | None = None
        self._init_renewal()

    def __repr__(self) -> str:  # never the token
        return "MuralAuth(***)"

    def _load(self) -> dict[str, Any]:
        if self._rec is None:
            rec = self.store.load(PLATFORM)
            if not rec or not rec.get("access_token"):
                raise AuthError(_("you are not signed in to Mural"), hint=_(SIGN_IN_HINT))
            register_secret(rec.get("access_token"))
            register_secret(rec.get("refresh_token"))
            self._rec = rec
        return self._rec

    # -- RenewingToken ------------------------------------------------------------------------

    @property
    def can_refresh(self) -> bool:
        """Whether the stored sign-in holds a refresh token (asks for a sign-in when there is none)."""
        return bool(self._load().get("refresh_token"))

    def _cannot_renew(self) -> None:
        raise AuthError(_("your Mural sign-in has expired and cannot be renewed"), hint=_(SIGN_IN_HINT))

    def _access(self) -> str | None:
        return str(self._load()["access_token"])

    def _expiry(self) -> tuple[float | None, float | None]:
        rec = self._load()
        exp = rec.get("expires_at")
        if exp is None:
            return None, None
        if self._leeway is not None:  # a fixed margin asked for: a "lifetime" that gives it
            return float(exp), self._leeway / MARGIN_SHARE
        obtained = rec.get("obtained_at")
        return float(exp), (float(exp) - float(obtained)) if obtained is not None else None

    async def _renew(self) -> None:
        rec = self._load()
        refresh_token = rec.get("refresh_token")
        if not refresh_token:  # gone since can_refresh was asked
            self._cannot_renew()
        first = rec.get("token_auth") or POST_AUTH
        try:
            token = await self._refresh_with(refresh_token, first)
            method = first
        except _InvalidClient:
            # The other way of presenting the client, once (see the class docstring).
            method = BASIC_AUTH if first == POST_AUTH else POST_AUTH
            try:
                token = await self._refresh_with(refresh_token, method)
            except _InvalidClient:
                raise AuthError(
                    _(
                        "Mural did not accept werkbord's client id and secret while renewing the sign-in "
                        "(invalid_client)"
                    ),
                    hint=_("check MURAL_CLIENT_ID and MURAL_CLIENT_SECRET, then run `werkbord auth mural`"),
                ) from None
        new = _record(dict(token), now=self._clock(), previous=rec)
        new["token_auth"] = method
        # Store before use: the old refresh token is already spent, a crash now must not lose it.
        self._rec = new
        save_rotated(self.store, PLATFORM, new, vendor="Mural")

    async def _refresh_with(self, refresh_token: str, method: str) -> dict[str, Any]:
        cid, secret = _client_credentials(self.settings)
        _client, AsyncOAuth2Client, OAuthError, _generate = _authlib()
        _authorize, token_url = _endpoints(self.settings)
        kwargs: dict[str, Any] = {"timeout": 30.0}
        if self._transport is not None:
            kwargs["transport"] = self._transport
        client = AsyncOAuth2Client(client_id=cid, client_secret=secret, token_endpoint_auth_method=method, **kwargs)
        try:
            return dict(await client.refresh_token(token_url, refresh_token=refresh_token))
        except OAuthError as e:
            if e.error == "invalid_client":
                raise _InvalidClient() from None
            raise AuthError(
                redact(
                    _("your Mural sign-in has expired: Mural refused to renew it ({reason})").format(reason=e.error)
                ),
                hint=_(SIGN_IN_HINT),
            ) from None
        except httpx.HTTPStatusError as e:
            code = e.response.status_code
            if code < 500:
                if _oauth_error(e.response) == "invalid_client":
                    raise _InvalidClient() from None
                raise AuthError(
                    _("your Mural sign-in has expired: Mural refused to renew it ({reason})").format(reason=code),
                    hint=_(SIGN_IN_HINT),
                ) from None
            raise VendorError(
                _("Mural's sign-in service failed ({code}) while renewing the sign-in").format(code=code),
                hint=_("try again in a minute"),
                status=code,
            ) from None
        except (httpx.TransportError, ValueError) as e:
            raise VendorError(
                _("could not renew the Mural sign-in ({reason})").format(reason=type(e).__name__),
                hint=_("check your connection, then run the same command again"),
            ) from None
        finally:
            await client.aclose()


class _InvalidClient(Exception):
    """Mural did not accept the client authentication (``invalid_client``)."""


def _oauth_error(resp: httpx.Response) -> str | None:
    try:
        body = resp.json()
    except ValueError:
        return None
    return body.get("error") if isinstance(body, dict) else None


# --------------------------------------------------------------------------------------------
# Sign-in, status, logout (the library side of `werkbord auth ...`)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignIn:
    """The outcome of a sign-in, for the CLI to print (holds no token)."""

    user: str | None
    expires_at: float | None
    stored_in: str

    def __str__(self) -> str:
        if self.user:
            return _("Signed in to Mural as {user}; tokens stored in {where}.").format(
                user=self.user, where=self.stored_in
            )
        return _("Signed in to Mural; tokens stored in {where}.").format(where=self.stored_in)


class _CallbackServer(HTTPServer):
    result: dict[str, str] | None = None
    expected_state: str = ""


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _CallbackServer

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        url = urlsplit(self.path)
        if url.path.rstrip("/") != CALLBACK_PATH:
            self.send_error(404)
            return
        params = {k: v[0] for k, v in parse_qs(url.query).items() if v}
        state_ok = hmac.compare_digest(params.get("state", ""), self.server.expected_state)
        if not state_ok:
            params = {"error": "state_mismatch"}
        self.server.result = params
        ok = state_ok and "code" in params and "error" not in params
        self.send_response(200 if ok else 400)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        msg = (
            _("werkbord is signed in to Mural. You can close this window.")
            if ok
            else _("werkbord could not sign in to Mural. Return to the terminal for details.")
        )
        self.wfile.write(f"<!doctype html><title>werkbord</title><p>{msg}</p>".encode())

    def log_message(self, format: str, *args: Any) -> None:  # the query holds the code: never log it
        return


def _open_server(port: int) -> _CallbackServer:
    try:
        # Loopback only: no other machine can reach the callback or see the code.
        return _CallbackServer(("127.0.0.1", port), _CallbackHandler)
    except OSError as e:
        raise UsageError(
            _("cannot listen on 127.0.0.1:{port} for Mural's answer ({reason})").format(port=port, reason=e.strerror),
            hint=_(
                "free the port or choose another with MURAL_REDIRECT_PORT (and register "
                "http://127.0.0.1:<port>/callback as a redirect URL of your Mural app)"
            ),
        ) from None


def _wait(server: _CallbackServer, timeout: float) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    server.timeout = 0.25
    while server.result is None:
        if time.monotonic() >= deadline:
            raise AuthError(
                _("no answer from the browser within {seconds} s; the sign-in was not completed").format(
                    seconds=int(timeout)
                ),
                hint=_("run `werkbord auth mural` again and finish the consent in the browser"),
            )
        server.handle_request()
    return server.result


def sign_in(
    settings: Settings | None = None,
    *,
    open_browser: bool = True,
    port: int | None = None,
    print_url: Callable[[str], None] = print,
    timeout: float = SIGN_IN_TIMEOUT,
    store: CredentialStore | None = None,
) -> SignIn:
    """Run the consent flow in the browser and store the tokens (``werkbord auth mural``).

    ``port`` overrides ``MURAL_REDIRECT_PORT`` (0 picks a free port: tests only, since the
    redirect URL must be registered with the app). ``print_url`` receives one line with the
    consent URL (it holds no secret: the PKCE verifier never leaves this process).
    """
    settings = settings or load_settings()
    store = store or CredentialStore()
    cid, secret = _client_credentials(settings)
    OAuth2Client, _async_client, OAuthError, generate_token = _authlib()
    authorize_url, token_url = _endpoints(settings)
    verifier = generate_token(64)

    server = _open_server(settings.mural_redirect_port if port is None else port)
    try:
        redirect_uri = f"http://127.0.0.1:{server.server_address[1]}{CALLBACK_PATH}"
        client = OAuth2Client(
            client_id=cid,
            client_secret=secret,
            token_endpoint_auth_method="client_secret_post",
            redirect_uri=redirect_uri,
            scope=settings.mural_scopes,
            code_challenge_method="S256",
            timeout=30.0,
        )
        url, state = client.create_authorization_url(authorize_url, state=generate_token(32), code_verifier=verifier)
        client.close()  # it only makes the consent URL; the exchange gets a client per way of authenticating
        server.expected_state = state
        print_url(_("Open this address to sign in to Mural: {url}").format(url=url))
        if open_browser:
            try:
                webbrowser.open(url)
            except Exception:  # no browser (SSH, container): the printed URL is the way
                pass
        params = _wait(server, timeout)
    finally:
        server.server_close()

    code = _granted_code(params)
    token, method = _exchange_code(cid, secret, token_url, redirect_uri, code, verifier)
    rec = _record(token, now=time.time())
    rec["token_auth"] = method  # what the renewals start with
    rec["user"] = _whoami(settings, rec["access_token"])
    save_rotated(store, PLATFORM, rec, vendor="Mural", what="new")
    return SignIn(
        user=_user_label(rec.get("user")), expires_at=rec.get("expires_at"), stored_in=store.location_of(PLATFORM)
    )


def _granted_code(params: dict[str, str]) -> str:
    """The authorization code from the redirect, or the reason there is none."""
    if params.get("error") == "state_mismatch":
        raise AuthError(
            _("the answer to the sign-in did not carry werkbord's state; refused it (possible forgery)"),
            hint=_(SIGN_IN_AGAIN),
        )
    if "error" in params or "code" not in params:
        reason = params.get("error") or _("no code")
        raise AuthError(
            _("Mural did not grant access ({reason})").format(reason=redact(reason)[:80]), hint=_(SIGN_IN_AGAIN)
        )
    return params["code"]


def _exchange_code(
    cid: str, secret: str, token_url: str, redirect_uri: str, code: str, verifier: str
) -> tuple[dict[str, Any], str]:
    """The tokens for ``code``, and the way of presenting the client that worked (the body first;
    on ``invalid_client`` HTTP Basic, once, as when renewing)."""
    OAuth2Client, _async_client, OAuthError, _generate = _authlib()

    def exchange(method: str) -> dict[str, Any]:
        c = OAuth2Client(
            client_id=cid,
            client_secret=secret,
            token_endpoint_auth_method=method,
            redirect_uri=redirect_uri,
            timeout=30.0,
        )
        try:
            return dict(c.fetch_token(token_url, grant_type="authorization_code", code=code, code_verifier=verifier))
        except OAuthError as e:
            if e.error == "invalid_client":
                raise _InvalidClient() from None
            raise
        except httpx.HTTPStatusError as e:
            if e.response.status_code < 500 and _oauth_error(e.response) == "invalid_client":
                raise _InvalidClient() from None
            raise
        finally:
            c.close()

    try:
        try:
            return exchange(POST_AUTH), POST_AUTH
        except _InvalidClient:
            return exchange(BASIC_AUTH), BASIC_AUTH
    except _InvalidClient:
        raise AuthError(
            _("Mural did not accept werkbord's client id and secret (invalid_client)"),
            hint=_("check MURAL_CLIENT_ID/MURAL_CLIENT_SECRET, then run `werkbord auth mural` again"),
        ) from None
    except OAuthError as e:
        raise AuthError(
            redact(_("Mural refused the sign-in code ({reason})").format(reason=e.error)),
            hint=_(
                "check MURAL_CLIENT_ID/MURAL_CLIENT_SECRET and the app's redirect URL, then "
                "run `werkbord auth mural` again"
            ),
        ) from None
    except httpx.HTTPStatusError as e:
        raise AuthError(
            _("Mural refused the sign-in code ({reason})").format(reason=e.response.status_code),
            hint=_("check MURAL_CLIENT_ID/MURAL_CLIENT_SECRET, then run `werkbord auth mural` again"),
            status=e.response.status_code,
        ) from None
    except (httpx.TransportError, ValueError) as e:
        raise VendorError(
            _("could not reach Mural to finish the sign-in ({reason})").format(reason=type(e).__name__)
        ) from None


def _whoami(settings: Settings, access_token: str) -> dict[str, str] | None:
    """Who signed in (``GET /users/me``, scope identity:read); ``None`` when Mural won't say."""
    try:
        with httpx.Client(timeout=15.0) as c:
            r = c.get(
                settings.mural_api_url.rstrip("/") + "/users/me",
                headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
            )
        if r.status_code != 200:
            return None
        v = r.json().get("value") or {}
    except (httpx.HTTPError, ValueError, AttributeError):
        return None  # status simply says "signed in"; nothing depends on the name
    name = " ".join(str(v.get(k) or "").strip() for k in ("firstName", "lastName")).strip()
    return {"id": str(v.get("id") or ""), "name": name, "email": str(v.get("email") or "")}


def _user_label(user: dict[str, str] | None) -> str | None:
    if not user:
        return None
    name, email = user.get("name") or "", user.get("email") or ""
    if name and email:
        return f"{name} <{email}>"
    return name or email or None


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def status(settings: Settings | None = None, *, store: CredentialStore | None = None, now: float | None = None) -> str:
    """Who is signed in to Mural and until when (``werkbord auth status``); never a token."""
    store = store or CredentialStore()
    rec = store.load(PLATFORM)
    if not rec or not rec.get("access_token"):
        return _("Mural: not signed in ({hint}).").format(hint=_(SIGN_IN_HINT))
    who = _user_label(rec.get("user"))
    head = _("Mural: signed in as {user}").format(user=who) if who else _("Mural: signed in")
    now = time.time() if now is None else now
    exp = rec.get("expires_at")
    renewable = bool(rec.get("refresh_token"))
    if exp is None:
        tail = (
            _("access token expiry unknown (renewed automatically)")
            if renewable
            else _("access token expiry unknown (not renewable; then {hint})")
        )
    elif now < float(exp):
        tail = (
            _("access token valid until {when} (renewed automatically)")
            if renewable
            else _("access token valid until {when} (not renewable; then {hint})")
        )
    else:
        tail = (
            _("access token expired at {when} (renewed automatically on next use)")
            if renewable
            else _("access token expired at {when} (not renewable; then {hint})")
        )
    tail = tail.format(when=_when(float(exp)) if exp is not None else "", hint=_(SIGN_IN_HINT))
    return _("{head}; {tail}; stored in {where}.").format(head=head, tail=tail, where=store.location_of(PLATFORM))


def logout(*, store: CredentialStore | None = None) -> bool:
    """Forget the stored Mural tokens (``werkbord auth logout``); True when there were any."""
    store = store or CredentialStore()
    return store.delete(PLATFORM)


__all__ = ["MuralAuth", "SignIn", "logout", "sign_in", "status"]
