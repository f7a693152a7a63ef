"""The Bluesky adapter against the real reference PDS (tests/servers/bluesky-pds.mjs).

Every post is read back straight from the server, not through the adapter: facets with their
UTF-8 byte offsets, alt text, reply references, and how many records exist.
"""

from __future__ import annotations

import json
import logging

import pytest
from bluesky_support import image
from pds_support import get_record, list_posts

from humasdesk.platforms.base import (
    AuthExpired,
    OutgoingPost,
    Rejected,
    ThreadPart,
    new_idempotency_key,
)
from humasdesk.platforms.bluesky import BlueskyAdapter, record_keys
from humasdesk.platforms.http import HttpFactory

pytestmark = pytest.mark.slow


@pytest.fixture
def connected(bluesky_pds, bluesky_accounts, memory_secrets):
    """The hospital's account connected with its app password (tokens in the memory keyring)."""
    rsko = bluesky_accounts["rsko"]
    account = BlueskyAdapter.connect(handle=rsko.handle, app_password=rsko.app_password,
                                     server=bluesky_pds.url, name="Bluesky RSKO",
                                     secrets=memory_secrets, http=HttpFactory())
    account.id = 1
    return BlueskyAdapter(account, memory_secrets, HttpFactory())


def facet_texts(text: str, record: dict) -> list[tuple[str, dict]]:
    raw = text.encode("utf-8")
    return [(raw[f["index"]["byteStart"]:f["index"]["byteEnd"]].decode("utf-8"),
             f["features"][0]) for f in record.get("facets", [])]


def test_connect_returns_account_fields_and_keeps_only_a_reference(connected, bluesky_pds,
                                                                   bluesky_accounts,
                                                                   memory_keyring):
    account = connected.account
    rsko = bluesky_accounts["rsko"]
    assert (account.platform, account.name, account.handle, account.server_url) == (
        "bluesky", "Bluesky RSKO", rsko.handle, bluesky_pds.url)
    assert account.options == {"did": rsko.did}
    assert account.credential_ref.startswith("bluesky:")
    stored = json.loads(memory_keyring.items[("HumasDesk", account.credential_ref)])
    assert set(stored) == {"accessJwt", "refreshJwt", "did", "handle"}
    assert rsko.app_password not in json.dumps(stored)  # the app password is not kept
    assert rsko.app_password not in repr(account)


def test_verify_says_who_we_are(connected, bluesky_pds):
    port = bluesky_pds.url.rsplit(":", 1)[1]
    assert connected.verify() == f"Signed in to localhost:{port} as @rsko.test."


def test_text_with_link_mention_and_hashtag(connected, bluesky_pds, bluesky_accounts):
    text = ("Jadwal vaksinasi 🩺 di RSKO: https://rsko.example.id/jadwal?hari=senin, "
            "bersama @dinkes.test #SehatBersama")
    result = connected.publish(OutgoingPost(text=text, idempotency_key=new_idempotency_key(),
                                            language="id"))
    record = get_record(bluesky_pds.url, result.remote_id)["value"]
    assert record["text"] == text
    assert record["langs"] == ["id"]
    assert facet_texts(text, record) == [
        ("https://rsko.example.id/jadwal?hari=senin",
         {"$type": "app.bsky.richtext.facet#link",
          "uri": "https://rsko.example.id/jadwal?hari=senin"}),
        ("@dinkes.test", {"$type": "app.bsky.richtext.facet#mention",
                          "did": bluesky_accounts["dinkes"].did}),
        ("#SehatBersama", {"$type": "app.bsky.richtext.facet#tag", "tag": "SehatBersama"}),
    ]
    # The emoji (4 bytes) before the link is why these are byte offsets, not characters.
    link = record["facets"][0]["index"]
    assert link["byteStart"] == len("Jadwal vaksinasi 🩺 di RSKO: ".encode())
    assert link["byteStart"] != len("Jadwal vaksinasi 🩺 di RSKO: ")
    assert result.url == f"https://bsky.app/profile/rsko.test/post/{result.remote_id[-13:]}"


def test_image_with_alt_text(connected, bluesky_pds, tmp_path):
    media = image(tmp_path / "poster.png", "Poster jadwal vaksinasi: Senin sampai Jumat, "
                                           "pukul 08.00 sampai 12.00 WIB.", 120, 80)
    result = connected.publish(OutgoingPost(text="Poster jadwal minggu ini",
                                            idempotency_key=new_idempotency_key(),
                                            media=[media]))
    record = get_record(bluesky_pds.url, result.remote_id)["value"]
    embed = record["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    [picture] = embed["images"]
    assert picture["alt"] == media.alt_text
    assert picture["aspectRatio"] == {"width": 120, "height": 80}
    assert picture["image"]["mimeType"] == "image/png"
    assert picture["image"]["size"] == (tmp_path / "poster.png").stat().st_size


def test_three_part_thread_is_a_reply_chain(connected, bluesky_pds):
    key = new_idempotency_key()
    post = OutgoingPost(text="Utas 1/3: layanan baru RSKO", idempotency_key=key,
                        thread=[ThreadPart("Utas 2/3: poli jantung buka Sabtu"),
                                ThreadPart("Utas 3/3: daftar lewat aplikasi #RSKO")])
    result = connected.publish(post)
    did = connected.account.options["did"]
    uris = [f"at://{did}/app.bsky.feed.post/{rkey}" for rkey in record_keys(key, 3)]
    records = [get_record(bluesky_pds.url, uri) for uri in uris]
    assert result.remote_id == uris[0]
    assert [r["value"]["text"] for r in records] == [post.text] + [p.text for p in post.thread]
    root = {"uri": records[0]["uri"], "cid": records[0]["cid"]}
    assert "reply" not in records[0]["value"]
    assert records[1]["value"]["reply"] == {"root": root, "parent": root}
    assert records[2]["value"]["reply"] == {
        "root": root, "parent": {"uri": records[1]["uri"], "cid": records[1]["cid"]}}


def test_publishing_again_with_the_same_key_leaves_one_post(connected, bluesky_pds):
    did = connected.account.options["did"]
    key = new_idempotency_key()
    text = f"Sekali saja {key}"
    first = connected.publish(OutgoingPost(text=text, idempotency_key=key))
    second = connected.publish(OutgoingPost(text=text, idempotency_key=key))
    assert first == second
    assert [r["value"]["text"] for r in list_posts(bluesky_pds.url, did)].count(text) == 1
    assert connected.find_published(key) == first
    assert connected.find_published(new_idempotency_key()) is None


def test_a_thread_cut_short_by_a_crash_is_completed_not_repeated(connected, bluesky_pds):
    did = connected.account.options["did"]
    key = new_idempotency_key()
    parts = [f"Bagian {n} {key}" for n in (1, 2, 3)]
    # The first attempt "crashed" after its first part went out.
    connected.publish(OutgoingPost(text=parts[0], idempotency_key=key))
    connected.publish(OutgoingPost(text=parts[0], idempotency_key=key,
                                   thread=[ThreadPart(parts[1]), ThreadPart(parts[2])]))
    texts = [r["value"]["text"] for r in list_posts(bluesky_pds.url, did)]
    assert [texts.count(p) for p in parts] == [1, 1, 1]


def test_a_different_post_under_the_same_key_is_refused(connected, bluesky_pds):
    key = new_idempotency_key()
    connected.publish(OutgoingPost(text="Asli", idempotency_key=key))
    with pytest.raises(Rejected) as raised:
        connected.publish(OutgoingPost(text="Lain", idempotency_key=key))
    assert "different post" in raised.value.message
    assert get_record(bluesky_pds.url, connected.find_published(key).remote_id)[
        "value"]["text"] == "Asli"


def test_recent_posts_read_back_our_own(connected):
    key = new_idempotency_key()
    connected.publish(OutgoingPost(text=f"Terbaru {key}", idempotency_key=key))
    recent = connected.recent_posts(limit=5)
    assert recent[0].text == f"Terbaru {key}"
    assert recent[0].rkey == record_keys(key, 1)[0]
    assert recent[0].created_at.endswith("Z")


def test_a_dead_access_token_is_refreshed_with_the_real_server(connected, memory_secrets):
    ref = connected.account.credential_ref
    session = json.loads(memory_secrets.get(ref))
    memory_secrets.set(ref, json.dumps({**session, "accessJwt": "not-a-token"}))
    adapter = BlueskyAdapter(connected.account, memory_secrets, HttpFactory())
    assert "as @rsko.test" in adapter.verify()
    fresh = json.loads(memory_secrets.get(ref))
    assert fresh["accessJwt"] != "not-a-token"
    assert fresh["refreshJwt"] != session["refreshJwt"]  # the server rotated it


def test_a_revoked_session_means_reconnect(connected, memory_secrets):
    ref = connected.account.credential_ref
    session = json.loads(memory_secrets.get(ref))
    memory_secrets.set(ref, json.dumps({**session, "accessJwt": "x", "refreshJwt": "y"}))
    with pytest.raises(AuthExpired) as raised:
        BlueskyAdapter(connected.account, memory_secrets, HttpFactory()).publish(
            OutgoingPost(text="Tidak terkirim", idempotency_key=new_idempotency_key()))
    assert raised.value.kind == "auth_expired"


def test_wrong_app_password(bluesky_pds, bluesky_accounts, memory_secrets, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthExpired) as raised:
        BlueskyAdapter.connect(handle="rsko.test", app_password="wrong-pass-word-1234",
                               server=bluesky_pds.url, secrets=memory_secrets,
                               http=HttpFactory())
    assert "did not accept the handle “rsko.test” with this app password" in (
        raised.value.message)
    assert "wrong-pass-word-1234" not in raised.value.message
    assert "wrong-pass-word-1234" not in caplog.text


def test_forget_ends_the_session_and_empties_the_keyring(connected, memory_secrets):
    from humasdesk.platforms.base import AuthExpired as Expired

    ref = connected.account.credential_ref
    session = json.loads(memory_secrets.get(ref))
    BlueskyAdapter.forget(connected.account, memory_secrets, HttpFactory())
    assert memory_secrets.get(ref) is None
    # The server no longer accepts the refresh token either.
    memory_secrets.set(ref, json.dumps({**session, "accessJwt": "x"}))
    with pytest.raises(Expired):
        BlueskyAdapter(connected.account, memory_secrets, HttpFactory()).verify()
