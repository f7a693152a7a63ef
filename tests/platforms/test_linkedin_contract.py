"""LinkedIn contract tests: OAuth in the browser with the user's own app, posts on an
organization page and on the member's profile, an image with alt text, and the errors.

Shapes from LinkedIn's documentation (learn.microsoft.com/linkedin):
- Posts API (marketing/community-management/shares/posts-api): ``POST /rest/posts`` with the
  headers ``LinkedIn-Version: YYYYMM`` and ``X-Restli-Protocol-Version: 2.0.0``; body
  ``author`` (``urn:li:organization:ID`` or ``urn:li:person:ID``), ``commentary``,
  ``visibility: PUBLIC``, ``distribution.feedDistribution: MAIN_FEED``, ``lifecycleState:
  PUBLISHED``; an image post carries ``content.media.id`` (an image URN) and ``altText``; the
  answer is 201 with the new post's URN in the ``x-restli-id`` header. Permissions
  ``w_member_social`` (a member's post) and ``w_organization_social`` (a page's).
- Images API (marketing/community-management/shares/images-api): ``POST
  /rest/images?action=initializeUpload`` with ``{"initializeUploadRequest": {"owner": URN}}``
  answers ``{"value": {"uploadUrl", "uploadUrlExpiresAt", "image"}}``; the bytes are then PUT
  to ``uploadUrl``.
- Authorization code flow (shared/authentication/authorization-code-flow):
  ``/oauth/v2/authorization`` then ``POST /oauth/v2/accessToken`` with ``client_id`` and
  ``client_secret``, answering ``access_token`` and ``expires_in`` (5184000, 60 days), with
  ``refresh_token`` and ``refresh_token_expires_in`` for the apps LinkedIn allows them.
  ``GET /v2/userinfo`` (OpenID Connect) gives the member's ``sub`` and ``name``;
  ``GET /rest/organizationAcls?q=roleAssignee`` the pages the member administers.
- Errors: JSON ``{"status", "serviceErrorCode", "code", "message"}``; 401 expired or revoked
  token, 403 ``ACCESS_DENIED`` ("Not enough permissions to access ..."), 422 a refused body,
  429 with ``Retry-After``.
"""

from __future__ import annotations

import logging
import socket
from datetime import UTC, datetime
from urllib.parse import urlencode

import httpx
import pytest
from platform_support import assert_no_secret, context, image, png_bytes

from contract_server import Reply
from humasdesk.domain.model import Account
from humasdesk.platforms import linkedin, tokens
from humasdesk.platforms.base import (
    AuthExpired,
    OutcomeUnknown,
    OutgoingPost,
    RateLimited,
    Rejected,
    Transient,
)

CLIENT_ID = "86abcdefghijkl"
CLIENT_SECRET = "WPL_AP1.c2VjcmV0LWxpbmtlZGlu.ZmFrZQ=="
CODE = "AQTk1Y2xpbmtlZGluLWNvZGUtZmFrZS1mb3ItdGVzdHM"
ACCESS = "AQVlinkedin-access-token-ZmFrZS1hY2Nlc3MtdG9rZW4"
MEMBER = "yrZCpj2Z12"
ORG = "2414183"
SECRETS = [CLIENT_SECRET, CODE, ACCESS]
POST_URN = "urn:li:share:7012345678901234567"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def error(status: int, message: str, code: str = "", service: int = 0) -> Reply:
    return Reply(status, {"status": status, "serviceErrorCode": service, "code": code,
                          "message": message})


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    return context(tmp_path, memory_secrets)


def stored(ctx, ref: str = "linkedin:test", **extra) -> None:
    tokens.save(ctx.secrets, ref, {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                                   "access_token": ACCESS,
                                   "expires_at": datetime(2027, 2, 1, tzinfo=UTC).timestamp(),
                                   "issued_at": 0, **extra})


def account_for(ctx, server, author: str) -> Account:
    stored(ctx)
    return Account(platform="linkedin", name="RSKO", handle="RS Kanker Onkologi",
                   server_url=server.url, credential_ref="linkedin:test",
                   options={"author": author, "member": MEMBER})


@pytest.fixture
def page(ctx, contract_server) -> linkedin.LinkedInAdapter:
    return linkedin.LinkedInAdapter(
        account_for(ctx, contract_server, f"urn:li:organization:{ORG}"), ctx.secrets,
        ctx.http, ctx.zone)


@pytest.fixture
def profile(ctx, contract_server) -> linkedin.LinkedInAdapter:
    return linkedin.LinkedInAdapter(
        account_for(ctx, contract_server, f"urn:li:person:{MEMBER}"), ctx.secrets, ctx.http,
        ctx.zone)


def created(urn: str = POST_URN) -> Reply:
    return Reply(201, body=b"", headers={"x-restli-id": urn})


def assert_versioned(recorded) -> None:
    assert recorded.headers["authorization"] == f"Bearer {ACCESS}"
    assert recorded.headers["linkedin-version"] == linkedin.VERSION
    assert len(linkedin.VERSION) == 6 and linkedin.VERSION.isdigit()  # YYYYMM
    assert recorded.headers["x-restli-protocol-version"] == "2.0.0"


# -- connecting -----------------------------------------------------------------------------------

def script_login(server, *, token: dict | None = None) -> None:
    def authorize(request):
        q = {k: v[0] for k, v in request.query.items()}
        return Reply(302, body=b"", headers={"Location": q["redirect_uri"] + "?" + urlencode(
            {"state": q["state"], "code": CODE})})

    server.script("GET", "/oauth/v2/authorization", authorize)
    server.script("POST", "/oauth/v2/accessToken", Reply(200, token or {
        "access_token": ACCESS, "expires_in": 5184000,
        "scope": "openid,profile,w_member_social,w_organization_social,"
                 "r_organization_social"}))
    server.script("GET", "/v2/userinfo", Reply(200, {"sub": MEMBER, "name": "Dewi Lestari",
                                                     "given_name": "Dewi"}))


def browser(url: str):
    return httpx.get(url, follow_redirects=True, timeout=5)


def test_connect_to_an_organization_page_in_the_browser(contract_server, ctx, caplog):
    caplog.set_level(logging.DEBUG)
    script_login(contract_server)
    contract_server.script("GET", "/rest/organizationAcls", Reply(200, {"elements": [
        {"roleAssignee": f"urn:li:person:{MEMBER}", "role": "ADMINISTRATOR",
         "state": "APPROVED", "organization": f"urn:li:organization:{ORG}"},
        {"roleAssignee": f"urn:li:person:{MEMBER}", "role": "ADMINISTRATOR",
         "state": "APPROVED", "organization": "urn:li:organization:999"}]}))
    contract_server.script("GET", f"/rest/organizations/{ORG}",
                           Reply(200, {"id": int(ORG), "localizedName": "RS Kanker Onkologi"}))
    contract_server.script("GET", "/rest/organizations/999",
                           Reply(200, {"id": 999, "localizedName": "Yayasan RSKO"}))
    offered = []

    def choose(pages):
        offered.append(pages)
        return ORG

    redirect = f"http://127.0.0.1:{free_port()}/callback"
    account = linkedin.connect(ctx, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                               post_as="organization", open_browser=browser,
                               redirect_uri=redirect, choose_page=choose,
                               api_base=contract_server.url, oauth_base=contract_server.url,
                               timeout=10)

    [asked] = contract_server.sent("GET", "/oauth/v2/authorization")
    query = {k: v[0] for k, v in asked.query.items()}
    assert query["response_type"] == "code" and query["client_id"] == CLIENT_ID
    assert query["redirect_uri"] == redirect  # exactly the registered address
    assert query["scope"] == "openid profile w_member_social w_organization_social " \
                             "r_organization_social"
    [token] = contract_server.sent("POST", "/oauth/v2/accessToken")
    sent = {k: v[0] for k, v in token.form().items()}
    assert (sent["grant_type"], sent["code"], sent["redirect_uri"], sent["client_id"],
            sent["client_secret"]) == ("authorization_code", CODE, redirect, CLIENT_ID,
                                       CLIENT_SECRET)
    [acls] = contract_server.sent("GET", "/rest/organizationAcls")
    assert {k: v[0] for k, v in acls.query.items()} == {
        "q": "roleAssignee", "role": "ADMINISTRATOR", "state": "APPROVED"}
    assert_versioned(acls)
    assert offered == [[{"id": ORG, "name": "RS Kanker Onkologi"},
                        {"id": "999", "name": "Yayasan RSKO"}]]
    assert account.platform == "linkedin" and account.name == "RS Kanker Onkologi"
    assert account.options["author"] == f"urn:li:organization:{ORG}"
    assert account.options["member"] == MEMBER
    # The token and the app's secret are in the keyring only, never in the account row.
    saved = tokens.load(ctx.secrets, account.credential_ref, "LinkedIn")
    assert saved["access_token"] == ACCESS and saved["client_secret"] == CLIENT_SECRET
    assert saved["expires_at"] - saved["issued_at"] == 5184000
    assert CLIENT_SECRET not in repr(account) and ACCESS not in repr(account)
    assert_no_secret(caplog, SECRETS, repr(account))


def test_connect_to_the_profile_asks_only_the_member_scopes(contract_server, ctx):
    script_login(contract_server, token={"access_token": ACCESS, "expires_in": 5184000,
                                         "refresh_token": "AQX-refresh", "scope": "x",
                                         "refresh_token_expires_in": 31536000})
    account = linkedin.connect(ctx, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                               open_browser=browser,
                               redirect_uri=f"http://127.0.0.1:{free_port()}/callback",
                               api_base=contract_server.url, oauth_base=contract_server.url,
                               timeout=10)
    [asked] = contract_server.sent("GET", "/oauth/v2/authorization")
    assert asked.query["scope"] == ["openid profile w_member_social"]
    assert contract_server.sent("GET", "/rest/organizationAcls") == []
    assert account.options["author"] == f"urn:li:person:{MEMBER}"
    assert account.name == "Dewi Lestari"
    saved = tokens.load(ctx.secrets, account.credential_ref, "LinkedIn")
    assert saved["refresh_token"] == "AQX-refresh"


def test_a_page_the_member_does_not_administer_is_refused(contract_server, ctx):
    script_login(contract_server)
    contract_server.script("GET", "/rest/organizationAcls", Reply(200, {"elements": []}))
    with pytest.raises(Rejected) as caught:
        linkedin.connect(ctx, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                         post_as="organization", organization=ORG, open_browser=browser,
                         redirect_uri=f"http://127.0.0.1:{free_port()}/callback",
                         api_base=contract_server.url, oauth_base=contract_server.url,
                         timeout=10)
    assert "not an administrator of the page 2414183" in caught.value.message
    assert ctx.secrets.get("linkedin:test") is None


def test_connect_without_the_secret_asks_for_it(ctx):
    with pytest.raises(Rejected, match="Client secret"):
        linkedin.connect(ctx, client_id=CLIENT_ID, client_secret="", open_browser=browser)


# -- posting --------------------------------------------------------------------------------------

def test_post_text_to_an_organization_page(contract_server, page):
    contract_server.script("POST", "/rest/posts", created())
    result = page.publish(OutgoingPost("Jadwal vaksin (gratis) #sehat @RSKO", "k1"))
    assert result.remote_id == POST_URN
    assert result.url == f"https://www.linkedin.com/feed/update/{POST_URN}/"
    [sent] = contract_server.sent("POST", "/rest/posts")
    assert_versioned(sent)
    assert sent.json() == {
        "author": f"urn:li:organization:{ORG}",
        # The reserved characters of LinkedIn's "little" format are escaped.
        "commentary": "Jadwal vaksin \\(gratis\\) \\#sehat \\@RSKO",
        "visibility": "PUBLIC",
        "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                         "thirdPartyDistributionChannels": []},
        "lifecycleState": "PUBLISHED",
        "isReshareDisabledByAuthor": False,
    }


def test_post_to_the_member_profile(contract_server, profile):
    contract_server.script("POST", "/rest/posts", created("urn:li:ugcPost:70123"))
    result = profile.publish(OutgoingPost("Selamat pagi", "k2"))
    assert result.remote_id == "urn:li:ugcPost:70123"
    [sent] = contract_server.sent("POST", "/rest/posts")
    assert sent.json()["author"] == f"urn:li:person:{MEMBER}"
    assert sent.json()["commentary"] == "Selamat pagi"


def test_post_with_an_image_and_its_alt_text(contract_server, page, tmp_path):
    upload = f"{contract_server.url}/dms-uploads/sp/D4D10AQ/uploaded"
    contract_server.script("POST", "/rest/images", Reply(200, {"value": {
        "uploadUrlExpiresAt": 1_795_660_000_000, "uploadUrl": upload,
        "image": "urn:li:image:C4E10AQFoyyAjHPMQuQ"}}))
    contract_server.script("PUT", "/dms-uploads/sp/D4D10AQ/uploaded", Reply(201, body=b""))
    contract_server.script("POST", "/rest/posts", created())
    photo = image(tmp_path / "poster.png", alt="Poster jadwal vaksin di lobi")
    page.publish(OutgoingPost("Poster", "k3", media=[photo]))

    [init] = contract_server.sent("POST", "/rest/images")
    assert init.query == {"action": ["initializeUpload"]}
    assert init.json() == {"initializeUploadRequest": {"owner": f"urn:li:organization:{ORG}"}}
    assert_versioned(init)
    [put] = contract_server.sent("PUT", "/dms-uploads/sp/D4D10AQ/uploaded")
    assert put.body == png_bytes()
    [post] = contract_server.sent("POST", "/rest/posts")
    assert post.json()["content"] == {"media": {"id": "urn:li:image:C4E10AQFoyyAjHPMQuQ",
                                                "altText": "Poster jadwal vaksin di lobi"}}
    # The order is the documented one: register, upload, then post.
    order = [(r.method, r.path) for r in contract_server.requests]
    assert order.index(("PUT", "/dms-uploads/sp/D4D10AQ/uploaded")) < \
        order.index(("POST", "/rest/posts"))


# -- errors ---------------------------------------------------------------------------------------

def test_401_is_an_expired_login(contract_server, page):
    contract_server.script("POST", "/rest/posts",
                           error(401, "Invalid access token", "REVOKED_ACCESS_TOKEN", 65601))
    with pytest.raises(AuthExpired, match="Reconnect the account"):
        page.publish(OutgoingPost("Halo", "k4"))


def test_403_names_the_missing_permission(contract_server, page, profile):
    contract_server.script("POST", "/rest/posts", error(
        403, "Not enough permissions to access: partnerApiPostsExternal.CREATE.20240501",
        "ACCESS_DENIED", 100))
    with pytest.raises(Rejected) as caught:
        page.publish(OutgoingPost("Halo", "k5"))
    assert "w_organization_social" in caught.value.message
    assert "Not enough permissions" in caught.value.message
    with pytest.raises(Rejected) as caught:
        profile.publish(OutgoingPost("Halo", "k6"))
    assert "w_member_social" in caught.value.message


def test_422_is_refused_with_linkedins_message(contract_server, page):
    contract_server.script("POST", "/rest/posts", error(
        422, "ERROR :: /commentary :: Content is a duplicate of urn:li:share:7012",
        "UNPROCESSABLE_ENTITY"))
    with pytest.raises(Rejected) as caught:
        page.publish(OutgoingPost("Halo", "k7"))
    assert caught.value.platform_message == \
        "ERROR :: /commentary :: Content is a duplicate of urn:li:share:7012"
    assert "duplicate" in caught.value.message


def test_429_waits_as_retry_after_says(contract_server, page):
    contract_server.script("POST", "/rest/posts", Reply(429, {
        "status": 429, "message": "Resource level throttle APPLICATION DAY limit reached"},
        headers={"Retry-After": "120"}))
    before = datetime.now(UTC)
    with pytest.raises(RateLimited) as caught:
        page.publish(OutgoingPost("Halo", "k8"))
    waited = (caught.value.reset_at - before).total_seconds()
    assert 110 <= waited <= 130


def test_5xx_is_transient(contract_server, page):
    contract_server.script("POST", "/rest/posts", error(503, "Service Unavailable"))
    with pytest.raises(Transient, match="HTTP 503"):
        page.publish(OutgoingPost("Halo", "k9"))


def test_a_create_answered_without_the_post_id_is_an_unknown_outcome(contract_server, page):
    contract_server.script("POST", "/rest/posts", Reply(201, body=b"<html>proxy</html>",
                                                        headers={"Content-Type": "text/html"}))
    with pytest.raises(OutcomeUnknown):
        page.publish(OutgoingPost("Halo", "k10"))


def test_verify_says_when_the_login_ends(contract_server, page):
    contract_server.script("GET", "/v2/userinfo", Reply(200, {"sub": MEMBER,
                                                             "name": "Dewi Lestari"}))
    words = page.verify()
    assert "Dewi Lestari" in words and "RS Kanker Onkologi" in words
    assert "2027" in words and "60 days" in words
