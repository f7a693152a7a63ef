"""Issue 12: exactly once against hostile and slow servers.

Real local servers (tests/contract_server.py with the answers of tests/hostile_server.py) and the
real HTTP layer; the engine tests drive the real ``publishing.engine.Engine`` and real adapters
against fake WordPress, Telegram and Mastodon servers that keep what they are sent, then count
the posts on the server.

Deadlines are shortened through ``http.REQUEST_DEADLINE`` / ``http.SEND_DEADLINE`` so each test
takes seconds. Memory is the process's peak resident size (``VmHWM``), reset before the request
through ``/proc/self/clear_refs``.
"""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from contract_server import Recorded, Reply
from hostile_server import (
    endless_chunked,
    hang,
    huge_length,
    moved,
    notice_before_json,
    rate_limited,
    trickle,
    truncated,
)
from humasdesk.domain.model import Account, PublishState
from humasdesk.platforms import http
from humasdesk.platforms.base import (
    OutcomeUnknown,
    RateLimited,
    Rejected,
    Transient,
    login_attempt,
)
from humasdesk.platforms.http import (
    MAX_WAIT,
    HttpFactory,
    parse_epoch,
    parse_iso,
    parse_retry_after,
    rate_limit_reset,
    send,
    send_window,
    telegram_retry_after,
)
from humasdesk.platforms.registry import PlatformContext
from humasdesk.platforms.secrets import SecretStore
from humasdesk.publishing.engine import Engine

MB = 1024 * 1024


# -- measuring ------------------------------------------------------------------------------------

def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/self/status")


class Peak:
    """The growth of this process's peak resident memory while the block runs."""

    def __enter__(self):
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
        self.before = _status_kb("VmRSS")
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc):
        self.seconds = time.monotonic() - self.started
        self.growth_mb = (_status_kb("VmHWM") - self.before) / 1024
        return False


@pytest.fixture
def short_deadlines(monkeypatch):
    monkeypatch.setattr(http, "REQUEST_DEADLINE", 1.5)
    monkeypatch.setattr(http, "SEND_DEADLINE", 6.0)


def client(server, read_timeout: float = 60.0) -> httpx.Client:
    # The per-read timeout is the real one (60 s): only the deadline may end these tests.
    return HttpFactory(timeout=httpx.Timeout(read_timeout, connect=5.0)).client(
        base_url=server.url)


# -- the HTTP layer -------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [notice_before_json({"id": 1}), truncated({"id": 1} | {
    "content": "x" * 2000})], ids=["notice", "truncated"])
def test_an_unreadable_answer_is_unknown_for_a_post_and_transient_for_a_read(
        contract_server, answer):
    contract_server.script("POST", "/create", answer)
    contract_server.script("GET", "/read", answer)
    with client(contract_server) as c:
        with pytest.raises(OutcomeUnknown) as unknown:
            http.json_body(send(c, "POST", "/create", idempotent=False, json={}), "example")
        with pytest.raises(Transient) as transient:
            http.json_body(send(c, "GET", "/read", idempotent=True), "example")
    assert "not known whether the post went out" in unknown.value.message
    assert "will try again" in transient.value.message


@pytest.mark.parametrize("answer", [huge_length(), endless_chunked()],
                         ids=["2GB-content-length", "endless-chunked"])
def test_an_oversized_answer_stops_at_the_cap(contract_server, answer):
    contract_server.script("GET", "/big", answer)
    contract_server.script("POST", "/big", answer)
    with Peak() as peak, client(contract_server) as c:
        with pytest.raises(Transient) as read:
            send(c, "GET", "/big", idempotent=True)
        with pytest.raises(OutcomeUnknown) as write:
            send(c, "POST", "/big", idempotent=False, json={})
    assert "more than 4 MB" in read.value.message
    assert "not known whether the post went out" in write.value.message
    assert peak.seconds < 10
    # The cap is 4 MB per answer; allow for the interpreter's own noise.
    assert peak.growth_mb < 40, f"memory grew by {peak.growth_mb:.0f} MB"
    print(f"\n{answer.raw.__qualname__}: {peak.seconds:.2f} s, +{peak.growth_mb:.1f} MB peak")


@pytest.mark.parametrize("answer", [trickle({"id": 1, "text": "x" * 200}, every=0.3),
                                    hang()], ids=["one-byte-every-0.3s", "hang"])
def test_a_trickling_or_silent_server_is_cut_off_at_the_deadline(
        contract_server, short_deadlines, answer):
    contract_server.script("POST", "/slow", answer)
    contract_server.script("GET", "/slow", answer)
    with client(contract_server) as c:
        started = time.monotonic()
        with pytest.raises(OutcomeUnknown) as write:
            send(c, "POST", "/slow", idempotent=False, json={})
        write_seconds = time.monotonic() - started
        started = time.monotonic()
        with pytest.raises(Transient) as read:
            send(c, "GET", "/slow", idempotent=True)
        read_seconds = time.monotonic() - started
    # Headers trickle too: without the watchdog each request would take minutes.
    assert 1.4 <= write_seconds < 3.5, write_seconds
    assert 1.4 <= read_seconds < 3.5, read_seconds
    assert "within 2 seconds" in read.value.message
    assert "not known whether the post went out" in write.value.message
    print(f"\ncut off after {write_seconds:.2f} s and {read_seconds:.2f} s")


def test_a_whole_send_has_one_deadline(contract_server, monkeypatch):
    monkeypatch.setattr(http, "REQUEST_DEADLINE", 5.0)
    contract_server.script("POST", "/part", Reply(200, {"id": 1}, delay=0.8))
    contract_server.script("GET", "/part", Reply(200, {"id": 1}, delay=0.8))
    with client(contract_server) as c:
        started = time.monotonic()
        with send_window(2.0):
            send(c, "POST", "/part", idempotent=False, json={})
            send(c, "POST", "/part", idempotent=False, json={})
            with pytest.raises(OutcomeUnknown) as raised:  # parts are out: unknown, not "again"
                send(c, "POST", "/part", idempotent=False, json={})
        assert time.monotonic() - started < 3.0
        with send_window(0.5), pytest.raises(Transient) as nothing_yet:
            send(c, "GET", "/part", idempotent=True)
    assert "Part of the post may have gone out" in raised.value.message
    assert "Nothing was published" in nothing_yet.value.message
    assert len(contract_server.sent("POST", "/part")) == 3


def test_a_redirect_names_the_new_host_but_never_the_path(contract_server):
    contract_server.script("POST", "/api/v1/statuses", moved(
        "https://new-host.example/oauth/authorize?code=SECRET-CODE&token=abc"))
    with client(contract_server) as c, pytest.raises(Rejected) as raised:
        send(c, "POST", "/api/v1/statuses", idempotent=False, json={})
    message = raised.value.message
    assert "moved to new-host.example" in message and "HTTP 301" in message
    assert "SECRET" not in message and "oauth" not in message and "refused" not in message


ABSURD = ["Fri, 31 Dec 9999 23:59:59 GMT", "inf", "-inf", "nan", "1e20", "-5", "315360000",
          "Sat, 01 Jan 0001 00:00:00 GMT", "garbage"]


@pytest.mark.parametrize("value", ABSURD)
def test_any_retry_after_is_clamped_and_never_raises(contract_server, value):
    now = datetime.now(UTC)
    contract_server.script("POST", "/limited", rate_limited(value))
    with client(contract_server) as c:
        response = send(c, "POST", "/limited", idempotent=False, json={})
    for platform in ("bluesky", "mastodon", "x", "telegram", "wordpress"):
        reset = rate_limit_reset(response, platform)
        assert reset is None or reset <= datetime.now(UTC) + MAX_WAIT
    assert (parse_retry_after(value, now) or now) <= now + MAX_WAIT
    assert (parse_epoch(value, now) or now) <= now + MAX_WAIT
    assert (parse_iso("9999-12-31T23:59:59Z", now)) == now + MAX_WAIT
    assert telegram_retry_after({"parameters": {"retry_after": 10 ** 400}}, now) \
        == now + MAX_WAIT


def test_a_failed_login_speaks_of_the_login(contract_server):
    contract_server.script("GET", "/me", Reply(200, body=b"<html>maintenance</html>"))
    with login_attempt():
        assert "refused the login" in Rejected("HTTP 404").message
        assert "Try again in a moment" in Transient().message
        with client(contract_server) as c, pytest.raises(Transient) as raised:
            http.json_body(send(c, "GET", "/me", idempotent=True), "example")
    assert "HumasDesk will try again" not in raised.value.message
    assert "refused the post" in Rejected("HTTP 404").message  # outside a login


# -- the engine against fake platforms ------------------------------------------------------------

class FakeWordPress:
    """The REST routes a publish touches (``?rest_route=``), keeping created posts; the answer
    to the first create comes from ``first_answer(post)``."""

    def __init__(self, server, first_answer):
        self.posts: list[dict] = []
        self.creates = 0
        self.first_answer = first_answer
        server.script("POST", "/", self.handle)
        server.script("GET", "/", self.handle)

    def handle(self, request: Recorded) -> Reply:
        route = request.query.get("rest_route", [""])[0]
        if request.method == "POST" and route == "/wp/v2/posts":
            self.creates += 1
            body = request.json()
            post = {"id": 100 + len(self.posts), "status": "publish",
                    "link": f"https://rsko.test/?p={100 + len(self.posts)}",
                    "content": {"raw": body["content"]}}
            self.posts.append(post)
            return self.first_answer(post) if self.creates == 1 else Reply(201, post)
        if request.method == "GET" and route == "/wp/v2/posts":
            wanted = request.query.get("search", [""])[0]
            return Reply(200, [p for p in self.posts if wanted in p["content"]["raw"]])
        return Reply(404, {"code": "rest_no_route", "message": "No route"})


def engine_for(app, tmp_path, memory_secrets, platform: str, server_url: str, secret: str,
               **account):
    app.registry.context = PlatformContext(
        data_dir=tmp_path / "data", outbox_dir=tmp_path / "data" / "outbox",
        secrets=memory_secrets, http=HttpFactory(timeout=httpx.Timeout(60.0, connect=5.0)))
    ref = SecretStore.new_reference(platform)
    memory_secrets.set(ref, secret)
    added = app.store.accounts.add(Account(platform=platform, name=f"{platform} RSKO",
                                           server_url=server_url, credential_ref=ref, **account))
    engine = Engine(app.store, app.registry, role="test", rng=random.Random(1))
    return added, engine


def run_until_settled(engine, app, record_id, *, runs: int = 4):
    outcomes = []
    for _ in range(runs):
        outcomes += engine.run_once()
        current = app.store.records.get(record_id)
        if current.state not in (PublishState.SENDING, PublishState.SCHEDULED):
            break
        if current.state is PublishState.SCHEDULED and current.due_at:
            # Due again: pretend the wait has passed (the engine's own clock is real).
            app.store.records.transition(record_id, [PublishState.SCHEDULED],
                                         PublishState.SCHEDULED,
                                         due_at=datetime.now(UTC) - timedelta(seconds=1))
    return outcomes, app.store.records.get(record_id)


WORDPRESS_ANSWERS = {
    "notice-before-json": lambda post: notice_before_json(post, 201),
    "truncated": lambda post: truncated(post, 201),
    "2GB-content-length": lambda post: huge_length(201),
    "endless-chunked": lambda post: endless_chunked(201),
    "trickle": lambda post: trickle(post, 201, every=0.3),
    "hang": lambda post: hang(),
}


@pytest.mark.parametrize("behaviour", list(WORDPRESS_ANSWERS))
def test_wordpress_answering_badly_still_gets_exactly_one_post(
        app, tmp_path, memory_secrets, contract_server, short_deadlines, behaviour):
    site = FakeWordPress(contract_server, WORDPRESS_ANSWERS[behaviour])
    account, engine = engine_for(app, tmp_path, memory_secrets, "wordpress",
                                 contract_server.url, "abcd efgh ijkl mnop qrst uvwx",
                                 handle="humas")
    [record] = app.publishing.submit("Jadwal vaksinasi hari Sabtu", [account.id])
    with Peak() as peak:
        outcomes, final = run_until_settled(engine, app, record.id)
    assert site.creates == 1 and len(site.posts) == 1, "posted more than once"
    assert final.state is PublishState.PUBLISHED, (final.state, final.error_message)
    assert final.remote_url == site.posts[0]["link"]  # found again by its key
    assert peak.seconds < 8 and peak.growth_mb < 40
    print(f"\n{behaviour}: {peak.seconds:.2f} s, +{peak.growth_mb:.1f} MB peak")


@pytest.mark.parametrize("value", ["Fri, 31 Dec 9999 23:59:59 GMT", "inf", "nan", "1e20", "-5",
                                   "315360000"])
def test_wordpress_with_an_absurd_retry_after_waits_a_day_at_most(
        app, tmp_path, memory_secrets, contract_server, value):
    contract_server.script("POST", "/", rate_limited(value))
    account, engine = engine_for(app, tmp_path, memory_secrets, "wordpress",
                                 contract_server.url, "abcd efgh ijkl mnop qrst uvwx",
                                 handle="humas")
    [record] = app.publishing.submit("Jadwal poli", [account.id])
    [outcome] = engine.run_once()
    current = app.store.records.get(record.id)
    assert current.state is PublishState.SCHEDULED
    assert current.due_at <= datetime.now(UTC) + MAX_WAIT + timedelta(minutes=5)
    assert "asks us to wait until" in outcome.message
    assert current.error_message == outcome.message  # the queue says it too
    assert len(contract_server.sent("POST", "/")) == 1


TELEGRAM_TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ZU"


@pytest.mark.parametrize("answer", ["notice", "truncated", "trickle"])
def test_telegram_unreadable_success_is_sent_once_and_handed_to_the_user(
        app, tmp_path, memory_secrets, contract_server, short_deadlines, answer):
    sent = {"message_id": 7, "chat": {"id": -1001234567890, "username": "rsko_info"},
            "text": "Info"}
    reply = {"notice": notice_before_json({"ok": True, "result": sent}),
             "truncated": truncated({"ok": True, "result": sent}),
             "trickle": trickle({"ok": True, "result": sent}, every=0.3)}[answer]
    contract_server.script("POST", f"/bot{TELEGRAM_TOKEN}/sendMessage", reply)
    account, engine = engine_for(app, tmp_path, memory_secrets, "telegram", contract_server.url,
                                 TELEGRAM_TOKEN, handle="@rsko_info",
                                 options={"chat_id": "-1001234567890"})
    [record] = app.publishing.submit("Info", [account.id])
    outcomes, final = run_until_settled(engine, app, record.id)
    assert len(contract_server.sent("POST", f"/bot{TELEGRAM_TOKEN}/sendMessage")) == 1
    # A bot cannot read its channel back, so the user decides; never a blind second message.
    assert final.state is PublishState.NEEDS_ATTENTION
    assert "not known whether the post reached" in final.error_message


class FakeMastodon:
    """Statuses kept; a repeated ``Idempotency-Key`` returns the first status (as Mastodon does
    for an hour); the first answer is hostile."""

    def __init__(self, server, first_answer):
        self.statuses: dict[str, dict] = {}
        self.creates = 0
        self.first_answer = first_answer
        server.script("POST", "/api/v1/statuses", self.create)

    def create(self, request: Recorded) -> Reply:
        self.creates += 1
        key = request.headers.get("idempotency-key", "")
        if key not in self.statuses:
            status_id = str(110 + len(self.statuses))
            self.statuses[key] = {"id": status_id, "url": f"https://social.rsko.test/@rsko/"
                                  f"{status_id}", "content": request.json()["status"]}
        status = self.statuses[key]
        return self.first_answer(status) if self.creates == 1 else Reply(200, status)


@pytest.mark.parametrize("answer", ["notice", "truncated", "2GB-content-length"])
def test_mastodon_unreadable_success_ends_with_one_status(
        app, tmp_path, memory_secrets, contract_server, short_deadlines, answer):
    server = FakeMastodon(contract_server, {
        "notice": lambda status: notice_before_json(status),
        "truncated": lambda status: truncated(status),
        "2GB-content-length": lambda status: huge_length()}[answer])
    account, engine = engine_for(app, tmp_path, memory_secrets, "mastodon", contract_server.url,
                                 json.dumps({"access_token": "tok-abc", "client_id": "c",
                                             "client_secret": "s"}),
                                 handle="@rsko@social.rsko.test",
                                 options={"visibility": "public", "account_id": "109"})
    [record] = app.publishing.submit("Donor darah", [account.id])
    outcomes, final = run_until_settled(engine, app, record.id)
    assert len(server.statuses) == 1, "two statuses"
    assert final.state is PublishState.PUBLISHED, (final.state, final.error_message)
    assert final.remote_url.endswith("/110")


@pytest.mark.parametrize("header, value", [
    ("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"), ("Retry-After", "inf"),
    ("RateLimit-Reset", "1e20"), ("RateLimit-Reset", "nan"), ("Retry-After", "315360000")])
def test_connecting_while_rate_limited_says_when_and_never_crashes(
        contract_server, memory_secrets, header, value):
    from humasdesk.platforms.bluesky import BlueskyAdapter

    contract_server.script("POST", "/xrpc/com.atproto.server.createSession", Reply(
        429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
        headers={header: value}))
    with login_attempt(), pytest.raises(RateLimited) as raised:
        BlueskyAdapter.connect(handle="rsko.test", app_password="aaaa-bbbb-cccc-dddd",
                               server=contract_server.url, secrets=memory_secrets,
                               http=HttpFactory())
    reset = raised.value.reset_at
    assert reset is None or reset <= datetime.now(UTC) + MAX_WAIT
    assert "HumasDesk will try again" not in raised.value.message or reset is not None


def test_a_redirect_fails_the_post_and_says_where_the_site_went(
        app, tmp_path, memory_secrets, contract_server):
    contract_server.script("POST", "/", moved("https://rsko-baru.example/wp-json/?token=abc123"))
    account, engine = engine_for(app, tmp_path, memory_secrets, "wordpress",
                                 contract_server.url, "abcd efgh ijkl mnop qrst uvwx",
                                 handle="humas")
    [record] = app.publishing.submit("Jadwal poli", [account.id])
    [outcome] = engine.run_once()
    current = app.store.records.get(record.id)
    assert current.state is PublishState.FAILED
    assert "moved to rsko-baru.example" in current.error_message
    assert "abc123" not in current.error_message and "wp-json" not in current.error_message
    assert "refused the post" not in current.error_message
    assert len(contract_server.sent("POST", "/")) == 1
