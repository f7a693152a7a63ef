"""Helpers for the Mastodon, Telegram, assisted and OAuth contract tests."""

from __future__ import annotations

import hashlib
import logging
import struct
import zlib
from base64 import urlsafe_b64encode
from pathlib import Path
from urllib.parse import urlencode

import httpx

from contract_server import Recorded, Reply
from humasdesk.domain.model import Media
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.oauth import OOB_REDIRECT_URI
from humasdesk.platforms.registry import PlatformContext

OAUTH_CODE = "auth-code-5f2b9c1e7a"
OAUTH_TOKEN = "access-token-ZmFrZS10b2tlbi1mb3ItdGVzdHM"

# Short enough that a timeout test is quick, long enough for a loaded two-core machine.
CLIENT_TIMEOUT = 1.5


def context(tmp_path: Path, secrets, timeout: float = CLIENT_TIMEOUT) -> PlatformContext:
    return PlatformContext(data_dir=tmp_path / "data", outbox_dir=tmp_path / "data" / "outbox",
                           secrets=secrets, http=HttpFactory(timeout=timeout))


def png_bytes(width: int = 8, height: int = 6) -> bytes:
    """A real (tiny) PNG image."""
    raw = b"".join(b"\x00" + bytes((30, 90, 200)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def image(path: Path, alt: str = "", data: bytes | None = None,
          mime: str = "image/png") -> Media:
    data = png_bytes() if data is None else data
    path.write_bytes(data)
    return Media(path=str(path), sha256=hashlib.sha256(data).hexdigest(), mime_type=mime,
                 alt_text=alt)


def assert_no_secret(caplog, secrets: list[str], *texts: str) -> None:
    """None of ``secrets`` in any captured log line (formatted, with exceptions) nor in
    ``texts`` (exception messages, results)."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    lines = [formatter.format(record) for record in caplog.records]
    for secret in secrets:
        assert secret, "empty secret in the test"
        for line in lines:
            assert secret not in line, f"a secret appears in the log line {line!r}"
        for text in texts:
            assert secret not in text, "a secret appears in a message"


class AuthorizationServer:
    """The contract server scripted as an OAuth server: /oauth/authorize redirects back with a
    code (remembering the PKCE challenge), /oauth/token checks the verifier against it."""

    def __init__(self, server, *, state_override: str | None = None, deny: bool = False,
                 token: str = OAUTH_TOKEN):
        self.server = server
        self.access_token = token
        self.challenges: dict[str, str] = {}
        self.state_override = state_override
        self.deny = deny
        server.script("GET", "/oauth/authorize", self.authorize)
        server.script("POST", "/oauth/token", self.token)

    def authorize(self, request: Recorded) -> Reply:
        query = {k: v[0] for k, v in request.query.items()}
        self.challenges[OAUTH_CODE] = query["code_challenge"]
        if query["redirect_uri"] == OOB_REDIRECT_URI:  # the server shows the code instead
            return Reply(200, body=f"<p>Copy this code: {OAUTH_CODE}</p>".encode(),
                         headers={"Content-Type": "text/html"})
        answer = {"state": self.state_override or query["state"]}
        if self.deny:
            answer.update(error="access_denied", error_description="The user denied access")
        else:
            answer["code"] = OAUTH_CODE
        return Reply(302, body=b"", headers={
            "Location": f"{query['redirect_uri']}?{urlencode(answer)}"})

    def token(self, request: Recorded) -> Reply:
        form = {k: v[0] for k, v in request.form().items()}
        challenge = self.challenges.get(form.get("code", ""))
        verifier = form.get("code_verifier", "")
        computed = urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
        if challenge is None or computed.decode() != challenge:
            return Reply(400, {"error": "invalid_grant", "error_description":
                               "The provided authorization grant is invalid, expired, revoked, "
                               "does not match the redirection URI used in the authorization "
                               "request, or was issued to another client."})
        return Reply(200, {"access_token": self.access_token, "token_type": "Bearer",
                           "scope": "read write", "created_at": 1795660000})


class Browser:
    """Stands in for the user's browser: follows the redirect back to the loopback."""

    def __init__(self):
        self.pages: list[httpx.Response] = []

    def __call__(self, url: str) -> None:
        self.pages.append(httpx.get(url, follow_redirects=True, timeout=5))
