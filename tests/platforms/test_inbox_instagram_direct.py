"""Instagram direct messages in the inbox, contract tests against the local Graph server: the
linked page's conversations with ``platform=instagram`` (cursor paging, newest first), each
conversation's messages, answers through the Send API on the page within the 24-hour window
(the ``HUMAN_AGENT`` tag only under the account's option), and Meta's errors: a missing
``instagram_manage_messages`` (codes 10 and 200: comments still read, said in words),
throttling (codes 4, 32, 613 with ``X-Business-Use-Case-Usage``), an expired token (190), the
window closed on Instagram's side, hostile bodies. Shapes from developers.facebook.com
(Messenger Platform conversations API for Instagram, Send API, Instagram Messaging, Graph error
object)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from platform_support import context
from test_facebook_contract import NOW, form, graph_error, query
from test_inbox_instagram import ig_comment, script_read
from test_instagram_contract import APP_ID, APP_SECRET, IG_ID, PAGE_ID, PAGE_TOKEN, V

from contract_server import Reply
from hostile_server import truncated
from humasdesk.domain.inbox import ItemKind, RemoteItem
from humasdesk.domain.model import Account
from humasdesk.platforms import meta, tokens
from humasdesk.platforms.base import AuthExpired, OutcomeUnknown, RateLimited, Rejected, Transient
from humasdesk.platforms.inboxing import load_cursor
from humasdesk.platforms.instagram import InstagramAdapter

IGSID = "6610000000000001"  # the Instagram-scoped id of the person who writes


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    return context(tmp_path, memory_secrets)


def make(ctx, server, **options) -> InstagramAdapter:
    tokens.save(ctx.secrets, "instagram:test", {"app_id": APP_ID, "app_secret": APP_SECRET,
                                                "page_token": PAGE_TOKEN, "expires_at": None})
    account = Account(platform="instagram", name="@rsko", handle="rsko",
                      server_url=server.url, credential_ref="instagram:test",
                      options={"page_id": PAGE_ID, "ig_user_id": IG_ID, "app_id": APP_ID,
                               **options})
    return InstagramAdapter(account, ctx, clock=NOW.timestamp)


@pytest.fixture
def adapter(ctx, contract_server):
    return make(ctx, contract_server)


def dm(message_id: str, text: str, when: str, who=(IGSID, "ani.w")) -> dict:
    return {"id": message_id, "created_time": when, "message": text,
            "from": {"id": who[0], "username": who[1]},
            "to": {"data": [{"id": IG_ID if who[0] != IG_ID else IGSID, "username": "rsko"}]}}


def conversations(*entries, after: str = "") -> Reply:
    paging = {"cursors": {"before": "bb", "after": after or "zz"}}
    if after:
        paging["next"] = f"https://graph.facebook.com/{V}/{PAGE_ID}/conversations?after={after}"
    return Reply(200, {"data": [{"id": cid, "updated_time": when} for cid, when in entries],
                       "paging": paging})


def read_with(server, adapter, *conversation_pages, messages=None, cursor=""):
    script_read(server, [Reply(200, {"data": [ig_comment(
        "c1", "Jadwal vaksin?", "2026-11-26T01:00:00+0000")]})],
        conversations=conversation_pages)
    for conversation_id, answers in (messages or {}).items():
        server.script("GET", f"/{V}/{conversation_id}/messages", *answers)
    return adapter.read_inbox(cursor)


def test_direct_messages_are_read_page_after_page_with_the_reply_window(contract_server,
                                                                        adapter):
    batch = read_with(
        contract_server, adapter,
        conversations(("aWdfZAG1", "2026-11-26T02:55:00+0000"), after="QVFI1"),
        conversations(("aWdfZAG2", "2026-11-26T00:30:00+0000")),
        messages={
            "aWdfZAG1": [Reply(200, {"data": [
                dm("m_3", "Terima kasih, Kak", "2026-11-26T02:55:00+0000"),
                dm("m_2", "Bisa, pukul 8 pagi", "2026-11-26T02:40:00+0000",
                   who=(IG_ID, "rsko")),
                dm("m_1", "Apakah bisa daftar MCU hari Sabtu?", "2026-11-26T02:30:00+0000")],
                "paging": {"cursors": {"after": "M1"}}})],
            "aWdfZAG2": [Reply(200, {"data": [
                dm("m_9", "Halo", "2026-11-26T00:30:00+0000", who=("6620", "budi"))]})]})
    asked = contract_server.sent("GET", f"/{V}/{PAGE_ID}/conversations")
    assert [query(r)["platform"] for r in asked] == ["instagram", "instagram"]
    assert "after" not in query(asked[0]) and query(asked[1])["after"] == "QVFI1"
    assert "from" in query(contract_server.sent("GET", f"/{V}/aWdfZAG1/messages")[0])["fields"]
    messages = [i for i in batch.items if i.kind == ItemKind.MESSAGE]
    # m_2 is the account's own answer; oldest first, like every batch.
    assert [m.remote_id for m in messages] == ["m_9", "m_1", "m_3"]
    first = messages[1]
    assert first.author_name == "ani.w" and first.author_handle == "@ani.w"
    assert first.text == "Apakah bisa daftar MCU hari Sabtu?" and first.thread_id == "aWdfZAG1"
    assert first.reply_ref == {"psid": IGSID, "conversation_id": "aWdfZAG1",
                               "last_message_at": "2026-11-26T02:55:00+00:00"}
    # 24 hours after the person's LAST message, for each of their messages.
    assert first.reply_until == messages[2].reply_until == \
        datetime(2026, 11, 27, 2, 55, tzinfo=UTC)
    assert batch.note == "" and [i.kind for i in batch.items].count(ItemKind.COMMENT) == 1
    assert load_cursor(batch.cursor)["messages"] == "2026-11-26T02:55:00+00:00"


def test_the_human_agent_option_gives_seven_days(contract_server, ctx):
    batch = read_with(contract_server, make(ctx, contract_server, human_agent=True),
                      conversations(("aWdfZAG1", "2026-11-26T02:55:00+0000")),
                      messages={"aWdfZAG1": [Reply(200, {"data": [
                          dm("m_1", "Halo", "2026-11-26T02:30:00+0000")]})]})
    [message] = [i for i in batch.items if i.kind == ItemKind.MESSAGE]
    assert message.reply_until == datetime(2026, 12, 3, 2, 30, tzinfo=UTC)


@pytest.mark.parametrize("setting, days", [("on", 7), ("off", 1)])
def test_the_reply_window_follows_the_option_set_by_the_cli(contract_server, ctx, app,
                                                            setting, days):
    from humasdesk.cli import main

    account = app.store.accounts.add(Account(platform="instagram", name="@rsko",
                                             options={"page_id": PAGE_ID, "ig_user_id": IG_ID}))
    assert main(["accounts", "set", "@rsko", "--human-agent", setting]) == 0
    stored = app.store.accounts.get(account.id).options
    batch = read_with(contract_server, make(ctx, contract_server, **stored),
                      conversations(("aWdfZAG1", "2026-11-26T02:55:00+0000")),
                      messages={"aWdfZAG1": [Reply(200, {"data": [
                          dm("m_1", "Halo", "2026-11-26T02:30:00+0000")]})]})
    [message] = [i for i in batch.items if i.kind == ItemKind.MESSAGE]
    assert message.reply_until == datetime(2026, 11, 26, 2, 30, tzinfo=UTC) + \
        timedelta(days=days)


def test_a_later_read_stops_at_the_cursor(contract_server, adapter):
    batch = read_with(
        contract_server, adapter,
        conversations(("aWdfZAG1", "2026-11-26T02:55:00+0000"),
                      ("aWdfZAG2", "2026-11-25T10:00:00+0000"), after="QVFI1"),
        messages={"aWdfZAG1": [Reply(200, {"data": [
            dm("m_3", "Baru", "2026-11-26T02:55:00+0000"),
            dm("m_1", "Lama", "2026-11-26T01:00:00+0000")],
            "paging": {"cursors": {"after": "M1"}, "next": "https://graph.facebook.com/n"}})]},
        cursor='{"comments":"","mentions":"","messages":"2026-11-26T02:00:00+00:00"}')
    assert [i.remote_id for i in batch.items if i.kind == ItemKind.MESSAGE] == ["m_3"]
    # Neither the older conversation nor the next pages were asked for.
    assert contract_server.sent("GET", f"/{V}/aWdfZAG2/messages") == []
    assert len(contract_server.sent("GET", f"/{V}/{PAGE_ID}/conversations")) == 1
    assert len(contract_server.sent("GET", f"/{V}/aWdfZAG1/messages")) == 1


@pytest.mark.parametrize("code, words", [
    (10, "(#10) Application does not have permission for this action"),
    (200, "(#200) Requires instagram_manage_messages permission to manage the object")])
def test_without_the_messages_permission_comments_are_still_read(contract_server, adapter,
                                                                 code, words):
    cursor = '{"comments":"","mentions":"","messages":"2026-11-20T00:00:00+00:00"}'
    batch = read_with(contract_server, adapter, graph_error(403, code, words), cursor=cursor)
    assert [i.remote_id for i in batch.items] == ["c1"]
    assert "instagram_manage_messages" in batch.note and "Comments" in batch.note
    # The messages' cursor stays: once the permission is granted, nothing in between is lost.
    assert load_cursor(batch.cursor)["messages"] == "2026-11-20T00:00:00+00:00"


def test_an_app_without_the_messaging_capability_still_reads_comments(contract_server,
                                                                       adapter):
    cursor = '{"comments":"","mentions":"","messages":"2026-11-20T00:00:00+00:00"}'
    batch = read_with(contract_server, adapter, graph_error(
        400, 3, "(#3) Application does not have the capability to make this API call."),
        cursor=cursor)
    assert [i.remote_id for i in batch.items] == ["c1"]
    assert "Meta error 3" in batch.note and "Comments" in batch.note
    assert load_cursor(batch.cursor)["messages"] == "2026-11-20T00:00:00+00:00"


def test_code_3_elsewhere_stays_a_plain_refusal(contract_server, adapter):
    # Outside the direct messages (here a post's insights) code 3 is refused as before, and
    # not taken for a lost login.
    contract_server.script("GET", f"/{V}/17900000000000001/insights", graph_error(
        400, 3, "(#3) Application does not have the capability to make this API call."))
    with pytest.raises(Rejected, match="capability") as caught:
        adapter.read_metrics("17900000000000001", "")
    assert not isinstance(caught.value, AuthExpired)


def test_a_permission_missing_inside_a_conversation_is_said_the_same_way(contract_server,
                                                                         adapter):
    batch = read_with(contract_server, adapter,
                      conversations(("aWdfZAG1", "2026-11-26T02:55:00+0000")),
                      messages={"aWdfZAG1": [graph_error(400, 230, "(#230) Requires "
                                                         "pages_messaging permission")]})
    assert [i.kind for i in batch.items] == [ItemKind.COMMENT] and batch.note


@pytest.mark.parametrize("code", [4, 32, 613])
def test_throttling_on_the_conversations_waits_as_the_header_says(contract_server, adapter,
                                                                  code):
    usage = {IG_ID: [{"type": "instagram", "call_count": 100, "total_cputime": 20,
                      "total_time": 30, "estimated_time_to_regain_access": 17}]}
    with pytest.raises(RateLimited) as caught:
        read_with(contract_server, adapter, graph_error(
            400, code, "Calls to this api have exceeded the rate limit.",
            headers={"X-Business-Use-Case-Usage": json.dumps(usage)}))
    waited = caught.value.reset_at - datetime.now(UTC)
    assert timedelta(minutes=16) < waited <= timedelta(minutes=17)


def test_an_expired_token_is_not_taken_for_a_missing_permission(contract_server, adapter):
    with pytest.raises(AuthExpired, match="password was changed") as caught:
        read_with(contract_server, adapter, graph_error(
            400, 190, "Error validating access token: The session has been invalidated.",
            subcode=460))
    assert not isinstance(caught.value, meta.PermissionMissing)


def test_hostile_bodies_lose_nothing_readable(contract_server, adapter):
    batch = read_with(
        contract_server, adapter,
        Reply(200, {"data": [{"id": "aWdfZAG1", "updated_time": "2026-11-26T02:55:00+0000"},
                             "nonsense", {"updated_time": "2026-11-26T02:55:00+0000"},
                             {"id": "aWdfZAG3", "updated_time": None}],
                    "paging": {"cursors": "not a dict", "next": 7}}),
        messages={"aWdfZAG1": [Reply(200, {"data": [
            {"id": "m_x", "created_time": "kemarin", "from": {"id": "1", "username": "x"}},
            {"id": "m_y", "created_time": "2026-11-26T02:00:00+0000", "from": "6610"},
            {"created_time": "2026-11-26T02:00:00+0000", "from": {"id": "1"}},
            dm("m_ok", "<script>alert(1)</script>" * 3, "2026-11-26T02:10:00+0000",
               who=(IGSID, ""))],
            "paging": []})],
            "aWdfZAG3": [Reply(200, {"data": "not a list"})]})
    [message] = [i for i in batch.items if i.kind == ItemKind.MESSAGE]
    assert message.remote_id == "m_ok" and message.author_name == "An Instagram user"
    assert message.text.startswith("<script>")  # kept as text; the inbox shows it as text


def test_a_cut_answer_is_transient(contract_server, adapter):
    with pytest.raises(Transient):
        read_with(contract_server, adapter, truncated({"data": []}))


# -- answering --------------------------------------------------------------------------------

def a_message(last: datetime, until: datetime, psid: str = IGSID) -> RemoteItem:
    return RemoteItem("m_1", ItemKind.MESSAGE, "ani.w", "@ani.w", "Halo", last,
                      thread_id="aWdfZAG1",
                      reply_ref={"psid": psid, "conversation_id": "aWdfZAG1",
                                 "last_message_at": last.isoformat()},
                      reply_until=until)


def test_an_answer_within_a_day_is_a_response_to_the_person(contract_server, adapter):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", Reply(200, {
        "recipient_id": IGSID, "message_id": "aWdfZAG1:m_90"}))
    last = NOW - timedelta(hours=2)
    result = adapter.reply(a_message(last, last + timedelta(hours=24)),
                           "MCU hari Sabtu pukul 08.00.", "k")
    [request] = contract_server.sent("POST", f"/{V}/{PAGE_ID}/messages")
    sent = form(request)
    assert json.loads(sent["recipient"]) == {"id": IGSID}
    assert json.loads(sent["message"]) == {"text": "MCU hari Sabtu pukul 08.00."}
    assert sent["messaging_type"] == "RESPONSE" and "tag" not in sent
    assert request.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert result.remote_id == "aWdfZAG1:m_90"


def test_after_a_day_a_human_agent_answers_with_the_tag(contract_server, ctx):
    adapter = make(ctx, contract_server, human_agent=True)
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", Reply(200, {
        "recipient_id": IGSID, "message_id": "m_91"}))
    last = NOW - timedelta(days=3)
    adapter.reply(a_message(last, last + timedelta(days=7)), "Maaf terlambat.", "k")
    sent = form(contract_server.sent("POST", f"/{V}/{PAGE_ID}/messages")[0])
    assert sent["messaging_type"] == "MESSAGE_TAG" and sent["tag"] == "HUMAN_AGENT"


def test_a_closed_window_is_refused_in_words_before_sending(contract_server, adapter):
    last = NOW - timedelta(hours=30)
    with pytest.raises(Rejected, match="Instagram no longer allows an answer"):
        adapter.reply(a_message(last, last + timedelta(hours=24)), "Maaf", "k")
    assert contract_server.sent("POST", f"/{V}/{PAGE_ID}/messages") == []


@pytest.mark.parametrize("subcode", [2534022, 2018278])
def test_the_window_closing_on_instagram_is_a_refusal_not_a_lost_login(contract_server,
                                                                       adapter, subcode):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", graph_error(
        400, 10, "(#10) This message is sent outside of allowed window.", subcode=subcode))
    last = NOW - timedelta(hours=23, minutes=59)
    with pytest.raises(Rejected, match="Instagram Direct") as caught:
        adapter.reply(a_message(last, last + timedelta(hours=24)), "Maaf", "k")
    assert not isinstance(caught.value, AuthExpired)


def test_a_throttled_answer_says_when(contract_server, adapter):
    usage = {PAGE_ID: [{"type": "messenger", "call_count": 100,
                        "estimated_time_to_regain_access": 5}]}
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", graph_error(
        400, 613, "Calls to this api have exceeded the rate limit.",
        headers={"X-Business-Use-Case-Usage": json.dumps(usage)}))
    last = NOW - timedelta(hours=1)
    with pytest.raises(RateLimited) as caught:
        adapter.reply(a_message(last, last + timedelta(hours=24)), "Halo", "k")
    assert caught.value.reset_at is not None


def test_an_answer_with_an_expired_token_asks_to_reconnect(contract_server, adapter):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", graph_error(
        401, 190, "Error validating access token: Session has expired.", subcode=463))
    last = NOW - timedelta(hours=1)
    with pytest.raises(AuthExpired, match="expired"):
        adapter.reply(a_message(last, last + timedelta(hours=24)), "Halo", "k")


def test_a_success_without_a_message_id_is_unknown_not_sent_again(contract_server, adapter):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/messages", Reply(200, {}))
    last = NOW - timedelta(hours=1)
    with pytest.raises(OutcomeUnknown):
        adapter.reply(a_message(last, last + timedelta(hours=24)), "Halo", "k")
    assert len(contract_server.sent("POST", f"/{V}/{PAGE_ID}/messages")) == 1


def test_a_message_without_its_sender_is_refused_before_sending(contract_server, adapter):
    last = NOW - timedelta(hours=1)
    with pytest.raises(Rejected, match="did not say who sent"):
        adapter.reply(a_message(last, last + timedelta(hours=24), psid=""), "Halo", "k")
    assert contract_server.sent("POST", f"/{V}/{PAGE_ID}/messages") == []


# -- through the inbox service: the missing permission said once, and lifted -----------------

@pytest.mark.parametrize("refusal, words", [
    (graph_error(403, 200, "(#200) Requires instagram_manage_messages permission"),
     "instagram_manage_messages"),
    (graph_error(400, 3, "(#3) Application does not have the capability to make this API "
                         "call."), "Meta error 3")])
def test_the_inbox_says_the_missing_permission_once_and_reads_messages_once_granted(
        memory_secrets, isolated_home, contract_server, monkeypatch, refusal, words):
    from humasdesk.app import App
    from humasdesk.platforms import registry as platform_registry
    from humasdesk.platforms.http import HttpFactory
    from humasdesk.platforms.spec import PlatformContext

    default = platform_registry.default_registry
    monkeypatch.setattr(platform_registry, "default_registry", lambda context: default(
        PlatformContext(data_dir=context.data_dir, outbox_dir=context.outbox_dir,
                        secrets=memory_secrets, http=HttpFactory(timeout=10))))
    app = App.build(isolated_home)
    try:
        tokens.save(memory_secrets, "instagram:svc", {
            "app_id": APP_ID, "app_secret": APP_SECRET, "page_token": PAGE_TOKEN,
            "expires_at": None})
        account = app.store.accounts.add(Account(
            platform="instagram", name="@rsko", handle="rsko", server_url=contract_server.url,
            credential_ref="instagram:svc",
            options={"page_id": PAGE_ID, "ig_user_id": IG_ID, "app_id": APP_ID}))
        script_read(contract_server, [Reply(200, {"data": [ig_comment(
            "c1", "Jadwal vaksin?", "2026-11-26T01:00:00+0000")]})], conversations=[
            refusal, refusal, conversations(("aWdfZAG1", "2026-11-26T02:55:00+0000"))])
        contract_server.script("GET", f"/{V}/aWdfZAG1/messages", Reply(200, {"data": [
            dm("m_1", "Apakah bisa daftar MCU?", "2026-11-26T02:30:00+0000")]}))
        first = app.inbox.sync_account(account.id)
        assert first.new_by_kind == {ItemKind.COMMENT: 1} and not first.paused
        again = app.inbox.sync_account(account.id)
        for report in (first, again):
            assert report.problem == "" and len(report.notes) == 1
            assert app.inbox.reading_limits(account).count(words) == 1
        report = app.inbox.sync_account(account.id)  # the permission granted meanwhile
        assert report.new_by_kind == {ItemKind.MESSAGE: 1} and report.notes == ()
        assert app.inbox.reading_limits(account) == ""
    finally:
        app.close()
