"""Bluesky (atproto): handle and app password, posts with facets, images with alt text, threads.

Login happens once, when the account is connected (``com.atproto.server.createSession``; the
service allows only a few sessions a day per account). The session (access and refresh tokens)
is kept in the keyring under the account's ``credential_ref``, and renewed with
``refreshSession``. The app password itself is not kept: when the refresh token stops working
the account needs reconnecting, which is what the user expects after revoking the password.

Each part of a post gets a record key derived from the publish record's idempotency key, so a
retry finds what an earlier attempt already created instead of posting twice.

The inbox (notifications, direct messages where the app password allows them), replies, post
counts and search are in their own block below (``BlueskyInbox``).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.inbox import InboxBatch, ItemKind, RemoteItem
from ..domain.metrics import LIKES, QUOTES, REPLIES, REPOSTS, AudienceSnapshot, PostMetrics
from ..domain.model import Account, Media
from ..logs import redact, register_secret
from .base import (
    AuthExpired,
    Capabilities,
    OutcomeUnknown,
    OutgoingPost,
    PlatformError,
    PublishResult,
    RateLimited,
    Rejected,
    ThreadPart,
    Transient,
    decode_tid,
    encode_tid,
)
from .http import (
    HttpFactory,
    asks_to_wait,
    bounded_send,
    json_body,
    rate_limit_reset,
    send,
    unreadable,
)
from .secrets import SecretStore
from .spec import (
    Connection,
    FormField,
    PlatformContext,
    PlatformForm,
    handle_of,
    platform_spec,
    server_of,
)

log = logging.getLogger(__name__)

PLATFORM = "bluesky"
DEFAULT_SERVER = "https://bsky.social"
POST_COLLECTION = "app.bsky.feed.post"
MAX_IMAGES = 4
MAX_IMAGE_BYTES = 2_000_000  # app.bsky.embed.images#image blob maxSize
CAPABILITIES = Capabilities(text_rules="bluesky", max_media=MAX_IMAGES, alt_text=True,
                            idempotency=True, lookup=True, threads=True, inbox=True,
                            metrics=True)
DISPLAY_NAME = QT_TRANSLATE_NOOP("Platforms", "Bluesky")

# XRPC error names meaning "this access token no longer works": refresh and try once more.
_TOKEN_ERRORS = {"ExpiredToken", "InvalidToken"}
# Refresh one account's session at a time: the server rotates the refresh token.
_refresh_locks: dict[str, threading.Lock] = {}
_refresh_locks_guard = threading.Lock()

# Keys that are not TID-headed (records made before keys carried a time) get TIDs inside 2023,
# before HumasDesk existed, so they can never collide with a key made from a real time.
_FALLBACK_START_US = 1_672_531_200_000_000  # 2023-01-01T00:00:00Z
_FALLBACK_SPAN_US = 365 * 24 * 3600 * 1_000_000


# -- pure helpers ---------------------------------------------------------------------------------

def record_keys(idempotency_key: str, count: int) -> list[str]:
    """The record keys (TIDs) for the ``count`` parts of one publish record.

    A key made by :func:`humasdesk.platforms.base.new_idempotency_key` starts with a TID; its
    parts get that TID and the ones a microsecond after it. Any other key is hashed into a TID.
    """
    try:
        micros, clock_id = decode_tid(idempotency_key[:13])
    except ValueError:
        digest = hashlib.sha256(idempotency_key.encode("utf-8")).digest()
        micros = _FALLBACK_START_US + int.from_bytes(digest[:8], "big") % _FALLBACK_SPAN_US
        clock_id = int.from_bytes(digest[8:10], "big")
    return [encode_tid(micros + index, clock_id) for index in range(count)]


def detect_facets(text: str) -> list[dict]:
    """Links, mentions and hashtags with UTF-8 byte offsets, from the shared text rules.

    Mention features carry ``handle`` and ``did: None``; the adapter resolves them. Kept behind
    this one function so the detector can be swapped without touching the adapter.
    """
    from ..domain.textrules import measure

    return [json.loads(json.dumps(facet)) for facet in (measure(text, PLATFORM).facets or [])]


def normalise_server(server: str) -> str:
    """``bsky.social`` -> ``https://bsky.social``. Plain ``http`` only for this computer itself
    (test servers): anywhere else the password and tokens would cross the network unencrypted."""
    server = (server or "").strip().rstrip("/") or DEFAULT_SERVER
    if "://" not in server:
        server = "https://" + server
    parts = urlsplit(server)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise Rejected(server, translate(
            "Bluesky", "“{server}” is not a server address. Use one such as "
            "https://bsky.social.").format(server=server))
    if parts.scheme == "http" and host not in ("localhost", "127.0.0.1", "::1"):
        raise Rejected(server, translate(
            "Bluesky", "The server address must start with https://, so that the password "
            "and the posts travel encrypted."))
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF, JPEG or WebP image, read from its header (so Bluesky can
    show it uncropped); ``None`` when it cannot tell."""
    try:
        if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
            return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        if data[:6] in (b"GIF87a", b"GIF89a"):
            return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            chunk = data[12:16]
            if chunk == b"VP8X":
                return (int.from_bytes(data[24:27], "little") + 1,
                        int.from_bytes(data[27:30], "little") + 1)
            if chunk == b"VP8L":
                bits = int.from_bytes(data[21:25], "little")
                return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
            if chunk == b"VP8 ":
                return (int.from_bytes(data[26:28], "little") & 0x3FFF,
                        int.from_bytes(data[28:30], "little") & 0x3FFF)
        if data[:2] == b"\xff\xd8":
            index = 2
            while index + 9 < len(data):
                if data[index] != 0xFF:
                    index += 1
                    continue
                marker = data[index + 1]
                length = int.from_bytes(data[index + 2:index + 4], "big")
                if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD,
                              0xCE, 0xCF):
                    return (int.from_bytes(data[index + 7:index + 9], "big"),
                            int.from_bytes(data[index + 5:index + 7], "big"))
                index += 2 + length
    except (IndexError, ValueError):
        return None
    return None


def _token_expires_soon(token: str, margin: float = 60.0) -> bool:
    """Whether a JWT's ``exp`` is past or within ``margin`` seconds (unreadable: no)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"]) < time.time() + margin
    except (IndexError, KeyError, ValueError, TypeError):
        return False


def _xrpc_error(response: httpx.Response) -> tuple[str, str]:
    """The XRPC ``{"error", "message"}`` of a failed answer (empty strings when absent)."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    error = body.get("error")
    message = body.get("message")
    return (error if isinstance(error, str) else "",
            redact(message) if isinstance(message, str) else "")


def _scope_refused(response: httpx.Response) -> bool:
    """The PDS's answer to a call the session's app password may not make (chat.bsky.* without
    DM access): 400 ``InvalidToken`` "Bad token method" (or "Bad token scope")."""
    if response.status_code != 400:
        return False
    error, message = _xrpc_error(response)
    return error == "InvalidToken" and message in ("Bad token method", "Bad token scope")


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _post_url(handle_or_did: str, rkey: str) -> str:
    return f"https://bsky.app/profile/{handle_or_did}/post/{rkey}"


@dataclass(frozen=True)
class StrongRef:
    uri: str
    cid: str

    def to_json(self) -> dict:
        return {"uri": self.uri, "cid": self.cid}


@dataclass(frozen=True)
class OwnPost:
    """One of the account's own posts, as read back from its repository."""

    uri: str
    cid: str
    rkey: str
    text: str
    created_at: str
    record: dict

    @property
    def reply_root(self) -> str:
        reply = self.record.get("reply") or {}
        return (reply.get("root") or {}).get("uri", "")


# -- the adapter ----------------------------------------------------------------------------------

def _one_connection(method):
    """Run a public method over one HTTP connection (one TLS handshake, not one per request)."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._connected():
            return method(self, *args, **kwargs)
    return wrapper


# == Inbox, replies, metrics and search (issues 15 and 16) =======================================
#
# Notifications (app.bsky.notification.listNotifications) come newest first and their cursor only
# goes back in time, so the inbox cursor is our own: the newest time read so far and a short hash
# of every notification read within OVERLAP before it. Each read goes back to that time minus
# OVERLAP (the AppView files a post under the earlier of its creation and indexing times, so a
# late-indexed post can land a little before the newest one already read) and skips what it has
# seen: a restart neither repeats nor loses. Likes and reposts are counted, not listed.

INBOX_CADENCE = timedelta(seconds=60)  # listNotifications every 60 s (reference notes)
CHAT_PROXY = "did:web:api.bsky.chat#bsky_chat"
_LISTED = {"reply": ItemKind.REPLY, "mention": ItemKind.MENTION, "quote": ItemKind.QUOTE}
# InboxBatch.counts keys: the metric names, and new followers.
_COUNTED = {"like": LIKES, "like-via-repost": LIKES, "repost": REPOSTS,
            "repost-via-repost": REPOSTS, "follow": "follows"}
_OVERLAP = timedelta(minutes=15)
_PAGE = 100  # the most listNotifications and searchPosts give per page
_MAX_PAGES = 10  # per read; the rest comes with the next read (``more``)
_SEEN_KEEP = 2000  # hashes kept in a cursor (12 characters each)
_DM_RETRY = timedelta(hours=6)  # how long a refused chat access is believed before asking again


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _seen_hash(uri: str) -> str:
    return hashlib.sha256(uri.encode("utf-8")).hexdigest()[:12]


@dataclass
class _Mark:
    """How far a stream (notifications, a search) has been read: see the block comment."""

    newest: datetime | None = None
    seen: set[str] = field(default_factory=set)
    # hash -> when (Unix seconds), so what falls out of the overlap is forgotten
    stamps: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, raw: object) -> _Mark:
        if not isinstance(raw, dict):
            return cls()
        stamps = raw.get("seen") if isinstance(raw.get("seen"), dict) else {}
        stamps = {key: value for key, value in stamps.items()
                  if isinstance(key, str) and isinstance(value, int)}
        return cls(_parse_time(raw.get("t")), set(stamps), stamps)

    def dump(self) -> dict:
        if self.newest is None:
            return {}
        floor = int((self.newest - _OVERLAP).timestamp())
        kept = {key: value for key, value in self.stamps.items() if value >= floor}
        if len(kept) > _SEEN_KEEP:
            kept = dict(sorted(kept.items(), key=lambda pair: pair[1])[-_SEEN_KEEP:])
        return {"t": self.newest.isoformat(), "seen": kept}

    def floor(self) -> datetime | None:
        return None if self.newest is None else self.newest - _OVERLAP

    def is_new(self, uri: str) -> bool:
        return _seen_hash(uri) not in self.seen

    def note(self, uri: str, when: datetime) -> None:
        key = _seen_hash(uri)
        self.seen.add(key)
        self.stamps[key] = int(when.timestamp())
        if self.newest is None or when > self.newest:
            self.newest = when


def _load_cursor(cursor: str) -> dict:
    if not cursor:
        return {}
    try:
        loaded = json.loads(cursor)
    except ValueError:
        log.warning("unreadable Bluesky inbox cursor; reading the recent items again")
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _strong_ref(value: object) -> dict | None:
    if isinstance(value, dict) and isinstance(value.get("uri"), str) \
            and isinstance(value.get("cid"), str) and value["uri"] and value["cid"]:
        return {"uri": value["uri"], "cid": value["cid"]}
    return None


def _quoted_uri(record: dict) -> str:
    embed = record.get("embed") if isinstance(record.get("embed"), dict) else {}
    inner = embed.get("record") if isinstance(embed.get("record"), dict) else {}
    # app.bsky.embed.recordWithMedia nests the quoted record one level deeper
    if isinstance(inner.get("record"), dict):
        inner = inner["record"]
    uri = inner.get("uri")
    return uri if isinstance(uri, str) else ""


def post_item(uri: str, cid: str, author: object, record: object, indexed_at: object,
              kind: ItemKind) -> RemoteItem | None:
    """A post as an inbox item; None when the answer lacks what an item needs."""
    if not isinstance(uri, str) or not uri.startswith("at://") or not isinstance(cid, str):
        return None
    author = author if isinstance(author, dict) else {}
    record = record if isinstance(record, dict) else {}
    did = author.get("did") if isinstance(author.get("did"), str) else ""
    handle = author.get("handle") if isinstance(author.get("handle"), str) else ""
    name = author.get("displayName") if isinstance(author.get("displayName"), str) else ""
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    received = (_parse_time(indexed_at) or _parse_time(record.get("createdAt"))
                or datetime.now(UTC))
    own = {"uri": uri, "cid": cid}
    reply = record.get("reply") if isinstance(record.get("reply"), dict) else {}
    root = _strong_ref(reply.get("root")) or own
    parent = _strong_ref(reply.get("parent"))
    return RemoteItem(
        remote_id=uri, kind=kind, author_name=(name or handle or did).strip(),
        author_handle=handle, text=text, received_at=received,
        url=_post_url(handle or did, uri.rsplit("/", 1)[-1]) if (handle or did) else "",
        thread_id=root["uri"],
        parent_id=parent["uri"] if parent else _quoted_uri(record),
        reply_ref={"root": root, "parent": own})


class _ScopeRefused(Rejected):
    """The session's app password may not do this (chat without DM access)."""


class BlueskyInbox:
    """InboxReader, Replier, MetricsReader and Searcher for :class:`BlueskyAdapter` (a mixin:
    it uses the adapter's session, requests and records)."""

    inbox_cadence = INBOX_CADENCE
    dm_refused = False  # set by a read whose chat calls the app password may not make

    # -- reading the inbox ----------------------------------------------------------------------

    @_one_connection
    def read_inbox(self, cursor: str) -> InboxBatch:
        state = _load_cursor(cursor)
        mark = _Mark.load(state.get("n"))
        backlog = state.get("b") if isinstance(state.get("b"), dict) else {}
        items, counts, backlog = self._read_notifications(mark, backlog)
        chat = state.get("c") if isinstance(state.get("c"), dict) else {}
        messages, chat = self._read_messages(chat)
        items = sorted(items + messages, key=lambda item: item.received_at)
        fresh = {"v": 1, "n": mark.dump(), "c": chat}
        if backlog:
            fresh["b"] = backlog
        return InboxBatch(items=items, cursor=json.dumps(fresh, separators=(",", ":")),
                          counts=counts, more=bool(backlog))

    def _read_notifications(self, mark: _Mark, backlog: dict
                            ) -> tuple[list[RemoteItem], dict[str, int], dict]:
        """New notifications, newest first, down to the mark (or the backlog's floor).

        More than ``_MAX_PAGES`` pages since the last read: the rest is a backlog (where the
        pages stopped, and the mark from before, which says how far down they must go and what
        was seen there), read next time before anything newer.
        The first read of an account takes the newest pages only.
        """
        if isinstance(backlog.get("cursor"), str) and backlog["cursor"]:
            # The mark as it was before the flood: how far down to go, and what it had seen.
            page_cursor, before = backlog["cursor"], _Mark.load(backlog.get("mark"))
        else:
            page_cursor, before = "", _Mark.load(mark.dump())
        floor = before.floor()
        entries, left = self._read_down_to("app.bsky.notification.listNotifications", {},
                                           "notifications", floor, page_cursor)
        items: dict[str, RemoteItem] = {}
        counts: dict[str, int] = {}
        for notification, when in entries:
            reason, uri = notification.get("reason"), notification["uri"]
            if not (mark.is_new(f"{reason} {uri}") and before.is_new(f"{reason} {uri}")):
                continue
            if reason in _LISTED:
                item = post_item(uri, notification.get("cid"), notification.get("author"),
                                 notification.get("record"), notification.get("indexedAt"),
                                 _LISTED[reason])
                # A reply that also names the account comes once, as the reply.
                if item is not None and uri not in items:
                    items[uri] = item
            elif reason in _COUNTED:
                counts[_COUNTED[reason]] = counts.get(_COUNTED[reason], 0) + 1
            mark.note(f"{reason} {uri}", when)
        if not left or floor is None:  # done, or a first read: the newest pages are enough
            return list(items.values()), counts, {}
        log.info("Bluesky notifications: more than %d pages at once; the rest next time",
                 _MAX_PAGES)
        return list(items.values()), counts, {"cursor": left, "mark": before.dump()}

    def _read_down_to(self, nsid: str, params: dict, key: str, floor: datetime | None,
                      page_cursor: str = "") -> tuple[list[tuple[dict, datetime]], str]:
        """The entries under ``key`` of a listing served newest first (notifications, a
        search), page by page down to ``floor``, with their time; at most ``_MAX_PAGES``
        pages. Also returns where the pages stopped ("" when they reached the floor or the
        end)."""
        found: list[tuple[dict, datetime]] = []
        for _ in range(_MAX_PAGES):
            query = {**params, "limit": _PAGE}
            if page_cursor:
                query["cursor"] = page_cursor
            body = self._json(self._authed("GET", nsid, idempotent=True, params=query))
            entries = body.get(key)
            if not isinstance(entries, list):
                raise unreadable_answer()
            for entry in entries:
                when = _parse_time(entry.get("indexedAt")) if isinstance(entry, dict) else None
                if when is None or not isinstance(entry.get("uri"), str):
                    continue
                if floor is not None and when < floor:
                    return found, ""
                found.append((entry, when))
            page_cursor = body.get("cursor") if isinstance(body.get("cursor"), str) else ""
            if not page_cursor or not entries:
                return found, ""
        return found, page_cursor

    @_one_connection
    def mark_seen(self, until: datetime) -> None:
        """Tell Bluesky the notifications up to ``until`` were seen (its unread badge)."""
        self._authed("POST", "app.bsky.notification.updateSeen", idempotent=True,
                     json={"seenAt": until.astimezone(UTC).isoformat(timespec="milliseconds")
                           .replace("+00:00", "Z")})

    @_one_connection
    def thread_context(self, item: RemoteItem) -> list[RemoteItem]:
        """The conversation around ``item``: its parents up to the first post, the item and
        the replies under it, oldest first (posts deleted or hidden are left out). For a
        direct message: the conversation's latest messages."""
        if item.kind is ItemKind.MESSAGE:
            return self._conversation(item)
        response = self._authed("GET", "app.bsky.feed.getPostThread", idempotent=True,
                                params={"uri": item.remote_id, "depth": 6,
                                        "parentHeight": 80})
        thread = self._json(response).get("thread")
        found: dict[str, RemoteItem] = {}

        def add(node: object) -> None:
            post = node.get("post") if isinstance(node, dict) else None
            if not isinstance(post, dict):
                return
            record = post.get("record") if isinstance(post.get("record"), dict) else {}
            kind = (ItemKind.REPLY if record.get("reply") else
                    ItemKind.QUOTE if _quoted_uri(record) else ItemKind.MENTION)
            made = post_item(post.get("uri"), post.get("cid"), post.get("author"), record,
                             post.get("indexedAt"), kind)
            if made is not None:
                found[made.remote_id] = made

        node, depth = thread, 0
        while isinstance(node, dict) and depth < 100:  # the parents, from the item upwards
            add(node)
            node, depth = node.get("parent"), depth + 1
        below = list(thread.get("replies") or []) if isinstance(thread, dict) else []
        while below and len(found) < 1000:  # the replies under it, every level
            node = below.pop()
            add(node)
            if isinstance(node, dict) and isinstance(node.get("replies"), list):
                below.extend(node["replies"])
        return sorted(found.values(), key=lambda each: each.received_at)

    # -- direct messages (chat.bsky.convo, through the PDS to Bluesky's chat service) -----------

    def _chat(self, method: str, nsid: str, **kwargs) -> dict:
        headers = {"atproto-proxy": CHAT_PROXY}
        return self._json(self._authed(method, nsid, idempotent=method == "GET",
                                       headers=headers, **kwargs))

    def _read_messages(self, chat: dict) -> tuple[list[RemoteItem], dict]:
        """New direct messages from the chat log; ``chat`` is this stream's cursor part."""
        refused_at = _parse_time(chat.get("refused"))
        if refused_at is not None and datetime.now(UTC) - refused_at < _DM_RETRY:
            self.dm_refused = True
            return [], chat
        params = {"cursor": chat["log"]} if isinstance(chat.get("log"), str) else {}
        try:
            body = self._chat("GET", "chat.bsky.convo.getLog", params=params)
        except _ScopeRefused:
            log.info("Bluesky chat refused: the app password has no DM access")
            self.dm_refused = True
            return [], {"refused": _now_iso(), **({"log": chat["log"]} if "log" in chat
                                                   else {})}
        except (Transient, Rejected, RateLimited) as error:
            # The chat service failing must not hide the replies and mentions: the messages
            # come with a later read, from the same place in the log.
            log.info("Bluesky chat not read this time: %s", error.kind)
            return [], chat
        self.dm_refused = False
        logs = body.get("logs") if isinstance(body.get("logs"), list) else []
        me = self._did()
        members: dict[str, dict] = {}
        items = []
        for entry in logs:
            if not isinstance(entry, dict) or entry.get("$type") != \
                    "chat.bsky.convo.defs#logCreateMessage":
                continue
            message = entry.get("message") if isinstance(entry.get("message"), dict) else {}
            sender = message.get("sender") if isinstance(message.get("sender"), dict) else {}
            convo = entry.get("convoId")
            if not isinstance(convo, str) or sender.get("did") == me:
                continue
            if convo not in members:
                members[convo] = self._convo_members(convo)
            made = self._message_item(convo, message, members[convo].get(sender.get("did"), {}))
            if made is not None:
                items.append(made)
        fresh = {"log": body["cursor"]} if isinstance(body.get("cursor"), str) else \
            ({"log": chat["log"]} if isinstance(chat.get("log"), str) else {})
        return items, fresh

    def _message_item(self, convo: str, message: dict, who: dict) -> RemoteItem | None:
        sender = message.get("sender") if isinstance(message.get("sender"), dict) else {}
        if message.get("$type", "chat.bsky.convo.defs#messageView") != \
                "chat.bsky.convo.defs#messageView" or not isinstance(message.get("id"), str):
            return None  # a deleted message
        handle = who.get("handle") if isinstance(who.get("handle"), str) else ""
        name = who.get("displayName") if isinstance(who.get("displayName"), str) else ""
        return RemoteItem(
            remote_id=f"chat:{convo}:{message['id']}", kind=ItemKind.MESSAGE,
            author_name=(name or handle or sender.get("did") or "").strip(),
            author_handle=handle,
            text=message.get("text") if isinstance(message.get("text"), str) else "",
            received_at=_parse_time(message.get("sentAt")) or datetime.now(UTC),
            thread_id=f"chat:{convo}", parent_id="",
            reply_ref={"convo_id": convo, "message_id": message["id"]})

    def _conversation(self, item: RemoteItem) -> list[RemoteItem]:
        convo = item.reply_ref.get("convo_id") if isinstance(item.reply_ref, dict) else None
        if not isinstance(convo, str) or not convo:
            return [item]
        members = self._convo_members(convo)
        body = self._chat("GET", "chat.bsky.convo.getMessages",
                          params={"convoId": convo, "limit": 50})
        found = []
        for message in body.get("messages") or []:
            if isinstance(message, dict):
                sender = message.get("sender") if isinstance(message.get("sender"),
                                                             dict) else {}
                made = self._message_item(convo, message, members.get(sender.get("did"), {}))
                if made is not None:
                    found.append(made)
        return sorted(found, key=lambda each: each.received_at)

    def _convo_members(self, convo: str) -> dict[str, dict]:
        body = self._chat("GET", "chat.bsky.convo.getConvo", params={"convoId": convo})
        convo_view = body.get("convo") if isinstance(body.get("convo"), dict) else {}
        return {member["did"]: member for member in convo_view.get("members") or []
                if isinstance(member, dict) and isinstance(member.get("did"), str)}

    def cannot_read_reason(self) -> str:
        """What this account's inbox cannot read, in words ("" when it reads everything)."""
        if self.dm_refused:
            return translate(
                "Bluesky", "The app password of this account has no access to direct "
                "messages, so HumasDesk reads replies, mentions and quotes only. To read "
                "messages too, create an app password with “Allow access to your direct "
                "messages” (Bluesky: Settings, Privacy and security, App passwords) and "
                "reconnect the account.")
        return ""

    # -- answering ------------------------------------------------------------------------------

    @bounded_send
    @_one_connection
    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        if item.kind is ItemKind.MESSAGE:
            return self._reply_message(item, text, idempotency_key)
        ref = item.reply_ref if isinstance(item.reply_ref, dict) else {}
        root, parent = _strong_ref(ref.get("root")), _strong_ref(ref.get("parent"))
        if root is None or parent is None:
            raise Rejected("", translate(
                "Bluesky", "HumasDesk does not know which post this item answers, so it "
                "cannot reply to it. Read the inbox again."))
        post = OutgoingPost(text=text, idempotency_key=idempotency_key, language="")
        self._check_parts(post.parts())
        did = self._did()
        rkey = record_keys(idempotency_key, 1)[0]
        if self._get_post(did, rkey) is None:  # a first attempt: can it still be answered?
            self._refuse_closed_thread(parent["uri"])
        return self._publish_chain(post, StrongRef(**root), StrongRef(**parent))

    def _refuse_closed_thread(self, uri: str) -> None:
        body = self._json(self._authed("GET", "app.bsky.feed.getPosts", idempotent=True,
                                       params={"uris": [uri]}))
        posts = body.get("posts") if isinstance(body.get("posts"), list) else []
        if not posts:
            raise Rejected("", translate(
                "Bluesky", "The post you are answering was deleted on Bluesky; the reply was "
                "not sent."))
        viewer = posts[0].get("viewer") if isinstance(posts[0], dict) else None
        if isinstance(viewer, dict) and viewer.get("replyDisabled") is True:
            raise Rejected("", translate(
                "Bluesky", "The author of this thread allows replies only from some people, "
                "and this account is not one of them; the reply was not sent."))

    def _reply_message(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        # sendMessage takes no key of ours: the conversation is read first, and a message of
        # ours with the same text after the one answered means an earlier attempt went out.
        convo = item.reply_ref.get("convo_id") if isinstance(item.reply_ref, dict) else None
        if not isinstance(convo, str) or not convo:
            raise Rejected("", translate(
                "Bluesky", "HumasDesk does not know which conversation this message belongs "
                "to, so it cannot answer it. Read the inbox again."))
        if not text.strip():
            raise Rejected("", translate("Bluesky", "The reply is empty."))
        existing = self._sent_after(convo, item, text)
        if existing:
            return PublishResult(remote_id=f"chat:{convo}:{existing}", url="")
        body = self._chat("POST", "chat.bsky.convo.sendMessage", publishes=True,
                          json={"convoId": convo, "message": {"text": text}})
        if not isinstance(body.get("id"), str):
            raise OutcomeUnknown()
        return PublishResult(remote_id=f"chat:{convo}:{body['id']}", url="")

    def _sent_after(self, convo: str, item: RemoteItem, text: str) -> str:
        body = self._chat("GET", "chat.bsky.convo.getMessages",
                          params={"convoId": convo, "limit": 100})
        me = self._did()
        for message in body.get("messages") or []:  # newest first
            if not isinstance(message, dict):
                continue
            if message.get("id") == item.reply_ref.get("message_id"):
                break
            sender = message.get("sender") if isinstance(message.get("sender"), dict) else {}
            if sender.get("did") == me and message.get("text") == text:
                return str(message.get("id"))
        return ""

    # -- metrics --------------------------------------------------------------------------------

    @_one_connection
    def read_metrics(self, remote_id: str, url: str) -> PostMetrics:
        """Likes, reposts, replies and quotes from the post itself. Bluesky counts no views,
        so ``views`` is left out, never reported as zero."""
        uri = self._post_uri(remote_id, url)
        body = self._json(self._authed("GET", "app.bsky.feed.getPosts", idempotent=True,
                                       params={"uris": [uri]}))
        posts = body.get("posts") if isinstance(body.get("posts"), list) else []
        post = next((p for p in posts if isinstance(p, dict) and p.get("uri") == uri), None)
        if post is None:
            # The AppView leaves out what it does not have: gone, or not indexed yet. The
            # repository itself says which.
            did, _, rkey = uri.removeprefix("at://").split("/", 2)
            record = self._public("GET", "com.atproto.repo.getRecord", params={
                "repo": did, "collection": POST_COLLECTION, "rkey": rkey})
            if record.status_code in (400, 404) and _xrpc_error(record)[0] in (
                    "RecordNotFound", "NotFound", ""):
                return PostMetrics(deleted=True)
            self._check(record)
            reason = translate("Bluesky", "Bluesky has not counted this post yet.")
            return PostMetrics(unavailable={name: reason for name in _POST_COUNTS})
        values, unavailable = {}, {}
        for name, key in _POST_COUNTS.items():
            value = post.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                values[name] = value
            else:
                unavailable[name] = translate("Bluesky", "Bluesky did not send this count.")
        return PostMetrics(values=values, unavailable=unavailable)

    def _post_uri(self, remote_id: str, url: str) -> str:
        if remote_id.startswith("at://") and remote_id.count("/") == 4:
            return remote_id
        rkey = (url or remote_id).rstrip("/").rsplit("/", 1)[-1]
        try:
            decode_tid(rkey)
        except ValueError:
            raise Rejected(remote_id, translate(
                "Bluesky", "HumasDesk cannot tell which Bluesky post “{post}” is.").format(
                    post=url or remote_id)) from None
        return f"at://{self._did()}/{POST_COLLECTION}/{rkey}"

    @_one_connection
    def read_audience(self) -> AudienceSnapshot:
        body = self._json(self._authed("GET", "app.bsky.actor.getProfile", idempotent=True,
                                       params={"actor": self._did()}))
        followers = body.get("followersCount")
        if isinstance(followers, int) and not isinstance(followers, bool) and followers >= 0:
            return AudienceSnapshot(followers=followers)
        return AudienceSnapshot(followers=None, unavailable_reason=translate(
            "Bluesky", "Bluesky did not send the number of followers."))

    # -- search ---------------------------------------------------------------------------------

    @_one_connection
    def search(self, query: str, cursor: str) -> InboxBatch:
        """Posts naming ``query`` (newest first from Bluesky; given oldest first), without the
        account's own; the cursor works as the inbox's does. At most the newest 1,000 new
        posts per read: a saved search runs every 15 minutes."""
        query = query.strip()
        if not query:
            raise Rejected("", translate("Bluesky", "Type what to search for."))
        state = _load_cursor(cursor)
        mark = _Mark.load(state.get("s"))
        me = self._did()
        entries, _ = self._read_down_to("app.bsky.feed.searchPosts",
                                        {"q": query, "sort": "latest"}, "posts", mark.floor())
        items: dict[str, RemoteItem] = {}
        for post, when in entries:
            if not mark.is_new(post["uri"]):
                continue
            mark.note(post["uri"], when)
            author = post.get("author") if isinstance(post.get("author"), dict) else {}
            if author.get("did") == me:
                continue
            made = post_item(post["uri"], post.get("cid"), author, post.get("record"),
                             post.get("indexedAt"), ItemKind.MENTION)
            if made is not None:
                items[made.remote_id] = made
        fresh = json.dumps({"v": 1, "s": mark.dump()}, separators=(",", ":"))
        return InboxBatch(items=sorted(items.values(), key=lambda item: item.received_at),
                          cursor=fresh)


_POST_COUNTS = {LIKES: "likeCount", REPOSTS: "repostCount", REPLIES: "replyCount",
                QUOTES: "quoteCount"}


def unreadable_answer() -> Transient:
    return Transient(translate("Bluesky", "Bluesky's answer was not understood. HumasDesk will "
                                          "try again."))


# == end of the inbox block =====================================================================


class BlueskyAdapter(BlueskyInbox):
    capabilities = CAPABILITIES

    def __init__(self, account: Account, secrets: SecretStore, http: HttpFactory,
                 zone: str = "Asia/Jakarta", link_cards: Callable[[], bool] = lambda: False):
        self.account = account
        self.link_cards = link_cards  # read the linked page for a preview card (the setting)
        self.secrets = secrets
        self.http = http
        self.zone = zone
        self.server = normalise_server(account.server_url or DEFAULT_SERVER)
        self._session: dict | None = None
        self._client: httpx.Client | None = None

    # -- connecting -----------------------------------------------------------------------------

    @classmethod
    def connect(cls, *, handle: str, app_password: str, server: str = DEFAULT_SERVER,
                name: str = "", secrets: SecretStore, http: HttpFactory,
                credential_ref: str = "", zone: str = "Asia/Jakarta") -> Account:
        """Log in once and keep the session in the keyring.

        Returns a new ``Account`` (not yet saved: the caller adds it to the store, or for a
        reconnect passes the old ``credential_ref`` and updates the old account). Raises
        ``SecretsUnavailable`` before logging in when the keyring cannot keep the session,
        ``AuthExpired`` for a wrong handle or password, ``RateLimited``, ``Transient``.
        """
        server = normalise_server(server)
        handle = handle.strip().lstrip("@").strip()
        if not handle:
            raise Rejected("", translate("Bluesky", "Type the account's handle, for example "
                                                    "rsko.bsky.social."))
        if not app_password.strip():
            raise Rejected("", translate("Bluesky", "Type the app password."))
        app_password = app_password.strip()
        register_secret(app_password)
        secrets.check()  # a refused keyring must not cost one of the day's few logins
        with http.client(base_url=f"{server}/xrpc/") as client:
            response = send(client, "POST", "com.atproto.server.createSession", idempotent=True,
                            json={"identifier": handle, "password": app_password})
        if response.status_code in (400, 401):
            error, message = _xrpc_error(response)
            log.info("Bluesky login refused: %s %s", response.status_code, error)
            if error == "AuthFactorTokenRequired":
                raise AuthExpired(translate(
                    "Bluesky", "This account asks for a sign-in code from e-mail. Use an app "
                    "password instead (Bluesky: Settings, Privacy and security, App "
                    "passwords)."))
            if error in ("AccountTakedown", "AccountDeactivated"):
                raise AuthExpired(translate(
                    "Bluesky", "Bluesky says this account is suspended or deactivated: "
                    "{reason}").format(reason=message or error))
            if error == "AuthenticationRequired" or response.status_code == 401:
                raise AuthExpired(translate(
                    "Bluesky", "Bluesky did not accept the handle “{handle}” with this app "
                    "password. Check the handle, and create a new app password if needed "
                    "(Bluesky: Settings, Privacy and security, App passwords). Your main "
                    "password is not needed.").format(handle=handle))
            if response.status_code == 400:
                reason = message or error or "HTTP 400"
                raise Rejected(reason, translate("Bluesky", "Bluesky refused the login: "
                                                            "{reason}").format(reason=reason))
        adapter = cls(Account(platform=PLATFORM, name=name, server_url=server), secrets, http,
                      zone)
        adapter._check(response)
        session = adapter._session_from(response)
        ref = credential_ref or SecretStore.new_reference(PLATFORM)
        secrets.set(ref, json.dumps(session))
        return Account(platform=PLATFORM, name=name.strip() or f"@{session['handle']}",
                       handle=session["handle"], server_url=server, credential_ref=ref,
                       options={"did": session["did"]})

    @staticmethod
    def forget(account: Account, secrets: SecretStore, http: HttpFactory) -> None:
        """End the server session (best effort) and remove the tokens from the keyring."""
        if not account.credential_ref:
            return
        stored = secrets.get(account.credential_ref)
        if stored:
            try:
                refresh = json.loads(stored).get("refreshJwt", "")
                server = normalise_server(account.server_url or DEFAULT_SERVER)
                with http.client(base_url=f"{server}/xrpc/",
                                 headers={"Authorization": f"Bearer {refresh}"}) as client:
                    send(client, "POST", "com.atproto.server.deleteSession", idempotent=True)
            except (PlatformError, ValueError, AttributeError):
                log.info("could not end the Bluesky session of account %s", account.id)
        secrets.delete(account.credential_ref)

    # -- the protocol ---------------------------------------------------------------------------

    @_one_connection
    def verify(self) -> str:
        response = self._authed("GET", "com.atproto.server.getSession", idempotent=True)
        body = self._json(response)
        handle = body.get("handle") or self.account.handle
        return translate("Bluesky", "Signed in to {server} as @{handle}.").format(
            server=urlsplit(self.server).netloc, handle=handle)

    @bounded_send
    @_one_connection
    def publish(self, post: OutgoingPost) -> PublishResult:
        return self._publish_chain(post, None, None)

    def _publish_chain(self, post: OutgoingPost, root: StrongRef | None,
                       parent: StrongRef | None) -> PublishResult:
        """Publish ``post``'s parts as a chain, under ``root``/``parent`` when it answers a
        post (a reply); each part under its own key, so a retry never makes it twice."""
        parts = post.parts()
        self._check_parts(parts)  # everything is checked before anything is sent
        self._load_session()  # no saved login: say so before touching the network
        keys = record_keys(post.idempotency_key, len(parts))
        did = self._did()
        first: StrongRef | None = None
        mention_dids: dict[str, str | None] = {}
        note = ""
        for part, rkey in zip(parts, keys, strict=True):
            existing = self._get_post(did, rkey)
            if existing is not None:
                self._same_post_or_refuse(existing, part)
                ref = StrongRef(existing.uri, existing.cid)
            else:
                record = self._record(part, post.language, root, parent, mention_dids)
                if first is None and "embed" not in record:  # the first part, no pictures
                    note = self._add_link_card(record)
                ref = self._create(did, rkey, record, part)
            first = first or ref
            root = root or ref
            parent = ref
        return PublishResult(remote_id=first.uri,
                             url=_post_url(self.account.handle or did, keys[0]), note=note)

    def _add_link_card(self, record: dict) -> str:
        """A preview card for the record's first link (app.bsky.embed.external), as the
        official app makes. Returns "" or, when the page could not be read, a sentence saying
        the post goes without a card: the post itself never fails for it."""
        from .linkcard import CardUnavailable, fetch_card, thumbnail

        if not self.link_cards():
            return ""
        uri = next((feature["uri"] for facet in record.get("facets", [])
                    for feature in facet.get("features", [])
                    if feature.get("$type") == "app.bsky.richtext.facet#link"), "")
        if not uri:
            return ""
        try:
            card = fetch_card(uri, self.http)
        except CardUnavailable as exc:
            return translate("Bluesky", "{reason} The post went without a preview card.").format(
                reason=exc.message)
        external: dict = {"uri": uri, "title": card.title, "description": card.description}
        fitted = thumbnail(card.image) if card.image else None
        if fitted is not None:
            data, mime_type = fitted
            response = self._authed("POST", "com.atproto.repo.uploadBlob", idempotent=True,
                                    content=data, headers={"Content-Type": mime_type})
            blob = self._json(response).get("blob")
            if isinstance(blob, dict):
                external["thumb"] = blob
        record["embed"] = {"$type": "app.bsky.embed.external", "external": external}
        return ""

    @_one_connection
    def find_published(self, idempotency_key: str) -> PublishResult | None:
        rkey = record_keys(idempotency_key, 1)[0]
        did = self._did()
        found = self._get_post(did, rkey)
        if found is None:
            return None
        return PublishResult(remote_id=found.uri, url=_post_url(self.account.handle or did, rkey))

    @_one_connection
    def recent_posts(self, limit: int = 50) -> list[OwnPost]:
        """The account's newest posts (by record key, newest first), for crash recovery."""
        did = self._did()
        response = self._public("GET", "com.atproto.repo.listRecords", params={
            "repo": did, "collection": POST_COLLECTION, "limit": max(1, min(limit, 100))})
        self._check(response)
        posts = []
        for item in self._json(response).get("records", []):
            value = item.get("value") or {}
            uri = item.get("uri", "")
            posts.append(OwnPost(uri=uri, cid=item.get("cid", ""), rkey=uri.rsplit("/", 1)[-1],
                                 text=value.get("text", ""), created_at=value.get("createdAt", ""),
                                 record=value))
        return posts

    # -- building records -----------------------------------------------------------------------

    def _check_parts(self, parts: list[ThreadPart]) -> None:
        for number, part in enumerate(parts, start=1):
            if not part.text.strip() and not part.media:
                raise Rejected("", translate("Bluesky", "Part {number} of the post is "
                                                        "empty.").format(number=number))
            if len(part.media) > MAX_IMAGES:
                raise Rejected("", translate(
                    "Bluesky", "Bluesky takes at most {limit} images per post; part {number} "
                    "has {count}.").format(limit=MAX_IMAGES, number=number,
                                           count=len(part.media)))
            for item in part.media:
                name = Path(item.path).name
                if not item.mime_type.startswith("image/"):
                    raise Rejected("", translate(
                        "Bluesky", "“{name}” is not an image; HumasDesk sends only images to "
                        "Bluesky.").format(name=name))
                try:
                    size = Path(item.path).stat().st_size
                except OSError as exc:
                    raise Rejected("", translate(
                        "Bluesky", "The image “{name}” cannot be read: {reason}").format(
                            name=name, reason=exc.strerror or exc)) from None
                if size > MAX_IMAGE_BYTES:
                    raise Rejected("", translate(
                        "Bluesky", "The image “{name}” is {size} MB; Bluesky takes at most "
                        "2 MB per image. Make it smaller and try again.").format(
                            name=name, size=f"{size / 1_000_000:.1f}"))

    def _record(self, part: ThreadPart, language: str, root: StrongRef | None,
                parent: StrongRef | None, mention_dids: dict[str, str | None]) -> dict:
        record: dict = {"$type": POST_COLLECTION, "text": part.text, "createdAt": _now_iso()}
        if language:
            record["langs"] = [language]
        facets = self._resolve_mentions(detect_facets(part.text), mention_dids)
        if facets:
            record["facets"] = facets
        if part.media:
            record["embed"] = {"$type": "app.bsky.embed.images",
                               "images": [self._upload_image(item) for item in part.media]}
        if root is not None and parent is not None:
            record["reply"] = {"root": root.to_json(), "parent": parent.to_json()}
        return record

    def _resolve_mentions(self, facets: list[dict], cache: dict[str, str | None]) -> list[dict]:
        """Mentions need the DID; a handle that does not resolve stays plain text, as in the
        official app."""
        kept = []
        for facet in facets:
            features = []
            for feature in facet.get("features", []):
                if feature.get("$type") == "app.bsky.richtext.facet#mention":
                    handle = (feature.get("handle") or "").lower()
                    if handle not in cache:
                        cache[handle] = self._resolve_handle(handle)
                    if not cache[handle]:
                        continue
                    feature = {"$type": feature["$type"], "did": cache[handle]}
                features.append(feature)
            if features:
                kept.append({**facet, "features": features})
        return kept

    def _resolve_handle(self, handle: str) -> str | None:
        if not handle:
            return None
        response = self._public("GET", "com.atproto.identity.resolveHandle",
                                params={"handle": handle})
        if response.status_code == 400:
            log.info("Bluesky handle %s did not resolve", handle)
            return None
        self._check(response)
        did = self._json(response).get("did")
        return did if isinstance(did, str) and did.startswith("did:") else None

    def _upload_image(self, item: Media) -> dict:
        path = Path(item.path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise Rejected("", translate("Bluesky", "The image “{name}” cannot be read: "
                                                    "{reason}").format(
                name=path.name, reason=exc.strerror or exc)) from None
        if len(data) > MAX_IMAGE_BYTES:  # it may have grown since the check
            raise Rejected("", translate(
                "Bluesky", "The image “{name}” is {size} MB; Bluesky takes at most 2 MB per "
                "image. Make it smaller and try again.").format(
                    name=path.name, size=f"{len(data) / 1_000_000:.1f}"))
        # Uploading the same bytes twice stores one blob, so a retry is harmless.
        response = self._authed("POST", "com.atproto.repo.uploadBlob", idempotent=True,
                                content=data, headers={"Content-Type": item.mime_type})
        blob = self._json(response).get("blob")
        if not isinstance(blob, dict):
            raise Transient(translate("Bluesky", "Bluesky's answer to an image upload was not "
                                                 "understood. HumasDesk will try again."))
        image = {"alt": item.alt_text or "", "image": blob}
        size = image_size(data)
        if size and size[0] > 0 and size[1] > 0:
            image["aspectRatio"] = {"width": size[0], "height": size[1]}
        return image

    # -- records on the server ------------------------------------------------------------------

    def _get_post(self, did: str, rkey: str) -> OwnPost | None:
        response = self._public("GET", "com.atproto.repo.getRecord", params={
            "repo": did, "collection": POST_COLLECTION, "rkey": rkey})
        if response.status_code == 400 and _xrpc_error(response)[0] == "RecordNotFound":
            return None
        if response.status_code == 404:
            return None
        self._check(response)
        body = self._json(response)
        value = body.get("value") or {}
        return OwnPost(uri=body.get("uri", ""), cid=body.get("cid", ""), rkey=rkey,
                       text=value.get("text", ""), created_at=value.get("createdAt", ""),
                       record=value)

    def _same_post_or_refuse(self, existing: OwnPost, part: ThreadPart) -> None:
        # The key is ours, so a record there is an earlier attempt of this post. Should the
        # text differ, something else wrote there: never overwrite it.
        if existing.text != part.text:
            log.warning("record key %s already holds a different post", existing.rkey)
            raise Rejected("", translate(
                "Bluesky", "Bluesky already has a different post under this post's record key. "
                "Nothing was changed; check the account."))

    def _create(self, did: str, rkey: str, record: dict, part: ThreadPart) -> StrongRef:
        try:
            # A record with a chosen key cannot be made twice, but it is a post: an answer that
            # is lost or unreadable leaves it unknown until the key is looked up.
            response = self._authed("POST", "com.atproto.repo.createRecord", idempotent=True,
                                    publishes=True,
                                    json={"repo": did, "collection": POST_COLLECTION,
                                          "rkey": rkey, "record": record})
            self._check(response)
            body = self._json(response)
            if not body.get("uri") or not body.get("cid"):
                raise unreadable(response, "Bluesky")
            return StrongRef(body["uri"], body["cid"])
        except (Transient, OutcomeUnknown) as error:
            # The server may have written it before failing (it answers 500 to a key that is
            # taken, too), or its answer was lost or unreadable: look before telling the engine.
            try:
                existing = self._get_post(did, rkey)
            except PlatformError:
                raise error from None  # cannot tell: the engine decides
            if existing is None:
                if isinstance(error, Transient):
                    raise
                # The key is free, so the record was not made; sending it again (with the same
                # key, so never twice) is safe.
                log.info("record key %s is free after an unclear answer", rkey)
                raise Transient(translate(
                    "Bluesky", "Bluesky's answer was unclear, and the post is not on Bluesky. "
                    "HumasDesk will send it again (never twice).")) from None
            self._same_post_or_refuse(existing, part)
            return StrongRef(existing.uri, existing.cid)

    # -- sessions and requests ------------------------------------------------------------------

    def _did(self) -> str:
        did = (self.account.options or {}).get("did")
        return did if did else self._load_session()["did"]

    def _load_session(self) -> dict:
        if self._session is None:
            stored = self.secrets.get(self.account.credential_ref) \
                if self.account.credential_ref else None
            if not stored:
                raise AuthExpired(translate(
                    "Bluesky", "HumasDesk has no saved login for this Bluesky account. Connect "
                    "it again on the Accounts page."))
            try:
                self._session = json.loads(stored)
            except ValueError:
                raise AuthExpired() from None
        return self._session

    def _session_from(self, response: httpx.Response) -> dict:
        body = self._json(response)
        session = {key: body.get(key) for key in ("accessJwt", "refreshJwt", "did", "handle")}
        if not all(isinstance(value, str) and value for value in session.values()):
            raise Transient(translate("Bluesky", "Bluesky's answer to the login was not "
                                                 "understood. Try again later."))
        register_secret(session["accessJwt"])
        register_secret(session["refreshJwt"])
        return session

    def _refresh(self, used_access: str) -> dict:
        ref = self.account.credential_ref
        with _refresh_locks_guard:
            lock = _refresh_locks.setdefault(ref, threading.Lock())
        with lock:
            # Another thread or process may have refreshed already: use its session.
            self._session = None
            session = self._load_session()
            if session.get("accessJwt") != used_access and not _token_expires_soon(
                    session.get("accessJwt", "")):
                return session
            with self._connected() as client:
                response = send(client, "POST", "com.atproto.server.refreshSession",
                                idempotent=True,
                                headers={"Authorization": f"Bearer {session['refreshJwt']}"})
            error, _ = _xrpc_error(response)
            if response.status_code in (400, 401) and (
                    error in _TOKEN_ERRORS or error == "AuthenticationRequired"
                    or response.status_code == 401):
                log.info("Bluesky refresh refused: %s %s", response.status_code, error)
                raise AuthExpired()
            self._check(response)
            fresh = self._session_from(response)
            self.secrets.set(ref, json.dumps(fresh))
            self._session = fresh
            return fresh

    def _authed(self, method: str, nsid: str, *, idempotent: bool, **kwargs) -> httpx.Response:
        session = self._load_session()
        access = session["accessJwt"]
        if _token_expires_soon(access):
            session = self._refresh(access)
            access = session["accessJwt"]
        response = self._request(method, nsid, access, idempotent, kwargs)
        if self._token_refused(response):
            session = self._refresh(access)
            response = self._request(method, nsid, session["accessJwt"], idempotent, kwargs)
            if self._token_refused(response):
                raise AuthExpired()
        self._check(response)
        return response

    def _request(self, method: str, nsid: str, access: str, idempotent: bool,
                 kwargs: dict) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        kwargs = dict(kwargs)
        headers["Authorization"] = f"Bearer {access}"
        with self._connected() as client:
            return send(client, method, nsid, idempotent=idempotent, headers=headers, **kwargs)

    def _public(self, method: str, nsid: str, **kwargs) -> httpx.Response:
        with self._connected() as client:
            return send(client, method, nsid, idempotent=True, **kwargs)

    @contextlib.contextmanager
    def _connected(self):
        if self._client is not None:
            yield self._client
            return
        with self.http.client(base_url=f"{self.server}/xrpc/") as client:
            self._client = client
            try:
                yield client
            finally:
                self._client = None

    @staticmethod
    def _token_refused(response: httpx.Response) -> bool:
        if response.status_code == 401:
            return True
        return response.status_code == 400 and _xrpc_error(response)[0] in _TOKEN_ERRORS \
            and not _scope_refused(response)

    def _check(self, response: httpx.Response) -> None:
        """Turn an XRPC failure into the shared error kinds."""
        status = response.status_code
        if 200 <= status < 300:
            return
        error, message = _xrpc_error(response)
        if status == 429 or error == "RateLimitExceeded":
            reset_at = rate_limit_reset(response, PLATFORM)
            raise asks_to_wait("Bluesky", reset_at, self.zone)
        if _scope_refused(response):
            # A working login whose app password may not do this (chat without DM access):
            # not a dead token, so the account is not paused for it.
            raise _ScopeRefused(message)
        if status == 401 or error in _TOKEN_ERRORS:
            raise AuthExpired()
        if error in ("AccountTakedown", "AccountDeactivated", "RepoTakendown",
                     "RepoDeactivated", "RepoSuspended"):
            raise AuthExpired(translate(
                "Bluesky", "Bluesky says this account is suspended or deactivated: "
                "{reason}").format(reason=message or error))
        if status >= 500 or status in (408, 425):
            raise Transient(translate(
                "Bluesky", "The Bluesky server had a problem (HTTP {status}). HumasDesk will try "
                "again.").format(status=status))
        raise Rejected(message or error or f"HTTP {status}")

    @staticmethod
    def _json(response: httpx.Response) -> dict:
        return json_body(response, "Bluesky")


# -- registry -------------------------------------------------------------------------------------

def connect(context: PlatformContext, *, handle: str, app_password: str,
            server: str = DEFAULT_SERVER, name: str = "", credential_ref: str = "") -> Account:
    """What the Accounts page and ``humasdesk accounts add`` call; see
    ``BlueskyAdapter.connect``."""
    return BlueskyAdapter.connect(handle=handle, app_password=app_password, server=server,
                                  name=name, secrets=context.secrets, http=context.http,
                                  credential_ref=credential_ref, zone=context.zone)


def _forget(account: Account, context: PlatformContext) -> None:
    BlueskyAdapter.forget(account, context.secrets, context.http)


FORM = PlatformForm(
    PLATFORM, QT_TRANSLATE_NOOP(
        "Accounts", "Needs the handle and an app password (Bluesky: Settings, Privacy and "
        "security, App passwords); not your main password."),
    (FormField("handle", QT_TRANSLATE_NOOP("Accounts", "Handle"), required=True,
               flag="--handle", prefill=handle_of,
               help=QT_TRANSLATE_NOOP("Accounts", "For example rsko.bsky.social."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "Bluesky: the handle, such as "
                                                      "rsko.bsky.social")),
     FormField("app_password", QT_TRANSLATE_NOOP("Accounts", "App password"), kind="secret",
               required=True),
     FormField("server", QT_TRANSLATE_NOOP("Accounts", "Server"), flag="--server", metavar="URL",
               default="https://bsky.social", prefill=server_of,
               help=QT_TRANSLATE_NOOP("Accounts", "Leave https://bsky.social unless the "
                                                  "account lives on another server."),
               cli_help=QT_TRANSLATE_NOOP("Accounts", "Bluesky: the account's server "
                                                      "(default https://bsky.social); "
                                                      "Telegram: a local Bot API server"))))


def _connect(connection: Connection) -> Account:
    return connect(connection.context, handle=connection.value("handle"),
                   app_password=connection.secret("app_password"),
                   server=connection.value("server") or DEFAULT_SERVER, name=connection.name,
                   credential_ref=connection.credential_ref)


def _adapter(account: Account, context) -> BlueskyAdapter:
    return BlueskyAdapter(account, context.secrets, context.http, context.zone,
                          link_cards=context.link_cards)


SPEC = platform_spec(
    PLATFORM, DISPLAY_NAME, CAPABILITIES, _adapter, FORM, _connect, forget=_forget)

__all__ = ["BlueskyAdapter", "BlueskyInbox", "CAPABILITIES", "DEFAULT_SERVER", "OwnPost", "SPEC",
           "StrongRef", "connect", "detect_facets", "image_size", "normalise_server", "record_keys"]
