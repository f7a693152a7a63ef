"""The adapter protocol, its declared capabilities and the shared error kinds.

Adapters raise only the error kinds below. Each carries a plain, translated message for the user
and never a token or password.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from ..domain.i18n import translate
from ..domain.model import Account, Media


@dataclass(frozen=True)
class Capabilities:
    text_rules: str  # the platform id the text rules use ("x", "bluesky", "outbox", ...)
    max_media: int = 0
    alt_text: bool = False
    native_scheduling: bool = False
    idempotency: bool = False  # a retry with the same key cannot create a second post
    lookup: bool = False  # a published post can be found again by its key (crash recovery)
    threads: bool = False
    inbox: bool = False
    metrics: bool = False
    assisted: bool = False  # the user posts by hand; HumasDesk prepares and records it


class PlatformError(Exception):
    kind = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AuthExpired(PlatformError):
    kind = "auth_expired"

    def __init__(self, message: str | None = None):
        super().__init__(message or translate(
            "PlatformError", "The login for this account has expired or was revoked. "
            "Reconnect the account on the Accounts page."))


class RateLimited(PlatformError):
    kind = "rate_limited"

    def __init__(self, reset_at: datetime | None, message: str | None = None):
        super().__init__(message or translate(
            "PlatformError", "The platform asks us to slow down. HumasDesk will try again "
            "when it allows."))
        self.reset_at = reset_at


class Rejected(PlatformError):
    kind = "rejected"

    def __init__(self, platform_message: str, message: str | None = None):
        super().__init__(message or translate(
            "PlatformError", "The platform refused the post: {reason}").format(
                reason=platform_message))
        self.platform_message = platform_message


class Transient(PlatformError):
    kind = "transient"

    def __init__(self, message: str | None = None):
        super().__init__(message or translate(
            "PlatformError", "The platform could not be reached. HumasDesk will try again."))


class OutcomeUnknown(PlatformError):
    kind = "outcome_unknown"

    def __init__(self, message: str | None = None):
        super().__init__(message or translate(
            "PlatformError", "The connection broke while sending; it is not known whether "
            "the post went out. Check the account before sending it again."))


@dataclass
class OutgoingPost:
    """What an adapter is asked to publish: the final text for one target."""

    text: str
    idempotency_key: str
    language: str = "id"
    media: list[Media] = field(default_factory=list)
    scheduled_at: datetime | None = None  # for native scheduling; None means now
    zone: str = "Asia/Jakarta"


@dataclass(frozen=True)
class PublishResult:
    remote_id: str
    url: str
    by_hand: bool = False


class PlatformAdapter(Protocol):
    account: Account
    capabilities: Capabilities

    def publish(self, post: OutgoingPost) -> PublishResult: ...

    def verify(self) -> str:
        """Ask the platform who we are; return a description for the user."""
        ...

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        """Look for a post sent with this key (only if ``capabilities.lookup``)."""
        ...
