"""An inbox item as HumasDesk keeps it: what the platform served (``RemoteItem``) plus where
the officer stands with it (state, triage labels, his correction). Pure data, no I/O.

``store/`` reads and writes these; ``services/inbox.py`` hands them to the window and the
command line; the publishing engine gives ``remote`` to the adapter when it sends a reply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .i18n import translate
from .inbox import ItemKind, ItemState, RemoteItem
from .timezones import describe_instant

LABELS = ("complaint", "urgent", "question")


@dataclass(frozen=True)
class Labels:
    """The triage labels of one message and the words that triggered them."""

    complaint: bool = False
    urgent: bool = False
    question: bool = False
    reasons: tuple[str, ...] = ()

    @property
    def rank(self) -> int:
        """Order in the priority view: emergencies, then complaints, then the rest."""
        return 0 if self.urgent else 1 if self.complaint else 2

    def as_dict(self) -> dict:
        return {"complaint": self.complaint, "urgent": self.urgent, "question": self.question}


@dataclass(frozen=True)
class InboxItem:
    """One stored comment, reply, mention, quote or message.

    ``labels`` are the labels in force: the user's correction when he made one (``corrected``),
    otherwise the triage's. ``machine`` keeps what the triage said, so a correction can be
    compared with it and fed back. ``handled_how`` says what handled it ("reply", "hide",
    "approve", "spam", "trash", "dismiss", "marked"), "" while it is not handled.
    """

    id: int
    account_id: int
    account_name: str
    platform: str
    remote: RemoteItem
    state: ItemState
    labels: Labels
    machine: Labels
    corrected: bool = False
    handled_how: str = ""
    fetched_at: datetime | None = None

    # Shortcuts to what the platform served, for readers of the item.
    @property
    def kind(self) -> ItemKind:
        return self.remote.kind

    @property
    def text(self) -> str:
        return self.remote.text

    @property
    def received_at(self) -> datetime:
        return self.remote.received_at


@dataclass(frozen=True)
class SavedReply:
    """A template the officer inserts with a key and then edits: ``{nama}`` is the author's
    name; other ``{fields}`` are his own (``reply_fields`` in the store)."""

    title: str
    body: str
    language: str = "id"
    id: int | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class SyncCursor:
    """Where reading an account's inbox stands: the adapter's opaque cursor, when to read
    next (cadence, backoff, a rate limit's reset), the last problem in words, what the
    platform counted without listing, and what it said about the last read."""

    account_id: int
    cursor: str = ""
    synced_at: datetime | None = None
    next_at: datetime | None = None
    failures: int = 0
    error_kind: str = ""
    error_message: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # what the platform said about the last read, in words


# -- words shared by the inbox service and the publishing engine -------------------------------

def window_closed_message(until: datetime, zone: str, account: str) -> str:
    """Said when a reply comes after the platform's reply window (Messenger's 24 hours)."""
    return translate("Inbox", "The time to answer this message ended on {time}; {account} no "
                              "longer accepts a reply to it.").format(
        time=describe_instant(until, zone), account=account)


def no_replies_message(account: str) -> str:
    """Said when the account's platform cannot take replies from HumasDesk."""
    return translate("Inbox", "{account} cannot take replies from HumasDesk; answer it on the "
                              "platform itself.").format(account=account)
