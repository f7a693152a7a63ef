"""The Bluesky inbox, metrics, search and reply paths against hostile answers.

The first group puts tests/hostile_server.py's ``HostileProxy`` in front of the real local
network (tests/platforms/bluesky_network.py), so the server really does the work and only its
answer is spoiled; the second scripts documented error answers on a contract server.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from bluesky_support import adapter_for, stored_session

from contract_server import Reply
from hostile_server import (
    HostileProxy,
    endless_chunked,
    huge_length,
    notice_before_json,
    rate_limited,
    trickle,
    truncated,
)
from humasdesk.domain.inbox import ItemKind
from humasdesk.platforms import http
from humasdesk.platforms.base import OutgoingPost, RateLimited, Transient, new_idempotency_key
from humasdesk.platforms.http import MAX_WAIT

SPOILERS = {
    "notice-before-json": lambda status, payload: notice_before_json(payload, status),
    "truncated": lambda status, payload: truncated(payload, status),
    "2GB-content-length": lambda status, payload: huge_length(status),
    "endless-chunked": lambda status, payload: endless_chunked(status),
    "trickle": lambda status, payload: trickle(payload, status, every=0.3),
}


@pytest.fixture
def short_deadlines(monkeypatch):
    monkeypatch.setattr(http, "REQUEST_DEADLINE", 1.5)
    monkeypatch.setattr(http, "SEND_DEADLINE", 6.0)


@pytest.fixture
def spoiled(bluesky_network, memory_secrets):
    """``spoiled(path_end, spoiler)``: a hospital account connected through a proxy that spoils
    the first answer to a request whose path ends with ``path_end``; returns (adapter, proxy,
    hospital)."""
    proxies = []

    def make(path_end: str, spoil, armed=lambda: True):
        proxy = HostileProxy(bluesky_network.pds_url,
                             match=lambda method, path, query: (path.endswith(path_end)
                                                                and armed()),
                             spoil=spoil)
        proxies.append(proxy)
        hospital = bluesky_network.account("rsko")
        proxied = type(bluesky_network)(proxy.url, bluesky_network.appview_url,
                                        bluesky_network.plc_url, bluesky_network.control_url,
                                        bluesky_network.handle_domain, 0.0, 0.0,
                                        bluesky_network._client)
        return proxied.adapter(hospital, memory_secrets), proxy, hospital

    yield make
    for proxy in proxies:
        proxy.close()


@pytest.mark.slow
@pytest.mark.parametrize("behaviour", list(SPOILERS))
def test_a_spoiled_notification_answer_loses_nothing_and_repeats_nothing(
        spoiled, bluesky_network, short_deadlines, behaviour):
    adapter, proxy, hospital = spoiled("app.bsky.notification.listNotifications",
                                       SPOILERS[behaviour])
    visitor = bluesky_network.account("budi")
    post = adapter.publish(OutgoingPost(text="Jadwal imunisasi",
                                        idempotency_key=new_idempotency_key()))
    bluesky_network.process()
    reply = visitor.reply(post.remote_id, "Untuk anak umur berapa?")
    started = time.monotonic()
    with pytest.raises(Transient):
        adapter.read_inbox("")
    assert time.monotonic() - started < 5
    assert proxy.spoiled == 1
    # The caller keeps the old cursor ("" here): the next read brings the item, once.
    batch = adapter.read_inbox("")
    assert [(i.remote_id, i.kind) for i in batch.items] == [(reply.uri, ItemKind.REPLY)]
    assert adapter.read_inbox(batch.cursor).items == []


@pytest.mark.slow
@pytest.mark.parametrize("behaviour", ["truncated", "trickle", "notice-before-json"])
def test_unreadable_counts_are_never_a_deleted_post(spoiled, bluesky_network, short_deadlines,
                                                    behaviour):
    adapter, proxy, _ = spoiled("app.bsky.feed.getPosts", SPOILERS[behaviour])
    post = adapter.publish(OutgoingPost(text="Senam pagi",
                                        idempotency_key=new_idempotency_key()))
    bluesky_network.account("budi").like(post.remote_id)
    with pytest.raises(Transient):
        adapter.read_metrics(post.remote_id, post.url)
    assert adapter.read_metrics(post.remote_id, post.url).values["likes"] == 1


@pytest.mark.slow
@pytest.mark.parametrize("behaviour", ["2GB-content-length", "endless-chunked"])
def test_an_endless_search_answer_stops(spoiled, bluesky_network, short_deadlines, behaviour):
    adapter, proxy, _ = spoiled("app.bsky.feed.searchPosts", SPOILERS[behaviour])
    started = time.monotonic()
    with pytest.raises(Transient):
        adapter.search("RSKO", "")
    assert time.monotonic() - started < 8
    assert proxy.spoiled == 1


@pytest.mark.slow
@pytest.mark.parametrize("behaviour", ["truncated", "trickle"])
def test_a_reply_whose_answer_is_lost_is_on_the_server_once(spoiled, bluesky_network,
                                                            short_deadlines, behaviour):
    armed = []  # only the reply's createRecord is spoiled, not the post's
    adapter, proxy, hospital = spoiled("com.atproto.repo.createRecord", SPOILERS[behaviour],
                                       armed=lambda: bool(armed))
    post = adapter.publish(OutgoingPost(text="Info donor", idempotency_key=new_idempotency_key()))
    bluesky_network.process()
    visitor = bluesky_network.account("budi")
    question = visitor.reply(post.remote_id, "Golongan darah apa yang dicari?")
    [item] = adapter.read_inbox("").items
    armed.append(True)
    result = adapter.reply(item, "Semua golongan, terutama O.", new_idempotency_key())
    assert proxy.spoiled == 1
    assert proxy.count("POST", "/xrpc/com.atproto.repo.createRecord") == 2  # post + reply
    bluesky_network.process()
    assert [r["uri"] for r in bluesky_network.replies(question.uri, visitor)] == [
        result.remote_id]


# -- documented error answers (contract server) ---------------------------------------------------

@pytest.fixture
def scripted(contract_server, memory_secrets):
    ref = stored_session(memory_secrets)
    return adapter_for(contract_server.url, memory_secrets, ref)


def test_rate_limited_notifications_say_when(scripted, contract_server):
    contract_server.script("GET", "/xrpc/app.bsky.notification.listNotifications", Reply(
        429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
        headers={"RateLimit-Reset": str(int(time.time()) + 120)}))
    with pytest.raises(RateLimited) as raised:
        scripted.read_inbox("")
    assert raised.value.reset_at is not None
    assert raised.value.reset_at <= datetime.now(UTC) + MAX_WAIT


@pytest.mark.parametrize("value", ["Fri, 31 Dec 9999 23:59:59 GMT", "nan", "-5"])
def test_an_absurd_retry_after_on_search_is_clamped(scripted, contract_server, value):
    contract_server.script("GET", "/xrpc/app.bsky.feed.searchPosts", rate_limited(value))
    with pytest.raises(RateLimited) as raised:
        scripted.search("RSKO", "")
    [asked] = contract_server.sent("GET", "/xrpc/app.bsky.feed.searchPosts")
    assert asked.query == {"q": ["RSKO"], "sort": ["latest"], "limit": ["100"]}
    assert raised.value.reset_at is None or raised.value.reset_at <= datetime.now(UTC) + MAX_WAIT


def test_a_failing_chat_service_never_hides_the_replies(scripted, contract_server):
    contract_server.script("GET", "/xrpc/app.bsky.notification.listNotifications", Reply(200, {
        "notifications": [{
            "uri": "at://did:plc:budi/app.bsky.feed.post/3lbudi2222222", "cid": "bafyreply",
            "author": {"did": "did:plc:budi", "handle": "budi.test", "displayName": "Budi"},
            "reason": "reply", "reasonSubject": "at://did:plc:rsko/app.bsky.feed.post/3lrsko",
            "record": {"$type": "app.bsky.feed.post", "text": "Antre lama bgt",
                       "createdAt": "2026-12-05T01:00:00.000Z",
                       "reply": {"root": {"uri": "at://did:plc:rsko/app.bsky.feed.post/3lrsko",
                                          "cid": "bafyroot"},
                                 "parent": {"uri": "at://did:plc:rsko/app.bsky.feed.post/3lrsko",
                                            "cid": "bafyroot"}}},
            "isRead": False, "indexedAt": "2026-12-05T01:00:01.000Z"}]}))
    contract_server.script("GET", "/xrpc/chat.bsky.convo.getLog", Reply(
        502, {"error": "UpstreamFailure", "message": "Upstream Failure"}))
    batch = scripted.read_inbox("")
    assert [i.text for i in batch.items] == ["Antre lama bgt"]
    assert batch.items[0].reply_ref["root"] == {
        "uri": "at://did:plc:rsko/app.bsky.feed.post/3lrsko", "cid": "bafyroot"}
    [chat] = contract_server.sent("GET", "/xrpc/chat.bsky.convo.getLog")
    assert chat.headers["atproto-proxy"] == "did:web:api.bsky.chat#bsky_chat"
    assert not scripted.dm_refused  # a failure is not a refusal: it is asked again next time


def test_an_unreadable_cursor_reads_the_recent_items_again(scripted, contract_server):
    contract_server.script("GET", "/xrpc/app.bsky.notification.listNotifications",
                           Reply(200, {"notifications": []}))
    contract_server.script("GET", "/xrpc/chat.bsky.convo.getLog",
                           Reply(200, {"logs": []}))
    batch = scripted.read_inbox("{not json")
    assert batch.items == [] and batch.cursor
    [read] = contract_server.sent("GET", "/xrpc/app.bsky.notification.listNotifications")
    assert "cursor" not in read.query


def test_a_flood_of_notifications_comes_in_pages_without_loss_or_repeats(scripted,
                                                                         contract_server):
    """More than ten pages since the last read: the newest come first, the rest (a backlog)
    with the next read; every reply once."""
    feed: list[dict] = []  # newest first, as listNotifications serves it

    def add(count: int) -> None:
        start = len(feed)
        for number in range(start, start + count):
            when = datetime(2026, 12, 5, tzinfo=UTC) + timedelta(seconds=number)
            feed.insert(0, {
                "uri": f"at://did:plc:budi/app.bsky.feed.post/{number:013d}", "cid": f"c{number}",
                "author": {"did": "did:plc:budi", "handle": "budi.test"}, "reason": "reply",
                "record": {"text": f"balasan {number}", "createdAt": when.isoformat()},
                "isRead": False, "indexedAt": when.isoformat().replace("+00:00", "Z")})

    def pages(request):
        start = int(request.query.get("cursor", ["0"])[0])
        limit = int(request.query["limit"][0])
        page = feed[start:start + limit]
        body = {"notifications": page}
        if start + limit < len(feed):
            body["cursor"] = str(start + limit)
        return Reply(200, body)

    contract_server.script("GET", "/xrpc/app.bsky.notification.listNotifications", pages)
    contract_server.script("GET", "/xrpc/chat.bsky.convo.getLog", Reply(200, {"logs": []}))
    add(5)
    first = scripted.read_inbox("")
    assert len(first.items) == 5 and not first.more
    add(1200)
    second = scripted.read_inbox(first.cursor)
    assert len(second.items) == 1000 and second.more
    third = scripted.read_inbox(second.cursor)
    assert len(third.items) == 200 and not third.more
    texts = [i.text for i in first.items + second.items + third.items]
    assert sorted(texts) == sorted(f"balasan {n}" for n in range(1205))
    assert scripted.read_inbox(third.cursor).items == []
    assert len(third.cursor) < 40_000  # the cursor stays small enough to keep per account


@pytest.mark.parametrize("missing", ["redis-server", "node"])
def test_a_missing_piece_of_the_network_fails_in_ci_and_skips_elsewhere(monkeypatch, missing):
    import shutil

    import bluesky_network

    real_which = shutil.which
    monkeypatch.setattr(bluesky_network.shutil, "which",
                        lambda name: None if name == missing else real_which(name))
    monkeypatch.setenv("HUMASDESK_REQUIRE_ALL", "1")
    with pytest.raises(pytest.fail.Exception) as failed:
        bluesky_network.start_network()
    assert "HUMASDESK_REQUIRE_ALL=1" in str(failed.value)
    monkeypatch.delenv("HUMASDESK_REQUIRE_ALL")
    with pytest.raises(pytest.skip.Exception):
        bluesky_network.start_network()
