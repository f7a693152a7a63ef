"""Pictures through the real reference PDS: a 12-megapixel phone photo, a heavy poster and an
animated GIF, fitted as the publishing engine fits them, uploaded by the Bluesky adapter, then
read back as the PDS stores them (com.atproto.sync.getBlob): within the 2,000,000-byte limit,
upright, without identifying metadata, with the alt text kept."""

from __future__ import annotations

import httpx
import pytest
from pds_support import get_record
from test_bluesky_pds import connected  # noqa: F401 - the fixture

from humasdesk.domain.media import MediaChoice
from humasdesk.media.limits import limits_for
from humasdesk.media.outgoing import fitted_media
from humasdesk.platforms.base import OutgoingPost, new_idempotency_key
from media_support import (
    SECRETS,
    animated_gif,
    assert_sent_privately,
    fitted_phone_photo,
    metadata,
    poster,
)

pytestmark = pytest.mark.slow


def blob(pds_url: str, did: str, cid: str) -> bytes:
    with httpx.Client(base_url=f"{pds_url}/xrpc/", timeout=60) as client:
        response = client.get("com.atproto.sync.getBlob", params={"did": did, "cid": cid})
    response.raise_for_status()
    return response.content


def test_pictures_reach_the_pds_fitted_upright_private_and_described(connected,  # noqa: F811
                                                                     bluesky_pds, tmp_path):
    photo, original, limits = fitted_phone_photo(tmp_path, "bluesky")
    assert len(open(original.path, "rb").read()) > 2_000_000  # would have been refused
    sign = poster(tmp_path / "poster.png")
    sign_fitted, _ = fitted_media(sign, limits, tmp_path / "fitted", MediaChoice(sign.sha256))
    gif = animated_gif(tmp_path / "bola.gif")
    gif_fitted, gif_facts = fitted_media(gif, limits, tmp_path / "fitted",
                                         MediaChoice(gif.sha256))
    assert gif_facts.still_from_animation
    result = connected.publish(OutgoingPost(
        text="Kegiatan di bangsal anak", idempotency_key=new_idempotency_key(),
        media=[photo, sign_fitted, gif_fitted]))
    record = get_record(bluesky_pds.url, result.remote_id)["value"]
    images = record["embed"]["images"]
    assert [i["alt"] for i in images] == [original.alt_text, sign.alt_text, gif.alt_text]
    did = connected.account.options["did"]
    stored = [blob(bluesky_pds.url, did, i["image"]["ref"]["$link"]) for i in images]
    for picture, data in zip(images, stored, strict=True):
        assert len(data) <= 2_000_000 and picture["image"]["size"] == len(data)
        assert not any(secret.encode() in data for secret in SECRETS)
        tags = metadata(data, tmp_path)
        assert not [k for k in tags if "GPS" in k or "Serial" in k or "Author" in k]
    assert_sent_privately(stored[0], limits, tmp_path)
    assert images[0]["aspectRatio"] == {"width": 1500, "height": 2000}
    assert images[0]["image"]["mimeType"] == "image/jpeg"
    assert images[2]["image"]["mimeType"] == "image/png"  # Bluesky shows no animation
    assert limits_for("bluesky").max_bytes == 2_000_000
