"""Mastodon's notification stream as a wake-up for the inbox, against a real HTTP server on
127.0.0.1 that speaks Server-Sent Events as mastodon/documentation methods/streaming.md shows
(``event: notification``, ``data: {Notification}``, ``:thump`` heartbeats), and against the ways
a stream breaks: a refused login, no streaming on the server, a cut connection, silence,
garbage, a line larger than a megabyte, data without end and without a newline.

Each stream answer writes for a few seconds at most and stops when the client hangs up.
"""

from __future__ import annotations

import json
import threading
import time
import tracemalloc

import pytest
from test_inbox_mastodon import BUDI, ME, notification, status
from test_mastodon import INSTANCE, TOKEN

from contract_server import Reply
from humasdesk.app import App
from humasdesk.domain.model import Account, AccountState
from humasdesk.platforms import mastodon
from humasdesk.platforms import registry as platform_registry
from humasdesk.platforms.base import AuthExpired, Transient
from humasdesk.platforms.http import HttpFactory
from humasdesk.platforms.mastodon_stream import (
    STREAM_PATH,
    NotificationStream,
    StreamUnavailable,
    streaming_base,
)
from humasdesk.platforms.registry import PlatformContext
from humasdesk.platforms.secrets import SecretStore
from humasdesk.services import inbox_stream
from humasdesk.services.inbox_stream import InboxStreams, backoff_seconds

STREAM_SECONDS = 6.0  # the longest one stream answer goes on when nobody hangs up
HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
        b"\r\n")
COMPLAINT = "@rsko antre di IGD sudah tiga jam, pelayanan lambat sekali, kecewa"


class Mastodon:
    """The contract server scripted as one Mastodon instance whose streaming server is on the
    same computer: the notifications are read by polling, and a mention can be announced on
    the stream."""

    def __init__(self, server):
        self.server = server
        self.notifications: list[dict] = []
        self.lock = threading.Lock()
        self.sent_at: list[float] = []  # when each notification event was written
        self.streams = 0  # stream connections accepted
        host = server.url.split("://", 1)[1]
        server.script("GET", "/api/v2/instance", Reply(json={
            **INSTANCE, "configuration": {**INSTANCE["configuration"],
                                          "urls": {"streaming": f"ws://{host}"}}}))
        server.script("GET", "/api/v1/notifications", self._notifications)
        server.script("GET", "/api/v1/conversations", Reply(json=[]))

    def _notifications(self, request):
        since = int((request.query.get("min_id") or ["0"])[0])
        with self.lock:
            found = [n for n in self.notifications if int(n["id"]) > since]
        return Reply(json=sorted(found, key=lambda n: -int(n["id"])))

    def mention(self, text: str = COMPLAINT) -> dict:
        with self.lock:
            number = 500 + len(self.notifications)
            body = notification(str(number), "mention", status(str(9000 + number), text, BUDI))
            self.notifications.append(body)
        return body

    def stream(self, write) -> None:
        """Every stream request is answered by ``write(out)`` (after the event-stream head
        unless it writes its own)."""
        def answer(request):
            with self.lock:
                self.streams += 1
            return Reply(raw=write)

        self.server.script("GET", STREAM_PATH, answer)

    def heartbeats(self, out, *, until=None, every: float = 0.1) -> None:
        end = time.monotonic() + STREAM_SECONDS
        while time.monotonic() < end and not (until and until()):
            out.write(b":thump\n")
            time.sleep(every)

    def stream_requests(self) -> int:
        return len(self.server.sent("GET", STREAM_PATH))

    def reads(self) -> int:
        return len(self.server.sent("GET", "/api/v1/notifications"))


def event(body: dict, kind: str = "notification") -> bytes:
    return f"event: {kind}\ndata: {json.dumps(body)}\n\n".encode()


@pytest.fixture
def instance(contract_server):
    return Mastodon(contract_server)


@pytest.fixture
def app(isolated_home, memory_secrets, monkeypatch, instance):
    default = platform_registry.default_registry

    def with_memory_keyring(context):
        return default(PlatformContext(data_dir=context.data_dir, outbox_dir=context.outbox_dir,
                                       secrets=memory_secrets, http=HttpFactory(timeout=5)))

    monkeypatch.setattr(platform_registry, "default_registry", with_memory_keyring)
    app = App.build(isolated_home)
    ref = SecretStore.new_reference("mastodon")
    memory_secrets.set(ref, json.dumps({"access_token": TOKEN, "client_id": "c",
                                        "client_secret": "s"}))
    app.account = app.store.accounts.add(Account(
        platform="mastodon", name="Mastodon RSKO", handle="@rsko@social.rsko.test",
        server_url=instance.server.url, credential_ref=ref,
        options={"visibility": "public", "account_id": ME,
                 "limits": mastodon.limits_from_instance(INSTANCE)}))
    assert app.inbox.sync_due()[0].problem == ""  # the first poll; this process now reads
    yield app
    app.close()


class Heard:
    def __init__(self):
        self.reports = []
        self.lock = threading.Lock()

    def __call__(self, report) -> None:
        with self.lock:
            self.reports.append(report)

    def sentences(self) -> list[str]:
        with self.lock:
            return [r.announcement for r in self.reports if r.announcement]


def listen(app, heard, **kwargs) -> InboxStreams:
    kwargs.setdefault("backoff", lambda failures, rng: 0.2)
    streams = InboxStreams(app.inbox, heard, **kwargs)
    streams.refresh()
    return streams


def wait_for(condition, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def stored_remote_ids(app) -> set[str]:
    return {i.remote.remote_id for i in app.inbox.items_in_state(None)}


# -- the wake-up -------------------------------------------------------------------------------

def test_a_mention_on_the_stream_is_read_stored_and_said_once_within_two_seconds(
        app, instance, capsys):
    mention: dict = {}

    def write(out) -> None:
        out.write(HEAD)
        instance.heartbeats(out, until=lambda: instance.streams >= 1, every=0.05)
        time.sleep(0.3)
        mention.update(instance.mention())
        out.write(event(mention))
        instance.sent_at.append(time.monotonic())
        instance.heartbeats(out)

    instance.stream(write)
    heard = Heard()
    streams = listen(app, heard)
    try:
        assert wait_for(lambda: instance.sent_at, 3)
        assert wait_for(lambda: mention and mention["status"]["id"] in stored_remote_ids(app), 2)
        took = time.monotonic() - instance.sent_at[0]
        with capsys.disabled():
            print(f"\nfrom the stream's event to the stored item: {took * 1000:.0f} ms")
        assert took < 2.0
        assert wait_for(lambda: heard.sentences(), 1)
        [sentence] = heard.sentences()
        assert "Mastodon RSKO" in sentence and "complaint" in sentence
        [item] = app.inbox.items_in_state(None)
        assert item.labels.complaint
        time.sleep(0.3)
        assert len(heard.sentences()) == 1  # said once
        assert app.inbox.sync_account(app.account.id).new == 0  # the polling repeats nothing
    finally:
        streams.stop()
    [request] = instance.server.sent("GET", STREAM_PATH)
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["accept"] == "text/event-stream"


def test_heartbeats_and_other_notifications_read_nothing(app, instance):
    def write(out) -> None:
        out.write(HEAD)
        out.write(event({"id": "77", "type": "favourite", "account": BUDI}))
        out.write(b"event: update\ndata: {\"id\": \"1\"}\n\n")
        instance.heartbeats(out)

    instance.stream(write)
    reads = instance.reads()
    heard = Heard()
    streams = listen(app, heard)
    try:
        assert wait_for(lambda: instance.streams == 1)
        time.sleep(1.0)
        assert instance.reads() == reads and heard.reports == []
        assert streams.listening() == {app.account.id}
        assert instance.stream_requests() == 1  # one connection, kept
    finally:
        streams.stop()


def test_a_flood_of_mentions_is_read_at_most_once_a_second(app, instance):
    def write(out) -> None:
        out.write(HEAD)
        flood = event(instance.mention())
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            out.write(flood * 20)
            time.sleep(0.01)
        instance.heartbeats(out)

    instance.stream(write)
    reads = instance.reads()
    heard = Heard()
    streams = listen(app, heard)
    try:
        assert wait_for(lambda: heard.sentences(), 2)
        time.sleep(1.6)
        assert 1 <= instance.reads() - reads <= 3  # not one read per event
        assert len(heard.sentences()) == 1 and app.inbox.new_total() == 1
    finally:
        streams.stop()


def test_stop_ends_the_threads_within_two_seconds(app, instance):
    instance.stream(lambda out: (out.write(HEAD), instance.heartbeats(out, every=1.0)))
    streams = listen(app, Heard())
    assert wait_for(lambda: instance.streams == 1)
    time.sleep(0.2)  # the thread now waits on the socket
    threads = [t for t in threading.enumerate() if t.name.startswith("inbox-stream")]
    assert threads
    started = time.monotonic()
    streams.stop()
    took = time.monotonic() - started
    assert took < 2.0
    assert not any(t.is_alive() for t in threads)
    assert streams.listening() == set()
    streams.refresh()  # stopped for good
    assert streams.listening() == set()


def test_only_the_reader_listens(app, instance):
    instance.stream(lambda out: (out.write(HEAD), instance.heartbeats(out)))
    app.inbox.release()  # another process (the agent) reads now
    app.store.leases.acquire("inbox-reader", "someone-else", app.inbox.clock(), 600)
    streams = listen(app, Heard())
    try:
        time.sleep(0.3)
        assert streams.listening() == set() and instance.stream_requests() == 0
    finally:
        streams.stop()


# -- failures: the polling carries on -------------------------------------------------------------

def refused(status: int, body: bytes = b'{"error":"nope"}', kind: str = "application/json"):
    head = (f"HTTP/1.1 {status} Answer\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}"
            f"\r\n\r\n").encode()
    return lambda out: out.write(head + body)


def garbage(out) -> None:
    out.write(HEAD + b":thump\n")
    for _ in range(50):
        out.write(b"<html><body>Bad gateway</body></html>\n")


def huge_line(out) -> None:
    out.write(HEAD + b"data: " + b"x" * (1200 * 1024) + b"\n\n")


def endless_line(out) -> None:
    out.write(HEAD + b"event: notification\ndata: ")
    end = time.monotonic() + STREAM_SECONDS
    while time.monotonic() < end:
        out.write(b"y" * 65536)


def cut(out) -> None:
    out.write(HEAD + b":thump\n")


def silent(out) -> None:
    out.write(HEAD)
    time.sleep(2.0)


BROKEN = {"garbage lines": garbage, "a line over a megabyte": huge_line,
          "data without end or newline": endless_line, "a cut connection": cut,
          "silence": silent, "server error": refused(502, b"<h1>502</h1>", "text/html"),
          "rate limited": refused(429)}
UNAVAILABLE = {"404": refused(404), "501": refused(501, b"", "text/plain"),
               "not an event stream": refused(200, b'{"error":"Streaming disabled"}')}


@pytest.mark.parametrize("answer", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_stream_is_tried_again_and_the_polling_carries_on(app, instance, answer):
    instance.stream(answer)
    heard = Heard()
    streams = listen(app, heard, idle_seconds=0.5)
    try:
        assert wait_for(lambda: instance.stream_requests() >= 2, 5)  # connected again
        assert streams.listening() == {app.account.id}
        mention = instance.mention()
        report = app.inbox.sync_account(app.account.id)  # the polling
        assert report.problem == ""
        assert mention["status"]["id"] in stored_remote_ids(app)
        # Reconnecting also asks for a read (what came while the stream was down): the item
        # is new to exactly one of the two reads, so it is said once.
        time.sleep(0.3)
        with heard.lock:
            assert report.new + sum(r.new for r in heard.reports) == 1
            assert all(r.problem == "" for r in heard.reports)
    finally:
        streams.stop()
    assert streams.listening() == set()
    assert app.store.accounts.get(app.account.id).state is AccountState.OK


@pytest.mark.parametrize("answer", UNAVAILABLE.values(), ids=UNAVAILABLE.keys())
def test_a_server_without_streaming_is_left_to_the_polling(app, instance, answer):
    instance.stream(answer)
    heard = Heard()
    streams = listen(app, heard)
    try:
        assert wait_for(lambda: instance.stream_requests() == 1)
        time.sleep(0.6)  # three backoffs of the broken case
        assert instance.stream_requests() == 1  # not asked again soon
        assert streams.listening() == {app.account.id}  # waits, then asks again much later
        instance.mention()
        assert app.inbox.sync_account(app.account.id).new == 1
        assert heard.reports == []
    finally:
        streams.stop()


def test_a_refused_login_is_said_once_and_the_account_stays_read(app, instance, monkeypatch,
                                                                 caplog):
    caplog.set_level("DEBUG")
    monkeypatch.setattr(inbox_stream, "UNAVAILABLE_WAIT", 0.1)  # ask again quickly here
    instance.stream(refused(401, b'{"error":"The access token is invalid"}'))
    heard = Heard()
    streams = listen(app, heard)
    try:
        assert wait_for(lambda: instance.stream_requests() >= 3)
        [sentence] = heard.sentences()
        assert sentence.startswith("Mastodon RSKO: new mentions cannot be heard as they come")
        assert "Reconnect" in sentence and TOKEN not in sentence
        assert app.store.accounts.get(app.account.id).state is AccountState.OK
        instance.mention()
        assert app.inbox.sync_account(app.account.id).new == 1
    finally:
        streams.stop()
    assert TOKEN not in caplog.text


# -- the stream itself --------------------------------------------------------------------------

def open_stream(instance, idle: float = 0.5) -> NotificationStream:
    return NotificationStream(HttpFactory(timeout=5), instance.server.url, TOKEN, "rsko.test",
                              mastodon._check, idle_seconds=idle)


@pytest.mark.parametrize("answer", [huge_line, endless_line], ids=["huge", "endless"])
def test_an_oversized_line_ends_the_stream_without_filling_the_memory(instance, answer):
    instance.stream(answer)
    tracemalloc.start()
    try:
        with pytest.raises(Transient, match="line too long"):
            open_stream(instance).listen(lambda: None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024, peak


@pytest.mark.parametrize(("answer", "error"), [
    (garbage, Transient), (silent, Transient), (cut, Transient),
    (refused(401), AuthExpired), (refused(403, b'{"error":"suspended"}'), AuthExpired),
    (refused(404), StreamUnavailable), (refused(501, b""), StreamUnavailable)])
def test_each_failure_is_a_platform_error(instance, answer, error):
    instance.stream(answer)
    started = time.monotonic()
    with pytest.raises(error) as raised:
        open_stream(instance).listen(lambda: None)
    assert time.monotonic() - started < 3.0
    assert TOKEN not in raised.value.message


def test_close_from_another_thread_ends_listen_quietly(instance):
    instance.stream(lambda out: (out.write(HEAD), instance.heartbeats(out, every=1.0)))
    stream = open_stream(instance, idle=30)
    ended = threading.Event()
    opened = threading.Event()
    thread = threading.Thread(target=lambda: (stream.listen(lambda: None, opened.set),
                                              ended.set()))
    thread.start()
    assert opened.wait(3)
    time.sleep(0.2)
    started = time.monotonic()
    stream.close()
    thread.join(2)
    assert ended.is_set() and time.monotonic() - started < 2.0


def test_events_split_across_packets_and_crlf_lines_are_heard(instance):
    body = event(notification("1", "mention", status("2", "halo", BUDI))).replace(b"\n",
                                                                               b"\r\n")

    def write(out) -> None:
        out.write(HEAD)
        for index in range(0, len(body), 7):
            out.write(body[index:index + 7])
            time.sleep(0.002)

    instance.stream(write)
    heard = []
    with pytest.raises(Transient):  # the server hangs up after the event
        open_stream(instance).listen(lambda: heard.append(1))
    assert heard == [1]


@pytest.mark.parametrize(("answer", "expected"), [
    ({"configuration": {"urls": {"streaming": "wss://streaming.social.test"}}},
     "https://streaming.social.test"),
    ({"urls": {"streaming_api": "wss://social.test:4000"}}, "https://social.test:4000"),
    ({"configuration": {"urls": {"streaming": "ws://elsewhere.test"}}}, "https://social.test"),
    ({"configuration": {"urls": {"streaming": "javascript:alert(1)"}}}, "https://social.test"),
    # Another site (not the instance's host or a host under it) never gets the login.
    ({"configuration": {"urls": {"streaming": "wss://elsewhere.test"}}}, "https://social.test"),
    ({"configuration": {"urls": {"streaming": "wss://evilsocial.test"}}}, "https://social.test"),
    ({"configuration": {"urls": {"streaming": "wss://social.test.evil.test"}}},
     "https://social.test"),
    ({"configuration": {"urls": {}}}, "https://social.test"),
    ({}, "https://social.test")])
def test_the_streaming_server_is_the_one_the_instance_names_when_safe(answer, expected):
    assert streaming_base(answer, "https://social.test") == expected


def test_the_backoff_grows_to_a_minute_and_stays_bounded():
    import random

    rng = random.Random(4)
    delays = [backoff_seconds(n, rng) for n in range(1, 12)]
    assert 5 <= delays[0] <= 7.5 and 15 <= delays[1] <= 22.5
    assert all(60 <= d <= 90 for d in delays[3:])


# -- the agent ------------------------------------------------------------------------------------

def test_the_agents_inbox_reader_listens_and_stops_its_streams(app, instance):
    from humasdesk.publishing.agent import run_inbox_sync

    def write(out) -> None:
        out.write(HEAD)
        instance.heartbeats(out, until=lambda: instance.streams >= 1, every=0.05)
        time.sleep(0.2)
        out.write(event(instance.mention()))
        instance.sent_at.append(time.monotonic())
        instance.heartbeats(out)

    instance.stream(write)
    heard = Heard()
    streams = InboxStreams(app.inbox, heard, backoff=lambda failures, rng: 0.2)
    stop, halt = threading.Event(), threading.Event()
    reader = threading.Thread(target=run_inbox_sync, args=(app.inbox, stop, halt),
                              kwargs={"heard": heard, "streams": streams})
    reader.start()
    try:
        assert wait_for(lambda: instance.sent_at, 4)
        assert wait_for(lambda: heard.sentences(), 2)
        assert time.monotonic() - instance.sent_at[0] < 2.0
        [sentence] = heard.sentences()
        assert "Mastodon RSKO" in sentence
    finally:
        halt.set()
        reader.join(5)
    assert not reader.is_alive()
    assert streams.listening() == set()
    assert not any(t.name.startswith("inbox-stream") and t.is_alive()
                   for t in threading.enumerate())
