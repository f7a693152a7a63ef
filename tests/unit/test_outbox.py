import hashlib

import pytest

from humasdesk.domain.model import Account, Media
from humasdesk.platforms.base import OutgoingPost, Rejected, Transient
from humasdesk.platforms.outbox import LocalOutboxAdapter


def adapter(tmp_path):
    return LocalOutboxAdapter(Account(platform="outbox", name="Local outbox", id=1),
                              tmp_path / "outbox")


def front_matter(text):
    head = text.split("---\n")[1]
    return head


def test_publish_writes_markdown_with_front_matter_and_media(tmp_path):
    image = tmp_path / "gedung.png"
    image.write_bytes(b"\x89PNG fake image bytes")
    media = Media(path=str(image), sha256=hashlib.sha256(image.read_bytes()).hexdigest(),
                  mime_type="image/png", alt_text='Gedung "RSUD" dari depan')
    result = adapter(tmp_path).publish(OutgoingPost(
        text="Halo warga Jakarta!\nBaris kedua.", idempotency_key="abc123", media=[media],
        zone="Asia/Jakarta"))
    path = tmp_path / "outbox" / "post-abc123.md"
    assert result.url == path.as_uri()
    text = path.read_text(encoding="utf-8")
    head = front_matter(text)
    assert 'account: "Local outbox"' in head
    assert 'zone: "Asia/Jakarta"' in head
    assert "WIB" in head
    assert "+07:00" in head  # the local time carries its offset
    assert 'alt: "Gedung \\"RSUD\\" dari depan"' in head
    assert text.endswith("Halo warga Jakarta!\nBaris kedua.\n")
    copied = tmp_path / "outbox" / "post-abc123-media" / "01-gedung.png"
    assert copied.read_bytes() == image.read_bytes()


def test_front_matter_is_valid_yaml(tmp_path):
    yaml = pytest.importorskip("yaml")
    adapter(tmp_path).publish(OutgoingPost(text="x: y\n---\nnot front matter",
                                           idempotency_key="k1", zone="Europe/Berlin"))
    text = (tmp_path / "outbox" / "post-k1.md").read_text()
    data = yaml.safe_load(front_matter(text))
    assert data["account"] == "Local outbox"
    assert data["zone"] == "Europe/Berlin"
    assert data["key"] == "k1"


def test_same_key_never_makes_a_second_post(tmp_path):
    a = adapter(tmp_path)
    first = a.publish(OutgoingPost(text="satu", idempotency_key="same"))
    second = a.publish(OutgoingPost(text="satu", idempotency_key="same"))
    assert first.remote_id == second.remote_id
    assert len(list((tmp_path / "outbox").glob("*.md"))) == 1
    assert a.find_published("same") == first
    assert a.find_published("other") is None


def test_empty_text_is_rejected(tmp_path):
    with pytest.raises(Rejected):
        adapter(tmp_path).publish(OutgoingPost(text="  ", idempotency_key="k"))


def test_unwritable_outbox_is_a_clear_transient_error(tmp_path):
    (tmp_path / "outbox").write_text("a file where the folder should be")
    with pytest.raises(Transient, match="cannot be written"):
        adapter(tmp_path).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert not list(tmp_path.glob("outbox*/.tmp-*"))
