"""Facebook Page contract tests: Graph API request and answer shapes on a local server.

Shapes from developers.facebook.com (Pages API posts and photos, the access-token guides) and
the Graph error object ``{"error": {"message", "type", "code", "error_subcode",
"fbtrace_id"}}``. Every test asserts what was sent: method, path, parameters and headers.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import httpx
import pytest
from platform_support import assert_no_secret, context, image

from contract_server import Reply
from humasdesk.domain.model import Account
from humasdesk.platforms import facebook, meta, tokens
from humasdesk.platforms.base import AuthExpired, OutgoingPost, RateLimited, Rejected, Transient
from humasdesk.platforms.facebook import FacebookAdapter
from humasdesk.platforms.registry import default_registry
from media_support import assert_sent_privately, fitted_phone_photo

V = meta.GRAPH_VERSION
APP_ID = "1234567890123"
APP_SECRET = "app-secret-3f9a0c1d2e"
CODE = "fb-code-AQD1x2y3"
SHORT = "EAAshort-user-token-111"
LONG = "EAAlong-user-token-222"
PAGE_TOKEN = "EAApage-token-rsko-333"
OTHER_PAGE_TOKEN = "EAApage-token-other-444"
PAGE_ID = "104857600"
NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
SECRETS = [APP_SECRET, CODE, SHORT, LONG, PAGE_TOKEN, OTHER_PAGE_TOKEN]


def proof(token: str) -> str:
    return meta.appsecret_proof(token, APP_SECRET)


def graph_error(status: int, code: int, message: str, subcode: int | None = None,
                headers: dict | None = None) -> Reply:
    error = {"message": message, "type": "OAuthException", "code": code,
             "fbtrace_id": "AbCdEfGh123"}
    if subcode is not None:
        error["error_subcode"] = subcode
    return Reply(status, {"error": error}, headers=headers or {})


def query(recorded) -> dict:
    return {k: v[0] for k, v in recorded.query.items()}


def form(recorded) -> dict:
    return {k: v[0] for k, v in recorded.form().items()}


def assert_bearer(recorded, token: str) -> None:
    assert recorded.headers["authorization"] == f"Bearer {token}"
    assert query(recorded)["appsecret_proof"] == proof(token)
    assert "access_token" not in recorded.query  # never a token in a URL


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    return context(tmp_path, memory_secrets)


@pytest.fixture
def account(ctx, contract_server) -> Account:
    ref = "facebook:test"
    tokens.save(ctx.secrets, ref, {"app_id": APP_ID, "app_secret": APP_SECRET,
                                   "page_token": PAGE_TOKEN, "expires_at": None})
    return Account(platform="facebook", name="RSKO", handle="RS Kanker Onkologi",
                   server_url=contract_server.url, credential_ref=ref,
                   options={"page_id": PAGE_ID, "app_id": APP_ID, "schedule_max_days": 28})


def adapter_for(account, ctx) -> FacebookAdapter:
    return FacebookAdapter(account, ctx.secrets, ctx.http, ctx.zone, clock=NOW.timestamp)


# -- connecting -----------------------------------------------------------------------------------

def script_token_endpoint(server):
    """/oauth/access_token: the code -> a short-lived token; fb_exchange_token -> long-lived."""
    def token(request):
        fields = form(request)
        if fields.get("grant_type") == "fb_exchange_token":
            return Reply(200, {"access_token": LONG, "token_type": "bearer",
                               "expires_in": 5183944})
        if fields.get("code") == CODE:
            return Reply(200, {"access_token": SHORT, "token_type": "bearer",
                               "expires_in": 5400})
        return graph_error(400, 100, "Invalid verification code format.")
    server.script("POST", f"/{V}/oauth/access_token", token)


def test_connect_logs_in_in_the_browser_exchanges_and_picks_the_page(contract_server, ctx,
                                                                      caplog, memory_keyring):
    caplog.set_level(logging.DEBUG)

    def dialog(request):
        q = query(request)
        return Reply(302, body=b"", headers={"Location": q["redirect_uri"] + "?" + urlencode(
            {"code": CODE, "state": q["state"]}) + "#_=_"})
    contract_server.script("GET", f"/{V}/dialog/oauth", dialog)
    script_token_endpoint(contract_server)
    contract_server.script("GET", f"/{V}/me/accounts", Reply(200, {
        "data": [
            {"id": "999", "name": "Klinik Lain", "access_token": OTHER_PAGE_TOKEN,
             "tasks": ["CREATE_CONTENT"]},
            {"id": PAGE_ID, "name": "RS Kanker Onkologi", "access_token": PAGE_TOKEN,
             "tasks": ["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"]}],
        "paging": {"cursors": {"before": "QVFI", "after": "QVFJ"}}}))
    offered = []

    def choose_page(pages):
        offered.extend(pages)
        return PAGE_ID

    account = facebook.connect(
        ctx, app_id=APP_ID, app_secret=APP_SECRET,
        open_browser=lambda url: httpx.get(url, follow_redirects=True, timeout=5),
        choose_page=choose_page, graph_base=contract_server.url,
        dialog_base=contract_server.url, timeout=10)

    [dialog_request] = contract_server.sent("GET", f"/{V}/dialog/oauth")
    asked = query(dialog_request)
    assert asked["client_id"] == APP_ID
    assert asked["response_type"] == "code"
    assert asked["redirect_uri"].startswith("http://127.0.0.1:")
    assert asked["scope"] == " ".join(facebook.SCOPES)
    assert "pages_messaging" in asked["scope"]
    assert asked["code_challenge_method"] == "S256" and asked["state"]

    code_request, exchange = contract_server.sent("POST", f"/{V}/oauth/access_token")
    sent = form(code_request)
    assert sent["code"] == CODE and sent["client_id"] == APP_ID
    assert sent["client_secret"] == APP_SECRET and sent["redirect_uri"] == asked["redirect_uri"]
    assert sent["code_verifier"]
    assert form(exchange) == {"grant_type": "fb_exchange_token", "client_id": APP_ID,
                              "client_secret": APP_SECRET, "fb_exchange_token": SHORT}
    assert "authorization" not in exchange.headers and not exchange.query

    [pages] = contract_server.sent("GET", f"/{V}/me/accounts")
    assert_bearer(pages, LONG)
    assert query(pages)["fields"] == "id,name,access_token,tasks"
    assert all("access_token" not in page for page in offered)  # the UI never sees tokens

    assert account.options == {"page_id": PAGE_ID, "app_id": APP_ID, "schedule_max_days": 28}
    assert account.name == account.handle == "RS Kanker Onkologi"
    stored = json.loads(memory_keyring.items[("HumasDesk", account.credential_ref)])
    assert stored["page_token"] == PAGE_TOKEN and stored["app_secret"] == APP_SECRET
    assert stored["expires_at"] is None  # a page token from a long-lived user token
    assert_no_secret(caplog, SECRETS, repr(account))


def test_connect_with_a_pasted_page_token(contract_server, ctx):
    """Meta does not exchange page tokens, and a page has no ``accounts`` edge: the pasted token
    is the page's own."""
    contract_server.script("POST", f"/{V}/oauth/access_token", graph_error(
        400, 100, "(#100) The parameter fb_exchange_token is not a user access token"))
    contract_server.script("GET", f"/{V}/me/accounts", graph_error(
        400, 100, "(#100) Tried accessing nonexisting field (accounts) on node type (Page)"))
    contract_server.script("GET", f"/{V}/me", Reply(200, {"id": PAGE_ID,
                                                           "name": "RS Kanker Onkologi"}))
    account = facebook.connect(ctx, app_id=APP_ID, app_secret=APP_SECRET, token=PAGE_TOKEN,
                               graph_base=contract_server.url)
    assert account.options["page_id"] == PAGE_ID
    [me] = contract_server.sent("GET", f"/{V}/me")
    assert_bearer(me, PAGE_TOKEN)
    assert query(me)["fields"] == "id,name"
    assert json.loads(ctx.secrets.get(account.credential_ref))["page_token"] == PAGE_TOKEN


def test_connect_refuses_a_wrong_app_id_before_anything(contract_server, ctx):
    with pytest.raises(Rejected, match="App ID"):
        facebook.connect(ctx, app_id="rsko-app", app_secret=APP_SECRET, token=SHORT,
                         graph_base=contract_server.url)
    assert contract_server.requests == []


def test_connect_with_several_pages_and_no_choice_names_them(contract_server, ctx):
    script_token_endpoint(contract_server)
    contract_server.script("GET", f"/{V}/me/accounts", Reply(200, {"data": [
        {"id": "1", "name": "Satu", "access_token": PAGE_TOKEN},
        {"id": "2", "name": "Dua", "access_token": OTHER_PAGE_TOKEN}]}))
    with pytest.raises(Rejected, match=r"Satu \(1\), Dua \(2\)") as raised:
        facebook.connect(ctx, app_id=APP_ID, app_secret=APP_SECRET, token=SHORT,
                         graph_base=contract_server.url)
    assert PAGE_TOKEN not in raised.value.message


# -- posting --------------------------------------------------------------------------------------

def test_publish_a_link_post(contract_server, ctx, account, caplog):
    caplog.set_level(logging.DEBUG)
    post_id = f"{PAGE_ID}_555"
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", Reply(200, {"id": post_id}))
    contract_server.script("GET", f"/{V}/{post_id}", Reply(200, {
        "id": post_id, "permalink_url": "https://www.facebook.com/rsko/posts/555"}))
    text = "Jadwal vaksinasi: https://rsko.example/vaksin. Datang ya!"
    result = adapter_for(account, ctx).publish(OutgoingPost(text=text, idempotency_key="k"))

    assert result.remote_id == post_id
    assert result.url == "https://www.facebook.com/rsko/posts/555"
    [feed] = contract_server.sent("POST", f"/{V}/{PAGE_ID}/feed")
    assert_bearer(feed, PAGE_TOKEN)
    assert form(feed) == {"message": text, "link": "https://rsko.example/vaksin"}
    [permalink] = contract_server.sent("GET", f"/{V}/{post_id}")
    assert query(permalink)["fields"] == "permalink_url"
    assert_no_secret(caplog, SECRETS)


def test_publish_photos_with_alt_text(contract_server, ctx, account, tmp_path):
    photos = iter(["9001", "9002"])
    contract_server.script("POST", f"/{V}/{PAGE_ID}/photos",
                           lambda r: Reply(200, {"id": next(photos)}))
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", Reply(200, {"id": f"{PAGE_ID}_7"}))
    contract_server.script("GET", f"/{V}/{PAGE_ID}_7", Reply(200, {"permalink_url": "u"}))
    first = image(tmp_path / "a.png", alt="Dokter memeriksa pasien anak")
    second = image(tmp_path / "b.png", alt="")
    adapter_for(account, ctx).publish(OutgoingPost(
        text="Layanan anak https://rsko.example", idempotency_key="k", media=[first, second]))

    uploads = contract_server.sent("POST", f"/{V}/{PAGE_ID}/photos")
    assert [u.fields() for u in uploads] == [
        {"published": "false", "alt_text_custom": "Dokter memeriksa pasien anak"},
        {"published": "false"}]
    files = [p for p in uploads[0].multipart() if p.filename]
    assert [(p.name, p.filename, p.content_type) for p in files] == [
        ("source", "a.png", "image/png")]
    assert_bearer(uploads[0], PAGE_TOKEN)
    [feed] = contract_server.sent("POST", f"/{V}/{PAGE_ID}/feed")
    # Photos and a link preview do not go together: the photos win, the link stays in the text.
    assert form(feed) == {"message": "Layanan anak https://rsko.example",
                          "attached_media[0]": '{"media_fbid": "9001"}',
                          "attached_media[1]": '{"media_fbid": "9002"}'}


def test_schedule_hands_the_post_to_facebook(contract_server, ctx, account, tmp_path):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/photos", Reply(200, {"id": "9001"}))
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", Reply(200, {"id": f"{PAGE_ID}_8"}))
    at = NOW + timedelta(days=2)
    result = adapter_for(account, ctx).schedule(OutgoingPost(
        text="Besok seminar", idempotency_key="k",
        media=[image(tmp_path / "a.png", alt="Poster seminar")]), at)
    assert result.remote_id == f"{PAGE_ID}_8" and result.url == ""
    [upload] = contract_server.sent("POST", f"/{V}/{PAGE_ID}/photos")
    assert upload.fields() == {"published": "false", "temporary": "true",
                               "alt_text_custom": "Poster seminar"}
    [feed] = contract_server.sent("POST", f"/{V}/{PAGE_ID}/feed")
    assert form(feed) == {"message": "Besok seminar",
                          "attached_media[0]": '{"media_fbid": "9001"}',
                          "published": "false",
                          "scheduled_publish_time": str(int(at.timestamp()))}


@pytest.mark.parametrize("ahead, words", [
    (timedelta(minutes=9), "at least 10 minutes ahead"),
    (timedelta(days=29), "at most 28 days ahead"),
])
def test_schedule_outside_facebooks_window_is_refused_without_sending(
        contract_server, ctx, account, ahead, words):
    adapter = adapter_for(account, ctx)
    assert not adapter.can_schedule(OutgoingPost(text="x", idempotency_key="k"), NOW + ahead)
    with pytest.raises(Rejected, match=words):
        adapter.schedule(OutgoingPost(text="x", idempotency_key="k"), NOW + ahead)
    assert contract_server.requests == []


def test_the_upper_bound_is_a_setting(ctx, account):
    account.options["schedule_max_days"] = 180
    adapter = adapter_for(account, ctx)
    assert adapter.can_schedule(OutgoingPost(text="x", idempotency_key="k"),
                                NOW + timedelta(days=170))


def test_reschedule_and_cancel_a_scheduled_post(contract_server, ctx, account):
    post_id = f"{PAGE_ID}_8"
    contract_server.script("GET", f"/{V}/{post_id}", Reply(200, {
        "id": post_id, "is_published": False, "scheduled_publish_time": 1795000000}))
    contract_server.script("POST", f"/{V}/{post_id}", Reply(200, {"success": True}))
    contract_server.script("DELETE", f"/{V}/{post_id}", Reply(200, {"success": True}))
    adapter = adapter_for(account, ctx)
    later = NOW + timedelta(days=3)
    assert adapter.reschedule(post_id, later) == later
    adapter.cancel_scheduled(post_id)

    checks = contract_server.sent("GET", f"/{V}/{post_id}")
    assert [query(c)["fields"] for c in checks] == ["is_published,scheduled_publish_time"] * 2
    [move] = contract_server.sent("POST", f"/{V}/{post_id}")
    assert form(move) == {"scheduled_publish_time": str(int(later.timestamp()))}
    [delete] = contract_server.sent("DELETE", f"/{V}/{post_id}")
    assert_bearer(delete, PAGE_TOKEN)


def test_a_published_post_cannot_be_cancelled(contract_server, ctx, account):
    post_id = f"{PAGE_ID}_9"
    contract_server.script("GET", f"/{V}/{post_id}", Reply(200, {"is_published": True}))
    with pytest.raises(Rejected, match="already published"):
        adapter_for(account, ctx).cancel_scheduled(post_id)
    assert contract_server.sent("DELETE") == []


# -- errors ---------------------------------------------------------------------------------------

def test_an_expired_page_token_needs_reconnecting(contract_server, ctx, account, caplog):
    caplog.set_level(logging.DEBUG)
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", graph_error(
        400, 190, "Error validating access token: Session has expired on Tuesday, "
        "24-Nov-26 09:00:00 PST. The current time is Thursday, 26-Nov-26 03:00:00 PST.",
        subcode=463))
    with pytest.raises(AuthExpired) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert raised.value.message == ("Facebook: The login has expired. Reconnect the account on "
                                    "the Accounts page; the post stays in the queue.")
    assert_no_secret(caplog, SECRETS, raised.value.message)


def test_a_changed_password_says_so(contract_server, ctx, account):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", graph_error(
        400, 190, "Error validating access token: The session has been invalidated because the "
        "user changed their password.", subcode=460))
    with pytest.raises(AuthExpired, match="password was changed"):
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))


def test_a_missing_permission_asks_to_reconnect(contract_server, ctx, account):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", graph_error(
        403, 200, "(#200) If posting to a page, requires both pages_read_engagement and "
        "pages_manage_posts permission"))
    with pytest.raises(AuthExpired, match="lacks a permission.*pages_manage_posts"):
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))


def test_page_throttling_uses_the_business_use_case_header(contract_server, ctx, account):
    usage = {PAGE_ID: [{"type": "pages", "call_count": 100, "total_cputime": 35,
                        "total_time": 42, "estimated_time_to_regain_access": 17}]}
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", graph_error(
        400, 32, "(#32) Page request limit reached",
        headers={"X-Business-Use-Case-Usage": json.dumps(usage)}))
    before = datetime.now(UTC)
    with pytest.raises(RateLimited) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert before + timedelta(minutes=17) <= raised.value.reset_at
    assert raised.value.reset_at <= datetime.now(UTC) + timedelta(minutes=17)
    assert "WIB" in raised.value.message


def test_throttling_without_a_reset_time(contract_server, ctx, account):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", graph_error(
        400, 4, "(#4) Application request limit reached"))
    with pytest.raises(RateLimited) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert raised.value.reset_at is None
    assert "Application request limit reached" in raised.value.message


@pytest.mark.parametrize("reply", [
    Reply(500, {"error": {"message": "An unknown error has occurred.", "type": "OAuthException",
                          "code": 1, "fbtrace_id": "x"}}),
    Reply(400, {"error": {"message": "Service temporarily unavailable", "code": 2,
                          "is_transient": True, "type": "OAuthException"}}),
    Reply(502, body=b"<html>Bad gateway</html>", headers={"Content-Type": "text/html"}),
])
def test_temporary_failures_are_transient(contract_server, ctx, account, reply):
    contract_server.script("GET", f"/{V}/{PAGE_ID}", reply)
    with pytest.raises(Transient):
        adapter_for(account, ctx).verify()


def test_a_refused_post_carries_facebooks_words(contract_server, ctx, account):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", graph_error(
        400, 506, "Duplicate status message"))
    with pytest.raises(Rejected) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert raised.value.platform_message == "Duplicate status message"


def test_an_expiry_known_to_have_passed_stops_before_sending(contract_server, ctx, account):
    tokens.save(ctx.secrets, account.credential_ref, {
        "app_secret": APP_SECRET, "page_token": PAGE_TOKEN,
        "expires_at": NOW.timestamp() - 60})
    with pytest.raises(AuthExpired, match="Facebook login has expired"):
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert contract_server.requests == []


def test_verify_names_the_page_and_the_expiry(contract_server, ctx, account):
    contract_server.script("GET", f"/{V}/{PAGE_ID}", Reply(200, {"id": PAGE_ID,
                                                                  "name": "RS Kanker Onkologi"}))
    words = default_registry(ctx).adapter_for(account).verify()
    assert words == ("Connected to the Facebook page “RS Kanker Onkologi”. The login does not "
                     "expire.")
    [call] = contract_server.sent("GET", f"/{V}/{PAGE_ID}")
    assert query(call)["fields"] == "id,name"


def test_registry_declares_native_scheduling(ctx):
    spec = default_registry(ctx).spec("facebook")
    assert spec.capabilities.native_scheduling and spec.capabilities.alt_text
    assert spec.capabilities.native_min_lead == timedelta(minutes=10)
    assert spec.display_name() == "Facebook page"


def test_a_phone_photo_arrives_fitted_upright_and_private(contract_server, ctx, account,
                                                          tmp_path):
    contract_server.script("POST", f"/{V}/{PAGE_ID}/photos", Reply(200, {"id": "9003"}))
    contract_server.script("POST", f"/{V}/{PAGE_ID}/feed", Reply(200, {"id": f"{PAGE_ID}_9"}))
    contract_server.script("GET", f"/{V}/{PAGE_ID}_9", Reply(200, {"permalink_url": "u"}))
    fitted, original, limits = fitted_phone_photo(tmp_path, "facebook")
    adapter_for(account, ctx).publish(OutgoingPost(text="Bangsal anak", idempotency_key="k",
                                                   media=[fitted]))
    [upload] = contract_server.sent("POST", f"/{V}/{PAGE_ID}/photos")
    [file] = [p for p in upload.multipart() if p.filename]
    assert file.content_type == "image/jpeg" and file.data == open(fitted.path, "rb").read()
    assert upload.fields()["alt_text_custom"] == original.alt_text
    assert_sent_privately(file.data, limits, tmp_path)
