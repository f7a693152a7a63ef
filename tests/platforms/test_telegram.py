"""Telegram Bot API contract tests: the documented shapes, and the token kept out of every log
line and message although it is in the URL path."""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime, timedelta

import pytest
from platform_support import CLIENT_TIMEOUT, assert_no_secret, context, image

from contract_server import Reply
from humasdesk.domain.model import Account
from humasdesk.platforms import telegram
from humasdesk.platforms.base import (
    AuthExpired,
    OutcomeUnknown,
    OutgoingPost,
    RateLimited,
    Rejected,
    Transient,
)
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.secrets import SecretStore, SecretsUnavailable
from humasdesk.platforms.telegram import TelegramAdapter
from media_support import assert_sent_privately, fitted_phone_photo

TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
BOT = f"/bot{TOKEN}"
CHANNEL = {"id": -1001234567890, "title": "Info RSKO", "username": "rsko_info",
           "type": "channel"}
ME = {"id": 7012345678, "is_bot": True, "first_name": "HumasDesk RSKO",
      "username": "rsko_humas_bot"}
ADMIN = {"status": "administrator", "user": ME, "can_be_edited": False,
         "can_post_messages": True, "can_edit_messages": True, "can_delete_messages": True}


def ok(result) -> Reply:
    return Reply(200, {"ok": True, "result": result})


def fail(code: int, description: str, **parameters) -> Reply:
    body = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return Reply(code, body)


def message(message_id: int, **extra) -> dict:
    return {"message_id": message_id, "date": 1795660000,
            "chat": {"id": CHANNEL["id"], "title": "Info RSKO", "username": "rsko_info",
                     "type": "channel"}, **extra}


@pytest.fixture
def secrets(memory_secrets):
    return memory_secrets


@pytest.fixture
def adapter(contract_server, secrets):
    ref = SecretStore.new_reference("telegram")
    secrets.set(ref, TOKEN)
    account = Account(platform="telegram", name="Telegram RSKO", handle="@rsko_info",
                      server_url=contract_server.url, credential_ref=ref, id=4,
                      options={"chat_id": "-1001234567890"})
    return TelegramAdapter(account, secrets, HttpFactory(timeout=CLIENT_TIMEOUT))


@pytest.fixture(autouse=True)
def all_logs(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


def post(text="Layanan IGD RSKO buka 24 jam.", media=None) -> OutgoingPost:
    return OutgoingPost(text=text, idempotency_key="k1", media=media or [])


def script_admin(server, member=ADMIN) -> None:
    server.script("POST", f"{BOT}/getMe", ok(ME))
    server.script("POST", f"{BOT}/getChat", ok(CHANNEL))
    server.script("POST", f"{BOT}/getChatMember", ok(member))


# -- connecting and verifying ---------------------------------------------------------------------

def test_connect_checks_the_bot_is_an_admin_that_may_post_and_keeps_the_token(
        contract_server, tmp_path, secrets, caplog):
    script_admin(contract_server)
    account = telegram.connect(context(tmp_path, secrets), token=f"  {TOKEN} ",
                               channel="https://t.me/rsko_info", server=contract_server.url)
    assert (account.platform, account.name, account.handle) == ("telegram", "Info RSKO",
                                                                "@rsko_info")
    assert account.options == {"chat_id": "-1001234567890", "bot": "rsko_humas_bot"}
    assert secrets.get(account.credential_ref) == TOKEN
    assert TOKEN not in repr(account)
    [chat] = contract_server.sent("POST", f"{BOT}/getChat")
    assert chat.json() == {"chat_id": "@rsko_info"}
    [member] = contract_server.sent("POST", f"{BOT}/getChatMember")
    assert member.json() == {"chat_id": "@rsko_info", "user_id": ME["id"]}
    assert_no_secret(caplog, [TOKEN])


def test_connect_refuses_a_keyring_that_cannot_keep_the_token(contract_server, tmp_path):
    with pytest.raises(SecretsUnavailable):
        telegram.connect(context(tmp_path, SecretStore()), token=TOKEN, channel="@rsko_info",
                         server=contract_server.url)
    assert contract_server.requests == []


def test_a_malformed_token_is_refused_without_repeating_it(contract_server, tmp_path, secrets):
    with pytest.raises(Rejected) as caught:
        telegram.connect(context(tmp_path, secrets), token="12345:short-token-value",
                         channel="@rsko_info", server=contract_server.url)
    assert "short-token-value" not in caught.value.message
    assert contract_server.requests == []


@pytest.mark.parametrize("member, expected", [
    ({**ADMIN, "can_post_messages": False}, "may not post messages"),
    ({"status": "member", "user": ME}, "not an administrator"),
    ({"status": "left", "user": ME}, "not an administrator"),
])
def test_verify_explains_what_the_bot_lacks(contract_server, adapter, member, expected):
    script_admin(contract_server, member)
    with pytest.raises(AuthExpired, match=expected):
        adapter.verify()


def test_verify_says_the_bot_can_post(contract_server, adapter):
    script_admin(contract_server)
    assert adapter.verify() == "The bot @rsko_humas_bot can post in “Info RSKO”."
    assert contract_server.sent("POST", f"{BOT}/getChat")[0].json() == {
        "chat_id": "-1001234567890"}


@pytest.mark.parametrize("reply, expected", [
    (fail(401, "Unauthorized"), "did not accept the bot token"),
    (fail(404, "Not Found"), "did not accept the bot token"),
    (Reply(404, body=b"", headers={"Content-Type": "text/html"}), "did not accept the bot token"),
])
def test_a_wrong_token_is_said_plainly_and_never_shown(contract_server, adapter, caplog, reply,
                                                       expected):
    contract_server.script("POST", f"{BOT}/getMe", reply)
    with pytest.raises(AuthExpired, match=expected) as caught:
        adapter.verify()
    assert_no_secret(caplog, [TOKEN, TOKEN.split(":")[1]], caught.value.message,
                     str(caught.value), repr(caught.value))


def test_chat_not_found_and_not_a_member(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/getMe", ok(ME))
    contract_server.script("POST", f"{BOT}/getChat", fail(400, "Bad Request: chat not found"))
    with pytest.raises(AuthExpired, match="cannot find the channel"):
        adapter.verify()
    contract_server.script("POST", f"{BOT}/sendMessage",
                           fail(403, "Forbidden: bot is not a member of the channel chat"))
    with pytest.raises(AuthExpired, match="bot is not a member of the channel chat"):
        adapter.publish(post())


@pytest.mark.parametrize("channel, expected", [
    ("@rsko_info", "@rsko_info"), ("rsko_info", "@rsko_info"), ("t.me/rsko_info", "@rsko_info"),
    ("https://t.me/rsko_info/15", "@rsko_info"), ("-1001234567890", "-1001234567890"),
])
def test_channel_names(channel, expected):
    assert telegram.normalise_channel(channel) == expected


def test_a_chat_id_that_is_not_a_channel_is_refused():
    with pytest.raises(Rejected, match="-100"):
        telegram.normalise_channel("12345")


# -- publishing -----------------------------------------------------------------------------------

def test_text_goes_to_send_message(contract_server, adapter, caplog):
    contract_server.script("POST", f"{BOT}/sendMessage", ok(message(51, text="Layanan")))
    result = adapter.publish(post())
    assert (result.remote_id, result.url) == ("51", "https://t.me/rsko_info/51")
    [sent] = contract_server.sent("POST", f"{BOT}/sendMessage")
    assert sent.json() == {"chat_id": "-1001234567890", "text": "Layanan IGD RSKO buka 24 jam."}
    assert sent.headers["user-agent"].startswith("HumasDesk/")
    assert "authorization" not in sent.headers
    assert_no_secret(caplog, [TOKEN])


def test_a_photo_goes_with_its_caption(contract_server, adapter, tmp_path):
    contract_server.script("POST", f"{BOT}/sendPhoto", ok(message(52, caption="Poster")))
    photo = image(tmp_path / "poster.png", alt="Poster")
    adapter.publish(post("Poster jadwal", media=[photo]))
    [sent] = contract_server.sent("POST", f"{BOT}/sendPhoto")
    assert sent.fields() == {"chat_id": "-1001234567890", "caption": "Poster jadwal"}
    [file] = [p for p in sent.multipart() if p.filename]
    assert (file.name, file.filename, file.content_type) == ("photo", "poster.png", "image/png")
    assert file.data == (tmp_path / "poster.png").read_bytes()


def test_an_album_goes_to_send_media_group(contract_server, adapter, tmp_path):
    contract_server.script("POST", f"{BOT}/sendMediaGroup",
                           ok([message(60), message(61), message(62)]))
    photos = [image(tmp_path / f"{n}.png", alt=f"Foto {n}") for n in range(3)]
    result = adapter.publish(post("Kegiatan donor darah", media=photos))
    assert (result.remote_id, result.url) == ("60", "https://t.me/rsko_info/60")
    [sent] = contract_server.sent("POST", f"{BOT}/sendMediaGroup")
    fields = sent.fields()
    assert fields["chat_id"] == "-1001234567890"
    assert json.loads(fields["media"]) == [
        {"type": "photo", "media": "attach://file0", "caption": "Kegiatan donor darah"},
        {"type": "photo", "media": "attach://file1"},
        {"type": "photo", "media": "attach://file2"}]
    assert [(p.name, p.filename) for p in sent.multipart() if p.filename] == [
        ("file0", "0.png"), ("file1", "1.png"), ("file2", "2.png")]


def test_a_caption_over_1024_is_refused_before_sending(contract_server, adapter, tmp_path):
    with pytest.raises(Rejected, match="1024"):
        adapter.publish(post("a" * 1025, media=[image(tmp_path / "p.png", alt="P")]))
    assert contract_server.requests == []


def test_text_over_4096_and_too_many_photos_are_refused(contract_server, adapter, tmp_path):
    with pytest.raises(Rejected, match="4096"):
        adapter.publish(post("a" * 4097))
    with pytest.raises(Rejected, match="at most 10"):
        adapter.publish(post("x", media=[image(tmp_path / f"{n}.png", alt="P")
                                         for n in range(11)]))
    assert contract_server.requests == []


def test_a_private_channel_link_uses_c(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/sendMessage", ok({
        "message_id": 9, "chat": {"id": -1001234567890, "type": "channel"}}))
    assert adapter.publish(post()).url == "https://t.me/c/1234567890/9"


# -- failures -------------------------------------------------------------------------------------

def test_429_honours_retry_after(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/sendMessage",
                           fail(429, "Too Many Requests: retry after 35", retry_after=35))
    before = datetime.now(UTC)
    with pytest.raises(RateLimited) as caught:
        adapter.publish(post())
    after = datetime.now(UTC)
    assert before + timedelta(seconds=35) <= caught.value.reset_at <= after + timedelta(
        seconds=35)


def test_400_carries_telegrams_description(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/sendMessage",
                           fail(400, "Bad Request: message text is empty"))
    with pytest.raises(Rejected) as caught:
        adapter.publish(post())
    assert caught.value.platform_message == "Bad Request: message text is empty"


@pytest.mark.parametrize("reply", [
    fail(500, "Internal Server Error"),
    Reply(502, body=b"<html>Bad Gateway</html>", headers={"Content-Type": "text/html"}),
])
def test_server_errors_are_transient(contract_server, adapter, reply):
    contract_server.script("POST", f"{BOT}/sendMessage", reply)
    with pytest.raises(Transient):
        adapter.publish(post())


def test_a_timeout_after_sending_is_outcome_unknown(contract_server, adapter, caplog):
    contract_server.script("POST", f"{BOT}/sendMessage",
                           Reply(200, {"ok": True, "result": message(1)},
                                 delay=CLIENT_TIMEOUT + 1))
    with pytest.raises(OutcomeUnknown) as caught:
        adapter.publish(post())
    # As a traceback would be printed or logged: the httpx error (whose text has the URL) is
    # not chained into it.
    shown = "".join(traceback.format_exception(caught.value))
    assert_no_secret(caplog, [TOKEN], caught.value.message, str(caught.value), shown)


def test_an_unreadable_success_to_a_post_is_outcome_unknown(contract_server, adapter):
    contract_server.script("POST", f"{BOT}/sendMessage", Reply(200, body=b"<html>proxy</html>"))
    with pytest.raises(OutcomeUnknown, match="could not be read"):
        adapter.publish(post())


def test_a_missing_token_asks_to_reconnect(contract_server, secrets):
    account = Account(platform="telegram", name="T", handle="@rsko_info",
                      server_url=contract_server.url, credential_ref="telegram:gone")
    with pytest.raises(AuthExpired, match="not in the keyring"):
        TelegramAdapter(account, secrets, HttpFactory()).publish(post())


def test_registered_with_capabilities(tmp_path, secrets, memory_keyring):
    from humasdesk.platforms.registry import default_registry

    registry = default_registry(context(tmp_path, secrets))
    spec = registry.spec("telegram")
    assert spec.display_name() == "Telegram channel"
    assert (spec.capabilities.text_rules, spec.capabilities.max_media,
            spec.capabilities.idempotency, spec.capabilities.native_scheduling) == (
        "telegram", 10, False, False)
    ref = SecretStore.new_reference("telegram")
    secrets.set(ref, TOKEN)
    registry.forget(Account(platform="telegram", name="T", credential_ref=ref))
    assert memory_keyring.items == {}


def test_a_phone_photo_arrives_fitted_upright_and_private(contract_server, adapter, tmp_path):
    contract_server.script("POST", f"{BOT}/sendPhoto", ok(message(53, caption="Bangsal")))
    fitted, original, limits = fitted_phone_photo(tmp_path, "telegram")
    adapter.publish(post("Bangsal anak", media=[fitted]))
    [sent] = contract_server.sent("POST", f"{BOT}/sendPhoto")
    [file] = [p for p in sent.multipart() if p.filename]
    assert file.content_type == "image/jpeg" and file.data == open(fitted.path, "rb").read()
    assert file.data != open(original.path, "rb").read()
    assert_sent_privately(file.data, limits, tmp_path)
