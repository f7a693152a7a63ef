"""Assisted posting (Kompasiana, Kaskus, any site): the hand-off and the confirmation."""

from __future__ import annotations

import pytest
from platform_support import context, image

from humasdesk.domain.model import Account
from humasdesk.platforms import assisted
from humasdesk.platforms.assisted import AssistedAdapter, HandOffRequired
from humasdesk.platforms.base import OutgoingPost, PlatformError, Rejected, ThreadPart

TEXT = "Donor Darah Bulan Desember\nRSKO mengundang warga untuk donor darah pada 5 Desember."


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    return context(tmp_path, memory_secrets)


def adapter_for(ctx, account: Account) -> AssistedAdapter:
    account.id = account.id or 7
    return ctx_registry(ctx).adapter_for(account)


def ctx_registry(ctx):
    from humasdesk.platforms.registry import default_registry

    return default_registry(ctx)


def test_kompasiana_preset(ctx):
    account = assisted.connect(ctx, preset="kompasiana", name="Kompasiana RSKO")
    assert (account.platform, account.name, account.server_url) == (
        "kompasiana", "Kompasiana RSKO", "https://www.kompasiana.com/")
    assert account.credential_ref == ""  # nothing secret: the user logs in in the browser
    adapter = adapter_for(ctx, account)
    assert adapter.site == "Kompasiana"
    assert "Tulis" in adapter.notes()
    assert "https://www.kompasiana.com/" in adapter.verify()


def test_kaskus_preset_and_its_display_name(ctx):
    account = assisted.connect(ctx, preset="Kaskus")
    assert (account.platform, account.name, account.server_url) == (
        "kaskus", "Kaskus", "https://www.kaskus.co.id/")
    registry = ctx_registry(ctx)
    assert registry.spec("kaskus").display_name() == "Kaskus (posted by hand)"
    assert registry.spec("kompasiana").capabilities.assisted
    assert "Buat Thread" in adapter_for(ctx, account).notes()


def test_any_site_by_its_address(ctx):
    account = assisted.connect(ctx, url="forum.dinkes.example/tulis", name="Forum Dinkes")
    assert (account.platform, account.server_url) == ("assisted",
                                                      "https://forum.dinkes.example/tulis")
    assert adapter_for(ctx, account).site == "forum.dinkes.example"
    with pytest.raises(Rejected, match="not a web address"):
        assisted.connect(ctx, url="ftp://forum.example")
    with pytest.raises(Rejected, match="no preset"):
        assisted.connect(ctx, preset="friendster")


def test_prepare_gives_text_title_address_media_folder_and_steps(ctx, tmp_path):
    adapter = adapter_for(ctx, assisted.connect(ctx, preset="kompasiana"))
    photo = image(tmp_path / "donor.png", alt="Relawan mendonorkan darah di aula RSKO")
    handoff = adapter.prepare(OutgoingPost(text=TEXT, idempotency_key="key-1", media=[photo]))
    assert handoff.text == TEXT
    assert handoff.title == "Donor Darah Bulan Desember"
    assert handoff.body == "RSKO mengundang warga untuk donor darah pada 5 Desember."
    assert handoff.open_url == "https://www.kompasiana.com/"
    assert handoff.site == "Kompasiana"
    assert handoff.media_folder == tmp_path / "data" / "handoff" / "7-key-1"
    assert [f.name for f in handoff.media_files] == ["01-donor.png"]
    assert handoff.media_files[0].read_bytes() == (tmp_path / "donor.png").read_bytes()
    assert (handoff.media_folder / "descriptions.txt").read_text(encoding="utf-8") == \
        "01-donor.png: Relawan mendonorkan darah di aula RSKO\n"
    assert handoff.steps[0] == "The text is on the clipboard."
    assert any("https://www.kompasiana.com/" in step for step in handoff.steps)
    assert any("descriptions.txt" in step for step in handoff.steps)
    # Preparing again is harmless: the same folder, rebuilt.
    again = adapter.prepare(OutgoingPost(text=TEXT, idempotency_key="key-1", media=[photo]))
    assert again.media_files == handoff.media_files
    adapter.discard("key-1")
    assert not handoff.media_folder.exists()


def test_a_thread_is_joined_into_one_text_for_the_site(ctx):
    adapter = adapter_for(ctx, assisted.connect(ctx, preset="kaskus"))
    handoff = adapter.prepare(OutgoingPost(text="Satu", idempotency_key="k",
                                           thread=[ThreadPart("Dua"), ThreadPart("Tiga")]))
    assert handoff.text == "Satu\n\nDua\n\nTiga"
    assert handoff.media_folder is None and handoff.media_files == []


def test_publish_hands_off_instead_of_posting(ctx):
    adapter = adapter_for(ctx, assisted.connect(ctx, preset="kompasiana"))
    with pytest.raises(HandOffRequired) as caught:
        adapter.publish(OutgoingPost(text=TEXT, idempotency_key="k"))
    assert isinstance(caught.value, PlatformError)  # never recorded as published by mistake
    assert caught.value.kind == "awaiting_user"
    assert caught.value.handoff.text == TEXT
    assert "Waiting for you to post this on Kompasiana by hand" in caught.value.message


def test_confirm_records_posted_by_hand(ctx):
    adapter = adapter_for(ctx, assisted.connect(ctx, preset="kompasiana"))
    result = adapter.confirm("key-1", " https://www.kompasiana.com/rsko/1234/donor-darah ")
    assert result.by_hand
    assert result.url == "https://www.kompasiana.com/rsko/1234/donor-darah"
    assert result.remote_id == "by-hand:key-1"
    bare = adapter.confirm("key-2")
    assert (bare.by_hand, bare.url) == (True, "")
    for wrong in ("javascript:alert(1)", "lihat di Kompasiana"):
        with pytest.raises(Rejected, match="not a web address"):
            adapter.confirm("key-3", wrong)


def test_an_empty_post_or_a_missing_file_is_refused(ctx, tmp_path):
    adapter = adapter_for(ctx, assisted.connect(ctx, preset="kompasiana"))
    with pytest.raises(Rejected, match="no text"):
        adapter.prepare(OutgoingPost(text="  ", idempotency_key="k"))
    gone = image(tmp_path / "gone.png", alt="x")
    (tmp_path / "gone.png").unlink()
    with pytest.raises(Rejected, match="cannot be read"):
        adapter.prepare(OutgoingPost(text="x", idempotency_key="k", media=[gone]))


def test_capabilities_say_assisted_and_nothing_is_looked_up(ctx):
    adapter = adapter_for(ctx, assisted.connect(ctx, url="https://example.org/new"))
    assert adapter.capabilities.assisted and adapter.capabilities.text_rules == "assisted"
    assert adapter.find_published("k") is None


@pytest.mark.parametrize("text, title", [
    ("Judul\nIsi", "Judul"),
    ("# Judul\n\nIsi", "Judul"),
    ("Hanya satu baris", ""),
    ("x" * 151 + "\nIsi", ""),
])
def test_split_title(text, title):
    assert assisted.split_title(text)[0] == title
