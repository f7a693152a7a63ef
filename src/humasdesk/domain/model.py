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
}


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
    path: str
    sha256: str
    mime_type: str
    alt_text: str = ""
    id: int | None = None
    post_id: int | None = None
    position: int = 0


@dataclass
class Post:
    body: str
    language: str = "id"
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    media: list[Media] = field(default_factory=list)
    id: int | None = None


@dataclass
class Account:
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
    post_id: int
    account_id: int
    text_variant: str | None = None
    id: int | None = None


@dataclass
class PublishRecord:
    target_id: int
    state: PublishState
    scheduled_at: datetime | None = None
    zone: str = "Asia/Jakarta"
    attempts: int = 0
    idempotency_key: str = ""
    remote_id: str = ""
    remote_url: str = ""
    error_kind: str = ""
    error_message: str = ""
    published_at: datetime | None = None
    updated_at: datetime = field(default_factory=utc_now)
    id: int | None = None


@dataclass
class Draft:
    body: str
    account_ids: list[int] = field(default_factory=list)
    updated_at: datetime = field(default_factory=utc_now)
    id: int | None = None
