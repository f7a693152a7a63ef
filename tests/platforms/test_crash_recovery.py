"""Crash tests of issue 6: ``kill -9`` the agent while a post is "sending", restart it, count
what the server holds.

Everything is real except the Mastodon server: ``humasdesk agent`` runs as a child process on
its own data directory (HUMASDESK_HOME) and reads the account's tokens from the same keyring as
the test — the private gnome-keyring of the ``secret_service`` fixture, reached through its
D-Bus address in the child's environment, with PYTHON_KEYRING_BACKEND naming the Secret Service
so the child cannot pick another backend. (No file-less keyring backend selectable by
environment exists: the memory keyring lives in one process only, and plain-file backends are
refused by design.)

- Bluesky: the reference PDS behind a loopback HTTP proxy that forwards ``createRecord`` at once
  (the post is written on the server) but holds its answer, so the agent is waiting for it when
  it is killed. The restarted agent must find the post by its record key, not post it again.
- Mastodon: the contract server remembers ``Idempotency-Key`` as Mastodon documents and holds
  the answer to the first status the same way. Restarted within the hour the server remembers
  the key, so sending again with it is safe; restarted after the hour (the record's sending time
  moved back, the server's memory of keys cleared) the agent must find the status by its text
  instead of sending it again.

A killed agent leaves the "publisher" lease behind; it expires ``LEASE_TTL_SECONDS`` (90 s) after
its last renewal. The Bluesky test waits for that for real; the Mastodon tests expire that lease
in the database (only after checking that the dead agent holds it), as if the 90 s had passed.

Waits poll states with deadlines; every child process is killed at teardown.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from pds_support import list_posts
from platform_servers import create_pds_account

from contract_server import Recorded, Reply
from humasdesk.app import App
from humasdesk.domain.model import Account, PublishState
from humasdesk.platforms import bluesky
from humasdesk.platforms.secrets import SecretStore
from humasdesk.publishing.engine import LEASE_NAME, LEASE_TTL_SECONDS
from humasdesk.store.db import to_millis

pytestmark = pytest.mark.slow

# Generous for a loaded two-core machine: each is a deadline, not a sleep.
START_TIMEOUT = 60.0  # a child process imports the app, opens the store, sends
SETTLE_TIMEOUT = 60.0  # a restarted agent that holds the lease resolves the record
MAX_HOLD = 45.0  # a held answer goes out by itself after this (below the client's 60 s)
UNSETTLED = (PublishState.SENDING, PublishState.SCHEDULED)


# -- the agent as a child process -----------------------------------------------------------------

class Agent:
    """``humasdesk agent`` in a child process, its output in files (no pipe can fill up)."""

    def __init__(self, home: Path, logs: Path, name: str, *args: str):
        self.name = name
        self.out_path = logs / f"{name}.out"
        self.err_path = logs / f"{name}.err"
        env = dict(os.environ, HUMASDESK_HOME=str(home),
                   PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")
        with open(self.out_path, "w") as out, open(self.err_path, "w") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "humasdesk", "agent", *args], stdin=subprocess.DEVNULL,
                stdout=out, stderr=err, env=env)

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill9(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM (the agent finishes its run and releases the lease); its exit code."""
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def wait(self, timeout: float) -> int:
        return self.process.wait(timeout=timeout)

    def output(self) -> str:
        out = self.out_path.read_text(errors="replace")
        err = self.err_path.read_text(errors="replace")
        return (f"--- {self.name} (exit {self.process.poll()}) stdout:\n{out}\n"
                f"stderr:\n{err[-3000:]}")


@pytest.fixture
def agents(tmp_path, isolated_home):
    """Starts agents on the test's data directory; kills whatever is still running at the end."""
    started: list[Agent] = []
    logs = tmp_path / "agent-output"
    logs.mkdir()

    def start(name: str, *args: str) -> Agent:
        agent = Agent(isolated_home, logs, name, *args)
        started.append(agent)
        return agent

    start.started = started
    yield start
    for agent in started:
        if agent.alive():
            agent.process.kill()
        try:
            agent.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass


def diagnostics(agents_started: list[Agent], home: Path) -> str:
    parts = [a.output() for a in agents_started]
    for log in sorted((home / "logs").glob("*.log*")):
        parts.append(f"--- {log.name}:\n{log.read_text(errors='replace')[-4000:]}")
    return "\n".join(parts)


def wait_until(condition: Callable[[], bool], timeout: float, what: str,
               explain: Callable[[], str] = lambda: "",
               must_live: Agent | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if must_live is not None and not must_live.alive():
            if condition():
                return
            pytest.fail(f"{must_live.name} exited while waiting for {what}\n{explain()}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{explain()}")
        time.sleep(0.1)


def state_of(app: App, record_id: int) -> PublishState:
    return app.store.records.get(record_id).state


def expire_dead_agents_lease(app: App, dead: Agent) -> None:
    """As if LEASE_TTL_SECONDS had passed since the killed agent last renewed its lease."""
    rows = app.store.db.query("SELECT holder FROM leases WHERE name = ?", (LEASE_NAME,))
    assert rows, "the killed agent left no lease (it should: it was killed, not stopped)"
    holder = rows[0]["holder"]
    assert holder.startswith("agent:") and f":{dead.pid}:" in holder, holder
    with app.store.db.transaction() as conn:
        conn.execute("UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ?",
                     (to_millis(datetime.now(UTC)) - 1, LEASE_NAME, holder))


# -- a loopback proxy that holds one answer -------------------------------------------------------

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te",
               "trailer", "upgrade", "host", "content-length", "content-encoding",
               "accept-encoding"}


class HoldingProxy:
    """An HTTP/1.1 proxy on 127.0.0.1 in front of ``upstream``.

    Every request is forwarded at once. While holding, the answer to a request whose path is in
    ``hold_paths`` is kept back until :meth:`release` (or ``MAX_HOLD`` seconds): the server has
    done the work, the client is still waiting.
    """

    def __init__(self, upstream: str, hold_paths: set[str]):
        self.upstream = upstream.rstrip("/")
        self.hold_paths = hold_paths
        self.forwarded: list[tuple[str, str]] = []  # (method, path without the query)
        self.answer_held = threading.Event()  # a held request was done by the server
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=30)
        proxy = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?", 1)[0]
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in _HOP_BY_HOP}
                headers["Accept-Encoding"] = "identity"
                try:
                    answer = proxy._client.request(self.command, proxy.upstream + self.path,
                                                   headers=headers, content=body)
                    status, payload = answer.status_code, answer.content
                    answer_headers = [(k, v) for k, v in answer.headers.items()
                                      if k.lower() not in _HOP_BY_HOP]
                except httpx.HTTPError as exc:
                    status, payload = 502, json.dumps({"error": str(exc)}).encode()
                    answer_headers = [("Content-Type", "application/json")]
                with proxy._lock:
                    proxy.forwarded.append((self.command, path))
                if path in proxy.hold_paths and not proxy._release.is_set():
                    proxy.answer_held.set()
                    proxy._release.wait(MAX_HOLD)
                try:
                    self.send_response(status)
                    for name, value in answer_headers:
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client is gone (killed)

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def count(self, method: str, path: str) -> int:
        with self._lock:
            return self.forwarded.count((method, path))

    def release(self) -> None:
        """Let held answers go, and hold nothing from now on."""
        self._release.set()

    def close(self) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
        self._client.close()


# -- Bluesky against the real PDS -----------------------------------------------------------------

CREATE_RECORD = "/xrpc/com.atproto.repo.createRecord"
GET_RECORD = "/xrpc/com.atproto.repo.getRecord"


def test_bluesky_kill_9_while_sending_then_restart_leaves_exactly_one_post(
        secret_service, bluesky_pds, isolated_home, agents):
    pds_account = create_pds_account(bluesky_pds, f"crash{os.urandom(3).hex()}")
    proxy = HoldingProxy(bluesky_pds.url, {CREATE_RECORD})
    app = App.build(isolated_home)

    def explain() -> str:
        return diagnostics(agents.started, isolated_home)

    try:
        account = bluesky.connect(app.registry.context, handle=pds_account.handle,
                                  app_password=pds_account.app_password, server=proxy.url,
                                  name="Bluesky RSKO")
        app.store.accounts.add(account)
        text = f"Jadwal donor darah RSKO hari Sabtu ({os.urandom(3).hex()})"
        [record] = app.publishing.submit(text, [account.id])

        first = agents("first")
        wait_until(proxy.answer_held.is_set, START_TIMEOUT,
                   "the agent's createRecord to reach the server", explain, must_live=first)
        # The post exists on the server; the agent waits for the answer, "sending" committed.
        assert state_of(app, record.id) is PublishState.SENDING
        assert len(list_posts(bluesky_pds.url, pds_account.did)) == 1
        first.kill9()
        proxy.release()
        crashed = app.store.records.get(record.id)
        assert crashed.state is PublishState.SENDING, explain()
        assert ":" + str(first.pid) + ":" in crashed.claimed_by

        # A normal restart: the agent takes over once the dead agent's lease has expired.
        restarted_at = time.monotonic()
        second = agents("restarted")
        wait_until(lambda: state_of(app, record.id) not in UNSETTLED,
                   LEASE_TTL_SECONDS + SETTLE_TIMEOUT, "the restarted agent to settle the record",
                   explain, must_live=second)
        settled_after = time.monotonic() - restarted_at
        assert second.stop() == 0, explain()

        final = app.store.records.get(record.id)
        posts = list_posts(bluesky_pds.url, pds_account.did)
        assert len(posts) == 1, posts  # no duplicate
        [post] = posts
        rkey = post["uri"].rsplit("/", 1)[1]
        assert post["value"]["text"] == text
        assert rkey == bluesky.record_keys(record.idempotency_key, 1)[0]
        assert final.state is PublishState.PUBLISHED, (final, explain())
        assert final.remote_id == post["uri"]
        assert final.remote_url == f"https://bsky.app/profile/{pds_account.handle}/post/{rkey}"
        # Found again by its record key, not sent again.
        assert proxy.count("POST", CREATE_RECORD) == 1
        assert proxy.count("GET", GET_RECORD) >= 2  # before the create, and the look-up
        assert "Published to Bluesky RSKO." in second.output()
        print(f"restarted agent settled the record after {settled_after:.1f} s")
    finally:
        app.close()
        proxy.close()


# -- Mastodon against the contract server ---------------------------------------------------------

MASTODON_TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"
ACCOUNT_ID = "109"
STATUSES = "/api/v1/statuses"
ACCOUNT_STATUSES = f"/api/v1/accounts/{ACCOUNT_ID}/statuses"


class MastodonStatuses:
    """The statuses part of a Mastodon server, on the contract server.

    ``POST /api/v1/statuses`` stores the status; a repeat of an ``Idempotency-Key`` the server
    still remembers returns the status made the first time (docs methods/statuses.md: keys are
    remembered for one hour). The answer to the first status is held until :meth:`release`.
    ``GET /api/v1/accounts/:id/statuses`` lists them, newest first.
    """

    def __init__(self, server, *, unreachable_lists: int = 0):
        self.server = server
        self.unreachable_lists = unreachable_lists  # answer the first lists with HTTP 503
        self.statuses: list[dict] = []
        self.by_key: dict[str, dict] = {}
        self.created = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        server.script("POST", STATUSES, self.post)
        server.script("GET", ACCOUNT_STATUSES, self.list)
        server.script("GET", "/api/v1/accounts/verify_credentials",
                      Reply(200, {"id": ACCOUNT_ID, "username": "rsko", "acct": "rsko"}))

    def post(self, request: Recorded) -> Reply:
        key = request.headers.get("idempotency-key", "")
        with self._lock:
            if key and key in self.by_key:
                return Reply(200, self.by_key[key])
            status_id = str(113_000_000_000_000_000 + len(self.statuses) + 1)
            text = request.json()["status"]
            status = {
                "id": status_id, "uri": f"{self.server.url}/users/rsko/statuses/{status_id}",
                "url": f"{self.server.url}/@rsko/{status_id}",
                "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "content": f"<p>{text}</p>", "visibility": request.json()["visibility"],
                "media_attachments": [], "account": {"id": ACCOUNT_ID, "acct": "rsko"}}
            self.statuses.append(status)
            if key:
                self.by_key[key] = status
            first = len(self.statuses) == 1
        if first:
            self.created.set()
            self._release.wait(MAX_HOLD)
        return Reply(200, status)

    def list(self, request: Recorded) -> Reply:
        with self._lock:
            if self.unreachable_lists > 0:
                self.unreachable_lists -= 1
                return Reply(503, {"error": "Service Unavailable"})
            return Reply(200, list(reversed(self.statuses)))

    def release(self) -> None:
        self._release.set()

    def forget_keys(self) -> None:
        """An hour has passed: the server no longer knows any key."""
        with self._lock:
            self.by_key.clear()


def _mastodon_account(app: App, server_url: str) -> Account:
    ref = SecretStore.new_reference("mastodon")
    app.registry.context.secrets.set(ref, json.dumps({
        "access_token": MASTODON_TOKEN, "client_id": "client-abc", "client_secret": "s3cret"}))
    return app.store.accounts.add(Account(
        platform="mastodon", name="Mastodon RSKO", handle="@rsko@social.rsko.test",
        server_url=server_url, credential_ref=ref,
        options={"visibility": "public", "account_id": ACCOUNT_ID}))


def _an_hour_passes(app: App, server: MastodonStatuses, record_id: int) -> None:
    """"sending" was committed long ago, and the server has forgotten the key: sending again
    now would make a second status."""
    long_ago = datetime.now(UTC) - timedelta(hours=1, minutes=10)
    with app.store.db.transaction() as conn:
        conn.execute("UPDATE publish_records SET updated_at = ?, first_sent_at = ? WHERE id = ?",
                     (to_millis(long_ago), to_millis(long_ago), record_id))
    server.forget_keys()


def _crash_while_sending(app: App, server: MastodonStatuses, agents, explain) -> tuple:
    """Submit a post, start an agent, kill -9 it while the server holds the answer."""
    account = _mastodon_account(app, server.server.url)
    text = f"Vaksinasi gratis di RSKO hari Sabtu pukul 08.00 WIB ({os.urandom(3).hex()})"
    [record] = app.publishing.submit(text, [account.id])
    first = agents("first")
    wait_until(server.created.is_set, START_TIMEOUT, "the agent's status to reach the server",
               explain, must_live=first)
    assert state_of(app, record.id) is PublishState.SENDING
    first.kill9()
    server.release()
    assert state_of(app, record.id) is PublishState.SENDING, explain()
    return record, text, first


def test_mastodon_kill_9_while_sending_then_restart_within_the_hour_sends_the_same_key(
        secret_service, contract_server, isolated_home, agents):
    server = MastodonStatuses(contract_server)
    app = App.build(isolated_home)

    def explain() -> str:
        return diagnostics(agents.started, isolated_home)

    try:
        record, text, first = _crash_while_sending(app, server, agents, explain)
        expire_dead_agents_lease(app, first)
        second = agents("restarted")
        wait_until(lambda: state_of(app, record.id) not in UNSETTLED, SETTLE_TIMEOUT,
                   "the restarted agent to settle the record", explain, must_live=second)
        assert second.stop() == 0, explain()

        final = app.store.records.get(record.id)
        assert len(server.statuses) == 1, server.statuses  # no duplicate
        [status] = server.statuses
        assert final.state is PublishState.PUBLISHED, (final, explain())
        assert (final.remote_id, final.remote_url) == (status["id"], status["url"])
        # Sent again with the same key, which the server recognised.
        sent = contract_server.sent("POST", STATUSES)
        assert len(sent) == 2
        assert {r.headers["idempotency-key"] for r in sent} == {record.idempotency_key}
        assert {r.json()["status"] for r in sent} == {text}
    finally:
        server.release()
        app.close()


def test_mastodon_restart_after_the_hour_finds_the_status_instead_of_sending_again(
        secret_service, contract_server, isolated_home, agents):
    server = MastodonStatuses(contract_server)
    app = App.build(isolated_home)

    def explain() -> str:
        return diagnostics(agents.started, isolated_home)

    try:
        record, text, first = _crash_while_sending(app, server, agents, explain)
        _an_hour_passes(app, server, record.id)
        expire_dead_agents_lease(app, first)

        second = agents("restarted", "--once")
        code = second.wait(timeout=START_TIMEOUT)
        final = app.store.records.get(record.id)
        assert len(server.statuses) == 1, server.statuses  # never two statuses
        assert len(contract_server.sent("POST", STATUSES)) == 1, "the status was sent again"
        [status] = server.statuses
        # Found by its text among the account's recent statuses.
        assert contract_server.sent("GET", ACCOUNT_STATUSES), explain()
        assert final.state is PublishState.PUBLISHED, (final, explain())
        assert (final.remote_id, final.remote_url) == (status["id"], status["url"])
        assert code == 0, explain()
        assert f"Published to Mastodon RSKO. {status['url']}" in second.output()
    finally:
        server.release()
        app.close()


def test_mastodon_restart_after_the_hour_with_the_server_unreachable_at_first(
        secret_service, contract_server, isolated_home, agents):
    """A power cut: the computer comes back after more than an hour, and the first run cannot
    reach the server (the network is not up yet). A later run must still look the status up,
    not send it again on the strength of the key the server forgot long ago; ``--once`` makes
    that later run itself a moment after, as the running agent does at its next beat."""
    server = MastodonStatuses(contract_server, unreachable_lists=1)
    app = App.build(isolated_home)

    def explain() -> str:
        return diagnostics(agents.started, isolated_home)

    try:
        record, text, first = _crash_while_sending(app, server, agents, explain)
        _an_hour_passes(app, server, record.id)
        expire_dead_agents_lease(app, first)

        once = agents("restarted-offline-then-online", "--once")
        code = once.wait(timeout=START_TIMEOUT)
        assert "Checking whether the post reached Mastodon RSKO" in once.output(), explain()
        assert len(contract_server.sent("GET", ACCOUNT_STATUSES)) == 2  # 503, then found
        final = app.store.records.get(record.id)
        assert code == 0, explain()
        assert len(server.statuses) == 1, (server.statuses, explain())  # never two statuses
        assert len(contract_server.sent("POST", STATUSES)) == 1, "the status was sent again"
        [status] = server.statuses
        assert final.state is PublishState.PUBLISHED, (final, explain())
        assert (final.remote_id, final.remote_url) == (status["id"], status["url"])
    finally:
        server.release()
        app.close()
