"""The adapter protocol, its declared capabilities and the shared error kinds.

Adapters raise only the error kinds below. Each carries a plain, translated message for the user
and never a token or password.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from ..domain.i18n import translate
from ..domain.inbox import InboxBatch, RemoteItem
from ..domain.metrics import AudienceSnapshot, PostMetrics
from ..domain.model import Account, Media


@dataclass(frozen=True)
class Capabilities:
    text_rules: str  # the platform id the text rules use ("x", "bluesky", "outbox", ...)
    max_media: int = 0
    alt_text: bool = False
    native_scheduling: bool = False  # then the adapter is a NativeScheduler
    native_min_lead: timedelta = timedelta(0)  # how far ahead the platform accepts a schedule
    idempotency: bool = False  # a retry with the same key cannot create a second post
    idempotency_window: timedelta | None = None  # how long the platform remembers a key
    # The adapter's find_published (FindsByKey) is reliable: a post it does not find was not
    # published, so sending again is safe (crash recovery).
    lookup: bool = False
    threads: bool = False
    inbox: bool = False
    metrics: bool = False
    assisted: bool = False  # the user posts by hand; HumasDesk prepares and records it


_logging_in: contextvars.ContextVar[bool] = contextvars.ContextVar("humasdesk_logging_in",
                                                                  default=False)


@contextlib.contextmanager
def login_attempt():
    """Inside: connecting or verifying an account, not sending a post. Messages then speak of
    the login, and say that the user tries again (nothing is retried by itself)."""
    token = _logging_in.set(True)
    try:
        yield
    finally:
        _logging_in.reset(token)


def logging_in() -> bool:
    return _logging_in.get()


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
        # A message of the platform's own (a monthly cap, a daily quota) is worth showing next
        # to the engine's "wait until"; a generic one is not.
        self.specific = message is not None
        if message is None:
            message = translate("PlatformError", "The platform asks us to wait before trying "
                                                 "again. Try again later.") if logging_in() \
                else translate("PlatformError", "The platform asks us to slow down. HumasDesk "
                                                "will try again when it allows.")
        super().__init__(message)
        self.reset_at = reset_at


class Rejected(PlatformError):
    kind = "rejected"

    def __init__(self, platform_message: str, message: str | None = None):
        if message is None:
            message = translate("PlatformError", "The platform refused the login: {reason}") \
                if logging_in() else translate("PlatformError",
                                               "The platform refused the post: {reason}")
            message = message.format(reason=platform_message)
        super().__init__(message)
        self.platform_message = platform_message


class Transient(PlatformError):
    kind = "transient"

    def __init__(self, message: str | None = None):
        if message is None:
            message = translate("PlatformError", "The platform could not be reached. Try "
                                                 "again in a moment.") if logging_in() else \
                translate("PlatformError", "The platform could not be reached. HumasDesk will "
                                           "try again.")
        super().__init__(message)


class OutcomeUnknown(PlatformError):
    kind = "outcome_unknown"

    def __init__(self, message: str | None = None):
        super().__init__(message or translate(
            "PlatformError", "The connection broke while sending; it is not known whether "
            "the post went out. Check the account before sending it again."))


class HandOffRequired(PlatformError):
    """Raised by ``publish``: this post is posted by hand. ``handoff`` (an ``assisted.HandOff``)
    says how; the engine keeps the record waiting for the user."""

    kind = "awaiting_user"

    def __init__(self, handoff):
        super().__init__(translate(
            "Assisted", "Waiting for you to post this on {site} by hand.").format(
                site=handoff.site))
        self.handoff = handoff


@dataclass
class ThreadPart:
    """A further part of a thread: published as a reply to the part before it."""

    text: str
    media: list[Media] = field(default_factory=list)


@dataclass
class OutgoingPost:
    """What an adapter is asked to publish: the final text for one target.

    ``text`` and ``media`` are the first (or only) part. ``thread`` holds the parts after it,
    for adapters whose capabilities say ``threads``; the others are never given any.
    """

    text: str
    idempotency_key: str
    language: str = "id"
    media: list[Media] = field(default_factory=list)
    scheduled_at: datetime | None = None  # for native scheduling; None means now
    zone: str = "Asia/Jakarta"
    thread: list[ThreadPart] = field(default_factory=list)

    def parts(self) -> list[ThreadPart]:
        return [ThreadPart(self.text, list(self.media)), *self.thread]


@dataclass(frozen=True)
class PublishResult:
    remote_id: str
    url: str
    by_hand: bool = False
    note: str = ""  # for the user, said with "Published": e.g. why a link went without a card


class PlatformAdapter(Protocol):
    """What every adapter has. What else it can do is a capability protocol below, checked
    with ``isinstance`` (the data that is not a method stays in ``Capabilities``)."""

    account: Account
    capabilities: Capabilities

    def publish(self, post: OutgoingPost) -> PublishResult: ...

    def verify(self) -> str:
        """Ask the platform who we are; return a description for the user."""
        ...


# -- capabilities ---------------------------------------------------------------------------------

@runtime_checkable
class Publisher(Protocol):
    def publish(self, post: OutgoingPost) -> PublishResult:
        """Publish now; raise only the shared error kinds."""
        ...


@runtime_checkable
class NativeScheduler(Protocol):
    """The platform keeps a post and publishes it itself at a time (even with this computer
    off). ``capabilities.native_min_lead`` says how far ahead it must be."""

    def schedule(self, post: OutgoingPost, at: datetime) -> PublishResult:
        """Hand the post to the platform's own schedule; ``remote_id`` names it there."""
        ...

    def cancel_scheduled(self, remote_id: str) -> None:
        """Take a handed-off post out of the platform's schedule."""
        ...


@runtime_checkable
class SchedulePreflight(Protocol):
    def can_schedule(self, post: OutgoingPost, at: datetime) -> bool:
        """Whether this post can be handed off for that time (media, distance ahead...);
        asked before ``schedule`` so a refusal costs no request."""
        ...


@runtime_checkable
class NativeRescheduler(Protocol):
    def reschedule(self, remote_id: str, at: datetime) -> datetime:
        """Move a handed-off post to another time in place; returns the time the platform
        keeps."""
        ...


@runtime_checkable
class FindsByKey(Protocol):
    def find_published(self, idempotency_key: str) -> PublishResult | None:
        """The post sent with this key, or None. Reliable (a post not found was not
        published) only where ``capabilities.lookup`` says so."""
        ...


@runtime_checkable
class FindsByText(Protocol):
    def find_by_text(self, text: str, since: datetime | None) -> PublishResult | None:
        """A post of this account with this text, published after ``since`` (for platforms
        that keep no key of ours, once they forgot the key)."""
        ...


# For the inbox and insights. An adapter that has one of these says so with isinstance; what a
# platform cannot do is said in words by ``cannot_read_reason`` (see platforms/spec.py users).

@runtime_checkable
class InboxReader(Protocol):
    # How often to read at most (the platform's rate limits and cost; see the reference notes).
    inbox_cadence: timedelta

    def read_inbox(self, cursor: str) -> InboxBatch:
        """Comments, replies, mentions, quotes and messages that reached the account since
        ``cursor`` ("" the first time: the recent ones the platform still keeps), oldest first,
        and the cursor for the next read. Raises the usual error kinds."""
        ...


@runtime_checkable
class SaysWhatItCannotRead(Protocol):
    def cannot_read_reason(self) -> str:
        """What of this account's inbox HumasDesk cannot read, in words ("" when it reads
        everything): the whole of it where the adapter is not an ``InboxReader`` (a site
        posted by hand, X with reading turned off), a part where it is (a Bluesky app password
        without access to direct messages, as learned while reading)."""
        ...


@runtime_checkable
class Replier(Protocol):
    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        """Answer ``item`` with ``text`` following the platform's reply rules, at most once per
        key. Raises Rejected (in words) when the reply window has closed."""
        ...


@runtime_checkable
class Moderator(Protocol):
    # The actions this platform allows on an item: a subset of "hide", "unhide", "approve",
    # "spam", "trash", "dismiss".
    moderation_actions: tuple[str, ...]

    def moderate(self, item: RemoteItem, action: str) -> None:
        """Carry out one of ``moderation_actions`` on ``item``."""
        ...


@runtime_checkable
class MetricsReader(Protocol):
    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """Reactions, replies, shares and views of one published post (the remote id and url
        the publish recorded). One metric that fails never hides the others."""
        ...

    def read_audience(self) -> AudienceSnapshot:
        """The account's followers now."""
        ...


@runtime_checkable
class Searcher(Protocol):
    def search(self, query: str, cursor: str) -> InboxBatch:
        """Public posts that mention ``query`` (the hospital's name, say) since ``cursor``,
        as inbox items of kind ``mention``."""
        ...


# -- idempotency keys -----------------------------------------------------------------------------

_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def encode_tid(micros: int, clock_id: int) -> str:
    """An atproto TID: 53 bits of microseconds since 1970 and a 10-bit clock id, written as 13
    characters of sortable base32 (the top bit is always 0)."""
    value = ((micros & ((1 << 53) - 1)) << 10) | (clock_id & 0x3FF)
    return "".join(_TID_ALPHABET[(value >> (60 - 5 * i)) & 31] for i in range(13))


def decode_tid(tid: str) -> tuple[int, int]:
    """``(micros, clock_id)`` of a TID; ``ValueError`` when it is not one."""
    if not TID_RE.match(tid):
        raise ValueError(f"not a TID: {tid!r}")
    value = 0
    for char in tid:
        value = (value << 5) | _TID_ALPHABET.index(char)
    return value >> 10, value & 0x3FF


def new_idempotency_key() -> str:
    """A key for a new publish record: a TID of now (so platforms that want time-ordered record
    keys, such as Bluesky, can derive them from it) and 48 random bits.

    Valid as a Mastodon ``Idempotency-Key`` and as a file name.
    """
    random = os.urandom(8)
    clock_id = int.from_bytes(random[:2], "big") & 0x3FF
    return f"{encode_tid(time.time_ns() // 1000, clock_id)}-{random[2:].hex()}"
