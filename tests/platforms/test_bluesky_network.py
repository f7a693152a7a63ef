"""The Bluesky adapter's inbox, replies, metrics and search against the full local network
(PLC + PDS + the real AppView on PostgreSQL and Redis: tests/platforms/bluesky_network.py).

A second account acts as a follower would (replies, mentions, quotes, likes, reposts, complains,
deletes); what the adapter reads is compared with what that account did, and what it writes is
read back straight from the server (getPostThread, getRecord), not through the adapter.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from humasdesk.domain.inbox import ItemKind
from humasdesk.domain.metrics import VIEWS
from humasdesk.platforms.base import (
    InboxReader,
    MetricsReader,
    OutgoingPost,
    Rejected,
    Replier,
    Searcher,
    new_idempotency_key,
)
from humasdesk.platforms.bluesky import BlueskyAdapter, record_keys
from humasdesk.platforms.http import HttpFactory

pytestmark = pytest.mark.slow


@pytest.fixture
def hospital(bluesky_network):
    return bluesky_network.account("rsko")


@pytest.fixture
def visitor(bluesky_network):
    return bluesky_network.account("budi")


@pytest.fixture
def adapter(bluesky_network, hospital, memory_secrets):
    return bluesky_network.adapter(hospital, memory_secrets)


@pytest.fixture
def publish(adapter, bluesky_network):
    """Publish as the hospital, then wait until the AppView has indexed it."""
    def publish(text: str):
        result = adapter.publish(OutgoingPost(text=text, idempotency_key=new_idempotency_key()))
        bluesky_network.process()
        return result
    return publish


def test_the_adapter_has_the_capabilities(adapter):
    assert isinstance(adapter, InboxReader) and isinstance(adapter, Replier)
    assert isinstance(adapter, MetricsReader) and isinstance(adapter, Searcher)
    assert adapter.inbox_cadence.total_seconds() == 60
    assert adapter.capabilities.inbox and adapter.capabilities.metrics


def test_replies_mentions_quotes_and_a_complaint_are_listed_once_likes_counted(
        publish, adapter, hospital, visitor, bluesky_network):
    post = publish("Jadwal poli jantung minggu ini")
    reply = visitor.reply(post.remote_id, "Hari Sabtu buka min?")
    mention = visitor.mention(f"Terima kasih @{hospital.handle} atas infonya")
    quote = visitor.quote(post.remote_id, "Info penting buat yang mau kontrol")
    visitor.like(post.remote_id)
    visitor.repost(post.remote_id)
    complaint = visitor.complaint(f"@{hospital.handle} antre di poli jiwa tiga jam, "
                                  "gak ada yang jelasin. Kecewa bgt")

    first = adapter.read_inbox("")
    assert [(i.remote_id, i.kind) for i in first.items] == [
        (reply.uri, ItemKind.REPLY), (mention.uri, ItemKind.MENTION),
        (quote.uri, ItemKind.QUOTE), (complaint.uri, ItemKind.MENTION)]
    assert first.counts == {"likes": 1, "reposts": 1}
    by_id = {item.remote_id: item for item in first.items}
    answer = by_id[reply.uri]
    assert answer.text == "Hari Sabtu buka min?"
    assert answer.author_handle == visitor.handle
    assert answer.thread_id == post.remote_id and answer.parent_id == post.remote_id
    assert answer.reply_ref == {"root": {"uri": post.remote_id, "cid": answer.reply_ref[
        "root"]["cid"]}, "parent": {"uri": reply.uri, "cid": reply.cid}}
    assert answer.received_at.tzinfo is not None
    assert answer.url == f"https://bsky.app/profile/{visitor.handle}/post/{reply.uri[-13:]}"
    assert by_id[quote.uri].parent_id == post.remote_id
    assert "Kecewa bgt" in by_id[complaint.uri].text
    # A followup read with the cursor, and one after a restart (a new adapter), repeat nothing.
    second = adapter.read_inbox(first.cursor)
    restarted = bluesky_network.adapter(hospital, adapter.secrets).read_inbox(first.cursor)
    assert (second.items, second.counts) == ([], {})
    assert (restarted.items, restarted.counts) == ([], {})
    # And lose nothing: what comes after is read once.
    later = visitor.reply(reply.uri, "Ditunggu jawabannya ya")
    bluesky_network.account("sari").like(post.remote_id)
    third = adapter.read_inbox(second.cursor)
    assert [i.remote_id for i in third.items] == [later.uri]
    assert third.items[0].thread_id == post.remote_id  # the same conversation
    assert third.items[0].parent_id == reply.uri
    assert third.counts == {"likes": 1}
    assert adapter.read_inbox(third.cursor).items == []


def test_a_reply_is_threaded_on_the_server_and_sent_once_per_key(
        publish, adapter, hospital, visitor, bluesky_network):
    post = publish("Donor darah hari Kamis")
    question = visitor.reply(post.remote_id, "Syaratnya apa saja?")
    [item] = adapter.read_inbox("").items
    key = new_idempotency_key()
    text = "Syaratnya sehat, berat minimal 45 kg, bawa KTP."
    sent = adapter.reply(item, text, key)
    again = adapter.reply(item, text, key)  # a retry after a crash: the same answer
    assert again == sent
    assert sent.remote_id.endswith("/" + record_keys(key, 1)[0])
    bluesky_network.process()
    thread = bluesky_network.get("app.bsky.feed.getPostThread", visitor, uri=post.remote_id,
                                 depth=10).json()["thread"]
    [under_post] = thread["replies"]
    assert under_post["post"]["uri"] == question.uri
    [answers] = [under_post["replies"]]
    assert [a["post"]["uri"] for a in answers] == [sent.remote_id]
    record = answers[0]["post"]["record"]
    assert record["text"] == text
    assert record["reply"]["root"]["uri"] == post.remote_id
    assert record["reply"]["parent"] == {"uri": question.uri, "cid": question.cid}
    # The thread for context, oldest first: the post, the question, the answer.
    context = adapter.thread_context(item)
    assert [each.remote_id for each in context] == [post.remote_id, question.uri,
                                                    sent.remote_id]
    assert [each.kind for each in context] == [ItemKind.MENTION, ItemKind.REPLY,
                                               ItemKind.REPLY]
    assert context[0].author_handle == hospital.handle


def test_a_reply_to_a_deleted_post_is_refused_in_words(publish, adapter, visitor):
    post = publish("Info parkir")
    question = visitor.reply(post.remote_id, "Parkir motor di mana?")
    [item] = adapter.read_inbox("").items
    visitor.delete(question.uri)
    with pytest.raises(Rejected) as refused:
        adapter.reply(item, "Di basement.", new_idempotency_key())
    assert "was deleted on Bluesky" in refused.value.message


def test_a_thread_closed_to_replies_is_refused_in_words(adapter, hospital, visitor,
                                                        bluesky_network):
    gated = visitor.mention(f"@{hospital.handle} pengumuman: komentar ditutup")
    visitor.gate(gated.uri)
    [item] = adapter.read_inbox("").items
    with pytest.raises(Rejected) as refused:
        adapter.reply(item, "Terima kasih.", new_idempotency_key())
    assert "allows replies only from some people" in refused.value.message
    assert bluesky_network.replies(gated.uri, visitor) == []


def test_metrics_match_what_people_did_and_views_are_left_out(
        publish, adapter, hospital, visitor, bluesky_network):
    post = publish("Senam sehat bersama Minggu pagi")
    other = bluesky_network.account("sari")
    visitor.like(post.remote_id)
    other.like(post.remote_id)
    visitor.repost(post.remote_id)
    other.quote(post.remote_id, "Ikut yuk")
    visitor.reply(post.remote_id, "Jam berapa?")
    metrics = adapter.read_metrics(post.remote_id, post.url)
    assert metrics.values == {"likes": 2, "reposts": 1, "replies": 1, "quotes": 1}
    assert metrics.unavailable == {} and not metrics.deleted
    assert VIEWS not in metrics.values and VIEWS not in metrics.unavailable
    # From the url alone (a record published before remote ids were kept) too.
    assert adapter.read_metrics("", post.url).values == metrics.values

    assert adapter.read_audience().followers == 0
    visitor.follow(hospital.did)
    other.follow(hospital.did)
    assert adapter.read_audience().followers == 2


def test_a_deleted_post_is_reported_as_deleted_not_as_zero(publish, adapter, hospital, visitor):
    post = publish("Pengumuman yang ditarik")
    visitor.like(post.remote_id)
    assert adapter.read_metrics(post.remote_id, post.url).values["likes"] == 1
    hospital.delete(post.remote_id)
    gone = adapter.read_metrics(post.remote_id, post.url)
    assert gone.deleted and gone.values == {}


def test_search_finds_posts_naming_the_hospital_once(publish, adapter, visitor, bluesky_network):
    name = f"RSKO{os.urandom(3).hex()}"
    publish(f"{name} membuka poli baru")  # the account's own post is not a mention
    found = visitor.post(f"Pelayanan di {name} ramah sekali")
    visitor.post("Tidak ada hubungannya")
    first = adapter.search(name, "")
    assert [(i.remote_id, i.kind) for i in first.items] == [(found.uri, ItemKind.MENTION)]
    assert first.items[0].author_handle == visitor.handle
    assert adapter.search(name, first.cursor).items == []
    more = bluesky_network.account("ani").post(f"Antre di {name} lama")
    assert [i.remote_id for i in adapter.search(name, first.cursor).items] == [more.uri]


def test_marking_seen_clears_the_unread_count(publish, adapter, hospital, visitor, bluesky_network):
    post = publish("Cek kesehatan gratis")
    visitor.reply(post.remote_id, "Di mana tempatnya?")
    unread = bluesky_network.get("app.bsky.notification.getUnreadCount", hospital)
    assert unread.json()["count"] == 1
    adapter.mark_seen(datetime.now(UTC))
    bluesky_network.process()
    unread = bluesky_network.get("app.bsky.notification.getUnreadCount", hospital)
    assert unread.json()["count"] == 0


def test_an_app_password_without_dm_access_reads_the_rest_and_says_so(
        publish, adapter, visitor):
    post = publish("Info vaksin")
    visitor.reply(post.remote_id, "Vaksin apa saja?")
    batch = adapter.read_inbox("")  # the real PDS refuses chat.bsky.* to this app password
    assert [i.kind for i in batch.items] == [ItemKind.REPLY]
    assert adapter.dm_refused
    assert "no access to direct messages" in adapter.cannot_read_reason()
    # The refusal is remembered, so the next reads do not ask again for a while.
    again = BlueskyAdapter(adapter.account, adapter.secrets, HttpFactory())
    again.read_inbox(batch.cursor)
    assert again.dm_refused


def test_direct_messages_through_the_real_pds(bluesky_network, memory_secrets, contract_server):
    """The PDS checks the DM-access app password and proxies to the chat service with its
    service token; the chat service itself is Bluesky's (not open source), so a contract
    server answers with the documented shapes (lexicons chat/bsky/convo/*)."""
    from contract_server import Reply

    hospital = bluesky_network.account("rsko", privileged=True)
    adapter = bluesky_network.adapter(hospital, memory_secrets)
    bluesky_network.set_chat_url(contract_server.url)
    visitor_did = "did:plc:budi"
    message = {"$type": "chat.bsky.convo.defs#messageView", "id": "m1", "rev": "r1",
               "text": "Min, jam besuk ICU kapan ya?", "sender": {"did": visitor_did},
               "sentAt": "2026-12-05T02:00:00.000Z"}
    ours = {"$type": "chat.bsky.convo.defs#messageView", "id": "m2", "rev": "r2",
            "text": "Pukul 16.00-18.00.", "sender": {"did": hospital.did},
            "sentAt": "2026-12-05T02:01:00.000Z"}
    contract_server.script("GET", "/xrpc/chat.bsky.convo.getLog", Reply(200, {
        "cursor": "log-2", "logs": [
            {"$type": "chat.bsky.convo.defs#logBeginConvo", "rev": "r0", "convoId": "c1"},
            {"$type": "chat.bsky.convo.defs#logCreateMessage", "rev": "r1", "convoId": "c1",
             "message": message}]}), Reply(200, {"cursor": "log-2", "logs": []}))
    contract_server.script("GET", "/xrpc/chat.bsky.convo.getConvo", Reply(200, {"convo": {
        "id": "c1", "rev": "r1", "unreadCount": 1, "muted": False, "members": [
            {"did": visitor_did, "handle": "budi.test", "displayName": "Budi"},
            {"did": hospital.did, "handle": hospital.handle}]}}))
    contract_server.script("GET", "/xrpc/chat.bsky.convo.getMessages",
                           Reply(200, {"messages": [message]}),
                           Reply(200, {"messages": [message]}),
                           Reply(200, {"messages": [ours, message]}))
    contract_server.script("POST", "/xrpc/chat.bsky.convo.sendMessage", Reply(200, ours))
    try:
        batch = adapter.read_inbox("")
        [item] = [i for i in batch.items if i.kind is ItemKind.MESSAGE]
        assert (item.remote_id, item.author_name, item.author_handle, item.text) == (
            "chat:c1:m1", "Budi", "budi.test", "Min, jam besuk ICU kapan ya?")
        assert not adapter.dm_refused and adapter.cannot_read_reason() == ""
        assert [m.text for m in adapter.thread_context(item)] == [message["text"]]
        [log_read] = contract_server.sent("GET", "/xrpc/chat.bsky.convo.getLog")
        assert log_read.headers["authorization"].startswith("Bearer ")  # the PDS's token
        assert adapter.read_inbox(batch.cursor).items == []
        assert contract_server.sent("GET", "/xrpc/chat.bsky.convo.getLog")[1].query == {
            "cursor": ["log-2"]}
        key = new_idempotency_key()
        assert adapter.reply(item, "Pukul 16.00-18.00.", key).remote_id == "chat:c1:m2"
        # A retry finds the message already sent instead of sending it twice.
        assert adapter.reply(item, "Pukul 16.00-18.00.", key).remote_id == "chat:c1:m2"
        [sent] = contract_server.sent("POST", "/xrpc/chat.bsky.convo.sendMessage")
        assert sent.json() == {"convoId": "c1", "message": {"text": "Pukul 16.00-18.00."}}
    finally:
        bluesky_network.set_chat_url("http://127.0.0.1:9")
