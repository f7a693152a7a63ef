"""The real servers the platform tests use, without pytest fixtures (those are in conftest.py):
gnome-keyring's Secret Service in a private D-Bus session, and accounts on the Bluesky PDS.
Importable by name from the tests (``from platform_servers import ...``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from helpers import require

ROOT = Path(__file__).resolve().parents[2]
SERVERS = ROOT / "tests" / "servers"


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


@dataclass
class Pds:
    url: str
    plc_url: str
    handle_domain: str
    admin_password: str


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
