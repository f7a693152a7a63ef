"""Threads inbox contract tests: the conversation under recent posts, mentions (and the words
when the permission is missing), answers (a container with ``reply_to_id``, then publish),
``manage_reply`` and keyword search with its quota. Shapes from developers.facebook.com
(threads reply-management, retrieve-and-manage-replies, threads-mentions, keyword-search)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from platform_support import context
from test_threads_contract import DAY, NOW, TOKEN, USER, V, form

from contract_server import Reply
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.model import Account
from humasdesk.platforms import threads, tokens
from humasdesk.platforms.base import (
    AuthExpired,
    InboxReader,
    Moderator,
    RateLimited,
    Rejected,
    Replier,
    Searcher,
)
from humasdesk.platforms.inboxing import load_cursor
from humasdesk.platforms.threads import ThreadsAdapter

POST = "18000000000000001"


def error(status: int, code: int, message: str, subcode=None) -> Reply:
    body = {"message": message, "type": "THApiException", "code": code, "fbtrace_id": "A"}
    if subcode is not None:
        body["error_subcode"] = subcode
    return Reply(status, {"error": body})


@pytest.fixture
def adapter(tmp_path, memory_secrets, contract_server):
    ctx = context(tmp_path, memory_secrets)
    tokens.save(ctx.secrets, "threads:test", {
        "access_token": TOKEN, "expires_at": NOW + 50 * DAY, "issued_at": NOW - 10 * DAY,
        "expiry_known": True})
    account = Account(platform="threads", name="@rsko", handle="rsko",
                      server_url=contract_server.url, credential_ref="threads:test",
                      options={"user_id": USER, "image_host": "assisted"})
    return ThreadsAdapter(account, ctx, clock=lambda: NOW, sleep=lambda s: None,
                          poll_interval=0.0, max_polls=3)


def reply_(reply_id, text, when, username="budi", mine=False, hidden=False) -> dict:
    return {"id": reply_id, "text": text, "username": username, "timestamp": when,
            "permalink": f"https://www.threads.net/@{username}/post/{reply_id}",
            "hide_status": "HIDDEN" if hidden else "NOT_HUSHED",
            "is_reply_owned_by_me": mine, "replied_to": {"id": POST},
            "root_post": {"id": POST}}


def script_read(server, conversation, mentions) -> None:
    server.script("GET", f"/{V}/{USER}/threads", Reply(200, {"data": [
        {"id": POST, "timestamp": "2026-11-25T01:00:00+0000"}]}))
    server.script("GET", f"/{V}/{POST}/conversation", conversation)
    server.script("GET", f"/{V}/{USER}/mentions", mentions)


def test_the_capabilities_are_declared(adapter):
    assert isinstance(adapter, InboxReader) and isinstance(adapter, Replier)
    assert isinstance(adapter, Moderator) and isinstance(adapter, Searcher)
    assert adapter.inbox_cadence == timedelta(minutes=5)


def test_replies_and_mentions_are_read(contract_server, adapter):
    script_read(contract_server, Reply(200, {"data": [
        reply_("r1", "Kenapa antrean BPJS lama?", "2026-11-26T02:00:00+0000"),
        reply_("r2", "Kami cek ya", "2026-11-26T02:03:00+0000", username="rsko", mine=True),
        reply_("r3", "Spam link", "2026-11-26T02:04:00+0000", username="bot", hidden=True)]}),
        Reply(200, {"data": [{"id": "m1", "text": "@rsko parkirnya penuh",
                              "username": "ani", "timestamp": "2026-11-26T02:10:00+0000",
                              "permalink": "https://www.threads.net/@ani/post/m1"}]}))
    batch = adapter.read_inbox("")
    asked = contract_server.sent("GET", f"/{V}/{POST}/conversation")[0]
    assert "is_reply_owned_by_me" in asked.query["fields"][0]
    assert asked.headers["authorization"] == f"Bearer {TOKEN}"
    assert [(i.remote_id, i.kind) for i in batch.items] == [
        ("r1", ItemKind.REPLY), ("r3", ItemKind.REPLY), ("m1", ItemKind.MENTION)]
    assert batch.items[0].thread_id == POST and batch.items[0].parent_id == POST
    assert batch.items[1].moderation == "hidden"
    assert batch.note == ""
    assert load_cursor(batch.cursor)["mentions"] == "2026-11-26T02:10:00+00:00"


def test_mentions_without_the_permission_are_said_not_crashed(contract_server, adapter):
    script_read(contract_server, Reply(200, {"data": [
        reply_("r1", "Halo", "2026-11-26T02:00:00+0000")]}),
        error(403, 10, "Application does not have permission for this action"))
    batch = adapter.read_inbox("")
    assert [i.remote_id for i in batch.items] == ["r1"]
    assert "threads_manage_mentions" in batch.note and "Replies" in batch.note


def item(remote_id="r1") -> RemoteItem:
    return RemoteItem(remote_id, ItemKind.REPLY, "budi", "@budi", "Antrean lama",
                      datetime(2026, 11, 26, tzinfo=UTC), thread_id=POST)


def test_an_answer_is_a_container_replying_then_published(contract_server, adapter):
    contract_server.script("POST", f"/{V}/{USER}/threads", Reply(200, {"id": "ct1"}))
    contract_server.script("GET", f"/{V}/ct1", Reply(200, {"status": "FINISHED"}))
    contract_server.script("POST", f"/{V}/{USER}/threads_publish", Reply(200, {"id": "r90"}))
    contract_server.script("GET", f"/{V}/r90", Reply(200, {"permalink": "https://t/r90"}))
    result = adapter.reply(item(), "Mohon maaf, kami perbaiki.", "k")
    assert form(contract_server.sent("POST", f"/{V}/{USER}/threads")[0]) == {
        "media_type": "TEXT", "text": "Mohon maaf, kami perbaiki.", "reply_to_id": "r1"}
    assert form(contract_server.sent("POST", f"/{V}/{USER}/threads_publish")[0]) == {
        "creation_id": "ct1"}
    assert result.remote_id == "r90" and result.url == "https://t/r90"


def test_an_answer_to_a_deleted_reply_is_refused_in_words(contract_server, adapter):
    contract_server.script("POST", f"/{V}/{USER}/threads", error(
        400, 100, "Unsupported post request. Object with ID 'r1' does not exist", 33))
    with pytest.raises(Rejected, match="no longer exists on Threads"):
        adapter.reply(item(), "Maaf", "k")
    assert contract_server.sent("POST", f"/{V}/{USER}/threads_publish") == []


def test_hide_uses_manage_reply(contract_server, adapter):
    contract_server.script("POST", f"/{V}/r3/manage_reply", Reply(200, {"success": True}))
    adapter.moderate(item("r3"), "hide")
    assert form(contract_server.sent("POST", f"/{V}/r3/manage_reply")[0]) == {"hide": "true"}


def test_keyword_search_says_the_quota(contract_server, adapter):
    contract_server.script("GET", f"/{V}/{USER}/threads_keyword_search", Reply(200, {"data": [
        {"id": "s1", "text": "RS Kota bagus", "username": "ani",
         "timestamp": "2026-11-26T01:00:00+0000", "permalink": "https://t/s1"}]}))
    batch = adapter.search("#RSKota", "")
    asked = contract_server.sent("GET", f"/{V}/{USER}/threads_keyword_search")[0]
    assert asked.query["q"] == ["RSKota"] and asked.query["search_mode"] == ["TAG"]
    assert asked.query["search_type"] == ["RECENT"]
    assert [i.remote_id for i in batch.items] == ["s1"]
    assert "2,200 searches in 24 hours" in batch.note
    adapter.search("rumah sakit kota", batch.cursor)
    again = contract_server.sent("GET", f"/{V}/{USER}/threads_keyword_search")[1]
    assert again.query["search_mode"] == ["KEYWORD"]
    assert again.query["since"] == [str(int(datetime(2026, 11, 26, 1, tzinfo=UTC).timestamp()))]


def test_a_throttled_read_waits_and_an_expired_token_pauses(contract_server, adapter):
    contract_server.script("GET", f"/{V}/{USER}/threads",
                           Reply(429, {"error": {"message": "Too many calls", "code": 613,
                                                 "type": "THApiException"}}),
                           error(400, 190, "Error validating access token"))
    with pytest.raises(RateLimited):
        adapter.read_inbox("")
    with pytest.raises(AuthExpired):
        adapter.read_inbox("")


def test_the_login_asks_for_the_inbox_permissions():
    assert {"threads_read_replies", "threads_manage_replies", "threads_manage_mentions",
            "threads_keyword_search"} <= set(threads.SCOPES)
