"""Mastodon contract tests: the documented request and answer shapes on a local server."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from platform_support import (
    CLIENT_TIMEOUT,
    AuthorizationServer,
    Browser,
    assert_no_secret,
    context,
    image,
)

from contract_server import Reply
from humasdesk.domain.model import Account
from humasdesk.domain.textrules import MastodonLimits
from humasdesk.platforms import mastodon
from humasdesk.platforms.base import (
    AuthExpired,
    OutcomeUnknown,
    OutgoingPost,
    RateLimited,
    Rejected,
    ThreadPart,
    Transient,
)
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.mastodon import MastodonAdapter
from humasdesk.platforms.oauth import OOB_REDIRECT_URI, AuthorizationFailed
from humasdesk.platforms.secrets import SecretStore, SecretsUnavailable
from media_support import assert_sent_privately, fitted_phone_photo

TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"  # shaped like a Mastodon token
CLIENT_SECRET = "P6xLbPKjMd0hC0yC1yHcMzMoXQG3DnBv-secret"
NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)

INSTANCE = {
    "domain": "social.rsko.test", "title": "RSKO social", "version": "4.3.0",
    "configuration": {
        "statuses": {"max_characters": 5000, "max_media_attachments": 6,
                     "characters_reserved_per_url": 23},
        "media_attachments": {"description_limit": 1500, "image_size_limit": 16777216,
                              "video_size_limit": 103809024,
                              "supported_mime_types": ["image/png", "image/jpeg"]},
    },
}


def status(status_id: str, text: str = "", server: str = "https://social.rsko.test") -> dict:
    return {"id": status_id, "uri": f"{server}/users/rsko/statuses/{status_id}",
            "url": f"{server}/@rsko/{status_id}", "created_at": "2026-11-26T03:00:01.000Z",
            "content": f"<p>{text}</p>", "visibility": "public", "media_attachments": []}


@pytest.fixture
def secrets(memory_secrets):
    return memory_secrets


@pytest.fixture
def stored(secrets):
    ref = SecretStore.new_reference("mastodon")
    secrets.set(ref, json.dumps({"access_token": TOKEN, "client_id": "cid",
                                 "client_secret": CLIENT_SECRET}))
    return ref


@pytest.fixture
def adapter(contract_server, secrets, stored):
    return make_adapter(contract_server, secrets, stored)


def make_adapter(server, secrets, ref, options=None, **kwargs) -> MastodonAdapter:
    account = Account(platform="mastodon", name="Mastodon RSKO", handle="@rsko@social.rsko.test",
                      server_url=server.url, credential_ref=ref, id=3,
                      options=options if options is not None else {
                          "visibility": "public", "account_id": "109",
                          "limits": mastodon.limits_from_instance(INSTANCE)})
    kwargs.setdefault("clock", lambda: NOW)
    kwargs.setdefault("media_poll_interval", 0.01)
    return MastodonAdapter(account, secrets, HttpFactory(timeout=CLIENT_TIMEOUT), **kwargs)


def post(text="Jadwal vaksinasi gratis di RSKO hari Sabtu.", key="3lbqkv2xyz22a-0011223344",
         **kwargs) -> OutgoingPost:
    return OutgoingPost(text=text, idempotency_key=key, **kwargs)


# -- connecting -----------------------------------------------------------------------------------

def script_login(server, *, state_override: str | None = None) -> AuthorizationServer:
    server.script("GET", "/api/v2/instance", Reply(200, INSTANCE))
    server.script("POST", "/api/v1/apps", lambda r: Reply(200, {
        "id": "563419", "name": "HumasDesk", "website": mastodon.APP_WEBSITE,
        "redirect_uri": r.json()["redirect_uris"], "client_id": "client-abc",
        "client_secret": CLIENT_SECRET, "vapid_key": "BCk"}))
    auth = AuthorizationServer(server, token=TOKEN, state_override=state_override)
    server.script("GET", "/api/v1/accounts/verify_credentials",
                  Reply(200, {"id": "109", "username": "rsko", "acct": "rsko",
                              "display_name": "RS Kota"}))
    return auth


def test_connect_registers_the_app_logs_in_with_pkce_and_keeps_the_token_in_the_keyring(
        contract_server, tmp_path, memory_keyring, secrets, caplog):
    caplog.set_level(logging.DEBUG)
    script_login(contract_server)
    browser = Browser()
    account = mastodon.connect(context(tmp_path, secrets), instance=contract_server.url,
                               open_browser=browser, name="Mastodon RSKO", visibility="unlisted",
                               timeout=10)

    [apps] = contract_server.sent("POST", "/api/v1/apps")
    registered = apps.json()
    assert registered["client_name"] == "HumasDesk"
    assert registered["scopes"] == " ".join(mastodon.SCOPES)
    assert "read:notifications" in registered["scopes"]
    redirect_uri = registered["redirect_uris"]
    assert redirect_uri.startswith("http://127.0.0.1:") and redirect_uri.endswith("/callback")
    [authorize] = contract_server.sent("GET", "/oauth/authorize")
    assert authorize.query["redirect_uri"] == [redirect_uri]
    assert authorize.query["code_challenge_method"] == ["S256"]
    assert authorize.query["client_id"] == ["client-abc"]
    [token] = contract_server.sent("POST", "/oauth/token")
    assert token.form()["client_secret"] == [CLIENT_SECRET]
    assert token.form()["scope"] == [" ".join(mastodon.SCOPES)]
    [me] = contract_server.sent("GET", "/api/v1/accounts/verify_credentials")
    assert me.headers["authorization"] == f"Bearer {TOKEN}"

    host = contract_server.url.split("://")[1]
    assert account.platform == "mastodon" and account.name == "Mastodon RSKO"
    assert account.handle == f"@rsko@{host}"
    assert account.server_url == contract_server.url
    assert account.options["visibility"] == "unlisted"
    assert account.options["limits"]["max_characters"] == 5000
    assert account.options["limits"]["max_media_attachments"] == 6
    assert account.options["limits"]["description_limit"] == 1500
    assert mastodon.text_limits(account) == MastodonLimits(max_characters=5000,
                                                           characters_reserved_per_url=23)
    # The token is in the keyring, and nowhere in what the store will save.
    kept = json.loads(secrets.get(account.credential_ref))
    assert kept == {"access_token": TOKEN, "client_id": "client-abc",
                    "client_secret": CLIENT_SECRET}
    assert TOKEN not in repr(account) and CLIENT_SECRET not in repr(account)
    assert_no_secret(caplog, [TOKEN, CLIENT_SECRET], *(p.text for p in browser.pages))


def test_connect_with_a_pasted_code_registers_the_out_of_band_redirect(contract_server, tmp_path,
                                                                      secrets):
    script_login(contract_server)

    def paste(url: str) -> str:
        # The user opens the page, allows access and copies the code Mastodon shows.
        page = httpx.get(url)
        assert page.status_code == 200
        return page.text.split("Copy this code: ")[1].split("<")[0]

    account = mastodon.connect(context(tmp_path, secrets), instance=contract_server.url,
                               open_browser=lambda url: False, paste_code=paste,
                               use_loopback=False)
    assert contract_server.sent("POST", "/api/v1/apps")[0].json()["redirect_uris"] == \
        OOB_REDIRECT_URI
    assert contract_server.sent("POST", "/oauth/token")[0].form()["redirect_uri"] == \
        [OOB_REDIRECT_URI]
    assert account.options["visibility"] == "public"


def test_connect_refuses_when_the_keyring_cannot_keep_the_token(contract_server, tmp_path):
    script_login(contract_server)
    with pytest.raises(SecretsUnavailable):
        mastodon.connect(context(tmp_path, SecretStore()), instance=contract_server.url,
                         open_browser=Browser(), timeout=5)
    assert contract_server.requests == []  # nothing was asked of the server


def test_connect_stops_when_the_browser_comes_back_with_another_state(contract_server, tmp_path,
                                                                     secrets, memory_keyring):
    script_login(contract_server, state_override="forged")
    with pytest.raises(AuthorizationFailed):
        mastodon.connect(context(tmp_path, secrets), instance=contract_server.url,
                         open_browser=Browser(), timeout=10)
    assert contract_server.sent("POST", "/oauth/token") == []
    assert memory_keyring.items == {}  # nothing kept


def test_instance_limits_fall_back_to_v1_and_refuse_other_servers(contract_server):
    contract_server.script("GET", "/api/v2/instance", Reply(404, {"error": "Not found"}))
    contract_server.script("GET", "/api/v1/instance", Reply(200, {
        "uri": "old.example", "max_toot_chars": 1000, "configuration": {}}))
    limits = mastodon.read_instance_limits(HttpFactory(timeout=CLIENT_TIMEOUT),
                                           contract_server.url)
    assert limits["max_characters"] == 1000 and limits["max_media_attachments"] == 4


def test_an_address_that_is_not_mastodon_is_said_plainly(contract_server):
    contract_server.script("GET", "/api/v2/instance", Reply(200, {"hello": "world"}))
    with pytest.raises(Rejected, match="does not answer like a Mastodon server"):
        mastodon.read_instance_limits(HttpFactory(timeout=CLIENT_TIMEOUT), contract_server.url)


@pytest.mark.parametrize("typed, expected", [
    ("mastodon.social", "https://mastodon.social"),
    ("https://Mastodon.Social/@rsko", "https://mastodon.social"),
    ("@rsko@kolektiva.social", "https://kolektiva.social"),
    ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
])
def test_instance_addresses(typed, expected):
    assert mastodon.normalise_instance(typed) == expected


def test_plain_http_to_another_computer_is_refused():
    with pytest.raises(Rejected, match="https://"):
        mastodon.normalise_instance("http://mastodon.social")


# -- publishing -----------------------------------------------------------------------------------

def test_a_post_carries_the_idempotency_key_visibility_and_language(contract_server, adapter):
    contract_server.script("POST", "/api/v1/statuses", Reply(200, status("111", "Jadwal")))
    result = adapter.publish(post())
    assert result.remote_id == "111"
    assert result.url == "https://social.rsko.test/@rsko/111"
    [sent] = contract_server.sent("POST", "/api/v1/statuses")
    assert sent.json() == {"status": "Jadwal vaksinasi gratis di RSKO hari Sabtu.",
                           "visibility": "public", "language": "id"}
    assert sent.headers["idempotency-key"] == "3lbqkv2xyz22a-0011223344"
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"
    assert sent.headers["user-agent"].startswith("HumasDesk/")


def test_publish_posts_now_even_with_the_time_it_was_due(contract_server, adapter):
    # The engine passes the record's scheduled time (now past); publishing must not turn it
    # into a scheduling request.
    contract_server.script("POST", "/api/v1/statuses", Reply(200, status("112")))
    assert adapter.publish(post(scheduled_at=NOW - timedelta(minutes=1))).remote_id == "112"
    assert "scheduled_at" not in contract_server.sent("POST", "/api/v1/statuses")[0].json()


def test_visibility_comes_from_the_account(contract_server, secrets, stored):
    contract_server.script("POST", "/api/v1/statuses", Reply(200, status("1")))
    make_adapter(contract_server, secrets, stored, options={"visibility": "private"}).publish(
        post())
    assert contract_server.sent("POST", "/api/v1/statuses")[0].json()["visibility"] == "private"


def test_a_thread_replies_part_to_part_with_one_key_each(contract_server, adapter):
    ids = iter(["201", "202", "203"])
    contract_server.script("POST", "/api/v1/statuses",
                           lambda r: Reply(200, status(next(ids), r.json()["status"])))
    result = adapter.publish(post("Bagian satu", thread=[ThreadPart("Bagian dua"),
                                                         ThreadPart("Bagian tiga")]))
    assert result.remote_id == "201"
    sent = contract_server.sent("POST", "/api/v1/statuses")
    assert [r.json().get("in_reply_to_id") for r in sent] == [None, "201", "202"]
    assert [r.headers["idempotency-key"] for r in sent] == [
        "3lbqkv2xyz22a-0011223344", "3lbqkv2xyz22a-0011223344-1", "3lbqkv2xyz22a-0011223344-2"]


def test_media_with_description_waits_while_the_server_processes_it(contract_server, adapter,
                                                                   tmp_path):
    photo = image(tmp_path / "poster.png", alt="Poster jadwal vaksinasi hari Sabtu")
    contract_server.script("POST", "/api/v2/media", Reply(202, {
        "id": "22348641", "type": "image", "url": None, "preview_url": None,
        "description": "Poster jadwal vaksinasi hari Sabtu"}))
    contract_server.script("GET", "/api/v1/media/22348641",
                           Reply(206, {"id": "22348641", "url": None}),
                           Reply(200, {"id": "22348641", "type": "image",
                                       "url": "https://files.test/poster.png"}))
    contract_server.script("POST", "/api/v1/statuses", Reply(200, status("300")))
    adapter.publish(post(media=[photo]))

    [upload] = contract_server.sent("POST", "/api/v2/media")
    parts = upload.multipart()
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert {p.name for p in parts} == {"file", "description"}
    [file] = [p for p in parts if p.name == "file"]
    assert (file.filename, file.content_type) == ("poster.png", "image/png")
    assert file.data == (tmp_path / "poster.png").read_bytes()
    assert upload.fields()["description"] == "Poster jadwal vaksinasi hari Sabtu"
    assert len(contract_server.sent("GET", "/api/v1/media/22348641")) == 2
    [sent] = contract_server.sent("POST", "/api/v1/statuses")
    assert sent.json()["media_ids"] == ["22348641"]


def test_media_that_stays_in_processing_is_transient_and_nothing_is_posted(contract_server,
                                                                         secrets, stored,
                                                                         tmp_path):
    adapter = make_adapter(contract_server, secrets, stored, media_wait=0.2)
    contract_server.script("POST", "/api/v2/media", Reply(202, {"id": "9", "url": None}))
    contract_server.script("GET", "/api/v1/media/9", Reply(206, {"id": "9", "url": None}))
    with pytest.raises(Transient, match="still processing poster.png"):
        adapter.publish(post(media=[image(tmp_path / "poster.png", alt="Poster")]))
    assert contract_server.sent("POST", "/api/v1/statuses") == []


def test_media_without_a_description_is_refused_before_anything_is_sent(contract_server,
                                                                      adapter, tmp_path):
    with pytest.raises(Rejected, match="has no description"):
        adapter.publish(post(media=[image(tmp_path / "poster.png", alt="  ")]))
    assert contract_server.requests == []


def test_more_media_than_the_instance_takes_is_refused(contract_server, adapter, tmp_path):
    media = [image(tmp_path / f"{n}.png", alt=f"Foto {n}") for n in range(7)]
    with pytest.raises(Rejected, match="at most 6"):
        adapter.publish(post(media=media))
    assert contract_server.requests == []


def test_the_instance_length_limit_is_used(contract_server, secrets, stored):
    long_text = "kata " * 200  # 1000 characters: over 500, under the instance's 5000
    contract_server.script("POST", "/api/v1/statuses", Reply(200, status("5")))
    make_adapter(contract_server, secrets, stored).publish(post(long_text))
    small = make_adapter(contract_server, secrets, stored,
                         options={"limits": {"max_characters": 500}})
    with pytest.raises(Rejected) as caught:
        small.publish(post(long_text))
    assert "500" in caught.value.message
    assert len(contract_server.sent("POST", "/api/v1/statuses")) == 1


# -- failures -------------------------------------------------------------------------------------

def test_401_means_reconnect(contract_server, adapter, caplog):
    caplog.set_level(logging.DEBUG)
    contract_server.script("POST", "/api/v1/statuses",
                           Reply(401, {"error": "The access token is invalid"}))
    with pytest.raises(AuthExpired) as caught:
        adapter.publish(post())
    assert "Reconnect" in caught.value.message
    assert_no_secret(caplog, [TOKEN], caught.value.message, str(caught.value))


def test_422_carries_the_servers_message(contract_server, adapter):
    contract_server.script("POST", "/api/v1/statuses",
                           Reply(422, {"error": "Validation failed: Text can't be blank"}))
    with pytest.raises(Rejected) as caught:
        adapter.publish(post())
    assert caught.value.platform_message == "Validation failed: Text can't be blank"
    assert "Validation failed: Text can't be blank" in caught.value.message


def test_429_gives_the_reset_time_from_the_iso_header(contract_server, adapter):
    contract_server.script("POST", "/api/v1/statuses", Reply(
        429, {"error": "Too many requests"},
        headers={"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                 "X-RateLimit-Reset": "2026-11-26T03:05:00.000Z"}))
    with pytest.raises(RateLimited) as caught:
        adapter.publish(post())
    assert caught.value.reset_at == datetime(2026, 11, 26, 3, 5, tzinfo=UTC)
    assert "10:05" in caught.value.message  # shown in WIB


@pytest.mark.parametrize("status_code", [500, 502, 503])
def test_server_errors_are_transient(contract_server, adapter, status_code):
    contract_server.script("POST", "/api/v1/statuses",
                           Reply(status_code, body=b"<html>Bad gateway</html>",
                                 headers={"Content-Type": "text/html"}))
    with pytest.raises(Transient, match=f"HTTP {status_code}"):
        adapter.publish(post())


def test_a_timeout_after_sending_is_outcome_unknown(contract_server, adapter, caplog):
    caplog.set_level(logging.DEBUG)
    contract_server.script("POST", "/api/v1/statuses",
                           Reply(200, status("1"), delay=CLIENT_TIMEOUT + 1))
    with pytest.raises(OutcomeUnknown) as caught:
        adapter.publish(post())
    assert len(contract_server.sent("POST", "/api/v1/statuses")) == 1
    assert mastodon.CAPABILITIES.idempotency  # the engine may resend with the same key
    assert_no_secret(caplog, [TOKEN], caught.value.message)


def test_an_unreadable_success_to_a_post_is_outcome_unknown(contract_server, adapter):
    # A 200 means the server may have made the post: sending again blindly could repeat it.
    contract_server.script("POST", "/api/v1/statuses", Reply(200, body=b"{\"id\": \"1\", "))
    with pytest.raises(OutcomeUnknown, match="could not be read"):
        adapter.publish(post())


def test_an_unreadable_answer_to_a_read_is_transient(contract_server, adapter):
    contract_server.script("GET", "/api/v1/accounts/verify_credentials",
                           Reply(200, body=b"<html>proxy</html>"))
    with pytest.raises(Transient, match="was not understood"):
        adapter.verify()


def test_a_missing_token_asks_to_reconnect(contract_server, secrets):
    adapter = make_adapter(contract_server, secrets, SecretStore.new_reference("mastodon"))
    with pytest.raises(AuthExpired, match="not in the keyring"):
        adapter.publish(post())
    assert contract_server.requests == []


# -- native scheduling ----------------------------------------------------------------------------

SCHEDULED = {"id": "3221", "scheduled_at": "2026-11-27T02:00:00.000Z",
             "params": {"text": "Besok", "visibility": "public", "idempotency": None},
             "media_attachments": []}


def test_schedule_sends_scheduled_at_and_returns_the_scheduled_status(contract_server,
                                                                      adapter):
    contract_server.script("POST", "/api/v1/statuses", Reply(200, SCHEDULED))
    at = datetime(2026, 11, 27, 9, 0, tzinfo=UTC) - timedelta(hours=7)  # 09:00 WIB
    result = adapter.schedule(post("Besok"), at)
    assert (result.remote_id, result.url) == ("3221", "")
    [sent] = contract_server.sent("POST", "/api/v1/statuses")
    assert sent.json()["scheduled_at"] == "2026-11-27T02:00:00.000Z"
    assert sent.headers["idempotency-key"] == "3lbqkv2xyz22a-0011223344"
    assert adapter.can_schedule(post(), at)


def test_schedule_refuses_less_than_five_minutes_ahead_and_threads(contract_server, adapter):
    soon = NOW + timedelta(minutes=4)
    assert not adapter.can_schedule(post(), soon)
    with pytest.raises(Rejected, match="at least 5 minutes"):
        adapter.schedule(post(), soon)
    later = NOW + timedelta(hours=1)
    assert not adapter.can_schedule(post(thread=[ThreadPart("dua")]), later)
    with pytest.raises(Rejected, match="cannot schedule a thread"):
        adapter.schedule(post(thread=[ThreadPart("dua")]), later)
    assert contract_server.requests == []


def test_reschedule_cancel_and_check_a_scheduled_status(contract_server, adapter):
    contract_server.script("PUT", "/api/v1/scheduled_statuses/3221",
                           Reply(200, {**SCHEDULED, "scheduled_at": "2026-11-28T02:00:00.000Z"}))
    contract_server.script("DELETE", "/api/v1/scheduled_statuses/3221", Reply(200, {}))
    contract_server.script("GET", "/api/v1/scheduled_statuses/3221", Reply(200, SCHEDULED),
                           Reply(404, {"error": "Record not found"}))
    new_time = adapter.reschedule("3221", datetime(2026, 11, 28, 2, 0, tzinfo=UTC))
    assert new_time == datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    [put] = contract_server.sent("PUT")
    assert put.json() == {"scheduled_at": "2026-11-28T02:00:00.000Z"}
    held = adapter.scheduled("3221")
    assert held.text == "Besok" and held.scheduled_at == datetime(2026, 11, 27, 2, tzinfo=UTC)
    adapter.cancel_scheduled("3221")
    assert len(contract_server.sent("DELETE", "/api/v1/scheduled_statuses/3221")) == 1
    assert adapter.scheduled("3221") is None  # gone: published or cancelled


def test_cancelling_what_is_no_longer_scheduled_says_so(contract_server, adapter):
    contract_server.script("DELETE", "/api/v1/scheduled_statuses/77",
                           Reply(404, {"error": "Record not found"}))
    with pytest.raises(Rejected, match="no longer scheduled"):
        adapter.cancel_scheduled("77")


# -- finding a post again, verifying, forgetting --------------------------------------------------

def test_find_published_matches_the_text_among_recent_statuses(contract_server, adapter):
    content = ('<p>Jadwal vaksinasi <a href="https://rsko.test/vaksin" rel="nofollow noopener">'
               '<span class="invisible">https://</span><span class="">rsko.test/vaksin</span>'
               '<span class="invisible"></span></a><br />Info: <span class="h-card">'
               '<a href="https://dinkes.test/@dinkes" class="u-url mention">@<span>dinkes'
               '</span></a></span></p>')
    contract_server.script("GET", "/api/v1/accounts/109/statuses", Reply(200, [
        status("900", "Lain"), {**status("901"), "content": content}]))
    found = adapter.find_published(
        "key", text="Jadwal vaksinasi https://rsko.test/vaksin\nInfo: @dinkes@dinkes.test",
        since=NOW)
    assert found.remote_id == "901"
    [sent] = contract_server.sent("GET", "/api/v1/accounts/109/statuses")
    assert sent.query == {"limit": ["40"], "exclude_reblogs": ["true"]}
    assert adapter.find_published("key", text="Tidak ada") is None
    assert adapter.find_published("key") is None  # the key alone cannot be looked up


def test_find_scheduled_by_text(contract_server, adapter):
    contract_server.script("GET", "/api/v1/scheduled_statuses", Reply(200, [SCHEDULED]))
    assert adapter.find_scheduled("Besok").remote_id == "3221"
    assert adapter.find_scheduled("Lusa") is None


def test_verify_says_who_we_are(contract_server, adapter):
    contract_server.script("GET", "/api/v1/accounts/verify_credentials",
                           Reply(200, {"id": "109", "username": "rsko", "acct": "rsko"}))
    assert "as @rsko" in adapter.verify()


def test_refresh_limits_reads_the_instance_again(contract_server, adapter):
    contract_server.script("GET", "/api/v2/instance", Reply(200, {
        **INSTANCE, "configuration": {"statuses": {"max_characters": 11000}}}))
    options = adapter.refresh_limits()
    assert options["limits"]["max_characters"] == 11000
    assert options["visibility"] == "public"


def test_forget_revokes_the_token_and_empties_the_keyring(contract_server, tmp_path, secrets,
                                                         stored, memory_keyring):
    contract_server.script("POST", "/oauth/revoke", Reply(200, {}))
    account = Account(platform="mastodon", name="M", server_url=contract_server.url,
                      credential_ref=stored)
    mastodon.forget(account, context(tmp_path, secrets))
    [revoke] = contract_server.sent("POST", "/oauth/revoke")
    assert revoke.form() == {"client_id": ["cid"], "client_secret": [CLIENT_SECRET],
                             "token": [TOKEN]}
    assert memory_keyring.items == {}


def test_registered_with_capabilities(tmp_path, secrets):
    from humasdesk.platforms.registry import default_registry

    spec = default_registry(context(tmp_path, secrets)).spec("mastodon")
    assert spec.display_name() == "Mastodon"
    caps = spec.capabilities
    assert (caps.text_rules, caps.alt_text, caps.native_scheduling, caps.idempotency,
            caps.threads) == ("mastodon", True, True, True, True)
    assert caps.native_min_lead >= timedelta(minutes=5)
    assert not caps.lookup  # the key of a published status cannot be read back


def test_a_phone_photo_arrives_fitted_upright_and_private(contract_server, adapter, tmp_path):
    contract_server.script("POST", "/api/v2/media", Reply(200, {
        "id": "22348642", "type": "image", "url": "https://files.test/p.jpg"}))
    contract_server.script("POST", "/api/v1/statuses", Reply(200, status("301")))
    # The server said how large a picture it takes (configuration.media_attachments).
    fitted, original, limits = fitted_phone_photo(tmp_path, "mastodon", {"limits": {
        "image_size_limit": 1_500_000, "image_matrix_limit": 4_000_000}})
    adapter.publish(post(media=[fitted]))
    [upload] = contract_server.sent("POST", "/api/v2/media")
    [file] = [p for p in upload.multipart() if p.name == "file"]
    assert file.content_type == "image/jpeg" and file.data == open(fitted.path, "rb").read()
    assert len(file.data) <= 1_500_000
    from PIL import Image

    width, height = Image.open(fitted.path).size
    assert width * height <= 4_000_000
    assert upload.fields()["description"] == original.alt_text
    assert_sent_privately(file.data, limits, tmp_path)
