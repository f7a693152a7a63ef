"""Instagram inbox contract tests: comments and replies on recent media, mentions
(``/{ig-user-id}/tags``), answers (``/{comment-id}/replies``, ``/{ig-user-id}/mentions``), hide;
throttling, an expired token and a deleted comment. Shapes from developers.facebook.com
(instagram-platform comment moderation, IG Comment, IG User tags and mentions)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from platform_support import context
from test_facebook_contract import form, graph_error
from test_instagram_contract import APP_ID, APP_SECRET, IG_ID, PAGE_ID, PAGE_TOKEN, V

from contract_server import Reply
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.model import Account
from humasdesk.platforms import instagram, tokens
from humasdesk.platforms.base import (
    AuthExpired,
    InboxReader,
    Moderator,
    RateLimited,
    Rejected,
    Replier,
    Transient,
)
from humasdesk.platforms.inboxing import load_cursor
from humasdesk.platforms.instagram import InstagramAdapter

MEDIA = "17900000000000001"


@pytest.fixture
def adapter(tmp_path, memory_secrets, contract_server):
    ctx = context(tmp_path, memory_secrets)
    tokens.save(ctx.secrets, "instagram:test", {"app_id": APP_ID, "app_secret": APP_SECRET,
                                                "page_token": PAGE_TOKEN, "expires_at": None})
    account = Account(platform="instagram", name="@rsko", handle="rsko",
                      server_url=contract_server.url, credential_ref="instagram:test",
                      options={"page_id": PAGE_ID, "ig_user_id": IG_ID, "app_id": APP_ID})
    return InstagramAdapter(account, ctx)


def ig_comment(comment_id, text, when, username="budi.s", replies=None, hidden=False) -> dict:
    body = {"id": comment_id, "text": text, "timestamp": when, "username": username,
            "hidden": hidden, "from": {"id": f"u{comment_id}", "username": username}}
    if replies is not None:
        body["replies"] = {"data": replies}
    return body


def script_read(server, comments, tags=(), conversations=()) -> None:
    server.script("GET", f"/{V}/{IG_ID}/media", Reply(200, {"data": [
        {"id": MEDIA, "permalink": "https://www.instagram.com/p/Cabc/",
         "timestamp": "2026-11-25T01:00:00+0000"}]}))
    server.script("GET", f"/{V}/{MEDIA}/comments", *comments)
    server.script("GET", f"/{V}/{IG_ID}/tags", Reply(200, {"data": list(tags)}))
    # Direct messages: the linked page's conversations with platform=instagram.
    server.script("GET", f"/{V}/{PAGE_ID}/conversations",
                  *(conversations or [Reply(200, {"data": []})]))


def test_the_capabilities_are_declared(adapter):
    assert isinstance(adapter, InboxReader) and isinstance(adapter, Replier)
    assert isinstance(adapter, Moderator) and adapter.moderation_actions == ("hide", "unhide")
    assert adapter.inbox_cadence == timedelta(minutes=5)


def test_comments_replies_and_mentions_are_read(contract_server, adapter):
    script_read(contract_server, [
        Reply(200, {"data": [ig_comment("c1", "Dokter anak ada hari Minggu?",
                                        "2026-11-26T02:00:00+0000", replies=[
            ig_comment("c2", "Ada, pukul 9", "2026-11-26T02:05:00+0000", username="rsko"),
            ig_comment("c3", "Kok saya ditolak kemarin", "2026-11-26T02:10:00+0000",
                       username="siti", hidden=True)])],
            "paging": {"cursors": {"after": "A1"},
                       "next": "https://graph.facebook.com/next"}}),
        Reply(200, {"data": [ig_comment("c0", "Lama", "2026-11-25T02:00:00+0000")],
                    "paging": {"cursors": {"after": "A2"}}})],
        tags=[{"id": "17911111", "caption": "Terima kasih @rsko", "username": "ani",
               "timestamp": "2026-11-26T02:20:00+0000",
               "permalink": "https://www.instagram.com/p/Cxyz/"}])
    batch = adapter.read_inbox("")
    asked = contract_server.sent("GET", f"/{V}/{MEDIA}/comments")
    assert "replies{" in asked[0].query["fields"][0]
    assert asked[1].query["after"] == ["A1"]
    assert [(i.remote_id, i.kind) for i in batch.items] == [
        ("c0", ItemKind.COMMENT), ("c1", ItemKind.COMMENT), ("c3", ItemKind.COMMENT),
        ("17911111", ItemKind.MENTION)]  # c2 is the account's own answer
    reply = batch.items[2]
    assert reply.parent_id == "c1" and reply.reply_ref["comment_id"] == "c1"
    assert reply.moderation == "hidden" and reply.author_handle == "@siti"
    assert load_cursor(batch.cursor) == {"comments": "2026-11-26T02:10:00+00:00",
                                         "mentions": "2026-11-26T02:20:00+00:00",
                                         "messages": ""}


def test_a_later_read_lists_only_newer_items(contract_server, adapter):
    script_read(contract_server, [Reply(200, {"data": [
        ig_comment("c1", "Lama", "2026-11-26T02:00:00+0000"),
        ig_comment("c9", "Baru", "2026-11-26T03:00:00+0000")]})])
    batch = adapter.read_inbox('{"comments":"2026-11-26T02:10:00+00:00","mentions":""}')
    assert [i.remote_id for i in batch.items] == ["c9"]


def item(kind=ItemKind.COMMENT, remote_id="c3", **ref) -> RemoteItem:
    return RemoteItem(remote_id, kind, "siti", "@siti", "Kok ditolak",
                      datetime(2026, 11, 26, tzinfo=UTC), reply_ref=ref)


def test_an_answer_to_a_reply_goes_under_its_top_level_comment(contract_server, adapter):
    contract_server.script("POST", f"/{V}/c1/replies", Reply(200, {"id": "c50"}))
    result = adapter.reply(item(comment_id="c1"), "@siti Mohon maaf, kami hubungi.", "k")
    assert form(contract_server.sent("POST", f"/{V}/c1/replies")[0]) == {
        "message": "@siti Mohon maaf, kami hubungi."}
    assert result.remote_id == "c50"


def test_a_mention_is_answered_on_the_post_that_mentions(contract_server, adapter):
    contract_server.script("POST", f"/{V}/{IG_ID}/mentions", Reply(200, {"id": "c60"}))
    adapter.reply(item(ItemKind.MENTION, "17911111", mention_media_id="17911111"),
                  "Terima kasih!", "k")
    assert form(contract_server.sent("POST", f"/{V}/{IG_ID}/mentions")[0]) == {
        "media_id": "17911111", "message": "Terima kasih!"}


def test_a_deleted_comment_is_refused_in_words(contract_server, adapter):
    contract_server.script("POST", f"/{V}/c3/replies", graph_error(
        400, 100, "Unsupported post request. Object with ID 'c3' does not exist, cannot be "
        "loaded due to missing permissions, or does not support this operation", 33))
    with pytest.raises(Rejected, match="no longer exists on Instagram"):
        adapter.reply(item(comment_id="c3"), "Maaf", "k")


def test_throttling_and_an_expired_token(contract_server, adapter):
    usage = {IG_ID: [{"type": "instagram", "call_count": 100,
                      "estimated_time_to_regain_access": 30}]}
    contract_server.script("GET", f"/{V}/{IG_ID}/media",
                           graph_error(400, 4, "Application request limit reached",
                                       headers={"X-Business-Use-Case-Usage": json.dumps(usage)}),
                           graph_error(400, 190, "Error validating access token", subcode=463))
    with pytest.raises(RateLimited) as caught:
        adapter.read_inbox("")
    assert timedelta(minutes=29) < caught.value.reset_at - datetime.now(UTC) <= \
        timedelta(minutes=30)
    with pytest.raises(AuthExpired, match="expired"):
        adapter.read_inbox("")


def test_a_cut_answer_to_a_read_is_transient(contract_server, adapter):
    from hostile_server import truncated

    contract_server.script("GET", f"/{V}/{IG_ID}/media", truncated({"data": []}))
    with pytest.raises(Transient):
        adapter.read_inbox("")


def test_hide_and_unhide(contract_server, adapter):
    contract_server.script("POST", f"/{V}/c3", Reply(200, {"success": True}))
    adapter.moderate(item(), "hide")
    adapter.moderate(item(), "unhide")
    assert [form(r)["hide"] for r in contract_server.sent("POST", f"/{V}/c3")] == \
        ["true", "false"]


def test_the_login_asks_for_comment_and_message_management():
    assert "instagram_manage_comments" in instagram.SCOPES
    assert "instagram_manage_messages" in instagram.SCOPES
