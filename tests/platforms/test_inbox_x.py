"""X inbox contract tests: mentions are read only when the user turned them on (every post
read is billed), with ``since_id`` and ``pagination_token``; the monthly cost estimate; answers
with ``reply.in_reply_to_tweet_id``; 429 with ``x-rate-limit-reset``, a revoked login and a
deleted post. Shapes from docs.x.com (users/:id/mentions, POST /2/tweets, problem+json)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from platform_support import context
from test_x_contract import CLIENT_ID, NOW, REFRESH

from contract_server import Reply
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.model import Account
from humasdesk.platforms import tokens, x
from humasdesk.platforms.base import AuthExpired, InboxReader, RateLimited, Rejected, Replier
from humasdesk.platforms.registry import default_registry

ME = "1503000000000000000"
ACCESS = "x-access-token-inbox-ZmFrZQ"
MENTIONS = f"/2/users/{ME}/mentions"


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    ctx = context(tmp_path, memory_secrets)
    tokens.save(ctx.secrets, "x:test", {
        "client_id": CLIENT_ID, "access_token": ACCESS, "refresh_token": REFRESH,
        "expires_at": NOW + 7000, "scope": " ".join(x.SCOPES), "issued_at": NOW - 200})
    return ctx


def account(server, **options) -> Account:
    return Account(platform="x", name="@rsko_official", handle="rsko_official",
                   server_url=server.url, credential_ref="x:test",
                   options={"user_id": ME, **options})


def reader(ctx, server) -> x.XMentionsAdapter:
    return x.XMentionsAdapter(account(server, read_mentions=True), ctx.secrets, ctx.http,
                              ctx.zone, clock=lambda: NOW)


def mention(post_id, text, author, *, replied_to=None, quoted=None, to_user=None) -> dict:
    body = {"id": post_id, "text": text, "author_id": author,
            "created_at": "2026-11-26T02:00:00.000Z", "conversation_id": replied_to or post_id,
            "edit_history_tweet_ids": [post_id]}
    references = []
    if replied_to:
        references.append({"type": "replied_to", "id": replied_to})
        body["in_reply_to_user_id"] = to_user
    if quoted:
        references.append({"type": "quoted", "id": quoted})
    if references:
        body["referenced_tweets"] = references
    return body


USERS = {"includes": {"users": [{"id": "71", "name": "Budi S", "username": "budisan"},
                                {"id": "72", "name": "Siti", "username": "siti_k"}]}}


def test_mentions_are_off_until_turned_on(tmp_path, memory_secrets, contract_server):
    registry = default_registry(context(tmp_path, memory_secrets))
    off = registry.adapter_for(account(contract_server))
    on = registry.adapter_for(account(contract_server, read_mentions=True))
    assert not isinstance(off, InboxReader) and isinstance(off, Replier)
    assert isinstance(on, InboxReader) and isinstance(on, Replier)
    assert on.inbox_cadence == timedelta(minutes=10)
    assert x.mentions_on(account(contract_server, read_mentions="yes")) is False
    words = x.mentions_off_words()
    assert "off" in words and "US$ 64.80" in words


def test_the_monthly_cost_follows_the_cadence_and_the_price():
    assert x.monthly_cost(timedelta(minutes=10), 0.005) == 21.6  # 4,320 reads a month
    assert x.monthly_cost(timedelta(minutes=15), 0.005) == 14.4
    assert x.monthly_cost(timedelta(minutes=10)) == 64.8  # the post and its author
    assert x.monthly_cost_words(timedelta(minutes=10), 0.001) == (
        "Reading mentions on X costs about US$ 4.32 a month at one read every 10 minutes, if "
        "each read brings one new mention (X bills US$ 0.001 for a mention and its author; a "
        "read that finds nothing is free).")


def test_the_first_read_takes_the_latest_few_and_keeps_the_newest_id(contract_server, ctx):
    contract_server.script("GET", MENTIONS, Reply(200, {
        "data": [mention("1900000000000000003", "@rsko_official keren", "72",
                         quoted="1800000000000000001"),
                 mention("1900000000000000002", "@rsko_official antre 3 jam!", "71",
                         replied_to="1800000000000000001", to_user=ME)],
        **USERS, "meta": {"newest_id": "1900000000000000003",
                          "oldest_id": "1900000000000000002", "result_count": 2}}))
    batch = reader(ctx, contract_server).read_inbox("")
    [asked] = contract_server.sent("GET", MENTIONS)
    assert asked.query["max_results"] == ["10"] and "since_id" not in asked.query
    assert asked.query["expansions"] == ["author_id"]
    assert asked.headers["authorization"] == f"Bearer {ACCESS}"
    complaint, quote = batch.items
    assert complaint.kind == ItemKind.REPLY and complaint.author_name == "Budi S"
    assert complaint.author_handle == "@budisan"
    assert complaint.url == "https://x.com/budisan/status/1900000000000000002"
    assert complaint.parent_id == "1800000000000000001"
    assert quote.kind == ItemKind.QUOTE
    assert batch.cursor == "1900000000000000003"


def test_a_later_read_pages_from_since_id(contract_server, ctx):
    contract_server.script("GET", MENTIONS,
                           Reply(200, {"data": [mention("1900000000000000009", "a", "71")],
                                       **USERS, "meta": {"newest_id": "1900000000000000009",
                                                         "next_token": "7140dibdnow9c7btw4"}}),
                           Reply(200, {"data": [mention("1900000000000000005", "b", "72")],
                                       **USERS, "meta": {"newest_id": "1900000000000000005"}}))
    batch = reader(ctx, contract_server).read_inbox("1900000000000000003")
    first, second = contract_server.sent("GET", MENTIONS)
    assert first.query["since_id"] == ["1900000000000000003"]
    assert first.query["max_results"] == ["100"]
    assert second.query["pagination_token"] == ["7140dibdnow9c7btw4"]
    assert [i.remote_id for i in batch.items] == ["1900000000000000005",
                                                  "1900000000000000009"]
    assert batch.cursor == "1900000000000000009"


def test_an_empty_read_keeps_the_cursor(contract_server, ctx):
    contract_server.script("GET", MENTIONS, Reply(200, {"meta": {"result_count": 0}}))
    batch = reader(ctx, contract_server).read_inbox("1900000000000000009")
    assert batch.items == [] and batch.cursor == "1900000000000000009"


def test_429_waits_until_the_reset(contract_server, ctx):
    contract_server.script("GET", MENTIONS, Reply(
        429, {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank",
              "status": 429}, headers={"x-rate-limit-limit": "300",
                                       "x-rate-limit-remaining": "0",
                                       "x-rate-limit-reset": "1795661800"}))
    with pytest.raises(RateLimited) as caught:
        reader(ctx, contract_server).read_inbox("1")
    assert caught.value.reset_at == datetime.fromtimestamp(1795661800, UTC)


def test_a_revoked_login_pauses_the_account(contract_server, ctx):
    contract_server.script("GET", MENTIONS, Reply(401, {"title": "Unauthorized",
                                                        "status": 401}))
    contract_server.script("POST", "/2/oauth2/token", Reply(400, {
        "error": "invalid_request", "error_description": "Value passed for the token was "
                                                         "invalid."}))
    with pytest.raises(AuthExpired, match="Reconnect"):
        reader(ctx, contract_server).read_inbox("1")


def a_mention() -> RemoteItem:
    return RemoteItem("1900000000000000002", ItemKind.REPLY, "Budi S", "@budisan",
                      "antre 3 jam", datetime(2026, 11, 26, tzinfo=UTC))


def test_an_answer_replies_to_the_post(contract_server, ctx):
    contract_server.script("POST", "/2/tweets", Reply(201, {"data": {
        "id": "1900000000000000100", "text": "x"}}))
    adapter = x.XAdapter(account(contract_server), ctx.secrets, ctx.http, ctx.zone,
                         clock=lambda: NOW)
    result = adapter.reply(a_mention(), "@budisan Mohon maaf, kami cek.", "k")
    assert contract_server.sent("POST", "/2/tweets")[0].json() == {
        "text": "@budisan Mohon maaf, kami cek.",
        "reply": {"in_reply_to_tweet_id": "1900000000000000002"}}
    assert result.url == "https://x.com/rsko_official/status/1900000000000000100"


def test_an_answer_to_a_deleted_post_is_refused_in_words(contract_server, ctx):
    contract_server.script("POST", "/2/tweets", Reply(403, {
        "detail": "You attempted to reply to a Tweet that is deleted or not visible to you.",
        "type": "about:blank", "title": "Forbidden", "status": 403}))
    adapter = x.XAdapter(account(contract_server), ctx.secrets, ctx.http, ctx.zone,
                         clock=lambda: NOW)
    with pytest.raises(Rejected, match="no longer exists on X"):
        adapter.reply(a_mention(), "Maaf", "k")
