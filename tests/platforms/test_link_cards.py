"""Link cards (platforms/linkcard.py) against a real local web site (link_pages.py), and on the
real Bluesky PDS: the post record carries app.bsky.embed.external and its thumbnail blob."""

from __future__ import annotations

import io
import time

import httpx
import pytest
from link_pages import DESCRIPTION, SLOW_SECONDS, TITLE, link_site
from pds_support import get_record
from test_bluesky_pds import connected  # noqa: F401 - the connected account, a fixture

from humasdesk.platforms import linkcard
from humasdesk.platforms.base import OutgoingPost, new_idempotency_key
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.linkcard import CardUnavailable, fetch_card, thumbnail


@pytest.fixture(scope="module")
def site():
    with link_site() as url:
        yield url


def test_a_good_page_gives_title_description_and_picture(site):
    card = fetch_card(f"{site}/good", HttpFactory())
    assert (card.title, card.description) == (TITLE, DESCRIPTION)
    assert card.image[:2] == b"\xff\xd8" and len(card.image) > linkcard.THUMB_BYTES
    data, mime_type = thumbnail(card.image)
    assert mime_type == "image/jpeg" and len(data) <= linkcard.THUMB_BYTES
    from PIL import Image

    with Image.open(io.BytesIO(data)) as picture:
        assert max(picture.size) <= linkcard.THUMB_SIDE
        assert not picture.getexif()


def test_a_page_without_open_graph_uses_its_title(site):
    card = fetch_card(f"{site}/title-only", HttpFactory())
    assert (card.title, card.description, card.image) == ("Jadwal Poli Anak",
                                                           "Senin sampai Jumat.", b"")


def test_a_page_without_a_title_gives_no_card(site):
    with pytest.raises(CardUnavailable, match="no title"):
        fetch_card(f"{site}/bare", HttpFactory())


def test_a_huge_page_is_not_read_to_the_end(site):
    started = time.monotonic()
    with pytest.raises(CardUnavailable, match="could not be read"):
        fetch_card(f"{site}/huge", HttpFactory())
    assert time.monotonic() - started < linkcard.CARD_SECONDS


def test_a_slow_page_is_given_up(site, monkeypatch):
    monkeypatch.setattr(linkcard, "CARD_SECONDS", 1.0)
    started = time.monotonic()
    with pytest.raises(CardUnavailable, match="could not be read"):
        fetch_card(f"{site}/slow", HttpFactory())
    assert time.monotonic() - started < SLOW_SECONDS


def test_a_redirect_within_the_site_is_followed(site):
    assert fetch_card(f"{site}/moved", HttpFactory()).title == TITLE


def test_a_redirect_to_another_host_is_not_followed(site):
    seen = []

    def watch(request: httpx.Request) -> None:
        seen.append(request.url.host)

    from humasdesk.platforms import http

    http.request_observers.append(watch)
    try:
        with pytest.raises(CardUnavailable, match="another site, localhost"):
            fetch_card(f"{site}/elsewhere", HttpFactory())
    finally:
        http.request_observers.remove(watch)
    assert seen == ["127.0.0.1"]  # nothing was asked of the other host


def test_a_missing_page_gives_no_card(site):
    with pytest.raises(CardUnavailable, match="HTTP 404"):
        fetch_card(f"{site}/nothing", HttpFactory())


# -- on the real PDS -------------------------------------------------------------------------------

@pytest.fixture
def adapter(connected):  # noqa: F811 - the fixture imported above
    """The hospital's account on the PDS, with link cards turned on (the app's default)."""
    connected.link_cards = lambda: True
    return connected


def blob_bytes(pds_url: str, did: str, cid: str) -> bytes:
    response = httpx.get(f"{pds_url}/xrpc/com.atproto.sync.getBlob",
                         params={"did": did, "cid": cid}, timeout=30)
    response.raise_for_status()
    return response.content


@pytest.mark.slow
def test_a_post_with_a_link_carries_its_card_and_thumbnail(adapter, bluesky_pds, site):
    text = f"Ayo donor darah! Info: {site}/good"
    result = adapter.publish(OutgoingPost(text=text, idempotency_key=new_idempotency_key(),
                                          language="id"))
    assert result.note == ""
    record = get_record(bluesky_pds.url, result.remote_id)["value"]
    embed = record["embed"]
    assert embed["$type"] == "app.bsky.embed.external"
    external = embed["external"]
    assert (external["uri"], external["title"], external["description"]) == (
        f"{site}/good", TITLE, DESCRIPTION)
    thumb = external["thumb"]
    assert thumb["mimeType"] == "image/jpeg" and thumb["size"] <= linkcard.THUMB_BYTES
    data = blob_bytes(bluesky_pds.url, adapter.account.options["did"], thumb["ref"]["$link"])
    assert len(data) == thumb["size"] and data[:2] == b"\xff\xd8"


@pytest.mark.slow
def test_an_unreadable_link_posts_without_a_card_and_says_so(adapter, bluesky_pds, site):
    text = f"Jadwal baru: {site}/elsewhere"
    result = adapter.publish(OutgoingPost(text=text, idempotency_key=new_idempotency_key(),
                                          language="id"))
    record = get_record(bluesky_pds.url, result.remote_id)["value"]
    assert record["text"] == text and "embed" not in record
    assert "another site" in result.note and "without a preview card" in result.note


@pytest.mark.slow
def test_link_cards_turned_off_read_no_page(adapter, bluesky_pds, site):
    adapter.link_cards = lambda: False
    result = adapter.publish(OutgoingPost(text=f"Info: {site}/good",
                                          idempotency_key=new_idempotency_key()))
    assert "embed" not in get_record(bluesky_pds.url, result.remote_id)["value"]
