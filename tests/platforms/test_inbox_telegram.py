"""Telegram inbox contract tests: comments in the channel's linked discussion group through
``getUpdates`` (the update offset is the cursor), reaction counts, answers in the group, and
the refusals: 429 with ``retry_after``, a refused token, a webhook or another reader holding the
updates, a deleted comment. Shapes from core.telegram.org/bots/api (Update, Message,
MessageReactionCountUpdated, getUpdates, sendMessage) and core.telegram.org/api/discussion."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from platform_support import CLIENT_TIMEOUT, assert_no_secret
from test_telegram import BOT, CHANNEL, TOKEN, fail, ok

from contract_server import Reply
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.model import Account
from humasdesk.platforms.base import (
    AuthExpired,
    InboxReader,
    RateLimited,
    Rejected,
    Replier,
    Transient,
)
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.secrets import SecretStore
from humasdesk.platforms.telegram import TelegramAdapter

GROUP = {"id": -1009876543210, "title": "Diskusi Info RSKO", "username": "rsko_diskusi",
         "type": "supergroup"}
GROUP_ID = str(GROUP["id"])


@pytest.fixture
def adapter(contract_server, memory_secrets):
    ref = SecretStore.new_reference("telegram")
    memory_secrets.set(ref, TOKEN)
    account = Account(platform="telegram", name="Telegram RSKO", handle="@rsko_info",
                      server_url=contract_server.url, credential_ref=ref,
                      options={"chat_id": str(CHANNEL["id"]), "bot": "rsko_humas_bot"})
    adapter = TelegramAdapter(account, memory_secrets, HttpFactory(timeout=CLIENT_TIMEOUT))
    adapter.long_poll = 0  # the contract server answers at once
    return adapter


def forwarded(message_id: int) -> dict:
    """The channel post as it appears in the discussion group."""
    return {"message_id": message_id, "date": 1795660000, "chat": GROUP,
            "sender_chat": CHANNEL, "is_automatic_forward": True,
            "forward_origin": {"type": "channel", "chat": CHANNEL, "message_id": 55,
                               "date": 1795660000},
            "text": "Jadwal vaksinasi gratis Sabtu"}


def comment(message_id: int, text: str, *, to: dict, date: int = 1795660300,
            person=None) -> dict:
    return {"message_id": message_id, "date": date, "chat": GROUP,
            "from": person or {"id": 501, "is_bot": False, "first_name": "Budi",
                               "last_name": "Santoso", "username": "budisan"},
            "message_thread_id": to.get("message_thread_id", to["message_id"]),
            "reply_to_message": to, "text": text}


def script_chat(server) -> None:
    server.script("POST", f"{BOT}/getChat", ok({**CHANNEL, "linked_chat_id": GROUP["id"]}))


def test_the_capabilities_are_declared(adapter):
    assert isinstance(adapter, InboxReader) and isinstance(adapter, Replier)
    assert adapter.inbox_cadence <= timedelta(seconds=5)


def test_comments_and_reaction_counts_are_read_from_the_discussion_group(contract_server,
                                                                         adapter, caplog):
    script_chat(contract_server)
    post = forwarded(900)
    first = comment(901, "Apakah perlu daftar dulu?", to=post)
    contract_server.script("POST", f"{BOT}/getUpdates", ok([
        {"update_id": 700, "message": post},
        {"update_id": 701, "message": first},
        {"update_id": 702, "message": comment(902, "Tidak perlu, langsung datang", to=first,
                                              person={"id": 9, "is_bot": True,
                                                      "first_name": "HumasDesk",
                                                      "username": "rsko_humas_bot"})},
        {"update_id": 703, "message": {"message_id": 903, "date": 1795660400, "chat": GROUP,
                                       "from": {"id": 502, "first_name": "Siti"},
                                       "text": "Halo semua"}},
        {"update_id": 704, "message_reaction_count": {
            "chat": CHANNEL, "message_id": 55, "date": 1795660500,
            "reactions": [{"type": {"type": "emoji", "emoji": "👍"}, "total_count": 12},
                          {"type": {"type": "emoji", "emoji": "❤"}, "total_count": 3}]}}]))
    batch = adapter.read_inbox("")

    [asked] = contract_server.sent("POST", f"{BOT}/getUpdates")
    sent = asked.json()
    assert sent["allowed_updates"] == ["message", "message_reaction_count"]
    assert sent["timeout"] == 0 and "offset" not in sent
    [item] = batch.items  # not the forwarded post, not our own answer, not group talk
    assert item.kind == ItemKind.COMMENT and item.remote_id == f"{GROUP_ID}:901"
    assert item.author_name == "Budi Santoso" and item.author_handle == "@budisan"
    assert item.thread_id == f"{GROUP_ID}:900" and item.parent_id == f"{GROUP_ID}:900"
    assert item.url == "https://t.me/rsko_diskusi/901"
    assert item.received_at == datetime.fromtimestamp(1795660300, UTC)
    assert item.reply_ref == {"chat_id": GROUP_ID, "message_id": 901}
    assert batch.counts == {"reactions:55": 15}
    assert batch.cursor == "705"
    assert "24 hours" in batch.note  # said on the first read
    assert_no_secret(caplog, [TOKEN], batch.note)


def test_the_next_read_confirms_with_the_offset(contract_server, adapter):
    script_chat(contract_server)
    contract_server.script("POST", f"{BOT}/getUpdates", ok([]))
    batch = adapter.read_inbox("705")
    assert contract_server.sent("POST", f"{BOT}/getUpdates")[0].json()["offset"] == 705
    assert batch.items == [] and batch.cursor == "705" and batch.note == ""
    adapter.read_inbox("705")
    assert len(contract_server.sent("POST", f"{BOT}/getChat")) == 1  # the group is read once


def test_a_channel_without_discussion_group_says_so(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/getChat", ok(CHANNEL))
    batch = adapter.read_inbox("")
    assert batch.items == [] and "no discussion group" in batch.note
    assert contract_server.sent("POST", f"{BOT}/getUpdates") == []


def test_429_waits_for_retry_after(contract_server, adapter):
    script_chat(contract_server)
    contract_server.script("POST", f"{BOT}/getUpdates",
                           fail(429, "Too Many Requests: retry after 35", retry_after=35))
    with pytest.raises(RateLimited) as caught:
        adapter.read_inbox("705")
    waited = caught.value.reset_at - datetime.now(UTC)
    assert timedelta(seconds=30) < waited <= timedelta(seconds=35)


def test_a_refused_token_pauses_the_account(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/getChat", fail(401, "Unauthorized"))
    with pytest.raises(AuthExpired, match="BotFather"):
        adapter.read_inbox("")


def test_a_webhook_or_another_reader_is_said_in_words(contract_server, adapter):
    script_chat(contract_server)
    contract_server.script(
        "POST", f"{BOT}/getUpdates",
        fail(409, "Conflict: can't use getUpdates method while webhook is active; use "
                  "deleteWebhook to delete the webhook first"),
        fail(409, "Conflict: terminated by other getUpdates request; make sure that only one "
                  "bot instance is running"))
    with pytest.raises(Rejected, match="webhook"):
        adapter.read_inbox("705")
    with pytest.raises(Transient, match="Another program"):
        adapter.read_inbox("705")


def test_a_broken_answer_is_transient(contract_server, adapter):
    script_chat(contract_server)
    contract_server.script("POST", f"{BOT}/getUpdates", Reply(
        502, body=b"<html>Bad Gateway</html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(Transient):
        adapter.read_inbox("705")


def a_comment() -> RemoteItem:
    return RemoteItem(f"{GROUP_ID}:901", ItemKind.COMMENT, "Budi Santoso", "@budisan",
                      "Apakah perlu daftar dulu?", datetime(2026, 11, 26, tzinfo=UTC),
                      reply_ref={"chat_id": GROUP_ID, "message_id": 901})


def test_an_answer_replies_in_the_discussion_group(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/sendMessage", ok({
        "message_id": 904, "date": 1795660600, "chat": GROUP, "text": "Tidak perlu."}))
    result = adapter.reply(a_comment(), "Tidak perlu, langsung datang.", "k")
    assert contract_server.sent("POST", f"{BOT}/sendMessage")[0].json() == {
        "chat_id": GROUP_ID, "text": "Tidak perlu, langsung datang.",
        "reply_to_message_id": 901}
    assert result.remote_id == f"{GROUP_ID}:904"
    assert result.url == "https://t.me/rsko_diskusi/904"


def test_an_answer_to_a_deleted_comment_is_refused_in_words(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/sendMessage",
                           fail(400, "Bad Request: message to be replied not found"))
    with pytest.raises(Rejected, match="no longer exists on Telegram"):
        adapter.reply(a_comment(), "Maaf", "k")


def test_the_cursor_survives_json_and_garbage(contract_server, adapter):
    script_chat(contract_server)
    contract_server.script("POST", f"{BOT}/getUpdates", ok([]))
    batch = adapter.read_inbox(json.dumps({"unexpected": 1}))
    assert "offset" not in contract_server.sent("POST", f"{BOT}/getUpdates")[0].json()
    assert batch.cursor == "0"
    assert adapter.read_inbox(batch.cursor).note == ""  # the 24-hour note is said once


def test_two_readers_of_one_bot_take_turns(contract_server, adapter, memory_secrets):
    """Telegram gives each update to one getUpdates call: two readers in one process (the
    window's sync and another) must not poll at the same moment."""
    import threading
    import time

    script_chat(contract_server)
    spans = []

    def slow(request):
        started = time.monotonic()
        time.sleep(0.3)
        spans.append((started, time.monotonic()))
        return ok([])
    contract_server.script("POST", f"{BOT}/getUpdates", slow)
    other = TelegramAdapter(adapter.account, memory_secrets, HttpFactory(timeout=CLIENT_TIMEOUT))
    other.long_poll = 0
    threads = [threading.Thread(target=reader.read_inbox, args=("705",))
               for reader in (adapter, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    (first_start, first_end), (second_start, _) = sorted(spans)
    assert second_start >= first_end
