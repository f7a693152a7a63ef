"""What the adapters' inbox readers share: cursors, platform times, and the refusals a reply
meets (a deleted comment, a closed reply window), said in words.

Pure helpers, no I/O: each adapter reads its platform and builds ``RemoteItem``s with these.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ..domain.i18n import translate
from ..domain.inbox import InboxBatch, RemoteItem
from ..domain.timezones import format_local
from .base import Rejected


def load_cursor(cursor: str) -> dict:
    """An adapter's cursor (a small JSON object it wrote); ``{}`` for "" or anything else (a
    cursor from an older version, damaged): the read then starts from what the platform keeps,
    and the store drops the items it already has."""
    if not cursor:
        return {}
    try:
        value = json.loads(cursor)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def dump_cursor(state: dict) -> str:
    return json.dumps(state, sort_keys=True, separators=(",", ":"))


def timed_batch(state: dict, found: dict[str, list[RemoteItem]], note: str = "") -> InboxBatch:
    """The batch of items read from several sources (comments, messages, mentions...), each
    with its own time cursor: the newest item's time, kept under the source's name. The next
    read includes that time (an item that arrived in the same second is not lost), and the
    store keeps one copy of the item at the boundary."""
    cursor = {key: str(state.get(key) or "") for key in found}
    for key, items in found.items():
        if items:
            cursor[key] = max(i.received_at for i in items).isoformat()
    items = sorted((i for group in found.values() for i in group), key=lambda i: i.received_at)
    return InboxBatch(items, dump_cursor(cursor), note=note)


def parse_time(value: object) -> datetime | None:
    """An aware instant from what platforms send: ISO 8601 with ``Z`` or an offset (also Meta's
    ``+0000``), or unix seconds. None when it is none of these."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    elif len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit() and text[-3] != ":":
        text = f"{text[:-2]}:{text[-2:]}"  # "+0000" -> "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def id_key(value: str) -> tuple[int, str]:
    """Sorts platform ids that are numbers as numbers (Mastodon's and X's snowflakes have
    different lengths) and others as text."""
    return (int(value), "") if value.isdigit() else (0, value)


def gone(platform: str) -> Rejected:
    """A reply (or a hide) to an item the platform no longer has."""
    message = translate("Inbox", "This message no longer exists on {platform}: its author or "
                                 "a moderator deleted it. Nothing was sent.").format(
        platform=platform)
    return Rejected("gone", message)


def check_window(item: RemoteItem, now: datetime, platform: str, zone: str) -> None:
    """``Rejected`` in words when the item's reply window has closed (Messenger's 24 hours or
    7 days): nothing is sent then."""
    if item.reply_until is not None and now >= item.reply_until:
        raise Rejected("window", translate(
            "Inbox", "{platform} no longer allows an answer to this message: the time to reply "
            "ended at {time}. Answer the person another way (a comment, a phone call).").format(
                platform=platform, time=format_local(item.reply_until, zone)))


__all__ = ["check_window", "dump_cursor", "gone", "id_key", "load_cursor", "parse_time",
           "timed_batch"]
