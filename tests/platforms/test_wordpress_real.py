"""The WordPress adapter against a real WordPress (Debian's package) on 127.0.0.1.

Every check reads the result back through the site's REST API with its own client, so what is
asserted is what WordPress stored, not what the adapter believes it sent.
"""

from __future__ import annotations

import logging
import struct
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from humasdesk.domain.model import Account, AccountState, Media
from humasdesk.platforms import wordpress
from humasdesk.platforms.base import AuthExpired, OutgoingPost, Rejected, new_idempotency_key
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.registry import PlatformContext, default_registry


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def image(tmp_path) -> Media:
    path = tmp_path / "poster-vaksinasi.png"
    path.write_bytes(png(40, 30, (200, 0, 0)))
    return Media(path=str(path), sha256="", mime_type="image/png",
                 alt_text="Poster merah: vaksinasi gratis di RSKO, Sabtu pukul 08.00 WIB")


@pytest.fixture
def context(tmp_path, memory_secrets) -> PlatformContext:
    return PlatformContext(data_dir=tmp_path, outbox_dir=tmp_path / "outbox",
                           secrets=memory_secrets, http=HttpFactory(timeout=60))


@pytest.fixture
def account(wordpress_site, context) -> Account:
    return wordpress.connect(context, site_url=wordpress_site.url, user=wordpress_site.user,
                             app_password=wordpress_site.app_password, name="Situs RSKO")


def read_post(site, post_id: str) -> dict:
    with site.client() as client:
        response = client.get(site.url + "/", params={
            "rest_route": f"/wp/v2/posts/{post_id}", "context": "edit"})
    response.raise_for_status()
    return response.json()


def read_media(site, media_id: int) -> dict:
    with site.client() as client:
        response = client.get(site.url + "/", params={
            "rest_route": f"/wp/v2/media/{media_id}", "context": "edit"})
    response.raise_for_status()
    return response.json()


def term_names(site, taxonomy: str, ids: list[int]) -> set[str]:
    with site.client() as client:
        response = client.get(site.url + "/", params={
            "rest_route": f"/wp/v2/{taxonomy}", "include": ",".join(map(str, ids))})
    response.raise_for_status()
    return {term["name"] for term in response.json()}


def test_connect_keeps_the_password_in_the_keyring_only(wordpress_site, account, context,
                                                        memory_keyring):
    assert account.platform == "wordpress"
    assert account.server_url == wordpress_site.url
    assert account.handle == "admin"
    assert account.credential_ref.startswith("wordpress:")
    assert wordpress_site.app_password not in repr(account)
    assert list(memory_keyring.items.values()) == [wordpress_site.app_password]
    adapter = default_registry(context).adapter_for(account)
    assert "may publish posts and upload images" in adapter.verify()


def test_publish_text_with_featured_image_and_alt_text(wordpress_site, account, context, image):
    adapter = default_registry(context).adapter_for(account)
    key = new_idempotency_key()
    text = ("Vaksinasi gratis hari Sabtu\n\nRSKO membuka layanan vaksinasi <gratis> untuk "
            "lansia.\nDaftar di https://rsko.example/daftar #Vaksinasi #RSKO")
    result = adapter.publish(OutgoingPost(text=text, idempotency_key=key, media=[image]))

    post = read_post(wordpress_site, result.remote_id)
    assert post["status"] == "publish"
    assert post["title"]["raw"] == "Vaksinasi gratis hari Sabtu"
    content = post["content"]["raw"]
    assert "RSKO membuka layanan vaksinasi &lt;gratis&gt; untuk lansia.<br>" in content
    assert '<a href="https://rsko.example/daftar">https://rsko.example/daftar</a>' in content
    assert result.url == post["link"]
    assert term_names(wordpress_site, "tags", post["tags"]) == {"Vaksinasi", "RSKO"}

    media = read_media(wordpress_site, post["featured_media"])
    assert media["alt_text"] == image.alt_text
    assert media["mime_type"] == "image/png"
    # The image is really served at its public address (what Instagram would fetch).
    fetched = httpx.get(media["source_url"], timeout=30)
    assert fetched.status_code == 200
    assert fetched.content == Path(image.path).read_bytes()

    # Crash recovery finds it by the key; another key finds nothing.
    assert adapter.find_published(key) == result
    assert adapter.find_published(new_idempotency_key()) is None


def test_schedule_future_with_categories_then_reschedule_and_cancel(wordpress_site, context,
                                                                    account):
    account.options["categories"] = ["Berita RS", "Kesehatan"]
    adapter = default_registry(context).adapter_for(account)
    at = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    post = OutgoingPost(text="Seminar diabetes\n\nSeminar untuk keluarga pasien.",
                        idempotency_key=new_idempotency_key())
    result = adapter.schedule(post, at)

    stored = read_post(wordpress_site, result.remote_id)
    assert stored["status"] == "future"
    assert stored["date_gmt"] == at.replace(tzinfo=None).isoformat()
    assert term_names(wordpress_site, "categories", stored["categories"]) == {
        "Berita RS", "Kesehatan"}

    # A second post finds the categories made by the first instead of making them again.
    again = adapter.schedule(OutgoingPost(text="Lagi\n\nIsi.",
                                          idempotency_key=new_idempotency_key()), at)
    assert read_post(wordpress_site, again.remote_id)["categories"] == stored["categories"]

    later = at + timedelta(days=1, hours=2)
    adapter.reschedule(result.remote_id, later)
    moved = read_post(wordpress_site, result.remote_id)
    assert moved["status"] == "future"
    assert moved["date_gmt"] == later.replace(tzinfo=None).isoformat()

    adapter.cancel_scheduled(result.remote_id)
    assert read_post(wordpress_site, result.remote_id)["status"] == "trash"
    adapter.cancel_scheduled(result.remote_id)  # cancelling twice is not an error
    adapter.cancel_scheduled(again.remote_id)


def test_schedule_too_soon_or_cancel_a_published_post_is_refused(wordpress_site, context,
                                                                  account):
    adapter = default_registry(context).adapter_for(account)
    with pytest.raises(Rejected, match="at least 2 minutes ahead"):
        adapter.schedule(OutgoingPost(text="Terlalu cepat", idempotency_key="k1"),
                         datetime.now(UTC) + timedelta(seconds=30))
    published = adapter.publish(OutgoingPost(text="Sudah terbit", idempotency_key="k2"))
    with pytest.raises(Rejected, match="already published"):
        adapter.cancel_scheduled(published.remote_id)
    assert read_post(wordpress_site, published.remote_id)["status"] == "publish"


def test_wrong_application_password_is_a_clear_auth_error(wordpress_site, context, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "abcd efgh ijkl mnop qrst uvwx"
    with pytest.raises(AuthExpired) as raised:
        wordpress.connect(context, site_url=wordpress_site.url, user=wordpress_site.user,
                          app_password=wrong)
    message = raised.value.message
    assert "did not accept the user “admin” with this application password" in message
    assert "Application Passwords" in message
    assert "abcdefghijklmnopqrstuvwx" not in message
    assert "abcdefghijklmnopqrstuvwx" not in caplog.text
    assert "YWRtaW46" not in caplog.text  # base64 of "admin:" starts the Basic credential


def test_revoked_password_marks_the_account_for_reconnecting(wordpress_site, context, account,
                                                             app, caplog):
    """A password revoked on the site after connecting: the engine's "needs reconnect" path."""
    caplog.set_level(logging.DEBUG)
    context.secrets.set(account.credential_ref, "revokedrevokedrevokedrev")
    adapter = default_registry(context).adapter_for(account)
    with pytest.raises(AuthExpired):
        adapter.publish(OutgoingPost(text="Tidak terkirim", idempotency_key="k3"))
    assert "revokedrevokedrevokedrev" not in caplog.text
    assert AccountState.NEEDS_RECONNECT.value == "needs_reconnect"


def test_publish_and_hand_off_through_the_engine(wordpress_site, context, account, app):
    """The app's engine sends a due post to the real site, hands a later one to WordPress's own
    scheduler, and the publishing service cancels that one on the site."""
    from humasdesk.domain.model import PublishState
    from humasdesk.publishing.engine import Engine
    from humasdesk.services.publishing import PublishingService

    saved = app.store.accounts.add(account)
    registry = default_registry(context)
    service = PublishingService(app.store, registry)
    engine = Engine(app.store, registry, role="test")
    now_record = service.submit("Dari mesin HumasDesk\n\nIsi berita.", [saved.id])[0]
    later = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    later_record = service.submit("Terjadwal di WordPress\n\nIsi.", [saved.id], when=later)[0]
    engine.run_once()

    sent = app.store.records.get(now_record.id)
    assert sent.state is PublishState.PUBLISHED
    post = read_post(wordpress_site, sent.remote_id)
    assert post["status"] == "publish"
    assert post["title"]["raw"] == "Dari mesin HumasDesk"
    assert sent.remote_url == post["link"]

    handed = app.store.records.get(later_record.id)
    assert handed.state is PublishState.HANDED_OFF
    scheduled = read_post(wordpress_site, handed.remote_id)
    assert scheduled["status"] == "future"
    assert scheduled["date_gmt"] == later.replace(tzinfo=None).isoformat()

    service.cancel(later_record.id)
    assert read_post(wordpress_site, handed.remote_id)["status"] == "trash"
    assert app.store.records.get(later_record.id).state is PublishState.CANCELLED


@pytest.mark.parametrize("address", ["http://www.rsko.example", "ftp://rsko.example", ""])
def test_plain_http_is_refused_except_on_this_computer(address):
    with pytest.raises(Rejected):
        wordpress.normalise_site(address)
    assert wordpress.normalise_site("rsko.example/") == "https://rsko.example"
    assert wordpress.normalise_site("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
