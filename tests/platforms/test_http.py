"""The shared HTTP client factory: headers, TLS, rate-limit parsing, failure kinds, redaction."""

from __future__ import annotations

import datetime as dt
import logging
import socket
import ssl
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from contract_server import Reply
from helpers import require
from humasdesk import __version__
from humasdesk.logs import RedactingFilter, redact
from humasdesk.platforms.base import OutcomeUnknown, Rejected, Transient
from humasdesk.platforms.http import (
    HttpFactory,
    parse_retry_after,
    rate_limit_reset,
    send,
    telegram_retry_after,
)

NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)


def response(status=429, headers=None, json=None):
    return httpx.Response(status, headers=headers or {}, json=json,
                          request=httpx.Request("POST", "https://example.test/x"))


# -- rate limits ----------------------------------------------------------------------------------

def test_bluesky_reset_is_unix_seconds():
    reset = rate_limit_reset(response(headers={"RateLimit-Reset": "1795662000"}), "bluesky", NOW)
    assert reset == datetime.fromtimestamp(1795662000, UTC)


def test_mastodon_reset_is_iso_8601():
    reset = rate_limit_reset(
        response(headers={"X-RateLimit-Reset": "2026-11-26T03:05:00.123Z"}), "mastodon", NOW)
    assert reset == datetime(2026, 11, 26, 3, 5, 0, 123000, tzinfo=UTC)


def test_x_reset_is_epoch():
    reset = rate_limit_reset(response(headers={"x-rate-limit-reset": "1795662600"}), "x", NOW)
    assert reset == datetime.fromtimestamp(1795662600, UTC)


def test_retry_after_seconds_and_http_date():
    assert parse_retry_after("120", NOW) == NOW + dt.timedelta(seconds=120)
    assert parse_retry_after("Thu, 26 Nov 2026 03:10:00 GMT", NOW) == datetime(
        2026, 11, 26, 3, 10, tzinfo=UTC)
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after("", NOW) is None


def test_telegram_retry_after_comes_from_the_body():
    body = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 35",
            "parameters": {"retry_after": 35}}
    assert telegram_retry_after(body, NOW) == NOW + dt.timedelta(seconds=35)
    assert rate_limit_reset(response(json=body), "telegram", NOW) == NOW + dt.timedelta(
        seconds=35)
    assert telegram_retry_after({"ok": False}, NOW) is None
    assert telegram_retry_after("not json", NOW) is None


def test_the_later_of_retry_after_and_the_reset_header_wins():
    headers = {"Retry-After": "600", "RateLimit-Reset": str(int(NOW.timestamp()) + 60)}
    assert rate_limit_reset(response(headers=headers), "bluesky", NOW) == NOW + dt.timedelta(
        seconds=600)


def test_garbage_reset_headers_give_no_instant():
    headers = {"RateLimit-Reset": "tomorrow", "X-RateLimit-Reset": "later"}
    assert rate_limit_reset(response(headers=headers), "bluesky", NOW) is None
    assert rate_limit_reset(response(headers=headers), "mastodon", NOW) is None


# -- the client -----------------------------------------------------------------------------------

def test_client_sends_user_agent_and_never_follows_redirects(contract_server):
    contract_server.script("GET", "/moved", Reply(302, headers={"Location": "/elsewhere"}))
    with HttpFactory().client(base_url=contract_server.url) as client:
        with pytest.raises(Rejected) as raised:
            send(client, "GET", "/moved", idempotent=True)
    assert "has moved (HTTP 302)" in raised.value.message
    [sent] = contract_server.sent("GET")
    assert sent.headers["user-agent"] == f"HumasDesk/{__version__}"
    assert not contract_server.sent("GET", "/elsewhere")


def test_a_closed_port_is_transient():
    port = _closed_port()
    with HttpFactory().client(base_url=f"http://127.0.0.1:{port}") as client:
        with pytest.raises(Transient) as raised:
            send(client, "POST", "/xrpc/x", idempotent=False, json={})
    assert "Could not connect to 127.0.0.1" in raised.value.message


def test_no_answer_after_a_write_is_outcome_unknown(contract_server):
    contract_server.script("POST", "/slow", Reply(200, {"ok": True}, delay=2.0))
    factory = HttpFactory(timeout=httpx.Timeout(0.3))
    with factory.client(base_url=contract_server.url) as client:
        with pytest.raises(OutcomeUnknown) as raised:
            send(client, "POST", "/slow", idempotent=False, json={})
        assert "not known whether it went out" in raised.value.message
        # The same break on a request that cannot do anything twice is safe to retry.
        with pytest.raises(Transient):
            send(client, "POST", "/slow", idempotent=True, json={})


def test_a_connection_dropped_after_sending_is_outcome_unknown():
    def dropping(request):
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.",
                                        request=request)

    factory = HttpFactory(transport=httpx.MockTransport(dropping))
    with factory.client(base_url="https://example.test") as client:
        with pytest.raises(OutcomeUnknown):
            send(client, "POST", "/statuses", idempotent=False)


def test_an_invalid_address_is_reported_plainly():
    with HttpFactory().client() as client:
        with pytest.raises(Transient) as raised:
            send(client, "GET", "ftp://example.test/", idempotent=True)
    assert "server address is not valid" in raised.value.message


def test_authorization_never_reaches_a_log_line_or_an_error(contract_server, caplog):
    token = "tok-" + "a1b2c3d4e5f6" * 3
    contract_server.script("GET", "/me", Reply(500, {"error": "x"}))
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    with HttpFactory().client(base_url=contract_server.url,
                              headers={"Authorization": f"Bearer {token}"}) as client:
        send(client, "GET", "/me?access_token=" + token, idempotent=True)
    assert token not in caplog.text
    assert "access_token" not in caplog.text  # query strings are never logged
    # The value is registered, so the log filter removes it from any later line.
    assert redact(f"oops {token}") == "oops [redacted]"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "header was %s", (token,), None)
    RedactingFilter().filter(record)
    assert token not in record.getMessage()


# -- TLS ------------------------------------------------------------------------------------------

@pytest.fixture
def tls_server(tmp_path):
    """An HTTPS server on 127.0.0.1 with a certificate from a throw-away CA."""
    try:
        import cryptography  # noqa: F401 - SecretStorage (keyring on Linux) brings it
    except ImportError:
        require(False, "the cryptography package is not installed")
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(common):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])

    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("Test CA")).issuer_name(name("Test CA"))
          .public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(name("127.0.0.1")).issuer_name(name("Test CA"))
            .public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file = tmp_path / "cert.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            if self.path == "/hang":  # says nothing for a while (bounded)
                time.sleep(6)
                return
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", ca_file
    server.shutdown()
    server.server_close()


def test_an_unknown_certificate_is_refused(tls_server):
    url, _ = tls_server
    with HttpFactory().client(base_url=url) as client:
        with pytest.raises(Transient) as raised:
            send(client, "GET", "/", idempotent=True)
    assert "certificate could not be verified" in raised.value.message


def test_a_test_ca_bundle_is_trusted_and_still_verified(tls_server):
    url, ca_file = tls_server
    factory = HttpFactory(ca_bundle=ca_file)
    assert factory.ssl_context().verify_mode == ssl.CERT_REQUIRED
    assert factory.ssl_context().check_hostname
    with factory.client(base_url=url) as client:
        assert send(client, "GET", "/", idempotent=True).text == "ok"


def test_the_deadline_cuts_a_silent_tls_server_too(tls_server, monkeypatch):
    from humasdesk.platforms import http

    monkeypatch.setattr(http, "REQUEST_DEADLINE", 1.0)
    url, ca_file = tls_server
    with HttpFactory(ca_bundle=ca_file).client(base_url=url) as client:
        started = time.monotonic()
        with pytest.raises(Transient) as raised:
            send(client, "GET", "/hang", idempotent=True)
        assert time.monotonic() - started < 2.5
    assert "within 1 seconds" in raised.value.message


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
