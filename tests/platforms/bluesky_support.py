"""Small helpers for the Bluesky tests: real image files, and accounts wired to a keyring."""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from pathlib import Path

from humasdesk.domain.model import Account, Media
from humasdesk.platforms.bluesky import BlueskyAdapter
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.secrets import SecretStore


def png_bytes(width: int, height: int) -> bytes:
    """A real (tiny, red) PNG image."""
    raw = b"".join(b"\x00" + bytes((200, 30, 30)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def image(path: Path, alt: str, width: int = 64, height: int = 48, data: bytes | None = None,
          mime: str = "image/png") -> Media:
    data = png_bytes(width, height) if data is None else data
    path.write_bytes(data)
    return Media(path=str(path), sha256=hashlib.sha256(data).hexdigest(), mime_type=mime,
                 alt_text=alt)


def stored_session(secrets: SecretStore, *, access: str = "access-1", refresh: str = "refresh-1",
                   did: str = "did:plc:rsko", handle: str = "rsko.test") -> str:
    ref = SecretStore.new_reference("bluesky")
    secrets.set(ref, json.dumps({"accessJwt": access, "refreshJwt": refresh, "did": did,
                                 "handle": handle}))
    return ref


def adapter_for(server: str, secrets: SecretStore, ref: str, *, did: str = "did:plc:rsko",
                handle: str = "rsko.test", http: HttpFactory | None = None) -> BlueskyAdapter:
    account = Account(platform="bluesky", name="Bluesky RSKO", handle=handle, server_url=server,
                      credential_ref=ref, options={"did": did}, id=1)
    return BlueskyAdapter(account, secrets, http or HttpFactory())
