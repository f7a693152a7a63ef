"""What an adapter reads from a platform for the inbox, and what the inbox keeps of it.

Shared by the platform adapters (which fill ``RemoteItem`` and ``InboxBatch``), the store (which
keeps them unique per account by ``remote_id``) and the inbox service. Pure data, no I/O.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class ItemKind(enum.StrEnum):
    REPLY = "reply"      # an answer to one of the account's posts
    MENTION = "mention"  # a post that names the account
    QUOTE = "quote"      # a post that quotes one of the account's posts
    COMMENT = "comment"  # a comment under one of the account's posts (Facebook, WordPress, ...)
    MESSAGE = "message"  # a direct / private message


class ItemState(enum.StrEnum):
    NEW = "new"
    READ = "read"
    HANDLED = "handled"  # answered, hidden or dismissed; a new message in its thread reopens it


# The account option saying the hospital's Meta app passed review for the Human Agent
# permission: Facebook and Instagram messages are then answered up to 7 days after the
# person's last message, not 24 hours (read by platforms.meta, set by services.accounts).
HUMAN_AGENT_OPTION = "human_agent"

@dataclass(frozen=True)
class RemoteItem:
    """One comment, reply, mention, quote or message as the platform served it.

    ``remote_id`` is the platform's own id, unique per account (the store refuses a second copy).
    ``thread_id`` groups an item with the others of the same conversation (the post it answers,
    a conversation id); ``parent_id`` is what it answers directly. ``reply_ref`` holds what the
    adapter needs later to answer it (Bluesky root/parent uri+cid, Mastodon visibility, a
    Telegram chat id, ...): plain JSON-able values, never a secret.
    """

    remote_id: str
    kind: ItemKind
    author_name: str
    author_handle: str
    text: str
    received_at: datetime  # aware
    url: str = ""
    thread_id: str = ""
    parent_id: str = ""
    reply_ref: dict = field(default_factory=dict)
    # The last moment an answer is allowed (Messenger's 24 h / 7 days window); None: no limit.
    reply_until: datetime | None = None
    # The platform's moderation state where it has one ("hold", "approved", "hidden", ...).
    moderation: str = ""


@dataclass(frozen=True)
class InboxBatch:
    """What one read brought: new items (oldest first) and the cursor to pass next time.

    ``cursor`` is opaque to everything but the adapter that made it; the store keeps it per
    account and source so a restart neither repeats nor loses items. ``counts`` holds what is
    counted but not listed (Bluesky likes and reposts, Telegram reactions). ``more`` says the
    platform has further items right away (read again before waiting for the next cadence).
    ``note`` is something to tell the user about this read in their language (a permission the
    app lacks, a search the server does not offer, how long the platform keeps items); "" when
    there is nothing to say.
    """

    items: list[RemoteItem]
    cursor: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    more: bool = False
    note: str = ""
