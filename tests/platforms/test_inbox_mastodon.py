"""Mastodon inbox contract tests: notifications (mentions), conversations, the thread, replies,
dismiss and search, with the documented shapes (mastodon/documentation methods/notifications.md,
conversations.md, statuses.md, search.md, timelines.md; entities Status, Notification,
Conversation), ``Link`` paging, 429 with ``X-RateLimit-Reset`` and broken answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_mastodon import TOKEN, make_adapter

from contract_server import Reply
from hostile_server import notice_before_json, truncated
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.platforms import mastodon
from humasdesk.platforms.base import (
    AuthExpired,
    InboxReader,
    Moderator,
    OutcomeUnknown,
    RateLimited,
    Rejected,
    Replier,
    Searcher,
    Transient,
)
from humasdesk.platforms.inboxing import load_cursor
from humasdesk.platforms.secrets import SecretStore

SERVER = "https://social.rsko.test"
ME = "109"


def account(account_id: str, username: str, acct: str | None = None) -> dict:
    return {"id": account_id, "username": username, "acct": acct or username,
            "display_name": username.title(), "url": f"{SERVER}/@{username}"}


def status(status_id: str, text: str, author: dict, *, visibility: str = "public",
           in_reply_to: str | None = None, to_account: str | None = None,
           created: str = "2026-11-26T03:00:00.000Z") -> dict:
    return {"id": status_id, "created_at": created, "in_reply_to_id": in_reply_to,
            "in_reply_to_account_id": to_account, "visibility": visibility,
            "content": f"<p>{text}</p>", "url": f"{SERVER}/@{author['acct']}/{status_id}",
            "uri": f"{SERVER}/users/{author['acct']}/statuses/{status_id}", "account": author,
            "mentions": [], "media_attachments": []}


def notification(notification_id: str, kind: str, status_: dict | None) -> dict:
    body = {"id": notification_id, "type": kind, "created_at": "2026-11-26T03:00:01.000Z",
            "account": status_["account"] if status_ else account("5", "x")}
    if status_ is not None:
        body["status"] = status_
    return body


BUDI = account("201", "budi", "budi@kolektiva.social")
SITI = account("202", "siti")
US = account(ME, "rsko")


def link(server, path: str, newest: str, oldest: str) -> dict:
    return {"Link": f'<{server.url}{path}?max_id={oldest}>; rel="next", '
                    f'<{server.url}{path}?min_id={newest}>; rel="prev"'}


@pytest.fixture
def stored(memory_secrets):
    import json

    ref = SecretStore.new_reference("mastodon")
    memory_secrets.set(ref, json.dumps({"access_token": TOKEN, "client_id": "c",
                                        "client_secret": "s"}))
    return ref


@pytest.fixture
def adapter(contract_server, memory_secrets, stored):
    return make_adapter(contract_server, memory_secrets, stored)


def script_first_read(server) -> None:
    complaint = status("9001", "Antre di poli jiwa tiga jam, @rsko", BUDI, in_reply_to="8000",
                       to_account=ME, created="2026-11-26T02:59:00.000Z")
    direct = status("9003", "@rsko boleh minta nomor IGD?", SITI, visibility="direct",
                    created="2026-11-26T03:01:00.000Z")
    server.script("GET", "/api/v1/notifications", Reply(200, [
        notification("503", "mention", direct),
        notification("502", "favourite", None),  # not asked for; ignored all the same
        notification("501", "mention", complaint)],
        headers=link(server, "/api/v1/notifications", "503", "501")))
    ours = status("9004", "@siti Sudah kami balas", US, visibility="direct")
    server.script("GET", "/api/v1/conversations", Reply(200, [
        {"id": "77", "unread": True, "accounts": [SITI], "last_status": direct},
        {"id": "78", "unread": False, "accounts": [BUDI], "last_status": ours}]))


def test_the_capabilities_are_declared(adapter):
    assert isinstance(adapter, InboxReader) and isinstance(adapter, Replier)
    assert isinstance(adapter, Moderator) and isinstance(adapter, Searcher)
    assert adapter.inbox_cadence.total_seconds() == 60
    assert adapter.moderation_actions == ("dismiss",)


def test_the_first_read_lists_mentions_and_direct_messages_once_oldest_first(
        contract_server, adapter):
    script_first_read(contract_server)
    batch = adapter.read_inbox("")

    [asked] = contract_server.sent("GET", "/api/v1/notifications")
    assert asked.query["types[]"] == ["mention", "quote"]
    assert asked.query["limit"] == ["40"] and "min_id" not in asked.query
    assert asked.headers["authorization"] == f"Bearer {TOKEN}"
    assert [i.remote_id for i in batch.items] == ["9001", "9003"]
    complaint, direct = batch.items
    assert complaint.kind == ItemKind.REPLY  # it answers one of our statuses
    assert complaint.author_name == "Budi"
    assert complaint.author_handle == "@budi@kolektiva.social"
    assert complaint.text == "Antre di poli jiwa tiga jam, @rsko"
    assert complaint.received_at == datetime(2026, 11, 26, 2, 59, tzinfo=UTC)
    assert complaint.parent_id == "8000" and complaint.thread_id == "8000"
    assert complaint.reply_ref == {"visibility": "public", "acct": "budi@kolektiva.social",
                                   "notification_id": "501"}
    # The direct message came as a mention and as a conversation: one item knowing both.
    assert direct.kind == ItemKind.MESSAGE
    assert direct.reply_ref["notification_id"] == "503"
    assert direct.reply_ref["conversation_id"] == "77"
    assert direct.reply_ref["visibility"] == "direct"
    # The conversation whose last status is ours is not listed, but the cursor passes it.
    assert load_cursor(batch.cursor) == {"mention": "503", "message": "9004"}
    assert batch.more is False


def test_the_next_read_asks_from_the_cursor_and_says_when_more_wait(contract_server, adapter):
    page = [notification(str(600 + n), "mention", status(str(9100 + n), f"halo {n}", BUDI))
            for n in range(40, 0, -1)]
    contract_server.script("GET", "/api/v1/notifications", Reply(
        200, page, headers=link(contract_server, "/api/v1/notifications", "640", "601")))
    contract_server.script("GET", "/api/v1/conversations", Reply(200, []))
    batch = adapter.read_inbox('{"mention":"503","message":"9003"}')
    [asked] = contract_server.sent("GET", "/api/v1/notifications")
    assert asked.query["min_id"] == ["503"]
    assert len(batch.items) == 40 and batch.more is True
    assert load_cursor(batch.cursor) == {"mention": "640", "message": "9003"}


def test_the_thread_is_read_around_the_item(contract_server, adapter):
    contract_server.script("GET", "/api/v1/statuses/9001/context", Reply(200, {
        "ancestors": [status("8000", "Jadwal poli jiwa minggu ini", US)],
        "descendants": [status("9010", "Saya juga", SITI, in_reply_to="9001")]}))
    item = RemoteItem("9001", ItemKind.REPLY, "Budi", "@budi", "Antre",
                      datetime(2026, 11, 26, tzinfo=UTC))
    thread = adapter.thread_context(item)
    assert [(i.remote_id, i.text) for i in thread] == [("8000", "Jadwal poli jiwa minggu ini"),
                                                       ("9010", "Saya juga")]


def item(remote_id="9001", *, visibility="public", acct="budi@kolektiva.social", **ref):
    return RemoteItem(remote_id, ItemKind.REPLY, "Budi", f"@{acct}", "Antre lama",
                      datetime(2026, 11, 26, tzinfo=UTC),
                      reply_ref={"visibility": visibility, "acct": acct, **ref})


def test_a_reply_names_the_author_keeps_the_visibility_and_carries_the_key(contract_server,
                                                                            adapter):
    contract_server.script("POST", "/api/v1/statuses", Reply(200, status("9500", "x", US)))
    result = adapter.reply(item(visibility="direct"), "Mohon maaf, kami cek.", "key-1")
    [sent] = contract_server.sent("POST", "/api/v1/statuses")
    assert sent.json() == {"status": "@budi@kolektiva.social Mohon maaf, kami cek.",
                           "visibility": "direct", "in_reply_to_id": "9001"}
    assert sent.headers["idempotency-key"] == "key-1"
    assert result.remote_id == "9500"


def test_a_reply_that_already_names_the_author_is_left_as_written(contract_server, adapter):
    contract_server.script("POST", "/api/v1/statuses", Reply(200, status("9501", "x", US)))
    adapter.reply(item(), "Terima kasih @Budi, sudah kami teruskan.", "key-2")
    sent = contract_server.sent("POST", "/api/v1/statuses")[0].json()
    assert sent["status"] == "Terima kasih @Budi, sudah kami teruskan."
    assert sent["visibility"] == "public"


def test_a_reply_to_a_deleted_status_is_refused_in_words(contract_server, adapter):
    contract_server.script("POST", "/api/v1/statuses", Reply(404, {"error": "Record not found"}))
    with pytest.raises(Rejected, match="no longer exists on Mastodon"):
        adapter.reply(item(), "Mohon maaf", "key-3")


def test_a_lost_answer_to_a_reply_is_unknown_not_repeated(contract_server, adapter):
    contract_server.script("POST", "/api/v1/statuses", truncated(status("9502", "x", US)))
    with pytest.raises(OutcomeUnknown):
        adapter.reply(item(), "Mohon maaf", "key-4")


def test_a_rate_limit_says_until_when(contract_server, adapter):
    reset = (datetime.now(UTC) + timedelta(minutes=4)).replace(microsecond=0)
    contract_server.script("GET", "/api/v1/notifications", Reply(
        429, {"error": "Too many requests"},
        headers={"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                 "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.000Z")}))
    with pytest.raises(RateLimited) as caught:
        adapter.read_inbox("")
    assert caught.value.reset_at == reset


def test_a_revoked_token_pauses_the_account(contract_server, adapter):
    contract_server.script("GET", "/api/v1/notifications", Reply(
        401, {"error": "The access token was revoked"}))
    with pytest.raises(AuthExpired, match="Reconnect"):
        adapter.read_inbox("")


@pytest.mark.parametrize("answer", [notice_before_json([]), truncated([{"id": "1"}]),
                                    Reply(200, body=b"<html>Bad gateway</html>")])
def test_a_broken_answer_to_a_read_is_transient(contract_server, adapter, answer):
    contract_server.script("GET", "/api/v1/notifications", answer)
    with pytest.raises(Transient):
        adapter.read_inbox("")


def test_dismiss_dismisses_the_notification_or_reads_the_conversation(contract_server,
                                                                      adapter):
    contract_server.script("POST", "/api/v1/notifications/501/dismiss", Reply(200, {}))
    contract_server.script("POST", "/api/v1/conversations/77/read", Reply(200, {"id": "77"}))
    adapter.moderate(item(notification_id="501"), "dismiss")
    adapter.moderate(item(conversation_id="77"), "dismiss")
    assert len(contract_server.sent("POST", "/api/v1/notifications/501/dismiss")) == 1
    assert len(contract_server.sent("POST", "/api/v1/conversations/77/read")) == 1
    with pytest.raises(Rejected):
        adapter.moderate(item(notification_id="501"), "hide")


def test_a_hashtag_reads_the_tag_timeline(contract_server, adapter):
    contract_server.script("GET", "/api/v1/timelines/tag/RSKO", Reply(200, [
        status("9701", "Pelayanan #RSKO cepat", SITI, created="2026-11-26T03:05:00.000Z"),
        status("9700", "Parkir #RSKO penuh", BUDI)]))
    batch = adapter.search("#RSKO", "")
    assert [i.remote_id for i in batch.items] == ["9700", "9701"]
    assert all(i.kind == ItemKind.MENTION for i in batch.items)
    assert load_cursor(batch.cursor) == {"min_id": "9701"} and batch.note == ""
    adapter.search("#RSKO", batch.cursor)
    assert contract_server.sent("GET", "/api/v1/timelines/tag/RSKO")[1].query["min_id"] == \
        ["9701"]


def test_words_without_results_say_the_server_may_lack_full_text_search(contract_server,
                                                                         adapter):
    contract_server.script("GET", "/api/v2/search", Reply(200, {
        "accounts": [], "statuses": [], "hashtags": []}))
    batch = adapter.search("rumah sakit kota", "")
    [asked] = contract_server.sent("GET", "/api/v2/search")
    assert asked.query["type"] == ["statuses"] and asked.query["q"] == ["rumah sakit kota"]
    assert batch.items == [] and "full-text search" in batch.note
    assert "#hashtag" in batch.note


@pytest.mark.parametrize("typed, acct, expected", [
    ("Halo", "budi", "@budi Halo"),
    ("@budi halo", "budi@kolektiva.social", "@budi halo"),
    ("halo @budi@kolektiva.social", "budi@kolektiva.social", "halo @budi@kolektiva.social"),
    ("halo @budiman", "budi", "@budi halo @budiman"),
    ("email budi@rsko.id", "budi", "@budi email budi@rsko.id"),
])
def test_the_handle_goes_in_front_only_when_missing(typed, acct, expected):
    assert mastodon.with_handle(typed, acct) == expected


def test_the_own_id_is_asked_once_when_the_account_does_not_keep_it(contract_server,
                                                                    memory_secrets, stored):
    adapter = make_adapter(contract_server, memory_secrets, stored, options={})
    contract_server.script("GET", "/api/v1/accounts/verify_credentials", Reply(200, US))
    contract_server.script("GET", "/api/v1/notifications", Reply(200, []))
    contract_server.script("GET", "/api/v1/conversations", Reply(200, []))
    adapter.read_inbox("")
    adapter.read_inbox("")
    assert len(contract_server.sent("GET", "/api/v1/accounts/verify_credentials")) == 1
