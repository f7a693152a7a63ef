"""X contract tests: OAuth 2.0 with PKCE, posts, media with alt text, threads, and the errors.

Shapes from xdevplatform/docs (docs.x.com): ``POST /2/oauth2/token`` (``token_type``,
``expires_in`` 7200, ``access_token``, ``scope``, ``refresh_token``), ``POST /2/tweets``
(201, ``{"data": {"id", "text"}}``), ``POST /2/media/upload`` (``{"data": {"id",
"media_key"}}``), ``POST /2/media/metadata``, problem+json errors (``type``, ``title``,
``detail``; ``client-forbidden`` with ``reason``/``required_enrollment``; ``usage-capped``), and
``x-rate-limit-reset`` in unix seconds.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from urllib.parse import urlencode

import httpx
import pytest
from platform_support import assert_no_secret, context, image

from contract_server import Reply
from humasdesk.domain.model import Account
from humasdesk.platforms import tokens, x
from humasdesk.platforms.base import (
    AuthExpired,
    OutcomeUnknown,
    OutgoingPost,
    RateLimited,
    Rejected,
    ThreadPart,
    Transient,
)
from humasdesk.platforms.x import XAdapter
from media_support import assert_sent_privately, fitted_phone_photo

CLIENT_ID = "M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ"
CODE = "VGNibzFWSWREZm01bjN1N3dicWlNUG1oa2xRRVNNdmVHelJGY2hPWGxNd2dqOjE2MjIxNjA4"
ACCESS = "WVhDd0hRb2dsN2tHZ3Nkc2t6bW1jOjE2MjIxNjA4MDAwMDA6MTowOmF0OjE"
REFRESH = "bWRWa3gzdnk3WHRGU1o0bmRRcTJ5VUxWX1lZTDdJSUtmaWcxbTVxdEFXcW5tOjE2MjIxNjA4"
ACCESS_2 = "second-access-token-ZmFrZS1hY2Nlc3MtMg"
REFRESH_2 = "second-refresh-token-ZmFrZS1yZWZyZXNoLTI"
NOW = 1_795_660_000.0
SECRETS = [CODE, ACCESS, REFRESH, ACCESS_2, REFRESH_2]
PROBLEMS = "https://api.twitter.com/2/problems/"


def form(recorded) -> dict:
    return {k: v[0] for k, v in recorded.form().items()}


def problem(http_status: int, **body) -> Reply:
    return Reply(http_status, body, headers={"Content-Type": "application/problem+json"})


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    return context(tmp_path, memory_secrets)


def stored(ctx, *, expires_at: float = NOW + 7000, access: str = ACCESS,
           refresh: str = REFRESH) -> None:
    tokens.save(ctx.secrets, "x:test", {
        "client_id": CLIENT_ID, "access_token": access, "refresh_token": refresh,
        "expires_at": expires_at, "scope": " ".join(x.SCOPES), "issued_at": NOW - 200})


@pytest.fixture
def account(ctx, contract_server) -> Account:
    stored(ctx)
    return Account(platform="x", name="@rsko_official", handle="rsko_official",
                   server_url=contract_server.url, credential_ref="x:test",
                   options={"user_id": "1503000000000000000"})


def adapter_for(account, ctx) -> XAdapter:
    return XAdapter(account, ctx.secrets, ctx.http, ctx.zone, clock=lambda: NOW)


def tweet_created(tweet_id: str, text: str = "") -> Reply:
    return Reply(201, {"data": {"id": tweet_id, "text": text,
                                "edit_history_tweet_ids": [tweet_id]}})


# -- connecting -----------------------------------------------------------------------------------

def test_connect_with_pkce_as_a_public_client(contract_server, ctx, caplog, memory_keyring):
    caplog.set_level(logging.DEBUG)

    def authorize(request):
        q = {k: v[0] for k, v in request.query.items()}
        return Reply(302, body=b"", headers={"Location": q["redirect_uri"] + "?" + urlencode(
            {"state": q["state"], "code": CODE})})
    contract_server.script("GET", "/i/oauth2/authorize", authorize)
    contract_server.script("POST", "/2/oauth2/token", Reply(200, {
        "token_type": "bearer", "expires_in": 7200, "access_token": ACCESS,
        "scope": "tweet.write users.read tweet.read offline.access media.write",
        "refresh_token": REFRESH}))
    contract_server.script("GET", "/2/users/me", Reply(200, {"data": {
        "id": "1503000000000000000", "name": "RS Kanker Onkologi",
        "username": "rsko_official"}}))

    account = x.connect(ctx, client_id=CLIENT_ID,
                        open_browser=lambda url: httpx.get(url, follow_redirects=True,
                                                           timeout=5),
                        api_base=contract_server.url,
                        authorize_url=f"{contract_server.url}/i/oauth2/authorize", timeout=10)

    [authorize_request] = contract_server.sent("GET", "/i/oauth2/authorize")
    asked = {k: v[0] for k, v in authorize_request.query.items()}
    assert asked["response_type"] == "code" and asked["client_id"] == CLIENT_ID
    assert asked["scope"] == "tweet.read tweet.write users.read media.write offline.access"
    assert asked["code_challenge_method"] == "S256"
    assert asked["redirect_uri"].startswith("http://127.0.0.1:")
    [token] = contract_server.sent("POST", "/2/oauth2/token")
    sent = form(token)
    assert sent == {"grant_type": "authorization_code", "code": CODE,
                    "redirect_uri": asked["redirect_uri"], "client_id": CLIENT_ID,
                    "code_verifier": sent["code_verifier"]}
    assert len(sent["code_verifier"]) >= 43
    assert "authorization" not in token.headers  # a public client has no secret to send
    [me] = contract_server.sent("GET", "/2/users/me")
    assert me.headers["authorization"] == f"Bearer {ACCESS}"

    assert account.handle == "rsko_official" and account.name == "@rsko_official"
    assert account.options == {"user_id": "1503000000000000000", "offline_access": True}
    kept = json.loads(memory_keyring.items[("HumasDesk", account.credential_ref)])
    assert kept["access_token"] == ACCESS and kept["refresh_token"] == REFRESH
    assert kept["client_id"] == CLIENT_ID
    assert 7100 < kept["expires_at"] - kept["issued_at"] <= 7200
    assert_no_secret(caplog, SECRETS, repr(account))


# -- posting --------------------------------------------------------------------------------------

def test_a_thread_with_an_image_and_alt_text(contract_server, ctx, account, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    contract_server.script("POST", "/2/media/upload", Reply(200, {"data": {
        "id": "1880028106020515840", "media_key": "3_1880028106020515840", "size": 120,
        "expires_after_secs": 86400, "image": {"image_type": "image/png", "w": 8, "h": 6}}}))
    contract_server.script("POST", "/2/media/metadata", Reply(200, {"data": {
        "id": "1880028106020515840", "associated_metadata": {
            "alt_text": {"text": "Grafik jumlah pasien"}}}}))
    ids = iter(["1900000000000000001", "1900000000000000002"])
    contract_server.script("POST", "/2/tweets", lambda r: tweet_created(next(ids)))
    poster = image(tmp_path / "grafik.png", alt="Grafik jumlah pasien")
    result = adapter_for(account, ctx).publish(OutgoingPost(
        text="Laporan tahunan RSKO (1/2)", idempotency_key="k", media=[poster],
        thread=[ThreadPart("Terima kasih untuk semua tenaga kesehatan (2/2)")]))

    assert result.remote_id == "1900000000000000001"
    assert result.url == "https://x.com/rsko_official/status/1900000000000000001"
    assert [(r.method, r.path) for r in contract_server.requests] == [
        ("POST", "/2/media/upload"), ("POST", "/2/media/metadata"),
        ("POST", "/2/tweets"), ("POST", "/2/tweets")]
    upload, metadata, first, second = contract_server.requests
    assert upload.fields() == {"media_category": "tweet_image", "media_type": "image/png"}
    [file_part] = [p for p in upload.multipart() if p.filename]
    assert (file_part.name, file_part.content_type) == ("media", "image/png")
    assert file_part.data == (tmp_path / "grafik.png").read_bytes()
    assert metadata.json() == {"id": "1880028106020515840",
                               "metadata": {"alt_text": {"text": "Grafik jumlah pasien"}}}
    assert first.json() == {"text": "Laporan tahunan RSKO (1/2)",
                            "media": {"media_ids": ["1880028106020515840"]}}
    assert second.json() == {"text": "Terima kasih untuk semua tenaga kesehatan (2/2)",
                             "reply": {"in_reply_to_tweet_id": "1900000000000000001"}}
    for recorded in contract_server.requests:
        assert recorded.headers["authorization"] == f"Bearer {ACCESS}"
        assert not recorded.query
    assert_no_secret(caplog, SECRETS)


def test_text_over_280_weighted_characters_is_refused_before_sending(contract_server, ctx,
                                                                     account):
    with pytest.raises(Rejected, match="Too long for X"):
        adapter_for(account, ctx).publish(OutgoingPost(text="a" * 281, idempotency_key="k"))
    assert contract_server.requests == []


# -- tokens ---------------------------------------------------------------------------------------

def test_the_token_is_refreshed_before_it_expires(contract_server, ctx, account, caplog):
    caplog.set_level(logging.DEBUG)
    stored(ctx, expires_at=NOW + 120)  # inside the five-minute margin
    contract_server.script("POST", "/2/oauth2/token", Reply(200, {
        "token_type": "bearer", "expires_in": 7200, "access_token": ACCESS_2,
        "scope": " ".join(x.SCOPES), "refresh_token": REFRESH_2}))
    contract_server.script("POST", "/2/tweets", tweet_created("1"))
    adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))

    refresh, tweet = contract_server.requests
    assert refresh.path == "/2/oauth2/token"
    assert form(refresh) == {"grant_type": "refresh_token", "refresh_token": REFRESH,
                             "client_id": CLIENT_ID}
    assert "authorization" not in refresh.headers
    assert tweet.headers["authorization"] == f"Bearer {ACCESS_2}"
    kept = json.loads(ctx.secrets.get("x:test"))
    assert kept["refresh_token"] == REFRESH_2  # X rotates it: the new one must be kept
    assert kept["expires_at"] == NOW + 7200
    assert_no_secret(caplog, SECRETS)


def test_a_401_refreshes_once_and_retries(contract_server, ctx, account):
    contract_server.script("POST", "/2/tweets",
                           problem(401, title="Unauthorized", type="about:blank", status=401,
                                   detail="Unauthorized"),
                           tweet_created("2"))
    contract_server.script("POST", "/2/oauth2/token", Reply(200, {
        "token_type": "bearer", "expires_in": 7200, "access_token": ACCESS_2,
        "refresh_token": REFRESH_2, "scope": " ".join(x.SCOPES)}))
    result = adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))
    assert result.remote_id == "2"
    assert [r.headers.get("authorization") for r in contract_server.sent("POST", "/2/tweets")] \
        == [f"Bearer {ACCESS}", f"Bearer {ACCESS_2}"]


def test_a_revoked_login_needs_reconnecting(contract_server, ctx, account, caplog):
    caplog.set_level(logging.DEBUG)
    stored(ctx, expires_at=NOW - 10)
    contract_server.script("POST", "/2/oauth2/token", Reply(400, {
        "error": "invalid_request",
        "error_description": "Value passed for the token was invalid."}))
    with pytest.raises(AuthExpired) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))
    assert "Reconnect the account" in raised.value.message
    assert contract_server.sent("POST", "/2/tweets") == []
    assert_no_secret(caplog, SECRETS, raised.value.message)


def test_without_offline_access_an_expired_token_needs_reconnecting(contract_server, ctx,
                                                                    account):
    stored(ctx, expires_at=NOW - 10, refresh="")
    with pytest.raises(AuthExpired, match="X login has expired"):
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))
    assert contract_server.requests == []


# -- errors ---------------------------------------------------------------------------------------

def test_402_says_the_plan_has_no_credit(contract_server, ctx, account, caplog):
    caplog.set_level(logging.DEBUG)
    contract_server.script("POST", "/2/tweets", problem(
        402, title="CreditsDepleted", type=f"{PROBLEMS}credits",
        detail="Your enrolled account [1503000000000000000] does not have any credits to "
               "fulfill this request."))
    with pytest.raises(Rejected) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))
    message = raised.value.message
    assert message.startswith("X refused because the developer account's plan has no credit")
    assert "does not have any credits" in message
    assert "Add credit or choose a paid plan" in message


def test_403_client_forbidden_says_what_the_access_level_lacks(contract_server, ctx, account):
    contract_server.script("POST", "/2/tweets", problem(
        403, client_id="29375044", title="Client Forbidden",
        type=f"{PROBLEMS}client-forbidden", reason="client-not-enrolled",
        required_enrollment="Appropriate Level of API Access",
        registration_url="https://developer.twitter.com/en/docs/projects/overview",
        detail="When authenticating requests to the Twitter API v2 endpoints, you must use keys "
               "and tokens from a Twitter developer App that is attached to a Project."))
    with pytest.raises(Rejected) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))
    assert raised.value.message.startswith(
        "The X app's access level does not allow posting: it needs Appropriate Level of API "
        "Access.")
    assert "attached to a Project" in raised.value.message
    assert raised.value.platform_message == "client-not-enrolled"


def test_403_duplicate_content_is_refused_with_xs_words(contract_server, ctx, account):
    contract_server.script("POST", "/2/tweets", problem(
        403, title="Forbidden", type="about:blank", status=403,
        detail="You are not allowed to create a Tweet with duplicate content."))
    with pytest.raises(Rejected, match="duplicate content") as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))
    assert "access level" not in raised.value.message


def test_429_waits_until_the_reset_header(contract_server, ctx, account):
    contract_server.script("POST", "/2/tweets", Reply(429, {
        "title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank",
        "status": 429}, headers={"x-rate-limit-limit": "100", "x-rate-limit-remaining": "0",
                                 "x-rate-limit-reset": "1795661800"}))
    with pytest.raises(RateLimited) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))
    assert raised.value.reset_at == datetime.fromtimestamp(1795661800, UTC)
    assert "WIB" in raised.value.message


def test_429_usage_capped_is_the_plans_monthly_cap(contract_server, ctx, account):
    contract_server.script("POST", "/2/tweets", Reply(429, {
        "title": "UsageCapExceeded", "detail": "Usage cap exceeded: Monthly product cap",
        "type": f"{PROBLEMS}usage-capped", "period": "Monthly", "scope": "Product"},
        headers={"x-rate-limit-reset": "1795661800"}))
    with pytest.raises(RateLimited, match="monthly posting allowance"):
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))


def test_a_legacy_error_body_is_understood(contract_server, ctx, account):
    contract_server.script("POST", "/2/tweets", Reply(400, {
        "errors": [{"code": 186, "message": "Tweet needs to be a bit shorter."}]}))
    with pytest.raises(Rejected, match="a bit shorter"):
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))


def test_a_server_error_is_transient(contract_server, ctx, account):
    contract_server.script("POST", "/2/tweets", Reply(503, body=b"Service Unavailable",
                                                      headers={"Content-Type": "text/plain"}))
    with pytest.raises(Transient):
        adapter_for(account, ctx).publish(OutgoingPost(text="Halo", idempotency_key="k"))


def test_a_thread_broken_in_the_middle_is_not_sent_again_blindly(contract_server, ctx,
                                                                 account):
    contract_server.script("POST", "/2/tweets", tweet_created("11"),
                           Reply(503, body=b"", headers={"Content-Type": "text/plain"}))
    with pytest.raises(OutcomeUnknown) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(
            text="Satu", idempotency_key="k", thread=[ThreadPart("Dua")]))
    assert "stopped at part 2 of 2" in raised.value.message
    assert "https://x.com/rsko_official/status/11" in raised.value.message


def test_a_phone_photo_arrives_fitted_upright_and_private(contract_server, ctx, account,
                                                          tmp_path):
    contract_server.script("POST", "/2/media/upload", Reply(200, {"data": {
        "id": "1880028106020515841", "media_key": "3_1880028106020515841"}}))
    contract_server.script("POST", "/2/media/metadata", Reply(200, {"data": {
        "id": "1880028106020515841"}}))
    contract_server.script("POST", "/2/tweets", tweet_created("1900000000000000009"))
    fitted, original, limits = fitted_phone_photo(tmp_path, "x")
    adapter_for(account, ctx).publish(OutgoingPost(text="Bangsal anak", idempotency_key="k",
                                                   media=[fitted]))
    upload = contract_server.sent("POST", "/2/media/upload")[0]
    assert upload.fields()["media_type"] == "image/jpeg"
    [file_part] = [p for p in upload.multipart() if p.filename]
    assert file_part.data == open(fitted.path, "rb").read()
    assert_sent_privately(file_part.data, limits, tmp_path)
