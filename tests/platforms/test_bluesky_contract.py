"""The Bluesky adapter against a scripted XRPC server on 127.0.0.1: error shapes the reference PDS
cannot be made to produce on demand (rate limits, server faults), token refresh, and checks
that happen before anything is sent."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime

import keyring.backends.fail
import pytest
from bluesky_support import adapter_for, image, stored_session

from contract_server import Reply
from humasdesk.platforms.base import (
    TID_RE,
    AuthExpired,
    OutgoingPost,
    RateLimited,
    Rejected,
    ThreadPart,
    Transient,
    decode_tid,
    new_idempotency_key,
)
from humasdesk.platforms.bluesky import (
    BlueskyAdapter,
    image_size,
    normalise_server,
    record_keys,
)
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.secrets import SecretStore, SecretsUnavailable

X = "/xrpc/"
RESET = 1_795_662_000  # 2026-11-26 03:00:00 UTC = 10:00 WIB


def not_found(_request):
    return Reply(400, {"error": "RecordNotFound", "message": "Could not locate record"})


def created(request):
    body = request.json()
    return Reply(200, {"uri": f"at://{body['repo']}/{body['collection']}/{body['rkey']}",
                       "cid": "bafyfake" + body["rkey"]})


# -- pure parts -----------------------------------------------------------------------------------

def test_record_keys_are_valid_tids_derived_from_the_key():
    key = new_idempotency_key()
    keys = record_keys(key, 3)
    assert keys == record_keys(key, 3)  # the same on every attempt
    assert all(TID_RE.match(k) for k in keys)
    assert len(set(keys)) == 3 and keys == sorted(keys)
    assert keys[0] == key[:13]
    micros = [decode_tid(k)[0] for k in keys]
    assert micros == [micros[0], micros[0] + 1, micros[0] + 2]
    assert abs(micros[0] / 1e6 - datetime.now(UTC).timestamp()) < 60
    # A key without a TID head (older records) is hashed into one, inside 2023.
    legacy = record_keys("0123456789abcdef0123456789abcdef", 2)
    assert all(TID_RE.match(k) for k in legacy) and legacy != record_keys("other", 2)
    assert datetime.fromtimestamp(decode_tid(legacy[0])[0] / 1e6, UTC).year == 2023


def test_image_size_reads_headers(tmp_path):
    from bluesky_support import png_bytes

    assert image_size(png_bytes(64, 48)) == (64, 48)
    assert image_size(b"GIF89a\x10\x00\x20\x00" + b"\x00" * 20) == (16, 32)
    jpeg = (b"\xff\xd8\xff\xe0\x00\x04ab\xff\xc0\x00\x11\x08\x01\x2c\x01\x90\x03"
            + b"\x00" * 20)
    assert image_size(jpeg) == (400, 300)
    assert image_size(b"not an image") is None


def test_server_addresses():
    assert normalise_server("bsky.social") == "https://bsky.social"
    assert normalise_server("https://pds.example.id/") == "https://pds.example.id"
    assert normalise_server("") == "https://bsky.social"
    assert normalise_server("http://127.0.0.1:2583") == "http://127.0.0.1:2583"
    with pytest.raises(Rejected) as raised:
        normalise_server("http://pds.example.id")
    assert "https://" in raised.value.message
    with pytest.raises(Rejected):
        normalise_server("ftp://pds.example.id")


# -- connecting -----------------------------------------------------------------------------------

def test_connect_rate_limited(contract_server, memory_secrets):
    contract_server.script("POST", X + "com.atproto.server.createSession", Reply(
        429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
        headers={"RateLimit-Limit": "30", "RateLimit-Remaining": "0",
                 "RateLimit-Reset": str(RESET), "RateLimit-Policy": "30;w=300"}))
    with pytest.raises(RateLimited) as raised:
        BlueskyAdapter.connect(handle="rsko.test", app_password="aaaa-bbbb-cccc-dddd",
                               server=contract_server.url, secrets=memory_secrets,
                               http=HttpFactory())
    assert raised.value.reset_at == datetime.fromtimestamp(RESET, UTC)
    assert "26 November 2026, 10:00 WIB" in raised.value.message
    assert "aaaa-bbbb-cccc-dddd" not in raised.value.message


def test_connect_refuses_before_login_when_the_keyring_cannot_keep_the_session(
        contract_server):
    contract_server.script("POST", X + "com.atproto.server.createSession", Reply(200, {}))
    with pytest.raises(SecretsUnavailable) as raised:
        BlueskyAdapter.connect(handle="rsko.test", app_password="aaaa-bbbb-cccc-dddd",
                               server=contract_server.url,
                               secrets=SecretStore(keyring.backends.fail.Keyring()),
                               http=HttpFactory())
    assert "gnome-keyring" in raised.value.message
    assert contract_server.requests == []  # no login was spent


def test_connect_to_a_closed_port(memory_secrets):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(Transient) as raised:
        BlueskyAdapter.connect(handle="rsko.test", app_password="aaaa-bbbb-cccc-dddd",
                               server=f"http://127.0.0.1:{port}", secrets=memory_secrets,
                               http=HttpFactory())
    assert "Could not connect to 127.0.0.1" in raised.value.message


# -- publishing -----------------------------------------------------------------------------------

def test_publish_rate_limited(contract_server, memory_secrets):
    contract_server.script("GET", X + "com.atproto.repo.getRecord", not_found)
    contract_server.script("POST", X + "com.atproto.repo.createRecord", Reply(
        429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
        headers={"RateLimit-Reset": str(RESET)}))
    adapter = adapter_for(contract_server.url, memory_secrets, stored_session(memory_secrets))
    with pytest.raises(RateLimited) as raised:
        adapter.publish(OutgoingPost(text="Halo", idempotency_key=new_idempotency_key()))
    assert raised.value.reset_at == datetime.fromtimestamp(RESET, UTC)
    assert raised.value.kind == "rate_limited"


def test_publish_invalid_request_is_rejected_with_the_server_message(contract_server,
                                                                     memory_secrets):
    contract_server.script("GET", X + "com.atproto.repo.getRecord", not_found)
    contract_server.script("POST", X + "com.atproto.repo.createRecord", Reply(
        400, {"error": "InvalidRequest", "message": "Record/text must not be longer than 300"}))
    adapter = adapter_for(contract_server.url, memory_secrets, stored_session(memory_secrets))
    with pytest.raises(Rejected) as raised:
        adapter.publish(OutgoingPost(text="Halo", idempotency_key=new_idempotency_key()))
    assert raised.value.platform_message == "Record/text must not be longer than 300"
    assert "must not be longer than 300" in raised.value.message


def test_server_fault_is_transient_after_looking_for_the_record(contract_server,
                                                               memory_secrets):
    contract_server.script("GET", X + "com.atproto.repo.getRecord", not_found)
    contract_server.script("POST", X + "com.atproto.repo.createRecord", Reply(
        502, body=b"<html>Bad gateway</html>", headers={"Content-Type": "text/html"}))
    adapter = adapter_for(contract_server.url, memory_secrets, stored_session(memory_secrets))
    with pytest.raises(Transient) as raised:
        adapter.publish(OutgoingPost(text="Halo", idempotency_key=new_idempotency_key()))
    assert "HTTP 502" in raised.value.message
    # Before and after the failed create, the adapter looked for the record.
    assert len(contract_server.sent("GET", X + "com.atproto.repo.getRecord")) == 2


def test_expired_access_token_is_refreshed_once_and_kept(contract_server, memory_secrets):
    ref = stored_session(memory_secrets, access="old-access", refresh="old-refresh")

    def create(request):
        if request.headers["authorization"] == "Bearer old-access":
            return Reply(400, {"error": "ExpiredToken", "message": "Token has expired"})
        return created(request)

    contract_server.script("GET", X + "com.atproto.repo.getRecord", not_found)
    contract_server.script("POST", X + "com.atproto.repo.createRecord", create)
    contract_server.script("POST", X + "com.atproto.server.refreshSession", Reply(200, {
        "accessJwt": "new-access", "refreshJwt": "new-refresh", "did": "did:plc:rsko",
        "handle": "rsko.test"}))
    adapter = adapter_for(contract_server.url, memory_secrets, ref)
    result = adapter.publish(OutgoingPost(text="Halo", idempotency_key=new_idempotency_key()))
    assert result.remote_id.startswith("at://did:plc:rsko/app.bsky.feed.post/")
    [refresh] = contract_server.sent("POST", X + "com.atproto.server.refreshSession")
    assert refresh.headers["authorization"] == "Bearer old-refresh"
    assert json.loads(memory_secrets.get(ref))["refreshJwt"] == "new-refresh"


def test_refused_refresh_means_reconnect(contract_server, memory_secrets):
    contract_server.script("GET", X + "com.atproto.server.getSession",
                           Reply(401, {"error": "AuthenticationRequired"}))
    contract_server.script("POST", X + "com.atproto.server.refreshSession",
                           Reply(400, {"error": "ExpiredToken", "message": "Token has expired"}))
    adapter = adapter_for(contract_server.url, memory_secrets, stored_session(memory_secrets))
    with pytest.raises(AuthExpired) as raised:
        adapter.verify()
    assert "Reconnect the account" in raised.value.message
    assert "refresh-1" not in raised.value.message and "access-1" not in raised.value.message


def test_a_missing_session_means_reconnect(contract_server, memory_secrets):
    adapter = adapter_for(contract_server.url, memory_secrets, "bluesky:gone")
    with pytest.raises(AuthExpired):
        adapter.publish(OutgoingPost(text="Halo", idempotency_key=new_idempotency_key()))
    assert contract_server.requests == []


def test_unresolvable_mentions_stay_plain_text(contract_server, memory_secrets):
    contract_server.script("GET", X + "com.atproto.identity.resolveHandle", Reply(
        400, {"error": "InvalidRequest", "message": "Unable to resolve handle"}))
    contract_server.script("GET", X + "com.atproto.repo.getRecord", not_found)
    contract_server.script("POST", X + "com.atproto.repo.createRecord", created)
    adapter = adapter_for(contract_server.url, memory_secrets, stored_session(memory_secrets))
    adapter.publish(OutgoingPost(text="Halo @nobody.test #Sehat",
                                 idempotency_key=new_idempotency_key()))
    [sent] = contract_server.sent("POST", X + "com.atproto.repo.createRecord")
    features = [f for facet in sent.json()["record"]["facets"] for f in facet["features"]]
    assert features == [{"$type": "app.bsky.richtext.facet#tag", "tag": "Sehat"}]


def test_everything_is_checked_before_anything_is_sent(contract_server, memory_secrets,
                                                       tmp_path):
    adapter = adapter_for(contract_server.url, memory_secrets, stored_session(memory_secrets))
    five = [image(tmp_path / f"{n}.png", f"gambar {n}") for n in range(5)]
    big = image(tmp_path / "big.png", "besar", data=b"\x89PNG" + b"\x00" * 2_000_000)
    video = image(tmp_path / "clip.mp4", "video", data=b"\x00" * 100, mime="video/mp4")
    for post, words in [
        (OutgoingPost(text="lima gambar", idempotency_key="k1", media=five), "at most 4"),
        (OutgoingPost(text="ok", idempotency_key="k2",
                      thread=[ThreadPart("besar", [big])]), "2 MB"),
        (OutgoingPost(text="video", idempotency_key="k3", media=[video]), "not an image"),
        (OutgoingPost(text="ok", idempotency_key="k4", thread=[ThreadPart("  ")]), "empty"),
    ]:
        with pytest.raises(Rejected) as raised:
            adapter.publish(post)
        assert words in raised.value.message
    assert contract_server.requests == []


def test_an_unreadable_create_is_looked_up_by_its_record_key(contract_server, memory_secrets):
    """Issue 12: the record was written but the answer cannot be read: found by its key, so
    the post is not sent again; when the key is still free, sending again is safe."""
    records: dict[str, dict] = {}
    writes = {"on": True}

    def create(request):
        body = request.json()
        if writes["on"]:
            records[body["rkey"]] = body["record"]
        return Reply(200, body=b"<br />\n<b>Notice</b>: upstream proxy<br />\n{")

    def get(request):
        rkey = request.query["rkey"][0]
        if rkey not in records:
            return not_found(request)
        return Reply(200, {"uri": f"at://did:plc:rsko/app.bsky.feed.post/{rkey}",
                           "cid": "bafy" + rkey, "value": records[rkey]})

    contract_server.script("GET", X + "com.atproto.repo.getRecord", get)
    contract_server.script("POST", X + "com.atproto.repo.createRecord", create)
    adapter = adapter_for(contract_server.url, memory_secrets, stored_session(memory_secrets))
    result = adapter.publish(OutgoingPost(text="Halo", idempotency_key=new_idempotency_key()))
    assert result.remote_id.startswith("at://did:plc:rsko/app.bsky.feed.post/")
    assert len(contract_server.sent("POST", X + "com.atproto.repo.createRecord")) == 1

    # The same unreadable answer, but nothing was written: safe to send again, said plainly.
    writes["on"] = False
    with pytest.raises(Transient) as raised:
        adapter.publish(OutgoingPost(text="Lagi", idempotency_key=new_idempotency_key()))
    assert "the post is not on Bluesky" in raised.value.message
