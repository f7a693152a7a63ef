"""Fixtures for the platform layer: keyrings (in memory, and the real Secret Service) and the
real Bluesky PDS.

- No test here may touch the keyring of the person running the tests: an autouse fixture makes
  keyring's default backend the "fail" backend unless a test asks for the private Secret Service.
- ``secret_service``: gnome-keyring in a private D-Bus session (``dbus-run-session``) with a
  fresh HOME, unlocked with a password on standard input, as local-servers.md describes.
- ``bluesky_pds``: tests/servers/bluesky-pds.mjs (the reference PDS and an in-memory PLC) on
  loopback; ``bluesky_accounts`` creates two accounts and an app password over XRPC.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from helpers import require

ROOT = Path(__file__).resolve().parents[2]
SERVERS = ROOT / "tests" / "servers"


# -- keyrings -------------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def no_real_keyring():
    import keyring
    import keyring.backends.fail

    previous = keyring.core._keyring_backend
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.core._keyring_backend = previous


@pytest.fixture
def memory_keyring():
    from humasdesk.platforms.secrets import MemoryKeyring

    return MemoryKeyring()


@pytest.fixture
def memory_secrets(memory_keyring):
    from humasdesk.platforms.secrets import SecretStore

    return SecretStore(memory_keyring)


@dataclass
class SecretService:
    bus_address: str
    home: Path
    process: subprocess.Popen

    def backend(self):
        import keyring.backends.SecretService

        return keyring.backends.SecretService.Keyring()


def start_secret_service(base: Path) -> SecretService:
    require(shutil.which("dbus-run-session") is not None,
            "dbus-run-session is not installed (Debian package dbus; dbus-x11 also brings it)")
    require(shutil.which("gnome-keyring-daemon") is not None,
            "gnome-keyring-daemon is not installed (Debian package gnome-keyring)")
    home = base / "home"
    runtime = base / "run"
    home.mkdir(parents=True)
    runtime.mkdir(mode=0o700)
    # The shell starts the keyring inside the private bus, tells us the bus address, and keeps
    # the bus alive until we close its standard input.
    script = ('printf %s "$KEYRING_TEST_PASSWORD" | gnome-keyring-daemon --daemonize --login '
              '--components=secrets >/dev/null\n'
              'echo "BUS=$DBUS_SESSION_BUS_ADDRESS"\n'
              'cat >/dev/null\n')
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "XDG_RUNTIME_DIR": str(runtime), "XDG_DATA_HOME": str(home / ".local/share"),
           "KEYRING_TEST_PASSWORD": "test-login-password"}
    process = subprocess.Popen(["dbus-run-session", "--", "sh", "-c", script], env=env,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    line = _read_line(process, timeout=20)
    require(line.startswith("BUS="), f"the private D-Bus session did not start ({line!r})")
    service = SecretService(line[4:].strip(), home, process)
    # Wait until the daemon owns org.freedesktop.secrets in that bus.
    deadline = time.monotonic() + 20
    while True:
        try:
            _with_bus(service.bus_address, lambda: service.backend().get_password("x", "y"))
            break
        except Exception as exc:
            if time.monotonic() > deadline:
                stop_secret_service(service)
                require(False, f"gnome-keyring did not answer on the private bus: {exc}")
            time.sleep(0.2)
    return service


def stop_secret_service(service: SecretService) -> None:
    try:
        service.process.stdin.close()
    except OSError:
        pass
    try:
        service.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        service.process.kill()
        service.process.wait()


def _with_bus(address: str, call):
    old = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        return call()
    finally:
        if old is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = old


def _read_line(process: subprocess.Popen, timeout: float) -> str:
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(process.stdout.readline()),
                              daemon=True)
    reader.start()
    reader.join(timeout)
    return result[0] if result else ""


@pytest.fixture(scope="session")
def secret_service_session():
    base = Path(tempfile.mkdtemp(prefix="humasdesk-keyring-"))
    service = start_secret_service(base)
    yield service
    stop_secret_service(service)
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def secret_service(secret_service_session, monkeypatch):
    """The private Secret Service, as keyring's default backend for this test."""
    import keyring

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_session.bus_address)
    keyring.set_keyring(secret_service_session.backend())
    return secret_service_session


# -- the Bluesky PDS ------------------------------------------------------------------------------

@dataclass
class Pds:
    url: str
    plc_url: str
    handle_domain: str
    admin_password: str


@pytest.fixture(scope="session")
def bluesky_pds():
    node = shutil.which("node")
    require(node is not None, "Node.js is not installed; the Bluesky PDS tests need it")
    require((SERVERS / "node_modules" / "@atproto" / "dev-env").is_dir(),
            "the Bluesky PDS is not installed; run scripts/test-servers")
    tmp = Path(tempfile.mkdtemp(prefix="humasdesk-pds-"))
    # The PDS keeps its database and blobs under TMPDIR: ours, removed afterwards.
    env = {**os.environ, "TMPDIR": str(tmp), "NODE_ENV": "test"}
    log = open(tmp / "pds.log", "w")  # noqa: SIM115 - closed at teardown
    process = subprocess.Popen([node, str(SERVERS / "bluesky-pds.mjs")], cwd=SERVERS, env=env,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                               text=True)
    line = _read_line(process, timeout=120)
    try:
        info = json.loads(line)
    except ValueError:
        process.kill()
        process.wait()
        log.close()
        output = (tmp / "pds.log").read_text(errors="replace")[-2000:]
        shutil.rmtree(tmp, ignore_errors=True)
        require(False, f"the Bluesky PDS did not start: {line!r} {output}")
    yield Pds(info["pds_url"], info["plc_url"], info["handle_domain"], info["admin_password"])
    process.stdin.close()  # the script shuts the servers down when its stdin closes
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()
    shutil.rmtree(tmp, ignore_errors=True)


@dataclass
class PdsAccount:
    handle: str
    did: str
    password: str  # the main password
    app_password: str


def create_pds_account(pds: Pds, name: str) -> PdsAccount:
    handle = f"{name}{pds.handle_domain}"
    password = f"main-{os.urandom(6).hex()}"
    with httpx.Client(base_url=f"{pds.url}/xrpc/", timeout=30) as client:
        created = client.post("com.atproto.server.createAccount", json={
            "handle": handle, "email": f"{name}@example.com", "password": password})
        created.raise_for_status()
        body = created.json()
        app = client.post("com.atproto.server.createAppPassword", json={"name": "humasdesk"},
                          headers={"Authorization": f"Bearer {body['accessJwt']}"})
        app.raise_for_status()
    return PdsAccount(handle, body["did"], password, app.json()["password"])


@pytest.fixture(scope="session")
def bluesky_accounts(bluesky_pds):
    """The hospital's account (with an app password) and another one to mention."""
    return {"rsko": create_pds_account(bluesky_pds, "rsko"),
            "dinkes": create_pds_account(bluesky_pds, "dinkes")}

# Issue 5: the real WordPress (Debian package) for the WordPress adapter tests.
from conftest_wordpress import wordpress_site  # noqa: E402, F401
