"""Tokens kept in the keyring with their expiry, shared by the OAuth-based adapters (Facebook,
Instagram, X, Threads, LinkedIn).

One keyring entry per account (its ``credential_ref``) holds a JSON object: the tokens, the
instant each expires (``expires_at``, unix seconds; ``None`` for "does not expire") and when it
was issued. Nothing here goes to SQLite, settings or logs; every token read or written is
registered with the log redactor.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..domain.i18n import translate
from ..domain.timezones import format_local
from ..logs import register_secret
from .base import AuthExpired
from .secrets import SecretStore

if TYPE_CHECKING:
    from ..domain.model import Account
    from .http import HttpFactory

# Fields of the stored object that are secrets (registered with the redactor when read).
SECRET_FIELDS = ("access_token", "refresh_token", "page_token", "user_token", "app_secret",
                 "client_secret")


def load(secrets: SecretStore, ref: str, platform_name: str) -> dict:
    """The account's stored tokens; ``AuthExpired`` when there are none (never connected, or
    removed from the keyring by hand)."""
    stored = secrets.get(ref) if ref else None
    if not stored:
        raise AuthExpired(translate(
            "Platforms", "HumasDesk has no saved login for this {platform} account. Connect it "
            "again on the Accounts page.").format(platform=platform_name))
    try:
        data = json.loads(stored)
    except ValueError:
        raise AuthExpired() from None
    if not isinstance(data, dict):
        raise AuthExpired()
    for name in SECRET_FIELDS:
        if isinstance(data.get(name), str):
            register_secret(data[name])
    return data


def save(secrets: SecretStore, ref: str, data: dict) -> None:
    for name in SECRET_FIELDS:
        if isinstance(data.get(name), str):
            register_secret(data[name])
    secrets.set(ref, json.dumps(data))


def expires_at(expires_in: object, now: float | None = None) -> float | None:
    """``expires_in`` seconds from a token answer -> an instant; ``None`` when not given or 0
    (Meta's "never")."""
    if isinstance(expires_in, bool) or not isinstance(expires_in, (int, float)) or expires_in <= 0:
        return None
    return (now if now is not None else time.time()) + float(expires_in)


def expired(data: dict, field: str = "expires_at", now: float | None = None) -> bool:
    moment = data.get(field)
    return isinstance(moment, (int, float)) and moment <= (now if now is not None
                                                            else time.time())


def expires_within(data: dict, seconds: float, field: str = "expires_at",
                   now: float | None = None) -> bool:
    moment = data.get(field)
    return isinstance(moment, (int, float)) and moment <= (
        now if now is not None else time.time()) + seconds


def expiry_words(data: dict, zone: str, field: str = "expires_at") -> str:
    """How long the login lasts, for ``verify()`` and the Accounts page."""
    moment = data.get(field)
    if not isinstance(moment, (int, float)):
        return translate("Platforms", "The login does not expire.")
    return translate("Platforms", "The login is valid until {time}.").format(
        time=format_local(datetime.fromtimestamp(moment, UTC), zone))


def expired_error(platform_name: str) -> AuthExpired:
    return AuthExpired(translate(
        "Platforms", "The {platform} login has expired. Reconnect the account on the Accounts "
        "page; the post stays in the queue.").format(platform=platform_name))




class StoredTokens:
    """The account's tokens, read from the keyring once per adapter (``platform_name`` names
    the platform when there are none)."""

    platform_name = ""
    account: Account
    secrets: SecretStore
    _stored: dict | None = None

    def _tokens(self) -> dict:
        if self._stored is None:
            self._stored = load(self.secrets, self.account.credential_ref, self.platform_name)
        return self._stored


class KeyringAdapter(StoredTokens):
    """The constructor the OAuth adapters share: the account, the keyring, the HTTP factory,
    the zone for messages and a clock (for tests); ``base``: the account's server, or
    ``default_base``."""

    default_base = ""

    def __init__(self, account: Account, secrets: SecretStore, http: HttpFactory,
                 zone: str = "Asia/Jakarta", clock=time.time):
        self.account = account
        self.secrets = secrets
        self.http = http
        self.zone = zone
        self.clock = clock
        self.base = (account.server_url or self.default_base).rstrip("/")
        self._stored = None
