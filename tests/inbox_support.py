"""A small forum platform for the inbox tests: a real HTTP server on 127.0.0.1 and an adapter
that speaks to it over the network, registered only in tests (platform id ``forum``).

The real platform adapters (Mastodon, Bluesky, WordPress...) are built beside this work; these
tests exercise the store, the inbox service, the engine and the command line through the same
network path an adapter uses, with a platform whose every answer the test controls:

- ``GET /inbox?cursor=N&limit=L``: the items after position N, oldest first, the next cursor
  and whether more are waiting (the shape of a paginated notifications API).
- ``POST /replies`` (JSON ``in_reply_to``, ``text``; header ``Idempotency-Key``): stores one
  reply; ``GET /replies?key=K`` finds the reply sent with a key (a reliable look-up).
- ``POST /moderate`` (JSON ``id``, ``action``).
- Errors as platforms send them: 429 with ``Retry-After``, 401 for an expired token, 503.

``ForumServer.fail_next`` queues such errors for the inbox; ``hold_replies`` keeps the answer
to a reply back (the reply is stored, the client waits), for the kill -9 test.
"""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx

from contract_server import ContractServer, Recorded, Reply
from humasdesk.domain.inbox import InboxBatch, ItemKind, RemoteItem
from humasdesk.domain.model import Account
from humasdesk.platforms.base import (
    AuthExpired,
    Capabilities,
    PublishResult,
    RateLimited,
    Rejected,
    Transient,
)
from humasdesk.platforms.spec import PlatformSpec, named

PLATFORM = "forum"
CADENCE = timedelta(minutes=2)
MAX_HOLD = 45.0


@dataclass
class ForumServer:
    """The forum's state, served by a ``ContractServer``."""

    server: ContractServer
    items: list[dict] = field(default_factory=list)
    replies: list[dict] = field(default_factory=list)
    moderated: list[tuple[str, str]] = field(default_factory=list)
    failures: list[Reply] = field(default_factory=list)
    moderation_failures: list[Reply] = field(default_factory=list)
    hold_replies: bool = False
    counts: dict = field(default_factory=dict)  # sent with the next page, then cleared
    note: str = ""  # what the forum says about every read
    reply_held: threading.Event = field(default_factory=threading.Event)
    _release: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.server.script("GET", "/inbox", self._inbox)
        self.server.script("POST", "/replies", self._reply)
        self.server.script("GET", "/replies", self._find)
        self.server.script("POST", "/moderate", self._moderate)

    @property
    def url(self) -> str:
        return self.server.url

    def add(self, text: str, *, author: str = "Budi Santoso", handle: str = "budi",
            kind: str = "comment", thread: str = "post-1", parent: str = "",
            at: datetime | None = None, reply_until: datetime | None = None) -> str:
        with self._lock:
            remote_id = f"c{len(self.items) + 1}"
            self.items.append({
                "id": remote_id, "kind": kind, "author": author, "handle": handle,
                "text": text, "thread": thread, "parent": parent,
                "created_at": (at or datetime.now(UTC)).isoformat(),
                "reply_until": reply_until.isoformat() if reply_until else None})
            return remote_id

    def fail_next(self, *replies: Reply) -> None:
        with self._lock:
            self.failures.extend(replies)

    def release(self) -> None:
        self._release.set()

    def _inbox(self, request: Recorded) -> Reply:
        with self._lock:
            if self.failures:
                return self.failures.pop(0)
            start = int(request.query.get("cursor", ["0"])[0] or 0)
            limit = int(request.query.get("limit", ["50"])[0])
            page = self.items[start:start + limit]
            end = start + len(page)
            counts, self.counts = self.counts, {}
            return Reply(200, {"items": page, "cursor": str(end),
                               "more": end < len(self.items), "counts": counts,
                               "note": self.note})

    def _reply(self, request: Recorded) -> Reply:
        body = request.json()
        with self._lock:
            reply = {"id": f"r{len(self.replies) + 1}", "in_reply_to": body["in_reply_to"],
                     "text": body["text"], "key": request.headers.get("idempotency-key", "")}
            reply["url"] = f"{self.url}/replies/{reply['id']}"
            self.replies.append(reply)
        if self.hold_replies:
            self.reply_held.set()
            self._release.wait(MAX_HOLD)
        return Reply(200, reply)

    def _find(self, request: Recorded) -> Reply:
        key = request.query.get("key", [""])[0]
        with self._lock:
            found = [r for r in self.replies if r["key"] == key]
        return Reply(200, found[0]) if found else Reply(404, {"error": "not found"})

    def _moderate(self, request: Recorded) -> Reply:
        body = request.json()
        with self._lock:
            if self.moderation_failures:
                return self.moderation_failures.pop(0)
            self.moderated.append((body["id"], body["action"]))
        return Reply(200, {"ok": True})


@functools.cache
def _client() -> httpx.Client:
    """One client for the process, as the app's HTTP factory keeps one (connections reused)."""
    return httpx.Client(timeout=20)


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class ForumAdapter:
    """The forum's adapter: reads, replies, looks a reply up by its key, moderates."""

    capabilities = Capabilities(text_rules="mastodon", lookup=True, inbox=True)
    inbox_cadence = CADENCE
    moderation_actions = ("hide", "dismiss")
    page_size = 50

    def __init__(self, account: Account, context=None):
        self.account = account
        self.base = account.server_url.rstrip("/")

    def _call(self, method: str, path: str, **kwargs) -> httpx.Response:
        try:
            answer = _client().request(method, self.base + path, **kwargs)
        except httpx.HTTPError as exc:
            raise Transient() from exc
        if answer.status_code == 401:
            raise AuthExpired()
        if answer.status_code == 429:
            wait = float(answer.headers.get("retry-after", "60"))
            raise RateLimited(datetime.now(UTC) + timedelta(seconds=wait))
        if answer.status_code >= 500:
            raise Transient()
        return answer

    def read_inbox(self, cursor: str) -> InboxBatch:
        answer = self._call("GET", "/inbox", params={"cursor": cursor or "0",
                                                     "limit": self.page_size})
        if answer.status_code != 200:
            raise Rejected(answer.text)
        data = answer.json()
        items = [RemoteItem(
            remote_id=i["id"], kind=ItemKind(i["kind"]), author_name=i["author"],
            author_handle=i["handle"], text=i["text"],
            received_at=datetime.fromisoformat(i["created_at"]),
            url=f"{self.base}/items/{i['id']}", thread_id=i["thread"], parent_id=i["parent"],
            reply_ref={"id": i["id"]}, reply_until=_when(i["reply_until"]))
            for i in data["items"]]
        return InboxBatch(items, cursor=data["cursor"], more=data["more"],
                          counts=data["counts"], note=data["note"])

    def reply(self, item: RemoteItem, text: str, idempotency_key: str) -> PublishResult:
        answer = self._call("POST", "/replies", json={"in_reply_to": item.reply_ref["id"],
                                                      "text": text},
                            headers={"Idempotency-Key": idempotency_key})
        if answer.status_code != 200:
            raise Rejected(answer.text)
        data = answer.json()
        return PublishResult(data["id"], data["url"])

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        answer = self._call("GET", "/replies", params={"key": idempotency_key})
        if answer.status_code == 404:
            return None
        data = answer.json()
        return PublishResult(data["id"], data["url"])

    def moderate(self, item: RemoteItem, action: str) -> None:
        answer = self._call("POST", "/moderate", json={"id": item.remote_id,
                                                       "action": action})
        if answer.status_code != 200:
            raise Rejected(answer.text)

    def publish(self, post) -> PublishResult:
        raise Rejected("this forum takes replies only")

    def verify(self) -> str:
        return self.account.name


class SilentForumAdapter:
    """A forum whose inbox is not read, and which says why (as X does with reading off)."""

    capabilities = Capabilities(text_rules="mastodon")

    def __init__(self, account: Account, context=None):
        self.account = account

    def cannot_read_reason(self) -> str:
        return "Reading this forum is off: every read costs money."

    def publish(self, post) -> PublishResult:
        raise Rejected("no posts")

    def verify(self) -> str:
        return self.account.name


SILENT_SPEC = PlatformSpec(id="forum-silent", display_name=named("Silent forum"),
                           capabilities=SilentForumAdapter.capabilities,
                           factory=lambda account, context: SilentForumAdapter(account))

SPEC = PlatformSpec(id=PLATFORM, display_name=named("Forum"),
                    capabilities=ForumAdapter.capabilities,
                    factory=lambda account, context: ForumAdapter(account, context))


def register(app) -> None:
    """Make the forum a platform of this app (tests only)."""
    app.registry.register(SPEC)
    app.registry.register(SILENT_SPEC)


def add_account(app, server_url: str, name: str = "Forum RSKO") -> Account:
    register(app)
    return app.store.accounts.add(Account(platform=PLATFORM, name=name, server_url=server_url))


def dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)
