"""The OAuth authorization-code flow with PKCE and a loopback redirect, end to end against the
contract server acting as the authorization server."""

from __future__ import annotations

import logging
import threading
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from platform_support import (
    CLIENT_TIMEOUT,
    OAUTH_CODE,
    OAUTH_TOKEN,
    AuthorizationServer,
    Browser,
    assert_no_secret,
)

from contract_server import Reply
from humasdesk.platforms.base import AuthExpired, Transient
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.oauth import (
    OOB_REDIRECT_URI,
    AuthorizationFailed,
    LoopbackRedirect,
    authorization_request,
    code_from_paste,
    exchange_code,
    new_pkce,
    pkce_challenge,
    run_authorization,
)

CODE = OAUTH_CODE
TOKEN = OAUTH_TOKEN
CLIENT_SECRET = "client-secret-9d8c7b6a5f4e"


def test_pkce_challenge_is_the_rfc_7636_example():
    # RFC 7636 appendix B.
    assert pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == \
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_new_pkce_pairs_are_random_s256_and_long_enough():
    first, second = new_pkce(), new_pkce()
    assert first.method == "S256"
    assert 43 <= len(first.verifier) <= 128
    assert first.verifier != second.verifier
    assert pkce_challenge(first.verifier) == first.challenge


def test_the_whole_flow_through_the_loopback(contract_server, caplog):
    caplog.set_level(logging.DEBUG)
    AuthorizationServer(contract_server)
    browser = Browser()
    with LoopbackRedirect() as loopback:
        redirect = urlsplit(loopback.redirect_uri)
        assert redirect.hostname == "127.0.0.1" and redirect.port and redirect.path == "/callback"
        request = authorization_request(f"{contract_server.url}/oauth/authorize",
                                        client_id="client-1", redirect_uri=loopback.redirect_uri,
                                        scopes=["read", "write"])
        code = run_authorization(request, browser, loopback=loopback, timeout=10)
    assert code == CODE
    assert browser.pages[-1].status_code == 200
    assert "You can close this page" in browser.pages[-1].text

    [authorize] = contract_server.sent("GET", "/oauth/authorize")
    query = {k: v[0] for k, v in authorize.query.items()}
    assert query == {
        "response_type": "code", "client_id": "client-1",
        "redirect_uri": loopback.redirect_uri, "state": request.state,
        "code_challenge": request.pkce.challenge, "code_challenge_method": "S256",
        "scope": "read write"}
    assert len(request.state) >= 32

    token = exchange_code(HttpFactory(timeout=CLIENT_TIMEOUT),
                          f"{contract_server.url}/oauth/token", code=code, request=request,
                          client_id="client-1", client_secret=CLIENT_SECRET)
    assert token.access_token == TOKEN
    [sent] = contract_server.sent("POST", "/oauth/token")
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert {k: v[0] for k, v in sent.form().items()} == {
        "grant_type": "authorization_code", "code": CODE,
        "redirect_uri": loopback.redirect_uri, "client_id": "client-1",
        "client_secret": CLIENT_SECRET, "code_verifier": request.pkce.verifier}
    assert TOKEN not in repr(token)
    assert_no_secret(caplog, [TOKEN, CODE, CLIENT_SECRET, request.pkce.verifier])


def test_a_redirect_with_another_state_is_refused(contract_server):
    AuthorizationServer(contract_server, state_override="forged-state")
    browser = Browser()
    with LoopbackRedirect() as loopback:
        request = authorization_request(f"{contract_server.url}/oauth/authorize",
                                        client_id="c", redirect_uri=loopback.redirect_uri)
        with pytest.raises(AuthorizationFailed) as caught:
            run_authorization(request, browser, loopback=loopback, timeout=10)
    assert isinstance(caught.value, AuthExpired)  # a shared kind
    assert "does not belong to the login" in caught.value.message
    assert browser.pages[-1].status_code == 400
    assert CODE not in caught.value.message


def test_a_verifier_that_does_not_match_the_challenge_is_refused(contract_server):
    AuthorizationServer(contract_server)
    with LoopbackRedirect() as loopback:
        request = authorization_request(f"{contract_server.url}/oauth/authorize",
                                        client_id="c", redirect_uri=loopback.redirect_uri)
        code = run_authorization(request, Browser(), loopback=loopback, timeout=10)
    other = authorization_request(f"{contract_server.url}/oauth/authorize", client_id="c",
                                  redirect_uri=loopback.redirect_uri)  # another verifier
    with pytest.raises(AuthorizationFailed) as caught:
        exchange_code(HttpFactory(timeout=CLIENT_TIMEOUT), f"{contract_server.url}/oauth/token",
                      code=code, request=other, client_id="c")
    assert "authorization grant is invalid" in caught.value.message


def test_denied_access_is_said_plainly(contract_server):
    AuthorizationServer(contract_server, deny=True)
    with LoopbackRedirect() as loopback:
        request = authorization_request(f"{contract_server.url}/oauth/authorize",
                                        client_id="c", redirect_uri=loopback.redirect_uri)
        with pytest.raises(AuthorizationFailed, match="Access was not allowed"):
            run_authorization(request, Browser(), loopback=loopback, timeout=10)


def test_waiting_ends_on_timeout_and_on_cancel():
    with LoopbackRedirect() as loopback:
        request = authorization_request("https://example.test/oauth/authorize", client_id="c",
                                        redirect_uri=loopback.redirect_uri)
        with pytest.raises(AuthorizationFailed, match="did not come back"):
            run_authorization(request, lambda url: None, loopback=loopback, timeout=0.3)
    cancel = threading.Event()
    cancel.set()
    with LoopbackRedirect() as loopback:
        request = authorization_request("https://example.test/oauth/authorize", client_id="c",
                                        redirect_uri=loopback.redirect_uri)
        with pytest.raises(AuthorizationFailed, match="cancelled"):
            run_authorization(request, lambda url: False, loopback=loopback, timeout=30,
                              cancel=cancel)


def test_the_loopback_listens_on_a_random_port_and_ignores_other_paths():
    with LoopbackRedirect() as first, LoopbackRedirect() as second:
        assert first.redirect_uri != second.redirect_uri
        assert httpx.get(first.redirect_uri.replace("/callback", "/favicon.ico")).status_code \
            == 404


def test_pasting_the_code_out_of_band():
    request = authorization_request("https://example.test/oauth/authorize", client_id="c",
                                    redirect_uri=OOB_REDIRECT_URI)
    assert parse_qs(urlsplit(request.url).query)["redirect_uri"] == [OOB_REDIRECT_URI]
    shown: list[str] = []
    code = run_authorization(request, shown.append, paste_code=lambda url: f"  {CODE}\n")
    assert code == CODE
    assert shown == [request.url]


def test_pasting_the_address_the_browser_ended_on_checks_the_state():
    request = authorization_request("https://example.test/oauth/authorize", client_id="c",
                                    redirect_uri="http://127.0.0.1:9/callback")
    good = f"http://127.0.0.1:9/callback?code={CODE}&state={request.state}"
    assert code_from_paste(good, request) == CODE
    with pytest.raises(AuthorizationFailed, match="does not belong"):
        code_from_paste(f"http://127.0.0.1:9/callback?code={CODE}&state=other", request)
    with pytest.raises(AuthorizationFailed, match="whole address"):
        code_from_paste(CODE, request)  # a bare code cannot prove the state
    with pytest.raises(AuthorizationFailed, match="No code"):
        code_from_paste("   ", request)


@pytest.mark.parametrize("reply, kind", [
    (Reply(500, body=b"<html>oops</html>"), Transient),
    (Reply(200, body=b"{not json"), Transient),
    (Reply(200, {"token_type": "Bearer"}), Transient),
    (Reply(401, {"error": "invalid_client"}), AuthorizationFailed),
])
def test_token_endpoint_failures(contract_server, reply, kind):
    contract_server.script("POST", "/oauth/token", reply)
    request = authorization_request(f"{contract_server.url}/oauth/authorize", client_id="c",
                                    redirect_uri=OOB_REDIRECT_URI)
    with pytest.raises(kind) as caught:
        exchange_code(HttpFactory(timeout=CLIENT_TIMEOUT), f"{contract_server.url}/oauth/token",
                      code=CODE, request=request, client_id="c")
    assert CODE not in caught.value.message


def test_token_endpoint_timeout_is_transient(contract_server):
    contract_server.script("POST", "/oauth/token", Reply(200, {"access_token": TOKEN},
                                                         delay=CLIENT_TIMEOUT + 1))
    request = authorization_request(f"{contract_server.url}/oauth/authorize", client_id="c",
                                    redirect_uri=OOB_REDIRECT_URI)
    with pytest.raises(Transient):
        exchange_code(HttpFactory(timeout=CLIENT_TIMEOUT), f"{contract_server.url}/oauth/token",
                      code=CODE, request=request, client_id="c")


def test_a_registered_loopback_redirect_is_listened_on_exactly():
    """X and Meta accept only the redirect registered in the app, port included."""
    import socket

    import httpx

    from humasdesk.platforms.oauth import loopback_for

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert loopback_for("https://example.org/callback") is None  # pasted back instead
    loopback = loopback_for(f"http://localhost:{port}/humasdesk/callback")
    try:
        assert loopback.redirect_uri == f"http://localhost:{port}/humasdesk/callback"
        loopback.expect("state-123")
        answer = httpx.get(f"http://127.0.0.1:{port}/humasdesk/callback",
                           params={"code": "the-code", "state": "state-123"}, timeout=10)
        assert answer.status_code == 200
        assert loopback.wait(timeout=5) == "the-code"
    finally:
        loopback.close()
