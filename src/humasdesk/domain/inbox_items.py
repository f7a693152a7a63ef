"""An inbox item as HumasDesk keeps it: what the platform served (``RemoteItem``) plus where
the officer stands with it (state, triage labels, his correction). Pure data, no I/O.

``store/`` reads and writes these; ``services/inbox.py`` hands them to the window and the
command line; the publishing engine gives ``remote`` to the adapter when it sends a reply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .i18n import QT_TRANSLATE_NOOP, translate
from .inbox import ItemKind, ItemState, RemoteItem
from .timezones import describe_instant, format_local

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
    # The saved search that found it (brand and keyword watch); None for the account's own
    # notifications, comments and messages.
    watch_id: int | None = None

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


# -- how an item is said ------------------------------------------------------------------------

_KIND_NAMES = {
    ItemKind.REPLY: QT_TRANSLATE_NOOP("Inbox", "Reply"),
    ItemKind.MENTION: QT_TRANSLATE_NOOP("Inbox", "Mention"),
    ItemKind.QUOTE: QT_TRANSLATE_NOOP("Inbox", "Quote"),
    ItemKind.COMMENT: QT_TRANSLATE_NOOP("Inbox", "Comment"),
    ItemKind.MESSAGE: QT_TRANSLATE_NOOP("Inbox", "Message"),
}
_LABEL_NAMES = {
    "complaint": QT_TRANSLATE_NOOP("Inbox", "Complaint"),
    "urgent": QT_TRANSLATE_NOOP("Inbox", "Emergency"),
    "question": QT_TRANSLATE_NOOP("Inbox", "Question"),
}
SHOWN_CHARACTERS = 80  # of the text, in the one-line sentence


def kind_name(kind: ItemKind) -> str:
    """"Comment", "Message"…, translated."""
    return translate("Inbox", _KIND_NAMES[ItemKind(kind)])


def label_name(label: str) -> str:
    """"Complaint", "Emergency", "Question", translated."""
    return translate("Inbox", _LABEL_NAMES[label])


def ago(instant: datetime, now: datetime, zone: str) -> str:
    """"just now", "10 minutes ago", "3 hours ago", "2 days ago"; after a week the date."""
    seconds = (now - instant).total_seconds()
    if seconds < 60:
        return translate("Inbox", "just now")
    if seconds < 3600:
        return translate("Inbox", "%n minutes ago", n=int(seconds // 60))
    if seconds < 86400:
        return translate("Inbox", "%n hours ago", n=int(seconds // 3600))
    if seconds < 7 * 86400:
        return translate("Inbox", "%n days ago", n=int(seconds // 86400))
    return format_local(instant, zone)


def item_sentence(item: InboxItem, now: datetime, zone: str) -> str:
    """The one sentence a screen reader says for an item, its most pressing label first:
    "Complaint · Facebook RSKO · Budi: Antre di poli jiwa tiga jam… · 10 minutes ago"."""
    labels = item.labels
    first = label_name("urgent") if labels.urgent else label_name("complaint") \
        if labels.complaint else label_name("question") if labels.question \
        else kind_name(item.kind)
    text = " ".join(item.text.split())
    if len(text) > SHOWN_CHARACTERS:
        text = text[:SHOWN_CHARACTERS - 1].rstrip() + "…"
    author = item.remote.author_name or item.remote.author_handle
    return translate("Inbox", "{label} · {account} · {author}: {text} · {when}").format(
        label=first, account=item.account_name, author=author, text=text,
        when=ago(item.received_at, now, zone))
