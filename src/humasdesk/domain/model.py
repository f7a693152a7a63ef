"""The data model shared by every layer (see DESIGN.md, "Data model")."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .i18n import QT_TRANSLATE_NOOP, translate


class PublishState(enum.StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    PUBLISHED = "published"
    FAILED = "failed"
    NEEDS_ATTENTION = "needs_attention"
    CANCELLED = "cancelled"
    HANDED_OFF = "handed_off"
    AWAITING_USER = "awaiting_user"  # assisted sites: prepared, the user posts it by hand

    def label(self) -> str:
        return translate("PublishState", _STATE_LABELS[self])


_STATE_LABELS = {
    PublishState.DRAFT: QT_TRANSLATE_NOOP("PublishState", "Draft"),
    PublishState.SCHEDULED: QT_TRANSLATE_NOOP("PublishState", "Scheduled"),
    PublishState.SENDING: QT_TRANSLATE_NOOP("PublishState", "Sending"),
    PublishState.PUBLISHED: QT_TRANSLATE_NOOP("PublishState", "Published"),
    PublishState.FAILED: QT_TRANSLATE_NOOP("PublishState", "Failed"),
    PublishState.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("PublishState", "Needs attention"),
    PublishState.CANCELLED: QT_TRANSLATE_NOOP("PublishState", "Cancelled"),
    PublishState.HANDED_OFF: QT_TRANSLATE_NOOP("PublishState", "Scheduled on the platform"),
    PublishState.AWAITING_USER: QT_TRANSLATE_NOOP("PublishState", "Waiting for you to post it"),
}

# Where a record may go from each state (DESIGN.md, "Publishing state machine"). The engine and
# the user's actions only move records along these edges.
TRANSITIONS: dict[PublishState, frozenset[PublishState]] = {
    PublishState.DRAFT: frozenset({PublishState.SCHEDULED, PublishState.CANCELLED}),
    PublishState.SCHEDULED: frozenset({PublishState.SENDING, PublishState.CANCELLED,
                                       PublishState.HANDED_OFF, PublishState.NEEDS_ATTENTION,
                                       PublishState.SCHEDULED}),
    PublishState.SENDING: frozenset({PublishState.PUBLISHED, PublishState.FAILED,
                                     PublishState.SCHEDULED, PublishState.NEEDS_ATTENTION,
                                     PublishState.AWAITING_USER}),
    PublishState.HANDED_OFF: frozenset({PublishState.PUBLISHED, PublishState.CANCELLED,
                                        PublishState.SCHEDULED, PublishState.NEEDS_ATTENTION}),
    PublishState.AWAITING_USER: frozenset({PublishState.PUBLISHED, PublishState.CANCELLED,
                                           PublishState.SCHEDULED}),
    PublishState.FAILED: frozenset({PublishState.SCHEDULED, PublishState.CANCELLED}),
    PublishState.NEEDS_ATTENTION: frozenset({PublishState.SCHEDULED, PublishState.CANCELLED,
                                             PublishState.PUBLISHED}),
    PublishState.PUBLISHED: frozenset(),
    PublishState.CANCELLED: frozenset({PublishState.SCHEDULED}),
}


def states_that_may_become(target: PublishState) -> frozenset[PublishState]:
    return frozenset(s for s, allowed in TRANSITIONS.items() if target in allowed)


class AccountState(enum.StrEnum):
    OK = "ok"
    NEEDS_RECONNECT = "needs_reconnect"
    DISABLED = "disabled"

    def label(self) -> str:
        return translate("AccountState", _ACCOUNT_STATE_LABELS[self])


_ACCOUNT_STATE_LABELS = {
    AccountState.OK: QT_TRANSLATE_NOOP("AccountState", "Connected"),
    AccountState.NEEDS_RECONNECT: QT_TRANSLATE_NOOP("AccountState", "Needs reconnect"),
    AccountState.DISABLED: QT_TRANSLATE_NOOP("AccountState", "Disabled"),
}


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Media:
    """An image attached to a post, kept in HumasDesk's own folder, with its description."""

    path: str
    sha256: str
    mime_type: str
    alt_text: str = ""
    id: int | None = None
    post_id: int | None = None
    position: int = 0


@dataclass
class Post:
    """What the user wrote once; each account it goes to is a Target."""

    body: str
    language: str = "id"
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    media: list[Media] = field(default_factory=list)
    id: int | None = None


@dataclass
class Account:
    """One account on one platform. Its secret is in the keyring, found by ``credential_ref``."""

    platform: str
    name: str
    handle: str = ""
    server_url: str = ""
    credential_ref: str = ""
    state: AccountState = AccountState.OK
    options: dict = field(default_factory=dict)
    id: int | None = None


@dataclass
class Target:
    """A post going to one account, with that account's own text if the user wrote one."""

    post_id: int
    account_id: int
    text_variant: str | None = None
    as_thread: bool = False  # send a text too long for one post as numbered parts
    id: int | None = None
    # A reply: the stored inbox item it answers (the engine then calls the adapter's reply).
    inbox_item_id: int | None = None


@dataclass
class PublishRecord:
    """Where one target stands in the publishing state machine (see DESIGN.md)."""

    target_id: int
    state: PublishState
    scheduled_at: datetime | None = None  # what the user chose
    zone: str = "Asia/Jakarta"
    attempts: int = 0
    idempotency_key: str = ""
    remote_id: str = ""
    remote_url: str = ""
    error_kind: str = ""
    error_message: str = ""
    published_at: datetime | None = None
    updated_at: datetime = field(default_factory=utc_now)
    due_at: datetime | None = None  # when the engine next tries it (a retry moves only this)
    claimed_by: str = ""  # the publisher that set "sending"
    recurrence: str = ""  # "" or "weekly"
    by_hand: bool = False
    first_sent_at: datetime | None = None  # the platform may know the key since then
    id: int | None = None


@dataclass
class Draft:
    """The composer's unsent content, saved as the user types so nothing is lost."""

    body: str
    account_ids: list[int] = field(default_factory=list)
    updated_at: datetime = field(default_factory=utc_now)
    # Everything else the composer held: {"variants": {account id: text}, "threads": [ids],
    # "media": [{"path", "sha256", "mime_type", "alt_text"}]}.
    extra: dict = field(default_factory=dict)
    id: int | None = None
