"""A full local Bluesky network for the tests: PLC + PDS + the real AppView, with PostgreSQL and
Redis of its own (tests/servers/bluesky-network.mjs, @atproto/dev-env's ``TestNetwork``).

How to use it (fixtures in tests/platforms/conftest.py):

- ``bluesky_network`` (session-scoped, started once per test run, about 6-10 s here; the line
  ``bluesky network up in ...`` in the test output says how long it took): a
  :class:`BlueskyNetwork` with ``pds_url`` (where adapters connect: the PDS serves ``app.bsky.*``
  by proxying to the AppView), ``appview_url`` and the control channel below.
- Each test makes FRESH accounts, so tests never see each other's notifications::

      hospital = bluesky_network.account("rsko")            # handle rsko7.test, app password
      visitor = bluesky_network.account("budi")
      adapter = bluesky_network.adapter(hospital, memory_secrets)   # connected BlueskyAdapter
      post = adapter.publish(OutgoingPost(text="Jadwal poli", idempotency_key=...))
      visitor.reply(post.remote_id, "Poli jantung buka jam berapa min?")  # -> Ref(uri, cid)
      visitor.mention(f"@{hospital.handle} antre lama bgt")
      visitor.quote(uri, "..."); visitor.like(uri); visitor.repost(uri); visitor.delete(uri)
      visitor.follow(hospital.did); visitor.gate(uri)   # a threadgate: nobody may reply
      visitor.complaint(f"@{hospital.handle} ...")
      bluesky_network.process()   # wait until the AppView has indexed everything written so far
      bluesky_network.replies(post.remote_id, visitor)   # the posts under it, from the AppView

  Every visitor action returns only once the AppView has indexed it. What the adapter itself
  writes is indexed by a 250 ms timer in the Node process; call ``process()`` before reading it
  back through ``app.bsky.*``.
- ``network.account(name, privileged=True)`` gives an app password with DM access.
- The network has no chat service (Bluesky's is not open source): chat calls go through the real
  PDS (its app-password checks and its proxy) to ``set_chat_url(url)``, a loopback server a test
  runs, or to a closed loopback port. Nothing is ever looked up on the internet.

Under ``HUMASDESK_REQUIRE_ALL=1`` (CI) a missing piece (Node, the npm packages, PostgreSQL,
Redis) fails the test instead of skipping it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from platform_servers import _read_line

from helpers import require

ROOT = Path(__file__).resolve().parents[2]
SERVERS = ROOT / "tests" / "servers"


@dataclass(frozen=True)
class Ref:
    uri: str
    cid: str


@dataclass
class NetworkAccount:
    """An account on the local network, with the actions a real person would take."""

    network: BlueskyNetwork
    handle: str
    did: str
    password: str
    app_password: str

    def _act(self, action: str, **fields) -> Ref | None:
        made = self.network.control("/act", {"as": self.handle, "action": action, **fields})
        return Ref(made["uri"], made["cid"]) if made.get("uri") else None

    def post(self, text: str) -> Ref:
        return self._act("post", text=text)

    def mention(self, text: str) -> Ref:
        return self._act("mention", text=text)

    def complaint(self, text: str = "") -> Ref:
        return self._act("complaint", text=text)

    def reply(self, uri: str, text: str) -> Ref:
        return self._act("reply", uri=uri, text=text)

    def quote(self, uri: str, text: str) -> Ref:
        return self._act("quote", uri=uri, text=text)

    def like(self, uri: str) -> Ref:
        return self._act("like", uri=uri)

    def repost(self, uri: str) -> Ref:
        return self._act("repost", uri=uri)

    def follow(self, did: str) -> Ref:
        return self._act("follow", did=did)

    def delete(self, uri: str) -> None:
        self._act("delete", uri=uri)

    def gate(self, uri: str) -> Ref:
        """Let nobody reply to this account's post ``uri`` (a threadgate)."""
        return self._act("gate", uri=uri)


@dataclass
class BlueskyNetwork:
    pds_url: str
    appview_url: str
    plc_url: str
    control_url: str
    handle_domain: str
    start_seconds: float  # from starting PostgreSQL to the network's ready line
    network_seconds: float  # of which the Node process (PLC, PDS, AppView, Ozone) took
    _client: httpx.Client = field(repr=False, default=None)

    def control(self, path: str, body: dict | None = None) -> dict:
        response = self._client.post(self.control_url + path, json=body or {})
        if response.status_code != 200:
            raise AssertionError(f"bluesky-network {path}: {response.text}")
        return response.json()

    def account(self, name: str, privileged: bool = False) -> NetworkAccount:
        made = self.control("/account", {"name": name, "privileged": privileged})
        return NetworkAccount(self, made["handle"], made["did"], made["password"],
                              made["app_password"])

    def process(self) -> None:
        """Wait until the AppView has indexed everything the PDS holds."""
        self.control("/process")

    def set_chat_url(self, url: str) -> None:
        """Where the PDS sends chat.bsky.* calls (a loopback server of the test)."""
        self.control("/chat", {"url": url})

    def adapter(self, account: NetworkAccount, secrets, http=None):
        """``account`` connected in HumasDesk with its app password (tokens in ``secrets``)."""
        from humasdesk.platforms.bluesky import BlueskyAdapter
        from humasdesk.platforms.http import HttpFactory

        connected = BlueskyAdapter.connect(handle=account.handle,
                                           app_password=account.app_password,
                                           server=self.pds_url, name="Bluesky RSKO",
                                           secrets=secrets, http=http or HttpFactory())
        connected.id = 1
        return BlueskyAdapter(connected, secrets, http or HttpFactory())

    def get(self, nsid: str, account: NetworkAccount | None = None, **params) -> httpx.Response:
        """An XRPC read straight from the PDS (not through the adapter), as ``account``."""
        headers = {}
        if account is not None:
            session = self._client.post(f"{self.pds_url}/xrpc/com.atproto.server.createSession",
                                        json={"identifier": account.handle,
                                              "password": account.password})
            session.raise_for_status()
            headers["Authorization"] = f"Bearer {session.json()['accessJwt']}"
        return self._client.get(f"{self.pds_url}/xrpc/{nsid}", params=params, headers=headers)

    def replies(self, uri: str, account: NetworkAccount) -> list[dict]:
        """The posts directly under ``uri`` as the AppView shows them to ``account``
        (``[{"uri", "cid", "record", ...}]``): what a reply test counts."""
        self.process()
        response = self.get("app.bsky.feed.getPostThread", account, uri=uri, depth=1)
        response.raise_for_status()
        return [node["post"] for node in response.json()["thread"].get("replies") or []
                if "post" in node]


# -- starting and stopping ------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return True
        time.sleep(0.1)
    return False


def _postgres_bin() -> Path | None:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0)
    return versions[-1].parent if versions else None


class _Processes:
    """What the fixture started, so everything stops even when starting fails half-way."""

    def __init__(self, base: Path):
        self.base = base
        self.as_postgres: list[str] = []
        self.pg_bin: Path | None = None
        self.pg_data: Path | None = None
        self.redis: subprocess.Popen | None = None
        self.node: subprocess.Popen | None = None
        self.logs: list = []

    def stop(self) -> None:
        if self.node is not None:
            with contextlib.suppress(OSError):
                self.node.stdin.close()  # the script closes the network when its stdin closes
            try:
                self.node.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.node.kill()
                self.node.wait()
        if self.redis is not None:
            self.redis.terminate()
            try:
                self.redis.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.redis.kill()
                self.redis.wait()
        if self.pg_data is not None and (self.pg_data / "postmaster.pid").exists():
            subprocess.run([*self.as_postgres, str(self.pg_bin / "pg_ctl"), "-D",
                            str(self.pg_data), "-m", "immediate", "-w", "stop"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        for log in self.logs:
            log.close()
        shutil.rmtree(self.base, ignore_errors=True)

    def tail(self, name: str) -> str:
        path = self.base / name
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""


def start_network() -> tuple[BlueskyNetwork, _Processes]:
    """Start PostgreSQL, Redis and the network; ``_Processes.stop()`` ends them all."""
    node = shutil.which("node")
    require(node is not None, "Node.js is not installed; the Bluesky network tests need it")
    require((SERVERS / "node_modules" / "@atproto" / "dev-env").is_dir(),
            "the Bluesky network is not installed; run scripts/test-servers")
    pg_bin = _postgres_bin()
    require(pg_bin is not None, "PostgreSQL is not installed (Debian package postgresql); the "
                                "Bluesky AppView needs it")
    redis = shutil.which("redis-server")
    require(redis is not None, "Redis is not installed (Debian package redis-server); the "
                               "Bluesky AppView needs it")
    as_root = os.geteuid() == 0
    if as_root:
        require(shutil.which("runuser") is not None, "runuser (util-linux) is needed to run "
                                                     "PostgreSQL as the postgres user")
    started = time.monotonic()
    base = Path(tempfile.mkdtemp(prefix="humasdesk-bsky-net-"))
    procs = _Processes(base)
    try:
        # PostgreSQL: a throwaway cluster. initdb refuses root, so as root the cluster belongs to
        # the postgres user (its folder too).
        pg_dir = base / "pg"
        pg_dir.mkdir()
        if as_root:
            shutil.chown(base, "postgres")
            shutil.chown(pg_dir, "postgres")
            procs.as_postgres = ["runuser", "-u", "postgres", "--"]
        pg_port = _free_port()
        procs.pg_bin, procs.pg_data = pg_bin, pg_dir / "data"
        init = subprocess.run([*procs.as_postgres, str(pg_bin / "initdb"), "-D",
                               str(procs.pg_data), "-A", "trust", "-U", "pg", "-E", "UTF8"],
                              capture_output=True, text=True, timeout=120)
        require(init.returncode == 0, f"initdb failed: {init.stderr[-1000:]}")
        start = subprocess.run([*procs.as_postgres, str(pg_bin / "pg_ctl"), "-D",
                                str(procs.pg_data), "-l", str(pg_dir / "postgres.log"), "-o",
                                f"-p {pg_port} -k {pg_dir} -c listen_addresses=127.0.0.1 "
                                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                                "-c max_connections=200", "-w", "start"],
                               capture_output=True, text=True, timeout=120)
        require(start.returncode == 0, f"PostgreSQL did not start: {start.stderr[-1000:]}"
                                       f"{procs.tail('pg/postgres.log')}")

        # Redis, in the foreground as our own child (its pid is ours to stop), nothing on disk.
        redis_port = _free_port()
        redis_log = open(base / "redis.log", "w")  # noqa: SIM115 - closed by stop()
        procs.logs.append(redis_log)
        procs.redis = subprocess.Popen([redis, "--port", str(redis_port), "--bind", "127.0.0.1",
                                        "--save", "", "--appendonly", "no", "--dir", str(base)],
                                       stdout=redis_log, stderr=subprocess.STDOUT)
        require(_wait_for_port(redis_port, 20), "Redis did not start: "
                                                f"{procs.tail('redis.log')}")

        # The network. The PDS keeps its database and blobs under TMPDIR: ours.
        tmp = base / "node"
        tmp.mkdir()
        env = {**os.environ, "TMPDIR": str(tmp), "NODE_ENV": "test",
               "DB_POSTGRES_URL": f"postgresql://pg@127.0.0.1:{pg_port}/postgres",
               "DB_POSTGRES_SCHEMA": "humasdesk", "REDIS_HOST": f"127.0.0.1:{redis_port}",
               "LOG_ENABLED": "false"}
        node_log = open(base / "network.log", "w")  # noqa: SIM115 - closed by stop()
        procs.logs.append(node_log)
        procs.node = subprocess.Popen([node, str(SERVERS / "bluesky-network.mjs")], cwd=SERVERS,
                                      env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=node_log, text=True)
        line = _read_line(procs.node, timeout=240)
        try:
            info = json.loads(line)
        except ValueError:
            require(False, f"the Bluesky network did not start: {line!r} "
                           f"{procs.tail('network.log')}")
    except BaseException:
        procs.stop()
        raise
    network = BlueskyNetwork(info["pds_url"], info["appview_url"], info["plc_url"],
                             info["control_url"], info["handle_domain"],
                             round(time.monotonic() - started, 2),
                             round(float(info.get("start_seconds", 0.0)), 2),
                             httpx.Client(timeout=httpx.Timeout(60.0, connect=5.0)))
    return network, procs
