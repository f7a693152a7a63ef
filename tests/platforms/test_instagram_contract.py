"""Instagram contract tests: content publishing through the Graph API on a local server.

Shapes from developers.facebook.com/docs/instagram-platform (content publishing, IG Container
``status_code``: EXPIRED, ERROR, FINISHED, IN_PROGRESS, PUBLISHED; ``content_publishing_limit``
``{"data": [{"quota_usage", "config": {"quota_total", "quota_duration"}}]}``) and the Graph
error object. Images are hosted first: on the linked Facebook page (``images[].source``) or in
a WordPress media library (``source_url``).
"""

from __future__ import annotations

import json
import logging

import pytest
from platform_support import assert_no_secret, context, image

from contract_server import Reply
from humasdesk.domain.model import Account
from humasdesk.platforms import instagram, meta, tokens
from humasdesk.platforms.assisted import HandOffRequired
from humasdesk.platforms.base import AuthExpired, OutgoingPost, RateLimited, Rejected, Transient
from humasdesk.platforms.instagram import InstagramAdapter

V = meta.GRAPH_VERSION
APP_ID = "1234567890123"
APP_SECRET = "app-secret-3f9a0c1d2e"
LONG = "EAAlong-user-token-222"
PAGE_TOKEN = "EAApage-token-rsko-333"
WP_PASSWORD = "abcdEFGHijklMNOPqrstUVWX"
PAGE_ID = "104857600"
IG_ID = "17841400000000001"
CDN = "https://scontent.xx.fbcdn.net/v/t39.30808-6/"
SECRETS = [APP_SECRET, LONG, PAGE_TOKEN, WP_PASSWORD]


def query(recorded) -> dict:
    return {k: v[0] for k, v in recorded.query.items()}


def form(recorded) -> dict:
    return {k: v[0] for k, v in recorded.form().items()}


def quota(used: int, total: int = 100) -> Reply:
    return Reply(200, {"data": [{"quota_usage": used,
                                 "config": {"quota_total": total, "quota_duration": 86400}}]})


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    return context(tmp_path, memory_secrets)


@pytest.fixture
def account(ctx, contract_server) -> Account:
    tokens.save(ctx.secrets, "instagram:test", {"app_id": APP_ID, "app_secret": APP_SECRET,
                                                "page_token": PAGE_TOKEN, "expires_at": None})
    return Account(platform="instagram", name="@rsko", handle="rsko",
                   server_url=contract_server.url, credential_ref="instagram:test",
                   options={"page_id": PAGE_ID, "ig_user_id": IG_ID, "app_id": APP_ID,
                            "image_host": "facebook"}, id=7)


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def adapter_for(account, ctx, sleeps=None, max_polls=5) -> InstagramAdapter:
    return InstagramAdapter(account, ctx, sleep=sleeps if sleeps is not None else Sleeps(),
                            poll_interval=2.0, max_polls=max_polls)


def script_facebook_host(server, count: int = 1) -> None:
    photos = iter([f"ph{n}" for n in range(1, count + 1)])
    server.script("POST", f"/{V}/{PAGE_ID}/photos", lambda r: Reply(200, {"id": next(photos)}))
    for n in range(1, count + 1):
        server.script("GET", f"/{V}/ph{n}", Reply(200, {"id": f"ph{n}", "images": [
            {"height": 720, "width": 720, "source": f"{CDN}ph{n}_720.jpg"},
            {"height": 1080, "width": 1080, "source": f"{CDN}ph{n}_1080.jpg"}]}))


def sequence(server) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in server.requests]


# -- connecting -----------------------------------------------------------------------------------

def test_connect_finds_the_instagram_account_linked_to_the_page(contract_server, ctx, caplog):
    caplog.set_level(logging.DEBUG)
    contract_server.script("POST", f"/{V}/oauth/access_token", Reply(200, {
        "access_token": LONG, "token_type": "bearer", "expires_in": 5183944}))
    contract_server.script("GET", f"/{V}/me/accounts", Reply(200, {"data": [
        {"id": "555", "name": "Tanpa IG", "access_token": "EAAother"},
        {"id": PAGE_ID, "name": "RS Kanker Onkologi", "access_token": PAGE_TOKEN,
         "instagram_business_account": {"id": IG_ID, "username": "rsko.official"}}]}))
    offered = []
    account = instagram.connect(ctx, app_id=APP_ID, app_secret=APP_SECRET, token="EAAshort",
                                choose_page=lambda pages: offered.extend(pages) or PAGE_ID,
                                graph_base=contract_server.url)
    assert [p["id"] for p in offered] == [PAGE_ID]  # only pages with Instagram are offered
    [pages] = contract_server.sent("GET", f"/{V}/me/accounts")
    assert query(pages)["fields"] == \
        "id,name,access_token,instagram_business_account{id,username}"
    assert pages.headers["authorization"] == f"Bearer {LONG}"
    assert account.options == {"page_id": PAGE_ID, "ig_user_id": IG_ID, "app_id": APP_ID,
                               "image_host": "facebook"}
    assert account.name == "@rsko.official"
    assert json.loads(ctx.secrets.get(account.credential_ref))["page_token"] == PAGE_TOKEN
    assert "hidden, temporary photos" in instagram.host_label("facebook")
    assert_no_secret(caplog, SECRETS + ["EAAshort", "EAAother"], repr(account))


def test_connect_refuses_a_page_without_instagram(contract_server, ctx):
    contract_server.script("POST", f"/{V}/oauth/access_token", Reply(200, {
        "access_token": LONG, "expires_in": 5183944}))
    contract_server.script("GET", f"/{V}/me/accounts", Reply(200, {"data": [
        {"id": PAGE_ID, "name": "RS Kanker Onkologi", "access_token": PAGE_TOKEN}]}))
    with pytest.raises(Rejected, match="has no Instagram professional account linked"):
        instagram.connect(ctx, app_id=APP_ID, app_secret=APP_SECRET, token="EAAshort",
                          graph_base=contract_server.url)


# -- publishing -----------------------------------------------------------------------------------

def test_publish_one_image_hosted_on_the_page_waiting_while_in_progress(
        contract_server, ctx, account, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", quota(3))
    script_facebook_host(contract_server)
    contract_server.script("POST", f"/{V}/{IG_ID}/media", Reply(200, {"id": "c1"}))
    contract_server.script("GET", f"/{V}/c1",
                           Reply(200, {"status_code": "IN_PROGRESS", "id": "c1"}),
                           Reply(200, {"status_code": "IN_PROGRESS", "id": "c1"}),
                           Reply(200, {"status_code": "FINISHED", "id": "c1"}))
    contract_server.script("POST", f"/{V}/{IG_ID}/media_publish", Reply(200, {"id": "m1"}))
    contract_server.script("GET", f"/{V}/m1", Reply(200, {
        "permalink": "https://www.instagram.com/p/DAbc123/", "id": "m1"}))
    sleeps = Sleeps()
    caption = "Hari Kanker Sedunia. #RSKO #HariKanker"
    result = adapter_for(account, ctx, sleeps).publish(OutgoingPost(
        text=caption, idempotency_key="k",
        media=[image(tmp_path / "poster.png", alt="Pita ungu di depan gedung RSKO")]))

    assert result.remote_id == "m1"
    assert result.url == "https://www.instagram.com/p/DAbc123/"
    assert sequence(contract_server) == [
        ("GET", f"/{V}/{IG_ID}/content_publishing_limit"),
        ("POST", f"/{V}/{PAGE_ID}/photos"), ("GET", f"/{V}/ph1"),
        ("POST", f"/{V}/{IG_ID}/media"),
        ("GET", f"/{V}/c1"), ("GET", f"/{V}/c1"), ("GET", f"/{V}/c1"),
        ("POST", f"/{V}/{IG_ID}/media_publish"), ("GET", f"/{V}/m1")]
    assert sleeps == [2.0, 2.0]
    limit, upload, photo, container, *polls, publish, permalink = contract_server.requests
    assert query(limit)["fields"] == "quota_usage,config"
    assert upload.fields() == {"published": "false", "temporary": "true",
                               "alt_text_custom": "Pita ungu di depan gedung RSKO"}
    assert query(photo)["fields"] == "images"
    assert form(container) == {"image_url": f"{CDN}ph1_1080.jpg", "caption": caption,
                               "alt_text": "Pita ungu di depan gedung RSKO"}
    assert all(query(p)["fields"] == "status_code,status" for p in polls)
    assert form(publish) == {"creation_id": "c1"}
    assert query(permalink)["fields"] == "permalink"
    for recorded in contract_server.requests:
        assert recorded.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
        assert query(recorded)["appsecret_proof"] == meta.appsecret_proof(PAGE_TOKEN,
                                                                           APP_SECRET)
    assert_no_secret(caplog, SECRETS)


def test_publish_a_carousel(contract_server, ctx, account, tmp_path):
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", quota(0))
    script_facebook_host(contract_server, 2)
    containers = iter(["k1", "k2", "car"])
    contract_server.script("POST", f"/{V}/{IG_ID}/media",
                           lambda r: Reply(200, {"id": next(containers)}))
    for name in ("k1", "k2", "car"):
        contract_server.script("GET", f"/{V}/{name}", Reply(200, {"status_code": "FINISHED"}))
    contract_server.script("POST", f"/{V}/{IG_ID}/media_publish", Reply(200, {"id": "m2"}))
    contract_server.script("GET", f"/{V}/m2", Reply(200, {"permalink": "p"}))
    adapter_for(account, ctx).publish(OutgoingPost(
        text="Galeri kegiatan", idempotency_key="k",
        media=[image(tmp_path / "1.png", alt="Senam pagi"), image(tmp_path / "2.png")]))

    made = contract_server.sent("POST", f"/{V}/{IG_ID}/media")
    assert [form(m) for m in made] == [
        {"image_url": f"{CDN}ph1_1080.jpg", "is_carousel_item": "true",
         "alt_text": "Senam pagi"},
        {"image_url": f"{CDN}ph2_1080.jpg", "is_carousel_item": "true"},
        {"media_type": "CAROUSEL", "children": "k1,k2", "caption": "Galeri kegiatan"}]
    [publish] = contract_server.sent("POST", f"/{V}/{IG_ID}/media_publish")
    assert form(publish) == {"creation_id": "car"}


def test_a_container_still_in_progress_is_not_published(contract_server, ctx, account,
                                                        tmp_path):
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", quota(0))
    script_facebook_host(contract_server)
    contract_server.script("POST", f"/{V}/{IG_ID}/media", Reply(200, {"id": "c1"}))
    contract_server.script("GET", f"/{V}/c1", Reply(200, {"status_code": "IN_PROGRESS"}))
    sleeps = Sleeps()
    with pytest.raises(Transient, match="still processing the image after 6 seconds"):
        adapter_for(account, ctx, sleeps, max_polls=4).publish(OutgoingPost(
            text="x", idempotency_key="k", media=[image(tmp_path / "a.png")]))
    assert len(contract_server.sent("GET", f"/{V}/c1")) == 4
    assert sleeps == [2.0, 2.0, 2.0]
    assert contract_server.sent("POST", f"/{V}/{IG_ID}/media_publish") == []


def test_a_container_in_error_is_refused_with_its_status(contract_server, ctx, account,
                                                         tmp_path):
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", quota(0))
    script_facebook_host(contract_server)
    contract_server.script("POST", f"/{V}/{IG_ID}/media", Reply(200, {"id": "c1"}))
    contract_server.script("GET", f"/{V}/c1", Reply(200, {
        "status_code": "ERROR", "status": "Error: 2207009", "id": "c1"}))
    with pytest.raises(Rejected, match="2207009"):
        adapter_for(account, ctx).publish(OutgoingPost(
            text="x", idempotency_key="k", media=[image(tmp_path / "a.png")]))
    assert contract_server.sent("POST", f"/{V}/{IG_ID}/media_publish") == []


def test_the_publishing_limit_is_checked_first(contract_server, ctx, account, tmp_path):
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", quota(100, 100))
    with pytest.raises(RateLimited, match="limit of 100 posts in 24 hours"):
        adapter_for(account, ctx).publish(OutgoingPost(
            text="x", idempotency_key="k", media=[image(tmp_path / "a.png")]))
    assert sequence(contract_server) == [("GET", f"/{V}/{IG_ID}/content_publishing_limit")]


def test_the_limit_reached_at_publish_time_is_a_rate_limit(contract_server, ctx, account,
                                                           tmp_path):
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", quota(24, 25))
    script_facebook_host(contract_server)
    contract_server.script("POST", f"/{V}/{IG_ID}/media", Reply(200, {"id": "c1"}))
    contract_server.script("GET", f"/{V}/c1", Reply(200, {"status_code": "FINISHED"}))
    contract_server.script("POST", f"/{V}/{IG_ID}/media_publish", Reply(400, {"error": {
        "message": "Application request limit reached", "type": "OAuthException", "code": 9,
        "error_subcode": 2207042, "is_transient": False,
        "error_user_title": "Batas publikasi tercapai",
        "error_user_msg": "You reached maximum number of posts that is allowed to be published "
                          "by Content Publish API.", "fbtrace_id": "A1"}}))
    with pytest.raises(RateLimited, match="maximum number of posts"):
        adapter_for(account, ctx).publish(OutgoingPost(
            text="x", idempotency_key="k", media=[image(tmp_path / "a.png")]))


def test_an_expired_token_needs_reconnecting(contract_server, ctx, account, tmp_path):
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", Reply(400, {
        "error": {"message": "Error validating access token: Session has expired",
                  "type": "OAuthException", "code": 190, "error_subcode": 463,
                  "fbtrace_id": "A2"}}))
    with pytest.raises(AuthExpired, match="Instagram: The login has expired"):
        adapter_for(account, ctx).publish(OutgoingPost(
            text="x", idempotency_key="k", media=[image(tmp_path / "a.png")]))


@pytest.mark.parametrize("text, words", [
    ("a" * 2201, "Too long for Instagram"),
    (" ".join(f"#tag{n}" for n in range(31)), "Too many hashtags for Instagram"),
])
def test_caption_rules_are_checked_before_sending(contract_server, ctx, account, tmp_path,
                                                  text, words):
    with pytest.raises(Rejected, match=words):
        adapter_for(account, ctx).publish(OutgoingPost(
            text=text, idempotency_key="k", media=[image(tmp_path / "a.png")]))
    assert contract_server.requests == []


def test_a_post_without_an_image_is_refused(contract_server, ctx, account):
    with pytest.raises(Rejected, match="needs at least one image"):
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert contract_server.requests == []


# -- hosting in WordPress, and posting by hand ----------------------------------------------------

def wordpress_host(account, ctx, server) -> None:
    ctx.secrets.set("wordpress:site", WP_PASSWORD)
    account.options["image_host"] = "wordpress"
    account.options["wordpress"] = {"site": server.url, "user": "humas",
                                    "credential_ref": "wordpress:site", "account_id": 3}


def test_images_hosted_in_the_wordpress_media_library(contract_server, ctx, account, tmp_path,
                                                      caplog):
    caplog.set_level(logging.DEBUG)
    wordpress_host(account, ctx, contract_server)
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", quota(0))
    contract_server.script("POST", "/", Reply(201, {
        "id": 31, "alt_text": "Ruang tunggu", "mime_type": "image/jpeg",
        "source_url": "https://rsko.example/wp-content/uploads/2026/11/ruang.jpg"}))
    contract_server.script("POST", f"/{V}/{IG_ID}/media", Reply(200, {"id": "c1"}))
    contract_server.script("GET", f"/{V}/c1", Reply(200, {"status_code": "FINISHED"}))
    contract_server.script("POST", f"/{V}/{IG_ID}/media_publish", Reply(200, {"id": "m3"}))
    contract_server.script("GET", f"/{V}/m3", Reply(200, {"permalink": "p"}))
    jpeg = image(tmp_path / "ruang.jpg", alt="Ruang tunggu", mime="image/jpeg",
                 data=b"\xff\xd8\xff\xe0" + b"0" * 64)
    adapter_for(account, ctx).publish(OutgoingPost(text="Ruang tunggu baru",
                                                   idempotency_key="k", media=[jpeg]))

    [upload] = contract_server.sent("POST", "/")
    assert query(upload) == {"rest_route": "/wp/v2/media"}
    assert upload.headers["authorization"].startswith("Basic ")
    assert upload.fields() == {"alt_text": "Ruang tunggu", "title": "ruang"}
    [container] = contract_server.sent("POST", f"/{V}/{IG_ID}/media")
    assert form(container)["image_url"] == \
        "https://rsko.example/wp-content/uploads/2026/11/ruang.jpg"
    assert contract_server.sent("POST", f"/{V}/{PAGE_ID}/photos") == []
    assert_no_secret(caplog, SECRETS)


def test_a_website_host_takes_only_jpeg(contract_server, ctx, account, tmp_path):
    wordpress_host(account, ctx, contract_server)
    with pytest.raises(Rejected, match="only JPEG images from a website"):
        adapter_for(account, ctx).publish(OutgoingPost(
            text="x", idempotency_key="k", media=[image(tmp_path / "a.png")]))
    assert contract_server.requests == []


def test_when_the_host_refuses_the_post_is_prepared_by_hand(contract_server, ctx, account,
                                                            tmp_path):
    wordpress_host(account, ctx, contract_server)
    contract_server.script("GET", f"/{V}/{IG_ID}/content_publishing_limit", quota(0))
    contract_server.script("POST", "/", Reply(401, {
        "code": "incorrect_password", "message": "The provided password is an invalid "
        "application password.", "data": {"status": 401}}))
    jpeg = image(tmp_path / "a.jpg", alt="Foto", mime="image/jpeg", data=b"\xff\xd8\xff" * 9)
    with pytest.raises(HandOffRequired) as raised:
        adapter_for(account, ctx).publish(OutgoingPost(text="Teks", idempotency_key="k",
                                                       media=[jpeg]))
    assert raised.value.message.startswith("The image could not be put at a public address")
    assert "ready for posting by hand" in raised.value.message
    assert raised.value.handoff.open_url == "https://www.instagram.com/"
    assert raised.value.handoff.text == "Teks"
    assert [p.name for p in raised.value.handoff.media_files] == ["01-a.jpg"]
    assert contract_server.sent("POST", f"/{V}/{IG_ID}/media") == []


def test_with_no_host_chosen_it_says_so_and_prepares_by_hand(contract_server, ctx, account,
                                                             tmp_path):
    account.options["image_host"] = "assisted"
    with pytest.raises(HandOffRequired, match="No public place for images is set up"):
        adapter_for(account, ctx).publish(OutgoingPost(
            text="x", idempotency_key="k", media=[image(tmp_path / "a.png")]))
    assert contract_server.requests == []
