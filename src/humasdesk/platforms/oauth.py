"""OAuth 2.0 authorization code with PKCE (S256) for a desktop app, reusable by every platform.

How a login goes (RFC 6749 section 4.1, RFC 7636 PKCE, RFC 8252 native apps):

1. :class:`LoopbackRedirect` listens on 127.0.0.1 on a random free port; its ``redirect_uri``
   is what the platform sends the browser back to. Platforms that register redirect URIs (such
   as Mastodon) register it first.
2. :func:`authorization_request` makes a fresh ``state`` and PKCE pair and the URL to open.
3. :func:`run_authorization` opens that URL through the callable the caller passes (the UI asks
   the desktop; the CLI prints and opens; tests follow the redirect with httpx) and waits for
   the browser to come back with ``code`` and the same ``state``. A different ``state`` ends the
   login: the answer did not come from the login we started.
   Without a loopback (``urn:ietf:wg:oauth:2.0:oob`` where the platform shows the code, or a
   browser on another computer) the user pastes the code, or the whole address the browser
   ended on, and the ``state`` in it is checked the same way.
4. :func:`exchange_code` trades the code and the PKCE verifier for tokens.

Nothing here logs a code, a verifier or a token; tokens are registered with the log redactor as
soon as they arrive.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from ..domain.i18n import translate
from ..logs import register_secret
from .base import AuthExpired, Transient
from .http import HttpFactory, asks_to_wait, rate_limit_reset, send

log = logging.getLogger(__name__)

# "Show the code to the user instead of redirecting" (Mastodon, and other Doorkeeper servers).
OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob"
CALLBACK_PATH = "/callback"
# Long enough to log in, read a consent page slowly with a screen reader, and approve.
DEFAULT_WAIT_SECONDS = 600.0

# What the caller passes to show the login page; returning False means "could not open it".
OpenBrowser = Callable[[str], object]
# Asks the user for the code (or the address the browser ended on); gets the login URL to show.
PasteCode = Callable[[str], str]


class AuthorizationFailed(AuthExpired):
    """The login did not complete: refused, cancelled, timed out or not ours (state mismatch).

    An ``AuthExpired`` so callers that know only the shared kinds treat it as "connect again".
    """


# -- PKCE and state ---------------------------------------------------------------------------

def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class Pkce:
    verifier: str
    challenge: str
    method: str = "S256"


def pkce_challenge(verifier: str) -> str:
    """``BASE64URL(SHA256(ASCII(verifier)))`` without padding (RFC 7636 section 4.2)."""
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def new_pkce() -> Pkce:
    # 32 random bytes give a 43-character verifier, the shortest RFC 7636 allows, with
    # 256 bits of entropy.
    verifier = _b64url(secrets.token_bytes(32))
    return Pkce(verifier, pkce_challenge(verifier))


def new_state() -> str:
    return secrets.token_urlsafe(24)


@dataclass(frozen=True)
class AuthorizationRequest:
    """One login attempt: the URL to open and what must match when the browser comes back."""

    url: str
    redirect_uri: str
    state: str
    pkce: Pkce = field(repr=False)
    client_id: str = ""


def authorization_request(authorize_endpoint: str, *, client_id: str, redirect_uri: str,
                          scopes: Sequence[str] = (),
                          extra: Mapping[str, str] | None = None) -> AuthorizationRequest:
    pkce = new_pkce()
    state = new_state()
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": pkce.challenge,
        "code_challenge_method": pkce.method,
    }
    if scopes:
        params["scope"] = " ".join(scopes)
    params.update(extra or {})
    separator = "&" if urlsplit(authorize_endpoint).query else "?"
    return AuthorizationRequest(f"{authorize_endpoint}{separator}{urlencode(params)}",
                                redirect_uri, state, pkce, client_id)


# -- the browser's answer ---------------------------------------------------------------------

def _state_mismatch() -> AuthorizationFailed:
    return AuthorizationFailed(translate(
        "OAuth", "The answer from the browser does not belong to the login HumasDesk started, "
        "so it was refused and nothing was saved. Start connecting the account again."))


def _answer_from_query(query: Mapping[str, Sequence[str]], expected_state: str) -> str:
    """The code in a redirect's query, after checking ``state``; raises otherwise."""
    def first(name: str) -> str:
        values = query.get(name) or [""]
        return values[0]

    if not expected_state or not secrets.compare_digest(first("state"), expected_state):
        raise _state_mismatch()
    error = first("error")
    if error:
        if error == "access_denied":
            raise AuthorizationFailed(translate(
                "OAuth", "Access was not allowed on the login page, so the account was not "
                "connected."))
        raise AuthorizationFailed(translate(
            "OAuth", "The login page reported a problem: {reason}").format(
                reason=first("error_description") or error))
    code = first("code")
    if not code:
        raise AuthorizationFailed(translate(
            "OAuth", "The browser came back without an authorization code. Start connecting "
            "the account again."))
    return code


def code_from_paste(text: str, request: AuthorizationRequest) -> str:
    """What the user pasted: the bare code (shown by an out-of-band page), or the whole address
    (or query) the browser ended on, whose ``state`` must match."""
    text = text.strip()
    if not text:
        raise AuthorizationFailed(translate("OAuth", "No code was pasted."))
    if "code=" in text or "state=" in text or "error=" in text:
        query = urlsplit(text).query if "://" in text else text.lstrip("?")
        return _answer_from_query(parse_qs(query), request.state)
    if any(c.isspace() for c in text):
        raise AuthorizationFailed(translate(
            "OAuth", "That does not look like an authorization code: codes have no spaces. "
            "Copy the code again from the login page."))
    if request.redirect_uri != OOB_REDIRECT_URI:
        # A bare code cannot carry ``state``; accept it only where the platform itself shows
        # the code to the user (out of band), never in place of a redirect.
        raise AuthorizationFailed(translate(
            "OAuth", "Paste the whole address the browser shows after you allowed access, "
            "not just the code."))
    return text


def loopback_for(redirect_uri: str) -> LoopbackRedirect | None:
    """A listener on exactly ``redirect_uri`` when it is a loopback address (X and Meta accept
    only the redirect registered in the app, port included); None for any other address, which
    the user then pastes back."""
    parts = urlsplit(redirect_uri)
    if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost") or \
            not parts.port:
        return None
    return LoopbackRedirect(parts.path or "/", "127.0.0.1", parts.port,
                            advertised_host=parts.hostname)


class LoopbackRedirect:
    """A one-shot web server on 127.0.0.1 (a random port, or the registered one) that receives
    the browser's redirect.

    Use as a context manager, so the port is always closed. Bind failures raise
    ``AuthorizationFailed`` with advice to paste the code instead.
    """

    def __init__(self, path: str = CALLBACK_PATH, host: str = "127.0.0.1", port: int = 0,
                 advertised_host: str | None = None):
        self.path = path
        self._advertised_host = advertised_host
        self._expected_state = ""
        self._done = threading.Event()
        self._code = ""
        self._error: AuthorizationFailed | None = None
        self._lock = threading.Lock()
        receiver = self

        class _Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # the query holds the code: never log it
                pass

            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                parts = urlsplit(self.path)
                if parts.path != receiver.path:
                    self._page(404, translate("OAuth", "Nothing here."))
                    return
                status, text = receiver._receive(parse_qs(parts.query))
                self._page(status, text)

            def _page(self, status: int, text: str) -> None:
                body = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>HumasDesk"
                        "</title></head><body style=\"font-size:150%;\"><p role=\"status\">"
                        f"{html.escape(text)}</p></body></html>").encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("Referrer-Policy", "no-referrer")
                self.end_headers()
                self.wfile.write(body)

        try:
            self._server = HTTPServer((host, port), _Handler)
        except OSError as exc:
            log.warning("cannot listen for the login redirect: %s", exc.strerror or exc)
            raise AuthorizationFailed(translate(
                "OAuth", "HumasDesk could not listen for the browser's answer on this computer "
                "({reason}). Connect with a pasted code instead.").format(
                    reason=exc.strerror or exc)) from None
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name="oauth-loopback", daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{self._advertised_host or host}:{port}{self.path}"

    def expect(self, state: str) -> None:
        """Set the ``state`` the redirect must carry (before the browser is opened)."""
        with self._lock:
            self._expected_state = state

    def _receive(self, query: dict[str, list[str]]) -> tuple[int, str]:
        with self._lock:
            if self._done.is_set():
                return 409, translate("OAuth", "This login is already finished. You can close "
                                               "this page.")
            try:
                self._code = _answer_from_query(query, self._expected_state)
            except AuthorizationFailed as exc:
                log.info("login redirect refused")
                self._error = exc
                self._done.set()
                return 400, exc.message
            self._done.set()
        return 200, translate("OAuth", "HumasDesk received the permission. You can close "
                                       "this page and return to HumasDesk.")

    def wait(self, timeout: float = DEFAULT_WAIT_SECONDS,
             cancel: threading.Event | None = None) -> str:
        """The authorization code, once the browser comes back with the expected ``state``."""
        deadline = time.monotonic() + timeout
        while not self._done.wait(min(0.2, max(deadline - time.monotonic(), 0.0))):
            if cancel is not None and cancel.is_set():
                raise AuthorizationFailed(translate(
                    "OAuth", "Connecting was cancelled. Nothing was saved."))
            if time.monotonic() >= deadline:
                raise AuthorizationFailed(translate(
                    "OAuth", "The browser did not come back to HumasDesk in time. Start "
                    "connecting the account again, or paste the code instead."))
        if self._error is not None:
            raise self._error
        return self._code

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackRedirect:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def run_authorization(request: AuthorizationRequest, open_browser: OpenBrowser, *,
                      loopback: LoopbackRedirect | None = None,
                      paste_code: PasteCode | None = None,
                      timeout: float = DEFAULT_WAIT_SECONDS,
                      cancel: threading.Event | None = None) -> str:
    """Show the login page and return the authorization code.

    With ``loopback`` the code arrives through the redirect. Without it, ``paste_code`` asks the
    user (it receives the URL, so the UI can show it when no browser opened).
    """
    if loopback is not None:
        loopback.expect(request.state)
    opened = True
    try:
        opened = open_browser(request.url) is not False
    except Exception as exc:  # the desktop has no browser, xdg-open failed, ...
        log.info("could not open the login page: %s", type(exc).__name__)
        opened = False
    if loopback is not None:
        if not opened:
            log.info("browser did not open; waiting for the user to open the login page")
        return loopback.wait(timeout, cancel)
    if paste_code is None:
        raise AuthorizationFailed(translate(
            "OAuth", "There is no way to receive the code: HumasDesk needs either the browser's "
            "answer or a pasted code."))
    return code_from_paste(paste_code(request.url) or "", request)


# -- tokens -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TokenResponse:
    access_token: str = field(repr=False)
    token_type: str = "Bearer"
    scope: str = ""
    refresh_token: str = field(default="", repr=False)
    expires_in: int | None = None


def exchange_code(http: HttpFactory, token_endpoint: str, *, code: str,
                  request: AuthorizationRequest, client_id: str, client_secret: str = "",
                  extra: Mapping[str, str] | None = None) -> TokenResponse:
    """Trade the code and the PKCE verifier for tokens (form-encoded, RFC 6749 section 4.1.3)."""
    register_secret(code)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": request.redirect_uri,
        "client_id": client_id,
        "code_verifier": request.pkce.verifier,
    }
    if client_secret:
        register_secret(client_secret)
        form["client_secret"] = client_secret
    form.update(extra or {})
    with http.client() as client:
        # A code works once, so repeating this cannot make anything twice; if the answer is
        # lost the user simply logs in again.
        response = send(client, "POST", token_endpoint, idempotent=True, data=form)
    host = urlsplit(token_endpoint).netloc
    if response.status_code == 429:
        raise asks_to_wait(host, rate_limit_reset(response, ""))
    if response.status_code >= 500:
        raise Transient(translate(
            "OAuth", "The login server {host} had a problem (HTTP {status}). Try connecting "
            "again in a moment.").format(host=host, status=response.status_code))
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.status_code != 200 or not isinstance(body, dict):
        reason = ""
        if isinstance(body, dict):
            reason = str(body.get("error_description") or body.get("error") or "")
        log.info("token exchange refused: HTTP %s", response.status_code)
        if response.status_code == 200:
            raise Transient(translate(
                "OAuth", "The login server {host} answered with something HumasDesk does not "
                "understand. Try connecting again.").format(host=host))
        raise AuthorizationFailed(translate(
            "OAuth", "The login server did not accept the authorization: {reason}. Start "
            "connecting the account again.").format(
                reason=reason or f"HTTP {response.status_code}"))
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise Transient(translate(
            "OAuth", "The login server {host} answered without a token. Try connecting "
            "again.").format(host=host))
    register_secret(access)
    refresh = body.get("refresh_token") or ""
    if isinstance(refresh, str) and refresh:
        register_secret(refresh)
    expires = body.get("expires_in")
    return TokenResponse(
        access_token=access, token_type=str(body.get("token_type") or "Bearer"),
        scope=str(body.get("scope") or ""), refresh_token=refresh if isinstance(refresh, str)
        else "", expires_in=expires if isinstance(expires, int) else None)
