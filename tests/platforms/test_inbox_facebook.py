"""Facebook Page inbox contract tests: comments on the recent posts (``filter=stream``, cursor
paging), Messenger conversations with the reply window, answers to a comment and through the
Send API, hide and unhide; throttling with ``X-Business-Use-Case-Usage``, an expired token, a
deleted comment and a closed window. Shapes from developers.facebook.com (Graph API comments
and conversations references, Messenger Send API and policy, Graph error object)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from platform_support import context
from test_facebook_contract import (
    APP_ID,
    APP_SECRET,
    NOW,
    PAGE_ID,
    PAGE_TOKEN,
    V,
    form,
    graph_error,
    query,
)

from contract_server import Reply
from hostile_server import truncated
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.model import Account
from humasdesk.platforms import facebook, meta, tokens
from humasdesk.platforms.base import (
    AuthExpired,
    InboxReader,
    Moderator,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    Replier,
    Transient,
)
from humasdesk.platforms.facebook import FacebookAdapter
from humasdesk.platforms.inboxing import load_cursor

POST = f"{PAGE_ID}_5001"


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    return context(tmp_path, memory_secrets)


def make(ctx, server, **options) -> FacebookAdapter:
    tokens.save(ctx.secrets, "facebook:test", {"app_id": APP_ID, "app_secret": APP_SECRET,
                                               "page_token": PAGE_TOKEN, "expires_at": None})
    account = Account(platform="facebook", name="RSKO", handle="RS Kanker Onkologi",
                      server_url=server.url, credential_ref="facebook:test",
                      options={"page_id": PAGE_ID, "app_id": APP_ID, **options})
    return FacebookAdapter(account, ctx.secrets, ctx.http, ctx.zone, clock=NOW.timestamp)


@pytest.fixture
def adapter(ctx, contract_server):
    return make(ctx, contract_server)


def comment(comment_id: str, text: str, when: str, *, who=("3301", "Budi Santoso"),
            parent: str | None = None, hidden: bool = False) -> dict:
    body = {"id": comment_id, "message": text, "created_time": when,
            "from": {"id": who[0], "name": who[1]}, "is_hidden": hidden,
            "permalink_url": f"https://www.facebook.com/{POST}?comment_id={comment_id}"}
    if parent:
        body["parent"] = {"id": parent}
    return body


def script_posts(server, comment_pages, conversations=(), messages=None) -> None:
    server.script("GET", f"/{V}/{PAGE_ID}/posts", Reply(200, {
        "data": [{"id": POST, "permalink_url": f"https://www.facebook.com/{POST}"}],
        "paging": {"cursors": {"before": "b", "after": "a"}}}))
    server.script("GET", f"/{V}/{POST}/comments", *comment_pages)
    server.script("GET", f"/{V}/{PAGE_ID}/conversations", Reply(200, {
        "data": list(conversations)}))
    for conversation_id, answer in (messages or {}).items():
        server.script("GET", f"/{V}/{conversation_id}/messages", answer)


def page(comments, after: str = "") -> Reply:
    paging = {"cursors": {"before": "x", "after": after or "end"}}
    if after:
        paging["next"] = f"https://graph.facebook.com/{V}/{POST}/comments?after={after}"
    return Reply(200, {"data": comments, "paging": paging})


def test_the_capabilities_are_declared(adapter):
    assert isinstance(adapter, InboxReader) and isinstance(adapter, Replier)
    assert isinstance(adapter, Moderator)
    assert timedelta(minutes=2) <= adapter.inbox_cadence <= timedelta(minutes=5)


def test_comments_and_messages_are_read_with_the_reply_window(contract_server, adapter):
    script_posts(contract_server, [
        page([comment("5001_1", "Antre lama sekali", "2026-11-26T02:50:00+0000"),
              comment("5001_2", "Terima kasih, kami cek", "2026-11-26T02:51:00+0000",
                      who=(PAGE_ID, "RS Kanker Onkologi"), parent="5001_1")], after="P2"),
        page([comment("5001_3", "Saya juga", "2026-11-26T02:40:00+0000", parent="5001_1",
                      who=("3302", "Siti"), hidden=True)])],
        conversations=[{"id": "t_77", "updated_time": "2026-11-26T02:55:00+0000"}],
        messages={"t_77": Reply(200, {"data": [
            {"id": "m_2", "created_time": "2026-11-26T02:55:00+0000", "message": "Halo?",
             "from": {"id": "6601", "name": "Ani"}, "to": {"data": [{"id": PAGE_ID}]}},
            {"id": "m_1", "created_time": "2026-11-25T20:00:00+0000", "message": "Jam besuk?",
             "from": {"id": "6601", "name": "Ani"}}]})})
    batch = adapter.read_inbox("")

    asked = contract_server.sent("GET", f"/{V}/{POST}/comments")
    assert [query(r).get("after") for r in asked] == [None, "P2"]
    assert query(asked[0])["filter"] == "stream"
    assert query(asked[0])["order"] == "reverse_chronological"
    assert asked[0].headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert query(asked[0])["appsecret_proof"] == meta.appsecret_proof(PAGE_TOKEN, APP_SECRET)
    [conversations] = contract_server.sent("GET", f"/{V}/{PAGE_ID}/conversations")
    assert query(conversations)["platform"] == "messenger"

    by_id = {i.remote_id: i for i in batch.items}
    assert list(by_id) == ["m_1", "5001_3", "5001_1", "m_2"]  # oldest first
    assert "5001_2" not in by_id  # the page's own answer
    assert by_id["5001_1"].kind == ItemKind.COMMENT and by_id["5001_1"].thread_id == POST
    assert by_id["5001_3"].parent_id == "5001_1" and by_id["5001_3"].moderation == "hidden"
    message = by_id["m_1"]
    assert message.kind == ItemKind.MESSAGE and message.thread_id == "t_77"
    # 24 hours after the person's LAST message, for both of their messages.
    last = datetime(2026, 11, 26, 2, 55, tzinfo=UTC)
    assert message.reply_until == by_id["m_2"].reply_until == last + timedelta(hours=24)
    assert load_cursor(batch.cursor) == {"comments": "2026-11-26T02:50:00+00:00",
                                         "messages": "2026-11-26T02:55:00+00:00"}


def test_the_human_agent_option_gives_seven_days(contract_server, ctx):
    adapter = make(ctx, contract_server, human_agent=True)
    script_posts(contract_server, [page([])],
                 conversations=[{"id": "t_77", "updated_time": "2026-11-26T02:55:00+0000"}],
                 messages={"t_77": Reply(200, {"data": [
                     {"id": "m_2", "created_time": "2026-11-26T02:55:00+0000", "message": "?",
                      "from": {"id": "6601", "name": "Ani"}}]})})
    [message] = adapter.read_inbox("").items
    assert message.reply_until == datetime(2026, 12, 3, 2, 55, tzinfo=UTC)


def test_a_later_read_stops_at_the_cursor(contract_server, adapter):
    script_posts(contract_server, [
        page([comment("5001_9", "Baru", "2026-11-26T02:58:00+0000"),
              comment("5001_1", "Lama", "2026-11-26T02:50:00+0000")], after="P2")],
        conversations=[{"id": "t_77", "updated_time": "2026-11-26T01:00:00+0000"}])
    batch = adapter.read_inbox('{"comments":"2026-11-26T02:55:00+00:00",'
                               '"messages":"2026-11-26T02:00:00+00:00"}')
    assert [i.remote_id for i in batch.items] == ["5001_9"]
    assert len(contract_server.sent("GET", f"/{V}/{POST}/comments")) == 1  # no older page
    assert contract_server.sent("GET", f"/{V}/t_77/messages") == []  # nothing new there


def a_comment(**extra) -> RemoteItem:
    return RemoteItem("5001_1", ItemKind.COMMENT, "Budi", "3301", "Antre lama",
                      datetime(2026, 11, 26, 2, 50, tzinfo=UTC), thread_id=POST,
                      reply_ref={"post_id": POST}, **extra)


def a_message(last: datetime, until: datetime) -> RemoteItem:
    return RemoteItem("m_2", ItemKind.MESSAGE, "Ani", "6601", "Halo?", last, thread_id="t_77",
                      reply_ref={"psid": "6601", "conversation_id": "t_77",
                                 "last_message_at": last.isoformat()}, reply_until=until)


def test_a_comment_is_answered_under_it(contract_server, adapter):
    contract_server.script("POST", f"/{V}/5001_1/comments", Reply(200, {"id": "5001_50"}))
    result = adapter.reply(a_comment(), "Mohon maaf, Pak Budi.", "key-1")
    [sent] = contract_server.sent("POST", f"/{V}/5001_1/comments")
    assert form(sent) == {"message": "Mohon maaf, Pak Budi."}
    assert result.remote_id == "5001_50"


def test_a_deleted_comment_is_refused_in_words(contract_server, adapter):
    contract_server.script("POST", f"/{V}/5001_1/comments", graph_error(
        400, 100, "Unsupported post request. Object with ID '5001_1' does not exist, cannot be "
        "loaded due to missing permissions, or does not support this operation.", subcode=33))
    with pytest.raises(Rejected, match="no longer exists on Facebook"):
        adapter.reply(a_comment(), "Mohon maaf", "key-2")


def test_a_lost_answer_to_a_reply_is_unknown(contract_server, adapter):
    contract_server.script("POST", f"/{V}/5001_1/comments", truncated({"id": "5001_50"}))
    with pytest.raises(OutcomeUnknown):
        adapter.reply(a_comment(), "Mohon maaf", "key-3")


def test_a_message_within_a_day_is_a_response(contract_server, adapter):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", Reply(200, {
        "recipient_id": "6601", "message_id": "m_90"}))
    last = NOW - timedelta(hours=2)
    result = adapter.reply(a_message(last, last + timedelta(hours=24)), "IGD 24 jam.", "k")
    sent = form(contract_server.sent("POST", f"/{V}/{PAGE_ID}/messages")[0])
    assert json.loads(sent["recipient"]) == {"id": "6601"}
    assert json.loads(sent["message"]) == {"text": "IGD 24 jam."}
    assert sent["messaging_type"] == "RESPONSE" and "tag" not in sent
    assert result.remote_id == "m_90"


def test_after_a_day_a_human_agent_answers_with_the_tag(contract_server, ctx):
    adapter = make(ctx, contract_server, human_agent=True)
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", Reply(200, {
        "recipient_id": "6601", "message_id": "m_91"}))
    last = NOW - timedelta(days=3)
    adapter.reply(a_message(last, last + timedelta(days=7)), "Maaf terlambat.", "k")
    sent = form(contract_server.sent("POST", f"/{V}/{PAGE_ID}/messages")[0])
    assert sent["messaging_type"] == "MESSAGE_TAG" and sent["tag"] == "HUMAN_AGENT"


def test_a_closed_window_is_refused_before_sending(contract_server, adapter):
    last = NOW - timedelta(hours=30)
    with pytest.raises(Rejected, match="no longer allows an answer"):
        adapter.reply(a_message(last, last + timedelta(hours=24)), "Maaf", "k")
    assert contract_server.sent("POST", f"/{V}/{PAGE_ID}/messages") == []


def test_the_window_closing_on_facebook_is_a_refusal_not_a_lost_login(contract_server, adapter):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", graph_error(
        400, 10, "(#10) This message is sent outside of allowed window.", subcode=2018278))
    last = NOW - timedelta(hours=23, minutes=59)
    with pytest.raises(Rejected, match="Messenger") as caught:
        adapter.reply(a_message(last, last + timedelta(hours=24)), "Maaf", "k")
    assert not isinstance(caught.value, AuthExpired)


def test_throttling_says_when_from_the_usage_header(contract_server, adapter):
    usage = {PAGE_ID: [{"type": "pages", "call_count": 100, "total_cputime": 30,
                        "total_time": 40, "estimated_time_to_regain_access": 12}]}
    contract_server.script("GET", f"/{V}/{PAGE_ID}/posts", graph_error(
        400, 80001, "There have been too many calls to this Page account.",
        headers={"X-Business-Use-Case-Usage": json.dumps(usage)}))
    with pytest.raises(RateLimited) as caught:
        adapter.read_inbox("")
    waited = caught.value.reset_at - datetime.now(UTC)
    assert timedelta(minutes=11) < waited <= timedelta(minutes=12)


def test_an_expired_token_pauses_the_account(contract_server, adapter):
    contract_server.script("GET", f"/{V}/{PAGE_ID}/posts", graph_error(
        400, 190, "Error validating access token: The session has been invalidated.",
        subcode=460))
    with pytest.raises(AuthExpired, match="password was changed"):
        adapter.read_inbox("")


def test_an_html_answer_to_a_read_is_transient(contract_server, adapter):
    contract_server.script("GET", f"/{V}/{PAGE_ID}/posts", Reply(
        200, body=b"<html>proxy error</html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(Transient):
        adapter.read_inbox("")


def test_hide_and_unhide_a_comment(contract_server, adapter):
    contract_server.script("POST", f"/{V}/5001_1", Reply(200, {"success": True}))
    adapter.moderate(a_comment(), "hide")
    adapter.moderate(a_comment(), "unhide")
    assert [form(r)["is_hidden"] for r in contract_server.sent("POST", f"/{V}/5001_1")] == \
        ["true", "false"]
    last = NOW - timedelta(hours=1)
    with pytest.raises(Rejected, match="Only a comment"):
        adapter.moderate(a_message(last, last + timedelta(hours=24)), "hide")


def test_the_login_asks_for_the_inbox_permissions():
    assert {"pages_read_user_engagement", "pages_manage_engagement",
            "pages_messaging"} <= set(facebook.SCOPES)


def test_a_post_deleted_meanwhile_does_not_stop_the_read(contract_server, adapter):
    script_posts(contract_server, [graph_error(
        400, 100, "Unsupported get request. Object with ID does not exist", subcode=33)],
        conversations=[{"id": "t_77", "updated_time": "2026-11-26T02:55:00+0000"}],
        messages={"t_77": Reply(200, {"data": [
            {"id": "m_2", "created_time": "2026-11-26T02:55:00+0000", "message": "Halo?",
             "from": {"id": "6601", "name": "Ani"}}]})})
    assert [i.remote_id for i in adapter.read_inbox("").items] == ["m_2"]


def test_a_throttled_answer_says_when_from_the_usage_header(contract_server, adapter):
    usage = {PAGE_ID: [{"type": "pages", "call_count": 100,
                        "estimated_time_to_regain_access": 7}]}
    contract_server.script("POST", f"/{V}/5001_1/comments", graph_error(
        400, 32, "Page request limit reached",
        headers={"X-Business-Use-Case-Usage": json.dumps(usage)}))
    with pytest.raises(RateLimited) as caught:
        adapter.reply(a_comment(), "Mohon maaf", "k")
    waited = caught.value.reset_at - datetime.now(UTC)
    assert timedelta(minutes=6) < waited <= timedelta(minutes=7)
