"""Threads contract tests: containers, publishing, the quota, the link limit, token refresh.

Shapes from developers.facebook.com/docs/threads: ``POST /{threads-user-id}/threads`` (``id``),
``GET /{container}?fields=status,error_message`` (EXPIRED, ERROR, FINISHED, IN_PROGRESS,
PUBLISHED), ``POST /{threads-user-id}/threads_publish``, ``threads_publishing_limit``
(``{"data": [{"quota_usage", "config": {"quota_total", "quota_duration"}}]}``),
``refresh_access_token`` (``th_refresh_token``), and the Graph error object.
"""

from __future__ import annotations

import json
import logging

import pytest
from platform_support import assert_no_secret, context, image

from contract_server import Reply
from humasdesk.domain.model import Account
from humasdesk.platforms import threads, tokens
from humasdesk.platforms.assisted import HandOffRequired
from humasdesk.platforms.base import (
    AuthExpired,
    OutgoingPost,
    RateLimited,
    Rejected,
    ThreadPart,
)
from humasdesk.platforms.threads import ThreadsAdapter

V = threads.VERSION
USER = "25000000000000001"
TOKEN = "THQVJlong-lived-token-AAA"
TOKEN_2 = "THQVJrefreshed-token-BBB"
WP_PASSWORD = "abcdEFGHijklMNOPqrstUVWX"
NOW = 1_795_660_000.0
DAY = 24 * 3600
SECRETS = [TOKEN, TOKEN_2, WP_PASSWORD]


def query(recorded) -> dict:
    return {k: v[0] for k, v in recorded.query.items()}


def form(recorded) -> dict:
    return {k: v[0] for k, v in recorded.form().items()}


def quota(used: int, total: int = 250) -> Reply:
    return Reply(200, {"data": [{"quota_usage": used,
                                 "config": {"quota_total": total, "quota_duration": 86400}}]})


@pytest.fixture
def ctx(tmp_path, memory_secrets):
    return context(tmp_path, memory_secrets)


def keep(ctx, **fields) -> None:
    record = {"access_token": TOKEN, "expires_at": NOW + 50 * DAY, "issued_at": NOW - 10 * DAY,
              "expiry_known": True}
    record.update(fields)
    tokens.save(ctx.secrets, "threads:test", record)


@pytest.fixture
def account(ctx, contract_server) -> Account:
    keep(ctx)
    return Account(platform="threads", name="@rsko", handle="rsko",
                   server_url=contract_server.url, credential_ref="threads:test",
                   options={"user_id": USER, "image_host": "assisted"}, id=4)


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def adapter_for(account, ctx, sleeps=None) -> ThreadsAdapter:
    return ThreadsAdapter(account, ctx, clock=lambda: NOW,
                          sleep=sleeps if sleeps is not None else Sleeps(), poll_interval=1.0,
                          max_polls=4)


def sequence(server) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in server.requests]


def script_publish(server, containers: list[str], published: list[str]) -> None:
    made, posts = iter(containers), iter(published)
    server.script("POST", f"/{V}/{USER}/threads", lambda r: Reply(200, {"id": next(made)}))
    for name in containers:
        server.script("GET", f"/{V}/{name}", Reply(200, {"status": "FINISHED", "id": name}))
    server.script("POST", f"/{V}/{USER}/threads_publish",
                  lambda r: Reply(200, {"id": next(posts)}))
    for name in published:
        server.script("GET", f"/{V}/{name}", Reply(200, {
            "permalink": f"https://www.threads.net/@rsko/post/{name}", "id": name}))


def test_connect_with_a_pasted_long_lived_token(contract_server, ctx, caplog, memory_keyring):
    caplog.set_level(logging.DEBUG)
    contract_server.script("GET", f"/{V}/me", Reply(200, {"id": USER, "username": "rsko"}))
    account = threads.connect(ctx, token=TOKEN, graph_base=contract_server.url)
    [me] = contract_server.requests
    assert me.headers["authorization"] == f"Bearer {TOKEN}"
    assert query(me) == {"fields": "id,username"}
    assert account.options == {"user_id": USER, "image_host": "assisted"}
    kept = json.loads(memory_keyring.items[("HumasDesk", account.credential_ref)])
    assert kept["access_token"] == TOKEN and kept["expiry_known"] is False
    assert_no_secret(caplog, SECRETS, repr(account))


def test_publish_text_checks_the_quota_first(contract_server, ctx, account, caplog):
    caplog.set_level(logging.DEBUG)
    contract_server.script("GET", f"/{V}/{USER}/threads_publishing_limit", quota(4))
    script_publish(contract_server, ["c1"], ["t1"])
    result = adapter_for(account, ctx).publish(OutgoingPost(
        text="Donor darah Sabtu ini di lobi RSKO.", idempotency_key="k"))
    assert result.remote_id == "t1"
    assert result.url == "https://www.threads.net/@rsko/post/t1"
    assert sequence(contract_server) == [
        ("GET", f"/{V}/{USER}/threads_publishing_limit"), ("POST", f"/{V}/{USER}/threads"),
        ("GET", f"/{V}/c1"), ("POST", f"/{V}/{USER}/threads_publish"), ("GET", f"/{V}/t1")]
    limit, container, status, publish, permalink = contract_server.requests
    assert query(limit) == {"fields": "quota_usage,config"}
    assert form(container) == {"media_type": "TEXT",
                               "text": "Donor darah Sabtu ini di lobi RSKO."}
    assert query(status) == {"fields": "status,error_message"}
    assert form(publish) == {"creation_id": "c1"}
    assert query(permalink) == {"fields": "permalink"}
    for recorded in contract_server.requests:
        assert recorded.headers["authorization"] == f"Bearer {TOKEN}"
        assert "access_token" not in recorded.query
    assert_no_secret(caplog, SECRETS)


def test_a_thread_replies_to_the_part_before(contract_server, ctx, account):
    contract_server.script("GET", f"/{V}/{USER}/threads_publishing_limit", quota(0))
    script_publish(contract_server, ["c1", "c2"], ["t1", "t2"])
    adapter_for(account, ctx).publish(OutgoingPost(text="Satu", idempotency_key="k",
                                                   thread=[ThreadPart("Dua")]))
    first, second = contract_server.sent("POST", f"/{V}/{USER}/threads")
    assert form(first) == {"media_type": "TEXT", "text": "Satu"}
    assert form(second) == {"media_type": "TEXT", "text": "Dua", "reply_to_id": "t1"}


def test_more_than_five_links_is_refused_before_sending(contract_server, ctx, account):
    text = "Tautan: " + " ".join(f"https://rsko.co.id/{n}" for n in range(6))
    with pytest.raises(Rejected, match="Too many links for Threads: 6, at most 5"):
        adapter_for(account, ctx).publish(OutgoingPost(text=text, idempotency_key="k"))
    assert contract_server.requests == []


def test_the_servers_link_limit_error_is_a_refusal(contract_server, ctx, account):
    contract_server.script("GET", f"/{V}/{USER}/threads_publishing_limit", quota(0))
    contract_server.script("POST", f"/{V}/{USER}/threads", Reply(400, {"error": {
        "message": "THREADS_API__LINK_LIMIT_EXCEEDED", "type": "THApiException", "code": 100,
        "error_subcode": 4279009, "fbtrace_id": "A3"}}))
    with pytest.raises(Rejected, match="LINK_LIMIT_EXCEEDED"):
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))


def test_the_daily_quota_must_leave_room_for_every_part(contract_server, ctx, account):
    contract_server.script("GET", f"/{V}/{USER}/threads_publishing_limit", quota(249))
    with pytest.raises(RateLimited, match="250 posts in 24 hours.*249 are used.*needs 2"):
        adapter_for(account, ctx).publish(OutgoingPost(text="Satu", idempotency_key="k",
                                                       thread=[ThreadPart("Dua")]))
    assert sequence(contract_server) == [("GET", f"/{V}/{USER}/threads_publishing_limit")]


def test_an_image_hosted_in_wordpress_with_alt_text(contract_server, ctx, account, tmp_path):
    ctx.secrets.set("wordpress:site", WP_PASSWORD)
    account.options.update(image_host="wordpress", wordpress={
        "site": contract_server.url, "user": "humas", "credential_ref": "wordpress:site"})
    contract_server.script("GET", f"/{V}/{USER}/threads_publishing_limit", quota(0))
    contract_server.script("POST", "/", Reply(201, {
        "id": 40, "alt_text": "Perawat", "source_url": "https://rsko.example/u/perawat.png"}))
    script_publish(contract_server, ["c1"], ["t1"])
    adapter_for(account, ctx).publish(OutgoingPost(
        text="Hari Perawat", idempotency_key="k",
        media=[image(tmp_path / "perawat.png", alt="Perawat")]))
    [upload] = contract_server.sent("POST", "/")
    assert query(upload) == {"rest_route": "/wp/v2/media"}
    [container] = contract_server.sent("POST", f"/{V}/{USER}/threads")
    assert form(container) == {"media_type": "IMAGE",
                               "image_url": "https://rsko.example/u/perawat.png",
                               "text": "Hari Perawat", "alt_text": "Perawat"}


def test_an_image_without_a_host_is_prepared_by_hand(contract_server, ctx, account, tmp_path):
    with pytest.raises(HandOffRequired, match="no WordPress site is set up") as raised:
        adapter_for(account, ctx).publish(OutgoingPost(
            text="Foto", idempotency_key="k", media=[image(tmp_path / "a.png", alt="A")]))
    assert raised.value.handoff.open_url == "https://www.threads.net/"
    assert contract_server.requests == []


def test_a_container_in_error_stops_before_publishing(contract_server, ctx, account):
    contract_server.script("GET", f"/{V}/{USER}/threads_publishing_limit", quota(0))
    contract_server.script("POST", f"/{V}/{USER}/threads", Reply(200, {"id": "c1"}))
    contract_server.script("GET", f"/{V}/c1", Reply(200, {"status": "IN_PROGRESS"}),
                           Reply(200, {"status": "ERROR", "error_message": "UNKNOWN"}))
    sleeps = Sleeps()
    with pytest.raises(Rejected, match="UNKNOWN"):
        adapter_for(account, ctx, sleeps).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert sleeps == [1.0]
    assert contract_server.sent("POST", f"/{V}/{USER}/threads_publish") == []


# -- tokens ---------------------------------------------------------------------------------------

def test_a_token_near_its_end_is_refreshed_first(contract_server, ctx, account, caplog):
    caplog.set_level(logging.DEBUG)
    keep(ctx, expires_at=NOW + 3 * DAY, issued_at=NOW - 57 * DAY)
    contract_server.script("GET", "/refresh_access_token", Reply(200, {
        "access_token": TOKEN_2, "token_type": "bearer", "expires_in": 5183944}))
    contract_server.script("GET", f"/{V}/me", Reply(200, {"id": USER, "username": "rsko"}))
    words = adapter_for(account, ctx).verify()
    refresh, me = contract_server.requests
    assert query(refresh) == {"grant_type": "th_refresh_token"}
    assert refresh.headers["authorization"] == f"Bearer {TOKEN}"
    assert me.headers["authorization"] == f"Bearer {TOKEN_2}"
    kept = json.loads(ctx.secrets.get("threads:test"))
    assert kept["access_token"] == TOKEN_2 and kept["expires_at"] == NOW + 5183944
    assert words.startswith("Signed in to Threads as @rsko. The login is valid until ")
    assert_no_secret(caplog, SECRETS)


def test_a_token_younger_than_a_day_is_not_refreshed(contract_server, ctx, account):
    keep(ctx, expires_at=NOW + 3 * DAY, issued_at=NOW - 3600)
    contract_server.script("GET", f"/{V}/me", Reply(200, {"id": USER, "username": "rsko"}))
    adapter_for(account, ctx).verify()
    assert sequence(contract_server) == [("GET", f"/{V}/me")]


def test_an_expired_token_needs_reconnecting_without_a_call(contract_server, ctx, account):
    keep(ctx, expires_at=NOW - 1)
    with pytest.raises(AuthExpired, match="Threads login has expired"):
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))
    assert contract_server.requests == []


def test_a_revoked_token_needs_reconnecting(contract_server, ctx, account):
    contract_server.script("GET", f"/{V}/{USER}/threads_publishing_limit", Reply(400, {
        "error": {"message": "Error validating access token: The user has not authorized "
                             "application 123.", "type": "OAuthException", "code": 190,
                  "error_subcode": 458, "fbtrace_id": "A4"}}))
    with pytest.raises(AuthExpired, match="app was removed"):
        adapter_for(account, ctx).publish(OutgoingPost(text="x", idempotency_key="k"))
